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
%2281 = reduce_sum %2280 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:27
%2282 = reshape %2281 : f32[12] @ models/moco_pass.yaml:84:27
%2283 = mul %2280, %1816 : f32[224,12] @ models/moco_pass.yaml:84:18
%2284 = mul %2280, %1815 : f32[224,12] @ models/moco_pass.yaml:84:18
%2285 = reduce_sum %2284 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%2286 = reshape %2285 : f32[12] @ models/moco_pass.yaml:84:18
%2287 = reshape %2283 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2288 = mul %2287, %1813 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2289 = mul %2287, %1799 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2290 = reduce_sum %2289 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2291 = mul %1812, %1812 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2292 = mul %1812, %2291 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2293 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2294 = broadcast %2293 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2295 = mul %2292, %2294 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2296 = mul %2290, %2295 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2297 = div %2296, %1807 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%2298 = all_reduce_sum %2297 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2299 = div %2298, %1803 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2300 = broadcast %2299 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2301 = mul %2300, %1799 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2302 = add %2288, %2301 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2303 = mul %2300, %1799 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2304 = add %2302, %2303 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2305 = neg %2304 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2306 = reduce_sum %2305 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2307 = div %2306, %1796 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%2308 = all_reduce_sum %2307 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2309 = div %2308, %1792 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2310 = broadcast %2309 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2311 = add %2304, %2310 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2312 = reshape %2311 : f32[224,12] @ models/moco_pass.yaml:79:13
%2313 = matmul %2312, %85 ta=0 tb=0 : f32[224,6] @ models/lib/nn.yaml:83:15
%2314 = matmul %2312, %1787 ta=1 tb=0 : f32[12,6] @ models/lib/nn.yaml:83:15
%2315 = reshape %2313 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%2316 = mul %2315, %1785 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2317 = mul %2315, %1771 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2318 = reduce_sum %2317 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2319 = mul %1784, %1784 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2320 = mul %1784, %2319 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2321 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2322 = broadcast %2321 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2323 = mul %2320, %2322 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2324 = mul %2318, %2323 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2325 = div %2324, %1779 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%2326 = all_reduce_sum %2325 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2327 = div %2326, %1775 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2328 = broadcast %2327 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%2329 = mul %2328, %1771 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2330 = add %2316, %2329 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2331 = mul %2328, %1771 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2332 = add %2330, %2331 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2333 = neg %2332 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2334 = reduce_sum %2333 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2335 = div %2334, %1768 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%2336 = all_reduce_sum %2335 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2337 = div %2336, %1764 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2338 = broadcast %2337 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2339 = add %2332, %2338 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2340 = reshape %2339 : f32[224,6] @ models/moco_pass.yaml:79:13
%2341 = matmul %2340, %84 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2342 = matmul %2340, %1759 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2343 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2344 = broadcast %2343 : f32[224,12] @ models/moco_pass.yaml:70:16
%2345 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2346 = broadcast %2345 : f32[224,12] @ models/moco_pass.yaml:70:16
%2347 = mul %2341, %2346 : f32[224,12] @ models/moco_pass.yaml:70:16
%2348 = eq %1755, %1758 : bool[224,12] @ models/moco_pass.yaml:70:16
%2349 = select %2348, %2347, %2344 : f32[224,12] @ models/moco_pass.yaml:70:16
%2350 = gt %1755, %1758 : bool[224,12] @ models/moco_pass.yaml:70:16
%2351 = select %2350, %2341, %2349 : f32[224,12] @ models/moco_pass.yaml:70:16
%2352 = reduce_sum %2351 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:27
%2353 = reshape %2352 : f32[12] @ models/moco_pass.yaml:84:27
%2354 = mul %2351, %1752 : f32[224,12] @ models/moco_pass.yaml:84:18
%2355 = mul %2351, %1751 : f32[224,12] @ models/moco_pass.yaml:84:18
%2356 = reduce_sum %2355 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%2357 = reshape %2356 : f32[12] @ models/moco_pass.yaml:84:18
%2358 = reshape %2354 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2359 = mul %2358, %1749 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2360 = mul %2358, %1735 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2361 = reduce_sum %2360 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2362 = mul %1748, %1748 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2363 = mul %1748, %2362 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2364 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2365 = broadcast %2364 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2366 = mul %2363, %2365 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2367 = mul %2361, %2366 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2368 = div %2367, %1743 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%2369 = all_reduce_sum %2368 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2370 = div %2369, %1739 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2371 = broadcast %2370 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2372 = mul %2371, %1735 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2373 = add %2359, %2372 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2374 = mul %2371, %1735 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2375 = add %2373, %2374 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2376 = neg %2375 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2377 = reduce_sum %2376 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2378 = div %2377, %1732 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%2379 = all_reduce_sum %2378 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2380 = div %2379, %1728 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2381 = broadcast %2380 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2382 = add %2375, %2381 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2383 = reshape %2382 : f32[224,12] @ models/moco_pass.yaml:79:13
%2384 = matmul %2383, %81 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2385 = matmul %2383, %1723 ta=1 tb=0 : f32[12,12] @ models/lib/nn.yaml:83:15
%2386 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2387 = broadcast %2386 : f32[224,12] @ models/moco_pass.yaml:70:16
%2388 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2389 = broadcast %2388 : f32[224,12] @ models/moco_pass.yaml:70:16
%2390 = mul %2384, %2389 : f32[224,12] @ models/moco_pass.yaml:70:16
%2391 = eq %1719, %1722 : bool[224,12] @ models/moco_pass.yaml:70:16
%2392 = select %2391, %2390, %2387 : f32[224,12] @ models/moco_pass.yaml:70:16
%2393 = gt %1719, %1722 : bool[224,12] @ models/moco_pass.yaml:70:16
%2394 = select %2393, %2384, %2392 : f32[224,12] @ models/moco_pass.yaml:70:16
%2395 = reduce_sum %2394 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:27
%2396 = reshape %2395 : f32[12] @ models/moco_pass.yaml:84:27
%2397 = mul %2394, %1716 : f32[224,12] @ models/moco_pass.yaml:84:18
%2398 = mul %2394, %1715 : f32[224,12] @ models/moco_pass.yaml:84:18
%2399 = reduce_sum %2398 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%2400 = reshape %2399 : f32[12] @ models/moco_pass.yaml:84:18
%2401 = reshape %2397 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2402 = mul %2401, %1713 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2403 = mul %2401, %1699 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2404 = reduce_sum %2403 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2405 = mul %1712, %1712 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2406 = mul %1712, %2405 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2407 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2408 = broadcast %2407 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2409 = mul %2406, %2408 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2410 = mul %2404, %2409 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2411 = div %2410, %1707 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%2412 = all_reduce_sum %2411 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2413 = div %2412, %1703 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2414 = broadcast %2413 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2415 = mul %2414, %1699 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2416 = add %2402, %2415 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2417 = mul %2414, %1699 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2418 = add %2416, %2417 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2419 = neg %2418 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2420 = reduce_sum %2419 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2421 = div %2420, %1696 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%2422 = all_reduce_sum %2421 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2423 = div %2422, %1692 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2424 = broadcast %2423 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2425 = add %2418, %2424 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2426 = reshape %2425 : f32[224,12] @ models/moco_pass.yaml:79:13
%2427 = matmul %2426, %78 ta=0 tb=0 : f32[224,16] @ models/lib/nn.yaml:83:15
%2428 = matmul %2426, %1687 ta=1 tb=0 : f32[12,16] @ models/lib/nn.yaml:83:15
%2429 = reshape %2427 : f32[14,16,16] @ models/moco_pass.yaml:131:49
%2430 = pad %2429 lo=[0,1,0] hi=[0,0,0] value=0 : f32[14,17,16] @ models/moco_pass.yaml:131:58
%2431 = reshape %2242 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%2432 = mul %2431, %1683 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2433 = mul %2431, %1669 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2434 = reduce_sum %2433 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2435 = mul %1682, %1682 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2436 = mul %1682, %2435 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2437 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2438 = broadcast %2437 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2439 = mul %2436, %2438 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2440 = mul %2434, %2439 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2441 = div %2440, %1677 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%2442 = all_reduce_sum %2441 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2443 = div %2442, %1673 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2444 = broadcast %2443 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%2445 = mul %2444, %1669 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2446 = add %2432, %2445 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2447 = mul %2444, %1669 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2448 = add %2446, %2447 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2449 = neg %2448 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2450 = reduce_sum %2449 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2451 = div %2450, %1666 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%2452 = all_reduce_sum %2451 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2453 = div %2452, %1662 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2454 = broadcast %2453 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2455 = add %2448, %2454 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2456 = reshape %2455 : f32[14,8] @ models/moco_pass.yaml:79:13
%2457 = matmul %2456, %77 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2458 = matmul %2456, %1657 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2459 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2460 = broadcast %2459 : f32[14,24] @ models/moco_pass.yaml:70:16
%2461 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2462 = broadcast %2461 : f32[14,24] @ models/moco_pass.yaml:70:16
%2463 = mul %2457, %2462 : f32[14,24] @ models/moco_pass.yaml:70:16
%2464 = eq %1653, %1656 : bool[14,24] @ models/moco_pass.yaml:70:16
%2465 = select %2464, %2463, %2460 : f32[14,24] @ models/moco_pass.yaml:70:16
%2466 = gt %1653, %1656 : bool[14,24] @ models/moco_pass.yaml:70:16
%2467 = select %2466, %2457, %2465 : f32[14,24] @ models/moco_pass.yaml:70:16
%2468 = reduce_sum %2467 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2469 = reshape %2468 : f32[24] @ models/moco_pass.yaml:84:27
%2470 = mul %2467, %1650 : f32[14,24] @ models/moco_pass.yaml:84:18
%2471 = mul %2467, %1649 : f32[14,24] @ models/moco_pass.yaml:84:18
%2472 = reduce_sum %2471 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2473 = reshape %2472 : f32[24] @ models/moco_pass.yaml:84:18
%2474 = reshape %2470 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2475 = mul %2474, %1647 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2476 = mul %2474, %1633 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2477 = reduce_sum %2476 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2478 = mul %1646, %1646 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2479 = mul %1646, %2478 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2480 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2481 = broadcast %2480 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2482 = mul %2479, %2481 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2483 = mul %2477, %2482 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2484 = div %2483, %1641 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%2485 = all_reduce_sum %2484 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2486 = div %2485, %1637 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2487 = broadcast %2486 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2488 = mul %2487, %1633 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2489 = add %2475, %2488 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2490 = mul %2487, %1633 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2491 = add %2489, %2490 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2492 = neg %2491 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2493 = reduce_sum %2492 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2494 = div %2493, %1630 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%2495 = all_reduce_sum %2494 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2496 = div %2495, %1626 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2497 = broadcast %2496 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2498 = add %2491, %2497 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2499 = reshape %2498 : f32[14,24] @ models/moco_pass.yaml:79:13
%2500 = matmul %2499, %74 ta=0 tb=0 : f32[14,8] @ models/lib/nn.yaml:83:15
%2501 = matmul %2499, %1621 ta=1 tb=0 : f32[24,8] @ models/lib/nn.yaml:83:15
%2502 = reshape %2500 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%2503 = mul %2502, %1619 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2504 = mul %2502, %1605 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2505 = reduce_sum %2504 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2506 = mul %1618, %1618 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2507 = mul %1618, %2506 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2508 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2509 = broadcast %2508 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2510 = mul %2507, %2509 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2511 = mul %2505, %2510 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2512 = div %2511, %1613 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%2513 = all_reduce_sum %2512 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2514 = div %2513, %1609 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2515 = broadcast %2514 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%2516 = mul %2515, %1605 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2517 = add %2503, %2516 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2518 = mul %2515, %1605 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2519 = add %2517, %2518 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2520 = neg %2519 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2521 = reduce_sum %2520 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2522 = div %2521, %1602 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%2523 = all_reduce_sum %2522 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2524 = div %2523, %1598 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2525 = broadcast %2524 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2526 = add %2519, %2525 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2527 = reshape %2526 : f32[14,8] @ models/moco_pass.yaml:79:13
%2528 = matmul %2527, %73 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2529 = matmul %2527, %1593 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2530 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2531 = broadcast %2530 : f32[14,24] @ models/moco_pass.yaml:70:16
%2532 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2533 = broadcast %2532 : f32[14,24] @ models/moco_pass.yaml:70:16
%2534 = mul %2528, %2533 : f32[14,24] @ models/moco_pass.yaml:70:16
%2535 = eq %1589, %1592 : bool[14,24] @ models/moco_pass.yaml:70:16
%2536 = select %2535, %2534, %2531 : f32[14,24] @ models/moco_pass.yaml:70:16
%2537 = gt %1589, %1592 : bool[14,24] @ models/moco_pass.yaml:70:16
%2538 = select %2537, %2528, %2536 : f32[14,24] @ models/moco_pass.yaml:70:16
%2539 = reduce_sum %2538 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2540 = reshape %2539 : f32[24] @ models/moco_pass.yaml:84:27
%2541 = mul %2538, %1586 : f32[14,24] @ models/moco_pass.yaml:84:18
%2542 = mul %2538, %1585 : f32[14,24] @ models/moco_pass.yaml:84:18
%2543 = reduce_sum %2542 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2544 = reshape %2543 : f32[24] @ models/moco_pass.yaml:84:18
%2545 = reshape %2541 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2546 = mul %2545, %1583 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2547 = mul %2545, %1569 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2548 = reduce_sum %2547 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2549 = mul %1582, %1582 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2550 = mul %1582, %2549 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2551 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2552 = broadcast %2551 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2553 = mul %2550, %2552 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2554 = mul %2548, %2553 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2555 = div %2554, %1577 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%2556 = all_reduce_sum %2555 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2557 = div %2556, %1573 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2558 = broadcast %2557 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2559 = mul %2558, %1569 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2560 = add %2546, %2559 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2561 = mul %2558, %1569 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2562 = add %2560, %2561 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2563 = neg %2562 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2564 = reduce_sum %2563 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2565 = div %2564, %1566 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%2566 = all_reduce_sum %2565 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2567 = div %2566, %1562 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2568 = broadcast %2567 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2569 = add %2562, %2568 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2570 = reshape %2569 : f32[14,24] @ models/moco_pass.yaml:79:13
%2571 = matmul %2570, %70 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2572 = matmul %2570, %1557 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2573 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2574 = broadcast %2573 : f32[14,24] @ models/moco_pass.yaml:70:16
%2575 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2576 = broadcast %2575 : f32[14,24] @ models/moco_pass.yaml:70:16
%2577 = mul %2571, %2576 : f32[14,24] @ models/moco_pass.yaml:70:16
%2578 = eq %1553, %1556 : bool[14,24] @ models/moco_pass.yaml:70:16
%2579 = select %2578, %2577, %2574 : f32[14,24] @ models/moco_pass.yaml:70:16
%2580 = gt %1553, %1556 : bool[14,24] @ models/moco_pass.yaml:70:16
%2581 = select %2580, %2571, %2579 : f32[14,24] @ models/moco_pass.yaml:70:16
%2582 = reduce_sum %2581 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2583 = reshape %2582 : f32[24] @ models/moco_pass.yaml:84:27
%2584 = mul %2581, %1550 : f32[14,24] @ models/moco_pass.yaml:84:18
%2585 = mul %2581, %1549 : f32[14,24] @ models/moco_pass.yaml:84:18
%2586 = reduce_sum %2585 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2587 = reshape %2586 : f32[24] @ models/moco_pass.yaml:84:18
%2588 = reshape %2584 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2589 = mul %2588, %1547 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2590 = mul %2588, %1533 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2591 = reduce_sum %2590 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2592 = mul %1546, %1546 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2593 = mul %1546, %2592 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2594 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2595 = broadcast %2594 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2596 = mul %2593, %2595 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2597 = mul %2591, %2596 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2598 = div %2597, %1541 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%2599 = all_reduce_sum %2598 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2600 = div %2599, %1537 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2601 = broadcast %2600 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2602 = mul %2601, %1533 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2603 = add %2589, %2602 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2604 = mul %2601, %1533 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2605 = add %2603, %2604 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2606 = neg %2605 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2607 = reduce_sum %2606 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2608 = div %2607, %1530 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%2609 = all_reduce_sum %2608 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2610 = div %2609, %1526 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2611 = broadcast %2610 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2612 = add %2605, %2611 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2613 = reshape %2612 : f32[14,24] @ models/moco_pass.yaml:79:13
%2614 = matmul %2613, %67 ta=0 tb=0 : f32[14,16] @ models/lib/nn.yaml:83:15
%2615 = matmul %2613, %1521 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2616 = reshape %2614 : f32[14,1,16] @ models/moco_pass.yaml:130:38
%2617 = pad %2616 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/moco_pass.yaml:130:38
%2618 = add %2430, %2617 : f32[14,17,16] @ models/moco_pass.yaml:130:38
%2619 = reduce_sum %2618 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2620 = reshape %2619 : f32[16] @ models/lib/nn.yaml:96:46
%2621 = mul %2618, %1516 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2622 = mul %2618, %1515 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2623 = reduce_sum %2622 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2624 = reshape %2623 : f32[16] @ models/lib/nn.yaml:96:37
%2625 = mul %2621, %1514 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2626 = mul %2621, %1504 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2627 = reduce_sum %2626 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2628 = mul %1513, %1513 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2629 = mul %1513, %2628 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2630 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2631 = broadcast %2630 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2632 = mul %2629, %2631 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2633 = mul %2627, %2632 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2634 = div %2633, %1508 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2635 = broadcast %2634 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2636 = mul %2635, %1504 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2637 = add %2625, %2636 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2638 = mul %2635, %1504 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2639 = add %2637, %2638 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2640 = neg %2639 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2641 = reduce_sum %2640 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2642 = div %2641, %1501 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2643 = broadcast %2642 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2644 = add %2639, %2643 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2645 = slice %2644 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:111:21
%2646 = slice %2644 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:111:21
%2647 = reduce_sum %2645 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2648 = reshape %2647 : f32[16] @ models/lib/nn.yaml:84:18
%2649 = matmul %2645, %63 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2650 = reshape %1493 : f32[14,64] @ models/lib/nn.yaml:83:15
%2651 = reshape %2645 : f32[14,16] @ models/lib/nn.yaml:83:15
%2652 = matmul %2651, %2650 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2653 = mul %2649, %1492 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2654 = mul %2649, %1485 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2655 = mul %1488, %1488 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2656 = neg %2655 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2657 = exp %2656 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2658 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2659 = broadcast %2658 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2660 = mul %2657, %2659 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2661 = mul %2654, %2660 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2662 = mul %2661, %1487 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2663 = mul %2653, %1484 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2664 = add %2662, %2663 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2665 = reduce_sum %2664 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2666 = reshape %2665 : f32[64] @ models/lib/nn.yaml:84:18
%2667 = matmul %2664, %61 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2668 = reshape %1479 : f32[14,16] @ models/lib/nn.yaml:83:15
%2669 = reshape %2664 : f32[14,64] @ models/lib/nn.yaml:83:15
%2670 = matmul %2669, %2668 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2671 = reduce_sum %2667 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2672 = reshape %2671 : f32[16] @ models/lib/nn.yaml:96:46
%2673 = mul %2667, %1476 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2674 = mul %2667, %1475 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2675 = reduce_sum %2674 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2676 = reshape %2675 : f32[16] @ models/lib/nn.yaml:96:37
%2677 = mul %2673, %1474 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2678 = mul %2673, %1464 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2679 = reduce_sum %2678 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2680 = mul %1473, %1473 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2681 = mul %1473, %2680 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2682 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2683 = broadcast %2682 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2684 = mul %2681, %2683 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2685 = mul %2679, %2684 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2686 = div %2685, %1468 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2687 = broadcast %2686 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2688 = mul %2687, %1464 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2689 = add %2677, %2688 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2690 = mul %2687, %1464 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2691 = add %2689, %2690 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2692 = add %2645, %2691 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2693 = neg %2691 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2694 = reduce_sum %2693 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2695 = div %2694, %1461 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2696 = broadcast %2695 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2697 = add %2692, %2696 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2698 = reduce_sum %2697 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2699 = reshape %2698 : f32[16] @ models/lib/nn.yaml:84:18
%2700 = matmul %2697, %57 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2701 = reshape %1454 : f32[14,16] @ models/lib/nn.yaml:83:15
%2702 = reshape %2697 : f32[14,16] @ models/lib/nn.yaml:83:15
%2703 = matmul %2702, %2701 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2704 = reshape %2700 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2705 = permute %2704 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2706 = permute %1428 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2707 = reshape %2705 : f32[14,2,1,8,1] @ models/lib/nn.yaml:56:23
%2708 = broadcast %2707 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2709 = reshape %2706 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2710 = broadcast %2709 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2711 = mul %2708, %2710 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2712 = reduce_sum %2711 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2713 = permute %1446 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2714 = reshape %2713 : f32[14,2,17,1,1] @ models/lib/nn.yaml:56:23
%2715 = broadcast %2714 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2716 = reshape %2705 : f32[14,2,1,1,8] @ models/lib/nn.yaml:56:23
%2717 = broadcast %2716 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2718 = mul %2715, %2717 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2719 = reshape %2718 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2720 = div %2712, %1445 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2721 = mul %2720, %1446 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2722 = neg %2721 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2723 = reduce_sum %2722 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2724 = broadcast %2723 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2725 = add %2720, %2724 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2726 = mul %2725, %1443 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2727 = mul %2726, %1437 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2728 = reshape %2727 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2729 = broadcast %2728 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2730 = reshape %1423 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2731 = broadcast %2730 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2732 = mul %2729, %2731 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2733 = reduce_sum %2732 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2734 = permute %2727 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2735 = reshape %2734 : f32[14,2,17,1,1] @ models/lib/nn.yaml:55:23
%2736 = broadcast %2735 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2737 = reshape %1418 : f32[14,2,1,1,8] @ models/lib/nn.yaml:55:23
%2738 = broadcast %2737 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2739 = mul %2736, %2738 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2740 = reshape %2739 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2741 = permute %2719 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2742 = reshape %2741 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2743 = reduce_sum %2742 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2744 = reshape %2743 : f32[16] @ models/lib/nn.yaml:84:18
%2745 = matmul %2742, %55 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2746 = reshape %1412 : f32[238,16] @ models/lib/nn.yaml:83:15
%2747 = reshape %2742 : f32[238,16] @ models/lib/nn.yaml:83:15
%2748 = matmul %2747, %2746 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2749 = permute %2740 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2750 = reshape %2749 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2751 = reduce_sum %2750 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2752 = reshape %2751 : f32[16] @ models/lib/nn.yaml:84:18
%2753 = matmul %2750, %53 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2754 = add %2745, %2753 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2755 = reshape %1412 : f32[238,16] @ models/lib/nn.yaml:83:15
%2756 = reshape %2750 : f32[238,16] @ models/lib/nn.yaml:83:15
%2757 = matmul %2756, %2755 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2758 = permute %2733 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2759 = reshape %2758 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2760 = reduce_sum %2759 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2761 = reshape %2760 : f32[16] @ models/lib/nn.yaml:84:18
%2762 = matmul %2759, %51 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2763 = reshape %1413 : f32[14,16] @ models/lib/nn.yaml:83:15
%2764 = reshape %2759 : f32[14,16] @ models/lib/nn.yaml:83:15
%2765 = matmul %2764, %2763 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2766 = pad %2762 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2767 = add %2754, %2766 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2768 = reduce_sum %2767 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2769 = reshape %2768 : f32[16] @ models/lib/nn.yaml:96:46
%2770 = mul %2767, %1409 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2771 = mul %2767, %1408 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2772 = reduce_sum %2771 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2773 = reshape %2772 : f32[16] @ models/lib/nn.yaml:96:37
%2774 = mul %2770, %1407 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2775 = mul %2770, %1397 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2776 = reduce_sum %2775 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2777 = mul %1406, %1406 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2778 = mul %1406, %2777 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2779 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2780 = broadcast %2779 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2781 = mul %2778, %2780 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2782 = mul %2776, %2781 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2783 = div %2782, %1401 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2784 = broadcast %2783 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2785 = mul %2784, %1397 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2786 = add %2774, %2785 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2787 = mul %2784, %1397 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2788 = add %2786, %2787 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2789 = neg %2788 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2790 = reduce_sum %2789 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2791 = div %2790, %1394 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2792 = broadcast %2791 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2793 = add %2788, %2792 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2794 = slice %2793 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2795 = add %2697, %2794 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2796 = slice %2793 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2797 = add %2646, %2796 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2798 = reduce_sum %2795 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2799 = reshape %2798 : f32[16] @ models/lib/nn.yaml:84:18
%2800 = matmul %2795, %47 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2801 = reshape %1386 : f32[14,64] @ models/lib/nn.yaml:83:15
%2802 = reshape %2795 : f32[14,16] @ models/lib/nn.yaml:83:15
%2803 = matmul %2802, %2801 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2804 = mul %2800, %1385 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2805 = mul %2800, %1378 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2806 = mul %1381, %1381 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2807 = neg %2806 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2808 = exp %2807 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2809 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2810 = broadcast %2809 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2811 = mul %2808, %2810 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2812 = mul %2805, %2811 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2813 = mul %2812, %1380 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2814 = mul %2804, %1377 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2815 = add %2813, %2814 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2816 = reduce_sum %2815 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2817 = reshape %2816 : f32[64] @ models/lib/nn.yaml:84:18
%2818 = matmul %2815, %45 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2819 = reshape %1372 : f32[14,16] @ models/lib/nn.yaml:83:15
%2820 = reshape %2815 : f32[14,64] @ models/lib/nn.yaml:83:15
%2821 = matmul %2820, %2819 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2822 = reduce_sum %2818 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2823 = reshape %2822 : f32[16] @ models/lib/nn.yaml:96:46
%2824 = mul %2818, %1369 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2825 = mul %2818, %1368 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2826 = reduce_sum %2825 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2827 = reshape %2826 : f32[16] @ models/lib/nn.yaml:96:37
%2828 = mul %2824, %1367 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2829 = mul %2824, %1357 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2830 = reduce_sum %2829 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2831 = mul %1366, %1366 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2832 = mul %1366, %2831 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2833 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2834 = broadcast %2833 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2835 = mul %2832, %2834 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2836 = mul %2830, %2835 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2837 = div %2836, %1361 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2838 = broadcast %2837 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2839 = mul %2838, %1357 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2840 = add %2828, %2839 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2841 = mul %2838, %1357 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2842 = add %2840, %2841 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2843 = add %2795, %2842 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2844 = neg %2842 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2845 = reduce_sum %2844 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2846 = div %2845, %1354 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2847 = broadcast %2846 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2848 = add %2843, %2847 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2849 = reduce_sum %2848 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2850 = reshape %2849 : f32[16] @ models/lib/nn.yaml:84:18
%2851 = matmul %2848, %41 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2852 = reshape %1347 : f32[14,16] @ models/lib/nn.yaml:83:15
%2853 = reshape %2848 : f32[14,16] @ models/lib/nn.yaml:83:15
%2854 = matmul %2853, %2852 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2855 = reshape %2851 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2856 = permute %2855 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2857 = permute %1321 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2858 = reshape %2856 : f32[14,2,1,8,1] @ models/lib/nn.yaml:56:23
%2859 = broadcast %2858 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2860 = reshape %2857 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2861 = broadcast %2860 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2862 = mul %2859, %2861 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2863 = reduce_sum %2862 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2864 = permute %1339 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2865 = reshape %2864 : f32[14,2,17,1,1] @ models/lib/nn.yaml:56:23
%2866 = broadcast %2865 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2867 = reshape %2856 : f32[14,2,1,1,8] @ models/lib/nn.yaml:56:23
%2868 = broadcast %2867 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2869 = mul %2866, %2868 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2870 = reshape %2869 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2871 = div %2863, %1338 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2872 = mul %2871, %1339 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2873 = neg %2872 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2874 = reduce_sum %2873 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2875 = broadcast %2874 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2876 = add %2871, %2875 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2877 = mul %2876, %1336 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2878 = mul %2877, %1330 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2879 = reshape %2878 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2880 = broadcast %2879 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2881 = reshape %1316 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2882 = broadcast %2881 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2883 = mul %2880, %2882 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2884 = reduce_sum %2883 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2885 = permute %2878 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2886 = reshape %2885 : f32[14,2,17,1,1] @ models/lib/nn.yaml:55:23
%2887 = broadcast %2886 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2888 = reshape %1311 : f32[14,2,1,1,8] @ models/lib/nn.yaml:55:23
%2889 = broadcast %2888 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2890 = mul %2887, %2889 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2891 = reshape %2890 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2892 = permute %2870 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2893 = reshape %2892 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2894 = reduce_sum %2893 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2895 = reshape %2894 : f32[16] @ models/lib/nn.yaml:84:18
%2896 = matmul %2893, %39 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2897 = reshape %1305 : f32[238,16] @ models/lib/nn.yaml:83:15
%2898 = reshape %2893 : f32[238,16] @ models/lib/nn.yaml:83:15
%2899 = matmul %2898, %2897 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2900 = permute %2891 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2901 = reshape %2900 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2902 = reduce_sum %2901 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2903 = reshape %2902 : f32[16] @ models/lib/nn.yaml:84:18
%2904 = matmul %2901, %37 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2905 = add %2896, %2904 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2906 = reshape %1305 : f32[238,16] @ models/lib/nn.yaml:83:15
%2907 = reshape %2901 : f32[238,16] @ models/lib/nn.yaml:83:15
%2908 = matmul %2907, %2906 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2909 = permute %2884 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2910 = reshape %2909 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2911 = reduce_sum %2910 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2912 = reshape %2911 : f32[16] @ models/lib/nn.yaml:84:18
%2913 = matmul %2910, %35 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2914 = reshape %1306 : f32[14,16] @ models/lib/nn.yaml:83:15
%2915 = reshape %2910 : f32[14,16] @ models/lib/nn.yaml:83:15
%2916 = matmul %2915, %2914 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2917 = pad %2913 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2918 = add %2905, %2917 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2919 = reduce_sum %2918 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2920 = reshape %2919 : f32[16] @ models/lib/nn.yaml:96:46
%2921 = mul %2918, %1302 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2922 = mul %2918, %1301 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2923 = reduce_sum %2922 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2924 = reshape %2923 : f32[16] @ models/lib/nn.yaml:96:37
%2925 = mul %2921, %1300 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2926 = mul %2921, %1290 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2927 = reduce_sum %2926 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2928 = mul %1299, %1299 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2929 = mul %1299, %2928 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2930 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2931 = broadcast %2930 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2932 = mul %2929, %2931 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2933 = mul %2927, %2932 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2934 = div %2933, %1294 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2935 = broadcast %2934 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2936 = mul %2935, %1290 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2937 = add %2925, %2936 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2938 = mul %2935, %1290 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2939 = add %2937, %2938 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2940 = neg %2939 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2941 = reduce_sum %2940 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2942 = div %2941, %1287 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2943 = broadcast %2942 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2944 = add %2939, %2943 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2945 = slice %2944 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2946 = add %2848, %2945 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2947 = slice %2944 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2948 = add %2797, %2947 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2949 = reduce_sum %2946 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%2950 = mul %2948, %1280 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%2951 = div %2950, %1272 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%2952 = reduce_sum %2951 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2953 = reshape %2952 : f32[16] @ models/lib/nn.yaml:84:18
%2954 = matmul %2951, %30 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%2955 = reshape %1267 : f32[224,64] @ models/lib/nn.yaml:83:15
%2956 = reshape %2951 : f32[224,16] @ models/lib/nn.yaml:83:15
%2957 = matmul %2956, %2955 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2958 = mul %2954, %1266 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2959 = mul %2954, %1259 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2960 = mul %1262, %1262 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2961 = neg %2960 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2962 = exp %2961 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2963 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2964 = broadcast %2963 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2965 = mul %2962, %2964 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2966 = mul %2959, %2965 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2967 = mul %2966, %1261 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%2968 = mul %2958, %1258 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2969 = add %2967, %2968 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2970 = reduce_sum %2969 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2971 = reshape %2970 : f32[64] @ models/lib/nn.yaml:84:18
%2972 = matmul %2969, %28 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2973 = reshape %1253 : f32[224,16] @ models/lib/nn.yaml:83:15
%2974 = reshape %2969 : f32[224,64] @ models/lib/nn.yaml:83:15
%2975 = matmul %2974, %2973 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2976 = reduce_sum %2972 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2977 = reshape %2976 : f32[16] @ models/lib/nn.yaml:96:46
%2978 = mul %2972, %1250 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2979 = mul %2972, %1249 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2980 = reduce_sum %2979 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2981 = reshape %2980 : f32[16] @ models/lib/nn.yaml:96:37
%2982 = mul %2978, %1248 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2983 = mul %2978, %1238 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2984 = reduce_sum %2983 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%2985 = mul %1247, %1247 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2986 = mul %1247, %2985 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2987 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2988 = broadcast %2987 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2989 = mul %2986, %2988 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2990 = mul %2984, %2989 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2991 = div %2990, %1242 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%2992 = broadcast %2991 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%2993 = mul %2992, %1238 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2994 = add %2982, %2993 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2995 = mul %2992, %1238 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2996 = add %2994, %2995 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2997 = add %2948, %2996 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2998 = neg %2996 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2999 = reduce_sum %2998 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3000 = div %2999, %1235 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3001 = broadcast %3000 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3002 = add %2997, %3001 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3003 = mul %3002, %1230 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%3004 = div %3003, %1221 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%3005 = reduce_sum %3004 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3006 = reshape %3005 : f32[16] @ models/lib/nn.yaml:84:18
%3007 = matmul %3004, %24 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3008 = reshape %1216 : f32[224,16] @ models/lib/nn.yaml:83:15
%3009 = reshape %3004 : f32[224,16] @ models/lib/nn.yaml:83:15
%3010 = matmul %3009, %3008 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3011 = reshape %3007 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3012 = permute %3011 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3013 = permute %1190 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3014 = reshape %3012 : f32[14,2,16,8,1] @ models/lib/nn.yaml:56:23
%3015 = broadcast %3014 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%3016 = reshape %3013 : f32[14,2,1,8,16] @ models/lib/nn.yaml:56:23
%3017 = broadcast %3016 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%3018 = mul %3015, %3017 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%3019 = reduce_sum %3018 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3020 = permute %1208 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3021 = reshape %3020 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3022 = broadcast %3021 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3023 = reshape %3012 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3024 = broadcast %3023 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3025 = mul %3022, %3024 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3026 = reduce_sum %3025 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3027 = div %3019, %1207 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3028 = mul %3027, %1208 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3029 = neg %3028 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3030 = reduce_sum %3029 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3031 = broadcast %3030 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3032 = add %3027, %3031 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3033 = mul %3032, %1205 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3034 = mul %3033, %1199 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3035 = reshape %3034 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3036 = broadcast %3035 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3037 = reshape %1188 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3038 = broadcast %3037 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3039 = mul %3036, %3038 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3040 = reduce_sum %3039 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3041 = permute %3034 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3042 = reshape %3041 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3043 = broadcast %3042 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3044 = reshape %1186 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3045 = broadcast %3044 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3046 = mul %3043, %3045 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3047 = reduce_sum %3046 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3048 = reshape %3026 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3049 = pad %3048 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:40
%3050 = reshape %3047 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3051 = pad %3050 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:34
%3052 = add %3049, %3051 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:34
%3053 = reshape %3040 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3054 = pad %3053 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3055 = add %3052, %3054 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3056 = permute %3055 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3057 = reshape %3056 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3058 = reduce_sum %3057 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3059 = reshape %3058 : f32[48] @ models/lib/nn.yaml:84:18
%3060 = matmul %3057, %22 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3061 = reshape %1179 : f32[224,16] @ models/lib/nn.yaml:83:15
%3062 = reshape %3057 : f32[224,48] @ models/lib/nn.yaml:83:15
%3063 = matmul %3062, %3061 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3064 = reduce_sum %3060 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3065 = reshape %3064 : f32[16] @ models/lib/nn.yaml:96:46
%3066 = mul %3060, %1176 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3067 = mul %3060, %1175 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3068 = reduce_sum %3067 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3069 = reshape %3068 : f32[16] @ models/lib/nn.yaml:96:37
%3070 = mul %3066, %1174 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3071 = mul %3066, %1164 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3072 = reduce_sum %3071 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3073 = mul %1173, %1173 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3074 = mul %1173, %3073 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3075 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3076 = broadcast %3075 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3077 = mul %3074, %3076 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3078 = mul %3072, %3077 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3079 = div %3078, %1168 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3080 = broadcast %3079 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3081 = mul %3080, %1164 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3082 = add %3070, %3081 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3083 = mul %3080, %1164 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3084 = add %3082, %3083 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3085 = add %3002, %3084 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3086 = neg %3084 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3087 = reduce_sum %3086 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3088 = div %3087, %1161 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3089 = broadcast %3088 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3090 = add %3085, %3089 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3091 = reduce_sum %3090 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3092 = reshape %3091 : f32[16] @ models/lib/nn.yaml:84:18
%3093 = matmul %3090, %18 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%3094 = reshape %1154 : f32[224,64] @ models/lib/nn.yaml:83:15
%3095 = reshape %3090 : f32[224,16] @ models/lib/nn.yaml:83:15
%3096 = matmul %3095, %3094 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3097 = mul %3093, %1153 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3098 = mul %3093, %1146 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3099 = mul %1149, %1149 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3100 = neg %3099 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3101 = exp %3100 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3102 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%3103 = broadcast %3102 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3104 = mul %3101, %3103 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3105 = mul %3098, %3104 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3106 = mul %3105, %1148 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3107 = mul %3097, %1145 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3108 = add %3106, %3107 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3109 = reduce_sum %3108 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3110 = reshape %3109 : f32[64] @ models/lib/nn.yaml:84:18
%3111 = matmul %3108, %16 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3112 = reshape %1140 : f32[224,16] @ models/lib/nn.yaml:83:15
%3113 = reshape %3108 : f32[224,64] @ models/lib/nn.yaml:83:15
%3114 = matmul %3113, %3112 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3115 = reduce_sum %3111 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3116 = reshape %3115 : f32[16] @ models/lib/nn.yaml:96:46
%3117 = mul %3111, %1137 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3118 = mul %3111, %1136 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3119 = reduce_sum %3118 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3120 = reshape %3119 : f32[16] @ models/lib/nn.yaml:96:37
%3121 = mul %3117, %1135 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3122 = mul %3117, %1125 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3123 = reduce_sum %3122 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3124 = mul %1134, %1134 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3125 = mul %1134, %3124 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3126 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3127 = broadcast %3126 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3128 = mul %3125, %3127 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3129 = mul %3123, %3128 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3130 = div %3129, %1129 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3131 = broadcast %3130 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3132 = mul %3131, %1125 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3133 = add %3121, %3132 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3134 = mul %3131, %1125 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3135 = add %3133, %3134 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3136 = add %3090, %3135 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3137 = neg %3135 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3138 = reduce_sum %3137 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3139 = div %3138, %1122 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3140 = broadcast %3139 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3141 = add %3136, %3140 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3142 = reduce_sum %3141 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3143 = reshape %3142 : f32[16] @ models/lib/nn.yaml:84:18
%3144 = matmul %3141, %12 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3145 = reshape %1115 : f32[224,16] @ models/lib/nn.yaml:83:15
%3146 = reshape %3141 : f32[224,16] @ models/lib/nn.yaml:83:15
%3147 = matmul %3146, %3145 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3148 = reshape %3144 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3149 = permute %3148 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3150 = permute %1089 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3151 = reshape %3149 : f32[14,2,16,8,1] @ models/lib/nn.yaml:56:23
%3152 = broadcast %3151 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%3153 = reshape %3150 : f32[14,2,1,8,16] @ models/lib/nn.yaml:56:23
%3154 = broadcast %3153 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%3155 = mul %3152, %3154 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%3156 = reduce_sum %3155 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3157 = permute %1107 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3158 = reshape %3157 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3159 = broadcast %3158 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3160 = reshape %3149 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3161 = broadcast %3160 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3162 = mul %3159, %3161 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3163 = reduce_sum %3162 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3164 = div %3156, %1106 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3165 = mul %3164, %1107 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3166 = neg %3165 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3167 = reduce_sum %3166 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3168 = broadcast %3167 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3169 = add %3164, %3168 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3170 = mul %3169, %1104 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3171 = mul %3170, %1098 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3172 = reshape %3171 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3173 = broadcast %3172 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3174 = reshape %1087 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3175 = broadcast %3174 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3176 = mul %3173, %3175 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3177 = reduce_sum %3176 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3178 = permute %3171 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3179 = reshape %3178 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3180 = broadcast %3179 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3181 = reshape %1085 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3182 = broadcast %3181 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3183 = mul %3180, %3182 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3184 = reduce_sum %3183 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3185 = reshape %3163 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3186 = pad %3185 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:40
%3187 = reshape %3184 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3188 = pad %3187 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:34
%3189 = add %3186, %3188 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:34
%3190 = reshape %3177 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3191 = pad %3190 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3192 = add %3189, %3191 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3193 = permute %3192 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3194 = reshape %3193 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3195 = reduce_sum %3194 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3196 = reshape %3195 : f32[48] @ models/lib/nn.yaml:84:18
%3197 = matmul %3194, %10 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3198 = reshape %1078 : f32[224,16] @ models/lib/nn.yaml:83:15
%3199 = reshape %3194 : f32[224,48] @ models/lib/nn.yaml:83:15
%3200 = matmul %3199, %3198 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3201 = reduce_sum %3197 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3202 = reshape %3201 : f32[16] @ models/lib/nn.yaml:96:46
%3203 = mul %3197, %1075 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3204 = mul %3197, %1074 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3205 = reduce_sum %3204 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3206 = reshape %3205 : f32[16] @ models/lib/nn.yaml:96:37
%3207 = mul %3203, %1073 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3208 = mul %3203, %1063 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3209 = reduce_sum %3208 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3210 = mul %1072, %1072 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3211 = mul %1072, %3210 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3212 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3213 = broadcast %3212 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3214 = mul %3211, %3213 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3215 = mul %3209, %3214 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3216 = div %3215, %1067 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3217 = broadcast %3216 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3218 = mul %3217, %1063 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3219 = add %3207, %3218 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3220 = mul %3217, %1063 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3221 = add %3219, %3220 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3222 = add %3141, %3221 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3223 = neg %3221 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3224 = reduce_sum %3223 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3225 = div %3224, %1060 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3226 = broadcast %3225 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3227 = add %3222, %3226 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3228 = reduce_sum %3227 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%3229 = reduce_sum %3227 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%3230 = reshape %3229 : f32[16] @ models/lib/vit.yaml:17:71
%3231 = reshape %1051 : f32[224,48] @ models/lib/vit.yaml:17:18
%3232 = reshape %3227 : f32[224,16] @ models/lib/vit.yaml:17:18
%3233 = matmul %3232, %3231 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%3234 = reshape %3233 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%3235 = all_reduce_sum %3228 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3236 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3237 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3238 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%3239 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%3240 = add %3238, %3239 : i64[] @ models/lib/vit.yaml:48:7
%3241 = mul %2065, %2066 : f64[] @ models/lib/vit.yaml:48:7
%3242 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3243 = sub %3242, %3241 : f64[] @ models/lib/vit.yaml:48:7
%3244 = cast %3243 : f32[] @ models/lib/vit.yaml:48:7
%3245 = broadcast %3244 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3246 = mul %5, %3245 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3247 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:48:7
%3248 = cast %3247 : f32[] @ models/lib/vit.yaml:48:7
%3249 = broadcast %3248 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3250 = mul %3235, %3249 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3251 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3252 = cast %3251 : f32[] @ models/lib/vit.yaml:48:7
%3253 = broadcast %3252 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3254 = mul %3236, %3253 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3255 = add %3254, %3250 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3256 = mul %3235, %3235 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3257 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:48:7
%3258 = cast %3257 : f32[] @ models/lib/vit.yaml:48:7
%3259 = broadcast %3258 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3260 = mul %3256, %3259 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3261 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3262 = cast %3261 : f32[] @ models/lib/vit.yaml:48:7
%3263 = broadcast %3262 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3264 = mul %3237, %3263 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3265 = add %3264, %3260 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3266 = cast %3240 : f64[] @ models/lib/vit.yaml:48:7
%3267 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3268 = pow %3267, %3266 : f64[] @ models/lib/vit.yaml:48:7
%3269 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3270 = sub %3269, %3268 : f64[] @ models/lib/vit.yaml:48:7
%3271 = div %2065, %3270 : f64[] @ models/lib/vit.yaml:48:7
%3272 = cast %3240 : f64[] @ models/lib/vit.yaml:48:7
%3273 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3274 = pow %3273, %3272 : f64[] @ models/lib/vit.yaml:48:7
%3275 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3276 = sub %3275, %3274 : f64[] @ models/lib/vit.yaml:48:7
%3277 = sqrt %3276 : f64[] @ models/lib/vit.yaml:48:7
%3278 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3279 = div %3278, %3277 : f64[] @ models/lib/vit.yaml:48:7
%3280 = sqrt %3265 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3281 = cast %3279 : f32[] @ models/lib/vit.yaml:48:7
%3282 = broadcast %3281 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3283 = mul %3280, %3282 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3284 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:48:7
%3285 = cast %3284 : f32[] @ models/lib/vit.yaml:48:7
%3286 = broadcast %3285 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3287 = add %3283, %3286 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3288 = div %3255, %3287 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3289 = cast %3271 : f32[] @ models/lib/vit.yaml:48:7
%3290 = broadcast %3289 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3291 = mul %3288, %3290 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3292 = sub %3246, %3291 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3293 = assign %5, %3292 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3294 = assign %3236, %3255 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3295 = assign %3237, %3265 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3296 = assign %3238, %3240 : i64[] @ models/lib/vit.yaml:48:7
%3297 = cast %2067 : f32[] @ models/lib/vit.yaml:48:7
%3298 = broadcast %3297 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3299 = mul %89, %3298 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3300 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3301 = sub %3300, %2067 : f64[] @ models/lib/vit.yaml:48:7
%3302 = cast %3301 : f32[] @ models/lib/vit.yaml:48:7
%3303 = broadcast %3302 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3304 = mul %3292, %3303 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3305 = add %3299, %3304 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3306 = assign %89, %3305 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3307 = all_reduce_sum %3234 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3308 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3309 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3310 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%3311 = const data=[1] : i64[] @ models/lib/vit.yaml:9:7
%3312 = add %3310, %3311 : i64[] @ models/lib/vit.yaml:9:7
%3313 = mul %2065, %2066 : f64[] @ models/lib/vit.yaml:9:7
%3314 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3315 = sub %3314, %3313 : f64[] @ models/lib/vit.yaml:9:7
%3316 = cast %3315 : f32[] @ models/lib/vit.yaml:9:7
%3317 = broadcast %3316 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3318 = mul %6, %3317 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3319 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:9:7
%3320 = cast %3319 : f32[] @ models/lib/vit.yaml:9:7
%3321 = broadcast %3320 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3322 = mul %3307, %3321 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3323 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%3324 = cast %3323 : f32[] @ models/lib/vit.yaml:9:7
%3325 = broadcast %3324 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3326 = mul %3308, %3325 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3327 = add %3326, %3322 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3328 = mul %3307, %3307 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3329 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:9:7
%3330 = cast %3329 : f32[] @ models/lib/vit.yaml:9:7
%3331 = broadcast %3330 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3332 = mul %3328, %3331 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3333 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%3334 = cast %3333 : f32[] @ models/lib/vit.yaml:9:7
%3335 = broadcast %3334 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3336 = mul %3309, %3335 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3337 = add %3336, %3332 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3338 = cast %3312 : f64[] @ models/lib/vit.yaml:9:7
%3339 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%3340 = pow %3339, %3338 : f64[] @ models/lib/vit.yaml:9:7
%3341 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3342 = sub %3341, %3340 : f64[] @ models/lib/vit.yaml:9:7
%3343 = div %2065, %3342 : f64[] @ models/lib/vit.yaml:9:7
%3344 = cast %3312 : f64[] @ models/lib/vit.yaml:9:7
%3345 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%3346 = pow %3345, %3344 : f64[] @ models/lib/vit.yaml:9:7
%3347 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3348 = sub %3347, %3346 : f64[] @ models/lib/vit.yaml:9:7
%3349 = sqrt %3348 : f64[] @ models/lib/vit.yaml:9:7
%3350 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3351 = div %3350, %3349 : f64[] @ models/lib/vit.yaml:9:7
%3352 = sqrt %3337 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3353 = cast %3351 : f32[] @ models/lib/vit.yaml:9:7
%3354 = broadcast %3353 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3355 = mul %3352, %3354 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3356 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:9:7
%3357 = cast %3356 : f32[] @ models/lib/vit.yaml:9:7
%3358 = broadcast %3357 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3359 = add %3355, %3358 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3360 = div %3327, %3359 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3361 = cast %3343 : f32[] @ models/lib/vit.yaml:9:7
%3362 = broadcast %3361 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3363 = mul %3360, %3362 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3364 = sub %3318, %3363 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3365 = assign %6, %3364 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3366 = assign %3308, %3327 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3367 = assign %3309, %3337 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3368 = assign %3310, %3312 : i64[] @ models/lib/vit.yaml:9:7
%3369 = cast %2067 : f32[] @ models/lib/vit.yaml:9:7
%3370 = broadcast %3369 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3371 = mul %90, %3370 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3372 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3373 = sub %3372, %2067 : f64[] @ models/lib/vit.yaml:9:7
%3374 = cast %3373 : f32[] @ models/lib/vit.yaml:9:7
%3375 = broadcast %3374 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3376 = mul %3364, %3375 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3377 = add %3371, %3376 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3378 = assign %90, %3377 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3379 = all_reduce_sum %3230 : f32[16] @ models/lib/vit.yaml:10:7
%3380 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3381 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3382 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%3383 = const data=[1] : i64[] @ models/lib/vit.yaml:10:7
%3384 = add %3382, %3383 : i64[] @ models/lib/vit.yaml:10:7
%3385 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:10:7
%3386 = cast %3385 : f32[] @ models/lib/vit.yaml:10:7
%3387 = broadcast %3386 : f32[16] @ models/lib/vit.yaml:10:7
%3388 = mul %3379, %3387 : f32[16] @ models/lib/vit.yaml:10:7
%3389 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%3390 = cast %3389 : f32[] @ models/lib/vit.yaml:10:7
%3391 = broadcast %3390 : f32[16] @ models/lib/vit.yaml:10:7
%3392 = mul %3380, %3391 : f32[16] @ models/lib/vit.yaml:10:7
%3393 = add %3392, %3388 : f32[16] @ models/lib/vit.yaml:10:7
%3394 = mul %3379, %3379 : f32[16] @ models/lib/vit.yaml:10:7
%3395 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:10:7
%3396 = cast %3395 : f32[] @ models/lib/vit.yaml:10:7
%3397 = broadcast %3396 : f32[16] @ models/lib/vit.yaml:10:7
%3398 = mul %3394, %3397 : f32[16] @ models/lib/vit.yaml:10:7
%3399 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%3400 = cast %3399 : f32[] @ models/lib/vit.yaml:10:7
%3401 = broadcast %3400 : f32[16] @ models/lib/vit.yaml:10:7
%3402 = mul %3381, %3401 : f32[16] @ models/lib/vit.yaml:10:7
%3403 = add %3402, %3398 : f32[16] @ models/lib/vit.yaml:10:7
%3404 = cast %3384 : f64[] @ models/lib/vit.yaml:10:7
%3405 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%3406 = pow %3405, %3404 : f64[] @ models/lib/vit.yaml:10:7
%3407 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3408 = sub %3407, %3406 : f64[] @ models/lib/vit.yaml:10:7
%3409 = div %2065, %3408 : f64[] @ models/lib/vit.yaml:10:7
%3410 = cast %3384 : f64[] @ models/lib/vit.yaml:10:7
%3411 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%3412 = pow %3411, %3410 : f64[] @ models/lib/vit.yaml:10:7
%3413 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3414 = sub %3413, %3412 : f64[] @ models/lib/vit.yaml:10:7
%3415 = sqrt %3414 : f64[] @ models/lib/vit.yaml:10:7
%3416 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3417 = div %3416, %3415 : f64[] @ models/lib/vit.yaml:10:7
%3418 = sqrt %3403 : f32[16] @ models/lib/vit.yaml:10:7
%3419 = cast %3417 : f32[] @ models/lib/vit.yaml:10:7
%3420 = broadcast %3419 : f32[16] @ models/lib/vit.yaml:10:7
%3421 = mul %3418, %3420 : f32[16] @ models/lib/vit.yaml:10:7
%3422 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:10:7
%3423 = cast %3422 : f32[] @ models/lib/vit.yaml:10:7
%3424 = broadcast %3423 : f32[16] @ models/lib/vit.yaml:10:7
%3425 = add %3421, %3424 : f32[16] @ models/lib/vit.yaml:10:7
%3426 = div %3393, %3425 : f32[16] @ models/lib/vit.yaml:10:7
%3427 = cast %3409 : f32[] @ models/lib/vit.yaml:10:7
%3428 = broadcast %3427 : f32[16] @ models/lib/vit.yaml:10:7
%3429 = mul %3426, %3428 : f32[16] @ models/lib/vit.yaml:10:7
%3430 = sub %7, %3429 : f32[16] @ models/lib/vit.yaml:10:7
%3431 = assign %7, %3430 : f32[16] @ models/lib/vit.yaml:10:7
%3432 = assign %3380, %3393 : f32[16] @ models/lib/vit.yaml:10:7
%3433 = assign %3381, %3403 : f32[16] @ models/lib/vit.yaml:10:7
%3434 = assign %3382, %3384 : i64[] @ models/lib/vit.yaml:10:7
%3435 = cast %2067 : f32[] @ models/lib/vit.yaml:10:7
%3436 = broadcast %3435 : f32[16] @ models/lib/vit.yaml:10:7
%3437 = mul %91, %3436 : f32[16] @ models/lib/vit.yaml:10:7
%3438 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3439 = sub %3438, %2067 : f64[] @ models/lib/vit.yaml:10:7
%3440 = cast %3439 : f32[] @ models/lib/vit.yaml:10:7
%3441 = broadcast %3440 : f32[16] @ models/lib/vit.yaml:10:7
%3442 = mul %3430, %3441 : f32[16] @ models/lib/vit.yaml:10:7
%3443 = add %3437, %3442 : f32[16] @ models/lib/vit.yaml:10:7
%3444 = assign %91, %3443 : f32[16] @ models/lib/vit.yaml:10:7
%3445 = all_reduce_sum %3206 : f32[16] @ models/lib/nn.yaml:89:7
%3446 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3447 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3448 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3449 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%3450 = add %3448, %3449 : i64[] @ models/lib/nn.yaml:89:7
%3451 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%3452 = cast %3451 : f32[] @ models/lib/nn.yaml:89:7
%3453 = broadcast %3452 : f32[16] @ models/lib/nn.yaml:89:7
%3454 = mul %3445, %3453 : f32[16] @ models/lib/nn.yaml:89:7
%3455 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3456 = cast %3455 : f32[] @ models/lib/nn.yaml:89:7
%3457 = broadcast %3456 : f32[16] @ models/lib/nn.yaml:89:7
%3458 = mul %3446, %3457 : f32[16] @ models/lib/nn.yaml:89:7
%3459 = add %3458, %3454 : f32[16] @ models/lib/nn.yaml:89:7
%3460 = mul %3445, %3445 : f32[16] @ models/lib/nn.yaml:89:7
%3461 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%3462 = cast %3461 : f32[] @ models/lib/nn.yaml:89:7
%3463 = broadcast %3462 : f32[16] @ models/lib/nn.yaml:89:7
%3464 = mul %3460, %3463 : f32[16] @ models/lib/nn.yaml:89:7
%3465 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3466 = cast %3465 : f32[] @ models/lib/nn.yaml:89:7
%3467 = broadcast %3466 : f32[16] @ models/lib/nn.yaml:89:7
%3468 = mul %3447, %3467 : f32[16] @ models/lib/nn.yaml:89:7
%3469 = add %3468, %3464 : f32[16] @ models/lib/nn.yaml:89:7
%3470 = cast %3450 : f64[] @ models/lib/nn.yaml:89:7
%3471 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3472 = pow %3471, %3470 : f64[] @ models/lib/nn.yaml:89:7
%3473 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3474 = sub %3473, %3472 : f64[] @ models/lib/nn.yaml:89:7
%3475 = div %2065, %3474 : f64[] @ models/lib/nn.yaml:89:7
%3476 = cast %3450 : f64[] @ models/lib/nn.yaml:89:7
%3477 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3478 = pow %3477, %3476 : f64[] @ models/lib/nn.yaml:89:7
%3479 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3480 = sub %3479, %3478 : f64[] @ models/lib/nn.yaml:89:7
%3481 = sqrt %3480 : f64[] @ models/lib/nn.yaml:89:7
%3482 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3483 = div %3482, %3481 : f64[] @ models/lib/nn.yaml:89:7
%3484 = sqrt %3469 : f32[16] @ models/lib/nn.yaml:89:7
%3485 = cast %3483 : f32[] @ models/lib/nn.yaml:89:7
%3486 = broadcast %3485 : f32[16] @ models/lib/nn.yaml:89:7
%3487 = mul %3484, %3486 : f32[16] @ models/lib/nn.yaml:89:7
%3488 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%3489 = cast %3488 : f32[] @ models/lib/nn.yaml:89:7
%3490 = broadcast %3489 : f32[16] @ models/lib/nn.yaml:89:7
%3491 = add %3487, %3490 : f32[16] @ models/lib/nn.yaml:89:7
%3492 = div %3459, %3491 : f32[16] @ models/lib/nn.yaml:89:7
%3493 = cast %3475 : f32[] @ models/lib/nn.yaml:89:7
%3494 = broadcast %3493 : f32[16] @ models/lib/nn.yaml:89:7
%3495 = mul %3492, %3494 : f32[16] @ models/lib/nn.yaml:89:7
%3496 = sub %8, %3495 : f32[16] @ models/lib/nn.yaml:89:7
%3497 = assign %8, %3496 : f32[16] @ models/lib/nn.yaml:89:7
%3498 = assign %3446, %3459 : f32[16] @ models/lib/nn.yaml:89:7
%3499 = assign %3447, %3469 : f32[16] @ models/lib/nn.yaml:89:7
%3500 = assign %3448, %3450 : i64[] @ models/lib/nn.yaml:89:7
%3501 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%3502 = broadcast %3501 : f32[16] @ models/lib/nn.yaml:89:7
%3503 = mul %92, %3502 : f32[16] @ models/lib/nn.yaml:89:7
%3504 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3505 = sub %3504, %2067 : f64[] @ models/lib/nn.yaml:89:7
%3506 = cast %3505 : f32[] @ models/lib/nn.yaml:89:7
%3507 = broadcast %3506 : f32[16] @ models/lib/nn.yaml:89:7
%3508 = mul %3496, %3507 : f32[16] @ models/lib/nn.yaml:89:7
%3509 = add %3503, %3508 : f32[16] @ models/lib/nn.yaml:89:7
%3510 = assign %92, %3509 : f32[16] @ models/lib/nn.yaml:89:7
%3511 = all_reduce_sum %3202 : f32[16] @ models/lib/nn.yaml:90:7
%3512 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3513 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3514 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3515 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%3516 = add %3514, %3515 : i64[] @ models/lib/nn.yaml:90:7
%3517 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%3518 = cast %3517 : f32[] @ models/lib/nn.yaml:90:7
%3519 = broadcast %3518 : f32[16] @ models/lib/nn.yaml:90:7
%3520 = mul %3511, %3519 : f32[16] @ models/lib/nn.yaml:90:7
%3521 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3522 = cast %3521 : f32[] @ models/lib/nn.yaml:90:7
%3523 = broadcast %3522 : f32[16] @ models/lib/nn.yaml:90:7
%3524 = mul %3512, %3523 : f32[16] @ models/lib/nn.yaml:90:7
%3525 = add %3524, %3520 : f32[16] @ models/lib/nn.yaml:90:7
%3526 = mul %3511, %3511 : f32[16] @ models/lib/nn.yaml:90:7
%3527 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%3528 = cast %3527 : f32[] @ models/lib/nn.yaml:90:7
%3529 = broadcast %3528 : f32[16] @ models/lib/nn.yaml:90:7
%3530 = mul %3526, %3529 : f32[16] @ models/lib/nn.yaml:90:7
%3531 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3532 = cast %3531 : f32[] @ models/lib/nn.yaml:90:7
%3533 = broadcast %3532 : f32[16] @ models/lib/nn.yaml:90:7
%3534 = mul %3513, %3533 : f32[16] @ models/lib/nn.yaml:90:7
%3535 = add %3534, %3530 : f32[16] @ models/lib/nn.yaml:90:7
%3536 = cast %3516 : f64[] @ models/lib/nn.yaml:90:7
%3537 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3538 = pow %3537, %3536 : f64[] @ models/lib/nn.yaml:90:7
%3539 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3540 = sub %3539, %3538 : f64[] @ models/lib/nn.yaml:90:7
%3541 = div %2065, %3540 : f64[] @ models/lib/nn.yaml:90:7
%3542 = cast %3516 : f64[] @ models/lib/nn.yaml:90:7
%3543 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3544 = pow %3543, %3542 : f64[] @ models/lib/nn.yaml:90:7
%3545 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3546 = sub %3545, %3544 : f64[] @ models/lib/nn.yaml:90:7
%3547 = sqrt %3546 : f64[] @ models/lib/nn.yaml:90:7
%3548 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3549 = div %3548, %3547 : f64[] @ models/lib/nn.yaml:90:7
%3550 = sqrt %3535 : f32[16] @ models/lib/nn.yaml:90:7
%3551 = cast %3549 : f32[] @ models/lib/nn.yaml:90:7
%3552 = broadcast %3551 : f32[16] @ models/lib/nn.yaml:90:7
%3553 = mul %3550, %3552 : f32[16] @ models/lib/nn.yaml:90:7
%3554 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%3555 = cast %3554 : f32[] @ models/lib/nn.yaml:90:7
%3556 = broadcast %3555 : f32[16] @ models/lib/nn.yaml:90:7
%3557 = add %3553, %3556 : f32[16] @ models/lib/nn.yaml:90:7
%3558 = div %3525, %3557 : f32[16] @ models/lib/nn.yaml:90:7
%3559 = cast %3541 : f32[] @ models/lib/nn.yaml:90:7
%3560 = broadcast %3559 : f32[16] @ models/lib/nn.yaml:90:7
%3561 = mul %3558, %3560 : f32[16] @ models/lib/nn.yaml:90:7
%3562 = sub %9, %3561 : f32[16] @ models/lib/nn.yaml:90:7
%3563 = assign %9, %3562 : f32[16] @ models/lib/nn.yaml:90:7
%3564 = assign %3512, %3525 : f32[16] @ models/lib/nn.yaml:90:7
%3565 = assign %3513, %3535 : f32[16] @ models/lib/nn.yaml:90:7
%3566 = assign %3514, %3516 : i64[] @ models/lib/nn.yaml:90:7
%3567 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%3568 = broadcast %3567 : f32[16] @ models/lib/nn.yaml:90:7
%3569 = mul %93, %3568 : f32[16] @ models/lib/nn.yaml:90:7
%3570 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3571 = sub %3570, %2067 : f64[] @ models/lib/nn.yaml:90:7
%3572 = cast %3571 : f32[] @ models/lib/nn.yaml:90:7
%3573 = broadcast %3572 : f32[16] @ models/lib/nn.yaml:90:7
%3574 = mul %3562, %3573 : f32[16] @ models/lib/nn.yaml:90:7
%3575 = add %3569, %3574 : f32[16] @ models/lib/nn.yaml:90:7
%3576 = assign %93, %3575 : f32[16] @ models/lib/nn.yaml:90:7
%3577 = all_reduce_sum %3200 : f32[48,16] @ models/lib/nn.yaml:79:7
%3578 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3579 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3580 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3581 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3582 = add %3580, %3581 : i64[] @ models/lib/nn.yaml:79:7
%3583 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%3584 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3585 = sub %3584, %3583 : f64[] @ models/lib/nn.yaml:79:7
%3586 = cast %3585 : f32[] @ models/lib/nn.yaml:79:7
%3587 = broadcast %3586 : f32[48,16] @ models/lib/nn.yaml:79:7
%3588 = mul %10, %3587 : f32[48,16] @ models/lib/nn.yaml:79:7
%3589 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3590 = cast %3589 : f32[] @ models/lib/nn.yaml:79:7
%3591 = broadcast %3590 : f32[48,16] @ models/lib/nn.yaml:79:7
%3592 = mul %3577, %3591 : f32[48,16] @ models/lib/nn.yaml:79:7
%3593 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3594 = cast %3593 : f32[] @ models/lib/nn.yaml:79:7
%3595 = broadcast %3594 : f32[48,16] @ models/lib/nn.yaml:79:7
%3596 = mul %3578, %3595 : f32[48,16] @ models/lib/nn.yaml:79:7
%3597 = add %3596, %3592 : f32[48,16] @ models/lib/nn.yaml:79:7
%3598 = mul %3577, %3577 : f32[48,16] @ models/lib/nn.yaml:79:7
%3599 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3600 = cast %3599 : f32[] @ models/lib/nn.yaml:79:7
%3601 = broadcast %3600 : f32[48,16] @ models/lib/nn.yaml:79:7
%3602 = mul %3598, %3601 : f32[48,16] @ models/lib/nn.yaml:79:7
%3603 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3604 = cast %3603 : f32[] @ models/lib/nn.yaml:79:7
%3605 = broadcast %3604 : f32[48,16] @ models/lib/nn.yaml:79:7
%3606 = mul %3579, %3605 : f32[48,16] @ models/lib/nn.yaml:79:7
%3607 = add %3606, %3602 : f32[48,16] @ models/lib/nn.yaml:79:7
%3608 = cast %3582 : f64[] @ models/lib/nn.yaml:79:7
%3609 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3610 = pow %3609, %3608 : f64[] @ models/lib/nn.yaml:79:7
%3611 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3612 = sub %3611, %3610 : f64[] @ models/lib/nn.yaml:79:7
%3613 = div %2065, %3612 : f64[] @ models/lib/nn.yaml:79:7
%3614 = cast %3582 : f64[] @ models/lib/nn.yaml:79:7
%3615 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3616 = pow %3615, %3614 : f64[] @ models/lib/nn.yaml:79:7
%3617 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3618 = sub %3617, %3616 : f64[] @ models/lib/nn.yaml:79:7
%3619 = sqrt %3618 : f64[] @ models/lib/nn.yaml:79:7
%3620 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3621 = div %3620, %3619 : f64[] @ models/lib/nn.yaml:79:7
%3622 = sqrt %3607 : f32[48,16] @ models/lib/nn.yaml:79:7
%3623 = cast %3621 : f32[] @ models/lib/nn.yaml:79:7
%3624 = broadcast %3623 : f32[48,16] @ models/lib/nn.yaml:79:7
%3625 = mul %3622, %3624 : f32[48,16] @ models/lib/nn.yaml:79:7
%3626 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3627 = cast %3626 : f32[] @ models/lib/nn.yaml:79:7
%3628 = broadcast %3627 : f32[48,16] @ models/lib/nn.yaml:79:7
%3629 = add %3625, %3628 : f32[48,16] @ models/lib/nn.yaml:79:7
%3630 = div %3597, %3629 : f32[48,16] @ models/lib/nn.yaml:79:7
%3631 = cast %3613 : f32[] @ models/lib/nn.yaml:79:7
%3632 = broadcast %3631 : f32[48,16] @ models/lib/nn.yaml:79:7
%3633 = mul %3630, %3632 : f32[48,16] @ models/lib/nn.yaml:79:7
%3634 = sub %3588, %3633 : f32[48,16] @ models/lib/nn.yaml:79:7
%3635 = assign %10, %3634 : f32[48,16] @ models/lib/nn.yaml:79:7
%3636 = assign %3578, %3597 : f32[48,16] @ models/lib/nn.yaml:79:7
%3637 = assign %3579, %3607 : f32[48,16] @ models/lib/nn.yaml:79:7
%3638 = assign %3580, %3582 : i64[] @ models/lib/nn.yaml:79:7
%3639 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%3640 = broadcast %3639 : f32[48,16] @ models/lib/nn.yaml:79:7
%3641 = mul %94, %3640 : f32[48,16] @ models/lib/nn.yaml:79:7
%3642 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3643 = sub %3642, %2067 : f64[] @ models/lib/nn.yaml:79:7
%3644 = cast %3643 : f32[] @ models/lib/nn.yaml:79:7
%3645 = broadcast %3644 : f32[48,16] @ models/lib/nn.yaml:79:7
%3646 = mul %3634, %3645 : f32[48,16] @ models/lib/nn.yaml:79:7
%3647 = add %3641, %3646 : f32[48,16] @ models/lib/nn.yaml:79:7
%3648 = assign %94, %3647 : f32[48,16] @ models/lib/nn.yaml:79:7
%3649 = all_reduce_sum %3196 : f32[48] @ models/lib/nn.yaml:80:7
%3650 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3651 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3652 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3653 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3654 = add %3652, %3653 : i64[] @ models/lib/nn.yaml:80:7
%3655 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3656 = cast %3655 : f32[] @ models/lib/nn.yaml:80:7
%3657 = broadcast %3656 : f32[48] @ models/lib/nn.yaml:80:7
%3658 = mul %3649, %3657 : f32[48] @ models/lib/nn.yaml:80:7
%3659 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3660 = cast %3659 : f32[] @ models/lib/nn.yaml:80:7
%3661 = broadcast %3660 : f32[48] @ models/lib/nn.yaml:80:7
%3662 = mul %3650, %3661 : f32[48] @ models/lib/nn.yaml:80:7
%3663 = add %3662, %3658 : f32[48] @ models/lib/nn.yaml:80:7
%3664 = mul %3649, %3649 : f32[48] @ models/lib/nn.yaml:80:7
%3665 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3666 = cast %3665 : f32[] @ models/lib/nn.yaml:80:7
%3667 = broadcast %3666 : f32[48] @ models/lib/nn.yaml:80:7
%3668 = mul %3664, %3667 : f32[48] @ models/lib/nn.yaml:80:7
%3669 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3670 = cast %3669 : f32[] @ models/lib/nn.yaml:80:7
%3671 = broadcast %3670 : f32[48] @ models/lib/nn.yaml:80:7
%3672 = mul %3651, %3671 : f32[48] @ models/lib/nn.yaml:80:7
%3673 = add %3672, %3668 : f32[48] @ models/lib/nn.yaml:80:7
%3674 = cast %3654 : f64[] @ models/lib/nn.yaml:80:7
%3675 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3676 = pow %3675, %3674 : f64[] @ models/lib/nn.yaml:80:7
%3677 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3678 = sub %3677, %3676 : f64[] @ models/lib/nn.yaml:80:7
%3679 = div %2065, %3678 : f64[] @ models/lib/nn.yaml:80:7
%3680 = cast %3654 : f64[] @ models/lib/nn.yaml:80:7
%3681 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3682 = pow %3681, %3680 : f64[] @ models/lib/nn.yaml:80:7
%3683 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3684 = sub %3683, %3682 : f64[] @ models/lib/nn.yaml:80:7
%3685 = sqrt %3684 : f64[] @ models/lib/nn.yaml:80:7
%3686 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3687 = div %3686, %3685 : f64[] @ models/lib/nn.yaml:80:7
%3688 = sqrt %3673 : f32[48] @ models/lib/nn.yaml:80:7
%3689 = cast %3687 : f32[] @ models/lib/nn.yaml:80:7
%3690 = broadcast %3689 : f32[48] @ models/lib/nn.yaml:80:7
%3691 = mul %3688, %3690 : f32[48] @ models/lib/nn.yaml:80:7
%3692 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3693 = cast %3692 : f32[] @ models/lib/nn.yaml:80:7
%3694 = broadcast %3693 : f32[48] @ models/lib/nn.yaml:80:7
%3695 = add %3691, %3694 : f32[48] @ models/lib/nn.yaml:80:7
%3696 = div %3663, %3695 : f32[48] @ models/lib/nn.yaml:80:7
%3697 = cast %3679 : f32[] @ models/lib/nn.yaml:80:7
%3698 = broadcast %3697 : f32[48] @ models/lib/nn.yaml:80:7
%3699 = mul %3696, %3698 : f32[48] @ models/lib/nn.yaml:80:7
%3700 = sub %11, %3699 : f32[48] @ models/lib/nn.yaml:80:7
%3701 = assign %11, %3700 : f32[48] @ models/lib/nn.yaml:80:7
%3702 = assign %3650, %3663 : f32[48] @ models/lib/nn.yaml:80:7
%3703 = assign %3651, %3673 : f32[48] @ models/lib/nn.yaml:80:7
%3704 = assign %3652, %3654 : i64[] @ models/lib/nn.yaml:80:7
%3705 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%3706 = broadcast %3705 : f32[48] @ models/lib/nn.yaml:80:7
%3707 = mul %95, %3706 : f32[48] @ models/lib/nn.yaml:80:7
%3708 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3709 = sub %3708, %2067 : f64[] @ models/lib/nn.yaml:80:7
%3710 = cast %3709 : f32[] @ models/lib/nn.yaml:80:7
%3711 = broadcast %3710 : f32[48] @ models/lib/nn.yaml:80:7
%3712 = mul %3700, %3711 : f32[48] @ models/lib/nn.yaml:80:7
%3713 = add %3707, %3712 : f32[48] @ models/lib/nn.yaml:80:7
%3714 = assign %95, %3713 : f32[48] @ models/lib/nn.yaml:80:7
%3715 = all_reduce_sum %3147 : f32[16,16] @ models/lib/nn.yaml:79:7
%3716 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3717 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3718 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3719 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3720 = add %3718, %3719 : i64[] @ models/lib/nn.yaml:79:7
%3721 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%3722 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3723 = sub %3722, %3721 : f64[] @ models/lib/nn.yaml:79:7
%3724 = cast %3723 : f32[] @ models/lib/nn.yaml:79:7
%3725 = broadcast %3724 : f32[16,16] @ models/lib/nn.yaml:79:7
%3726 = mul %12, %3725 : f32[16,16] @ models/lib/nn.yaml:79:7
%3727 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3728 = cast %3727 : f32[] @ models/lib/nn.yaml:79:7
%3729 = broadcast %3728 : f32[16,16] @ models/lib/nn.yaml:79:7
%3730 = mul %3715, %3729 : f32[16,16] @ models/lib/nn.yaml:79:7
%3731 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3732 = cast %3731 : f32[] @ models/lib/nn.yaml:79:7
%3733 = broadcast %3732 : f32[16,16] @ models/lib/nn.yaml:79:7
%3734 = mul %3716, %3733 : f32[16,16] @ models/lib/nn.yaml:79:7
%3735 = add %3734, %3730 : f32[16,16] @ models/lib/nn.yaml:79:7
%3736 = mul %3715, %3715 : f32[16,16] @ models/lib/nn.yaml:79:7
%3737 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3738 = cast %3737 : f32[] @ models/lib/nn.yaml:79:7
%3739 = broadcast %3738 : f32[16,16] @ models/lib/nn.yaml:79:7
%3740 = mul %3736, %3739 : f32[16,16] @ models/lib/nn.yaml:79:7
%3741 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3742 = cast %3741 : f32[] @ models/lib/nn.yaml:79:7
%3743 = broadcast %3742 : f32[16,16] @ models/lib/nn.yaml:79:7
%3744 = mul %3717, %3743 : f32[16,16] @ models/lib/nn.yaml:79:7
%3745 = add %3744, %3740 : f32[16,16] @ models/lib/nn.yaml:79:7
%3746 = cast %3720 : f64[] @ models/lib/nn.yaml:79:7
%3747 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3748 = pow %3747, %3746 : f64[] @ models/lib/nn.yaml:79:7
%3749 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3750 = sub %3749, %3748 : f64[] @ models/lib/nn.yaml:79:7
%3751 = div %2065, %3750 : f64[] @ models/lib/nn.yaml:79:7
%3752 = cast %3720 : f64[] @ models/lib/nn.yaml:79:7
%3753 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3754 = pow %3753, %3752 : f64[] @ models/lib/nn.yaml:79:7
%3755 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3756 = sub %3755, %3754 : f64[] @ models/lib/nn.yaml:79:7
%3757 = sqrt %3756 : f64[] @ models/lib/nn.yaml:79:7
%3758 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3759 = div %3758, %3757 : f64[] @ models/lib/nn.yaml:79:7
%3760 = sqrt %3745 : f32[16,16] @ models/lib/nn.yaml:79:7
%3761 = cast %3759 : f32[] @ models/lib/nn.yaml:79:7
%3762 = broadcast %3761 : f32[16,16] @ models/lib/nn.yaml:79:7
%3763 = mul %3760, %3762 : f32[16,16] @ models/lib/nn.yaml:79:7
%3764 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3765 = cast %3764 : f32[] @ models/lib/nn.yaml:79:7
%3766 = broadcast %3765 : f32[16,16] @ models/lib/nn.yaml:79:7
%3767 = add %3763, %3766 : f32[16,16] @ models/lib/nn.yaml:79:7
%3768 = div %3735, %3767 : f32[16,16] @ models/lib/nn.yaml:79:7
%3769 = cast %3751 : f32[] @ models/lib/nn.yaml:79:7
%3770 = broadcast %3769 : f32[16,16] @ models/lib/nn.yaml:79:7
%3771 = mul %3768, %3770 : f32[16,16] @ models/lib/nn.yaml:79:7
%3772 = sub %3726, %3771 : f32[16,16] @ models/lib/nn.yaml:79:7
%3773 = assign %12, %3772 : f32[16,16] @ models/lib/nn.yaml:79:7
%3774 = assign %3716, %3735 : f32[16,16] @ models/lib/nn.yaml:79:7
%3775 = assign %3717, %3745 : f32[16,16] @ models/lib/nn.yaml:79:7
%3776 = assign %3718, %3720 : i64[] @ models/lib/nn.yaml:79:7
%3777 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%3778 = broadcast %3777 : f32[16,16] @ models/lib/nn.yaml:79:7
%3779 = mul %96, %3778 : f32[16,16] @ models/lib/nn.yaml:79:7
%3780 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3781 = sub %3780, %2067 : f64[] @ models/lib/nn.yaml:79:7
%3782 = cast %3781 : f32[] @ models/lib/nn.yaml:79:7
%3783 = broadcast %3782 : f32[16,16] @ models/lib/nn.yaml:79:7
%3784 = mul %3772, %3783 : f32[16,16] @ models/lib/nn.yaml:79:7
%3785 = add %3779, %3784 : f32[16,16] @ models/lib/nn.yaml:79:7
%3786 = assign %96, %3785 : f32[16,16] @ models/lib/nn.yaml:79:7
%3787 = all_reduce_sum %3143 : f32[16] @ models/lib/nn.yaml:80:7
%3788 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3789 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3790 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3791 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3792 = add %3790, %3791 : i64[] @ models/lib/nn.yaml:80:7
%3793 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3794 = cast %3793 : f32[] @ models/lib/nn.yaml:80:7
%3795 = broadcast %3794 : f32[16] @ models/lib/nn.yaml:80:7
%3796 = mul %3787, %3795 : f32[16] @ models/lib/nn.yaml:80:7
%3797 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3798 = cast %3797 : f32[] @ models/lib/nn.yaml:80:7
%3799 = broadcast %3798 : f32[16] @ models/lib/nn.yaml:80:7
%3800 = mul %3788, %3799 : f32[16] @ models/lib/nn.yaml:80:7
%3801 = add %3800, %3796 : f32[16] @ models/lib/nn.yaml:80:7
%3802 = mul %3787, %3787 : f32[16] @ models/lib/nn.yaml:80:7
%3803 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3804 = cast %3803 : f32[] @ models/lib/nn.yaml:80:7
%3805 = broadcast %3804 : f32[16] @ models/lib/nn.yaml:80:7
%3806 = mul %3802, %3805 : f32[16] @ models/lib/nn.yaml:80:7
%3807 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3808 = cast %3807 : f32[] @ models/lib/nn.yaml:80:7
%3809 = broadcast %3808 : f32[16] @ models/lib/nn.yaml:80:7
%3810 = mul %3789, %3809 : f32[16] @ models/lib/nn.yaml:80:7
%3811 = add %3810, %3806 : f32[16] @ models/lib/nn.yaml:80:7
%3812 = cast %3792 : f64[] @ models/lib/nn.yaml:80:7
%3813 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3814 = pow %3813, %3812 : f64[] @ models/lib/nn.yaml:80:7
%3815 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3816 = sub %3815, %3814 : f64[] @ models/lib/nn.yaml:80:7
%3817 = div %2065, %3816 : f64[] @ models/lib/nn.yaml:80:7
%3818 = cast %3792 : f64[] @ models/lib/nn.yaml:80:7
%3819 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3820 = pow %3819, %3818 : f64[] @ models/lib/nn.yaml:80:7
%3821 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3822 = sub %3821, %3820 : f64[] @ models/lib/nn.yaml:80:7
%3823 = sqrt %3822 : f64[] @ models/lib/nn.yaml:80:7
%3824 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3825 = div %3824, %3823 : f64[] @ models/lib/nn.yaml:80:7
%3826 = sqrt %3811 : f32[16] @ models/lib/nn.yaml:80:7
%3827 = cast %3825 : f32[] @ models/lib/nn.yaml:80:7
%3828 = broadcast %3827 : f32[16] @ models/lib/nn.yaml:80:7
%3829 = mul %3826, %3828 : f32[16] @ models/lib/nn.yaml:80:7
%3830 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3831 = cast %3830 : f32[] @ models/lib/nn.yaml:80:7
%3832 = broadcast %3831 : f32[16] @ models/lib/nn.yaml:80:7
%3833 = add %3829, %3832 : f32[16] @ models/lib/nn.yaml:80:7
%3834 = div %3801, %3833 : f32[16] @ models/lib/nn.yaml:80:7
%3835 = cast %3817 : f32[] @ models/lib/nn.yaml:80:7
%3836 = broadcast %3835 : f32[16] @ models/lib/nn.yaml:80:7
%3837 = mul %3834, %3836 : f32[16] @ models/lib/nn.yaml:80:7
%3838 = sub %13, %3837 : f32[16] @ models/lib/nn.yaml:80:7
%3839 = assign %13, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%3840 = assign %3788, %3801 : f32[16] @ models/lib/nn.yaml:80:7
%3841 = assign %3789, %3811 : f32[16] @ models/lib/nn.yaml:80:7
%3842 = assign %3790, %3792 : i64[] @ models/lib/nn.yaml:80:7
%3843 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%3844 = broadcast %3843 : f32[16] @ models/lib/nn.yaml:80:7
%3845 = mul %97, %3844 : f32[16] @ models/lib/nn.yaml:80:7
%3846 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3847 = sub %3846, %2067 : f64[] @ models/lib/nn.yaml:80:7
%3848 = cast %3847 : f32[] @ models/lib/nn.yaml:80:7
%3849 = broadcast %3848 : f32[16] @ models/lib/nn.yaml:80:7
%3850 = mul %3838, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%3851 = add %3845, %3850 : f32[16] @ models/lib/nn.yaml:80:7
%3852 = assign %97, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%3853 = all_reduce_sum %3120 : f32[16] @ models/lib/nn.yaml:89:7
%3854 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3855 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3856 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3857 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%3858 = add %3856, %3857 : i64[] @ models/lib/nn.yaml:89:7
%3859 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%3860 = cast %3859 : f32[] @ models/lib/nn.yaml:89:7
%3861 = broadcast %3860 : f32[16] @ models/lib/nn.yaml:89:7
%3862 = mul %3853, %3861 : f32[16] @ models/lib/nn.yaml:89:7
%3863 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3864 = cast %3863 : f32[] @ models/lib/nn.yaml:89:7
%3865 = broadcast %3864 : f32[16] @ models/lib/nn.yaml:89:7
%3866 = mul %3854, %3865 : f32[16] @ models/lib/nn.yaml:89:7
%3867 = add %3866, %3862 : f32[16] @ models/lib/nn.yaml:89:7
%3868 = mul %3853, %3853 : f32[16] @ models/lib/nn.yaml:89:7
%3869 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%3870 = cast %3869 : f32[] @ models/lib/nn.yaml:89:7
%3871 = broadcast %3870 : f32[16] @ models/lib/nn.yaml:89:7
%3872 = mul %3868, %3871 : f32[16] @ models/lib/nn.yaml:89:7
%3873 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3874 = cast %3873 : f32[] @ models/lib/nn.yaml:89:7
%3875 = broadcast %3874 : f32[16] @ models/lib/nn.yaml:89:7
%3876 = mul %3855, %3875 : f32[16] @ models/lib/nn.yaml:89:7
%3877 = add %3876, %3872 : f32[16] @ models/lib/nn.yaml:89:7
%3878 = cast %3858 : f64[] @ models/lib/nn.yaml:89:7
%3879 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3880 = pow %3879, %3878 : f64[] @ models/lib/nn.yaml:89:7
%3881 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3882 = sub %3881, %3880 : f64[] @ models/lib/nn.yaml:89:7
%3883 = div %2065, %3882 : f64[] @ models/lib/nn.yaml:89:7
%3884 = cast %3858 : f64[] @ models/lib/nn.yaml:89:7
%3885 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3886 = pow %3885, %3884 : f64[] @ models/lib/nn.yaml:89:7
%3887 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3888 = sub %3887, %3886 : f64[] @ models/lib/nn.yaml:89:7
%3889 = sqrt %3888 : f64[] @ models/lib/nn.yaml:89:7
%3890 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3891 = div %3890, %3889 : f64[] @ models/lib/nn.yaml:89:7
%3892 = sqrt %3877 : f32[16] @ models/lib/nn.yaml:89:7
%3893 = cast %3891 : f32[] @ models/lib/nn.yaml:89:7
%3894 = broadcast %3893 : f32[16] @ models/lib/nn.yaml:89:7
%3895 = mul %3892, %3894 : f32[16] @ models/lib/nn.yaml:89:7
%3896 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%3897 = cast %3896 : f32[] @ models/lib/nn.yaml:89:7
%3898 = broadcast %3897 : f32[16] @ models/lib/nn.yaml:89:7
%3899 = add %3895, %3898 : f32[16] @ models/lib/nn.yaml:89:7
%3900 = div %3867, %3899 : f32[16] @ models/lib/nn.yaml:89:7
%3901 = cast %3883 : f32[] @ models/lib/nn.yaml:89:7
%3902 = broadcast %3901 : f32[16] @ models/lib/nn.yaml:89:7
%3903 = mul %3900, %3902 : f32[16] @ models/lib/nn.yaml:89:7
%3904 = sub %14, %3903 : f32[16] @ models/lib/nn.yaml:89:7
%3905 = assign %14, %3904 : f32[16] @ models/lib/nn.yaml:89:7
%3906 = assign %3854, %3867 : f32[16] @ models/lib/nn.yaml:89:7
%3907 = assign %3855, %3877 : f32[16] @ models/lib/nn.yaml:89:7
%3908 = assign %3856, %3858 : i64[] @ models/lib/nn.yaml:89:7
%3909 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%3910 = broadcast %3909 : f32[16] @ models/lib/nn.yaml:89:7
%3911 = mul %98, %3910 : f32[16] @ models/lib/nn.yaml:89:7
%3912 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3913 = sub %3912, %2067 : f64[] @ models/lib/nn.yaml:89:7
%3914 = cast %3913 : f32[] @ models/lib/nn.yaml:89:7
%3915 = broadcast %3914 : f32[16] @ models/lib/nn.yaml:89:7
%3916 = mul %3904, %3915 : f32[16] @ models/lib/nn.yaml:89:7
%3917 = add %3911, %3916 : f32[16] @ models/lib/nn.yaml:89:7
%3918 = assign %98, %3917 : f32[16] @ models/lib/nn.yaml:89:7
%3919 = all_reduce_sum %3116 : f32[16] @ models/lib/nn.yaml:90:7
%3920 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3921 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3922 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3923 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%3924 = add %3922, %3923 : i64[] @ models/lib/nn.yaml:90:7
%3925 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%3926 = cast %3925 : f32[] @ models/lib/nn.yaml:90:7
%3927 = broadcast %3926 : f32[16] @ models/lib/nn.yaml:90:7
%3928 = mul %3919, %3927 : f32[16] @ models/lib/nn.yaml:90:7
%3929 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3930 = cast %3929 : f32[] @ models/lib/nn.yaml:90:7
%3931 = broadcast %3930 : f32[16] @ models/lib/nn.yaml:90:7
%3932 = mul %3920, %3931 : f32[16] @ models/lib/nn.yaml:90:7
%3933 = add %3932, %3928 : f32[16] @ models/lib/nn.yaml:90:7
%3934 = mul %3919, %3919 : f32[16] @ models/lib/nn.yaml:90:7
%3935 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%3936 = cast %3935 : f32[] @ models/lib/nn.yaml:90:7
%3937 = broadcast %3936 : f32[16] @ models/lib/nn.yaml:90:7
%3938 = mul %3934, %3937 : f32[16] @ models/lib/nn.yaml:90:7
%3939 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3940 = cast %3939 : f32[] @ models/lib/nn.yaml:90:7
%3941 = broadcast %3940 : f32[16] @ models/lib/nn.yaml:90:7
%3942 = mul %3921, %3941 : f32[16] @ models/lib/nn.yaml:90:7
%3943 = add %3942, %3938 : f32[16] @ models/lib/nn.yaml:90:7
%3944 = cast %3924 : f64[] @ models/lib/nn.yaml:90:7
%3945 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3946 = pow %3945, %3944 : f64[] @ models/lib/nn.yaml:90:7
%3947 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3948 = sub %3947, %3946 : f64[] @ models/lib/nn.yaml:90:7
%3949 = div %2065, %3948 : f64[] @ models/lib/nn.yaml:90:7
%3950 = cast %3924 : f64[] @ models/lib/nn.yaml:90:7
%3951 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3952 = pow %3951, %3950 : f64[] @ models/lib/nn.yaml:90:7
%3953 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3954 = sub %3953, %3952 : f64[] @ models/lib/nn.yaml:90:7
%3955 = sqrt %3954 : f64[] @ models/lib/nn.yaml:90:7
%3956 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3957 = div %3956, %3955 : f64[] @ models/lib/nn.yaml:90:7
%3958 = sqrt %3943 : f32[16] @ models/lib/nn.yaml:90:7
%3959 = cast %3957 : f32[] @ models/lib/nn.yaml:90:7
%3960 = broadcast %3959 : f32[16] @ models/lib/nn.yaml:90:7
%3961 = mul %3958, %3960 : f32[16] @ models/lib/nn.yaml:90:7
%3962 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%3963 = cast %3962 : f32[] @ models/lib/nn.yaml:90:7
%3964 = broadcast %3963 : f32[16] @ models/lib/nn.yaml:90:7
%3965 = add %3961, %3964 : f32[16] @ models/lib/nn.yaml:90:7
%3966 = div %3933, %3965 : f32[16] @ models/lib/nn.yaml:90:7
%3967 = cast %3949 : f32[] @ models/lib/nn.yaml:90:7
%3968 = broadcast %3967 : f32[16] @ models/lib/nn.yaml:90:7
%3969 = mul %3966, %3968 : f32[16] @ models/lib/nn.yaml:90:7
%3970 = sub %15, %3969 : f32[16] @ models/lib/nn.yaml:90:7
%3971 = assign %15, %3970 : f32[16] @ models/lib/nn.yaml:90:7
%3972 = assign %3920, %3933 : f32[16] @ models/lib/nn.yaml:90:7
%3973 = assign %3921, %3943 : f32[16] @ models/lib/nn.yaml:90:7
%3974 = assign %3922, %3924 : i64[] @ models/lib/nn.yaml:90:7
%3975 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%3976 = broadcast %3975 : f32[16] @ models/lib/nn.yaml:90:7
%3977 = mul %99, %3976 : f32[16] @ models/lib/nn.yaml:90:7
%3978 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3979 = sub %3978, %2067 : f64[] @ models/lib/nn.yaml:90:7
%3980 = cast %3979 : f32[] @ models/lib/nn.yaml:90:7
%3981 = broadcast %3980 : f32[16] @ models/lib/nn.yaml:90:7
%3982 = mul %3970, %3981 : f32[16] @ models/lib/nn.yaml:90:7
%3983 = add %3977, %3982 : f32[16] @ models/lib/nn.yaml:90:7
%3984 = assign %99, %3983 : f32[16] @ models/lib/nn.yaml:90:7
%3985 = all_reduce_sum %3114 : f32[64,16] @ models/lib/nn.yaml:79:7
%3986 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3987 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3988 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3989 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3990 = add %3988, %3989 : i64[] @ models/lib/nn.yaml:79:7
%3991 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%3992 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3993 = sub %3992, %3991 : f64[] @ models/lib/nn.yaml:79:7
%3994 = cast %3993 : f32[] @ models/lib/nn.yaml:79:7
%3995 = broadcast %3994 : f32[64,16] @ models/lib/nn.yaml:79:7
%3996 = mul %16, %3995 : f32[64,16] @ models/lib/nn.yaml:79:7
%3997 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3998 = cast %3997 : f32[] @ models/lib/nn.yaml:79:7
%3999 = broadcast %3998 : f32[64,16] @ models/lib/nn.yaml:79:7
%4000 = mul %3985, %3999 : f32[64,16] @ models/lib/nn.yaml:79:7
%4001 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4002 = cast %4001 : f32[] @ models/lib/nn.yaml:79:7
%4003 = broadcast %4002 : f32[64,16] @ models/lib/nn.yaml:79:7
%4004 = mul %3986, %4003 : f32[64,16] @ models/lib/nn.yaml:79:7
%4005 = add %4004, %4000 : f32[64,16] @ models/lib/nn.yaml:79:7
%4006 = mul %3985, %3985 : f32[64,16] @ models/lib/nn.yaml:79:7
%4007 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4008 = cast %4007 : f32[] @ models/lib/nn.yaml:79:7
%4009 = broadcast %4008 : f32[64,16] @ models/lib/nn.yaml:79:7
%4010 = mul %4006, %4009 : f32[64,16] @ models/lib/nn.yaml:79:7
%4011 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4012 = cast %4011 : f32[] @ models/lib/nn.yaml:79:7
%4013 = broadcast %4012 : f32[64,16] @ models/lib/nn.yaml:79:7
%4014 = mul %3987, %4013 : f32[64,16] @ models/lib/nn.yaml:79:7
%4015 = add %4014, %4010 : f32[64,16] @ models/lib/nn.yaml:79:7
%4016 = cast %3990 : f64[] @ models/lib/nn.yaml:79:7
%4017 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4018 = pow %4017, %4016 : f64[] @ models/lib/nn.yaml:79:7
%4019 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4020 = sub %4019, %4018 : f64[] @ models/lib/nn.yaml:79:7
%4021 = div %2065, %4020 : f64[] @ models/lib/nn.yaml:79:7
%4022 = cast %3990 : f64[] @ models/lib/nn.yaml:79:7
%4023 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4024 = pow %4023, %4022 : f64[] @ models/lib/nn.yaml:79:7
%4025 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4026 = sub %4025, %4024 : f64[] @ models/lib/nn.yaml:79:7
%4027 = sqrt %4026 : f64[] @ models/lib/nn.yaml:79:7
%4028 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4029 = div %4028, %4027 : f64[] @ models/lib/nn.yaml:79:7
%4030 = sqrt %4015 : f32[64,16] @ models/lib/nn.yaml:79:7
%4031 = cast %4029 : f32[] @ models/lib/nn.yaml:79:7
%4032 = broadcast %4031 : f32[64,16] @ models/lib/nn.yaml:79:7
%4033 = mul %4030, %4032 : f32[64,16] @ models/lib/nn.yaml:79:7
%4034 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4035 = cast %4034 : f32[] @ models/lib/nn.yaml:79:7
%4036 = broadcast %4035 : f32[64,16] @ models/lib/nn.yaml:79:7
%4037 = add %4033, %4036 : f32[64,16] @ models/lib/nn.yaml:79:7
%4038 = div %4005, %4037 : f32[64,16] @ models/lib/nn.yaml:79:7
%4039 = cast %4021 : f32[] @ models/lib/nn.yaml:79:7
%4040 = broadcast %4039 : f32[64,16] @ models/lib/nn.yaml:79:7
%4041 = mul %4038, %4040 : f32[64,16] @ models/lib/nn.yaml:79:7
%4042 = sub %3996, %4041 : f32[64,16] @ models/lib/nn.yaml:79:7
%4043 = assign %16, %4042 : f32[64,16] @ models/lib/nn.yaml:79:7
%4044 = assign %3986, %4005 : f32[64,16] @ models/lib/nn.yaml:79:7
%4045 = assign %3987, %4015 : f32[64,16] @ models/lib/nn.yaml:79:7
%4046 = assign %3988, %3990 : i64[] @ models/lib/nn.yaml:79:7
%4047 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%4048 = broadcast %4047 : f32[64,16] @ models/lib/nn.yaml:79:7
%4049 = mul %100, %4048 : f32[64,16] @ models/lib/nn.yaml:79:7
%4050 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4051 = sub %4050, %2067 : f64[] @ models/lib/nn.yaml:79:7
%4052 = cast %4051 : f32[] @ models/lib/nn.yaml:79:7
%4053 = broadcast %4052 : f32[64,16] @ models/lib/nn.yaml:79:7
%4054 = mul %4042, %4053 : f32[64,16] @ models/lib/nn.yaml:79:7
%4055 = add %4049, %4054 : f32[64,16] @ models/lib/nn.yaml:79:7
%4056 = assign %100, %4055 : f32[64,16] @ models/lib/nn.yaml:79:7
%4057 = all_reduce_sum %3110 : f32[64] @ models/lib/nn.yaml:80:7
%4058 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4059 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4060 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4061 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4062 = add %4060, %4061 : i64[] @ models/lib/nn.yaml:80:7
%4063 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4064 = cast %4063 : f32[] @ models/lib/nn.yaml:80:7
%4065 = broadcast %4064 : f32[64] @ models/lib/nn.yaml:80:7
%4066 = mul %4057, %4065 : f32[64] @ models/lib/nn.yaml:80:7
%4067 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4068 = cast %4067 : f32[] @ models/lib/nn.yaml:80:7
%4069 = broadcast %4068 : f32[64] @ models/lib/nn.yaml:80:7
%4070 = mul %4058, %4069 : f32[64] @ models/lib/nn.yaml:80:7
%4071 = add %4070, %4066 : f32[64] @ models/lib/nn.yaml:80:7
%4072 = mul %4057, %4057 : f32[64] @ models/lib/nn.yaml:80:7
%4073 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4074 = cast %4073 : f32[] @ models/lib/nn.yaml:80:7
%4075 = broadcast %4074 : f32[64] @ models/lib/nn.yaml:80:7
%4076 = mul %4072, %4075 : f32[64] @ models/lib/nn.yaml:80:7
%4077 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4078 = cast %4077 : f32[] @ models/lib/nn.yaml:80:7
%4079 = broadcast %4078 : f32[64] @ models/lib/nn.yaml:80:7
%4080 = mul %4059, %4079 : f32[64] @ models/lib/nn.yaml:80:7
%4081 = add %4080, %4076 : f32[64] @ models/lib/nn.yaml:80:7
%4082 = cast %4062 : f64[] @ models/lib/nn.yaml:80:7
%4083 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4084 = pow %4083, %4082 : f64[] @ models/lib/nn.yaml:80:7
%4085 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4086 = sub %4085, %4084 : f64[] @ models/lib/nn.yaml:80:7
%4087 = div %2065, %4086 : f64[] @ models/lib/nn.yaml:80:7
%4088 = cast %4062 : f64[] @ models/lib/nn.yaml:80:7
%4089 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4090 = pow %4089, %4088 : f64[] @ models/lib/nn.yaml:80:7
%4091 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4092 = sub %4091, %4090 : f64[] @ models/lib/nn.yaml:80:7
%4093 = sqrt %4092 : f64[] @ models/lib/nn.yaml:80:7
%4094 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4095 = div %4094, %4093 : f64[] @ models/lib/nn.yaml:80:7
%4096 = sqrt %4081 : f32[64] @ models/lib/nn.yaml:80:7
%4097 = cast %4095 : f32[] @ models/lib/nn.yaml:80:7
%4098 = broadcast %4097 : f32[64] @ models/lib/nn.yaml:80:7
%4099 = mul %4096, %4098 : f32[64] @ models/lib/nn.yaml:80:7
%4100 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4101 = cast %4100 : f32[] @ models/lib/nn.yaml:80:7
%4102 = broadcast %4101 : f32[64] @ models/lib/nn.yaml:80:7
%4103 = add %4099, %4102 : f32[64] @ models/lib/nn.yaml:80:7
%4104 = div %4071, %4103 : f32[64] @ models/lib/nn.yaml:80:7
%4105 = cast %4087 : f32[] @ models/lib/nn.yaml:80:7
%4106 = broadcast %4105 : f32[64] @ models/lib/nn.yaml:80:7
%4107 = mul %4104, %4106 : f32[64] @ models/lib/nn.yaml:80:7
%4108 = sub %17, %4107 : f32[64] @ models/lib/nn.yaml:80:7
%4109 = assign %17, %4108 : f32[64] @ models/lib/nn.yaml:80:7
%4110 = assign %4058, %4071 : f32[64] @ models/lib/nn.yaml:80:7
%4111 = assign %4059, %4081 : f32[64] @ models/lib/nn.yaml:80:7
%4112 = assign %4060, %4062 : i64[] @ models/lib/nn.yaml:80:7
%4113 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%4114 = broadcast %4113 : f32[64] @ models/lib/nn.yaml:80:7
%4115 = mul %101, %4114 : f32[64] @ models/lib/nn.yaml:80:7
%4116 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4117 = sub %4116, %2067 : f64[] @ models/lib/nn.yaml:80:7
%4118 = cast %4117 : f32[] @ models/lib/nn.yaml:80:7
%4119 = broadcast %4118 : f32[64] @ models/lib/nn.yaml:80:7
%4120 = mul %4108, %4119 : f32[64] @ models/lib/nn.yaml:80:7
%4121 = add %4115, %4120 : f32[64] @ models/lib/nn.yaml:80:7
%4122 = assign %101, %4121 : f32[64] @ models/lib/nn.yaml:80:7
%4123 = all_reduce_sum %3096 : f32[16,64] @ models/lib/nn.yaml:79:7
%4124 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4125 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4126 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4127 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4128 = add %4126, %4127 : i64[] @ models/lib/nn.yaml:79:7
%4129 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%4130 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4131 = sub %4130, %4129 : f64[] @ models/lib/nn.yaml:79:7
%4132 = cast %4131 : f32[] @ models/lib/nn.yaml:79:7
%4133 = broadcast %4132 : f32[16,64] @ models/lib/nn.yaml:79:7
%4134 = mul %18, %4133 : f32[16,64] @ models/lib/nn.yaml:79:7
%4135 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4136 = cast %4135 : f32[] @ models/lib/nn.yaml:79:7
%4137 = broadcast %4136 : f32[16,64] @ models/lib/nn.yaml:79:7
%4138 = mul %4123, %4137 : f32[16,64] @ models/lib/nn.yaml:79:7
%4139 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4140 = cast %4139 : f32[] @ models/lib/nn.yaml:79:7
%4141 = broadcast %4140 : f32[16,64] @ models/lib/nn.yaml:79:7
%4142 = mul %4124, %4141 : f32[16,64] @ models/lib/nn.yaml:79:7
%4143 = add %4142, %4138 : f32[16,64] @ models/lib/nn.yaml:79:7
%4144 = mul %4123, %4123 : f32[16,64] @ models/lib/nn.yaml:79:7
%4145 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4146 = cast %4145 : f32[] @ models/lib/nn.yaml:79:7
%4147 = broadcast %4146 : f32[16,64] @ models/lib/nn.yaml:79:7
%4148 = mul %4144, %4147 : f32[16,64] @ models/lib/nn.yaml:79:7
%4149 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4150 = cast %4149 : f32[] @ models/lib/nn.yaml:79:7
%4151 = broadcast %4150 : f32[16,64] @ models/lib/nn.yaml:79:7
%4152 = mul %4125, %4151 : f32[16,64] @ models/lib/nn.yaml:79:7
%4153 = add %4152, %4148 : f32[16,64] @ models/lib/nn.yaml:79:7
%4154 = cast %4128 : f64[] @ models/lib/nn.yaml:79:7
%4155 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4156 = pow %4155, %4154 : f64[] @ models/lib/nn.yaml:79:7
%4157 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4158 = sub %4157, %4156 : f64[] @ models/lib/nn.yaml:79:7
%4159 = div %2065, %4158 : f64[] @ models/lib/nn.yaml:79:7
%4160 = cast %4128 : f64[] @ models/lib/nn.yaml:79:7
%4161 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4162 = pow %4161, %4160 : f64[] @ models/lib/nn.yaml:79:7
%4163 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4164 = sub %4163, %4162 : f64[] @ models/lib/nn.yaml:79:7
%4165 = sqrt %4164 : f64[] @ models/lib/nn.yaml:79:7
%4166 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4167 = div %4166, %4165 : f64[] @ models/lib/nn.yaml:79:7
%4168 = sqrt %4153 : f32[16,64] @ models/lib/nn.yaml:79:7
%4169 = cast %4167 : f32[] @ models/lib/nn.yaml:79:7
%4170 = broadcast %4169 : f32[16,64] @ models/lib/nn.yaml:79:7
%4171 = mul %4168, %4170 : f32[16,64] @ models/lib/nn.yaml:79:7
%4172 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4173 = cast %4172 : f32[] @ models/lib/nn.yaml:79:7
%4174 = broadcast %4173 : f32[16,64] @ models/lib/nn.yaml:79:7
%4175 = add %4171, %4174 : f32[16,64] @ models/lib/nn.yaml:79:7
%4176 = div %4143, %4175 : f32[16,64] @ models/lib/nn.yaml:79:7
%4177 = cast %4159 : f32[] @ models/lib/nn.yaml:79:7
%4178 = broadcast %4177 : f32[16,64] @ models/lib/nn.yaml:79:7
%4179 = mul %4176, %4178 : f32[16,64] @ models/lib/nn.yaml:79:7
%4180 = sub %4134, %4179 : f32[16,64] @ models/lib/nn.yaml:79:7
%4181 = assign %18, %4180 : f32[16,64] @ models/lib/nn.yaml:79:7
%4182 = assign %4124, %4143 : f32[16,64] @ models/lib/nn.yaml:79:7
%4183 = assign %4125, %4153 : f32[16,64] @ models/lib/nn.yaml:79:7
%4184 = assign %4126, %4128 : i64[] @ models/lib/nn.yaml:79:7
%4185 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%4186 = broadcast %4185 : f32[16,64] @ models/lib/nn.yaml:79:7
%4187 = mul %102, %4186 : f32[16,64] @ models/lib/nn.yaml:79:7
%4188 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4189 = sub %4188, %2067 : f64[] @ models/lib/nn.yaml:79:7
%4190 = cast %4189 : f32[] @ models/lib/nn.yaml:79:7
%4191 = broadcast %4190 : f32[16,64] @ models/lib/nn.yaml:79:7
%4192 = mul %4180, %4191 : f32[16,64] @ models/lib/nn.yaml:79:7
%4193 = add %4187, %4192 : f32[16,64] @ models/lib/nn.yaml:79:7
%4194 = assign %102, %4193 : f32[16,64] @ models/lib/nn.yaml:79:7
%4195 = all_reduce_sum %3092 : f32[16] @ models/lib/nn.yaml:80:7
%4196 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4197 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4198 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4199 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4200 = add %4198, %4199 : i64[] @ models/lib/nn.yaml:80:7
%4201 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4202 = cast %4201 : f32[] @ models/lib/nn.yaml:80:7
%4203 = broadcast %4202 : f32[16] @ models/lib/nn.yaml:80:7
%4204 = mul %4195, %4203 : f32[16] @ models/lib/nn.yaml:80:7
%4205 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4206 = cast %4205 : f32[] @ models/lib/nn.yaml:80:7
%4207 = broadcast %4206 : f32[16] @ models/lib/nn.yaml:80:7
%4208 = mul %4196, %4207 : f32[16] @ models/lib/nn.yaml:80:7
%4209 = add %4208, %4204 : f32[16] @ models/lib/nn.yaml:80:7
%4210 = mul %4195, %4195 : f32[16] @ models/lib/nn.yaml:80:7
%4211 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4212 = cast %4211 : f32[] @ models/lib/nn.yaml:80:7
%4213 = broadcast %4212 : f32[16] @ models/lib/nn.yaml:80:7
%4214 = mul %4210, %4213 : f32[16] @ models/lib/nn.yaml:80:7
%4215 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4216 = cast %4215 : f32[] @ models/lib/nn.yaml:80:7
%4217 = broadcast %4216 : f32[16] @ models/lib/nn.yaml:80:7
%4218 = mul %4197, %4217 : f32[16] @ models/lib/nn.yaml:80:7
%4219 = add %4218, %4214 : f32[16] @ models/lib/nn.yaml:80:7
%4220 = cast %4200 : f64[] @ models/lib/nn.yaml:80:7
%4221 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4222 = pow %4221, %4220 : f64[] @ models/lib/nn.yaml:80:7
%4223 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4224 = sub %4223, %4222 : f64[] @ models/lib/nn.yaml:80:7
%4225 = div %2065, %4224 : f64[] @ models/lib/nn.yaml:80:7
%4226 = cast %4200 : f64[] @ models/lib/nn.yaml:80:7
%4227 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4228 = pow %4227, %4226 : f64[] @ models/lib/nn.yaml:80:7
%4229 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4230 = sub %4229, %4228 : f64[] @ models/lib/nn.yaml:80:7
%4231 = sqrt %4230 : f64[] @ models/lib/nn.yaml:80:7
%4232 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4233 = div %4232, %4231 : f64[] @ models/lib/nn.yaml:80:7
%4234 = sqrt %4219 : f32[16] @ models/lib/nn.yaml:80:7
%4235 = cast %4233 : f32[] @ models/lib/nn.yaml:80:7
%4236 = broadcast %4235 : f32[16] @ models/lib/nn.yaml:80:7
%4237 = mul %4234, %4236 : f32[16] @ models/lib/nn.yaml:80:7
%4238 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4239 = cast %4238 : f32[] @ models/lib/nn.yaml:80:7
%4240 = broadcast %4239 : f32[16] @ models/lib/nn.yaml:80:7
%4241 = add %4237, %4240 : f32[16] @ models/lib/nn.yaml:80:7
%4242 = div %4209, %4241 : f32[16] @ models/lib/nn.yaml:80:7
%4243 = cast %4225 : f32[] @ models/lib/nn.yaml:80:7
%4244 = broadcast %4243 : f32[16] @ models/lib/nn.yaml:80:7
%4245 = mul %4242, %4244 : f32[16] @ models/lib/nn.yaml:80:7
%4246 = sub %19, %4245 : f32[16] @ models/lib/nn.yaml:80:7
%4247 = assign %19, %4246 : f32[16] @ models/lib/nn.yaml:80:7
%4248 = assign %4196, %4209 : f32[16] @ models/lib/nn.yaml:80:7
%4249 = assign %4197, %4219 : f32[16] @ models/lib/nn.yaml:80:7
%4250 = assign %4198, %4200 : i64[] @ models/lib/nn.yaml:80:7
%4251 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%4252 = broadcast %4251 : f32[16] @ models/lib/nn.yaml:80:7
%4253 = mul %103, %4252 : f32[16] @ models/lib/nn.yaml:80:7
%4254 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4255 = sub %4254, %2067 : f64[] @ models/lib/nn.yaml:80:7
%4256 = cast %4255 : f32[] @ models/lib/nn.yaml:80:7
%4257 = broadcast %4256 : f32[16] @ models/lib/nn.yaml:80:7
%4258 = mul %4246, %4257 : f32[16] @ models/lib/nn.yaml:80:7
%4259 = add %4253, %4258 : f32[16] @ models/lib/nn.yaml:80:7
%4260 = assign %103, %4259 : f32[16] @ models/lib/nn.yaml:80:7
%4261 = all_reduce_sum %3069 : f32[16] @ models/lib/nn.yaml:89:7
%4262 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4263 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4264 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4265 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4266 = add %4264, %4265 : i64[] @ models/lib/nn.yaml:89:7
%4267 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4268 = cast %4267 : f32[] @ models/lib/nn.yaml:89:7
%4269 = broadcast %4268 : f32[16] @ models/lib/nn.yaml:89:7
%4270 = mul %4261, %4269 : f32[16] @ models/lib/nn.yaml:89:7
%4271 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4272 = cast %4271 : f32[] @ models/lib/nn.yaml:89:7
%4273 = broadcast %4272 : f32[16] @ models/lib/nn.yaml:89:7
%4274 = mul %4262, %4273 : f32[16] @ models/lib/nn.yaml:89:7
%4275 = add %4274, %4270 : f32[16] @ models/lib/nn.yaml:89:7
%4276 = mul %4261, %4261 : f32[16] @ models/lib/nn.yaml:89:7
%4277 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4278 = cast %4277 : f32[] @ models/lib/nn.yaml:89:7
%4279 = broadcast %4278 : f32[16] @ models/lib/nn.yaml:89:7
%4280 = mul %4276, %4279 : f32[16] @ models/lib/nn.yaml:89:7
%4281 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4282 = cast %4281 : f32[] @ models/lib/nn.yaml:89:7
%4283 = broadcast %4282 : f32[16] @ models/lib/nn.yaml:89:7
%4284 = mul %4263, %4283 : f32[16] @ models/lib/nn.yaml:89:7
%4285 = add %4284, %4280 : f32[16] @ models/lib/nn.yaml:89:7
%4286 = cast %4266 : f64[] @ models/lib/nn.yaml:89:7
%4287 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4288 = pow %4287, %4286 : f64[] @ models/lib/nn.yaml:89:7
%4289 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4290 = sub %4289, %4288 : f64[] @ models/lib/nn.yaml:89:7
%4291 = div %2065, %4290 : f64[] @ models/lib/nn.yaml:89:7
%4292 = cast %4266 : f64[] @ models/lib/nn.yaml:89:7
%4293 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4294 = pow %4293, %4292 : f64[] @ models/lib/nn.yaml:89:7
%4295 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4296 = sub %4295, %4294 : f64[] @ models/lib/nn.yaml:89:7
%4297 = sqrt %4296 : f64[] @ models/lib/nn.yaml:89:7
%4298 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4299 = div %4298, %4297 : f64[] @ models/lib/nn.yaml:89:7
%4300 = sqrt %4285 : f32[16] @ models/lib/nn.yaml:89:7
%4301 = cast %4299 : f32[] @ models/lib/nn.yaml:89:7
%4302 = broadcast %4301 : f32[16] @ models/lib/nn.yaml:89:7
%4303 = mul %4300, %4302 : f32[16] @ models/lib/nn.yaml:89:7
%4304 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4305 = cast %4304 : f32[] @ models/lib/nn.yaml:89:7
%4306 = broadcast %4305 : f32[16] @ models/lib/nn.yaml:89:7
%4307 = add %4303, %4306 : f32[16] @ models/lib/nn.yaml:89:7
%4308 = div %4275, %4307 : f32[16] @ models/lib/nn.yaml:89:7
%4309 = cast %4291 : f32[] @ models/lib/nn.yaml:89:7
%4310 = broadcast %4309 : f32[16] @ models/lib/nn.yaml:89:7
%4311 = mul %4308, %4310 : f32[16] @ models/lib/nn.yaml:89:7
%4312 = sub %20, %4311 : f32[16] @ models/lib/nn.yaml:89:7
%4313 = assign %20, %4312 : f32[16] @ models/lib/nn.yaml:89:7
%4314 = assign %4262, %4275 : f32[16] @ models/lib/nn.yaml:89:7
%4315 = assign %4263, %4285 : f32[16] @ models/lib/nn.yaml:89:7
%4316 = assign %4264, %4266 : i64[] @ models/lib/nn.yaml:89:7
%4317 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%4318 = broadcast %4317 : f32[16] @ models/lib/nn.yaml:89:7
%4319 = mul %104, %4318 : f32[16] @ models/lib/nn.yaml:89:7
%4320 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4321 = sub %4320, %2067 : f64[] @ models/lib/nn.yaml:89:7
%4322 = cast %4321 : f32[] @ models/lib/nn.yaml:89:7
%4323 = broadcast %4322 : f32[16] @ models/lib/nn.yaml:89:7
%4324 = mul %4312, %4323 : f32[16] @ models/lib/nn.yaml:89:7
%4325 = add %4319, %4324 : f32[16] @ models/lib/nn.yaml:89:7
%4326 = assign %104, %4325 : f32[16] @ models/lib/nn.yaml:89:7
%4327 = all_reduce_sum %3065 : f32[16] @ models/lib/nn.yaml:90:7
%4328 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4329 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4330 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4331 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%4332 = add %4330, %4331 : i64[] @ models/lib/nn.yaml:90:7
%4333 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%4334 = cast %4333 : f32[] @ models/lib/nn.yaml:90:7
%4335 = broadcast %4334 : f32[16] @ models/lib/nn.yaml:90:7
%4336 = mul %4327, %4335 : f32[16] @ models/lib/nn.yaml:90:7
%4337 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4338 = cast %4337 : f32[] @ models/lib/nn.yaml:90:7
%4339 = broadcast %4338 : f32[16] @ models/lib/nn.yaml:90:7
%4340 = mul %4328, %4339 : f32[16] @ models/lib/nn.yaml:90:7
%4341 = add %4340, %4336 : f32[16] @ models/lib/nn.yaml:90:7
%4342 = mul %4327, %4327 : f32[16] @ models/lib/nn.yaml:90:7
%4343 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%4344 = cast %4343 : f32[] @ models/lib/nn.yaml:90:7
%4345 = broadcast %4344 : f32[16] @ models/lib/nn.yaml:90:7
%4346 = mul %4342, %4345 : f32[16] @ models/lib/nn.yaml:90:7
%4347 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4348 = cast %4347 : f32[] @ models/lib/nn.yaml:90:7
%4349 = broadcast %4348 : f32[16] @ models/lib/nn.yaml:90:7
%4350 = mul %4329, %4349 : f32[16] @ models/lib/nn.yaml:90:7
%4351 = add %4350, %4346 : f32[16] @ models/lib/nn.yaml:90:7
%4352 = cast %4332 : f64[] @ models/lib/nn.yaml:90:7
%4353 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4354 = pow %4353, %4352 : f64[] @ models/lib/nn.yaml:90:7
%4355 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4356 = sub %4355, %4354 : f64[] @ models/lib/nn.yaml:90:7
%4357 = div %2065, %4356 : f64[] @ models/lib/nn.yaml:90:7
%4358 = cast %4332 : f64[] @ models/lib/nn.yaml:90:7
%4359 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4360 = pow %4359, %4358 : f64[] @ models/lib/nn.yaml:90:7
%4361 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4362 = sub %4361, %4360 : f64[] @ models/lib/nn.yaml:90:7
%4363 = sqrt %4362 : f64[] @ models/lib/nn.yaml:90:7
%4364 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4365 = div %4364, %4363 : f64[] @ models/lib/nn.yaml:90:7
%4366 = sqrt %4351 : f32[16] @ models/lib/nn.yaml:90:7
%4367 = cast %4365 : f32[] @ models/lib/nn.yaml:90:7
%4368 = broadcast %4367 : f32[16] @ models/lib/nn.yaml:90:7
%4369 = mul %4366, %4368 : f32[16] @ models/lib/nn.yaml:90:7
%4370 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%4371 = cast %4370 : f32[] @ models/lib/nn.yaml:90:7
%4372 = broadcast %4371 : f32[16] @ models/lib/nn.yaml:90:7
%4373 = add %4369, %4372 : f32[16] @ models/lib/nn.yaml:90:7
%4374 = div %4341, %4373 : f32[16] @ models/lib/nn.yaml:90:7
%4375 = cast %4357 : f32[] @ models/lib/nn.yaml:90:7
%4376 = broadcast %4375 : f32[16] @ models/lib/nn.yaml:90:7
%4377 = mul %4374, %4376 : f32[16] @ models/lib/nn.yaml:90:7
%4378 = sub %21, %4377 : f32[16] @ models/lib/nn.yaml:90:7
%4379 = assign %21, %4378 : f32[16] @ models/lib/nn.yaml:90:7
%4380 = assign %4328, %4341 : f32[16] @ models/lib/nn.yaml:90:7
%4381 = assign %4329, %4351 : f32[16] @ models/lib/nn.yaml:90:7
%4382 = assign %4330, %4332 : i64[] @ models/lib/nn.yaml:90:7
%4383 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%4384 = broadcast %4383 : f32[16] @ models/lib/nn.yaml:90:7
%4385 = mul %105, %4384 : f32[16] @ models/lib/nn.yaml:90:7
%4386 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4387 = sub %4386, %2067 : f64[] @ models/lib/nn.yaml:90:7
%4388 = cast %4387 : f32[] @ models/lib/nn.yaml:90:7
%4389 = broadcast %4388 : f32[16] @ models/lib/nn.yaml:90:7
%4390 = mul %4378, %4389 : f32[16] @ models/lib/nn.yaml:90:7
%4391 = add %4385, %4390 : f32[16] @ models/lib/nn.yaml:90:7
%4392 = assign %105, %4391 : f32[16] @ models/lib/nn.yaml:90:7
%4393 = all_reduce_sum %3063 : f32[48,16] @ models/lib/nn.yaml:79:7
%4394 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4395 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4396 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4397 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4398 = add %4396, %4397 : i64[] @ models/lib/nn.yaml:79:7
%4399 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%4400 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4401 = sub %4400, %4399 : f64[] @ models/lib/nn.yaml:79:7
%4402 = cast %4401 : f32[] @ models/lib/nn.yaml:79:7
%4403 = broadcast %4402 : f32[48,16] @ models/lib/nn.yaml:79:7
%4404 = mul %22, %4403 : f32[48,16] @ models/lib/nn.yaml:79:7
%4405 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4406 = cast %4405 : f32[] @ models/lib/nn.yaml:79:7
%4407 = broadcast %4406 : f32[48,16] @ models/lib/nn.yaml:79:7
%4408 = mul %4393, %4407 : f32[48,16] @ models/lib/nn.yaml:79:7
%4409 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4410 = cast %4409 : f32[] @ models/lib/nn.yaml:79:7
%4411 = broadcast %4410 : f32[48,16] @ models/lib/nn.yaml:79:7
%4412 = mul %4394, %4411 : f32[48,16] @ models/lib/nn.yaml:79:7
%4413 = add %4412, %4408 : f32[48,16] @ models/lib/nn.yaml:79:7
%4414 = mul %4393, %4393 : f32[48,16] @ models/lib/nn.yaml:79:7
%4415 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4416 = cast %4415 : f32[] @ models/lib/nn.yaml:79:7
%4417 = broadcast %4416 : f32[48,16] @ models/lib/nn.yaml:79:7
%4418 = mul %4414, %4417 : f32[48,16] @ models/lib/nn.yaml:79:7
%4419 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4420 = cast %4419 : f32[] @ models/lib/nn.yaml:79:7
%4421 = broadcast %4420 : f32[48,16] @ models/lib/nn.yaml:79:7
%4422 = mul %4395, %4421 : f32[48,16] @ models/lib/nn.yaml:79:7
%4423 = add %4422, %4418 : f32[48,16] @ models/lib/nn.yaml:79:7
%4424 = cast %4398 : f64[] @ models/lib/nn.yaml:79:7
%4425 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4426 = pow %4425, %4424 : f64[] @ models/lib/nn.yaml:79:7
%4427 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4428 = sub %4427, %4426 : f64[] @ models/lib/nn.yaml:79:7
%4429 = div %2065, %4428 : f64[] @ models/lib/nn.yaml:79:7
%4430 = cast %4398 : f64[] @ models/lib/nn.yaml:79:7
%4431 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4432 = pow %4431, %4430 : f64[] @ models/lib/nn.yaml:79:7
%4433 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4434 = sub %4433, %4432 : f64[] @ models/lib/nn.yaml:79:7
%4435 = sqrt %4434 : f64[] @ models/lib/nn.yaml:79:7
%4436 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4437 = div %4436, %4435 : f64[] @ models/lib/nn.yaml:79:7
%4438 = sqrt %4423 : f32[48,16] @ models/lib/nn.yaml:79:7
%4439 = cast %4437 : f32[] @ models/lib/nn.yaml:79:7
%4440 = broadcast %4439 : f32[48,16] @ models/lib/nn.yaml:79:7
%4441 = mul %4438, %4440 : f32[48,16] @ models/lib/nn.yaml:79:7
%4442 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4443 = cast %4442 : f32[] @ models/lib/nn.yaml:79:7
%4444 = broadcast %4443 : f32[48,16] @ models/lib/nn.yaml:79:7
%4445 = add %4441, %4444 : f32[48,16] @ models/lib/nn.yaml:79:7
%4446 = div %4413, %4445 : f32[48,16] @ models/lib/nn.yaml:79:7
%4447 = cast %4429 : f32[] @ models/lib/nn.yaml:79:7
%4448 = broadcast %4447 : f32[48,16] @ models/lib/nn.yaml:79:7
%4449 = mul %4446, %4448 : f32[48,16] @ models/lib/nn.yaml:79:7
%4450 = sub %4404, %4449 : f32[48,16] @ models/lib/nn.yaml:79:7
%4451 = assign %22, %4450 : f32[48,16] @ models/lib/nn.yaml:79:7
%4452 = assign %4394, %4413 : f32[48,16] @ models/lib/nn.yaml:79:7
%4453 = assign %4395, %4423 : f32[48,16] @ models/lib/nn.yaml:79:7
%4454 = assign %4396, %4398 : i64[] @ models/lib/nn.yaml:79:7
%4455 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%4456 = broadcast %4455 : f32[48,16] @ models/lib/nn.yaml:79:7
%4457 = mul %106, %4456 : f32[48,16] @ models/lib/nn.yaml:79:7
%4458 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4459 = sub %4458, %2067 : f64[] @ models/lib/nn.yaml:79:7
%4460 = cast %4459 : f32[] @ models/lib/nn.yaml:79:7
%4461 = broadcast %4460 : f32[48,16] @ models/lib/nn.yaml:79:7
%4462 = mul %4450, %4461 : f32[48,16] @ models/lib/nn.yaml:79:7
%4463 = add %4457, %4462 : f32[48,16] @ models/lib/nn.yaml:79:7
%4464 = assign %106, %4463 : f32[48,16] @ models/lib/nn.yaml:79:7
%4465 = all_reduce_sum %3059 : f32[48] @ models/lib/nn.yaml:80:7
%4466 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4467 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4468 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4469 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4470 = add %4468, %4469 : i64[] @ models/lib/nn.yaml:80:7
%4471 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4472 = cast %4471 : f32[] @ models/lib/nn.yaml:80:7
%4473 = broadcast %4472 : f32[48] @ models/lib/nn.yaml:80:7
%4474 = mul %4465, %4473 : f32[48] @ models/lib/nn.yaml:80:7
%4475 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4476 = cast %4475 : f32[] @ models/lib/nn.yaml:80:7
%4477 = broadcast %4476 : f32[48] @ models/lib/nn.yaml:80:7
%4478 = mul %4466, %4477 : f32[48] @ models/lib/nn.yaml:80:7
%4479 = add %4478, %4474 : f32[48] @ models/lib/nn.yaml:80:7
%4480 = mul %4465, %4465 : f32[48] @ models/lib/nn.yaml:80:7
%4481 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4482 = cast %4481 : f32[] @ models/lib/nn.yaml:80:7
%4483 = broadcast %4482 : f32[48] @ models/lib/nn.yaml:80:7
%4484 = mul %4480, %4483 : f32[48] @ models/lib/nn.yaml:80:7
%4485 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4486 = cast %4485 : f32[] @ models/lib/nn.yaml:80:7
%4487 = broadcast %4486 : f32[48] @ models/lib/nn.yaml:80:7
%4488 = mul %4467, %4487 : f32[48] @ models/lib/nn.yaml:80:7
%4489 = add %4488, %4484 : f32[48] @ models/lib/nn.yaml:80:7
%4490 = cast %4470 : f64[] @ models/lib/nn.yaml:80:7
%4491 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4492 = pow %4491, %4490 : f64[] @ models/lib/nn.yaml:80:7
%4493 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4494 = sub %4493, %4492 : f64[] @ models/lib/nn.yaml:80:7
%4495 = div %2065, %4494 : f64[] @ models/lib/nn.yaml:80:7
%4496 = cast %4470 : f64[] @ models/lib/nn.yaml:80:7
%4497 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4498 = pow %4497, %4496 : f64[] @ models/lib/nn.yaml:80:7
%4499 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4500 = sub %4499, %4498 : f64[] @ models/lib/nn.yaml:80:7
%4501 = sqrt %4500 : f64[] @ models/lib/nn.yaml:80:7
%4502 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4503 = div %4502, %4501 : f64[] @ models/lib/nn.yaml:80:7
%4504 = sqrt %4489 : f32[48] @ models/lib/nn.yaml:80:7
%4505 = cast %4503 : f32[] @ models/lib/nn.yaml:80:7
%4506 = broadcast %4505 : f32[48] @ models/lib/nn.yaml:80:7
%4507 = mul %4504, %4506 : f32[48] @ models/lib/nn.yaml:80:7
%4508 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4509 = cast %4508 : f32[] @ models/lib/nn.yaml:80:7
%4510 = broadcast %4509 : f32[48] @ models/lib/nn.yaml:80:7
%4511 = add %4507, %4510 : f32[48] @ models/lib/nn.yaml:80:7
%4512 = div %4479, %4511 : f32[48] @ models/lib/nn.yaml:80:7
%4513 = cast %4495 : f32[] @ models/lib/nn.yaml:80:7
%4514 = broadcast %4513 : f32[48] @ models/lib/nn.yaml:80:7
%4515 = mul %4512, %4514 : f32[48] @ models/lib/nn.yaml:80:7
%4516 = sub %23, %4515 : f32[48] @ models/lib/nn.yaml:80:7
%4517 = assign %23, %4516 : f32[48] @ models/lib/nn.yaml:80:7
%4518 = assign %4466, %4479 : f32[48] @ models/lib/nn.yaml:80:7
%4519 = assign %4467, %4489 : f32[48] @ models/lib/nn.yaml:80:7
%4520 = assign %4468, %4470 : i64[] @ models/lib/nn.yaml:80:7
%4521 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%4522 = broadcast %4521 : f32[48] @ models/lib/nn.yaml:80:7
%4523 = mul %107, %4522 : f32[48] @ models/lib/nn.yaml:80:7
%4524 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4525 = sub %4524, %2067 : f64[] @ models/lib/nn.yaml:80:7
%4526 = cast %4525 : f32[] @ models/lib/nn.yaml:80:7
%4527 = broadcast %4526 : f32[48] @ models/lib/nn.yaml:80:7
%4528 = mul %4516, %4527 : f32[48] @ models/lib/nn.yaml:80:7
%4529 = add %4523, %4528 : f32[48] @ models/lib/nn.yaml:80:7
%4530 = assign %107, %4529 : f32[48] @ models/lib/nn.yaml:80:7
%4531 = all_reduce_sum %3010 : f32[16,16] @ models/lib/nn.yaml:79:7
%4532 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4533 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4534 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4535 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4536 = add %4534, %4535 : i64[] @ models/lib/nn.yaml:79:7
%4537 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%4538 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4539 = sub %4538, %4537 : f64[] @ models/lib/nn.yaml:79:7
%4540 = cast %4539 : f32[] @ models/lib/nn.yaml:79:7
%4541 = broadcast %4540 : f32[16,16] @ models/lib/nn.yaml:79:7
%4542 = mul %24, %4541 : f32[16,16] @ models/lib/nn.yaml:79:7
%4543 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4544 = cast %4543 : f32[] @ models/lib/nn.yaml:79:7
%4545 = broadcast %4544 : f32[16,16] @ models/lib/nn.yaml:79:7
%4546 = mul %4531, %4545 : f32[16,16] @ models/lib/nn.yaml:79:7
%4547 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4548 = cast %4547 : f32[] @ models/lib/nn.yaml:79:7
%4549 = broadcast %4548 : f32[16,16] @ models/lib/nn.yaml:79:7
%4550 = mul %4532, %4549 : f32[16,16] @ models/lib/nn.yaml:79:7
%4551 = add %4550, %4546 : f32[16,16] @ models/lib/nn.yaml:79:7
%4552 = mul %4531, %4531 : f32[16,16] @ models/lib/nn.yaml:79:7
%4553 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4554 = cast %4553 : f32[] @ models/lib/nn.yaml:79:7
%4555 = broadcast %4554 : f32[16,16] @ models/lib/nn.yaml:79:7
%4556 = mul %4552, %4555 : f32[16,16] @ models/lib/nn.yaml:79:7
%4557 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4558 = cast %4557 : f32[] @ models/lib/nn.yaml:79:7
%4559 = broadcast %4558 : f32[16,16] @ models/lib/nn.yaml:79:7
%4560 = mul %4533, %4559 : f32[16,16] @ models/lib/nn.yaml:79:7
%4561 = add %4560, %4556 : f32[16,16] @ models/lib/nn.yaml:79:7
%4562 = cast %4536 : f64[] @ models/lib/nn.yaml:79:7
%4563 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4564 = pow %4563, %4562 : f64[] @ models/lib/nn.yaml:79:7
%4565 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4566 = sub %4565, %4564 : f64[] @ models/lib/nn.yaml:79:7
%4567 = div %2065, %4566 : f64[] @ models/lib/nn.yaml:79:7
%4568 = cast %4536 : f64[] @ models/lib/nn.yaml:79:7
%4569 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4570 = pow %4569, %4568 : f64[] @ models/lib/nn.yaml:79:7
%4571 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4572 = sub %4571, %4570 : f64[] @ models/lib/nn.yaml:79:7
%4573 = sqrt %4572 : f64[] @ models/lib/nn.yaml:79:7
%4574 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4575 = div %4574, %4573 : f64[] @ models/lib/nn.yaml:79:7
%4576 = sqrt %4561 : f32[16,16] @ models/lib/nn.yaml:79:7
%4577 = cast %4575 : f32[] @ models/lib/nn.yaml:79:7
%4578 = broadcast %4577 : f32[16,16] @ models/lib/nn.yaml:79:7
%4579 = mul %4576, %4578 : f32[16,16] @ models/lib/nn.yaml:79:7
%4580 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4581 = cast %4580 : f32[] @ models/lib/nn.yaml:79:7
%4582 = broadcast %4581 : f32[16,16] @ models/lib/nn.yaml:79:7
%4583 = add %4579, %4582 : f32[16,16] @ models/lib/nn.yaml:79:7
%4584 = div %4551, %4583 : f32[16,16] @ models/lib/nn.yaml:79:7
%4585 = cast %4567 : f32[] @ models/lib/nn.yaml:79:7
%4586 = broadcast %4585 : f32[16,16] @ models/lib/nn.yaml:79:7
%4587 = mul %4584, %4586 : f32[16,16] @ models/lib/nn.yaml:79:7
%4588 = sub %4542, %4587 : f32[16,16] @ models/lib/nn.yaml:79:7
%4589 = assign %24, %4588 : f32[16,16] @ models/lib/nn.yaml:79:7
%4590 = assign %4532, %4551 : f32[16,16] @ models/lib/nn.yaml:79:7
%4591 = assign %4533, %4561 : f32[16,16] @ models/lib/nn.yaml:79:7
%4592 = assign %4534, %4536 : i64[] @ models/lib/nn.yaml:79:7
%4593 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%4594 = broadcast %4593 : f32[16,16] @ models/lib/nn.yaml:79:7
%4595 = mul %108, %4594 : f32[16,16] @ models/lib/nn.yaml:79:7
%4596 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4597 = sub %4596, %2067 : f64[] @ models/lib/nn.yaml:79:7
%4598 = cast %4597 : f32[] @ models/lib/nn.yaml:79:7
%4599 = broadcast %4598 : f32[16,16] @ models/lib/nn.yaml:79:7
%4600 = mul %4588, %4599 : f32[16,16] @ models/lib/nn.yaml:79:7
%4601 = add %4595, %4600 : f32[16,16] @ models/lib/nn.yaml:79:7
%4602 = assign %108, %4601 : f32[16,16] @ models/lib/nn.yaml:79:7
%4603 = all_reduce_sum %3006 : f32[16] @ models/lib/nn.yaml:80:7
%4604 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4605 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4606 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4607 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4608 = add %4606, %4607 : i64[] @ models/lib/nn.yaml:80:7
%4609 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4610 = cast %4609 : f32[] @ models/lib/nn.yaml:80:7
%4611 = broadcast %4610 : f32[16] @ models/lib/nn.yaml:80:7
%4612 = mul %4603, %4611 : f32[16] @ models/lib/nn.yaml:80:7
%4613 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4614 = cast %4613 : f32[] @ models/lib/nn.yaml:80:7
%4615 = broadcast %4614 : f32[16] @ models/lib/nn.yaml:80:7
%4616 = mul %4604, %4615 : f32[16] @ models/lib/nn.yaml:80:7
%4617 = add %4616, %4612 : f32[16] @ models/lib/nn.yaml:80:7
%4618 = mul %4603, %4603 : f32[16] @ models/lib/nn.yaml:80:7
%4619 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4620 = cast %4619 : f32[] @ models/lib/nn.yaml:80:7
%4621 = broadcast %4620 : f32[16] @ models/lib/nn.yaml:80:7
%4622 = mul %4618, %4621 : f32[16] @ models/lib/nn.yaml:80:7
%4623 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4624 = cast %4623 : f32[] @ models/lib/nn.yaml:80:7
%4625 = broadcast %4624 : f32[16] @ models/lib/nn.yaml:80:7
%4626 = mul %4605, %4625 : f32[16] @ models/lib/nn.yaml:80:7
%4627 = add %4626, %4622 : f32[16] @ models/lib/nn.yaml:80:7
%4628 = cast %4608 : f64[] @ models/lib/nn.yaml:80:7
%4629 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4630 = pow %4629, %4628 : f64[] @ models/lib/nn.yaml:80:7
%4631 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4632 = sub %4631, %4630 : f64[] @ models/lib/nn.yaml:80:7
%4633 = div %2065, %4632 : f64[] @ models/lib/nn.yaml:80:7
%4634 = cast %4608 : f64[] @ models/lib/nn.yaml:80:7
%4635 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4636 = pow %4635, %4634 : f64[] @ models/lib/nn.yaml:80:7
%4637 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4638 = sub %4637, %4636 : f64[] @ models/lib/nn.yaml:80:7
%4639 = sqrt %4638 : f64[] @ models/lib/nn.yaml:80:7
%4640 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4641 = div %4640, %4639 : f64[] @ models/lib/nn.yaml:80:7
%4642 = sqrt %4627 : f32[16] @ models/lib/nn.yaml:80:7
%4643 = cast %4641 : f32[] @ models/lib/nn.yaml:80:7
%4644 = broadcast %4643 : f32[16] @ models/lib/nn.yaml:80:7
%4645 = mul %4642, %4644 : f32[16] @ models/lib/nn.yaml:80:7
%4646 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4647 = cast %4646 : f32[] @ models/lib/nn.yaml:80:7
%4648 = broadcast %4647 : f32[16] @ models/lib/nn.yaml:80:7
%4649 = add %4645, %4648 : f32[16] @ models/lib/nn.yaml:80:7
%4650 = div %4617, %4649 : f32[16] @ models/lib/nn.yaml:80:7
%4651 = cast %4633 : f32[] @ models/lib/nn.yaml:80:7
%4652 = broadcast %4651 : f32[16] @ models/lib/nn.yaml:80:7
%4653 = mul %4650, %4652 : f32[16] @ models/lib/nn.yaml:80:7
%4654 = sub %25, %4653 : f32[16] @ models/lib/nn.yaml:80:7
%4655 = assign %25, %4654 : f32[16] @ models/lib/nn.yaml:80:7
%4656 = assign %4604, %4617 : f32[16] @ models/lib/nn.yaml:80:7
%4657 = assign %4605, %4627 : f32[16] @ models/lib/nn.yaml:80:7
%4658 = assign %4606, %4608 : i64[] @ models/lib/nn.yaml:80:7
%4659 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%4660 = broadcast %4659 : f32[16] @ models/lib/nn.yaml:80:7
%4661 = mul %109, %4660 : f32[16] @ models/lib/nn.yaml:80:7
%4662 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4663 = sub %4662, %2067 : f64[] @ models/lib/nn.yaml:80:7
%4664 = cast %4663 : f32[] @ models/lib/nn.yaml:80:7
%4665 = broadcast %4664 : f32[16] @ models/lib/nn.yaml:80:7
%4666 = mul %4654, %4665 : f32[16] @ models/lib/nn.yaml:80:7
%4667 = add %4661, %4666 : f32[16] @ models/lib/nn.yaml:80:7
%4668 = assign %109, %4667 : f32[16] @ models/lib/nn.yaml:80:7
%4669 = all_reduce_sum %2981 : f32[16] @ models/lib/nn.yaml:89:7
%4670 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4671 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4672 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4673 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4674 = add %4672, %4673 : i64[] @ models/lib/nn.yaml:89:7
%4675 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4676 = cast %4675 : f32[] @ models/lib/nn.yaml:89:7
%4677 = broadcast %4676 : f32[16] @ models/lib/nn.yaml:89:7
%4678 = mul %4669, %4677 : f32[16] @ models/lib/nn.yaml:89:7
%4679 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4680 = cast %4679 : f32[] @ models/lib/nn.yaml:89:7
%4681 = broadcast %4680 : f32[16] @ models/lib/nn.yaml:89:7
%4682 = mul %4670, %4681 : f32[16] @ models/lib/nn.yaml:89:7
%4683 = add %4682, %4678 : f32[16] @ models/lib/nn.yaml:89:7
%4684 = mul %4669, %4669 : f32[16] @ models/lib/nn.yaml:89:7
%4685 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4686 = cast %4685 : f32[] @ models/lib/nn.yaml:89:7
%4687 = broadcast %4686 : f32[16] @ models/lib/nn.yaml:89:7
%4688 = mul %4684, %4687 : f32[16] @ models/lib/nn.yaml:89:7
%4689 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4690 = cast %4689 : f32[] @ models/lib/nn.yaml:89:7
%4691 = broadcast %4690 : f32[16] @ models/lib/nn.yaml:89:7
%4692 = mul %4671, %4691 : f32[16] @ models/lib/nn.yaml:89:7
%4693 = add %4692, %4688 : f32[16] @ models/lib/nn.yaml:89:7
%4694 = cast %4674 : f64[] @ models/lib/nn.yaml:89:7
%4695 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4696 = pow %4695, %4694 : f64[] @ models/lib/nn.yaml:89:7
%4697 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4698 = sub %4697, %4696 : f64[] @ models/lib/nn.yaml:89:7
%4699 = div %2065, %4698 : f64[] @ models/lib/nn.yaml:89:7
%4700 = cast %4674 : f64[] @ models/lib/nn.yaml:89:7
%4701 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4702 = pow %4701, %4700 : f64[] @ models/lib/nn.yaml:89:7
%4703 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4704 = sub %4703, %4702 : f64[] @ models/lib/nn.yaml:89:7
%4705 = sqrt %4704 : f64[] @ models/lib/nn.yaml:89:7
%4706 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4707 = div %4706, %4705 : f64[] @ models/lib/nn.yaml:89:7
%4708 = sqrt %4693 : f32[16] @ models/lib/nn.yaml:89:7
%4709 = cast %4707 : f32[] @ models/lib/nn.yaml:89:7
%4710 = broadcast %4709 : f32[16] @ models/lib/nn.yaml:89:7
%4711 = mul %4708, %4710 : f32[16] @ models/lib/nn.yaml:89:7
%4712 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4713 = cast %4712 : f32[] @ models/lib/nn.yaml:89:7
%4714 = broadcast %4713 : f32[16] @ models/lib/nn.yaml:89:7
%4715 = add %4711, %4714 : f32[16] @ models/lib/nn.yaml:89:7
%4716 = div %4683, %4715 : f32[16] @ models/lib/nn.yaml:89:7
%4717 = cast %4699 : f32[] @ models/lib/nn.yaml:89:7
%4718 = broadcast %4717 : f32[16] @ models/lib/nn.yaml:89:7
%4719 = mul %4716, %4718 : f32[16] @ models/lib/nn.yaml:89:7
%4720 = sub %26, %4719 : f32[16] @ models/lib/nn.yaml:89:7
%4721 = assign %26, %4720 : f32[16] @ models/lib/nn.yaml:89:7
%4722 = assign %4670, %4683 : f32[16] @ models/lib/nn.yaml:89:7
%4723 = assign %4671, %4693 : f32[16] @ models/lib/nn.yaml:89:7
%4724 = assign %4672, %4674 : i64[] @ models/lib/nn.yaml:89:7
%4725 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%4726 = broadcast %4725 : f32[16] @ models/lib/nn.yaml:89:7
%4727 = mul %110, %4726 : f32[16] @ models/lib/nn.yaml:89:7
%4728 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4729 = sub %4728, %2067 : f64[] @ models/lib/nn.yaml:89:7
%4730 = cast %4729 : f32[] @ models/lib/nn.yaml:89:7
%4731 = broadcast %4730 : f32[16] @ models/lib/nn.yaml:89:7
%4732 = mul %4720, %4731 : f32[16] @ models/lib/nn.yaml:89:7
%4733 = add %4727, %4732 : f32[16] @ models/lib/nn.yaml:89:7
%4734 = assign %110, %4733 : f32[16] @ models/lib/nn.yaml:89:7
%4735 = all_reduce_sum %2977 : f32[16] @ models/lib/nn.yaml:90:7
%4736 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4737 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4738 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4739 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%4740 = add %4738, %4739 : i64[] @ models/lib/nn.yaml:90:7
%4741 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%4742 = cast %4741 : f32[] @ models/lib/nn.yaml:90:7
%4743 = broadcast %4742 : f32[16] @ models/lib/nn.yaml:90:7
%4744 = mul %4735, %4743 : f32[16] @ models/lib/nn.yaml:90:7
%4745 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4746 = cast %4745 : f32[] @ models/lib/nn.yaml:90:7
%4747 = broadcast %4746 : f32[16] @ models/lib/nn.yaml:90:7
%4748 = mul %4736, %4747 : f32[16] @ models/lib/nn.yaml:90:7
%4749 = add %4748, %4744 : f32[16] @ models/lib/nn.yaml:90:7
%4750 = mul %4735, %4735 : f32[16] @ models/lib/nn.yaml:90:7
%4751 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%4752 = cast %4751 : f32[] @ models/lib/nn.yaml:90:7
%4753 = broadcast %4752 : f32[16] @ models/lib/nn.yaml:90:7
%4754 = mul %4750, %4753 : f32[16] @ models/lib/nn.yaml:90:7
%4755 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4756 = cast %4755 : f32[] @ models/lib/nn.yaml:90:7
%4757 = broadcast %4756 : f32[16] @ models/lib/nn.yaml:90:7
%4758 = mul %4737, %4757 : f32[16] @ models/lib/nn.yaml:90:7
%4759 = add %4758, %4754 : f32[16] @ models/lib/nn.yaml:90:7
%4760 = cast %4740 : f64[] @ models/lib/nn.yaml:90:7
%4761 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4762 = pow %4761, %4760 : f64[] @ models/lib/nn.yaml:90:7
%4763 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4764 = sub %4763, %4762 : f64[] @ models/lib/nn.yaml:90:7
%4765 = div %2065, %4764 : f64[] @ models/lib/nn.yaml:90:7
%4766 = cast %4740 : f64[] @ models/lib/nn.yaml:90:7
%4767 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4768 = pow %4767, %4766 : f64[] @ models/lib/nn.yaml:90:7
%4769 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4770 = sub %4769, %4768 : f64[] @ models/lib/nn.yaml:90:7
%4771 = sqrt %4770 : f64[] @ models/lib/nn.yaml:90:7
%4772 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4773 = div %4772, %4771 : f64[] @ models/lib/nn.yaml:90:7
%4774 = sqrt %4759 : f32[16] @ models/lib/nn.yaml:90:7
%4775 = cast %4773 : f32[] @ models/lib/nn.yaml:90:7
%4776 = broadcast %4775 : f32[16] @ models/lib/nn.yaml:90:7
%4777 = mul %4774, %4776 : f32[16] @ models/lib/nn.yaml:90:7
%4778 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%4779 = cast %4778 : f32[] @ models/lib/nn.yaml:90:7
%4780 = broadcast %4779 : f32[16] @ models/lib/nn.yaml:90:7
%4781 = add %4777, %4780 : f32[16] @ models/lib/nn.yaml:90:7
%4782 = div %4749, %4781 : f32[16] @ models/lib/nn.yaml:90:7
%4783 = cast %4765 : f32[] @ models/lib/nn.yaml:90:7
%4784 = broadcast %4783 : f32[16] @ models/lib/nn.yaml:90:7
%4785 = mul %4782, %4784 : f32[16] @ models/lib/nn.yaml:90:7
%4786 = sub %27, %4785 : f32[16] @ models/lib/nn.yaml:90:7
%4787 = assign %27, %4786 : f32[16] @ models/lib/nn.yaml:90:7
%4788 = assign %4736, %4749 : f32[16] @ models/lib/nn.yaml:90:7
%4789 = assign %4737, %4759 : f32[16] @ models/lib/nn.yaml:90:7
%4790 = assign %4738, %4740 : i64[] @ models/lib/nn.yaml:90:7
%4791 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%4792 = broadcast %4791 : f32[16] @ models/lib/nn.yaml:90:7
%4793 = mul %111, %4792 : f32[16] @ models/lib/nn.yaml:90:7
%4794 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4795 = sub %4794, %2067 : f64[] @ models/lib/nn.yaml:90:7
%4796 = cast %4795 : f32[] @ models/lib/nn.yaml:90:7
%4797 = broadcast %4796 : f32[16] @ models/lib/nn.yaml:90:7
%4798 = mul %4786, %4797 : f32[16] @ models/lib/nn.yaml:90:7
%4799 = add %4793, %4798 : f32[16] @ models/lib/nn.yaml:90:7
%4800 = assign %111, %4799 : f32[16] @ models/lib/nn.yaml:90:7
%4801 = all_reduce_sum %2975 : f32[64,16] @ models/lib/nn.yaml:79:7
%4802 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4803 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4804 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4805 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4806 = add %4804, %4805 : i64[] @ models/lib/nn.yaml:79:7
%4807 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%4808 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4809 = sub %4808, %4807 : f64[] @ models/lib/nn.yaml:79:7
%4810 = cast %4809 : f32[] @ models/lib/nn.yaml:79:7
%4811 = broadcast %4810 : f32[64,16] @ models/lib/nn.yaml:79:7
%4812 = mul %28, %4811 : f32[64,16] @ models/lib/nn.yaml:79:7
%4813 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4814 = cast %4813 : f32[] @ models/lib/nn.yaml:79:7
%4815 = broadcast %4814 : f32[64,16] @ models/lib/nn.yaml:79:7
%4816 = mul %4801, %4815 : f32[64,16] @ models/lib/nn.yaml:79:7
%4817 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4818 = cast %4817 : f32[] @ models/lib/nn.yaml:79:7
%4819 = broadcast %4818 : f32[64,16] @ models/lib/nn.yaml:79:7
%4820 = mul %4802, %4819 : f32[64,16] @ models/lib/nn.yaml:79:7
%4821 = add %4820, %4816 : f32[64,16] @ models/lib/nn.yaml:79:7
%4822 = mul %4801, %4801 : f32[64,16] @ models/lib/nn.yaml:79:7
%4823 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4824 = cast %4823 : f32[] @ models/lib/nn.yaml:79:7
%4825 = broadcast %4824 : f32[64,16] @ models/lib/nn.yaml:79:7
%4826 = mul %4822, %4825 : f32[64,16] @ models/lib/nn.yaml:79:7
%4827 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4828 = cast %4827 : f32[] @ models/lib/nn.yaml:79:7
%4829 = broadcast %4828 : f32[64,16] @ models/lib/nn.yaml:79:7
%4830 = mul %4803, %4829 : f32[64,16] @ models/lib/nn.yaml:79:7
%4831 = add %4830, %4826 : f32[64,16] @ models/lib/nn.yaml:79:7
%4832 = cast %4806 : f64[] @ models/lib/nn.yaml:79:7
%4833 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4834 = pow %4833, %4832 : f64[] @ models/lib/nn.yaml:79:7
%4835 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4836 = sub %4835, %4834 : f64[] @ models/lib/nn.yaml:79:7
%4837 = div %2065, %4836 : f64[] @ models/lib/nn.yaml:79:7
%4838 = cast %4806 : f64[] @ models/lib/nn.yaml:79:7
%4839 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4840 = pow %4839, %4838 : f64[] @ models/lib/nn.yaml:79:7
%4841 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4842 = sub %4841, %4840 : f64[] @ models/lib/nn.yaml:79:7
%4843 = sqrt %4842 : f64[] @ models/lib/nn.yaml:79:7
%4844 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4845 = div %4844, %4843 : f64[] @ models/lib/nn.yaml:79:7
%4846 = sqrt %4831 : f32[64,16] @ models/lib/nn.yaml:79:7
%4847 = cast %4845 : f32[] @ models/lib/nn.yaml:79:7
%4848 = broadcast %4847 : f32[64,16] @ models/lib/nn.yaml:79:7
%4849 = mul %4846, %4848 : f32[64,16] @ models/lib/nn.yaml:79:7
%4850 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4851 = cast %4850 : f32[] @ models/lib/nn.yaml:79:7
%4852 = broadcast %4851 : f32[64,16] @ models/lib/nn.yaml:79:7
%4853 = add %4849, %4852 : f32[64,16] @ models/lib/nn.yaml:79:7
%4854 = div %4821, %4853 : f32[64,16] @ models/lib/nn.yaml:79:7
%4855 = cast %4837 : f32[] @ models/lib/nn.yaml:79:7
%4856 = broadcast %4855 : f32[64,16] @ models/lib/nn.yaml:79:7
%4857 = mul %4854, %4856 : f32[64,16] @ models/lib/nn.yaml:79:7
%4858 = sub %4812, %4857 : f32[64,16] @ models/lib/nn.yaml:79:7
%4859 = assign %28, %4858 : f32[64,16] @ models/lib/nn.yaml:79:7
%4860 = assign %4802, %4821 : f32[64,16] @ models/lib/nn.yaml:79:7
%4861 = assign %4803, %4831 : f32[64,16] @ models/lib/nn.yaml:79:7
%4862 = assign %4804, %4806 : i64[] @ models/lib/nn.yaml:79:7
%4863 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%4864 = broadcast %4863 : f32[64,16] @ models/lib/nn.yaml:79:7
%4865 = mul %112, %4864 : f32[64,16] @ models/lib/nn.yaml:79:7
%4866 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4867 = sub %4866, %2067 : f64[] @ models/lib/nn.yaml:79:7
%4868 = cast %4867 : f32[] @ models/lib/nn.yaml:79:7
%4869 = broadcast %4868 : f32[64,16] @ models/lib/nn.yaml:79:7
%4870 = mul %4858, %4869 : f32[64,16] @ models/lib/nn.yaml:79:7
%4871 = add %4865, %4870 : f32[64,16] @ models/lib/nn.yaml:79:7
%4872 = assign %112, %4871 : f32[64,16] @ models/lib/nn.yaml:79:7
%4873 = all_reduce_sum %2971 : f32[64] @ models/lib/nn.yaml:80:7
%4874 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4875 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4876 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4877 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4878 = add %4876, %4877 : i64[] @ models/lib/nn.yaml:80:7
%4879 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4880 = cast %4879 : f32[] @ models/lib/nn.yaml:80:7
%4881 = broadcast %4880 : f32[64] @ models/lib/nn.yaml:80:7
%4882 = mul %4873, %4881 : f32[64] @ models/lib/nn.yaml:80:7
%4883 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4884 = cast %4883 : f32[] @ models/lib/nn.yaml:80:7
%4885 = broadcast %4884 : f32[64] @ models/lib/nn.yaml:80:7
%4886 = mul %4874, %4885 : f32[64] @ models/lib/nn.yaml:80:7
%4887 = add %4886, %4882 : f32[64] @ models/lib/nn.yaml:80:7
%4888 = mul %4873, %4873 : f32[64] @ models/lib/nn.yaml:80:7
%4889 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4890 = cast %4889 : f32[] @ models/lib/nn.yaml:80:7
%4891 = broadcast %4890 : f32[64] @ models/lib/nn.yaml:80:7
%4892 = mul %4888, %4891 : f32[64] @ models/lib/nn.yaml:80:7
%4893 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4894 = cast %4893 : f32[] @ models/lib/nn.yaml:80:7
%4895 = broadcast %4894 : f32[64] @ models/lib/nn.yaml:80:7
%4896 = mul %4875, %4895 : f32[64] @ models/lib/nn.yaml:80:7
%4897 = add %4896, %4892 : f32[64] @ models/lib/nn.yaml:80:7
%4898 = cast %4878 : f64[] @ models/lib/nn.yaml:80:7
%4899 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4900 = pow %4899, %4898 : f64[] @ models/lib/nn.yaml:80:7
%4901 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4902 = sub %4901, %4900 : f64[] @ models/lib/nn.yaml:80:7
%4903 = div %2065, %4902 : f64[] @ models/lib/nn.yaml:80:7
%4904 = cast %4878 : f64[] @ models/lib/nn.yaml:80:7
%4905 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4906 = pow %4905, %4904 : f64[] @ models/lib/nn.yaml:80:7
%4907 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4908 = sub %4907, %4906 : f64[] @ models/lib/nn.yaml:80:7
%4909 = sqrt %4908 : f64[] @ models/lib/nn.yaml:80:7
%4910 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4911 = div %4910, %4909 : f64[] @ models/lib/nn.yaml:80:7
%4912 = sqrt %4897 : f32[64] @ models/lib/nn.yaml:80:7
%4913 = cast %4911 : f32[] @ models/lib/nn.yaml:80:7
%4914 = broadcast %4913 : f32[64] @ models/lib/nn.yaml:80:7
%4915 = mul %4912, %4914 : f32[64] @ models/lib/nn.yaml:80:7
%4916 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4917 = cast %4916 : f32[] @ models/lib/nn.yaml:80:7
%4918 = broadcast %4917 : f32[64] @ models/lib/nn.yaml:80:7
%4919 = add %4915, %4918 : f32[64] @ models/lib/nn.yaml:80:7
%4920 = div %4887, %4919 : f32[64] @ models/lib/nn.yaml:80:7
%4921 = cast %4903 : f32[] @ models/lib/nn.yaml:80:7
%4922 = broadcast %4921 : f32[64] @ models/lib/nn.yaml:80:7
%4923 = mul %4920, %4922 : f32[64] @ models/lib/nn.yaml:80:7
%4924 = sub %29, %4923 : f32[64] @ models/lib/nn.yaml:80:7
%4925 = assign %29, %4924 : f32[64] @ models/lib/nn.yaml:80:7
%4926 = assign %4874, %4887 : f32[64] @ models/lib/nn.yaml:80:7
%4927 = assign %4875, %4897 : f32[64] @ models/lib/nn.yaml:80:7
%4928 = assign %4876, %4878 : i64[] @ models/lib/nn.yaml:80:7
%4929 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%4930 = broadcast %4929 : f32[64] @ models/lib/nn.yaml:80:7
%4931 = mul %113, %4930 : f32[64] @ models/lib/nn.yaml:80:7
%4932 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4933 = sub %4932, %2067 : f64[] @ models/lib/nn.yaml:80:7
%4934 = cast %4933 : f32[] @ models/lib/nn.yaml:80:7
%4935 = broadcast %4934 : f32[64] @ models/lib/nn.yaml:80:7
%4936 = mul %4924, %4935 : f32[64] @ models/lib/nn.yaml:80:7
%4937 = add %4931, %4936 : f32[64] @ models/lib/nn.yaml:80:7
%4938 = assign %113, %4937 : f32[64] @ models/lib/nn.yaml:80:7
%4939 = all_reduce_sum %2957 : f32[16,64] @ models/lib/nn.yaml:79:7
%4940 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4941 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4942 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4943 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4944 = add %4942, %4943 : i64[] @ models/lib/nn.yaml:79:7
%4945 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%4946 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4947 = sub %4946, %4945 : f64[] @ models/lib/nn.yaml:79:7
%4948 = cast %4947 : f32[] @ models/lib/nn.yaml:79:7
%4949 = broadcast %4948 : f32[16,64] @ models/lib/nn.yaml:79:7
%4950 = mul %30, %4949 : f32[16,64] @ models/lib/nn.yaml:79:7
%4951 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4952 = cast %4951 : f32[] @ models/lib/nn.yaml:79:7
%4953 = broadcast %4952 : f32[16,64] @ models/lib/nn.yaml:79:7
%4954 = mul %4939, %4953 : f32[16,64] @ models/lib/nn.yaml:79:7
%4955 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4956 = cast %4955 : f32[] @ models/lib/nn.yaml:79:7
%4957 = broadcast %4956 : f32[16,64] @ models/lib/nn.yaml:79:7
%4958 = mul %4940, %4957 : f32[16,64] @ models/lib/nn.yaml:79:7
%4959 = add %4958, %4954 : f32[16,64] @ models/lib/nn.yaml:79:7
%4960 = mul %4939, %4939 : f32[16,64] @ models/lib/nn.yaml:79:7
%4961 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4962 = cast %4961 : f32[] @ models/lib/nn.yaml:79:7
%4963 = broadcast %4962 : f32[16,64] @ models/lib/nn.yaml:79:7
%4964 = mul %4960, %4963 : f32[16,64] @ models/lib/nn.yaml:79:7
%4965 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4966 = cast %4965 : f32[] @ models/lib/nn.yaml:79:7
%4967 = broadcast %4966 : f32[16,64] @ models/lib/nn.yaml:79:7
%4968 = mul %4941, %4967 : f32[16,64] @ models/lib/nn.yaml:79:7
%4969 = add %4968, %4964 : f32[16,64] @ models/lib/nn.yaml:79:7
%4970 = cast %4944 : f64[] @ models/lib/nn.yaml:79:7
%4971 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4972 = pow %4971, %4970 : f64[] @ models/lib/nn.yaml:79:7
%4973 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4974 = sub %4973, %4972 : f64[] @ models/lib/nn.yaml:79:7
%4975 = div %2065, %4974 : f64[] @ models/lib/nn.yaml:79:7
%4976 = cast %4944 : f64[] @ models/lib/nn.yaml:79:7
%4977 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4978 = pow %4977, %4976 : f64[] @ models/lib/nn.yaml:79:7
%4979 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4980 = sub %4979, %4978 : f64[] @ models/lib/nn.yaml:79:7
%4981 = sqrt %4980 : f64[] @ models/lib/nn.yaml:79:7
%4982 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4983 = div %4982, %4981 : f64[] @ models/lib/nn.yaml:79:7
%4984 = sqrt %4969 : f32[16,64] @ models/lib/nn.yaml:79:7
%4985 = cast %4983 : f32[] @ models/lib/nn.yaml:79:7
%4986 = broadcast %4985 : f32[16,64] @ models/lib/nn.yaml:79:7
%4987 = mul %4984, %4986 : f32[16,64] @ models/lib/nn.yaml:79:7
%4988 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4989 = cast %4988 : f32[] @ models/lib/nn.yaml:79:7
%4990 = broadcast %4989 : f32[16,64] @ models/lib/nn.yaml:79:7
%4991 = add %4987, %4990 : f32[16,64] @ models/lib/nn.yaml:79:7
%4992 = div %4959, %4991 : f32[16,64] @ models/lib/nn.yaml:79:7
%4993 = cast %4975 : f32[] @ models/lib/nn.yaml:79:7
%4994 = broadcast %4993 : f32[16,64] @ models/lib/nn.yaml:79:7
%4995 = mul %4992, %4994 : f32[16,64] @ models/lib/nn.yaml:79:7
%4996 = sub %4950, %4995 : f32[16,64] @ models/lib/nn.yaml:79:7
%4997 = assign %30, %4996 : f32[16,64] @ models/lib/nn.yaml:79:7
%4998 = assign %4940, %4959 : f32[16,64] @ models/lib/nn.yaml:79:7
%4999 = assign %4941, %4969 : f32[16,64] @ models/lib/nn.yaml:79:7
%5000 = assign %4942, %4944 : i64[] @ models/lib/nn.yaml:79:7
%5001 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%5002 = broadcast %5001 : f32[16,64] @ models/lib/nn.yaml:79:7
%5003 = mul %114, %5002 : f32[16,64] @ models/lib/nn.yaml:79:7
%5004 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5005 = sub %5004, %2067 : f64[] @ models/lib/nn.yaml:79:7
%5006 = cast %5005 : f32[] @ models/lib/nn.yaml:79:7
%5007 = broadcast %5006 : f32[16,64] @ models/lib/nn.yaml:79:7
%5008 = mul %4996, %5007 : f32[16,64] @ models/lib/nn.yaml:79:7
%5009 = add %5003, %5008 : f32[16,64] @ models/lib/nn.yaml:79:7
%5010 = assign %114, %5009 : f32[16,64] @ models/lib/nn.yaml:79:7
%5011 = all_reduce_sum %2953 : f32[16] @ models/lib/nn.yaml:80:7
%5012 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5013 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5014 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5015 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5016 = add %5014, %5015 : i64[] @ models/lib/nn.yaml:80:7
%5017 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5018 = cast %5017 : f32[] @ models/lib/nn.yaml:80:7
%5019 = broadcast %5018 : f32[16] @ models/lib/nn.yaml:80:7
%5020 = mul %5011, %5019 : f32[16] @ models/lib/nn.yaml:80:7
%5021 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5022 = cast %5021 : f32[] @ models/lib/nn.yaml:80:7
%5023 = broadcast %5022 : f32[16] @ models/lib/nn.yaml:80:7
%5024 = mul %5012, %5023 : f32[16] @ models/lib/nn.yaml:80:7
%5025 = add %5024, %5020 : f32[16] @ models/lib/nn.yaml:80:7
%5026 = mul %5011, %5011 : f32[16] @ models/lib/nn.yaml:80:7
%5027 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5028 = cast %5027 : f32[] @ models/lib/nn.yaml:80:7
%5029 = broadcast %5028 : f32[16] @ models/lib/nn.yaml:80:7
%5030 = mul %5026, %5029 : f32[16] @ models/lib/nn.yaml:80:7
%5031 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5032 = cast %5031 : f32[] @ models/lib/nn.yaml:80:7
%5033 = broadcast %5032 : f32[16] @ models/lib/nn.yaml:80:7
%5034 = mul %5013, %5033 : f32[16] @ models/lib/nn.yaml:80:7
%5035 = add %5034, %5030 : f32[16] @ models/lib/nn.yaml:80:7
%5036 = cast %5016 : f64[] @ models/lib/nn.yaml:80:7
%5037 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5038 = pow %5037, %5036 : f64[] @ models/lib/nn.yaml:80:7
%5039 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5040 = sub %5039, %5038 : f64[] @ models/lib/nn.yaml:80:7
%5041 = div %2065, %5040 : f64[] @ models/lib/nn.yaml:80:7
%5042 = cast %5016 : f64[] @ models/lib/nn.yaml:80:7
%5043 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5044 = pow %5043, %5042 : f64[] @ models/lib/nn.yaml:80:7
%5045 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5046 = sub %5045, %5044 : f64[] @ models/lib/nn.yaml:80:7
%5047 = sqrt %5046 : f64[] @ models/lib/nn.yaml:80:7
%5048 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5049 = div %5048, %5047 : f64[] @ models/lib/nn.yaml:80:7
%5050 = sqrt %5035 : f32[16] @ models/lib/nn.yaml:80:7
%5051 = cast %5049 : f32[] @ models/lib/nn.yaml:80:7
%5052 = broadcast %5051 : f32[16] @ models/lib/nn.yaml:80:7
%5053 = mul %5050, %5052 : f32[16] @ models/lib/nn.yaml:80:7
%5054 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5055 = cast %5054 : f32[] @ models/lib/nn.yaml:80:7
%5056 = broadcast %5055 : f32[16] @ models/lib/nn.yaml:80:7
%5057 = add %5053, %5056 : f32[16] @ models/lib/nn.yaml:80:7
%5058 = div %5025, %5057 : f32[16] @ models/lib/nn.yaml:80:7
%5059 = cast %5041 : f32[] @ models/lib/nn.yaml:80:7
%5060 = broadcast %5059 : f32[16] @ models/lib/nn.yaml:80:7
%5061 = mul %5058, %5060 : f32[16] @ models/lib/nn.yaml:80:7
%5062 = sub %31, %5061 : f32[16] @ models/lib/nn.yaml:80:7
%5063 = assign %31, %5062 : f32[16] @ models/lib/nn.yaml:80:7
%5064 = assign %5012, %5025 : f32[16] @ models/lib/nn.yaml:80:7
%5065 = assign %5013, %5035 : f32[16] @ models/lib/nn.yaml:80:7
%5066 = assign %5014, %5016 : i64[] @ models/lib/nn.yaml:80:7
%5067 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%5068 = broadcast %5067 : f32[16] @ models/lib/nn.yaml:80:7
%5069 = mul %115, %5068 : f32[16] @ models/lib/nn.yaml:80:7
%5070 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5071 = sub %5070, %2067 : f64[] @ models/lib/nn.yaml:80:7
%5072 = cast %5071 : f32[] @ models/lib/nn.yaml:80:7
%5073 = broadcast %5072 : f32[16] @ models/lib/nn.yaml:80:7
%5074 = mul %5062, %5073 : f32[16] @ models/lib/nn.yaml:80:7
%5075 = add %5069, %5074 : f32[16] @ models/lib/nn.yaml:80:7
%5076 = assign %115, %5075 : f32[16] @ models/lib/nn.yaml:80:7
%5077 = all_reduce_sum %2949 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5078 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5079 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5080 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%5081 = const data=[1] : i64[] @ models/lib/vit.yaml:103:7
%5082 = add %5080, %5081 : i64[] @ models/lib/vit.yaml:103:7
%5083 = mul %2065, %2066 : f64[] @ models/lib/vit.yaml:103:7
%5084 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%5085 = sub %5084, %5083 : f64[] @ models/lib/vit.yaml:103:7
%5086 = cast %5085 : f32[] @ models/lib/vit.yaml:103:7
%5087 = broadcast %5086 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5088 = mul %32, %5087 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5089 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:103:7
%5090 = cast %5089 : f32[] @ models/lib/vit.yaml:103:7
%5091 = broadcast %5090 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5092 = mul %5077, %5091 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5093 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%5094 = cast %5093 : f32[] @ models/lib/vit.yaml:103:7
%5095 = broadcast %5094 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5096 = mul %5078, %5095 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5097 = add %5096, %5092 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5098 = mul %5077, %5077 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5099 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:103:7
%5100 = cast %5099 : f32[] @ models/lib/vit.yaml:103:7
%5101 = broadcast %5100 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5102 = mul %5098, %5101 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5103 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%5104 = cast %5103 : f32[] @ models/lib/vit.yaml:103:7
%5105 = broadcast %5104 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5106 = mul %5079, %5105 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5107 = add %5106, %5102 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5108 = cast %5082 : f64[] @ models/lib/vit.yaml:103:7
%5109 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%5110 = pow %5109, %5108 : f64[] @ models/lib/vit.yaml:103:7
%5111 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%5112 = sub %5111, %5110 : f64[] @ models/lib/vit.yaml:103:7
%5113 = div %2065, %5112 : f64[] @ models/lib/vit.yaml:103:7
%5114 = cast %5082 : f64[] @ models/lib/vit.yaml:103:7
%5115 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%5116 = pow %5115, %5114 : f64[] @ models/lib/vit.yaml:103:7
%5117 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%5118 = sub %5117, %5116 : f64[] @ models/lib/vit.yaml:103:7
%5119 = sqrt %5118 : f64[] @ models/lib/vit.yaml:103:7
%5120 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%5121 = div %5120, %5119 : f64[] @ models/lib/vit.yaml:103:7
%5122 = sqrt %5107 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5123 = cast %5121 : f32[] @ models/lib/vit.yaml:103:7
%5124 = broadcast %5123 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5125 = mul %5122, %5124 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5126 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:103:7
%5127 = cast %5126 : f32[] @ models/lib/vit.yaml:103:7
%5128 = broadcast %5127 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5129 = add %5125, %5128 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5130 = div %5097, %5129 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5131 = cast %5113 : f32[] @ models/lib/vit.yaml:103:7
%5132 = broadcast %5131 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5133 = mul %5130, %5132 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5134 = sub %5088, %5133 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5135 = assign %32, %5134 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5136 = assign %5078, %5097 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5137 = assign %5079, %5107 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5138 = assign %5080, %5082 : i64[] @ models/lib/vit.yaml:103:7
%5139 = cast %2067 : f32[] @ models/lib/vit.yaml:103:7
%5140 = broadcast %5139 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5141 = mul %116, %5140 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5142 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%5143 = sub %5142, %2067 : f64[] @ models/lib/vit.yaml:103:7
%5144 = cast %5143 : f32[] @ models/lib/vit.yaml:103:7
%5145 = broadcast %5144 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5146 = mul %5134, %5145 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5147 = add %5141, %5146 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5148 = assign %116, %5147 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%5149 = all_reduce_sum %2924 : f32[16] @ models/lib/nn.yaml:89:7
%5150 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5151 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5152 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5153 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%5154 = add %5152, %5153 : i64[] @ models/lib/nn.yaml:89:7
%5155 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%5156 = cast %5155 : f32[] @ models/lib/nn.yaml:89:7
%5157 = broadcast %5156 : f32[16] @ models/lib/nn.yaml:89:7
%5158 = mul %5149, %5157 : f32[16] @ models/lib/nn.yaml:89:7
%5159 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5160 = cast %5159 : f32[] @ models/lib/nn.yaml:89:7
%5161 = broadcast %5160 : f32[16] @ models/lib/nn.yaml:89:7
%5162 = mul %5150, %5161 : f32[16] @ models/lib/nn.yaml:89:7
%5163 = add %5162, %5158 : f32[16] @ models/lib/nn.yaml:89:7
%5164 = mul %5149, %5149 : f32[16] @ models/lib/nn.yaml:89:7
%5165 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%5166 = cast %5165 : f32[] @ models/lib/nn.yaml:89:7
%5167 = broadcast %5166 : f32[16] @ models/lib/nn.yaml:89:7
%5168 = mul %5164, %5167 : f32[16] @ models/lib/nn.yaml:89:7
%5169 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5170 = cast %5169 : f32[] @ models/lib/nn.yaml:89:7
%5171 = broadcast %5170 : f32[16] @ models/lib/nn.yaml:89:7
%5172 = mul %5151, %5171 : f32[16] @ models/lib/nn.yaml:89:7
%5173 = add %5172, %5168 : f32[16] @ models/lib/nn.yaml:89:7
%5174 = cast %5154 : f64[] @ models/lib/nn.yaml:89:7
%5175 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5176 = pow %5175, %5174 : f64[] @ models/lib/nn.yaml:89:7
%5177 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5178 = sub %5177, %5176 : f64[] @ models/lib/nn.yaml:89:7
%5179 = div %2065, %5178 : f64[] @ models/lib/nn.yaml:89:7
%5180 = cast %5154 : f64[] @ models/lib/nn.yaml:89:7
%5181 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5182 = pow %5181, %5180 : f64[] @ models/lib/nn.yaml:89:7
%5183 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5184 = sub %5183, %5182 : f64[] @ models/lib/nn.yaml:89:7
%5185 = sqrt %5184 : f64[] @ models/lib/nn.yaml:89:7
%5186 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5187 = div %5186, %5185 : f64[] @ models/lib/nn.yaml:89:7
%5188 = sqrt %5173 : f32[16] @ models/lib/nn.yaml:89:7
%5189 = cast %5187 : f32[] @ models/lib/nn.yaml:89:7
%5190 = broadcast %5189 : f32[16] @ models/lib/nn.yaml:89:7
%5191 = mul %5188, %5190 : f32[16] @ models/lib/nn.yaml:89:7
%5192 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%5193 = cast %5192 : f32[] @ models/lib/nn.yaml:89:7
%5194 = broadcast %5193 : f32[16] @ models/lib/nn.yaml:89:7
%5195 = add %5191, %5194 : f32[16] @ models/lib/nn.yaml:89:7
%5196 = div %5163, %5195 : f32[16] @ models/lib/nn.yaml:89:7
%5197 = cast %5179 : f32[] @ models/lib/nn.yaml:89:7
%5198 = broadcast %5197 : f32[16] @ models/lib/nn.yaml:89:7
%5199 = mul %5196, %5198 : f32[16] @ models/lib/nn.yaml:89:7
%5200 = sub %33, %5199 : f32[16] @ models/lib/nn.yaml:89:7
%5201 = assign %33, %5200 : f32[16] @ models/lib/nn.yaml:89:7
%5202 = assign %5150, %5163 : f32[16] @ models/lib/nn.yaml:89:7
%5203 = assign %5151, %5173 : f32[16] @ models/lib/nn.yaml:89:7
%5204 = assign %5152, %5154 : i64[] @ models/lib/nn.yaml:89:7
%5205 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%5206 = broadcast %5205 : f32[16] @ models/lib/nn.yaml:89:7
%5207 = mul %117, %5206 : f32[16] @ models/lib/nn.yaml:89:7
%5208 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5209 = sub %5208, %2067 : f64[] @ models/lib/nn.yaml:89:7
%5210 = cast %5209 : f32[] @ models/lib/nn.yaml:89:7
%5211 = broadcast %5210 : f32[16] @ models/lib/nn.yaml:89:7
%5212 = mul %5200, %5211 : f32[16] @ models/lib/nn.yaml:89:7
%5213 = add %5207, %5212 : f32[16] @ models/lib/nn.yaml:89:7
%5214 = assign %117, %5213 : f32[16] @ models/lib/nn.yaml:89:7
%5215 = all_reduce_sum %2920 : f32[16] @ models/lib/nn.yaml:90:7
%5216 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5217 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5218 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5219 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5220 = add %5218, %5219 : i64[] @ models/lib/nn.yaml:90:7
%5221 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5222 = cast %5221 : f32[] @ models/lib/nn.yaml:90:7
%5223 = broadcast %5222 : f32[16] @ models/lib/nn.yaml:90:7
%5224 = mul %5215, %5223 : f32[16] @ models/lib/nn.yaml:90:7
%5225 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5226 = cast %5225 : f32[] @ models/lib/nn.yaml:90:7
%5227 = broadcast %5226 : f32[16] @ models/lib/nn.yaml:90:7
%5228 = mul %5216, %5227 : f32[16] @ models/lib/nn.yaml:90:7
%5229 = add %5228, %5224 : f32[16] @ models/lib/nn.yaml:90:7
%5230 = mul %5215, %5215 : f32[16] @ models/lib/nn.yaml:90:7
%5231 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5232 = cast %5231 : f32[] @ models/lib/nn.yaml:90:7
%5233 = broadcast %5232 : f32[16] @ models/lib/nn.yaml:90:7
%5234 = mul %5230, %5233 : f32[16] @ models/lib/nn.yaml:90:7
%5235 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5236 = cast %5235 : f32[] @ models/lib/nn.yaml:90:7
%5237 = broadcast %5236 : f32[16] @ models/lib/nn.yaml:90:7
%5238 = mul %5217, %5237 : f32[16] @ models/lib/nn.yaml:90:7
%5239 = add %5238, %5234 : f32[16] @ models/lib/nn.yaml:90:7
%5240 = cast %5220 : f64[] @ models/lib/nn.yaml:90:7
%5241 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5242 = pow %5241, %5240 : f64[] @ models/lib/nn.yaml:90:7
%5243 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5244 = sub %5243, %5242 : f64[] @ models/lib/nn.yaml:90:7
%5245 = div %2065, %5244 : f64[] @ models/lib/nn.yaml:90:7
%5246 = cast %5220 : f64[] @ models/lib/nn.yaml:90:7
%5247 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5248 = pow %5247, %5246 : f64[] @ models/lib/nn.yaml:90:7
%5249 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5250 = sub %5249, %5248 : f64[] @ models/lib/nn.yaml:90:7
%5251 = sqrt %5250 : f64[] @ models/lib/nn.yaml:90:7
%5252 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5253 = div %5252, %5251 : f64[] @ models/lib/nn.yaml:90:7
%5254 = sqrt %5239 : f32[16] @ models/lib/nn.yaml:90:7
%5255 = cast %5253 : f32[] @ models/lib/nn.yaml:90:7
%5256 = broadcast %5255 : f32[16] @ models/lib/nn.yaml:90:7
%5257 = mul %5254, %5256 : f32[16] @ models/lib/nn.yaml:90:7
%5258 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5259 = cast %5258 : f32[] @ models/lib/nn.yaml:90:7
%5260 = broadcast %5259 : f32[16] @ models/lib/nn.yaml:90:7
%5261 = add %5257, %5260 : f32[16] @ models/lib/nn.yaml:90:7
%5262 = div %5229, %5261 : f32[16] @ models/lib/nn.yaml:90:7
%5263 = cast %5245 : f32[] @ models/lib/nn.yaml:90:7
%5264 = broadcast %5263 : f32[16] @ models/lib/nn.yaml:90:7
%5265 = mul %5262, %5264 : f32[16] @ models/lib/nn.yaml:90:7
%5266 = sub %34, %5265 : f32[16] @ models/lib/nn.yaml:90:7
%5267 = assign %34, %5266 : f32[16] @ models/lib/nn.yaml:90:7
%5268 = assign %5216, %5229 : f32[16] @ models/lib/nn.yaml:90:7
%5269 = assign %5217, %5239 : f32[16] @ models/lib/nn.yaml:90:7
%5270 = assign %5218, %5220 : i64[] @ models/lib/nn.yaml:90:7
%5271 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%5272 = broadcast %5271 : f32[16] @ models/lib/nn.yaml:90:7
%5273 = mul %118, %5272 : f32[16] @ models/lib/nn.yaml:90:7
%5274 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5275 = sub %5274, %2067 : f64[] @ models/lib/nn.yaml:90:7
%5276 = cast %5275 : f32[] @ models/lib/nn.yaml:90:7
%5277 = broadcast %5276 : f32[16] @ models/lib/nn.yaml:90:7
%5278 = mul %5266, %5277 : f32[16] @ models/lib/nn.yaml:90:7
%5279 = add %5273, %5278 : f32[16] @ models/lib/nn.yaml:90:7
%5280 = assign %118, %5279 : f32[16] @ models/lib/nn.yaml:90:7
%5281 = all_reduce_sum %2916 : f32[16,16] @ models/lib/nn.yaml:79:7
%5282 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5283 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5284 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5285 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5286 = add %5284, %5285 : i64[] @ models/lib/nn.yaml:79:7
%5287 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%5288 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5289 = sub %5288, %5287 : f64[] @ models/lib/nn.yaml:79:7
%5290 = cast %5289 : f32[] @ models/lib/nn.yaml:79:7
%5291 = broadcast %5290 : f32[16,16] @ models/lib/nn.yaml:79:7
%5292 = mul %35, %5291 : f32[16,16] @ models/lib/nn.yaml:79:7
%5293 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5294 = cast %5293 : f32[] @ models/lib/nn.yaml:79:7
%5295 = broadcast %5294 : f32[16,16] @ models/lib/nn.yaml:79:7
%5296 = mul %5281, %5295 : f32[16,16] @ models/lib/nn.yaml:79:7
%5297 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5298 = cast %5297 : f32[] @ models/lib/nn.yaml:79:7
%5299 = broadcast %5298 : f32[16,16] @ models/lib/nn.yaml:79:7
%5300 = mul %5282, %5299 : f32[16,16] @ models/lib/nn.yaml:79:7
%5301 = add %5300, %5296 : f32[16,16] @ models/lib/nn.yaml:79:7
%5302 = mul %5281, %5281 : f32[16,16] @ models/lib/nn.yaml:79:7
%5303 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5304 = cast %5303 : f32[] @ models/lib/nn.yaml:79:7
%5305 = broadcast %5304 : f32[16,16] @ models/lib/nn.yaml:79:7
%5306 = mul %5302, %5305 : f32[16,16] @ models/lib/nn.yaml:79:7
%5307 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5308 = cast %5307 : f32[] @ models/lib/nn.yaml:79:7
%5309 = broadcast %5308 : f32[16,16] @ models/lib/nn.yaml:79:7
%5310 = mul %5283, %5309 : f32[16,16] @ models/lib/nn.yaml:79:7
%5311 = add %5310, %5306 : f32[16,16] @ models/lib/nn.yaml:79:7
%5312 = cast %5286 : f64[] @ models/lib/nn.yaml:79:7
%5313 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5314 = pow %5313, %5312 : f64[] @ models/lib/nn.yaml:79:7
%5315 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5316 = sub %5315, %5314 : f64[] @ models/lib/nn.yaml:79:7
%5317 = div %2065, %5316 : f64[] @ models/lib/nn.yaml:79:7
%5318 = cast %5286 : f64[] @ models/lib/nn.yaml:79:7
%5319 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5320 = pow %5319, %5318 : f64[] @ models/lib/nn.yaml:79:7
%5321 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5322 = sub %5321, %5320 : f64[] @ models/lib/nn.yaml:79:7
%5323 = sqrt %5322 : f64[] @ models/lib/nn.yaml:79:7
%5324 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5325 = div %5324, %5323 : f64[] @ models/lib/nn.yaml:79:7
%5326 = sqrt %5311 : f32[16,16] @ models/lib/nn.yaml:79:7
%5327 = cast %5325 : f32[] @ models/lib/nn.yaml:79:7
%5328 = broadcast %5327 : f32[16,16] @ models/lib/nn.yaml:79:7
%5329 = mul %5326, %5328 : f32[16,16] @ models/lib/nn.yaml:79:7
%5330 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5331 = cast %5330 : f32[] @ models/lib/nn.yaml:79:7
%5332 = broadcast %5331 : f32[16,16] @ models/lib/nn.yaml:79:7
%5333 = add %5329, %5332 : f32[16,16] @ models/lib/nn.yaml:79:7
%5334 = div %5301, %5333 : f32[16,16] @ models/lib/nn.yaml:79:7
%5335 = cast %5317 : f32[] @ models/lib/nn.yaml:79:7
%5336 = broadcast %5335 : f32[16,16] @ models/lib/nn.yaml:79:7
%5337 = mul %5334, %5336 : f32[16,16] @ models/lib/nn.yaml:79:7
%5338 = sub %5292, %5337 : f32[16,16] @ models/lib/nn.yaml:79:7
%5339 = assign %35, %5338 : f32[16,16] @ models/lib/nn.yaml:79:7
%5340 = assign %5282, %5301 : f32[16,16] @ models/lib/nn.yaml:79:7
%5341 = assign %5283, %5311 : f32[16,16] @ models/lib/nn.yaml:79:7
%5342 = assign %5284, %5286 : i64[] @ models/lib/nn.yaml:79:7
%5343 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%5344 = broadcast %5343 : f32[16,16] @ models/lib/nn.yaml:79:7
%5345 = mul %119, %5344 : f32[16,16] @ models/lib/nn.yaml:79:7
%5346 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5347 = sub %5346, %2067 : f64[] @ models/lib/nn.yaml:79:7
%5348 = cast %5347 : f32[] @ models/lib/nn.yaml:79:7
%5349 = broadcast %5348 : f32[16,16] @ models/lib/nn.yaml:79:7
%5350 = mul %5338, %5349 : f32[16,16] @ models/lib/nn.yaml:79:7
%5351 = add %5345, %5350 : f32[16,16] @ models/lib/nn.yaml:79:7
%5352 = assign %119, %5351 : f32[16,16] @ models/lib/nn.yaml:79:7
%5353 = all_reduce_sum %2912 : f32[16] @ models/lib/nn.yaml:80:7
%5354 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5355 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5356 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5357 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5358 = add %5356, %5357 : i64[] @ models/lib/nn.yaml:80:7
%5359 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5360 = cast %5359 : f32[] @ models/lib/nn.yaml:80:7
%5361 = broadcast %5360 : f32[16] @ models/lib/nn.yaml:80:7
%5362 = mul %5353, %5361 : f32[16] @ models/lib/nn.yaml:80:7
%5363 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5364 = cast %5363 : f32[] @ models/lib/nn.yaml:80:7
%5365 = broadcast %5364 : f32[16] @ models/lib/nn.yaml:80:7
%5366 = mul %5354, %5365 : f32[16] @ models/lib/nn.yaml:80:7
%5367 = add %5366, %5362 : f32[16] @ models/lib/nn.yaml:80:7
%5368 = mul %5353, %5353 : f32[16] @ models/lib/nn.yaml:80:7
%5369 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5370 = cast %5369 : f32[] @ models/lib/nn.yaml:80:7
%5371 = broadcast %5370 : f32[16] @ models/lib/nn.yaml:80:7
%5372 = mul %5368, %5371 : f32[16] @ models/lib/nn.yaml:80:7
%5373 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5374 = cast %5373 : f32[] @ models/lib/nn.yaml:80:7
%5375 = broadcast %5374 : f32[16] @ models/lib/nn.yaml:80:7
%5376 = mul %5355, %5375 : f32[16] @ models/lib/nn.yaml:80:7
%5377 = add %5376, %5372 : f32[16] @ models/lib/nn.yaml:80:7
%5378 = cast %5358 : f64[] @ models/lib/nn.yaml:80:7
%5379 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5380 = pow %5379, %5378 : f64[] @ models/lib/nn.yaml:80:7
%5381 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5382 = sub %5381, %5380 : f64[] @ models/lib/nn.yaml:80:7
%5383 = div %2065, %5382 : f64[] @ models/lib/nn.yaml:80:7
%5384 = cast %5358 : f64[] @ models/lib/nn.yaml:80:7
%5385 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5386 = pow %5385, %5384 : f64[] @ models/lib/nn.yaml:80:7
%5387 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5388 = sub %5387, %5386 : f64[] @ models/lib/nn.yaml:80:7
%5389 = sqrt %5388 : f64[] @ models/lib/nn.yaml:80:7
%5390 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5391 = div %5390, %5389 : f64[] @ models/lib/nn.yaml:80:7
%5392 = sqrt %5377 : f32[16] @ models/lib/nn.yaml:80:7
%5393 = cast %5391 : f32[] @ models/lib/nn.yaml:80:7
%5394 = broadcast %5393 : f32[16] @ models/lib/nn.yaml:80:7
%5395 = mul %5392, %5394 : f32[16] @ models/lib/nn.yaml:80:7
%5396 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5397 = cast %5396 : f32[] @ models/lib/nn.yaml:80:7
%5398 = broadcast %5397 : f32[16] @ models/lib/nn.yaml:80:7
%5399 = add %5395, %5398 : f32[16] @ models/lib/nn.yaml:80:7
%5400 = div %5367, %5399 : f32[16] @ models/lib/nn.yaml:80:7
%5401 = cast %5383 : f32[] @ models/lib/nn.yaml:80:7
%5402 = broadcast %5401 : f32[16] @ models/lib/nn.yaml:80:7
%5403 = mul %5400, %5402 : f32[16] @ models/lib/nn.yaml:80:7
%5404 = sub %36, %5403 : f32[16] @ models/lib/nn.yaml:80:7
%5405 = assign %36, %5404 : f32[16] @ models/lib/nn.yaml:80:7
%5406 = assign %5354, %5367 : f32[16] @ models/lib/nn.yaml:80:7
%5407 = assign %5355, %5377 : f32[16] @ models/lib/nn.yaml:80:7
%5408 = assign %5356, %5358 : i64[] @ models/lib/nn.yaml:80:7
%5409 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%5410 = broadcast %5409 : f32[16] @ models/lib/nn.yaml:80:7
%5411 = mul %120, %5410 : f32[16] @ models/lib/nn.yaml:80:7
%5412 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5413 = sub %5412, %2067 : f64[] @ models/lib/nn.yaml:80:7
%5414 = cast %5413 : f32[] @ models/lib/nn.yaml:80:7
%5415 = broadcast %5414 : f32[16] @ models/lib/nn.yaml:80:7
%5416 = mul %5404, %5415 : f32[16] @ models/lib/nn.yaml:80:7
%5417 = add %5411, %5416 : f32[16] @ models/lib/nn.yaml:80:7
%5418 = assign %120, %5417 : f32[16] @ models/lib/nn.yaml:80:7
%5419 = all_reduce_sum %2908 : f32[16,16] @ models/lib/nn.yaml:79:7
%5420 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5421 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5422 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5423 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5424 = add %5422, %5423 : i64[] @ models/lib/nn.yaml:79:7
%5425 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%5426 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5427 = sub %5426, %5425 : f64[] @ models/lib/nn.yaml:79:7
%5428 = cast %5427 : f32[] @ models/lib/nn.yaml:79:7
%5429 = broadcast %5428 : f32[16,16] @ models/lib/nn.yaml:79:7
%5430 = mul %37, %5429 : f32[16,16] @ models/lib/nn.yaml:79:7
%5431 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5432 = cast %5431 : f32[] @ models/lib/nn.yaml:79:7
%5433 = broadcast %5432 : f32[16,16] @ models/lib/nn.yaml:79:7
%5434 = mul %5419, %5433 : f32[16,16] @ models/lib/nn.yaml:79:7
%5435 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5436 = cast %5435 : f32[] @ models/lib/nn.yaml:79:7
%5437 = broadcast %5436 : f32[16,16] @ models/lib/nn.yaml:79:7
%5438 = mul %5420, %5437 : f32[16,16] @ models/lib/nn.yaml:79:7
%5439 = add %5438, %5434 : f32[16,16] @ models/lib/nn.yaml:79:7
%5440 = mul %5419, %5419 : f32[16,16] @ models/lib/nn.yaml:79:7
%5441 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5442 = cast %5441 : f32[] @ models/lib/nn.yaml:79:7
%5443 = broadcast %5442 : f32[16,16] @ models/lib/nn.yaml:79:7
%5444 = mul %5440, %5443 : f32[16,16] @ models/lib/nn.yaml:79:7
%5445 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5446 = cast %5445 : f32[] @ models/lib/nn.yaml:79:7
%5447 = broadcast %5446 : f32[16,16] @ models/lib/nn.yaml:79:7
%5448 = mul %5421, %5447 : f32[16,16] @ models/lib/nn.yaml:79:7
%5449 = add %5448, %5444 : f32[16,16] @ models/lib/nn.yaml:79:7
%5450 = cast %5424 : f64[] @ models/lib/nn.yaml:79:7
%5451 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5452 = pow %5451, %5450 : f64[] @ models/lib/nn.yaml:79:7
%5453 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5454 = sub %5453, %5452 : f64[] @ models/lib/nn.yaml:79:7
%5455 = div %2065, %5454 : f64[] @ models/lib/nn.yaml:79:7
%5456 = cast %5424 : f64[] @ models/lib/nn.yaml:79:7
%5457 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5458 = pow %5457, %5456 : f64[] @ models/lib/nn.yaml:79:7
%5459 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5460 = sub %5459, %5458 : f64[] @ models/lib/nn.yaml:79:7
%5461 = sqrt %5460 : f64[] @ models/lib/nn.yaml:79:7
%5462 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5463 = div %5462, %5461 : f64[] @ models/lib/nn.yaml:79:7
%5464 = sqrt %5449 : f32[16,16] @ models/lib/nn.yaml:79:7
%5465 = cast %5463 : f32[] @ models/lib/nn.yaml:79:7
%5466 = broadcast %5465 : f32[16,16] @ models/lib/nn.yaml:79:7
%5467 = mul %5464, %5466 : f32[16,16] @ models/lib/nn.yaml:79:7
%5468 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5469 = cast %5468 : f32[] @ models/lib/nn.yaml:79:7
%5470 = broadcast %5469 : f32[16,16] @ models/lib/nn.yaml:79:7
%5471 = add %5467, %5470 : f32[16,16] @ models/lib/nn.yaml:79:7
%5472 = div %5439, %5471 : f32[16,16] @ models/lib/nn.yaml:79:7
%5473 = cast %5455 : f32[] @ models/lib/nn.yaml:79:7
%5474 = broadcast %5473 : f32[16,16] @ models/lib/nn.yaml:79:7
%5475 = mul %5472, %5474 : f32[16,16] @ models/lib/nn.yaml:79:7
%5476 = sub %5430, %5475 : f32[16,16] @ models/lib/nn.yaml:79:7
%5477 = assign %37, %5476 : f32[16,16] @ models/lib/nn.yaml:79:7
%5478 = assign %5420, %5439 : f32[16,16] @ models/lib/nn.yaml:79:7
%5479 = assign %5421, %5449 : f32[16,16] @ models/lib/nn.yaml:79:7
%5480 = assign %5422, %5424 : i64[] @ models/lib/nn.yaml:79:7
%5481 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%5482 = broadcast %5481 : f32[16,16] @ models/lib/nn.yaml:79:7
%5483 = mul %121, %5482 : f32[16,16] @ models/lib/nn.yaml:79:7
%5484 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5485 = sub %5484, %2067 : f64[] @ models/lib/nn.yaml:79:7
%5486 = cast %5485 : f32[] @ models/lib/nn.yaml:79:7
%5487 = broadcast %5486 : f32[16,16] @ models/lib/nn.yaml:79:7
%5488 = mul %5476, %5487 : f32[16,16] @ models/lib/nn.yaml:79:7
%5489 = add %5483, %5488 : f32[16,16] @ models/lib/nn.yaml:79:7
%5490 = assign %121, %5489 : f32[16,16] @ models/lib/nn.yaml:79:7
%5491 = all_reduce_sum %2903 : f32[16] @ models/lib/nn.yaml:80:7
%5492 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5493 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5494 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5495 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5496 = add %5494, %5495 : i64[] @ models/lib/nn.yaml:80:7
%5497 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5498 = cast %5497 : f32[] @ models/lib/nn.yaml:80:7
%5499 = broadcast %5498 : f32[16] @ models/lib/nn.yaml:80:7
%5500 = mul %5491, %5499 : f32[16] @ models/lib/nn.yaml:80:7
%5501 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5502 = cast %5501 : f32[] @ models/lib/nn.yaml:80:7
%5503 = broadcast %5502 : f32[16] @ models/lib/nn.yaml:80:7
%5504 = mul %5492, %5503 : f32[16] @ models/lib/nn.yaml:80:7
%5505 = add %5504, %5500 : f32[16] @ models/lib/nn.yaml:80:7
%5506 = mul %5491, %5491 : f32[16] @ models/lib/nn.yaml:80:7
%5507 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5508 = cast %5507 : f32[] @ models/lib/nn.yaml:80:7
%5509 = broadcast %5508 : f32[16] @ models/lib/nn.yaml:80:7
%5510 = mul %5506, %5509 : f32[16] @ models/lib/nn.yaml:80:7
%5511 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5512 = cast %5511 : f32[] @ models/lib/nn.yaml:80:7
%5513 = broadcast %5512 : f32[16] @ models/lib/nn.yaml:80:7
%5514 = mul %5493, %5513 : f32[16] @ models/lib/nn.yaml:80:7
%5515 = add %5514, %5510 : f32[16] @ models/lib/nn.yaml:80:7
%5516 = cast %5496 : f64[] @ models/lib/nn.yaml:80:7
%5517 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5518 = pow %5517, %5516 : f64[] @ models/lib/nn.yaml:80:7
%5519 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5520 = sub %5519, %5518 : f64[] @ models/lib/nn.yaml:80:7
%5521 = div %2065, %5520 : f64[] @ models/lib/nn.yaml:80:7
%5522 = cast %5496 : f64[] @ models/lib/nn.yaml:80:7
%5523 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5524 = pow %5523, %5522 : f64[] @ models/lib/nn.yaml:80:7
%5525 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5526 = sub %5525, %5524 : f64[] @ models/lib/nn.yaml:80:7
%5527 = sqrt %5526 : f64[] @ models/lib/nn.yaml:80:7
%5528 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5529 = div %5528, %5527 : f64[] @ models/lib/nn.yaml:80:7
%5530 = sqrt %5515 : f32[16] @ models/lib/nn.yaml:80:7
%5531 = cast %5529 : f32[] @ models/lib/nn.yaml:80:7
%5532 = broadcast %5531 : f32[16] @ models/lib/nn.yaml:80:7
%5533 = mul %5530, %5532 : f32[16] @ models/lib/nn.yaml:80:7
%5534 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5535 = cast %5534 : f32[] @ models/lib/nn.yaml:80:7
%5536 = broadcast %5535 : f32[16] @ models/lib/nn.yaml:80:7
%5537 = add %5533, %5536 : f32[16] @ models/lib/nn.yaml:80:7
%5538 = div %5505, %5537 : f32[16] @ models/lib/nn.yaml:80:7
%5539 = cast %5521 : f32[] @ models/lib/nn.yaml:80:7
%5540 = broadcast %5539 : f32[16] @ models/lib/nn.yaml:80:7
%5541 = mul %5538, %5540 : f32[16] @ models/lib/nn.yaml:80:7
%5542 = sub %38, %5541 : f32[16] @ models/lib/nn.yaml:80:7
%5543 = assign %38, %5542 : f32[16] @ models/lib/nn.yaml:80:7
%5544 = assign %5492, %5505 : f32[16] @ models/lib/nn.yaml:80:7
%5545 = assign %5493, %5515 : f32[16] @ models/lib/nn.yaml:80:7
%5546 = assign %5494, %5496 : i64[] @ models/lib/nn.yaml:80:7
%5547 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%5548 = broadcast %5547 : f32[16] @ models/lib/nn.yaml:80:7
%5549 = mul %122, %5548 : f32[16] @ models/lib/nn.yaml:80:7
%5550 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5551 = sub %5550, %2067 : f64[] @ models/lib/nn.yaml:80:7
%5552 = cast %5551 : f32[] @ models/lib/nn.yaml:80:7
%5553 = broadcast %5552 : f32[16] @ models/lib/nn.yaml:80:7
%5554 = mul %5542, %5553 : f32[16] @ models/lib/nn.yaml:80:7
%5555 = add %5549, %5554 : f32[16] @ models/lib/nn.yaml:80:7
%5556 = assign %122, %5555 : f32[16] @ models/lib/nn.yaml:80:7
%5557 = all_reduce_sum %2899 : f32[16,16] @ models/lib/nn.yaml:79:7
%5558 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5559 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5560 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5561 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5562 = add %5560, %5561 : i64[] @ models/lib/nn.yaml:79:7
%5563 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%5564 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5565 = sub %5564, %5563 : f64[] @ models/lib/nn.yaml:79:7
%5566 = cast %5565 : f32[] @ models/lib/nn.yaml:79:7
%5567 = broadcast %5566 : f32[16,16] @ models/lib/nn.yaml:79:7
%5568 = mul %39, %5567 : f32[16,16] @ models/lib/nn.yaml:79:7
%5569 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5570 = cast %5569 : f32[] @ models/lib/nn.yaml:79:7
%5571 = broadcast %5570 : f32[16,16] @ models/lib/nn.yaml:79:7
%5572 = mul %5557, %5571 : f32[16,16] @ models/lib/nn.yaml:79:7
%5573 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5574 = cast %5573 : f32[] @ models/lib/nn.yaml:79:7
%5575 = broadcast %5574 : f32[16,16] @ models/lib/nn.yaml:79:7
%5576 = mul %5558, %5575 : f32[16,16] @ models/lib/nn.yaml:79:7
%5577 = add %5576, %5572 : f32[16,16] @ models/lib/nn.yaml:79:7
%5578 = mul %5557, %5557 : f32[16,16] @ models/lib/nn.yaml:79:7
%5579 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5580 = cast %5579 : f32[] @ models/lib/nn.yaml:79:7
%5581 = broadcast %5580 : f32[16,16] @ models/lib/nn.yaml:79:7
%5582 = mul %5578, %5581 : f32[16,16] @ models/lib/nn.yaml:79:7
%5583 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5584 = cast %5583 : f32[] @ models/lib/nn.yaml:79:7
%5585 = broadcast %5584 : f32[16,16] @ models/lib/nn.yaml:79:7
%5586 = mul %5559, %5585 : f32[16,16] @ models/lib/nn.yaml:79:7
%5587 = add %5586, %5582 : f32[16,16] @ models/lib/nn.yaml:79:7
%5588 = cast %5562 : f64[] @ models/lib/nn.yaml:79:7
%5589 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5590 = pow %5589, %5588 : f64[] @ models/lib/nn.yaml:79:7
%5591 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5592 = sub %5591, %5590 : f64[] @ models/lib/nn.yaml:79:7
%5593 = div %2065, %5592 : f64[] @ models/lib/nn.yaml:79:7
%5594 = cast %5562 : f64[] @ models/lib/nn.yaml:79:7
%5595 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5596 = pow %5595, %5594 : f64[] @ models/lib/nn.yaml:79:7
%5597 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5598 = sub %5597, %5596 : f64[] @ models/lib/nn.yaml:79:7
%5599 = sqrt %5598 : f64[] @ models/lib/nn.yaml:79:7
%5600 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5601 = div %5600, %5599 : f64[] @ models/lib/nn.yaml:79:7
%5602 = sqrt %5587 : f32[16,16] @ models/lib/nn.yaml:79:7
%5603 = cast %5601 : f32[] @ models/lib/nn.yaml:79:7
%5604 = broadcast %5603 : f32[16,16] @ models/lib/nn.yaml:79:7
%5605 = mul %5602, %5604 : f32[16,16] @ models/lib/nn.yaml:79:7
%5606 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5607 = cast %5606 : f32[] @ models/lib/nn.yaml:79:7
%5608 = broadcast %5607 : f32[16,16] @ models/lib/nn.yaml:79:7
%5609 = add %5605, %5608 : f32[16,16] @ models/lib/nn.yaml:79:7
%5610 = div %5577, %5609 : f32[16,16] @ models/lib/nn.yaml:79:7
%5611 = cast %5593 : f32[] @ models/lib/nn.yaml:79:7
%5612 = broadcast %5611 : f32[16,16] @ models/lib/nn.yaml:79:7
%5613 = mul %5610, %5612 : f32[16,16] @ models/lib/nn.yaml:79:7
%5614 = sub %5568, %5613 : f32[16,16] @ models/lib/nn.yaml:79:7
%5615 = assign %39, %5614 : f32[16,16] @ models/lib/nn.yaml:79:7
%5616 = assign %5558, %5577 : f32[16,16] @ models/lib/nn.yaml:79:7
%5617 = assign %5559, %5587 : f32[16,16] @ models/lib/nn.yaml:79:7
%5618 = assign %5560, %5562 : i64[] @ models/lib/nn.yaml:79:7
%5619 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%5620 = broadcast %5619 : f32[16,16] @ models/lib/nn.yaml:79:7
%5621 = mul %123, %5620 : f32[16,16] @ models/lib/nn.yaml:79:7
%5622 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5623 = sub %5622, %2067 : f64[] @ models/lib/nn.yaml:79:7
%5624 = cast %5623 : f32[] @ models/lib/nn.yaml:79:7
%5625 = broadcast %5624 : f32[16,16] @ models/lib/nn.yaml:79:7
%5626 = mul %5614, %5625 : f32[16,16] @ models/lib/nn.yaml:79:7
%5627 = add %5621, %5626 : f32[16,16] @ models/lib/nn.yaml:79:7
%5628 = assign %123, %5627 : f32[16,16] @ models/lib/nn.yaml:79:7
%5629 = all_reduce_sum %2895 : f32[16] @ models/lib/nn.yaml:80:7
%5630 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5631 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5632 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5633 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5634 = add %5632, %5633 : i64[] @ models/lib/nn.yaml:80:7
%5635 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5636 = cast %5635 : f32[] @ models/lib/nn.yaml:80:7
%5637 = broadcast %5636 : f32[16] @ models/lib/nn.yaml:80:7
%5638 = mul %5629, %5637 : f32[16] @ models/lib/nn.yaml:80:7
%5639 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5640 = cast %5639 : f32[] @ models/lib/nn.yaml:80:7
%5641 = broadcast %5640 : f32[16] @ models/lib/nn.yaml:80:7
%5642 = mul %5630, %5641 : f32[16] @ models/lib/nn.yaml:80:7
%5643 = add %5642, %5638 : f32[16] @ models/lib/nn.yaml:80:7
%5644 = mul %5629, %5629 : f32[16] @ models/lib/nn.yaml:80:7
%5645 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5646 = cast %5645 : f32[] @ models/lib/nn.yaml:80:7
%5647 = broadcast %5646 : f32[16] @ models/lib/nn.yaml:80:7
%5648 = mul %5644, %5647 : f32[16] @ models/lib/nn.yaml:80:7
%5649 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5650 = cast %5649 : f32[] @ models/lib/nn.yaml:80:7
%5651 = broadcast %5650 : f32[16] @ models/lib/nn.yaml:80:7
%5652 = mul %5631, %5651 : f32[16] @ models/lib/nn.yaml:80:7
%5653 = add %5652, %5648 : f32[16] @ models/lib/nn.yaml:80:7
%5654 = cast %5634 : f64[] @ models/lib/nn.yaml:80:7
%5655 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5656 = pow %5655, %5654 : f64[] @ models/lib/nn.yaml:80:7
%5657 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5658 = sub %5657, %5656 : f64[] @ models/lib/nn.yaml:80:7
%5659 = div %2065, %5658 : f64[] @ models/lib/nn.yaml:80:7
%5660 = cast %5634 : f64[] @ models/lib/nn.yaml:80:7
%5661 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5662 = pow %5661, %5660 : f64[] @ models/lib/nn.yaml:80:7
%5663 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5664 = sub %5663, %5662 : f64[] @ models/lib/nn.yaml:80:7
%5665 = sqrt %5664 : f64[] @ models/lib/nn.yaml:80:7
%5666 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5667 = div %5666, %5665 : f64[] @ models/lib/nn.yaml:80:7
%5668 = sqrt %5653 : f32[16] @ models/lib/nn.yaml:80:7
%5669 = cast %5667 : f32[] @ models/lib/nn.yaml:80:7
%5670 = broadcast %5669 : f32[16] @ models/lib/nn.yaml:80:7
%5671 = mul %5668, %5670 : f32[16] @ models/lib/nn.yaml:80:7
%5672 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5673 = cast %5672 : f32[] @ models/lib/nn.yaml:80:7
%5674 = broadcast %5673 : f32[16] @ models/lib/nn.yaml:80:7
%5675 = add %5671, %5674 : f32[16] @ models/lib/nn.yaml:80:7
%5676 = div %5643, %5675 : f32[16] @ models/lib/nn.yaml:80:7
%5677 = cast %5659 : f32[] @ models/lib/nn.yaml:80:7
%5678 = broadcast %5677 : f32[16] @ models/lib/nn.yaml:80:7
%5679 = mul %5676, %5678 : f32[16] @ models/lib/nn.yaml:80:7
%5680 = sub %40, %5679 : f32[16] @ models/lib/nn.yaml:80:7
%5681 = assign %40, %5680 : f32[16] @ models/lib/nn.yaml:80:7
%5682 = assign %5630, %5643 : f32[16] @ models/lib/nn.yaml:80:7
%5683 = assign %5631, %5653 : f32[16] @ models/lib/nn.yaml:80:7
%5684 = assign %5632, %5634 : i64[] @ models/lib/nn.yaml:80:7
%5685 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%5686 = broadcast %5685 : f32[16] @ models/lib/nn.yaml:80:7
%5687 = mul %124, %5686 : f32[16] @ models/lib/nn.yaml:80:7
%5688 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5689 = sub %5688, %2067 : f64[] @ models/lib/nn.yaml:80:7
%5690 = cast %5689 : f32[] @ models/lib/nn.yaml:80:7
%5691 = broadcast %5690 : f32[16] @ models/lib/nn.yaml:80:7
%5692 = mul %5680, %5691 : f32[16] @ models/lib/nn.yaml:80:7
%5693 = add %5687, %5692 : f32[16] @ models/lib/nn.yaml:80:7
%5694 = assign %124, %5693 : f32[16] @ models/lib/nn.yaml:80:7
%5695 = all_reduce_sum %2854 : f32[16,16] @ models/lib/nn.yaml:79:7
%5696 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5697 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5698 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5699 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5700 = add %5698, %5699 : i64[] @ models/lib/nn.yaml:79:7
%5701 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%5702 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5703 = sub %5702, %5701 : f64[] @ models/lib/nn.yaml:79:7
%5704 = cast %5703 : f32[] @ models/lib/nn.yaml:79:7
%5705 = broadcast %5704 : f32[16,16] @ models/lib/nn.yaml:79:7
%5706 = mul %41, %5705 : f32[16,16] @ models/lib/nn.yaml:79:7
%5707 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5708 = cast %5707 : f32[] @ models/lib/nn.yaml:79:7
%5709 = broadcast %5708 : f32[16,16] @ models/lib/nn.yaml:79:7
%5710 = mul %5695, %5709 : f32[16,16] @ models/lib/nn.yaml:79:7
%5711 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5712 = cast %5711 : f32[] @ models/lib/nn.yaml:79:7
%5713 = broadcast %5712 : f32[16,16] @ models/lib/nn.yaml:79:7
%5714 = mul %5696, %5713 : f32[16,16] @ models/lib/nn.yaml:79:7
%5715 = add %5714, %5710 : f32[16,16] @ models/lib/nn.yaml:79:7
%5716 = mul %5695, %5695 : f32[16,16] @ models/lib/nn.yaml:79:7
%5717 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5718 = cast %5717 : f32[] @ models/lib/nn.yaml:79:7
%5719 = broadcast %5718 : f32[16,16] @ models/lib/nn.yaml:79:7
%5720 = mul %5716, %5719 : f32[16,16] @ models/lib/nn.yaml:79:7
%5721 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5722 = cast %5721 : f32[] @ models/lib/nn.yaml:79:7
%5723 = broadcast %5722 : f32[16,16] @ models/lib/nn.yaml:79:7
%5724 = mul %5697, %5723 : f32[16,16] @ models/lib/nn.yaml:79:7
%5725 = add %5724, %5720 : f32[16,16] @ models/lib/nn.yaml:79:7
%5726 = cast %5700 : f64[] @ models/lib/nn.yaml:79:7
%5727 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5728 = pow %5727, %5726 : f64[] @ models/lib/nn.yaml:79:7
%5729 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5730 = sub %5729, %5728 : f64[] @ models/lib/nn.yaml:79:7
%5731 = div %2065, %5730 : f64[] @ models/lib/nn.yaml:79:7
%5732 = cast %5700 : f64[] @ models/lib/nn.yaml:79:7
%5733 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5734 = pow %5733, %5732 : f64[] @ models/lib/nn.yaml:79:7
%5735 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5736 = sub %5735, %5734 : f64[] @ models/lib/nn.yaml:79:7
%5737 = sqrt %5736 : f64[] @ models/lib/nn.yaml:79:7
%5738 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5739 = div %5738, %5737 : f64[] @ models/lib/nn.yaml:79:7
%5740 = sqrt %5725 : f32[16,16] @ models/lib/nn.yaml:79:7
%5741 = cast %5739 : f32[] @ models/lib/nn.yaml:79:7
%5742 = broadcast %5741 : f32[16,16] @ models/lib/nn.yaml:79:7
%5743 = mul %5740, %5742 : f32[16,16] @ models/lib/nn.yaml:79:7
%5744 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5745 = cast %5744 : f32[] @ models/lib/nn.yaml:79:7
%5746 = broadcast %5745 : f32[16,16] @ models/lib/nn.yaml:79:7
%5747 = add %5743, %5746 : f32[16,16] @ models/lib/nn.yaml:79:7
%5748 = div %5715, %5747 : f32[16,16] @ models/lib/nn.yaml:79:7
%5749 = cast %5731 : f32[] @ models/lib/nn.yaml:79:7
%5750 = broadcast %5749 : f32[16,16] @ models/lib/nn.yaml:79:7
%5751 = mul %5748, %5750 : f32[16,16] @ models/lib/nn.yaml:79:7
%5752 = sub %5706, %5751 : f32[16,16] @ models/lib/nn.yaml:79:7
%5753 = assign %41, %5752 : f32[16,16] @ models/lib/nn.yaml:79:7
%5754 = assign %5696, %5715 : f32[16,16] @ models/lib/nn.yaml:79:7
%5755 = assign %5697, %5725 : f32[16,16] @ models/lib/nn.yaml:79:7
%5756 = assign %5698, %5700 : i64[] @ models/lib/nn.yaml:79:7
%5757 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%5758 = broadcast %5757 : f32[16,16] @ models/lib/nn.yaml:79:7
%5759 = mul %125, %5758 : f32[16,16] @ models/lib/nn.yaml:79:7
%5760 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5761 = sub %5760, %2067 : f64[] @ models/lib/nn.yaml:79:7
%5762 = cast %5761 : f32[] @ models/lib/nn.yaml:79:7
%5763 = broadcast %5762 : f32[16,16] @ models/lib/nn.yaml:79:7
%5764 = mul %5752, %5763 : f32[16,16] @ models/lib/nn.yaml:79:7
%5765 = add %5759, %5764 : f32[16,16] @ models/lib/nn.yaml:79:7
%5766 = assign %125, %5765 : f32[16,16] @ models/lib/nn.yaml:79:7
%5767 = all_reduce_sum %2850 : f32[16] @ models/lib/nn.yaml:80:7
%5768 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5769 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5770 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5771 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5772 = add %5770, %5771 : i64[] @ models/lib/nn.yaml:80:7
%5773 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5774 = cast %5773 : f32[] @ models/lib/nn.yaml:80:7
%5775 = broadcast %5774 : f32[16] @ models/lib/nn.yaml:80:7
%5776 = mul %5767, %5775 : f32[16] @ models/lib/nn.yaml:80:7
%5777 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5778 = cast %5777 : f32[] @ models/lib/nn.yaml:80:7
%5779 = broadcast %5778 : f32[16] @ models/lib/nn.yaml:80:7
%5780 = mul %5768, %5779 : f32[16] @ models/lib/nn.yaml:80:7
%5781 = add %5780, %5776 : f32[16] @ models/lib/nn.yaml:80:7
%5782 = mul %5767, %5767 : f32[16] @ models/lib/nn.yaml:80:7
%5783 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5784 = cast %5783 : f32[] @ models/lib/nn.yaml:80:7
%5785 = broadcast %5784 : f32[16] @ models/lib/nn.yaml:80:7
%5786 = mul %5782, %5785 : f32[16] @ models/lib/nn.yaml:80:7
%5787 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5788 = cast %5787 : f32[] @ models/lib/nn.yaml:80:7
%5789 = broadcast %5788 : f32[16] @ models/lib/nn.yaml:80:7
%5790 = mul %5769, %5789 : f32[16] @ models/lib/nn.yaml:80:7
%5791 = add %5790, %5786 : f32[16] @ models/lib/nn.yaml:80:7
%5792 = cast %5772 : f64[] @ models/lib/nn.yaml:80:7
%5793 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5794 = pow %5793, %5792 : f64[] @ models/lib/nn.yaml:80:7
%5795 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5796 = sub %5795, %5794 : f64[] @ models/lib/nn.yaml:80:7
%5797 = div %2065, %5796 : f64[] @ models/lib/nn.yaml:80:7
%5798 = cast %5772 : f64[] @ models/lib/nn.yaml:80:7
%5799 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5800 = pow %5799, %5798 : f64[] @ models/lib/nn.yaml:80:7
%5801 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5802 = sub %5801, %5800 : f64[] @ models/lib/nn.yaml:80:7
%5803 = sqrt %5802 : f64[] @ models/lib/nn.yaml:80:7
%5804 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5805 = div %5804, %5803 : f64[] @ models/lib/nn.yaml:80:7
%5806 = sqrt %5791 : f32[16] @ models/lib/nn.yaml:80:7
%5807 = cast %5805 : f32[] @ models/lib/nn.yaml:80:7
%5808 = broadcast %5807 : f32[16] @ models/lib/nn.yaml:80:7
%5809 = mul %5806, %5808 : f32[16] @ models/lib/nn.yaml:80:7
%5810 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5811 = cast %5810 : f32[] @ models/lib/nn.yaml:80:7
%5812 = broadcast %5811 : f32[16] @ models/lib/nn.yaml:80:7
%5813 = add %5809, %5812 : f32[16] @ models/lib/nn.yaml:80:7
%5814 = div %5781, %5813 : f32[16] @ models/lib/nn.yaml:80:7
%5815 = cast %5797 : f32[] @ models/lib/nn.yaml:80:7
%5816 = broadcast %5815 : f32[16] @ models/lib/nn.yaml:80:7
%5817 = mul %5814, %5816 : f32[16] @ models/lib/nn.yaml:80:7
%5818 = sub %42, %5817 : f32[16] @ models/lib/nn.yaml:80:7
%5819 = assign %42, %5818 : f32[16] @ models/lib/nn.yaml:80:7
%5820 = assign %5768, %5781 : f32[16] @ models/lib/nn.yaml:80:7
%5821 = assign %5769, %5791 : f32[16] @ models/lib/nn.yaml:80:7
%5822 = assign %5770, %5772 : i64[] @ models/lib/nn.yaml:80:7
%5823 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%5824 = broadcast %5823 : f32[16] @ models/lib/nn.yaml:80:7
%5825 = mul %126, %5824 : f32[16] @ models/lib/nn.yaml:80:7
%5826 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5827 = sub %5826, %2067 : f64[] @ models/lib/nn.yaml:80:7
%5828 = cast %5827 : f32[] @ models/lib/nn.yaml:80:7
%5829 = broadcast %5828 : f32[16] @ models/lib/nn.yaml:80:7
%5830 = mul %5818, %5829 : f32[16] @ models/lib/nn.yaml:80:7
%5831 = add %5825, %5830 : f32[16] @ models/lib/nn.yaml:80:7
%5832 = assign %126, %5831 : f32[16] @ models/lib/nn.yaml:80:7
%5833 = all_reduce_sum %2827 : f32[16] @ models/lib/nn.yaml:89:7
%5834 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5835 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5836 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5837 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%5838 = add %5836, %5837 : i64[] @ models/lib/nn.yaml:89:7
%5839 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%5840 = cast %5839 : f32[] @ models/lib/nn.yaml:89:7
%5841 = broadcast %5840 : f32[16] @ models/lib/nn.yaml:89:7
%5842 = mul %5833, %5841 : f32[16] @ models/lib/nn.yaml:89:7
%5843 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5844 = cast %5843 : f32[] @ models/lib/nn.yaml:89:7
%5845 = broadcast %5844 : f32[16] @ models/lib/nn.yaml:89:7
%5846 = mul %5834, %5845 : f32[16] @ models/lib/nn.yaml:89:7
%5847 = add %5846, %5842 : f32[16] @ models/lib/nn.yaml:89:7
%5848 = mul %5833, %5833 : f32[16] @ models/lib/nn.yaml:89:7
%5849 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%5850 = cast %5849 : f32[] @ models/lib/nn.yaml:89:7
%5851 = broadcast %5850 : f32[16] @ models/lib/nn.yaml:89:7
%5852 = mul %5848, %5851 : f32[16] @ models/lib/nn.yaml:89:7
%5853 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5854 = cast %5853 : f32[] @ models/lib/nn.yaml:89:7
%5855 = broadcast %5854 : f32[16] @ models/lib/nn.yaml:89:7
%5856 = mul %5835, %5855 : f32[16] @ models/lib/nn.yaml:89:7
%5857 = add %5856, %5852 : f32[16] @ models/lib/nn.yaml:89:7
%5858 = cast %5838 : f64[] @ models/lib/nn.yaml:89:7
%5859 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5860 = pow %5859, %5858 : f64[] @ models/lib/nn.yaml:89:7
%5861 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5862 = sub %5861, %5860 : f64[] @ models/lib/nn.yaml:89:7
%5863 = div %2065, %5862 : f64[] @ models/lib/nn.yaml:89:7
%5864 = cast %5838 : f64[] @ models/lib/nn.yaml:89:7
%5865 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5866 = pow %5865, %5864 : f64[] @ models/lib/nn.yaml:89:7
%5867 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5868 = sub %5867, %5866 : f64[] @ models/lib/nn.yaml:89:7
%5869 = sqrt %5868 : f64[] @ models/lib/nn.yaml:89:7
%5870 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5871 = div %5870, %5869 : f64[] @ models/lib/nn.yaml:89:7
%5872 = sqrt %5857 : f32[16] @ models/lib/nn.yaml:89:7
%5873 = cast %5871 : f32[] @ models/lib/nn.yaml:89:7
%5874 = broadcast %5873 : f32[16] @ models/lib/nn.yaml:89:7
%5875 = mul %5872, %5874 : f32[16] @ models/lib/nn.yaml:89:7
%5876 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%5877 = cast %5876 : f32[] @ models/lib/nn.yaml:89:7
%5878 = broadcast %5877 : f32[16] @ models/lib/nn.yaml:89:7
%5879 = add %5875, %5878 : f32[16] @ models/lib/nn.yaml:89:7
%5880 = div %5847, %5879 : f32[16] @ models/lib/nn.yaml:89:7
%5881 = cast %5863 : f32[] @ models/lib/nn.yaml:89:7
%5882 = broadcast %5881 : f32[16] @ models/lib/nn.yaml:89:7
%5883 = mul %5880, %5882 : f32[16] @ models/lib/nn.yaml:89:7
%5884 = sub %43, %5883 : f32[16] @ models/lib/nn.yaml:89:7
%5885 = assign %43, %5884 : f32[16] @ models/lib/nn.yaml:89:7
%5886 = assign %5834, %5847 : f32[16] @ models/lib/nn.yaml:89:7
%5887 = assign %5835, %5857 : f32[16] @ models/lib/nn.yaml:89:7
%5888 = assign %5836, %5838 : i64[] @ models/lib/nn.yaml:89:7
%5889 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%5890 = broadcast %5889 : f32[16] @ models/lib/nn.yaml:89:7
%5891 = mul %127, %5890 : f32[16] @ models/lib/nn.yaml:89:7
%5892 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5893 = sub %5892, %2067 : f64[] @ models/lib/nn.yaml:89:7
%5894 = cast %5893 : f32[] @ models/lib/nn.yaml:89:7
%5895 = broadcast %5894 : f32[16] @ models/lib/nn.yaml:89:7
%5896 = mul %5884, %5895 : f32[16] @ models/lib/nn.yaml:89:7
%5897 = add %5891, %5896 : f32[16] @ models/lib/nn.yaml:89:7
%5898 = assign %127, %5897 : f32[16] @ models/lib/nn.yaml:89:7
%5899 = all_reduce_sum %2823 : f32[16] @ models/lib/nn.yaml:90:7
%5900 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5901 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5902 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5903 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5904 = add %5902, %5903 : i64[] @ models/lib/nn.yaml:90:7
%5905 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5906 = cast %5905 : f32[] @ models/lib/nn.yaml:90:7
%5907 = broadcast %5906 : f32[16] @ models/lib/nn.yaml:90:7
%5908 = mul %5899, %5907 : f32[16] @ models/lib/nn.yaml:90:7
%5909 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5910 = cast %5909 : f32[] @ models/lib/nn.yaml:90:7
%5911 = broadcast %5910 : f32[16] @ models/lib/nn.yaml:90:7
%5912 = mul %5900, %5911 : f32[16] @ models/lib/nn.yaml:90:7
%5913 = add %5912, %5908 : f32[16] @ models/lib/nn.yaml:90:7
%5914 = mul %5899, %5899 : f32[16] @ models/lib/nn.yaml:90:7
%5915 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5916 = cast %5915 : f32[] @ models/lib/nn.yaml:90:7
%5917 = broadcast %5916 : f32[16] @ models/lib/nn.yaml:90:7
%5918 = mul %5914, %5917 : f32[16] @ models/lib/nn.yaml:90:7
%5919 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5920 = cast %5919 : f32[] @ models/lib/nn.yaml:90:7
%5921 = broadcast %5920 : f32[16] @ models/lib/nn.yaml:90:7
%5922 = mul %5901, %5921 : f32[16] @ models/lib/nn.yaml:90:7
%5923 = add %5922, %5918 : f32[16] @ models/lib/nn.yaml:90:7
%5924 = cast %5904 : f64[] @ models/lib/nn.yaml:90:7
%5925 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5926 = pow %5925, %5924 : f64[] @ models/lib/nn.yaml:90:7
%5927 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5928 = sub %5927, %5926 : f64[] @ models/lib/nn.yaml:90:7
%5929 = div %2065, %5928 : f64[] @ models/lib/nn.yaml:90:7
%5930 = cast %5904 : f64[] @ models/lib/nn.yaml:90:7
%5931 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5932 = pow %5931, %5930 : f64[] @ models/lib/nn.yaml:90:7
%5933 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5934 = sub %5933, %5932 : f64[] @ models/lib/nn.yaml:90:7
%5935 = sqrt %5934 : f64[] @ models/lib/nn.yaml:90:7
%5936 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5937 = div %5936, %5935 : f64[] @ models/lib/nn.yaml:90:7
%5938 = sqrt %5923 : f32[16] @ models/lib/nn.yaml:90:7
%5939 = cast %5937 : f32[] @ models/lib/nn.yaml:90:7
%5940 = broadcast %5939 : f32[16] @ models/lib/nn.yaml:90:7
%5941 = mul %5938, %5940 : f32[16] @ models/lib/nn.yaml:90:7
%5942 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5943 = cast %5942 : f32[] @ models/lib/nn.yaml:90:7
%5944 = broadcast %5943 : f32[16] @ models/lib/nn.yaml:90:7
%5945 = add %5941, %5944 : f32[16] @ models/lib/nn.yaml:90:7
%5946 = div %5913, %5945 : f32[16] @ models/lib/nn.yaml:90:7
%5947 = cast %5929 : f32[] @ models/lib/nn.yaml:90:7
%5948 = broadcast %5947 : f32[16] @ models/lib/nn.yaml:90:7
%5949 = mul %5946, %5948 : f32[16] @ models/lib/nn.yaml:90:7
%5950 = sub %44, %5949 : f32[16] @ models/lib/nn.yaml:90:7
%5951 = assign %44, %5950 : f32[16] @ models/lib/nn.yaml:90:7
%5952 = assign %5900, %5913 : f32[16] @ models/lib/nn.yaml:90:7
%5953 = assign %5901, %5923 : f32[16] @ models/lib/nn.yaml:90:7
%5954 = assign %5902, %5904 : i64[] @ models/lib/nn.yaml:90:7
%5955 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%5956 = broadcast %5955 : f32[16] @ models/lib/nn.yaml:90:7
%5957 = mul %128, %5956 : f32[16] @ models/lib/nn.yaml:90:7
%5958 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5959 = sub %5958, %2067 : f64[] @ models/lib/nn.yaml:90:7
%5960 = cast %5959 : f32[] @ models/lib/nn.yaml:90:7
%5961 = broadcast %5960 : f32[16] @ models/lib/nn.yaml:90:7
%5962 = mul %5950, %5961 : f32[16] @ models/lib/nn.yaml:90:7
%5963 = add %5957, %5962 : f32[16] @ models/lib/nn.yaml:90:7
%5964 = assign %128, %5963 : f32[16] @ models/lib/nn.yaml:90:7
%5965 = all_reduce_sum %2821 : f32[64,16] @ models/lib/nn.yaml:79:7
%5966 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5967 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5968 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5969 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5970 = add %5968, %5969 : i64[] @ models/lib/nn.yaml:79:7
%5971 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%5972 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5973 = sub %5972, %5971 : f64[] @ models/lib/nn.yaml:79:7
%5974 = cast %5973 : f32[] @ models/lib/nn.yaml:79:7
%5975 = broadcast %5974 : f32[64,16] @ models/lib/nn.yaml:79:7
%5976 = mul %45, %5975 : f32[64,16] @ models/lib/nn.yaml:79:7
%5977 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5978 = cast %5977 : f32[] @ models/lib/nn.yaml:79:7
%5979 = broadcast %5978 : f32[64,16] @ models/lib/nn.yaml:79:7
%5980 = mul %5965, %5979 : f32[64,16] @ models/lib/nn.yaml:79:7
%5981 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5982 = cast %5981 : f32[] @ models/lib/nn.yaml:79:7
%5983 = broadcast %5982 : f32[64,16] @ models/lib/nn.yaml:79:7
%5984 = mul %5966, %5983 : f32[64,16] @ models/lib/nn.yaml:79:7
%5985 = add %5984, %5980 : f32[64,16] @ models/lib/nn.yaml:79:7
%5986 = mul %5965, %5965 : f32[64,16] @ models/lib/nn.yaml:79:7
%5987 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5988 = cast %5987 : f32[] @ models/lib/nn.yaml:79:7
%5989 = broadcast %5988 : f32[64,16] @ models/lib/nn.yaml:79:7
%5990 = mul %5986, %5989 : f32[64,16] @ models/lib/nn.yaml:79:7
%5991 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5992 = cast %5991 : f32[] @ models/lib/nn.yaml:79:7
%5993 = broadcast %5992 : f32[64,16] @ models/lib/nn.yaml:79:7
%5994 = mul %5967, %5993 : f32[64,16] @ models/lib/nn.yaml:79:7
%5995 = add %5994, %5990 : f32[64,16] @ models/lib/nn.yaml:79:7
%5996 = cast %5970 : f64[] @ models/lib/nn.yaml:79:7
%5997 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5998 = pow %5997, %5996 : f64[] @ models/lib/nn.yaml:79:7
%5999 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6000 = sub %5999, %5998 : f64[] @ models/lib/nn.yaml:79:7
%6001 = div %2065, %6000 : f64[] @ models/lib/nn.yaml:79:7
%6002 = cast %5970 : f64[] @ models/lib/nn.yaml:79:7
%6003 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6004 = pow %6003, %6002 : f64[] @ models/lib/nn.yaml:79:7
%6005 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6006 = sub %6005, %6004 : f64[] @ models/lib/nn.yaml:79:7
%6007 = sqrt %6006 : f64[] @ models/lib/nn.yaml:79:7
%6008 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6009 = div %6008, %6007 : f64[] @ models/lib/nn.yaml:79:7
%6010 = sqrt %5995 : f32[64,16] @ models/lib/nn.yaml:79:7
%6011 = cast %6009 : f32[] @ models/lib/nn.yaml:79:7
%6012 = broadcast %6011 : f32[64,16] @ models/lib/nn.yaml:79:7
%6013 = mul %6010, %6012 : f32[64,16] @ models/lib/nn.yaml:79:7
%6014 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6015 = cast %6014 : f32[] @ models/lib/nn.yaml:79:7
%6016 = broadcast %6015 : f32[64,16] @ models/lib/nn.yaml:79:7
%6017 = add %6013, %6016 : f32[64,16] @ models/lib/nn.yaml:79:7
%6018 = div %5985, %6017 : f32[64,16] @ models/lib/nn.yaml:79:7
%6019 = cast %6001 : f32[] @ models/lib/nn.yaml:79:7
%6020 = broadcast %6019 : f32[64,16] @ models/lib/nn.yaml:79:7
%6021 = mul %6018, %6020 : f32[64,16] @ models/lib/nn.yaml:79:7
%6022 = sub %5976, %6021 : f32[64,16] @ models/lib/nn.yaml:79:7
%6023 = assign %45, %6022 : f32[64,16] @ models/lib/nn.yaml:79:7
%6024 = assign %5966, %5985 : f32[64,16] @ models/lib/nn.yaml:79:7
%6025 = assign %5967, %5995 : f32[64,16] @ models/lib/nn.yaml:79:7
%6026 = assign %5968, %5970 : i64[] @ models/lib/nn.yaml:79:7
%6027 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%6028 = broadcast %6027 : f32[64,16] @ models/lib/nn.yaml:79:7
%6029 = mul %129, %6028 : f32[64,16] @ models/lib/nn.yaml:79:7
%6030 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6031 = sub %6030, %2067 : f64[] @ models/lib/nn.yaml:79:7
%6032 = cast %6031 : f32[] @ models/lib/nn.yaml:79:7
%6033 = broadcast %6032 : f32[64,16] @ models/lib/nn.yaml:79:7
%6034 = mul %6022, %6033 : f32[64,16] @ models/lib/nn.yaml:79:7
%6035 = add %6029, %6034 : f32[64,16] @ models/lib/nn.yaml:79:7
%6036 = assign %129, %6035 : f32[64,16] @ models/lib/nn.yaml:79:7
%6037 = all_reduce_sum %2817 : f32[64] @ models/lib/nn.yaml:80:7
%6038 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6039 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6040 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6041 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6042 = add %6040, %6041 : i64[] @ models/lib/nn.yaml:80:7
%6043 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6044 = cast %6043 : f32[] @ models/lib/nn.yaml:80:7
%6045 = broadcast %6044 : f32[64] @ models/lib/nn.yaml:80:7
%6046 = mul %6037, %6045 : f32[64] @ models/lib/nn.yaml:80:7
%6047 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6048 = cast %6047 : f32[] @ models/lib/nn.yaml:80:7
%6049 = broadcast %6048 : f32[64] @ models/lib/nn.yaml:80:7
%6050 = mul %6038, %6049 : f32[64] @ models/lib/nn.yaml:80:7
%6051 = add %6050, %6046 : f32[64] @ models/lib/nn.yaml:80:7
%6052 = mul %6037, %6037 : f32[64] @ models/lib/nn.yaml:80:7
%6053 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6054 = cast %6053 : f32[] @ models/lib/nn.yaml:80:7
%6055 = broadcast %6054 : f32[64] @ models/lib/nn.yaml:80:7
%6056 = mul %6052, %6055 : f32[64] @ models/lib/nn.yaml:80:7
%6057 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6058 = cast %6057 : f32[] @ models/lib/nn.yaml:80:7
%6059 = broadcast %6058 : f32[64] @ models/lib/nn.yaml:80:7
%6060 = mul %6039, %6059 : f32[64] @ models/lib/nn.yaml:80:7
%6061 = add %6060, %6056 : f32[64] @ models/lib/nn.yaml:80:7
%6062 = cast %6042 : f64[] @ models/lib/nn.yaml:80:7
%6063 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6064 = pow %6063, %6062 : f64[] @ models/lib/nn.yaml:80:7
%6065 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6066 = sub %6065, %6064 : f64[] @ models/lib/nn.yaml:80:7
%6067 = div %2065, %6066 : f64[] @ models/lib/nn.yaml:80:7
%6068 = cast %6042 : f64[] @ models/lib/nn.yaml:80:7
%6069 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6070 = pow %6069, %6068 : f64[] @ models/lib/nn.yaml:80:7
%6071 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6072 = sub %6071, %6070 : f64[] @ models/lib/nn.yaml:80:7
%6073 = sqrt %6072 : f64[] @ models/lib/nn.yaml:80:7
%6074 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6075 = div %6074, %6073 : f64[] @ models/lib/nn.yaml:80:7
%6076 = sqrt %6061 : f32[64] @ models/lib/nn.yaml:80:7
%6077 = cast %6075 : f32[] @ models/lib/nn.yaml:80:7
%6078 = broadcast %6077 : f32[64] @ models/lib/nn.yaml:80:7
%6079 = mul %6076, %6078 : f32[64] @ models/lib/nn.yaml:80:7
%6080 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6081 = cast %6080 : f32[] @ models/lib/nn.yaml:80:7
%6082 = broadcast %6081 : f32[64] @ models/lib/nn.yaml:80:7
%6083 = add %6079, %6082 : f32[64] @ models/lib/nn.yaml:80:7
%6084 = div %6051, %6083 : f32[64] @ models/lib/nn.yaml:80:7
%6085 = cast %6067 : f32[] @ models/lib/nn.yaml:80:7
%6086 = broadcast %6085 : f32[64] @ models/lib/nn.yaml:80:7
%6087 = mul %6084, %6086 : f32[64] @ models/lib/nn.yaml:80:7
%6088 = sub %46, %6087 : f32[64] @ models/lib/nn.yaml:80:7
%6089 = assign %46, %6088 : f32[64] @ models/lib/nn.yaml:80:7
%6090 = assign %6038, %6051 : f32[64] @ models/lib/nn.yaml:80:7
%6091 = assign %6039, %6061 : f32[64] @ models/lib/nn.yaml:80:7
%6092 = assign %6040, %6042 : i64[] @ models/lib/nn.yaml:80:7
%6093 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%6094 = broadcast %6093 : f32[64] @ models/lib/nn.yaml:80:7
%6095 = mul %130, %6094 : f32[64] @ models/lib/nn.yaml:80:7
%6096 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6097 = sub %6096, %2067 : f64[] @ models/lib/nn.yaml:80:7
%6098 = cast %6097 : f32[] @ models/lib/nn.yaml:80:7
%6099 = broadcast %6098 : f32[64] @ models/lib/nn.yaml:80:7
%6100 = mul %6088, %6099 : f32[64] @ models/lib/nn.yaml:80:7
%6101 = add %6095, %6100 : f32[64] @ models/lib/nn.yaml:80:7
%6102 = assign %130, %6101 : f32[64] @ models/lib/nn.yaml:80:7
%6103 = all_reduce_sum %2803 : f32[16,64] @ models/lib/nn.yaml:79:7
%6104 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6105 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6106 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6107 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6108 = add %6106, %6107 : i64[] @ models/lib/nn.yaml:79:7
%6109 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%6110 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6111 = sub %6110, %6109 : f64[] @ models/lib/nn.yaml:79:7
%6112 = cast %6111 : f32[] @ models/lib/nn.yaml:79:7
%6113 = broadcast %6112 : f32[16,64] @ models/lib/nn.yaml:79:7
%6114 = mul %47, %6113 : f32[16,64] @ models/lib/nn.yaml:79:7
%6115 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6116 = cast %6115 : f32[] @ models/lib/nn.yaml:79:7
%6117 = broadcast %6116 : f32[16,64] @ models/lib/nn.yaml:79:7
%6118 = mul %6103, %6117 : f32[16,64] @ models/lib/nn.yaml:79:7
%6119 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6120 = cast %6119 : f32[] @ models/lib/nn.yaml:79:7
%6121 = broadcast %6120 : f32[16,64] @ models/lib/nn.yaml:79:7
%6122 = mul %6104, %6121 : f32[16,64] @ models/lib/nn.yaml:79:7
%6123 = add %6122, %6118 : f32[16,64] @ models/lib/nn.yaml:79:7
%6124 = mul %6103, %6103 : f32[16,64] @ models/lib/nn.yaml:79:7
%6125 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6126 = cast %6125 : f32[] @ models/lib/nn.yaml:79:7
%6127 = broadcast %6126 : f32[16,64] @ models/lib/nn.yaml:79:7
%6128 = mul %6124, %6127 : f32[16,64] @ models/lib/nn.yaml:79:7
%6129 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6130 = cast %6129 : f32[] @ models/lib/nn.yaml:79:7
%6131 = broadcast %6130 : f32[16,64] @ models/lib/nn.yaml:79:7
%6132 = mul %6105, %6131 : f32[16,64] @ models/lib/nn.yaml:79:7
%6133 = add %6132, %6128 : f32[16,64] @ models/lib/nn.yaml:79:7
%6134 = cast %6108 : f64[] @ models/lib/nn.yaml:79:7
%6135 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6136 = pow %6135, %6134 : f64[] @ models/lib/nn.yaml:79:7
%6137 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6138 = sub %6137, %6136 : f64[] @ models/lib/nn.yaml:79:7
%6139 = div %2065, %6138 : f64[] @ models/lib/nn.yaml:79:7
%6140 = cast %6108 : f64[] @ models/lib/nn.yaml:79:7
%6141 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6142 = pow %6141, %6140 : f64[] @ models/lib/nn.yaml:79:7
%6143 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6144 = sub %6143, %6142 : f64[] @ models/lib/nn.yaml:79:7
%6145 = sqrt %6144 : f64[] @ models/lib/nn.yaml:79:7
%6146 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6147 = div %6146, %6145 : f64[] @ models/lib/nn.yaml:79:7
%6148 = sqrt %6133 : f32[16,64] @ models/lib/nn.yaml:79:7
%6149 = cast %6147 : f32[] @ models/lib/nn.yaml:79:7
%6150 = broadcast %6149 : f32[16,64] @ models/lib/nn.yaml:79:7
%6151 = mul %6148, %6150 : f32[16,64] @ models/lib/nn.yaml:79:7
%6152 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6153 = cast %6152 : f32[] @ models/lib/nn.yaml:79:7
%6154 = broadcast %6153 : f32[16,64] @ models/lib/nn.yaml:79:7
%6155 = add %6151, %6154 : f32[16,64] @ models/lib/nn.yaml:79:7
%6156 = div %6123, %6155 : f32[16,64] @ models/lib/nn.yaml:79:7
%6157 = cast %6139 : f32[] @ models/lib/nn.yaml:79:7
%6158 = broadcast %6157 : f32[16,64] @ models/lib/nn.yaml:79:7
%6159 = mul %6156, %6158 : f32[16,64] @ models/lib/nn.yaml:79:7
%6160 = sub %6114, %6159 : f32[16,64] @ models/lib/nn.yaml:79:7
%6161 = assign %47, %6160 : f32[16,64] @ models/lib/nn.yaml:79:7
%6162 = assign %6104, %6123 : f32[16,64] @ models/lib/nn.yaml:79:7
%6163 = assign %6105, %6133 : f32[16,64] @ models/lib/nn.yaml:79:7
%6164 = assign %6106, %6108 : i64[] @ models/lib/nn.yaml:79:7
%6165 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%6166 = broadcast %6165 : f32[16,64] @ models/lib/nn.yaml:79:7
%6167 = mul %131, %6166 : f32[16,64] @ models/lib/nn.yaml:79:7
%6168 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6169 = sub %6168, %2067 : f64[] @ models/lib/nn.yaml:79:7
%6170 = cast %6169 : f32[] @ models/lib/nn.yaml:79:7
%6171 = broadcast %6170 : f32[16,64] @ models/lib/nn.yaml:79:7
%6172 = mul %6160, %6171 : f32[16,64] @ models/lib/nn.yaml:79:7
%6173 = add %6167, %6172 : f32[16,64] @ models/lib/nn.yaml:79:7
%6174 = assign %131, %6173 : f32[16,64] @ models/lib/nn.yaml:79:7
%6175 = all_reduce_sum %2799 : f32[16] @ models/lib/nn.yaml:80:7
%6176 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6177 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6178 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6179 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6180 = add %6178, %6179 : i64[] @ models/lib/nn.yaml:80:7
%6181 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6182 = cast %6181 : f32[] @ models/lib/nn.yaml:80:7
%6183 = broadcast %6182 : f32[16] @ models/lib/nn.yaml:80:7
%6184 = mul %6175, %6183 : f32[16] @ models/lib/nn.yaml:80:7
%6185 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6186 = cast %6185 : f32[] @ models/lib/nn.yaml:80:7
%6187 = broadcast %6186 : f32[16] @ models/lib/nn.yaml:80:7
%6188 = mul %6176, %6187 : f32[16] @ models/lib/nn.yaml:80:7
%6189 = add %6188, %6184 : f32[16] @ models/lib/nn.yaml:80:7
%6190 = mul %6175, %6175 : f32[16] @ models/lib/nn.yaml:80:7
%6191 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6192 = cast %6191 : f32[] @ models/lib/nn.yaml:80:7
%6193 = broadcast %6192 : f32[16] @ models/lib/nn.yaml:80:7
%6194 = mul %6190, %6193 : f32[16] @ models/lib/nn.yaml:80:7
%6195 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6196 = cast %6195 : f32[] @ models/lib/nn.yaml:80:7
%6197 = broadcast %6196 : f32[16] @ models/lib/nn.yaml:80:7
%6198 = mul %6177, %6197 : f32[16] @ models/lib/nn.yaml:80:7
%6199 = add %6198, %6194 : f32[16] @ models/lib/nn.yaml:80:7
%6200 = cast %6180 : f64[] @ models/lib/nn.yaml:80:7
%6201 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6202 = pow %6201, %6200 : f64[] @ models/lib/nn.yaml:80:7
%6203 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6204 = sub %6203, %6202 : f64[] @ models/lib/nn.yaml:80:7
%6205 = div %2065, %6204 : f64[] @ models/lib/nn.yaml:80:7
%6206 = cast %6180 : f64[] @ models/lib/nn.yaml:80:7
%6207 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6208 = pow %6207, %6206 : f64[] @ models/lib/nn.yaml:80:7
%6209 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6210 = sub %6209, %6208 : f64[] @ models/lib/nn.yaml:80:7
%6211 = sqrt %6210 : f64[] @ models/lib/nn.yaml:80:7
%6212 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6213 = div %6212, %6211 : f64[] @ models/lib/nn.yaml:80:7
%6214 = sqrt %6199 : f32[16] @ models/lib/nn.yaml:80:7
%6215 = cast %6213 : f32[] @ models/lib/nn.yaml:80:7
%6216 = broadcast %6215 : f32[16] @ models/lib/nn.yaml:80:7
%6217 = mul %6214, %6216 : f32[16] @ models/lib/nn.yaml:80:7
%6218 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6219 = cast %6218 : f32[] @ models/lib/nn.yaml:80:7
%6220 = broadcast %6219 : f32[16] @ models/lib/nn.yaml:80:7
%6221 = add %6217, %6220 : f32[16] @ models/lib/nn.yaml:80:7
%6222 = div %6189, %6221 : f32[16] @ models/lib/nn.yaml:80:7
%6223 = cast %6205 : f32[] @ models/lib/nn.yaml:80:7
%6224 = broadcast %6223 : f32[16] @ models/lib/nn.yaml:80:7
%6225 = mul %6222, %6224 : f32[16] @ models/lib/nn.yaml:80:7
%6226 = sub %48, %6225 : f32[16] @ models/lib/nn.yaml:80:7
%6227 = assign %48, %6226 : f32[16] @ models/lib/nn.yaml:80:7
%6228 = assign %6176, %6189 : f32[16] @ models/lib/nn.yaml:80:7
%6229 = assign %6177, %6199 : f32[16] @ models/lib/nn.yaml:80:7
%6230 = assign %6178, %6180 : i64[] @ models/lib/nn.yaml:80:7
%6231 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%6232 = broadcast %6231 : f32[16] @ models/lib/nn.yaml:80:7
%6233 = mul %132, %6232 : f32[16] @ models/lib/nn.yaml:80:7
%6234 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6235 = sub %6234, %2067 : f64[] @ models/lib/nn.yaml:80:7
%6236 = cast %6235 : f32[] @ models/lib/nn.yaml:80:7
%6237 = broadcast %6236 : f32[16] @ models/lib/nn.yaml:80:7
%6238 = mul %6226, %6237 : f32[16] @ models/lib/nn.yaml:80:7
%6239 = add %6233, %6238 : f32[16] @ models/lib/nn.yaml:80:7
%6240 = assign %132, %6239 : f32[16] @ models/lib/nn.yaml:80:7
%6241 = all_reduce_sum %2773 : f32[16] @ models/lib/nn.yaml:89:7
%6242 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6243 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6244 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6245 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6246 = add %6244, %6245 : i64[] @ models/lib/nn.yaml:89:7
%6247 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6248 = cast %6247 : f32[] @ models/lib/nn.yaml:89:7
%6249 = broadcast %6248 : f32[16] @ models/lib/nn.yaml:89:7
%6250 = mul %6241, %6249 : f32[16] @ models/lib/nn.yaml:89:7
%6251 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6252 = cast %6251 : f32[] @ models/lib/nn.yaml:89:7
%6253 = broadcast %6252 : f32[16] @ models/lib/nn.yaml:89:7
%6254 = mul %6242, %6253 : f32[16] @ models/lib/nn.yaml:89:7
%6255 = add %6254, %6250 : f32[16] @ models/lib/nn.yaml:89:7
%6256 = mul %6241, %6241 : f32[16] @ models/lib/nn.yaml:89:7
%6257 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6258 = cast %6257 : f32[] @ models/lib/nn.yaml:89:7
%6259 = broadcast %6258 : f32[16] @ models/lib/nn.yaml:89:7
%6260 = mul %6256, %6259 : f32[16] @ models/lib/nn.yaml:89:7
%6261 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6262 = cast %6261 : f32[] @ models/lib/nn.yaml:89:7
%6263 = broadcast %6262 : f32[16] @ models/lib/nn.yaml:89:7
%6264 = mul %6243, %6263 : f32[16] @ models/lib/nn.yaml:89:7
%6265 = add %6264, %6260 : f32[16] @ models/lib/nn.yaml:89:7
%6266 = cast %6246 : f64[] @ models/lib/nn.yaml:89:7
%6267 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6268 = pow %6267, %6266 : f64[] @ models/lib/nn.yaml:89:7
%6269 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6270 = sub %6269, %6268 : f64[] @ models/lib/nn.yaml:89:7
%6271 = div %2065, %6270 : f64[] @ models/lib/nn.yaml:89:7
%6272 = cast %6246 : f64[] @ models/lib/nn.yaml:89:7
%6273 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6274 = pow %6273, %6272 : f64[] @ models/lib/nn.yaml:89:7
%6275 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6276 = sub %6275, %6274 : f64[] @ models/lib/nn.yaml:89:7
%6277 = sqrt %6276 : f64[] @ models/lib/nn.yaml:89:7
%6278 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6279 = div %6278, %6277 : f64[] @ models/lib/nn.yaml:89:7
%6280 = sqrt %6265 : f32[16] @ models/lib/nn.yaml:89:7
%6281 = cast %6279 : f32[] @ models/lib/nn.yaml:89:7
%6282 = broadcast %6281 : f32[16] @ models/lib/nn.yaml:89:7
%6283 = mul %6280, %6282 : f32[16] @ models/lib/nn.yaml:89:7
%6284 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6285 = cast %6284 : f32[] @ models/lib/nn.yaml:89:7
%6286 = broadcast %6285 : f32[16] @ models/lib/nn.yaml:89:7
%6287 = add %6283, %6286 : f32[16] @ models/lib/nn.yaml:89:7
%6288 = div %6255, %6287 : f32[16] @ models/lib/nn.yaml:89:7
%6289 = cast %6271 : f32[] @ models/lib/nn.yaml:89:7
%6290 = broadcast %6289 : f32[16] @ models/lib/nn.yaml:89:7
%6291 = mul %6288, %6290 : f32[16] @ models/lib/nn.yaml:89:7
%6292 = sub %49, %6291 : f32[16] @ models/lib/nn.yaml:89:7
%6293 = assign %49, %6292 : f32[16] @ models/lib/nn.yaml:89:7
%6294 = assign %6242, %6255 : f32[16] @ models/lib/nn.yaml:89:7
%6295 = assign %6243, %6265 : f32[16] @ models/lib/nn.yaml:89:7
%6296 = assign %6244, %6246 : i64[] @ models/lib/nn.yaml:89:7
%6297 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%6298 = broadcast %6297 : f32[16] @ models/lib/nn.yaml:89:7
%6299 = mul %133, %6298 : f32[16] @ models/lib/nn.yaml:89:7
%6300 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6301 = sub %6300, %2067 : f64[] @ models/lib/nn.yaml:89:7
%6302 = cast %6301 : f32[] @ models/lib/nn.yaml:89:7
%6303 = broadcast %6302 : f32[16] @ models/lib/nn.yaml:89:7
%6304 = mul %6292, %6303 : f32[16] @ models/lib/nn.yaml:89:7
%6305 = add %6299, %6304 : f32[16] @ models/lib/nn.yaml:89:7
%6306 = assign %133, %6305 : f32[16] @ models/lib/nn.yaml:89:7
%6307 = all_reduce_sum %2769 : f32[16] @ models/lib/nn.yaml:90:7
%6308 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6309 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6310 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6311 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6312 = add %6310, %6311 : i64[] @ models/lib/nn.yaml:90:7
%6313 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6314 = cast %6313 : f32[] @ models/lib/nn.yaml:90:7
%6315 = broadcast %6314 : f32[16] @ models/lib/nn.yaml:90:7
%6316 = mul %6307, %6315 : f32[16] @ models/lib/nn.yaml:90:7
%6317 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6318 = cast %6317 : f32[] @ models/lib/nn.yaml:90:7
%6319 = broadcast %6318 : f32[16] @ models/lib/nn.yaml:90:7
%6320 = mul %6308, %6319 : f32[16] @ models/lib/nn.yaml:90:7
%6321 = add %6320, %6316 : f32[16] @ models/lib/nn.yaml:90:7
%6322 = mul %6307, %6307 : f32[16] @ models/lib/nn.yaml:90:7
%6323 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6324 = cast %6323 : f32[] @ models/lib/nn.yaml:90:7
%6325 = broadcast %6324 : f32[16] @ models/lib/nn.yaml:90:7
%6326 = mul %6322, %6325 : f32[16] @ models/lib/nn.yaml:90:7
%6327 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6328 = cast %6327 : f32[] @ models/lib/nn.yaml:90:7
%6329 = broadcast %6328 : f32[16] @ models/lib/nn.yaml:90:7
%6330 = mul %6309, %6329 : f32[16] @ models/lib/nn.yaml:90:7
%6331 = add %6330, %6326 : f32[16] @ models/lib/nn.yaml:90:7
%6332 = cast %6312 : f64[] @ models/lib/nn.yaml:90:7
%6333 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6334 = pow %6333, %6332 : f64[] @ models/lib/nn.yaml:90:7
%6335 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6336 = sub %6335, %6334 : f64[] @ models/lib/nn.yaml:90:7
%6337 = div %2065, %6336 : f64[] @ models/lib/nn.yaml:90:7
%6338 = cast %6312 : f64[] @ models/lib/nn.yaml:90:7
%6339 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6340 = pow %6339, %6338 : f64[] @ models/lib/nn.yaml:90:7
%6341 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6342 = sub %6341, %6340 : f64[] @ models/lib/nn.yaml:90:7
%6343 = sqrt %6342 : f64[] @ models/lib/nn.yaml:90:7
%6344 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6345 = div %6344, %6343 : f64[] @ models/lib/nn.yaml:90:7
%6346 = sqrt %6331 : f32[16] @ models/lib/nn.yaml:90:7
%6347 = cast %6345 : f32[] @ models/lib/nn.yaml:90:7
%6348 = broadcast %6347 : f32[16] @ models/lib/nn.yaml:90:7
%6349 = mul %6346, %6348 : f32[16] @ models/lib/nn.yaml:90:7
%6350 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6351 = cast %6350 : f32[] @ models/lib/nn.yaml:90:7
%6352 = broadcast %6351 : f32[16] @ models/lib/nn.yaml:90:7
%6353 = add %6349, %6352 : f32[16] @ models/lib/nn.yaml:90:7
%6354 = div %6321, %6353 : f32[16] @ models/lib/nn.yaml:90:7
%6355 = cast %6337 : f32[] @ models/lib/nn.yaml:90:7
%6356 = broadcast %6355 : f32[16] @ models/lib/nn.yaml:90:7
%6357 = mul %6354, %6356 : f32[16] @ models/lib/nn.yaml:90:7
%6358 = sub %50, %6357 : f32[16] @ models/lib/nn.yaml:90:7
%6359 = assign %50, %6358 : f32[16] @ models/lib/nn.yaml:90:7
%6360 = assign %6308, %6321 : f32[16] @ models/lib/nn.yaml:90:7
%6361 = assign %6309, %6331 : f32[16] @ models/lib/nn.yaml:90:7
%6362 = assign %6310, %6312 : i64[] @ models/lib/nn.yaml:90:7
%6363 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%6364 = broadcast %6363 : f32[16] @ models/lib/nn.yaml:90:7
%6365 = mul %134, %6364 : f32[16] @ models/lib/nn.yaml:90:7
%6366 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6367 = sub %6366, %2067 : f64[] @ models/lib/nn.yaml:90:7
%6368 = cast %6367 : f32[] @ models/lib/nn.yaml:90:7
%6369 = broadcast %6368 : f32[16] @ models/lib/nn.yaml:90:7
%6370 = mul %6358, %6369 : f32[16] @ models/lib/nn.yaml:90:7
%6371 = add %6365, %6370 : f32[16] @ models/lib/nn.yaml:90:7
%6372 = assign %134, %6371 : f32[16] @ models/lib/nn.yaml:90:7
%6373 = all_reduce_sum %2765 : f32[16,16] @ models/lib/nn.yaml:79:7
%6374 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6375 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6376 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6377 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6378 = add %6376, %6377 : i64[] @ models/lib/nn.yaml:79:7
%6379 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%6380 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6381 = sub %6380, %6379 : f64[] @ models/lib/nn.yaml:79:7
%6382 = cast %6381 : f32[] @ models/lib/nn.yaml:79:7
%6383 = broadcast %6382 : f32[16,16] @ models/lib/nn.yaml:79:7
%6384 = mul %51, %6383 : f32[16,16] @ models/lib/nn.yaml:79:7
%6385 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6386 = cast %6385 : f32[] @ models/lib/nn.yaml:79:7
%6387 = broadcast %6386 : f32[16,16] @ models/lib/nn.yaml:79:7
%6388 = mul %6373, %6387 : f32[16,16] @ models/lib/nn.yaml:79:7
%6389 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6390 = cast %6389 : f32[] @ models/lib/nn.yaml:79:7
%6391 = broadcast %6390 : f32[16,16] @ models/lib/nn.yaml:79:7
%6392 = mul %6374, %6391 : f32[16,16] @ models/lib/nn.yaml:79:7
%6393 = add %6392, %6388 : f32[16,16] @ models/lib/nn.yaml:79:7
%6394 = mul %6373, %6373 : f32[16,16] @ models/lib/nn.yaml:79:7
%6395 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6396 = cast %6395 : f32[] @ models/lib/nn.yaml:79:7
%6397 = broadcast %6396 : f32[16,16] @ models/lib/nn.yaml:79:7
%6398 = mul %6394, %6397 : f32[16,16] @ models/lib/nn.yaml:79:7
%6399 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6400 = cast %6399 : f32[] @ models/lib/nn.yaml:79:7
%6401 = broadcast %6400 : f32[16,16] @ models/lib/nn.yaml:79:7
%6402 = mul %6375, %6401 : f32[16,16] @ models/lib/nn.yaml:79:7
%6403 = add %6402, %6398 : f32[16,16] @ models/lib/nn.yaml:79:7
%6404 = cast %6378 : f64[] @ models/lib/nn.yaml:79:7
%6405 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6406 = pow %6405, %6404 : f64[] @ models/lib/nn.yaml:79:7
%6407 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6408 = sub %6407, %6406 : f64[] @ models/lib/nn.yaml:79:7
%6409 = div %2065, %6408 : f64[] @ models/lib/nn.yaml:79:7
%6410 = cast %6378 : f64[] @ models/lib/nn.yaml:79:7
%6411 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6412 = pow %6411, %6410 : f64[] @ models/lib/nn.yaml:79:7
%6413 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6414 = sub %6413, %6412 : f64[] @ models/lib/nn.yaml:79:7
%6415 = sqrt %6414 : f64[] @ models/lib/nn.yaml:79:7
%6416 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6417 = div %6416, %6415 : f64[] @ models/lib/nn.yaml:79:7
%6418 = sqrt %6403 : f32[16,16] @ models/lib/nn.yaml:79:7
%6419 = cast %6417 : f32[] @ models/lib/nn.yaml:79:7
%6420 = broadcast %6419 : f32[16,16] @ models/lib/nn.yaml:79:7
%6421 = mul %6418, %6420 : f32[16,16] @ models/lib/nn.yaml:79:7
%6422 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6423 = cast %6422 : f32[] @ models/lib/nn.yaml:79:7
%6424 = broadcast %6423 : f32[16,16] @ models/lib/nn.yaml:79:7
%6425 = add %6421, %6424 : f32[16,16] @ models/lib/nn.yaml:79:7
%6426 = div %6393, %6425 : f32[16,16] @ models/lib/nn.yaml:79:7
%6427 = cast %6409 : f32[] @ models/lib/nn.yaml:79:7
%6428 = broadcast %6427 : f32[16,16] @ models/lib/nn.yaml:79:7
%6429 = mul %6426, %6428 : f32[16,16] @ models/lib/nn.yaml:79:7
%6430 = sub %6384, %6429 : f32[16,16] @ models/lib/nn.yaml:79:7
%6431 = assign %51, %6430 : f32[16,16] @ models/lib/nn.yaml:79:7
%6432 = assign %6374, %6393 : f32[16,16] @ models/lib/nn.yaml:79:7
%6433 = assign %6375, %6403 : f32[16,16] @ models/lib/nn.yaml:79:7
%6434 = assign %6376, %6378 : i64[] @ models/lib/nn.yaml:79:7
%6435 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%6436 = broadcast %6435 : f32[16,16] @ models/lib/nn.yaml:79:7
%6437 = mul %135, %6436 : f32[16,16] @ models/lib/nn.yaml:79:7
%6438 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6439 = sub %6438, %2067 : f64[] @ models/lib/nn.yaml:79:7
%6440 = cast %6439 : f32[] @ models/lib/nn.yaml:79:7
%6441 = broadcast %6440 : f32[16,16] @ models/lib/nn.yaml:79:7
%6442 = mul %6430, %6441 : f32[16,16] @ models/lib/nn.yaml:79:7
%6443 = add %6437, %6442 : f32[16,16] @ models/lib/nn.yaml:79:7
%6444 = assign %135, %6443 : f32[16,16] @ models/lib/nn.yaml:79:7
%6445 = all_reduce_sum %2761 : f32[16] @ models/lib/nn.yaml:80:7
%6446 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6447 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6448 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6449 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6450 = add %6448, %6449 : i64[] @ models/lib/nn.yaml:80:7
%6451 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6452 = cast %6451 : f32[] @ models/lib/nn.yaml:80:7
%6453 = broadcast %6452 : f32[16] @ models/lib/nn.yaml:80:7
%6454 = mul %6445, %6453 : f32[16] @ models/lib/nn.yaml:80:7
%6455 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6456 = cast %6455 : f32[] @ models/lib/nn.yaml:80:7
%6457 = broadcast %6456 : f32[16] @ models/lib/nn.yaml:80:7
%6458 = mul %6446, %6457 : f32[16] @ models/lib/nn.yaml:80:7
%6459 = add %6458, %6454 : f32[16] @ models/lib/nn.yaml:80:7
%6460 = mul %6445, %6445 : f32[16] @ models/lib/nn.yaml:80:7
%6461 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6462 = cast %6461 : f32[] @ models/lib/nn.yaml:80:7
%6463 = broadcast %6462 : f32[16] @ models/lib/nn.yaml:80:7
%6464 = mul %6460, %6463 : f32[16] @ models/lib/nn.yaml:80:7
%6465 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6466 = cast %6465 : f32[] @ models/lib/nn.yaml:80:7
%6467 = broadcast %6466 : f32[16] @ models/lib/nn.yaml:80:7
%6468 = mul %6447, %6467 : f32[16] @ models/lib/nn.yaml:80:7
%6469 = add %6468, %6464 : f32[16] @ models/lib/nn.yaml:80:7
%6470 = cast %6450 : f64[] @ models/lib/nn.yaml:80:7
%6471 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6472 = pow %6471, %6470 : f64[] @ models/lib/nn.yaml:80:7
%6473 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6474 = sub %6473, %6472 : f64[] @ models/lib/nn.yaml:80:7
%6475 = div %2065, %6474 : f64[] @ models/lib/nn.yaml:80:7
%6476 = cast %6450 : f64[] @ models/lib/nn.yaml:80:7
%6477 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6478 = pow %6477, %6476 : f64[] @ models/lib/nn.yaml:80:7
%6479 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6480 = sub %6479, %6478 : f64[] @ models/lib/nn.yaml:80:7
%6481 = sqrt %6480 : f64[] @ models/lib/nn.yaml:80:7
%6482 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6483 = div %6482, %6481 : f64[] @ models/lib/nn.yaml:80:7
%6484 = sqrt %6469 : f32[16] @ models/lib/nn.yaml:80:7
%6485 = cast %6483 : f32[] @ models/lib/nn.yaml:80:7
%6486 = broadcast %6485 : f32[16] @ models/lib/nn.yaml:80:7
%6487 = mul %6484, %6486 : f32[16] @ models/lib/nn.yaml:80:7
%6488 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6489 = cast %6488 : f32[] @ models/lib/nn.yaml:80:7
%6490 = broadcast %6489 : f32[16] @ models/lib/nn.yaml:80:7
%6491 = add %6487, %6490 : f32[16] @ models/lib/nn.yaml:80:7
%6492 = div %6459, %6491 : f32[16] @ models/lib/nn.yaml:80:7
%6493 = cast %6475 : f32[] @ models/lib/nn.yaml:80:7
%6494 = broadcast %6493 : f32[16] @ models/lib/nn.yaml:80:7
%6495 = mul %6492, %6494 : f32[16] @ models/lib/nn.yaml:80:7
%6496 = sub %52, %6495 : f32[16] @ models/lib/nn.yaml:80:7
%6497 = assign %52, %6496 : f32[16] @ models/lib/nn.yaml:80:7
%6498 = assign %6446, %6459 : f32[16] @ models/lib/nn.yaml:80:7
%6499 = assign %6447, %6469 : f32[16] @ models/lib/nn.yaml:80:7
%6500 = assign %6448, %6450 : i64[] @ models/lib/nn.yaml:80:7
%6501 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%6502 = broadcast %6501 : f32[16] @ models/lib/nn.yaml:80:7
%6503 = mul %136, %6502 : f32[16] @ models/lib/nn.yaml:80:7
%6504 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6505 = sub %6504, %2067 : f64[] @ models/lib/nn.yaml:80:7
%6506 = cast %6505 : f32[] @ models/lib/nn.yaml:80:7
%6507 = broadcast %6506 : f32[16] @ models/lib/nn.yaml:80:7
%6508 = mul %6496, %6507 : f32[16] @ models/lib/nn.yaml:80:7
%6509 = add %6503, %6508 : f32[16] @ models/lib/nn.yaml:80:7
%6510 = assign %136, %6509 : f32[16] @ models/lib/nn.yaml:80:7
%6511 = all_reduce_sum %2757 : f32[16,16] @ models/lib/nn.yaml:79:7
%6512 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6513 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6514 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6515 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6516 = add %6514, %6515 : i64[] @ models/lib/nn.yaml:79:7
%6517 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%6518 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6519 = sub %6518, %6517 : f64[] @ models/lib/nn.yaml:79:7
%6520 = cast %6519 : f32[] @ models/lib/nn.yaml:79:7
%6521 = broadcast %6520 : f32[16,16] @ models/lib/nn.yaml:79:7
%6522 = mul %53, %6521 : f32[16,16] @ models/lib/nn.yaml:79:7
%6523 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6524 = cast %6523 : f32[] @ models/lib/nn.yaml:79:7
%6525 = broadcast %6524 : f32[16,16] @ models/lib/nn.yaml:79:7
%6526 = mul %6511, %6525 : f32[16,16] @ models/lib/nn.yaml:79:7
%6527 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6528 = cast %6527 : f32[] @ models/lib/nn.yaml:79:7
%6529 = broadcast %6528 : f32[16,16] @ models/lib/nn.yaml:79:7
%6530 = mul %6512, %6529 : f32[16,16] @ models/lib/nn.yaml:79:7
%6531 = add %6530, %6526 : f32[16,16] @ models/lib/nn.yaml:79:7
%6532 = mul %6511, %6511 : f32[16,16] @ models/lib/nn.yaml:79:7
%6533 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6534 = cast %6533 : f32[] @ models/lib/nn.yaml:79:7
%6535 = broadcast %6534 : f32[16,16] @ models/lib/nn.yaml:79:7
%6536 = mul %6532, %6535 : f32[16,16] @ models/lib/nn.yaml:79:7
%6537 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6538 = cast %6537 : f32[] @ models/lib/nn.yaml:79:7
%6539 = broadcast %6538 : f32[16,16] @ models/lib/nn.yaml:79:7
%6540 = mul %6513, %6539 : f32[16,16] @ models/lib/nn.yaml:79:7
%6541 = add %6540, %6536 : f32[16,16] @ models/lib/nn.yaml:79:7
%6542 = cast %6516 : f64[] @ models/lib/nn.yaml:79:7
%6543 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6544 = pow %6543, %6542 : f64[] @ models/lib/nn.yaml:79:7
%6545 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6546 = sub %6545, %6544 : f64[] @ models/lib/nn.yaml:79:7
%6547 = div %2065, %6546 : f64[] @ models/lib/nn.yaml:79:7
%6548 = cast %6516 : f64[] @ models/lib/nn.yaml:79:7
%6549 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6550 = pow %6549, %6548 : f64[] @ models/lib/nn.yaml:79:7
%6551 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6552 = sub %6551, %6550 : f64[] @ models/lib/nn.yaml:79:7
%6553 = sqrt %6552 : f64[] @ models/lib/nn.yaml:79:7
%6554 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6555 = div %6554, %6553 : f64[] @ models/lib/nn.yaml:79:7
%6556 = sqrt %6541 : f32[16,16] @ models/lib/nn.yaml:79:7
%6557 = cast %6555 : f32[] @ models/lib/nn.yaml:79:7
%6558 = broadcast %6557 : f32[16,16] @ models/lib/nn.yaml:79:7
%6559 = mul %6556, %6558 : f32[16,16] @ models/lib/nn.yaml:79:7
%6560 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6561 = cast %6560 : f32[] @ models/lib/nn.yaml:79:7
%6562 = broadcast %6561 : f32[16,16] @ models/lib/nn.yaml:79:7
%6563 = add %6559, %6562 : f32[16,16] @ models/lib/nn.yaml:79:7
%6564 = div %6531, %6563 : f32[16,16] @ models/lib/nn.yaml:79:7
%6565 = cast %6547 : f32[] @ models/lib/nn.yaml:79:7
%6566 = broadcast %6565 : f32[16,16] @ models/lib/nn.yaml:79:7
%6567 = mul %6564, %6566 : f32[16,16] @ models/lib/nn.yaml:79:7
%6568 = sub %6522, %6567 : f32[16,16] @ models/lib/nn.yaml:79:7
%6569 = assign %53, %6568 : f32[16,16] @ models/lib/nn.yaml:79:7
%6570 = assign %6512, %6531 : f32[16,16] @ models/lib/nn.yaml:79:7
%6571 = assign %6513, %6541 : f32[16,16] @ models/lib/nn.yaml:79:7
%6572 = assign %6514, %6516 : i64[] @ models/lib/nn.yaml:79:7
%6573 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%6574 = broadcast %6573 : f32[16,16] @ models/lib/nn.yaml:79:7
%6575 = mul %137, %6574 : f32[16,16] @ models/lib/nn.yaml:79:7
%6576 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6577 = sub %6576, %2067 : f64[] @ models/lib/nn.yaml:79:7
%6578 = cast %6577 : f32[] @ models/lib/nn.yaml:79:7
%6579 = broadcast %6578 : f32[16,16] @ models/lib/nn.yaml:79:7
%6580 = mul %6568, %6579 : f32[16,16] @ models/lib/nn.yaml:79:7
%6581 = add %6575, %6580 : f32[16,16] @ models/lib/nn.yaml:79:7
%6582 = assign %137, %6581 : f32[16,16] @ models/lib/nn.yaml:79:7
%6583 = all_reduce_sum %2752 : f32[16] @ models/lib/nn.yaml:80:7
%6584 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6585 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6586 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6587 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6588 = add %6586, %6587 : i64[] @ models/lib/nn.yaml:80:7
%6589 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6590 = cast %6589 : f32[] @ models/lib/nn.yaml:80:7
%6591 = broadcast %6590 : f32[16] @ models/lib/nn.yaml:80:7
%6592 = mul %6583, %6591 : f32[16] @ models/lib/nn.yaml:80:7
%6593 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6594 = cast %6593 : f32[] @ models/lib/nn.yaml:80:7
%6595 = broadcast %6594 : f32[16] @ models/lib/nn.yaml:80:7
%6596 = mul %6584, %6595 : f32[16] @ models/lib/nn.yaml:80:7
%6597 = add %6596, %6592 : f32[16] @ models/lib/nn.yaml:80:7
%6598 = mul %6583, %6583 : f32[16] @ models/lib/nn.yaml:80:7
%6599 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6600 = cast %6599 : f32[] @ models/lib/nn.yaml:80:7
%6601 = broadcast %6600 : f32[16] @ models/lib/nn.yaml:80:7
%6602 = mul %6598, %6601 : f32[16] @ models/lib/nn.yaml:80:7
%6603 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6604 = cast %6603 : f32[] @ models/lib/nn.yaml:80:7
%6605 = broadcast %6604 : f32[16] @ models/lib/nn.yaml:80:7
%6606 = mul %6585, %6605 : f32[16] @ models/lib/nn.yaml:80:7
%6607 = add %6606, %6602 : f32[16] @ models/lib/nn.yaml:80:7
%6608 = cast %6588 : f64[] @ models/lib/nn.yaml:80:7
%6609 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6610 = pow %6609, %6608 : f64[] @ models/lib/nn.yaml:80:7
%6611 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6612 = sub %6611, %6610 : f64[] @ models/lib/nn.yaml:80:7
%6613 = div %2065, %6612 : f64[] @ models/lib/nn.yaml:80:7
%6614 = cast %6588 : f64[] @ models/lib/nn.yaml:80:7
%6615 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6616 = pow %6615, %6614 : f64[] @ models/lib/nn.yaml:80:7
%6617 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6618 = sub %6617, %6616 : f64[] @ models/lib/nn.yaml:80:7
%6619 = sqrt %6618 : f64[] @ models/lib/nn.yaml:80:7
%6620 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6621 = div %6620, %6619 : f64[] @ models/lib/nn.yaml:80:7
%6622 = sqrt %6607 : f32[16] @ models/lib/nn.yaml:80:7
%6623 = cast %6621 : f32[] @ models/lib/nn.yaml:80:7
%6624 = broadcast %6623 : f32[16] @ models/lib/nn.yaml:80:7
%6625 = mul %6622, %6624 : f32[16] @ models/lib/nn.yaml:80:7
%6626 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6627 = cast %6626 : f32[] @ models/lib/nn.yaml:80:7
%6628 = broadcast %6627 : f32[16] @ models/lib/nn.yaml:80:7
%6629 = add %6625, %6628 : f32[16] @ models/lib/nn.yaml:80:7
%6630 = div %6597, %6629 : f32[16] @ models/lib/nn.yaml:80:7
%6631 = cast %6613 : f32[] @ models/lib/nn.yaml:80:7
%6632 = broadcast %6631 : f32[16] @ models/lib/nn.yaml:80:7
%6633 = mul %6630, %6632 : f32[16] @ models/lib/nn.yaml:80:7
%6634 = sub %54, %6633 : f32[16] @ models/lib/nn.yaml:80:7
%6635 = assign %54, %6634 : f32[16] @ models/lib/nn.yaml:80:7
%6636 = assign %6584, %6597 : f32[16] @ models/lib/nn.yaml:80:7
%6637 = assign %6585, %6607 : f32[16] @ models/lib/nn.yaml:80:7
%6638 = assign %6586, %6588 : i64[] @ models/lib/nn.yaml:80:7
%6639 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%6640 = broadcast %6639 : f32[16] @ models/lib/nn.yaml:80:7
%6641 = mul %138, %6640 : f32[16] @ models/lib/nn.yaml:80:7
%6642 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6643 = sub %6642, %2067 : f64[] @ models/lib/nn.yaml:80:7
%6644 = cast %6643 : f32[] @ models/lib/nn.yaml:80:7
%6645 = broadcast %6644 : f32[16] @ models/lib/nn.yaml:80:7
%6646 = mul %6634, %6645 : f32[16] @ models/lib/nn.yaml:80:7
%6647 = add %6641, %6646 : f32[16] @ models/lib/nn.yaml:80:7
%6648 = assign %138, %6647 : f32[16] @ models/lib/nn.yaml:80:7
%6649 = all_reduce_sum %2748 : f32[16,16] @ models/lib/nn.yaml:79:7
%6650 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6651 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6652 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6653 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6654 = add %6652, %6653 : i64[] @ models/lib/nn.yaml:79:7
%6655 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%6656 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6657 = sub %6656, %6655 : f64[] @ models/lib/nn.yaml:79:7
%6658 = cast %6657 : f32[] @ models/lib/nn.yaml:79:7
%6659 = broadcast %6658 : f32[16,16] @ models/lib/nn.yaml:79:7
%6660 = mul %55, %6659 : f32[16,16] @ models/lib/nn.yaml:79:7
%6661 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6662 = cast %6661 : f32[] @ models/lib/nn.yaml:79:7
%6663 = broadcast %6662 : f32[16,16] @ models/lib/nn.yaml:79:7
%6664 = mul %6649, %6663 : f32[16,16] @ models/lib/nn.yaml:79:7
%6665 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6666 = cast %6665 : f32[] @ models/lib/nn.yaml:79:7
%6667 = broadcast %6666 : f32[16,16] @ models/lib/nn.yaml:79:7
%6668 = mul %6650, %6667 : f32[16,16] @ models/lib/nn.yaml:79:7
%6669 = add %6668, %6664 : f32[16,16] @ models/lib/nn.yaml:79:7
%6670 = mul %6649, %6649 : f32[16,16] @ models/lib/nn.yaml:79:7
%6671 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6672 = cast %6671 : f32[] @ models/lib/nn.yaml:79:7
%6673 = broadcast %6672 : f32[16,16] @ models/lib/nn.yaml:79:7
%6674 = mul %6670, %6673 : f32[16,16] @ models/lib/nn.yaml:79:7
%6675 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6676 = cast %6675 : f32[] @ models/lib/nn.yaml:79:7
%6677 = broadcast %6676 : f32[16,16] @ models/lib/nn.yaml:79:7
%6678 = mul %6651, %6677 : f32[16,16] @ models/lib/nn.yaml:79:7
%6679 = add %6678, %6674 : f32[16,16] @ models/lib/nn.yaml:79:7
%6680 = cast %6654 : f64[] @ models/lib/nn.yaml:79:7
%6681 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6682 = pow %6681, %6680 : f64[] @ models/lib/nn.yaml:79:7
%6683 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6684 = sub %6683, %6682 : f64[] @ models/lib/nn.yaml:79:7
%6685 = div %2065, %6684 : f64[] @ models/lib/nn.yaml:79:7
%6686 = cast %6654 : f64[] @ models/lib/nn.yaml:79:7
%6687 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6688 = pow %6687, %6686 : f64[] @ models/lib/nn.yaml:79:7
%6689 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6690 = sub %6689, %6688 : f64[] @ models/lib/nn.yaml:79:7
%6691 = sqrt %6690 : f64[] @ models/lib/nn.yaml:79:7
%6692 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6693 = div %6692, %6691 : f64[] @ models/lib/nn.yaml:79:7
%6694 = sqrt %6679 : f32[16,16] @ models/lib/nn.yaml:79:7
%6695 = cast %6693 : f32[] @ models/lib/nn.yaml:79:7
%6696 = broadcast %6695 : f32[16,16] @ models/lib/nn.yaml:79:7
%6697 = mul %6694, %6696 : f32[16,16] @ models/lib/nn.yaml:79:7
%6698 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6699 = cast %6698 : f32[] @ models/lib/nn.yaml:79:7
%6700 = broadcast %6699 : f32[16,16] @ models/lib/nn.yaml:79:7
%6701 = add %6697, %6700 : f32[16,16] @ models/lib/nn.yaml:79:7
%6702 = div %6669, %6701 : f32[16,16] @ models/lib/nn.yaml:79:7
%6703 = cast %6685 : f32[] @ models/lib/nn.yaml:79:7
%6704 = broadcast %6703 : f32[16,16] @ models/lib/nn.yaml:79:7
%6705 = mul %6702, %6704 : f32[16,16] @ models/lib/nn.yaml:79:7
%6706 = sub %6660, %6705 : f32[16,16] @ models/lib/nn.yaml:79:7
%6707 = assign %55, %6706 : f32[16,16] @ models/lib/nn.yaml:79:7
%6708 = assign %6650, %6669 : f32[16,16] @ models/lib/nn.yaml:79:7
%6709 = assign %6651, %6679 : f32[16,16] @ models/lib/nn.yaml:79:7
%6710 = assign %6652, %6654 : i64[] @ models/lib/nn.yaml:79:7
%6711 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%6712 = broadcast %6711 : f32[16,16] @ models/lib/nn.yaml:79:7
%6713 = mul %139, %6712 : f32[16,16] @ models/lib/nn.yaml:79:7
%6714 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6715 = sub %6714, %2067 : f64[] @ models/lib/nn.yaml:79:7
%6716 = cast %6715 : f32[] @ models/lib/nn.yaml:79:7
%6717 = broadcast %6716 : f32[16,16] @ models/lib/nn.yaml:79:7
%6718 = mul %6706, %6717 : f32[16,16] @ models/lib/nn.yaml:79:7
%6719 = add %6713, %6718 : f32[16,16] @ models/lib/nn.yaml:79:7
%6720 = assign %139, %6719 : f32[16,16] @ models/lib/nn.yaml:79:7
%6721 = all_reduce_sum %2744 : f32[16] @ models/lib/nn.yaml:80:7
%6722 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6723 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6724 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6725 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6726 = add %6724, %6725 : i64[] @ models/lib/nn.yaml:80:7
%6727 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6728 = cast %6727 : f32[] @ models/lib/nn.yaml:80:7
%6729 = broadcast %6728 : f32[16] @ models/lib/nn.yaml:80:7
%6730 = mul %6721, %6729 : f32[16] @ models/lib/nn.yaml:80:7
%6731 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6732 = cast %6731 : f32[] @ models/lib/nn.yaml:80:7
%6733 = broadcast %6732 : f32[16] @ models/lib/nn.yaml:80:7
%6734 = mul %6722, %6733 : f32[16] @ models/lib/nn.yaml:80:7
%6735 = add %6734, %6730 : f32[16] @ models/lib/nn.yaml:80:7
%6736 = mul %6721, %6721 : f32[16] @ models/lib/nn.yaml:80:7
%6737 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6738 = cast %6737 : f32[] @ models/lib/nn.yaml:80:7
%6739 = broadcast %6738 : f32[16] @ models/lib/nn.yaml:80:7
%6740 = mul %6736, %6739 : f32[16] @ models/lib/nn.yaml:80:7
%6741 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6742 = cast %6741 : f32[] @ models/lib/nn.yaml:80:7
%6743 = broadcast %6742 : f32[16] @ models/lib/nn.yaml:80:7
%6744 = mul %6723, %6743 : f32[16] @ models/lib/nn.yaml:80:7
%6745 = add %6744, %6740 : f32[16] @ models/lib/nn.yaml:80:7
%6746 = cast %6726 : f64[] @ models/lib/nn.yaml:80:7
%6747 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6748 = pow %6747, %6746 : f64[] @ models/lib/nn.yaml:80:7
%6749 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6750 = sub %6749, %6748 : f64[] @ models/lib/nn.yaml:80:7
%6751 = div %2065, %6750 : f64[] @ models/lib/nn.yaml:80:7
%6752 = cast %6726 : f64[] @ models/lib/nn.yaml:80:7
%6753 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6754 = pow %6753, %6752 : f64[] @ models/lib/nn.yaml:80:7
%6755 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6756 = sub %6755, %6754 : f64[] @ models/lib/nn.yaml:80:7
%6757 = sqrt %6756 : f64[] @ models/lib/nn.yaml:80:7
%6758 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6759 = div %6758, %6757 : f64[] @ models/lib/nn.yaml:80:7
%6760 = sqrt %6745 : f32[16] @ models/lib/nn.yaml:80:7
%6761 = cast %6759 : f32[] @ models/lib/nn.yaml:80:7
%6762 = broadcast %6761 : f32[16] @ models/lib/nn.yaml:80:7
%6763 = mul %6760, %6762 : f32[16] @ models/lib/nn.yaml:80:7
%6764 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6765 = cast %6764 : f32[] @ models/lib/nn.yaml:80:7
%6766 = broadcast %6765 : f32[16] @ models/lib/nn.yaml:80:7
%6767 = add %6763, %6766 : f32[16] @ models/lib/nn.yaml:80:7
%6768 = div %6735, %6767 : f32[16] @ models/lib/nn.yaml:80:7
%6769 = cast %6751 : f32[] @ models/lib/nn.yaml:80:7
%6770 = broadcast %6769 : f32[16] @ models/lib/nn.yaml:80:7
%6771 = mul %6768, %6770 : f32[16] @ models/lib/nn.yaml:80:7
%6772 = sub %56, %6771 : f32[16] @ models/lib/nn.yaml:80:7
%6773 = assign %56, %6772 : f32[16] @ models/lib/nn.yaml:80:7
%6774 = assign %6722, %6735 : f32[16] @ models/lib/nn.yaml:80:7
%6775 = assign %6723, %6745 : f32[16] @ models/lib/nn.yaml:80:7
%6776 = assign %6724, %6726 : i64[] @ models/lib/nn.yaml:80:7
%6777 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%6778 = broadcast %6777 : f32[16] @ models/lib/nn.yaml:80:7
%6779 = mul %140, %6778 : f32[16] @ models/lib/nn.yaml:80:7
%6780 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6781 = sub %6780, %2067 : f64[] @ models/lib/nn.yaml:80:7
%6782 = cast %6781 : f32[] @ models/lib/nn.yaml:80:7
%6783 = broadcast %6782 : f32[16] @ models/lib/nn.yaml:80:7
%6784 = mul %6772, %6783 : f32[16] @ models/lib/nn.yaml:80:7
%6785 = add %6779, %6784 : f32[16] @ models/lib/nn.yaml:80:7
%6786 = assign %140, %6785 : f32[16] @ models/lib/nn.yaml:80:7
%6787 = all_reduce_sum %2703 : f32[16,16] @ models/lib/nn.yaml:79:7
%6788 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6789 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6790 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6791 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6792 = add %6790, %6791 : i64[] @ models/lib/nn.yaml:79:7
%6793 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%6794 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6795 = sub %6794, %6793 : f64[] @ models/lib/nn.yaml:79:7
%6796 = cast %6795 : f32[] @ models/lib/nn.yaml:79:7
%6797 = broadcast %6796 : f32[16,16] @ models/lib/nn.yaml:79:7
%6798 = mul %57, %6797 : f32[16,16] @ models/lib/nn.yaml:79:7
%6799 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6800 = cast %6799 : f32[] @ models/lib/nn.yaml:79:7
%6801 = broadcast %6800 : f32[16,16] @ models/lib/nn.yaml:79:7
%6802 = mul %6787, %6801 : f32[16,16] @ models/lib/nn.yaml:79:7
%6803 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6804 = cast %6803 : f32[] @ models/lib/nn.yaml:79:7
%6805 = broadcast %6804 : f32[16,16] @ models/lib/nn.yaml:79:7
%6806 = mul %6788, %6805 : f32[16,16] @ models/lib/nn.yaml:79:7
%6807 = add %6806, %6802 : f32[16,16] @ models/lib/nn.yaml:79:7
%6808 = mul %6787, %6787 : f32[16,16] @ models/lib/nn.yaml:79:7
%6809 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6810 = cast %6809 : f32[] @ models/lib/nn.yaml:79:7
%6811 = broadcast %6810 : f32[16,16] @ models/lib/nn.yaml:79:7
%6812 = mul %6808, %6811 : f32[16,16] @ models/lib/nn.yaml:79:7
%6813 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6814 = cast %6813 : f32[] @ models/lib/nn.yaml:79:7
%6815 = broadcast %6814 : f32[16,16] @ models/lib/nn.yaml:79:7
%6816 = mul %6789, %6815 : f32[16,16] @ models/lib/nn.yaml:79:7
%6817 = add %6816, %6812 : f32[16,16] @ models/lib/nn.yaml:79:7
%6818 = cast %6792 : f64[] @ models/lib/nn.yaml:79:7
%6819 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6820 = pow %6819, %6818 : f64[] @ models/lib/nn.yaml:79:7
%6821 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6822 = sub %6821, %6820 : f64[] @ models/lib/nn.yaml:79:7
%6823 = div %2065, %6822 : f64[] @ models/lib/nn.yaml:79:7
%6824 = cast %6792 : f64[] @ models/lib/nn.yaml:79:7
%6825 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6826 = pow %6825, %6824 : f64[] @ models/lib/nn.yaml:79:7
%6827 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6828 = sub %6827, %6826 : f64[] @ models/lib/nn.yaml:79:7
%6829 = sqrt %6828 : f64[] @ models/lib/nn.yaml:79:7
%6830 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6831 = div %6830, %6829 : f64[] @ models/lib/nn.yaml:79:7
%6832 = sqrt %6817 : f32[16,16] @ models/lib/nn.yaml:79:7
%6833 = cast %6831 : f32[] @ models/lib/nn.yaml:79:7
%6834 = broadcast %6833 : f32[16,16] @ models/lib/nn.yaml:79:7
%6835 = mul %6832, %6834 : f32[16,16] @ models/lib/nn.yaml:79:7
%6836 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6837 = cast %6836 : f32[] @ models/lib/nn.yaml:79:7
%6838 = broadcast %6837 : f32[16,16] @ models/lib/nn.yaml:79:7
%6839 = add %6835, %6838 : f32[16,16] @ models/lib/nn.yaml:79:7
%6840 = div %6807, %6839 : f32[16,16] @ models/lib/nn.yaml:79:7
%6841 = cast %6823 : f32[] @ models/lib/nn.yaml:79:7
%6842 = broadcast %6841 : f32[16,16] @ models/lib/nn.yaml:79:7
%6843 = mul %6840, %6842 : f32[16,16] @ models/lib/nn.yaml:79:7
%6844 = sub %6798, %6843 : f32[16,16] @ models/lib/nn.yaml:79:7
%6845 = assign %57, %6844 : f32[16,16] @ models/lib/nn.yaml:79:7
%6846 = assign %6788, %6807 : f32[16,16] @ models/lib/nn.yaml:79:7
%6847 = assign %6789, %6817 : f32[16,16] @ models/lib/nn.yaml:79:7
%6848 = assign %6790, %6792 : i64[] @ models/lib/nn.yaml:79:7
%6849 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%6850 = broadcast %6849 : f32[16,16] @ models/lib/nn.yaml:79:7
%6851 = mul %141, %6850 : f32[16,16] @ models/lib/nn.yaml:79:7
%6852 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6853 = sub %6852, %2067 : f64[] @ models/lib/nn.yaml:79:7
%6854 = cast %6853 : f32[] @ models/lib/nn.yaml:79:7
%6855 = broadcast %6854 : f32[16,16] @ models/lib/nn.yaml:79:7
%6856 = mul %6844, %6855 : f32[16,16] @ models/lib/nn.yaml:79:7
%6857 = add %6851, %6856 : f32[16,16] @ models/lib/nn.yaml:79:7
%6858 = assign %141, %6857 : f32[16,16] @ models/lib/nn.yaml:79:7
%6859 = all_reduce_sum %2699 : f32[16] @ models/lib/nn.yaml:80:7
%6860 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6861 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6862 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6863 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6864 = add %6862, %6863 : i64[] @ models/lib/nn.yaml:80:7
%6865 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6866 = cast %6865 : f32[] @ models/lib/nn.yaml:80:7
%6867 = broadcast %6866 : f32[16] @ models/lib/nn.yaml:80:7
%6868 = mul %6859, %6867 : f32[16] @ models/lib/nn.yaml:80:7
%6869 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6870 = cast %6869 : f32[] @ models/lib/nn.yaml:80:7
%6871 = broadcast %6870 : f32[16] @ models/lib/nn.yaml:80:7
%6872 = mul %6860, %6871 : f32[16] @ models/lib/nn.yaml:80:7
%6873 = add %6872, %6868 : f32[16] @ models/lib/nn.yaml:80:7
%6874 = mul %6859, %6859 : f32[16] @ models/lib/nn.yaml:80:7
%6875 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6876 = cast %6875 : f32[] @ models/lib/nn.yaml:80:7
%6877 = broadcast %6876 : f32[16] @ models/lib/nn.yaml:80:7
%6878 = mul %6874, %6877 : f32[16] @ models/lib/nn.yaml:80:7
%6879 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6880 = cast %6879 : f32[] @ models/lib/nn.yaml:80:7
%6881 = broadcast %6880 : f32[16] @ models/lib/nn.yaml:80:7
%6882 = mul %6861, %6881 : f32[16] @ models/lib/nn.yaml:80:7
%6883 = add %6882, %6878 : f32[16] @ models/lib/nn.yaml:80:7
%6884 = cast %6864 : f64[] @ models/lib/nn.yaml:80:7
%6885 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6886 = pow %6885, %6884 : f64[] @ models/lib/nn.yaml:80:7
%6887 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6888 = sub %6887, %6886 : f64[] @ models/lib/nn.yaml:80:7
%6889 = div %2065, %6888 : f64[] @ models/lib/nn.yaml:80:7
%6890 = cast %6864 : f64[] @ models/lib/nn.yaml:80:7
%6891 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6892 = pow %6891, %6890 : f64[] @ models/lib/nn.yaml:80:7
%6893 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6894 = sub %6893, %6892 : f64[] @ models/lib/nn.yaml:80:7
%6895 = sqrt %6894 : f64[] @ models/lib/nn.yaml:80:7
%6896 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6897 = div %6896, %6895 : f64[] @ models/lib/nn.yaml:80:7
%6898 = sqrt %6883 : f32[16] @ models/lib/nn.yaml:80:7
%6899 = cast %6897 : f32[] @ models/lib/nn.yaml:80:7
%6900 = broadcast %6899 : f32[16] @ models/lib/nn.yaml:80:7
%6901 = mul %6898, %6900 : f32[16] @ models/lib/nn.yaml:80:7
%6902 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6903 = cast %6902 : f32[] @ models/lib/nn.yaml:80:7
%6904 = broadcast %6903 : f32[16] @ models/lib/nn.yaml:80:7
%6905 = add %6901, %6904 : f32[16] @ models/lib/nn.yaml:80:7
%6906 = div %6873, %6905 : f32[16] @ models/lib/nn.yaml:80:7
%6907 = cast %6889 : f32[] @ models/lib/nn.yaml:80:7
%6908 = broadcast %6907 : f32[16] @ models/lib/nn.yaml:80:7
%6909 = mul %6906, %6908 : f32[16] @ models/lib/nn.yaml:80:7
%6910 = sub %58, %6909 : f32[16] @ models/lib/nn.yaml:80:7
%6911 = assign %58, %6910 : f32[16] @ models/lib/nn.yaml:80:7
%6912 = assign %6860, %6873 : f32[16] @ models/lib/nn.yaml:80:7
%6913 = assign %6861, %6883 : f32[16] @ models/lib/nn.yaml:80:7
%6914 = assign %6862, %6864 : i64[] @ models/lib/nn.yaml:80:7
%6915 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%6916 = broadcast %6915 : f32[16] @ models/lib/nn.yaml:80:7
%6917 = mul %142, %6916 : f32[16] @ models/lib/nn.yaml:80:7
%6918 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6919 = sub %6918, %2067 : f64[] @ models/lib/nn.yaml:80:7
%6920 = cast %6919 : f32[] @ models/lib/nn.yaml:80:7
%6921 = broadcast %6920 : f32[16] @ models/lib/nn.yaml:80:7
%6922 = mul %6910, %6921 : f32[16] @ models/lib/nn.yaml:80:7
%6923 = add %6917, %6922 : f32[16] @ models/lib/nn.yaml:80:7
%6924 = assign %142, %6923 : f32[16] @ models/lib/nn.yaml:80:7
%6925 = all_reduce_sum %2676 : f32[16] @ models/lib/nn.yaml:89:7
%6926 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6927 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6928 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6929 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6930 = add %6928, %6929 : i64[] @ models/lib/nn.yaml:89:7
%6931 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6932 = cast %6931 : f32[] @ models/lib/nn.yaml:89:7
%6933 = broadcast %6932 : f32[16] @ models/lib/nn.yaml:89:7
%6934 = mul %6925, %6933 : f32[16] @ models/lib/nn.yaml:89:7
%6935 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6936 = cast %6935 : f32[] @ models/lib/nn.yaml:89:7
%6937 = broadcast %6936 : f32[16] @ models/lib/nn.yaml:89:7
%6938 = mul %6926, %6937 : f32[16] @ models/lib/nn.yaml:89:7
%6939 = add %6938, %6934 : f32[16] @ models/lib/nn.yaml:89:7
%6940 = mul %6925, %6925 : f32[16] @ models/lib/nn.yaml:89:7
%6941 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6942 = cast %6941 : f32[] @ models/lib/nn.yaml:89:7
%6943 = broadcast %6942 : f32[16] @ models/lib/nn.yaml:89:7
%6944 = mul %6940, %6943 : f32[16] @ models/lib/nn.yaml:89:7
%6945 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6946 = cast %6945 : f32[] @ models/lib/nn.yaml:89:7
%6947 = broadcast %6946 : f32[16] @ models/lib/nn.yaml:89:7
%6948 = mul %6927, %6947 : f32[16] @ models/lib/nn.yaml:89:7
%6949 = add %6948, %6944 : f32[16] @ models/lib/nn.yaml:89:7
%6950 = cast %6930 : f64[] @ models/lib/nn.yaml:89:7
%6951 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6952 = pow %6951, %6950 : f64[] @ models/lib/nn.yaml:89:7
%6953 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6954 = sub %6953, %6952 : f64[] @ models/lib/nn.yaml:89:7
%6955 = div %2065, %6954 : f64[] @ models/lib/nn.yaml:89:7
%6956 = cast %6930 : f64[] @ models/lib/nn.yaml:89:7
%6957 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6958 = pow %6957, %6956 : f64[] @ models/lib/nn.yaml:89:7
%6959 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6960 = sub %6959, %6958 : f64[] @ models/lib/nn.yaml:89:7
%6961 = sqrt %6960 : f64[] @ models/lib/nn.yaml:89:7
%6962 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6963 = div %6962, %6961 : f64[] @ models/lib/nn.yaml:89:7
%6964 = sqrt %6949 : f32[16] @ models/lib/nn.yaml:89:7
%6965 = cast %6963 : f32[] @ models/lib/nn.yaml:89:7
%6966 = broadcast %6965 : f32[16] @ models/lib/nn.yaml:89:7
%6967 = mul %6964, %6966 : f32[16] @ models/lib/nn.yaml:89:7
%6968 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6969 = cast %6968 : f32[] @ models/lib/nn.yaml:89:7
%6970 = broadcast %6969 : f32[16] @ models/lib/nn.yaml:89:7
%6971 = add %6967, %6970 : f32[16] @ models/lib/nn.yaml:89:7
%6972 = div %6939, %6971 : f32[16] @ models/lib/nn.yaml:89:7
%6973 = cast %6955 : f32[] @ models/lib/nn.yaml:89:7
%6974 = broadcast %6973 : f32[16] @ models/lib/nn.yaml:89:7
%6975 = mul %6972, %6974 : f32[16] @ models/lib/nn.yaml:89:7
%6976 = sub %59, %6975 : f32[16] @ models/lib/nn.yaml:89:7
%6977 = assign %59, %6976 : f32[16] @ models/lib/nn.yaml:89:7
%6978 = assign %6926, %6939 : f32[16] @ models/lib/nn.yaml:89:7
%6979 = assign %6927, %6949 : f32[16] @ models/lib/nn.yaml:89:7
%6980 = assign %6928, %6930 : i64[] @ models/lib/nn.yaml:89:7
%6981 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%6982 = broadcast %6981 : f32[16] @ models/lib/nn.yaml:89:7
%6983 = mul %143, %6982 : f32[16] @ models/lib/nn.yaml:89:7
%6984 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6985 = sub %6984, %2067 : f64[] @ models/lib/nn.yaml:89:7
%6986 = cast %6985 : f32[] @ models/lib/nn.yaml:89:7
%6987 = broadcast %6986 : f32[16] @ models/lib/nn.yaml:89:7
%6988 = mul %6976, %6987 : f32[16] @ models/lib/nn.yaml:89:7
%6989 = add %6983, %6988 : f32[16] @ models/lib/nn.yaml:89:7
%6990 = assign %143, %6989 : f32[16] @ models/lib/nn.yaml:89:7
%6991 = all_reduce_sum %2672 : f32[16] @ models/lib/nn.yaml:90:7
%6992 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6993 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6994 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6995 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6996 = add %6994, %6995 : i64[] @ models/lib/nn.yaml:90:7
%6997 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6998 = cast %6997 : f32[] @ models/lib/nn.yaml:90:7
%6999 = broadcast %6998 : f32[16] @ models/lib/nn.yaml:90:7
%7000 = mul %6991, %6999 : f32[16] @ models/lib/nn.yaml:90:7
%7001 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7002 = cast %7001 : f32[] @ models/lib/nn.yaml:90:7
%7003 = broadcast %7002 : f32[16] @ models/lib/nn.yaml:90:7
%7004 = mul %6992, %7003 : f32[16] @ models/lib/nn.yaml:90:7
%7005 = add %7004, %7000 : f32[16] @ models/lib/nn.yaml:90:7
%7006 = mul %6991, %6991 : f32[16] @ models/lib/nn.yaml:90:7
%7007 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7008 = cast %7007 : f32[] @ models/lib/nn.yaml:90:7
%7009 = broadcast %7008 : f32[16] @ models/lib/nn.yaml:90:7
%7010 = mul %7006, %7009 : f32[16] @ models/lib/nn.yaml:90:7
%7011 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7012 = cast %7011 : f32[] @ models/lib/nn.yaml:90:7
%7013 = broadcast %7012 : f32[16] @ models/lib/nn.yaml:90:7
%7014 = mul %6993, %7013 : f32[16] @ models/lib/nn.yaml:90:7
%7015 = add %7014, %7010 : f32[16] @ models/lib/nn.yaml:90:7
%7016 = cast %6996 : f64[] @ models/lib/nn.yaml:90:7
%7017 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7018 = pow %7017, %7016 : f64[] @ models/lib/nn.yaml:90:7
%7019 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7020 = sub %7019, %7018 : f64[] @ models/lib/nn.yaml:90:7
%7021 = div %2065, %7020 : f64[] @ models/lib/nn.yaml:90:7
%7022 = cast %6996 : f64[] @ models/lib/nn.yaml:90:7
%7023 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7024 = pow %7023, %7022 : f64[] @ models/lib/nn.yaml:90:7
%7025 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7026 = sub %7025, %7024 : f64[] @ models/lib/nn.yaml:90:7
%7027 = sqrt %7026 : f64[] @ models/lib/nn.yaml:90:7
%7028 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7029 = div %7028, %7027 : f64[] @ models/lib/nn.yaml:90:7
%7030 = sqrt %7015 : f32[16] @ models/lib/nn.yaml:90:7
%7031 = cast %7029 : f32[] @ models/lib/nn.yaml:90:7
%7032 = broadcast %7031 : f32[16] @ models/lib/nn.yaml:90:7
%7033 = mul %7030, %7032 : f32[16] @ models/lib/nn.yaml:90:7
%7034 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7035 = cast %7034 : f32[] @ models/lib/nn.yaml:90:7
%7036 = broadcast %7035 : f32[16] @ models/lib/nn.yaml:90:7
%7037 = add %7033, %7036 : f32[16] @ models/lib/nn.yaml:90:7
%7038 = div %7005, %7037 : f32[16] @ models/lib/nn.yaml:90:7
%7039 = cast %7021 : f32[] @ models/lib/nn.yaml:90:7
%7040 = broadcast %7039 : f32[16] @ models/lib/nn.yaml:90:7
%7041 = mul %7038, %7040 : f32[16] @ models/lib/nn.yaml:90:7
%7042 = sub %60, %7041 : f32[16] @ models/lib/nn.yaml:90:7
%7043 = assign %60, %7042 : f32[16] @ models/lib/nn.yaml:90:7
%7044 = assign %6992, %7005 : f32[16] @ models/lib/nn.yaml:90:7
%7045 = assign %6993, %7015 : f32[16] @ models/lib/nn.yaml:90:7
%7046 = assign %6994, %6996 : i64[] @ models/lib/nn.yaml:90:7
%7047 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%7048 = broadcast %7047 : f32[16] @ models/lib/nn.yaml:90:7
%7049 = mul %144, %7048 : f32[16] @ models/lib/nn.yaml:90:7
%7050 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7051 = sub %7050, %2067 : f64[] @ models/lib/nn.yaml:90:7
%7052 = cast %7051 : f32[] @ models/lib/nn.yaml:90:7
%7053 = broadcast %7052 : f32[16] @ models/lib/nn.yaml:90:7
%7054 = mul %7042, %7053 : f32[16] @ models/lib/nn.yaml:90:7
%7055 = add %7049, %7054 : f32[16] @ models/lib/nn.yaml:90:7
%7056 = assign %144, %7055 : f32[16] @ models/lib/nn.yaml:90:7
%7057 = all_reduce_sum %2670 : f32[64,16] @ models/lib/nn.yaml:79:7
%7058 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7059 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%7060 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7061 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7062 = add %7060, %7061 : i64[] @ models/lib/nn.yaml:79:7
%7063 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%7064 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7065 = sub %7064, %7063 : f64[] @ models/lib/nn.yaml:79:7
%7066 = cast %7065 : f32[] @ models/lib/nn.yaml:79:7
%7067 = broadcast %7066 : f32[64,16] @ models/lib/nn.yaml:79:7
%7068 = mul %61, %7067 : f32[64,16] @ models/lib/nn.yaml:79:7
%7069 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7070 = cast %7069 : f32[] @ models/lib/nn.yaml:79:7
%7071 = broadcast %7070 : f32[64,16] @ models/lib/nn.yaml:79:7
%7072 = mul %7057, %7071 : f32[64,16] @ models/lib/nn.yaml:79:7
%7073 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7074 = cast %7073 : f32[] @ models/lib/nn.yaml:79:7
%7075 = broadcast %7074 : f32[64,16] @ models/lib/nn.yaml:79:7
%7076 = mul %7058, %7075 : f32[64,16] @ models/lib/nn.yaml:79:7
%7077 = add %7076, %7072 : f32[64,16] @ models/lib/nn.yaml:79:7
%7078 = mul %7057, %7057 : f32[64,16] @ models/lib/nn.yaml:79:7
%7079 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7080 = cast %7079 : f32[] @ models/lib/nn.yaml:79:7
%7081 = broadcast %7080 : f32[64,16] @ models/lib/nn.yaml:79:7
%7082 = mul %7078, %7081 : f32[64,16] @ models/lib/nn.yaml:79:7
%7083 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7084 = cast %7083 : f32[] @ models/lib/nn.yaml:79:7
%7085 = broadcast %7084 : f32[64,16] @ models/lib/nn.yaml:79:7
%7086 = mul %7059, %7085 : f32[64,16] @ models/lib/nn.yaml:79:7
%7087 = add %7086, %7082 : f32[64,16] @ models/lib/nn.yaml:79:7
%7088 = cast %7062 : f64[] @ models/lib/nn.yaml:79:7
%7089 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7090 = pow %7089, %7088 : f64[] @ models/lib/nn.yaml:79:7
%7091 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7092 = sub %7091, %7090 : f64[] @ models/lib/nn.yaml:79:7
%7093 = div %2065, %7092 : f64[] @ models/lib/nn.yaml:79:7
%7094 = cast %7062 : f64[] @ models/lib/nn.yaml:79:7
%7095 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7096 = pow %7095, %7094 : f64[] @ models/lib/nn.yaml:79:7
%7097 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7098 = sub %7097, %7096 : f64[] @ models/lib/nn.yaml:79:7
%7099 = sqrt %7098 : f64[] @ models/lib/nn.yaml:79:7
%7100 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7101 = div %7100, %7099 : f64[] @ models/lib/nn.yaml:79:7
%7102 = sqrt %7087 : f32[64,16] @ models/lib/nn.yaml:79:7
%7103 = cast %7101 : f32[] @ models/lib/nn.yaml:79:7
%7104 = broadcast %7103 : f32[64,16] @ models/lib/nn.yaml:79:7
%7105 = mul %7102, %7104 : f32[64,16] @ models/lib/nn.yaml:79:7
%7106 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7107 = cast %7106 : f32[] @ models/lib/nn.yaml:79:7
%7108 = broadcast %7107 : f32[64,16] @ models/lib/nn.yaml:79:7
%7109 = add %7105, %7108 : f32[64,16] @ models/lib/nn.yaml:79:7
%7110 = div %7077, %7109 : f32[64,16] @ models/lib/nn.yaml:79:7
%7111 = cast %7093 : f32[] @ models/lib/nn.yaml:79:7
%7112 = broadcast %7111 : f32[64,16] @ models/lib/nn.yaml:79:7
%7113 = mul %7110, %7112 : f32[64,16] @ models/lib/nn.yaml:79:7
%7114 = sub %7068, %7113 : f32[64,16] @ models/lib/nn.yaml:79:7
%7115 = assign %61, %7114 : f32[64,16] @ models/lib/nn.yaml:79:7
%7116 = assign %7058, %7077 : f32[64,16] @ models/lib/nn.yaml:79:7
%7117 = assign %7059, %7087 : f32[64,16] @ models/lib/nn.yaml:79:7
%7118 = assign %7060, %7062 : i64[] @ models/lib/nn.yaml:79:7
%7119 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%7120 = broadcast %7119 : f32[64,16] @ models/lib/nn.yaml:79:7
%7121 = mul %145, %7120 : f32[64,16] @ models/lib/nn.yaml:79:7
%7122 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7123 = sub %7122, %2067 : f64[] @ models/lib/nn.yaml:79:7
%7124 = cast %7123 : f32[] @ models/lib/nn.yaml:79:7
%7125 = broadcast %7124 : f32[64,16] @ models/lib/nn.yaml:79:7
%7126 = mul %7114, %7125 : f32[64,16] @ models/lib/nn.yaml:79:7
%7127 = add %7121, %7126 : f32[64,16] @ models/lib/nn.yaml:79:7
%7128 = assign %145, %7127 : f32[64,16] @ models/lib/nn.yaml:79:7
%7129 = all_reduce_sum %2666 : f32[64] @ models/lib/nn.yaml:80:7
%7130 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7131 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%7132 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7133 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7134 = add %7132, %7133 : i64[] @ models/lib/nn.yaml:80:7
%7135 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7136 = cast %7135 : f32[] @ models/lib/nn.yaml:80:7
%7137 = broadcast %7136 : f32[64] @ models/lib/nn.yaml:80:7
%7138 = mul %7129, %7137 : f32[64] @ models/lib/nn.yaml:80:7
%7139 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7140 = cast %7139 : f32[] @ models/lib/nn.yaml:80:7
%7141 = broadcast %7140 : f32[64] @ models/lib/nn.yaml:80:7
%7142 = mul %7130, %7141 : f32[64] @ models/lib/nn.yaml:80:7
%7143 = add %7142, %7138 : f32[64] @ models/lib/nn.yaml:80:7
%7144 = mul %7129, %7129 : f32[64] @ models/lib/nn.yaml:80:7
%7145 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7146 = cast %7145 : f32[] @ models/lib/nn.yaml:80:7
%7147 = broadcast %7146 : f32[64] @ models/lib/nn.yaml:80:7
%7148 = mul %7144, %7147 : f32[64] @ models/lib/nn.yaml:80:7
%7149 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7150 = cast %7149 : f32[] @ models/lib/nn.yaml:80:7
%7151 = broadcast %7150 : f32[64] @ models/lib/nn.yaml:80:7
%7152 = mul %7131, %7151 : f32[64] @ models/lib/nn.yaml:80:7
%7153 = add %7152, %7148 : f32[64] @ models/lib/nn.yaml:80:7
%7154 = cast %7134 : f64[] @ models/lib/nn.yaml:80:7
%7155 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7156 = pow %7155, %7154 : f64[] @ models/lib/nn.yaml:80:7
%7157 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7158 = sub %7157, %7156 : f64[] @ models/lib/nn.yaml:80:7
%7159 = div %2065, %7158 : f64[] @ models/lib/nn.yaml:80:7
%7160 = cast %7134 : f64[] @ models/lib/nn.yaml:80:7
%7161 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7162 = pow %7161, %7160 : f64[] @ models/lib/nn.yaml:80:7
%7163 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7164 = sub %7163, %7162 : f64[] @ models/lib/nn.yaml:80:7
%7165 = sqrt %7164 : f64[] @ models/lib/nn.yaml:80:7
%7166 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7167 = div %7166, %7165 : f64[] @ models/lib/nn.yaml:80:7
%7168 = sqrt %7153 : f32[64] @ models/lib/nn.yaml:80:7
%7169 = cast %7167 : f32[] @ models/lib/nn.yaml:80:7
%7170 = broadcast %7169 : f32[64] @ models/lib/nn.yaml:80:7
%7171 = mul %7168, %7170 : f32[64] @ models/lib/nn.yaml:80:7
%7172 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7173 = cast %7172 : f32[] @ models/lib/nn.yaml:80:7
%7174 = broadcast %7173 : f32[64] @ models/lib/nn.yaml:80:7
%7175 = add %7171, %7174 : f32[64] @ models/lib/nn.yaml:80:7
%7176 = div %7143, %7175 : f32[64] @ models/lib/nn.yaml:80:7
%7177 = cast %7159 : f32[] @ models/lib/nn.yaml:80:7
%7178 = broadcast %7177 : f32[64] @ models/lib/nn.yaml:80:7
%7179 = mul %7176, %7178 : f32[64] @ models/lib/nn.yaml:80:7
%7180 = sub %62, %7179 : f32[64] @ models/lib/nn.yaml:80:7
%7181 = assign %62, %7180 : f32[64] @ models/lib/nn.yaml:80:7
%7182 = assign %7130, %7143 : f32[64] @ models/lib/nn.yaml:80:7
%7183 = assign %7131, %7153 : f32[64] @ models/lib/nn.yaml:80:7
%7184 = assign %7132, %7134 : i64[] @ models/lib/nn.yaml:80:7
%7185 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%7186 = broadcast %7185 : f32[64] @ models/lib/nn.yaml:80:7
%7187 = mul %146, %7186 : f32[64] @ models/lib/nn.yaml:80:7
%7188 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7189 = sub %7188, %2067 : f64[] @ models/lib/nn.yaml:80:7
%7190 = cast %7189 : f32[] @ models/lib/nn.yaml:80:7
%7191 = broadcast %7190 : f32[64] @ models/lib/nn.yaml:80:7
%7192 = mul %7180, %7191 : f32[64] @ models/lib/nn.yaml:80:7
%7193 = add %7187, %7192 : f32[64] @ models/lib/nn.yaml:80:7
%7194 = assign %146, %7193 : f32[64] @ models/lib/nn.yaml:80:7
%7195 = all_reduce_sum %2652 : f32[16,64] @ models/lib/nn.yaml:79:7
%7196 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7197 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%7198 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7199 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7200 = add %7198, %7199 : i64[] @ models/lib/nn.yaml:79:7
%7201 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%7202 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7203 = sub %7202, %7201 : f64[] @ models/lib/nn.yaml:79:7
%7204 = cast %7203 : f32[] @ models/lib/nn.yaml:79:7
%7205 = broadcast %7204 : f32[16,64] @ models/lib/nn.yaml:79:7
%7206 = mul %63, %7205 : f32[16,64] @ models/lib/nn.yaml:79:7
%7207 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7208 = cast %7207 : f32[] @ models/lib/nn.yaml:79:7
%7209 = broadcast %7208 : f32[16,64] @ models/lib/nn.yaml:79:7
%7210 = mul %7195, %7209 : f32[16,64] @ models/lib/nn.yaml:79:7
%7211 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7212 = cast %7211 : f32[] @ models/lib/nn.yaml:79:7
%7213 = broadcast %7212 : f32[16,64] @ models/lib/nn.yaml:79:7
%7214 = mul %7196, %7213 : f32[16,64] @ models/lib/nn.yaml:79:7
%7215 = add %7214, %7210 : f32[16,64] @ models/lib/nn.yaml:79:7
%7216 = mul %7195, %7195 : f32[16,64] @ models/lib/nn.yaml:79:7
%7217 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7218 = cast %7217 : f32[] @ models/lib/nn.yaml:79:7
%7219 = broadcast %7218 : f32[16,64] @ models/lib/nn.yaml:79:7
%7220 = mul %7216, %7219 : f32[16,64] @ models/lib/nn.yaml:79:7
%7221 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7222 = cast %7221 : f32[] @ models/lib/nn.yaml:79:7
%7223 = broadcast %7222 : f32[16,64] @ models/lib/nn.yaml:79:7
%7224 = mul %7197, %7223 : f32[16,64] @ models/lib/nn.yaml:79:7
%7225 = add %7224, %7220 : f32[16,64] @ models/lib/nn.yaml:79:7
%7226 = cast %7200 : f64[] @ models/lib/nn.yaml:79:7
%7227 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7228 = pow %7227, %7226 : f64[] @ models/lib/nn.yaml:79:7
%7229 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7230 = sub %7229, %7228 : f64[] @ models/lib/nn.yaml:79:7
%7231 = div %2065, %7230 : f64[] @ models/lib/nn.yaml:79:7
%7232 = cast %7200 : f64[] @ models/lib/nn.yaml:79:7
%7233 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7234 = pow %7233, %7232 : f64[] @ models/lib/nn.yaml:79:7
%7235 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7236 = sub %7235, %7234 : f64[] @ models/lib/nn.yaml:79:7
%7237 = sqrt %7236 : f64[] @ models/lib/nn.yaml:79:7
%7238 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7239 = div %7238, %7237 : f64[] @ models/lib/nn.yaml:79:7
%7240 = sqrt %7225 : f32[16,64] @ models/lib/nn.yaml:79:7
%7241 = cast %7239 : f32[] @ models/lib/nn.yaml:79:7
%7242 = broadcast %7241 : f32[16,64] @ models/lib/nn.yaml:79:7
%7243 = mul %7240, %7242 : f32[16,64] @ models/lib/nn.yaml:79:7
%7244 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7245 = cast %7244 : f32[] @ models/lib/nn.yaml:79:7
%7246 = broadcast %7245 : f32[16,64] @ models/lib/nn.yaml:79:7
%7247 = add %7243, %7246 : f32[16,64] @ models/lib/nn.yaml:79:7
%7248 = div %7215, %7247 : f32[16,64] @ models/lib/nn.yaml:79:7
%7249 = cast %7231 : f32[] @ models/lib/nn.yaml:79:7
%7250 = broadcast %7249 : f32[16,64] @ models/lib/nn.yaml:79:7
%7251 = mul %7248, %7250 : f32[16,64] @ models/lib/nn.yaml:79:7
%7252 = sub %7206, %7251 : f32[16,64] @ models/lib/nn.yaml:79:7
%7253 = assign %63, %7252 : f32[16,64] @ models/lib/nn.yaml:79:7
%7254 = assign %7196, %7215 : f32[16,64] @ models/lib/nn.yaml:79:7
%7255 = assign %7197, %7225 : f32[16,64] @ models/lib/nn.yaml:79:7
%7256 = assign %7198, %7200 : i64[] @ models/lib/nn.yaml:79:7
%7257 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%7258 = broadcast %7257 : f32[16,64] @ models/lib/nn.yaml:79:7
%7259 = mul %147, %7258 : f32[16,64] @ models/lib/nn.yaml:79:7
%7260 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7261 = sub %7260, %2067 : f64[] @ models/lib/nn.yaml:79:7
%7262 = cast %7261 : f32[] @ models/lib/nn.yaml:79:7
%7263 = broadcast %7262 : f32[16,64] @ models/lib/nn.yaml:79:7
%7264 = mul %7252, %7263 : f32[16,64] @ models/lib/nn.yaml:79:7
%7265 = add %7259, %7264 : f32[16,64] @ models/lib/nn.yaml:79:7
%7266 = assign %147, %7265 : f32[16,64] @ models/lib/nn.yaml:79:7
%7267 = all_reduce_sum %2648 : f32[16] @ models/lib/nn.yaml:80:7
%7268 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7269 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7270 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7271 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7272 = add %7270, %7271 : i64[] @ models/lib/nn.yaml:80:7
%7273 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7274 = cast %7273 : f32[] @ models/lib/nn.yaml:80:7
%7275 = broadcast %7274 : f32[16] @ models/lib/nn.yaml:80:7
%7276 = mul %7267, %7275 : f32[16] @ models/lib/nn.yaml:80:7
%7277 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7278 = cast %7277 : f32[] @ models/lib/nn.yaml:80:7
%7279 = broadcast %7278 : f32[16] @ models/lib/nn.yaml:80:7
%7280 = mul %7268, %7279 : f32[16] @ models/lib/nn.yaml:80:7
%7281 = add %7280, %7276 : f32[16] @ models/lib/nn.yaml:80:7
%7282 = mul %7267, %7267 : f32[16] @ models/lib/nn.yaml:80:7
%7283 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7284 = cast %7283 : f32[] @ models/lib/nn.yaml:80:7
%7285 = broadcast %7284 : f32[16] @ models/lib/nn.yaml:80:7
%7286 = mul %7282, %7285 : f32[16] @ models/lib/nn.yaml:80:7
%7287 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7288 = cast %7287 : f32[] @ models/lib/nn.yaml:80:7
%7289 = broadcast %7288 : f32[16] @ models/lib/nn.yaml:80:7
%7290 = mul %7269, %7289 : f32[16] @ models/lib/nn.yaml:80:7
%7291 = add %7290, %7286 : f32[16] @ models/lib/nn.yaml:80:7
%7292 = cast %7272 : f64[] @ models/lib/nn.yaml:80:7
%7293 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7294 = pow %7293, %7292 : f64[] @ models/lib/nn.yaml:80:7
%7295 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7296 = sub %7295, %7294 : f64[] @ models/lib/nn.yaml:80:7
%7297 = div %2065, %7296 : f64[] @ models/lib/nn.yaml:80:7
%7298 = cast %7272 : f64[] @ models/lib/nn.yaml:80:7
%7299 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7300 = pow %7299, %7298 : f64[] @ models/lib/nn.yaml:80:7
%7301 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7302 = sub %7301, %7300 : f64[] @ models/lib/nn.yaml:80:7
%7303 = sqrt %7302 : f64[] @ models/lib/nn.yaml:80:7
%7304 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7305 = div %7304, %7303 : f64[] @ models/lib/nn.yaml:80:7
%7306 = sqrt %7291 : f32[16] @ models/lib/nn.yaml:80:7
%7307 = cast %7305 : f32[] @ models/lib/nn.yaml:80:7
%7308 = broadcast %7307 : f32[16] @ models/lib/nn.yaml:80:7
%7309 = mul %7306, %7308 : f32[16] @ models/lib/nn.yaml:80:7
%7310 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7311 = cast %7310 : f32[] @ models/lib/nn.yaml:80:7
%7312 = broadcast %7311 : f32[16] @ models/lib/nn.yaml:80:7
%7313 = add %7309, %7312 : f32[16] @ models/lib/nn.yaml:80:7
%7314 = div %7281, %7313 : f32[16] @ models/lib/nn.yaml:80:7
%7315 = cast %7297 : f32[] @ models/lib/nn.yaml:80:7
%7316 = broadcast %7315 : f32[16] @ models/lib/nn.yaml:80:7
%7317 = mul %7314, %7316 : f32[16] @ models/lib/nn.yaml:80:7
%7318 = sub %64, %7317 : f32[16] @ models/lib/nn.yaml:80:7
%7319 = assign %64, %7318 : f32[16] @ models/lib/nn.yaml:80:7
%7320 = assign %7268, %7281 : f32[16] @ models/lib/nn.yaml:80:7
%7321 = assign %7269, %7291 : f32[16] @ models/lib/nn.yaml:80:7
%7322 = assign %7270, %7272 : i64[] @ models/lib/nn.yaml:80:7
%7323 = cast %2067 : f32[] @ models/lib/nn.yaml:80:7
%7324 = broadcast %7323 : f32[16] @ models/lib/nn.yaml:80:7
%7325 = mul %148, %7324 : f32[16] @ models/lib/nn.yaml:80:7
%7326 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7327 = sub %7326, %2067 : f64[] @ models/lib/nn.yaml:80:7
%7328 = cast %7327 : f32[] @ models/lib/nn.yaml:80:7
%7329 = broadcast %7328 : f32[16] @ models/lib/nn.yaml:80:7
%7330 = mul %7318, %7329 : f32[16] @ models/lib/nn.yaml:80:7
%7331 = add %7325, %7330 : f32[16] @ models/lib/nn.yaml:80:7
%7332 = assign %148, %7331 : f32[16] @ models/lib/nn.yaml:80:7
%7333 = all_reduce_sum %2624 : f32[16] @ models/lib/nn.yaml:89:7
%7334 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7335 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7336 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7337 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%7338 = add %7336, %7337 : i64[] @ models/lib/nn.yaml:89:7
%7339 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%7340 = cast %7339 : f32[] @ models/lib/nn.yaml:89:7
%7341 = broadcast %7340 : f32[16] @ models/lib/nn.yaml:89:7
%7342 = mul %7333, %7341 : f32[16] @ models/lib/nn.yaml:89:7
%7343 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7344 = cast %7343 : f32[] @ models/lib/nn.yaml:89:7
%7345 = broadcast %7344 : f32[16] @ models/lib/nn.yaml:89:7
%7346 = mul %7334, %7345 : f32[16] @ models/lib/nn.yaml:89:7
%7347 = add %7346, %7342 : f32[16] @ models/lib/nn.yaml:89:7
%7348 = mul %7333, %7333 : f32[16] @ models/lib/nn.yaml:89:7
%7349 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%7350 = cast %7349 : f32[] @ models/lib/nn.yaml:89:7
%7351 = broadcast %7350 : f32[16] @ models/lib/nn.yaml:89:7
%7352 = mul %7348, %7351 : f32[16] @ models/lib/nn.yaml:89:7
%7353 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7354 = cast %7353 : f32[] @ models/lib/nn.yaml:89:7
%7355 = broadcast %7354 : f32[16] @ models/lib/nn.yaml:89:7
%7356 = mul %7335, %7355 : f32[16] @ models/lib/nn.yaml:89:7
%7357 = add %7356, %7352 : f32[16] @ models/lib/nn.yaml:89:7
%7358 = cast %7338 : f64[] @ models/lib/nn.yaml:89:7
%7359 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7360 = pow %7359, %7358 : f64[] @ models/lib/nn.yaml:89:7
%7361 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7362 = sub %7361, %7360 : f64[] @ models/lib/nn.yaml:89:7
%7363 = div %2065, %7362 : f64[] @ models/lib/nn.yaml:89:7
%7364 = cast %7338 : f64[] @ models/lib/nn.yaml:89:7
%7365 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7366 = pow %7365, %7364 : f64[] @ models/lib/nn.yaml:89:7
%7367 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7368 = sub %7367, %7366 : f64[] @ models/lib/nn.yaml:89:7
%7369 = sqrt %7368 : f64[] @ models/lib/nn.yaml:89:7
%7370 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7371 = div %7370, %7369 : f64[] @ models/lib/nn.yaml:89:7
%7372 = sqrt %7357 : f32[16] @ models/lib/nn.yaml:89:7
%7373 = cast %7371 : f32[] @ models/lib/nn.yaml:89:7
%7374 = broadcast %7373 : f32[16] @ models/lib/nn.yaml:89:7
%7375 = mul %7372, %7374 : f32[16] @ models/lib/nn.yaml:89:7
%7376 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7377 = cast %7376 : f32[] @ models/lib/nn.yaml:89:7
%7378 = broadcast %7377 : f32[16] @ models/lib/nn.yaml:89:7
%7379 = add %7375, %7378 : f32[16] @ models/lib/nn.yaml:89:7
%7380 = div %7347, %7379 : f32[16] @ models/lib/nn.yaml:89:7
%7381 = cast %7363 : f32[] @ models/lib/nn.yaml:89:7
%7382 = broadcast %7381 : f32[16] @ models/lib/nn.yaml:89:7
%7383 = mul %7380, %7382 : f32[16] @ models/lib/nn.yaml:89:7
%7384 = sub %65, %7383 : f32[16] @ models/lib/nn.yaml:89:7
%7385 = assign %65, %7384 : f32[16] @ models/lib/nn.yaml:89:7
%7386 = assign %7334, %7347 : f32[16] @ models/lib/nn.yaml:89:7
%7387 = assign %7335, %7357 : f32[16] @ models/lib/nn.yaml:89:7
%7388 = assign %7336, %7338 : i64[] @ models/lib/nn.yaml:89:7
%7389 = cast %2067 : f32[] @ models/lib/nn.yaml:89:7
%7390 = broadcast %7389 : f32[16] @ models/lib/nn.yaml:89:7
%7391 = mul %149, %7390 : f32[16] @ models/lib/nn.yaml:89:7
%7392 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7393 = sub %7392, %2067 : f64[] @ models/lib/nn.yaml:89:7
%7394 = cast %7393 : f32[] @ models/lib/nn.yaml:89:7
%7395 = broadcast %7394 : f32[16] @ models/lib/nn.yaml:89:7
%7396 = mul %7384, %7395 : f32[16] @ models/lib/nn.yaml:89:7
%7397 = add %7391, %7396 : f32[16] @ models/lib/nn.yaml:89:7
%7398 = assign %149, %7397 : f32[16] @ models/lib/nn.yaml:89:7
%7399 = all_reduce_sum %2620 : f32[16] @ models/lib/nn.yaml:90:7
%7400 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7401 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7402 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7403 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7404 = add %7402, %7403 : i64[] @ models/lib/nn.yaml:90:7
%7405 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7406 = cast %7405 : f32[] @ models/lib/nn.yaml:90:7
%7407 = broadcast %7406 : f32[16] @ models/lib/nn.yaml:90:7
%7408 = mul %7399, %7407 : f32[16] @ models/lib/nn.yaml:90:7
%7409 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7410 = cast %7409 : f32[] @ models/lib/nn.yaml:90:7
%7411 = broadcast %7410 : f32[16] @ models/lib/nn.yaml:90:7
%7412 = mul %7400, %7411 : f32[16] @ models/lib/nn.yaml:90:7
%7413 = add %7412, %7408 : f32[16] @ models/lib/nn.yaml:90:7
%7414 = mul %7399, %7399 : f32[16] @ models/lib/nn.yaml:90:7
%7415 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7416 = cast %7415 : f32[] @ models/lib/nn.yaml:90:7
%7417 = broadcast %7416 : f32[16] @ models/lib/nn.yaml:90:7
%7418 = mul %7414, %7417 : f32[16] @ models/lib/nn.yaml:90:7
%7419 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7420 = cast %7419 : f32[] @ models/lib/nn.yaml:90:7
%7421 = broadcast %7420 : f32[16] @ models/lib/nn.yaml:90:7
%7422 = mul %7401, %7421 : f32[16] @ models/lib/nn.yaml:90:7
%7423 = add %7422, %7418 : f32[16] @ models/lib/nn.yaml:90:7
%7424 = cast %7404 : f64[] @ models/lib/nn.yaml:90:7
%7425 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7426 = pow %7425, %7424 : f64[] @ models/lib/nn.yaml:90:7
%7427 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7428 = sub %7427, %7426 : f64[] @ models/lib/nn.yaml:90:7
%7429 = div %2065, %7428 : f64[] @ models/lib/nn.yaml:90:7
%7430 = cast %7404 : f64[] @ models/lib/nn.yaml:90:7
%7431 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7432 = pow %7431, %7430 : f64[] @ models/lib/nn.yaml:90:7
%7433 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7434 = sub %7433, %7432 : f64[] @ models/lib/nn.yaml:90:7
%7435 = sqrt %7434 : f64[] @ models/lib/nn.yaml:90:7
%7436 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7437 = div %7436, %7435 : f64[] @ models/lib/nn.yaml:90:7
%7438 = sqrt %7423 : f32[16] @ models/lib/nn.yaml:90:7
%7439 = cast %7437 : f32[] @ models/lib/nn.yaml:90:7
%7440 = broadcast %7439 : f32[16] @ models/lib/nn.yaml:90:7
%7441 = mul %7438, %7440 : f32[16] @ models/lib/nn.yaml:90:7
%7442 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7443 = cast %7442 : f32[] @ models/lib/nn.yaml:90:7
%7444 = broadcast %7443 : f32[16] @ models/lib/nn.yaml:90:7
%7445 = add %7441, %7444 : f32[16] @ models/lib/nn.yaml:90:7
%7446 = div %7413, %7445 : f32[16] @ models/lib/nn.yaml:90:7
%7447 = cast %7429 : f32[] @ models/lib/nn.yaml:90:7
%7448 = broadcast %7447 : f32[16] @ models/lib/nn.yaml:90:7
%7449 = mul %7446, %7448 : f32[16] @ models/lib/nn.yaml:90:7
%7450 = sub %66, %7449 : f32[16] @ models/lib/nn.yaml:90:7
%7451 = assign %66, %7450 : f32[16] @ models/lib/nn.yaml:90:7
%7452 = assign %7400, %7413 : f32[16] @ models/lib/nn.yaml:90:7
%7453 = assign %7401, %7423 : f32[16] @ models/lib/nn.yaml:90:7
%7454 = assign %7402, %7404 : i64[] @ models/lib/nn.yaml:90:7
%7455 = cast %2067 : f32[] @ models/lib/nn.yaml:90:7
%7456 = broadcast %7455 : f32[16] @ models/lib/nn.yaml:90:7
%7457 = mul %150, %7456 : f32[16] @ models/lib/nn.yaml:90:7
%7458 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7459 = sub %7458, %2067 : f64[] @ models/lib/nn.yaml:90:7
%7460 = cast %7459 : f32[] @ models/lib/nn.yaml:90:7
%7461 = broadcast %7460 : f32[16] @ models/lib/nn.yaml:90:7
%7462 = mul %7450, %7461 : f32[16] @ models/lib/nn.yaml:90:7
%7463 = add %7457, %7462 : f32[16] @ models/lib/nn.yaml:90:7
%7464 = assign %150, %7463 : f32[16] @ models/lib/nn.yaml:90:7
%7465 = all_reduce_sum %2615 : f32[24,16] @ models/lib/nn.yaml:79:7
%7466 = state name="adam_m.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7467 = state name="adam_v.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7468 = state name="adam_t.projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7469 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7470 = add %7468, %7469 : i64[] @ models/lib/nn.yaml:79:7
%7471 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%7472 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7473 = sub %7472, %7471 : f64[] @ models/lib/nn.yaml:79:7
%7474 = cast %7473 : f32[] @ models/lib/nn.yaml:79:7
%7475 = broadcast %7474 : f32[24,16] @ models/lib/nn.yaml:79:7
%7476 = mul %67, %7475 : f32[24,16] @ models/lib/nn.yaml:79:7
%7477 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7478 = cast %7477 : f32[] @ models/lib/nn.yaml:79:7
%7479 = broadcast %7478 : f32[24,16] @ models/lib/nn.yaml:79:7
%7480 = mul %7465, %7479 : f32[24,16] @ models/lib/nn.yaml:79:7
%7481 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7482 = cast %7481 : f32[] @ models/lib/nn.yaml:79:7
%7483 = broadcast %7482 : f32[24,16] @ models/lib/nn.yaml:79:7
%7484 = mul %7466, %7483 : f32[24,16] @ models/lib/nn.yaml:79:7
%7485 = add %7484, %7480 : f32[24,16] @ models/lib/nn.yaml:79:7
%7486 = mul %7465, %7465 : f32[24,16] @ models/lib/nn.yaml:79:7
%7487 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7488 = cast %7487 : f32[] @ models/lib/nn.yaml:79:7
%7489 = broadcast %7488 : f32[24,16] @ models/lib/nn.yaml:79:7
%7490 = mul %7486, %7489 : f32[24,16] @ models/lib/nn.yaml:79:7
%7491 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7492 = cast %7491 : f32[] @ models/lib/nn.yaml:79:7
%7493 = broadcast %7492 : f32[24,16] @ models/lib/nn.yaml:79:7
%7494 = mul %7467, %7493 : f32[24,16] @ models/lib/nn.yaml:79:7
%7495 = add %7494, %7490 : f32[24,16] @ models/lib/nn.yaml:79:7
%7496 = cast %7470 : f64[] @ models/lib/nn.yaml:79:7
%7497 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7498 = pow %7497, %7496 : f64[] @ models/lib/nn.yaml:79:7
%7499 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7500 = sub %7499, %7498 : f64[] @ models/lib/nn.yaml:79:7
%7501 = div %2065, %7500 : f64[] @ models/lib/nn.yaml:79:7
%7502 = cast %7470 : f64[] @ models/lib/nn.yaml:79:7
%7503 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7504 = pow %7503, %7502 : f64[] @ models/lib/nn.yaml:79:7
%7505 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7506 = sub %7505, %7504 : f64[] @ models/lib/nn.yaml:79:7
%7507 = sqrt %7506 : f64[] @ models/lib/nn.yaml:79:7
%7508 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7509 = div %7508, %7507 : f64[] @ models/lib/nn.yaml:79:7
%7510 = sqrt %7495 : f32[24,16] @ models/lib/nn.yaml:79:7
%7511 = cast %7509 : f32[] @ models/lib/nn.yaml:79:7
%7512 = broadcast %7511 : f32[24,16] @ models/lib/nn.yaml:79:7
%7513 = mul %7510, %7512 : f32[24,16] @ models/lib/nn.yaml:79:7
%7514 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7515 = cast %7514 : f32[] @ models/lib/nn.yaml:79:7
%7516 = broadcast %7515 : f32[24,16] @ models/lib/nn.yaml:79:7
%7517 = add %7513, %7516 : f32[24,16] @ models/lib/nn.yaml:79:7
%7518 = div %7485, %7517 : f32[24,16] @ models/lib/nn.yaml:79:7
%7519 = cast %7501 : f32[] @ models/lib/nn.yaml:79:7
%7520 = broadcast %7519 : f32[24,16] @ models/lib/nn.yaml:79:7
%7521 = mul %7518, %7520 : f32[24,16] @ models/lib/nn.yaml:79:7
%7522 = sub %7476, %7521 : f32[24,16] @ models/lib/nn.yaml:79:7
%7523 = assign %67, %7522 : f32[24,16] @ models/lib/nn.yaml:79:7
%7524 = assign %7466, %7485 : f32[24,16] @ models/lib/nn.yaml:79:7
%7525 = assign %7467, %7495 : f32[24,16] @ models/lib/nn.yaml:79:7
%7526 = assign %7468, %7470 : i64[] @ models/lib/nn.yaml:79:7
%7527 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%7528 = broadcast %7527 : f32[24,16] @ models/lib/nn.yaml:79:7
%7529 = mul %151, %7528 : f32[24,16] @ models/lib/nn.yaml:79:7
%7530 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7531 = sub %7530, %2067 : f64[] @ models/lib/nn.yaml:79:7
%7532 = cast %7531 : f32[] @ models/lib/nn.yaml:79:7
%7533 = broadcast %7532 : f32[24,16] @ models/lib/nn.yaml:79:7
%7534 = mul %7522, %7533 : f32[24,16] @ models/lib/nn.yaml:79:7
%7535 = add %7529, %7534 : f32[24,16] @ models/lib/nn.yaml:79:7
%7536 = assign %151, %7535 : f32[24,16] @ models/lib/nn.yaml:79:7
%7537 = all_reduce_sum %2587 : f32[24] @ models/moco_pass.yaml:75:7
%7538 = state name="adam_m.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7539 = state name="adam_v.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7540 = state name="adam_t.projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%7541 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%7542 = add %7540, %7541 : i64[] @ models/moco_pass.yaml:75:7
%7543 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:75:7
%7544 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7545 = sub %7544, %7543 : f64[] @ models/moco_pass.yaml:75:7
%7546 = cast %7545 : f32[] @ models/moco_pass.yaml:75:7
%7547 = broadcast %7546 : f32[24] @ models/moco_pass.yaml:75:7
%7548 = mul %68, %7547 : f32[24] @ models/moco_pass.yaml:75:7
%7549 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%7550 = cast %7549 : f32[] @ models/moco_pass.yaml:75:7
%7551 = broadcast %7550 : f32[24] @ models/moco_pass.yaml:75:7
%7552 = mul %7537, %7551 : f32[24] @ models/moco_pass.yaml:75:7
%7553 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7554 = cast %7553 : f32[] @ models/moco_pass.yaml:75:7
%7555 = broadcast %7554 : f32[24] @ models/moco_pass.yaml:75:7
%7556 = mul %7538, %7555 : f32[24] @ models/moco_pass.yaml:75:7
%7557 = add %7556, %7552 : f32[24] @ models/moco_pass.yaml:75:7
%7558 = mul %7537, %7537 : f32[24] @ models/moco_pass.yaml:75:7
%7559 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%7560 = cast %7559 : f32[] @ models/moco_pass.yaml:75:7
%7561 = broadcast %7560 : f32[24] @ models/moco_pass.yaml:75:7
%7562 = mul %7558, %7561 : f32[24] @ models/moco_pass.yaml:75:7
%7563 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7564 = cast %7563 : f32[] @ models/moco_pass.yaml:75:7
%7565 = broadcast %7564 : f32[24] @ models/moco_pass.yaml:75:7
%7566 = mul %7539, %7565 : f32[24] @ models/moco_pass.yaml:75:7
%7567 = add %7566, %7562 : f32[24] @ models/moco_pass.yaml:75:7
%7568 = cast %7542 : f64[] @ models/moco_pass.yaml:75:7
%7569 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7570 = pow %7569, %7568 : f64[] @ models/moco_pass.yaml:75:7
%7571 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7572 = sub %7571, %7570 : f64[] @ models/moco_pass.yaml:75:7
%7573 = div %2065, %7572 : f64[] @ models/moco_pass.yaml:75:7
%7574 = cast %7542 : f64[] @ models/moco_pass.yaml:75:7
%7575 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7576 = pow %7575, %7574 : f64[] @ models/moco_pass.yaml:75:7
%7577 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7578 = sub %7577, %7576 : f64[] @ models/moco_pass.yaml:75:7
%7579 = sqrt %7578 : f64[] @ models/moco_pass.yaml:75:7
%7580 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7581 = div %7580, %7579 : f64[] @ models/moco_pass.yaml:75:7
%7582 = sqrt %7567 : f32[24] @ models/moco_pass.yaml:75:7
%7583 = cast %7581 : f32[] @ models/moco_pass.yaml:75:7
%7584 = broadcast %7583 : f32[24] @ models/moco_pass.yaml:75:7
%7585 = mul %7582, %7584 : f32[24] @ models/moco_pass.yaml:75:7
%7586 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%7587 = cast %7586 : f32[] @ models/moco_pass.yaml:75:7
%7588 = broadcast %7587 : f32[24] @ models/moco_pass.yaml:75:7
%7589 = add %7585, %7588 : f32[24] @ models/moco_pass.yaml:75:7
%7590 = div %7557, %7589 : f32[24] @ models/moco_pass.yaml:75:7
%7591 = cast %7573 : f32[] @ models/moco_pass.yaml:75:7
%7592 = broadcast %7591 : f32[24] @ models/moco_pass.yaml:75:7
%7593 = mul %7590, %7592 : f32[24] @ models/moco_pass.yaml:75:7
%7594 = sub %7548, %7593 : f32[24] @ models/moco_pass.yaml:75:7
%7595 = assign %68, %7594 : f32[24] @ models/moco_pass.yaml:75:7
%7596 = assign %7538, %7557 : f32[24] @ models/moco_pass.yaml:75:7
%7597 = assign %7539, %7567 : f32[24] @ models/moco_pass.yaml:75:7
%7598 = assign %7540, %7542 : i64[] @ models/moco_pass.yaml:75:7
%7599 = cast %2067 : f32[] @ models/moco_pass.yaml:75:7
%7600 = broadcast %7599 : f32[24] @ models/moco_pass.yaml:75:7
%7601 = mul %152, %7600 : f32[24] @ models/moco_pass.yaml:75:7
%7602 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7603 = sub %7602, %2067 : f64[] @ models/moco_pass.yaml:75:7
%7604 = cast %7603 : f32[] @ models/moco_pass.yaml:75:7
%7605 = broadcast %7604 : f32[24] @ models/moco_pass.yaml:75:7
%7606 = mul %7594, %7605 : f32[24] @ models/moco_pass.yaml:75:7
%7607 = add %7601, %7606 : f32[24] @ models/moco_pass.yaml:75:7
%7608 = assign %152, %7607 : f32[24] @ models/moco_pass.yaml:75:7
%7609 = all_reduce_sum %2583 : f32[24] @ models/moco_pass.yaml:76:7
%7610 = state name="adam_m.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7611 = state name="adam_v.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7612 = state name="adam_t.projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%7613 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%7614 = add %7612, %7613 : i64[] @ models/moco_pass.yaml:76:7
%7615 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:76:7
%7616 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7617 = sub %7616, %7615 : f64[] @ models/moco_pass.yaml:76:7
%7618 = cast %7617 : f32[] @ models/moco_pass.yaml:76:7
%7619 = broadcast %7618 : f32[24] @ models/moco_pass.yaml:76:7
%7620 = mul %69, %7619 : f32[24] @ models/moco_pass.yaml:76:7
%7621 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%7622 = cast %7621 : f32[] @ models/moco_pass.yaml:76:7
%7623 = broadcast %7622 : f32[24] @ models/moco_pass.yaml:76:7
%7624 = mul %7609, %7623 : f32[24] @ models/moco_pass.yaml:76:7
%7625 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7626 = cast %7625 : f32[] @ models/moco_pass.yaml:76:7
%7627 = broadcast %7626 : f32[24] @ models/moco_pass.yaml:76:7
%7628 = mul %7610, %7627 : f32[24] @ models/moco_pass.yaml:76:7
%7629 = add %7628, %7624 : f32[24] @ models/moco_pass.yaml:76:7
%7630 = mul %7609, %7609 : f32[24] @ models/moco_pass.yaml:76:7
%7631 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%7632 = cast %7631 : f32[] @ models/moco_pass.yaml:76:7
%7633 = broadcast %7632 : f32[24] @ models/moco_pass.yaml:76:7
%7634 = mul %7630, %7633 : f32[24] @ models/moco_pass.yaml:76:7
%7635 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7636 = cast %7635 : f32[] @ models/moco_pass.yaml:76:7
%7637 = broadcast %7636 : f32[24] @ models/moco_pass.yaml:76:7
%7638 = mul %7611, %7637 : f32[24] @ models/moco_pass.yaml:76:7
%7639 = add %7638, %7634 : f32[24] @ models/moco_pass.yaml:76:7
%7640 = cast %7614 : f64[] @ models/moco_pass.yaml:76:7
%7641 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7642 = pow %7641, %7640 : f64[] @ models/moco_pass.yaml:76:7
%7643 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7644 = sub %7643, %7642 : f64[] @ models/moco_pass.yaml:76:7
%7645 = div %2065, %7644 : f64[] @ models/moco_pass.yaml:76:7
%7646 = cast %7614 : f64[] @ models/moco_pass.yaml:76:7
%7647 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7648 = pow %7647, %7646 : f64[] @ models/moco_pass.yaml:76:7
%7649 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7650 = sub %7649, %7648 : f64[] @ models/moco_pass.yaml:76:7
%7651 = sqrt %7650 : f64[] @ models/moco_pass.yaml:76:7
%7652 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7653 = div %7652, %7651 : f64[] @ models/moco_pass.yaml:76:7
%7654 = sqrt %7639 : f32[24] @ models/moco_pass.yaml:76:7
%7655 = cast %7653 : f32[] @ models/moco_pass.yaml:76:7
%7656 = broadcast %7655 : f32[24] @ models/moco_pass.yaml:76:7
%7657 = mul %7654, %7656 : f32[24] @ models/moco_pass.yaml:76:7
%7658 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%7659 = cast %7658 : f32[] @ models/moco_pass.yaml:76:7
%7660 = broadcast %7659 : f32[24] @ models/moco_pass.yaml:76:7
%7661 = add %7657, %7660 : f32[24] @ models/moco_pass.yaml:76:7
%7662 = div %7629, %7661 : f32[24] @ models/moco_pass.yaml:76:7
%7663 = cast %7645 : f32[] @ models/moco_pass.yaml:76:7
%7664 = broadcast %7663 : f32[24] @ models/moco_pass.yaml:76:7
%7665 = mul %7662, %7664 : f32[24] @ models/moco_pass.yaml:76:7
%7666 = sub %7620, %7665 : f32[24] @ models/moco_pass.yaml:76:7
%7667 = assign %69, %7666 : f32[24] @ models/moco_pass.yaml:76:7
%7668 = assign %7610, %7629 : f32[24] @ models/moco_pass.yaml:76:7
%7669 = assign %7611, %7639 : f32[24] @ models/moco_pass.yaml:76:7
%7670 = assign %7612, %7614 : i64[] @ models/moco_pass.yaml:76:7
%7671 = cast %2067 : f32[] @ models/moco_pass.yaml:76:7
%7672 = broadcast %7671 : f32[24] @ models/moco_pass.yaml:76:7
%7673 = mul %153, %7672 : f32[24] @ models/moco_pass.yaml:76:7
%7674 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7675 = sub %7674, %2067 : f64[] @ models/moco_pass.yaml:76:7
%7676 = cast %7675 : f32[] @ models/moco_pass.yaml:76:7
%7677 = broadcast %7676 : f32[24] @ models/moco_pass.yaml:76:7
%7678 = mul %7666, %7677 : f32[24] @ models/moco_pass.yaml:76:7
%7679 = add %7673, %7678 : f32[24] @ models/moco_pass.yaml:76:7
%7680 = assign %153, %7679 : f32[24] @ models/moco_pass.yaml:76:7
%7681 = all_reduce_sum %2572 : f32[24,24] @ models/lib/nn.yaml:79:7
%7682 = state name="adam_m.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7683 = state name="adam_v.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7684 = state name="adam_t.projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7685 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7686 = add %7684, %7685 : i64[] @ models/lib/nn.yaml:79:7
%7687 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%7688 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7689 = sub %7688, %7687 : f64[] @ models/lib/nn.yaml:79:7
%7690 = cast %7689 : f32[] @ models/lib/nn.yaml:79:7
%7691 = broadcast %7690 : f32[24,24] @ models/lib/nn.yaml:79:7
%7692 = mul %70, %7691 : f32[24,24] @ models/lib/nn.yaml:79:7
%7693 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7694 = cast %7693 : f32[] @ models/lib/nn.yaml:79:7
%7695 = broadcast %7694 : f32[24,24] @ models/lib/nn.yaml:79:7
%7696 = mul %7681, %7695 : f32[24,24] @ models/lib/nn.yaml:79:7
%7697 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7698 = cast %7697 : f32[] @ models/lib/nn.yaml:79:7
%7699 = broadcast %7698 : f32[24,24] @ models/lib/nn.yaml:79:7
%7700 = mul %7682, %7699 : f32[24,24] @ models/lib/nn.yaml:79:7
%7701 = add %7700, %7696 : f32[24,24] @ models/lib/nn.yaml:79:7
%7702 = mul %7681, %7681 : f32[24,24] @ models/lib/nn.yaml:79:7
%7703 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7704 = cast %7703 : f32[] @ models/lib/nn.yaml:79:7
%7705 = broadcast %7704 : f32[24,24] @ models/lib/nn.yaml:79:7
%7706 = mul %7702, %7705 : f32[24,24] @ models/lib/nn.yaml:79:7
%7707 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7708 = cast %7707 : f32[] @ models/lib/nn.yaml:79:7
%7709 = broadcast %7708 : f32[24,24] @ models/lib/nn.yaml:79:7
%7710 = mul %7683, %7709 : f32[24,24] @ models/lib/nn.yaml:79:7
%7711 = add %7710, %7706 : f32[24,24] @ models/lib/nn.yaml:79:7
%7712 = cast %7686 : f64[] @ models/lib/nn.yaml:79:7
%7713 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7714 = pow %7713, %7712 : f64[] @ models/lib/nn.yaml:79:7
%7715 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7716 = sub %7715, %7714 : f64[] @ models/lib/nn.yaml:79:7
%7717 = div %2065, %7716 : f64[] @ models/lib/nn.yaml:79:7
%7718 = cast %7686 : f64[] @ models/lib/nn.yaml:79:7
%7719 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7720 = pow %7719, %7718 : f64[] @ models/lib/nn.yaml:79:7
%7721 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7722 = sub %7721, %7720 : f64[] @ models/lib/nn.yaml:79:7
%7723 = sqrt %7722 : f64[] @ models/lib/nn.yaml:79:7
%7724 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7725 = div %7724, %7723 : f64[] @ models/lib/nn.yaml:79:7
%7726 = sqrt %7711 : f32[24,24] @ models/lib/nn.yaml:79:7
%7727 = cast %7725 : f32[] @ models/lib/nn.yaml:79:7
%7728 = broadcast %7727 : f32[24,24] @ models/lib/nn.yaml:79:7
%7729 = mul %7726, %7728 : f32[24,24] @ models/lib/nn.yaml:79:7
%7730 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7731 = cast %7730 : f32[] @ models/lib/nn.yaml:79:7
%7732 = broadcast %7731 : f32[24,24] @ models/lib/nn.yaml:79:7
%7733 = add %7729, %7732 : f32[24,24] @ models/lib/nn.yaml:79:7
%7734 = div %7701, %7733 : f32[24,24] @ models/lib/nn.yaml:79:7
%7735 = cast %7717 : f32[] @ models/lib/nn.yaml:79:7
%7736 = broadcast %7735 : f32[24,24] @ models/lib/nn.yaml:79:7
%7737 = mul %7734, %7736 : f32[24,24] @ models/lib/nn.yaml:79:7
%7738 = sub %7692, %7737 : f32[24,24] @ models/lib/nn.yaml:79:7
%7739 = assign %70, %7738 : f32[24,24] @ models/lib/nn.yaml:79:7
%7740 = assign %7682, %7701 : f32[24,24] @ models/lib/nn.yaml:79:7
%7741 = assign %7683, %7711 : f32[24,24] @ models/lib/nn.yaml:79:7
%7742 = assign %7684, %7686 : i64[] @ models/lib/nn.yaml:79:7
%7743 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%7744 = broadcast %7743 : f32[24,24] @ models/lib/nn.yaml:79:7
%7745 = mul %154, %7744 : f32[24,24] @ models/lib/nn.yaml:79:7
%7746 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7747 = sub %7746, %2067 : f64[] @ models/lib/nn.yaml:79:7
%7748 = cast %7747 : f32[] @ models/lib/nn.yaml:79:7
%7749 = broadcast %7748 : f32[24,24] @ models/lib/nn.yaml:79:7
%7750 = mul %7738, %7749 : f32[24,24] @ models/lib/nn.yaml:79:7
%7751 = add %7745, %7750 : f32[24,24] @ models/lib/nn.yaml:79:7
%7752 = assign %154, %7751 : f32[24,24] @ models/lib/nn.yaml:79:7
%7753 = all_reduce_sum %2544 : f32[24] @ models/moco_pass.yaml:75:7
%7754 = state name="adam_m.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7755 = state name="adam_v.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7756 = state name="adam_t.projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%7757 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%7758 = add %7756, %7757 : i64[] @ models/moco_pass.yaml:75:7
%7759 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:75:7
%7760 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7761 = sub %7760, %7759 : f64[] @ models/moco_pass.yaml:75:7
%7762 = cast %7761 : f32[] @ models/moco_pass.yaml:75:7
%7763 = broadcast %7762 : f32[24] @ models/moco_pass.yaml:75:7
%7764 = mul %71, %7763 : f32[24] @ models/moco_pass.yaml:75:7
%7765 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%7766 = cast %7765 : f32[] @ models/moco_pass.yaml:75:7
%7767 = broadcast %7766 : f32[24] @ models/moco_pass.yaml:75:7
%7768 = mul %7753, %7767 : f32[24] @ models/moco_pass.yaml:75:7
%7769 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7770 = cast %7769 : f32[] @ models/moco_pass.yaml:75:7
%7771 = broadcast %7770 : f32[24] @ models/moco_pass.yaml:75:7
%7772 = mul %7754, %7771 : f32[24] @ models/moco_pass.yaml:75:7
%7773 = add %7772, %7768 : f32[24] @ models/moco_pass.yaml:75:7
%7774 = mul %7753, %7753 : f32[24] @ models/moco_pass.yaml:75:7
%7775 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%7776 = cast %7775 : f32[] @ models/moco_pass.yaml:75:7
%7777 = broadcast %7776 : f32[24] @ models/moco_pass.yaml:75:7
%7778 = mul %7774, %7777 : f32[24] @ models/moco_pass.yaml:75:7
%7779 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7780 = cast %7779 : f32[] @ models/moco_pass.yaml:75:7
%7781 = broadcast %7780 : f32[24] @ models/moco_pass.yaml:75:7
%7782 = mul %7755, %7781 : f32[24] @ models/moco_pass.yaml:75:7
%7783 = add %7782, %7778 : f32[24] @ models/moco_pass.yaml:75:7
%7784 = cast %7758 : f64[] @ models/moco_pass.yaml:75:7
%7785 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7786 = pow %7785, %7784 : f64[] @ models/moco_pass.yaml:75:7
%7787 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7788 = sub %7787, %7786 : f64[] @ models/moco_pass.yaml:75:7
%7789 = div %2065, %7788 : f64[] @ models/moco_pass.yaml:75:7
%7790 = cast %7758 : f64[] @ models/moco_pass.yaml:75:7
%7791 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7792 = pow %7791, %7790 : f64[] @ models/moco_pass.yaml:75:7
%7793 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7794 = sub %7793, %7792 : f64[] @ models/moco_pass.yaml:75:7
%7795 = sqrt %7794 : f64[] @ models/moco_pass.yaml:75:7
%7796 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7797 = div %7796, %7795 : f64[] @ models/moco_pass.yaml:75:7
%7798 = sqrt %7783 : f32[24] @ models/moco_pass.yaml:75:7
%7799 = cast %7797 : f32[] @ models/moco_pass.yaml:75:7
%7800 = broadcast %7799 : f32[24] @ models/moco_pass.yaml:75:7
%7801 = mul %7798, %7800 : f32[24] @ models/moco_pass.yaml:75:7
%7802 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%7803 = cast %7802 : f32[] @ models/moco_pass.yaml:75:7
%7804 = broadcast %7803 : f32[24] @ models/moco_pass.yaml:75:7
%7805 = add %7801, %7804 : f32[24] @ models/moco_pass.yaml:75:7
%7806 = div %7773, %7805 : f32[24] @ models/moco_pass.yaml:75:7
%7807 = cast %7789 : f32[] @ models/moco_pass.yaml:75:7
%7808 = broadcast %7807 : f32[24] @ models/moco_pass.yaml:75:7
%7809 = mul %7806, %7808 : f32[24] @ models/moco_pass.yaml:75:7
%7810 = sub %7764, %7809 : f32[24] @ models/moco_pass.yaml:75:7
%7811 = assign %71, %7810 : f32[24] @ models/moco_pass.yaml:75:7
%7812 = assign %7754, %7773 : f32[24] @ models/moco_pass.yaml:75:7
%7813 = assign %7755, %7783 : f32[24] @ models/moco_pass.yaml:75:7
%7814 = assign %7756, %7758 : i64[] @ models/moco_pass.yaml:75:7
%7815 = cast %2067 : f32[] @ models/moco_pass.yaml:75:7
%7816 = broadcast %7815 : f32[24] @ models/moco_pass.yaml:75:7
%7817 = mul %155, %7816 : f32[24] @ models/moco_pass.yaml:75:7
%7818 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7819 = sub %7818, %2067 : f64[] @ models/moco_pass.yaml:75:7
%7820 = cast %7819 : f32[] @ models/moco_pass.yaml:75:7
%7821 = broadcast %7820 : f32[24] @ models/moco_pass.yaml:75:7
%7822 = mul %7810, %7821 : f32[24] @ models/moco_pass.yaml:75:7
%7823 = add %7817, %7822 : f32[24] @ models/moco_pass.yaml:75:7
%7824 = assign %155, %7823 : f32[24] @ models/moco_pass.yaml:75:7
%7825 = all_reduce_sum %2540 : f32[24] @ models/moco_pass.yaml:76:7
%7826 = state name="adam_m.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7827 = state name="adam_v.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7828 = state name="adam_t.projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%7829 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%7830 = add %7828, %7829 : i64[] @ models/moco_pass.yaml:76:7
%7831 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:76:7
%7832 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7833 = sub %7832, %7831 : f64[] @ models/moco_pass.yaml:76:7
%7834 = cast %7833 : f32[] @ models/moco_pass.yaml:76:7
%7835 = broadcast %7834 : f32[24] @ models/moco_pass.yaml:76:7
%7836 = mul %72, %7835 : f32[24] @ models/moco_pass.yaml:76:7
%7837 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%7838 = cast %7837 : f32[] @ models/moco_pass.yaml:76:7
%7839 = broadcast %7838 : f32[24] @ models/moco_pass.yaml:76:7
%7840 = mul %7825, %7839 : f32[24] @ models/moco_pass.yaml:76:7
%7841 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7842 = cast %7841 : f32[] @ models/moco_pass.yaml:76:7
%7843 = broadcast %7842 : f32[24] @ models/moco_pass.yaml:76:7
%7844 = mul %7826, %7843 : f32[24] @ models/moco_pass.yaml:76:7
%7845 = add %7844, %7840 : f32[24] @ models/moco_pass.yaml:76:7
%7846 = mul %7825, %7825 : f32[24] @ models/moco_pass.yaml:76:7
%7847 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%7848 = cast %7847 : f32[] @ models/moco_pass.yaml:76:7
%7849 = broadcast %7848 : f32[24] @ models/moco_pass.yaml:76:7
%7850 = mul %7846, %7849 : f32[24] @ models/moco_pass.yaml:76:7
%7851 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7852 = cast %7851 : f32[] @ models/moco_pass.yaml:76:7
%7853 = broadcast %7852 : f32[24] @ models/moco_pass.yaml:76:7
%7854 = mul %7827, %7853 : f32[24] @ models/moco_pass.yaml:76:7
%7855 = add %7854, %7850 : f32[24] @ models/moco_pass.yaml:76:7
%7856 = cast %7830 : f64[] @ models/moco_pass.yaml:76:7
%7857 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7858 = pow %7857, %7856 : f64[] @ models/moco_pass.yaml:76:7
%7859 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7860 = sub %7859, %7858 : f64[] @ models/moco_pass.yaml:76:7
%7861 = div %2065, %7860 : f64[] @ models/moco_pass.yaml:76:7
%7862 = cast %7830 : f64[] @ models/moco_pass.yaml:76:7
%7863 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7864 = pow %7863, %7862 : f64[] @ models/moco_pass.yaml:76:7
%7865 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7866 = sub %7865, %7864 : f64[] @ models/moco_pass.yaml:76:7
%7867 = sqrt %7866 : f64[] @ models/moco_pass.yaml:76:7
%7868 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7869 = div %7868, %7867 : f64[] @ models/moco_pass.yaml:76:7
%7870 = sqrt %7855 : f32[24] @ models/moco_pass.yaml:76:7
%7871 = cast %7869 : f32[] @ models/moco_pass.yaml:76:7
%7872 = broadcast %7871 : f32[24] @ models/moco_pass.yaml:76:7
%7873 = mul %7870, %7872 : f32[24] @ models/moco_pass.yaml:76:7
%7874 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%7875 = cast %7874 : f32[] @ models/moco_pass.yaml:76:7
%7876 = broadcast %7875 : f32[24] @ models/moco_pass.yaml:76:7
%7877 = add %7873, %7876 : f32[24] @ models/moco_pass.yaml:76:7
%7878 = div %7845, %7877 : f32[24] @ models/moco_pass.yaml:76:7
%7879 = cast %7861 : f32[] @ models/moco_pass.yaml:76:7
%7880 = broadcast %7879 : f32[24] @ models/moco_pass.yaml:76:7
%7881 = mul %7878, %7880 : f32[24] @ models/moco_pass.yaml:76:7
%7882 = sub %7836, %7881 : f32[24] @ models/moco_pass.yaml:76:7
%7883 = assign %72, %7882 : f32[24] @ models/moco_pass.yaml:76:7
%7884 = assign %7826, %7845 : f32[24] @ models/moco_pass.yaml:76:7
%7885 = assign %7827, %7855 : f32[24] @ models/moco_pass.yaml:76:7
%7886 = assign %7828, %7830 : i64[] @ models/moco_pass.yaml:76:7
%7887 = cast %2067 : f32[] @ models/moco_pass.yaml:76:7
%7888 = broadcast %7887 : f32[24] @ models/moco_pass.yaml:76:7
%7889 = mul %156, %7888 : f32[24] @ models/moco_pass.yaml:76:7
%7890 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7891 = sub %7890, %2067 : f64[] @ models/moco_pass.yaml:76:7
%7892 = cast %7891 : f32[] @ models/moco_pass.yaml:76:7
%7893 = broadcast %7892 : f32[24] @ models/moco_pass.yaml:76:7
%7894 = mul %7882, %7893 : f32[24] @ models/moco_pass.yaml:76:7
%7895 = add %7889, %7894 : f32[24] @ models/moco_pass.yaml:76:7
%7896 = assign %156, %7895 : f32[24] @ models/moco_pass.yaml:76:7
%7897 = all_reduce_sum %2529 : f32[8,24] @ models/lib/nn.yaml:79:7
%7898 = state name="adam_m.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7899 = state name="adam_v.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7900 = state name="adam_t.projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7901 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7902 = add %7900, %7901 : i64[] @ models/lib/nn.yaml:79:7
%7903 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%7904 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7905 = sub %7904, %7903 : f64[] @ models/lib/nn.yaml:79:7
%7906 = cast %7905 : f32[] @ models/lib/nn.yaml:79:7
%7907 = broadcast %7906 : f32[8,24] @ models/lib/nn.yaml:79:7
%7908 = mul %73, %7907 : f32[8,24] @ models/lib/nn.yaml:79:7
%7909 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7910 = cast %7909 : f32[] @ models/lib/nn.yaml:79:7
%7911 = broadcast %7910 : f32[8,24] @ models/lib/nn.yaml:79:7
%7912 = mul %7897, %7911 : f32[8,24] @ models/lib/nn.yaml:79:7
%7913 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7914 = cast %7913 : f32[] @ models/lib/nn.yaml:79:7
%7915 = broadcast %7914 : f32[8,24] @ models/lib/nn.yaml:79:7
%7916 = mul %7898, %7915 : f32[8,24] @ models/lib/nn.yaml:79:7
%7917 = add %7916, %7912 : f32[8,24] @ models/lib/nn.yaml:79:7
%7918 = mul %7897, %7897 : f32[8,24] @ models/lib/nn.yaml:79:7
%7919 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7920 = cast %7919 : f32[] @ models/lib/nn.yaml:79:7
%7921 = broadcast %7920 : f32[8,24] @ models/lib/nn.yaml:79:7
%7922 = mul %7918, %7921 : f32[8,24] @ models/lib/nn.yaml:79:7
%7923 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7924 = cast %7923 : f32[] @ models/lib/nn.yaml:79:7
%7925 = broadcast %7924 : f32[8,24] @ models/lib/nn.yaml:79:7
%7926 = mul %7899, %7925 : f32[8,24] @ models/lib/nn.yaml:79:7
%7927 = add %7926, %7922 : f32[8,24] @ models/lib/nn.yaml:79:7
%7928 = cast %7902 : f64[] @ models/lib/nn.yaml:79:7
%7929 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7930 = pow %7929, %7928 : f64[] @ models/lib/nn.yaml:79:7
%7931 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7932 = sub %7931, %7930 : f64[] @ models/lib/nn.yaml:79:7
%7933 = div %2065, %7932 : f64[] @ models/lib/nn.yaml:79:7
%7934 = cast %7902 : f64[] @ models/lib/nn.yaml:79:7
%7935 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7936 = pow %7935, %7934 : f64[] @ models/lib/nn.yaml:79:7
%7937 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7938 = sub %7937, %7936 : f64[] @ models/lib/nn.yaml:79:7
%7939 = sqrt %7938 : f64[] @ models/lib/nn.yaml:79:7
%7940 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7941 = div %7940, %7939 : f64[] @ models/lib/nn.yaml:79:7
%7942 = sqrt %7927 : f32[8,24] @ models/lib/nn.yaml:79:7
%7943 = cast %7941 : f32[] @ models/lib/nn.yaml:79:7
%7944 = broadcast %7943 : f32[8,24] @ models/lib/nn.yaml:79:7
%7945 = mul %7942, %7944 : f32[8,24] @ models/lib/nn.yaml:79:7
%7946 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7947 = cast %7946 : f32[] @ models/lib/nn.yaml:79:7
%7948 = broadcast %7947 : f32[8,24] @ models/lib/nn.yaml:79:7
%7949 = add %7945, %7948 : f32[8,24] @ models/lib/nn.yaml:79:7
%7950 = div %7917, %7949 : f32[8,24] @ models/lib/nn.yaml:79:7
%7951 = cast %7933 : f32[] @ models/lib/nn.yaml:79:7
%7952 = broadcast %7951 : f32[8,24] @ models/lib/nn.yaml:79:7
%7953 = mul %7950, %7952 : f32[8,24] @ models/lib/nn.yaml:79:7
%7954 = sub %7908, %7953 : f32[8,24] @ models/lib/nn.yaml:79:7
%7955 = assign %73, %7954 : f32[8,24] @ models/lib/nn.yaml:79:7
%7956 = assign %7898, %7917 : f32[8,24] @ models/lib/nn.yaml:79:7
%7957 = assign %7899, %7927 : f32[8,24] @ models/lib/nn.yaml:79:7
%7958 = assign %7900, %7902 : i64[] @ models/lib/nn.yaml:79:7
%7959 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%7960 = broadcast %7959 : f32[8,24] @ models/lib/nn.yaml:79:7
%7961 = mul %157, %7960 : f32[8,24] @ models/lib/nn.yaml:79:7
%7962 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7963 = sub %7962, %2067 : f64[] @ models/lib/nn.yaml:79:7
%7964 = cast %7963 : f32[] @ models/lib/nn.yaml:79:7
%7965 = broadcast %7964 : f32[8,24] @ models/lib/nn.yaml:79:7
%7966 = mul %7954, %7965 : f32[8,24] @ models/lib/nn.yaml:79:7
%7967 = add %7961, %7966 : f32[8,24] @ models/lib/nn.yaml:79:7
%7968 = assign %157, %7967 : f32[8,24] @ models/lib/nn.yaml:79:7
%7969 = all_reduce_sum %2501 : f32[24,8] @ models/lib/nn.yaml:79:7
%7970 = state name="adam_m.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%7971 = state name="adam_v.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%7972 = state name="adam_t.predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7973 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7974 = add %7972, %7973 : i64[] @ models/lib/nn.yaml:79:7
%7975 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%7976 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7977 = sub %7976, %7975 : f64[] @ models/lib/nn.yaml:79:7
%7978 = cast %7977 : f32[] @ models/lib/nn.yaml:79:7
%7979 = broadcast %7978 : f32[24,8] @ models/lib/nn.yaml:79:7
%7980 = mul %74, %7979 : f32[24,8] @ models/lib/nn.yaml:79:7
%7981 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7982 = cast %7981 : f32[] @ models/lib/nn.yaml:79:7
%7983 = broadcast %7982 : f32[24,8] @ models/lib/nn.yaml:79:7
%7984 = mul %7969, %7983 : f32[24,8] @ models/lib/nn.yaml:79:7
%7985 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7986 = cast %7985 : f32[] @ models/lib/nn.yaml:79:7
%7987 = broadcast %7986 : f32[24,8] @ models/lib/nn.yaml:79:7
%7988 = mul %7970, %7987 : f32[24,8] @ models/lib/nn.yaml:79:7
%7989 = add %7988, %7984 : f32[24,8] @ models/lib/nn.yaml:79:7
%7990 = mul %7969, %7969 : f32[24,8] @ models/lib/nn.yaml:79:7
%7991 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7992 = cast %7991 : f32[] @ models/lib/nn.yaml:79:7
%7993 = broadcast %7992 : f32[24,8] @ models/lib/nn.yaml:79:7
%7994 = mul %7990, %7993 : f32[24,8] @ models/lib/nn.yaml:79:7
%7995 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7996 = cast %7995 : f32[] @ models/lib/nn.yaml:79:7
%7997 = broadcast %7996 : f32[24,8] @ models/lib/nn.yaml:79:7
%7998 = mul %7971, %7997 : f32[24,8] @ models/lib/nn.yaml:79:7
%7999 = add %7998, %7994 : f32[24,8] @ models/lib/nn.yaml:79:7
%8000 = cast %7974 : f64[] @ models/lib/nn.yaml:79:7
%8001 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8002 = pow %8001, %8000 : f64[] @ models/lib/nn.yaml:79:7
%8003 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8004 = sub %8003, %8002 : f64[] @ models/lib/nn.yaml:79:7
%8005 = div %2065, %8004 : f64[] @ models/lib/nn.yaml:79:7
%8006 = cast %7974 : f64[] @ models/lib/nn.yaml:79:7
%8007 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8008 = pow %8007, %8006 : f64[] @ models/lib/nn.yaml:79:7
%8009 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8010 = sub %8009, %8008 : f64[] @ models/lib/nn.yaml:79:7
%8011 = sqrt %8010 : f64[] @ models/lib/nn.yaml:79:7
%8012 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8013 = div %8012, %8011 : f64[] @ models/lib/nn.yaml:79:7
%8014 = sqrt %7999 : f32[24,8] @ models/lib/nn.yaml:79:7
%8015 = cast %8013 : f32[] @ models/lib/nn.yaml:79:7
%8016 = broadcast %8015 : f32[24,8] @ models/lib/nn.yaml:79:7
%8017 = mul %8014, %8016 : f32[24,8] @ models/lib/nn.yaml:79:7
%8018 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8019 = cast %8018 : f32[] @ models/lib/nn.yaml:79:7
%8020 = broadcast %8019 : f32[24,8] @ models/lib/nn.yaml:79:7
%8021 = add %8017, %8020 : f32[24,8] @ models/lib/nn.yaml:79:7
%8022 = div %7989, %8021 : f32[24,8] @ models/lib/nn.yaml:79:7
%8023 = cast %8005 : f32[] @ models/lib/nn.yaml:79:7
%8024 = broadcast %8023 : f32[24,8] @ models/lib/nn.yaml:79:7
%8025 = mul %8022, %8024 : f32[24,8] @ models/lib/nn.yaml:79:7
%8026 = sub %7980, %8025 : f32[24,8] @ models/lib/nn.yaml:79:7
%8027 = assign %74, %8026 : f32[24,8] @ models/lib/nn.yaml:79:7
%8028 = assign %7970, %7989 : f32[24,8] @ models/lib/nn.yaml:79:7
%8029 = assign %7971, %7999 : f32[24,8] @ models/lib/nn.yaml:79:7
%8030 = assign %7972, %7974 : i64[] @ models/lib/nn.yaml:79:7
%8031 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%8032 = broadcast %8031 : f32[24,8] @ models/lib/nn.yaml:79:7
%8033 = mul %158, %8032 : f32[24,8] @ models/lib/nn.yaml:79:7
%8034 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8035 = sub %8034, %2067 : f64[] @ models/lib/nn.yaml:79:7
%8036 = cast %8035 : f32[] @ models/lib/nn.yaml:79:7
%8037 = broadcast %8036 : f32[24,8] @ models/lib/nn.yaml:79:7
%8038 = mul %8026, %8037 : f32[24,8] @ models/lib/nn.yaml:79:7
%8039 = add %8033, %8038 : f32[24,8] @ models/lib/nn.yaml:79:7
%8040 = assign %158, %8039 : f32[24,8] @ models/lib/nn.yaml:79:7
%8041 = all_reduce_sum %2473 : f32[24] @ models/moco_pass.yaml:75:7
%8042 = state name="adam_m.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%8043 = state name="adam_v.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%8044 = state name="adam_t.predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%8045 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%8046 = add %8044, %8045 : i64[] @ models/moco_pass.yaml:75:7
%8047 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:75:7
%8048 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8049 = sub %8048, %8047 : f64[] @ models/moco_pass.yaml:75:7
%8050 = cast %8049 : f32[] @ models/moco_pass.yaml:75:7
%8051 = broadcast %8050 : f32[24] @ models/moco_pass.yaml:75:7
%8052 = mul %75, %8051 : f32[24] @ models/moco_pass.yaml:75:7
%8053 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%8054 = cast %8053 : f32[] @ models/moco_pass.yaml:75:7
%8055 = broadcast %8054 : f32[24] @ models/moco_pass.yaml:75:7
%8056 = mul %8041, %8055 : f32[24] @ models/moco_pass.yaml:75:7
%8057 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8058 = cast %8057 : f32[] @ models/moco_pass.yaml:75:7
%8059 = broadcast %8058 : f32[24] @ models/moco_pass.yaml:75:7
%8060 = mul %8042, %8059 : f32[24] @ models/moco_pass.yaml:75:7
%8061 = add %8060, %8056 : f32[24] @ models/moco_pass.yaml:75:7
%8062 = mul %8041, %8041 : f32[24] @ models/moco_pass.yaml:75:7
%8063 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%8064 = cast %8063 : f32[] @ models/moco_pass.yaml:75:7
%8065 = broadcast %8064 : f32[24] @ models/moco_pass.yaml:75:7
%8066 = mul %8062, %8065 : f32[24] @ models/moco_pass.yaml:75:7
%8067 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8068 = cast %8067 : f32[] @ models/moco_pass.yaml:75:7
%8069 = broadcast %8068 : f32[24] @ models/moco_pass.yaml:75:7
%8070 = mul %8043, %8069 : f32[24] @ models/moco_pass.yaml:75:7
%8071 = add %8070, %8066 : f32[24] @ models/moco_pass.yaml:75:7
%8072 = cast %8046 : f64[] @ models/moco_pass.yaml:75:7
%8073 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8074 = pow %8073, %8072 : f64[] @ models/moco_pass.yaml:75:7
%8075 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8076 = sub %8075, %8074 : f64[] @ models/moco_pass.yaml:75:7
%8077 = div %2065, %8076 : f64[] @ models/moco_pass.yaml:75:7
%8078 = cast %8046 : f64[] @ models/moco_pass.yaml:75:7
%8079 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8080 = pow %8079, %8078 : f64[] @ models/moco_pass.yaml:75:7
%8081 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8082 = sub %8081, %8080 : f64[] @ models/moco_pass.yaml:75:7
%8083 = sqrt %8082 : f64[] @ models/moco_pass.yaml:75:7
%8084 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8085 = div %8084, %8083 : f64[] @ models/moco_pass.yaml:75:7
%8086 = sqrt %8071 : f32[24] @ models/moco_pass.yaml:75:7
%8087 = cast %8085 : f32[] @ models/moco_pass.yaml:75:7
%8088 = broadcast %8087 : f32[24] @ models/moco_pass.yaml:75:7
%8089 = mul %8086, %8088 : f32[24] @ models/moco_pass.yaml:75:7
%8090 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%8091 = cast %8090 : f32[] @ models/moco_pass.yaml:75:7
%8092 = broadcast %8091 : f32[24] @ models/moco_pass.yaml:75:7
%8093 = add %8089, %8092 : f32[24] @ models/moco_pass.yaml:75:7
%8094 = div %8061, %8093 : f32[24] @ models/moco_pass.yaml:75:7
%8095 = cast %8077 : f32[] @ models/moco_pass.yaml:75:7
%8096 = broadcast %8095 : f32[24] @ models/moco_pass.yaml:75:7
%8097 = mul %8094, %8096 : f32[24] @ models/moco_pass.yaml:75:7
%8098 = sub %8052, %8097 : f32[24] @ models/moco_pass.yaml:75:7
%8099 = assign %75, %8098 : f32[24] @ models/moco_pass.yaml:75:7
%8100 = assign %8042, %8061 : f32[24] @ models/moco_pass.yaml:75:7
%8101 = assign %8043, %8071 : f32[24] @ models/moco_pass.yaml:75:7
%8102 = assign %8044, %8046 : i64[] @ models/moco_pass.yaml:75:7
%8103 = cast %2067 : f32[] @ models/moco_pass.yaml:75:7
%8104 = broadcast %8103 : f32[24] @ models/moco_pass.yaml:75:7
%8105 = mul %159, %8104 : f32[24] @ models/moco_pass.yaml:75:7
%8106 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8107 = sub %8106, %2067 : f64[] @ models/moco_pass.yaml:75:7
%8108 = cast %8107 : f32[] @ models/moco_pass.yaml:75:7
%8109 = broadcast %8108 : f32[24] @ models/moco_pass.yaml:75:7
%8110 = mul %8098, %8109 : f32[24] @ models/moco_pass.yaml:75:7
%8111 = add %8105, %8110 : f32[24] @ models/moco_pass.yaml:75:7
%8112 = assign %159, %8111 : f32[24] @ models/moco_pass.yaml:75:7
%8113 = all_reduce_sum %2469 : f32[24] @ models/moco_pass.yaml:76:7
%8114 = state name="adam_m.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%8115 = state name="adam_v.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%8116 = state name="adam_t.predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%8117 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%8118 = add %8116, %8117 : i64[] @ models/moco_pass.yaml:76:7
%8119 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:76:7
%8120 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8121 = sub %8120, %8119 : f64[] @ models/moco_pass.yaml:76:7
%8122 = cast %8121 : f32[] @ models/moco_pass.yaml:76:7
%8123 = broadcast %8122 : f32[24] @ models/moco_pass.yaml:76:7
%8124 = mul %76, %8123 : f32[24] @ models/moco_pass.yaml:76:7
%8125 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%8126 = cast %8125 : f32[] @ models/moco_pass.yaml:76:7
%8127 = broadcast %8126 : f32[24] @ models/moco_pass.yaml:76:7
%8128 = mul %8113, %8127 : f32[24] @ models/moco_pass.yaml:76:7
%8129 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8130 = cast %8129 : f32[] @ models/moco_pass.yaml:76:7
%8131 = broadcast %8130 : f32[24] @ models/moco_pass.yaml:76:7
%8132 = mul %8114, %8131 : f32[24] @ models/moco_pass.yaml:76:7
%8133 = add %8132, %8128 : f32[24] @ models/moco_pass.yaml:76:7
%8134 = mul %8113, %8113 : f32[24] @ models/moco_pass.yaml:76:7
%8135 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%8136 = cast %8135 : f32[] @ models/moco_pass.yaml:76:7
%8137 = broadcast %8136 : f32[24] @ models/moco_pass.yaml:76:7
%8138 = mul %8134, %8137 : f32[24] @ models/moco_pass.yaml:76:7
%8139 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8140 = cast %8139 : f32[] @ models/moco_pass.yaml:76:7
%8141 = broadcast %8140 : f32[24] @ models/moco_pass.yaml:76:7
%8142 = mul %8115, %8141 : f32[24] @ models/moco_pass.yaml:76:7
%8143 = add %8142, %8138 : f32[24] @ models/moco_pass.yaml:76:7
%8144 = cast %8118 : f64[] @ models/moco_pass.yaml:76:7
%8145 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8146 = pow %8145, %8144 : f64[] @ models/moco_pass.yaml:76:7
%8147 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8148 = sub %8147, %8146 : f64[] @ models/moco_pass.yaml:76:7
%8149 = div %2065, %8148 : f64[] @ models/moco_pass.yaml:76:7
%8150 = cast %8118 : f64[] @ models/moco_pass.yaml:76:7
%8151 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8152 = pow %8151, %8150 : f64[] @ models/moco_pass.yaml:76:7
%8153 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8154 = sub %8153, %8152 : f64[] @ models/moco_pass.yaml:76:7
%8155 = sqrt %8154 : f64[] @ models/moco_pass.yaml:76:7
%8156 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8157 = div %8156, %8155 : f64[] @ models/moco_pass.yaml:76:7
%8158 = sqrt %8143 : f32[24] @ models/moco_pass.yaml:76:7
%8159 = cast %8157 : f32[] @ models/moco_pass.yaml:76:7
%8160 = broadcast %8159 : f32[24] @ models/moco_pass.yaml:76:7
%8161 = mul %8158, %8160 : f32[24] @ models/moco_pass.yaml:76:7
%8162 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%8163 = cast %8162 : f32[] @ models/moco_pass.yaml:76:7
%8164 = broadcast %8163 : f32[24] @ models/moco_pass.yaml:76:7
%8165 = add %8161, %8164 : f32[24] @ models/moco_pass.yaml:76:7
%8166 = div %8133, %8165 : f32[24] @ models/moco_pass.yaml:76:7
%8167 = cast %8149 : f32[] @ models/moco_pass.yaml:76:7
%8168 = broadcast %8167 : f32[24] @ models/moco_pass.yaml:76:7
%8169 = mul %8166, %8168 : f32[24] @ models/moco_pass.yaml:76:7
%8170 = sub %8124, %8169 : f32[24] @ models/moco_pass.yaml:76:7
%8171 = assign %76, %8170 : f32[24] @ models/moco_pass.yaml:76:7
%8172 = assign %8114, %8133 : f32[24] @ models/moco_pass.yaml:76:7
%8173 = assign %8115, %8143 : f32[24] @ models/moco_pass.yaml:76:7
%8174 = assign %8116, %8118 : i64[] @ models/moco_pass.yaml:76:7
%8175 = cast %2067 : f32[] @ models/moco_pass.yaml:76:7
%8176 = broadcast %8175 : f32[24] @ models/moco_pass.yaml:76:7
%8177 = mul %160, %8176 : f32[24] @ models/moco_pass.yaml:76:7
%8178 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8179 = sub %8178, %2067 : f64[] @ models/moco_pass.yaml:76:7
%8180 = cast %8179 : f32[] @ models/moco_pass.yaml:76:7
%8181 = broadcast %8180 : f32[24] @ models/moco_pass.yaml:76:7
%8182 = mul %8170, %8181 : f32[24] @ models/moco_pass.yaml:76:7
%8183 = add %8177, %8182 : f32[24] @ models/moco_pass.yaml:76:7
%8184 = assign %160, %8183 : f32[24] @ models/moco_pass.yaml:76:7
%8185 = all_reduce_sum %2458 : f32[8,24] @ models/lib/nn.yaml:79:7
%8186 = state name="adam_m.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8187 = state name="adam_v.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%8188 = state name="adam_t.predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8189 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8190 = add %8188, %8189 : i64[] @ models/lib/nn.yaml:79:7
%8191 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%8192 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8193 = sub %8192, %8191 : f64[] @ models/lib/nn.yaml:79:7
%8194 = cast %8193 : f32[] @ models/lib/nn.yaml:79:7
%8195 = broadcast %8194 : f32[8,24] @ models/lib/nn.yaml:79:7
%8196 = mul %77, %8195 : f32[8,24] @ models/lib/nn.yaml:79:7
%8197 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8198 = cast %8197 : f32[] @ models/lib/nn.yaml:79:7
%8199 = broadcast %8198 : f32[8,24] @ models/lib/nn.yaml:79:7
%8200 = mul %8185, %8199 : f32[8,24] @ models/lib/nn.yaml:79:7
%8201 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8202 = cast %8201 : f32[] @ models/lib/nn.yaml:79:7
%8203 = broadcast %8202 : f32[8,24] @ models/lib/nn.yaml:79:7
%8204 = mul %8186, %8203 : f32[8,24] @ models/lib/nn.yaml:79:7
%8205 = add %8204, %8200 : f32[8,24] @ models/lib/nn.yaml:79:7
%8206 = mul %8185, %8185 : f32[8,24] @ models/lib/nn.yaml:79:7
%8207 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8208 = cast %8207 : f32[] @ models/lib/nn.yaml:79:7
%8209 = broadcast %8208 : f32[8,24] @ models/lib/nn.yaml:79:7
%8210 = mul %8206, %8209 : f32[8,24] @ models/lib/nn.yaml:79:7
%8211 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8212 = cast %8211 : f32[] @ models/lib/nn.yaml:79:7
%8213 = broadcast %8212 : f32[8,24] @ models/lib/nn.yaml:79:7
%8214 = mul %8187, %8213 : f32[8,24] @ models/lib/nn.yaml:79:7
%8215 = add %8214, %8210 : f32[8,24] @ models/lib/nn.yaml:79:7
%8216 = cast %8190 : f64[] @ models/lib/nn.yaml:79:7
%8217 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8218 = pow %8217, %8216 : f64[] @ models/lib/nn.yaml:79:7
%8219 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8220 = sub %8219, %8218 : f64[] @ models/lib/nn.yaml:79:7
%8221 = div %2065, %8220 : f64[] @ models/lib/nn.yaml:79:7
%8222 = cast %8190 : f64[] @ models/lib/nn.yaml:79:7
%8223 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8224 = pow %8223, %8222 : f64[] @ models/lib/nn.yaml:79:7
%8225 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8226 = sub %8225, %8224 : f64[] @ models/lib/nn.yaml:79:7
%8227 = sqrt %8226 : f64[] @ models/lib/nn.yaml:79:7
%8228 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8229 = div %8228, %8227 : f64[] @ models/lib/nn.yaml:79:7
%8230 = sqrt %8215 : f32[8,24] @ models/lib/nn.yaml:79:7
%8231 = cast %8229 : f32[] @ models/lib/nn.yaml:79:7
%8232 = broadcast %8231 : f32[8,24] @ models/lib/nn.yaml:79:7
%8233 = mul %8230, %8232 : f32[8,24] @ models/lib/nn.yaml:79:7
%8234 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8235 = cast %8234 : f32[] @ models/lib/nn.yaml:79:7
%8236 = broadcast %8235 : f32[8,24] @ models/lib/nn.yaml:79:7
%8237 = add %8233, %8236 : f32[8,24] @ models/lib/nn.yaml:79:7
%8238 = div %8205, %8237 : f32[8,24] @ models/lib/nn.yaml:79:7
%8239 = cast %8221 : f32[] @ models/lib/nn.yaml:79:7
%8240 = broadcast %8239 : f32[8,24] @ models/lib/nn.yaml:79:7
%8241 = mul %8238, %8240 : f32[8,24] @ models/lib/nn.yaml:79:7
%8242 = sub %8196, %8241 : f32[8,24] @ models/lib/nn.yaml:79:7
%8243 = assign %77, %8242 : f32[8,24] @ models/lib/nn.yaml:79:7
%8244 = assign %8186, %8205 : f32[8,24] @ models/lib/nn.yaml:79:7
%8245 = assign %8187, %8215 : f32[8,24] @ models/lib/nn.yaml:79:7
%8246 = assign %8188, %8190 : i64[] @ models/lib/nn.yaml:79:7
%8247 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%8248 = broadcast %8247 : f32[8,24] @ models/lib/nn.yaml:79:7
%8249 = mul %161, %8248 : f32[8,24] @ models/lib/nn.yaml:79:7
%8250 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8251 = sub %8250, %2067 : f64[] @ models/lib/nn.yaml:79:7
%8252 = cast %8251 : f32[] @ models/lib/nn.yaml:79:7
%8253 = broadcast %8252 : f32[8,24] @ models/lib/nn.yaml:79:7
%8254 = mul %8242, %8253 : f32[8,24] @ models/lib/nn.yaml:79:7
%8255 = add %8249, %8254 : f32[8,24] @ models/lib/nn.yaml:79:7
%8256 = assign %161, %8255 : f32[8,24] @ models/lib/nn.yaml:79:7
%8257 = all_reduce_sum %2428 : f32[12,16] @ models/lib/nn.yaml:79:7
%8258 = state name="adam_m.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%8259 = state name="adam_v.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%8260 = state name="adam_t.patch_projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8261 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8262 = add %8260, %8261 : i64[] @ models/lib/nn.yaml:79:7
%8263 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%8264 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8265 = sub %8264, %8263 : f64[] @ models/lib/nn.yaml:79:7
%8266 = cast %8265 : f32[] @ models/lib/nn.yaml:79:7
%8267 = broadcast %8266 : f32[12,16] @ models/lib/nn.yaml:79:7
%8268 = mul %78, %8267 : f32[12,16] @ models/lib/nn.yaml:79:7
%8269 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8270 = cast %8269 : f32[] @ models/lib/nn.yaml:79:7
%8271 = broadcast %8270 : f32[12,16] @ models/lib/nn.yaml:79:7
%8272 = mul %8257, %8271 : f32[12,16] @ models/lib/nn.yaml:79:7
%8273 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8274 = cast %8273 : f32[] @ models/lib/nn.yaml:79:7
%8275 = broadcast %8274 : f32[12,16] @ models/lib/nn.yaml:79:7
%8276 = mul %8258, %8275 : f32[12,16] @ models/lib/nn.yaml:79:7
%8277 = add %8276, %8272 : f32[12,16] @ models/lib/nn.yaml:79:7
%8278 = mul %8257, %8257 : f32[12,16] @ models/lib/nn.yaml:79:7
%8279 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8280 = cast %8279 : f32[] @ models/lib/nn.yaml:79:7
%8281 = broadcast %8280 : f32[12,16] @ models/lib/nn.yaml:79:7
%8282 = mul %8278, %8281 : f32[12,16] @ models/lib/nn.yaml:79:7
%8283 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8284 = cast %8283 : f32[] @ models/lib/nn.yaml:79:7
%8285 = broadcast %8284 : f32[12,16] @ models/lib/nn.yaml:79:7
%8286 = mul %8259, %8285 : f32[12,16] @ models/lib/nn.yaml:79:7
%8287 = add %8286, %8282 : f32[12,16] @ models/lib/nn.yaml:79:7
%8288 = cast %8262 : f64[] @ models/lib/nn.yaml:79:7
%8289 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8290 = pow %8289, %8288 : f64[] @ models/lib/nn.yaml:79:7
%8291 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8292 = sub %8291, %8290 : f64[] @ models/lib/nn.yaml:79:7
%8293 = div %2065, %8292 : f64[] @ models/lib/nn.yaml:79:7
%8294 = cast %8262 : f64[] @ models/lib/nn.yaml:79:7
%8295 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8296 = pow %8295, %8294 : f64[] @ models/lib/nn.yaml:79:7
%8297 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8298 = sub %8297, %8296 : f64[] @ models/lib/nn.yaml:79:7
%8299 = sqrt %8298 : f64[] @ models/lib/nn.yaml:79:7
%8300 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8301 = div %8300, %8299 : f64[] @ models/lib/nn.yaml:79:7
%8302 = sqrt %8287 : f32[12,16] @ models/lib/nn.yaml:79:7
%8303 = cast %8301 : f32[] @ models/lib/nn.yaml:79:7
%8304 = broadcast %8303 : f32[12,16] @ models/lib/nn.yaml:79:7
%8305 = mul %8302, %8304 : f32[12,16] @ models/lib/nn.yaml:79:7
%8306 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8307 = cast %8306 : f32[] @ models/lib/nn.yaml:79:7
%8308 = broadcast %8307 : f32[12,16] @ models/lib/nn.yaml:79:7
%8309 = add %8305, %8308 : f32[12,16] @ models/lib/nn.yaml:79:7
%8310 = div %8277, %8309 : f32[12,16] @ models/lib/nn.yaml:79:7
%8311 = cast %8293 : f32[] @ models/lib/nn.yaml:79:7
%8312 = broadcast %8311 : f32[12,16] @ models/lib/nn.yaml:79:7
%8313 = mul %8310, %8312 : f32[12,16] @ models/lib/nn.yaml:79:7
%8314 = sub %8268, %8313 : f32[12,16] @ models/lib/nn.yaml:79:7
%8315 = assign %78, %8314 : f32[12,16] @ models/lib/nn.yaml:79:7
%8316 = assign %8258, %8277 : f32[12,16] @ models/lib/nn.yaml:79:7
%8317 = assign %8259, %8287 : f32[12,16] @ models/lib/nn.yaml:79:7
%8318 = assign %8260, %8262 : i64[] @ models/lib/nn.yaml:79:7
%8319 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%8320 = broadcast %8319 : f32[12,16] @ models/lib/nn.yaml:79:7
%8321 = mul %162, %8320 : f32[12,16] @ models/lib/nn.yaml:79:7
%8322 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8323 = sub %8322, %2067 : f64[] @ models/lib/nn.yaml:79:7
%8324 = cast %8323 : f32[] @ models/lib/nn.yaml:79:7
%8325 = broadcast %8324 : f32[12,16] @ models/lib/nn.yaml:79:7
%8326 = mul %8314, %8325 : f32[12,16] @ models/lib/nn.yaml:79:7
%8327 = add %8321, %8326 : f32[12,16] @ models/lib/nn.yaml:79:7
%8328 = assign %162, %8327 : f32[12,16] @ models/lib/nn.yaml:79:7
%8329 = all_reduce_sum %2400 : f32[12] @ models/moco_pass.yaml:75:7
%8330 = state name="adam_m.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8331 = state name="adam_v.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8332 = state name="adam_t.patch_projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%8333 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%8334 = add %8332, %8333 : i64[] @ models/moco_pass.yaml:75:7
%8335 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:75:7
%8336 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8337 = sub %8336, %8335 : f64[] @ models/moco_pass.yaml:75:7
%8338 = cast %8337 : f32[] @ models/moco_pass.yaml:75:7
%8339 = broadcast %8338 : f32[12] @ models/moco_pass.yaml:75:7
%8340 = mul %79, %8339 : f32[12] @ models/moco_pass.yaml:75:7
%8341 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%8342 = cast %8341 : f32[] @ models/moco_pass.yaml:75:7
%8343 = broadcast %8342 : f32[12] @ models/moco_pass.yaml:75:7
%8344 = mul %8329, %8343 : f32[12] @ models/moco_pass.yaml:75:7
%8345 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8346 = cast %8345 : f32[] @ models/moco_pass.yaml:75:7
%8347 = broadcast %8346 : f32[12] @ models/moco_pass.yaml:75:7
%8348 = mul %8330, %8347 : f32[12] @ models/moco_pass.yaml:75:7
%8349 = add %8348, %8344 : f32[12] @ models/moco_pass.yaml:75:7
%8350 = mul %8329, %8329 : f32[12] @ models/moco_pass.yaml:75:7
%8351 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%8352 = cast %8351 : f32[] @ models/moco_pass.yaml:75:7
%8353 = broadcast %8352 : f32[12] @ models/moco_pass.yaml:75:7
%8354 = mul %8350, %8353 : f32[12] @ models/moco_pass.yaml:75:7
%8355 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8356 = cast %8355 : f32[] @ models/moco_pass.yaml:75:7
%8357 = broadcast %8356 : f32[12] @ models/moco_pass.yaml:75:7
%8358 = mul %8331, %8357 : f32[12] @ models/moco_pass.yaml:75:7
%8359 = add %8358, %8354 : f32[12] @ models/moco_pass.yaml:75:7
%8360 = cast %8334 : f64[] @ models/moco_pass.yaml:75:7
%8361 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8362 = pow %8361, %8360 : f64[] @ models/moco_pass.yaml:75:7
%8363 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8364 = sub %8363, %8362 : f64[] @ models/moco_pass.yaml:75:7
%8365 = div %2065, %8364 : f64[] @ models/moco_pass.yaml:75:7
%8366 = cast %8334 : f64[] @ models/moco_pass.yaml:75:7
%8367 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8368 = pow %8367, %8366 : f64[] @ models/moco_pass.yaml:75:7
%8369 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8370 = sub %8369, %8368 : f64[] @ models/moco_pass.yaml:75:7
%8371 = sqrt %8370 : f64[] @ models/moco_pass.yaml:75:7
%8372 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8373 = div %8372, %8371 : f64[] @ models/moco_pass.yaml:75:7
%8374 = sqrt %8359 : f32[12] @ models/moco_pass.yaml:75:7
%8375 = cast %8373 : f32[] @ models/moco_pass.yaml:75:7
%8376 = broadcast %8375 : f32[12] @ models/moco_pass.yaml:75:7
%8377 = mul %8374, %8376 : f32[12] @ models/moco_pass.yaml:75:7
%8378 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%8379 = cast %8378 : f32[] @ models/moco_pass.yaml:75:7
%8380 = broadcast %8379 : f32[12] @ models/moco_pass.yaml:75:7
%8381 = add %8377, %8380 : f32[12] @ models/moco_pass.yaml:75:7
%8382 = div %8349, %8381 : f32[12] @ models/moco_pass.yaml:75:7
%8383 = cast %8365 : f32[] @ models/moco_pass.yaml:75:7
%8384 = broadcast %8383 : f32[12] @ models/moco_pass.yaml:75:7
%8385 = mul %8382, %8384 : f32[12] @ models/moco_pass.yaml:75:7
%8386 = sub %8340, %8385 : f32[12] @ models/moco_pass.yaml:75:7
%8387 = assign %79, %8386 : f32[12] @ models/moco_pass.yaml:75:7
%8388 = assign %8330, %8349 : f32[12] @ models/moco_pass.yaml:75:7
%8389 = assign %8331, %8359 : f32[12] @ models/moco_pass.yaml:75:7
%8390 = assign %8332, %8334 : i64[] @ models/moco_pass.yaml:75:7
%8391 = cast %2067 : f32[] @ models/moco_pass.yaml:75:7
%8392 = broadcast %8391 : f32[12] @ models/moco_pass.yaml:75:7
%8393 = mul %163, %8392 : f32[12] @ models/moco_pass.yaml:75:7
%8394 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8395 = sub %8394, %2067 : f64[] @ models/moco_pass.yaml:75:7
%8396 = cast %8395 : f32[] @ models/moco_pass.yaml:75:7
%8397 = broadcast %8396 : f32[12] @ models/moco_pass.yaml:75:7
%8398 = mul %8386, %8397 : f32[12] @ models/moco_pass.yaml:75:7
%8399 = add %8393, %8398 : f32[12] @ models/moco_pass.yaml:75:7
%8400 = assign %163, %8399 : f32[12] @ models/moco_pass.yaml:75:7
%8401 = all_reduce_sum %2396 : f32[12] @ models/moco_pass.yaml:76:7
%8402 = state name="adam_m.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8403 = state name="adam_v.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8404 = state name="adam_t.patch_projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%8405 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%8406 = add %8404, %8405 : i64[] @ models/moco_pass.yaml:76:7
%8407 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:76:7
%8408 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8409 = sub %8408, %8407 : f64[] @ models/moco_pass.yaml:76:7
%8410 = cast %8409 : f32[] @ models/moco_pass.yaml:76:7
%8411 = broadcast %8410 : f32[12] @ models/moco_pass.yaml:76:7
%8412 = mul %80, %8411 : f32[12] @ models/moco_pass.yaml:76:7
%8413 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%8414 = cast %8413 : f32[] @ models/moco_pass.yaml:76:7
%8415 = broadcast %8414 : f32[12] @ models/moco_pass.yaml:76:7
%8416 = mul %8401, %8415 : f32[12] @ models/moco_pass.yaml:76:7
%8417 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8418 = cast %8417 : f32[] @ models/moco_pass.yaml:76:7
%8419 = broadcast %8418 : f32[12] @ models/moco_pass.yaml:76:7
%8420 = mul %8402, %8419 : f32[12] @ models/moco_pass.yaml:76:7
%8421 = add %8420, %8416 : f32[12] @ models/moco_pass.yaml:76:7
%8422 = mul %8401, %8401 : f32[12] @ models/moco_pass.yaml:76:7
%8423 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%8424 = cast %8423 : f32[] @ models/moco_pass.yaml:76:7
%8425 = broadcast %8424 : f32[12] @ models/moco_pass.yaml:76:7
%8426 = mul %8422, %8425 : f32[12] @ models/moco_pass.yaml:76:7
%8427 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8428 = cast %8427 : f32[] @ models/moco_pass.yaml:76:7
%8429 = broadcast %8428 : f32[12] @ models/moco_pass.yaml:76:7
%8430 = mul %8403, %8429 : f32[12] @ models/moco_pass.yaml:76:7
%8431 = add %8430, %8426 : f32[12] @ models/moco_pass.yaml:76:7
%8432 = cast %8406 : f64[] @ models/moco_pass.yaml:76:7
%8433 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8434 = pow %8433, %8432 : f64[] @ models/moco_pass.yaml:76:7
%8435 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8436 = sub %8435, %8434 : f64[] @ models/moco_pass.yaml:76:7
%8437 = div %2065, %8436 : f64[] @ models/moco_pass.yaml:76:7
%8438 = cast %8406 : f64[] @ models/moco_pass.yaml:76:7
%8439 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8440 = pow %8439, %8438 : f64[] @ models/moco_pass.yaml:76:7
%8441 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8442 = sub %8441, %8440 : f64[] @ models/moco_pass.yaml:76:7
%8443 = sqrt %8442 : f64[] @ models/moco_pass.yaml:76:7
%8444 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8445 = div %8444, %8443 : f64[] @ models/moco_pass.yaml:76:7
%8446 = sqrt %8431 : f32[12] @ models/moco_pass.yaml:76:7
%8447 = cast %8445 : f32[] @ models/moco_pass.yaml:76:7
%8448 = broadcast %8447 : f32[12] @ models/moco_pass.yaml:76:7
%8449 = mul %8446, %8448 : f32[12] @ models/moco_pass.yaml:76:7
%8450 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%8451 = cast %8450 : f32[] @ models/moco_pass.yaml:76:7
%8452 = broadcast %8451 : f32[12] @ models/moco_pass.yaml:76:7
%8453 = add %8449, %8452 : f32[12] @ models/moco_pass.yaml:76:7
%8454 = div %8421, %8453 : f32[12] @ models/moco_pass.yaml:76:7
%8455 = cast %8437 : f32[] @ models/moco_pass.yaml:76:7
%8456 = broadcast %8455 : f32[12] @ models/moco_pass.yaml:76:7
%8457 = mul %8454, %8456 : f32[12] @ models/moco_pass.yaml:76:7
%8458 = sub %8412, %8457 : f32[12] @ models/moco_pass.yaml:76:7
%8459 = assign %80, %8458 : f32[12] @ models/moco_pass.yaml:76:7
%8460 = assign %8402, %8421 : f32[12] @ models/moco_pass.yaml:76:7
%8461 = assign %8403, %8431 : f32[12] @ models/moco_pass.yaml:76:7
%8462 = assign %8404, %8406 : i64[] @ models/moco_pass.yaml:76:7
%8463 = cast %2067 : f32[] @ models/moco_pass.yaml:76:7
%8464 = broadcast %8463 : f32[12] @ models/moco_pass.yaml:76:7
%8465 = mul %164, %8464 : f32[12] @ models/moco_pass.yaml:76:7
%8466 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8467 = sub %8466, %2067 : f64[] @ models/moco_pass.yaml:76:7
%8468 = cast %8467 : f32[] @ models/moco_pass.yaml:76:7
%8469 = broadcast %8468 : f32[12] @ models/moco_pass.yaml:76:7
%8470 = mul %8458, %8469 : f32[12] @ models/moco_pass.yaml:76:7
%8471 = add %8465, %8470 : f32[12] @ models/moco_pass.yaml:76:7
%8472 = assign %164, %8471 : f32[12] @ models/moco_pass.yaml:76:7
%8473 = all_reduce_sum %2385 : f32[12,12] @ models/lib/nn.yaml:79:7
%8474 = state name="adam_m.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%8475 = state name="adam_v.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%8476 = state name="adam_t.patch_projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8477 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8478 = add %8476, %8477 : i64[] @ models/lib/nn.yaml:79:7
%8479 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%8480 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8481 = sub %8480, %8479 : f64[] @ models/lib/nn.yaml:79:7
%8482 = cast %8481 : f32[] @ models/lib/nn.yaml:79:7
%8483 = broadcast %8482 : f32[12,12] @ models/lib/nn.yaml:79:7
%8484 = mul %81, %8483 : f32[12,12] @ models/lib/nn.yaml:79:7
%8485 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8486 = cast %8485 : f32[] @ models/lib/nn.yaml:79:7
%8487 = broadcast %8486 : f32[12,12] @ models/lib/nn.yaml:79:7
%8488 = mul %8473, %8487 : f32[12,12] @ models/lib/nn.yaml:79:7
%8489 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8490 = cast %8489 : f32[] @ models/lib/nn.yaml:79:7
%8491 = broadcast %8490 : f32[12,12] @ models/lib/nn.yaml:79:7
%8492 = mul %8474, %8491 : f32[12,12] @ models/lib/nn.yaml:79:7
%8493 = add %8492, %8488 : f32[12,12] @ models/lib/nn.yaml:79:7
%8494 = mul %8473, %8473 : f32[12,12] @ models/lib/nn.yaml:79:7
%8495 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8496 = cast %8495 : f32[] @ models/lib/nn.yaml:79:7
%8497 = broadcast %8496 : f32[12,12] @ models/lib/nn.yaml:79:7
%8498 = mul %8494, %8497 : f32[12,12] @ models/lib/nn.yaml:79:7
%8499 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8500 = cast %8499 : f32[] @ models/lib/nn.yaml:79:7
%8501 = broadcast %8500 : f32[12,12] @ models/lib/nn.yaml:79:7
%8502 = mul %8475, %8501 : f32[12,12] @ models/lib/nn.yaml:79:7
%8503 = add %8502, %8498 : f32[12,12] @ models/lib/nn.yaml:79:7
%8504 = cast %8478 : f64[] @ models/lib/nn.yaml:79:7
%8505 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8506 = pow %8505, %8504 : f64[] @ models/lib/nn.yaml:79:7
%8507 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8508 = sub %8507, %8506 : f64[] @ models/lib/nn.yaml:79:7
%8509 = div %2065, %8508 : f64[] @ models/lib/nn.yaml:79:7
%8510 = cast %8478 : f64[] @ models/lib/nn.yaml:79:7
%8511 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8512 = pow %8511, %8510 : f64[] @ models/lib/nn.yaml:79:7
%8513 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8514 = sub %8513, %8512 : f64[] @ models/lib/nn.yaml:79:7
%8515 = sqrt %8514 : f64[] @ models/lib/nn.yaml:79:7
%8516 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8517 = div %8516, %8515 : f64[] @ models/lib/nn.yaml:79:7
%8518 = sqrt %8503 : f32[12,12] @ models/lib/nn.yaml:79:7
%8519 = cast %8517 : f32[] @ models/lib/nn.yaml:79:7
%8520 = broadcast %8519 : f32[12,12] @ models/lib/nn.yaml:79:7
%8521 = mul %8518, %8520 : f32[12,12] @ models/lib/nn.yaml:79:7
%8522 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8523 = cast %8522 : f32[] @ models/lib/nn.yaml:79:7
%8524 = broadcast %8523 : f32[12,12] @ models/lib/nn.yaml:79:7
%8525 = add %8521, %8524 : f32[12,12] @ models/lib/nn.yaml:79:7
%8526 = div %8493, %8525 : f32[12,12] @ models/lib/nn.yaml:79:7
%8527 = cast %8509 : f32[] @ models/lib/nn.yaml:79:7
%8528 = broadcast %8527 : f32[12,12] @ models/lib/nn.yaml:79:7
%8529 = mul %8526, %8528 : f32[12,12] @ models/lib/nn.yaml:79:7
%8530 = sub %8484, %8529 : f32[12,12] @ models/lib/nn.yaml:79:7
%8531 = assign %81, %8530 : f32[12,12] @ models/lib/nn.yaml:79:7
%8532 = assign %8474, %8493 : f32[12,12] @ models/lib/nn.yaml:79:7
%8533 = assign %8475, %8503 : f32[12,12] @ models/lib/nn.yaml:79:7
%8534 = assign %8476, %8478 : i64[] @ models/lib/nn.yaml:79:7
%8535 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%8536 = broadcast %8535 : f32[12,12] @ models/lib/nn.yaml:79:7
%8537 = mul %165, %8536 : f32[12,12] @ models/lib/nn.yaml:79:7
%8538 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8539 = sub %8538, %2067 : f64[] @ models/lib/nn.yaml:79:7
%8540 = cast %8539 : f32[] @ models/lib/nn.yaml:79:7
%8541 = broadcast %8540 : f32[12,12] @ models/lib/nn.yaml:79:7
%8542 = mul %8530, %8541 : f32[12,12] @ models/lib/nn.yaml:79:7
%8543 = add %8537, %8542 : f32[12,12] @ models/lib/nn.yaml:79:7
%8544 = assign %165, %8543 : f32[12,12] @ models/lib/nn.yaml:79:7
%8545 = all_reduce_sum %2357 : f32[12] @ models/moco_pass.yaml:75:7
%8546 = state name="adam_m.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8547 = state name="adam_v.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8548 = state name="adam_t.patch_projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%8549 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%8550 = add %8548, %8549 : i64[] @ models/moco_pass.yaml:75:7
%8551 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:75:7
%8552 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8553 = sub %8552, %8551 : f64[] @ models/moco_pass.yaml:75:7
%8554 = cast %8553 : f32[] @ models/moco_pass.yaml:75:7
%8555 = broadcast %8554 : f32[12] @ models/moco_pass.yaml:75:7
%8556 = mul %82, %8555 : f32[12] @ models/moco_pass.yaml:75:7
%8557 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%8558 = cast %8557 : f32[] @ models/moco_pass.yaml:75:7
%8559 = broadcast %8558 : f32[12] @ models/moco_pass.yaml:75:7
%8560 = mul %8545, %8559 : f32[12] @ models/moco_pass.yaml:75:7
%8561 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8562 = cast %8561 : f32[] @ models/moco_pass.yaml:75:7
%8563 = broadcast %8562 : f32[12] @ models/moco_pass.yaml:75:7
%8564 = mul %8546, %8563 : f32[12] @ models/moco_pass.yaml:75:7
%8565 = add %8564, %8560 : f32[12] @ models/moco_pass.yaml:75:7
%8566 = mul %8545, %8545 : f32[12] @ models/moco_pass.yaml:75:7
%8567 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%8568 = cast %8567 : f32[] @ models/moco_pass.yaml:75:7
%8569 = broadcast %8568 : f32[12] @ models/moco_pass.yaml:75:7
%8570 = mul %8566, %8569 : f32[12] @ models/moco_pass.yaml:75:7
%8571 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8572 = cast %8571 : f32[] @ models/moco_pass.yaml:75:7
%8573 = broadcast %8572 : f32[12] @ models/moco_pass.yaml:75:7
%8574 = mul %8547, %8573 : f32[12] @ models/moco_pass.yaml:75:7
%8575 = add %8574, %8570 : f32[12] @ models/moco_pass.yaml:75:7
%8576 = cast %8550 : f64[] @ models/moco_pass.yaml:75:7
%8577 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8578 = pow %8577, %8576 : f64[] @ models/moco_pass.yaml:75:7
%8579 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8580 = sub %8579, %8578 : f64[] @ models/moco_pass.yaml:75:7
%8581 = div %2065, %8580 : f64[] @ models/moco_pass.yaml:75:7
%8582 = cast %8550 : f64[] @ models/moco_pass.yaml:75:7
%8583 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8584 = pow %8583, %8582 : f64[] @ models/moco_pass.yaml:75:7
%8585 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8586 = sub %8585, %8584 : f64[] @ models/moco_pass.yaml:75:7
%8587 = sqrt %8586 : f64[] @ models/moco_pass.yaml:75:7
%8588 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8589 = div %8588, %8587 : f64[] @ models/moco_pass.yaml:75:7
%8590 = sqrt %8575 : f32[12] @ models/moco_pass.yaml:75:7
%8591 = cast %8589 : f32[] @ models/moco_pass.yaml:75:7
%8592 = broadcast %8591 : f32[12] @ models/moco_pass.yaml:75:7
%8593 = mul %8590, %8592 : f32[12] @ models/moco_pass.yaml:75:7
%8594 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%8595 = cast %8594 : f32[] @ models/moco_pass.yaml:75:7
%8596 = broadcast %8595 : f32[12] @ models/moco_pass.yaml:75:7
%8597 = add %8593, %8596 : f32[12] @ models/moco_pass.yaml:75:7
%8598 = div %8565, %8597 : f32[12] @ models/moco_pass.yaml:75:7
%8599 = cast %8581 : f32[] @ models/moco_pass.yaml:75:7
%8600 = broadcast %8599 : f32[12] @ models/moco_pass.yaml:75:7
%8601 = mul %8598, %8600 : f32[12] @ models/moco_pass.yaml:75:7
%8602 = sub %8556, %8601 : f32[12] @ models/moco_pass.yaml:75:7
%8603 = assign %82, %8602 : f32[12] @ models/moco_pass.yaml:75:7
%8604 = assign %8546, %8565 : f32[12] @ models/moco_pass.yaml:75:7
%8605 = assign %8547, %8575 : f32[12] @ models/moco_pass.yaml:75:7
%8606 = assign %8548, %8550 : i64[] @ models/moco_pass.yaml:75:7
%8607 = cast %2067 : f32[] @ models/moco_pass.yaml:75:7
%8608 = broadcast %8607 : f32[12] @ models/moco_pass.yaml:75:7
%8609 = mul %166, %8608 : f32[12] @ models/moco_pass.yaml:75:7
%8610 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8611 = sub %8610, %2067 : f64[] @ models/moco_pass.yaml:75:7
%8612 = cast %8611 : f32[] @ models/moco_pass.yaml:75:7
%8613 = broadcast %8612 : f32[12] @ models/moco_pass.yaml:75:7
%8614 = mul %8602, %8613 : f32[12] @ models/moco_pass.yaml:75:7
%8615 = add %8609, %8614 : f32[12] @ models/moco_pass.yaml:75:7
%8616 = assign %166, %8615 : f32[12] @ models/moco_pass.yaml:75:7
%8617 = all_reduce_sum %2353 : f32[12] @ models/moco_pass.yaml:76:7
%8618 = state name="adam_m.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8619 = state name="adam_v.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8620 = state name="adam_t.patch_projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%8621 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%8622 = add %8620, %8621 : i64[] @ models/moco_pass.yaml:76:7
%8623 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:76:7
%8624 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8625 = sub %8624, %8623 : f64[] @ models/moco_pass.yaml:76:7
%8626 = cast %8625 : f32[] @ models/moco_pass.yaml:76:7
%8627 = broadcast %8626 : f32[12] @ models/moco_pass.yaml:76:7
%8628 = mul %83, %8627 : f32[12] @ models/moco_pass.yaml:76:7
%8629 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%8630 = cast %8629 : f32[] @ models/moco_pass.yaml:76:7
%8631 = broadcast %8630 : f32[12] @ models/moco_pass.yaml:76:7
%8632 = mul %8617, %8631 : f32[12] @ models/moco_pass.yaml:76:7
%8633 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8634 = cast %8633 : f32[] @ models/moco_pass.yaml:76:7
%8635 = broadcast %8634 : f32[12] @ models/moco_pass.yaml:76:7
%8636 = mul %8618, %8635 : f32[12] @ models/moco_pass.yaml:76:7
%8637 = add %8636, %8632 : f32[12] @ models/moco_pass.yaml:76:7
%8638 = mul %8617, %8617 : f32[12] @ models/moco_pass.yaml:76:7
%8639 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%8640 = cast %8639 : f32[] @ models/moco_pass.yaml:76:7
%8641 = broadcast %8640 : f32[12] @ models/moco_pass.yaml:76:7
%8642 = mul %8638, %8641 : f32[12] @ models/moco_pass.yaml:76:7
%8643 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8644 = cast %8643 : f32[] @ models/moco_pass.yaml:76:7
%8645 = broadcast %8644 : f32[12] @ models/moco_pass.yaml:76:7
%8646 = mul %8619, %8645 : f32[12] @ models/moco_pass.yaml:76:7
%8647 = add %8646, %8642 : f32[12] @ models/moco_pass.yaml:76:7
%8648 = cast %8622 : f64[] @ models/moco_pass.yaml:76:7
%8649 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8650 = pow %8649, %8648 : f64[] @ models/moco_pass.yaml:76:7
%8651 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8652 = sub %8651, %8650 : f64[] @ models/moco_pass.yaml:76:7
%8653 = div %2065, %8652 : f64[] @ models/moco_pass.yaml:76:7
%8654 = cast %8622 : f64[] @ models/moco_pass.yaml:76:7
%8655 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8656 = pow %8655, %8654 : f64[] @ models/moco_pass.yaml:76:7
%8657 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8658 = sub %8657, %8656 : f64[] @ models/moco_pass.yaml:76:7
%8659 = sqrt %8658 : f64[] @ models/moco_pass.yaml:76:7
%8660 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8661 = div %8660, %8659 : f64[] @ models/moco_pass.yaml:76:7
%8662 = sqrt %8647 : f32[12] @ models/moco_pass.yaml:76:7
%8663 = cast %8661 : f32[] @ models/moco_pass.yaml:76:7
%8664 = broadcast %8663 : f32[12] @ models/moco_pass.yaml:76:7
%8665 = mul %8662, %8664 : f32[12] @ models/moco_pass.yaml:76:7
%8666 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%8667 = cast %8666 : f32[] @ models/moco_pass.yaml:76:7
%8668 = broadcast %8667 : f32[12] @ models/moco_pass.yaml:76:7
%8669 = add %8665, %8668 : f32[12] @ models/moco_pass.yaml:76:7
%8670 = div %8637, %8669 : f32[12] @ models/moco_pass.yaml:76:7
%8671 = cast %8653 : f32[] @ models/moco_pass.yaml:76:7
%8672 = broadcast %8671 : f32[12] @ models/moco_pass.yaml:76:7
%8673 = mul %8670, %8672 : f32[12] @ models/moco_pass.yaml:76:7
%8674 = sub %8628, %8673 : f32[12] @ models/moco_pass.yaml:76:7
%8675 = assign %83, %8674 : f32[12] @ models/moco_pass.yaml:76:7
%8676 = assign %8618, %8637 : f32[12] @ models/moco_pass.yaml:76:7
%8677 = assign %8619, %8647 : f32[12] @ models/moco_pass.yaml:76:7
%8678 = assign %8620, %8622 : i64[] @ models/moco_pass.yaml:76:7
%8679 = cast %2067 : f32[] @ models/moco_pass.yaml:76:7
%8680 = broadcast %8679 : f32[12] @ models/moco_pass.yaml:76:7
%8681 = mul %167, %8680 : f32[12] @ models/moco_pass.yaml:76:7
%8682 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8683 = sub %8682, %2067 : f64[] @ models/moco_pass.yaml:76:7
%8684 = cast %8683 : f32[] @ models/moco_pass.yaml:76:7
%8685 = broadcast %8684 : f32[12] @ models/moco_pass.yaml:76:7
%8686 = mul %8674, %8685 : f32[12] @ models/moco_pass.yaml:76:7
%8687 = add %8681, %8686 : f32[12] @ models/moco_pass.yaml:76:7
%8688 = assign %167, %8687 : f32[12] @ models/moco_pass.yaml:76:7
%8689 = all_reduce_sum %2342 : f32[6,12] @ models/lib/nn.yaml:79:7
%8690 = state name="adam_m.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%8691 = state name="adam_v.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%8692 = state name="adam_t.patch_projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8693 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8694 = add %8692, %8693 : i64[] @ models/lib/nn.yaml:79:7
%8695 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%8696 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8697 = sub %8696, %8695 : f64[] @ models/lib/nn.yaml:79:7
%8698 = cast %8697 : f32[] @ models/lib/nn.yaml:79:7
%8699 = broadcast %8698 : f32[6,12] @ models/lib/nn.yaml:79:7
%8700 = mul %84, %8699 : f32[6,12] @ models/lib/nn.yaml:79:7
%8701 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8702 = cast %8701 : f32[] @ models/lib/nn.yaml:79:7
%8703 = broadcast %8702 : f32[6,12] @ models/lib/nn.yaml:79:7
%8704 = mul %8689, %8703 : f32[6,12] @ models/lib/nn.yaml:79:7
%8705 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8706 = cast %8705 : f32[] @ models/lib/nn.yaml:79:7
%8707 = broadcast %8706 : f32[6,12] @ models/lib/nn.yaml:79:7
%8708 = mul %8690, %8707 : f32[6,12] @ models/lib/nn.yaml:79:7
%8709 = add %8708, %8704 : f32[6,12] @ models/lib/nn.yaml:79:7
%8710 = mul %8689, %8689 : f32[6,12] @ models/lib/nn.yaml:79:7
%8711 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8712 = cast %8711 : f32[] @ models/lib/nn.yaml:79:7
%8713 = broadcast %8712 : f32[6,12] @ models/lib/nn.yaml:79:7
%8714 = mul %8710, %8713 : f32[6,12] @ models/lib/nn.yaml:79:7
%8715 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8716 = cast %8715 : f32[] @ models/lib/nn.yaml:79:7
%8717 = broadcast %8716 : f32[6,12] @ models/lib/nn.yaml:79:7
%8718 = mul %8691, %8717 : f32[6,12] @ models/lib/nn.yaml:79:7
%8719 = add %8718, %8714 : f32[6,12] @ models/lib/nn.yaml:79:7
%8720 = cast %8694 : f64[] @ models/lib/nn.yaml:79:7
%8721 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8722 = pow %8721, %8720 : f64[] @ models/lib/nn.yaml:79:7
%8723 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8724 = sub %8723, %8722 : f64[] @ models/lib/nn.yaml:79:7
%8725 = div %2065, %8724 : f64[] @ models/lib/nn.yaml:79:7
%8726 = cast %8694 : f64[] @ models/lib/nn.yaml:79:7
%8727 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8728 = pow %8727, %8726 : f64[] @ models/lib/nn.yaml:79:7
%8729 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8730 = sub %8729, %8728 : f64[] @ models/lib/nn.yaml:79:7
%8731 = sqrt %8730 : f64[] @ models/lib/nn.yaml:79:7
%8732 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8733 = div %8732, %8731 : f64[] @ models/lib/nn.yaml:79:7
%8734 = sqrt %8719 : f32[6,12] @ models/lib/nn.yaml:79:7
%8735 = cast %8733 : f32[] @ models/lib/nn.yaml:79:7
%8736 = broadcast %8735 : f32[6,12] @ models/lib/nn.yaml:79:7
%8737 = mul %8734, %8736 : f32[6,12] @ models/lib/nn.yaml:79:7
%8738 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8739 = cast %8738 : f32[] @ models/lib/nn.yaml:79:7
%8740 = broadcast %8739 : f32[6,12] @ models/lib/nn.yaml:79:7
%8741 = add %8737, %8740 : f32[6,12] @ models/lib/nn.yaml:79:7
%8742 = div %8709, %8741 : f32[6,12] @ models/lib/nn.yaml:79:7
%8743 = cast %8725 : f32[] @ models/lib/nn.yaml:79:7
%8744 = broadcast %8743 : f32[6,12] @ models/lib/nn.yaml:79:7
%8745 = mul %8742, %8744 : f32[6,12] @ models/lib/nn.yaml:79:7
%8746 = sub %8700, %8745 : f32[6,12] @ models/lib/nn.yaml:79:7
%8747 = assign %84, %8746 : f32[6,12] @ models/lib/nn.yaml:79:7
%8748 = assign %8690, %8709 : f32[6,12] @ models/lib/nn.yaml:79:7
%8749 = assign %8691, %8719 : f32[6,12] @ models/lib/nn.yaml:79:7
%8750 = assign %8692, %8694 : i64[] @ models/lib/nn.yaml:79:7
%8751 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%8752 = broadcast %8751 : f32[6,12] @ models/lib/nn.yaml:79:7
%8753 = mul %168, %8752 : f32[6,12] @ models/lib/nn.yaml:79:7
%8754 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8755 = sub %8754, %2067 : f64[] @ models/lib/nn.yaml:79:7
%8756 = cast %8755 : f32[] @ models/lib/nn.yaml:79:7
%8757 = broadcast %8756 : f32[6,12] @ models/lib/nn.yaml:79:7
%8758 = mul %8746, %8757 : f32[6,12] @ models/lib/nn.yaml:79:7
%8759 = add %8753, %8758 : f32[6,12] @ models/lib/nn.yaml:79:7
%8760 = assign %168, %8759 : f32[6,12] @ models/lib/nn.yaml:79:7
%8761 = all_reduce_sum %2314 : f32[12,6] @ models/lib/nn.yaml:79:7
%8762 = state name="adam_m.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%8763 = state name="adam_v.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%8764 = state name="adam_t.patch_predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8765 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8766 = add %8764, %8765 : i64[] @ models/lib/nn.yaml:79:7
%8767 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%8768 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8769 = sub %8768, %8767 : f64[] @ models/lib/nn.yaml:79:7
%8770 = cast %8769 : f32[] @ models/lib/nn.yaml:79:7
%8771 = broadcast %8770 : f32[12,6] @ models/lib/nn.yaml:79:7
%8772 = mul %85, %8771 : f32[12,6] @ models/lib/nn.yaml:79:7
%8773 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8774 = cast %8773 : f32[] @ models/lib/nn.yaml:79:7
%8775 = broadcast %8774 : f32[12,6] @ models/lib/nn.yaml:79:7
%8776 = mul %8761, %8775 : f32[12,6] @ models/lib/nn.yaml:79:7
%8777 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8778 = cast %8777 : f32[] @ models/lib/nn.yaml:79:7
%8779 = broadcast %8778 : f32[12,6] @ models/lib/nn.yaml:79:7
%8780 = mul %8762, %8779 : f32[12,6] @ models/lib/nn.yaml:79:7
%8781 = add %8780, %8776 : f32[12,6] @ models/lib/nn.yaml:79:7
%8782 = mul %8761, %8761 : f32[12,6] @ models/lib/nn.yaml:79:7
%8783 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8784 = cast %8783 : f32[] @ models/lib/nn.yaml:79:7
%8785 = broadcast %8784 : f32[12,6] @ models/lib/nn.yaml:79:7
%8786 = mul %8782, %8785 : f32[12,6] @ models/lib/nn.yaml:79:7
%8787 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8788 = cast %8787 : f32[] @ models/lib/nn.yaml:79:7
%8789 = broadcast %8788 : f32[12,6] @ models/lib/nn.yaml:79:7
%8790 = mul %8763, %8789 : f32[12,6] @ models/lib/nn.yaml:79:7
%8791 = add %8790, %8786 : f32[12,6] @ models/lib/nn.yaml:79:7
%8792 = cast %8766 : f64[] @ models/lib/nn.yaml:79:7
%8793 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8794 = pow %8793, %8792 : f64[] @ models/lib/nn.yaml:79:7
%8795 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8796 = sub %8795, %8794 : f64[] @ models/lib/nn.yaml:79:7
%8797 = div %2065, %8796 : f64[] @ models/lib/nn.yaml:79:7
%8798 = cast %8766 : f64[] @ models/lib/nn.yaml:79:7
%8799 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8800 = pow %8799, %8798 : f64[] @ models/lib/nn.yaml:79:7
%8801 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8802 = sub %8801, %8800 : f64[] @ models/lib/nn.yaml:79:7
%8803 = sqrt %8802 : f64[] @ models/lib/nn.yaml:79:7
%8804 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8805 = div %8804, %8803 : f64[] @ models/lib/nn.yaml:79:7
%8806 = sqrt %8791 : f32[12,6] @ models/lib/nn.yaml:79:7
%8807 = cast %8805 : f32[] @ models/lib/nn.yaml:79:7
%8808 = broadcast %8807 : f32[12,6] @ models/lib/nn.yaml:79:7
%8809 = mul %8806, %8808 : f32[12,6] @ models/lib/nn.yaml:79:7
%8810 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8811 = cast %8810 : f32[] @ models/lib/nn.yaml:79:7
%8812 = broadcast %8811 : f32[12,6] @ models/lib/nn.yaml:79:7
%8813 = add %8809, %8812 : f32[12,6] @ models/lib/nn.yaml:79:7
%8814 = div %8781, %8813 : f32[12,6] @ models/lib/nn.yaml:79:7
%8815 = cast %8797 : f32[] @ models/lib/nn.yaml:79:7
%8816 = broadcast %8815 : f32[12,6] @ models/lib/nn.yaml:79:7
%8817 = mul %8814, %8816 : f32[12,6] @ models/lib/nn.yaml:79:7
%8818 = sub %8772, %8817 : f32[12,6] @ models/lib/nn.yaml:79:7
%8819 = assign %85, %8818 : f32[12,6] @ models/lib/nn.yaml:79:7
%8820 = assign %8762, %8781 : f32[12,6] @ models/lib/nn.yaml:79:7
%8821 = assign %8763, %8791 : f32[12,6] @ models/lib/nn.yaml:79:7
%8822 = assign %8764, %8766 : i64[] @ models/lib/nn.yaml:79:7
%8823 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%8824 = broadcast %8823 : f32[12,6] @ models/lib/nn.yaml:79:7
%8825 = mul %169, %8824 : f32[12,6] @ models/lib/nn.yaml:79:7
%8826 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8827 = sub %8826, %2067 : f64[] @ models/lib/nn.yaml:79:7
%8828 = cast %8827 : f32[] @ models/lib/nn.yaml:79:7
%8829 = broadcast %8828 : f32[12,6] @ models/lib/nn.yaml:79:7
%8830 = mul %8818, %8829 : f32[12,6] @ models/lib/nn.yaml:79:7
%8831 = add %8825, %8830 : f32[12,6] @ models/lib/nn.yaml:79:7
%8832 = assign %169, %8831 : f32[12,6] @ models/lib/nn.yaml:79:7
%8833 = all_reduce_sum %2286 : f32[12] @ models/moco_pass.yaml:75:7
%8834 = state name="adam_m.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8835 = state name="adam_v.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8836 = state name="adam_t.patch_predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%8837 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%8838 = add %8836, %8837 : i64[] @ models/moco_pass.yaml:75:7
%8839 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:75:7
%8840 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8841 = sub %8840, %8839 : f64[] @ models/moco_pass.yaml:75:7
%8842 = cast %8841 : f32[] @ models/moco_pass.yaml:75:7
%8843 = broadcast %8842 : f32[12] @ models/moco_pass.yaml:75:7
%8844 = mul %86, %8843 : f32[12] @ models/moco_pass.yaml:75:7
%8845 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%8846 = cast %8845 : f32[] @ models/moco_pass.yaml:75:7
%8847 = broadcast %8846 : f32[12] @ models/moco_pass.yaml:75:7
%8848 = mul %8833, %8847 : f32[12] @ models/moco_pass.yaml:75:7
%8849 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8850 = cast %8849 : f32[] @ models/moco_pass.yaml:75:7
%8851 = broadcast %8850 : f32[12] @ models/moco_pass.yaml:75:7
%8852 = mul %8834, %8851 : f32[12] @ models/moco_pass.yaml:75:7
%8853 = add %8852, %8848 : f32[12] @ models/moco_pass.yaml:75:7
%8854 = mul %8833, %8833 : f32[12] @ models/moco_pass.yaml:75:7
%8855 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%8856 = cast %8855 : f32[] @ models/moco_pass.yaml:75:7
%8857 = broadcast %8856 : f32[12] @ models/moco_pass.yaml:75:7
%8858 = mul %8854, %8857 : f32[12] @ models/moco_pass.yaml:75:7
%8859 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8860 = cast %8859 : f32[] @ models/moco_pass.yaml:75:7
%8861 = broadcast %8860 : f32[12] @ models/moco_pass.yaml:75:7
%8862 = mul %8835, %8861 : f32[12] @ models/moco_pass.yaml:75:7
%8863 = add %8862, %8858 : f32[12] @ models/moco_pass.yaml:75:7
%8864 = cast %8838 : f64[] @ models/moco_pass.yaml:75:7
%8865 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8866 = pow %8865, %8864 : f64[] @ models/moco_pass.yaml:75:7
%8867 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8868 = sub %8867, %8866 : f64[] @ models/moco_pass.yaml:75:7
%8869 = div %2065, %8868 : f64[] @ models/moco_pass.yaml:75:7
%8870 = cast %8838 : f64[] @ models/moco_pass.yaml:75:7
%8871 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8872 = pow %8871, %8870 : f64[] @ models/moco_pass.yaml:75:7
%8873 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8874 = sub %8873, %8872 : f64[] @ models/moco_pass.yaml:75:7
%8875 = sqrt %8874 : f64[] @ models/moco_pass.yaml:75:7
%8876 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8877 = div %8876, %8875 : f64[] @ models/moco_pass.yaml:75:7
%8878 = sqrt %8863 : f32[12] @ models/moco_pass.yaml:75:7
%8879 = cast %8877 : f32[] @ models/moco_pass.yaml:75:7
%8880 = broadcast %8879 : f32[12] @ models/moco_pass.yaml:75:7
%8881 = mul %8878, %8880 : f32[12] @ models/moco_pass.yaml:75:7
%8882 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%8883 = cast %8882 : f32[] @ models/moco_pass.yaml:75:7
%8884 = broadcast %8883 : f32[12] @ models/moco_pass.yaml:75:7
%8885 = add %8881, %8884 : f32[12] @ models/moco_pass.yaml:75:7
%8886 = div %8853, %8885 : f32[12] @ models/moco_pass.yaml:75:7
%8887 = cast %8869 : f32[] @ models/moco_pass.yaml:75:7
%8888 = broadcast %8887 : f32[12] @ models/moco_pass.yaml:75:7
%8889 = mul %8886, %8888 : f32[12] @ models/moco_pass.yaml:75:7
%8890 = sub %8844, %8889 : f32[12] @ models/moco_pass.yaml:75:7
%8891 = assign %86, %8890 : f32[12] @ models/moco_pass.yaml:75:7
%8892 = assign %8834, %8853 : f32[12] @ models/moco_pass.yaml:75:7
%8893 = assign %8835, %8863 : f32[12] @ models/moco_pass.yaml:75:7
%8894 = assign %8836, %8838 : i64[] @ models/moco_pass.yaml:75:7
%8895 = cast %2067 : f32[] @ models/moco_pass.yaml:75:7
%8896 = broadcast %8895 : f32[12] @ models/moco_pass.yaml:75:7
%8897 = mul %170, %8896 : f32[12] @ models/moco_pass.yaml:75:7
%8898 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8899 = sub %8898, %2067 : f64[] @ models/moco_pass.yaml:75:7
%8900 = cast %8899 : f32[] @ models/moco_pass.yaml:75:7
%8901 = broadcast %8900 : f32[12] @ models/moco_pass.yaml:75:7
%8902 = mul %8890, %8901 : f32[12] @ models/moco_pass.yaml:75:7
%8903 = add %8897, %8902 : f32[12] @ models/moco_pass.yaml:75:7
%8904 = assign %170, %8903 : f32[12] @ models/moco_pass.yaml:75:7
%8905 = all_reduce_sum %2282 : f32[12] @ models/moco_pass.yaml:76:7
%8906 = state name="adam_m.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8907 = state name="adam_v.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8908 = state name="adam_t.patch_predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%8909 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%8910 = add %8908, %8909 : i64[] @ models/moco_pass.yaml:76:7
%8911 = mul %2065, %2066 : f64[] @ models/moco_pass.yaml:76:7
%8912 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8913 = sub %8912, %8911 : f64[] @ models/moco_pass.yaml:76:7
%8914 = cast %8913 : f32[] @ models/moco_pass.yaml:76:7
%8915 = broadcast %8914 : f32[12] @ models/moco_pass.yaml:76:7
%8916 = mul %87, %8915 : f32[12] @ models/moco_pass.yaml:76:7
%8917 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%8918 = cast %8917 : f32[] @ models/moco_pass.yaml:76:7
%8919 = broadcast %8918 : f32[12] @ models/moco_pass.yaml:76:7
%8920 = mul %8905, %8919 : f32[12] @ models/moco_pass.yaml:76:7
%8921 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8922 = cast %8921 : f32[] @ models/moco_pass.yaml:76:7
%8923 = broadcast %8922 : f32[12] @ models/moco_pass.yaml:76:7
%8924 = mul %8906, %8923 : f32[12] @ models/moco_pass.yaml:76:7
%8925 = add %8924, %8920 : f32[12] @ models/moco_pass.yaml:76:7
%8926 = mul %8905, %8905 : f32[12] @ models/moco_pass.yaml:76:7
%8927 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%8928 = cast %8927 : f32[] @ models/moco_pass.yaml:76:7
%8929 = broadcast %8928 : f32[12] @ models/moco_pass.yaml:76:7
%8930 = mul %8926, %8929 : f32[12] @ models/moco_pass.yaml:76:7
%8931 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8932 = cast %8931 : f32[] @ models/moco_pass.yaml:76:7
%8933 = broadcast %8932 : f32[12] @ models/moco_pass.yaml:76:7
%8934 = mul %8907, %8933 : f32[12] @ models/moco_pass.yaml:76:7
%8935 = add %8934, %8930 : f32[12] @ models/moco_pass.yaml:76:7
%8936 = cast %8910 : f64[] @ models/moco_pass.yaml:76:7
%8937 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8938 = pow %8937, %8936 : f64[] @ models/moco_pass.yaml:76:7
%8939 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8940 = sub %8939, %8938 : f64[] @ models/moco_pass.yaml:76:7
%8941 = div %2065, %8940 : f64[] @ models/moco_pass.yaml:76:7
%8942 = cast %8910 : f64[] @ models/moco_pass.yaml:76:7
%8943 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8944 = pow %8943, %8942 : f64[] @ models/moco_pass.yaml:76:7
%8945 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8946 = sub %8945, %8944 : f64[] @ models/moco_pass.yaml:76:7
%8947 = sqrt %8946 : f64[] @ models/moco_pass.yaml:76:7
%8948 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8949 = div %8948, %8947 : f64[] @ models/moco_pass.yaml:76:7
%8950 = sqrt %8935 : f32[12] @ models/moco_pass.yaml:76:7
%8951 = cast %8949 : f32[] @ models/moco_pass.yaml:76:7
%8952 = broadcast %8951 : f32[12] @ models/moco_pass.yaml:76:7
%8953 = mul %8950, %8952 : f32[12] @ models/moco_pass.yaml:76:7
%8954 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%8955 = cast %8954 : f32[] @ models/moco_pass.yaml:76:7
%8956 = broadcast %8955 : f32[12] @ models/moco_pass.yaml:76:7
%8957 = add %8953, %8956 : f32[12] @ models/moco_pass.yaml:76:7
%8958 = div %8925, %8957 : f32[12] @ models/moco_pass.yaml:76:7
%8959 = cast %8941 : f32[] @ models/moco_pass.yaml:76:7
%8960 = broadcast %8959 : f32[12] @ models/moco_pass.yaml:76:7
%8961 = mul %8958, %8960 : f32[12] @ models/moco_pass.yaml:76:7
%8962 = sub %8916, %8961 : f32[12] @ models/moco_pass.yaml:76:7
%8963 = assign %87, %8962 : f32[12] @ models/moco_pass.yaml:76:7
%8964 = assign %8906, %8925 : f32[12] @ models/moco_pass.yaml:76:7
%8965 = assign %8907, %8935 : f32[12] @ models/moco_pass.yaml:76:7
%8966 = assign %8908, %8910 : i64[] @ models/moco_pass.yaml:76:7
%8967 = cast %2067 : f32[] @ models/moco_pass.yaml:76:7
%8968 = broadcast %8967 : f32[12] @ models/moco_pass.yaml:76:7
%8969 = mul %171, %8968 : f32[12] @ models/moco_pass.yaml:76:7
%8970 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8971 = sub %8970, %2067 : f64[] @ models/moco_pass.yaml:76:7
%8972 = cast %8971 : f32[] @ models/moco_pass.yaml:76:7
%8973 = broadcast %8972 : f32[12] @ models/moco_pass.yaml:76:7
%8974 = mul %8962, %8973 : f32[12] @ models/moco_pass.yaml:76:7
%8975 = add %8969, %8974 : f32[12] @ models/moco_pass.yaml:76:7
%8976 = assign %171, %8975 : f32[12] @ models/moco_pass.yaml:76:7
%8977 = all_reduce_sum %2271 : f32[6,12] @ models/lib/nn.yaml:79:7
%8978 = state name="adam_m.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%8979 = state name="adam_v.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%8980 = state name="adam_t.patch_predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8981 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8982 = add %8980, %8981 : i64[] @ models/lib/nn.yaml:79:7
%8983 = mul %2065, %2066 : f64[] @ models/lib/nn.yaml:79:7
%8984 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8985 = sub %8984, %8983 : f64[] @ models/lib/nn.yaml:79:7
%8986 = cast %8985 : f32[] @ models/lib/nn.yaml:79:7
%8987 = broadcast %8986 : f32[6,12] @ models/lib/nn.yaml:79:7
%8988 = mul %88, %8987 : f32[6,12] @ models/lib/nn.yaml:79:7
%8989 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8990 = cast %8989 : f32[] @ models/lib/nn.yaml:79:7
%8991 = broadcast %8990 : f32[6,12] @ models/lib/nn.yaml:79:7
%8992 = mul %8977, %8991 : f32[6,12] @ models/lib/nn.yaml:79:7
%8993 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8994 = cast %8993 : f32[] @ models/lib/nn.yaml:79:7
%8995 = broadcast %8994 : f32[6,12] @ models/lib/nn.yaml:79:7
%8996 = mul %8978, %8995 : f32[6,12] @ models/lib/nn.yaml:79:7
%8997 = add %8996, %8992 : f32[6,12] @ models/lib/nn.yaml:79:7
%8998 = mul %8977, %8977 : f32[6,12] @ models/lib/nn.yaml:79:7
%8999 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%9000 = cast %8999 : f32[] @ models/lib/nn.yaml:79:7
%9001 = broadcast %9000 : f32[6,12] @ models/lib/nn.yaml:79:7
%9002 = mul %8998, %9001 : f32[6,12] @ models/lib/nn.yaml:79:7
%9003 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9004 = cast %9003 : f32[] @ models/lib/nn.yaml:79:7
%9005 = broadcast %9004 : f32[6,12] @ models/lib/nn.yaml:79:7
%9006 = mul %8979, %9005 : f32[6,12] @ models/lib/nn.yaml:79:7
%9007 = add %9006, %9002 : f32[6,12] @ models/lib/nn.yaml:79:7
%9008 = cast %8982 : f64[] @ models/lib/nn.yaml:79:7
%9009 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%9010 = pow %9009, %9008 : f64[] @ models/lib/nn.yaml:79:7
%9011 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9012 = sub %9011, %9010 : f64[] @ models/lib/nn.yaml:79:7
%9013 = div %2065, %9012 : f64[] @ models/lib/nn.yaml:79:7
%9014 = cast %8982 : f64[] @ models/lib/nn.yaml:79:7
%9015 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%9016 = pow %9015, %9014 : f64[] @ models/lib/nn.yaml:79:7
%9017 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9018 = sub %9017, %9016 : f64[] @ models/lib/nn.yaml:79:7
%9019 = sqrt %9018 : f64[] @ models/lib/nn.yaml:79:7
%9020 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9021 = div %9020, %9019 : f64[] @ models/lib/nn.yaml:79:7
%9022 = sqrt %9007 : f32[6,12] @ models/lib/nn.yaml:79:7
%9023 = cast %9021 : f32[] @ models/lib/nn.yaml:79:7
%9024 = broadcast %9023 : f32[6,12] @ models/lib/nn.yaml:79:7
%9025 = mul %9022, %9024 : f32[6,12] @ models/lib/nn.yaml:79:7
%9026 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%9027 = cast %9026 : f32[] @ models/lib/nn.yaml:79:7
%9028 = broadcast %9027 : f32[6,12] @ models/lib/nn.yaml:79:7
%9029 = add %9025, %9028 : f32[6,12] @ models/lib/nn.yaml:79:7
%9030 = div %8997, %9029 : f32[6,12] @ models/lib/nn.yaml:79:7
%9031 = cast %9013 : f32[] @ models/lib/nn.yaml:79:7
%9032 = broadcast %9031 : f32[6,12] @ models/lib/nn.yaml:79:7
%9033 = mul %9030, %9032 : f32[6,12] @ models/lib/nn.yaml:79:7
%9034 = sub %8988, %9033 : f32[6,12] @ models/lib/nn.yaml:79:7
%9035 = assign %88, %9034 : f32[6,12] @ models/lib/nn.yaml:79:7
%9036 = assign %8978, %8997 : f32[6,12] @ models/lib/nn.yaml:79:7
%9037 = assign %8979, %9007 : f32[6,12] @ models/lib/nn.yaml:79:7
%9038 = assign %8980, %8982 : i64[] @ models/lib/nn.yaml:79:7
%9039 = cast %2067 : f32[] @ models/lib/nn.yaml:79:7
%9040 = broadcast %9039 : f32[6,12] @ models/lib/nn.yaml:79:7
%9041 = mul %172, %9040 : f32[6,12] @ models/lib/nn.yaml:79:7
%9042 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%9043 = sub %9042, %2067 : f64[] @ models/lib/nn.yaml:79:7
%9044 = cast %9043 : f32[] @ models/lib/nn.yaml:79:7
%9045 = broadcast %9044 : f32[6,12] @ models/lib/nn.yaml:79:7
%9046 = mul %9034, %9045 : f32[6,12] @ models/lib/nn.yaml:79:7
%9047 = add %9041, %9046 : f32[6,12] @ models/lib/nn.yaml:79:7
%9048 = assign %172, %9047 : f32[6,12] @ models/lib/nn.yaml:79:7
%9049 = const data=[inf] : f32[] @ models/moco_pass.yaml:170:3
%9050 = abs %2063 : f32[] @ models/moco_pass.yaml:170:3
%9051 = lt %9050, %9049 : bool[] @ models/moco_pass.yaml:170:3
%9052 = output %9051 name="finite" : bool[] @ models/moco_pass.yaml:170:3
