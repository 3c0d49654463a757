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
%213 = slice %207 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%214 = broadcast %213 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%215 = slice %212 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%216 = broadcast %215 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%217 = mul %214, %216 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%218 = slice %207 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%219 = broadcast %218 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%220 = slice %212 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%221 = broadcast %220 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%222 = mul %219, %221 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%223 = add %217, %222 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%224 = slice %207 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%225 = broadcast %224 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%226 = slice %212 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%227 = broadcast %226 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%228 = mul %225, %227 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%229 = add %223, %228 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%230 = slice %207 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%231 = broadcast %230 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%232 = slice %212 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%233 = broadcast %232 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%234 = mul %231, %233 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%235 = add %229, %234 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%236 = slice %207 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%237 = broadcast %236 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%238 = slice %212 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%239 = broadcast %238 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%240 = mul %237, %239 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%241 = add %235, %240 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%242 = slice %207 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%243 = broadcast %242 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%244 = slice %212 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%245 = broadcast %244 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%246 = mul %243, %245 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%247 = add %241, %246 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%248 = slice %207 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%249 = broadcast %248 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%250 = slice %212 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%251 = broadcast %250 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%252 = mul %249, %251 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%253 = add %247, %252 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%254 = slice %207 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%255 = broadcast %254 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%256 = slice %212 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%257 = broadcast %256 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%258 = mul %255, %257 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%259 = add %253, %258 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%260 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%261 = broadcast %260 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%262 = mul %259, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%263 = reduce_max %262 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%264 = stop_gradient %263 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%265 = broadcast %264 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%266 = mul %259, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%267 = sub %266, %265 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%268 = exp %267 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%269 = reduce_sum %268 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%270 = broadcast %269 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%271 = exp %267 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%272 = div %271, %270 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%273 = reshape %272 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%274 = broadcast %273 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%275 = reshape %211 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%276 = broadcast %275 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%277 = mul %274, %276 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%278 = reduce_sum %277 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%279 = permute %278 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%280 = reshape %279 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%281 = matmul %280, %96 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%282 = broadcast %97 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%283 = add %281, %282 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%284 = add %181, %283 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%285 = reduce_sum %284 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%286 = div %285, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%287 = broadcast %286 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%288 = sub %284, %287 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%289 = mul %288, %288 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%290 = reduce_sum %289 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%291 = div %290, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%292 = add %291, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%293 = rsqrt %292 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%294 = broadcast %293 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%295 = mul %288, %294 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%296 = broadcast %98 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%297 = mul %295, %296 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%298 = broadcast %99 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%299 = add %297, %298 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%300 = matmul %299, %100 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%301 = broadcast %101 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%302 = add %300, %301 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%303 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%304 = broadcast %303 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%305 = mul %304, %302 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%306 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%307 = broadcast %306 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%308 = mul %302, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%309 = erf %308 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%310 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%311 = broadcast %310 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%312 = add %311, %309 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%313 = mul %305, %312 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%314 = matmul %313, %102 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%315 = broadcast %103 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%316 = add %314, %315 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%317 = add %284, %316 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%318 = reduce_sum %317 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%319 = div %318, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%320 = broadcast %319 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%321 = sub %317, %320 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%322 = mul %321, %321 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%323 = reduce_sum %322 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%324 = div %323, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%325 = add %324, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%326 = rsqrt %325 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%327 = broadcast %326 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%328 = mul %321, %327 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%329 = broadcast %104 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%330 = mul %328, %329 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%331 = broadcast %105 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%332 = add %330, %331 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%333 = matmul %332, %106 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%334 = broadcast %107 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%335 = add %333, %334 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%336 = reshape %335 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%337 = permute %336 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%338 = slice %337 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%339 = reshape %338 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%340 = slice %337 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%341 = reshape %340 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%342 = slice %337 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%343 = reshape %342 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%344 = permute %341 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%345 = slice %339 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%346 = broadcast %345 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%347 = slice %344 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%348 = broadcast %347 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%349 = mul %346, %348 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%350 = slice %339 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%351 = broadcast %350 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%352 = slice %344 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%353 = broadcast %352 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%354 = mul %351, %353 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%355 = add %349, %354 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%356 = slice %339 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%357 = broadcast %356 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%358 = slice %344 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%359 = broadcast %358 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%360 = mul %357, %359 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%361 = add %355, %360 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%362 = slice %339 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%363 = broadcast %362 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%364 = slice %344 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%365 = broadcast %364 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%366 = mul %363, %365 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%367 = add %361, %366 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%368 = slice %339 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%369 = broadcast %368 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%370 = slice %344 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%371 = broadcast %370 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%372 = mul %369, %371 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%373 = add %367, %372 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%374 = slice %339 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%375 = broadcast %374 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%376 = slice %344 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%377 = broadcast %376 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%378 = mul %375, %377 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%379 = add %373, %378 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%380 = slice %339 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%381 = broadcast %380 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%382 = slice %344 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%383 = broadcast %382 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%384 = mul %381, %383 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%385 = add %379, %384 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%386 = slice %339 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%387 = broadcast %386 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%388 = slice %344 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%389 = broadcast %388 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%390 = mul %387, %389 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%391 = add %385, %390 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%392 = mul %391, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%393 = reduce_max %392 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%394 = stop_gradient %393 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%395 = broadcast %394 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%396 = mul %391, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%397 = sub %396, %395 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%398 = exp %397 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%399 = reduce_sum %398 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%400 = broadcast %399 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%401 = exp %397 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%402 = div %401, %400 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%403 = reshape %402 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%404 = broadcast %403 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%405 = reshape %343 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%406 = broadcast %405 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%407 = mul %404, %406 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%408 = reduce_sum %407 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%409 = permute %408 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%410 = reshape %409 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%411 = matmul %410, %108 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%412 = broadcast %109 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%413 = add %411, %412 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%414 = add %317, %413 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%415 = reduce_sum %414 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%416 = div %415, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%417 = broadcast %416 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%418 = sub %414, %417 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%419 = mul %418, %418 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%420 = reduce_sum %419 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%421 = div %420, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%422 = add %421, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%423 = rsqrt %422 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%424 = broadcast %423 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%425 = mul %418, %424 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%426 = broadcast %110 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%427 = mul %425, %426 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%428 = broadcast %111 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%429 = add %427, %428 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%430 = matmul %429, %112 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%431 = broadcast %113 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%432 = add %430, %431 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%433 = mul %304, %432 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%434 = mul %432, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%435 = erf %434 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%436 = add %311, %435 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%437 = mul %433, %436 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%438 = matmul %437, %114 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%439 = broadcast %115 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%440 = add %438, %439 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%441 = add %414, %440 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%442 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%443 = neighbor_topk_gather %441, %442 k=2 : f32[14,16,2,16] @ models/dino_pass.yaml:77:16
%444 = reshape %443 : f32[224,2,16] @ models/dino_pass.yaml:87:23
%445 = broadcast %116 : f32[224,1,16] @ models/lib/vit.yaml:116:31
%446 = concat %445, %444 axis=1 : f32[224,3,16] @ models/lib/vit.yaml:95:24
%447 = reduce_sum %446 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%448 = broadcast %183 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%449 = div %447, %448 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%450 = broadcast %449 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%451 = sub %446, %450 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%452 = mul %451, %451 : f32[224,3,16] @ models/lib/nn.yaml:95:22
%453 = reduce_sum %452 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%454 = div %453, %448 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%455 = broadcast %191 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%456 = add %454, %455 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%457 = rsqrt %456 : f32[224,3,1] @ models/lib/nn.yaml:96:20
%458 = broadcast %457 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%459 = mul %451, %458 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%460 = broadcast %117 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%461 = mul %459, %460 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%462 = broadcast %118 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%463 = add %461, %462 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%464 = slice %463 lo=[0,0,0] hi=[224,1,16] : f32[224,1,16] @ models/lib/vit.yaml:78:33
%465 = matmul %464, %119 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%466 = broadcast %120 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%467 = add %465, %466 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%468 = reshape %467 : f32[224,1,2,8] @ models/lib/vit.yaml:78:22
%469 = permute %468 perm=[0,2,1,3] : f32[224,2,1,8] @ models/lib/vit.yaml:78:14
%470 = matmul %463, %121 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%471 = broadcast %122 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%472 = add %470, %471 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%473 = reshape %472 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%474 = permute %473 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%475 = matmul %463, %123 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%476 = broadcast %124 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%477 = add %475, %476 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%478 = reshape %477 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%479 = permute %478 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%480 = permute %474 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%481 = slice %469 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%482 = broadcast %481 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%483 = slice %480 lo=[0,0,0,0] hi=[224,2,1,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%484 = mul %482, %483 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%485 = slice %469 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%486 = broadcast %485 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%487 = slice %480 lo=[0,0,1,0] hi=[224,2,2,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%488 = mul %486, %487 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%489 = add %484, %488 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%490 = slice %469 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%491 = broadcast %490 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%492 = slice %480 lo=[0,0,2,0] hi=[224,2,3,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%493 = mul %491, %492 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%494 = add %489, %493 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%495 = slice %469 lo=[0,0,0,3] hi=[224,2,1,4] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%496 = broadcast %495 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%497 = slice %480 lo=[0,0,3,0] hi=[224,2,4,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%498 = mul %496, %497 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%499 = add %494, %498 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%500 = slice %469 lo=[0,0,0,4] hi=[224,2,1,5] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%501 = broadcast %500 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%502 = slice %480 lo=[0,0,4,0] hi=[224,2,5,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%503 = mul %501, %502 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%504 = add %499, %503 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%505 = slice %469 lo=[0,0,0,5] hi=[224,2,1,6] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%506 = broadcast %505 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%507 = slice %480 lo=[0,0,5,0] hi=[224,2,6,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%508 = mul %506, %507 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%509 = add %504, %508 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%510 = slice %469 lo=[0,0,0,6] hi=[224,2,1,7] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%511 = broadcast %510 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%512 = slice %480 lo=[0,0,6,0] hi=[224,2,7,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%513 = mul %511, %512 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%514 = add %509, %513 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%515 = slice %469 lo=[0,0,0,7] hi=[224,2,1,8] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%516 = broadcast %515 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%517 = slice %480 lo=[0,0,7,0] hi=[224,2,8,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%518 = mul %516, %517 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%519 = add %514, %518 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%520 = broadcast %260 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%521 = mul %519, %520 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%522 = reduce_max %521 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:14:35
%523 = stop_gradient %522 : f32[224,2,1,1] @ models/lib/nn.yaml:14:21
%524 = broadcast %523 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%525 = mul %519, %520 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%526 = sub %525, %524 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%527 = exp %526 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%528 = reduce_sum %527 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:15:20
%529 = broadcast %528 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%530 = exp %526 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%531 = div %530, %529 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%532 = slice %531 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%533 = broadcast %532 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%534 = slice %479 lo=[0,0,0,0] hi=[224,2,1,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%535 = mul %533, %534 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%536 = slice %531 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%537 = broadcast %536 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%538 = slice %479 lo=[0,0,1,0] hi=[224,2,2,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%539 = mul %537, %538 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%540 = add %535, %539 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%541 = slice %531 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%542 = broadcast %541 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%543 = slice %479 lo=[0,0,2,0] hi=[224,2,3,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%544 = mul %542, %543 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%545 = add %540, %544 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%546 = permute %545 perm=[0,2,1,3] : f32[224,1,2,8] @ models/lib/nn.yaml:56:13
%547 = reshape %546 : f32[224,1,16] @ models/lib/nn.yaml:57:16
%548 = matmul %547, %125 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%549 = broadcast %126 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%550 = add %548, %549 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%551 = add %445, %550 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%552 = reduce_sum %551 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%553 = broadcast %183 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%554 = div %552, %553 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%555 = broadcast %554 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%556 = sub %551, %555 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%557 = mul %556, %556 : f32[224,1,16] @ models/lib/nn.yaml:95:22
%558 = reduce_sum %557 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%559 = div %558, %553 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%560 = broadcast %191 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%561 = add %559, %560 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%562 = rsqrt %561 : f32[224,1,1] @ models/lib/nn.yaml:96:20
%563 = broadcast %562 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%564 = mul %556, %563 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%565 = broadcast %127 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%566 = mul %564, %565 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%567 = broadcast %128 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%568 = add %566, %567 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%569 = matmul %568, %129 ta=0 tb=1 : f32[224,1,64] @ models/lib/nn.yaml:83:15
%570 = broadcast %130 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%571 = add %569, %570 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%572 = broadcast %303 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%573 = mul %572, %571 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%574 = broadcast %306 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%575 = mul %571, %574 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%576 = erf %575 : f32[224,1,64] @ models/lib/nn.yaml:27:31
%577 = broadcast %310 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%578 = add %577, %576 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%579 = mul %573, %578 : f32[224,1,64] @ models/lib/nn.yaml:27:24
%580 = matmul %579, %131 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%581 = broadcast %132 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%582 = add %580, %581 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%583 = add %551, %582 : f32[224,1,16] @ models/lib/vit.yaml:98:18
%584 = concat %583, %444 axis=1 : f32[224,3,16] @ models/lib/vit.yaml:95:24
%585 = reduce_sum %584 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%586 = div %585, %448 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%587 = broadcast %586 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%588 = sub %584, %587 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%589 = mul %588, %588 : f32[224,3,16] @ models/lib/nn.yaml:95:22
%590 = reduce_sum %589 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%591 = div %590, %448 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%592 = add %591, %455 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%593 = rsqrt %592 : f32[224,3,1] @ models/lib/nn.yaml:96:20
%594 = broadcast %593 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%595 = mul %588, %594 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%596 = broadcast %133 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%597 = mul %595, %596 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%598 = broadcast %134 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%599 = add %597, %598 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%600 = slice %599 lo=[0,0,0] hi=[224,1,16] : f32[224,1,16] @ models/lib/vit.yaml:78:33
%601 = matmul %600, %135 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%602 = broadcast %136 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%603 = add %601, %602 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%604 = reshape %603 : f32[224,1,2,8] @ models/lib/vit.yaml:78:22
%605 = permute %604 perm=[0,2,1,3] : f32[224,2,1,8] @ models/lib/vit.yaml:78:14
%606 = matmul %599, %137 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%607 = broadcast %138 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%608 = add %606, %607 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%609 = reshape %608 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%610 = permute %609 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%611 = matmul %599, %139 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%612 = broadcast %140 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%613 = add %611, %612 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%614 = reshape %613 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%615 = permute %614 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%616 = permute %610 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%617 = slice %605 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%618 = broadcast %617 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%619 = slice %616 lo=[0,0,0,0] hi=[224,2,1,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%620 = mul %618, %619 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%621 = slice %605 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%622 = broadcast %621 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%623 = slice %616 lo=[0,0,1,0] hi=[224,2,2,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%624 = mul %622, %623 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%625 = add %620, %624 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%626 = slice %605 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%627 = broadcast %626 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%628 = slice %616 lo=[0,0,2,0] hi=[224,2,3,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%629 = mul %627, %628 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%630 = add %625, %629 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%631 = slice %605 lo=[0,0,0,3] hi=[224,2,1,4] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%632 = broadcast %631 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%633 = slice %616 lo=[0,0,3,0] hi=[224,2,4,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%634 = mul %632, %633 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%635 = add %630, %634 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%636 = slice %605 lo=[0,0,0,4] hi=[224,2,1,5] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%637 = broadcast %636 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%638 = slice %616 lo=[0,0,4,0] hi=[224,2,5,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%639 = mul %637, %638 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%640 = add %635, %639 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%641 = slice %605 lo=[0,0,0,5] hi=[224,2,1,6] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%642 = broadcast %641 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%643 = slice %616 lo=[0,0,5,0] hi=[224,2,6,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%644 = mul %642, %643 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%645 = add %640, %644 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%646 = slice %605 lo=[0,0,0,6] hi=[224,2,1,7] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%647 = broadcast %646 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%648 = slice %616 lo=[0,0,6,0] hi=[224,2,7,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%649 = mul %647, %648 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%650 = add %645, %649 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%651 = slice %605 lo=[0,0,0,7] hi=[224,2,1,8] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%652 = broadcast %651 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%653 = slice %616 lo=[0,0,7,0] hi=[224,2,8,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%654 = mul %652, %653 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%655 = add %650, %654 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%656 = mul %655, %520 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%657 = reduce_max %656 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:14:35
%658 = stop_gradient %657 : f32[224,2,1,1] @ models/lib/nn.yaml:14:21
%659 = broadcast %658 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%660 = mul %655, %520 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%661 = sub %660, %659 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%662 = exp %661 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%663 = reduce_sum %662 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:15:20
%664 = broadcast %663 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%665 = exp %661 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%666 = div %665, %664 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%667 = slice %666 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%668 = broadcast %667 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%669 = slice %615 lo=[0,0,0,0] hi=[224,2,1,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%670 = mul %668, %669 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%671 = slice %666 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%672 = broadcast %671 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%673 = slice %615 lo=[0,0,1,0] hi=[224,2,2,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%674 = mul %672, %673 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%675 = add %670, %674 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%676 = slice %666 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%677 = broadcast %676 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%678 = slice %615 lo=[0,0,2,0] hi=[224,2,3,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%679 = mul %677, %678 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%680 = add %675, %679 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%681 = permute %680 perm=[0,2,1,3] : f32[224,1,2,8] @ models/lib/nn.yaml:56:13
%682 = reshape %681 : f32[224,1,16] @ models/lib/nn.yaml:57:16
%683 = matmul %682, %141 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%684 = broadcast %142 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%685 = add %683, %684 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%686 = add %583, %685 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%687 = reduce_sum %686 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%688 = div %687, %553 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%689 = broadcast %688 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%690 = sub %686, %689 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%691 = mul %690, %690 : f32[224,1,16] @ models/lib/nn.yaml:95:22
%692 = reduce_sum %691 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%693 = div %692, %553 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%694 = add %693, %560 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%695 = rsqrt %694 : f32[224,1,1] @ models/lib/nn.yaml:96:20
%696 = broadcast %695 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%697 = mul %690, %696 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%698 = broadcast %143 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%699 = mul %697, %698 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%700 = broadcast %144 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%701 = add %699, %700 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%702 = matmul %701, %145 ta=0 tb=1 : f32[224,1,64] @ models/lib/nn.yaml:83:15
%703 = broadcast %146 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%704 = add %702, %703 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%705 = mul %572, %704 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%706 = mul %704, %574 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%707 = erf %706 : f32[224,1,64] @ models/lib/nn.yaml:27:31
%708 = add %577, %707 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%709 = mul %705, %708 : f32[224,1,64] @ models/lib/nn.yaml:27:24
%710 = matmul %709, %147 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%711 = broadcast %148 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%712 = add %710, %711 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%713 = add %686, %712 : f32[224,1,16] @ models/lib/vit.yaml:98:18
%714 = reshape %713 : f32[14,16,16] @ models/dino_pass.yaml:88:16
%715 = broadcast %116 : f32[14,1,16] @ models/lib/vit.yaml:116:31
%716 = concat %715, %441 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%717 = reduce_sum %716 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%718 = broadcast %183 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%719 = div %717, %718 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%720 = broadcast %719 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%721 = sub %716, %720 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%722 = mul %721, %721 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%723 = reduce_sum %722 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%724 = div %723, %718 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%725 = broadcast %191 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%726 = add %724, %725 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%727 = rsqrt %726 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%728 = broadcast %727 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%729 = mul %721, %728 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%730 = broadcast %117 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%731 = mul %729, %730 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%732 = broadcast %118 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%733 = add %731, %732 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%734 = slice %733 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%735 = matmul %734, %119 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%736 = broadcast %120 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%737 = add %735, %736 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%738 = reshape %737 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%739 = permute %738 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%740 = matmul %733, %121 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%741 = broadcast %122 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%742 = add %740, %741 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%743 = reshape %742 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%744 = permute %743 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%745 = matmul %733, %123 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%746 = broadcast %124 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%747 = add %745, %746 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%748 = reshape %747 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%749 = permute %748 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%750 = permute %744 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%751 = slice %739 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%752 = broadcast %751 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%753 = slice %750 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%754 = mul %752, %753 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%755 = slice %739 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%756 = broadcast %755 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%757 = slice %750 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%758 = mul %756, %757 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%759 = add %754, %758 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%760 = slice %739 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%761 = broadcast %760 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%762 = slice %750 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%763 = mul %761, %762 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%764 = add %759, %763 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%765 = slice %739 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%766 = broadcast %765 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%767 = slice %750 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%768 = mul %766, %767 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%769 = add %764, %768 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%770 = slice %739 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%771 = broadcast %770 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%772 = slice %750 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%773 = mul %771, %772 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%774 = add %769, %773 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%775 = slice %739 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%776 = broadcast %775 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%777 = slice %750 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%778 = mul %776, %777 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%779 = add %774, %778 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%780 = slice %739 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%781 = broadcast %780 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%782 = slice %750 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%783 = mul %781, %782 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%784 = add %779, %783 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%785 = slice %739 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%786 = broadcast %785 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%787 = slice %750 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%788 = mul %786, %787 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%789 = add %784, %788 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%790 = broadcast %260 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%791 = mul %789, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%792 = reduce_max %791 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%793 = stop_gradient %792 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%794 = broadcast %793 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%795 = mul %789, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%796 = sub %795, %794 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%797 = exp %796 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%798 = reduce_sum %797 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%799 = broadcast %798 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%800 = exp %796 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%801 = div %800, %799 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%802 = reshape %801 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%803 = broadcast %802 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%804 = reshape %749 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%805 = broadcast %804 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%806 = mul %803, %805 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%807 = reduce_sum %806 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%808 = permute %807 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%809 = reshape %808 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%810 = matmul %809, %125 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%811 = broadcast %126 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%812 = add %810, %811 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%813 = add %715, %812 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%814 = reduce_sum %813 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%815 = broadcast %183 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%816 = div %814, %815 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%817 = broadcast %816 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%818 = sub %813, %817 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%819 = mul %818, %818 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%820 = reduce_sum %819 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%821 = div %820, %815 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%822 = broadcast %191 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%823 = add %821, %822 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%824 = rsqrt %823 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%825 = broadcast %824 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%826 = mul %818, %825 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%827 = broadcast %127 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%828 = mul %826, %827 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%829 = broadcast %128 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%830 = add %828, %829 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%831 = matmul %830, %129 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%832 = broadcast %130 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%833 = add %831, %832 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%834 = broadcast %303 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%835 = mul %834, %833 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%836 = broadcast %306 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%837 = mul %833, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%838 = erf %837 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%839 = broadcast %310 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%840 = add %839, %838 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%841 = mul %835, %840 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%842 = matmul %841, %131 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%843 = broadcast %132 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%844 = add %842, %843 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%845 = add %813, %844 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%846 = concat %845, %441 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%847 = reduce_sum %846 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%848 = div %847, %718 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%849 = broadcast %848 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%850 = sub %846, %849 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%851 = mul %850, %850 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%852 = reduce_sum %851 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%853 = div %852, %718 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%854 = add %853, %725 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%855 = rsqrt %854 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%856 = broadcast %855 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%857 = mul %850, %856 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%858 = broadcast %133 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%859 = mul %857, %858 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%860 = broadcast %134 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%861 = add %859, %860 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%862 = slice %861 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%863 = matmul %862, %135 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%864 = broadcast %136 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%865 = add %863, %864 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%866 = reshape %865 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%867 = permute %866 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%868 = matmul %861, %137 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%869 = broadcast %138 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%870 = add %868, %869 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%871 = reshape %870 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%872 = permute %871 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%873 = matmul %861, %139 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%874 = broadcast %140 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%875 = add %873, %874 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%876 = reshape %875 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%877 = permute %876 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%878 = permute %872 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%879 = slice %867 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%880 = broadcast %879 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%881 = slice %878 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%882 = mul %880, %881 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%883 = slice %867 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%884 = broadcast %883 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%885 = slice %878 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%886 = mul %884, %885 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%887 = add %882, %886 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%888 = slice %867 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%889 = broadcast %888 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%890 = slice %878 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%891 = mul %889, %890 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%892 = add %887, %891 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%893 = slice %867 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%894 = broadcast %893 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%895 = slice %878 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%896 = mul %894, %895 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%897 = add %892, %896 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%898 = slice %867 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%899 = broadcast %898 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%900 = slice %878 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%901 = mul %899, %900 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%902 = add %897, %901 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%903 = slice %867 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%904 = broadcast %903 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%905 = slice %878 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%906 = mul %904, %905 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%907 = add %902, %906 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%908 = slice %867 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%909 = broadcast %908 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%910 = slice %878 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%911 = mul %909, %910 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%912 = add %907, %911 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%913 = slice %867 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%914 = broadcast %913 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%915 = slice %878 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%916 = mul %914, %915 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%917 = add %912, %916 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%918 = mul %917, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%919 = reduce_max %918 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%920 = stop_gradient %919 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%921 = broadcast %920 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%922 = mul %917, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%923 = sub %922, %921 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%924 = exp %923 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%925 = reduce_sum %924 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%926 = broadcast %925 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%927 = exp %923 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%928 = div %927, %926 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%929 = reshape %928 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%930 = broadcast %929 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%931 = reshape %877 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%932 = broadcast %931 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%933 = mul %930, %932 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%934 = reduce_sum %933 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%935 = permute %934 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%936 = reshape %935 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%937 = matmul %936, %141 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%938 = broadcast %142 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%939 = add %937, %938 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%940 = add %845, %939 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%941 = reduce_sum %940 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%942 = div %941, %815 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%943 = broadcast %942 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%944 = sub %940, %943 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%945 = mul %944, %944 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%946 = reduce_sum %945 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%947 = div %946, %815 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%948 = add %947, %822 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%949 = rsqrt %948 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%950 = broadcast %949 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%951 = mul %944, %950 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%952 = broadcast %143 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%953 = mul %951, %952 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%954 = broadcast %144 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%955 = add %953, %954 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%956 = matmul %955, %145 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%957 = broadcast %146 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%958 = add %956, %957 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%959 = mul %834, %958 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%960 = mul %958, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%961 = erf %960 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%962 = add %839, %961 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%963 = mul %959, %962 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%964 = matmul %963, %147 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%965 = broadcast %148 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%966 = add %964, %965 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%967 = add %940, %966 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%968 = concat %967, %714 axis=1 : f32[14,17,16] @ models/moco_pass.yaml:139:30
%969 = reduce_sum %968 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%970 = div %969, %718 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%971 = broadcast %970 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%972 = sub %968, %971 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%973 = mul %972, %972 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%974 = reduce_sum %973 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%975 = div %974, %718 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%976 = add %975, %725 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%977 = rsqrt %976 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%978 = broadcast %977 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%979 = mul %972, %978 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%980 = broadcast %149 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%981 = mul %979, %980 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%982 = broadcast %150 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%983 = add %981, %982 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%984 = slice %983 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/moco_pass.yaml:140:42
%985 = reshape %984 : f32[224,16] @ models/moco_pass.yaml:140:33
%986 = matmul %985, %162 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%987 = reshape %986 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%988 = reduce_sum %987 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%989 = const data=[112] : f32[] @ models/moco_pass.yaml:80:24
%990 = broadcast %989 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%991 = div %988, %990 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%992 = all_reduce_sum %991 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%993 = broadcast %992 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%994 = sub %987, %993 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%995 = mul %994, %994 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%996 = reduce_sum %995 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%997 = div %996, %990 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%998 = all_reduce_sum %997 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%999 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1000 = broadcast %999 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1001 = add %998, %1000 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1002 = rsqrt %1001 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1003 = broadcast %1002 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1004 = mul %994, %1003 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1005 = reshape %1004 : f32[224,12] @ models/moco_pass.yaml:83:13
%1006 = broadcast %163 : f32[224,12] @ models/moco_pass.yaml:84:18
%1007 = mul %1005, %1006 : f32[224,12] @ models/moco_pass.yaml:84:18
%1008 = broadcast %164 : f32[224,12] @ models/moco_pass.yaml:84:27
%1009 = add %1007, %1008 : f32[224,12] @ models/moco_pass.yaml:84:27
%1010 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1011 = broadcast %1010 : f32[224,12] @ models/moco_pass.yaml:70:16
%1012 = max %1009, %1011 : f32[224,12] @ models/moco_pass.yaml:70:16
%1013 = matmul %1012, %165 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1014 = reshape %1013 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1015 = reduce_sum %1014 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1016 = div %1015, %990 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1017 = all_reduce_sum %1016 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1018 = broadcast %1017 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1019 = sub %1014, %1018 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1020 = mul %1019, %1019 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1021 = reduce_sum %1020 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1022 = div %1021, %990 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1023 = all_reduce_sum %1022 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1024 = add %1023, %1000 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1025 = rsqrt %1024 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1026 = broadcast %1025 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1027 = mul %1019, %1026 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1028 = reshape %1027 : f32[224,12] @ models/moco_pass.yaml:83:13
%1029 = broadcast %166 : f32[224,12] @ models/moco_pass.yaml:84:18
%1030 = mul %1028, %1029 : f32[224,12] @ models/moco_pass.yaml:84:18
%1031 = broadcast %167 : f32[224,12] @ models/moco_pass.yaml:84:27
%1032 = add %1030, %1031 : f32[224,12] @ models/moco_pass.yaml:84:27
%1033 = max %1032, %1011 : f32[224,12] @ models/moco_pass.yaml:70:16
%1034 = matmul %1033, %168 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%1035 = reshape %1034 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%1036 = reduce_sum %1035 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1037 = broadcast %989 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1038 = div %1036, %1037 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1039 = all_reduce_sum %1038 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1040 = broadcast %1039 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1041 = sub %1035, %1040 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1042 = mul %1041, %1041 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1043 = reduce_sum %1042 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1044 = div %1043, %1037 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1045 = all_reduce_sum %1044 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1046 = broadcast %999 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1047 = add %1045, %1046 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1048 = rsqrt %1047 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1049 = broadcast %1048 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1050 = mul %1041, %1049 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1051 = slice %983 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/moco_pass.yaml:141:31
%1052 = reshape %1051 : f32[14,16] @ models/moco_pass.yaml:141:31
%1053 = matmul %1052, %151 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1054 = reshape %1053 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1055 = reduce_sum %1054 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1056 = const data=[7] : f32[] @ models/moco_pass.yaml:80:24
%1057 = broadcast %1056 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1058 = div %1055, %1057 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1059 = all_reduce_sum %1058 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1060 = broadcast %1059 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1061 = sub %1054, %1060 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1062 = mul %1061, %1061 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1063 = reduce_sum %1062 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1064 = div %1063, %1057 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1065 = all_reduce_sum %1064 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1066 = broadcast %999 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1067 = add %1065, %1066 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1068 = rsqrt %1067 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1069 = broadcast %1068 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1070 = mul %1061, %1069 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1071 = reshape %1070 : f32[14,24] @ models/moco_pass.yaml:83:13
%1072 = broadcast %152 : f32[14,24] @ models/moco_pass.yaml:84:18
%1073 = mul %1071, %1072 : f32[14,24] @ models/moco_pass.yaml:84:18
%1074 = broadcast %153 : f32[14,24] @ models/moco_pass.yaml:84:27
%1075 = add %1073, %1074 : f32[14,24] @ models/moco_pass.yaml:84:27
%1076 = broadcast %1010 : f32[14,24] @ models/moco_pass.yaml:70:16
%1077 = max %1075, %1076 : f32[14,24] @ models/moco_pass.yaml:70:16
%1078 = matmul %1077, %154 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1079 = reshape %1078 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1080 = reduce_sum %1079 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1081 = div %1080, %1057 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1082 = all_reduce_sum %1081 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1083 = broadcast %1082 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1084 = sub %1079, %1083 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1085 = mul %1084, %1084 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1086 = reduce_sum %1085 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1087 = div %1086, %1057 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1088 = all_reduce_sum %1087 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1089 = add %1088, %1066 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1090 = rsqrt %1089 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1091 = broadcast %1090 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1092 = mul %1084, %1091 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1093 = reshape %1092 : f32[14,24] @ models/moco_pass.yaml:83:13
%1094 = broadcast %155 : f32[14,24] @ models/moco_pass.yaml:84:18
%1095 = mul %1093, %1094 : f32[14,24] @ models/moco_pass.yaml:84:18
%1096 = broadcast %156 : f32[14,24] @ models/moco_pass.yaml:84:27
%1097 = add %1095, %1096 : f32[14,24] @ models/moco_pass.yaml:84:27
%1098 = max %1097, %1076 : f32[14,24] @ models/moco_pass.yaml:70:16
%1099 = matmul %1098, %157 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%1100 = reshape %1099 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%1101 = reduce_sum %1100 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1102 = broadcast %1056 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1103 = div %1101, %1102 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1104 = all_reduce_sum %1103 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1105 = broadcast %1104 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1106 = sub %1100, %1105 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1107 = mul %1106, %1106 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1108 = reduce_sum %1107 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1109 = div %1108, %1102 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1110 = all_reduce_sum %1109 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1111 = broadcast %999 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1112 = add %1110, %1111 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1113 = rsqrt %1112 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1114 = broadcast %1113 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1115 = mul %1106, %1114 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1116 = reshape %1115 : f32[14,8] @ models/moco_pass.yaml:83:13
%1117 = reshape %1050 : f32[14,16,6] @ models/moco_pass.yaml:141:43
%1118 = slice %1116 lo=[0,0] hi=[7,8] : f32[7,8] @ models/moco_pass.yaml:159:25
%1119 = slice %1116 lo=[7,0] hi=[14,8] : f32[7,8] @ models/moco_pass.yaml:159:25
%1120 = slice %1117 lo=[0,0,0] hi=[7,16,6] : f32[7,16,6] @ models/moco_pass.yaml:159:32
%1121 = slice %1117 lo=[7,0,0] hi=[14,16,6] : f32[7,16,6] @ models/moco_pass.yaml:159:32
%1122 = reshape %6 : f32[16,48] @ models/lib/vit.yaml:17:20
%1123 = matmul %175, %1122 ta=0 tb=1 : f32[14,16,16] @ models/lib/vit.yaml:17:18
%1124 = broadcast %7 : f32[14,16,16] @ models/lib/vit.yaml:17:71
%1125 = add %1123, %1124 : f32[14,16,16] @ models/lib/vit.yaml:17:71
%1126 = broadcast %5 : f32[14,16,16] @ models/lib/vit.yaml:62:15
%1127 = add %1125, %1126 : f32[14,16,16] @ models/lib/vit.yaml:62:15
%1128 = reduce_sum %1127 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1129 = div %1128, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1130 = broadcast %1129 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1131 = sub %1127, %1130 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1132 = mul %1131, %1131 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1133 = reduce_sum %1132 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1134 = div %1133, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1135 = add %1134, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1136 = rsqrt %1135 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1137 = broadcast %1136 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1138 = mul %1131, %1137 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1139 = broadcast %8 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1140 = mul %1138, %1139 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1141 = broadcast %9 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1142 = add %1140, %1141 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1143 = matmul %1142, %10 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%1144 = broadcast %11 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1145 = add %1143, %1144 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1146 = reshape %1145 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%1147 = permute %1146 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%1148 = slice %1147 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%1149 = reshape %1148 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%1150 = slice %1147 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%1151 = reshape %1150 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%1152 = slice %1147 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%1153 = reshape %1152 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%1154 = permute %1151 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%1155 = slice %1149 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1156 = broadcast %1155 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1157 = slice %1154 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1158 = broadcast %1157 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1159 = mul %1156, %1158 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1160 = slice %1149 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1161 = broadcast %1160 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1162 = slice %1154 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1163 = broadcast %1162 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1164 = mul %1161, %1163 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1165 = add %1159, %1164 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1166 = slice %1149 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1167 = broadcast %1166 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1168 = slice %1154 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1169 = broadcast %1168 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1170 = mul %1167, %1169 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1171 = add %1165, %1170 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1172 = slice %1149 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1173 = broadcast %1172 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1174 = slice %1154 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1175 = broadcast %1174 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1176 = mul %1173, %1175 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1177 = add %1171, %1176 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1178 = slice %1149 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1179 = broadcast %1178 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1180 = slice %1154 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1181 = broadcast %1180 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1182 = mul %1179, %1181 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1183 = add %1177, %1182 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1184 = slice %1149 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1185 = broadcast %1184 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1186 = slice %1154 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1187 = broadcast %1186 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1188 = mul %1185, %1187 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1189 = add %1183, %1188 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1190 = slice %1149 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1191 = broadcast %1190 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1192 = slice %1154 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1193 = broadcast %1192 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1194 = mul %1191, %1193 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1195 = add %1189, %1194 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1196 = slice %1149 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1197 = broadcast %1196 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1198 = slice %1154 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1199 = broadcast %1198 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1200 = mul %1197, %1199 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1201 = add %1195, %1200 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1202 = mul %1201, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1203 = reduce_max %1202 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%1204 = stop_gradient %1203 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%1205 = broadcast %1204 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1206 = mul %1201, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1207 = sub %1206, %1205 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1208 = exp %1207 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1209 = reduce_sum %1208 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%1210 = broadcast %1209 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1211 = exp %1207 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1212 = div %1211, %1210 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1213 = reshape %1212 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%1214 = broadcast %1213 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1215 = reshape %1153 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%1216 = broadcast %1215 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1217 = mul %1214, %1216 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1218 = reduce_sum %1217 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%1219 = permute %1218 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%1220 = reshape %1219 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%1221 = matmul %1220, %12 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1222 = broadcast %13 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1223 = add %1221, %1222 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1224 = add %1127, %1223 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%1225 = reduce_sum %1224 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1226 = div %1225, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1227 = broadcast %1226 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1228 = sub %1224, %1227 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1229 = mul %1228, %1228 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1230 = reduce_sum %1229 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1231 = div %1230, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1232 = add %1231, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1233 = rsqrt %1232 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1234 = broadcast %1233 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1235 = mul %1228, %1234 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1236 = broadcast %14 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1237 = mul %1235, %1236 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1238 = broadcast %15 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1239 = add %1237, %1238 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1240 = matmul %1239, %16 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%1241 = broadcast %17 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1242 = add %1240, %1241 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1243 = mul %1242, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1244 = erf %1243 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%1245 = mul %304, %1242 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1246 = add %311, %1244 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1247 = mul %1245, %1246 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%1248 = matmul %1247, %18 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1249 = broadcast %19 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1250 = add %1248, %1249 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1251 = add %1224, %1250 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%1252 = reduce_sum %1251 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1253 = div %1252, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1254 = broadcast %1253 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1255 = sub %1251, %1254 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1256 = mul %1255, %1255 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1257 = reduce_sum %1256 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1258 = div %1257, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1259 = add %1258, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1260 = rsqrt %1259 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1261 = broadcast %1260 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1262 = mul %1255, %1261 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1263 = broadcast %20 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1264 = mul %1262, %1263 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1265 = broadcast %21 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1266 = add %1264, %1265 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1267 = matmul %1266, %22 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%1268 = broadcast %23 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1269 = add %1267, %1268 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1270 = reshape %1269 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%1271 = permute %1270 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%1272 = slice %1271 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%1273 = reshape %1272 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%1274 = slice %1271 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%1275 = reshape %1274 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%1276 = slice %1271 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%1277 = reshape %1276 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%1278 = permute %1275 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%1279 = slice %1273 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1280 = broadcast %1279 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1281 = slice %1278 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1282 = broadcast %1281 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1283 = mul %1280, %1282 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1284 = slice %1273 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1285 = broadcast %1284 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1286 = slice %1278 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1287 = broadcast %1286 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1288 = mul %1285, %1287 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1289 = add %1283, %1288 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1290 = slice %1273 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1291 = broadcast %1290 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1292 = slice %1278 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1293 = broadcast %1292 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1294 = mul %1291, %1293 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1295 = add %1289, %1294 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1296 = slice %1273 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1297 = broadcast %1296 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1298 = slice %1278 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1299 = broadcast %1298 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1300 = mul %1297, %1299 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1301 = add %1295, %1300 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1302 = slice %1273 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1303 = broadcast %1302 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1304 = slice %1278 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1305 = broadcast %1304 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1306 = mul %1303, %1305 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1307 = add %1301, %1306 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1308 = slice %1273 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1309 = broadcast %1308 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1310 = slice %1278 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1311 = broadcast %1310 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1312 = mul %1309, %1311 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1313 = add %1307, %1312 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1314 = slice %1273 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1315 = broadcast %1314 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1316 = slice %1278 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1317 = broadcast %1316 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1318 = mul %1315, %1317 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1319 = add %1313, %1318 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1320 = slice %1273 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1321 = broadcast %1320 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1322 = slice %1278 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1323 = broadcast %1322 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1324 = mul %1321, %1323 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1325 = add %1319, %1324 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1326 = mul %1325, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1327 = reduce_max %1326 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%1328 = stop_gradient %1327 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%1329 = broadcast %1328 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1330 = mul %1325, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1331 = sub %1330, %1329 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1332 = exp %1331 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1333 = reduce_sum %1332 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%1334 = broadcast %1333 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1335 = exp %1331 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1336 = div %1335, %1334 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1337 = reshape %1336 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%1338 = broadcast %1337 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1339 = reshape %1277 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%1340 = broadcast %1339 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1341 = mul %1338, %1340 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1342 = reduce_sum %1341 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%1343 = permute %1342 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%1344 = reshape %1343 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%1345 = matmul %1344, %24 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1346 = broadcast %25 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1347 = add %1345, %1346 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1348 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1349 = broadcast %1348 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1350 = div %1347, %1349 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1351 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1352 = rand_uniform %1351 stream=1 : f32[14] @ models/lib/nn.yaml:43:13
%1353 = broadcast %1348 : f32[14] @ models/lib/nn.yaml:44:35
%1354 = add %1353, %1352 : f32[14] @ models/lib/nn.yaml:44:35
%1355 = floor %1354 : f32[14] @ models/lib/nn.yaml:44:24
%1356 = reshape %1355 : f32[14,1,1] @ models/lib/nn.yaml:44:16
%1357 = broadcast %1356 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1358 = mul %1350, %1357 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1359 = add %1251, %1358 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%1360 = reduce_sum %1359 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1361 = div %1360, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1362 = broadcast %1361 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1363 = sub %1359, %1362 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1364 = mul %1363, %1363 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1365 = reduce_sum %1364 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1366 = div %1365, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1367 = add %1366, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1368 = rsqrt %1367 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1369 = broadcast %1368 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1370 = mul %1363, %1369 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1371 = broadcast %26 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1372 = mul %1370, %1371 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1373 = broadcast %27 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1374 = add %1372, %1373 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1375 = matmul %1374, %28 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%1376 = broadcast %29 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1377 = add %1375, %1376 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1378 = mul %1377, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1379 = erf %1378 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%1380 = mul %304, %1377 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1381 = add %311, %1379 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1382 = mul %1380, %1381 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%1383 = matmul %1382, %30 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1384 = broadcast %31 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1385 = add %1383, %1384 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1386 = div %1385, %1349 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1387 = rand_uniform %1351 stream=2 : f32[14] @ models/lib/nn.yaml:43:13
%1388 = add %1353, %1387 : f32[14] @ models/lib/nn.yaml:44:35
%1389 = floor %1388 : f32[14] @ models/lib/nn.yaml:44:24
%1390 = reshape %1389 : f32[14,1,1] @ models/lib/nn.yaml:44:16
%1391 = broadcast %1390 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1392 = mul %1386, %1391 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1393 = add %1359, %1392 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%1394 = broadcast %32 : f32[14,1,16] @ models/lib/vit.yaml:116:31
%1395 = concat %1394, %1393 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%1396 = reduce_sum %1395 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1397 = div %1396, %718 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1398 = broadcast %1397 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1399 = sub %1395, %1398 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1400 = mul %1399, %1399 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1401 = reduce_sum %1400 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1402 = div %1401, %718 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1403 = add %1402, %725 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1404 = rsqrt %1403 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1405 = broadcast %1404 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1406 = mul %1399, %1405 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1407 = broadcast %33 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1408 = mul %1406, %1407 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1409 = broadcast %34 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1410 = add %1408, %1409 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1411 = slice %1410 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%1412 = matmul %1411, %35 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1413 = broadcast %36 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1414 = add %1412, %1413 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1415 = reshape %1414 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%1416 = permute %1415 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%1417 = matmul %1410, %37 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1418 = broadcast %38 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1419 = add %1417, %1418 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1420 = reshape %1419 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1421 = permute %1420 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1422 = matmul %1410, %39 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1423 = broadcast %40 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1424 = add %1422, %1423 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1425 = reshape %1424 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1426 = permute %1425 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1427 = permute %1421 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1428 = slice %1416 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1429 = broadcast %1428 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1430 = slice %1427 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1431 = mul %1429, %1430 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1432 = slice %1416 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1433 = broadcast %1432 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1434 = slice %1427 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1435 = mul %1433, %1434 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1436 = add %1431, %1435 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1437 = slice %1416 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1438 = broadcast %1437 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1439 = slice %1427 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1440 = mul %1438, %1439 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1441 = add %1436, %1440 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1442 = slice %1416 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1443 = broadcast %1442 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1444 = slice %1427 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1445 = mul %1443, %1444 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1446 = add %1441, %1445 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1447 = slice %1416 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1448 = broadcast %1447 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1449 = slice %1427 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1450 = mul %1448, %1449 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1451 = add %1446, %1450 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1452 = slice %1416 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1453 = broadcast %1452 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1454 = slice %1427 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1455 = mul %1453, %1454 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1456 = add %1451, %1455 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1457 = slice %1416 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1458 = broadcast %1457 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1459 = slice %1427 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1460 = mul %1458, %1459 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1461 = add %1456, %1460 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1462 = slice %1416 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1463 = broadcast %1462 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1464 = slice %1427 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1465 = mul %1463, %1464 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1466 = add %1461, %1465 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1467 = mul %1466, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1468 = reduce_max %1467 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1469 = stop_gradient %1468 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1470 = broadcast %1469 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1471 = mul %1466, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1472 = sub %1471, %1470 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1473 = exp %1472 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1474 = reduce_sum %1473 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1475 = broadcast %1474 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1476 = exp %1472 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1477 = div %1476, %1475 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1478 = reshape %1477 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1479 = broadcast %1478 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1480 = reshape %1426 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1481 = broadcast %1480 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1482 = mul %1479, %1481 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1483 = reduce_sum %1482 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1484 = permute %1483 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1485 = reshape %1484 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1486 = matmul %1485, %41 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1487 = broadcast %42 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1488 = add %1486, %1487 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1489 = add %1394, %1488 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1490 = reduce_sum %1489 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1491 = div %1490, %815 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1492 = broadcast %1491 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1493 = sub %1489, %1492 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1494 = mul %1493, %1493 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1495 = reduce_sum %1494 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1496 = div %1495, %815 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1497 = add %1496, %822 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1498 = rsqrt %1497 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1499 = broadcast %1498 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1500 = mul %1493, %1499 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1501 = broadcast %43 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1502 = mul %1500, %1501 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1503 = broadcast %44 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1504 = add %1502, %1503 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1505 = matmul %1504, %45 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1506 = broadcast %46 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1507 = add %1505, %1506 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1508 = mul %1507, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1509 = erf %1508 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1510 = mul %834, %1507 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1511 = add %839, %1509 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1512 = mul %1510, %1511 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1513 = matmul %1512, %47 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1514 = broadcast %48 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1515 = add %1513, %1514 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1516 = add %1489, %1515 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1517 = concat %1516, %1393 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%1518 = reduce_sum %1517 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1519 = div %1518, %718 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1520 = broadcast %1519 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1521 = sub %1517, %1520 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1522 = mul %1521, %1521 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1523 = reduce_sum %1522 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1524 = div %1523, %718 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1525 = add %1524, %725 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1526 = rsqrt %1525 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1527 = broadcast %1526 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1528 = mul %1521, %1527 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1529 = broadcast %49 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1530 = mul %1528, %1529 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1531 = broadcast %50 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1532 = add %1530, %1531 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1533 = slice %1532 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%1534 = matmul %1533, %51 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1535 = broadcast %52 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1536 = add %1534, %1535 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1537 = reshape %1536 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%1538 = permute %1537 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%1539 = matmul %1532, %53 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1540 = broadcast %54 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1541 = add %1539, %1540 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1542 = reshape %1541 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1543 = permute %1542 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1544 = matmul %1532, %55 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1545 = broadcast %56 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1546 = add %1544, %1545 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1547 = reshape %1546 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1548 = permute %1547 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1549 = permute %1543 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1550 = slice %1538 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1551 = broadcast %1550 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1552 = slice %1549 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1553 = mul %1551, %1552 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1554 = slice %1538 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1555 = broadcast %1554 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1556 = slice %1549 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1557 = mul %1555, %1556 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1558 = add %1553, %1557 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1559 = slice %1538 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1560 = broadcast %1559 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1561 = slice %1549 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1562 = mul %1560, %1561 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1563 = add %1558, %1562 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1564 = slice %1538 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1565 = broadcast %1564 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1566 = slice %1549 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1567 = mul %1565, %1566 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1568 = add %1563, %1567 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1569 = slice %1538 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1570 = broadcast %1569 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1571 = slice %1549 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1572 = mul %1570, %1571 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1573 = add %1568, %1572 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1574 = slice %1538 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1575 = broadcast %1574 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1576 = slice %1549 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1577 = mul %1575, %1576 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1578 = add %1573, %1577 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1579 = slice %1538 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1580 = broadcast %1579 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1581 = slice %1549 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1582 = mul %1580, %1581 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1583 = add %1578, %1582 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1584 = slice %1538 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1585 = broadcast %1584 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1586 = slice %1549 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1587 = mul %1585, %1586 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1588 = add %1583, %1587 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1589 = mul %1588, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1590 = reduce_max %1589 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1591 = stop_gradient %1590 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1592 = broadcast %1591 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1593 = mul %1588, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1594 = sub %1593, %1592 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1595 = exp %1594 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1596 = reduce_sum %1595 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1597 = broadcast %1596 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1598 = exp %1594 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1599 = div %1598, %1597 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1600 = reshape %1599 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1601 = broadcast %1600 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1602 = reshape %1548 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1603 = broadcast %1602 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1604 = mul %1601, %1603 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1605 = reduce_sum %1604 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1606 = permute %1605 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1607 = reshape %1606 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1608 = matmul %1607, %57 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1609 = broadcast %58 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1610 = add %1608, %1609 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1611 = add %1516, %1610 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1612 = reduce_sum %1611 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1613 = div %1612, %815 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1614 = broadcast %1613 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1615 = sub %1611, %1614 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1616 = mul %1615, %1615 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1617 = reduce_sum %1616 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1618 = div %1617, %815 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1619 = add %1618, %822 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1620 = rsqrt %1619 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1621 = broadcast %1620 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1622 = mul %1615, %1621 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1623 = broadcast %59 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1624 = mul %1622, %1623 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1625 = broadcast %60 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1626 = add %1624, %1625 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1627 = matmul %1626, %61 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1628 = broadcast %62 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1629 = add %1627, %1628 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1630 = mul %1629, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1631 = erf %1630 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1632 = mul %834, %1629 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1633 = add %839, %1631 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1634 = mul %1632, %1633 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1635 = matmul %1634, %63 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1636 = broadcast %64 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1637 = add %1635, %1636 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1638 = add %1611, %1637 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1639 = concat %1638, %1393 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:111:21
%1640 = reduce_sum %1639 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1641 = div %1640, %718 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1642 = broadcast %1641 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1643 = sub %1639, %1642 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1644 = mul %1643, %1643 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1645 = reduce_sum %1644 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1646 = div %1645, %718 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1647 = add %1646, %725 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1648 = rsqrt %1647 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1649 = broadcast %1648 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1650 = mul %1643, %1649 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1651 = broadcast %65 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1652 = mul %1650, %1651 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1653 = broadcast %66 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1654 = add %1652, %1653 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1655 = slice %1654 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/moco_pass.yaml:130:38
%1656 = reshape %1655 : f32[14,16] @ models/moco_pass.yaml:130:38
%1657 = matmul %1656, %67 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1658 = reshape %1657 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1659 = reduce_sum %1658 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1660 = div %1659, %1057 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1661 = all_reduce_sum %1660 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1662 = broadcast %1661 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1663 = sub %1658, %1662 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1664 = mul %1663, %1663 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1665 = reduce_sum %1664 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1666 = div %1665, %1057 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1667 = all_reduce_sum %1666 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1668 = add %1667, %1066 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1669 = rsqrt %1668 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1670 = broadcast %1669 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1671 = mul %1663, %1670 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1672 = reshape %1671 : f32[14,24] @ models/moco_pass.yaml:83:13
%1673 = broadcast %68 : f32[14,24] @ models/moco_pass.yaml:84:18
%1674 = mul %1672, %1673 : f32[14,24] @ models/moco_pass.yaml:84:18
%1675 = broadcast %69 : f32[14,24] @ models/moco_pass.yaml:84:27
%1676 = add %1674, %1675 : f32[14,24] @ models/moco_pass.yaml:84:27
%1677 = max %1676, %1076 : f32[14,24] @ models/moco_pass.yaml:70:16
%1678 = matmul %1677, %70 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1679 = reshape %1678 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1680 = reduce_sum %1679 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1681 = div %1680, %1057 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1682 = all_reduce_sum %1681 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1683 = broadcast %1682 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1684 = sub %1679, %1683 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1685 = mul %1684, %1684 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1686 = reduce_sum %1685 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1687 = div %1686, %1057 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1688 = all_reduce_sum %1687 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1689 = add %1688, %1066 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1690 = rsqrt %1689 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1691 = broadcast %1690 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1692 = mul %1684, %1691 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1693 = reshape %1692 : f32[14,24] @ models/moco_pass.yaml:83:13
%1694 = broadcast %71 : f32[14,24] @ models/moco_pass.yaml:84:18
%1695 = mul %1693, %1694 : f32[14,24] @ models/moco_pass.yaml:84:18
%1696 = broadcast %72 : f32[14,24] @ models/moco_pass.yaml:84:27
%1697 = add %1695, %1696 : f32[14,24] @ models/moco_pass.yaml:84:27
%1698 = max %1697, %1076 : f32[14,24] @ models/moco_pass.yaml:70:16
%1699 = matmul %1698, %73 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%1700 = reshape %1699 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%1701 = reduce_sum %1700 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1702 = div %1701, %1102 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1703 = all_reduce_sum %1702 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1704 = broadcast %1703 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1705 = sub %1700, %1704 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1706 = mul %1705, %1705 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1707 = reduce_sum %1706 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1708 = div %1707, %1102 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1709 = all_reduce_sum %1708 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1710 = add %1709, %1111 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1711 = rsqrt %1710 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1712 = broadcast %1711 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1713 = mul %1705, %1712 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1714 = reshape %1713 : f32[14,8] @ models/moco_pass.yaml:83:13
%1715 = matmul %1714, %74 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1716 = reshape %1715 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1717 = reduce_sum %1716 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1718 = div %1717, %1057 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1719 = all_reduce_sum %1718 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1720 = broadcast %1719 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1721 = sub %1716, %1720 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1722 = mul %1721, %1721 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1723 = reduce_sum %1722 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1724 = div %1723, %1057 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1725 = all_reduce_sum %1724 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1726 = add %1725, %1066 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1727 = rsqrt %1726 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1728 = broadcast %1727 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1729 = mul %1721, %1728 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1730 = reshape %1729 : f32[14,24] @ models/moco_pass.yaml:83:13
%1731 = broadcast %75 : f32[14,24] @ models/moco_pass.yaml:84:18
%1732 = mul %1730, %1731 : f32[14,24] @ models/moco_pass.yaml:84:18
%1733 = broadcast %76 : f32[14,24] @ models/moco_pass.yaml:84:27
%1734 = add %1732, %1733 : f32[14,24] @ models/moco_pass.yaml:84:27
%1735 = max %1734, %1076 : f32[14,24] @ models/moco_pass.yaml:70:16
%1736 = matmul %1735, %77 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%1737 = reshape %1736 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%1738 = reduce_sum %1737 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1739 = div %1738, %1102 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1740 = all_reduce_sum %1739 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1741 = broadcast %1740 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1742 = sub %1737, %1741 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1743 = mul %1742, %1742 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1744 = reduce_sum %1743 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1745 = div %1744, %1102 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1746 = all_reduce_sum %1745 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1747 = add %1746, %1111 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1748 = rsqrt %1747 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1749 = broadcast %1748 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1750 = mul %1742, %1749 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1751 = reshape %1750 : f32[14,8] @ models/moco_pass.yaml:83:13
%1752 = slice %1654 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/moco_pass.yaml:131:58
%1753 = reshape %1752 : f32[224,16] @ models/moco_pass.yaml:131:49
%1754 = matmul %1753, %78 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1755 = reshape %1754 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1756 = reduce_sum %1755 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1757 = div %1756, %990 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1758 = all_reduce_sum %1757 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1759 = broadcast %1758 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1760 = sub %1755, %1759 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1761 = mul %1760, %1760 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1762 = reduce_sum %1761 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1763 = div %1762, %990 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1764 = all_reduce_sum %1763 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1765 = add %1764, %1000 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1766 = rsqrt %1765 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1767 = broadcast %1766 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1768 = mul %1760, %1767 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1769 = reshape %1768 : f32[224,12] @ models/moco_pass.yaml:83:13
%1770 = broadcast %79 : f32[224,12] @ models/moco_pass.yaml:84:18
%1771 = mul %1769, %1770 : f32[224,12] @ models/moco_pass.yaml:84:18
%1772 = broadcast %80 : f32[224,12] @ models/moco_pass.yaml:84:27
%1773 = add %1771, %1772 : f32[224,12] @ models/moco_pass.yaml:84:27
%1774 = max %1773, %1011 : f32[224,12] @ models/moco_pass.yaml:70:16
%1775 = matmul %1774, %81 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1776 = reshape %1775 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1777 = reduce_sum %1776 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1778 = div %1777, %990 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1779 = all_reduce_sum %1778 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1780 = broadcast %1779 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1781 = sub %1776, %1780 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1782 = mul %1781, %1781 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1783 = reduce_sum %1782 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1784 = div %1783, %990 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1785 = all_reduce_sum %1784 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1786 = add %1785, %1000 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1787 = rsqrt %1786 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1788 = broadcast %1787 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1789 = mul %1781, %1788 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1790 = reshape %1789 : f32[224,12] @ models/moco_pass.yaml:83:13
%1791 = broadcast %82 : f32[224,12] @ models/moco_pass.yaml:84:18
%1792 = mul %1790, %1791 : f32[224,12] @ models/moco_pass.yaml:84:18
%1793 = broadcast %83 : f32[224,12] @ models/moco_pass.yaml:84:27
%1794 = add %1792, %1793 : f32[224,12] @ models/moco_pass.yaml:84:27
%1795 = max %1794, %1011 : f32[224,12] @ models/moco_pass.yaml:70:16
%1796 = matmul %1795, %84 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%1797 = reshape %1796 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%1798 = reduce_sum %1797 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1799 = div %1798, %1037 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1800 = all_reduce_sum %1799 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1801 = broadcast %1800 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1802 = sub %1797, %1801 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1803 = mul %1802, %1802 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1804 = reduce_sum %1803 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1805 = div %1804, %1037 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1806 = all_reduce_sum %1805 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1807 = add %1806, %1046 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1808 = rsqrt %1807 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1809 = broadcast %1808 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1810 = mul %1802, %1809 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1811 = reshape %1810 : f32[224,6] @ models/moco_pass.yaml:83:13
%1812 = matmul %1811, %85 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1813 = reshape %1812 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1814 = reduce_sum %1813 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1815 = div %1814, %990 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1816 = all_reduce_sum %1815 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1817 = broadcast %1816 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1818 = sub %1813, %1817 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1819 = mul %1818, %1818 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1820 = reduce_sum %1819 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1821 = div %1820, %990 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1822 = all_reduce_sum %1821 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1823 = add %1822, %1000 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1824 = rsqrt %1823 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1825 = broadcast %1824 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1826 = mul %1818, %1825 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1827 = reshape %1826 : f32[224,12] @ models/moco_pass.yaml:83:13
%1828 = broadcast %86 : f32[224,12] @ models/moco_pass.yaml:84:18
%1829 = mul %1827, %1828 : f32[224,12] @ models/moco_pass.yaml:84:18
%1830 = broadcast %87 : f32[224,12] @ models/moco_pass.yaml:84:27
%1831 = add %1829, %1830 : f32[224,12] @ models/moco_pass.yaml:84:27
%1832 = max %1831, %1011 : f32[224,12] @ models/moco_pass.yaml:70:16
%1833 = matmul %1832, %88 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%1834 = reshape %1833 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%1835 = reduce_sum %1834 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1836 = div %1835, %1037 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1837 = all_reduce_sum %1836 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1838 = broadcast %1837 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1839 = sub %1834, %1838 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1840 = mul %1839, %1839 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1841 = reduce_sum %1840 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1842 = div %1841, %1037 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1843 = all_reduce_sum %1842 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1844 = add %1843, %1046 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1845 = rsqrt %1844 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1846 = broadcast %1845 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1847 = mul %1839, %1846 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1848 = reshape %1847 : f32[14,16,6] @ models/moco_pass.yaml:132:23
%1849 = slice %1751 lo=[0,0] hi=[7,8] : f32[7,8] @ models/moco_pass.yaml:160:25
%1850 = slice %1751 lo=[7,0] hi=[14,8] : f32[7,8] @ models/moco_pass.yaml:160:25
%1851 = slice %1848 lo=[0,0,0] hi=[7,16,6] : f32[7,16,6] @ models/moco_pass.yaml:160:32
%1852 = slice %1848 lo=[7,0,0] hi=[14,16,6] : f32[7,16,6] @ models/moco_pass.yaml:160:32
%1853 = mul %1119, %1119 : f32[7,8] @ models/lib/nn.yaml:33:35
%1854 = reduce_sum %1853 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1855 = sqrt %1854 : f32[7,1] @ models/lib/nn.yaml:33:24
%1856 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1857 = broadcast %1856 : f32[7,1] @ models/lib/nn.yaml:33:20
%1858 = max %1855, %1857 : f32[7,1] @ models/lib/nn.yaml:33:20
%1859 = broadcast %1858 : f32[7,8] @ models/lib/nn.yaml:33:18
%1860 = div %1119, %1859 : f32[7,8] @ models/lib/nn.yaml:33:18
%1861 = stop_gradient %1860 : f32[7,8] @ models/moco_pass.yaml:109:14
%1862 = mul %1849, %1849 : f32[7,8] @ models/lib/nn.yaml:33:35
%1863 = reduce_sum %1862 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1864 = sqrt %1863 : f32[7,1] @ models/lib/nn.yaml:33:24
%1865 = max %1864, %1857 : f32[7,1] @ models/lib/nn.yaml:33:20
%1866 = broadcast %1865 : f32[7,8] @ models/lib/nn.yaml:33:18
%1867 = div %1849, %1866 : f32[7,8] @ models/lib/nn.yaml:33:18
%1868 = matmul %1867, %1861 ta=0 tb=1 : f32[7,7] @ models/moco_pass.yaml:110:34
%1869 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1870 = broadcast %1869 : f32[7,7] @ models/moco_pass.yaml:110:41
%1871 = iota axis=0 : i32[7,7] @ models/moco_pass.yaml:111:20
%1872 = iota axis=1 : i32[7,7] @ models/moco_pass.yaml:111:39
%1873 = eq %1871, %1872 : bool[7,7] @ models/moco_pass.yaml:111:36
%1874 = cast %1873 : f32[7,7] @ models/moco_pass.yaml:111:15
%1875 = div %1868, %1870 : f32[7,7] @ models/moco_pass.yaml:110:41
%1876 = reduce_max %1875 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:21:31
%1877 = stop_gradient %1876 : f32[7,1] @ models/lib/nn.yaml:21:17
%1878 = broadcast %1877 : f32[7,7] @ models/lib/nn.yaml:21:15
%1879 = div %1868, %1870 : f32[7,7] @ models/moco_pass.yaml:110:41
%1880 = sub %1879, %1878 : f32[7,7] @ models/lib/nn.yaml:21:15
%1881 = exp %1880 : f32[7,7] @ models/lib/nn.yaml:22:28
%1882 = reduce_sum %1881 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:24
%1883 = log %1882 : f32[7,1] @ models/lib/nn.yaml:22:20
%1884 = broadcast %1883 : f32[7,7] @ models/lib/nn.yaml:22:18
%1885 = sub %1880, %1884 : f32[7,7] @ models/lib/nn.yaml:22:18
%1886 = mul %1874, %1885 : f32[7,7] @ models/moco_pass.yaml:112:40
%1887 = reduce_sum %1886 axes=[1] keep=0 : f32[7] @ models/moco_pass.yaml:112:32
%1888 = neg %1887 : f32[7] @ models/moco_pass.yaml:112:31
%1889 = reduce_sum %1888 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1890 = div %1889, %1056 : f32[] @ models/moco_pass.yaml:112:26
%1891 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1892 = mul %1891, %1890 : f32[] @ models/moco_pass.yaml:112:24
%1893 = mul %1118, %1118 : f32[7,8] @ models/lib/nn.yaml:33:35
%1894 = reduce_sum %1893 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1895 = sqrt %1894 : f32[7,1] @ models/lib/nn.yaml:33:24
%1896 = max %1895, %1857 : f32[7,1] @ models/lib/nn.yaml:33:20
%1897 = broadcast %1896 : f32[7,8] @ models/lib/nn.yaml:33:18
%1898 = div %1118, %1897 : f32[7,8] @ models/lib/nn.yaml:33:18
%1899 = stop_gradient %1898 : f32[7,8] @ models/moco_pass.yaml:109:14
%1900 = mul %1850, %1850 : f32[7,8] @ models/lib/nn.yaml:33:35
%1901 = reduce_sum %1900 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1902 = sqrt %1901 : f32[7,1] @ models/lib/nn.yaml:33:24
%1903 = max %1902, %1857 : f32[7,1] @ models/lib/nn.yaml:33:20
%1904 = broadcast %1903 : f32[7,8] @ models/lib/nn.yaml:33:18
%1905 = div %1850, %1904 : f32[7,8] @ models/lib/nn.yaml:33:18
%1906 = matmul %1905, %1899 ta=0 tb=1 : f32[7,7] @ models/moco_pass.yaml:110:34
%1907 = div %1906, %1870 : f32[7,7] @ models/moco_pass.yaml:110:41
%1908 = reduce_max %1907 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:21:31
%1909 = stop_gradient %1908 : f32[7,1] @ models/lib/nn.yaml:21:17
%1910 = broadcast %1909 : f32[7,7] @ models/lib/nn.yaml:21:15
%1911 = div %1906, %1870 : f32[7,7] @ models/moco_pass.yaml:110:41
%1912 = sub %1911, %1910 : f32[7,7] @ models/lib/nn.yaml:21:15
%1913 = exp %1912 : f32[7,7] @ models/lib/nn.yaml:22:28
%1914 = reduce_sum %1913 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:24
%1915 = log %1914 : f32[7,1] @ models/lib/nn.yaml:22:20
%1916 = broadcast %1915 : f32[7,7] @ models/lib/nn.yaml:22:18
%1917 = sub %1912, %1916 : f32[7,7] @ models/lib/nn.yaml:22:18
%1918 = mul %1874, %1917 : f32[7,7] @ models/moco_pass.yaml:112:40
%1919 = reduce_sum %1918 axes=[1] keep=0 : f32[7] @ models/moco_pass.yaml:112:32
%1920 = neg %1919 : f32[7] @ models/moco_pass.yaml:112:31
%1921 = reduce_sum %1920 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1922 = div %1921, %1056 : f32[] @ models/moco_pass.yaml:112:26
%1923 = mul %1891, %1922 : f32[] @ models/moco_pass.yaml:112:24
%1924 = add %1892, %1923 : f32[] @ models/moco_pass.yaml:169:11
%1925 = const data=[2] : f32[] @ models/moco_pass.yaml:165:3
%1926 = div %1924, %1925 : f32[] @ models/moco_pass.yaml:165:3
%1927 = output %1926 name="loss.image" : f32[] @ models/moco_pass.yaml:165:3
%1928 = mul %1926, %1925 : f32[] @ models/moco_pass.yaml:165:3
%1929 = permute %1851 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:20
%1930 = permute %1120 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:50
%1931 = mul %1930, %1930 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1932 = reduce_sum %1931 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%1933 = sqrt %1932 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1934 = broadcast %1856 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1935 = max %1933, %1934 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1936 = broadcast %1935 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1937 = div %1930, %1936 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1938 = stop_gradient %1937 : f32[16,7,6] @ models/moco_pass.yaml:109:14
%1939 = mul %1929, %1929 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1940 = reduce_sum %1939 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%1941 = sqrt %1940 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1942 = max %1941, %1934 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1943 = broadcast %1942 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1944 = div %1929, %1943 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1945 = permute %1938 perm=[0,2,1] : f32[16,6,7] @ models/moco_pass.yaml:110:34
%1946 = slice %1944 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%1947 = broadcast %1946 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1948 = slice %1945 lo=[0,0,0] hi=[16,1,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%1949 = broadcast %1948 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1950 = mul %1947, %1949 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1951 = slice %1944 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%1952 = broadcast %1951 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1953 = slice %1945 lo=[0,1,0] hi=[16,2,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%1954 = broadcast %1953 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1955 = mul %1952, %1954 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1956 = add %1950, %1955 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1957 = slice %1944 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%1958 = broadcast %1957 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1959 = slice %1945 lo=[0,2,0] hi=[16,3,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%1960 = broadcast %1959 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1961 = mul %1958, %1960 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1962 = add %1956, %1961 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1963 = slice %1944 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%1964 = broadcast %1963 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1965 = slice %1945 lo=[0,3,0] hi=[16,4,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%1966 = broadcast %1965 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1967 = mul %1964, %1966 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1968 = add %1962, %1967 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1969 = slice %1944 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%1970 = broadcast %1969 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1971 = slice %1945 lo=[0,4,0] hi=[16,5,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%1972 = broadcast %1971 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1973 = mul %1970, %1972 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1974 = add %1968, %1973 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1975 = slice %1944 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%1976 = broadcast %1975 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1977 = slice %1945 lo=[0,5,0] hi=[16,6,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%1978 = broadcast %1977 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1979 = mul %1976, %1978 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1980 = add %1974, %1979 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1981 = broadcast %1869 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%1982 = div %1980, %1981 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%1983 = reduce_max %1982 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:21:31
%1984 = stop_gradient %1983 : f32[16,7,1] @ models/lib/nn.yaml:21:17
%1985 = broadcast %1984 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%1986 = div %1980, %1981 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%1987 = sub %1986, %1985 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%1988 = exp %1987 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%1989 = reduce_sum %1988 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:24
%1990 = log %1989 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%1991 = broadcast %1990 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%1992 = sub %1987, %1991 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%1993 = broadcast %1874 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%1994 = mul %1993, %1992 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%1995 = reduce_sum %1994 axes=[2] keep=0 : f32[16,7] @ models/moco_pass.yaml:112:32
%1996 = neg %1995 : f32[16,7] @ models/moco_pass.yaml:112:31
%1997 = reduce_sum %1996 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1998 = div %1997, %989 : f32[] @ models/moco_pass.yaml:112:26
%1999 = mul %1891, %1998 : f32[] @ models/moco_pass.yaml:112:24
%2000 = permute %1852 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:20
%2001 = permute %1121 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:50
%2002 = mul %2001, %2001 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2003 = reduce_sum %2002 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%2004 = sqrt %2003 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2005 = max %2004, %1934 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2006 = broadcast %2005 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2007 = div %2001, %2006 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2008 = stop_gradient %2007 : f32[16,7,6] @ models/moco_pass.yaml:109:14
%2009 = mul %2000, %2000 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2010 = reduce_sum %2009 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%2011 = sqrt %2010 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2012 = max %2011, %1934 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2013 = broadcast %2012 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2014 = div %2000, %2013 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2015 = permute %2008 perm=[0,2,1] : f32[16,6,7] @ models/moco_pass.yaml:110:34
%2016 = slice %2014 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2017 = broadcast %2016 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2018 = slice %2015 lo=[0,0,0] hi=[16,1,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2019 = broadcast %2018 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2020 = mul %2017, %2019 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2021 = slice %2014 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2022 = broadcast %2021 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2023 = slice %2015 lo=[0,1,0] hi=[16,2,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2024 = broadcast %2023 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2025 = mul %2022, %2024 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2026 = add %2020, %2025 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2027 = slice %2014 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2028 = broadcast %2027 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2029 = slice %2015 lo=[0,2,0] hi=[16,3,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2030 = broadcast %2029 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2031 = mul %2028, %2030 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2032 = add %2026, %2031 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2033 = slice %2014 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2034 = broadcast %2033 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2035 = slice %2015 lo=[0,3,0] hi=[16,4,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2036 = broadcast %2035 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2037 = mul %2034, %2036 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2038 = add %2032, %2037 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2039 = slice %2014 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2040 = broadcast %2039 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2041 = slice %2015 lo=[0,4,0] hi=[16,5,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2042 = broadcast %2041 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2043 = mul %2040, %2042 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2044 = add %2038, %2043 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2045 = slice %2014 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2046 = broadcast %2045 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2047 = slice %2015 lo=[0,5,0] hi=[16,6,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2048 = broadcast %2047 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2049 = mul %2046, %2048 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2050 = add %2044, %2049 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2051 = div %2050, %1981 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2052 = reduce_max %2051 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:21:31
%2053 = stop_gradient %2052 : f32[16,7,1] @ models/lib/nn.yaml:21:17
%2054 = broadcast %2053 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%2055 = div %2050, %1981 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2056 = sub %2055, %2054 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%2057 = exp %2056 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2058 = reduce_sum %2057 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:24
%2059 = log %2058 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2060 = broadcast %2059 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2061 = sub %2056, %2060 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2062 = mul %1993, %2061 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2063 = reduce_sum %2062 axes=[2] keep=0 : f32[16,7] @ models/moco_pass.yaml:112:32
%2064 = neg %2063 : f32[16,7] @ models/moco_pass.yaml:112:31
%2065 = reduce_sum %2064 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%2066 = div %2065, %989 : f32[] @ models/moco_pass.yaml:112:26
%2067 = mul %1891, %2066 : f32[] @ models/moco_pass.yaml:112:24
%2068 = add %1999, %2067 : f32[] @ models/moco_pass.yaml:173:11
%2069 = div %2068, %1925 : f32[] @ models/moco_pass.yaml:170:3
%2070 = output %2069 name="loss.patch" : f32[] @ models/moco_pass.yaml:170:3
%2071 = mul %2069, %1869 : f32[] @ models/moco_pass.yaml:170:3
%2072 = add %1928, %2071 : f32[] @ models/moco_pass.yaml:170:3
%2073 = output %2072 name="loss" : f32[] @ models/moco_pass.yaml:165:3
%2074 = cast %1 : f64[] @ models/moco_pass.yaml:151:3
%2075 = cast %2 : f64[] @ models/moco_pass.yaml:152:3
%2076 = cast %3 : f64[] @ models/moco_pass.yaml:153:3
%2077 = const data=[0.1] : f32[] @ models/moco_pass.yaml:170:3
%2078 = const data=[-0.00035714288] : f32[] @ models/moco_pass.yaml:112:31
%2079 = broadcast %2078 : f32[16,7] @ models/moco_pass.yaml:112:31
%2080 = reshape %2079 : f32[16,7,1] @ models/moco_pass.yaml:112:32
%2081 = broadcast %2080 : f32[16,7,7] @ models/moco_pass.yaml:112:32
%2082 = mul %2081, %1993 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2083 = neg %2082 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2084 = reduce_sum %2083 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:18
%2085 = div %2084, %2058 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2086 = broadcast %2085 : f32[16,7,7] @ models/lib/nn.yaml:22:24
%2087 = exp %2056 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2088 = mul %2086, %2087 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2089 = mul %2081, %1993 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2090 = add %2089, %2088 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2091 = div %2090, %1981 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2092 = slice %2091 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2093 = broadcast %2092 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2094 = slice %2008 lo=[0,0,0] hi=[16,1,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2095 = broadcast %2094 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2096 = mul %2093, %2095 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2097 = slice %2091 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2098 = broadcast %2097 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2099 = slice %2008 lo=[0,1,0] hi=[16,2,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2100 = broadcast %2099 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2101 = mul %2098, %2100 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2102 = add %2096, %2101 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2103 = slice %2091 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2104 = broadcast %2103 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2105 = slice %2008 lo=[0,2,0] hi=[16,3,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2106 = broadcast %2105 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2107 = mul %2104, %2106 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2108 = add %2102, %2107 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2109 = slice %2091 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2110 = broadcast %2109 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2111 = slice %2008 lo=[0,3,0] hi=[16,4,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2112 = broadcast %2111 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2113 = mul %2110, %2112 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2114 = add %2108, %2113 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2115 = slice %2091 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2116 = broadcast %2115 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2117 = slice %2008 lo=[0,4,0] hi=[16,5,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2118 = broadcast %2117 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2119 = mul %2116, %2118 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2120 = add %2114, %2119 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2121 = slice %2091 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2122 = broadcast %2121 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2123 = slice %2008 lo=[0,5,0] hi=[16,6,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2124 = broadcast %2123 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2125 = mul %2122, %2124 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2126 = add %2120, %2125 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2127 = slice %2091 lo=[0,0,6] hi=[16,7,7] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2128 = broadcast %2127 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2129 = slice %2008 lo=[0,6,0] hi=[16,7,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2130 = broadcast %2129 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2131 = mul %2128, %2130 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2132 = add %2126, %2131 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2133 = div %2132, %2013 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2134 = mul %2133, %2014 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2135 = neg %2134 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2136 = reduce_sum %2135 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:18
%2137 = broadcast %1010 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2138 = broadcast %303 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2139 = mul %2136, %2138 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2140 = sqrt %2010 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2141 = eq %2140, %1934 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2142 = select %2141, %2139, %2137 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2143 = sqrt %2010 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2144 = gt %2143, %1934 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2145 = select %2144, %2136, %2142 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2146 = mul %2145, %2138 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2147 = sqrt %2010 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2148 = div %2146, %2147 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2149 = broadcast %2148 : f32[16,7,6] @ models/lib/nn.yaml:33:29
%2150 = mul %2149, %2000 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2151 = add %2133, %2150 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2152 = add %2151, %2150 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2153 = permute %2152 perm=[1,0,2] : f32[7,16,6] @ models/moco_pass.yaml:173:20
%2154 = div %2084, %1989 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2155 = broadcast %2154 : f32[16,7,7] @ models/lib/nn.yaml:22:24
%2156 = exp %1987 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2157 = mul %2155, %2156 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2158 = mul %2081, %1993 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2159 = add %2158, %2157 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2160 = div %2159, %1981 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2161 = slice %2160 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2162 = broadcast %2161 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2163 = slice %1938 lo=[0,0,0] hi=[16,1,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2164 = broadcast %2163 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2165 = mul %2162, %2164 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2166 = slice %2160 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2167 = broadcast %2166 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2168 = slice %1938 lo=[0,1,0] hi=[16,2,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2169 = broadcast %2168 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2170 = mul %2167, %2169 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2171 = add %2165, %2170 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2172 = slice %2160 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2173 = broadcast %2172 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2174 = slice %1938 lo=[0,2,0] hi=[16,3,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2175 = broadcast %2174 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2176 = mul %2173, %2175 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2177 = add %2171, %2176 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2178 = slice %2160 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2179 = broadcast %2178 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2180 = slice %1938 lo=[0,3,0] hi=[16,4,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2181 = broadcast %2180 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2182 = mul %2179, %2181 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2183 = add %2177, %2182 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2184 = slice %2160 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2185 = broadcast %2184 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2186 = slice %1938 lo=[0,4,0] hi=[16,5,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2187 = broadcast %2186 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2188 = mul %2185, %2187 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2189 = add %2183, %2188 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2190 = slice %2160 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2191 = broadcast %2190 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2192 = slice %1938 lo=[0,5,0] hi=[16,6,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2193 = broadcast %2192 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2194 = mul %2191, %2193 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2195 = add %2189, %2194 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2196 = slice %2160 lo=[0,0,6] hi=[16,7,7] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2197 = broadcast %2196 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2198 = slice %1938 lo=[0,6,0] hi=[16,7,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2199 = broadcast %2198 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2200 = mul %2197, %2199 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2201 = add %2195, %2200 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2202 = div %2201, %1943 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2203 = mul %2202, %1944 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2204 = neg %2203 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2205 = reduce_sum %2204 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:18
%2206 = mul %2205, %2138 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2207 = sqrt %1940 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2208 = eq %2207, %1934 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2209 = select %2208, %2206, %2137 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2210 = sqrt %1940 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2211 = gt %2210, %1934 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2212 = select %2211, %2205, %2209 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2213 = mul %2212, %2138 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2214 = sqrt %1940 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2215 = div %2213, %2214 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2216 = broadcast %2215 : f32[16,7,6] @ models/lib/nn.yaml:33:29
%2217 = mul %2216, %1929 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2218 = add %2202, %2217 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2219 = add %2218, %2217 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2220 = permute %2219 perm=[1,0,2] : f32[7,16,6] @ models/moco_pass.yaml:173:20
%2221 = const data=[-0.057142857] : f32[] @ models/moco_pass.yaml:112:31
%2222 = broadcast %2221 : f32[7] @ models/moco_pass.yaml:112:31
%2223 = reshape %2222 : f32[7,1] @ models/moco_pass.yaml:112:32
%2224 = broadcast %2223 : f32[7,7] @ models/moco_pass.yaml:112:32
%2225 = mul %2224, %1874 : f32[7,7] @ models/moco_pass.yaml:112:40
%2226 = neg %2225 : f32[7,7] @ models/lib/nn.yaml:22:18
%2227 = reduce_sum %2226 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:18
%2228 = div %2227, %1914 : f32[7,1] @ models/lib/nn.yaml:22:20
%2229 = broadcast %2228 : f32[7,7] @ models/lib/nn.yaml:22:24
%2230 = exp %1912 : f32[7,7] @ models/lib/nn.yaml:22:28
%2231 = mul %2229, %2230 : f32[7,7] @ models/lib/nn.yaml:22:28
%2232 = mul %2224, %1874 : f32[7,7] @ models/moco_pass.yaml:112:40
%2233 = add %2232, %2231 : f32[7,7] @ models/lib/nn.yaml:22:28
%2234 = div %2233, %1870 : f32[7,7] @ models/moco_pass.yaml:110:41
%2235 = matmul %2234, %1899 ta=0 tb=0 : f32[7,8] @ models/moco_pass.yaml:110:34
%2236 = div %2235, %1904 : f32[7,8] @ models/lib/nn.yaml:33:18
%2237 = mul %2236, %1905 : f32[7,8] @ models/lib/nn.yaml:33:18
%2238 = neg %2237 : f32[7,8] @ models/lib/nn.yaml:33:18
%2239 = reduce_sum %2238 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:18
%2240 = broadcast %1010 : f32[7,1] @ models/lib/nn.yaml:33:20
%2241 = broadcast %303 : f32[7,1] @ models/lib/nn.yaml:33:20
%2242 = mul %2239, %2241 : f32[7,1] @ models/lib/nn.yaml:33:20
%2243 = sqrt %1901 : f32[7,1] @ models/lib/nn.yaml:33:24
%2244 = eq %2243, %1857 : bool[7,1] @ models/lib/nn.yaml:33:20
%2245 = select %2244, %2242, %2240 : f32[7,1] @ models/lib/nn.yaml:33:20
%2246 = sqrt %1901 : f32[7,1] @ models/lib/nn.yaml:33:24
%2247 = gt %2246, %1857 : bool[7,1] @ models/lib/nn.yaml:33:20
%2248 = select %2247, %2239, %2245 : f32[7,1] @ models/lib/nn.yaml:33:20
%2249 = mul %2248, %2241 : f32[7,1] @ models/lib/nn.yaml:33:24
%2250 = sqrt %1901 : f32[7,1] @ models/lib/nn.yaml:33:24
%2251 = div %2249, %2250 : f32[7,1] @ models/lib/nn.yaml:33:24
%2252 = broadcast %2251 : f32[7,8] @ models/lib/nn.yaml:33:29
%2253 = mul %2252, %1850 : f32[7,8] @ models/lib/nn.yaml:33:35
%2254 = add %2236, %2253 : f32[7,8] @ models/lib/nn.yaml:33:35
%2255 = add %2254, %2253 : f32[7,8] @ models/lib/nn.yaml:33:35
%2256 = div %2227, %1882 : f32[7,1] @ models/lib/nn.yaml:22:20
%2257 = broadcast %2256 : f32[7,7] @ models/lib/nn.yaml:22:24
%2258 = exp %1880 : f32[7,7] @ models/lib/nn.yaml:22:28
%2259 = mul %2257, %2258 : f32[7,7] @ models/lib/nn.yaml:22:28
%2260 = mul %2224, %1874 : f32[7,7] @ models/moco_pass.yaml:112:40
%2261 = add %2260, %2259 : f32[7,7] @ models/lib/nn.yaml:22:28
%2262 = div %2261, %1870 : f32[7,7] @ models/moco_pass.yaml:110:41
%2263 = matmul %2262, %1861 ta=0 tb=0 : f32[7,8] @ models/moco_pass.yaml:110:34
%2264 = div %2263, %1866 : f32[7,8] @ models/lib/nn.yaml:33:18
%2265 = mul %2264, %1867 : f32[7,8] @ models/lib/nn.yaml:33:18
%2266 = neg %2265 : f32[7,8] @ models/lib/nn.yaml:33:18
%2267 = reduce_sum %2266 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:18
%2268 = mul %2267, %2241 : f32[7,1] @ models/lib/nn.yaml:33:20
%2269 = sqrt %1863 : f32[7,1] @ models/lib/nn.yaml:33:24
%2270 = eq %2269, %1857 : bool[7,1] @ models/lib/nn.yaml:33:20
%2271 = select %2270, %2268, %2240 : f32[7,1] @ models/lib/nn.yaml:33:20
%2272 = sqrt %1863 : f32[7,1] @ models/lib/nn.yaml:33:24
%2273 = gt %2272, %1857 : bool[7,1] @ models/lib/nn.yaml:33:20
%2274 = select %2273, %2267, %2271 : f32[7,1] @ models/lib/nn.yaml:33:20
%2275 = mul %2274, %2241 : f32[7,1] @ models/lib/nn.yaml:33:24
%2276 = sqrt %1863 : f32[7,1] @ models/lib/nn.yaml:33:24
%2277 = div %2275, %2276 : f32[7,1] @ models/lib/nn.yaml:33:24
%2278 = broadcast %2277 : f32[7,8] @ models/lib/nn.yaml:33:29
%2279 = mul %2278, %1849 : f32[7,8] @ models/lib/nn.yaml:33:35
%2280 = add %2264, %2279 : f32[7,8] @ models/lib/nn.yaml:33:35
%2281 = add %2280, %2279 : f32[7,8] @ models/lib/nn.yaml:33:35
%2282 = concat %2220, %2153 axis=0 : f32[14,16,6] @ models/moco_pass.yaml:160:32
%2283 = concat %2281, %2255 axis=0 : f32[14,8] @ models/moco_pass.yaml:160:25
%2284 = reshape %2282 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%2285 = mul %2284, %1846 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2286 = mul %2284, %1839 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2287 = reduce_sum %2286 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2288 = mul %1845, %1845 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2289 = mul %1845, %2288 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2290 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2291 = broadcast %2290 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2292 = mul %2289, %2291 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2293 = mul %2287, %2292 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2294 = all_reduce_sum %2293 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2295 = div %2294, %1037 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2296 = broadcast %2295 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%2297 = mul %2296, %1839 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2298 = add %2285, %2297 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2299 = add %2298, %2297 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2300 = neg %2299 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2301 = reduce_sum %2300 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2302 = all_reduce_sum %2301 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2303 = div %2302, %1037 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2304 = broadcast %2303 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2305 = add %2299, %2304 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2306 = reshape %2305 : f32[224,6] @ models/moco_pass.yaml:79:13
%2307 = matmul %2306, %88 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2308 = matmul %2306, %1832 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2309 = broadcast %303 : f32[224,12] @ models/moco_pass.yaml:70:16
%2310 = mul %2307, %2309 : f32[224,12] @ models/moco_pass.yaml:70:16
%2311 = eq %1831, %1011 : bool[224,12] @ models/moco_pass.yaml:70:16
%2312 = select %2311, %2310, %1011 : f32[224,12] @ models/moco_pass.yaml:70:16
%2313 = gt %1831, %1011 : bool[224,12] @ models/moco_pass.yaml:70:16
%2314 = select %2313, %2307, %2312 : f32[224,12] @ models/moco_pass.yaml:70:16
%2315 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,224] @ models/moco_pass.yaml:84:27
%2316 = reshape %2314 : f32[224,12] @ models/moco_pass.yaml:84:27
%2317 = matmul %2315, %2316 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2318 = reshape %2317 : f32[1,12] @ models/moco_pass.yaml:84:27
%2319 = reshape %2318 : f32[12] @ models/moco_pass.yaml:84:27
%2320 = mul %2314, %1828 : f32[224,12] @ models/moco_pass.yaml:84:18
%2321 = mul %2314, %1827 : f32[224,12] @ models/moco_pass.yaml:84:18
%2322 = reshape %2321 : f32[224,12] @ models/moco_pass.yaml:84:18
%2323 = matmul %2315, %2322 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2324 = reshape %2323 : f32[1,12] @ models/moco_pass.yaml:84:18
%2325 = reshape %2324 : f32[12] @ models/moco_pass.yaml:84:18
%2326 = reshape %2320 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2327 = mul %2326, %1825 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2328 = mul %2326, %1818 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2329 = reduce_sum %2328 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2330 = mul %1824, %1824 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2331 = mul %1824, %2330 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2332 = broadcast %2290 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2333 = mul %2331, %2332 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2334 = mul %2329, %2333 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2335 = all_reduce_sum %2334 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2336 = div %2335, %990 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2337 = broadcast %2336 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2338 = mul %2337, %1818 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2339 = add %2327, %2338 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2340 = add %2339, %2338 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2341 = neg %2340 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2342 = reduce_sum %2341 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2343 = all_reduce_sum %2342 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2344 = div %2343, %990 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2345 = broadcast %2344 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2346 = add %2340, %2345 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2347 = reshape %2346 : f32[224,12] @ models/moco_pass.yaml:79:13
%2348 = matmul %2347, %85 ta=0 tb=0 : f32[224,6] @ models/lib/nn.yaml:83:15
%2349 = matmul %2347, %1811 ta=1 tb=0 : f32[12,6] @ models/lib/nn.yaml:83:15
%2350 = reshape %2348 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%2351 = mul %2350, %1809 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2352 = mul %2350, %1802 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2353 = reduce_sum %2352 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2354 = mul %1808, %1808 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2355 = mul %1808, %2354 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2356 = mul %2355, %2291 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2357 = mul %2353, %2356 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2358 = all_reduce_sum %2357 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2359 = div %2358, %1037 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2360 = broadcast %2359 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%2361 = mul %2360, %1802 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2362 = add %2351, %2361 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2363 = add %2362, %2361 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2364 = neg %2363 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2365 = reduce_sum %2364 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2366 = all_reduce_sum %2365 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2367 = div %2366, %1037 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2368 = broadcast %2367 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2369 = add %2363, %2368 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2370 = reshape %2369 : f32[224,6] @ models/moco_pass.yaml:79:13
%2371 = matmul %2370, %84 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2372 = matmul %2370, %1795 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2373 = mul %2371, %2309 : f32[224,12] @ models/moco_pass.yaml:70:16
%2374 = eq %1794, %1011 : bool[224,12] @ models/moco_pass.yaml:70:16
%2375 = select %2374, %2373, %1011 : f32[224,12] @ models/moco_pass.yaml:70:16
%2376 = gt %1794, %1011 : bool[224,12] @ models/moco_pass.yaml:70:16
%2377 = select %2376, %2371, %2375 : f32[224,12] @ models/moco_pass.yaml:70:16
%2378 = reshape %2377 : f32[224,12] @ models/moco_pass.yaml:84:27
%2379 = matmul %2315, %2378 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2380 = reshape %2379 : f32[1,12] @ models/moco_pass.yaml:84:27
%2381 = reshape %2380 : f32[12] @ models/moco_pass.yaml:84:27
%2382 = mul %2377, %1791 : f32[224,12] @ models/moco_pass.yaml:84:18
%2383 = mul %2377, %1790 : f32[224,12] @ models/moco_pass.yaml:84:18
%2384 = reshape %2383 : f32[224,12] @ models/moco_pass.yaml:84:18
%2385 = matmul %2315, %2384 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2386 = reshape %2385 : f32[1,12] @ models/moco_pass.yaml:84:18
%2387 = reshape %2386 : f32[12] @ models/moco_pass.yaml:84:18
%2388 = reshape %2382 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2389 = mul %2388, %1788 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2390 = mul %2388, %1781 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2391 = reduce_sum %2390 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2392 = mul %1787, %1787 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2393 = mul %1787, %2392 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2394 = mul %2393, %2332 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2395 = mul %2391, %2394 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2396 = all_reduce_sum %2395 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2397 = div %2396, %990 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2398 = broadcast %2397 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2399 = mul %2398, %1781 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2400 = add %2389, %2399 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2401 = add %2400, %2399 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2402 = neg %2401 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2403 = reduce_sum %2402 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2404 = all_reduce_sum %2403 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2405 = div %2404, %990 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2406 = broadcast %2405 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2407 = add %2401, %2406 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2408 = reshape %2407 : f32[224,12] @ models/moco_pass.yaml:79:13
%2409 = matmul %2408, %81 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2410 = matmul %2408, %1774 ta=1 tb=0 : f32[12,12] @ models/lib/nn.yaml:83:15
%2411 = mul %2409, %2309 : f32[224,12] @ models/moco_pass.yaml:70:16
%2412 = eq %1773, %1011 : bool[224,12] @ models/moco_pass.yaml:70:16
%2413 = select %2412, %2411, %1011 : f32[224,12] @ models/moco_pass.yaml:70:16
%2414 = gt %1773, %1011 : bool[224,12] @ models/moco_pass.yaml:70:16
%2415 = select %2414, %2409, %2413 : f32[224,12] @ models/moco_pass.yaml:70:16
%2416 = reshape %2415 : f32[224,12] @ models/moco_pass.yaml:84:27
%2417 = matmul %2315, %2416 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2418 = reshape %2417 : f32[1,12] @ models/moco_pass.yaml:84:27
%2419 = reshape %2418 : f32[12] @ models/moco_pass.yaml:84:27
%2420 = mul %2415, %1770 : f32[224,12] @ models/moco_pass.yaml:84:18
%2421 = mul %2415, %1769 : f32[224,12] @ models/moco_pass.yaml:84:18
%2422 = reshape %2421 : f32[224,12] @ models/moco_pass.yaml:84:18
%2423 = matmul %2315, %2422 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2424 = reshape %2423 : f32[1,12] @ models/moco_pass.yaml:84:18
%2425 = reshape %2424 : f32[12] @ models/moco_pass.yaml:84:18
%2426 = reshape %2420 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2427 = mul %2426, %1767 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2428 = mul %2426, %1760 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2429 = reduce_sum %2428 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2430 = mul %1766, %1766 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2431 = mul %1766, %2430 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2432 = mul %2431, %2332 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2433 = mul %2429, %2432 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2434 = all_reduce_sum %2433 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2435 = div %2434, %990 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2436 = broadcast %2435 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2437 = mul %2436, %1760 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2438 = add %2427, %2437 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2439 = add %2438, %2437 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2440 = neg %2439 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2441 = reduce_sum %2440 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2442 = all_reduce_sum %2441 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2443 = div %2442, %990 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2444 = broadcast %2443 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2445 = add %2439, %2444 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2446 = reshape %2445 : f32[224,12] @ models/moco_pass.yaml:79:13
%2447 = matmul %2446, %78 ta=0 tb=0 : f32[224,16] @ models/lib/nn.yaml:83:15
%2448 = matmul %2446, %1753 ta=1 tb=0 : f32[12,16] @ models/lib/nn.yaml:83:15
%2449 = reshape %2447 : f32[14,16,16] @ models/moco_pass.yaml:131:49
%2450 = reshape %2283 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%2451 = mul %2450, %1749 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2452 = mul %2450, %1742 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2453 = reduce_sum %2452 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2454 = mul %1748, %1748 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2455 = mul %1748, %2454 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2456 = broadcast %2290 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2457 = mul %2455, %2456 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2458 = mul %2453, %2457 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2459 = all_reduce_sum %2458 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2460 = div %2459, %1102 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2461 = broadcast %2460 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%2462 = mul %2461, %1742 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2463 = add %2451, %2462 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2464 = add %2463, %2462 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2465 = neg %2464 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2466 = reduce_sum %2465 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2467 = all_reduce_sum %2466 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2468 = div %2467, %1102 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2469 = broadcast %2468 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2470 = add %2464, %2469 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2471 = reshape %2470 : f32[14,8] @ models/moco_pass.yaml:79:13
%2472 = matmul %2471, %77 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2473 = matmul %2471, %1735 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2474 = broadcast %303 : f32[14,24] @ models/moco_pass.yaml:70:16
%2475 = mul %2472, %2474 : f32[14,24] @ models/moco_pass.yaml:70:16
%2476 = eq %1734, %1076 : bool[14,24] @ models/moco_pass.yaml:70:16
%2477 = select %2476, %2475, %1076 : f32[14,24] @ models/moco_pass.yaml:70:16
%2478 = gt %1734, %1076 : bool[14,24] @ models/moco_pass.yaml:70:16
%2479 = select %2478, %2472, %2477 : f32[14,24] @ models/moco_pass.yaml:70:16
%2480 = reduce_sum %2479 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2481 = reshape %2480 : f32[24] @ models/moco_pass.yaml:84:27
%2482 = mul %2479, %1731 : f32[14,24] @ models/moco_pass.yaml:84:18
%2483 = mul %2479, %1730 : f32[14,24] @ models/moco_pass.yaml:84:18
%2484 = reduce_sum %2483 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2485 = reshape %2484 : f32[24] @ models/moco_pass.yaml:84:18
%2486 = reshape %2482 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2487 = mul %2486, %1728 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2488 = mul %2486, %1721 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2489 = reduce_sum %2488 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2490 = mul %1727, %1727 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2491 = mul %1727, %2490 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2492 = broadcast %2290 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2493 = mul %2491, %2492 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2494 = mul %2489, %2493 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2495 = all_reduce_sum %2494 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2496 = div %2495, %1057 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2497 = broadcast %2496 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2498 = mul %2497, %1721 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2499 = add %2487, %2498 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2500 = add %2499, %2498 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2501 = neg %2500 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2502 = reduce_sum %2501 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2503 = all_reduce_sum %2502 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2504 = div %2503, %1057 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2505 = broadcast %2504 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2506 = add %2500, %2505 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2507 = reshape %2506 : f32[14,24] @ models/moco_pass.yaml:79:13
%2508 = matmul %2507, %74 ta=0 tb=0 : f32[14,8] @ models/lib/nn.yaml:83:15
%2509 = matmul %2507, %1714 ta=1 tb=0 : f32[24,8] @ models/lib/nn.yaml:83:15
%2510 = reshape %2508 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%2511 = mul %2510, %1712 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2512 = mul %2510, %1705 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2513 = reduce_sum %2512 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2514 = mul %1711, %1711 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2515 = mul %1711, %2514 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2516 = mul %2515, %2456 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2517 = mul %2513, %2516 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2518 = all_reduce_sum %2517 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2519 = div %2518, %1102 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2520 = broadcast %2519 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%2521 = mul %2520, %1705 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2522 = add %2511, %2521 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2523 = add %2522, %2521 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2524 = neg %2523 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2525 = reduce_sum %2524 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2526 = all_reduce_sum %2525 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2527 = div %2526, %1102 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2528 = broadcast %2527 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2529 = add %2523, %2528 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2530 = reshape %2529 : f32[14,8] @ models/moco_pass.yaml:79:13
%2531 = matmul %2530, %73 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2532 = matmul %2530, %1698 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2533 = mul %2531, %2474 : f32[14,24] @ models/moco_pass.yaml:70:16
%2534 = eq %1697, %1076 : bool[14,24] @ models/moco_pass.yaml:70:16
%2535 = select %2534, %2533, %1076 : f32[14,24] @ models/moco_pass.yaml:70:16
%2536 = gt %1697, %1076 : bool[14,24] @ models/moco_pass.yaml:70:16
%2537 = select %2536, %2531, %2535 : f32[14,24] @ models/moco_pass.yaml:70:16
%2538 = reduce_sum %2537 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2539 = reshape %2538 : f32[24] @ models/moco_pass.yaml:84:27
%2540 = mul %2537, %1694 : f32[14,24] @ models/moco_pass.yaml:84:18
%2541 = mul %2537, %1693 : f32[14,24] @ models/moco_pass.yaml:84:18
%2542 = reduce_sum %2541 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2543 = reshape %2542 : f32[24] @ models/moco_pass.yaml:84:18
%2544 = reshape %2540 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2545 = mul %2544, %1691 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2546 = mul %2544, %1684 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2547 = reduce_sum %2546 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2548 = mul %1690, %1690 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2549 = mul %1690, %2548 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2550 = mul %2549, %2492 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2551 = mul %2547, %2550 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2552 = all_reduce_sum %2551 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2553 = div %2552, %1057 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2554 = broadcast %2553 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2555 = mul %2554, %1684 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2556 = add %2545, %2555 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2557 = add %2556, %2555 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2558 = neg %2557 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2559 = reduce_sum %2558 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2560 = all_reduce_sum %2559 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2561 = div %2560, %1057 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2562 = broadcast %2561 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2563 = add %2557, %2562 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2564 = reshape %2563 : f32[14,24] @ models/moco_pass.yaml:79:13
%2565 = matmul %2564, %70 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2566 = matmul %2564, %1677 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2567 = mul %2565, %2474 : f32[14,24] @ models/moco_pass.yaml:70:16
%2568 = eq %1676, %1076 : bool[14,24] @ models/moco_pass.yaml:70:16
%2569 = select %2568, %2567, %1076 : f32[14,24] @ models/moco_pass.yaml:70:16
%2570 = gt %1676, %1076 : bool[14,24] @ models/moco_pass.yaml:70:16
%2571 = select %2570, %2565, %2569 : f32[14,24] @ models/moco_pass.yaml:70:16
%2572 = reduce_sum %2571 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2573 = reshape %2572 : f32[24] @ models/moco_pass.yaml:84:27
%2574 = mul %2571, %1673 : f32[14,24] @ models/moco_pass.yaml:84:18
%2575 = mul %2571, %1672 : f32[14,24] @ models/moco_pass.yaml:84:18
%2576 = reduce_sum %2575 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2577 = reshape %2576 : f32[24] @ models/moco_pass.yaml:84:18
%2578 = reshape %2574 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2579 = mul %2578, %1670 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2580 = mul %2578, %1663 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2581 = reduce_sum %2580 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2582 = mul %1669, %1669 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2583 = mul %1669, %2582 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2584 = mul %2583, %2492 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2585 = mul %2581, %2584 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2586 = all_reduce_sum %2585 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2587 = div %2586, %1057 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2588 = broadcast %2587 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2589 = mul %2588, %1663 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2590 = add %2579, %2589 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2591 = add %2590, %2589 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2592 = neg %2591 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2593 = reduce_sum %2592 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2594 = all_reduce_sum %2593 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2595 = div %2594, %1057 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2596 = broadcast %2595 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2597 = add %2591, %2596 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2598 = reshape %2597 : f32[14,24] @ models/moco_pass.yaml:79:13
%2599 = matmul %2598, %67 ta=0 tb=0 : f32[14,16] @ models/lib/nn.yaml:83:15
%2600 = matmul %2598, %1656 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2601 = reshape %2599 : f32[14,1,16] @ models/moco_pass.yaml:130:38
%2602 = concat %2601, %2449 axis=1 : f32[14,17,16] @ models/moco_pass.yaml:130:38
%2603 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,238] @ models/lib/nn.yaml:96:46
%2604 = reshape %2602 : f32[238,16] @ models/lib/nn.yaml:96:46
%2605 = matmul %2603, %2604 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2606 = reshape %2605 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2607 = reshape %2606 : f32[16] @ models/lib/nn.yaml:96:46
%2608 = mul %2602, %1651 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2609 = mul %2602, %1650 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2610 = reshape %2609 : f32[238,16] @ models/lib/nn.yaml:96:37
%2611 = matmul %2603, %2610 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2612 = reshape %2611 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2613 = reshape %2612 : f32[16] @ models/lib/nn.yaml:96:37
%2614 = mul %2608, %1649 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2615 = mul %2608, %1643 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2616 = reduce_sum %2615 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2617 = mul %1648, %1648 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2618 = mul %1648, %2617 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2619 = broadcast %2290 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2620 = mul %2618, %2619 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2621 = mul %2616, %2620 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2622 = div %2621, %718 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2623 = broadcast %2622 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2624 = mul %2623, %1643 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2625 = add %2614, %2624 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2626 = add %2625, %2624 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2627 = neg %2626 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2628 = reduce_sum %2627 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2629 = div %2628, %718 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2630 = broadcast %2629 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2631 = add %2626, %2630 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2632 = slice %2631 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:111:21
%2633 = slice %2631 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:111:21
%2634 = reduce_sum %2632 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2635 = reshape %2634 : f32[16] @ models/lib/nn.yaml:84:18
%2636 = matmul %2632, %63 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2637 = reshape %1634 : f32[14,64] @ models/lib/nn.yaml:83:15
%2638 = reshape %2632 : f32[14,16] @ models/lib/nn.yaml:83:15
%2639 = matmul %2638, %2637 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2640 = add %839, %1631 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%2641 = mul %2636, %2640 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2642 = mul %834, %1629 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2643 = mul %2636, %2642 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2644 = mul %1629, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2645 = mul %2644, %2644 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2646 = neg %2645 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2647 = exp %2646 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2648 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2649 = broadcast %2648 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2650 = mul %2647, %2649 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2651 = mul %2643, %2650 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2652 = mul %2651, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2653 = mul %2641, %834 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2654 = add %2652, %2653 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2655 = reduce_sum %2654 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2656 = reshape %2655 : f32[64] @ models/lib/nn.yaml:84:18
%2657 = matmul %2654, %61 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2658 = reshape %1626 : f32[14,16] @ models/lib/nn.yaml:83:15
%2659 = reshape %2654 : f32[14,64] @ models/lib/nn.yaml:83:15
%2660 = matmul %2659, %2658 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2661 = reduce_sum %2657 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2662 = reshape %2661 : f32[16] @ models/lib/nn.yaml:96:46
%2663 = mul %2657, %1623 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2664 = mul %2657, %1622 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2665 = reduce_sum %2664 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2666 = reshape %2665 : f32[16] @ models/lib/nn.yaml:96:37
%2667 = mul %2663, %1621 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2668 = mul %2663, %1615 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2669 = reduce_sum %2668 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2670 = mul %1620, %1620 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2671 = mul %1620, %2670 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2672 = broadcast %2290 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2673 = mul %2671, %2672 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2674 = mul %2669, %2673 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2675 = div %2674, %815 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2676 = broadcast %2675 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2677 = mul %2676, %1615 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2678 = add %2667, %2677 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2679 = add %2678, %2677 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2680 = add %2632, %2679 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2681 = neg %2679 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2682 = reduce_sum %2681 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2683 = div %2682, %815 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2684 = broadcast %2683 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2685 = add %2680, %2684 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2686 = reduce_sum %2685 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2687 = reshape %2686 : f32[16] @ models/lib/nn.yaml:84:18
%2688 = matmul %2685, %57 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2689 = reshape %1606 : f32[14,16] @ models/lib/nn.yaml:83:15
%2690 = reshape %2685 : f32[14,16] @ models/lib/nn.yaml:83:15
%2691 = matmul %2690, %2689 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2692 = reshape %2688 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2693 = permute %2692 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2694 = permute %1548 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2695 = slice %2693 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2696 = broadcast %2695 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2697 = slice %2694 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2698 = mul %2696, %2697 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2699 = slice %2693 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2700 = broadcast %2699 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2701 = slice %2694 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2702 = mul %2700, %2701 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2703 = add %2698, %2702 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2704 = slice %2693 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2705 = broadcast %2704 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2706 = slice %2694 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2707 = mul %2705, %2706 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2708 = add %2703, %2707 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2709 = slice %2693 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2710 = broadcast %2709 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2711 = slice %2694 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2712 = mul %2710, %2711 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2713 = add %2708, %2712 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2714 = slice %2693 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2715 = broadcast %2714 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2716 = slice %2694 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2717 = mul %2715, %2716 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2718 = add %2713, %2717 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2719 = slice %2693 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2720 = broadcast %2719 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2721 = slice %2694 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2722 = mul %2720, %2721 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2723 = add %2718, %2722 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2724 = slice %2693 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2725 = broadcast %2724 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2726 = slice %2694 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2727 = mul %2725, %2726 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2728 = add %2723, %2727 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2729 = slice %2693 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2730 = broadcast %2729 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2731 = slice %2694 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2732 = mul %2730, %2731 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2733 = add %2728, %2732 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2734 = permute %1599 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2735 = broadcast %2734 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2736 = broadcast %2693 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2737 = mul %2735, %2736 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2738 = div %2733, %1597 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2739 = mul %2738, %1599 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2740 = neg %2739 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2741 = reduce_sum %2740 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2742 = broadcast %2741 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2743 = add %2738, %2742 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2744 = exp %1594 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2745 = mul %2743, %2744 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2746 = mul %2745, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2747 = reshape %2746 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2748 = broadcast %2747 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2749 = reshape %1543 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2750 = broadcast %2749 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2751 = mul %2748, %2750 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2752 = reduce_sum %2751 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2753 = permute %2746 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2754 = broadcast %2753 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2755 = broadcast %1538 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2756 = mul %2754, %2755 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2757 = permute %2737 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2758 = reshape %2757 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2759 = reshape %2758 : f32[238,16] @ models/lib/nn.yaml:84:18
%2760 = matmul %2603, %2759 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2761 = reshape %2760 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2762 = reshape %2761 : f32[16] @ models/lib/nn.yaml:84:18
%2763 = matmul %2758, %55 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2764 = reshape %1532 : f32[238,16] @ models/lib/nn.yaml:83:15
%2765 = reshape %2757 : f32[238,16] @ models/lib/nn.yaml:83:15
%2766 = matmul %2765, %2764 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2767 = permute %2756 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2768 = reshape %2767 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2769 = reshape %2768 : f32[238,16] @ models/lib/nn.yaml:84:18
%2770 = matmul %2603, %2769 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2771 = reshape %2770 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2772 = reshape %2771 : f32[16] @ models/lib/nn.yaml:84:18
%2773 = matmul %2768, %53 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2774 = add %2763, %2773 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2775 = reshape %2767 : f32[238,16] @ models/lib/nn.yaml:83:15
%2776 = matmul %2775, %2764 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2777 = permute %2752 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2778 = reshape %2777 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2779 = reduce_sum %2778 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2780 = reshape %2779 : f32[16] @ models/lib/nn.yaml:84:18
%2781 = matmul %2778, %51 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2782 = reshape %1533 : f32[14,16] @ models/lib/nn.yaml:83:15
%2783 = reshape %2777 : f32[14,16] @ models/lib/nn.yaml:83:15
%2784 = matmul %2783, %2782 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2785 = pad %2781 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2786 = add %2774, %2785 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2787 = reshape %2786 : f32[238,16] @ models/lib/nn.yaml:96:46
%2788 = matmul %2603, %2787 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2789 = reshape %2788 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2790 = reshape %2789 : f32[16] @ models/lib/nn.yaml:96:46
%2791 = mul %2786, %1529 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2792 = mul %2786, %1528 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2793 = reshape %2792 : f32[238,16] @ models/lib/nn.yaml:96:37
%2794 = matmul %2603, %2793 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2795 = reshape %2794 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2796 = reshape %2795 : f32[16] @ models/lib/nn.yaml:96:37
%2797 = mul %2791, %1527 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2798 = mul %2791, %1521 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2799 = reduce_sum %2798 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2800 = mul %1526, %1526 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2801 = mul %1526, %2800 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2802 = mul %2801, %2619 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2803 = mul %2799, %2802 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2804 = div %2803, %718 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2805 = broadcast %2804 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2806 = mul %2805, %1521 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2807 = add %2797, %2806 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2808 = add %2807, %2806 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2809 = neg %2808 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2810 = reduce_sum %2809 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2811 = div %2810, %718 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2812 = broadcast %2811 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2813 = add %2808, %2812 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2814 = slice %2813 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2815 = add %2685, %2814 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2816 = slice %2813 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2817 = add %2633, %2816 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2818 = reduce_sum %2815 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2819 = reshape %2818 : f32[16] @ models/lib/nn.yaml:84:18
%2820 = matmul %2815, %47 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2821 = reshape %1512 : f32[14,64] @ models/lib/nn.yaml:83:15
%2822 = reshape %2815 : f32[14,16] @ models/lib/nn.yaml:83:15
%2823 = matmul %2822, %2821 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2824 = add %839, %1509 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%2825 = mul %2820, %2824 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2826 = mul %834, %1507 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2827 = mul %2820, %2826 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2828 = mul %1507, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2829 = mul %2828, %2828 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2830 = neg %2829 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2831 = exp %2830 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2832 = mul %2831, %2649 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2833 = mul %2827, %2832 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2834 = mul %2833, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2835 = mul %2825, %834 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2836 = add %2834, %2835 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2837 = reduce_sum %2836 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2838 = reshape %2837 : f32[64] @ models/lib/nn.yaml:84:18
%2839 = matmul %2836, %45 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2840 = reshape %1504 : f32[14,16] @ models/lib/nn.yaml:83:15
%2841 = reshape %2836 : f32[14,64] @ models/lib/nn.yaml:83:15
%2842 = matmul %2841, %2840 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2843 = reduce_sum %2839 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2844 = reshape %2843 : f32[16] @ models/lib/nn.yaml:96:46
%2845 = mul %2839, %1501 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2846 = mul %2839, %1500 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2847 = reduce_sum %2846 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2848 = reshape %2847 : f32[16] @ models/lib/nn.yaml:96:37
%2849 = mul %2845, %1499 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2850 = mul %2845, %1493 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2851 = reduce_sum %2850 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2852 = mul %1498, %1498 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2853 = mul %1498, %2852 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2854 = mul %2853, %2672 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2855 = mul %2851, %2854 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2856 = div %2855, %815 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2857 = broadcast %2856 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2858 = mul %2857, %1493 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2859 = add %2849, %2858 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2860 = add %2859, %2858 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2861 = add %2815, %2860 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2862 = neg %2860 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2863 = reduce_sum %2862 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2864 = div %2863, %815 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2865 = broadcast %2864 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2866 = add %2861, %2865 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2867 = reduce_sum %2866 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2868 = reshape %2867 : f32[16] @ models/lib/nn.yaml:84:18
%2869 = matmul %2866, %41 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2870 = reshape %1484 : f32[14,16] @ models/lib/nn.yaml:83:15
%2871 = reshape %2866 : f32[14,16] @ models/lib/nn.yaml:83:15
%2872 = matmul %2871, %2870 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2873 = reshape %2869 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2874 = permute %2873 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2875 = permute %1426 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2876 = slice %2874 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2877 = broadcast %2876 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2878 = slice %2875 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2879 = mul %2877, %2878 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2880 = slice %2874 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2881 = broadcast %2880 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2882 = slice %2875 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2883 = mul %2881, %2882 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2884 = add %2879, %2883 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2885 = slice %2874 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2886 = broadcast %2885 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2887 = slice %2875 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2888 = mul %2886, %2887 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2889 = add %2884, %2888 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2890 = slice %2874 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2891 = broadcast %2890 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2892 = slice %2875 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2893 = mul %2891, %2892 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2894 = add %2889, %2893 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2895 = slice %2874 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2896 = broadcast %2895 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2897 = slice %2875 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2898 = mul %2896, %2897 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2899 = add %2894, %2898 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2900 = slice %2874 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2901 = broadcast %2900 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2902 = slice %2875 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2903 = mul %2901, %2902 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2904 = add %2899, %2903 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2905 = slice %2874 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2906 = broadcast %2905 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2907 = slice %2875 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2908 = mul %2906, %2907 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2909 = add %2904, %2908 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2910 = slice %2874 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2911 = broadcast %2910 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2912 = slice %2875 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2913 = mul %2911, %2912 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2914 = add %2909, %2913 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2915 = permute %1477 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2916 = broadcast %2915 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2917 = broadcast %2874 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2918 = mul %2916, %2917 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2919 = div %2914, %1475 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2920 = mul %2919, %1477 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2921 = neg %2920 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2922 = reduce_sum %2921 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2923 = broadcast %2922 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2924 = add %2919, %2923 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2925 = exp %1472 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2926 = mul %2924, %2925 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2927 = mul %2926, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2928 = reshape %2927 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2929 = broadcast %2928 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2930 = reshape %1421 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2931 = broadcast %2930 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2932 = mul %2929, %2931 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2933 = reduce_sum %2932 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2934 = permute %2927 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2935 = broadcast %2934 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2936 = broadcast %1416 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2937 = mul %2935, %2936 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2938 = permute %2918 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2939 = reshape %2938 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2940 = reshape %2939 : f32[238,16] @ models/lib/nn.yaml:84:18
%2941 = matmul %2603, %2940 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2942 = reshape %2941 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2943 = reshape %2942 : f32[16] @ models/lib/nn.yaml:84:18
%2944 = matmul %2939, %39 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2945 = reshape %1410 : f32[238,16] @ models/lib/nn.yaml:83:15
%2946 = reshape %2938 : f32[238,16] @ models/lib/nn.yaml:83:15
%2947 = matmul %2946, %2945 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2948 = permute %2937 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2949 = reshape %2948 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2950 = reshape %2949 : f32[238,16] @ models/lib/nn.yaml:84:18
%2951 = matmul %2603, %2950 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2952 = reshape %2951 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2953 = reshape %2952 : f32[16] @ models/lib/nn.yaml:84:18
%2954 = matmul %2949, %37 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2955 = add %2944, %2954 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2956 = reshape %2948 : f32[238,16] @ models/lib/nn.yaml:83:15
%2957 = matmul %2956, %2945 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2958 = permute %2933 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2959 = reshape %2958 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2960 = reduce_sum %2959 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2961 = reshape %2960 : f32[16] @ models/lib/nn.yaml:84:18
%2962 = matmul %2959, %35 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2963 = reshape %1411 : f32[14,16] @ models/lib/nn.yaml:83:15
%2964 = reshape %2958 : f32[14,16] @ models/lib/nn.yaml:83:15
%2965 = matmul %2964, %2963 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2966 = pad %2962 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2967 = add %2955, %2966 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2968 = reshape %2967 : f32[238,16] @ models/lib/nn.yaml:96:46
%2969 = matmul %2603, %2968 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2970 = reshape %2969 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2971 = reshape %2970 : f32[16] @ models/lib/nn.yaml:96:46
%2972 = mul %2967, %1407 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2973 = mul %2967, %1406 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2974 = reshape %2973 : f32[238,16] @ models/lib/nn.yaml:96:37
%2975 = matmul %2603, %2974 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2976 = reshape %2975 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2977 = reshape %2976 : f32[16] @ models/lib/nn.yaml:96:37
%2978 = mul %2972, %1405 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2979 = mul %2972, %1399 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2980 = reduce_sum %2979 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2981 = mul %1404, %1404 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2982 = mul %1404, %2981 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2983 = mul %2982, %2619 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2984 = mul %2980, %2983 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2985 = div %2984, %718 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2986 = broadcast %2985 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2987 = mul %2986, %1399 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2988 = add %2978, %2987 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2989 = add %2988, %2987 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2990 = neg %2989 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2991 = reduce_sum %2990 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2992 = div %2991, %718 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2993 = broadcast %2992 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2994 = add %2989, %2993 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2995 = slice %2994 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2996 = add %2866, %2995 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2997 = slice %2994 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2998 = add %2817, %2997 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2999 = reduce_sum %2996 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3000 = mul %2998, %1391 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%3001 = div %3000, %1349 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%3002 = reshape %3001 : f32[224,16] @ models/lib/nn.yaml:84:18
%3003 = matmul %2315, %3002 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3004 = reshape %3003 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3005 = reshape %3004 : f32[16] @ models/lib/nn.yaml:84:18
%3006 = matmul %3001, %30 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%3007 = reshape %1382 : f32[224,64] @ models/lib/nn.yaml:83:15
%3008 = reshape %3001 : f32[224,16] @ models/lib/nn.yaml:83:15
%3009 = matmul %3008, %3007 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3010 = add %311, %1379 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%3011 = mul %3006, %3010 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3012 = mul %304, %1377 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3013 = mul %3006, %3012 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3014 = mul %1377, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3015 = mul %3014, %3014 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3016 = neg %3015 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3017 = exp %3016 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3018 = broadcast %2648 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3019 = mul %3017, %3018 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3020 = mul %3013, %3019 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3021 = mul %3020, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3022 = mul %3011, %304 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3023 = add %3021, %3022 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3024 = reshape %3023 : f32[224,64] @ models/lib/nn.yaml:84:18
%3025 = matmul %2315, %3024 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3026 = reshape %3025 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3027 = reshape %3026 : f32[64] @ models/lib/nn.yaml:84:18
%3028 = matmul %3023, %28 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3029 = reshape %1374 : f32[224,16] @ models/lib/nn.yaml:83:15
%3030 = reshape %3023 : f32[224,64] @ models/lib/nn.yaml:83:15
%3031 = matmul %3030, %3029 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3032 = reshape %3028 : f32[224,16] @ models/lib/nn.yaml:96:46
%3033 = matmul %2315, %3032 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3034 = reshape %3033 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3035 = reshape %3034 : f32[16] @ models/lib/nn.yaml:96:46
%3036 = mul %3028, %1371 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3037 = mul %3028, %1370 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3038 = reshape %3037 : f32[224,16] @ models/lib/nn.yaml:96:37
%3039 = matmul %2315, %3038 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3040 = reshape %3039 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3041 = reshape %3040 : f32[16] @ models/lib/nn.yaml:96:37
%3042 = mul %3036, %1369 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3043 = mul %3036, %1363 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3044 = reduce_sum %3043 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3045 = mul %1368, %1368 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3046 = mul %1368, %3045 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3047 = broadcast %2290 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3048 = mul %3046, %3047 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3049 = mul %3044, %3048 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3050 = div %3049, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3051 = broadcast %3050 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3052 = mul %3051, %1363 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3053 = add %3042, %3052 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3054 = add %3053, %3052 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3055 = add %2998, %3054 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3056 = neg %3054 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3057 = reduce_sum %3056 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3058 = div %3057, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3059 = broadcast %3058 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3060 = add %3055, %3059 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3061 = mul %3060, %1357 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%3062 = div %3061, %1349 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%3063 = reshape %3062 : f32[224,16] @ models/lib/nn.yaml:84:18
%3064 = matmul %2315, %3063 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3065 = reshape %3064 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3066 = reshape %3065 : f32[16] @ models/lib/nn.yaml:84:18
%3067 = matmul %3062, %24 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3068 = reshape %1343 : f32[224,16] @ models/lib/nn.yaml:83:15
%3069 = reshape %3062 : f32[224,16] @ models/lib/nn.yaml:83:15
%3070 = matmul %3069, %3068 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3071 = reshape %3067 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3072 = permute %3071 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3073 = permute %1277 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3074 = slice %3072 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3075 = broadcast %3074 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3076 = slice %3073 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3077 = broadcast %3076 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3078 = mul %3075, %3077 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3079 = slice %3072 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3080 = broadcast %3079 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3081 = slice %3073 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3082 = broadcast %3081 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3083 = mul %3080, %3082 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3084 = add %3078, %3083 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3085 = slice %3072 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3086 = broadcast %3085 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3087 = slice %3073 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3088 = broadcast %3087 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3089 = mul %3086, %3088 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3090 = add %3084, %3089 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3091 = slice %3072 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3092 = broadcast %3091 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3093 = slice %3073 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3094 = broadcast %3093 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3095 = mul %3092, %3094 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3096 = add %3090, %3095 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3097 = slice %3072 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3098 = broadcast %3097 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3099 = slice %3073 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3100 = broadcast %3099 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3101 = mul %3098, %3100 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3102 = add %3096, %3101 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3103 = slice %3072 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3104 = broadcast %3103 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3105 = slice %3073 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3106 = broadcast %3105 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3107 = mul %3104, %3106 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3108 = add %3102, %3107 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3109 = slice %3072 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3110 = broadcast %3109 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3111 = slice %3073 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3112 = broadcast %3111 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3113 = mul %3110, %3112 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3114 = add %3108, %3113 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3115 = slice %3072 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3116 = broadcast %3115 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3117 = slice %3073 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3118 = broadcast %3117 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3119 = mul %3116, %3118 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3120 = add %3114, %3119 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3121 = permute %1336 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3122 = reshape %3121 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3123 = broadcast %3122 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3124 = reshape %3072 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3125 = broadcast %3124 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3126 = mul %3123, %3125 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3127 = reduce_sum %3126 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3128 = div %3120, %1334 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3129 = mul %3128, %1336 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3130 = neg %3129 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3131 = reduce_sum %3130 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3132 = broadcast %3131 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3133 = add %3128, %3132 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3134 = exp %1331 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3135 = mul %3133, %3134 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3136 = mul %3135, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3137 = reshape %3136 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3138 = broadcast %3137 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3139 = reshape %1275 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3140 = broadcast %3139 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3141 = mul %3138, %3140 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3142 = reduce_sum %3141 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3143 = permute %3136 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3144 = reshape %3143 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3145 = broadcast %3144 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3146 = reshape %1273 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3147 = broadcast %3146 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3148 = mul %3145, %3147 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3149 = reduce_sum %3148 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3150 = reshape %3127 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3151 = reshape %3149 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3152 = reshape %3142 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3153 = concat %3152, %3151, %3150 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3154 = permute %3153 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3155 = reshape %3154 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3156 = reshape %3155 : f32[224,48] @ models/lib/nn.yaml:84:18
%3157 = matmul %2315, %3156 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%3158 = reshape %3157 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3159 = reshape %3158 : f32[48] @ models/lib/nn.yaml:84:18
%3160 = matmul %3155, %22 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3161 = reshape %1266 : f32[224,16] @ models/lib/nn.yaml:83:15
%3162 = reshape %3154 : f32[224,48] @ models/lib/nn.yaml:83:15
%3163 = matmul %3162, %3161 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3164 = reshape %3160 : f32[224,16] @ models/lib/nn.yaml:96:46
%3165 = matmul %2315, %3164 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3166 = reshape %3165 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3167 = reshape %3166 : f32[16] @ models/lib/nn.yaml:96:46
%3168 = mul %3160, %1263 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3169 = mul %3160, %1262 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3170 = reshape %3169 : f32[224,16] @ models/lib/nn.yaml:96:37
%3171 = matmul %2315, %3170 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3172 = reshape %3171 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3173 = reshape %3172 : f32[16] @ models/lib/nn.yaml:96:37
%3174 = mul %3168, %1261 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3175 = mul %3168, %1255 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3176 = reduce_sum %3175 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3177 = mul %1260, %1260 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3178 = mul %1260, %3177 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3179 = mul %3178, %3047 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3180 = mul %3176, %3179 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3181 = div %3180, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3182 = broadcast %3181 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3183 = mul %3182, %1255 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3184 = add %3174, %3183 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3185 = add %3184, %3183 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3186 = add %3060, %3185 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3187 = neg %3185 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3188 = reduce_sum %3187 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3189 = div %3188, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3190 = broadcast %3189 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3191 = add %3186, %3190 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3192 = reshape %3191 : f32[224,16] @ models/lib/nn.yaml:84:18
%3193 = matmul %2315, %3192 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3194 = reshape %3193 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3195 = reshape %3194 : f32[16] @ models/lib/nn.yaml:84:18
%3196 = matmul %3191, %18 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%3197 = reshape %1247 : f32[224,64] @ models/lib/nn.yaml:83:15
%3198 = reshape %3191 : f32[224,16] @ models/lib/nn.yaml:83:15
%3199 = matmul %3198, %3197 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3200 = add %311, %1244 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%3201 = mul %3196, %3200 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3202 = mul %304, %1242 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3203 = mul %3196, %3202 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3204 = mul %1242, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3205 = mul %3204, %3204 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3206 = neg %3205 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3207 = exp %3206 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3208 = mul %3207, %3018 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3209 = mul %3203, %3208 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3210 = mul %3209, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3211 = mul %3201, %304 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3212 = add %3210, %3211 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3213 = reshape %3212 : f32[224,64] @ models/lib/nn.yaml:84:18
%3214 = matmul %2315, %3213 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3215 = reshape %3214 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3216 = reshape %3215 : f32[64] @ models/lib/nn.yaml:84:18
%3217 = matmul %3212, %16 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3218 = reshape %1239 : f32[224,16] @ models/lib/nn.yaml:83:15
%3219 = reshape %3212 : f32[224,64] @ models/lib/nn.yaml:83:15
%3220 = matmul %3219, %3218 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3221 = reshape %3217 : f32[224,16] @ models/lib/nn.yaml:96:46
%3222 = matmul %2315, %3221 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3223 = reshape %3222 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3224 = reshape %3223 : f32[16] @ models/lib/nn.yaml:96:46
%3225 = mul %3217, %1236 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3226 = mul %3217, %1235 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3227 = reshape %3226 : f32[224,16] @ models/lib/nn.yaml:96:37
%3228 = matmul %2315, %3227 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3229 = reshape %3228 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3230 = reshape %3229 : f32[16] @ models/lib/nn.yaml:96:37
%3231 = mul %3225, %1234 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3232 = mul %3225, %1228 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3233 = reduce_sum %3232 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3234 = mul %1233, %1233 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3235 = mul %1233, %3234 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3236 = mul %3235, %3047 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3237 = mul %3233, %3236 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3238 = div %3237, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3239 = broadcast %3238 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3240 = mul %3239, %1228 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3241 = add %3231, %3240 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3242 = add %3241, %3240 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3243 = add %3191, %3242 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3244 = neg %3242 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3245 = reduce_sum %3244 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3246 = div %3245, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3247 = broadcast %3246 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3248 = add %3243, %3247 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3249 = reshape %3248 : f32[224,16] @ models/lib/nn.yaml:84:18
%3250 = matmul %2315, %3249 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3251 = reshape %3250 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3252 = reshape %3251 : f32[16] @ models/lib/nn.yaml:84:18
%3253 = matmul %3248, %12 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3254 = reshape %1219 : f32[224,16] @ models/lib/nn.yaml:83:15
%3255 = reshape %3248 : f32[224,16] @ models/lib/nn.yaml:83:15
%3256 = matmul %3255, %3254 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3257 = reshape %3253 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3258 = permute %3257 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3259 = permute %1153 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3260 = slice %3258 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3261 = broadcast %3260 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3262 = slice %3259 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3263 = broadcast %3262 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3264 = mul %3261, %3263 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3265 = slice %3258 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3266 = broadcast %3265 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3267 = slice %3259 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3268 = broadcast %3267 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3269 = mul %3266, %3268 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3270 = add %3264, %3269 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3271 = slice %3258 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3272 = broadcast %3271 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3273 = slice %3259 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3274 = broadcast %3273 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3275 = mul %3272, %3274 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3276 = add %3270, %3275 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3277 = slice %3258 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3278 = broadcast %3277 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3279 = slice %3259 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3280 = broadcast %3279 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3281 = mul %3278, %3280 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3282 = add %3276, %3281 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3283 = slice %3258 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3284 = broadcast %3283 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3285 = slice %3259 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3286 = broadcast %3285 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3287 = mul %3284, %3286 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3288 = add %3282, %3287 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3289 = slice %3258 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3290 = broadcast %3289 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3291 = slice %3259 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3292 = broadcast %3291 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3293 = mul %3290, %3292 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3294 = add %3288, %3293 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3295 = slice %3258 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3296 = broadcast %3295 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3297 = slice %3259 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3298 = broadcast %3297 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3299 = mul %3296, %3298 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3300 = add %3294, %3299 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3301 = slice %3258 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3302 = broadcast %3301 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3303 = slice %3259 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3304 = broadcast %3303 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3305 = mul %3302, %3304 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3306 = add %3300, %3305 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3307 = permute %1212 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3308 = reshape %3307 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3309 = broadcast %3308 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3310 = reshape %3258 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3311 = broadcast %3310 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3312 = mul %3309, %3311 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3313 = reduce_sum %3312 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3314 = div %3306, %1210 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3315 = mul %3314, %1212 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3316 = neg %3315 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3317 = reduce_sum %3316 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3318 = broadcast %3317 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3319 = add %3314, %3318 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3320 = exp %1207 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3321 = mul %3319, %3320 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3322 = mul %3321, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3323 = reshape %3322 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3324 = broadcast %3323 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3325 = reshape %1151 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3326 = broadcast %3325 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3327 = mul %3324, %3326 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3328 = reduce_sum %3327 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3329 = permute %3322 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3330 = reshape %3329 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3331 = broadcast %3330 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3332 = reshape %1149 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3333 = broadcast %3332 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3334 = mul %3331, %3333 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3335 = reduce_sum %3334 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3336 = reshape %3313 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3337 = reshape %3335 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3338 = reshape %3328 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3339 = concat %3338, %3337, %3336 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3340 = permute %3339 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3341 = reshape %3340 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3342 = reshape %3341 : f32[224,48] @ models/lib/nn.yaml:84:18
%3343 = matmul %2315, %3342 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%3344 = reshape %3343 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3345 = reshape %3344 : f32[48] @ models/lib/nn.yaml:84:18
%3346 = matmul %3341, %10 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3347 = reshape %1142 : f32[224,16] @ models/lib/nn.yaml:83:15
%3348 = reshape %3340 : f32[224,48] @ models/lib/nn.yaml:83:15
%3349 = matmul %3348, %3347 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3350 = reshape %3346 : f32[224,16] @ models/lib/nn.yaml:96:46
%3351 = matmul %2315, %3350 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3352 = reshape %3351 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3353 = reshape %3352 : f32[16] @ models/lib/nn.yaml:96:46
%3354 = mul %3346, %1139 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3355 = mul %3346, %1138 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3356 = reshape %3355 : f32[224,16] @ models/lib/nn.yaml:96:37
%3357 = matmul %2315, %3356 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3358 = reshape %3357 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3359 = reshape %3358 : f32[16] @ models/lib/nn.yaml:96:37
%3360 = mul %3354, %1137 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3361 = mul %3354, %1131 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3362 = reduce_sum %3361 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3363 = mul %1136, %1136 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3364 = mul %1136, %3363 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3365 = mul %3364, %3047 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3366 = mul %3362, %3365 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3367 = div %3366, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3368 = broadcast %3367 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3369 = mul %3368, %1131 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3370 = add %3360, %3369 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3371 = add %3370, %3369 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3372 = add %3248, %3371 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3373 = neg %3371 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3374 = reduce_sum %3373 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3375 = div %3374, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3376 = broadcast %3375 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3377 = add %3372, %3376 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3378 = reduce_sum %3377 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%3379 = reshape %3377 : f32[224,16] @ models/lib/vit.yaml:17:71
%3380 = matmul %2315, %3379 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%3381 = reshape %3380 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%3382 = reshape %3381 : f32[16] @ models/lib/vit.yaml:17:71
%3383 = reshape %174 : f32[224,48] @ models/lib/vit.yaml:17:18
%3384 = reshape %3377 : f32[224,16] @ models/lib/vit.yaml:17:18
%3385 = matmul %3384, %3383 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%3386 = reshape %3385 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%3387 = all_reduce_sum %3378 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3388 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3389 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3390 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%3391 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%3392 = add %3390, %3391 : i64[] @ models/lib/vit.yaml:48:7
%3393 = mul %2074, %2075 : f64[] @ models/lib/vit.yaml:48:7
%3394 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3395 = sub %3394, %3393 : f64[] @ models/lib/vit.yaml:48:7
%3396 = cast %3395 : f32[] @ models/lib/vit.yaml:48:7
%3397 = broadcast %3396 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3398 = mul %5, %3397 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3399 = broadcast %2077 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3400 = mul %3387, %3399 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3401 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3402 = broadcast %1348 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3403 = mul %3388, %3402 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3404 = add %3403, %3400 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3405 = mul %3387, %3387 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3406 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%3407 = broadcast %3406 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3408 = mul %3405, %3407 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3409 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3410 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%3411 = broadcast %3410 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3412 = mul %3389, %3411 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3413 = add %3412, %3408 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3414 = cast %3392 : f64[] @ models/lib/vit.yaml:48:7
%3415 = pow %3401, %3414 : f64[] @ models/lib/vit.yaml:48:7
%3416 = sub %3394, %3415 : f64[] @ models/lib/vit.yaml:48:7
%3417 = div %2074, %3416 : f64[] @ models/lib/vit.yaml:48:7
%3418 = pow %3409, %3414 : f64[] @ models/lib/vit.yaml:48:7
%3419 = sub %3394, %3418 : f64[] @ models/lib/vit.yaml:48:7
%3420 = sqrt %3419 : f64[] @ models/lib/vit.yaml:48:7
%3421 = div %3394, %3420 : f64[] @ models/lib/vit.yaml:48:7
%3422 = sqrt %3413 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3423 = cast %3421 : f32[] @ models/lib/vit.yaml:48:7
%3424 = broadcast %3423 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3425 = mul %3422, %3424 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3426 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%3427 = broadcast %3426 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3428 = add %3425, %3427 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3429 = div %3404, %3428 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3430 = cast %3417 : f32[] @ models/lib/vit.yaml:48:7
%3431 = broadcast %3430 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3432 = mul %3429, %3431 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3433 = sub %3398, %3432 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3434 = assign %5, %3433 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3435 = assign %3388, %3404 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3436 = assign %3389, %3413 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3437 = assign %3390, %3392 : i64[] @ models/lib/vit.yaml:48:7
%3438 = cast %2076 : f32[] @ models/lib/vit.yaml:48:7
%3439 = broadcast %3438 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3440 = mul %89, %3439 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3441 = sub %3394, %2076 : f64[] @ models/lib/vit.yaml:48:7
%3442 = cast %3441 : f32[] @ models/lib/vit.yaml:48:7
%3443 = broadcast %3442 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3444 = mul %3433, %3443 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3445 = add %3440, %3444 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3446 = assign %89, %3445 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3447 = all_reduce_sum %3386 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3448 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3449 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3450 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%3451 = add %3450, %3391 : i64[] @ models/lib/vit.yaml:9:7
%3452 = broadcast %3396 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3453 = mul %6, %3452 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3454 = broadcast %2077 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3455 = mul %3447, %3454 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3456 = broadcast %1348 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3457 = mul %3448, %3456 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3458 = add %3457, %3455 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3459 = mul %3447, %3447 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3460 = broadcast %3406 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3461 = mul %3459, %3460 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3462 = broadcast %3410 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3463 = mul %3449, %3462 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3464 = add %3463, %3461 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3465 = cast %3451 : f64[] @ models/lib/vit.yaml:9:7
%3466 = pow %3401, %3465 : f64[] @ models/lib/vit.yaml:9:7
%3467 = sub %3394, %3466 : f64[] @ models/lib/vit.yaml:9:7
%3468 = div %2074, %3467 : f64[] @ models/lib/vit.yaml:9:7
%3469 = pow %3409, %3465 : f64[] @ models/lib/vit.yaml:9:7
%3470 = sub %3394, %3469 : f64[] @ models/lib/vit.yaml:9:7
%3471 = sqrt %3470 : f64[] @ models/lib/vit.yaml:9:7
%3472 = div %3394, %3471 : f64[] @ models/lib/vit.yaml:9:7
%3473 = sqrt %3464 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3474 = cast %3472 : f32[] @ models/lib/vit.yaml:9:7
%3475 = broadcast %3474 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3476 = mul %3473, %3475 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3477 = broadcast %3426 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3478 = add %3476, %3477 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3479 = div %3458, %3478 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3480 = cast %3468 : f32[] @ models/lib/vit.yaml:9:7
%3481 = broadcast %3480 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3482 = mul %3479, %3481 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3483 = sub %3453, %3482 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3484 = assign %6, %3483 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3485 = assign %3448, %3458 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3486 = assign %3449, %3464 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3487 = assign %3450, %3451 : i64[] @ models/lib/vit.yaml:9:7
%3488 = broadcast %3438 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3489 = mul %90, %3488 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3490 = broadcast %3442 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3491 = mul %3483, %3490 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3492 = add %3489, %3491 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3493 = assign %90, %3492 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3494 = all_reduce_sum %3382 : f32[16] @ models/lib/vit.yaml:10:7
%3495 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3496 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3497 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%3498 = add %3497, %3391 : i64[] @ models/lib/vit.yaml:10:7
%3499 = broadcast %2077 : f32[16] @ models/lib/vit.yaml:10:7
%3500 = mul %3494, %3499 : f32[16] @ models/lib/vit.yaml:10:7
%3501 = broadcast %1348 : f32[16] @ models/lib/vit.yaml:10:7
%3502 = mul %3495, %3501 : f32[16] @ models/lib/vit.yaml:10:7
%3503 = add %3502, %3500 : f32[16] @ models/lib/vit.yaml:10:7
%3504 = mul %3494, %3494 : f32[16] @ models/lib/vit.yaml:10:7
%3505 = broadcast %3406 : f32[16] @ models/lib/vit.yaml:10:7
%3506 = mul %3504, %3505 : f32[16] @ models/lib/vit.yaml:10:7
%3507 = broadcast %3410 : f32[16] @ models/lib/vit.yaml:10:7
%3508 = mul %3496, %3507 : f32[16] @ models/lib/vit.yaml:10:7
%3509 = add %3508, %3506 : f32[16] @ models/lib/vit.yaml:10:7
%3510 = cast %3498 : f64[] @ models/lib/vit.yaml:10:7
%3511 = pow %3401, %3510 : f64[] @ models/lib/vit.yaml:10:7
%3512 = sub %3394, %3511 : f64[] @ models/lib/vit.yaml:10:7
%3513 = div %2074, %3512 : f64[] @ models/lib/vit.yaml:10:7
%3514 = pow %3409, %3510 : f64[] @ models/lib/vit.yaml:10:7
%3515 = sub %3394, %3514 : f64[] @ models/lib/vit.yaml:10:7
%3516 = sqrt %3515 : f64[] @ models/lib/vit.yaml:10:7
%3517 = div %3394, %3516 : f64[] @ models/lib/vit.yaml:10:7
%3518 = sqrt %3509 : f32[16] @ models/lib/vit.yaml:10:7
%3519 = cast %3517 : f32[] @ models/lib/vit.yaml:10:7
%3520 = broadcast %3519 : f32[16] @ models/lib/vit.yaml:10:7
%3521 = mul %3518, %3520 : f32[16] @ models/lib/vit.yaml:10:7
%3522 = broadcast %3426 : f32[16] @ models/lib/vit.yaml:10:7
%3523 = add %3521, %3522 : f32[16] @ models/lib/vit.yaml:10:7
%3524 = div %3503, %3523 : f32[16] @ models/lib/vit.yaml:10:7
%3525 = cast %3513 : f32[] @ models/lib/vit.yaml:10:7
%3526 = broadcast %3525 : f32[16] @ models/lib/vit.yaml:10:7
%3527 = mul %3524, %3526 : f32[16] @ models/lib/vit.yaml:10:7
%3528 = sub %7, %3527 : f32[16] @ models/lib/vit.yaml:10:7
%3529 = assign %7, %3528 : f32[16] @ models/lib/vit.yaml:10:7
%3530 = assign %3495, %3503 : f32[16] @ models/lib/vit.yaml:10:7
%3531 = assign %3496, %3509 : f32[16] @ models/lib/vit.yaml:10:7
%3532 = assign %3497, %3498 : i64[] @ models/lib/vit.yaml:10:7
%3533 = broadcast %3438 : f32[16] @ models/lib/vit.yaml:10:7
%3534 = mul %91, %3533 : f32[16] @ models/lib/vit.yaml:10:7
%3535 = broadcast %3442 : f32[16] @ models/lib/vit.yaml:10:7
%3536 = mul %3528, %3535 : f32[16] @ models/lib/vit.yaml:10:7
%3537 = add %3534, %3536 : f32[16] @ models/lib/vit.yaml:10:7
%3538 = assign %91, %3537 : f32[16] @ models/lib/vit.yaml:10:7
%3539 = all_reduce_sum %3359 : f32[16] @ models/lib/nn.yaml:89:7
%3540 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3541 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3542 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3543 = add %3542, %3391 : i64[] @ models/lib/nn.yaml:89:7
%3544 = mul %3539, %3499 : f32[16] @ models/lib/nn.yaml:89:7
%3545 = mul %3540, %3501 : f32[16] @ models/lib/nn.yaml:89:7
%3546 = add %3545, %3544 : f32[16] @ models/lib/nn.yaml:89:7
%3547 = mul %3539, %3539 : f32[16] @ models/lib/nn.yaml:89:7
%3548 = mul %3547, %3505 : f32[16] @ models/lib/nn.yaml:89:7
%3549 = mul %3541, %3507 : f32[16] @ models/lib/nn.yaml:89:7
%3550 = add %3549, %3548 : f32[16] @ models/lib/nn.yaml:89:7
%3551 = cast %3543 : f64[] @ models/lib/nn.yaml:89:7
%3552 = pow %3401, %3551 : f64[] @ models/lib/nn.yaml:89:7
%3553 = sub %3394, %3552 : f64[] @ models/lib/nn.yaml:89:7
%3554 = div %2074, %3553 : f64[] @ models/lib/nn.yaml:89:7
%3555 = pow %3409, %3551 : f64[] @ models/lib/nn.yaml:89:7
%3556 = sub %3394, %3555 : f64[] @ models/lib/nn.yaml:89:7
%3557 = sqrt %3556 : f64[] @ models/lib/nn.yaml:89:7
%3558 = div %3394, %3557 : f64[] @ models/lib/nn.yaml:89:7
%3559 = sqrt %3550 : f32[16] @ models/lib/nn.yaml:89:7
%3560 = cast %3558 : f32[] @ models/lib/nn.yaml:89:7
%3561 = broadcast %3560 : f32[16] @ models/lib/nn.yaml:89:7
%3562 = mul %3559, %3561 : f32[16] @ models/lib/nn.yaml:89:7
%3563 = add %3562, %3522 : f32[16] @ models/lib/nn.yaml:89:7
%3564 = div %3546, %3563 : f32[16] @ models/lib/nn.yaml:89:7
%3565 = cast %3554 : f32[] @ models/lib/nn.yaml:89:7
%3566 = broadcast %3565 : f32[16] @ models/lib/nn.yaml:89:7
%3567 = mul %3564, %3566 : f32[16] @ models/lib/nn.yaml:89:7
%3568 = sub %8, %3567 : f32[16] @ models/lib/nn.yaml:89:7
%3569 = assign %8, %3568 : f32[16] @ models/lib/nn.yaml:89:7
%3570 = assign %3540, %3546 : f32[16] @ models/lib/nn.yaml:89:7
%3571 = assign %3541, %3550 : f32[16] @ models/lib/nn.yaml:89:7
%3572 = assign %3542, %3543 : i64[] @ models/lib/nn.yaml:89:7
%3573 = mul %92, %3533 : f32[16] @ models/lib/nn.yaml:89:7
%3574 = mul %3568, %3535 : f32[16] @ models/lib/nn.yaml:89:7
%3575 = add %3573, %3574 : f32[16] @ models/lib/nn.yaml:89:7
%3576 = assign %92, %3575 : f32[16] @ models/lib/nn.yaml:89:7
%3577 = all_reduce_sum %3353 : f32[16] @ models/lib/nn.yaml:90:7
%3578 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3579 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3580 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3581 = add %3580, %3391 : i64[] @ models/lib/nn.yaml:90:7
%3582 = mul %3577, %3499 : f32[16] @ models/lib/nn.yaml:90:7
%3583 = mul %3578, %3501 : f32[16] @ models/lib/nn.yaml:90:7
%3584 = add %3583, %3582 : f32[16] @ models/lib/nn.yaml:90:7
%3585 = mul %3577, %3577 : f32[16] @ models/lib/nn.yaml:90:7
%3586 = mul %3585, %3505 : f32[16] @ models/lib/nn.yaml:90:7
%3587 = mul %3579, %3507 : f32[16] @ models/lib/nn.yaml:90:7
%3588 = add %3587, %3586 : f32[16] @ models/lib/nn.yaml:90:7
%3589 = cast %3581 : f64[] @ models/lib/nn.yaml:90:7
%3590 = pow %3401, %3589 : f64[] @ models/lib/nn.yaml:90:7
%3591 = sub %3394, %3590 : f64[] @ models/lib/nn.yaml:90:7
%3592 = div %2074, %3591 : f64[] @ models/lib/nn.yaml:90:7
%3593 = pow %3409, %3589 : f64[] @ models/lib/nn.yaml:90:7
%3594 = sub %3394, %3593 : f64[] @ models/lib/nn.yaml:90:7
%3595 = sqrt %3594 : f64[] @ models/lib/nn.yaml:90:7
%3596 = div %3394, %3595 : f64[] @ models/lib/nn.yaml:90:7
%3597 = sqrt %3588 : f32[16] @ models/lib/nn.yaml:90:7
%3598 = cast %3596 : f32[] @ models/lib/nn.yaml:90:7
%3599 = broadcast %3598 : f32[16] @ models/lib/nn.yaml:90:7
%3600 = mul %3597, %3599 : f32[16] @ models/lib/nn.yaml:90:7
%3601 = add %3600, %3522 : f32[16] @ models/lib/nn.yaml:90:7
%3602 = div %3584, %3601 : f32[16] @ models/lib/nn.yaml:90:7
%3603 = cast %3592 : f32[] @ models/lib/nn.yaml:90:7
%3604 = broadcast %3603 : f32[16] @ models/lib/nn.yaml:90:7
%3605 = mul %3602, %3604 : f32[16] @ models/lib/nn.yaml:90:7
%3606 = sub %9, %3605 : f32[16] @ models/lib/nn.yaml:90:7
%3607 = assign %9, %3606 : f32[16] @ models/lib/nn.yaml:90:7
%3608 = assign %3578, %3584 : f32[16] @ models/lib/nn.yaml:90:7
%3609 = assign %3579, %3588 : f32[16] @ models/lib/nn.yaml:90:7
%3610 = assign %3580, %3581 : i64[] @ models/lib/nn.yaml:90:7
%3611 = mul %93, %3533 : f32[16] @ models/lib/nn.yaml:90:7
%3612 = mul %3606, %3535 : f32[16] @ models/lib/nn.yaml:90:7
%3613 = add %3611, %3612 : f32[16] @ models/lib/nn.yaml:90:7
%3614 = assign %93, %3613 : f32[16] @ models/lib/nn.yaml:90:7
%3615 = all_reduce_sum %3349 : f32[48,16] @ models/lib/nn.yaml:79:7
%3616 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3617 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3618 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3619 = add %3618, %3391 : i64[] @ models/lib/nn.yaml:79:7
%3620 = broadcast %3396 : f32[48,16] @ models/lib/nn.yaml:79:7
%3621 = mul %10, %3620 : f32[48,16] @ models/lib/nn.yaml:79:7
%3622 = broadcast %2077 : f32[48,16] @ models/lib/nn.yaml:79:7
%3623 = mul %3615, %3622 : f32[48,16] @ models/lib/nn.yaml:79:7
%3624 = broadcast %1348 : f32[48,16] @ models/lib/nn.yaml:79:7
%3625 = mul %3616, %3624 : f32[48,16] @ models/lib/nn.yaml:79:7
%3626 = add %3625, %3623 : f32[48,16] @ models/lib/nn.yaml:79:7
%3627 = mul %3615, %3615 : f32[48,16] @ models/lib/nn.yaml:79:7
%3628 = broadcast %3406 : f32[48,16] @ models/lib/nn.yaml:79:7
%3629 = mul %3627, %3628 : f32[48,16] @ models/lib/nn.yaml:79:7
%3630 = broadcast %3410 : f32[48,16] @ models/lib/nn.yaml:79:7
%3631 = mul %3617, %3630 : f32[48,16] @ models/lib/nn.yaml:79:7
%3632 = add %3631, %3629 : f32[48,16] @ models/lib/nn.yaml:79:7
%3633 = cast %3619 : f64[] @ models/lib/nn.yaml:79:7
%3634 = pow %3401, %3633 : f64[] @ models/lib/nn.yaml:79:7
%3635 = sub %3394, %3634 : f64[] @ models/lib/nn.yaml:79:7
%3636 = div %2074, %3635 : f64[] @ models/lib/nn.yaml:79:7
%3637 = pow %3409, %3633 : f64[] @ models/lib/nn.yaml:79:7
%3638 = sub %3394, %3637 : f64[] @ models/lib/nn.yaml:79:7
%3639 = sqrt %3638 : f64[] @ models/lib/nn.yaml:79:7
%3640 = div %3394, %3639 : f64[] @ models/lib/nn.yaml:79:7
%3641 = sqrt %3632 : f32[48,16] @ models/lib/nn.yaml:79:7
%3642 = cast %3640 : f32[] @ models/lib/nn.yaml:79:7
%3643 = broadcast %3642 : f32[48,16] @ models/lib/nn.yaml:79:7
%3644 = mul %3641, %3643 : f32[48,16] @ models/lib/nn.yaml:79:7
%3645 = broadcast %3426 : f32[48,16] @ models/lib/nn.yaml:79:7
%3646 = add %3644, %3645 : f32[48,16] @ models/lib/nn.yaml:79:7
%3647 = div %3626, %3646 : f32[48,16] @ models/lib/nn.yaml:79:7
%3648 = cast %3636 : f32[] @ models/lib/nn.yaml:79:7
%3649 = broadcast %3648 : f32[48,16] @ models/lib/nn.yaml:79:7
%3650 = mul %3647, %3649 : f32[48,16] @ models/lib/nn.yaml:79:7
%3651 = sub %3621, %3650 : f32[48,16] @ models/lib/nn.yaml:79:7
%3652 = assign %10, %3651 : f32[48,16] @ models/lib/nn.yaml:79:7
%3653 = assign %3616, %3626 : f32[48,16] @ models/lib/nn.yaml:79:7
%3654 = assign %3617, %3632 : f32[48,16] @ models/lib/nn.yaml:79:7
%3655 = assign %3618, %3619 : i64[] @ models/lib/nn.yaml:79:7
%3656 = broadcast %3438 : f32[48,16] @ models/lib/nn.yaml:79:7
%3657 = mul %94, %3656 : f32[48,16] @ models/lib/nn.yaml:79:7
%3658 = broadcast %3442 : f32[48,16] @ models/lib/nn.yaml:79:7
%3659 = mul %3651, %3658 : f32[48,16] @ models/lib/nn.yaml:79:7
%3660 = add %3657, %3659 : f32[48,16] @ models/lib/nn.yaml:79:7
%3661 = assign %94, %3660 : f32[48,16] @ models/lib/nn.yaml:79:7
%3662 = all_reduce_sum %3345 : f32[48] @ models/lib/nn.yaml:80:7
%3663 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3664 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3665 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3666 = add %3665, %3391 : i64[] @ models/lib/nn.yaml:80:7
%3667 = broadcast %2077 : f32[48] @ models/lib/nn.yaml:80:7
%3668 = mul %3662, %3667 : f32[48] @ models/lib/nn.yaml:80:7
%3669 = broadcast %1348 : f32[48] @ models/lib/nn.yaml:80:7
%3670 = mul %3663, %3669 : f32[48] @ models/lib/nn.yaml:80:7
%3671 = add %3670, %3668 : f32[48] @ models/lib/nn.yaml:80:7
%3672 = mul %3662, %3662 : f32[48] @ models/lib/nn.yaml:80:7
%3673 = broadcast %3406 : f32[48] @ models/lib/nn.yaml:80:7
%3674 = mul %3672, %3673 : f32[48] @ models/lib/nn.yaml:80:7
%3675 = broadcast %3410 : f32[48] @ models/lib/nn.yaml:80:7
%3676 = mul %3664, %3675 : f32[48] @ models/lib/nn.yaml:80:7
%3677 = add %3676, %3674 : f32[48] @ models/lib/nn.yaml:80:7
%3678 = cast %3666 : f64[] @ models/lib/nn.yaml:80:7
%3679 = pow %3401, %3678 : f64[] @ models/lib/nn.yaml:80:7
%3680 = sub %3394, %3679 : f64[] @ models/lib/nn.yaml:80:7
%3681 = div %2074, %3680 : f64[] @ models/lib/nn.yaml:80:7
%3682 = pow %3409, %3678 : f64[] @ models/lib/nn.yaml:80:7
%3683 = sub %3394, %3682 : f64[] @ models/lib/nn.yaml:80:7
%3684 = sqrt %3683 : f64[] @ models/lib/nn.yaml:80:7
%3685 = div %3394, %3684 : f64[] @ models/lib/nn.yaml:80:7
%3686 = sqrt %3677 : f32[48] @ models/lib/nn.yaml:80:7
%3687 = cast %3685 : f32[] @ models/lib/nn.yaml:80:7
%3688 = broadcast %3687 : f32[48] @ models/lib/nn.yaml:80:7
%3689 = mul %3686, %3688 : f32[48] @ models/lib/nn.yaml:80:7
%3690 = broadcast %3426 : f32[48] @ models/lib/nn.yaml:80:7
%3691 = add %3689, %3690 : f32[48] @ models/lib/nn.yaml:80:7
%3692 = div %3671, %3691 : f32[48] @ models/lib/nn.yaml:80:7
%3693 = cast %3681 : f32[] @ models/lib/nn.yaml:80:7
%3694 = broadcast %3693 : f32[48] @ models/lib/nn.yaml:80:7
%3695 = mul %3692, %3694 : f32[48] @ models/lib/nn.yaml:80:7
%3696 = sub %11, %3695 : f32[48] @ models/lib/nn.yaml:80:7
%3697 = assign %11, %3696 : f32[48] @ models/lib/nn.yaml:80:7
%3698 = assign %3663, %3671 : f32[48] @ models/lib/nn.yaml:80:7
%3699 = assign %3664, %3677 : f32[48] @ models/lib/nn.yaml:80:7
%3700 = assign %3665, %3666 : i64[] @ models/lib/nn.yaml:80:7
%3701 = broadcast %3438 : f32[48] @ models/lib/nn.yaml:80:7
%3702 = mul %95, %3701 : f32[48] @ models/lib/nn.yaml:80:7
%3703 = broadcast %3442 : f32[48] @ models/lib/nn.yaml:80:7
%3704 = mul %3696, %3703 : f32[48] @ models/lib/nn.yaml:80:7
%3705 = add %3702, %3704 : f32[48] @ models/lib/nn.yaml:80:7
%3706 = assign %95, %3705 : f32[48] @ models/lib/nn.yaml:80:7
%3707 = all_reduce_sum %3256 : f32[16,16] @ models/lib/nn.yaml:79:7
%3708 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3709 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3710 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3711 = add %3710, %3391 : i64[] @ models/lib/nn.yaml:79:7
%3712 = broadcast %3396 : f32[16,16] @ models/lib/nn.yaml:79:7
%3713 = mul %12, %3712 : f32[16,16] @ models/lib/nn.yaml:79:7
%3714 = broadcast %2077 : f32[16,16] @ models/lib/nn.yaml:79:7
%3715 = mul %3707, %3714 : f32[16,16] @ models/lib/nn.yaml:79:7
%3716 = broadcast %1348 : f32[16,16] @ models/lib/nn.yaml:79:7
%3717 = mul %3708, %3716 : f32[16,16] @ models/lib/nn.yaml:79:7
%3718 = add %3717, %3715 : f32[16,16] @ models/lib/nn.yaml:79:7
%3719 = mul %3707, %3707 : f32[16,16] @ models/lib/nn.yaml:79:7
%3720 = broadcast %3406 : f32[16,16] @ models/lib/nn.yaml:79:7
%3721 = mul %3719, %3720 : f32[16,16] @ models/lib/nn.yaml:79:7
%3722 = broadcast %3410 : f32[16,16] @ models/lib/nn.yaml:79:7
%3723 = mul %3709, %3722 : f32[16,16] @ models/lib/nn.yaml:79:7
%3724 = add %3723, %3721 : f32[16,16] @ models/lib/nn.yaml:79:7
%3725 = cast %3711 : f64[] @ models/lib/nn.yaml:79:7
%3726 = pow %3401, %3725 : f64[] @ models/lib/nn.yaml:79:7
%3727 = sub %3394, %3726 : f64[] @ models/lib/nn.yaml:79:7
%3728 = div %2074, %3727 : f64[] @ models/lib/nn.yaml:79:7
%3729 = pow %3409, %3725 : f64[] @ models/lib/nn.yaml:79:7
%3730 = sub %3394, %3729 : f64[] @ models/lib/nn.yaml:79:7
%3731 = sqrt %3730 : f64[] @ models/lib/nn.yaml:79:7
%3732 = div %3394, %3731 : f64[] @ models/lib/nn.yaml:79:7
%3733 = sqrt %3724 : f32[16,16] @ models/lib/nn.yaml:79:7
%3734 = cast %3732 : f32[] @ models/lib/nn.yaml:79:7
%3735 = broadcast %3734 : f32[16,16] @ models/lib/nn.yaml:79:7
%3736 = mul %3733, %3735 : f32[16,16] @ models/lib/nn.yaml:79:7
%3737 = broadcast %3426 : f32[16,16] @ models/lib/nn.yaml:79:7
%3738 = add %3736, %3737 : f32[16,16] @ models/lib/nn.yaml:79:7
%3739 = div %3718, %3738 : f32[16,16] @ models/lib/nn.yaml:79:7
%3740 = cast %3728 : f32[] @ models/lib/nn.yaml:79:7
%3741 = broadcast %3740 : f32[16,16] @ models/lib/nn.yaml:79:7
%3742 = mul %3739, %3741 : f32[16,16] @ models/lib/nn.yaml:79:7
%3743 = sub %3713, %3742 : f32[16,16] @ models/lib/nn.yaml:79:7
%3744 = assign %12, %3743 : f32[16,16] @ models/lib/nn.yaml:79:7
%3745 = assign %3708, %3718 : f32[16,16] @ models/lib/nn.yaml:79:7
%3746 = assign %3709, %3724 : f32[16,16] @ models/lib/nn.yaml:79:7
%3747 = assign %3710, %3711 : i64[] @ models/lib/nn.yaml:79:7
%3748 = broadcast %3438 : f32[16,16] @ models/lib/nn.yaml:79:7
%3749 = mul %96, %3748 : f32[16,16] @ models/lib/nn.yaml:79:7
%3750 = broadcast %3442 : f32[16,16] @ models/lib/nn.yaml:79:7
%3751 = mul %3743, %3750 : f32[16,16] @ models/lib/nn.yaml:79:7
%3752 = add %3749, %3751 : f32[16,16] @ models/lib/nn.yaml:79:7
%3753 = assign %96, %3752 : f32[16,16] @ models/lib/nn.yaml:79:7
%3754 = all_reduce_sum %3252 : f32[16] @ models/lib/nn.yaml:80:7
%3755 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3756 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3757 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3758 = add %3757, %3391 : i64[] @ models/lib/nn.yaml:80:7
%3759 = mul %3754, %3499 : f32[16] @ models/lib/nn.yaml:80:7
%3760 = mul %3755, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%3761 = add %3760, %3759 : f32[16] @ models/lib/nn.yaml:80:7
%3762 = mul %3754, %3754 : f32[16] @ models/lib/nn.yaml:80:7
%3763 = mul %3762, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%3764 = mul %3756, %3507 : f32[16] @ models/lib/nn.yaml:80:7
%3765 = add %3764, %3763 : f32[16] @ models/lib/nn.yaml:80:7
%3766 = cast %3758 : f64[] @ models/lib/nn.yaml:80:7
%3767 = pow %3401, %3766 : f64[] @ models/lib/nn.yaml:80:7
%3768 = sub %3394, %3767 : f64[] @ models/lib/nn.yaml:80:7
%3769 = div %2074, %3768 : f64[] @ models/lib/nn.yaml:80:7
%3770 = pow %3409, %3766 : f64[] @ models/lib/nn.yaml:80:7
%3771 = sub %3394, %3770 : f64[] @ models/lib/nn.yaml:80:7
%3772 = sqrt %3771 : f64[] @ models/lib/nn.yaml:80:7
%3773 = div %3394, %3772 : f64[] @ models/lib/nn.yaml:80:7
%3774 = sqrt %3765 : f32[16] @ models/lib/nn.yaml:80:7
%3775 = cast %3773 : f32[] @ models/lib/nn.yaml:80:7
%3776 = broadcast %3775 : f32[16] @ models/lib/nn.yaml:80:7
%3777 = mul %3774, %3776 : f32[16] @ models/lib/nn.yaml:80:7
%3778 = add %3777, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%3779 = div %3761, %3778 : f32[16] @ models/lib/nn.yaml:80:7
%3780 = cast %3769 : f32[] @ models/lib/nn.yaml:80:7
%3781 = broadcast %3780 : f32[16] @ models/lib/nn.yaml:80:7
%3782 = mul %3779, %3781 : f32[16] @ models/lib/nn.yaml:80:7
%3783 = sub %13, %3782 : f32[16] @ models/lib/nn.yaml:80:7
%3784 = assign %13, %3783 : f32[16] @ models/lib/nn.yaml:80:7
%3785 = assign %3755, %3761 : f32[16] @ models/lib/nn.yaml:80:7
%3786 = assign %3756, %3765 : f32[16] @ models/lib/nn.yaml:80:7
%3787 = assign %3757, %3758 : i64[] @ models/lib/nn.yaml:80:7
%3788 = mul %97, %3533 : f32[16] @ models/lib/nn.yaml:80:7
%3789 = mul %3783, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%3790 = add %3788, %3789 : f32[16] @ models/lib/nn.yaml:80:7
%3791 = assign %97, %3790 : f32[16] @ models/lib/nn.yaml:80:7
%3792 = all_reduce_sum %3230 : f32[16] @ models/lib/nn.yaml:89:7
%3793 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3794 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3795 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3796 = add %3795, %3391 : i64[] @ models/lib/nn.yaml:89:7
%3797 = mul %3792, %3499 : f32[16] @ models/lib/nn.yaml:89:7
%3798 = mul %3793, %3501 : f32[16] @ models/lib/nn.yaml:89:7
%3799 = add %3798, %3797 : f32[16] @ models/lib/nn.yaml:89:7
%3800 = mul %3792, %3792 : f32[16] @ models/lib/nn.yaml:89:7
%3801 = mul %3800, %3505 : f32[16] @ models/lib/nn.yaml:89:7
%3802 = mul %3794, %3507 : f32[16] @ models/lib/nn.yaml:89:7
%3803 = add %3802, %3801 : f32[16] @ models/lib/nn.yaml:89:7
%3804 = cast %3796 : f64[] @ models/lib/nn.yaml:89:7
%3805 = pow %3401, %3804 : f64[] @ models/lib/nn.yaml:89:7
%3806 = sub %3394, %3805 : f64[] @ models/lib/nn.yaml:89:7
%3807 = div %2074, %3806 : f64[] @ models/lib/nn.yaml:89:7
%3808 = pow %3409, %3804 : f64[] @ models/lib/nn.yaml:89:7
%3809 = sub %3394, %3808 : f64[] @ models/lib/nn.yaml:89:7
%3810 = sqrt %3809 : f64[] @ models/lib/nn.yaml:89:7
%3811 = div %3394, %3810 : f64[] @ models/lib/nn.yaml:89:7
%3812 = sqrt %3803 : f32[16] @ models/lib/nn.yaml:89:7
%3813 = cast %3811 : f32[] @ models/lib/nn.yaml:89:7
%3814 = broadcast %3813 : f32[16] @ models/lib/nn.yaml:89:7
%3815 = mul %3812, %3814 : f32[16] @ models/lib/nn.yaml:89:7
%3816 = add %3815, %3522 : f32[16] @ models/lib/nn.yaml:89:7
%3817 = div %3799, %3816 : f32[16] @ models/lib/nn.yaml:89:7
%3818 = cast %3807 : f32[] @ models/lib/nn.yaml:89:7
%3819 = broadcast %3818 : f32[16] @ models/lib/nn.yaml:89:7
%3820 = mul %3817, %3819 : f32[16] @ models/lib/nn.yaml:89:7
%3821 = sub %14, %3820 : f32[16] @ models/lib/nn.yaml:89:7
%3822 = assign %14, %3821 : f32[16] @ models/lib/nn.yaml:89:7
%3823 = assign %3793, %3799 : f32[16] @ models/lib/nn.yaml:89:7
%3824 = assign %3794, %3803 : f32[16] @ models/lib/nn.yaml:89:7
%3825 = assign %3795, %3796 : i64[] @ models/lib/nn.yaml:89:7
%3826 = mul %98, %3533 : f32[16] @ models/lib/nn.yaml:89:7
%3827 = mul %3821, %3535 : f32[16] @ models/lib/nn.yaml:89:7
%3828 = add %3826, %3827 : f32[16] @ models/lib/nn.yaml:89:7
%3829 = assign %98, %3828 : f32[16] @ models/lib/nn.yaml:89:7
%3830 = all_reduce_sum %3224 : f32[16] @ models/lib/nn.yaml:90:7
%3831 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3832 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3833 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3834 = add %3833, %3391 : i64[] @ models/lib/nn.yaml:90:7
%3835 = mul %3830, %3499 : f32[16] @ models/lib/nn.yaml:90:7
%3836 = mul %3831, %3501 : f32[16] @ models/lib/nn.yaml:90:7
%3837 = add %3836, %3835 : f32[16] @ models/lib/nn.yaml:90:7
%3838 = mul %3830, %3830 : f32[16] @ models/lib/nn.yaml:90:7
%3839 = mul %3838, %3505 : f32[16] @ models/lib/nn.yaml:90:7
%3840 = mul %3832, %3507 : f32[16] @ models/lib/nn.yaml:90:7
%3841 = add %3840, %3839 : f32[16] @ models/lib/nn.yaml:90:7
%3842 = cast %3834 : f64[] @ models/lib/nn.yaml:90:7
%3843 = pow %3401, %3842 : f64[] @ models/lib/nn.yaml:90:7
%3844 = sub %3394, %3843 : f64[] @ models/lib/nn.yaml:90:7
%3845 = div %2074, %3844 : f64[] @ models/lib/nn.yaml:90:7
%3846 = pow %3409, %3842 : f64[] @ models/lib/nn.yaml:90:7
%3847 = sub %3394, %3846 : f64[] @ models/lib/nn.yaml:90:7
%3848 = sqrt %3847 : f64[] @ models/lib/nn.yaml:90:7
%3849 = div %3394, %3848 : f64[] @ models/lib/nn.yaml:90:7
%3850 = sqrt %3841 : f32[16] @ models/lib/nn.yaml:90:7
%3851 = cast %3849 : f32[] @ models/lib/nn.yaml:90:7
%3852 = broadcast %3851 : f32[16] @ models/lib/nn.yaml:90:7
%3853 = mul %3850, %3852 : f32[16] @ models/lib/nn.yaml:90:7
%3854 = add %3853, %3522 : f32[16] @ models/lib/nn.yaml:90:7
%3855 = div %3837, %3854 : f32[16] @ models/lib/nn.yaml:90:7
%3856 = cast %3845 : f32[] @ models/lib/nn.yaml:90:7
%3857 = broadcast %3856 : f32[16] @ models/lib/nn.yaml:90:7
%3858 = mul %3855, %3857 : f32[16] @ models/lib/nn.yaml:90:7
%3859 = sub %15, %3858 : f32[16] @ models/lib/nn.yaml:90:7
%3860 = assign %15, %3859 : f32[16] @ models/lib/nn.yaml:90:7
%3861 = assign %3831, %3837 : f32[16] @ models/lib/nn.yaml:90:7
%3862 = assign %3832, %3841 : f32[16] @ models/lib/nn.yaml:90:7
%3863 = assign %3833, %3834 : i64[] @ models/lib/nn.yaml:90:7
%3864 = mul %99, %3533 : f32[16] @ models/lib/nn.yaml:90:7
%3865 = mul %3859, %3535 : f32[16] @ models/lib/nn.yaml:90:7
%3866 = add %3864, %3865 : f32[16] @ models/lib/nn.yaml:90:7
%3867 = assign %99, %3866 : f32[16] @ models/lib/nn.yaml:90:7
%3868 = all_reduce_sum %3220 : f32[64,16] @ models/lib/nn.yaml:79:7
%3869 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3870 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3871 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3872 = add %3871, %3391 : i64[] @ models/lib/nn.yaml:79:7
%3873 = broadcast %3396 : f32[64,16] @ models/lib/nn.yaml:79:7
%3874 = mul %16, %3873 : f32[64,16] @ models/lib/nn.yaml:79:7
%3875 = broadcast %2077 : f32[64,16] @ models/lib/nn.yaml:79:7
%3876 = mul %3868, %3875 : f32[64,16] @ models/lib/nn.yaml:79:7
%3877 = broadcast %1348 : f32[64,16] @ models/lib/nn.yaml:79:7
%3878 = mul %3869, %3877 : f32[64,16] @ models/lib/nn.yaml:79:7
%3879 = add %3878, %3876 : f32[64,16] @ models/lib/nn.yaml:79:7
%3880 = mul %3868, %3868 : f32[64,16] @ models/lib/nn.yaml:79:7
%3881 = broadcast %3406 : f32[64,16] @ models/lib/nn.yaml:79:7
%3882 = mul %3880, %3881 : f32[64,16] @ models/lib/nn.yaml:79:7
%3883 = broadcast %3410 : f32[64,16] @ models/lib/nn.yaml:79:7
%3884 = mul %3870, %3883 : f32[64,16] @ models/lib/nn.yaml:79:7
%3885 = add %3884, %3882 : f32[64,16] @ models/lib/nn.yaml:79:7
%3886 = cast %3872 : f64[] @ models/lib/nn.yaml:79:7
%3887 = pow %3401, %3886 : f64[] @ models/lib/nn.yaml:79:7
%3888 = sub %3394, %3887 : f64[] @ models/lib/nn.yaml:79:7
%3889 = div %2074, %3888 : f64[] @ models/lib/nn.yaml:79:7
%3890 = pow %3409, %3886 : f64[] @ models/lib/nn.yaml:79:7
%3891 = sub %3394, %3890 : f64[] @ models/lib/nn.yaml:79:7
%3892 = sqrt %3891 : f64[] @ models/lib/nn.yaml:79:7
%3893 = div %3394, %3892 : f64[] @ models/lib/nn.yaml:79:7
%3894 = sqrt %3885 : f32[64,16] @ models/lib/nn.yaml:79:7
%3895 = cast %3893 : f32[] @ models/lib/nn.yaml:79:7
%3896 = broadcast %3895 : f32[64,16] @ models/lib/nn.yaml:79:7
%3897 = mul %3894, %3896 : f32[64,16] @ models/lib/nn.yaml:79:7
%3898 = broadcast %3426 : f32[64,16] @ models/lib/nn.yaml:79:7
%3899 = add %3897, %3898 : f32[64,16] @ models/lib/nn.yaml:79:7
%3900 = div %3879, %3899 : f32[64,16] @ models/lib/nn.yaml:79:7
%3901 = cast %3889 : f32[] @ models/lib/nn.yaml:79:7
%3902 = broadcast %3901 : f32[64,16] @ models/lib/nn.yaml:79:7
%3903 = mul %3900, %3902 : f32[64,16] @ models/lib/nn.yaml:79:7
%3904 = sub %3874, %3903 : f32[64,16] @ models/lib/nn.yaml:79:7
%3905 = assign %16, %3904 : f32[64,16] @ models/lib/nn.yaml:79:7
%3906 = assign %3869, %3879 : f32[64,16] @ models/lib/nn.yaml:79:7
%3907 = assign %3870, %3885 : f32[64,16] @ models/lib/nn.yaml:79:7
%3908 = assign %3871, %3872 : i64[] @ models/lib/nn.yaml:79:7
%3909 = broadcast %3438 : f32[64,16] @ models/lib/nn.yaml:79:7
%3910 = mul %100, %3909 : f32[64,16] @ models/lib/nn.yaml:79:7
%3911 = broadcast %3442 : f32[64,16] @ models/lib/nn.yaml:79:7
%3912 = mul %3904, %3911 : f32[64,16] @ models/lib/nn.yaml:79:7
%3913 = add %3910, %3912 : f32[64,16] @ models/lib/nn.yaml:79:7
%3914 = assign %100, %3913 : f32[64,16] @ models/lib/nn.yaml:79:7
%3915 = all_reduce_sum %3216 : f32[64] @ models/lib/nn.yaml:80:7
%3916 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3917 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3918 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3919 = add %3918, %3391 : i64[] @ models/lib/nn.yaml:80:7
%3920 = broadcast %2077 : f32[64] @ models/lib/nn.yaml:80:7
%3921 = mul %3915, %3920 : f32[64] @ models/lib/nn.yaml:80:7
%3922 = broadcast %1348 : f32[64] @ models/lib/nn.yaml:80:7
%3923 = mul %3916, %3922 : f32[64] @ models/lib/nn.yaml:80:7
%3924 = add %3923, %3921 : f32[64] @ models/lib/nn.yaml:80:7
%3925 = mul %3915, %3915 : f32[64] @ models/lib/nn.yaml:80:7
%3926 = broadcast %3406 : f32[64] @ models/lib/nn.yaml:80:7
%3927 = mul %3925, %3926 : f32[64] @ models/lib/nn.yaml:80:7
%3928 = broadcast %3410 : f32[64] @ models/lib/nn.yaml:80:7
%3929 = mul %3917, %3928 : f32[64] @ models/lib/nn.yaml:80:7
%3930 = add %3929, %3927 : f32[64] @ models/lib/nn.yaml:80:7
%3931 = cast %3919 : f64[] @ models/lib/nn.yaml:80:7
%3932 = pow %3401, %3931 : f64[] @ models/lib/nn.yaml:80:7
%3933 = sub %3394, %3932 : f64[] @ models/lib/nn.yaml:80:7
%3934 = div %2074, %3933 : f64[] @ models/lib/nn.yaml:80:7
%3935 = pow %3409, %3931 : f64[] @ models/lib/nn.yaml:80:7
%3936 = sub %3394, %3935 : f64[] @ models/lib/nn.yaml:80:7
%3937 = sqrt %3936 : f64[] @ models/lib/nn.yaml:80:7
%3938 = div %3394, %3937 : f64[] @ models/lib/nn.yaml:80:7
%3939 = sqrt %3930 : f32[64] @ models/lib/nn.yaml:80:7
%3940 = cast %3938 : f32[] @ models/lib/nn.yaml:80:7
%3941 = broadcast %3940 : f32[64] @ models/lib/nn.yaml:80:7
%3942 = mul %3939, %3941 : f32[64] @ models/lib/nn.yaml:80:7
%3943 = broadcast %3426 : f32[64] @ models/lib/nn.yaml:80:7
%3944 = add %3942, %3943 : f32[64] @ models/lib/nn.yaml:80:7
%3945 = div %3924, %3944 : f32[64] @ models/lib/nn.yaml:80:7
%3946 = cast %3934 : f32[] @ models/lib/nn.yaml:80:7
%3947 = broadcast %3946 : f32[64] @ models/lib/nn.yaml:80:7
%3948 = mul %3945, %3947 : f32[64] @ models/lib/nn.yaml:80:7
%3949 = sub %17, %3948 : f32[64] @ models/lib/nn.yaml:80:7
%3950 = assign %17, %3949 : f32[64] @ models/lib/nn.yaml:80:7
%3951 = assign %3916, %3924 : f32[64] @ models/lib/nn.yaml:80:7
%3952 = assign %3917, %3930 : f32[64] @ models/lib/nn.yaml:80:7
%3953 = assign %3918, %3919 : i64[] @ models/lib/nn.yaml:80:7
%3954 = broadcast %3438 : f32[64] @ models/lib/nn.yaml:80:7
%3955 = mul %101, %3954 : f32[64] @ models/lib/nn.yaml:80:7
%3956 = broadcast %3442 : f32[64] @ models/lib/nn.yaml:80:7
%3957 = mul %3949, %3956 : f32[64] @ models/lib/nn.yaml:80:7
%3958 = add %3955, %3957 : f32[64] @ models/lib/nn.yaml:80:7
%3959 = assign %101, %3958 : f32[64] @ models/lib/nn.yaml:80:7
%3960 = all_reduce_sum %3199 : f32[16,64] @ models/lib/nn.yaml:79:7
%3961 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3962 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3963 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3964 = add %3963, %3391 : i64[] @ models/lib/nn.yaml:79:7
%3965 = broadcast %3396 : f32[16,64] @ models/lib/nn.yaml:79:7
%3966 = mul %18, %3965 : f32[16,64] @ models/lib/nn.yaml:79:7
%3967 = broadcast %2077 : f32[16,64] @ models/lib/nn.yaml:79:7
%3968 = mul %3960, %3967 : f32[16,64] @ models/lib/nn.yaml:79:7
%3969 = broadcast %1348 : f32[16,64] @ models/lib/nn.yaml:79:7
%3970 = mul %3961, %3969 : f32[16,64] @ models/lib/nn.yaml:79:7
%3971 = add %3970, %3968 : f32[16,64] @ models/lib/nn.yaml:79:7
%3972 = mul %3960, %3960 : f32[16,64] @ models/lib/nn.yaml:79:7
%3973 = broadcast %3406 : f32[16,64] @ models/lib/nn.yaml:79:7
%3974 = mul %3972, %3973 : f32[16,64] @ models/lib/nn.yaml:79:7
%3975 = broadcast %3410 : f32[16,64] @ models/lib/nn.yaml:79:7
%3976 = mul %3962, %3975 : f32[16,64] @ models/lib/nn.yaml:79:7
%3977 = add %3976, %3974 : f32[16,64] @ models/lib/nn.yaml:79:7
%3978 = cast %3964 : f64[] @ models/lib/nn.yaml:79:7
%3979 = pow %3401, %3978 : f64[] @ models/lib/nn.yaml:79:7
%3980 = sub %3394, %3979 : f64[] @ models/lib/nn.yaml:79:7
%3981 = div %2074, %3980 : f64[] @ models/lib/nn.yaml:79:7
%3982 = pow %3409, %3978 : f64[] @ models/lib/nn.yaml:79:7
%3983 = sub %3394, %3982 : f64[] @ models/lib/nn.yaml:79:7
%3984 = sqrt %3983 : f64[] @ models/lib/nn.yaml:79:7
%3985 = div %3394, %3984 : f64[] @ models/lib/nn.yaml:79:7
%3986 = sqrt %3977 : f32[16,64] @ models/lib/nn.yaml:79:7
%3987 = cast %3985 : f32[] @ models/lib/nn.yaml:79:7
%3988 = broadcast %3987 : f32[16,64] @ models/lib/nn.yaml:79:7
%3989 = mul %3986, %3988 : f32[16,64] @ models/lib/nn.yaml:79:7
%3990 = broadcast %3426 : f32[16,64] @ models/lib/nn.yaml:79:7
%3991 = add %3989, %3990 : f32[16,64] @ models/lib/nn.yaml:79:7
%3992 = div %3971, %3991 : f32[16,64] @ models/lib/nn.yaml:79:7
%3993 = cast %3981 : f32[] @ models/lib/nn.yaml:79:7
%3994 = broadcast %3993 : f32[16,64] @ models/lib/nn.yaml:79:7
%3995 = mul %3992, %3994 : f32[16,64] @ models/lib/nn.yaml:79:7
%3996 = sub %3966, %3995 : f32[16,64] @ models/lib/nn.yaml:79:7
%3997 = assign %18, %3996 : f32[16,64] @ models/lib/nn.yaml:79:7
%3998 = assign %3961, %3971 : f32[16,64] @ models/lib/nn.yaml:79:7
%3999 = assign %3962, %3977 : f32[16,64] @ models/lib/nn.yaml:79:7
%4000 = assign %3963, %3964 : i64[] @ models/lib/nn.yaml:79:7
%4001 = broadcast %3438 : f32[16,64] @ models/lib/nn.yaml:79:7
%4002 = mul %102, %4001 : f32[16,64] @ models/lib/nn.yaml:79:7
%4003 = broadcast %3442 : f32[16,64] @ models/lib/nn.yaml:79:7
%4004 = mul %3996, %4003 : f32[16,64] @ models/lib/nn.yaml:79:7
%4005 = add %4002, %4004 : f32[16,64] @ models/lib/nn.yaml:79:7
%4006 = assign %102, %4005 : f32[16,64] @ models/lib/nn.yaml:79:7
%4007 = all_reduce_sum %3195 : f32[16] @ models/lib/nn.yaml:80:7
%4008 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4009 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4010 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4011 = add %4010, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4012 = mul %4007, %3499 : f32[16] @ models/lib/nn.yaml:80:7
%4013 = mul %4008, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%4014 = add %4013, %4012 : f32[16] @ models/lib/nn.yaml:80:7
%4015 = mul %4007, %4007 : f32[16] @ models/lib/nn.yaml:80:7
%4016 = mul %4015, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%4017 = mul %4009, %3507 : f32[16] @ models/lib/nn.yaml:80:7
%4018 = add %4017, %4016 : f32[16] @ models/lib/nn.yaml:80:7
%4019 = cast %4011 : f64[] @ models/lib/nn.yaml:80:7
%4020 = pow %3401, %4019 : f64[] @ models/lib/nn.yaml:80:7
%4021 = sub %3394, %4020 : f64[] @ models/lib/nn.yaml:80:7
%4022 = div %2074, %4021 : f64[] @ models/lib/nn.yaml:80:7
%4023 = pow %3409, %4019 : f64[] @ models/lib/nn.yaml:80:7
%4024 = sub %3394, %4023 : f64[] @ models/lib/nn.yaml:80:7
%4025 = sqrt %4024 : f64[] @ models/lib/nn.yaml:80:7
%4026 = div %3394, %4025 : f64[] @ models/lib/nn.yaml:80:7
%4027 = sqrt %4018 : f32[16] @ models/lib/nn.yaml:80:7
%4028 = cast %4026 : f32[] @ models/lib/nn.yaml:80:7
%4029 = broadcast %4028 : f32[16] @ models/lib/nn.yaml:80:7
%4030 = mul %4027, %4029 : f32[16] @ models/lib/nn.yaml:80:7
%4031 = add %4030, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%4032 = div %4014, %4031 : f32[16] @ models/lib/nn.yaml:80:7
%4033 = cast %4022 : f32[] @ models/lib/nn.yaml:80:7
%4034 = broadcast %4033 : f32[16] @ models/lib/nn.yaml:80:7
%4035 = mul %4032, %4034 : f32[16] @ models/lib/nn.yaml:80:7
%4036 = sub %19, %4035 : f32[16] @ models/lib/nn.yaml:80:7
%4037 = assign %19, %4036 : f32[16] @ models/lib/nn.yaml:80:7
%4038 = assign %4008, %4014 : f32[16] @ models/lib/nn.yaml:80:7
%4039 = assign %4009, %4018 : f32[16] @ models/lib/nn.yaml:80:7
%4040 = assign %4010, %4011 : i64[] @ models/lib/nn.yaml:80:7
%4041 = mul %103, %3533 : f32[16] @ models/lib/nn.yaml:80:7
%4042 = mul %4036, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%4043 = add %4041, %4042 : f32[16] @ models/lib/nn.yaml:80:7
%4044 = assign %103, %4043 : f32[16] @ models/lib/nn.yaml:80:7
%4045 = all_reduce_sum %3173 : f32[16] @ models/lib/nn.yaml:89:7
%4046 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4047 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4048 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4049 = add %4048, %3391 : i64[] @ models/lib/nn.yaml:89:7
%4050 = mul %4045, %3499 : f32[16] @ models/lib/nn.yaml:89:7
%4051 = mul %4046, %3501 : f32[16] @ models/lib/nn.yaml:89:7
%4052 = add %4051, %4050 : f32[16] @ models/lib/nn.yaml:89:7
%4053 = mul %4045, %4045 : f32[16] @ models/lib/nn.yaml:89:7
%4054 = mul %4053, %3505 : f32[16] @ models/lib/nn.yaml:89:7
%4055 = mul %4047, %3507 : f32[16] @ models/lib/nn.yaml:89:7
%4056 = add %4055, %4054 : f32[16] @ models/lib/nn.yaml:89:7
%4057 = cast %4049 : f64[] @ models/lib/nn.yaml:89:7
%4058 = pow %3401, %4057 : f64[] @ models/lib/nn.yaml:89:7
%4059 = sub %3394, %4058 : f64[] @ models/lib/nn.yaml:89:7
%4060 = div %2074, %4059 : f64[] @ models/lib/nn.yaml:89:7
%4061 = pow %3409, %4057 : f64[] @ models/lib/nn.yaml:89:7
%4062 = sub %3394, %4061 : f64[] @ models/lib/nn.yaml:89:7
%4063 = sqrt %4062 : f64[] @ models/lib/nn.yaml:89:7
%4064 = div %3394, %4063 : f64[] @ models/lib/nn.yaml:89:7
%4065 = sqrt %4056 : f32[16] @ models/lib/nn.yaml:89:7
%4066 = cast %4064 : f32[] @ models/lib/nn.yaml:89:7
%4067 = broadcast %4066 : f32[16] @ models/lib/nn.yaml:89:7
%4068 = mul %4065, %4067 : f32[16] @ models/lib/nn.yaml:89:7
%4069 = add %4068, %3522 : f32[16] @ models/lib/nn.yaml:89:7
%4070 = div %4052, %4069 : f32[16] @ models/lib/nn.yaml:89:7
%4071 = cast %4060 : f32[] @ models/lib/nn.yaml:89:7
%4072 = broadcast %4071 : f32[16] @ models/lib/nn.yaml:89:7
%4073 = mul %4070, %4072 : f32[16] @ models/lib/nn.yaml:89:7
%4074 = sub %20, %4073 : f32[16] @ models/lib/nn.yaml:89:7
%4075 = assign %20, %4074 : f32[16] @ models/lib/nn.yaml:89:7
%4076 = assign %4046, %4052 : f32[16] @ models/lib/nn.yaml:89:7
%4077 = assign %4047, %4056 : f32[16] @ models/lib/nn.yaml:89:7
%4078 = assign %4048, %4049 : i64[] @ models/lib/nn.yaml:89:7
%4079 = mul %104, %3533 : f32[16] @ models/lib/nn.yaml:89:7
%4080 = mul %4074, %3535 : f32[16] @ models/lib/nn.yaml:89:7
%4081 = add %4079, %4080 : f32[16] @ models/lib/nn.yaml:89:7
%4082 = assign %104, %4081 : f32[16] @ models/lib/nn.yaml:89:7
%4083 = all_reduce_sum %3167 : f32[16] @ models/lib/nn.yaml:90:7
%4084 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4085 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4086 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4087 = add %4086, %3391 : i64[] @ models/lib/nn.yaml:90:7
%4088 = mul %4083, %3499 : f32[16] @ models/lib/nn.yaml:90:7
%4089 = mul %4084, %3501 : f32[16] @ models/lib/nn.yaml:90:7
%4090 = add %4089, %4088 : f32[16] @ models/lib/nn.yaml:90:7
%4091 = mul %4083, %4083 : f32[16] @ models/lib/nn.yaml:90:7
%4092 = mul %4091, %3505 : f32[16] @ models/lib/nn.yaml:90:7
%4093 = mul %4085, %3507 : f32[16] @ models/lib/nn.yaml:90:7
%4094 = add %4093, %4092 : f32[16] @ models/lib/nn.yaml:90:7
%4095 = cast %4087 : f64[] @ models/lib/nn.yaml:90:7
%4096 = pow %3401, %4095 : f64[] @ models/lib/nn.yaml:90:7
%4097 = sub %3394, %4096 : f64[] @ models/lib/nn.yaml:90:7
%4098 = div %2074, %4097 : f64[] @ models/lib/nn.yaml:90:7
%4099 = pow %3409, %4095 : f64[] @ models/lib/nn.yaml:90:7
%4100 = sub %3394, %4099 : f64[] @ models/lib/nn.yaml:90:7
%4101 = sqrt %4100 : f64[] @ models/lib/nn.yaml:90:7
%4102 = div %3394, %4101 : f64[] @ models/lib/nn.yaml:90:7
%4103 = sqrt %4094 : f32[16] @ models/lib/nn.yaml:90:7
%4104 = cast %4102 : f32[] @ models/lib/nn.yaml:90:7
%4105 = broadcast %4104 : f32[16] @ models/lib/nn.yaml:90:7
%4106 = mul %4103, %4105 : f32[16] @ models/lib/nn.yaml:90:7
%4107 = add %4106, %3522 : f32[16] @ models/lib/nn.yaml:90:7
%4108 = div %4090, %4107 : f32[16] @ models/lib/nn.yaml:90:7
%4109 = cast %4098 : f32[] @ models/lib/nn.yaml:90:7
%4110 = broadcast %4109 : f32[16] @ models/lib/nn.yaml:90:7
%4111 = mul %4108, %4110 : f32[16] @ models/lib/nn.yaml:90:7
%4112 = sub %21, %4111 : f32[16] @ models/lib/nn.yaml:90:7
%4113 = assign %21, %4112 : f32[16] @ models/lib/nn.yaml:90:7
%4114 = assign %4084, %4090 : f32[16] @ models/lib/nn.yaml:90:7
%4115 = assign %4085, %4094 : f32[16] @ models/lib/nn.yaml:90:7
%4116 = assign %4086, %4087 : i64[] @ models/lib/nn.yaml:90:7
%4117 = mul %105, %3533 : f32[16] @ models/lib/nn.yaml:90:7
%4118 = mul %4112, %3535 : f32[16] @ models/lib/nn.yaml:90:7
%4119 = add %4117, %4118 : f32[16] @ models/lib/nn.yaml:90:7
%4120 = assign %105, %4119 : f32[16] @ models/lib/nn.yaml:90:7
%4121 = all_reduce_sum %3163 : f32[48,16] @ models/lib/nn.yaml:79:7
%4122 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4123 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4124 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4125 = add %4124, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4126 = mul %22, %3620 : f32[48,16] @ models/lib/nn.yaml:79:7
%4127 = mul %4121, %3622 : f32[48,16] @ models/lib/nn.yaml:79:7
%4128 = mul %4122, %3624 : f32[48,16] @ models/lib/nn.yaml:79:7
%4129 = add %4128, %4127 : f32[48,16] @ models/lib/nn.yaml:79:7
%4130 = mul %4121, %4121 : f32[48,16] @ models/lib/nn.yaml:79:7
%4131 = mul %4130, %3628 : f32[48,16] @ models/lib/nn.yaml:79:7
%4132 = mul %4123, %3630 : f32[48,16] @ models/lib/nn.yaml:79:7
%4133 = add %4132, %4131 : f32[48,16] @ models/lib/nn.yaml:79:7
%4134 = cast %4125 : f64[] @ models/lib/nn.yaml:79:7
%4135 = pow %3401, %4134 : f64[] @ models/lib/nn.yaml:79:7
%4136 = sub %3394, %4135 : f64[] @ models/lib/nn.yaml:79:7
%4137 = div %2074, %4136 : f64[] @ models/lib/nn.yaml:79:7
%4138 = pow %3409, %4134 : f64[] @ models/lib/nn.yaml:79:7
%4139 = sub %3394, %4138 : f64[] @ models/lib/nn.yaml:79:7
%4140 = sqrt %4139 : f64[] @ models/lib/nn.yaml:79:7
%4141 = div %3394, %4140 : f64[] @ models/lib/nn.yaml:79:7
%4142 = sqrt %4133 : f32[48,16] @ models/lib/nn.yaml:79:7
%4143 = cast %4141 : f32[] @ models/lib/nn.yaml:79:7
%4144 = broadcast %4143 : f32[48,16] @ models/lib/nn.yaml:79:7
%4145 = mul %4142, %4144 : f32[48,16] @ models/lib/nn.yaml:79:7
%4146 = add %4145, %3645 : f32[48,16] @ models/lib/nn.yaml:79:7
%4147 = div %4129, %4146 : f32[48,16] @ models/lib/nn.yaml:79:7
%4148 = cast %4137 : f32[] @ models/lib/nn.yaml:79:7
%4149 = broadcast %4148 : f32[48,16] @ models/lib/nn.yaml:79:7
%4150 = mul %4147, %4149 : f32[48,16] @ models/lib/nn.yaml:79:7
%4151 = sub %4126, %4150 : f32[48,16] @ models/lib/nn.yaml:79:7
%4152 = assign %22, %4151 : f32[48,16] @ models/lib/nn.yaml:79:7
%4153 = assign %4122, %4129 : f32[48,16] @ models/lib/nn.yaml:79:7
%4154 = assign %4123, %4133 : f32[48,16] @ models/lib/nn.yaml:79:7
%4155 = assign %4124, %4125 : i64[] @ models/lib/nn.yaml:79:7
%4156 = mul %106, %3656 : f32[48,16] @ models/lib/nn.yaml:79:7
%4157 = mul %4151, %3658 : f32[48,16] @ models/lib/nn.yaml:79:7
%4158 = add %4156, %4157 : f32[48,16] @ models/lib/nn.yaml:79:7
%4159 = assign %106, %4158 : f32[48,16] @ models/lib/nn.yaml:79:7
%4160 = all_reduce_sum %3159 : f32[48] @ models/lib/nn.yaml:80:7
%4161 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4162 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4163 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4164 = add %4163, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4165 = mul %4160, %3667 : f32[48] @ models/lib/nn.yaml:80:7
%4166 = mul %4161, %3669 : f32[48] @ models/lib/nn.yaml:80:7
%4167 = add %4166, %4165 : f32[48] @ models/lib/nn.yaml:80:7
%4168 = mul %4160, %4160 : f32[48] @ models/lib/nn.yaml:80:7
%4169 = mul %4168, %3673 : f32[48] @ models/lib/nn.yaml:80:7
%4170 = mul %4162, %3675 : f32[48] @ models/lib/nn.yaml:80:7
%4171 = add %4170, %4169 : f32[48] @ models/lib/nn.yaml:80:7
%4172 = cast %4164 : f64[] @ models/lib/nn.yaml:80:7
%4173 = pow %3401, %4172 : f64[] @ models/lib/nn.yaml:80:7
%4174 = sub %3394, %4173 : f64[] @ models/lib/nn.yaml:80:7
%4175 = div %2074, %4174 : f64[] @ models/lib/nn.yaml:80:7
%4176 = pow %3409, %4172 : f64[] @ models/lib/nn.yaml:80:7
%4177 = sub %3394, %4176 : f64[] @ models/lib/nn.yaml:80:7
%4178 = sqrt %4177 : f64[] @ models/lib/nn.yaml:80:7
%4179 = div %3394, %4178 : f64[] @ models/lib/nn.yaml:80:7
%4180 = sqrt %4171 : f32[48] @ models/lib/nn.yaml:80:7
%4181 = cast %4179 : f32[] @ models/lib/nn.yaml:80:7
%4182 = broadcast %4181 : f32[48] @ models/lib/nn.yaml:80:7
%4183 = mul %4180, %4182 : f32[48] @ models/lib/nn.yaml:80:7
%4184 = add %4183, %3690 : f32[48] @ models/lib/nn.yaml:80:7
%4185 = div %4167, %4184 : f32[48] @ models/lib/nn.yaml:80:7
%4186 = cast %4175 : f32[] @ models/lib/nn.yaml:80:7
%4187 = broadcast %4186 : f32[48] @ models/lib/nn.yaml:80:7
%4188 = mul %4185, %4187 : f32[48] @ models/lib/nn.yaml:80:7
%4189 = sub %23, %4188 : f32[48] @ models/lib/nn.yaml:80:7
%4190 = assign %23, %4189 : f32[48] @ models/lib/nn.yaml:80:7
%4191 = assign %4161, %4167 : f32[48] @ models/lib/nn.yaml:80:7
%4192 = assign %4162, %4171 : f32[48] @ models/lib/nn.yaml:80:7
%4193 = assign %4163, %4164 : i64[] @ models/lib/nn.yaml:80:7
%4194 = mul %107, %3701 : f32[48] @ models/lib/nn.yaml:80:7
%4195 = mul %4189, %3703 : f32[48] @ models/lib/nn.yaml:80:7
%4196 = add %4194, %4195 : f32[48] @ models/lib/nn.yaml:80:7
%4197 = assign %107, %4196 : f32[48] @ models/lib/nn.yaml:80:7
%4198 = all_reduce_sum %3070 : f32[16,16] @ models/lib/nn.yaml:79:7
%4199 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4200 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4201 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4202 = add %4201, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4203 = mul %24, %3712 : f32[16,16] @ models/lib/nn.yaml:79:7
%4204 = mul %4198, %3714 : f32[16,16] @ models/lib/nn.yaml:79:7
%4205 = mul %4199, %3716 : f32[16,16] @ models/lib/nn.yaml:79:7
%4206 = add %4205, %4204 : f32[16,16] @ models/lib/nn.yaml:79:7
%4207 = mul %4198, %4198 : f32[16,16] @ models/lib/nn.yaml:79:7
%4208 = mul %4207, %3720 : f32[16,16] @ models/lib/nn.yaml:79:7
%4209 = mul %4200, %3722 : f32[16,16] @ models/lib/nn.yaml:79:7
%4210 = add %4209, %4208 : f32[16,16] @ models/lib/nn.yaml:79:7
%4211 = cast %4202 : f64[] @ models/lib/nn.yaml:79:7
%4212 = pow %3401, %4211 : f64[] @ models/lib/nn.yaml:79:7
%4213 = sub %3394, %4212 : f64[] @ models/lib/nn.yaml:79:7
%4214 = div %2074, %4213 : f64[] @ models/lib/nn.yaml:79:7
%4215 = pow %3409, %4211 : f64[] @ models/lib/nn.yaml:79:7
%4216 = sub %3394, %4215 : f64[] @ models/lib/nn.yaml:79:7
%4217 = sqrt %4216 : f64[] @ models/lib/nn.yaml:79:7
%4218 = div %3394, %4217 : f64[] @ models/lib/nn.yaml:79:7
%4219 = sqrt %4210 : f32[16,16] @ models/lib/nn.yaml:79:7
%4220 = cast %4218 : f32[] @ models/lib/nn.yaml:79:7
%4221 = broadcast %4220 : f32[16,16] @ models/lib/nn.yaml:79:7
%4222 = mul %4219, %4221 : f32[16,16] @ models/lib/nn.yaml:79:7
%4223 = add %4222, %3737 : f32[16,16] @ models/lib/nn.yaml:79:7
%4224 = div %4206, %4223 : f32[16,16] @ models/lib/nn.yaml:79:7
%4225 = cast %4214 : f32[] @ models/lib/nn.yaml:79:7
%4226 = broadcast %4225 : f32[16,16] @ models/lib/nn.yaml:79:7
%4227 = mul %4224, %4226 : f32[16,16] @ models/lib/nn.yaml:79:7
%4228 = sub %4203, %4227 : f32[16,16] @ models/lib/nn.yaml:79:7
%4229 = assign %24, %4228 : f32[16,16] @ models/lib/nn.yaml:79:7
%4230 = assign %4199, %4206 : f32[16,16] @ models/lib/nn.yaml:79:7
%4231 = assign %4200, %4210 : f32[16,16] @ models/lib/nn.yaml:79:7
%4232 = assign %4201, %4202 : i64[] @ models/lib/nn.yaml:79:7
%4233 = mul %108, %3748 : f32[16,16] @ models/lib/nn.yaml:79:7
%4234 = mul %4228, %3750 : f32[16,16] @ models/lib/nn.yaml:79:7
%4235 = add %4233, %4234 : f32[16,16] @ models/lib/nn.yaml:79:7
%4236 = assign %108, %4235 : f32[16,16] @ models/lib/nn.yaml:79:7
%4237 = all_reduce_sum %3066 : f32[16] @ models/lib/nn.yaml:80:7
%4238 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4239 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4240 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4241 = add %4240, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4242 = mul %4237, %3499 : f32[16] @ models/lib/nn.yaml:80:7
%4243 = mul %4238, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%4244 = add %4243, %4242 : f32[16] @ models/lib/nn.yaml:80:7
%4245 = mul %4237, %4237 : f32[16] @ models/lib/nn.yaml:80:7
%4246 = mul %4245, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%4247 = mul %4239, %3507 : f32[16] @ models/lib/nn.yaml:80:7
%4248 = add %4247, %4246 : f32[16] @ models/lib/nn.yaml:80:7
%4249 = cast %4241 : f64[] @ models/lib/nn.yaml:80:7
%4250 = pow %3401, %4249 : f64[] @ models/lib/nn.yaml:80:7
%4251 = sub %3394, %4250 : f64[] @ models/lib/nn.yaml:80:7
%4252 = div %2074, %4251 : f64[] @ models/lib/nn.yaml:80:7
%4253 = pow %3409, %4249 : f64[] @ models/lib/nn.yaml:80:7
%4254 = sub %3394, %4253 : f64[] @ models/lib/nn.yaml:80:7
%4255 = sqrt %4254 : f64[] @ models/lib/nn.yaml:80:7
%4256 = div %3394, %4255 : f64[] @ models/lib/nn.yaml:80:7
%4257 = sqrt %4248 : f32[16] @ models/lib/nn.yaml:80:7
%4258 = cast %4256 : f32[] @ models/lib/nn.yaml:80:7
%4259 = broadcast %4258 : f32[16] @ models/lib/nn.yaml:80:7
%4260 = mul %4257, %4259 : f32[16] @ models/lib/nn.yaml:80:7
%4261 = add %4260, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%4262 = div %4244, %4261 : f32[16] @ models/lib/nn.yaml:80:7
%4263 = cast %4252 : f32[] @ models/lib/nn.yaml:80:7
%4264 = broadcast %4263 : f32[16] @ models/lib/nn.yaml:80:7
%4265 = mul %4262, %4264 : f32[16] @ models/lib/nn.yaml:80:7
%4266 = sub %25, %4265 : f32[16] @ models/lib/nn.yaml:80:7
%4267 = assign %25, %4266 : f32[16] @ models/lib/nn.yaml:80:7
%4268 = assign %4238, %4244 : f32[16] @ models/lib/nn.yaml:80:7
%4269 = assign %4239, %4248 : f32[16] @ models/lib/nn.yaml:80:7
%4270 = assign %4240, %4241 : i64[] @ models/lib/nn.yaml:80:7
%4271 = mul %109, %3533 : f32[16] @ models/lib/nn.yaml:80:7
%4272 = mul %4266, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%4273 = add %4271, %4272 : f32[16] @ models/lib/nn.yaml:80:7
%4274 = assign %109, %4273 : f32[16] @ models/lib/nn.yaml:80:7
%4275 = all_reduce_sum %3041 : f32[16] @ models/lib/nn.yaml:89:7
%4276 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4277 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4278 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4279 = add %4278, %3391 : i64[] @ models/lib/nn.yaml:89:7
%4280 = mul %4275, %3499 : f32[16] @ models/lib/nn.yaml:89:7
%4281 = mul %4276, %3501 : f32[16] @ models/lib/nn.yaml:89:7
%4282 = add %4281, %4280 : f32[16] @ models/lib/nn.yaml:89:7
%4283 = mul %4275, %4275 : f32[16] @ models/lib/nn.yaml:89:7
%4284 = mul %4283, %3505 : f32[16] @ models/lib/nn.yaml:89:7
%4285 = mul %4277, %3507 : f32[16] @ models/lib/nn.yaml:89:7
%4286 = add %4285, %4284 : f32[16] @ models/lib/nn.yaml:89:7
%4287 = cast %4279 : f64[] @ models/lib/nn.yaml:89:7
%4288 = pow %3401, %4287 : f64[] @ models/lib/nn.yaml:89:7
%4289 = sub %3394, %4288 : f64[] @ models/lib/nn.yaml:89:7
%4290 = div %2074, %4289 : f64[] @ models/lib/nn.yaml:89:7
%4291 = pow %3409, %4287 : f64[] @ models/lib/nn.yaml:89:7
%4292 = sub %3394, %4291 : f64[] @ models/lib/nn.yaml:89:7
%4293 = sqrt %4292 : f64[] @ models/lib/nn.yaml:89:7
%4294 = div %3394, %4293 : f64[] @ models/lib/nn.yaml:89:7
%4295 = sqrt %4286 : f32[16] @ models/lib/nn.yaml:89:7
%4296 = cast %4294 : f32[] @ models/lib/nn.yaml:89:7
%4297 = broadcast %4296 : f32[16] @ models/lib/nn.yaml:89:7
%4298 = mul %4295, %4297 : f32[16] @ models/lib/nn.yaml:89:7
%4299 = add %4298, %3522 : f32[16] @ models/lib/nn.yaml:89:7
%4300 = div %4282, %4299 : f32[16] @ models/lib/nn.yaml:89:7
%4301 = cast %4290 : f32[] @ models/lib/nn.yaml:89:7
%4302 = broadcast %4301 : f32[16] @ models/lib/nn.yaml:89:7
%4303 = mul %4300, %4302 : f32[16] @ models/lib/nn.yaml:89:7
%4304 = sub %26, %4303 : f32[16] @ models/lib/nn.yaml:89:7
%4305 = assign %26, %4304 : f32[16] @ models/lib/nn.yaml:89:7
%4306 = assign %4276, %4282 : f32[16] @ models/lib/nn.yaml:89:7
%4307 = assign %4277, %4286 : f32[16] @ models/lib/nn.yaml:89:7
%4308 = assign %4278, %4279 : i64[] @ models/lib/nn.yaml:89:7
%4309 = mul %110, %3533 : f32[16] @ models/lib/nn.yaml:89:7
%4310 = mul %4304, %3535 : f32[16] @ models/lib/nn.yaml:89:7
%4311 = add %4309, %4310 : f32[16] @ models/lib/nn.yaml:89:7
%4312 = assign %110, %4311 : f32[16] @ models/lib/nn.yaml:89:7
%4313 = all_reduce_sum %3035 : f32[16] @ models/lib/nn.yaml:90:7
%4314 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4315 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4316 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4317 = add %4316, %3391 : i64[] @ models/lib/nn.yaml:90:7
%4318 = mul %4313, %3499 : f32[16] @ models/lib/nn.yaml:90:7
%4319 = mul %4314, %3501 : f32[16] @ models/lib/nn.yaml:90:7
%4320 = add %4319, %4318 : f32[16] @ models/lib/nn.yaml:90:7
%4321 = mul %4313, %4313 : f32[16] @ models/lib/nn.yaml:90:7
%4322 = mul %4321, %3505 : f32[16] @ models/lib/nn.yaml:90:7
%4323 = mul %4315, %3507 : f32[16] @ models/lib/nn.yaml:90:7
%4324 = add %4323, %4322 : f32[16] @ models/lib/nn.yaml:90:7
%4325 = cast %4317 : f64[] @ models/lib/nn.yaml:90:7
%4326 = pow %3401, %4325 : f64[] @ models/lib/nn.yaml:90:7
%4327 = sub %3394, %4326 : f64[] @ models/lib/nn.yaml:90:7
%4328 = div %2074, %4327 : f64[] @ models/lib/nn.yaml:90:7
%4329 = pow %3409, %4325 : f64[] @ models/lib/nn.yaml:90:7
%4330 = sub %3394, %4329 : f64[] @ models/lib/nn.yaml:90:7
%4331 = sqrt %4330 : f64[] @ models/lib/nn.yaml:90:7
%4332 = div %3394, %4331 : f64[] @ models/lib/nn.yaml:90:7
%4333 = sqrt %4324 : f32[16] @ models/lib/nn.yaml:90:7
%4334 = cast %4332 : f32[] @ models/lib/nn.yaml:90:7
%4335 = broadcast %4334 : f32[16] @ models/lib/nn.yaml:90:7
%4336 = mul %4333, %4335 : f32[16] @ models/lib/nn.yaml:90:7
%4337 = add %4336, %3522 : f32[16] @ models/lib/nn.yaml:90:7
%4338 = div %4320, %4337 : f32[16] @ models/lib/nn.yaml:90:7
%4339 = cast %4328 : f32[] @ models/lib/nn.yaml:90:7
%4340 = broadcast %4339 : f32[16] @ models/lib/nn.yaml:90:7
%4341 = mul %4338, %4340 : f32[16] @ models/lib/nn.yaml:90:7
%4342 = sub %27, %4341 : f32[16] @ models/lib/nn.yaml:90:7
%4343 = assign %27, %4342 : f32[16] @ models/lib/nn.yaml:90:7
%4344 = assign %4314, %4320 : f32[16] @ models/lib/nn.yaml:90:7
%4345 = assign %4315, %4324 : f32[16] @ models/lib/nn.yaml:90:7
%4346 = assign %4316, %4317 : i64[] @ models/lib/nn.yaml:90:7
%4347 = mul %111, %3533 : f32[16] @ models/lib/nn.yaml:90:7
%4348 = mul %4342, %3535 : f32[16] @ models/lib/nn.yaml:90:7
%4349 = add %4347, %4348 : f32[16] @ models/lib/nn.yaml:90:7
%4350 = assign %111, %4349 : f32[16] @ models/lib/nn.yaml:90:7
%4351 = all_reduce_sum %3031 : f32[64,16] @ models/lib/nn.yaml:79:7
%4352 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4353 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4354 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4355 = add %4354, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4356 = mul %28, %3873 : f32[64,16] @ models/lib/nn.yaml:79:7
%4357 = mul %4351, %3875 : f32[64,16] @ models/lib/nn.yaml:79:7
%4358 = mul %4352, %3877 : f32[64,16] @ models/lib/nn.yaml:79:7
%4359 = add %4358, %4357 : f32[64,16] @ models/lib/nn.yaml:79:7
%4360 = mul %4351, %4351 : f32[64,16] @ models/lib/nn.yaml:79:7
%4361 = mul %4360, %3881 : f32[64,16] @ models/lib/nn.yaml:79:7
%4362 = mul %4353, %3883 : f32[64,16] @ models/lib/nn.yaml:79:7
%4363 = add %4362, %4361 : f32[64,16] @ models/lib/nn.yaml:79:7
%4364 = cast %4355 : f64[] @ models/lib/nn.yaml:79:7
%4365 = pow %3401, %4364 : f64[] @ models/lib/nn.yaml:79:7
%4366 = sub %3394, %4365 : f64[] @ models/lib/nn.yaml:79:7
%4367 = div %2074, %4366 : f64[] @ models/lib/nn.yaml:79:7
%4368 = pow %3409, %4364 : f64[] @ models/lib/nn.yaml:79:7
%4369 = sub %3394, %4368 : f64[] @ models/lib/nn.yaml:79:7
%4370 = sqrt %4369 : f64[] @ models/lib/nn.yaml:79:7
%4371 = div %3394, %4370 : f64[] @ models/lib/nn.yaml:79:7
%4372 = sqrt %4363 : f32[64,16] @ models/lib/nn.yaml:79:7
%4373 = cast %4371 : f32[] @ models/lib/nn.yaml:79:7
%4374 = broadcast %4373 : f32[64,16] @ models/lib/nn.yaml:79:7
%4375 = mul %4372, %4374 : f32[64,16] @ models/lib/nn.yaml:79:7
%4376 = add %4375, %3898 : f32[64,16] @ models/lib/nn.yaml:79:7
%4377 = div %4359, %4376 : f32[64,16] @ models/lib/nn.yaml:79:7
%4378 = cast %4367 : f32[] @ models/lib/nn.yaml:79:7
%4379 = broadcast %4378 : f32[64,16] @ models/lib/nn.yaml:79:7
%4380 = mul %4377, %4379 : f32[64,16] @ models/lib/nn.yaml:79:7
%4381 = sub %4356, %4380 : f32[64,16] @ models/lib/nn.yaml:79:7
%4382 = assign %28, %4381 : f32[64,16] @ models/lib/nn.yaml:79:7
%4383 = assign %4352, %4359 : f32[64,16] @ models/lib/nn.yaml:79:7
%4384 = assign %4353, %4363 : f32[64,16] @ models/lib/nn.yaml:79:7
%4385 = assign %4354, %4355 : i64[] @ models/lib/nn.yaml:79:7
%4386 = mul %112, %3909 : f32[64,16] @ models/lib/nn.yaml:79:7
%4387 = mul %4381, %3911 : f32[64,16] @ models/lib/nn.yaml:79:7
%4388 = add %4386, %4387 : f32[64,16] @ models/lib/nn.yaml:79:7
%4389 = assign %112, %4388 : f32[64,16] @ models/lib/nn.yaml:79:7
%4390 = all_reduce_sum %3027 : f32[64] @ models/lib/nn.yaml:80:7
%4391 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4392 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4393 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4394 = add %4393, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4395 = mul %4390, %3920 : f32[64] @ models/lib/nn.yaml:80:7
%4396 = mul %4391, %3922 : f32[64] @ models/lib/nn.yaml:80:7
%4397 = add %4396, %4395 : f32[64] @ models/lib/nn.yaml:80:7
%4398 = mul %4390, %4390 : f32[64] @ models/lib/nn.yaml:80:7
%4399 = mul %4398, %3926 : f32[64] @ models/lib/nn.yaml:80:7
%4400 = mul %4392, %3928 : f32[64] @ models/lib/nn.yaml:80:7
%4401 = add %4400, %4399 : f32[64] @ models/lib/nn.yaml:80:7
%4402 = cast %4394 : f64[] @ models/lib/nn.yaml:80:7
%4403 = pow %3401, %4402 : f64[] @ models/lib/nn.yaml:80:7
%4404 = sub %3394, %4403 : f64[] @ models/lib/nn.yaml:80:7
%4405 = div %2074, %4404 : f64[] @ models/lib/nn.yaml:80:7
%4406 = pow %3409, %4402 : f64[] @ models/lib/nn.yaml:80:7
%4407 = sub %3394, %4406 : f64[] @ models/lib/nn.yaml:80:7
%4408 = sqrt %4407 : f64[] @ models/lib/nn.yaml:80:7
%4409 = div %3394, %4408 : f64[] @ models/lib/nn.yaml:80:7
%4410 = sqrt %4401 : f32[64] @ models/lib/nn.yaml:80:7
%4411 = cast %4409 : f32[] @ models/lib/nn.yaml:80:7
%4412 = broadcast %4411 : f32[64] @ models/lib/nn.yaml:80:7
%4413 = mul %4410, %4412 : f32[64] @ models/lib/nn.yaml:80:7
%4414 = add %4413, %3943 : f32[64] @ models/lib/nn.yaml:80:7
%4415 = div %4397, %4414 : f32[64] @ models/lib/nn.yaml:80:7
%4416 = cast %4405 : f32[] @ models/lib/nn.yaml:80:7
%4417 = broadcast %4416 : f32[64] @ models/lib/nn.yaml:80:7
%4418 = mul %4415, %4417 : f32[64] @ models/lib/nn.yaml:80:7
%4419 = sub %29, %4418 : f32[64] @ models/lib/nn.yaml:80:7
%4420 = assign %29, %4419 : f32[64] @ models/lib/nn.yaml:80:7
%4421 = assign %4391, %4397 : f32[64] @ models/lib/nn.yaml:80:7
%4422 = assign %4392, %4401 : f32[64] @ models/lib/nn.yaml:80:7
%4423 = assign %4393, %4394 : i64[] @ models/lib/nn.yaml:80:7
%4424 = mul %113, %3954 : f32[64] @ models/lib/nn.yaml:80:7
%4425 = mul %4419, %3956 : f32[64] @ models/lib/nn.yaml:80:7
%4426 = add %4424, %4425 : f32[64] @ models/lib/nn.yaml:80:7
%4427 = assign %113, %4426 : f32[64] @ models/lib/nn.yaml:80:7
%4428 = all_reduce_sum %3009 : f32[16,64] @ models/lib/nn.yaml:79:7
%4429 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4430 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4431 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4432 = add %4431, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4433 = mul %30, %3965 : f32[16,64] @ models/lib/nn.yaml:79:7
%4434 = mul %4428, %3967 : f32[16,64] @ models/lib/nn.yaml:79:7
%4435 = mul %4429, %3969 : f32[16,64] @ models/lib/nn.yaml:79:7
%4436 = add %4435, %4434 : f32[16,64] @ models/lib/nn.yaml:79:7
%4437 = mul %4428, %4428 : f32[16,64] @ models/lib/nn.yaml:79:7
%4438 = mul %4437, %3973 : f32[16,64] @ models/lib/nn.yaml:79:7
%4439 = mul %4430, %3975 : f32[16,64] @ models/lib/nn.yaml:79:7
%4440 = add %4439, %4438 : f32[16,64] @ models/lib/nn.yaml:79:7
%4441 = cast %4432 : f64[] @ models/lib/nn.yaml:79:7
%4442 = pow %3401, %4441 : f64[] @ models/lib/nn.yaml:79:7
%4443 = sub %3394, %4442 : f64[] @ models/lib/nn.yaml:79:7
%4444 = div %2074, %4443 : f64[] @ models/lib/nn.yaml:79:7
%4445 = pow %3409, %4441 : f64[] @ models/lib/nn.yaml:79:7
%4446 = sub %3394, %4445 : f64[] @ models/lib/nn.yaml:79:7
%4447 = sqrt %4446 : f64[] @ models/lib/nn.yaml:79:7
%4448 = div %3394, %4447 : f64[] @ models/lib/nn.yaml:79:7
%4449 = sqrt %4440 : f32[16,64] @ models/lib/nn.yaml:79:7
%4450 = cast %4448 : f32[] @ models/lib/nn.yaml:79:7
%4451 = broadcast %4450 : f32[16,64] @ models/lib/nn.yaml:79:7
%4452 = mul %4449, %4451 : f32[16,64] @ models/lib/nn.yaml:79:7
%4453 = add %4452, %3990 : f32[16,64] @ models/lib/nn.yaml:79:7
%4454 = div %4436, %4453 : f32[16,64] @ models/lib/nn.yaml:79:7
%4455 = cast %4444 : f32[] @ models/lib/nn.yaml:79:7
%4456 = broadcast %4455 : f32[16,64] @ models/lib/nn.yaml:79:7
%4457 = mul %4454, %4456 : f32[16,64] @ models/lib/nn.yaml:79:7
%4458 = sub %4433, %4457 : f32[16,64] @ models/lib/nn.yaml:79:7
%4459 = assign %30, %4458 : f32[16,64] @ models/lib/nn.yaml:79:7
%4460 = assign %4429, %4436 : f32[16,64] @ models/lib/nn.yaml:79:7
%4461 = assign %4430, %4440 : f32[16,64] @ models/lib/nn.yaml:79:7
%4462 = assign %4431, %4432 : i64[] @ models/lib/nn.yaml:79:7
%4463 = mul %114, %4001 : f32[16,64] @ models/lib/nn.yaml:79:7
%4464 = mul %4458, %4003 : f32[16,64] @ models/lib/nn.yaml:79:7
%4465 = add %4463, %4464 : f32[16,64] @ models/lib/nn.yaml:79:7
%4466 = assign %114, %4465 : f32[16,64] @ models/lib/nn.yaml:79:7
%4467 = all_reduce_sum %3005 : f32[16] @ models/lib/nn.yaml:80:7
%4468 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4469 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4470 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4471 = add %4470, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4472 = mul %4467, %3499 : f32[16] @ models/lib/nn.yaml:80:7
%4473 = mul %4468, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%4474 = add %4473, %4472 : f32[16] @ models/lib/nn.yaml:80:7
%4475 = mul %4467, %4467 : f32[16] @ models/lib/nn.yaml:80:7
%4476 = mul %4475, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%4477 = mul %4469, %3507 : f32[16] @ models/lib/nn.yaml:80:7
%4478 = add %4477, %4476 : f32[16] @ models/lib/nn.yaml:80:7
%4479 = cast %4471 : f64[] @ models/lib/nn.yaml:80:7
%4480 = pow %3401, %4479 : f64[] @ models/lib/nn.yaml:80:7
%4481 = sub %3394, %4480 : f64[] @ models/lib/nn.yaml:80:7
%4482 = div %2074, %4481 : f64[] @ models/lib/nn.yaml:80:7
%4483 = pow %3409, %4479 : f64[] @ models/lib/nn.yaml:80:7
%4484 = sub %3394, %4483 : f64[] @ models/lib/nn.yaml:80:7
%4485 = sqrt %4484 : f64[] @ models/lib/nn.yaml:80:7
%4486 = div %3394, %4485 : f64[] @ models/lib/nn.yaml:80:7
%4487 = sqrt %4478 : f32[16] @ models/lib/nn.yaml:80:7
%4488 = cast %4486 : f32[] @ models/lib/nn.yaml:80:7
%4489 = broadcast %4488 : f32[16] @ models/lib/nn.yaml:80:7
%4490 = mul %4487, %4489 : f32[16] @ models/lib/nn.yaml:80:7
%4491 = add %4490, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%4492 = div %4474, %4491 : f32[16] @ models/lib/nn.yaml:80:7
%4493 = cast %4482 : f32[] @ models/lib/nn.yaml:80:7
%4494 = broadcast %4493 : f32[16] @ models/lib/nn.yaml:80:7
%4495 = mul %4492, %4494 : f32[16] @ models/lib/nn.yaml:80:7
%4496 = sub %31, %4495 : f32[16] @ models/lib/nn.yaml:80:7
%4497 = assign %31, %4496 : f32[16] @ models/lib/nn.yaml:80:7
%4498 = assign %4468, %4474 : f32[16] @ models/lib/nn.yaml:80:7
%4499 = assign %4469, %4478 : f32[16] @ models/lib/nn.yaml:80:7
%4500 = assign %4470, %4471 : i64[] @ models/lib/nn.yaml:80:7
%4501 = mul %115, %3533 : f32[16] @ models/lib/nn.yaml:80:7
%4502 = mul %4496, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%4503 = add %4501, %4502 : f32[16] @ models/lib/nn.yaml:80:7
%4504 = assign %115, %4503 : f32[16] @ models/lib/nn.yaml:80:7
%4505 = all_reduce_sum %2999 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4506 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4507 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4508 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%4509 = add %4508, %3391 : i64[] @ models/lib/vit.yaml:103:7
%4510 = broadcast %3396 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4511 = mul %32, %4510 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4512 = broadcast %2077 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4513 = mul %4505, %4512 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4514 = broadcast %1348 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4515 = mul %4506, %4514 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4516 = add %4515, %4513 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4517 = mul %4505, %4505 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4518 = broadcast %3406 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4519 = mul %4517, %4518 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4520 = broadcast %3410 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4521 = mul %4507, %4520 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4522 = add %4521, %4519 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4523 = cast %4509 : f64[] @ models/lib/vit.yaml:103:7
%4524 = pow %3401, %4523 : f64[] @ models/lib/vit.yaml:103:7
%4525 = sub %3394, %4524 : f64[] @ models/lib/vit.yaml:103:7
%4526 = div %2074, %4525 : f64[] @ models/lib/vit.yaml:103:7
%4527 = pow %3409, %4523 : f64[] @ models/lib/vit.yaml:103:7
%4528 = sub %3394, %4527 : f64[] @ models/lib/vit.yaml:103:7
%4529 = sqrt %4528 : f64[] @ models/lib/vit.yaml:103:7
%4530 = div %3394, %4529 : f64[] @ models/lib/vit.yaml:103:7
%4531 = sqrt %4522 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4532 = cast %4530 : f32[] @ models/lib/vit.yaml:103:7
%4533 = broadcast %4532 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4534 = mul %4531, %4533 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4535 = broadcast %3426 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4536 = add %4534, %4535 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4537 = div %4516, %4536 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4538 = cast %4526 : f32[] @ models/lib/vit.yaml:103:7
%4539 = broadcast %4538 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4540 = mul %4537, %4539 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4541 = sub %4511, %4540 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4542 = assign %32, %4541 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4543 = assign %4506, %4516 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4544 = assign %4507, %4522 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4545 = assign %4508, %4509 : i64[] @ models/lib/vit.yaml:103:7
%4546 = broadcast %3438 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4547 = mul %116, %4546 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4548 = broadcast %3442 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4549 = mul %4541, %4548 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4550 = add %4547, %4549 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4551 = assign %116, %4550 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4552 = all_reduce_sum %2977 : f32[16] @ models/lib/nn.yaml:89:7
%4553 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4554 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4555 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4556 = add %4555, %3391 : i64[] @ models/lib/nn.yaml:89:7
%4557 = mul %4552, %3499 : f32[16] @ models/lib/nn.yaml:89:7
%4558 = mul %4553, %3501 : f32[16] @ models/lib/nn.yaml:89:7
%4559 = add %4558, %4557 : f32[16] @ models/lib/nn.yaml:89:7
%4560 = mul %4552, %4552 : f32[16] @ models/lib/nn.yaml:89:7
%4561 = mul %4560, %3505 : f32[16] @ models/lib/nn.yaml:89:7
%4562 = mul %4554, %3507 : f32[16] @ models/lib/nn.yaml:89:7
%4563 = add %4562, %4561 : f32[16] @ models/lib/nn.yaml:89:7
%4564 = cast %4556 : f64[] @ models/lib/nn.yaml:89:7
%4565 = pow %3401, %4564 : f64[] @ models/lib/nn.yaml:89:7
%4566 = sub %3394, %4565 : f64[] @ models/lib/nn.yaml:89:7
%4567 = div %2074, %4566 : f64[] @ models/lib/nn.yaml:89:7
%4568 = pow %3409, %4564 : f64[] @ models/lib/nn.yaml:89:7
%4569 = sub %3394, %4568 : f64[] @ models/lib/nn.yaml:89:7
%4570 = sqrt %4569 : f64[] @ models/lib/nn.yaml:89:7
%4571 = div %3394, %4570 : f64[] @ models/lib/nn.yaml:89:7
%4572 = sqrt %4563 : f32[16] @ models/lib/nn.yaml:89:7
%4573 = cast %4571 : f32[] @ models/lib/nn.yaml:89:7
%4574 = broadcast %4573 : f32[16] @ models/lib/nn.yaml:89:7
%4575 = mul %4572, %4574 : f32[16] @ models/lib/nn.yaml:89:7
%4576 = add %4575, %3522 : f32[16] @ models/lib/nn.yaml:89:7
%4577 = div %4559, %4576 : f32[16] @ models/lib/nn.yaml:89:7
%4578 = cast %4567 : f32[] @ models/lib/nn.yaml:89:7
%4579 = broadcast %4578 : f32[16] @ models/lib/nn.yaml:89:7
%4580 = mul %4577, %4579 : f32[16] @ models/lib/nn.yaml:89:7
%4581 = sub %33, %4580 : f32[16] @ models/lib/nn.yaml:89:7
%4582 = assign %33, %4581 : f32[16] @ models/lib/nn.yaml:89:7
%4583 = assign %4553, %4559 : f32[16] @ models/lib/nn.yaml:89:7
%4584 = assign %4554, %4563 : f32[16] @ models/lib/nn.yaml:89:7
%4585 = assign %4555, %4556 : i64[] @ models/lib/nn.yaml:89:7
%4586 = mul %117, %3533 : f32[16] @ models/lib/nn.yaml:89:7
%4587 = mul %4581, %3535 : f32[16] @ models/lib/nn.yaml:89:7
%4588 = add %4586, %4587 : f32[16] @ models/lib/nn.yaml:89:7
%4589 = assign %117, %4588 : f32[16] @ models/lib/nn.yaml:89:7
%4590 = all_reduce_sum %2971 : f32[16] @ models/lib/nn.yaml:90:7
%4591 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4592 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4593 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4594 = add %4593, %3391 : i64[] @ models/lib/nn.yaml:90:7
%4595 = mul %4590, %3499 : f32[16] @ models/lib/nn.yaml:90:7
%4596 = mul %4591, %3501 : f32[16] @ models/lib/nn.yaml:90:7
%4597 = add %4596, %4595 : f32[16] @ models/lib/nn.yaml:90:7
%4598 = mul %4590, %4590 : f32[16] @ models/lib/nn.yaml:90:7
%4599 = mul %4598, %3505 : f32[16] @ models/lib/nn.yaml:90:7
%4600 = mul %4592, %3507 : f32[16] @ models/lib/nn.yaml:90:7
%4601 = add %4600, %4599 : f32[16] @ models/lib/nn.yaml:90:7
%4602 = cast %4594 : f64[] @ models/lib/nn.yaml:90:7
%4603 = pow %3401, %4602 : f64[] @ models/lib/nn.yaml:90:7
%4604 = sub %3394, %4603 : f64[] @ models/lib/nn.yaml:90:7
%4605 = div %2074, %4604 : f64[] @ models/lib/nn.yaml:90:7
%4606 = pow %3409, %4602 : f64[] @ models/lib/nn.yaml:90:7
%4607 = sub %3394, %4606 : f64[] @ models/lib/nn.yaml:90:7
%4608 = sqrt %4607 : f64[] @ models/lib/nn.yaml:90:7
%4609 = div %3394, %4608 : f64[] @ models/lib/nn.yaml:90:7
%4610 = sqrt %4601 : f32[16] @ models/lib/nn.yaml:90:7
%4611 = cast %4609 : f32[] @ models/lib/nn.yaml:90:7
%4612 = broadcast %4611 : f32[16] @ models/lib/nn.yaml:90:7
%4613 = mul %4610, %4612 : f32[16] @ models/lib/nn.yaml:90:7
%4614 = add %4613, %3522 : f32[16] @ models/lib/nn.yaml:90:7
%4615 = div %4597, %4614 : f32[16] @ models/lib/nn.yaml:90:7
%4616 = cast %4605 : f32[] @ models/lib/nn.yaml:90:7
%4617 = broadcast %4616 : f32[16] @ models/lib/nn.yaml:90:7
%4618 = mul %4615, %4617 : f32[16] @ models/lib/nn.yaml:90:7
%4619 = sub %34, %4618 : f32[16] @ models/lib/nn.yaml:90:7
%4620 = assign %34, %4619 : f32[16] @ models/lib/nn.yaml:90:7
%4621 = assign %4591, %4597 : f32[16] @ models/lib/nn.yaml:90:7
%4622 = assign %4592, %4601 : f32[16] @ models/lib/nn.yaml:90:7
%4623 = assign %4593, %4594 : i64[] @ models/lib/nn.yaml:90:7
%4624 = mul %118, %3533 : f32[16] @ models/lib/nn.yaml:90:7
%4625 = mul %4619, %3535 : f32[16] @ models/lib/nn.yaml:90:7
%4626 = add %4624, %4625 : f32[16] @ models/lib/nn.yaml:90:7
%4627 = assign %118, %4626 : f32[16] @ models/lib/nn.yaml:90:7
%4628 = all_reduce_sum %2965 : f32[16,16] @ models/lib/nn.yaml:79:7
%4629 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4630 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4631 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4632 = add %4631, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4633 = mul %35, %3712 : f32[16,16] @ models/lib/nn.yaml:79:7
%4634 = mul %4628, %3714 : f32[16,16] @ models/lib/nn.yaml:79:7
%4635 = mul %4629, %3716 : f32[16,16] @ models/lib/nn.yaml:79:7
%4636 = add %4635, %4634 : f32[16,16] @ models/lib/nn.yaml:79:7
%4637 = mul %4628, %4628 : f32[16,16] @ models/lib/nn.yaml:79:7
%4638 = mul %4637, %3720 : f32[16,16] @ models/lib/nn.yaml:79:7
%4639 = mul %4630, %3722 : f32[16,16] @ models/lib/nn.yaml:79:7
%4640 = add %4639, %4638 : f32[16,16] @ models/lib/nn.yaml:79:7
%4641 = cast %4632 : f64[] @ models/lib/nn.yaml:79:7
%4642 = pow %3401, %4641 : f64[] @ models/lib/nn.yaml:79:7
%4643 = sub %3394, %4642 : f64[] @ models/lib/nn.yaml:79:7
%4644 = div %2074, %4643 : f64[] @ models/lib/nn.yaml:79:7
%4645 = pow %3409, %4641 : f64[] @ models/lib/nn.yaml:79:7
%4646 = sub %3394, %4645 : f64[] @ models/lib/nn.yaml:79:7
%4647 = sqrt %4646 : f64[] @ models/lib/nn.yaml:79:7
%4648 = div %3394, %4647 : f64[] @ models/lib/nn.yaml:79:7
%4649 = sqrt %4640 : f32[16,16] @ models/lib/nn.yaml:79:7
%4650 = cast %4648 : f32[] @ models/lib/nn.yaml:79:7
%4651 = broadcast %4650 : f32[16,16] @ models/lib/nn.yaml:79:7
%4652 = mul %4649, %4651 : f32[16,16] @ models/lib/nn.yaml:79:7
%4653 = add %4652, %3737 : f32[16,16] @ models/lib/nn.yaml:79:7
%4654 = div %4636, %4653 : f32[16,16] @ models/lib/nn.yaml:79:7
%4655 = cast %4644 : f32[] @ models/lib/nn.yaml:79:7
%4656 = broadcast %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%4657 = mul %4654, %4656 : f32[16,16] @ models/lib/nn.yaml:79:7
%4658 = sub %4633, %4657 : f32[16,16] @ models/lib/nn.yaml:79:7
%4659 = assign %35, %4658 : f32[16,16] @ models/lib/nn.yaml:79:7
%4660 = assign %4629, %4636 : f32[16,16] @ models/lib/nn.yaml:79:7
%4661 = assign %4630, %4640 : f32[16,16] @ models/lib/nn.yaml:79:7
%4662 = assign %4631, %4632 : i64[] @ models/lib/nn.yaml:79:7
%4663 = mul %119, %3748 : f32[16,16] @ models/lib/nn.yaml:79:7
%4664 = mul %4658, %3750 : f32[16,16] @ models/lib/nn.yaml:79:7
%4665 = add %4663, %4664 : f32[16,16] @ models/lib/nn.yaml:79:7
%4666 = assign %119, %4665 : f32[16,16] @ models/lib/nn.yaml:79:7
%4667 = all_reduce_sum %2961 : f32[16] @ models/lib/nn.yaml:80:7
%4668 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4669 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4670 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4671 = add %4670, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4672 = mul %4667, %3499 : f32[16] @ models/lib/nn.yaml:80:7
%4673 = mul %4668, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%4674 = add %4673, %4672 : f32[16] @ models/lib/nn.yaml:80:7
%4675 = mul %4667, %4667 : f32[16] @ models/lib/nn.yaml:80:7
%4676 = mul %4675, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%4677 = mul %4669, %3507 : f32[16] @ models/lib/nn.yaml:80:7
%4678 = add %4677, %4676 : f32[16] @ models/lib/nn.yaml:80:7
%4679 = cast %4671 : f64[] @ models/lib/nn.yaml:80:7
%4680 = pow %3401, %4679 : f64[] @ models/lib/nn.yaml:80:7
%4681 = sub %3394, %4680 : f64[] @ models/lib/nn.yaml:80:7
%4682 = div %2074, %4681 : f64[] @ models/lib/nn.yaml:80:7
%4683 = pow %3409, %4679 : f64[] @ models/lib/nn.yaml:80:7
%4684 = sub %3394, %4683 : f64[] @ models/lib/nn.yaml:80:7
%4685 = sqrt %4684 : f64[] @ models/lib/nn.yaml:80:7
%4686 = div %3394, %4685 : f64[] @ models/lib/nn.yaml:80:7
%4687 = sqrt %4678 : f32[16] @ models/lib/nn.yaml:80:7
%4688 = cast %4686 : f32[] @ models/lib/nn.yaml:80:7
%4689 = broadcast %4688 : f32[16] @ models/lib/nn.yaml:80:7
%4690 = mul %4687, %4689 : f32[16] @ models/lib/nn.yaml:80:7
%4691 = add %4690, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%4692 = div %4674, %4691 : f32[16] @ models/lib/nn.yaml:80:7
%4693 = cast %4682 : f32[] @ models/lib/nn.yaml:80:7
%4694 = broadcast %4693 : f32[16] @ models/lib/nn.yaml:80:7
%4695 = mul %4692, %4694 : f32[16] @ models/lib/nn.yaml:80:7
%4696 = sub %36, %4695 : f32[16] @ models/lib/nn.yaml:80:7
%4697 = assign %36, %4696 : f32[16] @ models/lib/nn.yaml:80:7
%4698 = assign %4668, %4674 : f32[16] @ models/lib/nn.yaml:80:7
%4699 = assign %4669, %4678 : f32[16] @ models/lib/nn.yaml:80:7
%4700 = assign %4670, %4671 : i64[] @ models/lib/nn.yaml:80:7
%4701 = mul %120, %3533 : f32[16] @ models/lib/nn.yaml:80:7
%4702 = mul %4696, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%4703 = add %4701, %4702 : f32[16] @ models/lib/nn.yaml:80:7
%4704 = assign %120, %4703 : f32[16] @ models/lib/nn.yaml:80:7
%4705 = all_reduce_sum %2957 : f32[16,16] @ models/lib/nn.yaml:79:7
%4706 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4707 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4708 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4709 = add %4708, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4710 = mul %37, %3712 : f32[16,16] @ models/lib/nn.yaml:79:7
%4711 = mul %4705, %3714 : f32[16,16] @ models/lib/nn.yaml:79:7
%4712 = mul %4706, %3716 : f32[16,16] @ models/lib/nn.yaml:79:7
%4713 = add %4712, %4711 : f32[16,16] @ models/lib/nn.yaml:79:7
%4714 = mul %4705, %4705 : f32[16,16] @ models/lib/nn.yaml:79:7
%4715 = mul %4714, %3720 : f32[16,16] @ models/lib/nn.yaml:79:7
%4716 = mul %4707, %3722 : f32[16,16] @ models/lib/nn.yaml:79:7
%4717 = add %4716, %4715 : f32[16,16] @ models/lib/nn.yaml:79:7
%4718 = cast %4709 : f64[] @ models/lib/nn.yaml:79:7
%4719 = pow %3401, %4718 : f64[] @ models/lib/nn.yaml:79:7
%4720 = sub %3394, %4719 : f64[] @ models/lib/nn.yaml:79:7
%4721 = div %2074, %4720 : f64[] @ models/lib/nn.yaml:79:7
%4722 = pow %3409, %4718 : f64[] @ models/lib/nn.yaml:79:7
%4723 = sub %3394, %4722 : f64[] @ models/lib/nn.yaml:79:7
%4724 = sqrt %4723 : f64[] @ models/lib/nn.yaml:79:7
%4725 = div %3394, %4724 : f64[] @ models/lib/nn.yaml:79:7
%4726 = sqrt %4717 : f32[16,16] @ models/lib/nn.yaml:79:7
%4727 = cast %4725 : f32[] @ models/lib/nn.yaml:79:7
%4728 = broadcast %4727 : f32[16,16] @ models/lib/nn.yaml:79:7
%4729 = mul %4726, %4728 : f32[16,16] @ models/lib/nn.yaml:79:7
%4730 = add %4729, %3737 : f32[16,16] @ models/lib/nn.yaml:79:7
%4731 = div %4713, %4730 : f32[16,16] @ models/lib/nn.yaml:79:7
%4732 = cast %4721 : f32[] @ models/lib/nn.yaml:79:7
%4733 = broadcast %4732 : f32[16,16] @ models/lib/nn.yaml:79:7
%4734 = mul %4731, %4733 : f32[16,16] @ models/lib/nn.yaml:79:7
%4735 = sub %4710, %4734 : f32[16,16] @ models/lib/nn.yaml:79:7
%4736 = assign %37, %4735 : f32[16,16] @ models/lib/nn.yaml:79:7
%4737 = assign %4706, %4713 : f32[16,16] @ models/lib/nn.yaml:79:7
%4738 = assign %4707, %4717 : f32[16,16] @ models/lib/nn.yaml:79:7
%4739 = assign %4708, %4709 : i64[] @ models/lib/nn.yaml:79:7
%4740 = mul %121, %3748 : f32[16,16] @ models/lib/nn.yaml:79:7
%4741 = mul %4735, %3750 : f32[16,16] @ models/lib/nn.yaml:79:7
%4742 = add %4740, %4741 : f32[16,16] @ models/lib/nn.yaml:79:7
%4743 = assign %121, %4742 : f32[16,16] @ models/lib/nn.yaml:79:7
%4744 = all_reduce_sum %2953 : f32[16] @ models/lib/nn.yaml:80:7
%4745 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4746 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4747 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4748 = add %4747, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4749 = mul %4744, %3499 : f32[16] @ models/lib/nn.yaml:80:7
%4750 = mul %4745, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%4751 = add %4750, %4749 : f32[16] @ models/lib/nn.yaml:80:7
%4752 = mul %4744, %4744 : f32[16] @ models/lib/nn.yaml:80:7
%4753 = mul %4752, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%4754 = mul %4746, %3507 : f32[16] @ models/lib/nn.yaml:80:7
%4755 = add %4754, %4753 : f32[16] @ models/lib/nn.yaml:80:7
%4756 = cast %4748 : f64[] @ models/lib/nn.yaml:80:7
%4757 = pow %3401, %4756 : f64[] @ models/lib/nn.yaml:80:7
%4758 = sub %3394, %4757 : f64[] @ models/lib/nn.yaml:80:7
%4759 = div %2074, %4758 : f64[] @ models/lib/nn.yaml:80:7
%4760 = pow %3409, %4756 : f64[] @ models/lib/nn.yaml:80:7
%4761 = sub %3394, %4760 : f64[] @ models/lib/nn.yaml:80:7
%4762 = sqrt %4761 : f64[] @ models/lib/nn.yaml:80:7
%4763 = div %3394, %4762 : f64[] @ models/lib/nn.yaml:80:7
%4764 = sqrt %4755 : f32[16] @ models/lib/nn.yaml:80:7
%4765 = cast %4763 : f32[] @ models/lib/nn.yaml:80:7
%4766 = broadcast %4765 : f32[16] @ models/lib/nn.yaml:80:7
%4767 = mul %4764, %4766 : f32[16] @ models/lib/nn.yaml:80:7
%4768 = add %4767, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%4769 = div %4751, %4768 : f32[16] @ models/lib/nn.yaml:80:7
%4770 = cast %4759 : f32[] @ models/lib/nn.yaml:80:7
%4771 = broadcast %4770 : f32[16] @ models/lib/nn.yaml:80:7
%4772 = mul %4769, %4771 : f32[16] @ models/lib/nn.yaml:80:7
%4773 = sub %38, %4772 : f32[16] @ models/lib/nn.yaml:80:7
%4774 = assign %38, %4773 : f32[16] @ models/lib/nn.yaml:80:7
%4775 = assign %4745, %4751 : f32[16] @ models/lib/nn.yaml:80:7
%4776 = assign %4746, %4755 : f32[16] @ models/lib/nn.yaml:80:7
%4777 = assign %4747, %4748 : i64[] @ models/lib/nn.yaml:80:7
%4778 = mul %122, %3533 : f32[16] @ models/lib/nn.yaml:80:7
%4779 = mul %4773, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%4780 = add %4778, %4779 : f32[16] @ models/lib/nn.yaml:80:7
%4781 = assign %122, %4780 : f32[16] @ models/lib/nn.yaml:80:7
%4782 = all_reduce_sum %2947 : f32[16,16] @ models/lib/nn.yaml:79:7
%4783 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4784 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4785 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4786 = add %4785, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4787 = mul %39, %3712 : f32[16,16] @ models/lib/nn.yaml:79:7
%4788 = mul %4782, %3714 : f32[16,16] @ models/lib/nn.yaml:79:7
%4789 = mul %4783, %3716 : f32[16,16] @ models/lib/nn.yaml:79:7
%4790 = add %4789, %4788 : f32[16,16] @ models/lib/nn.yaml:79:7
%4791 = mul %4782, %4782 : f32[16,16] @ models/lib/nn.yaml:79:7
%4792 = mul %4791, %3720 : f32[16,16] @ models/lib/nn.yaml:79:7
%4793 = mul %4784, %3722 : f32[16,16] @ models/lib/nn.yaml:79:7
%4794 = add %4793, %4792 : f32[16,16] @ models/lib/nn.yaml:79:7
%4795 = cast %4786 : f64[] @ models/lib/nn.yaml:79:7
%4796 = pow %3401, %4795 : f64[] @ models/lib/nn.yaml:79:7
%4797 = sub %3394, %4796 : f64[] @ models/lib/nn.yaml:79:7
%4798 = div %2074, %4797 : f64[] @ models/lib/nn.yaml:79:7
%4799 = pow %3409, %4795 : f64[] @ models/lib/nn.yaml:79:7
%4800 = sub %3394, %4799 : f64[] @ models/lib/nn.yaml:79:7
%4801 = sqrt %4800 : f64[] @ models/lib/nn.yaml:79:7
%4802 = div %3394, %4801 : f64[] @ models/lib/nn.yaml:79:7
%4803 = sqrt %4794 : f32[16,16] @ models/lib/nn.yaml:79:7
%4804 = cast %4802 : f32[] @ models/lib/nn.yaml:79:7
%4805 = broadcast %4804 : f32[16,16] @ models/lib/nn.yaml:79:7
%4806 = mul %4803, %4805 : f32[16,16] @ models/lib/nn.yaml:79:7
%4807 = add %4806, %3737 : f32[16,16] @ models/lib/nn.yaml:79:7
%4808 = div %4790, %4807 : f32[16,16] @ models/lib/nn.yaml:79:7
%4809 = cast %4798 : f32[] @ models/lib/nn.yaml:79:7
%4810 = broadcast %4809 : f32[16,16] @ models/lib/nn.yaml:79:7
%4811 = mul %4808, %4810 : f32[16,16] @ models/lib/nn.yaml:79:7
%4812 = sub %4787, %4811 : f32[16,16] @ models/lib/nn.yaml:79:7
%4813 = assign %39, %4812 : f32[16,16] @ models/lib/nn.yaml:79:7
%4814 = assign %4783, %4790 : f32[16,16] @ models/lib/nn.yaml:79:7
%4815 = assign %4784, %4794 : f32[16,16] @ models/lib/nn.yaml:79:7
%4816 = assign %4785, %4786 : i64[] @ models/lib/nn.yaml:79:7
%4817 = mul %123, %3748 : f32[16,16] @ models/lib/nn.yaml:79:7
%4818 = mul %4812, %3750 : f32[16,16] @ models/lib/nn.yaml:79:7
%4819 = add %4817, %4818 : f32[16,16] @ models/lib/nn.yaml:79:7
%4820 = assign %123, %4819 : f32[16,16] @ models/lib/nn.yaml:79:7
%4821 = all_reduce_sum %2943 : f32[16] @ models/lib/nn.yaml:80:7
%4822 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4823 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4824 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4825 = add %4824, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4826 = mul %4821, %3499 : f32[16] @ models/lib/nn.yaml:80:7
%4827 = mul %4822, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%4828 = add %4827, %4826 : f32[16] @ models/lib/nn.yaml:80:7
%4829 = mul %4821, %4821 : f32[16] @ models/lib/nn.yaml:80:7
%4830 = mul %4829, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%4831 = mul %4823, %3507 : f32[16] @ models/lib/nn.yaml:80:7
%4832 = add %4831, %4830 : f32[16] @ models/lib/nn.yaml:80:7
%4833 = cast %4825 : f64[] @ models/lib/nn.yaml:80:7
%4834 = pow %3401, %4833 : f64[] @ models/lib/nn.yaml:80:7
%4835 = sub %3394, %4834 : f64[] @ models/lib/nn.yaml:80:7
%4836 = div %2074, %4835 : f64[] @ models/lib/nn.yaml:80:7
%4837 = pow %3409, %4833 : f64[] @ models/lib/nn.yaml:80:7
%4838 = sub %3394, %4837 : f64[] @ models/lib/nn.yaml:80:7
%4839 = sqrt %4838 : f64[] @ models/lib/nn.yaml:80:7
%4840 = div %3394, %4839 : f64[] @ models/lib/nn.yaml:80:7
%4841 = sqrt %4832 : f32[16] @ models/lib/nn.yaml:80:7
%4842 = cast %4840 : f32[] @ models/lib/nn.yaml:80:7
%4843 = broadcast %4842 : f32[16] @ models/lib/nn.yaml:80:7
%4844 = mul %4841, %4843 : f32[16] @ models/lib/nn.yaml:80:7
%4845 = add %4844, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%4846 = div %4828, %4845 : f32[16] @ models/lib/nn.yaml:80:7
%4847 = cast %4836 : f32[] @ models/lib/nn.yaml:80:7
%4848 = broadcast %4847 : f32[16] @ models/lib/nn.yaml:80:7
%4849 = mul %4846, %4848 : f32[16] @ models/lib/nn.yaml:80:7
%4850 = sub %40, %4849 : f32[16] @ models/lib/nn.yaml:80:7
%4851 = assign %40, %4850 : f32[16] @ models/lib/nn.yaml:80:7
%4852 = assign %4822, %4828 : f32[16] @ models/lib/nn.yaml:80:7
%4853 = assign %4823, %4832 : f32[16] @ models/lib/nn.yaml:80:7
%4854 = assign %4824, %4825 : i64[] @ models/lib/nn.yaml:80:7
%4855 = mul %124, %3533 : f32[16] @ models/lib/nn.yaml:80:7
%4856 = mul %4850, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%4857 = add %4855, %4856 : f32[16] @ models/lib/nn.yaml:80:7
%4858 = assign %124, %4857 : f32[16] @ models/lib/nn.yaml:80:7
%4859 = all_reduce_sum %2872 : f32[16,16] @ models/lib/nn.yaml:79:7
%4860 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4861 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4862 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4863 = add %4862, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4864 = mul %41, %3712 : f32[16,16] @ models/lib/nn.yaml:79:7
%4865 = mul %4859, %3714 : f32[16,16] @ models/lib/nn.yaml:79:7
%4866 = mul %4860, %3716 : f32[16,16] @ models/lib/nn.yaml:79:7
%4867 = add %4866, %4865 : f32[16,16] @ models/lib/nn.yaml:79:7
%4868 = mul %4859, %4859 : f32[16,16] @ models/lib/nn.yaml:79:7
%4869 = mul %4868, %3720 : f32[16,16] @ models/lib/nn.yaml:79:7
%4870 = mul %4861, %3722 : f32[16,16] @ models/lib/nn.yaml:79:7
%4871 = add %4870, %4869 : f32[16,16] @ models/lib/nn.yaml:79:7
%4872 = cast %4863 : f64[] @ models/lib/nn.yaml:79:7
%4873 = pow %3401, %4872 : f64[] @ models/lib/nn.yaml:79:7
%4874 = sub %3394, %4873 : f64[] @ models/lib/nn.yaml:79:7
%4875 = div %2074, %4874 : f64[] @ models/lib/nn.yaml:79:7
%4876 = pow %3409, %4872 : f64[] @ models/lib/nn.yaml:79:7
%4877 = sub %3394, %4876 : f64[] @ models/lib/nn.yaml:79:7
%4878 = sqrt %4877 : f64[] @ models/lib/nn.yaml:79:7
%4879 = div %3394, %4878 : f64[] @ models/lib/nn.yaml:79:7
%4880 = sqrt %4871 : f32[16,16] @ models/lib/nn.yaml:79:7
%4881 = cast %4879 : f32[] @ models/lib/nn.yaml:79:7
%4882 = broadcast %4881 : f32[16,16] @ models/lib/nn.yaml:79:7
%4883 = mul %4880, %4882 : f32[16,16] @ models/lib/nn.yaml:79:7
%4884 = add %4883, %3737 : f32[16,16] @ models/lib/nn.yaml:79:7
%4885 = div %4867, %4884 : f32[16,16] @ models/lib/nn.yaml:79:7
%4886 = cast %4875 : f32[] @ models/lib/nn.yaml:79:7
%4887 = broadcast %4886 : f32[16,16] @ models/lib/nn.yaml:79:7
%4888 = mul %4885, %4887 : f32[16,16] @ models/lib/nn.yaml:79:7
%4889 = sub %4864, %4888 : f32[16,16] @ models/lib/nn.yaml:79:7
%4890 = assign %41, %4889 : f32[16,16] @ models/lib/nn.yaml:79:7
%4891 = assign %4860, %4867 : f32[16,16] @ models/lib/nn.yaml:79:7
%4892 = assign %4861, %4871 : f32[16,16] @ models/lib/nn.yaml:79:7
%4893 = assign %4862, %4863 : i64[] @ models/lib/nn.yaml:79:7
%4894 = mul %125, %3748 : f32[16,16] @ models/lib/nn.yaml:79:7
%4895 = mul %4889, %3750 : f32[16,16] @ models/lib/nn.yaml:79:7
%4896 = add %4894, %4895 : f32[16,16] @ models/lib/nn.yaml:79:7
%4897 = assign %125, %4896 : f32[16,16] @ models/lib/nn.yaml:79:7
%4898 = all_reduce_sum %2868 : f32[16] @ models/lib/nn.yaml:80:7
%4899 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4900 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4901 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4902 = add %4901, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4903 = mul %4898, %3499 : f32[16] @ models/lib/nn.yaml:80:7
%4904 = mul %4899, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%4905 = add %4904, %4903 : f32[16] @ models/lib/nn.yaml:80:7
%4906 = mul %4898, %4898 : f32[16] @ models/lib/nn.yaml:80:7
%4907 = mul %4906, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%4908 = mul %4900, %3507 : f32[16] @ models/lib/nn.yaml:80:7
%4909 = add %4908, %4907 : f32[16] @ models/lib/nn.yaml:80:7
%4910 = cast %4902 : f64[] @ models/lib/nn.yaml:80:7
%4911 = pow %3401, %4910 : f64[] @ models/lib/nn.yaml:80:7
%4912 = sub %3394, %4911 : f64[] @ models/lib/nn.yaml:80:7
%4913 = div %2074, %4912 : f64[] @ models/lib/nn.yaml:80:7
%4914 = pow %3409, %4910 : f64[] @ models/lib/nn.yaml:80:7
%4915 = sub %3394, %4914 : f64[] @ models/lib/nn.yaml:80:7
%4916 = sqrt %4915 : f64[] @ models/lib/nn.yaml:80:7
%4917 = div %3394, %4916 : f64[] @ models/lib/nn.yaml:80:7
%4918 = sqrt %4909 : f32[16] @ models/lib/nn.yaml:80:7
%4919 = cast %4917 : f32[] @ models/lib/nn.yaml:80:7
%4920 = broadcast %4919 : f32[16] @ models/lib/nn.yaml:80:7
%4921 = mul %4918, %4920 : f32[16] @ models/lib/nn.yaml:80:7
%4922 = add %4921, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%4923 = div %4905, %4922 : f32[16] @ models/lib/nn.yaml:80:7
%4924 = cast %4913 : f32[] @ models/lib/nn.yaml:80:7
%4925 = broadcast %4924 : f32[16] @ models/lib/nn.yaml:80:7
%4926 = mul %4923, %4925 : f32[16] @ models/lib/nn.yaml:80:7
%4927 = sub %42, %4926 : f32[16] @ models/lib/nn.yaml:80:7
%4928 = assign %42, %4927 : f32[16] @ models/lib/nn.yaml:80:7
%4929 = assign %4899, %4905 : f32[16] @ models/lib/nn.yaml:80:7
%4930 = assign %4900, %4909 : f32[16] @ models/lib/nn.yaml:80:7
%4931 = assign %4901, %4902 : i64[] @ models/lib/nn.yaml:80:7
%4932 = mul %126, %3533 : f32[16] @ models/lib/nn.yaml:80:7
%4933 = mul %4927, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%4934 = add %4932, %4933 : f32[16] @ models/lib/nn.yaml:80:7
%4935 = assign %126, %4934 : f32[16] @ models/lib/nn.yaml:80:7
%4936 = all_reduce_sum %2848 : f32[16] @ models/lib/nn.yaml:89:7
%4937 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4938 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4939 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4940 = add %4939, %3391 : i64[] @ models/lib/nn.yaml:89:7
%4941 = mul %4936, %3499 : f32[16] @ models/lib/nn.yaml:89:7
%4942 = mul %4937, %3501 : f32[16] @ models/lib/nn.yaml:89:7
%4943 = add %4942, %4941 : f32[16] @ models/lib/nn.yaml:89:7
%4944 = mul %4936, %4936 : f32[16] @ models/lib/nn.yaml:89:7
%4945 = mul %4944, %3505 : f32[16] @ models/lib/nn.yaml:89:7
%4946 = mul %4938, %3507 : f32[16] @ models/lib/nn.yaml:89:7
%4947 = add %4946, %4945 : f32[16] @ models/lib/nn.yaml:89:7
%4948 = cast %4940 : f64[] @ models/lib/nn.yaml:89:7
%4949 = pow %3401, %4948 : f64[] @ models/lib/nn.yaml:89:7
%4950 = sub %3394, %4949 : f64[] @ models/lib/nn.yaml:89:7
%4951 = div %2074, %4950 : f64[] @ models/lib/nn.yaml:89:7
%4952 = pow %3409, %4948 : f64[] @ models/lib/nn.yaml:89:7
%4953 = sub %3394, %4952 : f64[] @ models/lib/nn.yaml:89:7
%4954 = sqrt %4953 : f64[] @ models/lib/nn.yaml:89:7
%4955 = div %3394, %4954 : f64[] @ models/lib/nn.yaml:89:7
%4956 = sqrt %4947 : f32[16] @ models/lib/nn.yaml:89:7
%4957 = cast %4955 : f32[] @ models/lib/nn.yaml:89:7
%4958 = broadcast %4957 : f32[16] @ models/lib/nn.yaml:89:7
%4959 = mul %4956, %4958 : f32[16] @ models/lib/nn.yaml:89:7
%4960 = add %4959, %3522 : f32[16] @ models/lib/nn.yaml:89:7
%4961 = div %4943, %4960 : f32[16] @ models/lib/nn.yaml:89:7
%4962 = cast %4951 : f32[] @ models/lib/nn.yaml:89:7
%4963 = broadcast %4962 : f32[16] @ models/lib/nn.yaml:89:7
%4964 = mul %4961, %4963 : f32[16] @ models/lib/nn.yaml:89:7
%4965 = sub %43, %4964 : f32[16] @ models/lib/nn.yaml:89:7
%4966 = assign %43, %4965 : f32[16] @ models/lib/nn.yaml:89:7
%4967 = assign %4937, %4943 : f32[16] @ models/lib/nn.yaml:89:7
%4968 = assign %4938, %4947 : f32[16] @ models/lib/nn.yaml:89:7
%4969 = assign %4939, %4940 : i64[] @ models/lib/nn.yaml:89:7
%4970 = mul %127, %3533 : f32[16] @ models/lib/nn.yaml:89:7
%4971 = mul %4965, %3535 : f32[16] @ models/lib/nn.yaml:89:7
%4972 = add %4970, %4971 : f32[16] @ models/lib/nn.yaml:89:7
%4973 = assign %127, %4972 : f32[16] @ models/lib/nn.yaml:89:7
%4974 = all_reduce_sum %2844 : f32[16] @ models/lib/nn.yaml:90:7
%4975 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4976 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4977 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4978 = add %4977, %3391 : i64[] @ models/lib/nn.yaml:90:7
%4979 = mul %4974, %3499 : f32[16] @ models/lib/nn.yaml:90:7
%4980 = mul %4975, %3501 : f32[16] @ models/lib/nn.yaml:90:7
%4981 = add %4980, %4979 : f32[16] @ models/lib/nn.yaml:90:7
%4982 = mul %4974, %4974 : f32[16] @ models/lib/nn.yaml:90:7
%4983 = mul %4982, %3505 : f32[16] @ models/lib/nn.yaml:90:7
%4984 = mul %4976, %3507 : f32[16] @ models/lib/nn.yaml:90:7
%4985 = add %4984, %4983 : f32[16] @ models/lib/nn.yaml:90:7
%4986 = cast %4978 : f64[] @ models/lib/nn.yaml:90:7
%4987 = pow %3401, %4986 : f64[] @ models/lib/nn.yaml:90:7
%4988 = sub %3394, %4987 : f64[] @ models/lib/nn.yaml:90:7
%4989 = div %2074, %4988 : f64[] @ models/lib/nn.yaml:90:7
%4990 = pow %3409, %4986 : f64[] @ models/lib/nn.yaml:90:7
%4991 = sub %3394, %4990 : f64[] @ models/lib/nn.yaml:90:7
%4992 = sqrt %4991 : f64[] @ models/lib/nn.yaml:90:7
%4993 = div %3394, %4992 : f64[] @ models/lib/nn.yaml:90:7
%4994 = sqrt %4985 : f32[16] @ models/lib/nn.yaml:90:7
%4995 = cast %4993 : f32[] @ models/lib/nn.yaml:90:7
%4996 = broadcast %4995 : f32[16] @ models/lib/nn.yaml:90:7
%4997 = mul %4994, %4996 : f32[16] @ models/lib/nn.yaml:90:7
%4998 = add %4997, %3522 : f32[16] @ models/lib/nn.yaml:90:7
%4999 = div %4981, %4998 : f32[16] @ models/lib/nn.yaml:90:7
%5000 = cast %4989 : f32[] @ models/lib/nn.yaml:90:7
%5001 = broadcast %5000 : f32[16] @ models/lib/nn.yaml:90:7
%5002 = mul %4999, %5001 : f32[16] @ models/lib/nn.yaml:90:7
%5003 = sub %44, %5002 : f32[16] @ models/lib/nn.yaml:90:7
%5004 = assign %44, %5003 : f32[16] @ models/lib/nn.yaml:90:7
%5005 = assign %4975, %4981 : f32[16] @ models/lib/nn.yaml:90:7
%5006 = assign %4976, %4985 : f32[16] @ models/lib/nn.yaml:90:7
%5007 = assign %4977, %4978 : i64[] @ models/lib/nn.yaml:90:7
%5008 = mul %128, %3533 : f32[16] @ models/lib/nn.yaml:90:7
%5009 = mul %5003, %3535 : f32[16] @ models/lib/nn.yaml:90:7
%5010 = add %5008, %5009 : f32[16] @ models/lib/nn.yaml:90:7
%5011 = assign %128, %5010 : f32[16] @ models/lib/nn.yaml:90:7
%5012 = all_reduce_sum %2842 : f32[64,16] @ models/lib/nn.yaml:79:7
%5013 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5014 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5015 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5016 = add %5015, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5017 = mul %45, %3873 : f32[64,16] @ models/lib/nn.yaml:79:7
%5018 = mul %5012, %3875 : f32[64,16] @ models/lib/nn.yaml:79:7
%5019 = mul %5013, %3877 : f32[64,16] @ models/lib/nn.yaml:79:7
%5020 = add %5019, %5018 : f32[64,16] @ models/lib/nn.yaml:79:7
%5021 = mul %5012, %5012 : f32[64,16] @ models/lib/nn.yaml:79:7
%5022 = mul %5021, %3881 : f32[64,16] @ models/lib/nn.yaml:79:7
%5023 = mul %5014, %3883 : f32[64,16] @ models/lib/nn.yaml:79:7
%5024 = add %5023, %5022 : f32[64,16] @ models/lib/nn.yaml:79:7
%5025 = cast %5016 : f64[] @ models/lib/nn.yaml:79:7
%5026 = pow %3401, %5025 : f64[] @ models/lib/nn.yaml:79:7
%5027 = sub %3394, %5026 : f64[] @ models/lib/nn.yaml:79:7
%5028 = div %2074, %5027 : f64[] @ models/lib/nn.yaml:79:7
%5029 = pow %3409, %5025 : f64[] @ models/lib/nn.yaml:79:7
%5030 = sub %3394, %5029 : f64[] @ models/lib/nn.yaml:79:7
%5031 = sqrt %5030 : f64[] @ models/lib/nn.yaml:79:7
%5032 = div %3394, %5031 : f64[] @ models/lib/nn.yaml:79:7
%5033 = sqrt %5024 : f32[64,16] @ models/lib/nn.yaml:79:7
%5034 = cast %5032 : f32[] @ models/lib/nn.yaml:79:7
%5035 = broadcast %5034 : f32[64,16] @ models/lib/nn.yaml:79:7
%5036 = mul %5033, %5035 : f32[64,16] @ models/lib/nn.yaml:79:7
%5037 = add %5036, %3898 : f32[64,16] @ models/lib/nn.yaml:79:7
%5038 = div %5020, %5037 : f32[64,16] @ models/lib/nn.yaml:79:7
%5039 = cast %5028 : f32[] @ models/lib/nn.yaml:79:7
%5040 = broadcast %5039 : f32[64,16] @ models/lib/nn.yaml:79:7
%5041 = mul %5038, %5040 : f32[64,16] @ models/lib/nn.yaml:79:7
%5042 = sub %5017, %5041 : f32[64,16] @ models/lib/nn.yaml:79:7
%5043 = assign %45, %5042 : f32[64,16] @ models/lib/nn.yaml:79:7
%5044 = assign %5013, %5020 : f32[64,16] @ models/lib/nn.yaml:79:7
%5045 = assign %5014, %5024 : f32[64,16] @ models/lib/nn.yaml:79:7
%5046 = assign %5015, %5016 : i64[] @ models/lib/nn.yaml:79:7
%5047 = mul %129, %3909 : f32[64,16] @ models/lib/nn.yaml:79:7
%5048 = mul %5042, %3911 : f32[64,16] @ models/lib/nn.yaml:79:7
%5049 = add %5047, %5048 : f32[64,16] @ models/lib/nn.yaml:79:7
%5050 = assign %129, %5049 : f32[64,16] @ models/lib/nn.yaml:79:7
%5051 = all_reduce_sum %2838 : f32[64] @ models/lib/nn.yaml:80:7
%5052 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5053 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5054 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5055 = add %5054, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5056 = mul %5051, %3920 : f32[64] @ models/lib/nn.yaml:80:7
%5057 = mul %5052, %3922 : f32[64] @ models/lib/nn.yaml:80:7
%5058 = add %5057, %5056 : f32[64] @ models/lib/nn.yaml:80:7
%5059 = mul %5051, %5051 : f32[64] @ models/lib/nn.yaml:80:7
%5060 = mul %5059, %3926 : f32[64] @ models/lib/nn.yaml:80:7
%5061 = mul %5053, %3928 : f32[64] @ models/lib/nn.yaml:80:7
%5062 = add %5061, %5060 : f32[64] @ models/lib/nn.yaml:80:7
%5063 = cast %5055 : f64[] @ models/lib/nn.yaml:80:7
%5064 = pow %3401, %5063 : f64[] @ models/lib/nn.yaml:80:7
%5065 = sub %3394, %5064 : f64[] @ models/lib/nn.yaml:80:7
%5066 = div %2074, %5065 : f64[] @ models/lib/nn.yaml:80:7
%5067 = pow %3409, %5063 : f64[] @ models/lib/nn.yaml:80:7
%5068 = sub %3394, %5067 : f64[] @ models/lib/nn.yaml:80:7
%5069 = sqrt %5068 : f64[] @ models/lib/nn.yaml:80:7
%5070 = div %3394, %5069 : f64[] @ models/lib/nn.yaml:80:7
%5071 = sqrt %5062 : f32[64] @ models/lib/nn.yaml:80:7
%5072 = cast %5070 : f32[] @ models/lib/nn.yaml:80:7
%5073 = broadcast %5072 : f32[64] @ models/lib/nn.yaml:80:7
%5074 = mul %5071, %5073 : f32[64] @ models/lib/nn.yaml:80:7
%5075 = add %5074, %3943 : f32[64] @ models/lib/nn.yaml:80:7
%5076 = div %5058, %5075 : f32[64] @ models/lib/nn.yaml:80:7
%5077 = cast %5066 : f32[] @ models/lib/nn.yaml:80:7
%5078 = broadcast %5077 : f32[64] @ models/lib/nn.yaml:80:7
%5079 = mul %5076, %5078 : f32[64] @ models/lib/nn.yaml:80:7
%5080 = sub %46, %5079 : f32[64] @ models/lib/nn.yaml:80:7
%5081 = assign %46, %5080 : f32[64] @ models/lib/nn.yaml:80:7
%5082 = assign %5052, %5058 : f32[64] @ models/lib/nn.yaml:80:7
%5083 = assign %5053, %5062 : f32[64] @ models/lib/nn.yaml:80:7
%5084 = assign %5054, %5055 : i64[] @ models/lib/nn.yaml:80:7
%5085 = mul %130, %3954 : f32[64] @ models/lib/nn.yaml:80:7
%5086 = mul %5080, %3956 : f32[64] @ models/lib/nn.yaml:80:7
%5087 = add %5085, %5086 : f32[64] @ models/lib/nn.yaml:80:7
%5088 = assign %130, %5087 : f32[64] @ models/lib/nn.yaml:80:7
%5089 = all_reduce_sum %2823 : f32[16,64] @ models/lib/nn.yaml:79:7
%5090 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5091 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5092 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5093 = add %5092, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5094 = mul %47, %3965 : f32[16,64] @ models/lib/nn.yaml:79:7
%5095 = mul %5089, %3967 : f32[16,64] @ models/lib/nn.yaml:79:7
%5096 = mul %5090, %3969 : f32[16,64] @ models/lib/nn.yaml:79:7
%5097 = add %5096, %5095 : f32[16,64] @ models/lib/nn.yaml:79:7
%5098 = mul %5089, %5089 : f32[16,64] @ models/lib/nn.yaml:79:7
%5099 = mul %5098, %3973 : f32[16,64] @ models/lib/nn.yaml:79:7
%5100 = mul %5091, %3975 : f32[16,64] @ models/lib/nn.yaml:79:7
%5101 = add %5100, %5099 : f32[16,64] @ models/lib/nn.yaml:79:7
%5102 = cast %5093 : f64[] @ models/lib/nn.yaml:79:7
%5103 = pow %3401, %5102 : f64[] @ models/lib/nn.yaml:79:7
%5104 = sub %3394, %5103 : f64[] @ models/lib/nn.yaml:79:7
%5105 = div %2074, %5104 : f64[] @ models/lib/nn.yaml:79:7
%5106 = pow %3409, %5102 : f64[] @ models/lib/nn.yaml:79:7
%5107 = sub %3394, %5106 : f64[] @ models/lib/nn.yaml:79:7
%5108 = sqrt %5107 : f64[] @ models/lib/nn.yaml:79:7
%5109 = div %3394, %5108 : f64[] @ models/lib/nn.yaml:79:7
%5110 = sqrt %5101 : f32[16,64] @ models/lib/nn.yaml:79:7
%5111 = cast %5109 : f32[] @ models/lib/nn.yaml:79:7
%5112 = broadcast %5111 : f32[16,64] @ models/lib/nn.yaml:79:7
%5113 = mul %5110, %5112 : f32[16,64] @ models/lib/nn.yaml:79:7
%5114 = add %5113, %3990 : f32[16,64] @ models/lib/nn.yaml:79:7
%5115 = div %5097, %5114 : f32[16,64] @ models/lib/nn.yaml:79:7
%5116 = cast %5105 : f32[] @ models/lib/nn.yaml:79:7
%5117 = broadcast %5116 : f32[16,64] @ models/lib/nn.yaml:79:7
%5118 = mul %5115, %5117 : f32[16,64] @ models/lib/nn.yaml:79:7
%5119 = sub %5094, %5118 : f32[16,64] @ models/lib/nn.yaml:79:7
%5120 = assign %47, %5119 : f32[16,64] @ models/lib/nn.yaml:79:7
%5121 = assign %5090, %5097 : f32[16,64] @ models/lib/nn.yaml:79:7
%5122 = assign %5091, %5101 : f32[16,64] @ models/lib/nn.yaml:79:7
%5123 = assign %5092, %5093 : i64[] @ models/lib/nn.yaml:79:7
%5124 = mul %131, %4001 : f32[16,64] @ models/lib/nn.yaml:79:7
%5125 = mul %5119, %4003 : f32[16,64] @ models/lib/nn.yaml:79:7
%5126 = add %5124, %5125 : f32[16,64] @ models/lib/nn.yaml:79:7
%5127 = assign %131, %5126 : f32[16,64] @ models/lib/nn.yaml:79:7
%5128 = all_reduce_sum %2819 : f32[16] @ models/lib/nn.yaml:80:7
%5129 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5130 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5131 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5132 = add %5131, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5133 = mul %5128, %3499 : f32[16] @ models/lib/nn.yaml:80:7
%5134 = mul %5129, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%5135 = add %5134, %5133 : f32[16] @ models/lib/nn.yaml:80:7
%5136 = mul %5128, %5128 : f32[16] @ models/lib/nn.yaml:80:7
%5137 = mul %5136, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%5138 = mul %5130, %3507 : f32[16] @ models/lib/nn.yaml:80:7
%5139 = add %5138, %5137 : f32[16] @ models/lib/nn.yaml:80:7
%5140 = cast %5132 : f64[] @ models/lib/nn.yaml:80:7
%5141 = pow %3401, %5140 : f64[] @ models/lib/nn.yaml:80:7
%5142 = sub %3394, %5141 : f64[] @ models/lib/nn.yaml:80:7
%5143 = div %2074, %5142 : f64[] @ models/lib/nn.yaml:80:7
%5144 = pow %3409, %5140 : f64[] @ models/lib/nn.yaml:80:7
%5145 = sub %3394, %5144 : f64[] @ models/lib/nn.yaml:80:7
%5146 = sqrt %5145 : f64[] @ models/lib/nn.yaml:80:7
%5147 = div %3394, %5146 : f64[] @ models/lib/nn.yaml:80:7
%5148 = sqrt %5139 : f32[16] @ models/lib/nn.yaml:80:7
%5149 = cast %5147 : f32[] @ models/lib/nn.yaml:80:7
%5150 = broadcast %5149 : f32[16] @ models/lib/nn.yaml:80:7
%5151 = mul %5148, %5150 : f32[16] @ models/lib/nn.yaml:80:7
%5152 = add %5151, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%5153 = div %5135, %5152 : f32[16] @ models/lib/nn.yaml:80:7
%5154 = cast %5143 : f32[] @ models/lib/nn.yaml:80:7
%5155 = broadcast %5154 : f32[16] @ models/lib/nn.yaml:80:7
%5156 = mul %5153, %5155 : f32[16] @ models/lib/nn.yaml:80:7
%5157 = sub %48, %5156 : f32[16] @ models/lib/nn.yaml:80:7
%5158 = assign %48, %5157 : f32[16] @ models/lib/nn.yaml:80:7
%5159 = assign %5129, %5135 : f32[16] @ models/lib/nn.yaml:80:7
%5160 = assign %5130, %5139 : f32[16] @ models/lib/nn.yaml:80:7
%5161 = assign %5131, %5132 : i64[] @ models/lib/nn.yaml:80:7
%5162 = mul %132, %3533 : f32[16] @ models/lib/nn.yaml:80:7
%5163 = mul %5157, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%5164 = add %5162, %5163 : f32[16] @ models/lib/nn.yaml:80:7
%5165 = assign %132, %5164 : f32[16] @ models/lib/nn.yaml:80:7
%5166 = all_reduce_sum %2796 : f32[16] @ models/lib/nn.yaml:89:7
%5167 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5168 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5169 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5170 = add %5169, %3391 : i64[] @ models/lib/nn.yaml:89:7
%5171 = mul %5166, %3499 : f32[16] @ models/lib/nn.yaml:89:7
%5172 = mul %5167, %3501 : f32[16] @ models/lib/nn.yaml:89:7
%5173 = add %5172, %5171 : f32[16] @ models/lib/nn.yaml:89:7
%5174 = mul %5166, %5166 : f32[16] @ models/lib/nn.yaml:89:7
%5175 = mul %5174, %3505 : f32[16] @ models/lib/nn.yaml:89:7
%5176 = mul %5168, %3507 : f32[16] @ models/lib/nn.yaml:89:7
%5177 = add %5176, %5175 : f32[16] @ models/lib/nn.yaml:89:7
%5178 = cast %5170 : f64[] @ models/lib/nn.yaml:89:7
%5179 = pow %3401, %5178 : f64[] @ models/lib/nn.yaml:89:7
%5180 = sub %3394, %5179 : f64[] @ models/lib/nn.yaml:89:7
%5181 = div %2074, %5180 : f64[] @ models/lib/nn.yaml:89:7
%5182 = pow %3409, %5178 : f64[] @ models/lib/nn.yaml:89:7
%5183 = sub %3394, %5182 : f64[] @ models/lib/nn.yaml:89:7
%5184 = sqrt %5183 : f64[] @ models/lib/nn.yaml:89:7
%5185 = div %3394, %5184 : f64[] @ models/lib/nn.yaml:89:7
%5186 = sqrt %5177 : f32[16] @ models/lib/nn.yaml:89:7
%5187 = cast %5185 : f32[] @ models/lib/nn.yaml:89:7
%5188 = broadcast %5187 : f32[16] @ models/lib/nn.yaml:89:7
%5189 = mul %5186, %5188 : f32[16] @ models/lib/nn.yaml:89:7
%5190 = add %5189, %3522 : f32[16] @ models/lib/nn.yaml:89:7
%5191 = div %5173, %5190 : f32[16] @ models/lib/nn.yaml:89:7
%5192 = cast %5181 : f32[] @ models/lib/nn.yaml:89:7
%5193 = broadcast %5192 : f32[16] @ models/lib/nn.yaml:89:7
%5194 = mul %5191, %5193 : f32[16] @ models/lib/nn.yaml:89:7
%5195 = sub %49, %5194 : f32[16] @ models/lib/nn.yaml:89:7
%5196 = assign %49, %5195 : f32[16] @ models/lib/nn.yaml:89:7
%5197 = assign %5167, %5173 : f32[16] @ models/lib/nn.yaml:89:7
%5198 = assign %5168, %5177 : f32[16] @ models/lib/nn.yaml:89:7
%5199 = assign %5169, %5170 : i64[] @ models/lib/nn.yaml:89:7
%5200 = mul %133, %3533 : f32[16] @ models/lib/nn.yaml:89:7
%5201 = mul %5195, %3535 : f32[16] @ models/lib/nn.yaml:89:7
%5202 = add %5200, %5201 : f32[16] @ models/lib/nn.yaml:89:7
%5203 = assign %133, %5202 : f32[16] @ models/lib/nn.yaml:89:7
%5204 = all_reduce_sum %2790 : f32[16] @ models/lib/nn.yaml:90:7
%5205 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5206 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5207 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5208 = add %5207, %3391 : i64[] @ models/lib/nn.yaml:90:7
%5209 = mul %5204, %3499 : f32[16] @ models/lib/nn.yaml:90:7
%5210 = mul %5205, %3501 : f32[16] @ models/lib/nn.yaml:90:7
%5211 = add %5210, %5209 : f32[16] @ models/lib/nn.yaml:90:7
%5212 = mul %5204, %5204 : f32[16] @ models/lib/nn.yaml:90:7
%5213 = mul %5212, %3505 : f32[16] @ models/lib/nn.yaml:90:7
%5214 = mul %5206, %3507 : f32[16] @ models/lib/nn.yaml:90:7
%5215 = add %5214, %5213 : f32[16] @ models/lib/nn.yaml:90:7
%5216 = cast %5208 : f64[] @ models/lib/nn.yaml:90:7
%5217 = pow %3401, %5216 : f64[] @ models/lib/nn.yaml:90:7
%5218 = sub %3394, %5217 : f64[] @ models/lib/nn.yaml:90:7
%5219 = div %2074, %5218 : f64[] @ models/lib/nn.yaml:90:7
%5220 = pow %3409, %5216 : f64[] @ models/lib/nn.yaml:90:7
%5221 = sub %3394, %5220 : f64[] @ models/lib/nn.yaml:90:7
%5222 = sqrt %5221 : f64[] @ models/lib/nn.yaml:90:7
%5223 = div %3394, %5222 : f64[] @ models/lib/nn.yaml:90:7
%5224 = sqrt %5215 : f32[16] @ models/lib/nn.yaml:90:7
%5225 = cast %5223 : f32[] @ models/lib/nn.yaml:90:7
%5226 = broadcast %5225 : f32[16] @ models/lib/nn.yaml:90:7
%5227 = mul %5224, %5226 : f32[16] @ models/lib/nn.yaml:90:7
%5228 = add %5227, %3522 : f32[16] @ models/lib/nn.yaml:90:7
%5229 = div %5211, %5228 : f32[16] @ models/lib/nn.yaml:90:7
%5230 = cast %5219 : f32[] @ models/lib/nn.yaml:90:7
%5231 = broadcast %5230 : f32[16] @ models/lib/nn.yaml:90:7
%5232 = mul %5229, %5231 : f32[16] @ models/lib/nn.yaml:90:7
%5233 = sub %50, %5232 : f32[16] @ models/lib/nn.yaml:90:7
%5234 = assign %50, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%5235 = assign %5205, %5211 : f32[16] @ models/lib/nn.yaml:90:7
%5236 = assign %5206, %5215 : f32[16] @ models/lib/nn.yaml:90:7
%5237 = assign %5207, %5208 : i64[] @ models/lib/nn.yaml:90:7
%5238 = mul %134, %3533 : f32[16] @ models/lib/nn.yaml:90:7
%5239 = mul %5233, %3535 : f32[16] @ models/lib/nn.yaml:90:7
%5240 = add %5238, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%5241 = assign %134, %5240 : f32[16] @ models/lib/nn.yaml:90:7
%5242 = all_reduce_sum %2784 : f32[16,16] @ models/lib/nn.yaml:79:7
%5243 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5244 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5245 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5246 = add %5245, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5247 = mul %51, %3712 : f32[16,16] @ models/lib/nn.yaml:79:7
%5248 = mul %5242, %3714 : f32[16,16] @ models/lib/nn.yaml:79:7
%5249 = mul %5243, %3716 : f32[16,16] @ models/lib/nn.yaml:79:7
%5250 = add %5249, %5248 : f32[16,16] @ models/lib/nn.yaml:79:7
%5251 = mul %5242, %5242 : f32[16,16] @ models/lib/nn.yaml:79:7
%5252 = mul %5251, %3720 : f32[16,16] @ models/lib/nn.yaml:79:7
%5253 = mul %5244, %3722 : f32[16,16] @ models/lib/nn.yaml:79:7
%5254 = add %5253, %5252 : f32[16,16] @ models/lib/nn.yaml:79:7
%5255 = cast %5246 : f64[] @ models/lib/nn.yaml:79:7
%5256 = pow %3401, %5255 : f64[] @ models/lib/nn.yaml:79:7
%5257 = sub %3394, %5256 : f64[] @ models/lib/nn.yaml:79:7
%5258 = div %2074, %5257 : f64[] @ models/lib/nn.yaml:79:7
%5259 = pow %3409, %5255 : f64[] @ models/lib/nn.yaml:79:7
%5260 = sub %3394, %5259 : f64[] @ models/lib/nn.yaml:79:7
%5261 = sqrt %5260 : f64[] @ models/lib/nn.yaml:79:7
%5262 = div %3394, %5261 : f64[] @ models/lib/nn.yaml:79:7
%5263 = sqrt %5254 : f32[16,16] @ models/lib/nn.yaml:79:7
%5264 = cast %5262 : f32[] @ models/lib/nn.yaml:79:7
%5265 = broadcast %5264 : f32[16,16] @ models/lib/nn.yaml:79:7
%5266 = mul %5263, %5265 : f32[16,16] @ models/lib/nn.yaml:79:7
%5267 = add %5266, %3737 : f32[16,16] @ models/lib/nn.yaml:79:7
%5268 = div %5250, %5267 : f32[16,16] @ models/lib/nn.yaml:79:7
%5269 = cast %5258 : f32[] @ models/lib/nn.yaml:79:7
%5270 = broadcast %5269 : f32[16,16] @ models/lib/nn.yaml:79:7
%5271 = mul %5268, %5270 : f32[16,16] @ models/lib/nn.yaml:79:7
%5272 = sub %5247, %5271 : f32[16,16] @ models/lib/nn.yaml:79:7
%5273 = assign %51, %5272 : f32[16,16] @ models/lib/nn.yaml:79:7
%5274 = assign %5243, %5250 : f32[16,16] @ models/lib/nn.yaml:79:7
%5275 = assign %5244, %5254 : f32[16,16] @ models/lib/nn.yaml:79:7
%5276 = assign %5245, %5246 : i64[] @ models/lib/nn.yaml:79:7
%5277 = mul %135, %3748 : f32[16,16] @ models/lib/nn.yaml:79:7
%5278 = mul %5272, %3750 : f32[16,16] @ models/lib/nn.yaml:79:7
%5279 = add %5277, %5278 : f32[16,16] @ models/lib/nn.yaml:79:7
%5280 = assign %135, %5279 : f32[16,16] @ models/lib/nn.yaml:79:7
%5281 = all_reduce_sum %2780 : f32[16] @ models/lib/nn.yaml:80:7
%5282 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5283 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5284 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5285 = add %5284, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5286 = mul %5281, %3499 : f32[16] @ models/lib/nn.yaml:80:7
%5287 = mul %5282, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%5288 = add %5287, %5286 : f32[16] @ models/lib/nn.yaml:80:7
%5289 = mul %5281, %5281 : f32[16] @ models/lib/nn.yaml:80:7
%5290 = mul %5289, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%5291 = mul %5283, %3507 : f32[16] @ models/lib/nn.yaml:80:7
%5292 = add %5291, %5290 : f32[16] @ models/lib/nn.yaml:80:7
%5293 = cast %5285 : f64[] @ models/lib/nn.yaml:80:7
%5294 = pow %3401, %5293 : f64[] @ models/lib/nn.yaml:80:7
%5295 = sub %3394, %5294 : f64[] @ models/lib/nn.yaml:80:7
%5296 = div %2074, %5295 : f64[] @ models/lib/nn.yaml:80:7
%5297 = pow %3409, %5293 : f64[] @ models/lib/nn.yaml:80:7
%5298 = sub %3394, %5297 : f64[] @ models/lib/nn.yaml:80:7
%5299 = sqrt %5298 : f64[] @ models/lib/nn.yaml:80:7
%5300 = div %3394, %5299 : f64[] @ models/lib/nn.yaml:80:7
%5301 = sqrt %5292 : f32[16] @ models/lib/nn.yaml:80:7
%5302 = cast %5300 : f32[] @ models/lib/nn.yaml:80:7
%5303 = broadcast %5302 : f32[16] @ models/lib/nn.yaml:80:7
%5304 = mul %5301, %5303 : f32[16] @ models/lib/nn.yaml:80:7
%5305 = add %5304, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%5306 = div %5288, %5305 : f32[16] @ models/lib/nn.yaml:80:7
%5307 = cast %5296 : f32[] @ models/lib/nn.yaml:80:7
%5308 = broadcast %5307 : f32[16] @ models/lib/nn.yaml:80:7
%5309 = mul %5306, %5308 : f32[16] @ models/lib/nn.yaml:80:7
%5310 = sub %52, %5309 : f32[16] @ models/lib/nn.yaml:80:7
%5311 = assign %52, %5310 : f32[16] @ models/lib/nn.yaml:80:7
%5312 = assign %5282, %5288 : f32[16] @ models/lib/nn.yaml:80:7
%5313 = assign %5283, %5292 : f32[16] @ models/lib/nn.yaml:80:7
%5314 = assign %5284, %5285 : i64[] @ models/lib/nn.yaml:80:7
%5315 = mul %136, %3533 : f32[16] @ models/lib/nn.yaml:80:7
%5316 = mul %5310, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%5317 = add %5315, %5316 : f32[16] @ models/lib/nn.yaml:80:7
%5318 = assign %136, %5317 : f32[16] @ models/lib/nn.yaml:80:7
%5319 = all_reduce_sum %2776 : f32[16,16] @ models/lib/nn.yaml:79:7
%5320 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5321 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5322 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5323 = add %5322, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5324 = mul %53, %3712 : f32[16,16] @ models/lib/nn.yaml:79:7
%5325 = mul %5319, %3714 : f32[16,16] @ models/lib/nn.yaml:79:7
%5326 = mul %5320, %3716 : f32[16,16] @ models/lib/nn.yaml:79:7
%5327 = add %5326, %5325 : f32[16,16] @ models/lib/nn.yaml:79:7
%5328 = mul %5319, %5319 : f32[16,16] @ models/lib/nn.yaml:79:7
%5329 = mul %5328, %3720 : f32[16,16] @ models/lib/nn.yaml:79:7
%5330 = mul %5321, %3722 : f32[16,16] @ models/lib/nn.yaml:79:7
%5331 = add %5330, %5329 : f32[16,16] @ models/lib/nn.yaml:79:7
%5332 = cast %5323 : f64[] @ models/lib/nn.yaml:79:7
%5333 = pow %3401, %5332 : f64[] @ models/lib/nn.yaml:79:7
%5334 = sub %3394, %5333 : f64[] @ models/lib/nn.yaml:79:7
%5335 = div %2074, %5334 : f64[] @ models/lib/nn.yaml:79:7
%5336 = pow %3409, %5332 : f64[] @ models/lib/nn.yaml:79:7
%5337 = sub %3394, %5336 : f64[] @ models/lib/nn.yaml:79:7
%5338 = sqrt %5337 : f64[] @ models/lib/nn.yaml:79:7
%5339 = div %3394, %5338 : f64[] @ models/lib/nn.yaml:79:7
%5340 = sqrt %5331 : f32[16,16] @ models/lib/nn.yaml:79:7
%5341 = cast %5339 : f32[] @ models/lib/nn.yaml:79:7
%5342 = broadcast %5341 : f32[16,16] @ models/lib/nn.yaml:79:7
%5343 = mul %5340, %5342 : f32[16,16] @ models/lib/nn.yaml:79:7
%5344 = add %5343, %3737 : f32[16,16] @ models/lib/nn.yaml:79:7
%5345 = div %5327, %5344 : f32[16,16] @ models/lib/nn.yaml:79:7
%5346 = cast %5335 : f32[] @ models/lib/nn.yaml:79:7
%5347 = broadcast %5346 : f32[16,16] @ models/lib/nn.yaml:79:7
%5348 = mul %5345, %5347 : f32[16,16] @ models/lib/nn.yaml:79:7
%5349 = sub %5324, %5348 : f32[16,16] @ models/lib/nn.yaml:79:7
%5350 = assign %53, %5349 : f32[16,16] @ models/lib/nn.yaml:79:7
%5351 = assign %5320, %5327 : f32[16,16] @ models/lib/nn.yaml:79:7
%5352 = assign %5321, %5331 : f32[16,16] @ models/lib/nn.yaml:79:7
%5353 = assign %5322, %5323 : i64[] @ models/lib/nn.yaml:79:7
%5354 = mul %137, %3748 : f32[16,16] @ models/lib/nn.yaml:79:7
%5355 = mul %5349, %3750 : f32[16,16] @ models/lib/nn.yaml:79:7
%5356 = add %5354, %5355 : f32[16,16] @ models/lib/nn.yaml:79:7
%5357 = assign %137, %5356 : f32[16,16] @ models/lib/nn.yaml:79:7
%5358 = all_reduce_sum %2772 : f32[16] @ models/lib/nn.yaml:80:7
%5359 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5360 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5361 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5362 = add %5361, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5363 = mul %5358, %3499 : f32[16] @ models/lib/nn.yaml:80:7
%5364 = mul %5359, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%5365 = add %5364, %5363 : f32[16] @ models/lib/nn.yaml:80:7
%5366 = mul %5358, %5358 : f32[16] @ models/lib/nn.yaml:80:7
%5367 = mul %5366, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%5368 = mul %5360, %3507 : f32[16] @ models/lib/nn.yaml:80:7
%5369 = add %5368, %5367 : f32[16] @ models/lib/nn.yaml:80:7
%5370 = cast %5362 : f64[] @ models/lib/nn.yaml:80:7
%5371 = pow %3401, %5370 : f64[] @ models/lib/nn.yaml:80:7
%5372 = sub %3394, %5371 : f64[] @ models/lib/nn.yaml:80:7
%5373 = div %2074, %5372 : f64[] @ models/lib/nn.yaml:80:7
%5374 = pow %3409, %5370 : f64[] @ models/lib/nn.yaml:80:7
%5375 = sub %3394, %5374 : f64[] @ models/lib/nn.yaml:80:7
%5376 = sqrt %5375 : f64[] @ models/lib/nn.yaml:80:7
%5377 = div %3394, %5376 : f64[] @ models/lib/nn.yaml:80:7
%5378 = sqrt %5369 : f32[16] @ models/lib/nn.yaml:80:7
%5379 = cast %5377 : f32[] @ models/lib/nn.yaml:80:7
%5380 = broadcast %5379 : f32[16] @ models/lib/nn.yaml:80:7
%5381 = mul %5378, %5380 : f32[16] @ models/lib/nn.yaml:80:7
%5382 = add %5381, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%5383 = div %5365, %5382 : f32[16] @ models/lib/nn.yaml:80:7
%5384 = cast %5373 : f32[] @ models/lib/nn.yaml:80:7
%5385 = broadcast %5384 : f32[16] @ models/lib/nn.yaml:80:7
%5386 = mul %5383, %5385 : f32[16] @ models/lib/nn.yaml:80:7
%5387 = sub %54, %5386 : f32[16] @ models/lib/nn.yaml:80:7
%5388 = assign %54, %5387 : f32[16] @ models/lib/nn.yaml:80:7
%5389 = assign %5359, %5365 : f32[16] @ models/lib/nn.yaml:80:7
%5390 = assign %5360, %5369 : f32[16] @ models/lib/nn.yaml:80:7
%5391 = assign %5361, %5362 : i64[] @ models/lib/nn.yaml:80:7
%5392 = mul %138, %3533 : f32[16] @ models/lib/nn.yaml:80:7
%5393 = mul %5387, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%5394 = add %5392, %5393 : f32[16] @ models/lib/nn.yaml:80:7
%5395 = assign %138, %5394 : f32[16] @ models/lib/nn.yaml:80:7
%5396 = all_reduce_sum %2766 : f32[16,16] @ models/lib/nn.yaml:79:7
%5397 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5398 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5399 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5400 = add %5399, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5401 = mul %55, %3712 : f32[16,16] @ models/lib/nn.yaml:79:7
%5402 = mul %5396, %3714 : f32[16,16] @ models/lib/nn.yaml:79:7
%5403 = mul %5397, %3716 : f32[16,16] @ models/lib/nn.yaml:79:7
%5404 = add %5403, %5402 : f32[16,16] @ models/lib/nn.yaml:79:7
%5405 = mul %5396, %5396 : f32[16,16] @ models/lib/nn.yaml:79:7
%5406 = mul %5405, %3720 : f32[16,16] @ models/lib/nn.yaml:79:7
%5407 = mul %5398, %3722 : f32[16,16] @ models/lib/nn.yaml:79:7
%5408 = add %5407, %5406 : f32[16,16] @ models/lib/nn.yaml:79:7
%5409 = cast %5400 : f64[] @ models/lib/nn.yaml:79:7
%5410 = pow %3401, %5409 : f64[] @ models/lib/nn.yaml:79:7
%5411 = sub %3394, %5410 : f64[] @ models/lib/nn.yaml:79:7
%5412 = div %2074, %5411 : f64[] @ models/lib/nn.yaml:79:7
%5413 = pow %3409, %5409 : f64[] @ models/lib/nn.yaml:79:7
%5414 = sub %3394, %5413 : f64[] @ models/lib/nn.yaml:79:7
%5415 = sqrt %5414 : f64[] @ models/lib/nn.yaml:79:7
%5416 = div %3394, %5415 : f64[] @ models/lib/nn.yaml:79:7
%5417 = sqrt %5408 : f32[16,16] @ models/lib/nn.yaml:79:7
%5418 = cast %5416 : f32[] @ models/lib/nn.yaml:79:7
%5419 = broadcast %5418 : f32[16,16] @ models/lib/nn.yaml:79:7
%5420 = mul %5417, %5419 : f32[16,16] @ models/lib/nn.yaml:79:7
%5421 = add %5420, %3737 : f32[16,16] @ models/lib/nn.yaml:79:7
%5422 = div %5404, %5421 : f32[16,16] @ models/lib/nn.yaml:79:7
%5423 = cast %5412 : f32[] @ models/lib/nn.yaml:79:7
%5424 = broadcast %5423 : f32[16,16] @ models/lib/nn.yaml:79:7
%5425 = mul %5422, %5424 : f32[16,16] @ models/lib/nn.yaml:79:7
%5426 = sub %5401, %5425 : f32[16,16] @ models/lib/nn.yaml:79:7
%5427 = assign %55, %5426 : f32[16,16] @ models/lib/nn.yaml:79:7
%5428 = assign %5397, %5404 : f32[16,16] @ models/lib/nn.yaml:79:7
%5429 = assign %5398, %5408 : f32[16,16] @ models/lib/nn.yaml:79:7
%5430 = assign %5399, %5400 : i64[] @ models/lib/nn.yaml:79:7
%5431 = mul %139, %3748 : f32[16,16] @ models/lib/nn.yaml:79:7
%5432 = mul %5426, %3750 : f32[16,16] @ models/lib/nn.yaml:79:7
%5433 = add %5431, %5432 : f32[16,16] @ models/lib/nn.yaml:79:7
%5434 = assign %139, %5433 : f32[16,16] @ models/lib/nn.yaml:79:7
%5435 = all_reduce_sum %2762 : f32[16] @ models/lib/nn.yaml:80:7
%5436 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5437 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5438 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5439 = add %5438, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5440 = mul %5435, %3499 : f32[16] @ models/lib/nn.yaml:80:7
%5441 = mul %5436, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%5442 = add %5441, %5440 : f32[16] @ models/lib/nn.yaml:80:7
%5443 = mul %5435, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%5444 = mul %5443, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%5445 = mul %5437, %3507 : f32[16] @ models/lib/nn.yaml:80:7
%5446 = add %5445, %5444 : f32[16] @ models/lib/nn.yaml:80:7
%5447 = cast %5439 : f64[] @ models/lib/nn.yaml:80:7
%5448 = pow %3401, %5447 : f64[] @ models/lib/nn.yaml:80:7
%5449 = sub %3394, %5448 : f64[] @ models/lib/nn.yaml:80:7
%5450 = div %2074, %5449 : f64[] @ models/lib/nn.yaml:80:7
%5451 = pow %3409, %5447 : f64[] @ models/lib/nn.yaml:80:7
%5452 = sub %3394, %5451 : f64[] @ models/lib/nn.yaml:80:7
%5453 = sqrt %5452 : f64[] @ models/lib/nn.yaml:80:7
%5454 = div %3394, %5453 : f64[] @ models/lib/nn.yaml:80:7
%5455 = sqrt %5446 : f32[16] @ models/lib/nn.yaml:80:7
%5456 = cast %5454 : f32[] @ models/lib/nn.yaml:80:7
%5457 = broadcast %5456 : f32[16] @ models/lib/nn.yaml:80:7
%5458 = mul %5455, %5457 : f32[16] @ models/lib/nn.yaml:80:7
%5459 = add %5458, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%5460 = div %5442, %5459 : f32[16] @ models/lib/nn.yaml:80:7
%5461 = cast %5450 : f32[] @ models/lib/nn.yaml:80:7
%5462 = broadcast %5461 : f32[16] @ models/lib/nn.yaml:80:7
%5463 = mul %5460, %5462 : f32[16] @ models/lib/nn.yaml:80:7
%5464 = sub %56, %5463 : f32[16] @ models/lib/nn.yaml:80:7
%5465 = assign %56, %5464 : f32[16] @ models/lib/nn.yaml:80:7
%5466 = assign %5436, %5442 : f32[16] @ models/lib/nn.yaml:80:7
%5467 = assign %5437, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%5468 = assign %5438, %5439 : i64[] @ models/lib/nn.yaml:80:7
%5469 = mul %140, %3533 : f32[16] @ models/lib/nn.yaml:80:7
%5470 = mul %5464, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%5471 = add %5469, %5470 : f32[16] @ models/lib/nn.yaml:80:7
%5472 = assign %140, %5471 : f32[16] @ models/lib/nn.yaml:80:7
%5473 = all_reduce_sum %2691 : f32[16,16] @ models/lib/nn.yaml:79:7
%5474 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5475 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5476 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5477 = add %5476, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5478 = mul %57, %3712 : f32[16,16] @ models/lib/nn.yaml:79:7
%5479 = mul %5473, %3714 : f32[16,16] @ models/lib/nn.yaml:79:7
%5480 = mul %5474, %3716 : f32[16,16] @ models/lib/nn.yaml:79:7
%5481 = add %5480, %5479 : f32[16,16] @ models/lib/nn.yaml:79:7
%5482 = mul %5473, %5473 : f32[16,16] @ models/lib/nn.yaml:79:7
%5483 = mul %5482, %3720 : f32[16,16] @ models/lib/nn.yaml:79:7
%5484 = mul %5475, %3722 : f32[16,16] @ models/lib/nn.yaml:79:7
%5485 = add %5484, %5483 : f32[16,16] @ models/lib/nn.yaml:79:7
%5486 = cast %5477 : f64[] @ models/lib/nn.yaml:79:7
%5487 = pow %3401, %5486 : f64[] @ models/lib/nn.yaml:79:7
%5488 = sub %3394, %5487 : f64[] @ models/lib/nn.yaml:79:7
%5489 = div %2074, %5488 : f64[] @ models/lib/nn.yaml:79:7
%5490 = pow %3409, %5486 : f64[] @ models/lib/nn.yaml:79:7
%5491 = sub %3394, %5490 : f64[] @ models/lib/nn.yaml:79:7
%5492 = sqrt %5491 : f64[] @ models/lib/nn.yaml:79:7
%5493 = div %3394, %5492 : f64[] @ models/lib/nn.yaml:79:7
%5494 = sqrt %5485 : f32[16,16] @ models/lib/nn.yaml:79:7
%5495 = cast %5493 : f32[] @ models/lib/nn.yaml:79:7
%5496 = broadcast %5495 : f32[16,16] @ models/lib/nn.yaml:79:7
%5497 = mul %5494, %5496 : f32[16,16] @ models/lib/nn.yaml:79:7
%5498 = add %5497, %3737 : f32[16,16] @ models/lib/nn.yaml:79:7
%5499 = div %5481, %5498 : f32[16,16] @ models/lib/nn.yaml:79:7
%5500 = cast %5489 : f32[] @ models/lib/nn.yaml:79:7
%5501 = broadcast %5500 : f32[16,16] @ models/lib/nn.yaml:79:7
%5502 = mul %5499, %5501 : f32[16,16] @ models/lib/nn.yaml:79:7
%5503 = sub %5478, %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%5504 = assign %57, %5503 : f32[16,16] @ models/lib/nn.yaml:79:7
%5505 = assign %5474, %5481 : f32[16,16] @ models/lib/nn.yaml:79:7
%5506 = assign %5475, %5485 : f32[16,16] @ models/lib/nn.yaml:79:7
%5507 = assign %5476, %5477 : i64[] @ models/lib/nn.yaml:79:7
%5508 = mul %141, %3748 : f32[16,16] @ models/lib/nn.yaml:79:7
%5509 = mul %5503, %3750 : f32[16,16] @ models/lib/nn.yaml:79:7
%5510 = add %5508, %5509 : f32[16,16] @ models/lib/nn.yaml:79:7
%5511 = assign %141, %5510 : f32[16,16] @ models/lib/nn.yaml:79:7
%5512 = all_reduce_sum %2687 : f32[16] @ models/lib/nn.yaml:80:7
%5513 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5514 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5515 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5516 = add %5515, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5517 = mul %5512, %3499 : f32[16] @ models/lib/nn.yaml:80:7
%5518 = mul %5513, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%5519 = add %5518, %5517 : f32[16] @ models/lib/nn.yaml:80:7
%5520 = mul %5512, %5512 : f32[16] @ models/lib/nn.yaml:80:7
%5521 = mul %5520, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%5522 = mul %5514, %3507 : f32[16] @ models/lib/nn.yaml:80:7
%5523 = add %5522, %5521 : f32[16] @ models/lib/nn.yaml:80:7
%5524 = cast %5516 : f64[] @ models/lib/nn.yaml:80:7
%5525 = pow %3401, %5524 : f64[] @ models/lib/nn.yaml:80:7
%5526 = sub %3394, %5525 : f64[] @ models/lib/nn.yaml:80:7
%5527 = div %2074, %5526 : f64[] @ models/lib/nn.yaml:80:7
%5528 = pow %3409, %5524 : f64[] @ models/lib/nn.yaml:80:7
%5529 = sub %3394, %5528 : f64[] @ models/lib/nn.yaml:80:7
%5530 = sqrt %5529 : f64[] @ models/lib/nn.yaml:80:7
%5531 = div %3394, %5530 : f64[] @ models/lib/nn.yaml:80:7
%5532 = sqrt %5523 : f32[16] @ models/lib/nn.yaml:80:7
%5533 = cast %5531 : f32[] @ models/lib/nn.yaml:80:7
%5534 = broadcast %5533 : f32[16] @ models/lib/nn.yaml:80:7
%5535 = mul %5532, %5534 : f32[16] @ models/lib/nn.yaml:80:7
%5536 = add %5535, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%5537 = div %5519, %5536 : f32[16] @ models/lib/nn.yaml:80:7
%5538 = cast %5527 : f32[] @ models/lib/nn.yaml:80:7
%5539 = broadcast %5538 : f32[16] @ models/lib/nn.yaml:80:7
%5540 = mul %5537, %5539 : f32[16] @ models/lib/nn.yaml:80:7
%5541 = sub %58, %5540 : f32[16] @ models/lib/nn.yaml:80:7
%5542 = assign %58, %5541 : f32[16] @ models/lib/nn.yaml:80:7
%5543 = assign %5513, %5519 : f32[16] @ models/lib/nn.yaml:80:7
%5544 = assign %5514, %5523 : f32[16] @ models/lib/nn.yaml:80:7
%5545 = assign %5515, %5516 : i64[] @ models/lib/nn.yaml:80:7
%5546 = mul %142, %3533 : f32[16] @ models/lib/nn.yaml:80:7
%5547 = mul %5541, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%5548 = add %5546, %5547 : f32[16] @ models/lib/nn.yaml:80:7
%5549 = assign %142, %5548 : f32[16] @ models/lib/nn.yaml:80:7
%5550 = all_reduce_sum %2666 : f32[16] @ models/lib/nn.yaml:89:7
%5551 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5552 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5553 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5554 = add %5553, %3391 : i64[] @ models/lib/nn.yaml:89:7
%5555 = mul %5550, %3499 : f32[16] @ models/lib/nn.yaml:89:7
%5556 = mul %5551, %3501 : f32[16] @ models/lib/nn.yaml:89:7
%5557 = add %5556, %5555 : f32[16] @ models/lib/nn.yaml:89:7
%5558 = mul %5550, %5550 : f32[16] @ models/lib/nn.yaml:89:7
%5559 = mul %5558, %3505 : f32[16] @ models/lib/nn.yaml:89:7
%5560 = mul %5552, %3507 : f32[16] @ models/lib/nn.yaml:89:7
%5561 = add %5560, %5559 : f32[16] @ models/lib/nn.yaml:89:7
%5562 = cast %5554 : f64[] @ models/lib/nn.yaml:89:7
%5563 = pow %3401, %5562 : f64[] @ models/lib/nn.yaml:89:7
%5564 = sub %3394, %5563 : f64[] @ models/lib/nn.yaml:89:7
%5565 = div %2074, %5564 : f64[] @ models/lib/nn.yaml:89:7
%5566 = pow %3409, %5562 : f64[] @ models/lib/nn.yaml:89:7
%5567 = sub %3394, %5566 : f64[] @ models/lib/nn.yaml:89:7
%5568 = sqrt %5567 : f64[] @ models/lib/nn.yaml:89:7
%5569 = div %3394, %5568 : f64[] @ models/lib/nn.yaml:89:7
%5570 = sqrt %5561 : f32[16] @ models/lib/nn.yaml:89:7
%5571 = cast %5569 : f32[] @ models/lib/nn.yaml:89:7
%5572 = broadcast %5571 : f32[16] @ models/lib/nn.yaml:89:7
%5573 = mul %5570, %5572 : f32[16] @ models/lib/nn.yaml:89:7
%5574 = add %5573, %3522 : f32[16] @ models/lib/nn.yaml:89:7
%5575 = div %5557, %5574 : f32[16] @ models/lib/nn.yaml:89:7
%5576 = cast %5565 : f32[] @ models/lib/nn.yaml:89:7
%5577 = broadcast %5576 : f32[16] @ models/lib/nn.yaml:89:7
%5578 = mul %5575, %5577 : f32[16] @ models/lib/nn.yaml:89:7
%5579 = sub %59, %5578 : f32[16] @ models/lib/nn.yaml:89:7
%5580 = assign %59, %5579 : f32[16] @ models/lib/nn.yaml:89:7
%5581 = assign %5551, %5557 : f32[16] @ models/lib/nn.yaml:89:7
%5582 = assign %5552, %5561 : f32[16] @ models/lib/nn.yaml:89:7
%5583 = assign %5553, %5554 : i64[] @ models/lib/nn.yaml:89:7
%5584 = mul %143, %3533 : f32[16] @ models/lib/nn.yaml:89:7
%5585 = mul %5579, %3535 : f32[16] @ models/lib/nn.yaml:89:7
%5586 = add %5584, %5585 : f32[16] @ models/lib/nn.yaml:89:7
%5587 = assign %143, %5586 : f32[16] @ models/lib/nn.yaml:89:7
%5588 = all_reduce_sum %2662 : f32[16] @ models/lib/nn.yaml:90:7
%5589 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5590 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5591 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5592 = add %5591, %3391 : i64[] @ models/lib/nn.yaml:90:7
%5593 = mul %5588, %3499 : f32[16] @ models/lib/nn.yaml:90:7
%5594 = mul %5589, %3501 : f32[16] @ models/lib/nn.yaml:90:7
%5595 = add %5594, %5593 : f32[16] @ models/lib/nn.yaml:90:7
%5596 = mul %5588, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%5597 = mul %5596, %3505 : f32[16] @ models/lib/nn.yaml:90:7
%5598 = mul %5590, %3507 : f32[16] @ models/lib/nn.yaml:90:7
%5599 = add %5598, %5597 : f32[16] @ models/lib/nn.yaml:90:7
%5600 = cast %5592 : f64[] @ models/lib/nn.yaml:90:7
%5601 = pow %3401, %5600 : f64[] @ models/lib/nn.yaml:90:7
%5602 = sub %3394, %5601 : f64[] @ models/lib/nn.yaml:90:7
%5603 = div %2074, %5602 : f64[] @ models/lib/nn.yaml:90:7
%5604 = pow %3409, %5600 : f64[] @ models/lib/nn.yaml:90:7
%5605 = sub %3394, %5604 : f64[] @ models/lib/nn.yaml:90:7
%5606 = sqrt %5605 : f64[] @ models/lib/nn.yaml:90:7
%5607 = div %3394, %5606 : f64[] @ models/lib/nn.yaml:90:7
%5608 = sqrt %5599 : f32[16] @ models/lib/nn.yaml:90:7
%5609 = cast %5607 : f32[] @ models/lib/nn.yaml:90:7
%5610 = broadcast %5609 : f32[16] @ models/lib/nn.yaml:90:7
%5611 = mul %5608, %5610 : f32[16] @ models/lib/nn.yaml:90:7
%5612 = add %5611, %3522 : f32[16] @ models/lib/nn.yaml:90:7
%5613 = div %5595, %5612 : f32[16] @ models/lib/nn.yaml:90:7
%5614 = cast %5603 : f32[] @ models/lib/nn.yaml:90:7
%5615 = broadcast %5614 : f32[16] @ models/lib/nn.yaml:90:7
%5616 = mul %5613, %5615 : f32[16] @ models/lib/nn.yaml:90:7
%5617 = sub %60, %5616 : f32[16] @ models/lib/nn.yaml:90:7
%5618 = assign %60, %5617 : f32[16] @ models/lib/nn.yaml:90:7
%5619 = assign %5589, %5595 : f32[16] @ models/lib/nn.yaml:90:7
%5620 = assign %5590, %5599 : f32[16] @ models/lib/nn.yaml:90:7
%5621 = assign %5591, %5592 : i64[] @ models/lib/nn.yaml:90:7
%5622 = mul %144, %3533 : f32[16] @ models/lib/nn.yaml:90:7
%5623 = mul %5617, %3535 : f32[16] @ models/lib/nn.yaml:90:7
%5624 = add %5622, %5623 : f32[16] @ models/lib/nn.yaml:90:7
%5625 = assign %144, %5624 : f32[16] @ models/lib/nn.yaml:90:7
%5626 = all_reduce_sum %2660 : f32[64,16] @ models/lib/nn.yaml:79:7
%5627 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5628 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5629 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5630 = add %5629, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5631 = mul %61, %3873 : f32[64,16] @ models/lib/nn.yaml:79:7
%5632 = mul %5626, %3875 : f32[64,16] @ models/lib/nn.yaml:79:7
%5633 = mul %5627, %3877 : f32[64,16] @ models/lib/nn.yaml:79:7
%5634 = add %5633, %5632 : f32[64,16] @ models/lib/nn.yaml:79:7
%5635 = mul %5626, %5626 : f32[64,16] @ models/lib/nn.yaml:79:7
%5636 = mul %5635, %3881 : f32[64,16] @ models/lib/nn.yaml:79:7
%5637 = mul %5628, %3883 : f32[64,16] @ models/lib/nn.yaml:79:7
%5638 = add %5637, %5636 : f32[64,16] @ models/lib/nn.yaml:79:7
%5639 = cast %5630 : f64[] @ models/lib/nn.yaml:79:7
%5640 = pow %3401, %5639 : f64[] @ models/lib/nn.yaml:79:7
%5641 = sub %3394, %5640 : f64[] @ models/lib/nn.yaml:79:7
%5642 = div %2074, %5641 : f64[] @ models/lib/nn.yaml:79:7
%5643 = pow %3409, %5639 : f64[] @ models/lib/nn.yaml:79:7
%5644 = sub %3394, %5643 : f64[] @ models/lib/nn.yaml:79:7
%5645 = sqrt %5644 : f64[] @ models/lib/nn.yaml:79:7
%5646 = div %3394, %5645 : f64[] @ models/lib/nn.yaml:79:7
%5647 = sqrt %5638 : f32[64,16] @ models/lib/nn.yaml:79:7
%5648 = cast %5646 : f32[] @ models/lib/nn.yaml:79:7
%5649 = broadcast %5648 : f32[64,16] @ models/lib/nn.yaml:79:7
%5650 = mul %5647, %5649 : f32[64,16] @ models/lib/nn.yaml:79:7
%5651 = add %5650, %3898 : f32[64,16] @ models/lib/nn.yaml:79:7
%5652 = div %5634, %5651 : f32[64,16] @ models/lib/nn.yaml:79:7
%5653 = cast %5642 : f32[] @ models/lib/nn.yaml:79:7
%5654 = broadcast %5653 : f32[64,16] @ models/lib/nn.yaml:79:7
%5655 = mul %5652, %5654 : f32[64,16] @ models/lib/nn.yaml:79:7
%5656 = sub %5631, %5655 : f32[64,16] @ models/lib/nn.yaml:79:7
%5657 = assign %61, %5656 : f32[64,16] @ models/lib/nn.yaml:79:7
%5658 = assign %5627, %5634 : f32[64,16] @ models/lib/nn.yaml:79:7
%5659 = assign %5628, %5638 : f32[64,16] @ models/lib/nn.yaml:79:7
%5660 = assign %5629, %5630 : i64[] @ models/lib/nn.yaml:79:7
%5661 = mul %145, %3909 : f32[64,16] @ models/lib/nn.yaml:79:7
%5662 = mul %5656, %3911 : f32[64,16] @ models/lib/nn.yaml:79:7
%5663 = add %5661, %5662 : f32[64,16] @ models/lib/nn.yaml:79:7
%5664 = assign %145, %5663 : f32[64,16] @ models/lib/nn.yaml:79:7
%5665 = all_reduce_sum %2656 : f32[64] @ models/lib/nn.yaml:80:7
%5666 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5667 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5668 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5669 = add %5668, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5670 = mul %5665, %3920 : f32[64] @ models/lib/nn.yaml:80:7
%5671 = mul %5666, %3922 : f32[64] @ models/lib/nn.yaml:80:7
%5672 = add %5671, %5670 : f32[64] @ models/lib/nn.yaml:80:7
%5673 = mul %5665, %5665 : f32[64] @ models/lib/nn.yaml:80:7
%5674 = mul %5673, %3926 : f32[64] @ models/lib/nn.yaml:80:7
%5675 = mul %5667, %3928 : f32[64] @ models/lib/nn.yaml:80:7
%5676 = add %5675, %5674 : f32[64] @ models/lib/nn.yaml:80:7
%5677 = cast %5669 : f64[] @ models/lib/nn.yaml:80:7
%5678 = pow %3401, %5677 : f64[] @ models/lib/nn.yaml:80:7
%5679 = sub %3394, %5678 : f64[] @ models/lib/nn.yaml:80:7
%5680 = div %2074, %5679 : f64[] @ models/lib/nn.yaml:80:7
%5681 = pow %3409, %5677 : f64[] @ models/lib/nn.yaml:80:7
%5682 = sub %3394, %5681 : f64[] @ models/lib/nn.yaml:80:7
%5683 = sqrt %5682 : f64[] @ models/lib/nn.yaml:80:7
%5684 = div %3394, %5683 : f64[] @ models/lib/nn.yaml:80:7
%5685 = sqrt %5676 : f32[64] @ models/lib/nn.yaml:80:7
%5686 = cast %5684 : f32[] @ models/lib/nn.yaml:80:7
%5687 = broadcast %5686 : f32[64] @ models/lib/nn.yaml:80:7
%5688 = mul %5685, %5687 : f32[64] @ models/lib/nn.yaml:80:7
%5689 = add %5688, %3943 : f32[64] @ models/lib/nn.yaml:80:7
%5690 = div %5672, %5689 : f32[64] @ models/lib/nn.yaml:80:7
%5691 = cast %5680 : f32[] @ models/lib/nn.yaml:80:7
%5692 = broadcast %5691 : f32[64] @ models/lib/nn.yaml:80:7
%5693 = mul %5690, %5692 : f32[64] @ models/lib/nn.yaml:80:7
%5694 = sub %62, %5693 : f32[64] @ models/lib/nn.yaml:80:7
%5695 = assign %62, %5694 : f32[64] @ models/lib/nn.yaml:80:7
%5696 = assign %5666, %5672 : f32[64] @ models/lib/nn.yaml:80:7
%5697 = assign %5667, %5676 : f32[64] @ models/lib/nn.yaml:80:7
%5698 = assign %5668, %5669 : i64[] @ models/lib/nn.yaml:80:7
%5699 = mul %146, %3954 : f32[64] @ models/lib/nn.yaml:80:7
%5700 = mul %5694, %3956 : f32[64] @ models/lib/nn.yaml:80:7
%5701 = add %5699, %5700 : f32[64] @ models/lib/nn.yaml:80:7
%5702 = assign %146, %5701 : f32[64] @ models/lib/nn.yaml:80:7
%5703 = all_reduce_sum %2639 : f32[16,64] @ models/lib/nn.yaml:79:7
%5704 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5705 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5706 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5707 = add %5706, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5708 = mul %63, %3965 : f32[16,64] @ models/lib/nn.yaml:79:7
%5709 = mul %5703, %3967 : f32[16,64] @ models/lib/nn.yaml:79:7
%5710 = mul %5704, %3969 : f32[16,64] @ models/lib/nn.yaml:79:7
%5711 = add %5710, %5709 : f32[16,64] @ models/lib/nn.yaml:79:7
%5712 = mul %5703, %5703 : f32[16,64] @ models/lib/nn.yaml:79:7
%5713 = mul %5712, %3973 : f32[16,64] @ models/lib/nn.yaml:79:7
%5714 = mul %5705, %3975 : f32[16,64] @ models/lib/nn.yaml:79:7
%5715 = add %5714, %5713 : f32[16,64] @ models/lib/nn.yaml:79:7
%5716 = cast %5707 : f64[] @ models/lib/nn.yaml:79:7
%5717 = pow %3401, %5716 : f64[] @ models/lib/nn.yaml:79:7
%5718 = sub %3394, %5717 : f64[] @ models/lib/nn.yaml:79:7
%5719 = div %2074, %5718 : f64[] @ models/lib/nn.yaml:79:7
%5720 = pow %3409, %5716 : f64[] @ models/lib/nn.yaml:79:7
%5721 = sub %3394, %5720 : f64[] @ models/lib/nn.yaml:79:7
%5722 = sqrt %5721 : f64[] @ models/lib/nn.yaml:79:7
%5723 = div %3394, %5722 : f64[] @ models/lib/nn.yaml:79:7
%5724 = sqrt %5715 : f32[16,64] @ models/lib/nn.yaml:79:7
%5725 = cast %5723 : f32[] @ models/lib/nn.yaml:79:7
%5726 = broadcast %5725 : f32[16,64] @ models/lib/nn.yaml:79:7
%5727 = mul %5724, %5726 : f32[16,64] @ models/lib/nn.yaml:79:7
%5728 = add %5727, %3990 : f32[16,64] @ models/lib/nn.yaml:79:7
%5729 = div %5711, %5728 : f32[16,64] @ models/lib/nn.yaml:79:7
%5730 = cast %5719 : f32[] @ models/lib/nn.yaml:79:7
%5731 = broadcast %5730 : f32[16,64] @ models/lib/nn.yaml:79:7
%5732 = mul %5729, %5731 : f32[16,64] @ models/lib/nn.yaml:79:7
%5733 = sub %5708, %5732 : f32[16,64] @ models/lib/nn.yaml:79:7
%5734 = assign %63, %5733 : f32[16,64] @ models/lib/nn.yaml:79:7
%5735 = assign %5704, %5711 : f32[16,64] @ models/lib/nn.yaml:79:7
%5736 = assign %5705, %5715 : f32[16,64] @ models/lib/nn.yaml:79:7
%5737 = assign %5706, %5707 : i64[] @ models/lib/nn.yaml:79:7
%5738 = mul %147, %4001 : f32[16,64] @ models/lib/nn.yaml:79:7
%5739 = mul %5733, %4003 : f32[16,64] @ models/lib/nn.yaml:79:7
%5740 = add %5738, %5739 : f32[16,64] @ models/lib/nn.yaml:79:7
%5741 = assign %147, %5740 : f32[16,64] @ models/lib/nn.yaml:79:7
%5742 = all_reduce_sum %2635 : f32[16] @ models/lib/nn.yaml:80:7
%5743 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5744 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5745 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5746 = add %5745, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5747 = mul %5742, %3499 : f32[16] @ models/lib/nn.yaml:80:7
%5748 = mul %5743, %3501 : f32[16] @ models/lib/nn.yaml:80:7
%5749 = add %5748, %5747 : f32[16] @ models/lib/nn.yaml:80:7
%5750 = mul %5742, %5742 : f32[16] @ models/lib/nn.yaml:80:7
%5751 = mul %5750, %3505 : f32[16] @ models/lib/nn.yaml:80:7
%5752 = mul %5744, %3507 : f32[16] @ models/lib/nn.yaml:80:7
%5753 = add %5752, %5751 : f32[16] @ models/lib/nn.yaml:80:7
%5754 = cast %5746 : f64[] @ models/lib/nn.yaml:80:7
%5755 = pow %3401, %5754 : f64[] @ models/lib/nn.yaml:80:7
%5756 = sub %3394, %5755 : f64[] @ models/lib/nn.yaml:80:7
%5757 = div %2074, %5756 : f64[] @ models/lib/nn.yaml:80:7
%5758 = pow %3409, %5754 : f64[] @ models/lib/nn.yaml:80:7
%5759 = sub %3394, %5758 : f64[] @ models/lib/nn.yaml:80:7
%5760 = sqrt %5759 : f64[] @ models/lib/nn.yaml:80:7
%5761 = div %3394, %5760 : f64[] @ models/lib/nn.yaml:80:7
%5762 = sqrt %5753 : f32[16] @ models/lib/nn.yaml:80:7
%5763 = cast %5761 : f32[] @ models/lib/nn.yaml:80:7
%5764 = broadcast %5763 : f32[16] @ models/lib/nn.yaml:80:7
%5765 = mul %5762, %5764 : f32[16] @ models/lib/nn.yaml:80:7
%5766 = add %5765, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%5767 = div %5749, %5766 : f32[16] @ models/lib/nn.yaml:80:7
%5768 = cast %5757 : f32[] @ models/lib/nn.yaml:80:7
%5769 = broadcast %5768 : f32[16] @ models/lib/nn.yaml:80:7
%5770 = mul %5767, %5769 : f32[16] @ models/lib/nn.yaml:80:7
%5771 = sub %64, %5770 : f32[16] @ models/lib/nn.yaml:80:7
%5772 = assign %64, %5771 : f32[16] @ models/lib/nn.yaml:80:7
%5773 = assign %5743, %5749 : f32[16] @ models/lib/nn.yaml:80:7
%5774 = assign %5744, %5753 : f32[16] @ models/lib/nn.yaml:80:7
%5775 = assign %5745, %5746 : i64[] @ models/lib/nn.yaml:80:7
%5776 = mul %148, %3533 : f32[16] @ models/lib/nn.yaml:80:7
%5777 = mul %5771, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%5778 = add %5776, %5777 : f32[16] @ models/lib/nn.yaml:80:7
%5779 = assign %148, %5778 : f32[16] @ models/lib/nn.yaml:80:7
%5780 = all_reduce_sum %2613 : f32[16] @ models/lib/nn.yaml:89:7
%5781 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5782 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5783 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5784 = add %5783, %3391 : i64[] @ models/lib/nn.yaml:89:7
%5785 = mul %5780, %3499 : f32[16] @ models/lib/nn.yaml:89:7
%5786 = mul %5781, %3501 : f32[16] @ models/lib/nn.yaml:89:7
%5787 = add %5786, %5785 : f32[16] @ models/lib/nn.yaml:89:7
%5788 = mul %5780, %5780 : f32[16] @ models/lib/nn.yaml:89:7
%5789 = mul %5788, %3505 : f32[16] @ models/lib/nn.yaml:89:7
%5790 = mul %5782, %3507 : f32[16] @ models/lib/nn.yaml:89:7
%5791 = add %5790, %5789 : f32[16] @ models/lib/nn.yaml:89:7
%5792 = cast %5784 : f64[] @ models/lib/nn.yaml:89:7
%5793 = pow %3401, %5792 : f64[] @ models/lib/nn.yaml:89:7
%5794 = sub %3394, %5793 : f64[] @ models/lib/nn.yaml:89:7
%5795 = div %2074, %5794 : f64[] @ models/lib/nn.yaml:89:7
%5796 = pow %3409, %5792 : f64[] @ models/lib/nn.yaml:89:7
%5797 = sub %3394, %5796 : f64[] @ models/lib/nn.yaml:89:7
%5798 = sqrt %5797 : f64[] @ models/lib/nn.yaml:89:7
%5799 = div %3394, %5798 : f64[] @ models/lib/nn.yaml:89:7
%5800 = sqrt %5791 : f32[16] @ models/lib/nn.yaml:89:7
%5801 = cast %5799 : f32[] @ models/lib/nn.yaml:89:7
%5802 = broadcast %5801 : f32[16] @ models/lib/nn.yaml:89:7
%5803 = mul %5800, %5802 : f32[16] @ models/lib/nn.yaml:89:7
%5804 = add %5803, %3522 : f32[16] @ models/lib/nn.yaml:89:7
%5805 = div %5787, %5804 : f32[16] @ models/lib/nn.yaml:89:7
%5806 = cast %5795 : f32[] @ models/lib/nn.yaml:89:7
%5807 = broadcast %5806 : f32[16] @ models/lib/nn.yaml:89:7
%5808 = mul %5805, %5807 : f32[16] @ models/lib/nn.yaml:89:7
%5809 = sub %65, %5808 : f32[16] @ models/lib/nn.yaml:89:7
%5810 = assign %65, %5809 : f32[16] @ models/lib/nn.yaml:89:7
%5811 = assign %5781, %5787 : f32[16] @ models/lib/nn.yaml:89:7
%5812 = assign %5782, %5791 : f32[16] @ models/lib/nn.yaml:89:7
%5813 = assign %5783, %5784 : i64[] @ models/lib/nn.yaml:89:7
%5814 = mul %149, %3533 : f32[16] @ models/lib/nn.yaml:89:7
%5815 = mul %5809, %3535 : f32[16] @ models/lib/nn.yaml:89:7
%5816 = add %5814, %5815 : f32[16] @ models/lib/nn.yaml:89:7
%5817 = assign %149, %5816 : f32[16] @ models/lib/nn.yaml:89:7
%5818 = all_reduce_sum %2607 : f32[16] @ models/lib/nn.yaml:90:7
%5819 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5820 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5821 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5822 = add %5821, %3391 : i64[] @ models/lib/nn.yaml:90:7
%5823 = mul %5818, %3499 : f32[16] @ models/lib/nn.yaml:90:7
%5824 = mul %5819, %3501 : f32[16] @ models/lib/nn.yaml:90:7
%5825 = add %5824, %5823 : f32[16] @ models/lib/nn.yaml:90:7
%5826 = mul %5818, %5818 : f32[16] @ models/lib/nn.yaml:90:7
%5827 = mul %5826, %3505 : f32[16] @ models/lib/nn.yaml:90:7
%5828 = mul %5820, %3507 : f32[16] @ models/lib/nn.yaml:90:7
%5829 = add %5828, %5827 : f32[16] @ models/lib/nn.yaml:90:7
%5830 = cast %5822 : f64[] @ models/lib/nn.yaml:90:7
%5831 = pow %3401, %5830 : f64[] @ models/lib/nn.yaml:90:7
%5832 = sub %3394, %5831 : f64[] @ models/lib/nn.yaml:90:7
%5833 = div %2074, %5832 : f64[] @ models/lib/nn.yaml:90:7
%5834 = pow %3409, %5830 : f64[] @ models/lib/nn.yaml:90:7
%5835 = sub %3394, %5834 : f64[] @ models/lib/nn.yaml:90:7
%5836 = sqrt %5835 : f64[] @ models/lib/nn.yaml:90:7
%5837 = div %3394, %5836 : f64[] @ models/lib/nn.yaml:90:7
%5838 = sqrt %5829 : f32[16] @ models/lib/nn.yaml:90:7
%5839 = cast %5837 : f32[] @ models/lib/nn.yaml:90:7
%5840 = broadcast %5839 : f32[16] @ models/lib/nn.yaml:90:7
%5841 = mul %5838, %5840 : f32[16] @ models/lib/nn.yaml:90:7
%5842 = add %5841, %3522 : f32[16] @ models/lib/nn.yaml:90:7
%5843 = div %5825, %5842 : f32[16] @ models/lib/nn.yaml:90:7
%5844 = cast %5833 : f32[] @ models/lib/nn.yaml:90:7
%5845 = broadcast %5844 : f32[16] @ models/lib/nn.yaml:90:7
%5846 = mul %5843, %5845 : f32[16] @ models/lib/nn.yaml:90:7
%5847 = sub %66, %5846 : f32[16] @ models/lib/nn.yaml:90:7
%5848 = assign %66, %5847 : f32[16] @ models/lib/nn.yaml:90:7
%5849 = assign %5819, %5825 : f32[16] @ models/lib/nn.yaml:90:7
%5850 = assign %5820, %5829 : f32[16] @ models/lib/nn.yaml:90:7
%5851 = assign %5821, %5822 : i64[] @ models/lib/nn.yaml:90:7
%5852 = mul %150, %3533 : f32[16] @ models/lib/nn.yaml:90:7
%5853 = mul %5847, %3535 : f32[16] @ models/lib/nn.yaml:90:7
%5854 = add %5852, %5853 : f32[16] @ models/lib/nn.yaml:90:7
%5855 = assign %150, %5854 : f32[16] @ models/lib/nn.yaml:90:7
%5856 = all_reduce_sum %2600 : f32[24,16] @ models/lib/nn.yaml:79:7
%5857 = state name="adam_m.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%5858 = state name="adam_v.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%5859 = state name="adam_t.projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5860 = add %5859, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5861 = broadcast %3396 : f32[24,16] @ models/lib/nn.yaml:79:7
%5862 = mul %67, %5861 : f32[24,16] @ models/lib/nn.yaml:79:7
%5863 = broadcast %2077 : f32[24,16] @ models/lib/nn.yaml:79:7
%5864 = mul %5856, %5863 : f32[24,16] @ models/lib/nn.yaml:79:7
%5865 = broadcast %1348 : f32[24,16] @ models/lib/nn.yaml:79:7
%5866 = mul %5857, %5865 : f32[24,16] @ models/lib/nn.yaml:79:7
%5867 = add %5866, %5864 : f32[24,16] @ models/lib/nn.yaml:79:7
%5868 = mul %5856, %5856 : f32[24,16] @ models/lib/nn.yaml:79:7
%5869 = broadcast %3406 : f32[24,16] @ models/lib/nn.yaml:79:7
%5870 = mul %5868, %5869 : f32[24,16] @ models/lib/nn.yaml:79:7
%5871 = broadcast %3410 : f32[24,16] @ models/lib/nn.yaml:79:7
%5872 = mul %5858, %5871 : f32[24,16] @ models/lib/nn.yaml:79:7
%5873 = add %5872, %5870 : f32[24,16] @ models/lib/nn.yaml:79:7
%5874 = cast %5860 : f64[] @ models/lib/nn.yaml:79:7
%5875 = pow %3401, %5874 : f64[] @ models/lib/nn.yaml:79:7
%5876 = sub %3394, %5875 : f64[] @ models/lib/nn.yaml:79:7
%5877 = div %2074, %5876 : f64[] @ models/lib/nn.yaml:79:7
%5878 = pow %3409, %5874 : f64[] @ models/lib/nn.yaml:79:7
%5879 = sub %3394, %5878 : f64[] @ models/lib/nn.yaml:79:7
%5880 = sqrt %5879 : f64[] @ models/lib/nn.yaml:79:7
%5881 = div %3394, %5880 : f64[] @ models/lib/nn.yaml:79:7
%5882 = sqrt %5873 : f32[24,16] @ models/lib/nn.yaml:79:7
%5883 = cast %5881 : f32[] @ models/lib/nn.yaml:79:7
%5884 = broadcast %5883 : f32[24,16] @ models/lib/nn.yaml:79:7
%5885 = mul %5882, %5884 : f32[24,16] @ models/lib/nn.yaml:79:7
%5886 = broadcast %3426 : f32[24,16] @ models/lib/nn.yaml:79:7
%5887 = add %5885, %5886 : f32[24,16] @ models/lib/nn.yaml:79:7
%5888 = div %5867, %5887 : f32[24,16] @ models/lib/nn.yaml:79:7
%5889 = cast %5877 : f32[] @ models/lib/nn.yaml:79:7
%5890 = broadcast %5889 : f32[24,16] @ models/lib/nn.yaml:79:7
%5891 = mul %5888, %5890 : f32[24,16] @ models/lib/nn.yaml:79:7
%5892 = sub %5862, %5891 : f32[24,16] @ models/lib/nn.yaml:79:7
%5893 = assign %67, %5892 : f32[24,16] @ models/lib/nn.yaml:79:7
%5894 = assign %5857, %5867 : f32[24,16] @ models/lib/nn.yaml:79:7
%5895 = assign %5858, %5873 : f32[24,16] @ models/lib/nn.yaml:79:7
%5896 = assign %5859, %5860 : i64[] @ models/lib/nn.yaml:79:7
%5897 = broadcast %3438 : f32[24,16] @ models/lib/nn.yaml:79:7
%5898 = mul %151, %5897 : f32[24,16] @ models/lib/nn.yaml:79:7
%5899 = broadcast %3442 : f32[24,16] @ models/lib/nn.yaml:79:7
%5900 = mul %5892, %5899 : f32[24,16] @ models/lib/nn.yaml:79:7
%5901 = add %5898, %5900 : f32[24,16] @ models/lib/nn.yaml:79:7
%5902 = assign %151, %5901 : f32[24,16] @ models/lib/nn.yaml:79:7
%5903 = all_reduce_sum %2577 : f32[24] @ models/moco_pass.yaml:75:7
%5904 = state name="adam_m.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5905 = state name="adam_v.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5906 = state name="adam_t.projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5907 = add %5906, %3391 : i64[] @ models/moco_pass.yaml:75:7
%5908 = broadcast %3396 : f32[24] @ models/moco_pass.yaml:75:7
%5909 = mul %68, %5908 : f32[24] @ models/moco_pass.yaml:75:7
%5910 = broadcast %2077 : f32[24] @ models/moco_pass.yaml:75:7
%5911 = mul %5903, %5910 : f32[24] @ models/moco_pass.yaml:75:7
%5912 = broadcast %1348 : f32[24] @ models/moco_pass.yaml:75:7
%5913 = mul %5904, %5912 : f32[24] @ models/moco_pass.yaml:75:7
%5914 = add %5913, %5911 : f32[24] @ models/moco_pass.yaml:75:7
%5915 = mul %5903, %5903 : f32[24] @ models/moco_pass.yaml:75:7
%5916 = broadcast %3406 : f32[24] @ models/moco_pass.yaml:75:7
%5917 = mul %5915, %5916 : f32[24] @ models/moco_pass.yaml:75:7
%5918 = broadcast %3410 : f32[24] @ models/moco_pass.yaml:75:7
%5919 = mul %5905, %5918 : f32[24] @ models/moco_pass.yaml:75:7
%5920 = add %5919, %5917 : f32[24] @ models/moco_pass.yaml:75:7
%5921 = cast %5907 : f64[] @ models/moco_pass.yaml:75:7
%5922 = pow %3401, %5921 : f64[] @ models/moco_pass.yaml:75:7
%5923 = sub %3394, %5922 : f64[] @ models/moco_pass.yaml:75:7
%5924 = div %2074, %5923 : f64[] @ models/moco_pass.yaml:75:7
%5925 = pow %3409, %5921 : f64[] @ models/moco_pass.yaml:75:7
%5926 = sub %3394, %5925 : f64[] @ models/moco_pass.yaml:75:7
%5927 = sqrt %5926 : f64[] @ models/moco_pass.yaml:75:7
%5928 = div %3394, %5927 : f64[] @ models/moco_pass.yaml:75:7
%5929 = sqrt %5920 : f32[24] @ models/moco_pass.yaml:75:7
%5930 = cast %5928 : f32[] @ models/moco_pass.yaml:75:7
%5931 = broadcast %5930 : f32[24] @ models/moco_pass.yaml:75:7
%5932 = mul %5929, %5931 : f32[24] @ models/moco_pass.yaml:75:7
%5933 = broadcast %3426 : f32[24] @ models/moco_pass.yaml:75:7
%5934 = add %5932, %5933 : f32[24] @ models/moco_pass.yaml:75:7
%5935 = div %5914, %5934 : f32[24] @ models/moco_pass.yaml:75:7
%5936 = cast %5924 : f32[] @ models/moco_pass.yaml:75:7
%5937 = broadcast %5936 : f32[24] @ models/moco_pass.yaml:75:7
%5938 = mul %5935, %5937 : f32[24] @ models/moco_pass.yaml:75:7
%5939 = sub %5909, %5938 : f32[24] @ models/moco_pass.yaml:75:7
%5940 = assign %68, %5939 : f32[24] @ models/moco_pass.yaml:75:7
%5941 = assign %5904, %5914 : f32[24] @ models/moco_pass.yaml:75:7
%5942 = assign %5905, %5920 : f32[24] @ models/moco_pass.yaml:75:7
%5943 = assign %5906, %5907 : i64[] @ models/moco_pass.yaml:75:7
%5944 = broadcast %3438 : f32[24] @ models/moco_pass.yaml:75:7
%5945 = mul %152, %5944 : f32[24] @ models/moco_pass.yaml:75:7
%5946 = broadcast %3442 : f32[24] @ models/moco_pass.yaml:75:7
%5947 = mul %5939, %5946 : f32[24] @ models/moco_pass.yaml:75:7
%5948 = add %5945, %5947 : f32[24] @ models/moco_pass.yaml:75:7
%5949 = assign %152, %5948 : f32[24] @ models/moco_pass.yaml:75:7
%5950 = all_reduce_sum %2573 : f32[24] @ models/moco_pass.yaml:76:7
%5951 = state name="adam_m.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5952 = state name="adam_v.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5953 = state name="adam_t.projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5954 = add %5953, %3391 : i64[] @ models/moco_pass.yaml:76:7
%5955 = mul %69, %5908 : f32[24] @ models/moco_pass.yaml:76:7
%5956 = mul %5950, %5910 : f32[24] @ models/moco_pass.yaml:76:7
%5957 = mul %5951, %5912 : f32[24] @ models/moco_pass.yaml:76:7
%5958 = add %5957, %5956 : f32[24] @ models/moco_pass.yaml:76:7
%5959 = mul %5950, %5950 : f32[24] @ models/moco_pass.yaml:76:7
%5960 = mul %5959, %5916 : f32[24] @ models/moco_pass.yaml:76:7
%5961 = mul %5952, %5918 : f32[24] @ models/moco_pass.yaml:76:7
%5962 = add %5961, %5960 : f32[24] @ models/moco_pass.yaml:76:7
%5963 = cast %5954 : f64[] @ models/moco_pass.yaml:76:7
%5964 = pow %3401, %5963 : f64[] @ models/moco_pass.yaml:76:7
%5965 = sub %3394, %5964 : f64[] @ models/moco_pass.yaml:76:7
%5966 = div %2074, %5965 : f64[] @ models/moco_pass.yaml:76:7
%5967 = pow %3409, %5963 : f64[] @ models/moco_pass.yaml:76:7
%5968 = sub %3394, %5967 : f64[] @ models/moco_pass.yaml:76:7
%5969 = sqrt %5968 : f64[] @ models/moco_pass.yaml:76:7
%5970 = div %3394, %5969 : f64[] @ models/moco_pass.yaml:76:7
%5971 = sqrt %5962 : f32[24] @ models/moco_pass.yaml:76:7
%5972 = cast %5970 : f32[] @ models/moco_pass.yaml:76:7
%5973 = broadcast %5972 : f32[24] @ models/moco_pass.yaml:76:7
%5974 = mul %5971, %5973 : f32[24] @ models/moco_pass.yaml:76:7
%5975 = add %5974, %5933 : f32[24] @ models/moco_pass.yaml:76:7
%5976 = div %5958, %5975 : f32[24] @ models/moco_pass.yaml:76:7
%5977 = cast %5966 : f32[] @ models/moco_pass.yaml:76:7
%5978 = broadcast %5977 : f32[24] @ models/moco_pass.yaml:76:7
%5979 = mul %5976, %5978 : f32[24] @ models/moco_pass.yaml:76:7
%5980 = sub %5955, %5979 : f32[24] @ models/moco_pass.yaml:76:7
%5981 = assign %69, %5980 : f32[24] @ models/moco_pass.yaml:76:7
%5982 = assign %5951, %5958 : f32[24] @ models/moco_pass.yaml:76:7
%5983 = assign %5952, %5962 : f32[24] @ models/moco_pass.yaml:76:7
%5984 = assign %5953, %5954 : i64[] @ models/moco_pass.yaml:76:7
%5985 = mul %153, %5944 : f32[24] @ models/moco_pass.yaml:76:7
%5986 = mul %5980, %5946 : f32[24] @ models/moco_pass.yaml:76:7
%5987 = add %5985, %5986 : f32[24] @ models/moco_pass.yaml:76:7
%5988 = assign %153, %5987 : f32[24] @ models/moco_pass.yaml:76:7
%5989 = all_reduce_sum %2566 : f32[24,24] @ models/lib/nn.yaml:79:7
%5990 = state name="adam_m.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%5991 = state name="adam_v.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%5992 = state name="adam_t.projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5993 = add %5992, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5994 = broadcast %3396 : f32[24,24] @ models/lib/nn.yaml:79:7
%5995 = mul %70, %5994 : f32[24,24] @ models/lib/nn.yaml:79:7
%5996 = broadcast %2077 : f32[24,24] @ models/lib/nn.yaml:79:7
%5997 = mul %5989, %5996 : f32[24,24] @ models/lib/nn.yaml:79:7
%5998 = broadcast %1348 : f32[24,24] @ models/lib/nn.yaml:79:7
%5999 = mul %5990, %5998 : f32[24,24] @ models/lib/nn.yaml:79:7
%6000 = add %5999, %5997 : f32[24,24] @ models/lib/nn.yaml:79:7
%6001 = mul %5989, %5989 : f32[24,24] @ models/lib/nn.yaml:79:7
%6002 = broadcast %3406 : f32[24,24] @ models/lib/nn.yaml:79:7
%6003 = mul %6001, %6002 : f32[24,24] @ models/lib/nn.yaml:79:7
%6004 = broadcast %3410 : f32[24,24] @ models/lib/nn.yaml:79:7
%6005 = mul %5991, %6004 : f32[24,24] @ models/lib/nn.yaml:79:7
%6006 = add %6005, %6003 : f32[24,24] @ models/lib/nn.yaml:79:7
%6007 = cast %5993 : f64[] @ models/lib/nn.yaml:79:7
%6008 = pow %3401, %6007 : f64[] @ models/lib/nn.yaml:79:7
%6009 = sub %3394, %6008 : f64[] @ models/lib/nn.yaml:79:7
%6010 = div %2074, %6009 : f64[] @ models/lib/nn.yaml:79:7
%6011 = pow %3409, %6007 : f64[] @ models/lib/nn.yaml:79:7
%6012 = sub %3394, %6011 : f64[] @ models/lib/nn.yaml:79:7
%6013 = sqrt %6012 : f64[] @ models/lib/nn.yaml:79:7
%6014 = div %3394, %6013 : f64[] @ models/lib/nn.yaml:79:7
%6015 = sqrt %6006 : f32[24,24] @ models/lib/nn.yaml:79:7
%6016 = cast %6014 : f32[] @ models/lib/nn.yaml:79:7
%6017 = broadcast %6016 : f32[24,24] @ models/lib/nn.yaml:79:7
%6018 = mul %6015, %6017 : f32[24,24] @ models/lib/nn.yaml:79:7
%6019 = broadcast %3426 : f32[24,24] @ models/lib/nn.yaml:79:7
%6020 = add %6018, %6019 : f32[24,24] @ models/lib/nn.yaml:79:7
%6021 = div %6000, %6020 : f32[24,24] @ models/lib/nn.yaml:79:7
%6022 = cast %6010 : f32[] @ models/lib/nn.yaml:79:7
%6023 = broadcast %6022 : f32[24,24] @ models/lib/nn.yaml:79:7
%6024 = mul %6021, %6023 : f32[24,24] @ models/lib/nn.yaml:79:7
%6025 = sub %5995, %6024 : f32[24,24] @ models/lib/nn.yaml:79:7
%6026 = assign %70, %6025 : f32[24,24] @ models/lib/nn.yaml:79:7
%6027 = assign %5990, %6000 : f32[24,24] @ models/lib/nn.yaml:79:7
%6028 = assign %5991, %6006 : f32[24,24] @ models/lib/nn.yaml:79:7
%6029 = assign %5992, %5993 : i64[] @ models/lib/nn.yaml:79:7
%6030 = broadcast %3438 : f32[24,24] @ models/lib/nn.yaml:79:7
%6031 = mul %154, %6030 : f32[24,24] @ models/lib/nn.yaml:79:7
%6032 = broadcast %3442 : f32[24,24] @ models/lib/nn.yaml:79:7
%6033 = mul %6025, %6032 : f32[24,24] @ models/lib/nn.yaml:79:7
%6034 = add %6031, %6033 : f32[24,24] @ models/lib/nn.yaml:79:7
%6035 = assign %154, %6034 : f32[24,24] @ models/lib/nn.yaml:79:7
%6036 = all_reduce_sum %2543 : f32[24] @ models/moco_pass.yaml:75:7
%6037 = state name="adam_m.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6038 = state name="adam_v.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6039 = state name="adam_t.projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6040 = add %6039, %3391 : i64[] @ models/moco_pass.yaml:75:7
%6041 = mul %71, %5908 : f32[24] @ models/moco_pass.yaml:75:7
%6042 = mul %6036, %5910 : f32[24] @ models/moco_pass.yaml:75:7
%6043 = mul %6037, %5912 : f32[24] @ models/moco_pass.yaml:75:7
%6044 = add %6043, %6042 : f32[24] @ models/moco_pass.yaml:75:7
%6045 = mul %6036, %6036 : f32[24] @ models/moco_pass.yaml:75:7
%6046 = mul %6045, %5916 : f32[24] @ models/moco_pass.yaml:75:7
%6047 = mul %6038, %5918 : f32[24] @ models/moco_pass.yaml:75:7
%6048 = add %6047, %6046 : f32[24] @ models/moco_pass.yaml:75:7
%6049 = cast %6040 : f64[] @ models/moco_pass.yaml:75:7
%6050 = pow %3401, %6049 : f64[] @ models/moco_pass.yaml:75:7
%6051 = sub %3394, %6050 : f64[] @ models/moco_pass.yaml:75:7
%6052 = div %2074, %6051 : f64[] @ models/moco_pass.yaml:75:7
%6053 = pow %3409, %6049 : f64[] @ models/moco_pass.yaml:75:7
%6054 = sub %3394, %6053 : f64[] @ models/moco_pass.yaml:75:7
%6055 = sqrt %6054 : f64[] @ models/moco_pass.yaml:75:7
%6056 = div %3394, %6055 : f64[] @ models/moco_pass.yaml:75:7
%6057 = sqrt %6048 : f32[24] @ models/moco_pass.yaml:75:7
%6058 = cast %6056 : f32[] @ models/moco_pass.yaml:75:7
%6059 = broadcast %6058 : f32[24] @ models/moco_pass.yaml:75:7
%6060 = mul %6057, %6059 : f32[24] @ models/moco_pass.yaml:75:7
%6061 = add %6060, %5933 : f32[24] @ models/moco_pass.yaml:75:7
%6062 = div %6044, %6061 : f32[24] @ models/moco_pass.yaml:75:7
%6063 = cast %6052 : f32[] @ models/moco_pass.yaml:75:7
%6064 = broadcast %6063 : f32[24] @ models/moco_pass.yaml:75:7
%6065 = mul %6062, %6064 : f32[24] @ models/moco_pass.yaml:75:7
%6066 = sub %6041, %6065 : f32[24] @ models/moco_pass.yaml:75:7
%6067 = assign %71, %6066 : f32[24] @ models/moco_pass.yaml:75:7
%6068 = assign %6037, %6044 : f32[24] @ models/moco_pass.yaml:75:7
%6069 = assign %6038, %6048 : f32[24] @ models/moco_pass.yaml:75:7
%6070 = assign %6039, %6040 : i64[] @ models/moco_pass.yaml:75:7
%6071 = mul %155, %5944 : f32[24] @ models/moco_pass.yaml:75:7
%6072 = mul %6066, %5946 : f32[24] @ models/moco_pass.yaml:75:7
%6073 = add %6071, %6072 : f32[24] @ models/moco_pass.yaml:75:7
%6074 = assign %155, %6073 : f32[24] @ models/moco_pass.yaml:75:7
%6075 = all_reduce_sum %2539 : f32[24] @ models/moco_pass.yaml:76:7
%6076 = state name="adam_m.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6077 = state name="adam_v.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6078 = state name="adam_t.projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6079 = add %6078, %3391 : i64[] @ models/moco_pass.yaml:76:7
%6080 = mul %72, %5908 : f32[24] @ models/moco_pass.yaml:76:7
%6081 = mul %6075, %5910 : f32[24] @ models/moco_pass.yaml:76:7
%6082 = mul %6076, %5912 : f32[24] @ models/moco_pass.yaml:76:7
%6083 = add %6082, %6081 : f32[24] @ models/moco_pass.yaml:76:7
%6084 = mul %6075, %6075 : f32[24] @ models/moco_pass.yaml:76:7
%6085 = mul %6084, %5916 : f32[24] @ models/moco_pass.yaml:76:7
%6086 = mul %6077, %5918 : f32[24] @ models/moco_pass.yaml:76:7
%6087 = add %6086, %6085 : f32[24] @ models/moco_pass.yaml:76:7
%6088 = cast %6079 : f64[] @ models/moco_pass.yaml:76:7
%6089 = pow %3401, %6088 : f64[] @ models/moco_pass.yaml:76:7
%6090 = sub %3394, %6089 : f64[] @ models/moco_pass.yaml:76:7
%6091 = div %2074, %6090 : f64[] @ models/moco_pass.yaml:76:7
%6092 = pow %3409, %6088 : f64[] @ models/moco_pass.yaml:76:7
%6093 = sub %3394, %6092 : f64[] @ models/moco_pass.yaml:76:7
%6094 = sqrt %6093 : f64[] @ models/moco_pass.yaml:76:7
%6095 = div %3394, %6094 : f64[] @ models/moco_pass.yaml:76:7
%6096 = sqrt %6087 : f32[24] @ models/moco_pass.yaml:76:7
%6097 = cast %6095 : f32[] @ models/moco_pass.yaml:76:7
%6098 = broadcast %6097 : f32[24] @ models/moco_pass.yaml:76:7
%6099 = mul %6096, %6098 : f32[24] @ models/moco_pass.yaml:76:7
%6100 = add %6099, %5933 : f32[24] @ models/moco_pass.yaml:76:7
%6101 = div %6083, %6100 : f32[24] @ models/moco_pass.yaml:76:7
%6102 = cast %6091 : f32[] @ models/moco_pass.yaml:76:7
%6103 = broadcast %6102 : f32[24] @ models/moco_pass.yaml:76:7
%6104 = mul %6101, %6103 : f32[24] @ models/moco_pass.yaml:76:7
%6105 = sub %6080, %6104 : f32[24] @ models/moco_pass.yaml:76:7
%6106 = assign %72, %6105 : f32[24] @ models/moco_pass.yaml:76:7
%6107 = assign %6076, %6083 : f32[24] @ models/moco_pass.yaml:76:7
%6108 = assign %6077, %6087 : f32[24] @ models/moco_pass.yaml:76:7
%6109 = assign %6078, %6079 : i64[] @ models/moco_pass.yaml:76:7
%6110 = mul %156, %5944 : f32[24] @ models/moco_pass.yaml:76:7
%6111 = mul %6105, %5946 : f32[24] @ models/moco_pass.yaml:76:7
%6112 = add %6110, %6111 : f32[24] @ models/moco_pass.yaml:76:7
%6113 = assign %156, %6112 : f32[24] @ models/moco_pass.yaml:76:7
%6114 = all_reduce_sum %2532 : f32[8,24] @ models/lib/nn.yaml:79:7
%6115 = state name="adam_m.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6116 = state name="adam_v.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6117 = state name="adam_t.projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6118 = add %6117, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6119 = broadcast %3396 : f32[8,24] @ models/lib/nn.yaml:79:7
%6120 = mul %73, %6119 : f32[8,24] @ models/lib/nn.yaml:79:7
%6121 = broadcast %2077 : f32[8,24] @ models/lib/nn.yaml:79:7
%6122 = mul %6114, %6121 : f32[8,24] @ models/lib/nn.yaml:79:7
%6123 = broadcast %1348 : f32[8,24] @ models/lib/nn.yaml:79:7
%6124 = mul %6115, %6123 : f32[8,24] @ models/lib/nn.yaml:79:7
%6125 = add %6124, %6122 : f32[8,24] @ models/lib/nn.yaml:79:7
%6126 = mul %6114, %6114 : f32[8,24] @ models/lib/nn.yaml:79:7
%6127 = broadcast %3406 : f32[8,24] @ models/lib/nn.yaml:79:7
%6128 = mul %6126, %6127 : f32[8,24] @ models/lib/nn.yaml:79:7
%6129 = broadcast %3410 : f32[8,24] @ models/lib/nn.yaml:79:7
%6130 = mul %6116, %6129 : f32[8,24] @ models/lib/nn.yaml:79:7
%6131 = add %6130, %6128 : f32[8,24] @ models/lib/nn.yaml:79:7
%6132 = cast %6118 : f64[] @ models/lib/nn.yaml:79:7
%6133 = pow %3401, %6132 : f64[] @ models/lib/nn.yaml:79:7
%6134 = sub %3394, %6133 : f64[] @ models/lib/nn.yaml:79:7
%6135 = div %2074, %6134 : f64[] @ models/lib/nn.yaml:79:7
%6136 = pow %3409, %6132 : f64[] @ models/lib/nn.yaml:79:7
%6137 = sub %3394, %6136 : f64[] @ models/lib/nn.yaml:79:7
%6138 = sqrt %6137 : f64[] @ models/lib/nn.yaml:79:7
%6139 = div %3394, %6138 : f64[] @ models/lib/nn.yaml:79:7
%6140 = sqrt %6131 : f32[8,24] @ models/lib/nn.yaml:79:7
%6141 = cast %6139 : f32[] @ models/lib/nn.yaml:79:7
%6142 = broadcast %6141 : f32[8,24] @ models/lib/nn.yaml:79:7
%6143 = mul %6140, %6142 : f32[8,24] @ models/lib/nn.yaml:79:7
%6144 = broadcast %3426 : f32[8,24] @ models/lib/nn.yaml:79:7
%6145 = add %6143, %6144 : f32[8,24] @ models/lib/nn.yaml:79:7
%6146 = div %6125, %6145 : f32[8,24] @ models/lib/nn.yaml:79:7
%6147 = cast %6135 : f32[] @ models/lib/nn.yaml:79:7
%6148 = broadcast %6147 : f32[8,24] @ models/lib/nn.yaml:79:7
%6149 = mul %6146, %6148 : f32[8,24] @ models/lib/nn.yaml:79:7
%6150 = sub %6120, %6149 : f32[8,24] @ models/lib/nn.yaml:79:7
%6151 = assign %73, %6150 : f32[8,24] @ models/lib/nn.yaml:79:7
%6152 = assign %6115, %6125 : f32[8,24] @ models/lib/nn.yaml:79:7
%6153 = assign %6116, %6131 : f32[8,24] @ models/lib/nn.yaml:79:7
%6154 = assign %6117, %6118 : i64[] @ models/lib/nn.yaml:79:7
%6155 = broadcast %3438 : f32[8,24] @ models/lib/nn.yaml:79:7
%6156 = mul %157, %6155 : f32[8,24] @ models/lib/nn.yaml:79:7
%6157 = broadcast %3442 : f32[8,24] @ models/lib/nn.yaml:79:7
%6158 = mul %6150, %6157 : f32[8,24] @ models/lib/nn.yaml:79:7
%6159 = add %6156, %6158 : f32[8,24] @ models/lib/nn.yaml:79:7
%6160 = assign %157, %6159 : f32[8,24] @ models/lib/nn.yaml:79:7
%6161 = all_reduce_sum %2509 : f32[24,8] @ models/lib/nn.yaml:79:7
%6162 = state name="adam_m.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%6163 = state name="adam_v.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%6164 = state name="adam_t.predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6165 = add %6164, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6166 = broadcast %3396 : f32[24,8] @ models/lib/nn.yaml:79:7
%6167 = mul %74, %6166 : f32[24,8] @ models/lib/nn.yaml:79:7
%6168 = broadcast %2077 : f32[24,8] @ models/lib/nn.yaml:79:7
%6169 = mul %6161, %6168 : f32[24,8] @ models/lib/nn.yaml:79:7
%6170 = broadcast %1348 : f32[24,8] @ models/lib/nn.yaml:79:7
%6171 = mul %6162, %6170 : f32[24,8] @ models/lib/nn.yaml:79:7
%6172 = add %6171, %6169 : f32[24,8] @ models/lib/nn.yaml:79:7
%6173 = mul %6161, %6161 : f32[24,8] @ models/lib/nn.yaml:79:7
%6174 = broadcast %3406 : f32[24,8] @ models/lib/nn.yaml:79:7
%6175 = mul %6173, %6174 : f32[24,8] @ models/lib/nn.yaml:79:7
%6176 = broadcast %3410 : f32[24,8] @ models/lib/nn.yaml:79:7
%6177 = mul %6163, %6176 : f32[24,8] @ models/lib/nn.yaml:79:7
%6178 = add %6177, %6175 : f32[24,8] @ models/lib/nn.yaml:79:7
%6179 = cast %6165 : f64[] @ models/lib/nn.yaml:79:7
%6180 = pow %3401, %6179 : f64[] @ models/lib/nn.yaml:79:7
%6181 = sub %3394, %6180 : f64[] @ models/lib/nn.yaml:79:7
%6182 = div %2074, %6181 : f64[] @ models/lib/nn.yaml:79:7
%6183 = pow %3409, %6179 : f64[] @ models/lib/nn.yaml:79:7
%6184 = sub %3394, %6183 : f64[] @ models/lib/nn.yaml:79:7
%6185 = sqrt %6184 : f64[] @ models/lib/nn.yaml:79:7
%6186 = div %3394, %6185 : f64[] @ models/lib/nn.yaml:79:7
%6187 = sqrt %6178 : f32[24,8] @ models/lib/nn.yaml:79:7
%6188 = cast %6186 : f32[] @ models/lib/nn.yaml:79:7
%6189 = broadcast %6188 : f32[24,8] @ models/lib/nn.yaml:79:7
%6190 = mul %6187, %6189 : f32[24,8] @ models/lib/nn.yaml:79:7
%6191 = broadcast %3426 : f32[24,8] @ models/lib/nn.yaml:79:7
%6192 = add %6190, %6191 : f32[24,8] @ models/lib/nn.yaml:79:7
%6193 = div %6172, %6192 : f32[24,8] @ models/lib/nn.yaml:79:7
%6194 = cast %6182 : f32[] @ models/lib/nn.yaml:79:7
%6195 = broadcast %6194 : f32[24,8] @ models/lib/nn.yaml:79:7
%6196 = mul %6193, %6195 : f32[24,8] @ models/lib/nn.yaml:79:7
%6197 = sub %6167, %6196 : f32[24,8] @ models/lib/nn.yaml:79:7
%6198 = assign %74, %6197 : f32[24,8] @ models/lib/nn.yaml:79:7
%6199 = assign %6162, %6172 : f32[24,8] @ models/lib/nn.yaml:79:7
%6200 = assign %6163, %6178 : f32[24,8] @ models/lib/nn.yaml:79:7
%6201 = assign %6164, %6165 : i64[] @ models/lib/nn.yaml:79:7
%6202 = broadcast %3438 : f32[24,8] @ models/lib/nn.yaml:79:7
%6203 = mul %158, %6202 : f32[24,8] @ models/lib/nn.yaml:79:7
%6204 = broadcast %3442 : f32[24,8] @ models/lib/nn.yaml:79:7
%6205 = mul %6197, %6204 : f32[24,8] @ models/lib/nn.yaml:79:7
%6206 = add %6203, %6205 : f32[24,8] @ models/lib/nn.yaml:79:7
%6207 = assign %158, %6206 : f32[24,8] @ models/lib/nn.yaml:79:7
%6208 = all_reduce_sum %2485 : f32[24] @ models/moco_pass.yaml:75:7
%6209 = state name="adam_m.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6210 = state name="adam_v.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6211 = state name="adam_t.predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6212 = add %6211, %3391 : i64[] @ models/moco_pass.yaml:75:7
%6213 = mul %75, %5908 : f32[24] @ models/moco_pass.yaml:75:7
%6214 = mul %6208, %5910 : f32[24] @ models/moco_pass.yaml:75:7
%6215 = mul %6209, %5912 : f32[24] @ models/moco_pass.yaml:75:7
%6216 = add %6215, %6214 : f32[24] @ models/moco_pass.yaml:75:7
%6217 = mul %6208, %6208 : f32[24] @ models/moco_pass.yaml:75:7
%6218 = mul %6217, %5916 : f32[24] @ models/moco_pass.yaml:75:7
%6219 = mul %6210, %5918 : f32[24] @ models/moco_pass.yaml:75:7
%6220 = add %6219, %6218 : f32[24] @ models/moco_pass.yaml:75:7
%6221 = cast %6212 : f64[] @ models/moco_pass.yaml:75:7
%6222 = pow %3401, %6221 : f64[] @ models/moco_pass.yaml:75:7
%6223 = sub %3394, %6222 : f64[] @ models/moco_pass.yaml:75:7
%6224 = div %2074, %6223 : f64[] @ models/moco_pass.yaml:75:7
%6225 = pow %3409, %6221 : f64[] @ models/moco_pass.yaml:75:7
%6226 = sub %3394, %6225 : f64[] @ models/moco_pass.yaml:75:7
%6227 = sqrt %6226 : f64[] @ models/moco_pass.yaml:75:7
%6228 = div %3394, %6227 : f64[] @ models/moco_pass.yaml:75:7
%6229 = sqrt %6220 : f32[24] @ models/moco_pass.yaml:75:7
%6230 = cast %6228 : f32[] @ models/moco_pass.yaml:75:7
%6231 = broadcast %6230 : f32[24] @ models/moco_pass.yaml:75:7
%6232 = mul %6229, %6231 : f32[24] @ models/moco_pass.yaml:75:7
%6233 = add %6232, %5933 : f32[24] @ models/moco_pass.yaml:75:7
%6234 = div %6216, %6233 : f32[24] @ models/moco_pass.yaml:75:7
%6235 = cast %6224 : f32[] @ models/moco_pass.yaml:75:7
%6236 = broadcast %6235 : f32[24] @ models/moco_pass.yaml:75:7
%6237 = mul %6234, %6236 : f32[24] @ models/moco_pass.yaml:75:7
%6238 = sub %6213, %6237 : f32[24] @ models/moco_pass.yaml:75:7
%6239 = assign %75, %6238 : f32[24] @ models/moco_pass.yaml:75:7
%6240 = assign %6209, %6216 : f32[24] @ models/moco_pass.yaml:75:7
%6241 = assign %6210, %6220 : f32[24] @ models/moco_pass.yaml:75:7
%6242 = assign %6211, %6212 : i64[] @ models/moco_pass.yaml:75:7
%6243 = mul %159, %5944 : f32[24] @ models/moco_pass.yaml:75:7
%6244 = mul %6238, %5946 : f32[24] @ models/moco_pass.yaml:75:7
%6245 = add %6243, %6244 : f32[24] @ models/moco_pass.yaml:75:7
%6246 = assign %159, %6245 : f32[24] @ models/moco_pass.yaml:75:7
%6247 = all_reduce_sum %2481 : f32[24] @ models/moco_pass.yaml:76:7
%6248 = state name="adam_m.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6249 = state name="adam_v.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6250 = state name="adam_t.predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6251 = add %6250, %3391 : i64[] @ models/moco_pass.yaml:76:7
%6252 = mul %76, %5908 : f32[24] @ models/moco_pass.yaml:76:7
%6253 = mul %6247, %5910 : f32[24] @ models/moco_pass.yaml:76:7
%6254 = mul %6248, %5912 : f32[24] @ models/moco_pass.yaml:76:7
%6255 = add %6254, %6253 : f32[24] @ models/moco_pass.yaml:76:7
%6256 = mul %6247, %6247 : f32[24] @ models/moco_pass.yaml:76:7
%6257 = mul %6256, %5916 : f32[24] @ models/moco_pass.yaml:76:7
%6258 = mul %6249, %5918 : f32[24] @ models/moco_pass.yaml:76:7
%6259 = add %6258, %6257 : f32[24] @ models/moco_pass.yaml:76:7
%6260 = cast %6251 : f64[] @ models/moco_pass.yaml:76:7
%6261 = pow %3401, %6260 : f64[] @ models/moco_pass.yaml:76:7
%6262 = sub %3394, %6261 : f64[] @ models/moco_pass.yaml:76:7
%6263 = div %2074, %6262 : f64[] @ models/moco_pass.yaml:76:7
%6264 = pow %3409, %6260 : f64[] @ models/moco_pass.yaml:76:7
%6265 = sub %3394, %6264 : f64[] @ models/moco_pass.yaml:76:7
%6266 = sqrt %6265 : f64[] @ models/moco_pass.yaml:76:7
%6267 = div %3394, %6266 : f64[] @ models/moco_pass.yaml:76:7
%6268 = sqrt %6259 : f32[24] @ models/moco_pass.yaml:76:7
%6269 = cast %6267 : f32[] @ models/moco_pass.yaml:76:7
%6270 = broadcast %6269 : f32[24] @ models/moco_pass.yaml:76:7
%6271 = mul %6268, %6270 : f32[24] @ models/moco_pass.yaml:76:7
%6272 = add %6271, %5933 : f32[24] @ models/moco_pass.yaml:76:7
%6273 = div %6255, %6272 : f32[24] @ models/moco_pass.yaml:76:7
%6274 = cast %6263 : f32[] @ models/moco_pass.yaml:76:7
%6275 = broadcast %6274 : f32[24] @ models/moco_pass.yaml:76:7
%6276 = mul %6273, %6275 : f32[24] @ models/moco_pass.yaml:76:7
%6277 = sub %6252, %6276 : f32[24] @ models/moco_pass.yaml:76:7
%6278 = assign %76, %6277 : f32[24] @ models/moco_pass.yaml:76:7
%6279 = assign %6248, %6255 : f32[24] @ models/moco_pass.yaml:76:7
%6280 = assign %6249, %6259 : f32[24] @ models/moco_pass.yaml:76:7
%6281 = assign %6250, %6251 : i64[] @ models/moco_pass.yaml:76:7
%6282 = mul %160, %5944 : f32[24] @ models/moco_pass.yaml:76:7
%6283 = mul %6277, %5946 : f32[24] @ models/moco_pass.yaml:76:7
%6284 = add %6282, %6283 : f32[24] @ models/moco_pass.yaml:76:7
%6285 = assign %160, %6284 : f32[24] @ models/moco_pass.yaml:76:7
%6286 = all_reduce_sum %2473 : f32[8,24] @ models/lib/nn.yaml:79:7
%6287 = state name="adam_m.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6288 = state name="adam_v.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6289 = state name="adam_t.predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6290 = add %6289, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6291 = mul %77, %6119 : f32[8,24] @ models/lib/nn.yaml:79:7
%6292 = mul %6286, %6121 : f32[8,24] @ models/lib/nn.yaml:79:7
%6293 = mul %6287, %6123 : f32[8,24] @ models/lib/nn.yaml:79:7
%6294 = add %6293, %6292 : f32[8,24] @ models/lib/nn.yaml:79:7
%6295 = mul %6286, %6286 : f32[8,24] @ models/lib/nn.yaml:79:7
%6296 = mul %6295, %6127 : f32[8,24] @ models/lib/nn.yaml:79:7
%6297 = mul %6288, %6129 : f32[8,24] @ models/lib/nn.yaml:79:7
%6298 = add %6297, %6296 : f32[8,24] @ models/lib/nn.yaml:79:7
%6299 = cast %6290 : f64[] @ models/lib/nn.yaml:79:7
%6300 = pow %3401, %6299 : f64[] @ models/lib/nn.yaml:79:7
%6301 = sub %3394, %6300 : f64[] @ models/lib/nn.yaml:79:7
%6302 = div %2074, %6301 : f64[] @ models/lib/nn.yaml:79:7
%6303 = pow %3409, %6299 : f64[] @ models/lib/nn.yaml:79:7
%6304 = sub %3394, %6303 : f64[] @ models/lib/nn.yaml:79:7
%6305 = sqrt %6304 : f64[] @ models/lib/nn.yaml:79:7
%6306 = div %3394, %6305 : f64[] @ models/lib/nn.yaml:79:7
%6307 = sqrt %6298 : f32[8,24] @ models/lib/nn.yaml:79:7
%6308 = cast %6306 : f32[] @ models/lib/nn.yaml:79:7
%6309 = broadcast %6308 : f32[8,24] @ models/lib/nn.yaml:79:7
%6310 = mul %6307, %6309 : f32[8,24] @ models/lib/nn.yaml:79:7
%6311 = add %6310, %6144 : f32[8,24] @ models/lib/nn.yaml:79:7
%6312 = div %6294, %6311 : f32[8,24] @ models/lib/nn.yaml:79:7
%6313 = cast %6302 : f32[] @ models/lib/nn.yaml:79:7
%6314 = broadcast %6313 : f32[8,24] @ models/lib/nn.yaml:79:7
%6315 = mul %6312, %6314 : f32[8,24] @ models/lib/nn.yaml:79:7
%6316 = sub %6291, %6315 : f32[8,24] @ models/lib/nn.yaml:79:7
%6317 = assign %77, %6316 : f32[8,24] @ models/lib/nn.yaml:79:7
%6318 = assign %6287, %6294 : f32[8,24] @ models/lib/nn.yaml:79:7
%6319 = assign %6288, %6298 : f32[8,24] @ models/lib/nn.yaml:79:7
%6320 = assign %6289, %6290 : i64[] @ models/lib/nn.yaml:79:7
%6321 = mul %161, %6155 : f32[8,24] @ models/lib/nn.yaml:79:7
%6322 = mul %6316, %6157 : f32[8,24] @ models/lib/nn.yaml:79:7
%6323 = add %6321, %6322 : f32[8,24] @ models/lib/nn.yaml:79:7
%6324 = assign %161, %6323 : f32[8,24] @ models/lib/nn.yaml:79:7
%6325 = all_reduce_sum %2448 : f32[12,16] @ models/lib/nn.yaml:79:7
%6326 = state name="adam_m.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%6327 = state name="adam_v.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%6328 = state name="adam_t.patch_projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6329 = add %6328, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6330 = broadcast %3396 : f32[12,16] @ models/lib/nn.yaml:79:7
%6331 = mul %78, %6330 : f32[12,16] @ models/lib/nn.yaml:79:7
%6332 = broadcast %2077 : f32[12,16] @ models/lib/nn.yaml:79:7
%6333 = mul %6325, %6332 : f32[12,16] @ models/lib/nn.yaml:79:7
%6334 = broadcast %1348 : f32[12,16] @ models/lib/nn.yaml:79:7
%6335 = mul %6326, %6334 : f32[12,16] @ models/lib/nn.yaml:79:7
%6336 = add %6335, %6333 : f32[12,16] @ models/lib/nn.yaml:79:7
%6337 = mul %6325, %6325 : f32[12,16] @ models/lib/nn.yaml:79:7
%6338 = broadcast %3406 : f32[12,16] @ models/lib/nn.yaml:79:7
%6339 = mul %6337, %6338 : f32[12,16] @ models/lib/nn.yaml:79:7
%6340 = broadcast %3410 : f32[12,16] @ models/lib/nn.yaml:79:7
%6341 = mul %6327, %6340 : f32[12,16] @ models/lib/nn.yaml:79:7
%6342 = add %6341, %6339 : f32[12,16] @ models/lib/nn.yaml:79:7
%6343 = cast %6329 : f64[] @ models/lib/nn.yaml:79:7
%6344 = pow %3401, %6343 : f64[] @ models/lib/nn.yaml:79:7
%6345 = sub %3394, %6344 : f64[] @ models/lib/nn.yaml:79:7
%6346 = div %2074, %6345 : f64[] @ models/lib/nn.yaml:79:7
%6347 = pow %3409, %6343 : f64[] @ models/lib/nn.yaml:79:7
%6348 = sub %3394, %6347 : f64[] @ models/lib/nn.yaml:79:7
%6349 = sqrt %6348 : f64[] @ models/lib/nn.yaml:79:7
%6350 = div %3394, %6349 : f64[] @ models/lib/nn.yaml:79:7
%6351 = sqrt %6342 : f32[12,16] @ models/lib/nn.yaml:79:7
%6352 = cast %6350 : f32[] @ models/lib/nn.yaml:79:7
%6353 = broadcast %6352 : f32[12,16] @ models/lib/nn.yaml:79:7
%6354 = mul %6351, %6353 : f32[12,16] @ models/lib/nn.yaml:79:7
%6355 = broadcast %3426 : f32[12,16] @ models/lib/nn.yaml:79:7
%6356 = add %6354, %6355 : f32[12,16] @ models/lib/nn.yaml:79:7
%6357 = div %6336, %6356 : f32[12,16] @ models/lib/nn.yaml:79:7
%6358 = cast %6346 : f32[] @ models/lib/nn.yaml:79:7
%6359 = broadcast %6358 : f32[12,16] @ models/lib/nn.yaml:79:7
%6360 = mul %6357, %6359 : f32[12,16] @ models/lib/nn.yaml:79:7
%6361 = sub %6331, %6360 : f32[12,16] @ models/lib/nn.yaml:79:7
%6362 = assign %78, %6361 : f32[12,16] @ models/lib/nn.yaml:79:7
%6363 = assign %6326, %6336 : f32[12,16] @ models/lib/nn.yaml:79:7
%6364 = assign %6327, %6342 : f32[12,16] @ models/lib/nn.yaml:79:7
%6365 = assign %6328, %6329 : i64[] @ models/lib/nn.yaml:79:7
%6366 = broadcast %3438 : f32[12,16] @ models/lib/nn.yaml:79:7
%6367 = mul %162, %6366 : f32[12,16] @ models/lib/nn.yaml:79:7
%6368 = broadcast %3442 : f32[12,16] @ models/lib/nn.yaml:79:7
%6369 = mul %6361, %6368 : f32[12,16] @ models/lib/nn.yaml:79:7
%6370 = add %6367, %6369 : f32[12,16] @ models/lib/nn.yaml:79:7
%6371 = assign %162, %6370 : f32[12,16] @ models/lib/nn.yaml:79:7
%6372 = all_reduce_sum %2425 : f32[12] @ models/moco_pass.yaml:75:7
%6373 = state name="adam_m.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6374 = state name="adam_v.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6375 = state name="adam_t.patch_projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6376 = add %6375, %3391 : i64[] @ models/moco_pass.yaml:75:7
%6377 = broadcast %3396 : f32[12] @ models/moco_pass.yaml:75:7
%6378 = mul %79, %6377 : f32[12] @ models/moco_pass.yaml:75:7
%6379 = broadcast %2077 : f32[12] @ models/moco_pass.yaml:75:7
%6380 = mul %6372, %6379 : f32[12] @ models/moco_pass.yaml:75:7
%6381 = broadcast %1348 : f32[12] @ models/moco_pass.yaml:75:7
%6382 = mul %6373, %6381 : f32[12] @ models/moco_pass.yaml:75:7
%6383 = add %6382, %6380 : f32[12] @ models/moco_pass.yaml:75:7
%6384 = mul %6372, %6372 : f32[12] @ models/moco_pass.yaml:75:7
%6385 = broadcast %3406 : f32[12] @ models/moco_pass.yaml:75:7
%6386 = mul %6384, %6385 : f32[12] @ models/moco_pass.yaml:75:7
%6387 = broadcast %3410 : f32[12] @ models/moco_pass.yaml:75:7
%6388 = mul %6374, %6387 : f32[12] @ models/moco_pass.yaml:75:7
%6389 = add %6388, %6386 : f32[12] @ models/moco_pass.yaml:75:7
%6390 = cast %6376 : f64[] @ models/moco_pass.yaml:75:7
%6391 = pow %3401, %6390 : f64[] @ models/moco_pass.yaml:75:7
%6392 = sub %3394, %6391 : f64[] @ models/moco_pass.yaml:75:7
%6393 = div %2074, %6392 : f64[] @ models/moco_pass.yaml:75:7
%6394 = pow %3409, %6390 : f64[] @ models/moco_pass.yaml:75:7
%6395 = sub %3394, %6394 : f64[] @ models/moco_pass.yaml:75:7
%6396 = sqrt %6395 : f64[] @ models/moco_pass.yaml:75:7
%6397 = div %3394, %6396 : f64[] @ models/moco_pass.yaml:75:7
%6398 = sqrt %6389 : f32[12] @ models/moco_pass.yaml:75:7
%6399 = cast %6397 : f32[] @ models/moco_pass.yaml:75:7
%6400 = broadcast %6399 : f32[12] @ models/moco_pass.yaml:75:7
%6401 = mul %6398, %6400 : f32[12] @ models/moco_pass.yaml:75:7
%6402 = broadcast %3426 : f32[12] @ models/moco_pass.yaml:75:7
%6403 = add %6401, %6402 : f32[12] @ models/moco_pass.yaml:75:7
%6404 = div %6383, %6403 : f32[12] @ models/moco_pass.yaml:75:7
%6405 = cast %6393 : f32[] @ models/moco_pass.yaml:75:7
%6406 = broadcast %6405 : f32[12] @ models/moco_pass.yaml:75:7
%6407 = mul %6404, %6406 : f32[12] @ models/moco_pass.yaml:75:7
%6408 = sub %6378, %6407 : f32[12] @ models/moco_pass.yaml:75:7
%6409 = assign %79, %6408 : f32[12] @ models/moco_pass.yaml:75:7
%6410 = assign %6373, %6383 : f32[12] @ models/moco_pass.yaml:75:7
%6411 = assign %6374, %6389 : f32[12] @ models/moco_pass.yaml:75:7
%6412 = assign %6375, %6376 : i64[] @ models/moco_pass.yaml:75:7
%6413 = broadcast %3438 : f32[12] @ models/moco_pass.yaml:75:7
%6414 = mul %163, %6413 : f32[12] @ models/moco_pass.yaml:75:7
%6415 = broadcast %3442 : f32[12] @ models/moco_pass.yaml:75:7
%6416 = mul %6408, %6415 : f32[12] @ models/moco_pass.yaml:75:7
%6417 = add %6414, %6416 : f32[12] @ models/moco_pass.yaml:75:7
%6418 = assign %163, %6417 : f32[12] @ models/moco_pass.yaml:75:7
%6419 = all_reduce_sum %2419 : f32[12] @ models/moco_pass.yaml:76:7
%6420 = state name="adam_m.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6421 = state name="adam_v.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6422 = state name="adam_t.patch_projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6423 = add %6422, %3391 : i64[] @ models/moco_pass.yaml:76:7
%6424 = mul %80, %6377 : f32[12] @ models/moco_pass.yaml:76:7
%6425 = mul %6419, %6379 : f32[12] @ models/moco_pass.yaml:76:7
%6426 = mul %6420, %6381 : f32[12] @ models/moco_pass.yaml:76:7
%6427 = add %6426, %6425 : f32[12] @ models/moco_pass.yaml:76:7
%6428 = mul %6419, %6419 : f32[12] @ models/moco_pass.yaml:76:7
%6429 = mul %6428, %6385 : f32[12] @ models/moco_pass.yaml:76:7
%6430 = mul %6421, %6387 : f32[12] @ models/moco_pass.yaml:76:7
%6431 = add %6430, %6429 : f32[12] @ models/moco_pass.yaml:76:7
%6432 = cast %6423 : f64[] @ models/moco_pass.yaml:76:7
%6433 = pow %3401, %6432 : f64[] @ models/moco_pass.yaml:76:7
%6434 = sub %3394, %6433 : f64[] @ models/moco_pass.yaml:76:7
%6435 = div %2074, %6434 : f64[] @ models/moco_pass.yaml:76:7
%6436 = pow %3409, %6432 : f64[] @ models/moco_pass.yaml:76:7
%6437 = sub %3394, %6436 : f64[] @ models/moco_pass.yaml:76:7
%6438 = sqrt %6437 : f64[] @ models/moco_pass.yaml:76:7
%6439 = div %3394, %6438 : f64[] @ models/moco_pass.yaml:76:7
%6440 = sqrt %6431 : f32[12] @ models/moco_pass.yaml:76:7
%6441 = cast %6439 : f32[] @ models/moco_pass.yaml:76:7
%6442 = broadcast %6441 : f32[12] @ models/moco_pass.yaml:76:7
%6443 = mul %6440, %6442 : f32[12] @ models/moco_pass.yaml:76:7
%6444 = add %6443, %6402 : f32[12] @ models/moco_pass.yaml:76:7
%6445 = div %6427, %6444 : f32[12] @ models/moco_pass.yaml:76:7
%6446 = cast %6435 : f32[] @ models/moco_pass.yaml:76:7
%6447 = broadcast %6446 : f32[12] @ models/moco_pass.yaml:76:7
%6448 = mul %6445, %6447 : f32[12] @ models/moco_pass.yaml:76:7
%6449 = sub %6424, %6448 : f32[12] @ models/moco_pass.yaml:76:7
%6450 = assign %80, %6449 : f32[12] @ models/moco_pass.yaml:76:7
%6451 = assign %6420, %6427 : f32[12] @ models/moco_pass.yaml:76:7
%6452 = assign %6421, %6431 : f32[12] @ models/moco_pass.yaml:76:7
%6453 = assign %6422, %6423 : i64[] @ models/moco_pass.yaml:76:7
%6454 = mul %164, %6413 : f32[12] @ models/moco_pass.yaml:76:7
%6455 = mul %6449, %6415 : f32[12] @ models/moco_pass.yaml:76:7
%6456 = add %6454, %6455 : f32[12] @ models/moco_pass.yaml:76:7
%6457 = assign %164, %6456 : f32[12] @ models/moco_pass.yaml:76:7
%6458 = all_reduce_sum %2410 : f32[12,12] @ models/lib/nn.yaml:79:7
%6459 = state name="adam_m.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%6460 = state name="adam_v.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%6461 = state name="adam_t.patch_projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6462 = add %6461, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6463 = broadcast %3396 : f32[12,12] @ models/lib/nn.yaml:79:7
%6464 = mul %81, %6463 : f32[12,12] @ models/lib/nn.yaml:79:7
%6465 = broadcast %2077 : f32[12,12] @ models/lib/nn.yaml:79:7
%6466 = mul %6458, %6465 : f32[12,12] @ models/lib/nn.yaml:79:7
%6467 = broadcast %1348 : f32[12,12] @ models/lib/nn.yaml:79:7
%6468 = mul %6459, %6467 : f32[12,12] @ models/lib/nn.yaml:79:7
%6469 = add %6468, %6466 : f32[12,12] @ models/lib/nn.yaml:79:7
%6470 = mul %6458, %6458 : f32[12,12] @ models/lib/nn.yaml:79:7
%6471 = broadcast %3406 : f32[12,12] @ models/lib/nn.yaml:79:7
%6472 = mul %6470, %6471 : f32[12,12] @ models/lib/nn.yaml:79:7
%6473 = broadcast %3410 : f32[12,12] @ models/lib/nn.yaml:79:7
%6474 = mul %6460, %6473 : f32[12,12] @ models/lib/nn.yaml:79:7
%6475 = add %6474, %6472 : f32[12,12] @ models/lib/nn.yaml:79:7
%6476 = cast %6462 : f64[] @ models/lib/nn.yaml:79:7
%6477 = pow %3401, %6476 : f64[] @ models/lib/nn.yaml:79:7
%6478 = sub %3394, %6477 : f64[] @ models/lib/nn.yaml:79:7
%6479 = div %2074, %6478 : f64[] @ models/lib/nn.yaml:79:7
%6480 = pow %3409, %6476 : f64[] @ models/lib/nn.yaml:79:7
%6481 = sub %3394, %6480 : f64[] @ models/lib/nn.yaml:79:7
%6482 = sqrt %6481 : f64[] @ models/lib/nn.yaml:79:7
%6483 = div %3394, %6482 : f64[] @ models/lib/nn.yaml:79:7
%6484 = sqrt %6475 : f32[12,12] @ models/lib/nn.yaml:79:7
%6485 = cast %6483 : f32[] @ models/lib/nn.yaml:79:7
%6486 = broadcast %6485 : f32[12,12] @ models/lib/nn.yaml:79:7
%6487 = mul %6484, %6486 : f32[12,12] @ models/lib/nn.yaml:79:7
%6488 = broadcast %3426 : f32[12,12] @ models/lib/nn.yaml:79:7
%6489 = add %6487, %6488 : f32[12,12] @ models/lib/nn.yaml:79:7
%6490 = div %6469, %6489 : f32[12,12] @ models/lib/nn.yaml:79:7
%6491 = cast %6479 : f32[] @ models/lib/nn.yaml:79:7
%6492 = broadcast %6491 : f32[12,12] @ models/lib/nn.yaml:79:7
%6493 = mul %6490, %6492 : f32[12,12] @ models/lib/nn.yaml:79:7
%6494 = sub %6464, %6493 : f32[12,12] @ models/lib/nn.yaml:79:7
%6495 = assign %81, %6494 : f32[12,12] @ models/lib/nn.yaml:79:7
%6496 = assign %6459, %6469 : f32[12,12] @ models/lib/nn.yaml:79:7
%6497 = assign %6460, %6475 : f32[12,12] @ models/lib/nn.yaml:79:7
%6498 = assign %6461, %6462 : i64[] @ models/lib/nn.yaml:79:7
%6499 = broadcast %3438 : f32[12,12] @ models/lib/nn.yaml:79:7
%6500 = mul %165, %6499 : f32[12,12] @ models/lib/nn.yaml:79:7
%6501 = broadcast %3442 : f32[12,12] @ models/lib/nn.yaml:79:7
%6502 = mul %6494, %6501 : f32[12,12] @ models/lib/nn.yaml:79:7
%6503 = add %6500, %6502 : f32[12,12] @ models/lib/nn.yaml:79:7
%6504 = assign %165, %6503 : f32[12,12] @ models/lib/nn.yaml:79:7
%6505 = all_reduce_sum %2387 : f32[12] @ models/moco_pass.yaml:75:7
%6506 = state name="adam_m.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6507 = state name="adam_v.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6508 = state name="adam_t.patch_projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6509 = add %6508, %3391 : i64[] @ models/moco_pass.yaml:75:7
%6510 = mul %82, %6377 : f32[12] @ models/moco_pass.yaml:75:7
%6511 = mul %6505, %6379 : f32[12] @ models/moco_pass.yaml:75:7
%6512 = mul %6506, %6381 : f32[12] @ models/moco_pass.yaml:75:7
%6513 = add %6512, %6511 : f32[12] @ models/moco_pass.yaml:75:7
%6514 = mul %6505, %6505 : f32[12] @ models/moco_pass.yaml:75:7
%6515 = mul %6514, %6385 : f32[12] @ models/moco_pass.yaml:75:7
%6516 = mul %6507, %6387 : f32[12] @ models/moco_pass.yaml:75:7
%6517 = add %6516, %6515 : f32[12] @ models/moco_pass.yaml:75:7
%6518 = cast %6509 : f64[] @ models/moco_pass.yaml:75:7
%6519 = pow %3401, %6518 : f64[] @ models/moco_pass.yaml:75:7
%6520 = sub %3394, %6519 : f64[] @ models/moco_pass.yaml:75:7
%6521 = div %2074, %6520 : f64[] @ models/moco_pass.yaml:75:7
%6522 = pow %3409, %6518 : f64[] @ models/moco_pass.yaml:75:7
%6523 = sub %3394, %6522 : f64[] @ models/moco_pass.yaml:75:7
%6524 = sqrt %6523 : f64[] @ models/moco_pass.yaml:75:7
%6525 = div %3394, %6524 : f64[] @ models/moco_pass.yaml:75:7
%6526 = sqrt %6517 : f32[12] @ models/moco_pass.yaml:75:7
%6527 = cast %6525 : f32[] @ models/moco_pass.yaml:75:7
%6528 = broadcast %6527 : f32[12] @ models/moco_pass.yaml:75:7
%6529 = mul %6526, %6528 : f32[12] @ models/moco_pass.yaml:75:7
%6530 = add %6529, %6402 : f32[12] @ models/moco_pass.yaml:75:7
%6531 = div %6513, %6530 : f32[12] @ models/moco_pass.yaml:75:7
%6532 = cast %6521 : f32[] @ models/moco_pass.yaml:75:7
%6533 = broadcast %6532 : f32[12] @ models/moco_pass.yaml:75:7
%6534 = mul %6531, %6533 : f32[12] @ models/moco_pass.yaml:75:7
%6535 = sub %6510, %6534 : f32[12] @ models/moco_pass.yaml:75:7
%6536 = assign %82, %6535 : f32[12] @ models/moco_pass.yaml:75:7
%6537 = assign %6506, %6513 : f32[12] @ models/moco_pass.yaml:75:7
%6538 = assign %6507, %6517 : f32[12] @ models/moco_pass.yaml:75:7
%6539 = assign %6508, %6509 : i64[] @ models/moco_pass.yaml:75:7
%6540 = mul %166, %6413 : f32[12] @ models/moco_pass.yaml:75:7
%6541 = mul %6535, %6415 : f32[12] @ models/moco_pass.yaml:75:7
%6542 = add %6540, %6541 : f32[12] @ models/moco_pass.yaml:75:7
%6543 = assign %166, %6542 : f32[12] @ models/moco_pass.yaml:75:7
%6544 = all_reduce_sum %2381 : f32[12] @ models/moco_pass.yaml:76:7
%6545 = state name="adam_m.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6546 = state name="adam_v.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6547 = state name="adam_t.patch_projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6548 = add %6547, %3391 : i64[] @ models/moco_pass.yaml:76:7
%6549 = mul %83, %6377 : f32[12] @ models/moco_pass.yaml:76:7
%6550 = mul %6544, %6379 : f32[12] @ models/moco_pass.yaml:76:7
%6551 = mul %6545, %6381 : f32[12] @ models/moco_pass.yaml:76:7
%6552 = add %6551, %6550 : f32[12] @ models/moco_pass.yaml:76:7
%6553 = mul %6544, %6544 : f32[12] @ models/moco_pass.yaml:76:7
%6554 = mul %6553, %6385 : f32[12] @ models/moco_pass.yaml:76:7
%6555 = mul %6546, %6387 : f32[12] @ models/moco_pass.yaml:76:7
%6556 = add %6555, %6554 : f32[12] @ models/moco_pass.yaml:76:7
%6557 = cast %6548 : f64[] @ models/moco_pass.yaml:76:7
%6558 = pow %3401, %6557 : f64[] @ models/moco_pass.yaml:76:7
%6559 = sub %3394, %6558 : f64[] @ models/moco_pass.yaml:76:7
%6560 = div %2074, %6559 : f64[] @ models/moco_pass.yaml:76:7
%6561 = pow %3409, %6557 : f64[] @ models/moco_pass.yaml:76:7
%6562 = sub %3394, %6561 : f64[] @ models/moco_pass.yaml:76:7
%6563 = sqrt %6562 : f64[] @ models/moco_pass.yaml:76:7
%6564 = div %3394, %6563 : f64[] @ models/moco_pass.yaml:76:7
%6565 = sqrt %6556 : f32[12] @ models/moco_pass.yaml:76:7
%6566 = cast %6564 : f32[] @ models/moco_pass.yaml:76:7
%6567 = broadcast %6566 : f32[12] @ models/moco_pass.yaml:76:7
%6568 = mul %6565, %6567 : f32[12] @ models/moco_pass.yaml:76:7
%6569 = add %6568, %6402 : f32[12] @ models/moco_pass.yaml:76:7
%6570 = div %6552, %6569 : f32[12] @ models/moco_pass.yaml:76:7
%6571 = cast %6560 : f32[] @ models/moco_pass.yaml:76:7
%6572 = broadcast %6571 : f32[12] @ models/moco_pass.yaml:76:7
%6573 = mul %6570, %6572 : f32[12] @ models/moco_pass.yaml:76:7
%6574 = sub %6549, %6573 : f32[12] @ models/moco_pass.yaml:76:7
%6575 = assign %83, %6574 : f32[12] @ models/moco_pass.yaml:76:7
%6576 = assign %6545, %6552 : f32[12] @ models/moco_pass.yaml:76:7
%6577 = assign %6546, %6556 : f32[12] @ models/moco_pass.yaml:76:7
%6578 = assign %6547, %6548 : i64[] @ models/moco_pass.yaml:76:7
%6579 = mul %167, %6413 : f32[12] @ models/moco_pass.yaml:76:7
%6580 = mul %6574, %6415 : f32[12] @ models/moco_pass.yaml:76:7
%6581 = add %6579, %6580 : f32[12] @ models/moco_pass.yaml:76:7
%6582 = assign %167, %6581 : f32[12] @ models/moco_pass.yaml:76:7
%6583 = all_reduce_sum %2372 : f32[6,12] @ models/lib/nn.yaml:79:7
%6584 = state name="adam_m.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6585 = state name="adam_v.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6586 = state name="adam_t.patch_projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6587 = add %6586, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6588 = broadcast %3396 : f32[6,12] @ models/lib/nn.yaml:79:7
%6589 = mul %84, %6588 : f32[6,12] @ models/lib/nn.yaml:79:7
%6590 = broadcast %2077 : f32[6,12] @ models/lib/nn.yaml:79:7
%6591 = mul %6583, %6590 : f32[6,12] @ models/lib/nn.yaml:79:7
%6592 = broadcast %1348 : f32[6,12] @ models/lib/nn.yaml:79:7
%6593 = mul %6584, %6592 : f32[6,12] @ models/lib/nn.yaml:79:7
%6594 = add %6593, %6591 : f32[6,12] @ models/lib/nn.yaml:79:7
%6595 = mul %6583, %6583 : f32[6,12] @ models/lib/nn.yaml:79:7
%6596 = broadcast %3406 : f32[6,12] @ models/lib/nn.yaml:79:7
%6597 = mul %6595, %6596 : f32[6,12] @ models/lib/nn.yaml:79:7
%6598 = broadcast %3410 : f32[6,12] @ models/lib/nn.yaml:79:7
%6599 = mul %6585, %6598 : f32[6,12] @ models/lib/nn.yaml:79:7
%6600 = add %6599, %6597 : f32[6,12] @ models/lib/nn.yaml:79:7
%6601 = cast %6587 : f64[] @ models/lib/nn.yaml:79:7
%6602 = pow %3401, %6601 : f64[] @ models/lib/nn.yaml:79:7
%6603 = sub %3394, %6602 : f64[] @ models/lib/nn.yaml:79:7
%6604 = div %2074, %6603 : f64[] @ models/lib/nn.yaml:79:7
%6605 = pow %3409, %6601 : f64[] @ models/lib/nn.yaml:79:7
%6606 = sub %3394, %6605 : f64[] @ models/lib/nn.yaml:79:7
%6607 = sqrt %6606 : f64[] @ models/lib/nn.yaml:79:7
%6608 = div %3394, %6607 : f64[] @ models/lib/nn.yaml:79:7
%6609 = sqrt %6600 : f32[6,12] @ models/lib/nn.yaml:79:7
%6610 = cast %6608 : f32[] @ models/lib/nn.yaml:79:7
%6611 = broadcast %6610 : f32[6,12] @ models/lib/nn.yaml:79:7
%6612 = mul %6609, %6611 : f32[6,12] @ models/lib/nn.yaml:79:7
%6613 = broadcast %3426 : f32[6,12] @ models/lib/nn.yaml:79:7
%6614 = add %6612, %6613 : f32[6,12] @ models/lib/nn.yaml:79:7
%6615 = div %6594, %6614 : f32[6,12] @ models/lib/nn.yaml:79:7
%6616 = cast %6604 : f32[] @ models/lib/nn.yaml:79:7
%6617 = broadcast %6616 : f32[6,12] @ models/lib/nn.yaml:79:7
%6618 = mul %6615, %6617 : f32[6,12] @ models/lib/nn.yaml:79:7
%6619 = sub %6589, %6618 : f32[6,12] @ models/lib/nn.yaml:79:7
%6620 = assign %84, %6619 : f32[6,12] @ models/lib/nn.yaml:79:7
%6621 = assign %6584, %6594 : f32[6,12] @ models/lib/nn.yaml:79:7
%6622 = assign %6585, %6600 : f32[6,12] @ models/lib/nn.yaml:79:7
%6623 = assign %6586, %6587 : i64[] @ models/lib/nn.yaml:79:7
%6624 = broadcast %3438 : f32[6,12] @ models/lib/nn.yaml:79:7
%6625 = mul %168, %6624 : f32[6,12] @ models/lib/nn.yaml:79:7
%6626 = broadcast %3442 : f32[6,12] @ models/lib/nn.yaml:79:7
%6627 = mul %6619, %6626 : f32[6,12] @ models/lib/nn.yaml:79:7
%6628 = add %6625, %6627 : f32[6,12] @ models/lib/nn.yaml:79:7
%6629 = assign %168, %6628 : f32[6,12] @ models/lib/nn.yaml:79:7
%6630 = all_reduce_sum %2349 : f32[12,6] @ models/lib/nn.yaml:79:7
%6631 = state name="adam_m.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%6632 = state name="adam_v.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%6633 = state name="adam_t.patch_predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6634 = add %6633, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6635 = broadcast %3396 : f32[12,6] @ models/lib/nn.yaml:79:7
%6636 = mul %85, %6635 : f32[12,6] @ models/lib/nn.yaml:79:7
%6637 = broadcast %2077 : f32[12,6] @ models/lib/nn.yaml:79:7
%6638 = mul %6630, %6637 : f32[12,6] @ models/lib/nn.yaml:79:7
%6639 = broadcast %1348 : f32[12,6] @ models/lib/nn.yaml:79:7
%6640 = mul %6631, %6639 : f32[12,6] @ models/lib/nn.yaml:79:7
%6641 = add %6640, %6638 : f32[12,6] @ models/lib/nn.yaml:79:7
%6642 = mul %6630, %6630 : f32[12,6] @ models/lib/nn.yaml:79:7
%6643 = broadcast %3406 : f32[12,6] @ models/lib/nn.yaml:79:7
%6644 = mul %6642, %6643 : f32[12,6] @ models/lib/nn.yaml:79:7
%6645 = broadcast %3410 : f32[12,6] @ models/lib/nn.yaml:79:7
%6646 = mul %6632, %6645 : f32[12,6] @ models/lib/nn.yaml:79:7
%6647 = add %6646, %6644 : f32[12,6] @ models/lib/nn.yaml:79:7
%6648 = cast %6634 : f64[] @ models/lib/nn.yaml:79:7
%6649 = pow %3401, %6648 : f64[] @ models/lib/nn.yaml:79:7
%6650 = sub %3394, %6649 : f64[] @ models/lib/nn.yaml:79:7
%6651 = div %2074, %6650 : f64[] @ models/lib/nn.yaml:79:7
%6652 = pow %3409, %6648 : f64[] @ models/lib/nn.yaml:79:7
%6653 = sub %3394, %6652 : f64[] @ models/lib/nn.yaml:79:7
%6654 = sqrt %6653 : f64[] @ models/lib/nn.yaml:79:7
%6655 = div %3394, %6654 : f64[] @ models/lib/nn.yaml:79:7
%6656 = sqrt %6647 : f32[12,6] @ models/lib/nn.yaml:79:7
%6657 = cast %6655 : f32[] @ models/lib/nn.yaml:79:7
%6658 = broadcast %6657 : f32[12,6] @ models/lib/nn.yaml:79:7
%6659 = mul %6656, %6658 : f32[12,6] @ models/lib/nn.yaml:79:7
%6660 = broadcast %3426 : f32[12,6] @ models/lib/nn.yaml:79:7
%6661 = add %6659, %6660 : f32[12,6] @ models/lib/nn.yaml:79:7
%6662 = div %6641, %6661 : f32[12,6] @ models/lib/nn.yaml:79:7
%6663 = cast %6651 : f32[] @ models/lib/nn.yaml:79:7
%6664 = broadcast %6663 : f32[12,6] @ models/lib/nn.yaml:79:7
%6665 = mul %6662, %6664 : f32[12,6] @ models/lib/nn.yaml:79:7
%6666 = sub %6636, %6665 : f32[12,6] @ models/lib/nn.yaml:79:7
%6667 = assign %85, %6666 : f32[12,6] @ models/lib/nn.yaml:79:7
%6668 = assign %6631, %6641 : f32[12,6] @ models/lib/nn.yaml:79:7
%6669 = assign %6632, %6647 : f32[12,6] @ models/lib/nn.yaml:79:7
%6670 = assign %6633, %6634 : i64[] @ models/lib/nn.yaml:79:7
%6671 = broadcast %3438 : f32[12,6] @ models/lib/nn.yaml:79:7
%6672 = mul %169, %6671 : f32[12,6] @ models/lib/nn.yaml:79:7
%6673 = broadcast %3442 : f32[12,6] @ models/lib/nn.yaml:79:7
%6674 = mul %6666, %6673 : f32[12,6] @ models/lib/nn.yaml:79:7
%6675 = add %6672, %6674 : f32[12,6] @ models/lib/nn.yaml:79:7
%6676 = assign %169, %6675 : f32[12,6] @ models/lib/nn.yaml:79:7
%6677 = all_reduce_sum %2325 : f32[12] @ models/moco_pass.yaml:75:7
%6678 = state name="adam_m.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6679 = state name="adam_v.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6680 = state name="adam_t.patch_predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6681 = add %6680, %3391 : i64[] @ models/moco_pass.yaml:75:7
%6682 = mul %86, %6377 : f32[12] @ models/moco_pass.yaml:75:7
%6683 = mul %6677, %6379 : f32[12] @ models/moco_pass.yaml:75:7
%6684 = mul %6678, %6381 : f32[12] @ models/moco_pass.yaml:75:7
%6685 = add %6684, %6683 : f32[12] @ models/moco_pass.yaml:75:7
%6686 = mul %6677, %6677 : f32[12] @ models/moco_pass.yaml:75:7
%6687 = mul %6686, %6385 : f32[12] @ models/moco_pass.yaml:75:7
%6688 = mul %6679, %6387 : f32[12] @ models/moco_pass.yaml:75:7
%6689 = add %6688, %6687 : f32[12] @ models/moco_pass.yaml:75:7
%6690 = cast %6681 : f64[] @ models/moco_pass.yaml:75:7
%6691 = pow %3401, %6690 : f64[] @ models/moco_pass.yaml:75:7
%6692 = sub %3394, %6691 : f64[] @ models/moco_pass.yaml:75:7
%6693 = div %2074, %6692 : f64[] @ models/moco_pass.yaml:75:7
%6694 = pow %3409, %6690 : f64[] @ models/moco_pass.yaml:75:7
%6695 = sub %3394, %6694 : f64[] @ models/moco_pass.yaml:75:7
%6696 = sqrt %6695 : f64[] @ models/moco_pass.yaml:75:7
%6697 = div %3394, %6696 : f64[] @ models/moco_pass.yaml:75:7
%6698 = sqrt %6689 : f32[12] @ models/moco_pass.yaml:75:7
%6699 = cast %6697 : f32[] @ models/moco_pass.yaml:75:7
%6700 = broadcast %6699 : f32[12] @ models/moco_pass.yaml:75:7
%6701 = mul %6698, %6700 : f32[12] @ models/moco_pass.yaml:75:7
%6702 = add %6701, %6402 : f32[12] @ models/moco_pass.yaml:75:7
%6703 = div %6685, %6702 : f32[12] @ models/moco_pass.yaml:75:7
%6704 = cast %6693 : f32[] @ models/moco_pass.yaml:75:7
%6705 = broadcast %6704 : f32[12] @ models/moco_pass.yaml:75:7
%6706 = mul %6703, %6705 : f32[12] @ models/moco_pass.yaml:75:7
%6707 = sub %6682, %6706 : f32[12] @ models/moco_pass.yaml:75:7
%6708 = assign %86, %6707 : f32[12] @ models/moco_pass.yaml:75:7
%6709 = assign %6678, %6685 : f32[12] @ models/moco_pass.yaml:75:7
%6710 = assign %6679, %6689 : f32[12] @ models/moco_pass.yaml:75:7
%6711 = assign %6680, %6681 : i64[] @ models/moco_pass.yaml:75:7
%6712 = mul %170, %6413 : f32[12] @ models/moco_pass.yaml:75:7
%6713 = mul %6707, %6415 : f32[12] @ models/moco_pass.yaml:75:7
%6714 = add %6712, %6713 : f32[12] @ models/moco_pass.yaml:75:7
%6715 = assign %170, %6714 : f32[12] @ models/moco_pass.yaml:75:7
%6716 = all_reduce_sum %2319 : f32[12] @ models/moco_pass.yaml:76:7
%6717 = state name="adam_m.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6718 = state name="adam_v.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6719 = state name="adam_t.patch_predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6720 = add %6719, %3391 : i64[] @ models/moco_pass.yaml:76:7
%6721 = mul %87, %6377 : f32[12] @ models/moco_pass.yaml:76:7
%6722 = mul %6716, %6379 : f32[12] @ models/moco_pass.yaml:76:7
%6723 = mul %6717, %6381 : f32[12] @ models/moco_pass.yaml:76:7
%6724 = add %6723, %6722 : f32[12] @ models/moco_pass.yaml:76:7
%6725 = mul %6716, %6716 : f32[12] @ models/moco_pass.yaml:76:7
%6726 = mul %6725, %6385 : f32[12] @ models/moco_pass.yaml:76:7
%6727 = mul %6718, %6387 : f32[12] @ models/moco_pass.yaml:76:7
%6728 = add %6727, %6726 : f32[12] @ models/moco_pass.yaml:76:7
%6729 = cast %6720 : f64[] @ models/moco_pass.yaml:76:7
%6730 = pow %3401, %6729 : f64[] @ models/moco_pass.yaml:76:7
%6731 = sub %3394, %6730 : f64[] @ models/moco_pass.yaml:76:7
%6732 = div %2074, %6731 : f64[] @ models/moco_pass.yaml:76:7
%6733 = pow %3409, %6729 : f64[] @ models/moco_pass.yaml:76:7
%6734 = sub %3394, %6733 : f64[] @ models/moco_pass.yaml:76:7
%6735 = sqrt %6734 : f64[] @ models/moco_pass.yaml:76:7
%6736 = div %3394, %6735 : f64[] @ models/moco_pass.yaml:76:7
%6737 = sqrt %6728 : f32[12] @ models/moco_pass.yaml:76:7
%6738 = cast %6736 : f32[] @ models/moco_pass.yaml:76:7
%6739 = broadcast %6738 : f32[12] @ models/moco_pass.yaml:76:7
%6740 = mul %6737, %6739 : f32[12] @ models/moco_pass.yaml:76:7
%6741 = add %6740, %6402 : f32[12] @ models/moco_pass.yaml:76:7
%6742 = div %6724, %6741 : f32[12] @ models/moco_pass.yaml:76:7
%6743 = cast %6732 : f32[] @ models/moco_pass.yaml:76:7
%6744 = broadcast %6743 : f32[12] @ models/moco_pass.yaml:76:7
%6745 = mul %6742, %6744 : f32[12] @ models/moco_pass.yaml:76:7
%6746 = sub %6721, %6745 : f32[12] @ models/moco_pass.yaml:76:7
%6747 = assign %87, %6746 : f32[12] @ models/moco_pass.yaml:76:7
%6748 = assign %6717, %6724 : f32[12] @ models/moco_pass.yaml:76:7
%6749 = assign %6718, %6728 : f32[12] @ models/moco_pass.yaml:76:7
%6750 = assign %6719, %6720 : i64[] @ models/moco_pass.yaml:76:7
%6751 = mul %171, %6413 : f32[12] @ models/moco_pass.yaml:76:7
%6752 = mul %6746, %6415 : f32[12] @ models/moco_pass.yaml:76:7
%6753 = add %6751, %6752 : f32[12] @ models/moco_pass.yaml:76:7
%6754 = assign %171, %6753 : f32[12] @ models/moco_pass.yaml:76:7
%6755 = all_reduce_sum %2308 : f32[6,12] @ models/lib/nn.yaml:79:7
%6756 = state name="adam_m.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6757 = state name="adam_v.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6758 = state name="adam_t.patch_predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6759 = add %6758, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6760 = mul %88, %6588 : f32[6,12] @ models/lib/nn.yaml:79:7
%6761 = mul %6755, %6590 : f32[6,12] @ models/lib/nn.yaml:79:7
%6762 = mul %6756, %6592 : f32[6,12] @ models/lib/nn.yaml:79:7
%6763 = add %6762, %6761 : f32[6,12] @ models/lib/nn.yaml:79:7
%6764 = mul %6755, %6755 : f32[6,12] @ models/lib/nn.yaml:79:7
%6765 = mul %6764, %6596 : f32[6,12] @ models/lib/nn.yaml:79:7
%6766 = mul %6757, %6598 : f32[6,12] @ models/lib/nn.yaml:79:7
%6767 = add %6766, %6765 : f32[6,12] @ models/lib/nn.yaml:79:7
%6768 = cast %6759 : f64[] @ models/lib/nn.yaml:79:7
%6769 = pow %3401, %6768 : f64[] @ models/lib/nn.yaml:79:7
%6770 = sub %3394, %6769 : f64[] @ models/lib/nn.yaml:79:7
%6771 = div %2074, %6770 : f64[] @ models/lib/nn.yaml:79:7
%6772 = pow %3409, %6768 : f64[] @ models/lib/nn.yaml:79:7
%6773 = sub %3394, %6772 : f64[] @ models/lib/nn.yaml:79:7
%6774 = sqrt %6773 : f64[] @ models/lib/nn.yaml:79:7
%6775 = div %3394, %6774 : f64[] @ models/lib/nn.yaml:79:7
%6776 = sqrt %6767 : f32[6,12] @ models/lib/nn.yaml:79:7
%6777 = cast %6775 : f32[] @ models/lib/nn.yaml:79:7
%6778 = broadcast %6777 : f32[6,12] @ models/lib/nn.yaml:79:7
%6779 = mul %6776, %6778 : f32[6,12] @ models/lib/nn.yaml:79:7
%6780 = add %6779, %6613 : f32[6,12] @ models/lib/nn.yaml:79:7
%6781 = div %6763, %6780 : f32[6,12] @ models/lib/nn.yaml:79:7
%6782 = cast %6771 : f32[] @ models/lib/nn.yaml:79:7
%6783 = broadcast %6782 : f32[6,12] @ models/lib/nn.yaml:79:7
%6784 = mul %6781, %6783 : f32[6,12] @ models/lib/nn.yaml:79:7
%6785 = sub %6760, %6784 : f32[6,12] @ models/lib/nn.yaml:79:7
%6786 = assign %88, %6785 : f32[6,12] @ models/lib/nn.yaml:79:7
%6787 = assign %6756, %6763 : f32[6,12] @ models/lib/nn.yaml:79:7
%6788 = assign %6757, %6767 : f32[6,12] @ models/lib/nn.yaml:79:7
%6789 = assign %6758, %6759 : i64[] @ models/lib/nn.yaml:79:7
%6790 = mul %172, %6624 : f32[6,12] @ models/lib/nn.yaml:79:7
%6791 = mul %6785, %6626 : f32[6,12] @ models/lib/nn.yaml:79:7
%6792 = add %6790, %6791 : f32[6,12] @ models/lib/nn.yaml:79:7
%6793 = assign %172, %6792 : f32[6,12] @ models/lib/nn.yaml:79:7
%6794 = const data=[inf] : f32[] @ models/moco_pass.yaml:170:3
%6795 = abs %2072 : f32[] @ models/moco_pass.yaml:170:3
%6796 = lt %6795, %6794 : bool[] @ models/moco_pass.yaml:170:3
%6797 = output %6796 name="finite" : bool[] @ models/moco_pass.yaml:170:3
