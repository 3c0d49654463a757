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
%302 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%303 = broadcast %302 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%304 = add %300, %301 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%305 = mul %303, %304 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%306 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%307 = broadcast %306 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%308 = add %300, %301 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%309 = mul %308, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%310 = erf %309 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%311 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%312 = broadcast %311 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%313 = add %312, %310 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%314 = mul %305, %313 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%315 = matmul %314, %102 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%316 = broadcast %103 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%317 = add %315, %316 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%318 = add %284, %317 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%319 = reduce_sum %318 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%320 = div %319, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%321 = broadcast %320 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%322 = sub %318, %321 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%323 = mul %322, %322 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%324 = reduce_sum %323 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%325 = div %324, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%326 = add %325, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%327 = rsqrt %326 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%328 = broadcast %327 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%329 = mul %322, %328 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%330 = broadcast %104 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%331 = mul %329, %330 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%332 = broadcast %105 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%333 = add %331, %332 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%334 = matmul %333, %106 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%335 = broadcast %107 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%336 = add %334, %335 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%337 = reshape %336 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%338 = permute %337 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%339 = slice %338 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%340 = reshape %339 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%341 = slice %338 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%342 = reshape %341 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%343 = slice %338 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%344 = reshape %343 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%345 = permute %342 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%346 = slice %340 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%347 = broadcast %346 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%348 = slice %345 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%349 = broadcast %348 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%350 = mul %347, %349 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%351 = slice %340 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%352 = broadcast %351 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%353 = slice %345 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%354 = broadcast %353 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%355 = mul %352, %354 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%356 = add %350, %355 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%357 = slice %340 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%358 = broadcast %357 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%359 = slice %345 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%360 = broadcast %359 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%361 = mul %358, %360 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%362 = add %356, %361 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%363 = slice %340 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%364 = broadcast %363 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%365 = slice %345 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%366 = broadcast %365 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%367 = mul %364, %366 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%368 = add %362, %367 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%369 = slice %340 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%370 = broadcast %369 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%371 = slice %345 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%372 = broadcast %371 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%373 = mul %370, %372 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%374 = add %368, %373 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%375 = slice %340 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%376 = broadcast %375 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%377 = slice %345 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%378 = broadcast %377 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%379 = mul %376, %378 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%380 = add %374, %379 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%381 = slice %340 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%382 = broadcast %381 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%383 = slice %345 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%384 = broadcast %383 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%385 = mul %382, %384 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%386 = add %380, %385 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%387 = slice %340 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%388 = broadcast %387 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%389 = slice %345 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%390 = broadcast %389 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%391 = mul %388, %390 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%392 = add %386, %391 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%393 = mul %392, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%394 = reduce_max %393 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%395 = stop_gradient %394 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%396 = broadcast %395 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%397 = mul %392, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%398 = sub %397, %396 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%399 = exp %398 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%400 = reduce_sum %399 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%401 = broadcast %400 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%402 = exp %398 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%403 = div %402, %401 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%404 = reshape %403 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%405 = broadcast %404 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%406 = reshape %344 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%407 = broadcast %406 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%408 = mul %405, %407 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%409 = reduce_sum %408 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%410 = permute %409 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%411 = reshape %410 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%412 = matmul %411, %108 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%413 = broadcast %109 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%414 = add %412, %413 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%415 = add %318, %414 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%416 = reduce_sum %415 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%417 = div %416, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%418 = broadcast %417 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%419 = sub %415, %418 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%420 = mul %419, %419 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%421 = reduce_sum %420 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%422 = div %421, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%423 = add %422, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%424 = rsqrt %423 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%425 = broadcast %424 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%426 = mul %419, %425 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%427 = broadcast %110 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%428 = mul %426, %427 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%429 = broadcast %111 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%430 = add %428, %429 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%431 = matmul %430, %112 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%432 = broadcast %113 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%433 = add %431, %432 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%434 = mul %303, %433 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%435 = add %431, %432 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%436 = mul %435, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%437 = erf %436 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%438 = add %312, %437 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%439 = mul %434, %438 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%440 = matmul %439, %114 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%441 = broadcast %115 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%442 = add %440, %441 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%443 = add %415, %442 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%444 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%445 = neighbor_topk_gather %443, %444 k=2 : f32[14,16,2,16] @ models/dino_pass.yaml:77:16
%446 = reshape %445 : f32[224,2,16] @ models/dino_pass.yaml:87:23
%447 = broadcast %116 : f32[224,1,16] @ models/lib/vit.yaml:116:31
%448 = concat %447, %446 axis=1 : f32[224,3,16] @ models/lib/vit.yaml:95:24
%449 = reduce_sum %448 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%450 = broadcast %183 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%451 = div %449, %450 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%452 = broadcast %451 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%453 = sub %448, %452 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%454 = mul %453, %453 : f32[224,3,16] @ models/lib/nn.yaml:95:22
%455 = reduce_sum %454 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%456 = div %455, %450 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%457 = broadcast %191 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%458 = add %456, %457 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%459 = rsqrt %458 : f32[224,3,1] @ models/lib/nn.yaml:96:20
%460 = broadcast %459 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%461 = mul %453, %460 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%462 = broadcast %117 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%463 = mul %461, %462 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%464 = broadcast %118 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%465 = add %463, %464 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%466 = slice %465 lo=[0,0,0] hi=[224,1,16] : f32[224,1,16] @ models/lib/vit.yaml:78:33
%467 = matmul %466, %119 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%468 = broadcast %120 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%469 = add %467, %468 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%470 = reshape %469 : f32[224,1,2,8] @ models/lib/vit.yaml:78:22
%471 = permute %470 perm=[0,2,1,3] : f32[224,2,1,8] @ models/lib/vit.yaml:78:14
%472 = matmul %465, %121 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%473 = broadcast %122 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%474 = matmul %465, %123 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%475 = broadcast %124 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%476 = slice %471 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%477 = broadcast %476 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%478 = reshape %472 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%479 = permute %478 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%480 = permute %479 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%481 = slice %480 lo=[0,0,0,0] hi=[224,2,1,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%482 = reshape %473 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%483 = permute %482 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%484 = permute %483 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%485 = slice %484 lo=[0,0,0,0] hi=[224,2,1,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%486 = add %481, %485 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%487 = mul %477, %486 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%488 = slice %471 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%489 = broadcast %488 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%490 = reshape %472 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%491 = permute %490 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%492 = permute %491 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%493 = slice %492 lo=[0,0,1,0] hi=[224,2,2,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%494 = reshape %473 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%495 = permute %494 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%496 = permute %495 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%497 = slice %496 lo=[0,0,1,0] hi=[224,2,2,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%498 = add %493, %497 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%499 = mul %489, %498 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%500 = add %487, %499 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%501 = slice %471 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%502 = broadcast %501 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%503 = reshape %472 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%504 = permute %503 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%505 = permute %504 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%506 = slice %505 lo=[0,0,2,0] hi=[224,2,3,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%507 = reshape %473 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%508 = permute %507 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%509 = permute %508 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%510 = slice %509 lo=[0,0,2,0] hi=[224,2,3,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%511 = add %506, %510 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%512 = mul %502, %511 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%513 = add %500, %512 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%514 = slice %471 lo=[0,0,0,3] hi=[224,2,1,4] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%515 = broadcast %514 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%516 = reshape %472 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%517 = permute %516 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%518 = permute %517 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%519 = slice %518 lo=[0,0,3,0] hi=[224,2,4,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%520 = reshape %473 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%521 = permute %520 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%522 = permute %521 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%523 = slice %522 lo=[0,0,3,0] hi=[224,2,4,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%524 = add %519, %523 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%525 = mul %515, %524 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%526 = add %513, %525 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%527 = slice %471 lo=[0,0,0,4] hi=[224,2,1,5] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%528 = broadcast %527 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%529 = reshape %472 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%530 = permute %529 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%531 = permute %530 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%532 = slice %531 lo=[0,0,4,0] hi=[224,2,5,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%533 = reshape %473 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%534 = permute %533 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%535 = permute %534 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%536 = slice %535 lo=[0,0,4,0] hi=[224,2,5,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%537 = add %532, %536 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%538 = mul %528, %537 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%539 = add %526, %538 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%540 = slice %471 lo=[0,0,0,5] hi=[224,2,1,6] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%541 = broadcast %540 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%542 = reshape %472 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%543 = permute %542 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%544 = permute %543 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%545 = slice %544 lo=[0,0,5,0] hi=[224,2,6,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%546 = reshape %473 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%547 = permute %546 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%548 = permute %547 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%549 = slice %548 lo=[0,0,5,0] hi=[224,2,6,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%550 = add %545, %549 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%551 = mul %541, %550 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%552 = add %539, %551 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%553 = slice %471 lo=[0,0,0,6] hi=[224,2,1,7] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%554 = broadcast %553 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%555 = reshape %472 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%556 = permute %555 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%557 = permute %556 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%558 = slice %557 lo=[0,0,6,0] hi=[224,2,7,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%559 = reshape %473 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%560 = permute %559 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%561 = permute %560 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%562 = slice %561 lo=[0,0,6,0] hi=[224,2,7,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%563 = add %558, %562 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%564 = mul %554, %563 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%565 = add %552, %564 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%566 = slice %471 lo=[0,0,0,7] hi=[224,2,1,8] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%567 = broadcast %566 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%568 = reshape %472 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%569 = permute %568 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%570 = permute %569 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%571 = slice %570 lo=[0,0,7,0] hi=[224,2,8,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%572 = reshape %473 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%573 = permute %572 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%574 = permute %573 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%575 = slice %574 lo=[0,0,7,0] hi=[224,2,8,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%576 = add %571, %575 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%577 = mul %567, %576 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%578 = add %565, %577 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%579 = broadcast %260 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%580 = mul %578, %579 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%581 = reduce_max %580 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:14:35
%582 = stop_gradient %581 : f32[224,2,1,1] @ models/lib/nn.yaml:14:21
%583 = broadcast %582 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%584 = mul %578, %579 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%585 = sub %584, %583 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%586 = exp %585 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%587 = reduce_sum %586 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:15:20
%588 = broadcast %587 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%589 = exp %585 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%590 = div %589, %588 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%591 = slice %590 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%592 = broadcast %591 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%593 = reshape %474 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%594 = permute %593 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%595 = slice %594 lo=[0,0,0,0] hi=[224,2,1,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%596 = reshape %475 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%597 = permute %596 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%598 = slice %597 lo=[0,0,0,0] hi=[224,2,1,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%599 = add %595, %598 : f32[224,2,1,8] @ models/lib/nn.yaml:84:18
%600 = mul %592, %599 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%601 = slice %590 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%602 = broadcast %601 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%603 = reshape %474 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%604 = permute %603 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%605 = slice %604 lo=[0,0,1,0] hi=[224,2,2,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%606 = reshape %475 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%607 = permute %606 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%608 = slice %607 lo=[0,0,1,0] hi=[224,2,2,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%609 = add %605, %608 : f32[224,2,1,8] @ models/lib/nn.yaml:84:18
%610 = mul %602, %609 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%611 = add %600, %610 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%612 = slice %590 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%613 = broadcast %612 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%614 = reshape %474 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%615 = permute %614 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%616 = slice %615 lo=[0,0,2,0] hi=[224,2,3,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%617 = reshape %475 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%618 = permute %617 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%619 = slice %618 lo=[0,0,2,0] hi=[224,2,3,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%620 = add %616, %619 : f32[224,2,1,8] @ models/lib/nn.yaml:84:18
%621 = mul %613, %620 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%622 = add %611, %621 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%623 = permute %622 perm=[0,2,1,3] : f32[224,1,2,8] @ models/lib/nn.yaml:56:13
%624 = reshape %623 : f32[224,1,16] @ models/lib/nn.yaml:57:16
%625 = matmul %624, %125 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%626 = broadcast %126 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%627 = add %625, %626 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%628 = add %447, %627 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%629 = reduce_sum %628 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%630 = broadcast %183 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%631 = div %629, %630 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%632 = broadcast %631 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%633 = add %625, %626 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%634 = add %447, %633 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%635 = sub %634, %632 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%636 = mul %635, %635 : f32[224,1,16] @ models/lib/nn.yaml:95:22
%637 = reduce_sum %636 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%638 = div %637, %630 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%639 = broadcast %191 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%640 = add %638, %639 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%641 = rsqrt %640 : f32[224,1,1] @ models/lib/nn.yaml:96:20
%642 = broadcast %641 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%643 = mul %635, %642 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%644 = broadcast %127 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%645 = mul %643, %644 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%646 = broadcast %128 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%647 = add %645, %646 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%648 = matmul %647, %129 ta=0 tb=1 : f32[224,1,64] @ models/lib/nn.yaml:83:15
%649 = broadcast %130 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%650 = broadcast %302 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%651 = add %648, %649 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%652 = mul %650, %651 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%653 = broadcast %306 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%654 = add %648, %649 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%655 = mul %654, %653 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%656 = erf %655 : f32[224,1,64] @ models/lib/nn.yaml:27:31
%657 = broadcast %311 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%658 = add %657, %656 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%659 = mul %652, %658 : f32[224,1,64] @ models/lib/nn.yaml:27:24
%660 = matmul %659, %131 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%661 = broadcast %132 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%662 = add %660, %661 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%663 = add %625, %626 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%664 = add %447, %663 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%665 = add %664, %662 : f32[224,1,16] @ models/lib/vit.yaml:98:18
%666 = concat %665, %446 axis=1 : f32[224,3,16] @ models/lib/vit.yaml:95:24
%667 = reduce_sum %666 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%668 = div %667, %450 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%669 = broadcast %668 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%670 = sub %666, %669 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%671 = mul %670, %670 : f32[224,3,16] @ models/lib/nn.yaml:95:22
%672 = reduce_sum %671 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%673 = div %672, %450 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%674 = add %673, %457 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%675 = rsqrt %674 : f32[224,3,1] @ models/lib/nn.yaml:96:20
%676 = broadcast %675 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%677 = mul %670, %676 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%678 = broadcast %133 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%679 = mul %677, %678 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%680 = broadcast %134 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%681 = add %679, %680 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%682 = slice %681 lo=[0,0,0] hi=[224,1,16] : f32[224,1,16] @ models/lib/vit.yaml:78:33
%683 = matmul %682, %135 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%684 = broadcast %136 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%685 = add %683, %684 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%686 = reshape %685 : f32[224,1,2,8] @ models/lib/vit.yaml:78:22
%687 = permute %686 perm=[0,2,1,3] : f32[224,2,1,8] @ models/lib/vit.yaml:78:14
%688 = matmul %681, %137 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%689 = broadcast %138 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%690 = matmul %681, %139 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%691 = broadcast %140 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%692 = slice %687 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%693 = broadcast %692 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%694 = reshape %688 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%695 = permute %694 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%696 = permute %695 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%697 = slice %696 lo=[0,0,0,0] hi=[224,2,1,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%698 = reshape %689 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%699 = permute %698 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%700 = permute %699 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%701 = slice %700 lo=[0,0,0,0] hi=[224,2,1,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%702 = add %697, %701 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%703 = mul %693, %702 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%704 = slice %687 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%705 = broadcast %704 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%706 = reshape %688 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%707 = permute %706 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%708 = permute %707 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%709 = slice %708 lo=[0,0,1,0] hi=[224,2,2,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%710 = reshape %689 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%711 = permute %710 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%712 = permute %711 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%713 = slice %712 lo=[0,0,1,0] hi=[224,2,2,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%714 = add %709, %713 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%715 = mul %705, %714 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%716 = add %703, %715 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%717 = slice %687 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%718 = broadcast %717 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%719 = reshape %688 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%720 = permute %719 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%721 = permute %720 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%722 = slice %721 lo=[0,0,2,0] hi=[224,2,3,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%723 = reshape %689 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%724 = permute %723 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%725 = permute %724 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%726 = slice %725 lo=[0,0,2,0] hi=[224,2,3,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%727 = add %722, %726 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%728 = mul %718, %727 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%729 = add %716, %728 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%730 = slice %687 lo=[0,0,0,3] hi=[224,2,1,4] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%731 = broadcast %730 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%732 = reshape %688 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%733 = permute %732 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%734 = permute %733 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%735 = slice %734 lo=[0,0,3,0] hi=[224,2,4,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%736 = reshape %689 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%737 = permute %736 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%738 = permute %737 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%739 = slice %738 lo=[0,0,3,0] hi=[224,2,4,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%740 = add %735, %739 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%741 = mul %731, %740 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%742 = add %729, %741 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%743 = slice %687 lo=[0,0,0,4] hi=[224,2,1,5] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%744 = broadcast %743 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%745 = reshape %688 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%746 = permute %745 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%747 = permute %746 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%748 = slice %747 lo=[0,0,4,0] hi=[224,2,5,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%749 = reshape %689 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%750 = permute %749 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%751 = permute %750 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%752 = slice %751 lo=[0,0,4,0] hi=[224,2,5,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%753 = add %748, %752 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%754 = mul %744, %753 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%755 = add %742, %754 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%756 = slice %687 lo=[0,0,0,5] hi=[224,2,1,6] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%757 = broadcast %756 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%758 = reshape %688 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%759 = permute %758 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%760 = permute %759 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%761 = slice %760 lo=[0,0,5,0] hi=[224,2,6,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%762 = reshape %689 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%763 = permute %762 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%764 = permute %763 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%765 = slice %764 lo=[0,0,5,0] hi=[224,2,6,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%766 = add %761, %765 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%767 = mul %757, %766 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%768 = add %755, %767 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%769 = slice %687 lo=[0,0,0,6] hi=[224,2,1,7] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%770 = broadcast %769 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%771 = reshape %688 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%772 = permute %771 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%773 = permute %772 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%774 = slice %773 lo=[0,0,6,0] hi=[224,2,7,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%775 = reshape %689 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%776 = permute %775 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%777 = permute %776 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%778 = slice %777 lo=[0,0,6,0] hi=[224,2,7,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%779 = add %774, %778 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%780 = mul %770, %779 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%781 = add %768, %780 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%782 = slice %687 lo=[0,0,0,7] hi=[224,2,1,8] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%783 = broadcast %782 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%784 = reshape %688 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%785 = permute %784 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%786 = permute %785 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%787 = slice %786 lo=[0,0,7,0] hi=[224,2,8,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%788 = reshape %689 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%789 = permute %788 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%790 = permute %789 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%791 = slice %790 lo=[0,0,7,0] hi=[224,2,8,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%792 = add %787, %791 : f32[224,2,1,3] @ models/lib/nn.yaml:84:18
%793 = mul %783, %792 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%794 = add %781, %793 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%795 = mul %794, %579 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%796 = reduce_max %795 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:14:35
%797 = stop_gradient %796 : f32[224,2,1,1] @ models/lib/nn.yaml:14:21
%798 = broadcast %797 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%799 = mul %794, %579 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%800 = sub %799, %798 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%801 = exp %800 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%802 = reduce_sum %801 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:15:20
%803 = broadcast %802 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%804 = exp %800 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%805 = div %804, %803 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%806 = slice %805 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%807 = broadcast %806 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%808 = reshape %690 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%809 = permute %808 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%810 = slice %809 lo=[0,0,0,0] hi=[224,2,1,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%811 = reshape %691 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%812 = permute %811 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%813 = slice %812 lo=[0,0,0,0] hi=[224,2,1,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%814 = add %810, %813 : f32[224,2,1,8] @ models/lib/nn.yaml:84:18
%815 = mul %807, %814 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%816 = slice %805 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%817 = broadcast %816 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%818 = reshape %690 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%819 = permute %818 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%820 = slice %819 lo=[0,0,1,0] hi=[224,2,2,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%821 = reshape %691 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%822 = permute %821 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%823 = slice %822 lo=[0,0,1,0] hi=[224,2,2,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%824 = add %820, %823 : f32[224,2,1,8] @ models/lib/nn.yaml:84:18
%825 = mul %817, %824 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%826 = add %815, %825 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%827 = slice %805 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%828 = broadcast %827 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%829 = reshape %690 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%830 = permute %829 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%831 = slice %830 lo=[0,0,2,0] hi=[224,2,3,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%832 = reshape %691 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%833 = permute %832 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%834 = slice %833 lo=[0,0,2,0] hi=[224,2,3,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%835 = add %831, %834 : f32[224,2,1,8] @ models/lib/nn.yaml:84:18
%836 = mul %828, %835 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%837 = add %826, %836 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%838 = permute %837 perm=[0,2,1,3] : f32[224,1,2,8] @ models/lib/nn.yaml:56:13
%839 = reshape %838 : f32[224,1,16] @ models/lib/nn.yaml:57:16
%840 = matmul %839, %141 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%841 = broadcast %142 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%842 = add %840, %841 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%843 = add %665, %842 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%844 = reduce_sum %843 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%845 = div %844, %630 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%846 = broadcast %845 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%847 = sub %843, %846 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%848 = mul %847, %847 : f32[224,1,16] @ models/lib/nn.yaml:95:22
%849 = reduce_sum %848 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%850 = div %849, %630 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%851 = add %850, %639 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%852 = rsqrt %851 : f32[224,1,1] @ models/lib/nn.yaml:96:20
%853 = broadcast %852 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%854 = mul %847, %853 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%855 = broadcast %143 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%856 = mul %854, %855 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%857 = broadcast %144 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%858 = add %856, %857 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%859 = matmul %858, %145 ta=0 tb=1 : f32[224,1,64] @ models/lib/nn.yaml:83:15
%860 = broadcast %146 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%861 = add %859, %860 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%862 = mul %650, %861 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%863 = add %859, %860 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%864 = mul %863, %653 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%865 = erf %864 : f32[224,1,64] @ models/lib/nn.yaml:27:31
%866 = add %657, %865 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%867 = mul %862, %866 : f32[224,1,64] @ models/lib/nn.yaml:27:24
%868 = matmul %867, %147 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%869 = broadcast %148 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%870 = add %868, %869 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%871 = add %843, %870 : f32[224,1,16] @ models/lib/vit.yaml:98:18
%872 = reshape %871 : f32[14,16,16] @ models/dino_pass.yaml:88:16
%873 = broadcast %116 : f32[14,1,16] @ models/lib/vit.yaml:116:31
%874 = concat %873, %443 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%875 = reduce_sum %874 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%876 = broadcast %183 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%877 = div %875, %876 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%878 = broadcast %877 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%879 = sub %874, %878 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%880 = mul %879, %879 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%881 = reduce_sum %880 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%882 = div %881, %876 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%883 = broadcast %191 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%884 = add %882, %883 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%885 = rsqrt %884 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%886 = broadcast %885 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%887 = mul %879, %886 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%888 = broadcast %117 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%889 = mul %887, %888 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%890 = broadcast %118 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%891 = add %889, %890 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%892 = slice %891 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%893 = matmul %892, %119 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%894 = broadcast %120 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%895 = add %893, %894 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%896 = reshape %895 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%897 = permute %896 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%898 = matmul %891, %121 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%899 = broadcast %122 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%900 = matmul %891, %123 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%901 = broadcast %124 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%902 = add %900, %901 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%903 = reshape %902 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%904 = permute %903 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%905 = slice %897 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%906 = broadcast %905 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%907 = reshape %898 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%908 = permute %907 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%909 = permute %908 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%910 = slice %909 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%911 = reshape %899 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%912 = permute %911 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%913 = permute %912 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%914 = slice %913 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%915 = add %910, %914 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%916 = mul %906, %915 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%917 = slice %897 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%918 = broadcast %917 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%919 = reshape %898 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%920 = permute %919 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%921 = permute %920 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%922 = slice %921 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%923 = reshape %899 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%924 = permute %923 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%925 = permute %924 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%926 = slice %925 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%927 = add %922, %926 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%928 = mul %918, %927 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%929 = add %916, %928 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%930 = slice %897 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%931 = broadcast %930 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%932 = reshape %898 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%933 = permute %932 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%934 = permute %933 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%935 = slice %934 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%936 = reshape %899 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%937 = permute %936 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%938 = permute %937 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%939 = slice %938 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%940 = add %935, %939 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%941 = mul %931, %940 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%942 = add %929, %941 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%943 = slice %897 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%944 = broadcast %943 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%945 = reshape %898 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%946 = permute %945 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%947 = permute %946 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%948 = slice %947 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%949 = reshape %899 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%950 = permute %949 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%951 = permute %950 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%952 = slice %951 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%953 = add %948, %952 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%954 = mul %944, %953 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%955 = add %942, %954 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%956 = slice %897 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%957 = broadcast %956 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%958 = reshape %898 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%959 = permute %958 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%960 = permute %959 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%961 = slice %960 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%962 = reshape %899 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%963 = permute %962 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%964 = permute %963 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%965 = slice %964 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%966 = add %961, %965 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%967 = mul %957, %966 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%968 = add %955, %967 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%969 = slice %897 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%970 = broadcast %969 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%971 = reshape %898 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%972 = permute %971 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%973 = permute %972 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%974 = slice %973 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%975 = reshape %899 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%976 = permute %975 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%977 = permute %976 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%978 = slice %977 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%979 = add %974, %978 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%980 = mul %970, %979 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%981 = add %968, %980 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%982 = slice %897 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%983 = broadcast %982 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%984 = reshape %898 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%985 = permute %984 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%986 = permute %985 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%987 = slice %986 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%988 = reshape %899 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%989 = permute %988 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%990 = permute %989 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%991 = slice %990 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%992 = add %987, %991 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%993 = mul %983, %992 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%994 = add %981, %993 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%995 = slice %897 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%996 = broadcast %995 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%997 = reshape %898 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%998 = permute %997 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%999 = permute %998 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1000 = slice %999 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1001 = reshape %899 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1002 = permute %1001 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1003 = permute %1002 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1004 = slice %1003 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1005 = add %1000, %1004 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1006 = mul %996, %1005 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1007 = add %994, %1006 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1008 = broadcast %260 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1009 = mul %1007, %1008 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1010 = reduce_max %1009 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1011 = stop_gradient %1010 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1012 = broadcast %1011 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1013 = mul %1007, %1008 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1014 = sub %1013, %1012 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1015 = exp %1014 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1016 = reduce_sum %1015 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1017 = broadcast %1016 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1018 = exp %1014 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1019 = div %1018, %1017 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1020 = reshape %1019 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1021 = broadcast %1020 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1022 = reshape %904 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1023 = broadcast %1022 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1024 = mul %1021, %1023 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1025 = reduce_sum %1024 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1026 = permute %1025 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1027 = reshape %1026 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1028 = matmul %1027, %125 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1029 = broadcast %126 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1030 = add %1028, %1029 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1031 = add %873, %1030 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1032 = reduce_sum %1031 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1033 = broadcast %183 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1034 = div %1032, %1033 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1035 = broadcast %1034 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1036 = sub %1031, %1035 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1037 = mul %1036, %1036 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1038 = reduce_sum %1037 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1039 = div %1038, %1033 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1040 = broadcast %191 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1041 = add %1039, %1040 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1042 = rsqrt %1041 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1043 = broadcast %1042 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1044 = mul %1036, %1043 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1045 = broadcast %127 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1046 = mul %1044, %1045 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1047 = broadcast %128 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1048 = add %1046, %1047 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1049 = matmul %1048, %129 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1050 = broadcast %130 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1051 = add %1049, %1050 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1052 = broadcast %302 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1053 = mul %1052, %1051 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1054 = broadcast %306 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1055 = mul %1051, %1054 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1056 = erf %1055 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1057 = broadcast %311 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1058 = add %1057, %1056 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1059 = mul %1053, %1058 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1060 = matmul %1059, %131 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1061 = broadcast %132 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1062 = add %1060, %1061 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1063 = add %1031, %1062 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1064 = concat %1063, %443 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%1065 = reduce_sum %1064 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1066 = div %1065, %876 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1067 = broadcast %1066 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1068 = sub %1064, %1067 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1069 = mul %1068, %1068 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1070 = reduce_sum %1069 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1071 = div %1070, %876 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1072 = add %1071, %883 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1073 = rsqrt %1072 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1074 = broadcast %1073 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1075 = mul %1068, %1074 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1076 = broadcast %133 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1077 = mul %1075, %1076 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1078 = broadcast %134 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1079 = add %1077, %1078 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1080 = slice %1079 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%1081 = matmul %1080, %135 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1082 = broadcast %136 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1083 = add %1081, %1082 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1084 = reshape %1083 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%1085 = permute %1084 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%1086 = matmul %1079, %137 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1087 = broadcast %138 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1088 = matmul %1079, %139 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1089 = broadcast %140 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1090 = add %1088, %1089 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1091 = reshape %1090 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1092 = permute %1091 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1093 = slice %1085 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1094 = broadcast %1093 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1095 = reshape %1086 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1096 = permute %1095 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1097 = permute %1096 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1098 = slice %1097 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1099 = reshape %1087 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1100 = permute %1099 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1101 = permute %1100 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1102 = slice %1101 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1103 = add %1098, %1102 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1104 = mul %1094, %1103 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1105 = slice %1085 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1106 = broadcast %1105 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1107 = reshape %1086 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1108 = permute %1107 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1109 = permute %1108 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1110 = slice %1109 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1111 = reshape %1087 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1112 = permute %1111 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1113 = permute %1112 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1114 = slice %1113 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1115 = add %1110, %1114 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1116 = mul %1106, %1115 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1117 = add %1104, %1116 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1118 = slice %1085 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1119 = broadcast %1118 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1120 = reshape %1086 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1121 = permute %1120 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1122 = permute %1121 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1123 = slice %1122 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1124 = reshape %1087 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1125 = permute %1124 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1126 = permute %1125 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1127 = slice %1126 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1128 = add %1123, %1127 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1129 = mul %1119, %1128 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1130 = add %1117, %1129 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1131 = slice %1085 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1132 = broadcast %1131 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1133 = reshape %1086 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1134 = permute %1133 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1135 = permute %1134 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1136 = slice %1135 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1137 = reshape %1087 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1138 = permute %1137 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1139 = permute %1138 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1140 = slice %1139 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1141 = add %1136, %1140 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1142 = mul %1132, %1141 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1143 = add %1130, %1142 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1144 = slice %1085 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1145 = broadcast %1144 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1146 = reshape %1086 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1147 = permute %1146 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1148 = permute %1147 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1149 = slice %1148 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1150 = reshape %1087 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1151 = permute %1150 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1152 = permute %1151 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1153 = slice %1152 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1154 = add %1149, %1153 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1155 = mul %1145, %1154 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1156 = add %1143, %1155 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1157 = slice %1085 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1158 = broadcast %1157 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1159 = reshape %1086 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1160 = permute %1159 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1161 = permute %1160 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1162 = slice %1161 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1163 = reshape %1087 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1164 = permute %1163 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1165 = permute %1164 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1166 = slice %1165 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1167 = add %1162, %1166 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1168 = mul %1158, %1167 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1169 = add %1156, %1168 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1170 = slice %1085 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1171 = broadcast %1170 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1172 = reshape %1086 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1173 = permute %1172 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1174 = permute %1173 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1175 = slice %1174 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1176 = reshape %1087 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1177 = permute %1176 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1178 = permute %1177 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1179 = slice %1178 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1180 = add %1175, %1179 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1181 = mul %1171, %1180 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1182 = add %1169, %1181 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1183 = slice %1085 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1184 = broadcast %1183 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1185 = reshape %1086 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1186 = permute %1185 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1187 = permute %1186 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1188 = slice %1187 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1189 = reshape %1087 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1190 = permute %1189 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1191 = permute %1190 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1192 = slice %1191 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1193 = add %1188, %1192 : f32[14,2,1,17] @ models/lib/nn.yaml:84:18
%1194 = mul %1184, %1193 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1195 = add %1182, %1194 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1196 = mul %1195, %1008 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1197 = reduce_max %1196 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1198 = stop_gradient %1197 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1199 = broadcast %1198 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1200 = mul %1195, %1008 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1201 = sub %1200, %1199 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1202 = exp %1201 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1203 = reduce_sum %1202 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1204 = broadcast %1203 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1205 = exp %1201 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1206 = div %1205, %1204 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1207 = reshape %1206 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1208 = broadcast %1207 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1209 = reshape %1092 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1210 = broadcast %1209 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1211 = mul %1208, %1210 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1212 = reduce_sum %1211 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1213 = permute %1212 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1214 = reshape %1213 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1215 = matmul %1214, %141 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1216 = broadcast %142 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1217 = add %1215, %1216 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1218 = add %1063, %1217 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1219 = reduce_sum %1218 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1220 = div %1219, %1033 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1221 = broadcast %1220 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1222 = sub %1218, %1221 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1223 = mul %1222, %1222 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1224 = reduce_sum %1223 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1225 = div %1224, %1033 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1226 = add %1225, %1040 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1227 = rsqrt %1226 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1228 = broadcast %1227 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1229 = mul %1222, %1228 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1230 = broadcast %143 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1231 = mul %1229, %1230 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1232 = broadcast %144 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1233 = add %1231, %1232 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1234 = matmul %1233, %145 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1235 = broadcast %146 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1236 = add %1234, %1235 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1237 = mul %1052, %1236 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1238 = mul %1236, %1054 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1239 = erf %1238 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1240 = add %1057, %1239 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1241 = mul %1237, %1240 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1242 = matmul %1241, %147 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1243 = broadcast %148 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1244 = add %1242, %1243 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1245 = add %1218, %1244 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1246 = concat %1245, %872 axis=1 : f32[14,17,16] @ models/moco_pass.yaml:139:30
%1247 = reduce_sum %1246 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1248 = div %1247, %876 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1249 = broadcast %1248 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1250 = sub %1246, %1249 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1251 = mul %1250, %1250 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1252 = reduce_sum %1251 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1253 = div %1252, %876 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1254 = add %1253, %883 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1255 = rsqrt %1254 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1256 = broadcast %1255 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1257 = mul %1250, %1256 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1258 = broadcast %149 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1259 = mul %1257, %1258 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1260 = broadcast %150 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1261 = add %1259, %1260 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1262 = slice %1261 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/moco_pass.yaml:140:42
%1263 = reshape %1262 : f32[224,16] @ models/moco_pass.yaml:140:33
%1264 = matmul %1263, %162 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1265 = reshape %1264 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1266 = reduce_sum %1265 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1267 = const data=[112] : f32[] @ models/moco_pass.yaml:80:24
%1268 = broadcast %1267 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1269 = div %1266, %1268 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1270 = all_reduce_sum %1269 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1271 = broadcast %1270 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1272 = sub %1265, %1271 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1273 = mul %1272, %1272 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1274 = reduce_sum %1273 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1275 = div %1274, %1268 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1276 = all_reduce_sum %1275 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1277 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1278 = broadcast %1277 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1279 = add %1276, %1278 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1280 = rsqrt %1279 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1281 = broadcast %1280 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1282 = mul %1272, %1281 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1283 = reshape %1282 : f32[224,12] @ models/moco_pass.yaml:83:13
%1284 = broadcast %163 : f32[224,12] @ models/moco_pass.yaml:84:18
%1285 = mul %1283, %1284 : f32[224,12] @ models/moco_pass.yaml:84:18
%1286 = broadcast %164 : f32[224,12] @ models/moco_pass.yaml:84:27
%1287 = add %1285, %1286 : f32[224,12] @ models/moco_pass.yaml:84:27
%1288 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1289 = broadcast %1288 : f32[224,12] @ models/moco_pass.yaml:70:16
%1290 = max %1287, %1289 : f32[224,12] @ models/moco_pass.yaml:70:16
%1291 = matmul %1290, %165 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1292 = reshape %1291 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1293 = reduce_sum %1292 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1294 = div %1293, %1268 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1295 = all_reduce_sum %1294 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1296 = broadcast %1295 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1297 = sub %1292, %1296 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1298 = mul %1297, %1297 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1299 = reduce_sum %1298 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1300 = div %1299, %1268 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1301 = all_reduce_sum %1300 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1302 = add %1301, %1278 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1303 = rsqrt %1302 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1304 = broadcast %1303 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1305 = mul %1297, %1304 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1306 = reshape %1305 : f32[224,12] @ models/moco_pass.yaml:83:13
%1307 = broadcast %166 : f32[224,12] @ models/moco_pass.yaml:84:18
%1308 = mul %1306, %1307 : f32[224,12] @ models/moco_pass.yaml:84:18
%1309 = broadcast %167 : f32[224,12] @ models/moco_pass.yaml:84:27
%1310 = add %1308, %1309 : f32[224,12] @ models/moco_pass.yaml:84:27
%1311 = max %1310, %1289 : f32[224,12] @ models/moco_pass.yaml:70:16
%1312 = matmul %1311, %168 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%1313 = reshape %1312 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%1314 = reduce_sum %1313 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1315 = broadcast %1267 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1316 = div %1314, %1315 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1317 = all_reduce_sum %1316 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1318 = broadcast %1317 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1319 = sub %1313, %1318 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1320 = mul %1319, %1319 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1321 = reduce_sum %1320 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1322 = div %1321, %1315 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1323 = all_reduce_sum %1322 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1324 = broadcast %1277 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1325 = add %1323, %1324 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1326 = rsqrt %1325 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1327 = broadcast %1326 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1328 = mul %1319, %1327 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1329 = slice %1261 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/moco_pass.yaml:141:31
%1330 = reshape %1329 : f32[14,16] @ models/moco_pass.yaml:141:31
%1331 = matmul %1330, %151 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1332 = reshape %1331 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1333 = reduce_sum %1332 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1334 = const data=[7] : f32[] @ models/moco_pass.yaml:80:24
%1335 = broadcast %1334 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1336 = div %1333, %1335 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1337 = all_reduce_sum %1336 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1338 = broadcast %1337 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1339 = sub %1332, %1338 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1340 = mul %1339, %1339 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1341 = reduce_sum %1340 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1342 = div %1341, %1335 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1343 = all_reduce_sum %1342 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1344 = broadcast %1277 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1345 = add %1343, %1344 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1346 = rsqrt %1345 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1347 = broadcast %1346 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1348 = mul %1339, %1347 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1349 = reshape %1348 : f32[14,24] @ models/moco_pass.yaml:83:13
%1350 = broadcast %152 : f32[14,24] @ models/moco_pass.yaml:84:18
%1351 = mul %1349, %1350 : f32[14,24] @ models/moco_pass.yaml:84:18
%1352 = broadcast %153 : f32[14,24] @ models/moco_pass.yaml:84:27
%1353 = add %1351, %1352 : f32[14,24] @ models/moco_pass.yaml:84:27
%1354 = broadcast %1288 : f32[14,24] @ models/moco_pass.yaml:70:16
%1355 = max %1353, %1354 : f32[14,24] @ models/moco_pass.yaml:70:16
%1356 = matmul %1355, %154 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1357 = reshape %1356 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1358 = reduce_sum %1357 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1359 = div %1358, %1335 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1360 = all_reduce_sum %1359 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1361 = broadcast %1360 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1362 = sub %1357, %1361 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1363 = mul %1362, %1362 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1364 = reduce_sum %1363 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1365 = div %1364, %1335 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1366 = all_reduce_sum %1365 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1367 = add %1366, %1344 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1368 = rsqrt %1367 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1369 = broadcast %1368 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1370 = mul %1362, %1369 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1371 = reshape %1370 : f32[14,24] @ models/moco_pass.yaml:83:13
%1372 = broadcast %155 : f32[14,24] @ models/moco_pass.yaml:84:18
%1373 = mul %1371, %1372 : f32[14,24] @ models/moco_pass.yaml:84:18
%1374 = broadcast %156 : f32[14,24] @ models/moco_pass.yaml:84:27
%1375 = add %1373, %1374 : f32[14,24] @ models/moco_pass.yaml:84:27
%1376 = max %1375, %1354 : f32[14,24] @ models/moco_pass.yaml:70:16
%1377 = matmul %1376, %157 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%1378 = reshape %1377 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%1379 = reduce_sum %1378 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1380 = broadcast %1334 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1381 = div %1379, %1380 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1382 = all_reduce_sum %1381 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1383 = broadcast %1382 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1384 = sub %1378, %1383 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1385 = mul %1384, %1384 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1386 = reduce_sum %1385 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1387 = div %1386, %1380 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1388 = all_reduce_sum %1387 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1389 = broadcast %1277 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1390 = add %1388, %1389 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1391 = rsqrt %1390 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1392 = broadcast %1391 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1393 = mul %1384, %1392 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1394 = reshape %1393 : f32[14,8] @ models/moco_pass.yaml:83:13
%1395 = reshape %1328 : f32[14,16,6] @ models/moco_pass.yaml:141:43
%1396 = slice %1394 lo=[0,0] hi=[7,8] : f32[7,8] @ models/moco_pass.yaml:159:25
%1397 = slice %1394 lo=[7,0] hi=[14,8] : f32[7,8] @ models/moco_pass.yaml:159:25
%1398 = slice %1395 lo=[0,0,0] hi=[7,16,6] : f32[7,16,6] @ models/moco_pass.yaml:159:32
%1399 = slice %1395 lo=[7,0,0] hi=[14,16,6] : f32[7,16,6] @ models/moco_pass.yaml:159:32
%1400 = reshape %6 : f32[16,48] @ models/lib/vit.yaml:17:20
%1401 = matmul %175, %1400 ta=0 tb=1 : f32[14,16,16] @ models/lib/vit.yaml:17:18
%1402 = broadcast %7 : f32[14,16,16] @ models/lib/vit.yaml:17:71
%1403 = add %1401, %1402 : f32[14,16,16] @ models/lib/vit.yaml:17:71
%1404 = broadcast %5 : f32[14,16,16] @ models/lib/vit.yaml:62:15
%1405 = add %1403, %1404 : f32[14,16,16] @ models/lib/vit.yaml:62:15
%1406 = reduce_sum %1405 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1407 = div %1406, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1408 = broadcast %1407 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1409 = sub %1405, %1408 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1410 = mul %1409, %1409 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1411 = reduce_sum %1410 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1412 = div %1411, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1413 = add %1412, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1414 = rsqrt %1413 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1415 = broadcast %1414 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1416 = mul %1409, %1415 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1417 = broadcast %8 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1418 = mul %1416, %1417 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1419 = broadcast %9 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1420 = add %1418, %1419 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1421 = matmul %1420, %10 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%1422 = broadcast %11 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1423 = add %1421, %1422 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1424 = reshape %1423 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%1425 = permute %1424 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%1426 = slice %1425 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%1427 = reshape %1426 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%1428 = slice %1425 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%1429 = reshape %1428 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%1430 = slice %1425 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%1431 = reshape %1430 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%1432 = permute %1429 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%1433 = slice %1427 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1434 = broadcast %1433 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1435 = slice %1432 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1436 = broadcast %1435 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1437 = mul %1434, %1436 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1438 = slice %1427 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1439 = broadcast %1438 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1440 = slice %1432 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1441 = broadcast %1440 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1442 = mul %1439, %1441 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1443 = add %1437, %1442 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1444 = slice %1427 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1445 = broadcast %1444 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1446 = slice %1432 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1447 = broadcast %1446 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1448 = mul %1445, %1447 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1449 = add %1443, %1448 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1450 = slice %1427 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1451 = broadcast %1450 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1452 = slice %1432 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1453 = broadcast %1452 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1454 = mul %1451, %1453 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1455 = add %1449, %1454 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1456 = slice %1427 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1457 = broadcast %1456 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1458 = slice %1432 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1459 = broadcast %1458 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1460 = mul %1457, %1459 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1461 = add %1455, %1460 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1462 = slice %1427 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1463 = broadcast %1462 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1464 = slice %1432 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1465 = broadcast %1464 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1466 = mul %1463, %1465 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1467 = add %1461, %1466 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1468 = slice %1427 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1469 = broadcast %1468 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1470 = slice %1432 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1471 = broadcast %1470 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1472 = mul %1469, %1471 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1473 = add %1467, %1472 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1474 = slice %1427 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1475 = broadcast %1474 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1476 = slice %1432 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1477 = broadcast %1476 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1478 = mul %1475, %1477 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1479 = add %1473, %1478 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1480 = mul %1479, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1481 = reduce_max %1480 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%1482 = stop_gradient %1481 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%1483 = broadcast %1482 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1484 = mul %1479, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1485 = sub %1484, %1483 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1486 = exp %1485 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1487 = reduce_sum %1486 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%1488 = broadcast %1487 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1489 = exp %1485 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1490 = div %1489, %1488 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1491 = reshape %1490 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%1492 = broadcast %1491 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1493 = reshape %1431 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%1494 = broadcast %1493 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1495 = mul %1492, %1494 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1496 = reduce_sum %1495 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%1497 = permute %1496 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%1498 = reshape %1497 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%1499 = matmul %1498, %12 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1500 = broadcast %13 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1501 = add %1499, %1500 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1502 = add %1405, %1501 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%1503 = reduce_sum %1502 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1504 = div %1503, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1505 = broadcast %1504 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1506 = sub %1502, %1505 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1507 = mul %1506, %1506 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1508 = reduce_sum %1507 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1509 = div %1508, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1510 = add %1509, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1511 = rsqrt %1510 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1512 = broadcast %1511 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1513 = mul %1506, %1512 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1514 = broadcast %14 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1515 = mul %1513, %1514 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1516 = broadcast %15 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1517 = add %1515, %1516 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1518 = matmul %1517, %16 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%1519 = broadcast %17 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1520 = add %1518, %1519 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1521 = mul %303, %1520 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1522 = add %1518, %1519 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1523 = mul %1522, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1524 = erf %1523 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%1525 = add %312, %1524 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1526 = mul %1521, %1525 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%1527 = matmul %1526, %18 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1528 = broadcast %19 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1529 = add %1527, %1528 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1530 = add %1502, %1529 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%1531 = reduce_sum %1530 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1532 = div %1531, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1533 = broadcast %1532 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1534 = sub %1530, %1533 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1535 = mul %1534, %1534 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1536 = reduce_sum %1535 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1537 = div %1536, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1538 = add %1537, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1539 = rsqrt %1538 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1540 = broadcast %1539 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1541 = mul %1534, %1540 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1542 = broadcast %20 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1543 = mul %1541, %1542 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1544 = broadcast %21 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1545 = add %1543, %1544 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1546 = matmul %1545, %22 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%1547 = broadcast %23 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1548 = add %1546, %1547 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1549 = reshape %1548 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%1550 = permute %1549 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%1551 = slice %1550 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%1552 = reshape %1551 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%1553 = slice %1550 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%1554 = reshape %1553 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%1555 = slice %1550 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%1556 = reshape %1555 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%1557 = permute %1554 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%1558 = slice %1552 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1559 = broadcast %1558 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1560 = slice %1557 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1561 = broadcast %1560 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1562 = mul %1559, %1561 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1563 = slice %1552 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1564 = broadcast %1563 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1565 = slice %1557 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1566 = broadcast %1565 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1567 = mul %1564, %1566 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1568 = add %1562, %1567 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1569 = slice %1552 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1570 = broadcast %1569 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1571 = slice %1557 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1572 = broadcast %1571 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1573 = mul %1570, %1572 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1574 = add %1568, %1573 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1575 = slice %1552 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1576 = broadcast %1575 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1577 = slice %1557 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1578 = broadcast %1577 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1579 = mul %1576, %1578 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1580 = add %1574, %1579 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1581 = slice %1552 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1582 = broadcast %1581 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1583 = slice %1557 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1584 = broadcast %1583 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1585 = mul %1582, %1584 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1586 = add %1580, %1585 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1587 = slice %1552 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1588 = broadcast %1587 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1589 = slice %1557 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1590 = broadcast %1589 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1591 = mul %1588, %1590 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1592 = add %1586, %1591 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1593 = slice %1552 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1594 = broadcast %1593 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1595 = slice %1557 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1596 = broadcast %1595 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1597 = mul %1594, %1596 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1598 = add %1592, %1597 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1599 = slice %1552 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1600 = broadcast %1599 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1601 = slice %1557 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1602 = broadcast %1601 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1603 = mul %1600, %1602 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1604 = add %1598, %1603 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1605 = mul %1604, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1606 = reduce_max %1605 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%1607 = stop_gradient %1606 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%1608 = broadcast %1607 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1609 = mul %1604, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1610 = sub %1609, %1608 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1611 = exp %1610 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1612 = reduce_sum %1611 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%1613 = broadcast %1612 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1614 = exp %1610 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1615 = div %1614, %1613 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1616 = reshape %1615 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%1617 = broadcast %1616 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1618 = reshape %1556 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%1619 = broadcast %1618 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1620 = mul %1617, %1619 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1621 = reduce_sum %1620 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%1622 = permute %1621 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%1623 = reshape %1622 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%1624 = matmul %1623, %24 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1625 = broadcast %25 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1626 = add %1624, %1625 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1627 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1628 = broadcast %1627 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1629 = div %1626, %1628 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1630 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1631 = rand_uniform %1630 stream=1 : f32[14] @ models/lib/nn.yaml:43:13
%1632 = broadcast %1627 : f32[14] @ models/lib/nn.yaml:44:35
%1633 = add %1632, %1631 : f32[14] @ models/lib/nn.yaml:44:35
%1634 = floor %1633 : f32[14] @ models/lib/nn.yaml:44:24
%1635 = reshape %1634 : f32[14,1,1] @ models/lib/nn.yaml:44:16
%1636 = broadcast %1635 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1637 = mul %1629, %1636 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1638 = add %1530, %1637 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%1639 = reduce_sum %1638 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1640 = div %1639, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1641 = broadcast %1640 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1642 = sub %1638, %1641 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1643 = mul %1642, %1642 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1644 = reduce_sum %1643 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1645 = div %1644, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1646 = add %1645, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1647 = rsqrt %1646 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1648 = broadcast %1647 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1649 = mul %1642, %1648 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1650 = broadcast %26 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1651 = mul %1649, %1650 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1652 = broadcast %27 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1653 = add %1651, %1652 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1654 = matmul %1653, %28 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%1655 = broadcast %29 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1656 = add %1654, %1655 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1657 = mul %303, %1656 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1658 = add %1654, %1655 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1659 = mul %1658, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1660 = erf %1659 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%1661 = add %312, %1660 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1662 = mul %1657, %1661 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%1663 = matmul %1662, %30 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1664 = broadcast %31 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1665 = add %1663, %1664 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1666 = div %1665, %1628 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1667 = rand_uniform %1630 stream=2 : f32[14] @ models/lib/nn.yaml:43:13
%1668 = add %1632, %1667 : f32[14] @ models/lib/nn.yaml:44:35
%1669 = floor %1668 : f32[14] @ models/lib/nn.yaml:44:24
%1670 = reshape %1669 : f32[14,1,1] @ models/lib/nn.yaml:44:16
%1671 = broadcast %1670 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1672 = mul %1666, %1671 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1673 = add %1638, %1672 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%1674 = broadcast %32 : f32[14,1,16] @ models/lib/vit.yaml:116:31
%1675 = concat %1674, %1673 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%1676 = reduce_sum %1675 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1677 = div %1676, %876 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1678 = broadcast %1677 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1679 = sub %1675, %1678 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1680 = mul %1679, %1679 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1681 = reduce_sum %1680 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1682 = div %1681, %876 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1683 = add %1682, %883 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1684 = rsqrt %1683 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1685 = broadcast %1684 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1686 = mul %1679, %1685 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1687 = broadcast %33 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1688 = mul %1686, %1687 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1689 = broadcast %34 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1690 = add %1688, %1689 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1691 = slice %1690 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%1692 = matmul %1691, %35 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1693 = broadcast %36 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1694 = add %1692, %1693 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1695 = reshape %1694 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%1696 = permute %1695 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%1697 = matmul %1690, %37 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1698 = broadcast %38 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1699 = add %1697, %1698 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1700 = reshape %1699 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1701 = permute %1700 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1702 = matmul %1690, %39 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1703 = broadcast %40 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1704 = add %1702, %1703 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1705 = reshape %1704 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1706 = permute %1705 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1707 = permute %1701 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1708 = slice %1696 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1709 = broadcast %1708 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1710 = slice %1707 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1711 = mul %1709, %1710 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1712 = slice %1696 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1713 = broadcast %1712 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1714 = slice %1707 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1715 = mul %1713, %1714 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1716 = add %1711, %1715 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1717 = slice %1696 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1718 = broadcast %1717 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1719 = slice %1707 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1720 = mul %1718, %1719 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1721 = add %1716, %1720 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1722 = slice %1696 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1723 = broadcast %1722 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1724 = slice %1707 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1725 = mul %1723, %1724 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1726 = add %1721, %1725 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1727 = slice %1696 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1728 = broadcast %1727 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1729 = slice %1707 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1730 = mul %1728, %1729 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1731 = add %1726, %1730 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1732 = slice %1696 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1733 = broadcast %1732 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1734 = slice %1707 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1735 = mul %1733, %1734 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1736 = add %1731, %1735 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1737 = slice %1696 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1738 = broadcast %1737 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1739 = slice %1707 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1740 = mul %1738, %1739 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1741 = add %1736, %1740 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1742 = slice %1696 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1743 = broadcast %1742 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1744 = slice %1707 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1745 = mul %1743, %1744 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1746 = add %1741, %1745 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1747 = mul %1746, %1008 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1748 = reduce_max %1747 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1749 = stop_gradient %1748 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1750 = broadcast %1749 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1751 = mul %1746, %1008 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1752 = sub %1751, %1750 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1753 = exp %1752 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1754 = reduce_sum %1753 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1755 = broadcast %1754 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1756 = exp %1752 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1757 = div %1756, %1755 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1758 = reshape %1757 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1759 = broadcast %1758 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1760 = reshape %1706 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1761 = broadcast %1760 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1762 = mul %1759, %1761 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1763 = reduce_sum %1762 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1764 = permute %1763 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1765 = reshape %1764 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1766 = matmul %1765, %41 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1767 = broadcast %42 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1768 = add %1766, %1767 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1769 = add %1674, %1768 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1770 = reduce_sum %1769 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1771 = div %1770, %1033 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1772 = broadcast %1771 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1773 = sub %1769, %1772 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1774 = mul %1773, %1773 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1775 = reduce_sum %1774 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1776 = div %1775, %1033 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1777 = add %1776, %1040 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1778 = rsqrt %1777 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1779 = broadcast %1778 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1780 = mul %1773, %1779 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1781 = broadcast %43 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1782 = mul %1780, %1781 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1783 = broadcast %44 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1784 = add %1782, %1783 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1785 = matmul %1784, %45 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1786 = broadcast %46 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1787 = add %1785, %1786 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1788 = mul %1052, %1787 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1789 = mul %1787, %1054 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1790 = erf %1789 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1791 = add %1057, %1790 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1792 = mul %1788, %1791 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1793 = matmul %1792, %47 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1794 = broadcast %48 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1795 = add %1793, %1794 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1796 = add %1769, %1795 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1797 = concat %1796, %1673 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%1798 = reduce_sum %1797 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1799 = div %1798, %876 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1800 = broadcast %1799 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1801 = sub %1797, %1800 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1802 = mul %1801, %1801 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1803 = reduce_sum %1802 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1804 = div %1803, %876 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1805 = add %1804, %883 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1806 = rsqrt %1805 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1807 = broadcast %1806 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1808 = mul %1801, %1807 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1809 = broadcast %49 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1810 = mul %1808, %1809 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1811 = broadcast %50 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1812 = add %1810, %1811 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1813 = slice %1812 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%1814 = matmul %1813, %51 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1815 = broadcast %52 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1816 = add %1814, %1815 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1817 = reshape %1816 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%1818 = permute %1817 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%1819 = matmul %1812, %53 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1820 = broadcast %54 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1821 = add %1819, %1820 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1822 = reshape %1821 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1823 = permute %1822 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1824 = matmul %1812, %55 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1825 = broadcast %56 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1826 = add %1824, %1825 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1827 = reshape %1826 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1828 = permute %1827 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1829 = permute %1823 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1830 = slice %1818 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1831 = broadcast %1830 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1832 = slice %1829 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1833 = mul %1831, %1832 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1834 = slice %1818 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1835 = broadcast %1834 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1836 = slice %1829 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1837 = mul %1835, %1836 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1838 = add %1833, %1837 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1839 = slice %1818 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1840 = broadcast %1839 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1841 = slice %1829 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1842 = mul %1840, %1841 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1843 = add %1838, %1842 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1844 = slice %1818 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1845 = broadcast %1844 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1846 = slice %1829 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1847 = mul %1845, %1846 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1848 = add %1843, %1847 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1849 = slice %1818 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1850 = broadcast %1849 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1851 = slice %1829 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1852 = mul %1850, %1851 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1853 = add %1848, %1852 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1854 = slice %1818 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1855 = broadcast %1854 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1856 = slice %1829 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1857 = mul %1855, %1856 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1858 = add %1853, %1857 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1859 = slice %1818 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1860 = broadcast %1859 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1861 = slice %1829 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1862 = mul %1860, %1861 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1863 = add %1858, %1862 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1864 = slice %1818 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1865 = broadcast %1864 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1866 = slice %1829 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1867 = mul %1865, %1866 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1868 = add %1863, %1867 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1869 = mul %1868, %1008 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1870 = reduce_max %1869 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1871 = stop_gradient %1870 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1872 = broadcast %1871 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1873 = mul %1868, %1008 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1874 = sub %1873, %1872 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1875 = exp %1874 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1876 = reduce_sum %1875 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1877 = broadcast %1876 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1878 = exp %1874 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1879 = div %1878, %1877 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1880 = reshape %1879 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1881 = broadcast %1880 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1882 = reshape %1828 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1883 = broadcast %1882 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1884 = mul %1881, %1883 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1885 = reduce_sum %1884 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1886 = permute %1885 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1887 = reshape %1886 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1888 = matmul %1887, %57 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1889 = broadcast %58 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1890 = add %1888, %1889 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1891 = add %1796, %1890 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1892 = reduce_sum %1891 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1893 = div %1892, %1033 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1894 = broadcast %1893 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1895 = sub %1891, %1894 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1896 = mul %1895, %1895 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1897 = reduce_sum %1896 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1898 = div %1897, %1033 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1899 = add %1898, %1040 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1900 = rsqrt %1899 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1901 = broadcast %1900 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1902 = mul %1895, %1901 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1903 = broadcast %59 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1904 = mul %1902, %1903 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1905 = broadcast %60 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1906 = add %1904, %1905 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1907 = matmul %1906, %61 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1908 = broadcast %62 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1909 = add %1907, %1908 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1910 = mul %1052, %1909 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1911 = mul %1909, %1054 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1912 = erf %1911 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1913 = add %1057, %1912 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1914 = mul %1910, %1913 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1915 = matmul %1914, %63 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1916 = broadcast %64 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1917 = add %1915, %1916 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1918 = add %1891, %1917 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1919 = concat %1918, %1673 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:111:21
%1920 = reduce_sum %1919 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1921 = div %1920, %876 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1922 = broadcast %1921 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1923 = sub %1919, %1922 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1924 = mul %1923, %1923 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1925 = reduce_sum %1924 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1926 = div %1925, %876 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1927 = add %1926, %883 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1928 = rsqrt %1927 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1929 = broadcast %1928 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1930 = mul %1923, %1929 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1931 = broadcast %65 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1932 = mul %1930, %1931 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1933 = broadcast %66 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1934 = add %1932, %1933 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1935 = slice %1934 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/moco_pass.yaml:130:38
%1936 = reshape %1935 : f32[14,16] @ models/moco_pass.yaml:130:38
%1937 = matmul %1936, %67 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1938 = reshape %1937 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1939 = reduce_sum %1938 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1940 = div %1939, %1335 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1941 = all_reduce_sum %1940 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1942 = broadcast %1941 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1943 = sub %1938, %1942 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1944 = mul %1943, %1943 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1945 = reduce_sum %1944 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1946 = div %1945, %1335 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1947 = all_reduce_sum %1946 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1948 = add %1947, %1344 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1949 = rsqrt %1948 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1950 = broadcast %1949 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1951 = mul %1943, %1950 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1952 = reshape %1951 : f32[14,24] @ models/moco_pass.yaml:83:13
%1953 = broadcast %68 : f32[14,24] @ models/moco_pass.yaml:84:18
%1954 = mul %1952, %1953 : f32[14,24] @ models/moco_pass.yaml:84:18
%1955 = broadcast %69 : f32[14,24] @ models/moco_pass.yaml:84:27
%1956 = add %1954, %1955 : f32[14,24] @ models/moco_pass.yaml:84:27
%1957 = max %1956, %1354 : f32[14,24] @ models/moco_pass.yaml:70:16
%1958 = matmul %1957, %70 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1959 = reshape %1958 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1960 = reduce_sum %1959 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1961 = div %1960, %1335 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1962 = all_reduce_sum %1961 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1963 = broadcast %1962 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1964 = sub %1959, %1963 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1965 = mul %1964, %1964 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1966 = reduce_sum %1965 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1967 = div %1966, %1335 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1968 = all_reduce_sum %1967 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1969 = add %1968, %1344 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1970 = rsqrt %1969 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1971 = broadcast %1970 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1972 = mul %1964, %1971 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1973 = reshape %1972 : f32[14,24] @ models/moco_pass.yaml:83:13
%1974 = broadcast %71 : f32[14,24] @ models/moco_pass.yaml:84:18
%1975 = mul %1973, %1974 : f32[14,24] @ models/moco_pass.yaml:84:18
%1976 = broadcast %72 : f32[14,24] @ models/moco_pass.yaml:84:27
%1977 = add %1975, %1976 : f32[14,24] @ models/moco_pass.yaml:84:27
%1978 = max %1977, %1354 : f32[14,24] @ models/moco_pass.yaml:70:16
%1979 = matmul %1978, %73 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%1980 = reshape %1979 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%1981 = reduce_sum %1980 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1982 = div %1981, %1380 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1983 = all_reduce_sum %1982 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1984 = broadcast %1983 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1985 = sub %1980, %1984 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1986 = mul %1985, %1985 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1987 = reduce_sum %1986 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1988 = div %1987, %1380 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1989 = all_reduce_sum %1988 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1990 = add %1989, %1389 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1991 = rsqrt %1990 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1992 = broadcast %1991 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1993 = mul %1985, %1992 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1994 = reshape %1993 : f32[14,8] @ models/moco_pass.yaml:83:13
%1995 = matmul %1994, %74 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1996 = reshape %1995 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1997 = reduce_sum %1996 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1998 = div %1997, %1335 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1999 = all_reduce_sum %1998 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2000 = broadcast %1999 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2001 = sub %1996, %2000 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2002 = mul %2001, %2001 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2003 = reduce_sum %2002 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2004 = div %2003, %1335 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2005 = all_reduce_sum %2004 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2006 = add %2005, %1344 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%2007 = rsqrt %2006 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2008 = broadcast %2007 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2009 = mul %2001, %2008 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2010 = reshape %2009 : f32[14,24] @ models/moco_pass.yaml:83:13
%2011 = broadcast %75 : f32[14,24] @ models/moco_pass.yaml:84:18
%2012 = mul %2010, %2011 : f32[14,24] @ models/moco_pass.yaml:84:18
%2013 = broadcast %76 : f32[14,24] @ models/moco_pass.yaml:84:27
%2014 = add %2012, %2013 : f32[14,24] @ models/moco_pass.yaml:84:27
%2015 = max %2014, %1354 : f32[14,24] @ models/moco_pass.yaml:70:16
%2016 = matmul %2015, %77 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%2017 = reshape %2016 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%2018 = reduce_sum %2017 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2019 = div %2018, %1380 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2020 = all_reduce_sum %2019 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2021 = broadcast %2020 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2022 = sub %2017, %2021 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2023 = mul %2022, %2022 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2024 = reduce_sum %2023 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2025 = div %2024, %1380 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2026 = all_reduce_sum %2025 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2027 = add %2026, %1389 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%2028 = rsqrt %2027 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2029 = broadcast %2028 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2030 = mul %2022, %2029 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2031 = reshape %2030 : f32[14,8] @ models/moco_pass.yaml:83:13
%2032 = slice %1934 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/moco_pass.yaml:131:58
%2033 = reshape %2032 : f32[224,16] @ models/moco_pass.yaml:131:49
%2034 = matmul %2033, %78 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%2035 = reshape %2034 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%2036 = reduce_sum %2035 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2037 = div %2036, %1268 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2038 = all_reduce_sum %2037 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2039 = broadcast %2038 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2040 = sub %2035, %2039 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2041 = mul %2040, %2040 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2042 = reduce_sum %2041 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2043 = div %2042, %1268 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2044 = all_reduce_sum %2043 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2045 = add %2044, %1278 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%2046 = rsqrt %2045 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2047 = broadcast %2046 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2048 = mul %2040, %2047 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2049 = reshape %2048 : f32[224,12] @ models/moco_pass.yaml:83:13
%2050 = broadcast %79 : f32[224,12] @ models/moco_pass.yaml:84:18
%2051 = broadcast %80 : f32[224,12] @ models/moco_pass.yaml:84:27
%2052 = mul %2049, %2050 : f32[224,12] @ models/moco_pass.yaml:84:18
%2053 = add %2052, %2051 : f32[224,12] @ models/moco_pass.yaml:84:27
%2054 = max %2053, %1289 : f32[224,12] @ models/moco_pass.yaml:70:16
%2055 = matmul %2054, %81 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%2056 = reshape %2055 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%2057 = reduce_sum %2056 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2058 = div %2057, %1268 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2059 = all_reduce_sum %2058 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2060 = broadcast %2059 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2061 = sub %2056, %2060 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2062 = mul %2061, %2061 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2063 = reduce_sum %2062 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2064 = div %2063, %1268 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2065 = all_reduce_sum %2064 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2066 = add %2065, %1278 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%2067 = rsqrt %2066 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2068 = broadcast %2067 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2069 = mul %2061, %2068 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2070 = reshape %2069 : f32[224,12] @ models/moco_pass.yaml:83:13
%2071 = broadcast %82 : f32[224,12] @ models/moco_pass.yaml:84:18
%2072 = broadcast %83 : f32[224,12] @ models/moco_pass.yaml:84:27
%2073 = mul %2070, %2071 : f32[224,12] @ models/moco_pass.yaml:84:18
%2074 = add %2073, %2072 : f32[224,12] @ models/moco_pass.yaml:84:27
%2075 = max %2074, %1289 : f32[224,12] @ models/moco_pass.yaml:70:16
%2076 = matmul %2075, %84 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%2077 = reshape %2076 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%2078 = reduce_sum %2077 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2079 = div %2078, %1315 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2080 = all_reduce_sum %2079 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2081 = broadcast %2080 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2082 = sub %2077, %2081 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2083 = mul %2082, %2082 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2084 = reduce_sum %2083 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2085 = div %2084, %1315 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2086 = all_reduce_sum %2085 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2087 = add %2086, %1324 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%2088 = rsqrt %2087 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2089 = broadcast %2088 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2090 = mul %2082, %2089 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2091 = reshape %2090 : f32[224,6] @ models/moco_pass.yaml:83:13
%2092 = matmul %2091, %85 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%2093 = reshape %2092 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%2094 = reduce_sum %2093 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2095 = div %2094, %1268 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2096 = all_reduce_sum %2095 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2097 = broadcast %2096 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2098 = sub %2093, %2097 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2099 = mul %2098, %2098 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2100 = reduce_sum %2099 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2101 = div %2100, %1268 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2102 = all_reduce_sum %2101 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2103 = add %2102, %1278 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%2104 = rsqrt %2103 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2105 = broadcast %2104 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2106 = mul %2098, %2105 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2107 = reshape %2106 : f32[224,12] @ models/moco_pass.yaml:83:13
%2108 = broadcast %86 : f32[224,12] @ models/moco_pass.yaml:84:18
%2109 = broadcast %87 : f32[224,12] @ models/moco_pass.yaml:84:27
%2110 = mul %2107, %2108 : f32[224,12] @ models/moco_pass.yaml:84:18
%2111 = add %2110, %2109 : f32[224,12] @ models/moco_pass.yaml:84:27
%2112 = max %2111, %1289 : f32[224,12] @ models/moco_pass.yaml:70:16
%2113 = matmul %2112, %88 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%2114 = reshape %2113 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%2115 = reduce_sum %2114 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2116 = div %2115, %1315 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2117 = all_reduce_sum %2116 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2118 = broadcast %2117 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2119 = sub %2114, %2118 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2120 = mul %2119, %2119 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2121 = reduce_sum %2120 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2122 = div %2121, %1315 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2123 = all_reduce_sum %2122 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2124 = add %2123, %1324 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%2125 = rsqrt %2124 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2126 = broadcast %2125 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2127 = mul %2119, %2126 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2128 = reshape %2127 : f32[14,16,6] @ models/moco_pass.yaml:132:23
%2129 = slice %2031 lo=[0,0] hi=[7,8] : f32[7,8] @ models/moco_pass.yaml:160:25
%2130 = slice %2031 lo=[7,0] hi=[14,8] : f32[7,8] @ models/moco_pass.yaml:160:25
%2131 = slice %2128 lo=[0,0,0] hi=[7,16,6] : f32[7,16,6] @ models/moco_pass.yaml:160:32
%2132 = slice %2128 lo=[7,0,0] hi=[14,16,6] : f32[7,16,6] @ models/moco_pass.yaml:160:32
%2133 = mul %1397, %1397 : f32[7,8] @ models/lib/nn.yaml:33:35
%2134 = reduce_sum %2133 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%2135 = sqrt %2134 : f32[7,1] @ models/lib/nn.yaml:33:24
%2136 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%2137 = broadcast %2136 : f32[7,1] @ models/lib/nn.yaml:33:20
%2138 = max %2135, %2137 : f32[7,1] @ models/lib/nn.yaml:33:20
%2139 = broadcast %2138 : f32[7,8] @ models/lib/nn.yaml:33:18
%2140 = div %1397, %2139 : f32[7,8] @ models/lib/nn.yaml:33:18
%2141 = stop_gradient %2140 : f32[7,8] @ models/moco_pass.yaml:109:14
%2142 = mul %2129, %2129 : f32[7,8] @ models/lib/nn.yaml:33:35
%2143 = reduce_sum %2142 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%2144 = sqrt %2143 : f32[7,1] @ models/lib/nn.yaml:33:24
%2145 = max %2144, %2137 : f32[7,1] @ models/lib/nn.yaml:33:20
%2146 = broadcast %2145 : f32[7,8] @ models/lib/nn.yaml:33:18
%2147 = div %2129, %2146 : f32[7,8] @ models/lib/nn.yaml:33:18
%2148 = matmul %2147, %2141 ta=0 tb=1 : f32[7,7] @ models/moco_pass.yaml:110:34
%2149 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%2150 = broadcast %2149 : f32[7,7] @ models/moco_pass.yaml:110:41
%2151 = iota axis=0 : i32[7,7] @ models/moco_pass.yaml:111:20
%2152 = iota axis=1 : i32[7,7] @ models/moco_pass.yaml:111:39
%2153 = eq %2151, %2152 : bool[7,7] @ models/moco_pass.yaml:111:36
%2154 = cast %2153 : f32[7,7] @ models/moco_pass.yaml:111:15
%2155 = div %2148, %2150 : f32[7,7] @ models/moco_pass.yaml:110:41
%2156 = reduce_max %2155 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:21:31
%2157 = stop_gradient %2156 : f32[7,1] @ models/lib/nn.yaml:21:17
%2158 = broadcast %2157 : f32[7,7] @ models/lib/nn.yaml:21:15
%2159 = div %2148, %2150 : f32[7,7] @ models/moco_pass.yaml:110:41
%2160 = sub %2159, %2158 : f32[7,7] @ models/lib/nn.yaml:21:15
%2161 = exp %2160 : f32[7,7] @ models/lib/nn.yaml:22:28
%2162 = reduce_sum %2161 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:24
%2163 = log %2162 : f32[7,1] @ models/lib/nn.yaml:22:20
%2164 = broadcast %2163 : f32[7,7] @ models/lib/nn.yaml:22:18
%2165 = sub %2160, %2164 : f32[7,7] @ models/lib/nn.yaml:22:18
%2166 = mul %2154, %2165 : f32[7,7] @ models/moco_pass.yaml:112:40
%2167 = reduce_sum %2166 axes=[1] keep=0 : f32[7] @ models/moco_pass.yaml:112:32
%2168 = neg %2167 : f32[7] @ models/moco_pass.yaml:112:31
%2169 = reduce_sum %2168 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%2170 = div %2169, %1334 : f32[] @ models/moco_pass.yaml:112:26
%2171 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%2172 = mul %2171, %2170 : f32[] @ models/moco_pass.yaml:112:24
%2173 = mul %1396, %1396 : f32[7,8] @ models/lib/nn.yaml:33:35
%2174 = reduce_sum %2173 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%2175 = sqrt %2174 : f32[7,1] @ models/lib/nn.yaml:33:24
%2176 = max %2175, %2137 : f32[7,1] @ models/lib/nn.yaml:33:20
%2177 = broadcast %2176 : f32[7,8] @ models/lib/nn.yaml:33:18
%2178 = div %1396, %2177 : f32[7,8] @ models/lib/nn.yaml:33:18
%2179 = stop_gradient %2178 : f32[7,8] @ models/moco_pass.yaml:109:14
%2180 = mul %2130, %2130 : f32[7,8] @ models/lib/nn.yaml:33:35
%2181 = reduce_sum %2180 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%2182 = sqrt %2181 : f32[7,1] @ models/lib/nn.yaml:33:24
%2183 = max %2182, %2137 : f32[7,1] @ models/lib/nn.yaml:33:20
%2184 = broadcast %2183 : f32[7,8] @ models/lib/nn.yaml:33:18
%2185 = div %2130, %2184 : f32[7,8] @ models/lib/nn.yaml:33:18
%2186 = matmul %2185, %2179 ta=0 tb=1 : f32[7,7] @ models/moco_pass.yaml:110:34
%2187 = div %2186, %2150 : f32[7,7] @ models/moco_pass.yaml:110:41
%2188 = reduce_max %2187 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:21:31
%2189 = stop_gradient %2188 : f32[7,1] @ models/lib/nn.yaml:21:17
%2190 = broadcast %2189 : f32[7,7] @ models/lib/nn.yaml:21:15
%2191 = div %2186, %2150 : f32[7,7] @ models/moco_pass.yaml:110:41
%2192 = sub %2191, %2190 : f32[7,7] @ models/lib/nn.yaml:21:15
%2193 = exp %2192 : f32[7,7] @ models/lib/nn.yaml:22:28
%2194 = reduce_sum %2193 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:24
%2195 = log %2194 : f32[7,1] @ models/lib/nn.yaml:22:20
%2196 = broadcast %2195 : f32[7,7] @ models/lib/nn.yaml:22:18
%2197 = sub %2192, %2196 : f32[7,7] @ models/lib/nn.yaml:22:18
%2198 = mul %2154, %2197 : f32[7,7] @ models/moco_pass.yaml:112:40
%2199 = reduce_sum %2198 axes=[1] keep=0 : f32[7] @ models/moco_pass.yaml:112:32
%2200 = neg %2199 : f32[7] @ models/moco_pass.yaml:112:31
%2201 = reduce_sum %2200 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%2202 = div %2201, %1334 : f32[] @ models/moco_pass.yaml:112:26
%2203 = mul %2171, %2202 : f32[] @ models/moco_pass.yaml:112:24
%2204 = add %2172, %2203 : f32[] @ models/moco_pass.yaml:169:11
%2205 = const data=[2] : f32[] @ models/moco_pass.yaml:165:3
%2206 = div %2204, %2205 : f32[] @ models/moco_pass.yaml:165:3
%2207 = output %2206 name="loss.image" : f32[] @ models/moco_pass.yaml:165:3
%2208 = mul %2206, %2205 : f32[] @ models/moco_pass.yaml:165:3
%2209 = permute %2131 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:20
%2210 = permute %1398 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:50
%2211 = mul %2210, %2210 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2212 = reduce_sum %2211 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%2213 = sqrt %2212 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2214 = broadcast %2136 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2215 = max %2213, %2214 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2216 = broadcast %2215 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2217 = div %2210, %2216 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2218 = stop_gradient %2217 : f32[16,7,6] @ models/moco_pass.yaml:109:14
%2219 = mul %2209, %2209 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2220 = reduce_sum %2219 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%2221 = sqrt %2220 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2222 = max %2221, %2214 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2223 = broadcast %2222 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2224 = div %2209, %2223 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2225 = permute %2218 perm=[0,2,1] : f32[16,6,7] @ models/moco_pass.yaml:110:34
%2226 = slice %2224 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2227 = broadcast %2226 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2228 = slice %2225 lo=[0,0,0] hi=[16,1,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2229 = broadcast %2228 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2230 = mul %2227, %2229 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2231 = slice %2224 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2232 = broadcast %2231 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2233 = slice %2225 lo=[0,1,0] hi=[16,2,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2234 = broadcast %2233 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2235 = mul %2232, %2234 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2236 = add %2230, %2235 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2237 = slice %2224 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2238 = broadcast %2237 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2239 = slice %2225 lo=[0,2,0] hi=[16,3,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2240 = broadcast %2239 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2241 = mul %2238, %2240 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2242 = add %2236, %2241 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2243 = slice %2224 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2244 = broadcast %2243 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2245 = slice %2225 lo=[0,3,0] hi=[16,4,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2246 = broadcast %2245 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2247 = mul %2244, %2246 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2248 = add %2242, %2247 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2249 = slice %2224 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2250 = broadcast %2249 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2251 = slice %2225 lo=[0,4,0] hi=[16,5,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2252 = broadcast %2251 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2253 = mul %2250, %2252 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2254 = add %2248, %2253 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2255 = slice %2224 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2256 = broadcast %2255 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2257 = slice %2225 lo=[0,5,0] hi=[16,6,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2258 = broadcast %2257 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2259 = mul %2256, %2258 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2260 = add %2254, %2259 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2261 = broadcast %2149 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2262 = div %2260, %2261 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2263 = reduce_max %2262 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:21:31
%2264 = stop_gradient %2263 : f32[16,7,1] @ models/lib/nn.yaml:21:17
%2265 = broadcast %2264 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%2266 = div %2260, %2261 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2267 = sub %2266, %2265 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%2268 = exp %2267 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2269 = reduce_sum %2268 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:24
%2270 = log %2269 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2271 = broadcast %2270 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2272 = sub %2267, %2271 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2273 = broadcast %2154 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2274 = mul %2273, %2272 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2275 = reduce_sum %2274 axes=[2] keep=0 : f32[16,7] @ models/moco_pass.yaml:112:32
%2276 = neg %2275 : f32[16,7] @ models/moco_pass.yaml:112:31
%2277 = reduce_sum %2276 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%2278 = div %2277, %1267 : f32[] @ models/moco_pass.yaml:112:26
%2279 = mul %2171, %2278 : f32[] @ models/moco_pass.yaml:112:24
%2280 = permute %2132 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:20
%2281 = permute %1399 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:50
%2282 = mul %2281, %2281 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2283 = reduce_sum %2282 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%2284 = sqrt %2283 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2285 = max %2284, %2214 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2286 = broadcast %2285 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2287 = div %2281, %2286 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2288 = stop_gradient %2287 : f32[16,7,6] @ models/moco_pass.yaml:109:14
%2289 = mul %2280, %2280 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2290 = reduce_sum %2289 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%2291 = sqrt %2290 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2292 = max %2291, %2214 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2293 = broadcast %2292 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2294 = div %2280, %2293 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2295 = permute %2288 perm=[0,2,1] : f32[16,6,7] @ models/moco_pass.yaml:110:34
%2296 = slice %2294 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2297 = broadcast %2296 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2298 = slice %2295 lo=[0,0,0] hi=[16,1,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2299 = broadcast %2298 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2300 = mul %2297, %2299 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2301 = slice %2294 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2302 = broadcast %2301 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2303 = slice %2295 lo=[0,1,0] hi=[16,2,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2304 = broadcast %2303 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2305 = mul %2302, %2304 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2306 = add %2300, %2305 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2307 = slice %2294 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2308 = broadcast %2307 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2309 = slice %2295 lo=[0,2,0] hi=[16,3,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2310 = broadcast %2309 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2311 = mul %2308, %2310 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2312 = add %2306, %2311 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2313 = slice %2294 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2314 = broadcast %2313 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2315 = slice %2295 lo=[0,3,0] hi=[16,4,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2316 = broadcast %2315 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2317 = mul %2314, %2316 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2318 = add %2312, %2317 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2319 = slice %2294 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2320 = broadcast %2319 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2321 = slice %2295 lo=[0,4,0] hi=[16,5,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2322 = broadcast %2321 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2323 = mul %2320, %2322 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2324 = add %2318, %2323 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2325 = slice %2294 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2326 = broadcast %2325 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2327 = slice %2295 lo=[0,5,0] hi=[16,6,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2328 = broadcast %2327 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2329 = mul %2326, %2328 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2330 = add %2324, %2329 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2331 = div %2330, %2261 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2332 = reduce_max %2331 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:21:31
%2333 = stop_gradient %2332 : f32[16,7,1] @ models/lib/nn.yaml:21:17
%2334 = broadcast %2333 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%2335 = div %2330, %2261 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2336 = sub %2335, %2334 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%2337 = exp %2336 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2338 = reduce_sum %2337 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:24
%2339 = log %2338 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2340 = broadcast %2339 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2341 = sub %2336, %2340 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2342 = mul %2273, %2341 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2343 = reduce_sum %2342 axes=[2] keep=0 : f32[16,7] @ models/moco_pass.yaml:112:32
%2344 = neg %2343 : f32[16,7] @ models/moco_pass.yaml:112:31
%2345 = reduce_sum %2344 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%2346 = div %2345, %1267 : f32[] @ models/moco_pass.yaml:112:26
%2347 = mul %2171, %2346 : f32[] @ models/moco_pass.yaml:112:24
%2348 = add %2279, %2347 : f32[] @ models/moco_pass.yaml:173:11
%2349 = div %2348, %2205 : f32[] @ models/moco_pass.yaml:170:3
%2350 = output %2349 name="loss.patch" : f32[] @ models/moco_pass.yaml:170:3
%2351 = mul %2349, %2149 : f32[] @ models/moco_pass.yaml:170:3
%2352 = add %2208, %2351 : f32[] @ models/moco_pass.yaml:170:3
%2353 = output %2352 name="loss" : f32[] @ models/moco_pass.yaml:165:3
%2354 = cast %1 : f64[] @ models/moco_pass.yaml:151:3
%2355 = cast %2 : f64[] @ models/moco_pass.yaml:152:3
%2356 = cast %3 : f64[] @ models/moco_pass.yaml:153:3
%2357 = const data=[0.1] : f32[] @ models/moco_pass.yaml:170:3
%2358 = const data=[-0.00035714288] : f32[] @ models/moco_pass.yaml:112:31
%2359 = broadcast %2358 : f32[16,7] @ models/moco_pass.yaml:112:31
%2360 = reshape %2359 : f32[16,7,1] @ models/moco_pass.yaml:112:32
%2361 = broadcast %2360 : f32[16,7,7] @ models/moco_pass.yaml:112:32
%2362 = mul %2361, %2273 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2363 = neg %2362 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2364 = reduce_sum %2363 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:18
%2365 = div %2364, %2338 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2366 = broadcast %2365 : f32[16,7,7] @ models/lib/nn.yaml:22:24
%2367 = exp %2336 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2368 = mul %2366, %2367 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2369 = mul %2361, %2273 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2370 = add %2369, %2368 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2371 = div %2370, %2261 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2372 = slice %2371 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2373 = broadcast %2372 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2374 = slice %2288 lo=[0,0,0] hi=[16,1,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2375 = broadcast %2374 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2376 = mul %2373, %2375 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2377 = slice %2371 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2378 = broadcast %2377 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2379 = slice %2288 lo=[0,1,0] hi=[16,2,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2380 = broadcast %2379 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2381 = mul %2378, %2380 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2382 = add %2376, %2381 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2383 = slice %2371 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2384 = broadcast %2383 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2385 = slice %2288 lo=[0,2,0] hi=[16,3,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2386 = broadcast %2385 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2387 = mul %2384, %2386 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2388 = add %2382, %2387 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2389 = slice %2371 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2390 = broadcast %2389 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2391 = slice %2288 lo=[0,3,0] hi=[16,4,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2392 = broadcast %2391 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2393 = mul %2390, %2392 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2394 = add %2388, %2393 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2395 = slice %2371 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2396 = broadcast %2395 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2397 = slice %2288 lo=[0,4,0] hi=[16,5,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2398 = broadcast %2397 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2399 = mul %2396, %2398 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2400 = add %2394, %2399 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2401 = slice %2371 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2402 = broadcast %2401 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2403 = slice %2288 lo=[0,5,0] hi=[16,6,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2404 = broadcast %2403 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2405 = mul %2402, %2404 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2406 = add %2400, %2405 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2407 = slice %2371 lo=[0,0,6] hi=[16,7,7] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2408 = broadcast %2407 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2409 = slice %2288 lo=[0,6,0] hi=[16,7,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2410 = broadcast %2409 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2411 = mul %2408, %2410 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2412 = add %2406, %2411 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2413 = div %2412, %2293 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2414 = mul %2413, %2294 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2415 = neg %2414 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2416 = reduce_sum %2415 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:18
%2417 = broadcast %1288 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2418 = broadcast %302 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2419 = mul %2416, %2418 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2420 = sqrt %2290 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2421 = eq %2420, %2214 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2422 = select %2421, %2419, %2417 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2423 = sqrt %2290 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2424 = gt %2423, %2214 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2425 = select %2424, %2416, %2422 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2426 = mul %2425, %2418 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2427 = sqrt %2290 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2428 = div %2426, %2427 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2429 = broadcast %2428 : f32[16,7,6] @ models/lib/nn.yaml:33:29
%2430 = mul %2429, %2280 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2431 = add %2413, %2430 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2432 = add %2431, %2430 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2433 = permute %2432 perm=[1,0,2] : f32[7,16,6] @ models/moco_pass.yaml:173:20
%2434 = div %2364, %2269 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2435 = broadcast %2434 : f32[16,7,7] @ models/lib/nn.yaml:22:24
%2436 = exp %2267 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2437 = mul %2435, %2436 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2438 = mul %2361, %2273 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2439 = add %2438, %2437 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2440 = div %2439, %2261 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2441 = slice %2440 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2442 = broadcast %2441 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2443 = slice %2218 lo=[0,0,0] hi=[16,1,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2444 = broadcast %2443 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2445 = mul %2442, %2444 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2446 = slice %2440 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2447 = broadcast %2446 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2448 = slice %2218 lo=[0,1,0] hi=[16,2,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2449 = broadcast %2448 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2450 = mul %2447, %2449 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2451 = add %2445, %2450 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2452 = slice %2440 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2453 = broadcast %2452 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2454 = slice %2218 lo=[0,2,0] hi=[16,3,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2455 = broadcast %2454 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2456 = mul %2453, %2455 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2457 = add %2451, %2456 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2458 = slice %2440 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2459 = broadcast %2458 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2460 = slice %2218 lo=[0,3,0] hi=[16,4,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2461 = broadcast %2460 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2462 = mul %2459, %2461 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2463 = add %2457, %2462 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2464 = slice %2440 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2465 = broadcast %2464 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2466 = slice %2218 lo=[0,4,0] hi=[16,5,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2467 = broadcast %2466 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2468 = mul %2465, %2467 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2469 = add %2463, %2468 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2470 = slice %2440 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2471 = broadcast %2470 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2472 = slice %2218 lo=[0,5,0] hi=[16,6,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2473 = broadcast %2472 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2474 = mul %2471, %2473 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2475 = add %2469, %2474 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2476 = slice %2440 lo=[0,0,6] hi=[16,7,7] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2477 = broadcast %2476 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2478 = slice %2218 lo=[0,6,0] hi=[16,7,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2479 = broadcast %2478 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2480 = mul %2477, %2479 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2481 = add %2475, %2480 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2482 = div %2481, %2223 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2483 = mul %2482, %2224 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2484 = neg %2483 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2485 = reduce_sum %2484 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:18
%2486 = mul %2485, %2418 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2487 = sqrt %2220 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2488 = eq %2487, %2214 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2489 = select %2488, %2486, %2417 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2490 = sqrt %2220 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2491 = gt %2490, %2214 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2492 = select %2491, %2485, %2489 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2493 = mul %2492, %2418 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2494 = sqrt %2220 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2495 = div %2493, %2494 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2496 = broadcast %2495 : f32[16,7,6] @ models/lib/nn.yaml:33:29
%2497 = mul %2496, %2209 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2498 = add %2482, %2497 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2499 = add %2498, %2497 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2500 = permute %2499 perm=[1,0,2] : f32[7,16,6] @ models/moco_pass.yaml:173:20
%2501 = const data=[-0.057142857] : f32[] @ models/moco_pass.yaml:112:31
%2502 = broadcast %2501 : f32[7] @ models/moco_pass.yaml:112:31
%2503 = reshape %2502 : f32[7,1] @ models/moco_pass.yaml:112:32
%2504 = broadcast %2503 : f32[7,7] @ models/moco_pass.yaml:112:32
%2505 = mul %2504, %2154 : f32[7,7] @ models/moco_pass.yaml:112:40
%2506 = neg %2505 : f32[7,7] @ models/lib/nn.yaml:22:18
%2507 = reduce_sum %2506 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:18
%2508 = div %2507, %2194 : f32[7,1] @ models/lib/nn.yaml:22:20
%2509 = broadcast %2508 : f32[7,7] @ models/lib/nn.yaml:22:24
%2510 = exp %2192 : f32[7,7] @ models/lib/nn.yaml:22:28
%2511 = mul %2509, %2510 : f32[7,7] @ models/lib/nn.yaml:22:28
%2512 = mul %2504, %2154 : f32[7,7] @ models/moco_pass.yaml:112:40
%2513 = add %2512, %2511 : f32[7,7] @ models/lib/nn.yaml:22:28
%2514 = div %2513, %2150 : f32[7,7] @ models/moco_pass.yaml:110:41
%2515 = matmul %2514, %2179 ta=0 tb=0 : f32[7,8] @ models/moco_pass.yaml:110:34
%2516 = div %2515, %2184 : f32[7,8] @ models/lib/nn.yaml:33:18
%2517 = mul %2516, %2185 : f32[7,8] @ models/lib/nn.yaml:33:18
%2518 = neg %2517 : f32[7,8] @ models/lib/nn.yaml:33:18
%2519 = reduce_sum %2518 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:18
%2520 = broadcast %1288 : f32[7,1] @ models/lib/nn.yaml:33:20
%2521 = broadcast %302 : f32[7,1] @ models/lib/nn.yaml:33:20
%2522 = mul %2519, %2521 : f32[7,1] @ models/lib/nn.yaml:33:20
%2523 = sqrt %2181 : f32[7,1] @ models/lib/nn.yaml:33:24
%2524 = eq %2523, %2137 : bool[7,1] @ models/lib/nn.yaml:33:20
%2525 = select %2524, %2522, %2520 : f32[7,1] @ models/lib/nn.yaml:33:20
%2526 = sqrt %2181 : f32[7,1] @ models/lib/nn.yaml:33:24
%2527 = gt %2526, %2137 : bool[7,1] @ models/lib/nn.yaml:33:20
%2528 = select %2527, %2519, %2525 : f32[7,1] @ models/lib/nn.yaml:33:20
%2529 = mul %2528, %2521 : f32[7,1] @ models/lib/nn.yaml:33:24
%2530 = sqrt %2181 : f32[7,1] @ models/lib/nn.yaml:33:24
%2531 = div %2529, %2530 : f32[7,1] @ models/lib/nn.yaml:33:24
%2532 = broadcast %2531 : f32[7,8] @ models/lib/nn.yaml:33:29
%2533 = mul %2532, %2130 : f32[7,8] @ models/lib/nn.yaml:33:35
%2534 = add %2516, %2533 : f32[7,8] @ models/lib/nn.yaml:33:35
%2535 = add %2534, %2533 : f32[7,8] @ models/lib/nn.yaml:33:35
%2536 = div %2507, %2162 : f32[7,1] @ models/lib/nn.yaml:22:20
%2537 = broadcast %2536 : f32[7,7] @ models/lib/nn.yaml:22:24
%2538 = exp %2160 : f32[7,7] @ models/lib/nn.yaml:22:28
%2539 = mul %2537, %2538 : f32[7,7] @ models/lib/nn.yaml:22:28
%2540 = mul %2504, %2154 : f32[7,7] @ models/moco_pass.yaml:112:40
%2541 = add %2540, %2539 : f32[7,7] @ models/lib/nn.yaml:22:28
%2542 = div %2541, %2150 : f32[7,7] @ models/moco_pass.yaml:110:41
%2543 = matmul %2542, %2141 ta=0 tb=0 : f32[7,8] @ models/moco_pass.yaml:110:34
%2544 = div %2543, %2146 : f32[7,8] @ models/lib/nn.yaml:33:18
%2545 = mul %2544, %2147 : f32[7,8] @ models/lib/nn.yaml:33:18
%2546 = neg %2545 : f32[7,8] @ models/lib/nn.yaml:33:18
%2547 = reduce_sum %2546 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:18
%2548 = mul %2547, %2521 : f32[7,1] @ models/lib/nn.yaml:33:20
%2549 = sqrt %2143 : f32[7,1] @ models/lib/nn.yaml:33:24
%2550 = eq %2549, %2137 : bool[7,1] @ models/lib/nn.yaml:33:20
%2551 = select %2550, %2548, %2520 : f32[7,1] @ models/lib/nn.yaml:33:20
%2552 = sqrt %2143 : f32[7,1] @ models/lib/nn.yaml:33:24
%2553 = gt %2552, %2137 : bool[7,1] @ models/lib/nn.yaml:33:20
%2554 = select %2553, %2547, %2551 : f32[7,1] @ models/lib/nn.yaml:33:20
%2555 = mul %2554, %2521 : f32[7,1] @ models/lib/nn.yaml:33:24
%2556 = sqrt %2143 : f32[7,1] @ models/lib/nn.yaml:33:24
%2557 = div %2555, %2556 : f32[7,1] @ models/lib/nn.yaml:33:24
%2558 = broadcast %2557 : f32[7,8] @ models/lib/nn.yaml:33:29
%2559 = mul %2558, %2129 : f32[7,8] @ models/lib/nn.yaml:33:35
%2560 = add %2544, %2559 : f32[7,8] @ models/lib/nn.yaml:33:35
%2561 = add %2560, %2559 : f32[7,8] @ models/lib/nn.yaml:33:35
%2562 = concat %2500, %2433 axis=0 : f32[14,16,6] @ models/moco_pass.yaml:160:32
%2563 = concat %2561, %2535 axis=0 : f32[14,8] @ models/moco_pass.yaml:160:25
%2564 = reshape %2562 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%2565 = mul %2564, %2126 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2566 = mul %2564, %2119 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2567 = reduce_sum %2566 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2568 = mul %2125, %2125 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2569 = mul %2125, %2568 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2570 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2571 = broadcast %2570 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2572 = mul %2569, %2571 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2573 = mul %2567, %2572 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2574 = all_reduce_sum %2573 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2575 = div %2574, %1315 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2576 = broadcast %2575 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%2577 = mul %2576, %2119 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2578 = add %2565, %2577 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2579 = add %2578, %2577 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2580 = neg %2579 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2581 = reduce_sum %2580 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2582 = all_reduce_sum %2581 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2583 = div %2582, %1315 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2584 = broadcast %2583 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2585 = add %2579, %2584 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2586 = reshape %2585 : f32[224,6] @ models/moco_pass.yaml:79:13
%2587 = matmul %2586, %88 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2588 = matmul %2586, %2112 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2589 = broadcast %302 : f32[224,12] @ models/moco_pass.yaml:70:16
%2590 = mul %2587, %2589 : f32[224,12] @ models/moco_pass.yaml:70:16
%2591 = mul %2107, %2108 : f32[224,12] @ models/moco_pass.yaml:84:18
%2592 = add %2591, %2109 : f32[224,12] @ models/moco_pass.yaml:84:27
%2593 = eq %2592, %1289 : bool[224,12] @ models/moco_pass.yaml:70:16
%2594 = select %2593, %2590, %1289 : f32[224,12] @ models/moco_pass.yaml:70:16
%2595 = mul %2107, %2108 : f32[224,12] @ models/moco_pass.yaml:84:18
%2596 = add %2595, %2109 : f32[224,12] @ models/moco_pass.yaml:84:27
%2597 = gt %2596, %1289 : bool[224,12] @ models/moco_pass.yaml:70:16
%2598 = select %2597, %2587, %2594 : f32[224,12] @ models/moco_pass.yaml:70:16
%2599 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,224] @ models/moco_pass.yaml:84:27
%2600 = matmul %2599, %2598 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2601 = reshape %2600 : f32[12] @ models/moco_pass.yaml:84:27
%2602 = mul %2598, %2107 : f32[224,12] @ models/moco_pass.yaml:84:18
%2603 = matmul %2599, %2602 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2604 = reshape %2603 : f32[12] @ models/moco_pass.yaml:84:18
%2605 = reshape %2598 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2606 = reshape %2108 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2607 = mul %2605, %2606 : f32[2,112,12] @ models/moco_pass.yaml:84:18
%2608 = mul %2607, %2105 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2609 = reshape %2598 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2610 = reshape %2108 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2611 = mul %2609, %2610 : f32[2,112,12] @ models/moco_pass.yaml:84:18
%2612 = mul %2611, %2098 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2613 = reduce_sum %2612 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2614 = mul %2104, %2104 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2615 = mul %2104, %2614 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2616 = broadcast %2570 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2617 = mul %2615, %2616 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2618 = mul %2613, %2617 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2619 = all_reduce_sum %2618 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2620 = div %2619, %1268 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2621 = broadcast %2620 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2622 = mul %2621, %2098 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2623 = add %2608, %2622 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2624 = add %2623, %2622 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2625 = neg %2624 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2626 = reduce_sum %2625 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2627 = all_reduce_sum %2626 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2628 = div %2627, %1268 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2629 = broadcast %2628 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2630 = add %2624, %2629 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2631 = reshape %2630 : f32[224,12] @ models/moco_pass.yaml:79:13
%2632 = matmul %2631, %85 ta=0 tb=0 : f32[224,6] @ models/lib/nn.yaml:83:15
%2633 = matmul %2631, %2091 ta=1 tb=0 : f32[12,6] @ models/lib/nn.yaml:83:15
%2634 = reshape %2632 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%2635 = mul %2634, %2089 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2636 = mul %2634, %2082 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2637 = reduce_sum %2636 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2638 = mul %2088, %2088 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2639 = mul %2088, %2638 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2640 = mul %2639, %2571 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2641 = mul %2637, %2640 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2642 = all_reduce_sum %2641 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2643 = div %2642, %1315 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2644 = broadcast %2643 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%2645 = mul %2644, %2082 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2646 = add %2635, %2645 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2647 = add %2646, %2645 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2648 = neg %2647 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2649 = reduce_sum %2648 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2650 = all_reduce_sum %2649 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2651 = div %2650, %1315 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2652 = broadcast %2651 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2653 = add %2647, %2652 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2654 = reshape %2653 : f32[224,6] @ models/moco_pass.yaml:79:13
%2655 = matmul %2654, %84 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2656 = matmul %2654, %2075 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2657 = mul %2655, %2589 : f32[224,12] @ models/moco_pass.yaml:70:16
%2658 = mul %2070, %2071 : f32[224,12] @ models/moco_pass.yaml:84:18
%2659 = add %2658, %2072 : f32[224,12] @ models/moco_pass.yaml:84:27
%2660 = eq %2659, %1289 : bool[224,12] @ models/moco_pass.yaml:70:16
%2661 = select %2660, %2657, %1289 : f32[224,12] @ models/moco_pass.yaml:70:16
%2662 = mul %2070, %2071 : f32[224,12] @ models/moco_pass.yaml:84:18
%2663 = add %2662, %2072 : f32[224,12] @ models/moco_pass.yaml:84:27
%2664 = gt %2663, %1289 : bool[224,12] @ models/moco_pass.yaml:70:16
%2665 = select %2664, %2655, %2661 : f32[224,12] @ models/moco_pass.yaml:70:16
%2666 = matmul %2599, %2665 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2667 = reshape %2666 : f32[12] @ models/moco_pass.yaml:84:27
%2668 = mul %2665, %2070 : f32[224,12] @ models/moco_pass.yaml:84:18
%2669 = matmul %2599, %2668 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2670 = reshape %2669 : f32[12] @ models/moco_pass.yaml:84:18
%2671 = reshape %2665 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2672 = reshape %2071 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2673 = mul %2671, %2672 : f32[2,112,12] @ models/moco_pass.yaml:84:18
%2674 = mul %2673, %2068 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2675 = reshape %2665 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2676 = reshape %2071 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2677 = mul %2675, %2676 : f32[2,112,12] @ models/moco_pass.yaml:84:18
%2678 = mul %2677, %2061 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2679 = reduce_sum %2678 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2680 = mul %2067, %2067 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2681 = mul %2067, %2680 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2682 = mul %2681, %2616 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2683 = mul %2679, %2682 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2684 = all_reduce_sum %2683 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2685 = div %2684, %1268 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2686 = broadcast %2685 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2687 = mul %2686, %2061 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2688 = add %2674, %2687 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2689 = add %2688, %2687 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2690 = neg %2689 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2691 = reduce_sum %2690 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2692 = all_reduce_sum %2691 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2693 = div %2692, %1268 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2694 = broadcast %2693 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2695 = add %2689, %2694 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2696 = reshape %2695 : f32[224,12] @ models/moco_pass.yaml:79:13
%2697 = matmul %2696, %81 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2698 = matmul %2696, %2054 ta=1 tb=0 : f32[12,12] @ models/lib/nn.yaml:83:15
%2699 = mul %2697, %2589 : f32[224,12] @ models/moco_pass.yaml:70:16
%2700 = mul %2049, %2050 : f32[224,12] @ models/moco_pass.yaml:84:18
%2701 = add %2700, %2051 : f32[224,12] @ models/moco_pass.yaml:84:27
%2702 = eq %2701, %1289 : bool[224,12] @ models/moco_pass.yaml:70:16
%2703 = select %2702, %2699, %1289 : f32[224,12] @ models/moco_pass.yaml:70:16
%2704 = mul %2049, %2050 : f32[224,12] @ models/moco_pass.yaml:84:18
%2705 = add %2704, %2051 : f32[224,12] @ models/moco_pass.yaml:84:27
%2706 = gt %2705, %1289 : bool[224,12] @ models/moco_pass.yaml:70:16
%2707 = select %2706, %2697, %2703 : f32[224,12] @ models/moco_pass.yaml:70:16
%2708 = matmul %2599, %2707 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2709 = reshape %2708 : f32[12] @ models/moco_pass.yaml:84:27
%2710 = mul %2707, %2049 : f32[224,12] @ models/moco_pass.yaml:84:18
%2711 = matmul %2599, %2710 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2712 = reshape %2711 : f32[12] @ models/moco_pass.yaml:84:18
%2713 = reshape %2707 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2714 = reshape %2050 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2715 = mul %2713, %2714 : f32[2,112,12] @ models/moco_pass.yaml:84:18
%2716 = mul %2715, %2047 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2717 = reshape %2707 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2718 = reshape %2050 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2719 = mul %2717, %2718 : f32[2,112,12] @ models/moco_pass.yaml:84:18
%2720 = mul %2719, %2040 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2721 = reduce_sum %2720 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2722 = mul %2046, %2046 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2723 = mul %2046, %2722 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2724 = mul %2723, %2616 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2725 = mul %2721, %2724 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2726 = all_reduce_sum %2725 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2727 = div %2726, %1268 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2728 = broadcast %2727 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2729 = mul %2728, %2040 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2730 = add %2716, %2729 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2731 = add %2730, %2729 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2732 = neg %2731 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2733 = reduce_sum %2732 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2734 = all_reduce_sum %2733 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2735 = div %2734, %1268 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2736 = broadcast %2735 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2737 = add %2731, %2736 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2738 = reshape %2737 : f32[224,12] @ models/moco_pass.yaml:79:13
%2739 = matmul %2738, %78 ta=0 tb=0 : f32[224,16] @ models/lib/nn.yaml:83:15
%2740 = matmul %2738, %2033 ta=1 tb=0 : f32[12,16] @ models/lib/nn.yaml:83:15
%2741 = reshape %2739 : f32[14,16,16] @ models/moco_pass.yaml:131:49
%2742 = reshape %2563 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%2743 = mul %2742, %2029 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2744 = mul %2742, %2022 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2745 = reduce_sum %2744 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2746 = mul %2028, %2028 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2747 = mul %2028, %2746 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2748 = broadcast %2570 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2749 = mul %2747, %2748 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2750 = mul %2745, %2749 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2751 = all_reduce_sum %2750 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2752 = div %2751, %1380 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2753 = broadcast %2752 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%2754 = mul %2753, %2022 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2755 = add %2743, %2754 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2756 = add %2755, %2754 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2757 = neg %2756 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2758 = reduce_sum %2757 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2759 = all_reduce_sum %2758 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2760 = div %2759, %1380 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2761 = broadcast %2760 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2762 = add %2756, %2761 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2763 = reshape %2762 : f32[14,8] @ models/moco_pass.yaml:79:13
%2764 = matmul %2763, %77 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2765 = matmul %2763, %2015 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2766 = broadcast %302 : f32[14,24] @ models/moco_pass.yaml:70:16
%2767 = mul %2764, %2766 : f32[14,24] @ models/moco_pass.yaml:70:16
%2768 = eq %2014, %1354 : bool[14,24] @ models/moco_pass.yaml:70:16
%2769 = select %2768, %2767, %1354 : f32[14,24] @ models/moco_pass.yaml:70:16
%2770 = gt %2014, %1354 : bool[14,24] @ models/moco_pass.yaml:70:16
%2771 = select %2770, %2764, %2769 : f32[14,24] @ models/moco_pass.yaml:70:16
%2772 = reduce_sum %2771 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2773 = reshape %2772 : f32[24] @ models/moco_pass.yaml:84:27
%2774 = mul %2771, %2011 : f32[14,24] @ models/moco_pass.yaml:84:18
%2775 = mul %2771, %2010 : f32[14,24] @ models/moco_pass.yaml:84:18
%2776 = reduce_sum %2775 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2777 = reshape %2776 : f32[24] @ models/moco_pass.yaml:84:18
%2778 = reshape %2774 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2779 = mul %2778, %2008 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2780 = mul %2778, %2001 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2781 = reduce_sum %2780 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2782 = mul %2007, %2007 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2783 = mul %2007, %2782 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2784 = broadcast %2570 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2785 = mul %2783, %2784 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2786 = mul %2781, %2785 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2787 = all_reduce_sum %2786 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2788 = div %2787, %1335 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2789 = broadcast %2788 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2790 = mul %2789, %2001 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2791 = add %2779, %2790 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2792 = add %2791, %2790 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2793 = neg %2792 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2794 = reduce_sum %2793 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2795 = all_reduce_sum %2794 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2796 = div %2795, %1335 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2797 = broadcast %2796 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2798 = add %2792, %2797 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2799 = reshape %2798 : f32[14,24] @ models/moco_pass.yaml:79:13
%2800 = matmul %2799, %74 ta=0 tb=0 : f32[14,8] @ models/lib/nn.yaml:83:15
%2801 = matmul %2799, %1994 ta=1 tb=0 : f32[24,8] @ models/lib/nn.yaml:83:15
%2802 = reshape %2800 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%2803 = mul %2802, %1992 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2804 = mul %2802, %1985 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2805 = reduce_sum %2804 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2806 = mul %1991, %1991 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2807 = mul %1991, %2806 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2808 = mul %2807, %2748 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2809 = mul %2805, %2808 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2810 = all_reduce_sum %2809 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2811 = div %2810, %1380 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2812 = broadcast %2811 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%2813 = mul %2812, %1985 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2814 = add %2803, %2813 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2815 = add %2814, %2813 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2816 = neg %2815 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2817 = reduce_sum %2816 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2818 = all_reduce_sum %2817 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2819 = div %2818, %1380 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2820 = broadcast %2819 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2821 = add %2815, %2820 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2822 = reshape %2821 : f32[14,8] @ models/moco_pass.yaml:79:13
%2823 = matmul %2822, %73 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2824 = matmul %2822, %1978 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2825 = mul %2823, %2766 : f32[14,24] @ models/moco_pass.yaml:70:16
%2826 = eq %1977, %1354 : bool[14,24] @ models/moco_pass.yaml:70:16
%2827 = select %2826, %2825, %1354 : f32[14,24] @ models/moco_pass.yaml:70:16
%2828 = gt %1977, %1354 : bool[14,24] @ models/moco_pass.yaml:70:16
%2829 = select %2828, %2823, %2827 : f32[14,24] @ models/moco_pass.yaml:70:16
%2830 = reduce_sum %2829 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2831 = reshape %2830 : f32[24] @ models/moco_pass.yaml:84:27
%2832 = mul %2829, %1974 : f32[14,24] @ models/moco_pass.yaml:84:18
%2833 = mul %2829, %1973 : f32[14,24] @ models/moco_pass.yaml:84:18
%2834 = reduce_sum %2833 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2835 = reshape %2834 : f32[24] @ models/moco_pass.yaml:84:18
%2836 = reshape %2832 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2837 = mul %2836, %1971 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2838 = mul %2836, %1964 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2839 = reduce_sum %2838 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2840 = mul %1970, %1970 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2841 = mul %1970, %2840 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2842 = mul %2841, %2784 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2843 = mul %2839, %2842 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2844 = all_reduce_sum %2843 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2845 = div %2844, %1335 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2846 = broadcast %2845 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2847 = mul %2846, %1964 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2848 = add %2837, %2847 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2849 = add %2848, %2847 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2850 = neg %2849 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2851 = reduce_sum %2850 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2852 = all_reduce_sum %2851 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2853 = div %2852, %1335 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2854 = broadcast %2853 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2855 = add %2849, %2854 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2856 = reshape %2855 : f32[14,24] @ models/moco_pass.yaml:79:13
%2857 = matmul %2856, %70 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2858 = matmul %2856, %1957 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2859 = mul %2857, %2766 : f32[14,24] @ models/moco_pass.yaml:70:16
%2860 = eq %1956, %1354 : bool[14,24] @ models/moco_pass.yaml:70:16
%2861 = select %2860, %2859, %1354 : f32[14,24] @ models/moco_pass.yaml:70:16
%2862 = gt %1956, %1354 : bool[14,24] @ models/moco_pass.yaml:70:16
%2863 = select %2862, %2857, %2861 : f32[14,24] @ models/moco_pass.yaml:70:16
%2864 = reduce_sum %2863 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2865 = reshape %2864 : f32[24] @ models/moco_pass.yaml:84:27
%2866 = mul %2863, %1953 : f32[14,24] @ models/moco_pass.yaml:84:18
%2867 = mul %2863, %1952 : f32[14,24] @ models/moco_pass.yaml:84:18
%2868 = reduce_sum %2867 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2869 = reshape %2868 : f32[24] @ models/moco_pass.yaml:84:18
%2870 = reshape %2866 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2871 = mul %2870, %1950 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2872 = mul %2870, %1943 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2873 = reduce_sum %2872 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2874 = mul %1949, %1949 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2875 = mul %1949, %2874 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2876 = mul %2875, %2784 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2877 = mul %2873, %2876 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2878 = all_reduce_sum %2877 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2879 = div %2878, %1335 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2880 = broadcast %2879 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2881 = mul %2880, %1943 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2882 = add %2871, %2881 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2883 = add %2882, %2881 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2884 = neg %2883 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2885 = reduce_sum %2884 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2886 = all_reduce_sum %2885 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2887 = div %2886, %1335 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2888 = broadcast %2887 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2889 = add %2883, %2888 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2890 = reshape %2889 : f32[14,24] @ models/moco_pass.yaml:79:13
%2891 = matmul %2890, %67 ta=0 tb=0 : f32[14,16] @ models/lib/nn.yaml:83:15
%2892 = matmul %2890, %1936 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2893 = reshape %2891 : f32[14,1,16] @ models/moco_pass.yaml:130:38
%2894 = concat %2893, %2741 axis=1 : f32[14,17,16] @ models/moco_pass.yaml:130:38
%2895 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,14] @ models/lib/nn.yaml:96:46
%2896 = reshape %2893 : f32[14,16] @ models/lib/nn.yaml:96:46
%2897 = matmul %2895, %2896 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2898 = reshape %2741 : f32[224,16] @ models/lib/nn.yaml:96:46
%2899 = matmul %2599, %2898 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2900 = add %2897, %2899 : f32[1,16] @ models/lib/nn.yaml:96:46
%2901 = reshape %2900 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2902 = reshape %2901 : f32[16] @ models/lib/nn.yaml:96:46
%2903 = mul %2894, %1930 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2904 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,238] @ models/lib/nn.yaml:96:37
%2905 = reshape %2903 : f32[238,16] @ models/lib/nn.yaml:96:37
%2906 = matmul %2904, %2905 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2907 = reshape %2906 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2908 = reshape %2907 : f32[16] @ models/lib/nn.yaml:96:37
%2909 = mul %2894, %1931 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2910 = mul %2909, %1929 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2911 = mul %2894, %1931 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2912 = mul %2911, %1923 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2913 = reduce_sum %2912 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2914 = mul %1928, %1928 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2915 = mul %1928, %2914 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2916 = broadcast %2570 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2917 = mul %2915, %2916 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2918 = mul %2913, %2917 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2919 = div %2918, %876 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2920 = broadcast %2919 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2921 = mul %2920, %1923 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2922 = add %2910, %2921 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2923 = add %2922, %2921 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2924 = neg %2923 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2925 = reduce_sum %2924 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2926 = div %2925, %876 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2927 = broadcast %2926 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2928 = add %2923, %2927 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2929 = slice %2928 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:111:21
%2930 = slice %2928 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:111:21
%2931 = reduce_sum %2929 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2932 = reshape %2931 : f32[16] @ models/lib/nn.yaml:84:18
%2933 = matmul %2929, %63 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2934 = reshape %1914 : f32[14,64] @ models/lib/nn.yaml:83:15
%2935 = reshape %2929 : f32[14,16] @ models/lib/nn.yaml:83:15
%2936 = matmul %2935, %2934 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2937 = mul %1909, %1054 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2938 = erf %2937 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2939 = add %1057, %2938 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%2940 = mul %2933, %2939 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2941 = mul %1052, %1909 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2942 = mul %2933, %2941 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2943 = mul %1909, %1054 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2944 = mul %2943, %2943 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2945 = neg %2944 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2946 = exp %2945 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2947 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2948 = broadcast %2947 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2949 = mul %2946, %2948 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2950 = mul %2942, %2949 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2951 = mul %2950, %1054 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2952 = mul %2940, %1052 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2953 = add %2951, %2952 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2954 = reduce_sum %2953 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2955 = reshape %2954 : f32[64] @ models/lib/nn.yaml:84:18
%2956 = matmul %2953, %61 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2957 = reshape %1906 : f32[14,16] @ models/lib/nn.yaml:83:15
%2958 = reshape %2953 : f32[14,64] @ models/lib/nn.yaml:83:15
%2959 = matmul %2958, %2957 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2960 = reduce_sum %2956 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2961 = reshape %2960 : f32[16] @ models/lib/nn.yaml:96:46
%2962 = mul %2956, %1903 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2963 = mul %2956, %1902 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2964 = reduce_sum %2963 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2965 = reshape %2964 : f32[16] @ models/lib/nn.yaml:96:37
%2966 = mul %2962, %1901 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2967 = mul %2962, %1895 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2968 = reduce_sum %2967 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2969 = mul %1900, %1900 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2970 = mul %1900, %2969 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2971 = broadcast %2570 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2972 = mul %2970, %2971 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2973 = mul %2968, %2972 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2974 = div %2973, %1033 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2975 = broadcast %2974 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2976 = mul %2975, %1895 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2977 = add %2966, %2976 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2978 = add %2977, %2976 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2979 = add %2929, %2978 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2980 = neg %2978 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2981 = reduce_sum %2980 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2982 = div %2981, %1033 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2983 = broadcast %2982 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2984 = add %2979, %2983 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2985 = reduce_sum %2984 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2986 = reshape %2985 : f32[16] @ models/lib/nn.yaml:84:18
%2987 = matmul %2984, %57 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2988 = reshape %1886 : f32[14,16] @ models/lib/nn.yaml:83:15
%2989 = reshape %2984 : f32[14,16] @ models/lib/nn.yaml:83:15
%2990 = matmul %2989, %2988 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2991 = reshape %2987 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2992 = permute %2991 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2993 = permute %1828 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2994 = slice %2992 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2995 = broadcast %2994 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2996 = slice %2993 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2997 = mul %2995, %2996 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2998 = slice %2992 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2999 = broadcast %2998 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3000 = slice %2993 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3001 = mul %2999, %3000 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3002 = add %2997, %3001 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3003 = slice %2992 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3004 = broadcast %3003 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3005 = slice %2993 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3006 = mul %3004, %3005 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3007 = add %3002, %3006 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3008 = slice %2992 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3009 = broadcast %3008 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3010 = slice %2993 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3011 = mul %3009, %3010 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3012 = add %3007, %3011 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3013 = slice %2992 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3014 = broadcast %3013 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3015 = slice %2993 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3016 = mul %3014, %3015 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3017 = add %3012, %3016 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3018 = slice %2992 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3019 = broadcast %3018 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3020 = slice %2993 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3021 = mul %3019, %3020 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3022 = add %3017, %3021 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3023 = slice %2992 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3024 = broadcast %3023 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3025 = slice %2993 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3026 = mul %3024, %3025 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3027 = add %3022, %3026 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3028 = slice %2992 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3029 = broadcast %3028 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3030 = slice %2993 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3031 = mul %3029, %3030 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3032 = add %3027, %3031 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3033 = permute %1879 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%3034 = broadcast %3033 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%3035 = broadcast %2992 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%3036 = mul %3034, %3035 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%3037 = div %3032, %1877 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%3038 = mul %3037, %1879 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%3039 = neg %3038 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%3040 = reduce_sum %3039 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%3041 = broadcast %3040 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%3042 = add %3037, %3041 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%3043 = exp %1874 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%3044 = mul %3042, %3043 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%3045 = mul %3044, %1008 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%3046 = reshape %3045 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%3047 = broadcast %3046 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3048 = reshape %1823 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3049 = broadcast %3048 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3050 = mul %3047, %3049 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3051 = reduce_sum %3050 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%3052 = permute %3045 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%3053 = broadcast %3052 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%3054 = broadcast %1818 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%3055 = mul %3053, %3054 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%3056 = permute %3036 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%3057 = reshape %3056 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%3058 = reshape %3057 : f32[238,16] @ models/lib/nn.yaml:84:18
%3059 = matmul %2904, %3058 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3060 = reshape %3059 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3061 = reshape %3060 : f32[16] @ models/lib/nn.yaml:84:18
%3062 = matmul %3057, %55 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%3063 = reshape %1812 : f32[238,16] @ models/lib/nn.yaml:83:15
%3064 = reshape %3056 : f32[238,16] @ models/lib/nn.yaml:83:15
%3065 = matmul %3064, %3063 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3066 = permute %3055 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%3067 = reshape %3066 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%3068 = reshape %3067 : f32[238,16] @ models/lib/nn.yaml:84:18
%3069 = matmul %2904, %3068 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3070 = reshape %3069 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3071 = reshape %3070 : f32[16] @ models/lib/nn.yaml:84:18
%3072 = matmul %3067, %53 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%3073 = add %3062, %3072 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%3074 = reshape %3066 : f32[238,16] @ models/lib/nn.yaml:83:15
%3075 = matmul %3074, %3063 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3076 = permute %3051 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%3077 = reshape %3076 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%3078 = reduce_sum %3077 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3079 = reshape %3078 : f32[16] @ models/lib/nn.yaml:84:18
%3080 = matmul %3077, %51 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%3081 = reshape %1813 : f32[14,16] @ models/lib/nn.yaml:83:15
%3082 = reshape %3076 : f32[14,16] @ models/lib/nn.yaml:83:15
%3083 = matmul %3082, %3081 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3084 = pad %3080 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%3085 = add %3073, %3084 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%3086 = reshape %3085 : f32[238,16] @ models/lib/nn.yaml:96:46
%3087 = matmul %2904, %3086 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3088 = reshape %3087 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3089 = reshape %3088 : f32[16] @ models/lib/nn.yaml:96:46
%3090 = mul %3085, %1808 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%3091 = reshape %3090 : f32[238,16] @ models/lib/nn.yaml:96:37
%3092 = matmul %2904, %3091 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3093 = reshape %3092 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3094 = reshape %3093 : f32[16] @ models/lib/nn.yaml:96:37
%3095 = mul %3085, %1809 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%3096 = mul %3095, %1807 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%3097 = mul %3085, %1809 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%3098 = mul %3097, %1801 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%3099 = reduce_sum %3098 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%3100 = mul %1806, %1806 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3101 = mul %1806, %3100 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3102 = mul %3101, %2916 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3103 = mul %3099, %3102 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3104 = div %3103, %876 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%3105 = broadcast %3104 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%3106 = mul %3105, %1801 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%3107 = add %3096, %3106 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%3108 = add %3107, %3106 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%3109 = neg %3108 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%3110 = reduce_sum %3109 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%3111 = div %3110, %876 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%3112 = broadcast %3111 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%3113 = add %3108, %3112 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%3114 = slice %3113 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%3115 = add %2984, %3114 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%3116 = slice %3113 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%3117 = add %2930, %3116 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%3118 = reduce_sum %3115 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3119 = reshape %3118 : f32[16] @ models/lib/nn.yaml:84:18
%3120 = matmul %3115, %47 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%3121 = reshape %1792 : f32[14,64] @ models/lib/nn.yaml:83:15
%3122 = reshape %3115 : f32[14,16] @ models/lib/nn.yaml:83:15
%3123 = matmul %3122, %3121 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3124 = mul %1787, %1054 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%3125 = erf %3124 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%3126 = add %1057, %3125 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%3127 = mul %3120, %3126 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%3128 = mul %1052, %1787 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%3129 = mul %3120, %3128 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%3130 = mul %1787, %1054 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%3131 = mul %3130, %3130 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%3132 = neg %3131 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%3133 = exp %3132 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%3134 = mul %3133, %2948 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%3135 = mul %3129, %3134 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%3136 = mul %3135, %1054 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%3137 = mul %3127, %1052 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%3138 = add %3136, %3137 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%3139 = reduce_sum %3138 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3140 = reshape %3139 : f32[64] @ models/lib/nn.yaml:84:18
%3141 = matmul %3138, %45 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%3142 = reshape %1784 : f32[14,16] @ models/lib/nn.yaml:83:15
%3143 = reshape %3138 : f32[14,64] @ models/lib/nn.yaml:83:15
%3144 = matmul %3143, %3142 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3145 = reduce_sum %3141 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3146 = reshape %3145 : f32[16] @ models/lib/nn.yaml:96:46
%3147 = mul %3141, %1781 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%3148 = mul %3141, %1780 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%3149 = reduce_sum %3148 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3150 = reshape %3149 : f32[16] @ models/lib/nn.yaml:96:37
%3151 = mul %3147, %1779 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%3152 = mul %3147, %1773 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%3153 = reduce_sum %3152 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%3154 = mul %1778, %1778 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%3155 = mul %1778, %3154 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%3156 = mul %3155, %2971 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%3157 = mul %3153, %3156 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%3158 = div %3157, %1033 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%3159 = broadcast %3158 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%3160 = mul %3159, %1773 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%3161 = add %3151, %3160 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%3162 = add %3161, %3160 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%3163 = add %3115, %3162 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%3164 = neg %3162 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%3165 = reduce_sum %3164 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%3166 = div %3165, %1033 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%3167 = broadcast %3166 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%3168 = add %3163, %3167 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%3169 = reduce_sum %3168 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3170 = reshape %3169 : f32[16] @ models/lib/nn.yaml:84:18
%3171 = matmul %3168, %41 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%3172 = reshape %1764 : f32[14,16] @ models/lib/nn.yaml:83:15
%3173 = reshape %3168 : f32[14,16] @ models/lib/nn.yaml:83:15
%3174 = matmul %3173, %3172 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3175 = reshape %3171 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%3176 = permute %3175 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%3177 = permute %1706 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%3178 = slice %3176 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3179 = broadcast %3178 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3180 = slice %3177 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3181 = mul %3179, %3180 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3182 = slice %3176 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3183 = broadcast %3182 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3184 = slice %3177 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3185 = mul %3183, %3184 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3186 = add %3181, %3185 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3187 = slice %3176 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3188 = broadcast %3187 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3189 = slice %3177 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3190 = mul %3188, %3189 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3191 = add %3186, %3190 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3192 = slice %3176 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3193 = broadcast %3192 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3194 = slice %3177 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3195 = mul %3193, %3194 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3196 = add %3191, %3195 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3197 = slice %3176 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3198 = broadcast %3197 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3199 = slice %3177 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3200 = mul %3198, %3199 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3201 = add %3196, %3200 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3202 = slice %3176 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3203 = broadcast %3202 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3204 = slice %3177 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3205 = mul %3203, %3204 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3206 = add %3201, %3205 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3207 = slice %3176 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3208 = broadcast %3207 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3209 = slice %3177 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3210 = mul %3208, %3209 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3211 = add %3206, %3210 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3212 = slice %3176 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%3213 = broadcast %3212 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3214 = slice %3177 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3215 = mul %3213, %3214 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3216 = add %3211, %3215 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%3217 = permute %1757 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%3218 = broadcast %3217 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%3219 = broadcast %3176 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%3220 = mul %3218, %3219 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%3221 = div %3216, %1755 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%3222 = mul %3221, %1757 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%3223 = neg %3222 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%3224 = reduce_sum %3223 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%3225 = broadcast %3224 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%3226 = add %3221, %3225 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%3227 = exp %1752 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%3228 = mul %3226, %3227 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%3229 = mul %3228, %1008 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%3230 = reshape %3229 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%3231 = broadcast %3230 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3232 = reshape %1701 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3233 = broadcast %3232 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3234 = mul %3231, %3233 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%3235 = reduce_sum %3234 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%3236 = permute %3229 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%3237 = broadcast %3236 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%3238 = broadcast %1696 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%3239 = mul %3237, %3238 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%3240 = permute %3220 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%3241 = reshape %3240 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%3242 = reshape %3241 : f32[238,16] @ models/lib/nn.yaml:84:18
%3243 = matmul %2904, %3242 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3244 = reshape %3243 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3245 = reshape %3244 : f32[16] @ models/lib/nn.yaml:84:18
%3246 = matmul %3241, %39 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%3247 = reshape %1690 : f32[238,16] @ models/lib/nn.yaml:83:15
%3248 = reshape %3240 : f32[238,16] @ models/lib/nn.yaml:83:15
%3249 = matmul %3248, %3247 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3250 = permute %3239 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%3251 = reshape %3250 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%3252 = reshape %3251 : f32[238,16] @ models/lib/nn.yaml:84:18
%3253 = matmul %2904, %3252 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3254 = reshape %3253 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3255 = reshape %3254 : f32[16] @ models/lib/nn.yaml:84:18
%3256 = matmul %3251, %37 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%3257 = add %3246, %3256 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%3258 = reshape %3250 : f32[238,16] @ models/lib/nn.yaml:83:15
%3259 = matmul %3258, %3247 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3260 = permute %3235 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%3261 = reshape %3260 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%3262 = reduce_sum %3261 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3263 = reshape %3262 : f32[16] @ models/lib/nn.yaml:84:18
%3264 = matmul %3261, %35 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%3265 = reshape %1691 : f32[14,16] @ models/lib/nn.yaml:83:15
%3266 = reshape %3260 : f32[14,16] @ models/lib/nn.yaml:83:15
%3267 = matmul %3266, %3265 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3268 = pad %3264 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%3269 = add %3257, %3268 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%3270 = reshape %3269 : f32[238,16] @ models/lib/nn.yaml:96:46
%3271 = matmul %2904, %3270 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3272 = reshape %3271 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3273 = reshape %3272 : f32[16] @ models/lib/nn.yaml:96:46
%3274 = mul %3269, %1686 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%3275 = reshape %3274 : f32[238,16] @ models/lib/nn.yaml:96:37
%3276 = matmul %2904, %3275 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3277 = reshape %3276 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3278 = reshape %3277 : f32[16] @ models/lib/nn.yaml:96:37
%3279 = mul %3269, %1687 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%3280 = mul %3279, %1685 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%3281 = mul %3269, %1687 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%3282 = mul %3281, %1679 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%3283 = reduce_sum %3282 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%3284 = mul %1684, %1684 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3285 = mul %1684, %3284 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3286 = mul %3285, %2916 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3287 = mul %3283, %3286 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%3288 = div %3287, %876 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%3289 = broadcast %3288 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%3290 = mul %3289, %1679 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%3291 = add %3280, %3290 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%3292 = add %3291, %3290 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%3293 = neg %3292 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%3294 = reduce_sum %3293 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%3295 = div %3294, %876 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%3296 = broadcast %3295 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%3297 = add %3292, %3296 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%3298 = slice %3297 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%3299 = add %3168, %3298 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%3300 = slice %3297 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%3301 = add %3117, %3300 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%3302 = reduce_sum %3299 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%3303 = mul %3301, %1671 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%3304 = div %3303, %1628 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%3305 = reshape %3304 : f32[224,16] @ models/lib/nn.yaml:84:18
%3306 = matmul %2599, %3305 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3307 = reshape %3306 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3308 = reshape %3307 : f32[16] @ models/lib/nn.yaml:84:18
%3309 = matmul %3304, %30 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%3310 = reshape %1662 : f32[224,64] @ models/lib/nn.yaml:83:15
%3311 = reshape %3304 : f32[224,16] @ models/lib/nn.yaml:83:15
%3312 = matmul %3311, %3310 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3313 = add %1654, %1655 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%3314 = mul %3313, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3315 = erf %3314 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3316 = add %312, %3315 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%3317 = mul %3309, %3316 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3318 = add %1654, %1655 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%3319 = mul %303, %3318 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3320 = mul %3309, %3319 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3321 = add %1654, %1655 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%3322 = mul %3321, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3323 = mul %3322, %3322 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3324 = neg %3323 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3325 = exp %3324 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3326 = broadcast %2947 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3327 = mul %3325, %3326 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3328 = mul %3320, %3327 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3329 = mul %3328, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3330 = mul %3317, %303 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3331 = add %3329, %3330 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3332 = reshape %3331 : f32[224,64] @ models/lib/nn.yaml:84:18
%3333 = matmul %2599, %3332 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3334 = reshape %3333 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3335 = reshape %3334 : f32[64] @ models/lib/nn.yaml:84:18
%3336 = matmul %3331, %28 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3337 = reshape %1653 : f32[224,16] @ models/lib/nn.yaml:83:15
%3338 = reshape %3331 : f32[224,64] @ models/lib/nn.yaml:83:15
%3339 = matmul %3338, %3337 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3340 = reshape %3336 : f32[224,16] @ models/lib/nn.yaml:96:46
%3341 = matmul %2599, %3340 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3342 = reshape %3341 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3343 = reshape %3342 : f32[16] @ models/lib/nn.yaml:96:46
%3344 = mul %3336, %1649 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3345 = reshape %3344 : f32[224,16] @ models/lib/nn.yaml:96:37
%3346 = matmul %2599, %3345 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3347 = reshape %3346 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3348 = reshape %3347 : f32[16] @ models/lib/nn.yaml:96:37
%3349 = mul %3336, %1650 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3350 = mul %3349, %1648 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3351 = mul %3336, %1650 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3352 = mul %3351, %1642 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3353 = reduce_sum %3352 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3354 = mul %1647, %1647 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3355 = mul %1647, %3354 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3356 = broadcast %2570 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3357 = mul %3355, %3356 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3358 = mul %3353, %3357 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3359 = div %3358, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3360 = broadcast %3359 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3361 = mul %3360, %1642 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3362 = add %3350, %3361 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3363 = add %3362, %3361 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3364 = add %3301, %3363 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3365 = neg %3363 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3366 = reduce_sum %3365 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3367 = div %3366, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3368 = broadcast %3367 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3369 = add %3364, %3368 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3370 = mul %3369, %1636 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%3371 = div %3370, %1628 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%3372 = reshape %3371 : f32[224,16] @ models/lib/nn.yaml:84:18
%3373 = matmul %2599, %3372 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3374 = reshape %3373 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3375 = reshape %3374 : f32[16] @ models/lib/nn.yaml:84:18
%3376 = matmul %3371, %24 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3377 = reshape %1622 : f32[224,16] @ models/lib/nn.yaml:83:15
%3378 = reshape %3371 : f32[224,16] @ models/lib/nn.yaml:83:15
%3379 = matmul %3378, %3377 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3380 = reshape %3376 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3381 = permute %3380 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3382 = permute %1556 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3383 = slice %3381 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3384 = broadcast %3383 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3385 = slice %3382 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3386 = broadcast %3385 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3387 = mul %3384, %3386 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3388 = slice %3381 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3389 = broadcast %3388 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3390 = slice %3382 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3391 = broadcast %3390 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3392 = mul %3389, %3391 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3393 = add %3387, %3392 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3394 = slice %3381 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3395 = broadcast %3394 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3396 = slice %3382 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3397 = broadcast %3396 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3398 = mul %3395, %3397 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3399 = add %3393, %3398 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3400 = slice %3381 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3401 = broadcast %3400 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3402 = slice %3382 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3403 = broadcast %3402 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3404 = mul %3401, %3403 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3405 = add %3399, %3404 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3406 = slice %3381 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3407 = broadcast %3406 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3408 = slice %3382 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3409 = broadcast %3408 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3410 = mul %3407, %3409 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3411 = add %3405, %3410 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3412 = slice %3381 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3413 = broadcast %3412 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3414 = slice %3382 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3415 = broadcast %3414 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3416 = mul %3413, %3415 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3417 = add %3411, %3416 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3418 = slice %3381 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3419 = broadcast %3418 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3420 = slice %3382 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3421 = broadcast %3420 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3422 = mul %3419, %3421 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3423 = add %3417, %3422 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3424 = slice %3381 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3425 = broadcast %3424 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3426 = slice %3382 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3427 = broadcast %3426 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3428 = mul %3425, %3427 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3429 = add %3423, %3428 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3430 = permute %1615 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3431 = reshape %3430 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3432 = broadcast %3431 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3433 = reshape %3381 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3434 = broadcast %3433 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3435 = mul %3432, %3434 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3436 = reduce_sum %3435 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3437 = div %3429, %1613 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3438 = mul %3437, %1615 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3439 = neg %3438 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3440 = reduce_sum %3439 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3441 = broadcast %3440 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3442 = add %3437, %3441 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3443 = exp %1610 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3444 = mul %3442, %3443 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3445 = mul %3444, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3446 = reshape %3445 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3447 = broadcast %3446 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3448 = reshape %1554 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3449 = broadcast %3448 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3450 = mul %3447, %3449 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3451 = reduce_sum %3450 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3452 = permute %3445 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3453 = reshape %3452 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3454 = broadcast %3453 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3455 = reshape %1552 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3456 = broadcast %3455 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3457 = mul %3454, %3456 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3458 = reduce_sum %3457 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3459 = reshape %3436 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3460 = reshape %3458 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3461 = reshape %3451 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3462 = concat %3461, %3460, %3459 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3463 = permute %3462 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3464 = reshape %3463 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3465 = reshape %3464 : f32[224,48] @ models/lib/nn.yaml:84:18
%3466 = matmul %2599, %3465 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%3467 = reshape %3466 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3468 = reshape %3467 : f32[48] @ models/lib/nn.yaml:84:18
%3469 = matmul %3464, %22 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3470 = reshape %1545 : f32[224,16] @ models/lib/nn.yaml:83:15
%3471 = reshape %3463 : f32[224,48] @ models/lib/nn.yaml:83:15
%3472 = matmul %3471, %3470 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3473 = reshape %3469 : f32[224,16] @ models/lib/nn.yaml:96:46
%3474 = matmul %2599, %3473 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3475 = reshape %3474 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3476 = reshape %3475 : f32[16] @ models/lib/nn.yaml:96:46
%3477 = mul %3469, %1541 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3478 = reshape %3477 : f32[224,16] @ models/lib/nn.yaml:96:37
%3479 = matmul %2599, %3478 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3480 = reshape %3479 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3481 = reshape %3480 : f32[16] @ models/lib/nn.yaml:96:37
%3482 = mul %3469, %1542 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3483 = mul %3482, %1540 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3484 = mul %3469, %1542 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3485 = mul %3484, %1534 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3486 = reduce_sum %3485 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3487 = mul %1539, %1539 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3488 = mul %1539, %3487 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3489 = mul %3488, %3356 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3490 = mul %3486, %3489 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3491 = div %3490, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3492 = broadcast %3491 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3493 = mul %3492, %1534 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3494 = add %3483, %3493 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3495 = add %3494, %3493 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3496 = add %3369, %3495 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3497 = neg %3495 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3498 = reduce_sum %3497 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3499 = div %3498, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3500 = broadcast %3499 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3501 = add %3496, %3500 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3502 = reshape %3501 : f32[224,16] @ models/lib/nn.yaml:84:18
%3503 = matmul %2599, %3502 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3504 = reshape %3503 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3505 = reshape %3504 : f32[16] @ models/lib/nn.yaml:84:18
%3506 = matmul %3501, %18 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%3507 = reshape %1526 : f32[224,64] @ models/lib/nn.yaml:83:15
%3508 = reshape %3501 : f32[224,16] @ models/lib/nn.yaml:83:15
%3509 = matmul %3508, %3507 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3510 = add %1518, %1519 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%3511 = mul %3510, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3512 = erf %3511 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3513 = add %312, %3512 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%3514 = mul %3506, %3513 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3515 = add %1518, %1519 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%3516 = mul %303, %3515 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3517 = mul %3506, %3516 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3518 = add %1518, %1519 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%3519 = mul %3518, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3520 = mul %3519, %3519 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3521 = neg %3520 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3522 = exp %3521 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3523 = mul %3522, %3326 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3524 = mul %3517, %3523 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3525 = mul %3524, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3526 = mul %3514, %303 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3527 = add %3525, %3526 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3528 = reshape %3527 : f32[224,64] @ models/lib/nn.yaml:84:18
%3529 = matmul %2599, %3528 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3530 = reshape %3529 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3531 = reshape %3530 : f32[64] @ models/lib/nn.yaml:84:18
%3532 = matmul %3527, %16 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3533 = reshape %1517 : f32[224,16] @ models/lib/nn.yaml:83:15
%3534 = reshape %3527 : f32[224,64] @ models/lib/nn.yaml:83:15
%3535 = matmul %3534, %3533 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3536 = reshape %3532 : f32[224,16] @ models/lib/nn.yaml:96:46
%3537 = matmul %2599, %3536 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3538 = reshape %3537 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3539 = reshape %3538 : f32[16] @ models/lib/nn.yaml:96:46
%3540 = mul %3532, %1513 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3541 = reshape %3540 : f32[224,16] @ models/lib/nn.yaml:96:37
%3542 = matmul %2599, %3541 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3543 = reshape %3542 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3544 = reshape %3543 : f32[16] @ models/lib/nn.yaml:96:37
%3545 = mul %3532, %1514 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3546 = mul %3545, %1512 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3547 = mul %3532, %1514 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3548 = mul %3547, %1506 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3549 = reduce_sum %3548 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3550 = mul %1511, %1511 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3551 = mul %1511, %3550 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3552 = mul %3551, %3356 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3553 = mul %3549, %3552 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3554 = div %3553, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3555 = broadcast %3554 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3556 = mul %3555, %1506 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3557 = add %3546, %3556 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3558 = add %3557, %3556 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3559 = add %3501, %3558 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3560 = neg %3558 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3561 = reduce_sum %3560 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3562 = div %3561, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3563 = broadcast %3562 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3564 = add %3559, %3563 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3565 = reshape %3564 : f32[224,16] @ models/lib/nn.yaml:84:18
%3566 = matmul %2599, %3565 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3567 = reshape %3566 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3568 = reshape %3567 : f32[16] @ models/lib/nn.yaml:84:18
%3569 = matmul %3564, %12 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3570 = reshape %1497 : f32[224,16] @ models/lib/nn.yaml:83:15
%3571 = reshape %3564 : f32[224,16] @ models/lib/nn.yaml:83:15
%3572 = matmul %3571, %3570 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3573 = reshape %3569 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3574 = permute %3573 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3575 = permute %1431 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3576 = slice %3574 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3577 = broadcast %3576 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3578 = slice %3575 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3579 = broadcast %3578 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3580 = mul %3577, %3579 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3581 = slice %3574 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3582 = broadcast %3581 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3583 = slice %3575 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3584 = broadcast %3583 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3585 = mul %3582, %3584 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3586 = add %3580, %3585 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3587 = slice %3574 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3588 = broadcast %3587 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3589 = slice %3575 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3590 = broadcast %3589 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3591 = mul %3588, %3590 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3592 = add %3586, %3591 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3593 = slice %3574 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3594 = broadcast %3593 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3595 = slice %3575 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3596 = broadcast %3595 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3597 = mul %3594, %3596 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3598 = add %3592, %3597 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3599 = slice %3574 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3600 = broadcast %3599 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3601 = slice %3575 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3602 = broadcast %3601 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3603 = mul %3600, %3602 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3604 = add %3598, %3603 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3605 = slice %3574 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3606 = broadcast %3605 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3607 = slice %3575 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3608 = broadcast %3607 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3609 = mul %3606, %3608 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3610 = add %3604, %3609 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3611 = slice %3574 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3612 = broadcast %3611 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3613 = slice %3575 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3614 = broadcast %3613 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3615 = mul %3612, %3614 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3616 = add %3610, %3615 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3617 = slice %3574 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3618 = broadcast %3617 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3619 = slice %3575 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3620 = broadcast %3619 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3621 = mul %3618, %3620 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3622 = add %3616, %3621 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3623 = permute %1490 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3624 = reshape %3623 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3625 = broadcast %3624 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3626 = reshape %3574 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3627 = broadcast %3626 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3628 = mul %3625, %3627 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3629 = reduce_sum %3628 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3630 = div %3622, %1488 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3631 = mul %3630, %1490 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3632 = neg %3631 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3633 = reduce_sum %3632 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3634 = broadcast %3633 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3635 = add %3630, %3634 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3636 = exp %1485 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3637 = mul %3635, %3636 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3638 = mul %3637, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3639 = reshape %3638 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3640 = broadcast %3639 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3641 = reshape %1429 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3642 = broadcast %3641 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3643 = mul %3640, %3642 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3644 = reduce_sum %3643 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3645 = permute %3638 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3646 = reshape %3645 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3647 = broadcast %3646 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3648 = reshape %1427 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3649 = broadcast %3648 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3650 = mul %3647, %3649 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3651 = reduce_sum %3650 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3652 = reshape %3629 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3653 = reshape %3651 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3654 = reshape %3644 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3655 = concat %3654, %3653, %3652 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3656 = permute %3655 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3657 = reshape %3656 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3658 = reshape %3657 : f32[224,48] @ models/lib/nn.yaml:84:18
%3659 = matmul %2599, %3658 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%3660 = reshape %3659 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3661 = reshape %3660 : f32[48] @ models/lib/nn.yaml:84:18
%3662 = matmul %3657, %10 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3663 = reshape %1420 : f32[224,16] @ models/lib/nn.yaml:83:15
%3664 = reshape %3656 : f32[224,48] @ models/lib/nn.yaml:83:15
%3665 = matmul %3664, %3663 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3666 = reshape %3662 : f32[224,16] @ models/lib/nn.yaml:96:46
%3667 = matmul %2599, %3666 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3668 = reshape %3667 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3669 = reshape %3668 : f32[16] @ models/lib/nn.yaml:96:46
%3670 = mul %3662, %1416 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3671 = reshape %3670 : f32[224,16] @ models/lib/nn.yaml:96:37
%3672 = matmul %2599, %3671 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3673 = reshape %3672 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3674 = reshape %3673 : f32[16] @ models/lib/nn.yaml:96:37
%3675 = mul %3662, %1417 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3676 = mul %3675, %1415 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3677 = mul %3662, %1417 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3678 = mul %3677, %1409 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3679 = reduce_sum %3678 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3680 = mul %1414, %1414 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3681 = mul %1414, %3680 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3682 = mul %3681, %3356 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3683 = mul %3679, %3682 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3684 = div %3683, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3685 = broadcast %3684 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3686 = mul %3685, %1409 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3687 = add %3676, %3686 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3688 = add %3687, %3686 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3689 = add %3564, %3688 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3690 = neg %3688 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3691 = reduce_sum %3690 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3692 = div %3691, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3693 = broadcast %3692 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3694 = add %3689, %3693 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3695 = reduce_sum %3694 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%3696 = reshape %3694 : f32[224,16] @ models/lib/vit.yaml:17:71
%3697 = matmul %2599, %3696 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%3698 = reshape %3697 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%3699 = reshape %3698 : f32[16] @ models/lib/vit.yaml:17:71
%3700 = reshape %174 : f32[224,48] @ models/lib/vit.yaml:17:18
%3701 = reshape %3694 : f32[224,16] @ models/lib/vit.yaml:17:18
%3702 = matmul %3701, %3700 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%3703 = reshape %3702 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%3704 = all_reduce_sum %3695 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3705 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3706 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3707 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%3708 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%3709 = add %3707, %3708 : i64[] @ models/lib/vit.yaml:48:7
%3710 = mul %2354, %2355 : f64[] @ models/lib/vit.yaml:48:7
%3711 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3712 = sub %3711, %3710 : f64[] @ models/lib/vit.yaml:48:7
%3713 = cast %3712 : f32[] @ models/lib/vit.yaml:48:7
%3714 = broadcast %3713 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3715 = mul %5, %3714 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3716 = broadcast %2357 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3717 = mul %3704, %3716 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3718 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3719 = broadcast %1627 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3720 = mul %3705, %3719 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3721 = add %3720, %3717 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3722 = mul %3704, %3704 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3723 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%3724 = broadcast %3723 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3725 = mul %3722, %3724 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3726 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3727 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%3728 = broadcast %3727 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3729 = mul %3706, %3728 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3730 = add %3729, %3725 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3731 = cast %3709 : f64[] @ models/lib/vit.yaml:48:7
%3732 = pow %3718, %3731 : f64[] @ models/lib/vit.yaml:48:7
%3733 = sub %3711, %3732 : f64[] @ models/lib/vit.yaml:48:7
%3734 = div %2354, %3733 : f64[] @ models/lib/vit.yaml:48:7
%3735 = pow %3726, %3731 : f64[] @ models/lib/vit.yaml:48:7
%3736 = sub %3711, %3735 : f64[] @ models/lib/vit.yaml:48:7
%3737 = sqrt %3736 : f64[] @ models/lib/vit.yaml:48:7
%3738 = div %3711, %3737 : f64[] @ models/lib/vit.yaml:48:7
%3739 = sqrt %3730 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3740 = cast %3738 : f32[] @ models/lib/vit.yaml:48:7
%3741 = broadcast %3740 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3742 = mul %3739, %3741 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3743 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%3744 = broadcast %3743 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3745 = add %3742, %3744 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3746 = div %3721, %3745 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3747 = cast %3734 : f32[] @ models/lib/vit.yaml:48:7
%3748 = broadcast %3747 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3749 = mul %3746, %3748 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3750 = sub %3715, %3749 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3751 = assign %5, %3750 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3752 = assign %3705, %3721 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3753 = assign %3706, %3730 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3754 = assign %3707, %3709 : i64[] @ models/lib/vit.yaml:48:7
%3755 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3756 = mul %89, %3755 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3757 = sub %3711, %2356 : f64[] @ models/lib/vit.yaml:48:7
%3758 = cast %3757 : f32[] @ models/lib/vit.yaml:48:7
%3759 = broadcast %3758 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3760 = mul %3750, %3759 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3761 = add %3756, %3760 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3762 = assign %89, %3761 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3763 = all_reduce_sum %3703 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3764 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3765 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3766 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%3767 = add %3766, %3708 : i64[] @ models/lib/vit.yaml:9:7
%3768 = broadcast %3713 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3769 = mul %6, %3768 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3770 = broadcast %2357 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3771 = mul %3763, %3770 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3772 = broadcast %1627 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3773 = mul %3764, %3772 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3774 = add %3773, %3771 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3775 = mul %3763, %3763 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3776 = broadcast %3723 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3777 = mul %3775, %3776 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3778 = broadcast %3727 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3779 = mul %3765, %3778 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3780 = add %3779, %3777 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3781 = cast %3767 : f64[] @ models/lib/vit.yaml:9:7
%3782 = pow %3718, %3781 : f64[] @ models/lib/vit.yaml:9:7
%3783 = sub %3711, %3782 : f64[] @ models/lib/vit.yaml:9:7
%3784 = div %2354, %3783 : f64[] @ models/lib/vit.yaml:9:7
%3785 = pow %3726, %3781 : f64[] @ models/lib/vit.yaml:9:7
%3786 = sub %3711, %3785 : f64[] @ models/lib/vit.yaml:9:7
%3787 = sqrt %3786 : f64[] @ models/lib/vit.yaml:9:7
%3788 = div %3711, %3787 : f64[] @ models/lib/vit.yaml:9:7
%3789 = sqrt %3780 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3790 = cast %3788 : f32[] @ models/lib/vit.yaml:9:7
%3791 = broadcast %3790 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3792 = mul %3789, %3791 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3793 = broadcast %3743 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3794 = add %3792, %3793 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3795 = div %3774, %3794 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3796 = cast %3784 : f32[] @ models/lib/vit.yaml:9:7
%3797 = broadcast %3796 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3798 = mul %3795, %3797 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3799 = sub %3769, %3798 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3800 = assign %6, %3799 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3801 = assign %3764, %3774 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3802 = assign %3765, %3780 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3803 = assign %3766, %3767 : i64[] @ models/lib/vit.yaml:9:7
%3804 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3805 = mul %90, %3804 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3806 = broadcast %3758 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3807 = mul %3799, %3806 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3808 = add %3805, %3807 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3809 = assign %90, %3808 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3810 = all_reduce_sum %3699 : f32[16] @ models/lib/vit.yaml:10:7
%3811 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3812 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3813 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%3814 = add %3813, %3708 : i64[] @ models/lib/vit.yaml:10:7
%3815 = broadcast %2357 : f32[16] @ models/lib/vit.yaml:10:7
%3816 = mul %3810, %3815 : f32[16] @ models/lib/vit.yaml:10:7
%3817 = broadcast %1627 : f32[16] @ models/lib/vit.yaml:10:7
%3818 = mul %3811, %3817 : f32[16] @ models/lib/vit.yaml:10:7
%3819 = add %3818, %3816 : f32[16] @ models/lib/vit.yaml:10:7
%3820 = mul %3810, %3810 : f32[16] @ models/lib/vit.yaml:10:7
%3821 = broadcast %3723 : f32[16] @ models/lib/vit.yaml:10:7
%3822 = mul %3820, %3821 : f32[16] @ models/lib/vit.yaml:10:7
%3823 = broadcast %3727 : f32[16] @ models/lib/vit.yaml:10:7
%3824 = mul %3812, %3823 : f32[16] @ models/lib/vit.yaml:10:7
%3825 = add %3824, %3822 : f32[16] @ models/lib/vit.yaml:10:7
%3826 = cast %3814 : f64[] @ models/lib/vit.yaml:10:7
%3827 = pow %3718, %3826 : f64[] @ models/lib/vit.yaml:10:7
%3828 = sub %3711, %3827 : f64[] @ models/lib/vit.yaml:10:7
%3829 = div %2354, %3828 : f64[] @ models/lib/vit.yaml:10:7
%3830 = pow %3726, %3826 : f64[] @ models/lib/vit.yaml:10:7
%3831 = sub %3711, %3830 : f64[] @ models/lib/vit.yaml:10:7
%3832 = sqrt %3831 : f64[] @ models/lib/vit.yaml:10:7
%3833 = div %3711, %3832 : f64[] @ models/lib/vit.yaml:10:7
%3834 = sqrt %3825 : f32[16] @ models/lib/vit.yaml:10:7
%3835 = cast %3833 : f32[] @ models/lib/vit.yaml:10:7
%3836 = broadcast %3835 : f32[16] @ models/lib/vit.yaml:10:7
%3837 = mul %3834, %3836 : f32[16] @ models/lib/vit.yaml:10:7
%3838 = broadcast %3743 : f32[16] @ models/lib/vit.yaml:10:7
%3839 = add %3837, %3838 : f32[16] @ models/lib/vit.yaml:10:7
%3840 = div %3819, %3839 : f32[16] @ models/lib/vit.yaml:10:7
%3841 = cast %3829 : f32[] @ models/lib/vit.yaml:10:7
%3842 = broadcast %3841 : f32[16] @ models/lib/vit.yaml:10:7
%3843 = mul %3840, %3842 : f32[16] @ models/lib/vit.yaml:10:7
%3844 = sub %7, %3843 : f32[16] @ models/lib/vit.yaml:10:7
%3845 = assign %7, %3844 : f32[16] @ models/lib/vit.yaml:10:7
%3846 = assign %3811, %3819 : f32[16] @ models/lib/vit.yaml:10:7
%3847 = assign %3812, %3825 : f32[16] @ models/lib/vit.yaml:10:7
%3848 = assign %3813, %3814 : i64[] @ models/lib/vit.yaml:10:7
%3849 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%3850 = mul %91, %3849 : f32[16] @ models/lib/vit.yaml:10:7
%3851 = broadcast %3758 : f32[16] @ models/lib/vit.yaml:10:7
%3852 = mul %3844, %3851 : f32[16] @ models/lib/vit.yaml:10:7
%3853 = add %3850, %3852 : f32[16] @ models/lib/vit.yaml:10:7
%3854 = assign %91, %3853 : f32[16] @ models/lib/vit.yaml:10:7
%3855 = all_reduce_sum %3674 : f32[16] @ models/lib/nn.yaml:89:7
%3856 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3857 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3858 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3859 = add %3858, %3708 : i64[] @ models/lib/nn.yaml:89:7
%3860 = mul %3855, %3815 : f32[16] @ models/lib/nn.yaml:89:7
%3861 = mul %3856, %3817 : f32[16] @ models/lib/nn.yaml:89:7
%3862 = add %3861, %3860 : f32[16] @ models/lib/nn.yaml:89:7
%3863 = mul %3855, %3855 : f32[16] @ models/lib/nn.yaml:89:7
%3864 = mul %3863, %3821 : f32[16] @ models/lib/nn.yaml:89:7
%3865 = mul %3857, %3823 : f32[16] @ models/lib/nn.yaml:89:7
%3866 = add %3865, %3864 : f32[16] @ models/lib/nn.yaml:89:7
%3867 = cast %3859 : f64[] @ models/lib/nn.yaml:89:7
%3868 = pow %3718, %3867 : f64[] @ models/lib/nn.yaml:89:7
%3869 = sub %3711, %3868 : f64[] @ models/lib/nn.yaml:89:7
%3870 = div %2354, %3869 : f64[] @ models/lib/nn.yaml:89:7
%3871 = pow %3726, %3867 : f64[] @ models/lib/nn.yaml:89:7
%3872 = sub %3711, %3871 : f64[] @ models/lib/nn.yaml:89:7
%3873 = sqrt %3872 : f64[] @ models/lib/nn.yaml:89:7
%3874 = div %3711, %3873 : f64[] @ models/lib/nn.yaml:89:7
%3875 = sqrt %3866 : f32[16] @ models/lib/nn.yaml:89:7
%3876 = cast %3874 : f32[] @ models/lib/nn.yaml:89:7
%3877 = broadcast %3876 : f32[16] @ models/lib/nn.yaml:89:7
%3878 = mul %3875, %3877 : f32[16] @ models/lib/nn.yaml:89:7
%3879 = add %3878, %3838 : f32[16] @ models/lib/nn.yaml:89:7
%3880 = div %3862, %3879 : f32[16] @ models/lib/nn.yaml:89:7
%3881 = cast %3870 : f32[] @ models/lib/nn.yaml:89:7
%3882 = broadcast %3881 : f32[16] @ models/lib/nn.yaml:89:7
%3883 = mul %3880, %3882 : f32[16] @ models/lib/nn.yaml:89:7
%3884 = sub %8, %3883 : f32[16] @ models/lib/nn.yaml:89:7
%3885 = assign %8, %3884 : f32[16] @ models/lib/nn.yaml:89:7
%3886 = assign %3856, %3862 : f32[16] @ models/lib/nn.yaml:89:7
%3887 = assign %3857, %3866 : f32[16] @ models/lib/nn.yaml:89:7
%3888 = assign %3858, %3859 : i64[] @ models/lib/nn.yaml:89:7
%3889 = mul %92, %3849 : f32[16] @ models/lib/nn.yaml:89:7
%3890 = mul %3884, %3851 : f32[16] @ models/lib/nn.yaml:89:7
%3891 = add %3889, %3890 : f32[16] @ models/lib/nn.yaml:89:7
%3892 = assign %92, %3891 : f32[16] @ models/lib/nn.yaml:89:7
%3893 = all_reduce_sum %3669 : f32[16] @ models/lib/nn.yaml:90:7
%3894 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3895 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3896 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3897 = add %3896, %3708 : i64[] @ models/lib/nn.yaml:90:7
%3898 = mul %3893, %3815 : f32[16] @ models/lib/nn.yaml:90:7
%3899 = mul %3894, %3817 : f32[16] @ models/lib/nn.yaml:90:7
%3900 = add %3899, %3898 : f32[16] @ models/lib/nn.yaml:90:7
%3901 = mul %3893, %3893 : f32[16] @ models/lib/nn.yaml:90:7
%3902 = mul %3901, %3821 : f32[16] @ models/lib/nn.yaml:90:7
%3903 = mul %3895, %3823 : f32[16] @ models/lib/nn.yaml:90:7
%3904 = add %3903, %3902 : f32[16] @ models/lib/nn.yaml:90:7
%3905 = cast %3897 : f64[] @ models/lib/nn.yaml:90:7
%3906 = pow %3718, %3905 : f64[] @ models/lib/nn.yaml:90:7
%3907 = sub %3711, %3906 : f64[] @ models/lib/nn.yaml:90:7
%3908 = div %2354, %3907 : f64[] @ models/lib/nn.yaml:90:7
%3909 = pow %3726, %3905 : f64[] @ models/lib/nn.yaml:90:7
%3910 = sub %3711, %3909 : f64[] @ models/lib/nn.yaml:90:7
%3911 = sqrt %3910 : f64[] @ models/lib/nn.yaml:90:7
%3912 = div %3711, %3911 : f64[] @ models/lib/nn.yaml:90:7
%3913 = sqrt %3904 : f32[16] @ models/lib/nn.yaml:90:7
%3914 = cast %3912 : f32[] @ models/lib/nn.yaml:90:7
%3915 = broadcast %3914 : f32[16] @ models/lib/nn.yaml:90:7
%3916 = mul %3913, %3915 : f32[16] @ models/lib/nn.yaml:90:7
%3917 = add %3916, %3838 : f32[16] @ models/lib/nn.yaml:90:7
%3918 = div %3900, %3917 : f32[16] @ models/lib/nn.yaml:90:7
%3919 = cast %3908 : f32[] @ models/lib/nn.yaml:90:7
%3920 = broadcast %3919 : f32[16] @ models/lib/nn.yaml:90:7
%3921 = mul %3918, %3920 : f32[16] @ models/lib/nn.yaml:90:7
%3922 = sub %9, %3921 : f32[16] @ models/lib/nn.yaml:90:7
%3923 = assign %9, %3922 : f32[16] @ models/lib/nn.yaml:90:7
%3924 = assign %3894, %3900 : f32[16] @ models/lib/nn.yaml:90:7
%3925 = assign %3895, %3904 : f32[16] @ models/lib/nn.yaml:90:7
%3926 = assign %3896, %3897 : i64[] @ models/lib/nn.yaml:90:7
%3927 = mul %93, %3849 : f32[16] @ models/lib/nn.yaml:90:7
%3928 = mul %3922, %3851 : f32[16] @ models/lib/nn.yaml:90:7
%3929 = add %3927, %3928 : f32[16] @ models/lib/nn.yaml:90:7
%3930 = assign %93, %3929 : f32[16] @ models/lib/nn.yaml:90:7
%3931 = all_reduce_sum %3665 : f32[48,16] @ models/lib/nn.yaml:79:7
%3932 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3933 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3934 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3935 = add %3934, %3708 : i64[] @ models/lib/nn.yaml:79:7
%3936 = broadcast %3713 : f32[48,16] @ models/lib/nn.yaml:79:7
%3937 = mul %10, %3936 : f32[48,16] @ models/lib/nn.yaml:79:7
%3938 = broadcast %2357 : f32[48,16] @ models/lib/nn.yaml:79:7
%3939 = mul %3931, %3938 : f32[48,16] @ models/lib/nn.yaml:79:7
%3940 = broadcast %1627 : f32[48,16] @ models/lib/nn.yaml:79:7
%3941 = mul %3932, %3940 : f32[48,16] @ models/lib/nn.yaml:79:7
%3942 = add %3941, %3939 : f32[48,16] @ models/lib/nn.yaml:79:7
%3943 = mul %3931, %3931 : f32[48,16] @ models/lib/nn.yaml:79:7
%3944 = broadcast %3723 : f32[48,16] @ models/lib/nn.yaml:79:7
%3945 = mul %3943, %3944 : f32[48,16] @ models/lib/nn.yaml:79:7
%3946 = broadcast %3727 : f32[48,16] @ models/lib/nn.yaml:79:7
%3947 = mul %3933, %3946 : f32[48,16] @ models/lib/nn.yaml:79:7
%3948 = add %3947, %3945 : f32[48,16] @ models/lib/nn.yaml:79:7
%3949 = cast %3935 : f64[] @ models/lib/nn.yaml:79:7
%3950 = pow %3718, %3949 : f64[] @ models/lib/nn.yaml:79:7
%3951 = sub %3711, %3950 : f64[] @ models/lib/nn.yaml:79:7
%3952 = div %2354, %3951 : f64[] @ models/lib/nn.yaml:79:7
%3953 = pow %3726, %3949 : f64[] @ models/lib/nn.yaml:79:7
%3954 = sub %3711, %3953 : f64[] @ models/lib/nn.yaml:79:7
%3955 = sqrt %3954 : f64[] @ models/lib/nn.yaml:79:7
%3956 = div %3711, %3955 : f64[] @ models/lib/nn.yaml:79:7
%3957 = sqrt %3948 : f32[48,16] @ models/lib/nn.yaml:79:7
%3958 = cast %3956 : f32[] @ models/lib/nn.yaml:79:7
%3959 = broadcast %3958 : f32[48,16] @ models/lib/nn.yaml:79:7
%3960 = mul %3957, %3959 : f32[48,16] @ models/lib/nn.yaml:79:7
%3961 = broadcast %3743 : f32[48,16] @ models/lib/nn.yaml:79:7
%3962 = add %3960, %3961 : f32[48,16] @ models/lib/nn.yaml:79:7
%3963 = div %3942, %3962 : f32[48,16] @ models/lib/nn.yaml:79:7
%3964 = cast %3952 : f32[] @ models/lib/nn.yaml:79:7
%3965 = broadcast %3964 : f32[48,16] @ models/lib/nn.yaml:79:7
%3966 = mul %3963, %3965 : f32[48,16] @ models/lib/nn.yaml:79:7
%3967 = sub %3937, %3966 : f32[48,16] @ models/lib/nn.yaml:79:7
%3968 = assign %10, %3967 : f32[48,16] @ models/lib/nn.yaml:79:7
%3969 = assign %3932, %3942 : f32[48,16] @ models/lib/nn.yaml:79:7
%3970 = assign %3933, %3948 : f32[48,16] @ models/lib/nn.yaml:79:7
%3971 = assign %3934, %3935 : i64[] @ models/lib/nn.yaml:79:7
%3972 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%3973 = mul %94, %3972 : f32[48,16] @ models/lib/nn.yaml:79:7
%3974 = broadcast %3758 : f32[48,16] @ models/lib/nn.yaml:79:7
%3975 = mul %3967, %3974 : f32[48,16] @ models/lib/nn.yaml:79:7
%3976 = add %3973, %3975 : f32[48,16] @ models/lib/nn.yaml:79:7
%3977 = assign %94, %3976 : f32[48,16] @ models/lib/nn.yaml:79:7
%3978 = all_reduce_sum %3661 : f32[48] @ models/lib/nn.yaml:80:7
%3979 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3980 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3981 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3982 = add %3981, %3708 : i64[] @ models/lib/nn.yaml:80:7
%3983 = broadcast %2357 : f32[48] @ models/lib/nn.yaml:80:7
%3984 = mul %3978, %3983 : f32[48] @ models/lib/nn.yaml:80:7
%3985 = broadcast %1627 : f32[48] @ models/lib/nn.yaml:80:7
%3986 = mul %3979, %3985 : f32[48] @ models/lib/nn.yaml:80:7
%3987 = add %3986, %3984 : f32[48] @ models/lib/nn.yaml:80:7
%3988 = mul %3978, %3978 : f32[48] @ models/lib/nn.yaml:80:7
%3989 = broadcast %3723 : f32[48] @ models/lib/nn.yaml:80:7
%3990 = mul %3988, %3989 : f32[48] @ models/lib/nn.yaml:80:7
%3991 = broadcast %3727 : f32[48] @ models/lib/nn.yaml:80:7
%3992 = mul %3980, %3991 : f32[48] @ models/lib/nn.yaml:80:7
%3993 = add %3992, %3990 : f32[48] @ models/lib/nn.yaml:80:7
%3994 = cast %3982 : f64[] @ models/lib/nn.yaml:80:7
%3995 = pow %3718, %3994 : f64[] @ models/lib/nn.yaml:80:7
%3996 = sub %3711, %3995 : f64[] @ models/lib/nn.yaml:80:7
%3997 = div %2354, %3996 : f64[] @ models/lib/nn.yaml:80:7
%3998 = pow %3726, %3994 : f64[] @ models/lib/nn.yaml:80:7
%3999 = sub %3711, %3998 : f64[] @ models/lib/nn.yaml:80:7
%4000 = sqrt %3999 : f64[] @ models/lib/nn.yaml:80:7
%4001 = div %3711, %4000 : f64[] @ models/lib/nn.yaml:80:7
%4002 = sqrt %3993 : f32[48] @ models/lib/nn.yaml:80:7
%4003 = cast %4001 : f32[] @ models/lib/nn.yaml:80:7
%4004 = broadcast %4003 : f32[48] @ models/lib/nn.yaml:80:7
%4005 = mul %4002, %4004 : f32[48] @ models/lib/nn.yaml:80:7
%4006 = broadcast %3743 : f32[48] @ models/lib/nn.yaml:80:7
%4007 = add %4005, %4006 : f32[48] @ models/lib/nn.yaml:80:7
%4008 = div %3987, %4007 : f32[48] @ models/lib/nn.yaml:80:7
%4009 = cast %3997 : f32[] @ models/lib/nn.yaml:80:7
%4010 = broadcast %4009 : f32[48] @ models/lib/nn.yaml:80:7
%4011 = mul %4008, %4010 : f32[48] @ models/lib/nn.yaml:80:7
%4012 = sub %11, %4011 : f32[48] @ models/lib/nn.yaml:80:7
%4013 = assign %11, %4012 : f32[48] @ models/lib/nn.yaml:80:7
%4014 = assign %3979, %3987 : f32[48] @ models/lib/nn.yaml:80:7
%4015 = assign %3980, %3993 : f32[48] @ models/lib/nn.yaml:80:7
%4016 = assign %3981, %3982 : i64[] @ models/lib/nn.yaml:80:7
%4017 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%4018 = mul %95, %4017 : f32[48] @ models/lib/nn.yaml:80:7
%4019 = broadcast %3758 : f32[48] @ models/lib/nn.yaml:80:7
%4020 = mul %4012, %4019 : f32[48] @ models/lib/nn.yaml:80:7
%4021 = add %4018, %4020 : f32[48] @ models/lib/nn.yaml:80:7
%4022 = assign %95, %4021 : f32[48] @ models/lib/nn.yaml:80:7
%4023 = all_reduce_sum %3572 : f32[16,16] @ models/lib/nn.yaml:79:7
%4024 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4025 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4026 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4027 = add %4026, %3708 : i64[] @ models/lib/nn.yaml:79:7
%4028 = broadcast %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%4029 = mul %12, %4028 : f32[16,16] @ models/lib/nn.yaml:79:7
%4030 = broadcast %2357 : f32[16,16] @ models/lib/nn.yaml:79:7
%4031 = mul %4023, %4030 : f32[16,16] @ models/lib/nn.yaml:79:7
%4032 = broadcast %1627 : f32[16,16] @ models/lib/nn.yaml:79:7
%4033 = mul %4024, %4032 : f32[16,16] @ models/lib/nn.yaml:79:7
%4034 = add %4033, %4031 : f32[16,16] @ models/lib/nn.yaml:79:7
%4035 = mul %4023, %4023 : f32[16,16] @ models/lib/nn.yaml:79:7
%4036 = broadcast %3723 : f32[16,16] @ models/lib/nn.yaml:79:7
%4037 = mul %4035, %4036 : f32[16,16] @ models/lib/nn.yaml:79:7
%4038 = broadcast %3727 : f32[16,16] @ models/lib/nn.yaml:79:7
%4039 = mul %4025, %4038 : f32[16,16] @ models/lib/nn.yaml:79:7
%4040 = add %4039, %4037 : f32[16,16] @ models/lib/nn.yaml:79:7
%4041 = cast %4027 : f64[] @ models/lib/nn.yaml:79:7
%4042 = pow %3718, %4041 : f64[] @ models/lib/nn.yaml:79:7
%4043 = sub %3711, %4042 : f64[] @ models/lib/nn.yaml:79:7
%4044 = div %2354, %4043 : f64[] @ models/lib/nn.yaml:79:7
%4045 = pow %3726, %4041 : f64[] @ models/lib/nn.yaml:79:7
%4046 = sub %3711, %4045 : f64[] @ models/lib/nn.yaml:79:7
%4047 = sqrt %4046 : f64[] @ models/lib/nn.yaml:79:7
%4048 = div %3711, %4047 : f64[] @ models/lib/nn.yaml:79:7
%4049 = sqrt %4040 : f32[16,16] @ models/lib/nn.yaml:79:7
%4050 = cast %4048 : f32[] @ models/lib/nn.yaml:79:7
%4051 = broadcast %4050 : f32[16,16] @ models/lib/nn.yaml:79:7
%4052 = mul %4049, %4051 : f32[16,16] @ models/lib/nn.yaml:79:7
%4053 = broadcast %3743 : f32[16,16] @ models/lib/nn.yaml:79:7
%4054 = add %4052, %4053 : f32[16,16] @ models/lib/nn.yaml:79:7
%4055 = div %4034, %4054 : f32[16,16] @ models/lib/nn.yaml:79:7
%4056 = cast %4044 : f32[] @ models/lib/nn.yaml:79:7
%4057 = broadcast %4056 : f32[16,16] @ models/lib/nn.yaml:79:7
%4058 = mul %4055, %4057 : f32[16,16] @ models/lib/nn.yaml:79:7
%4059 = sub %4029, %4058 : f32[16,16] @ models/lib/nn.yaml:79:7
%4060 = assign %12, %4059 : f32[16,16] @ models/lib/nn.yaml:79:7
%4061 = assign %4024, %4034 : f32[16,16] @ models/lib/nn.yaml:79:7
%4062 = assign %4025, %4040 : f32[16,16] @ models/lib/nn.yaml:79:7
%4063 = assign %4026, %4027 : i64[] @ models/lib/nn.yaml:79:7
%4064 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%4065 = mul %96, %4064 : f32[16,16] @ models/lib/nn.yaml:79:7
%4066 = broadcast %3758 : f32[16,16] @ models/lib/nn.yaml:79:7
%4067 = mul %4059, %4066 : f32[16,16] @ models/lib/nn.yaml:79:7
%4068 = add %4065, %4067 : f32[16,16] @ models/lib/nn.yaml:79:7
%4069 = assign %96, %4068 : f32[16,16] @ models/lib/nn.yaml:79:7
%4070 = all_reduce_sum %3568 : f32[16] @ models/lib/nn.yaml:80:7
%4071 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4072 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4073 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4074 = add %4073, %3708 : i64[] @ models/lib/nn.yaml:80:7
%4075 = mul %4070, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%4076 = mul %4071, %3817 : f32[16] @ models/lib/nn.yaml:80:7
%4077 = add %4076, %4075 : f32[16] @ models/lib/nn.yaml:80:7
%4078 = mul %4070, %4070 : f32[16] @ models/lib/nn.yaml:80:7
%4079 = mul %4078, %3821 : f32[16] @ models/lib/nn.yaml:80:7
%4080 = mul %4072, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%4081 = add %4080, %4079 : f32[16] @ models/lib/nn.yaml:80:7
%4082 = cast %4074 : f64[] @ models/lib/nn.yaml:80:7
%4083 = pow %3718, %4082 : f64[] @ models/lib/nn.yaml:80:7
%4084 = sub %3711, %4083 : f64[] @ models/lib/nn.yaml:80:7
%4085 = div %2354, %4084 : f64[] @ models/lib/nn.yaml:80:7
%4086 = pow %3726, %4082 : f64[] @ models/lib/nn.yaml:80:7
%4087 = sub %3711, %4086 : f64[] @ models/lib/nn.yaml:80:7
%4088 = sqrt %4087 : f64[] @ models/lib/nn.yaml:80:7
%4089 = div %3711, %4088 : f64[] @ models/lib/nn.yaml:80:7
%4090 = sqrt %4081 : f32[16] @ models/lib/nn.yaml:80:7
%4091 = cast %4089 : f32[] @ models/lib/nn.yaml:80:7
%4092 = broadcast %4091 : f32[16] @ models/lib/nn.yaml:80:7
%4093 = mul %4090, %4092 : f32[16] @ models/lib/nn.yaml:80:7
%4094 = add %4093, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%4095 = div %4077, %4094 : f32[16] @ models/lib/nn.yaml:80:7
%4096 = cast %4085 : f32[] @ models/lib/nn.yaml:80:7
%4097 = broadcast %4096 : f32[16] @ models/lib/nn.yaml:80:7
%4098 = mul %4095, %4097 : f32[16] @ models/lib/nn.yaml:80:7
%4099 = sub %13, %4098 : f32[16] @ models/lib/nn.yaml:80:7
%4100 = assign %13, %4099 : f32[16] @ models/lib/nn.yaml:80:7
%4101 = assign %4071, %4077 : f32[16] @ models/lib/nn.yaml:80:7
%4102 = assign %4072, %4081 : f32[16] @ models/lib/nn.yaml:80:7
%4103 = assign %4073, %4074 : i64[] @ models/lib/nn.yaml:80:7
%4104 = mul %97, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%4105 = mul %4099, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%4106 = add %4104, %4105 : f32[16] @ models/lib/nn.yaml:80:7
%4107 = assign %97, %4106 : f32[16] @ models/lib/nn.yaml:80:7
%4108 = all_reduce_sum %3544 : f32[16] @ models/lib/nn.yaml:89:7
%4109 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4110 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4111 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4112 = add %4111, %3708 : i64[] @ models/lib/nn.yaml:89:7
%4113 = mul %4108, %3815 : f32[16] @ models/lib/nn.yaml:89:7
%4114 = mul %4109, %3817 : f32[16] @ models/lib/nn.yaml:89:7
%4115 = add %4114, %4113 : f32[16] @ models/lib/nn.yaml:89:7
%4116 = mul %4108, %4108 : f32[16] @ models/lib/nn.yaml:89:7
%4117 = mul %4116, %3821 : f32[16] @ models/lib/nn.yaml:89:7
%4118 = mul %4110, %3823 : f32[16] @ models/lib/nn.yaml:89:7
%4119 = add %4118, %4117 : f32[16] @ models/lib/nn.yaml:89:7
%4120 = cast %4112 : f64[] @ models/lib/nn.yaml:89:7
%4121 = pow %3718, %4120 : f64[] @ models/lib/nn.yaml:89:7
%4122 = sub %3711, %4121 : f64[] @ models/lib/nn.yaml:89:7
%4123 = div %2354, %4122 : f64[] @ models/lib/nn.yaml:89:7
%4124 = pow %3726, %4120 : f64[] @ models/lib/nn.yaml:89:7
%4125 = sub %3711, %4124 : f64[] @ models/lib/nn.yaml:89:7
%4126 = sqrt %4125 : f64[] @ models/lib/nn.yaml:89:7
%4127 = div %3711, %4126 : f64[] @ models/lib/nn.yaml:89:7
%4128 = sqrt %4119 : f32[16] @ models/lib/nn.yaml:89:7
%4129 = cast %4127 : f32[] @ models/lib/nn.yaml:89:7
%4130 = broadcast %4129 : f32[16] @ models/lib/nn.yaml:89:7
%4131 = mul %4128, %4130 : f32[16] @ models/lib/nn.yaml:89:7
%4132 = add %4131, %3838 : f32[16] @ models/lib/nn.yaml:89:7
%4133 = div %4115, %4132 : f32[16] @ models/lib/nn.yaml:89:7
%4134 = cast %4123 : f32[] @ models/lib/nn.yaml:89:7
%4135 = broadcast %4134 : f32[16] @ models/lib/nn.yaml:89:7
%4136 = mul %4133, %4135 : f32[16] @ models/lib/nn.yaml:89:7
%4137 = sub %14, %4136 : f32[16] @ models/lib/nn.yaml:89:7
%4138 = assign %14, %4137 : f32[16] @ models/lib/nn.yaml:89:7
%4139 = assign %4109, %4115 : f32[16] @ models/lib/nn.yaml:89:7
%4140 = assign %4110, %4119 : f32[16] @ models/lib/nn.yaml:89:7
%4141 = assign %4111, %4112 : i64[] @ models/lib/nn.yaml:89:7
%4142 = mul %98, %3849 : f32[16] @ models/lib/nn.yaml:89:7
%4143 = mul %4137, %3851 : f32[16] @ models/lib/nn.yaml:89:7
%4144 = add %4142, %4143 : f32[16] @ models/lib/nn.yaml:89:7
%4145 = assign %98, %4144 : f32[16] @ models/lib/nn.yaml:89:7
%4146 = all_reduce_sum %3539 : f32[16] @ models/lib/nn.yaml:90:7
%4147 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4148 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4149 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4150 = add %4149, %3708 : i64[] @ models/lib/nn.yaml:90:7
%4151 = mul %4146, %3815 : f32[16] @ models/lib/nn.yaml:90:7
%4152 = mul %4147, %3817 : f32[16] @ models/lib/nn.yaml:90:7
%4153 = add %4152, %4151 : f32[16] @ models/lib/nn.yaml:90:7
%4154 = mul %4146, %4146 : f32[16] @ models/lib/nn.yaml:90:7
%4155 = mul %4154, %3821 : f32[16] @ models/lib/nn.yaml:90:7
%4156 = mul %4148, %3823 : f32[16] @ models/lib/nn.yaml:90:7
%4157 = add %4156, %4155 : f32[16] @ models/lib/nn.yaml:90:7
%4158 = cast %4150 : f64[] @ models/lib/nn.yaml:90:7
%4159 = pow %3718, %4158 : f64[] @ models/lib/nn.yaml:90:7
%4160 = sub %3711, %4159 : f64[] @ models/lib/nn.yaml:90:7
%4161 = div %2354, %4160 : f64[] @ models/lib/nn.yaml:90:7
%4162 = pow %3726, %4158 : f64[] @ models/lib/nn.yaml:90:7
%4163 = sub %3711, %4162 : f64[] @ models/lib/nn.yaml:90:7
%4164 = sqrt %4163 : f64[] @ models/lib/nn.yaml:90:7
%4165 = div %3711, %4164 : f64[] @ models/lib/nn.yaml:90:7
%4166 = sqrt %4157 : f32[16] @ models/lib/nn.yaml:90:7
%4167 = cast %4165 : f32[] @ models/lib/nn.yaml:90:7
%4168 = broadcast %4167 : f32[16] @ models/lib/nn.yaml:90:7
%4169 = mul %4166, %4168 : f32[16] @ models/lib/nn.yaml:90:7
%4170 = add %4169, %3838 : f32[16] @ models/lib/nn.yaml:90:7
%4171 = div %4153, %4170 : f32[16] @ models/lib/nn.yaml:90:7
%4172 = cast %4161 : f32[] @ models/lib/nn.yaml:90:7
%4173 = broadcast %4172 : f32[16] @ models/lib/nn.yaml:90:7
%4174 = mul %4171, %4173 : f32[16] @ models/lib/nn.yaml:90:7
%4175 = sub %15, %4174 : f32[16] @ models/lib/nn.yaml:90:7
%4176 = assign %15, %4175 : f32[16] @ models/lib/nn.yaml:90:7
%4177 = assign %4147, %4153 : f32[16] @ models/lib/nn.yaml:90:7
%4178 = assign %4148, %4157 : f32[16] @ models/lib/nn.yaml:90:7
%4179 = assign %4149, %4150 : i64[] @ models/lib/nn.yaml:90:7
%4180 = mul %99, %3849 : f32[16] @ models/lib/nn.yaml:90:7
%4181 = mul %4175, %3851 : f32[16] @ models/lib/nn.yaml:90:7
%4182 = add %4180, %4181 : f32[16] @ models/lib/nn.yaml:90:7
%4183 = assign %99, %4182 : f32[16] @ models/lib/nn.yaml:90:7
%4184 = all_reduce_sum %3535 : f32[64,16] @ models/lib/nn.yaml:79:7
%4185 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4186 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4187 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4188 = add %4187, %3708 : i64[] @ models/lib/nn.yaml:79:7
%4189 = broadcast %3713 : f32[64,16] @ models/lib/nn.yaml:79:7
%4190 = mul %16, %4189 : f32[64,16] @ models/lib/nn.yaml:79:7
%4191 = broadcast %2357 : f32[64,16] @ models/lib/nn.yaml:79:7
%4192 = mul %4184, %4191 : f32[64,16] @ models/lib/nn.yaml:79:7
%4193 = broadcast %1627 : f32[64,16] @ models/lib/nn.yaml:79:7
%4194 = mul %4185, %4193 : f32[64,16] @ models/lib/nn.yaml:79:7
%4195 = add %4194, %4192 : f32[64,16] @ models/lib/nn.yaml:79:7
%4196 = mul %4184, %4184 : f32[64,16] @ models/lib/nn.yaml:79:7
%4197 = broadcast %3723 : f32[64,16] @ models/lib/nn.yaml:79:7
%4198 = mul %4196, %4197 : f32[64,16] @ models/lib/nn.yaml:79:7
%4199 = broadcast %3727 : f32[64,16] @ models/lib/nn.yaml:79:7
%4200 = mul %4186, %4199 : f32[64,16] @ models/lib/nn.yaml:79:7
%4201 = add %4200, %4198 : f32[64,16] @ models/lib/nn.yaml:79:7
%4202 = cast %4188 : f64[] @ models/lib/nn.yaml:79:7
%4203 = pow %3718, %4202 : f64[] @ models/lib/nn.yaml:79:7
%4204 = sub %3711, %4203 : f64[] @ models/lib/nn.yaml:79:7
%4205 = div %2354, %4204 : f64[] @ models/lib/nn.yaml:79:7
%4206 = pow %3726, %4202 : f64[] @ models/lib/nn.yaml:79:7
%4207 = sub %3711, %4206 : f64[] @ models/lib/nn.yaml:79:7
%4208 = sqrt %4207 : f64[] @ models/lib/nn.yaml:79:7
%4209 = div %3711, %4208 : f64[] @ models/lib/nn.yaml:79:7
%4210 = sqrt %4201 : f32[64,16] @ models/lib/nn.yaml:79:7
%4211 = cast %4209 : f32[] @ models/lib/nn.yaml:79:7
%4212 = broadcast %4211 : f32[64,16] @ models/lib/nn.yaml:79:7
%4213 = mul %4210, %4212 : f32[64,16] @ models/lib/nn.yaml:79:7
%4214 = broadcast %3743 : f32[64,16] @ models/lib/nn.yaml:79:7
%4215 = add %4213, %4214 : f32[64,16] @ models/lib/nn.yaml:79:7
%4216 = div %4195, %4215 : f32[64,16] @ models/lib/nn.yaml:79:7
%4217 = cast %4205 : f32[] @ models/lib/nn.yaml:79:7
%4218 = broadcast %4217 : f32[64,16] @ models/lib/nn.yaml:79:7
%4219 = mul %4216, %4218 : f32[64,16] @ models/lib/nn.yaml:79:7
%4220 = sub %4190, %4219 : f32[64,16] @ models/lib/nn.yaml:79:7
%4221 = assign %16, %4220 : f32[64,16] @ models/lib/nn.yaml:79:7
%4222 = assign %4185, %4195 : f32[64,16] @ models/lib/nn.yaml:79:7
%4223 = assign %4186, %4201 : f32[64,16] @ models/lib/nn.yaml:79:7
%4224 = assign %4187, %4188 : i64[] @ models/lib/nn.yaml:79:7
%4225 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%4226 = mul %100, %4225 : f32[64,16] @ models/lib/nn.yaml:79:7
%4227 = broadcast %3758 : f32[64,16] @ models/lib/nn.yaml:79:7
%4228 = mul %4220, %4227 : f32[64,16] @ models/lib/nn.yaml:79:7
%4229 = add %4226, %4228 : f32[64,16] @ models/lib/nn.yaml:79:7
%4230 = assign %100, %4229 : f32[64,16] @ models/lib/nn.yaml:79:7
%4231 = all_reduce_sum %3531 : f32[64] @ models/lib/nn.yaml:80:7
%4232 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4233 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4234 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4235 = add %4234, %3708 : i64[] @ models/lib/nn.yaml:80:7
%4236 = broadcast %2357 : f32[64] @ models/lib/nn.yaml:80:7
%4237 = mul %4231, %4236 : f32[64] @ models/lib/nn.yaml:80:7
%4238 = broadcast %1627 : f32[64] @ models/lib/nn.yaml:80:7
%4239 = mul %4232, %4238 : f32[64] @ models/lib/nn.yaml:80:7
%4240 = add %4239, %4237 : f32[64] @ models/lib/nn.yaml:80:7
%4241 = mul %4231, %4231 : f32[64] @ models/lib/nn.yaml:80:7
%4242 = broadcast %3723 : f32[64] @ models/lib/nn.yaml:80:7
%4243 = mul %4241, %4242 : f32[64] @ models/lib/nn.yaml:80:7
%4244 = broadcast %3727 : f32[64] @ models/lib/nn.yaml:80:7
%4245 = mul %4233, %4244 : f32[64] @ models/lib/nn.yaml:80:7
%4246 = add %4245, %4243 : f32[64] @ models/lib/nn.yaml:80:7
%4247 = cast %4235 : f64[] @ models/lib/nn.yaml:80:7
%4248 = pow %3718, %4247 : f64[] @ models/lib/nn.yaml:80:7
%4249 = sub %3711, %4248 : f64[] @ models/lib/nn.yaml:80:7
%4250 = div %2354, %4249 : f64[] @ models/lib/nn.yaml:80:7
%4251 = pow %3726, %4247 : f64[] @ models/lib/nn.yaml:80:7
%4252 = sub %3711, %4251 : f64[] @ models/lib/nn.yaml:80:7
%4253 = sqrt %4252 : f64[] @ models/lib/nn.yaml:80:7
%4254 = div %3711, %4253 : f64[] @ models/lib/nn.yaml:80:7
%4255 = sqrt %4246 : f32[64] @ models/lib/nn.yaml:80:7
%4256 = cast %4254 : f32[] @ models/lib/nn.yaml:80:7
%4257 = broadcast %4256 : f32[64] @ models/lib/nn.yaml:80:7
%4258 = mul %4255, %4257 : f32[64] @ models/lib/nn.yaml:80:7
%4259 = broadcast %3743 : f32[64] @ models/lib/nn.yaml:80:7
%4260 = add %4258, %4259 : f32[64] @ models/lib/nn.yaml:80:7
%4261 = div %4240, %4260 : f32[64] @ models/lib/nn.yaml:80:7
%4262 = cast %4250 : f32[] @ models/lib/nn.yaml:80:7
%4263 = broadcast %4262 : f32[64] @ models/lib/nn.yaml:80:7
%4264 = mul %4261, %4263 : f32[64] @ models/lib/nn.yaml:80:7
%4265 = sub %17, %4264 : f32[64] @ models/lib/nn.yaml:80:7
%4266 = assign %17, %4265 : f32[64] @ models/lib/nn.yaml:80:7
%4267 = assign %4232, %4240 : f32[64] @ models/lib/nn.yaml:80:7
%4268 = assign %4233, %4246 : f32[64] @ models/lib/nn.yaml:80:7
%4269 = assign %4234, %4235 : i64[] @ models/lib/nn.yaml:80:7
%4270 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%4271 = mul %101, %4270 : f32[64] @ models/lib/nn.yaml:80:7
%4272 = broadcast %3758 : f32[64] @ models/lib/nn.yaml:80:7
%4273 = mul %4265, %4272 : f32[64] @ models/lib/nn.yaml:80:7
%4274 = add %4271, %4273 : f32[64] @ models/lib/nn.yaml:80:7
%4275 = assign %101, %4274 : f32[64] @ models/lib/nn.yaml:80:7
%4276 = all_reduce_sum %3509 : f32[16,64] @ models/lib/nn.yaml:79:7
%4277 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4278 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4279 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4280 = add %4279, %3708 : i64[] @ models/lib/nn.yaml:79:7
%4281 = broadcast %3713 : f32[16,64] @ models/lib/nn.yaml:79:7
%4282 = mul %18, %4281 : f32[16,64] @ models/lib/nn.yaml:79:7
%4283 = broadcast %2357 : f32[16,64] @ models/lib/nn.yaml:79:7
%4284 = mul %4276, %4283 : f32[16,64] @ models/lib/nn.yaml:79:7
%4285 = broadcast %1627 : f32[16,64] @ models/lib/nn.yaml:79:7
%4286 = mul %4277, %4285 : f32[16,64] @ models/lib/nn.yaml:79:7
%4287 = add %4286, %4284 : f32[16,64] @ models/lib/nn.yaml:79:7
%4288 = mul %4276, %4276 : f32[16,64] @ models/lib/nn.yaml:79:7
%4289 = broadcast %3723 : f32[16,64] @ models/lib/nn.yaml:79:7
%4290 = mul %4288, %4289 : f32[16,64] @ models/lib/nn.yaml:79:7
%4291 = broadcast %3727 : f32[16,64] @ models/lib/nn.yaml:79:7
%4292 = mul %4278, %4291 : f32[16,64] @ models/lib/nn.yaml:79:7
%4293 = add %4292, %4290 : f32[16,64] @ models/lib/nn.yaml:79:7
%4294 = cast %4280 : f64[] @ models/lib/nn.yaml:79:7
%4295 = pow %3718, %4294 : f64[] @ models/lib/nn.yaml:79:7
%4296 = sub %3711, %4295 : f64[] @ models/lib/nn.yaml:79:7
%4297 = div %2354, %4296 : f64[] @ models/lib/nn.yaml:79:7
%4298 = pow %3726, %4294 : f64[] @ models/lib/nn.yaml:79:7
%4299 = sub %3711, %4298 : f64[] @ models/lib/nn.yaml:79:7
%4300 = sqrt %4299 : f64[] @ models/lib/nn.yaml:79:7
%4301 = div %3711, %4300 : f64[] @ models/lib/nn.yaml:79:7
%4302 = sqrt %4293 : f32[16,64] @ models/lib/nn.yaml:79:7
%4303 = cast %4301 : f32[] @ models/lib/nn.yaml:79:7
%4304 = broadcast %4303 : f32[16,64] @ models/lib/nn.yaml:79:7
%4305 = mul %4302, %4304 : f32[16,64] @ models/lib/nn.yaml:79:7
%4306 = broadcast %3743 : f32[16,64] @ models/lib/nn.yaml:79:7
%4307 = add %4305, %4306 : f32[16,64] @ models/lib/nn.yaml:79:7
%4308 = div %4287, %4307 : f32[16,64] @ models/lib/nn.yaml:79:7
%4309 = cast %4297 : f32[] @ models/lib/nn.yaml:79:7
%4310 = broadcast %4309 : f32[16,64] @ models/lib/nn.yaml:79:7
%4311 = mul %4308, %4310 : f32[16,64] @ models/lib/nn.yaml:79:7
%4312 = sub %4282, %4311 : f32[16,64] @ models/lib/nn.yaml:79:7
%4313 = assign %18, %4312 : f32[16,64] @ models/lib/nn.yaml:79:7
%4314 = assign %4277, %4287 : f32[16,64] @ models/lib/nn.yaml:79:7
%4315 = assign %4278, %4293 : f32[16,64] @ models/lib/nn.yaml:79:7
%4316 = assign %4279, %4280 : i64[] @ models/lib/nn.yaml:79:7
%4317 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%4318 = mul %102, %4317 : f32[16,64] @ models/lib/nn.yaml:79:7
%4319 = broadcast %3758 : f32[16,64] @ models/lib/nn.yaml:79:7
%4320 = mul %4312, %4319 : f32[16,64] @ models/lib/nn.yaml:79:7
%4321 = add %4318, %4320 : f32[16,64] @ models/lib/nn.yaml:79:7
%4322 = assign %102, %4321 : f32[16,64] @ models/lib/nn.yaml:79:7
%4323 = all_reduce_sum %3505 : f32[16] @ models/lib/nn.yaml:80:7
%4324 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4325 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4326 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4327 = add %4326, %3708 : i64[] @ models/lib/nn.yaml:80:7
%4328 = mul %4323, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%4329 = mul %4324, %3817 : f32[16] @ models/lib/nn.yaml:80:7
%4330 = add %4329, %4328 : f32[16] @ models/lib/nn.yaml:80:7
%4331 = mul %4323, %4323 : f32[16] @ models/lib/nn.yaml:80:7
%4332 = mul %4331, %3821 : f32[16] @ models/lib/nn.yaml:80:7
%4333 = mul %4325, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%4334 = add %4333, %4332 : f32[16] @ models/lib/nn.yaml:80:7
%4335 = cast %4327 : f64[] @ models/lib/nn.yaml:80:7
%4336 = pow %3718, %4335 : f64[] @ models/lib/nn.yaml:80:7
%4337 = sub %3711, %4336 : f64[] @ models/lib/nn.yaml:80:7
%4338 = div %2354, %4337 : f64[] @ models/lib/nn.yaml:80:7
%4339 = pow %3726, %4335 : f64[] @ models/lib/nn.yaml:80:7
%4340 = sub %3711, %4339 : f64[] @ models/lib/nn.yaml:80:7
%4341 = sqrt %4340 : f64[] @ models/lib/nn.yaml:80:7
%4342 = div %3711, %4341 : f64[] @ models/lib/nn.yaml:80:7
%4343 = sqrt %4334 : f32[16] @ models/lib/nn.yaml:80:7
%4344 = cast %4342 : f32[] @ models/lib/nn.yaml:80:7
%4345 = broadcast %4344 : f32[16] @ models/lib/nn.yaml:80:7
%4346 = mul %4343, %4345 : f32[16] @ models/lib/nn.yaml:80:7
%4347 = add %4346, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%4348 = div %4330, %4347 : f32[16] @ models/lib/nn.yaml:80:7
%4349 = cast %4338 : f32[] @ models/lib/nn.yaml:80:7
%4350 = broadcast %4349 : f32[16] @ models/lib/nn.yaml:80:7
%4351 = mul %4348, %4350 : f32[16] @ models/lib/nn.yaml:80:7
%4352 = sub %19, %4351 : f32[16] @ models/lib/nn.yaml:80:7
%4353 = assign %19, %4352 : f32[16] @ models/lib/nn.yaml:80:7
%4354 = assign %4324, %4330 : f32[16] @ models/lib/nn.yaml:80:7
%4355 = assign %4325, %4334 : f32[16] @ models/lib/nn.yaml:80:7
%4356 = assign %4326, %4327 : i64[] @ models/lib/nn.yaml:80:7
%4357 = mul %103, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%4358 = mul %4352, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%4359 = add %4357, %4358 : f32[16] @ models/lib/nn.yaml:80:7
%4360 = assign %103, %4359 : f32[16] @ models/lib/nn.yaml:80:7
%4361 = all_reduce_sum %3481 : f32[16] @ models/lib/nn.yaml:89:7
%4362 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4363 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4364 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4365 = add %4364, %3708 : i64[] @ models/lib/nn.yaml:89:7
%4366 = mul %4361, %3815 : f32[16] @ models/lib/nn.yaml:89:7
%4367 = mul %4362, %3817 : f32[16] @ models/lib/nn.yaml:89:7
%4368 = add %4367, %4366 : f32[16] @ models/lib/nn.yaml:89:7
%4369 = mul %4361, %4361 : f32[16] @ models/lib/nn.yaml:89:7
%4370 = mul %4369, %3821 : f32[16] @ models/lib/nn.yaml:89:7
%4371 = mul %4363, %3823 : f32[16] @ models/lib/nn.yaml:89:7
%4372 = add %4371, %4370 : f32[16] @ models/lib/nn.yaml:89:7
%4373 = cast %4365 : f64[] @ models/lib/nn.yaml:89:7
%4374 = pow %3718, %4373 : f64[] @ models/lib/nn.yaml:89:7
%4375 = sub %3711, %4374 : f64[] @ models/lib/nn.yaml:89:7
%4376 = div %2354, %4375 : f64[] @ models/lib/nn.yaml:89:7
%4377 = pow %3726, %4373 : f64[] @ models/lib/nn.yaml:89:7
%4378 = sub %3711, %4377 : f64[] @ models/lib/nn.yaml:89:7
%4379 = sqrt %4378 : f64[] @ models/lib/nn.yaml:89:7
%4380 = div %3711, %4379 : f64[] @ models/lib/nn.yaml:89:7
%4381 = sqrt %4372 : f32[16] @ models/lib/nn.yaml:89:7
%4382 = cast %4380 : f32[] @ models/lib/nn.yaml:89:7
%4383 = broadcast %4382 : f32[16] @ models/lib/nn.yaml:89:7
%4384 = mul %4381, %4383 : f32[16] @ models/lib/nn.yaml:89:7
%4385 = add %4384, %3838 : f32[16] @ models/lib/nn.yaml:89:7
%4386 = div %4368, %4385 : f32[16] @ models/lib/nn.yaml:89:7
%4387 = cast %4376 : f32[] @ models/lib/nn.yaml:89:7
%4388 = broadcast %4387 : f32[16] @ models/lib/nn.yaml:89:7
%4389 = mul %4386, %4388 : f32[16] @ models/lib/nn.yaml:89:7
%4390 = sub %20, %4389 : f32[16] @ models/lib/nn.yaml:89:7
%4391 = assign %20, %4390 : f32[16] @ models/lib/nn.yaml:89:7
%4392 = assign %4362, %4368 : f32[16] @ models/lib/nn.yaml:89:7
%4393 = assign %4363, %4372 : f32[16] @ models/lib/nn.yaml:89:7
%4394 = assign %4364, %4365 : i64[] @ models/lib/nn.yaml:89:7
%4395 = mul %104, %3849 : f32[16] @ models/lib/nn.yaml:89:7
%4396 = mul %4390, %3851 : f32[16] @ models/lib/nn.yaml:89:7
%4397 = add %4395, %4396 : f32[16] @ models/lib/nn.yaml:89:7
%4398 = assign %104, %4397 : f32[16] @ models/lib/nn.yaml:89:7
%4399 = all_reduce_sum %3476 : f32[16] @ models/lib/nn.yaml:90:7
%4400 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4401 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4402 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4403 = add %4402, %3708 : i64[] @ models/lib/nn.yaml:90:7
%4404 = mul %4399, %3815 : f32[16] @ models/lib/nn.yaml:90:7
%4405 = mul %4400, %3817 : f32[16] @ models/lib/nn.yaml:90:7
%4406 = add %4405, %4404 : f32[16] @ models/lib/nn.yaml:90:7
%4407 = mul %4399, %4399 : f32[16] @ models/lib/nn.yaml:90:7
%4408 = mul %4407, %3821 : f32[16] @ models/lib/nn.yaml:90:7
%4409 = mul %4401, %3823 : f32[16] @ models/lib/nn.yaml:90:7
%4410 = add %4409, %4408 : f32[16] @ models/lib/nn.yaml:90:7
%4411 = cast %4403 : f64[] @ models/lib/nn.yaml:90:7
%4412 = pow %3718, %4411 : f64[] @ models/lib/nn.yaml:90:7
%4413 = sub %3711, %4412 : f64[] @ models/lib/nn.yaml:90:7
%4414 = div %2354, %4413 : f64[] @ models/lib/nn.yaml:90:7
%4415 = pow %3726, %4411 : f64[] @ models/lib/nn.yaml:90:7
%4416 = sub %3711, %4415 : f64[] @ models/lib/nn.yaml:90:7
%4417 = sqrt %4416 : f64[] @ models/lib/nn.yaml:90:7
%4418 = div %3711, %4417 : f64[] @ models/lib/nn.yaml:90:7
%4419 = sqrt %4410 : f32[16] @ models/lib/nn.yaml:90:7
%4420 = cast %4418 : f32[] @ models/lib/nn.yaml:90:7
%4421 = broadcast %4420 : f32[16] @ models/lib/nn.yaml:90:7
%4422 = mul %4419, %4421 : f32[16] @ models/lib/nn.yaml:90:7
%4423 = add %4422, %3838 : f32[16] @ models/lib/nn.yaml:90:7
%4424 = div %4406, %4423 : f32[16] @ models/lib/nn.yaml:90:7
%4425 = cast %4414 : f32[] @ models/lib/nn.yaml:90:7
%4426 = broadcast %4425 : f32[16] @ models/lib/nn.yaml:90:7
%4427 = mul %4424, %4426 : f32[16] @ models/lib/nn.yaml:90:7
%4428 = sub %21, %4427 : f32[16] @ models/lib/nn.yaml:90:7
%4429 = assign %21, %4428 : f32[16] @ models/lib/nn.yaml:90:7
%4430 = assign %4400, %4406 : f32[16] @ models/lib/nn.yaml:90:7
%4431 = assign %4401, %4410 : f32[16] @ models/lib/nn.yaml:90:7
%4432 = assign %4402, %4403 : i64[] @ models/lib/nn.yaml:90:7
%4433 = mul %105, %3849 : f32[16] @ models/lib/nn.yaml:90:7
%4434 = mul %4428, %3851 : f32[16] @ models/lib/nn.yaml:90:7
%4435 = add %4433, %4434 : f32[16] @ models/lib/nn.yaml:90:7
%4436 = assign %105, %4435 : f32[16] @ models/lib/nn.yaml:90:7
%4437 = all_reduce_sum %3472 : f32[48,16] @ models/lib/nn.yaml:79:7
%4438 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4439 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4440 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4441 = add %4440, %3708 : i64[] @ models/lib/nn.yaml:79:7
%4442 = mul %22, %3936 : f32[48,16] @ models/lib/nn.yaml:79:7
%4443 = mul %4437, %3938 : f32[48,16] @ models/lib/nn.yaml:79:7
%4444 = mul %4438, %3940 : f32[48,16] @ models/lib/nn.yaml:79:7
%4445 = add %4444, %4443 : f32[48,16] @ models/lib/nn.yaml:79:7
%4446 = mul %4437, %4437 : f32[48,16] @ models/lib/nn.yaml:79:7
%4447 = mul %4446, %3944 : f32[48,16] @ models/lib/nn.yaml:79:7
%4448 = mul %4439, %3946 : f32[48,16] @ models/lib/nn.yaml:79:7
%4449 = add %4448, %4447 : f32[48,16] @ models/lib/nn.yaml:79:7
%4450 = cast %4441 : f64[] @ models/lib/nn.yaml:79:7
%4451 = pow %3718, %4450 : f64[] @ models/lib/nn.yaml:79:7
%4452 = sub %3711, %4451 : f64[] @ models/lib/nn.yaml:79:7
%4453 = div %2354, %4452 : f64[] @ models/lib/nn.yaml:79:7
%4454 = pow %3726, %4450 : f64[] @ models/lib/nn.yaml:79:7
%4455 = sub %3711, %4454 : f64[] @ models/lib/nn.yaml:79:7
%4456 = sqrt %4455 : f64[] @ models/lib/nn.yaml:79:7
%4457 = div %3711, %4456 : f64[] @ models/lib/nn.yaml:79:7
%4458 = sqrt %4449 : f32[48,16] @ models/lib/nn.yaml:79:7
%4459 = cast %4457 : f32[] @ models/lib/nn.yaml:79:7
%4460 = broadcast %4459 : f32[48,16] @ models/lib/nn.yaml:79:7
%4461 = mul %4458, %4460 : f32[48,16] @ models/lib/nn.yaml:79:7
%4462 = add %4461, %3961 : f32[48,16] @ models/lib/nn.yaml:79:7
%4463 = div %4445, %4462 : f32[48,16] @ models/lib/nn.yaml:79:7
%4464 = cast %4453 : f32[] @ models/lib/nn.yaml:79:7
%4465 = broadcast %4464 : f32[48,16] @ models/lib/nn.yaml:79:7
%4466 = mul %4463, %4465 : f32[48,16] @ models/lib/nn.yaml:79:7
%4467 = sub %4442, %4466 : f32[48,16] @ models/lib/nn.yaml:79:7
%4468 = assign %22, %4467 : f32[48,16] @ models/lib/nn.yaml:79:7
%4469 = assign %4438, %4445 : f32[48,16] @ models/lib/nn.yaml:79:7
%4470 = assign %4439, %4449 : f32[48,16] @ models/lib/nn.yaml:79:7
%4471 = assign %4440, %4441 : i64[] @ models/lib/nn.yaml:79:7
%4472 = mul %106, %3972 : f32[48,16] @ models/lib/nn.yaml:79:7
%4473 = mul %4467, %3974 : f32[48,16] @ models/lib/nn.yaml:79:7
%4474 = add %4472, %4473 : f32[48,16] @ models/lib/nn.yaml:79:7
%4475 = assign %106, %4474 : f32[48,16] @ models/lib/nn.yaml:79:7
%4476 = all_reduce_sum %3468 : f32[48] @ models/lib/nn.yaml:80:7
%4477 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4478 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4479 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4480 = add %4479, %3708 : i64[] @ models/lib/nn.yaml:80:7
%4481 = mul %4476, %3983 : f32[48] @ models/lib/nn.yaml:80:7
%4482 = mul %4477, %3985 : f32[48] @ models/lib/nn.yaml:80:7
%4483 = add %4482, %4481 : f32[48] @ models/lib/nn.yaml:80:7
%4484 = mul %4476, %4476 : f32[48] @ models/lib/nn.yaml:80:7
%4485 = mul %4484, %3989 : f32[48] @ models/lib/nn.yaml:80:7
%4486 = mul %4478, %3991 : f32[48] @ models/lib/nn.yaml:80:7
%4487 = add %4486, %4485 : f32[48] @ models/lib/nn.yaml:80:7
%4488 = cast %4480 : f64[] @ models/lib/nn.yaml:80:7
%4489 = pow %3718, %4488 : f64[] @ models/lib/nn.yaml:80:7
%4490 = sub %3711, %4489 : f64[] @ models/lib/nn.yaml:80:7
%4491 = div %2354, %4490 : f64[] @ models/lib/nn.yaml:80:7
%4492 = pow %3726, %4488 : f64[] @ models/lib/nn.yaml:80:7
%4493 = sub %3711, %4492 : f64[] @ models/lib/nn.yaml:80:7
%4494 = sqrt %4493 : f64[] @ models/lib/nn.yaml:80:7
%4495 = div %3711, %4494 : f64[] @ models/lib/nn.yaml:80:7
%4496 = sqrt %4487 : f32[48] @ models/lib/nn.yaml:80:7
%4497 = cast %4495 : f32[] @ models/lib/nn.yaml:80:7
%4498 = broadcast %4497 : f32[48] @ models/lib/nn.yaml:80:7
%4499 = mul %4496, %4498 : f32[48] @ models/lib/nn.yaml:80:7
%4500 = add %4499, %4006 : f32[48] @ models/lib/nn.yaml:80:7
%4501 = div %4483, %4500 : f32[48] @ models/lib/nn.yaml:80:7
%4502 = cast %4491 : f32[] @ models/lib/nn.yaml:80:7
%4503 = broadcast %4502 : f32[48] @ models/lib/nn.yaml:80:7
%4504 = mul %4501, %4503 : f32[48] @ models/lib/nn.yaml:80:7
%4505 = sub %23, %4504 : f32[48] @ models/lib/nn.yaml:80:7
%4506 = assign %23, %4505 : f32[48] @ models/lib/nn.yaml:80:7
%4507 = assign %4477, %4483 : f32[48] @ models/lib/nn.yaml:80:7
%4508 = assign %4478, %4487 : f32[48] @ models/lib/nn.yaml:80:7
%4509 = assign %4479, %4480 : i64[] @ models/lib/nn.yaml:80:7
%4510 = mul %107, %4017 : f32[48] @ models/lib/nn.yaml:80:7
%4511 = mul %4505, %4019 : f32[48] @ models/lib/nn.yaml:80:7
%4512 = add %4510, %4511 : f32[48] @ models/lib/nn.yaml:80:7
%4513 = assign %107, %4512 : f32[48] @ models/lib/nn.yaml:80:7
%4514 = all_reduce_sum %3379 : f32[16,16] @ models/lib/nn.yaml:79:7
%4515 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4516 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4517 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4518 = add %4517, %3708 : i64[] @ models/lib/nn.yaml:79:7
%4519 = mul %24, %4028 : f32[16,16] @ models/lib/nn.yaml:79:7
%4520 = mul %4514, %4030 : f32[16,16] @ models/lib/nn.yaml:79:7
%4521 = mul %4515, %4032 : f32[16,16] @ models/lib/nn.yaml:79:7
%4522 = add %4521, %4520 : f32[16,16] @ models/lib/nn.yaml:79:7
%4523 = mul %4514, %4514 : f32[16,16] @ models/lib/nn.yaml:79:7
%4524 = mul %4523, %4036 : f32[16,16] @ models/lib/nn.yaml:79:7
%4525 = mul %4516, %4038 : f32[16,16] @ models/lib/nn.yaml:79:7
%4526 = add %4525, %4524 : f32[16,16] @ models/lib/nn.yaml:79:7
%4527 = cast %4518 : f64[] @ models/lib/nn.yaml:79:7
%4528 = pow %3718, %4527 : f64[] @ models/lib/nn.yaml:79:7
%4529 = sub %3711, %4528 : f64[] @ models/lib/nn.yaml:79:7
%4530 = div %2354, %4529 : f64[] @ models/lib/nn.yaml:79:7
%4531 = pow %3726, %4527 : f64[] @ models/lib/nn.yaml:79:7
%4532 = sub %3711, %4531 : f64[] @ models/lib/nn.yaml:79:7
%4533 = sqrt %4532 : f64[] @ models/lib/nn.yaml:79:7
%4534 = div %3711, %4533 : f64[] @ models/lib/nn.yaml:79:7
%4535 = sqrt %4526 : f32[16,16] @ models/lib/nn.yaml:79:7
%4536 = cast %4534 : f32[] @ models/lib/nn.yaml:79:7
%4537 = broadcast %4536 : f32[16,16] @ models/lib/nn.yaml:79:7
%4538 = mul %4535, %4537 : f32[16,16] @ models/lib/nn.yaml:79:7
%4539 = add %4538, %4053 : f32[16,16] @ models/lib/nn.yaml:79:7
%4540 = div %4522, %4539 : f32[16,16] @ models/lib/nn.yaml:79:7
%4541 = cast %4530 : f32[] @ models/lib/nn.yaml:79:7
%4542 = broadcast %4541 : f32[16,16] @ models/lib/nn.yaml:79:7
%4543 = mul %4540, %4542 : f32[16,16] @ models/lib/nn.yaml:79:7
%4544 = sub %4519, %4543 : f32[16,16] @ models/lib/nn.yaml:79:7
%4545 = assign %24, %4544 : f32[16,16] @ models/lib/nn.yaml:79:7
%4546 = assign %4515, %4522 : f32[16,16] @ models/lib/nn.yaml:79:7
%4547 = assign %4516, %4526 : f32[16,16] @ models/lib/nn.yaml:79:7
%4548 = assign %4517, %4518 : i64[] @ models/lib/nn.yaml:79:7
%4549 = mul %108, %4064 : f32[16,16] @ models/lib/nn.yaml:79:7
%4550 = mul %4544, %4066 : f32[16,16] @ models/lib/nn.yaml:79:7
%4551 = add %4549, %4550 : f32[16,16] @ models/lib/nn.yaml:79:7
%4552 = assign %108, %4551 : f32[16,16] @ models/lib/nn.yaml:79:7
%4553 = all_reduce_sum %3375 : f32[16] @ models/lib/nn.yaml:80:7
%4554 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4555 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4556 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4557 = add %4556, %3708 : i64[] @ models/lib/nn.yaml:80:7
%4558 = mul %4553, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%4559 = mul %4554, %3817 : f32[16] @ models/lib/nn.yaml:80:7
%4560 = add %4559, %4558 : f32[16] @ models/lib/nn.yaml:80:7
%4561 = mul %4553, %4553 : f32[16] @ models/lib/nn.yaml:80:7
%4562 = mul %4561, %3821 : f32[16] @ models/lib/nn.yaml:80:7
%4563 = mul %4555, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%4564 = add %4563, %4562 : f32[16] @ models/lib/nn.yaml:80:7
%4565 = cast %4557 : f64[] @ models/lib/nn.yaml:80:7
%4566 = pow %3718, %4565 : f64[] @ models/lib/nn.yaml:80:7
%4567 = sub %3711, %4566 : f64[] @ models/lib/nn.yaml:80:7
%4568 = div %2354, %4567 : f64[] @ models/lib/nn.yaml:80:7
%4569 = pow %3726, %4565 : f64[] @ models/lib/nn.yaml:80:7
%4570 = sub %3711, %4569 : f64[] @ models/lib/nn.yaml:80:7
%4571 = sqrt %4570 : f64[] @ models/lib/nn.yaml:80:7
%4572 = div %3711, %4571 : f64[] @ models/lib/nn.yaml:80:7
%4573 = sqrt %4564 : f32[16] @ models/lib/nn.yaml:80:7
%4574 = cast %4572 : f32[] @ models/lib/nn.yaml:80:7
%4575 = broadcast %4574 : f32[16] @ models/lib/nn.yaml:80:7
%4576 = mul %4573, %4575 : f32[16] @ models/lib/nn.yaml:80:7
%4577 = add %4576, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%4578 = div %4560, %4577 : f32[16] @ models/lib/nn.yaml:80:7
%4579 = cast %4568 : f32[] @ models/lib/nn.yaml:80:7
%4580 = broadcast %4579 : f32[16] @ models/lib/nn.yaml:80:7
%4581 = mul %4578, %4580 : f32[16] @ models/lib/nn.yaml:80:7
%4582 = sub %25, %4581 : f32[16] @ models/lib/nn.yaml:80:7
%4583 = assign %25, %4582 : f32[16] @ models/lib/nn.yaml:80:7
%4584 = assign %4554, %4560 : f32[16] @ models/lib/nn.yaml:80:7
%4585 = assign %4555, %4564 : f32[16] @ models/lib/nn.yaml:80:7
%4586 = assign %4556, %4557 : i64[] @ models/lib/nn.yaml:80:7
%4587 = mul %109, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%4588 = mul %4582, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%4589 = add %4587, %4588 : f32[16] @ models/lib/nn.yaml:80:7
%4590 = assign %109, %4589 : f32[16] @ models/lib/nn.yaml:80:7
%4591 = all_reduce_sum %3348 : f32[16] @ models/lib/nn.yaml:89:7
%4592 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4593 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4594 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4595 = add %4594, %3708 : i64[] @ models/lib/nn.yaml:89:7
%4596 = mul %4591, %3815 : f32[16] @ models/lib/nn.yaml:89:7
%4597 = mul %4592, %3817 : f32[16] @ models/lib/nn.yaml:89:7
%4598 = add %4597, %4596 : f32[16] @ models/lib/nn.yaml:89:7
%4599 = mul %4591, %4591 : f32[16] @ models/lib/nn.yaml:89:7
%4600 = mul %4599, %3821 : f32[16] @ models/lib/nn.yaml:89:7
%4601 = mul %4593, %3823 : f32[16] @ models/lib/nn.yaml:89:7
%4602 = add %4601, %4600 : f32[16] @ models/lib/nn.yaml:89:7
%4603 = cast %4595 : f64[] @ models/lib/nn.yaml:89:7
%4604 = pow %3718, %4603 : f64[] @ models/lib/nn.yaml:89:7
%4605 = sub %3711, %4604 : f64[] @ models/lib/nn.yaml:89:7
%4606 = div %2354, %4605 : f64[] @ models/lib/nn.yaml:89:7
%4607 = pow %3726, %4603 : f64[] @ models/lib/nn.yaml:89:7
%4608 = sub %3711, %4607 : f64[] @ models/lib/nn.yaml:89:7
%4609 = sqrt %4608 : f64[] @ models/lib/nn.yaml:89:7
%4610 = div %3711, %4609 : f64[] @ models/lib/nn.yaml:89:7
%4611 = sqrt %4602 : f32[16] @ models/lib/nn.yaml:89:7
%4612 = cast %4610 : f32[] @ models/lib/nn.yaml:89:7
%4613 = broadcast %4612 : f32[16] @ models/lib/nn.yaml:89:7
%4614 = mul %4611, %4613 : f32[16] @ models/lib/nn.yaml:89:7
%4615 = add %4614, %3838 : f32[16] @ models/lib/nn.yaml:89:7
%4616 = div %4598, %4615 : f32[16] @ models/lib/nn.yaml:89:7
%4617 = cast %4606 : f32[] @ models/lib/nn.yaml:89:7
%4618 = broadcast %4617 : f32[16] @ models/lib/nn.yaml:89:7
%4619 = mul %4616, %4618 : f32[16] @ models/lib/nn.yaml:89:7
%4620 = sub %26, %4619 : f32[16] @ models/lib/nn.yaml:89:7
%4621 = assign %26, %4620 : f32[16] @ models/lib/nn.yaml:89:7
%4622 = assign %4592, %4598 : f32[16] @ models/lib/nn.yaml:89:7
%4623 = assign %4593, %4602 : f32[16] @ models/lib/nn.yaml:89:7
%4624 = assign %4594, %4595 : i64[] @ models/lib/nn.yaml:89:7
%4625 = mul %110, %3849 : f32[16] @ models/lib/nn.yaml:89:7
%4626 = mul %4620, %3851 : f32[16] @ models/lib/nn.yaml:89:7
%4627 = add %4625, %4626 : f32[16] @ models/lib/nn.yaml:89:7
%4628 = assign %110, %4627 : f32[16] @ models/lib/nn.yaml:89:7
%4629 = all_reduce_sum %3343 : f32[16] @ models/lib/nn.yaml:90:7
%4630 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4631 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4632 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4633 = add %4632, %3708 : i64[] @ models/lib/nn.yaml:90:7
%4634 = mul %4629, %3815 : f32[16] @ models/lib/nn.yaml:90:7
%4635 = mul %4630, %3817 : f32[16] @ models/lib/nn.yaml:90:7
%4636 = add %4635, %4634 : f32[16] @ models/lib/nn.yaml:90:7
%4637 = mul %4629, %4629 : f32[16] @ models/lib/nn.yaml:90:7
%4638 = mul %4637, %3821 : f32[16] @ models/lib/nn.yaml:90:7
%4639 = mul %4631, %3823 : f32[16] @ models/lib/nn.yaml:90:7
%4640 = add %4639, %4638 : f32[16] @ models/lib/nn.yaml:90:7
%4641 = cast %4633 : f64[] @ models/lib/nn.yaml:90:7
%4642 = pow %3718, %4641 : f64[] @ models/lib/nn.yaml:90:7
%4643 = sub %3711, %4642 : f64[] @ models/lib/nn.yaml:90:7
%4644 = div %2354, %4643 : f64[] @ models/lib/nn.yaml:90:7
%4645 = pow %3726, %4641 : f64[] @ models/lib/nn.yaml:90:7
%4646 = sub %3711, %4645 : f64[] @ models/lib/nn.yaml:90:7
%4647 = sqrt %4646 : f64[] @ models/lib/nn.yaml:90:7
%4648 = div %3711, %4647 : f64[] @ models/lib/nn.yaml:90:7
%4649 = sqrt %4640 : f32[16] @ models/lib/nn.yaml:90:7
%4650 = cast %4648 : f32[] @ models/lib/nn.yaml:90:7
%4651 = broadcast %4650 : f32[16] @ models/lib/nn.yaml:90:7
%4652 = mul %4649, %4651 : f32[16] @ models/lib/nn.yaml:90:7
%4653 = add %4652, %3838 : f32[16] @ models/lib/nn.yaml:90:7
%4654 = div %4636, %4653 : f32[16] @ models/lib/nn.yaml:90:7
%4655 = cast %4644 : f32[] @ models/lib/nn.yaml:90:7
%4656 = broadcast %4655 : f32[16] @ models/lib/nn.yaml:90:7
%4657 = mul %4654, %4656 : f32[16] @ models/lib/nn.yaml:90:7
%4658 = sub %27, %4657 : f32[16] @ models/lib/nn.yaml:90:7
%4659 = assign %27, %4658 : f32[16] @ models/lib/nn.yaml:90:7
%4660 = assign %4630, %4636 : f32[16] @ models/lib/nn.yaml:90:7
%4661 = assign %4631, %4640 : f32[16] @ models/lib/nn.yaml:90:7
%4662 = assign %4632, %4633 : i64[] @ models/lib/nn.yaml:90:7
%4663 = mul %111, %3849 : f32[16] @ models/lib/nn.yaml:90:7
%4664 = mul %4658, %3851 : f32[16] @ models/lib/nn.yaml:90:7
%4665 = add %4663, %4664 : f32[16] @ models/lib/nn.yaml:90:7
%4666 = assign %111, %4665 : f32[16] @ models/lib/nn.yaml:90:7
%4667 = all_reduce_sum %3339 : f32[64,16] @ models/lib/nn.yaml:79:7
%4668 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4669 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4670 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4671 = add %4670, %3708 : i64[] @ models/lib/nn.yaml:79:7
%4672 = mul %28, %4189 : f32[64,16] @ models/lib/nn.yaml:79:7
%4673 = mul %4667, %4191 : f32[64,16] @ models/lib/nn.yaml:79:7
%4674 = mul %4668, %4193 : f32[64,16] @ models/lib/nn.yaml:79:7
%4675 = add %4674, %4673 : f32[64,16] @ models/lib/nn.yaml:79:7
%4676 = mul %4667, %4667 : f32[64,16] @ models/lib/nn.yaml:79:7
%4677 = mul %4676, %4197 : f32[64,16] @ models/lib/nn.yaml:79:7
%4678 = mul %4669, %4199 : f32[64,16] @ models/lib/nn.yaml:79:7
%4679 = add %4678, %4677 : f32[64,16] @ models/lib/nn.yaml:79:7
%4680 = cast %4671 : f64[] @ models/lib/nn.yaml:79:7
%4681 = pow %3718, %4680 : f64[] @ models/lib/nn.yaml:79:7
%4682 = sub %3711, %4681 : f64[] @ models/lib/nn.yaml:79:7
%4683 = div %2354, %4682 : f64[] @ models/lib/nn.yaml:79:7
%4684 = pow %3726, %4680 : f64[] @ models/lib/nn.yaml:79:7
%4685 = sub %3711, %4684 : f64[] @ models/lib/nn.yaml:79:7
%4686 = sqrt %4685 : f64[] @ models/lib/nn.yaml:79:7
%4687 = div %3711, %4686 : f64[] @ models/lib/nn.yaml:79:7
%4688 = sqrt %4679 : f32[64,16] @ models/lib/nn.yaml:79:7
%4689 = cast %4687 : f32[] @ models/lib/nn.yaml:79:7
%4690 = broadcast %4689 : f32[64,16] @ models/lib/nn.yaml:79:7
%4691 = mul %4688, %4690 : f32[64,16] @ models/lib/nn.yaml:79:7
%4692 = add %4691, %4214 : f32[64,16] @ models/lib/nn.yaml:79:7
%4693 = div %4675, %4692 : f32[64,16] @ models/lib/nn.yaml:79:7
%4694 = cast %4683 : f32[] @ models/lib/nn.yaml:79:7
%4695 = broadcast %4694 : f32[64,16] @ models/lib/nn.yaml:79:7
%4696 = mul %4693, %4695 : f32[64,16] @ models/lib/nn.yaml:79:7
%4697 = sub %4672, %4696 : f32[64,16] @ models/lib/nn.yaml:79:7
%4698 = assign %28, %4697 : f32[64,16] @ models/lib/nn.yaml:79:7
%4699 = assign %4668, %4675 : f32[64,16] @ models/lib/nn.yaml:79:7
%4700 = assign %4669, %4679 : f32[64,16] @ models/lib/nn.yaml:79:7
%4701 = assign %4670, %4671 : i64[] @ models/lib/nn.yaml:79:7
%4702 = mul %112, %4225 : f32[64,16] @ models/lib/nn.yaml:79:7
%4703 = mul %4697, %4227 : f32[64,16] @ models/lib/nn.yaml:79:7
%4704 = add %4702, %4703 : f32[64,16] @ models/lib/nn.yaml:79:7
%4705 = assign %112, %4704 : f32[64,16] @ models/lib/nn.yaml:79:7
%4706 = all_reduce_sum %3335 : f32[64] @ models/lib/nn.yaml:80:7
%4707 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4708 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4709 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4710 = add %4709, %3708 : i64[] @ models/lib/nn.yaml:80:7
%4711 = mul %4706, %4236 : f32[64] @ models/lib/nn.yaml:80:7
%4712 = mul %4707, %4238 : f32[64] @ models/lib/nn.yaml:80:7
%4713 = add %4712, %4711 : f32[64] @ models/lib/nn.yaml:80:7
%4714 = mul %4706, %4706 : f32[64] @ models/lib/nn.yaml:80:7
%4715 = mul %4714, %4242 : f32[64] @ models/lib/nn.yaml:80:7
%4716 = mul %4708, %4244 : f32[64] @ models/lib/nn.yaml:80:7
%4717 = add %4716, %4715 : f32[64] @ models/lib/nn.yaml:80:7
%4718 = cast %4710 : f64[] @ models/lib/nn.yaml:80:7
%4719 = pow %3718, %4718 : f64[] @ models/lib/nn.yaml:80:7
%4720 = sub %3711, %4719 : f64[] @ models/lib/nn.yaml:80:7
%4721 = div %2354, %4720 : f64[] @ models/lib/nn.yaml:80:7
%4722 = pow %3726, %4718 : f64[] @ models/lib/nn.yaml:80:7
%4723 = sub %3711, %4722 : f64[] @ models/lib/nn.yaml:80:7
%4724 = sqrt %4723 : f64[] @ models/lib/nn.yaml:80:7
%4725 = div %3711, %4724 : f64[] @ models/lib/nn.yaml:80:7
%4726 = sqrt %4717 : f32[64] @ models/lib/nn.yaml:80:7
%4727 = cast %4725 : f32[] @ models/lib/nn.yaml:80:7
%4728 = broadcast %4727 : f32[64] @ models/lib/nn.yaml:80:7
%4729 = mul %4726, %4728 : f32[64] @ models/lib/nn.yaml:80:7
%4730 = add %4729, %4259 : f32[64] @ models/lib/nn.yaml:80:7
%4731 = div %4713, %4730 : f32[64] @ models/lib/nn.yaml:80:7
%4732 = cast %4721 : f32[] @ models/lib/nn.yaml:80:7
%4733 = broadcast %4732 : f32[64] @ models/lib/nn.yaml:80:7
%4734 = mul %4731, %4733 : f32[64] @ models/lib/nn.yaml:80:7
%4735 = sub %29, %4734 : f32[64] @ models/lib/nn.yaml:80:7
%4736 = assign %29, %4735 : f32[64] @ models/lib/nn.yaml:80:7
%4737 = assign %4707, %4713 : f32[64] @ models/lib/nn.yaml:80:7
%4738 = assign %4708, %4717 : f32[64] @ models/lib/nn.yaml:80:7
%4739 = assign %4709, %4710 : i64[] @ models/lib/nn.yaml:80:7
%4740 = mul %113, %4270 : f32[64] @ models/lib/nn.yaml:80:7
%4741 = mul %4735, %4272 : f32[64] @ models/lib/nn.yaml:80:7
%4742 = add %4740, %4741 : f32[64] @ models/lib/nn.yaml:80:7
%4743 = assign %113, %4742 : f32[64] @ models/lib/nn.yaml:80:7
%4744 = all_reduce_sum %3312 : f32[16,64] @ models/lib/nn.yaml:79:7
%4745 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4746 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4747 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4748 = add %4747, %3708 : i64[] @ models/lib/nn.yaml:79:7
%4749 = mul %30, %4281 : f32[16,64] @ models/lib/nn.yaml:79:7
%4750 = mul %4744, %4283 : f32[16,64] @ models/lib/nn.yaml:79:7
%4751 = mul %4745, %4285 : f32[16,64] @ models/lib/nn.yaml:79:7
%4752 = add %4751, %4750 : f32[16,64] @ models/lib/nn.yaml:79:7
%4753 = mul %4744, %4744 : f32[16,64] @ models/lib/nn.yaml:79:7
%4754 = mul %4753, %4289 : f32[16,64] @ models/lib/nn.yaml:79:7
%4755 = mul %4746, %4291 : f32[16,64] @ models/lib/nn.yaml:79:7
%4756 = add %4755, %4754 : f32[16,64] @ models/lib/nn.yaml:79:7
%4757 = cast %4748 : f64[] @ models/lib/nn.yaml:79:7
%4758 = pow %3718, %4757 : f64[] @ models/lib/nn.yaml:79:7
%4759 = sub %3711, %4758 : f64[] @ models/lib/nn.yaml:79:7
%4760 = div %2354, %4759 : f64[] @ models/lib/nn.yaml:79:7
%4761 = pow %3726, %4757 : f64[] @ models/lib/nn.yaml:79:7
%4762 = sub %3711, %4761 : f64[] @ models/lib/nn.yaml:79:7
%4763 = sqrt %4762 : f64[] @ models/lib/nn.yaml:79:7
%4764 = div %3711, %4763 : f64[] @ models/lib/nn.yaml:79:7
%4765 = sqrt %4756 : f32[16,64] @ models/lib/nn.yaml:79:7
%4766 = cast %4764 : f32[] @ models/lib/nn.yaml:79:7
%4767 = broadcast %4766 : f32[16,64] @ models/lib/nn.yaml:79:7
%4768 = mul %4765, %4767 : f32[16,64] @ models/lib/nn.yaml:79:7
%4769 = add %4768, %4306 : f32[16,64] @ models/lib/nn.yaml:79:7
%4770 = div %4752, %4769 : f32[16,64] @ models/lib/nn.yaml:79:7
%4771 = cast %4760 : f32[] @ models/lib/nn.yaml:79:7
%4772 = broadcast %4771 : f32[16,64] @ models/lib/nn.yaml:79:7
%4773 = mul %4770, %4772 : f32[16,64] @ models/lib/nn.yaml:79:7
%4774 = sub %4749, %4773 : f32[16,64] @ models/lib/nn.yaml:79:7
%4775 = assign %30, %4774 : f32[16,64] @ models/lib/nn.yaml:79:7
%4776 = assign %4745, %4752 : f32[16,64] @ models/lib/nn.yaml:79:7
%4777 = assign %4746, %4756 : f32[16,64] @ models/lib/nn.yaml:79:7
%4778 = assign %4747, %4748 : i64[] @ models/lib/nn.yaml:79:7
%4779 = mul %114, %4317 : f32[16,64] @ models/lib/nn.yaml:79:7
%4780 = mul %4774, %4319 : f32[16,64] @ models/lib/nn.yaml:79:7
%4781 = add %4779, %4780 : f32[16,64] @ models/lib/nn.yaml:79:7
%4782 = assign %114, %4781 : f32[16,64] @ models/lib/nn.yaml:79:7
%4783 = all_reduce_sum %3308 : f32[16] @ models/lib/nn.yaml:80:7
%4784 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4785 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4786 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4787 = add %4786, %3708 : i64[] @ models/lib/nn.yaml:80:7
%4788 = mul %4783, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%4789 = mul %4784, %3817 : f32[16] @ models/lib/nn.yaml:80:7
%4790 = add %4789, %4788 : f32[16] @ models/lib/nn.yaml:80:7
%4791 = mul %4783, %4783 : f32[16] @ models/lib/nn.yaml:80:7
%4792 = mul %4791, %3821 : f32[16] @ models/lib/nn.yaml:80:7
%4793 = mul %4785, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%4794 = add %4793, %4792 : f32[16] @ models/lib/nn.yaml:80:7
%4795 = cast %4787 : f64[] @ models/lib/nn.yaml:80:7
%4796 = pow %3718, %4795 : f64[] @ models/lib/nn.yaml:80:7
%4797 = sub %3711, %4796 : f64[] @ models/lib/nn.yaml:80:7
%4798 = div %2354, %4797 : f64[] @ models/lib/nn.yaml:80:7
%4799 = pow %3726, %4795 : f64[] @ models/lib/nn.yaml:80:7
%4800 = sub %3711, %4799 : f64[] @ models/lib/nn.yaml:80:7
%4801 = sqrt %4800 : f64[] @ models/lib/nn.yaml:80:7
%4802 = div %3711, %4801 : f64[] @ models/lib/nn.yaml:80:7
%4803 = sqrt %4794 : f32[16] @ models/lib/nn.yaml:80:7
%4804 = cast %4802 : f32[] @ models/lib/nn.yaml:80:7
%4805 = broadcast %4804 : f32[16] @ models/lib/nn.yaml:80:7
%4806 = mul %4803, %4805 : f32[16] @ models/lib/nn.yaml:80:7
%4807 = add %4806, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%4808 = div %4790, %4807 : f32[16] @ models/lib/nn.yaml:80:7
%4809 = cast %4798 : f32[] @ models/lib/nn.yaml:80:7
%4810 = broadcast %4809 : f32[16] @ models/lib/nn.yaml:80:7
%4811 = mul %4808, %4810 : f32[16] @ models/lib/nn.yaml:80:7
%4812 = sub %31, %4811 : f32[16] @ models/lib/nn.yaml:80:7
%4813 = assign %31, %4812 : f32[16] @ models/lib/nn.yaml:80:7
%4814 = assign %4784, %4790 : f32[16] @ models/lib/nn.yaml:80:7
%4815 = assign %4785, %4794 : f32[16] @ models/lib/nn.yaml:80:7
%4816 = assign %4786, %4787 : i64[] @ models/lib/nn.yaml:80:7
%4817 = mul %115, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%4818 = mul %4812, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%4819 = add %4817, %4818 : f32[16] @ models/lib/nn.yaml:80:7
%4820 = assign %115, %4819 : f32[16] @ models/lib/nn.yaml:80:7
%4821 = all_reduce_sum %3302 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4822 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4823 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4824 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%4825 = add %4824, %3708 : i64[] @ models/lib/vit.yaml:103:7
%4826 = broadcast %3713 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4827 = mul %32, %4826 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4828 = broadcast %2357 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4829 = mul %4821, %4828 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4830 = broadcast %1627 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4831 = mul %4822, %4830 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4832 = add %4831, %4829 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4833 = mul %4821, %4821 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4834 = broadcast %3723 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4835 = mul %4833, %4834 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4836 = broadcast %3727 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4837 = mul %4823, %4836 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4838 = add %4837, %4835 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4839 = cast %4825 : f64[] @ models/lib/vit.yaml:103:7
%4840 = pow %3718, %4839 : f64[] @ models/lib/vit.yaml:103:7
%4841 = sub %3711, %4840 : f64[] @ models/lib/vit.yaml:103:7
%4842 = div %2354, %4841 : f64[] @ models/lib/vit.yaml:103:7
%4843 = pow %3726, %4839 : f64[] @ models/lib/vit.yaml:103:7
%4844 = sub %3711, %4843 : f64[] @ models/lib/vit.yaml:103:7
%4845 = sqrt %4844 : f64[] @ models/lib/vit.yaml:103:7
%4846 = div %3711, %4845 : f64[] @ models/lib/vit.yaml:103:7
%4847 = sqrt %4838 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4848 = cast %4846 : f32[] @ models/lib/vit.yaml:103:7
%4849 = broadcast %4848 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4850 = mul %4847, %4849 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4851 = broadcast %3743 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4852 = add %4850, %4851 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4853 = div %4832, %4852 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4854 = cast %4842 : f32[] @ models/lib/vit.yaml:103:7
%4855 = broadcast %4854 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4856 = mul %4853, %4855 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4857 = sub %4827, %4856 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4858 = assign %32, %4857 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4859 = assign %4822, %4832 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4860 = assign %4823, %4838 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4861 = assign %4824, %4825 : i64[] @ models/lib/vit.yaml:103:7
%4862 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4863 = mul %116, %4862 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4864 = broadcast %3758 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4865 = mul %4857, %4864 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4866 = add %4863, %4865 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4867 = assign %116, %4866 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4868 = all_reduce_sum %3278 : f32[16] @ models/lib/nn.yaml:89:7
%4869 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4870 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4871 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4872 = add %4871, %3708 : i64[] @ models/lib/nn.yaml:89:7
%4873 = mul %4868, %3815 : f32[16] @ models/lib/nn.yaml:89:7
%4874 = mul %4869, %3817 : f32[16] @ models/lib/nn.yaml:89:7
%4875 = add %4874, %4873 : f32[16] @ models/lib/nn.yaml:89:7
%4876 = mul %4868, %4868 : f32[16] @ models/lib/nn.yaml:89:7
%4877 = mul %4876, %3821 : f32[16] @ models/lib/nn.yaml:89:7
%4878 = mul %4870, %3823 : f32[16] @ models/lib/nn.yaml:89:7
%4879 = add %4878, %4877 : f32[16] @ models/lib/nn.yaml:89:7
%4880 = cast %4872 : f64[] @ models/lib/nn.yaml:89:7
%4881 = pow %3718, %4880 : f64[] @ models/lib/nn.yaml:89:7
%4882 = sub %3711, %4881 : f64[] @ models/lib/nn.yaml:89:7
%4883 = div %2354, %4882 : f64[] @ models/lib/nn.yaml:89:7
%4884 = pow %3726, %4880 : f64[] @ models/lib/nn.yaml:89:7
%4885 = sub %3711, %4884 : f64[] @ models/lib/nn.yaml:89:7
%4886 = sqrt %4885 : f64[] @ models/lib/nn.yaml:89:7
%4887 = div %3711, %4886 : f64[] @ models/lib/nn.yaml:89:7
%4888 = sqrt %4879 : f32[16] @ models/lib/nn.yaml:89:7
%4889 = cast %4887 : f32[] @ models/lib/nn.yaml:89:7
%4890 = broadcast %4889 : f32[16] @ models/lib/nn.yaml:89:7
%4891 = mul %4888, %4890 : f32[16] @ models/lib/nn.yaml:89:7
%4892 = add %4891, %3838 : f32[16] @ models/lib/nn.yaml:89:7
%4893 = div %4875, %4892 : f32[16] @ models/lib/nn.yaml:89:7
%4894 = cast %4883 : f32[] @ models/lib/nn.yaml:89:7
%4895 = broadcast %4894 : f32[16] @ models/lib/nn.yaml:89:7
%4896 = mul %4893, %4895 : f32[16] @ models/lib/nn.yaml:89:7
%4897 = sub %33, %4896 : f32[16] @ models/lib/nn.yaml:89:7
%4898 = assign %33, %4897 : f32[16] @ models/lib/nn.yaml:89:7
%4899 = assign %4869, %4875 : f32[16] @ models/lib/nn.yaml:89:7
%4900 = assign %4870, %4879 : f32[16] @ models/lib/nn.yaml:89:7
%4901 = assign %4871, %4872 : i64[] @ models/lib/nn.yaml:89:7
%4902 = mul %117, %3849 : f32[16] @ models/lib/nn.yaml:89:7
%4903 = mul %4897, %3851 : f32[16] @ models/lib/nn.yaml:89:7
%4904 = add %4902, %4903 : f32[16] @ models/lib/nn.yaml:89:7
%4905 = assign %117, %4904 : f32[16] @ models/lib/nn.yaml:89:7
%4906 = all_reduce_sum %3273 : f32[16] @ models/lib/nn.yaml:90:7
%4907 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4908 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4909 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4910 = add %4909, %3708 : i64[] @ models/lib/nn.yaml:90:7
%4911 = mul %4906, %3815 : f32[16] @ models/lib/nn.yaml:90:7
%4912 = mul %4907, %3817 : f32[16] @ models/lib/nn.yaml:90:7
%4913 = add %4912, %4911 : f32[16] @ models/lib/nn.yaml:90:7
%4914 = mul %4906, %4906 : f32[16] @ models/lib/nn.yaml:90:7
%4915 = mul %4914, %3821 : f32[16] @ models/lib/nn.yaml:90:7
%4916 = mul %4908, %3823 : f32[16] @ models/lib/nn.yaml:90:7
%4917 = add %4916, %4915 : f32[16] @ models/lib/nn.yaml:90:7
%4918 = cast %4910 : f64[] @ models/lib/nn.yaml:90:7
%4919 = pow %3718, %4918 : f64[] @ models/lib/nn.yaml:90:7
%4920 = sub %3711, %4919 : f64[] @ models/lib/nn.yaml:90:7
%4921 = div %2354, %4920 : f64[] @ models/lib/nn.yaml:90:7
%4922 = pow %3726, %4918 : f64[] @ models/lib/nn.yaml:90:7
%4923 = sub %3711, %4922 : f64[] @ models/lib/nn.yaml:90:7
%4924 = sqrt %4923 : f64[] @ models/lib/nn.yaml:90:7
%4925 = div %3711, %4924 : f64[] @ models/lib/nn.yaml:90:7
%4926 = sqrt %4917 : f32[16] @ models/lib/nn.yaml:90:7
%4927 = cast %4925 : f32[] @ models/lib/nn.yaml:90:7
%4928 = broadcast %4927 : f32[16] @ models/lib/nn.yaml:90:7
%4929 = mul %4926, %4928 : f32[16] @ models/lib/nn.yaml:90:7
%4930 = add %4929, %3838 : f32[16] @ models/lib/nn.yaml:90:7
%4931 = div %4913, %4930 : f32[16] @ models/lib/nn.yaml:90:7
%4932 = cast %4921 : f32[] @ models/lib/nn.yaml:90:7
%4933 = broadcast %4932 : f32[16] @ models/lib/nn.yaml:90:7
%4934 = mul %4931, %4933 : f32[16] @ models/lib/nn.yaml:90:7
%4935 = sub %34, %4934 : f32[16] @ models/lib/nn.yaml:90:7
%4936 = assign %34, %4935 : f32[16] @ models/lib/nn.yaml:90:7
%4937 = assign %4907, %4913 : f32[16] @ models/lib/nn.yaml:90:7
%4938 = assign %4908, %4917 : f32[16] @ models/lib/nn.yaml:90:7
%4939 = assign %4909, %4910 : i64[] @ models/lib/nn.yaml:90:7
%4940 = mul %118, %3849 : f32[16] @ models/lib/nn.yaml:90:7
%4941 = mul %4935, %3851 : f32[16] @ models/lib/nn.yaml:90:7
%4942 = add %4940, %4941 : f32[16] @ models/lib/nn.yaml:90:7
%4943 = assign %118, %4942 : f32[16] @ models/lib/nn.yaml:90:7
%4944 = all_reduce_sum %3267 : f32[16,16] @ models/lib/nn.yaml:79:7
%4945 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4946 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4947 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4948 = add %4947, %3708 : i64[] @ models/lib/nn.yaml:79:7
%4949 = mul %35, %4028 : f32[16,16] @ models/lib/nn.yaml:79:7
%4950 = mul %4944, %4030 : f32[16,16] @ models/lib/nn.yaml:79:7
%4951 = mul %4945, %4032 : f32[16,16] @ models/lib/nn.yaml:79:7
%4952 = add %4951, %4950 : f32[16,16] @ models/lib/nn.yaml:79:7
%4953 = mul %4944, %4944 : f32[16,16] @ models/lib/nn.yaml:79:7
%4954 = mul %4953, %4036 : f32[16,16] @ models/lib/nn.yaml:79:7
%4955 = mul %4946, %4038 : f32[16,16] @ models/lib/nn.yaml:79:7
%4956 = add %4955, %4954 : f32[16,16] @ models/lib/nn.yaml:79:7
%4957 = cast %4948 : f64[] @ models/lib/nn.yaml:79:7
%4958 = pow %3718, %4957 : f64[] @ models/lib/nn.yaml:79:7
%4959 = sub %3711, %4958 : f64[] @ models/lib/nn.yaml:79:7
%4960 = div %2354, %4959 : f64[] @ models/lib/nn.yaml:79:7
%4961 = pow %3726, %4957 : f64[] @ models/lib/nn.yaml:79:7
%4962 = sub %3711, %4961 : f64[] @ models/lib/nn.yaml:79:7
%4963 = sqrt %4962 : f64[] @ models/lib/nn.yaml:79:7
%4964 = div %3711, %4963 : f64[] @ models/lib/nn.yaml:79:7
%4965 = sqrt %4956 : f32[16,16] @ models/lib/nn.yaml:79:7
%4966 = cast %4964 : f32[] @ models/lib/nn.yaml:79:7
%4967 = broadcast %4966 : f32[16,16] @ models/lib/nn.yaml:79:7
%4968 = mul %4965, %4967 : f32[16,16] @ models/lib/nn.yaml:79:7
%4969 = add %4968, %4053 : f32[16,16] @ models/lib/nn.yaml:79:7
%4970 = div %4952, %4969 : f32[16,16] @ models/lib/nn.yaml:79:7
%4971 = cast %4960 : f32[] @ models/lib/nn.yaml:79:7
%4972 = broadcast %4971 : f32[16,16] @ models/lib/nn.yaml:79:7
%4973 = mul %4970, %4972 : f32[16,16] @ models/lib/nn.yaml:79:7
%4974 = sub %4949, %4973 : f32[16,16] @ models/lib/nn.yaml:79:7
%4975 = assign %35, %4974 : f32[16,16] @ models/lib/nn.yaml:79:7
%4976 = assign %4945, %4952 : f32[16,16] @ models/lib/nn.yaml:79:7
%4977 = assign %4946, %4956 : f32[16,16] @ models/lib/nn.yaml:79:7
%4978 = assign %4947, %4948 : i64[] @ models/lib/nn.yaml:79:7
%4979 = mul %119, %4064 : f32[16,16] @ models/lib/nn.yaml:79:7
%4980 = mul %4974, %4066 : f32[16,16] @ models/lib/nn.yaml:79:7
%4981 = add %4979, %4980 : f32[16,16] @ models/lib/nn.yaml:79:7
%4982 = assign %119, %4981 : f32[16,16] @ models/lib/nn.yaml:79:7
%4983 = all_reduce_sum %3263 : f32[16] @ models/lib/nn.yaml:80:7
%4984 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4985 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4986 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4987 = add %4986, %3708 : i64[] @ models/lib/nn.yaml:80:7
%4988 = mul %4983, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%4989 = mul %4984, %3817 : f32[16] @ models/lib/nn.yaml:80:7
%4990 = add %4989, %4988 : f32[16] @ models/lib/nn.yaml:80:7
%4991 = mul %4983, %4983 : f32[16] @ models/lib/nn.yaml:80:7
%4992 = mul %4991, %3821 : f32[16] @ models/lib/nn.yaml:80:7
%4993 = mul %4985, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%4994 = add %4993, %4992 : f32[16] @ models/lib/nn.yaml:80:7
%4995 = cast %4987 : f64[] @ models/lib/nn.yaml:80:7
%4996 = pow %3718, %4995 : f64[] @ models/lib/nn.yaml:80:7
%4997 = sub %3711, %4996 : f64[] @ models/lib/nn.yaml:80:7
%4998 = div %2354, %4997 : f64[] @ models/lib/nn.yaml:80:7
%4999 = pow %3726, %4995 : f64[] @ models/lib/nn.yaml:80:7
%5000 = sub %3711, %4999 : f64[] @ models/lib/nn.yaml:80:7
%5001 = sqrt %5000 : f64[] @ models/lib/nn.yaml:80:7
%5002 = div %3711, %5001 : f64[] @ models/lib/nn.yaml:80:7
%5003 = sqrt %4994 : f32[16] @ models/lib/nn.yaml:80:7
%5004 = cast %5002 : f32[] @ models/lib/nn.yaml:80:7
%5005 = broadcast %5004 : f32[16] @ models/lib/nn.yaml:80:7
%5006 = mul %5003, %5005 : f32[16] @ models/lib/nn.yaml:80:7
%5007 = add %5006, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%5008 = div %4990, %5007 : f32[16] @ models/lib/nn.yaml:80:7
%5009 = cast %4998 : f32[] @ models/lib/nn.yaml:80:7
%5010 = broadcast %5009 : f32[16] @ models/lib/nn.yaml:80:7
%5011 = mul %5008, %5010 : f32[16] @ models/lib/nn.yaml:80:7
%5012 = sub %36, %5011 : f32[16] @ models/lib/nn.yaml:80:7
%5013 = assign %36, %5012 : f32[16] @ models/lib/nn.yaml:80:7
%5014 = assign %4984, %4990 : f32[16] @ models/lib/nn.yaml:80:7
%5015 = assign %4985, %4994 : f32[16] @ models/lib/nn.yaml:80:7
%5016 = assign %4986, %4987 : i64[] @ models/lib/nn.yaml:80:7
%5017 = mul %120, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%5018 = mul %5012, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%5019 = add %5017, %5018 : f32[16] @ models/lib/nn.yaml:80:7
%5020 = assign %120, %5019 : f32[16] @ models/lib/nn.yaml:80:7
%5021 = all_reduce_sum %3259 : f32[16,16] @ models/lib/nn.yaml:79:7
%5022 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5023 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5024 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5025 = add %5024, %3708 : i64[] @ models/lib/nn.yaml:79:7
%5026 = mul %37, %4028 : f32[16,16] @ models/lib/nn.yaml:79:7
%5027 = mul %5021, %4030 : f32[16,16] @ models/lib/nn.yaml:79:7
%5028 = mul %5022, %4032 : f32[16,16] @ models/lib/nn.yaml:79:7
%5029 = add %5028, %5027 : f32[16,16] @ models/lib/nn.yaml:79:7
%5030 = mul %5021, %5021 : f32[16,16] @ models/lib/nn.yaml:79:7
%5031 = mul %5030, %4036 : f32[16,16] @ models/lib/nn.yaml:79:7
%5032 = mul %5023, %4038 : f32[16,16] @ models/lib/nn.yaml:79:7
%5033 = add %5032, %5031 : f32[16,16] @ models/lib/nn.yaml:79:7
%5034 = cast %5025 : f64[] @ models/lib/nn.yaml:79:7
%5035 = pow %3718, %5034 : f64[] @ models/lib/nn.yaml:79:7
%5036 = sub %3711, %5035 : f64[] @ models/lib/nn.yaml:79:7
%5037 = div %2354, %5036 : f64[] @ models/lib/nn.yaml:79:7
%5038 = pow %3726, %5034 : f64[] @ models/lib/nn.yaml:79:7
%5039 = sub %3711, %5038 : f64[] @ models/lib/nn.yaml:79:7
%5040 = sqrt %5039 : f64[] @ models/lib/nn.yaml:79:7
%5041 = div %3711, %5040 : f64[] @ models/lib/nn.yaml:79:7
%5042 = sqrt %5033 : f32[16,16] @ models/lib/nn.yaml:79:7
%5043 = cast %5041 : f32[] @ models/lib/nn.yaml:79:7
%5044 = broadcast %5043 : f32[16,16] @ models/lib/nn.yaml:79:7
%5045 = mul %5042, %5044 : f32[16,16] @ models/lib/nn.yaml:79:7
%5046 = add %5045, %4053 : f32[16,16] @ models/lib/nn.yaml:79:7
%5047 = div %5029, %5046 : f32[16,16] @ models/lib/nn.yaml:79:7
%5048 = cast %5037 : f32[] @ models/lib/nn.yaml:79:7
%5049 = broadcast %5048 : f32[16,16] @ models/lib/nn.yaml:79:7
%5050 = mul %5047, %5049 : f32[16,16] @ models/lib/nn.yaml:79:7
%5051 = sub %5026, %5050 : f32[16,16] @ models/lib/nn.yaml:79:7
%5052 = assign %37, %5051 : f32[16,16] @ models/lib/nn.yaml:79:7
%5053 = assign %5022, %5029 : f32[16,16] @ models/lib/nn.yaml:79:7
%5054 = assign %5023, %5033 : f32[16,16] @ models/lib/nn.yaml:79:7
%5055 = assign %5024, %5025 : i64[] @ models/lib/nn.yaml:79:7
%5056 = mul %121, %4064 : f32[16,16] @ models/lib/nn.yaml:79:7
%5057 = mul %5051, %4066 : f32[16,16] @ models/lib/nn.yaml:79:7
%5058 = add %5056, %5057 : f32[16,16] @ models/lib/nn.yaml:79:7
%5059 = assign %121, %5058 : f32[16,16] @ models/lib/nn.yaml:79:7
%5060 = all_reduce_sum %3255 : f32[16] @ models/lib/nn.yaml:80:7
%5061 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5062 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5063 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5064 = add %5063, %3708 : i64[] @ models/lib/nn.yaml:80:7
%5065 = mul %5060, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%5066 = mul %5061, %3817 : f32[16] @ models/lib/nn.yaml:80:7
%5067 = add %5066, %5065 : f32[16] @ models/lib/nn.yaml:80:7
%5068 = mul %5060, %5060 : f32[16] @ models/lib/nn.yaml:80:7
%5069 = mul %5068, %3821 : f32[16] @ models/lib/nn.yaml:80:7
%5070 = mul %5062, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%5071 = add %5070, %5069 : f32[16] @ models/lib/nn.yaml:80:7
%5072 = cast %5064 : f64[] @ models/lib/nn.yaml:80:7
%5073 = pow %3718, %5072 : f64[] @ models/lib/nn.yaml:80:7
%5074 = sub %3711, %5073 : f64[] @ models/lib/nn.yaml:80:7
%5075 = div %2354, %5074 : f64[] @ models/lib/nn.yaml:80:7
%5076 = pow %3726, %5072 : f64[] @ models/lib/nn.yaml:80:7
%5077 = sub %3711, %5076 : f64[] @ models/lib/nn.yaml:80:7
%5078 = sqrt %5077 : f64[] @ models/lib/nn.yaml:80:7
%5079 = div %3711, %5078 : f64[] @ models/lib/nn.yaml:80:7
%5080 = sqrt %5071 : f32[16] @ models/lib/nn.yaml:80:7
%5081 = cast %5079 : f32[] @ models/lib/nn.yaml:80:7
%5082 = broadcast %5081 : f32[16] @ models/lib/nn.yaml:80:7
%5083 = mul %5080, %5082 : f32[16] @ models/lib/nn.yaml:80:7
%5084 = add %5083, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%5085 = div %5067, %5084 : f32[16] @ models/lib/nn.yaml:80:7
%5086 = cast %5075 : f32[] @ models/lib/nn.yaml:80:7
%5087 = broadcast %5086 : f32[16] @ models/lib/nn.yaml:80:7
%5088 = mul %5085, %5087 : f32[16] @ models/lib/nn.yaml:80:7
%5089 = sub %38, %5088 : f32[16] @ models/lib/nn.yaml:80:7
%5090 = assign %38, %5089 : f32[16] @ models/lib/nn.yaml:80:7
%5091 = assign %5061, %5067 : f32[16] @ models/lib/nn.yaml:80:7
%5092 = assign %5062, %5071 : f32[16] @ models/lib/nn.yaml:80:7
%5093 = assign %5063, %5064 : i64[] @ models/lib/nn.yaml:80:7
%5094 = mul %122, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%5095 = mul %5089, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%5096 = add %5094, %5095 : f32[16] @ models/lib/nn.yaml:80:7
%5097 = assign %122, %5096 : f32[16] @ models/lib/nn.yaml:80:7
%5098 = all_reduce_sum %3249 : f32[16,16] @ models/lib/nn.yaml:79:7
%5099 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5100 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5101 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5102 = add %5101, %3708 : i64[] @ models/lib/nn.yaml:79:7
%5103 = mul %39, %4028 : f32[16,16] @ models/lib/nn.yaml:79:7
%5104 = mul %5098, %4030 : f32[16,16] @ models/lib/nn.yaml:79:7
%5105 = mul %5099, %4032 : f32[16,16] @ models/lib/nn.yaml:79:7
%5106 = add %5105, %5104 : f32[16,16] @ models/lib/nn.yaml:79:7
%5107 = mul %5098, %5098 : f32[16,16] @ models/lib/nn.yaml:79:7
%5108 = mul %5107, %4036 : f32[16,16] @ models/lib/nn.yaml:79:7
%5109 = mul %5100, %4038 : f32[16,16] @ models/lib/nn.yaml:79:7
%5110 = add %5109, %5108 : f32[16,16] @ models/lib/nn.yaml:79:7
%5111 = cast %5102 : f64[] @ models/lib/nn.yaml:79:7
%5112 = pow %3718, %5111 : f64[] @ models/lib/nn.yaml:79:7
%5113 = sub %3711, %5112 : f64[] @ models/lib/nn.yaml:79:7
%5114 = div %2354, %5113 : f64[] @ models/lib/nn.yaml:79:7
%5115 = pow %3726, %5111 : f64[] @ models/lib/nn.yaml:79:7
%5116 = sub %3711, %5115 : f64[] @ models/lib/nn.yaml:79:7
%5117 = sqrt %5116 : f64[] @ models/lib/nn.yaml:79:7
%5118 = div %3711, %5117 : f64[] @ models/lib/nn.yaml:79:7
%5119 = sqrt %5110 : f32[16,16] @ models/lib/nn.yaml:79:7
%5120 = cast %5118 : f32[] @ models/lib/nn.yaml:79:7
%5121 = broadcast %5120 : f32[16,16] @ models/lib/nn.yaml:79:7
%5122 = mul %5119, %5121 : f32[16,16] @ models/lib/nn.yaml:79:7
%5123 = add %5122, %4053 : f32[16,16] @ models/lib/nn.yaml:79:7
%5124 = div %5106, %5123 : f32[16,16] @ models/lib/nn.yaml:79:7
%5125 = cast %5114 : f32[] @ models/lib/nn.yaml:79:7
%5126 = broadcast %5125 : f32[16,16] @ models/lib/nn.yaml:79:7
%5127 = mul %5124, %5126 : f32[16,16] @ models/lib/nn.yaml:79:7
%5128 = sub %5103, %5127 : f32[16,16] @ models/lib/nn.yaml:79:7
%5129 = assign %39, %5128 : f32[16,16] @ models/lib/nn.yaml:79:7
%5130 = assign %5099, %5106 : f32[16,16] @ models/lib/nn.yaml:79:7
%5131 = assign %5100, %5110 : f32[16,16] @ models/lib/nn.yaml:79:7
%5132 = assign %5101, %5102 : i64[] @ models/lib/nn.yaml:79:7
%5133 = mul %123, %4064 : f32[16,16] @ models/lib/nn.yaml:79:7
%5134 = mul %5128, %4066 : f32[16,16] @ models/lib/nn.yaml:79:7
%5135 = add %5133, %5134 : f32[16,16] @ models/lib/nn.yaml:79:7
%5136 = assign %123, %5135 : f32[16,16] @ models/lib/nn.yaml:79:7
%5137 = all_reduce_sum %3245 : f32[16] @ models/lib/nn.yaml:80:7
%5138 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5139 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5140 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5141 = add %5140, %3708 : i64[] @ models/lib/nn.yaml:80:7
%5142 = mul %5137, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%5143 = mul %5138, %3817 : f32[16] @ models/lib/nn.yaml:80:7
%5144 = add %5143, %5142 : f32[16] @ models/lib/nn.yaml:80:7
%5145 = mul %5137, %5137 : f32[16] @ models/lib/nn.yaml:80:7
%5146 = mul %5145, %3821 : f32[16] @ models/lib/nn.yaml:80:7
%5147 = mul %5139, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%5148 = add %5147, %5146 : f32[16] @ models/lib/nn.yaml:80:7
%5149 = cast %5141 : f64[] @ models/lib/nn.yaml:80:7
%5150 = pow %3718, %5149 : f64[] @ models/lib/nn.yaml:80:7
%5151 = sub %3711, %5150 : f64[] @ models/lib/nn.yaml:80:7
%5152 = div %2354, %5151 : f64[] @ models/lib/nn.yaml:80:7
%5153 = pow %3726, %5149 : f64[] @ models/lib/nn.yaml:80:7
%5154 = sub %3711, %5153 : f64[] @ models/lib/nn.yaml:80:7
%5155 = sqrt %5154 : f64[] @ models/lib/nn.yaml:80:7
%5156 = div %3711, %5155 : f64[] @ models/lib/nn.yaml:80:7
%5157 = sqrt %5148 : f32[16] @ models/lib/nn.yaml:80:7
%5158 = cast %5156 : f32[] @ models/lib/nn.yaml:80:7
%5159 = broadcast %5158 : f32[16] @ models/lib/nn.yaml:80:7
%5160 = mul %5157, %5159 : f32[16] @ models/lib/nn.yaml:80:7
%5161 = add %5160, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%5162 = div %5144, %5161 : f32[16] @ models/lib/nn.yaml:80:7
%5163 = cast %5152 : f32[] @ models/lib/nn.yaml:80:7
%5164 = broadcast %5163 : f32[16] @ models/lib/nn.yaml:80:7
%5165 = mul %5162, %5164 : f32[16] @ models/lib/nn.yaml:80:7
%5166 = sub %40, %5165 : f32[16] @ models/lib/nn.yaml:80:7
%5167 = assign %40, %5166 : f32[16] @ models/lib/nn.yaml:80:7
%5168 = assign %5138, %5144 : f32[16] @ models/lib/nn.yaml:80:7
%5169 = assign %5139, %5148 : f32[16] @ models/lib/nn.yaml:80:7
%5170 = assign %5140, %5141 : i64[] @ models/lib/nn.yaml:80:7
%5171 = mul %124, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%5172 = mul %5166, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%5173 = add %5171, %5172 : f32[16] @ models/lib/nn.yaml:80:7
%5174 = assign %124, %5173 : f32[16] @ models/lib/nn.yaml:80:7
%5175 = all_reduce_sum %3174 : f32[16,16] @ models/lib/nn.yaml:79:7
%5176 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5177 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5178 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5179 = add %5178, %3708 : i64[] @ models/lib/nn.yaml:79:7
%5180 = mul %41, %4028 : f32[16,16] @ models/lib/nn.yaml:79:7
%5181 = mul %5175, %4030 : f32[16,16] @ models/lib/nn.yaml:79:7
%5182 = mul %5176, %4032 : f32[16,16] @ models/lib/nn.yaml:79:7
%5183 = add %5182, %5181 : f32[16,16] @ models/lib/nn.yaml:79:7
%5184 = mul %5175, %5175 : f32[16,16] @ models/lib/nn.yaml:79:7
%5185 = mul %5184, %4036 : f32[16,16] @ models/lib/nn.yaml:79:7
%5186 = mul %5177, %4038 : f32[16,16] @ models/lib/nn.yaml:79:7
%5187 = add %5186, %5185 : f32[16,16] @ models/lib/nn.yaml:79:7
%5188 = cast %5179 : f64[] @ models/lib/nn.yaml:79:7
%5189 = pow %3718, %5188 : f64[] @ models/lib/nn.yaml:79:7
%5190 = sub %3711, %5189 : f64[] @ models/lib/nn.yaml:79:7
%5191 = div %2354, %5190 : f64[] @ models/lib/nn.yaml:79:7
%5192 = pow %3726, %5188 : f64[] @ models/lib/nn.yaml:79:7
%5193 = sub %3711, %5192 : f64[] @ models/lib/nn.yaml:79:7
%5194 = sqrt %5193 : f64[] @ models/lib/nn.yaml:79:7
%5195 = div %3711, %5194 : f64[] @ models/lib/nn.yaml:79:7
%5196 = sqrt %5187 : f32[16,16] @ models/lib/nn.yaml:79:7
%5197 = cast %5195 : f32[] @ models/lib/nn.yaml:79:7
%5198 = broadcast %5197 : f32[16,16] @ models/lib/nn.yaml:79:7
%5199 = mul %5196, %5198 : f32[16,16] @ models/lib/nn.yaml:79:7
%5200 = add %5199, %4053 : f32[16,16] @ models/lib/nn.yaml:79:7
%5201 = div %5183, %5200 : f32[16,16] @ models/lib/nn.yaml:79:7
%5202 = cast %5191 : f32[] @ models/lib/nn.yaml:79:7
%5203 = broadcast %5202 : f32[16,16] @ models/lib/nn.yaml:79:7
%5204 = mul %5201, %5203 : f32[16,16] @ models/lib/nn.yaml:79:7
%5205 = sub %5180, %5204 : f32[16,16] @ models/lib/nn.yaml:79:7
%5206 = assign %41, %5205 : f32[16,16] @ models/lib/nn.yaml:79:7
%5207 = assign %5176, %5183 : f32[16,16] @ models/lib/nn.yaml:79:7
%5208 = assign %5177, %5187 : f32[16,16] @ models/lib/nn.yaml:79:7
%5209 = assign %5178, %5179 : i64[] @ models/lib/nn.yaml:79:7
%5210 = mul %125, %4064 : f32[16,16] @ models/lib/nn.yaml:79:7
%5211 = mul %5205, %4066 : f32[16,16] @ models/lib/nn.yaml:79:7
%5212 = add %5210, %5211 : f32[16,16] @ models/lib/nn.yaml:79:7
%5213 = assign %125, %5212 : f32[16,16] @ models/lib/nn.yaml:79:7
%5214 = all_reduce_sum %3170 : f32[16] @ models/lib/nn.yaml:80:7
%5215 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5216 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5217 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5218 = add %5217, %3708 : i64[] @ models/lib/nn.yaml:80:7
%5219 = mul %5214, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%5220 = mul %5215, %3817 : f32[16] @ models/lib/nn.yaml:80:7
%5221 = add %5220, %5219 : f32[16] @ models/lib/nn.yaml:80:7
%5222 = mul %5214, %5214 : f32[16] @ models/lib/nn.yaml:80:7
%5223 = mul %5222, %3821 : f32[16] @ models/lib/nn.yaml:80:7
%5224 = mul %5216, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%5225 = add %5224, %5223 : f32[16] @ models/lib/nn.yaml:80:7
%5226 = cast %5218 : f64[] @ models/lib/nn.yaml:80:7
%5227 = pow %3718, %5226 : f64[] @ models/lib/nn.yaml:80:7
%5228 = sub %3711, %5227 : f64[] @ models/lib/nn.yaml:80:7
%5229 = div %2354, %5228 : f64[] @ models/lib/nn.yaml:80:7
%5230 = pow %3726, %5226 : f64[] @ models/lib/nn.yaml:80:7
%5231 = sub %3711, %5230 : f64[] @ models/lib/nn.yaml:80:7
%5232 = sqrt %5231 : f64[] @ models/lib/nn.yaml:80:7
%5233 = div %3711, %5232 : f64[] @ models/lib/nn.yaml:80:7
%5234 = sqrt %5225 : f32[16] @ models/lib/nn.yaml:80:7
%5235 = cast %5233 : f32[] @ models/lib/nn.yaml:80:7
%5236 = broadcast %5235 : f32[16] @ models/lib/nn.yaml:80:7
%5237 = mul %5234, %5236 : f32[16] @ models/lib/nn.yaml:80:7
%5238 = add %5237, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%5239 = div %5221, %5238 : f32[16] @ models/lib/nn.yaml:80:7
%5240 = cast %5229 : f32[] @ models/lib/nn.yaml:80:7
%5241 = broadcast %5240 : f32[16] @ models/lib/nn.yaml:80:7
%5242 = mul %5239, %5241 : f32[16] @ models/lib/nn.yaml:80:7
%5243 = sub %42, %5242 : f32[16] @ models/lib/nn.yaml:80:7
%5244 = assign %42, %5243 : f32[16] @ models/lib/nn.yaml:80:7
%5245 = assign %5215, %5221 : f32[16] @ models/lib/nn.yaml:80:7
%5246 = assign %5216, %5225 : f32[16] @ models/lib/nn.yaml:80:7
%5247 = assign %5217, %5218 : i64[] @ models/lib/nn.yaml:80:7
%5248 = mul %126, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%5249 = mul %5243, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%5250 = add %5248, %5249 : f32[16] @ models/lib/nn.yaml:80:7
%5251 = assign %126, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%5252 = all_reduce_sum %3150 : f32[16] @ models/lib/nn.yaml:89:7
%5253 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5254 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5255 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5256 = add %5255, %3708 : i64[] @ models/lib/nn.yaml:89:7
%5257 = mul %5252, %3815 : f32[16] @ models/lib/nn.yaml:89:7
%5258 = mul %5253, %3817 : f32[16] @ models/lib/nn.yaml:89:7
%5259 = add %5258, %5257 : f32[16] @ models/lib/nn.yaml:89:7
%5260 = mul %5252, %5252 : f32[16] @ models/lib/nn.yaml:89:7
%5261 = mul %5260, %3821 : f32[16] @ models/lib/nn.yaml:89:7
%5262 = mul %5254, %3823 : f32[16] @ models/lib/nn.yaml:89:7
%5263 = add %5262, %5261 : f32[16] @ models/lib/nn.yaml:89:7
%5264 = cast %5256 : f64[] @ models/lib/nn.yaml:89:7
%5265 = pow %3718, %5264 : f64[] @ models/lib/nn.yaml:89:7
%5266 = sub %3711, %5265 : f64[] @ models/lib/nn.yaml:89:7
%5267 = div %2354, %5266 : f64[] @ models/lib/nn.yaml:89:7
%5268 = pow %3726, %5264 : f64[] @ models/lib/nn.yaml:89:7
%5269 = sub %3711, %5268 : f64[] @ models/lib/nn.yaml:89:7
%5270 = sqrt %5269 : f64[] @ models/lib/nn.yaml:89:7
%5271 = div %3711, %5270 : f64[] @ models/lib/nn.yaml:89:7
%5272 = sqrt %5263 : f32[16] @ models/lib/nn.yaml:89:7
%5273 = cast %5271 : f32[] @ models/lib/nn.yaml:89:7
%5274 = broadcast %5273 : f32[16] @ models/lib/nn.yaml:89:7
%5275 = mul %5272, %5274 : f32[16] @ models/lib/nn.yaml:89:7
%5276 = add %5275, %3838 : f32[16] @ models/lib/nn.yaml:89:7
%5277 = div %5259, %5276 : f32[16] @ models/lib/nn.yaml:89:7
%5278 = cast %5267 : f32[] @ models/lib/nn.yaml:89:7
%5279 = broadcast %5278 : f32[16] @ models/lib/nn.yaml:89:7
%5280 = mul %5277, %5279 : f32[16] @ models/lib/nn.yaml:89:7
%5281 = sub %43, %5280 : f32[16] @ models/lib/nn.yaml:89:7
%5282 = assign %43, %5281 : f32[16] @ models/lib/nn.yaml:89:7
%5283 = assign %5253, %5259 : f32[16] @ models/lib/nn.yaml:89:7
%5284 = assign %5254, %5263 : f32[16] @ models/lib/nn.yaml:89:7
%5285 = assign %5255, %5256 : i64[] @ models/lib/nn.yaml:89:7
%5286 = mul %127, %3849 : f32[16] @ models/lib/nn.yaml:89:7
%5287 = mul %5281, %3851 : f32[16] @ models/lib/nn.yaml:89:7
%5288 = add %5286, %5287 : f32[16] @ models/lib/nn.yaml:89:7
%5289 = assign %127, %5288 : f32[16] @ models/lib/nn.yaml:89:7
%5290 = all_reduce_sum %3146 : f32[16] @ models/lib/nn.yaml:90:7
%5291 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5292 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5293 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5294 = add %5293, %3708 : i64[] @ models/lib/nn.yaml:90:7
%5295 = mul %5290, %3815 : f32[16] @ models/lib/nn.yaml:90:7
%5296 = mul %5291, %3817 : f32[16] @ models/lib/nn.yaml:90:7
%5297 = add %5296, %5295 : f32[16] @ models/lib/nn.yaml:90:7
%5298 = mul %5290, %5290 : f32[16] @ models/lib/nn.yaml:90:7
%5299 = mul %5298, %3821 : f32[16] @ models/lib/nn.yaml:90:7
%5300 = mul %5292, %3823 : f32[16] @ models/lib/nn.yaml:90:7
%5301 = add %5300, %5299 : f32[16] @ models/lib/nn.yaml:90:7
%5302 = cast %5294 : f64[] @ models/lib/nn.yaml:90:7
%5303 = pow %3718, %5302 : f64[] @ models/lib/nn.yaml:90:7
%5304 = sub %3711, %5303 : f64[] @ models/lib/nn.yaml:90:7
%5305 = div %2354, %5304 : f64[] @ models/lib/nn.yaml:90:7
%5306 = pow %3726, %5302 : f64[] @ models/lib/nn.yaml:90:7
%5307 = sub %3711, %5306 : f64[] @ models/lib/nn.yaml:90:7
%5308 = sqrt %5307 : f64[] @ models/lib/nn.yaml:90:7
%5309 = div %3711, %5308 : f64[] @ models/lib/nn.yaml:90:7
%5310 = sqrt %5301 : f32[16] @ models/lib/nn.yaml:90:7
%5311 = cast %5309 : f32[] @ models/lib/nn.yaml:90:7
%5312 = broadcast %5311 : f32[16] @ models/lib/nn.yaml:90:7
%5313 = mul %5310, %5312 : f32[16] @ models/lib/nn.yaml:90:7
%5314 = add %5313, %3838 : f32[16] @ models/lib/nn.yaml:90:7
%5315 = div %5297, %5314 : f32[16] @ models/lib/nn.yaml:90:7
%5316 = cast %5305 : f32[] @ models/lib/nn.yaml:90:7
%5317 = broadcast %5316 : f32[16] @ models/lib/nn.yaml:90:7
%5318 = mul %5315, %5317 : f32[16] @ models/lib/nn.yaml:90:7
%5319 = sub %44, %5318 : f32[16] @ models/lib/nn.yaml:90:7
%5320 = assign %44, %5319 : f32[16] @ models/lib/nn.yaml:90:7
%5321 = assign %5291, %5297 : f32[16] @ models/lib/nn.yaml:90:7
%5322 = assign %5292, %5301 : f32[16] @ models/lib/nn.yaml:90:7
%5323 = assign %5293, %5294 : i64[] @ models/lib/nn.yaml:90:7
%5324 = mul %128, %3849 : f32[16] @ models/lib/nn.yaml:90:7
%5325 = mul %5319, %3851 : f32[16] @ models/lib/nn.yaml:90:7
%5326 = add %5324, %5325 : f32[16] @ models/lib/nn.yaml:90:7
%5327 = assign %128, %5326 : f32[16] @ models/lib/nn.yaml:90:7
%5328 = all_reduce_sum %3144 : f32[64,16] @ models/lib/nn.yaml:79:7
%5329 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5330 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5331 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5332 = add %5331, %3708 : i64[] @ models/lib/nn.yaml:79:7
%5333 = mul %45, %4189 : f32[64,16] @ models/lib/nn.yaml:79:7
%5334 = mul %5328, %4191 : f32[64,16] @ models/lib/nn.yaml:79:7
%5335 = mul %5329, %4193 : f32[64,16] @ models/lib/nn.yaml:79:7
%5336 = add %5335, %5334 : f32[64,16] @ models/lib/nn.yaml:79:7
%5337 = mul %5328, %5328 : f32[64,16] @ models/lib/nn.yaml:79:7
%5338 = mul %5337, %4197 : f32[64,16] @ models/lib/nn.yaml:79:7
%5339 = mul %5330, %4199 : f32[64,16] @ models/lib/nn.yaml:79:7
%5340 = add %5339, %5338 : f32[64,16] @ models/lib/nn.yaml:79:7
%5341 = cast %5332 : f64[] @ models/lib/nn.yaml:79:7
%5342 = pow %3718, %5341 : f64[] @ models/lib/nn.yaml:79:7
%5343 = sub %3711, %5342 : f64[] @ models/lib/nn.yaml:79:7
%5344 = div %2354, %5343 : f64[] @ models/lib/nn.yaml:79:7
%5345 = pow %3726, %5341 : f64[] @ models/lib/nn.yaml:79:7
%5346 = sub %3711, %5345 : f64[] @ models/lib/nn.yaml:79:7
%5347 = sqrt %5346 : f64[] @ models/lib/nn.yaml:79:7
%5348 = div %3711, %5347 : f64[] @ models/lib/nn.yaml:79:7
%5349 = sqrt %5340 : f32[64,16] @ models/lib/nn.yaml:79:7
%5350 = cast %5348 : f32[] @ models/lib/nn.yaml:79:7
%5351 = broadcast %5350 : f32[64,16] @ models/lib/nn.yaml:79:7
%5352 = mul %5349, %5351 : f32[64,16] @ models/lib/nn.yaml:79:7
%5353 = add %5352, %4214 : f32[64,16] @ models/lib/nn.yaml:79:7
%5354 = div %5336, %5353 : f32[64,16] @ models/lib/nn.yaml:79:7
%5355 = cast %5344 : f32[] @ models/lib/nn.yaml:79:7
%5356 = broadcast %5355 : f32[64,16] @ models/lib/nn.yaml:79:7
%5357 = mul %5354, %5356 : f32[64,16] @ models/lib/nn.yaml:79:7
%5358 = sub %5333, %5357 : f32[64,16] @ models/lib/nn.yaml:79:7
%5359 = assign %45, %5358 : f32[64,16] @ models/lib/nn.yaml:79:7
%5360 = assign %5329, %5336 : f32[64,16] @ models/lib/nn.yaml:79:7
%5361 = assign %5330, %5340 : f32[64,16] @ models/lib/nn.yaml:79:7
%5362 = assign %5331, %5332 : i64[] @ models/lib/nn.yaml:79:7
%5363 = mul %129, %4225 : f32[64,16] @ models/lib/nn.yaml:79:7
%5364 = mul %5358, %4227 : f32[64,16] @ models/lib/nn.yaml:79:7
%5365 = add %5363, %5364 : f32[64,16] @ models/lib/nn.yaml:79:7
%5366 = assign %129, %5365 : f32[64,16] @ models/lib/nn.yaml:79:7
%5367 = all_reduce_sum %3140 : f32[64] @ models/lib/nn.yaml:80:7
%5368 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5369 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5370 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5371 = add %5370, %3708 : i64[] @ models/lib/nn.yaml:80:7
%5372 = mul %5367, %4236 : f32[64] @ models/lib/nn.yaml:80:7
%5373 = mul %5368, %4238 : f32[64] @ models/lib/nn.yaml:80:7
%5374 = add %5373, %5372 : f32[64] @ models/lib/nn.yaml:80:7
%5375 = mul %5367, %5367 : f32[64] @ models/lib/nn.yaml:80:7
%5376 = mul %5375, %4242 : f32[64] @ models/lib/nn.yaml:80:7
%5377 = mul %5369, %4244 : f32[64] @ models/lib/nn.yaml:80:7
%5378 = add %5377, %5376 : f32[64] @ models/lib/nn.yaml:80:7
%5379 = cast %5371 : f64[] @ models/lib/nn.yaml:80:7
%5380 = pow %3718, %5379 : f64[] @ models/lib/nn.yaml:80:7
%5381 = sub %3711, %5380 : f64[] @ models/lib/nn.yaml:80:7
%5382 = div %2354, %5381 : f64[] @ models/lib/nn.yaml:80:7
%5383 = pow %3726, %5379 : f64[] @ models/lib/nn.yaml:80:7
%5384 = sub %3711, %5383 : f64[] @ models/lib/nn.yaml:80:7
%5385 = sqrt %5384 : f64[] @ models/lib/nn.yaml:80:7
%5386 = div %3711, %5385 : f64[] @ models/lib/nn.yaml:80:7
%5387 = sqrt %5378 : f32[64] @ models/lib/nn.yaml:80:7
%5388 = cast %5386 : f32[] @ models/lib/nn.yaml:80:7
%5389 = broadcast %5388 : f32[64] @ models/lib/nn.yaml:80:7
%5390 = mul %5387, %5389 : f32[64] @ models/lib/nn.yaml:80:7
%5391 = add %5390, %4259 : f32[64] @ models/lib/nn.yaml:80:7
%5392 = div %5374, %5391 : f32[64] @ models/lib/nn.yaml:80:7
%5393 = cast %5382 : f32[] @ models/lib/nn.yaml:80:7
%5394 = broadcast %5393 : f32[64] @ models/lib/nn.yaml:80:7
%5395 = mul %5392, %5394 : f32[64] @ models/lib/nn.yaml:80:7
%5396 = sub %46, %5395 : f32[64] @ models/lib/nn.yaml:80:7
%5397 = assign %46, %5396 : f32[64] @ models/lib/nn.yaml:80:7
%5398 = assign %5368, %5374 : f32[64] @ models/lib/nn.yaml:80:7
%5399 = assign %5369, %5378 : f32[64] @ models/lib/nn.yaml:80:7
%5400 = assign %5370, %5371 : i64[] @ models/lib/nn.yaml:80:7
%5401 = mul %130, %4270 : f32[64] @ models/lib/nn.yaml:80:7
%5402 = mul %5396, %4272 : f32[64] @ models/lib/nn.yaml:80:7
%5403 = add %5401, %5402 : f32[64] @ models/lib/nn.yaml:80:7
%5404 = assign %130, %5403 : f32[64] @ models/lib/nn.yaml:80:7
%5405 = all_reduce_sum %3123 : f32[16,64] @ models/lib/nn.yaml:79:7
%5406 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5407 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5408 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5409 = add %5408, %3708 : i64[] @ models/lib/nn.yaml:79:7
%5410 = mul %47, %4281 : f32[16,64] @ models/lib/nn.yaml:79:7
%5411 = mul %5405, %4283 : f32[16,64] @ models/lib/nn.yaml:79:7
%5412 = mul %5406, %4285 : f32[16,64] @ models/lib/nn.yaml:79:7
%5413 = add %5412, %5411 : f32[16,64] @ models/lib/nn.yaml:79:7
%5414 = mul %5405, %5405 : f32[16,64] @ models/lib/nn.yaml:79:7
%5415 = mul %5414, %4289 : f32[16,64] @ models/lib/nn.yaml:79:7
%5416 = mul %5407, %4291 : f32[16,64] @ models/lib/nn.yaml:79:7
%5417 = add %5416, %5415 : f32[16,64] @ models/lib/nn.yaml:79:7
%5418 = cast %5409 : f64[] @ models/lib/nn.yaml:79:7
%5419 = pow %3718, %5418 : f64[] @ models/lib/nn.yaml:79:7
%5420 = sub %3711, %5419 : f64[] @ models/lib/nn.yaml:79:7
%5421 = div %2354, %5420 : f64[] @ models/lib/nn.yaml:79:7
%5422 = pow %3726, %5418 : f64[] @ models/lib/nn.yaml:79:7
%5423 = sub %3711, %5422 : f64[] @ models/lib/nn.yaml:79:7
%5424 = sqrt %5423 : f64[] @ models/lib/nn.yaml:79:7
%5425 = div %3711, %5424 : f64[] @ models/lib/nn.yaml:79:7
%5426 = sqrt %5417 : f32[16,64] @ models/lib/nn.yaml:79:7
%5427 = cast %5425 : f32[] @ models/lib/nn.yaml:79:7
%5428 = broadcast %5427 : f32[16,64] @ models/lib/nn.yaml:79:7
%5429 = mul %5426, %5428 : f32[16,64] @ models/lib/nn.yaml:79:7
%5430 = add %5429, %4306 : f32[16,64] @ models/lib/nn.yaml:79:7
%5431 = div %5413, %5430 : f32[16,64] @ models/lib/nn.yaml:79:7
%5432 = cast %5421 : f32[] @ models/lib/nn.yaml:79:7
%5433 = broadcast %5432 : f32[16,64] @ models/lib/nn.yaml:79:7
%5434 = mul %5431, %5433 : f32[16,64] @ models/lib/nn.yaml:79:7
%5435 = sub %5410, %5434 : f32[16,64] @ models/lib/nn.yaml:79:7
%5436 = assign %47, %5435 : f32[16,64] @ models/lib/nn.yaml:79:7
%5437 = assign %5406, %5413 : f32[16,64] @ models/lib/nn.yaml:79:7
%5438 = assign %5407, %5417 : f32[16,64] @ models/lib/nn.yaml:79:7
%5439 = assign %5408, %5409 : i64[] @ models/lib/nn.yaml:79:7
%5440 = mul %131, %4317 : f32[16,64] @ models/lib/nn.yaml:79:7
%5441 = mul %5435, %4319 : f32[16,64] @ models/lib/nn.yaml:79:7
%5442 = add %5440, %5441 : f32[16,64] @ models/lib/nn.yaml:79:7
%5443 = assign %131, %5442 : f32[16,64] @ models/lib/nn.yaml:79:7
%5444 = all_reduce_sum %3119 : f32[16] @ models/lib/nn.yaml:80:7
%5445 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5446 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5447 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5448 = add %5447, %3708 : i64[] @ models/lib/nn.yaml:80:7
%5449 = mul %5444, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%5450 = mul %5445, %3817 : f32[16] @ models/lib/nn.yaml:80:7
%5451 = add %5450, %5449 : f32[16] @ models/lib/nn.yaml:80:7
%5452 = mul %5444, %5444 : f32[16] @ models/lib/nn.yaml:80:7
%5453 = mul %5452, %3821 : f32[16] @ models/lib/nn.yaml:80:7
%5454 = mul %5446, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%5455 = add %5454, %5453 : f32[16] @ models/lib/nn.yaml:80:7
%5456 = cast %5448 : f64[] @ models/lib/nn.yaml:80:7
%5457 = pow %3718, %5456 : f64[] @ models/lib/nn.yaml:80:7
%5458 = sub %3711, %5457 : f64[] @ models/lib/nn.yaml:80:7
%5459 = div %2354, %5458 : f64[] @ models/lib/nn.yaml:80:7
%5460 = pow %3726, %5456 : f64[] @ models/lib/nn.yaml:80:7
%5461 = sub %3711, %5460 : f64[] @ models/lib/nn.yaml:80:7
%5462 = sqrt %5461 : f64[] @ models/lib/nn.yaml:80:7
%5463 = div %3711, %5462 : f64[] @ models/lib/nn.yaml:80:7
%5464 = sqrt %5455 : f32[16] @ models/lib/nn.yaml:80:7
%5465 = cast %5463 : f32[] @ models/lib/nn.yaml:80:7
%5466 = broadcast %5465 : f32[16] @ models/lib/nn.yaml:80:7
%5467 = mul %5464, %5466 : f32[16] @ models/lib/nn.yaml:80:7
%5468 = add %5467, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%5469 = div %5451, %5468 : f32[16] @ models/lib/nn.yaml:80:7
%5470 = cast %5459 : f32[] @ models/lib/nn.yaml:80:7
%5471 = broadcast %5470 : f32[16] @ models/lib/nn.yaml:80:7
%5472 = mul %5469, %5471 : f32[16] @ models/lib/nn.yaml:80:7
%5473 = sub %48, %5472 : f32[16] @ models/lib/nn.yaml:80:7
%5474 = assign %48, %5473 : f32[16] @ models/lib/nn.yaml:80:7
%5475 = assign %5445, %5451 : f32[16] @ models/lib/nn.yaml:80:7
%5476 = assign %5446, %5455 : f32[16] @ models/lib/nn.yaml:80:7
%5477 = assign %5447, %5448 : i64[] @ models/lib/nn.yaml:80:7
%5478 = mul %132, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%5479 = mul %5473, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%5480 = add %5478, %5479 : f32[16] @ models/lib/nn.yaml:80:7
%5481 = assign %132, %5480 : f32[16] @ models/lib/nn.yaml:80:7
%5482 = all_reduce_sum %3094 : f32[16] @ models/lib/nn.yaml:89:7
%5483 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5484 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5485 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5486 = add %5485, %3708 : i64[] @ models/lib/nn.yaml:89:7
%5487 = mul %5482, %3815 : f32[16] @ models/lib/nn.yaml:89:7
%5488 = mul %5483, %3817 : f32[16] @ models/lib/nn.yaml:89:7
%5489 = add %5488, %5487 : f32[16] @ models/lib/nn.yaml:89:7
%5490 = mul %5482, %5482 : f32[16] @ models/lib/nn.yaml:89:7
%5491 = mul %5490, %3821 : f32[16] @ models/lib/nn.yaml:89:7
%5492 = mul %5484, %3823 : f32[16] @ models/lib/nn.yaml:89:7
%5493 = add %5492, %5491 : f32[16] @ models/lib/nn.yaml:89:7
%5494 = cast %5486 : f64[] @ models/lib/nn.yaml:89:7
%5495 = pow %3718, %5494 : f64[] @ models/lib/nn.yaml:89:7
%5496 = sub %3711, %5495 : f64[] @ models/lib/nn.yaml:89:7
%5497 = div %2354, %5496 : f64[] @ models/lib/nn.yaml:89:7
%5498 = pow %3726, %5494 : f64[] @ models/lib/nn.yaml:89:7
%5499 = sub %3711, %5498 : f64[] @ models/lib/nn.yaml:89:7
%5500 = sqrt %5499 : f64[] @ models/lib/nn.yaml:89:7
%5501 = div %3711, %5500 : f64[] @ models/lib/nn.yaml:89:7
%5502 = sqrt %5493 : f32[16] @ models/lib/nn.yaml:89:7
%5503 = cast %5501 : f32[] @ models/lib/nn.yaml:89:7
%5504 = broadcast %5503 : f32[16] @ models/lib/nn.yaml:89:7
%5505 = mul %5502, %5504 : f32[16] @ models/lib/nn.yaml:89:7
%5506 = add %5505, %3838 : f32[16] @ models/lib/nn.yaml:89:7
%5507 = div %5489, %5506 : f32[16] @ models/lib/nn.yaml:89:7
%5508 = cast %5497 : f32[] @ models/lib/nn.yaml:89:7
%5509 = broadcast %5508 : f32[16] @ models/lib/nn.yaml:89:7
%5510 = mul %5507, %5509 : f32[16] @ models/lib/nn.yaml:89:7
%5511 = sub %49, %5510 : f32[16] @ models/lib/nn.yaml:89:7
%5512 = assign %49, %5511 : f32[16] @ models/lib/nn.yaml:89:7
%5513 = assign %5483, %5489 : f32[16] @ models/lib/nn.yaml:89:7
%5514 = assign %5484, %5493 : f32[16] @ models/lib/nn.yaml:89:7
%5515 = assign %5485, %5486 : i64[] @ models/lib/nn.yaml:89:7
%5516 = mul %133, %3849 : f32[16] @ models/lib/nn.yaml:89:7
%5517 = mul %5511, %3851 : f32[16] @ models/lib/nn.yaml:89:7
%5518 = add %5516, %5517 : f32[16] @ models/lib/nn.yaml:89:7
%5519 = assign %133, %5518 : f32[16] @ models/lib/nn.yaml:89:7
%5520 = all_reduce_sum %3089 : f32[16] @ models/lib/nn.yaml:90:7
%5521 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5522 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5523 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5524 = add %5523, %3708 : i64[] @ models/lib/nn.yaml:90:7
%5525 = mul %5520, %3815 : f32[16] @ models/lib/nn.yaml:90:7
%5526 = mul %5521, %3817 : f32[16] @ models/lib/nn.yaml:90:7
%5527 = add %5526, %5525 : f32[16] @ models/lib/nn.yaml:90:7
%5528 = mul %5520, %5520 : f32[16] @ models/lib/nn.yaml:90:7
%5529 = mul %5528, %3821 : f32[16] @ models/lib/nn.yaml:90:7
%5530 = mul %5522, %3823 : f32[16] @ models/lib/nn.yaml:90:7
%5531 = add %5530, %5529 : f32[16] @ models/lib/nn.yaml:90:7
%5532 = cast %5524 : f64[] @ models/lib/nn.yaml:90:7
%5533 = pow %3718, %5532 : f64[] @ models/lib/nn.yaml:90:7
%5534 = sub %3711, %5533 : f64[] @ models/lib/nn.yaml:90:7
%5535 = div %2354, %5534 : f64[] @ models/lib/nn.yaml:90:7
%5536 = pow %3726, %5532 : f64[] @ models/lib/nn.yaml:90:7
%5537 = sub %3711, %5536 : f64[] @ models/lib/nn.yaml:90:7
%5538 = sqrt %5537 : f64[] @ models/lib/nn.yaml:90:7
%5539 = div %3711, %5538 : f64[] @ models/lib/nn.yaml:90:7
%5540 = sqrt %5531 : f32[16] @ models/lib/nn.yaml:90:7
%5541 = cast %5539 : f32[] @ models/lib/nn.yaml:90:7
%5542 = broadcast %5541 : f32[16] @ models/lib/nn.yaml:90:7
%5543 = mul %5540, %5542 : f32[16] @ models/lib/nn.yaml:90:7
%5544 = add %5543, %3838 : f32[16] @ models/lib/nn.yaml:90:7
%5545 = div %5527, %5544 : f32[16] @ models/lib/nn.yaml:90:7
%5546 = cast %5535 : f32[] @ models/lib/nn.yaml:90:7
%5547 = broadcast %5546 : f32[16] @ models/lib/nn.yaml:90:7
%5548 = mul %5545, %5547 : f32[16] @ models/lib/nn.yaml:90:7
%5549 = sub %50, %5548 : f32[16] @ models/lib/nn.yaml:90:7
%5550 = assign %50, %5549 : f32[16] @ models/lib/nn.yaml:90:7
%5551 = assign %5521, %5527 : f32[16] @ models/lib/nn.yaml:90:7
%5552 = assign %5522, %5531 : f32[16] @ models/lib/nn.yaml:90:7
%5553 = assign %5523, %5524 : i64[] @ models/lib/nn.yaml:90:7
%5554 = mul %134, %3849 : f32[16] @ models/lib/nn.yaml:90:7
%5555 = mul %5549, %3851 : f32[16] @ models/lib/nn.yaml:90:7
%5556 = add %5554, %5555 : f32[16] @ models/lib/nn.yaml:90:7
%5557 = assign %134, %5556 : f32[16] @ models/lib/nn.yaml:90:7
%5558 = all_reduce_sum %3083 : f32[16,16] @ models/lib/nn.yaml:79:7
%5559 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5560 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5561 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5562 = add %5561, %3708 : i64[] @ models/lib/nn.yaml:79:7
%5563 = mul %51, %4028 : f32[16,16] @ models/lib/nn.yaml:79:7
%5564 = mul %5558, %4030 : f32[16,16] @ models/lib/nn.yaml:79:7
%5565 = mul %5559, %4032 : f32[16,16] @ models/lib/nn.yaml:79:7
%5566 = add %5565, %5564 : f32[16,16] @ models/lib/nn.yaml:79:7
%5567 = mul %5558, %5558 : f32[16,16] @ models/lib/nn.yaml:79:7
%5568 = mul %5567, %4036 : f32[16,16] @ models/lib/nn.yaml:79:7
%5569 = mul %5560, %4038 : f32[16,16] @ models/lib/nn.yaml:79:7
%5570 = add %5569, %5568 : f32[16,16] @ models/lib/nn.yaml:79:7
%5571 = cast %5562 : f64[] @ models/lib/nn.yaml:79:7
%5572 = pow %3718, %5571 : f64[] @ models/lib/nn.yaml:79:7
%5573 = sub %3711, %5572 : f64[] @ models/lib/nn.yaml:79:7
%5574 = div %2354, %5573 : f64[] @ models/lib/nn.yaml:79:7
%5575 = pow %3726, %5571 : f64[] @ models/lib/nn.yaml:79:7
%5576 = sub %3711, %5575 : f64[] @ models/lib/nn.yaml:79:7
%5577 = sqrt %5576 : f64[] @ models/lib/nn.yaml:79:7
%5578 = div %3711, %5577 : f64[] @ models/lib/nn.yaml:79:7
%5579 = sqrt %5570 : f32[16,16] @ models/lib/nn.yaml:79:7
%5580 = cast %5578 : f32[] @ models/lib/nn.yaml:79:7
%5581 = broadcast %5580 : f32[16,16] @ models/lib/nn.yaml:79:7
%5582 = mul %5579, %5581 : f32[16,16] @ models/lib/nn.yaml:79:7
%5583 = add %5582, %4053 : f32[16,16] @ models/lib/nn.yaml:79:7
%5584 = div %5566, %5583 : f32[16,16] @ models/lib/nn.yaml:79:7
%5585 = cast %5574 : f32[] @ models/lib/nn.yaml:79:7
%5586 = broadcast %5585 : f32[16,16] @ models/lib/nn.yaml:79:7
%5587 = mul %5584, %5586 : f32[16,16] @ models/lib/nn.yaml:79:7
%5588 = sub %5563, %5587 : f32[16,16] @ models/lib/nn.yaml:79:7
%5589 = assign %51, %5588 : f32[16,16] @ models/lib/nn.yaml:79:7
%5590 = assign %5559, %5566 : f32[16,16] @ models/lib/nn.yaml:79:7
%5591 = assign %5560, %5570 : f32[16,16] @ models/lib/nn.yaml:79:7
%5592 = assign %5561, %5562 : i64[] @ models/lib/nn.yaml:79:7
%5593 = mul %135, %4064 : f32[16,16] @ models/lib/nn.yaml:79:7
%5594 = mul %5588, %4066 : f32[16,16] @ models/lib/nn.yaml:79:7
%5595 = add %5593, %5594 : f32[16,16] @ models/lib/nn.yaml:79:7
%5596 = assign %135, %5595 : f32[16,16] @ models/lib/nn.yaml:79:7
%5597 = all_reduce_sum %3079 : f32[16] @ models/lib/nn.yaml:80:7
%5598 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5599 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5600 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5601 = add %5600, %3708 : i64[] @ models/lib/nn.yaml:80:7
%5602 = mul %5597, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%5603 = mul %5598, %3817 : f32[16] @ models/lib/nn.yaml:80:7
%5604 = add %5603, %5602 : f32[16] @ models/lib/nn.yaml:80:7
%5605 = mul %5597, %5597 : f32[16] @ models/lib/nn.yaml:80:7
%5606 = mul %5605, %3821 : f32[16] @ models/lib/nn.yaml:80:7
%5607 = mul %5599, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%5608 = add %5607, %5606 : f32[16] @ models/lib/nn.yaml:80:7
%5609 = cast %5601 : f64[] @ models/lib/nn.yaml:80:7
%5610 = pow %3718, %5609 : f64[] @ models/lib/nn.yaml:80:7
%5611 = sub %3711, %5610 : f64[] @ models/lib/nn.yaml:80:7
%5612 = div %2354, %5611 : f64[] @ models/lib/nn.yaml:80:7
%5613 = pow %3726, %5609 : f64[] @ models/lib/nn.yaml:80:7
%5614 = sub %3711, %5613 : f64[] @ models/lib/nn.yaml:80:7
%5615 = sqrt %5614 : f64[] @ models/lib/nn.yaml:80:7
%5616 = div %3711, %5615 : f64[] @ models/lib/nn.yaml:80:7
%5617 = sqrt %5608 : f32[16] @ models/lib/nn.yaml:80:7
%5618 = cast %5616 : f32[] @ models/lib/nn.yaml:80:7
%5619 = broadcast %5618 : f32[16] @ models/lib/nn.yaml:80:7
%5620 = mul %5617, %5619 : f32[16] @ models/lib/nn.yaml:80:7
%5621 = add %5620, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%5622 = div %5604, %5621 : f32[16] @ models/lib/nn.yaml:80:7
%5623 = cast %5612 : f32[] @ models/lib/nn.yaml:80:7
%5624 = broadcast %5623 : f32[16] @ models/lib/nn.yaml:80:7
%5625 = mul %5622, %5624 : f32[16] @ models/lib/nn.yaml:80:7
%5626 = sub %52, %5625 : f32[16] @ models/lib/nn.yaml:80:7
%5627 = assign %52, %5626 : f32[16] @ models/lib/nn.yaml:80:7
%5628 = assign %5598, %5604 : f32[16] @ models/lib/nn.yaml:80:7
%5629 = assign %5599, %5608 : f32[16] @ models/lib/nn.yaml:80:7
%5630 = assign %5600, %5601 : i64[] @ models/lib/nn.yaml:80:7
%5631 = mul %136, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%5632 = mul %5626, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%5633 = add %5631, %5632 : f32[16] @ models/lib/nn.yaml:80:7
%5634 = assign %136, %5633 : f32[16] @ models/lib/nn.yaml:80:7
%5635 = all_reduce_sum %3075 : f32[16,16] @ models/lib/nn.yaml:79:7
%5636 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5637 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5638 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5639 = add %5638, %3708 : i64[] @ models/lib/nn.yaml:79:7
%5640 = mul %53, %4028 : f32[16,16] @ models/lib/nn.yaml:79:7
%5641 = mul %5635, %4030 : f32[16,16] @ models/lib/nn.yaml:79:7
%5642 = mul %5636, %4032 : f32[16,16] @ models/lib/nn.yaml:79:7
%5643 = add %5642, %5641 : f32[16,16] @ models/lib/nn.yaml:79:7
%5644 = mul %5635, %5635 : f32[16,16] @ models/lib/nn.yaml:79:7
%5645 = mul %5644, %4036 : f32[16,16] @ models/lib/nn.yaml:79:7
%5646 = mul %5637, %4038 : f32[16,16] @ models/lib/nn.yaml:79:7
%5647 = add %5646, %5645 : f32[16,16] @ models/lib/nn.yaml:79:7
%5648 = cast %5639 : f64[] @ models/lib/nn.yaml:79:7
%5649 = pow %3718, %5648 : f64[] @ models/lib/nn.yaml:79:7
%5650 = sub %3711, %5649 : f64[] @ models/lib/nn.yaml:79:7
%5651 = div %2354, %5650 : f64[] @ models/lib/nn.yaml:79:7
%5652 = pow %3726, %5648 : f64[] @ models/lib/nn.yaml:79:7
%5653 = sub %3711, %5652 : f64[] @ models/lib/nn.yaml:79:7
%5654 = sqrt %5653 : f64[] @ models/lib/nn.yaml:79:7
%5655 = div %3711, %5654 : f64[] @ models/lib/nn.yaml:79:7
%5656 = sqrt %5647 : f32[16,16] @ models/lib/nn.yaml:79:7
%5657 = cast %5655 : f32[] @ models/lib/nn.yaml:79:7
%5658 = broadcast %5657 : f32[16,16] @ models/lib/nn.yaml:79:7
%5659 = mul %5656, %5658 : f32[16,16] @ models/lib/nn.yaml:79:7
%5660 = add %5659, %4053 : f32[16,16] @ models/lib/nn.yaml:79:7
%5661 = div %5643, %5660 : f32[16,16] @ models/lib/nn.yaml:79:7
%5662 = cast %5651 : f32[] @ models/lib/nn.yaml:79:7
%5663 = broadcast %5662 : f32[16,16] @ models/lib/nn.yaml:79:7
%5664 = mul %5661, %5663 : f32[16,16] @ models/lib/nn.yaml:79:7
%5665 = sub %5640, %5664 : f32[16,16] @ models/lib/nn.yaml:79:7
%5666 = assign %53, %5665 : f32[16,16] @ models/lib/nn.yaml:79:7
%5667 = assign %5636, %5643 : f32[16,16] @ models/lib/nn.yaml:79:7
%5668 = assign %5637, %5647 : f32[16,16] @ models/lib/nn.yaml:79:7
%5669 = assign %5638, %5639 : i64[] @ models/lib/nn.yaml:79:7
%5670 = mul %137, %4064 : f32[16,16] @ models/lib/nn.yaml:79:7
%5671 = mul %5665, %4066 : f32[16,16] @ models/lib/nn.yaml:79:7
%5672 = add %5670, %5671 : f32[16,16] @ models/lib/nn.yaml:79:7
%5673 = assign %137, %5672 : f32[16,16] @ models/lib/nn.yaml:79:7
%5674 = all_reduce_sum %3071 : f32[16] @ models/lib/nn.yaml:80:7
%5675 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5676 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5677 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5678 = add %5677, %3708 : i64[] @ models/lib/nn.yaml:80:7
%5679 = mul %5674, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%5680 = mul %5675, %3817 : f32[16] @ models/lib/nn.yaml:80:7
%5681 = add %5680, %5679 : f32[16] @ models/lib/nn.yaml:80:7
%5682 = mul %5674, %5674 : f32[16] @ models/lib/nn.yaml:80:7
%5683 = mul %5682, %3821 : f32[16] @ models/lib/nn.yaml:80:7
%5684 = mul %5676, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%5685 = add %5684, %5683 : f32[16] @ models/lib/nn.yaml:80:7
%5686 = cast %5678 : f64[] @ models/lib/nn.yaml:80:7
%5687 = pow %3718, %5686 : f64[] @ models/lib/nn.yaml:80:7
%5688 = sub %3711, %5687 : f64[] @ models/lib/nn.yaml:80:7
%5689 = div %2354, %5688 : f64[] @ models/lib/nn.yaml:80:7
%5690 = pow %3726, %5686 : f64[] @ models/lib/nn.yaml:80:7
%5691 = sub %3711, %5690 : f64[] @ models/lib/nn.yaml:80:7
%5692 = sqrt %5691 : f64[] @ models/lib/nn.yaml:80:7
%5693 = div %3711, %5692 : f64[] @ models/lib/nn.yaml:80:7
%5694 = sqrt %5685 : f32[16] @ models/lib/nn.yaml:80:7
%5695 = cast %5693 : f32[] @ models/lib/nn.yaml:80:7
%5696 = broadcast %5695 : f32[16] @ models/lib/nn.yaml:80:7
%5697 = mul %5694, %5696 : f32[16] @ models/lib/nn.yaml:80:7
%5698 = add %5697, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%5699 = div %5681, %5698 : f32[16] @ models/lib/nn.yaml:80:7
%5700 = cast %5689 : f32[] @ models/lib/nn.yaml:80:7
%5701 = broadcast %5700 : f32[16] @ models/lib/nn.yaml:80:7
%5702 = mul %5699, %5701 : f32[16] @ models/lib/nn.yaml:80:7
%5703 = sub %54, %5702 : f32[16] @ models/lib/nn.yaml:80:7
%5704 = assign %54, %5703 : f32[16] @ models/lib/nn.yaml:80:7
%5705 = assign %5675, %5681 : f32[16] @ models/lib/nn.yaml:80:7
%5706 = assign %5676, %5685 : f32[16] @ models/lib/nn.yaml:80:7
%5707 = assign %5677, %5678 : i64[] @ models/lib/nn.yaml:80:7
%5708 = mul %138, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%5709 = mul %5703, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%5710 = add %5708, %5709 : f32[16] @ models/lib/nn.yaml:80:7
%5711 = assign %138, %5710 : f32[16] @ models/lib/nn.yaml:80:7
%5712 = all_reduce_sum %3065 : f32[16,16] @ models/lib/nn.yaml:79:7
%5713 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5714 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5715 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5716 = add %5715, %3708 : i64[] @ models/lib/nn.yaml:79:7
%5717 = mul %55, %4028 : f32[16,16] @ models/lib/nn.yaml:79:7
%5718 = mul %5712, %4030 : f32[16,16] @ models/lib/nn.yaml:79:7
%5719 = mul %5713, %4032 : f32[16,16] @ models/lib/nn.yaml:79:7
%5720 = add %5719, %5718 : f32[16,16] @ models/lib/nn.yaml:79:7
%5721 = mul %5712, %5712 : f32[16,16] @ models/lib/nn.yaml:79:7
%5722 = mul %5721, %4036 : f32[16,16] @ models/lib/nn.yaml:79:7
%5723 = mul %5714, %4038 : f32[16,16] @ models/lib/nn.yaml:79:7
%5724 = add %5723, %5722 : f32[16,16] @ models/lib/nn.yaml:79:7
%5725 = cast %5716 : f64[] @ models/lib/nn.yaml:79:7
%5726 = pow %3718, %5725 : f64[] @ models/lib/nn.yaml:79:7
%5727 = sub %3711, %5726 : f64[] @ models/lib/nn.yaml:79:7
%5728 = div %2354, %5727 : f64[] @ models/lib/nn.yaml:79:7
%5729 = pow %3726, %5725 : f64[] @ models/lib/nn.yaml:79:7
%5730 = sub %3711, %5729 : f64[] @ models/lib/nn.yaml:79:7
%5731 = sqrt %5730 : f64[] @ models/lib/nn.yaml:79:7
%5732 = div %3711, %5731 : f64[] @ models/lib/nn.yaml:79:7
%5733 = sqrt %5724 : f32[16,16] @ models/lib/nn.yaml:79:7
%5734 = cast %5732 : f32[] @ models/lib/nn.yaml:79:7
%5735 = broadcast %5734 : f32[16,16] @ models/lib/nn.yaml:79:7
%5736 = mul %5733, %5735 : f32[16,16] @ models/lib/nn.yaml:79:7
%5737 = add %5736, %4053 : f32[16,16] @ models/lib/nn.yaml:79:7
%5738 = div %5720, %5737 : f32[16,16] @ models/lib/nn.yaml:79:7
%5739 = cast %5728 : f32[] @ models/lib/nn.yaml:79:7
%5740 = broadcast %5739 : f32[16,16] @ models/lib/nn.yaml:79:7
%5741 = mul %5738, %5740 : f32[16,16] @ models/lib/nn.yaml:79:7
%5742 = sub %5717, %5741 : f32[16,16] @ models/lib/nn.yaml:79:7
%5743 = assign %55, %5742 : f32[16,16] @ models/lib/nn.yaml:79:7
%5744 = assign %5713, %5720 : f32[16,16] @ models/lib/nn.yaml:79:7
%5745 = assign %5714, %5724 : f32[16,16] @ models/lib/nn.yaml:79:7
%5746 = assign %5715, %5716 : i64[] @ models/lib/nn.yaml:79:7
%5747 = mul %139, %4064 : f32[16,16] @ models/lib/nn.yaml:79:7
%5748 = mul %5742, %4066 : f32[16,16] @ models/lib/nn.yaml:79:7
%5749 = add %5747, %5748 : f32[16,16] @ models/lib/nn.yaml:79:7
%5750 = assign %139, %5749 : f32[16,16] @ models/lib/nn.yaml:79:7
%5751 = all_reduce_sum %3061 : f32[16] @ models/lib/nn.yaml:80:7
%5752 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5753 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5754 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5755 = add %5754, %3708 : i64[] @ models/lib/nn.yaml:80:7
%5756 = mul %5751, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%5757 = mul %5752, %3817 : f32[16] @ models/lib/nn.yaml:80:7
%5758 = add %5757, %5756 : f32[16] @ models/lib/nn.yaml:80:7
%5759 = mul %5751, %5751 : f32[16] @ models/lib/nn.yaml:80:7
%5760 = mul %5759, %3821 : f32[16] @ models/lib/nn.yaml:80:7
%5761 = mul %5753, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%5762 = add %5761, %5760 : f32[16] @ models/lib/nn.yaml:80:7
%5763 = cast %5755 : f64[] @ models/lib/nn.yaml:80:7
%5764 = pow %3718, %5763 : f64[] @ models/lib/nn.yaml:80:7
%5765 = sub %3711, %5764 : f64[] @ models/lib/nn.yaml:80:7
%5766 = div %2354, %5765 : f64[] @ models/lib/nn.yaml:80:7
%5767 = pow %3726, %5763 : f64[] @ models/lib/nn.yaml:80:7
%5768 = sub %3711, %5767 : f64[] @ models/lib/nn.yaml:80:7
%5769 = sqrt %5768 : f64[] @ models/lib/nn.yaml:80:7
%5770 = div %3711, %5769 : f64[] @ models/lib/nn.yaml:80:7
%5771 = sqrt %5762 : f32[16] @ models/lib/nn.yaml:80:7
%5772 = cast %5770 : f32[] @ models/lib/nn.yaml:80:7
%5773 = broadcast %5772 : f32[16] @ models/lib/nn.yaml:80:7
%5774 = mul %5771, %5773 : f32[16] @ models/lib/nn.yaml:80:7
%5775 = add %5774, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%5776 = div %5758, %5775 : f32[16] @ models/lib/nn.yaml:80:7
%5777 = cast %5766 : f32[] @ models/lib/nn.yaml:80:7
%5778 = broadcast %5777 : f32[16] @ models/lib/nn.yaml:80:7
%5779 = mul %5776, %5778 : f32[16] @ models/lib/nn.yaml:80:7
%5780 = sub %56, %5779 : f32[16] @ models/lib/nn.yaml:80:7
%5781 = assign %56, %5780 : f32[16] @ models/lib/nn.yaml:80:7
%5782 = assign %5752, %5758 : f32[16] @ models/lib/nn.yaml:80:7
%5783 = assign %5753, %5762 : f32[16] @ models/lib/nn.yaml:80:7
%5784 = assign %5754, %5755 : i64[] @ models/lib/nn.yaml:80:7
%5785 = mul %140, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%5786 = mul %5780, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%5787 = add %5785, %5786 : f32[16] @ models/lib/nn.yaml:80:7
%5788 = assign %140, %5787 : f32[16] @ models/lib/nn.yaml:80:7
%5789 = all_reduce_sum %2990 : f32[16,16] @ models/lib/nn.yaml:79:7
%5790 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5791 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5792 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5793 = add %5792, %3708 : i64[] @ models/lib/nn.yaml:79:7
%5794 = mul %57, %4028 : f32[16,16] @ models/lib/nn.yaml:79:7
%5795 = mul %5789, %4030 : f32[16,16] @ models/lib/nn.yaml:79:7
%5796 = mul %5790, %4032 : f32[16,16] @ models/lib/nn.yaml:79:7
%5797 = add %5796, %5795 : f32[16,16] @ models/lib/nn.yaml:79:7
%5798 = mul %5789, %5789 : f32[16,16] @ models/lib/nn.yaml:79:7
%5799 = mul %5798, %4036 : f32[16,16] @ models/lib/nn.yaml:79:7
%5800 = mul %5791, %4038 : f32[16,16] @ models/lib/nn.yaml:79:7
%5801 = add %5800, %5799 : f32[16,16] @ models/lib/nn.yaml:79:7
%5802 = cast %5793 : f64[] @ models/lib/nn.yaml:79:7
%5803 = pow %3718, %5802 : f64[] @ models/lib/nn.yaml:79:7
%5804 = sub %3711, %5803 : f64[] @ models/lib/nn.yaml:79:7
%5805 = div %2354, %5804 : f64[] @ models/lib/nn.yaml:79:7
%5806 = pow %3726, %5802 : f64[] @ models/lib/nn.yaml:79:7
%5807 = sub %3711, %5806 : f64[] @ models/lib/nn.yaml:79:7
%5808 = sqrt %5807 : f64[] @ models/lib/nn.yaml:79:7
%5809 = div %3711, %5808 : f64[] @ models/lib/nn.yaml:79:7
%5810 = sqrt %5801 : f32[16,16] @ models/lib/nn.yaml:79:7
%5811 = cast %5809 : f32[] @ models/lib/nn.yaml:79:7
%5812 = broadcast %5811 : f32[16,16] @ models/lib/nn.yaml:79:7
%5813 = mul %5810, %5812 : f32[16,16] @ models/lib/nn.yaml:79:7
%5814 = add %5813, %4053 : f32[16,16] @ models/lib/nn.yaml:79:7
%5815 = div %5797, %5814 : f32[16,16] @ models/lib/nn.yaml:79:7
%5816 = cast %5805 : f32[] @ models/lib/nn.yaml:79:7
%5817 = broadcast %5816 : f32[16,16] @ models/lib/nn.yaml:79:7
%5818 = mul %5815, %5817 : f32[16,16] @ models/lib/nn.yaml:79:7
%5819 = sub %5794, %5818 : f32[16,16] @ models/lib/nn.yaml:79:7
%5820 = assign %57, %5819 : f32[16,16] @ models/lib/nn.yaml:79:7
%5821 = assign %5790, %5797 : f32[16,16] @ models/lib/nn.yaml:79:7
%5822 = assign %5791, %5801 : f32[16,16] @ models/lib/nn.yaml:79:7
%5823 = assign %5792, %5793 : i64[] @ models/lib/nn.yaml:79:7
%5824 = mul %141, %4064 : f32[16,16] @ models/lib/nn.yaml:79:7
%5825 = mul %5819, %4066 : f32[16,16] @ models/lib/nn.yaml:79:7
%5826 = add %5824, %5825 : f32[16,16] @ models/lib/nn.yaml:79:7
%5827 = assign %141, %5826 : f32[16,16] @ models/lib/nn.yaml:79:7
%5828 = all_reduce_sum %2986 : f32[16] @ models/lib/nn.yaml:80:7
%5829 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5830 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5831 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5832 = add %5831, %3708 : i64[] @ models/lib/nn.yaml:80:7
%5833 = mul %5828, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%5834 = mul %5829, %3817 : f32[16] @ models/lib/nn.yaml:80:7
%5835 = add %5834, %5833 : f32[16] @ models/lib/nn.yaml:80:7
%5836 = mul %5828, %5828 : f32[16] @ models/lib/nn.yaml:80:7
%5837 = mul %5836, %3821 : f32[16] @ models/lib/nn.yaml:80:7
%5838 = mul %5830, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%5839 = add %5838, %5837 : f32[16] @ models/lib/nn.yaml:80:7
%5840 = cast %5832 : f64[] @ models/lib/nn.yaml:80:7
%5841 = pow %3718, %5840 : f64[] @ models/lib/nn.yaml:80:7
%5842 = sub %3711, %5841 : f64[] @ models/lib/nn.yaml:80:7
%5843 = div %2354, %5842 : f64[] @ models/lib/nn.yaml:80:7
%5844 = pow %3726, %5840 : f64[] @ models/lib/nn.yaml:80:7
%5845 = sub %3711, %5844 : f64[] @ models/lib/nn.yaml:80:7
%5846 = sqrt %5845 : f64[] @ models/lib/nn.yaml:80:7
%5847 = div %3711, %5846 : f64[] @ models/lib/nn.yaml:80:7
%5848 = sqrt %5839 : f32[16] @ models/lib/nn.yaml:80:7
%5849 = cast %5847 : f32[] @ models/lib/nn.yaml:80:7
%5850 = broadcast %5849 : f32[16] @ models/lib/nn.yaml:80:7
%5851 = mul %5848, %5850 : f32[16] @ models/lib/nn.yaml:80:7
%5852 = add %5851, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%5853 = div %5835, %5852 : f32[16] @ models/lib/nn.yaml:80:7
%5854 = cast %5843 : f32[] @ models/lib/nn.yaml:80:7
%5855 = broadcast %5854 : f32[16] @ models/lib/nn.yaml:80:7
%5856 = mul %5853, %5855 : f32[16] @ models/lib/nn.yaml:80:7
%5857 = sub %58, %5856 : f32[16] @ models/lib/nn.yaml:80:7
%5858 = assign %58, %5857 : f32[16] @ models/lib/nn.yaml:80:7
%5859 = assign %5829, %5835 : f32[16] @ models/lib/nn.yaml:80:7
%5860 = assign %5830, %5839 : f32[16] @ models/lib/nn.yaml:80:7
%5861 = assign %5831, %5832 : i64[] @ models/lib/nn.yaml:80:7
%5862 = mul %142, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%5863 = mul %5857, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%5864 = add %5862, %5863 : f32[16] @ models/lib/nn.yaml:80:7
%5865 = assign %142, %5864 : f32[16] @ models/lib/nn.yaml:80:7
%5866 = all_reduce_sum %2965 : f32[16] @ models/lib/nn.yaml:89:7
%5867 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5868 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5869 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5870 = add %5869, %3708 : i64[] @ models/lib/nn.yaml:89:7
%5871 = mul %5866, %3815 : f32[16] @ models/lib/nn.yaml:89:7
%5872 = mul %5867, %3817 : f32[16] @ models/lib/nn.yaml:89:7
%5873 = add %5872, %5871 : f32[16] @ models/lib/nn.yaml:89:7
%5874 = mul %5866, %5866 : f32[16] @ models/lib/nn.yaml:89:7
%5875 = mul %5874, %3821 : f32[16] @ models/lib/nn.yaml:89:7
%5876 = mul %5868, %3823 : f32[16] @ models/lib/nn.yaml:89:7
%5877 = add %5876, %5875 : f32[16] @ models/lib/nn.yaml:89:7
%5878 = cast %5870 : f64[] @ models/lib/nn.yaml:89:7
%5879 = pow %3718, %5878 : f64[] @ models/lib/nn.yaml:89:7
%5880 = sub %3711, %5879 : f64[] @ models/lib/nn.yaml:89:7
%5881 = div %2354, %5880 : f64[] @ models/lib/nn.yaml:89:7
%5882 = pow %3726, %5878 : f64[] @ models/lib/nn.yaml:89:7
%5883 = sub %3711, %5882 : f64[] @ models/lib/nn.yaml:89:7
%5884 = sqrt %5883 : f64[] @ models/lib/nn.yaml:89:7
%5885 = div %3711, %5884 : f64[] @ models/lib/nn.yaml:89:7
%5886 = sqrt %5877 : f32[16] @ models/lib/nn.yaml:89:7
%5887 = cast %5885 : f32[] @ models/lib/nn.yaml:89:7
%5888 = broadcast %5887 : f32[16] @ models/lib/nn.yaml:89:7
%5889 = mul %5886, %5888 : f32[16] @ models/lib/nn.yaml:89:7
%5890 = add %5889, %3838 : f32[16] @ models/lib/nn.yaml:89:7
%5891 = div %5873, %5890 : f32[16] @ models/lib/nn.yaml:89:7
%5892 = cast %5881 : f32[] @ models/lib/nn.yaml:89:7
%5893 = broadcast %5892 : f32[16] @ models/lib/nn.yaml:89:7
%5894 = mul %5891, %5893 : f32[16] @ models/lib/nn.yaml:89:7
%5895 = sub %59, %5894 : f32[16] @ models/lib/nn.yaml:89:7
%5896 = assign %59, %5895 : f32[16] @ models/lib/nn.yaml:89:7
%5897 = assign %5867, %5873 : f32[16] @ models/lib/nn.yaml:89:7
%5898 = assign %5868, %5877 : f32[16] @ models/lib/nn.yaml:89:7
%5899 = assign %5869, %5870 : i64[] @ models/lib/nn.yaml:89:7
%5900 = mul %143, %3849 : f32[16] @ models/lib/nn.yaml:89:7
%5901 = mul %5895, %3851 : f32[16] @ models/lib/nn.yaml:89:7
%5902 = add %5900, %5901 : f32[16] @ models/lib/nn.yaml:89:7
%5903 = assign %143, %5902 : f32[16] @ models/lib/nn.yaml:89:7
%5904 = all_reduce_sum %2961 : f32[16] @ models/lib/nn.yaml:90:7
%5905 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5906 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5907 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5908 = add %5907, %3708 : i64[] @ models/lib/nn.yaml:90:7
%5909 = mul %5904, %3815 : f32[16] @ models/lib/nn.yaml:90:7
%5910 = mul %5905, %3817 : f32[16] @ models/lib/nn.yaml:90:7
%5911 = add %5910, %5909 : f32[16] @ models/lib/nn.yaml:90:7
%5912 = mul %5904, %5904 : f32[16] @ models/lib/nn.yaml:90:7
%5913 = mul %5912, %3821 : f32[16] @ models/lib/nn.yaml:90:7
%5914 = mul %5906, %3823 : f32[16] @ models/lib/nn.yaml:90:7
%5915 = add %5914, %5913 : f32[16] @ models/lib/nn.yaml:90:7
%5916 = cast %5908 : f64[] @ models/lib/nn.yaml:90:7
%5917 = pow %3718, %5916 : f64[] @ models/lib/nn.yaml:90:7
%5918 = sub %3711, %5917 : f64[] @ models/lib/nn.yaml:90:7
%5919 = div %2354, %5918 : f64[] @ models/lib/nn.yaml:90:7
%5920 = pow %3726, %5916 : f64[] @ models/lib/nn.yaml:90:7
%5921 = sub %3711, %5920 : f64[] @ models/lib/nn.yaml:90:7
%5922 = sqrt %5921 : f64[] @ models/lib/nn.yaml:90:7
%5923 = div %3711, %5922 : f64[] @ models/lib/nn.yaml:90:7
%5924 = sqrt %5915 : f32[16] @ models/lib/nn.yaml:90:7
%5925 = cast %5923 : f32[] @ models/lib/nn.yaml:90:7
%5926 = broadcast %5925 : f32[16] @ models/lib/nn.yaml:90:7
%5927 = mul %5924, %5926 : f32[16] @ models/lib/nn.yaml:90:7
%5928 = add %5927, %3838 : f32[16] @ models/lib/nn.yaml:90:7
%5929 = div %5911, %5928 : f32[16] @ models/lib/nn.yaml:90:7
%5930 = cast %5919 : f32[] @ models/lib/nn.yaml:90:7
%5931 = broadcast %5930 : f32[16] @ models/lib/nn.yaml:90:7
%5932 = mul %5929, %5931 : f32[16] @ models/lib/nn.yaml:90:7
%5933 = sub %60, %5932 : f32[16] @ models/lib/nn.yaml:90:7
%5934 = assign %60, %5933 : f32[16] @ models/lib/nn.yaml:90:7
%5935 = assign %5905, %5911 : f32[16] @ models/lib/nn.yaml:90:7
%5936 = assign %5906, %5915 : f32[16] @ models/lib/nn.yaml:90:7
%5937 = assign %5907, %5908 : i64[] @ models/lib/nn.yaml:90:7
%5938 = mul %144, %3849 : f32[16] @ models/lib/nn.yaml:90:7
%5939 = mul %5933, %3851 : f32[16] @ models/lib/nn.yaml:90:7
%5940 = add %5938, %5939 : f32[16] @ models/lib/nn.yaml:90:7
%5941 = assign %144, %5940 : f32[16] @ models/lib/nn.yaml:90:7
%5942 = all_reduce_sum %2959 : f32[64,16] @ models/lib/nn.yaml:79:7
%5943 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5944 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5945 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5946 = add %5945, %3708 : i64[] @ models/lib/nn.yaml:79:7
%5947 = mul %61, %4189 : f32[64,16] @ models/lib/nn.yaml:79:7
%5948 = mul %5942, %4191 : f32[64,16] @ models/lib/nn.yaml:79:7
%5949 = mul %5943, %4193 : f32[64,16] @ models/lib/nn.yaml:79:7
%5950 = add %5949, %5948 : f32[64,16] @ models/lib/nn.yaml:79:7
%5951 = mul %5942, %5942 : f32[64,16] @ models/lib/nn.yaml:79:7
%5952 = mul %5951, %4197 : f32[64,16] @ models/lib/nn.yaml:79:7
%5953 = mul %5944, %4199 : f32[64,16] @ models/lib/nn.yaml:79:7
%5954 = add %5953, %5952 : f32[64,16] @ models/lib/nn.yaml:79:7
%5955 = cast %5946 : f64[] @ models/lib/nn.yaml:79:7
%5956 = pow %3718, %5955 : f64[] @ models/lib/nn.yaml:79:7
%5957 = sub %3711, %5956 : f64[] @ models/lib/nn.yaml:79:7
%5958 = div %2354, %5957 : f64[] @ models/lib/nn.yaml:79:7
%5959 = pow %3726, %5955 : f64[] @ models/lib/nn.yaml:79:7
%5960 = sub %3711, %5959 : f64[] @ models/lib/nn.yaml:79:7
%5961 = sqrt %5960 : f64[] @ models/lib/nn.yaml:79:7
%5962 = div %3711, %5961 : f64[] @ models/lib/nn.yaml:79:7
%5963 = sqrt %5954 : f32[64,16] @ models/lib/nn.yaml:79:7
%5964 = cast %5962 : f32[] @ models/lib/nn.yaml:79:7
%5965 = broadcast %5964 : f32[64,16] @ models/lib/nn.yaml:79:7
%5966 = mul %5963, %5965 : f32[64,16] @ models/lib/nn.yaml:79:7
%5967 = add %5966, %4214 : f32[64,16] @ models/lib/nn.yaml:79:7
%5968 = div %5950, %5967 : f32[64,16] @ models/lib/nn.yaml:79:7
%5969 = cast %5958 : f32[] @ models/lib/nn.yaml:79:7
%5970 = broadcast %5969 : f32[64,16] @ models/lib/nn.yaml:79:7
%5971 = mul %5968, %5970 : f32[64,16] @ models/lib/nn.yaml:79:7
%5972 = sub %5947, %5971 : f32[64,16] @ models/lib/nn.yaml:79:7
%5973 = assign %61, %5972 : f32[64,16] @ models/lib/nn.yaml:79:7
%5974 = assign %5943, %5950 : f32[64,16] @ models/lib/nn.yaml:79:7
%5975 = assign %5944, %5954 : f32[64,16] @ models/lib/nn.yaml:79:7
%5976 = assign %5945, %5946 : i64[] @ models/lib/nn.yaml:79:7
%5977 = mul %145, %4225 : f32[64,16] @ models/lib/nn.yaml:79:7
%5978 = mul %5972, %4227 : f32[64,16] @ models/lib/nn.yaml:79:7
%5979 = add %5977, %5978 : f32[64,16] @ models/lib/nn.yaml:79:7
%5980 = assign %145, %5979 : f32[64,16] @ models/lib/nn.yaml:79:7
%5981 = all_reduce_sum %2955 : f32[64] @ models/lib/nn.yaml:80:7
%5982 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5983 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5984 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5985 = add %5984, %3708 : i64[] @ models/lib/nn.yaml:80:7
%5986 = mul %5981, %4236 : f32[64] @ models/lib/nn.yaml:80:7
%5987 = mul %5982, %4238 : f32[64] @ models/lib/nn.yaml:80:7
%5988 = add %5987, %5986 : f32[64] @ models/lib/nn.yaml:80:7
%5989 = mul %5981, %5981 : f32[64] @ models/lib/nn.yaml:80:7
%5990 = mul %5989, %4242 : f32[64] @ models/lib/nn.yaml:80:7
%5991 = mul %5983, %4244 : f32[64] @ models/lib/nn.yaml:80:7
%5992 = add %5991, %5990 : f32[64] @ models/lib/nn.yaml:80:7
%5993 = cast %5985 : f64[] @ models/lib/nn.yaml:80:7
%5994 = pow %3718, %5993 : f64[] @ models/lib/nn.yaml:80:7
%5995 = sub %3711, %5994 : f64[] @ models/lib/nn.yaml:80:7
%5996 = div %2354, %5995 : f64[] @ models/lib/nn.yaml:80:7
%5997 = pow %3726, %5993 : f64[] @ models/lib/nn.yaml:80:7
%5998 = sub %3711, %5997 : f64[] @ models/lib/nn.yaml:80:7
%5999 = sqrt %5998 : f64[] @ models/lib/nn.yaml:80:7
%6000 = div %3711, %5999 : f64[] @ models/lib/nn.yaml:80:7
%6001 = sqrt %5992 : f32[64] @ models/lib/nn.yaml:80:7
%6002 = cast %6000 : f32[] @ models/lib/nn.yaml:80:7
%6003 = broadcast %6002 : f32[64] @ models/lib/nn.yaml:80:7
%6004 = mul %6001, %6003 : f32[64] @ models/lib/nn.yaml:80:7
%6005 = add %6004, %4259 : f32[64] @ models/lib/nn.yaml:80:7
%6006 = div %5988, %6005 : f32[64] @ models/lib/nn.yaml:80:7
%6007 = cast %5996 : f32[] @ models/lib/nn.yaml:80:7
%6008 = broadcast %6007 : f32[64] @ models/lib/nn.yaml:80:7
%6009 = mul %6006, %6008 : f32[64] @ models/lib/nn.yaml:80:7
%6010 = sub %62, %6009 : f32[64] @ models/lib/nn.yaml:80:7
%6011 = assign %62, %6010 : f32[64] @ models/lib/nn.yaml:80:7
%6012 = assign %5982, %5988 : f32[64] @ models/lib/nn.yaml:80:7
%6013 = assign %5983, %5992 : f32[64] @ models/lib/nn.yaml:80:7
%6014 = assign %5984, %5985 : i64[] @ models/lib/nn.yaml:80:7
%6015 = mul %146, %4270 : f32[64] @ models/lib/nn.yaml:80:7
%6016 = mul %6010, %4272 : f32[64] @ models/lib/nn.yaml:80:7
%6017 = add %6015, %6016 : f32[64] @ models/lib/nn.yaml:80:7
%6018 = assign %146, %6017 : f32[64] @ models/lib/nn.yaml:80:7
%6019 = all_reduce_sum %2936 : f32[16,64] @ models/lib/nn.yaml:79:7
%6020 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6021 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6022 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6023 = add %6022, %3708 : i64[] @ models/lib/nn.yaml:79:7
%6024 = mul %63, %4281 : f32[16,64] @ models/lib/nn.yaml:79:7
%6025 = mul %6019, %4283 : f32[16,64] @ models/lib/nn.yaml:79:7
%6026 = mul %6020, %4285 : f32[16,64] @ models/lib/nn.yaml:79:7
%6027 = add %6026, %6025 : f32[16,64] @ models/lib/nn.yaml:79:7
%6028 = mul %6019, %6019 : f32[16,64] @ models/lib/nn.yaml:79:7
%6029 = mul %6028, %4289 : f32[16,64] @ models/lib/nn.yaml:79:7
%6030 = mul %6021, %4291 : f32[16,64] @ models/lib/nn.yaml:79:7
%6031 = add %6030, %6029 : f32[16,64] @ models/lib/nn.yaml:79:7
%6032 = cast %6023 : f64[] @ models/lib/nn.yaml:79:7
%6033 = pow %3718, %6032 : f64[] @ models/lib/nn.yaml:79:7
%6034 = sub %3711, %6033 : f64[] @ models/lib/nn.yaml:79:7
%6035 = div %2354, %6034 : f64[] @ models/lib/nn.yaml:79:7
%6036 = pow %3726, %6032 : f64[] @ models/lib/nn.yaml:79:7
%6037 = sub %3711, %6036 : f64[] @ models/lib/nn.yaml:79:7
%6038 = sqrt %6037 : f64[] @ models/lib/nn.yaml:79:7
%6039 = div %3711, %6038 : f64[] @ models/lib/nn.yaml:79:7
%6040 = sqrt %6031 : f32[16,64] @ models/lib/nn.yaml:79:7
%6041 = cast %6039 : f32[] @ models/lib/nn.yaml:79:7
%6042 = broadcast %6041 : f32[16,64] @ models/lib/nn.yaml:79:7
%6043 = mul %6040, %6042 : f32[16,64] @ models/lib/nn.yaml:79:7
%6044 = add %6043, %4306 : f32[16,64] @ models/lib/nn.yaml:79:7
%6045 = div %6027, %6044 : f32[16,64] @ models/lib/nn.yaml:79:7
%6046 = cast %6035 : f32[] @ models/lib/nn.yaml:79:7
%6047 = broadcast %6046 : f32[16,64] @ models/lib/nn.yaml:79:7
%6048 = mul %6045, %6047 : f32[16,64] @ models/lib/nn.yaml:79:7
%6049 = sub %6024, %6048 : f32[16,64] @ models/lib/nn.yaml:79:7
%6050 = assign %63, %6049 : f32[16,64] @ models/lib/nn.yaml:79:7
%6051 = assign %6020, %6027 : f32[16,64] @ models/lib/nn.yaml:79:7
%6052 = assign %6021, %6031 : f32[16,64] @ models/lib/nn.yaml:79:7
%6053 = assign %6022, %6023 : i64[] @ models/lib/nn.yaml:79:7
%6054 = mul %147, %4317 : f32[16,64] @ models/lib/nn.yaml:79:7
%6055 = mul %6049, %4319 : f32[16,64] @ models/lib/nn.yaml:79:7
%6056 = add %6054, %6055 : f32[16,64] @ models/lib/nn.yaml:79:7
%6057 = assign %147, %6056 : f32[16,64] @ models/lib/nn.yaml:79:7
%6058 = all_reduce_sum %2932 : f32[16] @ models/lib/nn.yaml:80:7
%6059 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6060 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6061 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6062 = add %6061, %3708 : i64[] @ models/lib/nn.yaml:80:7
%6063 = mul %6058, %3815 : f32[16] @ models/lib/nn.yaml:80:7
%6064 = mul %6059, %3817 : f32[16] @ models/lib/nn.yaml:80:7
%6065 = add %6064, %6063 : f32[16] @ models/lib/nn.yaml:80:7
%6066 = mul %6058, %6058 : f32[16] @ models/lib/nn.yaml:80:7
%6067 = mul %6066, %3821 : f32[16] @ models/lib/nn.yaml:80:7
%6068 = mul %6060, %3823 : f32[16] @ models/lib/nn.yaml:80:7
%6069 = add %6068, %6067 : f32[16] @ models/lib/nn.yaml:80:7
%6070 = cast %6062 : f64[] @ models/lib/nn.yaml:80:7
%6071 = pow %3718, %6070 : f64[] @ models/lib/nn.yaml:80:7
%6072 = sub %3711, %6071 : f64[] @ models/lib/nn.yaml:80:7
%6073 = div %2354, %6072 : f64[] @ models/lib/nn.yaml:80:7
%6074 = pow %3726, %6070 : f64[] @ models/lib/nn.yaml:80:7
%6075 = sub %3711, %6074 : f64[] @ models/lib/nn.yaml:80:7
%6076 = sqrt %6075 : f64[] @ models/lib/nn.yaml:80:7
%6077 = div %3711, %6076 : f64[] @ models/lib/nn.yaml:80:7
%6078 = sqrt %6069 : f32[16] @ models/lib/nn.yaml:80:7
%6079 = cast %6077 : f32[] @ models/lib/nn.yaml:80:7
%6080 = broadcast %6079 : f32[16] @ models/lib/nn.yaml:80:7
%6081 = mul %6078, %6080 : f32[16] @ models/lib/nn.yaml:80:7
%6082 = add %6081, %3838 : f32[16] @ models/lib/nn.yaml:80:7
%6083 = div %6065, %6082 : f32[16] @ models/lib/nn.yaml:80:7
%6084 = cast %6073 : f32[] @ models/lib/nn.yaml:80:7
%6085 = broadcast %6084 : f32[16] @ models/lib/nn.yaml:80:7
%6086 = mul %6083, %6085 : f32[16] @ models/lib/nn.yaml:80:7
%6087 = sub %64, %6086 : f32[16] @ models/lib/nn.yaml:80:7
%6088 = assign %64, %6087 : f32[16] @ models/lib/nn.yaml:80:7
%6089 = assign %6059, %6065 : f32[16] @ models/lib/nn.yaml:80:7
%6090 = assign %6060, %6069 : f32[16] @ models/lib/nn.yaml:80:7
%6091 = assign %6061, %6062 : i64[] @ models/lib/nn.yaml:80:7
%6092 = mul %148, %3849 : f32[16] @ models/lib/nn.yaml:80:7
%6093 = mul %6087, %3851 : f32[16] @ models/lib/nn.yaml:80:7
%6094 = add %6092, %6093 : f32[16] @ models/lib/nn.yaml:80:7
%6095 = assign %148, %6094 : f32[16] @ models/lib/nn.yaml:80:7
%6096 = all_reduce_sum %2908 : f32[16] @ models/lib/nn.yaml:89:7
%6097 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6098 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6099 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6100 = add %6099, %3708 : i64[] @ models/lib/nn.yaml:89:7
%6101 = mul %6096, %3815 : f32[16] @ models/lib/nn.yaml:89:7
%6102 = mul %6097, %3817 : f32[16] @ models/lib/nn.yaml:89:7
%6103 = add %6102, %6101 : f32[16] @ models/lib/nn.yaml:89:7
%6104 = mul %6096, %6096 : f32[16] @ models/lib/nn.yaml:89:7
%6105 = mul %6104, %3821 : f32[16] @ models/lib/nn.yaml:89:7
%6106 = mul %6098, %3823 : f32[16] @ models/lib/nn.yaml:89:7
%6107 = add %6106, %6105 : f32[16] @ models/lib/nn.yaml:89:7
%6108 = cast %6100 : f64[] @ models/lib/nn.yaml:89:7
%6109 = pow %3718, %6108 : f64[] @ models/lib/nn.yaml:89:7
%6110 = sub %3711, %6109 : f64[] @ models/lib/nn.yaml:89:7
%6111 = div %2354, %6110 : f64[] @ models/lib/nn.yaml:89:7
%6112 = pow %3726, %6108 : f64[] @ models/lib/nn.yaml:89:7
%6113 = sub %3711, %6112 : f64[] @ models/lib/nn.yaml:89:7
%6114 = sqrt %6113 : f64[] @ models/lib/nn.yaml:89:7
%6115 = div %3711, %6114 : f64[] @ models/lib/nn.yaml:89:7
%6116 = sqrt %6107 : f32[16] @ models/lib/nn.yaml:89:7
%6117 = cast %6115 : f32[] @ models/lib/nn.yaml:89:7
%6118 = broadcast %6117 : f32[16] @ models/lib/nn.yaml:89:7
%6119 = mul %6116, %6118 : f32[16] @ models/lib/nn.yaml:89:7
%6120 = add %6119, %3838 : f32[16] @ models/lib/nn.yaml:89:7
%6121 = div %6103, %6120 : f32[16] @ models/lib/nn.yaml:89:7
%6122 = cast %6111 : f32[] @ models/lib/nn.yaml:89:7
%6123 = broadcast %6122 : f32[16] @ models/lib/nn.yaml:89:7
%6124 = mul %6121, %6123 : f32[16] @ models/lib/nn.yaml:89:7
%6125 = sub %65, %6124 : f32[16] @ models/lib/nn.yaml:89:7
%6126 = assign %65, %6125 : f32[16] @ models/lib/nn.yaml:89:7
%6127 = assign %6097, %6103 : f32[16] @ models/lib/nn.yaml:89:7
%6128 = assign %6098, %6107 : f32[16] @ models/lib/nn.yaml:89:7
%6129 = assign %6099, %6100 : i64[] @ models/lib/nn.yaml:89:7
%6130 = mul %149, %3849 : f32[16] @ models/lib/nn.yaml:89:7
%6131 = mul %6125, %3851 : f32[16] @ models/lib/nn.yaml:89:7
%6132 = add %6130, %6131 : f32[16] @ models/lib/nn.yaml:89:7
%6133 = assign %149, %6132 : f32[16] @ models/lib/nn.yaml:89:7
%6134 = all_reduce_sum %2902 : f32[16] @ models/lib/nn.yaml:90:7
%6135 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6136 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6137 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6138 = add %6137, %3708 : i64[] @ models/lib/nn.yaml:90:7
%6139 = mul %6134, %3815 : f32[16] @ models/lib/nn.yaml:90:7
%6140 = mul %6135, %3817 : f32[16] @ models/lib/nn.yaml:90:7
%6141 = add %6140, %6139 : f32[16] @ models/lib/nn.yaml:90:7
%6142 = mul %6134, %6134 : f32[16] @ models/lib/nn.yaml:90:7
%6143 = mul %6142, %3821 : f32[16] @ models/lib/nn.yaml:90:7
%6144 = mul %6136, %3823 : f32[16] @ models/lib/nn.yaml:90:7
%6145 = add %6144, %6143 : f32[16] @ models/lib/nn.yaml:90:7
%6146 = cast %6138 : f64[] @ models/lib/nn.yaml:90:7
%6147 = pow %3718, %6146 : f64[] @ models/lib/nn.yaml:90:7
%6148 = sub %3711, %6147 : f64[] @ models/lib/nn.yaml:90:7
%6149 = div %2354, %6148 : f64[] @ models/lib/nn.yaml:90:7
%6150 = pow %3726, %6146 : f64[] @ models/lib/nn.yaml:90:7
%6151 = sub %3711, %6150 : f64[] @ models/lib/nn.yaml:90:7
%6152 = sqrt %6151 : f64[] @ models/lib/nn.yaml:90:7
%6153 = div %3711, %6152 : f64[] @ models/lib/nn.yaml:90:7
%6154 = sqrt %6145 : f32[16] @ models/lib/nn.yaml:90:7
%6155 = cast %6153 : f32[] @ models/lib/nn.yaml:90:7
%6156 = broadcast %6155 : f32[16] @ models/lib/nn.yaml:90:7
%6157 = mul %6154, %6156 : f32[16] @ models/lib/nn.yaml:90:7
%6158 = add %6157, %3838 : f32[16] @ models/lib/nn.yaml:90:7
%6159 = div %6141, %6158 : f32[16] @ models/lib/nn.yaml:90:7
%6160 = cast %6149 : f32[] @ models/lib/nn.yaml:90:7
%6161 = broadcast %6160 : f32[16] @ models/lib/nn.yaml:90:7
%6162 = mul %6159, %6161 : f32[16] @ models/lib/nn.yaml:90:7
%6163 = sub %66, %6162 : f32[16] @ models/lib/nn.yaml:90:7
%6164 = assign %66, %6163 : f32[16] @ models/lib/nn.yaml:90:7
%6165 = assign %6135, %6141 : f32[16] @ models/lib/nn.yaml:90:7
%6166 = assign %6136, %6145 : f32[16] @ models/lib/nn.yaml:90:7
%6167 = assign %6137, %6138 : i64[] @ models/lib/nn.yaml:90:7
%6168 = mul %150, %3849 : f32[16] @ models/lib/nn.yaml:90:7
%6169 = mul %6163, %3851 : f32[16] @ models/lib/nn.yaml:90:7
%6170 = add %6168, %6169 : f32[16] @ models/lib/nn.yaml:90:7
%6171 = assign %150, %6170 : f32[16] @ models/lib/nn.yaml:90:7
%6172 = all_reduce_sum %2892 : f32[24,16] @ models/lib/nn.yaml:79:7
%6173 = state name="adam_m.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%6174 = state name="adam_v.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%6175 = state name="adam_t.projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6176 = add %6175, %3708 : i64[] @ models/lib/nn.yaml:79:7
%6177 = broadcast %3713 : f32[24,16] @ models/lib/nn.yaml:79:7
%6178 = mul %67, %6177 : f32[24,16] @ models/lib/nn.yaml:79:7
%6179 = broadcast %2357 : f32[24,16] @ models/lib/nn.yaml:79:7
%6180 = mul %6172, %6179 : f32[24,16] @ models/lib/nn.yaml:79:7
%6181 = broadcast %1627 : f32[24,16] @ models/lib/nn.yaml:79:7
%6182 = mul %6173, %6181 : f32[24,16] @ models/lib/nn.yaml:79:7
%6183 = add %6182, %6180 : f32[24,16] @ models/lib/nn.yaml:79:7
%6184 = mul %6172, %6172 : f32[24,16] @ models/lib/nn.yaml:79:7
%6185 = broadcast %3723 : f32[24,16] @ models/lib/nn.yaml:79:7
%6186 = mul %6184, %6185 : f32[24,16] @ models/lib/nn.yaml:79:7
%6187 = broadcast %3727 : f32[24,16] @ models/lib/nn.yaml:79:7
%6188 = mul %6174, %6187 : f32[24,16] @ models/lib/nn.yaml:79:7
%6189 = add %6188, %6186 : f32[24,16] @ models/lib/nn.yaml:79:7
%6190 = cast %6176 : f64[] @ models/lib/nn.yaml:79:7
%6191 = pow %3718, %6190 : f64[] @ models/lib/nn.yaml:79:7
%6192 = sub %3711, %6191 : f64[] @ models/lib/nn.yaml:79:7
%6193 = div %2354, %6192 : f64[] @ models/lib/nn.yaml:79:7
%6194 = pow %3726, %6190 : f64[] @ models/lib/nn.yaml:79:7
%6195 = sub %3711, %6194 : f64[] @ models/lib/nn.yaml:79:7
%6196 = sqrt %6195 : f64[] @ models/lib/nn.yaml:79:7
%6197 = div %3711, %6196 : f64[] @ models/lib/nn.yaml:79:7
%6198 = sqrt %6189 : f32[24,16] @ models/lib/nn.yaml:79:7
%6199 = cast %6197 : f32[] @ models/lib/nn.yaml:79:7
%6200 = broadcast %6199 : f32[24,16] @ models/lib/nn.yaml:79:7
%6201 = mul %6198, %6200 : f32[24,16] @ models/lib/nn.yaml:79:7
%6202 = broadcast %3743 : f32[24,16] @ models/lib/nn.yaml:79:7
%6203 = add %6201, %6202 : f32[24,16] @ models/lib/nn.yaml:79:7
%6204 = div %6183, %6203 : f32[24,16] @ models/lib/nn.yaml:79:7
%6205 = cast %6193 : f32[] @ models/lib/nn.yaml:79:7
%6206 = broadcast %6205 : f32[24,16] @ models/lib/nn.yaml:79:7
%6207 = mul %6204, %6206 : f32[24,16] @ models/lib/nn.yaml:79:7
%6208 = sub %6178, %6207 : f32[24,16] @ models/lib/nn.yaml:79:7
%6209 = assign %67, %6208 : f32[24,16] @ models/lib/nn.yaml:79:7
%6210 = assign %6173, %6183 : f32[24,16] @ models/lib/nn.yaml:79:7
%6211 = assign %6174, %6189 : f32[24,16] @ models/lib/nn.yaml:79:7
%6212 = assign %6175, %6176 : i64[] @ models/lib/nn.yaml:79:7
%6213 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%6214 = mul %151, %6213 : f32[24,16] @ models/lib/nn.yaml:79:7
%6215 = broadcast %3758 : f32[24,16] @ models/lib/nn.yaml:79:7
%6216 = mul %6208, %6215 : f32[24,16] @ models/lib/nn.yaml:79:7
%6217 = add %6214, %6216 : f32[24,16] @ models/lib/nn.yaml:79:7
%6218 = assign %151, %6217 : f32[24,16] @ models/lib/nn.yaml:79:7
%6219 = all_reduce_sum %2869 : f32[24] @ models/moco_pass.yaml:75:7
%6220 = state name="adam_m.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6221 = state name="adam_v.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6222 = state name="adam_t.projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6223 = add %6222, %3708 : i64[] @ models/moco_pass.yaml:75:7
%6224 = broadcast %3713 : f32[24] @ models/moco_pass.yaml:75:7
%6225 = mul %68, %6224 : f32[24] @ models/moco_pass.yaml:75:7
%6226 = broadcast %2357 : f32[24] @ models/moco_pass.yaml:75:7
%6227 = mul %6219, %6226 : f32[24] @ models/moco_pass.yaml:75:7
%6228 = broadcast %1627 : f32[24] @ models/moco_pass.yaml:75:7
%6229 = mul %6220, %6228 : f32[24] @ models/moco_pass.yaml:75:7
%6230 = add %6229, %6227 : f32[24] @ models/moco_pass.yaml:75:7
%6231 = mul %6219, %6219 : f32[24] @ models/moco_pass.yaml:75:7
%6232 = broadcast %3723 : f32[24] @ models/moco_pass.yaml:75:7
%6233 = mul %6231, %6232 : f32[24] @ models/moco_pass.yaml:75:7
%6234 = broadcast %3727 : f32[24] @ models/moco_pass.yaml:75:7
%6235 = mul %6221, %6234 : f32[24] @ models/moco_pass.yaml:75:7
%6236 = add %6235, %6233 : f32[24] @ models/moco_pass.yaml:75:7
%6237 = cast %6223 : f64[] @ models/moco_pass.yaml:75:7
%6238 = pow %3718, %6237 : f64[] @ models/moco_pass.yaml:75:7
%6239 = sub %3711, %6238 : f64[] @ models/moco_pass.yaml:75:7
%6240 = div %2354, %6239 : f64[] @ models/moco_pass.yaml:75:7
%6241 = pow %3726, %6237 : f64[] @ models/moco_pass.yaml:75:7
%6242 = sub %3711, %6241 : f64[] @ models/moco_pass.yaml:75:7
%6243 = sqrt %6242 : f64[] @ models/moco_pass.yaml:75:7
%6244 = div %3711, %6243 : f64[] @ models/moco_pass.yaml:75:7
%6245 = sqrt %6236 : f32[24] @ models/moco_pass.yaml:75:7
%6246 = cast %6244 : f32[] @ models/moco_pass.yaml:75:7
%6247 = broadcast %6246 : f32[24] @ models/moco_pass.yaml:75:7
%6248 = mul %6245, %6247 : f32[24] @ models/moco_pass.yaml:75:7
%6249 = broadcast %3743 : f32[24] @ models/moco_pass.yaml:75:7
%6250 = add %6248, %6249 : f32[24] @ models/moco_pass.yaml:75:7
%6251 = div %6230, %6250 : f32[24] @ models/moco_pass.yaml:75:7
%6252 = cast %6240 : f32[] @ models/moco_pass.yaml:75:7
%6253 = broadcast %6252 : f32[24] @ models/moco_pass.yaml:75:7
%6254 = mul %6251, %6253 : f32[24] @ models/moco_pass.yaml:75:7
%6255 = sub %6225, %6254 : f32[24] @ models/moco_pass.yaml:75:7
%6256 = assign %68, %6255 : f32[24] @ models/moco_pass.yaml:75:7
%6257 = assign %6220, %6230 : f32[24] @ models/moco_pass.yaml:75:7
%6258 = assign %6221, %6236 : f32[24] @ models/moco_pass.yaml:75:7
%6259 = assign %6222, %6223 : i64[] @ models/moco_pass.yaml:75:7
%6260 = broadcast %3 : f32[24] @ models/moco_pass.yaml:75:7
%6261 = mul %152, %6260 : f32[24] @ models/moco_pass.yaml:75:7
%6262 = broadcast %3758 : f32[24] @ models/moco_pass.yaml:75:7
%6263 = mul %6255, %6262 : f32[24] @ models/moco_pass.yaml:75:7
%6264 = add %6261, %6263 : f32[24] @ models/moco_pass.yaml:75:7
%6265 = assign %152, %6264 : f32[24] @ models/moco_pass.yaml:75:7
%6266 = all_reduce_sum %2865 : f32[24] @ models/moco_pass.yaml:76:7
%6267 = state name="adam_m.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6268 = state name="adam_v.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6269 = state name="adam_t.projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6270 = add %6269, %3708 : i64[] @ models/moco_pass.yaml:76:7
%6271 = mul %69, %6224 : f32[24] @ models/moco_pass.yaml:76:7
%6272 = mul %6266, %6226 : f32[24] @ models/moco_pass.yaml:76:7
%6273 = mul %6267, %6228 : f32[24] @ models/moco_pass.yaml:76:7
%6274 = add %6273, %6272 : f32[24] @ models/moco_pass.yaml:76:7
%6275 = mul %6266, %6266 : f32[24] @ models/moco_pass.yaml:76:7
%6276 = mul %6275, %6232 : f32[24] @ models/moco_pass.yaml:76:7
%6277 = mul %6268, %6234 : f32[24] @ models/moco_pass.yaml:76:7
%6278 = add %6277, %6276 : f32[24] @ models/moco_pass.yaml:76:7
%6279 = cast %6270 : f64[] @ models/moco_pass.yaml:76:7
%6280 = pow %3718, %6279 : f64[] @ models/moco_pass.yaml:76:7
%6281 = sub %3711, %6280 : f64[] @ models/moco_pass.yaml:76:7
%6282 = div %2354, %6281 : f64[] @ models/moco_pass.yaml:76:7
%6283 = pow %3726, %6279 : f64[] @ models/moco_pass.yaml:76:7
%6284 = sub %3711, %6283 : f64[] @ models/moco_pass.yaml:76:7
%6285 = sqrt %6284 : f64[] @ models/moco_pass.yaml:76:7
%6286 = div %3711, %6285 : f64[] @ models/moco_pass.yaml:76:7
%6287 = sqrt %6278 : f32[24] @ models/moco_pass.yaml:76:7
%6288 = cast %6286 : f32[] @ models/moco_pass.yaml:76:7
%6289 = broadcast %6288 : f32[24] @ models/moco_pass.yaml:76:7
%6290 = mul %6287, %6289 : f32[24] @ models/moco_pass.yaml:76:7
%6291 = add %6290, %6249 : f32[24] @ models/moco_pass.yaml:76:7
%6292 = div %6274, %6291 : f32[24] @ models/moco_pass.yaml:76:7
%6293 = cast %6282 : f32[] @ models/moco_pass.yaml:76:7
%6294 = broadcast %6293 : f32[24] @ models/moco_pass.yaml:76:7
%6295 = mul %6292, %6294 : f32[24] @ models/moco_pass.yaml:76:7
%6296 = sub %6271, %6295 : f32[24] @ models/moco_pass.yaml:76:7
%6297 = assign %69, %6296 : f32[24] @ models/moco_pass.yaml:76:7
%6298 = assign %6267, %6274 : f32[24] @ models/moco_pass.yaml:76:7
%6299 = assign %6268, %6278 : f32[24] @ models/moco_pass.yaml:76:7
%6300 = assign %6269, %6270 : i64[] @ models/moco_pass.yaml:76:7
%6301 = mul %153, %6260 : f32[24] @ models/moco_pass.yaml:76:7
%6302 = mul %6296, %6262 : f32[24] @ models/moco_pass.yaml:76:7
%6303 = add %6301, %6302 : f32[24] @ models/moco_pass.yaml:76:7
%6304 = assign %153, %6303 : f32[24] @ models/moco_pass.yaml:76:7
%6305 = all_reduce_sum %2858 : f32[24,24] @ models/lib/nn.yaml:79:7
%6306 = state name="adam_m.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%6307 = state name="adam_v.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%6308 = state name="adam_t.projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6309 = add %6308, %3708 : i64[] @ models/lib/nn.yaml:79:7
%6310 = broadcast %3713 : f32[24,24] @ models/lib/nn.yaml:79:7
%6311 = mul %70, %6310 : f32[24,24] @ models/lib/nn.yaml:79:7
%6312 = broadcast %2357 : f32[24,24] @ models/lib/nn.yaml:79:7
%6313 = mul %6305, %6312 : f32[24,24] @ models/lib/nn.yaml:79:7
%6314 = broadcast %1627 : f32[24,24] @ models/lib/nn.yaml:79:7
%6315 = mul %6306, %6314 : f32[24,24] @ models/lib/nn.yaml:79:7
%6316 = add %6315, %6313 : f32[24,24] @ models/lib/nn.yaml:79:7
%6317 = mul %6305, %6305 : f32[24,24] @ models/lib/nn.yaml:79:7
%6318 = broadcast %3723 : f32[24,24] @ models/lib/nn.yaml:79:7
%6319 = mul %6317, %6318 : f32[24,24] @ models/lib/nn.yaml:79:7
%6320 = broadcast %3727 : f32[24,24] @ models/lib/nn.yaml:79:7
%6321 = mul %6307, %6320 : f32[24,24] @ models/lib/nn.yaml:79:7
%6322 = add %6321, %6319 : f32[24,24] @ models/lib/nn.yaml:79:7
%6323 = cast %6309 : f64[] @ models/lib/nn.yaml:79:7
%6324 = pow %3718, %6323 : f64[] @ models/lib/nn.yaml:79:7
%6325 = sub %3711, %6324 : f64[] @ models/lib/nn.yaml:79:7
%6326 = div %2354, %6325 : f64[] @ models/lib/nn.yaml:79:7
%6327 = pow %3726, %6323 : f64[] @ models/lib/nn.yaml:79:7
%6328 = sub %3711, %6327 : f64[] @ models/lib/nn.yaml:79:7
%6329 = sqrt %6328 : f64[] @ models/lib/nn.yaml:79:7
%6330 = div %3711, %6329 : f64[] @ models/lib/nn.yaml:79:7
%6331 = sqrt %6322 : f32[24,24] @ models/lib/nn.yaml:79:7
%6332 = cast %6330 : f32[] @ models/lib/nn.yaml:79:7
%6333 = broadcast %6332 : f32[24,24] @ models/lib/nn.yaml:79:7
%6334 = mul %6331, %6333 : f32[24,24] @ models/lib/nn.yaml:79:7
%6335 = broadcast %3743 : f32[24,24] @ models/lib/nn.yaml:79:7
%6336 = add %6334, %6335 : f32[24,24] @ models/lib/nn.yaml:79:7
%6337 = div %6316, %6336 : f32[24,24] @ models/lib/nn.yaml:79:7
%6338 = cast %6326 : f32[] @ models/lib/nn.yaml:79:7
%6339 = broadcast %6338 : f32[24,24] @ models/lib/nn.yaml:79:7
%6340 = mul %6337, %6339 : f32[24,24] @ models/lib/nn.yaml:79:7
%6341 = sub %6311, %6340 : f32[24,24] @ models/lib/nn.yaml:79:7
%6342 = assign %70, %6341 : f32[24,24] @ models/lib/nn.yaml:79:7
%6343 = assign %6306, %6316 : f32[24,24] @ models/lib/nn.yaml:79:7
%6344 = assign %6307, %6322 : f32[24,24] @ models/lib/nn.yaml:79:7
%6345 = assign %6308, %6309 : i64[] @ models/lib/nn.yaml:79:7
%6346 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%6347 = mul %154, %6346 : f32[24,24] @ models/lib/nn.yaml:79:7
%6348 = broadcast %3758 : f32[24,24] @ models/lib/nn.yaml:79:7
%6349 = mul %6341, %6348 : f32[24,24] @ models/lib/nn.yaml:79:7
%6350 = add %6347, %6349 : f32[24,24] @ models/lib/nn.yaml:79:7
%6351 = assign %154, %6350 : f32[24,24] @ models/lib/nn.yaml:79:7
%6352 = all_reduce_sum %2835 : f32[24] @ models/moco_pass.yaml:75:7
%6353 = state name="adam_m.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6354 = state name="adam_v.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6355 = state name="adam_t.projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6356 = add %6355, %3708 : i64[] @ models/moco_pass.yaml:75:7
%6357 = mul %71, %6224 : f32[24] @ models/moco_pass.yaml:75:7
%6358 = mul %6352, %6226 : f32[24] @ models/moco_pass.yaml:75:7
%6359 = mul %6353, %6228 : f32[24] @ models/moco_pass.yaml:75:7
%6360 = add %6359, %6358 : f32[24] @ models/moco_pass.yaml:75:7
%6361 = mul %6352, %6352 : f32[24] @ models/moco_pass.yaml:75:7
%6362 = mul %6361, %6232 : f32[24] @ models/moco_pass.yaml:75:7
%6363 = mul %6354, %6234 : f32[24] @ models/moco_pass.yaml:75:7
%6364 = add %6363, %6362 : f32[24] @ models/moco_pass.yaml:75:7
%6365 = cast %6356 : f64[] @ models/moco_pass.yaml:75:7
%6366 = pow %3718, %6365 : f64[] @ models/moco_pass.yaml:75:7
%6367 = sub %3711, %6366 : f64[] @ models/moco_pass.yaml:75:7
%6368 = div %2354, %6367 : f64[] @ models/moco_pass.yaml:75:7
%6369 = pow %3726, %6365 : f64[] @ models/moco_pass.yaml:75:7
%6370 = sub %3711, %6369 : f64[] @ models/moco_pass.yaml:75:7
%6371 = sqrt %6370 : f64[] @ models/moco_pass.yaml:75:7
%6372 = div %3711, %6371 : f64[] @ models/moco_pass.yaml:75:7
%6373 = sqrt %6364 : f32[24] @ models/moco_pass.yaml:75:7
%6374 = cast %6372 : f32[] @ models/moco_pass.yaml:75:7
%6375 = broadcast %6374 : f32[24] @ models/moco_pass.yaml:75:7
%6376 = mul %6373, %6375 : f32[24] @ models/moco_pass.yaml:75:7
%6377 = add %6376, %6249 : f32[24] @ models/moco_pass.yaml:75:7
%6378 = div %6360, %6377 : f32[24] @ models/moco_pass.yaml:75:7
%6379 = cast %6368 : f32[] @ models/moco_pass.yaml:75:7
%6380 = broadcast %6379 : f32[24] @ models/moco_pass.yaml:75:7
%6381 = mul %6378, %6380 : f32[24] @ models/moco_pass.yaml:75:7
%6382 = sub %6357, %6381 : f32[24] @ models/moco_pass.yaml:75:7
%6383 = assign %71, %6382 : f32[24] @ models/moco_pass.yaml:75:7
%6384 = assign %6353, %6360 : f32[24] @ models/moco_pass.yaml:75:7
%6385 = assign %6354, %6364 : f32[24] @ models/moco_pass.yaml:75:7
%6386 = assign %6355, %6356 : i64[] @ models/moco_pass.yaml:75:7
%6387 = mul %155, %6260 : f32[24] @ models/moco_pass.yaml:75:7
%6388 = mul %6382, %6262 : f32[24] @ models/moco_pass.yaml:75:7
%6389 = add %6387, %6388 : f32[24] @ models/moco_pass.yaml:75:7
%6390 = assign %155, %6389 : f32[24] @ models/moco_pass.yaml:75:7
%6391 = all_reduce_sum %2831 : f32[24] @ models/moco_pass.yaml:76:7
%6392 = state name="adam_m.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6393 = state name="adam_v.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6394 = state name="adam_t.projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6395 = add %6394, %3708 : i64[] @ models/moco_pass.yaml:76:7
%6396 = mul %72, %6224 : f32[24] @ models/moco_pass.yaml:76:7
%6397 = mul %6391, %6226 : f32[24] @ models/moco_pass.yaml:76:7
%6398 = mul %6392, %6228 : f32[24] @ models/moco_pass.yaml:76:7
%6399 = add %6398, %6397 : f32[24] @ models/moco_pass.yaml:76:7
%6400 = mul %6391, %6391 : f32[24] @ models/moco_pass.yaml:76:7
%6401 = mul %6400, %6232 : f32[24] @ models/moco_pass.yaml:76:7
%6402 = mul %6393, %6234 : f32[24] @ models/moco_pass.yaml:76:7
%6403 = add %6402, %6401 : f32[24] @ models/moco_pass.yaml:76:7
%6404 = cast %6395 : f64[] @ models/moco_pass.yaml:76:7
%6405 = pow %3718, %6404 : f64[] @ models/moco_pass.yaml:76:7
%6406 = sub %3711, %6405 : f64[] @ models/moco_pass.yaml:76:7
%6407 = div %2354, %6406 : f64[] @ models/moco_pass.yaml:76:7
%6408 = pow %3726, %6404 : f64[] @ models/moco_pass.yaml:76:7
%6409 = sub %3711, %6408 : f64[] @ models/moco_pass.yaml:76:7
%6410 = sqrt %6409 : f64[] @ models/moco_pass.yaml:76:7
%6411 = div %3711, %6410 : f64[] @ models/moco_pass.yaml:76:7
%6412 = sqrt %6403 : f32[24] @ models/moco_pass.yaml:76:7
%6413 = cast %6411 : f32[] @ models/moco_pass.yaml:76:7
%6414 = broadcast %6413 : f32[24] @ models/moco_pass.yaml:76:7
%6415 = mul %6412, %6414 : f32[24] @ models/moco_pass.yaml:76:7
%6416 = add %6415, %6249 : f32[24] @ models/moco_pass.yaml:76:7
%6417 = div %6399, %6416 : f32[24] @ models/moco_pass.yaml:76:7
%6418 = cast %6407 : f32[] @ models/moco_pass.yaml:76:7
%6419 = broadcast %6418 : f32[24] @ models/moco_pass.yaml:76:7
%6420 = mul %6417, %6419 : f32[24] @ models/moco_pass.yaml:76:7
%6421 = sub %6396, %6420 : f32[24] @ models/moco_pass.yaml:76:7
%6422 = assign %72, %6421 : f32[24] @ models/moco_pass.yaml:76:7
%6423 = assign %6392, %6399 : f32[24] @ models/moco_pass.yaml:76:7
%6424 = assign %6393, %6403 : f32[24] @ models/moco_pass.yaml:76:7
%6425 = assign %6394, %6395 : i64[] @ models/moco_pass.yaml:76:7
%6426 = mul %156, %6260 : f32[24] @ models/moco_pass.yaml:76:7
%6427 = mul %6421, %6262 : f32[24] @ models/moco_pass.yaml:76:7
%6428 = add %6426, %6427 : f32[24] @ models/moco_pass.yaml:76:7
%6429 = assign %156, %6428 : f32[24] @ models/moco_pass.yaml:76:7
%6430 = all_reduce_sum %2824 : f32[8,24] @ models/lib/nn.yaml:79:7
%6431 = state name="adam_m.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6432 = state name="adam_v.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6433 = state name="adam_t.projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6434 = add %6433, %3708 : i64[] @ models/lib/nn.yaml:79:7
%6435 = broadcast %3713 : f32[8,24] @ models/lib/nn.yaml:79:7
%6436 = mul %73, %6435 : f32[8,24] @ models/lib/nn.yaml:79:7
%6437 = broadcast %2357 : f32[8,24] @ models/lib/nn.yaml:79:7
%6438 = mul %6430, %6437 : f32[8,24] @ models/lib/nn.yaml:79:7
%6439 = broadcast %1627 : f32[8,24] @ models/lib/nn.yaml:79:7
%6440 = mul %6431, %6439 : f32[8,24] @ models/lib/nn.yaml:79:7
%6441 = add %6440, %6438 : f32[8,24] @ models/lib/nn.yaml:79:7
%6442 = mul %6430, %6430 : f32[8,24] @ models/lib/nn.yaml:79:7
%6443 = broadcast %3723 : f32[8,24] @ models/lib/nn.yaml:79:7
%6444 = mul %6442, %6443 : f32[8,24] @ models/lib/nn.yaml:79:7
%6445 = broadcast %3727 : f32[8,24] @ models/lib/nn.yaml:79:7
%6446 = mul %6432, %6445 : f32[8,24] @ models/lib/nn.yaml:79:7
%6447 = add %6446, %6444 : f32[8,24] @ models/lib/nn.yaml:79:7
%6448 = cast %6434 : f64[] @ models/lib/nn.yaml:79:7
%6449 = pow %3718, %6448 : f64[] @ models/lib/nn.yaml:79:7
%6450 = sub %3711, %6449 : f64[] @ models/lib/nn.yaml:79:7
%6451 = div %2354, %6450 : f64[] @ models/lib/nn.yaml:79:7
%6452 = pow %3726, %6448 : f64[] @ models/lib/nn.yaml:79:7
%6453 = sub %3711, %6452 : f64[] @ models/lib/nn.yaml:79:7
%6454 = sqrt %6453 : f64[] @ models/lib/nn.yaml:79:7
%6455 = div %3711, %6454 : f64[] @ models/lib/nn.yaml:79:7
%6456 = sqrt %6447 : f32[8,24] @ models/lib/nn.yaml:79:7
%6457 = cast %6455 : f32[] @ models/lib/nn.yaml:79:7
%6458 = broadcast %6457 : f32[8,24] @ models/lib/nn.yaml:79:7
%6459 = mul %6456, %6458 : f32[8,24] @ models/lib/nn.yaml:79:7
%6460 = broadcast %3743 : f32[8,24] @ models/lib/nn.yaml:79:7
%6461 = add %6459, %6460 : f32[8,24] @ models/lib/nn.yaml:79:7
%6462 = div %6441, %6461 : f32[8,24] @ models/lib/nn.yaml:79:7
%6463 = cast %6451 : f32[] @ models/lib/nn.yaml:79:7
%6464 = broadcast %6463 : f32[8,24] @ models/lib/nn.yaml:79:7
%6465 = mul %6462, %6464 : f32[8,24] @ models/lib/nn.yaml:79:7
%6466 = sub %6436, %6465 : f32[8,24] @ models/lib/nn.yaml:79:7
%6467 = assign %73, %6466 : f32[8,24] @ models/lib/nn.yaml:79:7
%6468 = assign %6431, %6441 : f32[8,24] @ models/lib/nn.yaml:79:7
%6469 = assign %6432, %6447 : f32[8,24] @ models/lib/nn.yaml:79:7
%6470 = assign %6433, %6434 : i64[] @ models/lib/nn.yaml:79:7
%6471 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%6472 = mul %157, %6471 : f32[8,24] @ models/lib/nn.yaml:79:7
%6473 = broadcast %3758 : f32[8,24] @ models/lib/nn.yaml:79:7
%6474 = mul %6466, %6473 : f32[8,24] @ models/lib/nn.yaml:79:7
%6475 = add %6472, %6474 : f32[8,24] @ models/lib/nn.yaml:79:7
%6476 = assign %157, %6475 : f32[8,24] @ models/lib/nn.yaml:79:7
%6477 = all_reduce_sum %2801 : f32[24,8] @ models/lib/nn.yaml:79:7
%6478 = state name="adam_m.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%6479 = state name="adam_v.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%6480 = state name="adam_t.predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6481 = add %6480, %3708 : i64[] @ models/lib/nn.yaml:79:7
%6482 = broadcast %3713 : f32[24,8] @ models/lib/nn.yaml:79:7
%6483 = mul %74, %6482 : f32[24,8] @ models/lib/nn.yaml:79:7
%6484 = broadcast %2357 : f32[24,8] @ models/lib/nn.yaml:79:7
%6485 = mul %6477, %6484 : f32[24,8] @ models/lib/nn.yaml:79:7
%6486 = broadcast %1627 : f32[24,8] @ models/lib/nn.yaml:79:7
%6487 = mul %6478, %6486 : f32[24,8] @ models/lib/nn.yaml:79:7
%6488 = add %6487, %6485 : f32[24,8] @ models/lib/nn.yaml:79:7
%6489 = mul %6477, %6477 : f32[24,8] @ models/lib/nn.yaml:79:7
%6490 = broadcast %3723 : f32[24,8] @ models/lib/nn.yaml:79:7
%6491 = mul %6489, %6490 : f32[24,8] @ models/lib/nn.yaml:79:7
%6492 = broadcast %3727 : f32[24,8] @ models/lib/nn.yaml:79:7
%6493 = mul %6479, %6492 : f32[24,8] @ models/lib/nn.yaml:79:7
%6494 = add %6493, %6491 : f32[24,8] @ models/lib/nn.yaml:79:7
%6495 = cast %6481 : f64[] @ models/lib/nn.yaml:79:7
%6496 = pow %3718, %6495 : f64[] @ models/lib/nn.yaml:79:7
%6497 = sub %3711, %6496 : f64[] @ models/lib/nn.yaml:79:7
%6498 = div %2354, %6497 : f64[] @ models/lib/nn.yaml:79:7
%6499 = pow %3726, %6495 : f64[] @ models/lib/nn.yaml:79:7
%6500 = sub %3711, %6499 : f64[] @ models/lib/nn.yaml:79:7
%6501 = sqrt %6500 : f64[] @ models/lib/nn.yaml:79:7
%6502 = div %3711, %6501 : f64[] @ models/lib/nn.yaml:79:7
%6503 = sqrt %6494 : f32[24,8] @ models/lib/nn.yaml:79:7
%6504 = cast %6502 : f32[] @ models/lib/nn.yaml:79:7
%6505 = broadcast %6504 : f32[24,8] @ models/lib/nn.yaml:79:7
%6506 = mul %6503, %6505 : f32[24,8] @ models/lib/nn.yaml:79:7
%6507 = broadcast %3743 : f32[24,8] @ models/lib/nn.yaml:79:7
%6508 = add %6506, %6507 : f32[24,8] @ models/lib/nn.yaml:79:7
%6509 = div %6488, %6508 : f32[24,8] @ models/lib/nn.yaml:79:7
%6510 = cast %6498 : f32[] @ models/lib/nn.yaml:79:7
%6511 = broadcast %6510 : f32[24,8] @ models/lib/nn.yaml:79:7
%6512 = mul %6509, %6511 : f32[24,8] @ models/lib/nn.yaml:79:7
%6513 = sub %6483, %6512 : f32[24,8] @ models/lib/nn.yaml:79:7
%6514 = assign %74, %6513 : f32[24,8] @ models/lib/nn.yaml:79:7
%6515 = assign %6478, %6488 : f32[24,8] @ models/lib/nn.yaml:79:7
%6516 = assign %6479, %6494 : f32[24,8] @ models/lib/nn.yaml:79:7
%6517 = assign %6480, %6481 : i64[] @ models/lib/nn.yaml:79:7
%6518 = broadcast %3 : f32[24,8] @ models/lib/nn.yaml:79:7
%6519 = mul %158, %6518 : f32[24,8] @ models/lib/nn.yaml:79:7
%6520 = broadcast %3758 : f32[24,8] @ models/lib/nn.yaml:79:7
%6521 = mul %6513, %6520 : f32[24,8] @ models/lib/nn.yaml:79:7
%6522 = add %6519, %6521 : f32[24,8] @ models/lib/nn.yaml:79:7
%6523 = assign %158, %6522 : f32[24,8] @ models/lib/nn.yaml:79:7
%6524 = all_reduce_sum %2777 : f32[24] @ models/moco_pass.yaml:75:7
%6525 = state name="adam_m.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6526 = state name="adam_v.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6527 = state name="adam_t.predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6528 = add %6527, %3708 : i64[] @ models/moco_pass.yaml:75:7
%6529 = mul %75, %6224 : f32[24] @ models/moco_pass.yaml:75:7
%6530 = mul %6524, %6226 : f32[24] @ models/moco_pass.yaml:75:7
%6531 = mul %6525, %6228 : f32[24] @ models/moco_pass.yaml:75:7
%6532 = add %6531, %6530 : f32[24] @ models/moco_pass.yaml:75:7
%6533 = mul %6524, %6524 : f32[24] @ models/moco_pass.yaml:75:7
%6534 = mul %6533, %6232 : f32[24] @ models/moco_pass.yaml:75:7
%6535 = mul %6526, %6234 : f32[24] @ models/moco_pass.yaml:75:7
%6536 = add %6535, %6534 : f32[24] @ models/moco_pass.yaml:75:7
%6537 = cast %6528 : f64[] @ models/moco_pass.yaml:75:7
%6538 = pow %3718, %6537 : f64[] @ models/moco_pass.yaml:75:7
%6539 = sub %3711, %6538 : f64[] @ models/moco_pass.yaml:75:7
%6540 = div %2354, %6539 : f64[] @ models/moco_pass.yaml:75:7
%6541 = pow %3726, %6537 : f64[] @ models/moco_pass.yaml:75:7
%6542 = sub %3711, %6541 : f64[] @ models/moco_pass.yaml:75:7
%6543 = sqrt %6542 : f64[] @ models/moco_pass.yaml:75:7
%6544 = div %3711, %6543 : f64[] @ models/moco_pass.yaml:75:7
%6545 = sqrt %6536 : f32[24] @ models/moco_pass.yaml:75:7
%6546 = cast %6544 : f32[] @ models/moco_pass.yaml:75:7
%6547 = broadcast %6546 : f32[24] @ models/moco_pass.yaml:75:7
%6548 = mul %6545, %6547 : f32[24] @ models/moco_pass.yaml:75:7
%6549 = add %6548, %6249 : f32[24] @ models/moco_pass.yaml:75:7
%6550 = div %6532, %6549 : f32[24] @ models/moco_pass.yaml:75:7
%6551 = cast %6540 : f32[] @ models/moco_pass.yaml:75:7
%6552 = broadcast %6551 : f32[24] @ models/moco_pass.yaml:75:7
%6553 = mul %6550, %6552 : f32[24] @ models/moco_pass.yaml:75:7
%6554 = sub %6529, %6553 : f32[24] @ models/moco_pass.yaml:75:7
%6555 = assign %75, %6554 : f32[24] @ models/moco_pass.yaml:75:7
%6556 = assign %6525, %6532 : f32[24] @ models/moco_pass.yaml:75:7
%6557 = assign %6526, %6536 : f32[24] @ models/moco_pass.yaml:75:7
%6558 = assign %6527, %6528 : i64[] @ models/moco_pass.yaml:75:7
%6559 = mul %159, %6260 : f32[24] @ models/moco_pass.yaml:75:7
%6560 = mul %6554, %6262 : f32[24] @ models/moco_pass.yaml:75:7
%6561 = add %6559, %6560 : f32[24] @ models/moco_pass.yaml:75:7
%6562 = assign %159, %6561 : f32[24] @ models/moco_pass.yaml:75:7
%6563 = all_reduce_sum %2773 : f32[24] @ models/moco_pass.yaml:76:7
%6564 = state name="adam_m.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6565 = state name="adam_v.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6566 = state name="adam_t.predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6567 = add %6566, %3708 : i64[] @ models/moco_pass.yaml:76:7
%6568 = mul %76, %6224 : f32[24] @ models/moco_pass.yaml:76:7
%6569 = mul %6563, %6226 : f32[24] @ models/moco_pass.yaml:76:7
%6570 = mul %6564, %6228 : f32[24] @ models/moco_pass.yaml:76:7
%6571 = add %6570, %6569 : f32[24] @ models/moco_pass.yaml:76:7
%6572 = mul %6563, %6563 : f32[24] @ models/moco_pass.yaml:76:7
%6573 = mul %6572, %6232 : f32[24] @ models/moco_pass.yaml:76:7
%6574 = mul %6565, %6234 : f32[24] @ models/moco_pass.yaml:76:7
%6575 = add %6574, %6573 : f32[24] @ models/moco_pass.yaml:76:7
%6576 = cast %6567 : f64[] @ models/moco_pass.yaml:76:7
%6577 = pow %3718, %6576 : f64[] @ models/moco_pass.yaml:76:7
%6578 = sub %3711, %6577 : f64[] @ models/moco_pass.yaml:76:7
%6579 = div %2354, %6578 : f64[] @ models/moco_pass.yaml:76:7
%6580 = pow %3726, %6576 : f64[] @ models/moco_pass.yaml:76:7
%6581 = sub %3711, %6580 : f64[] @ models/moco_pass.yaml:76:7
%6582 = sqrt %6581 : f64[] @ models/moco_pass.yaml:76:7
%6583 = div %3711, %6582 : f64[] @ models/moco_pass.yaml:76:7
%6584 = sqrt %6575 : f32[24] @ models/moco_pass.yaml:76:7
%6585 = cast %6583 : f32[] @ models/moco_pass.yaml:76:7
%6586 = broadcast %6585 : f32[24] @ models/moco_pass.yaml:76:7
%6587 = mul %6584, %6586 : f32[24] @ models/moco_pass.yaml:76:7
%6588 = add %6587, %6249 : f32[24] @ models/moco_pass.yaml:76:7
%6589 = div %6571, %6588 : f32[24] @ models/moco_pass.yaml:76:7
%6590 = cast %6579 : f32[] @ models/moco_pass.yaml:76:7
%6591 = broadcast %6590 : f32[24] @ models/moco_pass.yaml:76:7
%6592 = mul %6589, %6591 : f32[24] @ models/moco_pass.yaml:76:7
%6593 = sub %6568, %6592 : f32[24] @ models/moco_pass.yaml:76:7
%6594 = assign %76, %6593 : f32[24] @ models/moco_pass.yaml:76:7
%6595 = assign %6564, %6571 : f32[24] @ models/moco_pass.yaml:76:7
%6596 = assign %6565, %6575 : f32[24] @ models/moco_pass.yaml:76:7
%6597 = assign %6566, %6567 : i64[] @ models/moco_pass.yaml:76:7
%6598 = mul %160, %6260 : f32[24] @ models/moco_pass.yaml:76:7
%6599 = mul %6593, %6262 : f32[24] @ models/moco_pass.yaml:76:7
%6600 = add %6598, %6599 : f32[24] @ models/moco_pass.yaml:76:7
%6601 = assign %160, %6600 : f32[24] @ models/moco_pass.yaml:76:7
%6602 = all_reduce_sum %2765 : f32[8,24] @ models/lib/nn.yaml:79:7
%6603 = state name="adam_m.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6604 = state name="adam_v.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6605 = state name="adam_t.predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6606 = add %6605, %3708 : i64[] @ models/lib/nn.yaml:79:7
%6607 = mul %77, %6435 : f32[8,24] @ models/lib/nn.yaml:79:7
%6608 = mul %6602, %6437 : f32[8,24] @ models/lib/nn.yaml:79:7
%6609 = mul %6603, %6439 : f32[8,24] @ models/lib/nn.yaml:79:7
%6610 = add %6609, %6608 : f32[8,24] @ models/lib/nn.yaml:79:7
%6611 = mul %6602, %6602 : f32[8,24] @ models/lib/nn.yaml:79:7
%6612 = mul %6611, %6443 : f32[8,24] @ models/lib/nn.yaml:79:7
%6613 = mul %6604, %6445 : f32[8,24] @ models/lib/nn.yaml:79:7
%6614 = add %6613, %6612 : f32[8,24] @ models/lib/nn.yaml:79:7
%6615 = cast %6606 : f64[] @ models/lib/nn.yaml:79:7
%6616 = pow %3718, %6615 : f64[] @ models/lib/nn.yaml:79:7
%6617 = sub %3711, %6616 : f64[] @ models/lib/nn.yaml:79:7
%6618 = div %2354, %6617 : f64[] @ models/lib/nn.yaml:79:7
%6619 = pow %3726, %6615 : f64[] @ models/lib/nn.yaml:79:7
%6620 = sub %3711, %6619 : f64[] @ models/lib/nn.yaml:79:7
%6621 = sqrt %6620 : f64[] @ models/lib/nn.yaml:79:7
%6622 = div %3711, %6621 : f64[] @ models/lib/nn.yaml:79:7
%6623 = sqrt %6614 : f32[8,24] @ models/lib/nn.yaml:79:7
%6624 = cast %6622 : f32[] @ models/lib/nn.yaml:79:7
%6625 = broadcast %6624 : f32[8,24] @ models/lib/nn.yaml:79:7
%6626 = mul %6623, %6625 : f32[8,24] @ models/lib/nn.yaml:79:7
%6627 = add %6626, %6460 : f32[8,24] @ models/lib/nn.yaml:79:7
%6628 = div %6610, %6627 : f32[8,24] @ models/lib/nn.yaml:79:7
%6629 = cast %6618 : f32[] @ models/lib/nn.yaml:79:7
%6630 = broadcast %6629 : f32[8,24] @ models/lib/nn.yaml:79:7
%6631 = mul %6628, %6630 : f32[8,24] @ models/lib/nn.yaml:79:7
%6632 = sub %6607, %6631 : f32[8,24] @ models/lib/nn.yaml:79:7
%6633 = assign %77, %6632 : f32[8,24] @ models/lib/nn.yaml:79:7
%6634 = assign %6603, %6610 : f32[8,24] @ models/lib/nn.yaml:79:7
%6635 = assign %6604, %6614 : f32[8,24] @ models/lib/nn.yaml:79:7
%6636 = assign %6605, %6606 : i64[] @ models/lib/nn.yaml:79:7
%6637 = mul %161, %6471 : f32[8,24] @ models/lib/nn.yaml:79:7
%6638 = mul %6632, %6473 : f32[8,24] @ models/lib/nn.yaml:79:7
%6639 = add %6637, %6638 : f32[8,24] @ models/lib/nn.yaml:79:7
%6640 = assign %161, %6639 : f32[8,24] @ models/lib/nn.yaml:79:7
%6641 = all_reduce_sum %2740 : f32[12,16] @ models/lib/nn.yaml:79:7
%6642 = state name="adam_m.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%6643 = state name="adam_v.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%6644 = state name="adam_t.patch_projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6645 = add %6644, %3708 : i64[] @ models/lib/nn.yaml:79:7
%6646 = broadcast %3713 : f32[12,16] @ models/lib/nn.yaml:79:7
%6647 = mul %78, %6646 : f32[12,16] @ models/lib/nn.yaml:79:7
%6648 = broadcast %2357 : f32[12,16] @ models/lib/nn.yaml:79:7
%6649 = mul %6641, %6648 : f32[12,16] @ models/lib/nn.yaml:79:7
%6650 = broadcast %1627 : f32[12,16] @ models/lib/nn.yaml:79:7
%6651 = mul %6642, %6650 : f32[12,16] @ models/lib/nn.yaml:79:7
%6652 = add %6651, %6649 : f32[12,16] @ models/lib/nn.yaml:79:7
%6653 = mul %6641, %6641 : f32[12,16] @ models/lib/nn.yaml:79:7
%6654 = broadcast %3723 : f32[12,16] @ models/lib/nn.yaml:79:7
%6655 = mul %6653, %6654 : f32[12,16] @ models/lib/nn.yaml:79:7
%6656 = broadcast %3727 : f32[12,16] @ models/lib/nn.yaml:79:7
%6657 = mul %6643, %6656 : f32[12,16] @ models/lib/nn.yaml:79:7
%6658 = add %6657, %6655 : f32[12,16] @ models/lib/nn.yaml:79:7
%6659 = cast %6645 : f64[] @ models/lib/nn.yaml:79:7
%6660 = pow %3718, %6659 : f64[] @ models/lib/nn.yaml:79:7
%6661 = sub %3711, %6660 : f64[] @ models/lib/nn.yaml:79:7
%6662 = div %2354, %6661 : f64[] @ models/lib/nn.yaml:79:7
%6663 = pow %3726, %6659 : f64[] @ models/lib/nn.yaml:79:7
%6664 = sub %3711, %6663 : f64[] @ models/lib/nn.yaml:79:7
%6665 = sqrt %6664 : f64[] @ models/lib/nn.yaml:79:7
%6666 = div %3711, %6665 : f64[] @ models/lib/nn.yaml:79:7
%6667 = sqrt %6658 : f32[12,16] @ models/lib/nn.yaml:79:7
%6668 = cast %6666 : f32[] @ models/lib/nn.yaml:79:7
%6669 = broadcast %6668 : f32[12,16] @ models/lib/nn.yaml:79:7
%6670 = mul %6667, %6669 : f32[12,16] @ models/lib/nn.yaml:79:7
%6671 = broadcast %3743 : f32[12,16] @ models/lib/nn.yaml:79:7
%6672 = add %6670, %6671 : f32[12,16] @ models/lib/nn.yaml:79:7
%6673 = div %6652, %6672 : f32[12,16] @ models/lib/nn.yaml:79:7
%6674 = cast %6662 : f32[] @ models/lib/nn.yaml:79:7
%6675 = broadcast %6674 : f32[12,16] @ models/lib/nn.yaml:79:7
%6676 = mul %6673, %6675 : f32[12,16] @ models/lib/nn.yaml:79:7
%6677 = sub %6647, %6676 : f32[12,16] @ models/lib/nn.yaml:79:7
%6678 = assign %78, %6677 : f32[12,16] @ models/lib/nn.yaml:79:7
%6679 = assign %6642, %6652 : f32[12,16] @ models/lib/nn.yaml:79:7
%6680 = assign %6643, %6658 : f32[12,16] @ models/lib/nn.yaml:79:7
%6681 = assign %6644, %6645 : i64[] @ models/lib/nn.yaml:79:7
%6682 = broadcast %3 : f32[12,16] @ models/lib/nn.yaml:79:7
%6683 = mul %162, %6682 : f32[12,16] @ models/lib/nn.yaml:79:7
%6684 = broadcast %3758 : f32[12,16] @ models/lib/nn.yaml:79:7
%6685 = mul %6677, %6684 : f32[12,16] @ models/lib/nn.yaml:79:7
%6686 = add %6683, %6685 : f32[12,16] @ models/lib/nn.yaml:79:7
%6687 = assign %162, %6686 : f32[12,16] @ models/lib/nn.yaml:79:7
%6688 = all_reduce_sum %2712 : f32[12] @ models/moco_pass.yaml:75:7
%6689 = state name="adam_m.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6690 = state name="adam_v.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6691 = state name="adam_t.patch_projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6692 = add %6691, %3708 : i64[] @ models/moco_pass.yaml:75:7
%6693 = broadcast %3713 : f32[12] @ models/moco_pass.yaml:75:7
%6694 = mul %79, %6693 : f32[12] @ models/moco_pass.yaml:75:7
%6695 = broadcast %2357 : f32[12] @ models/moco_pass.yaml:75:7
%6696 = mul %6688, %6695 : f32[12] @ models/moco_pass.yaml:75:7
%6697 = broadcast %1627 : f32[12] @ models/moco_pass.yaml:75:7
%6698 = mul %6689, %6697 : f32[12] @ models/moco_pass.yaml:75:7
%6699 = add %6698, %6696 : f32[12] @ models/moco_pass.yaml:75:7
%6700 = mul %6688, %6688 : f32[12] @ models/moco_pass.yaml:75:7
%6701 = broadcast %3723 : f32[12] @ models/moco_pass.yaml:75:7
%6702 = mul %6700, %6701 : f32[12] @ models/moco_pass.yaml:75:7
%6703 = broadcast %3727 : f32[12] @ models/moco_pass.yaml:75:7
%6704 = mul %6690, %6703 : f32[12] @ models/moco_pass.yaml:75:7
%6705 = add %6704, %6702 : f32[12] @ models/moco_pass.yaml:75:7
%6706 = cast %6692 : f64[] @ models/moco_pass.yaml:75:7
%6707 = pow %3718, %6706 : f64[] @ models/moco_pass.yaml:75:7
%6708 = sub %3711, %6707 : f64[] @ models/moco_pass.yaml:75:7
%6709 = div %2354, %6708 : f64[] @ models/moco_pass.yaml:75:7
%6710 = pow %3726, %6706 : f64[] @ models/moco_pass.yaml:75:7
%6711 = sub %3711, %6710 : f64[] @ models/moco_pass.yaml:75:7
%6712 = sqrt %6711 : f64[] @ models/moco_pass.yaml:75:7
%6713 = div %3711, %6712 : f64[] @ models/moco_pass.yaml:75:7
%6714 = sqrt %6705 : f32[12] @ models/moco_pass.yaml:75:7
%6715 = cast %6713 : f32[] @ models/moco_pass.yaml:75:7
%6716 = broadcast %6715 : f32[12] @ models/moco_pass.yaml:75:7
%6717 = mul %6714, %6716 : f32[12] @ models/moco_pass.yaml:75:7
%6718 = broadcast %3743 : f32[12] @ models/moco_pass.yaml:75:7
%6719 = add %6717, %6718 : f32[12] @ models/moco_pass.yaml:75:7
%6720 = div %6699, %6719 : f32[12] @ models/moco_pass.yaml:75:7
%6721 = cast %6709 : f32[] @ models/moco_pass.yaml:75:7
%6722 = broadcast %6721 : f32[12] @ models/moco_pass.yaml:75:7
%6723 = mul %6720, %6722 : f32[12] @ models/moco_pass.yaml:75:7
%6724 = sub %6694, %6723 : f32[12] @ models/moco_pass.yaml:75:7
%6725 = assign %79, %6724 : f32[12] @ models/moco_pass.yaml:75:7
%6726 = assign %6689, %6699 : f32[12] @ models/moco_pass.yaml:75:7
%6727 = assign %6690, %6705 : f32[12] @ models/moco_pass.yaml:75:7
%6728 = assign %6691, %6692 : i64[] @ models/moco_pass.yaml:75:7
%6729 = broadcast %3 : f32[12] @ models/moco_pass.yaml:75:7
%6730 = mul %163, %6729 : f32[12] @ models/moco_pass.yaml:75:7
%6731 = broadcast %3758 : f32[12] @ models/moco_pass.yaml:75:7
%6732 = mul %6724, %6731 : f32[12] @ models/moco_pass.yaml:75:7
%6733 = add %6730, %6732 : f32[12] @ models/moco_pass.yaml:75:7
%6734 = assign %163, %6733 : f32[12] @ models/moco_pass.yaml:75:7
%6735 = all_reduce_sum %2709 : f32[12] @ models/moco_pass.yaml:76:7
%6736 = state name="adam_m.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6737 = state name="adam_v.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6738 = state name="adam_t.patch_projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6739 = add %6738, %3708 : i64[] @ models/moco_pass.yaml:76:7
%6740 = mul %80, %6693 : f32[12] @ models/moco_pass.yaml:76:7
%6741 = mul %6735, %6695 : f32[12] @ models/moco_pass.yaml:76:7
%6742 = mul %6736, %6697 : f32[12] @ models/moco_pass.yaml:76:7
%6743 = add %6742, %6741 : f32[12] @ models/moco_pass.yaml:76:7
%6744 = mul %6735, %6735 : f32[12] @ models/moco_pass.yaml:76:7
%6745 = mul %6744, %6701 : f32[12] @ models/moco_pass.yaml:76:7
%6746 = mul %6737, %6703 : f32[12] @ models/moco_pass.yaml:76:7
%6747 = add %6746, %6745 : f32[12] @ models/moco_pass.yaml:76:7
%6748 = cast %6739 : f64[] @ models/moco_pass.yaml:76:7
%6749 = pow %3718, %6748 : f64[] @ models/moco_pass.yaml:76:7
%6750 = sub %3711, %6749 : f64[] @ models/moco_pass.yaml:76:7
%6751 = div %2354, %6750 : f64[] @ models/moco_pass.yaml:76:7
%6752 = pow %3726, %6748 : f64[] @ models/moco_pass.yaml:76:7
%6753 = sub %3711, %6752 : f64[] @ models/moco_pass.yaml:76:7
%6754 = sqrt %6753 : f64[] @ models/moco_pass.yaml:76:7
%6755 = div %3711, %6754 : f64[] @ models/moco_pass.yaml:76:7
%6756 = sqrt %6747 : f32[12] @ models/moco_pass.yaml:76:7
%6757 = cast %6755 : f32[] @ models/moco_pass.yaml:76:7
%6758 = broadcast %6757 : f32[12] @ models/moco_pass.yaml:76:7
%6759 = mul %6756, %6758 : f32[12] @ models/moco_pass.yaml:76:7
%6760 = add %6759, %6718 : f32[12] @ models/moco_pass.yaml:76:7
%6761 = div %6743, %6760 : f32[12] @ models/moco_pass.yaml:76:7
%6762 = cast %6751 : f32[] @ models/moco_pass.yaml:76:7
%6763 = broadcast %6762 : f32[12] @ models/moco_pass.yaml:76:7
%6764 = mul %6761, %6763 : f32[12] @ models/moco_pass.yaml:76:7
%6765 = sub %6740, %6764 : f32[12] @ models/moco_pass.yaml:76:7
%6766 = assign %80, %6765 : f32[12] @ models/moco_pass.yaml:76:7
%6767 = assign %6736, %6743 : f32[12] @ models/moco_pass.yaml:76:7
%6768 = assign %6737, %6747 : f32[12] @ models/moco_pass.yaml:76:7
%6769 = assign %6738, %6739 : i64[] @ models/moco_pass.yaml:76:7
%6770 = mul %164, %6729 : f32[12] @ models/moco_pass.yaml:76:7
%6771 = mul %6765, %6731 : f32[12] @ models/moco_pass.yaml:76:7
%6772 = add %6770, %6771 : f32[12] @ models/moco_pass.yaml:76:7
%6773 = assign %164, %6772 : f32[12] @ models/moco_pass.yaml:76:7
%6774 = all_reduce_sum %2698 : f32[12,12] @ models/lib/nn.yaml:79:7
%6775 = state name="adam_m.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%6776 = state name="adam_v.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%6777 = state name="adam_t.patch_projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6778 = add %6777, %3708 : i64[] @ models/lib/nn.yaml:79:7
%6779 = broadcast %3713 : f32[12,12] @ models/lib/nn.yaml:79:7
%6780 = mul %81, %6779 : f32[12,12] @ models/lib/nn.yaml:79:7
%6781 = broadcast %2357 : f32[12,12] @ models/lib/nn.yaml:79:7
%6782 = mul %6774, %6781 : f32[12,12] @ models/lib/nn.yaml:79:7
%6783 = broadcast %1627 : f32[12,12] @ models/lib/nn.yaml:79:7
%6784 = mul %6775, %6783 : f32[12,12] @ models/lib/nn.yaml:79:7
%6785 = add %6784, %6782 : f32[12,12] @ models/lib/nn.yaml:79:7
%6786 = mul %6774, %6774 : f32[12,12] @ models/lib/nn.yaml:79:7
%6787 = broadcast %3723 : f32[12,12] @ models/lib/nn.yaml:79:7
%6788 = mul %6786, %6787 : f32[12,12] @ models/lib/nn.yaml:79:7
%6789 = broadcast %3727 : f32[12,12] @ models/lib/nn.yaml:79:7
%6790 = mul %6776, %6789 : f32[12,12] @ models/lib/nn.yaml:79:7
%6791 = add %6790, %6788 : f32[12,12] @ models/lib/nn.yaml:79:7
%6792 = cast %6778 : f64[] @ models/lib/nn.yaml:79:7
%6793 = pow %3718, %6792 : f64[] @ models/lib/nn.yaml:79:7
%6794 = sub %3711, %6793 : f64[] @ models/lib/nn.yaml:79:7
%6795 = div %2354, %6794 : f64[] @ models/lib/nn.yaml:79:7
%6796 = pow %3726, %6792 : f64[] @ models/lib/nn.yaml:79:7
%6797 = sub %3711, %6796 : f64[] @ models/lib/nn.yaml:79:7
%6798 = sqrt %6797 : f64[] @ models/lib/nn.yaml:79:7
%6799 = div %3711, %6798 : f64[] @ models/lib/nn.yaml:79:7
%6800 = sqrt %6791 : f32[12,12] @ models/lib/nn.yaml:79:7
%6801 = cast %6799 : f32[] @ models/lib/nn.yaml:79:7
%6802 = broadcast %6801 : f32[12,12] @ models/lib/nn.yaml:79:7
%6803 = mul %6800, %6802 : f32[12,12] @ models/lib/nn.yaml:79:7
%6804 = broadcast %3743 : f32[12,12] @ models/lib/nn.yaml:79:7
%6805 = add %6803, %6804 : f32[12,12] @ models/lib/nn.yaml:79:7
%6806 = div %6785, %6805 : f32[12,12] @ models/lib/nn.yaml:79:7
%6807 = cast %6795 : f32[] @ models/lib/nn.yaml:79:7
%6808 = broadcast %6807 : f32[12,12] @ models/lib/nn.yaml:79:7
%6809 = mul %6806, %6808 : f32[12,12] @ models/lib/nn.yaml:79:7
%6810 = sub %6780, %6809 : f32[12,12] @ models/lib/nn.yaml:79:7
%6811 = assign %81, %6810 : f32[12,12] @ models/lib/nn.yaml:79:7
%6812 = assign %6775, %6785 : f32[12,12] @ models/lib/nn.yaml:79:7
%6813 = assign %6776, %6791 : f32[12,12] @ models/lib/nn.yaml:79:7
%6814 = assign %6777, %6778 : i64[] @ models/lib/nn.yaml:79:7
%6815 = broadcast %3 : f32[12,12] @ models/lib/nn.yaml:79:7
%6816 = mul %165, %6815 : f32[12,12] @ models/lib/nn.yaml:79:7
%6817 = broadcast %3758 : f32[12,12] @ models/lib/nn.yaml:79:7
%6818 = mul %6810, %6817 : f32[12,12] @ models/lib/nn.yaml:79:7
%6819 = add %6816, %6818 : f32[12,12] @ models/lib/nn.yaml:79:7
%6820 = assign %165, %6819 : f32[12,12] @ models/lib/nn.yaml:79:7
%6821 = all_reduce_sum %2670 : f32[12] @ models/moco_pass.yaml:75:7
%6822 = state name="adam_m.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6823 = state name="adam_v.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6824 = state name="adam_t.patch_projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6825 = add %6824, %3708 : i64[] @ models/moco_pass.yaml:75:7
%6826 = mul %82, %6693 : f32[12] @ models/moco_pass.yaml:75:7
%6827 = mul %6821, %6695 : f32[12] @ models/moco_pass.yaml:75:7
%6828 = mul %6822, %6697 : f32[12] @ models/moco_pass.yaml:75:7
%6829 = add %6828, %6827 : f32[12] @ models/moco_pass.yaml:75:7
%6830 = mul %6821, %6821 : f32[12] @ models/moco_pass.yaml:75:7
%6831 = mul %6830, %6701 : f32[12] @ models/moco_pass.yaml:75:7
%6832 = mul %6823, %6703 : f32[12] @ models/moco_pass.yaml:75:7
%6833 = add %6832, %6831 : f32[12] @ models/moco_pass.yaml:75:7
%6834 = cast %6825 : f64[] @ models/moco_pass.yaml:75:7
%6835 = pow %3718, %6834 : f64[] @ models/moco_pass.yaml:75:7
%6836 = sub %3711, %6835 : f64[] @ models/moco_pass.yaml:75:7
%6837 = div %2354, %6836 : f64[] @ models/moco_pass.yaml:75:7
%6838 = pow %3726, %6834 : f64[] @ models/moco_pass.yaml:75:7
%6839 = sub %3711, %6838 : f64[] @ models/moco_pass.yaml:75:7
%6840 = sqrt %6839 : f64[] @ models/moco_pass.yaml:75:7
%6841 = div %3711, %6840 : f64[] @ models/moco_pass.yaml:75:7
%6842 = sqrt %6833 : f32[12] @ models/moco_pass.yaml:75:7
%6843 = cast %6841 : f32[] @ models/moco_pass.yaml:75:7
%6844 = broadcast %6843 : f32[12] @ models/moco_pass.yaml:75:7
%6845 = mul %6842, %6844 : f32[12] @ models/moco_pass.yaml:75:7
%6846 = add %6845, %6718 : f32[12] @ models/moco_pass.yaml:75:7
%6847 = div %6829, %6846 : f32[12] @ models/moco_pass.yaml:75:7
%6848 = cast %6837 : f32[] @ models/moco_pass.yaml:75:7
%6849 = broadcast %6848 : f32[12] @ models/moco_pass.yaml:75:7
%6850 = mul %6847, %6849 : f32[12] @ models/moco_pass.yaml:75:7
%6851 = sub %6826, %6850 : f32[12] @ models/moco_pass.yaml:75:7
%6852 = assign %82, %6851 : f32[12] @ models/moco_pass.yaml:75:7
%6853 = assign %6822, %6829 : f32[12] @ models/moco_pass.yaml:75:7
%6854 = assign %6823, %6833 : f32[12] @ models/moco_pass.yaml:75:7
%6855 = assign %6824, %6825 : i64[] @ models/moco_pass.yaml:75:7
%6856 = mul %166, %6729 : f32[12] @ models/moco_pass.yaml:75:7
%6857 = mul %6851, %6731 : f32[12] @ models/moco_pass.yaml:75:7
%6858 = add %6856, %6857 : f32[12] @ models/moco_pass.yaml:75:7
%6859 = assign %166, %6858 : f32[12] @ models/moco_pass.yaml:75:7
%6860 = all_reduce_sum %2667 : f32[12] @ models/moco_pass.yaml:76:7
%6861 = state name="adam_m.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6862 = state name="adam_v.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6863 = state name="adam_t.patch_projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6864 = add %6863, %3708 : i64[] @ models/moco_pass.yaml:76:7
%6865 = mul %83, %6693 : f32[12] @ models/moco_pass.yaml:76:7
%6866 = mul %6860, %6695 : f32[12] @ models/moco_pass.yaml:76:7
%6867 = mul %6861, %6697 : f32[12] @ models/moco_pass.yaml:76:7
%6868 = add %6867, %6866 : f32[12] @ models/moco_pass.yaml:76:7
%6869 = mul %6860, %6860 : f32[12] @ models/moco_pass.yaml:76:7
%6870 = mul %6869, %6701 : f32[12] @ models/moco_pass.yaml:76:7
%6871 = mul %6862, %6703 : f32[12] @ models/moco_pass.yaml:76:7
%6872 = add %6871, %6870 : f32[12] @ models/moco_pass.yaml:76:7
%6873 = cast %6864 : f64[] @ models/moco_pass.yaml:76:7
%6874 = pow %3718, %6873 : f64[] @ models/moco_pass.yaml:76:7
%6875 = sub %3711, %6874 : f64[] @ models/moco_pass.yaml:76:7
%6876 = div %2354, %6875 : f64[] @ models/moco_pass.yaml:76:7
%6877 = pow %3726, %6873 : f64[] @ models/moco_pass.yaml:76:7
%6878 = sub %3711, %6877 : f64[] @ models/moco_pass.yaml:76:7
%6879 = sqrt %6878 : f64[] @ models/moco_pass.yaml:76:7
%6880 = div %3711, %6879 : f64[] @ models/moco_pass.yaml:76:7
%6881 = sqrt %6872 : f32[12] @ models/moco_pass.yaml:76:7
%6882 = cast %6880 : f32[] @ models/moco_pass.yaml:76:7
%6883 = broadcast %6882 : f32[12] @ models/moco_pass.yaml:76:7
%6884 = mul %6881, %6883 : f32[12] @ models/moco_pass.yaml:76:7
%6885 = add %6884, %6718 : f32[12] @ models/moco_pass.yaml:76:7
%6886 = div %6868, %6885 : f32[12] @ models/moco_pass.yaml:76:7
%6887 = cast %6876 : f32[] @ models/moco_pass.yaml:76:7
%6888 = broadcast %6887 : f32[12] @ models/moco_pass.yaml:76:7
%6889 = mul %6886, %6888 : f32[12] @ models/moco_pass.yaml:76:7
%6890 = sub %6865, %6889 : f32[12] @ models/moco_pass.yaml:76:7
%6891 = assign %83, %6890 : f32[12] @ models/moco_pass.yaml:76:7
%6892 = assign %6861, %6868 : f32[12] @ models/moco_pass.yaml:76:7
%6893 = assign %6862, %6872 : f32[12] @ models/moco_pass.yaml:76:7
%6894 = assign %6863, %6864 : i64[] @ models/moco_pass.yaml:76:7
%6895 = mul %167, %6729 : f32[12] @ models/moco_pass.yaml:76:7
%6896 = mul %6890, %6731 : f32[12] @ models/moco_pass.yaml:76:7
%6897 = add %6895, %6896 : f32[12] @ models/moco_pass.yaml:76:7
%6898 = assign %167, %6897 : f32[12] @ models/moco_pass.yaml:76:7
%6899 = all_reduce_sum %2656 : f32[6,12] @ models/lib/nn.yaml:79:7
%6900 = state name="adam_m.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6901 = state name="adam_v.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6902 = state name="adam_t.patch_projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6903 = add %6902, %3708 : i64[] @ models/lib/nn.yaml:79:7
%6904 = broadcast %3713 : f32[6,12] @ models/lib/nn.yaml:79:7
%6905 = mul %84, %6904 : f32[6,12] @ models/lib/nn.yaml:79:7
%6906 = broadcast %2357 : f32[6,12] @ models/lib/nn.yaml:79:7
%6907 = mul %6899, %6906 : f32[6,12] @ models/lib/nn.yaml:79:7
%6908 = broadcast %1627 : f32[6,12] @ models/lib/nn.yaml:79:7
%6909 = mul %6900, %6908 : f32[6,12] @ models/lib/nn.yaml:79:7
%6910 = add %6909, %6907 : f32[6,12] @ models/lib/nn.yaml:79:7
%6911 = mul %6899, %6899 : f32[6,12] @ models/lib/nn.yaml:79:7
%6912 = broadcast %3723 : f32[6,12] @ models/lib/nn.yaml:79:7
%6913 = mul %6911, %6912 : f32[6,12] @ models/lib/nn.yaml:79:7
%6914 = broadcast %3727 : f32[6,12] @ models/lib/nn.yaml:79:7
%6915 = mul %6901, %6914 : f32[6,12] @ models/lib/nn.yaml:79:7
%6916 = add %6915, %6913 : f32[6,12] @ models/lib/nn.yaml:79:7
%6917 = cast %6903 : f64[] @ models/lib/nn.yaml:79:7
%6918 = pow %3718, %6917 : f64[] @ models/lib/nn.yaml:79:7
%6919 = sub %3711, %6918 : f64[] @ models/lib/nn.yaml:79:7
%6920 = div %2354, %6919 : f64[] @ models/lib/nn.yaml:79:7
%6921 = pow %3726, %6917 : f64[] @ models/lib/nn.yaml:79:7
%6922 = sub %3711, %6921 : f64[] @ models/lib/nn.yaml:79:7
%6923 = sqrt %6922 : f64[] @ models/lib/nn.yaml:79:7
%6924 = div %3711, %6923 : f64[] @ models/lib/nn.yaml:79:7
%6925 = sqrt %6916 : f32[6,12] @ models/lib/nn.yaml:79:7
%6926 = cast %6924 : f32[] @ models/lib/nn.yaml:79:7
%6927 = broadcast %6926 : f32[6,12] @ models/lib/nn.yaml:79:7
%6928 = mul %6925, %6927 : f32[6,12] @ models/lib/nn.yaml:79:7
%6929 = broadcast %3743 : f32[6,12] @ models/lib/nn.yaml:79:7
%6930 = add %6928, %6929 : f32[6,12] @ models/lib/nn.yaml:79:7
%6931 = div %6910, %6930 : f32[6,12] @ models/lib/nn.yaml:79:7
%6932 = cast %6920 : f32[] @ models/lib/nn.yaml:79:7
%6933 = broadcast %6932 : f32[6,12] @ models/lib/nn.yaml:79:7
%6934 = mul %6931, %6933 : f32[6,12] @ models/lib/nn.yaml:79:7
%6935 = sub %6905, %6934 : f32[6,12] @ models/lib/nn.yaml:79:7
%6936 = assign %84, %6935 : f32[6,12] @ models/lib/nn.yaml:79:7
%6937 = assign %6900, %6910 : f32[6,12] @ models/lib/nn.yaml:79:7
%6938 = assign %6901, %6916 : f32[6,12] @ models/lib/nn.yaml:79:7
%6939 = assign %6902, %6903 : i64[] @ models/lib/nn.yaml:79:7
%6940 = broadcast %3 : f32[6,12] @ models/lib/nn.yaml:79:7
%6941 = mul %168, %6940 : f32[6,12] @ models/lib/nn.yaml:79:7
%6942 = broadcast %3758 : f32[6,12] @ models/lib/nn.yaml:79:7
%6943 = mul %6935, %6942 : f32[6,12] @ models/lib/nn.yaml:79:7
%6944 = add %6941, %6943 : f32[6,12] @ models/lib/nn.yaml:79:7
%6945 = assign %168, %6944 : f32[6,12] @ models/lib/nn.yaml:79:7
%6946 = all_reduce_sum %2633 : f32[12,6] @ models/lib/nn.yaml:79:7
%6947 = state name="adam_m.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%6948 = state name="adam_v.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%6949 = state name="adam_t.patch_predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6950 = add %6949, %3708 : i64[] @ models/lib/nn.yaml:79:7
%6951 = broadcast %3713 : f32[12,6] @ models/lib/nn.yaml:79:7
%6952 = mul %85, %6951 : f32[12,6] @ models/lib/nn.yaml:79:7
%6953 = broadcast %2357 : f32[12,6] @ models/lib/nn.yaml:79:7
%6954 = mul %6946, %6953 : f32[12,6] @ models/lib/nn.yaml:79:7
%6955 = broadcast %1627 : f32[12,6] @ models/lib/nn.yaml:79:7
%6956 = mul %6947, %6955 : f32[12,6] @ models/lib/nn.yaml:79:7
%6957 = add %6956, %6954 : f32[12,6] @ models/lib/nn.yaml:79:7
%6958 = mul %6946, %6946 : f32[12,6] @ models/lib/nn.yaml:79:7
%6959 = broadcast %3723 : f32[12,6] @ models/lib/nn.yaml:79:7
%6960 = mul %6958, %6959 : f32[12,6] @ models/lib/nn.yaml:79:7
%6961 = broadcast %3727 : f32[12,6] @ models/lib/nn.yaml:79:7
%6962 = mul %6948, %6961 : f32[12,6] @ models/lib/nn.yaml:79:7
%6963 = add %6962, %6960 : f32[12,6] @ models/lib/nn.yaml:79:7
%6964 = cast %6950 : f64[] @ models/lib/nn.yaml:79:7
%6965 = pow %3718, %6964 : f64[] @ models/lib/nn.yaml:79:7
%6966 = sub %3711, %6965 : f64[] @ models/lib/nn.yaml:79:7
%6967 = div %2354, %6966 : f64[] @ models/lib/nn.yaml:79:7
%6968 = pow %3726, %6964 : f64[] @ models/lib/nn.yaml:79:7
%6969 = sub %3711, %6968 : f64[] @ models/lib/nn.yaml:79:7
%6970 = sqrt %6969 : f64[] @ models/lib/nn.yaml:79:7
%6971 = div %3711, %6970 : f64[] @ models/lib/nn.yaml:79:7
%6972 = sqrt %6963 : f32[12,6] @ models/lib/nn.yaml:79:7
%6973 = cast %6971 : f32[] @ models/lib/nn.yaml:79:7
%6974 = broadcast %6973 : f32[12,6] @ models/lib/nn.yaml:79:7
%6975 = mul %6972, %6974 : f32[12,6] @ models/lib/nn.yaml:79:7
%6976 = broadcast %3743 : f32[12,6] @ models/lib/nn.yaml:79:7
%6977 = add %6975, %6976 : f32[12,6] @ models/lib/nn.yaml:79:7
%6978 = div %6957, %6977 : f32[12,6] @ models/lib/nn.yaml:79:7
%6979 = cast %6967 : f32[] @ models/lib/nn.yaml:79:7
%6980 = broadcast %6979 : f32[12,6] @ models/lib/nn.yaml:79:7
%6981 = mul %6978, %6980 : f32[12,6] @ models/lib/nn.yaml:79:7
%6982 = sub %6952, %6981 : f32[12,6] @ models/lib/nn.yaml:79:7
%6983 = assign %85, %6982 : f32[12,6] @ models/lib/nn.yaml:79:7
%6984 = assign %6947, %6957 : f32[12,6] @ models/lib/nn.yaml:79:7
%6985 = assign %6948, %6963 : f32[12,6] @ models/lib/nn.yaml:79:7
%6986 = assign %6949, %6950 : i64[] @ models/lib/nn.yaml:79:7
%6987 = broadcast %3 : f32[12,6] @ models/lib/nn.yaml:79:7
%6988 = mul %169, %6987 : f32[12,6] @ models/lib/nn.yaml:79:7
%6989 = broadcast %3758 : f32[12,6] @ models/lib/nn.yaml:79:7
%6990 = mul %6982, %6989 : f32[12,6] @ models/lib/nn.yaml:79:7
%6991 = add %6988, %6990 : f32[12,6] @ models/lib/nn.yaml:79:7
%6992 = assign %169, %6991 : f32[12,6] @ models/lib/nn.yaml:79:7
%6993 = all_reduce_sum %2604 : f32[12] @ models/moco_pass.yaml:75:7
%6994 = state name="adam_m.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6995 = state name="adam_v.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6996 = state name="adam_t.patch_predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6997 = add %6996, %3708 : i64[] @ models/moco_pass.yaml:75:7
%6998 = mul %86, %6693 : f32[12] @ models/moco_pass.yaml:75:7
%6999 = mul %6993, %6695 : f32[12] @ models/moco_pass.yaml:75:7
%7000 = mul %6994, %6697 : f32[12] @ models/moco_pass.yaml:75:7
%7001 = add %7000, %6999 : f32[12] @ models/moco_pass.yaml:75:7
%7002 = mul %6993, %6993 : f32[12] @ models/moco_pass.yaml:75:7
%7003 = mul %7002, %6701 : f32[12] @ models/moco_pass.yaml:75:7
%7004 = mul %6995, %6703 : f32[12] @ models/moco_pass.yaml:75:7
%7005 = add %7004, %7003 : f32[12] @ models/moco_pass.yaml:75:7
%7006 = cast %6997 : f64[] @ models/moco_pass.yaml:75:7
%7007 = pow %3718, %7006 : f64[] @ models/moco_pass.yaml:75:7
%7008 = sub %3711, %7007 : f64[] @ models/moco_pass.yaml:75:7
%7009 = div %2354, %7008 : f64[] @ models/moco_pass.yaml:75:7
%7010 = pow %3726, %7006 : f64[] @ models/moco_pass.yaml:75:7
%7011 = sub %3711, %7010 : f64[] @ models/moco_pass.yaml:75:7
%7012 = sqrt %7011 : f64[] @ models/moco_pass.yaml:75:7
%7013 = div %3711, %7012 : f64[] @ models/moco_pass.yaml:75:7
%7014 = sqrt %7005 : f32[12] @ models/moco_pass.yaml:75:7
%7015 = cast %7013 : f32[] @ models/moco_pass.yaml:75:7
%7016 = broadcast %7015 : f32[12] @ models/moco_pass.yaml:75:7
%7017 = mul %7014, %7016 : f32[12] @ models/moco_pass.yaml:75:7
%7018 = add %7017, %6718 : f32[12] @ models/moco_pass.yaml:75:7
%7019 = div %7001, %7018 : f32[12] @ models/moco_pass.yaml:75:7
%7020 = cast %7009 : f32[] @ models/moco_pass.yaml:75:7
%7021 = broadcast %7020 : f32[12] @ models/moco_pass.yaml:75:7
%7022 = mul %7019, %7021 : f32[12] @ models/moco_pass.yaml:75:7
%7023 = sub %6998, %7022 : f32[12] @ models/moco_pass.yaml:75:7
%7024 = assign %86, %7023 : f32[12] @ models/moco_pass.yaml:75:7
%7025 = assign %6994, %7001 : f32[12] @ models/moco_pass.yaml:75:7
%7026 = assign %6995, %7005 : f32[12] @ models/moco_pass.yaml:75:7
%7027 = assign %6996, %6997 : i64[] @ models/moco_pass.yaml:75:7
%7028 = mul %170, %6729 : f32[12] @ models/moco_pass.yaml:75:7
%7029 = mul %7023, %6731 : f32[12] @ models/moco_pass.yaml:75:7
%7030 = add %7028, %7029 : f32[12] @ models/moco_pass.yaml:75:7
%7031 = assign %170, %7030 : f32[12] @ models/moco_pass.yaml:75:7
%7032 = all_reduce_sum %2601 : f32[12] @ models/moco_pass.yaml:76:7
%7033 = state name="adam_m.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%7034 = state name="adam_v.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%7035 = state name="adam_t.patch_predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%7036 = add %7035, %3708 : i64[] @ models/moco_pass.yaml:76:7
%7037 = mul %87, %6693 : f32[12] @ models/moco_pass.yaml:76:7
%7038 = mul %7032, %6695 : f32[12] @ models/moco_pass.yaml:76:7
%7039 = mul %7033, %6697 : f32[12] @ models/moco_pass.yaml:76:7
%7040 = add %7039, %7038 : f32[12] @ models/moco_pass.yaml:76:7
%7041 = mul %7032, %7032 : f32[12] @ models/moco_pass.yaml:76:7
%7042 = mul %7041, %6701 : f32[12] @ models/moco_pass.yaml:76:7
%7043 = mul %7034, %6703 : f32[12] @ models/moco_pass.yaml:76:7
%7044 = add %7043, %7042 : f32[12] @ models/moco_pass.yaml:76:7
%7045 = cast %7036 : f64[] @ models/moco_pass.yaml:76:7
%7046 = pow %3718, %7045 : f64[] @ models/moco_pass.yaml:76:7
%7047 = sub %3711, %7046 : f64[] @ models/moco_pass.yaml:76:7
%7048 = div %2354, %7047 : f64[] @ models/moco_pass.yaml:76:7
%7049 = pow %3726, %7045 : f64[] @ models/moco_pass.yaml:76:7
%7050 = sub %3711, %7049 : f64[] @ models/moco_pass.yaml:76:7
%7051 = sqrt %7050 : f64[] @ models/moco_pass.yaml:76:7
%7052 = div %3711, %7051 : f64[] @ models/moco_pass.yaml:76:7
%7053 = sqrt %7044 : f32[12] @ models/moco_pass.yaml:76:7
%7054 = cast %7052 : f32[] @ models/moco_pass.yaml:76:7
%7055 = broadcast %7054 : f32[12] @ models/moco_pass.yaml:76:7
%7056 = mul %7053, %7055 : f32[12] @ models/moco_pass.yaml:76:7
%7057 = add %7056, %6718 : f32[12] @ models/moco_pass.yaml:76:7
%7058 = div %7040, %7057 : f32[12] @ models/moco_pass.yaml:76:7
%7059 = cast %7048 : f32[] @ models/moco_pass.yaml:76:7
%7060 = broadcast %7059 : f32[12] @ models/moco_pass.yaml:76:7
%7061 = mul %7058, %7060 : f32[12] @ models/moco_pass.yaml:76:7
%7062 = sub %7037, %7061 : f32[12] @ models/moco_pass.yaml:76:7
%7063 = assign %87, %7062 : f32[12] @ models/moco_pass.yaml:76:7
%7064 = assign %7033, %7040 : f32[12] @ models/moco_pass.yaml:76:7
%7065 = assign %7034, %7044 : f32[12] @ models/moco_pass.yaml:76:7
%7066 = assign %7035, %7036 : i64[] @ models/moco_pass.yaml:76:7
%7067 = mul %171, %6729 : f32[12] @ models/moco_pass.yaml:76:7
%7068 = mul %7062, %6731 : f32[12] @ models/moco_pass.yaml:76:7
%7069 = add %7067, %7068 : f32[12] @ models/moco_pass.yaml:76:7
%7070 = assign %171, %7069 : f32[12] @ models/moco_pass.yaml:76:7
%7071 = all_reduce_sum %2588 : f32[6,12] @ models/lib/nn.yaml:79:7
%7072 = state name="adam_m.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%7073 = state name="adam_v.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%7074 = state name="adam_t.patch_predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7075 = add %7074, %3708 : i64[] @ models/lib/nn.yaml:79:7
%7076 = mul %88, %6904 : f32[6,12] @ models/lib/nn.yaml:79:7
%7077 = mul %7071, %6906 : f32[6,12] @ models/lib/nn.yaml:79:7
%7078 = mul %7072, %6908 : f32[6,12] @ models/lib/nn.yaml:79:7
%7079 = add %7078, %7077 : f32[6,12] @ models/lib/nn.yaml:79:7
%7080 = mul %7071, %7071 : f32[6,12] @ models/lib/nn.yaml:79:7
%7081 = mul %7080, %6912 : f32[6,12] @ models/lib/nn.yaml:79:7
%7082 = mul %7073, %6914 : f32[6,12] @ models/lib/nn.yaml:79:7
%7083 = add %7082, %7081 : f32[6,12] @ models/lib/nn.yaml:79:7
%7084 = cast %7075 : f64[] @ models/lib/nn.yaml:79:7
%7085 = pow %3718, %7084 : f64[] @ models/lib/nn.yaml:79:7
%7086 = sub %3711, %7085 : f64[] @ models/lib/nn.yaml:79:7
%7087 = div %2354, %7086 : f64[] @ models/lib/nn.yaml:79:7
%7088 = pow %3726, %7084 : f64[] @ models/lib/nn.yaml:79:7
%7089 = sub %3711, %7088 : f64[] @ models/lib/nn.yaml:79:7
%7090 = sqrt %7089 : f64[] @ models/lib/nn.yaml:79:7
%7091 = div %3711, %7090 : f64[] @ models/lib/nn.yaml:79:7
%7092 = sqrt %7083 : f32[6,12] @ models/lib/nn.yaml:79:7
%7093 = cast %7091 : f32[] @ models/lib/nn.yaml:79:7
%7094 = broadcast %7093 : f32[6,12] @ models/lib/nn.yaml:79:7
%7095 = mul %7092, %7094 : f32[6,12] @ models/lib/nn.yaml:79:7
%7096 = add %7095, %6929 : f32[6,12] @ models/lib/nn.yaml:79:7
%7097 = div %7079, %7096 : f32[6,12] @ models/lib/nn.yaml:79:7
%7098 = cast %7087 : f32[] @ models/lib/nn.yaml:79:7
%7099 = broadcast %7098 : f32[6,12] @ models/lib/nn.yaml:79:7
%7100 = mul %7097, %7099 : f32[6,12] @ models/lib/nn.yaml:79:7
%7101 = sub %7076, %7100 : f32[6,12] @ models/lib/nn.yaml:79:7
%7102 = assign %88, %7101 : f32[6,12] @ models/lib/nn.yaml:79:7
%7103 = assign %7072, %7079 : f32[6,12] @ models/lib/nn.yaml:79:7
%7104 = assign %7073, %7083 : f32[6,12] @ models/lib/nn.yaml:79:7
%7105 = assign %7074, %7075 : i64[] @ models/lib/nn.yaml:79:7
%7106 = mul %172, %6940 : f32[6,12] @ models/lib/nn.yaml:79:7
%7107 = mul %7101, %6942 : f32[6,12] @ models/lib/nn.yaml:79:7
%7108 = add %7106, %7107 : f32[6,12] @ models/lib/nn.yaml:79:7
%7109 = assign %172, %7108 : f32[6,12] @ models/lib/nn.yaml:79:7
%7110 = const data=[inf] : f32[] @ models/moco_pass.yaml:170:3
%7111 = abs %2352 : f32[] @ models/moco_pass.yaml:170:3
%7112 = lt %7111, %7110 : bool[] @ models/moco_pass.yaml:170:3
%7113 = output %7112 name="finite" : bool[] @ models/moco_pass.yaml:170:3
