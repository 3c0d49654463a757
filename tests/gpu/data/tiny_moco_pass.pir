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
%211 = permute %209 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%212 = slice %207 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%213 = broadcast %212 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%214 = slice %211 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%215 = broadcast %214 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%216 = mul %213, %215 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%217 = slice %207 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%218 = broadcast %217 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%219 = slice %211 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%220 = broadcast %219 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%221 = mul %218, %220 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%222 = add %216, %221 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%223 = slice %207 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%224 = broadcast %223 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%225 = slice %211 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%226 = broadcast %225 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%227 = mul %224, %226 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%228 = add %222, %227 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%229 = slice %207 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%230 = broadcast %229 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%231 = slice %211 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%232 = broadcast %231 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%233 = mul %230, %232 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%234 = add %228, %233 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%235 = slice %207 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%236 = broadcast %235 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%237 = slice %211 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%238 = broadcast %237 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%239 = mul %236, %238 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%240 = add %234, %239 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%241 = slice %207 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%242 = broadcast %241 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%243 = slice %211 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%244 = broadcast %243 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%245 = mul %242, %244 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%246 = add %240, %245 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%247 = slice %207 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%248 = broadcast %247 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%249 = slice %211 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%250 = broadcast %249 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%251 = mul %248, %250 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%252 = add %246, %251 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%253 = slice %207 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%254 = broadcast %253 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%255 = slice %211 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%256 = broadcast %255 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%257 = mul %254, %256 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%258 = add %252, %257 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%259 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%260 = broadcast %259 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%261 = mul %258, %260 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%262 = reduce_max %261 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%263 = stop_gradient %262 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%264 = broadcast %263 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%265 = mul %258, %260 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%266 = sub %265, %264 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%267 = exp %266 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%268 = reduce_sum %267 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%269 = broadcast %268 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%270 = exp %266 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%271 = div %270, %269 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%272 = reshape %271 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%273 = broadcast %272 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%274 = reshape %210 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%275 = broadcast %274 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%276 = mul %273, %275 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%277 = reduce_sum %276 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%278 = permute %277 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%279 = reshape %278 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%280 = matmul %279, %96 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%281 = broadcast %97 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%282 = add %280, %281 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%283 = add %181, %282 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%284 = reduce_sum %283 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%285 = div %284, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%286 = broadcast %285 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%287 = sub %283, %286 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%288 = mul %287, %287 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%289 = reduce_sum %288 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%290 = div %289, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%291 = add %290, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%292 = rsqrt %291 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%293 = broadcast %292 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%294 = mul %287, %293 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%295 = broadcast %98 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%296 = mul %294, %295 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%297 = broadcast %99 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%298 = add %296, %297 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%299 = matmul %298, %100 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%300 = broadcast %101 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%301 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%302 = broadcast %301 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%303 = add %299, %300 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%304 = mul %302, %303 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%305 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%306 = broadcast %305 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%307 = add %299, %300 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%308 = mul %307, %306 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%309 = erf %308 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%310 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%311 = broadcast %310 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%312 = add %311, %309 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%313 = mul %304, %312 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%314 = matmul %313, %102 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%315 = broadcast %103 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%316 = add %314, %315 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%317 = add %283, %316 : f32[14,16,16] @ models/lib/nn.yaml:126:18
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
%343 = permute %341 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%344 = slice %339 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%345 = broadcast %344 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%346 = slice %343 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%347 = broadcast %346 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%348 = mul %345, %347 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%349 = slice %339 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%350 = broadcast %349 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%351 = slice %343 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%352 = broadcast %351 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%353 = mul %350, %352 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%354 = add %348, %353 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%355 = slice %339 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%356 = broadcast %355 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%357 = slice %343 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%358 = broadcast %357 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%359 = mul %356, %358 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%360 = add %354, %359 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%361 = slice %339 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%362 = broadcast %361 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%363 = slice %343 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%364 = broadcast %363 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%365 = mul %362, %364 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%366 = add %360, %365 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%367 = slice %339 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%368 = broadcast %367 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%369 = slice %343 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%370 = broadcast %369 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%371 = mul %368, %370 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%372 = add %366, %371 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%373 = slice %339 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%374 = broadcast %373 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%375 = slice %343 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%376 = broadcast %375 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%377 = mul %374, %376 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%378 = add %372, %377 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%379 = slice %339 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%380 = broadcast %379 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%381 = slice %343 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%382 = broadcast %381 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%383 = mul %380, %382 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%384 = add %378, %383 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%385 = slice %339 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%386 = broadcast %385 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%387 = slice %343 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%388 = broadcast %387 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%389 = mul %386, %388 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%390 = add %384, %389 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%391 = mul %390, %260 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%392 = reduce_max %391 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%393 = stop_gradient %392 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%394 = broadcast %393 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%395 = mul %390, %260 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%396 = sub %395, %394 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%397 = exp %396 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%398 = reduce_sum %397 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%399 = broadcast %398 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%400 = exp %396 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%401 = div %400, %399 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%402 = reshape %401 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%403 = broadcast %402 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%404 = reshape %342 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%405 = broadcast %404 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%406 = mul %403, %405 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%407 = reduce_sum %406 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%408 = permute %407 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%409 = reshape %408 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%410 = matmul %409, %108 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%411 = broadcast %109 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%412 = add %410, %411 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%413 = add %317, %412 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%414 = reduce_sum %413 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%415 = div %414, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%416 = broadcast %415 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%417 = sub %413, %416 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%418 = mul %417, %417 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%419 = reduce_sum %418 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%420 = div %419, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%421 = add %420, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%422 = rsqrt %421 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%423 = broadcast %422 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%424 = mul %417, %423 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%425 = broadcast %110 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%426 = mul %424, %425 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%427 = broadcast %111 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%428 = add %426, %427 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%429 = matmul %428, %112 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%430 = broadcast %113 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%431 = add %429, %430 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%432 = mul %302, %431 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%433 = add %429, %430 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%434 = mul %433, %306 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%435 = erf %434 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%436 = add %311, %435 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%437 = mul %432, %436 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%438 = matmul %437, %114 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%439 = broadcast %115 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%440 = add %438, %439 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%441 = add %413, %440 : f32[14,16,16] @ models/lib/nn.yaml:126:18
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
%472 = matmul %463, %123 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%473 = broadcast %124 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%474 = slice %469 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%475 = broadcast %474 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%476 = reshape %470 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%477 = permute %476 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%478 = slice %477 lo=[0,0,0,0] hi=[224,2,1,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%479 = reshape %471 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%480 = permute %479 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%481 = slice %480 lo=[0,0,0,0] hi=[224,2,1,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%482 = add %478, %481 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%483 = mul %475, %482 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%484 = slice %469 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%485 = broadcast %484 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%486 = reshape %470 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%487 = permute %486 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%488 = slice %487 lo=[0,0,1,0] hi=[224,2,2,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%489 = reshape %471 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%490 = permute %489 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%491 = slice %490 lo=[0,0,1,0] hi=[224,2,2,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%492 = add %488, %491 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%493 = mul %485, %492 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%494 = add %483, %493 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%495 = slice %469 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%496 = broadcast %495 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%497 = reshape %470 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%498 = permute %497 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%499 = slice %498 lo=[0,0,2,0] hi=[224,2,3,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%500 = reshape %471 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%501 = permute %500 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%502 = slice %501 lo=[0,0,2,0] hi=[224,2,3,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%503 = add %499, %502 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%504 = mul %496, %503 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%505 = add %494, %504 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%506 = slice %469 lo=[0,0,0,3] hi=[224,2,1,4] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%507 = broadcast %506 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%508 = reshape %470 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%509 = permute %508 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%510 = slice %509 lo=[0,0,3,0] hi=[224,2,4,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%511 = reshape %471 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%512 = permute %511 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%513 = slice %512 lo=[0,0,3,0] hi=[224,2,4,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%514 = add %510, %513 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%515 = mul %507, %514 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%516 = add %505, %515 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%517 = slice %469 lo=[0,0,0,4] hi=[224,2,1,5] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%518 = broadcast %517 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%519 = reshape %470 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%520 = permute %519 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%521 = slice %520 lo=[0,0,4,0] hi=[224,2,5,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%522 = reshape %471 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%523 = permute %522 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%524 = slice %523 lo=[0,0,4,0] hi=[224,2,5,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%525 = add %521, %524 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%526 = mul %518, %525 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%527 = add %516, %526 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%528 = slice %469 lo=[0,0,0,5] hi=[224,2,1,6] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%529 = broadcast %528 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%530 = reshape %470 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%531 = permute %530 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%532 = slice %531 lo=[0,0,5,0] hi=[224,2,6,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%533 = reshape %471 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%534 = permute %533 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%535 = slice %534 lo=[0,0,5,0] hi=[224,2,6,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%536 = add %532, %535 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%537 = mul %529, %536 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%538 = add %527, %537 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%539 = slice %469 lo=[0,0,0,6] hi=[224,2,1,7] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%540 = broadcast %539 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%541 = reshape %470 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%542 = permute %541 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%543 = slice %542 lo=[0,0,6,0] hi=[224,2,7,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%544 = reshape %471 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%545 = permute %544 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%546 = slice %545 lo=[0,0,6,0] hi=[224,2,7,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%547 = add %543, %546 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%548 = mul %540, %547 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%549 = add %538, %548 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%550 = slice %469 lo=[0,0,0,7] hi=[224,2,1,8] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%551 = broadcast %550 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%552 = reshape %470 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%553 = permute %552 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%554 = slice %553 lo=[0,0,7,0] hi=[224,2,8,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%555 = reshape %471 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%556 = permute %555 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%557 = slice %556 lo=[0,0,7,0] hi=[224,2,8,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%558 = add %554, %557 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%559 = mul %551, %558 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%560 = add %549, %559 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%561 = broadcast %259 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%562 = mul %560, %561 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%563 = reduce_max %562 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:14:35
%564 = stop_gradient %563 : f32[224,2,1,1] @ models/lib/nn.yaml:14:21
%565 = broadcast %564 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%566 = mul %560, %561 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%567 = sub %566, %565 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%568 = exp %567 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%569 = reduce_sum %568 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:15:20
%570 = broadcast %569 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%571 = exp %567 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%572 = div %571, %570 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%573 = slice %572 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%574 = broadcast %573 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%575 = reshape %472 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%576 = permute %575 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%577 = slice %576 lo=[0,0,0,0] hi=[224,2,1,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%578 = reshape %473 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%579 = permute %578 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%580 = slice %579 lo=[0,0,0,0] hi=[224,2,1,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%581 = add %577, %580 : f32[224,2,1,8] @ models/lib/nn.yaml:84:18
%582 = mul %574, %581 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%583 = slice %572 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%584 = broadcast %583 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%585 = reshape %472 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%586 = permute %585 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%587 = slice %586 lo=[0,0,1,0] hi=[224,2,2,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%588 = reshape %473 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%589 = permute %588 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%590 = slice %589 lo=[0,0,1,0] hi=[224,2,2,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%591 = add %587, %590 : f32[224,2,1,8] @ models/lib/nn.yaml:84:18
%592 = mul %584, %591 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%593 = add %582, %592 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%594 = slice %572 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%595 = broadcast %594 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%596 = reshape %472 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%597 = permute %596 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%598 = slice %597 lo=[0,0,2,0] hi=[224,2,3,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%599 = reshape %473 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%600 = permute %599 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%601 = slice %600 lo=[0,0,2,0] hi=[224,2,3,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%602 = add %598, %601 : f32[224,2,1,8] @ models/lib/nn.yaml:84:18
%603 = mul %595, %602 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%604 = add %593, %603 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%605 = permute %604 perm=[0,2,1,3] : f32[224,1,2,8] @ models/lib/nn.yaml:56:13
%606 = reshape %605 : f32[224,1,16] @ models/lib/nn.yaml:57:16
%607 = matmul %606, %125 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%608 = broadcast %126 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%609 = add %607, %608 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%610 = add %445, %609 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%611 = reduce_sum %610 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%612 = broadcast %183 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%613 = div %611, %612 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%614 = broadcast %613 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%615 = add %607, %608 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%616 = add %445, %615 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%617 = sub %616, %614 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%618 = mul %617, %617 : f32[224,1,16] @ models/lib/nn.yaml:95:22
%619 = reduce_sum %618 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%620 = div %619, %612 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%621 = broadcast %191 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%622 = add %620, %621 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%623 = rsqrt %622 : f32[224,1,1] @ models/lib/nn.yaml:96:20
%624 = broadcast %623 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%625 = mul %617, %624 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%626 = broadcast %127 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%627 = mul %625, %626 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%628 = broadcast %128 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%629 = add %627, %628 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%630 = matmul %629, %129 ta=0 tb=1 : f32[224,1,64] @ models/lib/nn.yaml:83:15
%631 = broadcast %130 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%632 = broadcast %301 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%633 = add %630, %631 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%634 = mul %632, %633 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%635 = broadcast %305 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%636 = add %630, %631 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%637 = mul %636, %635 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%638 = erf %637 : f32[224,1,64] @ models/lib/nn.yaml:27:31
%639 = broadcast %310 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%640 = add %639, %638 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%641 = mul %634, %640 : f32[224,1,64] @ models/lib/nn.yaml:27:24
%642 = matmul %641, %131 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%643 = broadcast %132 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%644 = add %642, %643 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%645 = add %607, %608 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%646 = add %445, %645 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%647 = add %646, %644 : f32[224,1,16] @ models/lib/vit.yaml:98:18
%648 = concat %647, %444 axis=1 : f32[224,3,16] @ models/lib/vit.yaml:95:24
%649 = reduce_sum %648 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%650 = div %649, %448 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%651 = broadcast %650 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%652 = sub %648, %651 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%653 = mul %652, %652 : f32[224,3,16] @ models/lib/nn.yaml:95:22
%654 = reduce_sum %653 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%655 = div %654, %448 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%656 = add %655, %455 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%657 = rsqrt %656 : f32[224,3,1] @ models/lib/nn.yaml:96:20
%658 = broadcast %657 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%659 = mul %652, %658 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%660 = broadcast %133 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%661 = mul %659, %660 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%662 = broadcast %134 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%663 = add %661, %662 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%664 = slice %663 lo=[0,0,0] hi=[224,1,16] : f32[224,1,16] @ models/lib/vit.yaml:78:33
%665 = matmul %664, %135 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%666 = broadcast %136 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%667 = add %665, %666 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%668 = reshape %667 : f32[224,1,2,8] @ models/lib/vit.yaml:78:22
%669 = permute %668 perm=[0,2,1,3] : f32[224,2,1,8] @ models/lib/vit.yaml:78:14
%670 = matmul %663, %137 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%671 = broadcast %138 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%672 = matmul %663, %139 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%673 = broadcast %140 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%674 = slice %669 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%675 = broadcast %674 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%676 = reshape %670 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%677 = permute %676 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%678 = slice %677 lo=[0,0,0,0] hi=[224,2,1,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%679 = reshape %671 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%680 = permute %679 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%681 = slice %680 lo=[0,0,0,0] hi=[224,2,1,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%682 = add %678, %681 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%683 = mul %675, %682 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%684 = slice %669 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%685 = broadcast %684 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%686 = reshape %670 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%687 = permute %686 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%688 = slice %687 lo=[0,0,1,0] hi=[224,2,2,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%689 = reshape %671 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%690 = permute %689 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%691 = slice %690 lo=[0,0,1,0] hi=[224,2,2,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%692 = add %688, %691 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%693 = mul %685, %692 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%694 = add %683, %693 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%695 = slice %669 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%696 = broadcast %695 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%697 = reshape %670 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%698 = permute %697 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%699 = slice %698 lo=[0,0,2,0] hi=[224,2,3,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%700 = reshape %671 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%701 = permute %700 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%702 = slice %701 lo=[0,0,2,0] hi=[224,2,3,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%703 = add %699, %702 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%704 = mul %696, %703 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%705 = add %694, %704 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%706 = slice %669 lo=[0,0,0,3] hi=[224,2,1,4] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%707 = broadcast %706 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%708 = reshape %670 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%709 = permute %708 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%710 = slice %709 lo=[0,0,3,0] hi=[224,2,4,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%711 = reshape %671 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%712 = permute %711 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%713 = slice %712 lo=[0,0,3,0] hi=[224,2,4,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%714 = add %710, %713 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%715 = mul %707, %714 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%716 = add %705, %715 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%717 = slice %669 lo=[0,0,0,4] hi=[224,2,1,5] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%718 = broadcast %717 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%719 = reshape %670 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%720 = permute %719 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%721 = slice %720 lo=[0,0,4,0] hi=[224,2,5,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%722 = reshape %671 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%723 = permute %722 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%724 = slice %723 lo=[0,0,4,0] hi=[224,2,5,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%725 = add %721, %724 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%726 = mul %718, %725 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%727 = add %716, %726 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%728 = slice %669 lo=[0,0,0,5] hi=[224,2,1,6] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%729 = broadcast %728 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%730 = reshape %670 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%731 = permute %730 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%732 = slice %731 lo=[0,0,5,0] hi=[224,2,6,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%733 = reshape %671 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%734 = permute %733 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%735 = slice %734 lo=[0,0,5,0] hi=[224,2,6,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%736 = add %732, %735 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%737 = mul %729, %736 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%738 = add %727, %737 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%739 = slice %669 lo=[0,0,0,6] hi=[224,2,1,7] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%740 = broadcast %739 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%741 = reshape %670 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%742 = permute %741 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%743 = slice %742 lo=[0,0,6,0] hi=[224,2,7,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%744 = reshape %671 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%745 = permute %744 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%746 = slice %745 lo=[0,0,6,0] hi=[224,2,7,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%747 = add %743, %746 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%748 = mul %740, %747 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%749 = add %738, %748 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%750 = slice %669 lo=[0,0,0,7] hi=[224,2,1,8] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%751 = broadcast %750 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%752 = reshape %670 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%753 = permute %752 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%754 = slice %753 lo=[0,0,7,0] hi=[224,2,8,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%755 = reshape %671 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%756 = permute %755 perm=[0,2,3,1] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%757 = slice %756 lo=[0,0,7,0] hi=[224,2,8,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%758 = add %754, %757 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%759 = mul %751, %758 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%760 = add %749, %759 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%761 = mul %760, %561 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%762 = reduce_max %761 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:14:35
%763 = stop_gradient %762 : f32[224,2,1,1] @ models/lib/nn.yaml:14:21
%764 = broadcast %763 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%765 = mul %760, %561 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%766 = sub %765, %764 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%767 = exp %766 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%768 = reduce_sum %767 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:15:20
%769 = broadcast %768 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%770 = exp %766 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%771 = div %770, %769 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%772 = slice %771 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%773 = broadcast %772 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%774 = reshape %672 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%775 = permute %774 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%776 = slice %775 lo=[0,0,0,0] hi=[224,2,1,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%777 = reshape %673 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%778 = permute %777 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%779 = slice %778 lo=[0,0,0,0] hi=[224,2,1,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%780 = add %776, %779 : f32[224,2,1,8] @ models/lib/nn.yaml:84:18
%781 = mul %773, %780 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%782 = slice %771 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%783 = broadcast %782 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%784 = reshape %672 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%785 = permute %784 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%786 = slice %785 lo=[0,0,1,0] hi=[224,2,2,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%787 = reshape %673 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%788 = permute %787 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%789 = slice %788 lo=[0,0,1,0] hi=[224,2,2,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%790 = add %786, %789 : f32[224,2,1,8] @ models/lib/nn.yaml:84:18
%791 = mul %783, %790 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%792 = add %781, %791 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%793 = slice %771 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%794 = broadcast %793 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%795 = reshape %672 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%796 = permute %795 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%797 = slice %796 lo=[0,0,2,0] hi=[224,2,3,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%798 = reshape %673 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%799 = permute %798 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%800 = slice %799 lo=[0,0,2,0] hi=[224,2,3,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%801 = add %797, %800 : f32[224,2,1,8] @ models/lib/nn.yaml:84:18
%802 = mul %794, %801 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%803 = add %792, %802 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%804 = permute %803 perm=[0,2,1,3] : f32[224,1,2,8] @ models/lib/nn.yaml:56:13
%805 = reshape %804 : f32[224,1,16] @ models/lib/nn.yaml:57:16
%806 = matmul %805, %141 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%807 = broadcast %142 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%808 = add %806, %807 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%809 = add %647, %808 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%810 = reduce_sum %809 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%811 = div %810, %612 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%812 = broadcast %811 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%813 = sub %809, %812 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%814 = mul %813, %813 : f32[224,1,16] @ models/lib/nn.yaml:95:22
%815 = reduce_sum %814 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%816 = div %815, %612 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%817 = add %816, %621 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%818 = rsqrt %817 : f32[224,1,1] @ models/lib/nn.yaml:96:20
%819 = broadcast %818 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%820 = mul %813, %819 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%821 = broadcast %143 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%822 = mul %820, %821 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%823 = broadcast %144 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%824 = add %822, %823 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%825 = matmul %824, %145 ta=0 tb=1 : f32[224,1,64] @ models/lib/nn.yaml:83:15
%826 = broadcast %146 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%827 = add %825, %826 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%828 = mul %632, %827 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%829 = add %825, %826 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%830 = mul %829, %635 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%831 = erf %830 : f32[224,1,64] @ models/lib/nn.yaml:27:31
%832 = add %639, %831 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%833 = mul %828, %832 : f32[224,1,64] @ models/lib/nn.yaml:27:24
%834 = matmul %833, %147 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%835 = broadcast %148 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%836 = add %834, %835 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%837 = add %809, %836 : f32[224,1,16] @ models/lib/vit.yaml:98:18
%838 = reshape %837 : f32[14,16,16] @ models/dino_pass.yaml:88:16
%839 = broadcast %116 : f32[14,1,16] @ models/lib/vit.yaml:116:31
%840 = concat %839, %441 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%841 = reduce_sum %840 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%842 = broadcast %183 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%843 = div %841, %842 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%844 = broadcast %843 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%845 = sub %840, %844 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%846 = mul %845, %845 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%847 = reduce_sum %846 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%848 = div %847, %842 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%849 = broadcast %191 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%850 = add %848, %849 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%851 = rsqrt %850 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%852 = broadcast %851 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%853 = mul %845, %852 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%854 = broadcast %117 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%855 = mul %853, %854 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%856 = broadcast %118 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%857 = add %855, %856 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%858 = slice %857 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%859 = matmul %858, %119 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%860 = broadcast %120 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%861 = add %859, %860 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%862 = reshape %861 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%863 = permute %862 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%864 = matmul %857, %121 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%865 = broadcast %122 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%866 = matmul %857, %123 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%867 = broadcast %124 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%868 = slice %863 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%869 = broadcast %868 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%870 = reshape %864 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%871 = permute %870 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%872 = slice %871 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%873 = reshape %865 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%874 = permute %873 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%875 = slice %874 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%876 = add %872, %875 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%877 = mul %869, %876 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%878 = slice %863 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%879 = broadcast %878 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%880 = reshape %864 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%881 = permute %880 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%882 = slice %881 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%883 = reshape %865 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%884 = permute %883 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%885 = slice %884 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%886 = add %882, %885 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%887 = mul %879, %886 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%888 = add %877, %887 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%889 = slice %863 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%890 = broadcast %889 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%891 = reshape %864 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%892 = permute %891 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%893 = slice %892 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%894 = reshape %865 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%895 = permute %894 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%896 = slice %895 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%897 = add %893, %896 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%898 = mul %890, %897 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%899 = add %888, %898 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%900 = slice %863 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%901 = broadcast %900 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%902 = reshape %864 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%903 = permute %902 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%904 = slice %903 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%905 = reshape %865 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%906 = permute %905 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%907 = slice %906 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%908 = add %904, %907 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%909 = mul %901, %908 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%910 = add %899, %909 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%911 = slice %863 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%912 = broadcast %911 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%913 = reshape %864 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%914 = permute %913 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%915 = slice %914 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%916 = reshape %865 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%917 = permute %916 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%918 = slice %917 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%919 = add %915, %918 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%920 = mul %912, %919 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%921 = add %910, %920 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%922 = slice %863 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%923 = broadcast %922 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%924 = reshape %864 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%925 = permute %924 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%926 = slice %925 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%927 = reshape %865 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%928 = permute %927 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%929 = slice %928 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%930 = add %926, %929 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%931 = mul %923, %930 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%932 = add %921, %931 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%933 = slice %863 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%934 = broadcast %933 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%935 = reshape %864 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%936 = permute %935 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%937 = slice %936 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%938 = reshape %865 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%939 = permute %938 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%940 = slice %939 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%941 = add %937, %940 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%942 = mul %934, %941 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%943 = add %932, %942 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%944 = slice %863 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%945 = broadcast %944 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%946 = reshape %864 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%947 = permute %946 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%948 = slice %947 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%949 = reshape %865 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%950 = permute %949 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%951 = slice %950 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%952 = add %948, %951 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%953 = mul %945, %952 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%954 = add %943, %953 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%955 = broadcast %259 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%956 = mul %954, %955 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%957 = reduce_max %956 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%958 = stop_gradient %957 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%959 = broadcast %958 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%960 = mul %954, %955 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%961 = sub %960, %959 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%962 = exp %961 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%963 = reduce_sum %962 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%964 = broadcast %963 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%965 = exp %961 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%966 = div %965, %964 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%967 = reshape %966 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%968 = broadcast %967 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%969 = reshape %866 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%970 = permute %969 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%971 = reshape %970 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%972 = reshape %867 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%973 = permute %972 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%974 = reshape %973 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%975 = add %971, %974 : f32[14,2,1,17,8] @ models/lib/nn.yaml:84:18
%976 = mul %968, %975 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%977 = reduce_sum %976 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%978 = permute %977 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%979 = reshape %978 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%980 = matmul %979, %125 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%981 = broadcast %126 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%982 = add %980, %981 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%983 = add %839, %982 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%984 = reduce_sum %983 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%985 = broadcast %183 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%986 = div %984, %985 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%987 = broadcast %986 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%988 = sub %983, %987 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%989 = mul %988, %988 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%990 = reduce_sum %989 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%991 = div %990, %985 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%992 = broadcast %191 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%993 = add %991, %992 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%994 = rsqrt %993 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%995 = broadcast %994 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%996 = mul %988, %995 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%997 = broadcast %127 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%998 = mul %996, %997 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%999 = broadcast %128 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1000 = add %998, %999 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1001 = matmul %1000, %129 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1002 = broadcast %130 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1003 = add %1001, %1002 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1004 = broadcast %301 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1005 = mul %1004, %1003 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1006 = broadcast %305 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1007 = mul %1003, %1006 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1008 = erf %1007 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1009 = broadcast %310 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1010 = add %1009, %1008 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1011 = mul %1005, %1010 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1012 = matmul %1011, %131 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1013 = broadcast %132 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1014 = add %1012, %1013 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1015 = add %983, %1014 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1016 = concat %1015, %441 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%1017 = reduce_sum %1016 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1018 = div %1017, %842 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1019 = broadcast %1018 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1020 = sub %1016, %1019 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1021 = mul %1020, %1020 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1022 = reduce_sum %1021 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1023 = div %1022, %842 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1024 = add %1023, %849 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1025 = rsqrt %1024 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1026 = broadcast %1025 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1027 = mul %1020, %1026 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1028 = broadcast %133 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1029 = mul %1027, %1028 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1030 = broadcast %134 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1031 = add %1029, %1030 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1032 = slice %1031 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%1033 = matmul %1032, %135 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1034 = broadcast %136 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1035 = add %1033, %1034 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1036 = reshape %1035 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%1037 = permute %1036 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%1038 = matmul %1031, %137 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1039 = broadcast %138 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1040 = matmul %1031, %139 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1041 = broadcast %140 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1042 = slice %1037 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1043 = broadcast %1042 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1044 = reshape %1038 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1045 = permute %1044 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1046 = slice %1045 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1047 = reshape %1039 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1048 = permute %1047 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1049 = slice %1048 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1050 = add %1046, %1049 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1051 = mul %1043, %1050 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1052 = slice %1037 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1053 = broadcast %1052 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1054 = reshape %1038 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1055 = permute %1054 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1056 = slice %1055 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1057 = reshape %1039 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1058 = permute %1057 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1059 = slice %1058 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1060 = add %1056, %1059 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1061 = mul %1053, %1060 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1062 = add %1051, %1061 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1063 = slice %1037 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1064 = broadcast %1063 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1065 = reshape %1038 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1066 = permute %1065 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1067 = slice %1066 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1068 = reshape %1039 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1069 = permute %1068 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1070 = slice %1069 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1071 = add %1067, %1070 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1072 = mul %1064, %1071 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1073 = add %1062, %1072 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1074 = slice %1037 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1075 = broadcast %1074 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1076 = reshape %1038 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1077 = permute %1076 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1078 = slice %1077 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1079 = reshape %1039 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1080 = permute %1079 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1081 = slice %1080 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1082 = add %1078, %1081 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1083 = mul %1075, %1082 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1084 = add %1073, %1083 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1085 = slice %1037 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1086 = broadcast %1085 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1087 = reshape %1038 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1088 = permute %1087 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1089 = slice %1088 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1090 = reshape %1039 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1091 = permute %1090 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1092 = slice %1091 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1093 = add %1089, %1092 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1094 = mul %1086, %1093 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1095 = add %1084, %1094 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1096 = slice %1037 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1097 = broadcast %1096 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1098 = reshape %1038 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1099 = permute %1098 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1100 = slice %1099 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1101 = reshape %1039 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1102 = permute %1101 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1103 = slice %1102 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1104 = add %1100, %1103 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1105 = mul %1097, %1104 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1106 = add %1095, %1105 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1107 = slice %1037 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1108 = broadcast %1107 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1109 = reshape %1038 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1110 = permute %1109 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1111 = slice %1110 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1112 = reshape %1039 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1113 = permute %1112 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1114 = slice %1113 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1115 = add %1111, %1114 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1116 = mul %1108, %1115 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1117 = add %1106, %1116 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1118 = slice %1037 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1119 = broadcast %1118 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1120 = reshape %1038 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1121 = permute %1120 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1122 = slice %1121 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1123 = reshape %1039 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1124 = permute %1123 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1125 = slice %1124 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1126 = add %1122, %1125 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1127 = mul %1119, %1126 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1128 = add %1117, %1127 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1129 = mul %1128, %955 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1130 = reduce_max %1129 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1131 = stop_gradient %1130 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1132 = broadcast %1131 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1133 = mul %1128, %955 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1134 = sub %1133, %1132 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1135 = exp %1134 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1136 = reduce_sum %1135 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1137 = broadcast %1136 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1138 = exp %1134 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1139 = div %1138, %1137 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1140 = reshape %1139 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1141 = broadcast %1140 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1142 = reshape %1040 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1143 = permute %1142 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1144 = reshape %1143 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1145 = reshape %1041 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1146 = permute %1145 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1147 = reshape %1146 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1148 = add %1144, %1147 : f32[14,2,1,17,8] @ models/lib/nn.yaml:84:18
%1149 = mul %1141, %1148 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1150 = reduce_sum %1149 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1151 = permute %1150 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1152 = reshape %1151 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1153 = matmul %1152, %141 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1154 = broadcast %142 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1155 = add %1153, %1154 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1156 = add %1015, %1155 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1157 = reduce_sum %1156 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1158 = div %1157, %985 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1159 = broadcast %1158 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1160 = sub %1156, %1159 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1161 = mul %1160, %1160 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1162 = reduce_sum %1161 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1163 = div %1162, %985 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1164 = add %1163, %992 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1165 = rsqrt %1164 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1166 = broadcast %1165 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1167 = mul %1160, %1166 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1168 = broadcast %143 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1169 = mul %1167, %1168 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1170 = broadcast %144 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1171 = add %1169, %1170 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1172 = matmul %1171, %145 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1173 = broadcast %146 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1174 = add %1172, %1173 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1175 = mul %1004, %1174 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1176 = mul %1174, %1006 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1177 = erf %1176 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1178 = add %1009, %1177 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1179 = mul %1175, %1178 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1180 = matmul %1179, %147 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1181 = broadcast %148 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1182 = add %1180, %1181 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1183 = add %1156, %1182 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1184 = concat %1183, %838 axis=1 : f32[14,17,16] @ models/moco_pass.yaml:139:30
%1185 = reduce_sum %1184 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1186 = div %1185, %842 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1187 = broadcast %1186 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1188 = sub %1184, %1187 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1189 = mul %1188, %1188 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1190 = reduce_sum %1189 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1191 = div %1190, %842 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1192 = add %1191, %849 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1193 = rsqrt %1192 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1194 = broadcast %1193 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1195 = mul %1188, %1194 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1196 = broadcast %149 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1197 = mul %1195, %1196 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1198 = broadcast %150 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1199 = add %1197, %1198 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1200 = slice %1199 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/moco_pass.yaml:140:42
%1201 = reshape %1200 : f32[224,16] @ models/moco_pass.yaml:140:33
%1202 = matmul %1201, %162 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1203 = reshape %1202 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1204 = reduce_sum %1203 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1205 = const data=[112] : f32[] @ models/moco_pass.yaml:80:24
%1206 = broadcast %1205 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1207 = div %1204, %1206 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1208 = all_reduce_sum %1207 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1209 = broadcast %1208 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1210 = sub %1203, %1209 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1211 = mul %1210, %1210 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1212 = reduce_sum %1211 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1213 = div %1212, %1206 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1214 = all_reduce_sum %1213 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1215 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1216 = broadcast %1215 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1217 = add %1214, %1216 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1218 = rsqrt %1217 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1219 = broadcast %1218 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1220 = mul %1210, %1219 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1221 = reshape %1220 : f32[224,12] @ models/moco_pass.yaml:83:13
%1222 = broadcast %163 : f32[224,12] @ models/moco_pass.yaml:84:18
%1223 = mul %1221, %1222 : f32[224,12] @ models/moco_pass.yaml:84:18
%1224 = broadcast %164 : f32[224,12] @ models/moco_pass.yaml:84:27
%1225 = add %1223, %1224 : f32[224,12] @ models/moco_pass.yaml:84:27
%1226 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1227 = broadcast %1226 : f32[224,12] @ models/moco_pass.yaml:70:16
%1228 = max %1225, %1227 : f32[224,12] @ models/moco_pass.yaml:70:16
%1229 = matmul %1228, %165 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1230 = reshape %1229 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1231 = reduce_sum %1230 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1232 = div %1231, %1206 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1233 = all_reduce_sum %1232 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1234 = broadcast %1233 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1235 = sub %1230, %1234 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1236 = mul %1235, %1235 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1237 = reduce_sum %1236 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1238 = div %1237, %1206 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1239 = all_reduce_sum %1238 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1240 = add %1239, %1216 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1241 = rsqrt %1240 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1242 = broadcast %1241 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1243 = mul %1235, %1242 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1244 = reshape %1243 : f32[224,12] @ models/moco_pass.yaml:83:13
%1245 = broadcast %166 : f32[224,12] @ models/moco_pass.yaml:84:18
%1246 = mul %1244, %1245 : f32[224,12] @ models/moco_pass.yaml:84:18
%1247 = broadcast %167 : f32[224,12] @ models/moco_pass.yaml:84:27
%1248 = add %1246, %1247 : f32[224,12] @ models/moco_pass.yaml:84:27
%1249 = max %1248, %1227 : f32[224,12] @ models/moco_pass.yaml:70:16
%1250 = matmul %1249, %168 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%1251 = reshape %1250 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%1252 = reduce_sum %1251 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1253 = broadcast %1205 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1254 = div %1252, %1253 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1255 = all_reduce_sum %1254 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1256 = broadcast %1255 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1257 = sub %1251, %1256 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1258 = mul %1257, %1257 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1259 = reduce_sum %1258 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1260 = div %1259, %1253 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1261 = all_reduce_sum %1260 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1262 = broadcast %1215 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1263 = add %1261, %1262 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1264 = rsqrt %1263 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1265 = broadcast %1264 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1266 = mul %1257, %1265 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1267 = slice %1199 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/moco_pass.yaml:141:31
%1268 = reshape %1267 : f32[14,16] @ models/moco_pass.yaml:141:31
%1269 = matmul %1268, %151 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1270 = reshape %1269 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1271 = reduce_sum %1270 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1272 = const data=[7] : f32[] @ models/moco_pass.yaml:80:24
%1273 = broadcast %1272 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1274 = div %1271, %1273 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1275 = all_reduce_sum %1274 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1276 = broadcast %1275 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1277 = sub %1270, %1276 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1278 = mul %1277, %1277 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1279 = reduce_sum %1278 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1280 = div %1279, %1273 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1281 = all_reduce_sum %1280 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1282 = broadcast %1215 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1283 = add %1281, %1282 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1284 = rsqrt %1283 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1285 = broadcast %1284 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1286 = mul %1277, %1285 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1287 = reshape %1286 : f32[14,24] @ models/moco_pass.yaml:83:13
%1288 = broadcast %152 : f32[14,24] @ models/moco_pass.yaml:84:18
%1289 = mul %1287, %1288 : f32[14,24] @ models/moco_pass.yaml:84:18
%1290 = broadcast %153 : f32[14,24] @ models/moco_pass.yaml:84:27
%1291 = add %1289, %1290 : f32[14,24] @ models/moco_pass.yaml:84:27
%1292 = broadcast %1226 : f32[14,24] @ models/moco_pass.yaml:70:16
%1293 = max %1291, %1292 : f32[14,24] @ models/moco_pass.yaml:70:16
%1294 = matmul %1293, %154 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1295 = reshape %1294 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1296 = reduce_sum %1295 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1297 = div %1296, %1273 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1298 = all_reduce_sum %1297 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1299 = broadcast %1298 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1300 = sub %1295, %1299 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1301 = mul %1300, %1300 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1302 = reduce_sum %1301 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1303 = div %1302, %1273 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1304 = all_reduce_sum %1303 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1305 = add %1304, %1282 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1306 = rsqrt %1305 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1307 = broadcast %1306 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1308 = mul %1300, %1307 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1309 = reshape %1308 : f32[14,24] @ models/moco_pass.yaml:83:13
%1310 = broadcast %155 : f32[14,24] @ models/moco_pass.yaml:84:18
%1311 = mul %1309, %1310 : f32[14,24] @ models/moco_pass.yaml:84:18
%1312 = broadcast %156 : f32[14,24] @ models/moco_pass.yaml:84:27
%1313 = add %1311, %1312 : f32[14,24] @ models/moco_pass.yaml:84:27
%1314 = max %1313, %1292 : f32[14,24] @ models/moco_pass.yaml:70:16
%1315 = matmul %1314, %157 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%1316 = reshape %1315 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%1317 = reduce_sum %1316 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1318 = broadcast %1272 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1319 = div %1317, %1318 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1320 = all_reduce_sum %1319 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1321 = broadcast %1320 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1322 = sub %1316, %1321 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1323 = mul %1322, %1322 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1324 = reduce_sum %1323 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1325 = div %1324, %1318 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1326 = all_reduce_sum %1325 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1327 = broadcast %1215 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1328 = add %1326, %1327 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1329 = rsqrt %1328 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1330 = broadcast %1329 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1331 = mul %1322, %1330 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1332 = reshape %1331 : f32[14,8] @ models/moco_pass.yaml:83:13
%1333 = reshape %1266 : f32[14,16,6] @ models/moco_pass.yaml:141:43
%1334 = slice %1332 lo=[0,0] hi=[7,8] : f32[7,8] @ models/moco_pass.yaml:159:25
%1335 = slice %1332 lo=[7,0] hi=[14,8] : f32[7,8] @ models/moco_pass.yaml:159:25
%1336 = slice %1333 lo=[0,0,0] hi=[7,16,6] : f32[7,16,6] @ models/moco_pass.yaml:159:32
%1337 = slice %1333 lo=[7,0,0] hi=[14,16,6] : f32[7,16,6] @ models/moco_pass.yaml:159:32
%1338 = reshape %6 : f32[16,48] @ models/lib/vit.yaml:17:20
%1339 = matmul %175, %1338 ta=0 tb=1 : f32[14,16,16] @ models/lib/vit.yaml:17:18
%1340 = broadcast %7 : f32[14,16,16] @ models/lib/vit.yaml:17:71
%1341 = add %1339, %1340 : f32[14,16,16] @ models/lib/vit.yaml:17:71
%1342 = broadcast %5 : f32[14,16,16] @ models/lib/vit.yaml:62:15
%1343 = add %1341, %1342 : f32[14,16,16] @ models/lib/vit.yaml:62:15
%1344 = reduce_sum %1343 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1345 = div %1344, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1346 = broadcast %1345 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1347 = sub %1343, %1346 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1348 = mul %1347, %1347 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1349 = reduce_sum %1348 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1350 = div %1349, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1351 = add %1350, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1352 = rsqrt %1351 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1353 = broadcast %1352 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1354 = mul %1347, %1353 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1355 = broadcast %8 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1356 = mul %1354, %1355 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1357 = broadcast %9 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1358 = add %1356, %1357 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1359 = matmul %1358, %10 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%1360 = broadcast %11 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1361 = add %1359, %1360 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1362 = reshape %1361 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%1363 = permute %1362 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%1364 = slice %1363 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%1365 = reshape %1364 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%1366 = slice %1363 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%1367 = reshape %1366 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%1368 = slice %1363 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%1369 = reshape %1368 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%1370 = permute %1367 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%1371 = slice %1365 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1372 = broadcast %1371 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1373 = slice %1370 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1374 = broadcast %1373 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1375 = mul %1372, %1374 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1376 = slice %1365 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1377 = broadcast %1376 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1378 = slice %1370 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1379 = broadcast %1378 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1380 = mul %1377, %1379 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1381 = add %1375, %1380 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1382 = slice %1365 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1383 = broadcast %1382 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1384 = slice %1370 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1385 = broadcast %1384 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1386 = mul %1383, %1385 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1387 = add %1381, %1386 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1388 = slice %1365 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1389 = broadcast %1388 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1390 = slice %1370 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1391 = broadcast %1390 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1392 = mul %1389, %1391 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1393 = add %1387, %1392 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1394 = slice %1365 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1395 = broadcast %1394 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1396 = slice %1370 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1397 = broadcast %1396 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1398 = mul %1395, %1397 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1399 = add %1393, %1398 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1400 = slice %1365 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1401 = broadcast %1400 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1402 = slice %1370 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1403 = broadcast %1402 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1404 = mul %1401, %1403 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1405 = add %1399, %1404 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1406 = slice %1365 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1407 = broadcast %1406 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1408 = slice %1370 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1409 = broadcast %1408 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1410 = mul %1407, %1409 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1411 = add %1405, %1410 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1412 = slice %1365 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1413 = broadcast %1412 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1414 = slice %1370 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1415 = broadcast %1414 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1416 = mul %1413, %1415 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1417 = add %1411, %1416 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1418 = mul %1417, %260 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1419 = reduce_max %1418 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%1420 = stop_gradient %1419 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%1421 = broadcast %1420 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1422 = mul %1417, %260 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1423 = sub %1422, %1421 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1424 = exp %1423 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1425 = reduce_sum %1424 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%1426 = broadcast %1425 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1427 = exp %1423 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1428 = div %1427, %1426 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1429 = reshape %1428 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%1430 = broadcast %1429 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1431 = reshape %1368 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%1432 = broadcast %1431 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1433 = mul %1430, %1432 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1434 = reduce_sum %1433 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%1435 = permute %1434 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%1436 = reshape %1435 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%1437 = matmul %1436, %12 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1438 = broadcast %13 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1439 = add %1437, %1438 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1440 = add %1343, %1439 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%1441 = reduce_sum %1440 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1442 = div %1441, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1443 = broadcast %1442 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1444 = sub %1440, %1443 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1445 = mul %1444, %1444 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1446 = reduce_sum %1445 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1447 = div %1446, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1448 = add %1447, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1449 = rsqrt %1448 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1450 = broadcast %1449 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1451 = mul %1444, %1450 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1452 = broadcast %14 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1453 = mul %1451, %1452 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1454 = broadcast %15 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1455 = add %1453, %1454 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1456 = matmul %1455, %16 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%1457 = broadcast %17 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1458 = add %1456, %1457 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1459 = mul %302, %1458 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1460 = add %1456, %1457 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1461 = mul %1460, %306 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1462 = erf %1461 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%1463 = add %311, %1462 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1464 = mul %1459, %1463 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%1465 = matmul %1464, %18 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1466 = broadcast %19 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1467 = add %1465, %1466 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1468 = add %1440, %1467 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%1469 = reduce_sum %1468 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1470 = div %1469, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1471 = broadcast %1470 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1472 = sub %1468, %1471 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1473 = mul %1472, %1472 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1474 = reduce_sum %1473 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1475 = div %1474, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1476 = add %1475, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1477 = rsqrt %1476 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1478 = broadcast %1477 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1479 = mul %1472, %1478 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1480 = broadcast %20 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1481 = mul %1479, %1480 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1482 = broadcast %21 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1483 = add %1481, %1482 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1484 = matmul %1483, %22 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%1485 = broadcast %23 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1486 = add %1484, %1485 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1487 = reshape %1486 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%1488 = permute %1487 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%1489 = slice %1488 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%1490 = reshape %1489 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%1491 = slice %1488 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%1492 = reshape %1491 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%1493 = slice %1488 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%1494 = reshape %1493 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%1495 = permute %1492 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%1496 = slice %1490 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1497 = broadcast %1496 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1498 = slice %1495 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1499 = broadcast %1498 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1500 = mul %1497, %1499 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1501 = slice %1490 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1502 = broadcast %1501 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1503 = slice %1495 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1504 = broadcast %1503 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1505 = mul %1502, %1504 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1506 = add %1500, %1505 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1507 = slice %1490 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1508 = broadcast %1507 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1509 = slice %1495 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1510 = broadcast %1509 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1511 = mul %1508, %1510 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1512 = add %1506, %1511 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1513 = slice %1490 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1514 = broadcast %1513 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1515 = slice %1495 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1516 = broadcast %1515 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1517 = mul %1514, %1516 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1518 = add %1512, %1517 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1519 = slice %1490 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1520 = broadcast %1519 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1521 = slice %1495 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1522 = broadcast %1521 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1523 = mul %1520, %1522 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1524 = add %1518, %1523 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1525 = slice %1490 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1526 = broadcast %1525 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1527 = slice %1495 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1528 = broadcast %1527 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1529 = mul %1526, %1528 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1530 = add %1524, %1529 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1531 = slice %1490 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1532 = broadcast %1531 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1533 = slice %1495 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1534 = broadcast %1533 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1535 = mul %1532, %1534 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1536 = add %1530, %1535 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1537 = slice %1490 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1538 = broadcast %1537 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1539 = slice %1495 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1540 = broadcast %1539 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1541 = mul %1538, %1540 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1542 = add %1536, %1541 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1543 = mul %1542, %260 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1544 = reduce_max %1543 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%1545 = stop_gradient %1544 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%1546 = broadcast %1545 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1547 = mul %1542, %260 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1548 = sub %1547, %1546 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1549 = exp %1548 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1550 = reduce_sum %1549 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%1551 = broadcast %1550 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1552 = exp %1548 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1553 = div %1552, %1551 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1554 = reshape %1553 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%1555 = broadcast %1554 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1556 = reshape %1493 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%1557 = broadcast %1556 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1558 = mul %1555, %1557 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1559 = reduce_sum %1558 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%1560 = permute %1559 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%1561 = reshape %1560 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%1562 = matmul %1561, %24 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1563 = broadcast %25 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1564 = add %1562, %1563 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1565 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1566 = broadcast %1565 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1567 = div %1564, %1566 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1568 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1569 = rand_uniform %1568 stream=1 : f32[14] @ models/lib/nn.yaml:43:13
%1570 = broadcast %1565 : f32[14] @ models/lib/nn.yaml:44:35
%1571 = add %1570, %1569 : f32[14] @ models/lib/nn.yaml:44:35
%1572 = floor %1571 : f32[14] @ models/lib/nn.yaml:44:24
%1573 = reshape %1572 : f32[14,1,1] @ models/lib/nn.yaml:44:16
%1574 = broadcast %1573 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1575 = mul %1567, %1574 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1576 = add %1468, %1575 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%1577 = reduce_sum %1576 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1578 = div %1577, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1579 = broadcast %1578 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1580 = sub %1576, %1579 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1581 = mul %1580, %1580 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1582 = reduce_sum %1581 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1583 = div %1582, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1584 = add %1583, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1585 = rsqrt %1584 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1586 = broadcast %1585 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1587 = mul %1580, %1586 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1588 = broadcast %26 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1589 = mul %1587, %1588 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1590 = broadcast %27 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1591 = add %1589, %1590 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1592 = matmul %1591, %28 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%1593 = broadcast %29 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1594 = add %1592, %1593 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1595 = mul %302, %1594 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1596 = add %1592, %1593 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1597 = mul %1596, %306 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1598 = erf %1597 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%1599 = add %311, %1598 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1600 = mul %1595, %1599 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%1601 = matmul %1600, %30 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1602 = broadcast %31 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1603 = add %1601, %1602 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1604 = div %1603, %1566 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1605 = rand_uniform %1568 stream=2 : f32[14] @ models/lib/nn.yaml:43:13
%1606 = add %1570, %1605 : f32[14] @ models/lib/nn.yaml:44:35
%1607 = floor %1606 : f32[14] @ models/lib/nn.yaml:44:24
%1608 = reshape %1607 : f32[14,1,1] @ models/lib/nn.yaml:44:16
%1609 = broadcast %1608 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1610 = mul %1604, %1609 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1611 = add %1576, %1610 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%1612 = broadcast %32 : f32[14,1,16] @ models/lib/vit.yaml:116:31
%1613 = concat %1612, %1611 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%1614 = reduce_sum %1613 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1615 = div %1614, %842 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1616 = broadcast %1615 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1617 = sub %1613, %1616 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1618 = mul %1617, %1617 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1619 = reduce_sum %1618 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1620 = div %1619, %842 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1621 = add %1620, %849 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1622 = rsqrt %1621 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1623 = broadcast %1622 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1624 = mul %1617, %1623 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1625 = broadcast %33 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1626 = mul %1624, %1625 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1627 = broadcast %34 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1628 = add %1626, %1627 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1629 = slice %1628 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%1630 = matmul %1629, %35 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1631 = broadcast %36 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1632 = add %1630, %1631 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1633 = reshape %1632 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%1634 = permute %1633 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%1635 = matmul %1628, %37 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1636 = broadcast %38 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1637 = matmul %1628, %39 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1638 = broadcast %40 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1639 = slice %1634 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1640 = broadcast %1639 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1641 = reshape %1635 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1642 = permute %1641 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1643 = slice %1642 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1644 = reshape %1636 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1645 = permute %1644 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1646 = slice %1645 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1647 = add %1643, %1646 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1648 = mul %1640, %1647 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1649 = slice %1634 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1650 = broadcast %1649 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1651 = reshape %1635 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1652 = permute %1651 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1653 = slice %1652 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1654 = reshape %1636 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1655 = permute %1654 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1656 = slice %1655 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1657 = add %1653, %1656 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1658 = mul %1650, %1657 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1659 = add %1648, %1658 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1660 = slice %1634 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1661 = broadcast %1660 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1662 = reshape %1635 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1663 = permute %1662 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1664 = slice %1663 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1665 = reshape %1636 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1666 = permute %1665 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1667 = slice %1666 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1668 = add %1664, %1667 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1669 = mul %1661, %1668 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1670 = add %1659, %1669 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1671 = slice %1634 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1672 = broadcast %1671 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1673 = reshape %1635 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1674 = permute %1673 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1675 = slice %1674 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1676 = reshape %1636 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1677 = permute %1676 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1678 = slice %1677 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1679 = add %1675, %1678 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1680 = mul %1672, %1679 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1681 = add %1670, %1680 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1682 = slice %1634 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1683 = broadcast %1682 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1684 = reshape %1635 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1685 = permute %1684 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1686 = slice %1685 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1687 = reshape %1636 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1688 = permute %1687 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1689 = slice %1688 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1690 = add %1686, %1689 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1691 = mul %1683, %1690 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1692 = add %1681, %1691 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1693 = slice %1634 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1694 = broadcast %1693 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1695 = reshape %1635 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1696 = permute %1695 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1697 = slice %1696 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1698 = reshape %1636 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1699 = permute %1698 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1700 = slice %1699 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1701 = add %1697, %1700 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1702 = mul %1694, %1701 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1703 = add %1692, %1702 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1704 = slice %1634 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1705 = broadcast %1704 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1706 = reshape %1635 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1707 = permute %1706 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1708 = slice %1707 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1709 = reshape %1636 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1710 = permute %1709 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1711 = slice %1710 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1712 = add %1708, %1711 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1713 = mul %1705, %1712 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1714 = add %1703, %1713 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1715 = slice %1634 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1716 = broadcast %1715 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1717 = reshape %1635 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1718 = permute %1717 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1719 = slice %1718 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1720 = reshape %1636 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1721 = permute %1720 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1722 = slice %1721 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1723 = add %1719, %1722 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1724 = mul %1716, %1723 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1725 = add %1714, %1724 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1726 = mul %1725, %955 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1727 = reduce_max %1726 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1728 = stop_gradient %1727 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1729 = broadcast %1728 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1730 = mul %1725, %955 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1731 = sub %1730, %1729 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1732 = exp %1731 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1733 = reduce_sum %1732 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1734 = broadcast %1733 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1735 = exp %1731 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1736 = div %1735, %1734 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1737 = reshape %1736 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1738 = broadcast %1737 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1739 = reshape %1637 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1740 = permute %1739 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1741 = reshape %1740 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1742 = reshape %1638 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1743 = permute %1742 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1744 = reshape %1743 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1745 = add %1741, %1744 : f32[14,2,1,17,8] @ models/lib/nn.yaml:84:18
%1746 = mul %1738, %1745 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1747 = reduce_sum %1746 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1748 = permute %1747 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1749 = reshape %1748 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1750 = matmul %1749, %41 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1751 = broadcast %42 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1752 = add %1750, %1751 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1753 = add %1612, %1752 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1754 = reduce_sum %1753 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1755 = div %1754, %985 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1756 = broadcast %1755 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1757 = sub %1753, %1756 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1758 = mul %1757, %1757 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1759 = reduce_sum %1758 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1760 = div %1759, %985 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1761 = add %1760, %992 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1762 = rsqrt %1761 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1763 = broadcast %1762 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1764 = mul %1757, %1763 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1765 = broadcast %43 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1766 = mul %1764, %1765 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1767 = broadcast %44 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1768 = add %1766, %1767 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1769 = matmul %1768, %45 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1770 = broadcast %46 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1771 = add %1769, %1770 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1772 = mul %1004, %1771 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1773 = mul %1771, %1006 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1774 = erf %1773 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1775 = add %1009, %1774 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1776 = mul %1772, %1775 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1777 = matmul %1776, %47 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1778 = broadcast %48 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1779 = add %1777, %1778 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1780 = add %1753, %1779 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1781 = concat %1780, %1611 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%1782 = reduce_sum %1781 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1783 = div %1782, %842 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1784 = broadcast %1783 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1785 = sub %1781, %1784 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1786 = mul %1785, %1785 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1787 = reduce_sum %1786 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1788 = div %1787, %842 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1789 = add %1788, %849 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1790 = rsqrt %1789 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1791 = broadcast %1790 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1792 = mul %1785, %1791 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1793 = broadcast %49 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1794 = mul %1792, %1793 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1795 = broadcast %50 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1796 = add %1794, %1795 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1797 = slice %1796 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%1798 = matmul %1797, %51 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1799 = broadcast %52 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1800 = add %1798, %1799 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1801 = reshape %1800 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%1802 = permute %1801 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%1803 = matmul %1796, %53 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1804 = broadcast %54 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1805 = matmul %1796, %55 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1806 = broadcast %56 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1807 = slice %1802 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1808 = broadcast %1807 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1809 = reshape %1803 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1810 = permute %1809 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1811 = slice %1810 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1812 = reshape %1804 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1813 = permute %1812 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1814 = slice %1813 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1815 = add %1811, %1814 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1816 = mul %1808, %1815 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1817 = slice %1802 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1818 = broadcast %1817 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1819 = reshape %1803 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1820 = permute %1819 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1821 = slice %1820 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1822 = reshape %1804 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1823 = permute %1822 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1824 = slice %1823 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1825 = add %1821, %1824 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1826 = mul %1818, %1825 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1827 = add %1816, %1826 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1828 = slice %1802 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1829 = broadcast %1828 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1830 = reshape %1803 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1831 = permute %1830 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1832 = slice %1831 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1833 = reshape %1804 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1834 = permute %1833 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1835 = slice %1834 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1836 = add %1832, %1835 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1837 = mul %1829, %1836 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1838 = add %1827, %1837 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1839 = slice %1802 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1840 = broadcast %1839 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1841 = reshape %1803 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1842 = permute %1841 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1843 = slice %1842 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1844 = reshape %1804 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1845 = permute %1844 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1846 = slice %1845 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1847 = add %1843, %1846 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1848 = mul %1840, %1847 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1849 = add %1838, %1848 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1850 = slice %1802 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1851 = broadcast %1850 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1852 = reshape %1803 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1853 = permute %1852 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1854 = slice %1853 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1855 = reshape %1804 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1856 = permute %1855 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1857 = slice %1856 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1858 = add %1854, %1857 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1859 = mul %1851, %1858 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1860 = add %1849, %1859 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1861 = slice %1802 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1862 = broadcast %1861 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1863 = reshape %1803 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1864 = permute %1863 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1865 = slice %1864 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1866 = reshape %1804 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1867 = permute %1866 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1868 = slice %1867 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1869 = add %1865, %1868 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1870 = mul %1862, %1869 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1871 = add %1860, %1870 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1872 = slice %1802 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1873 = broadcast %1872 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1874 = reshape %1803 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1875 = permute %1874 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1876 = slice %1875 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1877 = reshape %1804 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1878 = permute %1877 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1879 = slice %1878 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1880 = add %1876, %1879 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1881 = mul %1873, %1880 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1882 = add %1871, %1881 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1883 = slice %1802 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1884 = broadcast %1883 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1885 = reshape %1803 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1886 = permute %1885 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1887 = slice %1886 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1888 = reshape %1804 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1889 = permute %1888 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1890 = slice %1889 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1891 = add %1887, %1890 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1892 = mul %1884, %1891 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1893 = add %1882, %1892 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1894 = mul %1893, %955 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1895 = reduce_max %1894 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1896 = stop_gradient %1895 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1897 = broadcast %1896 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1898 = mul %1893, %955 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1899 = sub %1898, %1897 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1900 = exp %1899 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1901 = reduce_sum %1900 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1902 = broadcast %1901 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1903 = exp %1899 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1904 = div %1903, %1902 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1905 = reshape %1904 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1906 = broadcast %1905 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1907 = reshape %1805 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1908 = permute %1907 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1909 = reshape %1908 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1910 = reshape %1806 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1911 = permute %1910 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1912 = reshape %1911 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1913 = add %1909, %1912 : f32[14,2,1,17,8] @ models/lib/nn.yaml:84:18
%1914 = mul %1906, %1913 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1915 = reduce_sum %1914 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1916 = permute %1915 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1917 = reshape %1916 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1918 = matmul %1917, %57 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1919 = broadcast %58 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1920 = add %1918, %1919 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1921 = add %1780, %1920 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1922 = reduce_sum %1921 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1923 = div %1922, %985 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1924 = broadcast %1923 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1925 = sub %1921, %1924 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1926 = mul %1925, %1925 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1927 = reduce_sum %1926 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1928 = div %1927, %985 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1929 = add %1928, %992 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1930 = rsqrt %1929 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1931 = broadcast %1930 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1932 = mul %1925, %1931 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1933 = broadcast %59 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1934 = mul %1932, %1933 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1935 = broadcast %60 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1936 = add %1934, %1935 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1937 = matmul %1936, %61 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1938 = broadcast %62 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1939 = add %1937, %1938 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1940 = mul %1004, %1939 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1941 = mul %1939, %1006 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1942 = erf %1941 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1943 = add %1009, %1942 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1944 = mul %1940, %1943 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1945 = matmul %1944, %63 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1946 = broadcast %64 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1947 = add %1945, %1946 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1948 = add %1921, %1947 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1949 = concat %1948, %1611 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:111:21
%1950 = reduce_sum %1949 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1951 = div %1950, %842 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1952 = broadcast %1951 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1953 = sub %1949, %1952 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1954 = mul %1953, %1953 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1955 = reduce_sum %1954 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1956 = div %1955, %842 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1957 = add %1956, %849 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1958 = rsqrt %1957 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1959 = broadcast %1958 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1960 = mul %1953, %1959 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1961 = broadcast %65 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1962 = mul %1960, %1961 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1963 = broadcast %66 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1964 = add %1962, %1963 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1965 = slice %1964 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/moco_pass.yaml:130:38
%1966 = reshape %1965 : f32[14,16] @ models/moco_pass.yaml:130:38
%1967 = matmul %1966, %67 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1968 = reshape %1967 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1969 = reduce_sum %1968 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1970 = div %1969, %1273 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1971 = all_reduce_sum %1970 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1972 = broadcast %1971 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1973 = sub %1968, %1972 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1974 = mul %1973, %1973 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1975 = reduce_sum %1974 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1976 = div %1975, %1273 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1977 = all_reduce_sum %1976 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1978 = add %1977, %1282 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1979 = rsqrt %1978 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1980 = broadcast %1979 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1981 = mul %1973, %1980 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1982 = reshape %1981 : f32[14,24] @ models/moco_pass.yaml:83:13
%1983 = broadcast %68 : f32[14,24] @ models/moco_pass.yaml:84:18
%1984 = mul %1982, %1983 : f32[14,24] @ models/moco_pass.yaml:84:18
%1985 = broadcast %69 : f32[14,24] @ models/moco_pass.yaml:84:27
%1986 = add %1984, %1985 : f32[14,24] @ models/moco_pass.yaml:84:27
%1987 = max %1986, %1292 : f32[14,24] @ models/moco_pass.yaml:70:16
%1988 = matmul %1987, %70 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1989 = reshape %1988 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1990 = reduce_sum %1989 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1991 = div %1990, %1273 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1992 = all_reduce_sum %1991 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1993 = broadcast %1992 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1994 = sub %1989, %1993 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1995 = mul %1994, %1994 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1996 = reduce_sum %1995 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1997 = div %1996, %1273 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1998 = all_reduce_sum %1997 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1999 = add %1998, %1282 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%2000 = rsqrt %1999 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2001 = broadcast %2000 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2002 = mul %1994, %2001 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2003 = reshape %2002 : f32[14,24] @ models/moco_pass.yaml:83:13
%2004 = broadcast %71 : f32[14,24] @ models/moco_pass.yaml:84:18
%2005 = mul %2003, %2004 : f32[14,24] @ models/moco_pass.yaml:84:18
%2006 = broadcast %72 : f32[14,24] @ models/moco_pass.yaml:84:27
%2007 = add %2005, %2006 : f32[14,24] @ models/moco_pass.yaml:84:27
%2008 = max %2007, %1292 : f32[14,24] @ models/moco_pass.yaml:70:16
%2009 = matmul %2008, %73 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%2010 = reshape %2009 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%2011 = reduce_sum %2010 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2012 = div %2011, %1318 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2013 = all_reduce_sum %2012 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2014 = broadcast %2013 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2015 = sub %2010, %2014 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2016 = mul %2015, %2015 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2017 = reduce_sum %2016 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2018 = div %2017, %1318 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2019 = all_reduce_sum %2018 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2020 = add %2019, %1327 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%2021 = rsqrt %2020 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2022 = broadcast %2021 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2023 = mul %2015, %2022 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2024 = reshape %2023 : f32[14,8] @ models/moco_pass.yaml:83:13
%2025 = matmul %2024, %74 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%2026 = reshape %2025 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%2027 = reduce_sum %2026 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2028 = div %2027, %1273 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2029 = all_reduce_sum %2028 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2030 = broadcast %2029 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2031 = sub %2026, %2030 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2032 = mul %2031, %2031 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2033 = reduce_sum %2032 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2034 = div %2033, %1273 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2035 = all_reduce_sum %2034 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2036 = add %2035, %1282 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%2037 = rsqrt %2036 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2038 = broadcast %2037 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2039 = mul %2031, %2038 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2040 = reshape %2039 : f32[14,24] @ models/moco_pass.yaml:83:13
%2041 = broadcast %75 : f32[14,24] @ models/moco_pass.yaml:84:18
%2042 = mul %2040, %2041 : f32[14,24] @ models/moco_pass.yaml:84:18
%2043 = broadcast %76 : f32[14,24] @ models/moco_pass.yaml:84:27
%2044 = add %2042, %2043 : f32[14,24] @ models/moco_pass.yaml:84:27
%2045 = max %2044, %1292 : f32[14,24] @ models/moco_pass.yaml:70:16
%2046 = matmul %2045, %77 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%2047 = reshape %2046 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%2048 = reduce_sum %2047 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2049 = div %2048, %1318 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2050 = all_reduce_sum %2049 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2051 = broadcast %2050 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2052 = sub %2047, %2051 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2053 = mul %2052, %2052 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2054 = reduce_sum %2053 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2055 = div %2054, %1318 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2056 = all_reduce_sum %2055 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2057 = add %2056, %1327 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%2058 = rsqrt %2057 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2059 = broadcast %2058 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2060 = mul %2052, %2059 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2061 = reshape %2060 : f32[14,8] @ models/moco_pass.yaml:83:13
%2062 = slice %1964 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/moco_pass.yaml:131:58
%2063 = reshape %2062 : f32[224,16] @ models/moco_pass.yaml:131:49
%2064 = matmul %2063, %78 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%2065 = reshape %2064 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%2066 = reduce_sum %2065 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2067 = div %2066, %1206 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2068 = all_reduce_sum %2067 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2069 = broadcast %2068 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2070 = sub %2065, %2069 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2071 = mul %2070, %2070 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2072 = reduce_sum %2071 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2073 = div %2072, %1206 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2074 = all_reduce_sum %2073 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2075 = add %2074, %1216 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%2076 = rsqrt %2075 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2077 = broadcast %2076 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2078 = mul %2070, %2077 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2079 = reshape %2078 : f32[224,12] @ models/moco_pass.yaml:83:13
%2080 = broadcast %79 : f32[224,12] @ models/moco_pass.yaml:84:18
%2081 = broadcast %80 : f32[224,12] @ models/moco_pass.yaml:84:27
%2082 = mul %2079, %2080 : f32[224,12] @ models/moco_pass.yaml:84:18
%2083 = add %2082, %2081 : f32[224,12] @ models/moco_pass.yaml:84:27
%2084 = max %2083, %1227 : f32[224,12] @ models/moco_pass.yaml:70:16
%2085 = matmul %2084, %81 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%2086 = reshape %2085 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%2087 = reduce_sum %2086 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2088 = div %2087, %1206 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2089 = all_reduce_sum %2088 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2090 = broadcast %2089 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2091 = sub %2086, %2090 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2092 = mul %2091, %2091 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2093 = reduce_sum %2092 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2094 = div %2093, %1206 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2095 = all_reduce_sum %2094 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2096 = add %2095, %1216 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%2097 = rsqrt %2096 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2098 = broadcast %2097 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2099 = mul %2091, %2098 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2100 = reshape %2099 : f32[224,12] @ models/moco_pass.yaml:83:13
%2101 = broadcast %82 : f32[224,12] @ models/moco_pass.yaml:84:18
%2102 = broadcast %83 : f32[224,12] @ models/moco_pass.yaml:84:27
%2103 = mul %2100, %2101 : f32[224,12] @ models/moco_pass.yaml:84:18
%2104 = add %2103, %2102 : f32[224,12] @ models/moco_pass.yaml:84:27
%2105 = max %2104, %1227 : f32[224,12] @ models/moco_pass.yaml:70:16
%2106 = matmul %2105, %84 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%2107 = reshape %2106 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%2108 = reduce_sum %2107 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2109 = div %2108, %1253 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2110 = all_reduce_sum %2109 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2111 = broadcast %2110 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2112 = sub %2107, %2111 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2113 = mul %2112, %2112 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2114 = reduce_sum %2113 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2115 = div %2114, %1253 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2116 = all_reduce_sum %2115 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2117 = add %2116, %1262 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%2118 = rsqrt %2117 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2119 = broadcast %2118 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2120 = mul %2112, %2119 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2121 = reshape %2120 : f32[224,6] @ models/moco_pass.yaml:83:13
%2122 = matmul %2121, %85 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%2123 = reshape %2122 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%2124 = reduce_sum %2123 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2125 = div %2124, %1206 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2126 = all_reduce_sum %2125 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2127 = broadcast %2126 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2128 = sub %2123, %2127 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2129 = mul %2128, %2128 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2130 = reduce_sum %2129 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2131 = div %2130, %1206 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2132 = all_reduce_sum %2131 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2133 = add %2132, %1216 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%2134 = rsqrt %2133 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2135 = broadcast %2134 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2136 = mul %2128, %2135 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2137 = reshape %2136 : f32[224,12] @ models/moco_pass.yaml:83:13
%2138 = broadcast %86 : f32[224,12] @ models/moco_pass.yaml:84:18
%2139 = broadcast %87 : f32[224,12] @ models/moco_pass.yaml:84:27
%2140 = mul %2137, %2138 : f32[224,12] @ models/moco_pass.yaml:84:18
%2141 = add %2140, %2139 : f32[224,12] @ models/moco_pass.yaml:84:27
%2142 = max %2141, %1227 : f32[224,12] @ models/moco_pass.yaml:70:16
%2143 = matmul %2142, %88 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%2144 = reshape %2143 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%2145 = reduce_sum %2144 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2146 = div %2145, %1253 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2147 = all_reduce_sum %2146 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2148 = broadcast %2147 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2149 = sub %2144, %2148 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2150 = mul %2149, %2149 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2151 = reduce_sum %2150 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2152 = div %2151, %1253 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2153 = all_reduce_sum %2152 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2154 = add %2153, %1262 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%2155 = rsqrt %2154 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2156 = broadcast %2155 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2157 = mul %2149, %2156 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2158 = reshape %2157 : f32[14,16,6] @ models/moco_pass.yaml:132:23
%2159 = slice %2061 lo=[0,0] hi=[7,8] : f32[7,8] @ models/moco_pass.yaml:160:25
%2160 = slice %2061 lo=[7,0] hi=[14,8] : f32[7,8] @ models/moco_pass.yaml:160:25
%2161 = slice %2158 lo=[0,0,0] hi=[7,16,6] : f32[7,16,6] @ models/moco_pass.yaml:160:32
%2162 = slice %2158 lo=[7,0,0] hi=[14,16,6] : f32[7,16,6] @ models/moco_pass.yaml:160:32
%2163 = mul %1335, %1335 : f32[7,8] @ models/lib/nn.yaml:33:35
%2164 = reduce_sum %2163 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%2165 = sqrt %2164 : f32[7,1] @ models/lib/nn.yaml:33:24
%2166 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2167 = broadcast %2166 : f32[7,1] @ models/lib/nn.yaml:33:20
%2168 = max %2165, %2167 : f32[7,1] @ models/lib/nn.yaml:33:20
%2169 = broadcast %2168 : f32[7,8] @ models/lib/nn.yaml:33:18
%2170 = div %1335, %2169 : f32[7,8] @ models/lib/nn.yaml:33:18
%2171 = stop_gradient %2170 : f32[7,8] @ models/moco_pass.yaml:109:14
%2172 = mul %2159, %2159 : f32[7,8] @ models/lib/nn.yaml:33:35
%2173 = reduce_sum %2172 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%2174 = sqrt %2173 : f32[7,1] @ models/lib/nn.yaml:33:24
%2175 = max %2174, %2167 : f32[7,1] @ models/lib/nn.yaml:33:20
%2176 = broadcast %2175 : f32[7,8] @ models/lib/nn.yaml:33:18
%2177 = div %2159, %2176 : f32[7,8] @ models/lib/nn.yaml:33:18
%2178 = matmul %2177, %2171 ta=0 tb=1 : f32[7,7] @ models/moco_pass.yaml:110:34
%2179 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%2180 = broadcast %2179 : f32[7,7] @ models/moco_pass.yaml:110:41
%2181 = iota axis=0 : i32[7,7] @ models/moco_pass.yaml:111:20
%2182 = iota axis=1 : i32[7,7] @ models/moco_pass.yaml:111:39
%2183 = eq %2181, %2182 : bool[7,7] @ models/moco_pass.yaml:111:36
%2184 = cast %2183 : f32[7,7] @ models/moco_pass.yaml:111:15
%2185 = div %2178, %2180 : f32[7,7] @ models/moco_pass.yaml:110:41
%2186 = reduce_max %2185 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:21:31
%2187 = stop_gradient %2186 : f32[7,1] @ models/lib/nn.yaml:21:17
%2188 = broadcast %2187 : f32[7,7] @ models/lib/nn.yaml:21:15
%2189 = div %2178, %2180 : f32[7,7] @ models/moco_pass.yaml:110:41
%2190 = sub %2189, %2188 : f32[7,7] @ models/lib/nn.yaml:21:15
%2191 = exp %2190 : f32[7,7] @ models/lib/nn.yaml:22:28
%2192 = reduce_sum %2191 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:24
%2193 = log %2192 : f32[7,1] @ models/lib/nn.yaml:22:20
%2194 = broadcast %2193 : f32[7,7] @ models/lib/nn.yaml:22:18
%2195 = sub %2190, %2194 : f32[7,7] @ models/lib/nn.yaml:22:18
%2196 = mul %2184, %2195 : f32[7,7] @ models/moco_pass.yaml:112:40
%2197 = reduce_sum %2196 axes=[1] keep=0 : f32[7] @ models/moco_pass.yaml:112:32
%2198 = neg %2197 : f32[7] @ models/moco_pass.yaml:112:31
%2199 = reduce_sum %2198 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%2200 = div %2199, %1272 : f32[] @ models/moco_pass.yaml:112:26
%2201 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%2202 = mul %2201, %2200 : f32[] @ models/moco_pass.yaml:112:24
%2203 = mul %1334, %1334 : f32[7,8] @ models/lib/nn.yaml:33:35
%2204 = reduce_sum %2203 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%2205 = sqrt %2204 : f32[7,1] @ models/lib/nn.yaml:33:24
%2206 = max %2205, %2167 : f32[7,1] @ models/lib/nn.yaml:33:20
%2207 = broadcast %2206 : f32[7,8] @ models/lib/nn.yaml:33:18
%2208 = div %1334, %2207 : f32[7,8] @ models/lib/nn.yaml:33:18
%2209 = stop_gradient %2208 : f32[7,8] @ models/moco_pass.yaml:109:14
%2210 = mul %2160, %2160 : f32[7,8] @ models/lib/nn.yaml:33:35
%2211 = reduce_sum %2210 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%2212 = sqrt %2211 : f32[7,1] @ models/lib/nn.yaml:33:24
%2213 = max %2212, %2167 : f32[7,1] @ models/lib/nn.yaml:33:20
%2214 = broadcast %2213 : f32[7,8] @ models/lib/nn.yaml:33:18
%2215 = div %2160, %2214 : f32[7,8] @ models/lib/nn.yaml:33:18
%2216 = matmul %2215, %2209 ta=0 tb=1 : f32[7,7] @ models/moco_pass.yaml:110:34
%2217 = div %2216, %2180 : f32[7,7] @ models/moco_pass.yaml:110:41
%2218 = reduce_max %2217 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:21:31
%2219 = stop_gradient %2218 : f32[7,1] @ models/lib/nn.yaml:21:17
%2220 = broadcast %2219 : f32[7,7] @ models/lib/nn.yaml:21:15
%2221 = div %2216, %2180 : f32[7,7] @ models/moco_pass.yaml:110:41
%2222 = sub %2221, %2220 : f32[7,7] @ models/lib/nn.yaml:21:15
%2223 = exp %2222 : f32[7,7] @ models/lib/nn.yaml:22:28
%2224 = reduce_sum %2223 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:24
%2225 = log %2224 : f32[7,1] @ models/lib/nn.yaml:22:20
%2226 = broadcast %2225 : f32[7,7] @ models/lib/nn.yaml:22:18
%2227 = sub %2222, %2226 : f32[7,7] @ models/lib/nn.yaml:22:18
%2228 = mul %2184, %2227 : f32[7,7] @ models/moco_pass.yaml:112:40
%2229 = reduce_sum %2228 axes=[1] keep=0 : f32[7] @ models/moco_pass.yaml:112:32
%2230 = neg %2229 : f32[7] @ models/moco_pass.yaml:112:31
%2231 = reduce_sum %2230 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%2232 = div %2231, %1272 : f32[] @ models/moco_pass.yaml:112:26
%2233 = mul %2201, %2232 : f32[] @ models/moco_pass.yaml:112:24
%2234 = add %2202, %2233 : f32[] @ models/moco_pass.yaml:169:11
%2235 = const data=[2] : f32[] @ models/moco_pass.yaml:165:3
%2236 = div %2234, %2235 : f32[] @ models/moco_pass.yaml:165:3
%2237 = output %2236 name="loss.image" : f32[] @ models/moco_pass.yaml:165:3
%2238 = mul %2236, %2235 : f32[] @ models/moco_pass.yaml:165:3
%2239 = permute %2161 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:20
%2240 = permute %1336 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:50
%2241 = mul %2240, %2240 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2242 = reduce_sum %2241 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%2243 = sqrt %2242 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2244 = broadcast %2166 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2245 = max %2243, %2244 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2246 = broadcast %2245 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2247 = div %2240, %2246 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2248 = stop_gradient %2247 : f32[16,7,6] @ models/moco_pass.yaml:109:14
%2249 = mul %2239, %2239 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2250 = reduce_sum %2249 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%2251 = sqrt %2250 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2252 = max %2251, %2244 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2253 = broadcast %2252 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2254 = div %2239, %2253 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2255 = permute %2248 perm=[0,2,1] : f32[16,6,7] @ models/moco_pass.yaml:110:34
%2256 = slice %2254 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2257 = broadcast %2256 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2258 = slice %2255 lo=[0,0,0] hi=[16,1,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2259 = broadcast %2258 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2260 = mul %2257, %2259 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2261 = slice %2254 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2262 = broadcast %2261 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2263 = slice %2255 lo=[0,1,0] hi=[16,2,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2264 = broadcast %2263 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2265 = mul %2262, %2264 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2266 = add %2260, %2265 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2267 = slice %2254 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2268 = broadcast %2267 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2269 = slice %2255 lo=[0,2,0] hi=[16,3,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2270 = broadcast %2269 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2271 = mul %2268, %2270 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2272 = add %2266, %2271 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2273 = slice %2254 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2274 = broadcast %2273 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2275 = slice %2255 lo=[0,3,0] hi=[16,4,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2276 = broadcast %2275 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2277 = mul %2274, %2276 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2278 = add %2272, %2277 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2279 = slice %2254 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2280 = broadcast %2279 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2281 = slice %2255 lo=[0,4,0] hi=[16,5,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2282 = broadcast %2281 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2283 = mul %2280, %2282 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2284 = add %2278, %2283 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2285 = slice %2254 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2286 = broadcast %2285 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2287 = slice %2255 lo=[0,5,0] hi=[16,6,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2288 = broadcast %2287 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2289 = mul %2286, %2288 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2290 = add %2284, %2289 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2291 = broadcast %2179 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2292 = div %2290, %2291 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2293 = reduce_max %2292 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:21:31
%2294 = stop_gradient %2293 : f32[16,7,1] @ models/lib/nn.yaml:21:17
%2295 = broadcast %2294 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%2296 = div %2290, %2291 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2297 = sub %2296, %2295 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%2298 = exp %2297 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2299 = reduce_sum %2298 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:24
%2300 = log %2299 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2301 = broadcast %2300 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2302 = sub %2297, %2301 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2303 = broadcast %2184 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2304 = mul %2303, %2302 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2305 = reduce_sum %2304 axes=[2] keep=0 : f32[16,7] @ models/moco_pass.yaml:112:32
%2306 = neg %2305 : f32[16,7] @ models/moco_pass.yaml:112:31
%2307 = reduce_sum %2306 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%2308 = div %2307, %1205 : f32[] @ models/moco_pass.yaml:112:26
%2309 = mul %2201, %2308 : f32[] @ models/moco_pass.yaml:112:24
%2310 = permute %2162 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:20
%2311 = permute %1337 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:50
%2312 = mul %2311, %2311 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2313 = reduce_sum %2312 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%2314 = sqrt %2313 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2315 = max %2314, %2244 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2316 = broadcast %2315 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2317 = div %2311, %2316 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2318 = stop_gradient %2317 : f32[16,7,6] @ models/moco_pass.yaml:109:14
%2319 = mul %2310, %2310 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2320 = reduce_sum %2319 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%2321 = sqrt %2320 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2322 = max %2321, %2244 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2323 = broadcast %2322 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2324 = div %2310, %2323 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2325 = permute %2318 perm=[0,2,1] : f32[16,6,7] @ models/moco_pass.yaml:110:34
%2326 = slice %2324 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2327 = broadcast %2326 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2328 = slice %2325 lo=[0,0,0] hi=[16,1,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2329 = broadcast %2328 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2330 = mul %2327, %2329 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2331 = slice %2324 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2332 = broadcast %2331 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2333 = slice %2325 lo=[0,1,0] hi=[16,2,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2334 = broadcast %2333 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2335 = mul %2332, %2334 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2336 = add %2330, %2335 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2337 = slice %2324 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2338 = broadcast %2337 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2339 = slice %2325 lo=[0,2,0] hi=[16,3,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2340 = broadcast %2339 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2341 = mul %2338, %2340 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2342 = add %2336, %2341 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2343 = slice %2324 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2344 = broadcast %2343 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2345 = slice %2325 lo=[0,3,0] hi=[16,4,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2346 = broadcast %2345 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2347 = mul %2344, %2346 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2348 = add %2342, %2347 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2349 = slice %2324 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2350 = broadcast %2349 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2351 = slice %2325 lo=[0,4,0] hi=[16,5,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2352 = broadcast %2351 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2353 = mul %2350, %2352 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2354 = add %2348, %2353 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2355 = slice %2324 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2356 = broadcast %2355 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2357 = slice %2325 lo=[0,5,0] hi=[16,6,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2358 = broadcast %2357 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2359 = mul %2356, %2358 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2360 = add %2354, %2359 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2361 = div %2360, %2291 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2362 = reduce_max %2361 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:21:31
%2363 = stop_gradient %2362 : f32[16,7,1] @ models/lib/nn.yaml:21:17
%2364 = broadcast %2363 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%2365 = div %2360, %2291 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2366 = sub %2365, %2364 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%2367 = exp %2366 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2368 = reduce_sum %2367 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:24
%2369 = log %2368 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2370 = broadcast %2369 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2371 = sub %2366, %2370 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2372 = mul %2303, %2371 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2373 = reduce_sum %2372 axes=[2] keep=0 : f32[16,7] @ models/moco_pass.yaml:112:32
%2374 = neg %2373 : f32[16,7] @ models/moco_pass.yaml:112:31
%2375 = reduce_sum %2374 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%2376 = div %2375, %1205 : f32[] @ models/moco_pass.yaml:112:26
%2377 = mul %2201, %2376 : f32[] @ models/moco_pass.yaml:112:24
%2378 = add %2309, %2377 : f32[] @ models/moco_pass.yaml:173:11
%2379 = div %2378, %2235 : f32[] @ models/moco_pass.yaml:170:3
%2380 = output %2379 name="loss.patch" : f32[] @ models/moco_pass.yaml:170:3
%2381 = mul %2379, %2179 : f32[] @ models/moco_pass.yaml:170:3
%2382 = add %2238, %2381 : f32[] @ models/moco_pass.yaml:170:3
%2383 = output %2382 name="loss" : f32[] @ models/moco_pass.yaml:165:3
%2384 = cast %1 : f64[] @ models/moco_pass.yaml:151:3
%2385 = cast %2 : f64[] @ models/moco_pass.yaml:152:3
%2386 = cast %3 : f64[] @ models/moco_pass.yaml:153:3
%2387 = const data=[0.1] : f32[] @ models/moco_pass.yaml:170:3
%2388 = const data=[-0.00035714288] : f32[] @ models/moco_pass.yaml:112:31
%2389 = broadcast %2388 : f32[16,7] @ models/moco_pass.yaml:112:31
%2390 = reshape %2389 : f32[16,7,1] @ models/moco_pass.yaml:112:32
%2391 = broadcast %2390 : f32[16,7,7] @ models/moco_pass.yaml:112:32
%2392 = mul %2391, %2303 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2393 = neg %2392 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2394 = reduce_sum %2393 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:18
%2395 = div %2394, %2368 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2396 = broadcast %2395 : f32[16,7,7] @ models/lib/nn.yaml:22:24
%2397 = exp %2366 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2398 = mul %2396, %2397 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2399 = mul %2391, %2303 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2400 = add %2399, %2398 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2401 = div %2400, %2291 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2402 = slice %2401 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2403 = broadcast %2402 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2404 = slice %2318 lo=[0,0,0] hi=[16,1,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2405 = broadcast %2404 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2406 = mul %2403, %2405 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2407 = slice %2401 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2408 = broadcast %2407 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2409 = slice %2318 lo=[0,1,0] hi=[16,2,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2410 = broadcast %2409 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2411 = mul %2408, %2410 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2412 = add %2406, %2411 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2413 = slice %2401 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2414 = broadcast %2413 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2415 = slice %2318 lo=[0,2,0] hi=[16,3,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2416 = broadcast %2415 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2417 = mul %2414, %2416 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2418 = add %2412, %2417 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2419 = slice %2401 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2420 = broadcast %2419 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2421 = slice %2318 lo=[0,3,0] hi=[16,4,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2422 = broadcast %2421 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2423 = mul %2420, %2422 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2424 = add %2418, %2423 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2425 = slice %2401 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2426 = broadcast %2425 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2427 = slice %2318 lo=[0,4,0] hi=[16,5,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2428 = broadcast %2427 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2429 = mul %2426, %2428 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2430 = add %2424, %2429 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2431 = slice %2401 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2432 = broadcast %2431 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2433 = slice %2318 lo=[0,5,0] hi=[16,6,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2434 = broadcast %2433 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2435 = mul %2432, %2434 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2436 = add %2430, %2435 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2437 = slice %2401 lo=[0,0,6] hi=[16,7,7] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2438 = broadcast %2437 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2439 = slice %2318 lo=[0,6,0] hi=[16,7,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2440 = broadcast %2439 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2441 = mul %2438, %2440 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2442 = add %2436, %2441 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2443 = div %2442, %2323 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2444 = mul %2443, %2324 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2445 = neg %2444 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2446 = reduce_sum %2445 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:18
%2447 = broadcast %1226 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2448 = broadcast %301 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2449 = mul %2446, %2448 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2450 = sqrt %2320 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2451 = eq %2450, %2244 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2452 = select %2451, %2449, %2447 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2453 = sqrt %2320 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2454 = gt %2453, %2244 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2455 = select %2454, %2446, %2452 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2456 = mul %2455, %2448 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2457 = sqrt %2320 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2458 = div %2456, %2457 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2459 = broadcast %2458 : f32[16,7,6] @ models/lib/nn.yaml:33:29
%2460 = mul %2459, %2310 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2461 = add %2443, %2460 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2462 = add %2461, %2460 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2463 = permute %2462 perm=[1,0,2] : f32[7,16,6] @ models/moco_pass.yaml:173:20
%2464 = div %2394, %2299 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2465 = broadcast %2464 : f32[16,7,7] @ models/lib/nn.yaml:22:24
%2466 = exp %2297 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2467 = mul %2465, %2466 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2468 = mul %2391, %2303 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2469 = add %2468, %2467 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2470 = div %2469, %2291 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2471 = slice %2470 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2472 = broadcast %2471 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2473 = slice %2248 lo=[0,0,0] hi=[16,1,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2474 = broadcast %2473 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2475 = mul %2472, %2474 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2476 = slice %2470 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2477 = broadcast %2476 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2478 = slice %2248 lo=[0,1,0] hi=[16,2,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2479 = broadcast %2478 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2480 = mul %2477, %2479 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2481 = add %2475, %2480 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2482 = slice %2470 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2483 = broadcast %2482 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2484 = slice %2248 lo=[0,2,0] hi=[16,3,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2485 = broadcast %2484 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2486 = mul %2483, %2485 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2487 = add %2481, %2486 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2488 = slice %2470 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2489 = broadcast %2488 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2490 = slice %2248 lo=[0,3,0] hi=[16,4,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2491 = broadcast %2490 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2492 = mul %2489, %2491 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2493 = add %2487, %2492 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2494 = slice %2470 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2495 = broadcast %2494 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2496 = slice %2248 lo=[0,4,0] hi=[16,5,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2497 = broadcast %2496 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2498 = mul %2495, %2497 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2499 = add %2493, %2498 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2500 = slice %2470 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2501 = broadcast %2500 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2502 = slice %2248 lo=[0,5,0] hi=[16,6,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2503 = broadcast %2502 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2504 = mul %2501, %2503 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2505 = add %2499, %2504 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2506 = slice %2470 lo=[0,0,6] hi=[16,7,7] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2507 = broadcast %2506 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2508 = slice %2248 lo=[0,6,0] hi=[16,7,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2509 = broadcast %2508 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2510 = mul %2507, %2509 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2511 = add %2505, %2510 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2512 = div %2511, %2253 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2513 = mul %2512, %2254 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2514 = neg %2513 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2515 = reduce_sum %2514 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:18
%2516 = mul %2515, %2448 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2517 = sqrt %2250 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2518 = eq %2517, %2244 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2519 = select %2518, %2516, %2447 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2520 = sqrt %2250 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2521 = gt %2520, %2244 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2522 = select %2521, %2515, %2519 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2523 = mul %2522, %2448 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2524 = sqrt %2250 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2525 = div %2523, %2524 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2526 = broadcast %2525 : f32[16,7,6] @ models/lib/nn.yaml:33:29
%2527 = mul %2526, %2239 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2528 = add %2512, %2527 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2529 = add %2528, %2527 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2530 = permute %2529 perm=[1,0,2] : f32[7,16,6] @ models/moco_pass.yaml:173:20
%2531 = const data=[-0.057142857] : f32[] @ models/moco_pass.yaml:112:31
%2532 = broadcast %2531 : f32[7] @ models/moco_pass.yaml:112:31
%2533 = reshape %2532 : f32[7,1] @ models/moco_pass.yaml:112:32
%2534 = broadcast %2533 : f32[7,7] @ models/moco_pass.yaml:112:32
%2535 = mul %2534, %2184 : f32[7,7] @ models/moco_pass.yaml:112:40
%2536 = neg %2535 : f32[7,7] @ models/lib/nn.yaml:22:18
%2537 = reduce_sum %2536 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:18
%2538 = div %2537, %2224 : f32[7,1] @ models/lib/nn.yaml:22:20
%2539 = broadcast %2538 : f32[7,7] @ models/lib/nn.yaml:22:24
%2540 = exp %2222 : f32[7,7] @ models/lib/nn.yaml:22:28
%2541 = mul %2539, %2540 : f32[7,7] @ models/lib/nn.yaml:22:28
%2542 = mul %2534, %2184 : f32[7,7] @ models/moco_pass.yaml:112:40
%2543 = add %2542, %2541 : f32[7,7] @ models/lib/nn.yaml:22:28
%2544 = div %2543, %2180 : f32[7,7] @ models/moco_pass.yaml:110:41
%2545 = matmul %2544, %2209 ta=0 tb=0 : f32[7,8] @ models/moco_pass.yaml:110:34
%2546 = div %2545, %2214 : f32[7,8] @ models/lib/nn.yaml:33:18
%2547 = mul %2546, %2215 : f32[7,8] @ models/lib/nn.yaml:33:18
%2548 = neg %2547 : f32[7,8] @ models/lib/nn.yaml:33:18
%2549 = reduce_sum %2548 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:18
%2550 = broadcast %1226 : f32[7,1] @ models/lib/nn.yaml:33:20
%2551 = broadcast %301 : f32[7,1] @ models/lib/nn.yaml:33:20
%2552 = mul %2549, %2551 : f32[7,1] @ models/lib/nn.yaml:33:20
%2553 = sqrt %2211 : f32[7,1] @ models/lib/nn.yaml:33:24
%2554 = eq %2553, %2167 : bool[7,1] @ models/lib/nn.yaml:33:20
%2555 = select %2554, %2552, %2550 : f32[7,1] @ models/lib/nn.yaml:33:20
%2556 = sqrt %2211 : f32[7,1] @ models/lib/nn.yaml:33:24
%2557 = gt %2556, %2167 : bool[7,1] @ models/lib/nn.yaml:33:20
%2558 = select %2557, %2549, %2555 : f32[7,1] @ models/lib/nn.yaml:33:20
%2559 = mul %2558, %2551 : f32[7,1] @ models/lib/nn.yaml:33:24
%2560 = sqrt %2211 : f32[7,1] @ models/lib/nn.yaml:33:24
%2561 = div %2559, %2560 : f32[7,1] @ models/lib/nn.yaml:33:24
%2562 = broadcast %2561 : f32[7,8] @ models/lib/nn.yaml:33:29
%2563 = mul %2562, %2160 : f32[7,8] @ models/lib/nn.yaml:33:35
%2564 = add %2546, %2563 : f32[7,8] @ models/lib/nn.yaml:33:35
%2565 = add %2564, %2563 : f32[7,8] @ models/lib/nn.yaml:33:35
%2566 = div %2537, %2192 : f32[7,1] @ models/lib/nn.yaml:22:20
%2567 = broadcast %2566 : f32[7,7] @ models/lib/nn.yaml:22:24
%2568 = exp %2190 : f32[7,7] @ models/lib/nn.yaml:22:28
%2569 = mul %2567, %2568 : f32[7,7] @ models/lib/nn.yaml:22:28
%2570 = mul %2534, %2184 : f32[7,7] @ models/moco_pass.yaml:112:40
%2571 = add %2570, %2569 : f32[7,7] @ models/lib/nn.yaml:22:28
%2572 = div %2571, %2180 : f32[7,7] @ models/moco_pass.yaml:110:41
%2573 = matmul %2572, %2171 ta=0 tb=0 : f32[7,8] @ models/moco_pass.yaml:110:34
%2574 = div %2573, %2176 : f32[7,8] @ models/lib/nn.yaml:33:18
%2575 = mul %2574, %2177 : f32[7,8] @ models/lib/nn.yaml:33:18
%2576 = neg %2575 : f32[7,8] @ models/lib/nn.yaml:33:18
%2577 = reduce_sum %2576 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:18
%2578 = mul %2577, %2551 : f32[7,1] @ models/lib/nn.yaml:33:20
%2579 = sqrt %2173 : f32[7,1] @ models/lib/nn.yaml:33:24
%2580 = eq %2579, %2167 : bool[7,1] @ models/lib/nn.yaml:33:20
%2581 = select %2580, %2578, %2550 : f32[7,1] @ models/lib/nn.yaml:33:20
%2582 = sqrt %2173 : f32[7,1] @ models/lib/nn.yaml:33:24
%2583 = gt %2582, %2167 : bool[7,1] @ models/lib/nn.yaml:33:20
%2584 = select %2583, %2577, %2581 : f32[7,1] @ models/lib/nn.yaml:33:20
%2585 = mul %2584, %2551 : f32[7,1] @ models/lib/nn.yaml:33:24
%2586 = sqrt %2173 : f32[7,1] @ models/lib/nn.yaml:33:24
%2587 = div %2585, %2586 : f32[7,1] @ models/lib/nn.yaml:33:24
%2588 = broadcast %2587 : f32[7,8] @ models/lib/nn.yaml:33:29
%2589 = mul %2588, %2159 : f32[7,8] @ models/lib/nn.yaml:33:35
%2590 = add %2574, %2589 : f32[7,8] @ models/lib/nn.yaml:33:35
%2591 = add %2590, %2589 : f32[7,8] @ models/lib/nn.yaml:33:35
%2592 = concat %2530, %2463 axis=0 : f32[14,16,6] @ models/moco_pass.yaml:160:32
%2593 = concat %2591, %2565 axis=0 : f32[14,8] @ models/moco_pass.yaml:160:25
%2594 = reshape %2592 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%2595 = mul %2594, %2156 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2596 = mul %2594, %2149 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2597 = reduce_sum %2596 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2598 = mul %2155, %2155 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2599 = mul %2155, %2598 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2600 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2601 = broadcast %2600 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2602 = mul %2599, %2601 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2603 = mul %2597, %2602 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2604 = all_reduce_sum %2603 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2605 = div %2604, %1253 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2606 = broadcast %2605 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%2607 = mul %2606, %2149 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2608 = add %2595, %2607 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2609 = add %2608, %2607 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2610 = neg %2609 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2611 = reduce_sum %2610 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2612 = all_reduce_sum %2611 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2613 = div %2612, %1253 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2614 = broadcast %2613 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2615 = add %2609, %2614 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2616 = reshape %2615 : f32[224,6] @ models/moco_pass.yaml:79:13
%2617 = matmul %2616, %88 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2618 = matmul %2616, %2142 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2619 = broadcast %301 : f32[224,12] @ models/moco_pass.yaml:70:16
%2620 = mul %2617, %2619 : f32[224,12] @ models/moco_pass.yaml:70:16
%2621 = mul %2137, %2138 : f32[224,12] @ models/moco_pass.yaml:84:18
%2622 = add %2621, %2139 : f32[224,12] @ models/moco_pass.yaml:84:27
%2623 = eq %2622, %1227 : bool[224,12] @ models/moco_pass.yaml:70:16
%2624 = select %2623, %2620, %1227 : f32[224,12] @ models/moco_pass.yaml:70:16
%2625 = mul %2137, %2138 : f32[224,12] @ models/moco_pass.yaml:84:18
%2626 = add %2625, %2139 : f32[224,12] @ models/moco_pass.yaml:84:27
%2627 = gt %2626, %1227 : bool[224,12] @ models/moco_pass.yaml:70:16
%2628 = select %2627, %2617, %2624 : f32[224,12] @ models/moco_pass.yaml:70:16
%2629 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,224] @ models/moco_pass.yaml:84:27
%2630 = matmul %2629, %2628 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2631 = reshape %2630 : f32[12] @ models/moco_pass.yaml:84:27
%2632 = mul %2628, %2137 : f32[224,12] @ models/moco_pass.yaml:84:18
%2633 = matmul %2629, %2632 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2634 = reshape %2633 : f32[12] @ models/moco_pass.yaml:84:18
%2635 = reshape %2628 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2636 = reshape %2138 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2637 = mul %2635, %2636 : f32[2,112,12] @ models/moco_pass.yaml:84:18
%2638 = mul %2637, %2135 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2639 = reshape %2628 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2640 = reshape %2138 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2641 = mul %2639, %2640 : f32[2,112,12] @ models/moco_pass.yaml:84:18
%2642 = mul %2641, %2128 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2643 = reduce_sum %2642 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2644 = mul %2134, %2134 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2645 = mul %2134, %2644 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2646 = broadcast %2600 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2647 = mul %2645, %2646 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2648 = mul %2643, %2647 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2649 = all_reduce_sum %2648 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2650 = div %2649, %1206 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2651 = broadcast %2650 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2652 = mul %2651, %2128 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2653 = add %2638, %2652 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2654 = add %2653, %2652 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2655 = neg %2654 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2656 = reduce_sum %2655 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2657 = all_reduce_sum %2656 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2658 = div %2657, %1206 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2659 = broadcast %2658 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2660 = add %2654, %2659 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2661 = reshape %2660 : f32[224,12] @ models/moco_pass.yaml:79:13
%2662 = matmul %2661, %85 ta=0 tb=0 : f32[224,6] @ models/lib/nn.yaml:83:15
%2663 = matmul %2661, %2121 ta=1 tb=0 : f32[12,6] @ models/lib/nn.yaml:83:15
%2664 = reshape %2662 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%2665 = mul %2664, %2119 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2666 = mul %2664, %2112 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2667 = reduce_sum %2666 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2668 = mul %2118, %2118 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2669 = mul %2118, %2668 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2670 = mul %2669, %2601 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2671 = mul %2667, %2670 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2672 = all_reduce_sum %2671 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2673 = div %2672, %1253 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2674 = broadcast %2673 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%2675 = mul %2674, %2112 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2676 = add %2665, %2675 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2677 = add %2676, %2675 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2678 = neg %2677 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2679 = reduce_sum %2678 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2680 = all_reduce_sum %2679 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2681 = div %2680, %1253 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2682 = broadcast %2681 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2683 = add %2677, %2682 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2684 = reshape %2683 : f32[224,6] @ models/moco_pass.yaml:79:13
%2685 = matmul %2684, %84 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2686 = matmul %2684, %2105 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2687 = mul %2685, %2619 : f32[224,12] @ models/moco_pass.yaml:70:16
%2688 = mul %2100, %2101 : f32[224,12] @ models/moco_pass.yaml:84:18
%2689 = add %2688, %2102 : f32[224,12] @ models/moco_pass.yaml:84:27
%2690 = eq %2689, %1227 : bool[224,12] @ models/moco_pass.yaml:70:16
%2691 = select %2690, %2687, %1227 : f32[224,12] @ models/moco_pass.yaml:70:16
%2692 = mul %2100, %2101 : f32[224,12] @ models/moco_pass.yaml:84:18
%2693 = add %2692, %2102 : f32[224,12] @ models/moco_pass.yaml:84:27
%2694 = gt %2693, %1227 : bool[224,12] @ models/moco_pass.yaml:70:16
%2695 = select %2694, %2685, %2691 : f32[224,12] @ models/moco_pass.yaml:70:16
%2696 = matmul %2629, %2695 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2697 = reshape %2696 : f32[12] @ models/moco_pass.yaml:84:27
%2698 = mul %2695, %2100 : f32[224,12] @ models/moco_pass.yaml:84:18
%2699 = matmul %2629, %2698 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2700 = reshape %2699 : f32[12] @ models/moco_pass.yaml:84:18
%2701 = reshape %2695 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2702 = reshape %2101 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2703 = mul %2701, %2702 : f32[2,112,12] @ models/moco_pass.yaml:84:18
%2704 = mul %2703, %2098 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2705 = reshape %2695 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2706 = reshape %2101 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2707 = mul %2705, %2706 : f32[2,112,12] @ models/moco_pass.yaml:84:18
%2708 = mul %2707, %2091 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2709 = reduce_sum %2708 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2710 = mul %2097, %2097 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2711 = mul %2097, %2710 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2712 = mul %2711, %2646 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2713 = mul %2709, %2712 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2714 = all_reduce_sum %2713 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2715 = div %2714, %1206 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2716 = broadcast %2715 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2717 = mul %2716, %2091 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2718 = add %2704, %2717 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2719 = add %2718, %2717 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2720 = neg %2719 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2721 = reduce_sum %2720 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2722 = all_reduce_sum %2721 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2723 = div %2722, %1206 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2724 = broadcast %2723 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2725 = add %2719, %2724 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2726 = reshape %2725 : f32[224,12] @ models/moco_pass.yaml:79:13
%2727 = matmul %2726, %81 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2728 = matmul %2726, %2084 ta=1 tb=0 : f32[12,12] @ models/lib/nn.yaml:83:15
%2729 = mul %2727, %2619 : f32[224,12] @ models/moco_pass.yaml:70:16
%2730 = mul %2079, %2080 : f32[224,12] @ models/moco_pass.yaml:84:18
%2731 = add %2730, %2081 : f32[224,12] @ models/moco_pass.yaml:84:27
%2732 = eq %2731, %1227 : bool[224,12] @ models/moco_pass.yaml:70:16
%2733 = select %2732, %2729, %1227 : f32[224,12] @ models/moco_pass.yaml:70:16
%2734 = mul %2079, %2080 : f32[224,12] @ models/moco_pass.yaml:84:18
%2735 = add %2734, %2081 : f32[224,12] @ models/moco_pass.yaml:84:27
%2736 = gt %2735, %1227 : bool[224,12] @ models/moco_pass.yaml:70:16
%2737 = select %2736, %2727, %2733 : f32[224,12] @ models/moco_pass.yaml:70:16
%2738 = matmul %2629, %2737 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2739 = reshape %2738 : f32[12] @ models/moco_pass.yaml:84:27
%2740 = mul %2737, %2079 : f32[224,12] @ models/moco_pass.yaml:84:18
%2741 = matmul %2629, %2740 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2742 = reshape %2741 : f32[12] @ models/moco_pass.yaml:84:18
%2743 = reshape %2737 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2744 = reshape %2080 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2745 = mul %2743, %2744 : f32[2,112,12] @ models/moco_pass.yaml:84:18
%2746 = mul %2745, %2077 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2747 = reshape %2737 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2748 = reshape %2080 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2749 = mul %2747, %2748 : f32[2,112,12] @ models/moco_pass.yaml:84:18
%2750 = mul %2749, %2070 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2751 = reduce_sum %2750 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2752 = mul %2076, %2076 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2753 = mul %2076, %2752 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2754 = mul %2753, %2646 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2755 = mul %2751, %2754 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2756 = all_reduce_sum %2755 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2757 = div %2756, %1206 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2758 = broadcast %2757 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2759 = mul %2758, %2070 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2760 = add %2746, %2759 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2761 = add %2760, %2759 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2762 = neg %2761 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2763 = reduce_sum %2762 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2764 = all_reduce_sum %2763 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2765 = div %2764, %1206 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2766 = broadcast %2765 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2767 = add %2761, %2766 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2768 = reshape %2767 : f32[224,12] @ models/moco_pass.yaml:79:13
%2769 = matmul %2768, %78 ta=0 tb=0 : f32[224,16] @ models/lib/nn.yaml:83:15
%2770 = matmul %2768, %2063 ta=1 tb=0 : f32[12,16] @ models/lib/nn.yaml:83:15
%2771 = reshape %2769 : f32[14,16,16] @ models/moco_pass.yaml:131:49
%2772 = reshape %2593 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%2773 = mul %2772, %2059 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2774 = mul %2772, %2052 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2775 = reduce_sum %2774 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2776 = mul %2058, %2058 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2777 = mul %2058, %2776 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2778 = broadcast %2600 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2779 = mul %2777, %2778 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2780 = mul %2775, %2779 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2781 = all_reduce_sum %2780 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2782 = div %2781, %1318 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2783 = broadcast %2782 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%2784 = mul %2783, %2052 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2785 = add %2773, %2784 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2786 = add %2785, %2784 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2787 = neg %2786 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2788 = reduce_sum %2787 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2789 = all_reduce_sum %2788 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2790 = div %2789, %1318 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2791 = broadcast %2790 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2792 = add %2786, %2791 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2793 = reshape %2792 : f32[14,8] @ models/moco_pass.yaml:79:13
%2794 = matmul %2793, %77 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2795 = matmul %2793, %2045 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2796 = broadcast %301 : f32[14,24] @ models/moco_pass.yaml:70:16
%2797 = mul %2794, %2796 : f32[14,24] @ models/moco_pass.yaml:70:16
%2798 = eq %2044, %1292 : bool[14,24] @ models/moco_pass.yaml:70:16
%2799 = select %2798, %2797, %1292 : f32[14,24] @ models/moco_pass.yaml:70:16
%2800 = gt %2044, %1292 : bool[14,24] @ models/moco_pass.yaml:70:16
%2801 = select %2800, %2794, %2799 : f32[14,24] @ models/moco_pass.yaml:70:16
%2802 = reduce_sum %2801 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2803 = reshape %2802 : f32[24] @ models/moco_pass.yaml:84:27
%2804 = mul %2801, %2041 : f32[14,24] @ models/moco_pass.yaml:84:18
%2805 = mul %2801, %2040 : f32[14,24] @ models/moco_pass.yaml:84:18
%2806 = reduce_sum %2805 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2807 = reshape %2806 : f32[24] @ models/moco_pass.yaml:84:18
%2808 = reshape %2804 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2809 = mul %2808, %2038 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2810 = mul %2808, %2031 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2811 = reduce_sum %2810 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2812 = mul %2037, %2037 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2813 = mul %2037, %2812 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2814 = broadcast %2600 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2815 = mul %2813, %2814 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2816 = mul %2811, %2815 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2817 = all_reduce_sum %2816 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2818 = div %2817, %1273 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2819 = broadcast %2818 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2820 = mul %2819, %2031 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2821 = add %2809, %2820 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2822 = add %2821, %2820 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2823 = neg %2822 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2824 = reduce_sum %2823 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2825 = all_reduce_sum %2824 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2826 = div %2825, %1273 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2827 = broadcast %2826 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2828 = add %2822, %2827 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2829 = reshape %2828 : f32[14,24] @ models/moco_pass.yaml:79:13
%2830 = matmul %2829, %74 ta=0 tb=0 : f32[14,8] @ models/lib/nn.yaml:83:15
%2831 = matmul %2829, %2024 ta=1 tb=0 : f32[24,8] @ models/lib/nn.yaml:83:15
%2832 = reshape %2830 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%2833 = mul %2832, %2022 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2834 = mul %2832, %2015 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2835 = reduce_sum %2834 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2836 = mul %2021, %2021 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2837 = mul %2021, %2836 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2838 = mul %2837, %2778 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2839 = mul %2835, %2838 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2840 = all_reduce_sum %2839 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2841 = div %2840, %1318 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2842 = broadcast %2841 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%2843 = mul %2842, %2015 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2844 = add %2833, %2843 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2845 = add %2844, %2843 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2846 = neg %2845 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2847 = reduce_sum %2846 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2848 = all_reduce_sum %2847 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2849 = div %2848, %1318 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2850 = broadcast %2849 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2851 = add %2845, %2850 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2852 = reshape %2851 : f32[14,8] @ models/moco_pass.yaml:79:13
%2853 = matmul %2852, %73 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2854 = matmul %2852, %2008 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2855 = mul %2853, %2796 : f32[14,24] @ models/moco_pass.yaml:70:16
%2856 = eq %2007, %1292 : bool[14,24] @ models/moco_pass.yaml:70:16
%2857 = select %2856, %2855, %1292 : f32[14,24] @ models/moco_pass.yaml:70:16
%2858 = gt %2007, %1292 : bool[14,24] @ models/moco_pass.yaml:70:16
%2859 = select %2858, %2853, %2857 : f32[14,24] @ models/moco_pass.yaml:70:16
%2860 = reduce_sum %2859 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2861 = reshape %2860 : f32[24] @ models/moco_pass.yaml:84:27
%2862 = mul %2859, %2004 : f32[14,24] @ models/moco_pass.yaml:84:18
%2863 = mul %2859, %2003 : f32[14,24] @ models/moco_pass.yaml:84:18
%2864 = reduce_sum %2863 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2865 = reshape %2864 : f32[24] @ models/moco_pass.yaml:84:18
%2866 = reshape %2862 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2867 = mul %2866, %2001 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2868 = mul %2866, %1994 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2869 = reduce_sum %2868 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2870 = mul %2000, %2000 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2871 = mul %2000, %2870 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2872 = mul %2871, %2814 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2873 = mul %2869, %2872 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2874 = all_reduce_sum %2873 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2875 = div %2874, %1273 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2876 = broadcast %2875 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2877 = mul %2876, %1994 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2878 = add %2867, %2877 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2879 = add %2878, %2877 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2880 = neg %2879 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2881 = reduce_sum %2880 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2882 = all_reduce_sum %2881 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2883 = div %2882, %1273 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2884 = broadcast %2883 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2885 = add %2879, %2884 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2886 = reshape %2885 : f32[14,24] @ models/moco_pass.yaml:79:13
%2887 = matmul %2886, %70 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2888 = matmul %2886, %1987 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2889 = mul %2887, %2796 : f32[14,24] @ models/moco_pass.yaml:70:16
%2890 = eq %1986, %1292 : bool[14,24] @ models/moco_pass.yaml:70:16
%2891 = select %2890, %2889, %1292 : f32[14,24] @ models/moco_pass.yaml:70:16
%2892 = gt %1986, %1292 : bool[14,24] @ models/moco_pass.yaml:70:16
%2893 = select %2892, %2887, %2891 : f32[14,24] @ models/moco_pass.yaml:70:16
%2894 = reduce_sum %2893 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2895 = reshape %2894 : f32[24] @ models/moco_pass.yaml:84:27
%2896 = mul %2893, %1983 : f32[14,24] @ models/moco_pass.yaml:84:18
%2897 = mul %2893, %1982 : f32[14,24] @ models/moco_pass.yaml:84:18
%2898 = reduce_sum %2897 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2899 = reshape %2898 : f32[24] @ models/moco_pass.yaml:84:18
%2900 = reshape %2896 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2901 = mul %2900, %1980 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2902 = mul %2900, %1973 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2903 = reduce_sum %2902 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2904 = mul %1979, %1979 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2905 = mul %1979, %2904 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2906 = mul %2905, %2814 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2907 = mul %2903, %2906 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2908 = all_reduce_sum %2907 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2909 = div %2908, %1273 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2910 = broadcast %2909 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2911 = mul %2910, %1973 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2912 = add %2901, %2911 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2913 = add %2912, %2911 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2914 = neg %2913 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2915 = reduce_sum %2914 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2916 = all_reduce_sum %2915 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2917 = div %2916, %1273 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2918 = broadcast %2917 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2919 = add %2913, %2918 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2920 = reshape %2919 : f32[14,24] @ models/moco_pass.yaml:79:13
%2921 = matmul %2920, %67 ta=0 tb=0 : f32[14,16] @ models/lib/nn.yaml:83:15
%2922 = matmul %2920, %1966 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2923 = reshape %2921 : f32[14,1,16] @ models/moco_pass.yaml:130:38
%2924 = concat %2923, %2771 axis=1 : f32[14,17,16] @ models/moco_pass.yaml:130:38
%2925 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,14] @ models/lib/nn.yaml:96:46
%2926 = matmul %2925, %2921 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2927 = matmul %2629, %2769 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2928 = add %2926, %2927 : f32[1,16] @ models/lib/nn.yaml:96:46
%2929 = reshape %2928 : f32[16] @ models/lib/nn.yaml:96:46
%2930 = mul %2924, %1960 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2931 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,238] @ models/lib/nn.yaml:96:37
%2932 = reshape %2930 : f32[238,16] @ models/lib/nn.yaml:96:37
%2933 = matmul %2931, %2932 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2934 = reshape %2933 : f32[16] @ models/lib/nn.yaml:96:37
%2935 = mul %2924, %1961 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2936 = mul %2935, %1959 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2937 = mul %2924, %1961 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2938 = mul %2937, %1953 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2939 = reduce_sum %2938 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2940 = mul %1958, %1958 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2941 = mul %1958, %2940 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2942 = broadcast %2600 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2943 = mul %2941, %2942 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2944 = mul %2939, %2943 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2945 = div %2944, %842 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2946 = broadcast %2945 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2947 = mul %2946, %1953 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2948 = add %2936, %2947 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2949 = add %2948, %2947 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2950 = neg %2949 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2951 = reduce_sum %2950 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2952 = div %2951, %842 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2953 = broadcast %2952 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2954 = add %2949, %2953 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2955 = slice %2954 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:111:21
%2956 = slice %2954 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:111:21
%2957 = reduce_sum %2955 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2958 = reshape %2957 : f32[16] @ models/lib/nn.yaml:84:18
%2959 = matmul %2955, %63 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2960 = reshape %1944 : f32[14,64] @ models/lib/nn.yaml:83:15
%2961 = reshape %2955 : f32[14,16] @ models/lib/nn.yaml:83:15
%2962 = matmul %2961, %2960 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2963 = mul %1939, %1006 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2964 = erf %2963 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2965 = add %1009, %2964 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%2966 = mul %2959, %2965 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2967 = mul %1004, %1939 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2968 = mul %2959, %2967 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2969 = mul %1939, %1006 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2970 = mul %2969, %2969 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2971 = neg %2970 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2972 = exp %2971 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2973 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2974 = broadcast %2973 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2975 = mul %2972, %2974 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2976 = mul %2968, %2975 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2977 = mul %2976, %1006 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2978 = mul %2966, %1004 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2979 = add %2977, %2978 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2980 = reduce_sum %2979 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2981 = reshape %2980 : f32[64] @ models/lib/nn.yaml:84:18
%2982 = matmul %2979, %61 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2983 = reshape %1936 : f32[14,16] @ models/lib/nn.yaml:83:15
%2984 = reshape %2979 : f32[14,64] @ models/lib/nn.yaml:83:15
%2985 = matmul %2984, %2983 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2986 = reduce_sum %2982 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2987 = reshape %2986 : f32[16] @ models/lib/nn.yaml:96:46
%2988 = mul %2982, %1933 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2989 = mul %2982, %1932 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2990 = reduce_sum %2989 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2991 = reshape %2990 : f32[16] @ models/lib/nn.yaml:96:37
%2992 = mul %2988, %1931 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2993 = mul %2988, %1925 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2994 = reduce_sum %2993 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2995 = mul %1930, %1930 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2996 = mul %1930, %2995 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2997 = broadcast %2600 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2998 = mul %2996, %2997 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2999 = mul %2994, %2998 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%3000 = div %2999, %985 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%3001 = broadcast %3000 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%3002 = mul %3001, %1925 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%3003 = add %2992, %3002 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%3004 = add %3003, %3002 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%3005 = add %2955, %3004 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%3006 = neg %3004 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%3007 = reduce_sum %3006 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%3008 = div %3007, %985 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%3009 = broadcast %3008 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%3010 = add %3005, %3009 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%3011 = reduce_sum %3010 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3012 = reshape %3011 : f32[16] @ models/lib/nn.yaml:84:18
%3013 = matmul %3010, %57 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%3014 = reshape %1916 : f32[14,16] @ models/lib/nn.yaml:83:15
%3015 = reshape %3010 : f32[14,16] @ models/lib/nn.yaml:83:15
%3016 = matmul %3015, %3014 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3017 = reshape %3013 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%3018 = permute %3017 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%3019 = slice %3018 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3020 = broadcast %3019 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3021 = reshape %1805 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3022 = permute %3021 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3023 = slice %3022 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3024 = reshape %1806 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3025 = permute %3024 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3026 = slice %3025 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3027 = add %3023, %3026 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3028 = mul %3020, %3027 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3029 = slice %3018 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3030 = broadcast %3029 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3031 = reshape %1805 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3032 = permute %3031 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3033 = slice %3032 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3034 = reshape %1806 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3035 = permute %3034 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3036 = slice %3035 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3037 = add %3033, %3036 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3038 = mul %3030, %3037 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3039 = add %3028, %3038 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3040 = slice %3018 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3041 = broadcast %3040 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3042 = reshape %1805 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3043 = permute %3042 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3044 = slice %3043 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3045 = reshape %1806 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3046 = permute %3045 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3047 = slice %3046 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3048 = add %3044, %3047 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3049 = mul %3041, %3048 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3050 = add %3039, %3049 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3051 = slice %3018 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3052 = broadcast %3051 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3053 = reshape %1805 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3054 = permute %3053 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3055 = slice %3054 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3056 = reshape %1806 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3057 = permute %3056 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3058 = slice %3057 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3059 = add %3055, %3058 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3060 = mul %3052, %3059 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3061 = add %3050, %3060 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3062 = slice %3018 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3063 = broadcast %3062 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3064 = reshape %1805 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3065 = permute %3064 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3066 = slice %3065 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3067 = reshape %1806 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3068 = permute %3067 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3069 = slice %3068 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3070 = add %3066, %3069 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3071 = mul %3063, %3070 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3072 = add %3061, %3071 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3073 = slice %3018 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3074 = broadcast %3073 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3075 = reshape %1805 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3076 = permute %3075 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3077 = slice %3076 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3078 = reshape %1806 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3079 = permute %3078 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3080 = slice %3079 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3081 = add %3077, %3080 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3082 = mul %3074, %3081 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3083 = add %3072, %3082 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3084 = slice %3018 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3085 = broadcast %3084 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3086 = reshape %1805 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3087 = permute %3086 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3088 = slice %3087 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3089 = reshape %1806 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3090 = permute %3089 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3091 = slice %3090 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3092 = add %3088, %3091 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3093 = mul %3085, %3092 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3094 = add %3083, %3093 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3095 = slice %3018 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3096 = broadcast %3095 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3097 = reshape %1805 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3098 = permute %3097 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3099 = slice %3098 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3100 = reshape %1806 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3101 = permute %3100 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3102 = slice %3101 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3103 = add %3099, %3102 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3104 = mul %3096, %3103 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3105 = add %3094, %3104 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3106 = permute %1904 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%3107 = broadcast %3106 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%3108 = broadcast %3018 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%3109 = mul %3107, %3108 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%3110 = div %3105, %1902 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%3111 = mul %3110, %1904 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%3112 = neg %3111 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%3113 = reduce_sum %3112 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%3114 = broadcast %3113 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%3115 = add %3110, %3114 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%3116 = exp %1899 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%3117 = mul %3115, %3116 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%3118 = mul %3117, %955 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%3119 = reshape %3118 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%3120 = broadcast %3119 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3121 = reshape %1803 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%3122 = permute %3121 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%3123 = reshape %3122 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3124 = reshape %1804 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%3125 = permute %3124 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%3126 = reshape %3125 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3127 = add %3123, %3126 : f32[14,2,1,17,8] @ models/lib/nn.yaml:84:18
%3128 = mul %3120, %3127 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3129 = reduce_sum %3128 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%3130 = permute %3118 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%3131 = broadcast %3130 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%3132 = broadcast %1802 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%3133 = mul %3131, %3132 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%3134 = permute %3109 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%3135 = reshape %3134 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%3136 = reshape %3134 : f32[238,16] @ models/lib/nn.yaml:84:18
%3137 = matmul %2931, %3136 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3138 = reshape %3137 : f32[16] @ models/lib/nn.yaml:84:18
%3139 = matmul %3135, %55 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%3140 = reshape %1796 : f32[238,16] @ models/lib/nn.yaml:83:15
%3141 = matmul %3136, %3140 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3142 = permute %3133 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%3143 = reshape %3142 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%3144 = reshape %3142 : f32[238,16] @ models/lib/nn.yaml:84:18
%3145 = matmul %2931, %3144 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3146 = reshape %3145 : f32[16] @ models/lib/nn.yaml:84:18
%3147 = matmul %3143, %53 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%3148 = add %3139, %3147 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%3149 = matmul %3144, %3140 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3150 = permute %3129 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%3151 = reshape %3150 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%3152 = reduce_sum %3151 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3153 = reshape %3152 : f32[16] @ models/lib/nn.yaml:84:18
%3154 = matmul %3151, %51 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%3155 = reshape %1797 : f32[14,16] @ models/lib/nn.yaml:83:15
%3156 = reshape %3150 : f32[14,16] @ models/lib/nn.yaml:83:15
%3157 = matmul %3156, %3155 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3158 = pad %3154 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%3159 = add %3148, %3158 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%3160 = reshape %3159 : f32[238,16] @ models/lib/nn.yaml:96:46
%3161 = matmul %2931, %3160 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3162 = reshape %3161 : f32[16] @ models/lib/nn.yaml:96:46
%3163 = mul %3159, %1792 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%3164 = reshape %3163 : f32[238,16] @ models/lib/nn.yaml:96:37
%3165 = matmul %2931, %3164 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3166 = reshape %3165 : f32[16] @ models/lib/nn.yaml:96:37
%3167 = mul %3159, %1793 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%3168 = mul %3167, %1791 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%3169 = mul %3159, %1793 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%3170 = mul %3169, %1785 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%3171 = reduce_sum %3170 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%3172 = mul %1790, %1790 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3173 = mul %1790, %3172 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3174 = mul %3173, %2942 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3175 = mul %3171, %3174 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3176 = div %3175, %842 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%3177 = broadcast %3176 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%3178 = mul %3177, %1785 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%3179 = add %3168, %3178 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%3180 = add %3179, %3178 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%3181 = neg %3180 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%3182 = reduce_sum %3181 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%3183 = div %3182, %842 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%3184 = broadcast %3183 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%3185 = add %3180, %3184 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%3186 = slice %3185 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%3187 = add %3010, %3186 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%3188 = slice %3185 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%3189 = add %2956, %3188 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%3190 = reduce_sum %3187 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3191 = reshape %3190 : f32[16] @ models/lib/nn.yaml:84:18
%3192 = matmul %3187, %47 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%3193 = reshape %1776 : f32[14,64] @ models/lib/nn.yaml:83:15
%3194 = reshape %3187 : f32[14,16] @ models/lib/nn.yaml:83:15
%3195 = matmul %3194, %3193 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3196 = mul %1771, %1006 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%3197 = erf %3196 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%3198 = add %1009, %3197 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%3199 = mul %3192, %3198 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%3200 = mul %1004, %1771 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%3201 = mul %3192, %3200 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%3202 = mul %1771, %1006 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%3203 = mul %3202, %3202 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%3204 = neg %3203 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%3205 = exp %3204 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%3206 = mul %3205, %2974 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%3207 = mul %3201, %3206 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%3208 = mul %3207, %1006 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%3209 = mul %3199, %1004 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%3210 = add %3208, %3209 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%3211 = reduce_sum %3210 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3212 = reshape %3211 : f32[64] @ models/lib/nn.yaml:84:18
%3213 = matmul %3210, %45 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%3214 = reshape %1768 : f32[14,16] @ models/lib/nn.yaml:83:15
%3215 = reshape %3210 : f32[14,64] @ models/lib/nn.yaml:83:15
%3216 = matmul %3215, %3214 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3217 = reduce_sum %3213 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3218 = reshape %3217 : f32[16] @ models/lib/nn.yaml:96:46
%3219 = mul %3213, %1765 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%3220 = mul %3213, %1764 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%3221 = reduce_sum %3220 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3222 = reshape %3221 : f32[16] @ models/lib/nn.yaml:96:37
%3223 = mul %3219, %1763 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%3224 = mul %3219, %1757 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%3225 = reduce_sum %3224 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%3226 = mul %1762, %1762 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%3227 = mul %1762, %3226 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%3228 = mul %3227, %2997 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%3229 = mul %3225, %3228 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%3230 = div %3229, %985 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%3231 = broadcast %3230 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%3232 = mul %3231, %1757 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%3233 = add %3223, %3232 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%3234 = add %3233, %3232 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%3235 = add %3187, %3234 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%3236 = neg %3234 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%3237 = reduce_sum %3236 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%3238 = div %3237, %985 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%3239 = broadcast %3238 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%3240 = add %3235, %3239 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%3241 = reduce_sum %3240 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3242 = reshape %3241 : f32[16] @ models/lib/nn.yaml:84:18
%3243 = matmul %3240, %41 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%3244 = reshape %1748 : f32[14,16] @ models/lib/nn.yaml:83:15
%3245 = reshape %3240 : f32[14,16] @ models/lib/nn.yaml:83:15
%3246 = matmul %3245, %3244 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3247 = reshape %3243 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%3248 = permute %3247 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%3249 = slice %3248 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3250 = broadcast %3249 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3251 = reshape %1637 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3252 = permute %3251 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3253 = slice %3252 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3254 = reshape %1638 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3255 = permute %3254 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3256 = slice %3255 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3257 = add %3253, %3256 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3258 = mul %3250, %3257 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3259 = slice %3248 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3260 = broadcast %3259 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3261 = reshape %1637 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3262 = permute %3261 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3263 = slice %3262 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3264 = reshape %1638 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3265 = permute %3264 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3266 = slice %3265 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3267 = add %3263, %3266 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3268 = mul %3260, %3267 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3269 = add %3258, %3268 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3270 = slice %3248 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3271 = broadcast %3270 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3272 = reshape %1637 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3273 = permute %3272 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3274 = slice %3273 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3275 = reshape %1638 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3276 = permute %3275 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3277 = slice %3276 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3278 = add %3274, %3277 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3279 = mul %3271, %3278 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3280 = add %3269, %3279 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3281 = slice %3248 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3282 = broadcast %3281 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3283 = reshape %1637 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3284 = permute %3283 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3285 = slice %3284 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3286 = reshape %1638 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3287 = permute %3286 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3288 = slice %3287 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3289 = add %3285, %3288 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3290 = mul %3282, %3289 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3291 = add %3280, %3290 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3292 = slice %3248 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3293 = broadcast %3292 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3294 = reshape %1637 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3295 = permute %3294 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3296 = slice %3295 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3297 = reshape %1638 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3298 = permute %3297 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3299 = slice %3298 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3300 = add %3296, %3299 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3301 = mul %3293, %3300 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3302 = add %3291, %3301 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3303 = slice %3248 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3304 = broadcast %3303 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3305 = reshape %1637 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3306 = permute %3305 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3307 = slice %3306 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3308 = reshape %1638 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3309 = permute %3308 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3310 = slice %3309 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3311 = add %3307, %3310 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3312 = mul %3304, %3311 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3313 = add %3302, %3312 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3314 = slice %3248 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3315 = broadcast %3314 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3316 = reshape %1637 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3317 = permute %3316 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3318 = slice %3317 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3319 = reshape %1638 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3320 = permute %3319 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3321 = slice %3320 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3322 = add %3318, %3321 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3323 = mul %3315, %3322 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3324 = add %3313, %3323 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3325 = slice %3248 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3326 = broadcast %3325 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3327 = reshape %1637 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3328 = permute %3327 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3329 = slice %3328 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3330 = reshape %1638 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%3331 = permute %3330 perm=[0,2,3,1] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3332 = slice %3331 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3333 = add %3329, %3332 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%3334 = mul %3326, %3333 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3335 = add %3324, %3334 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3336 = permute %1736 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%3337 = broadcast %3336 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%3338 = broadcast %3248 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%3339 = mul %3337, %3338 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%3340 = div %3335, %1734 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%3341 = mul %3340, %1736 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%3342 = neg %3341 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%3343 = reduce_sum %3342 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%3344 = broadcast %3343 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%3345 = add %3340, %3344 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%3346 = exp %1731 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%3347 = mul %3345, %3346 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%3348 = mul %3347, %955 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%3349 = reshape %3348 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%3350 = broadcast %3349 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3351 = reshape %1635 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%3352 = permute %3351 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%3353 = reshape %3352 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3354 = reshape %1636 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%3355 = permute %3354 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%3356 = reshape %3355 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3357 = add %3353, %3356 : f32[14,2,1,17,8] @ models/lib/nn.yaml:84:18
%3358 = mul %3350, %3357 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3359 = reduce_sum %3358 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%3360 = permute %3348 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%3361 = broadcast %3360 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%3362 = broadcast %1634 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%3363 = mul %3361, %3362 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%3364 = permute %3339 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%3365 = reshape %3364 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%3366 = reshape %3364 : f32[238,16] @ models/lib/nn.yaml:84:18
%3367 = matmul %2931, %3366 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3368 = reshape %3367 : f32[16] @ models/lib/nn.yaml:84:18
%3369 = matmul %3365, %39 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%3370 = reshape %1628 : f32[238,16] @ models/lib/nn.yaml:83:15
%3371 = matmul %3366, %3370 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3372 = permute %3363 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%3373 = reshape %3372 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%3374 = reshape %3372 : f32[238,16] @ models/lib/nn.yaml:84:18
%3375 = matmul %2931, %3374 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3376 = reshape %3375 : f32[16] @ models/lib/nn.yaml:84:18
%3377 = matmul %3373, %37 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%3378 = add %3369, %3377 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%3379 = matmul %3374, %3370 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3380 = permute %3359 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%3381 = reshape %3380 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%3382 = reduce_sum %3381 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3383 = reshape %3382 : f32[16] @ models/lib/nn.yaml:84:18
%3384 = matmul %3381, %35 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%3385 = reshape %1629 : f32[14,16] @ models/lib/nn.yaml:83:15
%3386 = reshape %3380 : f32[14,16] @ models/lib/nn.yaml:83:15
%3387 = matmul %3386, %3385 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3388 = pad %3384 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%3389 = add %3378, %3388 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%3390 = reshape %3389 : f32[238,16] @ models/lib/nn.yaml:96:46
%3391 = matmul %2931, %3390 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3392 = reshape %3391 : f32[16] @ models/lib/nn.yaml:96:46
%3393 = mul %3389, %1624 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%3394 = reshape %3393 : f32[238,16] @ models/lib/nn.yaml:96:37
%3395 = matmul %2931, %3394 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3396 = reshape %3395 : f32[16] @ models/lib/nn.yaml:96:37
%3397 = mul %3389, %1625 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%3398 = mul %3397, %1623 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%3399 = mul %3389, %1625 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%3400 = mul %3399, %1617 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%3401 = reduce_sum %3400 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%3402 = mul %1622, %1622 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3403 = mul %1622, %3402 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3404 = mul %3403, %2942 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3405 = mul %3401, %3404 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3406 = div %3405, %842 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%3407 = broadcast %3406 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%3408 = mul %3407, %1617 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%3409 = add %3398, %3408 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%3410 = add %3409, %3408 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%3411 = neg %3410 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%3412 = reduce_sum %3411 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%3413 = div %3412, %842 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%3414 = broadcast %3413 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%3415 = add %3410, %3414 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%3416 = slice %3415 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%3417 = add %3240, %3416 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%3418 = slice %3415 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%3419 = add %3189, %3418 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%3420 = reduce_sum %3417 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3421 = mul %3419, %1609 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%3422 = div %3421, %1566 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%3423 = reshape %3422 : f32[224,16] @ models/lib/nn.yaml:84:18
%3424 = matmul %2629, %3423 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3425 = reshape %3424 : f32[16] @ models/lib/nn.yaml:84:18
%3426 = matmul %3422, %30 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%3427 = reshape %1600 : f32[224,64] @ models/lib/nn.yaml:83:15
%3428 = matmul %3423, %3427 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3429 = add %1592, %1593 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%3430 = mul %3429, %306 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3431 = erf %3430 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3432 = add %311, %3431 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%3433 = mul %3426, %3432 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3434 = add %1592, %1593 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%3435 = mul %302, %3434 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3436 = mul %3426, %3435 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3437 = add %1592, %1593 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%3438 = mul %3437, %306 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3439 = mul %3438, %3438 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3440 = neg %3439 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3441 = exp %3440 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3442 = broadcast %2973 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3443 = mul %3441, %3442 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3444 = mul %3436, %3443 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3445 = mul %3444, %306 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3446 = mul %3433, %302 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3447 = add %3445, %3446 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3448 = reshape %3447 : f32[224,64] @ models/lib/nn.yaml:84:18
%3449 = matmul %2629, %3448 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3450 = reshape %3449 : f32[64] @ models/lib/nn.yaml:84:18
%3451 = matmul %3447, %28 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3452 = reshape %1591 : f32[224,16] @ models/lib/nn.yaml:83:15
%3453 = matmul %3448, %3452 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3454 = reshape %3451 : f32[224,16] @ models/lib/nn.yaml:96:46
%3455 = matmul %2629, %3454 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3456 = reshape %3455 : f32[16] @ models/lib/nn.yaml:96:46
%3457 = mul %3451, %1587 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3458 = reshape %3457 : f32[224,16] @ models/lib/nn.yaml:96:37
%3459 = matmul %2629, %3458 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3460 = reshape %3459 : f32[16] @ models/lib/nn.yaml:96:37
%3461 = mul %3451, %1588 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3462 = mul %3461, %1586 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3463 = mul %3451, %1588 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3464 = mul %3463, %1580 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3465 = reduce_sum %3464 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3466 = mul %1585, %1585 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3467 = mul %1585, %3466 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3468 = broadcast %2600 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3469 = mul %3467, %3468 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3470 = mul %3465, %3469 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3471 = div %3470, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3472 = broadcast %3471 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3473 = mul %3472, %1580 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3474 = add %3462, %3473 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3475 = add %3474, %3473 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3476 = add %3419, %3475 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3477 = neg %3475 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3478 = reduce_sum %3477 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3479 = div %3478, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3480 = broadcast %3479 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3481 = add %3476, %3480 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3482 = mul %3481, %1574 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%3483 = div %3482, %1566 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%3484 = reshape %3483 : f32[224,16] @ models/lib/nn.yaml:84:18
%3485 = matmul %2629, %3484 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3486 = reshape %3485 : f32[16] @ models/lib/nn.yaml:84:18
%3487 = matmul %3483, %24 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3488 = reshape %1560 : f32[224,16] @ models/lib/nn.yaml:83:15
%3489 = matmul %3484, %3488 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3490 = reshape %3487 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3491 = permute %3490 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3492 = permute %1494 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3493 = slice %3491 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3494 = broadcast %3493 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3495 = slice %3492 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3496 = broadcast %3495 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3497 = mul %3494, %3496 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3498 = slice %3491 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3499 = broadcast %3498 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3500 = slice %3492 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3501 = broadcast %3500 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3502 = mul %3499, %3501 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3503 = add %3497, %3502 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3504 = slice %3491 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3505 = broadcast %3504 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3506 = slice %3492 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3507 = broadcast %3506 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3508 = mul %3505, %3507 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3509 = add %3503, %3508 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3510 = slice %3491 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3511 = broadcast %3510 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3512 = slice %3492 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3513 = broadcast %3512 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3514 = mul %3511, %3513 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3515 = add %3509, %3514 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3516 = slice %3491 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3517 = broadcast %3516 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3518 = slice %3492 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3519 = broadcast %3518 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3520 = mul %3517, %3519 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3521 = add %3515, %3520 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3522 = slice %3491 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3523 = broadcast %3522 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3524 = slice %3492 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3525 = broadcast %3524 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3526 = mul %3523, %3525 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3527 = add %3521, %3526 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3528 = slice %3491 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3529 = broadcast %3528 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3530 = slice %3492 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3531 = broadcast %3530 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3532 = mul %3529, %3531 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3533 = add %3527, %3532 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3534 = slice %3491 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3535 = broadcast %3534 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3536 = slice %3492 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3537 = broadcast %3536 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3538 = mul %3535, %3537 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3539 = add %3533, %3538 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3540 = permute %1553 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3541 = reshape %3540 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3542 = broadcast %3541 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3543 = reshape %3491 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3544 = broadcast %3543 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3545 = mul %3542, %3544 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3546 = reduce_sum %3545 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3547 = div %3539, %1551 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3548 = mul %3547, %1553 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3549 = neg %3548 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3550 = reduce_sum %3549 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3551 = broadcast %3550 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3552 = add %3547, %3551 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3553 = exp %1548 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3554 = mul %3552, %3553 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3555 = mul %3554, %260 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3556 = reshape %3555 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3557 = broadcast %3556 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3558 = reshape %1491 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3559 = broadcast %3558 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3560 = mul %3557, %3559 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3561 = reduce_sum %3560 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3562 = permute %3555 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3563 = reshape %3562 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3564 = broadcast %3563 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3565 = reshape %1489 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3566 = broadcast %3565 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3567 = mul %3564, %3566 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3568 = reduce_sum %3567 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3569 = reshape %3546 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3570 = reshape %3568 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3571 = reshape %3561 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3572 = concat %3571, %3570, %3569 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3573 = permute %3572 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3574 = reshape %3573 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3575 = reshape %3573 : f32[224,48] @ models/lib/nn.yaml:84:18
%3576 = matmul %2629, %3575 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%3577 = reshape %3576 : f32[48] @ models/lib/nn.yaml:84:18
%3578 = matmul %3574, %22 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3579 = reshape %1483 : f32[224,16] @ models/lib/nn.yaml:83:15
%3580 = matmul %3575, %3579 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3581 = reshape %3578 : f32[224,16] @ models/lib/nn.yaml:96:46
%3582 = matmul %2629, %3581 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3583 = reshape %3582 : f32[16] @ models/lib/nn.yaml:96:46
%3584 = mul %3578, %1479 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3585 = reshape %3584 : f32[224,16] @ models/lib/nn.yaml:96:37
%3586 = matmul %2629, %3585 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3587 = reshape %3586 : f32[16] @ models/lib/nn.yaml:96:37
%3588 = mul %3578, %1480 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3589 = mul %3588, %1478 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3590 = mul %3578, %1480 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3591 = mul %3590, %1472 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3592 = reduce_sum %3591 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3593 = mul %1477, %1477 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3594 = mul %1477, %3593 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3595 = mul %3594, %3468 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3596 = mul %3592, %3595 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3597 = div %3596, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3598 = broadcast %3597 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3599 = mul %3598, %1472 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3600 = add %3589, %3599 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3601 = add %3600, %3599 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3602 = add %3481, %3601 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3603 = neg %3601 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3604 = reduce_sum %3603 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3605 = div %3604, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3606 = broadcast %3605 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3607 = add %3602, %3606 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3608 = reshape %3607 : f32[224,16] @ models/lib/nn.yaml:84:18
%3609 = matmul %2629, %3608 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3610 = reshape %3609 : f32[16] @ models/lib/nn.yaml:84:18
%3611 = matmul %3607, %18 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%3612 = reshape %1464 : f32[224,64] @ models/lib/nn.yaml:83:15
%3613 = matmul %3608, %3612 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3614 = add %1456, %1457 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%3615 = mul %3614, %306 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3616 = erf %3615 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3617 = add %311, %3616 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%3618 = mul %3611, %3617 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3619 = add %1456, %1457 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%3620 = mul %302, %3619 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3621 = mul %3611, %3620 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3622 = add %1456, %1457 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%3623 = mul %3622, %306 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3624 = mul %3623, %3623 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3625 = neg %3624 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3626 = exp %3625 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3627 = mul %3626, %3442 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3628 = mul %3621, %3627 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3629 = mul %3628, %306 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3630 = mul %3618, %302 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3631 = add %3629, %3630 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3632 = reshape %3631 : f32[224,64] @ models/lib/nn.yaml:84:18
%3633 = matmul %2629, %3632 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3634 = reshape %3633 : f32[64] @ models/lib/nn.yaml:84:18
%3635 = matmul %3631, %16 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3636 = reshape %1455 : f32[224,16] @ models/lib/nn.yaml:83:15
%3637 = matmul %3632, %3636 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3638 = reshape %3635 : f32[224,16] @ models/lib/nn.yaml:96:46
%3639 = matmul %2629, %3638 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3640 = reshape %3639 : f32[16] @ models/lib/nn.yaml:96:46
%3641 = mul %3635, %1451 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3642 = reshape %3641 : f32[224,16] @ models/lib/nn.yaml:96:37
%3643 = matmul %2629, %3642 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3644 = reshape %3643 : f32[16] @ models/lib/nn.yaml:96:37
%3645 = mul %3635, %1452 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3646 = mul %3645, %1450 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3647 = mul %3635, %1452 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3648 = mul %3647, %1444 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3649 = reduce_sum %3648 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3650 = mul %1449, %1449 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3651 = mul %1449, %3650 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3652 = mul %3651, %3468 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3653 = mul %3649, %3652 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3654 = div %3653, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3655 = broadcast %3654 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3656 = mul %3655, %1444 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3657 = add %3646, %3656 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3658 = add %3657, %3656 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3659 = add %3607, %3658 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3660 = neg %3658 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3661 = reduce_sum %3660 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3662 = div %3661, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3663 = broadcast %3662 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3664 = add %3659, %3663 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3665 = reshape %3664 : f32[224,16] @ models/lib/nn.yaml:84:18
%3666 = matmul %2629, %3665 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3667 = reshape %3666 : f32[16] @ models/lib/nn.yaml:84:18
%3668 = matmul %3664, %12 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3669 = reshape %1435 : f32[224,16] @ models/lib/nn.yaml:83:15
%3670 = matmul %3665, %3669 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3671 = reshape %3668 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3672 = permute %3671 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3673 = permute %1369 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3674 = slice %3672 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3675 = broadcast %3674 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3676 = slice %3673 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3677 = broadcast %3676 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3678 = mul %3675, %3677 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3679 = slice %3672 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3680 = broadcast %3679 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3681 = slice %3673 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3682 = broadcast %3681 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3683 = mul %3680, %3682 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3684 = add %3678, %3683 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3685 = slice %3672 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3686 = broadcast %3685 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3687 = slice %3673 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3688 = broadcast %3687 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3689 = mul %3686, %3688 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3690 = add %3684, %3689 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3691 = slice %3672 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3692 = broadcast %3691 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3693 = slice %3673 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3694 = broadcast %3693 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3695 = mul %3692, %3694 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3696 = add %3690, %3695 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3697 = slice %3672 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3698 = broadcast %3697 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3699 = slice %3673 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3700 = broadcast %3699 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3701 = mul %3698, %3700 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3702 = add %3696, %3701 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3703 = slice %3672 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3704 = broadcast %3703 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3705 = slice %3673 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3706 = broadcast %3705 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3707 = mul %3704, %3706 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3708 = add %3702, %3707 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3709 = slice %3672 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3710 = broadcast %3709 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3711 = slice %3673 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3712 = broadcast %3711 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3713 = mul %3710, %3712 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3714 = add %3708, %3713 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3715 = slice %3672 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3716 = broadcast %3715 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3717 = slice %3673 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3718 = broadcast %3717 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3719 = mul %3716, %3718 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3720 = add %3714, %3719 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3721 = permute %1428 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3722 = reshape %3721 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3723 = broadcast %3722 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3724 = reshape %3672 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3725 = broadcast %3724 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3726 = mul %3723, %3725 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3727 = reduce_sum %3726 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3728 = div %3720, %1426 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3729 = mul %3728, %1428 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3730 = neg %3729 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3731 = reduce_sum %3730 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3732 = broadcast %3731 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3733 = add %3728, %3732 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3734 = exp %1423 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3735 = mul %3733, %3734 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3736 = mul %3735, %260 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3737 = reshape %3736 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3738 = broadcast %3737 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3739 = reshape %1366 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3740 = broadcast %3739 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3741 = mul %3738, %3740 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3742 = reduce_sum %3741 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3743 = permute %3736 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3744 = reshape %3743 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3745 = broadcast %3744 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3746 = reshape %1364 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3747 = broadcast %3746 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3748 = mul %3745, %3747 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3749 = reduce_sum %3748 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3750 = reshape %3727 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3751 = reshape %3749 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3752 = reshape %3742 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3753 = concat %3752, %3751, %3750 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3754 = permute %3753 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3755 = reshape %3754 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3756 = reshape %3754 : f32[224,48] @ models/lib/nn.yaml:84:18
%3757 = matmul %2629, %3756 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%3758 = reshape %3757 : f32[48] @ models/lib/nn.yaml:84:18
%3759 = matmul %3755, %10 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3760 = reshape %1358 : f32[224,16] @ models/lib/nn.yaml:83:15
%3761 = matmul %3756, %3760 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3762 = reshape %3759 : f32[224,16] @ models/lib/nn.yaml:96:46
%3763 = matmul %2629, %3762 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3764 = reshape %3763 : f32[16] @ models/lib/nn.yaml:96:46
%3765 = mul %3759, %1354 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3766 = reshape %3765 : f32[224,16] @ models/lib/nn.yaml:96:37
%3767 = matmul %2629, %3766 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3768 = reshape %3767 : f32[16] @ models/lib/nn.yaml:96:37
%3769 = mul %3759, %1355 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3770 = mul %3769, %1353 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3771 = mul %3759, %1355 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3772 = mul %3771, %1347 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3773 = reduce_sum %3772 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3774 = mul %1352, %1352 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3775 = mul %1352, %3774 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3776 = mul %3775, %3468 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3777 = mul %3773, %3776 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3778 = div %3777, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3779 = broadcast %3778 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3780 = mul %3779, %1347 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3781 = add %3770, %3780 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3782 = add %3781, %3780 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3783 = add %3664, %3782 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3784 = neg %3782 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3785 = reduce_sum %3784 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3786 = div %3785, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3787 = broadcast %3786 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3788 = add %3783, %3787 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3789 = reduce_sum %3788 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%3790 = reshape %3788 : f32[224,16] @ models/lib/vit.yaml:17:71
%3791 = matmul %2629, %3790 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%3792 = reshape %3791 : f32[16] @ models/lib/vit.yaml:17:71
%3793 = reshape %174 : f32[224,48] @ models/lib/vit.yaml:17:18
%3794 = matmul %3790, %3793 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%3795 = reshape %3794 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%3796 = all_reduce_sum %3789 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3797 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3798 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3799 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%3800 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%3801 = add %3799, %3800 : i64[] @ models/lib/vit.yaml:48:7
%3802 = mul %2384, %2385 : f64[] @ models/lib/vit.yaml:48:7
%3803 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3804 = sub %3803, %3802 : f64[] @ models/lib/vit.yaml:48:7
%3805 = cast %3804 : f32[] @ models/lib/vit.yaml:48:7
%3806 = broadcast %3805 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3807 = mul %5, %3806 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3808 = broadcast %2387 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3809 = mul %3796, %3808 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3810 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3811 = broadcast %1565 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3812 = mul %3797, %3811 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3813 = add %3812, %3809 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3814 = mul %3796, %3796 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3815 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%3816 = broadcast %3815 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3817 = mul %3814, %3816 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3818 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3819 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%3820 = broadcast %3819 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3821 = mul %3798, %3820 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3822 = add %3821, %3817 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3823 = cast %3801 : f64[] @ models/lib/vit.yaml:48:7
%3824 = pow %3810, %3823 : f64[] @ models/lib/vit.yaml:48:7
%3825 = sub %3803, %3824 : f64[] @ models/lib/vit.yaml:48:7
%3826 = div %2384, %3825 : f64[] @ models/lib/vit.yaml:48:7
%3827 = pow %3818, %3823 : f64[] @ models/lib/vit.yaml:48:7
%3828 = sub %3803, %3827 : f64[] @ models/lib/vit.yaml:48:7
%3829 = sqrt %3828 : f64[] @ models/lib/vit.yaml:48:7
%3830 = div %3803, %3829 : f64[] @ models/lib/vit.yaml:48:7
%3831 = sqrt %3822 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3832 = cast %3830 : f32[] @ models/lib/vit.yaml:48:7
%3833 = broadcast %3832 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3834 = mul %3831, %3833 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3835 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%3836 = broadcast %3835 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3837 = add %3834, %3836 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3838 = div %3813, %3837 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3839 = cast %3826 : f32[] @ models/lib/vit.yaml:48:7
%3840 = broadcast %3839 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3841 = mul %3838, %3840 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3842 = sub %3807, %3841 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3843 = assign %5, %3842 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3844 = assign %3797, %3813 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3845 = assign %3798, %3822 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3846 = assign %3799, %3801 : i64[] @ models/lib/vit.yaml:48:7
%3847 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3848 = mul %89, %3847 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3849 = sub %3803, %2386 : f64[] @ models/lib/vit.yaml:48:7
%3850 = cast %3849 : f32[] @ models/lib/vit.yaml:48:7
%3851 = broadcast %3850 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3852 = mul %3842, %3851 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3853 = add %3848, %3852 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3854 = assign %89, %3853 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3855 = all_reduce_sum %3795 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3856 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3857 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3858 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%3859 = add %3858, %3800 : i64[] @ models/lib/vit.yaml:9:7
%3860 = broadcast %3805 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3861 = mul %6, %3860 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3862 = broadcast %2387 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3863 = mul %3855, %3862 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3864 = broadcast %1565 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3865 = mul %3856, %3864 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3866 = add %3865, %3863 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3867 = mul %3855, %3855 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3868 = broadcast %3815 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3869 = mul %3867, %3868 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3870 = broadcast %3819 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3871 = mul %3857, %3870 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3872 = add %3871, %3869 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3873 = cast %3859 : f64[] @ models/lib/vit.yaml:9:7
%3874 = pow %3810, %3873 : f64[] @ models/lib/vit.yaml:9:7
%3875 = sub %3803, %3874 : f64[] @ models/lib/vit.yaml:9:7
%3876 = div %2384, %3875 : f64[] @ models/lib/vit.yaml:9:7
%3877 = pow %3818, %3873 : f64[] @ models/lib/vit.yaml:9:7
%3878 = sub %3803, %3877 : f64[] @ models/lib/vit.yaml:9:7
%3879 = sqrt %3878 : f64[] @ models/lib/vit.yaml:9:7
%3880 = div %3803, %3879 : f64[] @ models/lib/vit.yaml:9:7
%3881 = sqrt %3872 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3882 = cast %3880 : f32[] @ models/lib/vit.yaml:9:7
%3883 = broadcast %3882 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3884 = mul %3881, %3883 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3885 = broadcast %3835 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3886 = add %3884, %3885 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3887 = div %3866, %3886 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3888 = cast %3876 : f32[] @ models/lib/vit.yaml:9:7
%3889 = broadcast %3888 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3890 = mul %3887, %3889 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3891 = sub %3861, %3890 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3892 = assign %6, %3891 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3893 = assign %3856, %3866 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3894 = assign %3857, %3872 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3895 = assign %3858, %3859 : i64[] @ models/lib/vit.yaml:9:7
%3896 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3897 = mul %90, %3896 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3898 = broadcast %3850 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3899 = mul %3891, %3898 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3900 = add %3897, %3899 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3901 = assign %90, %3900 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3902 = all_reduce_sum %3792 : f32[16] @ models/lib/vit.yaml:10:7
%3903 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3904 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3905 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%3906 = add %3905, %3800 : i64[] @ models/lib/vit.yaml:10:7
%3907 = broadcast %2387 : f32[16] @ models/lib/vit.yaml:10:7
%3908 = mul %3902, %3907 : f32[16] @ models/lib/vit.yaml:10:7
%3909 = broadcast %1565 : f32[16] @ models/lib/vit.yaml:10:7
%3910 = mul %3903, %3909 : f32[16] @ models/lib/vit.yaml:10:7
%3911 = add %3910, %3908 : f32[16] @ models/lib/vit.yaml:10:7
%3912 = mul %3902, %3902 : f32[16] @ models/lib/vit.yaml:10:7
%3913 = broadcast %3815 : f32[16] @ models/lib/vit.yaml:10:7
%3914 = mul %3912, %3913 : f32[16] @ models/lib/vit.yaml:10:7
%3915 = broadcast %3819 : f32[16] @ models/lib/vit.yaml:10:7
%3916 = mul %3904, %3915 : f32[16] @ models/lib/vit.yaml:10:7
%3917 = add %3916, %3914 : f32[16] @ models/lib/vit.yaml:10:7
%3918 = cast %3906 : f64[] @ models/lib/vit.yaml:10:7
%3919 = pow %3810, %3918 : f64[] @ models/lib/vit.yaml:10:7
%3920 = sub %3803, %3919 : f64[] @ models/lib/vit.yaml:10:7
%3921 = div %2384, %3920 : f64[] @ models/lib/vit.yaml:10:7
%3922 = pow %3818, %3918 : f64[] @ models/lib/vit.yaml:10:7
%3923 = sub %3803, %3922 : f64[] @ models/lib/vit.yaml:10:7
%3924 = sqrt %3923 : f64[] @ models/lib/vit.yaml:10:7
%3925 = div %3803, %3924 : f64[] @ models/lib/vit.yaml:10:7
%3926 = sqrt %3917 : f32[16] @ models/lib/vit.yaml:10:7
%3927 = cast %3925 : f32[] @ models/lib/vit.yaml:10:7
%3928 = broadcast %3927 : f32[16] @ models/lib/vit.yaml:10:7
%3929 = mul %3926, %3928 : f32[16] @ models/lib/vit.yaml:10:7
%3930 = broadcast %3835 : f32[16] @ models/lib/vit.yaml:10:7
%3931 = add %3929, %3930 : f32[16] @ models/lib/vit.yaml:10:7
%3932 = div %3911, %3931 : f32[16] @ models/lib/vit.yaml:10:7
%3933 = cast %3921 : f32[] @ models/lib/vit.yaml:10:7
%3934 = broadcast %3933 : f32[16] @ models/lib/vit.yaml:10:7
%3935 = mul %3932, %3934 : f32[16] @ models/lib/vit.yaml:10:7
%3936 = sub %7, %3935 : f32[16] @ models/lib/vit.yaml:10:7
%3937 = assign %7, %3936 : f32[16] @ models/lib/vit.yaml:10:7
%3938 = assign %3903, %3911 : f32[16] @ models/lib/vit.yaml:10:7
%3939 = assign %3904, %3917 : f32[16] @ models/lib/vit.yaml:10:7
%3940 = assign %3905, %3906 : i64[] @ models/lib/vit.yaml:10:7
%3941 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%3942 = mul %91, %3941 : f32[16] @ models/lib/vit.yaml:10:7
%3943 = broadcast %3850 : f32[16] @ models/lib/vit.yaml:10:7
%3944 = mul %3936, %3943 : f32[16] @ models/lib/vit.yaml:10:7
%3945 = add %3942, %3944 : f32[16] @ models/lib/vit.yaml:10:7
%3946 = assign %91, %3945 : f32[16] @ models/lib/vit.yaml:10:7
%3947 = all_reduce_sum %3768 : f32[16] @ models/lib/nn.yaml:89:7
%3948 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3949 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3950 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3951 = add %3950, %3800 : i64[] @ models/lib/nn.yaml:89:7
%3952 = mul %3947, %3907 : f32[16] @ models/lib/nn.yaml:89:7
%3953 = mul %3948, %3909 : f32[16] @ models/lib/nn.yaml:89:7
%3954 = add %3953, %3952 : f32[16] @ models/lib/nn.yaml:89:7
%3955 = mul %3947, %3947 : f32[16] @ models/lib/nn.yaml:89:7
%3956 = mul %3955, %3913 : f32[16] @ models/lib/nn.yaml:89:7
%3957 = mul %3949, %3915 : f32[16] @ models/lib/nn.yaml:89:7
%3958 = add %3957, %3956 : f32[16] @ models/lib/nn.yaml:89:7
%3959 = cast %3951 : f64[] @ models/lib/nn.yaml:89:7
%3960 = pow %3810, %3959 : f64[] @ models/lib/nn.yaml:89:7
%3961 = sub %3803, %3960 : f64[] @ models/lib/nn.yaml:89:7
%3962 = div %2384, %3961 : f64[] @ models/lib/nn.yaml:89:7
%3963 = pow %3818, %3959 : f64[] @ models/lib/nn.yaml:89:7
%3964 = sub %3803, %3963 : f64[] @ models/lib/nn.yaml:89:7
%3965 = sqrt %3964 : f64[] @ models/lib/nn.yaml:89:7
%3966 = div %3803, %3965 : f64[] @ models/lib/nn.yaml:89:7
%3967 = sqrt %3958 : f32[16] @ models/lib/nn.yaml:89:7
%3968 = cast %3966 : f32[] @ models/lib/nn.yaml:89:7
%3969 = broadcast %3968 : f32[16] @ models/lib/nn.yaml:89:7
%3970 = mul %3967, %3969 : f32[16] @ models/lib/nn.yaml:89:7
%3971 = add %3970, %3930 : f32[16] @ models/lib/nn.yaml:89:7
%3972 = div %3954, %3971 : f32[16] @ models/lib/nn.yaml:89:7
%3973 = cast %3962 : f32[] @ models/lib/nn.yaml:89:7
%3974 = broadcast %3973 : f32[16] @ models/lib/nn.yaml:89:7
%3975 = mul %3972, %3974 : f32[16] @ models/lib/nn.yaml:89:7
%3976 = sub %8, %3975 : f32[16] @ models/lib/nn.yaml:89:7
%3977 = assign %8, %3976 : f32[16] @ models/lib/nn.yaml:89:7
%3978 = assign %3948, %3954 : f32[16] @ models/lib/nn.yaml:89:7
%3979 = assign %3949, %3958 : f32[16] @ models/lib/nn.yaml:89:7
%3980 = assign %3950, %3951 : i64[] @ models/lib/nn.yaml:89:7
%3981 = mul %92, %3941 : f32[16] @ models/lib/nn.yaml:89:7
%3982 = mul %3976, %3943 : f32[16] @ models/lib/nn.yaml:89:7
%3983 = add %3981, %3982 : f32[16] @ models/lib/nn.yaml:89:7
%3984 = assign %92, %3983 : f32[16] @ models/lib/nn.yaml:89:7
%3985 = all_reduce_sum %3764 : f32[16] @ models/lib/nn.yaml:90:7
%3986 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3987 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3988 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3989 = add %3988, %3800 : i64[] @ models/lib/nn.yaml:90:7
%3990 = mul %3985, %3907 : f32[16] @ models/lib/nn.yaml:90:7
%3991 = mul %3986, %3909 : f32[16] @ models/lib/nn.yaml:90:7
%3992 = add %3991, %3990 : f32[16] @ models/lib/nn.yaml:90:7
%3993 = mul %3985, %3985 : f32[16] @ models/lib/nn.yaml:90:7
%3994 = mul %3993, %3913 : f32[16] @ models/lib/nn.yaml:90:7
%3995 = mul %3987, %3915 : f32[16] @ models/lib/nn.yaml:90:7
%3996 = add %3995, %3994 : f32[16] @ models/lib/nn.yaml:90:7
%3997 = cast %3989 : f64[] @ models/lib/nn.yaml:90:7
%3998 = pow %3810, %3997 : f64[] @ models/lib/nn.yaml:90:7
%3999 = sub %3803, %3998 : f64[] @ models/lib/nn.yaml:90:7
%4000 = div %2384, %3999 : f64[] @ models/lib/nn.yaml:90:7
%4001 = pow %3818, %3997 : f64[] @ models/lib/nn.yaml:90:7
%4002 = sub %3803, %4001 : f64[] @ models/lib/nn.yaml:90:7
%4003 = sqrt %4002 : f64[] @ models/lib/nn.yaml:90:7
%4004 = div %3803, %4003 : f64[] @ models/lib/nn.yaml:90:7
%4005 = sqrt %3996 : f32[16] @ models/lib/nn.yaml:90:7
%4006 = cast %4004 : f32[] @ models/lib/nn.yaml:90:7
%4007 = broadcast %4006 : f32[16] @ models/lib/nn.yaml:90:7
%4008 = mul %4005, %4007 : f32[16] @ models/lib/nn.yaml:90:7
%4009 = add %4008, %3930 : f32[16] @ models/lib/nn.yaml:90:7
%4010 = div %3992, %4009 : f32[16] @ models/lib/nn.yaml:90:7
%4011 = cast %4000 : f32[] @ models/lib/nn.yaml:90:7
%4012 = broadcast %4011 : f32[16] @ models/lib/nn.yaml:90:7
%4013 = mul %4010, %4012 : f32[16] @ models/lib/nn.yaml:90:7
%4014 = sub %9, %4013 : f32[16] @ models/lib/nn.yaml:90:7
%4015 = assign %9, %4014 : f32[16] @ models/lib/nn.yaml:90:7
%4016 = assign %3986, %3992 : f32[16] @ models/lib/nn.yaml:90:7
%4017 = assign %3987, %3996 : f32[16] @ models/lib/nn.yaml:90:7
%4018 = assign %3988, %3989 : i64[] @ models/lib/nn.yaml:90:7
%4019 = mul %93, %3941 : f32[16] @ models/lib/nn.yaml:90:7
%4020 = mul %4014, %3943 : f32[16] @ models/lib/nn.yaml:90:7
%4021 = add %4019, %4020 : f32[16] @ models/lib/nn.yaml:90:7
%4022 = assign %93, %4021 : f32[16] @ models/lib/nn.yaml:90:7
%4023 = all_reduce_sum %3761 : f32[48,16] @ models/lib/nn.yaml:79:7
%4024 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4025 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4026 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4027 = add %4026, %3800 : i64[] @ models/lib/nn.yaml:79:7
%4028 = broadcast %3805 : f32[48,16] @ models/lib/nn.yaml:79:7
%4029 = mul %10, %4028 : f32[48,16] @ models/lib/nn.yaml:79:7
%4030 = broadcast %2387 : f32[48,16] @ models/lib/nn.yaml:79:7
%4031 = mul %4023, %4030 : f32[48,16] @ models/lib/nn.yaml:79:7
%4032 = broadcast %1565 : f32[48,16] @ models/lib/nn.yaml:79:7
%4033 = mul %4024, %4032 : f32[48,16] @ models/lib/nn.yaml:79:7
%4034 = add %4033, %4031 : f32[48,16] @ models/lib/nn.yaml:79:7
%4035 = mul %4023, %4023 : f32[48,16] @ models/lib/nn.yaml:79:7
%4036 = broadcast %3815 : f32[48,16] @ models/lib/nn.yaml:79:7
%4037 = mul %4035, %4036 : f32[48,16] @ models/lib/nn.yaml:79:7
%4038 = broadcast %3819 : f32[48,16] @ models/lib/nn.yaml:79:7
%4039 = mul %4025, %4038 : f32[48,16] @ models/lib/nn.yaml:79:7
%4040 = add %4039, %4037 : f32[48,16] @ models/lib/nn.yaml:79:7
%4041 = cast %4027 : f64[] @ models/lib/nn.yaml:79:7
%4042 = pow %3810, %4041 : f64[] @ models/lib/nn.yaml:79:7
%4043 = sub %3803, %4042 : f64[] @ models/lib/nn.yaml:79:7
%4044 = div %2384, %4043 : f64[] @ models/lib/nn.yaml:79:7
%4045 = pow %3818, %4041 : f64[] @ models/lib/nn.yaml:79:7
%4046 = sub %3803, %4045 : f64[] @ models/lib/nn.yaml:79:7
%4047 = sqrt %4046 : f64[] @ models/lib/nn.yaml:79:7
%4048 = div %3803, %4047 : f64[] @ models/lib/nn.yaml:79:7
%4049 = sqrt %4040 : f32[48,16] @ models/lib/nn.yaml:79:7
%4050 = cast %4048 : f32[] @ models/lib/nn.yaml:79:7
%4051 = broadcast %4050 : f32[48,16] @ models/lib/nn.yaml:79:7
%4052 = mul %4049, %4051 : f32[48,16] @ models/lib/nn.yaml:79:7
%4053 = broadcast %3835 : f32[48,16] @ models/lib/nn.yaml:79:7
%4054 = add %4052, %4053 : f32[48,16] @ models/lib/nn.yaml:79:7
%4055 = div %4034, %4054 : f32[48,16] @ models/lib/nn.yaml:79:7
%4056 = cast %4044 : f32[] @ models/lib/nn.yaml:79:7
%4057 = broadcast %4056 : f32[48,16] @ models/lib/nn.yaml:79:7
%4058 = mul %4055, %4057 : f32[48,16] @ models/lib/nn.yaml:79:7
%4059 = sub %4029, %4058 : f32[48,16] @ models/lib/nn.yaml:79:7
%4060 = assign %10, %4059 : f32[48,16] @ models/lib/nn.yaml:79:7
%4061 = assign %4024, %4034 : f32[48,16] @ models/lib/nn.yaml:79:7
%4062 = assign %4025, %4040 : f32[48,16] @ models/lib/nn.yaml:79:7
%4063 = assign %4026, %4027 : i64[] @ models/lib/nn.yaml:79:7
%4064 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%4065 = mul %94, %4064 : f32[48,16] @ models/lib/nn.yaml:79:7
%4066 = broadcast %3850 : f32[48,16] @ models/lib/nn.yaml:79:7
%4067 = mul %4059, %4066 : f32[48,16] @ models/lib/nn.yaml:79:7
%4068 = add %4065, %4067 : f32[48,16] @ models/lib/nn.yaml:79:7
%4069 = assign %94, %4068 : f32[48,16] @ models/lib/nn.yaml:79:7
%4070 = all_reduce_sum %3758 : f32[48] @ models/lib/nn.yaml:80:7
%4071 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4072 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4073 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4074 = add %4073, %3800 : i64[] @ models/lib/nn.yaml:80:7
%4075 = broadcast %2387 : f32[48] @ models/lib/nn.yaml:80:7
%4076 = mul %4070, %4075 : f32[48] @ models/lib/nn.yaml:80:7
%4077 = broadcast %1565 : f32[48] @ models/lib/nn.yaml:80:7
%4078 = mul %4071, %4077 : f32[48] @ models/lib/nn.yaml:80:7
%4079 = add %4078, %4076 : f32[48] @ models/lib/nn.yaml:80:7
%4080 = mul %4070, %4070 : f32[48] @ models/lib/nn.yaml:80:7
%4081 = broadcast %3815 : f32[48] @ models/lib/nn.yaml:80:7
%4082 = mul %4080, %4081 : f32[48] @ models/lib/nn.yaml:80:7
%4083 = broadcast %3819 : f32[48] @ models/lib/nn.yaml:80:7
%4084 = mul %4072, %4083 : f32[48] @ models/lib/nn.yaml:80:7
%4085 = add %4084, %4082 : f32[48] @ models/lib/nn.yaml:80:7
%4086 = cast %4074 : f64[] @ models/lib/nn.yaml:80:7
%4087 = pow %3810, %4086 : f64[] @ models/lib/nn.yaml:80:7
%4088 = sub %3803, %4087 : f64[] @ models/lib/nn.yaml:80:7
%4089 = div %2384, %4088 : f64[] @ models/lib/nn.yaml:80:7
%4090 = pow %3818, %4086 : f64[] @ models/lib/nn.yaml:80:7
%4091 = sub %3803, %4090 : f64[] @ models/lib/nn.yaml:80:7
%4092 = sqrt %4091 : f64[] @ models/lib/nn.yaml:80:7
%4093 = div %3803, %4092 : f64[] @ models/lib/nn.yaml:80:7
%4094 = sqrt %4085 : f32[48] @ models/lib/nn.yaml:80:7
%4095 = cast %4093 : f32[] @ models/lib/nn.yaml:80:7
%4096 = broadcast %4095 : f32[48] @ models/lib/nn.yaml:80:7
%4097 = mul %4094, %4096 : f32[48] @ models/lib/nn.yaml:80:7
%4098 = broadcast %3835 : f32[48] @ models/lib/nn.yaml:80:7
%4099 = add %4097, %4098 : f32[48] @ models/lib/nn.yaml:80:7
%4100 = div %4079, %4099 : f32[48] @ models/lib/nn.yaml:80:7
%4101 = cast %4089 : f32[] @ models/lib/nn.yaml:80:7
%4102 = broadcast %4101 : f32[48] @ models/lib/nn.yaml:80:7
%4103 = mul %4100, %4102 : f32[48] @ models/lib/nn.yaml:80:7
%4104 = sub %11, %4103 : f32[48] @ models/lib/nn.yaml:80:7
%4105 = assign %11, %4104 : f32[48] @ models/lib/nn.yaml:80:7
%4106 = assign %4071, %4079 : f32[48] @ models/lib/nn.yaml:80:7
%4107 = assign %4072, %4085 : f32[48] @ models/lib/nn.yaml:80:7
%4108 = assign %4073, %4074 : i64[] @ models/lib/nn.yaml:80:7
%4109 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%4110 = mul %95, %4109 : f32[48] @ models/lib/nn.yaml:80:7
%4111 = broadcast %3850 : f32[48] @ models/lib/nn.yaml:80:7
%4112 = mul %4104, %4111 : f32[48] @ models/lib/nn.yaml:80:7
%4113 = add %4110, %4112 : f32[48] @ models/lib/nn.yaml:80:7
%4114 = assign %95, %4113 : f32[48] @ models/lib/nn.yaml:80:7
%4115 = all_reduce_sum %3670 : f32[16,16] @ models/lib/nn.yaml:79:7
%4116 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4117 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4118 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4119 = add %4118, %3800 : i64[] @ models/lib/nn.yaml:79:7
%4120 = broadcast %3805 : f32[16,16] @ models/lib/nn.yaml:79:7
%4121 = mul %12, %4120 : f32[16,16] @ models/lib/nn.yaml:79:7
%4122 = broadcast %2387 : f32[16,16] @ models/lib/nn.yaml:79:7
%4123 = mul %4115, %4122 : f32[16,16] @ models/lib/nn.yaml:79:7
%4124 = broadcast %1565 : f32[16,16] @ models/lib/nn.yaml:79:7
%4125 = mul %4116, %4124 : f32[16,16] @ models/lib/nn.yaml:79:7
%4126 = add %4125, %4123 : f32[16,16] @ models/lib/nn.yaml:79:7
%4127 = mul %4115, %4115 : f32[16,16] @ models/lib/nn.yaml:79:7
%4128 = broadcast %3815 : f32[16,16] @ models/lib/nn.yaml:79:7
%4129 = mul %4127, %4128 : f32[16,16] @ models/lib/nn.yaml:79:7
%4130 = broadcast %3819 : f32[16,16] @ models/lib/nn.yaml:79:7
%4131 = mul %4117, %4130 : f32[16,16] @ models/lib/nn.yaml:79:7
%4132 = add %4131, %4129 : f32[16,16] @ models/lib/nn.yaml:79:7
%4133 = cast %4119 : f64[] @ models/lib/nn.yaml:79:7
%4134 = pow %3810, %4133 : f64[] @ models/lib/nn.yaml:79:7
%4135 = sub %3803, %4134 : f64[] @ models/lib/nn.yaml:79:7
%4136 = div %2384, %4135 : f64[] @ models/lib/nn.yaml:79:7
%4137 = pow %3818, %4133 : f64[] @ models/lib/nn.yaml:79:7
%4138 = sub %3803, %4137 : f64[] @ models/lib/nn.yaml:79:7
%4139 = sqrt %4138 : f64[] @ models/lib/nn.yaml:79:7
%4140 = div %3803, %4139 : f64[] @ models/lib/nn.yaml:79:7
%4141 = sqrt %4132 : f32[16,16] @ models/lib/nn.yaml:79:7
%4142 = cast %4140 : f32[] @ models/lib/nn.yaml:79:7
%4143 = broadcast %4142 : f32[16,16] @ models/lib/nn.yaml:79:7
%4144 = mul %4141, %4143 : f32[16,16] @ models/lib/nn.yaml:79:7
%4145 = broadcast %3835 : f32[16,16] @ models/lib/nn.yaml:79:7
%4146 = add %4144, %4145 : f32[16,16] @ models/lib/nn.yaml:79:7
%4147 = div %4126, %4146 : f32[16,16] @ models/lib/nn.yaml:79:7
%4148 = cast %4136 : f32[] @ models/lib/nn.yaml:79:7
%4149 = broadcast %4148 : f32[16,16] @ models/lib/nn.yaml:79:7
%4150 = mul %4147, %4149 : f32[16,16] @ models/lib/nn.yaml:79:7
%4151 = sub %4121, %4150 : f32[16,16] @ models/lib/nn.yaml:79:7
%4152 = assign %12, %4151 : f32[16,16] @ models/lib/nn.yaml:79:7
%4153 = assign %4116, %4126 : f32[16,16] @ models/lib/nn.yaml:79:7
%4154 = assign %4117, %4132 : f32[16,16] @ models/lib/nn.yaml:79:7
%4155 = assign %4118, %4119 : i64[] @ models/lib/nn.yaml:79:7
%4156 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%4157 = mul %96, %4156 : f32[16,16] @ models/lib/nn.yaml:79:7
%4158 = broadcast %3850 : f32[16,16] @ models/lib/nn.yaml:79:7
%4159 = mul %4151, %4158 : f32[16,16] @ models/lib/nn.yaml:79:7
%4160 = add %4157, %4159 : f32[16,16] @ models/lib/nn.yaml:79:7
%4161 = assign %96, %4160 : f32[16,16] @ models/lib/nn.yaml:79:7
%4162 = all_reduce_sum %3667 : f32[16] @ models/lib/nn.yaml:80:7
%4163 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4164 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4165 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4166 = add %4165, %3800 : i64[] @ models/lib/nn.yaml:80:7
%4167 = mul %4162, %3907 : f32[16] @ models/lib/nn.yaml:80:7
%4168 = mul %4163, %3909 : f32[16] @ models/lib/nn.yaml:80:7
%4169 = add %4168, %4167 : f32[16] @ models/lib/nn.yaml:80:7
%4170 = mul %4162, %4162 : f32[16] @ models/lib/nn.yaml:80:7
%4171 = mul %4170, %3913 : f32[16] @ models/lib/nn.yaml:80:7
%4172 = mul %4164, %3915 : f32[16] @ models/lib/nn.yaml:80:7
%4173 = add %4172, %4171 : f32[16] @ models/lib/nn.yaml:80:7
%4174 = cast %4166 : f64[] @ models/lib/nn.yaml:80:7
%4175 = pow %3810, %4174 : f64[] @ models/lib/nn.yaml:80:7
%4176 = sub %3803, %4175 : f64[] @ models/lib/nn.yaml:80:7
%4177 = div %2384, %4176 : f64[] @ models/lib/nn.yaml:80:7
%4178 = pow %3818, %4174 : f64[] @ models/lib/nn.yaml:80:7
%4179 = sub %3803, %4178 : f64[] @ models/lib/nn.yaml:80:7
%4180 = sqrt %4179 : f64[] @ models/lib/nn.yaml:80:7
%4181 = div %3803, %4180 : f64[] @ models/lib/nn.yaml:80:7
%4182 = sqrt %4173 : f32[16] @ models/lib/nn.yaml:80:7
%4183 = cast %4181 : f32[] @ models/lib/nn.yaml:80:7
%4184 = broadcast %4183 : f32[16] @ models/lib/nn.yaml:80:7
%4185 = mul %4182, %4184 : f32[16] @ models/lib/nn.yaml:80:7
%4186 = add %4185, %3930 : f32[16] @ models/lib/nn.yaml:80:7
%4187 = div %4169, %4186 : f32[16] @ models/lib/nn.yaml:80:7
%4188 = cast %4177 : f32[] @ models/lib/nn.yaml:80:7
%4189 = broadcast %4188 : f32[16] @ models/lib/nn.yaml:80:7
%4190 = mul %4187, %4189 : f32[16] @ models/lib/nn.yaml:80:7
%4191 = sub %13, %4190 : f32[16] @ models/lib/nn.yaml:80:7
%4192 = assign %13, %4191 : f32[16] @ models/lib/nn.yaml:80:7
%4193 = assign %4163, %4169 : f32[16] @ models/lib/nn.yaml:80:7
%4194 = assign %4164, %4173 : f32[16] @ models/lib/nn.yaml:80:7
%4195 = assign %4165, %4166 : i64[] @ models/lib/nn.yaml:80:7
%4196 = mul %97, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%4197 = mul %4191, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%4198 = add %4196, %4197 : f32[16] @ models/lib/nn.yaml:80:7
%4199 = assign %97, %4198 : f32[16] @ models/lib/nn.yaml:80:7
%4200 = all_reduce_sum %3644 : f32[16] @ models/lib/nn.yaml:89:7
%4201 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4202 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4203 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4204 = add %4203, %3800 : i64[] @ models/lib/nn.yaml:89:7
%4205 = mul %4200, %3907 : f32[16] @ models/lib/nn.yaml:89:7
%4206 = mul %4201, %3909 : f32[16] @ models/lib/nn.yaml:89:7
%4207 = add %4206, %4205 : f32[16] @ models/lib/nn.yaml:89:7
%4208 = mul %4200, %4200 : f32[16] @ models/lib/nn.yaml:89:7
%4209 = mul %4208, %3913 : f32[16] @ models/lib/nn.yaml:89:7
%4210 = mul %4202, %3915 : f32[16] @ models/lib/nn.yaml:89:7
%4211 = add %4210, %4209 : f32[16] @ models/lib/nn.yaml:89:7
%4212 = cast %4204 : f64[] @ models/lib/nn.yaml:89:7
%4213 = pow %3810, %4212 : f64[] @ models/lib/nn.yaml:89:7
%4214 = sub %3803, %4213 : f64[] @ models/lib/nn.yaml:89:7
%4215 = div %2384, %4214 : f64[] @ models/lib/nn.yaml:89:7
%4216 = pow %3818, %4212 : f64[] @ models/lib/nn.yaml:89:7
%4217 = sub %3803, %4216 : f64[] @ models/lib/nn.yaml:89:7
%4218 = sqrt %4217 : f64[] @ models/lib/nn.yaml:89:7
%4219 = div %3803, %4218 : f64[] @ models/lib/nn.yaml:89:7
%4220 = sqrt %4211 : f32[16] @ models/lib/nn.yaml:89:7
%4221 = cast %4219 : f32[] @ models/lib/nn.yaml:89:7
%4222 = broadcast %4221 : f32[16] @ models/lib/nn.yaml:89:7
%4223 = mul %4220, %4222 : f32[16] @ models/lib/nn.yaml:89:7
%4224 = add %4223, %3930 : f32[16] @ models/lib/nn.yaml:89:7
%4225 = div %4207, %4224 : f32[16] @ models/lib/nn.yaml:89:7
%4226 = cast %4215 : f32[] @ models/lib/nn.yaml:89:7
%4227 = broadcast %4226 : f32[16] @ models/lib/nn.yaml:89:7
%4228 = mul %4225, %4227 : f32[16] @ models/lib/nn.yaml:89:7
%4229 = sub %14, %4228 : f32[16] @ models/lib/nn.yaml:89:7
%4230 = assign %14, %4229 : f32[16] @ models/lib/nn.yaml:89:7
%4231 = assign %4201, %4207 : f32[16] @ models/lib/nn.yaml:89:7
%4232 = assign %4202, %4211 : f32[16] @ models/lib/nn.yaml:89:7
%4233 = assign %4203, %4204 : i64[] @ models/lib/nn.yaml:89:7
%4234 = mul %98, %3941 : f32[16] @ models/lib/nn.yaml:89:7
%4235 = mul %4229, %3943 : f32[16] @ models/lib/nn.yaml:89:7
%4236 = add %4234, %4235 : f32[16] @ models/lib/nn.yaml:89:7
%4237 = assign %98, %4236 : f32[16] @ models/lib/nn.yaml:89:7
%4238 = all_reduce_sum %3640 : f32[16] @ models/lib/nn.yaml:90:7
%4239 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4240 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4241 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4242 = add %4241, %3800 : i64[] @ models/lib/nn.yaml:90:7
%4243 = mul %4238, %3907 : f32[16] @ models/lib/nn.yaml:90:7
%4244 = mul %4239, %3909 : f32[16] @ models/lib/nn.yaml:90:7
%4245 = add %4244, %4243 : f32[16] @ models/lib/nn.yaml:90:7
%4246 = mul %4238, %4238 : f32[16] @ models/lib/nn.yaml:90:7
%4247 = mul %4246, %3913 : f32[16] @ models/lib/nn.yaml:90:7
%4248 = mul %4240, %3915 : f32[16] @ models/lib/nn.yaml:90:7
%4249 = add %4248, %4247 : f32[16] @ models/lib/nn.yaml:90:7
%4250 = cast %4242 : f64[] @ models/lib/nn.yaml:90:7
%4251 = pow %3810, %4250 : f64[] @ models/lib/nn.yaml:90:7
%4252 = sub %3803, %4251 : f64[] @ models/lib/nn.yaml:90:7
%4253 = div %2384, %4252 : f64[] @ models/lib/nn.yaml:90:7
%4254 = pow %3818, %4250 : f64[] @ models/lib/nn.yaml:90:7
%4255 = sub %3803, %4254 : f64[] @ models/lib/nn.yaml:90:7
%4256 = sqrt %4255 : f64[] @ models/lib/nn.yaml:90:7
%4257 = div %3803, %4256 : f64[] @ models/lib/nn.yaml:90:7
%4258 = sqrt %4249 : f32[16] @ models/lib/nn.yaml:90:7
%4259 = cast %4257 : f32[] @ models/lib/nn.yaml:90:7
%4260 = broadcast %4259 : f32[16] @ models/lib/nn.yaml:90:7
%4261 = mul %4258, %4260 : f32[16] @ models/lib/nn.yaml:90:7
%4262 = add %4261, %3930 : f32[16] @ models/lib/nn.yaml:90:7
%4263 = div %4245, %4262 : f32[16] @ models/lib/nn.yaml:90:7
%4264 = cast %4253 : f32[] @ models/lib/nn.yaml:90:7
%4265 = broadcast %4264 : f32[16] @ models/lib/nn.yaml:90:7
%4266 = mul %4263, %4265 : f32[16] @ models/lib/nn.yaml:90:7
%4267 = sub %15, %4266 : f32[16] @ models/lib/nn.yaml:90:7
%4268 = assign %15, %4267 : f32[16] @ models/lib/nn.yaml:90:7
%4269 = assign %4239, %4245 : f32[16] @ models/lib/nn.yaml:90:7
%4270 = assign %4240, %4249 : f32[16] @ models/lib/nn.yaml:90:7
%4271 = assign %4241, %4242 : i64[] @ models/lib/nn.yaml:90:7
%4272 = mul %99, %3941 : f32[16] @ models/lib/nn.yaml:90:7
%4273 = mul %4267, %3943 : f32[16] @ models/lib/nn.yaml:90:7
%4274 = add %4272, %4273 : f32[16] @ models/lib/nn.yaml:90:7
%4275 = assign %99, %4274 : f32[16] @ models/lib/nn.yaml:90:7
%4276 = all_reduce_sum %3637 : f32[64,16] @ models/lib/nn.yaml:79:7
%4277 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4278 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4279 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4280 = add %4279, %3800 : i64[] @ models/lib/nn.yaml:79:7
%4281 = broadcast %3805 : f32[64,16] @ models/lib/nn.yaml:79:7
%4282 = mul %16, %4281 : f32[64,16] @ models/lib/nn.yaml:79:7
%4283 = broadcast %2387 : f32[64,16] @ models/lib/nn.yaml:79:7
%4284 = mul %4276, %4283 : f32[64,16] @ models/lib/nn.yaml:79:7
%4285 = broadcast %1565 : f32[64,16] @ models/lib/nn.yaml:79:7
%4286 = mul %4277, %4285 : f32[64,16] @ models/lib/nn.yaml:79:7
%4287 = add %4286, %4284 : f32[64,16] @ models/lib/nn.yaml:79:7
%4288 = mul %4276, %4276 : f32[64,16] @ models/lib/nn.yaml:79:7
%4289 = broadcast %3815 : f32[64,16] @ models/lib/nn.yaml:79:7
%4290 = mul %4288, %4289 : f32[64,16] @ models/lib/nn.yaml:79:7
%4291 = broadcast %3819 : f32[64,16] @ models/lib/nn.yaml:79:7
%4292 = mul %4278, %4291 : f32[64,16] @ models/lib/nn.yaml:79:7
%4293 = add %4292, %4290 : f32[64,16] @ models/lib/nn.yaml:79:7
%4294 = cast %4280 : f64[] @ models/lib/nn.yaml:79:7
%4295 = pow %3810, %4294 : f64[] @ models/lib/nn.yaml:79:7
%4296 = sub %3803, %4295 : f64[] @ models/lib/nn.yaml:79:7
%4297 = div %2384, %4296 : f64[] @ models/lib/nn.yaml:79:7
%4298 = pow %3818, %4294 : f64[] @ models/lib/nn.yaml:79:7
%4299 = sub %3803, %4298 : f64[] @ models/lib/nn.yaml:79:7
%4300 = sqrt %4299 : f64[] @ models/lib/nn.yaml:79:7
%4301 = div %3803, %4300 : f64[] @ models/lib/nn.yaml:79:7
%4302 = sqrt %4293 : f32[64,16] @ models/lib/nn.yaml:79:7
%4303 = cast %4301 : f32[] @ models/lib/nn.yaml:79:7
%4304 = broadcast %4303 : f32[64,16] @ models/lib/nn.yaml:79:7
%4305 = mul %4302, %4304 : f32[64,16] @ models/lib/nn.yaml:79:7
%4306 = broadcast %3835 : f32[64,16] @ models/lib/nn.yaml:79:7
%4307 = add %4305, %4306 : f32[64,16] @ models/lib/nn.yaml:79:7
%4308 = div %4287, %4307 : f32[64,16] @ models/lib/nn.yaml:79:7
%4309 = cast %4297 : f32[] @ models/lib/nn.yaml:79:7
%4310 = broadcast %4309 : f32[64,16] @ models/lib/nn.yaml:79:7
%4311 = mul %4308, %4310 : f32[64,16] @ models/lib/nn.yaml:79:7
%4312 = sub %4282, %4311 : f32[64,16] @ models/lib/nn.yaml:79:7
%4313 = assign %16, %4312 : f32[64,16] @ models/lib/nn.yaml:79:7
%4314 = assign %4277, %4287 : f32[64,16] @ models/lib/nn.yaml:79:7
%4315 = assign %4278, %4293 : f32[64,16] @ models/lib/nn.yaml:79:7
%4316 = assign %4279, %4280 : i64[] @ models/lib/nn.yaml:79:7
%4317 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%4318 = mul %100, %4317 : f32[64,16] @ models/lib/nn.yaml:79:7
%4319 = broadcast %3850 : f32[64,16] @ models/lib/nn.yaml:79:7
%4320 = mul %4312, %4319 : f32[64,16] @ models/lib/nn.yaml:79:7
%4321 = add %4318, %4320 : f32[64,16] @ models/lib/nn.yaml:79:7
%4322 = assign %100, %4321 : f32[64,16] @ models/lib/nn.yaml:79:7
%4323 = all_reduce_sum %3634 : f32[64] @ models/lib/nn.yaml:80:7
%4324 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4325 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4326 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4327 = add %4326, %3800 : i64[] @ models/lib/nn.yaml:80:7
%4328 = broadcast %2387 : f32[64] @ models/lib/nn.yaml:80:7
%4329 = mul %4323, %4328 : f32[64] @ models/lib/nn.yaml:80:7
%4330 = broadcast %1565 : f32[64] @ models/lib/nn.yaml:80:7
%4331 = mul %4324, %4330 : f32[64] @ models/lib/nn.yaml:80:7
%4332 = add %4331, %4329 : f32[64] @ models/lib/nn.yaml:80:7
%4333 = mul %4323, %4323 : f32[64] @ models/lib/nn.yaml:80:7
%4334 = broadcast %3815 : f32[64] @ models/lib/nn.yaml:80:7
%4335 = mul %4333, %4334 : f32[64] @ models/lib/nn.yaml:80:7
%4336 = broadcast %3819 : f32[64] @ models/lib/nn.yaml:80:7
%4337 = mul %4325, %4336 : f32[64] @ models/lib/nn.yaml:80:7
%4338 = add %4337, %4335 : f32[64] @ models/lib/nn.yaml:80:7
%4339 = cast %4327 : f64[] @ models/lib/nn.yaml:80:7
%4340 = pow %3810, %4339 : f64[] @ models/lib/nn.yaml:80:7
%4341 = sub %3803, %4340 : f64[] @ models/lib/nn.yaml:80:7
%4342 = div %2384, %4341 : f64[] @ models/lib/nn.yaml:80:7
%4343 = pow %3818, %4339 : f64[] @ models/lib/nn.yaml:80:7
%4344 = sub %3803, %4343 : f64[] @ models/lib/nn.yaml:80:7
%4345 = sqrt %4344 : f64[] @ models/lib/nn.yaml:80:7
%4346 = div %3803, %4345 : f64[] @ models/lib/nn.yaml:80:7
%4347 = sqrt %4338 : f32[64] @ models/lib/nn.yaml:80:7
%4348 = cast %4346 : f32[] @ models/lib/nn.yaml:80:7
%4349 = broadcast %4348 : f32[64] @ models/lib/nn.yaml:80:7
%4350 = mul %4347, %4349 : f32[64] @ models/lib/nn.yaml:80:7
%4351 = broadcast %3835 : f32[64] @ models/lib/nn.yaml:80:7
%4352 = add %4350, %4351 : f32[64] @ models/lib/nn.yaml:80:7
%4353 = div %4332, %4352 : f32[64] @ models/lib/nn.yaml:80:7
%4354 = cast %4342 : f32[] @ models/lib/nn.yaml:80:7
%4355 = broadcast %4354 : f32[64] @ models/lib/nn.yaml:80:7
%4356 = mul %4353, %4355 : f32[64] @ models/lib/nn.yaml:80:7
%4357 = sub %17, %4356 : f32[64] @ models/lib/nn.yaml:80:7
%4358 = assign %17, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%4359 = assign %4324, %4332 : f32[64] @ models/lib/nn.yaml:80:7
%4360 = assign %4325, %4338 : f32[64] @ models/lib/nn.yaml:80:7
%4361 = assign %4326, %4327 : i64[] @ models/lib/nn.yaml:80:7
%4362 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%4363 = mul %101, %4362 : f32[64] @ models/lib/nn.yaml:80:7
%4364 = broadcast %3850 : f32[64] @ models/lib/nn.yaml:80:7
%4365 = mul %4357, %4364 : f32[64] @ models/lib/nn.yaml:80:7
%4366 = add %4363, %4365 : f32[64] @ models/lib/nn.yaml:80:7
%4367 = assign %101, %4366 : f32[64] @ models/lib/nn.yaml:80:7
%4368 = all_reduce_sum %3613 : f32[16,64] @ models/lib/nn.yaml:79:7
%4369 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4370 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4371 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4372 = add %4371, %3800 : i64[] @ models/lib/nn.yaml:79:7
%4373 = broadcast %3805 : f32[16,64] @ models/lib/nn.yaml:79:7
%4374 = mul %18, %4373 : f32[16,64] @ models/lib/nn.yaml:79:7
%4375 = broadcast %2387 : f32[16,64] @ models/lib/nn.yaml:79:7
%4376 = mul %4368, %4375 : f32[16,64] @ models/lib/nn.yaml:79:7
%4377 = broadcast %1565 : f32[16,64] @ models/lib/nn.yaml:79:7
%4378 = mul %4369, %4377 : f32[16,64] @ models/lib/nn.yaml:79:7
%4379 = add %4378, %4376 : f32[16,64] @ models/lib/nn.yaml:79:7
%4380 = mul %4368, %4368 : f32[16,64] @ models/lib/nn.yaml:79:7
%4381 = broadcast %3815 : f32[16,64] @ models/lib/nn.yaml:79:7
%4382 = mul %4380, %4381 : f32[16,64] @ models/lib/nn.yaml:79:7
%4383 = broadcast %3819 : f32[16,64] @ models/lib/nn.yaml:79:7
%4384 = mul %4370, %4383 : f32[16,64] @ models/lib/nn.yaml:79:7
%4385 = add %4384, %4382 : f32[16,64] @ models/lib/nn.yaml:79:7
%4386 = cast %4372 : f64[] @ models/lib/nn.yaml:79:7
%4387 = pow %3810, %4386 : f64[] @ models/lib/nn.yaml:79:7
%4388 = sub %3803, %4387 : f64[] @ models/lib/nn.yaml:79:7
%4389 = div %2384, %4388 : f64[] @ models/lib/nn.yaml:79:7
%4390 = pow %3818, %4386 : f64[] @ models/lib/nn.yaml:79:7
%4391 = sub %3803, %4390 : f64[] @ models/lib/nn.yaml:79:7
%4392 = sqrt %4391 : f64[] @ models/lib/nn.yaml:79:7
%4393 = div %3803, %4392 : f64[] @ models/lib/nn.yaml:79:7
%4394 = sqrt %4385 : f32[16,64] @ models/lib/nn.yaml:79:7
%4395 = cast %4393 : f32[] @ models/lib/nn.yaml:79:7
%4396 = broadcast %4395 : f32[16,64] @ models/lib/nn.yaml:79:7
%4397 = mul %4394, %4396 : f32[16,64] @ models/lib/nn.yaml:79:7
%4398 = broadcast %3835 : f32[16,64] @ models/lib/nn.yaml:79:7
%4399 = add %4397, %4398 : f32[16,64] @ models/lib/nn.yaml:79:7
%4400 = div %4379, %4399 : f32[16,64] @ models/lib/nn.yaml:79:7
%4401 = cast %4389 : f32[] @ models/lib/nn.yaml:79:7
%4402 = broadcast %4401 : f32[16,64] @ models/lib/nn.yaml:79:7
%4403 = mul %4400, %4402 : f32[16,64] @ models/lib/nn.yaml:79:7
%4404 = sub %4374, %4403 : f32[16,64] @ models/lib/nn.yaml:79:7
%4405 = assign %18, %4404 : f32[16,64] @ models/lib/nn.yaml:79:7
%4406 = assign %4369, %4379 : f32[16,64] @ models/lib/nn.yaml:79:7
%4407 = assign %4370, %4385 : f32[16,64] @ models/lib/nn.yaml:79:7
%4408 = assign %4371, %4372 : i64[] @ models/lib/nn.yaml:79:7
%4409 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%4410 = mul %102, %4409 : f32[16,64] @ models/lib/nn.yaml:79:7
%4411 = broadcast %3850 : f32[16,64] @ models/lib/nn.yaml:79:7
%4412 = mul %4404, %4411 : f32[16,64] @ models/lib/nn.yaml:79:7
%4413 = add %4410, %4412 : f32[16,64] @ models/lib/nn.yaml:79:7
%4414 = assign %102, %4413 : f32[16,64] @ models/lib/nn.yaml:79:7
%4415 = all_reduce_sum %3610 : f32[16] @ models/lib/nn.yaml:80:7
%4416 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4417 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4418 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4419 = add %4418, %3800 : i64[] @ models/lib/nn.yaml:80:7
%4420 = mul %4415, %3907 : f32[16] @ models/lib/nn.yaml:80:7
%4421 = mul %4416, %3909 : f32[16] @ models/lib/nn.yaml:80:7
%4422 = add %4421, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%4423 = mul %4415, %4415 : f32[16] @ models/lib/nn.yaml:80:7
%4424 = mul %4423, %3913 : f32[16] @ models/lib/nn.yaml:80:7
%4425 = mul %4417, %3915 : f32[16] @ models/lib/nn.yaml:80:7
%4426 = add %4425, %4424 : f32[16] @ models/lib/nn.yaml:80:7
%4427 = cast %4419 : f64[] @ models/lib/nn.yaml:80:7
%4428 = pow %3810, %4427 : f64[] @ models/lib/nn.yaml:80:7
%4429 = sub %3803, %4428 : f64[] @ models/lib/nn.yaml:80:7
%4430 = div %2384, %4429 : f64[] @ models/lib/nn.yaml:80:7
%4431 = pow %3818, %4427 : f64[] @ models/lib/nn.yaml:80:7
%4432 = sub %3803, %4431 : f64[] @ models/lib/nn.yaml:80:7
%4433 = sqrt %4432 : f64[] @ models/lib/nn.yaml:80:7
%4434 = div %3803, %4433 : f64[] @ models/lib/nn.yaml:80:7
%4435 = sqrt %4426 : f32[16] @ models/lib/nn.yaml:80:7
%4436 = cast %4434 : f32[] @ models/lib/nn.yaml:80:7
%4437 = broadcast %4436 : f32[16] @ models/lib/nn.yaml:80:7
%4438 = mul %4435, %4437 : f32[16] @ models/lib/nn.yaml:80:7
%4439 = add %4438, %3930 : f32[16] @ models/lib/nn.yaml:80:7
%4440 = div %4422, %4439 : f32[16] @ models/lib/nn.yaml:80:7
%4441 = cast %4430 : f32[] @ models/lib/nn.yaml:80:7
%4442 = broadcast %4441 : f32[16] @ models/lib/nn.yaml:80:7
%4443 = mul %4440, %4442 : f32[16] @ models/lib/nn.yaml:80:7
%4444 = sub %19, %4443 : f32[16] @ models/lib/nn.yaml:80:7
%4445 = assign %19, %4444 : f32[16] @ models/lib/nn.yaml:80:7
%4446 = assign %4416, %4422 : f32[16] @ models/lib/nn.yaml:80:7
%4447 = assign %4417, %4426 : f32[16] @ models/lib/nn.yaml:80:7
%4448 = assign %4418, %4419 : i64[] @ models/lib/nn.yaml:80:7
%4449 = mul %103, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%4450 = mul %4444, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%4451 = add %4449, %4450 : f32[16] @ models/lib/nn.yaml:80:7
%4452 = assign %103, %4451 : f32[16] @ models/lib/nn.yaml:80:7
%4453 = all_reduce_sum %3587 : f32[16] @ models/lib/nn.yaml:89:7
%4454 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4455 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4456 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4457 = add %4456, %3800 : i64[] @ models/lib/nn.yaml:89:7
%4458 = mul %4453, %3907 : f32[16] @ models/lib/nn.yaml:89:7
%4459 = mul %4454, %3909 : f32[16] @ models/lib/nn.yaml:89:7
%4460 = add %4459, %4458 : f32[16] @ models/lib/nn.yaml:89:7
%4461 = mul %4453, %4453 : f32[16] @ models/lib/nn.yaml:89:7
%4462 = mul %4461, %3913 : f32[16] @ models/lib/nn.yaml:89:7
%4463 = mul %4455, %3915 : f32[16] @ models/lib/nn.yaml:89:7
%4464 = add %4463, %4462 : f32[16] @ models/lib/nn.yaml:89:7
%4465 = cast %4457 : f64[] @ models/lib/nn.yaml:89:7
%4466 = pow %3810, %4465 : f64[] @ models/lib/nn.yaml:89:7
%4467 = sub %3803, %4466 : f64[] @ models/lib/nn.yaml:89:7
%4468 = div %2384, %4467 : f64[] @ models/lib/nn.yaml:89:7
%4469 = pow %3818, %4465 : f64[] @ models/lib/nn.yaml:89:7
%4470 = sub %3803, %4469 : f64[] @ models/lib/nn.yaml:89:7
%4471 = sqrt %4470 : f64[] @ models/lib/nn.yaml:89:7
%4472 = div %3803, %4471 : f64[] @ models/lib/nn.yaml:89:7
%4473 = sqrt %4464 : f32[16] @ models/lib/nn.yaml:89:7
%4474 = cast %4472 : f32[] @ models/lib/nn.yaml:89:7
%4475 = broadcast %4474 : f32[16] @ models/lib/nn.yaml:89:7
%4476 = mul %4473, %4475 : f32[16] @ models/lib/nn.yaml:89:7
%4477 = add %4476, %3930 : f32[16] @ models/lib/nn.yaml:89:7
%4478 = div %4460, %4477 : f32[16] @ models/lib/nn.yaml:89:7
%4479 = cast %4468 : f32[] @ models/lib/nn.yaml:89:7
%4480 = broadcast %4479 : f32[16] @ models/lib/nn.yaml:89:7
%4481 = mul %4478, %4480 : f32[16] @ models/lib/nn.yaml:89:7
%4482 = sub %20, %4481 : f32[16] @ models/lib/nn.yaml:89:7
%4483 = assign %20, %4482 : f32[16] @ models/lib/nn.yaml:89:7
%4484 = assign %4454, %4460 : f32[16] @ models/lib/nn.yaml:89:7
%4485 = assign %4455, %4464 : f32[16] @ models/lib/nn.yaml:89:7
%4486 = assign %4456, %4457 : i64[] @ models/lib/nn.yaml:89:7
%4487 = mul %104, %3941 : f32[16] @ models/lib/nn.yaml:89:7
%4488 = mul %4482, %3943 : f32[16] @ models/lib/nn.yaml:89:7
%4489 = add %4487, %4488 : f32[16] @ models/lib/nn.yaml:89:7
%4490 = assign %104, %4489 : f32[16] @ models/lib/nn.yaml:89:7
%4491 = all_reduce_sum %3583 : f32[16] @ models/lib/nn.yaml:90:7
%4492 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4493 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4494 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4495 = add %4494, %3800 : i64[] @ models/lib/nn.yaml:90:7
%4496 = mul %4491, %3907 : f32[16] @ models/lib/nn.yaml:90:7
%4497 = mul %4492, %3909 : f32[16] @ models/lib/nn.yaml:90:7
%4498 = add %4497, %4496 : f32[16] @ models/lib/nn.yaml:90:7
%4499 = mul %4491, %4491 : f32[16] @ models/lib/nn.yaml:90:7
%4500 = mul %4499, %3913 : f32[16] @ models/lib/nn.yaml:90:7
%4501 = mul %4493, %3915 : f32[16] @ models/lib/nn.yaml:90:7
%4502 = add %4501, %4500 : f32[16] @ models/lib/nn.yaml:90:7
%4503 = cast %4495 : f64[] @ models/lib/nn.yaml:90:7
%4504 = pow %3810, %4503 : f64[] @ models/lib/nn.yaml:90:7
%4505 = sub %3803, %4504 : f64[] @ models/lib/nn.yaml:90:7
%4506 = div %2384, %4505 : f64[] @ models/lib/nn.yaml:90:7
%4507 = pow %3818, %4503 : f64[] @ models/lib/nn.yaml:90:7
%4508 = sub %3803, %4507 : f64[] @ models/lib/nn.yaml:90:7
%4509 = sqrt %4508 : f64[] @ models/lib/nn.yaml:90:7
%4510 = div %3803, %4509 : f64[] @ models/lib/nn.yaml:90:7
%4511 = sqrt %4502 : f32[16] @ models/lib/nn.yaml:90:7
%4512 = cast %4510 : f32[] @ models/lib/nn.yaml:90:7
%4513 = broadcast %4512 : f32[16] @ models/lib/nn.yaml:90:7
%4514 = mul %4511, %4513 : f32[16] @ models/lib/nn.yaml:90:7
%4515 = add %4514, %3930 : f32[16] @ models/lib/nn.yaml:90:7
%4516 = div %4498, %4515 : f32[16] @ models/lib/nn.yaml:90:7
%4517 = cast %4506 : f32[] @ models/lib/nn.yaml:90:7
%4518 = broadcast %4517 : f32[16] @ models/lib/nn.yaml:90:7
%4519 = mul %4516, %4518 : f32[16] @ models/lib/nn.yaml:90:7
%4520 = sub %21, %4519 : f32[16] @ models/lib/nn.yaml:90:7
%4521 = assign %21, %4520 : f32[16] @ models/lib/nn.yaml:90:7
%4522 = assign %4492, %4498 : f32[16] @ models/lib/nn.yaml:90:7
%4523 = assign %4493, %4502 : f32[16] @ models/lib/nn.yaml:90:7
%4524 = assign %4494, %4495 : i64[] @ models/lib/nn.yaml:90:7
%4525 = mul %105, %3941 : f32[16] @ models/lib/nn.yaml:90:7
%4526 = mul %4520, %3943 : f32[16] @ models/lib/nn.yaml:90:7
%4527 = add %4525, %4526 : f32[16] @ models/lib/nn.yaml:90:7
%4528 = assign %105, %4527 : f32[16] @ models/lib/nn.yaml:90:7
%4529 = all_reduce_sum %3580 : f32[48,16] @ models/lib/nn.yaml:79:7
%4530 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4531 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4532 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4533 = add %4532, %3800 : i64[] @ models/lib/nn.yaml:79:7
%4534 = mul %22, %4028 : f32[48,16] @ models/lib/nn.yaml:79:7
%4535 = mul %4529, %4030 : f32[48,16] @ models/lib/nn.yaml:79:7
%4536 = mul %4530, %4032 : f32[48,16] @ models/lib/nn.yaml:79:7
%4537 = add %4536, %4535 : f32[48,16] @ models/lib/nn.yaml:79:7
%4538 = mul %4529, %4529 : f32[48,16] @ models/lib/nn.yaml:79:7
%4539 = mul %4538, %4036 : f32[48,16] @ models/lib/nn.yaml:79:7
%4540 = mul %4531, %4038 : f32[48,16] @ models/lib/nn.yaml:79:7
%4541 = add %4540, %4539 : f32[48,16] @ models/lib/nn.yaml:79:7
%4542 = cast %4533 : f64[] @ models/lib/nn.yaml:79:7
%4543 = pow %3810, %4542 : f64[] @ models/lib/nn.yaml:79:7
%4544 = sub %3803, %4543 : f64[] @ models/lib/nn.yaml:79:7
%4545 = div %2384, %4544 : f64[] @ models/lib/nn.yaml:79:7
%4546 = pow %3818, %4542 : f64[] @ models/lib/nn.yaml:79:7
%4547 = sub %3803, %4546 : f64[] @ models/lib/nn.yaml:79:7
%4548 = sqrt %4547 : f64[] @ models/lib/nn.yaml:79:7
%4549 = div %3803, %4548 : f64[] @ models/lib/nn.yaml:79:7
%4550 = sqrt %4541 : f32[48,16] @ models/lib/nn.yaml:79:7
%4551 = cast %4549 : f32[] @ models/lib/nn.yaml:79:7
%4552 = broadcast %4551 : f32[48,16] @ models/lib/nn.yaml:79:7
%4553 = mul %4550, %4552 : f32[48,16] @ models/lib/nn.yaml:79:7
%4554 = add %4553, %4053 : f32[48,16] @ models/lib/nn.yaml:79:7
%4555 = div %4537, %4554 : f32[48,16] @ models/lib/nn.yaml:79:7
%4556 = cast %4545 : f32[] @ models/lib/nn.yaml:79:7
%4557 = broadcast %4556 : f32[48,16] @ models/lib/nn.yaml:79:7
%4558 = mul %4555, %4557 : f32[48,16] @ models/lib/nn.yaml:79:7
%4559 = sub %4534, %4558 : f32[48,16] @ models/lib/nn.yaml:79:7
%4560 = assign %22, %4559 : f32[48,16] @ models/lib/nn.yaml:79:7
%4561 = assign %4530, %4537 : f32[48,16] @ models/lib/nn.yaml:79:7
%4562 = assign %4531, %4541 : f32[48,16] @ models/lib/nn.yaml:79:7
%4563 = assign %4532, %4533 : i64[] @ models/lib/nn.yaml:79:7
%4564 = mul %106, %4064 : f32[48,16] @ models/lib/nn.yaml:79:7
%4565 = mul %4559, %4066 : f32[48,16] @ models/lib/nn.yaml:79:7
%4566 = add %4564, %4565 : f32[48,16] @ models/lib/nn.yaml:79:7
%4567 = assign %106, %4566 : f32[48,16] @ models/lib/nn.yaml:79:7
%4568 = all_reduce_sum %3577 : f32[48] @ models/lib/nn.yaml:80:7
%4569 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4570 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4571 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4572 = add %4571, %3800 : i64[] @ models/lib/nn.yaml:80:7
%4573 = mul %4568, %4075 : f32[48] @ models/lib/nn.yaml:80:7
%4574 = mul %4569, %4077 : f32[48] @ models/lib/nn.yaml:80:7
%4575 = add %4574, %4573 : f32[48] @ models/lib/nn.yaml:80:7
%4576 = mul %4568, %4568 : f32[48] @ models/lib/nn.yaml:80:7
%4577 = mul %4576, %4081 : f32[48] @ models/lib/nn.yaml:80:7
%4578 = mul %4570, %4083 : f32[48] @ models/lib/nn.yaml:80:7
%4579 = add %4578, %4577 : f32[48] @ models/lib/nn.yaml:80:7
%4580 = cast %4572 : f64[] @ models/lib/nn.yaml:80:7
%4581 = pow %3810, %4580 : f64[] @ models/lib/nn.yaml:80:7
%4582 = sub %3803, %4581 : f64[] @ models/lib/nn.yaml:80:7
%4583 = div %2384, %4582 : f64[] @ models/lib/nn.yaml:80:7
%4584 = pow %3818, %4580 : f64[] @ models/lib/nn.yaml:80:7
%4585 = sub %3803, %4584 : f64[] @ models/lib/nn.yaml:80:7
%4586 = sqrt %4585 : f64[] @ models/lib/nn.yaml:80:7
%4587 = div %3803, %4586 : f64[] @ models/lib/nn.yaml:80:7
%4588 = sqrt %4579 : f32[48] @ models/lib/nn.yaml:80:7
%4589 = cast %4587 : f32[] @ models/lib/nn.yaml:80:7
%4590 = broadcast %4589 : f32[48] @ models/lib/nn.yaml:80:7
%4591 = mul %4588, %4590 : f32[48] @ models/lib/nn.yaml:80:7
%4592 = add %4591, %4098 : f32[48] @ models/lib/nn.yaml:80:7
%4593 = div %4575, %4592 : f32[48] @ models/lib/nn.yaml:80:7
%4594 = cast %4583 : f32[] @ models/lib/nn.yaml:80:7
%4595 = broadcast %4594 : f32[48] @ models/lib/nn.yaml:80:7
%4596 = mul %4593, %4595 : f32[48] @ models/lib/nn.yaml:80:7
%4597 = sub %23, %4596 : f32[48] @ models/lib/nn.yaml:80:7
%4598 = assign %23, %4597 : f32[48] @ models/lib/nn.yaml:80:7
%4599 = assign %4569, %4575 : f32[48] @ models/lib/nn.yaml:80:7
%4600 = assign %4570, %4579 : f32[48] @ models/lib/nn.yaml:80:7
%4601 = assign %4571, %4572 : i64[] @ models/lib/nn.yaml:80:7
%4602 = mul %107, %4109 : f32[48] @ models/lib/nn.yaml:80:7
%4603 = mul %4597, %4111 : f32[48] @ models/lib/nn.yaml:80:7
%4604 = add %4602, %4603 : f32[48] @ models/lib/nn.yaml:80:7
%4605 = assign %107, %4604 : f32[48] @ models/lib/nn.yaml:80:7
%4606 = all_reduce_sum %3489 : f32[16,16] @ models/lib/nn.yaml:79:7
%4607 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4608 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4609 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4610 = add %4609, %3800 : i64[] @ models/lib/nn.yaml:79:7
%4611 = mul %24, %4120 : f32[16,16] @ models/lib/nn.yaml:79:7
%4612 = mul %4606, %4122 : f32[16,16] @ models/lib/nn.yaml:79:7
%4613 = mul %4607, %4124 : f32[16,16] @ models/lib/nn.yaml:79:7
%4614 = add %4613, %4612 : f32[16,16] @ models/lib/nn.yaml:79:7
%4615 = mul %4606, %4606 : f32[16,16] @ models/lib/nn.yaml:79:7
%4616 = mul %4615, %4128 : f32[16,16] @ models/lib/nn.yaml:79:7
%4617 = mul %4608, %4130 : f32[16,16] @ models/lib/nn.yaml:79:7
%4618 = add %4617, %4616 : f32[16,16] @ models/lib/nn.yaml:79:7
%4619 = cast %4610 : f64[] @ models/lib/nn.yaml:79:7
%4620 = pow %3810, %4619 : f64[] @ models/lib/nn.yaml:79:7
%4621 = sub %3803, %4620 : f64[] @ models/lib/nn.yaml:79:7
%4622 = div %2384, %4621 : f64[] @ models/lib/nn.yaml:79:7
%4623 = pow %3818, %4619 : f64[] @ models/lib/nn.yaml:79:7
%4624 = sub %3803, %4623 : f64[] @ models/lib/nn.yaml:79:7
%4625 = sqrt %4624 : f64[] @ models/lib/nn.yaml:79:7
%4626 = div %3803, %4625 : f64[] @ models/lib/nn.yaml:79:7
%4627 = sqrt %4618 : f32[16,16] @ models/lib/nn.yaml:79:7
%4628 = cast %4626 : f32[] @ models/lib/nn.yaml:79:7
%4629 = broadcast %4628 : f32[16,16] @ models/lib/nn.yaml:79:7
%4630 = mul %4627, %4629 : f32[16,16] @ models/lib/nn.yaml:79:7
%4631 = add %4630, %4145 : f32[16,16] @ models/lib/nn.yaml:79:7
%4632 = div %4614, %4631 : f32[16,16] @ models/lib/nn.yaml:79:7
%4633 = cast %4622 : f32[] @ models/lib/nn.yaml:79:7
%4634 = broadcast %4633 : f32[16,16] @ models/lib/nn.yaml:79:7
%4635 = mul %4632, %4634 : f32[16,16] @ models/lib/nn.yaml:79:7
%4636 = sub %4611, %4635 : f32[16,16] @ models/lib/nn.yaml:79:7
%4637 = assign %24, %4636 : f32[16,16] @ models/lib/nn.yaml:79:7
%4638 = assign %4607, %4614 : f32[16,16] @ models/lib/nn.yaml:79:7
%4639 = assign %4608, %4618 : f32[16,16] @ models/lib/nn.yaml:79:7
%4640 = assign %4609, %4610 : i64[] @ models/lib/nn.yaml:79:7
%4641 = mul %108, %4156 : f32[16,16] @ models/lib/nn.yaml:79:7
%4642 = mul %4636, %4158 : f32[16,16] @ models/lib/nn.yaml:79:7
%4643 = add %4641, %4642 : f32[16,16] @ models/lib/nn.yaml:79:7
%4644 = assign %108, %4643 : f32[16,16] @ models/lib/nn.yaml:79:7
%4645 = all_reduce_sum %3486 : f32[16] @ models/lib/nn.yaml:80:7
%4646 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4647 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4648 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4649 = add %4648, %3800 : i64[] @ models/lib/nn.yaml:80:7
%4650 = mul %4645, %3907 : f32[16] @ models/lib/nn.yaml:80:7
%4651 = mul %4646, %3909 : f32[16] @ models/lib/nn.yaml:80:7
%4652 = add %4651, %4650 : f32[16] @ models/lib/nn.yaml:80:7
%4653 = mul %4645, %4645 : f32[16] @ models/lib/nn.yaml:80:7
%4654 = mul %4653, %3913 : f32[16] @ models/lib/nn.yaml:80:7
%4655 = mul %4647, %3915 : f32[16] @ models/lib/nn.yaml:80:7
%4656 = add %4655, %4654 : f32[16] @ models/lib/nn.yaml:80:7
%4657 = cast %4649 : f64[] @ models/lib/nn.yaml:80:7
%4658 = pow %3810, %4657 : f64[] @ models/lib/nn.yaml:80:7
%4659 = sub %3803, %4658 : f64[] @ models/lib/nn.yaml:80:7
%4660 = div %2384, %4659 : f64[] @ models/lib/nn.yaml:80:7
%4661 = pow %3818, %4657 : f64[] @ models/lib/nn.yaml:80:7
%4662 = sub %3803, %4661 : f64[] @ models/lib/nn.yaml:80:7
%4663 = sqrt %4662 : f64[] @ models/lib/nn.yaml:80:7
%4664 = div %3803, %4663 : f64[] @ models/lib/nn.yaml:80:7
%4665 = sqrt %4656 : f32[16] @ models/lib/nn.yaml:80:7
%4666 = cast %4664 : f32[] @ models/lib/nn.yaml:80:7
%4667 = broadcast %4666 : f32[16] @ models/lib/nn.yaml:80:7
%4668 = mul %4665, %4667 : f32[16] @ models/lib/nn.yaml:80:7
%4669 = add %4668, %3930 : f32[16] @ models/lib/nn.yaml:80:7
%4670 = div %4652, %4669 : f32[16] @ models/lib/nn.yaml:80:7
%4671 = cast %4660 : f32[] @ models/lib/nn.yaml:80:7
%4672 = broadcast %4671 : f32[16] @ models/lib/nn.yaml:80:7
%4673 = mul %4670, %4672 : f32[16] @ models/lib/nn.yaml:80:7
%4674 = sub %25, %4673 : f32[16] @ models/lib/nn.yaml:80:7
%4675 = assign %25, %4674 : f32[16] @ models/lib/nn.yaml:80:7
%4676 = assign %4646, %4652 : f32[16] @ models/lib/nn.yaml:80:7
%4677 = assign %4647, %4656 : f32[16] @ models/lib/nn.yaml:80:7
%4678 = assign %4648, %4649 : i64[] @ models/lib/nn.yaml:80:7
%4679 = mul %109, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%4680 = mul %4674, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%4681 = add %4679, %4680 : f32[16] @ models/lib/nn.yaml:80:7
%4682 = assign %109, %4681 : f32[16] @ models/lib/nn.yaml:80:7
%4683 = all_reduce_sum %3460 : f32[16] @ models/lib/nn.yaml:89:7
%4684 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4685 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4686 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4687 = add %4686, %3800 : i64[] @ models/lib/nn.yaml:89:7
%4688 = mul %4683, %3907 : f32[16] @ models/lib/nn.yaml:89:7
%4689 = mul %4684, %3909 : f32[16] @ models/lib/nn.yaml:89:7
%4690 = add %4689, %4688 : f32[16] @ models/lib/nn.yaml:89:7
%4691 = mul %4683, %4683 : f32[16] @ models/lib/nn.yaml:89:7
%4692 = mul %4691, %3913 : f32[16] @ models/lib/nn.yaml:89:7
%4693 = mul %4685, %3915 : f32[16] @ models/lib/nn.yaml:89:7
%4694 = add %4693, %4692 : f32[16] @ models/lib/nn.yaml:89:7
%4695 = cast %4687 : f64[] @ models/lib/nn.yaml:89:7
%4696 = pow %3810, %4695 : f64[] @ models/lib/nn.yaml:89:7
%4697 = sub %3803, %4696 : f64[] @ models/lib/nn.yaml:89:7
%4698 = div %2384, %4697 : f64[] @ models/lib/nn.yaml:89:7
%4699 = pow %3818, %4695 : f64[] @ models/lib/nn.yaml:89:7
%4700 = sub %3803, %4699 : f64[] @ models/lib/nn.yaml:89:7
%4701 = sqrt %4700 : f64[] @ models/lib/nn.yaml:89:7
%4702 = div %3803, %4701 : f64[] @ models/lib/nn.yaml:89:7
%4703 = sqrt %4694 : f32[16] @ models/lib/nn.yaml:89:7
%4704 = cast %4702 : f32[] @ models/lib/nn.yaml:89:7
%4705 = broadcast %4704 : f32[16] @ models/lib/nn.yaml:89:7
%4706 = mul %4703, %4705 : f32[16] @ models/lib/nn.yaml:89:7
%4707 = add %4706, %3930 : f32[16] @ models/lib/nn.yaml:89:7
%4708 = div %4690, %4707 : f32[16] @ models/lib/nn.yaml:89:7
%4709 = cast %4698 : f32[] @ models/lib/nn.yaml:89:7
%4710 = broadcast %4709 : f32[16] @ models/lib/nn.yaml:89:7
%4711 = mul %4708, %4710 : f32[16] @ models/lib/nn.yaml:89:7
%4712 = sub %26, %4711 : f32[16] @ models/lib/nn.yaml:89:7
%4713 = assign %26, %4712 : f32[16] @ models/lib/nn.yaml:89:7
%4714 = assign %4684, %4690 : f32[16] @ models/lib/nn.yaml:89:7
%4715 = assign %4685, %4694 : f32[16] @ models/lib/nn.yaml:89:7
%4716 = assign %4686, %4687 : i64[] @ models/lib/nn.yaml:89:7
%4717 = mul %110, %3941 : f32[16] @ models/lib/nn.yaml:89:7
%4718 = mul %4712, %3943 : f32[16] @ models/lib/nn.yaml:89:7
%4719 = add %4717, %4718 : f32[16] @ models/lib/nn.yaml:89:7
%4720 = assign %110, %4719 : f32[16] @ models/lib/nn.yaml:89:7
%4721 = all_reduce_sum %3456 : f32[16] @ models/lib/nn.yaml:90:7
%4722 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4723 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4724 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4725 = add %4724, %3800 : i64[] @ models/lib/nn.yaml:90:7
%4726 = mul %4721, %3907 : f32[16] @ models/lib/nn.yaml:90:7
%4727 = mul %4722, %3909 : f32[16] @ models/lib/nn.yaml:90:7
%4728 = add %4727, %4726 : f32[16] @ models/lib/nn.yaml:90:7
%4729 = mul %4721, %4721 : f32[16] @ models/lib/nn.yaml:90:7
%4730 = mul %4729, %3913 : f32[16] @ models/lib/nn.yaml:90:7
%4731 = mul %4723, %3915 : f32[16] @ models/lib/nn.yaml:90:7
%4732 = add %4731, %4730 : f32[16] @ models/lib/nn.yaml:90:7
%4733 = cast %4725 : f64[] @ models/lib/nn.yaml:90:7
%4734 = pow %3810, %4733 : f64[] @ models/lib/nn.yaml:90:7
%4735 = sub %3803, %4734 : f64[] @ models/lib/nn.yaml:90:7
%4736 = div %2384, %4735 : f64[] @ models/lib/nn.yaml:90:7
%4737 = pow %3818, %4733 : f64[] @ models/lib/nn.yaml:90:7
%4738 = sub %3803, %4737 : f64[] @ models/lib/nn.yaml:90:7
%4739 = sqrt %4738 : f64[] @ models/lib/nn.yaml:90:7
%4740 = div %3803, %4739 : f64[] @ models/lib/nn.yaml:90:7
%4741 = sqrt %4732 : f32[16] @ models/lib/nn.yaml:90:7
%4742 = cast %4740 : f32[] @ models/lib/nn.yaml:90:7
%4743 = broadcast %4742 : f32[16] @ models/lib/nn.yaml:90:7
%4744 = mul %4741, %4743 : f32[16] @ models/lib/nn.yaml:90:7
%4745 = add %4744, %3930 : f32[16] @ models/lib/nn.yaml:90:7
%4746 = div %4728, %4745 : f32[16] @ models/lib/nn.yaml:90:7
%4747 = cast %4736 : f32[] @ models/lib/nn.yaml:90:7
%4748 = broadcast %4747 : f32[16] @ models/lib/nn.yaml:90:7
%4749 = mul %4746, %4748 : f32[16] @ models/lib/nn.yaml:90:7
%4750 = sub %27, %4749 : f32[16] @ models/lib/nn.yaml:90:7
%4751 = assign %27, %4750 : f32[16] @ models/lib/nn.yaml:90:7
%4752 = assign %4722, %4728 : f32[16] @ models/lib/nn.yaml:90:7
%4753 = assign %4723, %4732 : f32[16] @ models/lib/nn.yaml:90:7
%4754 = assign %4724, %4725 : i64[] @ models/lib/nn.yaml:90:7
%4755 = mul %111, %3941 : f32[16] @ models/lib/nn.yaml:90:7
%4756 = mul %4750, %3943 : f32[16] @ models/lib/nn.yaml:90:7
%4757 = add %4755, %4756 : f32[16] @ models/lib/nn.yaml:90:7
%4758 = assign %111, %4757 : f32[16] @ models/lib/nn.yaml:90:7
%4759 = all_reduce_sum %3453 : f32[64,16] @ models/lib/nn.yaml:79:7
%4760 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4761 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4762 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4763 = add %4762, %3800 : i64[] @ models/lib/nn.yaml:79:7
%4764 = mul %28, %4281 : f32[64,16] @ models/lib/nn.yaml:79:7
%4765 = mul %4759, %4283 : f32[64,16] @ models/lib/nn.yaml:79:7
%4766 = mul %4760, %4285 : f32[64,16] @ models/lib/nn.yaml:79:7
%4767 = add %4766, %4765 : f32[64,16] @ models/lib/nn.yaml:79:7
%4768 = mul %4759, %4759 : f32[64,16] @ models/lib/nn.yaml:79:7
%4769 = mul %4768, %4289 : f32[64,16] @ models/lib/nn.yaml:79:7
%4770 = mul %4761, %4291 : f32[64,16] @ models/lib/nn.yaml:79:7
%4771 = add %4770, %4769 : f32[64,16] @ models/lib/nn.yaml:79:7
%4772 = cast %4763 : f64[] @ models/lib/nn.yaml:79:7
%4773 = pow %3810, %4772 : f64[] @ models/lib/nn.yaml:79:7
%4774 = sub %3803, %4773 : f64[] @ models/lib/nn.yaml:79:7
%4775 = div %2384, %4774 : f64[] @ models/lib/nn.yaml:79:7
%4776 = pow %3818, %4772 : f64[] @ models/lib/nn.yaml:79:7
%4777 = sub %3803, %4776 : f64[] @ models/lib/nn.yaml:79:7
%4778 = sqrt %4777 : f64[] @ models/lib/nn.yaml:79:7
%4779 = div %3803, %4778 : f64[] @ models/lib/nn.yaml:79:7
%4780 = sqrt %4771 : f32[64,16] @ models/lib/nn.yaml:79:7
%4781 = cast %4779 : f32[] @ models/lib/nn.yaml:79:7
%4782 = broadcast %4781 : f32[64,16] @ models/lib/nn.yaml:79:7
%4783 = mul %4780, %4782 : f32[64,16] @ models/lib/nn.yaml:79:7
%4784 = add %4783, %4306 : f32[64,16] @ models/lib/nn.yaml:79:7
%4785 = div %4767, %4784 : f32[64,16] @ models/lib/nn.yaml:79:7
%4786 = cast %4775 : f32[] @ models/lib/nn.yaml:79:7
%4787 = broadcast %4786 : f32[64,16] @ models/lib/nn.yaml:79:7
%4788 = mul %4785, %4787 : f32[64,16] @ models/lib/nn.yaml:79:7
%4789 = sub %4764, %4788 : f32[64,16] @ models/lib/nn.yaml:79:7
%4790 = assign %28, %4789 : f32[64,16] @ models/lib/nn.yaml:79:7
%4791 = assign %4760, %4767 : f32[64,16] @ models/lib/nn.yaml:79:7
%4792 = assign %4761, %4771 : f32[64,16] @ models/lib/nn.yaml:79:7
%4793 = assign %4762, %4763 : i64[] @ models/lib/nn.yaml:79:7
%4794 = mul %112, %4317 : f32[64,16] @ models/lib/nn.yaml:79:7
%4795 = mul %4789, %4319 : f32[64,16] @ models/lib/nn.yaml:79:7
%4796 = add %4794, %4795 : f32[64,16] @ models/lib/nn.yaml:79:7
%4797 = assign %112, %4796 : f32[64,16] @ models/lib/nn.yaml:79:7
%4798 = all_reduce_sum %3450 : f32[64] @ models/lib/nn.yaml:80:7
%4799 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4800 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4801 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4802 = add %4801, %3800 : i64[] @ models/lib/nn.yaml:80:7
%4803 = mul %4798, %4328 : f32[64] @ models/lib/nn.yaml:80:7
%4804 = mul %4799, %4330 : f32[64] @ models/lib/nn.yaml:80:7
%4805 = add %4804, %4803 : f32[64] @ models/lib/nn.yaml:80:7
%4806 = mul %4798, %4798 : f32[64] @ models/lib/nn.yaml:80:7
%4807 = mul %4806, %4334 : f32[64] @ models/lib/nn.yaml:80:7
%4808 = mul %4800, %4336 : f32[64] @ models/lib/nn.yaml:80:7
%4809 = add %4808, %4807 : f32[64] @ models/lib/nn.yaml:80:7
%4810 = cast %4802 : f64[] @ models/lib/nn.yaml:80:7
%4811 = pow %3810, %4810 : f64[] @ models/lib/nn.yaml:80:7
%4812 = sub %3803, %4811 : f64[] @ models/lib/nn.yaml:80:7
%4813 = div %2384, %4812 : f64[] @ models/lib/nn.yaml:80:7
%4814 = pow %3818, %4810 : f64[] @ models/lib/nn.yaml:80:7
%4815 = sub %3803, %4814 : f64[] @ models/lib/nn.yaml:80:7
%4816 = sqrt %4815 : f64[] @ models/lib/nn.yaml:80:7
%4817 = div %3803, %4816 : f64[] @ models/lib/nn.yaml:80:7
%4818 = sqrt %4809 : f32[64] @ models/lib/nn.yaml:80:7
%4819 = cast %4817 : f32[] @ models/lib/nn.yaml:80:7
%4820 = broadcast %4819 : f32[64] @ models/lib/nn.yaml:80:7
%4821 = mul %4818, %4820 : f32[64] @ models/lib/nn.yaml:80:7
%4822 = add %4821, %4351 : f32[64] @ models/lib/nn.yaml:80:7
%4823 = div %4805, %4822 : f32[64] @ models/lib/nn.yaml:80:7
%4824 = cast %4813 : f32[] @ models/lib/nn.yaml:80:7
%4825 = broadcast %4824 : f32[64] @ models/lib/nn.yaml:80:7
%4826 = mul %4823, %4825 : f32[64] @ models/lib/nn.yaml:80:7
%4827 = sub %29, %4826 : f32[64] @ models/lib/nn.yaml:80:7
%4828 = assign %29, %4827 : f32[64] @ models/lib/nn.yaml:80:7
%4829 = assign %4799, %4805 : f32[64] @ models/lib/nn.yaml:80:7
%4830 = assign %4800, %4809 : f32[64] @ models/lib/nn.yaml:80:7
%4831 = assign %4801, %4802 : i64[] @ models/lib/nn.yaml:80:7
%4832 = mul %113, %4362 : f32[64] @ models/lib/nn.yaml:80:7
%4833 = mul %4827, %4364 : f32[64] @ models/lib/nn.yaml:80:7
%4834 = add %4832, %4833 : f32[64] @ models/lib/nn.yaml:80:7
%4835 = assign %113, %4834 : f32[64] @ models/lib/nn.yaml:80:7
%4836 = all_reduce_sum %3428 : f32[16,64] @ models/lib/nn.yaml:79:7
%4837 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4838 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4839 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4840 = add %4839, %3800 : i64[] @ models/lib/nn.yaml:79:7
%4841 = mul %30, %4373 : f32[16,64] @ models/lib/nn.yaml:79:7
%4842 = mul %4836, %4375 : f32[16,64] @ models/lib/nn.yaml:79:7
%4843 = mul %4837, %4377 : f32[16,64] @ models/lib/nn.yaml:79:7
%4844 = add %4843, %4842 : f32[16,64] @ models/lib/nn.yaml:79:7
%4845 = mul %4836, %4836 : f32[16,64] @ models/lib/nn.yaml:79:7
%4846 = mul %4845, %4381 : f32[16,64] @ models/lib/nn.yaml:79:7
%4847 = mul %4838, %4383 : f32[16,64] @ models/lib/nn.yaml:79:7
%4848 = add %4847, %4846 : f32[16,64] @ models/lib/nn.yaml:79:7
%4849 = cast %4840 : f64[] @ models/lib/nn.yaml:79:7
%4850 = pow %3810, %4849 : f64[] @ models/lib/nn.yaml:79:7
%4851 = sub %3803, %4850 : f64[] @ models/lib/nn.yaml:79:7
%4852 = div %2384, %4851 : f64[] @ models/lib/nn.yaml:79:7
%4853 = pow %3818, %4849 : f64[] @ models/lib/nn.yaml:79:7
%4854 = sub %3803, %4853 : f64[] @ models/lib/nn.yaml:79:7
%4855 = sqrt %4854 : f64[] @ models/lib/nn.yaml:79:7
%4856 = div %3803, %4855 : f64[] @ models/lib/nn.yaml:79:7
%4857 = sqrt %4848 : f32[16,64] @ models/lib/nn.yaml:79:7
%4858 = cast %4856 : f32[] @ models/lib/nn.yaml:79:7
%4859 = broadcast %4858 : f32[16,64] @ models/lib/nn.yaml:79:7
%4860 = mul %4857, %4859 : f32[16,64] @ models/lib/nn.yaml:79:7
%4861 = add %4860, %4398 : f32[16,64] @ models/lib/nn.yaml:79:7
%4862 = div %4844, %4861 : f32[16,64] @ models/lib/nn.yaml:79:7
%4863 = cast %4852 : f32[] @ models/lib/nn.yaml:79:7
%4864 = broadcast %4863 : f32[16,64] @ models/lib/nn.yaml:79:7
%4865 = mul %4862, %4864 : f32[16,64] @ models/lib/nn.yaml:79:7
%4866 = sub %4841, %4865 : f32[16,64] @ models/lib/nn.yaml:79:7
%4867 = assign %30, %4866 : f32[16,64] @ models/lib/nn.yaml:79:7
%4868 = assign %4837, %4844 : f32[16,64] @ models/lib/nn.yaml:79:7
%4869 = assign %4838, %4848 : f32[16,64] @ models/lib/nn.yaml:79:7
%4870 = assign %4839, %4840 : i64[] @ models/lib/nn.yaml:79:7
%4871 = mul %114, %4409 : f32[16,64] @ models/lib/nn.yaml:79:7
%4872 = mul %4866, %4411 : f32[16,64] @ models/lib/nn.yaml:79:7
%4873 = add %4871, %4872 : f32[16,64] @ models/lib/nn.yaml:79:7
%4874 = assign %114, %4873 : f32[16,64] @ models/lib/nn.yaml:79:7
%4875 = all_reduce_sum %3425 : f32[16] @ models/lib/nn.yaml:80:7
%4876 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4877 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4878 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4879 = add %4878, %3800 : i64[] @ models/lib/nn.yaml:80:7
%4880 = mul %4875, %3907 : f32[16] @ models/lib/nn.yaml:80:7
%4881 = mul %4876, %3909 : f32[16] @ models/lib/nn.yaml:80:7
%4882 = add %4881, %4880 : f32[16] @ models/lib/nn.yaml:80:7
%4883 = mul %4875, %4875 : f32[16] @ models/lib/nn.yaml:80:7
%4884 = mul %4883, %3913 : f32[16] @ models/lib/nn.yaml:80:7
%4885 = mul %4877, %3915 : f32[16] @ models/lib/nn.yaml:80:7
%4886 = add %4885, %4884 : f32[16] @ models/lib/nn.yaml:80:7
%4887 = cast %4879 : f64[] @ models/lib/nn.yaml:80:7
%4888 = pow %3810, %4887 : f64[] @ models/lib/nn.yaml:80:7
%4889 = sub %3803, %4888 : f64[] @ models/lib/nn.yaml:80:7
%4890 = div %2384, %4889 : f64[] @ models/lib/nn.yaml:80:7
%4891 = pow %3818, %4887 : f64[] @ models/lib/nn.yaml:80:7
%4892 = sub %3803, %4891 : f64[] @ models/lib/nn.yaml:80:7
%4893 = sqrt %4892 : f64[] @ models/lib/nn.yaml:80:7
%4894 = div %3803, %4893 : f64[] @ models/lib/nn.yaml:80:7
%4895 = sqrt %4886 : f32[16] @ models/lib/nn.yaml:80:7
%4896 = cast %4894 : f32[] @ models/lib/nn.yaml:80:7
%4897 = broadcast %4896 : f32[16] @ models/lib/nn.yaml:80:7
%4898 = mul %4895, %4897 : f32[16] @ models/lib/nn.yaml:80:7
%4899 = add %4898, %3930 : f32[16] @ models/lib/nn.yaml:80:7
%4900 = div %4882, %4899 : f32[16] @ models/lib/nn.yaml:80:7
%4901 = cast %4890 : f32[] @ models/lib/nn.yaml:80:7
%4902 = broadcast %4901 : f32[16] @ models/lib/nn.yaml:80:7
%4903 = mul %4900, %4902 : f32[16] @ models/lib/nn.yaml:80:7
%4904 = sub %31, %4903 : f32[16] @ models/lib/nn.yaml:80:7
%4905 = assign %31, %4904 : f32[16] @ models/lib/nn.yaml:80:7
%4906 = assign %4876, %4882 : f32[16] @ models/lib/nn.yaml:80:7
%4907 = assign %4877, %4886 : f32[16] @ models/lib/nn.yaml:80:7
%4908 = assign %4878, %4879 : i64[] @ models/lib/nn.yaml:80:7
%4909 = mul %115, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%4910 = mul %4904, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%4911 = add %4909, %4910 : f32[16] @ models/lib/nn.yaml:80:7
%4912 = assign %115, %4911 : f32[16] @ models/lib/nn.yaml:80:7
%4913 = all_reduce_sum %3420 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4914 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4915 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4916 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%4917 = add %4916, %3800 : i64[] @ models/lib/vit.yaml:103:7
%4918 = broadcast %3805 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4919 = mul %32, %4918 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4920 = broadcast %2387 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4921 = mul %4913, %4920 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4922 = broadcast %1565 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4923 = mul %4914, %4922 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4924 = add %4923, %4921 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4925 = mul %4913, %4913 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4926 = broadcast %3815 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4927 = mul %4925, %4926 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4928 = broadcast %3819 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4929 = mul %4915, %4928 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4930 = add %4929, %4927 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4931 = cast %4917 : f64[] @ models/lib/vit.yaml:103:7
%4932 = pow %3810, %4931 : f64[] @ models/lib/vit.yaml:103:7
%4933 = sub %3803, %4932 : f64[] @ models/lib/vit.yaml:103:7
%4934 = div %2384, %4933 : f64[] @ models/lib/vit.yaml:103:7
%4935 = pow %3818, %4931 : f64[] @ models/lib/vit.yaml:103:7
%4936 = sub %3803, %4935 : f64[] @ models/lib/vit.yaml:103:7
%4937 = sqrt %4936 : f64[] @ models/lib/vit.yaml:103:7
%4938 = div %3803, %4937 : f64[] @ models/lib/vit.yaml:103:7
%4939 = sqrt %4930 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4940 = cast %4938 : f32[] @ models/lib/vit.yaml:103:7
%4941 = broadcast %4940 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4942 = mul %4939, %4941 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4943 = broadcast %3835 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4944 = add %4942, %4943 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4945 = div %4924, %4944 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4946 = cast %4934 : f32[] @ models/lib/vit.yaml:103:7
%4947 = broadcast %4946 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4948 = mul %4945, %4947 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4949 = sub %4919, %4948 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4950 = assign %32, %4949 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4951 = assign %4914, %4924 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4952 = assign %4915, %4930 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4953 = assign %4916, %4917 : i64[] @ models/lib/vit.yaml:103:7
%4954 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4955 = mul %116, %4954 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4956 = broadcast %3850 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4957 = mul %4949, %4956 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4958 = add %4955, %4957 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4959 = assign %116, %4958 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4960 = all_reduce_sum %3396 : f32[16] @ models/lib/nn.yaml:89:7
%4961 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4962 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4963 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4964 = add %4963, %3800 : i64[] @ models/lib/nn.yaml:89:7
%4965 = mul %4960, %3907 : f32[16] @ models/lib/nn.yaml:89:7
%4966 = mul %4961, %3909 : f32[16] @ models/lib/nn.yaml:89:7
%4967 = add %4966, %4965 : f32[16] @ models/lib/nn.yaml:89:7
%4968 = mul %4960, %4960 : f32[16] @ models/lib/nn.yaml:89:7
%4969 = mul %4968, %3913 : f32[16] @ models/lib/nn.yaml:89:7
%4970 = mul %4962, %3915 : f32[16] @ models/lib/nn.yaml:89:7
%4971 = add %4970, %4969 : f32[16] @ models/lib/nn.yaml:89:7
%4972 = cast %4964 : f64[] @ models/lib/nn.yaml:89:7
%4973 = pow %3810, %4972 : f64[] @ models/lib/nn.yaml:89:7
%4974 = sub %3803, %4973 : f64[] @ models/lib/nn.yaml:89:7
%4975 = div %2384, %4974 : f64[] @ models/lib/nn.yaml:89:7
%4976 = pow %3818, %4972 : f64[] @ models/lib/nn.yaml:89:7
%4977 = sub %3803, %4976 : f64[] @ models/lib/nn.yaml:89:7
%4978 = sqrt %4977 : f64[] @ models/lib/nn.yaml:89:7
%4979 = div %3803, %4978 : f64[] @ models/lib/nn.yaml:89:7
%4980 = sqrt %4971 : f32[16] @ models/lib/nn.yaml:89:7
%4981 = cast %4979 : f32[] @ models/lib/nn.yaml:89:7
%4982 = broadcast %4981 : f32[16] @ models/lib/nn.yaml:89:7
%4983 = mul %4980, %4982 : f32[16] @ models/lib/nn.yaml:89:7
%4984 = add %4983, %3930 : f32[16] @ models/lib/nn.yaml:89:7
%4985 = div %4967, %4984 : f32[16] @ models/lib/nn.yaml:89:7
%4986 = cast %4975 : f32[] @ models/lib/nn.yaml:89:7
%4987 = broadcast %4986 : f32[16] @ models/lib/nn.yaml:89:7
%4988 = mul %4985, %4987 : f32[16] @ models/lib/nn.yaml:89:7
%4989 = sub %33, %4988 : f32[16] @ models/lib/nn.yaml:89:7
%4990 = assign %33, %4989 : f32[16] @ models/lib/nn.yaml:89:7
%4991 = assign %4961, %4967 : f32[16] @ models/lib/nn.yaml:89:7
%4992 = assign %4962, %4971 : f32[16] @ models/lib/nn.yaml:89:7
%4993 = assign %4963, %4964 : i64[] @ models/lib/nn.yaml:89:7
%4994 = mul %117, %3941 : f32[16] @ models/lib/nn.yaml:89:7
%4995 = mul %4989, %3943 : f32[16] @ models/lib/nn.yaml:89:7
%4996 = add %4994, %4995 : f32[16] @ models/lib/nn.yaml:89:7
%4997 = assign %117, %4996 : f32[16] @ models/lib/nn.yaml:89:7
%4998 = all_reduce_sum %3392 : f32[16] @ models/lib/nn.yaml:90:7
%4999 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5000 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5001 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5002 = add %5001, %3800 : i64[] @ models/lib/nn.yaml:90:7
%5003 = mul %4998, %3907 : f32[16] @ models/lib/nn.yaml:90:7
%5004 = mul %4999, %3909 : f32[16] @ models/lib/nn.yaml:90:7
%5005 = add %5004, %5003 : f32[16] @ models/lib/nn.yaml:90:7
%5006 = mul %4998, %4998 : f32[16] @ models/lib/nn.yaml:90:7
%5007 = mul %5006, %3913 : f32[16] @ models/lib/nn.yaml:90:7
%5008 = mul %5000, %3915 : f32[16] @ models/lib/nn.yaml:90:7
%5009 = add %5008, %5007 : f32[16] @ models/lib/nn.yaml:90:7
%5010 = cast %5002 : f64[] @ models/lib/nn.yaml:90:7
%5011 = pow %3810, %5010 : f64[] @ models/lib/nn.yaml:90:7
%5012 = sub %3803, %5011 : f64[] @ models/lib/nn.yaml:90:7
%5013 = div %2384, %5012 : f64[] @ models/lib/nn.yaml:90:7
%5014 = pow %3818, %5010 : f64[] @ models/lib/nn.yaml:90:7
%5015 = sub %3803, %5014 : f64[] @ models/lib/nn.yaml:90:7
%5016 = sqrt %5015 : f64[] @ models/lib/nn.yaml:90:7
%5017 = div %3803, %5016 : f64[] @ models/lib/nn.yaml:90:7
%5018 = sqrt %5009 : f32[16] @ models/lib/nn.yaml:90:7
%5019 = cast %5017 : f32[] @ models/lib/nn.yaml:90:7
%5020 = broadcast %5019 : f32[16] @ models/lib/nn.yaml:90:7
%5021 = mul %5018, %5020 : f32[16] @ models/lib/nn.yaml:90:7
%5022 = add %5021, %3930 : f32[16] @ models/lib/nn.yaml:90:7
%5023 = div %5005, %5022 : f32[16] @ models/lib/nn.yaml:90:7
%5024 = cast %5013 : f32[] @ models/lib/nn.yaml:90:7
%5025 = broadcast %5024 : f32[16] @ models/lib/nn.yaml:90:7
%5026 = mul %5023, %5025 : f32[16] @ models/lib/nn.yaml:90:7
%5027 = sub %34, %5026 : f32[16] @ models/lib/nn.yaml:90:7
%5028 = assign %34, %5027 : f32[16] @ models/lib/nn.yaml:90:7
%5029 = assign %4999, %5005 : f32[16] @ models/lib/nn.yaml:90:7
%5030 = assign %5000, %5009 : f32[16] @ models/lib/nn.yaml:90:7
%5031 = assign %5001, %5002 : i64[] @ models/lib/nn.yaml:90:7
%5032 = mul %118, %3941 : f32[16] @ models/lib/nn.yaml:90:7
%5033 = mul %5027, %3943 : f32[16] @ models/lib/nn.yaml:90:7
%5034 = add %5032, %5033 : f32[16] @ models/lib/nn.yaml:90:7
%5035 = assign %118, %5034 : f32[16] @ models/lib/nn.yaml:90:7
%5036 = all_reduce_sum %3387 : f32[16,16] @ models/lib/nn.yaml:79:7
%5037 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5038 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5039 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5040 = add %5039, %3800 : i64[] @ models/lib/nn.yaml:79:7
%5041 = mul %35, %4120 : f32[16,16] @ models/lib/nn.yaml:79:7
%5042 = mul %5036, %4122 : f32[16,16] @ models/lib/nn.yaml:79:7
%5043 = mul %5037, %4124 : f32[16,16] @ models/lib/nn.yaml:79:7
%5044 = add %5043, %5042 : f32[16,16] @ models/lib/nn.yaml:79:7
%5045 = mul %5036, %5036 : f32[16,16] @ models/lib/nn.yaml:79:7
%5046 = mul %5045, %4128 : f32[16,16] @ models/lib/nn.yaml:79:7
%5047 = mul %5038, %4130 : f32[16,16] @ models/lib/nn.yaml:79:7
%5048 = add %5047, %5046 : f32[16,16] @ models/lib/nn.yaml:79:7
%5049 = cast %5040 : f64[] @ models/lib/nn.yaml:79:7
%5050 = pow %3810, %5049 : f64[] @ models/lib/nn.yaml:79:7
%5051 = sub %3803, %5050 : f64[] @ models/lib/nn.yaml:79:7
%5052 = div %2384, %5051 : f64[] @ models/lib/nn.yaml:79:7
%5053 = pow %3818, %5049 : f64[] @ models/lib/nn.yaml:79:7
%5054 = sub %3803, %5053 : f64[] @ models/lib/nn.yaml:79:7
%5055 = sqrt %5054 : f64[] @ models/lib/nn.yaml:79:7
%5056 = div %3803, %5055 : f64[] @ models/lib/nn.yaml:79:7
%5057 = sqrt %5048 : f32[16,16] @ models/lib/nn.yaml:79:7
%5058 = cast %5056 : f32[] @ models/lib/nn.yaml:79:7
%5059 = broadcast %5058 : f32[16,16] @ models/lib/nn.yaml:79:7
%5060 = mul %5057, %5059 : f32[16,16] @ models/lib/nn.yaml:79:7
%5061 = add %5060, %4145 : f32[16,16] @ models/lib/nn.yaml:79:7
%5062 = div %5044, %5061 : f32[16,16] @ models/lib/nn.yaml:79:7
%5063 = cast %5052 : f32[] @ models/lib/nn.yaml:79:7
%5064 = broadcast %5063 : f32[16,16] @ models/lib/nn.yaml:79:7
%5065 = mul %5062, %5064 : f32[16,16] @ models/lib/nn.yaml:79:7
%5066 = sub %5041, %5065 : f32[16,16] @ models/lib/nn.yaml:79:7
%5067 = assign %35, %5066 : f32[16,16] @ models/lib/nn.yaml:79:7
%5068 = assign %5037, %5044 : f32[16,16] @ models/lib/nn.yaml:79:7
%5069 = assign %5038, %5048 : f32[16,16] @ models/lib/nn.yaml:79:7
%5070 = assign %5039, %5040 : i64[] @ models/lib/nn.yaml:79:7
%5071 = mul %119, %4156 : f32[16,16] @ models/lib/nn.yaml:79:7
%5072 = mul %5066, %4158 : f32[16,16] @ models/lib/nn.yaml:79:7
%5073 = add %5071, %5072 : f32[16,16] @ models/lib/nn.yaml:79:7
%5074 = assign %119, %5073 : f32[16,16] @ models/lib/nn.yaml:79:7
%5075 = all_reduce_sum %3383 : f32[16] @ models/lib/nn.yaml:80:7
%5076 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5077 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5078 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5079 = add %5078, %3800 : i64[] @ models/lib/nn.yaml:80:7
%5080 = mul %5075, %3907 : f32[16] @ models/lib/nn.yaml:80:7
%5081 = mul %5076, %3909 : f32[16] @ models/lib/nn.yaml:80:7
%5082 = add %5081, %5080 : f32[16] @ models/lib/nn.yaml:80:7
%5083 = mul %5075, %5075 : f32[16] @ models/lib/nn.yaml:80:7
%5084 = mul %5083, %3913 : f32[16] @ models/lib/nn.yaml:80:7
%5085 = mul %5077, %3915 : f32[16] @ models/lib/nn.yaml:80:7
%5086 = add %5085, %5084 : f32[16] @ models/lib/nn.yaml:80:7
%5087 = cast %5079 : f64[] @ models/lib/nn.yaml:80:7
%5088 = pow %3810, %5087 : f64[] @ models/lib/nn.yaml:80:7
%5089 = sub %3803, %5088 : f64[] @ models/lib/nn.yaml:80:7
%5090 = div %2384, %5089 : f64[] @ models/lib/nn.yaml:80:7
%5091 = pow %3818, %5087 : f64[] @ models/lib/nn.yaml:80:7
%5092 = sub %3803, %5091 : f64[] @ models/lib/nn.yaml:80:7
%5093 = sqrt %5092 : f64[] @ models/lib/nn.yaml:80:7
%5094 = div %3803, %5093 : f64[] @ models/lib/nn.yaml:80:7
%5095 = sqrt %5086 : f32[16] @ models/lib/nn.yaml:80:7
%5096 = cast %5094 : f32[] @ models/lib/nn.yaml:80:7
%5097 = broadcast %5096 : f32[16] @ models/lib/nn.yaml:80:7
%5098 = mul %5095, %5097 : f32[16] @ models/lib/nn.yaml:80:7
%5099 = add %5098, %3930 : f32[16] @ models/lib/nn.yaml:80:7
%5100 = div %5082, %5099 : f32[16] @ models/lib/nn.yaml:80:7
%5101 = cast %5090 : f32[] @ models/lib/nn.yaml:80:7
%5102 = broadcast %5101 : f32[16] @ models/lib/nn.yaml:80:7
%5103 = mul %5100, %5102 : f32[16] @ models/lib/nn.yaml:80:7
%5104 = sub %36, %5103 : f32[16] @ models/lib/nn.yaml:80:7
%5105 = assign %36, %5104 : f32[16] @ models/lib/nn.yaml:80:7
%5106 = assign %5076, %5082 : f32[16] @ models/lib/nn.yaml:80:7
%5107 = assign %5077, %5086 : f32[16] @ models/lib/nn.yaml:80:7
%5108 = assign %5078, %5079 : i64[] @ models/lib/nn.yaml:80:7
%5109 = mul %120, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%5110 = mul %5104, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%5111 = add %5109, %5110 : f32[16] @ models/lib/nn.yaml:80:7
%5112 = assign %120, %5111 : f32[16] @ models/lib/nn.yaml:80:7
%5113 = all_reduce_sum %3379 : f32[16,16] @ models/lib/nn.yaml:79:7
%5114 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5115 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5116 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5117 = add %5116, %3800 : i64[] @ models/lib/nn.yaml:79:7
%5118 = mul %37, %4120 : f32[16,16] @ models/lib/nn.yaml:79:7
%5119 = mul %5113, %4122 : f32[16,16] @ models/lib/nn.yaml:79:7
%5120 = mul %5114, %4124 : f32[16,16] @ models/lib/nn.yaml:79:7
%5121 = add %5120, %5119 : f32[16,16] @ models/lib/nn.yaml:79:7
%5122 = mul %5113, %5113 : f32[16,16] @ models/lib/nn.yaml:79:7
%5123 = mul %5122, %4128 : f32[16,16] @ models/lib/nn.yaml:79:7
%5124 = mul %5115, %4130 : f32[16,16] @ models/lib/nn.yaml:79:7
%5125 = add %5124, %5123 : f32[16,16] @ models/lib/nn.yaml:79:7
%5126 = cast %5117 : f64[] @ models/lib/nn.yaml:79:7
%5127 = pow %3810, %5126 : f64[] @ models/lib/nn.yaml:79:7
%5128 = sub %3803, %5127 : f64[] @ models/lib/nn.yaml:79:7
%5129 = div %2384, %5128 : f64[] @ models/lib/nn.yaml:79:7
%5130 = pow %3818, %5126 : f64[] @ models/lib/nn.yaml:79:7
%5131 = sub %3803, %5130 : f64[] @ models/lib/nn.yaml:79:7
%5132 = sqrt %5131 : f64[] @ models/lib/nn.yaml:79:7
%5133 = div %3803, %5132 : f64[] @ models/lib/nn.yaml:79:7
%5134 = sqrt %5125 : f32[16,16] @ models/lib/nn.yaml:79:7
%5135 = cast %5133 : f32[] @ models/lib/nn.yaml:79:7
%5136 = broadcast %5135 : f32[16,16] @ models/lib/nn.yaml:79:7
%5137 = mul %5134, %5136 : f32[16,16] @ models/lib/nn.yaml:79:7
%5138 = add %5137, %4145 : f32[16,16] @ models/lib/nn.yaml:79:7
%5139 = div %5121, %5138 : f32[16,16] @ models/lib/nn.yaml:79:7
%5140 = cast %5129 : f32[] @ models/lib/nn.yaml:79:7
%5141 = broadcast %5140 : f32[16,16] @ models/lib/nn.yaml:79:7
%5142 = mul %5139, %5141 : f32[16,16] @ models/lib/nn.yaml:79:7
%5143 = sub %5118, %5142 : f32[16,16] @ models/lib/nn.yaml:79:7
%5144 = assign %37, %5143 : f32[16,16] @ models/lib/nn.yaml:79:7
%5145 = assign %5114, %5121 : f32[16,16] @ models/lib/nn.yaml:79:7
%5146 = assign %5115, %5125 : f32[16,16] @ models/lib/nn.yaml:79:7
%5147 = assign %5116, %5117 : i64[] @ models/lib/nn.yaml:79:7
%5148 = mul %121, %4156 : f32[16,16] @ models/lib/nn.yaml:79:7
%5149 = mul %5143, %4158 : f32[16,16] @ models/lib/nn.yaml:79:7
%5150 = add %5148, %5149 : f32[16,16] @ models/lib/nn.yaml:79:7
%5151 = assign %121, %5150 : f32[16,16] @ models/lib/nn.yaml:79:7
%5152 = all_reduce_sum %3376 : f32[16] @ models/lib/nn.yaml:80:7
%5153 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5154 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5155 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5156 = add %5155, %3800 : i64[] @ models/lib/nn.yaml:80:7
%5157 = mul %5152, %3907 : f32[16] @ models/lib/nn.yaml:80:7
%5158 = mul %5153, %3909 : f32[16] @ models/lib/nn.yaml:80:7
%5159 = add %5158, %5157 : f32[16] @ models/lib/nn.yaml:80:7
%5160 = mul %5152, %5152 : f32[16] @ models/lib/nn.yaml:80:7
%5161 = mul %5160, %3913 : f32[16] @ models/lib/nn.yaml:80:7
%5162 = mul %5154, %3915 : f32[16] @ models/lib/nn.yaml:80:7
%5163 = add %5162, %5161 : f32[16] @ models/lib/nn.yaml:80:7
%5164 = cast %5156 : f64[] @ models/lib/nn.yaml:80:7
%5165 = pow %3810, %5164 : f64[] @ models/lib/nn.yaml:80:7
%5166 = sub %3803, %5165 : f64[] @ models/lib/nn.yaml:80:7
%5167 = div %2384, %5166 : f64[] @ models/lib/nn.yaml:80:7
%5168 = pow %3818, %5164 : f64[] @ models/lib/nn.yaml:80:7
%5169 = sub %3803, %5168 : f64[] @ models/lib/nn.yaml:80:7
%5170 = sqrt %5169 : f64[] @ models/lib/nn.yaml:80:7
%5171 = div %3803, %5170 : f64[] @ models/lib/nn.yaml:80:7
%5172 = sqrt %5163 : f32[16] @ models/lib/nn.yaml:80:7
%5173 = cast %5171 : f32[] @ models/lib/nn.yaml:80:7
%5174 = broadcast %5173 : f32[16] @ models/lib/nn.yaml:80:7
%5175 = mul %5172, %5174 : f32[16] @ models/lib/nn.yaml:80:7
%5176 = add %5175, %3930 : f32[16] @ models/lib/nn.yaml:80:7
%5177 = div %5159, %5176 : f32[16] @ models/lib/nn.yaml:80:7
%5178 = cast %5167 : f32[] @ models/lib/nn.yaml:80:7
%5179 = broadcast %5178 : f32[16] @ models/lib/nn.yaml:80:7
%5180 = mul %5177, %5179 : f32[16] @ models/lib/nn.yaml:80:7
%5181 = sub %38, %5180 : f32[16] @ models/lib/nn.yaml:80:7
%5182 = assign %38, %5181 : f32[16] @ models/lib/nn.yaml:80:7
%5183 = assign %5153, %5159 : f32[16] @ models/lib/nn.yaml:80:7
%5184 = assign %5154, %5163 : f32[16] @ models/lib/nn.yaml:80:7
%5185 = assign %5155, %5156 : i64[] @ models/lib/nn.yaml:80:7
%5186 = mul %122, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%5187 = mul %5181, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%5188 = add %5186, %5187 : f32[16] @ models/lib/nn.yaml:80:7
%5189 = assign %122, %5188 : f32[16] @ models/lib/nn.yaml:80:7
%5190 = all_reduce_sum %3371 : f32[16,16] @ models/lib/nn.yaml:79:7
%5191 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5192 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5193 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5194 = add %5193, %3800 : i64[] @ models/lib/nn.yaml:79:7
%5195 = mul %39, %4120 : f32[16,16] @ models/lib/nn.yaml:79:7
%5196 = mul %5190, %4122 : f32[16,16] @ models/lib/nn.yaml:79:7
%5197 = mul %5191, %4124 : f32[16,16] @ models/lib/nn.yaml:79:7
%5198 = add %5197, %5196 : f32[16,16] @ models/lib/nn.yaml:79:7
%5199 = mul %5190, %5190 : f32[16,16] @ models/lib/nn.yaml:79:7
%5200 = mul %5199, %4128 : f32[16,16] @ models/lib/nn.yaml:79:7
%5201 = mul %5192, %4130 : f32[16,16] @ models/lib/nn.yaml:79:7
%5202 = add %5201, %5200 : f32[16,16] @ models/lib/nn.yaml:79:7
%5203 = cast %5194 : f64[] @ models/lib/nn.yaml:79:7
%5204 = pow %3810, %5203 : f64[] @ models/lib/nn.yaml:79:7
%5205 = sub %3803, %5204 : f64[] @ models/lib/nn.yaml:79:7
%5206 = div %2384, %5205 : f64[] @ models/lib/nn.yaml:79:7
%5207 = pow %3818, %5203 : f64[] @ models/lib/nn.yaml:79:7
%5208 = sub %3803, %5207 : f64[] @ models/lib/nn.yaml:79:7
%5209 = sqrt %5208 : f64[] @ models/lib/nn.yaml:79:7
%5210 = div %3803, %5209 : f64[] @ models/lib/nn.yaml:79:7
%5211 = sqrt %5202 : f32[16,16] @ models/lib/nn.yaml:79:7
%5212 = cast %5210 : f32[] @ models/lib/nn.yaml:79:7
%5213 = broadcast %5212 : f32[16,16] @ models/lib/nn.yaml:79:7
%5214 = mul %5211, %5213 : f32[16,16] @ models/lib/nn.yaml:79:7
%5215 = add %5214, %4145 : f32[16,16] @ models/lib/nn.yaml:79:7
%5216 = div %5198, %5215 : f32[16,16] @ models/lib/nn.yaml:79:7
%5217 = cast %5206 : f32[] @ models/lib/nn.yaml:79:7
%5218 = broadcast %5217 : f32[16,16] @ models/lib/nn.yaml:79:7
%5219 = mul %5216, %5218 : f32[16,16] @ models/lib/nn.yaml:79:7
%5220 = sub %5195, %5219 : f32[16,16] @ models/lib/nn.yaml:79:7
%5221 = assign %39, %5220 : f32[16,16] @ models/lib/nn.yaml:79:7
%5222 = assign %5191, %5198 : f32[16,16] @ models/lib/nn.yaml:79:7
%5223 = assign %5192, %5202 : f32[16,16] @ models/lib/nn.yaml:79:7
%5224 = assign %5193, %5194 : i64[] @ models/lib/nn.yaml:79:7
%5225 = mul %123, %4156 : f32[16,16] @ models/lib/nn.yaml:79:7
%5226 = mul %5220, %4158 : f32[16,16] @ models/lib/nn.yaml:79:7
%5227 = add %5225, %5226 : f32[16,16] @ models/lib/nn.yaml:79:7
%5228 = assign %123, %5227 : f32[16,16] @ models/lib/nn.yaml:79:7
%5229 = all_reduce_sum %3368 : f32[16] @ models/lib/nn.yaml:80:7
%5230 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5231 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5232 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5233 = add %5232, %3800 : i64[] @ models/lib/nn.yaml:80:7
%5234 = mul %5229, %3907 : f32[16] @ models/lib/nn.yaml:80:7
%5235 = mul %5230, %3909 : f32[16] @ models/lib/nn.yaml:80:7
%5236 = add %5235, %5234 : f32[16] @ models/lib/nn.yaml:80:7
%5237 = mul %5229, %5229 : f32[16] @ models/lib/nn.yaml:80:7
%5238 = mul %5237, %3913 : f32[16] @ models/lib/nn.yaml:80:7
%5239 = mul %5231, %3915 : f32[16] @ models/lib/nn.yaml:80:7
%5240 = add %5239, %5238 : f32[16] @ models/lib/nn.yaml:80:7
%5241 = cast %5233 : f64[] @ models/lib/nn.yaml:80:7
%5242 = pow %3810, %5241 : f64[] @ models/lib/nn.yaml:80:7
%5243 = sub %3803, %5242 : f64[] @ models/lib/nn.yaml:80:7
%5244 = div %2384, %5243 : f64[] @ models/lib/nn.yaml:80:7
%5245 = pow %3818, %5241 : f64[] @ models/lib/nn.yaml:80:7
%5246 = sub %3803, %5245 : f64[] @ models/lib/nn.yaml:80:7
%5247 = sqrt %5246 : f64[] @ models/lib/nn.yaml:80:7
%5248 = div %3803, %5247 : f64[] @ models/lib/nn.yaml:80:7
%5249 = sqrt %5240 : f32[16] @ models/lib/nn.yaml:80:7
%5250 = cast %5248 : f32[] @ models/lib/nn.yaml:80:7
%5251 = broadcast %5250 : f32[16] @ models/lib/nn.yaml:80:7
%5252 = mul %5249, %5251 : f32[16] @ models/lib/nn.yaml:80:7
%5253 = add %5252, %3930 : f32[16] @ models/lib/nn.yaml:80:7
%5254 = div %5236, %5253 : f32[16] @ models/lib/nn.yaml:80:7
%5255 = cast %5244 : f32[] @ models/lib/nn.yaml:80:7
%5256 = broadcast %5255 : f32[16] @ models/lib/nn.yaml:80:7
%5257 = mul %5254, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%5258 = sub %40, %5257 : f32[16] @ models/lib/nn.yaml:80:7
%5259 = assign %40, %5258 : f32[16] @ models/lib/nn.yaml:80:7
%5260 = assign %5230, %5236 : f32[16] @ models/lib/nn.yaml:80:7
%5261 = assign %5231, %5240 : f32[16] @ models/lib/nn.yaml:80:7
%5262 = assign %5232, %5233 : i64[] @ models/lib/nn.yaml:80:7
%5263 = mul %124, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%5264 = mul %5258, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%5265 = add %5263, %5264 : f32[16] @ models/lib/nn.yaml:80:7
%5266 = assign %124, %5265 : f32[16] @ models/lib/nn.yaml:80:7
%5267 = all_reduce_sum %3246 : f32[16,16] @ models/lib/nn.yaml:79:7
%5268 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5269 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5270 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5271 = add %5270, %3800 : i64[] @ models/lib/nn.yaml:79:7
%5272 = mul %41, %4120 : f32[16,16] @ models/lib/nn.yaml:79:7
%5273 = mul %5267, %4122 : f32[16,16] @ models/lib/nn.yaml:79:7
%5274 = mul %5268, %4124 : f32[16,16] @ models/lib/nn.yaml:79:7
%5275 = add %5274, %5273 : f32[16,16] @ models/lib/nn.yaml:79:7
%5276 = mul %5267, %5267 : f32[16,16] @ models/lib/nn.yaml:79:7
%5277 = mul %5276, %4128 : f32[16,16] @ models/lib/nn.yaml:79:7
%5278 = mul %5269, %4130 : f32[16,16] @ models/lib/nn.yaml:79:7
%5279 = add %5278, %5277 : f32[16,16] @ models/lib/nn.yaml:79:7
%5280 = cast %5271 : f64[] @ models/lib/nn.yaml:79:7
%5281 = pow %3810, %5280 : f64[] @ models/lib/nn.yaml:79:7
%5282 = sub %3803, %5281 : f64[] @ models/lib/nn.yaml:79:7
%5283 = div %2384, %5282 : f64[] @ models/lib/nn.yaml:79:7
%5284 = pow %3818, %5280 : f64[] @ models/lib/nn.yaml:79:7
%5285 = sub %3803, %5284 : f64[] @ models/lib/nn.yaml:79:7
%5286 = sqrt %5285 : f64[] @ models/lib/nn.yaml:79:7
%5287 = div %3803, %5286 : f64[] @ models/lib/nn.yaml:79:7
%5288 = sqrt %5279 : f32[16,16] @ models/lib/nn.yaml:79:7
%5289 = cast %5287 : f32[] @ models/lib/nn.yaml:79:7
%5290 = broadcast %5289 : f32[16,16] @ models/lib/nn.yaml:79:7
%5291 = mul %5288, %5290 : f32[16,16] @ models/lib/nn.yaml:79:7
%5292 = add %5291, %4145 : f32[16,16] @ models/lib/nn.yaml:79:7
%5293 = div %5275, %5292 : f32[16,16] @ models/lib/nn.yaml:79:7
%5294 = cast %5283 : f32[] @ models/lib/nn.yaml:79:7
%5295 = broadcast %5294 : f32[16,16] @ models/lib/nn.yaml:79:7
%5296 = mul %5293, %5295 : f32[16,16] @ models/lib/nn.yaml:79:7
%5297 = sub %5272, %5296 : f32[16,16] @ models/lib/nn.yaml:79:7
%5298 = assign %41, %5297 : f32[16,16] @ models/lib/nn.yaml:79:7
%5299 = assign %5268, %5275 : f32[16,16] @ models/lib/nn.yaml:79:7
%5300 = assign %5269, %5279 : f32[16,16] @ models/lib/nn.yaml:79:7
%5301 = assign %5270, %5271 : i64[] @ models/lib/nn.yaml:79:7
%5302 = mul %125, %4156 : f32[16,16] @ models/lib/nn.yaml:79:7
%5303 = mul %5297, %4158 : f32[16,16] @ models/lib/nn.yaml:79:7
%5304 = add %5302, %5303 : f32[16,16] @ models/lib/nn.yaml:79:7
%5305 = assign %125, %5304 : f32[16,16] @ models/lib/nn.yaml:79:7
%5306 = all_reduce_sum %3242 : f32[16] @ models/lib/nn.yaml:80:7
%5307 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5308 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5309 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5310 = add %5309, %3800 : i64[] @ models/lib/nn.yaml:80:7
%5311 = mul %5306, %3907 : f32[16] @ models/lib/nn.yaml:80:7
%5312 = mul %5307, %3909 : f32[16] @ models/lib/nn.yaml:80:7
%5313 = add %5312, %5311 : f32[16] @ models/lib/nn.yaml:80:7
%5314 = mul %5306, %5306 : f32[16] @ models/lib/nn.yaml:80:7
%5315 = mul %5314, %3913 : f32[16] @ models/lib/nn.yaml:80:7
%5316 = mul %5308, %3915 : f32[16] @ models/lib/nn.yaml:80:7
%5317 = add %5316, %5315 : f32[16] @ models/lib/nn.yaml:80:7
%5318 = cast %5310 : f64[] @ models/lib/nn.yaml:80:7
%5319 = pow %3810, %5318 : f64[] @ models/lib/nn.yaml:80:7
%5320 = sub %3803, %5319 : f64[] @ models/lib/nn.yaml:80:7
%5321 = div %2384, %5320 : f64[] @ models/lib/nn.yaml:80:7
%5322 = pow %3818, %5318 : f64[] @ models/lib/nn.yaml:80:7
%5323 = sub %3803, %5322 : f64[] @ models/lib/nn.yaml:80:7
%5324 = sqrt %5323 : f64[] @ models/lib/nn.yaml:80:7
%5325 = div %3803, %5324 : f64[] @ models/lib/nn.yaml:80:7
%5326 = sqrt %5317 : f32[16] @ models/lib/nn.yaml:80:7
%5327 = cast %5325 : f32[] @ models/lib/nn.yaml:80:7
%5328 = broadcast %5327 : f32[16] @ models/lib/nn.yaml:80:7
%5329 = mul %5326, %5328 : f32[16] @ models/lib/nn.yaml:80:7
%5330 = add %5329, %3930 : f32[16] @ models/lib/nn.yaml:80:7
%5331 = div %5313, %5330 : f32[16] @ models/lib/nn.yaml:80:7
%5332 = cast %5321 : f32[] @ models/lib/nn.yaml:80:7
%5333 = broadcast %5332 : f32[16] @ models/lib/nn.yaml:80:7
%5334 = mul %5331, %5333 : f32[16] @ models/lib/nn.yaml:80:7
%5335 = sub %42, %5334 : f32[16] @ models/lib/nn.yaml:80:7
%5336 = assign %42, %5335 : f32[16] @ models/lib/nn.yaml:80:7
%5337 = assign %5307, %5313 : f32[16] @ models/lib/nn.yaml:80:7
%5338 = assign %5308, %5317 : f32[16] @ models/lib/nn.yaml:80:7
%5339 = assign %5309, %5310 : i64[] @ models/lib/nn.yaml:80:7
%5340 = mul %126, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%5341 = mul %5335, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%5342 = add %5340, %5341 : f32[16] @ models/lib/nn.yaml:80:7
%5343 = assign %126, %5342 : f32[16] @ models/lib/nn.yaml:80:7
%5344 = all_reduce_sum %3222 : f32[16] @ models/lib/nn.yaml:89:7
%5345 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5346 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5347 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5348 = add %5347, %3800 : i64[] @ models/lib/nn.yaml:89:7
%5349 = mul %5344, %3907 : f32[16] @ models/lib/nn.yaml:89:7
%5350 = mul %5345, %3909 : f32[16] @ models/lib/nn.yaml:89:7
%5351 = add %5350, %5349 : f32[16] @ models/lib/nn.yaml:89:7
%5352 = mul %5344, %5344 : f32[16] @ models/lib/nn.yaml:89:7
%5353 = mul %5352, %3913 : f32[16] @ models/lib/nn.yaml:89:7
%5354 = mul %5346, %3915 : f32[16] @ models/lib/nn.yaml:89:7
%5355 = add %5354, %5353 : f32[16] @ models/lib/nn.yaml:89:7
%5356 = cast %5348 : f64[] @ models/lib/nn.yaml:89:7
%5357 = pow %3810, %5356 : f64[] @ models/lib/nn.yaml:89:7
%5358 = sub %3803, %5357 : f64[] @ models/lib/nn.yaml:89:7
%5359 = div %2384, %5358 : f64[] @ models/lib/nn.yaml:89:7
%5360 = pow %3818, %5356 : f64[] @ models/lib/nn.yaml:89:7
%5361 = sub %3803, %5360 : f64[] @ models/lib/nn.yaml:89:7
%5362 = sqrt %5361 : f64[] @ models/lib/nn.yaml:89:7
%5363 = div %3803, %5362 : f64[] @ models/lib/nn.yaml:89:7
%5364 = sqrt %5355 : f32[16] @ models/lib/nn.yaml:89:7
%5365 = cast %5363 : f32[] @ models/lib/nn.yaml:89:7
%5366 = broadcast %5365 : f32[16] @ models/lib/nn.yaml:89:7
%5367 = mul %5364, %5366 : f32[16] @ models/lib/nn.yaml:89:7
%5368 = add %5367, %3930 : f32[16] @ models/lib/nn.yaml:89:7
%5369 = div %5351, %5368 : f32[16] @ models/lib/nn.yaml:89:7
%5370 = cast %5359 : f32[] @ models/lib/nn.yaml:89:7
%5371 = broadcast %5370 : f32[16] @ models/lib/nn.yaml:89:7
%5372 = mul %5369, %5371 : f32[16] @ models/lib/nn.yaml:89:7
%5373 = sub %43, %5372 : f32[16] @ models/lib/nn.yaml:89:7
%5374 = assign %43, %5373 : f32[16] @ models/lib/nn.yaml:89:7
%5375 = assign %5345, %5351 : f32[16] @ models/lib/nn.yaml:89:7
%5376 = assign %5346, %5355 : f32[16] @ models/lib/nn.yaml:89:7
%5377 = assign %5347, %5348 : i64[] @ models/lib/nn.yaml:89:7
%5378 = mul %127, %3941 : f32[16] @ models/lib/nn.yaml:89:7
%5379 = mul %5373, %3943 : f32[16] @ models/lib/nn.yaml:89:7
%5380 = add %5378, %5379 : f32[16] @ models/lib/nn.yaml:89:7
%5381 = assign %127, %5380 : f32[16] @ models/lib/nn.yaml:89:7
%5382 = all_reduce_sum %3218 : f32[16] @ models/lib/nn.yaml:90:7
%5383 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5384 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5385 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5386 = add %5385, %3800 : i64[] @ models/lib/nn.yaml:90:7
%5387 = mul %5382, %3907 : f32[16] @ models/lib/nn.yaml:90:7
%5388 = mul %5383, %3909 : f32[16] @ models/lib/nn.yaml:90:7
%5389 = add %5388, %5387 : f32[16] @ models/lib/nn.yaml:90:7
%5390 = mul %5382, %5382 : f32[16] @ models/lib/nn.yaml:90:7
%5391 = mul %5390, %3913 : f32[16] @ models/lib/nn.yaml:90:7
%5392 = mul %5384, %3915 : f32[16] @ models/lib/nn.yaml:90:7
%5393 = add %5392, %5391 : f32[16] @ models/lib/nn.yaml:90:7
%5394 = cast %5386 : f64[] @ models/lib/nn.yaml:90:7
%5395 = pow %3810, %5394 : f64[] @ models/lib/nn.yaml:90:7
%5396 = sub %3803, %5395 : f64[] @ models/lib/nn.yaml:90:7
%5397 = div %2384, %5396 : f64[] @ models/lib/nn.yaml:90:7
%5398 = pow %3818, %5394 : f64[] @ models/lib/nn.yaml:90:7
%5399 = sub %3803, %5398 : f64[] @ models/lib/nn.yaml:90:7
%5400 = sqrt %5399 : f64[] @ models/lib/nn.yaml:90:7
%5401 = div %3803, %5400 : f64[] @ models/lib/nn.yaml:90:7
%5402 = sqrt %5393 : f32[16] @ models/lib/nn.yaml:90:7
%5403 = cast %5401 : f32[] @ models/lib/nn.yaml:90:7
%5404 = broadcast %5403 : f32[16] @ models/lib/nn.yaml:90:7
%5405 = mul %5402, %5404 : f32[16] @ models/lib/nn.yaml:90:7
%5406 = add %5405, %3930 : f32[16] @ models/lib/nn.yaml:90:7
%5407 = div %5389, %5406 : f32[16] @ models/lib/nn.yaml:90:7
%5408 = cast %5397 : f32[] @ models/lib/nn.yaml:90:7
%5409 = broadcast %5408 : f32[16] @ models/lib/nn.yaml:90:7
%5410 = mul %5407, %5409 : f32[16] @ models/lib/nn.yaml:90:7
%5411 = sub %44, %5410 : f32[16] @ models/lib/nn.yaml:90:7
%5412 = assign %44, %5411 : f32[16] @ models/lib/nn.yaml:90:7
%5413 = assign %5383, %5389 : f32[16] @ models/lib/nn.yaml:90:7
%5414 = assign %5384, %5393 : f32[16] @ models/lib/nn.yaml:90:7
%5415 = assign %5385, %5386 : i64[] @ models/lib/nn.yaml:90:7
%5416 = mul %128, %3941 : f32[16] @ models/lib/nn.yaml:90:7
%5417 = mul %5411, %3943 : f32[16] @ models/lib/nn.yaml:90:7
%5418 = add %5416, %5417 : f32[16] @ models/lib/nn.yaml:90:7
%5419 = assign %128, %5418 : f32[16] @ models/lib/nn.yaml:90:7
%5420 = all_reduce_sum %3216 : f32[64,16] @ models/lib/nn.yaml:79:7
%5421 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5422 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5423 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5424 = add %5423, %3800 : i64[] @ models/lib/nn.yaml:79:7
%5425 = mul %45, %4281 : f32[64,16] @ models/lib/nn.yaml:79:7
%5426 = mul %5420, %4283 : f32[64,16] @ models/lib/nn.yaml:79:7
%5427 = mul %5421, %4285 : f32[64,16] @ models/lib/nn.yaml:79:7
%5428 = add %5427, %5426 : f32[64,16] @ models/lib/nn.yaml:79:7
%5429 = mul %5420, %5420 : f32[64,16] @ models/lib/nn.yaml:79:7
%5430 = mul %5429, %4289 : f32[64,16] @ models/lib/nn.yaml:79:7
%5431 = mul %5422, %4291 : f32[64,16] @ models/lib/nn.yaml:79:7
%5432 = add %5431, %5430 : f32[64,16] @ models/lib/nn.yaml:79:7
%5433 = cast %5424 : f64[] @ models/lib/nn.yaml:79:7
%5434 = pow %3810, %5433 : f64[] @ models/lib/nn.yaml:79:7
%5435 = sub %3803, %5434 : f64[] @ models/lib/nn.yaml:79:7
%5436 = div %2384, %5435 : f64[] @ models/lib/nn.yaml:79:7
%5437 = pow %3818, %5433 : f64[] @ models/lib/nn.yaml:79:7
%5438 = sub %3803, %5437 : f64[] @ models/lib/nn.yaml:79:7
%5439 = sqrt %5438 : f64[] @ models/lib/nn.yaml:79:7
%5440 = div %3803, %5439 : f64[] @ models/lib/nn.yaml:79:7
%5441 = sqrt %5432 : f32[64,16] @ models/lib/nn.yaml:79:7
%5442 = cast %5440 : f32[] @ models/lib/nn.yaml:79:7
%5443 = broadcast %5442 : f32[64,16] @ models/lib/nn.yaml:79:7
%5444 = mul %5441, %5443 : f32[64,16] @ models/lib/nn.yaml:79:7
%5445 = add %5444, %4306 : f32[64,16] @ models/lib/nn.yaml:79:7
%5446 = div %5428, %5445 : f32[64,16] @ models/lib/nn.yaml:79:7
%5447 = cast %5436 : f32[] @ models/lib/nn.yaml:79:7
%5448 = broadcast %5447 : f32[64,16] @ models/lib/nn.yaml:79:7
%5449 = mul %5446, %5448 : f32[64,16] @ models/lib/nn.yaml:79:7
%5450 = sub %5425, %5449 : f32[64,16] @ models/lib/nn.yaml:79:7
%5451 = assign %45, %5450 : f32[64,16] @ models/lib/nn.yaml:79:7
%5452 = assign %5421, %5428 : f32[64,16] @ models/lib/nn.yaml:79:7
%5453 = assign %5422, %5432 : f32[64,16] @ models/lib/nn.yaml:79:7
%5454 = assign %5423, %5424 : i64[] @ models/lib/nn.yaml:79:7
%5455 = mul %129, %4317 : f32[64,16] @ models/lib/nn.yaml:79:7
%5456 = mul %5450, %4319 : f32[64,16] @ models/lib/nn.yaml:79:7
%5457 = add %5455, %5456 : f32[64,16] @ models/lib/nn.yaml:79:7
%5458 = assign %129, %5457 : f32[64,16] @ models/lib/nn.yaml:79:7
%5459 = all_reduce_sum %3212 : f32[64] @ models/lib/nn.yaml:80:7
%5460 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5461 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5462 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5463 = add %5462, %3800 : i64[] @ models/lib/nn.yaml:80:7
%5464 = mul %5459, %4328 : f32[64] @ models/lib/nn.yaml:80:7
%5465 = mul %5460, %4330 : f32[64] @ models/lib/nn.yaml:80:7
%5466 = add %5465, %5464 : f32[64] @ models/lib/nn.yaml:80:7
%5467 = mul %5459, %5459 : f32[64] @ models/lib/nn.yaml:80:7
%5468 = mul %5467, %4334 : f32[64] @ models/lib/nn.yaml:80:7
%5469 = mul %5461, %4336 : f32[64] @ models/lib/nn.yaml:80:7
%5470 = add %5469, %5468 : f32[64] @ models/lib/nn.yaml:80:7
%5471 = cast %5463 : f64[] @ models/lib/nn.yaml:80:7
%5472 = pow %3810, %5471 : f64[] @ models/lib/nn.yaml:80:7
%5473 = sub %3803, %5472 : f64[] @ models/lib/nn.yaml:80:7
%5474 = div %2384, %5473 : f64[] @ models/lib/nn.yaml:80:7
%5475 = pow %3818, %5471 : f64[] @ models/lib/nn.yaml:80:7
%5476 = sub %3803, %5475 : f64[] @ models/lib/nn.yaml:80:7
%5477 = sqrt %5476 : f64[] @ models/lib/nn.yaml:80:7
%5478 = div %3803, %5477 : f64[] @ models/lib/nn.yaml:80:7
%5479 = sqrt %5470 : f32[64] @ models/lib/nn.yaml:80:7
%5480 = cast %5478 : f32[] @ models/lib/nn.yaml:80:7
%5481 = broadcast %5480 : f32[64] @ models/lib/nn.yaml:80:7
%5482 = mul %5479, %5481 : f32[64] @ models/lib/nn.yaml:80:7
%5483 = add %5482, %4351 : f32[64] @ models/lib/nn.yaml:80:7
%5484 = div %5466, %5483 : f32[64] @ models/lib/nn.yaml:80:7
%5485 = cast %5474 : f32[] @ models/lib/nn.yaml:80:7
%5486 = broadcast %5485 : f32[64] @ models/lib/nn.yaml:80:7
%5487 = mul %5484, %5486 : f32[64] @ models/lib/nn.yaml:80:7
%5488 = sub %46, %5487 : f32[64] @ models/lib/nn.yaml:80:7
%5489 = assign %46, %5488 : f32[64] @ models/lib/nn.yaml:80:7
%5490 = assign %5460, %5466 : f32[64] @ models/lib/nn.yaml:80:7
%5491 = assign %5461, %5470 : f32[64] @ models/lib/nn.yaml:80:7
%5492 = assign %5462, %5463 : i64[] @ models/lib/nn.yaml:80:7
%5493 = mul %130, %4362 : f32[64] @ models/lib/nn.yaml:80:7
%5494 = mul %5488, %4364 : f32[64] @ models/lib/nn.yaml:80:7
%5495 = add %5493, %5494 : f32[64] @ models/lib/nn.yaml:80:7
%5496 = assign %130, %5495 : f32[64] @ models/lib/nn.yaml:80:7
%5497 = all_reduce_sum %3195 : f32[16,64] @ models/lib/nn.yaml:79:7
%5498 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5499 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5500 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5501 = add %5500, %3800 : i64[] @ models/lib/nn.yaml:79:7
%5502 = mul %47, %4373 : f32[16,64] @ models/lib/nn.yaml:79:7
%5503 = mul %5497, %4375 : f32[16,64] @ models/lib/nn.yaml:79:7
%5504 = mul %5498, %4377 : f32[16,64] @ models/lib/nn.yaml:79:7
%5505 = add %5504, %5503 : f32[16,64] @ models/lib/nn.yaml:79:7
%5506 = mul %5497, %5497 : f32[16,64] @ models/lib/nn.yaml:79:7
%5507 = mul %5506, %4381 : f32[16,64] @ models/lib/nn.yaml:79:7
%5508 = mul %5499, %4383 : f32[16,64] @ models/lib/nn.yaml:79:7
%5509 = add %5508, %5507 : f32[16,64] @ models/lib/nn.yaml:79:7
%5510 = cast %5501 : f64[] @ models/lib/nn.yaml:79:7
%5511 = pow %3810, %5510 : f64[] @ models/lib/nn.yaml:79:7
%5512 = sub %3803, %5511 : f64[] @ models/lib/nn.yaml:79:7
%5513 = div %2384, %5512 : f64[] @ models/lib/nn.yaml:79:7
%5514 = pow %3818, %5510 : f64[] @ models/lib/nn.yaml:79:7
%5515 = sub %3803, %5514 : f64[] @ models/lib/nn.yaml:79:7
%5516 = sqrt %5515 : f64[] @ models/lib/nn.yaml:79:7
%5517 = div %3803, %5516 : f64[] @ models/lib/nn.yaml:79:7
%5518 = sqrt %5509 : f32[16,64] @ models/lib/nn.yaml:79:7
%5519 = cast %5517 : f32[] @ models/lib/nn.yaml:79:7
%5520 = broadcast %5519 : f32[16,64] @ models/lib/nn.yaml:79:7
%5521 = mul %5518, %5520 : f32[16,64] @ models/lib/nn.yaml:79:7
%5522 = add %5521, %4398 : f32[16,64] @ models/lib/nn.yaml:79:7
%5523 = div %5505, %5522 : f32[16,64] @ models/lib/nn.yaml:79:7
%5524 = cast %5513 : f32[] @ models/lib/nn.yaml:79:7
%5525 = broadcast %5524 : f32[16,64] @ models/lib/nn.yaml:79:7
%5526 = mul %5523, %5525 : f32[16,64] @ models/lib/nn.yaml:79:7
%5527 = sub %5502, %5526 : f32[16,64] @ models/lib/nn.yaml:79:7
%5528 = assign %47, %5527 : f32[16,64] @ models/lib/nn.yaml:79:7
%5529 = assign %5498, %5505 : f32[16,64] @ models/lib/nn.yaml:79:7
%5530 = assign %5499, %5509 : f32[16,64] @ models/lib/nn.yaml:79:7
%5531 = assign %5500, %5501 : i64[] @ models/lib/nn.yaml:79:7
%5532 = mul %131, %4409 : f32[16,64] @ models/lib/nn.yaml:79:7
%5533 = mul %5527, %4411 : f32[16,64] @ models/lib/nn.yaml:79:7
%5534 = add %5532, %5533 : f32[16,64] @ models/lib/nn.yaml:79:7
%5535 = assign %131, %5534 : f32[16,64] @ models/lib/nn.yaml:79:7
%5536 = all_reduce_sum %3191 : f32[16] @ models/lib/nn.yaml:80:7
%5537 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5538 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5539 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5540 = add %5539, %3800 : i64[] @ models/lib/nn.yaml:80:7
%5541 = mul %5536, %3907 : f32[16] @ models/lib/nn.yaml:80:7
%5542 = mul %5537, %3909 : f32[16] @ models/lib/nn.yaml:80:7
%5543 = add %5542, %5541 : f32[16] @ models/lib/nn.yaml:80:7
%5544 = mul %5536, %5536 : f32[16] @ models/lib/nn.yaml:80:7
%5545 = mul %5544, %3913 : f32[16] @ models/lib/nn.yaml:80:7
%5546 = mul %5538, %3915 : f32[16] @ models/lib/nn.yaml:80:7
%5547 = add %5546, %5545 : f32[16] @ models/lib/nn.yaml:80:7
%5548 = cast %5540 : f64[] @ models/lib/nn.yaml:80:7
%5549 = pow %3810, %5548 : f64[] @ models/lib/nn.yaml:80:7
%5550 = sub %3803, %5549 : f64[] @ models/lib/nn.yaml:80:7
%5551 = div %2384, %5550 : f64[] @ models/lib/nn.yaml:80:7
%5552 = pow %3818, %5548 : f64[] @ models/lib/nn.yaml:80:7
%5553 = sub %3803, %5552 : f64[] @ models/lib/nn.yaml:80:7
%5554 = sqrt %5553 : f64[] @ models/lib/nn.yaml:80:7
%5555 = div %3803, %5554 : f64[] @ models/lib/nn.yaml:80:7
%5556 = sqrt %5547 : f32[16] @ models/lib/nn.yaml:80:7
%5557 = cast %5555 : f32[] @ models/lib/nn.yaml:80:7
%5558 = broadcast %5557 : f32[16] @ models/lib/nn.yaml:80:7
%5559 = mul %5556, %5558 : f32[16] @ models/lib/nn.yaml:80:7
%5560 = add %5559, %3930 : f32[16] @ models/lib/nn.yaml:80:7
%5561 = div %5543, %5560 : f32[16] @ models/lib/nn.yaml:80:7
%5562 = cast %5551 : f32[] @ models/lib/nn.yaml:80:7
%5563 = broadcast %5562 : f32[16] @ models/lib/nn.yaml:80:7
%5564 = mul %5561, %5563 : f32[16] @ models/lib/nn.yaml:80:7
%5565 = sub %48, %5564 : f32[16] @ models/lib/nn.yaml:80:7
%5566 = assign %48, %5565 : f32[16] @ models/lib/nn.yaml:80:7
%5567 = assign %5537, %5543 : f32[16] @ models/lib/nn.yaml:80:7
%5568 = assign %5538, %5547 : f32[16] @ models/lib/nn.yaml:80:7
%5569 = assign %5539, %5540 : i64[] @ models/lib/nn.yaml:80:7
%5570 = mul %132, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%5571 = mul %5565, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%5572 = add %5570, %5571 : f32[16] @ models/lib/nn.yaml:80:7
%5573 = assign %132, %5572 : f32[16] @ models/lib/nn.yaml:80:7
%5574 = all_reduce_sum %3166 : f32[16] @ models/lib/nn.yaml:89:7
%5575 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5576 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5577 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5578 = add %5577, %3800 : i64[] @ models/lib/nn.yaml:89:7
%5579 = mul %5574, %3907 : f32[16] @ models/lib/nn.yaml:89:7
%5580 = mul %5575, %3909 : f32[16] @ models/lib/nn.yaml:89:7
%5581 = add %5580, %5579 : f32[16] @ models/lib/nn.yaml:89:7
%5582 = mul %5574, %5574 : f32[16] @ models/lib/nn.yaml:89:7
%5583 = mul %5582, %3913 : f32[16] @ models/lib/nn.yaml:89:7
%5584 = mul %5576, %3915 : f32[16] @ models/lib/nn.yaml:89:7
%5585 = add %5584, %5583 : f32[16] @ models/lib/nn.yaml:89:7
%5586 = cast %5578 : f64[] @ models/lib/nn.yaml:89:7
%5587 = pow %3810, %5586 : f64[] @ models/lib/nn.yaml:89:7
%5588 = sub %3803, %5587 : f64[] @ models/lib/nn.yaml:89:7
%5589 = div %2384, %5588 : f64[] @ models/lib/nn.yaml:89:7
%5590 = pow %3818, %5586 : f64[] @ models/lib/nn.yaml:89:7
%5591 = sub %3803, %5590 : f64[] @ models/lib/nn.yaml:89:7
%5592 = sqrt %5591 : f64[] @ models/lib/nn.yaml:89:7
%5593 = div %3803, %5592 : f64[] @ models/lib/nn.yaml:89:7
%5594 = sqrt %5585 : f32[16] @ models/lib/nn.yaml:89:7
%5595 = cast %5593 : f32[] @ models/lib/nn.yaml:89:7
%5596 = broadcast %5595 : f32[16] @ models/lib/nn.yaml:89:7
%5597 = mul %5594, %5596 : f32[16] @ models/lib/nn.yaml:89:7
%5598 = add %5597, %3930 : f32[16] @ models/lib/nn.yaml:89:7
%5599 = div %5581, %5598 : f32[16] @ models/lib/nn.yaml:89:7
%5600 = cast %5589 : f32[] @ models/lib/nn.yaml:89:7
%5601 = broadcast %5600 : f32[16] @ models/lib/nn.yaml:89:7
%5602 = mul %5599, %5601 : f32[16] @ models/lib/nn.yaml:89:7
%5603 = sub %49, %5602 : f32[16] @ models/lib/nn.yaml:89:7
%5604 = assign %49, %5603 : f32[16] @ models/lib/nn.yaml:89:7
%5605 = assign %5575, %5581 : f32[16] @ models/lib/nn.yaml:89:7
%5606 = assign %5576, %5585 : f32[16] @ models/lib/nn.yaml:89:7
%5607 = assign %5577, %5578 : i64[] @ models/lib/nn.yaml:89:7
%5608 = mul %133, %3941 : f32[16] @ models/lib/nn.yaml:89:7
%5609 = mul %5603, %3943 : f32[16] @ models/lib/nn.yaml:89:7
%5610 = add %5608, %5609 : f32[16] @ models/lib/nn.yaml:89:7
%5611 = assign %133, %5610 : f32[16] @ models/lib/nn.yaml:89:7
%5612 = all_reduce_sum %3162 : f32[16] @ models/lib/nn.yaml:90:7
%5613 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5614 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5615 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5616 = add %5615, %3800 : i64[] @ models/lib/nn.yaml:90:7
%5617 = mul %5612, %3907 : f32[16] @ models/lib/nn.yaml:90:7
%5618 = mul %5613, %3909 : f32[16] @ models/lib/nn.yaml:90:7
%5619 = add %5618, %5617 : f32[16] @ models/lib/nn.yaml:90:7
%5620 = mul %5612, %5612 : f32[16] @ models/lib/nn.yaml:90:7
%5621 = mul %5620, %3913 : f32[16] @ models/lib/nn.yaml:90:7
%5622 = mul %5614, %3915 : f32[16] @ models/lib/nn.yaml:90:7
%5623 = add %5622, %5621 : f32[16] @ models/lib/nn.yaml:90:7
%5624 = cast %5616 : f64[] @ models/lib/nn.yaml:90:7
%5625 = pow %3810, %5624 : f64[] @ models/lib/nn.yaml:90:7
%5626 = sub %3803, %5625 : f64[] @ models/lib/nn.yaml:90:7
%5627 = div %2384, %5626 : f64[] @ models/lib/nn.yaml:90:7
%5628 = pow %3818, %5624 : f64[] @ models/lib/nn.yaml:90:7
%5629 = sub %3803, %5628 : f64[] @ models/lib/nn.yaml:90:7
%5630 = sqrt %5629 : f64[] @ models/lib/nn.yaml:90:7
%5631 = div %3803, %5630 : f64[] @ models/lib/nn.yaml:90:7
%5632 = sqrt %5623 : f32[16] @ models/lib/nn.yaml:90:7
%5633 = cast %5631 : f32[] @ models/lib/nn.yaml:90:7
%5634 = broadcast %5633 : f32[16] @ models/lib/nn.yaml:90:7
%5635 = mul %5632, %5634 : f32[16] @ models/lib/nn.yaml:90:7
%5636 = add %5635, %3930 : f32[16] @ models/lib/nn.yaml:90:7
%5637 = div %5619, %5636 : f32[16] @ models/lib/nn.yaml:90:7
%5638 = cast %5627 : f32[] @ models/lib/nn.yaml:90:7
%5639 = broadcast %5638 : f32[16] @ models/lib/nn.yaml:90:7
%5640 = mul %5637, %5639 : f32[16] @ models/lib/nn.yaml:90:7
%5641 = sub %50, %5640 : f32[16] @ models/lib/nn.yaml:90:7
%5642 = assign %50, %5641 : f32[16] @ models/lib/nn.yaml:90:7
%5643 = assign %5613, %5619 : f32[16] @ models/lib/nn.yaml:90:7
%5644 = assign %5614, %5623 : f32[16] @ models/lib/nn.yaml:90:7
%5645 = assign %5615, %5616 : i64[] @ models/lib/nn.yaml:90:7
%5646 = mul %134, %3941 : f32[16] @ models/lib/nn.yaml:90:7
%5647 = mul %5641, %3943 : f32[16] @ models/lib/nn.yaml:90:7
%5648 = add %5646, %5647 : f32[16] @ models/lib/nn.yaml:90:7
%5649 = assign %134, %5648 : f32[16] @ models/lib/nn.yaml:90:7
%5650 = all_reduce_sum %3157 : f32[16,16] @ models/lib/nn.yaml:79:7
%5651 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5652 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5653 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5654 = add %5653, %3800 : i64[] @ models/lib/nn.yaml:79:7
%5655 = mul %51, %4120 : f32[16,16] @ models/lib/nn.yaml:79:7
%5656 = mul %5650, %4122 : f32[16,16] @ models/lib/nn.yaml:79:7
%5657 = mul %5651, %4124 : f32[16,16] @ models/lib/nn.yaml:79:7
%5658 = add %5657, %5656 : f32[16,16] @ models/lib/nn.yaml:79:7
%5659 = mul %5650, %5650 : f32[16,16] @ models/lib/nn.yaml:79:7
%5660 = mul %5659, %4128 : f32[16,16] @ models/lib/nn.yaml:79:7
%5661 = mul %5652, %4130 : f32[16,16] @ models/lib/nn.yaml:79:7
%5662 = add %5661, %5660 : f32[16,16] @ models/lib/nn.yaml:79:7
%5663 = cast %5654 : f64[] @ models/lib/nn.yaml:79:7
%5664 = pow %3810, %5663 : f64[] @ models/lib/nn.yaml:79:7
%5665 = sub %3803, %5664 : f64[] @ models/lib/nn.yaml:79:7
%5666 = div %2384, %5665 : f64[] @ models/lib/nn.yaml:79:7
%5667 = pow %3818, %5663 : f64[] @ models/lib/nn.yaml:79:7
%5668 = sub %3803, %5667 : f64[] @ models/lib/nn.yaml:79:7
%5669 = sqrt %5668 : f64[] @ models/lib/nn.yaml:79:7
%5670 = div %3803, %5669 : f64[] @ models/lib/nn.yaml:79:7
%5671 = sqrt %5662 : f32[16,16] @ models/lib/nn.yaml:79:7
%5672 = cast %5670 : f32[] @ models/lib/nn.yaml:79:7
%5673 = broadcast %5672 : f32[16,16] @ models/lib/nn.yaml:79:7
%5674 = mul %5671, %5673 : f32[16,16] @ models/lib/nn.yaml:79:7
%5675 = add %5674, %4145 : f32[16,16] @ models/lib/nn.yaml:79:7
%5676 = div %5658, %5675 : f32[16,16] @ models/lib/nn.yaml:79:7
%5677 = cast %5666 : f32[] @ models/lib/nn.yaml:79:7
%5678 = broadcast %5677 : f32[16,16] @ models/lib/nn.yaml:79:7
%5679 = mul %5676, %5678 : f32[16,16] @ models/lib/nn.yaml:79:7
%5680 = sub %5655, %5679 : f32[16,16] @ models/lib/nn.yaml:79:7
%5681 = assign %51, %5680 : f32[16,16] @ models/lib/nn.yaml:79:7
%5682 = assign %5651, %5658 : f32[16,16] @ models/lib/nn.yaml:79:7
%5683 = assign %5652, %5662 : f32[16,16] @ models/lib/nn.yaml:79:7
%5684 = assign %5653, %5654 : i64[] @ models/lib/nn.yaml:79:7
%5685 = mul %135, %4156 : f32[16,16] @ models/lib/nn.yaml:79:7
%5686 = mul %5680, %4158 : f32[16,16] @ models/lib/nn.yaml:79:7
%5687 = add %5685, %5686 : f32[16,16] @ models/lib/nn.yaml:79:7
%5688 = assign %135, %5687 : f32[16,16] @ models/lib/nn.yaml:79:7
%5689 = all_reduce_sum %3153 : f32[16] @ models/lib/nn.yaml:80:7
%5690 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5691 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5692 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5693 = add %5692, %3800 : i64[] @ models/lib/nn.yaml:80:7
%5694 = mul %5689, %3907 : f32[16] @ models/lib/nn.yaml:80:7
%5695 = mul %5690, %3909 : f32[16] @ models/lib/nn.yaml:80:7
%5696 = add %5695, %5694 : f32[16] @ models/lib/nn.yaml:80:7
%5697 = mul %5689, %5689 : f32[16] @ models/lib/nn.yaml:80:7
%5698 = mul %5697, %3913 : f32[16] @ models/lib/nn.yaml:80:7
%5699 = mul %5691, %3915 : f32[16] @ models/lib/nn.yaml:80:7
%5700 = add %5699, %5698 : f32[16] @ models/lib/nn.yaml:80:7
%5701 = cast %5693 : f64[] @ models/lib/nn.yaml:80:7
%5702 = pow %3810, %5701 : f64[] @ models/lib/nn.yaml:80:7
%5703 = sub %3803, %5702 : f64[] @ models/lib/nn.yaml:80:7
%5704 = div %2384, %5703 : f64[] @ models/lib/nn.yaml:80:7
%5705 = pow %3818, %5701 : f64[] @ models/lib/nn.yaml:80:7
%5706 = sub %3803, %5705 : f64[] @ models/lib/nn.yaml:80:7
%5707 = sqrt %5706 : f64[] @ models/lib/nn.yaml:80:7
%5708 = div %3803, %5707 : f64[] @ models/lib/nn.yaml:80:7
%5709 = sqrt %5700 : f32[16] @ models/lib/nn.yaml:80:7
%5710 = cast %5708 : f32[] @ models/lib/nn.yaml:80:7
%5711 = broadcast %5710 : f32[16] @ models/lib/nn.yaml:80:7
%5712 = mul %5709, %5711 : f32[16] @ models/lib/nn.yaml:80:7
%5713 = add %5712, %3930 : f32[16] @ models/lib/nn.yaml:80:7
%5714 = div %5696, %5713 : f32[16] @ models/lib/nn.yaml:80:7
%5715 = cast %5704 : f32[] @ models/lib/nn.yaml:80:7
%5716 = broadcast %5715 : f32[16] @ models/lib/nn.yaml:80:7
%5717 = mul %5714, %5716 : f32[16] @ models/lib/nn.yaml:80:7
%5718 = sub %52, %5717 : f32[16] @ models/lib/nn.yaml:80:7
%5719 = assign %52, %5718 : f32[16] @ models/lib/nn.yaml:80:7
%5720 = assign %5690, %5696 : f32[16] @ models/lib/nn.yaml:80:7
%5721 = assign %5691, %5700 : f32[16] @ models/lib/nn.yaml:80:7
%5722 = assign %5692, %5693 : i64[] @ models/lib/nn.yaml:80:7
%5723 = mul %136, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%5724 = mul %5718, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%5725 = add %5723, %5724 : f32[16] @ models/lib/nn.yaml:80:7
%5726 = assign %136, %5725 : f32[16] @ models/lib/nn.yaml:80:7
%5727 = all_reduce_sum %3149 : f32[16,16] @ models/lib/nn.yaml:79:7
%5728 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5729 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5730 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5731 = add %5730, %3800 : i64[] @ models/lib/nn.yaml:79:7
%5732 = mul %53, %4120 : f32[16,16] @ models/lib/nn.yaml:79:7
%5733 = mul %5727, %4122 : f32[16,16] @ models/lib/nn.yaml:79:7
%5734 = mul %5728, %4124 : f32[16,16] @ models/lib/nn.yaml:79:7
%5735 = add %5734, %5733 : f32[16,16] @ models/lib/nn.yaml:79:7
%5736 = mul %5727, %5727 : f32[16,16] @ models/lib/nn.yaml:79:7
%5737 = mul %5736, %4128 : f32[16,16] @ models/lib/nn.yaml:79:7
%5738 = mul %5729, %4130 : f32[16,16] @ models/lib/nn.yaml:79:7
%5739 = add %5738, %5737 : f32[16,16] @ models/lib/nn.yaml:79:7
%5740 = cast %5731 : f64[] @ models/lib/nn.yaml:79:7
%5741 = pow %3810, %5740 : f64[] @ models/lib/nn.yaml:79:7
%5742 = sub %3803, %5741 : f64[] @ models/lib/nn.yaml:79:7
%5743 = div %2384, %5742 : f64[] @ models/lib/nn.yaml:79:7
%5744 = pow %3818, %5740 : f64[] @ models/lib/nn.yaml:79:7
%5745 = sub %3803, %5744 : f64[] @ models/lib/nn.yaml:79:7
%5746 = sqrt %5745 : f64[] @ models/lib/nn.yaml:79:7
%5747 = div %3803, %5746 : f64[] @ models/lib/nn.yaml:79:7
%5748 = sqrt %5739 : f32[16,16] @ models/lib/nn.yaml:79:7
%5749 = cast %5747 : f32[] @ models/lib/nn.yaml:79:7
%5750 = broadcast %5749 : f32[16,16] @ models/lib/nn.yaml:79:7
%5751 = mul %5748, %5750 : f32[16,16] @ models/lib/nn.yaml:79:7
%5752 = add %5751, %4145 : f32[16,16] @ models/lib/nn.yaml:79:7
%5753 = div %5735, %5752 : f32[16,16] @ models/lib/nn.yaml:79:7
%5754 = cast %5743 : f32[] @ models/lib/nn.yaml:79:7
%5755 = broadcast %5754 : f32[16,16] @ models/lib/nn.yaml:79:7
%5756 = mul %5753, %5755 : f32[16,16] @ models/lib/nn.yaml:79:7
%5757 = sub %5732, %5756 : f32[16,16] @ models/lib/nn.yaml:79:7
%5758 = assign %53, %5757 : f32[16,16] @ models/lib/nn.yaml:79:7
%5759 = assign %5728, %5735 : f32[16,16] @ models/lib/nn.yaml:79:7
%5760 = assign %5729, %5739 : f32[16,16] @ models/lib/nn.yaml:79:7
%5761 = assign %5730, %5731 : i64[] @ models/lib/nn.yaml:79:7
%5762 = mul %137, %4156 : f32[16,16] @ models/lib/nn.yaml:79:7
%5763 = mul %5757, %4158 : f32[16,16] @ models/lib/nn.yaml:79:7
%5764 = add %5762, %5763 : f32[16,16] @ models/lib/nn.yaml:79:7
%5765 = assign %137, %5764 : f32[16,16] @ models/lib/nn.yaml:79:7
%5766 = all_reduce_sum %3146 : f32[16] @ models/lib/nn.yaml:80:7
%5767 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5768 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5769 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5770 = add %5769, %3800 : i64[] @ models/lib/nn.yaml:80:7
%5771 = mul %5766, %3907 : f32[16] @ models/lib/nn.yaml:80:7
%5772 = mul %5767, %3909 : f32[16] @ models/lib/nn.yaml:80:7
%5773 = add %5772, %5771 : f32[16] @ models/lib/nn.yaml:80:7
%5774 = mul %5766, %5766 : f32[16] @ models/lib/nn.yaml:80:7
%5775 = mul %5774, %3913 : f32[16] @ models/lib/nn.yaml:80:7
%5776 = mul %5768, %3915 : f32[16] @ models/lib/nn.yaml:80:7
%5777 = add %5776, %5775 : f32[16] @ models/lib/nn.yaml:80:7
%5778 = cast %5770 : f64[] @ models/lib/nn.yaml:80:7
%5779 = pow %3810, %5778 : f64[] @ models/lib/nn.yaml:80:7
%5780 = sub %3803, %5779 : f64[] @ models/lib/nn.yaml:80:7
%5781 = div %2384, %5780 : f64[] @ models/lib/nn.yaml:80:7
%5782 = pow %3818, %5778 : f64[] @ models/lib/nn.yaml:80:7
%5783 = sub %3803, %5782 : f64[] @ models/lib/nn.yaml:80:7
%5784 = sqrt %5783 : f64[] @ models/lib/nn.yaml:80:7
%5785 = div %3803, %5784 : f64[] @ models/lib/nn.yaml:80:7
%5786 = sqrt %5777 : f32[16] @ models/lib/nn.yaml:80:7
%5787 = cast %5785 : f32[] @ models/lib/nn.yaml:80:7
%5788 = broadcast %5787 : f32[16] @ models/lib/nn.yaml:80:7
%5789 = mul %5786, %5788 : f32[16] @ models/lib/nn.yaml:80:7
%5790 = add %5789, %3930 : f32[16] @ models/lib/nn.yaml:80:7
%5791 = div %5773, %5790 : f32[16] @ models/lib/nn.yaml:80:7
%5792 = cast %5781 : f32[] @ models/lib/nn.yaml:80:7
%5793 = broadcast %5792 : f32[16] @ models/lib/nn.yaml:80:7
%5794 = mul %5791, %5793 : f32[16] @ models/lib/nn.yaml:80:7
%5795 = sub %54, %5794 : f32[16] @ models/lib/nn.yaml:80:7
%5796 = assign %54, %5795 : f32[16] @ models/lib/nn.yaml:80:7
%5797 = assign %5767, %5773 : f32[16] @ models/lib/nn.yaml:80:7
%5798 = assign %5768, %5777 : f32[16] @ models/lib/nn.yaml:80:7
%5799 = assign %5769, %5770 : i64[] @ models/lib/nn.yaml:80:7
%5800 = mul %138, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%5801 = mul %5795, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%5802 = add %5800, %5801 : f32[16] @ models/lib/nn.yaml:80:7
%5803 = assign %138, %5802 : f32[16] @ models/lib/nn.yaml:80:7
%5804 = all_reduce_sum %3141 : f32[16,16] @ models/lib/nn.yaml:79:7
%5805 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5806 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5807 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5808 = add %5807, %3800 : i64[] @ models/lib/nn.yaml:79:7
%5809 = mul %55, %4120 : f32[16,16] @ models/lib/nn.yaml:79:7
%5810 = mul %5804, %4122 : f32[16,16] @ models/lib/nn.yaml:79:7
%5811 = mul %5805, %4124 : f32[16,16] @ models/lib/nn.yaml:79:7
%5812 = add %5811, %5810 : f32[16,16] @ models/lib/nn.yaml:79:7
%5813 = mul %5804, %5804 : f32[16,16] @ models/lib/nn.yaml:79:7
%5814 = mul %5813, %4128 : f32[16,16] @ models/lib/nn.yaml:79:7
%5815 = mul %5806, %4130 : f32[16,16] @ models/lib/nn.yaml:79:7
%5816 = add %5815, %5814 : f32[16,16] @ models/lib/nn.yaml:79:7
%5817 = cast %5808 : f64[] @ models/lib/nn.yaml:79:7
%5818 = pow %3810, %5817 : f64[] @ models/lib/nn.yaml:79:7
%5819 = sub %3803, %5818 : f64[] @ models/lib/nn.yaml:79:7
%5820 = div %2384, %5819 : f64[] @ models/lib/nn.yaml:79:7
%5821 = pow %3818, %5817 : f64[] @ models/lib/nn.yaml:79:7
%5822 = sub %3803, %5821 : f64[] @ models/lib/nn.yaml:79:7
%5823 = sqrt %5822 : f64[] @ models/lib/nn.yaml:79:7
%5824 = div %3803, %5823 : f64[] @ models/lib/nn.yaml:79:7
%5825 = sqrt %5816 : f32[16,16] @ models/lib/nn.yaml:79:7
%5826 = cast %5824 : f32[] @ models/lib/nn.yaml:79:7
%5827 = broadcast %5826 : f32[16,16] @ models/lib/nn.yaml:79:7
%5828 = mul %5825, %5827 : f32[16,16] @ models/lib/nn.yaml:79:7
%5829 = add %5828, %4145 : f32[16,16] @ models/lib/nn.yaml:79:7
%5830 = div %5812, %5829 : f32[16,16] @ models/lib/nn.yaml:79:7
%5831 = cast %5820 : f32[] @ models/lib/nn.yaml:79:7
%5832 = broadcast %5831 : f32[16,16] @ models/lib/nn.yaml:79:7
%5833 = mul %5830, %5832 : f32[16,16] @ models/lib/nn.yaml:79:7
%5834 = sub %5809, %5833 : f32[16,16] @ models/lib/nn.yaml:79:7
%5835 = assign %55, %5834 : f32[16,16] @ models/lib/nn.yaml:79:7
%5836 = assign %5805, %5812 : f32[16,16] @ models/lib/nn.yaml:79:7
%5837 = assign %5806, %5816 : f32[16,16] @ models/lib/nn.yaml:79:7
%5838 = assign %5807, %5808 : i64[] @ models/lib/nn.yaml:79:7
%5839 = mul %139, %4156 : f32[16,16] @ models/lib/nn.yaml:79:7
%5840 = mul %5834, %4158 : f32[16,16] @ models/lib/nn.yaml:79:7
%5841 = add %5839, %5840 : f32[16,16] @ models/lib/nn.yaml:79:7
%5842 = assign %139, %5841 : f32[16,16] @ models/lib/nn.yaml:79:7
%5843 = all_reduce_sum %3138 : f32[16] @ models/lib/nn.yaml:80:7
%5844 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5845 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5846 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5847 = add %5846, %3800 : i64[] @ models/lib/nn.yaml:80:7
%5848 = mul %5843, %3907 : f32[16] @ models/lib/nn.yaml:80:7
%5849 = mul %5844, %3909 : f32[16] @ models/lib/nn.yaml:80:7
%5850 = add %5849, %5848 : f32[16] @ models/lib/nn.yaml:80:7
%5851 = mul %5843, %5843 : f32[16] @ models/lib/nn.yaml:80:7
%5852 = mul %5851, %3913 : f32[16] @ models/lib/nn.yaml:80:7
%5853 = mul %5845, %3915 : f32[16] @ models/lib/nn.yaml:80:7
%5854 = add %5853, %5852 : f32[16] @ models/lib/nn.yaml:80:7
%5855 = cast %5847 : f64[] @ models/lib/nn.yaml:80:7
%5856 = pow %3810, %5855 : f64[] @ models/lib/nn.yaml:80:7
%5857 = sub %3803, %5856 : f64[] @ models/lib/nn.yaml:80:7
%5858 = div %2384, %5857 : f64[] @ models/lib/nn.yaml:80:7
%5859 = pow %3818, %5855 : f64[] @ models/lib/nn.yaml:80:7
%5860 = sub %3803, %5859 : f64[] @ models/lib/nn.yaml:80:7
%5861 = sqrt %5860 : f64[] @ models/lib/nn.yaml:80:7
%5862 = div %3803, %5861 : f64[] @ models/lib/nn.yaml:80:7
%5863 = sqrt %5854 : f32[16] @ models/lib/nn.yaml:80:7
%5864 = cast %5862 : f32[] @ models/lib/nn.yaml:80:7
%5865 = broadcast %5864 : f32[16] @ models/lib/nn.yaml:80:7
%5866 = mul %5863, %5865 : f32[16] @ models/lib/nn.yaml:80:7
%5867 = add %5866, %3930 : f32[16] @ models/lib/nn.yaml:80:7
%5868 = div %5850, %5867 : f32[16] @ models/lib/nn.yaml:80:7
%5869 = cast %5858 : f32[] @ models/lib/nn.yaml:80:7
%5870 = broadcast %5869 : f32[16] @ models/lib/nn.yaml:80:7
%5871 = mul %5868, %5870 : f32[16] @ models/lib/nn.yaml:80:7
%5872 = sub %56, %5871 : f32[16] @ models/lib/nn.yaml:80:7
%5873 = assign %56, %5872 : f32[16] @ models/lib/nn.yaml:80:7
%5874 = assign %5844, %5850 : f32[16] @ models/lib/nn.yaml:80:7
%5875 = assign %5845, %5854 : f32[16] @ models/lib/nn.yaml:80:7
%5876 = assign %5846, %5847 : i64[] @ models/lib/nn.yaml:80:7
%5877 = mul %140, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%5878 = mul %5872, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%5879 = add %5877, %5878 : f32[16] @ models/lib/nn.yaml:80:7
%5880 = assign %140, %5879 : f32[16] @ models/lib/nn.yaml:80:7
%5881 = all_reduce_sum %3016 : f32[16,16] @ models/lib/nn.yaml:79:7
%5882 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5883 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5884 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5885 = add %5884, %3800 : i64[] @ models/lib/nn.yaml:79:7
%5886 = mul %57, %4120 : f32[16,16] @ models/lib/nn.yaml:79:7
%5887 = mul %5881, %4122 : f32[16,16] @ models/lib/nn.yaml:79:7
%5888 = mul %5882, %4124 : f32[16,16] @ models/lib/nn.yaml:79:7
%5889 = add %5888, %5887 : f32[16,16] @ models/lib/nn.yaml:79:7
%5890 = mul %5881, %5881 : f32[16,16] @ models/lib/nn.yaml:79:7
%5891 = mul %5890, %4128 : f32[16,16] @ models/lib/nn.yaml:79:7
%5892 = mul %5883, %4130 : f32[16,16] @ models/lib/nn.yaml:79:7
%5893 = add %5892, %5891 : f32[16,16] @ models/lib/nn.yaml:79:7
%5894 = cast %5885 : f64[] @ models/lib/nn.yaml:79:7
%5895 = pow %3810, %5894 : f64[] @ models/lib/nn.yaml:79:7
%5896 = sub %3803, %5895 : f64[] @ models/lib/nn.yaml:79:7
%5897 = div %2384, %5896 : f64[] @ models/lib/nn.yaml:79:7
%5898 = pow %3818, %5894 : f64[] @ models/lib/nn.yaml:79:7
%5899 = sub %3803, %5898 : f64[] @ models/lib/nn.yaml:79:7
%5900 = sqrt %5899 : f64[] @ models/lib/nn.yaml:79:7
%5901 = div %3803, %5900 : f64[] @ models/lib/nn.yaml:79:7
%5902 = sqrt %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%5903 = cast %5901 : f32[] @ models/lib/nn.yaml:79:7
%5904 = broadcast %5903 : f32[16,16] @ models/lib/nn.yaml:79:7
%5905 = mul %5902, %5904 : f32[16,16] @ models/lib/nn.yaml:79:7
%5906 = add %5905, %4145 : f32[16,16] @ models/lib/nn.yaml:79:7
%5907 = div %5889, %5906 : f32[16,16] @ models/lib/nn.yaml:79:7
%5908 = cast %5897 : f32[] @ models/lib/nn.yaml:79:7
%5909 = broadcast %5908 : f32[16,16] @ models/lib/nn.yaml:79:7
%5910 = mul %5907, %5909 : f32[16,16] @ models/lib/nn.yaml:79:7
%5911 = sub %5886, %5910 : f32[16,16] @ models/lib/nn.yaml:79:7
%5912 = assign %57, %5911 : f32[16,16] @ models/lib/nn.yaml:79:7
%5913 = assign %5882, %5889 : f32[16,16] @ models/lib/nn.yaml:79:7
%5914 = assign %5883, %5893 : f32[16,16] @ models/lib/nn.yaml:79:7
%5915 = assign %5884, %5885 : i64[] @ models/lib/nn.yaml:79:7
%5916 = mul %141, %4156 : f32[16,16] @ models/lib/nn.yaml:79:7
%5917 = mul %5911, %4158 : f32[16,16] @ models/lib/nn.yaml:79:7
%5918 = add %5916, %5917 : f32[16,16] @ models/lib/nn.yaml:79:7
%5919 = assign %141, %5918 : f32[16,16] @ models/lib/nn.yaml:79:7
%5920 = all_reduce_sum %3012 : f32[16] @ models/lib/nn.yaml:80:7
%5921 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5922 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5923 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5924 = add %5923, %3800 : i64[] @ models/lib/nn.yaml:80:7
%5925 = mul %5920, %3907 : f32[16] @ models/lib/nn.yaml:80:7
%5926 = mul %5921, %3909 : f32[16] @ models/lib/nn.yaml:80:7
%5927 = add %5926, %5925 : f32[16] @ models/lib/nn.yaml:80:7
%5928 = mul %5920, %5920 : f32[16] @ models/lib/nn.yaml:80:7
%5929 = mul %5928, %3913 : f32[16] @ models/lib/nn.yaml:80:7
%5930 = mul %5922, %3915 : f32[16] @ models/lib/nn.yaml:80:7
%5931 = add %5930, %5929 : f32[16] @ models/lib/nn.yaml:80:7
%5932 = cast %5924 : f64[] @ models/lib/nn.yaml:80:7
%5933 = pow %3810, %5932 : f64[] @ models/lib/nn.yaml:80:7
%5934 = sub %3803, %5933 : f64[] @ models/lib/nn.yaml:80:7
%5935 = div %2384, %5934 : f64[] @ models/lib/nn.yaml:80:7
%5936 = pow %3818, %5932 : f64[] @ models/lib/nn.yaml:80:7
%5937 = sub %3803, %5936 : f64[] @ models/lib/nn.yaml:80:7
%5938 = sqrt %5937 : f64[] @ models/lib/nn.yaml:80:7
%5939 = div %3803, %5938 : f64[] @ models/lib/nn.yaml:80:7
%5940 = sqrt %5931 : f32[16] @ models/lib/nn.yaml:80:7
%5941 = cast %5939 : f32[] @ models/lib/nn.yaml:80:7
%5942 = broadcast %5941 : f32[16] @ models/lib/nn.yaml:80:7
%5943 = mul %5940, %5942 : f32[16] @ models/lib/nn.yaml:80:7
%5944 = add %5943, %3930 : f32[16] @ models/lib/nn.yaml:80:7
%5945 = div %5927, %5944 : f32[16] @ models/lib/nn.yaml:80:7
%5946 = cast %5935 : f32[] @ models/lib/nn.yaml:80:7
%5947 = broadcast %5946 : f32[16] @ models/lib/nn.yaml:80:7
%5948 = mul %5945, %5947 : f32[16] @ models/lib/nn.yaml:80:7
%5949 = sub %58, %5948 : f32[16] @ models/lib/nn.yaml:80:7
%5950 = assign %58, %5949 : f32[16] @ models/lib/nn.yaml:80:7
%5951 = assign %5921, %5927 : f32[16] @ models/lib/nn.yaml:80:7
%5952 = assign %5922, %5931 : f32[16] @ models/lib/nn.yaml:80:7
%5953 = assign %5923, %5924 : i64[] @ models/lib/nn.yaml:80:7
%5954 = mul %142, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%5955 = mul %5949, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%5956 = add %5954, %5955 : f32[16] @ models/lib/nn.yaml:80:7
%5957 = assign %142, %5956 : f32[16] @ models/lib/nn.yaml:80:7
%5958 = all_reduce_sum %2991 : f32[16] @ models/lib/nn.yaml:89:7
%5959 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5960 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5961 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5962 = add %5961, %3800 : i64[] @ models/lib/nn.yaml:89:7
%5963 = mul %5958, %3907 : f32[16] @ models/lib/nn.yaml:89:7
%5964 = mul %5959, %3909 : f32[16] @ models/lib/nn.yaml:89:7
%5965 = add %5964, %5963 : f32[16] @ models/lib/nn.yaml:89:7
%5966 = mul %5958, %5958 : f32[16] @ models/lib/nn.yaml:89:7
%5967 = mul %5966, %3913 : f32[16] @ models/lib/nn.yaml:89:7
%5968 = mul %5960, %3915 : f32[16] @ models/lib/nn.yaml:89:7
%5969 = add %5968, %5967 : f32[16] @ models/lib/nn.yaml:89:7
%5970 = cast %5962 : f64[] @ models/lib/nn.yaml:89:7
%5971 = pow %3810, %5970 : f64[] @ models/lib/nn.yaml:89:7
%5972 = sub %3803, %5971 : f64[] @ models/lib/nn.yaml:89:7
%5973 = div %2384, %5972 : f64[] @ models/lib/nn.yaml:89:7
%5974 = pow %3818, %5970 : f64[] @ models/lib/nn.yaml:89:7
%5975 = sub %3803, %5974 : f64[] @ models/lib/nn.yaml:89:7
%5976 = sqrt %5975 : f64[] @ models/lib/nn.yaml:89:7
%5977 = div %3803, %5976 : f64[] @ models/lib/nn.yaml:89:7
%5978 = sqrt %5969 : f32[16] @ models/lib/nn.yaml:89:7
%5979 = cast %5977 : f32[] @ models/lib/nn.yaml:89:7
%5980 = broadcast %5979 : f32[16] @ models/lib/nn.yaml:89:7
%5981 = mul %5978, %5980 : f32[16] @ models/lib/nn.yaml:89:7
%5982 = add %5981, %3930 : f32[16] @ models/lib/nn.yaml:89:7
%5983 = div %5965, %5982 : f32[16] @ models/lib/nn.yaml:89:7
%5984 = cast %5973 : f32[] @ models/lib/nn.yaml:89:7
%5985 = broadcast %5984 : f32[16] @ models/lib/nn.yaml:89:7
%5986 = mul %5983, %5985 : f32[16] @ models/lib/nn.yaml:89:7
%5987 = sub %59, %5986 : f32[16] @ models/lib/nn.yaml:89:7
%5988 = assign %59, %5987 : f32[16] @ models/lib/nn.yaml:89:7
%5989 = assign %5959, %5965 : f32[16] @ models/lib/nn.yaml:89:7
%5990 = assign %5960, %5969 : f32[16] @ models/lib/nn.yaml:89:7
%5991 = assign %5961, %5962 : i64[] @ models/lib/nn.yaml:89:7
%5992 = mul %143, %3941 : f32[16] @ models/lib/nn.yaml:89:7
%5993 = mul %5987, %3943 : f32[16] @ models/lib/nn.yaml:89:7
%5994 = add %5992, %5993 : f32[16] @ models/lib/nn.yaml:89:7
%5995 = assign %143, %5994 : f32[16] @ models/lib/nn.yaml:89:7
%5996 = all_reduce_sum %2987 : f32[16] @ models/lib/nn.yaml:90:7
%5997 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5998 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5999 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6000 = add %5999, %3800 : i64[] @ models/lib/nn.yaml:90:7
%6001 = mul %5996, %3907 : f32[16] @ models/lib/nn.yaml:90:7
%6002 = mul %5997, %3909 : f32[16] @ models/lib/nn.yaml:90:7
%6003 = add %6002, %6001 : f32[16] @ models/lib/nn.yaml:90:7
%6004 = mul %5996, %5996 : f32[16] @ models/lib/nn.yaml:90:7
%6005 = mul %6004, %3913 : f32[16] @ models/lib/nn.yaml:90:7
%6006 = mul %5998, %3915 : f32[16] @ models/lib/nn.yaml:90:7
%6007 = add %6006, %6005 : f32[16] @ models/lib/nn.yaml:90:7
%6008 = cast %6000 : f64[] @ models/lib/nn.yaml:90:7
%6009 = pow %3810, %6008 : f64[] @ models/lib/nn.yaml:90:7
%6010 = sub %3803, %6009 : f64[] @ models/lib/nn.yaml:90:7
%6011 = div %2384, %6010 : f64[] @ models/lib/nn.yaml:90:7
%6012 = pow %3818, %6008 : f64[] @ models/lib/nn.yaml:90:7
%6013 = sub %3803, %6012 : f64[] @ models/lib/nn.yaml:90:7
%6014 = sqrt %6013 : f64[] @ models/lib/nn.yaml:90:7
%6015 = div %3803, %6014 : f64[] @ models/lib/nn.yaml:90:7
%6016 = sqrt %6007 : f32[16] @ models/lib/nn.yaml:90:7
%6017 = cast %6015 : f32[] @ models/lib/nn.yaml:90:7
%6018 = broadcast %6017 : f32[16] @ models/lib/nn.yaml:90:7
%6019 = mul %6016, %6018 : f32[16] @ models/lib/nn.yaml:90:7
%6020 = add %6019, %3930 : f32[16] @ models/lib/nn.yaml:90:7
%6021 = div %6003, %6020 : f32[16] @ models/lib/nn.yaml:90:7
%6022 = cast %6011 : f32[] @ models/lib/nn.yaml:90:7
%6023 = broadcast %6022 : f32[16] @ models/lib/nn.yaml:90:7
%6024 = mul %6021, %6023 : f32[16] @ models/lib/nn.yaml:90:7
%6025 = sub %60, %6024 : f32[16] @ models/lib/nn.yaml:90:7
%6026 = assign %60, %6025 : f32[16] @ models/lib/nn.yaml:90:7
%6027 = assign %5997, %6003 : f32[16] @ models/lib/nn.yaml:90:7
%6028 = assign %5998, %6007 : f32[16] @ models/lib/nn.yaml:90:7
%6029 = assign %5999, %6000 : i64[] @ models/lib/nn.yaml:90:7
%6030 = mul %144, %3941 : f32[16] @ models/lib/nn.yaml:90:7
%6031 = mul %6025, %3943 : f32[16] @ models/lib/nn.yaml:90:7
%6032 = add %6030, %6031 : f32[16] @ models/lib/nn.yaml:90:7
%6033 = assign %144, %6032 : f32[16] @ models/lib/nn.yaml:90:7
%6034 = all_reduce_sum %2985 : f32[64,16] @ models/lib/nn.yaml:79:7
%6035 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6036 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6037 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6038 = add %6037, %3800 : i64[] @ models/lib/nn.yaml:79:7
%6039 = mul %61, %4281 : f32[64,16] @ models/lib/nn.yaml:79:7
%6040 = mul %6034, %4283 : f32[64,16] @ models/lib/nn.yaml:79:7
%6041 = mul %6035, %4285 : f32[64,16] @ models/lib/nn.yaml:79:7
%6042 = add %6041, %6040 : f32[64,16] @ models/lib/nn.yaml:79:7
%6043 = mul %6034, %6034 : f32[64,16] @ models/lib/nn.yaml:79:7
%6044 = mul %6043, %4289 : f32[64,16] @ models/lib/nn.yaml:79:7
%6045 = mul %6036, %4291 : f32[64,16] @ models/lib/nn.yaml:79:7
%6046 = add %6045, %6044 : f32[64,16] @ models/lib/nn.yaml:79:7
%6047 = cast %6038 : f64[] @ models/lib/nn.yaml:79:7
%6048 = pow %3810, %6047 : f64[] @ models/lib/nn.yaml:79:7
%6049 = sub %3803, %6048 : f64[] @ models/lib/nn.yaml:79:7
%6050 = div %2384, %6049 : f64[] @ models/lib/nn.yaml:79:7
%6051 = pow %3818, %6047 : f64[] @ models/lib/nn.yaml:79:7
%6052 = sub %3803, %6051 : f64[] @ models/lib/nn.yaml:79:7
%6053 = sqrt %6052 : f64[] @ models/lib/nn.yaml:79:7
%6054 = div %3803, %6053 : f64[] @ models/lib/nn.yaml:79:7
%6055 = sqrt %6046 : f32[64,16] @ models/lib/nn.yaml:79:7
%6056 = cast %6054 : f32[] @ models/lib/nn.yaml:79:7
%6057 = broadcast %6056 : f32[64,16] @ models/lib/nn.yaml:79:7
%6058 = mul %6055, %6057 : f32[64,16] @ models/lib/nn.yaml:79:7
%6059 = add %6058, %4306 : f32[64,16] @ models/lib/nn.yaml:79:7
%6060 = div %6042, %6059 : f32[64,16] @ models/lib/nn.yaml:79:7
%6061 = cast %6050 : f32[] @ models/lib/nn.yaml:79:7
%6062 = broadcast %6061 : f32[64,16] @ models/lib/nn.yaml:79:7
%6063 = mul %6060, %6062 : f32[64,16] @ models/lib/nn.yaml:79:7
%6064 = sub %6039, %6063 : f32[64,16] @ models/lib/nn.yaml:79:7
%6065 = assign %61, %6064 : f32[64,16] @ models/lib/nn.yaml:79:7
%6066 = assign %6035, %6042 : f32[64,16] @ models/lib/nn.yaml:79:7
%6067 = assign %6036, %6046 : f32[64,16] @ models/lib/nn.yaml:79:7
%6068 = assign %6037, %6038 : i64[] @ models/lib/nn.yaml:79:7
%6069 = mul %145, %4317 : f32[64,16] @ models/lib/nn.yaml:79:7
%6070 = mul %6064, %4319 : f32[64,16] @ models/lib/nn.yaml:79:7
%6071 = add %6069, %6070 : f32[64,16] @ models/lib/nn.yaml:79:7
%6072 = assign %145, %6071 : f32[64,16] @ models/lib/nn.yaml:79:7
%6073 = all_reduce_sum %2981 : f32[64] @ models/lib/nn.yaml:80:7
%6074 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6075 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6076 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6077 = add %6076, %3800 : i64[] @ models/lib/nn.yaml:80:7
%6078 = mul %6073, %4328 : f32[64] @ models/lib/nn.yaml:80:7
%6079 = mul %6074, %4330 : f32[64] @ models/lib/nn.yaml:80:7
%6080 = add %6079, %6078 : f32[64] @ models/lib/nn.yaml:80:7
%6081 = mul %6073, %6073 : f32[64] @ models/lib/nn.yaml:80:7
%6082 = mul %6081, %4334 : f32[64] @ models/lib/nn.yaml:80:7
%6083 = mul %6075, %4336 : f32[64] @ models/lib/nn.yaml:80:7
%6084 = add %6083, %6082 : f32[64] @ models/lib/nn.yaml:80:7
%6085 = cast %6077 : f64[] @ models/lib/nn.yaml:80:7
%6086 = pow %3810, %6085 : f64[] @ models/lib/nn.yaml:80:7
%6087 = sub %3803, %6086 : f64[] @ models/lib/nn.yaml:80:7
%6088 = div %2384, %6087 : f64[] @ models/lib/nn.yaml:80:7
%6089 = pow %3818, %6085 : f64[] @ models/lib/nn.yaml:80:7
%6090 = sub %3803, %6089 : f64[] @ models/lib/nn.yaml:80:7
%6091 = sqrt %6090 : f64[] @ models/lib/nn.yaml:80:7
%6092 = div %3803, %6091 : f64[] @ models/lib/nn.yaml:80:7
%6093 = sqrt %6084 : f32[64] @ models/lib/nn.yaml:80:7
%6094 = cast %6092 : f32[] @ models/lib/nn.yaml:80:7
%6095 = broadcast %6094 : f32[64] @ models/lib/nn.yaml:80:7
%6096 = mul %6093, %6095 : f32[64] @ models/lib/nn.yaml:80:7
%6097 = add %6096, %4351 : f32[64] @ models/lib/nn.yaml:80:7
%6098 = div %6080, %6097 : f32[64] @ models/lib/nn.yaml:80:7
%6099 = cast %6088 : f32[] @ models/lib/nn.yaml:80:7
%6100 = broadcast %6099 : f32[64] @ models/lib/nn.yaml:80:7
%6101 = mul %6098, %6100 : f32[64] @ models/lib/nn.yaml:80:7
%6102 = sub %62, %6101 : f32[64] @ models/lib/nn.yaml:80:7
%6103 = assign %62, %6102 : f32[64] @ models/lib/nn.yaml:80:7
%6104 = assign %6074, %6080 : f32[64] @ models/lib/nn.yaml:80:7
%6105 = assign %6075, %6084 : f32[64] @ models/lib/nn.yaml:80:7
%6106 = assign %6076, %6077 : i64[] @ models/lib/nn.yaml:80:7
%6107 = mul %146, %4362 : f32[64] @ models/lib/nn.yaml:80:7
%6108 = mul %6102, %4364 : f32[64] @ models/lib/nn.yaml:80:7
%6109 = add %6107, %6108 : f32[64] @ models/lib/nn.yaml:80:7
%6110 = assign %146, %6109 : f32[64] @ models/lib/nn.yaml:80:7
%6111 = all_reduce_sum %2962 : f32[16,64] @ models/lib/nn.yaml:79:7
%6112 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6113 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6114 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6115 = add %6114, %3800 : i64[] @ models/lib/nn.yaml:79:7
%6116 = mul %63, %4373 : f32[16,64] @ models/lib/nn.yaml:79:7
%6117 = mul %6111, %4375 : f32[16,64] @ models/lib/nn.yaml:79:7
%6118 = mul %6112, %4377 : f32[16,64] @ models/lib/nn.yaml:79:7
%6119 = add %6118, %6117 : f32[16,64] @ models/lib/nn.yaml:79:7
%6120 = mul %6111, %6111 : f32[16,64] @ models/lib/nn.yaml:79:7
%6121 = mul %6120, %4381 : f32[16,64] @ models/lib/nn.yaml:79:7
%6122 = mul %6113, %4383 : f32[16,64] @ models/lib/nn.yaml:79:7
%6123 = add %6122, %6121 : f32[16,64] @ models/lib/nn.yaml:79:7
%6124 = cast %6115 : f64[] @ models/lib/nn.yaml:79:7
%6125 = pow %3810, %6124 : f64[] @ models/lib/nn.yaml:79:7
%6126 = sub %3803, %6125 : f64[] @ models/lib/nn.yaml:79:7
%6127 = div %2384, %6126 : f64[] @ models/lib/nn.yaml:79:7
%6128 = pow %3818, %6124 : f64[] @ models/lib/nn.yaml:79:7
%6129 = sub %3803, %6128 : f64[] @ models/lib/nn.yaml:79:7
%6130 = sqrt %6129 : f64[] @ models/lib/nn.yaml:79:7
%6131 = div %3803, %6130 : f64[] @ models/lib/nn.yaml:79:7
%6132 = sqrt %6123 : f32[16,64] @ models/lib/nn.yaml:79:7
%6133 = cast %6131 : f32[] @ models/lib/nn.yaml:79:7
%6134 = broadcast %6133 : f32[16,64] @ models/lib/nn.yaml:79:7
%6135 = mul %6132, %6134 : f32[16,64] @ models/lib/nn.yaml:79:7
%6136 = add %6135, %4398 : f32[16,64] @ models/lib/nn.yaml:79:7
%6137 = div %6119, %6136 : f32[16,64] @ models/lib/nn.yaml:79:7
%6138 = cast %6127 : f32[] @ models/lib/nn.yaml:79:7
%6139 = broadcast %6138 : f32[16,64] @ models/lib/nn.yaml:79:7
%6140 = mul %6137, %6139 : f32[16,64] @ models/lib/nn.yaml:79:7
%6141 = sub %6116, %6140 : f32[16,64] @ models/lib/nn.yaml:79:7
%6142 = assign %63, %6141 : f32[16,64] @ models/lib/nn.yaml:79:7
%6143 = assign %6112, %6119 : f32[16,64] @ models/lib/nn.yaml:79:7
%6144 = assign %6113, %6123 : f32[16,64] @ models/lib/nn.yaml:79:7
%6145 = assign %6114, %6115 : i64[] @ models/lib/nn.yaml:79:7
%6146 = mul %147, %4409 : f32[16,64] @ models/lib/nn.yaml:79:7
%6147 = mul %6141, %4411 : f32[16,64] @ models/lib/nn.yaml:79:7
%6148 = add %6146, %6147 : f32[16,64] @ models/lib/nn.yaml:79:7
%6149 = assign %147, %6148 : f32[16,64] @ models/lib/nn.yaml:79:7
%6150 = all_reduce_sum %2958 : f32[16] @ models/lib/nn.yaml:80:7
%6151 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6152 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6153 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6154 = add %6153, %3800 : i64[] @ models/lib/nn.yaml:80:7
%6155 = mul %6150, %3907 : f32[16] @ models/lib/nn.yaml:80:7
%6156 = mul %6151, %3909 : f32[16] @ models/lib/nn.yaml:80:7
%6157 = add %6156, %6155 : f32[16] @ models/lib/nn.yaml:80:7
%6158 = mul %6150, %6150 : f32[16] @ models/lib/nn.yaml:80:7
%6159 = mul %6158, %3913 : f32[16] @ models/lib/nn.yaml:80:7
%6160 = mul %6152, %3915 : f32[16] @ models/lib/nn.yaml:80:7
%6161 = add %6160, %6159 : f32[16] @ models/lib/nn.yaml:80:7
%6162 = cast %6154 : f64[] @ models/lib/nn.yaml:80:7
%6163 = pow %3810, %6162 : f64[] @ models/lib/nn.yaml:80:7
%6164 = sub %3803, %6163 : f64[] @ models/lib/nn.yaml:80:7
%6165 = div %2384, %6164 : f64[] @ models/lib/nn.yaml:80:7
%6166 = pow %3818, %6162 : f64[] @ models/lib/nn.yaml:80:7
%6167 = sub %3803, %6166 : f64[] @ models/lib/nn.yaml:80:7
%6168 = sqrt %6167 : f64[] @ models/lib/nn.yaml:80:7
%6169 = div %3803, %6168 : f64[] @ models/lib/nn.yaml:80:7
%6170 = sqrt %6161 : f32[16] @ models/lib/nn.yaml:80:7
%6171 = cast %6169 : f32[] @ models/lib/nn.yaml:80:7
%6172 = broadcast %6171 : f32[16] @ models/lib/nn.yaml:80:7
%6173 = mul %6170, %6172 : f32[16] @ models/lib/nn.yaml:80:7
%6174 = add %6173, %3930 : f32[16] @ models/lib/nn.yaml:80:7
%6175 = div %6157, %6174 : f32[16] @ models/lib/nn.yaml:80:7
%6176 = cast %6165 : f32[] @ models/lib/nn.yaml:80:7
%6177 = broadcast %6176 : f32[16] @ models/lib/nn.yaml:80:7
%6178 = mul %6175, %6177 : f32[16] @ models/lib/nn.yaml:80:7
%6179 = sub %64, %6178 : f32[16] @ models/lib/nn.yaml:80:7
%6180 = assign %64, %6179 : f32[16] @ models/lib/nn.yaml:80:7
%6181 = assign %6151, %6157 : f32[16] @ models/lib/nn.yaml:80:7
%6182 = assign %6152, %6161 : f32[16] @ models/lib/nn.yaml:80:7
%6183 = assign %6153, %6154 : i64[] @ models/lib/nn.yaml:80:7
%6184 = mul %148, %3941 : f32[16] @ models/lib/nn.yaml:80:7
%6185 = mul %6179, %3943 : f32[16] @ models/lib/nn.yaml:80:7
%6186 = add %6184, %6185 : f32[16] @ models/lib/nn.yaml:80:7
%6187 = assign %148, %6186 : f32[16] @ models/lib/nn.yaml:80:7
%6188 = all_reduce_sum %2934 : f32[16] @ models/lib/nn.yaml:89:7
%6189 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6190 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6191 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6192 = add %6191, %3800 : i64[] @ models/lib/nn.yaml:89:7
%6193 = mul %6188, %3907 : f32[16] @ models/lib/nn.yaml:89:7
%6194 = mul %6189, %3909 : f32[16] @ models/lib/nn.yaml:89:7
%6195 = add %6194, %6193 : f32[16] @ models/lib/nn.yaml:89:7
%6196 = mul %6188, %6188 : f32[16] @ models/lib/nn.yaml:89:7
%6197 = mul %6196, %3913 : f32[16] @ models/lib/nn.yaml:89:7
%6198 = mul %6190, %3915 : f32[16] @ models/lib/nn.yaml:89:7
%6199 = add %6198, %6197 : f32[16] @ models/lib/nn.yaml:89:7
%6200 = cast %6192 : f64[] @ models/lib/nn.yaml:89:7
%6201 = pow %3810, %6200 : f64[] @ models/lib/nn.yaml:89:7
%6202 = sub %3803, %6201 : f64[] @ models/lib/nn.yaml:89:7
%6203 = div %2384, %6202 : f64[] @ models/lib/nn.yaml:89:7
%6204 = pow %3818, %6200 : f64[] @ models/lib/nn.yaml:89:7
%6205 = sub %3803, %6204 : f64[] @ models/lib/nn.yaml:89:7
%6206 = sqrt %6205 : f64[] @ models/lib/nn.yaml:89:7
%6207 = div %3803, %6206 : f64[] @ models/lib/nn.yaml:89:7
%6208 = sqrt %6199 : f32[16] @ models/lib/nn.yaml:89:7
%6209 = cast %6207 : f32[] @ models/lib/nn.yaml:89:7
%6210 = broadcast %6209 : f32[16] @ models/lib/nn.yaml:89:7
%6211 = mul %6208, %6210 : f32[16] @ models/lib/nn.yaml:89:7
%6212 = add %6211, %3930 : f32[16] @ models/lib/nn.yaml:89:7
%6213 = div %6195, %6212 : f32[16] @ models/lib/nn.yaml:89:7
%6214 = cast %6203 : f32[] @ models/lib/nn.yaml:89:7
%6215 = broadcast %6214 : f32[16] @ models/lib/nn.yaml:89:7
%6216 = mul %6213, %6215 : f32[16] @ models/lib/nn.yaml:89:7
%6217 = sub %65, %6216 : f32[16] @ models/lib/nn.yaml:89:7
%6218 = assign %65, %6217 : f32[16] @ models/lib/nn.yaml:89:7
%6219 = assign %6189, %6195 : f32[16] @ models/lib/nn.yaml:89:7
%6220 = assign %6190, %6199 : f32[16] @ models/lib/nn.yaml:89:7
%6221 = assign %6191, %6192 : i64[] @ models/lib/nn.yaml:89:7
%6222 = mul %149, %3941 : f32[16] @ models/lib/nn.yaml:89:7
%6223 = mul %6217, %3943 : f32[16] @ models/lib/nn.yaml:89:7
%6224 = add %6222, %6223 : f32[16] @ models/lib/nn.yaml:89:7
%6225 = assign %149, %6224 : f32[16] @ models/lib/nn.yaml:89:7
%6226 = all_reduce_sum %2929 : f32[16] @ models/lib/nn.yaml:90:7
%6227 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6228 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6229 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6230 = add %6229, %3800 : i64[] @ models/lib/nn.yaml:90:7
%6231 = mul %6226, %3907 : f32[16] @ models/lib/nn.yaml:90:7
%6232 = mul %6227, %3909 : f32[16] @ models/lib/nn.yaml:90:7
%6233 = add %6232, %6231 : f32[16] @ models/lib/nn.yaml:90:7
%6234 = mul %6226, %6226 : f32[16] @ models/lib/nn.yaml:90:7
%6235 = mul %6234, %3913 : f32[16] @ models/lib/nn.yaml:90:7
%6236 = mul %6228, %3915 : f32[16] @ models/lib/nn.yaml:90:7
%6237 = add %6236, %6235 : f32[16] @ models/lib/nn.yaml:90:7
%6238 = cast %6230 : f64[] @ models/lib/nn.yaml:90:7
%6239 = pow %3810, %6238 : f64[] @ models/lib/nn.yaml:90:7
%6240 = sub %3803, %6239 : f64[] @ models/lib/nn.yaml:90:7
%6241 = div %2384, %6240 : f64[] @ models/lib/nn.yaml:90:7
%6242 = pow %3818, %6238 : f64[] @ models/lib/nn.yaml:90:7
%6243 = sub %3803, %6242 : f64[] @ models/lib/nn.yaml:90:7
%6244 = sqrt %6243 : f64[] @ models/lib/nn.yaml:90:7
%6245 = div %3803, %6244 : f64[] @ models/lib/nn.yaml:90:7
%6246 = sqrt %6237 : f32[16] @ models/lib/nn.yaml:90:7
%6247 = cast %6245 : f32[] @ models/lib/nn.yaml:90:7
%6248 = broadcast %6247 : f32[16] @ models/lib/nn.yaml:90:7
%6249 = mul %6246, %6248 : f32[16] @ models/lib/nn.yaml:90:7
%6250 = add %6249, %3930 : f32[16] @ models/lib/nn.yaml:90:7
%6251 = div %6233, %6250 : f32[16] @ models/lib/nn.yaml:90:7
%6252 = cast %6241 : f32[] @ models/lib/nn.yaml:90:7
%6253 = broadcast %6252 : f32[16] @ models/lib/nn.yaml:90:7
%6254 = mul %6251, %6253 : f32[16] @ models/lib/nn.yaml:90:7
%6255 = sub %66, %6254 : f32[16] @ models/lib/nn.yaml:90:7
%6256 = assign %66, %6255 : f32[16] @ models/lib/nn.yaml:90:7
%6257 = assign %6227, %6233 : f32[16] @ models/lib/nn.yaml:90:7
%6258 = assign %6228, %6237 : f32[16] @ models/lib/nn.yaml:90:7
%6259 = assign %6229, %6230 : i64[] @ models/lib/nn.yaml:90:7
%6260 = mul %150, %3941 : f32[16] @ models/lib/nn.yaml:90:7
%6261 = mul %6255, %3943 : f32[16] @ models/lib/nn.yaml:90:7
%6262 = add %6260, %6261 : f32[16] @ models/lib/nn.yaml:90:7
%6263 = assign %150, %6262 : f32[16] @ models/lib/nn.yaml:90:7
%6264 = all_reduce_sum %2922 : f32[24,16] @ models/lib/nn.yaml:79:7
%6265 = state name="adam_m.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%6266 = state name="adam_v.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%6267 = state name="adam_t.projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6268 = add %6267, %3800 : i64[] @ models/lib/nn.yaml:79:7
%6269 = broadcast %3805 : f32[24,16] @ models/lib/nn.yaml:79:7
%6270 = mul %67, %6269 : f32[24,16] @ models/lib/nn.yaml:79:7
%6271 = broadcast %2387 : f32[24,16] @ models/lib/nn.yaml:79:7
%6272 = mul %6264, %6271 : f32[24,16] @ models/lib/nn.yaml:79:7
%6273 = broadcast %1565 : f32[24,16] @ models/lib/nn.yaml:79:7
%6274 = mul %6265, %6273 : f32[24,16] @ models/lib/nn.yaml:79:7
%6275 = add %6274, %6272 : f32[24,16] @ models/lib/nn.yaml:79:7
%6276 = mul %6264, %6264 : f32[24,16] @ models/lib/nn.yaml:79:7
%6277 = broadcast %3815 : f32[24,16] @ models/lib/nn.yaml:79:7
%6278 = mul %6276, %6277 : f32[24,16] @ models/lib/nn.yaml:79:7
%6279 = broadcast %3819 : f32[24,16] @ models/lib/nn.yaml:79:7
%6280 = mul %6266, %6279 : f32[24,16] @ models/lib/nn.yaml:79:7
%6281 = add %6280, %6278 : f32[24,16] @ models/lib/nn.yaml:79:7
%6282 = cast %6268 : f64[] @ models/lib/nn.yaml:79:7
%6283 = pow %3810, %6282 : f64[] @ models/lib/nn.yaml:79:7
%6284 = sub %3803, %6283 : f64[] @ models/lib/nn.yaml:79:7
%6285 = div %2384, %6284 : f64[] @ models/lib/nn.yaml:79:7
%6286 = pow %3818, %6282 : f64[] @ models/lib/nn.yaml:79:7
%6287 = sub %3803, %6286 : f64[] @ models/lib/nn.yaml:79:7
%6288 = sqrt %6287 : f64[] @ models/lib/nn.yaml:79:7
%6289 = div %3803, %6288 : f64[] @ models/lib/nn.yaml:79:7
%6290 = sqrt %6281 : f32[24,16] @ models/lib/nn.yaml:79:7
%6291 = cast %6289 : f32[] @ models/lib/nn.yaml:79:7
%6292 = broadcast %6291 : f32[24,16] @ models/lib/nn.yaml:79:7
%6293 = mul %6290, %6292 : f32[24,16] @ models/lib/nn.yaml:79:7
%6294 = broadcast %3835 : f32[24,16] @ models/lib/nn.yaml:79:7
%6295 = add %6293, %6294 : f32[24,16] @ models/lib/nn.yaml:79:7
%6296 = div %6275, %6295 : f32[24,16] @ models/lib/nn.yaml:79:7
%6297 = cast %6285 : f32[] @ models/lib/nn.yaml:79:7
%6298 = broadcast %6297 : f32[24,16] @ models/lib/nn.yaml:79:7
%6299 = mul %6296, %6298 : f32[24,16] @ models/lib/nn.yaml:79:7
%6300 = sub %6270, %6299 : f32[24,16] @ models/lib/nn.yaml:79:7
%6301 = assign %67, %6300 : f32[24,16] @ models/lib/nn.yaml:79:7
%6302 = assign %6265, %6275 : f32[24,16] @ models/lib/nn.yaml:79:7
%6303 = assign %6266, %6281 : f32[24,16] @ models/lib/nn.yaml:79:7
%6304 = assign %6267, %6268 : i64[] @ models/lib/nn.yaml:79:7
%6305 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%6306 = mul %151, %6305 : f32[24,16] @ models/lib/nn.yaml:79:7
%6307 = broadcast %3850 : f32[24,16] @ models/lib/nn.yaml:79:7
%6308 = mul %6300, %6307 : f32[24,16] @ models/lib/nn.yaml:79:7
%6309 = add %6306, %6308 : f32[24,16] @ models/lib/nn.yaml:79:7
%6310 = assign %151, %6309 : f32[24,16] @ models/lib/nn.yaml:79:7
%6311 = all_reduce_sum %2899 : f32[24] @ models/moco_pass.yaml:75:7
%6312 = state name="adam_m.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6313 = state name="adam_v.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6314 = state name="adam_t.projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6315 = add %6314, %3800 : i64[] @ models/moco_pass.yaml:75:7
%6316 = broadcast %3805 : f32[24] @ models/moco_pass.yaml:75:7
%6317 = mul %68, %6316 : f32[24] @ models/moco_pass.yaml:75:7
%6318 = broadcast %2387 : f32[24] @ models/moco_pass.yaml:75:7
%6319 = mul %6311, %6318 : f32[24] @ models/moco_pass.yaml:75:7
%6320 = broadcast %1565 : f32[24] @ models/moco_pass.yaml:75:7
%6321 = mul %6312, %6320 : f32[24] @ models/moco_pass.yaml:75:7
%6322 = add %6321, %6319 : f32[24] @ models/moco_pass.yaml:75:7
%6323 = mul %6311, %6311 : f32[24] @ models/moco_pass.yaml:75:7
%6324 = broadcast %3815 : f32[24] @ models/moco_pass.yaml:75:7
%6325 = mul %6323, %6324 : f32[24] @ models/moco_pass.yaml:75:7
%6326 = broadcast %3819 : f32[24] @ models/moco_pass.yaml:75:7
%6327 = mul %6313, %6326 : f32[24] @ models/moco_pass.yaml:75:7
%6328 = add %6327, %6325 : f32[24] @ models/moco_pass.yaml:75:7
%6329 = cast %6315 : f64[] @ models/moco_pass.yaml:75:7
%6330 = pow %3810, %6329 : f64[] @ models/moco_pass.yaml:75:7
%6331 = sub %3803, %6330 : f64[] @ models/moco_pass.yaml:75:7
%6332 = div %2384, %6331 : f64[] @ models/moco_pass.yaml:75:7
%6333 = pow %3818, %6329 : f64[] @ models/moco_pass.yaml:75:7
%6334 = sub %3803, %6333 : f64[] @ models/moco_pass.yaml:75:7
%6335 = sqrt %6334 : f64[] @ models/moco_pass.yaml:75:7
%6336 = div %3803, %6335 : f64[] @ models/moco_pass.yaml:75:7
%6337 = sqrt %6328 : f32[24] @ models/moco_pass.yaml:75:7
%6338 = cast %6336 : f32[] @ models/moco_pass.yaml:75:7
%6339 = broadcast %6338 : f32[24] @ models/moco_pass.yaml:75:7
%6340 = mul %6337, %6339 : f32[24] @ models/moco_pass.yaml:75:7
%6341 = broadcast %3835 : f32[24] @ models/moco_pass.yaml:75:7
%6342 = add %6340, %6341 : f32[24] @ models/moco_pass.yaml:75:7
%6343 = div %6322, %6342 : f32[24] @ models/moco_pass.yaml:75:7
%6344 = cast %6332 : f32[] @ models/moco_pass.yaml:75:7
%6345 = broadcast %6344 : f32[24] @ models/moco_pass.yaml:75:7
%6346 = mul %6343, %6345 : f32[24] @ models/moco_pass.yaml:75:7
%6347 = sub %6317, %6346 : f32[24] @ models/moco_pass.yaml:75:7
%6348 = assign %68, %6347 : f32[24] @ models/moco_pass.yaml:75:7
%6349 = assign %6312, %6322 : f32[24] @ models/moco_pass.yaml:75:7
%6350 = assign %6313, %6328 : f32[24] @ models/moco_pass.yaml:75:7
%6351 = assign %6314, %6315 : i64[] @ models/moco_pass.yaml:75:7
%6352 = broadcast %3 : f32[24] @ models/moco_pass.yaml:75:7
%6353 = mul %152, %6352 : f32[24] @ models/moco_pass.yaml:75:7
%6354 = broadcast %3850 : f32[24] @ models/moco_pass.yaml:75:7
%6355 = mul %6347, %6354 : f32[24] @ models/moco_pass.yaml:75:7
%6356 = add %6353, %6355 : f32[24] @ models/moco_pass.yaml:75:7
%6357 = assign %152, %6356 : f32[24] @ models/moco_pass.yaml:75:7
%6358 = all_reduce_sum %2895 : f32[24] @ models/moco_pass.yaml:76:7
%6359 = state name="adam_m.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6360 = state name="adam_v.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6361 = state name="adam_t.projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6362 = add %6361, %3800 : i64[] @ models/moco_pass.yaml:76:7
%6363 = mul %69, %6316 : f32[24] @ models/moco_pass.yaml:76:7
%6364 = mul %6358, %6318 : f32[24] @ models/moco_pass.yaml:76:7
%6365 = mul %6359, %6320 : f32[24] @ models/moco_pass.yaml:76:7
%6366 = add %6365, %6364 : f32[24] @ models/moco_pass.yaml:76:7
%6367 = mul %6358, %6358 : f32[24] @ models/moco_pass.yaml:76:7
%6368 = mul %6367, %6324 : f32[24] @ models/moco_pass.yaml:76:7
%6369 = mul %6360, %6326 : f32[24] @ models/moco_pass.yaml:76:7
%6370 = add %6369, %6368 : f32[24] @ models/moco_pass.yaml:76:7
%6371 = cast %6362 : f64[] @ models/moco_pass.yaml:76:7
%6372 = pow %3810, %6371 : f64[] @ models/moco_pass.yaml:76:7
%6373 = sub %3803, %6372 : f64[] @ models/moco_pass.yaml:76:7
%6374 = div %2384, %6373 : f64[] @ models/moco_pass.yaml:76:7
%6375 = pow %3818, %6371 : f64[] @ models/moco_pass.yaml:76:7
%6376 = sub %3803, %6375 : f64[] @ models/moco_pass.yaml:76:7
%6377 = sqrt %6376 : f64[] @ models/moco_pass.yaml:76:7
%6378 = div %3803, %6377 : f64[] @ models/moco_pass.yaml:76:7
%6379 = sqrt %6370 : f32[24] @ models/moco_pass.yaml:76:7
%6380 = cast %6378 : f32[] @ models/moco_pass.yaml:76:7
%6381 = broadcast %6380 : f32[24] @ models/moco_pass.yaml:76:7
%6382 = mul %6379, %6381 : f32[24] @ models/moco_pass.yaml:76:7
%6383 = add %6382, %6341 : f32[24] @ models/moco_pass.yaml:76:7
%6384 = div %6366, %6383 : f32[24] @ models/moco_pass.yaml:76:7
%6385 = cast %6374 : f32[] @ models/moco_pass.yaml:76:7
%6386 = broadcast %6385 : f32[24] @ models/moco_pass.yaml:76:7
%6387 = mul %6384, %6386 : f32[24] @ models/moco_pass.yaml:76:7
%6388 = sub %6363, %6387 : f32[24] @ models/moco_pass.yaml:76:7
%6389 = assign %69, %6388 : f32[24] @ models/moco_pass.yaml:76:7
%6390 = assign %6359, %6366 : f32[24] @ models/moco_pass.yaml:76:7
%6391 = assign %6360, %6370 : f32[24] @ models/moco_pass.yaml:76:7
%6392 = assign %6361, %6362 : i64[] @ models/moco_pass.yaml:76:7
%6393 = mul %153, %6352 : f32[24] @ models/moco_pass.yaml:76:7
%6394 = mul %6388, %6354 : f32[24] @ models/moco_pass.yaml:76:7
%6395 = add %6393, %6394 : f32[24] @ models/moco_pass.yaml:76:7
%6396 = assign %153, %6395 : f32[24] @ models/moco_pass.yaml:76:7
%6397 = all_reduce_sum %2888 : f32[24,24] @ models/lib/nn.yaml:79:7
%6398 = state name="adam_m.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%6399 = state name="adam_v.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%6400 = state name="adam_t.projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6401 = add %6400, %3800 : i64[] @ models/lib/nn.yaml:79:7
%6402 = broadcast %3805 : f32[24,24] @ models/lib/nn.yaml:79:7
%6403 = mul %70, %6402 : f32[24,24] @ models/lib/nn.yaml:79:7
%6404 = broadcast %2387 : f32[24,24] @ models/lib/nn.yaml:79:7
%6405 = mul %6397, %6404 : f32[24,24] @ models/lib/nn.yaml:79:7
%6406 = broadcast %1565 : f32[24,24] @ models/lib/nn.yaml:79:7
%6407 = mul %6398, %6406 : f32[24,24] @ models/lib/nn.yaml:79:7
%6408 = add %6407, %6405 : f32[24,24] @ models/lib/nn.yaml:79:7
%6409 = mul %6397, %6397 : f32[24,24] @ models/lib/nn.yaml:79:7
%6410 = broadcast %3815 : f32[24,24] @ models/lib/nn.yaml:79:7
%6411 = mul %6409, %6410 : f32[24,24] @ models/lib/nn.yaml:79:7
%6412 = broadcast %3819 : f32[24,24] @ models/lib/nn.yaml:79:7
%6413 = mul %6399, %6412 : f32[24,24] @ models/lib/nn.yaml:79:7
%6414 = add %6413, %6411 : f32[24,24] @ models/lib/nn.yaml:79:7
%6415 = cast %6401 : f64[] @ models/lib/nn.yaml:79:7
%6416 = pow %3810, %6415 : f64[] @ models/lib/nn.yaml:79:7
%6417 = sub %3803, %6416 : f64[] @ models/lib/nn.yaml:79:7
%6418 = div %2384, %6417 : f64[] @ models/lib/nn.yaml:79:7
%6419 = pow %3818, %6415 : f64[] @ models/lib/nn.yaml:79:7
%6420 = sub %3803, %6419 : f64[] @ models/lib/nn.yaml:79:7
%6421 = sqrt %6420 : f64[] @ models/lib/nn.yaml:79:7
%6422 = div %3803, %6421 : f64[] @ models/lib/nn.yaml:79:7
%6423 = sqrt %6414 : f32[24,24] @ models/lib/nn.yaml:79:7
%6424 = cast %6422 : f32[] @ models/lib/nn.yaml:79:7
%6425 = broadcast %6424 : f32[24,24] @ models/lib/nn.yaml:79:7
%6426 = mul %6423, %6425 : f32[24,24] @ models/lib/nn.yaml:79:7
%6427 = broadcast %3835 : f32[24,24] @ models/lib/nn.yaml:79:7
%6428 = add %6426, %6427 : f32[24,24] @ models/lib/nn.yaml:79:7
%6429 = div %6408, %6428 : f32[24,24] @ models/lib/nn.yaml:79:7
%6430 = cast %6418 : f32[] @ models/lib/nn.yaml:79:7
%6431 = broadcast %6430 : f32[24,24] @ models/lib/nn.yaml:79:7
%6432 = mul %6429, %6431 : f32[24,24] @ models/lib/nn.yaml:79:7
%6433 = sub %6403, %6432 : f32[24,24] @ models/lib/nn.yaml:79:7
%6434 = assign %70, %6433 : f32[24,24] @ models/lib/nn.yaml:79:7
%6435 = assign %6398, %6408 : f32[24,24] @ models/lib/nn.yaml:79:7
%6436 = assign %6399, %6414 : f32[24,24] @ models/lib/nn.yaml:79:7
%6437 = assign %6400, %6401 : i64[] @ models/lib/nn.yaml:79:7
%6438 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%6439 = mul %154, %6438 : f32[24,24] @ models/lib/nn.yaml:79:7
%6440 = broadcast %3850 : f32[24,24] @ models/lib/nn.yaml:79:7
%6441 = mul %6433, %6440 : f32[24,24] @ models/lib/nn.yaml:79:7
%6442 = add %6439, %6441 : f32[24,24] @ models/lib/nn.yaml:79:7
%6443 = assign %154, %6442 : f32[24,24] @ models/lib/nn.yaml:79:7
%6444 = all_reduce_sum %2865 : f32[24] @ models/moco_pass.yaml:75:7
%6445 = state name="adam_m.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6446 = state name="adam_v.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6447 = state name="adam_t.projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6448 = add %6447, %3800 : i64[] @ models/moco_pass.yaml:75:7
%6449 = mul %71, %6316 : f32[24] @ models/moco_pass.yaml:75:7
%6450 = mul %6444, %6318 : f32[24] @ models/moco_pass.yaml:75:7
%6451 = mul %6445, %6320 : f32[24] @ models/moco_pass.yaml:75:7
%6452 = add %6451, %6450 : f32[24] @ models/moco_pass.yaml:75:7
%6453 = mul %6444, %6444 : f32[24] @ models/moco_pass.yaml:75:7
%6454 = mul %6453, %6324 : f32[24] @ models/moco_pass.yaml:75:7
%6455 = mul %6446, %6326 : f32[24] @ models/moco_pass.yaml:75:7
%6456 = add %6455, %6454 : f32[24] @ models/moco_pass.yaml:75:7
%6457 = cast %6448 : f64[] @ models/moco_pass.yaml:75:7
%6458 = pow %3810, %6457 : f64[] @ models/moco_pass.yaml:75:7
%6459 = sub %3803, %6458 : f64[] @ models/moco_pass.yaml:75:7
%6460 = div %2384, %6459 : f64[] @ models/moco_pass.yaml:75:7
%6461 = pow %3818, %6457 : f64[] @ models/moco_pass.yaml:75:7
%6462 = sub %3803, %6461 : f64[] @ models/moco_pass.yaml:75:7
%6463 = sqrt %6462 : f64[] @ models/moco_pass.yaml:75:7
%6464 = div %3803, %6463 : f64[] @ models/moco_pass.yaml:75:7
%6465 = sqrt %6456 : f32[24] @ models/moco_pass.yaml:75:7
%6466 = cast %6464 : f32[] @ models/moco_pass.yaml:75:7
%6467 = broadcast %6466 : f32[24] @ models/moco_pass.yaml:75:7
%6468 = mul %6465, %6467 : f32[24] @ models/moco_pass.yaml:75:7
%6469 = add %6468, %6341 : f32[24] @ models/moco_pass.yaml:75:7
%6470 = div %6452, %6469 : f32[24] @ models/moco_pass.yaml:75:7
%6471 = cast %6460 : f32[] @ models/moco_pass.yaml:75:7
%6472 = broadcast %6471 : f32[24] @ models/moco_pass.yaml:75:7
%6473 = mul %6470, %6472 : f32[24] @ models/moco_pass.yaml:75:7
%6474 = sub %6449, %6473 : f32[24] @ models/moco_pass.yaml:75:7
%6475 = assign %71, %6474 : f32[24] @ models/moco_pass.yaml:75:7
%6476 = assign %6445, %6452 : f32[24] @ models/moco_pass.yaml:75:7
%6477 = assign %6446, %6456 : f32[24] @ models/moco_pass.yaml:75:7
%6478 = assign %6447, %6448 : i64[] @ models/moco_pass.yaml:75:7
%6479 = mul %155, %6352 : f32[24] @ models/moco_pass.yaml:75:7
%6480 = mul %6474, %6354 : f32[24] @ models/moco_pass.yaml:75:7
%6481 = add %6479, %6480 : f32[24] @ models/moco_pass.yaml:75:7
%6482 = assign %155, %6481 : f32[24] @ models/moco_pass.yaml:75:7
%6483 = all_reduce_sum %2861 : f32[24] @ models/moco_pass.yaml:76:7
%6484 = state name="adam_m.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6485 = state name="adam_v.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6486 = state name="adam_t.projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6487 = add %6486, %3800 : i64[] @ models/moco_pass.yaml:76:7
%6488 = mul %72, %6316 : f32[24] @ models/moco_pass.yaml:76:7
%6489 = mul %6483, %6318 : f32[24] @ models/moco_pass.yaml:76:7
%6490 = mul %6484, %6320 : f32[24] @ models/moco_pass.yaml:76:7
%6491 = add %6490, %6489 : f32[24] @ models/moco_pass.yaml:76:7
%6492 = mul %6483, %6483 : f32[24] @ models/moco_pass.yaml:76:7
%6493 = mul %6492, %6324 : f32[24] @ models/moco_pass.yaml:76:7
%6494 = mul %6485, %6326 : f32[24] @ models/moco_pass.yaml:76:7
%6495 = add %6494, %6493 : f32[24] @ models/moco_pass.yaml:76:7
%6496 = cast %6487 : f64[] @ models/moco_pass.yaml:76:7
%6497 = pow %3810, %6496 : f64[] @ models/moco_pass.yaml:76:7
%6498 = sub %3803, %6497 : f64[] @ models/moco_pass.yaml:76:7
%6499 = div %2384, %6498 : f64[] @ models/moco_pass.yaml:76:7
%6500 = pow %3818, %6496 : f64[] @ models/moco_pass.yaml:76:7
%6501 = sub %3803, %6500 : f64[] @ models/moco_pass.yaml:76:7
%6502 = sqrt %6501 : f64[] @ models/moco_pass.yaml:76:7
%6503 = div %3803, %6502 : f64[] @ models/moco_pass.yaml:76:7
%6504 = sqrt %6495 : f32[24] @ models/moco_pass.yaml:76:7
%6505 = cast %6503 : f32[] @ models/moco_pass.yaml:76:7
%6506 = broadcast %6505 : f32[24] @ models/moco_pass.yaml:76:7
%6507 = mul %6504, %6506 : f32[24] @ models/moco_pass.yaml:76:7
%6508 = add %6507, %6341 : f32[24] @ models/moco_pass.yaml:76:7
%6509 = div %6491, %6508 : f32[24] @ models/moco_pass.yaml:76:7
%6510 = cast %6499 : f32[] @ models/moco_pass.yaml:76:7
%6511 = broadcast %6510 : f32[24] @ models/moco_pass.yaml:76:7
%6512 = mul %6509, %6511 : f32[24] @ models/moco_pass.yaml:76:7
%6513 = sub %6488, %6512 : f32[24] @ models/moco_pass.yaml:76:7
%6514 = assign %72, %6513 : f32[24] @ models/moco_pass.yaml:76:7
%6515 = assign %6484, %6491 : f32[24] @ models/moco_pass.yaml:76:7
%6516 = assign %6485, %6495 : f32[24] @ models/moco_pass.yaml:76:7
%6517 = assign %6486, %6487 : i64[] @ models/moco_pass.yaml:76:7
%6518 = mul %156, %6352 : f32[24] @ models/moco_pass.yaml:76:7
%6519 = mul %6513, %6354 : f32[24] @ models/moco_pass.yaml:76:7
%6520 = add %6518, %6519 : f32[24] @ models/moco_pass.yaml:76:7
%6521 = assign %156, %6520 : f32[24] @ models/moco_pass.yaml:76:7
%6522 = all_reduce_sum %2854 : f32[8,24] @ models/lib/nn.yaml:79:7
%6523 = state name="adam_m.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6524 = state name="adam_v.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6525 = state name="adam_t.projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6526 = add %6525, %3800 : i64[] @ models/lib/nn.yaml:79:7
%6527 = broadcast %3805 : f32[8,24] @ models/lib/nn.yaml:79:7
%6528 = mul %73, %6527 : f32[8,24] @ models/lib/nn.yaml:79:7
%6529 = broadcast %2387 : f32[8,24] @ models/lib/nn.yaml:79:7
%6530 = mul %6522, %6529 : f32[8,24] @ models/lib/nn.yaml:79:7
%6531 = broadcast %1565 : f32[8,24] @ models/lib/nn.yaml:79:7
%6532 = mul %6523, %6531 : f32[8,24] @ models/lib/nn.yaml:79:7
%6533 = add %6532, %6530 : f32[8,24] @ models/lib/nn.yaml:79:7
%6534 = mul %6522, %6522 : f32[8,24] @ models/lib/nn.yaml:79:7
%6535 = broadcast %3815 : f32[8,24] @ models/lib/nn.yaml:79:7
%6536 = mul %6534, %6535 : f32[8,24] @ models/lib/nn.yaml:79:7
%6537 = broadcast %3819 : f32[8,24] @ models/lib/nn.yaml:79:7
%6538 = mul %6524, %6537 : f32[8,24] @ models/lib/nn.yaml:79:7
%6539 = add %6538, %6536 : f32[8,24] @ models/lib/nn.yaml:79:7
%6540 = cast %6526 : f64[] @ models/lib/nn.yaml:79:7
%6541 = pow %3810, %6540 : f64[] @ models/lib/nn.yaml:79:7
%6542 = sub %3803, %6541 : f64[] @ models/lib/nn.yaml:79:7
%6543 = div %2384, %6542 : f64[] @ models/lib/nn.yaml:79:7
%6544 = pow %3818, %6540 : f64[] @ models/lib/nn.yaml:79:7
%6545 = sub %3803, %6544 : f64[] @ models/lib/nn.yaml:79:7
%6546 = sqrt %6545 : f64[] @ models/lib/nn.yaml:79:7
%6547 = div %3803, %6546 : f64[] @ models/lib/nn.yaml:79:7
%6548 = sqrt %6539 : f32[8,24] @ models/lib/nn.yaml:79:7
%6549 = cast %6547 : f32[] @ models/lib/nn.yaml:79:7
%6550 = broadcast %6549 : f32[8,24] @ models/lib/nn.yaml:79:7
%6551 = mul %6548, %6550 : f32[8,24] @ models/lib/nn.yaml:79:7
%6552 = broadcast %3835 : f32[8,24] @ models/lib/nn.yaml:79:7
%6553 = add %6551, %6552 : f32[8,24] @ models/lib/nn.yaml:79:7
%6554 = div %6533, %6553 : f32[8,24] @ models/lib/nn.yaml:79:7
%6555 = cast %6543 : f32[] @ models/lib/nn.yaml:79:7
%6556 = broadcast %6555 : f32[8,24] @ models/lib/nn.yaml:79:7
%6557 = mul %6554, %6556 : f32[8,24] @ models/lib/nn.yaml:79:7
%6558 = sub %6528, %6557 : f32[8,24] @ models/lib/nn.yaml:79:7
%6559 = assign %73, %6558 : f32[8,24] @ models/lib/nn.yaml:79:7
%6560 = assign %6523, %6533 : f32[8,24] @ models/lib/nn.yaml:79:7
%6561 = assign %6524, %6539 : f32[8,24] @ models/lib/nn.yaml:79:7
%6562 = assign %6525, %6526 : i64[] @ models/lib/nn.yaml:79:7
%6563 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%6564 = mul %157, %6563 : f32[8,24] @ models/lib/nn.yaml:79:7
%6565 = broadcast %3850 : f32[8,24] @ models/lib/nn.yaml:79:7
%6566 = mul %6558, %6565 : f32[8,24] @ models/lib/nn.yaml:79:7
%6567 = add %6564, %6566 : f32[8,24] @ models/lib/nn.yaml:79:7
%6568 = assign %157, %6567 : f32[8,24] @ models/lib/nn.yaml:79:7
%6569 = all_reduce_sum %2831 : f32[24,8] @ models/lib/nn.yaml:79:7
%6570 = state name="adam_m.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%6571 = state name="adam_v.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%6572 = state name="adam_t.predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6573 = add %6572, %3800 : i64[] @ models/lib/nn.yaml:79:7
%6574 = broadcast %3805 : f32[24,8] @ models/lib/nn.yaml:79:7
%6575 = mul %74, %6574 : f32[24,8] @ models/lib/nn.yaml:79:7
%6576 = broadcast %2387 : f32[24,8] @ models/lib/nn.yaml:79:7
%6577 = mul %6569, %6576 : f32[24,8] @ models/lib/nn.yaml:79:7
%6578 = broadcast %1565 : f32[24,8] @ models/lib/nn.yaml:79:7
%6579 = mul %6570, %6578 : f32[24,8] @ models/lib/nn.yaml:79:7
%6580 = add %6579, %6577 : f32[24,8] @ models/lib/nn.yaml:79:7
%6581 = mul %6569, %6569 : f32[24,8] @ models/lib/nn.yaml:79:7
%6582 = broadcast %3815 : f32[24,8] @ models/lib/nn.yaml:79:7
%6583 = mul %6581, %6582 : f32[24,8] @ models/lib/nn.yaml:79:7
%6584 = broadcast %3819 : f32[24,8] @ models/lib/nn.yaml:79:7
%6585 = mul %6571, %6584 : f32[24,8] @ models/lib/nn.yaml:79:7
%6586 = add %6585, %6583 : f32[24,8] @ models/lib/nn.yaml:79:7
%6587 = cast %6573 : f64[] @ models/lib/nn.yaml:79:7
%6588 = pow %3810, %6587 : f64[] @ models/lib/nn.yaml:79:7
%6589 = sub %3803, %6588 : f64[] @ models/lib/nn.yaml:79:7
%6590 = div %2384, %6589 : f64[] @ models/lib/nn.yaml:79:7
%6591 = pow %3818, %6587 : f64[] @ models/lib/nn.yaml:79:7
%6592 = sub %3803, %6591 : f64[] @ models/lib/nn.yaml:79:7
%6593 = sqrt %6592 : f64[] @ models/lib/nn.yaml:79:7
%6594 = div %3803, %6593 : f64[] @ models/lib/nn.yaml:79:7
%6595 = sqrt %6586 : f32[24,8] @ models/lib/nn.yaml:79:7
%6596 = cast %6594 : f32[] @ models/lib/nn.yaml:79:7
%6597 = broadcast %6596 : f32[24,8] @ models/lib/nn.yaml:79:7
%6598 = mul %6595, %6597 : f32[24,8] @ models/lib/nn.yaml:79:7
%6599 = broadcast %3835 : f32[24,8] @ models/lib/nn.yaml:79:7
%6600 = add %6598, %6599 : f32[24,8] @ models/lib/nn.yaml:79:7
%6601 = div %6580, %6600 : f32[24,8] @ models/lib/nn.yaml:79:7
%6602 = cast %6590 : f32[] @ models/lib/nn.yaml:79:7
%6603 = broadcast %6602 : f32[24,8] @ models/lib/nn.yaml:79:7
%6604 = mul %6601, %6603 : f32[24,8] @ models/lib/nn.yaml:79:7
%6605 = sub %6575, %6604 : f32[24,8] @ models/lib/nn.yaml:79:7
%6606 = assign %74, %6605 : f32[24,8] @ models/lib/nn.yaml:79:7
%6607 = assign %6570, %6580 : f32[24,8] @ models/lib/nn.yaml:79:7
%6608 = assign %6571, %6586 : f32[24,8] @ models/lib/nn.yaml:79:7
%6609 = assign %6572, %6573 : i64[] @ models/lib/nn.yaml:79:7
%6610 = broadcast %3 : f32[24,8] @ models/lib/nn.yaml:79:7
%6611 = mul %158, %6610 : f32[24,8] @ models/lib/nn.yaml:79:7
%6612 = broadcast %3850 : f32[24,8] @ models/lib/nn.yaml:79:7
%6613 = mul %6605, %6612 : f32[24,8] @ models/lib/nn.yaml:79:7
%6614 = add %6611, %6613 : f32[24,8] @ models/lib/nn.yaml:79:7
%6615 = assign %158, %6614 : f32[24,8] @ models/lib/nn.yaml:79:7
%6616 = all_reduce_sum %2807 : f32[24] @ models/moco_pass.yaml:75:7
%6617 = state name="adam_m.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6618 = state name="adam_v.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6619 = state name="adam_t.predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6620 = add %6619, %3800 : i64[] @ models/moco_pass.yaml:75:7
%6621 = mul %75, %6316 : f32[24] @ models/moco_pass.yaml:75:7
%6622 = mul %6616, %6318 : f32[24] @ models/moco_pass.yaml:75:7
%6623 = mul %6617, %6320 : f32[24] @ models/moco_pass.yaml:75:7
%6624 = add %6623, %6622 : f32[24] @ models/moco_pass.yaml:75:7
%6625 = mul %6616, %6616 : f32[24] @ models/moco_pass.yaml:75:7
%6626 = mul %6625, %6324 : f32[24] @ models/moco_pass.yaml:75:7
%6627 = mul %6618, %6326 : f32[24] @ models/moco_pass.yaml:75:7
%6628 = add %6627, %6626 : f32[24] @ models/moco_pass.yaml:75:7
%6629 = cast %6620 : f64[] @ models/moco_pass.yaml:75:7
%6630 = pow %3810, %6629 : f64[] @ models/moco_pass.yaml:75:7
%6631 = sub %3803, %6630 : f64[] @ models/moco_pass.yaml:75:7
%6632 = div %2384, %6631 : f64[] @ models/moco_pass.yaml:75:7
%6633 = pow %3818, %6629 : f64[] @ models/moco_pass.yaml:75:7
%6634 = sub %3803, %6633 : f64[] @ models/moco_pass.yaml:75:7
%6635 = sqrt %6634 : f64[] @ models/moco_pass.yaml:75:7
%6636 = div %3803, %6635 : f64[] @ models/moco_pass.yaml:75:7
%6637 = sqrt %6628 : f32[24] @ models/moco_pass.yaml:75:7
%6638 = cast %6636 : f32[] @ models/moco_pass.yaml:75:7
%6639 = broadcast %6638 : f32[24] @ models/moco_pass.yaml:75:7
%6640 = mul %6637, %6639 : f32[24] @ models/moco_pass.yaml:75:7
%6641 = add %6640, %6341 : f32[24] @ models/moco_pass.yaml:75:7
%6642 = div %6624, %6641 : f32[24] @ models/moco_pass.yaml:75:7
%6643 = cast %6632 : f32[] @ models/moco_pass.yaml:75:7
%6644 = broadcast %6643 : f32[24] @ models/moco_pass.yaml:75:7
%6645 = mul %6642, %6644 : f32[24] @ models/moco_pass.yaml:75:7
%6646 = sub %6621, %6645 : f32[24] @ models/moco_pass.yaml:75:7
%6647 = assign %75, %6646 : f32[24] @ models/moco_pass.yaml:75:7
%6648 = assign %6617, %6624 : f32[24] @ models/moco_pass.yaml:75:7
%6649 = assign %6618, %6628 : f32[24] @ models/moco_pass.yaml:75:7
%6650 = assign %6619, %6620 : i64[] @ models/moco_pass.yaml:75:7
%6651 = mul %159, %6352 : f32[24] @ models/moco_pass.yaml:75:7
%6652 = mul %6646, %6354 : f32[24] @ models/moco_pass.yaml:75:7
%6653 = add %6651, %6652 : f32[24] @ models/moco_pass.yaml:75:7
%6654 = assign %159, %6653 : f32[24] @ models/moco_pass.yaml:75:7
%6655 = all_reduce_sum %2803 : f32[24] @ models/moco_pass.yaml:76:7
%6656 = state name="adam_m.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6657 = state name="adam_v.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6658 = state name="adam_t.predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6659 = add %6658, %3800 : i64[] @ models/moco_pass.yaml:76:7
%6660 = mul %76, %6316 : f32[24] @ models/moco_pass.yaml:76:7
%6661 = mul %6655, %6318 : f32[24] @ models/moco_pass.yaml:76:7
%6662 = mul %6656, %6320 : f32[24] @ models/moco_pass.yaml:76:7
%6663 = add %6662, %6661 : f32[24] @ models/moco_pass.yaml:76:7
%6664 = mul %6655, %6655 : f32[24] @ models/moco_pass.yaml:76:7
%6665 = mul %6664, %6324 : f32[24] @ models/moco_pass.yaml:76:7
%6666 = mul %6657, %6326 : f32[24] @ models/moco_pass.yaml:76:7
%6667 = add %6666, %6665 : f32[24] @ models/moco_pass.yaml:76:7
%6668 = cast %6659 : f64[] @ models/moco_pass.yaml:76:7
%6669 = pow %3810, %6668 : f64[] @ models/moco_pass.yaml:76:7
%6670 = sub %3803, %6669 : f64[] @ models/moco_pass.yaml:76:7
%6671 = div %2384, %6670 : f64[] @ models/moco_pass.yaml:76:7
%6672 = pow %3818, %6668 : f64[] @ models/moco_pass.yaml:76:7
%6673 = sub %3803, %6672 : f64[] @ models/moco_pass.yaml:76:7
%6674 = sqrt %6673 : f64[] @ models/moco_pass.yaml:76:7
%6675 = div %3803, %6674 : f64[] @ models/moco_pass.yaml:76:7
%6676 = sqrt %6667 : f32[24] @ models/moco_pass.yaml:76:7
%6677 = cast %6675 : f32[] @ models/moco_pass.yaml:76:7
%6678 = broadcast %6677 : f32[24] @ models/moco_pass.yaml:76:7
%6679 = mul %6676, %6678 : f32[24] @ models/moco_pass.yaml:76:7
%6680 = add %6679, %6341 : f32[24] @ models/moco_pass.yaml:76:7
%6681 = div %6663, %6680 : f32[24] @ models/moco_pass.yaml:76:7
%6682 = cast %6671 : f32[] @ models/moco_pass.yaml:76:7
%6683 = broadcast %6682 : f32[24] @ models/moco_pass.yaml:76:7
%6684 = mul %6681, %6683 : f32[24] @ models/moco_pass.yaml:76:7
%6685 = sub %6660, %6684 : f32[24] @ models/moco_pass.yaml:76:7
%6686 = assign %76, %6685 : f32[24] @ models/moco_pass.yaml:76:7
%6687 = assign %6656, %6663 : f32[24] @ models/moco_pass.yaml:76:7
%6688 = assign %6657, %6667 : f32[24] @ models/moco_pass.yaml:76:7
%6689 = assign %6658, %6659 : i64[] @ models/moco_pass.yaml:76:7
%6690 = mul %160, %6352 : f32[24] @ models/moco_pass.yaml:76:7
%6691 = mul %6685, %6354 : f32[24] @ models/moco_pass.yaml:76:7
%6692 = add %6690, %6691 : f32[24] @ models/moco_pass.yaml:76:7
%6693 = assign %160, %6692 : f32[24] @ models/moco_pass.yaml:76:7
%6694 = all_reduce_sum %2795 : f32[8,24] @ models/lib/nn.yaml:79:7
%6695 = state name="adam_m.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6696 = state name="adam_v.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6697 = state name="adam_t.predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6698 = add %6697, %3800 : i64[] @ models/lib/nn.yaml:79:7
%6699 = mul %77, %6527 : f32[8,24] @ models/lib/nn.yaml:79:7
%6700 = mul %6694, %6529 : f32[8,24] @ models/lib/nn.yaml:79:7
%6701 = mul %6695, %6531 : f32[8,24] @ models/lib/nn.yaml:79:7
%6702 = add %6701, %6700 : f32[8,24] @ models/lib/nn.yaml:79:7
%6703 = mul %6694, %6694 : f32[8,24] @ models/lib/nn.yaml:79:7
%6704 = mul %6703, %6535 : f32[8,24] @ models/lib/nn.yaml:79:7
%6705 = mul %6696, %6537 : f32[8,24] @ models/lib/nn.yaml:79:7
%6706 = add %6705, %6704 : f32[8,24] @ models/lib/nn.yaml:79:7
%6707 = cast %6698 : f64[] @ models/lib/nn.yaml:79:7
%6708 = pow %3810, %6707 : f64[] @ models/lib/nn.yaml:79:7
%6709 = sub %3803, %6708 : f64[] @ models/lib/nn.yaml:79:7
%6710 = div %2384, %6709 : f64[] @ models/lib/nn.yaml:79:7
%6711 = pow %3818, %6707 : f64[] @ models/lib/nn.yaml:79:7
%6712 = sub %3803, %6711 : f64[] @ models/lib/nn.yaml:79:7
%6713 = sqrt %6712 : f64[] @ models/lib/nn.yaml:79:7
%6714 = div %3803, %6713 : f64[] @ models/lib/nn.yaml:79:7
%6715 = sqrt %6706 : f32[8,24] @ models/lib/nn.yaml:79:7
%6716 = cast %6714 : f32[] @ models/lib/nn.yaml:79:7
%6717 = broadcast %6716 : f32[8,24] @ models/lib/nn.yaml:79:7
%6718 = mul %6715, %6717 : f32[8,24] @ models/lib/nn.yaml:79:7
%6719 = add %6718, %6552 : f32[8,24] @ models/lib/nn.yaml:79:7
%6720 = div %6702, %6719 : f32[8,24] @ models/lib/nn.yaml:79:7
%6721 = cast %6710 : f32[] @ models/lib/nn.yaml:79:7
%6722 = broadcast %6721 : f32[8,24] @ models/lib/nn.yaml:79:7
%6723 = mul %6720, %6722 : f32[8,24] @ models/lib/nn.yaml:79:7
%6724 = sub %6699, %6723 : f32[8,24] @ models/lib/nn.yaml:79:7
%6725 = assign %77, %6724 : f32[8,24] @ models/lib/nn.yaml:79:7
%6726 = assign %6695, %6702 : f32[8,24] @ models/lib/nn.yaml:79:7
%6727 = assign %6696, %6706 : f32[8,24] @ models/lib/nn.yaml:79:7
%6728 = assign %6697, %6698 : i64[] @ models/lib/nn.yaml:79:7
%6729 = mul %161, %6563 : f32[8,24] @ models/lib/nn.yaml:79:7
%6730 = mul %6724, %6565 : f32[8,24] @ models/lib/nn.yaml:79:7
%6731 = add %6729, %6730 : f32[8,24] @ models/lib/nn.yaml:79:7
%6732 = assign %161, %6731 : f32[8,24] @ models/lib/nn.yaml:79:7
%6733 = all_reduce_sum %2770 : f32[12,16] @ models/lib/nn.yaml:79:7
%6734 = state name="adam_m.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%6735 = state name="adam_v.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%6736 = state name="adam_t.patch_projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6737 = add %6736, %3800 : i64[] @ models/lib/nn.yaml:79:7
%6738 = broadcast %3805 : f32[12,16] @ models/lib/nn.yaml:79:7
%6739 = mul %78, %6738 : f32[12,16] @ models/lib/nn.yaml:79:7
%6740 = broadcast %2387 : f32[12,16] @ models/lib/nn.yaml:79:7
%6741 = mul %6733, %6740 : f32[12,16] @ models/lib/nn.yaml:79:7
%6742 = broadcast %1565 : f32[12,16] @ models/lib/nn.yaml:79:7
%6743 = mul %6734, %6742 : f32[12,16] @ models/lib/nn.yaml:79:7
%6744 = add %6743, %6741 : f32[12,16] @ models/lib/nn.yaml:79:7
%6745 = mul %6733, %6733 : f32[12,16] @ models/lib/nn.yaml:79:7
%6746 = broadcast %3815 : f32[12,16] @ models/lib/nn.yaml:79:7
%6747 = mul %6745, %6746 : f32[12,16] @ models/lib/nn.yaml:79:7
%6748 = broadcast %3819 : f32[12,16] @ models/lib/nn.yaml:79:7
%6749 = mul %6735, %6748 : f32[12,16] @ models/lib/nn.yaml:79:7
%6750 = add %6749, %6747 : f32[12,16] @ models/lib/nn.yaml:79:7
%6751 = cast %6737 : f64[] @ models/lib/nn.yaml:79:7
%6752 = pow %3810, %6751 : f64[] @ models/lib/nn.yaml:79:7
%6753 = sub %3803, %6752 : f64[] @ models/lib/nn.yaml:79:7
%6754 = div %2384, %6753 : f64[] @ models/lib/nn.yaml:79:7
%6755 = pow %3818, %6751 : f64[] @ models/lib/nn.yaml:79:7
%6756 = sub %3803, %6755 : f64[] @ models/lib/nn.yaml:79:7
%6757 = sqrt %6756 : f64[] @ models/lib/nn.yaml:79:7
%6758 = div %3803, %6757 : f64[] @ models/lib/nn.yaml:79:7
%6759 = sqrt %6750 : f32[12,16] @ models/lib/nn.yaml:79:7
%6760 = cast %6758 : f32[] @ models/lib/nn.yaml:79:7
%6761 = broadcast %6760 : f32[12,16] @ models/lib/nn.yaml:79:7
%6762 = mul %6759, %6761 : f32[12,16] @ models/lib/nn.yaml:79:7
%6763 = broadcast %3835 : f32[12,16] @ models/lib/nn.yaml:79:7
%6764 = add %6762, %6763 : f32[12,16] @ models/lib/nn.yaml:79:7
%6765 = div %6744, %6764 : f32[12,16] @ models/lib/nn.yaml:79:7
%6766 = cast %6754 : f32[] @ models/lib/nn.yaml:79:7
%6767 = broadcast %6766 : f32[12,16] @ models/lib/nn.yaml:79:7
%6768 = mul %6765, %6767 : f32[12,16] @ models/lib/nn.yaml:79:7
%6769 = sub %6739, %6768 : f32[12,16] @ models/lib/nn.yaml:79:7
%6770 = assign %78, %6769 : f32[12,16] @ models/lib/nn.yaml:79:7
%6771 = assign %6734, %6744 : f32[12,16] @ models/lib/nn.yaml:79:7
%6772 = assign %6735, %6750 : f32[12,16] @ models/lib/nn.yaml:79:7
%6773 = assign %6736, %6737 : i64[] @ models/lib/nn.yaml:79:7
%6774 = broadcast %3 : f32[12,16] @ models/lib/nn.yaml:79:7
%6775 = mul %162, %6774 : f32[12,16] @ models/lib/nn.yaml:79:7
%6776 = broadcast %3850 : f32[12,16] @ models/lib/nn.yaml:79:7
%6777 = mul %6769, %6776 : f32[12,16] @ models/lib/nn.yaml:79:7
%6778 = add %6775, %6777 : f32[12,16] @ models/lib/nn.yaml:79:7
%6779 = assign %162, %6778 : f32[12,16] @ models/lib/nn.yaml:79:7
%6780 = all_reduce_sum %2742 : f32[12] @ models/moco_pass.yaml:75:7
%6781 = state name="adam_m.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6782 = state name="adam_v.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6783 = state name="adam_t.patch_projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6784 = add %6783, %3800 : i64[] @ models/moco_pass.yaml:75:7
%6785 = broadcast %3805 : f32[12] @ models/moco_pass.yaml:75:7
%6786 = mul %79, %6785 : f32[12] @ models/moco_pass.yaml:75:7
%6787 = broadcast %2387 : f32[12] @ models/moco_pass.yaml:75:7
%6788 = mul %6780, %6787 : f32[12] @ models/moco_pass.yaml:75:7
%6789 = broadcast %1565 : f32[12] @ models/moco_pass.yaml:75:7
%6790 = mul %6781, %6789 : f32[12] @ models/moco_pass.yaml:75:7
%6791 = add %6790, %6788 : f32[12] @ models/moco_pass.yaml:75:7
%6792 = mul %6780, %6780 : f32[12] @ models/moco_pass.yaml:75:7
%6793 = broadcast %3815 : f32[12] @ models/moco_pass.yaml:75:7
%6794 = mul %6792, %6793 : f32[12] @ models/moco_pass.yaml:75:7
%6795 = broadcast %3819 : f32[12] @ models/moco_pass.yaml:75:7
%6796 = mul %6782, %6795 : f32[12] @ models/moco_pass.yaml:75:7
%6797 = add %6796, %6794 : f32[12] @ models/moco_pass.yaml:75:7
%6798 = cast %6784 : f64[] @ models/moco_pass.yaml:75:7
%6799 = pow %3810, %6798 : f64[] @ models/moco_pass.yaml:75:7
%6800 = sub %3803, %6799 : f64[] @ models/moco_pass.yaml:75:7
%6801 = div %2384, %6800 : f64[] @ models/moco_pass.yaml:75:7
%6802 = pow %3818, %6798 : f64[] @ models/moco_pass.yaml:75:7
%6803 = sub %3803, %6802 : f64[] @ models/moco_pass.yaml:75:7
%6804 = sqrt %6803 : f64[] @ models/moco_pass.yaml:75:7
%6805 = div %3803, %6804 : f64[] @ models/moco_pass.yaml:75:7
%6806 = sqrt %6797 : f32[12] @ models/moco_pass.yaml:75:7
%6807 = cast %6805 : f32[] @ models/moco_pass.yaml:75:7
%6808 = broadcast %6807 : f32[12] @ models/moco_pass.yaml:75:7
%6809 = mul %6806, %6808 : f32[12] @ models/moco_pass.yaml:75:7
%6810 = broadcast %3835 : f32[12] @ models/moco_pass.yaml:75:7
%6811 = add %6809, %6810 : f32[12] @ models/moco_pass.yaml:75:7
%6812 = div %6791, %6811 : f32[12] @ models/moco_pass.yaml:75:7
%6813 = cast %6801 : f32[] @ models/moco_pass.yaml:75:7
%6814 = broadcast %6813 : f32[12] @ models/moco_pass.yaml:75:7
%6815 = mul %6812, %6814 : f32[12] @ models/moco_pass.yaml:75:7
%6816 = sub %6786, %6815 : f32[12] @ models/moco_pass.yaml:75:7
%6817 = assign %79, %6816 : f32[12] @ models/moco_pass.yaml:75:7
%6818 = assign %6781, %6791 : f32[12] @ models/moco_pass.yaml:75:7
%6819 = assign %6782, %6797 : f32[12] @ models/moco_pass.yaml:75:7
%6820 = assign %6783, %6784 : i64[] @ models/moco_pass.yaml:75:7
%6821 = broadcast %3 : f32[12] @ models/moco_pass.yaml:75:7
%6822 = mul %163, %6821 : f32[12] @ models/moco_pass.yaml:75:7
%6823 = broadcast %3850 : f32[12] @ models/moco_pass.yaml:75:7
%6824 = mul %6816, %6823 : f32[12] @ models/moco_pass.yaml:75:7
%6825 = add %6822, %6824 : f32[12] @ models/moco_pass.yaml:75:7
%6826 = assign %163, %6825 : f32[12] @ models/moco_pass.yaml:75:7
%6827 = all_reduce_sum %2739 : f32[12] @ models/moco_pass.yaml:76:7
%6828 = state name="adam_m.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6829 = state name="adam_v.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6830 = state name="adam_t.patch_projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6831 = add %6830, %3800 : i64[] @ models/moco_pass.yaml:76:7
%6832 = mul %80, %6785 : f32[12] @ models/moco_pass.yaml:76:7
%6833 = mul %6827, %6787 : f32[12] @ models/moco_pass.yaml:76:7
%6834 = mul %6828, %6789 : f32[12] @ models/moco_pass.yaml:76:7
%6835 = add %6834, %6833 : f32[12] @ models/moco_pass.yaml:76:7
%6836 = mul %6827, %6827 : f32[12] @ models/moco_pass.yaml:76:7
%6837 = mul %6836, %6793 : f32[12] @ models/moco_pass.yaml:76:7
%6838 = mul %6829, %6795 : f32[12] @ models/moco_pass.yaml:76:7
%6839 = add %6838, %6837 : f32[12] @ models/moco_pass.yaml:76:7
%6840 = cast %6831 : f64[] @ models/moco_pass.yaml:76:7
%6841 = pow %3810, %6840 : f64[] @ models/moco_pass.yaml:76:7
%6842 = sub %3803, %6841 : f64[] @ models/moco_pass.yaml:76:7
%6843 = div %2384, %6842 : f64[] @ models/moco_pass.yaml:76:7
%6844 = pow %3818, %6840 : f64[] @ models/moco_pass.yaml:76:7
%6845 = sub %3803, %6844 : f64[] @ models/moco_pass.yaml:76:7
%6846 = sqrt %6845 : f64[] @ models/moco_pass.yaml:76:7
%6847 = div %3803, %6846 : f64[] @ models/moco_pass.yaml:76:7
%6848 = sqrt %6839 : f32[12] @ models/moco_pass.yaml:76:7
%6849 = cast %6847 : f32[] @ models/moco_pass.yaml:76:7
%6850 = broadcast %6849 : f32[12] @ models/moco_pass.yaml:76:7
%6851 = mul %6848, %6850 : f32[12] @ models/moco_pass.yaml:76:7
%6852 = add %6851, %6810 : f32[12] @ models/moco_pass.yaml:76:7
%6853 = div %6835, %6852 : f32[12] @ models/moco_pass.yaml:76:7
%6854 = cast %6843 : f32[] @ models/moco_pass.yaml:76:7
%6855 = broadcast %6854 : f32[12] @ models/moco_pass.yaml:76:7
%6856 = mul %6853, %6855 : f32[12] @ models/moco_pass.yaml:76:7
%6857 = sub %6832, %6856 : f32[12] @ models/moco_pass.yaml:76:7
%6858 = assign %80, %6857 : f32[12] @ models/moco_pass.yaml:76:7
%6859 = assign %6828, %6835 : f32[12] @ models/moco_pass.yaml:76:7
%6860 = assign %6829, %6839 : f32[12] @ models/moco_pass.yaml:76:7
%6861 = assign %6830, %6831 : i64[] @ models/moco_pass.yaml:76:7
%6862 = mul %164, %6821 : f32[12] @ models/moco_pass.yaml:76:7
%6863 = mul %6857, %6823 : f32[12] @ models/moco_pass.yaml:76:7
%6864 = add %6862, %6863 : f32[12] @ models/moco_pass.yaml:76:7
%6865 = assign %164, %6864 : f32[12] @ models/moco_pass.yaml:76:7
%6866 = all_reduce_sum %2728 : f32[12,12] @ models/lib/nn.yaml:79:7
%6867 = state name="adam_m.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%6868 = state name="adam_v.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%6869 = state name="adam_t.patch_projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6870 = add %6869, %3800 : i64[] @ models/lib/nn.yaml:79:7
%6871 = broadcast %3805 : f32[12,12] @ models/lib/nn.yaml:79:7
%6872 = mul %81, %6871 : f32[12,12] @ models/lib/nn.yaml:79:7
%6873 = broadcast %2387 : f32[12,12] @ models/lib/nn.yaml:79:7
%6874 = mul %6866, %6873 : f32[12,12] @ models/lib/nn.yaml:79:7
%6875 = broadcast %1565 : f32[12,12] @ models/lib/nn.yaml:79:7
%6876 = mul %6867, %6875 : f32[12,12] @ models/lib/nn.yaml:79:7
%6877 = add %6876, %6874 : f32[12,12] @ models/lib/nn.yaml:79:7
%6878 = mul %6866, %6866 : f32[12,12] @ models/lib/nn.yaml:79:7
%6879 = broadcast %3815 : f32[12,12] @ models/lib/nn.yaml:79:7
%6880 = mul %6878, %6879 : f32[12,12] @ models/lib/nn.yaml:79:7
%6881 = broadcast %3819 : f32[12,12] @ models/lib/nn.yaml:79:7
%6882 = mul %6868, %6881 : f32[12,12] @ models/lib/nn.yaml:79:7
%6883 = add %6882, %6880 : f32[12,12] @ models/lib/nn.yaml:79:7
%6884 = cast %6870 : f64[] @ models/lib/nn.yaml:79:7
%6885 = pow %3810, %6884 : f64[] @ models/lib/nn.yaml:79:7
%6886 = sub %3803, %6885 : f64[] @ models/lib/nn.yaml:79:7
%6887 = div %2384, %6886 : f64[] @ models/lib/nn.yaml:79:7
%6888 = pow %3818, %6884 : f64[] @ models/lib/nn.yaml:79:7
%6889 = sub %3803, %6888 : f64[] @ models/lib/nn.yaml:79:7
%6890 = sqrt %6889 : f64[] @ models/lib/nn.yaml:79:7
%6891 = div %3803, %6890 : f64[] @ models/lib/nn.yaml:79:7
%6892 = sqrt %6883 : f32[12,12] @ models/lib/nn.yaml:79:7
%6893 = cast %6891 : f32[] @ models/lib/nn.yaml:79:7
%6894 = broadcast %6893 : f32[12,12] @ models/lib/nn.yaml:79:7
%6895 = mul %6892, %6894 : f32[12,12] @ models/lib/nn.yaml:79:7
%6896 = broadcast %3835 : f32[12,12] @ models/lib/nn.yaml:79:7
%6897 = add %6895, %6896 : f32[12,12] @ models/lib/nn.yaml:79:7
%6898 = div %6877, %6897 : f32[12,12] @ models/lib/nn.yaml:79:7
%6899 = cast %6887 : f32[] @ models/lib/nn.yaml:79:7
%6900 = broadcast %6899 : f32[12,12] @ models/lib/nn.yaml:79:7
%6901 = mul %6898, %6900 : f32[12,12] @ models/lib/nn.yaml:79:7
%6902 = sub %6872, %6901 : f32[12,12] @ models/lib/nn.yaml:79:7
%6903 = assign %81, %6902 : f32[12,12] @ models/lib/nn.yaml:79:7
%6904 = assign %6867, %6877 : f32[12,12] @ models/lib/nn.yaml:79:7
%6905 = assign %6868, %6883 : f32[12,12] @ models/lib/nn.yaml:79:7
%6906 = assign %6869, %6870 : i64[] @ models/lib/nn.yaml:79:7
%6907 = broadcast %3 : f32[12,12] @ models/lib/nn.yaml:79:7
%6908 = mul %165, %6907 : f32[12,12] @ models/lib/nn.yaml:79:7
%6909 = broadcast %3850 : f32[12,12] @ models/lib/nn.yaml:79:7
%6910 = mul %6902, %6909 : f32[12,12] @ models/lib/nn.yaml:79:7
%6911 = add %6908, %6910 : f32[12,12] @ models/lib/nn.yaml:79:7
%6912 = assign %165, %6911 : f32[12,12] @ models/lib/nn.yaml:79:7
%6913 = all_reduce_sum %2700 : f32[12] @ models/moco_pass.yaml:75:7
%6914 = state name="adam_m.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6915 = state name="adam_v.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6916 = state name="adam_t.patch_projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6917 = add %6916, %3800 : i64[] @ models/moco_pass.yaml:75:7
%6918 = mul %82, %6785 : f32[12] @ models/moco_pass.yaml:75:7
%6919 = mul %6913, %6787 : f32[12] @ models/moco_pass.yaml:75:7
%6920 = mul %6914, %6789 : f32[12] @ models/moco_pass.yaml:75:7
%6921 = add %6920, %6919 : f32[12] @ models/moco_pass.yaml:75:7
%6922 = mul %6913, %6913 : f32[12] @ models/moco_pass.yaml:75:7
%6923 = mul %6922, %6793 : f32[12] @ models/moco_pass.yaml:75:7
%6924 = mul %6915, %6795 : f32[12] @ models/moco_pass.yaml:75:7
%6925 = add %6924, %6923 : f32[12] @ models/moco_pass.yaml:75:7
%6926 = cast %6917 : f64[] @ models/moco_pass.yaml:75:7
%6927 = pow %3810, %6926 : f64[] @ models/moco_pass.yaml:75:7
%6928 = sub %3803, %6927 : f64[] @ models/moco_pass.yaml:75:7
%6929 = div %2384, %6928 : f64[] @ models/moco_pass.yaml:75:7
%6930 = pow %3818, %6926 : f64[] @ models/moco_pass.yaml:75:7
%6931 = sub %3803, %6930 : f64[] @ models/moco_pass.yaml:75:7
%6932 = sqrt %6931 : f64[] @ models/moco_pass.yaml:75:7
%6933 = div %3803, %6932 : f64[] @ models/moco_pass.yaml:75:7
%6934 = sqrt %6925 : f32[12] @ models/moco_pass.yaml:75:7
%6935 = cast %6933 : f32[] @ models/moco_pass.yaml:75:7
%6936 = broadcast %6935 : f32[12] @ models/moco_pass.yaml:75:7
%6937 = mul %6934, %6936 : f32[12] @ models/moco_pass.yaml:75:7
%6938 = add %6937, %6810 : f32[12] @ models/moco_pass.yaml:75:7
%6939 = div %6921, %6938 : f32[12] @ models/moco_pass.yaml:75:7
%6940 = cast %6929 : f32[] @ models/moco_pass.yaml:75:7
%6941 = broadcast %6940 : f32[12] @ models/moco_pass.yaml:75:7
%6942 = mul %6939, %6941 : f32[12] @ models/moco_pass.yaml:75:7
%6943 = sub %6918, %6942 : f32[12] @ models/moco_pass.yaml:75:7
%6944 = assign %82, %6943 : f32[12] @ models/moco_pass.yaml:75:7
%6945 = assign %6914, %6921 : f32[12] @ models/moco_pass.yaml:75:7
%6946 = assign %6915, %6925 : f32[12] @ models/moco_pass.yaml:75:7
%6947 = assign %6916, %6917 : i64[] @ models/moco_pass.yaml:75:7
%6948 = mul %166, %6821 : f32[12] @ models/moco_pass.yaml:75:7
%6949 = mul %6943, %6823 : f32[12] @ models/moco_pass.yaml:75:7
%6950 = add %6948, %6949 : f32[12] @ models/moco_pass.yaml:75:7
%6951 = assign %166, %6950 : f32[12] @ models/moco_pass.yaml:75:7
%6952 = all_reduce_sum %2697 : f32[12] @ models/moco_pass.yaml:76:7
%6953 = state name="adam_m.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6954 = state name="adam_v.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6955 = state name="adam_t.patch_projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6956 = add %6955, %3800 : i64[] @ models/moco_pass.yaml:76:7
%6957 = mul %83, %6785 : f32[12] @ models/moco_pass.yaml:76:7
%6958 = mul %6952, %6787 : f32[12] @ models/moco_pass.yaml:76:7
%6959 = mul %6953, %6789 : f32[12] @ models/moco_pass.yaml:76:7
%6960 = add %6959, %6958 : f32[12] @ models/moco_pass.yaml:76:7
%6961 = mul %6952, %6952 : f32[12] @ models/moco_pass.yaml:76:7
%6962 = mul %6961, %6793 : f32[12] @ models/moco_pass.yaml:76:7
%6963 = mul %6954, %6795 : f32[12] @ models/moco_pass.yaml:76:7
%6964 = add %6963, %6962 : f32[12] @ models/moco_pass.yaml:76:7
%6965 = cast %6956 : f64[] @ models/moco_pass.yaml:76:7
%6966 = pow %3810, %6965 : f64[] @ models/moco_pass.yaml:76:7
%6967 = sub %3803, %6966 : f64[] @ models/moco_pass.yaml:76:7
%6968 = div %2384, %6967 : f64[] @ models/moco_pass.yaml:76:7
%6969 = pow %3818, %6965 : f64[] @ models/moco_pass.yaml:76:7
%6970 = sub %3803, %6969 : f64[] @ models/moco_pass.yaml:76:7
%6971 = sqrt %6970 : f64[] @ models/moco_pass.yaml:76:7
%6972 = div %3803, %6971 : f64[] @ models/moco_pass.yaml:76:7
%6973 = sqrt %6964 : f32[12] @ models/moco_pass.yaml:76:7
%6974 = cast %6972 : f32[] @ models/moco_pass.yaml:76:7
%6975 = broadcast %6974 : f32[12] @ models/moco_pass.yaml:76:7
%6976 = mul %6973, %6975 : f32[12] @ models/moco_pass.yaml:76:7
%6977 = add %6976, %6810 : f32[12] @ models/moco_pass.yaml:76:7
%6978 = div %6960, %6977 : f32[12] @ models/moco_pass.yaml:76:7
%6979 = cast %6968 : f32[] @ models/moco_pass.yaml:76:7
%6980 = broadcast %6979 : f32[12] @ models/moco_pass.yaml:76:7
%6981 = mul %6978, %6980 : f32[12] @ models/moco_pass.yaml:76:7
%6982 = sub %6957, %6981 : f32[12] @ models/moco_pass.yaml:76:7
%6983 = assign %83, %6982 : f32[12] @ models/moco_pass.yaml:76:7
%6984 = assign %6953, %6960 : f32[12] @ models/moco_pass.yaml:76:7
%6985 = assign %6954, %6964 : f32[12] @ models/moco_pass.yaml:76:7
%6986 = assign %6955, %6956 : i64[] @ models/moco_pass.yaml:76:7
%6987 = mul %167, %6821 : f32[12] @ models/moco_pass.yaml:76:7
%6988 = mul %6982, %6823 : f32[12] @ models/moco_pass.yaml:76:7
%6989 = add %6987, %6988 : f32[12] @ models/moco_pass.yaml:76:7
%6990 = assign %167, %6989 : f32[12] @ models/moco_pass.yaml:76:7
%6991 = all_reduce_sum %2686 : f32[6,12] @ models/lib/nn.yaml:79:7
%6992 = state name="adam_m.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6993 = state name="adam_v.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6994 = state name="adam_t.patch_projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6995 = add %6994, %3800 : i64[] @ models/lib/nn.yaml:79:7
%6996 = broadcast %3805 : f32[6,12] @ models/lib/nn.yaml:79:7
%6997 = mul %84, %6996 : f32[6,12] @ models/lib/nn.yaml:79:7
%6998 = broadcast %2387 : f32[6,12] @ models/lib/nn.yaml:79:7
%6999 = mul %6991, %6998 : f32[6,12] @ models/lib/nn.yaml:79:7
%7000 = broadcast %1565 : f32[6,12] @ models/lib/nn.yaml:79:7
%7001 = mul %6992, %7000 : f32[6,12] @ models/lib/nn.yaml:79:7
%7002 = add %7001, %6999 : f32[6,12] @ models/lib/nn.yaml:79:7
%7003 = mul %6991, %6991 : f32[6,12] @ models/lib/nn.yaml:79:7
%7004 = broadcast %3815 : f32[6,12] @ models/lib/nn.yaml:79:7
%7005 = mul %7003, %7004 : f32[6,12] @ models/lib/nn.yaml:79:7
%7006 = broadcast %3819 : f32[6,12] @ models/lib/nn.yaml:79:7
%7007 = mul %6993, %7006 : f32[6,12] @ models/lib/nn.yaml:79:7
%7008 = add %7007, %7005 : f32[6,12] @ models/lib/nn.yaml:79:7
%7009 = cast %6995 : f64[] @ models/lib/nn.yaml:79:7
%7010 = pow %3810, %7009 : f64[] @ models/lib/nn.yaml:79:7
%7011 = sub %3803, %7010 : f64[] @ models/lib/nn.yaml:79:7
%7012 = div %2384, %7011 : f64[] @ models/lib/nn.yaml:79:7
%7013 = pow %3818, %7009 : f64[] @ models/lib/nn.yaml:79:7
%7014 = sub %3803, %7013 : f64[] @ models/lib/nn.yaml:79:7
%7015 = sqrt %7014 : f64[] @ models/lib/nn.yaml:79:7
%7016 = div %3803, %7015 : f64[] @ models/lib/nn.yaml:79:7
%7017 = sqrt %7008 : f32[6,12] @ models/lib/nn.yaml:79:7
%7018 = cast %7016 : f32[] @ models/lib/nn.yaml:79:7
%7019 = broadcast %7018 : f32[6,12] @ models/lib/nn.yaml:79:7
%7020 = mul %7017, %7019 : f32[6,12] @ models/lib/nn.yaml:79:7
%7021 = broadcast %3835 : f32[6,12] @ models/lib/nn.yaml:79:7
%7022 = add %7020, %7021 : f32[6,12] @ models/lib/nn.yaml:79:7
%7023 = div %7002, %7022 : f32[6,12] @ models/lib/nn.yaml:79:7
%7024 = cast %7012 : f32[] @ models/lib/nn.yaml:79:7
%7025 = broadcast %7024 : f32[6,12] @ models/lib/nn.yaml:79:7
%7026 = mul %7023, %7025 : f32[6,12] @ models/lib/nn.yaml:79:7
%7027 = sub %6997, %7026 : f32[6,12] @ models/lib/nn.yaml:79:7
%7028 = assign %84, %7027 : f32[6,12] @ models/lib/nn.yaml:79:7
%7029 = assign %6992, %7002 : f32[6,12] @ models/lib/nn.yaml:79:7
%7030 = assign %6993, %7008 : f32[6,12] @ models/lib/nn.yaml:79:7
%7031 = assign %6994, %6995 : i64[] @ models/lib/nn.yaml:79:7
%7032 = broadcast %3 : f32[6,12] @ models/lib/nn.yaml:79:7
%7033 = mul %168, %7032 : f32[6,12] @ models/lib/nn.yaml:79:7
%7034 = broadcast %3850 : f32[6,12] @ models/lib/nn.yaml:79:7
%7035 = mul %7027, %7034 : f32[6,12] @ models/lib/nn.yaml:79:7
%7036 = add %7033, %7035 : f32[6,12] @ models/lib/nn.yaml:79:7
%7037 = assign %168, %7036 : f32[6,12] @ models/lib/nn.yaml:79:7
%7038 = all_reduce_sum %2663 : f32[12,6] @ models/lib/nn.yaml:79:7
%7039 = state name="adam_m.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%7040 = state name="adam_v.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%7041 = state name="adam_t.patch_predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7042 = add %7041, %3800 : i64[] @ models/lib/nn.yaml:79:7
%7043 = broadcast %3805 : f32[12,6] @ models/lib/nn.yaml:79:7
%7044 = mul %85, %7043 : f32[12,6] @ models/lib/nn.yaml:79:7
%7045 = broadcast %2387 : f32[12,6] @ models/lib/nn.yaml:79:7
%7046 = mul %7038, %7045 : f32[12,6] @ models/lib/nn.yaml:79:7
%7047 = broadcast %1565 : f32[12,6] @ models/lib/nn.yaml:79:7
%7048 = mul %7039, %7047 : f32[12,6] @ models/lib/nn.yaml:79:7
%7049 = add %7048, %7046 : f32[12,6] @ models/lib/nn.yaml:79:7
%7050 = mul %7038, %7038 : f32[12,6] @ models/lib/nn.yaml:79:7
%7051 = broadcast %3815 : f32[12,6] @ models/lib/nn.yaml:79:7
%7052 = mul %7050, %7051 : f32[12,6] @ models/lib/nn.yaml:79:7
%7053 = broadcast %3819 : f32[12,6] @ models/lib/nn.yaml:79:7
%7054 = mul %7040, %7053 : f32[12,6] @ models/lib/nn.yaml:79:7
%7055 = add %7054, %7052 : f32[12,6] @ models/lib/nn.yaml:79:7
%7056 = cast %7042 : f64[] @ models/lib/nn.yaml:79:7
%7057 = pow %3810, %7056 : f64[] @ models/lib/nn.yaml:79:7
%7058 = sub %3803, %7057 : f64[] @ models/lib/nn.yaml:79:7
%7059 = div %2384, %7058 : f64[] @ models/lib/nn.yaml:79:7
%7060 = pow %3818, %7056 : f64[] @ models/lib/nn.yaml:79:7
%7061 = sub %3803, %7060 : f64[] @ models/lib/nn.yaml:79:7
%7062 = sqrt %7061 : f64[] @ models/lib/nn.yaml:79:7
%7063 = div %3803, %7062 : f64[] @ models/lib/nn.yaml:79:7
%7064 = sqrt %7055 : f32[12,6] @ models/lib/nn.yaml:79:7
%7065 = cast %7063 : f32[] @ models/lib/nn.yaml:79:7
%7066 = broadcast %7065 : f32[12,6] @ models/lib/nn.yaml:79:7
%7067 = mul %7064, %7066 : f32[12,6] @ models/lib/nn.yaml:79:7
%7068 = broadcast %3835 : f32[12,6] @ models/lib/nn.yaml:79:7
%7069 = add %7067, %7068 : f32[12,6] @ models/lib/nn.yaml:79:7
%7070 = div %7049, %7069 : f32[12,6] @ models/lib/nn.yaml:79:7
%7071 = cast %7059 : f32[] @ models/lib/nn.yaml:79:7
%7072 = broadcast %7071 : f32[12,6] @ models/lib/nn.yaml:79:7
%7073 = mul %7070, %7072 : f32[12,6] @ models/lib/nn.yaml:79:7
%7074 = sub %7044, %7073 : f32[12,6] @ models/lib/nn.yaml:79:7
%7075 = assign %85, %7074 : f32[12,6] @ models/lib/nn.yaml:79:7
%7076 = assign %7039, %7049 : f32[12,6] @ models/lib/nn.yaml:79:7
%7077 = assign %7040, %7055 : f32[12,6] @ models/lib/nn.yaml:79:7
%7078 = assign %7041, %7042 : i64[] @ models/lib/nn.yaml:79:7
%7079 = broadcast %3 : f32[12,6] @ models/lib/nn.yaml:79:7
%7080 = mul %169, %7079 : f32[12,6] @ models/lib/nn.yaml:79:7
%7081 = broadcast %3850 : f32[12,6] @ models/lib/nn.yaml:79:7
%7082 = mul %7074, %7081 : f32[12,6] @ models/lib/nn.yaml:79:7
%7083 = add %7080, %7082 : f32[12,6] @ models/lib/nn.yaml:79:7
%7084 = assign %169, %7083 : f32[12,6] @ models/lib/nn.yaml:79:7
%7085 = all_reduce_sum %2634 : f32[12] @ models/moco_pass.yaml:75:7
%7086 = state name="adam_m.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%7087 = state name="adam_v.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%7088 = state name="adam_t.patch_predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%7089 = add %7088, %3800 : i64[] @ models/moco_pass.yaml:75:7
%7090 = mul %86, %6785 : f32[12] @ models/moco_pass.yaml:75:7
%7091 = mul %7085, %6787 : f32[12] @ models/moco_pass.yaml:75:7
%7092 = mul %7086, %6789 : f32[12] @ models/moco_pass.yaml:75:7
%7093 = add %7092, %7091 : f32[12] @ models/moco_pass.yaml:75:7
%7094 = mul %7085, %7085 : f32[12] @ models/moco_pass.yaml:75:7
%7095 = mul %7094, %6793 : f32[12] @ models/moco_pass.yaml:75:7
%7096 = mul %7087, %6795 : f32[12] @ models/moco_pass.yaml:75:7
%7097 = add %7096, %7095 : f32[12] @ models/moco_pass.yaml:75:7
%7098 = cast %7089 : f64[] @ models/moco_pass.yaml:75:7
%7099 = pow %3810, %7098 : f64[] @ models/moco_pass.yaml:75:7
%7100 = sub %3803, %7099 : f64[] @ models/moco_pass.yaml:75:7
%7101 = div %2384, %7100 : f64[] @ models/moco_pass.yaml:75:7
%7102 = pow %3818, %7098 : f64[] @ models/moco_pass.yaml:75:7
%7103 = sub %3803, %7102 : f64[] @ models/moco_pass.yaml:75:7
%7104 = sqrt %7103 : f64[] @ models/moco_pass.yaml:75:7
%7105 = div %3803, %7104 : f64[] @ models/moco_pass.yaml:75:7
%7106 = sqrt %7097 : f32[12] @ models/moco_pass.yaml:75:7
%7107 = cast %7105 : f32[] @ models/moco_pass.yaml:75:7
%7108 = broadcast %7107 : f32[12] @ models/moco_pass.yaml:75:7
%7109 = mul %7106, %7108 : f32[12] @ models/moco_pass.yaml:75:7
%7110 = add %7109, %6810 : f32[12] @ models/moco_pass.yaml:75:7
%7111 = div %7093, %7110 : f32[12] @ models/moco_pass.yaml:75:7
%7112 = cast %7101 : f32[] @ models/moco_pass.yaml:75:7
%7113 = broadcast %7112 : f32[12] @ models/moco_pass.yaml:75:7
%7114 = mul %7111, %7113 : f32[12] @ models/moco_pass.yaml:75:7
%7115 = sub %7090, %7114 : f32[12] @ models/moco_pass.yaml:75:7
%7116 = assign %86, %7115 : f32[12] @ models/moco_pass.yaml:75:7
%7117 = assign %7086, %7093 : f32[12] @ models/moco_pass.yaml:75:7
%7118 = assign %7087, %7097 : f32[12] @ models/moco_pass.yaml:75:7
%7119 = assign %7088, %7089 : i64[] @ models/moco_pass.yaml:75:7
%7120 = mul %170, %6821 : f32[12] @ models/moco_pass.yaml:75:7
%7121 = mul %7115, %6823 : f32[12] @ models/moco_pass.yaml:75:7
%7122 = add %7120, %7121 : f32[12] @ models/moco_pass.yaml:75:7
%7123 = assign %170, %7122 : f32[12] @ models/moco_pass.yaml:75:7
%7124 = all_reduce_sum %2631 : f32[12] @ models/moco_pass.yaml:76:7
%7125 = state name="adam_m.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%7126 = state name="adam_v.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%7127 = state name="adam_t.patch_predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%7128 = add %7127, %3800 : i64[] @ models/moco_pass.yaml:76:7
%7129 = mul %87, %6785 : f32[12] @ models/moco_pass.yaml:76:7
%7130 = mul %7124, %6787 : f32[12] @ models/moco_pass.yaml:76:7
%7131 = mul %7125, %6789 : f32[12] @ models/moco_pass.yaml:76:7
%7132 = add %7131, %7130 : f32[12] @ models/moco_pass.yaml:76:7
%7133 = mul %7124, %7124 : f32[12] @ models/moco_pass.yaml:76:7
%7134 = mul %7133, %6793 : f32[12] @ models/moco_pass.yaml:76:7
%7135 = mul %7126, %6795 : f32[12] @ models/moco_pass.yaml:76:7
%7136 = add %7135, %7134 : f32[12] @ models/moco_pass.yaml:76:7
%7137 = cast %7128 : f64[] @ models/moco_pass.yaml:76:7
%7138 = pow %3810, %7137 : f64[] @ models/moco_pass.yaml:76:7
%7139 = sub %3803, %7138 : f64[] @ models/moco_pass.yaml:76:7
%7140 = div %2384, %7139 : f64[] @ models/moco_pass.yaml:76:7
%7141 = pow %3818, %7137 : f64[] @ models/moco_pass.yaml:76:7
%7142 = sub %3803, %7141 : f64[] @ models/moco_pass.yaml:76:7
%7143 = sqrt %7142 : f64[] @ models/moco_pass.yaml:76:7
%7144 = div %3803, %7143 : f64[] @ models/moco_pass.yaml:76:7
%7145 = sqrt %7136 : f32[12] @ models/moco_pass.yaml:76:7
%7146 = cast %7144 : f32[] @ models/moco_pass.yaml:76:7
%7147 = broadcast %7146 : f32[12] @ models/moco_pass.yaml:76:7
%7148 = mul %7145, %7147 : f32[12] @ models/moco_pass.yaml:76:7
%7149 = add %7148, %6810 : f32[12] @ models/moco_pass.yaml:76:7
%7150 = div %7132, %7149 : f32[12] @ models/moco_pass.yaml:76:7
%7151 = cast %7140 : f32[] @ models/moco_pass.yaml:76:7
%7152 = broadcast %7151 : f32[12] @ models/moco_pass.yaml:76:7
%7153 = mul %7150, %7152 : f32[12] @ models/moco_pass.yaml:76:7
%7154 = sub %7129, %7153 : f32[12] @ models/moco_pass.yaml:76:7
%7155 = assign %87, %7154 : f32[12] @ models/moco_pass.yaml:76:7
%7156 = assign %7125, %7132 : f32[12] @ models/moco_pass.yaml:76:7
%7157 = assign %7126, %7136 : f32[12] @ models/moco_pass.yaml:76:7
%7158 = assign %7127, %7128 : i64[] @ models/moco_pass.yaml:76:7
%7159 = mul %171, %6821 : f32[12] @ models/moco_pass.yaml:76:7
%7160 = mul %7154, %6823 : f32[12] @ models/moco_pass.yaml:76:7
%7161 = add %7159, %7160 : f32[12] @ models/moco_pass.yaml:76:7
%7162 = assign %171, %7161 : f32[12] @ models/moco_pass.yaml:76:7
%7163 = all_reduce_sum %2618 : f32[6,12] @ models/lib/nn.yaml:79:7
%7164 = state name="adam_m.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%7165 = state name="adam_v.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%7166 = state name="adam_t.patch_predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7167 = add %7166, %3800 : i64[] @ models/lib/nn.yaml:79:7
%7168 = mul %88, %6996 : f32[6,12] @ models/lib/nn.yaml:79:7
%7169 = mul %7163, %6998 : f32[6,12] @ models/lib/nn.yaml:79:7
%7170 = mul %7164, %7000 : f32[6,12] @ models/lib/nn.yaml:79:7
%7171 = add %7170, %7169 : f32[6,12] @ models/lib/nn.yaml:79:7
%7172 = mul %7163, %7163 : f32[6,12] @ models/lib/nn.yaml:79:7
%7173 = mul %7172, %7004 : f32[6,12] @ models/lib/nn.yaml:79:7
%7174 = mul %7165, %7006 : f32[6,12] @ models/lib/nn.yaml:79:7
%7175 = add %7174, %7173 : f32[6,12] @ models/lib/nn.yaml:79:7
%7176 = cast %7167 : f64[] @ models/lib/nn.yaml:79:7
%7177 = pow %3810, %7176 : f64[] @ models/lib/nn.yaml:79:7
%7178 = sub %3803, %7177 : f64[] @ models/lib/nn.yaml:79:7
%7179 = div %2384, %7178 : f64[] @ models/lib/nn.yaml:79:7
%7180 = pow %3818, %7176 : f64[] @ models/lib/nn.yaml:79:7
%7181 = sub %3803, %7180 : f64[] @ models/lib/nn.yaml:79:7
%7182 = sqrt %7181 : f64[] @ models/lib/nn.yaml:79:7
%7183 = div %3803, %7182 : f64[] @ models/lib/nn.yaml:79:7
%7184 = sqrt %7175 : f32[6,12] @ models/lib/nn.yaml:79:7
%7185 = cast %7183 : f32[] @ models/lib/nn.yaml:79:7
%7186 = broadcast %7185 : f32[6,12] @ models/lib/nn.yaml:79:7
%7187 = mul %7184, %7186 : f32[6,12] @ models/lib/nn.yaml:79:7
%7188 = add %7187, %7021 : f32[6,12] @ models/lib/nn.yaml:79:7
%7189 = div %7171, %7188 : f32[6,12] @ models/lib/nn.yaml:79:7
%7190 = cast %7179 : f32[] @ models/lib/nn.yaml:79:7
%7191 = broadcast %7190 : f32[6,12] @ models/lib/nn.yaml:79:7
%7192 = mul %7189, %7191 : f32[6,12] @ models/lib/nn.yaml:79:7
%7193 = sub %7168, %7192 : f32[6,12] @ models/lib/nn.yaml:79:7
%7194 = assign %88, %7193 : f32[6,12] @ models/lib/nn.yaml:79:7
%7195 = assign %7164, %7171 : f32[6,12] @ models/lib/nn.yaml:79:7
%7196 = assign %7165, %7175 : f32[6,12] @ models/lib/nn.yaml:79:7
%7197 = assign %7166, %7167 : i64[] @ models/lib/nn.yaml:79:7
%7198 = mul %172, %7032 : f32[6,12] @ models/lib/nn.yaml:79:7
%7199 = mul %7193, %7034 : f32[6,12] @ models/lib/nn.yaml:79:7
%7200 = add %7198, %7199 : f32[6,12] @ models/lib/nn.yaml:79:7
%7201 = assign %172, %7200 : f32[6,12] @ models/lib/nn.yaml:79:7
%7202 = const data=[inf] : f32[] @ models/moco_pass.yaml:170:3
%7203 = abs %2382 : f32[] @ models/moco_pass.yaml:170:3
%7204 = lt %7203, %7202 : bool[] @ models/moco_pass.yaml:170:3
%7205 = output %7204 name="finite" : bool[] @ models/moco_pass.yaml:170:3
