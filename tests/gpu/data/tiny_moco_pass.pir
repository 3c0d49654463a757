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
%1732 = concat %1680, %1653 axis=0 : f32[14,16,6] @ models/moco_pass.yaml:160:32
%1733 = concat %1731, %1710 axis=0 : f32[14,8] @ models/moco_pass.yaml:160:25
%1734 = reshape %1732 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%1735 = mul %1734, %1448 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1736 = mul %1734, %1441 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1737 = reduce_sum %1736 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%1738 = mul %1447, %1447 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1739 = mul %1447, %1738 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1740 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%1741 = broadcast %1740 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1742 = mul %1739, %1741 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1743 = mul %1737, %1742 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1744 = all_reduce_sum %1743 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1745 = div %1744, %795 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1746 = broadcast %1745 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%1747 = mul %1746, %1441 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1748 = add %1735, %1747 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1749 = add %1748, %1747 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1750 = neg %1749 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1751 = reduce_sum %1750 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%1752 = all_reduce_sum %1751 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1753 = div %1752, %795 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1754 = broadcast %1753 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%1755 = add %1749, %1754 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%1756 = reshape %1755 : f32[224,6] @ models/moco_pass.yaml:79:13
%1757 = matmul %1756, %88 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%1758 = matmul %1756, %1434 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%1759 = broadcast %260 : f32[224,12] @ models/moco_pass.yaml:70:16
%1760 = mul %1757, %1759 : f32[224,12] @ models/moco_pass.yaml:70:16
%1761 = eq %1433, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1762 = select %1761, %1760, %769 : f32[224,12] @ models/moco_pass.yaml:70:16
%1763 = gt %1433, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1764 = select %1763, %1757, %1762 : f32[224,12] @ models/moco_pass.yaml:70:16
%1765 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,224] @ models/moco_pass.yaml:84:27
%1766 = reshape %1764 : f32[224,12] @ models/moco_pass.yaml:84:27
%1767 = matmul %1765, %1766 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%1768 = reshape %1767 : f32[1,12] @ models/moco_pass.yaml:84:27
%1769 = reshape %1768 : f32[12] @ models/moco_pass.yaml:84:27
%1770 = mul %1764, %1430 : f32[224,12] @ models/moco_pass.yaml:84:18
%1771 = mul %1764, %1429 : f32[224,12] @ models/moco_pass.yaml:84:18
%1772 = reduce_sum %1771 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%1773 = reshape %1772 : f32[12] @ models/moco_pass.yaml:84:18
%1774 = reshape %1770 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%1775 = mul %1774, %1427 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1776 = mul %1774, %1420 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1777 = reduce_sum %1776 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%1778 = mul %1426, %1426 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1779 = mul %1426, %1778 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1780 = broadcast %1740 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1781 = mul %1779, %1780 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1782 = mul %1777, %1781 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1783 = all_reduce_sum %1782 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1784 = div %1783, %748 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1785 = broadcast %1784 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%1786 = mul %1785, %1420 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1787 = add %1775, %1786 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1788 = add %1787, %1786 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1789 = neg %1788 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1790 = reduce_sum %1789 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%1791 = all_reduce_sum %1790 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1792 = div %1791, %748 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1793 = broadcast %1792 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1794 = add %1788, %1793 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1795 = reshape %1794 : f32[224,12] @ models/moco_pass.yaml:79:13
%1796 = matmul %1795, %85 ta=0 tb=0 : f32[224,6] @ models/lib/nn.yaml:83:15
%1797 = matmul %1795, %1413 ta=1 tb=0 : f32[12,6] @ models/lib/nn.yaml:83:15
%1798 = reshape %1796 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%1799 = mul %1798, %1411 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1800 = mul %1798, %1404 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1801 = reduce_sum %1800 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%1802 = mul %1410, %1410 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1803 = mul %1410, %1802 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1804 = mul %1803, %1741 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1805 = mul %1801, %1804 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1806 = all_reduce_sum %1805 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1807 = div %1806, %795 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1808 = broadcast %1807 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%1809 = mul %1808, %1404 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1810 = add %1799, %1809 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1811 = add %1810, %1809 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1812 = neg %1811 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1813 = reduce_sum %1812 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%1814 = all_reduce_sum %1813 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1815 = div %1814, %795 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1816 = broadcast %1815 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%1817 = add %1811, %1816 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%1818 = reshape %1817 : f32[224,6] @ models/moco_pass.yaml:79:13
%1819 = matmul %1818, %84 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%1820 = matmul %1818, %1397 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%1821 = mul %1819, %1759 : f32[224,12] @ models/moco_pass.yaml:70:16
%1822 = eq %1396, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1823 = select %1822, %1821, %769 : f32[224,12] @ models/moco_pass.yaml:70:16
%1824 = gt %1396, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1825 = select %1824, %1819, %1823 : f32[224,12] @ models/moco_pass.yaml:70:16
%1826 = reshape %1825 : f32[224,12] @ models/moco_pass.yaml:84:27
%1827 = matmul %1765, %1826 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%1828 = reshape %1827 : f32[1,12] @ models/moco_pass.yaml:84:27
%1829 = reshape %1828 : f32[12] @ models/moco_pass.yaml:84:27
%1830 = mul %1825, %1393 : f32[224,12] @ models/moco_pass.yaml:84:18
%1831 = mul %1825, %1392 : f32[224,12] @ models/moco_pass.yaml:84:18
%1832 = reduce_sum %1831 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%1833 = reshape %1832 : f32[12] @ models/moco_pass.yaml:84:18
%1834 = reshape %1830 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%1835 = mul %1834, %1390 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1836 = mul %1834, %1383 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1837 = reduce_sum %1836 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%1838 = mul %1389, %1389 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1839 = mul %1389, %1838 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1840 = mul %1839, %1780 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1841 = mul %1837, %1840 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1842 = all_reduce_sum %1841 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1843 = div %1842, %748 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1844 = broadcast %1843 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%1845 = mul %1844, %1383 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1846 = add %1835, %1845 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1847 = add %1846, %1845 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1848 = neg %1847 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1849 = reduce_sum %1848 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%1850 = all_reduce_sum %1849 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1851 = div %1850, %748 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1852 = broadcast %1851 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1853 = add %1847, %1852 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1854 = reshape %1853 : f32[224,12] @ models/moco_pass.yaml:79:13
%1855 = matmul %1854, %81 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%1856 = matmul %1854, %1376 ta=1 tb=0 : f32[12,12] @ models/lib/nn.yaml:83:15
%1857 = mul %1855, %1759 : f32[224,12] @ models/moco_pass.yaml:70:16
%1858 = eq %1375, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1859 = select %1858, %1857, %769 : f32[224,12] @ models/moco_pass.yaml:70:16
%1860 = gt %1375, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1861 = select %1860, %1855, %1859 : f32[224,12] @ models/moco_pass.yaml:70:16
%1862 = reshape %1861 : f32[224,12] @ models/moco_pass.yaml:84:27
%1863 = matmul %1765, %1862 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%1864 = reshape %1863 : f32[1,12] @ models/moco_pass.yaml:84:27
%1865 = reshape %1864 : f32[12] @ models/moco_pass.yaml:84:27
%1866 = mul %1861, %1372 : f32[224,12] @ models/moco_pass.yaml:84:18
%1867 = mul %1861, %1371 : f32[224,12] @ models/moco_pass.yaml:84:18
%1868 = reduce_sum %1867 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%1869 = reshape %1868 : f32[12] @ models/moco_pass.yaml:84:18
%1870 = reshape %1866 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%1871 = mul %1870, %1369 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1872 = mul %1870, %1362 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1873 = reduce_sum %1872 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%1874 = mul %1368, %1368 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1875 = mul %1368, %1874 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1876 = mul %1875, %1780 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1877 = mul %1873, %1876 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1878 = all_reduce_sum %1877 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1879 = div %1878, %748 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1880 = broadcast %1879 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%1881 = mul %1880, %1362 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1882 = add %1871, %1881 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1883 = add %1882, %1881 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1884 = neg %1883 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1885 = reduce_sum %1884 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%1886 = all_reduce_sum %1885 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1887 = div %1886, %748 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1888 = broadcast %1887 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1889 = add %1883, %1888 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1890 = reshape %1889 : f32[224,12] @ models/moco_pass.yaml:79:13
%1891 = matmul %1890, %78 ta=0 tb=0 : f32[224,16] @ models/lib/nn.yaml:83:15
%1892 = matmul %1890, %1355 ta=1 tb=0 : f32[12,16] @ models/lib/nn.yaml:83:15
%1893 = reshape %1891 : f32[14,16,16] @ models/moco_pass.yaml:131:49
%1894 = reshape %1733 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%1895 = mul %1894, %1351 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1896 = mul %1894, %1344 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1897 = reduce_sum %1896 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%1898 = mul %1350, %1350 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1899 = mul %1350, %1898 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1900 = broadcast %1740 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1901 = mul %1899, %1900 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1902 = mul %1897, %1901 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1903 = all_reduce_sum %1902 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1904 = div %1903, %860 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1905 = broadcast %1904 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%1906 = mul %1905, %1344 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1907 = add %1895, %1906 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1908 = add %1907, %1906 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1909 = neg %1908 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1910 = reduce_sum %1909 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%1911 = all_reduce_sum %1910 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1912 = div %1911, %860 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1913 = broadcast %1912 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%1914 = add %1908, %1913 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%1915 = reshape %1914 : f32[14,8] @ models/moco_pass.yaml:79:13
%1916 = matmul %1915, %77 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%1917 = matmul %1915, %1337 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1918 = broadcast %260 : f32[14,24] @ models/moco_pass.yaml:70:16
%1919 = mul %1916, %1918 : f32[14,24] @ models/moco_pass.yaml:70:16
%1920 = eq %1336, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%1921 = select %1920, %1919, %834 : f32[14,24] @ models/moco_pass.yaml:70:16
%1922 = gt %1336, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%1923 = select %1922, %1916, %1921 : f32[14,24] @ models/moco_pass.yaml:70:16
%1924 = reduce_sum %1923 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%1925 = reshape %1924 : f32[24] @ models/moco_pass.yaml:84:27
%1926 = mul %1923, %1333 : f32[14,24] @ models/moco_pass.yaml:84:18
%1927 = mul %1923, %1332 : f32[14,24] @ models/moco_pass.yaml:84:18
%1928 = reduce_sum %1927 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%1929 = reshape %1928 : f32[24] @ models/moco_pass.yaml:84:18
%1930 = reshape %1926 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%1931 = mul %1930, %1330 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1932 = mul %1930, %1323 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1933 = reduce_sum %1932 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%1934 = mul %1329, %1329 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1935 = mul %1329, %1934 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1936 = broadcast %1740 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1937 = mul %1935, %1936 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1938 = mul %1933, %1937 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1939 = all_reduce_sum %1938 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1940 = div %1939, %815 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1941 = broadcast %1940 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%1942 = mul %1941, %1323 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1943 = add %1931, %1942 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1944 = add %1943, %1942 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1945 = neg %1944 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1946 = reduce_sum %1945 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%1947 = all_reduce_sum %1946 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1948 = div %1947, %815 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1949 = broadcast %1948 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%1950 = add %1944, %1949 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%1951 = reshape %1950 : f32[14,24] @ models/moco_pass.yaml:79:13
%1952 = matmul %1951, %74 ta=0 tb=0 : f32[14,8] @ models/lib/nn.yaml:83:15
%1953 = matmul %1951, %1316 ta=1 tb=0 : f32[24,8] @ models/lib/nn.yaml:83:15
%1954 = reshape %1952 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%1955 = mul %1954, %1314 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1956 = mul %1954, %1307 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1957 = reduce_sum %1956 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%1958 = mul %1313, %1313 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1959 = mul %1313, %1958 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1960 = mul %1959, %1900 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1961 = mul %1957, %1960 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1962 = all_reduce_sum %1961 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1963 = div %1962, %860 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1964 = broadcast %1963 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%1965 = mul %1964, %1307 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1966 = add %1955, %1965 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1967 = add %1966, %1965 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1968 = neg %1967 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1969 = reduce_sum %1968 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%1970 = all_reduce_sum %1969 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1971 = div %1970, %860 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1972 = broadcast %1971 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%1973 = add %1967, %1972 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%1974 = reshape %1973 : f32[14,8] @ models/moco_pass.yaml:79:13
%1975 = matmul %1974, %73 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%1976 = matmul %1974, %1300 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1977 = mul %1975, %1918 : f32[14,24] @ models/moco_pass.yaml:70:16
%1978 = eq %1299, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%1979 = select %1978, %1977, %834 : f32[14,24] @ models/moco_pass.yaml:70:16
%1980 = gt %1299, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%1981 = select %1980, %1975, %1979 : f32[14,24] @ models/moco_pass.yaml:70:16
%1982 = reduce_sum %1981 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%1983 = reshape %1982 : f32[24] @ models/moco_pass.yaml:84:27
%1984 = mul %1981, %1296 : f32[14,24] @ models/moco_pass.yaml:84:18
%1985 = mul %1981, %1295 : f32[14,24] @ models/moco_pass.yaml:84:18
%1986 = reduce_sum %1985 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%1987 = reshape %1986 : f32[24] @ models/moco_pass.yaml:84:18
%1988 = reshape %1984 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%1989 = mul %1988, %1293 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1990 = mul %1988, %1286 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1991 = reduce_sum %1990 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%1992 = mul %1292, %1292 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1993 = mul %1292, %1992 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1994 = mul %1993, %1936 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1995 = mul %1991, %1994 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1996 = all_reduce_sum %1995 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1997 = div %1996, %815 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1998 = broadcast %1997 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%1999 = mul %1998, %1286 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2000 = add %1989, %1999 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2001 = add %2000, %1999 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2002 = neg %2001 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2003 = reduce_sum %2002 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2004 = all_reduce_sum %2003 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2005 = div %2004, %815 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2006 = broadcast %2005 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2007 = add %2001, %2006 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2008 = reshape %2007 : f32[14,24] @ models/moco_pass.yaml:79:13
%2009 = matmul %2008, %70 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2010 = matmul %2008, %1279 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2011 = mul %2009, %1918 : f32[14,24] @ models/moco_pass.yaml:70:16
%2012 = eq %1278, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%2013 = select %2012, %2011, %834 : f32[14,24] @ models/moco_pass.yaml:70:16
%2014 = gt %1278, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%2015 = select %2014, %2009, %2013 : f32[14,24] @ models/moco_pass.yaml:70:16
%2016 = reduce_sum %2015 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2017 = reshape %2016 : f32[24] @ models/moco_pass.yaml:84:27
%2018 = mul %2015, %1275 : f32[14,24] @ models/moco_pass.yaml:84:18
%2019 = mul %2015, %1274 : f32[14,24] @ models/moco_pass.yaml:84:18
%2020 = reduce_sum %2019 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2021 = reshape %2020 : f32[24] @ models/moco_pass.yaml:84:18
%2022 = reshape %2018 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2023 = mul %2022, %1272 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2024 = mul %2022, %1265 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2025 = reduce_sum %2024 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2026 = mul %1271, %1271 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2027 = mul %1271, %2026 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2028 = mul %2027, %1936 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2029 = mul %2025, %2028 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2030 = all_reduce_sum %2029 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2031 = div %2030, %815 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2032 = broadcast %2031 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2033 = mul %2032, %1265 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2034 = add %2023, %2033 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2035 = add %2034, %2033 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2036 = neg %2035 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2037 = reduce_sum %2036 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2038 = all_reduce_sum %2037 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2039 = div %2038, %815 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2040 = broadcast %2039 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2041 = add %2035, %2040 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2042 = reshape %2041 : f32[14,24] @ models/moco_pass.yaml:79:13
%2043 = matmul %2042, %67 ta=0 tb=0 : f32[14,16] @ models/lib/nn.yaml:83:15
%2044 = matmul %2042, %1258 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2045 = reshape %2043 : f32[14,1,16] @ models/moco_pass.yaml:130:38
%2046 = concat %2045, %1893 axis=1 : f32[14,17,16] @ models/moco_pass.yaml:130:38
%2047 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,238] @ models/lib/nn.yaml:96:46
%2048 = reshape %2046 : f32[238,16] @ models/lib/nn.yaml:96:46
%2049 = matmul %2047, %2048 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2050 = reshape %2049 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2051 = reshape %2050 : f32[16] @ models/lib/nn.yaml:96:46
%2052 = mul %2046, %1253 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2053 = mul %2046, %1252 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2054 = reduce_sum %2053 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2055 = reshape %2054 : f32[16] @ models/lib/nn.yaml:96:37
%2056 = mul %2052, %1251 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2057 = mul %2052, %1245 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2058 = reduce_sum %2057 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2059 = mul %1250, %1250 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2060 = mul %1250, %2059 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2061 = broadcast %1740 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2062 = mul %2060, %2061 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2063 = mul %2058, %2062 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2064 = div %2063, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2065 = broadcast %2064 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2066 = mul %2065, %1245 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2067 = add %2056, %2066 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2068 = add %2067, %2066 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2069 = neg %2068 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2070 = reduce_sum %2069 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2071 = div %2070, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2072 = broadcast %2071 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2073 = add %2068, %2072 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2074 = slice %2073 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:111:21
%2075 = slice %2073 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:111:21
%2076 = reduce_sum %2074 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2077 = reshape %2076 : f32[16] @ models/lib/nn.yaml:84:18
%2078 = matmul %2074, %63 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2079 = reshape %1236 : f32[14,64] @ models/lib/nn.yaml:83:15
%2080 = reshape %2074 : f32[14,16] @ models/lib/nn.yaml:83:15
%2081 = matmul %2080, %2079 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2082 = mul %2078, %1235 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2083 = mul %2078, %1232 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2084 = mul %1233, %1233 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2085 = neg %2084 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2086 = exp %2085 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2087 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2088 = broadcast %2087 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2089 = mul %2086, %2088 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2090 = mul %2083, %2089 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2091 = mul %2090, %629 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2092 = mul %2082, %627 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2093 = add %2091, %2092 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2094 = reduce_sum %2093 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2095 = reshape %2094 : f32[64] @ models/lib/nn.yaml:84:18
%2096 = matmul %2093, %61 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2097 = reshape %1228 : f32[14,16] @ models/lib/nn.yaml:83:15
%2098 = reshape %2093 : f32[14,64] @ models/lib/nn.yaml:83:15
%2099 = matmul %2098, %2097 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2100 = reduce_sum %2096 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2101 = reshape %2100 : f32[16] @ models/lib/nn.yaml:96:46
%2102 = mul %2096, %1225 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2103 = mul %2096, %1224 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2104 = reduce_sum %2103 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2105 = reshape %2104 : f32[16] @ models/lib/nn.yaml:96:37
%2106 = mul %2102, %1223 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2107 = mul %2102, %1217 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2108 = reduce_sum %2107 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2109 = mul %1222, %1222 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2110 = mul %1222, %2109 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2111 = broadcast %1740 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2112 = mul %2110, %2111 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2113 = mul %2108, %2112 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2114 = div %2113, %608 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2115 = broadcast %2114 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2116 = mul %2115, %1217 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2117 = add %2106, %2116 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2118 = add %2117, %2116 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2119 = add %2074, %2118 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2120 = neg %2118 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2121 = reduce_sum %2120 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2122 = div %2121, %608 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2123 = broadcast %2122 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2124 = add %2119, %2123 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2125 = reduce_sum %2124 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2126 = reshape %2125 : f32[16] @ models/lib/nn.yaml:84:18
%2127 = matmul %2124, %57 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2128 = reshape %1208 : f32[14,16] @ models/lib/nn.yaml:83:15
%2129 = reshape %2124 : f32[14,16] @ models/lib/nn.yaml:83:15
%2130 = matmul %2129, %2128 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2131 = reshape %2127 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2132 = permute %2131 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2133 = permute %1185 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2134 = reshape %2132 : f32[14,2,1,8,1] @ models/lib/nn.yaml:56:23
%2135 = broadcast %2134 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2136 = reshape %2133 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2137 = broadcast %2136 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2138 = mul %2135, %2137 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2139 = reduce_sum %2138 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2140 = permute %1201 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2141 = reshape %2140 : f32[14,2,17,1,1] @ models/lib/nn.yaml:56:23
%2142 = broadcast %2141 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2143 = reshape %2132 : f32[14,2,1,1,8] @ models/lib/nn.yaml:56:23
%2144 = broadcast %2143 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2145 = mul %2142, %2144 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2146 = reshape %2145 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2147 = div %2139, %1200 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2148 = mul %2147, %1201 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2149 = neg %2148 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2150 = reduce_sum %2149 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2151 = broadcast %2150 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2152 = add %2147, %2151 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2153 = mul %2152, %1198 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2154 = mul %2153, %585 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2155 = reshape %2154 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2156 = broadcast %2155 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2157 = reshape %1180 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2158 = broadcast %2157 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2159 = mul %2156, %2158 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2160 = reduce_sum %2159 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2161 = permute %2154 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2162 = reshape %2161 : f32[14,2,17,1,1] @ models/lib/nn.yaml:55:23
%2163 = broadcast %2162 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2164 = reshape %1175 : f32[14,2,1,1,8] @ models/lib/nn.yaml:55:23
%2165 = broadcast %2164 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2166 = mul %2163, %2165 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2167 = reshape %2166 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2168 = permute %2146 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2169 = reshape %2168 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2170 = reshape %2169 : f32[238,16] @ models/lib/nn.yaml:84:18
%2171 = matmul %2047, %2170 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2172 = reshape %2171 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2173 = reshape %2172 : f32[16] @ models/lib/nn.yaml:84:18
%2174 = matmul %2169, %55 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2175 = reshape %1169 : f32[238,16] @ models/lib/nn.yaml:83:15
%2176 = reshape %2168 : f32[238,16] @ models/lib/nn.yaml:83:15
%2177 = matmul %2176, %2175 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2178 = permute %2167 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2179 = reshape %2178 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2180 = reshape %2179 : f32[238,16] @ models/lib/nn.yaml:84:18
%2181 = matmul %2047, %2180 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2182 = reshape %2181 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2183 = reshape %2182 : f32[16] @ models/lib/nn.yaml:84:18
%2184 = matmul %2179, %53 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2185 = add %2174, %2184 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2186 = reshape %2178 : f32[238,16] @ models/lib/nn.yaml:83:15
%2187 = matmul %2186, %2175 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2188 = permute %2160 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2189 = reshape %2188 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2190 = reduce_sum %2189 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2191 = reshape %2190 : f32[16] @ models/lib/nn.yaml:84:18
%2192 = matmul %2189, %51 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2193 = reshape %1170 : f32[14,16] @ models/lib/nn.yaml:83:15
%2194 = reshape %2188 : f32[14,16] @ models/lib/nn.yaml:83:15
%2195 = matmul %2194, %2193 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2196 = pad %2192 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2197 = add %2185, %2196 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2198 = reshape %2197 : f32[238,16] @ models/lib/nn.yaml:96:46
%2199 = matmul %2047, %2198 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2200 = reshape %2199 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2201 = reshape %2200 : f32[16] @ models/lib/nn.yaml:96:46
%2202 = mul %2197, %1166 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2203 = mul %2197, %1165 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2204 = reduce_sum %2203 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2205 = reshape %2204 : f32[16] @ models/lib/nn.yaml:96:37
%2206 = mul %2202, %1164 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2207 = mul %2202, %1158 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2208 = reduce_sum %2207 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2209 = mul %1163, %1163 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2210 = mul %1163, %2209 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2211 = mul %2210, %2061 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2212 = mul %2208, %2211 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2213 = div %2212, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2214 = broadcast %2213 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2215 = mul %2214, %1158 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2216 = add %2206, %2215 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2217 = add %2216, %2215 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2218 = neg %2217 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2219 = reduce_sum %2218 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2220 = div %2219, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2221 = broadcast %2220 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2222 = add %2217, %2221 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2223 = slice %2222 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2224 = add %2124, %2223 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2225 = slice %2222 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2226 = add %2075, %2225 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2227 = reduce_sum %2224 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2228 = reshape %2227 : f32[16] @ models/lib/nn.yaml:84:18
%2229 = matmul %2224, %47 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2230 = reshape %1149 : f32[14,64] @ models/lib/nn.yaml:83:15
%2231 = reshape %2224 : f32[14,16] @ models/lib/nn.yaml:83:15
%2232 = matmul %2231, %2230 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2233 = mul %2229, %1148 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2234 = mul %2229, %1145 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2235 = mul %1146, %1146 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2236 = neg %2235 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2237 = exp %2236 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2238 = mul %2237, %2088 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2239 = mul %2234, %2238 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2240 = mul %2239, %629 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2241 = mul %2233, %627 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2242 = add %2240, %2241 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2243 = reduce_sum %2242 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2244 = reshape %2243 : f32[64] @ models/lib/nn.yaml:84:18
%2245 = matmul %2242, %45 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2246 = reshape %1141 : f32[14,16] @ models/lib/nn.yaml:83:15
%2247 = reshape %2242 : f32[14,64] @ models/lib/nn.yaml:83:15
%2248 = matmul %2247, %2246 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2249 = reduce_sum %2245 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2250 = reshape %2249 : f32[16] @ models/lib/nn.yaml:96:46
%2251 = mul %2245, %1138 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2252 = mul %2245, %1137 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2253 = reduce_sum %2252 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2254 = reshape %2253 : f32[16] @ models/lib/nn.yaml:96:37
%2255 = mul %2251, %1136 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2256 = mul %2251, %1130 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2257 = reduce_sum %2256 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2258 = mul %1135, %1135 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2259 = mul %1135, %2258 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2260 = mul %2259, %2111 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2261 = mul %2257, %2260 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2262 = div %2261, %608 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2263 = broadcast %2262 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2264 = mul %2263, %1130 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2265 = add %2255, %2264 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2266 = add %2265, %2264 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2267 = add %2224, %2266 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2268 = neg %2266 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2269 = reduce_sum %2268 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2270 = div %2269, %608 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2271 = broadcast %2270 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2272 = add %2267, %2271 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2273 = reduce_sum %2272 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2274 = reshape %2273 : f32[16] @ models/lib/nn.yaml:84:18
%2275 = matmul %2272, %41 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2276 = reshape %1121 : f32[14,16] @ models/lib/nn.yaml:83:15
%2277 = reshape %2272 : f32[14,16] @ models/lib/nn.yaml:83:15
%2278 = matmul %2277, %2276 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2279 = reshape %2275 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2280 = permute %2279 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2281 = permute %1098 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2282 = reshape %2280 : f32[14,2,1,8,1] @ models/lib/nn.yaml:56:23
%2283 = broadcast %2282 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2284 = reshape %2281 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2285 = broadcast %2284 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2286 = mul %2283, %2285 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2287 = reduce_sum %2286 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2288 = permute %1114 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2289 = reshape %2288 : f32[14,2,17,1,1] @ models/lib/nn.yaml:56:23
%2290 = broadcast %2289 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2291 = reshape %2280 : f32[14,2,1,1,8] @ models/lib/nn.yaml:56:23
%2292 = broadcast %2291 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2293 = mul %2290, %2292 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2294 = reshape %2293 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2295 = div %2287, %1113 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2296 = mul %2295, %1114 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2297 = neg %2296 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2298 = reduce_sum %2297 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2299 = broadcast %2298 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2300 = add %2295, %2299 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2301 = mul %2300, %1111 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2302 = mul %2301, %585 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2303 = reshape %2302 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2304 = broadcast %2303 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2305 = reshape %1093 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2306 = broadcast %2305 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2307 = mul %2304, %2306 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2308 = reduce_sum %2307 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2309 = permute %2302 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2310 = reshape %2309 : f32[14,2,17,1,1] @ models/lib/nn.yaml:55:23
%2311 = broadcast %2310 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2312 = reshape %1088 : f32[14,2,1,1,8] @ models/lib/nn.yaml:55:23
%2313 = broadcast %2312 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2314 = mul %2311, %2313 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2315 = reshape %2314 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2316 = permute %2294 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2317 = reshape %2316 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2318 = reshape %2317 : f32[238,16] @ models/lib/nn.yaml:84:18
%2319 = matmul %2047, %2318 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2320 = reshape %2319 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2321 = reshape %2320 : f32[16] @ models/lib/nn.yaml:84:18
%2322 = matmul %2317, %39 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2323 = reshape %1082 : f32[238,16] @ models/lib/nn.yaml:83:15
%2324 = reshape %2316 : f32[238,16] @ models/lib/nn.yaml:83:15
%2325 = matmul %2324, %2323 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2326 = permute %2315 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2327 = reshape %2326 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2328 = reshape %2327 : f32[238,16] @ models/lib/nn.yaml:84:18
%2329 = matmul %2047, %2328 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2330 = reshape %2329 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2331 = reshape %2330 : f32[16] @ models/lib/nn.yaml:84:18
%2332 = matmul %2327, %37 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2333 = add %2322, %2332 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2334 = reshape %2326 : f32[238,16] @ models/lib/nn.yaml:83:15
%2335 = matmul %2334, %2323 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2336 = permute %2308 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2337 = reshape %2336 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2338 = reduce_sum %2337 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2339 = reshape %2338 : f32[16] @ models/lib/nn.yaml:84:18
%2340 = matmul %2337, %35 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2341 = reshape %1083 : f32[14,16] @ models/lib/nn.yaml:83:15
%2342 = reshape %2336 : f32[14,16] @ models/lib/nn.yaml:83:15
%2343 = matmul %2342, %2341 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2344 = pad %2340 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2345 = add %2333, %2344 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2346 = reshape %2345 : f32[238,16] @ models/lib/nn.yaml:96:46
%2347 = matmul %2047, %2346 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2348 = reshape %2347 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2349 = reshape %2348 : f32[16] @ models/lib/nn.yaml:96:46
%2350 = mul %2345, %1079 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2351 = mul %2345, %1078 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2352 = reduce_sum %2351 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2353 = reshape %2352 : f32[16] @ models/lib/nn.yaml:96:37
%2354 = mul %2350, %1077 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2355 = mul %2350, %1071 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2356 = reduce_sum %2355 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2357 = mul %1076, %1076 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2358 = mul %1076, %2357 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2359 = mul %2358, %2061 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2360 = mul %2356, %2359 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2361 = div %2360, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2362 = broadcast %2361 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2363 = mul %2362, %1071 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2364 = add %2354, %2363 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2365 = add %2364, %2363 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2366 = neg %2365 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2367 = reduce_sum %2366 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2368 = div %2367, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2369 = broadcast %2368 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2370 = add %2365, %2369 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2371 = slice %2370 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2372 = add %2272, %2371 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2373 = slice %2370 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2374 = add %2226, %2373 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2375 = reduce_sum %2372 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%2376 = mul %2374, %1063 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%2377 = div %2376, %1021 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%2378 = reshape %2377 : f32[224,16] @ models/lib/nn.yaml:84:18
%2379 = matmul %1765, %2378 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2380 = reshape %2379 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2381 = reshape %2380 : f32[16] @ models/lib/nn.yaml:84:18
%2382 = matmul %2377, %30 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%2383 = reshape %1054 : f32[224,64] @ models/lib/nn.yaml:83:15
%2384 = reshape %2377 : f32[224,16] @ models/lib/nn.yaml:83:15
%2385 = matmul %2384, %2383 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2386 = mul %2382, %1053 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2387 = mul %2382, %1050 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2388 = mul %1051, %1051 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2389 = neg %2388 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2390 = exp %2389 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2391 = broadcast %2087 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2392 = mul %2390, %2391 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2393 = mul %2387, %2392 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2394 = mul %2393, %264 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%2395 = mul %2386, %261 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2396 = add %2394, %2395 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2397 = reshape %2396 : f32[224,64] @ models/lib/nn.yaml:84:18
%2398 = matmul %1765, %2397 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2399 = reshape %2398 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2400 = reshape %2399 : f32[64] @ models/lib/nn.yaml:84:18
%2401 = matmul %2396, %28 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2402 = reshape %1046 : f32[224,16] @ models/lib/nn.yaml:83:15
%2403 = reshape %2396 : f32[224,64] @ models/lib/nn.yaml:83:15
%2404 = matmul %2403, %2402 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2405 = reshape %2401 : f32[224,16] @ models/lib/nn.yaml:96:46
%2406 = matmul %1765, %2405 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2407 = reshape %2406 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2408 = reshape %2407 : f32[16] @ models/lib/nn.yaml:96:46
%2409 = mul %2401, %1043 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2410 = mul %2401, %1042 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2411 = reduce_sum %2410 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2412 = reshape %2411 : f32[16] @ models/lib/nn.yaml:96:37
%2413 = mul %2409, %1041 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2414 = mul %2409, %1035 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2415 = reduce_sum %2414 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%2416 = mul %1040, %1040 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2417 = mul %1040, %2416 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2418 = broadcast %1740 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2419 = mul %2417, %2418 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2420 = mul %2415, %2419 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2421 = div %2420, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%2422 = broadcast %2421 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%2423 = mul %2422, %1035 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2424 = add %2413, %2423 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2425 = add %2424, %2423 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2426 = add %2374, %2425 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2427 = neg %2425 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2428 = reduce_sum %2427 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%2429 = div %2428, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%2430 = broadcast %2429 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2431 = add %2426, %2430 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2432 = mul %2431, %1029 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%2433 = div %2432, %1021 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%2434 = reshape %2433 : f32[224,16] @ models/lib/nn.yaml:84:18
%2435 = matmul %1765, %2434 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2436 = reshape %2435 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2437 = reshape %2436 : f32[16] @ models/lib/nn.yaml:84:18
%2438 = matmul %2433, %24 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2439 = reshape %1015 : f32[224,16] @ models/lib/nn.yaml:83:15
%2440 = reshape %2433 : f32[224,16] @ models/lib/nn.yaml:83:15
%2441 = matmul %2440, %2439 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2442 = reshape %2438 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%2443 = permute %2442 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%2444 = permute %992 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%2445 = reshape %2443 : f32[14,2,16,8,1] @ models/lib/nn.yaml:56:23
%2446 = broadcast %2445 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2447 = reshape %2444 : f32[14,2,1,8,16] @ models/lib/nn.yaml:56:23
%2448 = broadcast %2447 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2449 = mul %2446, %2448 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2450 = reduce_sum %2449 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%2451 = permute %1008 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%2452 = reshape %2451 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%2453 = broadcast %2452 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2454 = reshape %2443 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%2455 = broadcast %2454 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2456 = mul %2453, %2455 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2457 = reduce_sum %2456 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%2458 = div %2450, %1007 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2459 = mul %2458, %1008 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2460 = neg %2459 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2461 = reduce_sum %2460 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%2462 = broadcast %2461 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%2463 = add %2458, %2462 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%2464 = mul %2463, %1005 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%2465 = mul %2464, %220 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%2466 = reshape %2465 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%2467 = broadcast %2466 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2468 = reshape %990 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%2469 = broadcast %2468 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2470 = mul %2467, %2469 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2471 = reduce_sum %2470 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%2472 = permute %2465 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%2473 = reshape %2472 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%2474 = broadcast %2473 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2475 = reshape %988 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%2476 = broadcast %2475 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2477 = mul %2474, %2476 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2478 = reduce_sum %2477 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%2479 = reshape %2457 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%2480 = reshape %2478 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%2481 = reshape %2471 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%2482 = concat %2481, %2480, %2479 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%2483 = permute %2482 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%2484 = reshape %2483 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%2485 = reshape %2484 : f32[224,48] @ models/lib/nn.yaml:84:18
%2486 = matmul %1765, %2485 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2487 = reshape %2486 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2488 = reshape %2487 : f32[48] @ models/lib/nn.yaml:84:18
%2489 = matmul %2484, %22 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2490 = reshape %981 : f32[224,16] @ models/lib/nn.yaml:83:15
%2491 = reshape %2483 : f32[224,48] @ models/lib/nn.yaml:83:15
%2492 = matmul %2491, %2490 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2493 = reshape %2489 : f32[224,16] @ models/lib/nn.yaml:96:46
%2494 = matmul %1765, %2493 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2495 = reshape %2494 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2496 = reshape %2495 : f32[16] @ models/lib/nn.yaml:96:46
%2497 = mul %2489, %978 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2498 = mul %2489, %977 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2499 = reduce_sum %2498 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2500 = reshape %2499 : f32[16] @ models/lib/nn.yaml:96:37
%2501 = mul %2497, %976 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2502 = mul %2497, %970 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2503 = reduce_sum %2502 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%2504 = mul %975, %975 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2505 = mul %975, %2504 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2506 = mul %2505, %2418 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2507 = mul %2503, %2506 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2508 = div %2507, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%2509 = broadcast %2508 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%2510 = mul %2509, %970 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2511 = add %2501, %2510 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2512 = add %2511, %2510 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2513 = add %2431, %2512 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2514 = neg %2512 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2515 = reduce_sum %2514 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%2516 = div %2515, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%2517 = broadcast %2516 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2518 = add %2513, %2517 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2519 = reshape %2518 : f32[224,16] @ models/lib/nn.yaml:84:18
%2520 = matmul %1765, %2519 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2521 = reshape %2520 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2522 = reshape %2521 : f32[16] @ models/lib/nn.yaml:84:18
%2523 = matmul %2518, %18 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%2524 = reshape %962 : f32[224,64] @ models/lib/nn.yaml:83:15
%2525 = reshape %2518 : f32[224,16] @ models/lib/nn.yaml:83:15
%2526 = matmul %2525, %2524 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2527 = mul %2523, %961 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2528 = mul %2523, %958 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2529 = mul %959, %959 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2530 = neg %2529 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2531 = exp %2530 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2532 = mul %2531, %2391 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2533 = mul %2528, %2532 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2534 = mul %2533, %264 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%2535 = mul %2527, %261 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2536 = add %2534, %2535 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2537 = reshape %2536 : f32[224,64] @ models/lib/nn.yaml:84:18
%2538 = matmul %1765, %2537 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2539 = reshape %2538 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2540 = reshape %2539 : f32[64] @ models/lib/nn.yaml:84:18
%2541 = matmul %2536, %16 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2542 = reshape %954 : f32[224,16] @ models/lib/nn.yaml:83:15
%2543 = reshape %2536 : f32[224,64] @ models/lib/nn.yaml:83:15
%2544 = matmul %2543, %2542 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2545 = reshape %2541 : f32[224,16] @ models/lib/nn.yaml:96:46
%2546 = matmul %1765, %2545 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2547 = reshape %2546 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2548 = reshape %2547 : f32[16] @ models/lib/nn.yaml:96:46
%2549 = mul %2541, %951 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2550 = mul %2541, %950 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2551 = reduce_sum %2550 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2552 = reshape %2551 : f32[16] @ models/lib/nn.yaml:96:37
%2553 = mul %2549, %949 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2554 = mul %2549, %943 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2555 = reduce_sum %2554 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%2556 = mul %948, %948 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2557 = mul %948, %2556 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2558 = mul %2557, %2418 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2559 = mul %2555, %2558 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2560 = div %2559, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%2561 = broadcast %2560 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%2562 = mul %2561, %943 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2563 = add %2553, %2562 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2564 = add %2563, %2562 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2565 = add %2518, %2564 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2566 = neg %2564 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2567 = reduce_sum %2566 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%2568 = div %2567, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%2569 = broadcast %2568 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2570 = add %2565, %2569 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2571 = reshape %2570 : f32[224,16] @ models/lib/nn.yaml:84:18
%2572 = matmul %1765, %2571 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2573 = reshape %2572 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2574 = reshape %2573 : f32[16] @ models/lib/nn.yaml:84:18
%2575 = matmul %2570, %12 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2576 = reshape %934 : f32[224,16] @ models/lib/nn.yaml:83:15
%2577 = reshape %2570 : f32[224,16] @ models/lib/nn.yaml:83:15
%2578 = matmul %2577, %2576 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2579 = reshape %2575 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%2580 = permute %2579 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%2581 = permute %911 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%2582 = reshape %2580 : f32[14,2,16,8,1] @ models/lib/nn.yaml:56:23
%2583 = broadcast %2582 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2584 = reshape %2581 : f32[14,2,1,8,16] @ models/lib/nn.yaml:56:23
%2585 = broadcast %2584 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2586 = mul %2583, %2585 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2587 = reduce_sum %2586 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%2588 = permute %927 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%2589 = reshape %2588 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%2590 = broadcast %2589 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2591 = reshape %2580 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%2592 = broadcast %2591 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2593 = mul %2590, %2592 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2594 = reduce_sum %2593 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%2595 = div %2587, %926 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2596 = mul %2595, %927 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2597 = neg %2596 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2598 = reduce_sum %2597 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%2599 = broadcast %2598 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%2600 = add %2595, %2599 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%2601 = mul %2600, %924 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%2602 = mul %2601, %220 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%2603 = reshape %2602 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%2604 = broadcast %2603 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2605 = reshape %909 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%2606 = broadcast %2605 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2607 = mul %2604, %2606 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2608 = reduce_sum %2607 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%2609 = permute %2602 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%2610 = reshape %2609 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%2611 = broadcast %2610 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2612 = reshape %907 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%2613 = broadcast %2612 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2614 = mul %2611, %2613 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2615 = reduce_sum %2614 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%2616 = reshape %2594 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%2617 = reshape %2615 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%2618 = reshape %2608 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%2619 = concat %2618, %2617, %2616 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%2620 = permute %2619 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%2621 = reshape %2620 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%2622 = reshape %2621 : f32[224,48] @ models/lib/nn.yaml:84:18
%2623 = matmul %1765, %2622 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2624 = reshape %2623 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2625 = reshape %2624 : f32[48] @ models/lib/nn.yaml:84:18
%2626 = matmul %2621, %10 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2627 = reshape %900 : f32[224,16] @ models/lib/nn.yaml:83:15
%2628 = reshape %2620 : f32[224,48] @ models/lib/nn.yaml:83:15
%2629 = matmul %2628, %2627 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2630 = reshape %2626 : f32[224,16] @ models/lib/nn.yaml:96:46
%2631 = matmul %1765, %2630 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2632 = reshape %2631 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2633 = reshape %2632 : f32[16] @ models/lib/nn.yaml:96:46
%2634 = mul %2626, %897 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2635 = mul %2626, %896 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2636 = reduce_sum %2635 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2637 = reshape %2636 : f32[16] @ models/lib/nn.yaml:96:37
%2638 = mul %2634, %895 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2639 = mul %2634, %889 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2640 = reduce_sum %2639 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%2641 = mul %894, %894 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2642 = mul %894, %2641 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2643 = mul %2642, %2418 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2644 = mul %2640, %2643 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2645 = div %2644, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%2646 = broadcast %2645 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%2647 = mul %2646, %889 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2648 = add %2638, %2647 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2649 = add %2648, %2647 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2650 = add %2570, %2649 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2651 = neg %2649 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2652 = reduce_sum %2651 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%2653 = div %2652, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%2654 = broadcast %2653 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2655 = add %2650, %2654 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2656 = reduce_sum %2655 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%2657 = reshape %2655 : f32[224,16] @ models/lib/vit.yaml:17:71
%2658 = matmul %1765, %2657 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%2659 = reshape %2658 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%2660 = reshape %2659 : f32[16] @ models/lib/vit.yaml:17:71
%2661 = reshape %174 : f32[224,48] @ models/lib/vit.yaml:17:18
%2662 = reshape %2655 : f32[224,16] @ models/lib/vit.yaml:17:18
%2663 = matmul %2662, %2661 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%2664 = reshape %2663 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2665 = all_reduce_sum %2656 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2666 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2667 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2668 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%2669 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%2670 = add %2668, %2669 : i64[] @ models/lib/vit.yaml:48:7
%2671 = mul %1614, %1615 : f64[] @ models/lib/vit.yaml:48:7
%2672 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2673 = sub %2672, %2671 : f64[] @ models/lib/vit.yaml:48:7
%2674 = cast %2673 : f32[] @ models/lib/vit.yaml:48:7
%2675 = broadcast %2674 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2676 = mul %5, %2675 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2677 = broadcast %1617 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2678 = mul %2665, %2677 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2679 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%2680 = broadcast %1020 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2681 = mul %2666, %2680 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2682 = add %2681, %2678 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2683 = mul %2665, %2665 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2684 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%2685 = broadcast %2684 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2686 = mul %2683, %2685 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2687 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%2688 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%2689 = broadcast %2688 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2690 = mul %2667, %2689 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2691 = add %2690, %2686 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2692 = cast %2670 : f64[] @ models/lib/vit.yaml:48:7
%2693 = pow %2679, %2692 : f64[] @ models/lib/vit.yaml:48:7
%2694 = sub %2672, %2693 : f64[] @ models/lib/vit.yaml:48:7
%2695 = div %1614, %2694 : f64[] @ models/lib/vit.yaml:48:7
%2696 = pow %2687, %2692 : f64[] @ models/lib/vit.yaml:48:7
%2697 = sub %2672, %2696 : f64[] @ models/lib/vit.yaml:48:7
%2698 = sqrt %2697 : f64[] @ models/lib/vit.yaml:48:7
%2699 = div %2672, %2698 : f64[] @ models/lib/vit.yaml:48:7
%2700 = sqrt %2691 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2701 = cast %2699 : f32[] @ models/lib/vit.yaml:48:7
%2702 = broadcast %2701 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2703 = mul %2700, %2702 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2704 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%2705 = broadcast %2704 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2706 = add %2703, %2705 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2707 = div %2682, %2706 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2708 = cast %2695 : f32[] @ models/lib/vit.yaml:48:7
%2709 = broadcast %2708 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2710 = mul %2707, %2709 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2711 = sub %2676, %2710 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2712 = assign %5, %2711 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2713 = assign %2666, %2682 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2714 = assign %2667, %2691 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2715 = assign %2668, %2670 : i64[] @ models/lib/vit.yaml:48:7
%2716 = cast %1616 : f32[] @ models/lib/vit.yaml:48:7
%2717 = broadcast %2716 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2718 = mul %89, %2717 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2719 = sub %2672, %1616 : f64[] @ models/lib/vit.yaml:48:7
%2720 = cast %2719 : f32[] @ models/lib/vit.yaml:48:7
%2721 = broadcast %2720 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2722 = mul %2711, %2721 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2723 = add %2718, %2722 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2724 = assign %89, %2723 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2725 = all_reduce_sum %2664 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2726 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2727 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2728 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%2729 = add %2728, %2669 : i64[] @ models/lib/vit.yaml:9:7
%2730 = broadcast %2674 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2731 = mul %6, %2730 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2732 = broadcast %1617 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2733 = mul %2725, %2732 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2734 = broadcast %1020 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2735 = mul %2726, %2734 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2736 = add %2735, %2733 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2737 = mul %2725, %2725 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2738 = broadcast %2684 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2739 = mul %2737, %2738 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2740 = broadcast %2688 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2741 = mul %2727, %2740 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2742 = add %2741, %2739 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2743 = cast %2729 : f64[] @ models/lib/vit.yaml:9:7
%2744 = pow %2679, %2743 : f64[] @ models/lib/vit.yaml:9:7
%2745 = sub %2672, %2744 : f64[] @ models/lib/vit.yaml:9:7
%2746 = div %1614, %2745 : f64[] @ models/lib/vit.yaml:9:7
%2747 = pow %2687, %2743 : f64[] @ models/lib/vit.yaml:9:7
%2748 = sub %2672, %2747 : f64[] @ models/lib/vit.yaml:9:7
%2749 = sqrt %2748 : f64[] @ models/lib/vit.yaml:9:7
%2750 = div %2672, %2749 : f64[] @ models/lib/vit.yaml:9:7
%2751 = sqrt %2742 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2752 = cast %2750 : f32[] @ models/lib/vit.yaml:9:7
%2753 = broadcast %2752 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2754 = mul %2751, %2753 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2755 = broadcast %2704 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2756 = add %2754, %2755 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2757 = div %2736, %2756 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2758 = cast %2746 : f32[] @ models/lib/vit.yaml:9:7
%2759 = broadcast %2758 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2760 = mul %2757, %2759 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2761 = sub %2731, %2760 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2762 = assign %6, %2761 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2763 = assign %2726, %2736 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2764 = assign %2727, %2742 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2765 = assign %2728, %2729 : i64[] @ models/lib/vit.yaml:9:7
%2766 = broadcast %2716 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2767 = mul %90, %2766 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2768 = broadcast %2720 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2769 = mul %2761, %2768 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2770 = add %2767, %2769 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2771 = assign %90, %2770 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2772 = all_reduce_sum %2660 : f32[16] @ models/lib/vit.yaml:10:7
%2773 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2774 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2775 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%2776 = add %2775, %2669 : i64[] @ models/lib/vit.yaml:10:7
%2777 = broadcast %1617 : f32[16] @ models/lib/vit.yaml:10:7
%2778 = mul %2772, %2777 : f32[16] @ models/lib/vit.yaml:10:7
%2779 = broadcast %1020 : f32[16] @ models/lib/vit.yaml:10:7
%2780 = mul %2773, %2779 : f32[16] @ models/lib/vit.yaml:10:7
%2781 = add %2780, %2778 : f32[16] @ models/lib/vit.yaml:10:7
%2782 = mul %2772, %2772 : f32[16] @ models/lib/vit.yaml:10:7
%2783 = broadcast %2684 : f32[16] @ models/lib/vit.yaml:10:7
%2784 = mul %2782, %2783 : f32[16] @ models/lib/vit.yaml:10:7
%2785 = broadcast %2688 : f32[16] @ models/lib/vit.yaml:10:7
%2786 = mul %2774, %2785 : f32[16] @ models/lib/vit.yaml:10:7
%2787 = add %2786, %2784 : f32[16] @ models/lib/vit.yaml:10:7
%2788 = cast %2776 : f64[] @ models/lib/vit.yaml:10:7
%2789 = pow %2679, %2788 : f64[] @ models/lib/vit.yaml:10:7
%2790 = sub %2672, %2789 : f64[] @ models/lib/vit.yaml:10:7
%2791 = div %1614, %2790 : f64[] @ models/lib/vit.yaml:10:7
%2792 = pow %2687, %2788 : f64[] @ models/lib/vit.yaml:10:7
%2793 = sub %2672, %2792 : f64[] @ models/lib/vit.yaml:10:7
%2794 = sqrt %2793 : f64[] @ models/lib/vit.yaml:10:7
%2795 = div %2672, %2794 : f64[] @ models/lib/vit.yaml:10:7
%2796 = sqrt %2787 : f32[16] @ models/lib/vit.yaml:10:7
%2797 = cast %2795 : f32[] @ models/lib/vit.yaml:10:7
%2798 = broadcast %2797 : f32[16] @ models/lib/vit.yaml:10:7
%2799 = mul %2796, %2798 : f32[16] @ models/lib/vit.yaml:10:7
%2800 = broadcast %2704 : f32[16] @ models/lib/vit.yaml:10:7
%2801 = add %2799, %2800 : f32[16] @ models/lib/vit.yaml:10:7
%2802 = div %2781, %2801 : f32[16] @ models/lib/vit.yaml:10:7
%2803 = cast %2791 : f32[] @ models/lib/vit.yaml:10:7
%2804 = broadcast %2803 : f32[16] @ models/lib/vit.yaml:10:7
%2805 = mul %2802, %2804 : f32[16] @ models/lib/vit.yaml:10:7
%2806 = sub %7, %2805 : f32[16] @ models/lib/vit.yaml:10:7
%2807 = assign %7, %2806 : f32[16] @ models/lib/vit.yaml:10:7
%2808 = assign %2773, %2781 : f32[16] @ models/lib/vit.yaml:10:7
%2809 = assign %2774, %2787 : f32[16] @ models/lib/vit.yaml:10:7
%2810 = assign %2775, %2776 : i64[] @ models/lib/vit.yaml:10:7
%2811 = broadcast %2716 : f32[16] @ models/lib/vit.yaml:10:7
%2812 = mul %91, %2811 : f32[16] @ models/lib/vit.yaml:10:7
%2813 = broadcast %2720 : f32[16] @ models/lib/vit.yaml:10:7
%2814 = mul %2806, %2813 : f32[16] @ models/lib/vit.yaml:10:7
%2815 = add %2812, %2814 : f32[16] @ models/lib/vit.yaml:10:7
%2816 = assign %91, %2815 : f32[16] @ models/lib/vit.yaml:10:7
%2817 = all_reduce_sum %2637 : f32[16] @ models/lib/nn.yaml:89:7
%2818 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2819 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2820 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2821 = add %2820, %2669 : i64[] @ models/lib/nn.yaml:89:7
%2822 = mul %2817, %2777 : f32[16] @ models/lib/nn.yaml:89:7
%2823 = mul %2818, %2779 : f32[16] @ models/lib/nn.yaml:89:7
%2824 = add %2823, %2822 : f32[16] @ models/lib/nn.yaml:89:7
%2825 = mul %2817, %2817 : f32[16] @ models/lib/nn.yaml:89:7
%2826 = mul %2825, %2783 : f32[16] @ models/lib/nn.yaml:89:7
%2827 = mul %2819, %2785 : f32[16] @ models/lib/nn.yaml:89:7
%2828 = add %2827, %2826 : f32[16] @ models/lib/nn.yaml:89:7
%2829 = cast %2821 : f64[] @ models/lib/nn.yaml:89:7
%2830 = pow %2679, %2829 : f64[] @ models/lib/nn.yaml:89:7
%2831 = sub %2672, %2830 : f64[] @ models/lib/nn.yaml:89:7
%2832 = div %1614, %2831 : f64[] @ models/lib/nn.yaml:89:7
%2833 = pow %2687, %2829 : f64[] @ models/lib/nn.yaml:89:7
%2834 = sub %2672, %2833 : f64[] @ models/lib/nn.yaml:89:7
%2835 = sqrt %2834 : f64[] @ models/lib/nn.yaml:89:7
%2836 = div %2672, %2835 : f64[] @ models/lib/nn.yaml:89:7
%2837 = sqrt %2828 : f32[16] @ models/lib/nn.yaml:89:7
%2838 = cast %2836 : f32[] @ models/lib/nn.yaml:89:7
%2839 = broadcast %2838 : f32[16] @ models/lib/nn.yaml:89:7
%2840 = mul %2837, %2839 : f32[16] @ models/lib/nn.yaml:89:7
%2841 = add %2840, %2800 : f32[16] @ models/lib/nn.yaml:89:7
%2842 = div %2824, %2841 : f32[16] @ models/lib/nn.yaml:89:7
%2843 = cast %2832 : f32[] @ models/lib/nn.yaml:89:7
%2844 = broadcast %2843 : f32[16] @ models/lib/nn.yaml:89:7
%2845 = mul %2842, %2844 : f32[16] @ models/lib/nn.yaml:89:7
%2846 = sub %8, %2845 : f32[16] @ models/lib/nn.yaml:89:7
%2847 = assign %8, %2846 : f32[16] @ models/lib/nn.yaml:89:7
%2848 = assign %2818, %2824 : f32[16] @ models/lib/nn.yaml:89:7
%2849 = assign %2819, %2828 : f32[16] @ models/lib/nn.yaml:89:7
%2850 = assign %2820, %2821 : i64[] @ models/lib/nn.yaml:89:7
%2851 = mul %92, %2811 : f32[16] @ models/lib/nn.yaml:89:7
%2852 = mul %2846, %2813 : f32[16] @ models/lib/nn.yaml:89:7
%2853 = add %2851, %2852 : f32[16] @ models/lib/nn.yaml:89:7
%2854 = assign %92, %2853 : f32[16] @ models/lib/nn.yaml:89:7
%2855 = all_reduce_sum %2633 : f32[16] @ models/lib/nn.yaml:90:7
%2856 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2857 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2858 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2859 = add %2858, %2669 : i64[] @ models/lib/nn.yaml:90:7
%2860 = mul %2855, %2777 : f32[16] @ models/lib/nn.yaml:90:7
%2861 = mul %2856, %2779 : f32[16] @ models/lib/nn.yaml:90:7
%2862 = add %2861, %2860 : f32[16] @ models/lib/nn.yaml:90:7
%2863 = mul %2855, %2855 : f32[16] @ models/lib/nn.yaml:90:7
%2864 = mul %2863, %2783 : f32[16] @ models/lib/nn.yaml:90:7
%2865 = mul %2857, %2785 : f32[16] @ models/lib/nn.yaml:90:7
%2866 = add %2865, %2864 : f32[16] @ models/lib/nn.yaml:90:7
%2867 = cast %2859 : f64[] @ models/lib/nn.yaml:90:7
%2868 = pow %2679, %2867 : f64[] @ models/lib/nn.yaml:90:7
%2869 = sub %2672, %2868 : f64[] @ models/lib/nn.yaml:90:7
%2870 = div %1614, %2869 : f64[] @ models/lib/nn.yaml:90:7
%2871 = pow %2687, %2867 : f64[] @ models/lib/nn.yaml:90:7
%2872 = sub %2672, %2871 : f64[] @ models/lib/nn.yaml:90:7
%2873 = sqrt %2872 : f64[] @ models/lib/nn.yaml:90:7
%2874 = div %2672, %2873 : f64[] @ models/lib/nn.yaml:90:7
%2875 = sqrt %2866 : f32[16] @ models/lib/nn.yaml:90:7
%2876 = cast %2874 : f32[] @ models/lib/nn.yaml:90:7
%2877 = broadcast %2876 : f32[16] @ models/lib/nn.yaml:90:7
%2878 = mul %2875, %2877 : f32[16] @ models/lib/nn.yaml:90:7
%2879 = add %2878, %2800 : f32[16] @ models/lib/nn.yaml:90:7
%2880 = div %2862, %2879 : f32[16] @ models/lib/nn.yaml:90:7
%2881 = cast %2870 : f32[] @ models/lib/nn.yaml:90:7
%2882 = broadcast %2881 : f32[16] @ models/lib/nn.yaml:90:7
%2883 = mul %2880, %2882 : f32[16] @ models/lib/nn.yaml:90:7
%2884 = sub %9, %2883 : f32[16] @ models/lib/nn.yaml:90:7
%2885 = assign %9, %2884 : f32[16] @ models/lib/nn.yaml:90:7
%2886 = assign %2856, %2862 : f32[16] @ models/lib/nn.yaml:90:7
%2887 = assign %2857, %2866 : f32[16] @ models/lib/nn.yaml:90:7
%2888 = assign %2858, %2859 : i64[] @ models/lib/nn.yaml:90:7
%2889 = mul %93, %2811 : f32[16] @ models/lib/nn.yaml:90:7
%2890 = mul %2884, %2813 : f32[16] @ models/lib/nn.yaml:90:7
%2891 = add %2889, %2890 : f32[16] @ models/lib/nn.yaml:90:7
%2892 = assign %93, %2891 : f32[16] @ models/lib/nn.yaml:90:7
%2893 = all_reduce_sum %2629 : f32[48,16] @ models/lib/nn.yaml:79:7
%2894 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2895 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2896 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2897 = add %2896, %2669 : i64[] @ models/lib/nn.yaml:79:7
%2898 = broadcast %2674 : f32[48,16] @ models/lib/nn.yaml:79:7
%2899 = mul %10, %2898 : f32[48,16] @ models/lib/nn.yaml:79:7
%2900 = broadcast %1617 : f32[48,16] @ models/lib/nn.yaml:79:7
%2901 = mul %2893, %2900 : f32[48,16] @ models/lib/nn.yaml:79:7
%2902 = broadcast %1020 : f32[48,16] @ models/lib/nn.yaml:79:7
%2903 = mul %2894, %2902 : f32[48,16] @ models/lib/nn.yaml:79:7
%2904 = add %2903, %2901 : f32[48,16] @ models/lib/nn.yaml:79:7
%2905 = mul %2893, %2893 : f32[48,16] @ models/lib/nn.yaml:79:7
%2906 = broadcast %2684 : f32[48,16] @ models/lib/nn.yaml:79:7
%2907 = mul %2905, %2906 : f32[48,16] @ models/lib/nn.yaml:79:7
%2908 = broadcast %2688 : f32[48,16] @ models/lib/nn.yaml:79:7
%2909 = mul %2895, %2908 : f32[48,16] @ models/lib/nn.yaml:79:7
%2910 = add %2909, %2907 : f32[48,16] @ models/lib/nn.yaml:79:7
%2911 = cast %2897 : f64[] @ models/lib/nn.yaml:79:7
%2912 = pow %2679, %2911 : f64[] @ models/lib/nn.yaml:79:7
%2913 = sub %2672, %2912 : f64[] @ models/lib/nn.yaml:79:7
%2914 = div %1614, %2913 : f64[] @ models/lib/nn.yaml:79:7
%2915 = pow %2687, %2911 : f64[] @ models/lib/nn.yaml:79:7
%2916 = sub %2672, %2915 : f64[] @ models/lib/nn.yaml:79:7
%2917 = sqrt %2916 : f64[] @ models/lib/nn.yaml:79:7
%2918 = div %2672, %2917 : f64[] @ models/lib/nn.yaml:79:7
%2919 = sqrt %2910 : f32[48,16] @ models/lib/nn.yaml:79:7
%2920 = cast %2918 : f32[] @ models/lib/nn.yaml:79:7
%2921 = broadcast %2920 : f32[48,16] @ models/lib/nn.yaml:79:7
%2922 = mul %2919, %2921 : f32[48,16] @ models/lib/nn.yaml:79:7
%2923 = broadcast %2704 : f32[48,16] @ models/lib/nn.yaml:79:7
%2924 = add %2922, %2923 : f32[48,16] @ models/lib/nn.yaml:79:7
%2925 = div %2904, %2924 : f32[48,16] @ models/lib/nn.yaml:79:7
%2926 = cast %2914 : f32[] @ models/lib/nn.yaml:79:7
%2927 = broadcast %2926 : f32[48,16] @ models/lib/nn.yaml:79:7
%2928 = mul %2925, %2927 : f32[48,16] @ models/lib/nn.yaml:79:7
%2929 = sub %2899, %2928 : f32[48,16] @ models/lib/nn.yaml:79:7
%2930 = assign %10, %2929 : f32[48,16] @ models/lib/nn.yaml:79:7
%2931 = assign %2894, %2904 : f32[48,16] @ models/lib/nn.yaml:79:7
%2932 = assign %2895, %2910 : f32[48,16] @ models/lib/nn.yaml:79:7
%2933 = assign %2896, %2897 : i64[] @ models/lib/nn.yaml:79:7
%2934 = broadcast %2716 : f32[48,16] @ models/lib/nn.yaml:79:7
%2935 = mul %94, %2934 : f32[48,16] @ models/lib/nn.yaml:79:7
%2936 = broadcast %2720 : f32[48,16] @ models/lib/nn.yaml:79:7
%2937 = mul %2929, %2936 : f32[48,16] @ models/lib/nn.yaml:79:7
%2938 = add %2935, %2937 : f32[48,16] @ models/lib/nn.yaml:79:7
%2939 = assign %94, %2938 : f32[48,16] @ models/lib/nn.yaml:79:7
%2940 = all_reduce_sum %2625 : f32[48] @ models/lib/nn.yaml:80:7
%2941 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2942 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2943 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2944 = add %2943, %2669 : i64[] @ models/lib/nn.yaml:80:7
%2945 = broadcast %1617 : f32[48] @ models/lib/nn.yaml:80:7
%2946 = mul %2940, %2945 : f32[48] @ models/lib/nn.yaml:80:7
%2947 = broadcast %1020 : f32[48] @ models/lib/nn.yaml:80:7
%2948 = mul %2941, %2947 : f32[48] @ models/lib/nn.yaml:80:7
%2949 = add %2948, %2946 : f32[48] @ models/lib/nn.yaml:80:7
%2950 = mul %2940, %2940 : f32[48] @ models/lib/nn.yaml:80:7
%2951 = broadcast %2684 : f32[48] @ models/lib/nn.yaml:80:7
%2952 = mul %2950, %2951 : f32[48] @ models/lib/nn.yaml:80:7
%2953 = broadcast %2688 : f32[48] @ models/lib/nn.yaml:80:7
%2954 = mul %2942, %2953 : f32[48] @ models/lib/nn.yaml:80:7
%2955 = add %2954, %2952 : f32[48] @ models/lib/nn.yaml:80:7
%2956 = cast %2944 : f64[] @ models/lib/nn.yaml:80:7
%2957 = pow %2679, %2956 : f64[] @ models/lib/nn.yaml:80:7
%2958 = sub %2672, %2957 : f64[] @ models/lib/nn.yaml:80:7
%2959 = div %1614, %2958 : f64[] @ models/lib/nn.yaml:80:7
%2960 = pow %2687, %2956 : f64[] @ models/lib/nn.yaml:80:7
%2961 = sub %2672, %2960 : f64[] @ models/lib/nn.yaml:80:7
%2962 = sqrt %2961 : f64[] @ models/lib/nn.yaml:80:7
%2963 = div %2672, %2962 : f64[] @ models/lib/nn.yaml:80:7
%2964 = sqrt %2955 : f32[48] @ models/lib/nn.yaml:80:7
%2965 = cast %2963 : f32[] @ models/lib/nn.yaml:80:7
%2966 = broadcast %2965 : f32[48] @ models/lib/nn.yaml:80:7
%2967 = mul %2964, %2966 : f32[48] @ models/lib/nn.yaml:80:7
%2968 = broadcast %2704 : f32[48] @ models/lib/nn.yaml:80:7
%2969 = add %2967, %2968 : f32[48] @ models/lib/nn.yaml:80:7
%2970 = div %2949, %2969 : f32[48] @ models/lib/nn.yaml:80:7
%2971 = cast %2959 : f32[] @ models/lib/nn.yaml:80:7
%2972 = broadcast %2971 : f32[48] @ models/lib/nn.yaml:80:7
%2973 = mul %2970, %2972 : f32[48] @ models/lib/nn.yaml:80:7
%2974 = sub %11, %2973 : f32[48] @ models/lib/nn.yaml:80:7
%2975 = assign %11, %2974 : f32[48] @ models/lib/nn.yaml:80:7
%2976 = assign %2941, %2949 : f32[48] @ models/lib/nn.yaml:80:7
%2977 = assign %2942, %2955 : f32[48] @ models/lib/nn.yaml:80:7
%2978 = assign %2943, %2944 : i64[] @ models/lib/nn.yaml:80:7
%2979 = broadcast %2716 : f32[48] @ models/lib/nn.yaml:80:7
%2980 = mul %95, %2979 : f32[48] @ models/lib/nn.yaml:80:7
%2981 = broadcast %2720 : f32[48] @ models/lib/nn.yaml:80:7
%2982 = mul %2974, %2981 : f32[48] @ models/lib/nn.yaml:80:7
%2983 = add %2980, %2982 : f32[48] @ models/lib/nn.yaml:80:7
%2984 = assign %95, %2983 : f32[48] @ models/lib/nn.yaml:80:7
%2985 = all_reduce_sum %2578 : f32[16,16] @ models/lib/nn.yaml:79:7
%2986 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2987 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%2988 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2989 = add %2988, %2669 : i64[] @ models/lib/nn.yaml:79:7
%2990 = broadcast %2674 : f32[16,16] @ models/lib/nn.yaml:79:7
%2991 = mul %12, %2990 : f32[16,16] @ models/lib/nn.yaml:79:7
%2992 = broadcast %1617 : f32[16,16] @ models/lib/nn.yaml:79:7
%2993 = mul %2985, %2992 : f32[16,16] @ models/lib/nn.yaml:79:7
%2994 = broadcast %1020 : f32[16,16] @ models/lib/nn.yaml:79:7
%2995 = mul %2986, %2994 : f32[16,16] @ models/lib/nn.yaml:79:7
%2996 = add %2995, %2993 : f32[16,16] @ models/lib/nn.yaml:79:7
%2997 = mul %2985, %2985 : f32[16,16] @ models/lib/nn.yaml:79:7
%2998 = broadcast %2684 : f32[16,16] @ models/lib/nn.yaml:79:7
%2999 = mul %2997, %2998 : f32[16,16] @ models/lib/nn.yaml:79:7
%3000 = broadcast %2688 : f32[16,16] @ models/lib/nn.yaml:79:7
%3001 = mul %2987, %3000 : f32[16,16] @ models/lib/nn.yaml:79:7
%3002 = add %3001, %2999 : f32[16,16] @ models/lib/nn.yaml:79:7
%3003 = cast %2989 : f64[] @ models/lib/nn.yaml:79:7
%3004 = pow %2679, %3003 : f64[] @ models/lib/nn.yaml:79:7
%3005 = sub %2672, %3004 : f64[] @ models/lib/nn.yaml:79:7
%3006 = div %1614, %3005 : f64[] @ models/lib/nn.yaml:79:7
%3007 = pow %2687, %3003 : f64[] @ models/lib/nn.yaml:79:7
%3008 = sub %2672, %3007 : f64[] @ models/lib/nn.yaml:79:7
%3009 = sqrt %3008 : f64[] @ models/lib/nn.yaml:79:7
%3010 = div %2672, %3009 : f64[] @ models/lib/nn.yaml:79:7
%3011 = sqrt %3002 : f32[16,16] @ models/lib/nn.yaml:79:7
%3012 = cast %3010 : f32[] @ models/lib/nn.yaml:79:7
%3013 = broadcast %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%3014 = mul %3011, %3013 : f32[16,16] @ models/lib/nn.yaml:79:7
%3015 = broadcast %2704 : f32[16,16] @ models/lib/nn.yaml:79:7
%3016 = add %3014, %3015 : f32[16,16] @ models/lib/nn.yaml:79:7
%3017 = div %2996, %3016 : f32[16,16] @ models/lib/nn.yaml:79:7
%3018 = cast %3006 : f32[] @ models/lib/nn.yaml:79:7
%3019 = broadcast %3018 : f32[16,16] @ models/lib/nn.yaml:79:7
%3020 = mul %3017, %3019 : f32[16,16] @ models/lib/nn.yaml:79:7
%3021 = sub %2991, %3020 : f32[16,16] @ models/lib/nn.yaml:79:7
%3022 = assign %12, %3021 : f32[16,16] @ models/lib/nn.yaml:79:7
%3023 = assign %2986, %2996 : f32[16,16] @ models/lib/nn.yaml:79:7
%3024 = assign %2987, %3002 : f32[16,16] @ models/lib/nn.yaml:79:7
%3025 = assign %2988, %2989 : i64[] @ models/lib/nn.yaml:79:7
%3026 = broadcast %2716 : f32[16,16] @ models/lib/nn.yaml:79:7
%3027 = mul %96, %3026 : f32[16,16] @ models/lib/nn.yaml:79:7
%3028 = broadcast %2720 : f32[16,16] @ models/lib/nn.yaml:79:7
%3029 = mul %3021, %3028 : f32[16,16] @ models/lib/nn.yaml:79:7
%3030 = add %3027, %3029 : f32[16,16] @ models/lib/nn.yaml:79:7
%3031 = assign %96, %3030 : f32[16,16] @ models/lib/nn.yaml:79:7
%3032 = all_reduce_sum %2574 : f32[16] @ models/lib/nn.yaml:80:7
%3033 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3034 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3035 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3036 = add %3035, %2669 : i64[] @ models/lib/nn.yaml:80:7
%3037 = mul %3032, %2777 : f32[16] @ models/lib/nn.yaml:80:7
%3038 = mul %3033, %2779 : f32[16] @ models/lib/nn.yaml:80:7
%3039 = add %3038, %3037 : f32[16] @ models/lib/nn.yaml:80:7
%3040 = mul %3032, %3032 : f32[16] @ models/lib/nn.yaml:80:7
%3041 = mul %3040, %2783 : f32[16] @ models/lib/nn.yaml:80:7
%3042 = mul %3034, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%3043 = add %3042, %3041 : f32[16] @ models/lib/nn.yaml:80:7
%3044 = cast %3036 : f64[] @ models/lib/nn.yaml:80:7
%3045 = pow %2679, %3044 : f64[] @ models/lib/nn.yaml:80:7
%3046 = sub %2672, %3045 : f64[] @ models/lib/nn.yaml:80:7
%3047 = div %1614, %3046 : f64[] @ models/lib/nn.yaml:80:7
%3048 = pow %2687, %3044 : f64[] @ models/lib/nn.yaml:80:7
%3049 = sub %2672, %3048 : f64[] @ models/lib/nn.yaml:80:7
%3050 = sqrt %3049 : f64[] @ models/lib/nn.yaml:80:7
%3051 = div %2672, %3050 : f64[] @ models/lib/nn.yaml:80:7
%3052 = sqrt %3043 : f32[16] @ models/lib/nn.yaml:80:7
%3053 = cast %3051 : f32[] @ models/lib/nn.yaml:80:7
%3054 = broadcast %3053 : f32[16] @ models/lib/nn.yaml:80:7
%3055 = mul %3052, %3054 : f32[16] @ models/lib/nn.yaml:80:7
%3056 = add %3055, %2800 : f32[16] @ models/lib/nn.yaml:80:7
%3057 = div %3039, %3056 : f32[16] @ models/lib/nn.yaml:80:7
%3058 = cast %3047 : f32[] @ models/lib/nn.yaml:80:7
%3059 = broadcast %3058 : f32[16] @ models/lib/nn.yaml:80:7
%3060 = mul %3057, %3059 : f32[16] @ models/lib/nn.yaml:80:7
%3061 = sub %13, %3060 : f32[16] @ models/lib/nn.yaml:80:7
%3062 = assign %13, %3061 : f32[16] @ models/lib/nn.yaml:80:7
%3063 = assign %3033, %3039 : f32[16] @ models/lib/nn.yaml:80:7
%3064 = assign %3034, %3043 : f32[16] @ models/lib/nn.yaml:80:7
%3065 = assign %3035, %3036 : i64[] @ models/lib/nn.yaml:80:7
%3066 = mul %97, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%3067 = mul %3061, %2813 : f32[16] @ models/lib/nn.yaml:80:7
%3068 = add %3066, %3067 : f32[16] @ models/lib/nn.yaml:80:7
%3069 = assign %97, %3068 : f32[16] @ models/lib/nn.yaml:80:7
%3070 = all_reduce_sum %2552 : f32[16] @ models/lib/nn.yaml:89:7
%3071 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3072 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3073 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3074 = add %3073, %2669 : i64[] @ models/lib/nn.yaml:89:7
%3075 = mul %3070, %2777 : f32[16] @ models/lib/nn.yaml:89:7
%3076 = mul %3071, %2779 : f32[16] @ models/lib/nn.yaml:89:7
%3077 = add %3076, %3075 : f32[16] @ models/lib/nn.yaml:89:7
%3078 = mul %3070, %3070 : f32[16] @ models/lib/nn.yaml:89:7
%3079 = mul %3078, %2783 : f32[16] @ models/lib/nn.yaml:89:7
%3080 = mul %3072, %2785 : f32[16] @ models/lib/nn.yaml:89:7
%3081 = add %3080, %3079 : f32[16] @ models/lib/nn.yaml:89:7
%3082 = cast %3074 : f64[] @ models/lib/nn.yaml:89:7
%3083 = pow %2679, %3082 : f64[] @ models/lib/nn.yaml:89:7
%3084 = sub %2672, %3083 : f64[] @ models/lib/nn.yaml:89:7
%3085 = div %1614, %3084 : f64[] @ models/lib/nn.yaml:89:7
%3086 = pow %2687, %3082 : f64[] @ models/lib/nn.yaml:89:7
%3087 = sub %2672, %3086 : f64[] @ models/lib/nn.yaml:89:7
%3088 = sqrt %3087 : f64[] @ models/lib/nn.yaml:89:7
%3089 = div %2672, %3088 : f64[] @ models/lib/nn.yaml:89:7
%3090 = sqrt %3081 : f32[16] @ models/lib/nn.yaml:89:7
%3091 = cast %3089 : f32[] @ models/lib/nn.yaml:89:7
%3092 = broadcast %3091 : f32[16] @ models/lib/nn.yaml:89:7
%3093 = mul %3090, %3092 : f32[16] @ models/lib/nn.yaml:89:7
%3094 = add %3093, %2800 : f32[16] @ models/lib/nn.yaml:89:7
%3095 = div %3077, %3094 : f32[16] @ models/lib/nn.yaml:89:7
%3096 = cast %3085 : f32[] @ models/lib/nn.yaml:89:7
%3097 = broadcast %3096 : f32[16] @ models/lib/nn.yaml:89:7
%3098 = mul %3095, %3097 : f32[16] @ models/lib/nn.yaml:89:7
%3099 = sub %14, %3098 : f32[16] @ models/lib/nn.yaml:89:7
%3100 = assign %14, %3099 : f32[16] @ models/lib/nn.yaml:89:7
%3101 = assign %3071, %3077 : f32[16] @ models/lib/nn.yaml:89:7
%3102 = assign %3072, %3081 : f32[16] @ models/lib/nn.yaml:89:7
%3103 = assign %3073, %3074 : i64[] @ models/lib/nn.yaml:89:7
%3104 = mul %98, %2811 : f32[16] @ models/lib/nn.yaml:89:7
%3105 = mul %3099, %2813 : f32[16] @ models/lib/nn.yaml:89:7
%3106 = add %3104, %3105 : f32[16] @ models/lib/nn.yaml:89:7
%3107 = assign %98, %3106 : f32[16] @ models/lib/nn.yaml:89:7
%3108 = all_reduce_sum %2548 : f32[16] @ models/lib/nn.yaml:90:7
%3109 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3110 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3111 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3112 = add %3111, %2669 : i64[] @ models/lib/nn.yaml:90:7
%3113 = mul %3108, %2777 : f32[16] @ models/lib/nn.yaml:90:7
%3114 = mul %3109, %2779 : f32[16] @ models/lib/nn.yaml:90:7
%3115 = add %3114, %3113 : f32[16] @ models/lib/nn.yaml:90:7
%3116 = mul %3108, %3108 : f32[16] @ models/lib/nn.yaml:90:7
%3117 = mul %3116, %2783 : f32[16] @ models/lib/nn.yaml:90:7
%3118 = mul %3110, %2785 : f32[16] @ models/lib/nn.yaml:90:7
%3119 = add %3118, %3117 : f32[16] @ models/lib/nn.yaml:90:7
%3120 = cast %3112 : f64[] @ models/lib/nn.yaml:90:7
%3121 = pow %2679, %3120 : f64[] @ models/lib/nn.yaml:90:7
%3122 = sub %2672, %3121 : f64[] @ models/lib/nn.yaml:90:7
%3123 = div %1614, %3122 : f64[] @ models/lib/nn.yaml:90:7
%3124 = pow %2687, %3120 : f64[] @ models/lib/nn.yaml:90:7
%3125 = sub %2672, %3124 : f64[] @ models/lib/nn.yaml:90:7
%3126 = sqrt %3125 : f64[] @ models/lib/nn.yaml:90:7
%3127 = div %2672, %3126 : f64[] @ models/lib/nn.yaml:90:7
%3128 = sqrt %3119 : f32[16] @ models/lib/nn.yaml:90:7
%3129 = cast %3127 : f32[] @ models/lib/nn.yaml:90:7
%3130 = broadcast %3129 : f32[16] @ models/lib/nn.yaml:90:7
%3131 = mul %3128, %3130 : f32[16] @ models/lib/nn.yaml:90:7
%3132 = add %3131, %2800 : f32[16] @ models/lib/nn.yaml:90:7
%3133 = div %3115, %3132 : f32[16] @ models/lib/nn.yaml:90:7
%3134 = cast %3123 : f32[] @ models/lib/nn.yaml:90:7
%3135 = broadcast %3134 : f32[16] @ models/lib/nn.yaml:90:7
%3136 = mul %3133, %3135 : f32[16] @ models/lib/nn.yaml:90:7
%3137 = sub %15, %3136 : f32[16] @ models/lib/nn.yaml:90:7
%3138 = assign %15, %3137 : f32[16] @ models/lib/nn.yaml:90:7
%3139 = assign %3109, %3115 : f32[16] @ models/lib/nn.yaml:90:7
%3140 = assign %3110, %3119 : f32[16] @ models/lib/nn.yaml:90:7
%3141 = assign %3111, %3112 : i64[] @ models/lib/nn.yaml:90:7
%3142 = mul %99, %2811 : f32[16] @ models/lib/nn.yaml:90:7
%3143 = mul %3137, %2813 : f32[16] @ models/lib/nn.yaml:90:7
%3144 = add %3142, %3143 : f32[16] @ models/lib/nn.yaml:90:7
%3145 = assign %99, %3144 : f32[16] @ models/lib/nn.yaml:90:7
%3146 = all_reduce_sum %2544 : f32[64,16] @ models/lib/nn.yaml:79:7
%3147 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3148 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3149 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3150 = add %3149, %2669 : i64[] @ models/lib/nn.yaml:79:7
%3151 = broadcast %2674 : f32[64,16] @ models/lib/nn.yaml:79:7
%3152 = mul %16, %3151 : f32[64,16] @ models/lib/nn.yaml:79:7
%3153 = broadcast %1617 : f32[64,16] @ models/lib/nn.yaml:79:7
%3154 = mul %3146, %3153 : f32[64,16] @ models/lib/nn.yaml:79:7
%3155 = broadcast %1020 : f32[64,16] @ models/lib/nn.yaml:79:7
%3156 = mul %3147, %3155 : f32[64,16] @ models/lib/nn.yaml:79:7
%3157 = add %3156, %3154 : f32[64,16] @ models/lib/nn.yaml:79:7
%3158 = mul %3146, %3146 : f32[64,16] @ models/lib/nn.yaml:79:7
%3159 = broadcast %2684 : f32[64,16] @ models/lib/nn.yaml:79:7
%3160 = mul %3158, %3159 : f32[64,16] @ models/lib/nn.yaml:79:7
%3161 = broadcast %2688 : f32[64,16] @ models/lib/nn.yaml:79:7
%3162 = mul %3148, %3161 : f32[64,16] @ models/lib/nn.yaml:79:7
%3163 = add %3162, %3160 : f32[64,16] @ models/lib/nn.yaml:79:7
%3164 = cast %3150 : f64[] @ models/lib/nn.yaml:79:7
%3165 = pow %2679, %3164 : f64[] @ models/lib/nn.yaml:79:7
%3166 = sub %2672, %3165 : f64[] @ models/lib/nn.yaml:79:7
%3167 = div %1614, %3166 : f64[] @ models/lib/nn.yaml:79:7
%3168 = pow %2687, %3164 : f64[] @ models/lib/nn.yaml:79:7
%3169 = sub %2672, %3168 : f64[] @ models/lib/nn.yaml:79:7
%3170 = sqrt %3169 : f64[] @ models/lib/nn.yaml:79:7
%3171 = div %2672, %3170 : f64[] @ models/lib/nn.yaml:79:7
%3172 = sqrt %3163 : f32[64,16] @ models/lib/nn.yaml:79:7
%3173 = cast %3171 : f32[] @ models/lib/nn.yaml:79:7
%3174 = broadcast %3173 : f32[64,16] @ models/lib/nn.yaml:79:7
%3175 = mul %3172, %3174 : f32[64,16] @ models/lib/nn.yaml:79:7
%3176 = broadcast %2704 : f32[64,16] @ models/lib/nn.yaml:79:7
%3177 = add %3175, %3176 : f32[64,16] @ models/lib/nn.yaml:79:7
%3178 = div %3157, %3177 : f32[64,16] @ models/lib/nn.yaml:79:7
%3179 = cast %3167 : f32[] @ models/lib/nn.yaml:79:7
%3180 = broadcast %3179 : f32[64,16] @ models/lib/nn.yaml:79:7
%3181 = mul %3178, %3180 : f32[64,16] @ models/lib/nn.yaml:79:7
%3182 = sub %3152, %3181 : f32[64,16] @ models/lib/nn.yaml:79:7
%3183 = assign %16, %3182 : f32[64,16] @ models/lib/nn.yaml:79:7
%3184 = assign %3147, %3157 : f32[64,16] @ models/lib/nn.yaml:79:7
%3185 = assign %3148, %3163 : f32[64,16] @ models/lib/nn.yaml:79:7
%3186 = assign %3149, %3150 : i64[] @ models/lib/nn.yaml:79:7
%3187 = broadcast %2716 : f32[64,16] @ models/lib/nn.yaml:79:7
%3188 = mul %100, %3187 : f32[64,16] @ models/lib/nn.yaml:79:7
%3189 = broadcast %2720 : f32[64,16] @ models/lib/nn.yaml:79:7
%3190 = mul %3182, %3189 : f32[64,16] @ models/lib/nn.yaml:79:7
%3191 = add %3188, %3190 : f32[64,16] @ models/lib/nn.yaml:79:7
%3192 = assign %100, %3191 : f32[64,16] @ models/lib/nn.yaml:79:7
%3193 = all_reduce_sum %2540 : f32[64] @ models/lib/nn.yaml:80:7
%3194 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3195 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3196 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3197 = add %3196, %2669 : i64[] @ models/lib/nn.yaml:80:7
%3198 = broadcast %1617 : f32[64] @ models/lib/nn.yaml:80:7
%3199 = mul %3193, %3198 : f32[64] @ models/lib/nn.yaml:80:7
%3200 = broadcast %1020 : f32[64] @ models/lib/nn.yaml:80:7
%3201 = mul %3194, %3200 : f32[64] @ models/lib/nn.yaml:80:7
%3202 = add %3201, %3199 : f32[64] @ models/lib/nn.yaml:80:7
%3203 = mul %3193, %3193 : f32[64] @ models/lib/nn.yaml:80:7
%3204 = broadcast %2684 : f32[64] @ models/lib/nn.yaml:80:7
%3205 = mul %3203, %3204 : f32[64] @ models/lib/nn.yaml:80:7
%3206 = broadcast %2688 : f32[64] @ models/lib/nn.yaml:80:7
%3207 = mul %3195, %3206 : f32[64] @ models/lib/nn.yaml:80:7
%3208 = add %3207, %3205 : f32[64] @ models/lib/nn.yaml:80:7
%3209 = cast %3197 : f64[] @ models/lib/nn.yaml:80:7
%3210 = pow %2679, %3209 : f64[] @ models/lib/nn.yaml:80:7
%3211 = sub %2672, %3210 : f64[] @ models/lib/nn.yaml:80:7
%3212 = div %1614, %3211 : f64[] @ models/lib/nn.yaml:80:7
%3213 = pow %2687, %3209 : f64[] @ models/lib/nn.yaml:80:7
%3214 = sub %2672, %3213 : f64[] @ models/lib/nn.yaml:80:7
%3215 = sqrt %3214 : f64[] @ models/lib/nn.yaml:80:7
%3216 = div %2672, %3215 : f64[] @ models/lib/nn.yaml:80:7
%3217 = sqrt %3208 : f32[64] @ models/lib/nn.yaml:80:7
%3218 = cast %3216 : f32[] @ models/lib/nn.yaml:80:7
%3219 = broadcast %3218 : f32[64] @ models/lib/nn.yaml:80:7
%3220 = mul %3217, %3219 : f32[64] @ models/lib/nn.yaml:80:7
%3221 = broadcast %2704 : f32[64] @ models/lib/nn.yaml:80:7
%3222 = add %3220, %3221 : f32[64] @ models/lib/nn.yaml:80:7
%3223 = div %3202, %3222 : f32[64] @ models/lib/nn.yaml:80:7
%3224 = cast %3212 : f32[] @ models/lib/nn.yaml:80:7
%3225 = broadcast %3224 : f32[64] @ models/lib/nn.yaml:80:7
%3226 = mul %3223, %3225 : f32[64] @ models/lib/nn.yaml:80:7
%3227 = sub %17, %3226 : f32[64] @ models/lib/nn.yaml:80:7
%3228 = assign %17, %3227 : f32[64] @ models/lib/nn.yaml:80:7
%3229 = assign %3194, %3202 : f32[64] @ models/lib/nn.yaml:80:7
%3230 = assign %3195, %3208 : f32[64] @ models/lib/nn.yaml:80:7
%3231 = assign %3196, %3197 : i64[] @ models/lib/nn.yaml:80:7
%3232 = broadcast %2716 : f32[64] @ models/lib/nn.yaml:80:7
%3233 = mul %101, %3232 : f32[64] @ models/lib/nn.yaml:80:7
%3234 = broadcast %2720 : f32[64] @ models/lib/nn.yaml:80:7
%3235 = mul %3227, %3234 : f32[64] @ models/lib/nn.yaml:80:7
%3236 = add %3233, %3235 : f32[64] @ models/lib/nn.yaml:80:7
%3237 = assign %101, %3236 : f32[64] @ models/lib/nn.yaml:80:7
%3238 = all_reduce_sum %2526 : f32[16,64] @ models/lib/nn.yaml:79:7
%3239 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3240 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3241 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3242 = add %3241, %2669 : i64[] @ models/lib/nn.yaml:79:7
%3243 = broadcast %2674 : f32[16,64] @ models/lib/nn.yaml:79:7
%3244 = mul %18, %3243 : f32[16,64] @ models/lib/nn.yaml:79:7
%3245 = broadcast %1617 : f32[16,64] @ models/lib/nn.yaml:79:7
%3246 = mul %3238, %3245 : f32[16,64] @ models/lib/nn.yaml:79:7
%3247 = broadcast %1020 : f32[16,64] @ models/lib/nn.yaml:79:7
%3248 = mul %3239, %3247 : f32[16,64] @ models/lib/nn.yaml:79:7
%3249 = add %3248, %3246 : f32[16,64] @ models/lib/nn.yaml:79:7
%3250 = mul %3238, %3238 : f32[16,64] @ models/lib/nn.yaml:79:7
%3251 = broadcast %2684 : f32[16,64] @ models/lib/nn.yaml:79:7
%3252 = mul %3250, %3251 : f32[16,64] @ models/lib/nn.yaml:79:7
%3253 = broadcast %2688 : f32[16,64] @ models/lib/nn.yaml:79:7
%3254 = mul %3240, %3253 : f32[16,64] @ models/lib/nn.yaml:79:7
%3255 = add %3254, %3252 : f32[16,64] @ models/lib/nn.yaml:79:7
%3256 = cast %3242 : f64[] @ models/lib/nn.yaml:79:7
%3257 = pow %2679, %3256 : f64[] @ models/lib/nn.yaml:79:7
%3258 = sub %2672, %3257 : f64[] @ models/lib/nn.yaml:79:7
%3259 = div %1614, %3258 : f64[] @ models/lib/nn.yaml:79:7
%3260 = pow %2687, %3256 : f64[] @ models/lib/nn.yaml:79:7
%3261 = sub %2672, %3260 : f64[] @ models/lib/nn.yaml:79:7
%3262 = sqrt %3261 : f64[] @ models/lib/nn.yaml:79:7
%3263 = div %2672, %3262 : f64[] @ models/lib/nn.yaml:79:7
%3264 = sqrt %3255 : f32[16,64] @ models/lib/nn.yaml:79:7
%3265 = cast %3263 : f32[] @ models/lib/nn.yaml:79:7
%3266 = broadcast %3265 : f32[16,64] @ models/lib/nn.yaml:79:7
%3267 = mul %3264, %3266 : f32[16,64] @ models/lib/nn.yaml:79:7
%3268 = broadcast %2704 : f32[16,64] @ models/lib/nn.yaml:79:7
%3269 = add %3267, %3268 : f32[16,64] @ models/lib/nn.yaml:79:7
%3270 = div %3249, %3269 : f32[16,64] @ models/lib/nn.yaml:79:7
%3271 = cast %3259 : f32[] @ models/lib/nn.yaml:79:7
%3272 = broadcast %3271 : f32[16,64] @ models/lib/nn.yaml:79:7
%3273 = mul %3270, %3272 : f32[16,64] @ models/lib/nn.yaml:79:7
%3274 = sub %3244, %3273 : f32[16,64] @ models/lib/nn.yaml:79:7
%3275 = assign %18, %3274 : f32[16,64] @ models/lib/nn.yaml:79:7
%3276 = assign %3239, %3249 : f32[16,64] @ models/lib/nn.yaml:79:7
%3277 = assign %3240, %3255 : f32[16,64] @ models/lib/nn.yaml:79:7
%3278 = assign %3241, %3242 : i64[] @ models/lib/nn.yaml:79:7
%3279 = broadcast %2716 : f32[16,64] @ models/lib/nn.yaml:79:7
%3280 = mul %102, %3279 : f32[16,64] @ models/lib/nn.yaml:79:7
%3281 = broadcast %2720 : f32[16,64] @ models/lib/nn.yaml:79:7
%3282 = mul %3274, %3281 : f32[16,64] @ models/lib/nn.yaml:79:7
%3283 = add %3280, %3282 : f32[16,64] @ models/lib/nn.yaml:79:7
%3284 = assign %102, %3283 : f32[16,64] @ models/lib/nn.yaml:79:7
%3285 = all_reduce_sum %2522 : f32[16] @ models/lib/nn.yaml:80:7
%3286 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3287 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3288 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3289 = add %3288, %2669 : i64[] @ models/lib/nn.yaml:80:7
%3290 = mul %3285, %2777 : f32[16] @ models/lib/nn.yaml:80:7
%3291 = mul %3286, %2779 : f32[16] @ models/lib/nn.yaml:80:7
%3292 = add %3291, %3290 : f32[16] @ models/lib/nn.yaml:80:7
%3293 = mul %3285, %3285 : f32[16] @ models/lib/nn.yaml:80:7
%3294 = mul %3293, %2783 : f32[16] @ models/lib/nn.yaml:80:7
%3295 = mul %3287, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%3296 = add %3295, %3294 : f32[16] @ models/lib/nn.yaml:80:7
%3297 = cast %3289 : f64[] @ models/lib/nn.yaml:80:7
%3298 = pow %2679, %3297 : f64[] @ models/lib/nn.yaml:80:7
%3299 = sub %2672, %3298 : f64[] @ models/lib/nn.yaml:80:7
%3300 = div %1614, %3299 : f64[] @ models/lib/nn.yaml:80:7
%3301 = pow %2687, %3297 : f64[] @ models/lib/nn.yaml:80:7
%3302 = sub %2672, %3301 : f64[] @ models/lib/nn.yaml:80:7
%3303 = sqrt %3302 : f64[] @ models/lib/nn.yaml:80:7
%3304 = div %2672, %3303 : f64[] @ models/lib/nn.yaml:80:7
%3305 = sqrt %3296 : f32[16] @ models/lib/nn.yaml:80:7
%3306 = cast %3304 : f32[] @ models/lib/nn.yaml:80:7
%3307 = broadcast %3306 : f32[16] @ models/lib/nn.yaml:80:7
%3308 = mul %3305, %3307 : f32[16] @ models/lib/nn.yaml:80:7
%3309 = add %3308, %2800 : f32[16] @ models/lib/nn.yaml:80:7
%3310 = div %3292, %3309 : f32[16] @ models/lib/nn.yaml:80:7
%3311 = cast %3300 : f32[] @ models/lib/nn.yaml:80:7
%3312 = broadcast %3311 : f32[16] @ models/lib/nn.yaml:80:7
%3313 = mul %3310, %3312 : f32[16] @ models/lib/nn.yaml:80:7
%3314 = sub %19, %3313 : f32[16] @ models/lib/nn.yaml:80:7
%3315 = assign %19, %3314 : f32[16] @ models/lib/nn.yaml:80:7
%3316 = assign %3286, %3292 : f32[16] @ models/lib/nn.yaml:80:7
%3317 = assign %3287, %3296 : f32[16] @ models/lib/nn.yaml:80:7
%3318 = assign %3288, %3289 : i64[] @ models/lib/nn.yaml:80:7
%3319 = mul %103, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%3320 = mul %3314, %2813 : f32[16] @ models/lib/nn.yaml:80:7
%3321 = add %3319, %3320 : f32[16] @ models/lib/nn.yaml:80:7
%3322 = assign %103, %3321 : f32[16] @ models/lib/nn.yaml:80:7
%3323 = all_reduce_sum %2500 : f32[16] @ models/lib/nn.yaml:89:7
%3324 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3325 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3326 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3327 = add %3326, %2669 : i64[] @ models/lib/nn.yaml:89:7
%3328 = mul %3323, %2777 : f32[16] @ models/lib/nn.yaml:89:7
%3329 = mul %3324, %2779 : f32[16] @ models/lib/nn.yaml:89:7
%3330 = add %3329, %3328 : f32[16] @ models/lib/nn.yaml:89:7
%3331 = mul %3323, %3323 : f32[16] @ models/lib/nn.yaml:89:7
%3332 = mul %3331, %2783 : f32[16] @ models/lib/nn.yaml:89:7
%3333 = mul %3325, %2785 : f32[16] @ models/lib/nn.yaml:89:7
%3334 = add %3333, %3332 : f32[16] @ models/lib/nn.yaml:89:7
%3335 = cast %3327 : f64[] @ models/lib/nn.yaml:89:7
%3336 = pow %2679, %3335 : f64[] @ models/lib/nn.yaml:89:7
%3337 = sub %2672, %3336 : f64[] @ models/lib/nn.yaml:89:7
%3338 = div %1614, %3337 : f64[] @ models/lib/nn.yaml:89:7
%3339 = pow %2687, %3335 : f64[] @ models/lib/nn.yaml:89:7
%3340 = sub %2672, %3339 : f64[] @ models/lib/nn.yaml:89:7
%3341 = sqrt %3340 : f64[] @ models/lib/nn.yaml:89:7
%3342 = div %2672, %3341 : f64[] @ models/lib/nn.yaml:89:7
%3343 = sqrt %3334 : f32[16] @ models/lib/nn.yaml:89:7
%3344 = cast %3342 : f32[] @ models/lib/nn.yaml:89:7
%3345 = broadcast %3344 : f32[16] @ models/lib/nn.yaml:89:7
%3346 = mul %3343, %3345 : f32[16] @ models/lib/nn.yaml:89:7
%3347 = add %3346, %2800 : f32[16] @ models/lib/nn.yaml:89:7
%3348 = div %3330, %3347 : f32[16] @ models/lib/nn.yaml:89:7
%3349 = cast %3338 : f32[] @ models/lib/nn.yaml:89:7
%3350 = broadcast %3349 : f32[16] @ models/lib/nn.yaml:89:7
%3351 = mul %3348, %3350 : f32[16] @ models/lib/nn.yaml:89:7
%3352 = sub %20, %3351 : f32[16] @ models/lib/nn.yaml:89:7
%3353 = assign %20, %3352 : f32[16] @ models/lib/nn.yaml:89:7
%3354 = assign %3324, %3330 : f32[16] @ models/lib/nn.yaml:89:7
%3355 = assign %3325, %3334 : f32[16] @ models/lib/nn.yaml:89:7
%3356 = assign %3326, %3327 : i64[] @ models/lib/nn.yaml:89:7
%3357 = mul %104, %2811 : f32[16] @ models/lib/nn.yaml:89:7
%3358 = mul %3352, %2813 : f32[16] @ models/lib/nn.yaml:89:7
%3359 = add %3357, %3358 : f32[16] @ models/lib/nn.yaml:89:7
%3360 = assign %104, %3359 : f32[16] @ models/lib/nn.yaml:89:7
%3361 = all_reduce_sum %2496 : f32[16] @ models/lib/nn.yaml:90:7
%3362 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3363 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3364 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3365 = add %3364, %2669 : i64[] @ models/lib/nn.yaml:90:7
%3366 = mul %3361, %2777 : f32[16] @ models/lib/nn.yaml:90:7
%3367 = mul %3362, %2779 : f32[16] @ models/lib/nn.yaml:90:7
%3368 = add %3367, %3366 : f32[16] @ models/lib/nn.yaml:90:7
%3369 = mul %3361, %3361 : f32[16] @ models/lib/nn.yaml:90:7
%3370 = mul %3369, %2783 : f32[16] @ models/lib/nn.yaml:90:7
%3371 = mul %3363, %2785 : f32[16] @ models/lib/nn.yaml:90:7
%3372 = add %3371, %3370 : f32[16] @ models/lib/nn.yaml:90:7
%3373 = cast %3365 : f64[] @ models/lib/nn.yaml:90:7
%3374 = pow %2679, %3373 : f64[] @ models/lib/nn.yaml:90:7
%3375 = sub %2672, %3374 : f64[] @ models/lib/nn.yaml:90:7
%3376 = div %1614, %3375 : f64[] @ models/lib/nn.yaml:90:7
%3377 = pow %2687, %3373 : f64[] @ models/lib/nn.yaml:90:7
%3378 = sub %2672, %3377 : f64[] @ models/lib/nn.yaml:90:7
%3379 = sqrt %3378 : f64[] @ models/lib/nn.yaml:90:7
%3380 = div %2672, %3379 : f64[] @ models/lib/nn.yaml:90:7
%3381 = sqrt %3372 : f32[16] @ models/lib/nn.yaml:90:7
%3382 = cast %3380 : f32[] @ models/lib/nn.yaml:90:7
%3383 = broadcast %3382 : f32[16] @ models/lib/nn.yaml:90:7
%3384 = mul %3381, %3383 : f32[16] @ models/lib/nn.yaml:90:7
%3385 = add %3384, %2800 : f32[16] @ models/lib/nn.yaml:90:7
%3386 = div %3368, %3385 : f32[16] @ models/lib/nn.yaml:90:7
%3387 = cast %3376 : f32[] @ models/lib/nn.yaml:90:7
%3388 = broadcast %3387 : f32[16] @ models/lib/nn.yaml:90:7
%3389 = mul %3386, %3388 : f32[16] @ models/lib/nn.yaml:90:7
%3390 = sub %21, %3389 : f32[16] @ models/lib/nn.yaml:90:7
%3391 = assign %21, %3390 : f32[16] @ models/lib/nn.yaml:90:7
%3392 = assign %3362, %3368 : f32[16] @ models/lib/nn.yaml:90:7
%3393 = assign %3363, %3372 : f32[16] @ models/lib/nn.yaml:90:7
%3394 = assign %3364, %3365 : i64[] @ models/lib/nn.yaml:90:7
%3395 = mul %105, %2811 : f32[16] @ models/lib/nn.yaml:90:7
%3396 = mul %3390, %2813 : f32[16] @ models/lib/nn.yaml:90:7
%3397 = add %3395, %3396 : f32[16] @ models/lib/nn.yaml:90:7
%3398 = assign %105, %3397 : f32[16] @ models/lib/nn.yaml:90:7
%3399 = all_reduce_sum %2492 : f32[48,16] @ models/lib/nn.yaml:79:7
%3400 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3401 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3402 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3403 = add %3402, %2669 : i64[] @ models/lib/nn.yaml:79:7
%3404 = mul %22, %2898 : f32[48,16] @ models/lib/nn.yaml:79:7
%3405 = mul %3399, %2900 : f32[48,16] @ models/lib/nn.yaml:79:7
%3406 = mul %3400, %2902 : f32[48,16] @ models/lib/nn.yaml:79:7
%3407 = add %3406, %3405 : f32[48,16] @ models/lib/nn.yaml:79:7
%3408 = mul %3399, %3399 : f32[48,16] @ models/lib/nn.yaml:79:7
%3409 = mul %3408, %2906 : f32[48,16] @ models/lib/nn.yaml:79:7
%3410 = mul %3401, %2908 : f32[48,16] @ models/lib/nn.yaml:79:7
%3411 = add %3410, %3409 : f32[48,16] @ models/lib/nn.yaml:79:7
%3412 = cast %3403 : f64[] @ models/lib/nn.yaml:79:7
%3413 = pow %2679, %3412 : f64[] @ models/lib/nn.yaml:79:7
%3414 = sub %2672, %3413 : f64[] @ models/lib/nn.yaml:79:7
%3415 = div %1614, %3414 : f64[] @ models/lib/nn.yaml:79:7
%3416 = pow %2687, %3412 : f64[] @ models/lib/nn.yaml:79:7
%3417 = sub %2672, %3416 : f64[] @ models/lib/nn.yaml:79:7
%3418 = sqrt %3417 : f64[] @ models/lib/nn.yaml:79:7
%3419 = div %2672, %3418 : f64[] @ models/lib/nn.yaml:79:7
%3420 = sqrt %3411 : f32[48,16] @ models/lib/nn.yaml:79:7
%3421 = cast %3419 : f32[] @ models/lib/nn.yaml:79:7
%3422 = broadcast %3421 : f32[48,16] @ models/lib/nn.yaml:79:7
%3423 = mul %3420, %3422 : f32[48,16] @ models/lib/nn.yaml:79:7
%3424 = add %3423, %2923 : f32[48,16] @ models/lib/nn.yaml:79:7
%3425 = div %3407, %3424 : f32[48,16] @ models/lib/nn.yaml:79:7
%3426 = cast %3415 : f32[] @ models/lib/nn.yaml:79:7
%3427 = broadcast %3426 : f32[48,16] @ models/lib/nn.yaml:79:7
%3428 = mul %3425, %3427 : f32[48,16] @ models/lib/nn.yaml:79:7
%3429 = sub %3404, %3428 : f32[48,16] @ models/lib/nn.yaml:79:7
%3430 = assign %22, %3429 : f32[48,16] @ models/lib/nn.yaml:79:7
%3431 = assign %3400, %3407 : f32[48,16] @ models/lib/nn.yaml:79:7
%3432 = assign %3401, %3411 : f32[48,16] @ models/lib/nn.yaml:79:7
%3433 = assign %3402, %3403 : i64[] @ models/lib/nn.yaml:79:7
%3434 = mul %106, %2934 : f32[48,16] @ models/lib/nn.yaml:79:7
%3435 = mul %3429, %2936 : f32[48,16] @ models/lib/nn.yaml:79:7
%3436 = add %3434, %3435 : f32[48,16] @ models/lib/nn.yaml:79:7
%3437 = assign %106, %3436 : f32[48,16] @ models/lib/nn.yaml:79:7
%3438 = all_reduce_sum %2488 : f32[48] @ models/lib/nn.yaml:80:7
%3439 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3440 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3441 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3442 = add %3441, %2669 : i64[] @ models/lib/nn.yaml:80:7
%3443 = mul %3438, %2945 : f32[48] @ models/lib/nn.yaml:80:7
%3444 = mul %3439, %2947 : f32[48] @ models/lib/nn.yaml:80:7
%3445 = add %3444, %3443 : f32[48] @ models/lib/nn.yaml:80:7
%3446 = mul %3438, %3438 : f32[48] @ models/lib/nn.yaml:80:7
%3447 = mul %3446, %2951 : f32[48] @ models/lib/nn.yaml:80:7
%3448 = mul %3440, %2953 : f32[48] @ models/lib/nn.yaml:80:7
%3449 = add %3448, %3447 : f32[48] @ models/lib/nn.yaml:80:7
%3450 = cast %3442 : f64[] @ models/lib/nn.yaml:80:7
%3451 = pow %2679, %3450 : f64[] @ models/lib/nn.yaml:80:7
%3452 = sub %2672, %3451 : f64[] @ models/lib/nn.yaml:80:7
%3453 = div %1614, %3452 : f64[] @ models/lib/nn.yaml:80:7
%3454 = pow %2687, %3450 : f64[] @ models/lib/nn.yaml:80:7
%3455 = sub %2672, %3454 : f64[] @ models/lib/nn.yaml:80:7
%3456 = sqrt %3455 : f64[] @ models/lib/nn.yaml:80:7
%3457 = div %2672, %3456 : f64[] @ models/lib/nn.yaml:80:7
%3458 = sqrt %3449 : f32[48] @ models/lib/nn.yaml:80:7
%3459 = cast %3457 : f32[] @ models/lib/nn.yaml:80:7
%3460 = broadcast %3459 : f32[48] @ models/lib/nn.yaml:80:7
%3461 = mul %3458, %3460 : f32[48] @ models/lib/nn.yaml:80:7
%3462 = add %3461, %2968 : f32[48] @ models/lib/nn.yaml:80:7
%3463 = div %3445, %3462 : f32[48] @ models/lib/nn.yaml:80:7
%3464 = cast %3453 : f32[] @ models/lib/nn.yaml:80:7
%3465 = broadcast %3464 : f32[48] @ models/lib/nn.yaml:80:7
%3466 = mul %3463, %3465 : f32[48] @ models/lib/nn.yaml:80:7
%3467 = sub %23, %3466 : f32[48] @ models/lib/nn.yaml:80:7
%3468 = assign %23, %3467 : f32[48] @ models/lib/nn.yaml:80:7
%3469 = assign %3439, %3445 : f32[48] @ models/lib/nn.yaml:80:7
%3470 = assign %3440, %3449 : f32[48] @ models/lib/nn.yaml:80:7
%3471 = assign %3441, %3442 : i64[] @ models/lib/nn.yaml:80:7
%3472 = mul %107, %2979 : f32[48] @ models/lib/nn.yaml:80:7
%3473 = mul %3467, %2981 : f32[48] @ models/lib/nn.yaml:80:7
%3474 = add %3472, %3473 : f32[48] @ models/lib/nn.yaml:80:7
%3475 = assign %107, %3474 : f32[48] @ models/lib/nn.yaml:80:7
%3476 = all_reduce_sum %2441 : f32[16,16] @ models/lib/nn.yaml:79:7
%3477 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3478 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3479 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3480 = add %3479, %2669 : i64[] @ models/lib/nn.yaml:79:7
%3481 = mul %24, %2990 : f32[16,16] @ models/lib/nn.yaml:79:7
%3482 = mul %3476, %2992 : f32[16,16] @ models/lib/nn.yaml:79:7
%3483 = mul %3477, %2994 : f32[16,16] @ models/lib/nn.yaml:79:7
%3484 = add %3483, %3482 : f32[16,16] @ models/lib/nn.yaml:79:7
%3485 = mul %3476, %3476 : f32[16,16] @ models/lib/nn.yaml:79:7
%3486 = mul %3485, %2998 : f32[16,16] @ models/lib/nn.yaml:79:7
%3487 = mul %3478, %3000 : f32[16,16] @ models/lib/nn.yaml:79:7
%3488 = add %3487, %3486 : f32[16,16] @ models/lib/nn.yaml:79:7
%3489 = cast %3480 : f64[] @ models/lib/nn.yaml:79:7
%3490 = pow %2679, %3489 : f64[] @ models/lib/nn.yaml:79:7
%3491 = sub %2672, %3490 : f64[] @ models/lib/nn.yaml:79:7
%3492 = div %1614, %3491 : f64[] @ models/lib/nn.yaml:79:7
%3493 = pow %2687, %3489 : f64[] @ models/lib/nn.yaml:79:7
%3494 = sub %2672, %3493 : f64[] @ models/lib/nn.yaml:79:7
%3495 = sqrt %3494 : f64[] @ models/lib/nn.yaml:79:7
%3496 = div %2672, %3495 : f64[] @ models/lib/nn.yaml:79:7
%3497 = sqrt %3488 : f32[16,16] @ models/lib/nn.yaml:79:7
%3498 = cast %3496 : f32[] @ models/lib/nn.yaml:79:7
%3499 = broadcast %3498 : f32[16,16] @ models/lib/nn.yaml:79:7
%3500 = mul %3497, %3499 : f32[16,16] @ models/lib/nn.yaml:79:7
%3501 = add %3500, %3015 : f32[16,16] @ models/lib/nn.yaml:79:7
%3502 = div %3484, %3501 : f32[16,16] @ models/lib/nn.yaml:79:7
%3503 = cast %3492 : f32[] @ models/lib/nn.yaml:79:7
%3504 = broadcast %3503 : f32[16,16] @ models/lib/nn.yaml:79:7
%3505 = mul %3502, %3504 : f32[16,16] @ models/lib/nn.yaml:79:7
%3506 = sub %3481, %3505 : f32[16,16] @ models/lib/nn.yaml:79:7
%3507 = assign %24, %3506 : f32[16,16] @ models/lib/nn.yaml:79:7
%3508 = assign %3477, %3484 : f32[16,16] @ models/lib/nn.yaml:79:7
%3509 = assign %3478, %3488 : f32[16,16] @ models/lib/nn.yaml:79:7
%3510 = assign %3479, %3480 : i64[] @ models/lib/nn.yaml:79:7
%3511 = mul %108, %3026 : f32[16,16] @ models/lib/nn.yaml:79:7
%3512 = mul %3506, %3028 : f32[16,16] @ models/lib/nn.yaml:79:7
%3513 = add %3511, %3512 : f32[16,16] @ models/lib/nn.yaml:79:7
%3514 = assign %108, %3513 : f32[16,16] @ models/lib/nn.yaml:79:7
%3515 = all_reduce_sum %2437 : f32[16] @ models/lib/nn.yaml:80:7
%3516 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3517 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3518 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3519 = add %3518, %2669 : i64[] @ models/lib/nn.yaml:80:7
%3520 = mul %3515, %2777 : f32[16] @ models/lib/nn.yaml:80:7
%3521 = mul %3516, %2779 : f32[16] @ models/lib/nn.yaml:80:7
%3522 = add %3521, %3520 : f32[16] @ models/lib/nn.yaml:80:7
%3523 = mul %3515, %3515 : f32[16] @ models/lib/nn.yaml:80:7
%3524 = mul %3523, %2783 : f32[16] @ models/lib/nn.yaml:80:7
%3525 = mul %3517, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%3526 = add %3525, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%3527 = cast %3519 : f64[] @ models/lib/nn.yaml:80:7
%3528 = pow %2679, %3527 : f64[] @ models/lib/nn.yaml:80:7
%3529 = sub %2672, %3528 : f64[] @ models/lib/nn.yaml:80:7
%3530 = div %1614, %3529 : f64[] @ models/lib/nn.yaml:80:7
%3531 = pow %2687, %3527 : f64[] @ models/lib/nn.yaml:80:7
%3532 = sub %2672, %3531 : f64[] @ models/lib/nn.yaml:80:7
%3533 = sqrt %3532 : f64[] @ models/lib/nn.yaml:80:7
%3534 = div %2672, %3533 : f64[] @ models/lib/nn.yaml:80:7
%3535 = sqrt %3526 : f32[16] @ models/lib/nn.yaml:80:7
%3536 = cast %3534 : f32[] @ models/lib/nn.yaml:80:7
%3537 = broadcast %3536 : f32[16] @ models/lib/nn.yaml:80:7
%3538 = mul %3535, %3537 : f32[16] @ models/lib/nn.yaml:80:7
%3539 = add %3538, %2800 : f32[16] @ models/lib/nn.yaml:80:7
%3540 = div %3522, %3539 : f32[16] @ models/lib/nn.yaml:80:7
%3541 = cast %3530 : f32[] @ models/lib/nn.yaml:80:7
%3542 = broadcast %3541 : f32[16] @ models/lib/nn.yaml:80:7
%3543 = mul %3540, %3542 : f32[16] @ models/lib/nn.yaml:80:7
%3544 = sub %25, %3543 : f32[16] @ models/lib/nn.yaml:80:7
%3545 = assign %25, %3544 : f32[16] @ models/lib/nn.yaml:80:7
%3546 = assign %3516, %3522 : f32[16] @ models/lib/nn.yaml:80:7
%3547 = assign %3517, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%3548 = assign %3518, %3519 : i64[] @ models/lib/nn.yaml:80:7
%3549 = mul %109, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%3550 = mul %3544, %2813 : f32[16] @ models/lib/nn.yaml:80:7
%3551 = add %3549, %3550 : f32[16] @ models/lib/nn.yaml:80:7
%3552 = assign %109, %3551 : f32[16] @ models/lib/nn.yaml:80:7
%3553 = all_reduce_sum %2412 : f32[16] @ models/lib/nn.yaml:89:7
%3554 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3555 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3556 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3557 = add %3556, %2669 : i64[] @ models/lib/nn.yaml:89:7
%3558 = mul %3553, %2777 : f32[16] @ models/lib/nn.yaml:89:7
%3559 = mul %3554, %2779 : f32[16] @ models/lib/nn.yaml:89:7
%3560 = add %3559, %3558 : f32[16] @ models/lib/nn.yaml:89:7
%3561 = mul %3553, %3553 : f32[16] @ models/lib/nn.yaml:89:7
%3562 = mul %3561, %2783 : f32[16] @ models/lib/nn.yaml:89:7
%3563 = mul %3555, %2785 : f32[16] @ models/lib/nn.yaml:89:7
%3564 = add %3563, %3562 : f32[16] @ models/lib/nn.yaml:89:7
%3565 = cast %3557 : f64[] @ models/lib/nn.yaml:89:7
%3566 = pow %2679, %3565 : f64[] @ models/lib/nn.yaml:89:7
%3567 = sub %2672, %3566 : f64[] @ models/lib/nn.yaml:89:7
%3568 = div %1614, %3567 : f64[] @ models/lib/nn.yaml:89:7
%3569 = pow %2687, %3565 : f64[] @ models/lib/nn.yaml:89:7
%3570 = sub %2672, %3569 : f64[] @ models/lib/nn.yaml:89:7
%3571 = sqrt %3570 : f64[] @ models/lib/nn.yaml:89:7
%3572 = div %2672, %3571 : f64[] @ models/lib/nn.yaml:89:7
%3573 = sqrt %3564 : f32[16] @ models/lib/nn.yaml:89:7
%3574 = cast %3572 : f32[] @ models/lib/nn.yaml:89:7
%3575 = broadcast %3574 : f32[16] @ models/lib/nn.yaml:89:7
%3576 = mul %3573, %3575 : f32[16] @ models/lib/nn.yaml:89:7
%3577 = add %3576, %2800 : f32[16] @ models/lib/nn.yaml:89:7
%3578 = div %3560, %3577 : f32[16] @ models/lib/nn.yaml:89:7
%3579 = cast %3568 : f32[] @ models/lib/nn.yaml:89:7
%3580 = broadcast %3579 : f32[16] @ models/lib/nn.yaml:89:7
%3581 = mul %3578, %3580 : f32[16] @ models/lib/nn.yaml:89:7
%3582 = sub %26, %3581 : f32[16] @ models/lib/nn.yaml:89:7
%3583 = assign %26, %3582 : f32[16] @ models/lib/nn.yaml:89:7
%3584 = assign %3554, %3560 : f32[16] @ models/lib/nn.yaml:89:7
%3585 = assign %3555, %3564 : f32[16] @ models/lib/nn.yaml:89:7
%3586 = assign %3556, %3557 : i64[] @ models/lib/nn.yaml:89:7
%3587 = mul %110, %2811 : f32[16] @ models/lib/nn.yaml:89:7
%3588 = mul %3582, %2813 : f32[16] @ models/lib/nn.yaml:89:7
%3589 = add %3587, %3588 : f32[16] @ models/lib/nn.yaml:89:7
%3590 = assign %110, %3589 : f32[16] @ models/lib/nn.yaml:89:7
%3591 = all_reduce_sum %2408 : f32[16] @ models/lib/nn.yaml:90:7
%3592 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3593 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3594 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3595 = add %3594, %2669 : i64[] @ models/lib/nn.yaml:90:7
%3596 = mul %3591, %2777 : f32[16] @ models/lib/nn.yaml:90:7
%3597 = mul %3592, %2779 : f32[16] @ models/lib/nn.yaml:90:7
%3598 = add %3597, %3596 : f32[16] @ models/lib/nn.yaml:90:7
%3599 = mul %3591, %3591 : f32[16] @ models/lib/nn.yaml:90:7
%3600 = mul %3599, %2783 : f32[16] @ models/lib/nn.yaml:90:7
%3601 = mul %3593, %2785 : f32[16] @ models/lib/nn.yaml:90:7
%3602 = add %3601, %3600 : f32[16] @ models/lib/nn.yaml:90:7
%3603 = cast %3595 : f64[] @ models/lib/nn.yaml:90:7
%3604 = pow %2679, %3603 : f64[] @ models/lib/nn.yaml:90:7
%3605 = sub %2672, %3604 : f64[] @ models/lib/nn.yaml:90:7
%3606 = div %1614, %3605 : f64[] @ models/lib/nn.yaml:90:7
%3607 = pow %2687, %3603 : f64[] @ models/lib/nn.yaml:90:7
%3608 = sub %2672, %3607 : f64[] @ models/lib/nn.yaml:90:7
%3609 = sqrt %3608 : f64[] @ models/lib/nn.yaml:90:7
%3610 = div %2672, %3609 : f64[] @ models/lib/nn.yaml:90:7
%3611 = sqrt %3602 : f32[16] @ models/lib/nn.yaml:90:7
%3612 = cast %3610 : f32[] @ models/lib/nn.yaml:90:7
%3613 = broadcast %3612 : f32[16] @ models/lib/nn.yaml:90:7
%3614 = mul %3611, %3613 : f32[16] @ models/lib/nn.yaml:90:7
%3615 = add %3614, %2800 : f32[16] @ models/lib/nn.yaml:90:7
%3616 = div %3598, %3615 : f32[16] @ models/lib/nn.yaml:90:7
%3617 = cast %3606 : f32[] @ models/lib/nn.yaml:90:7
%3618 = broadcast %3617 : f32[16] @ models/lib/nn.yaml:90:7
%3619 = mul %3616, %3618 : f32[16] @ models/lib/nn.yaml:90:7
%3620 = sub %27, %3619 : f32[16] @ models/lib/nn.yaml:90:7
%3621 = assign %27, %3620 : f32[16] @ models/lib/nn.yaml:90:7
%3622 = assign %3592, %3598 : f32[16] @ models/lib/nn.yaml:90:7
%3623 = assign %3593, %3602 : f32[16] @ models/lib/nn.yaml:90:7
%3624 = assign %3594, %3595 : i64[] @ models/lib/nn.yaml:90:7
%3625 = mul %111, %2811 : f32[16] @ models/lib/nn.yaml:90:7
%3626 = mul %3620, %2813 : f32[16] @ models/lib/nn.yaml:90:7
%3627 = add %3625, %3626 : f32[16] @ models/lib/nn.yaml:90:7
%3628 = assign %111, %3627 : f32[16] @ models/lib/nn.yaml:90:7
%3629 = all_reduce_sum %2404 : f32[64,16] @ models/lib/nn.yaml:79:7
%3630 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3631 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3632 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3633 = add %3632, %2669 : i64[] @ models/lib/nn.yaml:79:7
%3634 = mul %28, %3151 : f32[64,16] @ models/lib/nn.yaml:79:7
%3635 = mul %3629, %3153 : f32[64,16] @ models/lib/nn.yaml:79:7
%3636 = mul %3630, %3155 : f32[64,16] @ models/lib/nn.yaml:79:7
%3637 = add %3636, %3635 : f32[64,16] @ models/lib/nn.yaml:79:7
%3638 = mul %3629, %3629 : f32[64,16] @ models/lib/nn.yaml:79:7
%3639 = mul %3638, %3159 : f32[64,16] @ models/lib/nn.yaml:79:7
%3640 = mul %3631, %3161 : f32[64,16] @ models/lib/nn.yaml:79:7
%3641 = add %3640, %3639 : f32[64,16] @ models/lib/nn.yaml:79:7
%3642 = cast %3633 : f64[] @ models/lib/nn.yaml:79:7
%3643 = pow %2679, %3642 : f64[] @ models/lib/nn.yaml:79:7
%3644 = sub %2672, %3643 : f64[] @ models/lib/nn.yaml:79:7
%3645 = div %1614, %3644 : f64[] @ models/lib/nn.yaml:79:7
%3646 = pow %2687, %3642 : f64[] @ models/lib/nn.yaml:79:7
%3647 = sub %2672, %3646 : f64[] @ models/lib/nn.yaml:79:7
%3648 = sqrt %3647 : f64[] @ models/lib/nn.yaml:79:7
%3649 = div %2672, %3648 : f64[] @ models/lib/nn.yaml:79:7
%3650 = sqrt %3641 : f32[64,16] @ models/lib/nn.yaml:79:7
%3651 = cast %3649 : f32[] @ models/lib/nn.yaml:79:7
%3652 = broadcast %3651 : f32[64,16] @ models/lib/nn.yaml:79:7
%3653 = mul %3650, %3652 : f32[64,16] @ models/lib/nn.yaml:79:7
%3654 = add %3653, %3176 : f32[64,16] @ models/lib/nn.yaml:79:7
%3655 = div %3637, %3654 : f32[64,16] @ models/lib/nn.yaml:79:7
%3656 = cast %3645 : f32[] @ models/lib/nn.yaml:79:7
%3657 = broadcast %3656 : f32[64,16] @ models/lib/nn.yaml:79:7
%3658 = mul %3655, %3657 : f32[64,16] @ models/lib/nn.yaml:79:7
%3659 = sub %3634, %3658 : f32[64,16] @ models/lib/nn.yaml:79:7
%3660 = assign %28, %3659 : f32[64,16] @ models/lib/nn.yaml:79:7
%3661 = assign %3630, %3637 : f32[64,16] @ models/lib/nn.yaml:79:7
%3662 = assign %3631, %3641 : f32[64,16] @ models/lib/nn.yaml:79:7
%3663 = assign %3632, %3633 : i64[] @ models/lib/nn.yaml:79:7
%3664 = mul %112, %3187 : f32[64,16] @ models/lib/nn.yaml:79:7
%3665 = mul %3659, %3189 : f32[64,16] @ models/lib/nn.yaml:79:7
%3666 = add %3664, %3665 : f32[64,16] @ models/lib/nn.yaml:79:7
%3667 = assign %112, %3666 : f32[64,16] @ models/lib/nn.yaml:79:7
%3668 = all_reduce_sum %2400 : f32[64] @ models/lib/nn.yaml:80:7
%3669 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3670 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3671 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3672 = add %3671, %2669 : i64[] @ models/lib/nn.yaml:80:7
%3673 = mul %3668, %3198 : f32[64] @ models/lib/nn.yaml:80:7
%3674 = mul %3669, %3200 : f32[64] @ models/lib/nn.yaml:80:7
%3675 = add %3674, %3673 : f32[64] @ models/lib/nn.yaml:80:7
%3676 = mul %3668, %3668 : f32[64] @ models/lib/nn.yaml:80:7
%3677 = mul %3676, %3204 : f32[64] @ models/lib/nn.yaml:80:7
%3678 = mul %3670, %3206 : f32[64] @ models/lib/nn.yaml:80:7
%3679 = add %3678, %3677 : f32[64] @ models/lib/nn.yaml:80:7
%3680 = cast %3672 : f64[] @ models/lib/nn.yaml:80:7
%3681 = pow %2679, %3680 : f64[] @ models/lib/nn.yaml:80:7
%3682 = sub %2672, %3681 : f64[] @ models/lib/nn.yaml:80:7
%3683 = div %1614, %3682 : f64[] @ models/lib/nn.yaml:80:7
%3684 = pow %2687, %3680 : f64[] @ models/lib/nn.yaml:80:7
%3685 = sub %2672, %3684 : f64[] @ models/lib/nn.yaml:80:7
%3686 = sqrt %3685 : f64[] @ models/lib/nn.yaml:80:7
%3687 = div %2672, %3686 : f64[] @ models/lib/nn.yaml:80:7
%3688 = sqrt %3679 : f32[64] @ models/lib/nn.yaml:80:7
%3689 = cast %3687 : f32[] @ models/lib/nn.yaml:80:7
%3690 = broadcast %3689 : f32[64] @ models/lib/nn.yaml:80:7
%3691 = mul %3688, %3690 : f32[64] @ models/lib/nn.yaml:80:7
%3692 = add %3691, %3221 : f32[64] @ models/lib/nn.yaml:80:7
%3693 = div %3675, %3692 : f32[64] @ models/lib/nn.yaml:80:7
%3694 = cast %3683 : f32[] @ models/lib/nn.yaml:80:7
%3695 = broadcast %3694 : f32[64] @ models/lib/nn.yaml:80:7
%3696 = mul %3693, %3695 : f32[64] @ models/lib/nn.yaml:80:7
%3697 = sub %29, %3696 : f32[64] @ models/lib/nn.yaml:80:7
%3698 = assign %29, %3697 : f32[64] @ models/lib/nn.yaml:80:7
%3699 = assign %3669, %3675 : f32[64] @ models/lib/nn.yaml:80:7
%3700 = assign %3670, %3679 : f32[64] @ models/lib/nn.yaml:80:7
%3701 = assign %3671, %3672 : i64[] @ models/lib/nn.yaml:80:7
%3702 = mul %113, %3232 : f32[64] @ models/lib/nn.yaml:80:7
%3703 = mul %3697, %3234 : f32[64] @ models/lib/nn.yaml:80:7
%3704 = add %3702, %3703 : f32[64] @ models/lib/nn.yaml:80:7
%3705 = assign %113, %3704 : f32[64] @ models/lib/nn.yaml:80:7
%3706 = all_reduce_sum %2385 : f32[16,64] @ models/lib/nn.yaml:79:7
%3707 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3708 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3709 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3710 = add %3709, %2669 : i64[] @ models/lib/nn.yaml:79:7
%3711 = mul %30, %3243 : f32[16,64] @ models/lib/nn.yaml:79:7
%3712 = mul %3706, %3245 : f32[16,64] @ models/lib/nn.yaml:79:7
%3713 = mul %3707, %3247 : f32[16,64] @ models/lib/nn.yaml:79:7
%3714 = add %3713, %3712 : f32[16,64] @ models/lib/nn.yaml:79:7
%3715 = mul %3706, %3706 : f32[16,64] @ models/lib/nn.yaml:79:7
%3716 = mul %3715, %3251 : f32[16,64] @ models/lib/nn.yaml:79:7
%3717 = mul %3708, %3253 : f32[16,64] @ models/lib/nn.yaml:79:7
%3718 = add %3717, %3716 : f32[16,64] @ models/lib/nn.yaml:79:7
%3719 = cast %3710 : f64[] @ models/lib/nn.yaml:79:7
%3720 = pow %2679, %3719 : f64[] @ models/lib/nn.yaml:79:7
%3721 = sub %2672, %3720 : f64[] @ models/lib/nn.yaml:79:7
%3722 = div %1614, %3721 : f64[] @ models/lib/nn.yaml:79:7
%3723 = pow %2687, %3719 : f64[] @ models/lib/nn.yaml:79:7
%3724 = sub %2672, %3723 : f64[] @ models/lib/nn.yaml:79:7
%3725 = sqrt %3724 : f64[] @ models/lib/nn.yaml:79:7
%3726 = div %2672, %3725 : f64[] @ models/lib/nn.yaml:79:7
%3727 = sqrt %3718 : f32[16,64] @ models/lib/nn.yaml:79:7
%3728 = cast %3726 : f32[] @ models/lib/nn.yaml:79:7
%3729 = broadcast %3728 : f32[16,64] @ models/lib/nn.yaml:79:7
%3730 = mul %3727, %3729 : f32[16,64] @ models/lib/nn.yaml:79:7
%3731 = add %3730, %3268 : f32[16,64] @ models/lib/nn.yaml:79:7
%3732 = div %3714, %3731 : f32[16,64] @ models/lib/nn.yaml:79:7
%3733 = cast %3722 : f32[] @ models/lib/nn.yaml:79:7
%3734 = broadcast %3733 : f32[16,64] @ models/lib/nn.yaml:79:7
%3735 = mul %3732, %3734 : f32[16,64] @ models/lib/nn.yaml:79:7
%3736 = sub %3711, %3735 : f32[16,64] @ models/lib/nn.yaml:79:7
%3737 = assign %30, %3736 : f32[16,64] @ models/lib/nn.yaml:79:7
%3738 = assign %3707, %3714 : f32[16,64] @ models/lib/nn.yaml:79:7
%3739 = assign %3708, %3718 : f32[16,64] @ models/lib/nn.yaml:79:7
%3740 = assign %3709, %3710 : i64[] @ models/lib/nn.yaml:79:7
%3741 = mul %114, %3279 : f32[16,64] @ models/lib/nn.yaml:79:7
%3742 = mul %3736, %3281 : f32[16,64] @ models/lib/nn.yaml:79:7
%3743 = add %3741, %3742 : f32[16,64] @ models/lib/nn.yaml:79:7
%3744 = assign %114, %3743 : f32[16,64] @ models/lib/nn.yaml:79:7
%3745 = all_reduce_sum %2381 : f32[16] @ models/lib/nn.yaml:80:7
%3746 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3747 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3748 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3749 = add %3748, %2669 : i64[] @ models/lib/nn.yaml:80:7
%3750 = mul %3745, %2777 : f32[16] @ models/lib/nn.yaml:80:7
%3751 = mul %3746, %2779 : f32[16] @ models/lib/nn.yaml:80:7
%3752 = add %3751, %3750 : f32[16] @ models/lib/nn.yaml:80:7
%3753 = mul %3745, %3745 : f32[16] @ models/lib/nn.yaml:80:7
%3754 = mul %3753, %2783 : f32[16] @ models/lib/nn.yaml:80:7
%3755 = mul %3747, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%3756 = add %3755, %3754 : f32[16] @ models/lib/nn.yaml:80:7
%3757 = cast %3749 : f64[] @ models/lib/nn.yaml:80:7
%3758 = pow %2679, %3757 : f64[] @ models/lib/nn.yaml:80:7
%3759 = sub %2672, %3758 : f64[] @ models/lib/nn.yaml:80:7
%3760 = div %1614, %3759 : f64[] @ models/lib/nn.yaml:80:7
%3761 = pow %2687, %3757 : f64[] @ models/lib/nn.yaml:80:7
%3762 = sub %2672, %3761 : f64[] @ models/lib/nn.yaml:80:7
%3763 = sqrt %3762 : f64[] @ models/lib/nn.yaml:80:7
%3764 = div %2672, %3763 : f64[] @ models/lib/nn.yaml:80:7
%3765 = sqrt %3756 : f32[16] @ models/lib/nn.yaml:80:7
%3766 = cast %3764 : f32[] @ models/lib/nn.yaml:80:7
%3767 = broadcast %3766 : f32[16] @ models/lib/nn.yaml:80:7
%3768 = mul %3765, %3767 : f32[16] @ models/lib/nn.yaml:80:7
%3769 = add %3768, %2800 : f32[16] @ models/lib/nn.yaml:80:7
%3770 = div %3752, %3769 : f32[16] @ models/lib/nn.yaml:80:7
%3771 = cast %3760 : f32[] @ models/lib/nn.yaml:80:7
%3772 = broadcast %3771 : f32[16] @ models/lib/nn.yaml:80:7
%3773 = mul %3770, %3772 : f32[16] @ models/lib/nn.yaml:80:7
%3774 = sub %31, %3773 : f32[16] @ models/lib/nn.yaml:80:7
%3775 = assign %31, %3774 : f32[16] @ models/lib/nn.yaml:80:7
%3776 = assign %3746, %3752 : f32[16] @ models/lib/nn.yaml:80:7
%3777 = assign %3747, %3756 : f32[16] @ models/lib/nn.yaml:80:7
%3778 = assign %3748, %3749 : i64[] @ models/lib/nn.yaml:80:7
%3779 = mul %115, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%3780 = mul %3774, %2813 : f32[16] @ models/lib/nn.yaml:80:7
%3781 = add %3779, %3780 : f32[16] @ models/lib/nn.yaml:80:7
%3782 = assign %115, %3781 : f32[16] @ models/lib/nn.yaml:80:7
%3783 = all_reduce_sum %2375 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3784 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3785 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3786 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%3787 = add %3786, %2669 : i64[] @ models/lib/vit.yaml:103:7
%3788 = broadcast %2674 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3789 = mul %32, %3788 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3790 = broadcast %1617 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3791 = mul %3783, %3790 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3792 = broadcast %1020 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3793 = mul %3784, %3792 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3794 = add %3793, %3791 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3795 = mul %3783, %3783 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3796 = broadcast %2684 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3797 = mul %3795, %3796 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3798 = broadcast %2688 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3799 = mul %3785, %3798 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3800 = add %3799, %3797 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3801 = cast %3787 : f64[] @ models/lib/vit.yaml:103:7
%3802 = pow %2679, %3801 : f64[] @ models/lib/vit.yaml:103:7
%3803 = sub %2672, %3802 : f64[] @ models/lib/vit.yaml:103:7
%3804 = div %1614, %3803 : f64[] @ models/lib/vit.yaml:103:7
%3805 = pow %2687, %3801 : f64[] @ models/lib/vit.yaml:103:7
%3806 = sub %2672, %3805 : f64[] @ models/lib/vit.yaml:103:7
%3807 = sqrt %3806 : f64[] @ models/lib/vit.yaml:103:7
%3808 = div %2672, %3807 : f64[] @ models/lib/vit.yaml:103:7
%3809 = sqrt %3800 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3810 = cast %3808 : f32[] @ models/lib/vit.yaml:103:7
%3811 = broadcast %3810 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3812 = mul %3809, %3811 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3813 = broadcast %2704 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3814 = add %3812, %3813 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3815 = div %3794, %3814 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3816 = cast %3804 : f32[] @ models/lib/vit.yaml:103:7
%3817 = broadcast %3816 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3818 = mul %3815, %3817 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3819 = sub %3789, %3818 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3820 = assign %32, %3819 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3821 = assign %3784, %3794 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3822 = assign %3785, %3800 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3823 = assign %3786, %3787 : i64[] @ models/lib/vit.yaml:103:7
%3824 = broadcast %2716 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3825 = mul %116, %3824 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3826 = broadcast %2720 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3827 = mul %3819, %3826 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3828 = add %3825, %3827 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3829 = assign %116, %3828 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3830 = all_reduce_sum %2353 : f32[16] @ models/lib/nn.yaml:89:7
%3831 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3832 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3833 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3834 = add %3833, %2669 : i64[] @ models/lib/nn.yaml:89:7
%3835 = mul %3830, %2777 : f32[16] @ models/lib/nn.yaml:89:7
%3836 = mul %3831, %2779 : f32[16] @ models/lib/nn.yaml:89:7
%3837 = add %3836, %3835 : f32[16] @ models/lib/nn.yaml:89:7
%3838 = mul %3830, %3830 : f32[16] @ models/lib/nn.yaml:89:7
%3839 = mul %3838, %2783 : f32[16] @ models/lib/nn.yaml:89:7
%3840 = mul %3832, %2785 : f32[16] @ models/lib/nn.yaml:89:7
%3841 = add %3840, %3839 : f32[16] @ models/lib/nn.yaml:89:7
%3842 = cast %3834 : f64[] @ models/lib/nn.yaml:89:7
%3843 = pow %2679, %3842 : f64[] @ models/lib/nn.yaml:89:7
%3844 = sub %2672, %3843 : f64[] @ models/lib/nn.yaml:89:7
%3845 = div %1614, %3844 : f64[] @ models/lib/nn.yaml:89:7
%3846 = pow %2687, %3842 : f64[] @ models/lib/nn.yaml:89:7
%3847 = sub %2672, %3846 : f64[] @ models/lib/nn.yaml:89:7
%3848 = sqrt %3847 : f64[] @ models/lib/nn.yaml:89:7
%3849 = div %2672, %3848 : f64[] @ models/lib/nn.yaml:89:7
%3850 = sqrt %3841 : f32[16] @ models/lib/nn.yaml:89:7
%3851 = cast %3849 : f32[] @ models/lib/nn.yaml:89:7
%3852 = broadcast %3851 : f32[16] @ models/lib/nn.yaml:89:7
%3853 = mul %3850, %3852 : f32[16] @ models/lib/nn.yaml:89:7
%3854 = add %3853, %2800 : f32[16] @ models/lib/nn.yaml:89:7
%3855 = div %3837, %3854 : f32[16] @ models/lib/nn.yaml:89:7
%3856 = cast %3845 : f32[] @ models/lib/nn.yaml:89:7
%3857 = broadcast %3856 : f32[16] @ models/lib/nn.yaml:89:7
%3858 = mul %3855, %3857 : f32[16] @ models/lib/nn.yaml:89:7
%3859 = sub %33, %3858 : f32[16] @ models/lib/nn.yaml:89:7
%3860 = assign %33, %3859 : f32[16] @ models/lib/nn.yaml:89:7
%3861 = assign %3831, %3837 : f32[16] @ models/lib/nn.yaml:89:7
%3862 = assign %3832, %3841 : f32[16] @ models/lib/nn.yaml:89:7
%3863 = assign %3833, %3834 : i64[] @ models/lib/nn.yaml:89:7
%3864 = mul %117, %2811 : f32[16] @ models/lib/nn.yaml:89:7
%3865 = mul %3859, %2813 : f32[16] @ models/lib/nn.yaml:89:7
%3866 = add %3864, %3865 : f32[16] @ models/lib/nn.yaml:89:7
%3867 = assign %117, %3866 : f32[16] @ models/lib/nn.yaml:89:7
%3868 = all_reduce_sum %2349 : f32[16] @ models/lib/nn.yaml:90:7
%3869 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3870 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3871 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3872 = add %3871, %2669 : i64[] @ models/lib/nn.yaml:90:7
%3873 = mul %3868, %2777 : f32[16] @ models/lib/nn.yaml:90:7
%3874 = mul %3869, %2779 : f32[16] @ models/lib/nn.yaml:90:7
%3875 = add %3874, %3873 : f32[16] @ models/lib/nn.yaml:90:7
%3876 = mul %3868, %3868 : f32[16] @ models/lib/nn.yaml:90:7
%3877 = mul %3876, %2783 : f32[16] @ models/lib/nn.yaml:90:7
%3878 = mul %3870, %2785 : f32[16] @ models/lib/nn.yaml:90:7
%3879 = add %3878, %3877 : f32[16] @ models/lib/nn.yaml:90:7
%3880 = cast %3872 : f64[] @ models/lib/nn.yaml:90:7
%3881 = pow %2679, %3880 : f64[] @ models/lib/nn.yaml:90:7
%3882 = sub %2672, %3881 : f64[] @ models/lib/nn.yaml:90:7
%3883 = div %1614, %3882 : f64[] @ models/lib/nn.yaml:90:7
%3884 = pow %2687, %3880 : f64[] @ models/lib/nn.yaml:90:7
%3885 = sub %2672, %3884 : f64[] @ models/lib/nn.yaml:90:7
%3886 = sqrt %3885 : f64[] @ models/lib/nn.yaml:90:7
%3887 = div %2672, %3886 : f64[] @ models/lib/nn.yaml:90:7
%3888 = sqrt %3879 : f32[16] @ models/lib/nn.yaml:90:7
%3889 = cast %3887 : f32[] @ models/lib/nn.yaml:90:7
%3890 = broadcast %3889 : f32[16] @ models/lib/nn.yaml:90:7
%3891 = mul %3888, %3890 : f32[16] @ models/lib/nn.yaml:90:7
%3892 = add %3891, %2800 : f32[16] @ models/lib/nn.yaml:90:7
%3893 = div %3875, %3892 : f32[16] @ models/lib/nn.yaml:90:7
%3894 = cast %3883 : f32[] @ models/lib/nn.yaml:90:7
%3895 = broadcast %3894 : f32[16] @ models/lib/nn.yaml:90:7
%3896 = mul %3893, %3895 : f32[16] @ models/lib/nn.yaml:90:7
%3897 = sub %34, %3896 : f32[16] @ models/lib/nn.yaml:90:7
%3898 = assign %34, %3897 : f32[16] @ models/lib/nn.yaml:90:7
%3899 = assign %3869, %3875 : f32[16] @ models/lib/nn.yaml:90:7
%3900 = assign %3870, %3879 : f32[16] @ models/lib/nn.yaml:90:7
%3901 = assign %3871, %3872 : i64[] @ models/lib/nn.yaml:90:7
%3902 = mul %118, %2811 : f32[16] @ models/lib/nn.yaml:90:7
%3903 = mul %3897, %2813 : f32[16] @ models/lib/nn.yaml:90:7
%3904 = add %3902, %3903 : f32[16] @ models/lib/nn.yaml:90:7
%3905 = assign %118, %3904 : f32[16] @ models/lib/nn.yaml:90:7
%3906 = all_reduce_sum %2343 : f32[16,16] @ models/lib/nn.yaml:79:7
%3907 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3908 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3909 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3910 = add %3909, %2669 : i64[] @ models/lib/nn.yaml:79:7
%3911 = mul %35, %2990 : f32[16,16] @ models/lib/nn.yaml:79:7
%3912 = mul %3906, %2992 : f32[16,16] @ models/lib/nn.yaml:79:7
%3913 = mul %3907, %2994 : f32[16,16] @ models/lib/nn.yaml:79:7
%3914 = add %3913, %3912 : f32[16,16] @ models/lib/nn.yaml:79:7
%3915 = mul %3906, %3906 : f32[16,16] @ models/lib/nn.yaml:79:7
%3916 = mul %3915, %2998 : f32[16,16] @ models/lib/nn.yaml:79:7
%3917 = mul %3908, %3000 : f32[16,16] @ models/lib/nn.yaml:79:7
%3918 = add %3917, %3916 : f32[16,16] @ models/lib/nn.yaml:79:7
%3919 = cast %3910 : f64[] @ models/lib/nn.yaml:79:7
%3920 = pow %2679, %3919 : f64[] @ models/lib/nn.yaml:79:7
%3921 = sub %2672, %3920 : f64[] @ models/lib/nn.yaml:79:7
%3922 = div %1614, %3921 : f64[] @ models/lib/nn.yaml:79:7
%3923 = pow %2687, %3919 : f64[] @ models/lib/nn.yaml:79:7
%3924 = sub %2672, %3923 : f64[] @ models/lib/nn.yaml:79:7
%3925 = sqrt %3924 : f64[] @ models/lib/nn.yaml:79:7
%3926 = div %2672, %3925 : f64[] @ models/lib/nn.yaml:79:7
%3927 = sqrt %3918 : f32[16,16] @ models/lib/nn.yaml:79:7
%3928 = cast %3926 : f32[] @ models/lib/nn.yaml:79:7
%3929 = broadcast %3928 : f32[16,16] @ models/lib/nn.yaml:79:7
%3930 = mul %3927, %3929 : f32[16,16] @ models/lib/nn.yaml:79:7
%3931 = add %3930, %3015 : f32[16,16] @ models/lib/nn.yaml:79:7
%3932 = div %3914, %3931 : f32[16,16] @ models/lib/nn.yaml:79:7
%3933 = cast %3922 : f32[] @ models/lib/nn.yaml:79:7
%3934 = broadcast %3933 : f32[16,16] @ models/lib/nn.yaml:79:7
%3935 = mul %3932, %3934 : f32[16,16] @ models/lib/nn.yaml:79:7
%3936 = sub %3911, %3935 : f32[16,16] @ models/lib/nn.yaml:79:7
%3937 = assign %35, %3936 : f32[16,16] @ models/lib/nn.yaml:79:7
%3938 = assign %3907, %3914 : f32[16,16] @ models/lib/nn.yaml:79:7
%3939 = assign %3908, %3918 : f32[16,16] @ models/lib/nn.yaml:79:7
%3940 = assign %3909, %3910 : i64[] @ models/lib/nn.yaml:79:7
%3941 = mul %119, %3026 : f32[16,16] @ models/lib/nn.yaml:79:7
%3942 = mul %3936, %3028 : f32[16,16] @ models/lib/nn.yaml:79:7
%3943 = add %3941, %3942 : f32[16,16] @ models/lib/nn.yaml:79:7
%3944 = assign %119, %3943 : f32[16,16] @ models/lib/nn.yaml:79:7
%3945 = all_reduce_sum %2339 : f32[16] @ models/lib/nn.yaml:80:7
%3946 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3947 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3948 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3949 = add %3948, %2669 : i64[] @ models/lib/nn.yaml:80:7
%3950 = mul %3945, %2777 : f32[16] @ models/lib/nn.yaml:80:7
%3951 = mul %3946, %2779 : f32[16] @ models/lib/nn.yaml:80:7
%3952 = add %3951, %3950 : f32[16] @ models/lib/nn.yaml:80:7
%3953 = mul %3945, %3945 : f32[16] @ models/lib/nn.yaml:80:7
%3954 = mul %3953, %2783 : f32[16] @ models/lib/nn.yaml:80:7
%3955 = mul %3947, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%3956 = add %3955, %3954 : f32[16] @ models/lib/nn.yaml:80:7
%3957 = cast %3949 : f64[] @ models/lib/nn.yaml:80:7
%3958 = pow %2679, %3957 : f64[] @ models/lib/nn.yaml:80:7
%3959 = sub %2672, %3958 : f64[] @ models/lib/nn.yaml:80:7
%3960 = div %1614, %3959 : f64[] @ models/lib/nn.yaml:80:7
%3961 = pow %2687, %3957 : f64[] @ models/lib/nn.yaml:80:7
%3962 = sub %2672, %3961 : f64[] @ models/lib/nn.yaml:80:7
%3963 = sqrt %3962 : f64[] @ models/lib/nn.yaml:80:7
%3964 = div %2672, %3963 : f64[] @ models/lib/nn.yaml:80:7
%3965 = sqrt %3956 : f32[16] @ models/lib/nn.yaml:80:7
%3966 = cast %3964 : f32[] @ models/lib/nn.yaml:80:7
%3967 = broadcast %3966 : f32[16] @ models/lib/nn.yaml:80:7
%3968 = mul %3965, %3967 : f32[16] @ models/lib/nn.yaml:80:7
%3969 = add %3968, %2800 : f32[16] @ models/lib/nn.yaml:80:7
%3970 = div %3952, %3969 : f32[16] @ models/lib/nn.yaml:80:7
%3971 = cast %3960 : f32[] @ models/lib/nn.yaml:80:7
%3972 = broadcast %3971 : f32[16] @ models/lib/nn.yaml:80:7
%3973 = mul %3970, %3972 : f32[16] @ models/lib/nn.yaml:80:7
%3974 = sub %36, %3973 : f32[16] @ models/lib/nn.yaml:80:7
%3975 = assign %36, %3974 : f32[16] @ models/lib/nn.yaml:80:7
%3976 = assign %3946, %3952 : f32[16] @ models/lib/nn.yaml:80:7
%3977 = assign %3947, %3956 : f32[16] @ models/lib/nn.yaml:80:7
%3978 = assign %3948, %3949 : i64[] @ models/lib/nn.yaml:80:7
%3979 = mul %120, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%3980 = mul %3974, %2813 : f32[16] @ models/lib/nn.yaml:80:7
%3981 = add %3979, %3980 : f32[16] @ models/lib/nn.yaml:80:7
%3982 = assign %120, %3981 : f32[16] @ models/lib/nn.yaml:80:7
%3983 = all_reduce_sum %2335 : f32[16,16] @ models/lib/nn.yaml:79:7
%3984 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3985 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3986 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3987 = add %3986, %2669 : i64[] @ models/lib/nn.yaml:79:7
%3988 = mul %37, %2990 : f32[16,16] @ models/lib/nn.yaml:79:7
%3989 = mul %3983, %2992 : f32[16,16] @ models/lib/nn.yaml:79:7
%3990 = mul %3984, %2994 : f32[16,16] @ models/lib/nn.yaml:79:7
%3991 = add %3990, %3989 : f32[16,16] @ models/lib/nn.yaml:79:7
%3992 = mul %3983, %3983 : f32[16,16] @ models/lib/nn.yaml:79:7
%3993 = mul %3992, %2998 : f32[16,16] @ models/lib/nn.yaml:79:7
%3994 = mul %3985, %3000 : f32[16,16] @ models/lib/nn.yaml:79:7
%3995 = add %3994, %3993 : f32[16,16] @ models/lib/nn.yaml:79:7
%3996 = cast %3987 : f64[] @ models/lib/nn.yaml:79:7
%3997 = pow %2679, %3996 : f64[] @ models/lib/nn.yaml:79:7
%3998 = sub %2672, %3997 : f64[] @ models/lib/nn.yaml:79:7
%3999 = div %1614, %3998 : f64[] @ models/lib/nn.yaml:79:7
%4000 = pow %2687, %3996 : f64[] @ models/lib/nn.yaml:79:7
%4001 = sub %2672, %4000 : f64[] @ models/lib/nn.yaml:79:7
%4002 = sqrt %4001 : f64[] @ models/lib/nn.yaml:79:7
%4003 = div %2672, %4002 : f64[] @ models/lib/nn.yaml:79:7
%4004 = sqrt %3995 : f32[16,16] @ models/lib/nn.yaml:79:7
%4005 = cast %4003 : f32[] @ models/lib/nn.yaml:79:7
%4006 = broadcast %4005 : f32[16,16] @ models/lib/nn.yaml:79:7
%4007 = mul %4004, %4006 : f32[16,16] @ models/lib/nn.yaml:79:7
%4008 = add %4007, %3015 : f32[16,16] @ models/lib/nn.yaml:79:7
%4009 = div %3991, %4008 : f32[16,16] @ models/lib/nn.yaml:79:7
%4010 = cast %3999 : f32[] @ models/lib/nn.yaml:79:7
%4011 = broadcast %4010 : f32[16,16] @ models/lib/nn.yaml:79:7
%4012 = mul %4009, %4011 : f32[16,16] @ models/lib/nn.yaml:79:7
%4013 = sub %3988, %4012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4014 = assign %37, %4013 : f32[16,16] @ models/lib/nn.yaml:79:7
%4015 = assign %3984, %3991 : f32[16,16] @ models/lib/nn.yaml:79:7
%4016 = assign %3985, %3995 : f32[16,16] @ models/lib/nn.yaml:79:7
%4017 = assign %3986, %3987 : i64[] @ models/lib/nn.yaml:79:7
%4018 = mul %121, %3026 : f32[16,16] @ models/lib/nn.yaml:79:7
%4019 = mul %4013, %3028 : f32[16,16] @ models/lib/nn.yaml:79:7
%4020 = add %4018, %4019 : f32[16,16] @ models/lib/nn.yaml:79:7
%4021 = assign %121, %4020 : f32[16,16] @ models/lib/nn.yaml:79:7
%4022 = all_reduce_sum %2331 : f32[16] @ models/lib/nn.yaml:80:7
%4023 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4024 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4025 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4026 = add %4025, %2669 : i64[] @ models/lib/nn.yaml:80:7
%4027 = mul %4022, %2777 : f32[16] @ models/lib/nn.yaml:80:7
%4028 = mul %4023, %2779 : f32[16] @ models/lib/nn.yaml:80:7
%4029 = add %4028, %4027 : f32[16] @ models/lib/nn.yaml:80:7
%4030 = mul %4022, %4022 : f32[16] @ models/lib/nn.yaml:80:7
%4031 = mul %4030, %2783 : f32[16] @ models/lib/nn.yaml:80:7
%4032 = mul %4024, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%4033 = add %4032, %4031 : f32[16] @ models/lib/nn.yaml:80:7
%4034 = cast %4026 : f64[] @ models/lib/nn.yaml:80:7
%4035 = pow %2679, %4034 : f64[] @ models/lib/nn.yaml:80:7
%4036 = sub %2672, %4035 : f64[] @ models/lib/nn.yaml:80:7
%4037 = div %1614, %4036 : f64[] @ models/lib/nn.yaml:80:7
%4038 = pow %2687, %4034 : f64[] @ models/lib/nn.yaml:80:7
%4039 = sub %2672, %4038 : f64[] @ models/lib/nn.yaml:80:7
%4040 = sqrt %4039 : f64[] @ models/lib/nn.yaml:80:7
%4041 = div %2672, %4040 : f64[] @ models/lib/nn.yaml:80:7
%4042 = sqrt %4033 : f32[16] @ models/lib/nn.yaml:80:7
%4043 = cast %4041 : f32[] @ models/lib/nn.yaml:80:7
%4044 = broadcast %4043 : f32[16] @ models/lib/nn.yaml:80:7
%4045 = mul %4042, %4044 : f32[16] @ models/lib/nn.yaml:80:7
%4046 = add %4045, %2800 : f32[16] @ models/lib/nn.yaml:80:7
%4047 = div %4029, %4046 : f32[16] @ models/lib/nn.yaml:80:7
%4048 = cast %4037 : f32[] @ models/lib/nn.yaml:80:7
%4049 = broadcast %4048 : f32[16] @ models/lib/nn.yaml:80:7
%4050 = mul %4047, %4049 : f32[16] @ models/lib/nn.yaml:80:7
%4051 = sub %38, %4050 : f32[16] @ models/lib/nn.yaml:80:7
%4052 = assign %38, %4051 : f32[16] @ models/lib/nn.yaml:80:7
%4053 = assign %4023, %4029 : f32[16] @ models/lib/nn.yaml:80:7
%4054 = assign %4024, %4033 : f32[16] @ models/lib/nn.yaml:80:7
%4055 = assign %4025, %4026 : i64[] @ models/lib/nn.yaml:80:7
%4056 = mul %122, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%4057 = mul %4051, %2813 : f32[16] @ models/lib/nn.yaml:80:7
%4058 = add %4056, %4057 : f32[16] @ models/lib/nn.yaml:80:7
%4059 = assign %122, %4058 : f32[16] @ models/lib/nn.yaml:80:7
%4060 = all_reduce_sum %2325 : f32[16,16] @ models/lib/nn.yaml:79:7
%4061 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4062 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4063 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4064 = add %4063, %2669 : i64[] @ models/lib/nn.yaml:79:7
%4065 = mul %39, %2990 : f32[16,16] @ models/lib/nn.yaml:79:7
%4066 = mul %4060, %2992 : f32[16,16] @ models/lib/nn.yaml:79:7
%4067 = mul %4061, %2994 : f32[16,16] @ models/lib/nn.yaml:79:7
%4068 = add %4067, %4066 : f32[16,16] @ models/lib/nn.yaml:79:7
%4069 = mul %4060, %4060 : f32[16,16] @ models/lib/nn.yaml:79:7
%4070 = mul %4069, %2998 : f32[16,16] @ models/lib/nn.yaml:79:7
%4071 = mul %4062, %3000 : f32[16,16] @ models/lib/nn.yaml:79:7
%4072 = add %4071, %4070 : f32[16,16] @ models/lib/nn.yaml:79:7
%4073 = cast %4064 : f64[] @ models/lib/nn.yaml:79:7
%4074 = pow %2679, %4073 : f64[] @ models/lib/nn.yaml:79:7
%4075 = sub %2672, %4074 : f64[] @ models/lib/nn.yaml:79:7
%4076 = div %1614, %4075 : f64[] @ models/lib/nn.yaml:79:7
%4077 = pow %2687, %4073 : f64[] @ models/lib/nn.yaml:79:7
%4078 = sub %2672, %4077 : f64[] @ models/lib/nn.yaml:79:7
%4079 = sqrt %4078 : f64[] @ models/lib/nn.yaml:79:7
%4080 = div %2672, %4079 : f64[] @ models/lib/nn.yaml:79:7
%4081 = sqrt %4072 : f32[16,16] @ models/lib/nn.yaml:79:7
%4082 = cast %4080 : f32[] @ models/lib/nn.yaml:79:7
%4083 = broadcast %4082 : f32[16,16] @ models/lib/nn.yaml:79:7
%4084 = mul %4081, %4083 : f32[16,16] @ models/lib/nn.yaml:79:7
%4085 = add %4084, %3015 : f32[16,16] @ models/lib/nn.yaml:79:7
%4086 = div %4068, %4085 : f32[16,16] @ models/lib/nn.yaml:79:7
%4087 = cast %4076 : f32[] @ models/lib/nn.yaml:79:7
%4088 = broadcast %4087 : f32[16,16] @ models/lib/nn.yaml:79:7
%4089 = mul %4086, %4088 : f32[16,16] @ models/lib/nn.yaml:79:7
%4090 = sub %4065, %4089 : f32[16,16] @ models/lib/nn.yaml:79:7
%4091 = assign %39, %4090 : f32[16,16] @ models/lib/nn.yaml:79:7
%4092 = assign %4061, %4068 : f32[16,16] @ models/lib/nn.yaml:79:7
%4093 = assign %4062, %4072 : f32[16,16] @ models/lib/nn.yaml:79:7
%4094 = assign %4063, %4064 : i64[] @ models/lib/nn.yaml:79:7
%4095 = mul %123, %3026 : f32[16,16] @ models/lib/nn.yaml:79:7
%4096 = mul %4090, %3028 : f32[16,16] @ models/lib/nn.yaml:79:7
%4097 = add %4095, %4096 : f32[16,16] @ models/lib/nn.yaml:79:7
%4098 = assign %123, %4097 : f32[16,16] @ models/lib/nn.yaml:79:7
%4099 = all_reduce_sum %2321 : f32[16] @ models/lib/nn.yaml:80:7
%4100 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4101 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4102 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4103 = add %4102, %2669 : i64[] @ models/lib/nn.yaml:80:7
%4104 = mul %4099, %2777 : f32[16] @ models/lib/nn.yaml:80:7
%4105 = mul %4100, %2779 : f32[16] @ models/lib/nn.yaml:80:7
%4106 = add %4105, %4104 : f32[16] @ models/lib/nn.yaml:80:7
%4107 = mul %4099, %4099 : f32[16] @ models/lib/nn.yaml:80:7
%4108 = mul %4107, %2783 : f32[16] @ models/lib/nn.yaml:80:7
%4109 = mul %4101, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%4110 = add %4109, %4108 : f32[16] @ models/lib/nn.yaml:80:7
%4111 = cast %4103 : f64[] @ models/lib/nn.yaml:80:7
%4112 = pow %2679, %4111 : f64[] @ models/lib/nn.yaml:80:7
%4113 = sub %2672, %4112 : f64[] @ models/lib/nn.yaml:80:7
%4114 = div %1614, %4113 : f64[] @ models/lib/nn.yaml:80:7
%4115 = pow %2687, %4111 : f64[] @ models/lib/nn.yaml:80:7
%4116 = sub %2672, %4115 : f64[] @ models/lib/nn.yaml:80:7
%4117 = sqrt %4116 : f64[] @ models/lib/nn.yaml:80:7
%4118 = div %2672, %4117 : f64[] @ models/lib/nn.yaml:80:7
%4119 = sqrt %4110 : f32[16] @ models/lib/nn.yaml:80:7
%4120 = cast %4118 : f32[] @ models/lib/nn.yaml:80:7
%4121 = broadcast %4120 : f32[16] @ models/lib/nn.yaml:80:7
%4122 = mul %4119, %4121 : f32[16] @ models/lib/nn.yaml:80:7
%4123 = add %4122, %2800 : f32[16] @ models/lib/nn.yaml:80:7
%4124 = div %4106, %4123 : f32[16] @ models/lib/nn.yaml:80:7
%4125 = cast %4114 : f32[] @ models/lib/nn.yaml:80:7
%4126 = broadcast %4125 : f32[16] @ models/lib/nn.yaml:80:7
%4127 = mul %4124, %4126 : f32[16] @ models/lib/nn.yaml:80:7
%4128 = sub %40, %4127 : f32[16] @ models/lib/nn.yaml:80:7
%4129 = assign %40, %4128 : f32[16] @ models/lib/nn.yaml:80:7
%4130 = assign %4100, %4106 : f32[16] @ models/lib/nn.yaml:80:7
%4131 = assign %4101, %4110 : f32[16] @ models/lib/nn.yaml:80:7
%4132 = assign %4102, %4103 : i64[] @ models/lib/nn.yaml:80:7
%4133 = mul %124, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%4134 = mul %4128, %2813 : f32[16] @ models/lib/nn.yaml:80:7
%4135 = add %4133, %4134 : f32[16] @ models/lib/nn.yaml:80:7
%4136 = assign %124, %4135 : f32[16] @ models/lib/nn.yaml:80:7
%4137 = all_reduce_sum %2278 : f32[16,16] @ models/lib/nn.yaml:79:7
%4138 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4139 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4140 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4141 = add %4140, %2669 : i64[] @ models/lib/nn.yaml:79:7
%4142 = mul %41, %2990 : f32[16,16] @ models/lib/nn.yaml:79:7
%4143 = mul %4137, %2992 : f32[16,16] @ models/lib/nn.yaml:79:7
%4144 = mul %4138, %2994 : f32[16,16] @ models/lib/nn.yaml:79:7
%4145 = add %4144, %4143 : f32[16,16] @ models/lib/nn.yaml:79:7
%4146 = mul %4137, %4137 : f32[16,16] @ models/lib/nn.yaml:79:7
%4147 = mul %4146, %2998 : f32[16,16] @ models/lib/nn.yaml:79:7
%4148 = mul %4139, %3000 : f32[16,16] @ models/lib/nn.yaml:79:7
%4149 = add %4148, %4147 : f32[16,16] @ models/lib/nn.yaml:79:7
%4150 = cast %4141 : f64[] @ models/lib/nn.yaml:79:7
%4151 = pow %2679, %4150 : f64[] @ models/lib/nn.yaml:79:7
%4152 = sub %2672, %4151 : f64[] @ models/lib/nn.yaml:79:7
%4153 = div %1614, %4152 : f64[] @ models/lib/nn.yaml:79:7
%4154 = pow %2687, %4150 : f64[] @ models/lib/nn.yaml:79:7
%4155 = sub %2672, %4154 : f64[] @ models/lib/nn.yaml:79:7
%4156 = sqrt %4155 : f64[] @ models/lib/nn.yaml:79:7
%4157 = div %2672, %4156 : f64[] @ models/lib/nn.yaml:79:7
%4158 = sqrt %4149 : f32[16,16] @ models/lib/nn.yaml:79:7
%4159 = cast %4157 : f32[] @ models/lib/nn.yaml:79:7
%4160 = broadcast %4159 : f32[16,16] @ models/lib/nn.yaml:79:7
%4161 = mul %4158, %4160 : f32[16,16] @ models/lib/nn.yaml:79:7
%4162 = add %4161, %3015 : f32[16,16] @ models/lib/nn.yaml:79:7
%4163 = div %4145, %4162 : f32[16,16] @ models/lib/nn.yaml:79:7
%4164 = cast %4153 : f32[] @ models/lib/nn.yaml:79:7
%4165 = broadcast %4164 : f32[16,16] @ models/lib/nn.yaml:79:7
%4166 = mul %4163, %4165 : f32[16,16] @ models/lib/nn.yaml:79:7
%4167 = sub %4142, %4166 : f32[16,16] @ models/lib/nn.yaml:79:7
%4168 = assign %41, %4167 : f32[16,16] @ models/lib/nn.yaml:79:7
%4169 = assign %4138, %4145 : f32[16,16] @ models/lib/nn.yaml:79:7
%4170 = assign %4139, %4149 : f32[16,16] @ models/lib/nn.yaml:79:7
%4171 = assign %4140, %4141 : i64[] @ models/lib/nn.yaml:79:7
%4172 = mul %125, %3026 : f32[16,16] @ models/lib/nn.yaml:79:7
%4173 = mul %4167, %3028 : f32[16,16] @ models/lib/nn.yaml:79:7
%4174 = add %4172, %4173 : f32[16,16] @ models/lib/nn.yaml:79:7
%4175 = assign %125, %4174 : f32[16,16] @ models/lib/nn.yaml:79:7
%4176 = all_reduce_sum %2274 : f32[16] @ models/lib/nn.yaml:80:7
%4177 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4178 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4179 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4180 = add %4179, %2669 : i64[] @ models/lib/nn.yaml:80:7
%4181 = mul %4176, %2777 : f32[16] @ models/lib/nn.yaml:80:7
%4182 = mul %4177, %2779 : f32[16] @ models/lib/nn.yaml:80:7
%4183 = add %4182, %4181 : f32[16] @ models/lib/nn.yaml:80:7
%4184 = mul %4176, %4176 : f32[16] @ models/lib/nn.yaml:80:7
%4185 = mul %4184, %2783 : f32[16] @ models/lib/nn.yaml:80:7
%4186 = mul %4178, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%4187 = add %4186, %4185 : f32[16] @ models/lib/nn.yaml:80:7
%4188 = cast %4180 : f64[] @ models/lib/nn.yaml:80:7
%4189 = pow %2679, %4188 : f64[] @ models/lib/nn.yaml:80:7
%4190 = sub %2672, %4189 : f64[] @ models/lib/nn.yaml:80:7
%4191 = div %1614, %4190 : f64[] @ models/lib/nn.yaml:80:7
%4192 = pow %2687, %4188 : f64[] @ models/lib/nn.yaml:80:7
%4193 = sub %2672, %4192 : f64[] @ models/lib/nn.yaml:80:7
%4194 = sqrt %4193 : f64[] @ models/lib/nn.yaml:80:7
%4195 = div %2672, %4194 : f64[] @ models/lib/nn.yaml:80:7
%4196 = sqrt %4187 : f32[16] @ models/lib/nn.yaml:80:7
%4197 = cast %4195 : f32[] @ models/lib/nn.yaml:80:7
%4198 = broadcast %4197 : f32[16] @ models/lib/nn.yaml:80:7
%4199 = mul %4196, %4198 : f32[16] @ models/lib/nn.yaml:80:7
%4200 = add %4199, %2800 : f32[16] @ models/lib/nn.yaml:80:7
%4201 = div %4183, %4200 : f32[16] @ models/lib/nn.yaml:80:7
%4202 = cast %4191 : f32[] @ models/lib/nn.yaml:80:7
%4203 = broadcast %4202 : f32[16] @ models/lib/nn.yaml:80:7
%4204 = mul %4201, %4203 : f32[16] @ models/lib/nn.yaml:80:7
%4205 = sub %42, %4204 : f32[16] @ models/lib/nn.yaml:80:7
%4206 = assign %42, %4205 : f32[16] @ models/lib/nn.yaml:80:7
%4207 = assign %4177, %4183 : f32[16] @ models/lib/nn.yaml:80:7
%4208 = assign %4178, %4187 : f32[16] @ models/lib/nn.yaml:80:7
%4209 = assign %4179, %4180 : i64[] @ models/lib/nn.yaml:80:7
%4210 = mul %126, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%4211 = mul %4205, %2813 : f32[16] @ models/lib/nn.yaml:80:7
%4212 = add %4210, %4211 : f32[16] @ models/lib/nn.yaml:80:7
%4213 = assign %126, %4212 : f32[16] @ models/lib/nn.yaml:80:7
%4214 = all_reduce_sum %2254 : f32[16] @ models/lib/nn.yaml:89:7
%4215 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4216 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4217 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4218 = add %4217, %2669 : i64[] @ models/lib/nn.yaml:89:7
%4219 = mul %4214, %2777 : f32[16] @ models/lib/nn.yaml:89:7
%4220 = mul %4215, %2779 : f32[16] @ models/lib/nn.yaml:89:7
%4221 = add %4220, %4219 : f32[16] @ models/lib/nn.yaml:89:7
%4222 = mul %4214, %4214 : f32[16] @ models/lib/nn.yaml:89:7
%4223 = mul %4222, %2783 : f32[16] @ models/lib/nn.yaml:89:7
%4224 = mul %4216, %2785 : f32[16] @ models/lib/nn.yaml:89:7
%4225 = add %4224, %4223 : f32[16] @ models/lib/nn.yaml:89:7
%4226 = cast %4218 : f64[] @ models/lib/nn.yaml:89:7
%4227 = pow %2679, %4226 : f64[] @ models/lib/nn.yaml:89:7
%4228 = sub %2672, %4227 : f64[] @ models/lib/nn.yaml:89:7
%4229 = div %1614, %4228 : f64[] @ models/lib/nn.yaml:89:7
%4230 = pow %2687, %4226 : f64[] @ models/lib/nn.yaml:89:7
%4231 = sub %2672, %4230 : f64[] @ models/lib/nn.yaml:89:7
%4232 = sqrt %4231 : f64[] @ models/lib/nn.yaml:89:7
%4233 = div %2672, %4232 : f64[] @ models/lib/nn.yaml:89:7
%4234 = sqrt %4225 : f32[16] @ models/lib/nn.yaml:89:7
%4235 = cast %4233 : f32[] @ models/lib/nn.yaml:89:7
%4236 = broadcast %4235 : f32[16] @ models/lib/nn.yaml:89:7
%4237 = mul %4234, %4236 : f32[16] @ models/lib/nn.yaml:89:7
%4238 = add %4237, %2800 : f32[16] @ models/lib/nn.yaml:89:7
%4239 = div %4221, %4238 : f32[16] @ models/lib/nn.yaml:89:7
%4240 = cast %4229 : f32[] @ models/lib/nn.yaml:89:7
%4241 = broadcast %4240 : f32[16] @ models/lib/nn.yaml:89:7
%4242 = mul %4239, %4241 : f32[16] @ models/lib/nn.yaml:89:7
%4243 = sub %43, %4242 : f32[16] @ models/lib/nn.yaml:89:7
%4244 = assign %43, %4243 : f32[16] @ models/lib/nn.yaml:89:7
%4245 = assign %4215, %4221 : f32[16] @ models/lib/nn.yaml:89:7
%4246 = assign %4216, %4225 : f32[16] @ models/lib/nn.yaml:89:7
%4247 = assign %4217, %4218 : i64[] @ models/lib/nn.yaml:89:7
%4248 = mul %127, %2811 : f32[16] @ models/lib/nn.yaml:89:7
%4249 = mul %4243, %2813 : f32[16] @ models/lib/nn.yaml:89:7
%4250 = add %4248, %4249 : f32[16] @ models/lib/nn.yaml:89:7
%4251 = assign %127, %4250 : f32[16] @ models/lib/nn.yaml:89:7
%4252 = all_reduce_sum %2250 : f32[16] @ models/lib/nn.yaml:90:7
%4253 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4254 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4255 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4256 = add %4255, %2669 : i64[] @ models/lib/nn.yaml:90:7
%4257 = mul %4252, %2777 : f32[16] @ models/lib/nn.yaml:90:7
%4258 = mul %4253, %2779 : f32[16] @ models/lib/nn.yaml:90:7
%4259 = add %4258, %4257 : f32[16] @ models/lib/nn.yaml:90:7
%4260 = mul %4252, %4252 : f32[16] @ models/lib/nn.yaml:90:7
%4261 = mul %4260, %2783 : f32[16] @ models/lib/nn.yaml:90:7
%4262 = mul %4254, %2785 : f32[16] @ models/lib/nn.yaml:90:7
%4263 = add %4262, %4261 : f32[16] @ models/lib/nn.yaml:90:7
%4264 = cast %4256 : f64[] @ models/lib/nn.yaml:90:7
%4265 = pow %2679, %4264 : f64[] @ models/lib/nn.yaml:90:7
%4266 = sub %2672, %4265 : f64[] @ models/lib/nn.yaml:90:7
%4267 = div %1614, %4266 : f64[] @ models/lib/nn.yaml:90:7
%4268 = pow %2687, %4264 : f64[] @ models/lib/nn.yaml:90:7
%4269 = sub %2672, %4268 : f64[] @ models/lib/nn.yaml:90:7
%4270 = sqrt %4269 : f64[] @ models/lib/nn.yaml:90:7
%4271 = div %2672, %4270 : f64[] @ models/lib/nn.yaml:90:7
%4272 = sqrt %4263 : f32[16] @ models/lib/nn.yaml:90:7
%4273 = cast %4271 : f32[] @ models/lib/nn.yaml:90:7
%4274 = broadcast %4273 : f32[16] @ models/lib/nn.yaml:90:7
%4275 = mul %4272, %4274 : f32[16] @ models/lib/nn.yaml:90:7
%4276 = add %4275, %2800 : f32[16] @ models/lib/nn.yaml:90:7
%4277 = div %4259, %4276 : f32[16] @ models/lib/nn.yaml:90:7
%4278 = cast %4267 : f32[] @ models/lib/nn.yaml:90:7
%4279 = broadcast %4278 : f32[16] @ models/lib/nn.yaml:90:7
%4280 = mul %4277, %4279 : f32[16] @ models/lib/nn.yaml:90:7
%4281 = sub %44, %4280 : f32[16] @ models/lib/nn.yaml:90:7
%4282 = assign %44, %4281 : f32[16] @ models/lib/nn.yaml:90:7
%4283 = assign %4253, %4259 : f32[16] @ models/lib/nn.yaml:90:7
%4284 = assign %4254, %4263 : f32[16] @ models/lib/nn.yaml:90:7
%4285 = assign %4255, %4256 : i64[] @ models/lib/nn.yaml:90:7
%4286 = mul %128, %2811 : f32[16] @ models/lib/nn.yaml:90:7
%4287 = mul %4281, %2813 : f32[16] @ models/lib/nn.yaml:90:7
%4288 = add %4286, %4287 : f32[16] @ models/lib/nn.yaml:90:7
%4289 = assign %128, %4288 : f32[16] @ models/lib/nn.yaml:90:7
%4290 = all_reduce_sum %2248 : f32[64,16] @ models/lib/nn.yaml:79:7
%4291 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4292 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4293 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4294 = add %4293, %2669 : i64[] @ models/lib/nn.yaml:79:7
%4295 = mul %45, %3151 : f32[64,16] @ models/lib/nn.yaml:79:7
%4296 = mul %4290, %3153 : f32[64,16] @ models/lib/nn.yaml:79:7
%4297 = mul %4291, %3155 : f32[64,16] @ models/lib/nn.yaml:79:7
%4298 = add %4297, %4296 : f32[64,16] @ models/lib/nn.yaml:79:7
%4299 = mul %4290, %4290 : f32[64,16] @ models/lib/nn.yaml:79:7
%4300 = mul %4299, %3159 : f32[64,16] @ models/lib/nn.yaml:79:7
%4301 = mul %4292, %3161 : f32[64,16] @ models/lib/nn.yaml:79:7
%4302 = add %4301, %4300 : f32[64,16] @ models/lib/nn.yaml:79:7
%4303 = cast %4294 : f64[] @ models/lib/nn.yaml:79:7
%4304 = pow %2679, %4303 : f64[] @ models/lib/nn.yaml:79:7
%4305 = sub %2672, %4304 : f64[] @ models/lib/nn.yaml:79:7
%4306 = div %1614, %4305 : f64[] @ models/lib/nn.yaml:79:7
%4307 = pow %2687, %4303 : f64[] @ models/lib/nn.yaml:79:7
%4308 = sub %2672, %4307 : f64[] @ models/lib/nn.yaml:79:7
%4309 = sqrt %4308 : f64[] @ models/lib/nn.yaml:79:7
%4310 = div %2672, %4309 : f64[] @ models/lib/nn.yaml:79:7
%4311 = sqrt %4302 : f32[64,16] @ models/lib/nn.yaml:79:7
%4312 = cast %4310 : f32[] @ models/lib/nn.yaml:79:7
%4313 = broadcast %4312 : f32[64,16] @ models/lib/nn.yaml:79:7
%4314 = mul %4311, %4313 : f32[64,16] @ models/lib/nn.yaml:79:7
%4315 = add %4314, %3176 : f32[64,16] @ models/lib/nn.yaml:79:7
%4316 = div %4298, %4315 : f32[64,16] @ models/lib/nn.yaml:79:7
%4317 = cast %4306 : f32[] @ models/lib/nn.yaml:79:7
%4318 = broadcast %4317 : f32[64,16] @ models/lib/nn.yaml:79:7
%4319 = mul %4316, %4318 : f32[64,16] @ models/lib/nn.yaml:79:7
%4320 = sub %4295, %4319 : f32[64,16] @ models/lib/nn.yaml:79:7
%4321 = assign %45, %4320 : f32[64,16] @ models/lib/nn.yaml:79:7
%4322 = assign %4291, %4298 : f32[64,16] @ models/lib/nn.yaml:79:7
%4323 = assign %4292, %4302 : f32[64,16] @ models/lib/nn.yaml:79:7
%4324 = assign %4293, %4294 : i64[] @ models/lib/nn.yaml:79:7
%4325 = mul %129, %3187 : f32[64,16] @ models/lib/nn.yaml:79:7
%4326 = mul %4320, %3189 : f32[64,16] @ models/lib/nn.yaml:79:7
%4327 = add %4325, %4326 : f32[64,16] @ models/lib/nn.yaml:79:7
%4328 = assign %129, %4327 : f32[64,16] @ models/lib/nn.yaml:79:7
%4329 = all_reduce_sum %2244 : f32[64] @ models/lib/nn.yaml:80:7
%4330 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4331 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4332 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4333 = add %4332, %2669 : i64[] @ models/lib/nn.yaml:80:7
%4334 = mul %4329, %3198 : f32[64] @ models/lib/nn.yaml:80:7
%4335 = mul %4330, %3200 : f32[64] @ models/lib/nn.yaml:80:7
%4336 = add %4335, %4334 : f32[64] @ models/lib/nn.yaml:80:7
%4337 = mul %4329, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%4338 = mul %4337, %3204 : f32[64] @ models/lib/nn.yaml:80:7
%4339 = mul %4331, %3206 : f32[64] @ models/lib/nn.yaml:80:7
%4340 = add %4339, %4338 : f32[64] @ models/lib/nn.yaml:80:7
%4341 = cast %4333 : f64[] @ models/lib/nn.yaml:80:7
%4342 = pow %2679, %4341 : f64[] @ models/lib/nn.yaml:80:7
%4343 = sub %2672, %4342 : f64[] @ models/lib/nn.yaml:80:7
%4344 = div %1614, %4343 : f64[] @ models/lib/nn.yaml:80:7
%4345 = pow %2687, %4341 : f64[] @ models/lib/nn.yaml:80:7
%4346 = sub %2672, %4345 : f64[] @ models/lib/nn.yaml:80:7
%4347 = sqrt %4346 : f64[] @ models/lib/nn.yaml:80:7
%4348 = div %2672, %4347 : f64[] @ models/lib/nn.yaml:80:7
%4349 = sqrt %4340 : f32[64] @ models/lib/nn.yaml:80:7
%4350 = cast %4348 : f32[] @ models/lib/nn.yaml:80:7
%4351 = broadcast %4350 : f32[64] @ models/lib/nn.yaml:80:7
%4352 = mul %4349, %4351 : f32[64] @ models/lib/nn.yaml:80:7
%4353 = add %4352, %3221 : f32[64] @ models/lib/nn.yaml:80:7
%4354 = div %4336, %4353 : f32[64] @ models/lib/nn.yaml:80:7
%4355 = cast %4344 : f32[] @ models/lib/nn.yaml:80:7
%4356 = broadcast %4355 : f32[64] @ models/lib/nn.yaml:80:7
%4357 = mul %4354, %4356 : f32[64] @ models/lib/nn.yaml:80:7
%4358 = sub %46, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%4359 = assign %46, %4358 : f32[64] @ models/lib/nn.yaml:80:7
%4360 = assign %4330, %4336 : f32[64] @ models/lib/nn.yaml:80:7
%4361 = assign %4331, %4340 : f32[64] @ models/lib/nn.yaml:80:7
%4362 = assign %4332, %4333 : i64[] @ models/lib/nn.yaml:80:7
%4363 = mul %130, %3232 : f32[64] @ models/lib/nn.yaml:80:7
%4364 = mul %4358, %3234 : f32[64] @ models/lib/nn.yaml:80:7
%4365 = add %4363, %4364 : f32[64] @ models/lib/nn.yaml:80:7
%4366 = assign %130, %4365 : f32[64] @ models/lib/nn.yaml:80:7
%4367 = all_reduce_sum %2232 : f32[16,64] @ models/lib/nn.yaml:79:7
%4368 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4369 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4370 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4371 = add %4370, %2669 : i64[] @ models/lib/nn.yaml:79:7
%4372 = mul %47, %3243 : f32[16,64] @ models/lib/nn.yaml:79:7
%4373 = mul %4367, %3245 : f32[16,64] @ models/lib/nn.yaml:79:7
%4374 = mul %4368, %3247 : f32[16,64] @ models/lib/nn.yaml:79:7
%4375 = add %4374, %4373 : f32[16,64] @ models/lib/nn.yaml:79:7
%4376 = mul %4367, %4367 : f32[16,64] @ models/lib/nn.yaml:79:7
%4377 = mul %4376, %3251 : f32[16,64] @ models/lib/nn.yaml:79:7
%4378 = mul %4369, %3253 : f32[16,64] @ models/lib/nn.yaml:79:7
%4379 = add %4378, %4377 : f32[16,64] @ models/lib/nn.yaml:79:7
%4380 = cast %4371 : f64[] @ models/lib/nn.yaml:79:7
%4381 = pow %2679, %4380 : f64[] @ models/lib/nn.yaml:79:7
%4382 = sub %2672, %4381 : f64[] @ models/lib/nn.yaml:79:7
%4383 = div %1614, %4382 : f64[] @ models/lib/nn.yaml:79:7
%4384 = pow %2687, %4380 : f64[] @ models/lib/nn.yaml:79:7
%4385 = sub %2672, %4384 : f64[] @ models/lib/nn.yaml:79:7
%4386 = sqrt %4385 : f64[] @ models/lib/nn.yaml:79:7
%4387 = div %2672, %4386 : f64[] @ models/lib/nn.yaml:79:7
%4388 = sqrt %4379 : f32[16,64] @ models/lib/nn.yaml:79:7
%4389 = cast %4387 : f32[] @ models/lib/nn.yaml:79:7
%4390 = broadcast %4389 : f32[16,64] @ models/lib/nn.yaml:79:7
%4391 = mul %4388, %4390 : f32[16,64] @ models/lib/nn.yaml:79:7
%4392 = add %4391, %3268 : f32[16,64] @ models/lib/nn.yaml:79:7
%4393 = div %4375, %4392 : f32[16,64] @ models/lib/nn.yaml:79:7
%4394 = cast %4383 : f32[] @ models/lib/nn.yaml:79:7
%4395 = broadcast %4394 : f32[16,64] @ models/lib/nn.yaml:79:7
%4396 = mul %4393, %4395 : f32[16,64] @ models/lib/nn.yaml:79:7
%4397 = sub %4372, %4396 : f32[16,64] @ models/lib/nn.yaml:79:7
%4398 = assign %47, %4397 : f32[16,64] @ models/lib/nn.yaml:79:7
%4399 = assign %4368, %4375 : f32[16,64] @ models/lib/nn.yaml:79:7
%4400 = assign %4369, %4379 : f32[16,64] @ models/lib/nn.yaml:79:7
%4401 = assign %4370, %4371 : i64[] @ models/lib/nn.yaml:79:7
%4402 = mul %131, %3279 : f32[16,64] @ models/lib/nn.yaml:79:7
%4403 = mul %4397, %3281 : f32[16,64] @ models/lib/nn.yaml:79:7
%4404 = add %4402, %4403 : f32[16,64] @ models/lib/nn.yaml:79:7
%4405 = assign %131, %4404 : f32[16,64] @ models/lib/nn.yaml:79:7
%4406 = all_reduce_sum %2228 : f32[16] @ models/lib/nn.yaml:80:7
%4407 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4408 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4409 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4410 = add %4409, %2669 : i64[] @ models/lib/nn.yaml:80:7
%4411 = mul %4406, %2777 : f32[16] @ models/lib/nn.yaml:80:7
%4412 = mul %4407, %2779 : f32[16] @ models/lib/nn.yaml:80:7
%4413 = add %4412, %4411 : f32[16] @ models/lib/nn.yaml:80:7
%4414 = mul %4406, %4406 : f32[16] @ models/lib/nn.yaml:80:7
%4415 = mul %4414, %2783 : f32[16] @ models/lib/nn.yaml:80:7
%4416 = mul %4408, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%4417 = add %4416, %4415 : f32[16] @ models/lib/nn.yaml:80:7
%4418 = cast %4410 : f64[] @ models/lib/nn.yaml:80:7
%4419 = pow %2679, %4418 : f64[] @ models/lib/nn.yaml:80:7
%4420 = sub %2672, %4419 : f64[] @ models/lib/nn.yaml:80:7
%4421 = div %1614, %4420 : f64[] @ models/lib/nn.yaml:80:7
%4422 = pow %2687, %4418 : f64[] @ models/lib/nn.yaml:80:7
%4423 = sub %2672, %4422 : f64[] @ models/lib/nn.yaml:80:7
%4424 = sqrt %4423 : f64[] @ models/lib/nn.yaml:80:7
%4425 = div %2672, %4424 : f64[] @ models/lib/nn.yaml:80:7
%4426 = sqrt %4417 : f32[16] @ models/lib/nn.yaml:80:7
%4427 = cast %4425 : f32[] @ models/lib/nn.yaml:80:7
%4428 = broadcast %4427 : f32[16] @ models/lib/nn.yaml:80:7
%4429 = mul %4426, %4428 : f32[16] @ models/lib/nn.yaml:80:7
%4430 = add %4429, %2800 : f32[16] @ models/lib/nn.yaml:80:7
%4431 = div %4413, %4430 : f32[16] @ models/lib/nn.yaml:80:7
%4432 = cast %4421 : f32[] @ models/lib/nn.yaml:80:7
%4433 = broadcast %4432 : f32[16] @ models/lib/nn.yaml:80:7
%4434 = mul %4431, %4433 : f32[16] @ models/lib/nn.yaml:80:7
%4435 = sub %48, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%4436 = assign %48, %4435 : f32[16] @ models/lib/nn.yaml:80:7
%4437 = assign %4407, %4413 : f32[16] @ models/lib/nn.yaml:80:7
%4438 = assign %4408, %4417 : f32[16] @ models/lib/nn.yaml:80:7
%4439 = assign %4409, %4410 : i64[] @ models/lib/nn.yaml:80:7
%4440 = mul %132, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%4441 = mul %4435, %2813 : f32[16] @ models/lib/nn.yaml:80:7
%4442 = add %4440, %4441 : f32[16] @ models/lib/nn.yaml:80:7
%4443 = assign %132, %4442 : f32[16] @ models/lib/nn.yaml:80:7
%4444 = all_reduce_sum %2205 : f32[16] @ models/lib/nn.yaml:89:7
%4445 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4446 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4447 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4448 = add %4447, %2669 : i64[] @ models/lib/nn.yaml:89:7
%4449 = mul %4444, %2777 : f32[16] @ models/lib/nn.yaml:89:7
%4450 = mul %4445, %2779 : f32[16] @ models/lib/nn.yaml:89:7
%4451 = add %4450, %4449 : f32[16] @ models/lib/nn.yaml:89:7
%4452 = mul %4444, %4444 : f32[16] @ models/lib/nn.yaml:89:7
%4453 = mul %4452, %2783 : f32[16] @ models/lib/nn.yaml:89:7
%4454 = mul %4446, %2785 : f32[16] @ models/lib/nn.yaml:89:7
%4455 = add %4454, %4453 : f32[16] @ models/lib/nn.yaml:89:7
%4456 = cast %4448 : f64[] @ models/lib/nn.yaml:89:7
%4457 = pow %2679, %4456 : f64[] @ models/lib/nn.yaml:89:7
%4458 = sub %2672, %4457 : f64[] @ models/lib/nn.yaml:89:7
%4459 = div %1614, %4458 : f64[] @ models/lib/nn.yaml:89:7
%4460 = pow %2687, %4456 : f64[] @ models/lib/nn.yaml:89:7
%4461 = sub %2672, %4460 : f64[] @ models/lib/nn.yaml:89:7
%4462 = sqrt %4461 : f64[] @ models/lib/nn.yaml:89:7
%4463 = div %2672, %4462 : f64[] @ models/lib/nn.yaml:89:7
%4464 = sqrt %4455 : f32[16] @ models/lib/nn.yaml:89:7
%4465 = cast %4463 : f32[] @ models/lib/nn.yaml:89:7
%4466 = broadcast %4465 : f32[16] @ models/lib/nn.yaml:89:7
%4467 = mul %4464, %4466 : f32[16] @ models/lib/nn.yaml:89:7
%4468 = add %4467, %2800 : f32[16] @ models/lib/nn.yaml:89:7
%4469 = div %4451, %4468 : f32[16] @ models/lib/nn.yaml:89:7
%4470 = cast %4459 : f32[] @ models/lib/nn.yaml:89:7
%4471 = broadcast %4470 : f32[16] @ models/lib/nn.yaml:89:7
%4472 = mul %4469, %4471 : f32[16] @ models/lib/nn.yaml:89:7
%4473 = sub %49, %4472 : f32[16] @ models/lib/nn.yaml:89:7
%4474 = assign %49, %4473 : f32[16] @ models/lib/nn.yaml:89:7
%4475 = assign %4445, %4451 : f32[16] @ models/lib/nn.yaml:89:7
%4476 = assign %4446, %4455 : f32[16] @ models/lib/nn.yaml:89:7
%4477 = assign %4447, %4448 : i64[] @ models/lib/nn.yaml:89:7
%4478 = mul %133, %2811 : f32[16] @ models/lib/nn.yaml:89:7
%4479 = mul %4473, %2813 : f32[16] @ models/lib/nn.yaml:89:7
%4480 = add %4478, %4479 : f32[16] @ models/lib/nn.yaml:89:7
%4481 = assign %133, %4480 : f32[16] @ models/lib/nn.yaml:89:7
%4482 = all_reduce_sum %2201 : f32[16] @ models/lib/nn.yaml:90:7
%4483 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4484 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4485 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4486 = add %4485, %2669 : i64[] @ models/lib/nn.yaml:90:7
%4487 = mul %4482, %2777 : f32[16] @ models/lib/nn.yaml:90:7
%4488 = mul %4483, %2779 : f32[16] @ models/lib/nn.yaml:90:7
%4489 = add %4488, %4487 : f32[16] @ models/lib/nn.yaml:90:7
%4490 = mul %4482, %4482 : f32[16] @ models/lib/nn.yaml:90:7
%4491 = mul %4490, %2783 : f32[16] @ models/lib/nn.yaml:90:7
%4492 = mul %4484, %2785 : f32[16] @ models/lib/nn.yaml:90:7
%4493 = add %4492, %4491 : f32[16] @ models/lib/nn.yaml:90:7
%4494 = cast %4486 : f64[] @ models/lib/nn.yaml:90:7
%4495 = pow %2679, %4494 : f64[] @ models/lib/nn.yaml:90:7
%4496 = sub %2672, %4495 : f64[] @ models/lib/nn.yaml:90:7
%4497 = div %1614, %4496 : f64[] @ models/lib/nn.yaml:90:7
%4498 = pow %2687, %4494 : f64[] @ models/lib/nn.yaml:90:7
%4499 = sub %2672, %4498 : f64[] @ models/lib/nn.yaml:90:7
%4500 = sqrt %4499 : f64[] @ models/lib/nn.yaml:90:7
%4501 = div %2672, %4500 : f64[] @ models/lib/nn.yaml:90:7
%4502 = sqrt %4493 : f32[16] @ models/lib/nn.yaml:90:7
%4503 = cast %4501 : f32[] @ models/lib/nn.yaml:90:7
%4504 = broadcast %4503 : f32[16] @ models/lib/nn.yaml:90:7
%4505 = mul %4502, %4504 : f32[16] @ models/lib/nn.yaml:90:7
%4506 = add %4505, %2800 : f32[16] @ models/lib/nn.yaml:90:7
%4507 = div %4489, %4506 : f32[16] @ models/lib/nn.yaml:90:7
%4508 = cast %4497 : f32[] @ models/lib/nn.yaml:90:7
%4509 = broadcast %4508 : f32[16] @ models/lib/nn.yaml:90:7
%4510 = mul %4507, %4509 : f32[16] @ models/lib/nn.yaml:90:7
%4511 = sub %50, %4510 : f32[16] @ models/lib/nn.yaml:90:7
%4512 = assign %50, %4511 : f32[16] @ models/lib/nn.yaml:90:7
%4513 = assign %4483, %4489 : f32[16] @ models/lib/nn.yaml:90:7
%4514 = assign %4484, %4493 : f32[16] @ models/lib/nn.yaml:90:7
%4515 = assign %4485, %4486 : i64[] @ models/lib/nn.yaml:90:7
%4516 = mul %134, %2811 : f32[16] @ models/lib/nn.yaml:90:7
%4517 = mul %4511, %2813 : f32[16] @ models/lib/nn.yaml:90:7
%4518 = add %4516, %4517 : f32[16] @ models/lib/nn.yaml:90:7
%4519 = assign %134, %4518 : f32[16] @ models/lib/nn.yaml:90:7
%4520 = all_reduce_sum %2195 : f32[16,16] @ models/lib/nn.yaml:79:7
%4521 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4522 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4523 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4524 = add %4523, %2669 : i64[] @ models/lib/nn.yaml:79:7
%4525 = mul %51, %2990 : f32[16,16] @ models/lib/nn.yaml:79:7
%4526 = mul %4520, %2992 : f32[16,16] @ models/lib/nn.yaml:79:7
%4527 = mul %4521, %2994 : f32[16,16] @ models/lib/nn.yaml:79:7
%4528 = add %4527, %4526 : f32[16,16] @ models/lib/nn.yaml:79:7
%4529 = mul %4520, %4520 : f32[16,16] @ models/lib/nn.yaml:79:7
%4530 = mul %4529, %2998 : f32[16,16] @ models/lib/nn.yaml:79:7
%4531 = mul %4522, %3000 : f32[16,16] @ models/lib/nn.yaml:79:7
%4532 = add %4531, %4530 : f32[16,16] @ models/lib/nn.yaml:79:7
%4533 = cast %4524 : f64[] @ models/lib/nn.yaml:79:7
%4534 = pow %2679, %4533 : f64[] @ models/lib/nn.yaml:79:7
%4535 = sub %2672, %4534 : f64[] @ models/lib/nn.yaml:79:7
%4536 = div %1614, %4535 : f64[] @ models/lib/nn.yaml:79:7
%4537 = pow %2687, %4533 : f64[] @ models/lib/nn.yaml:79:7
%4538 = sub %2672, %4537 : f64[] @ models/lib/nn.yaml:79:7
%4539 = sqrt %4538 : f64[] @ models/lib/nn.yaml:79:7
%4540 = div %2672, %4539 : f64[] @ models/lib/nn.yaml:79:7
%4541 = sqrt %4532 : f32[16,16] @ models/lib/nn.yaml:79:7
%4542 = cast %4540 : f32[] @ models/lib/nn.yaml:79:7
%4543 = broadcast %4542 : f32[16,16] @ models/lib/nn.yaml:79:7
%4544 = mul %4541, %4543 : f32[16,16] @ models/lib/nn.yaml:79:7
%4545 = add %4544, %3015 : f32[16,16] @ models/lib/nn.yaml:79:7
%4546 = div %4528, %4545 : f32[16,16] @ models/lib/nn.yaml:79:7
%4547 = cast %4536 : f32[] @ models/lib/nn.yaml:79:7
%4548 = broadcast %4547 : f32[16,16] @ models/lib/nn.yaml:79:7
%4549 = mul %4546, %4548 : f32[16,16] @ models/lib/nn.yaml:79:7
%4550 = sub %4525, %4549 : f32[16,16] @ models/lib/nn.yaml:79:7
%4551 = assign %51, %4550 : f32[16,16] @ models/lib/nn.yaml:79:7
%4552 = assign %4521, %4528 : f32[16,16] @ models/lib/nn.yaml:79:7
%4553 = assign %4522, %4532 : f32[16,16] @ models/lib/nn.yaml:79:7
%4554 = assign %4523, %4524 : i64[] @ models/lib/nn.yaml:79:7
%4555 = mul %135, %3026 : f32[16,16] @ models/lib/nn.yaml:79:7
%4556 = mul %4550, %3028 : f32[16,16] @ models/lib/nn.yaml:79:7
%4557 = add %4555, %4556 : f32[16,16] @ models/lib/nn.yaml:79:7
%4558 = assign %135, %4557 : f32[16,16] @ models/lib/nn.yaml:79:7
%4559 = all_reduce_sum %2191 : f32[16] @ models/lib/nn.yaml:80:7
%4560 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4561 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4562 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4563 = add %4562, %2669 : i64[] @ models/lib/nn.yaml:80:7
%4564 = mul %4559, %2777 : f32[16] @ models/lib/nn.yaml:80:7
%4565 = mul %4560, %2779 : f32[16] @ models/lib/nn.yaml:80:7
%4566 = add %4565, %4564 : f32[16] @ models/lib/nn.yaml:80:7
%4567 = mul %4559, %4559 : f32[16] @ models/lib/nn.yaml:80:7
%4568 = mul %4567, %2783 : f32[16] @ models/lib/nn.yaml:80:7
%4569 = mul %4561, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%4570 = add %4569, %4568 : f32[16] @ models/lib/nn.yaml:80:7
%4571 = cast %4563 : f64[] @ models/lib/nn.yaml:80:7
%4572 = pow %2679, %4571 : f64[] @ models/lib/nn.yaml:80:7
%4573 = sub %2672, %4572 : f64[] @ models/lib/nn.yaml:80:7
%4574 = div %1614, %4573 : f64[] @ models/lib/nn.yaml:80:7
%4575 = pow %2687, %4571 : f64[] @ models/lib/nn.yaml:80:7
%4576 = sub %2672, %4575 : f64[] @ models/lib/nn.yaml:80:7
%4577 = sqrt %4576 : f64[] @ models/lib/nn.yaml:80:7
%4578 = div %2672, %4577 : f64[] @ models/lib/nn.yaml:80:7
%4579 = sqrt %4570 : f32[16] @ models/lib/nn.yaml:80:7
%4580 = cast %4578 : f32[] @ models/lib/nn.yaml:80:7
%4581 = broadcast %4580 : f32[16] @ models/lib/nn.yaml:80:7
%4582 = mul %4579, %4581 : f32[16] @ models/lib/nn.yaml:80:7
%4583 = add %4582, %2800 : f32[16] @ models/lib/nn.yaml:80:7
%4584 = div %4566, %4583 : f32[16] @ models/lib/nn.yaml:80:7
%4585 = cast %4574 : f32[] @ models/lib/nn.yaml:80:7
%4586 = broadcast %4585 : f32[16] @ models/lib/nn.yaml:80:7
%4587 = mul %4584, %4586 : f32[16] @ models/lib/nn.yaml:80:7
%4588 = sub %52, %4587 : f32[16] @ models/lib/nn.yaml:80:7
%4589 = assign %52, %4588 : f32[16] @ models/lib/nn.yaml:80:7
%4590 = assign %4560, %4566 : f32[16] @ models/lib/nn.yaml:80:7
%4591 = assign %4561, %4570 : f32[16] @ models/lib/nn.yaml:80:7
%4592 = assign %4562, %4563 : i64[] @ models/lib/nn.yaml:80:7
%4593 = mul %136, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%4594 = mul %4588, %2813 : f32[16] @ models/lib/nn.yaml:80:7
%4595 = add %4593, %4594 : f32[16] @ models/lib/nn.yaml:80:7
%4596 = assign %136, %4595 : f32[16] @ models/lib/nn.yaml:80:7
%4597 = all_reduce_sum %2187 : f32[16,16] @ models/lib/nn.yaml:79:7
%4598 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4599 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4600 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4601 = add %4600, %2669 : i64[] @ models/lib/nn.yaml:79:7
%4602 = mul %53, %2990 : f32[16,16] @ models/lib/nn.yaml:79:7
%4603 = mul %4597, %2992 : f32[16,16] @ models/lib/nn.yaml:79:7
%4604 = mul %4598, %2994 : f32[16,16] @ models/lib/nn.yaml:79:7
%4605 = add %4604, %4603 : f32[16,16] @ models/lib/nn.yaml:79:7
%4606 = mul %4597, %4597 : f32[16,16] @ models/lib/nn.yaml:79:7
%4607 = mul %4606, %2998 : f32[16,16] @ models/lib/nn.yaml:79:7
%4608 = mul %4599, %3000 : f32[16,16] @ models/lib/nn.yaml:79:7
%4609 = add %4608, %4607 : f32[16,16] @ models/lib/nn.yaml:79:7
%4610 = cast %4601 : f64[] @ models/lib/nn.yaml:79:7
%4611 = pow %2679, %4610 : f64[] @ models/lib/nn.yaml:79:7
%4612 = sub %2672, %4611 : f64[] @ models/lib/nn.yaml:79:7
%4613 = div %1614, %4612 : f64[] @ models/lib/nn.yaml:79:7
%4614 = pow %2687, %4610 : f64[] @ models/lib/nn.yaml:79:7
%4615 = sub %2672, %4614 : f64[] @ models/lib/nn.yaml:79:7
%4616 = sqrt %4615 : f64[] @ models/lib/nn.yaml:79:7
%4617 = div %2672, %4616 : f64[] @ models/lib/nn.yaml:79:7
%4618 = sqrt %4609 : f32[16,16] @ models/lib/nn.yaml:79:7
%4619 = cast %4617 : f32[] @ models/lib/nn.yaml:79:7
%4620 = broadcast %4619 : f32[16,16] @ models/lib/nn.yaml:79:7
%4621 = mul %4618, %4620 : f32[16,16] @ models/lib/nn.yaml:79:7
%4622 = add %4621, %3015 : f32[16,16] @ models/lib/nn.yaml:79:7
%4623 = div %4605, %4622 : f32[16,16] @ models/lib/nn.yaml:79:7
%4624 = cast %4613 : f32[] @ models/lib/nn.yaml:79:7
%4625 = broadcast %4624 : f32[16,16] @ models/lib/nn.yaml:79:7
%4626 = mul %4623, %4625 : f32[16,16] @ models/lib/nn.yaml:79:7
%4627 = sub %4602, %4626 : f32[16,16] @ models/lib/nn.yaml:79:7
%4628 = assign %53, %4627 : f32[16,16] @ models/lib/nn.yaml:79:7
%4629 = assign %4598, %4605 : f32[16,16] @ models/lib/nn.yaml:79:7
%4630 = assign %4599, %4609 : f32[16,16] @ models/lib/nn.yaml:79:7
%4631 = assign %4600, %4601 : i64[] @ models/lib/nn.yaml:79:7
%4632 = mul %137, %3026 : f32[16,16] @ models/lib/nn.yaml:79:7
%4633 = mul %4627, %3028 : f32[16,16] @ models/lib/nn.yaml:79:7
%4634 = add %4632, %4633 : f32[16,16] @ models/lib/nn.yaml:79:7
%4635 = assign %137, %4634 : f32[16,16] @ models/lib/nn.yaml:79:7
%4636 = all_reduce_sum %2183 : f32[16] @ models/lib/nn.yaml:80:7
%4637 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4638 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4639 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4640 = add %4639, %2669 : i64[] @ models/lib/nn.yaml:80:7
%4641 = mul %4636, %2777 : f32[16] @ models/lib/nn.yaml:80:7
%4642 = mul %4637, %2779 : f32[16] @ models/lib/nn.yaml:80:7
%4643 = add %4642, %4641 : f32[16] @ models/lib/nn.yaml:80:7
%4644 = mul %4636, %4636 : f32[16] @ models/lib/nn.yaml:80:7
%4645 = mul %4644, %2783 : f32[16] @ models/lib/nn.yaml:80:7
%4646 = mul %4638, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%4647 = add %4646, %4645 : f32[16] @ models/lib/nn.yaml:80:7
%4648 = cast %4640 : f64[] @ models/lib/nn.yaml:80:7
%4649 = pow %2679, %4648 : f64[] @ models/lib/nn.yaml:80:7
%4650 = sub %2672, %4649 : f64[] @ models/lib/nn.yaml:80:7
%4651 = div %1614, %4650 : f64[] @ models/lib/nn.yaml:80:7
%4652 = pow %2687, %4648 : f64[] @ models/lib/nn.yaml:80:7
%4653 = sub %2672, %4652 : f64[] @ models/lib/nn.yaml:80:7
%4654 = sqrt %4653 : f64[] @ models/lib/nn.yaml:80:7
%4655 = div %2672, %4654 : f64[] @ models/lib/nn.yaml:80:7
%4656 = sqrt %4647 : f32[16] @ models/lib/nn.yaml:80:7
%4657 = cast %4655 : f32[] @ models/lib/nn.yaml:80:7
%4658 = broadcast %4657 : f32[16] @ models/lib/nn.yaml:80:7
%4659 = mul %4656, %4658 : f32[16] @ models/lib/nn.yaml:80:7
%4660 = add %4659, %2800 : f32[16] @ models/lib/nn.yaml:80:7
%4661 = div %4643, %4660 : f32[16] @ models/lib/nn.yaml:80:7
%4662 = cast %4651 : f32[] @ models/lib/nn.yaml:80:7
%4663 = broadcast %4662 : f32[16] @ models/lib/nn.yaml:80:7
%4664 = mul %4661, %4663 : f32[16] @ models/lib/nn.yaml:80:7
%4665 = sub %54, %4664 : f32[16] @ models/lib/nn.yaml:80:7
%4666 = assign %54, %4665 : f32[16] @ models/lib/nn.yaml:80:7
%4667 = assign %4637, %4643 : f32[16] @ models/lib/nn.yaml:80:7
%4668 = assign %4638, %4647 : f32[16] @ models/lib/nn.yaml:80:7
%4669 = assign %4639, %4640 : i64[] @ models/lib/nn.yaml:80:7
%4670 = mul %138, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%4671 = mul %4665, %2813 : f32[16] @ models/lib/nn.yaml:80:7
%4672 = add %4670, %4671 : f32[16] @ models/lib/nn.yaml:80:7
%4673 = assign %138, %4672 : f32[16] @ models/lib/nn.yaml:80:7
%4674 = all_reduce_sum %2177 : f32[16,16] @ models/lib/nn.yaml:79:7
%4675 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4676 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4677 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4678 = add %4677, %2669 : i64[] @ models/lib/nn.yaml:79:7
%4679 = mul %55, %2990 : f32[16,16] @ models/lib/nn.yaml:79:7
%4680 = mul %4674, %2992 : f32[16,16] @ models/lib/nn.yaml:79:7
%4681 = mul %4675, %2994 : f32[16,16] @ models/lib/nn.yaml:79:7
%4682 = add %4681, %4680 : f32[16,16] @ models/lib/nn.yaml:79:7
%4683 = mul %4674, %4674 : f32[16,16] @ models/lib/nn.yaml:79:7
%4684 = mul %4683, %2998 : f32[16,16] @ models/lib/nn.yaml:79:7
%4685 = mul %4676, %3000 : f32[16,16] @ models/lib/nn.yaml:79:7
%4686 = add %4685, %4684 : f32[16,16] @ models/lib/nn.yaml:79:7
%4687 = cast %4678 : f64[] @ models/lib/nn.yaml:79:7
%4688 = pow %2679, %4687 : f64[] @ models/lib/nn.yaml:79:7
%4689 = sub %2672, %4688 : f64[] @ models/lib/nn.yaml:79:7
%4690 = div %1614, %4689 : f64[] @ models/lib/nn.yaml:79:7
%4691 = pow %2687, %4687 : f64[] @ models/lib/nn.yaml:79:7
%4692 = sub %2672, %4691 : f64[] @ models/lib/nn.yaml:79:7
%4693 = sqrt %4692 : f64[] @ models/lib/nn.yaml:79:7
%4694 = div %2672, %4693 : f64[] @ models/lib/nn.yaml:79:7
%4695 = sqrt %4686 : f32[16,16] @ models/lib/nn.yaml:79:7
%4696 = cast %4694 : f32[] @ models/lib/nn.yaml:79:7
%4697 = broadcast %4696 : f32[16,16] @ models/lib/nn.yaml:79:7
%4698 = mul %4695, %4697 : f32[16,16] @ models/lib/nn.yaml:79:7
%4699 = add %4698, %3015 : f32[16,16] @ models/lib/nn.yaml:79:7
%4700 = div %4682, %4699 : f32[16,16] @ models/lib/nn.yaml:79:7
%4701 = cast %4690 : f32[] @ models/lib/nn.yaml:79:7
%4702 = broadcast %4701 : f32[16,16] @ models/lib/nn.yaml:79:7
%4703 = mul %4700, %4702 : f32[16,16] @ models/lib/nn.yaml:79:7
%4704 = sub %4679, %4703 : f32[16,16] @ models/lib/nn.yaml:79:7
%4705 = assign %55, %4704 : f32[16,16] @ models/lib/nn.yaml:79:7
%4706 = assign %4675, %4682 : f32[16,16] @ models/lib/nn.yaml:79:7
%4707 = assign %4676, %4686 : f32[16,16] @ models/lib/nn.yaml:79:7
%4708 = assign %4677, %4678 : i64[] @ models/lib/nn.yaml:79:7
%4709 = mul %139, %3026 : f32[16,16] @ models/lib/nn.yaml:79:7
%4710 = mul %4704, %3028 : f32[16,16] @ models/lib/nn.yaml:79:7
%4711 = add %4709, %4710 : f32[16,16] @ models/lib/nn.yaml:79:7
%4712 = assign %139, %4711 : f32[16,16] @ models/lib/nn.yaml:79:7
%4713 = all_reduce_sum %2173 : f32[16] @ models/lib/nn.yaml:80:7
%4714 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4715 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4716 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4717 = add %4716, %2669 : i64[] @ models/lib/nn.yaml:80:7
%4718 = mul %4713, %2777 : f32[16] @ models/lib/nn.yaml:80:7
%4719 = mul %4714, %2779 : f32[16] @ models/lib/nn.yaml:80:7
%4720 = add %4719, %4718 : f32[16] @ models/lib/nn.yaml:80:7
%4721 = mul %4713, %4713 : f32[16] @ models/lib/nn.yaml:80:7
%4722 = mul %4721, %2783 : f32[16] @ models/lib/nn.yaml:80:7
%4723 = mul %4715, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%4724 = add %4723, %4722 : f32[16] @ models/lib/nn.yaml:80:7
%4725 = cast %4717 : f64[] @ models/lib/nn.yaml:80:7
%4726 = pow %2679, %4725 : f64[] @ models/lib/nn.yaml:80:7
%4727 = sub %2672, %4726 : f64[] @ models/lib/nn.yaml:80:7
%4728 = div %1614, %4727 : f64[] @ models/lib/nn.yaml:80:7
%4729 = pow %2687, %4725 : f64[] @ models/lib/nn.yaml:80:7
%4730 = sub %2672, %4729 : f64[] @ models/lib/nn.yaml:80:7
%4731 = sqrt %4730 : f64[] @ models/lib/nn.yaml:80:7
%4732 = div %2672, %4731 : f64[] @ models/lib/nn.yaml:80:7
%4733 = sqrt %4724 : f32[16] @ models/lib/nn.yaml:80:7
%4734 = cast %4732 : f32[] @ models/lib/nn.yaml:80:7
%4735 = broadcast %4734 : f32[16] @ models/lib/nn.yaml:80:7
%4736 = mul %4733, %4735 : f32[16] @ models/lib/nn.yaml:80:7
%4737 = add %4736, %2800 : f32[16] @ models/lib/nn.yaml:80:7
%4738 = div %4720, %4737 : f32[16] @ models/lib/nn.yaml:80:7
%4739 = cast %4728 : f32[] @ models/lib/nn.yaml:80:7
%4740 = broadcast %4739 : f32[16] @ models/lib/nn.yaml:80:7
%4741 = mul %4738, %4740 : f32[16] @ models/lib/nn.yaml:80:7
%4742 = sub %56, %4741 : f32[16] @ models/lib/nn.yaml:80:7
%4743 = assign %56, %4742 : f32[16] @ models/lib/nn.yaml:80:7
%4744 = assign %4714, %4720 : f32[16] @ models/lib/nn.yaml:80:7
%4745 = assign %4715, %4724 : f32[16] @ models/lib/nn.yaml:80:7
%4746 = assign %4716, %4717 : i64[] @ models/lib/nn.yaml:80:7
%4747 = mul %140, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%4748 = mul %4742, %2813 : f32[16] @ models/lib/nn.yaml:80:7
%4749 = add %4747, %4748 : f32[16] @ models/lib/nn.yaml:80:7
%4750 = assign %140, %4749 : f32[16] @ models/lib/nn.yaml:80:7
%4751 = all_reduce_sum %2130 : f32[16,16] @ models/lib/nn.yaml:79:7
%4752 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4753 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4754 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4755 = add %4754, %2669 : i64[] @ models/lib/nn.yaml:79:7
%4756 = mul %57, %2990 : f32[16,16] @ models/lib/nn.yaml:79:7
%4757 = mul %4751, %2992 : f32[16,16] @ models/lib/nn.yaml:79:7
%4758 = mul %4752, %2994 : f32[16,16] @ models/lib/nn.yaml:79:7
%4759 = add %4758, %4757 : f32[16,16] @ models/lib/nn.yaml:79:7
%4760 = mul %4751, %4751 : f32[16,16] @ models/lib/nn.yaml:79:7
%4761 = mul %4760, %2998 : f32[16,16] @ models/lib/nn.yaml:79:7
%4762 = mul %4753, %3000 : f32[16,16] @ models/lib/nn.yaml:79:7
%4763 = add %4762, %4761 : f32[16,16] @ models/lib/nn.yaml:79:7
%4764 = cast %4755 : f64[] @ models/lib/nn.yaml:79:7
%4765 = pow %2679, %4764 : f64[] @ models/lib/nn.yaml:79:7
%4766 = sub %2672, %4765 : f64[] @ models/lib/nn.yaml:79:7
%4767 = div %1614, %4766 : f64[] @ models/lib/nn.yaml:79:7
%4768 = pow %2687, %4764 : f64[] @ models/lib/nn.yaml:79:7
%4769 = sub %2672, %4768 : f64[] @ models/lib/nn.yaml:79:7
%4770 = sqrt %4769 : f64[] @ models/lib/nn.yaml:79:7
%4771 = div %2672, %4770 : f64[] @ models/lib/nn.yaml:79:7
%4772 = sqrt %4763 : f32[16,16] @ models/lib/nn.yaml:79:7
%4773 = cast %4771 : f32[] @ models/lib/nn.yaml:79:7
%4774 = broadcast %4773 : f32[16,16] @ models/lib/nn.yaml:79:7
%4775 = mul %4772, %4774 : f32[16,16] @ models/lib/nn.yaml:79:7
%4776 = add %4775, %3015 : f32[16,16] @ models/lib/nn.yaml:79:7
%4777 = div %4759, %4776 : f32[16,16] @ models/lib/nn.yaml:79:7
%4778 = cast %4767 : f32[] @ models/lib/nn.yaml:79:7
%4779 = broadcast %4778 : f32[16,16] @ models/lib/nn.yaml:79:7
%4780 = mul %4777, %4779 : f32[16,16] @ models/lib/nn.yaml:79:7
%4781 = sub %4756, %4780 : f32[16,16] @ models/lib/nn.yaml:79:7
%4782 = assign %57, %4781 : f32[16,16] @ models/lib/nn.yaml:79:7
%4783 = assign %4752, %4759 : f32[16,16] @ models/lib/nn.yaml:79:7
%4784 = assign %4753, %4763 : f32[16,16] @ models/lib/nn.yaml:79:7
%4785 = assign %4754, %4755 : i64[] @ models/lib/nn.yaml:79:7
%4786 = mul %141, %3026 : f32[16,16] @ models/lib/nn.yaml:79:7
%4787 = mul %4781, %3028 : f32[16,16] @ models/lib/nn.yaml:79:7
%4788 = add %4786, %4787 : f32[16,16] @ models/lib/nn.yaml:79:7
%4789 = assign %141, %4788 : f32[16,16] @ models/lib/nn.yaml:79:7
%4790 = all_reduce_sum %2126 : f32[16] @ models/lib/nn.yaml:80:7
%4791 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4792 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4793 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4794 = add %4793, %2669 : i64[] @ models/lib/nn.yaml:80:7
%4795 = mul %4790, %2777 : f32[16] @ models/lib/nn.yaml:80:7
%4796 = mul %4791, %2779 : f32[16] @ models/lib/nn.yaml:80:7
%4797 = add %4796, %4795 : f32[16] @ models/lib/nn.yaml:80:7
%4798 = mul %4790, %4790 : f32[16] @ models/lib/nn.yaml:80:7
%4799 = mul %4798, %2783 : f32[16] @ models/lib/nn.yaml:80:7
%4800 = mul %4792, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%4801 = add %4800, %4799 : f32[16] @ models/lib/nn.yaml:80:7
%4802 = cast %4794 : f64[] @ models/lib/nn.yaml:80:7
%4803 = pow %2679, %4802 : f64[] @ models/lib/nn.yaml:80:7
%4804 = sub %2672, %4803 : f64[] @ models/lib/nn.yaml:80:7
%4805 = div %1614, %4804 : f64[] @ models/lib/nn.yaml:80:7
%4806 = pow %2687, %4802 : f64[] @ models/lib/nn.yaml:80:7
%4807 = sub %2672, %4806 : f64[] @ models/lib/nn.yaml:80:7
%4808 = sqrt %4807 : f64[] @ models/lib/nn.yaml:80:7
%4809 = div %2672, %4808 : f64[] @ models/lib/nn.yaml:80:7
%4810 = sqrt %4801 : f32[16] @ models/lib/nn.yaml:80:7
%4811 = cast %4809 : f32[] @ models/lib/nn.yaml:80:7
%4812 = broadcast %4811 : f32[16] @ models/lib/nn.yaml:80:7
%4813 = mul %4810, %4812 : f32[16] @ models/lib/nn.yaml:80:7
%4814 = add %4813, %2800 : f32[16] @ models/lib/nn.yaml:80:7
%4815 = div %4797, %4814 : f32[16] @ models/lib/nn.yaml:80:7
%4816 = cast %4805 : f32[] @ models/lib/nn.yaml:80:7
%4817 = broadcast %4816 : f32[16] @ models/lib/nn.yaml:80:7
%4818 = mul %4815, %4817 : f32[16] @ models/lib/nn.yaml:80:7
%4819 = sub %58, %4818 : f32[16] @ models/lib/nn.yaml:80:7
%4820 = assign %58, %4819 : f32[16] @ models/lib/nn.yaml:80:7
%4821 = assign %4791, %4797 : f32[16] @ models/lib/nn.yaml:80:7
%4822 = assign %4792, %4801 : f32[16] @ models/lib/nn.yaml:80:7
%4823 = assign %4793, %4794 : i64[] @ models/lib/nn.yaml:80:7
%4824 = mul %142, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%4825 = mul %4819, %2813 : f32[16] @ models/lib/nn.yaml:80:7
%4826 = add %4824, %4825 : f32[16] @ models/lib/nn.yaml:80:7
%4827 = assign %142, %4826 : f32[16] @ models/lib/nn.yaml:80:7
%4828 = all_reduce_sum %2105 : f32[16] @ models/lib/nn.yaml:89:7
%4829 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4830 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4831 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4832 = add %4831, %2669 : i64[] @ models/lib/nn.yaml:89:7
%4833 = mul %4828, %2777 : f32[16] @ models/lib/nn.yaml:89:7
%4834 = mul %4829, %2779 : f32[16] @ models/lib/nn.yaml:89:7
%4835 = add %4834, %4833 : f32[16] @ models/lib/nn.yaml:89:7
%4836 = mul %4828, %4828 : f32[16] @ models/lib/nn.yaml:89:7
%4837 = mul %4836, %2783 : f32[16] @ models/lib/nn.yaml:89:7
%4838 = mul %4830, %2785 : f32[16] @ models/lib/nn.yaml:89:7
%4839 = add %4838, %4837 : f32[16] @ models/lib/nn.yaml:89:7
%4840 = cast %4832 : f64[] @ models/lib/nn.yaml:89:7
%4841 = pow %2679, %4840 : f64[] @ models/lib/nn.yaml:89:7
%4842 = sub %2672, %4841 : f64[] @ models/lib/nn.yaml:89:7
%4843 = div %1614, %4842 : f64[] @ models/lib/nn.yaml:89:7
%4844 = pow %2687, %4840 : f64[] @ models/lib/nn.yaml:89:7
%4845 = sub %2672, %4844 : f64[] @ models/lib/nn.yaml:89:7
%4846 = sqrt %4845 : f64[] @ models/lib/nn.yaml:89:7
%4847 = div %2672, %4846 : f64[] @ models/lib/nn.yaml:89:7
%4848 = sqrt %4839 : f32[16] @ models/lib/nn.yaml:89:7
%4849 = cast %4847 : f32[] @ models/lib/nn.yaml:89:7
%4850 = broadcast %4849 : f32[16] @ models/lib/nn.yaml:89:7
%4851 = mul %4848, %4850 : f32[16] @ models/lib/nn.yaml:89:7
%4852 = add %4851, %2800 : f32[16] @ models/lib/nn.yaml:89:7
%4853 = div %4835, %4852 : f32[16] @ models/lib/nn.yaml:89:7
%4854 = cast %4843 : f32[] @ models/lib/nn.yaml:89:7
%4855 = broadcast %4854 : f32[16] @ models/lib/nn.yaml:89:7
%4856 = mul %4853, %4855 : f32[16] @ models/lib/nn.yaml:89:7
%4857 = sub %59, %4856 : f32[16] @ models/lib/nn.yaml:89:7
%4858 = assign %59, %4857 : f32[16] @ models/lib/nn.yaml:89:7
%4859 = assign %4829, %4835 : f32[16] @ models/lib/nn.yaml:89:7
%4860 = assign %4830, %4839 : f32[16] @ models/lib/nn.yaml:89:7
%4861 = assign %4831, %4832 : i64[] @ models/lib/nn.yaml:89:7
%4862 = mul %143, %2811 : f32[16] @ models/lib/nn.yaml:89:7
%4863 = mul %4857, %2813 : f32[16] @ models/lib/nn.yaml:89:7
%4864 = add %4862, %4863 : f32[16] @ models/lib/nn.yaml:89:7
%4865 = assign %143, %4864 : f32[16] @ models/lib/nn.yaml:89:7
%4866 = all_reduce_sum %2101 : f32[16] @ models/lib/nn.yaml:90:7
%4867 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4868 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4869 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4870 = add %4869, %2669 : i64[] @ models/lib/nn.yaml:90:7
%4871 = mul %4866, %2777 : f32[16] @ models/lib/nn.yaml:90:7
%4872 = mul %4867, %2779 : f32[16] @ models/lib/nn.yaml:90:7
%4873 = add %4872, %4871 : f32[16] @ models/lib/nn.yaml:90:7
%4874 = mul %4866, %4866 : f32[16] @ models/lib/nn.yaml:90:7
%4875 = mul %4874, %2783 : f32[16] @ models/lib/nn.yaml:90:7
%4876 = mul %4868, %2785 : f32[16] @ models/lib/nn.yaml:90:7
%4877 = add %4876, %4875 : f32[16] @ models/lib/nn.yaml:90:7
%4878 = cast %4870 : f64[] @ models/lib/nn.yaml:90:7
%4879 = pow %2679, %4878 : f64[] @ models/lib/nn.yaml:90:7
%4880 = sub %2672, %4879 : f64[] @ models/lib/nn.yaml:90:7
%4881 = div %1614, %4880 : f64[] @ models/lib/nn.yaml:90:7
%4882 = pow %2687, %4878 : f64[] @ models/lib/nn.yaml:90:7
%4883 = sub %2672, %4882 : f64[] @ models/lib/nn.yaml:90:7
%4884 = sqrt %4883 : f64[] @ models/lib/nn.yaml:90:7
%4885 = div %2672, %4884 : f64[] @ models/lib/nn.yaml:90:7
%4886 = sqrt %4877 : f32[16] @ models/lib/nn.yaml:90:7
%4887 = cast %4885 : f32[] @ models/lib/nn.yaml:90:7
%4888 = broadcast %4887 : f32[16] @ models/lib/nn.yaml:90:7
%4889 = mul %4886, %4888 : f32[16] @ models/lib/nn.yaml:90:7
%4890 = add %4889, %2800 : f32[16] @ models/lib/nn.yaml:90:7
%4891 = div %4873, %4890 : f32[16] @ models/lib/nn.yaml:90:7
%4892 = cast %4881 : f32[] @ models/lib/nn.yaml:90:7
%4893 = broadcast %4892 : f32[16] @ models/lib/nn.yaml:90:7
%4894 = mul %4891, %4893 : f32[16] @ models/lib/nn.yaml:90:7
%4895 = sub %60, %4894 : f32[16] @ models/lib/nn.yaml:90:7
%4896 = assign %60, %4895 : f32[16] @ models/lib/nn.yaml:90:7
%4897 = assign %4867, %4873 : f32[16] @ models/lib/nn.yaml:90:7
%4898 = assign %4868, %4877 : f32[16] @ models/lib/nn.yaml:90:7
%4899 = assign %4869, %4870 : i64[] @ models/lib/nn.yaml:90:7
%4900 = mul %144, %2811 : f32[16] @ models/lib/nn.yaml:90:7
%4901 = mul %4895, %2813 : f32[16] @ models/lib/nn.yaml:90:7
%4902 = add %4900, %4901 : f32[16] @ models/lib/nn.yaml:90:7
%4903 = assign %144, %4902 : f32[16] @ models/lib/nn.yaml:90:7
%4904 = all_reduce_sum %2099 : f32[64,16] @ models/lib/nn.yaml:79:7
%4905 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4906 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4907 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4908 = add %4907, %2669 : i64[] @ models/lib/nn.yaml:79:7
%4909 = mul %61, %3151 : f32[64,16] @ models/lib/nn.yaml:79:7
%4910 = mul %4904, %3153 : f32[64,16] @ models/lib/nn.yaml:79:7
%4911 = mul %4905, %3155 : f32[64,16] @ models/lib/nn.yaml:79:7
%4912 = add %4911, %4910 : f32[64,16] @ models/lib/nn.yaml:79:7
%4913 = mul %4904, %4904 : f32[64,16] @ models/lib/nn.yaml:79:7
%4914 = mul %4913, %3159 : f32[64,16] @ models/lib/nn.yaml:79:7
%4915 = mul %4906, %3161 : f32[64,16] @ models/lib/nn.yaml:79:7
%4916 = add %4915, %4914 : f32[64,16] @ models/lib/nn.yaml:79:7
%4917 = cast %4908 : f64[] @ models/lib/nn.yaml:79:7
%4918 = pow %2679, %4917 : f64[] @ models/lib/nn.yaml:79:7
%4919 = sub %2672, %4918 : f64[] @ models/lib/nn.yaml:79:7
%4920 = div %1614, %4919 : f64[] @ models/lib/nn.yaml:79:7
%4921 = pow %2687, %4917 : f64[] @ models/lib/nn.yaml:79:7
%4922 = sub %2672, %4921 : f64[] @ models/lib/nn.yaml:79:7
%4923 = sqrt %4922 : f64[] @ models/lib/nn.yaml:79:7
%4924 = div %2672, %4923 : f64[] @ models/lib/nn.yaml:79:7
%4925 = sqrt %4916 : f32[64,16] @ models/lib/nn.yaml:79:7
%4926 = cast %4924 : f32[] @ models/lib/nn.yaml:79:7
%4927 = broadcast %4926 : f32[64,16] @ models/lib/nn.yaml:79:7
%4928 = mul %4925, %4927 : f32[64,16] @ models/lib/nn.yaml:79:7
%4929 = add %4928, %3176 : f32[64,16] @ models/lib/nn.yaml:79:7
%4930 = div %4912, %4929 : f32[64,16] @ models/lib/nn.yaml:79:7
%4931 = cast %4920 : f32[] @ models/lib/nn.yaml:79:7
%4932 = broadcast %4931 : f32[64,16] @ models/lib/nn.yaml:79:7
%4933 = mul %4930, %4932 : f32[64,16] @ models/lib/nn.yaml:79:7
%4934 = sub %4909, %4933 : f32[64,16] @ models/lib/nn.yaml:79:7
%4935 = assign %61, %4934 : f32[64,16] @ models/lib/nn.yaml:79:7
%4936 = assign %4905, %4912 : f32[64,16] @ models/lib/nn.yaml:79:7
%4937 = assign %4906, %4916 : f32[64,16] @ models/lib/nn.yaml:79:7
%4938 = assign %4907, %4908 : i64[] @ models/lib/nn.yaml:79:7
%4939 = mul %145, %3187 : f32[64,16] @ models/lib/nn.yaml:79:7
%4940 = mul %4934, %3189 : f32[64,16] @ models/lib/nn.yaml:79:7
%4941 = add %4939, %4940 : f32[64,16] @ models/lib/nn.yaml:79:7
%4942 = assign %145, %4941 : f32[64,16] @ models/lib/nn.yaml:79:7
%4943 = all_reduce_sum %2095 : f32[64] @ models/lib/nn.yaml:80:7
%4944 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4945 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4946 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4947 = add %4946, %2669 : i64[] @ models/lib/nn.yaml:80:7
%4948 = mul %4943, %3198 : f32[64] @ models/lib/nn.yaml:80:7
%4949 = mul %4944, %3200 : f32[64] @ models/lib/nn.yaml:80:7
%4950 = add %4949, %4948 : f32[64] @ models/lib/nn.yaml:80:7
%4951 = mul %4943, %4943 : f32[64] @ models/lib/nn.yaml:80:7
%4952 = mul %4951, %3204 : f32[64] @ models/lib/nn.yaml:80:7
%4953 = mul %4945, %3206 : f32[64] @ models/lib/nn.yaml:80:7
%4954 = add %4953, %4952 : f32[64] @ models/lib/nn.yaml:80:7
%4955 = cast %4947 : f64[] @ models/lib/nn.yaml:80:7
%4956 = pow %2679, %4955 : f64[] @ models/lib/nn.yaml:80:7
%4957 = sub %2672, %4956 : f64[] @ models/lib/nn.yaml:80:7
%4958 = div %1614, %4957 : f64[] @ models/lib/nn.yaml:80:7
%4959 = pow %2687, %4955 : f64[] @ models/lib/nn.yaml:80:7
%4960 = sub %2672, %4959 : f64[] @ models/lib/nn.yaml:80:7
%4961 = sqrt %4960 : f64[] @ models/lib/nn.yaml:80:7
%4962 = div %2672, %4961 : f64[] @ models/lib/nn.yaml:80:7
%4963 = sqrt %4954 : f32[64] @ models/lib/nn.yaml:80:7
%4964 = cast %4962 : f32[] @ models/lib/nn.yaml:80:7
%4965 = broadcast %4964 : f32[64] @ models/lib/nn.yaml:80:7
%4966 = mul %4963, %4965 : f32[64] @ models/lib/nn.yaml:80:7
%4967 = add %4966, %3221 : f32[64] @ models/lib/nn.yaml:80:7
%4968 = div %4950, %4967 : f32[64] @ models/lib/nn.yaml:80:7
%4969 = cast %4958 : f32[] @ models/lib/nn.yaml:80:7
%4970 = broadcast %4969 : f32[64] @ models/lib/nn.yaml:80:7
%4971 = mul %4968, %4970 : f32[64] @ models/lib/nn.yaml:80:7
%4972 = sub %62, %4971 : f32[64] @ models/lib/nn.yaml:80:7
%4973 = assign %62, %4972 : f32[64] @ models/lib/nn.yaml:80:7
%4974 = assign %4944, %4950 : f32[64] @ models/lib/nn.yaml:80:7
%4975 = assign %4945, %4954 : f32[64] @ models/lib/nn.yaml:80:7
%4976 = assign %4946, %4947 : i64[] @ models/lib/nn.yaml:80:7
%4977 = mul %146, %3232 : f32[64] @ models/lib/nn.yaml:80:7
%4978 = mul %4972, %3234 : f32[64] @ models/lib/nn.yaml:80:7
%4979 = add %4977, %4978 : f32[64] @ models/lib/nn.yaml:80:7
%4980 = assign %146, %4979 : f32[64] @ models/lib/nn.yaml:80:7
%4981 = all_reduce_sum %2081 : f32[16,64] @ models/lib/nn.yaml:79:7
%4982 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4983 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4984 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4985 = add %4984, %2669 : i64[] @ models/lib/nn.yaml:79:7
%4986 = mul %63, %3243 : f32[16,64] @ models/lib/nn.yaml:79:7
%4987 = mul %4981, %3245 : f32[16,64] @ models/lib/nn.yaml:79:7
%4988 = mul %4982, %3247 : f32[16,64] @ models/lib/nn.yaml:79:7
%4989 = add %4988, %4987 : f32[16,64] @ models/lib/nn.yaml:79:7
%4990 = mul %4981, %4981 : f32[16,64] @ models/lib/nn.yaml:79:7
%4991 = mul %4990, %3251 : f32[16,64] @ models/lib/nn.yaml:79:7
%4992 = mul %4983, %3253 : f32[16,64] @ models/lib/nn.yaml:79:7
%4993 = add %4992, %4991 : f32[16,64] @ models/lib/nn.yaml:79:7
%4994 = cast %4985 : f64[] @ models/lib/nn.yaml:79:7
%4995 = pow %2679, %4994 : f64[] @ models/lib/nn.yaml:79:7
%4996 = sub %2672, %4995 : f64[] @ models/lib/nn.yaml:79:7
%4997 = div %1614, %4996 : f64[] @ models/lib/nn.yaml:79:7
%4998 = pow %2687, %4994 : f64[] @ models/lib/nn.yaml:79:7
%4999 = sub %2672, %4998 : f64[] @ models/lib/nn.yaml:79:7
%5000 = sqrt %4999 : f64[] @ models/lib/nn.yaml:79:7
%5001 = div %2672, %5000 : f64[] @ models/lib/nn.yaml:79:7
%5002 = sqrt %4993 : f32[16,64] @ models/lib/nn.yaml:79:7
%5003 = cast %5001 : f32[] @ models/lib/nn.yaml:79:7
%5004 = broadcast %5003 : f32[16,64] @ models/lib/nn.yaml:79:7
%5005 = mul %5002, %5004 : f32[16,64] @ models/lib/nn.yaml:79:7
%5006 = add %5005, %3268 : f32[16,64] @ models/lib/nn.yaml:79:7
%5007 = div %4989, %5006 : f32[16,64] @ models/lib/nn.yaml:79:7
%5008 = cast %4997 : f32[] @ models/lib/nn.yaml:79:7
%5009 = broadcast %5008 : f32[16,64] @ models/lib/nn.yaml:79:7
%5010 = mul %5007, %5009 : f32[16,64] @ models/lib/nn.yaml:79:7
%5011 = sub %4986, %5010 : f32[16,64] @ models/lib/nn.yaml:79:7
%5012 = assign %63, %5011 : f32[16,64] @ models/lib/nn.yaml:79:7
%5013 = assign %4982, %4989 : f32[16,64] @ models/lib/nn.yaml:79:7
%5014 = assign %4983, %4993 : f32[16,64] @ models/lib/nn.yaml:79:7
%5015 = assign %4984, %4985 : i64[] @ models/lib/nn.yaml:79:7
%5016 = mul %147, %3279 : f32[16,64] @ models/lib/nn.yaml:79:7
%5017 = mul %5011, %3281 : f32[16,64] @ models/lib/nn.yaml:79:7
%5018 = add %5016, %5017 : f32[16,64] @ models/lib/nn.yaml:79:7
%5019 = assign %147, %5018 : f32[16,64] @ models/lib/nn.yaml:79:7
%5020 = all_reduce_sum %2077 : f32[16] @ models/lib/nn.yaml:80:7
%5021 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5022 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5023 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5024 = add %5023, %2669 : i64[] @ models/lib/nn.yaml:80:7
%5025 = mul %5020, %2777 : f32[16] @ models/lib/nn.yaml:80:7
%5026 = mul %5021, %2779 : f32[16] @ models/lib/nn.yaml:80:7
%5027 = add %5026, %5025 : f32[16] @ models/lib/nn.yaml:80:7
%5028 = mul %5020, %5020 : f32[16] @ models/lib/nn.yaml:80:7
%5029 = mul %5028, %2783 : f32[16] @ models/lib/nn.yaml:80:7
%5030 = mul %5022, %2785 : f32[16] @ models/lib/nn.yaml:80:7
%5031 = add %5030, %5029 : f32[16] @ models/lib/nn.yaml:80:7
%5032 = cast %5024 : f64[] @ models/lib/nn.yaml:80:7
%5033 = pow %2679, %5032 : f64[] @ models/lib/nn.yaml:80:7
%5034 = sub %2672, %5033 : f64[] @ models/lib/nn.yaml:80:7
%5035 = div %1614, %5034 : f64[] @ models/lib/nn.yaml:80:7
%5036 = pow %2687, %5032 : f64[] @ models/lib/nn.yaml:80:7
%5037 = sub %2672, %5036 : f64[] @ models/lib/nn.yaml:80:7
%5038 = sqrt %5037 : f64[] @ models/lib/nn.yaml:80:7
%5039 = div %2672, %5038 : f64[] @ models/lib/nn.yaml:80:7
%5040 = sqrt %5031 : f32[16] @ models/lib/nn.yaml:80:7
%5041 = cast %5039 : f32[] @ models/lib/nn.yaml:80:7
%5042 = broadcast %5041 : f32[16] @ models/lib/nn.yaml:80:7
%5043 = mul %5040, %5042 : f32[16] @ models/lib/nn.yaml:80:7
%5044 = add %5043, %2800 : f32[16] @ models/lib/nn.yaml:80:7
%5045 = div %5027, %5044 : f32[16] @ models/lib/nn.yaml:80:7
%5046 = cast %5035 : f32[] @ models/lib/nn.yaml:80:7
%5047 = broadcast %5046 : f32[16] @ models/lib/nn.yaml:80:7
%5048 = mul %5045, %5047 : f32[16] @ models/lib/nn.yaml:80:7
%5049 = sub %64, %5048 : f32[16] @ models/lib/nn.yaml:80:7
%5050 = assign %64, %5049 : f32[16] @ models/lib/nn.yaml:80:7
%5051 = assign %5021, %5027 : f32[16] @ models/lib/nn.yaml:80:7
%5052 = assign %5022, %5031 : f32[16] @ models/lib/nn.yaml:80:7
%5053 = assign %5023, %5024 : i64[] @ models/lib/nn.yaml:80:7
%5054 = mul %148, %2811 : f32[16] @ models/lib/nn.yaml:80:7
%5055 = mul %5049, %2813 : f32[16] @ models/lib/nn.yaml:80:7
%5056 = add %5054, %5055 : f32[16] @ models/lib/nn.yaml:80:7
%5057 = assign %148, %5056 : f32[16] @ models/lib/nn.yaml:80:7
%5058 = all_reduce_sum %2055 : f32[16] @ models/lib/nn.yaml:89:7
%5059 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5060 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5061 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5062 = add %5061, %2669 : i64[] @ models/lib/nn.yaml:89:7
%5063 = mul %5058, %2777 : f32[16] @ models/lib/nn.yaml:89:7
%5064 = mul %5059, %2779 : f32[16] @ models/lib/nn.yaml:89:7
%5065 = add %5064, %5063 : f32[16] @ models/lib/nn.yaml:89:7
%5066 = mul %5058, %5058 : f32[16] @ models/lib/nn.yaml:89:7
%5067 = mul %5066, %2783 : f32[16] @ models/lib/nn.yaml:89:7
%5068 = mul %5060, %2785 : f32[16] @ models/lib/nn.yaml:89:7
%5069 = add %5068, %5067 : f32[16] @ models/lib/nn.yaml:89:7
%5070 = cast %5062 : f64[] @ models/lib/nn.yaml:89:7
%5071 = pow %2679, %5070 : f64[] @ models/lib/nn.yaml:89:7
%5072 = sub %2672, %5071 : f64[] @ models/lib/nn.yaml:89:7
%5073 = div %1614, %5072 : f64[] @ models/lib/nn.yaml:89:7
%5074 = pow %2687, %5070 : f64[] @ models/lib/nn.yaml:89:7
%5075 = sub %2672, %5074 : f64[] @ models/lib/nn.yaml:89:7
%5076 = sqrt %5075 : f64[] @ models/lib/nn.yaml:89:7
%5077 = div %2672, %5076 : f64[] @ models/lib/nn.yaml:89:7
%5078 = sqrt %5069 : f32[16] @ models/lib/nn.yaml:89:7
%5079 = cast %5077 : f32[] @ models/lib/nn.yaml:89:7
%5080 = broadcast %5079 : f32[16] @ models/lib/nn.yaml:89:7
%5081 = mul %5078, %5080 : f32[16] @ models/lib/nn.yaml:89:7
%5082 = add %5081, %2800 : f32[16] @ models/lib/nn.yaml:89:7
%5083 = div %5065, %5082 : f32[16] @ models/lib/nn.yaml:89:7
%5084 = cast %5073 : f32[] @ models/lib/nn.yaml:89:7
%5085 = broadcast %5084 : f32[16] @ models/lib/nn.yaml:89:7
%5086 = mul %5083, %5085 : f32[16] @ models/lib/nn.yaml:89:7
%5087 = sub %65, %5086 : f32[16] @ models/lib/nn.yaml:89:7
%5088 = assign %65, %5087 : f32[16] @ models/lib/nn.yaml:89:7
%5089 = assign %5059, %5065 : f32[16] @ models/lib/nn.yaml:89:7
%5090 = assign %5060, %5069 : f32[16] @ models/lib/nn.yaml:89:7
%5091 = assign %5061, %5062 : i64[] @ models/lib/nn.yaml:89:7
%5092 = mul %149, %2811 : f32[16] @ models/lib/nn.yaml:89:7
%5093 = mul %5087, %2813 : f32[16] @ models/lib/nn.yaml:89:7
%5094 = add %5092, %5093 : f32[16] @ models/lib/nn.yaml:89:7
%5095 = assign %149, %5094 : f32[16] @ models/lib/nn.yaml:89:7
%5096 = all_reduce_sum %2051 : f32[16] @ models/lib/nn.yaml:90:7
%5097 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5098 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5099 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5100 = add %5099, %2669 : i64[] @ models/lib/nn.yaml:90:7
%5101 = mul %5096, %2777 : f32[16] @ models/lib/nn.yaml:90:7
%5102 = mul %5097, %2779 : f32[16] @ models/lib/nn.yaml:90:7
%5103 = add %5102, %5101 : f32[16] @ models/lib/nn.yaml:90:7
%5104 = mul %5096, %5096 : f32[16] @ models/lib/nn.yaml:90:7
%5105 = mul %5104, %2783 : f32[16] @ models/lib/nn.yaml:90:7
%5106 = mul %5098, %2785 : f32[16] @ models/lib/nn.yaml:90:7
%5107 = add %5106, %5105 : f32[16] @ models/lib/nn.yaml:90:7
%5108 = cast %5100 : f64[] @ models/lib/nn.yaml:90:7
%5109 = pow %2679, %5108 : f64[] @ models/lib/nn.yaml:90:7
%5110 = sub %2672, %5109 : f64[] @ models/lib/nn.yaml:90:7
%5111 = div %1614, %5110 : f64[] @ models/lib/nn.yaml:90:7
%5112 = pow %2687, %5108 : f64[] @ models/lib/nn.yaml:90:7
%5113 = sub %2672, %5112 : f64[] @ models/lib/nn.yaml:90:7
%5114 = sqrt %5113 : f64[] @ models/lib/nn.yaml:90:7
%5115 = div %2672, %5114 : f64[] @ models/lib/nn.yaml:90:7
%5116 = sqrt %5107 : f32[16] @ models/lib/nn.yaml:90:7
%5117 = cast %5115 : f32[] @ models/lib/nn.yaml:90:7
%5118 = broadcast %5117 : f32[16] @ models/lib/nn.yaml:90:7
%5119 = mul %5116, %5118 : f32[16] @ models/lib/nn.yaml:90:7
%5120 = add %5119, %2800 : f32[16] @ models/lib/nn.yaml:90:7
%5121 = div %5103, %5120 : f32[16] @ models/lib/nn.yaml:90:7
%5122 = cast %5111 : f32[] @ models/lib/nn.yaml:90:7
%5123 = broadcast %5122 : f32[16] @ models/lib/nn.yaml:90:7
%5124 = mul %5121, %5123 : f32[16] @ models/lib/nn.yaml:90:7
%5125 = sub %66, %5124 : f32[16] @ models/lib/nn.yaml:90:7
%5126 = assign %66, %5125 : f32[16] @ models/lib/nn.yaml:90:7
%5127 = assign %5097, %5103 : f32[16] @ models/lib/nn.yaml:90:7
%5128 = assign %5098, %5107 : f32[16] @ models/lib/nn.yaml:90:7
%5129 = assign %5099, %5100 : i64[] @ models/lib/nn.yaml:90:7
%5130 = mul %150, %2811 : f32[16] @ models/lib/nn.yaml:90:7
%5131 = mul %5125, %2813 : f32[16] @ models/lib/nn.yaml:90:7
%5132 = add %5130, %5131 : f32[16] @ models/lib/nn.yaml:90:7
%5133 = assign %150, %5132 : f32[16] @ models/lib/nn.yaml:90:7
%5134 = all_reduce_sum %2044 : f32[24,16] @ models/lib/nn.yaml:79:7
%5135 = state name="adam_m.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%5136 = state name="adam_v.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%5137 = state name="adam_t.projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5138 = add %5137, %2669 : i64[] @ models/lib/nn.yaml:79:7
%5139 = broadcast %2674 : f32[24,16] @ models/lib/nn.yaml:79:7
%5140 = mul %67, %5139 : f32[24,16] @ models/lib/nn.yaml:79:7
%5141 = broadcast %1617 : f32[24,16] @ models/lib/nn.yaml:79:7
%5142 = mul %5134, %5141 : f32[24,16] @ models/lib/nn.yaml:79:7
%5143 = broadcast %1020 : f32[24,16] @ models/lib/nn.yaml:79:7
%5144 = mul %5135, %5143 : f32[24,16] @ models/lib/nn.yaml:79:7
%5145 = add %5144, %5142 : f32[24,16] @ models/lib/nn.yaml:79:7
%5146 = mul %5134, %5134 : f32[24,16] @ models/lib/nn.yaml:79:7
%5147 = broadcast %2684 : f32[24,16] @ models/lib/nn.yaml:79:7
%5148 = mul %5146, %5147 : f32[24,16] @ models/lib/nn.yaml:79:7
%5149 = broadcast %2688 : f32[24,16] @ models/lib/nn.yaml:79:7
%5150 = mul %5136, %5149 : f32[24,16] @ models/lib/nn.yaml:79:7
%5151 = add %5150, %5148 : f32[24,16] @ models/lib/nn.yaml:79:7
%5152 = cast %5138 : f64[] @ models/lib/nn.yaml:79:7
%5153 = pow %2679, %5152 : f64[] @ models/lib/nn.yaml:79:7
%5154 = sub %2672, %5153 : f64[] @ models/lib/nn.yaml:79:7
%5155 = div %1614, %5154 : f64[] @ models/lib/nn.yaml:79:7
%5156 = pow %2687, %5152 : f64[] @ models/lib/nn.yaml:79:7
%5157 = sub %2672, %5156 : f64[] @ models/lib/nn.yaml:79:7
%5158 = sqrt %5157 : f64[] @ models/lib/nn.yaml:79:7
%5159 = div %2672, %5158 : f64[] @ models/lib/nn.yaml:79:7
%5160 = sqrt %5151 : f32[24,16] @ models/lib/nn.yaml:79:7
%5161 = cast %5159 : f32[] @ models/lib/nn.yaml:79:7
%5162 = broadcast %5161 : f32[24,16] @ models/lib/nn.yaml:79:7
%5163 = mul %5160, %5162 : f32[24,16] @ models/lib/nn.yaml:79:7
%5164 = broadcast %2704 : f32[24,16] @ models/lib/nn.yaml:79:7
%5165 = add %5163, %5164 : f32[24,16] @ models/lib/nn.yaml:79:7
%5166 = div %5145, %5165 : f32[24,16] @ models/lib/nn.yaml:79:7
%5167 = cast %5155 : f32[] @ models/lib/nn.yaml:79:7
%5168 = broadcast %5167 : f32[24,16] @ models/lib/nn.yaml:79:7
%5169 = mul %5166, %5168 : f32[24,16] @ models/lib/nn.yaml:79:7
%5170 = sub %5140, %5169 : f32[24,16] @ models/lib/nn.yaml:79:7
%5171 = assign %67, %5170 : f32[24,16] @ models/lib/nn.yaml:79:7
%5172 = assign %5135, %5145 : f32[24,16] @ models/lib/nn.yaml:79:7
%5173 = assign %5136, %5151 : f32[24,16] @ models/lib/nn.yaml:79:7
%5174 = assign %5137, %5138 : i64[] @ models/lib/nn.yaml:79:7
%5175 = broadcast %2716 : f32[24,16] @ models/lib/nn.yaml:79:7
%5176 = mul %151, %5175 : f32[24,16] @ models/lib/nn.yaml:79:7
%5177 = broadcast %2720 : f32[24,16] @ models/lib/nn.yaml:79:7
%5178 = mul %5170, %5177 : f32[24,16] @ models/lib/nn.yaml:79:7
%5179 = add %5176, %5178 : f32[24,16] @ models/lib/nn.yaml:79:7
%5180 = assign %151, %5179 : f32[24,16] @ models/lib/nn.yaml:79:7
%5181 = all_reduce_sum %2021 : f32[24] @ models/moco_pass.yaml:75:7
%5182 = state name="adam_m.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5183 = state name="adam_v.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5184 = state name="adam_t.projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5185 = add %5184, %2669 : i64[] @ models/moco_pass.yaml:75:7
%5186 = broadcast %2674 : f32[24] @ models/moco_pass.yaml:75:7
%5187 = mul %68, %5186 : f32[24] @ models/moco_pass.yaml:75:7
%5188 = broadcast %1617 : f32[24] @ models/moco_pass.yaml:75:7
%5189 = mul %5181, %5188 : f32[24] @ models/moco_pass.yaml:75:7
%5190 = broadcast %1020 : f32[24] @ models/moco_pass.yaml:75:7
%5191 = mul %5182, %5190 : f32[24] @ models/moco_pass.yaml:75:7
%5192 = add %5191, %5189 : f32[24] @ models/moco_pass.yaml:75:7
%5193 = mul %5181, %5181 : f32[24] @ models/moco_pass.yaml:75:7
%5194 = broadcast %2684 : f32[24] @ models/moco_pass.yaml:75:7
%5195 = mul %5193, %5194 : f32[24] @ models/moco_pass.yaml:75:7
%5196 = broadcast %2688 : f32[24] @ models/moco_pass.yaml:75:7
%5197 = mul %5183, %5196 : f32[24] @ models/moco_pass.yaml:75:7
%5198 = add %5197, %5195 : f32[24] @ models/moco_pass.yaml:75:7
%5199 = cast %5185 : f64[] @ models/moco_pass.yaml:75:7
%5200 = pow %2679, %5199 : f64[] @ models/moco_pass.yaml:75:7
%5201 = sub %2672, %5200 : f64[] @ models/moco_pass.yaml:75:7
%5202 = div %1614, %5201 : f64[] @ models/moco_pass.yaml:75:7
%5203 = pow %2687, %5199 : f64[] @ models/moco_pass.yaml:75:7
%5204 = sub %2672, %5203 : f64[] @ models/moco_pass.yaml:75:7
%5205 = sqrt %5204 : f64[] @ models/moco_pass.yaml:75:7
%5206 = div %2672, %5205 : f64[] @ models/moco_pass.yaml:75:7
%5207 = sqrt %5198 : f32[24] @ models/moco_pass.yaml:75:7
%5208 = cast %5206 : f32[] @ models/moco_pass.yaml:75:7
%5209 = broadcast %5208 : f32[24] @ models/moco_pass.yaml:75:7
%5210 = mul %5207, %5209 : f32[24] @ models/moco_pass.yaml:75:7
%5211 = broadcast %2704 : f32[24] @ models/moco_pass.yaml:75:7
%5212 = add %5210, %5211 : f32[24] @ models/moco_pass.yaml:75:7
%5213 = div %5192, %5212 : f32[24] @ models/moco_pass.yaml:75:7
%5214 = cast %5202 : f32[] @ models/moco_pass.yaml:75:7
%5215 = broadcast %5214 : f32[24] @ models/moco_pass.yaml:75:7
%5216 = mul %5213, %5215 : f32[24] @ models/moco_pass.yaml:75:7
%5217 = sub %5187, %5216 : f32[24] @ models/moco_pass.yaml:75:7
%5218 = assign %68, %5217 : f32[24] @ models/moco_pass.yaml:75:7
%5219 = assign %5182, %5192 : f32[24] @ models/moco_pass.yaml:75:7
%5220 = assign %5183, %5198 : f32[24] @ models/moco_pass.yaml:75:7
%5221 = assign %5184, %5185 : i64[] @ models/moco_pass.yaml:75:7
%5222 = broadcast %2716 : f32[24] @ models/moco_pass.yaml:75:7
%5223 = mul %152, %5222 : f32[24] @ models/moco_pass.yaml:75:7
%5224 = broadcast %2720 : f32[24] @ models/moco_pass.yaml:75:7
%5225 = mul %5217, %5224 : f32[24] @ models/moco_pass.yaml:75:7
%5226 = add %5223, %5225 : f32[24] @ models/moco_pass.yaml:75:7
%5227 = assign %152, %5226 : f32[24] @ models/moco_pass.yaml:75:7
%5228 = all_reduce_sum %2017 : f32[24] @ models/moco_pass.yaml:76:7
%5229 = state name="adam_m.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5230 = state name="adam_v.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5231 = state name="adam_t.projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5232 = add %5231, %2669 : i64[] @ models/moco_pass.yaml:76:7
%5233 = mul %69, %5186 : f32[24] @ models/moco_pass.yaml:76:7
%5234 = mul %5228, %5188 : f32[24] @ models/moco_pass.yaml:76:7
%5235 = mul %5229, %5190 : f32[24] @ models/moco_pass.yaml:76:7
%5236 = add %5235, %5234 : f32[24] @ models/moco_pass.yaml:76:7
%5237 = mul %5228, %5228 : f32[24] @ models/moco_pass.yaml:76:7
%5238 = mul %5237, %5194 : f32[24] @ models/moco_pass.yaml:76:7
%5239 = mul %5230, %5196 : f32[24] @ models/moco_pass.yaml:76:7
%5240 = add %5239, %5238 : f32[24] @ models/moco_pass.yaml:76:7
%5241 = cast %5232 : f64[] @ models/moco_pass.yaml:76:7
%5242 = pow %2679, %5241 : f64[] @ models/moco_pass.yaml:76:7
%5243 = sub %2672, %5242 : f64[] @ models/moco_pass.yaml:76:7
%5244 = div %1614, %5243 : f64[] @ models/moco_pass.yaml:76:7
%5245 = pow %2687, %5241 : f64[] @ models/moco_pass.yaml:76:7
%5246 = sub %2672, %5245 : f64[] @ models/moco_pass.yaml:76:7
%5247 = sqrt %5246 : f64[] @ models/moco_pass.yaml:76:7
%5248 = div %2672, %5247 : f64[] @ models/moco_pass.yaml:76:7
%5249 = sqrt %5240 : f32[24] @ models/moco_pass.yaml:76:7
%5250 = cast %5248 : f32[] @ models/moco_pass.yaml:76:7
%5251 = broadcast %5250 : f32[24] @ models/moco_pass.yaml:76:7
%5252 = mul %5249, %5251 : f32[24] @ models/moco_pass.yaml:76:7
%5253 = add %5252, %5211 : f32[24] @ models/moco_pass.yaml:76:7
%5254 = div %5236, %5253 : f32[24] @ models/moco_pass.yaml:76:7
%5255 = cast %5244 : f32[] @ models/moco_pass.yaml:76:7
%5256 = broadcast %5255 : f32[24] @ models/moco_pass.yaml:76:7
%5257 = mul %5254, %5256 : f32[24] @ models/moco_pass.yaml:76:7
%5258 = sub %5233, %5257 : f32[24] @ models/moco_pass.yaml:76:7
%5259 = assign %69, %5258 : f32[24] @ models/moco_pass.yaml:76:7
%5260 = assign %5229, %5236 : f32[24] @ models/moco_pass.yaml:76:7
%5261 = assign %5230, %5240 : f32[24] @ models/moco_pass.yaml:76:7
%5262 = assign %5231, %5232 : i64[] @ models/moco_pass.yaml:76:7
%5263 = mul %153, %5222 : f32[24] @ models/moco_pass.yaml:76:7
%5264 = mul %5258, %5224 : f32[24] @ models/moco_pass.yaml:76:7
%5265 = add %5263, %5264 : f32[24] @ models/moco_pass.yaml:76:7
%5266 = assign %153, %5265 : f32[24] @ models/moco_pass.yaml:76:7
%5267 = all_reduce_sum %2010 : f32[24,24] @ models/lib/nn.yaml:79:7
%5268 = state name="adam_m.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%5269 = state name="adam_v.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%5270 = state name="adam_t.projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5271 = add %5270, %2669 : i64[] @ models/lib/nn.yaml:79:7
%5272 = broadcast %2674 : f32[24,24] @ models/lib/nn.yaml:79:7
%5273 = mul %70, %5272 : f32[24,24] @ models/lib/nn.yaml:79:7
%5274 = broadcast %1617 : f32[24,24] @ models/lib/nn.yaml:79:7
%5275 = mul %5267, %5274 : f32[24,24] @ models/lib/nn.yaml:79:7
%5276 = broadcast %1020 : f32[24,24] @ models/lib/nn.yaml:79:7
%5277 = mul %5268, %5276 : f32[24,24] @ models/lib/nn.yaml:79:7
%5278 = add %5277, %5275 : f32[24,24] @ models/lib/nn.yaml:79:7
%5279 = mul %5267, %5267 : f32[24,24] @ models/lib/nn.yaml:79:7
%5280 = broadcast %2684 : f32[24,24] @ models/lib/nn.yaml:79:7
%5281 = mul %5279, %5280 : f32[24,24] @ models/lib/nn.yaml:79:7
%5282 = broadcast %2688 : f32[24,24] @ models/lib/nn.yaml:79:7
%5283 = mul %5269, %5282 : f32[24,24] @ models/lib/nn.yaml:79:7
%5284 = add %5283, %5281 : f32[24,24] @ models/lib/nn.yaml:79:7
%5285 = cast %5271 : f64[] @ models/lib/nn.yaml:79:7
%5286 = pow %2679, %5285 : f64[] @ models/lib/nn.yaml:79:7
%5287 = sub %2672, %5286 : f64[] @ models/lib/nn.yaml:79:7
%5288 = div %1614, %5287 : f64[] @ models/lib/nn.yaml:79:7
%5289 = pow %2687, %5285 : f64[] @ models/lib/nn.yaml:79:7
%5290 = sub %2672, %5289 : f64[] @ models/lib/nn.yaml:79:7
%5291 = sqrt %5290 : f64[] @ models/lib/nn.yaml:79:7
%5292 = div %2672, %5291 : f64[] @ models/lib/nn.yaml:79:7
%5293 = sqrt %5284 : f32[24,24] @ models/lib/nn.yaml:79:7
%5294 = cast %5292 : f32[] @ models/lib/nn.yaml:79:7
%5295 = broadcast %5294 : f32[24,24] @ models/lib/nn.yaml:79:7
%5296 = mul %5293, %5295 : f32[24,24] @ models/lib/nn.yaml:79:7
%5297 = broadcast %2704 : f32[24,24] @ models/lib/nn.yaml:79:7
%5298 = add %5296, %5297 : f32[24,24] @ models/lib/nn.yaml:79:7
%5299 = div %5278, %5298 : f32[24,24] @ models/lib/nn.yaml:79:7
%5300 = cast %5288 : f32[] @ models/lib/nn.yaml:79:7
%5301 = broadcast %5300 : f32[24,24] @ models/lib/nn.yaml:79:7
%5302 = mul %5299, %5301 : f32[24,24] @ models/lib/nn.yaml:79:7
%5303 = sub %5273, %5302 : f32[24,24] @ models/lib/nn.yaml:79:7
%5304 = assign %70, %5303 : f32[24,24] @ models/lib/nn.yaml:79:7
%5305 = assign %5268, %5278 : f32[24,24] @ models/lib/nn.yaml:79:7
%5306 = assign %5269, %5284 : f32[24,24] @ models/lib/nn.yaml:79:7
%5307 = assign %5270, %5271 : i64[] @ models/lib/nn.yaml:79:7
%5308 = broadcast %2716 : f32[24,24] @ models/lib/nn.yaml:79:7
%5309 = mul %154, %5308 : f32[24,24] @ models/lib/nn.yaml:79:7
%5310 = broadcast %2720 : f32[24,24] @ models/lib/nn.yaml:79:7
%5311 = mul %5303, %5310 : f32[24,24] @ models/lib/nn.yaml:79:7
%5312 = add %5309, %5311 : f32[24,24] @ models/lib/nn.yaml:79:7
%5313 = assign %154, %5312 : f32[24,24] @ models/lib/nn.yaml:79:7
%5314 = all_reduce_sum %1987 : f32[24] @ models/moco_pass.yaml:75:7
%5315 = state name="adam_m.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5316 = state name="adam_v.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5317 = state name="adam_t.projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5318 = add %5317, %2669 : i64[] @ models/moco_pass.yaml:75:7
%5319 = mul %71, %5186 : f32[24] @ models/moco_pass.yaml:75:7
%5320 = mul %5314, %5188 : f32[24] @ models/moco_pass.yaml:75:7
%5321 = mul %5315, %5190 : f32[24] @ models/moco_pass.yaml:75:7
%5322 = add %5321, %5320 : f32[24] @ models/moco_pass.yaml:75:7
%5323 = mul %5314, %5314 : f32[24] @ models/moco_pass.yaml:75:7
%5324 = mul %5323, %5194 : f32[24] @ models/moco_pass.yaml:75:7
%5325 = mul %5316, %5196 : f32[24] @ models/moco_pass.yaml:75:7
%5326 = add %5325, %5324 : f32[24] @ models/moco_pass.yaml:75:7
%5327 = cast %5318 : f64[] @ models/moco_pass.yaml:75:7
%5328 = pow %2679, %5327 : f64[] @ models/moco_pass.yaml:75:7
%5329 = sub %2672, %5328 : f64[] @ models/moco_pass.yaml:75:7
%5330 = div %1614, %5329 : f64[] @ models/moco_pass.yaml:75:7
%5331 = pow %2687, %5327 : f64[] @ models/moco_pass.yaml:75:7
%5332 = sub %2672, %5331 : f64[] @ models/moco_pass.yaml:75:7
%5333 = sqrt %5332 : f64[] @ models/moco_pass.yaml:75:7
%5334 = div %2672, %5333 : f64[] @ models/moco_pass.yaml:75:7
%5335 = sqrt %5326 : f32[24] @ models/moco_pass.yaml:75:7
%5336 = cast %5334 : f32[] @ models/moco_pass.yaml:75:7
%5337 = broadcast %5336 : f32[24] @ models/moco_pass.yaml:75:7
%5338 = mul %5335, %5337 : f32[24] @ models/moco_pass.yaml:75:7
%5339 = add %5338, %5211 : f32[24] @ models/moco_pass.yaml:75:7
%5340 = div %5322, %5339 : f32[24] @ models/moco_pass.yaml:75:7
%5341 = cast %5330 : f32[] @ models/moco_pass.yaml:75:7
%5342 = broadcast %5341 : f32[24] @ models/moco_pass.yaml:75:7
%5343 = mul %5340, %5342 : f32[24] @ models/moco_pass.yaml:75:7
%5344 = sub %5319, %5343 : f32[24] @ models/moco_pass.yaml:75:7
%5345 = assign %71, %5344 : f32[24] @ models/moco_pass.yaml:75:7
%5346 = assign %5315, %5322 : f32[24] @ models/moco_pass.yaml:75:7
%5347 = assign %5316, %5326 : f32[24] @ models/moco_pass.yaml:75:7
%5348 = assign %5317, %5318 : i64[] @ models/moco_pass.yaml:75:7
%5349 = mul %155, %5222 : f32[24] @ models/moco_pass.yaml:75:7
%5350 = mul %5344, %5224 : f32[24] @ models/moco_pass.yaml:75:7
%5351 = add %5349, %5350 : f32[24] @ models/moco_pass.yaml:75:7
%5352 = assign %155, %5351 : f32[24] @ models/moco_pass.yaml:75:7
%5353 = all_reduce_sum %1983 : f32[24] @ models/moco_pass.yaml:76:7
%5354 = state name="adam_m.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5355 = state name="adam_v.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5356 = state name="adam_t.projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5357 = add %5356, %2669 : i64[] @ models/moco_pass.yaml:76:7
%5358 = mul %72, %5186 : f32[24] @ models/moco_pass.yaml:76:7
%5359 = mul %5353, %5188 : f32[24] @ models/moco_pass.yaml:76:7
%5360 = mul %5354, %5190 : f32[24] @ models/moco_pass.yaml:76:7
%5361 = add %5360, %5359 : f32[24] @ models/moco_pass.yaml:76:7
%5362 = mul %5353, %5353 : f32[24] @ models/moco_pass.yaml:76:7
%5363 = mul %5362, %5194 : f32[24] @ models/moco_pass.yaml:76:7
%5364 = mul %5355, %5196 : f32[24] @ models/moco_pass.yaml:76:7
%5365 = add %5364, %5363 : f32[24] @ models/moco_pass.yaml:76:7
%5366 = cast %5357 : f64[] @ models/moco_pass.yaml:76:7
%5367 = pow %2679, %5366 : f64[] @ models/moco_pass.yaml:76:7
%5368 = sub %2672, %5367 : f64[] @ models/moco_pass.yaml:76:7
%5369 = div %1614, %5368 : f64[] @ models/moco_pass.yaml:76:7
%5370 = pow %2687, %5366 : f64[] @ models/moco_pass.yaml:76:7
%5371 = sub %2672, %5370 : f64[] @ models/moco_pass.yaml:76:7
%5372 = sqrt %5371 : f64[] @ models/moco_pass.yaml:76:7
%5373 = div %2672, %5372 : f64[] @ models/moco_pass.yaml:76:7
%5374 = sqrt %5365 : f32[24] @ models/moco_pass.yaml:76:7
%5375 = cast %5373 : f32[] @ models/moco_pass.yaml:76:7
%5376 = broadcast %5375 : f32[24] @ models/moco_pass.yaml:76:7
%5377 = mul %5374, %5376 : f32[24] @ models/moco_pass.yaml:76:7
%5378 = add %5377, %5211 : f32[24] @ models/moco_pass.yaml:76:7
%5379 = div %5361, %5378 : f32[24] @ models/moco_pass.yaml:76:7
%5380 = cast %5369 : f32[] @ models/moco_pass.yaml:76:7
%5381 = broadcast %5380 : f32[24] @ models/moco_pass.yaml:76:7
%5382 = mul %5379, %5381 : f32[24] @ models/moco_pass.yaml:76:7
%5383 = sub %5358, %5382 : f32[24] @ models/moco_pass.yaml:76:7
%5384 = assign %72, %5383 : f32[24] @ models/moco_pass.yaml:76:7
%5385 = assign %5354, %5361 : f32[24] @ models/moco_pass.yaml:76:7
%5386 = assign %5355, %5365 : f32[24] @ models/moco_pass.yaml:76:7
%5387 = assign %5356, %5357 : i64[] @ models/moco_pass.yaml:76:7
%5388 = mul %156, %5222 : f32[24] @ models/moco_pass.yaml:76:7
%5389 = mul %5383, %5224 : f32[24] @ models/moco_pass.yaml:76:7
%5390 = add %5388, %5389 : f32[24] @ models/moco_pass.yaml:76:7
%5391 = assign %156, %5390 : f32[24] @ models/moco_pass.yaml:76:7
%5392 = all_reduce_sum %1976 : f32[8,24] @ models/lib/nn.yaml:79:7
%5393 = state name="adam_m.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5394 = state name="adam_v.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5395 = state name="adam_t.projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5396 = add %5395, %2669 : i64[] @ models/lib/nn.yaml:79:7
%5397 = broadcast %2674 : f32[8,24] @ models/lib/nn.yaml:79:7
%5398 = mul %73, %5397 : f32[8,24] @ models/lib/nn.yaml:79:7
%5399 = broadcast %1617 : f32[8,24] @ models/lib/nn.yaml:79:7
%5400 = mul %5392, %5399 : f32[8,24] @ models/lib/nn.yaml:79:7
%5401 = broadcast %1020 : f32[8,24] @ models/lib/nn.yaml:79:7
%5402 = mul %5393, %5401 : f32[8,24] @ models/lib/nn.yaml:79:7
%5403 = add %5402, %5400 : f32[8,24] @ models/lib/nn.yaml:79:7
%5404 = mul %5392, %5392 : f32[8,24] @ models/lib/nn.yaml:79:7
%5405 = broadcast %2684 : f32[8,24] @ models/lib/nn.yaml:79:7
%5406 = mul %5404, %5405 : f32[8,24] @ models/lib/nn.yaml:79:7
%5407 = broadcast %2688 : f32[8,24] @ models/lib/nn.yaml:79:7
%5408 = mul %5394, %5407 : f32[8,24] @ models/lib/nn.yaml:79:7
%5409 = add %5408, %5406 : f32[8,24] @ models/lib/nn.yaml:79:7
%5410 = cast %5396 : f64[] @ models/lib/nn.yaml:79:7
%5411 = pow %2679, %5410 : f64[] @ models/lib/nn.yaml:79:7
%5412 = sub %2672, %5411 : f64[] @ models/lib/nn.yaml:79:7
%5413 = div %1614, %5412 : f64[] @ models/lib/nn.yaml:79:7
%5414 = pow %2687, %5410 : f64[] @ models/lib/nn.yaml:79:7
%5415 = sub %2672, %5414 : f64[] @ models/lib/nn.yaml:79:7
%5416 = sqrt %5415 : f64[] @ models/lib/nn.yaml:79:7
%5417 = div %2672, %5416 : f64[] @ models/lib/nn.yaml:79:7
%5418 = sqrt %5409 : f32[8,24] @ models/lib/nn.yaml:79:7
%5419 = cast %5417 : f32[] @ models/lib/nn.yaml:79:7
%5420 = broadcast %5419 : f32[8,24] @ models/lib/nn.yaml:79:7
%5421 = mul %5418, %5420 : f32[8,24] @ models/lib/nn.yaml:79:7
%5422 = broadcast %2704 : f32[8,24] @ models/lib/nn.yaml:79:7
%5423 = add %5421, %5422 : f32[8,24] @ models/lib/nn.yaml:79:7
%5424 = div %5403, %5423 : f32[8,24] @ models/lib/nn.yaml:79:7
%5425 = cast %5413 : f32[] @ models/lib/nn.yaml:79:7
%5426 = broadcast %5425 : f32[8,24] @ models/lib/nn.yaml:79:7
%5427 = mul %5424, %5426 : f32[8,24] @ models/lib/nn.yaml:79:7
%5428 = sub %5398, %5427 : f32[8,24] @ models/lib/nn.yaml:79:7
%5429 = assign %73, %5428 : f32[8,24] @ models/lib/nn.yaml:79:7
%5430 = assign %5393, %5403 : f32[8,24] @ models/lib/nn.yaml:79:7
%5431 = assign %5394, %5409 : f32[8,24] @ models/lib/nn.yaml:79:7
%5432 = assign %5395, %5396 : i64[] @ models/lib/nn.yaml:79:7
%5433 = broadcast %2716 : f32[8,24] @ models/lib/nn.yaml:79:7
%5434 = mul %157, %5433 : f32[8,24] @ models/lib/nn.yaml:79:7
%5435 = broadcast %2720 : f32[8,24] @ models/lib/nn.yaml:79:7
%5436 = mul %5428, %5435 : f32[8,24] @ models/lib/nn.yaml:79:7
%5437 = add %5434, %5436 : f32[8,24] @ models/lib/nn.yaml:79:7
%5438 = assign %157, %5437 : f32[8,24] @ models/lib/nn.yaml:79:7
%5439 = all_reduce_sum %1953 : f32[24,8] @ models/lib/nn.yaml:79:7
%5440 = state name="adam_m.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%5441 = state name="adam_v.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%5442 = state name="adam_t.predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5443 = add %5442, %2669 : i64[] @ models/lib/nn.yaml:79:7
%5444 = broadcast %2674 : f32[24,8] @ models/lib/nn.yaml:79:7
%5445 = mul %74, %5444 : f32[24,8] @ models/lib/nn.yaml:79:7
%5446 = broadcast %1617 : f32[24,8] @ models/lib/nn.yaml:79:7
%5447 = mul %5439, %5446 : f32[24,8] @ models/lib/nn.yaml:79:7
%5448 = broadcast %1020 : f32[24,8] @ models/lib/nn.yaml:79:7
%5449 = mul %5440, %5448 : f32[24,8] @ models/lib/nn.yaml:79:7
%5450 = add %5449, %5447 : f32[24,8] @ models/lib/nn.yaml:79:7
%5451 = mul %5439, %5439 : f32[24,8] @ models/lib/nn.yaml:79:7
%5452 = broadcast %2684 : f32[24,8] @ models/lib/nn.yaml:79:7
%5453 = mul %5451, %5452 : f32[24,8] @ models/lib/nn.yaml:79:7
%5454 = broadcast %2688 : f32[24,8] @ models/lib/nn.yaml:79:7
%5455 = mul %5441, %5454 : f32[24,8] @ models/lib/nn.yaml:79:7
%5456 = add %5455, %5453 : f32[24,8] @ models/lib/nn.yaml:79:7
%5457 = cast %5443 : f64[] @ models/lib/nn.yaml:79:7
%5458 = pow %2679, %5457 : f64[] @ models/lib/nn.yaml:79:7
%5459 = sub %2672, %5458 : f64[] @ models/lib/nn.yaml:79:7
%5460 = div %1614, %5459 : f64[] @ models/lib/nn.yaml:79:7
%5461 = pow %2687, %5457 : f64[] @ models/lib/nn.yaml:79:7
%5462 = sub %2672, %5461 : f64[] @ models/lib/nn.yaml:79:7
%5463 = sqrt %5462 : f64[] @ models/lib/nn.yaml:79:7
%5464 = div %2672, %5463 : f64[] @ models/lib/nn.yaml:79:7
%5465 = sqrt %5456 : f32[24,8] @ models/lib/nn.yaml:79:7
%5466 = cast %5464 : f32[] @ models/lib/nn.yaml:79:7
%5467 = broadcast %5466 : f32[24,8] @ models/lib/nn.yaml:79:7
%5468 = mul %5465, %5467 : f32[24,8] @ models/lib/nn.yaml:79:7
%5469 = broadcast %2704 : f32[24,8] @ models/lib/nn.yaml:79:7
%5470 = add %5468, %5469 : f32[24,8] @ models/lib/nn.yaml:79:7
%5471 = div %5450, %5470 : f32[24,8] @ models/lib/nn.yaml:79:7
%5472 = cast %5460 : f32[] @ models/lib/nn.yaml:79:7
%5473 = broadcast %5472 : f32[24,8] @ models/lib/nn.yaml:79:7
%5474 = mul %5471, %5473 : f32[24,8] @ models/lib/nn.yaml:79:7
%5475 = sub %5445, %5474 : f32[24,8] @ models/lib/nn.yaml:79:7
%5476 = assign %74, %5475 : f32[24,8] @ models/lib/nn.yaml:79:7
%5477 = assign %5440, %5450 : f32[24,8] @ models/lib/nn.yaml:79:7
%5478 = assign %5441, %5456 : f32[24,8] @ models/lib/nn.yaml:79:7
%5479 = assign %5442, %5443 : i64[] @ models/lib/nn.yaml:79:7
%5480 = broadcast %2716 : f32[24,8] @ models/lib/nn.yaml:79:7
%5481 = mul %158, %5480 : f32[24,8] @ models/lib/nn.yaml:79:7
%5482 = broadcast %2720 : f32[24,8] @ models/lib/nn.yaml:79:7
%5483 = mul %5475, %5482 : f32[24,8] @ models/lib/nn.yaml:79:7
%5484 = add %5481, %5483 : f32[24,8] @ models/lib/nn.yaml:79:7
%5485 = assign %158, %5484 : f32[24,8] @ models/lib/nn.yaml:79:7
%5486 = all_reduce_sum %1929 : f32[24] @ models/moco_pass.yaml:75:7
%5487 = state name="adam_m.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5488 = state name="adam_v.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5489 = state name="adam_t.predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5490 = add %5489, %2669 : i64[] @ models/moco_pass.yaml:75:7
%5491 = mul %75, %5186 : f32[24] @ models/moco_pass.yaml:75:7
%5492 = mul %5486, %5188 : f32[24] @ models/moco_pass.yaml:75:7
%5493 = mul %5487, %5190 : f32[24] @ models/moco_pass.yaml:75:7
%5494 = add %5493, %5492 : f32[24] @ models/moco_pass.yaml:75:7
%5495 = mul %5486, %5486 : f32[24] @ models/moco_pass.yaml:75:7
%5496 = mul %5495, %5194 : f32[24] @ models/moco_pass.yaml:75:7
%5497 = mul %5488, %5196 : f32[24] @ models/moco_pass.yaml:75:7
%5498 = add %5497, %5496 : f32[24] @ models/moco_pass.yaml:75:7
%5499 = cast %5490 : f64[] @ models/moco_pass.yaml:75:7
%5500 = pow %2679, %5499 : f64[] @ models/moco_pass.yaml:75:7
%5501 = sub %2672, %5500 : f64[] @ models/moco_pass.yaml:75:7
%5502 = div %1614, %5501 : f64[] @ models/moco_pass.yaml:75:7
%5503 = pow %2687, %5499 : f64[] @ models/moco_pass.yaml:75:7
%5504 = sub %2672, %5503 : f64[] @ models/moco_pass.yaml:75:7
%5505 = sqrt %5504 : f64[] @ models/moco_pass.yaml:75:7
%5506 = div %2672, %5505 : f64[] @ models/moco_pass.yaml:75:7
%5507 = sqrt %5498 : f32[24] @ models/moco_pass.yaml:75:7
%5508 = cast %5506 : f32[] @ models/moco_pass.yaml:75:7
%5509 = broadcast %5508 : f32[24] @ models/moco_pass.yaml:75:7
%5510 = mul %5507, %5509 : f32[24] @ models/moco_pass.yaml:75:7
%5511 = add %5510, %5211 : f32[24] @ models/moco_pass.yaml:75:7
%5512 = div %5494, %5511 : f32[24] @ models/moco_pass.yaml:75:7
%5513 = cast %5502 : f32[] @ models/moco_pass.yaml:75:7
%5514 = broadcast %5513 : f32[24] @ models/moco_pass.yaml:75:7
%5515 = mul %5512, %5514 : f32[24] @ models/moco_pass.yaml:75:7
%5516 = sub %5491, %5515 : f32[24] @ models/moco_pass.yaml:75:7
%5517 = assign %75, %5516 : f32[24] @ models/moco_pass.yaml:75:7
%5518 = assign %5487, %5494 : f32[24] @ models/moco_pass.yaml:75:7
%5519 = assign %5488, %5498 : f32[24] @ models/moco_pass.yaml:75:7
%5520 = assign %5489, %5490 : i64[] @ models/moco_pass.yaml:75:7
%5521 = mul %159, %5222 : f32[24] @ models/moco_pass.yaml:75:7
%5522 = mul %5516, %5224 : f32[24] @ models/moco_pass.yaml:75:7
%5523 = add %5521, %5522 : f32[24] @ models/moco_pass.yaml:75:7
%5524 = assign %159, %5523 : f32[24] @ models/moco_pass.yaml:75:7
%5525 = all_reduce_sum %1925 : f32[24] @ models/moco_pass.yaml:76:7
%5526 = state name="adam_m.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5527 = state name="adam_v.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5528 = state name="adam_t.predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5529 = add %5528, %2669 : i64[] @ models/moco_pass.yaml:76:7
%5530 = mul %76, %5186 : f32[24] @ models/moco_pass.yaml:76:7
%5531 = mul %5525, %5188 : f32[24] @ models/moco_pass.yaml:76:7
%5532 = mul %5526, %5190 : f32[24] @ models/moco_pass.yaml:76:7
%5533 = add %5532, %5531 : f32[24] @ models/moco_pass.yaml:76:7
%5534 = mul %5525, %5525 : f32[24] @ models/moco_pass.yaml:76:7
%5535 = mul %5534, %5194 : f32[24] @ models/moco_pass.yaml:76:7
%5536 = mul %5527, %5196 : f32[24] @ models/moco_pass.yaml:76:7
%5537 = add %5536, %5535 : f32[24] @ models/moco_pass.yaml:76:7
%5538 = cast %5529 : f64[] @ models/moco_pass.yaml:76:7
%5539 = pow %2679, %5538 : f64[] @ models/moco_pass.yaml:76:7
%5540 = sub %2672, %5539 : f64[] @ models/moco_pass.yaml:76:7
%5541 = div %1614, %5540 : f64[] @ models/moco_pass.yaml:76:7
%5542 = pow %2687, %5538 : f64[] @ models/moco_pass.yaml:76:7
%5543 = sub %2672, %5542 : f64[] @ models/moco_pass.yaml:76:7
%5544 = sqrt %5543 : f64[] @ models/moco_pass.yaml:76:7
%5545 = div %2672, %5544 : f64[] @ models/moco_pass.yaml:76:7
%5546 = sqrt %5537 : f32[24] @ models/moco_pass.yaml:76:7
%5547 = cast %5545 : f32[] @ models/moco_pass.yaml:76:7
%5548 = broadcast %5547 : f32[24] @ models/moco_pass.yaml:76:7
%5549 = mul %5546, %5548 : f32[24] @ models/moco_pass.yaml:76:7
%5550 = add %5549, %5211 : f32[24] @ models/moco_pass.yaml:76:7
%5551 = div %5533, %5550 : f32[24] @ models/moco_pass.yaml:76:7
%5552 = cast %5541 : f32[] @ models/moco_pass.yaml:76:7
%5553 = broadcast %5552 : f32[24] @ models/moco_pass.yaml:76:7
%5554 = mul %5551, %5553 : f32[24] @ models/moco_pass.yaml:76:7
%5555 = sub %5530, %5554 : f32[24] @ models/moco_pass.yaml:76:7
%5556 = assign %76, %5555 : f32[24] @ models/moco_pass.yaml:76:7
%5557 = assign %5526, %5533 : f32[24] @ models/moco_pass.yaml:76:7
%5558 = assign %5527, %5537 : f32[24] @ models/moco_pass.yaml:76:7
%5559 = assign %5528, %5529 : i64[] @ models/moco_pass.yaml:76:7
%5560 = mul %160, %5222 : f32[24] @ models/moco_pass.yaml:76:7
%5561 = mul %5555, %5224 : f32[24] @ models/moco_pass.yaml:76:7
%5562 = add %5560, %5561 : f32[24] @ models/moco_pass.yaml:76:7
%5563 = assign %160, %5562 : f32[24] @ models/moco_pass.yaml:76:7
%5564 = all_reduce_sum %1917 : f32[8,24] @ models/lib/nn.yaml:79:7
%5565 = state name="adam_m.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5566 = state name="adam_v.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5567 = state name="adam_t.predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5568 = add %5567, %2669 : i64[] @ models/lib/nn.yaml:79:7
%5569 = mul %77, %5397 : f32[8,24] @ models/lib/nn.yaml:79:7
%5570 = mul %5564, %5399 : f32[8,24] @ models/lib/nn.yaml:79:7
%5571 = mul %5565, %5401 : f32[8,24] @ models/lib/nn.yaml:79:7
%5572 = add %5571, %5570 : f32[8,24] @ models/lib/nn.yaml:79:7
%5573 = mul %5564, %5564 : f32[8,24] @ models/lib/nn.yaml:79:7
%5574 = mul %5573, %5405 : f32[8,24] @ models/lib/nn.yaml:79:7
%5575 = mul %5566, %5407 : f32[8,24] @ models/lib/nn.yaml:79:7
%5576 = add %5575, %5574 : f32[8,24] @ models/lib/nn.yaml:79:7
%5577 = cast %5568 : f64[] @ models/lib/nn.yaml:79:7
%5578 = pow %2679, %5577 : f64[] @ models/lib/nn.yaml:79:7
%5579 = sub %2672, %5578 : f64[] @ models/lib/nn.yaml:79:7
%5580 = div %1614, %5579 : f64[] @ models/lib/nn.yaml:79:7
%5581 = pow %2687, %5577 : f64[] @ models/lib/nn.yaml:79:7
%5582 = sub %2672, %5581 : f64[] @ models/lib/nn.yaml:79:7
%5583 = sqrt %5582 : f64[] @ models/lib/nn.yaml:79:7
%5584 = div %2672, %5583 : f64[] @ models/lib/nn.yaml:79:7
%5585 = sqrt %5576 : f32[8,24] @ models/lib/nn.yaml:79:7
%5586 = cast %5584 : f32[] @ models/lib/nn.yaml:79:7
%5587 = broadcast %5586 : f32[8,24] @ models/lib/nn.yaml:79:7
%5588 = mul %5585, %5587 : f32[8,24] @ models/lib/nn.yaml:79:7
%5589 = add %5588, %5422 : f32[8,24] @ models/lib/nn.yaml:79:7
%5590 = div %5572, %5589 : f32[8,24] @ models/lib/nn.yaml:79:7
%5591 = cast %5580 : f32[] @ models/lib/nn.yaml:79:7
%5592 = broadcast %5591 : f32[8,24] @ models/lib/nn.yaml:79:7
%5593 = mul %5590, %5592 : f32[8,24] @ models/lib/nn.yaml:79:7
%5594 = sub %5569, %5593 : f32[8,24] @ models/lib/nn.yaml:79:7
%5595 = assign %77, %5594 : f32[8,24] @ models/lib/nn.yaml:79:7
%5596 = assign %5565, %5572 : f32[8,24] @ models/lib/nn.yaml:79:7
%5597 = assign %5566, %5576 : f32[8,24] @ models/lib/nn.yaml:79:7
%5598 = assign %5567, %5568 : i64[] @ models/lib/nn.yaml:79:7
%5599 = mul %161, %5433 : f32[8,24] @ models/lib/nn.yaml:79:7
%5600 = mul %5594, %5435 : f32[8,24] @ models/lib/nn.yaml:79:7
%5601 = add %5599, %5600 : f32[8,24] @ models/lib/nn.yaml:79:7
%5602 = assign %161, %5601 : f32[8,24] @ models/lib/nn.yaml:79:7
%5603 = all_reduce_sum %1892 : f32[12,16] @ models/lib/nn.yaml:79:7
%5604 = state name="adam_m.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%5605 = state name="adam_v.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%5606 = state name="adam_t.patch_projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5607 = add %5606, %2669 : i64[] @ models/lib/nn.yaml:79:7
%5608 = broadcast %2674 : f32[12,16] @ models/lib/nn.yaml:79:7
%5609 = mul %78, %5608 : f32[12,16] @ models/lib/nn.yaml:79:7
%5610 = broadcast %1617 : f32[12,16] @ models/lib/nn.yaml:79:7
%5611 = mul %5603, %5610 : f32[12,16] @ models/lib/nn.yaml:79:7
%5612 = broadcast %1020 : f32[12,16] @ models/lib/nn.yaml:79:7
%5613 = mul %5604, %5612 : f32[12,16] @ models/lib/nn.yaml:79:7
%5614 = add %5613, %5611 : f32[12,16] @ models/lib/nn.yaml:79:7
%5615 = mul %5603, %5603 : f32[12,16] @ models/lib/nn.yaml:79:7
%5616 = broadcast %2684 : f32[12,16] @ models/lib/nn.yaml:79:7
%5617 = mul %5615, %5616 : f32[12,16] @ models/lib/nn.yaml:79:7
%5618 = broadcast %2688 : f32[12,16] @ models/lib/nn.yaml:79:7
%5619 = mul %5605, %5618 : f32[12,16] @ models/lib/nn.yaml:79:7
%5620 = add %5619, %5617 : f32[12,16] @ models/lib/nn.yaml:79:7
%5621 = cast %5607 : f64[] @ models/lib/nn.yaml:79:7
%5622 = pow %2679, %5621 : f64[] @ models/lib/nn.yaml:79:7
%5623 = sub %2672, %5622 : f64[] @ models/lib/nn.yaml:79:7
%5624 = div %1614, %5623 : f64[] @ models/lib/nn.yaml:79:7
%5625 = pow %2687, %5621 : f64[] @ models/lib/nn.yaml:79:7
%5626 = sub %2672, %5625 : f64[] @ models/lib/nn.yaml:79:7
%5627 = sqrt %5626 : f64[] @ models/lib/nn.yaml:79:7
%5628 = div %2672, %5627 : f64[] @ models/lib/nn.yaml:79:7
%5629 = sqrt %5620 : f32[12,16] @ models/lib/nn.yaml:79:7
%5630 = cast %5628 : f32[] @ models/lib/nn.yaml:79:7
%5631 = broadcast %5630 : f32[12,16] @ models/lib/nn.yaml:79:7
%5632 = mul %5629, %5631 : f32[12,16] @ models/lib/nn.yaml:79:7
%5633 = broadcast %2704 : f32[12,16] @ models/lib/nn.yaml:79:7
%5634 = add %5632, %5633 : f32[12,16] @ models/lib/nn.yaml:79:7
%5635 = div %5614, %5634 : f32[12,16] @ models/lib/nn.yaml:79:7
%5636 = cast %5624 : f32[] @ models/lib/nn.yaml:79:7
%5637 = broadcast %5636 : f32[12,16] @ models/lib/nn.yaml:79:7
%5638 = mul %5635, %5637 : f32[12,16] @ models/lib/nn.yaml:79:7
%5639 = sub %5609, %5638 : f32[12,16] @ models/lib/nn.yaml:79:7
%5640 = assign %78, %5639 : f32[12,16] @ models/lib/nn.yaml:79:7
%5641 = assign %5604, %5614 : f32[12,16] @ models/lib/nn.yaml:79:7
%5642 = assign %5605, %5620 : f32[12,16] @ models/lib/nn.yaml:79:7
%5643 = assign %5606, %5607 : i64[] @ models/lib/nn.yaml:79:7
%5644 = broadcast %2716 : f32[12,16] @ models/lib/nn.yaml:79:7
%5645 = mul %162, %5644 : f32[12,16] @ models/lib/nn.yaml:79:7
%5646 = broadcast %2720 : f32[12,16] @ models/lib/nn.yaml:79:7
%5647 = mul %5639, %5646 : f32[12,16] @ models/lib/nn.yaml:79:7
%5648 = add %5645, %5647 : f32[12,16] @ models/lib/nn.yaml:79:7
%5649 = assign %162, %5648 : f32[12,16] @ models/lib/nn.yaml:79:7
%5650 = all_reduce_sum %1869 : f32[12] @ models/moco_pass.yaml:75:7
%5651 = state name="adam_m.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5652 = state name="adam_v.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5653 = state name="adam_t.patch_projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5654 = add %5653, %2669 : i64[] @ models/moco_pass.yaml:75:7
%5655 = broadcast %2674 : f32[12] @ models/moco_pass.yaml:75:7
%5656 = mul %79, %5655 : f32[12] @ models/moco_pass.yaml:75:7
%5657 = broadcast %1617 : f32[12] @ models/moco_pass.yaml:75:7
%5658 = mul %5650, %5657 : f32[12] @ models/moco_pass.yaml:75:7
%5659 = broadcast %1020 : f32[12] @ models/moco_pass.yaml:75:7
%5660 = mul %5651, %5659 : f32[12] @ models/moco_pass.yaml:75:7
%5661 = add %5660, %5658 : f32[12] @ models/moco_pass.yaml:75:7
%5662 = mul %5650, %5650 : f32[12] @ models/moco_pass.yaml:75:7
%5663 = broadcast %2684 : f32[12] @ models/moco_pass.yaml:75:7
%5664 = mul %5662, %5663 : f32[12] @ models/moco_pass.yaml:75:7
%5665 = broadcast %2688 : f32[12] @ models/moco_pass.yaml:75:7
%5666 = mul %5652, %5665 : f32[12] @ models/moco_pass.yaml:75:7
%5667 = add %5666, %5664 : f32[12] @ models/moco_pass.yaml:75:7
%5668 = cast %5654 : f64[] @ models/moco_pass.yaml:75:7
%5669 = pow %2679, %5668 : f64[] @ models/moco_pass.yaml:75:7
%5670 = sub %2672, %5669 : f64[] @ models/moco_pass.yaml:75:7
%5671 = div %1614, %5670 : f64[] @ models/moco_pass.yaml:75:7
%5672 = pow %2687, %5668 : f64[] @ models/moco_pass.yaml:75:7
%5673 = sub %2672, %5672 : f64[] @ models/moco_pass.yaml:75:7
%5674 = sqrt %5673 : f64[] @ models/moco_pass.yaml:75:7
%5675 = div %2672, %5674 : f64[] @ models/moco_pass.yaml:75:7
%5676 = sqrt %5667 : f32[12] @ models/moco_pass.yaml:75:7
%5677 = cast %5675 : f32[] @ models/moco_pass.yaml:75:7
%5678 = broadcast %5677 : f32[12] @ models/moco_pass.yaml:75:7
%5679 = mul %5676, %5678 : f32[12] @ models/moco_pass.yaml:75:7
%5680 = broadcast %2704 : f32[12] @ models/moco_pass.yaml:75:7
%5681 = add %5679, %5680 : f32[12] @ models/moco_pass.yaml:75:7
%5682 = div %5661, %5681 : f32[12] @ models/moco_pass.yaml:75:7
%5683 = cast %5671 : f32[] @ models/moco_pass.yaml:75:7
%5684 = broadcast %5683 : f32[12] @ models/moco_pass.yaml:75:7
%5685 = mul %5682, %5684 : f32[12] @ models/moco_pass.yaml:75:7
%5686 = sub %5656, %5685 : f32[12] @ models/moco_pass.yaml:75:7
%5687 = assign %79, %5686 : f32[12] @ models/moco_pass.yaml:75:7
%5688 = assign %5651, %5661 : f32[12] @ models/moco_pass.yaml:75:7
%5689 = assign %5652, %5667 : f32[12] @ models/moco_pass.yaml:75:7
%5690 = assign %5653, %5654 : i64[] @ models/moco_pass.yaml:75:7
%5691 = broadcast %2716 : f32[12] @ models/moco_pass.yaml:75:7
%5692 = mul %163, %5691 : f32[12] @ models/moco_pass.yaml:75:7
%5693 = broadcast %2720 : f32[12] @ models/moco_pass.yaml:75:7
%5694 = mul %5686, %5693 : f32[12] @ models/moco_pass.yaml:75:7
%5695 = add %5692, %5694 : f32[12] @ models/moco_pass.yaml:75:7
%5696 = assign %163, %5695 : f32[12] @ models/moco_pass.yaml:75:7
%5697 = all_reduce_sum %1865 : f32[12] @ models/moco_pass.yaml:76:7
%5698 = state name="adam_m.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%5699 = state name="adam_v.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%5700 = state name="adam_t.patch_projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5701 = add %5700, %2669 : i64[] @ models/moco_pass.yaml:76:7
%5702 = mul %80, %5655 : f32[12] @ models/moco_pass.yaml:76:7
%5703 = mul %5697, %5657 : f32[12] @ models/moco_pass.yaml:76:7
%5704 = mul %5698, %5659 : f32[12] @ models/moco_pass.yaml:76:7
%5705 = add %5704, %5703 : f32[12] @ models/moco_pass.yaml:76:7
%5706 = mul %5697, %5697 : f32[12] @ models/moco_pass.yaml:76:7
%5707 = mul %5706, %5663 : f32[12] @ models/moco_pass.yaml:76:7
%5708 = mul %5699, %5665 : f32[12] @ models/moco_pass.yaml:76:7
%5709 = add %5708, %5707 : f32[12] @ models/moco_pass.yaml:76:7
%5710 = cast %5701 : f64[] @ models/moco_pass.yaml:76:7
%5711 = pow %2679, %5710 : f64[] @ models/moco_pass.yaml:76:7
%5712 = sub %2672, %5711 : f64[] @ models/moco_pass.yaml:76:7
%5713 = div %1614, %5712 : f64[] @ models/moco_pass.yaml:76:7
%5714 = pow %2687, %5710 : f64[] @ models/moco_pass.yaml:76:7
%5715 = sub %2672, %5714 : f64[] @ models/moco_pass.yaml:76:7
%5716 = sqrt %5715 : f64[] @ models/moco_pass.yaml:76:7
%5717 = div %2672, %5716 : f64[] @ models/moco_pass.yaml:76:7
%5718 = sqrt %5709 : f32[12] @ models/moco_pass.yaml:76:7
%5719 = cast %5717 : f32[] @ models/moco_pass.yaml:76:7
%5720 = broadcast %5719 : f32[12] @ models/moco_pass.yaml:76:7
%5721 = mul %5718, %5720 : f32[12] @ models/moco_pass.yaml:76:7
%5722 = add %5721, %5680 : f32[12] @ models/moco_pass.yaml:76:7
%5723 = div %5705, %5722 : f32[12] @ models/moco_pass.yaml:76:7
%5724 = cast %5713 : f32[] @ models/moco_pass.yaml:76:7
%5725 = broadcast %5724 : f32[12] @ models/moco_pass.yaml:76:7
%5726 = mul %5723, %5725 : f32[12] @ models/moco_pass.yaml:76:7
%5727 = sub %5702, %5726 : f32[12] @ models/moco_pass.yaml:76:7
%5728 = assign %80, %5727 : f32[12] @ models/moco_pass.yaml:76:7
%5729 = assign %5698, %5705 : f32[12] @ models/moco_pass.yaml:76:7
%5730 = assign %5699, %5709 : f32[12] @ models/moco_pass.yaml:76:7
%5731 = assign %5700, %5701 : i64[] @ models/moco_pass.yaml:76:7
%5732 = mul %164, %5691 : f32[12] @ models/moco_pass.yaml:76:7
%5733 = mul %5727, %5693 : f32[12] @ models/moco_pass.yaml:76:7
%5734 = add %5732, %5733 : f32[12] @ models/moco_pass.yaml:76:7
%5735 = assign %164, %5734 : f32[12] @ models/moco_pass.yaml:76:7
%5736 = all_reduce_sum %1856 : f32[12,12] @ models/lib/nn.yaml:79:7
%5737 = state name="adam_m.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%5738 = state name="adam_v.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%5739 = state name="adam_t.patch_projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5740 = add %5739, %2669 : i64[] @ models/lib/nn.yaml:79:7
%5741 = broadcast %2674 : f32[12,12] @ models/lib/nn.yaml:79:7
%5742 = mul %81, %5741 : f32[12,12] @ models/lib/nn.yaml:79:7
%5743 = broadcast %1617 : f32[12,12] @ models/lib/nn.yaml:79:7
%5744 = mul %5736, %5743 : f32[12,12] @ models/lib/nn.yaml:79:7
%5745 = broadcast %1020 : f32[12,12] @ models/lib/nn.yaml:79:7
%5746 = mul %5737, %5745 : f32[12,12] @ models/lib/nn.yaml:79:7
%5747 = add %5746, %5744 : f32[12,12] @ models/lib/nn.yaml:79:7
%5748 = mul %5736, %5736 : f32[12,12] @ models/lib/nn.yaml:79:7
%5749 = broadcast %2684 : f32[12,12] @ models/lib/nn.yaml:79:7
%5750 = mul %5748, %5749 : f32[12,12] @ models/lib/nn.yaml:79:7
%5751 = broadcast %2688 : f32[12,12] @ models/lib/nn.yaml:79:7
%5752 = mul %5738, %5751 : f32[12,12] @ models/lib/nn.yaml:79:7
%5753 = add %5752, %5750 : f32[12,12] @ models/lib/nn.yaml:79:7
%5754 = cast %5740 : f64[] @ models/lib/nn.yaml:79:7
%5755 = pow %2679, %5754 : f64[] @ models/lib/nn.yaml:79:7
%5756 = sub %2672, %5755 : f64[] @ models/lib/nn.yaml:79:7
%5757 = div %1614, %5756 : f64[] @ models/lib/nn.yaml:79:7
%5758 = pow %2687, %5754 : f64[] @ models/lib/nn.yaml:79:7
%5759 = sub %2672, %5758 : f64[] @ models/lib/nn.yaml:79:7
%5760 = sqrt %5759 : f64[] @ models/lib/nn.yaml:79:7
%5761 = div %2672, %5760 : f64[] @ models/lib/nn.yaml:79:7
%5762 = sqrt %5753 : f32[12,12] @ models/lib/nn.yaml:79:7
%5763 = cast %5761 : f32[] @ models/lib/nn.yaml:79:7
%5764 = broadcast %5763 : f32[12,12] @ models/lib/nn.yaml:79:7
%5765 = mul %5762, %5764 : f32[12,12] @ models/lib/nn.yaml:79:7
%5766 = broadcast %2704 : f32[12,12] @ models/lib/nn.yaml:79:7
%5767 = add %5765, %5766 : f32[12,12] @ models/lib/nn.yaml:79:7
%5768 = div %5747, %5767 : f32[12,12] @ models/lib/nn.yaml:79:7
%5769 = cast %5757 : f32[] @ models/lib/nn.yaml:79:7
%5770 = broadcast %5769 : f32[12,12] @ models/lib/nn.yaml:79:7
%5771 = mul %5768, %5770 : f32[12,12] @ models/lib/nn.yaml:79:7
%5772 = sub %5742, %5771 : f32[12,12] @ models/lib/nn.yaml:79:7
%5773 = assign %81, %5772 : f32[12,12] @ models/lib/nn.yaml:79:7
%5774 = assign %5737, %5747 : f32[12,12] @ models/lib/nn.yaml:79:7
%5775 = assign %5738, %5753 : f32[12,12] @ models/lib/nn.yaml:79:7
%5776 = assign %5739, %5740 : i64[] @ models/lib/nn.yaml:79:7
%5777 = broadcast %2716 : f32[12,12] @ models/lib/nn.yaml:79:7
%5778 = mul %165, %5777 : f32[12,12] @ models/lib/nn.yaml:79:7
%5779 = broadcast %2720 : f32[12,12] @ models/lib/nn.yaml:79:7
%5780 = mul %5772, %5779 : f32[12,12] @ models/lib/nn.yaml:79:7
%5781 = add %5778, %5780 : f32[12,12] @ models/lib/nn.yaml:79:7
%5782 = assign %165, %5781 : f32[12,12] @ models/lib/nn.yaml:79:7
%5783 = all_reduce_sum %1833 : f32[12] @ models/moco_pass.yaml:75:7
%5784 = state name="adam_m.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5785 = state name="adam_v.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5786 = state name="adam_t.patch_projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5787 = add %5786, %2669 : i64[] @ models/moco_pass.yaml:75:7
%5788 = mul %82, %5655 : f32[12] @ models/moco_pass.yaml:75:7
%5789 = mul %5783, %5657 : f32[12] @ models/moco_pass.yaml:75:7
%5790 = mul %5784, %5659 : f32[12] @ models/moco_pass.yaml:75:7
%5791 = add %5790, %5789 : f32[12] @ models/moco_pass.yaml:75:7
%5792 = mul %5783, %5783 : f32[12] @ models/moco_pass.yaml:75:7
%5793 = mul %5792, %5663 : f32[12] @ models/moco_pass.yaml:75:7
%5794 = mul %5785, %5665 : f32[12] @ models/moco_pass.yaml:75:7
%5795 = add %5794, %5793 : f32[12] @ models/moco_pass.yaml:75:7
%5796 = cast %5787 : f64[] @ models/moco_pass.yaml:75:7
%5797 = pow %2679, %5796 : f64[] @ models/moco_pass.yaml:75:7
%5798 = sub %2672, %5797 : f64[] @ models/moco_pass.yaml:75:7
%5799 = div %1614, %5798 : f64[] @ models/moco_pass.yaml:75:7
%5800 = pow %2687, %5796 : f64[] @ models/moco_pass.yaml:75:7
%5801 = sub %2672, %5800 : f64[] @ models/moco_pass.yaml:75:7
%5802 = sqrt %5801 : f64[] @ models/moco_pass.yaml:75:7
%5803 = div %2672, %5802 : f64[] @ models/moco_pass.yaml:75:7
%5804 = sqrt %5795 : f32[12] @ models/moco_pass.yaml:75:7
%5805 = cast %5803 : f32[] @ models/moco_pass.yaml:75:7
%5806 = broadcast %5805 : f32[12] @ models/moco_pass.yaml:75:7
%5807 = mul %5804, %5806 : f32[12] @ models/moco_pass.yaml:75:7
%5808 = add %5807, %5680 : f32[12] @ models/moco_pass.yaml:75:7
%5809 = div %5791, %5808 : f32[12] @ models/moco_pass.yaml:75:7
%5810 = cast %5799 : f32[] @ models/moco_pass.yaml:75:7
%5811 = broadcast %5810 : f32[12] @ models/moco_pass.yaml:75:7
%5812 = mul %5809, %5811 : f32[12] @ models/moco_pass.yaml:75:7
%5813 = sub %5788, %5812 : f32[12] @ models/moco_pass.yaml:75:7
%5814 = assign %82, %5813 : f32[12] @ models/moco_pass.yaml:75:7
%5815 = assign %5784, %5791 : f32[12] @ models/moco_pass.yaml:75:7
%5816 = assign %5785, %5795 : f32[12] @ models/moco_pass.yaml:75:7
%5817 = assign %5786, %5787 : i64[] @ models/moco_pass.yaml:75:7
%5818 = mul %166, %5691 : f32[12] @ models/moco_pass.yaml:75:7
%5819 = mul %5813, %5693 : f32[12] @ models/moco_pass.yaml:75:7
%5820 = add %5818, %5819 : f32[12] @ models/moco_pass.yaml:75:7
%5821 = assign %166, %5820 : f32[12] @ models/moco_pass.yaml:75:7
%5822 = all_reduce_sum %1829 : f32[12] @ models/moco_pass.yaml:76:7
%5823 = state name="adam_m.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%5824 = state name="adam_v.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%5825 = state name="adam_t.patch_projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5826 = add %5825, %2669 : i64[] @ models/moco_pass.yaml:76:7
%5827 = mul %83, %5655 : f32[12] @ models/moco_pass.yaml:76:7
%5828 = mul %5822, %5657 : f32[12] @ models/moco_pass.yaml:76:7
%5829 = mul %5823, %5659 : f32[12] @ models/moco_pass.yaml:76:7
%5830 = add %5829, %5828 : f32[12] @ models/moco_pass.yaml:76:7
%5831 = mul %5822, %5822 : f32[12] @ models/moco_pass.yaml:76:7
%5832 = mul %5831, %5663 : f32[12] @ models/moco_pass.yaml:76:7
%5833 = mul %5824, %5665 : f32[12] @ models/moco_pass.yaml:76:7
%5834 = add %5833, %5832 : f32[12] @ models/moco_pass.yaml:76:7
%5835 = cast %5826 : f64[] @ models/moco_pass.yaml:76:7
%5836 = pow %2679, %5835 : f64[] @ models/moco_pass.yaml:76:7
%5837 = sub %2672, %5836 : f64[] @ models/moco_pass.yaml:76:7
%5838 = div %1614, %5837 : f64[] @ models/moco_pass.yaml:76:7
%5839 = pow %2687, %5835 : f64[] @ models/moco_pass.yaml:76:7
%5840 = sub %2672, %5839 : f64[] @ models/moco_pass.yaml:76:7
%5841 = sqrt %5840 : f64[] @ models/moco_pass.yaml:76:7
%5842 = div %2672, %5841 : f64[] @ models/moco_pass.yaml:76:7
%5843 = sqrt %5834 : f32[12] @ models/moco_pass.yaml:76:7
%5844 = cast %5842 : f32[] @ models/moco_pass.yaml:76:7
%5845 = broadcast %5844 : f32[12] @ models/moco_pass.yaml:76:7
%5846 = mul %5843, %5845 : f32[12] @ models/moco_pass.yaml:76:7
%5847 = add %5846, %5680 : f32[12] @ models/moco_pass.yaml:76:7
%5848 = div %5830, %5847 : f32[12] @ models/moco_pass.yaml:76:7
%5849 = cast %5838 : f32[] @ models/moco_pass.yaml:76:7
%5850 = broadcast %5849 : f32[12] @ models/moco_pass.yaml:76:7
%5851 = mul %5848, %5850 : f32[12] @ models/moco_pass.yaml:76:7
%5852 = sub %5827, %5851 : f32[12] @ models/moco_pass.yaml:76:7
%5853 = assign %83, %5852 : f32[12] @ models/moco_pass.yaml:76:7
%5854 = assign %5823, %5830 : f32[12] @ models/moco_pass.yaml:76:7
%5855 = assign %5824, %5834 : f32[12] @ models/moco_pass.yaml:76:7
%5856 = assign %5825, %5826 : i64[] @ models/moco_pass.yaml:76:7
%5857 = mul %167, %5691 : f32[12] @ models/moco_pass.yaml:76:7
%5858 = mul %5852, %5693 : f32[12] @ models/moco_pass.yaml:76:7
%5859 = add %5857, %5858 : f32[12] @ models/moco_pass.yaml:76:7
%5860 = assign %167, %5859 : f32[12] @ models/moco_pass.yaml:76:7
%5861 = all_reduce_sum %1820 : f32[6,12] @ models/lib/nn.yaml:79:7
%5862 = state name="adam_m.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%5863 = state name="adam_v.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%5864 = state name="adam_t.patch_projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5865 = add %5864, %2669 : i64[] @ models/lib/nn.yaml:79:7
%5866 = broadcast %2674 : f32[6,12] @ models/lib/nn.yaml:79:7
%5867 = mul %84, %5866 : f32[6,12] @ models/lib/nn.yaml:79:7
%5868 = broadcast %1617 : f32[6,12] @ models/lib/nn.yaml:79:7
%5869 = mul %5861, %5868 : f32[6,12] @ models/lib/nn.yaml:79:7
%5870 = broadcast %1020 : f32[6,12] @ models/lib/nn.yaml:79:7
%5871 = mul %5862, %5870 : f32[6,12] @ models/lib/nn.yaml:79:7
%5872 = add %5871, %5869 : f32[6,12] @ models/lib/nn.yaml:79:7
%5873 = mul %5861, %5861 : f32[6,12] @ models/lib/nn.yaml:79:7
%5874 = broadcast %2684 : f32[6,12] @ models/lib/nn.yaml:79:7
%5875 = mul %5873, %5874 : f32[6,12] @ models/lib/nn.yaml:79:7
%5876 = broadcast %2688 : f32[6,12] @ models/lib/nn.yaml:79:7
%5877 = mul %5863, %5876 : f32[6,12] @ models/lib/nn.yaml:79:7
%5878 = add %5877, %5875 : f32[6,12] @ models/lib/nn.yaml:79:7
%5879 = cast %5865 : f64[] @ models/lib/nn.yaml:79:7
%5880 = pow %2679, %5879 : f64[] @ models/lib/nn.yaml:79:7
%5881 = sub %2672, %5880 : f64[] @ models/lib/nn.yaml:79:7
%5882 = div %1614, %5881 : f64[] @ models/lib/nn.yaml:79:7
%5883 = pow %2687, %5879 : f64[] @ models/lib/nn.yaml:79:7
%5884 = sub %2672, %5883 : f64[] @ models/lib/nn.yaml:79:7
%5885 = sqrt %5884 : f64[] @ models/lib/nn.yaml:79:7
%5886 = div %2672, %5885 : f64[] @ models/lib/nn.yaml:79:7
%5887 = sqrt %5878 : f32[6,12] @ models/lib/nn.yaml:79:7
%5888 = cast %5886 : f32[] @ models/lib/nn.yaml:79:7
%5889 = broadcast %5888 : f32[6,12] @ models/lib/nn.yaml:79:7
%5890 = mul %5887, %5889 : f32[6,12] @ models/lib/nn.yaml:79:7
%5891 = broadcast %2704 : f32[6,12] @ models/lib/nn.yaml:79:7
%5892 = add %5890, %5891 : f32[6,12] @ models/lib/nn.yaml:79:7
%5893 = div %5872, %5892 : f32[6,12] @ models/lib/nn.yaml:79:7
%5894 = cast %5882 : f32[] @ models/lib/nn.yaml:79:7
%5895 = broadcast %5894 : f32[6,12] @ models/lib/nn.yaml:79:7
%5896 = mul %5893, %5895 : f32[6,12] @ models/lib/nn.yaml:79:7
%5897 = sub %5867, %5896 : f32[6,12] @ models/lib/nn.yaml:79:7
%5898 = assign %84, %5897 : f32[6,12] @ models/lib/nn.yaml:79:7
%5899 = assign %5862, %5872 : f32[6,12] @ models/lib/nn.yaml:79:7
%5900 = assign %5863, %5878 : f32[6,12] @ models/lib/nn.yaml:79:7
%5901 = assign %5864, %5865 : i64[] @ models/lib/nn.yaml:79:7
%5902 = broadcast %2716 : f32[6,12] @ models/lib/nn.yaml:79:7
%5903 = mul %168, %5902 : f32[6,12] @ models/lib/nn.yaml:79:7
%5904 = broadcast %2720 : f32[6,12] @ models/lib/nn.yaml:79:7
%5905 = mul %5897, %5904 : f32[6,12] @ models/lib/nn.yaml:79:7
%5906 = add %5903, %5905 : f32[6,12] @ models/lib/nn.yaml:79:7
%5907 = assign %168, %5906 : f32[6,12] @ models/lib/nn.yaml:79:7
%5908 = all_reduce_sum %1797 : f32[12,6] @ models/lib/nn.yaml:79:7
%5909 = state name="adam_m.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%5910 = state name="adam_v.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%5911 = state name="adam_t.patch_predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5912 = add %5911, %2669 : i64[] @ models/lib/nn.yaml:79:7
%5913 = broadcast %2674 : f32[12,6] @ models/lib/nn.yaml:79:7
%5914 = mul %85, %5913 : f32[12,6] @ models/lib/nn.yaml:79:7
%5915 = broadcast %1617 : f32[12,6] @ models/lib/nn.yaml:79:7
%5916 = mul %5908, %5915 : f32[12,6] @ models/lib/nn.yaml:79:7
%5917 = broadcast %1020 : f32[12,6] @ models/lib/nn.yaml:79:7
%5918 = mul %5909, %5917 : f32[12,6] @ models/lib/nn.yaml:79:7
%5919 = add %5918, %5916 : f32[12,6] @ models/lib/nn.yaml:79:7
%5920 = mul %5908, %5908 : f32[12,6] @ models/lib/nn.yaml:79:7
%5921 = broadcast %2684 : f32[12,6] @ models/lib/nn.yaml:79:7
%5922 = mul %5920, %5921 : f32[12,6] @ models/lib/nn.yaml:79:7
%5923 = broadcast %2688 : f32[12,6] @ models/lib/nn.yaml:79:7
%5924 = mul %5910, %5923 : f32[12,6] @ models/lib/nn.yaml:79:7
%5925 = add %5924, %5922 : f32[12,6] @ models/lib/nn.yaml:79:7
%5926 = cast %5912 : f64[] @ models/lib/nn.yaml:79:7
%5927 = pow %2679, %5926 : f64[] @ models/lib/nn.yaml:79:7
%5928 = sub %2672, %5927 : f64[] @ models/lib/nn.yaml:79:7
%5929 = div %1614, %5928 : f64[] @ models/lib/nn.yaml:79:7
%5930 = pow %2687, %5926 : f64[] @ models/lib/nn.yaml:79:7
%5931 = sub %2672, %5930 : f64[] @ models/lib/nn.yaml:79:7
%5932 = sqrt %5931 : f64[] @ models/lib/nn.yaml:79:7
%5933 = div %2672, %5932 : f64[] @ models/lib/nn.yaml:79:7
%5934 = sqrt %5925 : f32[12,6] @ models/lib/nn.yaml:79:7
%5935 = cast %5933 : f32[] @ models/lib/nn.yaml:79:7
%5936 = broadcast %5935 : f32[12,6] @ models/lib/nn.yaml:79:7
%5937 = mul %5934, %5936 : f32[12,6] @ models/lib/nn.yaml:79:7
%5938 = broadcast %2704 : f32[12,6] @ models/lib/nn.yaml:79:7
%5939 = add %5937, %5938 : f32[12,6] @ models/lib/nn.yaml:79:7
%5940 = div %5919, %5939 : f32[12,6] @ models/lib/nn.yaml:79:7
%5941 = cast %5929 : f32[] @ models/lib/nn.yaml:79:7
%5942 = broadcast %5941 : f32[12,6] @ models/lib/nn.yaml:79:7
%5943 = mul %5940, %5942 : f32[12,6] @ models/lib/nn.yaml:79:7
%5944 = sub %5914, %5943 : f32[12,6] @ models/lib/nn.yaml:79:7
%5945 = assign %85, %5944 : f32[12,6] @ models/lib/nn.yaml:79:7
%5946 = assign %5909, %5919 : f32[12,6] @ models/lib/nn.yaml:79:7
%5947 = assign %5910, %5925 : f32[12,6] @ models/lib/nn.yaml:79:7
%5948 = assign %5911, %5912 : i64[] @ models/lib/nn.yaml:79:7
%5949 = broadcast %2716 : f32[12,6] @ models/lib/nn.yaml:79:7
%5950 = mul %169, %5949 : f32[12,6] @ models/lib/nn.yaml:79:7
%5951 = broadcast %2720 : f32[12,6] @ models/lib/nn.yaml:79:7
%5952 = mul %5944, %5951 : f32[12,6] @ models/lib/nn.yaml:79:7
%5953 = add %5950, %5952 : f32[12,6] @ models/lib/nn.yaml:79:7
%5954 = assign %169, %5953 : f32[12,6] @ models/lib/nn.yaml:79:7
%5955 = all_reduce_sum %1773 : f32[12] @ models/moco_pass.yaml:75:7
%5956 = state name="adam_m.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5957 = state name="adam_v.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5958 = state name="adam_t.patch_predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5959 = add %5958, %2669 : i64[] @ models/moco_pass.yaml:75:7
%5960 = mul %86, %5655 : f32[12] @ models/moco_pass.yaml:75:7
%5961 = mul %5955, %5657 : f32[12] @ models/moco_pass.yaml:75:7
%5962 = mul %5956, %5659 : f32[12] @ models/moco_pass.yaml:75:7
%5963 = add %5962, %5961 : f32[12] @ models/moco_pass.yaml:75:7
%5964 = mul %5955, %5955 : f32[12] @ models/moco_pass.yaml:75:7
%5965 = mul %5964, %5663 : f32[12] @ models/moco_pass.yaml:75:7
%5966 = mul %5957, %5665 : f32[12] @ models/moco_pass.yaml:75:7
%5967 = add %5966, %5965 : f32[12] @ models/moco_pass.yaml:75:7
%5968 = cast %5959 : f64[] @ models/moco_pass.yaml:75:7
%5969 = pow %2679, %5968 : f64[] @ models/moco_pass.yaml:75:7
%5970 = sub %2672, %5969 : f64[] @ models/moco_pass.yaml:75:7
%5971 = div %1614, %5970 : f64[] @ models/moco_pass.yaml:75:7
%5972 = pow %2687, %5968 : f64[] @ models/moco_pass.yaml:75:7
%5973 = sub %2672, %5972 : f64[] @ models/moco_pass.yaml:75:7
%5974 = sqrt %5973 : f64[] @ models/moco_pass.yaml:75:7
%5975 = div %2672, %5974 : f64[] @ models/moco_pass.yaml:75:7
%5976 = sqrt %5967 : f32[12] @ models/moco_pass.yaml:75:7
%5977 = cast %5975 : f32[] @ models/moco_pass.yaml:75:7
%5978 = broadcast %5977 : f32[12] @ models/moco_pass.yaml:75:7
%5979 = mul %5976, %5978 : f32[12] @ models/moco_pass.yaml:75:7
%5980 = add %5979, %5680 : f32[12] @ models/moco_pass.yaml:75:7
%5981 = div %5963, %5980 : f32[12] @ models/moco_pass.yaml:75:7
%5982 = cast %5971 : f32[] @ models/moco_pass.yaml:75:7
%5983 = broadcast %5982 : f32[12] @ models/moco_pass.yaml:75:7
%5984 = mul %5981, %5983 : f32[12] @ models/moco_pass.yaml:75:7
%5985 = sub %5960, %5984 : f32[12] @ models/moco_pass.yaml:75:7
%5986 = assign %86, %5985 : f32[12] @ models/moco_pass.yaml:75:7
%5987 = assign %5956, %5963 : f32[12] @ models/moco_pass.yaml:75:7
%5988 = assign %5957, %5967 : f32[12] @ models/moco_pass.yaml:75:7
%5989 = assign %5958, %5959 : i64[] @ models/moco_pass.yaml:75:7
%5990 = mul %170, %5691 : f32[12] @ models/moco_pass.yaml:75:7
%5991 = mul %5985, %5693 : f32[12] @ models/moco_pass.yaml:75:7
%5992 = add %5990, %5991 : f32[12] @ models/moco_pass.yaml:75:7
%5993 = assign %170, %5992 : f32[12] @ models/moco_pass.yaml:75:7
%5994 = all_reduce_sum %1769 : f32[12] @ models/moco_pass.yaml:76:7
%5995 = state name="adam_m.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%5996 = state name="adam_v.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%5997 = state name="adam_t.patch_predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5998 = add %5997, %2669 : i64[] @ models/moco_pass.yaml:76:7
%5999 = mul %87, %5655 : f32[12] @ models/moco_pass.yaml:76:7
%6000 = mul %5994, %5657 : f32[12] @ models/moco_pass.yaml:76:7
%6001 = mul %5995, %5659 : f32[12] @ models/moco_pass.yaml:76:7
%6002 = add %6001, %6000 : f32[12] @ models/moco_pass.yaml:76:7
%6003 = mul %5994, %5994 : f32[12] @ models/moco_pass.yaml:76:7
%6004 = mul %6003, %5663 : f32[12] @ models/moco_pass.yaml:76:7
%6005 = mul %5996, %5665 : f32[12] @ models/moco_pass.yaml:76:7
%6006 = add %6005, %6004 : f32[12] @ models/moco_pass.yaml:76:7
%6007 = cast %5998 : f64[] @ models/moco_pass.yaml:76:7
%6008 = pow %2679, %6007 : f64[] @ models/moco_pass.yaml:76:7
%6009 = sub %2672, %6008 : f64[] @ models/moco_pass.yaml:76:7
%6010 = div %1614, %6009 : f64[] @ models/moco_pass.yaml:76:7
%6011 = pow %2687, %6007 : f64[] @ models/moco_pass.yaml:76:7
%6012 = sub %2672, %6011 : f64[] @ models/moco_pass.yaml:76:7
%6013 = sqrt %6012 : f64[] @ models/moco_pass.yaml:76:7
%6014 = div %2672, %6013 : f64[] @ models/moco_pass.yaml:76:7
%6015 = sqrt %6006 : f32[12] @ models/moco_pass.yaml:76:7
%6016 = cast %6014 : f32[] @ models/moco_pass.yaml:76:7
%6017 = broadcast %6016 : f32[12] @ models/moco_pass.yaml:76:7
%6018 = mul %6015, %6017 : f32[12] @ models/moco_pass.yaml:76:7
%6019 = add %6018, %5680 : f32[12] @ models/moco_pass.yaml:76:7
%6020 = div %6002, %6019 : f32[12] @ models/moco_pass.yaml:76:7
%6021 = cast %6010 : f32[] @ models/moco_pass.yaml:76:7
%6022 = broadcast %6021 : f32[12] @ models/moco_pass.yaml:76:7
%6023 = mul %6020, %6022 : f32[12] @ models/moco_pass.yaml:76:7
%6024 = sub %5999, %6023 : f32[12] @ models/moco_pass.yaml:76:7
%6025 = assign %87, %6024 : f32[12] @ models/moco_pass.yaml:76:7
%6026 = assign %5995, %6002 : f32[12] @ models/moco_pass.yaml:76:7
%6027 = assign %5996, %6006 : f32[12] @ models/moco_pass.yaml:76:7
%6028 = assign %5997, %5998 : i64[] @ models/moco_pass.yaml:76:7
%6029 = mul %171, %5691 : f32[12] @ models/moco_pass.yaml:76:7
%6030 = mul %6024, %5693 : f32[12] @ models/moco_pass.yaml:76:7
%6031 = add %6029, %6030 : f32[12] @ models/moco_pass.yaml:76:7
%6032 = assign %171, %6031 : f32[12] @ models/moco_pass.yaml:76:7
%6033 = all_reduce_sum %1758 : f32[6,12] @ models/lib/nn.yaml:79:7
%6034 = state name="adam_m.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6035 = state name="adam_v.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6036 = state name="adam_t.patch_predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6037 = add %6036, %2669 : i64[] @ models/lib/nn.yaml:79:7
%6038 = mul %88, %5866 : f32[6,12] @ models/lib/nn.yaml:79:7
%6039 = mul %6033, %5868 : f32[6,12] @ models/lib/nn.yaml:79:7
%6040 = mul %6034, %5870 : f32[6,12] @ models/lib/nn.yaml:79:7
%6041 = add %6040, %6039 : f32[6,12] @ models/lib/nn.yaml:79:7
%6042 = mul %6033, %6033 : f32[6,12] @ models/lib/nn.yaml:79:7
%6043 = mul %6042, %5874 : f32[6,12] @ models/lib/nn.yaml:79:7
%6044 = mul %6035, %5876 : f32[6,12] @ models/lib/nn.yaml:79:7
%6045 = add %6044, %6043 : f32[6,12] @ models/lib/nn.yaml:79:7
%6046 = cast %6037 : f64[] @ models/lib/nn.yaml:79:7
%6047 = pow %2679, %6046 : f64[] @ models/lib/nn.yaml:79:7
%6048 = sub %2672, %6047 : f64[] @ models/lib/nn.yaml:79:7
%6049 = div %1614, %6048 : f64[] @ models/lib/nn.yaml:79:7
%6050 = pow %2687, %6046 : f64[] @ models/lib/nn.yaml:79:7
%6051 = sub %2672, %6050 : f64[] @ models/lib/nn.yaml:79:7
%6052 = sqrt %6051 : f64[] @ models/lib/nn.yaml:79:7
%6053 = div %2672, %6052 : f64[] @ models/lib/nn.yaml:79:7
%6054 = sqrt %6045 : f32[6,12] @ models/lib/nn.yaml:79:7
%6055 = cast %6053 : f32[] @ models/lib/nn.yaml:79:7
%6056 = broadcast %6055 : f32[6,12] @ models/lib/nn.yaml:79:7
%6057 = mul %6054, %6056 : f32[6,12] @ models/lib/nn.yaml:79:7
%6058 = add %6057, %5891 : f32[6,12] @ models/lib/nn.yaml:79:7
%6059 = div %6041, %6058 : f32[6,12] @ models/lib/nn.yaml:79:7
%6060 = cast %6049 : f32[] @ models/lib/nn.yaml:79:7
%6061 = broadcast %6060 : f32[6,12] @ models/lib/nn.yaml:79:7
%6062 = mul %6059, %6061 : f32[6,12] @ models/lib/nn.yaml:79:7
%6063 = sub %6038, %6062 : f32[6,12] @ models/lib/nn.yaml:79:7
%6064 = assign %88, %6063 : f32[6,12] @ models/lib/nn.yaml:79:7
%6065 = assign %6034, %6041 : f32[6,12] @ models/lib/nn.yaml:79:7
%6066 = assign %6035, %6045 : f32[6,12] @ models/lib/nn.yaml:79:7
%6067 = assign %6036, %6037 : i64[] @ models/lib/nn.yaml:79:7
%6068 = mul %172, %5902 : f32[6,12] @ models/lib/nn.yaml:79:7
%6069 = mul %6063, %5904 : f32[6,12] @ models/lib/nn.yaml:79:7
%6070 = add %6068, %6069 : f32[6,12] @ models/lib/nn.yaml:79:7
%6071 = assign %172, %6070 : f32[6,12] @ models/lib/nn.yaml:79:7
%6072 = const data=[inf] : f32[] @ models/moco_pass.yaml:170:3
%6073 = abs %1612 : f32[] @ models/moco_pass.yaml:170:3
%6074 = lt %6073, %6072 : bool[] @ models/moco_pass.yaml:170:3
%6075 = output %6074 name="finite" : bool[] @ models/moco_pass.yaml:170:3
