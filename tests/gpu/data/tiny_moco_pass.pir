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
%1243 = mul %304, %1242 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1244 = mul %1242, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1245 = erf %1244 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%1246 = add %311, %1245 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1247 = mul %1243, %1246 : f32[14,16,64] @ models/lib/nn.yaml:27:24
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
%1378 = mul %304, %1377 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1379 = mul %1377, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1380 = erf %1379 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%1381 = add %311, %1380 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1382 = mul %1378, %1381 : f32[14,16,64] @ models/lib/nn.yaml:27:24
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
%1508 = mul %834, %1507 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1509 = mul %1507, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1510 = erf %1509 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1511 = add %839, %1510 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1512 = mul %1508, %1511 : f32[14,1,64] @ models/lib/nn.yaml:27:24
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
%1630 = mul %834, %1629 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1631 = mul %1629, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1632 = erf %1631 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1633 = add %839, %1632 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1634 = mul %1630, %1633 : f32[14,1,64] @ models/lib/nn.yaml:27:24
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
%2316 = matmul %2315, %2314 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2317 = reshape %2316 : f32[12] @ models/moco_pass.yaml:84:27
%2318 = mul %2314, %1828 : f32[224,12] @ models/moco_pass.yaml:84:18
%2319 = mul %2314, %1827 : f32[224,12] @ models/moco_pass.yaml:84:18
%2320 = matmul %2315, %2319 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2321 = reshape %2320 : f32[12] @ models/moco_pass.yaml:84:18
%2322 = reshape %2318 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2323 = mul %2322, %1825 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2324 = mul %2322, %1818 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2325 = reduce_sum %2324 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2326 = mul %1824, %1824 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2327 = mul %1824, %2326 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2328 = broadcast %2290 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2329 = mul %2327, %2328 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2330 = mul %2325, %2329 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2331 = all_reduce_sum %2330 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2332 = div %2331, %990 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2333 = broadcast %2332 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2334 = mul %2333, %1818 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2335 = add %2323, %2334 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2336 = add %2335, %2334 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2337 = neg %2336 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2338 = reduce_sum %2337 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2339 = all_reduce_sum %2338 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2340 = div %2339, %990 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2341 = broadcast %2340 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2342 = add %2336, %2341 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2343 = reshape %2342 : f32[224,12] @ models/moco_pass.yaml:79:13
%2344 = matmul %2343, %85 ta=0 tb=0 : f32[224,6] @ models/lib/nn.yaml:83:15
%2345 = matmul %2343, %1811 ta=1 tb=0 : f32[12,6] @ models/lib/nn.yaml:83:15
%2346 = reshape %2344 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%2347 = mul %2346, %1809 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2348 = mul %2346, %1802 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2349 = reduce_sum %2348 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2350 = mul %1808, %1808 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2351 = mul %1808, %2350 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2352 = mul %2351, %2291 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2353 = mul %2349, %2352 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2354 = all_reduce_sum %2353 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2355 = div %2354, %1037 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2356 = broadcast %2355 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%2357 = mul %2356, %1802 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2358 = add %2347, %2357 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2359 = add %2358, %2357 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2360 = neg %2359 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2361 = reduce_sum %2360 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2362 = all_reduce_sum %2361 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2363 = div %2362, %1037 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2364 = broadcast %2363 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2365 = add %2359, %2364 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2366 = reshape %2365 : f32[224,6] @ models/moco_pass.yaml:79:13
%2367 = matmul %2366, %84 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2368 = matmul %2366, %1795 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2369 = mul %2367, %2309 : f32[224,12] @ models/moco_pass.yaml:70:16
%2370 = eq %1794, %1011 : bool[224,12] @ models/moco_pass.yaml:70:16
%2371 = select %2370, %2369, %1011 : f32[224,12] @ models/moco_pass.yaml:70:16
%2372 = gt %1794, %1011 : bool[224,12] @ models/moco_pass.yaml:70:16
%2373 = select %2372, %2367, %2371 : f32[224,12] @ models/moco_pass.yaml:70:16
%2374 = matmul %2315, %2373 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2375 = reshape %2374 : f32[12] @ models/moco_pass.yaml:84:27
%2376 = mul %2373, %1791 : f32[224,12] @ models/moco_pass.yaml:84:18
%2377 = mul %2373, %1790 : f32[224,12] @ models/moco_pass.yaml:84:18
%2378 = matmul %2315, %2377 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2379 = reshape %2378 : f32[12] @ models/moco_pass.yaml:84:18
%2380 = reshape %2376 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2381 = mul %2380, %1788 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2382 = mul %2380, %1781 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2383 = reduce_sum %2382 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2384 = mul %1787, %1787 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2385 = mul %1787, %2384 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2386 = mul %2385, %2328 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2387 = mul %2383, %2386 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2388 = all_reduce_sum %2387 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2389 = div %2388, %990 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2390 = broadcast %2389 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2391 = mul %2390, %1781 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2392 = add %2381, %2391 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2393 = add %2392, %2391 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2394 = neg %2393 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2395 = reduce_sum %2394 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2396 = all_reduce_sum %2395 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2397 = div %2396, %990 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2398 = broadcast %2397 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2399 = add %2393, %2398 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2400 = reshape %2399 : f32[224,12] @ models/moco_pass.yaml:79:13
%2401 = matmul %2400, %81 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2402 = matmul %2400, %1774 ta=1 tb=0 : f32[12,12] @ models/lib/nn.yaml:83:15
%2403 = mul %2401, %2309 : f32[224,12] @ models/moco_pass.yaml:70:16
%2404 = eq %1773, %1011 : bool[224,12] @ models/moco_pass.yaml:70:16
%2405 = select %2404, %2403, %1011 : f32[224,12] @ models/moco_pass.yaml:70:16
%2406 = gt %1773, %1011 : bool[224,12] @ models/moco_pass.yaml:70:16
%2407 = select %2406, %2401, %2405 : f32[224,12] @ models/moco_pass.yaml:70:16
%2408 = matmul %2315, %2407 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2409 = reshape %2408 : f32[12] @ models/moco_pass.yaml:84:27
%2410 = mul %2407, %1770 : f32[224,12] @ models/moco_pass.yaml:84:18
%2411 = mul %2407, %1769 : f32[224,12] @ models/moco_pass.yaml:84:18
%2412 = matmul %2315, %2411 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2413 = reshape %2412 : f32[12] @ models/moco_pass.yaml:84:18
%2414 = reshape %2410 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2415 = mul %2414, %1767 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2416 = mul %2414, %1760 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2417 = reduce_sum %2416 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2418 = mul %1766, %1766 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2419 = mul %1766, %2418 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2420 = mul %2419, %2328 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2421 = mul %2417, %2420 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2422 = all_reduce_sum %2421 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2423 = div %2422, %990 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2424 = broadcast %2423 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2425 = mul %2424, %1760 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2426 = add %2415, %2425 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2427 = add %2426, %2425 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2428 = neg %2427 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2429 = reduce_sum %2428 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2430 = all_reduce_sum %2429 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2431 = div %2430, %990 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2432 = broadcast %2431 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2433 = add %2427, %2432 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2434 = reshape %2433 : f32[224,12] @ models/moco_pass.yaml:79:13
%2435 = matmul %2434, %78 ta=0 tb=0 : f32[224,16] @ models/lib/nn.yaml:83:15
%2436 = matmul %2434, %1753 ta=1 tb=0 : f32[12,16] @ models/lib/nn.yaml:83:15
%2437 = reshape %2435 : f32[14,16,16] @ models/moco_pass.yaml:131:49
%2438 = reshape %2283 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%2439 = mul %2438, %1749 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2440 = mul %2438, %1742 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2441 = reduce_sum %2440 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2442 = mul %1748, %1748 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2443 = mul %1748, %2442 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2444 = broadcast %2290 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2445 = mul %2443, %2444 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2446 = mul %2441, %2445 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2447 = all_reduce_sum %2446 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2448 = div %2447, %1102 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2449 = broadcast %2448 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%2450 = mul %2449, %1742 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2451 = add %2439, %2450 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2452 = add %2451, %2450 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2453 = neg %2452 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2454 = reduce_sum %2453 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2455 = all_reduce_sum %2454 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2456 = div %2455, %1102 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2457 = broadcast %2456 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2458 = add %2452, %2457 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2459 = reshape %2458 : f32[14,8] @ models/moco_pass.yaml:79:13
%2460 = matmul %2459, %77 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2461 = matmul %2459, %1735 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2462 = broadcast %303 : f32[14,24] @ models/moco_pass.yaml:70:16
%2463 = mul %2460, %2462 : f32[14,24] @ models/moco_pass.yaml:70:16
%2464 = eq %1734, %1076 : bool[14,24] @ models/moco_pass.yaml:70:16
%2465 = select %2464, %2463, %1076 : f32[14,24] @ models/moco_pass.yaml:70:16
%2466 = gt %1734, %1076 : bool[14,24] @ models/moco_pass.yaml:70:16
%2467 = select %2466, %2460, %2465 : f32[14,24] @ models/moco_pass.yaml:70:16
%2468 = reduce_sum %2467 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2469 = reshape %2468 : f32[24] @ models/moco_pass.yaml:84:27
%2470 = mul %2467, %1731 : f32[14,24] @ models/moco_pass.yaml:84:18
%2471 = mul %2467, %1730 : f32[14,24] @ models/moco_pass.yaml:84:18
%2472 = reduce_sum %2471 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2473 = reshape %2472 : f32[24] @ models/moco_pass.yaml:84:18
%2474 = reshape %2470 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2475 = mul %2474, %1728 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2476 = mul %2474, %1721 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2477 = reduce_sum %2476 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2478 = mul %1727, %1727 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2479 = mul %1727, %2478 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2480 = broadcast %2290 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2481 = mul %2479, %2480 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2482 = mul %2477, %2481 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2483 = all_reduce_sum %2482 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2484 = div %2483, %1057 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2485 = broadcast %2484 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2486 = mul %2485, %1721 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2487 = add %2475, %2486 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2488 = add %2487, %2486 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2489 = neg %2488 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2490 = reduce_sum %2489 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2491 = all_reduce_sum %2490 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2492 = div %2491, %1057 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2493 = broadcast %2492 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2494 = add %2488, %2493 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2495 = reshape %2494 : f32[14,24] @ models/moco_pass.yaml:79:13
%2496 = matmul %2495, %74 ta=0 tb=0 : f32[14,8] @ models/lib/nn.yaml:83:15
%2497 = matmul %2495, %1714 ta=1 tb=0 : f32[24,8] @ models/lib/nn.yaml:83:15
%2498 = reshape %2496 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%2499 = mul %2498, %1712 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2500 = mul %2498, %1705 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2501 = reduce_sum %2500 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2502 = mul %1711, %1711 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2503 = mul %1711, %2502 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2504 = mul %2503, %2444 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2505 = mul %2501, %2504 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2506 = all_reduce_sum %2505 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2507 = div %2506, %1102 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2508 = broadcast %2507 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%2509 = mul %2508, %1705 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2510 = add %2499, %2509 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2511 = add %2510, %2509 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2512 = neg %2511 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2513 = reduce_sum %2512 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2514 = all_reduce_sum %2513 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2515 = div %2514, %1102 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2516 = broadcast %2515 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2517 = add %2511, %2516 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2518 = reshape %2517 : f32[14,8] @ models/moco_pass.yaml:79:13
%2519 = matmul %2518, %73 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2520 = matmul %2518, %1698 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2521 = mul %2519, %2462 : f32[14,24] @ models/moco_pass.yaml:70:16
%2522 = eq %1697, %1076 : bool[14,24] @ models/moco_pass.yaml:70:16
%2523 = select %2522, %2521, %1076 : f32[14,24] @ models/moco_pass.yaml:70:16
%2524 = gt %1697, %1076 : bool[14,24] @ models/moco_pass.yaml:70:16
%2525 = select %2524, %2519, %2523 : f32[14,24] @ models/moco_pass.yaml:70:16
%2526 = reduce_sum %2525 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2527 = reshape %2526 : f32[24] @ models/moco_pass.yaml:84:27
%2528 = mul %2525, %1694 : f32[14,24] @ models/moco_pass.yaml:84:18
%2529 = mul %2525, %1693 : f32[14,24] @ models/moco_pass.yaml:84:18
%2530 = reduce_sum %2529 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2531 = reshape %2530 : f32[24] @ models/moco_pass.yaml:84:18
%2532 = reshape %2528 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2533 = mul %2532, %1691 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2534 = mul %2532, %1684 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2535 = reduce_sum %2534 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2536 = mul %1690, %1690 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2537 = mul %1690, %2536 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2538 = mul %2537, %2480 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2539 = mul %2535, %2538 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2540 = all_reduce_sum %2539 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2541 = div %2540, %1057 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2542 = broadcast %2541 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2543 = mul %2542, %1684 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2544 = add %2533, %2543 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2545 = add %2544, %2543 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2546 = neg %2545 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2547 = reduce_sum %2546 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2548 = all_reduce_sum %2547 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2549 = div %2548, %1057 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2550 = broadcast %2549 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2551 = add %2545, %2550 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2552 = reshape %2551 : f32[14,24] @ models/moco_pass.yaml:79:13
%2553 = matmul %2552, %70 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2554 = matmul %2552, %1677 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2555 = mul %2553, %2462 : f32[14,24] @ models/moco_pass.yaml:70:16
%2556 = eq %1676, %1076 : bool[14,24] @ models/moco_pass.yaml:70:16
%2557 = select %2556, %2555, %1076 : f32[14,24] @ models/moco_pass.yaml:70:16
%2558 = gt %1676, %1076 : bool[14,24] @ models/moco_pass.yaml:70:16
%2559 = select %2558, %2553, %2557 : f32[14,24] @ models/moco_pass.yaml:70:16
%2560 = reduce_sum %2559 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2561 = reshape %2560 : f32[24] @ models/moco_pass.yaml:84:27
%2562 = mul %2559, %1673 : f32[14,24] @ models/moco_pass.yaml:84:18
%2563 = mul %2559, %1672 : f32[14,24] @ models/moco_pass.yaml:84:18
%2564 = reduce_sum %2563 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2565 = reshape %2564 : f32[24] @ models/moco_pass.yaml:84:18
%2566 = reshape %2562 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2567 = mul %2566, %1670 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2568 = mul %2566, %1663 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2569 = reduce_sum %2568 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2570 = mul %1669, %1669 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2571 = mul %1669, %2570 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2572 = mul %2571, %2480 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2573 = mul %2569, %2572 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2574 = all_reduce_sum %2573 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2575 = div %2574, %1057 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2576 = broadcast %2575 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2577 = mul %2576, %1663 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2578 = add %2567, %2577 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2579 = add %2578, %2577 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2580 = neg %2579 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2581 = reduce_sum %2580 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2582 = all_reduce_sum %2581 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2583 = div %2582, %1057 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2584 = broadcast %2583 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2585 = add %2579, %2584 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2586 = reshape %2585 : f32[14,24] @ models/moco_pass.yaml:79:13
%2587 = matmul %2586, %67 ta=0 tb=0 : f32[14,16] @ models/lib/nn.yaml:83:15
%2588 = matmul %2586, %1656 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2589 = reshape %2587 : f32[14,1,16] @ models/moco_pass.yaml:130:38
%2590 = concat %2589, %2437 axis=1 : f32[14,17,16] @ models/moco_pass.yaml:130:38
%2591 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,14] @ models/lib/nn.yaml:96:46
%2592 = reshape %2589 : f32[14,16] @ models/lib/nn.yaml:96:46
%2593 = matmul %2591, %2592 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2594 = reshape %2437 : f32[224,16] @ models/lib/nn.yaml:96:46
%2595 = matmul %2315, %2594 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2596 = add %2593, %2595 : f32[1,16] @ models/lib/nn.yaml:96:46
%2597 = reshape %2596 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2598 = reshape %2597 : f32[16] @ models/lib/nn.yaml:96:46
%2599 = mul %2590, %1651 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2600 = mul %2590, %1650 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2601 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,238] @ models/lib/nn.yaml:96:37
%2602 = reshape %2600 : f32[238,16] @ models/lib/nn.yaml:96:37
%2603 = matmul %2601, %2602 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2604 = reshape %2603 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2605 = reshape %2604 : f32[16] @ models/lib/nn.yaml:96:37
%2606 = mul %2599, %1649 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2607 = mul %2599, %1643 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2608 = reduce_sum %2607 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2609 = mul %1648, %1648 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2610 = mul %1648, %2609 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2611 = broadcast %2290 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2612 = mul %2610, %2611 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2613 = mul %2608, %2612 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2614 = div %2613, %718 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2615 = broadcast %2614 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2616 = mul %2615, %1643 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2617 = add %2606, %2616 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2618 = add %2617, %2616 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2619 = neg %2618 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2620 = reduce_sum %2619 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2621 = div %2620, %718 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2622 = broadcast %2621 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2623 = add %2618, %2622 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2624 = slice %2623 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:111:21
%2625 = slice %2623 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:111:21
%2626 = reduce_sum %2624 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2627 = reshape %2626 : f32[16] @ models/lib/nn.yaml:84:18
%2628 = matmul %2624, %63 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2629 = reshape %1634 : f32[14,64] @ models/lib/nn.yaml:83:15
%2630 = reshape %2624 : f32[14,16] @ models/lib/nn.yaml:83:15
%2631 = matmul %2630, %2629 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2632 = mul %1629, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2633 = erf %2632 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2634 = add %839, %2633 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%2635 = mul %2628, %2634 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2636 = mul %834, %1629 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2637 = mul %2628, %2636 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2638 = mul %1629, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2639 = mul %2638, %2638 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2640 = neg %2639 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2641 = exp %2640 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2642 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2643 = broadcast %2642 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2644 = mul %2641, %2643 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2645 = mul %2637, %2644 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2646 = mul %2645, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2647 = mul %2635, %834 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2648 = add %2646, %2647 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2649 = reduce_sum %2648 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2650 = reshape %2649 : f32[64] @ models/lib/nn.yaml:84:18
%2651 = matmul %2648, %61 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2652 = reshape %1626 : f32[14,16] @ models/lib/nn.yaml:83:15
%2653 = reshape %2648 : f32[14,64] @ models/lib/nn.yaml:83:15
%2654 = matmul %2653, %2652 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2655 = reduce_sum %2651 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2656 = reshape %2655 : f32[16] @ models/lib/nn.yaml:96:46
%2657 = mul %2651, %1623 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2658 = mul %2651, %1622 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2659 = reduce_sum %2658 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2660 = reshape %2659 : f32[16] @ models/lib/nn.yaml:96:37
%2661 = mul %2657, %1621 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2662 = mul %2657, %1615 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2663 = reduce_sum %2662 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2664 = mul %1620, %1620 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2665 = mul %1620, %2664 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2666 = broadcast %2290 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2667 = mul %2665, %2666 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2668 = mul %2663, %2667 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2669 = div %2668, %815 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2670 = broadcast %2669 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2671 = mul %2670, %1615 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2672 = add %2661, %2671 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2673 = add %2672, %2671 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2674 = add %2624, %2673 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2675 = neg %2673 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2676 = reduce_sum %2675 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2677 = div %2676, %815 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2678 = broadcast %2677 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2679 = add %2674, %2678 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2680 = reduce_sum %2679 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2681 = reshape %2680 : f32[16] @ models/lib/nn.yaml:84:18
%2682 = matmul %2679, %57 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2683 = reshape %1606 : f32[14,16] @ models/lib/nn.yaml:83:15
%2684 = reshape %2679 : f32[14,16] @ models/lib/nn.yaml:83:15
%2685 = matmul %2684, %2683 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2686 = reshape %2682 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2687 = permute %2686 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2688 = permute %1548 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2689 = slice %2687 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2690 = broadcast %2689 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2691 = slice %2688 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2692 = mul %2690, %2691 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2693 = slice %2687 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2694 = broadcast %2693 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2695 = slice %2688 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2696 = mul %2694, %2695 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2697 = add %2692, %2696 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2698 = slice %2687 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2699 = broadcast %2698 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2700 = slice %2688 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2701 = mul %2699, %2700 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2702 = add %2697, %2701 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2703 = slice %2687 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2704 = broadcast %2703 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2705 = slice %2688 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2706 = mul %2704, %2705 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2707 = add %2702, %2706 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2708 = slice %2687 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2709 = broadcast %2708 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2710 = slice %2688 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2711 = mul %2709, %2710 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2712 = add %2707, %2711 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2713 = slice %2687 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2714 = broadcast %2713 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2715 = slice %2688 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2716 = mul %2714, %2715 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2717 = add %2712, %2716 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2718 = slice %2687 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2719 = broadcast %2718 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2720 = slice %2688 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2721 = mul %2719, %2720 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2722 = add %2717, %2721 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2723 = slice %2687 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2724 = broadcast %2723 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2725 = slice %2688 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2726 = mul %2724, %2725 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2727 = add %2722, %2726 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2728 = permute %1599 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2729 = broadcast %2728 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2730 = broadcast %2687 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2731 = mul %2729, %2730 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2732 = div %2727, %1597 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2733 = mul %2732, %1599 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2734 = neg %2733 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2735 = reduce_sum %2734 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2736 = broadcast %2735 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2737 = add %2732, %2736 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2738 = exp %1594 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2739 = mul %2737, %2738 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2740 = mul %2739, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2741 = reshape %2740 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2742 = broadcast %2741 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2743 = reshape %1543 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2744 = broadcast %2743 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2745 = mul %2742, %2744 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2746 = reduce_sum %2745 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2747 = permute %2740 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2748 = broadcast %2747 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2749 = broadcast %1538 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2750 = mul %2748, %2749 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2751 = permute %2731 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2752 = reshape %2751 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2753 = reshape %2752 : f32[238,16] @ models/lib/nn.yaml:84:18
%2754 = matmul %2601, %2753 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2755 = reshape %2754 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2756 = reshape %2755 : f32[16] @ models/lib/nn.yaml:84:18
%2757 = matmul %2752, %55 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2758 = reshape %1532 : f32[238,16] @ models/lib/nn.yaml:83:15
%2759 = reshape %2751 : f32[238,16] @ models/lib/nn.yaml:83:15
%2760 = matmul %2759, %2758 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2761 = permute %2750 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2762 = reshape %2761 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2763 = reshape %2762 : f32[238,16] @ models/lib/nn.yaml:84:18
%2764 = matmul %2601, %2763 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2765 = reshape %2764 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2766 = reshape %2765 : f32[16] @ models/lib/nn.yaml:84:18
%2767 = matmul %2762, %53 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2768 = add %2757, %2767 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2769 = reshape %2761 : f32[238,16] @ models/lib/nn.yaml:83:15
%2770 = matmul %2769, %2758 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2771 = permute %2746 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2772 = reshape %2771 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2773 = reduce_sum %2772 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2774 = reshape %2773 : f32[16] @ models/lib/nn.yaml:84:18
%2775 = matmul %2772, %51 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2776 = reshape %1533 : f32[14,16] @ models/lib/nn.yaml:83:15
%2777 = reshape %2771 : f32[14,16] @ models/lib/nn.yaml:83:15
%2778 = matmul %2777, %2776 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2779 = pad %2775 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2780 = add %2768, %2779 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2781 = reshape %2780 : f32[238,16] @ models/lib/nn.yaml:96:46
%2782 = matmul %2601, %2781 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2783 = reshape %2782 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2784 = reshape %2783 : f32[16] @ models/lib/nn.yaml:96:46
%2785 = mul %2780, %1529 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2786 = mul %2780, %1528 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2787 = reshape %2786 : f32[238,16] @ models/lib/nn.yaml:96:37
%2788 = matmul %2601, %2787 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2789 = reshape %2788 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2790 = reshape %2789 : f32[16] @ models/lib/nn.yaml:96:37
%2791 = mul %2785, %1527 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2792 = mul %2785, %1521 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2793 = reduce_sum %2792 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2794 = mul %1526, %1526 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2795 = mul %1526, %2794 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2796 = mul %2795, %2611 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2797 = mul %2793, %2796 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2798 = div %2797, %718 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2799 = broadcast %2798 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2800 = mul %2799, %1521 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2801 = add %2791, %2800 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2802 = add %2801, %2800 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2803 = neg %2802 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2804 = reduce_sum %2803 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2805 = div %2804, %718 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2806 = broadcast %2805 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2807 = add %2802, %2806 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2808 = slice %2807 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2809 = add %2679, %2808 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2810 = slice %2807 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2811 = add %2625, %2810 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2812 = reduce_sum %2809 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2813 = reshape %2812 : f32[16] @ models/lib/nn.yaml:84:18
%2814 = matmul %2809, %47 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2815 = reshape %1512 : f32[14,64] @ models/lib/nn.yaml:83:15
%2816 = reshape %2809 : f32[14,16] @ models/lib/nn.yaml:83:15
%2817 = matmul %2816, %2815 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2818 = mul %1507, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2819 = erf %2818 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2820 = add %839, %2819 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%2821 = mul %2814, %2820 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2822 = mul %834, %1507 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2823 = mul %2814, %2822 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2824 = mul %1507, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2825 = mul %2824, %2824 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2826 = neg %2825 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2827 = exp %2826 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2828 = mul %2827, %2643 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2829 = mul %2823, %2828 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2830 = mul %2829, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2831 = mul %2821, %834 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2832 = add %2830, %2831 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2833 = reduce_sum %2832 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2834 = reshape %2833 : f32[64] @ models/lib/nn.yaml:84:18
%2835 = matmul %2832, %45 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2836 = reshape %1504 : f32[14,16] @ models/lib/nn.yaml:83:15
%2837 = reshape %2832 : f32[14,64] @ models/lib/nn.yaml:83:15
%2838 = matmul %2837, %2836 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2839 = reduce_sum %2835 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2840 = reshape %2839 : f32[16] @ models/lib/nn.yaml:96:46
%2841 = mul %2835, %1501 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2842 = mul %2835, %1500 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2843 = reduce_sum %2842 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2844 = reshape %2843 : f32[16] @ models/lib/nn.yaml:96:37
%2845 = mul %2841, %1499 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2846 = mul %2841, %1493 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2847 = reduce_sum %2846 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2848 = mul %1498, %1498 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2849 = mul %1498, %2848 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2850 = mul %2849, %2666 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2851 = mul %2847, %2850 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2852 = div %2851, %815 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2853 = broadcast %2852 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2854 = mul %2853, %1493 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2855 = add %2845, %2854 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2856 = add %2855, %2854 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2857 = add %2809, %2856 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2858 = neg %2856 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2859 = reduce_sum %2858 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2860 = div %2859, %815 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2861 = broadcast %2860 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2862 = add %2857, %2861 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2863 = reduce_sum %2862 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2864 = reshape %2863 : f32[16] @ models/lib/nn.yaml:84:18
%2865 = matmul %2862, %41 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2866 = reshape %1484 : f32[14,16] @ models/lib/nn.yaml:83:15
%2867 = reshape %2862 : f32[14,16] @ models/lib/nn.yaml:83:15
%2868 = matmul %2867, %2866 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2869 = reshape %2865 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2870 = permute %2869 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2871 = permute %1426 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2872 = slice %2870 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2873 = broadcast %2872 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2874 = slice %2871 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2875 = mul %2873, %2874 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2876 = slice %2870 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2877 = broadcast %2876 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2878 = slice %2871 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2879 = mul %2877, %2878 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2880 = add %2875, %2879 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2881 = slice %2870 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2882 = broadcast %2881 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2883 = slice %2871 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2884 = mul %2882, %2883 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2885 = add %2880, %2884 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2886 = slice %2870 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2887 = broadcast %2886 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2888 = slice %2871 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2889 = mul %2887, %2888 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2890 = add %2885, %2889 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2891 = slice %2870 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2892 = broadcast %2891 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2893 = slice %2871 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2894 = mul %2892, %2893 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2895 = add %2890, %2894 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2896 = slice %2870 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2897 = broadcast %2896 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2898 = slice %2871 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2899 = mul %2897, %2898 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2900 = add %2895, %2899 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2901 = slice %2870 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2902 = broadcast %2901 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2903 = slice %2871 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2904 = mul %2902, %2903 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2905 = add %2900, %2904 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2906 = slice %2870 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2907 = broadcast %2906 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2908 = slice %2871 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2909 = mul %2907, %2908 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2910 = add %2905, %2909 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2911 = permute %1477 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2912 = broadcast %2911 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2913 = broadcast %2870 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2914 = mul %2912, %2913 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2915 = div %2910, %1475 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2916 = mul %2915, %1477 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2917 = neg %2916 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2918 = reduce_sum %2917 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2919 = broadcast %2918 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2920 = add %2915, %2919 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2921 = exp %1472 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2922 = mul %2920, %2921 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2923 = mul %2922, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2924 = reshape %2923 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2925 = broadcast %2924 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2926 = reshape %1421 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2927 = broadcast %2926 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2928 = mul %2925, %2927 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2929 = reduce_sum %2928 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2930 = permute %2923 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2931 = broadcast %2930 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2932 = broadcast %1416 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2933 = mul %2931, %2932 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2934 = permute %2914 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2935 = reshape %2934 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2936 = reshape %2935 : f32[238,16] @ models/lib/nn.yaml:84:18
%2937 = matmul %2601, %2936 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2938 = reshape %2937 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2939 = reshape %2938 : f32[16] @ models/lib/nn.yaml:84:18
%2940 = matmul %2935, %39 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2941 = reshape %1410 : f32[238,16] @ models/lib/nn.yaml:83:15
%2942 = reshape %2934 : f32[238,16] @ models/lib/nn.yaml:83:15
%2943 = matmul %2942, %2941 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2944 = permute %2933 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2945 = reshape %2944 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2946 = reshape %2945 : f32[238,16] @ models/lib/nn.yaml:84:18
%2947 = matmul %2601, %2946 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2948 = reshape %2947 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2949 = reshape %2948 : f32[16] @ models/lib/nn.yaml:84:18
%2950 = matmul %2945, %37 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2951 = add %2940, %2950 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2952 = reshape %2944 : f32[238,16] @ models/lib/nn.yaml:83:15
%2953 = matmul %2952, %2941 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2954 = permute %2929 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2955 = reshape %2954 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2956 = reduce_sum %2955 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2957 = reshape %2956 : f32[16] @ models/lib/nn.yaml:84:18
%2958 = matmul %2955, %35 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2959 = reshape %1411 : f32[14,16] @ models/lib/nn.yaml:83:15
%2960 = reshape %2954 : f32[14,16] @ models/lib/nn.yaml:83:15
%2961 = matmul %2960, %2959 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2962 = pad %2958 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2963 = add %2951, %2962 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2964 = reshape %2963 : f32[238,16] @ models/lib/nn.yaml:96:46
%2965 = matmul %2601, %2964 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2966 = reshape %2965 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2967 = reshape %2966 : f32[16] @ models/lib/nn.yaml:96:46
%2968 = mul %2963, %1407 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2969 = mul %2963, %1406 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2970 = reshape %2969 : f32[238,16] @ models/lib/nn.yaml:96:37
%2971 = matmul %2601, %2970 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2972 = reshape %2971 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2973 = reshape %2972 : f32[16] @ models/lib/nn.yaml:96:37
%2974 = mul %2968, %1405 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2975 = mul %2968, %1399 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2976 = reduce_sum %2975 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2977 = mul %1404, %1404 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2978 = mul %1404, %2977 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2979 = mul %2978, %2611 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2980 = mul %2976, %2979 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2981 = div %2980, %718 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2982 = broadcast %2981 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2983 = mul %2982, %1399 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2984 = add %2974, %2983 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2985 = add %2984, %2983 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2986 = neg %2985 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2987 = reduce_sum %2986 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2988 = div %2987, %718 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2989 = broadcast %2988 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2990 = add %2985, %2989 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2991 = slice %2990 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2992 = add %2862, %2991 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2993 = slice %2990 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2994 = add %2811, %2993 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2995 = reduce_sum %2992 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%2996 = mul %2994, %1391 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%2997 = div %2996, %1349 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%2998 = reshape %2997 : f32[224,16] @ models/lib/nn.yaml:84:18
%2999 = matmul %2315, %2998 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3000 = reshape %2999 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3001 = reshape %3000 : f32[16] @ models/lib/nn.yaml:84:18
%3002 = matmul %2997, %30 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%3003 = reshape %1382 : f32[224,64] @ models/lib/nn.yaml:83:15
%3004 = reshape %2997 : f32[224,16] @ models/lib/nn.yaml:83:15
%3005 = matmul %3004, %3003 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3006 = mul %1377, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3007 = erf %3006 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3008 = add %311, %3007 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%3009 = mul %3002, %3008 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3010 = mul %304, %1377 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3011 = mul %3002, %3010 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3012 = mul %1377, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3013 = mul %3012, %3012 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3014 = neg %3013 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3015 = exp %3014 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3016 = broadcast %2642 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3017 = mul %3015, %3016 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3018 = mul %3011, %3017 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3019 = mul %3018, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3020 = mul %3009, %304 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3021 = add %3019, %3020 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3022 = reshape %3021 : f32[224,64] @ models/lib/nn.yaml:84:18
%3023 = matmul %2315, %3022 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3024 = reshape %3023 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3025 = reshape %3024 : f32[64] @ models/lib/nn.yaml:84:18
%3026 = matmul %3021, %28 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3027 = reshape %1374 : f32[224,16] @ models/lib/nn.yaml:83:15
%3028 = reshape %3021 : f32[224,64] @ models/lib/nn.yaml:83:15
%3029 = matmul %3028, %3027 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3030 = reshape %3026 : f32[224,16] @ models/lib/nn.yaml:96:46
%3031 = matmul %2315, %3030 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3032 = reshape %3031 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3033 = reshape %3032 : f32[16] @ models/lib/nn.yaml:96:46
%3034 = mul %3026, %1371 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3035 = mul %3026, %1370 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3036 = reshape %3035 : f32[224,16] @ models/lib/nn.yaml:96:37
%3037 = matmul %2315, %3036 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3038 = reshape %3037 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3039 = reshape %3038 : f32[16] @ models/lib/nn.yaml:96:37
%3040 = mul %3034, %1369 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3041 = mul %3034, %1363 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3042 = reduce_sum %3041 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3043 = mul %1368, %1368 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3044 = mul %1368, %3043 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3045 = broadcast %2290 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3046 = mul %3044, %3045 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3047 = mul %3042, %3046 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3048 = div %3047, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3049 = broadcast %3048 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3050 = mul %3049, %1363 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3051 = add %3040, %3050 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3052 = add %3051, %3050 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3053 = add %2994, %3052 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3054 = neg %3052 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3055 = reduce_sum %3054 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3056 = div %3055, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3057 = broadcast %3056 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3058 = add %3053, %3057 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3059 = mul %3058, %1357 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%3060 = div %3059, %1349 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%3061 = reshape %3060 : f32[224,16] @ models/lib/nn.yaml:84:18
%3062 = matmul %2315, %3061 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3063 = reshape %3062 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3064 = reshape %3063 : f32[16] @ models/lib/nn.yaml:84:18
%3065 = matmul %3060, %24 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3066 = reshape %1343 : f32[224,16] @ models/lib/nn.yaml:83:15
%3067 = reshape %3060 : f32[224,16] @ models/lib/nn.yaml:83:15
%3068 = matmul %3067, %3066 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3069 = reshape %3065 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3070 = permute %3069 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3071 = permute %1277 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3072 = slice %3070 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3073 = broadcast %3072 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3074 = slice %3071 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3075 = broadcast %3074 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3076 = mul %3073, %3075 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3077 = slice %3070 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3078 = broadcast %3077 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3079 = slice %3071 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3080 = broadcast %3079 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3081 = mul %3078, %3080 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3082 = add %3076, %3081 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3083 = slice %3070 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3084 = broadcast %3083 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3085 = slice %3071 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3086 = broadcast %3085 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3087 = mul %3084, %3086 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3088 = add %3082, %3087 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3089 = slice %3070 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3090 = broadcast %3089 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3091 = slice %3071 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3092 = broadcast %3091 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3093 = mul %3090, %3092 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3094 = add %3088, %3093 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3095 = slice %3070 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3096 = broadcast %3095 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3097 = slice %3071 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3098 = broadcast %3097 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3099 = mul %3096, %3098 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3100 = add %3094, %3099 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3101 = slice %3070 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3102 = broadcast %3101 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3103 = slice %3071 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3104 = broadcast %3103 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3105 = mul %3102, %3104 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3106 = add %3100, %3105 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3107 = slice %3070 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3108 = broadcast %3107 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3109 = slice %3071 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3110 = broadcast %3109 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3111 = mul %3108, %3110 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3112 = add %3106, %3111 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3113 = slice %3070 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3114 = broadcast %3113 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3115 = slice %3071 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3116 = broadcast %3115 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3117 = mul %3114, %3116 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3118 = add %3112, %3117 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3119 = permute %1336 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3120 = reshape %3119 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3121 = broadcast %3120 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3122 = reshape %3070 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3123 = broadcast %3122 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3124 = mul %3121, %3123 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3125 = reduce_sum %3124 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3126 = div %3118, %1334 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3127 = mul %3126, %1336 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3128 = neg %3127 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3129 = reduce_sum %3128 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3130 = broadcast %3129 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3131 = add %3126, %3130 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3132 = exp %1331 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3133 = mul %3131, %3132 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3134 = mul %3133, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3135 = reshape %3134 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3136 = broadcast %3135 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3137 = reshape %1275 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3138 = broadcast %3137 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3139 = mul %3136, %3138 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3140 = reduce_sum %3139 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3141 = permute %3134 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3142 = reshape %3141 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3143 = broadcast %3142 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3144 = reshape %1273 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3145 = broadcast %3144 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3146 = mul %3143, %3145 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3147 = reduce_sum %3146 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3148 = reshape %3125 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3149 = reshape %3147 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3150 = reshape %3140 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3151 = concat %3150, %3149, %3148 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3152 = permute %3151 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3153 = reshape %3152 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3154 = reshape %3153 : f32[224,48] @ models/lib/nn.yaml:84:18
%3155 = matmul %2315, %3154 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%3156 = reshape %3155 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3157 = reshape %3156 : f32[48] @ models/lib/nn.yaml:84:18
%3158 = matmul %3153, %22 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3159 = reshape %1266 : f32[224,16] @ models/lib/nn.yaml:83:15
%3160 = reshape %3152 : f32[224,48] @ models/lib/nn.yaml:83:15
%3161 = matmul %3160, %3159 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3162 = reshape %3158 : f32[224,16] @ models/lib/nn.yaml:96:46
%3163 = matmul %2315, %3162 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3164 = reshape %3163 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3165 = reshape %3164 : f32[16] @ models/lib/nn.yaml:96:46
%3166 = mul %3158, %1263 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3167 = mul %3158, %1262 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3168 = reshape %3167 : f32[224,16] @ models/lib/nn.yaml:96:37
%3169 = matmul %2315, %3168 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3170 = reshape %3169 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3171 = reshape %3170 : f32[16] @ models/lib/nn.yaml:96:37
%3172 = mul %3166, %1261 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3173 = mul %3166, %1255 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3174 = reduce_sum %3173 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3175 = mul %1260, %1260 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3176 = mul %1260, %3175 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3177 = mul %3176, %3045 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3178 = mul %3174, %3177 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3179 = div %3178, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3180 = broadcast %3179 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3181 = mul %3180, %1255 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3182 = add %3172, %3181 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3183 = add %3182, %3181 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3184 = add %3058, %3183 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3185 = neg %3183 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3186 = reduce_sum %3185 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3187 = div %3186, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3188 = broadcast %3187 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3189 = add %3184, %3188 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3190 = reshape %3189 : f32[224,16] @ models/lib/nn.yaml:84:18
%3191 = matmul %2315, %3190 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3192 = reshape %3191 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3193 = reshape %3192 : f32[16] @ models/lib/nn.yaml:84:18
%3194 = matmul %3189, %18 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%3195 = reshape %1247 : f32[224,64] @ models/lib/nn.yaml:83:15
%3196 = reshape %3189 : f32[224,16] @ models/lib/nn.yaml:83:15
%3197 = matmul %3196, %3195 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3198 = mul %1242, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3199 = erf %3198 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3200 = add %311, %3199 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%3201 = mul %3194, %3200 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3202 = mul %304, %1242 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3203 = mul %3194, %3202 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3204 = mul %1242, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3205 = mul %3204, %3204 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3206 = neg %3205 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3207 = exp %3206 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3208 = mul %3207, %3016 : f32[14,16,64] @ models/lib/nn.yaml:27:31
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
%3236 = mul %3235, %3045 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3237 = mul %3233, %3236 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3238 = div %3237, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3239 = broadcast %3238 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3240 = mul %3239, %1228 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3241 = add %3231, %3240 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3242 = add %3241, %3240 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3243 = add %3189, %3242 : f32[14,16,16] @ models/lib/nn.yaml:94:15
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
%3365 = mul %3364, %3045 : f32[14,16,1] @ models/lib/nn.yaml:96:20
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
%3438 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3439 = mul %89, %3438 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3440 = sub %3394, %2076 : f64[] @ models/lib/vit.yaml:48:7
%3441 = cast %3440 : f32[] @ models/lib/vit.yaml:48:7
%3442 = broadcast %3441 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3443 = mul %3433, %3442 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3444 = add %3439, %3443 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3445 = assign %89, %3444 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3446 = all_reduce_sum %3386 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3447 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3448 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3449 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%3450 = add %3449, %3391 : i64[] @ models/lib/vit.yaml:9:7
%3451 = broadcast %3396 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3452 = mul %6, %3451 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3453 = broadcast %2077 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3454 = mul %3446, %3453 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3455 = broadcast %1348 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3456 = mul %3447, %3455 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3457 = add %3456, %3454 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3458 = mul %3446, %3446 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3459 = broadcast %3406 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3460 = mul %3458, %3459 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3461 = broadcast %3410 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3462 = mul %3448, %3461 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3463 = add %3462, %3460 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3464 = cast %3450 : f64[] @ models/lib/vit.yaml:9:7
%3465 = pow %3401, %3464 : f64[] @ models/lib/vit.yaml:9:7
%3466 = sub %3394, %3465 : f64[] @ models/lib/vit.yaml:9:7
%3467 = div %2074, %3466 : f64[] @ models/lib/vit.yaml:9:7
%3468 = pow %3409, %3464 : f64[] @ models/lib/vit.yaml:9:7
%3469 = sub %3394, %3468 : f64[] @ models/lib/vit.yaml:9:7
%3470 = sqrt %3469 : f64[] @ models/lib/vit.yaml:9:7
%3471 = div %3394, %3470 : f64[] @ models/lib/vit.yaml:9:7
%3472 = sqrt %3463 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3473 = cast %3471 : f32[] @ models/lib/vit.yaml:9:7
%3474 = broadcast %3473 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3475 = mul %3472, %3474 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3476 = broadcast %3426 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3477 = add %3475, %3476 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3478 = div %3457, %3477 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3479 = cast %3467 : f32[] @ models/lib/vit.yaml:9:7
%3480 = broadcast %3479 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3481 = mul %3478, %3480 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3482 = sub %3452, %3481 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3483 = assign %6, %3482 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3484 = assign %3447, %3457 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3485 = assign %3448, %3463 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3486 = assign %3449, %3450 : i64[] @ models/lib/vit.yaml:9:7
%3487 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3488 = mul %90, %3487 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3489 = broadcast %3441 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3490 = mul %3482, %3489 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3491 = add %3488, %3490 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3492 = assign %90, %3491 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3493 = all_reduce_sum %3382 : f32[16] @ models/lib/vit.yaml:10:7
%3494 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3495 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3496 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%3497 = add %3496, %3391 : i64[] @ models/lib/vit.yaml:10:7
%3498 = broadcast %2077 : f32[16] @ models/lib/vit.yaml:10:7
%3499 = mul %3493, %3498 : f32[16] @ models/lib/vit.yaml:10:7
%3500 = broadcast %1348 : f32[16] @ models/lib/vit.yaml:10:7
%3501 = mul %3494, %3500 : f32[16] @ models/lib/vit.yaml:10:7
%3502 = add %3501, %3499 : f32[16] @ models/lib/vit.yaml:10:7
%3503 = mul %3493, %3493 : f32[16] @ models/lib/vit.yaml:10:7
%3504 = broadcast %3406 : f32[16] @ models/lib/vit.yaml:10:7
%3505 = mul %3503, %3504 : f32[16] @ models/lib/vit.yaml:10:7
%3506 = broadcast %3410 : f32[16] @ models/lib/vit.yaml:10:7
%3507 = mul %3495, %3506 : f32[16] @ models/lib/vit.yaml:10:7
%3508 = add %3507, %3505 : f32[16] @ models/lib/vit.yaml:10:7
%3509 = cast %3497 : f64[] @ models/lib/vit.yaml:10:7
%3510 = pow %3401, %3509 : f64[] @ models/lib/vit.yaml:10:7
%3511 = sub %3394, %3510 : f64[] @ models/lib/vit.yaml:10:7
%3512 = div %2074, %3511 : f64[] @ models/lib/vit.yaml:10:7
%3513 = pow %3409, %3509 : f64[] @ models/lib/vit.yaml:10:7
%3514 = sub %3394, %3513 : f64[] @ models/lib/vit.yaml:10:7
%3515 = sqrt %3514 : f64[] @ models/lib/vit.yaml:10:7
%3516 = div %3394, %3515 : f64[] @ models/lib/vit.yaml:10:7
%3517 = sqrt %3508 : f32[16] @ models/lib/vit.yaml:10:7
%3518 = cast %3516 : f32[] @ models/lib/vit.yaml:10:7
%3519 = broadcast %3518 : f32[16] @ models/lib/vit.yaml:10:7
%3520 = mul %3517, %3519 : f32[16] @ models/lib/vit.yaml:10:7
%3521 = broadcast %3426 : f32[16] @ models/lib/vit.yaml:10:7
%3522 = add %3520, %3521 : f32[16] @ models/lib/vit.yaml:10:7
%3523 = div %3502, %3522 : f32[16] @ models/lib/vit.yaml:10:7
%3524 = cast %3512 : f32[] @ models/lib/vit.yaml:10:7
%3525 = broadcast %3524 : f32[16] @ models/lib/vit.yaml:10:7
%3526 = mul %3523, %3525 : f32[16] @ models/lib/vit.yaml:10:7
%3527 = sub %7, %3526 : f32[16] @ models/lib/vit.yaml:10:7
%3528 = assign %7, %3527 : f32[16] @ models/lib/vit.yaml:10:7
%3529 = assign %3494, %3502 : f32[16] @ models/lib/vit.yaml:10:7
%3530 = assign %3495, %3508 : f32[16] @ models/lib/vit.yaml:10:7
%3531 = assign %3496, %3497 : i64[] @ models/lib/vit.yaml:10:7
%3532 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%3533 = mul %91, %3532 : f32[16] @ models/lib/vit.yaml:10:7
%3534 = broadcast %3441 : f32[16] @ models/lib/vit.yaml:10:7
%3535 = mul %3527, %3534 : f32[16] @ models/lib/vit.yaml:10:7
%3536 = add %3533, %3535 : f32[16] @ models/lib/vit.yaml:10:7
%3537 = assign %91, %3536 : f32[16] @ models/lib/vit.yaml:10:7
%3538 = all_reduce_sum %3359 : f32[16] @ models/lib/nn.yaml:89:7
%3539 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3540 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3541 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3542 = add %3541, %3391 : i64[] @ models/lib/nn.yaml:89:7
%3543 = mul %3538, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%3544 = mul %3539, %3500 : f32[16] @ models/lib/nn.yaml:89:7
%3545 = add %3544, %3543 : f32[16] @ models/lib/nn.yaml:89:7
%3546 = mul %3538, %3538 : f32[16] @ models/lib/nn.yaml:89:7
%3547 = mul %3546, %3504 : f32[16] @ models/lib/nn.yaml:89:7
%3548 = mul %3540, %3506 : f32[16] @ models/lib/nn.yaml:89:7
%3549 = add %3548, %3547 : f32[16] @ models/lib/nn.yaml:89:7
%3550 = cast %3542 : f64[] @ models/lib/nn.yaml:89:7
%3551 = pow %3401, %3550 : f64[] @ models/lib/nn.yaml:89:7
%3552 = sub %3394, %3551 : f64[] @ models/lib/nn.yaml:89:7
%3553 = div %2074, %3552 : f64[] @ models/lib/nn.yaml:89:7
%3554 = pow %3409, %3550 : f64[] @ models/lib/nn.yaml:89:7
%3555 = sub %3394, %3554 : f64[] @ models/lib/nn.yaml:89:7
%3556 = sqrt %3555 : f64[] @ models/lib/nn.yaml:89:7
%3557 = div %3394, %3556 : f64[] @ models/lib/nn.yaml:89:7
%3558 = sqrt %3549 : f32[16] @ models/lib/nn.yaml:89:7
%3559 = cast %3557 : f32[] @ models/lib/nn.yaml:89:7
%3560 = broadcast %3559 : f32[16] @ models/lib/nn.yaml:89:7
%3561 = mul %3558, %3560 : f32[16] @ models/lib/nn.yaml:89:7
%3562 = add %3561, %3521 : f32[16] @ models/lib/nn.yaml:89:7
%3563 = div %3545, %3562 : f32[16] @ models/lib/nn.yaml:89:7
%3564 = cast %3553 : f32[] @ models/lib/nn.yaml:89:7
%3565 = broadcast %3564 : f32[16] @ models/lib/nn.yaml:89:7
%3566 = mul %3563, %3565 : f32[16] @ models/lib/nn.yaml:89:7
%3567 = sub %8, %3566 : f32[16] @ models/lib/nn.yaml:89:7
%3568 = assign %8, %3567 : f32[16] @ models/lib/nn.yaml:89:7
%3569 = assign %3539, %3545 : f32[16] @ models/lib/nn.yaml:89:7
%3570 = assign %3540, %3549 : f32[16] @ models/lib/nn.yaml:89:7
%3571 = assign %3541, %3542 : i64[] @ models/lib/nn.yaml:89:7
%3572 = mul %92, %3532 : f32[16] @ models/lib/nn.yaml:89:7
%3573 = mul %3567, %3534 : f32[16] @ models/lib/nn.yaml:89:7
%3574 = add %3572, %3573 : f32[16] @ models/lib/nn.yaml:89:7
%3575 = assign %92, %3574 : f32[16] @ models/lib/nn.yaml:89:7
%3576 = all_reduce_sum %3353 : f32[16] @ models/lib/nn.yaml:90:7
%3577 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3578 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3579 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3580 = add %3579, %3391 : i64[] @ models/lib/nn.yaml:90:7
%3581 = mul %3576, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%3582 = mul %3577, %3500 : f32[16] @ models/lib/nn.yaml:90:7
%3583 = add %3582, %3581 : f32[16] @ models/lib/nn.yaml:90:7
%3584 = mul %3576, %3576 : f32[16] @ models/lib/nn.yaml:90:7
%3585 = mul %3584, %3504 : f32[16] @ models/lib/nn.yaml:90:7
%3586 = mul %3578, %3506 : f32[16] @ models/lib/nn.yaml:90:7
%3587 = add %3586, %3585 : f32[16] @ models/lib/nn.yaml:90:7
%3588 = cast %3580 : f64[] @ models/lib/nn.yaml:90:7
%3589 = pow %3401, %3588 : f64[] @ models/lib/nn.yaml:90:7
%3590 = sub %3394, %3589 : f64[] @ models/lib/nn.yaml:90:7
%3591 = div %2074, %3590 : f64[] @ models/lib/nn.yaml:90:7
%3592 = pow %3409, %3588 : f64[] @ models/lib/nn.yaml:90:7
%3593 = sub %3394, %3592 : f64[] @ models/lib/nn.yaml:90:7
%3594 = sqrt %3593 : f64[] @ models/lib/nn.yaml:90:7
%3595 = div %3394, %3594 : f64[] @ models/lib/nn.yaml:90:7
%3596 = sqrt %3587 : f32[16] @ models/lib/nn.yaml:90:7
%3597 = cast %3595 : f32[] @ models/lib/nn.yaml:90:7
%3598 = broadcast %3597 : f32[16] @ models/lib/nn.yaml:90:7
%3599 = mul %3596, %3598 : f32[16] @ models/lib/nn.yaml:90:7
%3600 = add %3599, %3521 : f32[16] @ models/lib/nn.yaml:90:7
%3601 = div %3583, %3600 : f32[16] @ models/lib/nn.yaml:90:7
%3602 = cast %3591 : f32[] @ models/lib/nn.yaml:90:7
%3603 = broadcast %3602 : f32[16] @ models/lib/nn.yaml:90:7
%3604 = mul %3601, %3603 : f32[16] @ models/lib/nn.yaml:90:7
%3605 = sub %9, %3604 : f32[16] @ models/lib/nn.yaml:90:7
%3606 = assign %9, %3605 : f32[16] @ models/lib/nn.yaml:90:7
%3607 = assign %3577, %3583 : f32[16] @ models/lib/nn.yaml:90:7
%3608 = assign %3578, %3587 : f32[16] @ models/lib/nn.yaml:90:7
%3609 = assign %3579, %3580 : i64[] @ models/lib/nn.yaml:90:7
%3610 = mul %93, %3532 : f32[16] @ models/lib/nn.yaml:90:7
%3611 = mul %3605, %3534 : f32[16] @ models/lib/nn.yaml:90:7
%3612 = add %3610, %3611 : f32[16] @ models/lib/nn.yaml:90:7
%3613 = assign %93, %3612 : f32[16] @ models/lib/nn.yaml:90:7
%3614 = all_reduce_sum %3349 : f32[48,16] @ models/lib/nn.yaml:79:7
%3615 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3616 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3617 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3618 = add %3617, %3391 : i64[] @ models/lib/nn.yaml:79:7
%3619 = broadcast %3396 : f32[48,16] @ models/lib/nn.yaml:79:7
%3620 = mul %10, %3619 : f32[48,16] @ models/lib/nn.yaml:79:7
%3621 = broadcast %2077 : f32[48,16] @ models/lib/nn.yaml:79:7
%3622 = mul %3614, %3621 : f32[48,16] @ models/lib/nn.yaml:79:7
%3623 = broadcast %1348 : f32[48,16] @ models/lib/nn.yaml:79:7
%3624 = mul %3615, %3623 : f32[48,16] @ models/lib/nn.yaml:79:7
%3625 = add %3624, %3622 : f32[48,16] @ models/lib/nn.yaml:79:7
%3626 = mul %3614, %3614 : f32[48,16] @ models/lib/nn.yaml:79:7
%3627 = broadcast %3406 : f32[48,16] @ models/lib/nn.yaml:79:7
%3628 = mul %3626, %3627 : f32[48,16] @ models/lib/nn.yaml:79:7
%3629 = broadcast %3410 : f32[48,16] @ models/lib/nn.yaml:79:7
%3630 = mul %3616, %3629 : f32[48,16] @ models/lib/nn.yaml:79:7
%3631 = add %3630, %3628 : f32[48,16] @ models/lib/nn.yaml:79:7
%3632 = cast %3618 : f64[] @ models/lib/nn.yaml:79:7
%3633 = pow %3401, %3632 : f64[] @ models/lib/nn.yaml:79:7
%3634 = sub %3394, %3633 : f64[] @ models/lib/nn.yaml:79:7
%3635 = div %2074, %3634 : f64[] @ models/lib/nn.yaml:79:7
%3636 = pow %3409, %3632 : f64[] @ models/lib/nn.yaml:79:7
%3637 = sub %3394, %3636 : f64[] @ models/lib/nn.yaml:79:7
%3638 = sqrt %3637 : f64[] @ models/lib/nn.yaml:79:7
%3639 = div %3394, %3638 : f64[] @ models/lib/nn.yaml:79:7
%3640 = sqrt %3631 : f32[48,16] @ models/lib/nn.yaml:79:7
%3641 = cast %3639 : f32[] @ models/lib/nn.yaml:79:7
%3642 = broadcast %3641 : f32[48,16] @ models/lib/nn.yaml:79:7
%3643 = mul %3640, %3642 : f32[48,16] @ models/lib/nn.yaml:79:7
%3644 = broadcast %3426 : f32[48,16] @ models/lib/nn.yaml:79:7
%3645 = add %3643, %3644 : f32[48,16] @ models/lib/nn.yaml:79:7
%3646 = div %3625, %3645 : f32[48,16] @ models/lib/nn.yaml:79:7
%3647 = cast %3635 : f32[] @ models/lib/nn.yaml:79:7
%3648 = broadcast %3647 : f32[48,16] @ models/lib/nn.yaml:79:7
%3649 = mul %3646, %3648 : f32[48,16] @ models/lib/nn.yaml:79:7
%3650 = sub %3620, %3649 : f32[48,16] @ models/lib/nn.yaml:79:7
%3651 = assign %10, %3650 : f32[48,16] @ models/lib/nn.yaml:79:7
%3652 = assign %3615, %3625 : f32[48,16] @ models/lib/nn.yaml:79:7
%3653 = assign %3616, %3631 : f32[48,16] @ models/lib/nn.yaml:79:7
%3654 = assign %3617, %3618 : i64[] @ models/lib/nn.yaml:79:7
%3655 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%3656 = mul %94, %3655 : f32[48,16] @ models/lib/nn.yaml:79:7
%3657 = broadcast %3441 : f32[48,16] @ models/lib/nn.yaml:79:7
%3658 = mul %3650, %3657 : f32[48,16] @ models/lib/nn.yaml:79:7
%3659 = add %3656, %3658 : f32[48,16] @ models/lib/nn.yaml:79:7
%3660 = assign %94, %3659 : f32[48,16] @ models/lib/nn.yaml:79:7
%3661 = all_reduce_sum %3345 : f32[48] @ models/lib/nn.yaml:80:7
%3662 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3663 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3664 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3665 = add %3664, %3391 : i64[] @ models/lib/nn.yaml:80:7
%3666 = broadcast %2077 : f32[48] @ models/lib/nn.yaml:80:7
%3667 = mul %3661, %3666 : f32[48] @ models/lib/nn.yaml:80:7
%3668 = broadcast %1348 : f32[48] @ models/lib/nn.yaml:80:7
%3669 = mul %3662, %3668 : f32[48] @ models/lib/nn.yaml:80:7
%3670 = add %3669, %3667 : f32[48] @ models/lib/nn.yaml:80:7
%3671 = mul %3661, %3661 : f32[48] @ models/lib/nn.yaml:80:7
%3672 = broadcast %3406 : f32[48] @ models/lib/nn.yaml:80:7
%3673 = mul %3671, %3672 : f32[48] @ models/lib/nn.yaml:80:7
%3674 = broadcast %3410 : f32[48] @ models/lib/nn.yaml:80:7
%3675 = mul %3663, %3674 : f32[48] @ models/lib/nn.yaml:80:7
%3676 = add %3675, %3673 : f32[48] @ models/lib/nn.yaml:80:7
%3677 = cast %3665 : f64[] @ models/lib/nn.yaml:80:7
%3678 = pow %3401, %3677 : f64[] @ models/lib/nn.yaml:80:7
%3679 = sub %3394, %3678 : f64[] @ models/lib/nn.yaml:80:7
%3680 = div %2074, %3679 : f64[] @ models/lib/nn.yaml:80:7
%3681 = pow %3409, %3677 : f64[] @ models/lib/nn.yaml:80:7
%3682 = sub %3394, %3681 : f64[] @ models/lib/nn.yaml:80:7
%3683 = sqrt %3682 : f64[] @ models/lib/nn.yaml:80:7
%3684 = div %3394, %3683 : f64[] @ models/lib/nn.yaml:80:7
%3685 = sqrt %3676 : f32[48] @ models/lib/nn.yaml:80:7
%3686 = cast %3684 : f32[] @ models/lib/nn.yaml:80:7
%3687 = broadcast %3686 : f32[48] @ models/lib/nn.yaml:80:7
%3688 = mul %3685, %3687 : f32[48] @ models/lib/nn.yaml:80:7
%3689 = broadcast %3426 : f32[48] @ models/lib/nn.yaml:80:7
%3690 = add %3688, %3689 : f32[48] @ models/lib/nn.yaml:80:7
%3691 = div %3670, %3690 : f32[48] @ models/lib/nn.yaml:80:7
%3692 = cast %3680 : f32[] @ models/lib/nn.yaml:80:7
%3693 = broadcast %3692 : f32[48] @ models/lib/nn.yaml:80:7
%3694 = mul %3691, %3693 : f32[48] @ models/lib/nn.yaml:80:7
%3695 = sub %11, %3694 : f32[48] @ models/lib/nn.yaml:80:7
%3696 = assign %11, %3695 : f32[48] @ models/lib/nn.yaml:80:7
%3697 = assign %3662, %3670 : f32[48] @ models/lib/nn.yaml:80:7
%3698 = assign %3663, %3676 : f32[48] @ models/lib/nn.yaml:80:7
%3699 = assign %3664, %3665 : i64[] @ models/lib/nn.yaml:80:7
%3700 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%3701 = mul %95, %3700 : f32[48] @ models/lib/nn.yaml:80:7
%3702 = broadcast %3441 : f32[48] @ models/lib/nn.yaml:80:7
%3703 = mul %3695, %3702 : f32[48] @ models/lib/nn.yaml:80:7
%3704 = add %3701, %3703 : f32[48] @ models/lib/nn.yaml:80:7
%3705 = assign %95, %3704 : f32[48] @ models/lib/nn.yaml:80:7
%3706 = all_reduce_sum %3256 : f32[16,16] @ models/lib/nn.yaml:79:7
%3707 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3708 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3709 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3710 = add %3709, %3391 : i64[] @ models/lib/nn.yaml:79:7
%3711 = broadcast %3396 : f32[16,16] @ models/lib/nn.yaml:79:7
%3712 = mul %12, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%3713 = broadcast %2077 : f32[16,16] @ models/lib/nn.yaml:79:7
%3714 = mul %3706, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%3715 = broadcast %1348 : f32[16,16] @ models/lib/nn.yaml:79:7
%3716 = mul %3707, %3715 : f32[16,16] @ models/lib/nn.yaml:79:7
%3717 = add %3716, %3714 : f32[16,16] @ models/lib/nn.yaml:79:7
%3718 = mul %3706, %3706 : f32[16,16] @ models/lib/nn.yaml:79:7
%3719 = broadcast %3406 : f32[16,16] @ models/lib/nn.yaml:79:7
%3720 = mul %3718, %3719 : f32[16,16] @ models/lib/nn.yaml:79:7
%3721 = broadcast %3410 : f32[16,16] @ models/lib/nn.yaml:79:7
%3722 = mul %3708, %3721 : f32[16,16] @ models/lib/nn.yaml:79:7
%3723 = add %3722, %3720 : f32[16,16] @ models/lib/nn.yaml:79:7
%3724 = cast %3710 : f64[] @ models/lib/nn.yaml:79:7
%3725 = pow %3401, %3724 : f64[] @ models/lib/nn.yaml:79:7
%3726 = sub %3394, %3725 : f64[] @ models/lib/nn.yaml:79:7
%3727 = div %2074, %3726 : f64[] @ models/lib/nn.yaml:79:7
%3728 = pow %3409, %3724 : f64[] @ models/lib/nn.yaml:79:7
%3729 = sub %3394, %3728 : f64[] @ models/lib/nn.yaml:79:7
%3730 = sqrt %3729 : f64[] @ models/lib/nn.yaml:79:7
%3731 = div %3394, %3730 : f64[] @ models/lib/nn.yaml:79:7
%3732 = sqrt %3723 : f32[16,16] @ models/lib/nn.yaml:79:7
%3733 = cast %3731 : f32[] @ models/lib/nn.yaml:79:7
%3734 = broadcast %3733 : f32[16,16] @ models/lib/nn.yaml:79:7
%3735 = mul %3732, %3734 : f32[16,16] @ models/lib/nn.yaml:79:7
%3736 = broadcast %3426 : f32[16,16] @ models/lib/nn.yaml:79:7
%3737 = add %3735, %3736 : f32[16,16] @ models/lib/nn.yaml:79:7
%3738 = div %3717, %3737 : f32[16,16] @ models/lib/nn.yaml:79:7
%3739 = cast %3727 : f32[] @ models/lib/nn.yaml:79:7
%3740 = broadcast %3739 : f32[16,16] @ models/lib/nn.yaml:79:7
%3741 = mul %3738, %3740 : f32[16,16] @ models/lib/nn.yaml:79:7
%3742 = sub %3712, %3741 : f32[16,16] @ models/lib/nn.yaml:79:7
%3743 = assign %12, %3742 : f32[16,16] @ models/lib/nn.yaml:79:7
%3744 = assign %3707, %3717 : f32[16,16] @ models/lib/nn.yaml:79:7
%3745 = assign %3708, %3723 : f32[16,16] @ models/lib/nn.yaml:79:7
%3746 = assign %3709, %3710 : i64[] @ models/lib/nn.yaml:79:7
%3747 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%3748 = mul %96, %3747 : f32[16,16] @ models/lib/nn.yaml:79:7
%3749 = broadcast %3441 : f32[16,16] @ models/lib/nn.yaml:79:7
%3750 = mul %3742, %3749 : f32[16,16] @ models/lib/nn.yaml:79:7
%3751 = add %3748, %3750 : f32[16,16] @ models/lib/nn.yaml:79:7
%3752 = assign %96, %3751 : f32[16,16] @ models/lib/nn.yaml:79:7
%3753 = all_reduce_sum %3252 : f32[16] @ models/lib/nn.yaml:80:7
%3754 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3755 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3756 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3757 = add %3756, %3391 : i64[] @ models/lib/nn.yaml:80:7
%3758 = mul %3753, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%3759 = mul %3754, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%3760 = add %3759, %3758 : f32[16] @ models/lib/nn.yaml:80:7
%3761 = mul %3753, %3753 : f32[16] @ models/lib/nn.yaml:80:7
%3762 = mul %3761, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%3763 = mul %3755, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%3764 = add %3763, %3762 : f32[16] @ models/lib/nn.yaml:80:7
%3765 = cast %3757 : f64[] @ models/lib/nn.yaml:80:7
%3766 = pow %3401, %3765 : f64[] @ models/lib/nn.yaml:80:7
%3767 = sub %3394, %3766 : f64[] @ models/lib/nn.yaml:80:7
%3768 = div %2074, %3767 : f64[] @ models/lib/nn.yaml:80:7
%3769 = pow %3409, %3765 : f64[] @ models/lib/nn.yaml:80:7
%3770 = sub %3394, %3769 : f64[] @ models/lib/nn.yaml:80:7
%3771 = sqrt %3770 : f64[] @ models/lib/nn.yaml:80:7
%3772 = div %3394, %3771 : f64[] @ models/lib/nn.yaml:80:7
%3773 = sqrt %3764 : f32[16] @ models/lib/nn.yaml:80:7
%3774 = cast %3772 : f32[] @ models/lib/nn.yaml:80:7
%3775 = broadcast %3774 : f32[16] @ models/lib/nn.yaml:80:7
%3776 = mul %3773, %3775 : f32[16] @ models/lib/nn.yaml:80:7
%3777 = add %3776, %3521 : f32[16] @ models/lib/nn.yaml:80:7
%3778 = div %3760, %3777 : f32[16] @ models/lib/nn.yaml:80:7
%3779 = cast %3768 : f32[] @ models/lib/nn.yaml:80:7
%3780 = broadcast %3779 : f32[16] @ models/lib/nn.yaml:80:7
%3781 = mul %3778, %3780 : f32[16] @ models/lib/nn.yaml:80:7
%3782 = sub %13, %3781 : f32[16] @ models/lib/nn.yaml:80:7
%3783 = assign %13, %3782 : f32[16] @ models/lib/nn.yaml:80:7
%3784 = assign %3754, %3760 : f32[16] @ models/lib/nn.yaml:80:7
%3785 = assign %3755, %3764 : f32[16] @ models/lib/nn.yaml:80:7
%3786 = assign %3756, %3757 : i64[] @ models/lib/nn.yaml:80:7
%3787 = mul %97, %3532 : f32[16] @ models/lib/nn.yaml:80:7
%3788 = mul %3782, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%3789 = add %3787, %3788 : f32[16] @ models/lib/nn.yaml:80:7
%3790 = assign %97, %3789 : f32[16] @ models/lib/nn.yaml:80:7
%3791 = all_reduce_sum %3230 : f32[16] @ models/lib/nn.yaml:89:7
%3792 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3793 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3794 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3795 = add %3794, %3391 : i64[] @ models/lib/nn.yaml:89:7
%3796 = mul %3791, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%3797 = mul %3792, %3500 : f32[16] @ models/lib/nn.yaml:89:7
%3798 = add %3797, %3796 : f32[16] @ models/lib/nn.yaml:89:7
%3799 = mul %3791, %3791 : f32[16] @ models/lib/nn.yaml:89:7
%3800 = mul %3799, %3504 : f32[16] @ models/lib/nn.yaml:89:7
%3801 = mul %3793, %3506 : f32[16] @ models/lib/nn.yaml:89:7
%3802 = add %3801, %3800 : f32[16] @ models/lib/nn.yaml:89:7
%3803 = cast %3795 : f64[] @ models/lib/nn.yaml:89:7
%3804 = pow %3401, %3803 : f64[] @ models/lib/nn.yaml:89:7
%3805 = sub %3394, %3804 : f64[] @ models/lib/nn.yaml:89:7
%3806 = div %2074, %3805 : f64[] @ models/lib/nn.yaml:89:7
%3807 = pow %3409, %3803 : f64[] @ models/lib/nn.yaml:89:7
%3808 = sub %3394, %3807 : f64[] @ models/lib/nn.yaml:89:7
%3809 = sqrt %3808 : f64[] @ models/lib/nn.yaml:89:7
%3810 = div %3394, %3809 : f64[] @ models/lib/nn.yaml:89:7
%3811 = sqrt %3802 : f32[16] @ models/lib/nn.yaml:89:7
%3812 = cast %3810 : f32[] @ models/lib/nn.yaml:89:7
%3813 = broadcast %3812 : f32[16] @ models/lib/nn.yaml:89:7
%3814 = mul %3811, %3813 : f32[16] @ models/lib/nn.yaml:89:7
%3815 = add %3814, %3521 : f32[16] @ models/lib/nn.yaml:89:7
%3816 = div %3798, %3815 : f32[16] @ models/lib/nn.yaml:89:7
%3817 = cast %3806 : f32[] @ models/lib/nn.yaml:89:7
%3818 = broadcast %3817 : f32[16] @ models/lib/nn.yaml:89:7
%3819 = mul %3816, %3818 : f32[16] @ models/lib/nn.yaml:89:7
%3820 = sub %14, %3819 : f32[16] @ models/lib/nn.yaml:89:7
%3821 = assign %14, %3820 : f32[16] @ models/lib/nn.yaml:89:7
%3822 = assign %3792, %3798 : f32[16] @ models/lib/nn.yaml:89:7
%3823 = assign %3793, %3802 : f32[16] @ models/lib/nn.yaml:89:7
%3824 = assign %3794, %3795 : i64[] @ models/lib/nn.yaml:89:7
%3825 = mul %98, %3532 : f32[16] @ models/lib/nn.yaml:89:7
%3826 = mul %3820, %3534 : f32[16] @ models/lib/nn.yaml:89:7
%3827 = add %3825, %3826 : f32[16] @ models/lib/nn.yaml:89:7
%3828 = assign %98, %3827 : f32[16] @ models/lib/nn.yaml:89:7
%3829 = all_reduce_sum %3224 : f32[16] @ models/lib/nn.yaml:90:7
%3830 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3831 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3832 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3833 = add %3832, %3391 : i64[] @ models/lib/nn.yaml:90:7
%3834 = mul %3829, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%3835 = mul %3830, %3500 : f32[16] @ models/lib/nn.yaml:90:7
%3836 = add %3835, %3834 : f32[16] @ models/lib/nn.yaml:90:7
%3837 = mul %3829, %3829 : f32[16] @ models/lib/nn.yaml:90:7
%3838 = mul %3837, %3504 : f32[16] @ models/lib/nn.yaml:90:7
%3839 = mul %3831, %3506 : f32[16] @ models/lib/nn.yaml:90:7
%3840 = add %3839, %3838 : f32[16] @ models/lib/nn.yaml:90:7
%3841 = cast %3833 : f64[] @ models/lib/nn.yaml:90:7
%3842 = pow %3401, %3841 : f64[] @ models/lib/nn.yaml:90:7
%3843 = sub %3394, %3842 : f64[] @ models/lib/nn.yaml:90:7
%3844 = div %2074, %3843 : f64[] @ models/lib/nn.yaml:90:7
%3845 = pow %3409, %3841 : f64[] @ models/lib/nn.yaml:90:7
%3846 = sub %3394, %3845 : f64[] @ models/lib/nn.yaml:90:7
%3847 = sqrt %3846 : f64[] @ models/lib/nn.yaml:90:7
%3848 = div %3394, %3847 : f64[] @ models/lib/nn.yaml:90:7
%3849 = sqrt %3840 : f32[16] @ models/lib/nn.yaml:90:7
%3850 = cast %3848 : f32[] @ models/lib/nn.yaml:90:7
%3851 = broadcast %3850 : f32[16] @ models/lib/nn.yaml:90:7
%3852 = mul %3849, %3851 : f32[16] @ models/lib/nn.yaml:90:7
%3853 = add %3852, %3521 : f32[16] @ models/lib/nn.yaml:90:7
%3854 = div %3836, %3853 : f32[16] @ models/lib/nn.yaml:90:7
%3855 = cast %3844 : f32[] @ models/lib/nn.yaml:90:7
%3856 = broadcast %3855 : f32[16] @ models/lib/nn.yaml:90:7
%3857 = mul %3854, %3856 : f32[16] @ models/lib/nn.yaml:90:7
%3858 = sub %15, %3857 : f32[16] @ models/lib/nn.yaml:90:7
%3859 = assign %15, %3858 : f32[16] @ models/lib/nn.yaml:90:7
%3860 = assign %3830, %3836 : f32[16] @ models/lib/nn.yaml:90:7
%3861 = assign %3831, %3840 : f32[16] @ models/lib/nn.yaml:90:7
%3862 = assign %3832, %3833 : i64[] @ models/lib/nn.yaml:90:7
%3863 = mul %99, %3532 : f32[16] @ models/lib/nn.yaml:90:7
%3864 = mul %3858, %3534 : f32[16] @ models/lib/nn.yaml:90:7
%3865 = add %3863, %3864 : f32[16] @ models/lib/nn.yaml:90:7
%3866 = assign %99, %3865 : f32[16] @ models/lib/nn.yaml:90:7
%3867 = all_reduce_sum %3220 : f32[64,16] @ models/lib/nn.yaml:79:7
%3868 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3869 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3870 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3871 = add %3870, %3391 : i64[] @ models/lib/nn.yaml:79:7
%3872 = broadcast %3396 : f32[64,16] @ models/lib/nn.yaml:79:7
%3873 = mul %16, %3872 : f32[64,16] @ models/lib/nn.yaml:79:7
%3874 = broadcast %2077 : f32[64,16] @ models/lib/nn.yaml:79:7
%3875 = mul %3867, %3874 : f32[64,16] @ models/lib/nn.yaml:79:7
%3876 = broadcast %1348 : f32[64,16] @ models/lib/nn.yaml:79:7
%3877 = mul %3868, %3876 : f32[64,16] @ models/lib/nn.yaml:79:7
%3878 = add %3877, %3875 : f32[64,16] @ models/lib/nn.yaml:79:7
%3879 = mul %3867, %3867 : f32[64,16] @ models/lib/nn.yaml:79:7
%3880 = broadcast %3406 : f32[64,16] @ models/lib/nn.yaml:79:7
%3881 = mul %3879, %3880 : f32[64,16] @ models/lib/nn.yaml:79:7
%3882 = broadcast %3410 : f32[64,16] @ models/lib/nn.yaml:79:7
%3883 = mul %3869, %3882 : f32[64,16] @ models/lib/nn.yaml:79:7
%3884 = add %3883, %3881 : f32[64,16] @ models/lib/nn.yaml:79:7
%3885 = cast %3871 : f64[] @ models/lib/nn.yaml:79:7
%3886 = pow %3401, %3885 : f64[] @ models/lib/nn.yaml:79:7
%3887 = sub %3394, %3886 : f64[] @ models/lib/nn.yaml:79:7
%3888 = div %2074, %3887 : f64[] @ models/lib/nn.yaml:79:7
%3889 = pow %3409, %3885 : f64[] @ models/lib/nn.yaml:79:7
%3890 = sub %3394, %3889 : f64[] @ models/lib/nn.yaml:79:7
%3891 = sqrt %3890 : f64[] @ models/lib/nn.yaml:79:7
%3892 = div %3394, %3891 : f64[] @ models/lib/nn.yaml:79:7
%3893 = sqrt %3884 : f32[64,16] @ models/lib/nn.yaml:79:7
%3894 = cast %3892 : f32[] @ models/lib/nn.yaml:79:7
%3895 = broadcast %3894 : f32[64,16] @ models/lib/nn.yaml:79:7
%3896 = mul %3893, %3895 : f32[64,16] @ models/lib/nn.yaml:79:7
%3897 = broadcast %3426 : f32[64,16] @ models/lib/nn.yaml:79:7
%3898 = add %3896, %3897 : f32[64,16] @ models/lib/nn.yaml:79:7
%3899 = div %3878, %3898 : f32[64,16] @ models/lib/nn.yaml:79:7
%3900 = cast %3888 : f32[] @ models/lib/nn.yaml:79:7
%3901 = broadcast %3900 : f32[64,16] @ models/lib/nn.yaml:79:7
%3902 = mul %3899, %3901 : f32[64,16] @ models/lib/nn.yaml:79:7
%3903 = sub %3873, %3902 : f32[64,16] @ models/lib/nn.yaml:79:7
%3904 = assign %16, %3903 : f32[64,16] @ models/lib/nn.yaml:79:7
%3905 = assign %3868, %3878 : f32[64,16] @ models/lib/nn.yaml:79:7
%3906 = assign %3869, %3884 : f32[64,16] @ models/lib/nn.yaml:79:7
%3907 = assign %3870, %3871 : i64[] @ models/lib/nn.yaml:79:7
%3908 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%3909 = mul %100, %3908 : f32[64,16] @ models/lib/nn.yaml:79:7
%3910 = broadcast %3441 : f32[64,16] @ models/lib/nn.yaml:79:7
%3911 = mul %3903, %3910 : f32[64,16] @ models/lib/nn.yaml:79:7
%3912 = add %3909, %3911 : f32[64,16] @ models/lib/nn.yaml:79:7
%3913 = assign %100, %3912 : f32[64,16] @ models/lib/nn.yaml:79:7
%3914 = all_reduce_sum %3216 : f32[64] @ models/lib/nn.yaml:80:7
%3915 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3916 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3917 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3918 = add %3917, %3391 : i64[] @ models/lib/nn.yaml:80:7
%3919 = broadcast %2077 : f32[64] @ models/lib/nn.yaml:80:7
%3920 = mul %3914, %3919 : f32[64] @ models/lib/nn.yaml:80:7
%3921 = broadcast %1348 : f32[64] @ models/lib/nn.yaml:80:7
%3922 = mul %3915, %3921 : f32[64] @ models/lib/nn.yaml:80:7
%3923 = add %3922, %3920 : f32[64] @ models/lib/nn.yaml:80:7
%3924 = mul %3914, %3914 : f32[64] @ models/lib/nn.yaml:80:7
%3925 = broadcast %3406 : f32[64] @ models/lib/nn.yaml:80:7
%3926 = mul %3924, %3925 : f32[64] @ models/lib/nn.yaml:80:7
%3927 = broadcast %3410 : f32[64] @ models/lib/nn.yaml:80:7
%3928 = mul %3916, %3927 : f32[64] @ models/lib/nn.yaml:80:7
%3929 = add %3928, %3926 : f32[64] @ models/lib/nn.yaml:80:7
%3930 = cast %3918 : f64[] @ models/lib/nn.yaml:80:7
%3931 = pow %3401, %3930 : f64[] @ models/lib/nn.yaml:80:7
%3932 = sub %3394, %3931 : f64[] @ models/lib/nn.yaml:80:7
%3933 = div %2074, %3932 : f64[] @ models/lib/nn.yaml:80:7
%3934 = pow %3409, %3930 : f64[] @ models/lib/nn.yaml:80:7
%3935 = sub %3394, %3934 : f64[] @ models/lib/nn.yaml:80:7
%3936 = sqrt %3935 : f64[] @ models/lib/nn.yaml:80:7
%3937 = div %3394, %3936 : f64[] @ models/lib/nn.yaml:80:7
%3938 = sqrt %3929 : f32[64] @ models/lib/nn.yaml:80:7
%3939 = cast %3937 : f32[] @ models/lib/nn.yaml:80:7
%3940 = broadcast %3939 : f32[64] @ models/lib/nn.yaml:80:7
%3941 = mul %3938, %3940 : f32[64] @ models/lib/nn.yaml:80:7
%3942 = broadcast %3426 : f32[64] @ models/lib/nn.yaml:80:7
%3943 = add %3941, %3942 : f32[64] @ models/lib/nn.yaml:80:7
%3944 = div %3923, %3943 : f32[64] @ models/lib/nn.yaml:80:7
%3945 = cast %3933 : f32[] @ models/lib/nn.yaml:80:7
%3946 = broadcast %3945 : f32[64] @ models/lib/nn.yaml:80:7
%3947 = mul %3944, %3946 : f32[64] @ models/lib/nn.yaml:80:7
%3948 = sub %17, %3947 : f32[64] @ models/lib/nn.yaml:80:7
%3949 = assign %17, %3948 : f32[64] @ models/lib/nn.yaml:80:7
%3950 = assign %3915, %3923 : f32[64] @ models/lib/nn.yaml:80:7
%3951 = assign %3916, %3929 : f32[64] @ models/lib/nn.yaml:80:7
%3952 = assign %3917, %3918 : i64[] @ models/lib/nn.yaml:80:7
%3953 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%3954 = mul %101, %3953 : f32[64] @ models/lib/nn.yaml:80:7
%3955 = broadcast %3441 : f32[64] @ models/lib/nn.yaml:80:7
%3956 = mul %3948, %3955 : f32[64] @ models/lib/nn.yaml:80:7
%3957 = add %3954, %3956 : f32[64] @ models/lib/nn.yaml:80:7
%3958 = assign %101, %3957 : f32[64] @ models/lib/nn.yaml:80:7
%3959 = all_reduce_sum %3197 : f32[16,64] @ models/lib/nn.yaml:79:7
%3960 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3961 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3962 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3963 = add %3962, %3391 : i64[] @ models/lib/nn.yaml:79:7
%3964 = broadcast %3396 : f32[16,64] @ models/lib/nn.yaml:79:7
%3965 = mul %18, %3964 : f32[16,64] @ models/lib/nn.yaml:79:7
%3966 = broadcast %2077 : f32[16,64] @ models/lib/nn.yaml:79:7
%3967 = mul %3959, %3966 : f32[16,64] @ models/lib/nn.yaml:79:7
%3968 = broadcast %1348 : f32[16,64] @ models/lib/nn.yaml:79:7
%3969 = mul %3960, %3968 : f32[16,64] @ models/lib/nn.yaml:79:7
%3970 = add %3969, %3967 : f32[16,64] @ models/lib/nn.yaml:79:7
%3971 = mul %3959, %3959 : f32[16,64] @ models/lib/nn.yaml:79:7
%3972 = broadcast %3406 : f32[16,64] @ models/lib/nn.yaml:79:7
%3973 = mul %3971, %3972 : f32[16,64] @ models/lib/nn.yaml:79:7
%3974 = broadcast %3410 : f32[16,64] @ models/lib/nn.yaml:79:7
%3975 = mul %3961, %3974 : f32[16,64] @ models/lib/nn.yaml:79:7
%3976 = add %3975, %3973 : f32[16,64] @ models/lib/nn.yaml:79:7
%3977 = cast %3963 : f64[] @ models/lib/nn.yaml:79:7
%3978 = pow %3401, %3977 : f64[] @ models/lib/nn.yaml:79:7
%3979 = sub %3394, %3978 : f64[] @ models/lib/nn.yaml:79:7
%3980 = div %2074, %3979 : f64[] @ models/lib/nn.yaml:79:7
%3981 = pow %3409, %3977 : f64[] @ models/lib/nn.yaml:79:7
%3982 = sub %3394, %3981 : f64[] @ models/lib/nn.yaml:79:7
%3983 = sqrt %3982 : f64[] @ models/lib/nn.yaml:79:7
%3984 = div %3394, %3983 : f64[] @ models/lib/nn.yaml:79:7
%3985 = sqrt %3976 : f32[16,64] @ models/lib/nn.yaml:79:7
%3986 = cast %3984 : f32[] @ models/lib/nn.yaml:79:7
%3987 = broadcast %3986 : f32[16,64] @ models/lib/nn.yaml:79:7
%3988 = mul %3985, %3987 : f32[16,64] @ models/lib/nn.yaml:79:7
%3989 = broadcast %3426 : f32[16,64] @ models/lib/nn.yaml:79:7
%3990 = add %3988, %3989 : f32[16,64] @ models/lib/nn.yaml:79:7
%3991 = div %3970, %3990 : f32[16,64] @ models/lib/nn.yaml:79:7
%3992 = cast %3980 : f32[] @ models/lib/nn.yaml:79:7
%3993 = broadcast %3992 : f32[16,64] @ models/lib/nn.yaml:79:7
%3994 = mul %3991, %3993 : f32[16,64] @ models/lib/nn.yaml:79:7
%3995 = sub %3965, %3994 : f32[16,64] @ models/lib/nn.yaml:79:7
%3996 = assign %18, %3995 : f32[16,64] @ models/lib/nn.yaml:79:7
%3997 = assign %3960, %3970 : f32[16,64] @ models/lib/nn.yaml:79:7
%3998 = assign %3961, %3976 : f32[16,64] @ models/lib/nn.yaml:79:7
%3999 = assign %3962, %3963 : i64[] @ models/lib/nn.yaml:79:7
%4000 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%4001 = mul %102, %4000 : f32[16,64] @ models/lib/nn.yaml:79:7
%4002 = broadcast %3441 : f32[16,64] @ models/lib/nn.yaml:79:7
%4003 = mul %3995, %4002 : f32[16,64] @ models/lib/nn.yaml:79:7
%4004 = add %4001, %4003 : f32[16,64] @ models/lib/nn.yaml:79:7
%4005 = assign %102, %4004 : f32[16,64] @ models/lib/nn.yaml:79:7
%4006 = all_reduce_sum %3193 : f32[16] @ models/lib/nn.yaml:80:7
%4007 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4008 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4009 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4010 = add %4009, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4011 = mul %4006, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%4012 = mul %4007, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%4013 = add %4012, %4011 : f32[16] @ models/lib/nn.yaml:80:7
%4014 = mul %4006, %4006 : f32[16] @ models/lib/nn.yaml:80:7
%4015 = mul %4014, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%4016 = mul %4008, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%4017 = add %4016, %4015 : f32[16] @ models/lib/nn.yaml:80:7
%4018 = cast %4010 : f64[] @ models/lib/nn.yaml:80:7
%4019 = pow %3401, %4018 : f64[] @ models/lib/nn.yaml:80:7
%4020 = sub %3394, %4019 : f64[] @ models/lib/nn.yaml:80:7
%4021 = div %2074, %4020 : f64[] @ models/lib/nn.yaml:80:7
%4022 = pow %3409, %4018 : f64[] @ models/lib/nn.yaml:80:7
%4023 = sub %3394, %4022 : f64[] @ models/lib/nn.yaml:80:7
%4024 = sqrt %4023 : f64[] @ models/lib/nn.yaml:80:7
%4025 = div %3394, %4024 : f64[] @ models/lib/nn.yaml:80:7
%4026 = sqrt %4017 : f32[16] @ models/lib/nn.yaml:80:7
%4027 = cast %4025 : f32[] @ models/lib/nn.yaml:80:7
%4028 = broadcast %4027 : f32[16] @ models/lib/nn.yaml:80:7
%4029 = mul %4026, %4028 : f32[16] @ models/lib/nn.yaml:80:7
%4030 = add %4029, %3521 : f32[16] @ models/lib/nn.yaml:80:7
%4031 = div %4013, %4030 : f32[16] @ models/lib/nn.yaml:80:7
%4032 = cast %4021 : f32[] @ models/lib/nn.yaml:80:7
%4033 = broadcast %4032 : f32[16] @ models/lib/nn.yaml:80:7
%4034 = mul %4031, %4033 : f32[16] @ models/lib/nn.yaml:80:7
%4035 = sub %19, %4034 : f32[16] @ models/lib/nn.yaml:80:7
%4036 = assign %19, %4035 : f32[16] @ models/lib/nn.yaml:80:7
%4037 = assign %4007, %4013 : f32[16] @ models/lib/nn.yaml:80:7
%4038 = assign %4008, %4017 : f32[16] @ models/lib/nn.yaml:80:7
%4039 = assign %4009, %4010 : i64[] @ models/lib/nn.yaml:80:7
%4040 = mul %103, %3532 : f32[16] @ models/lib/nn.yaml:80:7
%4041 = mul %4035, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%4042 = add %4040, %4041 : f32[16] @ models/lib/nn.yaml:80:7
%4043 = assign %103, %4042 : f32[16] @ models/lib/nn.yaml:80:7
%4044 = all_reduce_sum %3171 : f32[16] @ models/lib/nn.yaml:89:7
%4045 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4046 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4047 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4048 = add %4047, %3391 : i64[] @ models/lib/nn.yaml:89:7
%4049 = mul %4044, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%4050 = mul %4045, %3500 : f32[16] @ models/lib/nn.yaml:89:7
%4051 = add %4050, %4049 : f32[16] @ models/lib/nn.yaml:89:7
%4052 = mul %4044, %4044 : f32[16] @ models/lib/nn.yaml:89:7
%4053 = mul %4052, %3504 : f32[16] @ models/lib/nn.yaml:89:7
%4054 = mul %4046, %3506 : f32[16] @ models/lib/nn.yaml:89:7
%4055 = add %4054, %4053 : f32[16] @ models/lib/nn.yaml:89:7
%4056 = cast %4048 : f64[] @ models/lib/nn.yaml:89:7
%4057 = pow %3401, %4056 : f64[] @ models/lib/nn.yaml:89:7
%4058 = sub %3394, %4057 : f64[] @ models/lib/nn.yaml:89:7
%4059 = div %2074, %4058 : f64[] @ models/lib/nn.yaml:89:7
%4060 = pow %3409, %4056 : f64[] @ models/lib/nn.yaml:89:7
%4061 = sub %3394, %4060 : f64[] @ models/lib/nn.yaml:89:7
%4062 = sqrt %4061 : f64[] @ models/lib/nn.yaml:89:7
%4063 = div %3394, %4062 : f64[] @ models/lib/nn.yaml:89:7
%4064 = sqrt %4055 : f32[16] @ models/lib/nn.yaml:89:7
%4065 = cast %4063 : f32[] @ models/lib/nn.yaml:89:7
%4066 = broadcast %4065 : f32[16] @ models/lib/nn.yaml:89:7
%4067 = mul %4064, %4066 : f32[16] @ models/lib/nn.yaml:89:7
%4068 = add %4067, %3521 : f32[16] @ models/lib/nn.yaml:89:7
%4069 = div %4051, %4068 : f32[16] @ models/lib/nn.yaml:89:7
%4070 = cast %4059 : f32[] @ models/lib/nn.yaml:89:7
%4071 = broadcast %4070 : f32[16] @ models/lib/nn.yaml:89:7
%4072 = mul %4069, %4071 : f32[16] @ models/lib/nn.yaml:89:7
%4073 = sub %20, %4072 : f32[16] @ models/lib/nn.yaml:89:7
%4074 = assign %20, %4073 : f32[16] @ models/lib/nn.yaml:89:7
%4075 = assign %4045, %4051 : f32[16] @ models/lib/nn.yaml:89:7
%4076 = assign %4046, %4055 : f32[16] @ models/lib/nn.yaml:89:7
%4077 = assign %4047, %4048 : i64[] @ models/lib/nn.yaml:89:7
%4078 = mul %104, %3532 : f32[16] @ models/lib/nn.yaml:89:7
%4079 = mul %4073, %3534 : f32[16] @ models/lib/nn.yaml:89:7
%4080 = add %4078, %4079 : f32[16] @ models/lib/nn.yaml:89:7
%4081 = assign %104, %4080 : f32[16] @ models/lib/nn.yaml:89:7
%4082 = all_reduce_sum %3165 : f32[16] @ models/lib/nn.yaml:90:7
%4083 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4084 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4085 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4086 = add %4085, %3391 : i64[] @ models/lib/nn.yaml:90:7
%4087 = mul %4082, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%4088 = mul %4083, %3500 : f32[16] @ models/lib/nn.yaml:90:7
%4089 = add %4088, %4087 : f32[16] @ models/lib/nn.yaml:90:7
%4090 = mul %4082, %4082 : f32[16] @ models/lib/nn.yaml:90:7
%4091 = mul %4090, %3504 : f32[16] @ models/lib/nn.yaml:90:7
%4092 = mul %4084, %3506 : f32[16] @ models/lib/nn.yaml:90:7
%4093 = add %4092, %4091 : f32[16] @ models/lib/nn.yaml:90:7
%4094 = cast %4086 : f64[] @ models/lib/nn.yaml:90:7
%4095 = pow %3401, %4094 : f64[] @ models/lib/nn.yaml:90:7
%4096 = sub %3394, %4095 : f64[] @ models/lib/nn.yaml:90:7
%4097 = div %2074, %4096 : f64[] @ models/lib/nn.yaml:90:7
%4098 = pow %3409, %4094 : f64[] @ models/lib/nn.yaml:90:7
%4099 = sub %3394, %4098 : f64[] @ models/lib/nn.yaml:90:7
%4100 = sqrt %4099 : f64[] @ models/lib/nn.yaml:90:7
%4101 = div %3394, %4100 : f64[] @ models/lib/nn.yaml:90:7
%4102 = sqrt %4093 : f32[16] @ models/lib/nn.yaml:90:7
%4103 = cast %4101 : f32[] @ models/lib/nn.yaml:90:7
%4104 = broadcast %4103 : f32[16] @ models/lib/nn.yaml:90:7
%4105 = mul %4102, %4104 : f32[16] @ models/lib/nn.yaml:90:7
%4106 = add %4105, %3521 : f32[16] @ models/lib/nn.yaml:90:7
%4107 = div %4089, %4106 : f32[16] @ models/lib/nn.yaml:90:7
%4108 = cast %4097 : f32[] @ models/lib/nn.yaml:90:7
%4109 = broadcast %4108 : f32[16] @ models/lib/nn.yaml:90:7
%4110 = mul %4107, %4109 : f32[16] @ models/lib/nn.yaml:90:7
%4111 = sub %21, %4110 : f32[16] @ models/lib/nn.yaml:90:7
%4112 = assign %21, %4111 : f32[16] @ models/lib/nn.yaml:90:7
%4113 = assign %4083, %4089 : f32[16] @ models/lib/nn.yaml:90:7
%4114 = assign %4084, %4093 : f32[16] @ models/lib/nn.yaml:90:7
%4115 = assign %4085, %4086 : i64[] @ models/lib/nn.yaml:90:7
%4116 = mul %105, %3532 : f32[16] @ models/lib/nn.yaml:90:7
%4117 = mul %4111, %3534 : f32[16] @ models/lib/nn.yaml:90:7
%4118 = add %4116, %4117 : f32[16] @ models/lib/nn.yaml:90:7
%4119 = assign %105, %4118 : f32[16] @ models/lib/nn.yaml:90:7
%4120 = all_reduce_sum %3161 : f32[48,16] @ models/lib/nn.yaml:79:7
%4121 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4122 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4123 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4124 = add %4123, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4125 = mul %22, %3619 : f32[48,16] @ models/lib/nn.yaml:79:7
%4126 = mul %4120, %3621 : f32[48,16] @ models/lib/nn.yaml:79:7
%4127 = mul %4121, %3623 : f32[48,16] @ models/lib/nn.yaml:79:7
%4128 = add %4127, %4126 : f32[48,16] @ models/lib/nn.yaml:79:7
%4129 = mul %4120, %4120 : f32[48,16] @ models/lib/nn.yaml:79:7
%4130 = mul %4129, %3627 : f32[48,16] @ models/lib/nn.yaml:79:7
%4131 = mul %4122, %3629 : f32[48,16] @ models/lib/nn.yaml:79:7
%4132 = add %4131, %4130 : f32[48,16] @ models/lib/nn.yaml:79:7
%4133 = cast %4124 : f64[] @ models/lib/nn.yaml:79:7
%4134 = pow %3401, %4133 : f64[] @ models/lib/nn.yaml:79:7
%4135 = sub %3394, %4134 : f64[] @ models/lib/nn.yaml:79:7
%4136 = div %2074, %4135 : f64[] @ models/lib/nn.yaml:79:7
%4137 = pow %3409, %4133 : f64[] @ models/lib/nn.yaml:79:7
%4138 = sub %3394, %4137 : f64[] @ models/lib/nn.yaml:79:7
%4139 = sqrt %4138 : f64[] @ models/lib/nn.yaml:79:7
%4140 = div %3394, %4139 : f64[] @ models/lib/nn.yaml:79:7
%4141 = sqrt %4132 : f32[48,16] @ models/lib/nn.yaml:79:7
%4142 = cast %4140 : f32[] @ models/lib/nn.yaml:79:7
%4143 = broadcast %4142 : f32[48,16] @ models/lib/nn.yaml:79:7
%4144 = mul %4141, %4143 : f32[48,16] @ models/lib/nn.yaml:79:7
%4145 = add %4144, %3644 : f32[48,16] @ models/lib/nn.yaml:79:7
%4146 = div %4128, %4145 : f32[48,16] @ models/lib/nn.yaml:79:7
%4147 = cast %4136 : f32[] @ models/lib/nn.yaml:79:7
%4148 = broadcast %4147 : f32[48,16] @ models/lib/nn.yaml:79:7
%4149 = mul %4146, %4148 : f32[48,16] @ models/lib/nn.yaml:79:7
%4150 = sub %4125, %4149 : f32[48,16] @ models/lib/nn.yaml:79:7
%4151 = assign %22, %4150 : f32[48,16] @ models/lib/nn.yaml:79:7
%4152 = assign %4121, %4128 : f32[48,16] @ models/lib/nn.yaml:79:7
%4153 = assign %4122, %4132 : f32[48,16] @ models/lib/nn.yaml:79:7
%4154 = assign %4123, %4124 : i64[] @ models/lib/nn.yaml:79:7
%4155 = mul %106, %3655 : f32[48,16] @ models/lib/nn.yaml:79:7
%4156 = mul %4150, %3657 : f32[48,16] @ models/lib/nn.yaml:79:7
%4157 = add %4155, %4156 : f32[48,16] @ models/lib/nn.yaml:79:7
%4158 = assign %106, %4157 : f32[48,16] @ models/lib/nn.yaml:79:7
%4159 = all_reduce_sum %3157 : f32[48] @ models/lib/nn.yaml:80:7
%4160 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4161 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4162 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4163 = add %4162, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4164 = mul %4159, %3666 : f32[48] @ models/lib/nn.yaml:80:7
%4165 = mul %4160, %3668 : f32[48] @ models/lib/nn.yaml:80:7
%4166 = add %4165, %4164 : f32[48] @ models/lib/nn.yaml:80:7
%4167 = mul %4159, %4159 : f32[48] @ models/lib/nn.yaml:80:7
%4168 = mul %4167, %3672 : f32[48] @ models/lib/nn.yaml:80:7
%4169 = mul %4161, %3674 : f32[48] @ models/lib/nn.yaml:80:7
%4170 = add %4169, %4168 : f32[48] @ models/lib/nn.yaml:80:7
%4171 = cast %4163 : f64[] @ models/lib/nn.yaml:80:7
%4172 = pow %3401, %4171 : f64[] @ models/lib/nn.yaml:80:7
%4173 = sub %3394, %4172 : f64[] @ models/lib/nn.yaml:80:7
%4174 = div %2074, %4173 : f64[] @ models/lib/nn.yaml:80:7
%4175 = pow %3409, %4171 : f64[] @ models/lib/nn.yaml:80:7
%4176 = sub %3394, %4175 : f64[] @ models/lib/nn.yaml:80:7
%4177 = sqrt %4176 : f64[] @ models/lib/nn.yaml:80:7
%4178 = div %3394, %4177 : f64[] @ models/lib/nn.yaml:80:7
%4179 = sqrt %4170 : f32[48] @ models/lib/nn.yaml:80:7
%4180 = cast %4178 : f32[] @ models/lib/nn.yaml:80:7
%4181 = broadcast %4180 : f32[48] @ models/lib/nn.yaml:80:7
%4182 = mul %4179, %4181 : f32[48] @ models/lib/nn.yaml:80:7
%4183 = add %4182, %3689 : f32[48] @ models/lib/nn.yaml:80:7
%4184 = div %4166, %4183 : f32[48] @ models/lib/nn.yaml:80:7
%4185 = cast %4174 : f32[] @ models/lib/nn.yaml:80:7
%4186 = broadcast %4185 : f32[48] @ models/lib/nn.yaml:80:7
%4187 = mul %4184, %4186 : f32[48] @ models/lib/nn.yaml:80:7
%4188 = sub %23, %4187 : f32[48] @ models/lib/nn.yaml:80:7
%4189 = assign %23, %4188 : f32[48] @ models/lib/nn.yaml:80:7
%4190 = assign %4160, %4166 : f32[48] @ models/lib/nn.yaml:80:7
%4191 = assign %4161, %4170 : f32[48] @ models/lib/nn.yaml:80:7
%4192 = assign %4162, %4163 : i64[] @ models/lib/nn.yaml:80:7
%4193 = mul %107, %3700 : f32[48] @ models/lib/nn.yaml:80:7
%4194 = mul %4188, %3702 : f32[48] @ models/lib/nn.yaml:80:7
%4195 = add %4193, %4194 : f32[48] @ models/lib/nn.yaml:80:7
%4196 = assign %107, %4195 : f32[48] @ models/lib/nn.yaml:80:7
%4197 = all_reduce_sum %3068 : f32[16,16] @ models/lib/nn.yaml:79:7
%4198 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4199 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4200 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4201 = add %4200, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4202 = mul %24, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%4203 = mul %4197, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%4204 = mul %4198, %3715 : f32[16,16] @ models/lib/nn.yaml:79:7
%4205 = add %4204, %4203 : f32[16,16] @ models/lib/nn.yaml:79:7
%4206 = mul %4197, %4197 : f32[16,16] @ models/lib/nn.yaml:79:7
%4207 = mul %4206, %3719 : f32[16,16] @ models/lib/nn.yaml:79:7
%4208 = mul %4199, %3721 : f32[16,16] @ models/lib/nn.yaml:79:7
%4209 = add %4208, %4207 : f32[16,16] @ models/lib/nn.yaml:79:7
%4210 = cast %4201 : f64[] @ models/lib/nn.yaml:79:7
%4211 = pow %3401, %4210 : f64[] @ models/lib/nn.yaml:79:7
%4212 = sub %3394, %4211 : f64[] @ models/lib/nn.yaml:79:7
%4213 = div %2074, %4212 : f64[] @ models/lib/nn.yaml:79:7
%4214 = pow %3409, %4210 : f64[] @ models/lib/nn.yaml:79:7
%4215 = sub %3394, %4214 : f64[] @ models/lib/nn.yaml:79:7
%4216 = sqrt %4215 : f64[] @ models/lib/nn.yaml:79:7
%4217 = div %3394, %4216 : f64[] @ models/lib/nn.yaml:79:7
%4218 = sqrt %4209 : f32[16,16] @ models/lib/nn.yaml:79:7
%4219 = cast %4217 : f32[] @ models/lib/nn.yaml:79:7
%4220 = broadcast %4219 : f32[16,16] @ models/lib/nn.yaml:79:7
%4221 = mul %4218, %4220 : f32[16,16] @ models/lib/nn.yaml:79:7
%4222 = add %4221, %3736 : f32[16,16] @ models/lib/nn.yaml:79:7
%4223 = div %4205, %4222 : f32[16,16] @ models/lib/nn.yaml:79:7
%4224 = cast %4213 : f32[] @ models/lib/nn.yaml:79:7
%4225 = broadcast %4224 : f32[16,16] @ models/lib/nn.yaml:79:7
%4226 = mul %4223, %4225 : f32[16,16] @ models/lib/nn.yaml:79:7
%4227 = sub %4202, %4226 : f32[16,16] @ models/lib/nn.yaml:79:7
%4228 = assign %24, %4227 : f32[16,16] @ models/lib/nn.yaml:79:7
%4229 = assign %4198, %4205 : f32[16,16] @ models/lib/nn.yaml:79:7
%4230 = assign %4199, %4209 : f32[16,16] @ models/lib/nn.yaml:79:7
%4231 = assign %4200, %4201 : i64[] @ models/lib/nn.yaml:79:7
%4232 = mul %108, %3747 : f32[16,16] @ models/lib/nn.yaml:79:7
%4233 = mul %4227, %3749 : f32[16,16] @ models/lib/nn.yaml:79:7
%4234 = add %4232, %4233 : f32[16,16] @ models/lib/nn.yaml:79:7
%4235 = assign %108, %4234 : f32[16,16] @ models/lib/nn.yaml:79:7
%4236 = all_reduce_sum %3064 : f32[16] @ models/lib/nn.yaml:80:7
%4237 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4238 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4239 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4240 = add %4239, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4241 = mul %4236, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%4242 = mul %4237, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%4243 = add %4242, %4241 : f32[16] @ models/lib/nn.yaml:80:7
%4244 = mul %4236, %4236 : f32[16] @ models/lib/nn.yaml:80:7
%4245 = mul %4244, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%4246 = mul %4238, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%4247 = add %4246, %4245 : f32[16] @ models/lib/nn.yaml:80:7
%4248 = cast %4240 : f64[] @ models/lib/nn.yaml:80:7
%4249 = pow %3401, %4248 : f64[] @ models/lib/nn.yaml:80:7
%4250 = sub %3394, %4249 : f64[] @ models/lib/nn.yaml:80:7
%4251 = div %2074, %4250 : f64[] @ models/lib/nn.yaml:80:7
%4252 = pow %3409, %4248 : f64[] @ models/lib/nn.yaml:80:7
%4253 = sub %3394, %4252 : f64[] @ models/lib/nn.yaml:80:7
%4254 = sqrt %4253 : f64[] @ models/lib/nn.yaml:80:7
%4255 = div %3394, %4254 : f64[] @ models/lib/nn.yaml:80:7
%4256 = sqrt %4247 : f32[16] @ models/lib/nn.yaml:80:7
%4257 = cast %4255 : f32[] @ models/lib/nn.yaml:80:7
%4258 = broadcast %4257 : f32[16] @ models/lib/nn.yaml:80:7
%4259 = mul %4256, %4258 : f32[16] @ models/lib/nn.yaml:80:7
%4260 = add %4259, %3521 : f32[16] @ models/lib/nn.yaml:80:7
%4261 = div %4243, %4260 : f32[16] @ models/lib/nn.yaml:80:7
%4262 = cast %4251 : f32[] @ models/lib/nn.yaml:80:7
%4263 = broadcast %4262 : f32[16] @ models/lib/nn.yaml:80:7
%4264 = mul %4261, %4263 : f32[16] @ models/lib/nn.yaml:80:7
%4265 = sub %25, %4264 : f32[16] @ models/lib/nn.yaml:80:7
%4266 = assign %25, %4265 : f32[16] @ models/lib/nn.yaml:80:7
%4267 = assign %4237, %4243 : f32[16] @ models/lib/nn.yaml:80:7
%4268 = assign %4238, %4247 : f32[16] @ models/lib/nn.yaml:80:7
%4269 = assign %4239, %4240 : i64[] @ models/lib/nn.yaml:80:7
%4270 = mul %109, %3532 : f32[16] @ models/lib/nn.yaml:80:7
%4271 = mul %4265, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%4272 = add %4270, %4271 : f32[16] @ models/lib/nn.yaml:80:7
%4273 = assign %109, %4272 : f32[16] @ models/lib/nn.yaml:80:7
%4274 = all_reduce_sum %3039 : f32[16] @ models/lib/nn.yaml:89:7
%4275 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4276 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4277 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4278 = add %4277, %3391 : i64[] @ models/lib/nn.yaml:89:7
%4279 = mul %4274, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%4280 = mul %4275, %3500 : f32[16] @ models/lib/nn.yaml:89:7
%4281 = add %4280, %4279 : f32[16] @ models/lib/nn.yaml:89:7
%4282 = mul %4274, %4274 : f32[16] @ models/lib/nn.yaml:89:7
%4283 = mul %4282, %3504 : f32[16] @ models/lib/nn.yaml:89:7
%4284 = mul %4276, %3506 : f32[16] @ models/lib/nn.yaml:89:7
%4285 = add %4284, %4283 : f32[16] @ models/lib/nn.yaml:89:7
%4286 = cast %4278 : f64[] @ models/lib/nn.yaml:89:7
%4287 = pow %3401, %4286 : f64[] @ models/lib/nn.yaml:89:7
%4288 = sub %3394, %4287 : f64[] @ models/lib/nn.yaml:89:7
%4289 = div %2074, %4288 : f64[] @ models/lib/nn.yaml:89:7
%4290 = pow %3409, %4286 : f64[] @ models/lib/nn.yaml:89:7
%4291 = sub %3394, %4290 : f64[] @ models/lib/nn.yaml:89:7
%4292 = sqrt %4291 : f64[] @ models/lib/nn.yaml:89:7
%4293 = div %3394, %4292 : f64[] @ models/lib/nn.yaml:89:7
%4294 = sqrt %4285 : f32[16] @ models/lib/nn.yaml:89:7
%4295 = cast %4293 : f32[] @ models/lib/nn.yaml:89:7
%4296 = broadcast %4295 : f32[16] @ models/lib/nn.yaml:89:7
%4297 = mul %4294, %4296 : f32[16] @ models/lib/nn.yaml:89:7
%4298 = add %4297, %3521 : f32[16] @ models/lib/nn.yaml:89:7
%4299 = div %4281, %4298 : f32[16] @ models/lib/nn.yaml:89:7
%4300 = cast %4289 : f32[] @ models/lib/nn.yaml:89:7
%4301 = broadcast %4300 : f32[16] @ models/lib/nn.yaml:89:7
%4302 = mul %4299, %4301 : f32[16] @ models/lib/nn.yaml:89:7
%4303 = sub %26, %4302 : f32[16] @ models/lib/nn.yaml:89:7
%4304 = assign %26, %4303 : f32[16] @ models/lib/nn.yaml:89:7
%4305 = assign %4275, %4281 : f32[16] @ models/lib/nn.yaml:89:7
%4306 = assign %4276, %4285 : f32[16] @ models/lib/nn.yaml:89:7
%4307 = assign %4277, %4278 : i64[] @ models/lib/nn.yaml:89:7
%4308 = mul %110, %3532 : f32[16] @ models/lib/nn.yaml:89:7
%4309 = mul %4303, %3534 : f32[16] @ models/lib/nn.yaml:89:7
%4310 = add %4308, %4309 : f32[16] @ models/lib/nn.yaml:89:7
%4311 = assign %110, %4310 : f32[16] @ models/lib/nn.yaml:89:7
%4312 = all_reduce_sum %3033 : f32[16] @ models/lib/nn.yaml:90:7
%4313 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4314 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4315 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4316 = add %4315, %3391 : i64[] @ models/lib/nn.yaml:90:7
%4317 = mul %4312, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%4318 = mul %4313, %3500 : f32[16] @ models/lib/nn.yaml:90:7
%4319 = add %4318, %4317 : f32[16] @ models/lib/nn.yaml:90:7
%4320 = mul %4312, %4312 : f32[16] @ models/lib/nn.yaml:90:7
%4321 = mul %4320, %3504 : f32[16] @ models/lib/nn.yaml:90:7
%4322 = mul %4314, %3506 : f32[16] @ models/lib/nn.yaml:90:7
%4323 = add %4322, %4321 : f32[16] @ models/lib/nn.yaml:90:7
%4324 = cast %4316 : f64[] @ models/lib/nn.yaml:90:7
%4325 = pow %3401, %4324 : f64[] @ models/lib/nn.yaml:90:7
%4326 = sub %3394, %4325 : f64[] @ models/lib/nn.yaml:90:7
%4327 = div %2074, %4326 : f64[] @ models/lib/nn.yaml:90:7
%4328 = pow %3409, %4324 : f64[] @ models/lib/nn.yaml:90:7
%4329 = sub %3394, %4328 : f64[] @ models/lib/nn.yaml:90:7
%4330 = sqrt %4329 : f64[] @ models/lib/nn.yaml:90:7
%4331 = div %3394, %4330 : f64[] @ models/lib/nn.yaml:90:7
%4332 = sqrt %4323 : f32[16] @ models/lib/nn.yaml:90:7
%4333 = cast %4331 : f32[] @ models/lib/nn.yaml:90:7
%4334 = broadcast %4333 : f32[16] @ models/lib/nn.yaml:90:7
%4335 = mul %4332, %4334 : f32[16] @ models/lib/nn.yaml:90:7
%4336 = add %4335, %3521 : f32[16] @ models/lib/nn.yaml:90:7
%4337 = div %4319, %4336 : f32[16] @ models/lib/nn.yaml:90:7
%4338 = cast %4327 : f32[] @ models/lib/nn.yaml:90:7
%4339 = broadcast %4338 : f32[16] @ models/lib/nn.yaml:90:7
%4340 = mul %4337, %4339 : f32[16] @ models/lib/nn.yaml:90:7
%4341 = sub %27, %4340 : f32[16] @ models/lib/nn.yaml:90:7
%4342 = assign %27, %4341 : f32[16] @ models/lib/nn.yaml:90:7
%4343 = assign %4313, %4319 : f32[16] @ models/lib/nn.yaml:90:7
%4344 = assign %4314, %4323 : f32[16] @ models/lib/nn.yaml:90:7
%4345 = assign %4315, %4316 : i64[] @ models/lib/nn.yaml:90:7
%4346 = mul %111, %3532 : f32[16] @ models/lib/nn.yaml:90:7
%4347 = mul %4341, %3534 : f32[16] @ models/lib/nn.yaml:90:7
%4348 = add %4346, %4347 : f32[16] @ models/lib/nn.yaml:90:7
%4349 = assign %111, %4348 : f32[16] @ models/lib/nn.yaml:90:7
%4350 = all_reduce_sum %3029 : f32[64,16] @ models/lib/nn.yaml:79:7
%4351 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4352 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4353 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4354 = add %4353, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4355 = mul %28, %3872 : f32[64,16] @ models/lib/nn.yaml:79:7
%4356 = mul %4350, %3874 : f32[64,16] @ models/lib/nn.yaml:79:7
%4357 = mul %4351, %3876 : f32[64,16] @ models/lib/nn.yaml:79:7
%4358 = add %4357, %4356 : f32[64,16] @ models/lib/nn.yaml:79:7
%4359 = mul %4350, %4350 : f32[64,16] @ models/lib/nn.yaml:79:7
%4360 = mul %4359, %3880 : f32[64,16] @ models/lib/nn.yaml:79:7
%4361 = mul %4352, %3882 : f32[64,16] @ models/lib/nn.yaml:79:7
%4362 = add %4361, %4360 : f32[64,16] @ models/lib/nn.yaml:79:7
%4363 = cast %4354 : f64[] @ models/lib/nn.yaml:79:7
%4364 = pow %3401, %4363 : f64[] @ models/lib/nn.yaml:79:7
%4365 = sub %3394, %4364 : f64[] @ models/lib/nn.yaml:79:7
%4366 = div %2074, %4365 : f64[] @ models/lib/nn.yaml:79:7
%4367 = pow %3409, %4363 : f64[] @ models/lib/nn.yaml:79:7
%4368 = sub %3394, %4367 : f64[] @ models/lib/nn.yaml:79:7
%4369 = sqrt %4368 : f64[] @ models/lib/nn.yaml:79:7
%4370 = div %3394, %4369 : f64[] @ models/lib/nn.yaml:79:7
%4371 = sqrt %4362 : f32[64,16] @ models/lib/nn.yaml:79:7
%4372 = cast %4370 : f32[] @ models/lib/nn.yaml:79:7
%4373 = broadcast %4372 : f32[64,16] @ models/lib/nn.yaml:79:7
%4374 = mul %4371, %4373 : f32[64,16] @ models/lib/nn.yaml:79:7
%4375 = add %4374, %3897 : f32[64,16] @ models/lib/nn.yaml:79:7
%4376 = div %4358, %4375 : f32[64,16] @ models/lib/nn.yaml:79:7
%4377 = cast %4366 : f32[] @ models/lib/nn.yaml:79:7
%4378 = broadcast %4377 : f32[64,16] @ models/lib/nn.yaml:79:7
%4379 = mul %4376, %4378 : f32[64,16] @ models/lib/nn.yaml:79:7
%4380 = sub %4355, %4379 : f32[64,16] @ models/lib/nn.yaml:79:7
%4381 = assign %28, %4380 : f32[64,16] @ models/lib/nn.yaml:79:7
%4382 = assign %4351, %4358 : f32[64,16] @ models/lib/nn.yaml:79:7
%4383 = assign %4352, %4362 : f32[64,16] @ models/lib/nn.yaml:79:7
%4384 = assign %4353, %4354 : i64[] @ models/lib/nn.yaml:79:7
%4385 = mul %112, %3908 : f32[64,16] @ models/lib/nn.yaml:79:7
%4386 = mul %4380, %3910 : f32[64,16] @ models/lib/nn.yaml:79:7
%4387 = add %4385, %4386 : f32[64,16] @ models/lib/nn.yaml:79:7
%4388 = assign %112, %4387 : f32[64,16] @ models/lib/nn.yaml:79:7
%4389 = all_reduce_sum %3025 : f32[64] @ models/lib/nn.yaml:80:7
%4390 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4391 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4392 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4393 = add %4392, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4394 = mul %4389, %3919 : f32[64] @ models/lib/nn.yaml:80:7
%4395 = mul %4390, %3921 : f32[64] @ models/lib/nn.yaml:80:7
%4396 = add %4395, %4394 : f32[64] @ models/lib/nn.yaml:80:7
%4397 = mul %4389, %4389 : f32[64] @ models/lib/nn.yaml:80:7
%4398 = mul %4397, %3925 : f32[64] @ models/lib/nn.yaml:80:7
%4399 = mul %4391, %3927 : f32[64] @ models/lib/nn.yaml:80:7
%4400 = add %4399, %4398 : f32[64] @ models/lib/nn.yaml:80:7
%4401 = cast %4393 : f64[] @ models/lib/nn.yaml:80:7
%4402 = pow %3401, %4401 : f64[] @ models/lib/nn.yaml:80:7
%4403 = sub %3394, %4402 : f64[] @ models/lib/nn.yaml:80:7
%4404 = div %2074, %4403 : f64[] @ models/lib/nn.yaml:80:7
%4405 = pow %3409, %4401 : f64[] @ models/lib/nn.yaml:80:7
%4406 = sub %3394, %4405 : f64[] @ models/lib/nn.yaml:80:7
%4407 = sqrt %4406 : f64[] @ models/lib/nn.yaml:80:7
%4408 = div %3394, %4407 : f64[] @ models/lib/nn.yaml:80:7
%4409 = sqrt %4400 : f32[64] @ models/lib/nn.yaml:80:7
%4410 = cast %4408 : f32[] @ models/lib/nn.yaml:80:7
%4411 = broadcast %4410 : f32[64] @ models/lib/nn.yaml:80:7
%4412 = mul %4409, %4411 : f32[64] @ models/lib/nn.yaml:80:7
%4413 = add %4412, %3942 : f32[64] @ models/lib/nn.yaml:80:7
%4414 = div %4396, %4413 : f32[64] @ models/lib/nn.yaml:80:7
%4415 = cast %4404 : f32[] @ models/lib/nn.yaml:80:7
%4416 = broadcast %4415 : f32[64] @ models/lib/nn.yaml:80:7
%4417 = mul %4414, %4416 : f32[64] @ models/lib/nn.yaml:80:7
%4418 = sub %29, %4417 : f32[64] @ models/lib/nn.yaml:80:7
%4419 = assign %29, %4418 : f32[64] @ models/lib/nn.yaml:80:7
%4420 = assign %4390, %4396 : f32[64] @ models/lib/nn.yaml:80:7
%4421 = assign %4391, %4400 : f32[64] @ models/lib/nn.yaml:80:7
%4422 = assign %4392, %4393 : i64[] @ models/lib/nn.yaml:80:7
%4423 = mul %113, %3953 : f32[64] @ models/lib/nn.yaml:80:7
%4424 = mul %4418, %3955 : f32[64] @ models/lib/nn.yaml:80:7
%4425 = add %4423, %4424 : f32[64] @ models/lib/nn.yaml:80:7
%4426 = assign %113, %4425 : f32[64] @ models/lib/nn.yaml:80:7
%4427 = all_reduce_sum %3005 : f32[16,64] @ models/lib/nn.yaml:79:7
%4428 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4429 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4430 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4431 = add %4430, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4432 = mul %30, %3964 : f32[16,64] @ models/lib/nn.yaml:79:7
%4433 = mul %4427, %3966 : f32[16,64] @ models/lib/nn.yaml:79:7
%4434 = mul %4428, %3968 : f32[16,64] @ models/lib/nn.yaml:79:7
%4435 = add %4434, %4433 : f32[16,64] @ models/lib/nn.yaml:79:7
%4436 = mul %4427, %4427 : f32[16,64] @ models/lib/nn.yaml:79:7
%4437 = mul %4436, %3972 : f32[16,64] @ models/lib/nn.yaml:79:7
%4438 = mul %4429, %3974 : f32[16,64] @ models/lib/nn.yaml:79:7
%4439 = add %4438, %4437 : f32[16,64] @ models/lib/nn.yaml:79:7
%4440 = cast %4431 : f64[] @ models/lib/nn.yaml:79:7
%4441 = pow %3401, %4440 : f64[] @ models/lib/nn.yaml:79:7
%4442 = sub %3394, %4441 : f64[] @ models/lib/nn.yaml:79:7
%4443 = div %2074, %4442 : f64[] @ models/lib/nn.yaml:79:7
%4444 = pow %3409, %4440 : f64[] @ models/lib/nn.yaml:79:7
%4445 = sub %3394, %4444 : f64[] @ models/lib/nn.yaml:79:7
%4446 = sqrt %4445 : f64[] @ models/lib/nn.yaml:79:7
%4447 = div %3394, %4446 : f64[] @ models/lib/nn.yaml:79:7
%4448 = sqrt %4439 : f32[16,64] @ models/lib/nn.yaml:79:7
%4449 = cast %4447 : f32[] @ models/lib/nn.yaml:79:7
%4450 = broadcast %4449 : f32[16,64] @ models/lib/nn.yaml:79:7
%4451 = mul %4448, %4450 : f32[16,64] @ models/lib/nn.yaml:79:7
%4452 = add %4451, %3989 : f32[16,64] @ models/lib/nn.yaml:79:7
%4453 = div %4435, %4452 : f32[16,64] @ models/lib/nn.yaml:79:7
%4454 = cast %4443 : f32[] @ models/lib/nn.yaml:79:7
%4455 = broadcast %4454 : f32[16,64] @ models/lib/nn.yaml:79:7
%4456 = mul %4453, %4455 : f32[16,64] @ models/lib/nn.yaml:79:7
%4457 = sub %4432, %4456 : f32[16,64] @ models/lib/nn.yaml:79:7
%4458 = assign %30, %4457 : f32[16,64] @ models/lib/nn.yaml:79:7
%4459 = assign %4428, %4435 : f32[16,64] @ models/lib/nn.yaml:79:7
%4460 = assign %4429, %4439 : f32[16,64] @ models/lib/nn.yaml:79:7
%4461 = assign %4430, %4431 : i64[] @ models/lib/nn.yaml:79:7
%4462 = mul %114, %4000 : f32[16,64] @ models/lib/nn.yaml:79:7
%4463 = mul %4457, %4002 : f32[16,64] @ models/lib/nn.yaml:79:7
%4464 = add %4462, %4463 : f32[16,64] @ models/lib/nn.yaml:79:7
%4465 = assign %114, %4464 : f32[16,64] @ models/lib/nn.yaml:79:7
%4466 = all_reduce_sum %3001 : f32[16] @ models/lib/nn.yaml:80:7
%4467 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4468 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4469 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4470 = add %4469, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4471 = mul %4466, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%4472 = mul %4467, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%4473 = add %4472, %4471 : f32[16] @ models/lib/nn.yaml:80:7
%4474 = mul %4466, %4466 : f32[16] @ models/lib/nn.yaml:80:7
%4475 = mul %4474, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%4476 = mul %4468, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%4477 = add %4476, %4475 : f32[16] @ models/lib/nn.yaml:80:7
%4478 = cast %4470 : f64[] @ models/lib/nn.yaml:80:7
%4479 = pow %3401, %4478 : f64[] @ models/lib/nn.yaml:80:7
%4480 = sub %3394, %4479 : f64[] @ models/lib/nn.yaml:80:7
%4481 = div %2074, %4480 : f64[] @ models/lib/nn.yaml:80:7
%4482 = pow %3409, %4478 : f64[] @ models/lib/nn.yaml:80:7
%4483 = sub %3394, %4482 : f64[] @ models/lib/nn.yaml:80:7
%4484 = sqrt %4483 : f64[] @ models/lib/nn.yaml:80:7
%4485 = div %3394, %4484 : f64[] @ models/lib/nn.yaml:80:7
%4486 = sqrt %4477 : f32[16] @ models/lib/nn.yaml:80:7
%4487 = cast %4485 : f32[] @ models/lib/nn.yaml:80:7
%4488 = broadcast %4487 : f32[16] @ models/lib/nn.yaml:80:7
%4489 = mul %4486, %4488 : f32[16] @ models/lib/nn.yaml:80:7
%4490 = add %4489, %3521 : f32[16] @ models/lib/nn.yaml:80:7
%4491 = div %4473, %4490 : f32[16] @ models/lib/nn.yaml:80:7
%4492 = cast %4481 : f32[] @ models/lib/nn.yaml:80:7
%4493 = broadcast %4492 : f32[16] @ models/lib/nn.yaml:80:7
%4494 = mul %4491, %4493 : f32[16] @ models/lib/nn.yaml:80:7
%4495 = sub %31, %4494 : f32[16] @ models/lib/nn.yaml:80:7
%4496 = assign %31, %4495 : f32[16] @ models/lib/nn.yaml:80:7
%4497 = assign %4467, %4473 : f32[16] @ models/lib/nn.yaml:80:7
%4498 = assign %4468, %4477 : f32[16] @ models/lib/nn.yaml:80:7
%4499 = assign %4469, %4470 : i64[] @ models/lib/nn.yaml:80:7
%4500 = mul %115, %3532 : f32[16] @ models/lib/nn.yaml:80:7
%4501 = mul %4495, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%4502 = add %4500, %4501 : f32[16] @ models/lib/nn.yaml:80:7
%4503 = assign %115, %4502 : f32[16] @ models/lib/nn.yaml:80:7
%4504 = all_reduce_sum %2995 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4505 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4506 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4507 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%4508 = add %4507, %3391 : i64[] @ models/lib/vit.yaml:103:7
%4509 = broadcast %3396 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4510 = mul %32, %4509 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4511 = broadcast %2077 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4512 = mul %4504, %4511 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4513 = broadcast %1348 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4514 = mul %4505, %4513 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4515 = add %4514, %4512 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4516 = mul %4504, %4504 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4517 = broadcast %3406 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4518 = mul %4516, %4517 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4519 = broadcast %3410 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4520 = mul %4506, %4519 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4521 = add %4520, %4518 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4522 = cast %4508 : f64[] @ models/lib/vit.yaml:103:7
%4523 = pow %3401, %4522 : f64[] @ models/lib/vit.yaml:103:7
%4524 = sub %3394, %4523 : f64[] @ models/lib/vit.yaml:103:7
%4525 = div %2074, %4524 : f64[] @ models/lib/vit.yaml:103:7
%4526 = pow %3409, %4522 : f64[] @ models/lib/vit.yaml:103:7
%4527 = sub %3394, %4526 : f64[] @ models/lib/vit.yaml:103:7
%4528 = sqrt %4527 : f64[] @ models/lib/vit.yaml:103:7
%4529 = div %3394, %4528 : f64[] @ models/lib/vit.yaml:103:7
%4530 = sqrt %4521 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4531 = cast %4529 : f32[] @ models/lib/vit.yaml:103:7
%4532 = broadcast %4531 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4533 = mul %4530, %4532 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4534 = broadcast %3426 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4535 = add %4533, %4534 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4536 = div %4515, %4535 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4537 = cast %4525 : f32[] @ models/lib/vit.yaml:103:7
%4538 = broadcast %4537 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4539 = mul %4536, %4538 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4540 = sub %4510, %4539 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4541 = assign %32, %4540 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4542 = assign %4505, %4515 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4543 = assign %4506, %4521 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4544 = assign %4507, %4508 : i64[] @ models/lib/vit.yaml:103:7
%4545 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4546 = mul %116, %4545 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4547 = broadcast %3441 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4548 = mul %4540, %4547 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4549 = add %4546, %4548 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4550 = assign %116, %4549 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4551 = all_reduce_sum %2973 : f32[16] @ models/lib/nn.yaml:89:7
%4552 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4553 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4554 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4555 = add %4554, %3391 : i64[] @ models/lib/nn.yaml:89:7
%4556 = mul %4551, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%4557 = mul %4552, %3500 : f32[16] @ models/lib/nn.yaml:89:7
%4558 = add %4557, %4556 : f32[16] @ models/lib/nn.yaml:89:7
%4559 = mul %4551, %4551 : f32[16] @ models/lib/nn.yaml:89:7
%4560 = mul %4559, %3504 : f32[16] @ models/lib/nn.yaml:89:7
%4561 = mul %4553, %3506 : f32[16] @ models/lib/nn.yaml:89:7
%4562 = add %4561, %4560 : f32[16] @ models/lib/nn.yaml:89:7
%4563 = cast %4555 : f64[] @ models/lib/nn.yaml:89:7
%4564 = pow %3401, %4563 : f64[] @ models/lib/nn.yaml:89:7
%4565 = sub %3394, %4564 : f64[] @ models/lib/nn.yaml:89:7
%4566 = div %2074, %4565 : f64[] @ models/lib/nn.yaml:89:7
%4567 = pow %3409, %4563 : f64[] @ models/lib/nn.yaml:89:7
%4568 = sub %3394, %4567 : f64[] @ models/lib/nn.yaml:89:7
%4569 = sqrt %4568 : f64[] @ models/lib/nn.yaml:89:7
%4570 = div %3394, %4569 : f64[] @ models/lib/nn.yaml:89:7
%4571 = sqrt %4562 : f32[16] @ models/lib/nn.yaml:89:7
%4572 = cast %4570 : f32[] @ models/lib/nn.yaml:89:7
%4573 = broadcast %4572 : f32[16] @ models/lib/nn.yaml:89:7
%4574 = mul %4571, %4573 : f32[16] @ models/lib/nn.yaml:89:7
%4575 = add %4574, %3521 : f32[16] @ models/lib/nn.yaml:89:7
%4576 = div %4558, %4575 : f32[16] @ models/lib/nn.yaml:89:7
%4577 = cast %4566 : f32[] @ models/lib/nn.yaml:89:7
%4578 = broadcast %4577 : f32[16] @ models/lib/nn.yaml:89:7
%4579 = mul %4576, %4578 : f32[16] @ models/lib/nn.yaml:89:7
%4580 = sub %33, %4579 : f32[16] @ models/lib/nn.yaml:89:7
%4581 = assign %33, %4580 : f32[16] @ models/lib/nn.yaml:89:7
%4582 = assign %4552, %4558 : f32[16] @ models/lib/nn.yaml:89:7
%4583 = assign %4553, %4562 : f32[16] @ models/lib/nn.yaml:89:7
%4584 = assign %4554, %4555 : i64[] @ models/lib/nn.yaml:89:7
%4585 = mul %117, %3532 : f32[16] @ models/lib/nn.yaml:89:7
%4586 = mul %4580, %3534 : f32[16] @ models/lib/nn.yaml:89:7
%4587 = add %4585, %4586 : f32[16] @ models/lib/nn.yaml:89:7
%4588 = assign %117, %4587 : f32[16] @ models/lib/nn.yaml:89:7
%4589 = all_reduce_sum %2967 : f32[16] @ models/lib/nn.yaml:90:7
%4590 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4591 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4592 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4593 = add %4592, %3391 : i64[] @ models/lib/nn.yaml:90:7
%4594 = mul %4589, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%4595 = mul %4590, %3500 : f32[16] @ models/lib/nn.yaml:90:7
%4596 = add %4595, %4594 : f32[16] @ models/lib/nn.yaml:90:7
%4597 = mul %4589, %4589 : f32[16] @ models/lib/nn.yaml:90:7
%4598 = mul %4597, %3504 : f32[16] @ models/lib/nn.yaml:90:7
%4599 = mul %4591, %3506 : f32[16] @ models/lib/nn.yaml:90:7
%4600 = add %4599, %4598 : f32[16] @ models/lib/nn.yaml:90:7
%4601 = cast %4593 : f64[] @ models/lib/nn.yaml:90:7
%4602 = pow %3401, %4601 : f64[] @ models/lib/nn.yaml:90:7
%4603 = sub %3394, %4602 : f64[] @ models/lib/nn.yaml:90:7
%4604 = div %2074, %4603 : f64[] @ models/lib/nn.yaml:90:7
%4605 = pow %3409, %4601 : f64[] @ models/lib/nn.yaml:90:7
%4606 = sub %3394, %4605 : f64[] @ models/lib/nn.yaml:90:7
%4607 = sqrt %4606 : f64[] @ models/lib/nn.yaml:90:7
%4608 = div %3394, %4607 : f64[] @ models/lib/nn.yaml:90:7
%4609 = sqrt %4600 : f32[16] @ models/lib/nn.yaml:90:7
%4610 = cast %4608 : f32[] @ models/lib/nn.yaml:90:7
%4611 = broadcast %4610 : f32[16] @ models/lib/nn.yaml:90:7
%4612 = mul %4609, %4611 : f32[16] @ models/lib/nn.yaml:90:7
%4613 = add %4612, %3521 : f32[16] @ models/lib/nn.yaml:90:7
%4614 = div %4596, %4613 : f32[16] @ models/lib/nn.yaml:90:7
%4615 = cast %4604 : f32[] @ models/lib/nn.yaml:90:7
%4616 = broadcast %4615 : f32[16] @ models/lib/nn.yaml:90:7
%4617 = mul %4614, %4616 : f32[16] @ models/lib/nn.yaml:90:7
%4618 = sub %34, %4617 : f32[16] @ models/lib/nn.yaml:90:7
%4619 = assign %34, %4618 : f32[16] @ models/lib/nn.yaml:90:7
%4620 = assign %4590, %4596 : f32[16] @ models/lib/nn.yaml:90:7
%4621 = assign %4591, %4600 : f32[16] @ models/lib/nn.yaml:90:7
%4622 = assign %4592, %4593 : i64[] @ models/lib/nn.yaml:90:7
%4623 = mul %118, %3532 : f32[16] @ models/lib/nn.yaml:90:7
%4624 = mul %4618, %3534 : f32[16] @ models/lib/nn.yaml:90:7
%4625 = add %4623, %4624 : f32[16] @ models/lib/nn.yaml:90:7
%4626 = assign %118, %4625 : f32[16] @ models/lib/nn.yaml:90:7
%4627 = all_reduce_sum %2961 : f32[16,16] @ models/lib/nn.yaml:79:7
%4628 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4629 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4630 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4631 = add %4630, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4632 = mul %35, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%4633 = mul %4627, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%4634 = mul %4628, %3715 : f32[16,16] @ models/lib/nn.yaml:79:7
%4635 = add %4634, %4633 : f32[16,16] @ models/lib/nn.yaml:79:7
%4636 = mul %4627, %4627 : f32[16,16] @ models/lib/nn.yaml:79:7
%4637 = mul %4636, %3719 : f32[16,16] @ models/lib/nn.yaml:79:7
%4638 = mul %4629, %3721 : f32[16,16] @ models/lib/nn.yaml:79:7
%4639 = add %4638, %4637 : f32[16,16] @ models/lib/nn.yaml:79:7
%4640 = cast %4631 : f64[] @ models/lib/nn.yaml:79:7
%4641 = pow %3401, %4640 : f64[] @ models/lib/nn.yaml:79:7
%4642 = sub %3394, %4641 : f64[] @ models/lib/nn.yaml:79:7
%4643 = div %2074, %4642 : f64[] @ models/lib/nn.yaml:79:7
%4644 = pow %3409, %4640 : f64[] @ models/lib/nn.yaml:79:7
%4645 = sub %3394, %4644 : f64[] @ models/lib/nn.yaml:79:7
%4646 = sqrt %4645 : f64[] @ models/lib/nn.yaml:79:7
%4647 = div %3394, %4646 : f64[] @ models/lib/nn.yaml:79:7
%4648 = sqrt %4639 : f32[16,16] @ models/lib/nn.yaml:79:7
%4649 = cast %4647 : f32[] @ models/lib/nn.yaml:79:7
%4650 = broadcast %4649 : f32[16,16] @ models/lib/nn.yaml:79:7
%4651 = mul %4648, %4650 : f32[16,16] @ models/lib/nn.yaml:79:7
%4652 = add %4651, %3736 : f32[16,16] @ models/lib/nn.yaml:79:7
%4653 = div %4635, %4652 : f32[16,16] @ models/lib/nn.yaml:79:7
%4654 = cast %4643 : f32[] @ models/lib/nn.yaml:79:7
%4655 = broadcast %4654 : f32[16,16] @ models/lib/nn.yaml:79:7
%4656 = mul %4653, %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%4657 = sub %4632, %4656 : f32[16,16] @ models/lib/nn.yaml:79:7
%4658 = assign %35, %4657 : f32[16,16] @ models/lib/nn.yaml:79:7
%4659 = assign %4628, %4635 : f32[16,16] @ models/lib/nn.yaml:79:7
%4660 = assign %4629, %4639 : f32[16,16] @ models/lib/nn.yaml:79:7
%4661 = assign %4630, %4631 : i64[] @ models/lib/nn.yaml:79:7
%4662 = mul %119, %3747 : f32[16,16] @ models/lib/nn.yaml:79:7
%4663 = mul %4657, %3749 : f32[16,16] @ models/lib/nn.yaml:79:7
%4664 = add %4662, %4663 : f32[16,16] @ models/lib/nn.yaml:79:7
%4665 = assign %119, %4664 : f32[16,16] @ models/lib/nn.yaml:79:7
%4666 = all_reduce_sum %2957 : f32[16] @ models/lib/nn.yaml:80:7
%4667 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4668 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4669 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4670 = add %4669, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4671 = mul %4666, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%4672 = mul %4667, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%4673 = add %4672, %4671 : f32[16] @ models/lib/nn.yaml:80:7
%4674 = mul %4666, %4666 : f32[16] @ models/lib/nn.yaml:80:7
%4675 = mul %4674, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%4676 = mul %4668, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%4677 = add %4676, %4675 : f32[16] @ models/lib/nn.yaml:80:7
%4678 = cast %4670 : f64[] @ models/lib/nn.yaml:80:7
%4679 = pow %3401, %4678 : f64[] @ models/lib/nn.yaml:80:7
%4680 = sub %3394, %4679 : f64[] @ models/lib/nn.yaml:80:7
%4681 = div %2074, %4680 : f64[] @ models/lib/nn.yaml:80:7
%4682 = pow %3409, %4678 : f64[] @ models/lib/nn.yaml:80:7
%4683 = sub %3394, %4682 : f64[] @ models/lib/nn.yaml:80:7
%4684 = sqrt %4683 : f64[] @ models/lib/nn.yaml:80:7
%4685 = div %3394, %4684 : f64[] @ models/lib/nn.yaml:80:7
%4686 = sqrt %4677 : f32[16] @ models/lib/nn.yaml:80:7
%4687 = cast %4685 : f32[] @ models/lib/nn.yaml:80:7
%4688 = broadcast %4687 : f32[16] @ models/lib/nn.yaml:80:7
%4689 = mul %4686, %4688 : f32[16] @ models/lib/nn.yaml:80:7
%4690 = add %4689, %3521 : f32[16] @ models/lib/nn.yaml:80:7
%4691 = div %4673, %4690 : f32[16] @ models/lib/nn.yaml:80:7
%4692 = cast %4681 : f32[] @ models/lib/nn.yaml:80:7
%4693 = broadcast %4692 : f32[16] @ models/lib/nn.yaml:80:7
%4694 = mul %4691, %4693 : f32[16] @ models/lib/nn.yaml:80:7
%4695 = sub %36, %4694 : f32[16] @ models/lib/nn.yaml:80:7
%4696 = assign %36, %4695 : f32[16] @ models/lib/nn.yaml:80:7
%4697 = assign %4667, %4673 : f32[16] @ models/lib/nn.yaml:80:7
%4698 = assign %4668, %4677 : f32[16] @ models/lib/nn.yaml:80:7
%4699 = assign %4669, %4670 : i64[] @ models/lib/nn.yaml:80:7
%4700 = mul %120, %3532 : f32[16] @ models/lib/nn.yaml:80:7
%4701 = mul %4695, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%4702 = add %4700, %4701 : f32[16] @ models/lib/nn.yaml:80:7
%4703 = assign %120, %4702 : f32[16] @ models/lib/nn.yaml:80:7
%4704 = all_reduce_sum %2953 : f32[16,16] @ models/lib/nn.yaml:79:7
%4705 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4706 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4707 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4708 = add %4707, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4709 = mul %37, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%4710 = mul %4704, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%4711 = mul %4705, %3715 : f32[16,16] @ models/lib/nn.yaml:79:7
%4712 = add %4711, %4710 : f32[16,16] @ models/lib/nn.yaml:79:7
%4713 = mul %4704, %4704 : f32[16,16] @ models/lib/nn.yaml:79:7
%4714 = mul %4713, %3719 : f32[16,16] @ models/lib/nn.yaml:79:7
%4715 = mul %4706, %3721 : f32[16,16] @ models/lib/nn.yaml:79:7
%4716 = add %4715, %4714 : f32[16,16] @ models/lib/nn.yaml:79:7
%4717 = cast %4708 : f64[] @ models/lib/nn.yaml:79:7
%4718 = pow %3401, %4717 : f64[] @ models/lib/nn.yaml:79:7
%4719 = sub %3394, %4718 : f64[] @ models/lib/nn.yaml:79:7
%4720 = div %2074, %4719 : f64[] @ models/lib/nn.yaml:79:7
%4721 = pow %3409, %4717 : f64[] @ models/lib/nn.yaml:79:7
%4722 = sub %3394, %4721 : f64[] @ models/lib/nn.yaml:79:7
%4723 = sqrt %4722 : f64[] @ models/lib/nn.yaml:79:7
%4724 = div %3394, %4723 : f64[] @ models/lib/nn.yaml:79:7
%4725 = sqrt %4716 : f32[16,16] @ models/lib/nn.yaml:79:7
%4726 = cast %4724 : f32[] @ models/lib/nn.yaml:79:7
%4727 = broadcast %4726 : f32[16,16] @ models/lib/nn.yaml:79:7
%4728 = mul %4725, %4727 : f32[16,16] @ models/lib/nn.yaml:79:7
%4729 = add %4728, %3736 : f32[16,16] @ models/lib/nn.yaml:79:7
%4730 = div %4712, %4729 : f32[16,16] @ models/lib/nn.yaml:79:7
%4731 = cast %4720 : f32[] @ models/lib/nn.yaml:79:7
%4732 = broadcast %4731 : f32[16,16] @ models/lib/nn.yaml:79:7
%4733 = mul %4730, %4732 : f32[16,16] @ models/lib/nn.yaml:79:7
%4734 = sub %4709, %4733 : f32[16,16] @ models/lib/nn.yaml:79:7
%4735 = assign %37, %4734 : f32[16,16] @ models/lib/nn.yaml:79:7
%4736 = assign %4705, %4712 : f32[16,16] @ models/lib/nn.yaml:79:7
%4737 = assign %4706, %4716 : f32[16,16] @ models/lib/nn.yaml:79:7
%4738 = assign %4707, %4708 : i64[] @ models/lib/nn.yaml:79:7
%4739 = mul %121, %3747 : f32[16,16] @ models/lib/nn.yaml:79:7
%4740 = mul %4734, %3749 : f32[16,16] @ models/lib/nn.yaml:79:7
%4741 = add %4739, %4740 : f32[16,16] @ models/lib/nn.yaml:79:7
%4742 = assign %121, %4741 : f32[16,16] @ models/lib/nn.yaml:79:7
%4743 = all_reduce_sum %2949 : f32[16] @ models/lib/nn.yaml:80:7
%4744 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4745 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4746 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4747 = add %4746, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4748 = mul %4743, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%4749 = mul %4744, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%4750 = add %4749, %4748 : f32[16] @ models/lib/nn.yaml:80:7
%4751 = mul %4743, %4743 : f32[16] @ models/lib/nn.yaml:80:7
%4752 = mul %4751, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%4753 = mul %4745, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%4754 = add %4753, %4752 : f32[16] @ models/lib/nn.yaml:80:7
%4755 = cast %4747 : f64[] @ models/lib/nn.yaml:80:7
%4756 = pow %3401, %4755 : f64[] @ models/lib/nn.yaml:80:7
%4757 = sub %3394, %4756 : f64[] @ models/lib/nn.yaml:80:7
%4758 = div %2074, %4757 : f64[] @ models/lib/nn.yaml:80:7
%4759 = pow %3409, %4755 : f64[] @ models/lib/nn.yaml:80:7
%4760 = sub %3394, %4759 : f64[] @ models/lib/nn.yaml:80:7
%4761 = sqrt %4760 : f64[] @ models/lib/nn.yaml:80:7
%4762 = div %3394, %4761 : f64[] @ models/lib/nn.yaml:80:7
%4763 = sqrt %4754 : f32[16] @ models/lib/nn.yaml:80:7
%4764 = cast %4762 : f32[] @ models/lib/nn.yaml:80:7
%4765 = broadcast %4764 : f32[16] @ models/lib/nn.yaml:80:7
%4766 = mul %4763, %4765 : f32[16] @ models/lib/nn.yaml:80:7
%4767 = add %4766, %3521 : f32[16] @ models/lib/nn.yaml:80:7
%4768 = div %4750, %4767 : f32[16] @ models/lib/nn.yaml:80:7
%4769 = cast %4758 : f32[] @ models/lib/nn.yaml:80:7
%4770 = broadcast %4769 : f32[16] @ models/lib/nn.yaml:80:7
%4771 = mul %4768, %4770 : f32[16] @ models/lib/nn.yaml:80:7
%4772 = sub %38, %4771 : f32[16] @ models/lib/nn.yaml:80:7
%4773 = assign %38, %4772 : f32[16] @ models/lib/nn.yaml:80:7
%4774 = assign %4744, %4750 : f32[16] @ models/lib/nn.yaml:80:7
%4775 = assign %4745, %4754 : f32[16] @ models/lib/nn.yaml:80:7
%4776 = assign %4746, %4747 : i64[] @ models/lib/nn.yaml:80:7
%4777 = mul %122, %3532 : f32[16] @ models/lib/nn.yaml:80:7
%4778 = mul %4772, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%4779 = add %4777, %4778 : f32[16] @ models/lib/nn.yaml:80:7
%4780 = assign %122, %4779 : f32[16] @ models/lib/nn.yaml:80:7
%4781 = all_reduce_sum %2943 : f32[16,16] @ models/lib/nn.yaml:79:7
%4782 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4783 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4784 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4785 = add %4784, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4786 = mul %39, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%4787 = mul %4781, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%4788 = mul %4782, %3715 : f32[16,16] @ models/lib/nn.yaml:79:7
%4789 = add %4788, %4787 : f32[16,16] @ models/lib/nn.yaml:79:7
%4790 = mul %4781, %4781 : f32[16,16] @ models/lib/nn.yaml:79:7
%4791 = mul %4790, %3719 : f32[16,16] @ models/lib/nn.yaml:79:7
%4792 = mul %4783, %3721 : f32[16,16] @ models/lib/nn.yaml:79:7
%4793 = add %4792, %4791 : f32[16,16] @ models/lib/nn.yaml:79:7
%4794 = cast %4785 : f64[] @ models/lib/nn.yaml:79:7
%4795 = pow %3401, %4794 : f64[] @ models/lib/nn.yaml:79:7
%4796 = sub %3394, %4795 : f64[] @ models/lib/nn.yaml:79:7
%4797 = div %2074, %4796 : f64[] @ models/lib/nn.yaml:79:7
%4798 = pow %3409, %4794 : f64[] @ models/lib/nn.yaml:79:7
%4799 = sub %3394, %4798 : f64[] @ models/lib/nn.yaml:79:7
%4800 = sqrt %4799 : f64[] @ models/lib/nn.yaml:79:7
%4801 = div %3394, %4800 : f64[] @ models/lib/nn.yaml:79:7
%4802 = sqrt %4793 : f32[16,16] @ models/lib/nn.yaml:79:7
%4803 = cast %4801 : f32[] @ models/lib/nn.yaml:79:7
%4804 = broadcast %4803 : f32[16,16] @ models/lib/nn.yaml:79:7
%4805 = mul %4802, %4804 : f32[16,16] @ models/lib/nn.yaml:79:7
%4806 = add %4805, %3736 : f32[16,16] @ models/lib/nn.yaml:79:7
%4807 = div %4789, %4806 : f32[16,16] @ models/lib/nn.yaml:79:7
%4808 = cast %4797 : f32[] @ models/lib/nn.yaml:79:7
%4809 = broadcast %4808 : f32[16,16] @ models/lib/nn.yaml:79:7
%4810 = mul %4807, %4809 : f32[16,16] @ models/lib/nn.yaml:79:7
%4811 = sub %4786, %4810 : f32[16,16] @ models/lib/nn.yaml:79:7
%4812 = assign %39, %4811 : f32[16,16] @ models/lib/nn.yaml:79:7
%4813 = assign %4782, %4789 : f32[16,16] @ models/lib/nn.yaml:79:7
%4814 = assign %4783, %4793 : f32[16,16] @ models/lib/nn.yaml:79:7
%4815 = assign %4784, %4785 : i64[] @ models/lib/nn.yaml:79:7
%4816 = mul %123, %3747 : f32[16,16] @ models/lib/nn.yaml:79:7
%4817 = mul %4811, %3749 : f32[16,16] @ models/lib/nn.yaml:79:7
%4818 = add %4816, %4817 : f32[16,16] @ models/lib/nn.yaml:79:7
%4819 = assign %123, %4818 : f32[16,16] @ models/lib/nn.yaml:79:7
%4820 = all_reduce_sum %2939 : f32[16] @ models/lib/nn.yaml:80:7
%4821 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4822 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4823 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4824 = add %4823, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4825 = mul %4820, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%4826 = mul %4821, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%4827 = add %4826, %4825 : f32[16] @ models/lib/nn.yaml:80:7
%4828 = mul %4820, %4820 : f32[16] @ models/lib/nn.yaml:80:7
%4829 = mul %4828, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%4830 = mul %4822, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%4831 = add %4830, %4829 : f32[16] @ models/lib/nn.yaml:80:7
%4832 = cast %4824 : f64[] @ models/lib/nn.yaml:80:7
%4833 = pow %3401, %4832 : f64[] @ models/lib/nn.yaml:80:7
%4834 = sub %3394, %4833 : f64[] @ models/lib/nn.yaml:80:7
%4835 = div %2074, %4834 : f64[] @ models/lib/nn.yaml:80:7
%4836 = pow %3409, %4832 : f64[] @ models/lib/nn.yaml:80:7
%4837 = sub %3394, %4836 : f64[] @ models/lib/nn.yaml:80:7
%4838 = sqrt %4837 : f64[] @ models/lib/nn.yaml:80:7
%4839 = div %3394, %4838 : f64[] @ models/lib/nn.yaml:80:7
%4840 = sqrt %4831 : f32[16] @ models/lib/nn.yaml:80:7
%4841 = cast %4839 : f32[] @ models/lib/nn.yaml:80:7
%4842 = broadcast %4841 : f32[16] @ models/lib/nn.yaml:80:7
%4843 = mul %4840, %4842 : f32[16] @ models/lib/nn.yaml:80:7
%4844 = add %4843, %3521 : f32[16] @ models/lib/nn.yaml:80:7
%4845 = div %4827, %4844 : f32[16] @ models/lib/nn.yaml:80:7
%4846 = cast %4835 : f32[] @ models/lib/nn.yaml:80:7
%4847 = broadcast %4846 : f32[16] @ models/lib/nn.yaml:80:7
%4848 = mul %4845, %4847 : f32[16] @ models/lib/nn.yaml:80:7
%4849 = sub %40, %4848 : f32[16] @ models/lib/nn.yaml:80:7
%4850 = assign %40, %4849 : f32[16] @ models/lib/nn.yaml:80:7
%4851 = assign %4821, %4827 : f32[16] @ models/lib/nn.yaml:80:7
%4852 = assign %4822, %4831 : f32[16] @ models/lib/nn.yaml:80:7
%4853 = assign %4823, %4824 : i64[] @ models/lib/nn.yaml:80:7
%4854 = mul %124, %3532 : f32[16] @ models/lib/nn.yaml:80:7
%4855 = mul %4849, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%4856 = add %4854, %4855 : f32[16] @ models/lib/nn.yaml:80:7
%4857 = assign %124, %4856 : f32[16] @ models/lib/nn.yaml:80:7
%4858 = all_reduce_sum %2868 : f32[16,16] @ models/lib/nn.yaml:79:7
%4859 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4860 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4861 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4862 = add %4861, %3391 : i64[] @ models/lib/nn.yaml:79:7
%4863 = mul %41, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%4864 = mul %4858, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%4865 = mul %4859, %3715 : f32[16,16] @ models/lib/nn.yaml:79:7
%4866 = add %4865, %4864 : f32[16,16] @ models/lib/nn.yaml:79:7
%4867 = mul %4858, %4858 : f32[16,16] @ models/lib/nn.yaml:79:7
%4868 = mul %4867, %3719 : f32[16,16] @ models/lib/nn.yaml:79:7
%4869 = mul %4860, %3721 : f32[16,16] @ models/lib/nn.yaml:79:7
%4870 = add %4869, %4868 : f32[16,16] @ models/lib/nn.yaml:79:7
%4871 = cast %4862 : f64[] @ models/lib/nn.yaml:79:7
%4872 = pow %3401, %4871 : f64[] @ models/lib/nn.yaml:79:7
%4873 = sub %3394, %4872 : f64[] @ models/lib/nn.yaml:79:7
%4874 = div %2074, %4873 : f64[] @ models/lib/nn.yaml:79:7
%4875 = pow %3409, %4871 : f64[] @ models/lib/nn.yaml:79:7
%4876 = sub %3394, %4875 : f64[] @ models/lib/nn.yaml:79:7
%4877 = sqrt %4876 : f64[] @ models/lib/nn.yaml:79:7
%4878 = div %3394, %4877 : f64[] @ models/lib/nn.yaml:79:7
%4879 = sqrt %4870 : f32[16,16] @ models/lib/nn.yaml:79:7
%4880 = cast %4878 : f32[] @ models/lib/nn.yaml:79:7
%4881 = broadcast %4880 : f32[16,16] @ models/lib/nn.yaml:79:7
%4882 = mul %4879, %4881 : f32[16,16] @ models/lib/nn.yaml:79:7
%4883 = add %4882, %3736 : f32[16,16] @ models/lib/nn.yaml:79:7
%4884 = div %4866, %4883 : f32[16,16] @ models/lib/nn.yaml:79:7
%4885 = cast %4874 : f32[] @ models/lib/nn.yaml:79:7
%4886 = broadcast %4885 : f32[16,16] @ models/lib/nn.yaml:79:7
%4887 = mul %4884, %4886 : f32[16,16] @ models/lib/nn.yaml:79:7
%4888 = sub %4863, %4887 : f32[16,16] @ models/lib/nn.yaml:79:7
%4889 = assign %41, %4888 : f32[16,16] @ models/lib/nn.yaml:79:7
%4890 = assign %4859, %4866 : f32[16,16] @ models/lib/nn.yaml:79:7
%4891 = assign %4860, %4870 : f32[16,16] @ models/lib/nn.yaml:79:7
%4892 = assign %4861, %4862 : i64[] @ models/lib/nn.yaml:79:7
%4893 = mul %125, %3747 : f32[16,16] @ models/lib/nn.yaml:79:7
%4894 = mul %4888, %3749 : f32[16,16] @ models/lib/nn.yaml:79:7
%4895 = add %4893, %4894 : f32[16,16] @ models/lib/nn.yaml:79:7
%4896 = assign %125, %4895 : f32[16,16] @ models/lib/nn.yaml:79:7
%4897 = all_reduce_sum %2864 : f32[16] @ models/lib/nn.yaml:80:7
%4898 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4899 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4900 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4901 = add %4900, %3391 : i64[] @ models/lib/nn.yaml:80:7
%4902 = mul %4897, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%4903 = mul %4898, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%4904 = add %4903, %4902 : f32[16] @ models/lib/nn.yaml:80:7
%4905 = mul %4897, %4897 : f32[16] @ models/lib/nn.yaml:80:7
%4906 = mul %4905, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%4907 = mul %4899, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%4908 = add %4907, %4906 : f32[16] @ models/lib/nn.yaml:80:7
%4909 = cast %4901 : f64[] @ models/lib/nn.yaml:80:7
%4910 = pow %3401, %4909 : f64[] @ models/lib/nn.yaml:80:7
%4911 = sub %3394, %4910 : f64[] @ models/lib/nn.yaml:80:7
%4912 = div %2074, %4911 : f64[] @ models/lib/nn.yaml:80:7
%4913 = pow %3409, %4909 : f64[] @ models/lib/nn.yaml:80:7
%4914 = sub %3394, %4913 : f64[] @ models/lib/nn.yaml:80:7
%4915 = sqrt %4914 : f64[] @ models/lib/nn.yaml:80:7
%4916 = div %3394, %4915 : f64[] @ models/lib/nn.yaml:80:7
%4917 = sqrt %4908 : f32[16] @ models/lib/nn.yaml:80:7
%4918 = cast %4916 : f32[] @ models/lib/nn.yaml:80:7
%4919 = broadcast %4918 : f32[16] @ models/lib/nn.yaml:80:7
%4920 = mul %4917, %4919 : f32[16] @ models/lib/nn.yaml:80:7
%4921 = add %4920, %3521 : f32[16] @ models/lib/nn.yaml:80:7
%4922 = div %4904, %4921 : f32[16] @ models/lib/nn.yaml:80:7
%4923 = cast %4912 : f32[] @ models/lib/nn.yaml:80:7
%4924 = broadcast %4923 : f32[16] @ models/lib/nn.yaml:80:7
%4925 = mul %4922, %4924 : f32[16] @ models/lib/nn.yaml:80:7
%4926 = sub %42, %4925 : f32[16] @ models/lib/nn.yaml:80:7
%4927 = assign %42, %4926 : f32[16] @ models/lib/nn.yaml:80:7
%4928 = assign %4898, %4904 : f32[16] @ models/lib/nn.yaml:80:7
%4929 = assign %4899, %4908 : f32[16] @ models/lib/nn.yaml:80:7
%4930 = assign %4900, %4901 : i64[] @ models/lib/nn.yaml:80:7
%4931 = mul %126, %3532 : f32[16] @ models/lib/nn.yaml:80:7
%4932 = mul %4926, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%4933 = add %4931, %4932 : f32[16] @ models/lib/nn.yaml:80:7
%4934 = assign %126, %4933 : f32[16] @ models/lib/nn.yaml:80:7
%4935 = all_reduce_sum %2844 : f32[16] @ models/lib/nn.yaml:89:7
%4936 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4937 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4938 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4939 = add %4938, %3391 : i64[] @ models/lib/nn.yaml:89:7
%4940 = mul %4935, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%4941 = mul %4936, %3500 : f32[16] @ models/lib/nn.yaml:89:7
%4942 = add %4941, %4940 : f32[16] @ models/lib/nn.yaml:89:7
%4943 = mul %4935, %4935 : f32[16] @ models/lib/nn.yaml:89:7
%4944 = mul %4943, %3504 : f32[16] @ models/lib/nn.yaml:89:7
%4945 = mul %4937, %3506 : f32[16] @ models/lib/nn.yaml:89:7
%4946 = add %4945, %4944 : f32[16] @ models/lib/nn.yaml:89:7
%4947 = cast %4939 : f64[] @ models/lib/nn.yaml:89:7
%4948 = pow %3401, %4947 : f64[] @ models/lib/nn.yaml:89:7
%4949 = sub %3394, %4948 : f64[] @ models/lib/nn.yaml:89:7
%4950 = div %2074, %4949 : f64[] @ models/lib/nn.yaml:89:7
%4951 = pow %3409, %4947 : f64[] @ models/lib/nn.yaml:89:7
%4952 = sub %3394, %4951 : f64[] @ models/lib/nn.yaml:89:7
%4953 = sqrt %4952 : f64[] @ models/lib/nn.yaml:89:7
%4954 = div %3394, %4953 : f64[] @ models/lib/nn.yaml:89:7
%4955 = sqrt %4946 : f32[16] @ models/lib/nn.yaml:89:7
%4956 = cast %4954 : f32[] @ models/lib/nn.yaml:89:7
%4957 = broadcast %4956 : f32[16] @ models/lib/nn.yaml:89:7
%4958 = mul %4955, %4957 : f32[16] @ models/lib/nn.yaml:89:7
%4959 = add %4958, %3521 : f32[16] @ models/lib/nn.yaml:89:7
%4960 = div %4942, %4959 : f32[16] @ models/lib/nn.yaml:89:7
%4961 = cast %4950 : f32[] @ models/lib/nn.yaml:89:7
%4962 = broadcast %4961 : f32[16] @ models/lib/nn.yaml:89:7
%4963 = mul %4960, %4962 : f32[16] @ models/lib/nn.yaml:89:7
%4964 = sub %43, %4963 : f32[16] @ models/lib/nn.yaml:89:7
%4965 = assign %43, %4964 : f32[16] @ models/lib/nn.yaml:89:7
%4966 = assign %4936, %4942 : f32[16] @ models/lib/nn.yaml:89:7
%4967 = assign %4937, %4946 : f32[16] @ models/lib/nn.yaml:89:7
%4968 = assign %4938, %4939 : i64[] @ models/lib/nn.yaml:89:7
%4969 = mul %127, %3532 : f32[16] @ models/lib/nn.yaml:89:7
%4970 = mul %4964, %3534 : f32[16] @ models/lib/nn.yaml:89:7
%4971 = add %4969, %4970 : f32[16] @ models/lib/nn.yaml:89:7
%4972 = assign %127, %4971 : f32[16] @ models/lib/nn.yaml:89:7
%4973 = all_reduce_sum %2840 : f32[16] @ models/lib/nn.yaml:90:7
%4974 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4975 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4976 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4977 = add %4976, %3391 : i64[] @ models/lib/nn.yaml:90:7
%4978 = mul %4973, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%4979 = mul %4974, %3500 : f32[16] @ models/lib/nn.yaml:90:7
%4980 = add %4979, %4978 : f32[16] @ models/lib/nn.yaml:90:7
%4981 = mul %4973, %4973 : f32[16] @ models/lib/nn.yaml:90:7
%4982 = mul %4981, %3504 : f32[16] @ models/lib/nn.yaml:90:7
%4983 = mul %4975, %3506 : f32[16] @ models/lib/nn.yaml:90:7
%4984 = add %4983, %4982 : f32[16] @ models/lib/nn.yaml:90:7
%4985 = cast %4977 : f64[] @ models/lib/nn.yaml:90:7
%4986 = pow %3401, %4985 : f64[] @ models/lib/nn.yaml:90:7
%4987 = sub %3394, %4986 : f64[] @ models/lib/nn.yaml:90:7
%4988 = div %2074, %4987 : f64[] @ models/lib/nn.yaml:90:7
%4989 = pow %3409, %4985 : f64[] @ models/lib/nn.yaml:90:7
%4990 = sub %3394, %4989 : f64[] @ models/lib/nn.yaml:90:7
%4991 = sqrt %4990 : f64[] @ models/lib/nn.yaml:90:7
%4992 = div %3394, %4991 : f64[] @ models/lib/nn.yaml:90:7
%4993 = sqrt %4984 : f32[16] @ models/lib/nn.yaml:90:7
%4994 = cast %4992 : f32[] @ models/lib/nn.yaml:90:7
%4995 = broadcast %4994 : f32[16] @ models/lib/nn.yaml:90:7
%4996 = mul %4993, %4995 : f32[16] @ models/lib/nn.yaml:90:7
%4997 = add %4996, %3521 : f32[16] @ models/lib/nn.yaml:90:7
%4998 = div %4980, %4997 : f32[16] @ models/lib/nn.yaml:90:7
%4999 = cast %4988 : f32[] @ models/lib/nn.yaml:90:7
%5000 = broadcast %4999 : f32[16] @ models/lib/nn.yaml:90:7
%5001 = mul %4998, %5000 : f32[16] @ models/lib/nn.yaml:90:7
%5002 = sub %44, %5001 : f32[16] @ models/lib/nn.yaml:90:7
%5003 = assign %44, %5002 : f32[16] @ models/lib/nn.yaml:90:7
%5004 = assign %4974, %4980 : f32[16] @ models/lib/nn.yaml:90:7
%5005 = assign %4975, %4984 : f32[16] @ models/lib/nn.yaml:90:7
%5006 = assign %4976, %4977 : i64[] @ models/lib/nn.yaml:90:7
%5007 = mul %128, %3532 : f32[16] @ models/lib/nn.yaml:90:7
%5008 = mul %5002, %3534 : f32[16] @ models/lib/nn.yaml:90:7
%5009 = add %5007, %5008 : f32[16] @ models/lib/nn.yaml:90:7
%5010 = assign %128, %5009 : f32[16] @ models/lib/nn.yaml:90:7
%5011 = all_reduce_sum %2838 : f32[64,16] @ models/lib/nn.yaml:79:7
%5012 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5013 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5014 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5015 = add %5014, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5016 = mul %45, %3872 : f32[64,16] @ models/lib/nn.yaml:79:7
%5017 = mul %5011, %3874 : f32[64,16] @ models/lib/nn.yaml:79:7
%5018 = mul %5012, %3876 : f32[64,16] @ models/lib/nn.yaml:79:7
%5019 = add %5018, %5017 : f32[64,16] @ models/lib/nn.yaml:79:7
%5020 = mul %5011, %5011 : f32[64,16] @ models/lib/nn.yaml:79:7
%5021 = mul %5020, %3880 : f32[64,16] @ models/lib/nn.yaml:79:7
%5022 = mul %5013, %3882 : f32[64,16] @ models/lib/nn.yaml:79:7
%5023 = add %5022, %5021 : f32[64,16] @ models/lib/nn.yaml:79:7
%5024 = cast %5015 : f64[] @ models/lib/nn.yaml:79:7
%5025 = pow %3401, %5024 : f64[] @ models/lib/nn.yaml:79:7
%5026 = sub %3394, %5025 : f64[] @ models/lib/nn.yaml:79:7
%5027 = div %2074, %5026 : f64[] @ models/lib/nn.yaml:79:7
%5028 = pow %3409, %5024 : f64[] @ models/lib/nn.yaml:79:7
%5029 = sub %3394, %5028 : f64[] @ models/lib/nn.yaml:79:7
%5030 = sqrt %5029 : f64[] @ models/lib/nn.yaml:79:7
%5031 = div %3394, %5030 : f64[] @ models/lib/nn.yaml:79:7
%5032 = sqrt %5023 : f32[64,16] @ models/lib/nn.yaml:79:7
%5033 = cast %5031 : f32[] @ models/lib/nn.yaml:79:7
%5034 = broadcast %5033 : f32[64,16] @ models/lib/nn.yaml:79:7
%5035 = mul %5032, %5034 : f32[64,16] @ models/lib/nn.yaml:79:7
%5036 = add %5035, %3897 : f32[64,16] @ models/lib/nn.yaml:79:7
%5037 = div %5019, %5036 : f32[64,16] @ models/lib/nn.yaml:79:7
%5038 = cast %5027 : f32[] @ models/lib/nn.yaml:79:7
%5039 = broadcast %5038 : f32[64,16] @ models/lib/nn.yaml:79:7
%5040 = mul %5037, %5039 : f32[64,16] @ models/lib/nn.yaml:79:7
%5041 = sub %5016, %5040 : f32[64,16] @ models/lib/nn.yaml:79:7
%5042 = assign %45, %5041 : f32[64,16] @ models/lib/nn.yaml:79:7
%5043 = assign %5012, %5019 : f32[64,16] @ models/lib/nn.yaml:79:7
%5044 = assign %5013, %5023 : f32[64,16] @ models/lib/nn.yaml:79:7
%5045 = assign %5014, %5015 : i64[] @ models/lib/nn.yaml:79:7
%5046 = mul %129, %3908 : f32[64,16] @ models/lib/nn.yaml:79:7
%5047 = mul %5041, %3910 : f32[64,16] @ models/lib/nn.yaml:79:7
%5048 = add %5046, %5047 : f32[64,16] @ models/lib/nn.yaml:79:7
%5049 = assign %129, %5048 : f32[64,16] @ models/lib/nn.yaml:79:7
%5050 = all_reduce_sum %2834 : f32[64] @ models/lib/nn.yaml:80:7
%5051 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5052 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5053 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5054 = add %5053, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5055 = mul %5050, %3919 : f32[64] @ models/lib/nn.yaml:80:7
%5056 = mul %5051, %3921 : f32[64] @ models/lib/nn.yaml:80:7
%5057 = add %5056, %5055 : f32[64] @ models/lib/nn.yaml:80:7
%5058 = mul %5050, %5050 : f32[64] @ models/lib/nn.yaml:80:7
%5059 = mul %5058, %3925 : f32[64] @ models/lib/nn.yaml:80:7
%5060 = mul %5052, %3927 : f32[64] @ models/lib/nn.yaml:80:7
%5061 = add %5060, %5059 : f32[64] @ models/lib/nn.yaml:80:7
%5062 = cast %5054 : f64[] @ models/lib/nn.yaml:80:7
%5063 = pow %3401, %5062 : f64[] @ models/lib/nn.yaml:80:7
%5064 = sub %3394, %5063 : f64[] @ models/lib/nn.yaml:80:7
%5065 = div %2074, %5064 : f64[] @ models/lib/nn.yaml:80:7
%5066 = pow %3409, %5062 : f64[] @ models/lib/nn.yaml:80:7
%5067 = sub %3394, %5066 : f64[] @ models/lib/nn.yaml:80:7
%5068 = sqrt %5067 : f64[] @ models/lib/nn.yaml:80:7
%5069 = div %3394, %5068 : f64[] @ models/lib/nn.yaml:80:7
%5070 = sqrt %5061 : f32[64] @ models/lib/nn.yaml:80:7
%5071 = cast %5069 : f32[] @ models/lib/nn.yaml:80:7
%5072 = broadcast %5071 : f32[64] @ models/lib/nn.yaml:80:7
%5073 = mul %5070, %5072 : f32[64] @ models/lib/nn.yaml:80:7
%5074 = add %5073, %3942 : f32[64] @ models/lib/nn.yaml:80:7
%5075 = div %5057, %5074 : f32[64] @ models/lib/nn.yaml:80:7
%5076 = cast %5065 : f32[] @ models/lib/nn.yaml:80:7
%5077 = broadcast %5076 : f32[64] @ models/lib/nn.yaml:80:7
%5078 = mul %5075, %5077 : f32[64] @ models/lib/nn.yaml:80:7
%5079 = sub %46, %5078 : f32[64] @ models/lib/nn.yaml:80:7
%5080 = assign %46, %5079 : f32[64] @ models/lib/nn.yaml:80:7
%5081 = assign %5051, %5057 : f32[64] @ models/lib/nn.yaml:80:7
%5082 = assign %5052, %5061 : f32[64] @ models/lib/nn.yaml:80:7
%5083 = assign %5053, %5054 : i64[] @ models/lib/nn.yaml:80:7
%5084 = mul %130, %3953 : f32[64] @ models/lib/nn.yaml:80:7
%5085 = mul %5079, %3955 : f32[64] @ models/lib/nn.yaml:80:7
%5086 = add %5084, %5085 : f32[64] @ models/lib/nn.yaml:80:7
%5087 = assign %130, %5086 : f32[64] @ models/lib/nn.yaml:80:7
%5088 = all_reduce_sum %2817 : f32[16,64] @ models/lib/nn.yaml:79:7
%5089 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5090 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5091 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5092 = add %5091, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5093 = mul %47, %3964 : f32[16,64] @ models/lib/nn.yaml:79:7
%5094 = mul %5088, %3966 : f32[16,64] @ models/lib/nn.yaml:79:7
%5095 = mul %5089, %3968 : f32[16,64] @ models/lib/nn.yaml:79:7
%5096 = add %5095, %5094 : f32[16,64] @ models/lib/nn.yaml:79:7
%5097 = mul %5088, %5088 : f32[16,64] @ models/lib/nn.yaml:79:7
%5098 = mul %5097, %3972 : f32[16,64] @ models/lib/nn.yaml:79:7
%5099 = mul %5090, %3974 : f32[16,64] @ models/lib/nn.yaml:79:7
%5100 = add %5099, %5098 : f32[16,64] @ models/lib/nn.yaml:79:7
%5101 = cast %5092 : f64[] @ models/lib/nn.yaml:79:7
%5102 = pow %3401, %5101 : f64[] @ models/lib/nn.yaml:79:7
%5103 = sub %3394, %5102 : f64[] @ models/lib/nn.yaml:79:7
%5104 = div %2074, %5103 : f64[] @ models/lib/nn.yaml:79:7
%5105 = pow %3409, %5101 : f64[] @ models/lib/nn.yaml:79:7
%5106 = sub %3394, %5105 : f64[] @ models/lib/nn.yaml:79:7
%5107 = sqrt %5106 : f64[] @ models/lib/nn.yaml:79:7
%5108 = div %3394, %5107 : f64[] @ models/lib/nn.yaml:79:7
%5109 = sqrt %5100 : f32[16,64] @ models/lib/nn.yaml:79:7
%5110 = cast %5108 : f32[] @ models/lib/nn.yaml:79:7
%5111 = broadcast %5110 : f32[16,64] @ models/lib/nn.yaml:79:7
%5112 = mul %5109, %5111 : f32[16,64] @ models/lib/nn.yaml:79:7
%5113 = add %5112, %3989 : f32[16,64] @ models/lib/nn.yaml:79:7
%5114 = div %5096, %5113 : f32[16,64] @ models/lib/nn.yaml:79:7
%5115 = cast %5104 : f32[] @ models/lib/nn.yaml:79:7
%5116 = broadcast %5115 : f32[16,64] @ models/lib/nn.yaml:79:7
%5117 = mul %5114, %5116 : f32[16,64] @ models/lib/nn.yaml:79:7
%5118 = sub %5093, %5117 : f32[16,64] @ models/lib/nn.yaml:79:7
%5119 = assign %47, %5118 : f32[16,64] @ models/lib/nn.yaml:79:7
%5120 = assign %5089, %5096 : f32[16,64] @ models/lib/nn.yaml:79:7
%5121 = assign %5090, %5100 : f32[16,64] @ models/lib/nn.yaml:79:7
%5122 = assign %5091, %5092 : i64[] @ models/lib/nn.yaml:79:7
%5123 = mul %131, %4000 : f32[16,64] @ models/lib/nn.yaml:79:7
%5124 = mul %5118, %4002 : f32[16,64] @ models/lib/nn.yaml:79:7
%5125 = add %5123, %5124 : f32[16,64] @ models/lib/nn.yaml:79:7
%5126 = assign %131, %5125 : f32[16,64] @ models/lib/nn.yaml:79:7
%5127 = all_reduce_sum %2813 : f32[16] @ models/lib/nn.yaml:80:7
%5128 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5129 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5130 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5131 = add %5130, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5132 = mul %5127, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%5133 = mul %5128, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%5134 = add %5133, %5132 : f32[16] @ models/lib/nn.yaml:80:7
%5135 = mul %5127, %5127 : f32[16] @ models/lib/nn.yaml:80:7
%5136 = mul %5135, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%5137 = mul %5129, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%5138 = add %5137, %5136 : f32[16] @ models/lib/nn.yaml:80:7
%5139 = cast %5131 : f64[] @ models/lib/nn.yaml:80:7
%5140 = pow %3401, %5139 : f64[] @ models/lib/nn.yaml:80:7
%5141 = sub %3394, %5140 : f64[] @ models/lib/nn.yaml:80:7
%5142 = div %2074, %5141 : f64[] @ models/lib/nn.yaml:80:7
%5143 = pow %3409, %5139 : f64[] @ models/lib/nn.yaml:80:7
%5144 = sub %3394, %5143 : f64[] @ models/lib/nn.yaml:80:7
%5145 = sqrt %5144 : f64[] @ models/lib/nn.yaml:80:7
%5146 = div %3394, %5145 : f64[] @ models/lib/nn.yaml:80:7
%5147 = sqrt %5138 : f32[16] @ models/lib/nn.yaml:80:7
%5148 = cast %5146 : f32[] @ models/lib/nn.yaml:80:7
%5149 = broadcast %5148 : f32[16] @ models/lib/nn.yaml:80:7
%5150 = mul %5147, %5149 : f32[16] @ models/lib/nn.yaml:80:7
%5151 = add %5150, %3521 : f32[16] @ models/lib/nn.yaml:80:7
%5152 = div %5134, %5151 : f32[16] @ models/lib/nn.yaml:80:7
%5153 = cast %5142 : f32[] @ models/lib/nn.yaml:80:7
%5154 = broadcast %5153 : f32[16] @ models/lib/nn.yaml:80:7
%5155 = mul %5152, %5154 : f32[16] @ models/lib/nn.yaml:80:7
%5156 = sub %48, %5155 : f32[16] @ models/lib/nn.yaml:80:7
%5157 = assign %48, %5156 : f32[16] @ models/lib/nn.yaml:80:7
%5158 = assign %5128, %5134 : f32[16] @ models/lib/nn.yaml:80:7
%5159 = assign %5129, %5138 : f32[16] @ models/lib/nn.yaml:80:7
%5160 = assign %5130, %5131 : i64[] @ models/lib/nn.yaml:80:7
%5161 = mul %132, %3532 : f32[16] @ models/lib/nn.yaml:80:7
%5162 = mul %5156, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%5163 = add %5161, %5162 : f32[16] @ models/lib/nn.yaml:80:7
%5164 = assign %132, %5163 : f32[16] @ models/lib/nn.yaml:80:7
%5165 = all_reduce_sum %2790 : f32[16] @ models/lib/nn.yaml:89:7
%5166 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5167 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5168 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5169 = add %5168, %3391 : i64[] @ models/lib/nn.yaml:89:7
%5170 = mul %5165, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%5171 = mul %5166, %3500 : f32[16] @ models/lib/nn.yaml:89:7
%5172 = add %5171, %5170 : f32[16] @ models/lib/nn.yaml:89:7
%5173 = mul %5165, %5165 : f32[16] @ models/lib/nn.yaml:89:7
%5174 = mul %5173, %3504 : f32[16] @ models/lib/nn.yaml:89:7
%5175 = mul %5167, %3506 : f32[16] @ models/lib/nn.yaml:89:7
%5176 = add %5175, %5174 : f32[16] @ models/lib/nn.yaml:89:7
%5177 = cast %5169 : f64[] @ models/lib/nn.yaml:89:7
%5178 = pow %3401, %5177 : f64[] @ models/lib/nn.yaml:89:7
%5179 = sub %3394, %5178 : f64[] @ models/lib/nn.yaml:89:7
%5180 = div %2074, %5179 : f64[] @ models/lib/nn.yaml:89:7
%5181 = pow %3409, %5177 : f64[] @ models/lib/nn.yaml:89:7
%5182 = sub %3394, %5181 : f64[] @ models/lib/nn.yaml:89:7
%5183 = sqrt %5182 : f64[] @ models/lib/nn.yaml:89:7
%5184 = div %3394, %5183 : f64[] @ models/lib/nn.yaml:89:7
%5185 = sqrt %5176 : f32[16] @ models/lib/nn.yaml:89:7
%5186 = cast %5184 : f32[] @ models/lib/nn.yaml:89:7
%5187 = broadcast %5186 : f32[16] @ models/lib/nn.yaml:89:7
%5188 = mul %5185, %5187 : f32[16] @ models/lib/nn.yaml:89:7
%5189 = add %5188, %3521 : f32[16] @ models/lib/nn.yaml:89:7
%5190 = div %5172, %5189 : f32[16] @ models/lib/nn.yaml:89:7
%5191 = cast %5180 : f32[] @ models/lib/nn.yaml:89:7
%5192 = broadcast %5191 : f32[16] @ models/lib/nn.yaml:89:7
%5193 = mul %5190, %5192 : f32[16] @ models/lib/nn.yaml:89:7
%5194 = sub %49, %5193 : f32[16] @ models/lib/nn.yaml:89:7
%5195 = assign %49, %5194 : f32[16] @ models/lib/nn.yaml:89:7
%5196 = assign %5166, %5172 : f32[16] @ models/lib/nn.yaml:89:7
%5197 = assign %5167, %5176 : f32[16] @ models/lib/nn.yaml:89:7
%5198 = assign %5168, %5169 : i64[] @ models/lib/nn.yaml:89:7
%5199 = mul %133, %3532 : f32[16] @ models/lib/nn.yaml:89:7
%5200 = mul %5194, %3534 : f32[16] @ models/lib/nn.yaml:89:7
%5201 = add %5199, %5200 : f32[16] @ models/lib/nn.yaml:89:7
%5202 = assign %133, %5201 : f32[16] @ models/lib/nn.yaml:89:7
%5203 = all_reduce_sum %2784 : f32[16] @ models/lib/nn.yaml:90:7
%5204 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5205 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5206 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5207 = add %5206, %3391 : i64[] @ models/lib/nn.yaml:90:7
%5208 = mul %5203, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%5209 = mul %5204, %3500 : f32[16] @ models/lib/nn.yaml:90:7
%5210 = add %5209, %5208 : f32[16] @ models/lib/nn.yaml:90:7
%5211 = mul %5203, %5203 : f32[16] @ models/lib/nn.yaml:90:7
%5212 = mul %5211, %3504 : f32[16] @ models/lib/nn.yaml:90:7
%5213 = mul %5205, %3506 : f32[16] @ models/lib/nn.yaml:90:7
%5214 = add %5213, %5212 : f32[16] @ models/lib/nn.yaml:90:7
%5215 = cast %5207 : f64[] @ models/lib/nn.yaml:90:7
%5216 = pow %3401, %5215 : f64[] @ models/lib/nn.yaml:90:7
%5217 = sub %3394, %5216 : f64[] @ models/lib/nn.yaml:90:7
%5218 = div %2074, %5217 : f64[] @ models/lib/nn.yaml:90:7
%5219 = pow %3409, %5215 : f64[] @ models/lib/nn.yaml:90:7
%5220 = sub %3394, %5219 : f64[] @ models/lib/nn.yaml:90:7
%5221 = sqrt %5220 : f64[] @ models/lib/nn.yaml:90:7
%5222 = div %3394, %5221 : f64[] @ models/lib/nn.yaml:90:7
%5223 = sqrt %5214 : f32[16] @ models/lib/nn.yaml:90:7
%5224 = cast %5222 : f32[] @ models/lib/nn.yaml:90:7
%5225 = broadcast %5224 : f32[16] @ models/lib/nn.yaml:90:7
%5226 = mul %5223, %5225 : f32[16] @ models/lib/nn.yaml:90:7
%5227 = add %5226, %3521 : f32[16] @ models/lib/nn.yaml:90:7
%5228 = div %5210, %5227 : f32[16] @ models/lib/nn.yaml:90:7
%5229 = cast %5218 : f32[] @ models/lib/nn.yaml:90:7
%5230 = broadcast %5229 : f32[16] @ models/lib/nn.yaml:90:7
%5231 = mul %5228, %5230 : f32[16] @ models/lib/nn.yaml:90:7
%5232 = sub %50, %5231 : f32[16] @ models/lib/nn.yaml:90:7
%5233 = assign %50, %5232 : f32[16] @ models/lib/nn.yaml:90:7
%5234 = assign %5204, %5210 : f32[16] @ models/lib/nn.yaml:90:7
%5235 = assign %5205, %5214 : f32[16] @ models/lib/nn.yaml:90:7
%5236 = assign %5206, %5207 : i64[] @ models/lib/nn.yaml:90:7
%5237 = mul %134, %3532 : f32[16] @ models/lib/nn.yaml:90:7
%5238 = mul %5232, %3534 : f32[16] @ models/lib/nn.yaml:90:7
%5239 = add %5237, %5238 : f32[16] @ models/lib/nn.yaml:90:7
%5240 = assign %134, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%5241 = all_reduce_sum %2778 : f32[16,16] @ models/lib/nn.yaml:79:7
%5242 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5243 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5244 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5245 = add %5244, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5246 = mul %51, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%5247 = mul %5241, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%5248 = mul %5242, %3715 : f32[16,16] @ models/lib/nn.yaml:79:7
%5249 = add %5248, %5247 : f32[16,16] @ models/lib/nn.yaml:79:7
%5250 = mul %5241, %5241 : f32[16,16] @ models/lib/nn.yaml:79:7
%5251 = mul %5250, %3719 : f32[16,16] @ models/lib/nn.yaml:79:7
%5252 = mul %5243, %3721 : f32[16,16] @ models/lib/nn.yaml:79:7
%5253 = add %5252, %5251 : f32[16,16] @ models/lib/nn.yaml:79:7
%5254 = cast %5245 : f64[] @ models/lib/nn.yaml:79:7
%5255 = pow %3401, %5254 : f64[] @ models/lib/nn.yaml:79:7
%5256 = sub %3394, %5255 : f64[] @ models/lib/nn.yaml:79:7
%5257 = div %2074, %5256 : f64[] @ models/lib/nn.yaml:79:7
%5258 = pow %3409, %5254 : f64[] @ models/lib/nn.yaml:79:7
%5259 = sub %3394, %5258 : f64[] @ models/lib/nn.yaml:79:7
%5260 = sqrt %5259 : f64[] @ models/lib/nn.yaml:79:7
%5261 = div %3394, %5260 : f64[] @ models/lib/nn.yaml:79:7
%5262 = sqrt %5253 : f32[16,16] @ models/lib/nn.yaml:79:7
%5263 = cast %5261 : f32[] @ models/lib/nn.yaml:79:7
%5264 = broadcast %5263 : f32[16,16] @ models/lib/nn.yaml:79:7
%5265 = mul %5262, %5264 : f32[16,16] @ models/lib/nn.yaml:79:7
%5266 = add %5265, %3736 : f32[16,16] @ models/lib/nn.yaml:79:7
%5267 = div %5249, %5266 : f32[16,16] @ models/lib/nn.yaml:79:7
%5268 = cast %5257 : f32[] @ models/lib/nn.yaml:79:7
%5269 = broadcast %5268 : f32[16,16] @ models/lib/nn.yaml:79:7
%5270 = mul %5267, %5269 : f32[16,16] @ models/lib/nn.yaml:79:7
%5271 = sub %5246, %5270 : f32[16,16] @ models/lib/nn.yaml:79:7
%5272 = assign %51, %5271 : f32[16,16] @ models/lib/nn.yaml:79:7
%5273 = assign %5242, %5249 : f32[16,16] @ models/lib/nn.yaml:79:7
%5274 = assign %5243, %5253 : f32[16,16] @ models/lib/nn.yaml:79:7
%5275 = assign %5244, %5245 : i64[] @ models/lib/nn.yaml:79:7
%5276 = mul %135, %3747 : f32[16,16] @ models/lib/nn.yaml:79:7
%5277 = mul %5271, %3749 : f32[16,16] @ models/lib/nn.yaml:79:7
%5278 = add %5276, %5277 : f32[16,16] @ models/lib/nn.yaml:79:7
%5279 = assign %135, %5278 : f32[16,16] @ models/lib/nn.yaml:79:7
%5280 = all_reduce_sum %2774 : f32[16] @ models/lib/nn.yaml:80:7
%5281 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5282 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5283 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5284 = add %5283, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5285 = mul %5280, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%5286 = mul %5281, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%5287 = add %5286, %5285 : f32[16] @ models/lib/nn.yaml:80:7
%5288 = mul %5280, %5280 : f32[16] @ models/lib/nn.yaml:80:7
%5289 = mul %5288, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%5290 = mul %5282, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%5291 = add %5290, %5289 : f32[16] @ models/lib/nn.yaml:80:7
%5292 = cast %5284 : f64[] @ models/lib/nn.yaml:80:7
%5293 = pow %3401, %5292 : f64[] @ models/lib/nn.yaml:80:7
%5294 = sub %3394, %5293 : f64[] @ models/lib/nn.yaml:80:7
%5295 = div %2074, %5294 : f64[] @ models/lib/nn.yaml:80:7
%5296 = pow %3409, %5292 : f64[] @ models/lib/nn.yaml:80:7
%5297 = sub %3394, %5296 : f64[] @ models/lib/nn.yaml:80:7
%5298 = sqrt %5297 : f64[] @ models/lib/nn.yaml:80:7
%5299 = div %3394, %5298 : f64[] @ models/lib/nn.yaml:80:7
%5300 = sqrt %5291 : f32[16] @ models/lib/nn.yaml:80:7
%5301 = cast %5299 : f32[] @ models/lib/nn.yaml:80:7
%5302 = broadcast %5301 : f32[16] @ models/lib/nn.yaml:80:7
%5303 = mul %5300, %5302 : f32[16] @ models/lib/nn.yaml:80:7
%5304 = add %5303, %3521 : f32[16] @ models/lib/nn.yaml:80:7
%5305 = div %5287, %5304 : f32[16] @ models/lib/nn.yaml:80:7
%5306 = cast %5295 : f32[] @ models/lib/nn.yaml:80:7
%5307 = broadcast %5306 : f32[16] @ models/lib/nn.yaml:80:7
%5308 = mul %5305, %5307 : f32[16] @ models/lib/nn.yaml:80:7
%5309 = sub %52, %5308 : f32[16] @ models/lib/nn.yaml:80:7
%5310 = assign %52, %5309 : f32[16] @ models/lib/nn.yaml:80:7
%5311 = assign %5281, %5287 : f32[16] @ models/lib/nn.yaml:80:7
%5312 = assign %5282, %5291 : f32[16] @ models/lib/nn.yaml:80:7
%5313 = assign %5283, %5284 : i64[] @ models/lib/nn.yaml:80:7
%5314 = mul %136, %3532 : f32[16] @ models/lib/nn.yaml:80:7
%5315 = mul %5309, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%5316 = add %5314, %5315 : f32[16] @ models/lib/nn.yaml:80:7
%5317 = assign %136, %5316 : f32[16] @ models/lib/nn.yaml:80:7
%5318 = all_reduce_sum %2770 : f32[16,16] @ models/lib/nn.yaml:79:7
%5319 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5320 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5321 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5322 = add %5321, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5323 = mul %53, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%5324 = mul %5318, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%5325 = mul %5319, %3715 : f32[16,16] @ models/lib/nn.yaml:79:7
%5326 = add %5325, %5324 : f32[16,16] @ models/lib/nn.yaml:79:7
%5327 = mul %5318, %5318 : f32[16,16] @ models/lib/nn.yaml:79:7
%5328 = mul %5327, %3719 : f32[16,16] @ models/lib/nn.yaml:79:7
%5329 = mul %5320, %3721 : f32[16,16] @ models/lib/nn.yaml:79:7
%5330 = add %5329, %5328 : f32[16,16] @ models/lib/nn.yaml:79:7
%5331 = cast %5322 : f64[] @ models/lib/nn.yaml:79:7
%5332 = pow %3401, %5331 : f64[] @ models/lib/nn.yaml:79:7
%5333 = sub %3394, %5332 : f64[] @ models/lib/nn.yaml:79:7
%5334 = div %2074, %5333 : f64[] @ models/lib/nn.yaml:79:7
%5335 = pow %3409, %5331 : f64[] @ models/lib/nn.yaml:79:7
%5336 = sub %3394, %5335 : f64[] @ models/lib/nn.yaml:79:7
%5337 = sqrt %5336 : f64[] @ models/lib/nn.yaml:79:7
%5338 = div %3394, %5337 : f64[] @ models/lib/nn.yaml:79:7
%5339 = sqrt %5330 : f32[16,16] @ models/lib/nn.yaml:79:7
%5340 = cast %5338 : f32[] @ models/lib/nn.yaml:79:7
%5341 = broadcast %5340 : f32[16,16] @ models/lib/nn.yaml:79:7
%5342 = mul %5339, %5341 : f32[16,16] @ models/lib/nn.yaml:79:7
%5343 = add %5342, %3736 : f32[16,16] @ models/lib/nn.yaml:79:7
%5344 = div %5326, %5343 : f32[16,16] @ models/lib/nn.yaml:79:7
%5345 = cast %5334 : f32[] @ models/lib/nn.yaml:79:7
%5346 = broadcast %5345 : f32[16,16] @ models/lib/nn.yaml:79:7
%5347 = mul %5344, %5346 : f32[16,16] @ models/lib/nn.yaml:79:7
%5348 = sub %5323, %5347 : f32[16,16] @ models/lib/nn.yaml:79:7
%5349 = assign %53, %5348 : f32[16,16] @ models/lib/nn.yaml:79:7
%5350 = assign %5319, %5326 : f32[16,16] @ models/lib/nn.yaml:79:7
%5351 = assign %5320, %5330 : f32[16,16] @ models/lib/nn.yaml:79:7
%5352 = assign %5321, %5322 : i64[] @ models/lib/nn.yaml:79:7
%5353 = mul %137, %3747 : f32[16,16] @ models/lib/nn.yaml:79:7
%5354 = mul %5348, %3749 : f32[16,16] @ models/lib/nn.yaml:79:7
%5355 = add %5353, %5354 : f32[16,16] @ models/lib/nn.yaml:79:7
%5356 = assign %137, %5355 : f32[16,16] @ models/lib/nn.yaml:79:7
%5357 = all_reduce_sum %2766 : f32[16] @ models/lib/nn.yaml:80:7
%5358 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5359 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5360 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5361 = add %5360, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5362 = mul %5357, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%5363 = mul %5358, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%5364 = add %5363, %5362 : f32[16] @ models/lib/nn.yaml:80:7
%5365 = mul %5357, %5357 : f32[16] @ models/lib/nn.yaml:80:7
%5366 = mul %5365, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%5367 = mul %5359, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%5368 = add %5367, %5366 : f32[16] @ models/lib/nn.yaml:80:7
%5369 = cast %5361 : f64[] @ models/lib/nn.yaml:80:7
%5370 = pow %3401, %5369 : f64[] @ models/lib/nn.yaml:80:7
%5371 = sub %3394, %5370 : f64[] @ models/lib/nn.yaml:80:7
%5372 = div %2074, %5371 : f64[] @ models/lib/nn.yaml:80:7
%5373 = pow %3409, %5369 : f64[] @ models/lib/nn.yaml:80:7
%5374 = sub %3394, %5373 : f64[] @ models/lib/nn.yaml:80:7
%5375 = sqrt %5374 : f64[] @ models/lib/nn.yaml:80:7
%5376 = div %3394, %5375 : f64[] @ models/lib/nn.yaml:80:7
%5377 = sqrt %5368 : f32[16] @ models/lib/nn.yaml:80:7
%5378 = cast %5376 : f32[] @ models/lib/nn.yaml:80:7
%5379 = broadcast %5378 : f32[16] @ models/lib/nn.yaml:80:7
%5380 = mul %5377, %5379 : f32[16] @ models/lib/nn.yaml:80:7
%5381 = add %5380, %3521 : f32[16] @ models/lib/nn.yaml:80:7
%5382 = div %5364, %5381 : f32[16] @ models/lib/nn.yaml:80:7
%5383 = cast %5372 : f32[] @ models/lib/nn.yaml:80:7
%5384 = broadcast %5383 : f32[16] @ models/lib/nn.yaml:80:7
%5385 = mul %5382, %5384 : f32[16] @ models/lib/nn.yaml:80:7
%5386 = sub %54, %5385 : f32[16] @ models/lib/nn.yaml:80:7
%5387 = assign %54, %5386 : f32[16] @ models/lib/nn.yaml:80:7
%5388 = assign %5358, %5364 : f32[16] @ models/lib/nn.yaml:80:7
%5389 = assign %5359, %5368 : f32[16] @ models/lib/nn.yaml:80:7
%5390 = assign %5360, %5361 : i64[] @ models/lib/nn.yaml:80:7
%5391 = mul %138, %3532 : f32[16] @ models/lib/nn.yaml:80:7
%5392 = mul %5386, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%5393 = add %5391, %5392 : f32[16] @ models/lib/nn.yaml:80:7
%5394 = assign %138, %5393 : f32[16] @ models/lib/nn.yaml:80:7
%5395 = all_reduce_sum %2760 : f32[16,16] @ models/lib/nn.yaml:79:7
%5396 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5397 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5398 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5399 = add %5398, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5400 = mul %55, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%5401 = mul %5395, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%5402 = mul %5396, %3715 : f32[16,16] @ models/lib/nn.yaml:79:7
%5403 = add %5402, %5401 : f32[16,16] @ models/lib/nn.yaml:79:7
%5404 = mul %5395, %5395 : f32[16,16] @ models/lib/nn.yaml:79:7
%5405 = mul %5404, %3719 : f32[16,16] @ models/lib/nn.yaml:79:7
%5406 = mul %5397, %3721 : f32[16,16] @ models/lib/nn.yaml:79:7
%5407 = add %5406, %5405 : f32[16,16] @ models/lib/nn.yaml:79:7
%5408 = cast %5399 : f64[] @ models/lib/nn.yaml:79:7
%5409 = pow %3401, %5408 : f64[] @ models/lib/nn.yaml:79:7
%5410 = sub %3394, %5409 : f64[] @ models/lib/nn.yaml:79:7
%5411 = div %2074, %5410 : f64[] @ models/lib/nn.yaml:79:7
%5412 = pow %3409, %5408 : f64[] @ models/lib/nn.yaml:79:7
%5413 = sub %3394, %5412 : f64[] @ models/lib/nn.yaml:79:7
%5414 = sqrt %5413 : f64[] @ models/lib/nn.yaml:79:7
%5415 = div %3394, %5414 : f64[] @ models/lib/nn.yaml:79:7
%5416 = sqrt %5407 : f32[16,16] @ models/lib/nn.yaml:79:7
%5417 = cast %5415 : f32[] @ models/lib/nn.yaml:79:7
%5418 = broadcast %5417 : f32[16,16] @ models/lib/nn.yaml:79:7
%5419 = mul %5416, %5418 : f32[16,16] @ models/lib/nn.yaml:79:7
%5420 = add %5419, %3736 : f32[16,16] @ models/lib/nn.yaml:79:7
%5421 = div %5403, %5420 : f32[16,16] @ models/lib/nn.yaml:79:7
%5422 = cast %5411 : f32[] @ models/lib/nn.yaml:79:7
%5423 = broadcast %5422 : f32[16,16] @ models/lib/nn.yaml:79:7
%5424 = mul %5421, %5423 : f32[16,16] @ models/lib/nn.yaml:79:7
%5425 = sub %5400, %5424 : f32[16,16] @ models/lib/nn.yaml:79:7
%5426 = assign %55, %5425 : f32[16,16] @ models/lib/nn.yaml:79:7
%5427 = assign %5396, %5403 : f32[16,16] @ models/lib/nn.yaml:79:7
%5428 = assign %5397, %5407 : f32[16,16] @ models/lib/nn.yaml:79:7
%5429 = assign %5398, %5399 : i64[] @ models/lib/nn.yaml:79:7
%5430 = mul %139, %3747 : f32[16,16] @ models/lib/nn.yaml:79:7
%5431 = mul %5425, %3749 : f32[16,16] @ models/lib/nn.yaml:79:7
%5432 = add %5430, %5431 : f32[16,16] @ models/lib/nn.yaml:79:7
%5433 = assign %139, %5432 : f32[16,16] @ models/lib/nn.yaml:79:7
%5434 = all_reduce_sum %2756 : f32[16] @ models/lib/nn.yaml:80:7
%5435 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5436 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5437 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5438 = add %5437, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5439 = mul %5434, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%5440 = mul %5435, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%5441 = add %5440, %5439 : f32[16] @ models/lib/nn.yaml:80:7
%5442 = mul %5434, %5434 : f32[16] @ models/lib/nn.yaml:80:7
%5443 = mul %5442, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%5444 = mul %5436, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%5445 = add %5444, %5443 : f32[16] @ models/lib/nn.yaml:80:7
%5446 = cast %5438 : f64[] @ models/lib/nn.yaml:80:7
%5447 = pow %3401, %5446 : f64[] @ models/lib/nn.yaml:80:7
%5448 = sub %3394, %5447 : f64[] @ models/lib/nn.yaml:80:7
%5449 = div %2074, %5448 : f64[] @ models/lib/nn.yaml:80:7
%5450 = pow %3409, %5446 : f64[] @ models/lib/nn.yaml:80:7
%5451 = sub %3394, %5450 : f64[] @ models/lib/nn.yaml:80:7
%5452 = sqrt %5451 : f64[] @ models/lib/nn.yaml:80:7
%5453 = div %3394, %5452 : f64[] @ models/lib/nn.yaml:80:7
%5454 = sqrt %5445 : f32[16] @ models/lib/nn.yaml:80:7
%5455 = cast %5453 : f32[] @ models/lib/nn.yaml:80:7
%5456 = broadcast %5455 : f32[16] @ models/lib/nn.yaml:80:7
%5457 = mul %5454, %5456 : f32[16] @ models/lib/nn.yaml:80:7
%5458 = add %5457, %3521 : f32[16] @ models/lib/nn.yaml:80:7
%5459 = div %5441, %5458 : f32[16] @ models/lib/nn.yaml:80:7
%5460 = cast %5449 : f32[] @ models/lib/nn.yaml:80:7
%5461 = broadcast %5460 : f32[16] @ models/lib/nn.yaml:80:7
%5462 = mul %5459, %5461 : f32[16] @ models/lib/nn.yaml:80:7
%5463 = sub %56, %5462 : f32[16] @ models/lib/nn.yaml:80:7
%5464 = assign %56, %5463 : f32[16] @ models/lib/nn.yaml:80:7
%5465 = assign %5435, %5441 : f32[16] @ models/lib/nn.yaml:80:7
%5466 = assign %5436, %5445 : f32[16] @ models/lib/nn.yaml:80:7
%5467 = assign %5437, %5438 : i64[] @ models/lib/nn.yaml:80:7
%5468 = mul %140, %3532 : f32[16] @ models/lib/nn.yaml:80:7
%5469 = mul %5463, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%5470 = add %5468, %5469 : f32[16] @ models/lib/nn.yaml:80:7
%5471 = assign %140, %5470 : f32[16] @ models/lib/nn.yaml:80:7
%5472 = all_reduce_sum %2685 : f32[16,16] @ models/lib/nn.yaml:79:7
%5473 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5474 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5475 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5476 = add %5475, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5477 = mul %57, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%5478 = mul %5472, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%5479 = mul %5473, %3715 : f32[16,16] @ models/lib/nn.yaml:79:7
%5480 = add %5479, %5478 : f32[16,16] @ models/lib/nn.yaml:79:7
%5481 = mul %5472, %5472 : f32[16,16] @ models/lib/nn.yaml:79:7
%5482 = mul %5481, %3719 : f32[16,16] @ models/lib/nn.yaml:79:7
%5483 = mul %5474, %3721 : f32[16,16] @ models/lib/nn.yaml:79:7
%5484 = add %5483, %5482 : f32[16,16] @ models/lib/nn.yaml:79:7
%5485 = cast %5476 : f64[] @ models/lib/nn.yaml:79:7
%5486 = pow %3401, %5485 : f64[] @ models/lib/nn.yaml:79:7
%5487 = sub %3394, %5486 : f64[] @ models/lib/nn.yaml:79:7
%5488 = div %2074, %5487 : f64[] @ models/lib/nn.yaml:79:7
%5489 = pow %3409, %5485 : f64[] @ models/lib/nn.yaml:79:7
%5490 = sub %3394, %5489 : f64[] @ models/lib/nn.yaml:79:7
%5491 = sqrt %5490 : f64[] @ models/lib/nn.yaml:79:7
%5492 = div %3394, %5491 : f64[] @ models/lib/nn.yaml:79:7
%5493 = sqrt %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%5494 = cast %5492 : f32[] @ models/lib/nn.yaml:79:7
%5495 = broadcast %5494 : f32[16,16] @ models/lib/nn.yaml:79:7
%5496 = mul %5493, %5495 : f32[16,16] @ models/lib/nn.yaml:79:7
%5497 = add %5496, %3736 : f32[16,16] @ models/lib/nn.yaml:79:7
%5498 = div %5480, %5497 : f32[16,16] @ models/lib/nn.yaml:79:7
%5499 = cast %5488 : f32[] @ models/lib/nn.yaml:79:7
%5500 = broadcast %5499 : f32[16,16] @ models/lib/nn.yaml:79:7
%5501 = mul %5498, %5500 : f32[16,16] @ models/lib/nn.yaml:79:7
%5502 = sub %5477, %5501 : f32[16,16] @ models/lib/nn.yaml:79:7
%5503 = assign %57, %5502 : f32[16,16] @ models/lib/nn.yaml:79:7
%5504 = assign %5473, %5480 : f32[16,16] @ models/lib/nn.yaml:79:7
%5505 = assign %5474, %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%5506 = assign %5475, %5476 : i64[] @ models/lib/nn.yaml:79:7
%5507 = mul %141, %3747 : f32[16,16] @ models/lib/nn.yaml:79:7
%5508 = mul %5502, %3749 : f32[16,16] @ models/lib/nn.yaml:79:7
%5509 = add %5507, %5508 : f32[16,16] @ models/lib/nn.yaml:79:7
%5510 = assign %141, %5509 : f32[16,16] @ models/lib/nn.yaml:79:7
%5511 = all_reduce_sum %2681 : f32[16] @ models/lib/nn.yaml:80:7
%5512 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5513 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5514 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5515 = add %5514, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5516 = mul %5511, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%5517 = mul %5512, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%5518 = add %5517, %5516 : f32[16] @ models/lib/nn.yaml:80:7
%5519 = mul %5511, %5511 : f32[16] @ models/lib/nn.yaml:80:7
%5520 = mul %5519, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%5521 = mul %5513, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%5522 = add %5521, %5520 : f32[16] @ models/lib/nn.yaml:80:7
%5523 = cast %5515 : f64[] @ models/lib/nn.yaml:80:7
%5524 = pow %3401, %5523 : f64[] @ models/lib/nn.yaml:80:7
%5525 = sub %3394, %5524 : f64[] @ models/lib/nn.yaml:80:7
%5526 = div %2074, %5525 : f64[] @ models/lib/nn.yaml:80:7
%5527 = pow %3409, %5523 : f64[] @ models/lib/nn.yaml:80:7
%5528 = sub %3394, %5527 : f64[] @ models/lib/nn.yaml:80:7
%5529 = sqrt %5528 : f64[] @ models/lib/nn.yaml:80:7
%5530 = div %3394, %5529 : f64[] @ models/lib/nn.yaml:80:7
%5531 = sqrt %5522 : f32[16] @ models/lib/nn.yaml:80:7
%5532 = cast %5530 : f32[] @ models/lib/nn.yaml:80:7
%5533 = broadcast %5532 : f32[16] @ models/lib/nn.yaml:80:7
%5534 = mul %5531, %5533 : f32[16] @ models/lib/nn.yaml:80:7
%5535 = add %5534, %3521 : f32[16] @ models/lib/nn.yaml:80:7
%5536 = div %5518, %5535 : f32[16] @ models/lib/nn.yaml:80:7
%5537 = cast %5526 : f32[] @ models/lib/nn.yaml:80:7
%5538 = broadcast %5537 : f32[16] @ models/lib/nn.yaml:80:7
%5539 = mul %5536, %5538 : f32[16] @ models/lib/nn.yaml:80:7
%5540 = sub %58, %5539 : f32[16] @ models/lib/nn.yaml:80:7
%5541 = assign %58, %5540 : f32[16] @ models/lib/nn.yaml:80:7
%5542 = assign %5512, %5518 : f32[16] @ models/lib/nn.yaml:80:7
%5543 = assign %5513, %5522 : f32[16] @ models/lib/nn.yaml:80:7
%5544 = assign %5514, %5515 : i64[] @ models/lib/nn.yaml:80:7
%5545 = mul %142, %3532 : f32[16] @ models/lib/nn.yaml:80:7
%5546 = mul %5540, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%5547 = add %5545, %5546 : f32[16] @ models/lib/nn.yaml:80:7
%5548 = assign %142, %5547 : f32[16] @ models/lib/nn.yaml:80:7
%5549 = all_reduce_sum %2660 : f32[16] @ models/lib/nn.yaml:89:7
%5550 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5551 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5552 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5553 = add %5552, %3391 : i64[] @ models/lib/nn.yaml:89:7
%5554 = mul %5549, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%5555 = mul %5550, %3500 : f32[16] @ models/lib/nn.yaml:89:7
%5556 = add %5555, %5554 : f32[16] @ models/lib/nn.yaml:89:7
%5557 = mul %5549, %5549 : f32[16] @ models/lib/nn.yaml:89:7
%5558 = mul %5557, %3504 : f32[16] @ models/lib/nn.yaml:89:7
%5559 = mul %5551, %3506 : f32[16] @ models/lib/nn.yaml:89:7
%5560 = add %5559, %5558 : f32[16] @ models/lib/nn.yaml:89:7
%5561 = cast %5553 : f64[] @ models/lib/nn.yaml:89:7
%5562 = pow %3401, %5561 : f64[] @ models/lib/nn.yaml:89:7
%5563 = sub %3394, %5562 : f64[] @ models/lib/nn.yaml:89:7
%5564 = div %2074, %5563 : f64[] @ models/lib/nn.yaml:89:7
%5565 = pow %3409, %5561 : f64[] @ models/lib/nn.yaml:89:7
%5566 = sub %3394, %5565 : f64[] @ models/lib/nn.yaml:89:7
%5567 = sqrt %5566 : f64[] @ models/lib/nn.yaml:89:7
%5568 = div %3394, %5567 : f64[] @ models/lib/nn.yaml:89:7
%5569 = sqrt %5560 : f32[16] @ models/lib/nn.yaml:89:7
%5570 = cast %5568 : f32[] @ models/lib/nn.yaml:89:7
%5571 = broadcast %5570 : f32[16] @ models/lib/nn.yaml:89:7
%5572 = mul %5569, %5571 : f32[16] @ models/lib/nn.yaml:89:7
%5573 = add %5572, %3521 : f32[16] @ models/lib/nn.yaml:89:7
%5574 = div %5556, %5573 : f32[16] @ models/lib/nn.yaml:89:7
%5575 = cast %5564 : f32[] @ models/lib/nn.yaml:89:7
%5576 = broadcast %5575 : f32[16] @ models/lib/nn.yaml:89:7
%5577 = mul %5574, %5576 : f32[16] @ models/lib/nn.yaml:89:7
%5578 = sub %59, %5577 : f32[16] @ models/lib/nn.yaml:89:7
%5579 = assign %59, %5578 : f32[16] @ models/lib/nn.yaml:89:7
%5580 = assign %5550, %5556 : f32[16] @ models/lib/nn.yaml:89:7
%5581 = assign %5551, %5560 : f32[16] @ models/lib/nn.yaml:89:7
%5582 = assign %5552, %5553 : i64[] @ models/lib/nn.yaml:89:7
%5583 = mul %143, %3532 : f32[16] @ models/lib/nn.yaml:89:7
%5584 = mul %5578, %3534 : f32[16] @ models/lib/nn.yaml:89:7
%5585 = add %5583, %5584 : f32[16] @ models/lib/nn.yaml:89:7
%5586 = assign %143, %5585 : f32[16] @ models/lib/nn.yaml:89:7
%5587 = all_reduce_sum %2656 : f32[16] @ models/lib/nn.yaml:90:7
%5588 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5589 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5590 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5591 = add %5590, %3391 : i64[] @ models/lib/nn.yaml:90:7
%5592 = mul %5587, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%5593 = mul %5588, %3500 : f32[16] @ models/lib/nn.yaml:90:7
%5594 = add %5593, %5592 : f32[16] @ models/lib/nn.yaml:90:7
%5595 = mul %5587, %5587 : f32[16] @ models/lib/nn.yaml:90:7
%5596 = mul %5595, %3504 : f32[16] @ models/lib/nn.yaml:90:7
%5597 = mul %5589, %3506 : f32[16] @ models/lib/nn.yaml:90:7
%5598 = add %5597, %5596 : f32[16] @ models/lib/nn.yaml:90:7
%5599 = cast %5591 : f64[] @ models/lib/nn.yaml:90:7
%5600 = pow %3401, %5599 : f64[] @ models/lib/nn.yaml:90:7
%5601 = sub %3394, %5600 : f64[] @ models/lib/nn.yaml:90:7
%5602 = div %2074, %5601 : f64[] @ models/lib/nn.yaml:90:7
%5603 = pow %3409, %5599 : f64[] @ models/lib/nn.yaml:90:7
%5604 = sub %3394, %5603 : f64[] @ models/lib/nn.yaml:90:7
%5605 = sqrt %5604 : f64[] @ models/lib/nn.yaml:90:7
%5606 = div %3394, %5605 : f64[] @ models/lib/nn.yaml:90:7
%5607 = sqrt %5598 : f32[16] @ models/lib/nn.yaml:90:7
%5608 = cast %5606 : f32[] @ models/lib/nn.yaml:90:7
%5609 = broadcast %5608 : f32[16] @ models/lib/nn.yaml:90:7
%5610 = mul %5607, %5609 : f32[16] @ models/lib/nn.yaml:90:7
%5611 = add %5610, %3521 : f32[16] @ models/lib/nn.yaml:90:7
%5612 = div %5594, %5611 : f32[16] @ models/lib/nn.yaml:90:7
%5613 = cast %5602 : f32[] @ models/lib/nn.yaml:90:7
%5614 = broadcast %5613 : f32[16] @ models/lib/nn.yaml:90:7
%5615 = mul %5612, %5614 : f32[16] @ models/lib/nn.yaml:90:7
%5616 = sub %60, %5615 : f32[16] @ models/lib/nn.yaml:90:7
%5617 = assign %60, %5616 : f32[16] @ models/lib/nn.yaml:90:7
%5618 = assign %5588, %5594 : f32[16] @ models/lib/nn.yaml:90:7
%5619 = assign %5589, %5598 : f32[16] @ models/lib/nn.yaml:90:7
%5620 = assign %5590, %5591 : i64[] @ models/lib/nn.yaml:90:7
%5621 = mul %144, %3532 : f32[16] @ models/lib/nn.yaml:90:7
%5622 = mul %5616, %3534 : f32[16] @ models/lib/nn.yaml:90:7
%5623 = add %5621, %5622 : f32[16] @ models/lib/nn.yaml:90:7
%5624 = assign %144, %5623 : f32[16] @ models/lib/nn.yaml:90:7
%5625 = all_reduce_sum %2654 : f32[64,16] @ models/lib/nn.yaml:79:7
%5626 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5627 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5628 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5629 = add %5628, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5630 = mul %61, %3872 : f32[64,16] @ models/lib/nn.yaml:79:7
%5631 = mul %5625, %3874 : f32[64,16] @ models/lib/nn.yaml:79:7
%5632 = mul %5626, %3876 : f32[64,16] @ models/lib/nn.yaml:79:7
%5633 = add %5632, %5631 : f32[64,16] @ models/lib/nn.yaml:79:7
%5634 = mul %5625, %5625 : f32[64,16] @ models/lib/nn.yaml:79:7
%5635 = mul %5634, %3880 : f32[64,16] @ models/lib/nn.yaml:79:7
%5636 = mul %5627, %3882 : f32[64,16] @ models/lib/nn.yaml:79:7
%5637 = add %5636, %5635 : f32[64,16] @ models/lib/nn.yaml:79:7
%5638 = cast %5629 : f64[] @ models/lib/nn.yaml:79:7
%5639 = pow %3401, %5638 : f64[] @ models/lib/nn.yaml:79:7
%5640 = sub %3394, %5639 : f64[] @ models/lib/nn.yaml:79:7
%5641 = div %2074, %5640 : f64[] @ models/lib/nn.yaml:79:7
%5642 = pow %3409, %5638 : f64[] @ models/lib/nn.yaml:79:7
%5643 = sub %3394, %5642 : f64[] @ models/lib/nn.yaml:79:7
%5644 = sqrt %5643 : f64[] @ models/lib/nn.yaml:79:7
%5645 = div %3394, %5644 : f64[] @ models/lib/nn.yaml:79:7
%5646 = sqrt %5637 : f32[64,16] @ models/lib/nn.yaml:79:7
%5647 = cast %5645 : f32[] @ models/lib/nn.yaml:79:7
%5648 = broadcast %5647 : f32[64,16] @ models/lib/nn.yaml:79:7
%5649 = mul %5646, %5648 : f32[64,16] @ models/lib/nn.yaml:79:7
%5650 = add %5649, %3897 : f32[64,16] @ models/lib/nn.yaml:79:7
%5651 = div %5633, %5650 : f32[64,16] @ models/lib/nn.yaml:79:7
%5652 = cast %5641 : f32[] @ models/lib/nn.yaml:79:7
%5653 = broadcast %5652 : f32[64,16] @ models/lib/nn.yaml:79:7
%5654 = mul %5651, %5653 : f32[64,16] @ models/lib/nn.yaml:79:7
%5655 = sub %5630, %5654 : f32[64,16] @ models/lib/nn.yaml:79:7
%5656 = assign %61, %5655 : f32[64,16] @ models/lib/nn.yaml:79:7
%5657 = assign %5626, %5633 : f32[64,16] @ models/lib/nn.yaml:79:7
%5658 = assign %5627, %5637 : f32[64,16] @ models/lib/nn.yaml:79:7
%5659 = assign %5628, %5629 : i64[] @ models/lib/nn.yaml:79:7
%5660 = mul %145, %3908 : f32[64,16] @ models/lib/nn.yaml:79:7
%5661 = mul %5655, %3910 : f32[64,16] @ models/lib/nn.yaml:79:7
%5662 = add %5660, %5661 : f32[64,16] @ models/lib/nn.yaml:79:7
%5663 = assign %145, %5662 : f32[64,16] @ models/lib/nn.yaml:79:7
%5664 = all_reduce_sum %2650 : f32[64] @ models/lib/nn.yaml:80:7
%5665 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5666 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5667 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5668 = add %5667, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5669 = mul %5664, %3919 : f32[64] @ models/lib/nn.yaml:80:7
%5670 = mul %5665, %3921 : f32[64] @ models/lib/nn.yaml:80:7
%5671 = add %5670, %5669 : f32[64] @ models/lib/nn.yaml:80:7
%5672 = mul %5664, %5664 : f32[64] @ models/lib/nn.yaml:80:7
%5673 = mul %5672, %3925 : f32[64] @ models/lib/nn.yaml:80:7
%5674 = mul %5666, %3927 : f32[64] @ models/lib/nn.yaml:80:7
%5675 = add %5674, %5673 : f32[64] @ models/lib/nn.yaml:80:7
%5676 = cast %5668 : f64[] @ models/lib/nn.yaml:80:7
%5677 = pow %3401, %5676 : f64[] @ models/lib/nn.yaml:80:7
%5678 = sub %3394, %5677 : f64[] @ models/lib/nn.yaml:80:7
%5679 = div %2074, %5678 : f64[] @ models/lib/nn.yaml:80:7
%5680 = pow %3409, %5676 : f64[] @ models/lib/nn.yaml:80:7
%5681 = sub %3394, %5680 : f64[] @ models/lib/nn.yaml:80:7
%5682 = sqrt %5681 : f64[] @ models/lib/nn.yaml:80:7
%5683 = div %3394, %5682 : f64[] @ models/lib/nn.yaml:80:7
%5684 = sqrt %5675 : f32[64] @ models/lib/nn.yaml:80:7
%5685 = cast %5683 : f32[] @ models/lib/nn.yaml:80:7
%5686 = broadcast %5685 : f32[64] @ models/lib/nn.yaml:80:7
%5687 = mul %5684, %5686 : f32[64] @ models/lib/nn.yaml:80:7
%5688 = add %5687, %3942 : f32[64] @ models/lib/nn.yaml:80:7
%5689 = div %5671, %5688 : f32[64] @ models/lib/nn.yaml:80:7
%5690 = cast %5679 : f32[] @ models/lib/nn.yaml:80:7
%5691 = broadcast %5690 : f32[64] @ models/lib/nn.yaml:80:7
%5692 = mul %5689, %5691 : f32[64] @ models/lib/nn.yaml:80:7
%5693 = sub %62, %5692 : f32[64] @ models/lib/nn.yaml:80:7
%5694 = assign %62, %5693 : f32[64] @ models/lib/nn.yaml:80:7
%5695 = assign %5665, %5671 : f32[64] @ models/lib/nn.yaml:80:7
%5696 = assign %5666, %5675 : f32[64] @ models/lib/nn.yaml:80:7
%5697 = assign %5667, %5668 : i64[] @ models/lib/nn.yaml:80:7
%5698 = mul %146, %3953 : f32[64] @ models/lib/nn.yaml:80:7
%5699 = mul %5693, %3955 : f32[64] @ models/lib/nn.yaml:80:7
%5700 = add %5698, %5699 : f32[64] @ models/lib/nn.yaml:80:7
%5701 = assign %146, %5700 : f32[64] @ models/lib/nn.yaml:80:7
%5702 = all_reduce_sum %2631 : f32[16,64] @ models/lib/nn.yaml:79:7
%5703 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5704 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5705 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5706 = add %5705, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5707 = mul %63, %3964 : f32[16,64] @ models/lib/nn.yaml:79:7
%5708 = mul %5702, %3966 : f32[16,64] @ models/lib/nn.yaml:79:7
%5709 = mul %5703, %3968 : f32[16,64] @ models/lib/nn.yaml:79:7
%5710 = add %5709, %5708 : f32[16,64] @ models/lib/nn.yaml:79:7
%5711 = mul %5702, %5702 : f32[16,64] @ models/lib/nn.yaml:79:7
%5712 = mul %5711, %3972 : f32[16,64] @ models/lib/nn.yaml:79:7
%5713 = mul %5704, %3974 : f32[16,64] @ models/lib/nn.yaml:79:7
%5714 = add %5713, %5712 : f32[16,64] @ models/lib/nn.yaml:79:7
%5715 = cast %5706 : f64[] @ models/lib/nn.yaml:79:7
%5716 = pow %3401, %5715 : f64[] @ models/lib/nn.yaml:79:7
%5717 = sub %3394, %5716 : f64[] @ models/lib/nn.yaml:79:7
%5718 = div %2074, %5717 : f64[] @ models/lib/nn.yaml:79:7
%5719 = pow %3409, %5715 : f64[] @ models/lib/nn.yaml:79:7
%5720 = sub %3394, %5719 : f64[] @ models/lib/nn.yaml:79:7
%5721 = sqrt %5720 : f64[] @ models/lib/nn.yaml:79:7
%5722 = div %3394, %5721 : f64[] @ models/lib/nn.yaml:79:7
%5723 = sqrt %5714 : f32[16,64] @ models/lib/nn.yaml:79:7
%5724 = cast %5722 : f32[] @ models/lib/nn.yaml:79:7
%5725 = broadcast %5724 : f32[16,64] @ models/lib/nn.yaml:79:7
%5726 = mul %5723, %5725 : f32[16,64] @ models/lib/nn.yaml:79:7
%5727 = add %5726, %3989 : f32[16,64] @ models/lib/nn.yaml:79:7
%5728 = div %5710, %5727 : f32[16,64] @ models/lib/nn.yaml:79:7
%5729 = cast %5718 : f32[] @ models/lib/nn.yaml:79:7
%5730 = broadcast %5729 : f32[16,64] @ models/lib/nn.yaml:79:7
%5731 = mul %5728, %5730 : f32[16,64] @ models/lib/nn.yaml:79:7
%5732 = sub %5707, %5731 : f32[16,64] @ models/lib/nn.yaml:79:7
%5733 = assign %63, %5732 : f32[16,64] @ models/lib/nn.yaml:79:7
%5734 = assign %5703, %5710 : f32[16,64] @ models/lib/nn.yaml:79:7
%5735 = assign %5704, %5714 : f32[16,64] @ models/lib/nn.yaml:79:7
%5736 = assign %5705, %5706 : i64[] @ models/lib/nn.yaml:79:7
%5737 = mul %147, %4000 : f32[16,64] @ models/lib/nn.yaml:79:7
%5738 = mul %5732, %4002 : f32[16,64] @ models/lib/nn.yaml:79:7
%5739 = add %5737, %5738 : f32[16,64] @ models/lib/nn.yaml:79:7
%5740 = assign %147, %5739 : f32[16,64] @ models/lib/nn.yaml:79:7
%5741 = all_reduce_sum %2627 : f32[16] @ models/lib/nn.yaml:80:7
%5742 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5743 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5744 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5745 = add %5744, %3391 : i64[] @ models/lib/nn.yaml:80:7
%5746 = mul %5741, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%5747 = mul %5742, %3500 : f32[16] @ models/lib/nn.yaml:80:7
%5748 = add %5747, %5746 : f32[16] @ models/lib/nn.yaml:80:7
%5749 = mul %5741, %5741 : f32[16] @ models/lib/nn.yaml:80:7
%5750 = mul %5749, %3504 : f32[16] @ models/lib/nn.yaml:80:7
%5751 = mul %5743, %3506 : f32[16] @ models/lib/nn.yaml:80:7
%5752 = add %5751, %5750 : f32[16] @ models/lib/nn.yaml:80:7
%5753 = cast %5745 : f64[] @ models/lib/nn.yaml:80:7
%5754 = pow %3401, %5753 : f64[] @ models/lib/nn.yaml:80:7
%5755 = sub %3394, %5754 : f64[] @ models/lib/nn.yaml:80:7
%5756 = div %2074, %5755 : f64[] @ models/lib/nn.yaml:80:7
%5757 = pow %3409, %5753 : f64[] @ models/lib/nn.yaml:80:7
%5758 = sub %3394, %5757 : f64[] @ models/lib/nn.yaml:80:7
%5759 = sqrt %5758 : f64[] @ models/lib/nn.yaml:80:7
%5760 = div %3394, %5759 : f64[] @ models/lib/nn.yaml:80:7
%5761 = sqrt %5752 : f32[16] @ models/lib/nn.yaml:80:7
%5762 = cast %5760 : f32[] @ models/lib/nn.yaml:80:7
%5763 = broadcast %5762 : f32[16] @ models/lib/nn.yaml:80:7
%5764 = mul %5761, %5763 : f32[16] @ models/lib/nn.yaml:80:7
%5765 = add %5764, %3521 : f32[16] @ models/lib/nn.yaml:80:7
%5766 = div %5748, %5765 : f32[16] @ models/lib/nn.yaml:80:7
%5767 = cast %5756 : f32[] @ models/lib/nn.yaml:80:7
%5768 = broadcast %5767 : f32[16] @ models/lib/nn.yaml:80:7
%5769 = mul %5766, %5768 : f32[16] @ models/lib/nn.yaml:80:7
%5770 = sub %64, %5769 : f32[16] @ models/lib/nn.yaml:80:7
%5771 = assign %64, %5770 : f32[16] @ models/lib/nn.yaml:80:7
%5772 = assign %5742, %5748 : f32[16] @ models/lib/nn.yaml:80:7
%5773 = assign %5743, %5752 : f32[16] @ models/lib/nn.yaml:80:7
%5774 = assign %5744, %5745 : i64[] @ models/lib/nn.yaml:80:7
%5775 = mul %148, %3532 : f32[16] @ models/lib/nn.yaml:80:7
%5776 = mul %5770, %3534 : f32[16] @ models/lib/nn.yaml:80:7
%5777 = add %5775, %5776 : f32[16] @ models/lib/nn.yaml:80:7
%5778 = assign %148, %5777 : f32[16] @ models/lib/nn.yaml:80:7
%5779 = all_reduce_sum %2605 : f32[16] @ models/lib/nn.yaml:89:7
%5780 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5781 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5782 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5783 = add %5782, %3391 : i64[] @ models/lib/nn.yaml:89:7
%5784 = mul %5779, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%5785 = mul %5780, %3500 : f32[16] @ models/lib/nn.yaml:89:7
%5786 = add %5785, %5784 : f32[16] @ models/lib/nn.yaml:89:7
%5787 = mul %5779, %5779 : f32[16] @ models/lib/nn.yaml:89:7
%5788 = mul %5787, %3504 : f32[16] @ models/lib/nn.yaml:89:7
%5789 = mul %5781, %3506 : f32[16] @ models/lib/nn.yaml:89:7
%5790 = add %5789, %5788 : f32[16] @ models/lib/nn.yaml:89:7
%5791 = cast %5783 : f64[] @ models/lib/nn.yaml:89:7
%5792 = pow %3401, %5791 : f64[] @ models/lib/nn.yaml:89:7
%5793 = sub %3394, %5792 : f64[] @ models/lib/nn.yaml:89:7
%5794 = div %2074, %5793 : f64[] @ models/lib/nn.yaml:89:7
%5795 = pow %3409, %5791 : f64[] @ models/lib/nn.yaml:89:7
%5796 = sub %3394, %5795 : f64[] @ models/lib/nn.yaml:89:7
%5797 = sqrt %5796 : f64[] @ models/lib/nn.yaml:89:7
%5798 = div %3394, %5797 : f64[] @ models/lib/nn.yaml:89:7
%5799 = sqrt %5790 : f32[16] @ models/lib/nn.yaml:89:7
%5800 = cast %5798 : f32[] @ models/lib/nn.yaml:89:7
%5801 = broadcast %5800 : f32[16] @ models/lib/nn.yaml:89:7
%5802 = mul %5799, %5801 : f32[16] @ models/lib/nn.yaml:89:7
%5803 = add %5802, %3521 : f32[16] @ models/lib/nn.yaml:89:7
%5804 = div %5786, %5803 : f32[16] @ models/lib/nn.yaml:89:7
%5805 = cast %5794 : f32[] @ models/lib/nn.yaml:89:7
%5806 = broadcast %5805 : f32[16] @ models/lib/nn.yaml:89:7
%5807 = mul %5804, %5806 : f32[16] @ models/lib/nn.yaml:89:7
%5808 = sub %65, %5807 : f32[16] @ models/lib/nn.yaml:89:7
%5809 = assign %65, %5808 : f32[16] @ models/lib/nn.yaml:89:7
%5810 = assign %5780, %5786 : f32[16] @ models/lib/nn.yaml:89:7
%5811 = assign %5781, %5790 : f32[16] @ models/lib/nn.yaml:89:7
%5812 = assign %5782, %5783 : i64[] @ models/lib/nn.yaml:89:7
%5813 = mul %149, %3532 : f32[16] @ models/lib/nn.yaml:89:7
%5814 = mul %5808, %3534 : f32[16] @ models/lib/nn.yaml:89:7
%5815 = add %5813, %5814 : f32[16] @ models/lib/nn.yaml:89:7
%5816 = assign %149, %5815 : f32[16] @ models/lib/nn.yaml:89:7
%5817 = all_reduce_sum %2598 : f32[16] @ models/lib/nn.yaml:90:7
%5818 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5819 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5820 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5821 = add %5820, %3391 : i64[] @ models/lib/nn.yaml:90:7
%5822 = mul %5817, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%5823 = mul %5818, %3500 : f32[16] @ models/lib/nn.yaml:90:7
%5824 = add %5823, %5822 : f32[16] @ models/lib/nn.yaml:90:7
%5825 = mul %5817, %5817 : f32[16] @ models/lib/nn.yaml:90:7
%5826 = mul %5825, %3504 : f32[16] @ models/lib/nn.yaml:90:7
%5827 = mul %5819, %3506 : f32[16] @ models/lib/nn.yaml:90:7
%5828 = add %5827, %5826 : f32[16] @ models/lib/nn.yaml:90:7
%5829 = cast %5821 : f64[] @ models/lib/nn.yaml:90:7
%5830 = pow %3401, %5829 : f64[] @ models/lib/nn.yaml:90:7
%5831 = sub %3394, %5830 : f64[] @ models/lib/nn.yaml:90:7
%5832 = div %2074, %5831 : f64[] @ models/lib/nn.yaml:90:7
%5833 = pow %3409, %5829 : f64[] @ models/lib/nn.yaml:90:7
%5834 = sub %3394, %5833 : f64[] @ models/lib/nn.yaml:90:7
%5835 = sqrt %5834 : f64[] @ models/lib/nn.yaml:90:7
%5836 = div %3394, %5835 : f64[] @ models/lib/nn.yaml:90:7
%5837 = sqrt %5828 : f32[16] @ models/lib/nn.yaml:90:7
%5838 = cast %5836 : f32[] @ models/lib/nn.yaml:90:7
%5839 = broadcast %5838 : f32[16] @ models/lib/nn.yaml:90:7
%5840 = mul %5837, %5839 : f32[16] @ models/lib/nn.yaml:90:7
%5841 = add %5840, %3521 : f32[16] @ models/lib/nn.yaml:90:7
%5842 = div %5824, %5841 : f32[16] @ models/lib/nn.yaml:90:7
%5843 = cast %5832 : f32[] @ models/lib/nn.yaml:90:7
%5844 = broadcast %5843 : f32[16] @ models/lib/nn.yaml:90:7
%5845 = mul %5842, %5844 : f32[16] @ models/lib/nn.yaml:90:7
%5846 = sub %66, %5845 : f32[16] @ models/lib/nn.yaml:90:7
%5847 = assign %66, %5846 : f32[16] @ models/lib/nn.yaml:90:7
%5848 = assign %5818, %5824 : f32[16] @ models/lib/nn.yaml:90:7
%5849 = assign %5819, %5828 : f32[16] @ models/lib/nn.yaml:90:7
%5850 = assign %5820, %5821 : i64[] @ models/lib/nn.yaml:90:7
%5851 = mul %150, %3532 : f32[16] @ models/lib/nn.yaml:90:7
%5852 = mul %5846, %3534 : f32[16] @ models/lib/nn.yaml:90:7
%5853 = add %5851, %5852 : f32[16] @ models/lib/nn.yaml:90:7
%5854 = assign %150, %5853 : f32[16] @ models/lib/nn.yaml:90:7
%5855 = all_reduce_sum %2588 : f32[24,16] @ models/lib/nn.yaml:79:7
%5856 = state name="adam_m.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%5857 = state name="adam_v.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%5858 = state name="adam_t.projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5859 = add %5858, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5860 = broadcast %3396 : f32[24,16] @ models/lib/nn.yaml:79:7
%5861 = mul %67, %5860 : f32[24,16] @ models/lib/nn.yaml:79:7
%5862 = broadcast %2077 : f32[24,16] @ models/lib/nn.yaml:79:7
%5863 = mul %5855, %5862 : f32[24,16] @ models/lib/nn.yaml:79:7
%5864 = broadcast %1348 : f32[24,16] @ models/lib/nn.yaml:79:7
%5865 = mul %5856, %5864 : f32[24,16] @ models/lib/nn.yaml:79:7
%5866 = add %5865, %5863 : f32[24,16] @ models/lib/nn.yaml:79:7
%5867 = mul %5855, %5855 : f32[24,16] @ models/lib/nn.yaml:79:7
%5868 = broadcast %3406 : f32[24,16] @ models/lib/nn.yaml:79:7
%5869 = mul %5867, %5868 : f32[24,16] @ models/lib/nn.yaml:79:7
%5870 = broadcast %3410 : f32[24,16] @ models/lib/nn.yaml:79:7
%5871 = mul %5857, %5870 : f32[24,16] @ models/lib/nn.yaml:79:7
%5872 = add %5871, %5869 : f32[24,16] @ models/lib/nn.yaml:79:7
%5873 = cast %5859 : f64[] @ models/lib/nn.yaml:79:7
%5874 = pow %3401, %5873 : f64[] @ models/lib/nn.yaml:79:7
%5875 = sub %3394, %5874 : f64[] @ models/lib/nn.yaml:79:7
%5876 = div %2074, %5875 : f64[] @ models/lib/nn.yaml:79:7
%5877 = pow %3409, %5873 : f64[] @ models/lib/nn.yaml:79:7
%5878 = sub %3394, %5877 : f64[] @ models/lib/nn.yaml:79:7
%5879 = sqrt %5878 : f64[] @ models/lib/nn.yaml:79:7
%5880 = div %3394, %5879 : f64[] @ models/lib/nn.yaml:79:7
%5881 = sqrt %5872 : f32[24,16] @ models/lib/nn.yaml:79:7
%5882 = cast %5880 : f32[] @ models/lib/nn.yaml:79:7
%5883 = broadcast %5882 : f32[24,16] @ models/lib/nn.yaml:79:7
%5884 = mul %5881, %5883 : f32[24,16] @ models/lib/nn.yaml:79:7
%5885 = broadcast %3426 : f32[24,16] @ models/lib/nn.yaml:79:7
%5886 = add %5884, %5885 : f32[24,16] @ models/lib/nn.yaml:79:7
%5887 = div %5866, %5886 : f32[24,16] @ models/lib/nn.yaml:79:7
%5888 = cast %5876 : f32[] @ models/lib/nn.yaml:79:7
%5889 = broadcast %5888 : f32[24,16] @ models/lib/nn.yaml:79:7
%5890 = mul %5887, %5889 : f32[24,16] @ models/lib/nn.yaml:79:7
%5891 = sub %5861, %5890 : f32[24,16] @ models/lib/nn.yaml:79:7
%5892 = assign %67, %5891 : f32[24,16] @ models/lib/nn.yaml:79:7
%5893 = assign %5856, %5866 : f32[24,16] @ models/lib/nn.yaml:79:7
%5894 = assign %5857, %5872 : f32[24,16] @ models/lib/nn.yaml:79:7
%5895 = assign %5858, %5859 : i64[] @ models/lib/nn.yaml:79:7
%5896 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%5897 = mul %151, %5896 : f32[24,16] @ models/lib/nn.yaml:79:7
%5898 = broadcast %3441 : f32[24,16] @ models/lib/nn.yaml:79:7
%5899 = mul %5891, %5898 : f32[24,16] @ models/lib/nn.yaml:79:7
%5900 = add %5897, %5899 : f32[24,16] @ models/lib/nn.yaml:79:7
%5901 = assign %151, %5900 : f32[24,16] @ models/lib/nn.yaml:79:7
%5902 = all_reduce_sum %2565 : f32[24] @ models/moco_pass.yaml:75:7
%5903 = state name="adam_m.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5904 = state name="adam_v.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5905 = state name="adam_t.projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5906 = add %5905, %3391 : i64[] @ models/moco_pass.yaml:75:7
%5907 = broadcast %3396 : f32[24] @ models/moco_pass.yaml:75:7
%5908 = mul %68, %5907 : f32[24] @ models/moco_pass.yaml:75:7
%5909 = broadcast %2077 : f32[24] @ models/moco_pass.yaml:75:7
%5910 = mul %5902, %5909 : f32[24] @ models/moco_pass.yaml:75:7
%5911 = broadcast %1348 : f32[24] @ models/moco_pass.yaml:75:7
%5912 = mul %5903, %5911 : f32[24] @ models/moco_pass.yaml:75:7
%5913 = add %5912, %5910 : f32[24] @ models/moco_pass.yaml:75:7
%5914 = mul %5902, %5902 : f32[24] @ models/moco_pass.yaml:75:7
%5915 = broadcast %3406 : f32[24] @ models/moco_pass.yaml:75:7
%5916 = mul %5914, %5915 : f32[24] @ models/moco_pass.yaml:75:7
%5917 = broadcast %3410 : f32[24] @ models/moco_pass.yaml:75:7
%5918 = mul %5904, %5917 : f32[24] @ models/moco_pass.yaml:75:7
%5919 = add %5918, %5916 : f32[24] @ models/moco_pass.yaml:75:7
%5920 = cast %5906 : f64[] @ models/moco_pass.yaml:75:7
%5921 = pow %3401, %5920 : f64[] @ models/moco_pass.yaml:75:7
%5922 = sub %3394, %5921 : f64[] @ models/moco_pass.yaml:75:7
%5923 = div %2074, %5922 : f64[] @ models/moco_pass.yaml:75:7
%5924 = pow %3409, %5920 : f64[] @ models/moco_pass.yaml:75:7
%5925 = sub %3394, %5924 : f64[] @ models/moco_pass.yaml:75:7
%5926 = sqrt %5925 : f64[] @ models/moco_pass.yaml:75:7
%5927 = div %3394, %5926 : f64[] @ models/moco_pass.yaml:75:7
%5928 = sqrt %5919 : f32[24] @ models/moco_pass.yaml:75:7
%5929 = cast %5927 : f32[] @ models/moco_pass.yaml:75:7
%5930 = broadcast %5929 : f32[24] @ models/moco_pass.yaml:75:7
%5931 = mul %5928, %5930 : f32[24] @ models/moco_pass.yaml:75:7
%5932 = broadcast %3426 : f32[24] @ models/moco_pass.yaml:75:7
%5933 = add %5931, %5932 : f32[24] @ models/moco_pass.yaml:75:7
%5934 = div %5913, %5933 : f32[24] @ models/moco_pass.yaml:75:7
%5935 = cast %5923 : f32[] @ models/moco_pass.yaml:75:7
%5936 = broadcast %5935 : f32[24] @ models/moco_pass.yaml:75:7
%5937 = mul %5934, %5936 : f32[24] @ models/moco_pass.yaml:75:7
%5938 = sub %5908, %5937 : f32[24] @ models/moco_pass.yaml:75:7
%5939 = assign %68, %5938 : f32[24] @ models/moco_pass.yaml:75:7
%5940 = assign %5903, %5913 : f32[24] @ models/moco_pass.yaml:75:7
%5941 = assign %5904, %5919 : f32[24] @ models/moco_pass.yaml:75:7
%5942 = assign %5905, %5906 : i64[] @ models/moco_pass.yaml:75:7
%5943 = broadcast %3 : f32[24] @ models/moco_pass.yaml:75:7
%5944 = mul %152, %5943 : f32[24] @ models/moco_pass.yaml:75:7
%5945 = broadcast %3441 : f32[24] @ models/moco_pass.yaml:75:7
%5946 = mul %5938, %5945 : f32[24] @ models/moco_pass.yaml:75:7
%5947 = add %5944, %5946 : f32[24] @ models/moco_pass.yaml:75:7
%5948 = assign %152, %5947 : f32[24] @ models/moco_pass.yaml:75:7
%5949 = all_reduce_sum %2561 : f32[24] @ models/moco_pass.yaml:76:7
%5950 = state name="adam_m.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5951 = state name="adam_v.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5952 = state name="adam_t.projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5953 = add %5952, %3391 : i64[] @ models/moco_pass.yaml:76:7
%5954 = mul %69, %5907 : f32[24] @ models/moco_pass.yaml:76:7
%5955 = mul %5949, %5909 : f32[24] @ models/moco_pass.yaml:76:7
%5956 = mul %5950, %5911 : f32[24] @ models/moco_pass.yaml:76:7
%5957 = add %5956, %5955 : f32[24] @ models/moco_pass.yaml:76:7
%5958 = mul %5949, %5949 : f32[24] @ models/moco_pass.yaml:76:7
%5959 = mul %5958, %5915 : f32[24] @ models/moco_pass.yaml:76:7
%5960 = mul %5951, %5917 : f32[24] @ models/moco_pass.yaml:76:7
%5961 = add %5960, %5959 : f32[24] @ models/moco_pass.yaml:76:7
%5962 = cast %5953 : f64[] @ models/moco_pass.yaml:76:7
%5963 = pow %3401, %5962 : f64[] @ models/moco_pass.yaml:76:7
%5964 = sub %3394, %5963 : f64[] @ models/moco_pass.yaml:76:7
%5965 = div %2074, %5964 : f64[] @ models/moco_pass.yaml:76:7
%5966 = pow %3409, %5962 : f64[] @ models/moco_pass.yaml:76:7
%5967 = sub %3394, %5966 : f64[] @ models/moco_pass.yaml:76:7
%5968 = sqrt %5967 : f64[] @ models/moco_pass.yaml:76:7
%5969 = div %3394, %5968 : f64[] @ models/moco_pass.yaml:76:7
%5970 = sqrt %5961 : f32[24] @ models/moco_pass.yaml:76:7
%5971 = cast %5969 : f32[] @ models/moco_pass.yaml:76:7
%5972 = broadcast %5971 : f32[24] @ models/moco_pass.yaml:76:7
%5973 = mul %5970, %5972 : f32[24] @ models/moco_pass.yaml:76:7
%5974 = add %5973, %5932 : f32[24] @ models/moco_pass.yaml:76:7
%5975 = div %5957, %5974 : f32[24] @ models/moco_pass.yaml:76:7
%5976 = cast %5965 : f32[] @ models/moco_pass.yaml:76:7
%5977 = broadcast %5976 : f32[24] @ models/moco_pass.yaml:76:7
%5978 = mul %5975, %5977 : f32[24] @ models/moco_pass.yaml:76:7
%5979 = sub %5954, %5978 : f32[24] @ models/moco_pass.yaml:76:7
%5980 = assign %69, %5979 : f32[24] @ models/moco_pass.yaml:76:7
%5981 = assign %5950, %5957 : f32[24] @ models/moco_pass.yaml:76:7
%5982 = assign %5951, %5961 : f32[24] @ models/moco_pass.yaml:76:7
%5983 = assign %5952, %5953 : i64[] @ models/moco_pass.yaml:76:7
%5984 = mul %153, %5943 : f32[24] @ models/moco_pass.yaml:76:7
%5985 = mul %5979, %5945 : f32[24] @ models/moco_pass.yaml:76:7
%5986 = add %5984, %5985 : f32[24] @ models/moco_pass.yaml:76:7
%5987 = assign %153, %5986 : f32[24] @ models/moco_pass.yaml:76:7
%5988 = all_reduce_sum %2554 : f32[24,24] @ models/lib/nn.yaml:79:7
%5989 = state name="adam_m.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%5990 = state name="adam_v.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%5991 = state name="adam_t.projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5992 = add %5991, %3391 : i64[] @ models/lib/nn.yaml:79:7
%5993 = broadcast %3396 : f32[24,24] @ models/lib/nn.yaml:79:7
%5994 = mul %70, %5993 : f32[24,24] @ models/lib/nn.yaml:79:7
%5995 = broadcast %2077 : f32[24,24] @ models/lib/nn.yaml:79:7
%5996 = mul %5988, %5995 : f32[24,24] @ models/lib/nn.yaml:79:7
%5997 = broadcast %1348 : f32[24,24] @ models/lib/nn.yaml:79:7
%5998 = mul %5989, %5997 : f32[24,24] @ models/lib/nn.yaml:79:7
%5999 = add %5998, %5996 : f32[24,24] @ models/lib/nn.yaml:79:7
%6000 = mul %5988, %5988 : f32[24,24] @ models/lib/nn.yaml:79:7
%6001 = broadcast %3406 : f32[24,24] @ models/lib/nn.yaml:79:7
%6002 = mul %6000, %6001 : f32[24,24] @ models/lib/nn.yaml:79:7
%6003 = broadcast %3410 : f32[24,24] @ models/lib/nn.yaml:79:7
%6004 = mul %5990, %6003 : f32[24,24] @ models/lib/nn.yaml:79:7
%6005 = add %6004, %6002 : f32[24,24] @ models/lib/nn.yaml:79:7
%6006 = cast %5992 : f64[] @ models/lib/nn.yaml:79:7
%6007 = pow %3401, %6006 : f64[] @ models/lib/nn.yaml:79:7
%6008 = sub %3394, %6007 : f64[] @ models/lib/nn.yaml:79:7
%6009 = div %2074, %6008 : f64[] @ models/lib/nn.yaml:79:7
%6010 = pow %3409, %6006 : f64[] @ models/lib/nn.yaml:79:7
%6011 = sub %3394, %6010 : f64[] @ models/lib/nn.yaml:79:7
%6012 = sqrt %6011 : f64[] @ models/lib/nn.yaml:79:7
%6013 = div %3394, %6012 : f64[] @ models/lib/nn.yaml:79:7
%6014 = sqrt %6005 : f32[24,24] @ models/lib/nn.yaml:79:7
%6015 = cast %6013 : f32[] @ models/lib/nn.yaml:79:7
%6016 = broadcast %6015 : f32[24,24] @ models/lib/nn.yaml:79:7
%6017 = mul %6014, %6016 : f32[24,24] @ models/lib/nn.yaml:79:7
%6018 = broadcast %3426 : f32[24,24] @ models/lib/nn.yaml:79:7
%6019 = add %6017, %6018 : f32[24,24] @ models/lib/nn.yaml:79:7
%6020 = div %5999, %6019 : f32[24,24] @ models/lib/nn.yaml:79:7
%6021 = cast %6009 : f32[] @ models/lib/nn.yaml:79:7
%6022 = broadcast %6021 : f32[24,24] @ models/lib/nn.yaml:79:7
%6023 = mul %6020, %6022 : f32[24,24] @ models/lib/nn.yaml:79:7
%6024 = sub %5994, %6023 : f32[24,24] @ models/lib/nn.yaml:79:7
%6025 = assign %70, %6024 : f32[24,24] @ models/lib/nn.yaml:79:7
%6026 = assign %5989, %5999 : f32[24,24] @ models/lib/nn.yaml:79:7
%6027 = assign %5990, %6005 : f32[24,24] @ models/lib/nn.yaml:79:7
%6028 = assign %5991, %5992 : i64[] @ models/lib/nn.yaml:79:7
%6029 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%6030 = mul %154, %6029 : f32[24,24] @ models/lib/nn.yaml:79:7
%6031 = broadcast %3441 : f32[24,24] @ models/lib/nn.yaml:79:7
%6032 = mul %6024, %6031 : f32[24,24] @ models/lib/nn.yaml:79:7
%6033 = add %6030, %6032 : f32[24,24] @ models/lib/nn.yaml:79:7
%6034 = assign %154, %6033 : f32[24,24] @ models/lib/nn.yaml:79:7
%6035 = all_reduce_sum %2531 : f32[24] @ models/moco_pass.yaml:75:7
%6036 = state name="adam_m.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6037 = state name="adam_v.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6038 = state name="adam_t.projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6039 = add %6038, %3391 : i64[] @ models/moco_pass.yaml:75:7
%6040 = mul %71, %5907 : f32[24] @ models/moco_pass.yaml:75:7
%6041 = mul %6035, %5909 : f32[24] @ models/moco_pass.yaml:75:7
%6042 = mul %6036, %5911 : f32[24] @ models/moco_pass.yaml:75:7
%6043 = add %6042, %6041 : f32[24] @ models/moco_pass.yaml:75:7
%6044 = mul %6035, %6035 : f32[24] @ models/moco_pass.yaml:75:7
%6045 = mul %6044, %5915 : f32[24] @ models/moco_pass.yaml:75:7
%6046 = mul %6037, %5917 : f32[24] @ models/moco_pass.yaml:75:7
%6047 = add %6046, %6045 : f32[24] @ models/moco_pass.yaml:75:7
%6048 = cast %6039 : f64[] @ models/moco_pass.yaml:75:7
%6049 = pow %3401, %6048 : f64[] @ models/moco_pass.yaml:75:7
%6050 = sub %3394, %6049 : f64[] @ models/moco_pass.yaml:75:7
%6051 = div %2074, %6050 : f64[] @ models/moco_pass.yaml:75:7
%6052 = pow %3409, %6048 : f64[] @ models/moco_pass.yaml:75:7
%6053 = sub %3394, %6052 : f64[] @ models/moco_pass.yaml:75:7
%6054 = sqrt %6053 : f64[] @ models/moco_pass.yaml:75:7
%6055 = div %3394, %6054 : f64[] @ models/moco_pass.yaml:75:7
%6056 = sqrt %6047 : f32[24] @ models/moco_pass.yaml:75:7
%6057 = cast %6055 : f32[] @ models/moco_pass.yaml:75:7
%6058 = broadcast %6057 : f32[24] @ models/moco_pass.yaml:75:7
%6059 = mul %6056, %6058 : f32[24] @ models/moco_pass.yaml:75:7
%6060 = add %6059, %5932 : f32[24] @ models/moco_pass.yaml:75:7
%6061 = div %6043, %6060 : f32[24] @ models/moco_pass.yaml:75:7
%6062 = cast %6051 : f32[] @ models/moco_pass.yaml:75:7
%6063 = broadcast %6062 : f32[24] @ models/moco_pass.yaml:75:7
%6064 = mul %6061, %6063 : f32[24] @ models/moco_pass.yaml:75:7
%6065 = sub %6040, %6064 : f32[24] @ models/moco_pass.yaml:75:7
%6066 = assign %71, %6065 : f32[24] @ models/moco_pass.yaml:75:7
%6067 = assign %6036, %6043 : f32[24] @ models/moco_pass.yaml:75:7
%6068 = assign %6037, %6047 : f32[24] @ models/moco_pass.yaml:75:7
%6069 = assign %6038, %6039 : i64[] @ models/moco_pass.yaml:75:7
%6070 = mul %155, %5943 : f32[24] @ models/moco_pass.yaml:75:7
%6071 = mul %6065, %5945 : f32[24] @ models/moco_pass.yaml:75:7
%6072 = add %6070, %6071 : f32[24] @ models/moco_pass.yaml:75:7
%6073 = assign %155, %6072 : f32[24] @ models/moco_pass.yaml:75:7
%6074 = all_reduce_sum %2527 : f32[24] @ models/moco_pass.yaml:76:7
%6075 = state name="adam_m.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6076 = state name="adam_v.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6077 = state name="adam_t.projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6078 = add %6077, %3391 : i64[] @ models/moco_pass.yaml:76:7
%6079 = mul %72, %5907 : f32[24] @ models/moco_pass.yaml:76:7
%6080 = mul %6074, %5909 : f32[24] @ models/moco_pass.yaml:76:7
%6081 = mul %6075, %5911 : f32[24] @ models/moco_pass.yaml:76:7
%6082 = add %6081, %6080 : f32[24] @ models/moco_pass.yaml:76:7
%6083 = mul %6074, %6074 : f32[24] @ models/moco_pass.yaml:76:7
%6084 = mul %6083, %5915 : f32[24] @ models/moco_pass.yaml:76:7
%6085 = mul %6076, %5917 : f32[24] @ models/moco_pass.yaml:76:7
%6086 = add %6085, %6084 : f32[24] @ models/moco_pass.yaml:76:7
%6087 = cast %6078 : f64[] @ models/moco_pass.yaml:76:7
%6088 = pow %3401, %6087 : f64[] @ models/moco_pass.yaml:76:7
%6089 = sub %3394, %6088 : f64[] @ models/moco_pass.yaml:76:7
%6090 = div %2074, %6089 : f64[] @ models/moco_pass.yaml:76:7
%6091 = pow %3409, %6087 : f64[] @ models/moco_pass.yaml:76:7
%6092 = sub %3394, %6091 : f64[] @ models/moco_pass.yaml:76:7
%6093 = sqrt %6092 : f64[] @ models/moco_pass.yaml:76:7
%6094 = div %3394, %6093 : f64[] @ models/moco_pass.yaml:76:7
%6095 = sqrt %6086 : f32[24] @ models/moco_pass.yaml:76:7
%6096 = cast %6094 : f32[] @ models/moco_pass.yaml:76:7
%6097 = broadcast %6096 : f32[24] @ models/moco_pass.yaml:76:7
%6098 = mul %6095, %6097 : f32[24] @ models/moco_pass.yaml:76:7
%6099 = add %6098, %5932 : f32[24] @ models/moco_pass.yaml:76:7
%6100 = div %6082, %6099 : f32[24] @ models/moco_pass.yaml:76:7
%6101 = cast %6090 : f32[] @ models/moco_pass.yaml:76:7
%6102 = broadcast %6101 : f32[24] @ models/moco_pass.yaml:76:7
%6103 = mul %6100, %6102 : f32[24] @ models/moco_pass.yaml:76:7
%6104 = sub %6079, %6103 : f32[24] @ models/moco_pass.yaml:76:7
%6105 = assign %72, %6104 : f32[24] @ models/moco_pass.yaml:76:7
%6106 = assign %6075, %6082 : f32[24] @ models/moco_pass.yaml:76:7
%6107 = assign %6076, %6086 : f32[24] @ models/moco_pass.yaml:76:7
%6108 = assign %6077, %6078 : i64[] @ models/moco_pass.yaml:76:7
%6109 = mul %156, %5943 : f32[24] @ models/moco_pass.yaml:76:7
%6110 = mul %6104, %5945 : f32[24] @ models/moco_pass.yaml:76:7
%6111 = add %6109, %6110 : f32[24] @ models/moco_pass.yaml:76:7
%6112 = assign %156, %6111 : f32[24] @ models/moco_pass.yaml:76:7
%6113 = all_reduce_sum %2520 : f32[8,24] @ models/lib/nn.yaml:79:7
%6114 = state name="adam_m.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6115 = state name="adam_v.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6116 = state name="adam_t.projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6117 = add %6116, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6118 = broadcast %3396 : f32[8,24] @ models/lib/nn.yaml:79:7
%6119 = mul %73, %6118 : f32[8,24] @ models/lib/nn.yaml:79:7
%6120 = broadcast %2077 : f32[8,24] @ models/lib/nn.yaml:79:7
%6121 = mul %6113, %6120 : f32[8,24] @ models/lib/nn.yaml:79:7
%6122 = broadcast %1348 : f32[8,24] @ models/lib/nn.yaml:79:7
%6123 = mul %6114, %6122 : f32[8,24] @ models/lib/nn.yaml:79:7
%6124 = add %6123, %6121 : f32[8,24] @ models/lib/nn.yaml:79:7
%6125 = mul %6113, %6113 : f32[8,24] @ models/lib/nn.yaml:79:7
%6126 = broadcast %3406 : f32[8,24] @ models/lib/nn.yaml:79:7
%6127 = mul %6125, %6126 : f32[8,24] @ models/lib/nn.yaml:79:7
%6128 = broadcast %3410 : f32[8,24] @ models/lib/nn.yaml:79:7
%6129 = mul %6115, %6128 : f32[8,24] @ models/lib/nn.yaml:79:7
%6130 = add %6129, %6127 : f32[8,24] @ models/lib/nn.yaml:79:7
%6131 = cast %6117 : f64[] @ models/lib/nn.yaml:79:7
%6132 = pow %3401, %6131 : f64[] @ models/lib/nn.yaml:79:7
%6133 = sub %3394, %6132 : f64[] @ models/lib/nn.yaml:79:7
%6134 = div %2074, %6133 : f64[] @ models/lib/nn.yaml:79:7
%6135 = pow %3409, %6131 : f64[] @ models/lib/nn.yaml:79:7
%6136 = sub %3394, %6135 : f64[] @ models/lib/nn.yaml:79:7
%6137 = sqrt %6136 : f64[] @ models/lib/nn.yaml:79:7
%6138 = div %3394, %6137 : f64[] @ models/lib/nn.yaml:79:7
%6139 = sqrt %6130 : f32[8,24] @ models/lib/nn.yaml:79:7
%6140 = cast %6138 : f32[] @ models/lib/nn.yaml:79:7
%6141 = broadcast %6140 : f32[8,24] @ models/lib/nn.yaml:79:7
%6142 = mul %6139, %6141 : f32[8,24] @ models/lib/nn.yaml:79:7
%6143 = broadcast %3426 : f32[8,24] @ models/lib/nn.yaml:79:7
%6144 = add %6142, %6143 : f32[8,24] @ models/lib/nn.yaml:79:7
%6145 = div %6124, %6144 : f32[8,24] @ models/lib/nn.yaml:79:7
%6146 = cast %6134 : f32[] @ models/lib/nn.yaml:79:7
%6147 = broadcast %6146 : f32[8,24] @ models/lib/nn.yaml:79:7
%6148 = mul %6145, %6147 : f32[8,24] @ models/lib/nn.yaml:79:7
%6149 = sub %6119, %6148 : f32[8,24] @ models/lib/nn.yaml:79:7
%6150 = assign %73, %6149 : f32[8,24] @ models/lib/nn.yaml:79:7
%6151 = assign %6114, %6124 : f32[8,24] @ models/lib/nn.yaml:79:7
%6152 = assign %6115, %6130 : f32[8,24] @ models/lib/nn.yaml:79:7
%6153 = assign %6116, %6117 : i64[] @ models/lib/nn.yaml:79:7
%6154 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%6155 = mul %157, %6154 : f32[8,24] @ models/lib/nn.yaml:79:7
%6156 = broadcast %3441 : f32[8,24] @ models/lib/nn.yaml:79:7
%6157 = mul %6149, %6156 : f32[8,24] @ models/lib/nn.yaml:79:7
%6158 = add %6155, %6157 : f32[8,24] @ models/lib/nn.yaml:79:7
%6159 = assign %157, %6158 : f32[8,24] @ models/lib/nn.yaml:79:7
%6160 = all_reduce_sum %2497 : f32[24,8] @ models/lib/nn.yaml:79:7
%6161 = state name="adam_m.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%6162 = state name="adam_v.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%6163 = state name="adam_t.predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6164 = add %6163, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6165 = broadcast %3396 : f32[24,8] @ models/lib/nn.yaml:79:7
%6166 = mul %74, %6165 : f32[24,8] @ models/lib/nn.yaml:79:7
%6167 = broadcast %2077 : f32[24,8] @ models/lib/nn.yaml:79:7
%6168 = mul %6160, %6167 : f32[24,8] @ models/lib/nn.yaml:79:7
%6169 = broadcast %1348 : f32[24,8] @ models/lib/nn.yaml:79:7
%6170 = mul %6161, %6169 : f32[24,8] @ models/lib/nn.yaml:79:7
%6171 = add %6170, %6168 : f32[24,8] @ models/lib/nn.yaml:79:7
%6172 = mul %6160, %6160 : f32[24,8] @ models/lib/nn.yaml:79:7
%6173 = broadcast %3406 : f32[24,8] @ models/lib/nn.yaml:79:7
%6174 = mul %6172, %6173 : f32[24,8] @ models/lib/nn.yaml:79:7
%6175 = broadcast %3410 : f32[24,8] @ models/lib/nn.yaml:79:7
%6176 = mul %6162, %6175 : f32[24,8] @ models/lib/nn.yaml:79:7
%6177 = add %6176, %6174 : f32[24,8] @ models/lib/nn.yaml:79:7
%6178 = cast %6164 : f64[] @ models/lib/nn.yaml:79:7
%6179 = pow %3401, %6178 : f64[] @ models/lib/nn.yaml:79:7
%6180 = sub %3394, %6179 : f64[] @ models/lib/nn.yaml:79:7
%6181 = div %2074, %6180 : f64[] @ models/lib/nn.yaml:79:7
%6182 = pow %3409, %6178 : f64[] @ models/lib/nn.yaml:79:7
%6183 = sub %3394, %6182 : f64[] @ models/lib/nn.yaml:79:7
%6184 = sqrt %6183 : f64[] @ models/lib/nn.yaml:79:7
%6185 = div %3394, %6184 : f64[] @ models/lib/nn.yaml:79:7
%6186 = sqrt %6177 : f32[24,8] @ models/lib/nn.yaml:79:7
%6187 = cast %6185 : f32[] @ models/lib/nn.yaml:79:7
%6188 = broadcast %6187 : f32[24,8] @ models/lib/nn.yaml:79:7
%6189 = mul %6186, %6188 : f32[24,8] @ models/lib/nn.yaml:79:7
%6190 = broadcast %3426 : f32[24,8] @ models/lib/nn.yaml:79:7
%6191 = add %6189, %6190 : f32[24,8] @ models/lib/nn.yaml:79:7
%6192 = div %6171, %6191 : f32[24,8] @ models/lib/nn.yaml:79:7
%6193 = cast %6181 : f32[] @ models/lib/nn.yaml:79:7
%6194 = broadcast %6193 : f32[24,8] @ models/lib/nn.yaml:79:7
%6195 = mul %6192, %6194 : f32[24,8] @ models/lib/nn.yaml:79:7
%6196 = sub %6166, %6195 : f32[24,8] @ models/lib/nn.yaml:79:7
%6197 = assign %74, %6196 : f32[24,8] @ models/lib/nn.yaml:79:7
%6198 = assign %6161, %6171 : f32[24,8] @ models/lib/nn.yaml:79:7
%6199 = assign %6162, %6177 : f32[24,8] @ models/lib/nn.yaml:79:7
%6200 = assign %6163, %6164 : i64[] @ models/lib/nn.yaml:79:7
%6201 = broadcast %3 : f32[24,8] @ models/lib/nn.yaml:79:7
%6202 = mul %158, %6201 : f32[24,8] @ models/lib/nn.yaml:79:7
%6203 = broadcast %3441 : f32[24,8] @ models/lib/nn.yaml:79:7
%6204 = mul %6196, %6203 : f32[24,8] @ models/lib/nn.yaml:79:7
%6205 = add %6202, %6204 : f32[24,8] @ models/lib/nn.yaml:79:7
%6206 = assign %158, %6205 : f32[24,8] @ models/lib/nn.yaml:79:7
%6207 = all_reduce_sum %2473 : f32[24] @ models/moco_pass.yaml:75:7
%6208 = state name="adam_m.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6209 = state name="adam_v.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6210 = state name="adam_t.predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6211 = add %6210, %3391 : i64[] @ models/moco_pass.yaml:75:7
%6212 = mul %75, %5907 : f32[24] @ models/moco_pass.yaml:75:7
%6213 = mul %6207, %5909 : f32[24] @ models/moco_pass.yaml:75:7
%6214 = mul %6208, %5911 : f32[24] @ models/moco_pass.yaml:75:7
%6215 = add %6214, %6213 : f32[24] @ models/moco_pass.yaml:75:7
%6216 = mul %6207, %6207 : f32[24] @ models/moco_pass.yaml:75:7
%6217 = mul %6216, %5915 : f32[24] @ models/moco_pass.yaml:75:7
%6218 = mul %6209, %5917 : f32[24] @ models/moco_pass.yaml:75:7
%6219 = add %6218, %6217 : f32[24] @ models/moco_pass.yaml:75:7
%6220 = cast %6211 : f64[] @ models/moco_pass.yaml:75:7
%6221 = pow %3401, %6220 : f64[] @ models/moco_pass.yaml:75:7
%6222 = sub %3394, %6221 : f64[] @ models/moco_pass.yaml:75:7
%6223 = div %2074, %6222 : f64[] @ models/moco_pass.yaml:75:7
%6224 = pow %3409, %6220 : f64[] @ models/moco_pass.yaml:75:7
%6225 = sub %3394, %6224 : f64[] @ models/moco_pass.yaml:75:7
%6226 = sqrt %6225 : f64[] @ models/moco_pass.yaml:75:7
%6227 = div %3394, %6226 : f64[] @ models/moco_pass.yaml:75:7
%6228 = sqrt %6219 : f32[24] @ models/moco_pass.yaml:75:7
%6229 = cast %6227 : f32[] @ models/moco_pass.yaml:75:7
%6230 = broadcast %6229 : f32[24] @ models/moco_pass.yaml:75:7
%6231 = mul %6228, %6230 : f32[24] @ models/moco_pass.yaml:75:7
%6232 = add %6231, %5932 : f32[24] @ models/moco_pass.yaml:75:7
%6233 = div %6215, %6232 : f32[24] @ models/moco_pass.yaml:75:7
%6234 = cast %6223 : f32[] @ models/moco_pass.yaml:75:7
%6235 = broadcast %6234 : f32[24] @ models/moco_pass.yaml:75:7
%6236 = mul %6233, %6235 : f32[24] @ models/moco_pass.yaml:75:7
%6237 = sub %6212, %6236 : f32[24] @ models/moco_pass.yaml:75:7
%6238 = assign %75, %6237 : f32[24] @ models/moco_pass.yaml:75:7
%6239 = assign %6208, %6215 : f32[24] @ models/moco_pass.yaml:75:7
%6240 = assign %6209, %6219 : f32[24] @ models/moco_pass.yaml:75:7
%6241 = assign %6210, %6211 : i64[] @ models/moco_pass.yaml:75:7
%6242 = mul %159, %5943 : f32[24] @ models/moco_pass.yaml:75:7
%6243 = mul %6237, %5945 : f32[24] @ models/moco_pass.yaml:75:7
%6244 = add %6242, %6243 : f32[24] @ models/moco_pass.yaml:75:7
%6245 = assign %159, %6244 : f32[24] @ models/moco_pass.yaml:75:7
%6246 = all_reduce_sum %2469 : f32[24] @ models/moco_pass.yaml:76:7
%6247 = state name="adam_m.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6248 = state name="adam_v.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6249 = state name="adam_t.predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6250 = add %6249, %3391 : i64[] @ models/moco_pass.yaml:76:7
%6251 = mul %76, %5907 : f32[24] @ models/moco_pass.yaml:76:7
%6252 = mul %6246, %5909 : f32[24] @ models/moco_pass.yaml:76:7
%6253 = mul %6247, %5911 : f32[24] @ models/moco_pass.yaml:76:7
%6254 = add %6253, %6252 : f32[24] @ models/moco_pass.yaml:76:7
%6255 = mul %6246, %6246 : f32[24] @ models/moco_pass.yaml:76:7
%6256 = mul %6255, %5915 : f32[24] @ models/moco_pass.yaml:76:7
%6257 = mul %6248, %5917 : f32[24] @ models/moco_pass.yaml:76:7
%6258 = add %6257, %6256 : f32[24] @ models/moco_pass.yaml:76:7
%6259 = cast %6250 : f64[] @ models/moco_pass.yaml:76:7
%6260 = pow %3401, %6259 : f64[] @ models/moco_pass.yaml:76:7
%6261 = sub %3394, %6260 : f64[] @ models/moco_pass.yaml:76:7
%6262 = div %2074, %6261 : f64[] @ models/moco_pass.yaml:76:7
%6263 = pow %3409, %6259 : f64[] @ models/moco_pass.yaml:76:7
%6264 = sub %3394, %6263 : f64[] @ models/moco_pass.yaml:76:7
%6265 = sqrt %6264 : f64[] @ models/moco_pass.yaml:76:7
%6266 = div %3394, %6265 : f64[] @ models/moco_pass.yaml:76:7
%6267 = sqrt %6258 : f32[24] @ models/moco_pass.yaml:76:7
%6268 = cast %6266 : f32[] @ models/moco_pass.yaml:76:7
%6269 = broadcast %6268 : f32[24] @ models/moco_pass.yaml:76:7
%6270 = mul %6267, %6269 : f32[24] @ models/moco_pass.yaml:76:7
%6271 = add %6270, %5932 : f32[24] @ models/moco_pass.yaml:76:7
%6272 = div %6254, %6271 : f32[24] @ models/moco_pass.yaml:76:7
%6273 = cast %6262 : f32[] @ models/moco_pass.yaml:76:7
%6274 = broadcast %6273 : f32[24] @ models/moco_pass.yaml:76:7
%6275 = mul %6272, %6274 : f32[24] @ models/moco_pass.yaml:76:7
%6276 = sub %6251, %6275 : f32[24] @ models/moco_pass.yaml:76:7
%6277 = assign %76, %6276 : f32[24] @ models/moco_pass.yaml:76:7
%6278 = assign %6247, %6254 : f32[24] @ models/moco_pass.yaml:76:7
%6279 = assign %6248, %6258 : f32[24] @ models/moco_pass.yaml:76:7
%6280 = assign %6249, %6250 : i64[] @ models/moco_pass.yaml:76:7
%6281 = mul %160, %5943 : f32[24] @ models/moco_pass.yaml:76:7
%6282 = mul %6276, %5945 : f32[24] @ models/moco_pass.yaml:76:7
%6283 = add %6281, %6282 : f32[24] @ models/moco_pass.yaml:76:7
%6284 = assign %160, %6283 : f32[24] @ models/moco_pass.yaml:76:7
%6285 = all_reduce_sum %2461 : f32[8,24] @ models/lib/nn.yaml:79:7
%6286 = state name="adam_m.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6287 = state name="adam_v.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6288 = state name="adam_t.predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6289 = add %6288, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6290 = mul %77, %6118 : f32[8,24] @ models/lib/nn.yaml:79:7
%6291 = mul %6285, %6120 : f32[8,24] @ models/lib/nn.yaml:79:7
%6292 = mul %6286, %6122 : f32[8,24] @ models/lib/nn.yaml:79:7
%6293 = add %6292, %6291 : f32[8,24] @ models/lib/nn.yaml:79:7
%6294 = mul %6285, %6285 : f32[8,24] @ models/lib/nn.yaml:79:7
%6295 = mul %6294, %6126 : f32[8,24] @ models/lib/nn.yaml:79:7
%6296 = mul %6287, %6128 : f32[8,24] @ models/lib/nn.yaml:79:7
%6297 = add %6296, %6295 : f32[8,24] @ models/lib/nn.yaml:79:7
%6298 = cast %6289 : f64[] @ models/lib/nn.yaml:79:7
%6299 = pow %3401, %6298 : f64[] @ models/lib/nn.yaml:79:7
%6300 = sub %3394, %6299 : f64[] @ models/lib/nn.yaml:79:7
%6301 = div %2074, %6300 : f64[] @ models/lib/nn.yaml:79:7
%6302 = pow %3409, %6298 : f64[] @ models/lib/nn.yaml:79:7
%6303 = sub %3394, %6302 : f64[] @ models/lib/nn.yaml:79:7
%6304 = sqrt %6303 : f64[] @ models/lib/nn.yaml:79:7
%6305 = div %3394, %6304 : f64[] @ models/lib/nn.yaml:79:7
%6306 = sqrt %6297 : f32[8,24] @ models/lib/nn.yaml:79:7
%6307 = cast %6305 : f32[] @ models/lib/nn.yaml:79:7
%6308 = broadcast %6307 : f32[8,24] @ models/lib/nn.yaml:79:7
%6309 = mul %6306, %6308 : f32[8,24] @ models/lib/nn.yaml:79:7
%6310 = add %6309, %6143 : f32[8,24] @ models/lib/nn.yaml:79:7
%6311 = div %6293, %6310 : f32[8,24] @ models/lib/nn.yaml:79:7
%6312 = cast %6301 : f32[] @ models/lib/nn.yaml:79:7
%6313 = broadcast %6312 : f32[8,24] @ models/lib/nn.yaml:79:7
%6314 = mul %6311, %6313 : f32[8,24] @ models/lib/nn.yaml:79:7
%6315 = sub %6290, %6314 : f32[8,24] @ models/lib/nn.yaml:79:7
%6316 = assign %77, %6315 : f32[8,24] @ models/lib/nn.yaml:79:7
%6317 = assign %6286, %6293 : f32[8,24] @ models/lib/nn.yaml:79:7
%6318 = assign %6287, %6297 : f32[8,24] @ models/lib/nn.yaml:79:7
%6319 = assign %6288, %6289 : i64[] @ models/lib/nn.yaml:79:7
%6320 = mul %161, %6154 : f32[8,24] @ models/lib/nn.yaml:79:7
%6321 = mul %6315, %6156 : f32[8,24] @ models/lib/nn.yaml:79:7
%6322 = add %6320, %6321 : f32[8,24] @ models/lib/nn.yaml:79:7
%6323 = assign %161, %6322 : f32[8,24] @ models/lib/nn.yaml:79:7
%6324 = all_reduce_sum %2436 : f32[12,16] @ models/lib/nn.yaml:79:7
%6325 = state name="adam_m.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%6326 = state name="adam_v.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%6327 = state name="adam_t.patch_projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6328 = add %6327, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6329 = broadcast %3396 : f32[12,16] @ models/lib/nn.yaml:79:7
%6330 = mul %78, %6329 : f32[12,16] @ models/lib/nn.yaml:79:7
%6331 = broadcast %2077 : f32[12,16] @ models/lib/nn.yaml:79:7
%6332 = mul %6324, %6331 : f32[12,16] @ models/lib/nn.yaml:79:7
%6333 = broadcast %1348 : f32[12,16] @ models/lib/nn.yaml:79:7
%6334 = mul %6325, %6333 : f32[12,16] @ models/lib/nn.yaml:79:7
%6335 = add %6334, %6332 : f32[12,16] @ models/lib/nn.yaml:79:7
%6336 = mul %6324, %6324 : f32[12,16] @ models/lib/nn.yaml:79:7
%6337 = broadcast %3406 : f32[12,16] @ models/lib/nn.yaml:79:7
%6338 = mul %6336, %6337 : f32[12,16] @ models/lib/nn.yaml:79:7
%6339 = broadcast %3410 : f32[12,16] @ models/lib/nn.yaml:79:7
%6340 = mul %6326, %6339 : f32[12,16] @ models/lib/nn.yaml:79:7
%6341 = add %6340, %6338 : f32[12,16] @ models/lib/nn.yaml:79:7
%6342 = cast %6328 : f64[] @ models/lib/nn.yaml:79:7
%6343 = pow %3401, %6342 : f64[] @ models/lib/nn.yaml:79:7
%6344 = sub %3394, %6343 : f64[] @ models/lib/nn.yaml:79:7
%6345 = div %2074, %6344 : f64[] @ models/lib/nn.yaml:79:7
%6346 = pow %3409, %6342 : f64[] @ models/lib/nn.yaml:79:7
%6347 = sub %3394, %6346 : f64[] @ models/lib/nn.yaml:79:7
%6348 = sqrt %6347 : f64[] @ models/lib/nn.yaml:79:7
%6349 = div %3394, %6348 : f64[] @ models/lib/nn.yaml:79:7
%6350 = sqrt %6341 : f32[12,16] @ models/lib/nn.yaml:79:7
%6351 = cast %6349 : f32[] @ models/lib/nn.yaml:79:7
%6352 = broadcast %6351 : f32[12,16] @ models/lib/nn.yaml:79:7
%6353 = mul %6350, %6352 : f32[12,16] @ models/lib/nn.yaml:79:7
%6354 = broadcast %3426 : f32[12,16] @ models/lib/nn.yaml:79:7
%6355 = add %6353, %6354 : f32[12,16] @ models/lib/nn.yaml:79:7
%6356 = div %6335, %6355 : f32[12,16] @ models/lib/nn.yaml:79:7
%6357 = cast %6345 : f32[] @ models/lib/nn.yaml:79:7
%6358 = broadcast %6357 : f32[12,16] @ models/lib/nn.yaml:79:7
%6359 = mul %6356, %6358 : f32[12,16] @ models/lib/nn.yaml:79:7
%6360 = sub %6330, %6359 : f32[12,16] @ models/lib/nn.yaml:79:7
%6361 = assign %78, %6360 : f32[12,16] @ models/lib/nn.yaml:79:7
%6362 = assign %6325, %6335 : f32[12,16] @ models/lib/nn.yaml:79:7
%6363 = assign %6326, %6341 : f32[12,16] @ models/lib/nn.yaml:79:7
%6364 = assign %6327, %6328 : i64[] @ models/lib/nn.yaml:79:7
%6365 = broadcast %3 : f32[12,16] @ models/lib/nn.yaml:79:7
%6366 = mul %162, %6365 : f32[12,16] @ models/lib/nn.yaml:79:7
%6367 = broadcast %3441 : f32[12,16] @ models/lib/nn.yaml:79:7
%6368 = mul %6360, %6367 : f32[12,16] @ models/lib/nn.yaml:79:7
%6369 = add %6366, %6368 : f32[12,16] @ models/lib/nn.yaml:79:7
%6370 = assign %162, %6369 : f32[12,16] @ models/lib/nn.yaml:79:7
%6371 = all_reduce_sum %2413 : f32[12] @ models/moco_pass.yaml:75:7
%6372 = state name="adam_m.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6373 = state name="adam_v.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6374 = state name="adam_t.patch_projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6375 = add %6374, %3391 : i64[] @ models/moco_pass.yaml:75:7
%6376 = broadcast %3396 : f32[12] @ models/moco_pass.yaml:75:7
%6377 = mul %79, %6376 : f32[12] @ models/moco_pass.yaml:75:7
%6378 = broadcast %2077 : f32[12] @ models/moco_pass.yaml:75:7
%6379 = mul %6371, %6378 : f32[12] @ models/moco_pass.yaml:75:7
%6380 = broadcast %1348 : f32[12] @ models/moco_pass.yaml:75:7
%6381 = mul %6372, %6380 : f32[12] @ models/moco_pass.yaml:75:7
%6382 = add %6381, %6379 : f32[12] @ models/moco_pass.yaml:75:7
%6383 = mul %6371, %6371 : f32[12] @ models/moco_pass.yaml:75:7
%6384 = broadcast %3406 : f32[12] @ models/moco_pass.yaml:75:7
%6385 = mul %6383, %6384 : f32[12] @ models/moco_pass.yaml:75:7
%6386 = broadcast %3410 : f32[12] @ models/moco_pass.yaml:75:7
%6387 = mul %6373, %6386 : f32[12] @ models/moco_pass.yaml:75:7
%6388 = add %6387, %6385 : f32[12] @ models/moco_pass.yaml:75:7
%6389 = cast %6375 : f64[] @ models/moco_pass.yaml:75:7
%6390 = pow %3401, %6389 : f64[] @ models/moco_pass.yaml:75:7
%6391 = sub %3394, %6390 : f64[] @ models/moco_pass.yaml:75:7
%6392 = div %2074, %6391 : f64[] @ models/moco_pass.yaml:75:7
%6393 = pow %3409, %6389 : f64[] @ models/moco_pass.yaml:75:7
%6394 = sub %3394, %6393 : f64[] @ models/moco_pass.yaml:75:7
%6395 = sqrt %6394 : f64[] @ models/moco_pass.yaml:75:7
%6396 = div %3394, %6395 : f64[] @ models/moco_pass.yaml:75:7
%6397 = sqrt %6388 : f32[12] @ models/moco_pass.yaml:75:7
%6398 = cast %6396 : f32[] @ models/moco_pass.yaml:75:7
%6399 = broadcast %6398 : f32[12] @ models/moco_pass.yaml:75:7
%6400 = mul %6397, %6399 : f32[12] @ models/moco_pass.yaml:75:7
%6401 = broadcast %3426 : f32[12] @ models/moco_pass.yaml:75:7
%6402 = add %6400, %6401 : f32[12] @ models/moco_pass.yaml:75:7
%6403 = div %6382, %6402 : f32[12] @ models/moco_pass.yaml:75:7
%6404 = cast %6392 : f32[] @ models/moco_pass.yaml:75:7
%6405 = broadcast %6404 : f32[12] @ models/moco_pass.yaml:75:7
%6406 = mul %6403, %6405 : f32[12] @ models/moco_pass.yaml:75:7
%6407 = sub %6377, %6406 : f32[12] @ models/moco_pass.yaml:75:7
%6408 = assign %79, %6407 : f32[12] @ models/moco_pass.yaml:75:7
%6409 = assign %6372, %6382 : f32[12] @ models/moco_pass.yaml:75:7
%6410 = assign %6373, %6388 : f32[12] @ models/moco_pass.yaml:75:7
%6411 = assign %6374, %6375 : i64[] @ models/moco_pass.yaml:75:7
%6412 = broadcast %3 : f32[12] @ models/moco_pass.yaml:75:7
%6413 = mul %163, %6412 : f32[12] @ models/moco_pass.yaml:75:7
%6414 = broadcast %3441 : f32[12] @ models/moco_pass.yaml:75:7
%6415 = mul %6407, %6414 : f32[12] @ models/moco_pass.yaml:75:7
%6416 = add %6413, %6415 : f32[12] @ models/moco_pass.yaml:75:7
%6417 = assign %163, %6416 : f32[12] @ models/moco_pass.yaml:75:7
%6418 = all_reduce_sum %2409 : f32[12] @ models/moco_pass.yaml:76:7
%6419 = state name="adam_m.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6420 = state name="adam_v.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6421 = state name="adam_t.patch_projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6422 = add %6421, %3391 : i64[] @ models/moco_pass.yaml:76:7
%6423 = mul %80, %6376 : f32[12] @ models/moco_pass.yaml:76:7
%6424 = mul %6418, %6378 : f32[12] @ models/moco_pass.yaml:76:7
%6425 = mul %6419, %6380 : f32[12] @ models/moco_pass.yaml:76:7
%6426 = add %6425, %6424 : f32[12] @ models/moco_pass.yaml:76:7
%6427 = mul %6418, %6418 : f32[12] @ models/moco_pass.yaml:76:7
%6428 = mul %6427, %6384 : f32[12] @ models/moco_pass.yaml:76:7
%6429 = mul %6420, %6386 : f32[12] @ models/moco_pass.yaml:76:7
%6430 = add %6429, %6428 : f32[12] @ models/moco_pass.yaml:76:7
%6431 = cast %6422 : f64[] @ models/moco_pass.yaml:76:7
%6432 = pow %3401, %6431 : f64[] @ models/moco_pass.yaml:76:7
%6433 = sub %3394, %6432 : f64[] @ models/moco_pass.yaml:76:7
%6434 = div %2074, %6433 : f64[] @ models/moco_pass.yaml:76:7
%6435 = pow %3409, %6431 : f64[] @ models/moco_pass.yaml:76:7
%6436 = sub %3394, %6435 : f64[] @ models/moco_pass.yaml:76:7
%6437 = sqrt %6436 : f64[] @ models/moco_pass.yaml:76:7
%6438 = div %3394, %6437 : f64[] @ models/moco_pass.yaml:76:7
%6439 = sqrt %6430 : f32[12] @ models/moco_pass.yaml:76:7
%6440 = cast %6438 : f32[] @ models/moco_pass.yaml:76:7
%6441 = broadcast %6440 : f32[12] @ models/moco_pass.yaml:76:7
%6442 = mul %6439, %6441 : f32[12] @ models/moco_pass.yaml:76:7
%6443 = add %6442, %6401 : f32[12] @ models/moco_pass.yaml:76:7
%6444 = div %6426, %6443 : f32[12] @ models/moco_pass.yaml:76:7
%6445 = cast %6434 : f32[] @ models/moco_pass.yaml:76:7
%6446 = broadcast %6445 : f32[12] @ models/moco_pass.yaml:76:7
%6447 = mul %6444, %6446 : f32[12] @ models/moco_pass.yaml:76:7
%6448 = sub %6423, %6447 : f32[12] @ models/moco_pass.yaml:76:7
%6449 = assign %80, %6448 : f32[12] @ models/moco_pass.yaml:76:7
%6450 = assign %6419, %6426 : f32[12] @ models/moco_pass.yaml:76:7
%6451 = assign %6420, %6430 : f32[12] @ models/moco_pass.yaml:76:7
%6452 = assign %6421, %6422 : i64[] @ models/moco_pass.yaml:76:7
%6453 = mul %164, %6412 : f32[12] @ models/moco_pass.yaml:76:7
%6454 = mul %6448, %6414 : f32[12] @ models/moco_pass.yaml:76:7
%6455 = add %6453, %6454 : f32[12] @ models/moco_pass.yaml:76:7
%6456 = assign %164, %6455 : f32[12] @ models/moco_pass.yaml:76:7
%6457 = all_reduce_sum %2402 : f32[12,12] @ models/lib/nn.yaml:79:7
%6458 = state name="adam_m.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%6459 = state name="adam_v.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%6460 = state name="adam_t.patch_projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6461 = add %6460, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6462 = broadcast %3396 : f32[12,12] @ models/lib/nn.yaml:79:7
%6463 = mul %81, %6462 : f32[12,12] @ models/lib/nn.yaml:79:7
%6464 = broadcast %2077 : f32[12,12] @ models/lib/nn.yaml:79:7
%6465 = mul %6457, %6464 : f32[12,12] @ models/lib/nn.yaml:79:7
%6466 = broadcast %1348 : f32[12,12] @ models/lib/nn.yaml:79:7
%6467 = mul %6458, %6466 : f32[12,12] @ models/lib/nn.yaml:79:7
%6468 = add %6467, %6465 : f32[12,12] @ models/lib/nn.yaml:79:7
%6469 = mul %6457, %6457 : f32[12,12] @ models/lib/nn.yaml:79:7
%6470 = broadcast %3406 : f32[12,12] @ models/lib/nn.yaml:79:7
%6471 = mul %6469, %6470 : f32[12,12] @ models/lib/nn.yaml:79:7
%6472 = broadcast %3410 : f32[12,12] @ models/lib/nn.yaml:79:7
%6473 = mul %6459, %6472 : f32[12,12] @ models/lib/nn.yaml:79:7
%6474 = add %6473, %6471 : f32[12,12] @ models/lib/nn.yaml:79:7
%6475 = cast %6461 : f64[] @ models/lib/nn.yaml:79:7
%6476 = pow %3401, %6475 : f64[] @ models/lib/nn.yaml:79:7
%6477 = sub %3394, %6476 : f64[] @ models/lib/nn.yaml:79:7
%6478 = div %2074, %6477 : f64[] @ models/lib/nn.yaml:79:7
%6479 = pow %3409, %6475 : f64[] @ models/lib/nn.yaml:79:7
%6480 = sub %3394, %6479 : f64[] @ models/lib/nn.yaml:79:7
%6481 = sqrt %6480 : f64[] @ models/lib/nn.yaml:79:7
%6482 = div %3394, %6481 : f64[] @ models/lib/nn.yaml:79:7
%6483 = sqrt %6474 : f32[12,12] @ models/lib/nn.yaml:79:7
%6484 = cast %6482 : f32[] @ models/lib/nn.yaml:79:7
%6485 = broadcast %6484 : f32[12,12] @ models/lib/nn.yaml:79:7
%6486 = mul %6483, %6485 : f32[12,12] @ models/lib/nn.yaml:79:7
%6487 = broadcast %3426 : f32[12,12] @ models/lib/nn.yaml:79:7
%6488 = add %6486, %6487 : f32[12,12] @ models/lib/nn.yaml:79:7
%6489 = div %6468, %6488 : f32[12,12] @ models/lib/nn.yaml:79:7
%6490 = cast %6478 : f32[] @ models/lib/nn.yaml:79:7
%6491 = broadcast %6490 : f32[12,12] @ models/lib/nn.yaml:79:7
%6492 = mul %6489, %6491 : f32[12,12] @ models/lib/nn.yaml:79:7
%6493 = sub %6463, %6492 : f32[12,12] @ models/lib/nn.yaml:79:7
%6494 = assign %81, %6493 : f32[12,12] @ models/lib/nn.yaml:79:7
%6495 = assign %6458, %6468 : f32[12,12] @ models/lib/nn.yaml:79:7
%6496 = assign %6459, %6474 : f32[12,12] @ models/lib/nn.yaml:79:7
%6497 = assign %6460, %6461 : i64[] @ models/lib/nn.yaml:79:7
%6498 = broadcast %3 : f32[12,12] @ models/lib/nn.yaml:79:7
%6499 = mul %165, %6498 : f32[12,12] @ models/lib/nn.yaml:79:7
%6500 = broadcast %3441 : f32[12,12] @ models/lib/nn.yaml:79:7
%6501 = mul %6493, %6500 : f32[12,12] @ models/lib/nn.yaml:79:7
%6502 = add %6499, %6501 : f32[12,12] @ models/lib/nn.yaml:79:7
%6503 = assign %165, %6502 : f32[12,12] @ models/lib/nn.yaml:79:7
%6504 = all_reduce_sum %2379 : f32[12] @ models/moco_pass.yaml:75:7
%6505 = state name="adam_m.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6506 = state name="adam_v.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6507 = state name="adam_t.patch_projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6508 = add %6507, %3391 : i64[] @ models/moco_pass.yaml:75:7
%6509 = mul %82, %6376 : f32[12] @ models/moco_pass.yaml:75:7
%6510 = mul %6504, %6378 : f32[12] @ models/moco_pass.yaml:75:7
%6511 = mul %6505, %6380 : f32[12] @ models/moco_pass.yaml:75:7
%6512 = add %6511, %6510 : f32[12] @ models/moco_pass.yaml:75:7
%6513 = mul %6504, %6504 : f32[12] @ models/moco_pass.yaml:75:7
%6514 = mul %6513, %6384 : f32[12] @ models/moco_pass.yaml:75:7
%6515 = mul %6506, %6386 : f32[12] @ models/moco_pass.yaml:75:7
%6516 = add %6515, %6514 : f32[12] @ models/moco_pass.yaml:75:7
%6517 = cast %6508 : f64[] @ models/moco_pass.yaml:75:7
%6518 = pow %3401, %6517 : f64[] @ models/moco_pass.yaml:75:7
%6519 = sub %3394, %6518 : f64[] @ models/moco_pass.yaml:75:7
%6520 = div %2074, %6519 : f64[] @ models/moco_pass.yaml:75:7
%6521 = pow %3409, %6517 : f64[] @ models/moco_pass.yaml:75:7
%6522 = sub %3394, %6521 : f64[] @ models/moco_pass.yaml:75:7
%6523 = sqrt %6522 : f64[] @ models/moco_pass.yaml:75:7
%6524 = div %3394, %6523 : f64[] @ models/moco_pass.yaml:75:7
%6525 = sqrt %6516 : f32[12] @ models/moco_pass.yaml:75:7
%6526 = cast %6524 : f32[] @ models/moco_pass.yaml:75:7
%6527 = broadcast %6526 : f32[12] @ models/moco_pass.yaml:75:7
%6528 = mul %6525, %6527 : f32[12] @ models/moco_pass.yaml:75:7
%6529 = add %6528, %6401 : f32[12] @ models/moco_pass.yaml:75:7
%6530 = div %6512, %6529 : f32[12] @ models/moco_pass.yaml:75:7
%6531 = cast %6520 : f32[] @ models/moco_pass.yaml:75:7
%6532 = broadcast %6531 : f32[12] @ models/moco_pass.yaml:75:7
%6533 = mul %6530, %6532 : f32[12] @ models/moco_pass.yaml:75:7
%6534 = sub %6509, %6533 : f32[12] @ models/moco_pass.yaml:75:7
%6535 = assign %82, %6534 : f32[12] @ models/moco_pass.yaml:75:7
%6536 = assign %6505, %6512 : f32[12] @ models/moco_pass.yaml:75:7
%6537 = assign %6506, %6516 : f32[12] @ models/moco_pass.yaml:75:7
%6538 = assign %6507, %6508 : i64[] @ models/moco_pass.yaml:75:7
%6539 = mul %166, %6412 : f32[12] @ models/moco_pass.yaml:75:7
%6540 = mul %6534, %6414 : f32[12] @ models/moco_pass.yaml:75:7
%6541 = add %6539, %6540 : f32[12] @ models/moco_pass.yaml:75:7
%6542 = assign %166, %6541 : f32[12] @ models/moco_pass.yaml:75:7
%6543 = all_reduce_sum %2375 : f32[12] @ models/moco_pass.yaml:76:7
%6544 = state name="adam_m.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6545 = state name="adam_v.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6546 = state name="adam_t.patch_projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6547 = add %6546, %3391 : i64[] @ models/moco_pass.yaml:76:7
%6548 = mul %83, %6376 : f32[12] @ models/moco_pass.yaml:76:7
%6549 = mul %6543, %6378 : f32[12] @ models/moco_pass.yaml:76:7
%6550 = mul %6544, %6380 : f32[12] @ models/moco_pass.yaml:76:7
%6551 = add %6550, %6549 : f32[12] @ models/moco_pass.yaml:76:7
%6552 = mul %6543, %6543 : f32[12] @ models/moco_pass.yaml:76:7
%6553 = mul %6552, %6384 : f32[12] @ models/moco_pass.yaml:76:7
%6554 = mul %6545, %6386 : f32[12] @ models/moco_pass.yaml:76:7
%6555 = add %6554, %6553 : f32[12] @ models/moco_pass.yaml:76:7
%6556 = cast %6547 : f64[] @ models/moco_pass.yaml:76:7
%6557 = pow %3401, %6556 : f64[] @ models/moco_pass.yaml:76:7
%6558 = sub %3394, %6557 : f64[] @ models/moco_pass.yaml:76:7
%6559 = div %2074, %6558 : f64[] @ models/moco_pass.yaml:76:7
%6560 = pow %3409, %6556 : f64[] @ models/moco_pass.yaml:76:7
%6561 = sub %3394, %6560 : f64[] @ models/moco_pass.yaml:76:7
%6562 = sqrt %6561 : f64[] @ models/moco_pass.yaml:76:7
%6563 = div %3394, %6562 : f64[] @ models/moco_pass.yaml:76:7
%6564 = sqrt %6555 : f32[12] @ models/moco_pass.yaml:76:7
%6565 = cast %6563 : f32[] @ models/moco_pass.yaml:76:7
%6566 = broadcast %6565 : f32[12] @ models/moco_pass.yaml:76:7
%6567 = mul %6564, %6566 : f32[12] @ models/moco_pass.yaml:76:7
%6568 = add %6567, %6401 : f32[12] @ models/moco_pass.yaml:76:7
%6569 = div %6551, %6568 : f32[12] @ models/moco_pass.yaml:76:7
%6570 = cast %6559 : f32[] @ models/moco_pass.yaml:76:7
%6571 = broadcast %6570 : f32[12] @ models/moco_pass.yaml:76:7
%6572 = mul %6569, %6571 : f32[12] @ models/moco_pass.yaml:76:7
%6573 = sub %6548, %6572 : f32[12] @ models/moco_pass.yaml:76:7
%6574 = assign %83, %6573 : f32[12] @ models/moco_pass.yaml:76:7
%6575 = assign %6544, %6551 : f32[12] @ models/moco_pass.yaml:76:7
%6576 = assign %6545, %6555 : f32[12] @ models/moco_pass.yaml:76:7
%6577 = assign %6546, %6547 : i64[] @ models/moco_pass.yaml:76:7
%6578 = mul %167, %6412 : f32[12] @ models/moco_pass.yaml:76:7
%6579 = mul %6573, %6414 : f32[12] @ models/moco_pass.yaml:76:7
%6580 = add %6578, %6579 : f32[12] @ models/moco_pass.yaml:76:7
%6581 = assign %167, %6580 : f32[12] @ models/moco_pass.yaml:76:7
%6582 = all_reduce_sum %2368 : f32[6,12] @ models/lib/nn.yaml:79:7
%6583 = state name="adam_m.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6584 = state name="adam_v.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6585 = state name="adam_t.patch_projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6586 = add %6585, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6587 = broadcast %3396 : f32[6,12] @ models/lib/nn.yaml:79:7
%6588 = mul %84, %6587 : f32[6,12] @ models/lib/nn.yaml:79:7
%6589 = broadcast %2077 : f32[6,12] @ models/lib/nn.yaml:79:7
%6590 = mul %6582, %6589 : f32[6,12] @ models/lib/nn.yaml:79:7
%6591 = broadcast %1348 : f32[6,12] @ models/lib/nn.yaml:79:7
%6592 = mul %6583, %6591 : f32[6,12] @ models/lib/nn.yaml:79:7
%6593 = add %6592, %6590 : f32[6,12] @ models/lib/nn.yaml:79:7
%6594 = mul %6582, %6582 : f32[6,12] @ models/lib/nn.yaml:79:7
%6595 = broadcast %3406 : f32[6,12] @ models/lib/nn.yaml:79:7
%6596 = mul %6594, %6595 : f32[6,12] @ models/lib/nn.yaml:79:7
%6597 = broadcast %3410 : f32[6,12] @ models/lib/nn.yaml:79:7
%6598 = mul %6584, %6597 : f32[6,12] @ models/lib/nn.yaml:79:7
%6599 = add %6598, %6596 : f32[6,12] @ models/lib/nn.yaml:79:7
%6600 = cast %6586 : f64[] @ models/lib/nn.yaml:79:7
%6601 = pow %3401, %6600 : f64[] @ models/lib/nn.yaml:79:7
%6602 = sub %3394, %6601 : f64[] @ models/lib/nn.yaml:79:7
%6603 = div %2074, %6602 : f64[] @ models/lib/nn.yaml:79:7
%6604 = pow %3409, %6600 : f64[] @ models/lib/nn.yaml:79:7
%6605 = sub %3394, %6604 : f64[] @ models/lib/nn.yaml:79:7
%6606 = sqrt %6605 : f64[] @ models/lib/nn.yaml:79:7
%6607 = div %3394, %6606 : f64[] @ models/lib/nn.yaml:79:7
%6608 = sqrt %6599 : f32[6,12] @ models/lib/nn.yaml:79:7
%6609 = cast %6607 : f32[] @ models/lib/nn.yaml:79:7
%6610 = broadcast %6609 : f32[6,12] @ models/lib/nn.yaml:79:7
%6611 = mul %6608, %6610 : f32[6,12] @ models/lib/nn.yaml:79:7
%6612 = broadcast %3426 : f32[6,12] @ models/lib/nn.yaml:79:7
%6613 = add %6611, %6612 : f32[6,12] @ models/lib/nn.yaml:79:7
%6614 = div %6593, %6613 : f32[6,12] @ models/lib/nn.yaml:79:7
%6615 = cast %6603 : f32[] @ models/lib/nn.yaml:79:7
%6616 = broadcast %6615 : f32[6,12] @ models/lib/nn.yaml:79:7
%6617 = mul %6614, %6616 : f32[6,12] @ models/lib/nn.yaml:79:7
%6618 = sub %6588, %6617 : f32[6,12] @ models/lib/nn.yaml:79:7
%6619 = assign %84, %6618 : f32[6,12] @ models/lib/nn.yaml:79:7
%6620 = assign %6583, %6593 : f32[6,12] @ models/lib/nn.yaml:79:7
%6621 = assign %6584, %6599 : f32[6,12] @ models/lib/nn.yaml:79:7
%6622 = assign %6585, %6586 : i64[] @ models/lib/nn.yaml:79:7
%6623 = broadcast %3 : f32[6,12] @ models/lib/nn.yaml:79:7
%6624 = mul %168, %6623 : f32[6,12] @ models/lib/nn.yaml:79:7
%6625 = broadcast %3441 : f32[6,12] @ models/lib/nn.yaml:79:7
%6626 = mul %6618, %6625 : f32[6,12] @ models/lib/nn.yaml:79:7
%6627 = add %6624, %6626 : f32[6,12] @ models/lib/nn.yaml:79:7
%6628 = assign %168, %6627 : f32[6,12] @ models/lib/nn.yaml:79:7
%6629 = all_reduce_sum %2345 : f32[12,6] @ models/lib/nn.yaml:79:7
%6630 = state name="adam_m.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%6631 = state name="adam_v.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%6632 = state name="adam_t.patch_predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6633 = add %6632, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6634 = broadcast %3396 : f32[12,6] @ models/lib/nn.yaml:79:7
%6635 = mul %85, %6634 : f32[12,6] @ models/lib/nn.yaml:79:7
%6636 = broadcast %2077 : f32[12,6] @ models/lib/nn.yaml:79:7
%6637 = mul %6629, %6636 : f32[12,6] @ models/lib/nn.yaml:79:7
%6638 = broadcast %1348 : f32[12,6] @ models/lib/nn.yaml:79:7
%6639 = mul %6630, %6638 : f32[12,6] @ models/lib/nn.yaml:79:7
%6640 = add %6639, %6637 : f32[12,6] @ models/lib/nn.yaml:79:7
%6641 = mul %6629, %6629 : f32[12,6] @ models/lib/nn.yaml:79:7
%6642 = broadcast %3406 : f32[12,6] @ models/lib/nn.yaml:79:7
%6643 = mul %6641, %6642 : f32[12,6] @ models/lib/nn.yaml:79:7
%6644 = broadcast %3410 : f32[12,6] @ models/lib/nn.yaml:79:7
%6645 = mul %6631, %6644 : f32[12,6] @ models/lib/nn.yaml:79:7
%6646 = add %6645, %6643 : f32[12,6] @ models/lib/nn.yaml:79:7
%6647 = cast %6633 : f64[] @ models/lib/nn.yaml:79:7
%6648 = pow %3401, %6647 : f64[] @ models/lib/nn.yaml:79:7
%6649 = sub %3394, %6648 : f64[] @ models/lib/nn.yaml:79:7
%6650 = div %2074, %6649 : f64[] @ models/lib/nn.yaml:79:7
%6651 = pow %3409, %6647 : f64[] @ models/lib/nn.yaml:79:7
%6652 = sub %3394, %6651 : f64[] @ models/lib/nn.yaml:79:7
%6653 = sqrt %6652 : f64[] @ models/lib/nn.yaml:79:7
%6654 = div %3394, %6653 : f64[] @ models/lib/nn.yaml:79:7
%6655 = sqrt %6646 : f32[12,6] @ models/lib/nn.yaml:79:7
%6656 = cast %6654 : f32[] @ models/lib/nn.yaml:79:7
%6657 = broadcast %6656 : f32[12,6] @ models/lib/nn.yaml:79:7
%6658 = mul %6655, %6657 : f32[12,6] @ models/lib/nn.yaml:79:7
%6659 = broadcast %3426 : f32[12,6] @ models/lib/nn.yaml:79:7
%6660 = add %6658, %6659 : f32[12,6] @ models/lib/nn.yaml:79:7
%6661 = div %6640, %6660 : f32[12,6] @ models/lib/nn.yaml:79:7
%6662 = cast %6650 : f32[] @ models/lib/nn.yaml:79:7
%6663 = broadcast %6662 : f32[12,6] @ models/lib/nn.yaml:79:7
%6664 = mul %6661, %6663 : f32[12,6] @ models/lib/nn.yaml:79:7
%6665 = sub %6635, %6664 : f32[12,6] @ models/lib/nn.yaml:79:7
%6666 = assign %85, %6665 : f32[12,6] @ models/lib/nn.yaml:79:7
%6667 = assign %6630, %6640 : f32[12,6] @ models/lib/nn.yaml:79:7
%6668 = assign %6631, %6646 : f32[12,6] @ models/lib/nn.yaml:79:7
%6669 = assign %6632, %6633 : i64[] @ models/lib/nn.yaml:79:7
%6670 = broadcast %3 : f32[12,6] @ models/lib/nn.yaml:79:7
%6671 = mul %169, %6670 : f32[12,6] @ models/lib/nn.yaml:79:7
%6672 = broadcast %3441 : f32[12,6] @ models/lib/nn.yaml:79:7
%6673 = mul %6665, %6672 : f32[12,6] @ models/lib/nn.yaml:79:7
%6674 = add %6671, %6673 : f32[12,6] @ models/lib/nn.yaml:79:7
%6675 = assign %169, %6674 : f32[12,6] @ models/lib/nn.yaml:79:7
%6676 = all_reduce_sum %2321 : f32[12] @ models/moco_pass.yaml:75:7
%6677 = state name="adam_m.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6678 = state name="adam_v.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6679 = state name="adam_t.patch_predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6680 = add %6679, %3391 : i64[] @ models/moco_pass.yaml:75:7
%6681 = mul %86, %6376 : f32[12] @ models/moco_pass.yaml:75:7
%6682 = mul %6676, %6378 : f32[12] @ models/moco_pass.yaml:75:7
%6683 = mul %6677, %6380 : f32[12] @ models/moco_pass.yaml:75:7
%6684 = add %6683, %6682 : f32[12] @ models/moco_pass.yaml:75:7
%6685 = mul %6676, %6676 : f32[12] @ models/moco_pass.yaml:75:7
%6686 = mul %6685, %6384 : f32[12] @ models/moco_pass.yaml:75:7
%6687 = mul %6678, %6386 : f32[12] @ models/moco_pass.yaml:75:7
%6688 = add %6687, %6686 : f32[12] @ models/moco_pass.yaml:75:7
%6689 = cast %6680 : f64[] @ models/moco_pass.yaml:75:7
%6690 = pow %3401, %6689 : f64[] @ models/moco_pass.yaml:75:7
%6691 = sub %3394, %6690 : f64[] @ models/moco_pass.yaml:75:7
%6692 = div %2074, %6691 : f64[] @ models/moco_pass.yaml:75:7
%6693 = pow %3409, %6689 : f64[] @ models/moco_pass.yaml:75:7
%6694 = sub %3394, %6693 : f64[] @ models/moco_pass.yaml:75:7
%6695 = sqrt %6694 : f64[] @ models/moco_pass.yaml:75:7
%6696 = div %3394, %6695 : f64[] @ models/moco_pass.yaml:75:7
%6697 = sqrt %6688 : f32[12] @ models/moco_pass.yaml:75:7
%6698 = cast %6696 : f32[] @ models/moco_pass.yaml:75:7
%6699 = broadcast %6698 : f32[12] @ models/moco_pass.yaml:75:7
%6700 = mul %6697, %6699 : f32[12] @ models/moco_pass.yaml:75:7
%6701 = add %6700, %6401 : f32[12] @ models/moco_pass.yaml:75:7
%6702 = div %6684, %6701 : f32[12] @ models/moco_pass.yaml:75:7
%6703 = cast %6692 : f32[] @ models/moco_pass.yaml:75:7
%6704 = broadcast %6703 : f32[12] @ models/moco_pass.yaml:75:7
%6705 = mul %6702, %6704 : f32[12] @ models/moco_pass.yaml:75:7
%6706 = sub %6681, %6705 : f32[12] @ models/moco_pass.yaml:75:7
%6707 = assign %86, %6706 : f32[12] @ models/moco_pass.yaml:75:7
%6708 = assign %6677, %6684 : f32[12] @ models/moco_pass.yaml:75:7
%6709 = assign %6678, %6688 : f32[12] @ models/moco_pass.yaml:75:7
%6710 = assign %6679, %6680 : i64[] @ models/moco_pass.yaml:75:7
%6711 = mul %170, %6412 : f32[12] @ models/moco_pass.yaml:75:7
%6712 = mul %6706, %6414 : f32[12] @ models/moco_pass.yaml:75:7
%6713 = add %6711, %6712 : f32[12] @ models/moco_pass.yaml:75:7
%6714 = assign %170, %6713 : f32[12] @ models/moco_pass.yaml:75:7
%6715 = all_reduce_sum %2317 : f32[12] @ models/moco_pass.yaml:76:7
%6716 = state name="adam_m.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6717 = state name="adam_v.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6718 = state name="adam_t.patch_predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6719 = add %6718, %3391 : i64[] @ models/moco_pass.yaml:76:7
%6720 = mul %87, %6376 : f32[12] @ models/moco_pass.yaml:76:7
%6721 = mul %6715, %6378 : f32[12] @ models/moco_pass.yaml:76:7
%6722 = mul %6716, %6380 : f32[12] @ models/moco_pass.yaml:76:7
%6723 = add %6722, %6721 : f32[12] @ models/moco_pass.yaml:76:7
%6724 = mul %6715, %6715 : f32[12] @ models/moco_pass.yaml:76:7
%6725 = mul %6724, %6384 : f32[12] @ models/moco_pass.yaml:76:7
%6726 = mul %6717, %6386 : f32[12] @ models/moco_pass.yaml:76:7
%6727 = add %6726, %6725 : f32[12] @ models/moco_pass.yaml:76:7
%6728 = cast %6719 : f64[] @ models/moco_pass.yaml:76:7
%6729 = pow %3401, %6728 : f64[] @ models/moco_pass.yaml:76:7
%6730 = sub %3394, %6729 : f64[] @ models/moco_pass.yaml:76:7
%6731 = div %2074, %6730 : f64[] @ models/moco_pass.yaml:76:7
%6732 = pow %3409, %6728 : f64[] @ models/moco_pass.yaml:76:7
%6733 = sub %3394, %6732 : f64[] @ models/moco_pass.yaml:76:7
%6734 = sqrt %6733 : f64[] @ models/moco_pass.yaml:76:7
%6735 = div %3394, %6734 : f64[] @ models/moco_pass.yaml:76:7
%6736 = sqrt %6727 : f32[12] @ models/moco_pass.yaml:76:7
%6737 = cast %6735 : f32[] @ models/moco_pass.yaml:76:7
%6738 = broadcast %6737 : f32[12] @ models/moco_pass.yaml:76:7
%6739 = mul %6736, %6738 : f32[12] @ models/moco_pass.yaml:76:7
%6740 = add %6739, %6401 : f32[12] @ models/moco_pass.yaml:76:7
%6741 = div %6723, %6740 : f32[12] @ models/moco_pass.yaml:76:7
%6742 = cast %6731 : f32[] @ models/moco_pass.yaml:76:7
%6743 = broadcast %6742 : f32[12] @ models/moco_pass.yaml:76:7
%6744 = mul %6741, %6743 : f32[12] @ models/moco_pass.yaml:76:7
%6745 = sub %6720, %6744 : f32[12] @ models/moco_pass.yaml:76:7
%6746 = assign %87, %6745 : f32[12] @ models/moco_pass.yaml:76:7
%6747 = assign %6716, %6723 : f32[12] @ models/moco_pass.yaml:76:7
%6748 = assign %6717, %6727 : f32[12] @ models/moco_pass.yaml:76:7
%6749 = assign %6718, %6719 : i64[] @ models/moco_pass.yaml:76:7
%6750 = mul %171, %6412 : f32[12] @ models/moco_pass.yaml:76:7
%6751 = mul %6745, %6414 : f32[12] @ models/moco_pass.yaml:76:7
%6752 = add %6750, %6751 : f32[12] @ models/moco_pass.yaml:76:7
%6753 = assign %171, %6752 : f32[12] @ models/moco_pass.yaml:76:7
%6754 = all_reduce_sum %2308 : f32[6,12] @ models/lib/nn.yaml:79:7
%6755 = state name="adam_m.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6756 = state name="adam_v.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6757 = state name="adam_t.patch_predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6758 = add %6757, %3391 : i64[] @ models/lib/nn.yaml:79:7
%6759 = mul %88, %6587 : f32[6,12] @ models/lib/nn.yaml:79:7
%6760 = mul %6754, %6589 : f32[6,12] @ models/lib/nn.yaml:79:7
%6761 = mul %6755, %6591 : f32[6,12] @ models/lib/nn.yaml:79:7
%6762 = add %6761, %6760 : f32[6,12] @ models/lib/nn.yaml:79:7
%6763 = mul %6754, %6754 : f32[6,12] @ models/lib/nn.yaml:79:7
%6764 = mul %6763, %6595 : f32[6,12] @ models/lib/nn.yaml:79:7
%6765 = mul %6756, %6597 : f32[6,12] @ models/lib/nn.yaml:79:7
%6766 = add %6765, %6764 : f32[6,12] @ models/lib/nn.yaml:79:7
%6767 = cast %6758 : f64[] @ models/lib/nn.yaml:79:7
%6768 = pow %3401, %6767 : f64[] @ models/lib/nn.yaml:79:7
%6769 = sub %3394, %6768 : f64[] @ models/lib/nn.yaml:79:7
%6770 = div %2074, %6769 : f64[] @ models/lib/nn.yaml:79:7
%6771 = pow %3409, %6767 : f64[] @ models/lib/nn.yaml:79:7
%6772 = sub %3394, %6771 : f64[] @ models/lib/nn.yaml:79:7
%6773 = sqrt %6772 : f64[] @ models/lib/nn.yaml:79:7
%6774 = div %3394, %6773 : f64[] @ models/lib/nn.yaml:79:7
%6775 = sqrt %6766 : f32[6,12] @ models/lib/nn.yaml:79:7
%6776 = cast %6774 : f32[] @ models/lib/nn.yaml:79:7
%6777 = broadcast %6776 : f32[6,12] @ models/lib/nn.yaml:79:7
%6778 = mul %6775, %6777 : f32[6,12] @ models/lib/nn.yaml:79:7
%6779 = add %6778, %6612 : f32[6,12] @ models/lib/nn.yaml:79:7
%6780 = div %6762, %6779 : f32[6,12] @ models/lib/nn.yaml:79:7
%6781 = cast %6770 : f32[] @ models/lib/nn.yaml:79:7
%6782 = broadcast %6781 : f32[6,12] @ models/lib/nn.yaml:79:7
%6783 = mul %6780, %6782 : f32[6,12] @ models/lib/nn.yaml:79:7
%6784 = sub %6759, %6783 : f32[6,12] @ models/lib/nn.yaml:79:7
%6785 = assign %88, %6784 : f32[6,12] @ models/lib/nn.yaml:79:7
%6786 = assign %6755, %6762 : f32[6,12] @ models/lib/nn.yaml:79:7
%6787 = assign %6756, %6766 : f32[6,12] @ models/lib/nn.yaml:79:7
%6788 = assign %6757, %6758 : i64[] @ models/lib/nn.yaml:79:7
%6789 = mul %172, %6623 : f32[6,12] @ models/lib/nn.yaml:79:7
%6790 = mul %6784, %6625 : f32[6,12] @ models/lib/nn.yaml:79:7
%6791 = add %6789, %6790 : f32[6,12] @ models/lib/nn.yaml:79:7
%6792 = assign %172, %6791 : f32[6,12] @ models/lib/nn.yaml:79:7
%6793 = const data=[inf] : f32[] @ models/moco_pass.yaml:170:3
%6794 = abs %2072 : f32[] @ models/moco_pass.yaml:170:3
%6795 = lt %6794, %6793 : bool[] @ models/moco_pass.yaml:170:3
%6796 = output %6795 name="finite" : bool[] @ models/moco_pass.yaml:170:3
