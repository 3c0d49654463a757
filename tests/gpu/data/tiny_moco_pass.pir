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
%1772 = reshape %1771 : f32[224,12] @ models/moco_pass.yaml:84:18
%1773 = matmul %1765, %1772 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%1774 = reshape %1773 : f32[1,12] @ models/moco_pass.yaml:84:18
%1775 = reshape %1774 : f32[12] @ models/moco_pass.yaml:84:18
%1776 = reshape %1770 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%1777 = mul %1776, %1427 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1778 = mul %1776, %1420 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1779 = reduce_sum %1778 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%1780 = mul %1426, %1426 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1781 = mul %1426, %1780 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1782 = broadcast %1740 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1783 = mul %1781, %1782 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1784 = mul %1779, %1783 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1785 = all_reduce_sum %1784 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1786 = div %1785, %748 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1787 = broadcast %1786 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%1788 = mul %1787, %1420 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1789 = add %1777, %1788 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1790 = add %1789, %1788 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1791 = neg %1790 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1792 = reduce_sum %1791 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%1793 = all_reduce_sum %1792 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1794 = div %1793, %748 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1795 = broadcast %1794 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1796 = add %1790, %1795 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1797 = reshape %1796 : f32[224,12] @ models/moco_pass.yaml:79:13
%1798 = matmul %1797, %85 ta=0 tb=0 : f32[224,6] @ models/lib/nn.yaml:83:15
%1799 = matmul %1797, %1413 ta=1 tb=0 : f32[12,6] @ models/lib/nn.yaml:83:15
%1800 = reshape %1798 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%1801 = mul %1800, %1411 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1802 = mul %1800, %1404 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1803 = reduce_sum %1802 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%1804 = mul %1410, %1410 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1805 = mul %1410, %1804 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1806 = mul %1805, %1741 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1807 = mul %1803, %1806 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1808 = all_reduce_sum %1807 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1809 = div %1808, %795 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1810 = broadcast %1809 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%1811 = mul %1810, %1404 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1812 = add %1801, %1811 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1813 = add %1812, %1811 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1814 = neg %1813 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1815 = reduce_sum %1814 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%1816 = all_reduce_sum %1815 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1817 = div %1816, %795 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1818 = broadcast %1817 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%1819 = add %1813, %1818 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%1820 = reshape %1819 : f32[224,6] @ models/moco_pass.yaml:79:13
%1821 = matmul %1820, %84 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%1822 = matmul %1820, %1397 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%1823 = mul %1821, %1759 : f32[224,12] @ models/moco_pass.yaml:70:16
%1824 = eq %1396, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1825 = select %1824, %1823, %769 : f32[224,12] @ models/moco_pass.yaml:70:16
%1826 = gt %1396, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1827 = select %1826, %1821, %1825 : f32[224,12] @ models/moco_pass.yaml:70:16
%1828 = reshape %1827 : f32[224,12] @ models/moco_pass.yaml:84:27
%1829 = matmul %1765, %1828 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%1830 = reshape %1829 : f32[1,12] @ models/moco_pass.yaml:84:27
%1831 = reshape %1830 : f32[12] @ models/moco_pass.yaml:84:27
%1832 = mul %1827, %1393 : f32[224,12] @ models/moco_pass.yaml:84:18
%1833 = mul %1827, %1392 : f32[224,12] @ models/moco_pass.yaml:84:18
%1834 = reshape %1833 : f32[224,12] @ models/moco_pass.yaml:84:18
%1835 = matmul %1765, %1834 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%1836 = reshape %1835 : f32[1,12] @ models/moco_pass.yaml:84:18
%1837 = reshape %1836 : f32[12] @ models/moco_pass.yaml:84:18
%1838 = reshape %1832 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%1839 = mul %1838, %1390 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1840 = mul %1838, %1383 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1841 = reduce_sum %1840 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%1842 = mul %1389, %1389 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1843 = mul %1389, %1842 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1844 = mul %1843, %1782 : f32[2,1,12] @ models/moco_pass.yaml:83:25
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
%1861 = mul %1859, %1759 : f32[224,12] @ models/moco_pass.yaml:70:16
%1862 = eq %1375, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1863 = select %1862, %1861, %769 : f32[224,12] @ models/moco_pass.yaml:70:16
%1864 = gt %1375, %769 : bool[224,12] @ models/moco_pass.yaml:70:16
%1865 = select %1864, %1859, %1863 : f32[224,12] @ models/moco_pass.yaml:70:16
%1866 = reshape %1865 : f32[224,12] @ models/moco_pass.yaml:84:27
%1867 = matmul %1765, %1866 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%1868 = reshape %1867 : f32[1,12] @ models/moco_pass.yaml:84:27
%1869 = reshape %1868 : f32[12] @ models/moco_pass.yaml:84:27
%1870 = mul %1865, %1372 : f32[224,12] @ models/moco_pass.yaml:84:18
%1871 = mul %1865, %1371 : f32[224,12] @ models/moco_pass.yaml:84:18
%1872 = reshape %1871 : f32[224,12] @ models/moco_pass.yaml:84:18
%1873 = matmul %1765, %1872 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%1874 = reshape %1873 : f32[1,12] @ models/moco_pass.yaml:84:18
%1875 = reshape %1874 : f32[12] @ models/moco_pass.yaml:84:18
%1876 = reshape %1870 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%1877 = mul %1876, %1369 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1878 = mul %1876, %1362 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1879 = reduce_sum %1878 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%1880 = mul %1368, %1368 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1881 = mul %1368, %1880 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1882 = mul %1881, %1782 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1883 = mul %1879, %1882 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1884 = all_reduce_sum %1883 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1885 = div %1884, %748 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1886 = broadcast %1885 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%1887 = mul %1886, %1362 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1888 = add %1877, %1887 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1889 = add %1888, %1887 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1890 = neg %1889 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1891 = reduce_sum %1890 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%1892 = all_reduce_sum %1891 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1893 = div %1892, %748 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1894 = broadcast %1893 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1895 = add %1889, %1894 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%1896 = reshape %1895 : f32[224,12] @ models/moco_pass.yaml:79:13
%1897 = matmul %1896, %78 ta=0 tb=0 : f32[224,16] @ models/lib/nn.yaml:83:15
%1898 = matmul %1896, %1355 ta=1 tb=0 : f32[12,16] @ models/lib/nn.yaml:83:15
%1899 = reshape %1897 : f32[14,16,16] @ models/moco_pass.yaml:131:49
%1900 = reshape %1733 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%1901 = mul %1900, %1351 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1902 = mul %1900, %1344 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1903 = reduce_sum %1902 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%1904 = mul %1350, %1350 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1905 = mul %1350, %1904 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1906 = broadcast %1740 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1907 = mul %1905, %1906 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1908 = mul %1903, %1907 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1909 = all_reduce_sum %1908 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1910 = div %1909, %860 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1911 = broadcast %1910 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%1912 = mul %1911, %1344 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1913 = add %1901, %1912 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1914 = add %1913, %1912 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1915 = neg %1914 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1916 = reduce_sum %1915 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%1917 = all_reduce_sum %1916 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1918 = div %1917, %860 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1919 = broadcast %1918 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%1920 = add %1914, %1919 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%1921 = reshape %1920 : f32[14,8] @ models/moco_pass.yaml:79:13
%1922 = matmul %1921, %77 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%1923 = matmul %1921, %1337 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1924 = broadcast %260 : f32[14,24] @ models/moco_pass.yaml:70:16
%1925 = mul %1922, %1924 : f32[14,24] @ models/moco_pass.yaml:70:16
%1926 = eq %1336, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%1927 = select %1926, %1925, %834 : f32[14,24] @ models/moco_pass.yaml:70:16
%1928 = gt %1336, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%1929 = select %1928, %1922, %1927 : f32[14,24] @ models/moco_pass.yaml:70:16
%1930 = reduce_sum %1929 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%1931 = reshape %1930 : f32[24] @ models/moco_pass.yaml:84:27
%1932 = mul %1929, %1333 : f32[14,24] @ models/moco_pass.yaml:84:18
%1933 = mul %1929, %1332 : f32[14,24] @ models/moco_pass.yaml:84:18
%1934 = reduce_sum %1933 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%1935 = reshape %1934 : f32[24] @ models/moco_pass.yaml:84:18
%1936 = reshape %1932 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%1937 = mul %1936, %1330 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1938 = mul %1936, %1323 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1939 = reduce_sum %1938 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%1940 = mul %1329, %1329 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1941 = mul %1329, %1940 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1942 = broadcast %1740 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1943 = mul %1941, %1942 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1944 = mul %1939, %1943 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1945 = all_reduce_sum %1944 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1946 = div %1945, %815 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1947 = broadcast %1946 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%1948 = mul %1947, %1323 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1949 = add %1937, %1948 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1950 = add %1949, %1948 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1951 = neg %1950 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1952 = reduce_sum %1951 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%1953 = all_reduce_sum %1952 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1954 = div %1953, %815 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1955 = broadcast %1954 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%1956 = add %1950, %1955 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%1957 = reshape %1956 : f32[14,24] @ models/moco_pass.yaml:79:13
%1958 = matmul %1957, %74 ta=0 tb=0 : f32[14,8] @ models/lib/nn.yaml:83:15
%1959 = matmul %1957, %1316 ta=1 tb=0 : f32[24,8] @ models/lib/nn.yaml:83:15
%1960 = reshape %1958 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%1961 = mul %1960, %1314 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1962 = mul %1960, %1307 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1963 = reduce_sum %1962 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%1964 = mul %1313, %1313 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1965 = mul %1313, %1964 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1966 = mul %1965, %1906 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1967 = mul %1963, %1966 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1968 = all_reduce_sum %1967 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1969 = div %1968, %860 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1970 = broadcast %1969 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%1971 = mul %1970, %1307 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1972 = add %1961, %1971 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1973 = add %1972, %1971 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1974 = neg %1973 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1975 = reduce_sum %1974 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%1976 = all_reduce_sum %1975 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1977 = div %1976, %860 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1978 = broadcast %1977 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%1979 = add %1973, %1978 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%1980 = reshape %1979 : f32[14,8] @ models/moco_pass.yaml:79:13
%1981 = matmul %1980, %73 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%1982 = matmul %1980, %1300 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%1983 = mul %1981, %1924 : f32[14,24] @ models/moco_pass.yaml:70:16
%1984 = eq %1299, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%1985 = select %1984, %1983, %834 : f32[14,24] @ models/moco_pass.yaml:70:16
%1986 = gt %1299, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%1987 = select %1986, %1981, %1985 : f32[14,24] @ models/moco_pass.yaml:70:16
%1988 = reduce_sum %1987 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%1989 = reshape %1988 : f32[24] @ models/moco_pass.yaml:84:27
%1990 = mul %1987, %1296 : f32[14,24] @ models/moco_pass.yaml:84:18
%1991 = mul %1987, %1295 : f32[14,24] @ models/moco_pass.yaml:84:18
%1992 = reduce_sum %1991 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%1993 = reshape %1992 : f32[24] @ models/moco_pass.yaml:84:18
%1994 = reshape %1990 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%1995 = mul %1994, %1293 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1996 = mul %1994, %1286 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1997 = reduce_sum %1996 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%1998 = mul %1292, %1292 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1999 = mul %1292, %1998 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2000 = mul %1999, %1942 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2001 = mul %1997, %2000 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2002 = all_reduce_sum %2001 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2003 = div %2002, %815 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2004 = broadcast %2003 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2005 = mul %2004, %1286 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2006 = add %1995, %2005 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2007 = add %2006, %2005 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2008 = neg %2007 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2009 = reduce_sum %2008 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2010 = all_reduce_sum %2009 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2011 = div %2010, %815 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2012 = broadcast %2011 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2013 = add %2007, %2012 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2014 = reshape %2013 : f32[14,24] @ models/moco_pass.yaml:79:13
%2015 = matmul %2014, %70 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2016 = matmul %2014, %1279 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2017 = mul %2015, %1924 : f32[14,24] @ models/moco_pass.yaml:70:16
%2018 = eq %1278, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%2019 = select %2018, %2017, %834 : f32[14,24] @ models/moco_pass.yaml:70:16
%2020 = gt %1278, %834 : bool[14,24] @ models/moco_pass.yaml:70:16
%2021 = select %2020, %2015, %2019 : f32[14,24] @ models/moco_pass.yaml:70:16
%2022 = reduce_sum %2021 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2023 = reshape %2022 : f32[24] @ models/moco_pass.yaml:84:27
%2024 = mul %2021, %1275 : f32[14,24] @ models/moco_pass.yaml:84:18
%2025 = mul %2021, %1274 : f32[14,24] @ models/moco_pass.yaml:84:18
%2026 = reduce_sum %2025 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2027 = reshape %2026 : f32[24] @ models/moco_pass.yaml:84:18
%2028 = reshape %2024 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2029 = mul %2028, %1272 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2030 = mul %2028, %1265 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2031 = reduce_sum %2030 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2032 = mul %1271, %1271 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2033 = mul %1271, %2032 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2034 = mul %2033, %1942 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2035 = mul %2031, %2034 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2036 = all_reduce_sum %2035 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2037 = div %2036, %815 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2038 = broadcast %2037 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2039 = mul %2038, %1265 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2040 = add %2029, %2039 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2041 = add %2040, %2039 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2042 = neg %2041 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2043 = reduce_sum %2042 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2044 = all_reduce_sum %2043 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2045 = div %2044, %815 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2046 = broadcast %2045 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2047 = add %2041, %2046 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2048 = reshape %2047 : f32[14,24] @ models/moco_pass.yaml:79:13
%2049 = matmul %2048, %67 ta=0 tb=0 : f32[14,16] @ models/lib/nn.yaml:83:15
%2050 = matmul %2048, %1258 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2051 = reshape %2049 : f32[14,1,16] @ models/moco_pass.yaml:130:38
%2052 = concat %2051, %1899 axis=1 : f32[14,17,16] @ models/moco_pass.yaml:130:38
%2053 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,238] @ models/lib/nn.yaml:96:46
%2054 = reshape %2052 : f32[238,16] @ models/lib/nn.yaml:96:46
%2055 = matmul %2053, %2054 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2056 = reshape %2055 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2057 = reshape %2056 : f32[16] @ models/lib/nn.yaml:96:46
%2058 = mul %2052, %1253 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2059 = mul %2052, %1252 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2060 = reshape %2059 : f32[238,16] @ models/lib/nn.yaml:96:37
%2061 = matmul %2053, %2060 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2062 = reshape %2061 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2063 = reshape %2062 : f32[16] @ models/lib/nn.yaml:96:37
%2064 = mul %2058, %1251 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2065 = mul %2058, %1245 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2066 = reduce_sum %2065 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2067 = mul %1250, %1250 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2068 = mul %1250, %2067 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2069 = broadcast %1740 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2070 = mul %2068, %2069 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2071 = mul %2066, %2070 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2072 = div %2071, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2073 = broadcast %2072 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2074 = mul %2073, %1245 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2075 = add %2064, %2074 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2076 = add %2075, %2074 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2077 = neg %2076 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2078 = reduce_sum %2077 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2079 = div %2078, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2080 = broadcast %2079 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2081 = add %2076, %2080 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2082 = slice %2081 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:111:21
%2083 = slice %2081 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:111:21
%2084 = reduce_sum %2082 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2085 = reshape %2084 : f32[16] @ models/lib/nn.yaml:84:18
%2086 = matmul %2082, %63 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2087 = reshape %1236 : f32[14,64] @ models/lib/nn.yaml:83:15
%2088 = reshape %2082 : f32[14,16] @ models/lib/nn.yaml:83:15
%2089 = matmul %2088, %2087 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2090 = mul %2086, %1235 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2091 = mul %2086, %1232 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2092 = mul %1233, %1233 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2093 = neg %2092 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2094 = exp %2093 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2095 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2096 = broadcast %2095 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2097 = mul %2094, %2096 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2098 = mul %2091, %2097 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2099 = mul %2098, %629 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2100 = mul %2090, %627 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2101 = add %2099, %2100 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2102 = reduce_sum %2101 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2103 = reshape %2102 : f32[64] @ models/lib/nn.yaml:84:18
%2104 = matmul %2101, %61 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2105 = reshape %1228 : f32[14,16] @ models/lib/nn.yaml:83:15
%2106 = reshape %2101 : f32[14,64] @ models/lib/nn.yaml:83:15
%2107 = matmul %2106, %2105 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2108 = reduce_sum %2104 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2109 = reshape %2108 : f32[16] @ models/lib/nn.yaml:96:46
%2110 = mul %2104, %1225 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2111 = mul %2104, %1224 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2112 = reduce_sum %2111 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2113 = reshape %2112 : f32[16] @ models/lib/nn.yaml:96:37
%2114 = mul %2110, %1223 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2115 = mul %2110, %1217 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2116 = reduce_sum %2115 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2117 = mul %1222, %1222 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2118 = mul %1222, %2117 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2119 = broadcast %1740 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2120 = mul %2118, %2119 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2121 = mul %2116, %2120 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2122 = div %2121, %608 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2123 = broadcast %2122 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2124 = mul %2123, %1217 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2125 = add %2114, %2124 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2126 = add %2125, %2124 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2127 = add %2082, %2126 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2128 = neg %2126 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2129 = reduce_sum %2128 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2130 = div %2129, %608 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2131 = broadcast %2130 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2132 = add %2127, %2131 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2133 = reduce_sum %2132 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2134 = reshape %2133 : f32[16] @ models/lib/nn.yaml:84:18
%2135 = matmul %2132, %57 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2136 = reshape %1208 : f32[14,16] @ models/lib/nn.yaml:83:15
%2137 = reshape %2132 : f32[14,16] @ models/lib/nn.yaml:83:15
%2138 = matmul %2137, %2136 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2139 = reshape %2135 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2140 = permute %2139 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2141 = permute %1185 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2142 = reshape %2140 : f32[14,2,1,8,1] @ models/lib/nn.yaml:56:23
%2143 = broadcast %2142 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2144 = reshape %2141 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2145 = broadcast %2144 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2146 = mul %2143, %2145 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2147 = reduce_sum %2146 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2148 = permute %1201 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2149 = reshape %2148 : f32[14,2,17,1,1] @ models/lib/nn.yaml:56:23
%2150 = broadcast %2149 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2151 = reshape %2140 : f32[14,2,1,1,8] @ models/lib/nn.yaml:56:23
%2152 = broadcast %2151 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2153 = mul %2150, %2152 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2154 = reshape %2153 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2155 = div %2147, %1200 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2156 = mul %2155, %1201 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2157 = neg %2156 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2158 = reduce_sum %2157 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2159 = broadcast %2158 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2160 = add %2155, %2159 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2161 = mul %2160, %1198 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2162 = mul %2161, %585 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2163 = reshape %2162 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2164 = broadcast %2163 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2165 = reshape %1180 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2166 = broadcast %2165 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2167 = mul %2164, %2166 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2168 = reduce_sum %2167 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2169 = permute %2162 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2170 = reshape %2169 : f32[14,2,17,1,1] @ models/lib/nn.yaml:55:23
%2171 = broadcast %2170 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2172 = reshape %1175 : f32[14,2,1,1,8] @ models/lib/nn.yaml:55:23
%2173 = broadcast %2172 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2174 = mul %2171, %2173 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2175 = reshape %2174 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2176 = permute %2154 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2177 = reshape %2176 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2178 = reshape %2177 : f32[238,16] @ models/lib/nn.yaml:84:18
%2179 = matmul %2053, %2178 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2180 = reshape %2179 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2181 = reshape %2180 : f32[16] @ models/lib/nn.yaml:84:18
%2182 = matmul %2177, %55 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2183 = reshape %1169 : f32[238,16] @ models/lib/nn.yaml:83:15
%2184 = reshape %2176 : f32[238,16] @ models/lib/nn.yaml:83:15
%2185 = matmul %2184, %2183 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2186 = permute %2175 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2187 = reshape %2186 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2188 = reshape %2187 : f32[238,16] @ models/lib/nn.yaml:84:18
%2189 = matmul %2053, %2188 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2190 = reshape %2189 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2191 = reshape %2190 : f32[16] @ models/lib/nn.yaml:84:18
%2192 = matmul %2187, %53 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2193 = add %2182, %2192 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2194 = reshape %2186 : f32[238,16] @ models/lib/nn.yaml:83:15
%2195 = matmul %2194, %2183 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2196 = permute %2168 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2197 = reshape %2196 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2198 = reduce_sum %2197 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2199 = reshape %2198 : f32[16] @ models/lib/nn.yaml:84:18
%2200 = matmul %2197, %51 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2201 = reshape %1170 : f32[14,16] @ models/lib/nn.yaml:83:15
%2202 = reshape %2196 : f32[14,16] @ models/lib/nn.yaml:83:15
%2203 = matmul %2202, %2201 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2204 = pad %2200 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2205 = add %2193, %2204 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2206 = reshape %2205 : f32[238,16] @ models/lib/nn.yaml:96:46
%2207 = matmul %2053, %2206 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2208 = reshape %2207 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2209 = reshape %2208 : f32[16] @ models/lib/nn.yaml:96:46
%2210 = mul %2205, %1166 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2211 = mul %2205, %1165 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2212 = reshape %2211 : f32[238,16] @ models/lib/nn.yaml:96:37
%2213 = matmul %2053, %2212 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2214 = reshape %2213 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2215 = reshape %2214 : f32[16] @ models/lib/nn.yaml:96:37
%2216 = mul %2210, %1164 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2217 = mul %2210, %1158 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2218 = reduce_sum %2217 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2219 = mul %1163, %1163 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2220 = mul %1163, %2219 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2221 = mul %2220, %2069 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2222 = mul %2218, %2221 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2223 = div %2222, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2224 = broadcast %2223 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2225 = mul %2224, %1158 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2226 = add %2216, %2225 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2227 = add %2226, %2225 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2228 = neg %2227 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2229 = reduce_sum %2228 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2230 = div %2229, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2231 = broadcast %2230 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2232 = add %2227, %2231 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2233 = slice %2232 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2234 = add %2132, %2233 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2235 = slice %2232 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2236 = add %2083, %2235 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2237 = reduce_sum %2234 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2238 = reshape %2237 : f32[16] @ models/lib/nn.yaml:84:18
%2239 = matmul %2234, %47 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2240 = reshape %1149 : f32[14,64] @ models/lib/nn.yaml:83:15
%2241 = reshape %2234 : f32[14,16] @ models/lib/nn.yaml:83:15
%2242 = matmul %2241, %2240 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2243 = mul %2239, %1148 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2244 = mul %2239, %1145 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2245 = mul %1146, %1146 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2246 = neg %2245 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2247 = exp %2246 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2248 = mul %2247, %2096 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2249 = mul %2244, %2248 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2250 = mul %2249, %629 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2251 = mul %2243, %627 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2252 = add %2250, %2251 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2253 = reduce_sum %2252 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2254 = reshape %2253 : f32[64] @ models/lib/nn.yaml:84:18
%2255 = matmul %2252, %45 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2256 = reshape %1141 : f32[14,16] @ models/lib/nn.yaml:83:15
%2257 = reshape %2252 : f32[14,64] @ models/lib/nn.yaml:83:15
%2258 = matmul %2257, %2256 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2259 = reduce_sum %2255 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2260 = reshape %2259 : f32[16] @ models/lib/nn.yaml:96:46
%2261 = mul %2255, %1138 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2262 = mul %2255, %1137 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2263 = reduce_sum %2262 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2264 = reshape %2263 : f32[16] @ models/lib/nn.yaml:96:37
%2265 = mul %2261, %1136 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2266 = mul %2261, %1130 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2267 = reduce_sum %2266 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2268 = mul %1135, %1135 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2269 = mul %1135, %2268 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2270 = mul %2269, %2119 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2271 = mul %2267, %2270 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2272 = div %2271, %608 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2273 = broadcast %2272 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2274 = mul %2273, %1130 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2275 = add %2265, %2274 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2276 = add %2275, %2274 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2277 = add %2234, %2276 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2278 = neg %2276 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2279 = reduce_sum %2278 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2280 = div %2279, %608 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2281 = broadcast %2280 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2282 = add %2277, %2281 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2283 = reduce_sum %2282 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2284 = reshape %2283 : f32[16] @ models/lib/nn.yaml:84:18
%2285 = matmul %2282, %41 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2286 = reshape %1121 : f32[14,16] @ models/lib/nn.yaml:83:15
%2287 = reshape %2282 : f32[14,16] @ models/lib/nn.yaml:83:15
%2288 = matmul %2287, %2286 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2289 = reshape %2285 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2290 = permute %2289 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2291 = permute %1098 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2292 = reshape %2290 : f32[14,2,1,8,1] @ models/lib/nn.yaml:56:23
%2293 = broadcast %2292 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2294 = reshape %2291 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2295 = broadcast %2294 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2296 = mul %2293, %2295 : f32[14,2,1,8,17] @ models/lib/nn.yaml:56:23
%2297 = reduce_sum %2296 axes=[3] keep=0 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2298 = permute %1114 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2299 = reshape %2298 : f32[14,2,17,1,1] @ models/lib/nn.yaml:56:23
%2300 = broadcast %2299 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2301 = reshape %2290 : f32[14,2,1,1,8] @ models/lib/nn.yaml:56:23
%2302 = broadcast %2301 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2303 = mul %2300, %2302 : f32[14,2,17,1,8] @ models/lib/nn.yaml:56:23
%2304 = reshape %2303 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2305 = div %2297, %1113 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2306 = mul %2305, %1114 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2307 = neg %2306 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2308 = reduce_sum %2307 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2309 = broadcast %2308 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2310 = add %2305, %2309 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2311 = mul %2310, %1111 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2312 = mul %2311, %585 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2313 = reshape %2312 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2314 = broadcast %2313 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2315 = reshape %1093 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2316 = broadcast %2315 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2317 = mul %2314, %2316 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2318 = reduce_sum %2317 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2319 = permute %2312 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2320 = reshape %2319 : f32[14,2,17,1,1] @ models/lib/nn.yaml:55:23
%2321 = broadcast %2320 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2322 = reshape %1088 : f32[14,2,1,1,8] @ models/lib/nn.yaml:55:23
%2323 = broadcast %2322 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2324 = mul %2321, %2323 : f32[14,2,17,1,8] @ models/lib/nn.yaml:55:23
%2325 = reshape %2324 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2326 = permute %2304 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2327 = reshape %2326 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2328 = reshape %2327 : f32[238,16] @ models/lib/nn.yaml:84:18
%2329 = matmul %2053, %2328 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2330 = reshape %2329 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2331 = reshape %2330 : f32[16] @ models/lib/nn.yaml:84:18
%2332 = matmul %2327, %39 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2333 = reshape %1082 : f32[238,16] @ models/lib/nn.yaml:83:15
%2334 = reshape %2326 : f32[238,16] @ models/lib/nn.yaml:83:15
%2335 = matmul %2334, %2333 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2336 = permute %2325 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2337 = reshape %2336 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2338 = reshape %2337 : f32[238,16] @ models/lib/nn.yaml:84:18
%2339 = matmul %2053, %2338 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2340 = reshape %2339 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2341 = reshape %2340 : f32[16] @ models/lib/nn.yaml:84:18
%2342 = matmul %2337, %37 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2343 = add %2332, %2342 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2344 = reshape %2336 : f32[238,16] @ models/lib/nn.yaml:83:15
%2345 = matmul %2344, %2333 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2346 = permute %2318 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2347 = reshape %2346 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2348 = reduce_sum %2347 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2349 = reshape %2348 : f32[16] @ models/lib/nn.yaml:84:18
%2350 = matmul %2347, %35 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2351 = reshape %1083 : f32[14,16] @ models/lib/nn.yaml:83:15
%2352 = reshape %2346 : f32[14,16] @ models/lib/nn.yaml:83:15
%2353 = matmul %2352, %2351 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2354 = pad %2350 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2355 = add %2343, %2354 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2356 = reshape %2355 : f32[238,16] @ models/lib/nn.yaml:96:46
%2357 = matmul %2053, %2356 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2358 = reshape %2357 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2359 = reshape %2358 : f32[16] @ models/lib/nn.yaml:96:46
%2360 = mul %2355, %1079 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2361 = mul %2355, %1078 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2362 = reshape %2361 : f32[238,16] @ models/lib/nn.yaml:96:37
%2363 = matmul %2053, %2362 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2364 = reshape %2363 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2365 = reshape %2364 : f32[16] @ models/lib/nn.yaml:96:37
%2366 = mul %2360, %1077 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2367 = mul %2360, %1071 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2368 = reduce_sum %2367 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2369 = mul %1076, %1076 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2370 = mul %1076, %2369 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2371 = mul %2370, %2069 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2372 = mul %2368, %2371 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2373 = div %2372, %546 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2374 = broadcast %2373 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2375 = mul %2374, %1071 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2376 = add %2366, %2375 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2377 = add %2376, %2375 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2378 = neg %2377 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2379 = reduce_sum %2378 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2380 = div %2379, %546 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2381 = broadcast %2380 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2382 = add %2377, %2381 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2383 = slice %2382 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2384 = add %2282, %2383 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2385 = slice %2382 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2386 = add %2236, %2385 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2387 = reduce_sum %2384 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%2388 = mul %2386, %1063 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%2389 = div %2388, %1021 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%2390 = reshape %2389 : f32[224,16] @ models/lib/nn.yaml:84:18
%2391 = matmul %1765, %2390 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2392 = reshape %2391 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2393 = reshape %2392 : f32[16] @ models/lib/nn.yaml:84:18
%2394 = matmul %2389, %30 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%2395 = reshape %1054 : f32[224,64] @ models/lib/nn.yaml:83:15
%2396 = reshape %2389 : f32[224,16] @ models/lib/nn.yaml:83:15
%2397 = matmul %2396, %2395 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2398 = mul %2394, %1053 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2399 = mul %2394, %1050 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2400 = mul %1051, %1051 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2401 = neg %2400 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2402 = exp %2401 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2403 = broadcast %2095 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2404 = mul %2402, %2403 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2405 = mul %2399, %2404 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2406 = mul %2405, %264 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%2407 = mul %2398, %261 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2408 = add %2406, %2407 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2409 = reshape %2408 : f32[224,64] @ models/lib/nn.yaml:84:18
%2410 = matmul %1765, %2409 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2411 = reshape %2410 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2412 = reshape %2411 : f32[64] @ models/lib/nn.yaml:84:18
%2413 = matmul %2408, %28 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2414 = reshape %1046 : f32[224,16] @ models/lib/nn.yaml:83:15
%2415 = reshape %2408 : f32[224,64] @ models/lib/nn.yaml:83:15
%2416 = matmul %2415, %2414 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2417 = reshape %2413 : f32[224,16] @ models/lib/nn.yaml:96:46
%2418 = matmul %1765, %2417 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2419 = reshape %2418 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2420 = reshape %2419 : f32[16] @ models/lib/nn.yaml:96:46
%2421 = mul %2413, %1043 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2422 = mul %2413, %1042 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2423 = reshape %2422 : f32[224,16] @ models/lib/nn.yaml:96:37
%2424 = matmul %1765, %2423 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2425 = reshape %2424 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2426 = reshape %2425 : f32[16] @ models/lib/nn.yaml:96:37
%2427 = mul %2421, %1041 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2428 = mul %2421, %1035 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2429 = reduce_sum %2428 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%2430 = mul %1040, %1040 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2431 = mul %1040, %2430 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2432 = broadcast %1740 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2433 = mul %2431, %2432 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2434 = mul %2429, %2433 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2435 = div %2434, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%2436 = broadcast %2435 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%2437 = mul %2436, %1035 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2438 = add %2427, %2437 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2439 = add %2438, %2437 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2440 = add %2386, %2439 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2441 = neg %2439 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2442 = reduce_sum %2441 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%2443 = div %2442, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%2444 = broadcast %2443 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2445 = add %2440, %2444 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2446 = mul %2445, %1029 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%2447 = div %2446, %1021 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%2448 = reshape %2447 : f32[224,16] @ models/lib/nn.yaml:84:18
%2449 = matmul %1765, %2448 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2450 = reshape %2449 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2451 = reshape %2450 : f32[16] @ models/lib/nn.yaml:84:18
%2452 = matmul %2447, %24 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2453 = reshape %1015 : f32[224,16] @ models/lib/nn.yaml:83:15
%2454 = reshape %2447 : f32[224,16] @ models/lib/nn.yaml:83:15
%2455 = matmul %2454, %2453 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2456 = reshape %2452 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%2457 = permute %2456 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%2458 = permute %992 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%2459 = reshape %2457 : f32[14,2,16,8,1] @ models/lib/nn.yaml:56:23
%2460 = broadcast %2459 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2461 = reshape %2458 : f32[14,2,1,8,16] @ models/lib/nn.yaml:56:23
%2462 = broadcast %2461 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2463 = mul %2460, %2462 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2464 = reduce_sum %2463 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%2465 = permute %1008 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%2466 = reshape %2465 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%2467 = broadcast %2466 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2468 = reshape %2457 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%2469 = broadcast %2468 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2470 = mul %2467, %2469 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2471 = reduce_sum %2470 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%2472 = div %2464, %1007 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2473 = mul %2472, %1008 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2474 = neg %2473 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2475 = reduce_sum %2474 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%2476 = broadcast %2475 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%2477 = add %2472, %2476 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%2478 = mul %2477, %1005 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%2479 = mul %2478, %220 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%2480 = reshape %2479 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%2481 = broadcast %2480 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2482 = reshape %990 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%2483 = broadcast %2482 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2484 = mul %2481, %2483 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2485 = reduce_sum %2484 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%2486 = permute %2479 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%2487 = reshape %2486 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%2488 = broadcast %2487 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2489 = reshape %988 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%2490 = broadcast %2489 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2491 = mul %2488, %2490 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2492 = reduce_sum %2491 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%2493 = reshape %2471 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%2494 = reshape %2492 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%2495 = reshape %2485 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%2496 = concat %2495, %2494, %2493 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%2497 = permute %2496 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%2498 = reshape %2497 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%2499 = reshape %2498 : f32[224,48] @ models/lib/nn.yaml:84:18
%2500 = matmul %1765, %2499 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2501 = reshape %2500 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2502 = reshape %2501 : f32[48] @ models/lib/nn.yaml:84:18
%2503 = matmul %2498, %22 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2504 = reshape %981 : f32[224,16] @ models/lib/nn.yaml:83:15
%2505 = reshape %2497 : f32[224,48] @ models/lib/nn.yaml:83:15
%2506 = matmul %2505, %2504 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2507 = reshape %2503 : f32[224,16] @ models/lib/nn.yaml:96:46
%2508 = matmul %1765, %2507 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2509 = reshape %2508 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2510 = reshape %2509 : f32[16] @ models/lib/nn.yaml:96:46
%2511 = mul %2503, %978 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2512 = mul %2503, %977 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2513 = reshape %2512 : f32[224,16] @ models/lib/nn.yaml:96:37
%2514 = matmul %1765, %2513 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2515 = reshape %2514 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2516 = reshape %2515 : f32[16] @ models/lib/nn.yaml:96:37
%2517 = mul %2511, %976 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2518 = mul %2511, %970 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2519 = reduce_sum %2518 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%2520 = mul %975, %975 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2521 = mul %975, %2520 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2522 = mul %2521, %2432 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2523 = mul %2519, %2522 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2524 = div %2523, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%2525 = broadcast %2524 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%2526 = mul %2525, %970 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2527 = add %2517, %2526 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2528 = add %2527, %2526 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2529 = add %2445, %2528 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2530 = neg %2528 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2531 = reduce_sum %2530 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%2532 = div %2531, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%2533 = broadcast %2532 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2534 = add %2529, %2533 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2535 = reshape %2534 : f32[224,16] @ models/lib/nn.yaml:84:18
%2536 = matmul %1765, %2535 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2537 = reshape %2536 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2538 = reshape %2537 : f32[16] @ models/lib/nn.yaml:84:18
%2539 = matmul %2534, %18 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%2540 = reshape %962 : f32[224,64] @ models/lib/nn.yaml:83:15
%2541 = reshape %2534 : f32[224,16] @ models/lib/nn.yaml:83:15
%2542 = matmul %2541, %2540 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2543 = mul %2539, %961 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2544 = mul %2539, %958 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2545 = mul %959, %959 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2546 = neg %2545 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2547 = exp %2546 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2548 = mul %2547, %2403 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2549 = mul %2544, %2548 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2550 = mul %2549, %264 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%2551 = mul %2543, %261 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2552 = add %2550, %2551 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2553 = reshape %2552 : f32[224,64] @ models/lib/nn.yaml:84:18
%2554 = matmul %1765, %2553 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2555 = reshape %2554 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2556 = reshape %2555 : f32[64] @ models/lib/nn.yaml:84:18
%2557 = matmul %2552, %16 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2558 = reshape %954 : f32[224,16] @ models/lib/nn.yaml:83:15
%2559 = reshape %2552 : f32[224,64] @ models/lib/nn.yaml:83:15
%2560 = matmul %2559, %2558 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2561 = reshape %2557 : f32[224,16] @ models/lib/nn.yaml:96:46
%2562 = matmul %1765, %2561 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2563 = reshape %2562 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2564 = reshape %2563 : f32[16] @ models/lib/nn.yaml:96:46
%2565 = mul %2557, %951 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2566 = mul %2557, %950 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2567 = reshape %2566 : f32[224,16] @ models/lib/nn.yaml:96:37
%2568 = matmul %1765, %2567 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2569 = reshape %2568 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2570 = reshape %2569 : f32[16] @ models/lib/nn.yaml:96:37
%2571 = mul %2565, %949 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2572 = mul %2565, %943 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2573 = reduce_sum %2572 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%2574 = mul %948, %948 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2575 = mul %948, %2574 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2576 = mul %2575, %2432 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2577 = mul %2573, %2576 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2578 = div %2577, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%2579 = broadcast %2578 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%2580 = mul %2579, %943 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2581 = add %2571, %2580 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2582 = add %2581, %2580 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2583 = add %2534, %2582 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2584 = neg %2582 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2585 = reduce_sum %2584 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%2586 = div %2585, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%2587 = broadcast %2586 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2588 = add %2583, %2587 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2589 = reshape %2588 : f32[224,16] @ models/lib/nn.yaml:84:18
%2590 = matmul %1765, %2589 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2591 = reshape %2590 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2592 = reshape %2591 : f32[16] @ models/lib/nn.yaml:84:18
%2593 = matmul %2588, %12 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2594 = reshape %934 : f32[224,16] @ models/lib/nn.yaml:83:15
%2595 = reshape %2588 : f32[224,16] @ models/lib/nn.yaml:83:15
%2596 = matmul %2595, %2594 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2597 = reshape %2593 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%2598 = permute %2597 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%2599 = permute %911 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%2600 = reshape %2598 : f32[14,2,16,8,1] @ models/lib/nn.yaml:56:23
%2601 = broadcast %2600 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2602 = reshape %2599 : f32[14,2,1,8,16] @ models/lib/nn.yaml:56:23
%2603 = broadcast %2602 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2604 = mul %2601, %2603 : f32[14,2,16,8,16] @ models/lib/nn.yaml:56:23
%2605 = reduce_sum %2604 axes=[3] keep=0 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%2606 = permute %927 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%2607 = reshape %2606 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%2608 = broadcast %2607 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2609 = reshape %2598 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%2610 = broadcast %2609 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2611 = mul %2608, %2610 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%2612 = reduce_sum %2611 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%2613 = div %2605, %926 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2614 = mul %2613, %927 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2615 = neg %2614 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%2616 = reduce_sum %2615 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%2617 = broadcast %2616 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%2618 = add %2613, %2617 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%2619 = mul %2618, %924 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%2620 = mul %2619, %220 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%2621 = reshape %2620 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%2622 = broadcast %2621 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2623 = reshape %909 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%2624 = broadcast %2623 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2625 = mul %2622, %2624 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2626 = reduce_sum %2625 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%2627 = permute %2620 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%2628 = reshape %2627 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%2629 = broadcast %2628 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2630 = reshape %907 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%2631 = broadcast %2630 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2632 = mul %2629, %2631 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%2633 = reduce_sum %2632 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%2634 = reshape %2612 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%2635 = reshape %2633 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%2636 = reshape %2626 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%2637 = concat %2636, %2635, %2634 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%2638 = permute %2637 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%2639 = reshape %2638 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%2640 = reshape %2639 : f32[224,48] @ models/lib/nn.yaml:84:18
%2641 = matmul %1765, %2640 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%2642 = reshape %2641 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2643 = reshape %2642 : f32[48] @ models/lib/nn.yaml:84:18
%2644 = matmul %2639, %10 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2645 = reshape %900 : f32[224,16] @ models/lib/nn.yaml:83:15
%2646 = reshape %2638 : f32[224,48] @ models/lib/nn.yaml:83:15
%2647 = matmul %2646, %2645 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2648 = reshape %2644 : f32[224,16] @ models/lib/nn.yaml:96:46
%2649 = matmul %1765, %2648 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2650 = reshape %2649 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2651 = reshape %2650 : f32[16] @ models/lib/nn.yaml:96:46
%2652 = mul %2644, %897 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2653 = mul %2644, %896 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2654 = reshape %2653 : f32[224,16] @ models/lib/nn.yaml:96:37
%2655 = matmul %1765, %2654 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2656 = reshape %2655 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2657 = reshape %2656 : f32[16] @ models/lib/nn.yaml:96:37
%2658 = mul %2652, %895 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2659 = mul %2652, %889 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2660 = reduce_sum %2659 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%2661 = mul %894, %894 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2662 = mul %894, %2661 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2663 = mul %2662, %2432 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2664 = mul %2660, %2663 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2665 = div %2664, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%2666 = broadcast %2665 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%2667 = mul %2666, %889 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2668 = add %2658, %2667 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2669 = add %2668, %2667 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2670 = add %2588, %2669 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2671 = neg %2669 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%2672 = reduce_sum %2671 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%2673 = div %2672, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%2674 = broadcast %2673 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2675 = add %2670, %2674 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%2676 = reduce_sum %2675 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%2677 = reshape %2675 : f32[224,16] @ models/lib/vit.yaml:17:71
%2678 = matmul %1765, %2677 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%2679 = reshape %2678 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%2680 = reshape %2679 : f32[16] @ models/lib/vit.yaml:17:71
%2681 = reshape %174 : f32[224,48] @ models/lib/vit.yaml:17:18
%2682 = reshape %2675 : f32[224,16] @ models/lib/vit.yaml:17:18
%2683 = matmul %2682, %2681 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%2684 = reshape %2683 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%2685 = all_reduce_sum %2676 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2686 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2687 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2688 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%2689 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%2690 = add %2688, %2689 : i64[] @ models/lib/vit.yaml:48:7
%2691 = mul %1614, %1615 : f64[] @ models/lib/vit.yaml:48:7
%2692 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%2693 = sub %2692, %2691 : f64[] @ models/lib/vit.yaml:48:7
%2694 = cast %2693 : f32[] @ models/lib/vit.yaml:48:7
%2695 = broadcast %2694 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2696 = mul %5, %2695 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2697 = broadcast %1617 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2698 = mul %2685, %2697 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2699 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%2700 = broadcast %1020 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2701 = mul %2686, %2700 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2702 = add %2701, %2698 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2703 = mul %2685, %2685 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2704 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%2705 = broadcast %2704 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2706 = mul %2703, %2705 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2707 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%2708 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%2709 = broadcast %2708 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2710 = mul %2687, %2709 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2711 = add %2710, %2706 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2712 = cast %2690 : f64[] @ models/lib/vit.yaml:48:7
%2713 = pow %2699, %2712 : f64[] @ models/lib/vit.yaml:48:7
%2714 = sub %2692, %2713 : f64[] @ models/lib/vit.yaml:48:7
%2715 = div %1614, %2714 : f64[] @ models/lib/vit.yaml:48:7
%2716 = pow %2707, %2712 : f64[] @ models/lib/vit.yaml:48:7
%2717 = sub %2692, %2716 : f64[] @ models/lib/vit.yaml:48:7
%2718 = sqrt %2717 : f64[] @ models/lib/vit.yaml:48:7
%2719 = div %2692, %2718 : f64[] @ models/lib/vit.yaml:48:7
%2720 = sqrt %2711 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2721 = cast %2719 : f32[] @ models/lib/vit.yaml:48:7
%2722 = broadcast %2721 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2723 = mul %2720, %2722 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2724 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%2725 = broadcast %2724 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2726 = add %2723, %2725 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2727 = div %2702, %2726 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2728 = cast %2715 : f32[] @ models/lib/vit.yaml:48:7
%2729 = broadcast %2728 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2730 = mul %2727, %2729 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2731 = sub %2696, %2730 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2732 = assign %5, %2731 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2733 = assign %2686, %2702 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2734 = assign %2687, %2711 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2735 = assign %2688, %2690 : i64[] @ models/lib/vit.yaml:48:7
%2736 = cast %1616 : f32[] @ models/lib/vit.yaml:48:7
%2737 = broadcast %2736 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2738 = mul %89, %2737 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2739 = sub %2692, %1616 : f64[] @ models/lib/vit.yaml:48:7
%2740 = cast %2739 : f32[] @ models/lib/vit.yaml:48:7
%2741 = broadcast %2740 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2742 = mul %2731, %2741 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2743 = add %2738, %2742 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2744 = assign %89, %2743 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%2745 = all_reduce_sum %2684 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2746 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2747 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2748 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%2749 = add %2748, %2689 : i64[] @ models/lib/vit.yaml:9:7
%2750 = broadcast %2694 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2751 = mul %6, %2750 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2752 = broadcast %1617 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2753 = mul %2745, %2752 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2754 = broadcast %1020 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2755 = mul %2746, %2754 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2756 = add %2755, %2753 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2757 = mul %2745, %2745 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2758 = broadcast %2704 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2759 = mul %2757, %2758 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2760 = broadcast %2708 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2761 = mul %2747, %2760 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2762 = add %2761, %2759 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2763 = cast %2749 : f64[] @ models/lib/vit.yaml:9:7
%2764 = pow %2699, %2763 : f64[] @ models/lib/vit.yaml:9:7
%2765 = sub %2692, %2764 : f64[] @ models/lib/vit.yaml:9:7
%2766 = div %1614, %2765 : f64[] @ models/lib/vit.yaml:9:7
%2767 = pow %2707, %2763 : f64[] @ models/lib/vit.yaml:9:7
%2768 = sub %2692, %2767 : f64[] @ models/lib/vit.yaml:9:7
%2769 = sqrt %2768 : f64[] @ models/lib/vit.yaml:9:7
%2770 = div %2692, %2769 : f64[] @ models/lib/vit.yaml:9:7
%2771 = sqrt %2762 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2772 = cast %2770 : f32[] @ models/lib/vit.yaml:9:7
%2773 = broadcast %2772 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2774 = mul %2771, %2773 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2775 = broadcast %2724 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2776 = add %2774, %2775 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2777 = div %2756, %2776 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2778 = cast %2766 : f32[] @ models/lib/vit.yaml:9:7
%2779 = broadcast %2778 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2780 = mul %2777, %2779 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2781 = sub %2751, %2780 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2782 = assign %6, %2781 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2783 = assign %2746, %2756 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2784 = assign %2747, %2762 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2785 = assign %2748, %2749 : i64[] @ models/lib/vit.yaml:9:7
%2786 = broadcast %2736 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2787 = mul %90, %2786 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2788 = broadcast %2740 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2789 = mul %2781, %2788 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2790 = add %2787, %2789 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2791 = assign %90, %2790 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%2792 = all_reduce_sum %2680 : f32[16] @ models/lib/vit.yaml:10:7
%2793 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2794 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%2795 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%2796 = add %2795, %2689 : i64[] @ models/lib/vit.yaml:10:7
%2797 = broadcast %1617 : f32[16] @ models/lib/vit.yaml:10:7
%2798 = mul %2792, %2797 : f32[16] @ models/lib/vit.yaml:10:7
%2799 = broadcast %1020 : f32[16] @ models/lib/vit.yaml:10:7
%2800 = mul %2793, %2799 : f32[16] @ models/lib/vit.yaml:10:7
%2801 = add %2800, %2798 : f32[16] @ models/lib/vit.yaml:10:7
%2802 = mul %2792, %2792 : f32[16] @ models/lib/vit.yaml:10:7
%2803 = broadcast %2704 : f32[16] @ models/lib/vit.yaml:10:7
%2804 = mul %2802, %2803 : f32[16] @ models/lib/vit.yaml:10:7
%2805 = broadcast %2708 : f32[16] @ models/lib/vit.yaml:10:7
%2806 = mul %2794, %2805 : f32[16] @ models/lib/vit.yaml:10:7
%2807 = add %2806, %2804 : f32[16] @ models/lib/vit.yaml:10:7
%2808 = cast %2796 : f64[] @ models/lib/vit.yaml:10:7
%2809 = pow %2699, %2808 : f64[] @ models/lib/vit.yaml:10:7
%2810 = sub %2692, %2809 : f64[] @ models/lib/vit.yaml:10:7
%2811 = div %1614, %2810 : f64[] @ models/lib/vit.yaml:10:7
%2812 = pow %2707, %2808 : f64[] @ models/lib/vit.yaml:10:7
%2813 = sub %2692, %2812 : f64[] @ models/lib/vit.yaml:10:7
%2814 = sqrt %2813 : f64[] @ models/lib/vit.yaml:10:7
%2815 = div %2692, %2814 : f64[] @ models/lib/vit.yaml:10:7
%2816 = sqrt %2807 : f32[16] @ models/lib/vit.yaml:10:7
%2817 = cast %2815 : f32[] @ models/lib/vit.yaml:10:7
%2818 = broadcast %2817 : f32[16] @ models/lib/vit.yaml:10:7
%2819 = mul %2816, %2818 : f32[16] @ models/lib/vit.yaml:10:7
%2820 = broadcast %2724 : f32[16] @ models/lib/vit.yaml:10:7
%2821 = add %2819, %2820 : f32[16] @ models/lib/vit.yaml:10:7
%2822 = div %2801, %2821 : f32[16] @ models/lib/vit.yaml:10:7
%2823 = cast %2811 : f32[] @ models/lib/vit.yaml:10:7
%2824 = broadcast %2823 : f32[16] @ models/lib/vit.yaml:10:7
%2825 = mul %2822, %2824 : f32[16] @ models/lib/vit.yaml:10:7
%2826 = sub %7, %2825 : f32[16] @ models/lib/vit.yaml:10:7
%2827 = assign %7, %2826 : f32[16] @ models/lib/vit.yaml:10:7
%2828 = assign %2793, %2801 : f32[16] @ models/lib/vit.yaml:10:7
%2829 = assign %2794, %2807 : f32[16] @ models/lib/vit.yaml:10:7
%2830 = assign %2795, %2796 : i64[] @ models/lib/vit.yaml:10:7
%2831 = broadcast %2736 : f32[16] @ models/lib/vit.yaml:10:7
%2832 = mul %91, %2831 : f32[16] @ models/lib/vit.yaml:10:7
%2833 = broadcast %2740 : f32[16] @ models/lib/vit.yaml:10:7
%2834 = mul %2826, %2833 : f32[16] @ models/lib/vit.yaml:10:7
%2835 = add %2832, %2834 : f32[16] @ models/lib/vit.yaml:10:7
%2836 = assign %91, %2835 : f32[16] @ models/lib/vit.yaml:10:7
%2837 = all_reduce_sum %2657 : f32[16] @ models/lib/nn.yaml:89:7
%2838 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2839 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%2840 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%2841 = add %2840, %2689 : i64[] @ models/lib/nn.yaml:89:7
%2842 = mul %2837, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%2843 = mul %2838, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%2844 = add %2843, %2842 : f32[16] @ models/lib/nn.yaml:89:7
%2845 = mul %2837, %2837 : f32[16] @ models/lib/nn.yaml:89:7
%2846 = mul %2845, %2803 : f32[16] @ models/lib/nn.yaml:89:7
%2847 = mul %2839, %2805 : f32[16] @ models/lib/nn.yaml:89:7
%2848 = add %2847, %2846 : f32[16] @ models/lib/nn.yaml:89:7
%2849 = cast %2841 : f64[] @ models/lib/nn.yaml:89:7
%2850 = pow %2699, %2849 : f64[] @ models/lib/nn.yaml:89:7
%2851 = sub %2692, %2850 : f64[] @ models/lib/nn.yaml:89:7
%2852 = div %1614, %2851 : f64[] @ models/lib/nn.yaml:89:7
%2853 = pow %2707, %2849 : f64[] @ models/lib/nn.yaml:89:7
%2854 = sub %2692, %2853 : f64[] @ models/lib/nn.yaml:89:7
%2855 = sqrt %2854 : f64[] @ models/lib/nn.yaml:89:7
%2856 = div %2692, %2855 : f64[] @ models/lib/nn.yaml:89:7
%2857 = sqrt %2848 : f32[16] @ models/lib/nn.yaml:89:7
%2858 = cast %2856 : f32[] @ models/lib/nn.yaml:89:7
%2859 = broadcast %2858 : f32[16] @ models/lib/nn.yaml:89:7
%2860 = mul %2857, %2859 : f32[16] @ models/lib/nn.yaml:89:7
%2861 = add %2860, %2820 : f32[16] @ models/lib/nn.yaml:89:7
%2862 = div %2844, %2861 : f32[16] @ models/lib/nn.yaml:89:7
%2863 = cast %2852 : f32[] @ models/lib/nn.yaml:89:7
%2864 = broadcast %2863 : f32[16] @ models/lib/nn.yaml:89:7
%2865 = mul %2862, %2864 : f32[16] @ models/lib/nn.yaml:89:7
%2866 = sub %8, %2865 : f32[16] @ models/lib/nn.yaml:89:7
%2867 = assign %8, %2866 : f32[16] @ models/lib/nn.yaml:89:7
%2868 = assign %2838, %2844 : f32[16] @ models/lib/nn.yaml:89:7
%2869 = assign %2839, %2848 : f32[16] @ models/lib/nn.yaml:89:7
%2870 = assign %2840, %2841 : i64[] @ models/lib/nn.yaml:89:7
%2871 = mul %92, %2831 : f32[16] @ models/lib/nn.yaml:89:7
%2872 = mul %2866, %2833 : f32[16] @ models/lib/nn.yaml:89:7
%2873 = add %2871, %2872 : f32[16] @ models/lib/nn.yaml:89:7
%2874 = assign %92, %2873 : f32[16] @ models/lib/nn.yaml:89:7
%2875 = all_reduce_sum %2651 : f32[16] @ models/lib/nn.yaml:90:7
%2876 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2877 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%2878 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%2879 = add %2878, %2689 : i64[] @ models/lib/nn.yaml:90:7
%2880 = mul %2875, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%2881 = mul %2876, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%2882 = add %2881, %2880 : f32[16] @ models/lib/nn.yaml:90:7
%2883 = mul %2875, %2875 : f32[16] @ models/lib/nn.yaml:90:7
%2884 = mul %2883, %2803 : f32[16] @ models/lib/nn.yaml:90:7
%2885 = mul %2877, %2805 : f32[16] @ models/lib/nn.yaml:90:7
%2886 = add %2885, %2884 : f32[16] @ models/lib/nn.yaml:90:7
%2887 = cast %2879 : f64[] @ models/lib/nn.yaml:90:7
%2888 = pow %2699, %2887 : f64[] @ models/lib/nn.yaml:90:7
%2889 = sub %2692, %2888 : f64[] @ models/lib/nn.yaml:90:7
%2890 = div %1614, %2889 : f64[] @ models/lib/nn.yaml:90:7
%2891 = pow %2707, %2887 : f64[] @ models/lib/nn.yaml:90:7
%2892 = sub %2692, %2891 : f64[] @ models/lib/nn.yaml:90:7
%2893 = sqrt %2892 : f64[] @ models/lib/nn.yaml:90:7
%2894 = div %2692, %2893 : f64[] @ models/lib/nn.yaml:90:7
%2895 = sqrt %2886 : f32[16] @ models/lib/nn.yaml:90:7
%2896 = cast %2894 : f32[] @ models/lib/nn.yaml:90:7
%2897 = broadcast %2896 : f32[16] @ models/lib/nn.yaml:90:7
%2898 = mul %2895, %2897 : f32[16] @ models/lib/nn.yaml:90:7
%2899 = add %2898, %2820 : f32[16] @ models/lib/nn.yaml:90:7
%2900 = div %2882, %2899 : f32[16] @ models/lib/nn.yaml:90:7
%2901 = cast %2890 : f32[] @ models/lib/nn.yaml:90:7
%2902 = broadcast %2901 : f32[16] @ models/lib/nn.yaml:90:7
%2903 = mul %2900, %2902 : f32[16] @ models/lib/nn.yaml:90:7
%2904 = sub %9, %2903 : f32[16] @ models/lib/nn.yaml:90:7
%2905 = assign %9, %2904 : f32[16] @ models/lib/nn.yaml:90:7
%2906 = assign %2876, %2882 : f32[16] @ models/lib/nn.yaml:90:7
%2907 = assign %2877, %2886 : f32[16] @ models/lib/nn.yaml:90:7
%2908 = assign %2878, %2879 : i64[] @ models/lib/nn.yaml:90:7
%2909 = mul %93, %2831 : f32[16] @ models/lib/nn.yaml:90:7
%2910 = mul %2904, %2833 : f32[16] @ models/lib/nn.yaml:90:7
%2911 = add %2909, %2910 : f32[16] @ models/lib/nn.yaml:90:7
%2912 = assign %93, %2911 : f32[16] @ models/lib/nn.yaml:90:7
%2913 = all_reduce_sum %2647 : f32[48,16] @ models/lib/nn.yaml:79:7
%2914 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2915 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%2916 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%2917 = add %2916, %2689 : i64[] @ models/lib/nn.yaml:79:7
%2918 = broadcast %2694 : f32[48,16] @ models/lib/nn.yaml:79:7
%2919 = mul %10, %2918 : f32[48,16] @ models/lib/nn.yaml:79:7
%2920 = broadcast %1617 : f32[48,16] @ models/lib/nn.yaml:79:7
%2921 = mul %2913, %2920 : f32[48,16] @ models/lib/nn.yaml:79:7
%2922 = broadcast %1020 : f32[48,16] @ models/lib/nn.yaml:79:7
%2923 = mul %2914, %2922 : f32[48,16] @ models/lib/nn.yaml:79:7
%2924 = add %2923, %2921 : f32[48,16] @ models/lib/nn.yaml:79:7
%2925 = mul %2913, %2913 : f32[48,16] @ models/lib/nn.yaml:79:7
%2926 = broadcast %2704 : f32[48,16] @ models/lib/nn.yaml:79:7
%2927 = mul %2925, %2926 : f32[48,16] @ models/lib/nn.yaml:79:7
%2928 = broadcast %2708 : f32[48,16] @ models/lib/nn.yaml:79:7
%2929 = mul %2915, %2928 : f32[48,16] @ models/lib/nn.yaml:79:7
%2930 = add %2929, %2927 : f32[48,16] @ models/lib/nn.yaml:79:7
%2931 = cast %2917 : f64[] @ models/lib/nn.yaml:79:7
%2932 = pow %2699, %2931 : f64[] @ models/lib/nn.yaml:79:7
%2933 = sub %2692, %2932 : f64[] @ models/lib/nn.yaml:79:7
%2934 = div %1614, %2933 : f64[] @ models/lib/nn.yaml:79:7
%2935 = pow %2707, %2931 : f64[] @ models/lib/nn.yaml:79:7
%2936 = sub %2692, %2935 : f64[] @ models/lib/nn.yaml:79:7
%2937 = sqrt %2936 : f64[] @ models/lib/nn.yaml:79:7
%2938 = div %2692, %2937 : f64[] @ models/lib/nn.yaml:79:7
%2939 = sqrt %2930 : f32[48,16] @ models/lib/nn.yaml:79:7
%2940 = cast %2938 : f32[] @ models/lib/nn.yaml:79:7
%2941 = broadcast %2940 : f32[48,16] @ models/lib/nn.yaml:79:7
%2942 = mul %2939, %2941 : f32[48,16] @ models/lib/nn.yaml:79:7
%2943 = broadcast %2724 : f32[48,16] @ models/lib/nn.yaml:79:7
%2944 = add %2942, %2943 : f32[48,16] @ models/lib/nn.yaml:79:7
%2945 = div %2924, %2944 : f32[48,16] @ models/lib/nn.yaml:79:7
%2946 = cast %2934 : f32[] @ models/lib/nn.yaml:79:7
%2947 = broadcast %2946 : f32[48,16] @ models/lib/nn.yaml:79:7
%2948 = mul %2945, %2947 : f32[48,16] @ models/lib/nn.yaml:79:7
%2949 = sub %2919, %2948 : f32[48,16] @ models/lib/nn.yaml:79:7
%2950 = assign %10, %2949 : f32[48,16] @ models/lib/nn.yaml:79:7
%2951 = assign %2914, %2924 : f32[48,16] @ models/lib/nn.yaml:79:7
%2952 = assign %2915, %2930 : f32[48,16] @ models/lib/nn.yaml:79:7
%2953 = assign %2916, %2917 : i64[] @ models/lib/nn.yaml:79:7
%2954 = broadcast %2736 : f32[48,16] @ models/lib/nn.yaml:79:7
%2955 = mul %94, %2954 : f32[48,16] @ models/lib/nn.yaml:79:7
%2956 = broadcast %2740 : f32[48,16] @ models/lib/nn.yaml:79:7
%2957 = mul %2949, %2956 : f32[48,16] @ models/lib/nn.yaml:79:7
%2958 = add %2955, %2957 : f32[48,16] @ models/lib/nn.yaml:79:7
%2959 = assign %94, %2958 : f32[48,16] @ models/lib/nn.yaml:79:7
%2960 = all_reduce_sum %2643 : f32[48] @ models/lib/nn.yaml:80:7
%2961 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2962 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%2963 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%2964 = add %2963, %2689 : i64[] @ models/lib/nn.yaml:80:7
%2965 = broadcast %1617 : f32[48] @ models/lib/nn.yaml:80:7
%2966 = mul %2960, %2965 : f32[48] @ models/lib/nn.yaml:80:7
%2967 = broadcast %1020 : f32[48] @ models/lib/nn.yaml:80:7
%2968 = mul %2961, %2967 : f32[48] @ models/lib/nn.yaml:80:7
%2969 = add %2968, %2966 : f32[48] @ models/lib/nn.yaml:80:7
%2970 = mul %2960, %2960 : f32[48] @ models/lib/nn.yaml:80:7
%2971 = broadcast %2704 : f32[48] @ models/lib/nn.yaml:80:7
%2972 = mul %2970, %2971 : f32[48] @ models/lib/nn.yaml:80:7
%2973 = broadcast %2708 : f32[48] @ models/lib/nn.yaml:80:7
%2974 = mul %2962, %2973 : f32[48] @ models/lib/nn.yaml:80:7
%2975 = add %2974, %2972 : f32[48] @ models/lib/nn.yaml:80:7
%2976 = cast %2964 : f64[] @ models/lib/nn.yaml:80:7
%2977 = pow %2699, %2976 : f64[] @ models/lib/nn.yaml:80:7
%2978 = sub %2692, %2977 : f64[] @ models/lib/nn.yaml:80:7
%2979 = div %1614, %2978 : f64[] @ models/lib/nn.yaml:80:7
%2980 = pow %2707, %2976 : f64[] @ models/lib/nn.yaml:80:7
%2981 = sub %2692, %2980 : f64[] @ models/lib/nn.yaml:80:7
%2982 = sqrt %2981 : f64[] @ models/lib/nn.yaml:80:7
%2983 = div %2692, %2982 : f64[] @ models/lib/nn.yaml:80:7
%2984 = sqrt %2975 : f32[48] @ models/lib/nn.yaml:80:7
%2985 = cast %2983 : f32[] @ models/lib/nn.yaml:80:7
%2986 = broadcast %2985 : f32[48] @ models/lib/nn.yaml:80:7
%2987 = mul %2984, %2986 : f32[48] @ models/lib/nn.yaml:80:7
%2988 = broadcast %2724 : f32[48] @ models/lib/nn.yaml:80:7
%2989 = add %2987, %2988 : f32[48] @ models/lib/nn.yaml:80:7
%2990 = div %2969, %2989 : f32[48] @ models/lib/nn.yaml:80:7
%2991 = cast %2979 : f32[] @ models/lib/nn.yaml:80:7
%2992 = broadcast %2991 : f32[48] @ models/lib/nn.yaml:80:7
%2993 = mul %2990, %2992 : f32[48] @ models/lib/nn.yaml:80:7
%2994 = sub %11, %2993 : f32[48] @ models/lib/nn.yaml:80:7
%2995 = assign %11, %2994 : f32[48] @ models/lib/nn.yaml:80:7
%2996 = assign %2961, %2969 : f32[48] @ models/lib/nn.yaml:80:7
%2997 = assign %2962, %2975 : f32[48] @ models/lib/nn.yaml:80:7
%2998 = assign %2963, %2964 : i64[] @ models/lib/nn.yaml:80:7
%2999 = broadcast %2736 : f32[48] @ models/lib/nn.yaml:80:7
%3000 = mul %95, %2999 : f32[48] @ models/lib/nn.yaml:80:7
%3001 = broadcast %2740 : f32[48] @ models/lib/nn.yaml:80:7
%3002 = mul %2994, %3001 : f32[48] @ models/lib/nn.yaml:80:7
%3003 = add %3000, %3002 : f32[48] @ models/lib/nn.yaml:80:7
%3004 = assign %95, %3003 : f32[48] @ models/lib/nn.yaml:80:7
%3005 = all_reduce_sum %2596 : f32[16,16] @ models/lib/nn.yaml:79:7
%3006 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3007 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3008 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3009 = add %3008, %2689 : i64[] @ models/lib/nn.yaml:79:7
%3010 = broadcast %2694 : f32[16,16] @ models/lib/nn.yaml:79:7
%3011 = mul %12, %3010 : f32[16,16] @ models/lib/nn.yaml:79:7
%3012 = broadcast %1617 : f32[16,16] @ models/lib/nn.yaml:79:7
%3013 = mul %3005, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%3014 = broadcast %1020 : f32[16,16] @ models/lib/nn.yaml:79:7
%3015 = mul %3006, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%3016 = add %3015, %3013 : f32[16,16] @ models/lib/nn.yaml:79:7
%3017 = mul %3005, %3005 : f32[16,16] @ models/lib/nn.yaml:79:7
%3018 = broadcast %2704 : f32[16,16] @ models/lib/nn.yaml:79:7
%3019 = mul %3017, %3018 : f32[16,16] @ models/lib/nn.yaml:79:7
%3020 = broadcast %2708 : f32[16,16] @ models/lib/nn.yaml:79:7
%3021 = mul %3007, %3020 : f32[16,16] @ models/lib/nn.yaml:79:7
%3022 = add %3021, %3019 : f32[16,16] @ models/lib/nn.yaml:79:7
%3023 = cast %3009 : f64[] @ models/lib/nn.yaml:79:7
%3024 = pow %2699, %3023 : f64[] @ models/lib/nn.yaml:79:7
%3025 = sub %2692, %3024 : f64[] @ models/lib/nn.yaml:79:7
%3026 = div %1614, %3025 : f64[] @ models/lib/nn.yaml:79:7
%3027 = pow %2707, %3023 : f64[] @ models/lib/nn.yaml:79:7
%3028 = sub %2692, %3027 : f64[] @ models/lib/nn.yaml:79:7
%3029 = sqrt %3028 : f64[] @ models/lib/nn.yaml:79:7
%3030 = div %2692, %3029 : f64[] @ models/lib/nn.yaml:79:7
%3031 = sqrt %3022 : f32[16,16] @ models/lib/nn.yaml:79:7
%3032 = cast %3030 : f32[] @ models/lib/nn.yaml:79:7
%3033 = broadcast %3032 : f32[16,16] @ models/lib/nn.yaml:79:7
%3034 = mul %3031, %3033 : f32[16,16] @ models/lib/nn.yaml:79:7
%3035 = broadcast %2724 : f32[16,16] @ models/lib/nn.yaml:79:7
%3036 = add %3034, %3035 : f32[16,16] @ models/lib/nn.yaml:79:7
%3037 = div %3016, %3036 : f32[16,16] @ models/lib/nn.yaml:79:7
%3038 = cast %3026 : f32[] @ models/lib/nn.yaml:79:7
%3039 = broadcast %3038 : f32[16,16] @ models/lib/nn.yaml:79:7
%3040 = mul %3037, %3039 : f32[16,16] @ models/lib/nn.yaml:79:7
%3041 = sub %3011, %3040 : f32[16,16] @ models/lib/nn.yaml:79:7
%3042 = assign %12, %3041 : f32[16,16] @ models/lib/nn.yaml:79:7
%3043 = assign %3006, %3016 : f32[16,16] @ models/lib/nn.yaml:79:7
%3044 = assign %3007, %3022 : f32[16,16] @ models/lib/nn.yaml:79:7
%3045 = assign %3008, %3009 : i64[] @ models/lib/nn.yaml:79:7
%3046 = broadcast %2736 : f32[16,16] @ models/lib/nn.yaml:79:7
%3047 = mul %96, %3046 : f32[16,16] @ models/lib/nn.yaml:79:7
%3048 = broadcast %2740 : f32[16,16] @ models/lib/nn.yaml:79:7
%3049 = mul %3041, %3048 : f32[16,16] @ models/lib/nn.yaml:79:7
%3050 = add %3047, %3049 : f32[16,16] @ models/lib/nn.yaml:79:7
%3051 = assign %96, %3050 : f32[16,16] @ models/lib/nn.yaml:79:7
%3052 = all_reduce_sum %2592 : f32[16] @ models/lib/nn.yaml:80:7
%3053 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3054 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3055 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3056 = add %3055, %2689 : i64[] @ models/lib/nn.yaml:80:7
%3057 = mul %3052, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%3058 = mul %3053, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%3059 = add %3058, %3057 : f32[16] @ models/lib/nn.yaml:80:7
%3060 = mul %3052, %3052 : f32[16] @ models/lib/nn.yaml:80:7
%3061 = mul %3060, %2803 : f32[16] @ models/lib/nn.yaml:80:7
%3062 = mul %3054, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%3063 = add %3062, %3061 : f32[16] @ models/lib/nn.yaml:80:7
%3064 = cast %3056 : f64[] @ models/lib/nn.yaml:80:7
%3065 = pow %2699, %3064 : f64[] @ models/lib/nn.yaml:80:7
%3066 = sub %2692, %3065 : f64[] @ models/lib/nn.yaml:80:7
%3067 = div %1614, %3066 : f64[] @ models/lib/nn.yaml:80:7
%3068 = pow %2707, %3064 : f64[] @ models/lib/nn.yaml:80:7
%3069 = sub %2692, %3068 : f64[] @ models/lib/nn.yaml:80:7
%3070 = sqrt %3069 : f64[] @ models/lib/nn.yaml:80:7
%3071 = div %2692, %3070 : f64[] @ models/lib/nn.yaml:80:7
%3072 = sqrt %3063 : f32[16] @ models/lib/nn.yaml:80:7
%3073 = cast %3071 : f32[] @ models/lib/nn.yaml:80:7
%3074 = broadcast %3073 : f32[16] @ models/lib/nn.yaml:80:7
%3075 = mul %3072, %3074 : f32[16] @ models/lib/nn.yaml:80:7
%3076 = add %3075, %2820 : f32[16] @ models/lib/nn.yaml:80:7
%3077 = div %3059, %3076 : f32[16] @ models/lib/nn.yaml:80:7
%3078 = cast %3067 : f32[] @ models/lib/nn.yaml:80:7
%3079 = broadcast %3078 : f32[16] @ models/lib/nn.yaml:80:7
%3080 = mul %3077, %3079 : f32[16] @ models/lib/nn.yaml:80:7
%3081 = sub %13, %3080 : f32[16] @ models/lib/nn.yaml:80:7
%3082 = assign %13, %3081 : f32[16] @ models/lib/nn.yaml:80:7
%3083 = assign %3053, %3059 : f32[16] @ models/lib/nn.yaml:80:7
%3084 = assign %3054, %3063 : f32[16] @ models/lib/nn.yaml:80:7
%3085 = assign %3055, %3056 : i64[] @ models/lib/nn.yaml:80:7
%3086 = mul %97, %2831 : f32[16] @ models/lib/nn.yaml:80:7
%3087 = mul %3081, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%3088 = add %3086, %3087 : f32[16] @ models/lib/nn.yaml:80:7
%3089 = assign %97, %3088 : f32[16] @ models/lib/nn.yaml:80:7
%3090 = all_reduce_sum %2570 : f32[16] @ models/lib/nn.yaml:89:7
%3091 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3092 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3093 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3094 = add %3093, %2689 : i64[] @ models/lib/nn.yaml:89:7
%3095 = mul %3090, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%3096 = mul %3091, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%3097 = add %3096, %3095 : f32[16] @ models/lib/nn.yaml:89:7
%3098 = mul %3090, %3090 : f32[16] @ models/lib/nn.yaml:89:7
%3099 = mul %3098, %2803 : f32[16] @ models/lib/nn.yaml:89:7
%3100 = mul %3092, %2805 : f32[16] @ models/lib/nn.yaml:89:7
%3101 = add %3100, %3099 : f32[16] @ models/lib/nn.yaml:89:7
%3102 = cast %3094 : f64[] @ models/lib/nn.yaml:89:7
%3103 = pow %2699, %3102 : f64[] @ models/lib/nn.yaml:89:7
%3104 = sub %2692, %3103 : f64[] @ models/lib/nn.yaml:89:7
%3105 = div %1614, %3104 : f64[] @ models/lib/nn.yaml:89:7
%3106 = pow %2707, %3102 : f64[] @ models/lib/nn.yaml:89:7
%3107 = sub %2692, %3106 : f64[] @ models/lib/nn.yaml:89:7
%3108 = sqrt %3107 : f64[] @ models/lib/nn.yaml:89:7
%3109 = div %2692, %3108 : f64[] @ models/lib/nn.yaml:89:7
%3110 = sqrt %3101 : f32[16] @ models/lib/nn.yaml:89:7
%3111 = cast %3109 : f32[] @ models/lib/nn.yaml:89:7
%3112 = broadcast %3111 : f32[16] @ models/lib/nn.yaml:89:7
%3113 = mul %3110, %3112 : f32[16] @ models/lib/nn.yaml:89:7
%3114 = add %3113, %2820 : f32[16] @ models/lib/nn.yaml:89:7
%3115 = div %3097, %3114 : f32[16] @ models/lib/nn.yaml:89:7
%3116 = cast %3105 : f32[] @ models/lib/nn.yaml:89:7
%3117 = broadcast %3116 : f32[16] @ models/lib/nn.yaml:89:7
%3118 = mul %3115, %3117 : f32[16] @ models/lib/nn.yaml:89:7
%3119 = sub %14, %3118 : f32[16] @ models/lib/nn.yaml:89:7
%3120 = assign %14, %3119 : f32[16] @ models/lib/nn.yaml:89:7
%3121 = assign %3091, %3097 : f32[16] @ models/lib/nn.yaml:89:7
%3122 = assign %3092, %3101 : f32[16] @ models/lib/nn.yaml:89:7
%3123 = assign %3093, %3094 : i64[] @ models/lib/nn.yaml:89:7
%3124 = mul %98, %2831 : f32[16] @ models/lib/nn.yaml:89:7
%3125 = mul %3119, %2833 : f32[16] @ models/lib/nn.yaml:89:7
%3126 = add %3124, %3125 : f32[16] @ models/lib/nn.yaml:89:7
%3127 = assign %98, %3126 : f32[16] @ models/lib/nn.yaml:89:7
%3128 = all_reduce_sum %2564 : f32[16] @ models/lib/nn.yaml:90:7
%3129 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3130 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3131 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3132 = add %3131, %2689 : i64[] @ models/lib/nn.yaml:90:7
%3133 = mul %3128, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%3134 = mul %3129, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%3135 = add %3134, %3133 : f32[16] @ models/lib/nn.yaml:90:7
%3136 = mul %3128, %3128 : f32[16] @ models/lib/nn.yaml:90:7
%3137 = mul %3136, %2803 : f32[16] @ models/lib/nn.yaml:90:7
%3138 = mul %3130, %2805 : f32[16] @ models/lib/nn.yaml:90:7
%3139 = add %3138, %3137 : f32[16] @ models/lib/nn.yaml:90:7
%3140 = cast %3132 : f64[] @ models/lib/nn.yaml:90:7
%3141 = pow %2699, %3140 : f64[] @ models/lib/nn.yaml:90:7
%3142 = sub %2692, %3141 : f64[] @ models/lib/nn.yaml:90:7
%3143 = div %1614, %3142 : f64[] @ models/lib/nn.yaml:90:7
%3144 = pow %2707, %3140 : f64[] @ models/lib/nn.yaml:90:7
%3145 = sub %2692, %3144 : f64[] @ models/lib/nn.yaml:90:7
%3146 = sqrt %3145 : f64[] @ models/lib/nn.yaml:90:7
%3147 = div %2692, %3146 : f64[] @ models/lib/nn.yaml:90:7
%3148 = sqrt %3139 : f32[16] @ models/lib/nn.yaml:90:7
%3149 = cast %3147 : f32[] @ models/lib/nn.yaml:90:7
%3150 = broadcast %3149 : f32[16] @ models/lib/nn.yaml:90:7
%3151 = mul %3148, %3150 : f32[16] @ models/lib/nn.yaml:90:7
%3152 = add %3151, %2820 : f32[16] @ models/lib/nn.yaml:90:7
%3153 = div %3135, %3152 : f32[16] @ models/lib/nn.yaml:90:7
%3154 = cast %3143 : f32[] @ models/lib/nn.yaml:90:7
%3155 = broadcast %3154 : f32[16] @ models/lib/nn.yaml:90:7
%3156 = mul %3153, %3155 : f32[16] @ models/lib/nn.yaml:90:7
%3157 = sub %15, %3156 : f32[16] @ models/lib/nn.yaml:90:7
%3158 = assign %15, %3157 : f32[16] @ models/lib/nn.yaml:90:7
%3159 = assign %3129, %3135 : f32[16] @ models/lib/nn.yaml:90:7
%3160 = assign %3130, %3139 : f32[16] @ models/lib/nn.yaml:90:7
%3161 = assign %3131, %3132 : i64[] @ models/lib/nn.yaml:90:7
%3162 = mul %99, %2831 : f32[16] @ models/lib/nn.yaml:90:7
%3163 = mul %3157, %2833 : f32[16] @ models/lib/nn.yaml:90:7
%3164 = add %3162, %3163 : f32[16] @ models/lib/nn.yaml:90:7
%3165 = assign %99, %3164 : f32[16] @ models/lib/nn.yaml:90:7
%3166 = all_reduce_sum %2560 : f32[64,16] @ models/lib/nn.yaml:79:7
%3167 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3168 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3169 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3170 = add %3169, %2689 : i64[] @ models/lib/nn.yaml:79:7
%3171 = broadcast %2694 : f32[64,16] @ models/lib/nn.yaml:79:7
%3172 = mul %16, %3171 : f32[64,16] @ models/lib/nn.yaml:79:7
%3173 = broadcast %1617 : f32[64,16] @ models/lib/nn.yaml:79:7
%3174 = mul %3166, %3173 : f32[64,16] @ models/lib/nn.yaml:79:7
%3175 = broadcast %1020 : f32[64,16] @ models/lib/nn.yaml:79:7
%3176 = mul %3167, %3175 : f32[64,16] @ models/lib/nn.yaml:79:7
%3177 = add %3176, %3174 : f32[64,16] @ models/lib/nn.yaml:79:7
%3178 = mul %3166, %3166 : f32[64,16] @ models/lib/nn.yaml:79:7
%3179 = broadcast %2704 : f32[64,16] @ models/lib/nn.yaml:79:7
%3180 = mul %3178, %3179 : f32[64,16] @ models/lib/nn.yaml:79:7
%3181 = broadcast %2708 : f32[64,16] @ models/lib/nn.yaml:79:7
%3182 = mul %3168, %3181 : f32[64,16] @ models/lib/nn.yaml:79:7
%3183 = add %3182, %3180 : f32[64,16] @ models/lib/nn.yaml:79:7
%3184 = cast %3170 : f64[] @ models/lib/nn.yaml:79:7
%3185 = pow %2699, %3184 : f64[] @ models/lib/nn.yaml:79:7
%3186 = sub %2692, %3185 : f64[] @ models/lib/nn.yaml:79:7
%3187 = div %1614, %3186 : f64[] @ models/lib/nn.yaml:79:7
%3188 = pow %2707, %3184 : f64[] @ models/lib/nn.yaml:79:7
%3189 = sub %2692, %3188 : f64[] @ models/lib/nn.yaml:79:7
%3190 = sqrt %3189 : f64[] @ models/lib/nn.yaml:79:7
%3191 = div %2692, %3190 : f64[] @ models/lib/nn.yaml:79:7
%3192 = sqrt %3183 : f32[64,16] @ models/lib/nn.yaml:79:7
%3193 = cast %3191 : f32[] @ models/lib/nn.yaml:79:7
%3194 = broadcast %3193 : f32[64,16] @ models/lib/nn.yaml:79:7
%3195 = mul %3192, %3194 : f32[64,16] @ models/lib/nn.yaml:79:7
%3196 = broadcast %2724 : f32[64,16] @ models/lib/nn.yaml:79:7
%3197 = add %3195, %3196 : f32[64,16] @ models/lib/nn.yaml:79:7
%3198 = div %3177, %3197 : f32[64,16] @ models/lib/nn.yaml:79:7
%3199 = cast %3187 : f32[] @ models/lib/nn.yaml:79:7
%3200 = broadcast %3199 : f32[64,16] @ models/lib/nn.yaml:79:7
%3201 = mul %3198, %3200 : f32[64,16] @ models/lib/nn.yaml:79:7
%3202 = sub %3172, %3201 : f32[64,16] @ models/lib/nn.yaml:79:7
%3203 = assign %16, %3202 : f32[64,16] @ models/lib/nn.yaml:79:7
%3204 = assign %3167, %3177 : f32[64,16] @ models/lib/nn.yaml:79:7
%3205 = assign %3168, %3183 : f32[64,16] @ models/lib/nn.yaml:79:7
%3206 = assign %3169, %3170 : i64[] @ models/lib/nn.yaml:79:7
%3207 = broadcast %2736 : f32[64,16] @ models/lib/nn.yaml:79:7
%3208 = mul %100, %3207 : f32[64,16] @ models/lib/nn.yaml:79:7
%3209 = broadcast %2740 : f32[64,16] @ models/lib/nn.yaml:79:7
%3210 = mul %3202, %3209 : f32[64,16] @ models/lib/nn.yaml:79:7
%3211 = add %3208, %3210 : f32[64,16] @ models/lib/nn.yaml:79:7
%3212 = assign %100, %3211 : f32[64,16] @ models/lib/nn.yaml:79:7
%3213 = all_reduce_sum %2556 : f32[64] @ models/lib/nn.yaml:80:7
%3214 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3215 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3216 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3217 = add %3216, %2689 : i64[] @ models/lib/nn.yaml:80:7
%3218 = broadcast %1617 : f32[64] @ models/lib/nn.yaml:80:7
%3219 = mul %3213, %3218 : f32[64] @ models/lib/nn.yaml:80:7
%3220 = broadcast %1020 : f32[64] @ models/lib/nn.yaml:80:7
%3221 = mul %3214, %3220 : f32[64] @ models/lib/nn.yaml:80:7
%3222 = add %3221, %3219 : f32[64] @ models/lib/nn.yaml:80:7
%3223 = mul %3213, %3213 : f32[64] @ models/lib/nn.yaml:80:7
%3224 = broadcast %2704 : f32[64] @ models/lib/nn.yaml:80:7
%3225 = mul %3223, %3224 : f32[64] @ models/lib/nn.yaml:80:7
%3226 = broadcast %2708 : f32[64] @ models/lib/nn.yaml:80:7
%3227 = mul %3215, %3226 : f32[64] @ models/lib/nn.yaml:80:7
%3228 = add %3227, %3225 : f32[64] @ models/lib/nn.yaml:80:7
%3229 = cast %3217 : f64[] @ models/lib/nn.yaml:80:7
%3230 = pow %2699, %3229 : f64[] @ models/lib/nn.yaml:80:7
%3231 = sub %2692, %3230 : f64[] @ models/lib/nn.yaml:80:7
%3232 = div %1614, %3231 : f64[] @ models/lib/nn.yaml:80:7
%3233 = pow %2707, %3229 : f64[] @ models/lib/nn.yaml:80:7
%3234 = sub %2692, %3233 : f64[] @ models/lib/nn.yaml:80:7
%3235 = sqrt %3234 : f64[] @ models/lib/nn.yaml:80:7
%3236 = div %2692, %3235 : f64[] @ models/lib/nn.yaml:80:7
%3237 = sqrt %3228 : f32[64] @ models/lib/nn.yaml:80:7
%3238 = cast %3236 : f32[] @ models/lib/nn.yaml:80:7
%3239 = broadcast %3238 : f32[64] @ models/lib/nn.yaml:80:7
%3240 = mul %3237, %3239 : f32[64] @ models/lib/nn.yaml:80:7
%3241 = broadcast %2724 : f32[64] @ models/lib/nn.yaml:80:7
%3242 = add %3240, %3241 : f32[64] @ models/lib/nn.yaml:80:7
%3243 = div %3222, %3242 : f32[64] @ models/lib/nn.yaml:80:7
%3244 = cast %3232 : f32[] @ models/lib/nn.yaml:80:7
%3245 = broadcast %3244 : f32[64] @ models/lib/nn.yaml:80:7
%3246 = mul %3243, %3245 : f32[64] @ models/lib/nn.yaml:80:7
%3247 = sub %17, %3246 : f32[64] @ models/lib/nn.yaml:80:7
%3248 = assign %17, %3247 : f32[64] @ models/lib/nn.yaml:80:7
%3249 = assign %3214, %3222 : f32[64] @ models/lib/nn.yaml:80:7
%3250 = assign %3215, %3228 : f32[64] @ models/lib/nn.yaml:80:7
%3251 = assign %3216, %3217 : i64[] @ models/lib/nn.yaml:80:7
%3252 = broadcast %2736 : f32[64] @ models/lib/nn.yaml:80:7
%3253 = mul %101, %3252 : f32[64] @ models/lib/nn.yaml:80:7
%3254 = broadcast %2740 : f32[64] @ models/lib/nn.yaml:80:7
%3255 = mul %3247, %3254 : f32[64] @ models/lib/nn.yaml:80:7
%3256 = add %3253, %3255 : f32[64] @ models/lib/nn.yaml:80:7
%3257 = assign %101, %3256 : f32[64] @ models/lib/nn.yaml:80:7
%3258 = all_reduce_sum %2542 : f32[16,64] @ models/lib/nn.yaml:79:7
%3259 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3260 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3261 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3262 = add %3261, %2689 : i64[] @ models/lib/nn.yaml:79:7
%3263 = broadcast %2694 : f32[16,64] @ models/lib/nn.yaml:79:7
%3264 = mul %18, %3263 : f32[16,64] @ models/lib/nn.yaml:79:7
%3265 = broadcast %1617 : f32[16,64] @ models/lib/nn.yaml:79:7
%3266 = mul %3258, %3265 : f32[16,64] @ models/lib/nn.yaml:79:7
%3267 = broadcast %1020 : f32[16,64] @ models/lib/nn.yaml:79:7
%3268 = mul %3259, %3267 : f32[16,64] @ models/lib/nn.yaml:79:7
%3269 = add %3268, %3266 : f32[16,64] @ models/lib/nn.yaml:79:7
%3270 = mul %3258, %3258 : f32[16,64] @ models/lib/nn.yaml:79:7
%3271 = broadcast %2704 : f32[16,64] @ models/lib/nn.yaml:79:7
%3272 = mul %3270, %3271 : f32[16,64] @ models/lib/nn.yaml:79:7
%3273 = broadcast %2708 : f32[16,64] @ models/lib/nn.yaml:79:7
%3274 = mul %3260, %3273 : f32[16,64] @ models/lib/nn.yaml:79:7
%3275 = add %3274, %3272 : f32[16,64] @ models/lib/nn.yaml:79:7
%3276 = cast %3262 : f64[] @ models/lib/nn.yaml:79:7
%3277 = pow %2699, %3276 : f64[] @ models/lib/nn.yaml:79:7
%3278 = sub %2692, %3277 : f64[] @ models/lib/nn.yaml:79:7
%3279 = div %1614, %3278 : f64[] @ models/lib/nn.yaml:79:7
%3280 = pow %2707, %3276 : f64[] @ models/lib/nn.yaml:79:7
%3281 = sub %2692, %3280 : f64[] @ models/lib/nn.yaml:79:7
%3282 = sqrt %3281 : f64[] @ models/lib/nn.yaml:79:7
%3283 = div %2692, %3282 : f64[] @ models/lib/nn.yaml:79:7
%3284 = sqrt %3275 : f32[16,64] @ models/lib/nn.yaml:79:7
%3285 = cast %3283 : f32[] @ models/lib/nn.yaml:79:7
%3286 = broadcast %3285 : f32[16,64] @ models/lib/nn.yaml:79:7
%3287 = mul %3284, %3286 : f32[16,64] @ models/lib/nn.yaml:79:7
%3288 = broadcast %2724 : f32[16,64] @ models/lib/nn.yaml:79:7
%3289 = add %3287, %3288 : f32[16,64] @ models/lib/nn.yaml:79:7
%3290 = div %3269, %3289 : f32[16,64] @ models/lib/nn.yaml:79:7
%3291 = cast %3279 : f32[] @ models/lib/nn.yaml:79:7
%3292 = broadcast %3291 : f32[16,64] @ models/lib/nn.yaml:79:7
%3293 = mul %3290, %3292 : f32[16,64] @ models/lib/nn.yaml:79:7
%3294 = sub %3264, %3293 : f32[16,64] @ models/lib/nn.yaml:79:7
%3295 = assign %18, %3294 : f32[16,64] @ models/lib/nn.yaml:79:7
%3296 = assign %3259, %3269 : f32[16,64] @ models/lib/nn.yaml:79:7
%3297 = assign %3260, %3275 : f32[16,64] @ models/lib/nn.yaml:79:7
%3298 = assign %3261, %3262 : i64[] @ models/lib/nn.yaml:79:7
%3299 = broadcast %2736 : f32[16,64] @ models/lib/nn.yaml:79:7
%3300 = mul %102, %3299 : f32[16,64] @ models/lib/nn.yaml:79:7
%3301 = broadcast %2740 : f32[16,64] @ models/lib/nn.yaml:79:7
%3302 = mul %3294, %3301 : f32[16,64] @ models/lib/nn.yaml:79:7
%3303 = add %3300, %3302 : f32[16,64] @ models/lib/nn.yaml:79:7
%3304 = assign %102, %3303 : f32[16,64] @ models/lib/nn.yaml:79:7
%3305 = all_reduce_sum %2538 : f32[16] @ models/lib/nn.yaml:80:7
%3306 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3307 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3308 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3309 = add %3308, %2689 : i64[] @ models/lib/nn.yaml:80:7
%3310 = mul %3305, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%3311 = mul %3306, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%3312 = add %3311, %3310 : f32[16] @ models/lib/nn.yaml:80:7
%3313 = mul %3305, %3305 : f32[16] @ models/lib/nn.yaml:80:7
%3314 = mul %3313, %2803 : f32[16] @ models/lib/nn.yaml:80:7
%3315 = mul %3307, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%3316 = add %3315, %3314 : f32[16] @ models/lib/nn.yaml:80:7
%3317 = cast %3309 : f64[] @ models/lib/nn.yaml:80:7
%3318 = pow %2699, %3317 : f64[] @ models/lib/nn.yaml:80:7
%3319 = sub %2692, %3318 : f64[] @ models/lib/nn.yaml:80:7
%3320 = div %1614, %3319 : f64[] @ models/lib/nn.yaml:80:7
%3321 = pow %2707, %3317 : f64[] @ models/lib/nn.yaml:80:7
%3322 = sub %2692, %3321 : f64[] @ models/lib/nn.yaml:80:7
%3323 = sqrt %3322 : f64[] @ models/lib/nn.yaml:80:7
%3324 = div %2692, %3323 : f64[] @ models/lib/nn.yaml:80:7
%3325 = sqrt %3316 : f32[16] @ models/lib/nn.yaml:80:7
%3326 = cast %3324 : f32[] @ models/lib/nn.yaml:80:7
%3327 = broadcast %3326 : f32[16] @ models/lib/nn.yaml:80:7
%3328 = mul %3325, %3327 : f32[16] @ models/lib/nn.yaml:80:7
%3329 = add %3328, %2820 : f32[16] @ models/lib/nn.yaml:80:7
%3330 = div %3312, %3329 : f32[16] @ models/lib/nn.yaml:80:7
%3331 = cast %3320 : f32[] @ models/lib/nn.yaml:80:7
%3332 = broadcast %3331 : f32[16] @ models/lib/nn.yaml:80:7
%3333 = mul %3330, %3332 : f32[16] @ models/lib/nn.yaml:80:7
%3334 = sub %19, %3333 : f32[16] @ models/lib/nn.yaml:80:7
%3335 = assign %19, %3334 : f32[16] @ models/lib/nn.yaml:80:7
%3336 = assign %3306, %3312 : f32[16] @ models/lib/nn.yaml:80:7
%3337 = assign %3307, %3316 : f32[16] @ models/lib/nn.yaml:80:7
%3338 = assign %3308, %3309 : i64[] @ models/lib/nn.yaml:80:7
%3339 = mul %103, %2831 : f32[16] @ models/lib/nn.yaml:80:7
%3340 = mul %3334, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%3341 = add %3339, %3340 : f32[16] @ models/lib/nn.yaml:80:7
%3342 = assign %103, %3341 : f32[16] @ models/lib/nn.yaml:80:7
%3343 = all_reduce_sum %2516 : f32[16] @ models/lib/nn.yaml:89:7
%3344 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3345 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3346 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3347 = add %3346, %2689 : i64[] @ models/lib/nn.yaml:89:7
%3348 = mul %3343, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%3349 = mul %3344, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%3350 = add %3349, %3348 : f32[16] @ models/lib/nn.yaml:89:7
%3351 = mul %3343, %3343 : f32[16] @ models/lib/nn.yaml:89:7
%3352 = mul %3351, %2803 : f32[16] @ models/lib/nn.yaml:89:7
%3353 = mul %3345, %2805 : f32[16] @ models/lib/nn.yaml:89:7
%3354 = add %3353, %3352 : f32[16] @ models/lib/nn.yaml:89:7
%3355 = cast %3347 : f64[] @ models/lib/nn.yaml:89:7
%3356 = pow %2699, %3355 : f64[] @ models/lib/nn.yaml:89:7
%3357 = sub %2692, %3356 : f64[] @ models/lib/nn.yaml:89:7
%3358 = div %1614, %3357 : f64[] @ models/lib/nn.yaml:89:7
%3359 = pow %2707, %3355 : f64[] @ models/lib/nn.yaml:89:7
%3360 = sub %2692, %3359 : f64[] @ models/lib/nn.yaml:89:7
%3361 = sqrt %3360 : f64[] @ models/lib/nn.yaml:89:7
%3362 = div %2692, %3361 : f64[] @ models/lib/nn.yaml:89:7
%3363 = sqrt %3354 : f32[16] @ models/lib/nn.yaml:89:7
%3364 = cast %3362 : f32[] @ models/lib/nn.yaml:89:7
%3365 = broadcast %3364 : f32[16] @ models/lib/nn.yaml:89:7
%3366 = mul %3363, %3365 : f32[16] @ models/lib/nn.yaml:89:7
%3367 = add %3366, %2820 : f32[16] @ models/lib/nn.yaml:89:7
%3368 = div %3350, %3367 : f32[16] @ models/lib/nn.yaml:89:7
%3369 = cast %3358 : f32[] @ models/lib/nn.yaml:89:7
%3370 = broadcast %3369 : f32[16] @ models/lib/nn.yaml:89:7
%3371 = mul %3368, %3370 : f32[16] @ models/lib/nn.yaml:89:7
%3372 = sub %20, %3371 : f32[16] @ models/lib/nn.yaml:89:7
%3373 = assign %20, %3372 : f32[16] @ models/lib/nn.yaml:89:7
%3374 = assign %3344, %3350 : f32[16] @ models/lib/nn.yaml:89:7
%3375 = assign %3345, %3354 : f32[16] @ models/lib/nn.yaml:89:7
%3376 = assign %3346, %3347 : i64[] @ models/lib/nn.yaml:89:7
%3377 = mul %104, %2831 : f32[16] @ models/lib/nn.yaml:89:7
%3378 = mul %3372, %2833 : f32[16] @ models/lib/nn.yaml:89:7
%3379 = add %3377, %3378 : f32[16] @ models/lib/nn.yaml:89:7
%3380 = assign %104, %3379 : f32[16] @ models/lib/nn.yaml:89:7
%3381 = all_reduce_sum %2510 : f32[16] @ models/lib/nn.yaml:90:7
%3382 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3383 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3384 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3385 = add %3384, %2689 : i64[] @ models/lib/nn.yaml:90:7
%3386 = mul %3381, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%3387 = mul %3382, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%3388 = add %3387, %3386 : f32[16] @ models/lib/nn.yaml:90:7
%3389 = mul %3381, %3381 : f32[16] @ models/lib/nn.yaml:90:7
%3390 = mul %3389, %2803 : f32[16] @ models/lib/nn.yaml:90:7
%3391 = mul %3383, %2805 : f32[16] @ models/lib/nn.yaml:90:7
%3392 = add %3391, %3390 : f32[16] @ models/lib/nn.yaml:90:7
%3393 = cast %3385 : f64[] @ models/lib/nn.yaml:90:7
%3394 = pow %2699, %3393 : f64[] @ models/lib/nn.yaml:90:7
%3395 = sub %2692, %3394 : f64[] @ models/lib/nn.yaml:90:7
%3396 = div %1614, %3395 : f64[] @ models/lib/nn.yaml:90:7
%3397 = pow %2707, %3393 : f64[] @ models/lib/nn.yaml:90:7
%3398 = sub %2692, %3397 : f64[] @ models/lib/nn.yaml:90:7
%3399 = sqrt %3398 : f64[] @ models/lib/nn.yaml:90:7
%3400 = div %2692, %3399 : f64[] @ models/lib/nn.yaml:90:7
%3401 = sqrt %3392 : f32[16] @ models/lib/nn.yaml:90:7
%3402 = cast %3400 : f32[] @ models/lib/nn.yaml:90:7
%3403 = broadcast %3402 : f32[16] @ models/lib/nn.yaml:90:7
%3404 = mul %3401, %3403 : f32[16] @ models/lib/nn.yaml:90:7
%3405 = add %3404, %2820 : f32[16] @ models/lib/nn.yaml:90:7
%3406 = div %3388, %3405 : f32[16] @ models/lib/nn.yaml:90:7
%3407 = cast %3396 : f32[] @ models/lib/nn.yaml:90:7
%3408 = broadcast %3407 : f32[16] @ models/lib/nn.yaml:90:7
%3409 = mul %3406, %3408 : f32[16] @ models/lib/nn.yaml:90:7
%3410 = sub %21, %3409 : f32[16] @ models/lib/nn.yaml:90:7
%3411 = assign %21, %3410 : f32[16] @ models/lib/nn.yaml:90:7
%3412 = assign %3382, %3388 : f32[16] @ models/lib/nn.yaml:90:7
%3413 = assign %3383, %3392 : f32[16] @ models/lib/nn.yaml:90:7
%3414 = assign %3384, %3385 : i64[] @ models/lib/nn.yaml:90:7
%3415 = mul %105, %2831 : f32[16] @ models/lib/nn.yaml:90:7
%3416 = mul %3410, %2833 : f32[16] @ models/lib/nn.yaml:90:7
%3417 = add %3415, %3416 : f32[16] @ models/lib/nn.yaml:90:7
%3418 = assign %105, %3417 : f32[16] @ models/lib/nn.yaml:90:7
%3419 = all_reduce_sum %2506 : f32[48,16] @ models/lib/nn.yaml:79:7
%3420 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3421 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3422 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3423 = add %3422, %2689 : i64[] @ models/lib/nn.yaml:79:7
%3424 = mul %22, %2918 : f32[48,16] @ models/lib/nn.yaml:79:7
%3425 = mul %3419, %2920 : f32[48,16] @ models/lib/nn.yaml:79:7
%3426 = mul %3420, %2922 : f32[48,16] @ models/lib/nn.yaml:79:7
%3427 = add %3426, %3425 : f32[48,16] @ models/lib/nn.yaml:79:7
%3428 = mul %3419, %3419 : f32[48,16] @ models/lib/nn.yaml:79:7
%3429 = mul %3428, %2926 : f32[48,16] @ models/lib/nn.yaml:79:7
%3430 = mul %3421, %2928 : f32[48,16] @ models/lib/nn.yaml:79:7
%3431 = add %3430, %3429 : f32[48,16] @ models/lib/nn.yaml:79:7
%3432 = cast %3423 : f64[] @ models/lib/nn.yaml:79:7
%3433 = pow %2699, %3432 : f64[] @ models/lib/nn.yaml:79:7
%3434 = sub %2692, %3433 : f64[] @ models/lib/nn.yaml:79:7
%3435 = div %1614, %3434 : f64[] @ models/lib/nn.yaml:79:7
%3436 = pow %2707, %3432 : f64[] @ models/lib/nn.yaml:79:7
%3437 = sub %2692, %3436 : f64[] @ models/lib/nn.yaml:79:7
%3438 = sqrt %3437 : f64[] @ models/lib/nn.yaml:79:7
%3439 = div %2692, %3438 : f64[] @ models/lib/nn.yaml:79:7
%3440 = sqrt %3431 : f32[48,16] @ models/lib/nn.yaml:79:7
%3441 = cast %3439 : f32[] @ models/lib/nn.yaml:79:7
%3442 = broadcast %3441 : f32[48,16] @ models/lib/nn.yaml:79:7
%3443 = mul %3440, %3442 : f32[48,16] @ models/lib/nn.yaml:79:7
%3444 = add %3443, %2943 : f32[48,16] @ models/lib/nn.yaml:79:7
%3445 = div %3427, %3444 : f32[48,16] @ models/lib/nn.yaml:79:7
%3446 = cast %3435 : f32[] @ models/lib/nn.yaml:79:7
%3447 = broadcast %3446 : f32[48,16] @ models/lib/nn.yaml:79:7
%3448 = mul %3445, %3447 : f32[48,16] @ models/lib/nn.yaml:79:7
%3449 = sub %3424, %3448 : f32[48,16] @ models/lib/nn.yaml:79:7
%3450 = assign %22, %3449 : f32[48,16] @ models/lib/nn.yaml:79:7
%3451 = assign %3420, %3427 : f32[48,16] @ models/lib/nn.yaml:79:7
%3452 = assign %3421, %3431 : f32[48,16] @ models/lib/nn.yaml:79:7
%3453 = assign %3422, %3423 : i64[] @ models/lib/nn.yaml:79:7
%3454 = mul %106, %2954 : f32[48,16] @ models/lib/nn.yaml:79:7
%3455 = mul %3449, %2956 : f32[48,16] @ models/lib/nn.yaml:79:7
%3456 = add %3454, %3455 : f32[48,16] @ models/lib/nn.yaml:79:7
%3457 = assign %106, %3456 : f32[48,16] @ models/lib/nn.yaml:79:7
%3458 = all_reduce_sum %2502 : f32[48] @ models/lib/nn.yaml:80:7
%3459 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3460 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3461 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3462 = add %3461, %2689 : i64[] @ models/lib/nn.yaml:80:7
%3463 = mul %3458, %2965 : f32[48] @ models/lib/nn.yaml:80:7
%3464 = mul %3459, %2967 : f32[48] @ models/lib/nn.yaml:80:7
%3465 = add %3464, %3463 : f32[48] @ models/lib/nn.yaml:80:7
%3466 = mul %3458, %3458 : f32[48] @ models/lib/nn.yaml:80:7
%3467 = mul %3466, %2971 : f32[48] @ models/lib/nn.yaml:80:7
%3468 = mul %3460, %2973 : f32[48] @ models/lib/nn.yaml:80:7
%3469 = add %3468, %3467 : f32[48] @ models/lib/nn.yaml:80:7
%3470 = cast %3462 : f64[] @ models/lib/nn.yaml:80:7
%3471 = pow %2699, %3470 : f64[] @ models/lib/nn.yaml:80:7
%3472 = sub %2692, %3471 : f64[] @ models/lib/nn.yaml:80:7
%3473 = div %1614, %3472 : f64[] @ models/lib/nn.yaml:80:7
%3474 = pow %2707, %3470 : f64[] @ models/lib/nn.yaml:80:7
%3475 = sub %2692, %3474 : f64[] @ models/lib/nn.yaml:80:7
%3476 = sqrt %3475 : f64[] @ models/lib/nn.yaml:80:7
%3477 = div %2692, %3476 : f64[] @ models/lib/nn.yaml:80:7
%3478 = sqrt %3469 : f32[48] @ models/lib/nn.yaml:80:7
%3479 = cast %3477 : f32[] @ models/lib/nn.yaml:80:7
%3480 = broadcast %3479 : f32[48] @ models/lib/nn.yaml:80:7
%3481 = mul %3478, %3480 : f32[48] @ models/lib/nn.yaml:80:7
%3482 = add %3481, %2988 : f32[48] @ models/lib/nn.yaml:80:7
%3483 = div %3465, %3482 : f32[48] @ models/lib/nn.yaml:80:7
%3484 = cast %3473 : f32[] @ models/lib/nn.yaml:80:7
%3485 = broadcast %3484 : f32[48] @ models/lib/nn.yaml:80:7
%3486 = mul %3483, %3485 : f32[48] @ models/lib/nn.yaml:80:7
%3487 = sub %23, %3486 : f32[48] @ models/lib/nn.yaml:80:7
%3488 = assign %23, %3487 : f32[48] @ models/lib/nn.yaml:80:7
%3489 = assign %3459, %3465 : f32[48] @ models/lib/nn.yaml:80:7
%3490 = assign %3460, %3469 : f32[48] @ models/lib/nn.yaml:80:7
%3491 = assign %3461, %3462 : i64[] @ models/lib/nn.yaml:80:7
%3492 = mul %107, %2999 : f32[48] @ models/lib/nn.yaml:80:7
%3493 = mul %3487, %3001 : f32[48] @ models/lib/nn.yaml:80:7
%3494 = add %3492, %3493 : f32[48] @ models/lib/nn.yaml:80:7
%3495 = assign %107, %3494 : f32[48] @ models/lib/nn.yaml:80:7
%3496 = all_reduce_sum %2455 : f32[16,16] @ models/lib/nn.yaml:79:7
%3497 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3498 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3499 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3500 = add %3499, %2689 : i64[] @ models/lib/nn.yaml:79:7
%3501 = mul %24, %3010 : f32[16,16] @ models/lib/nn.yaml:79:7
%3502 = mul %3496, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%3503 = mul %3497, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%3504 = add %3503, %3502 : f32[16,16] @ models/lib/nn.yaml:79:7
%3505 = mul %3496, %3496 : f32[16,16] @ models/lib/nn.yaml:79:7
%3506 = mul %3505, %3018 : f32[16,16] @ models/lib/nn.yaml:79:7
%3507 = mul %3498, %3020 : f32[16,16] @ models/lib/nn.yaml:79:7
%3508 = add %3507, %3506 : f32[16,16] @ models/lib/nn.yaml:79:7
%3509 = cast %3500 : f64[] @ models/lib/nn.yaml:79:7
%3510 = pow %2699, %3509 : f64[] @ models/lib/nn.yaml:79:7
%3511 = sub %2692, %3510 : f64[] @ models/lib/nn.yaml:79:7
%3512 = div %1614, %3511 : f64[] @ models/lib/nn.yaml:79:7
%3513 = pow %2707, %3509 : f64[] @ models/lib/nn.yaml:79:7
%3514 = sub %2692, %3513 : f64[] @ models/lib/nn.yaml:79:7
%3515 = sqrt %3514 : f64[] @ models/lib/nn.yaml:79:7
%3516 = div %2692, %3515 : f64[] @ models/lib/nn.yaml:79:7
%3517 = sqrt %3508 : f32[16,16] @ models/lib/nn.yaml:79:7
%3518 = cast %3516 : f32[] @ models/lib/nn.yaml:79:7
%3519 = broadcast %3518 : f32[16,16] @ models/lib/nn.yaml:79:7
%3520 = mul %3517, %3519 : f32[16,16] @ models/lib/nn.yaml:79:7
%3521 = add %3520, %3035 : f32[16,16] @ models/lib/nn.yaml:79:7
%3522 = div %3504, %3521 : f32[16,16] @ models/lib/nn.yaml:79:7
%3523 = cast %3512 : f32[] @ models/lib/nn.yaml:79:7
%3524 = broadcast %3523 : f32[16,16] @ models/lib/nn.yaml:79:7
%3525 = mul %3522, %3524 : f32[16,16] @ models/lib/nn.yaml:79:7
%3526 = sub %3501, %3525 : f32[16,16] @ models/lib/nn.yaml:79:7
%3527 = assign %24, %3526 : f32[16,16] @ models/lib/nn.yaml:79:7
%3528 = assign %3497, %3504 : f32[16,16] @ models/lib/nn.yaml:79:7
%3529 = assign %3498, %3508 : f32[16,16] @ models/lib/nn.yaml:79:7
%3530 = assign %3499, %3500 : i64[] @ models/lib/nn.yaml:79:7
%3531 = mul %108, %3046 : f32[16,16] @ models/lib/nn.yaml:79:7
%3532 = mul %3526, %3048 : f32[16,16] @ models/lib/nn.yaml:79:7
%3533 = add %3531, %3532 : f32[16,16] @ models/lib/nn.yaml:79:7
%3534 = assign %108, %3533 : f32[16,16] @ models/lib/nn.yaml:79:7
%3535 = all_reduce_sum %2451 : f32[16] @ models/lib/nn.yaml:80:7
%3536 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3537 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3538 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3539 = add %3538, %2689 : i64[] @ models/lib/nn.yaml:80:7
%3540 = mul %3535, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%3541 = mul %3536, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%3542 = add %3541, %3540 : f32[16] @ models/lib/nn.yaml:80:7
%3543 = mul %3535, %3535 : f32[16] @ models/lib/nn.yaml:80:7
%3544 = mul %3543, %2803 : f32[16] @ models/lib/nn.yaml:80:7
%3545 = mul %3537, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%3546 = add %3545, %3544 : f32[16] @ models/lib/nn.yaml:80:7
%3547 = cast %3539 : f64[] @ models/lib/nn.yaml:80:7
%3548 = pow %2699, %3547 : f64[] @ models/lib/nn.yaml:80:7
%3549 = sub %2692, %3548 : f64[] @ models/lib/nn.yaml:80:7
%3550 = div %1614, %3549 : f64[] @ models/lib/nn.yaml:80:7
%3551 = pow %2707, %3547 : f64[] @ models/lib/nn.yaml:80:7
%3552 = sub %2692, %3551 : f64[] @ models/lib/nn.yaml:80:7
%3553 = sqrt %3552 : f64[] @ models/lib/nn.yaml:80:7
%3554 = div %2692, %3553 : f64[] @ models/lib/nn.yaml:80:7
%3555 = sqrt %3546 : f32[16] @ models/lib/nn.yaml:80:7
%3556 = cast %3554 : f32[] @ models/lib/nn.yaml:80:7
%3557 = broadcast %3556 : f32[16] @ models/lib/nn.yaml:80:7
%3558 = mul %3555, %3557 : f32[16] @ models/lib/nn.yaml:80:7
%3559 = add %3558, %2820 : f32[16] @ models/lib/nn.yaml:80:7
%3560 = div %3542, %3559 : f32[16] @ models/lib/nn.yaml:80:7
%3561 = cast %3550 : f32[] @ models/lib/nn.yaml:80:7
%3562 = broadcast %3561 : f32[16] @ models/lib/nn.yaml:80:7
%3563 = mul %3560, %3562 : f32[16] @ models/lib/nn.yaml:80:7
%3564 = sub %25, %3563 : f32[16] @ models/lib/nn.yaml:80:7
%3565 = assign %25, %3564 : f32[16] @ models/lib/nn.yaml:80:7
%3566 = assign %3536, %3542 : f32[16] @ models/lib/nn.yaml:80:7
%3567 = assign %3537, %3546 : f32[16] @ models/lib/nn.yaml:80:7
%3568 = assign %3538, %3539 : i64[] @ models/lib/nn.yaml:80:7
%3569 = mul %109, %2831 : f32[16] @ models/lib/nn.yaml:80:7
%3570 = mul %3564, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%3571 = add %3569, %3570 : f32[16] @ models/lib/nn.yaml:80:7
%3572 = assign %109, %3571 : f32[16] @ models/lib/nn.yaml:80:7
%3573 = all_reduce_sum %2426 : f32[16] @ models/lib/nn.yaml:89:7
%3574 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3575 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3576 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3577 = add %3576, %2689 : i64[] @ models/lib/nn.yaml:89:7
%3578 = mul %3573, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%3579 = mul %3574, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%3580 = add %3579, %3578 : f32[16] @ models/lib/nn.yaml:89:7
%3581 = mul %3573, %3573 : f32[16] @ models/lib/nn.yaml:89:7
%3582 = mul %3581, %2803 : f32[16] @ models/lib/nn.yaml:89:7
%3583 = mul %3575, %2805 : f32[16] @ models/lib/nn.yaml:89:7
%3584 = add %3583, %3582 : f32[16] @ models/lib/nn.yaml:89:7
%3585 = cast %3577 : f64[] @ models/lib/nn.yaml:89:7
%3586 = pow %2699, %3585 : f64[] @ models/lib/nn.yaml:89:7
%3587 = sub %2692, %3586 : f64[] @ models/lib/nn.yaml:89:7
%3588 = div %1614, %3587 : f64[] @ models/lib/nn.yaml:89:7
%3589 = pow %2707, %3585 : f64[] @ models/lib/nn.yaml:89:7
%3590 = sub %2692, %3589 : f64[] @ models/lib/nn.yaml:89:7
%3591 = sqrt %3590 : f64[] @ models/lib/nn.yaml:89:7
%3592 = div %2692, %3591 : f64[] @ models/lib/nn.yaml:89:7
%3593 = sqrt %3584 : f32[16] @ models/lib/nn.yaml:89:7
%3594 = cast %3592 : f32[] @ models/lib/nn.yaml:89:7
%3595 = broadcast %3594 : f32[16] @ models/lib/nn.yaml:89:7
%3596 = mul %3593, %3595 : f32[16] @ models/lib/nn.yaml:89:7
%3597 = add %3596, %2820 : f32[16] @ models/lib/nn.yaml:89:7
%3598 = div %3580, %3597 : f32[16] @ models/lib/nn.yaml:89:7
%3599 = cast %3588 : f32[] @ models/lib/nn.yaml:89:7
%3600 = broadcast %3599 : f32[16] @ models/lib/nn.yaml:89:7
%3601 = mul %3598, %3600 : f32[16] @ models/lib/nn.yaml:89:7
%3602 = sub %26, %3601 : f32[16] @ models/lib/nn.yaml:89:7
%3603 = assign %26, %3602 : f32[16] @ models/lib/nn.yaml:89:7
%3604 = assign %3574, %3580 : f32[16] @ models/lib/nn.yaml:89:7
%3605 = assign %3575, %3584 : f32[16] @ models/lib/nn.yaml:89:7
%3606 = assign %3576, %3577 : i64[] @ models/lib/nn.yaml:89:7
%3607 = mul %110, %2831 : f32[16] @ models/lib/nn.yaml:89:7
%3608 = mul %3602, %2833 : f32[16] @ models/lib/nn.yaml:89:7
%3609 = add %3607, %3608 : f32[16] @ models/lib/nn.yaml:89:7
%3610 = assign %110, %3609 : f32[16] @ models/lib/nn.yaml:89:7
%3611 = all_reduce_sum %2420 : f32[16] @ models/lib/nn.yaml:90:7
%3612 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3613 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3614 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3615 = add %3614, %2689 : i64[] @ models/lib/nn.yaml:90:7
%3616 = mul %3611, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%3617 = mul %3612, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%3618 = add %3617, %3616 : f32[16] @ models/lib/nn.yaml:90:7
%3619 = mul %3611, %3611 : f32[16] @ models/lib/nn.yaml:90:7
%3620 = mul %3619, %2803 : f32[16] @ models/lib/nn.yaml:90:7
%3621 = mul %3613, %2805 : f32[16] @ models/lib/nn.yaml:90:7
%3622 = add %3621, %3620 : f32[16] @ models/lib/nn.yaml:90:7
%3623 = cast %3615 : f64[] @ models/lib/nn.yaml:90:7
%3624 = pow %2699, %3623 : f64[] @ models/lib/nn.yaml:90:7
%3625 = sub %2692, %3624 : f64[] @ models/lib/nn.yaml:90:7
%3626 = div %1614, %3625 : f64[] @ models/lib/nn.yaml:90:7
%3627 = pow %2707, %3623 : f64[] @ models/lib/nn.yaml:90:7
%3628 = sub %2692, %3627 : f64[] @ models/lib/nn.yaml:90:7
%3629 = sqrt %3628 : f64[] @ models/lib/nn.yaml:90:7
%3630 = div %2692, %3629 : f64[] @ models/lib/nn.yaml:90:7
%3631 = sqrt %3622 : f32[16] @ models/lib/nn.yaml:90:7
%3632 = cast %3630 : f32[] @ models/lib/nn.yaml:90:7
%3633 = broadcast %3632 : f32[16] @ models/lib/nn.yaml:90:7
%3634 = mul %3631, %3633 : f32[16] @ models/lib/nn.yaml:90:7
%3635 = add %3634, %2820 : f32[16] @ models/lib/nn.yaml:90:7
%3636 = div %3618, %3635 : f32[16] @ models/lib/nn.yaml:90:7
%3637 = cast %3626 : f32[] @ models/lib/nn.yaml:90:7
%3638 = broadcast %3637 : f32[16] @ models/lib/nn.yaml:90:7
%3639 = mul %3636, %3638 : f32[16] @ models/lib/nn.yaml:90:7
%3640 = sub %27, %3639 : f32[16] @ models/lib/nn.yaml:90:7
%3641 = assign %27, %3640 : f32[16] @ models/lib/nn.yaml:90:7
%3642 = assign %3612, %3618 : f32[16] @ models/lib/nn.yaml:90:7
%3643 = assign %3613, %3622 : f32[16] @ models/lib/nn.yaml:90:7
%3644 = assign %3614, %3615 : i64[] @ models/lib/nn.yaml:90:7
%3645 = mul %111, %2831 : f32[16] @ models/lib/nn.yaml:90:7
%3646 = mul %3640, %2833 : f32[16] @ models/lib/nn.yaml:90:7
%3647 = add %3645, %3646 : f32[16] @ models/lib/nn.yaml:90:7
%3648 = assign %111, %3647 : f32[16] @ models/lib/nn.yaml:90:7
%3649 = all_reduce_sum %2416 : f32[64,16] @ models/lib/nn.yaml:79:7
%3650 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3651 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3652 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3653 = add %3652, %2689 : i64[] @ models/lib/nn.yaml:79:7
%3654 = mul %28, %3171 : f32[64,16] @ models/lib/nn.yaml:79:7
%3655 = mul %3649, %3173 : f32[64,16] @ models/lib/nn.yaml:79:7
%3656 = mul %3650, %3175 : f32[64,16] @ models/lib/nn.yaml:79:7
%3657 = add %3656, %3655 : f32[64,16] @ models/lib/nn.yaml:79:7
%3658 = mul %3649, %3649 : f32[64,16] @ models/lib/nn.yaml:79:7
%3659 = mul %3658, %3179 : f32[64,16] @ models/lib/nn.yaml:79:7
%3660 = mul %3651, %3181 : f32[64,16] @ models/lib/nn.yaml:79:7
%3661 = add %3660, %3659 : f32[64,16] @ models/lib/nn.yaml:79:7
%3662 = cast %3653 : f64[] @ models/lib/nn.yaml:79:7
%3663 = pow %2699, %3662 : f64[] @ models/lib/nn.yaml:79:7
%3664 = sub %2692, %3663 : f64[] @ models/lib/nn.yaml:79:7
%3665 = div %1614, %3664 : f64[] @ models/lib/nn.yaml:79:7
%3666 = pow %2707, %3662 : f64[] @ models/lib/nn.yaml:79:7
%3667 = sub %2692, %3666 : f64[] @ models/lib/nn.yaml:79:7
%3668 = sqrt %3667 : f64[] @ models/lib/nn.yaml:79:7
%3669 = div %2692, %3668 : f64[] @ models/lib/nn.yaml:79:7
%3670 = sqrt %3661 : f32[64,16] @ models/lib/nn.yaml:79:7
%3671 = cast %3669 : f32[] @ models/lib/nn.yaml:79:7
%3672 = broadcast %3671 : f32[64,16] @ models/lib/nn.yaml:79:7
%3673 = mul %3670, %3672 : f32[64,16] @ models/lib/nn.yaml:79:7
%3674 = add %3673, %3196 : f32[64,16] @ models/lib/nn.yaml:79:7
%3675 = div %3657, %3674 : f32[64,16] @ models/lib/nn.yaml:79:7
%3676 = cast %3665 : f32[] @ models/lib/nn.yaml:79:7
%3677 = broadcast %3676 : f32[64,16] @ models/lib/nn.yaml:79:7
%3678 = mul %3675, %3677 : f32[64,16] @ models/lib/nn.yaml:79:7
%3679 = sub %3654, %3678 : f32[64,16] @ models/lib/nn.yaml:79:7
%3680 = assign %28, %3679 : f32[64,16] @ models/lib/nn.yaml:79:7
%3681 = assign %3650, %3657 : f32[64,16] @ models/lib/nn.yaml:79:7
%3682 = assign %3651, %3661 : f32[64,16] @ models/lib/nn.yaml:79:7
%3683 = assign %3652, %3653 : i64[] @ models/lib/nn.yaml:79:7
%3684 = mul %112, %3207 : f32[64,16] @ models/lib/nn.yaml:79:7
%3685 = mul %3679, %3209 : f32[64,16] @ models/lib/nn.yaml:79:7
%3686 = add %3684, %3685 : f32[64,16] @ models/lib/nn.yaml:79:7
%3687 = assign %112, %3686 : f32[64,16] @ models/lib/nn.yaml:79:7
%3688 = all_reduce_sum %2412 : f32[64] @ models/lib/nn.yaml:80:7
%3689 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3690 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3691 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3692 = add %3691, %2689 : i64[] @ models/lib/nn.yaml:80:7
%3693 = mul %3688, %3218 : f32[64] @ models/lib/nn.yaml:80:7
%3694 = mul %3689, %3220 : f32[64] @ models/lib/nn.yaml:80:7
%3695 = add %3694, %3693 : f32[64] @ models/lib/nn.yaml:80:7
%3696 = mul %3688, %3688 : f32[64] @ models/lib/nn.yaml:80:7
%3697 = mul %3696, %3224 : f32[64] @ models/lib/nn.yaml:80:7
%3698 = mul %3690, %3226 : f32[64] @ models/lib/nn.yaml:80:7
%3699 = add %3698, %3697 : f32[64] @ models/lib/nn.yaml:80:7
%3700 = cast %3692 : f64[] @ models/lib/nn.yaml:80:7
%3701 = pow %2699, %3700 : f64[] @ models/lib/nn.yaml:80:7
%3702 = sub %2692, %3701 : f64[] @ models/lib/nn.yaml:80:7
%3703 = div %1614, %3702 : f64[] @ models/lib/nn.yaml:80:7
%3704 = pow %2707, %3700 : f64[] @ models/lib/nn.yaml:80:7
%3705 = sub %2692, %3704 : f64[] @ models/lib/nn.yaml:80:7
%3706 = sqrt %3705 : f64[] @ models/lib/nn.yaml:80:7
%3707 = div %2692, %3706 : f64[] @ models/lib/nn.yaml:80:7
%3708 = sqrt %3699 : f32[64] @ models/lib/nn.yaml:80:7
%3709 = cast %3707 : f32[] @ models/lib/nn.yaml:80:7
%3710 = broadcast %3709 : f32[64] @ models/lib/nn.yaml:80:7
%3711 = mul %3708, %3710 : f32[64] @ models/lib/nn.yaml:80:7
%3712 = add %3711, %3241 : f32[64] @ models/lib/nn.yaml:80:7
%3713 = div %3695, %3712 : f32[64] @ models/lib/nn.yaml:80:7
%3714 = cast %3703 : f32[] @ models/lib/nn.yaml:80:7
%3715 = broadcast %3714 : f32[64] @ models/lib/nn.yaml:80:7
%3716 = mul %3713, %3715 : f32[64] @ models/lib/nn.yaml:80:7
%3717 = sub %29, %3716 : f32[64] @ models/lib/nn.yaml:80:7
%3718 = assign %29, %3717 : f32[64] @ models/lib/nn.yaml:80:7
%3719 = assign %3689, %3695 : f32[64] @ models/lib/nn.yaml:80:7
%3720 = assign %3690, %3699 : f32[64] @ models/lib/nn.yaml:80:7
%3721 = assign %3691, %3692 : i64[] @ models/lib/nn.yaml:80:7
%3722 = mul %113, %3252 : f32[64] @ models/lib/nn.yaml:80:7
%3723 = mul %3717, %3254 : f32[64] @ models/lib/nn.yaml:80:7
%3724 = add %3722, %3723 : f32[64] @ models/lib/nn.yaml:80:7
%3725 = assign %113, %3724 : f32[64] @ models/lib/nn.yaml:80:7
%3726 = all_reduce_sum %2397 : f32[16,64] @ models/lib/nn.yaml:79:7
%3727 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3728 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3729 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3730 = add %3729, %2689 : i64[] @ models/lib/nn.yaml:79:7
%3731 = mul %30, %3263 : f32[16,64] @ models/lib/nn.yaml:79:7
%3732 = mul %3726, %3265 : f32[16,64] @ models/lib/nn.yaml:79:7
%3733 = mul %3727, %3267 : f32[16,64] @ models/lib/nn.yaml:79:7
%3734 = add %3733, %3732 : f32[16,64] @ models/lib/nn.yaml:79:7
%3735 = mul %3726, %3726 : f32[16,64] @ models/lib/nn.yaml:79:7
%3736 = mul %3735, %3271 : f32[16,64] @ models/lib/nn.yaml:79:7
%3737 = mul %3728, %3273 : f32[16,64] @ models/lib/nn.yaml:79:7
%3738 = add %3737, %3736 : f32[16,64] @ models/lib/nn.yaml:79:7
%3739 = cast %3730 : f64[] @ models/lib/nn.yaml:79:7
%3740 = pow %2699, %3739 : f64[] @ models/lib/nn.yaml:79:7
%3741 = sub %2692, %3740 : f64[] @ models/lib/nn.yaml:79:7
%3742 = div %1614, %3741 : f64[] @ models/lib/nn.yaml:79:7
%3743 = pow %2707, %3739 : f64[] @ models/lib/nn.yaml:79:7
%3744 = sub %2692, %3743 : f64[] @ models/lib/nn.yaml:79:7
%3745 = sqrt %3744 : f64[] @ models/lib/nn.yaml:79:7
%3746 = div %2692, %3745 : f64[] @ models/lib/nn.yaml:79:7
%3747 = sqrt %3738 : f32[16,64] @ models/lib/nn.yaml:79:7
%3748 = cast %3746 : f32[] @ models/lib/nn.yaml:79:7
%3749 = broadcast %3748 : f32[16,64] @ models/lib/nn.yaml:79:7
%3750 = mul %3747, %3749 : f32[16,64] @ models/lib/nn.yaml:79:7
%3751 = add %3750, %3288 : f32[16,64] @ models/lib/nn.yaml:79:7
%3752 = div %3734, %3751 : f32[16,64] @ models/lib/nn.yaml:79:7
%3753 = cast %3742 : f32[] @ models/lib/nn.yaml:79:7
%3754 = broadcast %3753 : f32[16,64] @ models/lib/nn.yaml:79:7
%3755 = mul %3752, %3754 : f32[16,64] @ models/lib/nn.yaml:79:7
%3756 = sub %3731, %3755 : f32[16,64] @ models/lib/nn.yaml:79:7
%3757 = assign %30, %3756 : f32[16,64] @ models/lib/nn.yaml:79:7
%3758 = assign %3727, %3734 : f32[16,64] @ models/lib/nn.yaml:79:7
%3759 = assign %3728, %3738 : f32[16,64] @ models/lib/nn.yaml:79:7
%3760 = assign %3729, %3730 : i64[] @ models/lib/nn.yaml:79:7
%3761 = mul %114, %3299 : f32[16,64] @ models/lib/nn.yaml:79:7
%3762 = mul %3756, %3301 : f32[16,64] @ models/lib/nn.yaml:79:7
%3763 = add %3761, %3762 : f32[16,64] @ models/lib/nn.yaml:79:7
%3764 = assign %114, %3763 : f32[16,64] @ models/lib/nn.yaml:79:7
%3765 = all_reduce_sum %2393 : f32[16] @ models/lib/nn.yaml:80:7
%3766 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3767 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3768 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3769 = add %3768, %2689 : i64[] @ models/lib/nn.yaml:80:7
%3770 = mul %3765, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%3771 = mul %3766, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%3772 = add %3771, %3770 : f32[16] @ models/lib/nn.yaml:80:7
%3773 = mul %3765, %3765 : f32[16] @ models/lib/nn.yaml:80:7
%3774 = mul %3773, %2803 : f32[16] @ models/lib/nn.yaml:80:7
%3775 = mul %3767, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%3776 = add %3775, %3774 : f32[16] @ models/lib/nn.yaml:80:7
%3777 = cast %3769 : f64[] @ models/lib/nn.yaml:80:7
%3778 = pow %2699, %3777 : f64[] @ models/lib/nn.yaml:80:7
%3779 = sub %2692, %3778 : f64[] @ models/lib/nn.yaml:80:7
%3780 = div %1614, %3779 : f64[] @ models/lib/nn.yaml:80:7
%3781 = pow %2707, %3777 : f64[] @ models/lib/nn.yaml:80:7
%3782 = sub %2692, %3781 : f64[] @ models/lib/nn.yaml:80:7
%3783 = sqrt %3782 : f64[] @ models/lib/nn.yaml:80:7
%3784 = div %2692, %3783 : f64[] @ models/lib/nn.yaml:80:7
%3785 = sqrt %3776 : f32[16] @ models/lib/nn.yaml:80:7
%3786 = cast %3784 : f32[] @ models/lib/nn.yaml:80:7
%3787 = broadcast %3786 : f32[16] @ models/lib/nn.yaml:80:7
%3788 = mul %3785, %3787 : f32[16] @ models/lib/nn.yaml:80:7
%3789 = add %3788, %2820 : f32[16] @ models/lib/nn.yaml:80:7
%3790 = div %3772, %3789 : f32[16] @ models/lib/nn.yaml:80:7
%3791 = cast %3780 : f32[] @ models/lib/nn.yaml:80:7
%3792 = broadcast %3791 : f32[16] @ models/lib/nn.yaml:80:7
%3793 = mul %3790, %3792 : f32[16] @ models/lib/nn.yaml:80:7
%3794 = sub %31, %3793 : f32[16] @ models/lib/nn.yaml:80:7
%3795 = assign %31, %3794 : f32[16] @ models/lib/nn.yaml:80:7
%3796 = assign %3766, %3772 : f32[16] @ models/lib/nn.yaml:80:7
%3797 = assign %3767, %3776 : f32[16] @ models/lib/nn.yaml:80:7
%3798 = assign %3768, %3769 : i64[] @ models/lib/nn.yaml:80:7
%3799 = mul %115, %2831 : f32[16] @ models/lib/nn.yaml:80:7
%3800 = mul %3794, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%3801 = add %3799, %3800 : f32[16] @ models/lib/nn.yaml:80:7
%3802 = assign %115, %3801 : f32[16] @ models/lib/nn.yaml:80:7
%3803 = all_reduce_sum %2387 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3804 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3805 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3806 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%3807 = add %3806, %2689 : i64[] @ models/lib/vit.yaml:103:7
%3808 = broadcast %2694 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3809 = mul %32, %3808 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3810 = broadcast %1617 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3811 = mul %3803, %3810 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3812 = broadcast %1020 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3813 = mul %3804, %3812 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3814 = add %3813, %3811 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3815 = mul %3803, %3803 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3816 = broadcast %2704 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3817 = mul %3815, %3816 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3818 = broadcast %2708 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3819 = mul %3805, %3818 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3820 = add %3819, %3817 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3821 = cast %3807 : f64[] @ models/lib/vit.yaml:103:7
%3822 = pow %2699, %3821 : f64[] @ models/lib/vit.yaml:103:7
%3823 = sub %2692, %3822 : f64[] @ models/lib/vit.yaml:103:7
%3824 = div %1614, %3823 : f64[] @ models/lib/vit.yaml:103:7
%3825 = pow %2707, %3821 : f64[] @ models/lib/vit.yaml:103:7
%3826 = sub %2692, %3825 : f64[] @ models/lib/vit.yaml:103:7
%3827 = sqrt %3826 : f64[] @ models/lib/vit.yaml:103:7
%3828 = div %2692, %3827 : f64[] @ models/lib/vit.yaml:103:7
%3829 = sqrt %3820 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3830 = cast %3828 : f32[] @ models/lib/vit.yaml:103:7
%3831 = broadcast %3830 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3832 = mul %3829, %3831 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3833 = broadcast %2724 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3834 = add %3832, %3833 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3835 = div %3814, %3834 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3836 = cast %3824 : f32[] @ models/lib/vit.yaml:103:7
%3837 = broadcast %3836 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3838 = mul %3835, %3837 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3839 = sub %3809, %3838 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3840 = assign %32, %3839 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3841 = assign %3804, %3814 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3842 = assign %3805, %3820 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3843 = assign %3806, %3807 : i64[] @ models/lib/vit.yaml:103:7
%3844 = broadcast %2736 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3845 = mul %116, %3844 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3846 = broadcast %2740 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3847 = mul %3839, %3846 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3848 = add %3845, %3847 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3849 = assign %116, %3848 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%3850 = all_reduce_sum %2365 : f32[16] @ models/lib/nn.yaml:89:7
%3851 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3852 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3853 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3854 = add %3853, %2689 : i64[] @ models/lib/nn.yaml:89:7
%3855 = mul %3850, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%3856 = mul %3851, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%3857 = add %3856, %3855 : f32[16] @ models/lib/nn.yaml:89:7
%3858 = mul %3850, %3850 : f32[16] @ models/lib/nn.yaml:89:7
%3859 = mul %3858, %2803 : f32[16] @ models/lib/nn.yaml:89:7
%3860 = mul %3852, %2805 : f32[16] @ models/lib/nn.yaml:89:7
%3861 = add %3860, %3859 : f32[16] @ models/lib/nn.yaml:89:7
%3862 = cast %3854 : f64[] @ models/lib/nn.yaml:89:7
%3863 = pow %2699, %3862 : f64[] @ models/lib/nn.yaml:89:7
%3864 = sub %2692, %3863 : f64[] @ models/lib/nn.yaml:89:7
%3865 = div %1614, %3864 : f64[] @ models/lib/nn.yaml:89:7
%3866 = pow %2707, %3862 : f64[] @ models/lib/nn.yaml:89:7
%3867 = sub %2692, %3866 : f64[] @ models/lib/nn.yaml:89:7
%3868 = sqrt %3867 : f64[] @ models/lib/nn.yaml:89:7
%3869 = div %2692, %3868 : f64[] @ models/lib/nn.yaml:89:7
%3870 = sqrt %3861 : f32[16] @ models/lib/nn.yaml:89:7
%3871 = cast %3869 : f32[] @ models/lib/nn.yaml:89:7
%3872 = broadcast %3871 : f32[16] @ models/lib/nn.yaml:89:7
%3873 = mul %3870, %3872 : f32[16] @ models/lib/nn.yaml:89:7
%3874 = add %3873, %2820 : f32[16] @ models/lib/nn.yaml:89:7
%3875 = div %3857, %3874 : f32[16] @ models/lib/nn.yaml:89:7
%3876 = cast %3865 : f32[] @ models/lib/nn.yaml:89:7
%3877 = broadcast %3876 : f32[16] @ models/lib/nn.yaml:89:7
%3878 = mul %3875, %3877 : f32[16] @ models/lib/nn.yaml:89:7
%3879 = sub %33, %3878 : f32[16] @ models/lib/nn.yaml:89:7
%3880 = assign %33, %3879 : f32[16] @ models/lib/nn.yaml:89:7
%3881 = assign %3851, %3857 : f32[16] @ models/lib/nn.yaml:89:7
%3882 = assign %3852, %3861 : f32[16] @ models/lib/nn.yaml:89:7
%3883 = assign %3853, %3854 : i64[] @ models/lib/nn.yaml:89:7
%3884 = mul %117, %2831 : f32[16] @ models/lib/nn.yaml:89:7
%3885 = mul %3879, %2833 : f32[16] @ models/lib/nn.yaml:89:7
%3886 = add %3884, %3885 : f32[16] @ models/lib/nn.yaml:89:7
%3887 = assign %117, %3886 : f32[16] @ models/lib/nn.yaml:89:7
%3888 = all_reduce_sum %2359 : f32[16] @ models/lib/nn.yaml:90:7
%3889 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3890 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3891 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3892 = add %3891, %2689 : i64[] @ models/lib/nn.yaml:90:7
%3893 = mul %3888, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%3894 = mul %3889, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%3895 = add %3894, %3893 : f32[16] @ models/lib/nn.yaml:90:7
%3896 = mul %3888, %3888 : f32[16] @ models/lib/nn.yaml:90:7
%3897 = mul %3896, %2803 : f32[16] @ models/lib/nn.yaml:90:7
%3898 = mul %3890, %2805 : f32[16] @ models/lib/nn.yaml:90:7
%3899 = add %3898, %3897 : f32[16] @ models/lib/nn.yaml:90:7
%3900 = cast %3892 : f64[] @ models/lib/nn.yaml:90:7
%3901 = pow %2699, %3900 : f64[] @ models/lib/nn.yaml:90:7
%3902 = sub %2692, %3901 : f64[] @ models/lib/nn.yaml:90:7
%3903 = div %1614, %3902 : f64[] @ models/lib/nn.yaml:90:7
%3904 = pow %2707, %3900 : f64[] @ models/lib/nn.yaml:90:7
%3905 = sub %2692, %3904 : f64[] @ models/lib/nn.yaml:90:7
%3906 = sqrt %3905 : f64[] @ models/lib/nn.yaml:90:7
%3907 = div %2692, %3906 : f64[] @ models/lib/nn.yaml:90:7
%3908 = sqrt %3899 : f32[16] @ models/lib/nn.yaml:90:7
%3909 = cast %3907 : f32[] @ models/lib/nn.yaml:90:7
%3910 = broadcast %3909 : f32[16] @ models/lib/nn.yaml:90:7
%3911 = mul %3908, %3910 : f32[16] @ models/lib/nn.yaml:90:7
%3912 = add %3911, %2820 : f32[16] @ models/lib/nn.yaml:90:7
%3913 = div %3895, %3912 : f32[16] @ models/lib/nn.yaml:90:7
%3914 = cast %3903 : f32[] @ models/lib/nn.yaml:90:7
%3915 = broadcast %3914 : f32[16] @ models/lib/nn.yaml:90:7
%3916 = mul %3913, %3915 : f32[16] @ models/lib/nn.yaml:90:7
%3917 = sub %34, %3916 : f32[16] @ models/lib/nn.yaml:90:7
%3918 = assign %34, %3917 : f32[16] @ models/lib/nn.yaml:90:7
%3919 = assign %3889, %3895 : f32[16] @ models/lib/nn.yaml:90:7
%3920 = assign %3890, %3899 : f32[16] @ models/lib/nn.yaml:90:7
%3921 = assign %3891, %3892 : i64[] @ models/lib/nn.yaml:90:7
%3922 = mul %118, %2831 : f32[16] @ models/lib/nn.yaml:90:7
%3923 = mul %3917, %2833 : f32[16] @ models/lib/nn.yaml:90:7
%3924 = add %3922, %3923 : f32[16] @ models/lib/nn.yaml:90:7
%3925 = assign %118, %3924 : f32[16] @ models/lib/nn.yaml:90:7
%3926 = all_reduce_sum %2353 : f32[16,16] @ models/lib/nn.yaml:79:7
%3927 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3928 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3929 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3930 = add %3929, %2689 : i64[] @ models/lib/nn.yaml:79:7
%3931 = mul %35, %3010 : f32[16,16] @ models/lib/nn.yaml:79:7
%3932 = mul %3926, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%3933 = mul %3927, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%3934 = add %3933, %3932 : f32[16,16] @ models/lib/nn.yaml:79:7
%3935 = mul %3926, %3926 : f32[16,16] @ models/lib/nn.yaml:79:7
%3936 = mul %3935, %3018 : f32[16,16] @ models/lib/nn.yaml:79:7
%3937 = mul %3928, %3020 : f32[16,16] @ models/lib/nn.yaml:79:7
%3938 = add %3937, %3936 : f32[16,16] @ models/lib/nn.yaml:79:7
%3939 = cast %3930 : f64[] @ models/lib/nn.yaml:79:7
%3940 = pow %2699, %3939 : f64[] @ models/lib/nn.yaml:79:7
%3941 = sub %2692, %3940 : f64[] @ models/lib/nn.yaml:79:7
%3942 = div %1614, %3941 : f64[] @ models/lib/nn.yaml:79:7
%3943 = pow %2707, %3939 : f64[] @ models/lib/nn.yaml:79:7
%3944 = sub %2692, %3943 : f64[] @ models/lib/nn.yaml:79:7
%3945 = sqrt %3944 : f64[] @ models/lib/nn.yaml:79:7
%3946 = div %2692, %3945 : f64[] @ models/lib/nn.yaml:79:7
%3947 = sqrt %3938 : f32[16,16] @ models/lib/nn.yaml:79:7
%3948 = cast %3946 : f32[] @ models/lib/nn.yaml:79:7
%3949 = broadcast %3948 : f32[16,16] @ models/lib/nn.yaml:79:7
%3950 = mul %3947, %3949 : f32[16,16] @ models/lib/nn.yaml:79:7
%3951 = add %3950, %3035 : f32[16,16] @ models/lib/nn.yaml:79:7
%3952 = div %3934, %3951 : f32[16,16] @ models/lib/nn.yaml:79:7
%3953 = cast %3942 : f32[] @ models/lib/nn.yaml:79:7
%3954 = broadcast %3953 : f32[16,16] @ models/lib/nn.yaml:79:7
%3955 = mul %3952, %3954 : f32[16,16] @ models/lib/nn.yaml:79:7
%3956 = sub %3931, %3955 : f32[16,16] @ models/lib/nn.yaml:79:7
%3957 = assign %35, %3956 : f32[16,16] @ models/lib/nn.yaml:79:7
%3958 = assign %3927, %3934 : f32[16,16] @ models/lib/nn.yaml:79:7
%3959 = assign %3928, %3938 : f32[16,16] @ models/lib/nn.yaml:79:7
%3960 = assign %3929, %3930 : i64[] @ models/lib/nn.yaml:79:7
%3961 = mul %119, %3046 : f32[16,16] @ models/lib/nn.yaml:79:7
%3962 = mul %3956, %3048 : f32[16,16] @ models/lib/nn.yaml:79:7
%3963 = add %3961, %3962 : f32[16,16] @ models/lib/nn.yaml:79:7
%3964 = assign %119, %3963 : f32[16,16] @ models/lib/nn.yaml:79:7
%3965 = all_reduce_sum %2349 : f32[16] @ models/lib/nn.yaml:80:7
%3966 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3967 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3968 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3969 = add %3968, %2689 : i64[] @ models/lib/nn.yaml:80:7
%3970 = mul %3965, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%3971 = mul %3966, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%3972 = add %3971, %3970 : f32[16] @ models/lib/nn.yaml:80:7
%3973 = mul %3965, %3965 : f32[16] @ models/lib/nn.yaml:80:7
%3974 = mul %3973, %2803 : f32[16] @ models/lib/nn.yaml:80:7
%3975 = mul %3967, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%3976 = add %3975, %3974 : f32[16] @ models/lib/nn.yaml:80:7
%3977 = cast %3969 : f64[] @ models/lib/nn.yaml:80:7
%3978 = pow %2699, %3977 : f64[] @ models/lib/nn.yaml:80:7
%3979 = sub %2692, %3978 : f64[] @ models/lib/nn.yaml:80:7
%3980 = div %1614, %3979 : f64[] @ models/lib/nn.yaml:80:7
%3981 = pow %2707, %3977 : f64[] @ models/lib/nn.yaml:80:7
%3982 = sub %2692, %3981 : f64[] @ models/lib/nn.yaml:80:7
%3983 = sqrt %3982 : f64[] @ models/lib/nn.yaml:80:7
%3984 = div %2692, %3983 : f64[] @ models/lib/nn.yaml:80:7
%3985 = sqrt %3976 : f32[16] @ models/lib/nn.yaml:80:7
%3986 = cast %3984 : f32[] @ models/lib/nn.yaml:80:7
%3987 = broadcast %3986 : f32[16] @ models/lib/nn.yaml:80:7
%3988 = mul %3985, %3987 : f32[16] @ models/lib/nn.yaml:80:7
%3989 = add %3988, %2820 : f32[16] @ models/lib/nn.yaml:80:7
%3990 = div %3972, %3989 : f32[16] @ models/lib/nn.yaml:80:7
%3991 = cast %3980 : f32[] @ models/lib/nn.yaml:80:7
%3992 = broadcast %3991 : f32[16] @ models/lib/nn.yaml:80:7
%3993 = mul %3990, %3992 : f32[16] @ models/lib/nn.yaml:80:7
%3994 = sub %36, %3993 : f32[16] @ models/lib/nn.yaml:80:7
%3995 = assign %36, %3994 : f32[16] @ models/lib/nn.yaml:80:7
%3996 = assign %3966, %3972 : f32[16] @ models/lib/nn.yaml:80:7
%3997 = assign %3967, %3976 : f32[16] @ models/lib/nn.yaml:80:7
%3998 = assign %3968, %3969 : i64[] @ models/lib/nn.yaml:80:7
%3999 = mul %120, %2831 : f32[16] @ models/lib/nn.yaml:80:7
%4000 = mul %3994, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%4001 = add %3999, %4000 : f32[16] @ models/lib/nn.yaml:80:7
%4002 = assign %120, %4001 : f32[16] @ models/lib/nn.yaml:80:7
%4003 = all_reduce_sum %2345 : f32[16,16] @ models/lib/nn.yaml:79:7
%4004 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4005 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4006 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4007 = add %4006, %2689 : i64[] @ models/lib/nn.yaml:79:7
%4008 = mul %37, %3010 : f32[16,16] @ models/lib/nn.yaml:79:7
%4009 = mul %4003, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4010 = mul %4004, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%4011 = add %4010, %4009 : f32[16,16] @ models/lib/nn.yaml:79:7
%4012 = mul %4003, %4003 : f32[16,16] @ models/lib/nn.yaml:79:7
%4013 = mul %4012, %3018 : f32[16,16] @ models/lib/nn.yaml:79:7
%4014 = mul %4005, %3020 : f32[16,16] @ models/lib/nn.yaml:79:7
%4015 = add %4014, %4013 : f32[16,16] @ models/lib/nn.yaml:79:7
%4016 = cast %4007 : f64[] @ models/lib/nn.yaml:79:7
%4017 = pow %2699, %4016 : f64[] @ models/lib/nn.yaml:79:7
%4018 = sub %2692, %4017 : f64[] @ models/lib/nn.yaml:79:7
%4019 = div %1614, %4018 : f64[] @ models/lib/nn.yaml:79:7
%4020 = pow %2707, %4016 : f64[] @ models/lib/nn.yaml:79:7
%4021 = sub %2692, %4020 : f64[] @ models/lib/nn.yaml:79:7
%4022 = sqrt %4021 : f64[] @ models/lib/nn.yaml:79:7
%4023 = div %2692, %4022 : f64[] @ models/lib/nn.yaml:79:7
%4024 = sqrt %4015 : f32[16,16] @ models/lib/nn.yaml:79:7
%4025 = cast %4023 : f32[] @ models/lib/nn.yaml:79:7
%4026 = broadcast %4025 : f32[16,16] @ models/lib/nn.yaml:79:7
%4027 = mul %4024, %4026 : f32[16,16] @ models/lib/nn.yaml:79:7
%4028 = add %4027, %3035 : f32[16,16] @ models/lib/nn.yaml:79:7
%4029 = div %4011, %4028 : f32[16,16] @ models/lib/nn.yaml:79:7
%4030 = cast %4019 : f32[] @ models/lib/nn.yaml:79:7
%4031 = broadcast %4030 : f32[16,16] @ models/lib/nn.yaml:79:7
%4032 = mul %4029, %4031 : f32[16,16] @ models/lib/nn.yaml:79:7
%4033 = sub %4008, %4032 : f32[16,16] @ models/lib/nn.yaml:79:7
%4034 = assign %37, %4033 : f32[16,16] @ models/lib/nn.yaml:79:7
%4035 = assign %4004, %4011 : f32[16,16] @ models/lib/nn.yaml:79:7
%4036 = assign %4005, %4015 : f32[16,16] @ models/lib/nn.yaml:79:7
%4037 = assign %4006, %4007 : i64[] @ models/lib/nn.yaml:79:7
%4038 = mul %121, %3046 : f32[16,16] @ models/lib/nn.yaml:79:7
%4039 = mul %4033, %3048 : f32[16,16] @ models/lib/nn.yaml:79:7
%4040 = add %4038, %4039 : f32[16,16] @ models/lib/nn.yaml:79:7
%4041 = assign %121, %4040 : f32[16,16] @ models/lib/nn.yaml:79:7
%4042 = all_reduce_sum %2341 : f32[16] @ models/lib/nn.yaml:80:7
%4043 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4044 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4045 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4046 = add %4045, %2689 : i64[] @ models/lib/nn.yaml:80:7
%4047 = mul %4042, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4048 = mul %4043, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4049 = add %4048, %4047 : f32[16] @ models/lib/nn.yaml:80:7
%4050 = mul %4042, %4042 : f32[16] @ models/lib/nn.yaml:80:7
%4051 = mul %4050, %2803 : f32[16] @ models/lib/nn.yaml:80:7
%4052 = mul %4044, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%4053 = add %4052, %4051 : f32[16] @ models/lib/nn.yaml:80:7
%4054 = cast %4046 : f64[] @ models/lib/nn.yaml:80:7
%4055 = pow %2699, %4054 : f64[] @ models/lib/nn.yaml:80:7
%4056 = sub %2692, %4055 : f64[] @ models/lib/nn.yaml:80:7
%4057 = div %1614, %4056 : f64[] @ models/lib/nn.yaml:80:7
%4058 = pow %2707, %4054 : f64[] @ models/lib/nn.yaml:80:7
%4059 = sub %2692, %4058 : f64[] @ models/lib/nn.yaml:80:7
%4060 = sqrt %4059 : f64[] @ models/lib/nn.yaml:80:7
%4061 = div %2692, %4060 : f64[] @ models/lib/nn.yaml:80:7
%4062 = sqrt %4053 : f32[16] @ models/lib/nn.yaml:80:7
%4063 = cast %4061 : f32[] @ models/lib/nn.yaml:80:7
%4064 = broadcast %4063 : f32[16] @ models/lib/nn.yaml:80:7
%4065 = mul %4062, %4064 : f32[16] @ models/lib/nn.yaml:80:7
%4066 = add %4065, %2820 : f32[16] @ models/lib/nn.yaml:80:7
%4067 = div %4049, %4066 : f32[16] @ models/lib/nn.yaml:80:7
%4068 = cast %4057 : f32[] @ models/lib/nn.yaml:80:7
%4069 = broadcast %4068 : f32[16] @ models/lib/nn.yaml:80:7
%4070 = mul %4067, %4069 : f32[16] @ models/lib/nn.yaml:80:7
%4071 = sub %38, %4070 : f32[16] @ models/lib/nn.yaml:80:7
%4072 = assign %38, %4071 : f32[16] @ models/lib/nn.yaml:80:7
%4073 = assign %4043, %4049 : f32[16] @ models/lib/nn.yaml:80:7
%4074 = assign %4044, %4053 : f32[16] @ models/lib/nn.yaml:80:7
%4075 = assign %4045, %4046 : i64[] @ models/lib/nn.yaml:80:7
%4076 = mul %122, %2831 : f32[16] @ models/lib/nn.yaml:80:7
%4077 = mul %4071, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%4078 = add %4076, %4077 : f32[16] @ models/lib/nn.yaml:80:7
%4079 = assign %122, %4078 : f32[16] @ models/lib/nn.yaml:80:7
%4080 = all_reduce_sum %2335 : f32[16,16] @ models/lib/nn.yaml:79:7
%4081 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4082 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4083 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4084 = add %4083, %2689 : i64[] @ models/lib/nn.yaml:79:7
%4085 = mul %39, %3010 : f32[16,16] @ models/lib/nn.yaml:79:7
%4086 = mul %4080, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4087 = mul %4081, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%4088 = add %4087, %4086 : f32[16,16] @ models/lib/nn.yaml:79:7
%4089 = mul %4080, %4080 : f32[16,16] @ models/lib/nn.yaml:79:7
%4090 = mul %4089, %3018 : f32[16,16] @ models/lib/nn.yaml:79:7
%4091 = mul %4082, %3020 : f32[16,16] @ models/lib/nn.yaml:79:7
%4092 = add %4091, %4090 : f32[16,16] @ models/lib/nn.yaml:79:7
%4093 = cast %4084 : f64[] @ models/lib/nn.yaml:79:7
%4094 = pow %2699, %4093 : f64[] @ models/lib/nn.yaml:79:7
%4095 = sub %2692, %4094 : f64[] @ models/lib/nn.yaml:79:7
%4096 = div %1614, %4095 : f64[] @ models/lib/nn.yaml:79:7
%4097 = pow %2707, %4093 : f64[] @ models/lib/nn.yaml:79:7
%4098 = sub %2692, %4097 : f64[] @ models/lib/nn.yaml:79:7
%4099 = sqrt %4098 : f64[] @ models/lib/nn.yaml:79:7
%4100 = div %2692, %4099 : f64[] @ models/lib/nn.yaml:79:7
%4101 = sqrt %4092 : f32[16,16] @ models/lib/nn.yaml:79:7
%4102 = cast %4100 : f32[] @ models/lib/nn.yaml:79:7
%4103 = broadcast %4102 : f32[16,16] @ models/lib/nn.yaml:79:7
%4104 = mul %4101, %4103 : f32[16,16] @ models/lib/nn.yaml:79:7
%4105 = add %4104, %3035 : f32[16,16] @ models/lib/nn.yaml:79:7
%4106 = div %4088, %4105 : f32[16,16] @ models/lib/nn.yaml:79:7
%4107 = cast %4096 : f32[] @ models/lib/nn.yaml:79:7
%4108 = broadcast %4107 : f32[16,16] @ models/lib/nn.yaml:79:7
%4109 = mul %4106, %4108 : f32[16,16] @ models/lib/nn.yaml:79:7
%4110 = sub %4085, %4109 : f32[16,16] @ models/lib/nn.yaml:79:7
%4111 = assign %39, %4110 : f32[16,16] @ models/lib/nn.yaml:79:7
%4112 = assign %4081, %4088 : f32[16,16] @ models/lib/nn.yaml:79:7
%4113 = assign %4082, %4092 : f32[16,16] @ models/lib/nn.yaml:79:7
%4114 = assign %4083, %4084 : i64[] @ models/lib/nn.yaml:79:7
%4115 = mul %123, %3046 : f32[16,16] @ models/lib/nn.yaml:79:7
%4116 = mul %4110, %3048 : f32[16,16] @ models/lib/nn.yaml:79:7
%4117 = add %4115, %4116 : f32[16,16] @ models/lib/nn.yaml:79:7
%4118 = assign %123, %4117 : f32[16,16] @ models/lib/nn.yaml:79:7
%4119 = all_reduce_sum %2331 : f32[16] @ models/lib/nn.yaml:80:7
%4120 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4121 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4122 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4123 = add %4122, %2689 : i64[] @ models/lib/nn.yaml:80:7
%4124 = mul %4119, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4125 = mul %4120, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4126 = add %4125, %4124 : f32[16] @ models/lib/nn.yaml:80:7
%4127 = mul %4119, %4119 : f32[16] @ models/lib/nn.yaml:80:7
%4128 = mul %4127, %2803 : f32[16] @ models/lib/nn.yaml:80:7
%4129 = mul %4121, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%4130 = add %4129, %4128 : f32[16] @ models/lib/nn.yaml:80:7
%4131 = cast %4123 : f64[] @ models/lib/nn.yaml:80:7
%4132 = pow %2699, %4131 : f64[] @ models/lib/nn.yaml:80:7
%4133 = sub %2692, %4132 : f64[] @ models/lib/nn.yaml:80:7
%4134 = div %1614, %4133 : f64[] @ models/lib/nn.yaml:80:7
%4135 = pow %2707, %4131 : f64[] @ models/lib/nn.yaml:80:7
%4136 = sub %2692, %4135 : f64[] @ models/lib/nn.yaml:80:7
%4137 = sqrt %4136 : f64[] @ models/lib/nn.yaml:80:7
%4138 = div %2692, %4137 : f64[] @ models/lib/nn.yaml:80:7
%4139 = sqrt %4130 : f32[16] @ models/lib/nn.yaml:80:7
%4140 = cast %4138 : f32[] @ models/lib/nn.yaml:80:7
%4141 = broadcast %4140 : f32[16] @ models/lib/nn.yaml:80:7
%4142 = mul %4139, %4141 : f32[16] @ models/lib/nn.yaml:80:7
%4143 = add %4142, %2820 : f32[16] @ models/lib/nn.yaml:80:7
%4144 = div %4126, %4143 : f32[16] @ models/lib/nn.yaml:80:7
%4145 = cast %4134 : f32[] @ models/lib/nn.yaml:80:7
%4146 = broadcast %4145 : f32[16] @ models/lib/nn.yaml:80:7
%4147 = mul %4144, %4146 : f32[16] @ models/lib/nn.yaml:80:7
%4148 = sub %40, %4147 : f32[16] @ models/lib/nn.yaml:80:7
%4149 = assign %40, %4148 : f32[16] @ models/lib/nn.yaml:80:7
%4150 = assign %4120, %4126 : f32[16] @ models/lib/nn.yaml:80:7
%4151 = assign %4121, %4130 : f32[16] @ models/lib/nn.yaml:80:7
%4152 = assign %4122, %4123 : i64[] @ models/lib/nn.yaml:80:7
%4153 = mul %124, %2831 : f32[16] @ models/lib/nn.yaml:80:7
%4154 = mul %4148, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%4155 = add %4153, %4154 : f32[16] @ models/lib/nn.yaml:80:7
%4156 = assign %124, %4155 : f32[16] @ models/lib/nn.yaml:80:7
%4157 = all_reduce_sum %2288 : f32[16,16] @ models/lib/nn.yaml:79:7
%4158 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4159 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4160 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4161 = add %4160, %2689 : i64[] @ models/lib/nn.yaml:79:7
%4162 = mul %41, %3010 : f32[16,16] @ models/lib/nn.yaml:79:7
%4163 = mul %4157, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4164 = mul %4158, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%4165 = add %4164, %4163 : f32[16,16] @ models/lib/nn.yaml:79:7
%4166 = mul %4157, %4157 : f32[16,16] @ models/lib/nn.yaml:79:7
%4167 = mul %4166, %3018 : f32[16,16] @ models/lib/nn.yaml:79:7
%4168 = mul %4159, %3020 : f32[16,16] @ models/lib/nn.yaml:79:7
%4169 = add %4168, %4167 : f32[16,16] @ models/lib/nn.yaml:79:7
%4170 = cast %4161 : f64[] @ models/lib/nn.yaml:79:7
%4171 = pow %2699, %4170 : f64[] @ models/lib/nn.yaml:79:7
%4172 = sub %2692, %4171 : f64[] @ models/lib/nn.yaml:79:7
%4173 = div %1614, %4172 : f64[] @ models/lib/nn.yaml:79:7
%4174 = pow %2707, %4170 : f64[] @ models/lib/nn.yaml:79:7
%4175 = sub %2692, %4174 : f64[] @ models/lib/nn.yaml:79:7
%4176 = sqrt %4175 : f64[] @ models/lib/nn.yaml:79:7
%4177 = div %2692, %4176 : f64[] @ models/lib/nn.yaml:79:7
%4178 = sqrt %4169 : f32[16,16] @ models/lib/nn.yaml:79:7
%4179 = cast %4177 : f32[] @ models/lib/nn.yaml:79:7
%4180 = broadcast %4179 : f32[16,16] @ models/lib/nn.yaml:79:7
%4181 = mul %4178, %4180 : f32[16,16] @ models/lib/nn.yaml:79:7
%4182 = add %4181, %3035 : f32[16,16] @ models/lib/nn.yaml:79:7
%4183 = div %4165, %4182 : f32[16,16] @ models/lib/nn.yaml:79:7
%4184 = cast %4173 : f32[] @ models/lib/nn.yaml:79:7
%4185 = broadcast %4184 : f32[16,16] @ models/lib/nn.yaml:79:7
%4186 = mul %4183, %4185 : f32[16,16] @ models/lib/nn.yaml:79:7
%4187 = sub %4162, %4186 : f32[16,16] @ models/lib/nn.yaml:79:7
%4188 = assign %41, %4187 : f32[16,16] @ models/lib/nn.yaml:79:7
%4189 = assign %4158, %4165 : f32[16,16] @ models/lib/nn.yaml:79:7
%4190 = assign %4159, %4169 : f32[16,16] @ models/lib/nn.yaml:79:7
%4191 = assign %4160, %4161 : i64[] @ models/lib/nn.yaml:79:7
%4192 = mul %125, %3046 : f32[16,16] @ models/lib/nn.yaml:79:7
%4193 = mul %4187, %3048 : f32[16,16] @ models/lib/nn.yaml:79:7
%4194 = add %4192, %4193 : f32[16,16] @ models/lib/nn.yaml:79:7
%4195 = assign %125, %4194 : f32[16,16] @ models/lib/nn.yaml:79:7
%4196 = all_reduce_sum %2284 : f32[16] @ models/lib/nn.yaml:80:7
%4197 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4198 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4199 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4200 = add %4199, %2689 : i64[] @ models/lib/nn.yaml:80:7
%4201 = mul %4196, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4202 = mul %4197, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4203 = add %4202, %4201 : f32[16] @ models/lib/nn.yaml:80:7
%4204 = mul %4196, %4196 : f32[16] @ models/lib/nn.yaml:80:7
%4205 = mul %4204, %2803 : f32[16] @ models/lib/nn.yaml:80:7
%4206 = mul %4198, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%4207 = add %4206, %4205 : f32[16] @ models/lib/nn.yaml:80:7
%4208 = cast %4200 : f64[] @ models/lib/nn.yaml:80:7
%4209 = pow %2699, %4208 : f64[] @ models/lib/nn.yaml:80:7
%4210 = sub %2692, %4209 : f64[] @ models/lib/nn.yaml:80:7
%4211 = div %1614, %4210 : f64[] @ models/lib/nn.yaml:80:7
%4212 = pow %2707, %4208 : f64[] @ models/lib/nn.yaml:80:7
%4213 = sub %2692, %4212 : f64[] @ models/lib/nn.yaml:80:7
%4214 = sqrt %4213 : f64[] @ models/lib/nn.yaml:80:7
%4215 = div %2692, %4214 : f64[] @ models/lib/nn.yaml:80:7
%4216 = sqrt %4207 : f32[16] @ models/lib/nn.yaml:80:7
%4217 = cast %4215 : f32[] @ models/lib/nn.yaml:80:7
%4218 = broadcast %4217 : f32[16] @ models/lib/nn.yaml:80:7
%4219 = mul %4216, %4218 : f32[16] @ models/lib/nn.yaml:80:7
%4220 = add %4219, %2820 : f32[16] @ models/lib/nn.yaml:80:7
%4221 = div %4203, %4220 : f32[16] @ models/lib/nn.yaml:80:7
%4222 = cast %4211 : f32[] @ models/lib/nn.yaml:80:7
%4223 = broadcast %4222 : f32[16] @ models/lib/nn.yaml:80:7
%4224 = mul %4221, %4223 : f32[16] @ models/lib/nn.yaml:80:7
%4225 = sub %42, %4224 : f32[16] @ models/lib/nn.yaml:80:7
%4226 = assign %42, %4225 : f32[16] @ models/lib/nn.yaml:80:7
%4227 = assign %4197, %4203 : f32[16] @ models/lib/nn.yaml:80:7
%4228 = assign %4198, %4207 : f32[16] @ models/lib/nn.yaml:80:7
%4229 = assign %4199, %4200 : i64[] @ models/lib/nn.yaml:80:7
%4230 = mul %126, %2831 : f32[16] @ models/lib/nn.yaml:80:7
%4231 = mul %4225, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%4232 = add %4230, %4231 : f32[16] @ models/lib/nn.yaml:80:7
%4233 = assign %126, %4232 : f32[16] @ models/lib/nn.yaml:80:7
%4234 = all_reduce_sum %2264 : f32[16] @ models/lib/nn.yaml:89:7
%4235 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4236 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4237 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4238 = add %4237, %2689 : i64[] @ models/lib/nn.yaml:89:7
%4239 = mul %4234, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%4240 = mul %4235, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%4241 = add %4240, %4239 : f32[16] @ models/lib/nn.yaml:89:7
%4242 = mul %4234, %4234 : f32[16] @ models/lib/nn.yaml:89:7
%4243 = mul %4242, %2803 : f32[16] @ models/lib/nn.yaml:89:7
%4244 = mul %4236, %2805 : f32[16] @ models/lib/nn.yaml:89:7
%4245 = add %4244, %4243 : f32[16] @ models/lib/nn.yaml:89:7
%4246 = cast %4238 : f64[] @ models/lib/nn.yaml:89:7
%4247 = pow %2699, %4246 : f64[] @ models/lib/nn.yaml:89:7
%4248 = sub %2692, %4247 : f64[] @ models/lib/nn.yaml:89:7
%4249 = div %1614, %4248 : f64[] @ models/lib/nn.yaml:89:7
%4250 = pow %2707, %4246 : f64[] @ models/lib/nn.yaml:89:7
%4251 = sub %2692, %4250 : f64[] @ models/lib/nn.yaml:89:7
%4252 = sqrt %4251 : f64[] @ models/lib/nn.yaml:89:7
%4253 = div %2692, %4252 : f64[] @ models/lib/nn.yaml:89:7
%4254 = sqrt %4245 : f32[16] @ models/lib/nn.yaml:89:7
%4255 = cast %4253 : f32[] @ models/lib/nn.yaml:89:7
%4256 = broadcast %4255 : f32[16] @ models/lib/nn.yaml:89:7
%4257 = mul %4254, %4256 : f32[16] @ models/lib/nn.yaml:89:7
%4258 = add %4257, %2820 : f32[16] @ models/lib/nn.yaml:89:7
%4259 = div %4241, %4258 : f32[16] @ models/lib/nn.yaml:89:7
%4260 = cast %4249 : f32[] @ models/lib/nn.yaml:89:7
%4261 = broadcast %4260 : f32[16] @ models/lib/nn.yaml:89:7
%4262 = mul %4259, %4261 : f32[16] @ models/lib/nn.yaml:89:7
%4263 = sub %43, %4262 : f32[16] @ models/lib/nn.yaml:89:7
%4264 = assign %43, %4263 : f32[16] @ models/lib/nn.yaml:89:7
%4265 = assign %4235, %4241 : f32[16] @ models/lib/nn.yaml:89:7
%4266 = assign %4236, %4245 : f32[16] @ models/lib/nn.yaml:89:7
%4267 = assign %4237, %4238 : i64[] @ models/lib/nn.yaml:89:7
%4268 = mul %127, %2831 : f32[16] @ models/lib/nn.yaml:89:7
%4269 = mul %4263, %2833 : f32[16] @ models/lib/nn.yaml:89:7
%4270 = add %4268, %4269 : f32[16] @ models/lib/nn.yaml:89:7
%4271 = assign %127, %4270 : f32[16] @ models/lib/nn.yaml:89:7
%4272 = all_reduce_sum %2260 : f32[16] @ models/lib/nn.yaml:90:7
%4273 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4274 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4275 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4276 = add %4275, %2689 : i64[] @ models/lib/nn.yaml:90:7
%4277 = mul %4272, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%4278 = mul %4273, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%4279 = add %4278, %4277 : f32[16] @ models/lib/nn.yaml:90:7
%4280 = mul %4272, %4272 : f32[16] @ models/lib/nn.yaml:90:7
%4281 = mul %4280, %2803 : f32[16] @ models/lib/nn.yaml:90:7
%4282 = mul %4274, %2805 : f32[16] @ models/lib/nn.yaml:90:7
%4283 = add %4282, %4281 : f32[16] @ models/lib/nn.yaml:90:7
%4284 = cast %4276 : f64[] @ models/lib/nn.yaml:90:7
%4285 = pow %2699, %4284 : f64[] @ models/lib/nn.yaml:90:7
%4286 = sub %2692, %4285 : f64[] @ models/lib/nn.yaml:90:7
%4287 = div %1614, %4286 : f64[] @ models/lib/nn.yaml:90:7
%4288 = pow %2707, %4284 : f64[] @ models/lib/nn.yaml:90:7
%4289 = sub %2692, %4288 : f64[] @ models/lib/nn.yaml:90:7
%4290 = sqrt %4289 : f64[] @ models/lib/nn.yaml:90:7
%4291 = div %2692, %4290 : f64[] @ models/lib/nn.yaml:90:7
%4292 = sqrt %4283 : f32[16] @ models/lib/nn.yaml:90:7
%4293 = cast %4291 : f32[] @ models/lib/nn.yaml:90:7
%4294 = broadcast %4293 : f32[16] @ models/lib/nn.yaml:90:7
%4295 = mul %4292, %4294 : f32[16] @ models/lib/nn.yaml:90:7
%4296 = add %4295, %2820 : f32[16] @ models/lib/nn.yaml:90:7
%4297 = div %4279, %4296 : f32[16] @ models/lib/nn.yaml:90:7
%4298 = cast %4287 : f32[] @ models/lib/nn.yaml:90:7
%4299 = broadcast %4298 : f32[16] @ models/lib/nn.yaml:90:7
%4300 = mul %4297, %4299 : f32[16] @ models/lib/nn.yaml:90:7
%4301 = sub %44, %4300 : f32[16] @ models/lib/nn.yaml:90:7
%4302 = assign %44, %4301 : f32[16] @ models/lib/nn.yaml:90:7
%4303 = assign %4273, %4279 : f32[16] @ models/lib/nn.yaml:90:7
%4304 = assign %4274, %4283 : f32[16] @ models/lib/nn.yaml:90:7
%4305 = assign %4275, %4276 : i64[] @ models/lib/nn.yaml:90:7
%4306 = mul %128, %2831 : f32[16] @ models/lib/nn.yaml:90:7
%4307 = mul %4301, %2833 : f32[16] @ models/lib/nn.yaml:90:7
%4308 = add %4306, %4307 : f32[16] @ models/lib/nn.yaml:90:7
%4309 = assign %128, %4308 : f32[16] @ models/lib/nn.yaml:90:7
%4310 = all_reduce_sum %2258 : f32[64,16] @ models/lib/nn.yaml:79:7
%4311 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4312 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4313 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4314 = add %4313, %2689 : i64[] @ models/lib/nn.yaml:79:7
%4315 = mul %45, %3171 : f32[64,16] @ models/lib/nn.yaml:79:7
%4316 = mul %4310, %3173 : f32[64,16] @ models/lib/nn.yaml:79:7
%4317 = mul %4311, %3175 : f32[64,16] @ models/lib/nn.yaml:79:7
%4318 = add %4317, %4316 : f32[64,16] @ models/lib/nn.yaml:79:7
%4319 = mul %4310, %4310 : f32[64,16] @ models/lib/nn.yaml:79:7
%4320 = mul %4319, %3179 : f32[64,16] @ models/lib/nn.yaml:79:7
%4321 = mul %4312, %3181 : f32[64,16] @ models/lib/nn.yaml:79:7
%4322 = add %4321, %4320 : f32[64,16] @ models/lib/nn.yaml:79:7
%4323 = cast %4314 : f64[] @ models/lib/nn.yaml:79:7
%4324 = pow %2699, %4323 : f64[] @ models/lib/nn.yaml:79:7
%4325 = sub %2692, %4324 : f64[] @ models/lib/nn.yaml:79:7
%4326 = div %1614, %4325 : f64[] @ models/lib/nn.yaml:79:7
%4327 = pow %2707, %4323 : f64[] @ models/lib/nn.yaml:79:7
%4328 = sub %2692, %4327 : f64[] @ models/lib/nn.yaml:79:7
%4329 = sqrt %4328 : f64[] @ models/lib/nn.yaml:79:7
%4330 = div %2692, %4329 : f64[] @ models/lib/nn.yaml:79:7
%4331 = sqrt %4322 : f32[64,16] @ models/lib/nn.yaml:79:7
%4332 = cast %4330 : f32[] @ models/lib/nn.yaml:79:7
%4333 = broadcast %4332 : f32[64,16] @ models/lib/nn.yaml:79:7
%4334 = mul %4331, %4333 : f32[64,16] @ models/lib/nn.yaml:79:7
%4335 = add %4334, %3196 : f32[64,16] @ models/lib/nn.yaml:79:7
%4336 = div %4318, %4335 : f32[64,16] @ models/lib/nn.yaml:79:7
%4337 = cast %4326 : f32[] @ models/lib/nn.yaml:79:7
%4338 = broadcast %4337 : f32[64,16] @ models/lib/nn.yaml:79:7
%4339 = mul %4336, %4338 : f32[64,16] @ models/lib/nn.yaml:79:7
%4340 = sub %4315, %4339 : f32[64,16] @ models/lib/nn.yaml:79:7
%4341 = assign %45, %4340 : f32[64,16] @ models/lib/nn.yaml:79:7
%4342 = assign %4311, %4318 : f32[64,16] @ models/lib/nn.yaml:79:7
%4343 = assign %4312, %4322 : f32[64,16] @ models/lib/nn.yaml:79:7
%4344 = assign %4313, %4314 : i64[] @ models/lib/nn.yaml:79:7
%4345 = mul %129, %3207 : f32[64,16] @ models/lib/nn.yaml:79:7
%4346 = mul %4340, %3209 : f32[64,16] @ models/lib/nn.yaml:79:7
%4347 = add %4345, %4346 : f32[64,16] @ models/lib/nn.yaml:79:7
%4348 = assign %129, %4347 : f32[64,16] @ models/lib/nn.yaml:79:7
%4349 = all_reduce_sum %2254 : f32[64] @ models/lib/nn.yaml:80:7
%4350 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4351 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4352 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4353 = add %4352, %2689 : i64[] @ models/lib/nn.yaml:80:7
%4354 = mul %4349, %3218 : f32[64] @ models/lib/nn.yaml:80:7
%4355 = mul %4350, %3220 : f32[64] @ models/lib/nn.yaml:80:7
%4356 = add %4355, %4354 : f32[64] @ models/lib/nn.yaml:80:7
%4357 = mul %4349, %4349 : f32[64] @ models/lib/nn.yaml:80:7
%4358 = mul %4357, %3224 : f32[64] @ models/lib/nn.yaml:80:7
%4359 = mul %4351, %3226 : f32[64] @ models/lib/nn.yaml:80:7
%4360 = add %4359, %4358 : f32[64] @ models/lib/nn.yaml:80:7
%4361 = cast %4353 : f64[] @ models/lib/nn.yaml:80:7
%4362 = pow %2699, %4361 : f64[] @ models/lib/nn.yaml:80:7
%4363 = sub %2692, %4362 : f64[] @ models/lib/nn.yaml:80:7
%4364 = div %1614, %4363 : f64[] @ models/lib/nn.yaml:80:7
%4365 = pow %2707, %4361 : f64[] @ models/lib/nn.yaml:80:7
%4366 = sub %2692, %4365 : f64[] @ models/lib/nn.yaml:80:7
%4367 = sqrt %4366 : f64[] @ models/lib/nn.yaml:80:7
%4368 = div %2692, %4367 : f64[] @ models/lib/nn.yaml:80:7
%4369 = sqrt %4360 : f32[64] @ models/lib/nn.yaml:80:7
%4370 = cast %4368 : f32[] @ models/lib/nn.yaml:80:7
%4371 = broadcast %4370 : f32[64] @ models/lib/nn.yaml:80:7
%4372 = mul %4369, %4371 : f32[64] @ models/lib/nn.yaml:80:7
%4373 = add %4372, %3241 : f32[64] @ models/lib/nn.yaml:80:7
%4374 = div %4356, %4373 : f32[64] @ models/lib/nn.yaml:80:7
%4375 = cast %4364 : f32[] @ models/lib/nn.yaml:80:7
%4376 = broadcast %4375 : f32[64] @ models/lib/nn.yaml:80:7
%4377 = mul %4374, %4376 : f32[64] @ models/lib/nn.yaml:80:7
%4378 = sub %46, %4377 : f32[64] @ models/lib/nn.yaml:80:7
%4379 = assign %46, %4378 : f32[64] @ models/lib/nn.yaml:80:7
%4380 = assign %4350, %4356 : f32[64] @ models/lib/nn.yaml:80:7
%4381 = assign %4351, %4360 : f32[64] @ models/lib/nn.yaml:80:7
%4382 = assign %4352, %4353 : i64[] @ models/lib/nn.yaml:80:7
%4383 = mul %130, %3252 : f32[64] @ models/lib/nn.yaml:80:7
%4384 = mul %4378, %3254 : f32[64] @ models/lib/nn.yaml:80:7
%4385 = add %4383, %4384 : f32[64] @ models/lib/nn.yaml:80:7
%4386 = assign %130, %4385 : f32[64] @ models/lib/nn.yaml:80:7
%4387 = all_reduce_sum %2242 : f32[16,64] @ models/lib/nn.yaml:79:7
%4388 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4389 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4390 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4391 = add %4390, %2689 : i64[] @ models/lib/nn.yaml:79:7
%4392 = mul %47, %3263 : f32[16,64] @ models/lib/nn.yaml:79:7
%4393 = mul %4387, %3265 : f32[16,64] @ models/lib/nn.yaml:79:7
%4394 = mul %4388, %3267 : f32[16,64] @ models/lib/nn.yaml:79:7
%4395 = add %4394, %4393 : f32[16,64] @ models/lib/nn.yaml:79:7
%4396 = mul %4387, %4387 : f32[16,64] @ models/lib/nn.yaml:79:7
%4397 = mul %4396, %3271 : f32[16,64] @ models/lib/nn.yaml:79:7
%4398 = mul %4389, %3273 : f32[16,64] @ models/lib/nn.yaml:79:7
%4399 = add %4398, %4397 : f32[16,64] @ models/lib/nn.yaml:79:7
%4400 = cast %4391 : f64[] @ models/lib/nn.yaml:79:7
%4401 = pow %2699, %4400 : f64[] @ models/lib/nn.yaml:79:7
%4402 = sub %2692, %4401 : f64[] @ models/lib/nn.yaml:79:7
%4403 = div %1614, %4402 : f64[] @ models/lib/nn.yaml:79:7
%4404 = pow %2707, %4400 : f64[] @ models/lib/nn.yaml:79:7
%4405 = sub %2692, %4404 : f64[] @ models/lib/nn.yaml:79:7
%4406 = sqrt %4405 : f64[] @ models/lib/nn.yaml:79:7
%4407 = div %2692, %4406 : f64[] @ models/lib/nn.yaml:79:7
%4408 = sqrt %4399 : f32[16,64] @ models/lib/nn.yaml:79:7
%4409 = cast %4407 : f32[] @ models/lib/nn.yaml:79:7
%4410 = broadcast %4409 : f32[16,64] @ models/lib/nn.yaml:79:7
%4411 = mul %4408, %4410 : f32[16,64] @ models/lib/nn.yaml:79:7
%4412 = add %4411, %3288 : f32[16,64] @ models/lib/nn.yaml:79:7
%4413 = div %4395, %4412 : f32[16,64] @ models/lib/nn.yaml:79:7
%4414 = cast %4403 : f32[] @ models/lib/nn.yaml:79:7
%4415 = broadcast %4414 : f32[16,64] @ models/lib/nn.yaml:79:7
%4416 = mul %4413, %4415 : f32[16,64] @ models/lib/nn.yaml:79:7
%4417 = sub %4392, %4416 : f32[16,64] @ models/lib/nn.yaml:79:7
%4418 = assign %47, %4417 : f32[16,64] @ models/lib/nn.yaml:79:7
%4419 = assign %4388, %4395 : f32[16,64] @ models/lib/nn.yaml:79:7
%4420 = assign %4389, %4399 : f32[16,64] @ models/lib/nn.yaml:79:7
%4421 = assign %4390, %4391 : i64[] @ models/lib/nn.yaml:79:7
%4422 = mul %131, %3299 : f32[16,64] @ models/lib/nn.yaml:79:7
%4423 = mul %4417, %3301 : f32[16,64] @ models/lib/nn.yaml:79:7
%4424 = add %4422, %4423 : f32[16,64] @ models/lib/nn.yaml:79:7
%4425 = assign %131, %4424 : f32[16,64] @ models/lib/nn.yaml:79:7
%4426 = all_reduce_sum %2238 : f32[16] @ models/lib/nn.yaml:80:7
%4427 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4428 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4429 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4430 = add %4429, %2689 : i64[] @ models/lib/nn.yaml:80:7
%4431 = mul %4426, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4432 = mul %4427, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4433 = add %4432, %4431 : f32[16] @ models/lib/nn.yaml:80:7
%4434 = mul %4426, %4426 : f32[16] @ models/lib/nn.yaml:80:7
%4435 = mul %4434, %2803 : f32[16] @ models/lib/nn.yaml:80:7
%4436 = mul %4428, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%4437 = add %4436, %4435 : f32[16] @ models/lib/nn.yaml:80:7
%4438 = cast %4430 : f64[] @ models/lib/nn.yaml:80:7
%4439 = pow %2699, %4438 : f64[] @ models/lib/nn.yaml:80:7
%4440 = sub %2692, %4439 : f64[] @ models/lib/nn.yaml:80:7
%4441 = div %1614, %4440 : f64[] @ models/lib/nn.yaml:80:7
%4442 = pow %2707, %4438 : f64[] @ models/lib/nn.yaml:80:7
%4443 = sub %2692, %4442 : f64[] @ models/lib/nn.yaml:80:7
%4444 = sqrt %4443 : f64[] @ models/lib/nn.yaml:80:7
%4445 = div %2692, %4444 : f64[] @ models/lib/nn.yaml:80:7
%4446 = sqrt %4437 : f32[16] @ models/lib/nn.yaml:80:7
%4447 = cast %4445 : f32[] @ models/lib/nn.yaml:80:7
%4448 = broadcast %4447 : f32[16] @ models/lib/nn.yaml:80:7
%4449 = mul %4446, %4448 : f32[16] @ models/lib/nn.yaml:80:7
%4450 = add %4449, %2820 : f32[16] @ models/lib/nn.yaml:80:7
%4451 = div %4433, %4450 : f32[16] @ models/lib/nn.yaml:80:7
%4452 = cast %4441 : f32[] @ models/lib/nn.yaml:80:7
%4453 = broadcast %4452 : f32[16] @ models/lib/nn.yaml:80:7
%4454 = mul %4451, %4453 : f32[16] @ models/lib/nn.yaml:80:7
%4455 = sub %48, %4454 : f32[16] @ models/lib/nn.yaml:80:7
%4456 = assign %48, %4455 : f32[16] @ models/lib/nn.yaml:80:7
%4457 = assign %4427, %4433 : f32[16] @ models/lib/nn.yaml:80:7
%4458 = assign %4428, %4437 : f32[16] @ models/lib/nn.yaml:80:7
%4459 = assign %4429, %4430 : i64[] @ models/lib/nn.yaml:80:7
%4460 = mul %132, %2831 : f32[16] @ models/lib/nn.yaml:80:7
%4461 = mul %4455, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%4462 = add %4460, %4461 : f32[16] @ models/lib/nn.yaml:80:7
%4463 = assign %132, %4462 : f32[16] @ models/lib/nn.yaml:80:7
%4464 = all_reduce_sum %2215 : f32[16] @ models/lib/nn.yaml:89:7
%4465 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4466 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4467 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4468 = add %4467, %2689 : i64[] @ models/lib/nn.yaml:89:7
%4469 = mul %4464, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%4470 = mul %4465, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%4471 = add %4470, %4469 : f32[16] @ models/lib/nn.yaml:89:7
%4472 = mul %4464, %4464 : f32[16] @ models/lib/nn.yaml:89:7
%4473 = mul %4472, %2803 : f32[16] @ models/lib/nn.yaml:89:7
%4474 = mul %4466, %2805 : f32[16] @ models/lib/nn.yaml:89:7
%4475 = add %4474, %4473 : f32[16] @ models/lib/nn.yaml:89:7
%4476 = cast %4468 : f64[] @ models/lib/nn.yaml:89:7
%4477 = pow %2699, %4476 : f64[] @ models/lib/nn.yaml:89:7
%4478 = sub %2692, %4477 : f64[] @ models/lib/nn.yaml:89:7
%4479 = div %1614, %4478 : f64[] @ models/lib/nn.yaml:89:7
%4480 = pow %2707, %4476 : f64[] @ models/lib/nn.yaml:89:7
%4481 = sub %2692, %4480 : f64[] @ models/lib/nn.yaml:89:7
%4482 = sqrt %4481 : f64[] @ models/lib/nn.yaml:89:7
%4483 = div %2692, %4482 : f64[] @ models/lib/nn.yaml:89:7
%4484 = sqrt %4475 : f32[16] @ models/lib/nn.yaml:89:7
%4485 = cast %4483 : f32[] @ models/lib/nn.yaml:89:7
%4486 = broadcast %4485 : f32[16] @ models/lib/nn.yaml:89:7
%4487 = mul %4484, %4486 : f32[16] @ models/lib/nn.yaml:89:7
%4488 = add %4487, %2820 : f32[16] @ models/lib/nn.yaml:89:7
%4489 = div %4471, %4488 : f32[16] @ models/lib/nn.yaml:89:7
%4490 = cast %4479 : f32[] @ models/lib/nn.yaml:89:7
%4491 = broadcast %4490 : f32[16] @ models/lib/nn.yaml:89:7
%4492 = mul %4489, %4491 : f32[16] @ models/lib/nn.yaml:89:7
%4493 = sub %49, %4492 : f32[16] @ models/lib/nn.yaml:89:7
%4494 = assign %49, %4493 : f32[16] @ models/lib/nn.yaml:89:7
%4495 = assign %4465, %4471 : f32[16] @ models/lib/nn.yaml:89:7
%4496 = assign %4466, %4475 : f32[16] @ models/lib/nn.yaml:89:7
%4497 = assign %4467, %4468 : i64[] @ models/lib/nn.yaml:89:7
%4498 = mul %133, %2831 : f32[16] @ models/lib/nn.yaml:89:7
%4499 = mul %4493, %2833 : f32[16] @ models/lib/nn.yaml:89:7
%4500 = add %4498, %4499 : f32[16] @ models/lib/nn.yaml:89:7
%4501 = assign %133, %4500 : f32[16] @ models/lib/nn.yaml:89:7
%4502 = all_reduce_sum %2209 : f32[16] @ models/lib/nn.yaml:90:7
%4503 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4504 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4505 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4506 = add %4505, %2689 : i64[] @ models/lib/nn.yaml:90:7
%4507 = mul %4502, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%4508 = mul %4503, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%4509 = add %4508, %4507 : f32[16] @ models/lib/nn.yaml:90:7
%4510 = mul %4502, %4502 : f32[16] @ models/lib/nn.yaml:90:7
%4511 = mul %4510, %2803 : f32[16] @ models/lib/nn.yaml:90:7
%4512 = mul %4504, %2805 : f32[16] @ models/lib/nn.yaml:90:7
%4513 = add %4512, %4511 : f32[16] @ models/lib/nn.yaml:90:7
%4514 = cast %4506 : f64[] @ models/lib/nn.yaml:90:7
%4515 = pow %2699, %4514 : f64[] @ models/lib/nn.yaml:90:7
%4516 = sub %2692, %4515 : f64[] @ models/lib/nn.yaml:90:7
%4517 = div %1614, %4516 : f64[] @ models/lib/nn.yaml:90:7
%4518 = pow %2707, %4514 : f64[] @ models/lib/nn.yaml:90:7
%4519 = sub %2692, %4518 : f64[] @ models/lib/nn.yaml:90:7
%4520 = sqrt %4519 : f64[] @ models/lib/nn.yaml:90:7
%4521 = div %2692, %4520 : f64[] @ models/lib/nn.yaml:90:7
%4522 = sqrt %4513 : f32[16] @ models/lib/nn.yaml:90:7
%4523 = cast %4521 : f32[] @ models/lib/nn.yaml:90:7
%4524 = broadcast %4523 : f32[16] @ models/lib/nn.yaml:90:7
%4525 = mul %4522, %4524 : f32[16] @ models/lib/nn.yaml:90:7
%4526 = add %4525, %2820 : f32[16] @ models/lib/nn.yaml:90:7
%4527 = div %4509, %4526 : f32[16] @ models/lib/nn.yaml:90:7
%4528 = cast %4517 : f32[] @ models/lib/nn.yaml:90:7
%4529 = broadcast %4528 : f32[16] @ models/lib/nn.yaml:90:7
%4530 = mul %4527, %4529 : f32[16] @ models/lib/nn.yaml:90:7
%4531 = sub %50, %4530 : f32[16] @ models/lib/nn.yaml:90:7
%4532 = assign %50, %4531 : f32[16] @ models/lib/nn.yaml:90:7
%4533 = assign %4503, %4509 : f32[16] @ models/lib/nn.yaml:90:7
%4534 = assign %4504, %4513 : f32[16] @ models/lib/nn.yaml:90:7
%4535 = assign %4505, %4506 : i64[] @ models/lib/nn.yaml:90:7
%4536 = mul %134, %2831 : f32[16] @ models/lib/nn.yaml:90:7
%4537 = mul %4531, %2833 : f32[16] @ models/lib/nn.yaml:90:7
%4538 = add %4536, %4537 : f32[16] @ models/lib/nn.yaml:90:7
%4539 = assign %134, %4538 : f32[16] @ models/lib/nn.yaml:90:7
%4540 = all_reduce_sum %2203 : f32[16,16] @ models/lib/nn.yaml:79:7
%4541 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4542 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4543 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4544 = add %4543, %2689 : i64[] @ models/lib/nn.yaml:79:7
%4545 = mul %51, %3010 : f32[16,16] @ models/lib/nn.yaml:79:7
%4546 = mul %4540, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4547 = mul %4541, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%4548 = add %4547, %4546 : f32[16,16] @ models/lib/nn.yaml:79:7
%4549 = mul %4540, %4540 : f32[16,16] @ models/lib/nn.yaml:79:7
%4550 = mul %4549, %3018 : f32[16,16] @ models/lib/nn.yaml:79:7
%4551 = mul %4542, %3020 : f32[16,16] @ models/lib/nn.yaml:79:7
%4552 = add %4551, %4550 : f32[16,16] @ models/lib/nn.yaml:79:7
%4553 = cast %4544 : f64[] @ models/lib/nn.yaml:79:7
%4554 = pow %2699, %4553 : f64[] @ models/lib/nn.yaml:79:7
%4555 = sub %2692, %4554 : f64[] @ models/lib/nn.yaml:79:7
%4556 = div %1614, %4555 : f64[] @ models/lib/nn.yaml:79:7
%4557 = pow %2707, %4553 : f64[] @ models/lib/nn.yaml:79:7
%4558 = sub %2692, %4557 : f64[] @ models/lib/nn.yaml:79:7
%4559 = sqrt %4558 : f64[] @ models/lib/nn.yaml:79:7
%4560 = div %2692, %4559 : f64[] @ models/lib/nn.yaml:79:7
%4561 = sqrt %4552 : f32[16,16] @ models/lib/nn.yaml:79:7
%4562 = cast %4560 : f32[] @ models/lib/nn.yaml:79:7
%4563 = broadcast %4562 : f32[16,16] @ models/lib/nn.yaml:79:7
%4564 = mul %4561, %4563 : f32[16,16] @ models/lib/nn.yaml:79:7
%4565 = add %4564, %3035 : f32[16,16] @ models/lib/nn.yaml:79:7
%4566 = div %4548, %4565 : f32[16,16] @ models/lib/nn.yaml:79:7
%4567 = cast %4556 : f32[] @ models/lib/nn.yaml:79:7
%4568 = broadcast %4567 : f32[16,16] @ models/lib/nn.yaml:79:7
%4569 = mul %4566, %4568 : f32[16,16] @ models/lib/nn.yaml:79:7
%4570 = sub %4545, %4569 : f32[16,16] @ models/lib/nn.yaml:79:7
%4571 = assign %51, %4570 : f32[16,16] @ models/lib/nn.yaml:79:7
%4572 = assign %4541, %4548 : f32[16,16] @ models/lib/nn.yaml:79:7
%4573 = assign %4542, %4552 : f32[16,16] @ models/lib/nn.yaml:79:7
%4574 = assign %4543, %4544 : i64[] @ models/lib/nn.yaml:79:7
%4575 = mul %135, %3046 : f32[16,16] @ models/lib/nn.yaml:79:7
%4576 = mul %4570, %3048 : f32[16,16] @ models/lib/nn.yaml:79:7
%4577 = add %4575, %4576 : f32[16,16] @ models/lib/nn.yaml:79:7
%4578 = assign %135, %4577 : f32[16,16] @ models/lib/nn.yaml:79:7
%4579 = all_reduce_sum %2199 : f32[16] @ models/lib/nn.yaml:80:7
%4580 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4581 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4582 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4583 = add %4582, %2689 : i64[] @ models/lib/nn.yaml:80:7
%4584 = mul %4579, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4585 = mul %4580, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4586 = add %4585, %4584 : f32[16] @ models/lib/nn.yaml:80:7
%4587 = mul %4579, %4579 : f32[16] @ models/lib/nn.yaml:80:7
%4588 = mul %4587, %2803 : f32[16] @ models/lib/nn.yaml:80:7
%4589 = mul %4581, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%4590 = add %4589, %4588 : f32[16] @ models/lib/nn.yaml:80:7
%4591 = cast %4583 : f64[] @ models/lib/nn.yaml:80:7
%4592 = pow %2699, %4591 : f64[] @ models/lib/nn.yaml:80:7
%4593 = sub %2692, %4592 : f64[] @ models/lib/nn.yaml:80:7
%4594 = div %1614, %4593 : f64[] @ models/lib/nn.yaml:80:7
%4595 = pow %2707, %4591 : f64[] @ models/lib/nn.yaml:80:7
%4596 = sub %2692, %4595 : f64[] @ models/lib/nn.yaml:80:7
%4597 = sqrt %4596 : f64[] @ models/lib/nn.yaml:80:7
%4598 = div %2692, %4597 : f64[] @ models/lib/nn.yaml:80:7
%4599 = sqrt %4590 : f32[16] @ models/lib/nn.yaml:80:7
%4600 = cast %4598 : f32[] @ models/lib/nn.yaml:80:7
%4601 = broadcast %4600 : f32[16] @ models/lib/nn.yaml:80:7
%4602 = mul %4599, %4601 : f32[16] @ models/lib/nn.yaml:80:7
%4603 = add %4602, %2820 : f32[16] @ models/lib/nn.yaml:80:7
%4604 = div %4586, %4603 : f32[16] @ models/lib/nn.yaml:80:7
%4605 = cast %4594 : f32[] @ models/lib/nn.yaml:80:7
%4606 = broadcast %4605 : f32[16] @ models/lib/nn.yaml:80:7
%4607 = mul %4604, %4606 : f32[16] @ models/lib/nn.yaml:80:7
%4608 = sub %52, %4607 : f32[16] @ models/lib/nn.yaml:80:7
%4609 = assign %52, %4608 : f32[16] @ models/lib/nn.yaml:80:7
%4610 = assign %4580, %4586 : f32[16] @ models/lib/nn.yaml:80:7
%4611 = assign %4581, %4590 : f32[16] @ models/lib/nn.yaml:80:7
%4612 = assign %4582, %4583 : i64[] @ models/lib/nn.yaml:80:7
%4613 = mul %136, %2831 : f32[16] @ models/lib/nn.yaml:80:7
%4614 = mul %4608, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%4615 = add %4613, %4614 : f32[16] @ models/lib/nn.yaml:80:7
%4616 = assign %136, %4615 : f32[16] @ models/lib/nn.yaml:80:7
%4617 = all_reduce_sum %2195 : f32[16,16] @ models/lib/nn.yaml:79:7
%4618 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4619 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4620 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4621 = add %4620, %2689 : i64[] @ models/lib/nn.yaml:79:7
%4622 = mul %53, %3010 : f32[16,16] @ models/lib/nn.yaml:79:7
%4623 = mul %4617, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4624 = mul %4618, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%4625 = add %4624, %4623 : f32[16,16] @ models/lib/nn.yaml:79:7
%4626 = mul %4617, %4617 : f32[16,16] @ models/lib/nn.yaml:79:7
%4627 = mul %4626, %3018 : f32[16,16] @ models/lib/nn.yaml:79:7
%4628 = mul %4619, %3020 : f32[16,16] @ models/lib/nn.yaml:79:7
%4629 = add %4628, %4627 : f32[16,16] @ models/lib/nn.yaml:79:7
%4630 = cast %4621 : f64[] @ models/lib/nn.yaml:79:7
%4631 = pow %2699, %4630 : f64[] @ models/lib/nn.yaml:79:7
%4632 = sub %2692, %4631 : f64[] @ models/lib/nn.yaml:79:7
%4633 = div %1614, %4632 : f64[] @ models/lib/nn.yaml:79:7
%4634 = pow %2707, %4630 : f64[] @ models/lib/nn.yaml:79:7
%4635 = sub %2692, %4634 : f64[] @ models/lib/nn.yaml:79:7
%4636 = sqrt %4635 : f64[] @ models/lib/nn.yaml:79:7
%4637 = div %2692, %4636 : f64[] @ models/lib/nn.yaml:79:7
%4638 = sqrt %4629 : f32[16,16] @ models/lib/nn.yaml:79:7
%4639 = cast %4637 : f32[] @ models/lib/nn.yaml:79:7
%4640 = broadcast %4639 : f32[16,16] @ models/lib/nn.yaml:79:7
%4641 = mul %4638, %4640 : f32[16,16] @ models/lib/nn.yaml:79:7
%4642 = add %4641, %3035 : f32[16,16] @ models/lib/nn.yaml:79:7
%4643 = div %4625, %4642 : f32[16,16] @ models/lib/nn.yaml:79:7
%4644 = cast %4633 : f32[] @ models/lib/nn.yaml:79:7
%4645 = broadcast %4644 : f32[16,16] @ models/lib/nn.yaml:79:7
%4646 = mul %4643, %4645 : f32[16,16] @ models/lib/nn.yaml:79:7
%4647 = sub %4622, %4646 : f32[16,16] @ models/lib/nn.yaml:79:7
%4648 = assign %53, %4647 : f32[16,16] @ models/lib/nn.yaml:79:7
%4649 = assign %4618, %4625 : f32[16,16] @ models/lib/nn.yaml:79:7
%4650 = assign %4619, %4629 : f32[16,16] @ models/lib/nn.yaml:79:7
%4651 = assign %4620, %4621 : i64[] @ models/lib/nn.yaml:79:7
%4652 = mul %137, %3046 : f32[16,16] @ models/lib/nn.yaml:79:7
%4653 = mul %4647, %3048 : f32[16,16] @ models/lib/nn.yaml:79:7
%4654 = add %4652, %4653 : f32[16,16] @ models/lib/nn.yaml:79:7
%4655 = assign %137, %4654 : f32[16,16] @ models/lib/nn.yaml:79:7
%4656 = all_reduce_sum %2191 : f32[16] @ models/lib/nn.yaml:80:7
%4657 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4658 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4659 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4660 = add %4659, %2689 : i64[] @ models/lib/nn.yaml:80:7
%4661 = mul %4656, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4662 = mul %4657, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4663 = add %4662, %4661 : f32[16] @ models/lib/nn.yaml:80:7
%4664 = mul %4656, %4656 : f32[16] @ models/lib/nn.yaml:80:7
%4665 = mul %4664, %2803 : f32[16] @ models/lib/nn.yaml:80:7
%4666 = mul %4658, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%4667 = add %4666, %4665 : f32[16] @ models/lib/nn.yaml:80:7
%4668 = cast %4660 : f64[] @ models/lib/nn.yaml:80:7
%4669 = pow %2699, %4668 : f64[] @ models/lib/nn.yaml:80:7
%4670 = sub %2692, %4669 : f64[] @ models/lib/nn.yaml:80:7
%4671 = div %1614, %4670 : f64[] @ models/lib/nn.yaml:80:7
%4672 = pow %2707, %4668 : f64[] @ models/lib/nn.yaml:80:7
%4673 = sub %2692, %4672 : f64[] @ models/lib/nn.yaml:80:7
%4674 = sqrt %4673 : f64[] @ models/lib/nn.yaml:80:7
%4675 = div %2692, %4674 : f64[] @ models/lib/nn.yaml:80:7
%4676 = sqrt %4667 : f32[16] @ models/lib/nn.yaml:80:7
%4677 = cast %4675 : f32[] @ models/lib/nn.yaml:80:7
%4678 = broadcast %4677 : f32[16] @ models/lib/nn.yaml:80:7
%4679 = mul %4676, %4678 : f32[16] @ models/lib/nn.yaml:80:7
%4680 = add %4679, %2820 : f32[16] @ models/lib/nn.yaml:80:7
%4681 = div %4663, %4680 : f32[16] @ models/lib/nn.yaml:80:7
%4682 = cast %4671 : f32[] @ models/lib/nn.yaml:80:7
%4683 = broadcast %4682 : f32[16] @ models/lib/nn.yaml:80:7
%4684 = mul %4681, %4683 : f32[16] @ models/lib/nn.yaml:80:7
%4685 = sub %54, %4684 : f32[16] @ models/lib/nn.yaml:80:7
%4686 = assign %54, %4685 : f32[16] @ models/lib/nn.yaml:80:7
%4687 = assign %4657, %4663 : f32[16] @ models/lib/nn.yaml:80:7
%4688 = assign %4658, %4667 : f32[16] @ models/lib/nn.yaml:80:7
%4689 = assign %4659, %4660 : i64[] @ models/lib/nn.yaml:80:7
%4690 = mul %138, %2831 : f32[16] @ models/lib/nn.yaml:80:7
%4691 = mul %4685, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%4692 = add %4690, %4691 : f32[16] @ models/lib/nn.yaml:80:7
%4693 = assign %138, %4692 : f32[16] @ models/lib/nn.yaml:80:7
%4694 = all_reduce_sum %2185 : f32[16,16] @ models/lib/nn.yaml:79:7
%4695 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4696 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4697 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4698 = add %4697, %2689 : i64[] @ models/lib/nn.yaml:79:7
%4699 = mul %55, %3010 : f32[16,16] @ models/lib/nn.yaml:79:7
%4700 = mul %4694, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4701 = mul %4695, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%4702 = add %4701, %4700 : f32[16,16] @ models/lib/nn.yaml:79:7
%4703 = mul %4694, %4694 : f32[16,16] @ models/lib/nn.yaml:79:7
%4704 = mul %4703, %3018 : f32[16,16] @ models/lib/nn.yaml:79:7
%4705 = mul %4696, %3020 : f32[16,16] @ models/lib/nn.yaml:79:7
%4706 = add %4705, %4704 : f32[16,16] @ models/lib/nn.yaml:79:7
%4707 = cast %4698 : f64[] @ models/lib/nn.yaml:79:7
%4708 = pow %2699, %4707 : f64[] @ models/lib/nn.yaml:79:7
%4709 = sub %2692, %4708 : f64[] @ models/lib/nn.yaml:79:7
%4710 = div %1614, %4709 : f64[] @ models/lib/nn.yaml:79:7
%4711 = pow %2707, %4707 : f64[] @ models/lib/nn.yaml:79:7
%4712 = sub %2692, %4711 : f64[] @ models/lib/nn.yaml:79:7
%4713 = sqrt %4712 : f64[] @ models/lib/nn.yaml:79:7
%4714 = div %2692, %4713 : f64[] @ models/lib/nn.yaml:79:7
%4715 = sqrt %4706 : f32[16,16] @ models/lib/nn.yaml:79:7
%4716 = cast %4714 : f32[] @ models/lib/nn.yaml:79:7
%4717 = broadcast %4716 : f32[16,16] @ models/lib/nn.yaml:79:7
%4718 = mul %4715, %4717 : f32[16,16] @ models/lib/nn.yaml:79:7
%4719 = add %4718, %3035 : f32[16,16] @ models/lib/nn.yaml:79:7
%4720 = div %4702, %4719 : f32[16,16] @ models/lib/nn.yaml:79:7
%4721 = cast %4710 : f32[] @ models/lib/nn.yaml:79:7
%4722 = broadcast %4721 : f32[16,16] @ models/lib/nn.yaml:79:7
%4723 = mul %4720, %4722 : f32[16,16] @ models/lib/nn.yaml:79:7
%4724 = sub %4699, %4723 : f32[16,16] @ models/lib/nn.yaml:79:7
%4725 = assign %55, %4724 : f32[16,16] @ models/lib/nn.yaml:79:7
%4726 = assign %4695, %4702 : f32[16,16] @ models/lib/nn.yaml:79:7
%4727 = assign %4696, %4706 : f32[16,16] @ models/lib/nn.yaml:79:7
%4728 = assign %4697, %4698 : i64[] @ models/lib/nn.yaml:79:7
%4729 = mul %139, %3046 : f32[16,16] @ models/lib/nn.yaml:79:7
%4730 = mul %4724, %3048 : f32[16,16] @ models/lib/nn.yaml:79:7
%4731 = add %4729, %4730 : f32[16,16] @ models/lib/nn.yaml:79:7
%4732 = assign %139, %4731 : f32[16,16] @ models/lib/nn.yaml:79:7
%4733 = all_reduce_sum %2181 : f32[16] @ models/lib/nn.yaml:80:7
%4734 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4735 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4736 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4737 = add %4736, %2689 : i64[] @ models/lib/nn.yaml:80:7
%4738 = mul %4733, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4739 = mul %4734, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4740 = add %4739, %4738 : f32[16] @ models/lib/nn.yaml:80:7
%4741 = mul %4733, %4733 : f32[16] @ models/lib/nn.yaml:80:7
%4742 = mul %4741, %2803 : f32[16] @ models/lib/nn.yaml:80:7
%4743 = mul %4735, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%4744 = add %4743, %4742 : f32[16] @ models/lib/nn.yaml:80:7
%4745 = cast %4737 : f64[] @ models/lib/nn.yaml:80:7
%4746 = pow %2699, %4745 : f64[] @ models/lib/nn.yaml:80:7
%4747 = sub %2692, %4746 : f64[] @ models/lib/nn.yaml:80:7
%4748 = div %1614, %4747 : f64[] @ models/lib/nn.yaml:80:7
%4749 = pow %2707, %4745 : f64[] @ models/lib/nn.yaml:80:7
%4750 = sub %2692, %4749 : f64[] @ models/lib/nn.yaml:80:7
%4751 = sqrt %4750 : f64[] @ models/lib/nn.yaml:80:7
%4752 = div %2692, %4751 : f64[] @ models/lib/nn.yaml:80:7
%4753 = sqrt %4744 : f32[16] @ models/lib/nn.yaml:80:7
%4754 = cast %4752 : f32[] @ models/lib/nn.yaml:80:7
%4755 = broadcast %4754 : f32[16] @ models/lib/nn.yaml:80:7
%4756 = mul %4753, %4755 : f32[16] @ models/lib/nn.yaml:80:7
%4757 = add %4756, %2820 : f32[16] @ models/lib/nn.yaml:80:7
%4758 = div %4740, %4757 : f32[16] @ models/lib/nn.yaml:80:7
%4759 = cast %4748 : f32[] @ models/lib/nn.yaml:80:7
%4760 = broadcast %4759 : f32[16] @ models/lib/nn.yaml:80:7
%4761 = mul %4758, %4760 : f32[16] @ models/lib/nn.yaml:80:7
%4762 = sub %56, %4761 : f32[16] @ models/lib/nn.yaml:80:7
%4763 = assign %56, %4762 : f32[16] @ models/lib/nn.yaml:80:7
%4764 = assign %4734, %4740 : f32[16] @ models/lib/nn.yaml:80:7
%4765 = assign %4735, %4744 : f32[16] @ models/lib/nn.yaml:80:7
%4766 = assign %4736, %4737 : i64[] @ models/lib/nn.yaml:80:7
%4767 = mul %140, %2831 : f32[16] @ models/lib/nn.yaml:80:7
%4768 = mul %4762, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%4769 = add %4767, %4768 : f32[16] @ models/lib/nn.yaml:80:7
%4770 = assign %140, %4769 : f32[16] @ models/lib/nn.yaml:80:7
%4771 = all_reduce_sum %2138 : f32[16,16] @ models/lib/nn.yaml:79:7
%4772 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4773 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4774 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4775 = add %4774, %2689 : i64[] @ models/lib/nn.yaml:79:7
%4776 = mul %57, %3010 : f32[16,16] @ models/lib/nn.yaml:79:7
%4777 = mul %4771, %3012 : f32[16,16] @ models/lib/nn.yaml:79:7
%4778 = mul %4772, %3014 : f32[16,16] @ models/lib/nn.yaml:79:7
%4779 = add %4778, %4777 : f32[16,16] @ models/lib/nn.yaml:79:7
%4780 = mul %4771, %4771 : f32[16,16] @ models/lib/nn.yaml:79:7
%4781 = mul %4780, %3018 : f32[16,16] @ models/lib/nn.yaml:79:7
%4782 = mul %4773, %3020 : f32[16,16] @ models/lib/nn.yaml:79:7
%4783 = add %4782, %4781 : f32[16,16] @ models/lib/nn.yaml:79:7
%4784 = cast %4775 : f64[] @ models/lib/nn.yaml:79:7
%4785 = pow %2699, %4784 : f64[] @ models/lib/nn.yaml:79:7
%4786 = sub %2692, %4785 : f64[] @ models/lib/nn.yaml:79:7
%4787 = div %1614, %4786 : f64[] @ models/lib/nn.yaml:79:7
%4788 = pow %2707, %4784 : f64[] @ models/lib/nn.yaml:79:7
%4789 = sub %2692, %4788 : f64[] @ models/lib/nn.yaml:79:7
%4790 = sqrt %4789 : f64[] @ models/lib/nn.yaml:79:7
%4791 = div %2692, %4790 : f64[] @ models/lib/nn.yaml:79:7
%4792 = sqrt %4783 : f32[16,16] @ models/lib/nn.yaml:79:7
%4793 = cast %4791 : f32[] @ models/lib/nn.yaml:79:7
%4794 = broadcast %4793 : f32[16,16] @ models/lib/nn.yaml:79:7
%4795 = mul %4792, %4794 : f32[16,16] @ models/lib/nn.yaml:79:7
%4796 = add %4795, %3035 : f32[16,16] @ models/lib/nn.yaml:79:7
%4797 = div %4779, %4796 : f32[16,16] @ models/lib/nn.yaml:79:7
%4798 = cast %4787 : f32[] @ models/lib/nn.yaml:79:7
%4799 = broadcast %4798 : f32[16,16] @ models/lib/nn.yaml:79:7
%4800 = mul %4797, %4799 : f32[16,16] @ models/lib/nn.yaml:79:7
%4801 = sub %4776, %4800 : f32[16,16] @ models/lib/nn.yaml:79:7
%4802 = assign %57, %4801 : f32[16,16] @ models/lib/nn.yaml:79:7
%4803 = assign %4772, %4779 : f32[16,16] @ models/lib/nn.yaml:79:7
%4804 = assign %4773, %4783 : f32[16,16] @ models/lib/nn.yaml:79:7
%4805 = assign %4774, %4775 : i64[] @ models/lib/nn.yaml:79:7
%4806 = mul %141, %3046 : f32[16,16] @ models/lib/nn.yaml:79:7
%4807 = mul %4801, %3048 : f32[16,16] @ models/lib/nn.yaml:79:7
%4808 = add %4806, %4807 : f32[16,16] @ models/lib/nn.yaml:79:7
%4809 = assign %141, %4808 : f32[16,16] @ models/lib/nn.yaml:79:7
%4810 = all_reduce_sum %2134 : f32[16] @ models/lib/nn.yaml:80:7
%4811 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4812 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4813 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4814 = add %4813, %2689 : i64[] @ models/lib/nn.yaml:80:7
%4815 = mul %4810, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%4816 = mul %4811, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%4817 = add %4816, %4815 : f32[16] @ models/lib/nn.yaml:80:7
%4818 = mul %4810, %4810 : f32[16] @ models/lib/nn.yaml:80:7
%4819 = mul %4818, %2803 : f32[16] @ models/lib/nn.yaml:80:7
%4820 = mul %4812, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%4821 = add %4820, %4819 : f32[16] @ models/lib/nn.yaml:80:7
%4822 = cast %4814 : f64[] @ models/lib/nn.yaml:80:7
%4823 = pow %2699, %4822 : f64[] @ models/lib/nn.yaml:80:7
%4824 = sub %2692, %4823 : f64[] @ models/lib/nn.yaml:80:7
%4825 = div %1614, %4824 : f64[] @ models/lib/nn.yaml:80:7
%4826 = pow %2707, %4822 : f64[] @ models/lib/nn.yaml:80:7
%4827 = sub %2692, %4826 : f64[] @ models/lib/nn.yaml:80:7
%4828 = sqrt %4827 : f64[] @ models/lib/nn.yaml:80:7
%4829 = div %2692, %4828 : f64[] @ models/lib/nn.yaml:80:7
%4830 = sqrt %4821 : f32[16] @ models/lib/nn.yaml:80:7
%4831 = cast %4829 : f32[] @ models/lib/nn.yaml:80:7
%4832 = broadcast %4831 : f32[16] @ models/lib/nn.yaml:80:7
%4833 = mul %4830, %4832 : f32[16] @ models/lib/nn.yaml:80:7
%4834 = add %4833, %2820 : f32[16] @ models/lib/nn.yaml:80:7
%4835 = div %4817, %4834 : f32[16] @ models/lib/nn.yaml:80:7
%4836 = cast %4825 : f32[] @ models/lib/nn.yaml:80:7
%4837 = broadcast %4836 : f32[16] @ models/lib/nn.yaml:80:7
%4838 = mul %4835, %4837 : f32[16] @ models/lib/nn.yaml:80:7
%4839 = sub %58, %4838 : f32[16] @ models/lib/nn.yaml:80:7
%4840 = assign %58, %4839 : f32[16] @ models/lib/nn.yaml:80:7
%4841 = assign %4811, %4817 : f32[16] @ models/lib/nn.yaml:80:7
%4842 = assign %4812, %4821 : f32[16] @ models/lib/nn.yaml:80:7
%4843 = assign %4813, %4814 : i64[] @ models/lib/nn.yaml:80:7
%4844 = mul %142, %2831 : f32[16] @ models/lib/nn.yaml:80:7
%4845 = mul %4839, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%4846 = add %4844, %4845 : f32[16] @ models/lib/nn.yaml:80:7
%4847 = assign %142, %4846 : f32[16] @ models/lib/nn.yaml:80:7
%4848 = all_reduce_sum %2113 : f32[16] @ models/lib/nn.yaml:89:7
%4849 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4850 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4851 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4852 = add %4851, %2689 : i64[] @ models/lib/nn.yaml:89:7
%4853 = mul %4848, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%4854 = mul %4849, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%4855 = add %4854, %4853 : f32[16] @ models/lib/nn.yaml:89:7
%4856 = mul %4848, %4848 : f32[16] @ models/lib/nn.yaml:89:7
%4857 = mul %4856, %2803 : f32[16] @ models/lib/nn.yaml:89:7
%4858 = mul %4850, %2805 : f32[16] @ models/lib/nn.yaml:89:7
%4859 = add %4858, %4857 : f32[16] @ models/lib/nn.yaml:89:7
%4860 = cast %4852 : f64[] @ models/lib/nn.yaml:89:7
%4861 = pow %2699, %4860 : f64[] @ models/lib/nn.yaml:89:7
%4862 = sub %2692, %4861 : f64[] @ models/lib/nn.yaml:89:7
%4863 = div %1614, %4862 : f64[] @ models/lib/nn.yaml:89:7
%4864 = pow %2707, %4860 : f64[] @ models/lib/nn.yaml:89:7
%4865 = sub %2692, %4864 : f64[] @ models/lib/nn.yaml:89:7
%4866 = sqrt %4865 : f64[] @ models/lib/nn.yaml:89:7
%4867 = div %2692, %4866 : f64[] @ models/lib/nn.yaml:89:7
%4868 = sqrt %4859 : f32[16] @ models/lib/nn.yaml:89:7
%4869 = cast %4867 : f32[] @ models/lib/nn.yaml:89:7
%4870 = broadcast %4869 : f32[16] @ models/lib/nn.yaml:89:7
%4871 = mul %4868, %4870 : f32[16] @ models/lib/nn.yaml:89:7
%4872 = add %4871, %2820 : f32[16] @ models/lib/nn.yaml:89:7
%4873 = div %4855, %4872 : f32[16] @ models/lib/nn.yaml:89:7
%4874 = cast %4863 : f32[] @ models/lib/nn.yaml:89:7
%4875 = broadcast %4874 : f32[16] @ models/lib/nn.yaml:89:7
%4876 = mul %4873, %4875 : f32[16] @ models/lib/nn.yaml:89:7
%4877 = sub %59, %4876 : f32[16] @ models/lib/nn.yaml:89:7
%4878 = assign %59, %4877 : f32[16] @ models/lib/nn.yaml:89:7
%4879 = assign %4849, %4855 : f32[16] @ models/lib/nn.yaml:89:7
%4880 = assign %4850, %4859 : f32[16] @ models/lib/nn.yaml:89:7
%4881 = assign %4851, %4852 : i64[] @ models/lib/nn.yaml:89:7
%4882 = mul %143, %2831 : f32[16] @ models/lib/nn.yaml:89:7
%4883 = mul %4877, %2833 : f32[16] @ models/lib/nn.yaml:89:7
%4884 = add %4882, %4883 : f32[16] @ models/lib/nn.yaml:89:7
%4885 = assign %143, %4884 : f32[16] @ models/lib/nn.yaml:89:7
%4886 = all_reduce_sum %2109 : f32[16] @ models/lib/nn.yaml:90:7
%4887 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4888 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4889 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4890 = add %4889, %2689 : i64[] @ models/lib/nn.yaml:90:7
%4891 = mul %4886, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%4892 = mul %4887, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%4893 = add %4892, %4891 : f32[16] @ models/lib/nn.yaml:90:7
%4894 = mul %4886, %4886 : f32[16] @ models/lib/nn.yaml:90:7
%4895 = mul %4894, %2803 : f32[16] @ models/lib/nn.yaml:90:7
%4896 = mul %4888, %2805 : f32[16] @ models/lib/nn.yaml:90:7
%4897 = add %4896, %4895 : f32[16] @ models/lib/nn.yaml:90:7
%4898 = cast %4890 : f64[] @ models/lib/nn.yaml:90:7
%4899 = pow %2699, %4898 : f64[] @ models/lib/nn.yaml:90:7
%4900 = sub %2692, %4899 : f64[] @ models/lib/nn.yaml:90:7
%4901 = div %1614, %4900 : f64[] @ models/lib/nn.yaml:90:7
%4902 = pow %2707, %4898 : f64[] @ models/lib/nn.yaml:90:7
%4903 = sub %2692, %4902 : f64[] @ models/lib/nn.yaml:90:7
%4904 = sqrt %4903 : f64[] @ models/lib/nn.yaml:90:7
%4905 = div %2692, %4904 : f64[] @ models/lib/nn.yaml:90:7
%4906 = sqrt %4897 : f32[16] @ models/lib/nn.yaml:90:7
%4907 = cast %4905 : f32[] @ models/lib/nn.yaml:90:7
%4908 = broadcast %4907 : f32[16] @ models/lib/nn.yaml:90:7
%4909 = mul %4906, %4908 : f32[16] @ models/lib/nn.yaml:90:7
%4910 = add %4909, %2820 : f32[16] @ models/lib/nn.yaml:90:7
%4911 = div %4893, %4910 : f32[16] @ models/lib/nn.yaml:90:7
%4912 = cast %4901 : f32[] @ models/lib/nn.yaml:90:7
%4913 = broadcast %4912 : f32[16] @ models/lib/nn.yaml:90:7
%4914 = mul %4911, %4913 : f32[16] @ models/lib/nn.yaml:90:7
%4915 = sub %60, %4914 : f32[16] @ models/lib/nn.yaml:90:7
%4916 = assign %60, %4915 : f32[16] @ models/lib/nn.yaml:90:7
%4917 = assign %4887, %4893 : f32[16] @ models/lib/nn.yaml:90:7
%4918 = assign %4888, %4897 : f32[16] @ models/lib/nn.yaml:90:7
%4919 = assign %4889, %4890 : i64[] @ models/lib/nn.yaml:90:7
%4920 = mul %144, %2831 : f32[16] @ models/lib/nn.yaml:90:7
%4921 = mul %4915, %2833 : f32[16] @ models/lib/nn.yaml:90:7
%4922 = add %4920, %4921 : f32[16] @ models/lib/nn.yaml:90:7
%4923 = assign %144, %4922 : f32[16] @ models/lib/nn.yaml:90:7
%4924 = all_reduce_sum %2107 : f32[64,16] @ models/lib/nn.yaml:79:7
%4925 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4926 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4927 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4928 = add %4927, %2689 : i64[] @ models/lib/nn.yaml:79:7
%4929 = mul %61, %3171 : f32[64,16] @ models/lib/nn.yaml:79:7
%4930 = mul %4924, %3173 : f32[64,16] @ models/lib/nn.yaml:79:7
%4931 = mul %4925, %3175 : f32[64,16] @ models/lib/nn.yaml:79:7
%4932 = add %4931, %4930 : f32[64,16] @ models/lib/nn.yaml:79:7
%4933 = mul %4924, %4924 : f32[64,16] @ models/lib/nn.yaml:79:7
%4934 = mul %4933, %3179 : f32[64,16] @ models/lib/nn.yaml:79:7
%4935 = mul %4926, %3181 : f32[64,16] @ models/lib/nn.yaml:79:7
%4936 = add %4935, %4934 : f32[64,16] @ models/lib/nn.yaml:79:7
%4937 = cast %4928 : f64[] @ models/lib/nn.yaml:79:7
%4938 = pow %2699, %4937 : f64[] @ models/lib/nn.yaml:79:7
%4939 = sub %2692, %4938 : f64[] @ models/lib/nn.yaml:79:7
%4940 = div %1614, %4939 : f64[] @ models/lib/nn.yaml:79:7
%4941 = pow %2707, %4937 : f64[] @ models/lib/nn.yaml:79:7
%4942 = sub %2692, %4941 : f64[] @ models/lib/nn.yaml:79:7
%4943 = sqrt %4942 : f64[] @ models/lib/nn.yaml:79:7
%4944 = div %2692, %4943 : f64[] @ models/lib/nn.yaml:79:7
%4945 = sqrt %4936 : f32[64,16] @ models/lib/nn.yaml:79:7
%4946 = cast %4944 : f32[] @ models/lib/nn.yaml:79:7
%4947 = broadcast %4946 : f32[64,16] @ models/lib/nn.yaml:79:7
%4948 = mul %4945, %4947 : f32[64,16] @ models/lib/nn.yaml:79:7
%4949 = add %4948, %3196 : f32[64,16] @ models/lib/nn.yaml:79:7
%4950 = div %4932, %4949 : f32[64,16] @ models/lib/nn.yaml:79:7
%4951 = cast %4940 : f32[] @ models/lib/nn.yaml:79:7
%4952 = broadcast %4951 : f32[64,16] @ models/lib/nn.yaml:79:7
%4953 = mul %4950, %4952 : f32[64,16] @ models/lib/nn.yaml:79:7
%4954 = sub %4929, %4953 : f32[64,16] @ models/lib/nn.yaml:79:7
%4955 = assign %61, %4954 : f32[64,16] @ models/lib/nn.yaml:79:7
%4956 = assign %4925, %4932 : f32[64,16] @ models/lib/nn.yaml:79:7
%4957 = assign %4926, %4936 : f32[64,16] @ models/lib/nn.yaml:79:7
%4958 = assign %4927, %4928 : i64[] @ models/lib/nn.yaml:79:7
%4959 = mul %145, %3207 : f32[64,16] @ models/lib/nn.yaml:79:7
%4960 = mul %4954, %3209 : f32[64,16] @ models/lib/nn.yaml:79:7
%4961 = add %4959, %4960 : f32[64,16] @ models/lib/nn.yaml:79:7
%4962 = assign %145, %4961 : f32[64,16] @ models/lib/nn.yaml:79:7
%4963 = all_reduce_sum %2103 : f32[64] @ models/lib/nn.yaml:80:7
%4964 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4965 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4966 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4967 = add %4966, %2689 : i64[] @ models/lib/nn.yaml:80:7
%4968 = mul %4963, %3218 : f32[64] @ models/lib/nn.yaml:80:7
%4969 = mul %4964, %3220 : f32[64] @ models/lib/nn.yaml:80:7
%4970 = add %4969, %4968 : f32[64] @ models/lib/nn.yaml:80:7
%4971 = mul %4963, %4963 : f32[64] @ models/lib/nn.yaml:80:7
%4972 = mul %4971, %3224 : f32[64] @ models/lib/nn.yaml:80:7
%4973 = mul %4965, %3226 : f32[64] @ models/lib/nn.yaml:80:7
%4974 = add %4973, %4972 : f32[64] @ models/lib/nn.yaml:80:7
%4975 = cast %4967 : f64[] @ models/lib/nn.yaml:80:7
%4976 = pow %2699, %4975 : f64[] @ models/lib/nn.yaml:80:7
%4977 = sub %2692, %4976 : f64[] @ models/lib/nn.yaml:80:7
%4978 = div %1614, %4977 : f64[] @ models/lib/nn.yaml:80:7
%4979 = pow %2707, %4975 : f64[] @ models/lib/nn.yaml:80:7
%4980 = sub %2692, %4979 : f64[] @ models/lib/nn.yaml:80:7
%4981 = sqrt %4980 : f64[] @ models/lib/nn.yaml:80:7
%4982 = div %2692, %4981 : f64[] @ models/lib/nn.yaml:80:7
%4983 = sqrt %4974 : f32[64] @ models/lib/nn.yaml:80:7
%4984 = cast %4982 : f32[] @ models/lib/nn.yaml:80:7
%4985 = broadcast %4984 : f32[64] @ models/lib/nn.yaml:80:7
%4986 = mul %4983, %4985 : f32[64] @ models/lib/nn.yaml:80:7
%4987 = add %4986, %3241 : f32[64] @ models/lib/nn.yaml:80:7
%4988 = div %4970, %4987 : f32[64] @ models/lib/nn.yaml:80:7
%4989 = cast %4978 : f32[] @ models/lib/nn.yaml:80:7
%4990 = broadcast %4989 : f32[64] @ models/lib/nn.yaml:80:7
%4991 = mul %4988, %4990 : f32[64] @ models/lib/nn.yaml:80:7
%4992 = sub %62, %4991 : f32[64] @ models/lib/nn.yaml:80:7
%4993 = assign %62, %4992 : f32[64] @ models/lib/nn.yaml:80:7
%4994 = assign %4964, %4970 : f32[64] @ models/lib/nn.yaml:80:7
%4995 = assign %4965, %4974 : f32[64] @ models/lib/nn.yaml:80:7
%4996 = assign %4966, %4967 : i64[] @ models/lib/nn.yaml:80:7
%4997 = mul %146, %3252 : f32[64] @ models/lib/nn.yaml:80:7
%4998 = mul %4992, %3254 : f32[64] @ models/lib/nn.yaml:80:7
%4999 = add %4997, %4998 : f32[64] @ models/lib/nn.yaml:80:7
%5000 = assign %146, %4999 : f32[64] @ models/lib/nn.yaml:80:7
%5001 = all_reduce_sum %2089 : f32[16,64] @ models/lib/nn.yaml:79:7
%5002 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5003 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5004 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5005 = add %5004, %2689 : i64[] @ models/lib/nn.yaml:79:7
%5006 = mul %63, %3263 : f32[16,64] @ models/lib/nn.yaml:79:7
%5007 = mul %5001, %3265 : f32[16,64] @ models/lib/nn.yaml:79:7
%5008 = mul %5002, %3267 : f32[16,64] @ models/lib/nn.yaml:79:7
%5009 = add %5008, %5007 : f32[16,64] @ models/lib/nn.yaml:79:7
%5010 = mul %5001, %5001 : f32[16,64] @ models/lib/nn.yaml:79:7
%5011 = mul %5010, %3271 : f32[16,64] @ models/lib/nn.yaml:79:7
%5012 = mul %5003, %3273 : f32[16,64] @ models/lib/nn.yaml:79:7
%5013 = add %5012, %5011 : f32[16,64] @ models/lib/nn.yaml:79:7
%5014 = cast %5005 : f64[] @ models/lib/nn.yaml:79:7
%5015 = pow %2699, %5014 : f64[] @ models/lib/nn.yaml:79:7
%5016 = sub %2692, %5015 : f64[] @ models/lib/nn.yaml:79:7
%5017 = div %1614, %5016 : f64[] @ models/lib/nn.yaml:79:7
%5018 = pow %2707, %5014 : f64[] @ models/lib/nn.yaml:79:7
%5019 = sub %2692, %5018 : f64[] @ models/lib/nn.yaml:79:7
%5020 = sqrt %5019 : f64[] @ models/lib/nn.yaml:79:7
%5021 = div %2692, %5020 : f64[] @ models/lib/nn.yaml:79:7
%5022 = sqrt %5013 : f32[16,64] @ models/lib/nn.yaml:79:7
%5023 = cast %5021 : f32[] @ models/lib/nn.yaml:79:7
%5024 = broadcast %5023 : f32[16,64] @ models/lib/nn.yaml:79:7
%5025 = mul %5022, %5024 : f32[16,64] @ models/lib/nn.yaml:79:7
%5026 = add %5025, %3288 : f32[16,64] @ models/lib/nn.yaml:79:7
%5027 = div %5009, %5026 : f32[16,64] @ models/lib/nn.yaml:79:7
%5028 = cast %5017 : f32[] @ models/lib/nn.yaml:79:7
%5029 = broadcast %5028 : f32[16,64] @ models/lib/nn.yaml:79:7
%5030 = mul %5027, %5029 : f32[16,64] @ models/lib/nn.yaml:79:7
%5031 = sub %5006, %5030 : f32[16,64] @ models/lib/nn.yaml:79:7
%5032 = assign %63, %5031 : f32[16,64] @ models/lib/nn.yaml:79:7
%5033 = assign %5002, %5009 : f32[16,64] @ models/lib/nn.yaml:79:7
%5034 = assign %5003, %5013 : f32[16,64] @ models/lib/nn.yaml:79:7
%5035 = assign %5004, %5005 : i64[] @ models/lib/nn.yaml:79:7
%5036 = mul %147, %3299 : f32[16,64] @ models/lib/nn.yaml:79:7
%5037 = mul %5031, %3301 : f32[16,64] @ models/lib/nn.yaml:79:7
%5038 = add %5036, %5037 : f32[16,64] @ models/lib/nn.yaml:79:7
%5039 = assign %147, %5038 : f32[16,64] @ models/lib/nn.yaml:79:7
%5040 = all_reduce_sum %2085 : f32[16] @ models/lib/nn.yaml:80:7
%5041 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5042 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5043 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5044 = add %5043, %2689 : i64[] @ models/lib/nn.yaml:80:7
%5045 = mul %5040, %2797 : f32[16] @ models/lib/nn.yaml:80:7
%5046 = mul %5041, %2799 : f32[16] @ models/lib/nn.yaml:80:7
%5047 = add %5046, %5045 : f32[16] @ models/lib/nn.yaml:80:7
%5048 = mul %5040, %5040 : f32[16] @ models/lib/nn.yaml:80:7
%5049 = mul %5048, %2803 : f32[16] @ models/lib/nn.yaml:80:7
%5050 = mul %5042, %2805 : f32[16] @ models/lib/nn.yaml:80:7
%5051 = add %5050, %5049 : f32[16] @ models/lib/nn.yaml:80:7
%5052 = cast %5044 : f64[] @ models/lib/nn.yaml:80:7
%5053 = pow %2699, %5052 : f64[] @ models/lib/nn.yaml:80:7
%5054 = sub %2692, %5053 : f64[] @ models/lib/nn.yaml:80:7
%5055 = div %1614, %5054 : f64[] @ models/lib/nn.yaml:80:7
%5056 = pow %2707, %5052 : f64[] @ models/lib/nn.yaml:80:7
%5057 = sub %2692, %5056 : f64[] @ models/lib/nn.yaml:80:7
%5058 = sqrt %5057 : f64[] @ models/lib/nn.yaml:80:7
%5059 = div %2692, %5058 : f64[] @ models/lib/nn.yaml:80:7
%5060 = sqrt %5051 : f32[16] @ models/lib/nn.yaml:80:7
%5061 = cast %5059 : f32[] @ models/lib/nn.yaml:80:7
%5062 = broadcast %5061 : f32[16] @ models/lib/nn.yaml:80:7
%5063 = mul %5060, %5062 : f32[16] @ models/lib/nn.yaml:80:7
%5064 = add %5063, %2820 : f32[16] @ models/lib/nn.yaml:80:7
%5065 = div %5047, %5064 : f32[16] @ models/lib/nn.yaml:80:7
%5066 = cast %5055 : f32[] @ models/lib/nn.yaml:80:7
%5067 = broadcast %5066 : f32[16] @ models/lib/nn.yaml:80:7
%5068 = mul %5065, %5067 : f32[16] @ models/lib/nn.yaml:80:7
%5069 = sub %64, %5068 : f32[16] @ models/lib/nn.yaml:80:7
%5070 = assign %64, %5069 : f32[16] @ models/lib/nn.yaml:80:7
%5071 = assign %5041, %5047 : f32[16] @ models/lib/nn.yaml:80:7
%5072 = assign %5042, %5051 : f32[16] @ models/lib/nn.yaml:80:7
%5073 = assign %5043, %5044 : i64[] @ models/lib/nn.yaml:80:7
%5074 = mul %148, %2831 : f32[16] @ models/lib/nn.yaml:80:7
%5075 = mul %5069, %2833 : f32[16] @ models/lib/nn.yaml:80:7
%5076 = add %5074, %5075 : f32[16] @ models/lib/nn.yaml:80:7
%5077 = assign %148, %5076 : f32[16] @ models/lib/nn.yaml:80:7
%5078 = all_reduce_sum %2063 : f32[16] @ models/lib/nn.yaml:89:7
%5079 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5080 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5081 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5082 = add %5081, %2689 : i64[] @ models/lib/nn.yaml:89:7
%5083 = mul %5078, %2797 : f32[16] @ models/lib/nn.yaml:89:7
%5084 = mul %5079, %2799 : f32[16] @ models/lib/nn.yaml:89:7
%5085 = add %5084, %5083 : f32[16] @ models/lib/nn.yaml:89:7
%5086 = mul %5078, %5078 : f32[16] @ models/lib/nn.yaml:89:7
%5087 = mul %5086, %2803 : f32[16] @ models/lib/nn.yaml:89:7
%5088 = mul %5080, %2805 : f32[16] @ models/lib/nn.yaml:89:7
%5089 = add %5088, %5087 : f32[16] @ models/lib/nn.yaml:89:7
%5090 = cast %5082 : f64[] @ models/lib/nn.yaml:89:7
%5091 = pow %2699, %5090 : f64[] @ models/lib/nn.yaml:89:7
%5092 = sub %2692, %5091 : f64[] @ models/lib/nn.yaml:89:7
%5093 = div %1614, %5092 : f64[] @ models/lib/nn.yaml:89:7
%5094 = pow %2707, %5090 : f64[] @ models/lib/nn.yaml:89:7
%5095 = sub %2692, %5094 : f64[] @ models/lib/nn.yaml:89:7
%5096 = sqrt %5095 : f64[] @ models/lib/nn.yaml:89:7
%5097 = div %2692, %5096 : f64[] @ models/lib/nn.yaml:89:7
%5098 = sqrt %5089 : f32[16] @ models/lib/nn.yaml:89:7
%5099 = cast %5097 : f32[] @ models/lib/nn.yaml:89:7
%5100 = broadcast %5099 : f32[16] @ models/lib/nn.yaml:89:7
%5101 = mul %5098, %5100 : f32[16] @ models/lib/nn.yaml:89:7
%5102 = add %5101, %2820 : f32[16] @ models/lib/nn.yaml:89:7
%5103 = div %5085, %5102 : f32[16] @ models/lib/nn.yaml:89:7
%5104 = cast %5093 : f32[] @ models/lib/nn.yaml:89:7
%5105 = broadcast %5104 : f32[16] @ models/lib/nn.yaml:89:7
%5106 = mul %5103, %5105 : f32[16] @ models/lib/nn.yaml:89:7
%5107 = sub %65, %5106 : f32[16] @ models/lib/nn.yaml:89:7
%5108 = assign %65, %5107 : f32[16] @ models/lib/nn.yaml:89:7
%5109 = assign %5079, %5085 : f32[16] @ models/lib/nn.yaml:89:7
%5110 = assign %5080, %5089 : f32[16] @ models/lib/nn.yaml:89:7
%5111 = assign %5081, %5082 : i64[] @ models/lib/nn.yaml:89:7
%5112 = mul %149, %2831 : f32[16] @ models/lib/nn.yaml:89:7
%5113 = mul %5107, %2833 : f32[16] @ models/lib/nn.yaml:89:7
%5114 = add %5112, %5113 : f32[16] @ models/lib/nn.yaml:89:7
%5115 = assign %149, %5114 : f32[16] @ models/lib/nn.yaml:89:7
%5116 = all_reduce_sum %2057 : f32[16] @ models/lib/nn.yaml:90:7
%5117 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5118 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5119 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5120 = add %5119, %2689 : i64[] @ models/lib/nn.yaml:90:7
%5121 = mul %5116, %2797 : f32[16] @ models/lib/nn.yaml:90:7
%5122 = mul %5117, %2799 : f32[16] @ models/lib/nn.yaml:90:7
%5123 = add %5122, %5121 : f32[16] @ models/lib/nn.yaml:90:7
%5124 = mul %5116, %5116 : f32[16] @ models/lib/nn.yaml:90:7
%5125 = mul %5124, %2803 : f32[16] @ models/lib/nn.yaml:90:7
%5126 = mul %5118, %2805 : f32[16] @ models/lib/nn.yaml:90:7
%5127 = add %5126, %5125 : f32[16] @ models/lib/nn.yaml:90:7
%5128 = cast %5120 : f64[] @ models/lib/nn.yaml:90:7
%5129 = pow %2699, %5128 : f64[] @ models/lib/nn.yaml:90:7
%5130 = sub %2692, %5129 : f64[] @ models/lib/nn.yaml:90:7
%5131 = div %1614, %5130 : f64[] @ models/lib/nn.yaml:90:7
%5132 = pow %2707, %5128 : f64[] @ models/lib/nn.yaml:90:7
%5133 = sub %2692, %5132 : f64[] @ models/lib/nn.yaml:90:7
%5134 = sqrt %5133 : f64[] @ models/lib/nn.yaml:90:7
%5135 = div %2692, %5134 : f64[] @ models/lib/nn.yaml:90:7
%5136 = sqrt %5127 : f32[16] @ models/lib/nn.yaml:90:7
%5137 = cast %5135 : f32[] @ models/lib/nn.yaml:90:7
%5138 = broadcast %5137 : f32[16] @ models/lib/nn.yaml:90:7
%5139 = mul %5136, %5138 : f32[16] @ models/lib/nn.yaml:90:7
%5140 = add %5139, %2820 : f32[16] @ models/lib/nn.yaml:90:7
%5141 = div %5123, %5140 : f32[16] @ models/lib/nn.yaml:90:7
%5142 = cast %5131 : f32[] @ models/lib/nn.yaml:90:7
%5143 = broadcast %5142 : f32[16] @ models/lib/nn.yaml:90:7
%5144 = mul %5141, %5143 : f32[16] @ models/lib/nn.yaml:90:7
%5145 = sub %66, %5144 : f32[16] @ models/lib/nn.yaml:90:7
%5146 = assign %66, %5145 : f32[16] @ models/lib/nn.yaml:90:7
%5147 = assign %5117, %5123 : f32[16] @ models/lib/nn.yaml:90:7
%5148 = assign %5118, %5127 : f32[16] @ models/lib/nn.yaml:90:7
%5149 = assign %5119, %5120 : i64[] @ models/lib/nn.yaml:90:7
%5150 = mul %150, %2831 : f32[16] @ models/lib/nn.yaml:90:7
%5151 = mul %5145, %2833 : f32[16] @ models/lib/nn.yaml:90:7
%5152 = add %5150, %5151 : f32[16] @ models/lib/nn.yaml:90:7
%5153 = assign %150, %5152 : f32[16] @ models/lib/nn.yaml:90:7
%5154 = all_reduce_sum %2050 : f32[24,16] @ models/lib/nn.yaml:79:7
%5155 = state name="adam_m.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%5156 = state name="adam_v.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%5157 = state name="adam_t.projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5158 = add %5157, %2689 : i64[] @ models/lib/nn.yaml:79:7
%5159 = broadcast %2694 : f32[24,16] @ models/lib/nn.yaml:79:7
%5160 = mul %67, %5159 : f32[24,16] @ models/lib/nn.yaml:79:7
%5161 = broadcast %1617 : f32[24,16] @ models/lib/nn.yaml:79:7
%5162 = mul %5154, %5161 : f32[24,16] @ models/lib/nn.yaml:79:7
%5163 = broadcast %1020 : f32[24,16] @ models/lib/nn.yaml:79:7
%5164 = mul %5155, %5163 : f32[24,16] @ models/lib/nn.yaml:79:7
%5165 = add %5164, %5162 : f32[24,16] @ models/lib/nn.yaml:79:7
%5166 = mul %5154, %5154 : f32[24,16] @ models/lib/nn.yaml:79:7
%5167 = broadcast %2704 : f32[24,16] @ models/lib/nn.yaml:79:7
%5168 = mul %5166, %5167 : f32[24,16] @ models/lib/nn.yaml:79:7
%5169 = broadcast %2708 : f32[24,16] @ models/lib/nn.yaml:79:7
%5170 = mul %5156, %5169 : f32[24,16] @ models/lib/nn.yaml:79:7
%5171 = add %5170, %5168 : f32[24,16] @ models/lib/nn.yaml:79:7
%5172 = cast %5158 : f64[] @ models/lib/nn.yaml:79:7
%5173 = pow %2699, %5172 : f64[] @ models/lib/nn.yaml:79:7
%5174 = sub %2692, %5173 : f64[] @ models/lib/nn.yaml:79:7
%5175 = div %1614, %5174 : f64[] @ models/lib/nn.yaml:79:7
%5176 = pow %2707, %5172 : f64[] @ models/lib/nn.yaml:79:7
%5177 = sub %2692, %5176 : f64[] @ models/lib/nn.yaml:79:7
%5178 = sqrt %5177 : f64[] @ models/lib/nn.yaml:79:7
%5179 = div %2692, %5178 : f64[] @ models/lib/nn.yaml:79:7
%5180 = sqrt %5171 : f32[24,16] @ models/lib/nn.yaml:79:7
%5181 = cast %5179 : f32[] @ models/lib/nn.yaml:79:7
%5182 = broadcast %5181 : f32[24,16] @ models/lib/nn.yaml:79:7
%5183 = mul %5180, %5182 : f32[24,16] @ models/lib/nn.yaml:79:7
%5184 = broadcast %2724 : f32[24,16] @ models/lib/nn.yaml:79:7
%5185 = add %5183, %5184 : f32[24,16] @ models/lib/nn.yaml:79:7
%5186 = div %5165, %5185 : f32[24,16] @ models/lib/nn.yaml:79:7
%5187 = cast %5175 : f32[] @ models/lib/nn.yaml:79:7
%5188 = broadcast %5187 : f32[24,16] @ models/lib/nn.yaml:79:7
%5189 = mul %5186, %5188 : f32[24,16] @ models/lib/nn.yaml:79:7
%5190 = sub %5160, %5189 : f32[24,16] @ models/lib/nn.yaml:79:7
%5191 = assign %67, %5190 : f32[24,16] @ models/lib/nn.yaml:79:7
%5192 = assign %5155, %5165 : f32[24,16] @ models/lib/nn.yaml:79:7
%5193 = assign %5156, %5171 : f32[24,16] @ models/lib/nn.yaml:79:7
%5194 = assign %5157, %5158 : i64[] @ models/lib/nn.yaml:79:7
%5195 = broadcast %2736 : f32[24,16] @ models/lib/nn.yaml:79:7
%5196 = mul %151, %5195 : f32[24,16] @ models/lib/nn.yaml:79:7
%5197 = broadcast %2740 : f32[24,16] @ models/lib/nn.yaml:79:7
%5198 = mul %5190, %5197 : f32[24,16] @ models/lib/nn.yaml:79:7
%5199 = add %5196, %5198 : f32[24,16] @ models/lib/nn.yaml:79:7
%5200 = assign %151, %5199 : f32[24,16] @ models/lib/nn.yaml:79:7
%5201 = all_reduce_sum %2027 : f32[24] @ models/moco_pass.yaml:75:7
%5202 = state name="adam_m.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5203 = state name="adam_v.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5204 = state name="adam_t.projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5205 = add %5204, %2689 : i64[] @ models/moco_pass.yaml:75:7
%5206 = broadcast %2694 : f32[24] @ models/moco_pass.yaml:75:7
%5207 = mul %68, %5206 : f32[24] @ models/moco_pass.yaml:75:7
%5208 = broadcast %1617 : f32[24] @ models/moco_pass.yaml:75:7
%5209 = mul %5201, %5208 : f32[24] @ models/moco_pass.yaml:75:7
%5210 = broadcast %1020 : f32[24] @ models/moco_pass.yaml:75:7
%5211 = mul %5202, %5210 : f32[24] @ models/moco_pass.yaml:75:7
%5212 = add %5211, %5209 : f32[24] @ models/moco_pass.yaml:75:7
%5213 = mul %5201, %5201 : f32[24] @ models/moco_pass.yaml:75:7
%5214 = broadcast %2704 : f32[24] @ models/moco_pass.yaml:75:7
%5215 = mul %5213, %5214 : f32[24] @ models/moco_pass.yaml:75:7
%5216 = broadcast %2708 : f32[24] @ models/moco_pass.yaml:75:7
%5217 = mul %5203, %5216 : f32[24] @ models/moco_pass.yaml:75:7
%5218 = add %5217, %5215 : f32[24] @ models/moco_pass.yaml:75:7
%5219 = cast %5205 : f64[] @ models/moco_pass.yaml:75:7
%5220 = pow %2699, %5219 : f64[] @ models/moco_pass.yaml:75:7
%5221 = sub %2692, %5220 : f64[] @ models/moco_pass.yaml:75:7
%5222 = div %1614, %5221 : f64[] @ models/moco_pass.yaml:75:7
%5223 = pow %2707, %5219 : f64[] @ models/moco_pass.yaml:75:7
%5224 = sub %2692, %5223 : f64[] @ models/moco_pass.yaml:75:7
%5225 = sqrt %5224 : f64[] @ models/moco_pass.yaml:75:7
%5226 = div %2692, %5225 : f64[] @ models/moco_pass.yaml:75:7
%5227 = sqrt %5218 : f32[24] @ models/moco_pass.yaml:75:7
%5228 = cast %5226 : f32[] @ models/moco_pass.yaml:75:7
%5229 = broadcast %5228 : f32[24] @ models/moco_pass.yaml:75:7
%5230 = mul %5227, %5229 : f32[24] @ models/moco_pass.yaml:75:7
%5231 = broadcast %2724 : f32[24] @ models/moco_pass.yaml:75:7
%5232 = add %5230, %5231 : f32[24] @ models/moco_pass.yaml:75:7
%5233 = div %5212, %5232 : f32[24] @ models/moco_pass.yaml:75:7
%5234 = cast %5222 : f32[] @ models/moco_pass.yaml:75:7
%5235 = broadcast %5234 : f32[24] @ models/moco_pass.yaml:75:7
%5236 = mul %5233, %5235 : f32[24] @ models/moco_pass.yaml:75:7
%5237 = sub %5207, %5236 : f32[24] @ models/moco_pass.yaml:75:7
%5238 = assign %68, %5237 : f32[24] @ models/moco_pass.yaml:75:7
%5239 = assign %5202, %5212 : f32[24] @ models/moco_pass.yaml:75:7
%5240 = assign %5203, %5218 : f32[24] @ models/moco_pass.yaml:75:7
%5241 = assign %5204, %5205 : i64[] @ models/moco_pass.yaml:75:7
%5242 = broadcast %2736 : f32[24] @ models/moco_pass.yaml:75:7
%5243 = mul %152, %5242 : f32[24] @ models/moco_pass.yaml:75:7
%5244 = broadcast %2740 : f32[24] @ models/moco_pass.yaml:75:7
%5245 = mul %5237, %5244 : f32[24] @ models/moco_pass.yaml:75:7
%5246 = add %5243, %5245 : f32[24] @ models/moco_pass.yaml:75:7
%5247 = assign %152, %5246 : f32[24] @ models/moco_pass.yaml:75:7
%5248 = all_reduce_sum %2023 : f32[24] @ models/moco_pass.yaml:76:7
%5249 = state name="adam_m.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5250 = state name="adam_v.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5251 = state name="adam_t.projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5252 = add %5251, %2689 : i64[] @ models/moco_pass.yaml:76:7
%5253 = mul %69, %5206 : f32[24] @ models/moco_pass.yaml:76:7
%5254 = mul %5248, %5208 : f32[24] @ models/moco_pass.yaml:76:7
%5255 = mul %5249, %5210 : f32[24] @ models/moco_pass.yaml:76:7
%5256 = add %5255, %5254 : f32[24] @ models/moco_pass.yaml:76:7
%5257 = mul %5248, %5248 : f32[24] @ models/moco_pass.yaml:76:7
%5258 = mul %5257, %5214 : f32[24] @ models/moco_pass.yaml:76:7
%5259 = mul %5250, %5216 : f32[24] @ models/moco_pass.yaml:76:7
%5260 = add %5259, %5258 : f32[24] @ models/moco_pass.yaml:76:7
%5261 = cast %5252 : f64[] @ models/moco_pass.yaml:76:7
%5262 = pow %2699, %5261 : f64[] @ models/moco_pass.yaml:76:7
%5263 = sub %2692, %5262 : f64[] @ models/moco_pass.yaml:76:7
%5264 = div %1614, %5263 : f64[] @ models/moco_pass.yaml:76:7
%5265 = pow %2707, %5261 : f64[] @ models/moco_pass.yaml:76:7
%5266 = sub %2692, %5265 : f64[] @ models/moco_pass.yaml:76:7
%5267 = sqrt %5266 : f64[] @ models/moco_pass.yaml:76:7
%5268 = div %2692, %5267 : f64[] @ models/moco_pass.yaml:76:7
%5269 = sqrt %5260 : f32[24] @ models/moco_pass.yaml:76:7
%5270 = cast %5268 : f32[] @ models/moco_pass.yaml:76:7
%5271 = broadcast %5270 : f32[24] @ models/moco_pass.yaml:76:7
%5272 = mul %5269, %5271 : f32[24] @ models/moco_pass.yaml:76:7
%5273 = add %5272, %5231 : f32[24] @ models/moco_pass.yaml:76:7
%5274 = div %5256, %5273 : f32[24] @ models/moco_pass.yaml:76:7
%5275 = cast %5264 : f32[] @ models/moco_pass.yaml:76:7
%5276 = broadcast %5275 : f32[24] @ models/moco_pass.yaml:76:7
%5277 = mul %5274, %5276 : f32[24] @ models/moco_pass.yaml:76:7
%5278 = sub %5253, %5277 : f32[24] @ models/moco_pass.yaml:76:7
%5279 = assign %69, %5278 : f32[24] @ models/moco_pass.yaml:76:7
%5280 = assign %5249, %5256 : f32[24] @ models/moco_pass.yaml:76:7
%5281 = assign %5250, %5260 : f32[24] @ models/moco_pass.yaml:76:7
%5282 = assign %5251, %5252 : i64[] @ models/moco_pass.yaml:76:7
%5283 = mul %153, %5242 : f32[24] @ models/moco_pass.yaml:76:7
%5284 = mul %5278, %5244 : f32[24] @ models/moco_pass.yaml:76:7
%5285 = add %5283, %5284 : f32[24] @ models/moco_pass.yaml:76:7
%5286 = assign %153, %5285 : f32[24] @ models/moco_pass.yaml:76:7
%5287 = all_reduce_sum %2016 : f32[24,24] @ models/lib/nn.yaml:79:7
%5288 = state name="adam_m.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%5289 = state name="adam_v.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%5290 = state name="adam_t.projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5291 = add %5290, %2689 : i64[] @ models/lib/nn.yaml:79:7
%5292 = broadcast %2694 : f32[24,24] @ models/lib/nn.yaml:79:7
%5293 = mul %70, %5292 : f32[24,24] @ models/lib/nn.yaml:79:7
%5294 = broadcast %1617 : f32[24,24] @ models/lib/nn.yaml:79:7
%5295 = mul %5287, %5294 : f32[24,24] @ models/lib/nn.yaml:79:7
%5296 = broadcast %1020 : f32[24,24] @ models/lib/nn.yaml:79:7
%5297 = mul %5288, %5296 : f32[24,24] @ models/lib/nn.yaml:79:7
%5298 = add %5297, %5295 : f32[24,24] @ models/lib/nn.yaml:79:7
%5299 = mul %5287, %5287 : f32[24,24] @ models/lib/nn.yaml:79:7
%5300 = broadcast %2704 : f32[24,24] @ models/lib/nn.yaml:79:7
%5301 = mul %5299, %5300 : f32[24,24] @ models/lib/nn.yaml:79:7
%5302 = broadcast %2708 : f32[24,24] @ models/lib/nn.yaml:79:7
%5303 = mul %5289, %5302 : f32[24,24] @ models/lib/nn.yaml:79:7
%5304 = add %5303, %5301 : f32[24,24] @ models/lib/nn.yaml:79:7
%5305 = cast %5291 : f64[] @ models/lib/nn.yaml:79:7
%5306 = pow %2699, %5305 : f64[] @ models/lib/nn.yaml:79:7
%5307 = sub %2692, %5306 : f64[] @ models/lib/nn.yaml:79:7
%5308 = div %1614, %5307 : f64[] @ models/lib/nn.yaml:79:7
%5309 = pow %2707, %5305 : f64[] @ models/lib/nn.yaml:79:7
%5310 = sub %2692, %5309 : f64[] @ models/lib/nn.yaml:79:7
%5311 = sqrt %5310 : f64[] @ models/lib/nn.yaml:79:7
%5312 = div %2692, %5311 : f64[] @ models/lib/nn.yaml:79:7
%5313 = sqrt %5304 : f32[24,24] @ models/lib/nn.yaml:79:7
%5314 = cast %5312 : f32[] @ models/lib/nn.yaml:79:7
%5315 = broadcast %5314 : f32[24,24] @ models/lib/nn.yaml:79:7
%5316 = mul %5313, %5315 : f32[24,24] @ models/lib/nn.yaml:79:7
%5317 = broadcast %2724 : f32[24,24] @ models/lib/nn.yaml:79:7
%5318 = add %5316, %5317 : f32[24,24] @ models/lib/nn.yaml:79:7
%5319 = div %5298, %5318 : f32[24,24] @ models/lib/nn.yaml:79:7
%5320 = cast %5308 : f32[] @ models/lib/nn.yaml:79:7
%5321 = broadcast %5320 : f32[24,24] @ models/lib/nn.yaml:79:7
%5322 = mul %5319, %5321 : f32[24,24] @ models/lib/nn.yaml:79:7
%5323 = sub %5293, %5322 : f32[24,24] @ models/lib/nn.yaml:79:7
%5324 = assign %70, %5323 : f32[24,24] @ models/lib/nn.yaml:79:7
%5325 = assign %5288, %5298 : f32[24,24] @ models/lib/nn.yaml:79:7
%5326 = assign %5289, %5304 : f32[24,24] @ models/lib/nn.yaml:79:7
%5327 = assign %5290, %5291 : i64[] @ models/lib/nn.yaml:79:7
%5328 = broadcast %2736 : f32[24,24] @ models/lib/nn.yaml:79:7
%5329 = mul %154, %5328 : f32[24,24] @ models/lib/nn.yaml:79:7
%5330 = broadcast %2740 : f32[24,24] @ models/lib/nn.yaml:79:7
%5331 = mul %5323, %5330 : f32[24,24] @ models/lib/nn.yaml:79:7
%5332 = add %5329, %5331 : f32[24,24] @ models/lib/nn.yaml:79:7
%5333 = assign %154, %5332 : f32[24,24] @ models/lib/nn.yaml:79:7
%5334 = all_reduce_sum %1993 : f32[24] @ models/moco_pass.yaml:75:7
%5335 = state name="adam_m.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5336 = state name="adam_v.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5337 = state name="adam_t.projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5338 = add %5337, %2689 : i64[] @ models/moco_pass.yaml:75:7
%5339 = mul %71, %5206 : f32[24] @ models/moco_pass.yaml:75:7
%5340 = mul %5334, %5208 : f32[24] @ models/moco_pass.yaml:75:7
%5341 = mul %5335, %5210 : f32[24] @ models/moco_pass.yaml:75:7
%5342 = add %5341, %5340 : f32[24] @ models/moco_pass.yaml:75:7
%5343 = mul %5334, %5334 : f32[24] @ models/moco_pass.yaml:75:7
%5344 = mul %5343, %5214 : f32[24] @ models/moco_pass.yaml:75:7
%5345 = mul %5336, %5216 : f32[24] @ models/moco_pass.yaml:75:7
%5346 = add %5345, %5344 : f32[24] @ models/moco_pass.yaml:75:7
%5347 = cast %5338 : f64[] @ models/moco_pass.yaml:75:7
%5348 = pow %2699, %5347 : f64[] @ models/moco_pass.yaml:75:7
%5349 = sub %2692, %5348 : f64[] @ models/moco_pass.yaml:75:7
%5350 = div %1614, %5349 : f64[] @ models/moco_pass.yaml:75:7
%5351 = pow %2707, %5347 : f64[] @ models/moco_pass.yaml:75:7
%5352 = sub %2692, %5351 : f64[] @ models/moco_pass.yaml:75:7
%5353 = sqrt %5352 : f64[] @ models/moco_pass.yaml:75:7
%5354 = div %2692, %5353 : f64[] @ models/moco_pass.yaml:75:7
%5355 = sqrt %5346 : f32[24] @ models/moco_pass.yaml:75:7
%5356 = cast %5354 : f32[] @ models/moco_pass.yaml:75:7
%5357 = broadcast %5356 : f32[24] @ models/moco_pass.yaml:75:7
%5358 = mul %5355, %5357 : f32[24] @ models/moco_pass.yaml:75:7
%5359 = add %5358, %5231 : f32[24] @ models/moco_pass.yaml:75:7
%5360 = div %5342, %5359 : f32[24] @ models/moco_pass.yaml:75:7
%5361 = cast %5350 : f32[] @ models/moco_pass.yaml:75:7
%5362 = broadcast %5361 : f32[24] @ models/moco_pass.yaml:75:7
%5363 = mul %5360, %5362 : f32[24] @ models/moco_pass.yaml:75:7
%5364 = sub %5339, %5363 : f32[24] @ models/moco_pass.yaml:75:7
%5365 = assign %71, %5364 : f32[24] @ models/moco_pass.yaml:75:7
%5366 = assign %5335, %5342 : f32[24] @ models/moco_pass.yaml:75:7
%5367 = assign %5336, %5346 : f32[24] @ models/moco_pass.yaml:75:7
%5368 = assign %5337, %5338 : i64[] @ models/moco_pass.yaml:75:7
%5369 = mul %155, %5242 : f32[24] @ models/moco_pass.yaml:75:7
%5370 = mul %5364, %5244 : f32[24] @ models/moco_pass.yaml:75:7
%5371 = add %5369, %5370 : f32[24] @ models/moco_pass.yaml:75:7
%5372 = assign %155, %5371 : f32[24] @ models/moco_pass.yaml:75:7
%5373 = all_reduce_sum %1989 : f32[24] @ models/moco_pass.yaml:76:7
%5374 = state name="adam_m.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5375 = state name="adam_v.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5376 = state name="adam_t.projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5377 = add %5376, %2689 : i64[] @ models/moco_pass.yaml:76:7
%5378 = mul %72, %5206 : f32[24] @ models/moco_pass.yaml:76:7
%5379 = mul %5373, %5208 : f32[24] @ models/moco_pass.yaml:76:7
%5380 = mul %5374, %5210 : f32[24] @ models/moco_pass.yaml:76:7
%5381 = add %5380, %5379 : f32[24] @ models/moco_pass.yaml:76:7
%5382 = mul %5373, %5373 : f32[24] @ models/moco_pass.yaml:76:7
%5383 = mul %5382, %5214 : f32[24] @ models/moco_pass.yaml:76:7
%5384 = mul %5375, %5216 : f32[24] @ models/moco_pass.yaml:76:7
%5385 = add %5384, %5383 : f32[24] @ models/moco_pass.yaml:76:7
%5386 = cast %5377 : f64[] @ models/moco_pass.yaml:76:7
%5387 = pow %2699, %5386 : f64[] @ models/moco_pass.yaml:76:7
%5388 = sub %2692, %5387 : f64[] @ models/moco_pass.yaml:76:7
%5389 = div %1614, %5388 : f64[] @ models/moco_pass.yaml:76:7
%5390 = pow %2707, %5386 : f64[] @ models/moco_pass.yaml:76:7
%5391 = sub %2692, %5390 : f64[] @ models/moco_pass.yaml:76:7
%5392 = sqrt %5391 : f64[] @ models/moco_pass.yaml:76:7
%5393 = div %2692, %5392 : f64[] @ models/moco_pass.yaml:76:7
%5394 = sqrt %5385 : f32[24] @ models/moco_pass.yaml:76:7
%5395 = cast %5393 : f32[] @ models/moco_pass.yaml:76:7
%5396 = broadcast %5395 : f32[24] @ models/moco_pass.yaml:76:7
%5397 = mul %5394, %5396 : f32[24] @ models/moco_pass.yaml:76:7
%5398 = add %5397, %5231 : f32[24] @ models/moco_pass.yaml:76:7
%5399 = div %5381, %5398 : f32[24] @ models/moco_pass.yaml:76:7
%5400 = cast %5389 : f32[] @ models/moco_pass.yaml:76:7
%5401 = broadcast %5400 : f32[24] @ models/moco_pass.yaml:76:7
%5402 = mul %5399, %5401 : f32[24] @ models/moco_pass.yaml:76:7
%5403 = sub %5378, %5402 : f32[24] @ models/moco_pass.yaml:76:7
%5404 = assign %72, %5403 : f32[24] @ models/moco_pass.yaml:76:7
%5405 = assign %5374, %5381 : f32[24] @ models/moco_pass.yaml:76:7
%5406 = assign %5375, %5385 : f32[24] @ models/moco_pass.yaml:76:7
%5407 = assign %5376, %5377 : i64[] @ models/moco_pass.yaml:76:7
%5408 = mul %156, %5242 : f32[24] @ models/moco_pass.yaml:76:7
%5409 = mul %5403, %5244 : f32[24] @ models/moco_pass.yaml:76:7
%5410 = add %5408, %5409 : f32[24] @ models/moco_pass.yaml:76:7
%5411 = assign %156, %5410 : f32[24] @ models/moco_pass.yaml:76:7
%5412 = all_reduce_sum %1982 : f32[8,24] @ models/lib/nn.yaml:79:7
%5413 = state name="adam_m.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5414 = state name="adam_v.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5415 = state name="adam_t.projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5416 = add %5415, %2689 : i64[] @ models/lib/nn.yaml:79:7
%5417 = broadcast %2694 : f32[8,24] @ models/lib/nn.yaml:79:7
%5418 = mul %73, %5417 : f32[8,24] @ models/lib/nn.yaml:79:7
%5419 = broadcast %1617 : f32[8,24] @ models/lib/nn.yaml:79:7
%5420 = mul %5412, %5419 : f32[8,24] @ models/lib/nn.yaml:79:7
%5421 = broadcast %1020 : f32[8,24] @ models/lib/nn.yaml:79:7
%5422 = mul %5413, %5421 : f32[8,24] @ models/lib/nn.yaml:79:7
%5423 = add %5422, %5420 : f32[8,24] @ models/lib/nn.yaml:79:7
%5424 = mul %5412, %5412 : f32[8,24] @ models/lib/nn.yaml:79:7
%5425 = broadcast %2704 : f32[8,24] @ models/lib/nn.yaml:79:7
%5426 = mul %5424, %5425 : f32[8,24] @ models/lib/nn.yaml:79:7
%5427 = broadcast %2708 : f32[8,24] @ models/lib/nn.yaml:79:7
%5428 = mul %5414, %5427 : f32[8,24] @ models/lib/nn.yaml:79:7
%5429 = add %5428, %5426 : f32[8,24] @ models/lib/nn.yaml:79:7
%5430 = cast %5416 : f64[] @ models/lib/nn.yaml:79:7
%5431 = pow %2699, %5430 : f64[] @ models/lib/nn.yaml:79:7
%5432 = sub %2692, %5431 : f64[] @ models/lib/nn.yaml:79:7
%5433 = div %1614, %5432 : f64[] @ models/lib/nn.yaml:79:7
%5434 = pow %2707, %5430 : f64[] @ models/lib/nn.yaml:79:7
%5435 = sub %2692, %5434 : f64[] @ models/lib/nn.yaml:79:7
%5436 = sqrt %5435 : f64[] @ models/lib/nn.yaml:79:7
%5437 = div %2692, %5436 : f64[] @ models/lib/nn.yaml:79:7
%5438 = sqrt %5429 : f32[8,24] @ models/lib/nn.yaml:79:7
%5439 = cast %5437 : f32[] @ models/lib/nn.yaml:79:7
%5440 = broadcast %5439 : f32[8,24] @ models/lib/nn.yaml:79:7
%5441 = mul %5438, %5440 : f32[8,24] @ models/lib/nn.yaml:79:7
%5442 = broadcast %2724 : f32[8,24] @ models/lib/nn.yaml:79:7
%5443 = add %5441, %5442 : f32[8,24] @ models/lib/nn.yaml:79:7
%5444 = div %5423, %5443 : f32[8,24] @ models/lib/nn.yaml:79:7
%5445 = cast %5433 : f32[] @ models/lib/nn.yaml:79:7
%5446 = broadcast %5445 : f32[8,24] @ models/lib/nn.yaml:79:7
%5447 = mul %5444, %5446 : f32[8,24] @ models/lib/nn.yaml:79:7
%5448 = sub %5418, %5447 : f32[8,24] @ models/lib/nn.yaml:79:7
%5449 = assign %73, %5448 : f32[8,24] @ models/lib/nn.yaml:79:7
%5450 = assign %5413, %5423 : f32[8,24] @ models/lib/nn.yaml:79:7
%5451 = assign %5414, %5429 : f32[8,24] @ models/lib/nn.yaml:79:7
%5452 = assign %5415, %5416 : i64[] @ models/lib/nn.yaml:79:7
%5453 = broadcast %2736 : f32[8,24] @ models/lib/nn.yaml:79:7
%5454 = mul %157, %5453 : f32[8,24] @ models/lib/nn.yaml:79:7
%5455 = broadcast %2740 : f32[8,24] @ models/lib/nn.yaml:79:7
%5456 = mul %5448, %5455 : f32[8,24] @ models/lib/nn.yaml:79:7
%5457 = add %5454, %5456 : f32[8,24] @ models/lib/nn.yaml:79:7
%5458 = assign %157, %5457 : f32[8,24] @ models/lib/nn.yaml:79:7
%5459 = all_reduce_sum %1959 : f32[24,8] @ models/lib/nn.yaml:79:7
%5460 = state name="adam_m.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%5461 = state name="adam_v.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%5462 = state name="adam_t.predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5463 = add %5462, %2689 : i64[] @ models/lib/nn.yaml:79:7
%5464 = broadcast %2694 : f32[24,8] @ models/lib/nn.yaml:79:7
%5465 = mul %74, %5464 : f32[24,8] @ models/lib/nn.yaml:79:7
%5466 = broadcast %1617 : f32[24,8] @ models/lib/nn.yaml:79:7
%5467 = mul %5459, %5466 : f32[24,8] @ models/lib/nn.yaml:79:7
%5468 = broadcast %1020 : f32[24,8] @ models/lib/nn.yaml:79:7
%5469 = mul %5460, %5468 : f32[24,8] @ models/lib/nn.yaml:79:7
%5470 = add %5469, %5467 : f32[24,8] @ models/lib/nn.yaml:79:7
%5471 = mul %5459, %5459 : f32[24,8] @ models/lib/nn.yaml:79:7
%5472 = broadcast %2704 : f32[24,8] @ models/lib/nn.yaml:79:7
%5473 = mul %5471, %5472 : f32[24,8] @ models/lib/nn.yaml:79:7
%5474 = broadcast %2708 : f32[24,8] @ models/lib/nn.yaml:79:7
%5475 = mul %5461, %5474 : f32[24,8] @ models/lib/nn.yaml:79:7
%5476 = add %5475, %5473 : f32[24,8] @ models/lib/nn.yaml:79:7
%5477 = cast %5463 : f64[] @ models/lib/nn.yaml:79:7
%5478 = pow %2699, %5477 : f64[] @ models/lib/nn.yaml:79:7
%5479 = sub %2692, %5478 : f64[] @ models/lib/nn.yaml:79:7
%5480 = div %1614, %5479 : f64[] @ models/lib/nn.yaml:79:7
%5481 = pow %2707, %5477 : f64[] @ models/lib/nn.yaml:79:7
%5482 = sub %2692, %5481 : f64[] @ models/lib/nn.yaml:79:7
%5483 = sqrt %5482 : f64[] @ models/lib/nn.yaml:79:7
%5484 = div %2692, %5483 : f64[] @ models/lib/nn.yaml:79:7
%5485 = sqrt %5476 : f32[24,8] @ models/lib/nn.yaml:79:7
%5486 = cast %5484 : f32[] @ models/lib/nn.yaml:79:7
%5487 = broadcast %5486 : f32[24,8] @ models/lib/nn.yaml:79:7
%5488 = mul %5485, %5487 : f32[24,8] @ models/lib/nn.yaml:79:7
%5489 = broadcast %2724 : f32[24,8] @ models/lib/nn.yaml:79:7
%5490 = add %5488, %5489 : f32[24,8] @ models/lib/nn.yaml:79:7
%5491 = div %5470, %5490 : f32[24,8] @ models/lib/nn.yaml:79:7
%5492 = cast %5480 : f32[] @ models/lib/nn.yaml:79:7
%5493 = broadcast %5492 : f32[24,8] @ models/lib/nn.yaml:79:7
%5494 = mul %5491, %5493 : f32[24,8] @ models/lib/nn.yaml:79:7
%5495 = sub %5465, %5494 : f32[24,8] @ models/lib/nn.yaml:79:7
%5496 = assign %74, %5495 : f32[24,8] @ models/lib/nn.yaml:79:7
%5497 = assign %5460, %5470 : f32[24,8] @ models/lib/nn.yaml:79:7
%5498 = assign %5461, %5476 : f32[24,8] @ models/lib/nn.yaml:79:7
%5499 = assign %5462, %5463 : i64[] @ models/lib/nn.yaml:79:7
%5500 = broadcast %2736 : f32[24,8] @ models/lib/nn.yaml:79:7
%5501 = mul %158, %5500 : f32[24,8] @ models/lib/nn.yaml:79:7
%5502 = broadcast %2740 : f32[24,8] @ models/lib/nn.yaml:79:7
%5503 = mul %5495, %5502 : f32[24,8] @ models/lib/nn.yaml:79:7
%5504 = add %5501, %5503 : f32[24,8] @ models/lib/nn.yaml:79:7
%5505 = assign %158, %5504 : f32[24,8] @ models/lib/nn.yaml:79:7
%5506 = all_reduce_sum %1935 : f32[24] @ models/moco_pass.yaml:75:7
%5507 = state name="adam_m.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5508 = state name="adam_v.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5509 = state name="adam_t.predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5510 = add %5509, %2689 : i64[] @ models/moco_pass.yaml:75:7
%5511 = mul %75, %5206 : f32[24] @ models/moco_pass.yaml:75:7
%5512 = mul %5506, %5208 : f32[24] @ models/moco_pass.yaml:75:7
%5513 = mul %5507, %5210 : f32[24] @ models/moco_pass.yaml:75:7
%5514 = add %5513, %5512 : f32[24] @ models/moco_pass.yaml:75:7
%5515 = mul %5506, %5506 : f32[24] @ models/moco_pass.yaml:75:7
%5516 = mul %5515, %5214 : f32[24] @ models/moco_pass.yaml:75:7
%5517 = mul %5508, %5216 : f32[24] @ models/moco_pass.yaml:75:7
%5518 = add %5517, %5516 : f32[24] @ models/moco_pass.yaml:75:7
%5519 = cast %5510 : f64[] @ models/moco_pass.yaml:75:7
%5520 = pow %2699, %5519 : f64[] @ models/moco_pass.yaml:75:7
%5521 = sub %2692, %5520 : f64[] @ models/moco_pass.yaml:75:7
%5522 = div %1614, %5521 : f64[] @ models/moco_pass.yaml:75:7
%5523 = pow %2707, %5519 : f64[] @ models/moco_pass.yaml:75:7
%5524 = sub %2692, %5523 : f64[] @ models/moco_pass.yaml:75:7
%5525 = sqrt %5524 : f64[] @ models/moco_pass.yaml:75:7
%5526 = div %2692, %5525 : f64[] @ models/moco_pass.yaml:75:7
%5527 = sqrt %5518 : f32[24] @ models/moco_pass.yaml:75:7
%5528 = cast %5526 : f32[] @ models/moco_pass.yaml:75:7
%5529 = broadcast %5528 : f32[24] @ models/moco_pass.yaml:75:7
%5530 = mul %5527, %5529 : f32[24] @ models/moco_pass.yaml:75:7
%5531 = add %5530, %5231 : f32[24] @ models/moco_pass.yaml:75:7
%5532 = div %5514, %5531 : f32[24] @ models/moco_pass.yaml:75:7
%5533 = cast %5522 : f32[] @ models/moco_pass.yaml:75:7
%5534 = broadcast %5533 : f32[24] @ models/moco_pass.yaml:75:7
%5535 = mul %5532, %5534 : f32[24] @ models/moco_pass.yaml:75:7
%5536 = sub %5511, %5535 : f32[24] @ models/moco_pass.yaml:75:7
%5537 = assign %75, %5536 : f32[24] @ models/moco_pass.yaml:75:7
%5538 = assign %5507, %5514 : f32[24] @ models/moco_pass.yaml:75:7
%5539 = assign %5508, %5518 : f32[24] @ models/moco_pass.yaml:75:7
%5540 = assign %5509, %5510 : i64[] @ models/moco_pass.yaml:75:7
%5541 = mul %159, %5242 : f32[24] @ models/moco_pass.yaml:75:7
%5542 = mul %5536, %5244 : f32[24] @ models/moco_pass.yaml:75:7
%5543 = add %5541, %5542 : f32[24] @ models/moco_pass.yaml:75:7
%5544 = assign %159, %5543 : f32[24] @ models/moco_pass.yaml:75:7
%5545 = all_reduce_sum %1931 : f32[24] @ models/moco_pass.yaml:76:7
%5546 = state name="adam_m.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5547 = state name="adam_v.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5548 = state name="adam_t.predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5549 = add %5548, %2689 : i64[] @ models/moco_pass.yaml:76:7
%5550 = mul %76, %5206 : f32[24] @ models/moco_pass.yaml:76:7
%5551 = mul %5545, %5208 : f32[24] @ models/moco_pass.yaml:76:7
%5552 = mul %5546, %5210 : f32[24] @ models/moco_pass.yaml:76:7
%5553 = add %5552, %5551 : f32[24] @ models/moco_pass.yaml:76:7
%5554 = mul %5545, %5545 : f32[24] @ models/moco_pass.yaml:76:7
%5555 = mul %5554, %5214 : f32[24] @ models/moco_pass.yaml:76:7
%5556 = mul %5547, %5216 : f32[24] @ models/moco_pass.yaml:76:7
%5557 = add %5556, %5555 : f32[24] @ models/moco_pass.yaml:76:7
%5558 = cast %5549 : f64[] @ models/moco_pass.yaml:76:7
%5559 = pow %2699, %5558 : f64[] @ models/moco_pass.yaml:76:7
%5560 = sub %2692, %5559 : f64[] @ models/moco_pass.yaml:76:7
%5561 = div %1614, %5560 : f64[] @ models/moco_pass.yaml:76:7
%5562 = pow %2707, %5558 : f64[] @ models/moco_pass.yaml:76:7
%5563 = sub %2692, %5562 : f64[] @ models/moco_pass.yaml:76:7
%5564 = sqrt %5563 : f64[] @ models/moco_pass.yaml:76:7
%5565 = div %2692, %5564 : f64[] @ models/moco_pass.yaml:76:7
%5566 = sqrt %5557 : f32[24] @ models/moco_pass.yaml:76:7
%5567 = cast %5565 : f32[] @ models/moco_pass.yaml:76:7
%5568 = broadcast %5567 : f32[24] @ models/moco_pass.yaml:76:7
%5569 = mul %5566, %5568 : f32[24] @ models/moco_pass.yaml:76:7
%5570 = add %5569, %5231 : f32[24] @ models/moco_pass.yaml:76:7
%5571 = div %5553, %5570 : f32[24] @ models/moco_pass.yaml:76:7
%5572 = cast %5561 : f32[] @ models/moco_pass.yaml:76:7
%5573 = broadcast %5572 : f32[24] @ models/moco_pass.yaml:76:7
%5574 = mul %5571, %5573 : f32[24] @ models/moco_pass.yaml:76:7
%5575 = sub %5550, %5574 : f32[24] @ models/moco_pass.yaml:76:7
%5576 = assign %76, %5575 : f32[24] @ models/moco_pass.yaml:76:7
%5577 = assign %5546, %5553 : f32[24] @ models/moco_pass.yaml:76:7
%5578 = assign %5547, %5557 : f32[24] @ models/moco_pass.yaml:76:7
%5579 = assign %5548, %5549 : i64[] @ models/moco_pass.yaml:76:7
%5580 = mul %160, %5242 : f32[24] @ models/moco_pass.yaml:76:7
%5581 = mul %5575, %5244 : f32[24] @ models/moco_pass.yaml:76:7
%5582 = add %5580, %5581 : f32[24] @ models/moco_pass.yaml:76:7
%5583 = assign %160, %5582 : f32[24] @ models/moco_pass.yaml:76:7
%5584 = all_reduce_sum %1923 : f32[8,24] @ models/lib/nn.yaml:79:7
%5585 = state name="adam_m.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5586 = state name="adam_v.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%5587 = state name="adam_t.predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5588 = add %5587, %2689 : i64[] @ models/lib/nn.yaml:79:7
%5589 = mul %77, %5417 : f32[8,24] @ models/lib/nn.yaml:79:7
%5590 = mul %5584, %5419 : f32[8,24] @ models/lib/nn.yaml:79:7
%5591 = mul %5585, %5421 : f32[8,24] @ models/lib/nn.yaml:79:7
%5592 = add %5591, %5590 : f32[8,24] @ models/lib/nn.yaml:79:7
%5593 = mul %5584, %5584 : f32[8,24] @ models/lib/nn.yaml:79:7
%5594 = mul %5593, %5425 : f32[8,24] @ models/lib/nn.yaml:79:7
%5595 = mul %5586, %5427 : f32[8,24] @ models/lib/nn.yaml:79:7
%5596 = add %5595, %5594 : f32[8,24] @ models/lib/nn.yaml:79:7
%5597 = cast %5588 : f64[] @ models/lib/nn.yaml:79:7
%5598 = pow %2699, %5597 : f64[] @ models/lib/nn.yaml:79:7
%5599 = sub %2692, %5598 : f64[] @ models/lib/nn.yaml:79:7
%5600 = div %1614, %5599 : f64[] @ models/lib/nn.yaml:79:7
%5601 = pow %2707, %5597 : f64[] @ models/lib/nn.yaml:79:7
%5602 = sub %2692, %5601 : f64[] @ models/lib/nn.yaml:79:7
%5603 = sqrt %5602 : f64[] @ models/lib/nn.yaml:79:7
%5604 = div %2692, %5603 : f64[] @ models/lib/nn.yaml:79:7
%5605 = sqrt %5596 : f32[8,24] @ models/lib/nn.yaml:79:7
%5606 = cast %5604 : f32[] @ models/lib/nn.yaml:79:7
%5607 = broadcast %5606 : f32[8,24] @ models/lib/nn.yaml:79:7
%5608 = mul %5605, %5607 : f32[8,24] @ models/lib/nn.yaml:79:7
%5609 = add %5608, %5442 : f32[8,24] @ models/lib/nn.yaml:79:7
%5610 = div %5592, %5609 : f32[8,24] @ models/lib/nn.yaml:79:7
%5611 = cast %5600 : f32[] @ models/lib/nn.yaml:79:7
%5612 = broadcast %5611 : f32[8,24] @ models/lib/nn.yaml:79:7
%5613 = mul %5610, %5612 : f32[8,24] @ models/lib/nn.yaml:79:7
%5614 = sub %5589, %5613 : f32[8,24] @ models/lib/nn.yaml:79:7
%5615 = assign %77, %5614 : f32[8,24] @ models/lib/nn.yaml:79:7
%5616 = assign %5585, %5592 : f32[8,24] @ models/lib/nn.yaml:79:7
%5617 = assign %5586, %5596 : f32[8,24] @ models/lib/nn.yaml:79:7
%5618 = assign %5587, %5588 : i64[] @ models/lib/nn.yaml:79:7
%5619 = mul %161, %5453 : f32[8,24] @ models/lib/nn.yaml:79:7
%5620 = mul %5614, %5455 : f32[8,24] @ models/lib/nn.yaml:79:7
%5621 = add %5619, %5620 : f32[8,24] @ models/lib/nn.yaml:79:7
%5622 = assign %161, %5621 : f32[8,24] @ models/lib/nn.yaml:79:7
%5623 = all_reduce_sum %1898 : f32[12,16] @ models/lib/nn.yaml:79:7
%5624 = state name="adam_m.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%5625 = state name="adam_v.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%5626 = state name="adam_t.patch_projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5627 = add %5626, %2689 : i64[] @ models/lib/nn.yaml:79:7
%5628 = broadcast %2694 : f32[12,16] @ models/lib/nn.yaml:79:7
%5629 = mul %78, %5628 : f32[12,16] @ models/lib/nn.yaml:79:7
%5630 = broadcast %1617 : f32[12,16] @ models/lib/nn.yaml:79:7
%5631 = mul %5623, %5630 : f32[12,16] @ models/lib/nn.yaml:79:7
%5632 = broadcast %1020 : f32[12,16] @ models/lib/nn.yaml:79:7
%5633 = mul %5624, %5632 : f32[12,16] @ models/lib/nn.yaml:79:7
%5634 = add %5633, %5631 : f32[12,16] @ models/lib/nn.yaml:79:7
%5635 = mul %5623, %5623 : f32[12,16] @ models/lib/nn.yaml:79:7
%5636 = broadcast %2704 : f32[12,16] @ models/lib/nn.yaml:79:7
%5637 = mul %5635, %5636 : f32[12,16] @ models/lib/nn.yaml:79:7
%5638 = broadcast %2708 : f32[12,16] @ models/lib/nn.yaml:79:7
%5639 = mul %5625, %5638 : f32[12,16] @ models/lib/nn.yaml:79:7
%5640 = add %5639, %5637 : f32[12,16] @ models/lib/nn.yaml:79:7
%5641 = cast %5627 : f64[] @ models/lib/nn.yaml:79:7
%5642 = pow %2699, %5641 : f64[] @ models/lib/nn.yaml:79:7
%5643 = sub %2692, %5642 : f64[] @ models/lib/nn.yaml:79:7
%5644 = div %1614, %5643 : f64[] @ models/lib/nn.yaml:79:7
%5645 = pow %2707, %5641 : f64[] @ models/lib/nn.yaml:79:7
%5646 = sub %2692, %5645 : f64[] @ models/lib/nn.yaml:79:7
%5647 = sqrt %5646 : f64[] @ models/lib/nn.yaml:79:7
%5648 = div %2692, %5647 : f64[] @ models/lib/nn.yaml:79:7
%5649 = sqrt %5640 : f32[12,16] @ models/lib/nn.yaml:79:7
%5650 = cast %5648 : f32[] @ models/lib/nn.yaml:79:7
%5651 = broadcast %5650 : f32[12,16] @ models/lib/nn.yaml:79:7
%5652 = mul %5649, %5651 : f32[12,16] @ models/lib/nn.yaml:79:7
%5653 = broadcast %2724 : f32[12,16] @ models/lib/nn.yaml:79:7
%5654 = add %5652, %5653 : f32[12,16] @ models/lib/nn.yaml:79:7
%5655 = div %5634, %5654 : f32[12,16] @ models/lib/nn.yaml:79:7
%5656 = cast %5644 : f32[] @ models/lib/nn.yaml:79:7
%5657 = broadcast %5656 : f32[12,16] @ models/lib/nn.yaml:79:7
%5658 = mul %5655, %5657 : f32[12,16] @ models/lib/nn.yaml:79:7
%5659 = sub %5629, %5658 : f32[12,16] @ models/lib/nn.yaml:79:7
%5660 = assign %78, %5659 : f32[12,16] @ models/lib/nn.yaml:79:7
%5661 = assign %5624, %5634 : f32[12,16] @ models/lib/nn.yaml:79:7
%5662 = assign %5625, %5640 : f32[12,16] @ models/lib/nn.yaml:79:7
%5663 = assign %5626, %5627 : i64[] @ models/lib/nn.yaml:79:7
%5664 = broadcast %2736 : f32[12,16] @ models/lib/nn.yaml:79:7
%5665 = mul %162, %5664 : f32[12,16] @ models/lib/nn.yaml:79:7
%5666 = broadcast %2740 : f32[12,16] @ models/lib/nn.yaml:79:7
%5667 = mul %5659, %5666 : f32[12,16] @ models/lib/nn.yaml:79:7
%5668 = add %5665, %5667 : f32[12,16] @ models/lib/nn.yaml:79:7
%5669 = assign %162, %5668 : f32[12,16] @ models/lib/nn.yaml:79:7
%5670 = all_reduce_sum %1875 : f32[12] @ models/moco_pass.yaml:75:7
%5671 = state name="adam_m.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5672 = state name="adam_v.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5673 = state name="adam_t.patch_projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5674 = add %5673, %2689 : i64[] @ models/moco_pass.yaml:75:7
%5675 = broadcast %2694 : f32[12] @ models/moco_pass.yaml:75:7
%5676 = mul %79, %5675 : f32[12] @ models/moco_pass.yaml:75:7
%5677 = broadcast %1617 : f32[12] @ models/moco_pass.yaml:75:7
%5678 = mul %5670, %5677 : f32[12] @ models/moco_pass.yaml:75:7
%5679 = broadcast %1020 : f32[12] @ models/moco_pass.yaml:75:7
%5680 = mul %5671, %5679 : f32[12] @ models/moco_pass.yaml:75:7
%5681 = add %5680, %5678 : f32[12] @ models/moco_pass.yaml:75:7
%5682 = mul %5670, %5670 : f32[12] @ models/moco_pass.yaml:75:7
%5683 = broadcast %2704 : f32[12] @ models/moco_pass.yaml:75:7
%5684 = mul %5682, %5683 : f32[12] @ models/moco_pass.yaml:75:7
%5685 = broadcast %2708 : f32[12] @ models/moco_pass.yaml:75:7
%5686 = mul %5672, %5685 : f32[12] @ models/moco_pass.yaml:75:7
%5687 = add %5686, %5684 : f32[12] @ models/moco_pass.yaml:75:7
%5688 = cast %5674 : f64[] @ models/moco_pass.yaml:75:7
%5689 = pow %2699, %5688 : f64[] @ models/moco_pass.yaml:75:7
%5690 = sub %2692, %5689 : f64[] @ models/moco_pass.yaml:75:7
%5691 = div %1614, %5690 : f64[] @ models/moco_pass.yaml:75:7
%5692 = pow %2707, %5688 : f64[] @ models/moco_pass.yaml:75:7
%5693 = sub %2692, %5692 : f64[] @ models/moco_pass.yaml:75:7
%5694 = sqrt %5693 : f64[] @ models/moco_pass.yaml:75:7
%5695 = div %2692, %5694 : f64[] @ models/moco_pass.yaml:75:7
%5696 = sqrt %5687 : f32[12] @ models/moco_pass.yaml:75:7
%5697 = cast %5695 : f32[] @ models/moco_pass.yaml:75:7
%5698 = broadcast %5697 : f32[12] @ models/moco_pass.yaml:75:7
%5699 = mul %5696, %5698 : f32[12] @ models/moco_pass.yaml:75:7
%5700 = broadcast %2724 : f32[12] @ models/moco_pass.yaml:75:7
%5701 = add %5699, %5700 : f32[12] @ models/moco_pass.yaml:75:7
%5702 = div %5681, %5701 : f32[12] @ models/moco_pass.yaml:75:7
%5703 = cast %5691 : f32[] @ models/moco_pass.yaml:75:7
%5704 = broadcast %5703 : f32[12] @ models/moco_pass.yaml:75:7
%5705 = mul %5702, %5704 : f32[12] @ models/moco_pass.yaml:75:7
%5706 = sub %5676, %5705 : f32[12] @ models/moco_pass.yaml:75:7
%5707 = assign %79, %5706 : f32[12] @ models/moco_pass.yaml:75:7
%5708 = assign %5671, %5681 : f32[12] @ models/moco_pass.yaml:75:7
%5709 = assign %5672, %5687 : f32[12] @ models/moco_pass.yaml:75:7
%5710 = assign %5673, %5674 : i64[] @ models/moco_pass.yaml:75:7
%5711 = broadcast %2736 : f32[12] @ models/moco_pass.yaml:75:7
%5712 = mul %163, %5711 : f32[12] @ models/moco_pass.yaml:75:7
%5713 = broadcast %2740 : f32[12] @ models/moco_pass.yaml:75:7
%5714 = mul %5706, %5713 : f32[12] @ models/moco_pass.yaml:75:7
%5715 = add %5712, %5714 : f32[12] @ models/moco_pass.yaml:75:7
%5716 = assign %163, %5715 : f32[12] @ models/moco_pass.yaml:75:7
%5717 = all_reduce_sum %1869 : f32[12] @ models/moco_pass.yaml:76:7
%5718 = state name="adam_m.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%5719 = state name="adam_v.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%5720 = state name="adam_t.patch_projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5721 = add %5720, %2689 : i64[] @ models/moco_pass.yaml:76:7
%5722 = mul %80, %5675 : f32[12] @ models/moco_pass.yaml:76:7
%5723 = mul %5717, %5677 : f32[12] @ models/moco_pass.yaml:76:7
%5724 = mul %5718, %5679 : f32[12] @ models/moco_pass.yaml:76:7
%5725 = add %5724, %5723 : f32[12] @ models/moco_pass.yaml:76:7
%5726 = mul %5717, %5717 : f32[12] @ models/moco_pass.yaml:76:7
%5727 = mul %5726, %5683 : f32[12] @ models/moco_pass.yaml:76:7
%5728 = mul %5719, %5685 : f32[12] @ models/moco_pass.yaml:76:7
%5729 = add %5728, %5727 : f32[12] @ models/moco_pass.yaml:76:7
%5730 = cast %5721 : f64[] @ models/moco_pass.yaml:76:7
%5731 = pow %2699, %5730 : f64[] @ models/moco_pass.yaml:76:7
%5732 = sub %2692, %5731 : f64[] @ models/moco_pass.yaml:76:7
%5733 = div %1614, %5732 : f64[] @ models/moco_pass.yaml:76:7
%5734 = pow %2707, %5730 : f64[] @ models/moco_pass.yaml:76:7
%5735 = sub %2692, %5734 : f64[] @ models/moco_pass.yaml:76:7
%5736 = sqrt %5735 : f64[] @ models/moco_pass.yaml:76:7
%5737 = div %2692, %5736 : f64[] @ models/moco_pass.yaml:76:7
%5738 = sqrt %5729 : f32[12] @ models/moco_pass.yaml:76:7
%5739 = cast %5737 : f32[] @ models/moco_pass.yaml:76:7
%5740 = broadcast %5739 : f32[12] @ models/moco_pass.yaml:76:7
%5741 = mul %5738, %5740 : f32[12] @ models/moco_pass.yaml:76:7
%5742 = add %5741, %5700 : f32[12] @ models/moco_pass.yaml:76:7
%5743 = div %5725, %5742 : f32[12] @ models/moco_pass.yaml:76:7
%5744 = cast %5733 : f32[] @ models/moco_pass.yaml:76:7
%5745 = broadcast %5744 : f32[12] @ models/moco_pass.yaml:76:7
%5746 = mul %5743, %5745 : f32[12] @ models/moco_pass.yaml:76:7
%5747 = sub %5722, %5746 : f32[12] @ models/moco_pass.yaml:76:7
%5748 = assign %80, %5747 : f32[12] @ models/moco_pass.yaml:76:7
%5749 = assign %5718, %5725 : f32[12] @ models/moco_pass.yaml:76:7
%5750 = assign %5719, %5729 : f32[12] @ models/moco_pass.yaml:76:7
%5751 = assign %5720, %5721 : i64[] @ models/moco_pass.yaml:76:7
%5752 = mul %164, %5711 : f32[12] @ models/moco_pass.yaml:76:7
%5753 = mul %5747, %5713 : f32[12] @ models/moco_pass.yaml:76:7
%5754 = add %5752, %5753 : f32[12] @ models/moco_pass.yaml:76:7
%5755 = assign %164, %5754 : f32[12] @ models/moco_pass.yaml:76:7
%5756 = all_reduce_sum %1860 : f32[12,12] @ models/lib/nn.yaml:79:7
%5757 = state name="adam_m.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%5758 = state name="adam_v.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%5759 = state name="adam_t.patch_projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5760 = add %5759, %2689 : i64[] @ models/lib/nn.yaml:79:7
%5761 = broadcast %2694 : f32[12,12] @ models/lib/nn.yaml:79:7
%5762 = mul %81, %5761 : f32[12,12] @ models/lib/nn.yaml:79:7
%5763 = broadcast %1617 : f32[12,12] @ models/lib/nn.yaml:79:7
%5764 = mul %5756, %5763 : f32[12,12] @ models/lib/nn.yaml:79:7
%5765 = broadcast %1020 : f32[12,12] @ models/lib/nn.yaml:79:7
%5766 = mul %5757, %5765 : f32[12,12] @ models/lib/nn.yaml:79:7
%5767 = add %5766, %5764 : f32[12,12] @ models/lib/nn.yaml:79:7
%5768 = mul %5756, %5756 : f32[12,12] @ models/lib/nn.yaml:79:7
%5769 = broadcast %2704 : f32[12,12] @ models/lib/nn.yaml:79:7
%5770 = mul %5768, %5769 : f32[12,12] @ models/lib/nn.yaml:79:7
%5771 = broadcast %2708 : f32[12,12] @ models/lib/nn.yaml:79:7
%5772 = mul %5758, %5771 : f32[12,12] @ models/lib/nn.yaml:79:7
%5773 = add %5772, %5770 : f32[12,12] @ models/lib/nn.yaml:79:7
%5774 = cast %5760 : f64[] @ models/lib/nn.yaml:79:7
%5775 = pow %2699, %5774 : f64[] @ models/lib/nn.yaml:79:7
%5776 = sub %2692, %5775 : f64[] @ models/lib/nn.yaml:79:7
%5777 = div %1614, %5776 : f64[] @ models/lib/nn.yaml:79:7
%5778 = pow %2707, %5774 : f64[] @ models/lib/nn.yaml:79:7
%5779 = sub %2692, %5778 : f64[] @ models/lib/nn.yaml:79:7
%5780 = sqrt %5779 : f64[] @ models/lib/nn.yaml:79:7
%5781 = div %2692, %5780 : f64[] @ models/lib/nn.yaml:79:7
%5782 = sqrt %5773 : f32[12,12] @ models/lib/nn.yaml:79:7
%5783 = cast %5781 : f32[] @ models/lib/nn.yaml:79:7
%5784 = broadcast %5783 : f32[12,12] @ models/lib/nn.yaml:79:7
%5785 = mul %5782, %5784 : f32[12,12] @ models/lib/nn.yaml:79:7
%5786 = broadcast %2724 : f32[12,12] @ models/lib/nn.yaml:79:7
%5787 = add %5785, %5786 : f32[12,12] @ models/lib/nn.yaml:79:7
%5788 = div %5767, %5787 : f32[12,12] @ models/lib/nn.yaml:79:7
%5789 = cast %5777 : f32[] @ models/lib/nn.yaml:79:7
%5790 = broadcast %5789 : f32[12,12] @ models/lib/nn.yaml:79:7
%5791 = mul %5788, %5790 : f32[12,12] @ models/lib/nn.yaml:79:7
%5792 = sub %5762, %5791 : f32[12,12] @ models/lib/nn.yaml:79:7
%5793 = assign %81, %5792 : f32[12,12] @ models/lib/nn.yaml:79:7
%5794 = assign %5757, %5767 : f32[12,12] @ models/lib/nn.yaml:79:7
%5795 = assign %5758, %5773 : f32[12,12] @ models/lib/nn.yaml:79:7
%5796 = assign %5759, %5760 : i64[] @ models/lib/nn.yaml:79:7
%5797 = broadcast %2736 : f32[12,12] @ models/lib/nn.yaml:79:7
%5798 = mul %165, %5797 : f32[12,12] @ models/lib/nn.yaml:79:7
%5799 = broadcast %2740 : f32[12,12] @ models/lib/nn.yaml:79:7
%5800 = mul %5792, %5799 : f32[12,12] @ models/lib/nn.yaml:79:7
%5801 = add %5798, %5800 : f32[12,12] @ models/lib/nn.yaml:79:7
%5802 = assign %165, %5801 : f32[12,12] @ models/lib/nn.yaml:79:7
%5803 = all_reduce_sum %1837 : f32[12] @ models/moco_pass.yaml:75:7
%5804 = state name="adam_m.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5805 = state name="adam_v.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5806 = state name="adam_t.patch_projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5807 = add %5806, %2689 : i64[] @ models/moco_pass.yaml:75:7
%5808 = mul %82, %5675 : f32[12] @ models/moco_pass.yaml:75:7
%5809 = mul %5803, %5677 : f32[12] @ models/moco_pass.yaml:75:7
%5810 = mul %5804, %5679 : f32[12] @ models/moco_pass.yaml:75:7
%5811 = add %5810, %5809 : f32[12] @ models/moco_pass.yaml:75:7
%5812 = mul %5803, %5803 : f32[12] @ models/moco_pass.yaml:75:7
%5813 = mul %5812, %5683 : f32[12] @ models/moco_pass.yaml:75:7
%5814 = mul %5805, %5685 : f32[12] @ models/moco_pass.yaml:75:7
%5815 = add %5814, %5813 : f32[12] @ models/moco_pass.yaml:75:7
%5816 = cast %5807 : f64[] @ models/moco_pass.yaml:75:7
%5817 = pow %2699, %5816 : f64[] @ models/moco_pass.yaml:75:7
%5818 = sub %2692, %5817 : f64[] @ models/moco_pass.yaml:75:7
%5819 = div %1614, %5818 : f64[] @ models/moco_pass.yaml:75:7
%5820 = pow %2707, %5816 : f64[] @ models/moco_pass.yaml:75:7
%5821 = sub %2692, %5820 : f64[] @ models/moco_pass.yaml:75:7
%5822 = sqrt %5821 : f64[] @ models/moco_pass.yaml:75:7
%5823 = div %2692, %5822 : f64[] @ models/moco_pass.yaml:75:7
%5824 = sqrt %5815 : f32[12] @ models/moco_pass.yaml:75:7
%5825 = cast %5823 : f32[] @ models/moco_pass.yaml:75:7
%5826 = broadcast %5825 : f32[12] @ models/moco_pass.yaml:75:7
%5827 = mul %5824, %5826 : f32[12] @ models/moco_pass.yaml:75:7
%5828 = add %5827, %5700 : f32[12] @ models/moco_pass.yaml:75:7
%5829 = div %5811, %5828 : f32[12] @ models/moco_pass.yaml:75:7
%5830 = cast %5819 : f32[] @ models/moco_pass.yaml:75:7
%5831 = broadcast %5830 : f32[12] @ models/moco_pass.yaml:75:7
%5832 = mul %5829, %5831 : f32[12] @ models/moco_pass.yaml:75:7
%5833 = sub %5808, %5832 : f32[12] @ models/moco_pass.yaml:75:7
%5834 = assign %82, %5833 : f32[12] @ models/moco_pass.yaml:75:7
%5835 = assign %5804, %5811 : f32[12] @ models/moco_pass.yaml:75:7
%5836 = assign %5805, %5815 : f32[12] @ models/moco_pass.yaml:75:7
%5837 = assign %5806, %5807 : i64[] @ models/moco_pass.yaml:75:7
%5838 = mul %166, %5711 : f32[12] @ models/moco_pass.yaml:75:7
%5839 = mul %5833, %5713 : f32[12] @ models/moco_pass.yaml:75:7
%5840 = add %5838, %5839 : f32[12] @ models/moco_pass.yaml:75:7
%5841 = assign %166, %5840 : f32[12] @ models/moco_pass.yaml:75:7
%5842 = all_reduce_sum %1831 : f32[12] @ models/moco_pass.yaml:76:7
%5843 = state name="adam_m.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%5844 = state name="adam_v.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%5845 = state name="adam_t.patch_projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5846 = add %5845, %2689 : i64[] @ models/moco_pass.yaml:76:7
%5847 = mul %83, %5675 : f32[12] @ models/moco_pass.yaml:76:7
%5848 = mul %5842, %5677 : f32[12] @ models/moco_pass.yaml:76:7
%5849 = mul %5843, %5679 : f32[12] @ models/moco_pass.yaml:76:7
%5850 = add %5849, %5848 : f32[12] @ models/moco_pass.yaml:76:7
%5851 = mul %5842, %5842 : f32[12] @ models/moco_pass.yaml:76:7
%5852 = mul %5851, %5683 : f32[12] @ models/moco_pass.yaml:76:7
%5853 = mul %5844, %5685 : f32[12] @ models/moco_pass.yaml:76:7
%5854 = add %5853, %5852 : f32[12] @ models/moco_pass.yaml:76:7
%5855 = cast %5846 : f64[] @ models/moco_pass.yaml:76:7
%5856 = pow %2699, %5855 : f64[] @ models/moco_pass.yaml:76:7
%5857 = sub %2692, %5856 : f64[] @ models/moco_pass.yaml:76:7
%5858 = div %1614, %5857 : f64[] @ models/moco_pass.yaml:76:7
%5859 = pow %2707, %5855 : f64[] @ models/moco_pass.yaml:76:7
%5860 = sub %2692, %5859 : f64[] @ models/moco_pass.yaml:76:7
%5861 = sqrt %5860 : f64[] @ models/moco_pass.yaml:76:7
%5862 = div %2692, %5861 : f64[] @ models/moco_pass.yaml:76:7
%5863 = sqrt %5854 : f32[12] @ models/moco_pass.yaml:76:7
%5864 = cast %5862 : f32[] @ models/moco_pass.yaml:76:7
%5865 = broadcast %5864 : f32[12] @ models/moco_pass.yaml:76:7
%5866 = mul %5863, %5865 : f32[12] @ models/moco_pass.yaml:76:7
%5867 = add %5866, %5700 : f32[12] @ models/moco_pass.yaml:76:7
%5868 = div %5850, %5867 : f32[12] @ models/moco_pass.yaml:76:7
%5869 = cast %5858 : f32[] @ models/moco_pass.yaml:76:7
%5870 = broadcast %5869 : f32[12] @ models/moco_pass.yaml:76:7
%5871 = mul %5868, %5870 : f32[12] @ models/moco_pass.yaml:76:7
%5872 = sub %5847, %5871 : f32[12] @ models/moco_pass.yaml:76:7
%5873 = assign %83, %5872 : f32[12] @ models/moco_pass.yaml:76:7
%5874 = assign %5843, %5850 : f32[12] @ models/moco_pass.yaml:76:7
%5875 = assign %5844, %5854 : f32[12] @ models/moco_pass.yaml:76:7
%5876 = assign %5845, %5846 : i64[] @ models/moco_pass.yaml:76:7
%5877 = mul %167, %5711 : f32[12] @ models/moco_pass.yaml:76:7
%5878 = mul %5872, %5713 : f32[12] @ models/moco_pass.yaml:76:7
%5879 = add %5877, %5878 : f32[12] @ models/moco_pass.yaml:76:7
%5880 = assign %167, %5879 : f32[12] @ models/moco_pass.yaml:76:7
%5881 = all_reduce_sum %1822 : f32[6,12] @ models/lib/nn.yaml:79:7
%5882 = state name="adam_m.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%5883 = state name="adam_v.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%5884 = state name="adam_t.patch_projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5885 = add %5884, %2689 : i64[] @ models/lib/nn.yaml:79:7
%5886 = broadcast %2694 : f32[6,12] @ models/lib/nn.yaml:79:7
%5887 = mul %84, %5886 : f32[6,12] @ models/lib/nn.yaml:79:7
%5888 = broadcast %1617 : f32[6,12] @ models/lib/nn.yaml:79:7
%5889 = mul %5881, %5888 : f32[6,12] @ models/lib/nn.yaml:79:7
%5890 = broadcast %1020 : f32[6,12] @ models/lib/nn.yaml:79:7
%5891 = mul %5882, %5890 : f32[6,12] @ models/lib/nn.yaml:79:7
%5892 = add %5891, %5889 : f32[6,12] @ models/lib/nn.yaml:79:7
%5893 = mul %5881, %5881 : f32[6,12] @ models/lib/nn.yaml:79:7
%5894 = broadcast %2704 : f32[6,12] @ models/lib/nn.yaml:79:7
%5895 = mul %5893, %5894 : f32[6,12] @ models/lib/nn.yaml:79:7
%5896 = broadcast %2708 : f32[6,12] @ models/lib/nn.yaml:79:7
%5897 = mul %5883, %5896 : f32[6,12] @ models/lib/nn.yaml:79:7
%5898 = add %5897, %5895 : f32[6,12] @ models/lib/nn.yaml:79:7
%5899 = cast %5885 : f64[] @ models/lib/nn.yaml:79:7
%5900 = pow %2699, %5899 : f64[] @ models/lib/nn.yaml:79:7
%5901 = sub %2692, %5900 : f64[] @ models/lib/nn.yaml:79:7
%5902 = div %1614, %5901 : f64[] @ models/lib/nn.yaml:79:7
%5903 = pow %2707, %5899 : f64[] @ models/lib/nn.yaml:79:7
%5904 = sub %2692, %5903 : f64[] @ models/lib/nn.yaml:79:7
%5905 = sqrt %5904 : f64[] @ models/lib/nn.yaml:79:7
%5906 = div %2692, %5905 : f64[] @ models/lib/nn.yaml:79:7
%5907 = sqrt %5898 : f32[6,12] @ models/lib/nn.yaml:79:7
%5908 = cast %5906 : f32[] @ models/lib/nn.yaml:79:7
%5909 = broadcast %5908 : f32[6,12] @ models/lib/nn.yaml:79:7
%5910 = mul %5907, %5909 : f32[6,12] @ models/lib/nn.yaml:79:7
%5911 = broadcast %2724 : f32[6,12] @ models/lib/nn.yaml:79:7
%5912 = add %5910, %5911 : f32[6,12] @ models/lib/nn.yaml:79:7
%5913 = div %5892, %5912 : f32[6,12] @ models/lib/nn.yaml:79:7
%5914 = cast %5902 : f32[] @ models/lib/nn.yaml:79:7
%5915 = broadcast %5914 : f32[6,12] @ models/lib/nn.yaml:79:7
%5916 = mul %5913, %5915 : f32[6,12] @ models/lib/nn.yaml:79:7
%5917 = sub %5887, %5916 : f32[6,12] @ models/lib/nn.yaml:79:7
%5918 = assign %84, %5917 : f32[6,12] @ models/lib/nn.yaml:79:7
%5919 = assign %5882, %5892 : f32[6,12] @ models/lib/nn.yaml:79:7
%5920 = assign %5883, %5898 : f32[6,12] @ models/lib/nn.yaml:79:7
%5921 = assign %5884, %5885 : i64[] @ models/lib/nn.yaml:79:7
%5922 = broadcast %2736 : f32[6,12] @ models/lib/nn.yaml:79:7
%5923 = mul %168, %5922 : f32[6,12] @ models/lib/nn.yaml:79:7
%5924 = broadcast %2740 : f32[6,12] @ models/lib/nn.yaml:79:7
%5925 = mul %5917, %5924 : f32[6,12] @ models/lib/nn.yaml:79:7
%5926 = add %5923, %5925 : f32[6,12] @ models/lib/nn.yaml:79:7
%5927 = assign %168, %5926 : f32[6,12] @ models/lib/nn.yaml:79:7
%5928 = all_reduce_sum %1799 : f32[12,6] @ models/lib/nn.yaml:79:7
%5929 = state name="adam_m.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%5930 = state name="adam_v.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%5931 = state name="adam_t.patch_predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5932 = add %5931, %2689 : i64[] @ models/lib/nn.yaml:79:7
%5933 = broadcast %2694 : f32[12,6] @ models/lib/nn.yaml:79:7
%5934 = mul %85, %5933 : f32[12,6] @ models/lib/nn.yaml:79:7
%5935 = broadcast %1617 : f32[12,6] @ models/lib/nn.yaml:79:7
%5936 = mul %5928, %5935 : f32[12,6] @ models/lib/nn.yaml:79:7
%5937 = broadcast %1020 : f32[12,6] @ models/lib/nn.yaml:79:7
%5938 = mul %5929, %5937 : f32[12,6] @ models/lib/nn.yaml:79:7
%5939 = add %5938, %5936 : f32[12,6] @ models/lib/nn.yaml:79:7
%5940 = mul %5928, %5928 : f32[12,6] @ models/lib/nn.yaml:79:7
%5941 = broadcast %2704 : f32[12,6] @ models/lib/nn.yaml:79:7
%5942 = mul %5940, %5941 : f32[12,6] @ models/lib/nn.yaml:79:7
%5943 = broadcast %2708 : f32[12,6] @ models/lib/nn.yaml:79:7
%5944 = mul %5930, %5943 : f32[12,6] @ models/lib/nn.yaml:79:7
%5945 = add %5944, %5942 : f32[12,6] @ models/lib/nn.yaml:79:7
%5946 = cast %5932 : f64[] @ models/lib/nn.yaml:79:7
%5947 = pow %2699, %5946 : f64[] @ models/lib/nn.yaml:79:7
%5948 = sub %2692, %5947 : f64[] @ models/lib/nn.yaml:79:7
%5949 = div %1614, %5948 : f64[] @ models/lib/nn.yaml:79:7
%5950 = pow %2707, %5946 : f64[] @ models/lib/nn.yaml:79:7
%5951 = sub %2692, %5950 : f64[] @ models/lib/nn.yaml:79:7
%5952 = sqrt %5951 : f64[] @ models/lib/nn.yaml:79:7
%5953 = div %2692, %5952 : f64[] @ models/lib/nn.yaml:79:7
%5954 = sqrt %5945 : f32[12,6] @ models/lib/nn.yaml:79:7
%5955 = cast %5953 : f32[] @ models/lib/nn.yaml:79:7
%5956 = broadcast %5955 : f32[12,6] @ models/lib/nn.yaml:79:7
%5957 = mul %5954, %5956 : f32[12,6] @ models/lib/nn.yaml:79:7
%5958 = broadcast %2724 : f32[12,6] @ models/lib/nn.yaml:79:7
%5959 = add %5957, %5958 : f32[12,6] @ models/lib/nn.yaml:79:7
%5960 = div %5939, %5959 : f32[12,6] @ models/lib/nn.yaml:79:7
%5961 = cast %5949 : f32[] @ models/lib/nn.yaml:79:7
%5962 = broadcast %5961 : f32[12,6] @ models/lib/nn.yaml:79:7
%5963 = mul %5960, %5962 : f32[12,6] @ models/lib/nn.yaml:79:7
%5964 = sub %5934, %5963 : f32[12,6] @ models/lib/nn.yaml:79:7
%5965 = assign %85, %5964 : f32[12,6] @ models/lib/nn.yaml:79:7
%5966 = assign %5929, %5939 : f32[12,6] @ models/lib/nn.yaml:79:7
%5967 = assign %5930, %5945 : f32[12,6] @ models/lib/nn.yaml:79:7
%5968 = assign %5931, %5932 : i64[] @ models/lib/nn.yaml:79:7
%5969 = broadcast %2736 : f32[12,6] @ models/lib/nn.yaml:79:7
%5970 = mul %169, %5969 : f32[12,6] @ models/lib/nn.yaml:79:7
%5971 = broadcast %2740 : f32[12,6] @ models/lib/nn.yaml:79:7
%5972 = mul %5964, %5971 : f32[12,6] @ models/lib/nn.yaml:79:7
%5973 = add %5970, %5972 : f32[12,6] @ models/lib/nn.yaml:79:7
%5974 = assign %169, %5973 : f32[12,6] @ models/lib/nn.yaml:79:7
%5975 = all_reduce_sum %1775 : f32[12] @ models/moco_pass.yaml:75:7
%5976 = state name="adam_m.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5977 = state name="adam_v.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%5978 = state name="adam_t.patch_predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5979 = add %5978, %2689 : i64[] @ models/moco_pass.yaml:75:7
%5980 = mul %86, %5675 : f32[12] @ models/moco_pass.yaml:75:7
%5981 = mul %5975, %5677 : f32[12] @ models/moco_pass.yaml:75:7
%5982 = mul %5976, %5679 : f32[12] @ models/moco_pass.yaml:75:7
%5983 = add %5982, %5981 : f32[12] @ models/moco_pass.yaml:75:7
%5984 = mul %5975, %5975 : f32[12] @ models/moco_pass.yaml:75:7
%5985 = mul %5984, %5683 : f32[12] @ models/moco_pass.yaml:75:7
%5986 = mul %5977, %5685 : f32[12] @ models/moco_pass.yaml:75:7
%5987 = add %5986, %5985 : f32[12] @ models/moco_pass.yaml:75:7
%5988 = cast %5979 : f64[] @ models/moco_pass.yaml:75:7
%5989 = pow %2699, %5988 : f64[] @ models/moco_pass.yaml:75:7
%5990 = sub %2692, %5989 : f64[] @ models/moco_pass.yaml:75:7
%5991 = div %1614, %5990 : f64[] @ models/moco_pass.yaml:75:7
%5992 = pow %2707, %5988 : f64[] @ models/moco_pass.yaml:75:7
%5993 = sub %2692, %5992 : f64[] @ models/moco_pass.yaml:75:7
%5994 = sqrt %5993 : f64[] @ models/moco_pass.yaml:75:7
%5995 = div %2692, %5994 : f64[] @ models/moco_pass.yaml:75:7
%5996 = sqrt %5987 : f32[12] @ models/moco_pass.yaml:75:7
%5997 = cast %5995 : f32[] @ models/moco_pass.yaml:75:7
%5998 = broadcast %5997 : f32[12] @ models/moco_pass.yaml:75:7
%5999 = mul %5996, %5998 : f32[12] @ models/moco_pass.yaml:75:7
%6000 = add %5999, %5700 : f32[12] @ models/moco_pass.yaml:75:7
%6001 = div %5983, %6000 : f32[12] @ models/moco_pass.yaml:75:7
%6002 = cast %5991 : f32[] @ models/moco_pass.yaml:75:7
%6003 = broadcast %6002 : f32[12] @ models/moco_pass.yaml:75:7
%6004 = mul %6001, %6003 : f32[12] @ models/moco_pass.yaml:75:7
%6005 = sub %5980, %6004 : f32[12] @ models/moco_pass.yaml:75:7
%6006 = assign %86, %6005 : f32[12] @ models/moco_pass.yaml:75:7
%6007 = assign %5976, %5983 : f32[12] @ models/moco_pass.yaml:75:7
%6008 = assign %5977, %5987 : f32[12] @ models/moco_pass.yaml:75:7
%6009 = assign %5978, %5979 : i64[] @ models/moco_pass.yaml:75:7
%6010 = mul %170, %5711 : f32[12] @ models/moco_pass.yaml:75:7
%6011 = mul %6005, %5713 : f32[12] @ models/moco_pass.yaml:75:7
%6012 = add %6010, %6011 : f32[12] @ models/moco_pass.yaml:75:7
%6013 = assign %170, %6012 : f32[12] @ models/moco_pass.yaml:75:7
%6014 = all_reduce_sum %1769 : f32[12] @ models/moco_pass.yaml:76:7
%6015 = state name="adam_m.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6016 = state name="adam_v.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6017 = state name="adam_t.patch_predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6018 = add %6017, %2689 : i64[] @ models/moco_pass.yaml:76:7
%6019 = mul %87, %5675 : f32[12] @ models/moco_pass.yaml:76:7
%6020 = mul %6014, %5677 : f32[12] @ models/moco_pass.yaml:76:7
%6021 = mul %6015, %5679 : f32[12] @ models/moco_pass.yaml:76:7
%6022 = add %6021, %6020 : f32[12] @ models/moco_pass.yaml:76:7
%6023 = mul %6014, %6014 : f32[12] @ models/moco_pass.yaml:76:7
%6024 = mul %6023, %5683 : f32[12] @ models/moco_pass.yaml:76:7
%6025 = mul %6016, %5685 : f32[12] @ models/moco_pass.yaml:76:7
%6026 = add %6025, %6024 : f32[12] @ models/moco_pass.yaml:76:7
%6027 = cast %6018 : f64[] @ models/moco_pass.yaml:76:7
%6028 = pow %2699, %6027 : f64[] @ models/moco_pass.yaml:76:7
%6029 = sub %2692, %6028 : f64[] @ models/moco_pass.yaml:76:7
%6030 = div %1614, %6029 : f64[] @ models/moco_pass.yaml:76:7
%6031 = pow %2707, %6027 : f64[] @ models/moco_pass.yaml:76:7
%6032 = sub %2692, %6031 : f64[] @ models/moco_pass.yaml:76:7
%6033 = sqrt %6032 : f64[] @ models/moco_pass.yaml:76:7
%6034 = div %2692, %6033 : f64[] @ models/moco_pass.yaml:76:7
%6035 = sqrt %6026 : f32[12] @ models/moco_pass.yaml:76:7
%6036 = cast %6034 : f32[] @ models/moco_pass.yaml:76:7
%6037 = broadcast %6036 : f32[12] @ models/moco_pass.yaml:76:7
%6038 = mul %6035, %6037 : f32[12] @ models/moco_pass.yaml:76:7
%6039 = add %6038, %5700 : f32[12] @ models/moco_pass.yaml:76:7
%6040 = div %6022, %6039 : f32[12] @ models/moco_pass.yaml:76:7
%6041 = cast %6030 : f32[] @ models/moco_pass.yaml:76:7
%6042 = broadcast %6041 : f32[12] @ models/moco_pass.yaml:76:7
%6043 = mul %6040, %6042 : f32[12] @ models/moco_pass.yaml:76:7
%6044 = sub %6019, %6043 : f32[12] @ models/moco_pass.yaml:76:7
%6045 = assign %87, %6044 : f32[12] @ models/moco_pass.yaml:76:7
%6046 = assign %6015, %6022 : f32[12] @ models/moco_pass.yaml:76:7
%6047 = assign %6016, %6026 : f32[12] @ models/moco_pass.yaml:76:7
%6048 = assign %6017, %6018 : i64[] @ models/moco_pass.yaml:76:7
%6049 = mul %171, %5711 : f32[12] @ models/moco_pass.yaml:76:7
%6050 = mul %6044, %5713 : f32[12] @ models/moco_pass.yaml:76:7
%6051 = add %6049, %6050 : f32[12] @ models/moco_pass.yaml:76:7
%6052 = assign %171, %6051 : f32[12] @ models/moco_pass.yaml:76:7
%6053 = all_reduce_sum %1758 : f32[6,12] @ models/lib/nn.yaml:79:7
%6054 = state name="adam_m.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6055 = state name="adam_v.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6056 = state name="adam_t.patch_predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6057 = add %6056, %2689 : i64[] @ models/lib/nn.yaml:79:7
%6058 = mul %88, %5886 : f32[6,12] @ models/lib/nn.yaml:79:7
%6059 = mul %6053, %5888 : f32[6,12] @ models/lib/nn.yaml:79:7
%6060 = mul %6054, %5890 : f32[6,12] @ models/lib/nn.yaml:79:7
%6061 = add %6060, %6059 : f32[6,12] @ models/lib/nn.yaml:79:7
%6062 = mul %6053, %6053 : f32[6,12] @ models/lib/nn.yaml:79:7
%6063 = mul %6062, %5894 : f32[6,12] @ models/lib/nn.yaml:79:7
%6064 = mul %6055, %5896 : f32[6,12] @ models/lib/nn.yaml:79:7
%6065 = add %6064, %6063 : f32[6,12] @ models/lib/nn.yaml:79:7
%6066 = cast %6057 : f64[] @ models/lib/nn.yaml:79:7
%6067 = pow %2699, %6066 : f64[] @ models/lib/nn.yaml:79:7
%6068 = sub %2692, %6067 : f64[] @ models/lib/nn.yaml:79:7
%6069 = div %1614, %6068 : f64[] @ models/lib/nn.yaml:79:7
%6070 = pow %2707, %6066 : f64[] @ models/lib/nn.yaml:79:7
%6071 = sub %2692, %6070 : f64[] @ models/lib/nn.yaml:79:7
%6072 = sqrt %6071 : f64[] @ models/lib/nn.yaml:79:7
%6073 = div %2692, %6072 : f64[] @ models/lib/nn.yaml:79:7
%6074 = sqrt %6065 : f32[6,12] @ models/lib/nn.yaml:79:7
%6075 = cast %6073 : f32[] @ models/lib/nn.yaml:79:7
%6076 = broadcast %6075 : f32[6,12] @ models/lib/nn.yaml:79:7
%6077 = mul %6074, %6076 : f32[6,12] @ models/lib/nn.yaml:79:7
%6078 = add %6077, %5911 : f32[6,12] @ models/lib/nn.yaml:79:7
%6079 = div %6061, %6078 : f32[6,12] @ models/lib/nn.yaml:79:7
%6080 = cast %6069 : f32[] @ models/lib/nn.yaml:79:7
%6081 = broadcast %6080 : f32[6,12] @ models/lib/nn.yaml:79:7
%6082 = mul %6079, %6081 : f32[6,12] @ models/lib/nn.yaml:79:7
%6083 = sub %6058, %6082 : f32[6,12] @ models/lib/nn.yaml:79:7
%6084 = assign %88, %6083 : f32[6,12] @ models/lib/nn.yaml:79:7
%6085 = assign %6054, %6061 : f32[6,12] @ models/lib/nn.yaml:79:7
%6086 = assign %6055, %6065 : f32[6,12] @ models/lib/nn.yaml:79:7
%6087 = assign %6056, %6057 : i64[] @ models/lib/nn.yaml:79:7
%6088 = mul %172, %5922 : f32[6,12] @ models/lib/nn.yaml:79:7
%6089 = mul %6083, %5924 : f32[6,12] @ models/lib/nn.yaml:79:7
%6090 = add %6088, %6089 : f32[6,12] @ models/lib/nn.yaml:79:7
%6091 = assign %172, %6090 : f32[6,12] @ models/lib/nn.yaml:79:7
%6092 = const data=[inf] : f32[] @ models/moco_pass.yaml:170:3
%6093 = abs %1612 : f32[] @ models/moco_pass.yaml:170:3
%6094 = lt %6093, %6092 : bool[] @ models/moco_pass.yaml:170:3
%6095 = output %6094 name="finite" : bool[] @ models/moco_pass.yaml:170:3
