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
%190 = div %189, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%191 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%192 = broadcast %191 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%193 = add %190, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%194 = rsqrt %193 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%195 = broadcast %194 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%196 = mul %187, %195 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%197 = broadcast %92 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%198 = mul %196, %197 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%199 = broadcast %93 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%200 = add %198, %199 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%201 = matmul %200, %94 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%202 = broadcast %95 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%203 = add %201, %202 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%204 = reshape %203 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%205 = permute %204 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%206 = slice %205 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%207 = reshape %206 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%208 = slice %205 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%209 = reshape %208 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%210 = slice %205 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%211 = reshape %210 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%212 = permute %209 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%213 = reshape %207 : f32[14,2,16,8,1] @ models/lib/nn.yaml:55:23
%214 = broadcast %213 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%215 = reshape %212 : f32[14,2,1,8,16] @ models/lib/nn.yaml:55:23
%216 = broadcast %215 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%217 = mul %214, %216 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%218 = reduce_sum %217 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%219 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%220 = broadcast %219 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%221 = mul %218, %220 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%222 = reduce_max %221 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%223 = stop_gradient %222 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%224 = broadcast %223 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%225 = sub %221, %224 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%226 = exp %225 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%227 = reduce_sum %226 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%228 = broadcast %227 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%229 = div %226, %228 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%230 = reshape %229 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%231 = broadcast %230 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%232 = reshape %211 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%233 = broadcast %232 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%234 = mul %231, %233 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%235 = reduce_sum %234 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%236 = permute %235 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%237 = reshape %236 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%238 = matmul %237, %96 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%239 = broadcast %97 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%240 = add %238, %239 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%241 = add %181, %240 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%242 = reduce_sum %241 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%243 = div %242, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%244 = broadcast %243 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%245 = sub %241, %244 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%246 = mul %245, %245 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%247 = reduce_sum %246 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%248 = div %247, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%249 = add %248, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%250 = rsqrt %249 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%251 = broadcast %250 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%252 = mul %245, %251 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%253 = broadcast %98 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%254 = mul %252, %253 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%255 = broadcast %99 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%256 = add %254, %255 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%257 = matmul %256, %100 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%258 = broadcast %101 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%259 = add %257, %258 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%260 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%261 = broadcast %260 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%262 = mul %261, %259 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%263 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%264 = broadcast %263 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%265 = mul %259, %264 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%266 = erf %265 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%267 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%268 = broadcast %267 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%269 = add %268, %266 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%270 = mul %262, %269 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%271 = matmul %270, %102 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%272 = broadcast %103 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%273 = add %271, %272 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%274 = add %241, %273 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%275 = reduce_sum %274 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%276 = div %275, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%277 = broadcast %276 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%278 = sub %274, %277 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%279 = mul %278, %278 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%280 = reduce_sum %279 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%281 = div %280, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%282 = add %281, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%283 = rsqrt %282 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%284 = broadcast %283 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%285 = mul %278, %284 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%286 = broadcast %104 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%287 = mul %285, %286 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%288 = broadcast %105 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%289 = add %287, %288 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%290 = matmul %289, %106 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%291 = broadcast %107 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%292 = add %290, %291 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%293 = reshape %292 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%294 = permute %293 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%295 = slice %294 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%296 = reshape %295 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%297 = slice %294 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%298 = reshape %297 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%299 = slice %294 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%300 = reshape %299 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%301 = permute %298 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%302 = reshape %296 : f32[14,2,16,8,1] @ models/lib/nn.yaml:55:23
%303 = broadcast %302 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%304 = reshape %301 : f32[14,2,1,8,16] @ models/lib/nn.yaml:55:23
%305 = broadcast %304 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%306 = mul %303, %305 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%307 = reduce_sum %306 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%308 = mul %307, %220 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%309 = reduce_max %308 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%310 = stop_gradient %309 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%311 = broadcast %310 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%312 = sub %308, %311 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%313 = exp %312 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%314 = reduce_sum %313 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%315 = broadcast %314 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%316 = div %313, %315 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%317 = reshape %316 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%318 = broadcast %317 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%319 = reshape %300 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%320 = broadcast %319 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%321 = mul %318, %320 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%322 = reduce_sum %321 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%323 = permute %322 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%324 = reshape %323 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%325 = matmul %324, %108 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%326 = broadcast %109 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%327 = add %325, %326 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%328 = add %274, %327 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%329 = reduce_sum %328 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%330 = div %329, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%331 = broadcast %330 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%332 = sub %328, %331 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%333 = mul %332, %332 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%334 = reduce_sum %333 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%335 = div %334, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%336 = add %335, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%337 = rsqrt %336 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%338 = broadcast %337 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%339 = mul %332, %338 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%340 = broadcast %110 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%341 = mul %339, %340 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%342 = broadcast %111 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%343 = add %341, %342 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%344 = matmul %343, %112 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%345 = broadcast %113 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%346 = add %344, %345 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%347 = mul %261, %346 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%348 = mul %346, %264 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%349 = erf %348 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%350 = add %268, %349 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%351 = mul %347, %350 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%352 = matmul %351, %114 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%353 = broadcast %115 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%354 = add %352, %353 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%355 = add %328, %354 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%356 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%357 = neighbor_topk_gather %355, %356 k=2 : f32[14,16,2,16] @ models/dino_pass.yaml:77:16
%358 = reshape %357 : f32[224,2,16] @ models/dino_pass.yaml:87:23
%359 = broadcast %116 : f32[224,1,16] @ models/lib/vit.yaml:116:31
%360 = concat %359, %358 axis=1 : f32[224,3,16] @ models/lib/vit.yaml:95:24
%361 = reduce_sum %360 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%362 = broadcast %183 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%363 = div %361, %362 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%364 = broadcast %363 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%365 = sub %360, %364 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%366 = mul %365, %365 : f32[224,3,16] @ models/lib/nn.yaml:95:22
%367 = reduce_sum %366 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%368 = div %367, %362 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%369 = broadcast %191 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%370 = add %368, %369 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%371 = rsqrt %370 : f32[224,3,1] @ models/lib/nn.yaml:96:20
%372 = broadcast %371 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%373 = mul %365, %372 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%374 = broadcast %117 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%375 = mul %373, %374 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%376 = broadcast %118 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%377 = add %375, %376 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%378 = slice %377 lo=[0,0,0] hi=[224,1,16] : f32[224,1,16] @ models/lib/vit.yaml:78:33
%379 = matmul %378, %119 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%380 = broadcast %120 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%381 = add %379, %380 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%382 = reshape %381 : f32[224,1,2,8] @ models/lib/vit.yaml:78:22
%383 = permute %382 perm=[0,2,1,3] : f32[224,2,1,8] @ models/lib/vit.yaml:78:14
%384 = matmul %377, %121 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%385 = broadcast %122 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%386 = add %384, %385 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%387 = reshape %386 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%388 = permute %387 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%389 = matmul %377, %123 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%390 = broadcast %124 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%391 = add %389, %390 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%392 = reshape %391 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%393 = permute %392 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%394 = permute %388 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%395 = reshape %383 : f32[224,2,1,8,1] @ models/lib/nn.yaml:55:23
%396 = broadcast %395 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%397 = reshape %394 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%398 = broadcast %397 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%399 = mul %396, %398 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%400 = reduce_sum %399 axes=[3] keep=0 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%401 = broadcast %219 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%402 = mul %400, %401 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%403 = reduce_max %402 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:14:35
%404 = stop_gradient %403 : f32[224,2,1,1] @ models/lib/nn.yaml:14:21
%405 = broadcast %404 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%406 = sub %402, %405 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%407 = exp %406 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%408 = reduce_sum %407 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:15:20
%409 = broadcast %408 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%410 = div %407, %409 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%411 = reshape %410 : f32[224,2,1,3,1] @ models/lib/nn.yaml:56:23
%412 = broadcast %411 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%413 = reshape %393 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%414 = broadcast %413 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%415 = mul %412, %414 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%416 = reduce_sum %415 axes=[3] keep=0 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%417 = permute %416 perm=[0,2,1,3] : f32[224,1,2,8] @ models/lib/nn.yaml:56:13
%418 = reshape %417 : f32[224,1,16] @ models/lib/nn.yaml:57:16
%419 = matmul %418, %125 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%420 = broadcast %126 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%421 = add %419, %420 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%422 = add %359, %421 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%423 = reduce_sum %422 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%424 = broadcast %183 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%425 = div %423, %424 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%426 = broadcast %425 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%427 = sub %422, %426 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%428 = mul %427, %427 : f32[224,1,16] @ models/lib/nn.yaml:95:22
%429 = reduce_sum %428 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%430 = div %429, %424 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%431 = broadcast %191 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%432 = add %430, %431 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%433 = rsqrt %432 : f32[224,1,1] @ models/lib/nn.yaml:96:20
%434 = broadcast %433 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%435 = mul %427, %434 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%436 = broadcast %127 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%437 = mul %435, %436 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%438 = broadcast %128 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%439 = add %437, %438 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%440 = matmul %439, %129 ta=0 tb=1 : f32[224,1,64] @ models/lib/nn.yaml:83:15
%441 = broadcast %130 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%442 = add %440, %441 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%443 = broadcast %260 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%444 = mul %443, %442 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%445 = broadcast %263 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%446 = mul %442, %445 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%447 = erf %446 : f32[224,1,64] @ models/lib/nn.yaml:27:31
%448 = broadcast %267 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%449 = add %448, %447 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%450 = mul %444, %449 : f32[224,1,64] @ models/lib/nn.yaml:27:24
%451 = matmul %450, %131 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%452 = broadcast %132 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%453 = add %451, %452 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%454 = add %422, %453 : f32[224,1,16] @ models/lib/vit.yaml:98:18
%455 = concat %454, %358 axis=1 : f32[224,3,16] @ models/lib/vit.yaml:95:24
%456 = reduce_sum %455 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%457 = div %456, %362 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%458 = broadcast %457 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%459 = sub %455, %458 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%460 = mul %459, %459 : f32[224,3,16] @ models/lib/nn.yaml:95:22
%461 = reduce_sum %460 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%462 = div %461, %362 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%463 = add %462, %369 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%464 = rsqrt %463 : f32[224,3,1] @ models/lib/nn.yaml:96:20
%465 = broadcast %464 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%466 = mul %459, %465 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%467 = broadcast %133 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%468 = mul %466, %467 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%469 = broadcast %134 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%470 = add %468, %469 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%471 = slice %470 lo=[0,0,0] hi=[224,1,16] : f32[224,1,16] @ models/lib/vit.yaml:78:33
%472 = matmul %471, %135 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%473 = broadcast %136 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%474 = add %472, %473 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%475 = reshape %474 : f32[224,1,2,8] @ models/lib/vit.yaml:78:22
%476 = permute %475 perm=[0,2,1,3] : f32[224,2,1,8] @ models/lib/vit.yaml:78:14
%477 = matmul %470, %137 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%478 = broadcast %138 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%479 = add %477, %478 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%480 = reshape %479 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%481 = permute %480 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%482 = matmul %470, %139 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%483 = broadcast %140 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%484 = add %482, %483 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%485 = reshape %484 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%486 = permute %485 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%487 = permute %481 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%488 = reshape %476 : f32[224,2,1,8,1] @ models/lib/nn.yaml:55:23
%489 = broadcast %488 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%490 = reshape %487 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%491 = broadcast %490 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%492 = mul %489, %491 : f32[224,2,1,8,3] @ models/lib/nn.yaml:55:23
%493 = reduce_sum %492 axes=[3] keep=0 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%494 = mul %493, %401 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%495 = reduce_max %494 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:14:35
%496 = stop_gradient %495 : f32[224,2,1,1] @ models/lib/nn.yaml:14:21
%497 = broadcast %496 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%498 = sub %494, %497 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%499 = exp %498 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%500 = reduce_sum %499 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:15:20
%501 = broadcast %500 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%502 = div %499, %501 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%503 = reshape %502 : f32[224,2,1,3,1] @ models/lib/nn.yaml:56:23
%504 = broadcast %503 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%505 = reshape %486 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%506 = broadcast %505 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%507 = mul %504, %506 : f32[224,2,1,3,8] @ models/lib/nn.yaml:56:23
%508 = reduce_sum %507 axes=[3] keep=0 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%509 = permute %508 perm=[0,2,1,3] : f32[224,1,2,8] @ models/lib/nn.yaml:56:13
%510 = reshape %509 : f32[224,1,16] @ models/lib/nn.yaml:57:16
%511 = matmul %510, %141 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%512 = broadcast %142 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%513 = add %511, %512 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%514 = add %454, %513 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%515 = reduce_sum %514 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%516 = div %515, %424 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%517 = broadcast %516 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%518 = sub %514, %517 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%519 = mul %518, %518 : f32[224,1,16] @ models/lib/nn.yaml:95:22
%520 = reduce_sum %519 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%521 = div %520, %424 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%522 = add %521, %431 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%523 = rsqrt %522 : f32[224,1,1] @ models/lib/nn.yaml:96:20
%524 = broadcast %523 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%525 = mul %518, %524 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%526 = broadcast %143 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%527 = mul %525, %526 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%528 = broadcast %144 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%529 = add %527, %528 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%530 = matmul %529, %145 ta=0 tb=1 : f32[224,1,64] @ models/lib/nn.yaml:83:15
%531 = broadcast %146 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%532 = add %530, %531 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%533 = mul %443, %532 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%534 = mul %532, %445 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%535 = erf %534 : f32[224,1,64] @ models/lib/nn.yaml:27:31
%536 = add %448, %535 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%537 = mul %533, %536 : f32[224,1,64] @ models/lib/nn.yaml:27:24
%538 = matmul %537, %147 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%539 = broadcast %148 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%540 = add %538, %539 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%541 = add %514, %540 : f32[224,1,16] @ models/lib/vit.yaml:98:18
%542 = reshape %541 : f32[14,16,16] @ models/dino_pass.yaml:88:16
%543 = broadcast %116 : f32[14,1,16] @ models/lib/vit.yaml:116:31
%544 = concat %543, %355 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%545 = reduce_sum %544 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%546 = broadcast %183 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%547 = div %545, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%548 = broadcast %547 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%549 = sub %544, %548 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%550 = mul %549, %549 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%551 = reduce_sum %550 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%552 = div %551, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%553 = broadcast %191 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%554 = add %552, %553 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%555 = rsqrt %554 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%556 = broadcast %555 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%557 = mul %549, %556 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%558 = broadcast %117 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%559 = mul %557, %558 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%560 = broadcast %118 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%561 = add %559, %560 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%562 = slice %561 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%563 = matmul %562, %119 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%564 = broadcast %120 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%565 = add %563, %564 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%566 = reshape %565 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%567 = permute %566 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%568 = matmul %561, %121 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%569 = broadcast %122 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%570 = add %568, %569 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%571 = reshape %570 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%572 = permute %571 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%573 = matmul %561, %123 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%574 = broadcast %124 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%575 = add %573, %574 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%576 = reshape %575 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%577 = permute %576 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%578 = permute %572 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%579 = reshape %567 : f32[14,2,1,8,1] @ models/lib/nn.yaml:55:23
%580 = broadcast %579 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%581 = reshape %578 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%582 = broadcast %581 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%583 = mul %580, %582 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%584 = reduce_sum %583 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%585 = broadcast %219 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%586 = mul %584, %585 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%587 = reduce_max %586 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%588 = stop_gradient %587 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%589 = broadcast %588 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%590 = sub %586, %589 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%591 = exp %590 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%592 = reduce_sum %591 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%593 = broadcast %592 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%594 = div %591, %593 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%595 = reshape %594 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%596 = broadcast %595 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%597 = reshape %577 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%598 = broadcast %597 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%599 = mul %596, %598 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%600 = reduce_sum %599 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%601 = permute %600 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%602 = reshape %601 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%603 = matmul %602, %125 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%604 = broadcast %126 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%605 = add %603, %604 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%606 = add %543, %605 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%607 = reduce_sum %606 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%608 = broadcast %183 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%609 = div %607, %608 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%610 = broadcast %609 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%611 = sub %606, %610 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%612 = mul %611, %611 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%613 = reduce_sum %612 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%614 = div %613, %608 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%615 = broadcast %191 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%616 = add %614, %615 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%617 = rsqrt %616 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%618 = broadcast %617 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%619 = mul %611, %618 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%620 = broadcast %127 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%621 = mul %619, %620 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%622 = broadcast %128 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%623 = add %621, %622 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%624 = matmul %623, %129 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%625 = broadcast %130 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%626 = add %624, %625 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%627 = broadcast %260 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%628 = mul %627, %626 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%629 = broadcast %263 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%630 = mul %626, %629 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%631 = erf %630 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%632 = broadcast %267 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%633 = add %632, %631 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%634 = mul %628, %633 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%635 = matmul %634, %131 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%636 = broadcast %132 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%637 = add %635, %636 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%638 = add %606, %637 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%639 = concat %638, %355 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%640 = reduce_sum %639 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%641 = div %640, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%642 = broadcast %641 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%643 = sub %639, %642 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%644 = mul %643, %643 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%645 = reduce_sum %644 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%646 = div %645, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%647 = add %646, %553 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%648 = rsqrt %647 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%649 = broadcast %648 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%650 = mul %643, %649 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%651 = broadcast %133 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%652 = mul %650, %651 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%653 = broadcast %134 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%654 = add %652, %653 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%655 = slice %654 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%656 = matmul %655, %135 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%657 = broadcast %136 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%658 = add %656, %657 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%659 = reshape %658 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%660 = permute %659 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%661 = matmul %654, %137 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%662 = broadcast %138 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%663 = add %661, %662 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%664 = reshape %663 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%665 = permute %664 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%666 = matmul %654, %139 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%667 = broadcast %140 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%668 = add %666, %667 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%669 = reshape %668 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%670 = permute %669 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%671 = permute %665 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%672 = reshape %660 : f32[14,2,1,8,1] @ models/lib/nn.yaml:55:23
%673 = broadcast %672 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%674 = reshape %671 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%675 = broadcast %674 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%676 = mul %673, %675 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%677 = reduce_sum %676 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%678 = mul %677, %585 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%679 = reduce_max %678 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%680 = stop_gradient %679 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%681 = broadcast %680 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%682 = sub %678, %681 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%683 = exp %682 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%684 = reduce_sum %683 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%685 = broadcast %684 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%686 = div %683, %685 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%687 = reshape %686 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%688 = broadcast %687 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%689 = reshape %670 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%690 = broadcast %689 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%691 = mul %688, %690 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%692 = reduce_sum %691 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%693 = permute %692 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%694 = reshape %693 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%695 = matmul %694, %141 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%696 = broadcast %142 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%697 = add %695, %696 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%698 = add %638, %697 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%699 = reduce_sum %698 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%700 = div %699, %608 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%701 = broadcast %700 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%702 = sub %698, %701 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%703 = mul %702, %702 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%704 = reduce_sum %703 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%705 = div %704, %608 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%706 = add %705, %615 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%707 = rsqrt %706 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%708 = broadcast %707 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%709 = mul %702, %708 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%710 = broadcast %143 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%711 = mul %709, %710 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%712 = broadcast %144 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%713 = add %711, %712 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%714 = matmul %713, %145 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%715 = broadcast %146 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%716 = add %714, %715 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%717 = mul %627, %716 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%718 = mul %716, %629 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%719 = erf %718 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%720 = add %632, %719 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%721 = mul %717, %720 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%722 = matmul %721, %147 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%723 = broadcast %148 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%724 = add %722, %723 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%725 = add %698, %724 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%726 = concat %725, %542 axis=1 : f32[14,17,16] @ models/moco_pass.yaml:139:30
%727 = reduce_sum %726 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%728 = div %727, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%729 = broadcast %728 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%730 = sub %726, %729 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%731 = mul %730, %730 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%732 = reduce_sum %731 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%733 = div %732, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%734 = add %733, %553 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%735 = rsqrt %734 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%736 = broadcast %735 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%737 = mul %730, %736 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%738 = broadcast %149 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%739 = mul %737, %738 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%740 = broadcast %150 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%741 = add %739, %740 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%742 = slice %741 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/moco_pass.yaml:140:42
%743 = reshape %742 : f32[224,16] @ models/moco_pass.yaml:140:33
%744 = matmul %743, %162 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%745 = reshape %744 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%746 = reduce_sum %745 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%747 = const data=[112] : f32[] @ models/moco_pass.yaml:80:24
%748 = broadcast %747 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%749 = div %746, %748 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%750 = all_reduce_sum %749 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%751 = broadcast %750 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%752 = sub %745, %751 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%753 = mul %752, %752 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%754 = reduce_sum %753 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%755 = div %754, %748 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%756 = all_reduce_sum %755 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%757 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%758 = broadcast %757 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%759 = add %756, %758 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%760 = rsqrt %759 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%761 = broadcast %760 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%762 = mul %752, %761 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%763 = reshape %762 : f32[224,12] @ models/moco_pass.yaml:83:13
%764 = broadcast %163 : f32[224,12] @ models/moco_pass.yaml:84:18
%765 = mul %763, %764 : f32[224,12] @ models/moco_pass.yaml:84:18
%766 = broadcast %164 : f32[224,12] @ models/moco_pass.yaml:84:27
%767 = add %765, %766 : f32[224,12] @ models/moco_pass.yaml:84:27
%768 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%769 = broadcast %768 : f32[224,12] @ models/moco_pass.yaml:70:16
%770 = max %767, %769 : f32[224,12] @ models/moco_pass.yaml:70:16
%771 = matmul %770, %165 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%772 = reshape %771 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%773 = reduce_sum %772 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%774 = div %773, %748 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%775 = all_reduce_sum %774 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%776 = broadcast %775 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%777 = sub %772, %776 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%778 = mul %777, %777 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%779 = reduce_sum %778 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%780 = div %779, %748 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%781 = all_reduce_sum %780 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%782 = add %781, %758 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%783 = rsqrt %782 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%784 = broadcast %783 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%785 = mul %777, %784 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%786 = reshape %785 : f32[224,12] @ models/moco_pass.yaml:83:13
%787 = broadcast %166 : f32[224,12] @ models/moco_pass.yaml:84:18
%788 = mul %786, %787 : f32[224,12] @ models/moco_pass.yaml:84:18
%789 = broadcast %167 : f32[224,12] @ models/moco_pass.yaml:84:27
%790 = add %788, %789 : f32[224,12] @ models/moco_pass.yaml:84:27
%791 = max %790, %769 : f32[224,12] @ models/moco_pass.yaml:70:16
%792 = matmul %791, %168 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%793 = reshape %792 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%794 = reduce_sum %793 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%795 = broadcast %747 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%796 = div %794, %795 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%797 = all_reduce_sum %796 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%798 = broadcast %797 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%799 = sub %793, %798 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%800 = mul %799, %799 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%801 = reduce_sum %800 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%802 = div %801, %795 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%803 = all_reduce_sum %802 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%804 = broadcast %757 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%805 = add %803, %804 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%806 = rsqrt %805 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%807 = broadcast %806 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%808 = mul %799, %807 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%809 = slice %741 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/moco_pass.yaml:141:31
%810 = reshape %809 : f32[14,16] @ models/moco_pass.yaml:141:31
%811 = matmul %810, %151 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%812 = reshape %811 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%813 = reduce_sum %812 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%814 = const data=[7] : f32[] @ models/moco_pass.yaml:80:24
%815 = broadcast %814 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%816 = div %813, %815 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%817 = all_reduce_sum %816 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%818 = broadcast %817 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%819 = sub %812, %818 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%820 = mul %819, %819 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%821 = reduce_sum %820 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%822 = div %821, %815 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%823 = all_reduce_sum %822 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%824 = broadcast %757 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%825 = add %823, %824 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%826 = rsqrt %825 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%827 = broadcast %826 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%828 = mul %819, %827 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%829 = reshape %828 : f32[14,24] @ models/moco_pass.yaml:83:13
%830 = broadcast %152 : f32[14,24] @ models/moco_pass.yaml:84:18
%831 = mul %829, %830 : f32[14,24] @ models/moco_pass.yaml:84:18
%832 = broadcast %153 : f32[14,24] @ models/moco_pass.yaml:84:27
%833 = add %831, %832 : f32[14,24] @ models/moco_pass.yaml:84:27
%834 = broadcast %768 : f32[14,24] @ models/moco_pass.yaml:70:16
%835 = max %833, %834 : f32[14,24] @ models/moco_pass.yaml:70:16
%836 = matmul %835, %154 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%837 = reshape %836 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%838 = reduce_sum %837 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%839 = div %838, %815 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%840 = all_reduce_sum %839 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%841 = broadcast %840 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%842 = sub %837, %841 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%843 = mul %842, %842 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%844 = reduce_sum %843 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%845 = div %844, %815 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%846 = all_reduce_sum %845 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%847 = add %846, %824 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%848 = rsqrt %847 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%849 = broadcast %848 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%850 = mul %842, %849 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%851 = reshape %850 : f32[14,24] @ models/moco_pass.yaml:83:13
%852 = broadcast %155 : f32[14,24] @ models/moco_pass.yaml:84:18
%853 = mul %851, %852 : f32[14,24] @ models/moco_pass.yaml:84:18
%854 = broadcast %156 : f32[14,24] @ models/moco_pass.yaml:84:27
%855 = add %853, %854 : f32[14,24] @ models/moco_pass.yaml:84:27
%856 = max %855, %834 : f32[14,24] @ models/moco_pass.yaml:70:16
%857 = matmul %856, %157 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%858 = reshape %857 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%859 = reduce_sum %858 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%860 = broadcast %814 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%861 = div %859, %860 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%862 = all_reduce_sum %861 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%863 = broadcast %862 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%864 = sub %858, %863 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%865 = mul %864, %864 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%866 = reduce_sum %865 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%867 = div %866, %860 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%868 = all_reduce_sum %867 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%869 = broadcast %757 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%870 = add %868, %869 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%871 = rsqrt %870 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%872 = broadcast %871 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%873 = mul %864, %872 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%874 = reshape %873 : f32[14,8] @ models/moco_pass.yaml:83:13
%875 = reshape %808 : f32[14,16,6] @ models/moco_pass.yaml:141:43
%876 = slice %874 lo=[0,0] hi=[7,8] : f32[7,8] @ models/moco_pass.yaml:159:25
%877 = slice %874 lo=[7,0] hi=[14,8] : f32[7,8] @ models/moco_pass.yaml:159:25
%878 = slice %875 lo=[0,0,0] hi=[7,16,6] : f32[7,16,6] @ models/moco_pass.yaml:159:32
%879 = slice %875 lo=[7,0,0] hi=[14,16,6] : f32[7,16,6] @ models/moco_pass.yaml:159:32
%880 = reshape %6 : f32[16,48] @ models/lib/vit.yaml:17:20
%881 = matmul %175, %880 ta=0 tb=1 : f32[14,16,16] @ models/lib/vit.yaml:17:18
%882 = broadcast %7 : f32[14,16,16] @ models/lib/vit.yaml:17:71
%883 = add %881, %882 : f32[14,16,16] @ models/lib/vit.yaml:17:71
%884 = broadcast %5 : f32[14,16,16] @ models/lib/vit.yaml:62:15
%885 = add %883, %884 : f32[14,16,16] @ models/lib/vit.yaml:62:15
%886 = reduce_sum %885 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%887 = div %886, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%888 = broadcast %887 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%889 = sub %885, %888 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%890 = mul %889, %889 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%891 = reduce_sum %890 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%892 = div %891, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%893 = add %892, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%894 = rsqrt %893 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%895 = broadcast %894 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%896 = mul %889, %895 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%897 = broadcast %8 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%898 = mul %896, %897 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%899 = broadcast %9 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%900 = add %898, %899 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%901 = matmul %900, %10 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%902 = broadcast %11 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%903 = add %901, %902 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%904 = reshape %903 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%905 = permute %904 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%906 = slice %905 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%907 = reshape %906 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%908 = slice %905 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%909 = reshape %908 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%910 = slice %905 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%911 = reshape %910 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%912 = permute %909 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%913 = reshape %907 : f32[14,2,16,8,1] @ models/lib/nn.yaml:55:23
%914 = broadcast %913 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%915 = reshape %912 : f32[14,2,1,8,16] @ models/lib/nn.yaml:55:23
%916 = broadcast %915 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%917 = mul %914, %916 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%918 = reduce_sum %917 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%919 = mul %918, %220 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%920 = reduce_max %919 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%921 = stop_gradient %920 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%922 = broadcast %921 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%923 = sub %919, %922 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%924 = exp %923 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%925 = reduce_sum %924 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%926 = broadcast %925 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%927 = div %924, %926 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%928 = reshape %927 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%929 = broadcast %928 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%930 = reshape %911 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%931 = broadcast %930 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%932 = mul %929, %931 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%933 = reduce_sum %932 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%934 = permute %933 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%935 = reshape %934 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%936 = matmul %935, %12 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%937 = broadcast %13 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%938 = add %936, %937 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%939 = add %885, %938 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%940 = reduce_sum %939 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%941 = div %940, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%942 = broadcast %941 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%943 = sub %939, %942 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%944 = mul %943, %943 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%945 = reduce_sum %944 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%946 = div %945, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%947 = add %946, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%948 = rsqrt %947 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%949 = broadcast %948 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%950 = mul %943, %949 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%951 = broadcast %14 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%952 = mul %950, %951 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%953 = broadcast %15 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%954 = add %952, %953 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%955 = matmul %954, %16 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%956 = broadcast %17 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%957 = add %955, %956 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%958 = mul %261, %957 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%959 = mul %957, %264 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%960 = erf %959 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%961 = add %268, %960 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%962 = mul %958, %961 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%963 = matmul %962, %18 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%964 = broadcast %19 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%965 = add %963, %964 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%966 = add %939, %965 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%967 = reduce_sum %966 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%968 = div %967, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%969 = broadcast %968 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%970 = sub %966, %969 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%971 = mul %970, %970 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%972 = reduce_sum %971 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%973 = div %972, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%974 = add %973, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%975 = rsqrt %974 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%976 = broadcast %975 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%977 = mul %970, %976 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%978 = broadcast %20 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%979 = mul %977, %978 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%980 = broadcast %21 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%981 = add %979, %980 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%982 = matmul %981, %22 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%983 = broadcast %23 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%984 = add %982, %983 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%985 = reshape %984 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%986 = permute %985 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%987 = slice %986 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%988 = reshape %987 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%989 = slice %986 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%990 = reshape %989 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%991 = slice %986 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%992 = reshape %991 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%993 = permute %990 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%994 = reshape %988 : f32[14,2,16,8,1] @ models/lib/nn.yaml:55:23
%995 = broadcast %994 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%996 = reshape %993 : f32[14,2,1,8,16] @ models/lib/nn.yaml:55:23
%997 = broadcast %996 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%998 = mul %995, %997 : f32[14,2,16,8,16] @ models/lib/nn.yaml:55:23
%999 = reduce_sum %998 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1000 = mul %999, %220 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1001 = reduce_max %1000 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%1002 = stop_gradient %1001 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%1003 = broadcast %1002 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1004 = sub %1000, %1003 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1005 = exp %1004 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1006 = reduce_sum %1005 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%1007 = broadcast %1006 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1008 = div %1005, %1007 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1009 = reshape %1008 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%1010 = broadcast %1009 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1011 = reshape %992 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%1012 = broadcast %1011 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1013 = mul %1010, %1012 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1014 = reduce_sum %1013 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%1015 = permute %1014 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%1016 = reshape %1015 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%1017 = matmul %1016, %24 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1018 = broadcast %25 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1019 = add %1017, %1018 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1020 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1021 = broadcast %1020 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1022 = div %1019, %1021 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1023 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1024 = rand_uniform %1023 stream=1 : f32[14] @ models/lib/nn.yaml:43:13
%1025 = broadcast %1020 : f32[14] @ models/lib/nn.yaml:44:35
%1026 = add %1025, %1024 : f32[14] @ models/lib/nn.yaml:44:35
%1027 = floor %1026 : f32[14] @ models/lib/nn.yaml:44:24
%1028 = reshape %1027 : f32[14,1,1] @ models/lib/nn.yaml:44:16
%1029 = broadcast %1028 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1030 = mul %1022, %1029 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1031 = add %966, %1030 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%1032 = reduce_sum %1031 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1033 = div %1032, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1034 = broadcast %1033 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1035 = sub %1031, %1034 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1036 = mul %1035, %1035 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1037 = reduce_sum %1036 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1038 = div %1037, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1039 = add %1038, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1040 = rsqrt %1039 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1041 = broadcast %1040 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1042 = mul %1035, %1041 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1043 = broadcast %26 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1044 = mul %1042, %1043 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1045 = broadcast %27 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1046 = add %1044, %1045 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1047 = matmul %1046, %28 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%1048 = broadcast %29 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1049 = add %1047, %1048 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1050 = mul %261, %1049 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1051 = mul %1049, %264 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1052 = erf %1051 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%1053 = add %268, %1052 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1054 = mul %1050, %1053 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%1055 = matmul %1054, %30 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1056 = broadcast %31 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1057 = add %1055, %1056 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1058 = div %1057, %1021 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1059 = rand_uniform %1023 stream=2 : f32[14] @ models/lib/nn.yaml:43:13
%1060 = add %1025, %1059 : f32[14] @ models/lib/nn.yaml:44:35
%1061 = floor %1060 : f32[14] @ models/lib/nn.yaml:44:24
%1062 = reshape %1061 : f32[14,1,1] @ models/lib/nn.yaml:44:16
%1063 = broadcast %1062 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1064 = mul %1058, %1063 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1065 = add %1031, %1064 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%1066 = broadcast %32 : f32[14,1,16] @ models/lib/vit.yaml:116:31
%1067 = concat %1066, %1065 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%1068 = reduce_sum %1067 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1069 = div %1068, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1070 = broadcast %1069 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1071 = sub %1067, %1070 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1072 = mul %1071, %1071 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1073 = reduce_sum %1072 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1074 = div %1073, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1075 = add %1074, %553 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1076 = rsqrt %1075 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1077 = broadcast %1076 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1078 = mul %1071, %1077 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1079 = broadcast %33 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1080 = mul %1078, %1079 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1081 = broadcast %34 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1082 = add %1080, %1081 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1083 = slice %1082 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%1084 = matmul %1083, %35 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1085 = broadcast %36 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1086 = add %1084, %1085 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1087 = reshape %1086 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%1088 = permute %1087 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%1089 = matmul %1082, %37 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1090 = broadcast %38 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1091 = add %1089, %1090 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1092 = reshape %1091 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1093 = permute %1092 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1094 = matmul %1082, %39 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1095 = broadcast %40 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1096 = add %1094, %1095 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1097 = reshape %1096 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1098 = permute %1097 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1099 = permute %1093 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1100 = reshape %1088 : f32[14,2,1,8,1] @ models/lib/nn.yaml:55:23
%1101 = broadcast %1100 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1102 = reshape %1099 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1103 = broadcast %1102 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1104 = mul %1101, %1103 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1105 = reduce_sum %1104 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1106 = mul %1105, %585 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1107 = reduce_max %1106 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1108 = stop_gradient %1107 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1109 = broadcast %1108 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1110 = sub %1106, %1109 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1111 = exp %1110 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1112 = reduce_sum %1111 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1113 = broadcast %1112 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1114 = div %1111, %1113 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1115 = reshape %1114 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1116 = broadcast %1115 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1117 = reshape %1098 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1118 = broadcast %1117 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1119 = mul %1116, %1118 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1120 = reduce_sum %1119 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1121 = permute %1120 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1122 = reshape %1121 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1123 = matmul %1122, %41 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1124 = broadcast %42 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1125 = add %1123, %1124 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1126 = add %1066, %1125 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1127 = reduce_sum %1126 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1128 = div %1127, %608 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1129 = broadcast %1128 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1130 = sub %1126, %1129 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1131 = mul %1130, %1130 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1132 = reduce_sum %1131 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1133 = div %1132, %608 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1134 = add %1133, %615 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1135 = rsqrt %1134 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1136 = broadcast %1135 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1137 = mul %1130, %1136 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1138 = broadcast %43 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1139 = mul %1137, %1138 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1140 = broadcast %44 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1141 = add %1139, %1140 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1142 = matmul %1141, %45 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1143 = broadcast %46 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1144 = add %1142, %1143 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1145 = mul %627, %1144 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1146 = mul %1144, %629 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1147 = erf %1146 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1148 = add %632, %1147 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1149 = mul %1145, %1148 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1150 = matmul %1149, %47 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1151 = broadcast %48 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1152 = add %1150, %1151 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1153 = add %1126, %1152 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1154 = concat %1153, %1065 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%1155 = reduce_sum %1154 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1156 = div %1155, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1157 = broadcast %1156 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1158 = sub %1154, %1157 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1159 = mul %1158, %1158 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1160 = reduce_sum %1159 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1161 = div %1160, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1162 = add %1161, %553 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1163 = rsqrt %1162 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1164 = broadcast %1163 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1165 = mul %1158, %1164 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1166 = broadcast %49 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1167 = mul %1165, %1166 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1168 = broadcast %50 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1169 = add %1167, %1168 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1170 = slice %1169 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%1171 = matmul %1170, %51 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1172 = broadcast %52 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1173 = add %1171, %1172 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1174 = reshape %1173 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%1175 = permute %1174 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%1176 = matmul %1169, %53 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1177 = broadcast %54 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1178 = add %1176, %1177 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1179 = reshape %1178 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1180 = permute %1179 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1181 = matmul %1169, %55 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1182 = broadcast %56 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1183 = add %1181, %1182 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1184 = reshape %1183 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1185 = permute %1184 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1186 = permute %1180 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1187 = reshape %1175 : f32[14,2,1,8,1] @ models/lib/nn.yaml:55:23
%1188 = broadcast %1187 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1189 = reshape %1186 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1190 = broadcast %1189 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1191 = mul %1188, %1190 : f32[14,2,1,8,17] @ models/lib/nn.yaml:55:23
%1192 = reduce_sum %1191 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1193 = mul %1192, %585 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1194 = reduce_max %1193 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1195 = stop_gradient %1194 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1196 = broadcast %1195 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1197 = sub %1193, %1196 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1198 = exp %1197 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1199 = reduce_sum %1198 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1200 = broadcast %1199 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1201 = div %1198, %1200 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1202 = reshape %1201 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1203 = broadcast %1202 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1204 = reshape %1185 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1205 = broadcast %1204 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1206 = mul %1203, %1205 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1207 = reduce_sum %1206 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1208 = permute %1207 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1209 = reshape %1208 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1210 = matmul %1209, %57 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1211 = broadcast %58 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1212 = add %1210, %1211 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1213 = add %1153, %1212 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1214 = reduce_sum %1213 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1215 = div %1214, %608 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1216 = broadcast %1215 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1217 = sub %1213, %1216 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1218 = mul %1217, %1217 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1219 = reduce_sum %1218 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1220 = div %1219, %608 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1221 = add %1220, %615 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1222 = rsqrt %1221 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1223 = broadcast %1222 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1224 = mul %1217, %1223 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1225 = broadcast %59 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1226 = mul %1224, %1225 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1227 = broadcast %60 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1228 = add %1226, %1227 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1229 = matmul %1228, %61 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1230 = broadcast %62 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1231 = add %1229, %1230 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1232 = mul %627, %1231 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1233 = mul %1231, %629 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1234 = erf %1233 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1235 = add %632, %1234 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1236 = mul %1232, %1235 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1237 = matmul %1236, %63 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1238 = broadcast %64 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1239 = add %1237, %1238 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1240 = add %1213, %1239 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1241 = concat %1240, %1065 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:111:21
%1242 = reduce_sum %1241 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1243 = div %1242, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1244 = broadcast %1243 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1245 = sub %1241, %1244 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1246 = mul %1245, %1245 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1247 = reduce_sum %1246 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1248 = div %1247, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1249 = add %1248, %553 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1250 = rsqrt %1249 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1251 = broadcast %1250 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1252 = mul %1245, %1251 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1253 = broadcast %65 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1254 = mul %1252, %1253 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1255 = broadcast %66 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1256 = add %1254, %1255 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1257 = slice %1256 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/moco_pass.yaml:130:38
%1258 = reshape %1257 : f32[14,16] @ models/moco_pass.yaml:130:38
%1259 = matmul %1258, %67 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1260 = reshape %1259 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1261 = reduce_sum %1260 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1262 = div %1261, %815 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1263 = all_reduce_sum %1262 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1264 = broadcast %1263 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1265 = sub %1260, %1264 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1266 = mul %1265, %1265 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1267 = reduce_sum %1266 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1268 = div %1267, %815 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1269 = all_reduce_sum %1268 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1270 = add %1269, %824 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1271 = rsqrt %1270 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1272 = broadcast %1271 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1273 = mul %1265, %1272 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1274 = reshape %1273 : f32[14,24] @ models/moco_pass.yaml:83:13
%1275 = broadcast %68 : f32[14,24] @ models/moco_pass.yaml:84:18
%1276 = mul %1274, %1275 : f32[14,24] @ models/moco_pass.yaml:84:18
%1277 = broadcast %69 : f32[14,24] @ models/moco_pass.yaml:84:27
%1278 = add %1276, %1277 : f32[14,24] @ models/moco_pass.yaml:84:27
%1279 = max %1278, %834 : f32[14,24] @ models/moco_pass.yaml:70:16
%1280 = matmul %1279, %70 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1281 = reshape %1280 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1282 = reduce_sum %1281 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1283 = div %1282, %815 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1284 = all_reduce_sum %1283 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1285 = broadcast %1284 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1286 = sub %1281, %1285 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1287 = mul %1286, %1286 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1288 = reduce_sum %1287 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1289 = div %1288, %815 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1290 = all_reduce_sum %1289 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1291 = add %1290, %824 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1292 = rsqrt %1291 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1293 = broadcast %1292 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1294 = mul %1286, %1293 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1295 = reshape %1294 : f32[14,24] @ models/moco_pass.yaml:83:13
%1296 = broadcast %71 : f32[14,24] @ models/moco_pass.yaml:84:18
%1297 = mul %1295, %1296 : f32[14,24] @ models/moco_pass.yaml:84:18
%1298 = broadcast %72 : f32[14,24] @ models/moco_pass.yaml:84:27
%1299 = add %1297, %1298 : f32[14,24] @ models/moco_pass.yaml:84:27
%1300 = max %1299, %834 : f32[14,24] @ models/moco_pass.yaml:70:16
%1301 = matmul %1300, %73 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%1302 = reshape %1301 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%1303 = reduce_sum %1302 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1304 = div %1303, %860 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1305 = all_reduce_sum %1304 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1306 = broadcast %1305 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1307 = sub %1302, %1306 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1308 = mul %1307, %1307 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1309 = reduce_sum %1308 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1310 = div %1309, %860 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1311 = all_reduce_sum %1310 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1312 = add %1311, %869 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1313 = rsqrt %1312 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1314 = broadcast %1313 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1315 = mul %1307, %1314 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1316 = reshape %1315 : f32[14,8] @ models/moco_pass.yaml:83:13
%1317 = matmul %1316, %74 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1318 = reshape %1317 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1319 = reduce_sum %1318 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1320 = div %1319, %815 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1321 = all_reduce_sum %1320 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1322 = broadcast %1321 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1323 = sub %1318, %1322 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1324 = mul %1323, %1323 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1325 = reduce_sum %1324 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1326 = div %1325, %815 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1327 = all_reduce_sum %1326 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1328 = add %1327, %824 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1329 = rsqrt %1328 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1330 = broadcast %1329 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1331 = mul %1323, %1330 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1332 = reshape %1331 : f32[14,24] @ models/moco_pass.yaml:83:13
%1333 = broadcast %75 : f32[14,24] @ models/moco_pass.yaml:84:18
%1334 = mul %1332, %1333 : f32[14,24] @ models/moco_pass.yaml:84:18
%1335 = broadcast %76 : f32[14,24] @ models/moco_pass.yaml:84:27
%1336 = add %1334, %1335 : f32[14,24] @ models/moco_pass.yaml:84:27
%1337 = max %1336, %834 : f32[14,24] @ models/moco_pass.yaml:70:16
%1338 = matmul %1337, %77 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%1339 = reshape %1338 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%1340 = reduce_sum %1339 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1341 = div %1340, %860 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1342 = all_reduce_sum %1341 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1343 = broadcast %1342 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1344 = sub %1339, %1343 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1345 = mul %1344, %1344 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1346 = reduce_sum %1345 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1347 = div %1346, %860 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1348 = all_reduce_sum %1347 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1349 = add %1348, %869 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1350 = rsqrt %1349 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1351 = broadcast %1350 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1352 = mul %1344, %1351 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1353 = reshape %1352 : f32[14,8] @ models/moco_pass.yaml:83:13
%1354 = slice %1256 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/moco_pass.yaml:131:58
%1355 = reshape %1354 : f32[224,16] @ models/moco_pass.yaml:131:49
%1356 = matmul %1355, %78 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1357 = reshape %1356 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1358 = reduce_sum %1357 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1359 = div %1358, %748 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1360 = all_reduce_sum %1359 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1361 = broadcast %1360 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1362 = sub %1357, %1361 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1363 = mul %1362, %1362 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1364 = reduce_sum %1363 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1365 = div %1364, %748 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1366 = all_reduce_sum %1365 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1367 = add %1366, %758 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1368 = rsqrt %1367 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1369 = broadcast %1368 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1370 = mul %1362, %1369 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1371 = reshape %1370 : f32[224,12] @ models/moco_pass.yaml:83:13
%1372 = broadcast %79 : f32[224,12] @ models/moco_pass.yaml:84:18
%1373 = mul %1371, %1372 : f32[224,12] @ models/moco_pass.yaml:84:18
%1374 = broadcast %80 : f32[224,12] @ models/moco_pass.yaml:84:27
%1375 = add %1373, %1374 : f32[224,12] @ models/moco_pass.yaml:84:27
%1376 = max %1375, %769 : f32[224,12] @ models/moco_pass.yaml:70:16
%1377 = matmul %1376, %81 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1378 = reshape %1377 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1379 = reduce_sum %1378 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1380 = div %1379, %748 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1381 = all_reduce_sum %1380 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1382 = broadcast %1381 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1383 = sub %1378, %1382 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1384 = mul %1383, %1383 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1385 = reduce_sum %1384 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1386 = div %1385, %748 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1387 = all_reduce_sum %1386 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1388 = add %1387, %758 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1389 = rsqrt %1388 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1390 = broadcast %1389 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1391 = mul %1383, %1390 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1392 = reshape %1391 : f32[224,12] @ models/moco_pass.yaml:83:13
%1393 = broadcast %82 : f32[224,12] @ models/moco_pass.yaml:84:18
%1394 = mul %1392, %1393 : f32[224,12] @ models/moco_pass.yaml:84:18
%1395 = broadcast %83 : f32[224,12] @ models/moco_pass.yaml:84:27
%1396 = add %1394, %1395 : f32[224,12] @ models/moco_pass.yaml:84:27
%1397 = max %1396, %769 : f32[224,12] @ models/moco_pass.yaml:70:16
%1398 = matmul %1397, %84 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%1399 = reshape %1398 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%1400 = reduce_sum %1399 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1401 = div %1400, %795 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1402 = all_reduce_sum %1401 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1403 = broadcast %1402 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1404 = sub %1399, %1403 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1405 = mul %1404, %1404 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1406 = reduce_sum %1405 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1407 = div %1406, %795 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1408 = all_reduce_sum %1407 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1409 = add %1408, %804 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1410 = rsqrt %1409 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1411 = broadcast %1410 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1412 = mul %1404, %1411 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1413 = reshape %1412 : f32[224,6] @ models/moco_pass.yaml:83:13
%1414 = matmul %1413, %85 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1415 = reshape %1414 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1416 = reduce_sum %1415 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1417 = div %1416, %748 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1418 = all_reduce_sum %1417 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1419 = broadcast %1418 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1420 = sub %1415, %1419 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1421 = mul %1420, %1420 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1422 = reduce_sum %1421 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1423 = div %1422, %748 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1424 = all_reduce_sum %1423 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1425 = add %1424, %758 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1426 = rsqrt %1425 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1427 = broadcast %1426 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1428 = mul %1420, %1427 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1429 = reshape %1428 : f32[224,12] @ models/moco_pass.yaml:83:13
%1430 = broadcast %86 : f32[224,12] @ models/moco_pass.yaml:84:18
%1431 = mul %1429, %1430 : f32[224,12] @ models/moco_pass.yaml:84:18
%1432 = broadcast %87 : f32[224,12] @ models/moco_pass.yaml:84:27
%1433 = add %1431, %1432 : f32[224,12] @ models/moco_pass.yaml:84:27
%1434 = max %1433, %769 : f32[224,12] @ models/moco_pass.yaml:70:16
%1435 = matmul %1434, %88 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%1436 = reshape %1435 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%1437 = reduce_sum %1436 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1438 = div %1437, %795 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1439 = all_reduce_sum %1438 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1440 = broadcast %1439 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1441 = sub %1436, %1440 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1442 = mul %1441, %1441 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1443 = reduce_sum %1442 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1444 = div %1443, %795 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1445 = all_reduce_sum %1444 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1446 = add %1445, %804 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1447 = rsqrt %1446 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1448 = broadcast %1447 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1449 = mul %1441, %1448 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1450 = reshape %1449 : f32[14,16,6] @ models/moco_pass.yaml:132:23
%1451 = slice %1353 lo=[0,0] hi=[7,8] : f32[7,8] @ models/moco_pass.yaml:160:25
%1452 = slice %1353 lo=[7,0] hi=[14,8] : f32[7,8] @ models/moco_pass.yaml:160:25
%1453 = slice %1450 lo=[0,0,0] hi=[7,16,6] : f32[7,16,6] @ models/moco_pass.yaml:160:32
%1454 = slice %1450 lo=[7,0,0] hi=[14,16,6] : f32[7,16,6] @ models/moco_pass.yaml:160:32
%1455 = mul %877, %877 : f32[7,8] @ models/lib/nn.yaml:33:35
%1456 = reduce_sum %1455 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1457 = sqrt %1456 : f32[7,1] @ models/lib/nn.yaml:33:24
%1458 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1459 = broadcast %1458 : f32[7,1] @ models/lib/nn.yaml:33:20
%1460 = max %1457, %1459 : f32[7,1] @ models/lib/nn.yaml:33:20
%1461 = broadcast %1460 : f32[7,8] @ models/lib/nn.yaml:33:18
%1462 = div %877, %1461 : f32[7,8] @ models/lib/nn.yaml:33:18
%1463 = stop_gradient %1462 : f32[7,8] @ models/moco_pass.yaml:109:14
%1464 = mul %1451, %1451 : f32[7,8] @ models/lib/nn.yaml:33:35
%1465 = reduce_sum %1464 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1466 = sqrt %1465 : f32[7,1] @ models/lib/nn.yaml:33:24
%1467 = max %1466, %1459 : f32[7,1] @ models/lib/nn.yaml:33:20
%1468 = broadcast %1467 : f32[7,8] @ models/lib/nn.yaml:33:18
%1469 = div %1451, %1468 : f32[7,8] @ models/lib/nn.yaml:33:18
%1470 = matmul %1469, %1463 ta=0 tb=1 : f32[7,7] @ models/moco_pass.yaml:110:34
%1471 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1472 = broadcast %1471 : f32[7,7] @ models/moco_pass.yaml:110:41
%1473 = div %1470, %1472 : f32[7,7] @ models/moco_pass.yaml:110:41
%1474 = iota axis=0 : i32[7,7] @ models/moco_pass.yaml:111:20
%1475 = iota axis=1 : i32[7,7] @ models/moco_pass.yaml:111:39
%1476 = eq %1474, %1475 : bool[7,7] @ models/moco_pass.yaml:111:36
%1477 = cast %1476 : f32[7,7] @ models/moco_pass.yaml:111:15
%1478 = reduce_max %1473 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:21:31
%1479 = stop_gradient %1478 : f32[7,1] @ models/lib/nn.yaml:21:17
%1480 = broadcast %1479 : f32[7,7] @ models/lib/nn.yaml:21:15
%1481 = sub %1473, %1480 : f32[7,7] @ models/lib/nn.yaml:21:15
%1482 = exp %1481 : f32[7,7] @ models/lib/nn.yaml:22:28
%1483 = reduce_sum %1482 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:24
%1484 = log %1483 : f32[7,1] @ models/lib/nn.yaml:22:20
%1485 = broadcast %1484 : f32[7,7] @ models/lib/nn.yaml:22:18
%1486 = sub %1481, %1485 : f32[7,7] @ models/lib/nn.yaml:22:18
%1487 = mul %1477, %1486 : f32[7,7] @ models/moco_pass.yaml:112:40
%1488 = reduce_sum %1487 axes=[1] keep=0 : f32[7] @ models/moco_pass.yaml:112:32
%1489 = neg %1488 : f32[7] @ models/moco_pass.yaml:112:31
%1490 = reduce_sum %1489 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1491 = div %1490, %814 : f32[] @ models/moco_pass.yaml:112:26
%1492 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1493 = mul %1492, %1491 : f32[] @ models/moco_pass.yaml:112:24
%1494 = mul %876, %876 : f32[7,8] @ models/lib/nn.yaml:33:35
%1495 = reduce_sum %1494 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1496 = sqrt %1495 : f32[7,1] @ models/lib/nn.yaml:33:24
%1497 = max %1496, %1459 : f32[7,1] @ models/lib/nn.yaml:33:20
%1498 = broadcast %1497 : f32[7,8] @ models/lib/nn.yaml:33:18
%1499 = div %876, %1498 : f32[7,8] @ models/lib/nn.yaml:33:18
%1500 = stop_gradient %1499 : f32[7,8] @ models/moco_pass.yaml:109:14
%1501 = mul %1452, %1452 : f32[7,8] @ models/lib/nn.yaml:33:35
%1502 = reduce_sum %1501 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1503 = sqrt %1502 : f32[7,1] @ models/lib/nn.yaml:33:24
%1504 = max %1503, %1459 : f32[7,1] @ models/lib/nn.yaml:33:20
%1505 = broadcast %1504 : f32[7,8] @ models/lib/nn.yaml:33:18
%1506 = div %1452, %1505 : f32[7,8] @ models/lib/nn.yaml:33:18
%1507 = matmul %1506, %1500 ta=0 tb=1 : f32[7,7] @ models/moco_pass.yaml:110:34
%1508 = div %1507, %1472 : f32[7,7] @ models/moco_pass.yaml:110:41
%1509 = reduce_max %1508 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:21:31
%1510 = stop_gradient %1509 : f32[7,1] @ models/lib/nn.yaml:21:17
%1511 = broadcast %1510 : f32[7,7] @ models/lib/nn.yaml:21:15
%1512 = sub %1508, %1511 : f32[7,7] @ models/lib/nn.yaml:21:15
%1513 = exp %1512 : f32[7,7] @ models/lib/nn.yaml:22:28
%1514 = reduce_sum %1513 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:24
%1515 = log %1514 : f32[7,1] @ models/lib/nn.yaml:22:20
%1516 = broadcast %1515 : f32[7,7] @ models/lib/nn.yaml:22:18
%1517 = sub %1512, %1516 : f32[7,7] @ models/lib/nn.yaml:22:18
%1518 = mul %1477, %1517 : f32[7,7] @ models/moco_pass.yaml:112:40
%1519 = reduce_sum %1518 axes=[1] keep=0 : f32[7] @ models/moco_pass.yaml:112:32
%1520 = neg %1519 : f32[7] @ models/moco_pass.yaml:112:31
%1521 = reduce_sum %1520 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1522 = div %1521, %814 : f32[] @ models/moco_pass.yaml:112:26
%1523 = mul %1492, %1522 : f32[] @ models/moco_pass.yaml:112:24
%1524 = add %1493, %1523 : f32[] @ models/moco_pass.yaml:169:11
%1525 = const data=[2] : f32[] @ models/moco_pass.yaml:165:3
%1526 = div %1524, %1525 : f32[] @ models/moco_pass.yaml:165:3
%1527 = output %1526 name="loss.image" : f32[] @ models/moco_pass.yaml:165:3
%1528 = mul %1526, %1525 : f32[] @ models/moco_pass.yaml:165:3
%1529 = permute %1453 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:20
%1530 = permute %878 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:50
%1531 = mul %1530, %1530 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1532 = reduce_sum %1531 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%1533 = sqrt %1532 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1534 = broadcast %1458 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1535 = max %1533, %1534 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1536 = broadcast %1535 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1537 = div %1530, %1536 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1538 = stop_gradient %1537 : f32[16,7,6] @ models/moco_pass.yaml:109:14
%1539 = mul %1529, %1529 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1540 = reduce_sum %1539 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%1541 = sqrt %1540 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1542 = max %1541, %1534 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1543 = broadcast %1542 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1544 = div %1529, %1543 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1545 = permute %1538 perm=[0,2,1] : f32[16,6,7] @ models/moco_pass.yaml:110:34
%1546 = reshape %1544 : f32[16,7,6,1] @ models/moco_pass.yaml:110:34
%1547 = broadcast %1546 : f32[16,7,6,7] @ models/moco_pass.yaml:110:34
%1548 = reshape %1545 : f32[16,1,6,7] @ models/moco_pass.yaml:110:34
%1549 = broadcast %1548 : f32[16,7,6,7] @ models/moco_pass.yaml:110:34
%1550 = mul %1547, %1549 : f32[16,7,6,7] @ models/moco_pass.yaml:110:34
%1551 = reduce_sum %1550 axes=[2] keep=0 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1552 = broadcast %1471 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%1553 = div %1551, %1552 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%1554 = reduce_max %1553 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:21:31
%1555 = stop_gradient %1554 : f32[16,7,1] @ models/lib/nn.yaml:21:17
%1556 = broadcast %1555 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%1557 = sub %1553, %1556 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%1558 = exp %1557 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%1559 = reduce_sum %1558 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:24
%1560 = log %1559 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%1561 = broadcast %1560 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%1562 = sub %1557, %1561 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%1563 = broadcast %1477 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%1564 = mul %1563, %1562 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%1565 = reduce_sum %1564 axes=[2] keep=0 : f32[16,7] @ models/moco_pass.yaml:112:32
%1566 = neg %1565 : f32[16,7] @ models/moco_pass.yaml:112:31
%1567 = reduce_sum %1566 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1568 = div %1567, %747 : f32[] @ models/moco_pass.yaml:112:26
%1569 = mul %1492, %1568 : f32[] @ models/moco_pass.yaml:112:24
%1570 = permute %1454 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:20
%1571 = permute %879 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:50
%1572 = mul %1571, %1571 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1573 = reduce_sum %1572 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%1574 = sqrt %1573 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1575 = max %1574, %1534 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1576 = broadcast %1575 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1577 = div %1571, %1576 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1578 = stop_gradient %1577 : f32[16,7,6] @ models/moco_pass.yaml:109:14
%1579 = mul %1570, %1570 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1580 = reduce_sum %1579 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%1581 = sqrt %1580 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1582 = max %1581, %1534 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1583 = broadcast %1582 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1584 = div %1570, %1583 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1585 = permute %1578 perm=[0,2,1] : f32[16,6,7] @ models/moco_pass.yaml:110:34
%1586 = reshape %1584 : f32[16,7,6,1] @ models/moco_pass.yaml:110:34
%1587 = broadcast %1586 : f32[16,7,6,7] @ models/moco_pass.yaml:110:34
%1588 = reshape %1585 : f32[16,1,6,7] @ models/moco_pass.yaml:110:34
%1589 = broadcast %1588 : f32[16,7,6,7] @ models/moco_pass.yaml:110:34
%1590 = mul %1587, %1589 : f32[16,7,6,7] @ models/moco_pass.yaml:110:34
%1591 = reduce_sum %1590 axes=[2] keep=0 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1592 = div %1591, %1552 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%1593 = reduce_max %1592 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:21:31
%1594 = stop_gradient %1593 : f32[16,7,1] @ models/lib/nn.yaml:21:17
%1595 = broadcast %1594 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%1596 = sub %1592, %1595 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%1597 = exp %1596 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%1598 = reduce_sum %1597 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:24
%1599 = log %1598 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%1600 = broadcast %1599 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%1601 = sub %1596, %1600 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%1602 = mul %1563, %1601 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%1603 = reduce_sum %1602 axes=[2] keep=0 : f32[16,7] @ models/moco_pass.yaml:112:32
%1604 = neg %1603 : f32[16,7] @ models/moco_pass.yaml:112:31
%1605 = reduce_sum %1604 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1606 = div %1605, %747 : f32[] @ models/moco_pass.yaml:112:26
%1607 = mul %1492, %1606 : f32[] @ models/moco_pass.yaml:112:24
%1608 = add %1569, %1607 : f32[] @ models/moco_pass.yaml:173:11
%1609 = div %1608, %1525 : f32[] @ models/moco_pass.yaml:170:3
%1610 = output %1609 name="loss.patch" : f32[] @ models/moco_pass.yaml:170:3
%1611 = mul %1609, %1471 : f32[] @ models/moco_pass.yaml:170:3
%1612 = add %1528, %1611 : f32[] @ models/moco_pass.yaml:170:3
%1613 = output %1612 name="loss" : f32[] @ models/moco_pass.yaml:165:3
%1614 = cast %1 : f64[] @ models/moco_pass.yaml:151:3
%1615 = cast %2 : f64[] @ models/moco_pass.yaml:152:3
%1616 = cast %3 : f64[] @ models/moco_pass.yaml:153:3
%1617 = const data=[0.1] : f32[] @ models/moco_pass.yaml:170:3
%1618 = const data=[-0.00035714288] : f32[] @ models/moco_pass.yaml:112:31
%1619 = broadcast %1618 : f32[16,7] @ models/moco_pass.yaml:112:31
%1620 = reshape %1619 : f32[16,7,1] @ models/moco_pass.yaml:112:32
%1621 = broadcast %1620 : f32[16,7,7] @ models/moco_pass.yaml:112:32
%1622 = mul %1621, %1563 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%1623 = neg %1622 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%1624 = reduce_sum %1623 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:18
%1625 = div %1624, %1598 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%1626 = broadcast %1625 : f32[16,7,7] @ models/lib/nn.yaml:22:24
%1627 = mul %1626, %1597 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%1628 = add %1622, %1627 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%1629 = div %1628, %1552 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%1630 = reshape %1629 : f32[16,7,7,1] @ models/moco_pass.yaml:110:34
%1631 = broadcast %1630 : f32[16,7,7,6] @ models/moco_pass.yaml:110:34
%1632 = reshape %1578 : f32[16,1,7,6] @ models/moco_pass.yaml:110:34
%1633 = broadcast %1632 : f32[16,7,7,6] @ models/moco_pass.yaml:110:34
%1634 = mul %1631, %1633 : f32[16,7,7,6] @ models/moco_pass.yaml:110:34
%1635 = reduce_sum %1634 axes=[2] keep=0 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%1636 = div %1635, %1583 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1637 = mul %1636, %1584 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1638 = neg %1637 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1639 = reduce_sum %1638 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:18
%1640 = broadcast %768 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1641 = broadcast %260 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1642 = mul %1639, %1641 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1643 = eq %1581, %1534 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%1644 = select %1643, %1642, %1640 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1645 = gt %1581, %1534 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%1646 = select %1645, %1639, %1644 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1647 = mul %1646, %1641 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1648 = div %1647, %1581 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1649 = broadcast %1648 : f32[16,7,6] @ models/lib/nn.yaml:33:29
%1650 = mul %1649, %1570 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1651 = add %1636, %1650 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1652 = add %1651, %1650 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1653 = permute %1652 perm=[1,0,2] : f32[7,16,6] @ models/moco_pass.yaml:173:20
%1654 = div %1624, %1559 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%1655 = broadcast %1654 : f32[16,7,7] @ models/lib/nn.yaml:22:24
%1656 = mul %1655, %1558 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%1657 = add %1622, %1656 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%1658 = div %1657, %1552 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%1659 = reshape %1658 : f32[16,7,7,1] @ models/moco_pass.yaml:110:34
%1660 = broadcast %1659 : f32[16,7,7,6] @ models/moco_pass.yaml:110:34
%1661 = reshape %1538 : f32[16,1,7,6] @ models/moco_pass.yaml:110:34
%1662 = broadcast %1661 : f32[16,7,7,6] @ models/moco_pass.yaml:110:34
%1663 = mul %1660, %1662 : f32[16,7,7,6] @ models/moco_pass.yaml:110:34
%1664 = reduce_sum %1663 axes=[2] keep=0 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%1665 = div %1664, %1543 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1666 = mul %1665, %1544 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1667 = neg %1666 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1668 = reduce_sum %1667 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:18
%1669 = mul %1668, %1641 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1670 = eq %1541, %1534 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%1671 = select %1670, %1669, %1640 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1672 = gt %1541, %1534 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%1673 = select %1672, %1668, %1671 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1674 = mul %1673, %1641 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1675 = div %1674, %1541 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1676 = broadcast %1675 : f32[16,7,6] @ models/lib/nn.yaml:33:29
%1677 = mul %1676, %1529 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1678 = add %1665, %1677 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1679 = add %1678, %1677 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1680 = permute %1679 perm=[1,0,2] : f32[7,16,6] @ models/moco_pass.yaml:173:20
%1681 = const data=[-0.057142857] : f32[] @ models/moco_pass.yaml:112:31
%1682 = broadcast %1681 : f32[7] @ models/moco_pass.yaml:112:31
%1683 = reshape %1682 : f32[7,1] @ models/moco_pass.yaml:112:32
%1684 = broadcast %1683 : f32[7,7] @ models/moco_pass.yaml:112:32
%1685 = mul %1684, %1477 : f32[7,7] @ models/moco_pass.yaml:112:40
%1686 = neg %1685 : f32[7,7] @ models/lib/nn.yaml:22:18
%1687 = reduce_sum %1686 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:18
%1688 = div %1687, %1514 : f32[7,1] @ models/lib/nn.yaml:22:20
%1689 = broadcast %1688 : f32[7,7] @ models/lib/nn.yaml:22:24
%1690 = mul %1689, %1513 : f32[7,7] @ models/lib/nn.yaml:22:28
%1691 = add %1685, %1690 : f32[7,7] @ models/lib/nn.yaml:22:28
%1692 = div %1691, %1472 : f32[7,7] @ models/moco_pass.yaml:110:41
%1693 = matmul %1692, %1500 ta=0 tb=0 : f32[7,8] @ models/moco_pass.yaml:110:34
%1694 = div %1693, %1505 : f32[7,8] @ models/lib/nn.yaml:33:18
%1695 = mul %1694, %1506 : f32[7,8] @ models/lib/nn.yaml:33:18
%1696 = neg %1695 : f32[7,8] @ models/lib/nn.yaml:33:18
%1697 = reduce_sum %1696 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:18
%1698 = broadcast %768 : f32[7,1] @ models/lib/nn.yaml:33:20
%1699 = broadcast %260 : f32[7,1] @ models/lib/nn.yaml:33:20
%1700 = mul %1697, %1699 : f32[7,1] @ models/lib/nn.yaml:33:20
%1701 = eq %1503, %1459 : bool[7,1] @ models/lib/nn.yaml:33:20
%1702 = select %1701, %1700, %1698 : f32[7,1] @ models/lib/nn.yaml:33:20
%1703 = gt %1503, %1459 : bool[7,1] @ models/lib/nn.yaml:33:20
%1704 = select %1703, %1697, %1702 : f32[7,1] @ models/lib/nn.yaml:33:20
%1705 = mul %1704, %1699 : f32[7,1] @ models/lib/nn.yaml:33:24
%1706 = div %1705, %1503 : f32[7,1] @ models/lib/nn.yaml:33:24
%1707 = broadcast %1706 : f32[7,8] @ models/lib/nn.yaml:33:29
%1708 = mul %1707, %1452 : f32[7,8] @ models/lib/nn.yaml:33:35
%1709 = add %1694, %1708 : f32[7,8] @ models/lib/nn.yaml:33:35
%1710 = add %1709, %1708 : f32[7,8] @ models/lib/nn.yaml:33:35
%1711 = div %1687, %1483 : f32[7,1] @ models/lib/nn.yaml:22:20
%1712 = broadcast %1711 : f32[7,7] @ models/lib/nn.yaml:22:24
%1713 = mul %1712, %1482 : f32[7,7] @ models/lib/nn.yaml:22:28
%1714 = add %1685, %1713 : f32[7,7] @ models/lib/nn.yaml:22:28
%1715 = div %1714, %1472 : f32[7,7] @ models/moco_pass.yaml:110:41
%1716 = matmul %1715, %1463 ta=0 tb=0 : f32[7,8] @ models/moco_pass.yaml:110:34
%1717 = div %1716, %1468 : f32[7,8] @ models/lib/nn.yaml:33:18
%1718 = mul %1717, %1469 : f32[7,8] @ models/lib/nn.yaml:33:18
%1719 = neg %1718 : f32[7,8] @ models/lib/nn.yaml:33:18
%1720 = reduce_sum %1719 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:18
%1721 = mul %1720, %1699 : f32[7,1] @ models/lib/nn.yaml:33:20
%1722 = eq %1466, %1459 : bool[7,1] @ models/lib/nn.yaml:33:20
%1723 = select %1722, %1721, %1698 : f32[7,1] @ models/lib/nn.yaml:33:20
%1724 = gt %1466, %1459 : bool[7,1] @ models/lib/nn.yaml:33:20
%1725 = select %1724, %1720, %1723 : f32[7,1] @ models/lib/nn.yaml:33:20
%1726 = mul %1725, %1699 : f32[7,1] @ models/lib/nn.yaml:33:24
%1727 = div %1726, %1466 : f32[7,1] @ models/lib/nn.yaml:33:24
%1728 = broadcast %1727 : f32[7,8] @ models/lib/nn.yaml:33:29
%1729 = mul %1728, %1451 : f32[7,8] @ models/lib/nn.yaml:33:35
%1730 = add %1717, %1729 : f32[7,8] @ models/lib/nn.yaml:33:35
%1731 = add %1730, %1729 : f32[7,8] @ models/lib/nn.yaml:33:35
%1732 = pad %1653 lo=[7,0,0] hi=[0,0,0] value=0 : f32[14,16,6] @ models/moco_pass.yaml:160:32
%1733 = pad %1680 lo=[0,0,0] hi=[7,0,0] value=0 : f32[14,16,6] @ models/moco_pass.yaml:160:32
%1734 = add %1732, %1733 : f32[14,16,6] @ models/moco_pass.yaml:160:32
%1735 = pad %1710 lo=[7,0] hi=[0,0] value=0 : f32[14,8] @ models/moco_pass.yaml:160:25
%1736 = pad %1731 lo=[0,0] hi=[7,0] value=0 : f32[14,8] @ models/moco_pass.yaml:160:25
%1737 = add %1735, %1736 : f32[14,8] @ models/moco_pass.yaml:160:25
%1738 = reshape %1734 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%1739 = mul %1738, %1448 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1740 = mul %1738, %1441 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1741 = reduce_sum %1740 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%1742 = mul %1447, %1447 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1743 = mul %1447, %1742 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1744 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%1745 = broadcast %1744 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1746 = mul %1743, %1745 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1747 = mul %1741, %1746 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1748 = all_reduce_sum %1747 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1749 = div %1748, %795 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1750 = broadcast %1749 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%1751 = mul %1750, %1441 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1752 = add %1739, %1751 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1753 = add %1752, %1751 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1754 = neg %1753 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1755 = reduce_sum %1754 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%1756 = all_reduce_sum %1755 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1757 = div %1756, %795 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1758 = broadcast %1757 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%1759 = add %1753, %1758 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%1760 = reshape %1759 : f32[224,6] @ models/moco_pass.yaml:79:13
%1761 = matmul %1760, %88 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%1762 = matmul %1760, %1434 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%1763 = broadcast %260 : f32[224,12] @ models/moco_pass.yaml:70:16
%1764 = mul %1761, %1763 : f32[224,12] @ models/moco_pass.yaml:70:16
%1765 = eq %1433, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1766 = select %1765, %1764, %769 : f32[224,12] @ models/moco_pass.yaml:70:16
%1767 = gt %1433, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1768 = select %1767, %1761, %1766 : f32[224,12] @ models/moco_pass.yaml:70:16
%1769 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,224] @ models/moco_pass.yaml:84:27
%1770 = reshape %1768 : f32[224,12] @ models/moco_pass.yaml:84:27
%1771 = matmul %1769, %1770 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%1772 = reshape %1771 : f32[1,12] @ models/moco_pass.yaml:84:27
%1773 = reshape %1772 : f32[12] @ models/moco_pass.yaml:84:27
%1774 = mul %1768, %1430 : f32[224,12] @ models/moco_pass.yaml:84:18
%1775 = mul %1768, %1429 : f32[224,12] @ models/moco_pass.yaml:84:18
%1776 = reduce_sum %1775 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%1777 = reshape %1776 : f32[12] @ models/moco_pass.yaml:84:18
%1778 = reshape %1774 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%1779 = mul %1778, %1427 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1780 = mul %1778, %1420 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1781 = reduce_sum %1780 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%1782 = mul %1426, %1426 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1783 = mul %1426, %1782 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1784 = broadcast %1744 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1785 = mul %1783, %1784 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1786 = mul %1781, %1785 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1787 = all_reduce_sum %1786 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1788 = div %1787, %748 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1789 = broadcast %1788 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%1790 = mul %1789, %1420 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1791 = add %1779, %1790 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1792 = add %1791, %1790 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1793 = neg %1792 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1794 = reduce_sum %1793 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%1795 = all_reduce_sum %1794 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1796 = div %1795, %748 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1797 = broadcast %1796 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1798 = add %1792, %1797 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1799 = reshape %1798 : f32[224,12] @ models/moco_pass.yaml:79:13
%1800 = matmul %1799, %85 ta=0 tb=0 : f32[224,6] @ models/lib/nn.yaml:83:15
%1801 = matmul %1799, %1413 ta=1 tb=0 : f32[12,6] @ models/lib/nn.yaml:83:15
%1802 = reshape %1800 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%1803 = mul %1802, %1411 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1804 = mul %1802, %1404 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1805 = reduce_sum %1804 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%1806 = mul %1410, %1410 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1807 = mul %1410, %1806 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1808 = mul %1807, %1745 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1809 = mul %1805, %1808 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1810 = all_reduce_sum %1809 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1811 = div %1810, %795 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1812 = broadcast %1811 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%1813 = mul %1812, %1404 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1814 = add %1803, %1813 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1815 = add %1814, %1813 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1816 = neg %1815 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1817 = reduce_sum %1816 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%1818 = all_reduce_sum %1817 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1819 = div %1818, %795 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1820 = broadcast %1819 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%1821 = add %1815, %1820 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%1822 = reshape %1821 : f32[224,6] @ models/moco_pass.yaml:79:13
%1823 = matmul %1822, %84 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%1824 = matmul %1822, %1397 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%1825 = mul %1823, %1763 : f32[224,12] @ models/moco_pass.yaml:70:16
%1826 = eq %1396, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1827 = select %1826, %1825, %769 : f32[224,12] @ models/moco_pass.yaml:70:16
%1828 = gt %1396, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1829 = select %1828, %1823, %1827 : f32[224,12] @ models/moco_pass.yaml:70:16
%1830 = reshape %1829 : f32[224,12] @ models/moco_pass.yaml:84:27
%1831 = matmul %1769, %1830 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%1832 = reshape %1831 : f32[1,12] @ models/moco_pass.yaml:84:27
%1833 = reshape %1832 : f32[12] @ models/moco_pass.yaml:84:27
%1834 = mul %1829, %1393 : f32[224,12] @ models/moco_pass.yaml:84:18
%1835 = mul %1829, %1392 : f32[224,12] @ models/moco_pass.yaml:84:18
%1836 = reduce_sum %1835 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%1837 = reshape %1836 : f32[12] @ models/moco_pass.yaml:84:18
%1838 = reshape %1834 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%1839 = mul %1838, %1390 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1840 = mul %1838, %1383 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1841 = reduce_sum %1840 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%1842 = mul %1389, %1389 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1843 = mul %1389, %1842 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1844 = mul %1843, %1784 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1845 = mul %1841, %1844 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1846 = all_reduce_sum %1845 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1847 = div %1846, %748 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1848 = broadcast %1847 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%1849 = mul %1848, %1383 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1850 = add %1839, %1849 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1851 = add %1850, %1849 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1852 = neg %1851 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1853 = reduce_sum %1852 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%1854 = all_reduce_sum %1853 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1855 = div %1854, %748 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1856 = broadcast %1855 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1857 = add %1851, %1856 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1858 = reshape %1857 : f32[224,12] @ models/moco_pass.yaml:79:13
%1859 = matmul %1858, %81 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%1860 = matmul %1858, %1376 ta=1 tb=0 : f32[12,12] @ models/lib/nn.yaml:83:15
%1861 = mul %1859, %1763 : f32[224,12] @ models/moco_pass.yaml:70:16
%1862 = eq %1375, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1863 = select %1862, %1861, %769 : f32[224,12] @ models/moco_pass.yaml:70:16
%1864 = gt %1375, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1865 = select %1864, %1859, %1863 : f32[224,12] @ models/moco_pass.yaml:70:16
%1866 = reshape %1865 : f32[224,12] @ models/moco_pass.yaml:84:27
%1867 = matmul %1769, %1866 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%1868 = reshape %1867 : f32[1,12] @ models/moco_pass.yaml:84:27
%1869 = reshape %1868 : f32[12] @ models/moco_pass.yaml:84:27
%1870 = mul %1865, %1372 : f32[224,12] @ models/moco_pass.yaml:84:18
%1871 = mul %1865, %1371 : f32[224,12] @ models/moco_pass.yaml:84:18
%1872 = reduce_sum %1871 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%1873 = reshape %1872 : f32[12] @ models/moco_pass.yaml:84:18
%1874 = reshape %1870 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%1875 = mul %1874, %1369 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1876 = mul %1874, %1362 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1877 = reduce_sum %1876 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%1878 = mul %1368, %1368 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1879 = mul %1368, %1878 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1880 = mul %1879, %1784 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1881 = mul %1877, %1880 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1882 = all_reduce_sum %1881 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1883 = div %1882, %748 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1884 = broadcast %1883 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%1885 = mul %1884, %1362 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1886 = add %1875, %1885 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1887 = add %1886, %1885 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1888 = neg %1887 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1889 = reduce_sum %1888 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%1890 = all_reduce_sum %1889 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1891 = div %1890, %748 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1892 = broadcast %1891 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1893 = add %1887, %1892 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1894 = reshape %1893 : f32[224,12] @ models/moco_pass.yaml:79:13
%1895 = matmul %1894, %78 ta=0 tb=0 : f32[224,16] @ models/lib/nn.yaml:83:15
%1896 = matmul %1894, %1355 ta=1 tb=0 : f32[12,16] @ models/lib/nn.yaml:83:15
%1897 = reshape %1895 : f32[14,16,16] @ models/moco_pass.yaml:131:49
%1898 = pad %1897 lo=[0,1,0] hi=[0,0,0] value=0 : f32[14,17,16] @ models/moco_pass.yaml:131:58
%1899 = reshape %1737 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%1900 = mul %1899, %1351 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1901 = mul %1899, %1344 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1902 = reduce_sum %1901 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%1903 = mul %1350, %1350 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1904 = mul %1350, %1903 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1905 = broadcast %1744 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1906 = mul %1904, %1905 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1907 = mul %1902, %1906 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1908 = all_reduce_sum %1907 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1909 = div %1908, %860 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1910 = broadcast %1909 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%1911 = mul %1910, %1344 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1912 = add %1900, %1911 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1913 = add %1912, %1911 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1914 = neg %1913 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1915 = reduce_sum %1914 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%1916 = all_reduce_sum %1915 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1917 = div %1916, %860 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1918 = broadcast %1917 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%1919 = add %1913, %1918 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%1920 = reshape %1919 : f32[14,8] @ models/moco_pass.yaml:79:13
%1921 = matmul %1920, %77 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%1922 = matmul %1920, %1337 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1923 = broadcast %260 : f32[14,24] @ models/moco_pass.yaml:70:16
%1924 = mul %1921, %1923 : f32[14,24] @ models/moco_pass.yaml:70:16
%1925 = eq %1336, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%1926 = select %1925, %1924, %834 : f32[14,24] @ models/moco_pass.yaml:70:16
%1927 = gt %1336, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%1928 = select %1927, %1921, %1926 : f32[14,24] @ models/moco_pass.yaml:70:16
%1929 = reduce_sum %1928 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%1930 = reshape %1929 : f32[24] @ models/moco_pass.yaml:84:27
%1931 = mul %1928, %1333 : f32[14,24] @ models/moco_pass.yaml:84:18
%1932 = mul %1928, %1332 : f32[14,24] @ models/moco_pass.yaml:84:18
%1933 = reduce_sum %1932 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%1934 = reshape %1933 : f32[24] @ models/moco_pass.yaml:84:18
%1935 = reshape %1931 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%1936 = mul %1935, %1330 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1937 = mul %1935, %1323 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1938 = reduce_sum %1937 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%1939 = mul %1329, %1329 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1940 = mul %1329, %1939 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1941 = broadcast %1744 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1942 = mul %1940, %1941 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1943 = mul %1938, %1942 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1944 = all_reduce_sum %1943 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1945 = div %1944, %815 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1946 = broadcast %1945 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%1947 = mul %1946, %1323 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1948 = add %1936, %1947 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1949 = add %1948, %1947 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1950 = neg %1949 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1951 = reduce_sum %1950 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%1952 = all_reduce_sum %1951 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1953 = div %1952, %815 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1954 = broadcast %1953 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%1955 = add %1949, %1954 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%1956 = reshape %1955 : f32[14,24] @ models/moco_pass.yaml:79:13
%1957 = matmul %1956, %74 ta=0 tb=0 : f32[14,8] @ models/lib/nn.yaml:83:15
%1958 = matmul %1956, %1316 ta=1 tb=0 : f32[24,8] @ models/lib/nn.yaml:83:15
%1959 = reshape %1957 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%1960 = mul %1959, %1314 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1961 = mul %1959, %1307 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1962 = reduce_sum %1961 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%1963 = mul %1313, %1313 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1964 = mul %1313, %1963 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1965 = mul %1964, %1905 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1966 = mul %1962, %1965 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1967 = all_reduce_sum %1966 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1968 = div %1967, %860 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1969 = broadcast %1968 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%1970 = mul %1969, %1307 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1971 = add %1960, %1970 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1972 = add %1971, %1970 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1973 = neg %1972 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1974 = reduce_sum %1973 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%1975 = all_reduce_sum %1974 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1976 = div %1975, %860 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1977 = broadcast %1976 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%1978 = add %1972, %1977 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%1979 = reshape %1978 : f32[14,8] @ models/moco_pass.yaml:79:13
%1980 = matmul %1979, %73 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%1981 = matmul %1979, %1300 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1982 = mul %1980, %1923 : f32[14,24] @ models/moco_pass.yaml:70:16
%1983 = eq %1299, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%1984 = select %1983, %1982, %834 : f32[14,24] @ models/moco_pass.yaml:70:16
%1985 = gt %1299, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%1986 = select %1985, %1980, %1984 : f32[14,24] @ models/moco_pass.yaml:70:16
%1987 = reduce_sum %1986 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%1988 = reshape %1987 : f32[24] @ models/moco_pass.yaml:84:27
%1989 = mul %1986, %1296 : f32[14,24] @ models/moco_pass.yaml:84:18
%1990 = mul %1986, %1295 : f32[14,24] @ models/moco_pass.yaml:84:18
%1991 = reduce_sum %1990 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%1992 = reshape %1991 : f32[24] @ models/moco_pass.yaml:84:18
%1993 = reshape %1989 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%1994 = mul %1993, %1293 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1995 = mul %1993, %1286 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1996 = reduce_sum %1995 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%1997 = mul %1292, %1292 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1998 = mul %1292, %1997 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1999 = mul %1998, %1941 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2000 = mul %1996, %1999 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2001 = all_reduce_sum %2000 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2002 = div %2001, %815 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2003 = broadcast %2002 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2004 = mul %2003, %1286 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2005 = add %1994, %2004 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2006 = add %2005, %2004 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2007 = neg %2006 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2008 = reduce_sum %2007 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2009 = all_reduce_sum %2008 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2010 = div %2009, %815 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2011 = broadcast %2010 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2012 = add %2006, %2011 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2013 = reshape %2012 : f32[14,24] @ models/moco_pass.yaml:79:13
%2014 = matmul %2013, %70 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2015 = matmul %2013, %1279 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2016 = mul %2014, %1923 : f32[14,24] @ models/moco_pass.yaml:70:16
%2017 = eq %1278, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%2018 = select %2017, %2016, %834 : f32[14,24] @ models/moco_pass.yaml:70:16
%2019 = gt %1278, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%2020 = select %2019, %2014, %2018 : f32[14,24] @ models/moco_pass.yaml:70:16
%2021 = reduce_sum %2020 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2022 = reshape %2021 : f32[24] @ models/moco_pass.yaml:84:27
%2023 = mul %2020, %1275 : f32[14,24] @ models/moco_pass.yaml:84:18
%2024 = mul %2020, %1274 : f32[14,24] @ models/moco_pass.yaml:84:18
%2025 = reduce_sum %2024 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2026 = reshape %2025 : f32[24] @ models/moco_pass.yaml:84:18
%2027 = reshape %2023 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2028 = mul %2027, %1272 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2029 = mul %2027, %1265 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2030 = reduce_sum %2029 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2031 = mul %1271, %1271 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2032 = mul %1271, %2031 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2033 = mul %2032, %1941 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2034 = mul %2030, %2033 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2035 = all_reduce_sum %2034 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2036 = div %2035, %815 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2037 = broadcast %2036 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2038 = mul %2037, %1265 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2039 = add %2028, %2038 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2040 = add %2039, %2038 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2041 = neg %2040 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2042 = reduce_sum %2041 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2043 = all_reduce_sum %2042 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2044 = div %2043, %815 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2045 = broadcast %2044 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2046 = add %2040, %2045 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2047 = reshape %2046 : f32[14,24] @ models/moco_pass.yaml:79:13
%2048 = matmul %2047, %67 ta=0 tb=0 : f32[14,16] @ models/lib/nn.yaml:83:15
%2049 = matmul %2047, %1258 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2050 = reshape %2048 : f32[14,1,16] @ models/moco_pass.yaml:130:38
%2051 = pad %2050 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/moco_pass.yaml:130:38
%2052 = add %1898, %2051 : f32[14,17,16] @ models/moco_pass.yaml:130:38
%2053 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,238] @ models/lib/nn.yaml:96:46
%2054 = reshape %2052 : f32[238,16] @ models/lib/nn.yaml:96:46
%2055 = matmul %2053, %2054 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2056 = reshape %2055 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2057 = reshape %2056 : f32[16] @ models/lib/nn.yaml:96:46
%2058 = mul %2052, %1253 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2059 = mul %2052, %1252 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2060 = reduce_sum %2059 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2061 = reshape %2060 : f32[16] @ models/lib/nn.yaml:96:37
%2062 = mul %2058, %1251 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2063 = mul %2058, %1245 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2064 = reduce_sum %2063 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2065 = mul %1250, %1250 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2066 = mul %1250, %2065 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2067 = broadcast %1744 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2068 = mul %2066, %2067 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2069 = mul %2064, %2068 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2070 = div %2069, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2071 = broadcast %2070 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2072 = mul %2071, %1245 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2073 = add %2062, %2072 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2074 = add %2073, %2072 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2075 = neg %2074 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2076 = reduce_sum %2075 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2077 = div %2076, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2078 = broadcast %2077 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2079 = add %2074, %2078 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2080 = slice %2079 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:111:21
%2081 = slice %2079 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:111:21
%2082 = reduce_sum %2080 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2083 = reshape %2082 : f32[16] @ models/lib/nn.yaml:84:18
%2084 = matmul %2080, %63 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2085 = reshape %1236 : f32[14,64] @ models/lib/nn.yaml:83:15
%2086 = reshape %2080 : f32[14,16] @ models/lib/nn.yaml:83:15
%2087 = matmul %2086, %2085 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2088 = mul %2084, %1235 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2089 = mul %2084, %1232 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2090 = mul %1233, %1233 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2091 = neg %2090 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2092 = exp %2091 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2093 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2094 = broadcast %2093 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2095 = mul %2092, %2094 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2096 = mul %2089, %2095 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2097 = mul %2096, %629 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2098 = mul %2088, %627 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2099 = add %2097, %2098 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2100 = reduce_sum %2099 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2101 = reshape %2100 : f32[64] @ models/lib/nn.yaml:84:18
%2102 = matmul %2099, %61 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2103 = reshape %1228 : f32[14,16] @ models/lib/nn.yaml:83:15
%2104 = reshape %2099 : f32[14,64] @ models/lib/nn.yaml:83:15
%2105 = matmul %2104, %2103 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2106 = reduce_sum %2102 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2107 = reshape %2106 : f32[16] @ models/lib/nn.yaml:96:46
%2108 = mul %2102, %1225 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2109 = mul %2102, %1224 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2110 = reduce_sum %2109 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2111 = reshape %2110 : f32[16] @ models/lib/nn.yaml:96:37
%2112 = mul %2108, %1223 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2113 = mul %2108, %1217 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2114 = reduce_sum %2113 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2115 = mul %1222, %1222 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2116 = mul %1222, %2115 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2117 = broadcast %1744 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2118 = mul %2116, %2117 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2119 = mul %2114, %2118 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2120 = div %2119, %608 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2121 = broadcast %2120 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2122 = mul %2121, %1217 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2123 = add %2112, %2122 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2124 = add %2123, %2122 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2125 = add %2080, %2124 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2126 = neg %2124 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2127 = reduce_sum %2126 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2128 = div %2127, %608 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2129 = broadcast %2128 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2130 = add %2125, %2129 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2131 = reduce_sum %2130 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2132 = reshape %2131 : f32[16] @ models/lib/nn.yaml:84:18
%2133 = matmul %2130, %57 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2134 = reshape %1208 : f32[14,16] @ models/lib/nn.yaml:83:15
%2135 = reshape %2130 : f32[14,16] @ models/lib/nn.yaml:83:15
%2136 = matmul %2135, %2134 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2137 = reshape %2133 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2138 = permute %2137 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2139 = permute %1185 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2140 = reshape %2138 : f32[14,2,1,8,1] @ models/lib/nn.yaml:56:23
%2141 = broadcast %2140 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2142 = reshape %2139 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2143 = broadcast %2142 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2144 = mul %2141, %2143 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2145 = reduce_sum %2144 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2146 = permute %1201 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2147 = reshape %2146 : f32[14,2,17,1,1] @ models/lib/nn.yaml:56:23
%2148 = broadcast %2147 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2149 = reshape %2138 : f32[14,2,1,1,8] @ models/lib/nn.yaml:56:23
%2150 = broadcast %2149 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2151 = mul %2148, %2150 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2152 = reshape %2151 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2153 = div %2145, %1200 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2154 = mul %2153, %1201 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2155 = neg %2154 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2156 = reduce_sum %2155 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2157 = broadcast %2156 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2158 = add %2153, %2157 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2159 = mul %2158, %1198 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2160 = mul %2159, %585 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2161 = reshape %2160 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2162 = broadcast %2161 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2163 = reshape %1180 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2164 = broadcast %2163 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2165 = mul %2162, %2164 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2166 = reduce_sum %2165 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2167 = permute %2160 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2168 = reshape %2167 : f32[14,2,17,1,1] @ models/lib/nn.yaml:55:23
%2169 = broadcast %2168 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2170 = reshape %1175 : f32[14,2,1,1,8] @ models/lib/nn.yaml:55:23
%2171 = broadcast %2170 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2172 = mul %2169, %2171 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2173 = reshape %2172 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2174 = permute %2152 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2175 = reshape %2174 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2176 = reshape %2175 : f32[238,16] @ models/lib/nn.yaml:84:18
%2177 = matmul %2053, %2176 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2178 = reshape %2177 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2179 = reshape %2178 : f32[16] @ models/lib/nn.yaml:84:18
%2180 = matmul %2175, %55 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2181 = reshape %1169 : f32[238,16] @ models/lib/nn.yaml:83:15
%2182 = reshape %2174 : f32[238,16] @ models/lib/nn.yaml:83:15
%2183 = matmul %2182, %2181 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2184 = permute %2173 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2185 = reshape %2184 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2186 = reshape %2185 : f32[238,16] @ models/lib/nn.yaml:84:18
%2187 = matmul %2053, %2186 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2188 = reshape %2187 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2189 = reshape %2188 : f32[16] @ models/lib/nn.yaml:84:18
%2190 = matmul %2185, %53 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2191 = add %2180, %2190 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2192 = reshape %2184 : f32[238,16] @ models/lib/nn.yaml:83:15
%2193 = matmul %2192, %2181 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2194 = permute %2166 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2195 = reshape %2194 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2196 = reduce_sum %2195 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2197 = reshape %2196 : f32[16] @ models/lib/nn.yaml:84:18
%2198 = matmul %2195, %51 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2199 = reshape %1170 : f32[14,16] @ models/lib/nn.yaml:83:15
%2200 = reshape %2194 : f32[14,16] @ models/lib/nn.yaml:83:15
%2201 = matmul %2200, %2199 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2202 = pad %2198 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2203 = add %2191, %2202 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2204 = reshape %2203 : f32[238,16] @ models/lib/nn.yaml:96:46
%2205 = matmul %2053, %2204 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2206 = reshape %2205 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2207 = reshape %2206 : f32[16] @ models/lib/nn.yaml:96:46
%2208 = mul %2203, %1166 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2209 = mul %2203, %1165 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2210 = reduce_sum %2209 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2211 = reshape %2210 : f32[16] @ models/lib/nn.yaml:96:37
%2212 = mul %2208, %1164 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2213 = mul %2208, %1158 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2214 = reduce_sum %2213 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2215 = mul %1163, %1163 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2216 = mul %1163, %2215 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2217 = mul %2216, %2067 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2218 = mul %2214, %2217 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2219 = div %2218, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2220 = broadcast %2219 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2221 = mul %2220, %1158 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2222 = add %2212, %2221 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2223 = add %2222, %2221 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2224 = neg %2223 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2225 = reduce_sum %2224 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2226 = div %2225, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2227 = broadcast %2226 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2228 = add %2223, %2227 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2229 = slice %2228 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2230 = add %2130, %2229 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2231 = slice %2228 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2232 = add %2081, %2231 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2233 = reduce_sum %2230 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2234 = reshape %2233 : f32[16] @ models/lib/nn.yaml:84:18
%2235 = matmul %2230, %47 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2236 = reshape %1149 : f32[14,64] @ models/lib/nn.yaml:83:15
%2237 = reshape %2230 : f32[14,16] @ models/lib/nn.yaml:83:15
%2238 = matmul %2237, %2236 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2239 = mul %2235, %1148 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2240 = mul %2235, %1145 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2241 = mul %1146, %1146 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2242 = neg %2241 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2243 = exp %2242 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2244 = mul %2243, %2094 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2245 = mul %2240, %2244 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2246 = mul %2245, %629 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2247 = mul %2239, %627 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2248 = add %2246, %2247 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2249 = reduce_sum %2248 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2250 = reshape %2249 : f32[64] @ models/lib/nn.yaml:84:18
%2251 = matmul %2248, %45 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2252 = reshape %1141 : f32[14,16] @ models/lib/nn.yaml:83:15
%2253 = reshape %2248 : f32[14,64] @ models/lib/nn.yaml:83:15
%2254 = matmul %2253, %2252 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2255 = reduce_sum %2251 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2256 = reshape %2255 : f32[16] @ models/lib/nn.yaml:96:46
%2257 = mul %2251, %1138 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2258 = mul %2251, %1137 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2259 = reduce_sum %2258 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2260 = reshape %2259 : f32[16] @ models/lib/nn.yaml:96:37
%2261 = mul %2257, %1136 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2262 = mul %2257, %1130 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2263 = reduce_sum %2262 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2264 = mul %1135, %1135 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2265 = mul %1135, %2264 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2266 = mul %2265, %2117 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2267 = mul %2263, %2266 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2268 = div %2267, %608 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2269 = broadcast %2268 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2270 = mul %2269, %1130 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2271 = add %2261, %2270 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2272 = add %2271, %2270 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2273 = add %2230, %2272 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2274 = neg %2272 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2275 = reduce_sum %2274 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2276 = div %2275, %608 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2277 = broadcast %2276 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2278 = add %2273, %2277 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2279 = reduce_sum %2278 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2280 = reshape %2279 : f32[16] @ models/lib/nn.yaml:84:18
%2281 = matmul %2278, %41 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2282 = reshape %1121 : f32[14,16] @ models/lib/nn.yaml:83:15
%2283 = reshape %2278 : f32[14,16] @ models/lib/nn.yaml:83:15
%2284 = matmul %2283, %2282 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2285 = reshape %2281 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2286 = permute %2285 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2287 = permute %1098 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2288 = reshape %2286 : f32[14,2,1,8,1] @ models/lib/nn.yaml:56:23
%2289 = broadcast %2288 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2290 = reshape %2287 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2291 = broadcast %2290 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2292 = mul %2289, %2291 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2293 = reduce_sum %2292 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2294 = permute %1114 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2295 = reshape %2294 : f32[14,2,17,1,1] @ models/lib/nn.yaml:56:23
%2296 = broadcast %2295 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2297 = reshape %2286 : f32[14,2,1,1,8] @ models/lib/nn.yaml:56:23
%2298 = broadcast %2297 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2299 = mul %2296, %2298 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2300 = reshape %2299 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2301 = div %2293, %1113 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2302 = mul %2301, %1114 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2303 = neg %2302 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2304 = reduce_sum %2303 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2305 = broadcast %2304 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2306 = add %2301, %2305 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2307 = mul %2306, %1111 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2308 = mul %2307, %585 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2309 = reshape %2308 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2310 = broadcast %2309 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2311 = reshape %1093 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2312 = broadcast %2311 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2313 = mul %2310, %2312 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2314 = reduce_sum %2313 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2315 = permute %2308 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2316 = reshape %2315 : f32[14,2,17,1,1] @ models/lib/nn.yaml:55:23
%2317 = broadcast %2316 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2318 = reshape %1088 : f32[14,2,1,1,8] @ models/lib/nn.yaml:55:23
%2319 = broadcast %2318 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2320 = mul %2317, %2319 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2321 = reshape %2320 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2322 = permute %2300 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2323 = reshape %2322 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2324 = reshape %2323 : f32[238,16] @ models/lib/nn.yaml:84:18
%2325 = matmul %2053, %2324 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2326 = reshape %2325 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2327 = reshape %2326 : f32[16] @ models/lib/nn.yaml:84:18
%2328 = matmul %2323, %39 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2329 = reshape %1082 : f32[238,16] @ models/lib/nn.yaml:83:15
%2330 = reshape %2322 : f32[238,16] @ models/lib/nn.yaml:83:15
%2331 = matmul %2330, %2329 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2332 = permute %2321 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2333 = reshape %2332 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2334 = reshape %2333 : f32[238,16] @ models/lib/nn.yaml:84:18
%2335 = matmul %2053, %2334 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2336 = reshape %2335 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2337 = reshape %2336 : f32[16] @ models/lib/nn.yaml:84:18
%2338 = matmul %2333, %37 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2339 = add %2328, %2338 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2340 = reshape %2332 : f32[238,16] @ models/lib/nn.yaml:83:15
%2341 = matmul %2340, %2329 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2342 = permute %2314 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2343 = reshape %2342 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2344 = reduce_sum %2343 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2345 = reshape %2344 : f32[16] @ models/lib/nn.yaml:84:18
%2346 = matmul %2343, %35 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2347 = reshape %1083 : f32[14,16] @ models/lib/nn.yaml:83:15
%2348 = reshape %2342 : f32[14,16] @ models/lib/nn.yaml:83:15
%2349 = matmul %2348, %2347 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2350 = pad %2346 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2351 = add %2339, %2350 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2352 = reshape %2351 : f32[238,16] @ models/lib/nn.yaml:96:46
%2353 = matmul %2053, %2352 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2354 = reshape %2353 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2355 = reshape %2354 : f32[16] @ models/lib/nn.yaml:96:46
%2356 = mul %2351, %1079 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2357 = mul %2351, %1078 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2358 = reduce_sum %2357 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2359 = reshape %2358 : f32[16] @ models/lib/nn.yaml:96:37
%2360 = mul %2356, %1077 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2361 = mul %2356, %1071 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2362 = reduce_sum %2361 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2363 = mul %1076, %1076 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2364 = mul %1076, %2363 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2365 = mul %2364, %2067 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2366 = mul %2362, %2365 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2367 = div %2366, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2368 = broadcast %2367 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2369 = mul %2368, %1071 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2370 = add %2360, %2369 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2371 = add %2370, %2369 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2372 = neg %2371 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2373 = reduce_sum %2372 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2374 = div %2373, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2375 = broadcast %2374 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2376 = add %2371, %2375 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2377 = slice %2376 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2378 = add %2278, %2377 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2379 = slice %2376 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2380 = add %2232, %2379 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2381 = reduce_sum %2378 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%2382 = mul %2380, %1063 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%2383 = div %2382, %1021 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%2384 = reshape %2383 : f32[224,16] @ models/lib/nn.yaml:84:18
%2385 = matmul %1769, %2384 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2386 = reshape %2385 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2387 = reshape %2386 : f32[16] @ models/lib/nn.yaml:84:18
%2388 = matmul %2383, %30 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%2389 = reshape %1054 : f32[224,64] @ models/lib/nn.yaml:83:15
%2390 = reshape %2383 : f32[224,16] @ models/lib/nn.yaml:83:15
%2391 = matmul %2390, %2389 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2392 = mul %2388, %1053 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2393 = mul %2388, %1050 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2394 = mul %1051, %1051 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2395 = neg %2394 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2396 = exp %2395 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2397 = broadcast %2093 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2398 = mul %2396, %2397 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2399 = mul %2393, %2398 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2400 = mul %2399, %264 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%2401 = mul %2392, %261 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2402 = add %2400, %2401 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2403 = reshape %2402 : f32[224,64] @ models/lib/nn.yaml:84:18
%2404 = matmul %1769, %2403 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2405 = reshape %2404 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2406 = reshape %2405 : f32[64] @ models/lib/nn.yaml:84:18
%2407 = matmul %2402, %28 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2408 = reshape %1046 : f32[224,16] @ models/lib/nn.yaml:83:15
%2409 = reshape %2402 : f32[224,64] @ models/lib/nn.yaml:83:15
%2410 = matmul %2409, %2408 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2411 = reshape %2407 : f32[224,16] @ models/lib/nn.yaml:96:46
%2412 = matmul %1769, %2411 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2413 = reshape %2412 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2414 = reshape %2413 : f32[16] @ models/lib/nn.yaml:96:46
%2415 = mul %2407, %1043 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2416 = mul %2407, %1042 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2417 = reduce_sum %2416 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2418 = reshape %2417 : f32[16] @ models/lib/nn.yaml:96:37
%2419 = mul %2415, %1041 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2420 = mul %2415, %1035 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2421 = reduce_sum %2420 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%2422 = mul %1040, %1040 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2423 = mul %1040, %2422 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2424 = broadcast %1744 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2425 = mul %2423, %2424 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2426 = mul %2421, %2425 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2427 = div %2426, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%2428 = broadcast %2427 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%2429 = mul %2428, %1035 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2430 = add %2419, %2429 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2431 = add %2430, %2429 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2432 = add %2380, %2431 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2433 = neg %2431 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2434 = reduce_sum %2433 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%2435 = div %2434, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%2436 = broadcast %2435 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2437 = add %2432, %2436 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2438 = mul %2437, %1029 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%2439 = div %2438, %1021 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%2440 = reshape %2439 : f32[224,16] @ models/lib/nn.yaml:84:18
%2441 = matmul %1769, %2440 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2442 = reshape %2441 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2443 = reshape %2442 : f32[16] @ models/lib/nn.yaml:84:18
%2444 = matmul %2439, %24 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2445 = reshape %1015 : f32[224,16] @ models/lib/nn.yaml:83:15
%2446 = reshape %2439 : f32[224,16] @ models/lib/nn.yaml:83:15
%2447 = matmul %2446, %2445 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2448 = reshape %2444 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%2449 = permute %2448 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%2450 = permute %992 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%2451 = reshape %2449 : f32[14,2,16,8,1] @ models/lib/nn.yaml:56:23
%2452 = broadcast %2451 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2453 = reshape %2450 : f32[14,2,1,8,16] @ models/lib/nn.yaml:56:23
%2454 = broadcast %2453 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2455 = mul %2452, %2454 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2456 = reduce_sum %2455 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%2457 = permute %1008 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%2458 = reshape %2457 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%2459 = broadcast %2458 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2460 = reshape %2449 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%2461 = broadcast %2460 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2462 = mul %2459, %2461 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2463 = reduce_sum %2462 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%2464 = div %2456, %1007 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2465 = mul %2464, %1008 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2466 = neg %2465 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2467 = reduce_sum %2466 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%2468 = broadcast %2467 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%2469 = add %2464, %2468 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%2470 = mul %2469, %1005 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%2471 = mul %2470, %220 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%2472 = reshape %2471 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%2473 = broadcast %2472 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2474 = reshape %990 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%2475 = broadcast %2474 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2476 = mul %2473, %2475 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2477 = reduce_sum %2476 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%2478 = permute %2471 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%2479 = reshape %2478 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%2480 = broadcast %2479 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2481 = reshape %988 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%2482 = broadcast %2481 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2483 = mul %2480, %2482 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2484 = reduce_sum %2483 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%2485 = reshape %2463 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%2486 = pad %2485 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:40
%2487 = reshape %2484 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%2488 = pad %2487 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:34
%2489 = add %2486, %2488 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:34
%2490 = reshape %2477 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%2491 = pad %2490 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%2492 = add %2489, %2491 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%2493 = permute %2492 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%2494 = reshape %2493 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%2495 = reshape %2494 : f32[224,48] @ models/lib/nn.yaml:84:18
%2496 = matmul %1769, %2495 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2497 = reshape %2496 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2498 = reshape %2497 : f32[48] @ models/lib/nn.yaml:84:18
%2499 = matmul %2494, %22 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2500 = reshape %981 : f32[224,16] @ models/lib/nn.yaml:83:15
%2501 = reshape %2493 : f32[224,48] @ models/lib/nn.yaml:83:15
%2502 = matmul %2501, %2500 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2503 = reshape %2499 : f32[224,16] @ models/lib/nn.yaml:96:46
%2504 = matmul %1769, %2503 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2505 = reshape %2504 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2506 = reshape %2505 : f32[16] @ models/lib/nn.yaml:96:46
%2507 = mul %2499, %978 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2508 = mul %2499, %977 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2509 = reduce_sum %2508 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2510 = reshape %2509 : f32[16] @ models/lib/nn.yaml:96:37
%2511 = mul %2507, %976 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2512 = mul %2507, %970 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2513 = reduce_sum %2512 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%2514 = mul %975, %975 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2515 = mul %975, %2514 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2516 = mul %2515, %2424 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2517 = mul %2513, %2516 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2518 = div %2517, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%2519 = broadcast %2518 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%2520 = mul %2519, %970 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2521 = add %2511, %2520 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2522 = add %2521, %2520 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2523 = add %2437, %2522 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2524 = neg %2522 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2525 = reduce_sum %2524 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%2526 = div %2525, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%2527 = broadcast %2526 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2528 = add %2523, %2527 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2529 = reshape %2528 : f32[224,16] @ models/lib/nn.yaml:84:18
%2530 = matmul %1769, %2529 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2531 = reshape %2530 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2532 = reshape %2531 : f32[16] @ models/lib/nn.yaml:84:18
%2533 = matmul %2528, %18 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%2534 = reshape %962 : f32[224,64] @ models/lib/nn.yaml:83:15
%2535 = reshape %2528 : f32[224,16] @ models/lib/nn.yaml:83:15
%2536 = matmul %2535, %2534 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2537 = mul %2533, %961 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2538 = mul %2533, %958 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2539 = mul %959, %959 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2540 = neg %2539 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2541 = exp %2540 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2542 = mul %2541, %2397 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2543 = mul %2538, %2542 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2544 = mul %2543, %264 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%2545 = mul %2537, %261 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2546 = add %2544, %2545 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2547 = reshape %2546 : f32[224,64] @ models/lib/nn.yaml:84:18
%2548 = matmul %1769, %2547 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2549 = reshape %2548 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2550 = reshape %2549 : f32[64] @ models/lib/nn.yaml:84:18
%2551 = matmul %2546, %16 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2552 = reshape %954 : f32[224,16] @ models/lib/nn.yaml:83:15
%2553 = reshape %2546 : f32[224,64] @ models/lib/nn.yaml:83:15
%2554 = matmul %2553, %2552 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2555 = reshape %2551 : f32[224,16] @ models/lib/nn.yaml:96:46
%2556 = matmul %1769, %2555 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2557 = reshape %2556 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2558 = reshape %2557 : f32[16] @ models/lib/nn.yaml:96:46
%2559 = mul %2551, %951 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2560 = mul %2551, %950 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2561 = reduce_sum %2560 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2562 = reshape %2561 : f32[16] @ models/lib/nn.yaml:96:37
%2563 = mul %2559, %949 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2564 = mul %2559, %943 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2565 = reduce_sum %2564 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%2566 = mul %948, %948 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2567 = mul %948, %2566 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2568 = mul %2567, %2424 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2569 = mul %2565, %2568 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2570 = div %2569, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%2571 = broadcast %2570 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%2572 = mul %2571, %943 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2573 = add %2563, %2572 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2574 = add %2573, %2572 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2575 = add %2528, %2574 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2576 = neg %2574 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2577 = reduce_sum %2576 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%2578 = div %2577, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%2579 = broadcast %2578 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2580 = add %2575, %2579 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2581 = reshape %2580 : f32[224,16] @ models/lib/nn.yaml:84:18
%2582 = matmul %1769, %2581 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2583 = reshape %2582 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2584 = reshape %2583 : f32[16] @ models/lib/nn.yaml:84:18
%2585 = matmul %2580, %12 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2586 = reshape %934 : f32[224,16] @ models/lib/nn.yaml:83:15
%2587 = reshape %2580 : f32[224,16] @ models/lib/nn.yaml:83:15
%2588 = matmul %2587, %2586 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2589 = reshape %2585 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%2590 = permute %2589 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%2591 = permute %911 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%2592 = reshape %2590 : f32[14,2,16,8,1] @ models/lib/nn.yaml:56:23
%2593 = broadcast %2592 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2594 = reshape %2591 : f32[14,2,1,8,16] @ models/lib/nn.yaml:56:23
%2595 = broadcast %2594 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2596 = mul %2593, %2595 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2597 = reduce_sum %2596 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%2598 = permute %927 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%2599 = reshape %2598 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%2600 = broadcast %2599 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2601 = reshape %2590 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%2602 = broadcast %2601 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2603 = mul %2600, %2602 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2604 = reduce_sum %2603 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%2605 = div %2597, %926 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2606 = mul %2605, %927 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2607 = neg %2606 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2608 = reduce_sum %2607 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%2609 = broadcast %2608 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%2610 = add %2605, %2609 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%2611 = mul %2610, %924 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%2612 = mul %2611, %220 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%2613 = reshape %2612 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%2614 = broadcast %2613 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2615 = reshape %909 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%2616 = broadcast %2615 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2617 = mul %2614, %2616 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2618 = reduce_sum %2617 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%2619 = permute %2612 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%2620 = reshape %2619 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%2621 = broadcast %2620 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2622 = reshape %907 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%2623 = broadcast %2622 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2624 = mul %2621, %2623 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2625 = reduce_sum %2624 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%2626 = reshape %2604 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%2627 = pad %2626 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:40
%2628 = reshape %2625 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%2629 = pad %2628 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:34
%2630 = add %2627, %2629 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:34
%2631 = reshape %2618 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%2632 = pad %2631 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%2633 = add %2630, %2632 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%2634 = permute %2633 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%2635 = reshape %2634 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%2636 = reshape %2635 : f32[224,48] @ models/lib/nn.yaml:84:18
%2637 = matmul %1769, %2636 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2638 = reshape %2637 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2639 = reshape %2638 : f32[48] @ models/lib/nn.yaml:84:18
%2640 = matmul %2635, %10 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2641 = reshape %900 : f32[224,16] @ models/lib/nn.yaml:83:15
%2642 = reshape %2634 : f32[224,48] @ models/lib/nn.yaml:83:15
%2643 = matmul %2642, %2641 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2644 = reshape %2640 : f32[224,16] @ models/lib/nn.yaml:96:46
%2645 = matmul %1769, %2644 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2646 = reshape %2645 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2647 = reshape %2646 : f32[16] @ models/lib/nn.yaml:96:46
%2648 = mul %2640, %897 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2649 = mul %2640, %896 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2650 = reduce_sum %2649 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2651 = reshape %2650 : f32[16] @ models/lib/nn.yaml:96:37
%2652 = mul %2648, %895 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2653 = mul %2648, %889 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2654 = reduce_sum %2653 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%2655 = mul %894, %894 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2656 = mul %894, %2655 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2657 = mul %2656, %2424 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2658 = mul %2654, %2657 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2659 = div %2658, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%2660 = broadcast %2659 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%2661 = mul %2660, %889 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2662 = add %2652, %2661 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2663 = add %2662, %2661 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2664 = add %2580, %2663 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2665 = neg %2663 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2666 = reduce_sum %2665 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%2667 = div %2666, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%2668 = broadcast %2667 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2669 = add %2664, %2668 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2670 = reduce_sum %2669 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%2671 = reshape %2669 : f32[224,16] @ models/lib/vit.yaml:17:71
%2672 = matmul %1769, %2671 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%2673 = reshape %2672 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%2674 = reshape %2673 : f32[16] @ models/lib/vit.yaml:17:71
%2675 = reshape %174 : f32[224,48] @ models/lib/vit.yaml:17:18
%2676 = reshape %2669 : f32[224,16] @ models/lib/vit.yaml:17:18
%2677 = matmul %2676, %2675 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%2678 = reshape %2677 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2679 = all_reduce_sum %2670 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2680 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2681 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2682 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%2683 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%2684 = add %2682, %2683 : i64[] @ models/lib/vit.yaml:48:7
%2685 = mul %1614, %1615 : f64[] @ models/lib/vit.yaml:48:7
%2686 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2687 = sub %2686, %2685 : f64[] @ models/lib/vit.yaml:48:7
%2688 = cast %2687 : f32[] @ models/lib/vit.yaml:48:7
%2689 = broadcast %2688 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2690 = mul %5, %2689 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2691 = broadcast %1617 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2692 = mul %2679, %2691 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2693 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%2694 = broadcast %1020 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2695 = mul %2680, %2694 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2696 = add %2695, %2692 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2697 = mul %2679, %2679 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2698 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%2699 = broadcast %2698 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2700 = mul %2697, %2699 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2701 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%2702 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%2703 = broadcast %2702 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2704 = mul %2681, %2703 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2705 = add %2704, %2700 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2706 = cast %2684 : f64[] @ models/lib/vit.yaml:48:7
%2707 = pow %2693, %2706 : f64[] @ models/lib/vit.yaml:48:7
%2708 = sub %2686, %2707 : f64[] @ models/lib/vit.yaml:48:7
%2709 = div %1614, %2708 : f64[] @ models/lib/vit.yaml:48:7
%2710 = pow %2701, %2706 : f64[] @ models/lib/vit.yaml:48:7
%2711 = sub %2686, %2710 : f64[] @ models/lib/vit.yaml:48:7
%2712 = sqrt %2711 : f64[] @ models/lib/vit.yaml:48:7
%2713 = div %2686, %2712 : f64[] @ models/lib/vit.yaml:48:7
%2714 = sqrt %2705 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2715 = cast %2713 : f32[] @ models/lib/vit.yaml:48:7
%2716 = broadcast %2715 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2717 = mul %2714, %2716 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2718 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%2719 = broadcast %2718 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2720 = add %2717, %2719 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2721 = div %2696, %2720 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2722 = cast %2709 : f32[] @ models/lib/vit.yaml:48:7
%2723 = broadcast %2722 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2724 = mul %2721, %2723 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2725 = sub %2690, %2724 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2726 = assign %5, %2725 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2727 = assign %2680, %2696 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2728 = assign %2681, %2705 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2729 = assign %2682, %2684 : i64[] @ models/lib/vit.yaml:48:7
%2730 = cast %1616 : f32[] @ models/lib/vit.yaml:48:7
%2731 = broadcast %2730 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2732 = mul %89, %2731 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2733 = sub %2686, %1616 : f64[] @ models/lib/vit.yaml:48:7
%2734 = cast %2733 : f32[] @ models/lib/vit.yaml:48:7
%2735 = broadcast %2734 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2736 = mul %2725, %2735 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2737 = add %2732, %2736 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2738 = assign %89, %2737 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2739 = all_reduce_sum %2678 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2740 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2741 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2742 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%2743 = add %2742, %2683 : i64[] @ models/lib/vit.yaml:9:7
%2744 = broadcast %2688 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2745 = mul %6, %2744 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2746 = broadcast %1617 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2747 = mul %2739, %2746 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2748 = broadcast %1020 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2749 = mul %2740, %2748 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2750 = add %2749, %2747 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2751 = mul %2739, %2739 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2752 = broadcast %2698 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2753 = mul %2751, %2752 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2754 = broadcast %2702 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2755 = mul %2741, %2754 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2756 = add %2755, %2753 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2757 = cast %2743 : f64[] @ models/lib/vit.yaml:9:7
%2758 = pow %2693, %2757 : f64[] @ models/lib/vit.yaml:9:7
%2759 = sub %2686, %2758 : f64[] @ models/lib/vit.yaml:9:7
%2760 = div %1614, %2759 : f64[] @ models/lib/vit.yaml:9:7
%2761 = pow %2701, %2757 : f64[] @ models/lib/vit.yaml:9:7
%2762 = sub %2686, %2761 : f64[] @ models/lib/vit.yaml:9:7
%2763 = sqrt %2762 : f64[] @ models/lib/vit.yaml:9:7
%2764 = div %2686, %2763 : f64[] @ models/lib/vit.yaml:9:7
%2765 = sqrt %2756 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2766 = cast %2764 : f32[] @ models/lib/vit.yaml:9:7
%2767 = broadcast %2766 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2768 = mul %2765, %2767 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2769 = broadcast %2718 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2770 = add %2768, %2769 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2771 = div %2750, %2770 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2772 = cast %2760 : f32[] @ models/lib/vit.yaml:9:7
%2773 = broadcast %2772 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2774 = mul %2771, %2773 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2775 = sub %2745, %2774 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2776 = assign %6, %2775 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2777 = assign %2740, %2750 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2778 = assign %2741, %2756 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2779 = assign %2742, %2743 : i64[] @ models/lib/vit.yaml:9:7
%2780 = broadcast %2730 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2781 = mul %90, %2780 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2782 = broadcast %2734 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2783 = mul %2775, %2782 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2784 = add %2781, %2783 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2785 = assign %90, %2784 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2786 = all_reduce_sum %2674 : f32[16] @ models/lib/vit.yaml:10:7
%2787 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2788 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2789 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%2790 = add %2789, %2683 : i64[] @ models/lib/vit.yaml:10:7
%2791 = broadcast %1617 : f32[16] @ models/lib/vit.yaml:10:7
%2792 = mul %2786, %2791 : f32[16] @ models/lib/vit.yaml:10:7
%2793 = broadcast %1020 : f32[16] @ models/lib/vit.yaml:10:7
%2794 = mul %2787, %2793 : f32[16] @ models/lib/vit.yaml:10:7
%2795 = add %2794, %2792 : f32[16] @ models/lib/vit.yaml:10:7
%2796 = mul %2786, %2786 : f32[16] @ models/lib/vit.yaml:10:7
%2797 = broadcast %2698 : f32[16] @ models/lib/vit.yaml:10:7
%2798 = mul %2796, %2797 : f32[16] @ models/lib/vit.yaml:10:7
%2799 = broadcast %2702 : f32[16] @ models/lib/vit.yaml:10:7
%2800 = mul %2788, %2799 : f32[16] @ models/lib/vit.yaml:10:7
%2801 = add %2800, %2798 : f32[16] @ models/lib/vit.yaml:10:7
%2802 = cast %2790 : f64[] @ models/lib/vit.yaml:10:7
%2803 = pow %2693, %2802 : f64[] @ models/lib/vit.yaml:10:7
%2804 = sub %2686, %2803 : f64[] @ models/lib/vit.yaml:10:7
%2805 = div %1614, %2804 : f64[] @ models/lib/vit.yaml:10:7
%2806 = pow %2701, %2802 : f64[] @ models/lib/vit.yaml:10:7
%2807 = sub %2686, %2806 : f64[] @ models/lib/vit.yaml:10:7
%2808 = sqrt %2807 : f64[] @ models/lib/vit.yaml:10:7
%2809 = div %2686, %2808 : f64[] @ models/lib/vit.yaml:10:7
%2810 = sqrt %2801 : f32[16] @ models/lib/vit.yaml:10:7
%2811 = cast %2809 : f32[] @ models/lib/vit.yaml:10:7
%2812 = broadcast %2811 : f32[16] @ models/lib/vit.yaml:10:7
%2813 = mul %2810, %2812 : f32[16] @ models/lib/vit.yaml:10:7
%2814 = broadcast %2718 : f32[16] @ models/lib/vit.yaml:10:7
%2815 = add %2813, %2814 : f32[16] @ models/lib/vit.yaml:10:7
%2816 = div %2795, %2815 : f32[16] @ models/lib/vit.yaml:10:7
%2817 = cast %2805 : f32[] @ models/lib/vit.yaml:10:7
%2818 = broadcast %2817 : f32[16] @ models/lib/vit.yaml:10:7
%2819 = mul %2816, %2818 : f32[16] @ models/lib/vit.yaml:10:7
%2820 = sub %7, %2819 : f32[16] @ models/lib/vit.yaml:10:7
%2821 = assign %7, %2820 : f32[16] @ models/lib/vit.yaml:10:7
%2822 = assign %2787, %2795 : f32[16] @ models/lib/vit.yaml:10:7
%2823 = assign %2788, %2801 : f32[16] @ models/lib/vit.yaml:10:7
%2824 = assign %2789, %2790 : i64[] @ models/lib/vit.yaml:10:7
%2825 = broadcast %2730 : f32[16] @ models/lib/vit.yaml:10:7
%2826 = mul %91, %2825 : f32[16] @ models/lib/vit.yaml:10:7
%2827 = broadcast %2734 : f32[16] @ models/lib/vit.yaml:10:7
%2828 = mul %2820, %2827 : f32[16] @ models/lib/vit.yaml:10:7
%2829 = add %2826, %2828 : f32[16] @ models/lib/vit.yaml:10:7
%2830 = assign %91, %2829 : f32[16] @ models/lib/vit.yaml:10:7
%2831 = all_reduce_sum %2651 : f32[16] @ models/lib/nn.yaml:89:7
%2832 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2833 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2834 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2835 = add %2834, %2683 : i64[] @ models/lib/nn.yaml:89:7
%2836 = mul %2831, %2791 : f32[16] @ models/lib/nn.yaml:89:7
%2837 = mul %2832, %2793 : f32[16] @ models/lib/nn.yaml:89:7
%2838 = add %2837, %2836 : f32[16] @ models/lib/nn.yaml:89:7
%2839 = mul %2831, %2831 : f32[16] @ models/lib/nn.yaml:89:7
%2840 = mul %2839, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%2841 = mul %2833, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%2842 = add %2841, %2840 : f32[16] @ models/lib/nn.yaml:89:7
%2843 = cast %2835 : f64[] @ models/lib/nn.yaml:89:7
%2844 = pow %2693, %2843 : f64[] @ models/lib/nn.yaml:89:7
%2845 = sub %2686, %2844 : f64[] @ models/lib/nn.yaml:89:7
%2846 = div %1614, %2845 : f64[] @ models/lib/nn.yaml:89:7
%2847 = pow %2701, %2843 : f64[] @ models/lib/nn.yaml:89:7
%2848 = sub %2686, %2847 : f64[] @ models/lib/nn.yaml:89:7
%2849 = sqrt %2848 : f64[] @ models/lib/nn.yaml:89:7
%2850 = div %2686, %2849 : f64[] @ models/lib/nn.yaml:89:7
%2851 = sqrt %2842 : f32[16] @ models/lib/nn.yaml:89:7
%2852 = cast %2850 : f32[] @ models/lib/nn.yaml:89:7
%2853 = broadcast %2852 : f32[16] @ models/lib/nn.yaml:89:7
%2854 = mul %2851, %2853 : f32[16] @ models/lib/nn.yaml:89:7
%2855 = add %2854, %2814 : f32[16] @ models/lib/nn.yaml:89:7
%2856 = div %2838, %2855 : f32[16] @ models/lib/nn.yaml:89:7
%2857 = cast %2846 : f32[] @ models/lib/nn.yaml:89:7
%2858 = broadcast %2857 : f32[16] @ models/lib/nn.yaml:89:7
%2859 = mul %2856, %2858 : f32[16] @ models/lib/nn.yaml:89:7
%2860 = sub %8, %2859 : f32[16] @ models/lib/nn.yaml:89:7
%2861 = assign %8, %2860 : f32[16] @ models/lib/nn.yaml:89:7
%2862 = assign %2832, %2838 : f32[16] @ models/lib/nn.yaml:89:7
%2863 = assign %2833, %2842 : f32[16] @ models/lib/nn.yaml:89:7
%2864 = assign %2834, %2835 : i64[] @ models/lib/nn.yaml:89:7
%2865 = mul %92, %2825 : f32[16] @ models/lib/nn.yaml:89:7
%2866 = mul %2860, %2827 : f32[16] @ models/lib/nn.yaml:89:7
%2867 = add %2865, %2866 : f32[16] @ models/lib/nn.yaml:89:7
%2868 = assign %92, %2867 : f32[16] @ models/lib/nn.yaml:89:7
%2869 = all_reduce_sum %2647 : f32[16] @ models/lib/nn.yaml:90:7
%2870 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2871 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2872 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2873 = add %2872, %2683 : i64[] @ models/lib/nn.yaml:90:7
%2874 = mul %2869, %2791 : f32[16] @ models/lib/nn.yaml:90:7
%2875 = mul %2870, %2793 : f32[16] @ models/lib/nn.yaml:90:7
%2876 = add %2875, %2874 : f32[16] @ models/lib/nn.yaml:90:7
%2877 = mul %2869, %2869 : f32[16] @ models/lib/nn.yaml:90:7
%2878 = mul %2877, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%2879 = mul %2871, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%2880 = add %2879, %2878 : f32[16] @ models/lib/nn.yaml:90:7
%2881 = cast %2873 : f64[] @ models/lib/nn.yaml:90:7
%2882 = pow %2693, %2881 : f64[] @ models/lib/nn.yaml:90:7
%2883 = sub %2686, %2882 : f64[] @ models/lib/nn.yaml:90:7
%2884 = div %1614, %2883 : f64[] @ models/lib/nn.yaml:90:7
%2885 = pow %2701, %2881 : f64[] @ models/lib/nn.yaml:90:7
%2886 = sub %2686, %2885 : f64[] @ models/lib/nn.yaml:90:7
%2887 = sqrt %2886 : f64[] @ models/lib/nn.yaml:90:7
%2888 = div %2686, %2887 : f64[] @ models/lib/nn.yaml:90:7
%2889 = sqrt %2880 : f32[16] @ models/lib/nn.yaml:90:7
%2890 = cast %2888 : f32[] @ models/lib/nn.yaml:90:7
%2891 = broadcast %2890 : f32[16] @ models/lib/nn.yaml:90:7
%2892 = mul %2889, %2891 : f32[16] @ models/lib/nn.yaml:90:7
%2893 = add %2892, %2814 : f32[16] @ models/lib/nn.yaml:90:7
%2894 = div %2876, %2893 : f32[16] @ models/lib/nn.yaml:90:7
%2895 = cast %2884 : f32[] @ models/lib/nn.yaml:90:7
%2896 = broadcast %2895 : f32[16] @ models/lib/nn.yaml:90:7
%2897 = mul %2894, %2896 : f32[16] @ models/lib/nn.yaml:90:7
%2898 = sub %9, %2897 : f32[16] @ models/lib/nn.yaml:90:7
%2899 = assign %9, %2898 : f32[16] @ models/lib/nn.yaml:90:7
%2900 = assign %2870, %2876 : f32[16] @ models/lib/nn.yaml:90:7
%2901 = assign %2871, %2880 : f32[16] @ models/lib/nn.yaml:90:7
%2902 = assign %2872, %2873 : i64[] @ models/lib/nn.yaml:90:7
%2903 = mul %93, %2825 : f32[16] @ models/lib/nn.yaml:90:7
%2904 = mul %2898, %2827 : f32[16] @ models/lib/nn.yaml:90:7
%2905 = add %2903, %2904 : f32[16] @ models/lib/nn.yaml:90:7
%2906 = assign %93, %2905 : f32[16] @ models/lib/nn.yaml:90:7
%2907 = all_reduce_sum %2643 : f32[48,16] @ models/lib/nn.yaml:79:7
%2908 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2909 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2910 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2911 = add %2910, %2683 : i64[] @ models/lib/nn.yaml:79:7
%2912 = broadcast %2688 : f32[48,16] @ models/lib/nn.yaml:79:7
%2913 = mul %10, %2912 : f32[48,16] @ models/lib/nn.yaml:79:7
%2914 = broadcast %1617 : f32[48,16] @ models/lib/nn.yaml:79:7
%2915 = mul %2907, %2914 : f32[48,16] @ models/lib/nn.yaml:79:7
%2916 = broadcast %1020 : f32[48,16] @ models/lib/nn.yaml:79:7
%2917 = mul %2908, %2916 : f32[48,16] @ models/lib/nn.yaml:79:7
%2918 = add %2917, %2915 : f32[48,16] @ models/lib/nn.yaml:79:7
%2919 = mul %2907, %2907 : f32[48,16] @ models/lib/nn.yaml:79:7
%2920 = broadcast %2698 : f32[48,16] @ models/lib/nn.yaml:79:7
%2921 = mul %2919, %2920 : f32[48,16] @ models/lib/nn.yaml:79:7
%2922 = broadcast %2702 : f32[48,16] @ models/lib/nn.yaml:79:7
%2923 = mul %2909, %2922 : f32[48,16] @ models/lib/nn.yaml:79:7
%2924 = add %2923, %2921 : f32[48,16] @ models/lib/nn.yaml:79:7
%2925 = cast %2911 : f64[] @ models/lib/nn.yaml:79:7
%2926 = pow %2693, %2925 : f64[] @ models/lib/nn.yaml:79:7
%2927 = sub %2686, %2926 : f64[] @ models/lib/nn.yaml:79:7
%2928 = div %1614, %2927 : f64[] @ models/lib/nn.yaml:79:7
%2929 = pow %2701, %2925 : f64[] @ models/lib/nn.yaml:79:7
%2930 = sub %2686, %2929 : f64[] @ models/lib/nn.yaml:79:7
%2931 = sqrt %2930 : f64[] @ models/lib/nn.yaml:79:7
%2932 = div %2686, %2931 : f64[] @ models/lib/nn.yaml:79:7
%2933 = sqrt %2924 : f32[48,16] @ models/lib/nn.yaml:79:7
%2934 = cast %2932 : f32[] @ models/lib/nn.yaml:79:7
%2935 = broadcast %2934 : f32[48,16] @ models/lib/nn.yaml:79:7
%2936 = mul %2933, %2935 : f32[48,16] @ models/lib/nn.yaml:79:7
%2937 = broadcast %2718 : f32[48,16] @ models/lib/nn.yaml:79:7
%2938 = add %2936, %2937 : f32[48,16] @ models/lib/nn.yaml:79:7
%2939 = div %2918, %2938 : f32[48,16] @ models/lib/nn.yaml:79:7
%2940 = cast %2928 : f32[] @ models/lib/nn.yaml:79:7
%2941 = broadcast %2940 : f32[48,16] @ models/lib/nn.yaml:79:7
%2942 = mul %2939, %2941 : f32[48,16] @ models/lib/nn.yaml:79:7
%2943 = sub %2913, %2942 : f32[48,16] @ models/lib/nn.yaml:79:7
%2944 = assign %10, %2943 : f32[48,16] @ models/lib/nn.yaml:79:7
%2945 = assign %2908, %2918 : f32[48,16] @ models/lib/nn.yaml:79:7
%2946 = assign %2909, %2924 : f32[48,16] @ models/lib/nn.yaml:79:7
%2947 = assign %2910, %2911 : i64[] @ models/lib/nn.yaml:79:7
%2948 = broadcast %2730 : f32[48,16] @ models/lib/nn.yaml:79:7
%2949 = mul %94, %2948 : f32[48,16] @ models/lib/nn.yaml:79:7
%2950 = broadcast %2734 : f32[48,16] @ models/lib/nn.yaml:79:7
%2951 = mul %2943, %2950 : f32[48,16] @ models/lib/nn.yaml:79:7
%2952 = add %2949, %2951 : f32[48,16] @ models/lib/nn.yaml:79:7
%2953 = assign %94, %2952 : f32[48,16] @ models/lib/nn.yaml:79:7
%2954 = all_reduce_sum %2639 : f32[48] @ models/lib/nn.yaml:80:7
%2955 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2956 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2957 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2958 = add %2957, %2683 : i64[] @ models/lib/nn.yaml:80:7
%2959 = broadcast %1617 : f32[48] @ models/lib/nn.yaml:80:7
%2960 = mul %2954, %2959 : f32[48] @ models/lib/nn.yaml:80:7
%2961 = broadcast %1020 : f32[48] @ models/lib/nn.yaml:80:7
%2962 = mul %2955, %2961 : f32[48] @ models/lib/nn.yaml:80:7
%2963 = add %2962, %2960 : f32[48] @ models/lib/nn.yaml:80:7
%2964 = mul %2954, %2954 : f32[48] @ models/lib/nn.yaml:80:7
%2965 = broadcast %2698 : f32[48] @ models/lib/nn.yaml:80:7
%2966 = mul %2964, %2965 : f32[48] @ models/lib/nn.yaml:80:7
%2967 = broadcast %2702 : f32[48] @ models/lib/nn.yaml:80:7
%2968 = mul %2956, %2967 : f32[48] @ models/lib/nn.yaml:80:7
%2969 = add %2968, %2966 : f32[48] @ models/lib/nn.yaml:80:7
%2970 = cast %2958 : f64[] @ models/lib/nn.yaml:80:7
%2971 = pow %2693, %2970 : f64[] @ models/lib/nn.yaml:80:7
%2972 = sub %2686, %2971 : f64[] @ models/lib/nn.yaml:80:7
%2973 = div %1614, %2972 : f64[] @ models/lib/nn.yaml:80:7
%2974 = pow %2701, %2970 : f64[] @ models/lib/nn.yaml:80:7
%2975 = sub %2686, %2974 : f64[] @ models/lib/nn.yaml:80:7
%2976 = sqrt %2975 : f64[] @ models/lib/nn.yaml:80:7
%2977 = div %2686, %2976 : f64[] @ models/lib/nn.yaml:80:7
%2978 = sqrt %2969 : f32[48] @ models/lib/nn.yaml:80:7
%2979 = cast %2977 : f32[] @ models/lib/nn.yaml:80:7
%2980 = broadcast %2979 : f32[48] @ models/lib/nn.yaml:80:7
%2981 = mul %2978, %2980 : f32[48] @ models/lib/nn.yaml:80:7
%2982 = broadcast %2718 : f32[48] @ models/lib/nn.yaml:80:7
%2983 = add %2981, %2982 : f32[48] @ models/lib/nn.yaml:80:7
%2984 = div %2963, %2983 : f32[48] @ models/lib/nn.yaml:80:7
%2985 = cast %2973 : f32[] @ models/lib/nn.yaml:80:7
%2986 = broadcast %2985 : f32[48] @ models/lib/nn.yaml:80:7
%2987 = mul %2984, %2986 : f32[48] @ models/lib/nn.yaml:80:7
%2988 = sub %11, %2987 : f32[48] @ models/lib/nn.yaml:80:7
%2989 = assign %11, %2988 : f32[48] @ models/lib/nn.yaml:80:7
%2990 = assign %2955, %2963 : f32[48] @ models/lib/nn.yaml:80:7
%2991 = assign %2956, %2969 : f32[48] @ models/lib/nn.yaml:80:7
%2992 = assign %2957, %2958 : i64[] @ models/lib/nn.yaml:80:7
%2993 = broadcast %2730 : f32[48] @ models/lib/nn.yaml:80:7
%2994 = mul %95, %2993 : f32[48] @ models/lib/nn.yaml:80:7
%2995 = broadcast %2734 : f32[48] @ models/lib/nn.yaml:80:7
%2996 = mul %2988, %2995 : f32[48] @ models/lib/nn.yaml:80:7
%2997 = add %2994, %2996 : f32[48] @ models/lib/nn.yaml:80:7
%2998 = assign %95, %2997 : f32[48] @ models/lib/nn.yaml:80:7
%2999 = all_reduce_sum %2588 : f32[16,16] @ models/lib/nn.yaml:79:7
%3000 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3001 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3002 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3003 = add %3002, %2683 : i64[] @ models/lib/nn.yaml:79:7
%3004 = broadcast %2688 : f32[16,16] @ models/lib/nn.yaml:79:7
%3005 = mul %12, %3004 : f32[16,16] @ models/lib/nn.yaml:79:7
%3006 = broadcast %1617 : f32[16,16] @ models/lib/nn.yaml:79:7
%3007 = mul %2999, %3006 : f32[16,16] @ models/lib/nn.yaml:79:7
%3008 = broadcast %1020 : f32[16,16] @ models/lib/nn.yaml:79:7
%3009 = mul %3000, %3008 : f32[16,16] @ models/lib/nn.yaml:79:7
%3010 = add %3009, %3007 : f32[16,16] @ models/lib/nn.yaml:79:7
%3011 = mul %2999, %2999 : f32[16,16] @ models/lib/nn.yaml:79:7
%3012 = broadcast %2698 : f32[16,16] @ models/lib/nn.yaml:79:7
%3013 = mul %3011, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%3014 = broadcast %2702 : f32[16,16] @ models/lib/nn.yaml:79:7
%3015 = mul %3001, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%3016 = add %3015, %3013 : f32[16,16] @ models/lib/nn.yaml:79:7
%3017 = cast %3003 : f64[] @ models/lib/nn.yaml:79:7
%3018 = pow %2693, %3017 : f64[] @ models/lib/nn.yaml:79:7
%3019 = sub %2686, %3018 : f64[] @ models/lib/nn.yaml:79:7
%3020 = div %1614, %3019 : f64[] @ models/lib/nn.yaml:79:7
%3021 = pow %2701, %3017 : f64[] @ models/lib/nn.yaml:79:7
%3022 = sub %2686, %3021 : f64[] @ models/lib/nn.yaml:79:7
%3023 = sqrt %3022 : f64[] @ models/lib/nn.yaml:79:7
%3024 = div %2686, %3023 : f64[] @ models/lib/nn.yaml:79:7
%3025 = sqrt %3016 : f32[16,16] @ models/lib/nn.yaml:79:7
%3026 = cast %3024 : f32[] @ models/lib/nn.yaml:79:7
%3027 = broadcast %3026 : f32[16,16] @ models/lib/nn.yaml:79:7
%3028 = mul %3025, %3027 : f32[16,16] @ models/lib/nn.yaml:79:7
%3029 = broadcast %2718 : f32[16,16] @ models/lib/nn.yaml:79:7
%3030 = add %3028, %3029 : f32[16,16] @ models/lib/nn.yaml:79:7
%3031 = div %3010, %3030 : f32[16,16] @ models/lib/nn.yaml:79:7
%3032 = cast %3020 : f32[] @ models/lib/nn.yaml:79:7
%3033 = broadcast %3032 : f32[16,16] @ models/lib/nn.yaml:79:7
%3034 = mul %3031, %3033 : f32[16,16] @ models/lib/nn.yaml:79:7
%3035 = sub %3005, %3034 : f32[16,16] @ models/lib/nn.yaml:79:7
%3036 = assign %12, %3035 : f32[16,16] @ models/lib/nn.yaml:79:7
%3037 = assign %3000, %3010 : f32[16,16] @ models/lib/nn.yaml:79:7
%3038 = assign %3001, %3016 : f32[16,16] @ models/lib/nn.yaml:79:7
%3039 = assign %3002, %3003 : i64[] @ models/lib/nn.yaml:79:7
%3040 = broadcast %2730 : f32[16,16] @ models/lib/nn.yaml:79:7
%3041 = mul %96, %3040 : f32[16,16] @ models/lib/nn.yaml:79:7
%3042 = broadcast %2734 : f32[16,16] @ models/lib/nn.yaml:79:7
%3043 = mul %3035, %3042 : f32[16,16] @ models/lib/nn.yaml:79:7
%3044 = add %3041, %3043 : f32[16,16] @ models/lib/nn.yaml:79:7
%3045 = assign %96, %3044 : f32[16,16] @ models/lib/nn.yaml:79:7
%3046 = all_reduce_sum %2584 : f32[16] @ models/lib/nn.yaml:80:7
%3047 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3048 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3049 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3050 = add %3049, %2683 : i64[] @ models/lib/nn.yaml:80:7
%3051 = mul %3046, %2791 : f32[16] @ models/lib/nn.yaml:80:7
%3052 = mul %3047, %2793 : f32[16] @ models/lib/nn.yaml:80:7
%3053 = add %3052, %3051 : f32[16] @ models/lib/nn.yaml:80:7
%3054 = mul %3046, %3046 : f32[16] @ models/lib/nn.yaml:80:7
%3055 = mul %3054, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%3056 = mul %3048, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%3057 = add %3056, %3055 : f32[16] @ models/lib/nn.yaml:80:7
%3058 = cast %3050 : f64[] @ models/lib/nn.yaml:80:7
%3059 = pow %2693, %3058 : f64[] @ models/lib/nn.yaml:80:7
%3060 = sub %2686, %3059 : f64[] @ models/lib/nn.yaml:80:7
%3061 = div %1614, %3060 : f64[] @ models/lib/nn.yaml:80:7
%3062 = pow %2701, %3058 : f64[] @ models/lib/nn.yaml:80:7
%3063 = sub %2686, %3062 : f64[] @ models/lib/nn.yaml:80:7
%3064 = sqrt %3063 : f64[] @ models/lib/nn.yaml:80:7
%3065 = div %2686, %3064 : f64[] @ models/lib/nn.yaml:80:7
%3066 = sqrt %3057 : f32[16] @ models/lib/nn.yaml:80:7
%3067 = cast %3065 : f32[] @ models/lib/nn.yaml:80:7
%3068 = broadcast %3067 : f32[16] @ models/lib/nn.yaml:80:7
%3069 = mul %3066, %3068 : f32[16] @ models/lib/nn.yaml:80:7
%3070 = add %3069, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%3071 = div %3053, %3070 : f32[16] @ models/lib/nn.yaml:80:7
%3072 = cast %3061 : f32[] @ models/lib/nn.yaml:80:7
%3073 = broadcast %3072 : f32[16] @ models/lib/nn.yaml:80:7
%3074 = mul %3071, %3073 : f32[16] @ models/lib/nn.yaml:80:7
%3075 = sub %13, %3074 : f32[16] @ models/lib/nn.yaml:80:7
%3076 = assign %13, %3075 : f32[16] @ models/lib/nn.yaml:80:7
%3077 = assign %3047, %3053 : f32[16] @ models/lib/nn.yaml:80:7
%3078 = assign %3048, %3057 : f32[16] @ models/lib/nn.yaml:80:7
%3079 = assign %3049, %3050 : i64[] @ models/lib/nn.yaml:80:7
%3080 = mul %97, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%3081 = mul %3075, %2827 : f32[16] @ models/lib/nn.yaml:80:7
%3082 = add %3080, %3081 : f32[16] @ models/lib/nn.yaml:80:7
%3083 = assign %97, %3082 : f32[16] @ models/lib/nn.yaml:80:7
%3084 = all_reduce_sum %2562 : f32[16] @ models/lib/nn.yaml:89:7
%3085 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3086 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3087 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3088 = add %3087, %2683 : i64[] @ models/lib/nn.yaml:89:7
%3089 = mul %3084, %2791 : f32[16] @ models/lib/nn.yaml:89:7
%3090 = mul %3085, %2793 : f32[16] @ models/lib/nn.yaml:89:7
%3091 = add %3090, %3089 : f32[16] @ models/lib/nn.yaml:89:7
%3092 = mul %3084, %3084 : f32[16] @ models/lib/nn.yaml:89:7
%3093 = mul %3092, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%3094 = mul %3086, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%3095 = add %3094, %3093 : f32[16] @ models/lib/nn.yaml:89:7
%3096 = cast %3088 : f64[] @ models/lib/nn.yaml:89:7
%3097 = pow %2693, %3096 : f64[] @ models/lib/nn.yaml:89:7
%3098 = sub %2686, %3097 : f64[] @ models/lib/nn.yaml:89:7
%3099 = div %1614, %3098 : f64[] @ models/lib/nn.yaml:89:7
%3100 = pow %2701, %3096 : f64[] @ models/lib/nn.yaml:89:7
%3101 = sub %2686, %3100 : f64[] @ models/lib/nn.yaml:89:7
%3102 = sqrt %3101 : f64[] @ models/lib/nn.yaml:89:7
%3103 = div %2686, %3102 : f64[] @ models/lib/nn.yaml:89:7
%3104 = sqrt %3095 : f32[16] @ models/lib/nn.yaml:89:7
%3105 = cast %3103 : f32[] @ models/lib/nn.yaml:89:7
%3106 = broadcast %3105 : f32[16] @ models/lib/nn.yaml:89:7
%3107 = mul %3104, %3106 : f32[16] @ models/lib/nn.yaml:89:7
%3108 = add %3107, %2814 : f32[16] @ models/lib/nn.yaml:89:7
%3109 = div %3091, %3108 : f32[16] @ models/lib/nn.yaml:89:7
%3110 = cast %3099 : f32[] @ models/lib/nn.yaml:89:7
%3111 = broadcast %3110 : f32[16] @ models/lib/nn.yaml:89:7
%3112 = mul %3109, %3111 : f32[16] @ models/lib/nn.yaml:89:7
%3113 = sub %14, %3112 : f32[16] @ models/lib/nn.yaml:89:7
%3114 = assign %14, %3113 : f32[16] @ models/lib/nn.yaml:89:7
%3115 = assign %3085, %3091 : f32[16] @ models/lib/nn.yaml:89:7
%3116 = assign %3086, %3095 : f32[16] @ models/lib/nn.yaml:89:7
%3117 = assign %3087, %3088 : i64[] @ models/lib/nn.yaml:89:7
%3118 = mul %98, %2825 : f32[16] @ models/lib/nn.yaml:89:7
%3119 = mul %3113, %2827 : f32[16] @ models/lib/nn.yaml:89:7
%3120 = add %3118, %3119 : f32[16] @ models/lib/nn.yaml:89:7
%3121 = assign %98, %3120 : f32[16] @ models/lib/nn.yaml:89:7
%3122 = all_reduce_sum %2558 : f32[16] @ models/lib/nn.yaml:90:7
%3123 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3124 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3125 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3126 = add %3125, %2683 : i64[] @ models/lib/nn.yaml:90:7
%3127 = mul %3122, %2791 : f32[16] @ models/lib/nn.yaml:90:7
%3128 = mul %3123, %2793 : f32[16] @ models/lib/nn.yaml:90:7
%3129 = add %3128, %3127 : f32[16] @ models/lib/nn.yaml:90:7
%3130 = mul %3122, %3122 : f32[16] @ models/lib/nn.yaml:90:7
%3131 = mul %3130, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%3132 = mul %3124, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%3133 = add %3132, %3131 : f32[16] @ models/lib/nn.yaml:90:7
%3134 = cast %3126 : f64[] @ models/lib/nn.yaml:90:7
%3135 = pow %2693, %3134 : f64[] @ models/lib/nn.yaml:90:7
%3136 = sub %2686, %3135 : f64[] @ models/lib/nn.yaml:90:7
%3137 = div %1614, %3136 : f64[] @ models/lib/nn.yaml:90:7
%3138 = pow %2701, %3134 : f64[] @ models/lib/nn.yaml:90:7
%3139 = sub %2686, %3138 : f64[] @ models/lib/nn.yaml:90:7
%3140 = sqrt %3139 : f64[] @ models/lib/nn.yaml:90:7
%3141 = div %2686, %3140 : f64[] @ models/lib/nn.yaml:90:7
%3142 = sqrt %3133 : f32[16] @ models/lib/nn.yaml:90:7
%3143 = cast %3141 : f32[] @ models/lib/nn.yaml:90:7
%3144 = broadcast %3143 : f32[16] @ models/lib/nn.yaml:90:7
%3145 = mul %3142, %3144 : f32[16] @ models/lib/nn.yaml:90:7
%3146 = add %3145, %2814 : f32[16] @ models/lib/nn.yaml:90:7
%3147 = div %3129, %3146 : f32[16] @ models/lib/nn.yaml:90:7
%3148 = cast %3137 : f32[] @ models/lib/nn.yaml:90:7
%3149 = broadcast %3148 : f32[16] @ models/lib/nn.yaml:90:7
%3150 = mul %3147, %3149 : f32[16] @ models/lib/nn.yaml:90:7
%3151 = sub %15, %3150 : f32[16] @ models/lib/nn.yaml:90:7
%3152 = assign %15, %3151 : f32[16] @ models/lib/nn.yaml:90:7
%3153 = assign %3123, %3129 : f32[16] @ models/lib/nn.yaml:90:7
%3154 = assign %3124, %3133 : f32[16] @ models/lib/nn.yaml:90:7
%3155 = assign %3125, %3126 : i64[] @ models/lib/nn.yaml:90:7
%3156 = mul %99, %2825 : f32[16] @ models/lib/nn.yaml:90:7
%3157 = mul %3151, %2827 : f32[16] @ models/lib/nn.yaml:90:7
%3158 = add %3156, %3157 : f32[16] @ models/lib/nn.yaml:90:7
%3159 = assign %99, %3158 : f32[16] @ models/lib/nn.yaml:90:7
%3160 = all_reduce_sum %2554 : f32[64,16] @ models/lib/nn.yaml:79:7
%3161 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3162 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3163 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3164 = add %3163, %2683 : i64[] @ models/lib/nn.yaml:79:7
%3165 = broadcast %2688 : f32[64,16] @ models/lib/nn.yaml:79:7
%3166 = mul %16, %3165 : f32[64,16] @ models/lib/nn.yaml:79:7
%3167 = broadcast %1617 : f32[64,16] @ models/lib/nn.yaml:79:7
%3168 = mul %3160, %3167 : f32[64,16] @ models/lib/nn.yaml:79:7
%3169 = broadcast %1020 : f32[64,16] @ models/lib/nn.yaml:79:7
%3170 = mul %3161, %3169 : f32[64,16] @ models/lib/nn.yaml:79:7
%3171 = add %3170, %3168 : f32[64,16] @ models/lib/nn.yaml:79:7
%3172 = mul %3160, %3160 : f32[64,16] @ models/lib/nn.yaml:79:7
%3173 = broadcast %2698 : f32[64,16] @ models/lib/nn.yaml:79:7
%3174 = mul %3172, %3173 : f32[64,16] @ models/lib/nn.yaml:79:7
%3175 = broadcast %2702 : f32[64,16] @ models/lib/nn.yaml:79:7
%3176 = mul %3162, %3175 : f32[64,16] @ models/lib/nn.yaml:79:7
%3177 = add %3176, %3174 : f32[64,16] @ models/lib/nn.yaml:79:7
%3178 = cast %3164 : f64[] @ models/lib/nn.yaml:79:7
%3179 = pow %2693, %3178 : f64[] @ models/lib/nn.yaml:79:7
%3180 = sub %2686, %3179 : f64[] @ models/lib/nn.yaml:79:7
%3181 = div %1614, %3180 : f64[] @ models/lib/nn.yaml:79:7
%3182 = pow %2701, %3178 : f64[] @ models/lib/nn.yaml:79:7
%3183 = sub %2686, %3182 : f64[] @ models/lib/nn.yaml:79:7
%3184 = sqrt %3183 : f64[] @ models/lib/nn.yaml:79:7
%3185 = div %2686, %3184 : f64[] @ models/lib/nn.yaml:79:7
%3186 = sqrt %3177 : f32[64,16] @ models/lib/nn.yaml:79:7
%3187 = cast %3185 : f32[] @ models/lib/nn.yaml:79:7
%3188 = broadcast %3187 : f32[64,16] @ models/lib/nn.yaml:79:7
%3189 = mul %3186, %3188 : f32[64,16] @ models/lib/nn.yaml:79:7
%3190 = broadcast %2718 : f32[64,16] @ models/lib/nn.yaml:79:7
%3191 = add %3189, %3190 : f32[64,16] @ models/lib/nn.yaml:79:7
%3192 = div %3171, %3191 : f32[64,16] @ models/lib/nn.yaml:79:7
%3193 = cast %3181 : f32[] @ models/lib/nn.yaml:79:7
%3194 = broadcast %3193 : f32[64,16] @ models/lib/nn.yaml:79:7
%3195 = mul %3192, %3194 : f32[64,16] @ models/lib/nn.yaml:79:7
%3196 = sub %3166, %3195 : f32[64,16] @ models/lib/nn.yaml:79:7
%3197 = assign %16, %3196 : f32[64,16] @ models/lib/nn.yaml:79:7
%3198 = assign %3161, %3171 : f32[64,16] @ models/lib/nn.yaml:79:7
%3199 = assign %3162, %3177 : f32[64,16] @ models/lib/nn.yaml:79:7
%3200 = assign %3163, %3164 : i64[] @ models/lib/nn.yaml:79:7
%3201 = broadcast %2730 : f32[64,16] @ models/lib/nn.yaml:79:7
%3202 = mul %100, %3201 : f32[64,16] @ models/lib/nn.yaml:79:7
%3203 = broadcast %2734 : f32[64,16] @ models/lib/nn.yaml:79:7
%3204 = mul %3196, %3203 : f32[64,16] @ models/lib/nn.yaml:79:7
%3205 = add %3202, %3204 : f32[64,16] @ models/lib/nn.yaml:79:7
%3206 = assign %100, %3205 : f32[64,16] @ models/lib/nn.yaml:79:7
%3207 = all_reduce_sum %2550 : f32[64] @ models/lib/nn.yaml:80:7
%3208 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3209 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3210 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3211 = add %3210, %2683 : i64[] @ models/lib/nn.yaml:80:7
%3212 = broadcast %1617 : f32[64] @ models/lib/nn.yaml:80:7
%3213 = mul %3207, %3212 : f32[64] @ models/lib/nn.yaml:80:7
%3214 = broadcast %1020 : f32[64] @ models/lib/nn.yaml:80:7
%3215 = mul %3208, %3214 : f32[64] @ models/lib/nn.yaml:80:7
%3216 = add %3215, %3213 : f32[64] @ models/lib/nn.yaml:80:7
%3217 = mul %3207, %3207 : f32[64] @ models/lib/nn.yaml:80:7
%3218 = broadcast %2698 : f32[64] @ models/lib/nn.yaml:80:7
%3219 = mul %3217, %3218 : f32[64] @ models/lib/nn.yaml:80:7
%3220 = broadcast %2702 : f32[64] @ models/lib/nn.yaml:80:7
%3221 = mul %3209, %3220 : f32[64] @ models/lib/nn.yaml:80:7
%3222 = add %3221, %3219 : f32[64] @ models/lib/nn.yaml:80:7
%3223 = cast %3211 : f64[] @ models/lib/nn.yaml:80:7
%3224 = pow %2693, %3223 : f64[] @ models/lib/nn.yaml:80:7
%3225 = sub %2686, %3224 : f64[] @ models/lib/nn.yaml:80:7
%3226 = div %1614, %3225 : f64[] @ models/lib/nn.yaml:80:7
%3227 = pow %2701, %3223 : f64[] @ models/lib/nn.yaml:80:7
%3228 = sub %2686, %3227 : f64[] @ models/lib/nn.yaml:80:7
%3229 = sqrt %3228 : f64[] @ models/lib/nn.yaml:80:7
%3230 = div %2686, %3229 : f64[] @ models/lib/nn.yaml:80:7
%3231 = sqrt %3222 : f32[64] @ models/lib/nn.yaml:80:7
%3232 = cast %3230 : f32[] @ models/lib/nn.yaml:80:7
%3233 = broadcast %3232 : f32[64] @ models/lib/nn.yaml:80:7
%3234 = mul %3231, %3233 : f32[64] @ models/lib/nn.yaml:80:7
%3235 = broadcast %2718 : f32[64] @ models/lib/nn.yaml:80:7
%3236 = add %3234, %3235 : f32[64] @ models/lib/nn.yaml:80:7
%3237 = div %3216, %3236 : f32[64] @ models/lib/nn.yaml:80:7
%3238 = cast %3226 : f32[] @ models/lib/nn.yaml:80:7
%3239 = broadcast %3238 : f32[64] @ models/lib/nn.yaml:80:7
%3240 = mul %3237, %3239 : f32[64] @ models/lib/nn.yaml:80:7
%3241 = sub %17, %3240 : f32[64] @ models/lib/nn.yaml:80:7
%3242 = assign %17, %3241 : f32[64] @ models/lib/nn.yaml:80:7
%3243 = assign %3208, %3216 : f32[64] @ models/lib/nn.yaml:80:7
%3244 = assign %3209, %3222 : f32[64] @ models/lib/nn.yaml:80:7
%3245 = assign %3210, %3211 : i64[] @ models/lib/nn.yaml:80:7
%3246 = broadcast %2730 : f32[64] @ models/lib/nn.yaml:80:7
%3247 = mul %101, %3246 : f32[64] @ models/lib/nn.yaml:80:7
%3248 = broadcast %2734 : f32[64] @ models/lib/nn.yaml:80:7
%3249 = mul %3241, %3248 : f32[64] @ models/lib/nn.yaml:80:7
%3250 = add %3247, %3249 : f32[64] @ models/lib/nn.yaml:80:7
%3251 = assign %101, %3250 : f32[64] @ models/lib/nn.yaml:80:7
%3252 = all_reduce_sum %2536 : f32[16,64] @ models/lib/nn.yaml:79:7
%3253 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3254 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3255 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3256 = add %3255, %2683 : i64[] @ models/lib/nn.yaml:79:7
%3257 = broadcast %2688 : f32[16,64] @ models/lib/nn.yaml:79:7
%3258 = mul %18, %3257 : f32[16,64] @ models/lib/nn.yaml:79:7
%3259 = broadcast %1617 : f32[16,64] @ models/lib/nn.yaml:79:7
%3260 = mul %3252, %3259 : f32[16,64] @ models/lib/nn.yaml:79:7
%3261 = broadcast %1020 : f32[16,64] @ models/lib/nn.yaml:79:7
%3262 = mul %3253, %3261 : f32[16,64] @ models/lib/nn.yaml:79:7
%3263 = add %3262, %3260 : f32[16,64] @ models/lib/nn.yaml:79:7
%3264 = mul %3252, %3252 : f32[16,64] @ models/lib/nn.yaml:79:7
%3265 = broadcast %2698 : f32[16,64] @ models/lib/nn.yaml:79:7
%3266 = mul %3264, %3265 : f32[16,64] @ models/lib/nn.yaml:79:7
%3267 = broadcast %2702 : f32[16,64] @ models/lib/nn.yaml:79:7
%3268 = mul %3254, %3267 : f32[16,64] @ models/lib/nn.yaml:79:7
%3269 = add %3268, %3266 : f32[16,64] @ models/lib/nn.yaml:79:7
%3270 = cast %3256 : f64[] @ models/lib/nn.yaml:79:7
%3271 = pow %2693, %3270 : f64[] @ models/lib/nn.yaml:79:7
%3272 = sub %2686, %3271 : f64[] @ models/lib/nn.yaml:79:7
%3273 = div %1614, %3272 : f64[] @ models/lib/nn.yaml:79:7
%3274 = pow %2701, %3270 : f64[] @ models/lib/nn.yaml:79:7
%3275 = sub %2686, %3274 : f64[] @ models/lib/nn.yaml:79:7
%3276 = sqrt %3275 : f64[] @ models/lib/nn.yaml:79:7
%3277 = div %2686, %3276 : f64[] @ models/lib/nn.yaml:79:7
%3278 = sqrt %3269 : f32[16,64] @ models/lib/nn.yaml:79:7
%3279 = cast %3277 : f32[] @ models/lib/nn.yaml:79:7
%3280 = broadcast %3279 : f32[16,64] @ models/lib/nn.yaml:79:7
%3281 = mul %3278, %3280 : f32[16,64] @ models/lib/nn.yaml:79:7
%3282 = broadcast %2718 : f32[16,64] @ models/lib/nn.yaml:79:7
%3283 = add %3281, %3282 : f32[16,64] @ models/lib/nn.yaml:79:7
%3284 = div %3263, %3283 : f32[16,64] @ models/lib/nn.yaml:79:7
%3285 = cast %3273 : f32[] @ models/lib/nn.yaml:79:7
%3286 = broadcast %3285 : f32[16,64] @ models/lib/nn.yaml:79:7
%3287 = mul %3284, %3286 : f32[16,64] @ models/lib/nn.yaml:79:7
%3288 = sub %3258, %3287 : f32[16,64] @ models/lib/nn.yaml:79:7
%3289 = assign %18, %3288 : f32[16,64] @ models/lib/nn.yaml:79:7
%3290 = assign %3253, %3263 : f32[16,64] @ models/lib/nn.yaml:79:7
%3291 = assign %3254, %3269 : f32[16,64] @ models/lib/nn.yaml:79:7
%3292 = assign %3255, %3256 : i64[] @ models/lib/nn.yaml:79:7
%3293 = broadcast %2730 : f32[16,64] @ models/lib/nn.yaml:79:7
%3294 = mul %102, %3293 : f32[16,64] @ models/lib/nn.yaml:79:7
%3295 = broadcast %2734 : f32[16,64] @ models/lib/nn.yaml:79:7
%3296 = mul %3288, %3295 : f32[16,64] @ models/lib/nn.yaml:79:7
%3297 = add %3294, %3296 : f32[16,64] @ models/lib/nn.yaml:79:7
%3298 = assign %102, %3297 : f32[16,64] @ models/lib/nn.yaml:79:7
%3299 = all_reduce_sum %2532 : f32[16] @ models/lib/nn.yaml:80:7
%3300 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3301 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3302 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3303 = add %3302, %2683 : i64[] @ models/lib/nn.yaml:80:7
%3304 = mul %3299, %2791 : f32[16] @ models/lib/nn.yaml:80:7
%3305 = mul %3300, %2793 : f32[16] @ models/lib/nn.yaml:80:7
%3306 = add %3305, %3304 : f32[16] @ models/lib/nn.yaml:80:7
%3307 = mul %3299, %3299 : f32[16] @ models/lib/nn.yaml:80:7
%3308 = mul %3307, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%3309 = mul %3301, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%3310 = add %3309, %3308 : f32[16] @ models/lib/nn.yaml:80:7
%3311 = cast %3303 : f64[] @ models/lib/nn.yaml:80:7
%3312 = pow %2693, %3311 : f64[] @ models/lib/nn.yaml:80:7
%3313 = sub %2686, %3312 : f64[] @ models/lib/nn.yaml:80:7
%3314 = div %1614, %3313 : f64[] @ models/lib/nn.yaml:80:7
%3315 = pow %2701, %3311 : f64[] @ models/lib/nn.yaml:80:7
%3316 = sub %2686, %3315 : f64[] @ models/lib/nn.yaml:80:7
%3317 = sqrt %3316 : f64[] @ models/lib/nn.yaml:80:7
%3318 = div %2686, %3317 : f64[] @ models/lib/nn.yaml:80:7
%3319 = sqrt %3310 : f32[16] @ models/lib/nn.yaml:80:7
%3320 = cast %3318 : f32[] @ models/lib/nn.yaml:80:7
%3321 = broadcast %3320 : f32[16] @ models/lib/nn.yaml:80:7
%3322 = mul %3319, %3321 : f32[16] @ models/lib/nn.yaml:80:7
%3323 = add %3322, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%3324 = div %3306, %3323 : f32[16] @ models/lib/nn.yaml:80:7
%3325 = cast %3314 : f32[] @ models/lib/nn.yaml:80:7
%3326 = broadcast %3325 : f32[16] @ models/lib/nn.yaml:80:7
%3327 = mul %3324, %3326 : f32[16] @ models/lib/nn.yaml:80:7
%3328 = sub %19, %3327 : f32[16] @ models/lib/nn.yaml:80:7
%3329 = assign %19, %3328 : f32[16] @ models/lib/nn.yaml:80:7
%3330 = assign %3300, %3306 : f32[16] @ models/lib/nn.yaml:80:7
%3331 = assign %3301, %3310 : f32[16] @ models/lib/nn.yaml:80:7
%3332 = assign %3302, %3303 : i64[] @ models/lib/nn.yaml:80:7
%3333 = mul %103, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%3334 = mul %3328, %2827 : f32[16] @ models/lib/nn.yaml:80:7
%3335 = add %3333, %3334 : f32[16] @ models/lib/nn.yaml:80:7
%3336 = assign %103, %3335 : f32[16] @ models/lib/nn.yaml:80:7
%3337 = all_reduce_sum %2510 : f32[16] @ models/lib/nn.yaml:89:7
%3338 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3339 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3340 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3341 = add %3340, %2683 : i64[] @ models/lib/nn.yaml:89:7
%3342 = mul %3337, %2791 : f32[16] @ models/lib/nn.yaml:89:7
%3343 = mul %3338, %2793 : f32[16] @ models/lib/nn.yaml:89:7
%3344 = add %3343, %3342 : f32[16] @ models/lib/nn.yaml:89:7
%3345 = mul %3337, %3337 : f32[16] @ models/lib/nn.yaml:89:7
%3346 = mul %3345, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%3347 = mul %3339, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%3348 = add %3347, %3346 : f32[16] @ models/lib/nn.yaml:89:7
%3349 = cast %3341 : f64[] @ models/lib/nn.yaml:89:7
%3350 = pow %2693, %3349 : f64[] @ models/lib/nn.yaml:89:7
%3351 = sub %2686, %3350 : f64[] @ models/lib/nn.yaml:89:7
%3352 = div %1614, %3351 : f64[] @ models/lib/nn.yaml:89:7
%3353 = pow %2701, %3349 : f64[] @ models/lib/nn.yaml:89:7
%3354 = sub %2686, %3353 : f64[] @ models/lib/nn.yaml:89:7
%3355 = sqrt %3354 : f64[] @ models/lib/nn.yaml:89:7
%3356 = div %2686, %3355 : f64[] @ models/lib/nn.yaml:89:7
%3357 = sqrt %3348 : f32[16] @ models/lib/nn.yaml:89:7
%3358 = cast %3356 : f32[] @ models/lib/nn.yaml:89:7
%3359 = broadcast %3358 : f32[16] @ models/lib/nn.yaml:89:7
%3360 = mul %3357, %3359 : f32[16] @ models/lib/nn.yaml:89:7
%3361 = add %3360, %2814 : f32[16] @ models/lib/nn.yaml:89:7
%3362 = div %3344, %3361 : f32[16] @ models/lib/nn.yaml:89:7
%3363 = cast %3352 : f32[] @ models/lib/nn.yaml:89:7
%3364 = broadcast %3363 : f32[16] @ models/lib/nn.yaml:89:7
%3365 = mul %3362, %3364 : f32[16] @ models/lib/nn.yaml:89:7
%3366 = sub %20, %3365 : f32[16] @ models/lib/nn.yaml:89:7
%3367 = assign %20, %3366 : f32[16] @ models/lib/nn.yaml:89:7
%3368 = assign %3338, %3344 : f32[16] @ models/lib/nn.yaml:89:7
%3369 = assign %3339, %3348 : f32[16] @ models/lib/nn.yaml:89:7
%3370 = assign %3340, %3341 : i64[] @ models/lib/nn.yaml:89:7
%3371 = mul %104, %2825 : f32[16] @ models/lib/nn.yaml:89:7
%3372 = mul %3366, %2827 : f32[16] @ models/lib/nn.yaml:89:7
%3373 = add %3371, %3372 : f32[16] @ models/lib/nn.yaml:89:7
%3374 = assign %104, %3373 : f32[16] @ models/lib/nn.yaml:89:7
%3375 = all_reduce_sum %2506 : f32[16] @ models/lib/nn.yaml:90:7
%3376 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3377 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3378 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3379 = add %3378, %2683 : i64[] @ models/lib/nn.yaml:90:7
%3380 = mul %3375, %2791 : f32[16] @ models/lib/nn.yaml:90:7
%3381 = mul %3376, %2793 : f32[16] @ models/lib/nn.yaml:90:7
%3382 = add %3381, %3380 : f32[16] @ models/lib/nn.yaml:90:7
%3383 = mul %3375, %3375 : f32[16] @ models/lib/nn.yaml:90:7
%3384 = mul %3383, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%3385 = mul %3377, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%3386 = add %3385, %3384 : f32[16] @ models/lib/nn.yaml:90:7
%3387 = cast %3379 : f64[] @ models/lib/nn.yaml:90:7
%3388 = pow %2693, %3387 : f64[] @ models/lib/nn.yaml:90:7
%3389 = sub %2686, %3388 : f64[] @ models/lib/nn.yaml:90:7
%3390 = div %1614, %3389 : f64[] @ models/lib/nn.yaml:90:7
%3391 = pow %2701, %3387 : f64[] @ models/lib/nn.yaml:90:7
%3392 = sub %2686, %3391 : f64[] @ models/lib/nn.yaml:90:7
%3393 = sqrt %3392 : f64[] @ models/lib/nn.yaml:90:7
%3394 = div %2686, %3393 : f64[] @ models/lib/nn.yaml:90:7
%3395 = sqrt %3386 : f32[16] @ models/lib/nn.yaml:90:7
%3396 = cast %3394 : f32[] @ models/lib/nn.yaml:90:7
%3397 = broadcast %3396 : f32[16] @ models/lib/nn.yaml:90:7
%3398 = mul %3395, %3397 : f32[16] @ models/lib/nn.yaml:90:7
%3399 = add %3398, %2814 : f32[16] @ models/lib/nn.yaml:90:7
%3400 = div %3382, %3399 : f32[16] @ models/lib/nn.yaml:90:7
%3401 = cast %3390 : f32[] @ models/lib/nn.yaml:90:7
%3402 = broadcast %3401 : f32[16] @ models/lib/nn.yaml:90:7
%3403 = mul %3400, %3402 : f32[16] @ models/lib/nn.yaml:90:7
%3404 = sub %21, %3403 : f32[16] @ models/lib/nn.yaml:90:7
%3405 = assign %21, %3404 : f32[16] @ models/lib/nn.yaml:90:7
%3406 = assign %3376, %3382 : f32[16] @ models/lib/nn.yaml:90:7
%3407 = assign %3377, %3386 : f32[16] @ models/lib/nn.yaml:90:7
%3408 = assign %3378, %3379 : i64[] @ models/lib/nn.yaml:90:7
%3409 = mul %105, %2825 : f32[16] @ models/lib/nn.yaml:90:7
%3410 = mul %3404, %2827 : f32[16] @ models/lib/nn.yaml:90:7
%3411 = add %3409, %3410 : f32[16] @ models/lib/nn.yaml:90:7
%3412 = assign %105, %3411 : f32[16] @ models/lib/nn.yaml:90:7
%3413 = all_reduce_sum %2502 : f32[48,16] @ models/lib/nn.yaml:79:7
%3414 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3415 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3416 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3417 = add %3416, %2683 : i64[] @ models/lib/nn.yaml:79:7
%3418 = mul %22, %2912 : f32[48,16] @ models/lib/nn.yaml:79:7
%3419 = mul %3413, %2914 : f32[48,16] @ models/lib/nn.yaml:79:7
%3420 = mul %3414, %2916 : f32[48,16] @ models/lib/nn.yaml:79:7
%3421 = add %3420, %3419 : f32[48,16] @ models/lib/nn.yaml:79:7
%3422 = mul %3413, %3413 : f32[48,16] @ models/lib/nn.yaml:79:7
%3423 = mul %3422, %2920 : f32[48,16] @ models/lib/nn.yaml:79:7
%3424 = mul %3415, %2922 : f32[48,16] @ models/lib/nn.yaml:79:7
%3425 = add %3424, %3423 : f32[48,16] @ models/lib/nn.yaml:79:7
%3426 = cast %3417 : f64[] @ models/lib/nn.yaml:79:7
%3427 = pow %2693, %3426 : f64[] @ models/lib/nn.yaml:79:7
%3428 = sub %2686, %3427 : f64[] @ models/lib/nn.yaml:79:7
%3429 = div %1614, %3428 : f64[] @ models/lib/nn.yaml:79:7
%3430 = pow %2701, %3426 : f64[] @ models/lib/nn.yaml:79:7
%3431 = sub %2686, %3430 : f64[] @ models/lib/nn.yaml:79:7
%3432 = sqrt %3431 : f64[] @ models/lib/nn.yaml:79:7
%3433 = div %2686, %3432 : f64[] @ models/lib/nn.yaml:79:7
%3434 = sqrt %3425 : f32[48,16] @ models/lib/nn.yaml:79:7
%3435 = cast %3433 : f32[] @ models/lib/nn.yaml:79:7
%3436 = broadcast %3435 : f32[48,16] @ models/lib/nn.yaml:79:7
%3437 = mul %3434, %3436 : f32[48,16] @ models/lib/nn.yaml:79:7
%3438 = add %3437, %2937 : f32[48,16] @ models/lib/nn.yaml:79:7
%3439 = div %3421, %3438 : f32[48,16] @ models/lib/nn.yaml:79:7
%3440 = cast %3429 : f32[] @ models/lib/nn.yaml:79:7
%3441 = broadcast %3440 : f32[48,16] @ models/lib/nn.yaml:79:7
%3442 = mul %3439, %3441 : f32[48,16] @ models/lib/nn.yaml:79:7
%3443 = sub %3418, %3442 : f32[48,16] @ models/lib/nn.yaml:79:7
%3444 = assign %22, %3443 : f32[48,16] @ models/lib/nn.yaml:79:7
%3445 = assign %3414, %3421 : f32[48,16] @ models/lib/nn.yaml:79:7
%3446 = assign %3415, %3425 : f32[48,16] @ models/lib/nn.yaml:79:7
%3447 = assign %3416, %3417 : i64[] @ models/lib/nn.yaml:79:7
%3448 = mul %106, %2948 : f32[48,16] @ models/lib/nn.yaml:79:7
%3449 = mul %3443, %2950 : f32[48,16] @ models/lib/nn.yaml:79:7
%3450 = add %3448, %3449 : f32[48,16] @ models/lib/nn.yaml:79:7
%3451 = assign %106, %3450 : f32[48,16] @ models/lib/nn.yaml:79:7
%3452 = all_reduce_sum %2498 : f32[48] @ models/lib/nn.yaml:80:7
%3453 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3454 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3455 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3456 = add %3455, %2683 : i64[] @ models/lib/nn.yaml:80:7
%3457 = mul %3452, %2959 : f32[48] @ models/lib/nn.yaml:80:7
%3458 = mul %3453, %2961 : f32[48] @ models/lib/nn.yaml:80:7
%3459 = add %3458, %3457 : f32[48] @ models/lib/nn.yaml:80:7
%3460 = mul %3452, %3452 : f32[48] @ models/lib/nn.yaml:80:7
%3461 = mul %3460, %2965 : f32[48] @ models/lib/nn.yaml:80:7
%3462 = mul %3454, %2967 : f32[48] @ models/lib/nn.yaml:80:7
%3463 = add %3462, %3461 : f32[48] @ models/lib/nn.yaml:80:7
%3464 = cast %3456 : f64[] @ models/lib/nn.yaml:80:7
%3465 = pow %2693, %3464 : f64[] @ models/lib/nn.yaml:80:7
%3466 = sub %2686, %3465 : f64[] @ models/lib/nn.yaml:80:7
%3467 = div %1614, %3466 : f64[] @ models/lib/nn.yaml:80:7
%3468 = pow %2701, %3464 : f64[] @ models/lib/nn.yaml:80:7
%3469 = sub %2686, %3468 : f64[] @ models/lib/nn.yaml:80:7
%3470 = sqrt %3469 : f64[] @ models/lib/nn.yaml:80:7
%3471 = div %2686, %3470 : f64[] @ models/lib/nn.yaml:80:7
%3472 = sqrt %3463 : f32[48] @ models/lib/nn.yaml:80:7
%3473 = cast %3471 : f32[] @ models/lib/nn.yaml:80:7
%3474 = broadcast %3473 : f32[48] @ models/lib/nn.yaml:80:7
%3475 = mul %3472, %3474 : f32[48] @ models/lib/nn.yaml:80:7
%3476 = add %3475, %2982 : f32[48] @ models/lib/nn.yaml:80:7
%3477 = div %3459, %3476 : f32[48] @ models/lib/nn.yaml:80:7
%3478 = cast %3467 : f32[] @ models/lib/nn.yaml:80:7
%3479 = broadcast %3478 : f32[48] @ models/lib/nn.yaml:80:7
%3480 = mul %3477, %3479 : f32[48] @ models/lib/nn.yaml:80:7
%3481 = sub %23, %3480 : f32[48] @ models/lib/nn.yaml:80:7
%3482 = assign %23, %3481 : f32[48] @ models/lib/nn.yaml:80:7
%3483 = assign %3453, %3459 : f32[48] @ models/lib/nn.yaml:80:7
%3484 = assign %3454, %3463 : f32[48] @ models/lib/nn.yaml:80:7
%3485 = assign %3455, %3456 : i64[] @ models/lib/nn.yaml:80:7
%3486 = mul %107, %2993 : f32[48] @ models/lib/nn.yaml:80:7
%3487 = mul %3481, %2995 : f32[48] @ models/lib/nn.yaml:80:7
%3488 = add %3486, %3487 : f32[48] @ models/lib/nn.yaml:80:7
%3489 = assign %107, %3488 : f32[48] @ models/lib/nn.yaml:80:7
%3490 = all_reduce_sum %2447 : f32[16,16] @ models/lib/nn.yaml:79:7
%3491 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3492 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3493 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3494 = add %3493, %2683 : i64[] @ models/lib/nn.yaml:79:7
%3495 = mul %24, %3004 : f32[16,16] @ models/lib/nn.yaml:79:7
%3496 = mul %3490, %3006 : f32[16,16] @ models/lib/nn.yaml:79:7
%3497 = mul %3491, %3008 : f32[16,16] @ models/lib/nn.yaml:79:7
%3498 = add %3497, %3496 : f32[16,16] @ models/lib/nn.yaml:79:7
%3499 = mul %3490, %3490 : f32[16,16] @ models/lib/nn.yaml:79:7
%3500 = mul %3499, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%3501 = mul %3492, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%3502 = add %3501, %3500 : f32[16,16] @ models/lib/nn.yaml:79:7
%3503 = cast %3494 : f64[] @ models/lib/nn.yaml:79:7
%3504 = pow %2693, %3503 : f64[] @ models/lib/nn.yaml:79:7
%3505 = sub %2686, %3504 : f64[] @ models/lib/nn.yaml:79:7
%3506 = div %1614, %3505 : f64[] @ models/lib/nn.yaml:79:7
%3507 = pow %2701, %3503 : f64[] @ models/lib/nn.yaml:79:7
%3508 = sub %2686, %3507 : f64[] @ models/lib/nn.yaml:79:7
%3509 = sqrt %3508 : f64[] @ models/lib/nn.yaml:79:7
%3510 = div %2686, %3509 : f64[] @ models/lib/nn.yaml:79:7
%3511 = sqrt %3502 : f32[16,16] @ models/lib/nn.yaml:79:7
%3512 = cast %3510 : f32[] @ models/lib/nn.yaml:79:7
%3513 = broadcast %3512 : f32[16,16] @ models/lib/nn.yaml:79:7
%3514 = mul %3511, %3513 : f32[16,16] @ models/lib/nn.yaml:79:7
%3515 = add %3514, %3029 : f32[16,16] @ models/lib/nn.yaml:79:7
%3516 = div %3498, %3515 : f32[16,16] @ models/lib/nn.yaml:79:7
%3517 = cast %3506 : f32[] @ models/lib/nn.yaml:79:7
%3518 = broadcast %3517 : f32[16,16] @ models/lib/nn.yaml:79:7
%3519 = mul %3516, %3518 : f32[16,16] @ models/lib/nn.yaml:79:7
%3520 = sub %3495, %3519 : f32[16,16] @ models/lib/nn.yaml:79:7
%3521 = assign %24, %3520 : f32[16,16] @ models/lib/nn.yaml:79:7
%3522 = assign %3491, %3498 : f32[16,16] @ models/lib/nn.yaml:79:7
%3523 = assign %3492, %3502 : f32[16,16] @ models/lib/nn.yaml:79:7
%3524 = assign %3493, %3494 : i64[] @ models/lib/nn.yaml:79:7
%3525 = mul %108, %3040 : f32[16,16] @ models/lib/nn.yaml:79:7
%3526 = mul %3520, %3042 : f32[16,16] @ models/lib/nn.yaml:79:7
%3527 = add %3525, %3526 : f32[16,16] @ models/lib/nn.yaml:79:7
%3528 = assign %108, %3527 : f32[16,16] @ models/lib/nn.yaml:79:7
%3529 = all_reduce_sum %2443 : f32[16] @ models/lib/nn.yaml:80:7
%3530 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3531 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3532 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3533 = add %3532, %2683 : i64[] @ models/lib/nn.yaml:80:7
%3534 = mul %3529, %2791 : f32[16] @ models/lib/nn.yaml:80:7
%3535 = mul %3530, %2793 : f32[16] @ models/lib/nn.yaml:80:7
%3536 = add %3535, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%3537 = mul %3529, %3529 : f32[16] @ models/lib/nn.yaml:80:7
%3538 = mul %3537, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%3539 = mul %3531, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%3540 = add %3539, %3538 : f32[16] @ models/lib/nn.yaml:80:7
%3541 = cast %3533 : f64[] @ models/lib/nn.yaml:80:7
%3542 = pow %2693, %3541 : f64[] @ models/lib/nn.yaml:80:7
%3543 = sub %2686, %3542 : f64[] @ models/lib/nn.yaml:80:7
%3544 = div %1614, %3543 : f64[] @ models/lib/nn.yaml:80:7
%3545 = pow %2701, %3541 : f64[] @ models/lib/nn.yaml:80:7
%3546 = sub %2686, %3545 : f64[] @ models/lib/nn.yaml:80:7
%3547 = sqrt %3546 : f64[] @ models/lib/nn.yaml:80:7
%3548 = div %2686, %3547 : f64[] @ models/lib/nn.yaml:80:7
%3549 = sqrt %3540 : f32[16] @ models/lib/nn.yaml:80:7
%3550 = cast %3548 : f32[] @ models/lib/nn.yaml:80:7
%3551 = broadcast %3550 : f32[16] @ models/lib/nn.yaml:80:7
%3552 = mul %3549, %3551 : f32[16] @ models/lib/nn.yaml:80:7
%3553 = add %3552, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%3554 = div %3536, %3553 : f32[16] @ models/lib/nn.yaml:80:7
%3555 = cast %3544 : f32[] @ models/lib/nn.yaml:80:7
%3556 = broadcast %3555 : f32[16] @ models/lib/nn.yaml:80:7
%3557 = mul %3554, %3556 : f32[16] @ models/lib/nn.yaml:80:7
%3558 = sub %25, %3557 : f32[16] @ models/lib/nn.yaml:80:7
%3559 = assign %25, %3558 : f32[16] @ models/lib/nn.yaml:80:7
%3560 = assign %3530, %3536 : f32[16] @ models/lib/nn.yaml:80:7
%3561 = assign %3531, %3540 : f32[16] @ models/lib/nn.yaml:80:7
%3562 = assign %3532, %3533 : i64[] @ models/lib/nn.yaml:80:7
%3563 = mul %109, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%3564 = mul %3558, %2827 : f32[16] @ models/lib/nn.yaml:80:7
%3565 = add %3563, %3564 : f32[16] @ models/lib/nn.yaml:80:7
%3566 = assign %109, %3565 : f32[16] @ models/lib/nn.yaml:80:7
%3567 = all_reduce_sum %2418 : f32[16] @ models/lib/nn.yaml:89:7
%3568 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3569 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3570 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3571 = add %3570, %2683 : i64[] @ models/lib/nn.yaml:89:7
%3572 = mul %3567, %2791 : f32[16] @ models/lib/nn.yaml:89:7
%3573 = mul %3568, %2793 : f32[16] @ models/lib/nn.yaml:89:7
%3574 = add %3573, %3572 : f32[16] @ models/lib/nn.yaml:89:7
%3575 = mul %3567, %3567 : f32[16] @ models/lib/nn.yaml:89:7
%3576 = mul %3575, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%3577 = mul %3569, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%3578 = add %3577, %3576 : f32[16] @ models/lib/nn.yaml:89:7
%3579 = cast %3571 : f64[] @ models/lib/nn.yaml:89:7
%3580 = pow %2693, %3579 : f64[] @ models/lib/nn.yaml:89:7
%3581 = sub %2686, %3580 : f64[] @ models/lib/nn.yaml:89:7
%3582 = div %1614, %3581 : f64[] @ models/lib/nn.yaml:89:7
%3583 = pow %2701, %3579 : f64[] @ models/lib/nn.yaml:89:7
%3584 = sub %2686, %3583 : f64[] @ models/lib/nn.yaml:89:7
%3585 = sqrt %3584 : f64[] @ models/lib/nn.yaml:89:7
%3586 = div %2686, %3585 : f64[] @ models/lib/nn.yaml:89:7
%3587 = sqrt %3578 : f32[16] @ models/lib/nn.yaml:89:7
%3588 = cast %3586 : f32[] @ models/lib/nn.yaml:89:7
%3589 = broadcast %3588 : f32[16] @ models/lib/nn.yaml:89:7
%3590 = mul %3587, %3589 : f32[16] @ models/lib/nn.yaml:89:7
%3591 = add %3590, %2814 : f32[16] @ models/lib/nn.yaml:89:7
%3592 = div %3574, %3591 : f32[16] @ models/lib/nn.yaml:89:7
%3593 = cast %3582 : f32[] @ models/lib/nn.yaml:89:7
%3594 = broadcast %3593 : f32[16] @ models/lib/nn.yaml:89:7
%3595 = mul %3592, %3594 : f32[16] @ models/lib/nn.yaml:89:7
%3596 = sub %26, %3595 : f32[16] @ models/lib/nn.yaml:89:7
%3597 = assign %26, %3596 : f32[16] @ models/lib/nn.yaml:89:7
%3598 = assign %3568, %3574 : f32[16] @ models/lib/nn.yaml:89:7
%3599 = assign %3569, %3578 : f32[16] @ models/lib/nn.yaml:89:7
%3600 = assign %3570, %3571 : i64[] @ models/lib/nn.yaml:89:7
%3601 = mul %110, %2825 : f32[16] @ models/lib/nn.yaml:89:7
%3602 = mul %3596, %2827 : f32[16] @ models/lib/nn.yaml:89:7
%3603 = add %3601, %3602 : f32[16] @ models/lib/nn.yaml:89:7
%3604 = assign %110, %3603 : f32[16] @ models/lib/nn.yaml:89:7
%3605 = all_reduce_sum %2414 : f32[16] @ models/lib/nn.yaml:90:7
%3606 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3607 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3608 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3609 = add %3608, %2683 : i64[] @ models/lib/nn.yaml:90:7
%3610 = mul %3605, %2791 : f32[16] @ models/lib/nn.yaml:90:7
%3611 = mul %3606, %2793 : f32[16] @ models/lib/nn.yaml:90:7
%3612 = add %3611, %3610 : f32[16] @ models/lib/nn.yaml:90:7
%3613 = mul %3605, %3605 : f32[16] @ models/lib/nn.yaml:90:7
%3614 = mul %3613, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%3615 = mul %3607, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%3616 = add %3615, %3614 : f32[16] @ models/lib/nn.yaml:90:7
%3617 = cast %3609 : f64[] @ models/lib/nn.yaml:90:7
%3618 = pow %2693, %3617 : f64[] @ models/lib/nn.yaml:90:7
%3619 = sub %2686, %3618 : f64[] @ models/lib/nn.yaml:90:7
%3620 = div %1614, %3619 : f64[] @ models/lib/nn.yaml:90:7
%3621 = pow %2701, %3617 : f64[] @ models/lib/nn.yaml:90:7
%3622 = sub %2686, %3621 : f64[] @ models/lib/nn.yaml:90:7
%3623 = sqrt %3622 : f64[] @ models/lib/nn.yaml:90:7
%3624 = div %2686, %3623 : f64[] @ models/lib/nn.yaml:90:7
%3625 = sqrt %3616 : f32[16] @ models/lib/nn.yaml:90:7
%3626 = cast %3624 : f32[] @ models/lib/nn.yaml:90:7
%3627 = broadcast %3626 : f32[16] @ models/lib/nn.yaml:90:7
%3628 = mul %3625, %3627 : f32[16] @ models/lib/nn.yaml:90:7
%3629 = add %3628, %2814 : f32[16] @ models/lib/nn.yaml:90:7
%3630 = div %3612, %3629 : f32[16] @ models/lib/nn.yaml:90:7
%3631 = cast %3620 : f32[] @ models/lib/nn.yaml:90:7
%3632 = broadcast %3631 : f32[16] @ models/lib/nn.yaml:90:7
%3633 = mul %3630, %3632 : f32[16] @ models/lib/nn.yaml:90:7
%3634 = sub %27, %3633 : f32[16] @ models/lib/nn.yaml:90:7
%3635 = assign %27, %3634 : f32[16] @ models/lib/nn.yaml:90:7
%3636 = assign %3606, %3612 : f32[16] @ models/lib/nn.yaml:90:7
%3637 = assign %3607, %3616 : f32[16] @ models/lib/nn.yaml:90:7
%3638 = assign %3608, %3609 : i64[] @ models/lib/nn.yaml:90:7
%3639 = mul %111, %2825 : f32[16] @ models/lib/nn.yaml:90:7
%3640 = mul %3634, %2827 : f32[16] @ models/lib/nn.yaml:90:7
%3641 = add %3639, %3640 : f32[16] @ models/lib/nn.yaml:90:7
%3642 = assign %111, %3641 : f32[16] @ models/lib/nn.yaml:90:7
%3643 = all_reduce_sum %2410 : f32[64,16] @ models/lib/nn.yaml:79:7
%3644 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3645 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3646 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3647 = add %3646, %2683 : i64[] @ models/lib/nn.yaml:79:7
%3648 = mul %28, %3165 : f32[64,16] @ models/lib/nn.yaml:79:7
%3649 = mul %3643, %3167 : f32[64,16] @ models/lib/nn.yaml:79:7
%3650 = mul %3644, %3169 : f32[64,16] @ models/lib/nn.yaml:79:7
%3651 = add %3650, %3649 : f32[64,16] @ models/lib/nn.yaml:79:7
%3652 = mul %3643, %3643 : f32[64,16] @ models/lib/nn.yaml:79:7
%3653 = mul %3652, %3173 : f32[64,16] @ models/lib/nn.yaml:79:7
%3654 = mul %3645, %3175 : f32[64,16] @ models/lib/nn.yaml:79:7
%3655 = add %3654, %3653 : f32[64,16] @ models/lib/nn.yaml:79:7
%3656 = cast %3647 : f64[] @ models/lib/nn.yaml:79:7
%3657 = pow %2693, %3656 : f64[] @ models/lib/nn.yaml:79:7
%3658 = sub %2686, %3657 : f64[] @ models/lib/nn.yaml:79:7
%3659 = div %1614, %3658 : f64[] @ models/lib/nn.yaml:79:7
%3660 = pow %2701, %3656 : f64[] @ models/lib/nn.yaml:79:7
%3661 = sub %2686, %3660 : f64[] @ models/lib/nn.yaml:79:7
%3662 = sqrt %3661 : f64[] @ models/lib/nn.yaml:79:7
%3663 = div %2686, %3662 : f64[] @ models/lib/nn.yaml:79:7
%3664 = sqrt %3655 : f32[64,16] @ models/lib/nn.yaml:79:7
%3665 = cast %3663 : f32[] @ models/lib/nn.yaml:79:7
%3666 = broadcast %3665 : f32[64,16] @ models/lib/nn.yaml:79:7
%3667 = mul %3664, %3666 : f32[64,16] @ models/lib/nn.yaml:79:7
%3668 = add %3667, %3190 : f32[64,16] @ models/lib/nn.yaml:79:7
%3669 = div %3651, %3668 : f32[64,16] @ models/lib/nn.yaml:79:7
%3670 = cast %3659 : f32[] @ models/lib/nn.yaml:79:7
%3671 = broadcast %3670 : f32[64,16] @ models/lib/nn.yaml:79:7
%3672 = mul %3669, %3671 : f32[64,16] @ models/lib/nn.yaml:79:7
%3673 = sub %3648, %3672 : f32[64,16] @ models/lib/nn.yaml:79:7
%3674 = assign %28, %3673 : f32[64,16] @ models/lib/nn.yaml:79:7
%3675 = assign %3644, %3651 : f32[64,16] @ models/lib/nn.yaml:79:7
%3676 = assign %3645, %3655 : f32[64,16] @ models/lib/nn.yaml:79:7
%3677 = assign %3646, %3647 : i64[] @ models/lib/nn.yaml:79:7
%3678 = mul %112, %3201 : f32[64,16] @ models/lib/nn.yaml:79:7
%3679 = mul %3673, %3203 : f32[64,16] @ models/lib/nn.yaml:79:7
%3680 = add %3678, %3679 : f32[64,16] @ models/lib/nn.yaml:79:7
%3681 = assign %112, %3680 : f32[64,16] @ models/lib/nn.yaml:79:7
%3682 = all_reduce_sum %2406 : f32[64] @ models/lib/nn.yaml:80:7
%3683 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3684 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3685 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3686 = add %3685, %2683 : i64[] @ models/lib/nn.yaml:80:7
%3687 = mul %3682, %3212 : f32[64] @ models/lib/nn.yaml:80:7
%3688 = mul %3683, %3214 : f32[64] @ models/lib/nn.yaml:80:7
%3689 = add %3688, %3687 : f32[64] @ models/lib/nn.yaml:80:7
%3690 = mul %3682, %3682 : f32[64] @ models/lib/nn.yaml:80:7
%3691 = mul %3690, %3218 : f32[64] @ models/lib/nn.yaml:80:7
%3692 = mul %3684, %3220 : f32[64] @ models/lib/nn.yaml:80:7
%3693 = add %3692, %3691 : f32[64] @ models/lib/nn.yaml:80:7
%3694 = cast %3686 : f64[] @ models/lib/nn.yaml:80:7
%3695 = pow %2693, %3694 : f64[] @ models/lib/nn.yaml:80:7
%3696 = sub %2686, %3695 : f64[] @ models/lib/nn.yaml:80:7
%3697 = div %1614, %3696 : f64[] @ models/lib/nn.yaml:80:7
%3698 = pow %2701, %3694 : f64[] @ models/lib/nn.yaml:80:7
%3699 = sub %2686, %3698 : f64[] @ models/lib/nn.yaml:80:7
%3700 = sqrt %3699 : f64[] @ models/lib/nn.yaml:80:7
%3701 = div %2686, %3700 : f64[] @ models/lib/nn.yaml:80:7
%3702 = sqrt %3693 : f32[64] @ models/lib/nn.yaml:80:7
%3703 = cast %3701 : f32[] @ models/lib/nn.yaml:80:7
%3704 = broadcast %3703 : f32[64] @ models/lib/nn.yaml:80:7
%3705 = mul %3702, %3704 : f32[64] @ models/lib/nn.yaml:80:7
%3706 = add %3705, %3235 : f32[64] @ models/lib/nn.yaml:80:7
%3707 = div %3689, %3706 : f32[64] @ models/lib/nn.yaml:80:7
%3708 = cast %3697 : f32[] @ models/lib/nn.yaml:80:7
%3709 = broadcast %3708 : f32[64] @ models/lib/nn.yaml:80:7
%3710 = mul %3707, %3709 : f32[64] @ models/lib/nn.yaml:80:7
%3711 = sub %29, %3710 : f32[64] @ models/lib/nn.yaml:80:7
%3712 = assign %29, %3711 : f32[64] @ models/lib/nn.yaml:80:7
%3713 = assign %3683, %3689 : f32[64] @ models/lib/nn.yaml:80:7
%3714 = assign %3684, %3693 : f32[64] @ models/lib/nn.yaml:80:7
%3715 = assign %3685, %3686 : i64[] @ models/lib/nn.yaml:80:7
%3716 = mul %113, %3246 : f32[64] @ models/lib/nn.yaml:80:7
%3717 = mul %3711, %3248 : f32[64] @ models/lib/nn.yaml:80:7
%3718 = add %3716, %3717 : f32[64] @ models/lib/nn.yaml:80:7
%3719 = assign %113, %3718 : f32[64] @ models/lib/nn.yaml:80:7
%3720 = all_reduce_sum %2391 : f32[16,64] @ models/lib/nn.yaml:79:7
%3721 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3722 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3723 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3724 = add %3723, %2683 : i64[] @ models/lib/nn.yaml:79:7
%3725 = mul %30, %3257 : f32[16,64] @ models/lib/nn.yaml:79:7
%3726 = mul %3720, %3259 : f32[16,64] @ models/lib/nn.yaml:79:7
%3727 = mul %3721, %3261 : f32[16,64] @ models/lib/nn.yaml:79:7
%3728 = add %3727, %3726 : f32[16,64] @ models/lib/nn.yaml:79:7
%3729 = mul %3720, %3720 : f32[16,64] @ models/lib/nn.yaml:79:7
%3730 = mul %3729, %3265 : f32[16,64] @ models/lib/nn.yaml:79:7
%3731 = mul %3722, %3267 : f32[16,64] @ models/lib/nn.yaml:79:7
%3732 = add %3731, %3730 : f32[16,64] @ models/lib/nn.yaml:79:7
%3733 = cast %3724 : f64[] @ models/lib/nn.yaml:79:7
%3734 = pow %2693, %3733 : f64[] @ models/lib/nn.yaml:79:7
%3735 = sub %2686, %3734 : f64[] @ models/lib/nn.yaml:79:7
%3736 = div %1614, %3735 : f64[] @ models/lib/nn.yaml:79:7
%3737 = pow %2701, %3733 : f64[] @ models/lib/nn.yaml:79:7
%3738 = sub %2686, %3737 : f64[] @ models/lib/nn.yaml:79:7
%3739 = sqrt %3738 : f64[] @ models/lib/nn.yaml:79:7
%3740 = div %2686, %3739 : f64[] @ models/lib/nn.yaml:79:7
%3741 = sqrt %3732 : f32[16,64] @ models/lib/nn.yaml:79:7
%3742 = cast %3740 : f32[] @ models/lib/nn.yaml:79:7
%3743 = broadcast %3742 : f32[16,64] @ models/lib/nn.yaml:79:7
%3744 = mul %3741, %3743 : f32[16,64] @ models/lib/nn.yaml:79:7
%3745 = add %3744, %3282 : f32[16,64] @ models/lib/nn.yaml:79:7
%3746 = div %3728, %3745 : f32[16,64] @ models/lib/nn.yaml:79:7
%3747 = cast %3736 : f32[] @ models/lib/nn.yaml:79:7
%3748 = broadcast %3747 : f32[16,64] @ models/lib/nn.yaml:79:7
%3749 = mul %3746, %3748 : f32[16,64] @ models/lib/nn.yaml:79:7
%3750 = sub %3725, %3749 : f32[16,64] @ models/lib/nn.yaml:79:7
%3751 = assign %30, %3750 : f32[16,64] @ models/lib/nn.yaml:79:7
%3752 = assign %3721, %3728 : f32[16,64] @ models/lib/nn.yaml:79:7
%3753 = assign %3722, %3732 : f32[16,64] @ models/lib/nn.yaml:79:7
%3754 = assign %3723, %3724 : i64[] @ models/lib/nn.yaml:79:7
%3755 = mul %114, %3293 : f32[16,64] @ models/lib/nn.yaml:79:7
%3756 = mul %3750, %3295 : f32[16,64] @ models/lib/nn.yaml:79:7
%3757 = add %3755, %3756 : f32[16,64] @ models/lib/nn.yaml:79:7
%3758 = assign %114, %3757 : f32[16,64] @ models/lib/nn.yaml:79:7
%3759 = all_reduce_sum %2387 : f32[16] @ models/lib/nn.yaml:80:7
%3760 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3761 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3762 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3763 = add %3762, %2683 : i64[] @ models/lib/nn.yaml:80:7
%3764 = mul %3759, %2791 : f32[16] @ models/lib/nn.yaml:80:7
%3765 = mul %3760, %2793 : f32[16] @ models/lib/nn.yaml:80:7
%3766 = add %3765, %3764 : f32[16] @ models/lib/nn.yaml:80:7
%3767 = mul %3759, %3759 : f32[16] @ models/lib/nn.yaml:80:7
%3768 = mul %3767, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%3769 = mul %3761, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%3770 = add %3769, %3768 : f32[16] @ models/lib/nn.yaml:80:7
%3771 = cast %3763 : f64[] @ models/lib/nn.yaml:80:7
%3772 = pow %2693, %3771 : f64[] @ models/lib/nn.yaml:80:7
%3773 = sub %2686, %3772 : f64[] @ models/lib/nn.yaml:80:7
%3774 = div %1614, %3773 : f64[] @ models/lib/nn.yaml:80:7
%3775 = pow %2701, %3771 : f64[] @ models/lib/nn.yaml:80:7
%3776 = sub %2686, %3775 : f64[] @ models/lib/nn.yaml:80:7
%3777 = sqrt %3776 : f64[] @ models/lib/nn.yaml:80:7
%3778 = div %2686, %3777 : f64[] @ models/lib/nn.yaml:80:7
%3779 = sqrt %3770 : f32[16] @ models/lib/nn.yaml:80:7
%3780 = cast %3778 : f32[] @ models/lib/nn.yaml:80:7
%3781 = broadcast %3780 : f32[16] @ models/lib/nn.yaml:80:7
%3782 = mul %3779, %3781 : f32[16] @ models/lib/nn.yaml:80:7
%3783 = add %3782, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%3784 = div %3766, %3783 : f32[16] @ models/lib/nn.yaml:80:7
%3785 = cast %3774 : f32[] @ models/lib/nn.yaml:80:7
%3786 = broadcast %3785 : f32[16] @ models/lib/nn.yaml:80:7
%3787 = mul %3784, %3786 : f32[16] @ models/lib/nn.yaml:80:7
%3788 = sub %31, %3787 : f32[16] @ models/lib/nn.yaml:80:7
%3789 = assign %31, %3788 : f32[16] @ models/lib/nn.yaml:80:7
%3790 = assign %3760, %3766 : f32[16] @ models/lib/nn.yaml:80:7
%3791 = assign %3761, %3770 : f32[16] @ models/lib/nn.yaml:80:7
%3792 = assign %3762, %3763 : i64[] @ models/lib/nn.yaml:80:7
%3793 = mul %115, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%3794 = mul %3788, %2827 : f32[16] @ models/lib/nn.yaml:80:7
%3795 = add %3793, %3794 : f32[16] @ models/lib/nn.yaml:80:7
%3796 = assign %115, %3795 : f32[16] @ models/lib/nn.yaml:80:7
%3797 = all_reduce_sum %2381 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3798 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3799 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3800 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%3801 = add %3800, %2683 : i64[] @ models/lib/vit.yaml:103:7
%3802 = broadcast %2688 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3803 = mul %32, %3802 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3804 = broadcast %1617 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3805 = mul %3797, %3804 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3806 = broadcast %1020 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3807 = mul %3798, %3806 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3808 = add %3807, %3805 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3809 = mul %3797, %3797 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3810 = broadcast %2698 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3811 = mul %3809, %3810 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3812 = broadcast %2702 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3813 = mul %3799, %3812 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3814 = add %3813, %3811 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3815 = cast %3801 : f64[] @ models/lib/vit.yaml:103:7
%3816 = pow %2693, %3815 : f64[] @ models/lib/vit.yaml:103:7
%3817 = sub %2686, %3816 : f64[] @ models/lib/vit.yaml:103:7
%3818 = div %1614, %3817 : f64[] @ models/lib/vit.yaml:103:7
%3819 = pow %2701, %3815 : f64[] @ models/lib/vit.yaml:103:7
%3820 = sub %2686, %3819 : f64[] @ models/lib/vit.yaml:103:7
%3821 = sqrt %3820 : f64[] @ models/lib/vit.yaml:103:7
%3822 = div %2686, %3821 : f64[] @ models/lib/vit.yaml:103:7
%3823 = sqrt %3814 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3824 = cast %3822 : f32[] @ models/lib/vit.yaml:103:7
%3825 = broadcast %3824 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3826 = mul %3823, %3825 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3827 = broadcast %2718 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3828 = add %3826, %3827 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3829 = div %3808, %3828 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3830 = cast %3818 : f32[] @ models/lib/vit.yaml:103:7
%3831 = broadcast %3830 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3832 = mul %3829, %3831 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3833 = sub %3803, %3832 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3834 = assign %32, %3833 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3835 = assign %3798, %3808 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3836 = assign %3799, %3814 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3837 = assign %3800, %3801 : i64[] @ models/lib/vit.yaml:103:7
%3838 = broadcast %2730 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3839 = mul %116, %3838 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3840 = broadcast %2734 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3841 = mul %3833, %3840 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3842 = add %3839, %3841 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3843 = assign %116, %3842 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3844 = all_reduce_sum %2359 : f32[16] @ models/lib/nn.yaml:89:7
%3845 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3846 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3847 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3848 = add %3847, %2683 : i64[] @ models/lib/nn.yaml:89:7
%3849 = mul %3844, %2791 : f32[16] @ models/lib/nn.yaml:89:7
%3850 = mul %3845, %2793 : f32[16] @ models/lib/nn.yaml:89:7
%3851 = add %3850, %3849 : f32[16] @ models/lib/nn.yaml:89:7
%3852 = mul %3844, %3844 : f32[16] @ models/lib/nn.yaml:89:7
%3853 = mul %3852, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%3854 = mul %3846, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%3855 = add %3854, %3853 : f32[16] @ models/lib/nn.yaml:89:7
%3856 = cast %3848 : f64[] @ models/lib/nn.yaml:89:7
%3857 = pow %2693, %3856 : f64[] @ models/lib/nn.yaml:89:7
%3858 = sub %2686, %3857 : f64[] @ models/lib/nn.yaml:89:7
%3859 = div %1614, %3858 : f64[] @ models/lib/nn.yaml:89:7
%3860 = pow %2701, %3856 : f64[] @ models/lib/nn.yaml:89:7
%3861 = sub %2686, %3860 : f64[] @ models/lib/nn.yaml:89:7
%3862 = sqrt %3861 : f64[] @ models/lib/nn.yaml:89:7
%3863 = div %2686, %3862 : f64[] @ models/lib/nn.yaml:89:7
%3864 = sqrt %3855 : f32[16] @ models/lib/nn.yaml:89:7
%3865 = cast %3863 : f32[] @ models/lib/nn.yaml:89:7
%3866 = broadcast %3865 : f32[16] @ models/lib/nn.yaml:89:7
%3867 = mul %3864, %3866 : f32[16] @ models/lib/nn.yaml:89:7
%3868 = add %3867, %2814 : f32[16] @ models/lib/nn.yaml:89:7
%3869 = div %3851, %3868 : f32[16] @ models/lib/nn.yaml:89:7
%3870 = cast %3859 : f32[] @ models/lib/nn.yaml:89:7
%3871 = broadcast %3870 : f32[16] @ models/lib/nn.yaml:89:7
%3872 = mul %3869, %3871 : f32[16] @ models/lib/nn.yaml:89:7
%3873 = sub %33, %3872 : f32[16] @ models/lib/nn.yaml:89:7
%3874 = assign %33, %3873 : f32[16] @ models/lib/nn.yaml:89:7
%3875 = assign %3845, %3851 : f32[16] @ models/lib/nn.yaml:89:7
%3876 = assign %3846, %3855 : f32[16] @ models/lib/nn.yaml:89:7
%3877 = assign %3847, %3848 : i64[] @ models/lib/nn.yaml:89:7
%3878 = mul %117, %2825 : f32[16] @ models/lib/nn.yaml:89:7
%3879 = mul %3873, %2827 : f32[16] @ models/lib/nn.yaml:89:7
%3880 = add %3878, %3879 : f32[16] @ models/lib/nn.yaml:89:7
%3881 = assign %117, %3880 : f32[16] @ models/lib/nn.yaml:89:7
%3882 = all_reduce_sum %2355 : f32[16] @ models/lib/nn.yaml:90:7
%3883 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3884 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3885 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3886 = add %3885, %2683 : i64[] @ models/lib/nn.yaml:90:7
%3887 = mul %3882, %2791 : f32[16] @ models/lib/nn.yaml:90:7
%3888 = mul %3883, %2793 : f32[16] @ models/lib/nn.yaml:90:7
%3889 = add %3888, %3887 : f32[16] @ models/lib/nn.yaml:90:7
%3890 = mul %3882, %3882 : f32[16] @ models/lib/nn.yaml:90:7
%3891 = mul %3890, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%3892 = mul %3884, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%3893 = add %3892, %3891 : f32[16] @ models/lib/nn.yaml:90:7
%3894 = cast %3886 : f64[] @ models/lib/nn.yaml:90:7
%3895 = pow %2693, %3894 : f64[] @ models/lib/nn.yaml:90:7
%3896 = sub %2686, %3895 : f64[] @ models/lib/nn.yaml:90:7
%3897 = div %1614, %3896 : f64[] @ models/lib/nn.yaml:90:7
%3898 = pow %2701, %3894 : f64[] @ models/lib/nn.yaml:90:7
%3899 = sub %2686, %3898 : f64[] @ models/lib/nn.yaml:90:7
%3900 = sqrt %3899 : f64[] @ models/lib/nn.yaml:90:7
%3901 = div %2686, %3900 : f64[] @ models/lib/nn.yaml:90:7
%3902 = sqrt %3893 : f32[16] @ models/lib/nn.yaml:90:7
%3903 = cast %3901 : f32[] @ models/lib/nn.yaml:90:7
%3904 = broadcast %3903 : f32[16] @ models/lib/nn.yaml:90:7
%3905 = mul %3902, %3904 : f32[16] @ models/lib/nn.yaml:90:7
%3906 = add %3905, %2814 : f32[16] @ models/lib/nn.yaml:90:7
%3907 = div %3889, %3906 : f32[16] @ models/lib/nn.yaml:90:7
%3908 = cast %3897 : f32[] @ models/lib/nn.yaml:90:7
%3909 = broadcast %3908 : f32[16] @ models/lib/nn.yaml:90:7
%3910 = mul %3907, %3909 : f32[16] @ models/lib/nn.yaml:90:7
%3911 = sub %34, %3910 : f32[16] @ models/lib/nn.yaml:90:7
%3912 = assign %34, %3911 : f32[16] @ models/lib/nn.yaml:90:7
%3913 = assign %3883, %3889 : f32[16] @ models/lib/nn.yaml:90:7
%3914 = assign %3884, %3893 : f32[16] @ models/lib/nn.yaml:90:7
%3915 = assign %3885, %3886 : i64[] @ models/lib/nn.yaml:90:7
%3916 = mul %118, %2825 : f32[16] @ models/lib/nn.yaml:90:7
%3917 = mul %3911, %2827 : f32[16] @ models/lib/nn.yaml:90:7
%3918 = add %3916, %3917 : f32[16] @ models/lib/nn.yaml:90:7
%3919 = assign %118, %3918 : f32[16] @ models/lib/nn.yaml:90:7
%3920 = all_reduce_sum %2349 : f32[16,16] @ models/lib/nn.yaml:79:7
%3921 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3922 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3923 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3924 = add %3923, %2683 : i64[] @ models/lib/nn.yaml:79:7
%3925 = mul %35, %3004 : f32[16,16] @ models/lib/nn.yaml:79:7
%3926 = mul %3920, %3006 : f32[16,16] @ models/lib/nn.yaml:79:7
%3927 = mul %3921, %3008 : f32[16,16] @ models/lib/nn.yaml:79:7
%3928 = add %3927, %3926 : f32[16,16] @ models/lib/nn.yaml:79:7
%3929 = mul %3920, %3920 : f32[16,16] @ models/lib/nn.yaml:79:7
%3930 = mul %3929, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%3931 = mul %3922, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%3932 = add %3931, %3930 : f32[16,16] @ models/lib/nn.yaml:79:7
%3933 = cast %3924 : f64[] @ models/lib/nn.yaml:79:7
%3934 = pow %2693, %3933 : f64[] @ models/lib/nn.yaml:79:7
%3935 = sub %2686, %3934 : f64[] @ models/lib/nn.yaml:79:7
%3936 = div %1614, %3935 : f64[] @ models/lib/nn.yaml:79:7
%3937 = pow %2701, %3933 : f64[] @ models/lib/nn.yaml:79:7
%3938 = sub %2686, %3937 : f64[] @ models/lib/nn.yaml:79:7
%3939 = sqrt %3938 : f64[] @ models/lib/nn.yaml:79:7
%3940 = div %2686, %3939 : f64[] @ models/lib/nn.yaml:79:7
%3941 = sqrt %3932 : f32[16,16] @ models/lib/nn.yaml:79:7
%3942 = cast %3940 : f32[] @ models/lib/nn.yaml:79:7
%3943 = broadcast %3942 : f32[16,16] @ models/lib/nn.yaml:79:7
%3944 = mul %3941, %3943 : f32[16,16] @ models/lib/nn.yaml:79:7
%3945 = add %3944, %3029 : f32[16,16] @ models/lib/nn.yaml:79:7
%3946 = div %3928, %3945 : f32[16,16] @ models/lib/nn.yaml:79:7
%3947 = cast %3936 : f32[] @ models/lib/nn.yaml:79:7
%3948 = broadcast %3947 : f32[16,16] @ models/lib/nn.yaml:79:7
%3949 = mul %3946, %3948 : f32[16,16] @ models/lib/nn.yaml:79:7
%3950 = sub %3925, %3949 : f32[16,16] @ models/lib/nn.yaml:79:7
%3951 = assign %35, %3950 : f32[16,16] @ models/lib/nn.yaml:79:7
%3952 = assign %3921, %3928 : f32[16,16] @ models/lib/nn.yaml:79:7
%3953 = assign %3922, %3932 : f32[16,16] @ models/lib/nn.yaml:79:7
%3954 = assign %3923, %3924 : i64[] @ models/lib/nn.yaml:79:7
%3955 = mul %119, %3040 : f32[16,16] @ models/lib/nn.yaml:79:7
%3956 = mul %3950, %3042 : f32[16,16] @ models/lib/nn.yaml:79:7
%3957 = add %3955, %3956 : f32[16,16] @ models/lib/nn.yaml:79:7
%3958 = assign %119, %3957 : f32[16,16] @ models/lib/nn.yaml:79:7
%3959 = all_reduce_sum %2345 : f32[16] @ models/lib/nn.yaml:80:7
%3960 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3961 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3962 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3963 = add %3962, %2683 : i64[] @ models/lib/nn.yaml:80:7
%3964 = mul %3959, %2791 : f32[16] @ models/lib/nn.yaml:80:7
%3965 = mul %3960, %2793 : f32[16] @ models/lib/nn.yaml:80:7
%3966 = add %3965, %3964 : f32[16] @ models/lib/nn.yaml:80:7
%3967 = mul %3959, %3959 : f32[16] @ models/lib/nn.yaml:80:7
%3968 = mul %3967, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%3969 = mul %3961, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%3970 = add %3969, %3968 : f32[16] @ models/lib/nn.yaml:80:7
%3971 = cast %3963 : f64[] @ models/lib/nn.yaml:80:7
%3972 = pow %2693, %3971 : f64[] @ models/lib/nn.yaml:80:7
%3973 = sub %2686, %3972 : f64[] @ models/lib/nn.yaml:80:7
%3974 = div %1614, %3973 : f64[] @ models/lib/nn.yaml:80:7
%3975 = pow %2701, %3971 : f64[] @ models/lib/nn.yaml:80:7
%3976 = sub %2686, %3975 : f64[] @ models/lib/nn.yaml:80:7
%3977 = sqrt %3976 : f64[] @ models/lib/nn.yaml:80:7
%3978 = div %2686, %3977 : f64[] @ models/lib/nn.yaml:80:7
%3979 = sqrt %3970 : f32[16] @ models/lib/nn.yaml:80:7
%3980 = cast %3978 : f32[] @ models/lib/nn.yaml:80:7
%3981 = broadcast %3980 : f32[16] @ models/lib/nn.yaml:80:7
%3982 = mul %3979, %3981 : f32[16] @ models/lib/nn.yaml:80:7
%3983 = add %3982, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%3984 = div %3966, %3983 : f32[16] @ models/lib/nn.yaml:80:7
%3985 = cast %3974 : f32[] @ models/lib/nn.yaml:80:7
%3986 = broadcast %3985 : f32[16] @ models/lib/nn.yaml:80:7
%3987 = mul %3984, %3986 : f32[16] @ models/lib/nn.yaml:80:7
%3988 = sub %36, %3987 : f32[16] @ models/lib/nn.yaml:80:7
%3989 = assign %36, %3988 : f32[16] @ models/lib/nn.yaml:80:7
%3990 = assign %3960, %3966 : f32[16] @ models/lib/nn.yaml:80:7
%3991 = assign %3961, %3970 : f32[16] @ models/lib/nn.yaml:80:7
%3992 = assign %3962, %3963 : i64[] @ models/lib/nn.yaml:80:7
%3993 = mul %120, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%3994 = mul %3988, %2827 : f32[16] @ models/lib/nn.yaml:80:7
%3995 = add %3993, %3994 : f32[16] @ models/lib/nn.yaml:80:7
%3996 = assign %120, %3995 : f32[16] @ models/lib/nn.yaml:80:7
%3997 = all_reduce_sum %2341 : f32[16,16] @ models/lib/nn.yaml:79:7
%3998 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3999 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4000 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4001 = add %4000, %2683 : i64[] @ models/lib/nn.yaml:79:7
%4002 = mul %37, %3004 : f32[16,16] @ models/lib/nn.yaml:79:7
%4003 = mul %3997, %3006 : f32[16,16] @ models/lib/nn.yaml:79:7
%4004 = mul %3998, %3008 : f32[16,16] @ models/lib/nn.yaml:79:7
%4005 = add %4004, %4003 : f32[16,16] @ models/lib/nn.yaml:79:7
%4006 = mul %3997, %3997 : f32[16,16] @ models/lib/nn.yaml:79:7
%4007 = mul %4006, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4008 = mul %3999, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%4009 = add %4008, %4007 : f32[16,16] @ models/lib/nn.yaml:79:7
%4010 = cast %4001 : f64[] @ models/lib/nn.yaml:79:7
%4011 = pow %2693, %4010 : f64[] @ models/lib/nn.yaml:79:7
%4012 = sub %2686, %4011 : f64[] @ models/lib/nn.yaml:79:7
%4013 = div %1614, %4012 : f64[] @ models/lib/nn.yaml:79:7
%4014 = pow %2701, %4010 : f64[] @ models/lib/nn.yaml:79:7
%4015 = sub %2686, %4014 : f64[] @ models/lib/nn.yaml:79:7
%4016 = sqrt %4015 : f64[] @ models/lib/nn.yaml:79:7
%4017 = div %2686, %4016 : f64[] @ models/lib/nn.yaml:79:7
%4018 = sqrt %4009 : f32[16,16] @ models/lib/nn.yaml:79:7
%4019 = cast %4017 : f32[] @ models/lib/nn.yaml:79:7
%4020 = broadcast %4019 : f32[16,16] @ models/lib/nn.yaml:79:7
%4021 = mul %4018, %4020 : f32[16,16] @ models/lib/nn.yaml:79:7
%4022 = add %4021, %3029 : f32[16,16] @ models/lib/nn.yaml:79:7
%4023 = div %4005, %4022 : f32[16,16] @ models/lib/nn.yaml:79:7
%4024 = cast %4013 : f32[] @ models/lib/nn.yaml:79:7
%4025 = broadcast %4024 : f32[16,16] @ models/lib/nn.yaml:79:7
%4026 = mul %4023, %4025 : f32[16,16] @ models/lib/nn.yaml:79:7
%4027 = sub %4002, %4026 : f32[16,16] @ models/lib/nn.yaml:79:7
%4028 = assign %37, %4027 : f32[16,16] @ models/lib/nn.yaml:79:7
%4029 = assign %3998, %4005 : f32[16,16] @ models/lib/nn.yaml:79:7
%4030 = assign %3999, %4009 : f32[16,16] @ models/lib/nn.yaml:79:7
%4031 = assign %4000, %4001 : i64[] @ models/lib/nn.yaml:79:7
%4032 = mul %121, %3040 : f32[16,16] @ models/lib/nn.yaml:79:7
%4033 = mul %4027, %3042 : f32[16,16] @ models/lib/nn.yaml:79:7
%4034 = add %4032, %4033 : f32[16,16] @ models/lib/nn.yaml:79:7
%4035 = assign %121, %4034 : f32[16,16] @ models/lib/nn.yaml:79:7
%4036 = all_reduce_sum %2337 : f32[16] @ models/lib/nn.yaml:80:7
%4037 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4038 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4039 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4040 = add %4039, %2683 : i64[] @ models/lib/nn.yaml:80:7
%4041 = mul %4036, %2791 : f32[16] @ models/lib/nn.yaml:80:7
%4042 = mul %4037, %2793 : f32[16] @ models/lib/nn.yaml:80:7
%4043 = add %4042, %4041 : f32[16] @ models/lib/nn.yaml:80:7
%4044 = mul %4036, %4036 : f32[16] @ models/lib/nn.yaml:80:7
%4045 = mul %4044, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4046 = mul %4038, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4047 = add %4046, %4045 : f32[16] @ models/lib/nn.yaml:80:7
%4048 = cast %4040 : f64[] @ models/lib/nn.yaml:80:7
%4049 = pow %2693, %4048 : f64[] @ models/lib/nn.yaml:80:7
%4050 = sub %2686, %4049 : f64[] @ models/lib/nn.yaml:80:7
%4051 = div %1614, %4050 : f64[] @ models/lib/nn.yaml:80:7
%4052 = pow %2701, %4048 : f64[] @ models/lib/nn.yaml:80:7
%4053 = sub %2686, %4052 : f64[] @ models/lib/nn.yaml:80:7
%4054 = sqrt %4053 : f64[] @ models/lib/nn.yaml:80:7
%4055 = div %2686, %4054 : f64[] @ models/lib/nn.yaml:80:7
%4056 = sqrt %4047 : f32[16] @ models/lib/nn.yaml:80:7
%4057 = cast %4055 : f32[] @ models/lib/nn.yaml:80:7
%4058 = broadcast %4057 : f32[16] @ models/lib/nn.yaml:80:7
%4059 = mul %4056, %4058 : f32[16] @ models/lib/nn.yaml:80:7
%4060 = add %4059, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%4061 = div %4043, %4060 : f32[16] @ models/lib/nn.yaml:80:7
%4062 = cast %4051 : f32[] @ models/lib/nn.yaml:80:7
%4063 = broadcast %4062 : f32[16] @ models/lib/nn.yaml:80:7
%4064 = mul %4061, %4063 : f32[16] @ models/lib/nn.yaml:80:7
%4065 = sub %38, %4064 : f32[16] @ models/lib/nn.yaml:80:7
%4066 = assign %38, %4065 : f32[16] @ models/lib/nn.yaml:80:7
%4067 = assign %4037, %4043 : f32[16] @ models/lib/nn.yaml:80:7
%4068 = assign %4038, %4047 : f32[16] @ models/lib/nn.yaml:80:7
%4069 = assign %4039, %4040 : i64[] @ models/lib/nn.yaml:80:7
%4070 = mul %122, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%4071 = mul %4065, %2827 : f32[16] @ models/lib/nn.yaml:80:7
%4072 = add %4070, %4071 : f32[16] @ models/lib/nn.yaml:80:7
%4073 = assign %122, %4072 : f32[16] @ models/lib/nn.yaml:80:7
%4074 = all_reduce_sum %2331 : f32[16,16] @ models/lib/nn.yaml:79:7
%4075 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4076 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4077 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4078 = add %4077, %2683 : i64[] @ models/lib/nn.yaml:79:7
%4079 = mul %39, %3004 : f32[16,16] @ models/lib/nn.yaml:79:7
%4080 = mul %4074, %3006 : f32[16,16] @ models/lib/nn.yaml:79:7
%4081 = mul %4075, %3008 : f32[16,16] @ models/lib/nn.yaml:79:7
%4082 = add %4081, %4080 : f32[16,16] @ models/lib/nn.yaml:79:7
%4083 = mul %4074, %4074 : f32[16,16] @ models/lib/nn.yaml:79:7
%4084 = mul %4083, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4085 = mul %4076, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%4086 = add %4085, %4084 : f32[16,16] @ models/lib/nn.yaml:79:7
%4087 = cast %4078 : f64[] @ models/lib/nn.yaml:79:7
%4088 = pow %2693, %4087 : f64[] @ models/lib/nn.yaml:79:7
%4089 = sub %2686, %4088 : f64[] @ models/lib/nn.yaml:79:7
%4090 = div %1614, %4089 : f64[] @ models/lib/nn.yaml:79:7
%4091 = pow %2701, %4087 : f64[] @ models/lib/nn.yaml:79:7
%4092 = sub %2686, %4091 : f64[] @ models/lib/nn.yaml:79:7
%4093 = sqrt %4092 : f64[] @ models/lib/nn.yaml:79:7
%4094 = div %2686, %4093 : f64[] @ models/lib/nn.yaml:79:7
%4095 = sqrt %4086 : f32[16,16] @ models/lib/nn.yaml:79:7
%4096 = cast %4094 : f32[] @ models/lib/nn.yaml:79:7
%4097 = broadcast %4096 : f32[16,16] @ models/lib/nn.yaml:79:7
%4098 = mul %4095, %4097 : f32[16,16] @ models/lib/nn.yaml:79:7
%4099 = add %4098, %3029 : f32[16,16] @ models/lib/nn.yaml:79:7
%4100 = div %4082, %4099 : f32[16,16] @ models/lib/nn.yaml:79:7
%4101 = cast %4090 : f32[] @ models/lib/nn.yaml:79:7
%4102 = broadcast %4101 : f32[16,16] @ models/lib/nn.yaml:79:7
%4103 = mul %4100, %4102 : f32[16,16] @ models/lib/nn.yaml:79:7
%4104 = sub %4079, %4103 : f32[16,16] @ models/lib/nn.yaml:79:7
%4105 = assign %39, %4104 : f32[16,16] @ models/lib/nn.yaml:79:7
%4106 = assign %4075, %4082 : f32[16,16] @ models/lib/nn.yaml:79:7
%4107 = assign %4076, %4086 : f32[16,16] @ models/lib/nn.yaml:79:7
%4108 = assign %4077, %4078 : i64[] @ models/lib/nn.yaml:79:7
%4109 = mul %123, %3040 : f32[16,16] @ models/lib/nn.yaml:79:7
%4110 = mul %4104, %3042 : f32[16,16] @ models/lib/nn.yaml:79:7
%4111 = add %4109, %4110 : f32[16,16] @ models/lib/nn.yaml:79:7
%4112 = assign %123, %4111 : f32[16,16] @ models/lib/nn.yaml:79:7
%4113 = all_reduce_sum %2327 : f32[16] @ models/lib/nn.yaml:80:7
%4114 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4115 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4116 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4117 = add %4116, %2683 : i64[] @ models/lib/nn.yaml:80:7
%4118 = mul %4113, %2791 : f32[16] @ models/lib/nn.yaml:80:7
%4119 = mul %4114, %2793 : f32[16] @ models/lib/nn.yaml:80:7
%4120 = add %4119, %4118 : f32[16] @ models/lib/nn.yaml:80:7
%4121 = mul %4113, %4113 : f32[16] @ models/lib/nn.yaml:80:7
%4122 = mul %4121, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4123 = mul %4115, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4124 = add %4123, %4122 : f32[16] @ models/lib/nn.yaml:80:7
%4125 = cast %4117 : f64[] @ models/lib/nn.yaml:80:7
%4126 = pow %2693, %4125 : f64[] @ models/lib/nn.yaml:80:7
%4127 = sub %2686, %4126 : f64[] @ models/lib/nn.yaml:80:7
%4128 = div %1614, %4127 : f64[] @ models/lib/nn.yaml:80:7
%4129 = pow %2701, %4125 : f64[] @ models/lib/nn.yaml:80:7
%4130 = sub %2686, %4129 : f64[] @ models/lib/nn.yaml:80:7
%4131 = sqrt %4130 : f64[] @ models/lib/nn.yaml:80:7
%4132 = div %2686, %4131 : f64[] @ models/lib/nn.yaml:80:7
%4133 = sqrt %4124 : f32[16] @ models/lib/nn.yaml:80:7
%4134 = cast %4132 : f32[] @ models/lib/nn.yaml:80:7
%4135 = broadcast %4134 : f32[16] @ models/lib/nn.yaml:80:7
%4136 = mul %4133, %4135 : f32[16] @ models/lib/nn.yaml:80:7
%4137 = add %4136, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%4138 = div %4120, %4137 : f32[16] @ models/lib/nn.yaml:80:7
%4139 = cast %4128 : f32[] @ models/lib/nn.yaml:80:7
%4140 = broadcast %4139 : f32[16] @ models/lib/nn.yaml:80:7
%4141 = mul %4138, %4140 : f32[16] @ models/lib/nn.yaml:80:7
%4142 = sub %40, %4141 : f32[16] @ models/lib/nn.yaml:80:7
%4143 = assign %40, %4142 : f32[16] @ models/lib/nn.yaml:80:7
%4144 = assign %4114, %4120 : f32[16] @ models/lib/nn.yaml:80:7
%4145 = assign %4115, %4124 : f32[16] @ models/lib/nn.yaml:80:7
%4146 = assign %4116, %4117 : i64[] @ models/lib/nn.yaml:80:7
%4147 = mul %124, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%4148 = mul %4142, %2827 : f32[16] @ models/lib/nn.yaml:80:7
%4149 = add %4147, %4148 : f32[16] @ models/lib/nn.yaml:80:7
%4150 = assign %124, %4149 : f32[16] @ models/lib/nn.yaml:80:7
%4151 = all_reduce_sum %2284 : f32[16,16] @ models/lib/nn.yaml:79:7
%4152 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4153 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4154 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4155 = add %4154, %2683 : i64[] @ models/lib/nn.yaml:79:7
%4156 = mul %41, %3004 : f32[16,16] @ models/lib/nn.yaml:79:7
%4157 = mul %4151, %3006 : f32[16,16] @ models/lib/nn.yaml:79:7
%4158 = mul %4152, %3008 : f32[16,16] @ models/lib/nn.yaml:79:7
%4159 = add %4158, %4157 : f32[16,16] @ models/lib/nn.yaml:79:7
%4160 = mul %4151, %4151 : f32[16,16] @ models/lib/nn.yaml:79:7
%4161 = mul %4160, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4162 = mul %4153, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%4163 = add %4162, %4161 : f32[16,16] @ models/lib/nn.yaml:79:7
%4164 = cast %4155 : f64[] @ models/lib/nn.yaml:79:7
%4165 = pow %2693, %4164 : f64[] @ models/lib/nn.yaml:79:7
%4166 = sub %2686, %4165 : f64[] @ models/lib/nn.yaml:79:7
%4167 = div %1614, %4166 : f64[] @ models/lib/nn.yaml:79:7
%4168 = pow %2701, %4164 : f64[] @ models/lib/nn.yaml:79:7
%4169 = sub %2686, %4168 : f64[] @ models/lib/nn.yaml:79:7
%4170 = sqrt %4169 : f64[] @ models/lib/nn.yaml:79:7
%4171 = div %2686, %4170 : f64[] @ models/lib/nn.yaml:79:7
%4172 = sqrt %4163 : f32[16,16] @ models/lib/nn.yaml:79:7
%4173 = cast %4171 : f32[] @ models/lib/nn.yaml:79:7
%4174 = broadcast %4173 : f32[16,16] @ models/lib/nn.yaml:79:7
%4175 = mul %4172, %4174 : f32[16,16] @ models/lib/nn.yaml:79:7
%4176 = add %4175, %3029 : f32[16,16] @ models/lib/nn.yaml:79:7
%4177 = div %4159, %4176 : f32[16,16] @ models/lib/nn.yaml:79:7
%4178 = cast %4167 : f32[] @ models/lib/nn.yaml:79:7
%4179 = broadcast %4178 : f32[16,16] @ models/lib/nn.yaml:79:7
%4180 = mul %4177, %4179 : f32[16,16] @ models/lib/nn.yaml:79:7
%4181 = sub %4156, %4180 : f32[16,16] @ models/lib/nn.yaml:79:7
%4182 = assign %41, %4181 : f32[16,16] @ models/lib/nn.yaml:79:7
%4183 = assign %4152, %4159 : f32[16,16] @ models/lib/nn.yaml:79:7
%4184 = assign %4153, %4163 : f32[16,16] @ models/lib/nn.yaml:79:7
%4185 = assign %4154, %4155 : i64[] @ models/lib/nn.yaml:79:7
%4186 = mul %125, %3040 : f32[16,16] @ models/lib/nn.yaml:79:7
%4187 = mul %4181, %3042 : f32[16,16] @ models/lib/nn.yaml:79:7
%4188 = add %4186, %4187 : f32[16,16] @ models/lib/nn.yaml:79:7
%4189 = assign %125, %4188 : f32[16,16] @ models/lib/nn.yaml:79:7
%4190 = all_reduce_sum %2280 : f32[16] @ models/lib/nn.yaml:80:7
%4191 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4192 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4193 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4194 = add %4193, %2683 : i64[] @ models/lib/nn.yaml:80:7
%4195 = mul %4190, %2791 : f32[16] @ models/lib/nn.yaml:80:7
%4196 = mul %4191, %2793 : f32[16] @ models/lib/nn.yaml:80:7
%4197 = add %4196, %4195 : f32[16] @ models/lib/nn.yaml:80:7
%4198 = mul %4190, %4190 : f32[16] @ models/lib/nn.yaml:80:7
%4199 = mul %4198, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4200 = mul %4192, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4201 = add %4200, %4199 : f32[16] @ models/lib/nn.yaml:80:7
%4202 = cast %4194 : f64[] @ models/lib/nn.yaml:80:7
%4203 = pow %2693, %4202 : f64[] @ models/lib/nn.yaml:80:7
%4204 = sub %2686, %4203 : f64[] @ models/lib/nn.yaml:80:7
%4205 = div %1614, %4204 : f64[] @ models/lib/nn.yaml:80:7
%4206 = pow %2701, %4202 : f64[] @ models/lib/nn.yaml:80:7
%4207 = sub %2686, %4206 : f64[] @ models/lib/nn.yaml:80:7
%4208 = sqrt %4207 : f64[] @ models/lib/nn.yaml:80:7
%4209 = div %2686, %4208 : f64[] @ models/lib/nn.yaml:80:7
%4210 = sqrt %4201 : f32[16] @ models/lib/nn.yaml:80:7
%4211 = cast %4209 : f32[] @ models/lib/nn.yaml:80:7
%4212 = broadcast %4211 : f32[16] @ models/lib/nn.yaml:80:7
%4213 = mul %4210, %4212 : f32[16] @ models/lib/nn.yaml:80:7
%4214 = add %4213, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%4215 = div %4197, %4214 : f32[16] @ models/lib/nn.yaml:80:7
%4216 = cast %4205 : f32[] @ models/lib/nn.yaml:80:7
%4217 = broadcast %4216 : f32[16] @ models/lib/nn.yaml:80:7
%4218 = mul %4215, %4217 : f32[16] @ models/lib/nn.yaml:80:7
%4219 = sub %42, %4218 : f32[16] @ models/lib/nn.yaml:80:7
%4220 = assign %42, %4219 : f32[16] @ models/lib/nn.yaml:80:7
%4221 = assign %4191, %4197 : f32[16] @ models/lib/nn.yaml:80:7
%4222 = assign %4192, %4201 : f32[16] @ models/lib/nn.yaml:80:7
%4223 = assign %4193, %4194 : i64[] @ models/lib/nn.yaml:80:7
%4224 = mul %126, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%4225 = mul %4219, %2827 : f32[16] @ models/lib/nn.yaml:80:7
%4226 = add %4224, %4225 : f32[16] @ models/lib/nn.yaml:80:7
%4227 = assign %126, %4226 : f32[16] @ models/lib/nn.yaml:80:7
%4228 = all_reduce_sum %2260 : f32[16] @ models/lib/nn.yaml:89:7
%4229 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4230 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4231 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4232 = add %4231, %2683 : i64[] @ models/lib/nn.yaml:89:7
%4233 = mul %4228, %2791 : f32[16] @ models/lib/nn.yaml:89:7
%4234 = mul %4229, %2793 : f32[16] @ models/lib/nn.yaml:89:7
%4235 = add %4234, %4233 : f32[16] @ models/lib/nn.yaml:89:7
%4236 = mul %4228, %4228 : f32[16] @ models/lib/nn.yaml:89:7
%4237 = mul %4236, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%4238 = mul %4230, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%4239 = add %4238, %4237 : f32[16] @ models/lib/nn.yaml:89:7
%4240 = cast %4232 : f64[] @ models/lib/nn.yaml:89:7
%4241 = pow %2693, %4240 : f64[] @ models/lib/nn.yaml:89:7
%4242 = sub %2686, %4241 : f64[] @ models/lib/nn.yaml:89:7
%4243 = div %1614, %4242 : f64[] @ models/lib/nn.yaml:89:7
%4244 = pow %2701, %4240 : f64[] @ models/lib/nn.yaml:89:7
%4245 = sub %2686, %4244 : f64[] @ models/lib/nn.yaml:89:7
%4246 = sqrt %4245 : f64[] @ models/lib/nn.yaml:89:7
%4247 = div %2686, %4246 : f64[] @ models/lib/nn.yaml:89:7
%4248 = sqrt %4239 : f32[16] @ models/lib/nn.yaml:89:7
%4249 = cast %4247 : f32[] @ models/lib/nn.yaml:89:7
%4250 = broadcast %4249 : f32[16] @ models/lib/nn.yaml:89:7
%4251 = mul %4248, %4250 : f32[16] @ models/lib/nn.yaml:89:7
%4252 = add %4251, %2814 : f32[16] @ models/lib/nn.yaml:89:7
%4253 = div %4235, %4252 : f32[16] @ models/lib/nn.yaml:89:7
%4254 = cast %4243 : f32[] @ models/lib/nn.yaml:89:7
%4255 = broadcast %4254 : f32[16] @ models/lib/nn.yaml:89:7
%4256 = mul %4253, %4255 : f32[16] @ models/lib/nn.yaml:89:7
%4257 = sub %43, %4256 : f32[16] @ models/lib/nn.yaml:89:7
%4258 = assign %43, %4257 : f32[16] @ models/lib/nn.yaml:89:7
%4259 = assign %4229, %4235 : f32[16] @ models/lib/nn.yaml:89:7
%4260 = assign %4230, %4239 : f32[16] @ models/lib/nn.yaml:89:7
%4261 = assign %4231, %4232 : i64[] @ models/lib/nn.yaml:89:7
%4262 = mul %127, %2825 : f32[16] @ models/lib/nn.yaml:89:7
%4263 = mul %4257, %2827 : f32[16] @ models/lib/nn.yaml:89:7
%4264 = add %4262, %4263 : f32[16] @ models/lib/nn.yaml:89:7
%4265 = assign %127, %4264 : f32[16] @ models/lib/nn.yaml:89:7
%4266 = all_reduce_sum %2256 : f32[16] @ models/lib/nn.yaml:90:7
%4267 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4268 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4269 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4270 = add %4269, %2683 : i64[] @ models/lib/nn.yaml:90:7
%4271 = mul %4266, %2791 : f32[16] @ models/lib/nn.yaml:90:7
%4272 = mul %4267, %2793 : f32[16] @ models/lib/nn.yaml:90:7
%4273 = add %4272, %4271 : f32[16] @ models/lib/nn.yaml:90:7
%4274 = mul %4266, %4266 : f32[16] @ models/lib/nn.yaml:90:7
%4275 = mul %4274, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%4276 = mul %4268, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%4277 = add %4276, %4275 : f32[16] @ models/lib/nn.yaml:90:7
%4278 = cast %4270 : f64[] @ models/lib/nn.yaml:90:7
%4279 = pow %2693, %4278 : f64[] @ models/lib/nn.yaml:90:7
%4280 = sub %2686, %4279 : f64[] @ models/lib/nn.yaml:90:7
%4281 = div %1614, %4280 : f64[] @ models/lib/nn.yaml:90:7
%4282 = pow %2701, %4278 : f64[] @ models/lib/nn.yaml:90:7
%4283 = sub %2686, %4282 : f64[] @ models/lib/nn.yaml:90:7
%4284 = sqrt %4283 : f64[] @ models/lib/nn.yaml:90:7
%4285 = div %2686, %4284 : f64[] @ models/lib/nn.yaml:90:7
%4286 = sqrt %4277 : f32[16] @ models/lib/nn.yaml:90:7
%4287 = cast %4285 : f32[] @ models/lib/nn.yaml:90:7
%4288 = broadcast %4287 : f32[16] @ models/lib/nn.yaml:90:7
%4289 = mul %4286, %4288 : f32[16] @ models/lib/nn.yaml:90:7
%4290 = add %4289, %2814 : f32[16] @ models/lib/nn.yaml:90:7
%4291 = div %4273, %4290 : f32[16] @ models/lib/nn.yaml:90:7
%4292 = cast %4281 : f32[] @ models/lib/nn.yaml:90:7
%4293 = broadcast %4292 : f32[16] @ models/lib/nn.yaml:90:7
%4294 = mul %4291, %4293 : f32[16] @ models/lib/nn.yaml:90:7
%4295 = sub %44, %4294 : f32[16] @ models/lib/nn.yaml:90:7
%4296 = assign %44, %4295 : f32[16] @ models/lib/nn.yaml:90:7
%4297 = assign %4267, %4273 : f32[16] @ models/lib/nn.yaml:90:7
%4298 = assign %4268, %4277 : f32[16] @ models/lib/nn.yaml:90:7
%4299 = assign %4269, %4270 : i64[] @ models/lib/nn.yaml:90:7
%4300 = mul %128, %2825 : f32[16] @ models/lib/nn.yaml:90:7
%4301 = mul %4295, %2827 : f32[16] @ models/lib/nn.yaml:90:7
%4302 = add %4300, %4301 : f32[16] @ models/lib/nn.yaml:90:7
%4303 = assign %128, %4302 : f32[16] @ models/lib/nn.yaml:90:7
%4304 = all_reduce_sum %2254 : f32[64,16] @ models/lib/nn.yaml:79:7
%4305 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4306 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4307 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4308 = add %4307, %2683 : i64[] @ models/lib/nn.yaml:79:7
%4309 = mul %45, %3165 : f32[64,16] @ models/lib/nn.yaml:79:7
%4310 = mul %4304, %3167 : f32[64,16] @ models/lib/nn.yaml:79:7
%4311 = mul %4305, %3169 : f32[64,16] @ models/lib/nn.yaml:79:7
%4312 = add %4311, %4310 : f32[64,16] @ models/lib/nn.yaml:79:7
%4313 = mul %4304, %4304 : f32[64,16] @ models/lib/nn.yaml:79:7
%4314 = mul %4313, %3173 : f32[64,16] @ models/lib/nn.yaml:79:7
%4315 = mul %4306, %3175 : f32[64,16] @ models/lib/nn.yaml:79:7
%4316 = add %4315, %4314 : f32[64,16] @ models/lib/nn.yaml:79:7
%4317 = cast %4308 : f64[] @ models/lib/nn.yaml:79:7
%4318 = pow %2693, %4317 : f64[] @ models/lib/nn.yaml:79:7
%4319 = sub %2686, %4318 : f64[] @ models/lib/nn.yaml:79:7
%4320 = div %1614, %4319 : f64[] @ models/lib/nn.yaml:79:7
%4321 = pow %2701, %4317 : f64[] @ models/lib/nn.yaml:79:7
%4322 = sub %2686, %4321 : f64[] @ models/lib/nn.yaml:79:7
%4323 = sqrt %4322 : f64[] @ models/lib/nn.yaml:79:7
%4324 = div %2686, %4323 : f64[] @ models/lib/nn.yaml:79:7
%4325 = sqrt %4316 : f32[64,16] @ models/lib/nn.yaml:79:7
%4326 = cast %4324 : f32[] @ models/lib/nn.yaml:79:7
%4327 = broadcast %4326 : f32[64,16] @ models/lib/nn.yaml:79:7
%4328 = mul %4325, %4327 : f32[64,16] @ models/lib/nn.yaml:79:7
%4329 = add %4328, %3190 : f32[64,16] @ models/lib/nn.yaml:79:7
%4330 = div %4312, %4329 : f32[64,16] @ models/lib/nn.yaml:79:7
%4331 = cast %4320 : f32[] @ models/lib/nn.yaml:79:7
%4332 = broadcast %4331 : f32[64,16] @ models/lib/nn.yaml:79:7
%4333 = mul %4330, %4332 : f32[64,16] @ models/lib/nn.yaml:79:7
%4334 = sub %4309, %4333 : f32[64,16] @ models/lib/nn.yaml:79:7
%4335 = assign %45, %4334 : f32[64,16] @ models/lib/nn.yaml:79:7
%4336 = assign %4305, %4312 : f32[64,16] @ models/lib/nn.yaml:79:7
%4337 = assign %4306, %4316 : f32[64,16] @ models/lib/nn.yaml:79:7
%4338 = assign %4307, %4308 : i64[] @ models/lib/nn.yaml:79:7
%4339 = mul %129, %3201 : f32[64,16] @ models/lib/nn.yaml:79:7
%4340 = mul %4334, %3203 : f32[64,16] @ models/lib/nn.yaml:79:7
%4341 = add %4339, %4340 : f32[64,16] @ models/lib/nn.yaml:79:7
%4342 = assign %129, %4341 : f32[64,16] @ models/lib/nn.yaml:79:7
%4343 = all_reduce_sum %2250 : f32[64] @ models/lib/nn.yaml:80:7
%4344 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4345 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4346 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4347 = add %4346, %2683 : i64[] @ models/lib/nn.yaml:80:7
%4348 = mul %4343, %3212 : f32[64] @ models/lib/nn.yaml:80:7
%4349 = mul %4344, %3214 : f32[64] @ models/lib/nn.yaml:80:7
%4350 = add %4349, %4348 : f32[64] @ models/lib/nn.yaml:80:7
%4351 = mul %4343, %4343 : f32[64] @ models/lib/nn.yaml:80:7
%4352 = mul %4351, %3218 : f32[64] @ models/lib/nn.yaml:80:7
%4353 = mul %4345, %3220 : f32[64] @ models/lib/nn.yaml:80:7
%4354 = add %4353, %4352 : f32[64] @ models/lib/nn.yaml:80:7
%4355 = cast %4347 : f64[] @ models/lib/nn.yaml:80:7
%4356 = pow %2693, %4355 : f64[] @ models/lib/nn.yaml:80:7
%4357 = sub %2686, %4356 : f64[] @ models/lib/nn.yaml:80:7
%4358 = div %1614, %4357 : f64[] @ models/lib/nn.yaml:80:7
%4359 = pow %2701, %4355 : f64[] @ models/lib/nn.yaml:80:7
%4360 = sub %2686, %4359 : f64[] @ models/lib/nn.yaml:80:7
%4361 = sqrt %4360 : f64[] @ models/lib/nn.yaml:80:7
%4362 = div %2686, %4361 : f64[] @ models/lib/nn.yaml:80:7
%4363 = sqrt %4354 : f32[64] @ models/lib/nn.yaml:80:7
%4364 = cast %4362 : f32[] @ models/lib/nn.yaml:80:7
%4365 = broadcast %4364 : f32[64] @ models/lib/nn.yaml:80:7
%4366 = mul %4363, %4365 : f32[64] @ models/lib/nn.yaml:80:7
%4367 = add %4366, %3235 : f32[64] @ models/lib/nn.yaml:80:7
%4368 = div %4350, %4367 : f32[64] @ models/lib/nn.yaml:80:7
%4369 = cast %4358 : f32[] @ models/lib/nn.yaml:80:7
%4370 = broadcast %4369 : f32[64] @ models/lib/nn.yaml:80:7
%4371 = mul %4368, %4370 : f32[64] @ models/lib/nn.yaml:80:7
%4372 = sub %46, %4371 : f32[64] @ models/lib/nn.yaml:80:7
%4373 = assign %46, %4372 : f32[64] @ models/lib/nn.yaml:80:7
%4374 = assign %4344, %4350 : f32[64] @ models/lib/nn.yaml:80:7
%4375 = assign %4345, %4354 : f32[64] @ models/lib/nn.yaml:80:7
%4376 = assign %4346, %4347 : i64[] @ models/lib/nn.yaml:80:7
%4377 = mul %130, %3246 : f32[64] @ models/lib/nn.yaml:80:7
%4378 = mul %4372, %3248 : f32[64] @ models/lib/nn.yaml:80:7
%4379 = add %4377, %4378 : f32[64] @ models/lib/nn.yaml:80:7
%4380 = assign %130, %4379 : f32[64] @ models/lib/nn.yaml:80:7
%4381 = all_reduce_sum %2238 : f32[16,64] @ models/lib/nn.yaml:79:7
%4382 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4383 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4384 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4385 = add %4384, %2683 : i64[] @ models/lib/nn.yaml:79:7
%4386 = mul %47, %3257 : f32[16,64] @ models/lib/nn.yaml:79:7
%4387 = mul %4381, %3259 : f32[16,64] @ models/lib/nn.yaml:79:7
%4388 = mul %4382, %3261 : f32[16,64] @ models/lib/nn.yaml:79:7
%4389 = add %4388, %4387 : f32[16,64] @ models/lib/nn.yaml:79:7
%4390 = mul %4381, %4381 : f32[16,64] @ models/lib/nn.yaml:79:7
%4391 = mul %4390, %3265 : f32[16,64] @ models/lib/nn.yaml:79:7
%4392 = mul %4383, %3267 : f32[16,64] @ models/lib/nn.yaml:79:7
%4393 = add %4392, %4391 : f32[16,64] @ models/lib/nn.yaml:79:7
%4394 = cast %4385 : f64[] @ models/lib/nn.yaml:79:7
%4395 = pow %2693, %4394 : f64[] @ models/lib/nn.yaml:79:7
%4396 = sub %2686, %4395 : f64[] @ models/lib/nn.yaml:79:7
%4397 = div %1614, %4396 : f64[] @ models/lib/nn.yaml:79:7
%4398 = pow %2701, %4394 : f64[] @ models/lib/nn.yaml:79:7
%4399 = sub %2686, %4398 : f64[] @ models/lib/nn.yaml:79:7
%4400 = sqrt %4399 : f64[] @ models/lib/nn.yaml:79:7
%4401 = div %2686, %4400 : f64[] @ models/lib/nn.yaml:79:7
%4402 = sqrt %4393 : f32[16,64] @ models/lib/nn.yaml:79:7
%4403 = cast %4401 : f32[] @ models/lib/nn.yaml:79:7
%4404 = broadcast %4403 : f32[16,64] @ models/lib/nn.yaml:79:7
%4405 = mul %4402, %4404 : f32[16,64] @ models/lib/nn.yaml:79:7
%4406 = add %4405, %3282 : f32[16,64] @ models/lib/nn.yaml:79:7
%4407 = div %4389, %4406 : f32[16,64] @ models/lib/nn.yaml:79:7
%4408 = cast %4397 : f32[] @ models/lib/nn.yaml:79:7
%4409 = broadcast %4408 : f32[16,64] @ models/lib/nn.yaml:79:7
%4410 = mul %4407, %4409 : f32[16,64] @ models/lib/nn.yaml:79:7
%4411 = sub %4386, %4410 : f32[16,64] @ models/lib/nn.yaml:79:7
%4412 = assign %47, %4411 : f32[16,64] @ models/lib/nn.yaml:79:7
%4413 = assign %4382, %4389 : f32[16,64] @ models/lib/nn.yaml:79:7
%4414 = assign %4383, %4393 : f32[16,64] @ models/lib/nn.yaml:79:7
%4415 = assign %4384, %4385 : i64[] @ models/lib/nn.yaml:79:7
%4416 = mul %131, %3293 : f32[16,64] @ models/lib/nn.yaml:79:7
%4417 = mul %4411, %3295 : f32[16,64] @ models/lib/nn.yaml:79:7
%4418 = add %4416, %4417 : f32[16,64] @ models/lib/nn.yaml:79:7
%4419 = assign %131, %4418 : f32[16,64] @ models/lib/nn.yaml:79:7
%4420 = all_reduce_sum %2234 : f32[16] @ models/lib/nn.yaml:80:7
%4421 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4422 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4423 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4424 = add %4423, %2683 : i64[] @ models/lib/nn.yaml:80:7
%4425 = mul %4420, %2791 : f32[16] @ models/lib/nn.yaml:80:7
%4426 = mul %4421, %2793 : f32[16] @ models/lib/nn.yaml:80:7
%4427 = add %4426, %4425 : f32[16] @ models/lib/nn.yaml:80:7
%4428 = mul %4420, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%4429 = mul %4428, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4430 = mul %4422, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4431 = add %4430, %4429 : f32[16] @ models/lib/nn.yaml:80:7
%4432 = cast %4424 : f64[] @ models/lib/nn.yaml:80:7
%4433 = pow %2693, %4432 : f64[] @ models/lib/nn.yaml:80:7
%4434 = sub %2686, %4433 : f64[] @ models/lib/nn.yaml:80:7
%4435 = div %1614, %4434 : f64[] @ models/lib/nn.yaml:80:7
%4436 = pow %2701, %4432 : f64[] @ models/lib/nn.yaml:80:7
%4437 = sub %2686, %4436 : f64[] @ models/lib/nn.yaml:80:7
%4438 = sqrt %4437 : f64[] @ models/lib/nn.yaml:80:7
%4439 = div %2686, %4438 : f64[] @ models/lib/nn.yaml:80:7
%4440 = sqrt %4431 : f32[16] @ models/lib/nn.yaml:80:7
%4441 = cast %4439 : f32[] @ models/lib/nn.yaml:80:7
%4442 = broadcast %4441 : f32[16] @ models/lib/nn.yaml:80:7
%4443 = mul %4440, %4442 : f32[16] @ models/lib/nn.yaml:80:7
%4444 = add %4443, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%4445 = div %4427, %4444 : f32[16] @ models/lib/nn.yaml:80:7
%4446 = cast %4435 : f32[] @ models/lib/nn.yaml:80:7
%4447 = broadcast %4446 : f32[16] @ models/lib/nn.yaml:80:7
%4448 = mul %4445, %4447 : f32[16] @ models/lib/nn.yaml:80:7
%4449 = sub %48, %4448 : f32[16] @ models/lib/nn.yaml:80:7
%4450 = assign %48, %4449 : f32[16] @ models/lib/nn.yaml:80:7
%4451 = assign %4421, %4427 : f32[16] @ models/lib/nn.yaml:80:7
%4452 = assign %4422, %4431 : f32[16] @ models/lib/nn.yaml:80:7
%4453 = assign %4423, %4424 : i64[] @ models/lib/nn.yaml:80:7
%4454 = mul %132, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%4455 = mul %4449, %2827 : f32[16] @ models/lib/nn.yaml:80:7
%4456 = add %4454, %4455 : f32[16] @ models/lib/nn.yaml:80:7
%4457 = assign %132, %4456 : f32[16] @ models/lib/nn.yaml:80:7
%4458 = all_reduce_sum %2211 : f32[16] @ models/lib/nn.yaml:89:7
%4459 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4460 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4461 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4462 = add %4461, %2683 : i64[] @ models/lib/nn.yaml:89:7
%4463 = mul %4458, %2791 : f32[16] @ models/lib/nn.yaml:89:7
%4464 = mul %4459, %2793 : f32[16] @ models/lib/nn.yaml:89:7
%4465 = add %4464, %4463 : f32[16] @ models/lib/nn.yaml:89:7
%4466 = mul %4458, %4458 : f32[16] @ models/lib/nn.yaml:89:7
%4467 = mul %4466, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%4468 = mul %4460, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%4469 = add %4468, %4467 : f32[16] @ models/lib/nn.yaml:89:7
%4470 = cast %4462 : f64[] @ models/lib/nn.yaml:89:7
%4471 = pow %2693, %4470 : f64[] @ models/lib/nn.yaml:89:7
%4472 = sub %2686, %4471 : f64[] @ models/lib/nn.yaml:89:7
%4473 = div %1614, %4472 : f64[] @ models/lib/nn.yaml:89:7
%4474 = pow %2701, %4470 : f64[] @ models/lib/nn.yaml:89:7
%4475 = sub %2686, %4474 : f64[] @ models/lib/nn.yaml:89:7
%4476 = sqrt %4475 : f64[] @ models/lib/nn.yaml:89:7
%4477 = div %2686, %4476 : f64[] @ models/lib/nn.yaml:89:7
%4478 = sqrt %4469 : f32[16] @ models/lib/nn.yaml:89:7
%4479 = cast %4477 : f32[] @ models/lib/nn.yaml:89:7
%4480 = broadcast %4479 : f32[16] @ models/lib/nn.yaml:89:7
%4481 = mul %4478, %4480 : f32[16] @ models/lib/nn.yaml:89:7
%4482 = add %4481, %2814 : f32[16] @ models/lib/nn.yaml:89:7
%4483 = div %4465, %4482 : f32[16] @ models/lib/nn.yaml:89:7
%4484 = cast %4473 : f32[] @ models/lib/nn.yaml:89:7
%4485 = broadcast %4484 : f32[16] @ models/lib/nn.yaml:89:7
%4486 = mul %4483, %4485 : f32[16] @ models/lib/nn.yaml:89:7
%4487 = sub %49, %4486 : f32[16] @ models/lib/nn.yaml:89:7
%4488 = assign %49, %4487 : f32[16] @ models/lib/nn.yaml:89:7
%4489 = assign %4459, %4465 : f32[16] @ models/lib/nn.yaml:89:7
%4490 = assign %4460, %4469 : f32[16] @ models/lib/nn.yaml:89:7
%4491 = assign %4461, %4462 : i64[] @ models/lib/nn.yaml:89:7
%4492 = mul %133, %2825 : f32[16] @ models/lib/nn.yaml:89:7
%4493 = mul %4487, %2827 : f32[16] @ models/lib/nn.yaml:89:7
%4494 = add %4492, %4493 : f32[16] @ models/lib/nn.yaml:89:7
%4495 = assign %133, %4494 : f32[16] @ models/lib/nn.yaml:89:7
%4496 = all_reduce_sum %2207 : f32[16] @ models/lib/nn.yaml:90:7
%4497 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4498 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4499 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4500 = add %4499, %2683 : i64[] @ models/lib/nn.yaml:90:7
%4501 = mul %4496, %2791 : f32[16] @ models/lib/nn.yaml:90:7
%4502 = mul %4497, %2793 : f32[16] @ models/lib/nn.yaml:90:7
%4503 = add %4502, %4501 : f32[16] @ models/lib/nn.yaml:90:7
%4504 = mul %4496, %4496 : f32[16] @ models/lib/nn.yaml:90:7
%4505 = mul %4504, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%4506 = mul %4498, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%4507 = add %4506, %4505 : f32[16] @ models/lib/nn.yaml:90:7
%4508 = cast %4500 : f64[] @ models/lib/nn.yaml:90:7
%4509 = pow %2693, %4508 : f64[] @ models/lib/nn.yaml:90:7
%4510 = sub %2686, %4509 : f64[] @ models/lib/nn.yaml:90:7
%4511 = div %1614, %4510 : f64[] @ models/lib/nn.yaml:90:7
%4512 = pow %2701, %4508 : f64[] @ models/lib/nn.yaml:90:7
%4513 = sub %2686, %4512 : f64[] @ models/lib/nn.yaml:90:7
%4514 = sqrt %4513 : f64[] @ models/lib/nn.yaml:90:7
%4515 = div %2686, %4514 : f64[] @ models/lib/nn.yaml:90:7
%4516 = sqrt %4507 : f32[16] @ models/lib/nn.yaml:90:7
%4517 = cast %4515 : f32[] @ models/lib/nn.yaml:90:7
%4518 = broadcast %4517 : f32[16] @ models/lib/nn.yaml:90:7
%4519 = mul %4516, %4518 : f32[16] @ models/lib/nn.yaml:90:7
%4520 = add %4519, %2814 : f32[16] @ models/lib/nn.yaml:90:7
%4521 = div %4503, %4520 : f32[16] @ models/lib/nn.yaml:90:7
%4522 = cast %4511 : f32[] @ models/lib/nn.yaml:90:7
%4523 = broadcast %4522 : f32[16] @ models/lib/nn.yaml:90:7
%4524 = mul %4521, %4523 : f32[16] @ models/lib/nn.yaml:90:7
%4525 = sub %50, %4524 : f32[16] @ models/lib/nn.yaml:90:7
%4526 = assign %50, %4525 : f32[16] @ models/lib/nn.yaml:90:7
%4527 = assign %4497, %4503 : f32[16] @ models/lib/nn.yaml:90:7
%4528 = assign %4498, %4507 : f32[16] @ models/lib/nn.yaml:90:7
%4529 = assign %4499, %4500 : i64[] @ models/lib/nn.yaml:90:7
%4530 = mul %134, %2825 : f32[16] @ models/lib/nn.yaml:90:7
%4531 = mul %4525, %2827 : f32[16] @ models/lib/nn.yaml:90:7
%4532 = add %4530, %4531 : f32[16] @ models/lib/nn.yaml:90:7
%4533 = assign %134, %4532 : f32[16] @ models/lib/nn.yaml:90:7
%4534 = all_reduce_sum %2201 : f32[16,16] @ models/lib/nn.yaml:79:7
%4535 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4536 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4537 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4538 = add %4537, %2683 : i64[] @ models/lib/nn.yaml:79:7
%4539 = mul %51, %3004 : f32[16,16] @ models/lib/nn.yaml:79:7
%4540 = mul %4534, %3006 : f32[16,16] @ models/lib/nn.yaml:79:7
%4541 = mul %4535, %3008 : f32[16,16] @ models/lib/nn.yaml:79:7
%4542 = add %4541, %4540 : f32[16,16] @ models/lib/nn.yaml:79:7
%4543 = mul %4534, %4534 : f32[16,16] @ models/lib/nn.yaml:79:7
%4544 = mul %4543, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4545 = mul %4536, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%4546 = add %4545, %4544 : f32[16,16] @ models/lib/nn.yaml:79:7
%4547 = cast %4538 : f64[] @ models/lib/nn.yaml:79:7
%4548 = pow %2693, %4547 : f64[] @ models/lib/nn.yaml:79:7
%4549 = sub %2686, %4548 : f64[] @ models/lib/nn.yaml:79:7
%4550 = div %1614, %4549 : f64[] @ models/lib/nn.yaml:79:7
%4551 = pow %2701, %4547 : f64[] @ models/lib/nn.yaml:79:7
%4552 = sub %2686, %4551 : f64[] @ models/lib/nn.yaml:79:7
%4553 = sqrt %4552 : f64[] @ models/lib/nn.yaml:79:7
%4554 = div %2686, %4553 : f64[] @ models/lib/nn.yaml:79:7
%4555 = sqrt %4546 : f32[16,16] @ models/lib/nn.yaml:79:7
%4556 = cast %4554 : f32[] @ models/lib/nn.yaml:79:7
%4557 = broadcast %4556 : f32[16,16] @ models/lib/nn.yaml:79:7
%4558 = mul %4555, %4557 : f32[16,16] @ models/lib/nn.yaml:79:7
%4559 = add %4558, %3029 : f32[16,16] @ models/lib/nn.yaml:79:7
%4560 = div %4542, %4559 : f32[16,16] @ models/lib/nn.yaml:79:7
%4561 = cast %4550 : f32[] @ models/lib/nn.yaml:79:7
%4562 = broadcast %4561 : f32[16,16] @ models/lib/nn.yaml:79:7
%4563 = mul %4560, %4562 : f32[16,16] @ models/lib/nn.yaml:79:7
%4564 = sub %4539, %4563 : f32[16,16] @ models/lib/nn.yaml:79:7
%4565 = assign %51, %4564 : f32[16,16] @ models/lib/nn.yaml:79:7
%4566 = assign %4535, %4542 : f32[16,16] @ models/lib/nn.yaml:79:7
%4567 = assign %4536, %4546 : f32[16,16] @ models/lib/nn.yaml:79:7
%4568 = assign %4537, %4538 : i64[] @ models/lib/nn.yaml:79:7
%4569 = mul %135, %3040 : f32[16,16] @ models/lib/nn.yaml:79:7
%4570 = mul %4564, %3042 : f32[16,16] @ models/lib/nn.yaml:79:7
%4571 = add %4569, %4570 : f32[16,16] @ models/lib/nn.yaml:79:7
%4572 = assign %135, %4571 : f32[16,16] @ models/lib/nn.yaml:79:7
%4573 = all_reduce_sum %2197 : f32[16] @ models/lib/nn.yaml:80:7
%4574 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4575 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4576 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4577 = add %4576, %2683 : i64[] @ models/lib/nn.yaml:80:7
%4578 = mul %4573, %2791 : f32[16] @ models/lib/nn.yaml:80:7
%4579 = mul %4574, %2793 : f32[16] @ models/lib/nn.yaml:80:7
%4580 = add %4579, %4578 : f32[16] @ models/lib/nn.yaml:80:7
%4581 = mul %4573, %4573 : f32[16] @ models/lib/nn.yaml:80:7
%4582 = mul %4581, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4583 = mul %4575, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4584 = add %4583, %4582 : f32[16] @ models/lib/nn.yaml:80:7
%4585 = cast %4577 : f64[] @ models/lib/nn.yaml:80:7
%4586 = pow %2693, %4585 : f64[] @ models/lib/nn.yaml:80:7
%4587 = sub %2686, %4586 : f64[] @ models/lib/nn.yaml:80:7
%4588 = div %1614, %4587 : f64[] @ models/lib/nn.yaml:80:7
%4589 = pow %2701, %4585 : f64[] @ models/lib/nn.yaml:80:7
%4590 = sub %2686, %4589 : f64[] @ models/lib/nn.yaml:80:7
%4591 = sqrt %4590 : f64[] @ models/lib/nn.yaml:80:7
%4592 = div %2686, %4591 : f64[] @ models/lib/nn.yaml:80:7
%4593 = sqrt %4584 : f32[16] @ models/lib/nn.yaml:80:7
%4594 = cast %4592 : f32[] @ models/lib/nn.yaml:80:7
%4595 = broadcast %4594 : f32[16] @ models/lib/nn.yaml:80:7
%4596 = mul %4593, %4595 : f32[16] @ models/lib/nn.yaml:80:7
%4597 = add %4596, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%4598 = div %4580, %4597 : f32[16] @ models/lib/nn.yaml:80:7
%4599 = cast %4588 : f32[] @ models/lib/nn.yaml:80:7
%4600 = broadcast %4599 : f32[16] @ models/lib/nn.yaml:80:7
%4601 = mul %4598, %4600 : f32[16] @ models/lib/nn.yaml:80:7
%4602 = sub %52, %4601 : f32[16] @ models/lib/nn.yaml:80:7
%4603 = assign %52, %4602 : f32[16] @ models/lib/nn.yaml:80:7
%4604 = assign %4574, %4580 : f32[16] @ models/lib/nn.yaml:80:7
%4605 = assign %4575, %4584 : f32[16] @ models/lib/nn.yaml:80:7
%4606 = assign %4576, %4577 : i64[] @ models/lib/nn.yaml:80:7
%4607 = mul %136, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%4608 = mul %4602, %2827 : f32[16] @ models/lib/nn.yaml:80:7
%4609 = add %4607, %4608 : f32[16] @ models/lib/nn.yaml:80:7
%4610 = assign %136, %4609 : f32[16] @ models/lib/nn.yaml:80:7
%4611 = all_reduce_sum %2193 : f32[16,16] @ models/lib/nn.yaml:79:7
%4612 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4613 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4614 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4615 = add %4614, %2683 : i64[] @ models/lib/nn.yaml:79:7
%4616 = mul %53, %3004 : f32[16,16] @ models/lib/nn.yaml:79:7
%4617 = mul %4611, %3006 : f32[16,16] @ models/lib/nn.yaml:79:7
%4618 = mul %4612, %3008 : f32[16,16] @ models/lib/nn.yaml:79:7
%4619 = add %4618, %4617 : f32[16,16] @ models/lib/nn.yaml:79:7
%4620 = mul %4611, %4611 : f32[16,16] @ models/lib/nn.yaml:79:7
%4621 = mul %4620, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4622 = mul %4613, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%4623 = add %4622, %4621 : f32[16,16] @ models/lib/nn.yaml:79:7
%4624 = cast %4615 : f64[] @ models/lib/nn.yaml:79:7
%4625 = pow %2693, %4624 : f64[] @ models/lib/nn.yaml:79:7
%4626 = sub %2686, %4625 : f64[] @ models/lib/nn.yaml:79:7
%4627 = div %1614, %4626 : f64[] @ models/lib/nn.yaml:79:7
%4628 = pow %2701, %4624 : f64[] @ models/lib/nn.yaml:79:7
%4629 = sub %2686, %4628 : f64[] @ models/lib/nn.yaml:79:7
%4630 = sqrt %4629 : f64[] @ models/lib/nn.yaml:79:7
%4631 = div %2686, %4630 : f64[] @ models/lib/nn.yaml:79:7
%4632 = sqrt %4623 : f32[16,16] @ models/lib/nn.yaml:79:7
%4633 = cast %4631 : f32[] @ models/lib/nn.yaml:79:7
%4634 = broadcast %4633 : f32[16,16] @ models/lib/nn.yaml:79:7
%4635 = mul %4632, %4634 : f32[16,16] @ models/lib/nn.yaml:79:7
%4636 = add %4635, %3029 : f32[16,16] @ models/lib/nn.yaml:79:7
%4637 = div %4619, %4636 : f32[16,16] @ models/lib/nn.yaml:79:7
%4638 = cast %4627 : f32[] @ models/lib/nn.yaml:79:7
%4639 = broadcast %4638 : f32[16,16] @ models/lib/nn.yaml:79:7
%4640 = mul %4637, %4639 : f32[16,16] @ models/lib/nn.yaml:79:7
%4641 = sub %4616, %4640 : f32[16,16] @ models/lib/nn.yaml:79:7
%4642 = assign %53, %4641 : f32[16,16] @ models/lib/nn.yaml:79:7
%4643 = assign %4612, %4619 : f32[16,16] @ models/lib/nn.yaml:79:7
%4644 = assign %4613, %4623 : f32[16,16] @ models/lib/nn.yaml:79:7
%4645 = assign %4614, %4615 : i64[] @ models/lib/nn.yaml:79:7
%4646 = mul %137, %3040 : f32[16,16] @ models/lib/nn.yaml:79:7
%4647 = mul %4641, %3042 : f32[16,16] @ models/lib/nn.yaml:79:7
%4648 = add %4646, %4647 : f32[16,16] @ models/lib/nn.yaml:79:7
%4649 = assign %137, %4648 : f32[16,16] @ models/lib/nn.yaml:79:7
%4650 = all_reduce_sum %2189 : f32[16] @ models/lib/nn.yaml:80:7
%4651 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4652 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4653 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4654 = add %4653, %2683 : i64[] @ models/lib/nn.yaml:80:7
%4655 = mul %4650, %2791 : f32[16] @ models/lib/nn.yaml:80:7
%4656 = mul %4651, %2793 : f32[16] @ models/lib/nn.yaml:80:7
%4657 = add %4656, %4655 : f32[16] @ models/lib/nn.yaml:80:7
%4658 = mul %4650, %4650 : f32[16] @ models/lib/nn.yaml:80:7
%4659 = mul %4658, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4660 = mul %4652, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4661 = add %4660, %4659 : f32[16] @ models/lib/nn.yaml:80:7
%4662 = cast %4654 : f64[] @ models/lib/nn.yaml:80:7
%4663 = pow %2693, %4662 : f64[] @ models/lib/nn.yaml:80:7
%4664 = sub %2686, %4663 : f64[] @ models/lib/nn.yaml:80:7
%4665 = div %1614, %4664 : f64[] @ models/lib/nn.yaml:80:7
%4666 = pow %2701, %4662 : f64[] @ models/lib/nn.yaml:80:7
%4667 = sub %2686, %4666 : f64[] @ models/lib/nn.yaml:80:7
%4668 = sqrt %4667 : f64[] @ models/lib/nn.yaml:80:7
%4669 = div %2686, %4668 : f64[] @ models/lib/nn.yaml:80:7
%4670 = sqrt %4661 : f32[16] @ models/lib/nn.yaml:80:7
%4671 = cast %4669 : f32[] @ models/lib/nn.yaml:80:7
%4672 = broadcast %4671 : f32[16] @ models/lib/nn.yaml:80:7
%4673 = mul %4670, %4672 : f32[16] @ models/lib/nn.yaml:80:7
%4674 = add %4673, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%4675 = div %4657, %4674 : f32[16] @ models/lib/nn.yaml:80:7
%4676 = cast %4665 : f32[] @ models/lib/nn.yaml:80:7
%4677 = broadcast %4676 : f32[16] @ models/lib/nn.yaml:80:7
%4678 = mul %4675, %4677 : f32[16] @ models/lib/nn.yaml:80:7
%4679 = sub %54, %4678 : f32[16] @ models/lib/nn.yaml:80:7
%4680 = assign %54, %4679 : f32[16] @ models/lib/nn.yaml:80:7
%4681 = assign %4651, %4657 : f32[16] @ models/lib/nn.yaml:80:7
%4682 = assign %4652, %4661 : f32[16] @ models/lib/nn.yaml:80:7
%4683 = assign %4653, %4654 : i64[] @ models/lib/nn.yaml:80:7
%4684 = mul %138, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%4685 = mul %4679, %2827 : f32[16] @ models/lib/nn.yaml:80:7
%4686 = add %4684, %4685 : f32[16] @ models/lib/nn.yaml:80:7
%4687 = assign %138, %4686 : f32[16] @ models/lib/nn.yaml:80:7
%4688 = all_reduce_sum %2183 : f32[16,16] @ models/lib/nn.yaml:79:7
%4689 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4690 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4691 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4692 = add %4691, %2683 : i64[] @ models/lib/nn.yaml:79:7
%4693 = mul %55, %3004 : f32[16,16] @ models/lib/nn.yaml:79:7
%4694 = mul %4688, %3006 : f32[16,16] @ models/lib/nn.yaml:79:7
%4695 = mul %4689, %3008 : f32[16,16] @ models/lib/nn.yaml:79:7
%4696 = add %4695, %4694 : f32[16,16] @ models/lib/nn.yaml:79:7
%4697 = mul %4688, %4688 : f32[16,16] @ models/lib/nn.yaml:79:7
%4698 = mul %4697, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4699 = mul %4690, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%4700 = add %4699, %4698 : f32[16,16] @ models/lib/nn.yaml:79:7
%4701 = cast %4692 : f64[] @ models/lib/nn.yaml:79:7
%4702 = pow %2693, %4701 : f64[] @ models/lib/nn.yaml:79:7
%4703 = sub %2686, %4702 : f64[] @ models/lib/nn.yaml:79:7
%4704 = div %1614, %4703 : f64[] @ models/lib/nn.yaml:79:7
%4705 = pow %2701, %4701 : f64[] @ models/lib/nn.yaml:79:7
%4706 = sub %2686, %4705 : f64[] @ models/lib/nn.yaml:79:7
%4707 = sqrt %4706 : f64[] @ models/lib/nn.yaml:79:7
%4708 = div %2686, %4707 : f64[] @ models/lib/nn.yaml:79:7
%4709 = sqrt %4700 : f32[16,16] @ models/lib/nn.yaml:79:7
%4710 = cast %4708 : f32[] @ models/lib/nn.yaml:79:7
%4711 = broadcast %4710 : f32[16,16] @ models/lib/nn.yaml:79:7
%4712 = mul %4709, %4711 : f32[16,16] @ models/lib/nn.yaml:79:7
%4713 = add %4712, %3029 : f32[16,16] @ models/lib/nn.yaml:79:7
%4714 = div %4696, %4713 : f32[16,16] @ models/lib/nn.yaml:79:7
%4715 = cast %4704 : f32[] @ models/lib/nn.yaml:79:7
%4716 = broadcast %4715 : f32[16,16] @ models/lib/nn.yaml:79:7
%4717 = mul %4714, %4716 : f32[16,16] @ models/lib/nn.yaml:79:7
%4718 = sub %4693, %4717 : f32[16,16] @ models/lib/nn.yaml:79:7
%4719 = assign %55, %4718 : f32[16,16] @ models/lib/nn.yaml:79:7
%4720 = assign %4689, %4696 : f32[16,16] @ models/lib/nn.yaml:79:7
%4721 = assign %4690, %4700 : f32[16,16] @ models/lib/nn.yaml:79:7
%4722 = assign %4691, %4692 : i64[] @ models/lib/nn.yaml:79:7
%4723 = mul %139, %3040 : f32[16,16] @ models/lib/nn.yaml:79:7
%4724 = mul %4718, %3042 : f32[16,16] @ models/lib/nn.yaml:79:7
%4725 = add %4723, %4724 : f32[16,16] @ models/lib/nn.yaml:79:7
%4726 = assign %139, %4725 : f32[16,16] @ models/lib/nn.yaml:79:7
%4727 = all_reduce_sum %2179 : f32[16] @ models/lib/nn.yaml:80:7
%4728 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4729 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4730 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4731 = add %4730, %2683 : i64[] @ models/lib/nn.yaml:80:7
%4732 = mul %4727, %2791 : f32[16] @ models/lib/nn.yaml:80:7
%4733 = mul %4728, %2793 : f32[16] @ models/lib/nn.yaml:80:7
%4734 = add %4733, %4732 : f32[16] @ models/lib/nn.yaml:80:7
%4735 = mul %4727, %4727 : f32[16] @ models/lib/nn.yaml:80:7
%4736 = mul %4735, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4737 = mul %4729, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4738 = add %4737, %4736 : f32[16] @ models/lib/nn.yaml:80:7
%4739 = cast %4731 : f64[] @ models/lib/nn.yaml:80:7
%4740 = pow %2693, %4739 : f64[] @ models/lib/nn.yaml:80:7
%4741 = sub %2686, %4740 : f64[] @ models/lib/nn.yaml:80:7
%4742 = div %1614, %4741 : f64[] @ models/lib/nn.yaml:80:7
%4743 = pow %2701, %4739 : f64[] @ models/lib/nn.yaml:80:7
%4744 = sub %2686, %4743 : f64[] @ models/lib/nn.yaml:80:7
%4745 = sqrt %4744 : f64[] @ models/lib/nn.yaml:80:7
%4746 = div %2686, %4745 : f64[] @ models/lib/nn.yaml:80:7
%4747 = sqrt %4738 : f32[16] @ models/lib/nn.yaml:80:7
%4748 = cast %4746 : f32[] @ models/lib/nn.yaml:80:7
%4749 = broadcast %4748 : f32[16] @ models/lib/nn.yaml:80:7
%4750 = mul %4747, %4749 : f32[16] @ models/lib/nn.yaml:80:7
%4751 = add %4750, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%4752 = div %4734, %4751 : f32[16] @ models/lib/nn.yaml:80:7
%4753 = cast %4742 : f32[] @ models/lib/nn.yaml:80:7
%4754 = broadcast %4753 : f32[16] @ models/lib/nn.yaml:80:7
%4755 = mul %4752, %4754 : f32[16] @ models/lib/nn.yaml:80:7
%4756 = sub %56, %4755 : f32[16] @ models/lib/nn.yaml:80:7
%4757 = assign %56, %4756 : f32[16] @ models/lib/nn.yaml:80:7
%4758 = assign %4728, %4734 : f32[16] @ models/lib/nn.yaml:80:7
%4759 = assign %4729, %4738 : f32[16] @ models/lib/nn.yaml:80:7
%4760 = assign %4730, %4731 : i64[] @ models/lib/nn.yaml:80:7
%4761 = mul %140, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%4762 = mul %4756, %2827 : f32[16] @ models/lib/nn.yaml:80:7
%4763 = add %4761, %4762 : f32[16] @ models/lib/nn.yaml:80:7
%4764 = assign %140, %4763 : f32[16] @ models/lib/nn.yaml:80:7
%4765 = all_reduce_sum %2136 : f32[16,16] @ models/lib/nn.yaml:79:7
%4766 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4767 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4768 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4769 = add %4768, %2683 : i64[] @ models/lib/nn.yaml:79:7
%4770 = mul %57, %3004 : f32[16,16] @ models/lib/nn.yaml:79:7
%4771 = mul %4765, %3006 : f32[16,16] @ models/lib/nn.yaml:79:7
%4772 = mul %4766, %3008 : f32[16,16] @ models/lib/nn.yaml:79:7
%4773 = add %4772, %4771 : f32[16,16] @ models/lib/nn.yaml:79:7
%4774 = mul %4765, %4765 : f32[16,16] @ models/lib/nn.yaml:79:7
%4775 = mul %4774, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4776 = mul %4767, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%4777 = add %4776, %4775 : f32[16,16] @ models/lib/nn.yaml:79:7
%4778 = cast %4769 : f64[] @ models/lib/nn.yaml:79:7
%4779 = pow %2693, %4778 : f64[] @ models/lib/nn.yaml:79:7
%4780 = sub %2686, %4779 : f64[] @ models/lib/nn.yaml:79:7
%4781 = div %1614, %4780 : f64[] @ models/lib/nn.yaml:79:7
%4782 = pow %2701, %4778 : f64[] @ models/lib/nn.yaml:79:7
%4783 = sub %2686, %4782 : f64[] @ models/lib/nn.yaml:79:7
%4784 = sqrt %4783 : f64[] @ models/lib/nn.yaml:79:7
%4785 = div %2686, %4784 : f64[] @ models/lib/nn.yaml:79:7
%4786 = sqrt %4777 : f32[16,16] @ models/lib/nn.yaml:79:7
%4787 = cast %4785 : f32[] @ models/lib/nn.yaml:79:7
%4788 = broadcast %4787 : f32[16,16] @ models/lib/nn.yaml:79:7
%4789 = mul %4786, %4788 : f32[16,16] @ models/lib/nn.yaml:79:7
%4790 = add %4789, %3029 : f32[16,16] @ models/lib/nn.yaml:79:7
%4791 = div %4773, %4790 : f32[16,16] @ models/lib/nn.yaml:79:7
%4792 = cast %4781 : f32[] @ models/lib/nn.yaml:79:7
%4793 = broadcast %4792 : f32[16,16] @ models/lib/nn.yaml:79:7
%4794 = mul %4791, %4793 : f32[16,16] @ models/lib/nn.yaml:79:7
%4795 = sub %4770, %4794 : f32[16,16] @ models/lib/nn.yaml:79:7
%4796 = assign %57, %4795 : f32[16,16] @ models/lib/nn.yaml:79:7
%4797 = assign %4766, %4773 : f32[16,16] @ models/lib/nn.yaml:79:7
%4798 = assign %4767, %4777 : f32[16,16] @ models/lib/nn.yaml:79:7
%4799 = assign %4768, %4769 : i64[] @ models/lib/nn.yaml:79:7
%4800 = mul %141, %3040 : f32[16,16] @ models/lib/nn.yaml:79:7
%4801 = mul %4795, %3042 : f32[16,16] @ models/lib/nn.yaml:79:7
%4802 = add %4800, %4801 : f32[16,16] @ models/lib/nn.yaml:79:7
%4803 = assign %141, %4802 : f32[16,16] @ models/lib/nn.yaml:79:7
%4804 = all_reduce_sum %2132 : f32[16] @ models/lib/nn.yaml:80:7
%4805 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4806 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4807 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4808 = add %4807, %2683 : i64[] @ models/lib/nn.yaml:80:7
%4809 = mul %4804, %2791 : f32[16] @ models/lib/nn.yaml:80:7
%4810 = mul %4805, %2793 : f32[16] @ models/lib/nn.yaml:80:7
%4811 = add %4810, %4809 : f32[16] @ models/lib/nn.yaml:80:7
%4812 = mul %4804, %4804 : f32[16] @ models/lib/nn.yaml:80:7
%4813 = mul %4812, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4814 = mul %4806, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4815 = add %4814, %4813 : f32[16] @ models/lib/nn.yaml:80:7
%4816 = cast %4808 : f64[] @ models/lib/nn.yaml:80:7
%4817 = pow %2693, %4816 : f64[] @ models/lib/nn.yaml:80:7
%4818 = sub %2686, %4817 : f64[] @ models/lib/nn.yaml:80:7
%4819 = div %1614, %4818 : f64[] @ models/lib/nn.yaml:80:7
%4820 = pow %2701, %4816 : f64[] @ models/lib/nn.yaml:80:7
%4821 = sub %2686, %4820 : f64[] @ models/lib/nn.yaml:80:7
%4822 = sqrt %4821 : f64[] @ models/lib/nn.yaml:80:7
%4823 = div %2686, %4822 : f64[] @ models/lib/nn.yaml:80:7
%4824 = sqrt %4815 : f32[16] @ models/lib/nn.yaml:80:7
%4825 = cast %4823 : f32[] @ models/lib/nn.yaml:80:7
%4826 = broadcast %4825 : f32[16] @ models/lib/nn.yaml:80:7
%4827 = mul %4824, %4826 : f32[16] @ models/lib/nn.yaml:80:7
%4828 = add %4827, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%4829 = div %4811, %4828 : f32[16] @ models/lib/nn.yaml:80:7
%4830 = cast %4819 : f32[] @ models/lib/nn.yaml:80:7
%4831 = broadcast %4830 : f32[16] @ models/lib/nn.yaml:80:7
%4832 = mul %4829, %4831 : f32[16] @ models/lib/nn.yaml:80:7
%4833 = sub %58, %4832 : f32[16] @ models/lib/nn.yaml:80:7
%4834 = assign %58, %4833 : f32[16] @ models/lib/nn.yaml:80:7
%4835 = assign %4805, %4811 : f32[16] @ models/lib/nn.yaml:80:7
%4836 = assign %4806, %4815 : f32[16] @ models/lib/nn.yaml:80:7
%4837 = assign %4807, %4808 : i64[] @ models/lib/nn.yaml:80:7
%4838 = mul %142, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%4839 = mul %4833, %2827 : f32[16] @ models/lib/nn.yaml:80:7
%4840 = add %4838, %4839 : f32[16] @ models/lib/nn.yaml:80:7
%4841 = assign %142, %4840 : f32[16] @ models/lib/nn.yaml:80:7
%4842 = all_reduce_sum %2111 : f32[16] @ models/lib/nn.yaml:89:7
%4843 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4844 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4845 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4846 = add %4845, %2683 : i64[] @ models/lib/nn.yaml:89:7
%4847 = mul %4842, %2791 : f32[16] @ models/lib/nn.yaml:89:7
%4848 = mul %4843, %2793 : f32[16] @ models/lib/nn.yaml:89:7
%4849 = add %4848, %4847 : f32[16] @ models/lib/nn.yaml:89:7
%4850 = mul %4842, %4842 : f32[16] @ models/lib/nn.yaml:89:7
%4851 = mul %4850, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%4852 = mul %4844, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%4853 = add %4852, %4851 : f32[16] @ models/lib/nn.yaml:89:7
%4854 = cast %4846 : f64[] @ models/lib/nn.yaml:89:7
%4855 = pow %2693, %4854 : f64[] @ models/lib/nn.yaml:89:7
%4856 = sub %2686, %4855 : f64[] @ models/lib/nn.yaml:89:7
%4857 = div %1614, %4856 : f64[] @ models/lib/nn.yaml:89:7
%4858 = pow %2701, %4854 : f64[] @ models/lib/nn.yaml:89:7
%4859 = sub %2686, %4858 : f64[] @ models/lib/nn.yaml:89:7
%4860 = sqrt %4859 : f64[] @ models/lib/nn.yaml:89:7
%4861 = div %2686, %4860 : f64[] @ models/lib/nn.yaml:89:7
%4862 = sqrt %4853 : f32[16] @ models/lib/nn.yaml:89:7
%4863 = cast %4861 : f32[] @ models/lib/nn.yaml:89:7
%4864 = broadcast %4863 : f32[16] @ models/lib/nn.yaml:89:7
%4865 = mul %4862, %4864 : f32[16] @ models/lib/nn.yaml:89:7
%4866 = add %4865, %2814 : f32[16] @ models/lib/nn.yaml:89:7
%4867 = div %4849, %4866 : f32[16] @ models/lib/nn.yaml:89:7
%4868 = cast %4857 : f32[] @ models/lib/nn.yaml:89:7
%4869 = broadcast %4868 : f32[16] @ models/lib/nn.yaml:89:7
%4870 = mul %4867, %4869 : f32[16] @ models/lib/nn.yaml:89:7
%4871 = sub %59, %4870 : f32[16] @ models/lib/nn.yaml:89:7
%4872 = assign %59, %4871 : f32[16] @ models/lib/nn.yaml:89:7
%4873 = assign %4843, %4849 : f32[16] @ models/lib/nn.yaml:89:7
%4874 = assign %4844, %4853 : f32[16] @ models/lib/nn.yaml:89:7
%4875 = assign %4845, %4846 : i64[] @ models/lib/nn.yaml:89:7
%4876 = mul %143, %2825 : f32[16] @ models/lib/nn.yaml:89:7
%4877 = mul %4871, %2827 : f32[16] @ models/lib/nn.yaml:89:7
%4878 = add %4876, %4877 : f32[16] @ models/lib/nn.yaml:89:7
%4879 = assign %143, %4878 : f32[16] @ models/lib/nn.yaml:89:7
%4880 = all_reduce_sum %2107 : f32[16] @ models/lib/nn.yaml:90:7
%4881 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4882 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4883 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4884 = add %4883, %2683 : i64[] @ models/lib/nn.yaml:90:7
%4885 = mul %4880, %2791 : f32[16] @ models/lib/nn.yaml:90:7
%4886 = mul %4881, %2793 : f32[16] @ models/lib/nn.yaml:90:7
%4887 = add %4886, %4885 : f32[16] @ models/lib/nn.yaml:90:7
%4888 = mul %4880, %4880 : f32[16] @ models/lib/nn.yaml:90:7
%4889 = mul %4888, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%4890 = mul %4882, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%4891 = add %4890, %4889 : f32[16] @ models/lib/nn.yaml:90:7
%4892 = cast %4884 : f64[] @ models/lib/nn.yaml:90:7
%4893 = pow %2693, %4892 : f64[] @ models/lib/nn.yaml:90:7
%4894 = sub %2686, %4893 : f64[] @ models/lib/nn.yaml:90:7
%4895 = div %1614, %4894 : f64[] @ models/lib/nn.yaml:90:7
%4896 = pow %2701, %4892 : f64[] @ models/lib/nn.yaml:90:7
%4897 = sub %2686, %4896 : f64[] @ models/lib/nn.yaml:90:7
%4898 = sqrt %4897 : f64[] @ models/lib/nn.yaml:90:7
%4899 = div %2686, %4898 : f64[] @ models/lib/nn.yaml:90:7
%4900 = sqrt %4891 : f32[16] @ models/lib/nn.yaml:90:7
%4901 = cast %4899 : f32[] @ models/lib/nn.yaml:90:7
%4902 = broadcast %4901 : f32[16] @ models/lib/nn.yaml:90:7
%4903 = mul %4900, %4902 : f32[16] @ models/lib/nn.yaml:90:7
%4904 = add %4903, %2814 : f32[16] @ models/lib/nn.yaml:90:7
%4905 = div %4887, %4904 : f32[16] @ models/lib/nn.yaml:90:7
%4906 = cast %4895 : f32[] @ models/lib/nn.yaml:90:7
%4907 = broadcast %4906 : f32[16] @ models/lib/nn.yaml:90:7
%4908 = mul %4905, %4907 : f32[16] @ models/lib/nn.yaml:90:7
%4909 = sub %60, %4908 : f32[16] @ models/lib/nn.yaml:90:7
%4910 = assign %60, %4909 : f32[16] @ models/lib/nn.yaml:90:7
%4911 = assign %4881, %4887 : f32[16] @ models/lib/nn.yaml:90:7
%4912 = assign %4882, %4891 : f32[16] @ models/lib/nn.yaml:90:7
%4913 = assign %4883, %4884 : i64[] @ models/lib/nn.yaml:90:7
%4914 = mul %144, %2825 : f32[16] @ models/lib/nn.yaml:90:7
%4915 = mul %4909, %2827 : f32[16] @ models/lib/nn.yaml:90:7
%4916 = add %4914, %4915 : f32[16] @ models/lib/nn.yaml:90:7
%4917 = assign %144, %4916 : f32[16] @ models/lib/nn.yaml:90:7
%4918 = all_reduce_sum %2105 : f32[64,16] @ models/lib/nn.yaml:79:7
%4919 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4920 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4921 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4922 = add %4921, %2683 : i64[] @ models/lib/nn.yaml:79:7
%4923 = mul %61, %3165 : f32[64,16] @ models/lib/nn.yaml:79:7
%4924 = mul %4918, %3167 : f32[64,16] @ models/lib/nn.yaml:79:7
%4925 = mul %4919, %3169 : f32[64,16] @ models/lib/nn.yaml:79:7
%4926 = add %4925, %4924 : f32[64,16] @ models/lib/nn.yaml:79:7
%4927 = mul %4918, %4918 : f32[64,16] @ models/lib/nn.yaml:79:7
%4928 = mul %4927, %3173 : f32[64,16] @ models/lib/nn.yaml:79:7
%4929 = mul %4920, %3175 : f32[64,16] @ models/lib/nn.yaml:79:7
%4930 = add %4929, %4928 : f32[64,16] @ models/lib/nn.yaml:79:7
%4931 = cast %4922 : f64[] @ models/lib/nn.yaml:79:7
%4932 = pow %2693, %4931 : f64[] @ models/lib/nn.yaml:79:7
%4933 = sub %2686, %4932 : f64[] @ models/lib/nn.yaml:79:7
%4934 = div %1614, %4933 : f64[] @ models/lib/nn.yaml:79:7
%4935 = pow %2701, %4931 : f64[] @ models/lib/nn.yaml:79:7
%4936 = sub %2686, %4935 : f64[] @ models/lib/nn.yaml:79:7
%4937 = sqrt %4936 : f64[] @ models/lib/nn.yaml:79:7
%4938 = div %2686, %4937 : f64[] @ models/lib/nn.yaml:79:7
%4939 = sqrt %4930 : f32[64,16] @ models/lib/nn.yaml:79:7
%4940 = cast %4938 : f32[] @ models/lib/nn.yaml:79:7
%4941 = broadcast %4940 : f32[64,16] @ models/lib/nn.yaml:79:7
%4942 = mul %4939, %4941 : f32[64,16] @ models/lib/nn.yaml:79:7
%4943 = add %4942, %3190 : f32[64,16] @ models/lib/nn.yaml:79:7
%4944 = div %4926, %4943 : f32[64,16] @ models/lib/nn.yaml:79:7
%4945 = cast %4934 : f32[] @ models/lib/nn.yaml:79:7
%4946 = broadcast %4945 : f32[64,16] @ models/lib/nn.yaml:79:7
%4947 = mul %4944, %4946 : f32[64,16] @ models/lib/nn.yaml:79:7
%4948 = sub %4923, %4947 : f32[64,16] @ models/lib/nn.yaml:79:7
%4949 = assign %61, %4948 : f32[64,16] @ models/lib/nn.yaml:79:7
%4950 = assign %4919, %4926 : f32[64,16] @ models/lib/nn.yaml:79:7
%4951 = assign %4920, %4930 : f32[64,16] @ models/lib/nn.yaml:79:7
%4952 = assign %4921, %4922 : i64[] @ models/lib/nn.yaml:79:7
%4953 = mul %145, %3201 : f32[64,16] @ models/lib/nn.yaml:79:7
%4954 = mul %4948, %3203 : f32[64,16] @ models/lib/nn.yaml:79:7
%4955 = add %4953, %4954 : f32[64,16] @ models/lib/nn.yaml:79:7
%4956 = assign %145, %4955 : f32[64,16] @ models/lib/nn.yaml:79:7
%4957 = all_reduce_sum %2101 : f32[64] @ models/lib/nn.yaml:80:7
%4958 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4959 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4960 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4961 = add %4960, %2683 : i64[] @ models/lib/nn.yaml:80:7
%4962 = mul %4957, %3212 : f32[64] @ models/lib/nn.yaml:80:7
%4963 = mul %4958, %3214 : f32[64] @ models/lib/nn.yaml:80:7
%4964 = add %4963, %4962 : f32[64] @ models/lib/nn.yaml:80:7
%4965 = mul %4957, %4957 : f32[64] @ models/lib/nn.yaml:80:7
%4966 = mul %4965, %3218 : f32[64] @ models/lib/nn.yaml:80:7
%4967 = mul %4959, %3220 : f32[64] @ models/lib/nn.yaml:80:7
%4968 = add %4967, %4966 : f32[64] @ models/lib/nn.yaml:80:7
%4969 = cast %4961 : f64[] @ models/lib/nn.yaml:80:7
%4970 = pow %2693, %4969 : f64[] @ models/lib/nn.yaml:80:7
%4971 = sub %2686, %4970 : f64[] @ models/lib/nn.yaml:80:7
%4972 = div %1614, %4971 : f64[] @ models/lib/nn.yaml:80:7
%4973 = pow %2701, %4969 : f64[] @ models/lib/nn.yaml:80:7
%4974 = sub %2686, %4973 : f64[] @ models/lib/nn.yaml:80:7
%4975 = sqrt %4974 : f64[] @ models/lib/nn.yaml:80:7
%4976 = div %2686, %4975 : f64[] @ models/lib/nn.yaml:80:7
%4977 = sqrt %4968 : f32[64] @ models/lib/nn.yaml:80:7
%4978 = cast %4976 : f32[] @ models/lib/nn.yaml:80:7
%4979 = broadcast %4978 : f32[64] @ models/lib/nn.yaml:80:7
%4980 = mul %4977, %4979 : f32[64] @ models/lib/nn.yaml:80:7
%4981 = add %4980, %3235 : f32[64] @ models/lib/nn.yaml:80:7
%4982 = div %4964, %4981 : f32[64] @ models/lib/nn.yaml:80:7
%4983 = cast %4972 : f32[] @ models/lib/nn.yaml:80:7
%4984 = broadcast %4983 : f32[64] @ models/lib/nn.yaml:80:7
%4985 = mul %4982, %4984 : f32[64] @ models/lib/nn.yaml:80:7
%4986 = sub %62, %4985 : f32[64] @ models/lib/nn.yaml:80:7
%4987 = assign %62, %4986 : f32[64] @ models/lib/nn.yaml:80:7
%4988 = assign %4958, %4964 : f32[64] @ models/lib/nn.yaml:80:7
%4989 = assign %4959, %4968 : f32[64] @ models/lib/nn.yaml:80:7
%4990 = assign %4960, %4961 : i64[] @ models/lib/nn.yaml:80:7
%4991 = mul %146, %3246 : f32[64] @ models/lib/nn.yaml:80:7
%4992 = mul %4986, %3248 : f32[64] @ models/lib/nn.yaml:80:7
%4993 = add %4991, %4992 : f32[64] @ models/lib/nn.yaml:80:7
%4994 = assign %146, %4993 : f32[64] @ models/lib/nn.yaml:80:7
%4995 = all_reduce_sum %2087 : f32[16,64] @ models/lib/nn.yaml:79:7
%4996 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4997 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4998 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4999 = add %4998, %2683 : i64[] @ models/lib/nn.yaml:79:7
%5000 = mul %63, %3257 : f32[16,64] @ models/lib/nn.yaml:79:7
%5001 = mul %4995, %3259 : f32[16,64] @ models/lib/nn.yaml:79:7
%5002 = mul %4996, %3261 : f32[16,64] @ models/lib/nn.yaml:79:7
%5003 = add %5002, %5001 : f32[16,64] @ models/lib/nn.yaml:79:7
%5004 = mul %4995, %4995 : f32[16,64] @ models/lib/nn.yaml:79:7
%5005 = mul %5004, %3265 : f32[16,64] @ models/lib/nn.yaml:79:7
%5006 = mul %4997, %3267 : f32[16,64] @ models/lib/nn.yaml:79:7
%5007 = add %5006, %5005 : f32[16,64] @ models/lib/nn.yaml:79:7
%5008 = cast %4999 : f64[] @ models/lib/nn.yaml:79:7
%5009 = pow %2693, %5008 : f64[] @ models/lib/nn.yaml:79:7
%5010 = sub %2686, %5009 : f64[] @ models/lib/nn.yaml:79:7
%5011 = div %1614, %5010 : f64[] @ models/lib/nn.yaml:79:7
%5012 = pow %2701, %5008 : f64[] @ models/lib/nn.yaml:79:7
%5013 = sub %2686, %5012 : f64[] @ models/lib/nn.yaml:79:7
%5014 = sqrt %5013 : f64[] @ models/lib/nn.yaml:79:7
%5015 = div %2686, %5014 : f64[] @ models/lib/nn.yaml:79:7
%5016 = sqrt %5007 : f32[16,64] @ models/lib/nn.yaml:79:7
%5017 = cast %5015 : f32[] @ models/lib/nn.yaml:79:7
%5018 = broadcast %5017 : f32[16,64] @ models/lib/nn.yaml:79:7
%5019 = mul %5016, %5018 : f32[16,64] @ models/lib/nn.yaml:79:7
%5020 = add %5019, %3282 : f32[16,64] @ models/lib/nn.yaml:79:7
%5021 = div %5003, %5020 : f32[16,64] @ models/lib/nn.yaml:79:7
%5022 = cast %5011 : f32[] @ models/lib/nn.yaml:79:7
%5023 = broadcast %5022 : f32[16,64] @ models/lib/nn.yaml:79:7
%5024 = mul %5021, %5023 : f32[16,64] @ models/lib/nn.yaml:79:7
%5025 = sub %5000, %5024 : f32[16,64] @ models/lib/nn.yaml:79:7
%5026 = assign %63, %5025 : f32[16,64] @ models/lib/nn.yaml:79:7
%5027 = assign %4996, %5003 : f32[16,64] @ models/lib/nn.yaml:79:7
%5028 = assign %4997, %5007 : f32[16,64] @ models/lib/nn.yaml:79:7
%5029 = assign %4998, %4999 : i64[] @ models/lib/nn.yaml:79:7
%5030 = mul %147, %3293 : f32[16,64] @ models/lib/nn.yaml:79:7
%5031 = mul %5025, %3295 : f32[16,64] @ models/lib/nn.yaml:79:7
%5032 = add %5030, %5031 : f32[16,64] @ models/lib/nn.yaml:79:7
%5033 = assign %147, %5032 : f32[16,64] @ models/lib/nn.yaml:79:7
%5034 = all_reduce_sum %2083 : f32[16] @ models/lib/nn.yaml:80:7
%5035 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5036 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5037 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5038 = add %5037, %2683 : i64[] @ models/lib/nn.yaml:80:7
%5039 = mul %5034, %2791 : f32[16] @ models/lib/nn.yaml:80:7
%5040 = mul %5035, %2793 : f32[16] @ models/lib/nn.yaml:80:7
%5041 = add %5040, %5039 : f32[16] @ models/lib/nn.yaml:80:7
%5042 = mul %5034, %5034 : f32[16] @ models/lib/nn.yaml:80:7
%5043 = mul %5042, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%5044 = mul %5036, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%5045 = add %5044, %5043 : f32[16] @ models/lib/nn.yaml:80:7
%5046 = cast %5038 : f64[] @ models/lib/nn.yaml:80:7
%5047 = pow %2693, %5046 : f64[] @ models/lib/nn.yaml:80:7
%5048 = sub %2686, %5047 : f64[] @ models/lib/nn.yaml:80:7
%5049 = div %1614, %5048 : f64[] @ models/lib/nn.yaml:80:7
%5050 = pow %2701, %5046 : f64[] @ models/lib/nn.yaml:80:7
%5051 = sub %2686, %5050 : f64[] @ models/lib/nn.yaml:80:7
%5052 = sqrt %5051 : f64[] @ models/lib/nn.yaml:80:7
%5053 = div %2686, %5052 : f64[] @ models/lib/nn.yaml:80:7
%5054 = sqrt %5045 : f32[16] @ models/lib/nn.yaml:80:7
%5055 = cast %5053 : f32[] @ models/lib/nn.yaml:80:7
%5056 = broadcast %5055 : f32[16] @ models/lib/nn.yaml:80:7
%5057 = mul %5054, %5056 : f32[16] @ models/lib/nn.yaml:80:7
%5058 = add %5057, %2814 : f32[16] @ models/lib/nn.yaml:80:7
%5059 = div %5041, %5058 : f32[16] @ models/lib/nn.yaml:80:7
%5060 = cast %5049 : f32[] @ models/lib/nn.yaml:80:7
%5061 = broadcast %5060 : f32[16] @ models/lib/nn.yaml:80:7
%5062 = mul %5059, %5061 : f32[16] @ models/lib/nn.yaml:80:7
%5063 = sub %64, %5062 : f32[16] @ models/lib/nn.yaml:80:7
%5064 = assign %64, %5063 : f32[16] @ models/lib/nn.yaml:80:7
%5065 = assign %5035, %5041 : f32[16] @ models/lib/nn.yaml:80:7
%5066 = assign %5036, %5045 : f32[16] @ models/lib/nn.yaml:80:7
%5067 = assign %5037, %5038 : i64[] @ models/lib/nn.yaml:80:7
%5068 = mul %148, %2825 : f32[16] @ models/lib/nn.yaml:80:7
%5069 = mul %5063, %2827 : f32[16] @ models/lib/nn.yaml:80:7
%5070 = add %5068, %5069 : f32[16] @ models/lib/nn.yaml:80:7
%5071 = assign %148, %5070 : f32[16] @ models/lib/nn.yaml:80:7
%5072 = all_reduce_sum %2061 : f32[16] @ models/lib/nn.yaml:89:7
%5073 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5074 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5075 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5076 = add %5075, %2683 : i64[] @ models/lib/nn.yaml:89:7
%5077 = mul %5072, %2791 : f32[16] @ models/lib/nn.yaml:89:7
%5078 = mul %5073, %2793 : f32[16] @ models/lib/nn.yaml:89:7
%5079 = add %5078, %5077 : f32[16] @ models/lib/nn.yaml:89:7
%5080 = mul %5072, %5072 : f32[16] @ models/lib/nn.yaml:89:7
%5081 = mul %5080, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%5082 = mul %5074, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%5083 = add %5082, %5081 : f32[16] @ models/lib/nn.yaml:89:7
%5084 = cast %5076 : f64[] @ models/lib/nn.yaml:89:7
%5085 = pow %2693, %5084 : f64[] @ models/lib/nn.yaml:89:7
%5086 = sub %2686, %5085 : f64[] @ models/lib/nn.yaml:89:7
%5087 = div %1614, %5086 : f64[] @ models/lib/nn.yaml:89:7
%5088 = pow %2701, %5084 : f64[] @ models/lib/nn.yaml:89:7
%5089 = sub %2686, %5088 : f64[] @ models/lib/nn.yaml:89:7
%5090 = sqrt %5089 : f64[] @ models/lib/nn.yaml:89:7
%5091 = div %2686, %5090 : f64[] @ models/lib/nn.yaml:89:7
%5092 = sqrt %5083 : f32[16] @ models/lib/nn.yaml:89:7
%5093 = cast %5091 : f32[] @ models/lib/nn.yaml:89:7
%5094 = broadcast %5093 : f32[16] @ models/lib/nn.yaml:89:7
%5095 = mul %5092, %5094 : f32[16] @ models/lib/nn.yaml:89:7
%5096 = add %5095, %2814 : f32[16] @ models/lib/nn.yaml:89:7
%5097 = div %5079, %5096 : f32[16] @ models/lib/nn.yaml:89:7
%5098 = cast %5087 : f32[] @ models/lib/nn.yaml:89:7
%5099 = broadcast %5098 : f32[16] @ models/lib/nn.yaml:89:7
%5100 = mul %5097, %5099 : f32[16] @ models/lib/nn.yaml:89:7
%5101 = sub %65, %5100 : f32[16] @ models/lib/nn.yaml:89:7
%5102 = assign %65, %5101 : f32[16] @ models/lib/nn.yaml:89:7
%5103 = assign %5073, %5079 : f32[16] @ models/lib/nn.yaml:89:7
%5104 = assign %5074, %5083 : f32[16] @ models/lib/nn.yaml:89:7
%5105 = assign %5075, %5076 : i64[] @ models/lib/nn.yaml:89:7
%5106 = mul %149, %2825 : f32[16] @ models/lib/nn.yaml:89:7
%5107 = mul %5101, %2827 : f32[16] @ models/lib/nn.yaml:89:7
%5108 = add %5106, %5107 : f32[16] @ models/lib/nn.yaml:89:7
%5109 = assign %149, %5108 : f32[16] @ models/lib/nn.yaml:89:7
%5110 = all_reduce_sum %2057 : f32[16] @ models/lib/nn.yaml:90:7
%5111 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5112 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5113 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5114 = add %5113, %2683 : i64[] @ models/lib/nn.yaml:90:7
%5115 = mul %5110, %2791 : f32[16] @ models/lib/nn.yaml:90:7
%5116 = mul %5111, %2793 : f32[16] @ models/lib/nn.yaml:90:7
%5117 = add %5116, %5115 : f32[16] @ models/lib/nn.yaml:90:7
%5118 = mul %5110, %5110 : f32[16] @ models/lib/nn.yaml:90:7
%5119 = mul %5118, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%5120 = mul %5112, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%5121 = add %5120, %5119 : f32[16] @ models/lib/nn.yaml:90:7
%5122 = cast %5114 : f64[] @ models/lib/nn.yaml:90:7
%5123 = pow %2693, %5122 : f64[] @ models/lib/nn.yaml:90:7
%5124 = sub %2686, %5123 : f64[] @ models/lib/nn.yaml:90:7
%5125 = div %1614, %5124 : f64[] @ models/lib/nn.yaml:90:7
%5126 = pow %2701, %5122 : f64[] @ models/lib/nn.yaml:90:7
%5127 = sub %2686, %5126 : f64[] @ models/lib/nn.yaml:90:7
%5128 = sqrt %5127 : f64[] @ models/lib/nn.yaml:90:7
%5129 = div %2686, %5128 : f64[] @ models/lib/nn.yaml:90:7
%5130 = sqrt %5121 : f32[16] @ models/lib/nn.yaml:90:7
%5131 = cast %5129 : f32[] @ models/lib/nn.yaml:90:7
%5132 = broadcast %5131 : f32[16] @ models/lib/nn.yaml:90:7
%5133 = mul %5130, %5132 : f32[16] @ models/lib/nn.yaml:90:7
%5134 = add %5133, %2814 : f32[16] @ models/lib/nn.yaml:90:7
%5135 = div %5117, %5134 : f32[16] @ models/lib/nn.yaml:90:7
%5136 = cast %5125 : f32[] @ models/lib/nn.yaml:90:7
%5137 = broadcast %5136 : f32[16] @ models/lib/nn.yaml:90:7
%5138 = mul %5135, %5137 : f32[16] @ models/lib/nn.yaml:90:7
%5139 = sub %66, %5138 : f32[16] @ models/lib/nn.yaml:90:7
%5140 = assign %66, %5139 : f32[16] @ models/lib/nn.yaml:90:7
%5141 = assign %5111, %5117 : f32[16] @ models/lib/nn.yaml:90:7
%5142 = assign %5112, %5121 : f32[16] @ models/lib/nn.yaml:90:7
%5143 = assign %5113, %5114 : i64[] @ models/lib/nn.yaml:90:7
%5144 = mul %150, %2825 : f32[16] @ models/lib/nn.yaml:90:7
%5145 = mul %5139, %2827 : f32[16] @ models/lib/nn.yaml:90:7
%5146 = add %5144, %5145 : f32[16] @ models/lib/nn.yaml:90:7
%5147 = assign %150, %5146 : f32[16] @ models/lib/nn.yaml:90:7
%5148 = all_reduce_sum %2049 : f32[24,16] @ models/lib/nn.yaml:79:7
%5149 = state name="adam_m.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%5150 = state name="adam_v.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%5151 = state name="adam_t.projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5152 = add %5151, %2683 : i64[] @ models/lib/nn.yaml:79:7
%5153 = broadcast %2688 : f32[24,16] @ models/lib/nn.yaml:79:7
%5154 = mul %67, %5153 : f32[24,16] @ models/lib/nn.yaml:79:7
%5155 = broadcast %1617 : f32[24,16] @ models/lib/nn.yaml:79:7
%5156 = mul %5148, %5155 : f32[24,16] @ models/lib/nn.yaml:79:7
%5157 = broadcast %1020 : f32[24,16] @ models/lib/nn.yaml:79:7
%5158 = mul %5149, %5157 : f32[24,16] @ models/lib/nn.yaml:79:7
%5159 = add %5158, %5156 : f32[24,16] @ models/lib/nn.yaml:79:7
%5160 = mul %5148, %5148 : f32[24,16] @ models/lib/nn.yaml:79:7
%5161 = broadcast %2698 : f32[24,16] @ models/lib/nn.yaml:79:7
%5162 = mul %5160, %5161 : f32[24,16] @ models/lib/nn.yaml:79:7
%5163 = broadcast %2702 : f32[24,16] @ models/lib/nn.yaml:79:7
%5164 = mul %5150, %5163 : f32[24,16] @ models/lib/nn.yaml:79:7
%5165 = add %5164, %5162 : f32[24,16] @ models/lib/nn.yaml:79:7
%5166 = cast %5152 : f64[] @ models/lib/nn.yaml:79:7
%5167 = pow %2693, %5166 : f64[] @ models/lib/nn.yaml:79:7
%5168 = sub %2686, %5167 : f64[] @ models/lib/nn.yaml:79:7
%5169 = div %1614, %5168 : f64[] @ models/lib/nn.yaml:79:7
%5170 = pow %2701, %5166 : f64[] @ models/lib/nn.yaml:79:7
%5171 = sub %2686, %5170 : f64[] @ models/lib/nn.yaml:79:7
%5172 = sqrt %5171 : f64[] @ models/lib/nn.yaml:79:7
%5173 = div %2686, %5172 : f64[] @ models/lib/nn.yaml:79:7
%5174 = sqrt %5165 : f32[24,16] @ models/lib/nn.yaml:79:7
%5175 = cast %5173 : f32[] @ models/lib/nn.yaml:79:7
%5176 = broadcast %5175 : f32[24,16] @ models/lib/nn.yaml:79:7
%5177 = mul %5174, %5176 : f32[24,16] @ models/lib/nn.yaml:79:7
%5178 = broadcast %2718 : f32[24,16] @ models/lib/nn.yaml:79:7
%5179 = add %5177, %5178 : f32[24,16] @ models/lib/nn.yaml:79:7
%5180 = div %5159, %5179 : f32[24,16] @ models/lib/nn.yaml:79:7
%5181 = cast %5169 : f32[] @ models/lib/nn.yaml:79:7
%5182 = broadcast %5181 : f32[24,16] @ models/lib/nn.yaml:79:7
%5183 = mul %5180, %5182 : f32[24,16] @ models/lib/nn.yaml:79:7
%5184 = sub %5154, %5183 : f32[24,16] @ models/lib/nn.yaml:79:7
%5185 = assign %67, %5184 : f32[24,16] @ models/lib/nn.yaml:79:7
%5186 = assign %5149, %5159 : f32[24,16] @ models/lib/nn.yaml:79:7
%5187 = assign %5150, %5165 : f32[24,16] @ models/lib/nn.yaml:79:7
%5188 = assign %5151, %5152 : i64[] @ models/lib/nn.yaml:79:7
%5189 = broadcast %2730 : f32[24,16] @ models/lib/nn.yaml:79:7
%5190 = mul %151, %5189 : f32[24,16] @ models/lib/nn.yaml:79:7
%5191 = broadcast %2734 : f32[24,16] @ models/lib/nn.yaml:79:7
%5192 = mul %5184, %5191 : f32[24,16] @ models/lib/nn.yaml:79:7
%5193 = add %5190, %5192 : f32[24,16] @ models/lib/nn.yaml:79:7
%5194 = assign %151, %5193 : f32[24,16] @ models/lib/nn.yaml:79:7
%5195 = all_reduce_sum %2026 : f32[24] @ models/moco_pass.yaml:75:7
%5196 = state name="adam_m.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5197 = state name="adam_v.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5198 = state name="adam_t.projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5199 = add %5198, %2683 : i64[] @ models/moco_pass.yaml:75:7
%5200 = broadcast %2688 : f32[24] @ models/moco_pass.yaml:75:7
%5201 = mul %68, %5200 : f32[24] @ models/moco_pass.yaml:75:7
%5202 = broadcast %1617 : f32[24] @ models/moco_pass.yaml:75:7
%5203 = mul %5195, %5202 : f32[24] @ models/moco_pass.yaml:75:7
%5204 = broadcast %1020 : f32[24] @ models/moco_pass.yaml:75:7
%5205 = mul %5196, %5204 : f32[24] @ models/moco_pass.yaml:75:7
%5206 = add %5205, %5203 : f32[24] @ models/moco_pass.yaml:75:7
%5207 = mul %5195, %5195 : f32[24] @ models/moco_pass.yaml:75:7
%5208 = broadcast %2698 : f32[24] @ models/moco_pass.yaml:75:7
%5209 = mul %5207, %5208 : f32[24] @ models/moco_pass.yaml:75:7
%5210 = broadcast %2702 : f32[24] @ models/moco_pass.yaml:75:7
%5211 = mul %5197, %5210 : f32[24] @ models/moco_pass.yaml:75:7
%5212 = add %5211, %5209 : f32[24] @ models/moco_pass.yaml:75:7
%5213 = cast %5199 : f64[] @ models/moco_pass.yaml:75:7
%5214 = pow %2693, %5213 : f64[] @ models/moco_pass.yaml:75:7
%5215 = sub %2686, %5214 : f64[] @ models/moco_pass.yaml:75:7
%5216 = div %1614, %5215 : f64[] @ models/moco_pass.yaml:75:7
%5217 = pow %2701, %5213 : f64[] @ models/moco_pass.yaml:75:7
%5218 = sub %2686, %5217 : f64[] @ models/moco_pass.yaml:75:7
%5219 = sqrt %5218 : f64[] @ models/moco_pass.yaml:75:7
%5220 = div %2686, %5219 : f64[] @ models/moco_pass.yaml:75:7
%5221 = sqrt %5212 : f32[24] @ models/moco_pass.yaml:75:7
%5222 = cast %5220 : f32[] @ models/moco_pass.yaml:75:7
%5223 = broadcast %5222 : f32[24] @ models/moco_pass.yaml:75:7
%5224 = mul %5221, %5223 : f32[24] @ models/moco_pass.yaml:75:7
%5225 = broadcast %2718 : f32[24] @ models/moco_pass.yaml:75:7
%5226 = add %5224, %5225 : f32[24] @ models/moco_pass.yaml:75:7
%5227 = div %5206, %5226 : f32[24] @ models/moco_pass.yaml:75:7
%5228 = cast %5216 : f32[] @ models/moco_pass.yaml:75:7
%5229 = broadcast %5228 : f32[24] @ models/moco_pass.yaml:75:7
%5230 = mul %5227, %5229 : f32[24] @ models/moco_pass.yaml:75:7
%5231 = sub %5201, %5230 : f32[24] @ models/moco_pass.yaml:75:7
%5232 = assign %68, %5231 : f32[24] @ models/moco_pass.yaml:75:7
%5233 = assign %5196, %5206 : f32[24] @ models/moco_pass.yaml:75:7
%5234 = assign %5197, %5212 : f32[24] @ models/moco_pass.yaml:75:7
%5235 = assign %5198, %5199 : i64[] @ models/moco_pass.yaml:75:7
%5236 = broadcast %2730 : f32[24] @ models/moco_pass.yaml:75:7
%5237 = mul %152, %5236 : f32[24] @ models/moco_pass.yaml:75:7
%5238 = broadcast %2734 : f32[24] @ models/moco_pass.yaml:75:7
%5239 = mul %5231, %5238 : f32[24] @ models/moco_pass.yaml:75:7
%5240 = add %5237, %5239 : f32[24] @ models/moco_pass.yaml:75:7
%5241 = assign %152, %5240 : f32[24] @ models/moco_pass.yaml:75:7
%5242 = all_reduce_sum %2022 : f32[24] @ models/moco_pass.yaml:76:7
%5243 = state name="adam_m.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5244 = state name="adam_v.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5245 = state name="adam_t.projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5246 = add %5245, %2683 : i64[] @ models/moco_pass.yaml:76:7
%5247 = mul %69, %5200 : f32[24] @ models/moco_pass.yaml:76:7
%5248 = mul %5242, %5202 : f32[24] @ models/moco_pass.yaml:76:7
%5249 = mul %5243, %5204 : f32[24] @ models/moco_pass.yaml:76:7
%5250 = add %5249, %5248 : f32[24] @ models/moco_pass.yaml:76:7
%5251 = mul %5242, %5242 : f32[24] @ models/moco_pass.yaml:76:7
%5252 = mul %5251, %5208 : f32[24] @ models/moco_pass.yaml:76:7
%5253 = mul %5244, %5210 : f32[24] @ models/moco_pass.yaml:76:7
%5254 = add %5253, %5252 : f32[24] @ models/moco_pass.yaml:76:7
%5255 = cast %5246 : f64[] @ models/moco_pass.yaml:76:7
%5256 = pow %2693, %5255 : f64[] @ models/moco_pass.yaml:76:7
%5257 = sub %2686, %5256 : f64[] @ models/moco_pass.yaml:76:7
%5258 = div %1614, %5257 : f64[] @ models/moco_pass.yaml:76:7
%5259 = pow %2701, %5255 : f64[] @ models/moco_pass.yaml:76:7
%5260 = sub %2686, %5259 : f64[] @ models/moco_pass.yaml:76:7
%5261 = sqrt %5260 : f64[] @ models/moco_pass.yaml:76:7
%5262 = div %2686, %5261 : f64[] @ models/moco_pass.yaml:76:7
%5263 = sqrt %5254 : f32[24] @ models/moco_pass.yaml:76:7
%5264 = cast %5262 : f32[] @ models/moco_pass.yaml:76:7
%5265 = broadcast %5264 : f32[24] @ models/moco_pass.yaml:76:7
%5266 = mul %5263, %5265 : f32[24] @ models/moco_pass.yaml:76:7
%5267 = add %5266, %5225 : f32[24] @ models/moco_pass.yaml:76:7
%5268 = div %5250, %5267 : f32[24] @ models/moco_pass.yaml:76:7
%5269 = cast %5258 : f32[] @ models/moco_pass.yaml:76:7
%5270 = broadcast %5269 : f32[24] @ models/moco_pass.yaml:76:7
%5271 = mul %5268, %5270 : f32[24] @ models/moco_pass.yaml:76:7
%5272 = sub %5247, %5271 : f32[24] @ models/moco_pass.yaml:76:7
%5273 = assign %69, %5272 : f32[24] @ models/moco_pass.yaml:76:7
%5274 = assign %5243, %5250 : f32[24] @ models/moco_pass.yaml:76:7
%5275 = assign %5244, %5254 : f32[24] @ models/moco_pass.yaml:76:7
%5276 = assign %5245, %5246 : i64[] @ models/moco_pass.yaml:76:7
%5277 = mul %153, %5236 : f32[24] @ models/moco_pass.yaml:76:7
%5278 = mul %5272, %5238 : f32[24] @ models/moco_pass.yaml:76:7
%5279 = add %5277, %5278 : f32[24] @ models/moco_pass.yaml:76:7
%5280 = assign %153, %5279 : f32[24] @ models/moco_pass.yaml:76:7
%5281 = all_reduce_sum %2015 : f32[24,24] @ models/lib/nn.yaml:79:7
%5282 = state name="adam_m.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%5283 = state name="adam_v.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%5284 = state name="adam_t.projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5285 = add %5284, %2683 : i64[] @ models/lib/nn.yaml:79:7
%5286 = broadcast %2688 : f32[24,24] @ models/lib/nn.yaml:79:7
%5287 = mul %70, %5286 : f32[24,24] @ models/lib/nn.yaml:79:7
%5288 = broadcast %1617 : f32[24,24] @ models/lib/nn.yaml:79:7
%5289 = mul %5281, %5288 : f32[24,24] @ models/lib/nn.yaml:79:7
%5290 = broadcast %1020 : f32[24,24] @ models/lib/nn.yaml:79:7
%5291 = mul %5282, %5290 : f32[24,24] @ models/lib/nn.yaml:79:7
%5292 = add %5291, %5289 : f32[24,24] @ models/lib/nn.yaml:79:7
%5293 = mul %5281, %5281 : f32[24,24] @ models/lib/nn.yaml:79:7
%5294 = broadcast %2698 : f32[24,24] @ models/lib/nn.yaml:79:7
%5295 = mul %5293, %5294 : f32[24,24] @ models/lib/nn.yaml:79:7
%5296 = broadcast %2702 : f32[24,24] @ models/lib/nn.yaml:79:7
%5297 = mul %5283, %5296 : f32[24,24] @ models/lib/nn.yaml:79:7
%5298 = add %5297, %5295 : f32[24,24] @ models/lib/nn.yaml:79:7
%5299 = cast %5285 : f64[] @ models/lib/nn.yaml:79:7
%5300 = pow %2693, %5299 : f64[] @ models/lib/nn.yaml:79:7
%5301 = sub %2686, %5300 : f64[] @ models/lib/nn.yaml:79:7
%5302 = div %1614, %5301 : f64[] @ models/lib/nn.yaml:79:7
%5303 = pow %2701, %5299 : f64[] @ models/lib/nn.yaml:79:7
%5304 = sub %2686, %5303 : f64[] @ models/lib/nn.yaml:79:7
%5305 = sqrt %5304 : f64[] @ models/lib/nn.yaml:79:7
%5306 = div %2686, %5305 : f64[] @ models/lib/nn.yaml:79:7
%5307 = sqrt %5298 : f32[24,24] @ models/lib/nn.yaml:79:7
%5308 = cast %5306 : f32[] @ models/lib/nn.yaml:79:7
%5309 = broadcast %5308 : f32[24,24] @ models/lib/nn.yaml:79:7
%5310 = mul %5307, %5309 : f32[24,24] @ models/lib/nn.yaml:79:7
%5311 = broadcast %2718 : f32[24,24] @ models/lib/nn.yaml:79:7
%5312 = add %5310, %5311 : f32[24,24] @ models/lib/nn.yaml:79:7
%5313 = div %5292, %5312 : f32[24,24] @ models/lib/nn.yaml:79:7
%5314 = cast %5302 : f32[] @ models/lib/nn.yaml:79:7
%5315 = broadcast %5314 : f32[24,24] @ models/lib/nn.yaml:79:7
%5316 = mul %5313, %5315 : f32[24,24] @ models/lib/nn.yaml:79:7
%5317 = sub %5287, %5316 : f32[24,24] @ models/lib/nn.yaml:79:7
%5318 = assign %70, %5317 : f32[24,24] @ models/lib/nn.yaml:79:7
%5319 = assign %5282, %5292 : f32[24,24] @ models/lib/nn.yaml:79:7
%5320 = assign %5283, %5298 : f32[24,24] @ models/lib/nn.yaml:79:7
%5321 = assign %5284, %5285 : i64[] @ models/lib/nn.yaml:79:7
%5322 = broadcast %2730 : f32[24,24] @ models/lib/nn.yaml:79:7
%5323 = mul %154, %5322 : f32[24,24] @ models/lib/nn.yaml:79:7
%5324 = broadcast %2734 : f32[24,24] @ models/lib/nn.yaml:79:7
%5325 = mul %5317, %5324 : f32[24,24] @ models/lib/nn.yaml:79:7
%5326 = add %5323, %5325 : f32[24,24] @ models/lib/nn.yaml:79:7
%5327 = assign %154, %5326 : f32[24,24] @ models/lib/nn.yaml:79:7
%5328 = all_reduce_sum %1992 : f32[24] @ models/moco_pass.yaml:75:7
%5329 = state name="adam_m.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5330 = state name="adam_v.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5331 = state name="adam_t.projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5332 = add %5331, %2683 : i64[] @ models/moco_pass.yaml:75:7
%5333 = mul %71, %5200 : f32[24] @ models/moco_pass.yaml:75:7
%5334 = mul %5328, %5202 : f32[24] @ models/moco_pass.yaml:75:7
%5335 = mul %5329, %5204 : f32[24] @ models/moco_pass.yaml:75:7
%5336 = add %5335, %5334 : f32[24] @ models/moco_pass.yaml:75:7
%5337 = mul %5328, %5328 : f32[24] @ models/moco_pass.yaml:75:7
%5338 = mul %5337, %5208 : f32[24] @ models/moco_pass.yaml:75:7
%5339 = mul %5330, %5210 : f32[24] @ models/moco_pass.yaml:75:7
%5340 = add %5339, %5338 : f32[24] @ models/moco_pass.yaml:75:7
%5341 = cast %5332 : f64[] @ models/moco_pass.yaml:75:7
%5342 = pow %2693, %5341 : f64[] @ models/moco_pass.yaml:75:7
%5343 = sub %2686, %5342 : f64[] @ models/moco_pass.yaml:75:7
%5344 = div %1614, %5343 : f64[] @ models/moco_pass.yaml:75:7
%5345 = pow %2701, %5341 : f64[] @ models/moco_pass.yaml:75:7
%5346 = sub %2686, %5345 : f64[] @ models/moco_pass.yaml:75:7
%5347 = sqrt %5346 : f64[] @ models/moco_pass.yaml:75:7
%5348 = div %2686, %5347 : f64[] @ models/moco_pass.yaml:75:7
%5349 = sqrt %5340 : f32[24] @ models/moco_pass.yaml:75:7
%5350 = cast %5348 : f32[] @ models/moco_pass.yaml:75:7
%5351 = broadcast %5350 : f32[24] @ models/moco_pass.yaml:75:7
%5352 = mul %5349, %5351 : f32[24] @ models/moco_pass.yaml:75:7
%5353 = add %5352, %5225 : f32[24] @ models/moco_pass.yaml:75:7
%5354 = div %5336, %5353 : f32[24] @ models/moco_pass.yaml:75:7
%5355 = cast %5344 : f32[] @ models/moco_pass.yaml:75:7
%5356 = broadcast %5355 : f32[24] @ models/moco_pass.yaml:75:7
%5357 = mul %5354, %5356 : f32[24] @ models/moco_pass.yaml:75:7
%5358 = sub %5333, %5357 : f32[24] @ models/moco_pass.yaml:75:7
%5359 = assign %71, %5358 : f32[24] @ models/moco_pass.yaml:75:7
%5360 = assign %5329, %5336 : f32[24] @ models/moco_pass.yaml:75:7
%5361 = assign %5330, %5340 : f32[24] @ models/moco_pass.yaml:75:7
%5362 = assign %5331, %5332 : i64[] @ models/moco_pass.yaml:75:7
%5363 = mul %155, %5236 : f32[24] @ models/moco_pass.yaml:75:7
%5364 = mul %5358, %5238 : f32[24] @ models/moco_pass.yaml:75:7
%5365 = add %5363, %5364 : f32[24] @ models/moco_pass.yaml:75:7
%5366 = assign %155, %5365 : f32[24] @ models/moco_pass.yaml:75:7
%5367 = all_reduce_sum %1988 : f32[24] @ models/moco_pass.yaml:76:7
%5368 = state name="adam_m.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5369 = state name="adam_v.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5370 = state name="adam_t.projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5371 = add %5370, %2683 : i64[] @ models/moco_pass.yaml:76:7
%5372 = mul %72, %5200 : f32[24] @ models/moco_pass.yaml:76:7
%5373 = mul %5367, %5202 : f32[24] @ models/moco_pass.yaml:76:7
%5374 = mul %5368, %5204 : f32[24] @ models/moco_pass.yaml:76:7
%5375 = add %5374, %5373 : f32[24] @ models/moco_pass.yaml:76:7
%5376 = mul %5367, %5367 : f32[24] @ models/moco_pass.yaml:76:7
%5377 = mul %5376, %5208 : f32[24] @ models/moco_pass.yaml:76:7
%5378 = mul %5369, %5210 : f32[24] @ models/moco_pass.yaml:76:7
%5379 = add %5378, %5377 : f32[24] @ models/moco_pass.yaml:76:7
%5380 = cast %5371 : f64[] @ models/moco_pass.yaml:76:7
%5381 = pow %2693, %5380 : f64[] @ models/moco_pass.yaml:76:7
%5382 = sub %2686, %5381 : f64[] @ models/moco_pass.yaml:76:7
%5383 = div %1614, %5382 : f64[] @ models/moco_pass.yaml:76:7
%5384 = pow %2701, %5380 : f64[] @ models/moco_pass.yaml:76:7
%5385 = sub %2686, %5384 : f64[] @ models/moco_pass.yaml:76:7
%5386 = sqrt %5385 : f64[] @ models/moco_pass.yaml:76:7
%5387 = div %2686, %5386 : f64[] @ models/moco_pass.yaml:76:7
%5388 = sqrt %5379 : f32[24] @ models/moco_pass.yaml:76:7
%5389 = cast %5387 : f32[] @ models/moco_pass.yaml:76:7
%5390 = broadcast %5389 : f32[24] @ models/moco_pass.yaml:76:7
%5391 = mul %5388, %5390 : f32[24] @ models/moco_pass.yaml:76:7
%5392 = add %5391, %5225 : f32[24] @ models/moco_pass.yaml:76:7
%5393 = div %5375, %5392 : f32[24] @ models/moco_pass.yaml:76:7
%5394 = cast %5383 : f32[] @ models/moco_pass.yaml:76:7
%5395 = broadcast %5394 : f32[24] @ models/moco_pass.yaml:76:7
%5396 = mul %5393, %5395 : f32[24] @ models/moco_pass.yaml:76:7
%5397 = sub %5372, %5396 : f32[24] @ models/moco_pass.yaml:76:7
%5398 = assign %72, %5397 : f32[24] @ models/moco_pass.yaml:76:7
%5399 = assign %5368, %5375 : f32[24] @ models/moco_pass.yaml:76:7
%5400 = assign %5369, %5379 : f32[24] @ models/moco_pass.yaml:76:7
%5401 = assign %5370, %5371 : i64[] @ models/moco_pass.yaml:76:7
%5402 = mul %156, %5236 : f32[24] @ models/moco_pass.yaml:76:7
%5403 = mul %5397, %5238 : f32[24] @ models/moco_pass.yaml:76:7
%5404 = add %5402, %5403 : f32[24] @ models/moco_pass.yaml:76:7
%5405 = assign %156, %5404 : f32[24] @ models/moco_pass.yaml:76:7
%5406 = all_reduce_sum %1981 : f32[8,24] @ models/lib/nn.yaml:79:7
%5407 = state name="adam_m.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5408 = state name="adam_v.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5409 = state name="adam_t.projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5410 = add %5409, %2683 : i64[] @ models/lib/nn.yaml:79:7
%5411 = broadcast %2688 : f32[8,24] @ models/lib/nn.yaml:79:7
%5412 = mul %73, %5411 : f32[8,24] @ models/lib/nn.yaml:79:7
%5413 = broadcast %1617 : f32[8,24] @ models/lib/nn.yaml:79:7
%5414 = mul %5406, %5413 : f32[8,24] @ models/lib/nn.yaml:79:7
%5415 = broadcast %1020 : f32[8,24] @ models/lib/nn.yaml:79:7
%5416 = mul %5407, %5415 : f32[8,24] @ models/lib/nn.yaml:79:7
%5417 = add %5416, %5414 : f32[8,24] @ models/lib/nn.yaml:79:7
%5418 = mul %5406, %5406 : f32[8,24] @ models/lib/nn.yaml:79:7
%5419 = broadcast %2698 : f32[8,24] @ models/lib/nn.yaml:79:7
%5420 = mul %5418, %5419 : f32[8,24] @ models/lib/nn.yaml:79:7
%5421 = broadcast %2702 : f32[8,24] @ models/lib/nn.yaml:79:7
%5422 = mul %5408, %5421 : f32[8,24] @ models/lib/nn.yaml:79:7
%5423 = add %5422, %5420 : f32[8,24] @ models/lib/nn.yaml:79:7
%5424 = cast %5410 : f64[] @ models/lib/nn.yaml:79:7
%5425 = pow %2693, %5424 : f64[] @ models/lib/nn.yaml:79:7
%5426 = sub %2686, %5425 : f64[] @ models/lib/nn.yaml:79:7
%5427 = div %1614, %5426 : f64[] @ models/lib/nn.yaml:79:7
%5428 = pow %2701, %5424 : f64[] @ models/lib/nn.yaml:79:7
%5429 = sub %2686, %5428 : f64[] @ models/lib/nn.yaml:79:7
%5430 = sqrt %5429 : f64[] @ models/lib/nn.yaml:79:7
%5431 = div %2686, %5430 : f64[] @ models/lib/nn.yaml:79:7
%5432 = sqrt %5423 : f32[8,24] @ models/lib/nn.yaml:79:7
%5433 = cast %5431 : f32[] @ models/lib/nn.yaml:79:7
%5434 = broadcast %5433 : f32[8,24] @ models/lib/nn.yaml:79:7
%5435 = mul %5432, %5434 : f32[8,24] @ models/lib/nn.yaml:79:7
%5436 = broadcast %2718 : f32[8,24] @ models/lib/nn.yaml:79:7
%5437 = add %5435, %5436 : f32[8,24] @ models/lib/nn.yaml:79:7
%5438 = div %5417, %5437 : f32[8,24] @ models/lib/nn.yaml:79:7
%5439 = cast %5427 : f32[] @ models/lib/nn.yaml:79:7
%5440 = broadcast %5439 : f32[8,24] @ models/lib/nn.yaml:79:7
%5441 = mul %5438, %5440 : f32[8,24] @ models/lib/nn.yaml:79:7
%5442 = sub %5412, %5441 : f32[8,24] @ models/lib/nn.yaml:79:7
%5443 = assign %73, %5442 : f32[8,24] @ models/lib/nn.yaml:79:7
%5444 = assign %5407, %5417 : f32[8,24] @ models/lib/nn.yaml:79:7
%5445 = assign %5408, %5423 : f32[8,24] @ models/lib/nn.yaml:79:7
%5446 = assign %5409, %5410 : i64[] @ models/lib/nn.yaml:79:7
%5447 = broadcast %2730 : f32[8,24] @ models/lib/nn.yaml:79:7
%5448 = mul %157, %5447 : f32[8,24] @ models/lib/nn.yaml:79:7
%5449 = broadcast %2734 : f32[8,24] @ models/lib/nn.yaml:79:7
%5450 = mul %5442, %5449 : f32[8,24] @ models/lib/nn.yaml:79:7
%5451 = add %5448, %5450 : f32[8,24] @ models/lib/nn.yaml:79:7
%5452 = assign %157, %5451 : f32[8,24] @ models/lib/nn.yaml:79:7
%5453 = all_reduce_sum %1958 : f32[24,8] @ models/lib/nn.yaml:79:7
%5454 = state name="adam_m.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%5455 = state name="adam_v.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%5456 = state name="adam_t.predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5457 = add %5456, %2683 : i64[] @ models/lib/nn.yaml:79:7
%5458 = broadcast %2688 : f32[24,8] @ models/lib/nn.yaml:79:7
%5459 = mul %74, %5458 : f32[24,8] @ models/lib/nn.yaml:79:7
%5460 = broadcast %1617 : f32[24,8] @ models/lib/nn.yaml:79:7
%5461 = mul %5453, %5460 : f32[24,8] @ models/lib/nn.yaml:79:7
%5462 = broadcast %1020 : f32[24,8] @ models/lib/nn.yaml:79:7
%5463 = mul %5454, %5462 : f32[24,8] @ models/lib/nn.yaml:79:7
%5464 = add %5463, %5461 : f32[24,8] @ models/lib/nn.yaml:79:7
%5465 = mul %5453, %5453 : f32[24,8] @ models/lib/nn.yaml:79:7
%5466 = broadcast %2698 : f32[24,8] @ models/lib/nn.yaml:79:7
%5467 = mul %5465, %5466 : f32[24,8] @ models/lib/nn.yaml:79:7
%5468 = broadcast %2702 : f32[24,8] @ models/lib/nn.yaml:79:7
%5469 = mul %5455, %5468 : f32[24,8] @ models/lib/nn.yaml:79:7
%5470 = add %5469, %5467 : f32[24,8] @ models/lib/nn.yaml:79:7
%5471 = cast %5457 : f64[] @ models/lib/nn.yaml:79:7
%5472 = pow %2693, %5471 : f64[] @ models/lib/nn.yaml:79:7
%5473 = sub %2686, %5472 : f64[] @ models/lib/nn.yaml:79:7
%5474 = div %1614, %5473 : f64[] @ models/lib/nn.yaml:79:7
%5475 = pow %2701, %5471 : f64[] @ models/lib/nn.yaml:79:7
%5476 = sub %2686, %5475 : f64[] @ models/lib/nn.yaml:79:7
%5477 = sqrt %5476 : f64[] @ models/lib/nn.yaml:79:7
%5478 = div %2686, %5477 : f64[] @ models/lib/nn.yaml:79:7
%5479 = sqrt %5470 : f32[24,8] @ models/lib/nn.yaml:79:7
%5480 = cast %5478 : f32[] @ models/lib/nn.yaml:79:7
%5481 = broadcast %5480 : f32[24,8] @ models/lib/nn.yaml:79:7
%5482 = mul %5479, %5481 : f32[24,8] @ models/lib/nn.yaml:79:7
%5483 = broadcast %2718 : f32[24,8] @ models/lib/nn.yaml:79:7
%5484 = add %5482, %5483 : f32[24,8] @ models/lib/nn.yaml:79:7
%5485 = div %5464, %5484 : f32[24,8] @ models/lib/nn.yaml:79:7
%5486 = cast %5474 : f32[] @ models/lib/nn.yaml:79:7
%5487 = broadcast %5486 : f32[24,8] @ models/lib/nn.yaml:79:7
%5488 = mul %5485, %5487 : f32[24,8] @ models/lib/nn.yaml:79:7
%5489 = sub %5459, %5488 : f32[24,8] @ models/lib/nn.yaml:79:7
%5490 = assign %74, %5489 : f32[24,8] @ models/lib/nn.yaml:79:7
%5491 = assign %5454, %5464 : f32[24,8] @ models/lib/nn.yaml:79:7
%5492 = assign %5455, %5470 : f32[24,8] @ models/lib/nn.yaml:79:7
%5493 = assign %5456, %5457 : i64[] @ models/lib/nn.yaml:79:7
%5494 = broadcast %2730 : f32[24,8] @ models/lib/nn.yaml:79:7
%5495 = mul %158, %5494 : f32[24,8] @ models/lib/nn.yaml:79:7
%5496 = broadcast %2734 : f32[24,8] @ models/lib/nn.yaml:79:7
%5497 = mul %5489, %5496 : f32[24,8] @ models/lib/nn.yaml:79:7
%5498 = add %5495, %5497 : f32[24,8] @ models/lib/nn.yaml:79:7
%5499 = assign %158, %5498 : f32[24,8] @ models/lib/nn.yaml:79:7
%5500 = all_reduce_sum %1934 : f32[24] @ models/moco_pass.yaml:75:7
%5501 = state name="adam_m.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5502 = state name="adam_v.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5503 = state name="adam_t.predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5504 = add %5503, %2683 : i64[] @ models/moco_pass.yaml:75:7
%5505 = mul %75, %5200 : f32[24] @ models/moco_pass.yaml:75:7
%5506 = mul %5500, %5202 : f32[24] @ models/moco_pass.yaml:75:7
%5507 = mul %5501, %5204 : f32[24] @ models/moco_pass.yaml:75:7
%5508 = add %5507, %5506 : f32[24] @ models/moco_pass.yaml:75:7
%5509 = mul %5500, %5500 : f32[24] @ models/moco_pass.yaml:75:7
%5510 = mul %5509, %5208 : f32[24] @ models/moco_pass.yaml:75:7
%5511 = mul %5502, %5210 : f32[24] @ models/moco_pass.yaml:75:7
%5512 = add %5511, %5510 : f32[24] @ models/moco_pass.yaml:75:7
%5513 = cast %5504 : f64[] @ models/moco_pass.yaml:75:7
%5514 = pow %2693, %5513 : f64[] @ models/moco_pass.yaml:75:7
%5515 = sub %2686, %5514 : f64[] @ models/moco_pass.yaml:75:7
%5516 = div %1614, %5515 : f64[] @ models/moco_pass.yaml:75:7
%5517 = pow %2701, %5513 : f64[] @ models/moco_pass.yaml:75:7
%5518 = sub %2686, %5517 : f64[] @ models/moco_pass.yaml:75:7
%5519 = sqrt %5518 : f64[] @ models/moco_pass.yaml:75:7
%5520 = div %2686, %5519 : f64[] @ models/moco_pass.yaml:75:7
%5521 = sqrt %5512 : f32[24] @ models/moco_pass.yaml:75:7
%5522 = cast %5520 : f32[] @ models/moco_pass.yaml:75:7
%5523 = broadcast %5522 : f32[24] @ models/moco_pass.yaml:75:7
%5524 = mul %5521, %5523 : f32[24] @ models/moco_pass.yaml:75:7
%5525 = add %5524, %5225 : f32[24] @ models/moco_pass.yaml:75:7
%5526 = div %5508, %5525 : f32[24] @ models/moco_pass.yaml:75:7
%5527 = cast %5516 : f32[] @ models/moco_pass.yaml:75:7
%5528 = broadcast %5527 : f32[24] @ models/moco_pass.yaml:75:7
%5529 = mul %5526, %5528 : f32[24] @ models/moco_pass.yaml:75:7
%5530 = sub %5505, %5529 : f32[24] @ models/moco_pass.yaml:75:7
%5531 = assign %75, %5530 : f32[24] @ models/moco_pass.yaml:75:7
%5532 = assign %5501, %5508 : f32[24] @ models/moco_pass.yaml:75:7
%5533 = assign %5502, %5512 : f32[24] @ models/moco_pass.yaml:75:7
%5534 = assign %5503, %5504 : i64[] @ models/moco_pass.yaml:75:7
%5535 = mul %159, %5236 : f32[24] @ models/moco_pass.yaml:75:7
%5536 = mul %5530, %5238 : f32[24] @ models/moco_pass.yaml:75:7
%5537 = add %5535, %5536 : f32[24] @ models/moco_pass.yaml:75:7
%5538 = assign %159, %5537 : f32[24] @ models/moco_pass.yaml:75:7
%5539 = all_reduce_sum %1930 : f32[24] @ models/moco_pass.yaml:76:7
%5540 = state name="adam_m.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5541 = state name="adam_v.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5542 = state name="adam_t.predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5543 = add %5542, %2683 : i64[] @ models/moco_pass.yaml:76:7
%5544 = mul %76, %5200 : f32[24] @ models/moco_pass.yaml:76:7
%5545 = mul %5539, %5202 : f32[24] @ models/moco_pass.yaml:76:7
%5546 = mul %5540, %5204 : f32[24] @ models/moco_pass.yaml:76:7
%5547 = add %5546, %5545 : f32[24] @ models/moco_pass.yaml:76:7
%5548 = mul %5539, %5539 : f32[24] @ models/moco_pass.yaml:76:7
%5549 = mul %5548, %5208 : f32[24] @ models/moco_pass.yaml:76:7
%5550 = mul %5541, %5210 : f32[24] @ models/moco_pass.yaml:76:7
%5551 = add %5550, %5549 : f32[24] @ models/moco_pass.yaml:76:7
%5552 = cast %5543 : f64[] @ models/moco_pass.yaml:76:7
%5553 = pow %2693, %5552 : f64[] @ models/moco_pass.yaml:76:7
%5554 = sub %2686, %5553 : f64[] @ models/moco_pass.yaml:76:7
%5555 = div %1614, %5554 : f64[] @ models/moco_pass.yaml:76:7
%5556 = pow %2701, %5552 : f64[] @ models/moco_pass.yaml:76:7
%5557 = sub %2686, %5556 : f64[] @ models/moco_pass.yaml:76:7
%5558 = sqrt %5557 : f64[] @ models/moco_pass.yaml:76:7
%5559 = div %2686, %5558 : f64[] @ models/moco_pass.yaml:76:7
%5560 = sqrt %5551 : f32[24] @ models/moco_pass.yaml:76:7
%5561 = cast %5559 : f32[] @ models/moco_pass.yaml:76:7
%5562 = broadcast %5561 : f32[24] @ models/moco_pass.yaml:76:7
%5563 = mul %5560, %5562 : f32[24] @ models/moco_pass.yaml:76:7
%5564 = add %5563, %5225 : f32[24] @ models/moco_pass.yaml:76:7
%5565 = div %5547, %5564 : f32[24] @ models/moco_pass.yaml:76:7
%5566 = cast %5555 : f32[] @ models/moco_pass.yaml:76:7
%5567 = broadcast %5566 : f32[24] @ models/moco_pass.yaml:76:7
%5568 = mul %5565, %5567 : f32[24] @ models/moco_pass.yaml:76:7
%5569 = sub %5544, %5568 : f32[24] @ models/moco_pass.yaml:76:7
%5570 = assign %76, %5569 : f32[24] @ models/moco_pass.yaml:76:7
%5571 = assign %5540, %5547 : f32[24] @ models/moco_pass.yaml:76:7
%5572 = assign %5541, %5551 : f32[24] @ models/moco_pass.yaml:76:7
%5573 = assign %5542, %5543 : i64[] @ models/moco_pass.yaml:76:7
%5574 = mul %160, %5236 : f32[24] @ models/moco_pass.yaml:76:7
%5575 = mul %5569, %5238 : f32[24] @ models/moco_pass.yaml:76:7
%5576 = add %5574, %5575 : f32[24] @ models/moco_pass.yaml:76:7
%5577 = assign %160, %5576 : f32[24] @ models/moco_pass.yaml:76:7
%5578 = all_reduce_sum %1922 : f32[8,24] @ models/lib/nn.yaml:79:7
%5579 = state name="adam_m.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5580 = state name="adam_v.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5581 = state name="adam_t.predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5582 = add %5581, %2683 : i64[] @ models/lib/nn.yaml:79:7
%5583 = mul %77, %5411 : f32[8,24] @ models/lib/nn.yaml:79:7
%5584 = mul %5578, %5413 : f32[8,24] @ models/lib/nn.yaml:79:7
%5585 = mul %5579, %5415 : f32[8,24] @ models/lib/nn.yaml:79:7
%5586 = add %5585, %5584 : f32[8,24] @ models/lib/nn.yaml:79:7
%5587 = mul %5578, %5578 : f32[8,24] @ models/lib/nn.yaml:79:7
%5588 = mul %5587, %5419 : f32[8,24] @ models/lib/nn.yaml:79:7
%5589 = mul %5580, %5421 : f32[8,24] @ models/lib/nn.yaml:79:7
%5590 = add %5589, %5588 : f32[8,24] @ models/lib/nn.yaml:79:7
%5591 = cast %5582 : f64[] @ models/lib/nn.yaml:79:7
%5592 = pow %2693, %5591 : f64[] @ models/lib/nn.yaml:79:7
%5593 = sub %2686, %5592 : f64[] @ models/lib/nn.yaml:79:7
%5594 = div %1614, %5593 : f64[] @ models/lib/nn.yaml:79:7
%5595 = pow %2701, %5591 : f64[] @ models/lib/nn.yaml:79:7
%5596 = sub %2686, %5595 : f64[] @ models/lib/nn.yaml:79:7
%5597 = sqrt %5596 : f64[] @ models/lib/nn.yaml:79:7
%5598 = div %2686, %5597 : f64[] @ models/lib/nn.yaml:79:7
%5599 = sqrt %5590 : f32[8,24] @ models/lib/nn.yaml:79:7
%5600 = cast %5598 : f32[] @ models/lib/nn.yaml:79:7
%5601 = broadcast %5600 : f32[8,24] @ models/lib/nn.yaml:79:7
%5602 = mul %5599, %5601 : f32[8,24] @ models/lib/nn.yaml:79:7
%5603 = add %5602, %5436 : f32[8,24] @ models/lib/nn.yaml:79:7
%5604 = div %5586, %5603 : f32[8,24] @ models/lib/nn.yaml:79:7
%5605 = cast %5594 : f32[] @ models/lib/nn.yaml:79:7
%5606 = broadcast %5605 : f32[8,24] @ models/lib/nn.yaml:79:7
%5607 = mul %5604, %5606 : f32[8,24] @ models/lib/nn.yaml:79:7
%5608 = sub %5583, %5607 : f32[8,24] @ models/lib/nn.yaml:79:7
%5609 = assign %77, %5608 : f32[8,24] @ models/lib/nn.yaml:79:7
%5610 = assign %5579, %5586 : f32[8,24] @ models/lib/nn.yaml:79:7
%5611 = assign %5580, %5590 : f32[8,24] @ models/lib/nn.yaml:79:7
%5612 = assign %5581, %5582 : i64[] @ models/lib/nn.yaml:79:7
%5613 = mul %161, %5447 : f32[8,24] @ models/lib/nn.yaml:79:7
%5614 = mul %5608, %5449 : f32[8,24] @ models/lib/nn.yaml:79:7
%5615 = add %5613, %5614 : f32[8,24] @ models/lib/nn.yaml:79:7
%5616 = assign %161, %5615 : f32[8,24] @ models/lib/nn.yaml:79:7
%5617 = all_reduce_sum %1896 : f32[12,16] @ models/lib/nn.yaml:79:7
%5618 = state name="adam_m.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%5619 = state name="adam_v.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%5620 = state name="adam_t.patch_projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5621 = add %5620, %2683 : i64[] @ models/lib/nn.yaml:79:7
%5622 = broadcast %2688 : f32[12,16] @ models/lib/nn.yaml:79:7
%5623 = mul %78, %5622 : f32[12,16] @ models/lib/nn.yaml:79:7
%5624 = broadcast %1617 : f32[12,16] @ models/lib/nn.yaml:79:7
%5625 = mul %5617, %5624 : f32[12,16] @ models/lib/nn.yaml:79:7
%5626 = broadcast %1020 : f32[12,16] @ models/lib/nn.yaml:79:7
%5627 = mul %5618, %5626 : f32[12,16] @ models/lib/nn.yaml:79:7
%5628 = add %5627, %5625 : f32[12,16] @ models/lib/nn.yaml:79:7
%5629 = mul %5617, %5617 : f32[12,16] @ models/lib/nn.yaml:79:7
%5630 = broadcast %2698 : f32[12,16] @ models/lib/nn.yaml:79:7
%5631 = mul %5629, %5630 : f32[12,16] @ models/lib/nn.yaml:79:7
%5632 = broadcast %2702 : f32[12,16] @ models/lib/nn.yaml:79:7
%5633 = mul %5619, %5632 : f32[12,16] @ models/lib/nn.yaml:79:7
%5634 = add %5633, %5631 : f32[12,16] @ models/lib/nn.yaml:79:7
%5635 = cast %5621 : f64[] @ models/lib/nn.yaml:79:7
%5636 = pow %2693, %5635 : f64[] @ models/lib/nn.yaml:79:7
%5637 = sub %2686, %5636 : f64[] @ models/lib/nn.yaml:79:7
%5638 = div %1614, %5637 : f64[] @ models/lib/nn.yaml:79:7
%5639 = pow %2701, %5635 : f64[] @ models/lib/nn.yaml:79:7
%5640 = sub %2686, %5639 : f64[] @ models/lib/nn.yaml:79:7
%5641 = sqrt %5640 : f64[] @ models/lib/nn.yaml:79:7
%5642 = div %2686, %5641 : f64[] @ models/lib/nn.yaml:79:7
%5643 = sqrt %5634 : f32[12,16] @ models/lib/nn.yaml:79:7
%5644 = cast %5642 : f32[] @ models/lib/nn.yaml:79:7
%5645 = broadcast %5644 : f32[12,16] @ models/lib/nn.yaml:79:7
%5646 = mul %5643, %5645 : f32[12,16] @ models/lib/nn.yaml:79:7
%5647 = broadcast %2718 : f32[12,16] @ models/lib/nn.yaml:79:7
%5648 = add %5646, %5647 : f32[12,16] @ models/lib/nn.yaml:79:7
%5649 = div %5628, %5648 : f32[12,16] @ models/lib/nn.yaml:79:7
%5650 = cast %5638 : f32[] @ models/lib/nn.yaml:79:7
%5651 = broadcast %5650 : f32[12,16] @ models/lib/nn.yaml:79:7
%5652 = mul %5649, %5651 : f32[12,16] @ models/lib/nn.yaml:79:7
%5653 = sub %5623, %5652 : f32[12,16] @ models/lib/nn.yaml:79:7
%5654 = assign %78, %5653 : f32[12,16] @ models/lib/nn.yaml:79:7
%5655 = assign %5618, %5628 : f32[12,16] @ models/lib/nn.yaml:79:7
%5656 = assign %5619, %5634 : f32[12,16] @ models/lib/nn.yaml:79:7
%5657 = assign %5620, %5621 : i64[] @ models/lib/nn.yaml:79:7
%5658 = broadcast %2730 : f32[12,16] @ models/lib/nn.yaml:79:7
%5659 = mul %162, %5658 : f32[12,16] @ models/lib/nn.yaml:79:7
%5660 = broadcast %2734 : f32[12,16] @ models/lib/nn.yaml:79:7
%5661 = mul %5653, %5660 : f32[12,16] @ models/lib/nn.yaml:79:7
%5662 = add %5659, %5661 : f32[12,16] @ models/lib/nn.yaml:79:7
%5663 = assign %162, %5662 : f32[12,16] @ models/lib/nn.yaml:79:7
%5664 = all_reduce_sum %1873 : f32[12] @ models/moco_pass.yaml:75:7
%5665 = state name="adam_m.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5666 = state name="adam_v.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5667 = state name="adam_t.patch_projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5668 = add %5667, %2683 : i64[] @ models/moco_pass.yaml:75:7
%5669 = broadcast %2688 : f32[12] @ models/moco_pass.yaml:75:7
%5670 = mul %79, %5669 : f32[12] @ models/moco_pass.yaml:75:7
%5671 = broadcast %1617 : f32[12] @ models/moco_pass.yaml:75:7
%5672 = mul %5664, %5671 : f32[12] @ models/moco_pass.yaml:75:7
%5673 = broadcast %1020 : f32[12] @ models/moco_pass.yaml:75:7
%5674 = mul %5665, %5673 : f32[12] @ models/moco_pass.yaml:75:7
%5675 = add %5674, %5672 : f32[12] @ models/moco_pass.yaml:75:7
%5676 = mul %5664, %5664 : f32[12] @ models/moco_pass.yaml:75:7
%5677 = broadcast %2698 : f32[12] @ models/moco_pass.yaml:75:7
%5678 = mul %5676, %5677 : f32[12] @ models/moco_pass.yaml:75:7
%5679 = broadcast %2702 : f32[12] @ models/moco_pass.yaml:75:7
%5680 = mul %5666, %5679 : f32[12] @ models/moco_pass.yaml:75:7
%5681 = add %5680, %5678 : f32[12] @ models/moco_pass.yaml:75:7
%5682 = cast %5668 : f64[] @ models/moco_pass.yaml:75:7
%5683 = pow %2693, %5682 : f64[] @ models/moco_pass.yaml:75:7
%5684 = sub %2686, %5683 : f64[] @ models/moco_pass.yaml:75:7
%5685 = div %1614, %5684 : f64[] @ models/moco_pass.yaml:75:7
%5686 = pow %2701, %5682 : f64[] @ models/moco_pass.yaml:75:7
%5687 = sub %2686, %5686 : f64[] @ models/moco_pass.yaml:75:7
%5688 = sqrt %5687 : f64[] @ models/moco_pass.yaml:75:7
%5689 = div %2686, %5688 : f64[] @ models/moco_pass.yaml:75:7
%5690 = sqrt %5681 : f32[12] @ models/moco_pass.yaml:75:7
%5691 = cast %5689 : f32[] @ models/moco_pass.yaml:75:7
%5692 = broadcast %5691 : f32[12] @ models/moco_pass.yaml:75:7
%5693 = mul %5690, %5692 : f32[12] @ models/moco_pass.yaml:75:7
%5694 = broadcast %2718 : f32[12] @ models/moco_pass.yaml:75:7
%5695 = add %5693, %5694 : f32[12] @ models/moco_pass.yaml:75:7
%5696 = div %5675, %5695 : f32[12] @ models/moco_pass.yaml:75:7
%5697 = cast %5685 : f32[] @ models/moco_pass.yaml:75:7
%5698 = broadcast %5697 : f32[12] @ models/moco_pass.yaml:75:7
%5699 = mul %5696, %5698 : f32[12] @ models/moco_pass.yaml:75:7
%5700 = sub %5670, %5699 : f32[12] @ models/moco_pass.yaml:75:7
%5701 = assign %79, %5700 : f32[12] @ models/moco_pass.yaml:75:7
%5702 = assign %5665, %5675 : f32[12] @ models/moco_pass.yaml:75:7
%5703 = assign %5666, %5681 : f32[12] @ models/moco_pass.yaml:75:7
%5704 = assign %5667, %5668 : i64[] @ models/moco_pass.yaml:75:7
%5705 = broadcast %2730 : f32[12] @ models/moco_pass.yaml:75:7
%5706 = mul %163, %5705 : f32[12] @ models/moco_pass.yaml:75:7
%5707 = broadcast %2734 : f32[12] @ models/moco_pass.yaml:75:7
%5708 = mul %5700, %5707 : f32[12] @ models/moco_pass.yaml:75:7
%5709 = add %5706, %5708 : f32[12] @ models/moco_pass.yaml:75:7
%5710 = assign %163, %5709 : f32[12] @ models/moco_pass.yaml:75:7
%5711 = all_reduce_sum %1869 : f32[12] @ models/moco_pass.yaml:76:7
%5712 = state name="adam_m.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%5713 = state name="adam_v.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%5714 = state name="adam_t.patch_projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5715 = add %5714, %2683 : i64[] @ models/moco_pass.yaml:76:7
%5716 = mul %80, %5669 : f32[12] @ models/moco_pass.yaml:76:7
%5717 = mul %5711, %5671 : f32[12] @ models/moco_pass.yaml:76:7
%5718 = mul %5712, %5673 : f32[12] @ models/moco_pass.yaml:76:7
%5719 = add %5718, %5717 : f32[12] @ models/moco_pass.yaml:76:7
%5720 = mul %5711, %5711 : f32[12] @ models/moco_pass.yaml:76:7
%5721 = mul %5720, %5677 : f32[12] @ models/moco_pass.yaml:76:7
%5722 = mul %5713, %5679 : f32[12] @ models/moco_pass.yaml:76:7
%5723 = add %5722, %5721 : f32[12] @ models/moco_pass.yaml:76:7
%5724 = cast %5715 : f64[] @ models/moco_pass.yaml:76:7
%5725 = pow %2693, %5724 : f64[] @ models/moco_pass.yaml:76:7
%5726 = sub %2686, %5725 : f64[] @ models/moco_pass.yaml:76:7
%5727 = div %1614, %5726 : f64[] @ models/moco_pass.yaml:76:7
%5728 = pow %2701, %5724 : f64[] @ models/moco_pass.yaml:76:7
%5729 = sub %2686, %5728 : f64[] @ models/moco_pass.yaml:76:7
%5730 = sqrt %5729 : f64[] @ models/moco_pass.yaml:76:7
%5731 = div %2686, %5730 : f64[] @ models/moco_pass.yaml:76:7
%5732 = sqrt %5723 : f32[12] @ models/moco_pass.yaml:76:7
%5733 = cast %5731 : f32[] @ models/moco_pass.yaml:76:7
%5734 = broadcast %5733 : f32[12] @ models/moco_pass.yaml:76:7
%5735 = mul %5732, %5734 : f32[12] @ models/moco_pass.yaml:76:7
%5736 = add %5735, %5694 : f32[12] @ models/moco_pass.yaml:76:7
%5737 = div %5719, %5736 : f32[12] @ models/moco_pass.yaml:76:7
%5738 = cast %5727 : f32[] @ models/moco_pass.yaml:76:7
%5739 = broadcast %5738 : f32[12] @ models/moco_pass.yaml:76:7
%5740 = mul %5737, %5739 : f32[12] @ models/moco_pass.yaml:76:7
%5741 = sub %5716, %5740 : f32[12] @ models/moco_pass.yaml:76:7
%5742 = assign %80, %5741 : f32[12] @ models/moco_pass.yaml:76:7
%5743 = assign %5712, %5719 : f32[12] @ models/moco_pass.yaml:76:7
%5744 = assign %5713, %5723 : f32[12] @ models/moco_pass.yaml:76:7
%5745 = assign %5714, %5715 : i64[] @ models/moco_pass.yaml:76:7
%5746 = mul %164, %5705 : f32[12] @ models/moco_pass.yaml:76:7
%5747 = mul %5741, %5707 : f32[12] @ models/moco_pass.yaml:76:7
%5748 = add %5746, %5747 : f32[12] @ models/moco_pass.yaml:76:7
%5749 = assign %164, %5748 : f32[12] @ models/moco_pass.yaml:76:7
%5750 = all_reduce_sum %1860 : f32[12,12] @ models/lib/nn.yaml:79:7
%5751 = state name="adam_m.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%5752 = state name="adam_v.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%5753 = state name="adam_t.patch_projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5754 = add %5753, %2683 : i64[] @ models/lib/nn.yaml:79:7
%5755 = broadcast %2688 : f32[12,12] @ models/lib/nn.yaml:79:7
%5756 = mul %81, %5755 : f32[12,12] @ models/lib/nn.yaml:79:7
%5757 = broadcast %1617 : f32[12,12] @ models/lib/nn.yaml:79:7
%5758 = mul %5750, %5757 : f32[12,12] @ models/lib/nn.yaml:79:7
%5759 = broadcast %1020 : f32[12,12] @ models/lib/nn.yaml:79:7
%5760 = mul %5751, %5759 : f32[12,12] @ models/lib/nn.yaml:79:7
%5761 = add %5760, %5758 : f32[12,12] @ models/lib/nn.yaml:79:7
%5762 = mul %5750, %5750 : f32[12,12] @ models/lib/nn.yaml:79:7
%5763 = broadcast %2698 : f32[12,12] @ models/lib/nn.yaml:79:7
%5764 = mul %5762, %5763 : f32[12,12] @ models/lib/nn.yaml:79:7
%5765 = broadcast %2702 : f32[12,12] @ models/lib/nn.yaml:79:7
%5766 = mul %5752, %5765 : f32[12,12] @ models/lib/nn.yaml:79:7
%5767 = add %5766, %5764 : f32[12,12] @ models/lib/nn.yaml:79:7
%5768 = cast %5754 : f64[] @ models/lib/nn.yaml:79:7
%5769 = pow %2693, %5768 : f64[] @ models/lib/nn.yaml:79:7
%5770 = sub %2686, %5769 : f64[] @ models/lib/nn.yaml:79:7
%5771 = div %1614, %5770 : f64[] @ models/lib/nn.yaml:79:7
%5772 = pow %2701, %5768 : f64[] @ models/lib/nn.yaml:79:7
%5773 = sub %2686, %5772 : f64[] @ models/lib/nn.yaml:79:7
%5774 = sqrt %5773 : f64[] @ models/lib/nn.yaml:79:7
%5775 = div %2686, %5774 : f64[] @ models/lib/nn.yaml:79:7
%5776 = sqrt %5767 : f32[12,12] @ models/lib/nn.yaml:79:7
%5777 = cast %5775 : f32[] @ models/lib/nn.yaml:79:7
%5778 = broadcast %5777 : f32[12,12] @ models/lib/nn.yaml:79:7
%5779 = mul %5776, %5778 : f32[12,12] @ models/lib/nn.yaml:79:7
%5780 = broadcast %2718 : f32[12,12] @ models/lib/nn.yaml:79:7
%5781 = add %5779, %5780 : f32[12,12] @ models/lib/nn.yaml:79:7
%5782 = div %5761, %5781 : f32[12,12] @ models/lib/nn.yaml:79:7
%5783 = cast %5771 : f32[] @ models/lib/nn.yaml:79:7
%5784 = broadcast %5783 : f32[12,12] @ models/lib/nn.yaml:79:7
%5785 = mul %5782, %5784 : f32[12,12] @ models/lib/nn.yaml:79:7
%5786 = sub %5756, %5785 : f32[12,12] @ models/lib/nn.yaml:79:7
%5787 = assign %81, %5786 : f32[12,12] @ models/lib/nn.yaml:79:7
%5788 = assign %5751, %5761 : f32[12,12] @ models/lib/nn.yaml:79:7
%5789 = assign %5752, %5767 : f32[12,12] @ models/lib/nn.yaml:79:7
%5790 = assign %5753, %5754 : i64[] @ models/lib/nn.yaml:79:7
%5791 = broadcast %2730 : f32[12,12] @ models/lib/nn.yaml:79:7
%5792 = mul %165, %5791 : f32[12,12] @ models/lib/nn.yaml:79:7
%5793 = broadcast %2734 : f32[12,12] @ models/lib/nn.yaml:79:7
%5794 = mul %5786, %5793 : f32[12,12] @ models/lib/nn.yaml:79:7
%5795 = add %5792, %5794 : f32[12,12] @ models/lib/nn.yaml:79:7
%5796 = assign %165, %5795 : f32[12,12] @ models/lib/nn.yaml:79:7
%5797 = all_reduce_sum %1837 : f32[12] @ models/moco_pass.yaml:75:7
%5798 = state name="adam_m.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5799 = state name="adam_v.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5800 = state name="adam_t.patch_projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5801 = add %5800, %2683 : i64[] @ models/moco_pass.yaml:75:7
%5802 = mul %82, %5669 : f32[12] @ models/moco_pass.yaml:75:7
%5803 = mul %5797, %5671 : f32[12] @ models/moco_pass.yaml:75:7
%5804 = mul %5798, %5673 : f32[12] @ models/moco_pass.yaml:75:7
%5805 = add %5804, %5803 : f32[12] @ models/moco_pass.yaml:75:7
%5806 = mul %5797, %5797 : f32[12] @ models/moco_pass.yaml:75:7
%5807 = mul %5806, %5677 : f32[12] @ models/moco_pass.yaml:75:7
%5808 = mul %5799, %5679 : f32[12] @ models/moco_pass.yaml:75:7
%5809 = add %5808, %5807 : f32[12] @ models/moco_pass.yaml:75:7
%5810 = cast %5801 : f64[] @ models/moco_pass.yaml:75:7
%5811 = pow %2693, %5810 : f64[] @ models/moco_pass.yaml:75:7
%5812 = sub %2686, %5811 : f64[] @ models/moco_pass.yaml:75:7
%5813 = div %1614, %5812 : f64[] @ models/moco_pass.yaml:75:7
%5814 = pow %2701, %5810 : f64[] @ models/moco_pass.yaml:75:7
%5815 = sub %2686, %5814 : f64[] @ models/moco_pass.yaml:75:7
%5816 = sqrt %5815 : f64[] @ models/moco_pass.yaml:75:7
%5817 = div %2686, %5816 : f64[] @ models/moco_pass.yaml:75:7
%5818 = sqrt %5809 : f32[12] @ models/moco_pass.yaml:75:7
%5819 = cast %5817 : f32[] @ models/moco_pass.yaml:75:7
%5820 = broadcast %5819 : f32[12] @ models/moco_pass.yaml:75:7
%5821 = mul %5818, %5820 : f32[12] @ models/moco_pass.yaml:75:7
%5822 = add %5821, %5694 : f32[12] @ models/moco_pass.yaml:75:7
%5823 = div %5805, %5822 : f32[12] @ models/moco_pass.yaml:75:7
%5824 = cast %5813 : f32[] @ models/moco_pass.yaml:75:7
%5825 = broadcast %5824 : f32[12] @ models/moco_pass.yaml:75:7
%5826 = mul %5823, %5825 : f32[12] @ models/moco_pass.yaml:75:7
%5827 = sub %5802, %5826 : f32[12] @ models/moco_pass.yaml:75:7
%5828 = assign %82, %5827 : f32[12] @ models/moco_pass.yaml:75:7
%5829 = assign %5798, %5805 : f32[12] @ models/moco_pass.yaml:75:7
%5830 = assign %5799, %5809 : f32[12] @ models/moco_pass.yaml:75:7
%5831 = assign %5800, %5801 : i64[] @ models/moco_pass.yaml:75:7
%5832 = mul %166, %5705 : f32[12] @ models/moco_pass.yaml:75:7
%5833 = mul %5827, %5707 : f32[12] @ models/moco_pass.yaml:75:7
%5834 = add %5832, %5833 : f32[12] @ models/moco_pass.yaml:75:7
%5835 = assign %166, %5834 : f32[12] @ models/moco_pass.yaml:75:7
%5836 = all_reduce_sum %1833 : f32[12] @ models/moco_pass.yaml:76:7
%5837 = state name="adam_m.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%5838 = state name="adam_v.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%5839 = state name="adam_t.patch_projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5840 = add %5839, %2683 : i64[] @ models/moco_pass.yaml:76:7
%5841 = mul %83, %5669 : f32[12] @ models/moco_pass.yaml:76:7
%5842 = mul %5836, %5671 : f32[12] @ models/moco_pass.yaml:76:7
%5843 = mul %5837, %5673 : f32[12] @ models/moco_pass.yaml:76:7
%5844 = add %5843, %5842 : f32[12] @ models/moco_pass.yaml:76:7
%5845 = mul %5836, %5836 : f32[12] @ models/moco_pass.yaml:76:7
%5846 = mul %5845, %5677 : f32[12] @ models/moco_pass.yaml:76:7
%5847 = mul %5838, %5679 : f32[12] @ models/moco_pass.yaml:76:7
%5848 = add %5847, %5846 : f32[12] @ models/moco_pass.yaml:76:7
%5849 = cast %5840 : f64[] @ models/moco_pass.yaml:76:7
%5850 = pow %2693, %5849 : f64[] @ models/moco_pass.yaml:76:7
%5851 = sub %2686, %5850 : f64[] @ models/moco_pass.yaml:76:7
%5852 = div %1614, %5851 : f64[] @ models/moco_pass.yaml:76:7
%5853 = pow %2701, %5849 : f64[] @ models/moco_pass.yaml:76:7
%5854 = sub %2686, %5853 : f64[] @ models/moco_pass.yaml:76:7
%5855 = sqrt %5854 : f64[] @ models/moco_pass.yaml:76:7
%5856 = div %2686, %5855 : f64[] @ models/moco_pass.yaml:76:7
%5857 = sqrt %5848 : f32[12] @ models/moco_pass.yaml:76:7
%5858 = cast %5856 : f32[] @ models/moco_pass.yaml:76:7
%5859 = broadcast %5858 : f32[12] @ models/moco_pass.yaml:76:7
%5860 = mul %5857, %5859 : f32[12] @ models/moco_pass.yaml:76:7
%5861 = add %5860, %5694 : f32[12] @ models/moco_pass.yaml:76:7
%5862 = div %5844, %5861 : f32[12] @ models/moco_pass.yaml:76:7
%5863 = cast %5852 : f32[] @ models/moco_pass.yaml:76:7
%5864 = broadcast %5863 : f32[12] @ models/moco_pass.yaml:76:7
%5865 = mul %5862, %5864 : f32[12] @ models/moco_pass.yaml:76:7
%5866 = sub %5841, %5865 : f32[12] @ models/moco_pass.yaml:76:7
%5867 = assign %83, %5866 : f32[12] @ models/moco_pass.yaml:76:7
%5868 = assign %5837, %5844 : f32[12] @ models/moco_pass.yaml:76:7
%5869 = assign %5838, %5848 : f32[12] @ models/moco_pass.yaml:76:7
%5870 = assign %5839, %5840 : i64[] @ models/moco_pass.yaml:76:7
%5871 = mul %167, %5705 : f32[12] @ models/moco_pass.yaml:76:7
%5872 = mul %5866, %5707 : f32[12] @ models/moco_pass.yaml:76:7
%5873 = add %5871, %5872 : f32[12] @ models/moco_pass.yaml:76:7
%5874 = assign %167, %5873 : f32[12] @ models/moco_pass.yaml:76:7
%5875 = all_reduce_sum %1824 : f32[6,12] @ models/lib/nn.yaml:79:7
%5876 = state name="adam_m.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%5877 = state name="adam_v.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%5878 = state name="adam_t.patch_projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5879 = add %5878, %2683 : i64[] @ models/lib/nn.yaml:79:7
%5880 = broadcast %2688 : f32[6,12] @ models/lib/nn.yaml:79:7
%5881 = mul %84, %5880 : f32[6,12] @ models/lib/nn.yaml:79:7
%5882 = broadcast %1617 : f32[6,12] @ models/lib/nn.yaml:79:7
%5883 = mul %5875, %5882 : f32[6,12] @ models/lib/nn.yaml:79:7
%5884 = broadcast %1020 : f32[6,12] @ models/lib/nn.yaml:79:7
%5885 = mul %5876, %5884 : f32[6,12] @ models/lib/nn.yaml:79:7
%5886 = add %5885, %5883 : f32[6,12] @ models/lib/nn.yaml:79:7
%5887 = mul %5875, %5875 : f32[6,12] @ models/lib/nn.yaml:79:7
%5888 = broadcast %2698 : f32[6,12] @ models/lib/nn.yaml:79:7
%5889 = mul %5887, %5888 : f32[6,12] @ models/lib/nn.yaml:79:7
%5890 = broadcast %2702 : f32[6,12] @ models/lib/nn.yaml:79:7
%5891 = mul %5877, %5890 : f32[6,12] @ models/lib/nn.yaml:79:7
%5892 = add %5891, %5889 : f32[6,12] @ models/lib/nn.yaml:79:7
%5893 = cast %5879 : f64[] @ models/lib/nn.yaml:79:7
%5894 = pow %2693, %5893 : f64[] @ models/lib/nn.yaml:79:7
%5895 = sub %2686, %5894 : f64[] @ models/lib/nn.yaml:79:7
%5896 = div %1614, %5895 : f64[] @ models/lib/nn.yaml:79:7
%5897 = pow %2701, %5893 : f64[] @ models/lib/nn.yaml:79:7
%5898 = sub %2686, %5897 : f64[] @ models/lib/nn.yaml:79:7
%5899 = sqrt %5898 : f64[] @ models/lib/nn.yaml:79:7
%5900 = div %2686, %5899 : f64[] @ models/lib/nn.yaml:79:7
%5901 = sqrt %5892 : f32[6,12] @ models/lib/nn.yaml:79:7
%5902 = cast %5900 : f32[] @ models/lib/nn.yaml:79:7
%5903 = broadcast %5902 : f32[6,12] @ models/lib/nn.yaml:79:7
%5904 = mul %5901, %5903 : f32[6,12] @ models/lib/nn.yaml:79:7
%5905 = broadcast %2718 : f32[6,12] @ models/lib/nn.yaml:79:7
%5906 = add %5904, %5905 : f32[6,12] @ models/lib/nn.yaml:79:7
%5907 = div %5886, %5906 : f32[6,12] @ models/lib/nn.yaml:79:7
%5908 = cast %5896 : f32[] @ models/lib/nn.yaml:79:7
%5909 = broadcast %5908 : f32[6,12] @ models/lib/nn.yaml:79:7
%5910 = mul %5907, %5909 : f32[6,12] @ models/lib/nn.yaml:79:7
%5911 = sub %5881, %5910 : f32[6,12] @ models/lib/nn.yaml:79:7
%5912 = assign %84, %5911 : f32[6,12] @ models/lib/nn.yaml:79:7
%5913 = assign %5876, %5886 : f32[6,12] @ models/lib/nn.yaml:79:7
%5914 = assign %5877, %5892 : f32[6,12] @ models/lib/nn.yaml:79:7
%5915 = assign %5878, %5879 : i64[] @ models/lib/nn.yaml:79:7
%5916 = broadcast %2730 : f32[6,12] @ models/lib/nn.yaml:79:7
%5917 = mul %168, %5916 : f32[6,12] @ models/lib/nn.yaml:79:7
%5918 = broadcast %2734 : f32[6,12] @ models/lib/nn.yaml:79:7
%5919 = mul %5911, %5918 : f32[6,12] @ models/lib/nn.yaml:79:7
%5920 = add %5917, %5919 : f32[6,12] @ models/lib/nn.yaml:79:7
%5921 = assign %168, %5920 : f32[6,12] @ models/lib/nn.yaml:79:7
%5922 = all_reduce_sum %1801 : f32[12,6] @ models/lib/nn.yaml:79:7
%5923 = state name="adam_m.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%5924 = state name="adam_v.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%5925 = state name="adam_t.patch_predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5926 = add %5925, %2683 : i64[] @ models/lib/nn.yaml:79:7
%5927 = broadcast %2688 : f32[12,6] @ models/lib/nn.yaml:79:7
%5928 = mul %85, %5927 : f32[12,6] @ models/lib/nn.yaml:79:7
%5929 = broadcast %1617 : f32[12,6] @ models/lib/nn.yaml:79:7
%5930 = mul %5922, %5929 : f32[12,6] @ models/lib/nn.yaml:79:7
%5931 = broadcast %1020 : f32[12,6] @ models/lib/nn.yaml:79:7
%5932 = mul %5923, %5931 : f32[12,6] @ models/lib/nn.yaml:79:7
%5933 = add %5932, %5930 : f32[12,6] @ models/lib/nn.yaml:79:7
%5934 = mul %5922, %5922 : f32[12,6] @ models/lib/nn.yaml:79:7
%5935 = broadcast %2698 : f32[12,6] @ models/lib/nn.yaml:79:7
%5936 = mul %5934, %5935 : f32[12,6] @ models/lib/nn.yaml:79:7
%5937 = broadcast %2702 : f32[12,6] @ models/lib/nn.yaml:79:7
%5938 = mul %5924, %5937 : f32[12,6] @ models/lib/nn.yaml:79:7
%5939 = add %5938, %5936 : f32[12,6] @ models/lib/nn.yaml:79:7
%5940 = cast %5926 : f64[] @ models/lib/nn.yaml:79:7
%5941 = pow %2693, %5940 : f64[] @ models/lib/nn.yaml:79:7
%5942 = sub %2686, %5941 : f64[] @ models/lib/nn.yaml:79:7
%5943 = div %1614, %5942 : f64[] @ models/lib/nn.yaml:79:7
%5944 = pow %2701, %5940 : f64[] @ models/lib/nn.yaml:79:7
%5945 = sub %2686, %5944 : f64[] @ models/lib/nn.yaml:79:7
%5946 = sqrt %5945 : f64[] @ models/lib/nn.yaml:79:7
%5947 = div %2686, %5946 : f64[] @ models/lib/nn.yaml:79:7
%5948 = sqrt %5939 : f32[12,6] @ models/lib/nn.yaml:79:7
%5949 = cast %5947 : f32[] @ models/lib/nn.yaml:79:7
%5950 = broadcast %5949 : f32[12,6] @ models/lib/nn.yaml:79:7
%5951 = mul %5948, %5950 : f32[12,6] @ models/lib/nn.yaml:79:7
%5952 = broadcast %2718 : f32[12,6] @ models/lib/nn.yaml:79:7
%5953 = add %5951, %5952 : f32[12,6] @ models/lib/nn.yaml:79:7
%5954 = div %5933, %5953 : f32[12,6] @ models/lib/nn.yaml:79:7
%5955 = cast %5943 : f32[] @ models/lib/nn.yaml:79:7
%5956 = broadcast %5955 : f32[12,6] @ models/lib/nn.yaml:79:7
%5957 = mul %5954, %5956 : f32[12,6] @ models/lib/nn.yaml:79:7
%5958 = sub %5928, %5957 : f32[12,6] @ models/lib/nn.yaml:79:7
%5959 = assign %85, %5958 : f32[12,6] @ models/lib/nn.yaml:79:7
%5960 = assign %5923, %5933 : f32[12,6] @ models/lib/nn.yaml:79:7
%5961 = assign %5924, %5939 : f32[12,6] @ models/lib/nn.yaml:79:7
%5962 = assign %5925, %5926 : i64[] @ models/lib/nn.yaml:79:7
%5963 = broadcast %2730 : f32[12,6] @ models/lib/nn.yaml:79:7
%5964 = mul %169, %5963 : f32[12,6] @ models/lib/nn.yaml:79:7
%5965 = broadcast %2734 : f32[12,6] @ models/lib/nn.yaml:79:7
%5966 = mul %5958, %5965 : f32[12,6] @ models/lib/nn.yaml:79:7
%5967 = add %5964, %5966 : f32[12,6] @ models/lib/nn.yaml:79:7
%5968 = assign %169, %5967 : f32[12,6] @ models/lib/nn.yaml:79:7
%5969 = all_reduce_sum %1777 : f32[12] @ models/moco_pass.yaml:75:7
%5970 = state name="adam_m.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5971 = state name="adam_v.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5972 = state name="adam_t.patch_predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5973 = add %5972, %2683 : i64[] @ models/moco_pass.yaml:75:7
%5974 = mul %86, %5669 : f32[12] @ models/moco_pass.yaml:75:7
%5975 = mul %5969, %5671 : f32[12] @ models/moco_pass.yaml:75:7
%5976 = mul %5970, %5673 : f32[12] @ models/moco_pass.yaml:75:7
%5977 = add %5976, %5975 : f32[12] @ models/moco_pass.yaml:75:7
%5978 = mul %5969, %5969 : f32[12] @ models/moco_pass.yaml:75:7
%5979 = mul %5978, %5677 : f32[12] @ models/moco_pass.yaml:75:7
%5980 = mul %5971, %5679 : f32[12] @ models/moco_pass.yaml:75:7
%5981 = add %5980, %5979 : f32[12] @ models/moco_pass.yaml:75:7
%5982 = cast %5973 : f64[] @ models/moco_pass.yaml:75:7
%5983 = pow %2693, %5982 : f64[] @ models/moco_pass.yaml:75:7
%5984 = sub %2686, %5983 : f64[] @ models/moco_pass.yaml:75:7
%5985 = div %1614, %5984 : f64[] @ models/moco_pass.yaml:75:7
%5986 = pow %2701, %5982 : f64[] @ models/moco_pass.yaml:75:7
%5987 = sub %2686, %5986 : f64[] @ models/moco_pass.yaml:75:7
%5988 = sqrt %5987 : f64[] @ models/moco_pass.yaml:75:7
%5989 = div %2686, %5988 : f64[] @ models/moco_pass.yaml:75:7
%5990 = sqrt %5981 : f32[12] @ models/moco_pass.yaml:75:7
%5991 = cast %5989 : f32[] @ models/moco_pass.yaml:75:7
%5992 = broadcast %5991 : f32[12] @ models/moco_pass.yaml:75:7
%5993 = mul %5990, %5992 : f32[12] @ models/moco_pass.yaml:75:7
%5994 = add %5993, %5694 : f32[12] @ models/moco_pass.yaml:75:7
%5995 = div %5977, %5994 : f32[12] @ models/moco_pass.yaml:75:7
%5996 = cast %5985 : f32[] @ models/moco_pass.yaml:75:7
%5997 = broadcast %5996 : f32[12] @ models/moco_pass.yaml:75:7
%5998 = mul %5995, %5997 : f32[12] @ models/moco_pass.yaml:75:7
%5999 = sub %5974, %5998 : f32[12] @ models/moco_pass.yaml:75:7
%6000 = assign %86, %5999 : f32[12] @ models/moco_pass.yaml:75:7
%6001 = assign %5970, %5977 : f32[12] @ models/moco_pass.yaml:75:7
%6002 = assign %5971, %5981 : f32[12] @ models/moco_pass.yaml:75:7
%6003 = assign %5972, %5973 : i64[] @ models/moco_pass.yaml:75:7
%6004 = mul %170, %5705 : f32[12] @ models/moco_pass.yaml:75:7
%6005 = mul %5999, %5707 : f32[12] @ models/moco_pass.yaml:75:7
%6006 = add %6004, %6005 : f32[12] @ models/moco_pass.yaml:75:7
%6007 = assign %170, %6006 : f32[12] @ models/moco_pass.yaml:75:7
%6008 = all_reduce_sum %1773 : f32[12] @ models/moco_pass.yaml:76:7
%6009 = state name="adam_m.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6010 = state name="adam_v.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6011 = state name="adam_t.patch_predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6012 = add %6011, %2683 : i64[] @ models/moco_pass.yaml:76:7
%6013 = mul %87, %5669 : f32[12] @ models/moco_pass.yaml:76:7
%6014 = mul %6008, %5671 : f32[12] @ models/moco_pass.yaml:76:7
%6015 = mul %6009, %5673 : f32[12] @ models/moco_pass.yaml:76:7
%6016 = add %6015, %6014 : f32[12] @ models/moco_pass.yaml:76:7
%6017 = mul %6008, %6008 : f32[12] @ models/moco_pass.yaml:76:7
%6018 = mul %6017, %5677 : f32[12] @ models/moco_pass.yaml:76:7
%6019 = mul %6010, %5679 : f32[12] @ models/moco_pass.yaml:76:7
%6020 = add %6019, %6018 : f32[12] @ models/moco_pass.yaml:76:7
%6021 = cast %6012 : f64[] @ models/moco_pass.yaml:76:7
%6022 = pow %2693, %6021 : f64[] @ models/moco_pass.yaml:76:7
%6023 = sub %2686, %6022 : f64[] @ models/moco_pass.yaml:76:7
%6024 = div %1614, %6023 : f64[] @ models/moco_pass.yaml:76:7
%6025 = pow %2701, %6021 : f64[] @ models/moco_pass.yaml:76:7
%6026 = sub %2686, %6025 : f64[] @ models/moco_pass.yaml:76:7
%6027 = sqrt %6026 : f64[] @ models/moco_pass.yaml:76:7
%6028 = div %2686, %6027 : f64[] @ models/moco_pass.yaml:76:7
%6029 = sqrt %6020 : f32[12] @ models/moco_pass.yaml:76:7
%6030 = cast %6028 : f32[] @ models/moco_pass.yaml:76:7
%6031 = broadcast %6030 : f32[12] @ models/moco_pass.yaml:76:7
%6032 = mul %6029, %6031 : f32[12] @ models/moco_pass.yaml:76:7
%6033 = add %6032, %5694 : f32[12] @ models/moco_pass.yaml:76:7
%6034 = div %6016, %6033 : f32[12] @ models/moco_pass.yaml:76:7
%6035 = cast %6024 : f32[] @ models/moco_pass.yaml:76:7
%6036 = broadcast %6035 : f32[12] @ models/moco_pass.yaml:76:7
%6037 = mul %6034, %6036 : f32[12] @ models/moco_pass.yaml:76:7
%6038 = sub %6013, %6037 : f32[12] @ models/moco_pass.yaml:76:7
%6039 = assign %87, %6038 : f32[12] @ models/moco_pass.yaml:76:7
%6040 = assign %6009, %6016 : f32[12] @ models/moco_pass.yaml:76:7
%6041 = assign %6010, %6020 : f32[12] @ models/moco_pass.yaml:76:7
%6042 = assign %6011, %6012 : i64[] @ models/moco_pass.yaml:76:7
%6043 = mul %171, %5705 : f32[12] @ models/moco_pass.yaml:76:7
%6044 = mul %6038, %5707 : f32[12] @ models/moco_pass.yaml:76:7
%6045 = add %6043, %6044 : f32[12] @ models/moco_pass.yaml:76:7
%6046 = assign %171, %6045 : f32[12] @ models/moco_pass.yaml:76:7
%6047 = all_reduce_sum %1762 : f32[6,12] @ models/lib/nn.yaml:79:7
%6048 = state name="adam_m.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6049 = state name="adam_v.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6050 = state name="adam_t.patch_predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6051 = add %6050, %2683 : i64[] @ models/lib/nn.yaml:79:7
%6052 = mul %88, %5880 : f32[6,12] @ models/lib/nn.yaml:79:7
%6053 = mul %6047, %5882 : f32[6,12] @ models/lib/nn.yaml:79:7
%6054 = mul %6048, %5884 : f32[6,12] @ models/lib/nn.yaml:79:7
%6055 = add %6054, %6053 : f32[6,12] @ models/lib/nn.yaml:79:7
%6056 = mul %6047, %6047 : f32[6,12] @ models/lib/nn.yaml:79:7
%6057 = mul %6056, %5888 : f32[6,12] @ models/lib/nn.yaml:79:7
%6058 = mul %6049, %5890 : f32[6,12] @ models/lib/nn.yaml:79:7
%6059 = add %6058, %6057 : f32[6,12] @ models/lib/nn.yaml:79:7
%6060 = cast %6051 : f64[] @ models/lib/nn.yaml:79:7
%6061 = pow %2693, %6060 : f64[] @ models/lib/nn.yaml:79:7
%6062 = sub %2686, %6061 : f64[] @ models/lib/nn.yaml:79:7
%6063 = div %1614, %6062 : f64[] @ models/lib/nn.yaml:79:7
%6064 = pow %2701, %6060 : f64[] @ models/lib/nn.yaml:79:7
%6065 = sub %2686, %6064 : f64[] @ models/lib/nn.yaml:79:7
%6066 = sqrt %6065 : f64[] @ models/lib/nn.yaml:79:7
%6067 = div %2686, %6066 : f64[] @ models/lib/nn.yaml:79:7
%6068 = sqrt %6059 : f32[6,12] @ models/lib/nn.yaml:79:7
%6069 = cast %6067 : f32[] @ models/lib/nn.yaml:79:7
%6070 = broadcast %6069 : f32[6,12] @ models/lib/nn.yaml:79:7
%6071 = mul %6068, %6070 : f32[6,12] @ models/lib/nn.yaml:79:7
%6072 = add %6071, %5905 : f32[6,12] @ models/lib/nn.yaml:79:7
%6073 = div %6055, %6072 : f32[6,12] @ models/lib/nn.yaml:79:7
%6074 = cast %6063 : f32[] @ models/lib/nn.yaml:79:7
%6075 = broadcast %6074 : f32[6,12] @ models/lib/nn.yaml:79:7
%6076 = mul %6073, %6075 : f32[6,12] @ models/lib/nn.yaml:79:7
%6077 = sub %6052, %6076 : f32[6,12] @ models/lib/nn.yaml:79:7
%6078 = assign %88, %6077 : f32[6,12] @ models/lib/nn.yaml:79:7
%6079 = assign %6048, %6055 : f32[6,12] @ models/lib/nn.yaml:79:7
%6080 = assign %6049, %6059 : f32[6,12] @ models/lib/nn.yaml:79:7
%6081 = assign %6050, %6051 : i64[] @ models/lib/nn.yaml:79:7
%6082 = mul %172, %5916 : f32[6,12] @ models/lib/nn.yaml:79:7
%6083 = mul %6077, %5918 : f32[6,12] @ models/lib/nn.yaml:79:7
%6084 = add %6082, %6083 : f32[6,12] @ models/lib/nn.yaml:79:7
%6085 = assign %172, %6084 : f32[6,12] @ models/lib/nn.yaml:79:7
%6086 = const data=[inf] : f32[] @ models/moco_pass.yaml:170:3
%6087 = abs %1612 : f32[] @ models/moco_pass.yaml:170:3
%6088 = lt %6087, %6086 : bool[] @ models/moco_pass.yaml:170:3
%6089 = output %6088 name="finite" : bool[] @ models/moco_pass.yaml:170:3
