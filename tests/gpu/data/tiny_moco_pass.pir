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
%2632 = add %839, %1631 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%2633 = mul %2628, %2632 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2634 = mul %834, %1629 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2635 = mul %2628, %2634 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2636 = mul %1629, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2637 = mul %2636, %2636 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2638 = neg %2637 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2639 = exp %2638 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2640 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2641 = broadcast %2640 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2642 = mul %2639, %2641 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2643 = mul %2635, %2642 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2644 = mul %2643, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2645 = mul %2633, %834 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2646 = add %2644, %2645 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2647 = reduce_sum %2646 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2648 = reshape %2647 : f32[64] @ models/lib/nn.yaml:84:18
%2649 = matmul %2646, %61 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2650 = reshape %1626 : f32[14,16] @ models/lib/nn.yaml:83:15
%2651 = reshape %2646 : f32[14,64] @ models/lib/nn.yaml:83:15
%2652 = matmul %2651, %2650 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2653 = reduce_sum %2649 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2654 = reshape %2653 : f32[16] @ models/lib/nn.yaml:96:46
%2655 = mul %2649, %1623 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2656 = mul %2649, %1622 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2657 = reduce_sum %2656 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2658 = reshape %2657 : f32[16] @ models/lib/nn.yaml:96:37
%2659 = mul %2655, %1621 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2660 = mul %2655, %1615 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2661 = reduce_sum %2660 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2662 = mul %1620, %1620 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2663 = mul %1620, %2662 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2664 = broadcast %2290 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2665 = mul %2663, %2664 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2666 = mul %2661, %2665 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2667 = div %2666, %815 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2668 = broadcast %2667 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2669 = mul %2668, %1615 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2670 = add %2659, %2669 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2671 = add %2670, %2669 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2672 = add %2624, %2671 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2673 = neg %2671 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2674 = reduce_sum %2673 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2675 = div %2674, %815 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2676 = broadcast %2675 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2677 = add %2672, %2676 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2678 = reduce_sum %2677 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2679 = reshape %2678 : f32[16] @ models/lib/nn.yaml:84:18
%2680 = matmul %2677, %57 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2681 = reshape %1606 : f32[14,16] @ models/lib/nn.yaml:83:15
%2682 = reshape %2677 : f32[14,16] @ models/lib/nn.yaml:83:15
%2683 = matmul %2682, %2681 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2684 = reshape %2680 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2685 = permute %2684 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2686 = permute %1548 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2687 = slice %2685 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2688 = broadcast %2687 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2689 = slice %2686 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2690 = mul %2688, %2689 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2691 = slice %2685 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2692 = broadcast %2691 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2693 = slice %2686 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2694 = mul %2692, %2693 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2695 = add %2690, %2694 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2696 = slice %2685 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2697 = broadcast %2696 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2698 = slice %2686 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2699 = mul %2697, %2698 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2700 = add %2695, %2699 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2701 = slice %2685 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2702 = broadcast %2701 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2703 = slice %2686 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2704 = mul %2702, %2703 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2705 = add %2700, %2704 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2706 = slice %2685 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2707 = broadcast %2706 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2708 = slice %2686 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2709 = mul %2707, %2708 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2710 = add %2705, %2709 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2711 = slice %2685 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2712 = broadcast %2711 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2713 = slice %2686 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2714 = mul %2712, %2713 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2715 = add %2710, %2714 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2716 = slice %2685 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2717 = broadcast %2716 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2718 = slice %2686 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2719 = mul %2717, %2718 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2720 = add %2715, %2719 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2721 = slice %2685 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2722 = broadcast %2721 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2723 = slice %2686 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2724 = mul %2722, %2723 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2725 = add %2720, %2724 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2726 = permute %1599 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2727 = broadcast %2726 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2728 = broadcast %2685 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2729 = mul %2727, %2728 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2730 = div %2725, %1597 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2731 = mul %2730, %1599 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2732 = neg %2731 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2733 = reduce_sum %2732 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2734 = broadcast %2733 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2735 = add %2730, %2734 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2736 = exp %1594 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2737 = mul %2735, %2736 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2738 = mul %2737, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2739 = reshape %2738 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2740 = broadcast %2739 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2741 = reshape %1543 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2742 = broadcast %2741 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2743 = mul %2740, %2742 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2744 = reduce_sum %2743 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2745 = permute %2738 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2746 = broadcast %2745 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2747 = broadcast %1538 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2748 = mul %2746, %2747 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2749 = permute %2729 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2750 = reshape %2749 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2751 = reshape %2750 : f32[238,16] @ models/lib/nn.yaml:84:18
%2752 = matmul %2601, %2751 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2753 = reshape %2752 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2754 = reshape %2753 : f32[16] @ models/lib/nn.yaml:84:18
%2755 = matmul %2750, %55 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2756 = reshape %1532 : f32[238,16] @ models/lib/nn.yaml:83:15
%2757 = reshape %2749 : f32[238,16] @ models/lib/nn.yaml:83:15
%2758 = matmul %2757, %2756 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2759 = permute %2748 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2760 = reshape %2759 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2761 = reshape %2760 : f32[238,16] @ models/lib/nn.yaml:84:18
%2762 = matmul %2601, %2761 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2763 = reshape %2762 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2764 = reshape %2763 : f32[16] @ models/lib/nn.yaml:84:18
%2765 = matmul %2760, %53 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2766 = add %2755, %2765 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2767 = reshape %2759 : f32[238,16] @ models/lib/nn.yaml:83:15
%2768 = matmul %2767, %2756 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2769 = permute %2744 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2770 = reshape %2769 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2771 = reduce_sum %2770 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2772 = reshape %2771 : f32[16] @ models/lib/nn.yaml:84:18
%2773 = matmul %2770, %51 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2774 = reshape %1533 : f32[14,16] @ models/lib/nn.yaml:83:15
%2775 = reshape %2769 : f32[14,16] @ models/lib/nn.yaml:83:15
%2776 = matmul %2775, %2774 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2777 = pad %2773 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2778 = add %2766, %2777 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2779 = reshape %2778 : f32[238,16] @ models/lib/nn.yaml:96:46
%2780 = matmul %2601, %2779 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2781 = reshape %2780 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2782 = reshape %2781 : f32[16] @ models/lib/nn.yaml:96:46
%2783 = mul %2778, %1529 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2784 = mul %2778, %1528 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2785 = reshape %2784 : f32[238,16] @ models/lib/nn.yaml:96:37
%2786 = matmul %2601, %2785 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2787 = reshape %2786 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2788 = reshape %2787 : f32[16] @ models/lib/nn.yaml:96:37
%2789 = mul %2783, %1527 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2790 = mul %2783, %1521 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2791 = reduce_sum %2790 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2792 = mul %1526, %1526 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2793 = mul %1526, %2792 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2794 = mul %2793, %2611 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2795 = mul %2791, %2794 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2796 = div %2795, %718 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2797 = broadcast %2796 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2798 = mul %2797, %1521 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2799 = add %2789, %2798 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2800 = add %2799, %2798 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2801 = neg %2800 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2802 = reduce_sum %2801 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2803 = div %2802, %718 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2804 = broadcast %2803 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2805 = add %2800, %2804 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2806 = slice %2805 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2807 = add %2677, %2806 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2808 = slice %2805 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2809 = add %2625, %2808 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2810 = reduce_sum %2807 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2811 = reshape %2810 : f32[16] @ models/lib/nn.yaml:84:18
%2812 = matmul %2807, %47 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2813 = reshape %1512 : f32[14,64] @ models/lib/nn.yaml:83:15
%2814 = reshape %2807 : f32[14,16] @ models/lib/nn.yaml:83:15
%2815 = matmul %2814, %2813 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2816 = add %839, %1509 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%2817 = mul %2812, %2816 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2818 = mul %834, %1507 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2819 = mul %2812, %2818 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2820 = mul %1507, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2821 = mul %2820, %2820 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2822 = neg %2821 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2823 = exp %2822 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2824 = mul %2823, %2641 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2825 = mul %2819, %2824 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2826 = mul %2825, %836 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2827 = mul %2817, %834 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2828 = add %2826, %2827 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2829 = reduce_sum %2828 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2830 = reshape %2829 : f32[64] @ models/lib/nn.yaml:84:18
%2831 = matmul %2828, %45 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2832 = reshape %1504 : f32[14,16] @ models/lib/nn.yaml:83:15
%2833 = reshape %2828 : f32[14,64] @ models/lib/nn.yaml:83:15
%2834 = matmul %2833, %2832 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2835 = reduce_sum %2831 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2836 = reshape %2835 : f32[16] @ models/lib/nn.yaml:96:46
%2837 = mul %2831, %1501 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2838 = mul %2831, %1500 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2839 = reduce_sum %2838 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2840 = reshape %2839 : f32[16] @ models/lib/nn.yaml:96:37
%2841 = mul %2837, %1499 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2842 = mul %2837, %1493 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2843 = reduce_sum %2842 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2844 = mul %1498, %1498 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2845 = mul %1498, %2844 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2846 = mul %2845, %2664 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2847 = mul %2843, %2846 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2848 = div %2847, %815 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2849 = broadcast %2848 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2850 = mul %2849, %1493 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2851 = add %2841, %2850 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2852 = add %2851, %2850 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2853 = add %2807, %2852 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2854 = neg %2852 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2855 = reduce_sum %2854 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2856 = div %2855, %815 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2857 = broadcast %2856 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2858 = add %2853, %2857 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2859 = reduce_sum %2858 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2860 = reshape %2859 : f32[16] @ models/lib/nn.yaml:84:18
%2861 = matmul %2858, %41 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2862 = reshape %1484 : f32[14,16] @ models/lib/nn.yaml:83:15
%2863 = reshape %2858 : f32[14,16] @ models/lib/nn.yaml:83:15
%2864 = matmul %2863, %2862 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2865 = reshape %2861 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2866 = permute %2865 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2867 = permute %1426 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2868 = slice %2866 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2869 = broadcast %2868 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2870 = slice %2867 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2871 = mul %2869, %2870 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2872 = slice %2866 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2873 = broadcast %2872 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2874 = slice %2867 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2875 = mul %2873, %2874 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2876 = add %2871, %2875 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2877 = slice %2866 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2878 = broadcast %2877 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2879 = slice %2867 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2880 = mul %2878, %2879 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2881 = add %2876, %2880 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2882 = slice %2866 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2883 = broadcast %2882 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2884 = slice %2867 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2885 = mul %2883, %2884 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2886 = add %2881, %2885 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2887 = slice %2866 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2888 = broadcast %2887 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2889 = slice %2867 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2890 = mul %2888, %2889 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2891 = add %2886, %2890 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2892 = slice %2866 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2893 = broadcast %2892 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2894 = slice %2867 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2895 = mul %2893, %2894 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2896 = add %2891, %2895 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2897 = slice %2866 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2898 = broadcast %2897 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2899 = slice %2867 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2900 = mul %2898, %2899 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2901 = add %2896, %2900 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2902 = slice %2866 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2903 = broadcast %2902 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2904 = slice %2867 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2905 = mul %2903, %2904 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2906 = add %2901, %2905 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2907 = permute %1477 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2908 = broadcast %2907 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2909 = broadcast %2866 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2910 = mul %2908, %2909 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2911 = div %2906, %1475 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2912 = mul %2911, %1477 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2913 = neg %2912 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2914 = reduce_sum %2913 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2915 = broadcast %2914 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2916 = add %2911, %2915 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2917 = exp %1472 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2918 = mul %2916, %2917 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2919 = mul %2918, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2920 = reshape %2919 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2921 = broadcast %2920 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2922 = reshape %1421 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2923 = broadcast %2922 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2924 = mul %2921, %2923 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2925 = reduce_sum %2924 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2926 = permute %2919 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2927 = broadcast %2926 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2928 = broadcast %1416 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2929 = mul %2927, %2928 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2930 = permute %2910 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2931 = reshape %2930 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2932 = reshape %2931 : f32[238,16] @ models/lib/nn.yaml:84:18
%2933 = matmul %2601, %2932 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2934 = reshape %2933 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2935 = reshape %2934 : f32[16] @ models/lib/nn.yaml:84:18
%2936 = matmul %2931, %39 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2937 = reshape %1410 : f32[238,16] @ models/lib/nn.yaml:83:15
%2938 = reshape %2930 : f32[238,16] @ models/lib/nn.yaml:83:15
%2939 = matmul %2938, %2937 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2940 = permute %2929 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2941 = reshape %2940 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2942 = reshape %2941 : f32[238,16] @ models/lib/nn.yaml:84:18
%2943 = matmul %2601, %2942 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2944 = reshape %2943 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2945 = reshape %2944 : f32[16] @ models/lib/nn.yaml:84:18
%2946 = matmul %2941, %37 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2947 = add %2936, %2946 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2948 = reshape %2940 : f32[238,16] @ models/lib/nn.yaml:83:15
%2949 = matmul %2948, %2937 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2950 = permute %2925 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2951 = reshape %2950 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2952 = reduce_sum %2951 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2953 = reshape %2952 : f32[16] @ models/lib/nn.yaml:84:18
%2954 = matmul %2951, %35 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2955 = reshape %1411 : f32[14,16] @ models/lib/nn.yaml:83:15
%2956 = reshape %2950 : f32[14,16] @ models/lib/nn.yaml:83:15
%2957 = matmul %2956, %2955 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2958 = pad %2954 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2959 = add %2947, %2958 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2960 = reshape %2959 : f32[238,16] @ models/lib/nn.yaml:96:46
%2961 = matmul %2601, %2960 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2962 = reshape %2961 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2963 = reshape %2962 : f32[16] @ models/lib/nn.yaml:96:46
%2964 = mul %2959, %1407 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2965 = mul %2959, %1406 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2966 = reshape %2965 : f32[238,16] @ models/lib/nn.yaml:96:37
%2967 = matmul %2601, %2966 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2968 = reshape %2967 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2969 = reshape %2968 : f32[16] @ models/lib/nn.yaml:96:37
%2970 = mul %2964, %1405 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2971 = mul %2964, %1399 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2972 = reduce_sum %2971 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2973 = mul %1404, %1404 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2974 = mul %1404, %2973 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2975 = mul %2974, %2611 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2976 = mul %2972, %2975 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2977 = div %2976, %718 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2978 = broadcast %2977 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2979 = mul %2978, %1399 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2980 = add %2970, %2979 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2981 = add %2980, %2979 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2982 = neg %2981 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2983 = reduce_sum %2982 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2984 = div %2983, %718 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2985 = broadcast %2984 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2986 = add %2981, %2985 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2987 = slice %2986 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2988 = add %2858, %2987 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2989 = slice %2986 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2990 = add %2809, %2989 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2991 = reduce_sum %2988 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%2992 = mul %2990, %1391 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%2993 = div %2992, %1349 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%2994 = reshape %2993 : f32[224,16] @ models/lib/nn.yaml:84:18
%2995 = matmul %2315, %2994 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2996 = reshape %2995 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2997 = reshape %2996 : f32[16] @ models/lib/nn.yaml:84:18
%2998 = matmul %2993, %30 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%2999 = reshape %1382 : f32[224,64] @ models/lib/nn.yaml:83:15
%3000 = reshape %2993 : f32[224,16] @ models/lib/nn.yaml:83:15
%3001 = matmul %3000, %2999 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3002 = add %311, %1379 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%3003 = mul %2998, %3002 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3004 = mul %304, %1377 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3005 = mul %2998, %3004 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3006 = mul %1377, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3007 = mul %3006, %3006 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3008 = neg %3007 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3009 = exp %3008 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3010 = broadcast %2640 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3011 = mul %3009, %3010 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3012 = mul %3005, %3011 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3013 = mul %3012, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3014 = mul %3003, %304 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3015 = add %3013, %3014 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3016 = reshape %3015 : f32[224,64] @ models/lib/nn.yaml:84:18
%3017 = matmul %2315, %3016 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3018 = reshape %3017 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3019 = reshape %3018 : f32[64] @ models/lib/nn.yaml:84:18
%3020 = matmul %3015, %28 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3021 = reshape %1374 : f32[224,16] @ models/lib/nn.yaml:83:15
%3022 = reshape %3015 : f32[224,64] @ models/lib/nn.yaml:83:15
%3023 = matmul %3022, %3021 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3024 = reshape %3020 : f32[224,16] @ models/lib/nn.yaml:96:46
%3025 = matmul %2315, %3024 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3026 = reshape %3025 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3027 = reshape %3026 : f32[16] @ models/lib/nn.yaml:96:46
%3028 = mul %3020, %1371 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3029 = mul %3020, %1370 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3030 = reshape %3029 : f32[224,16] @ models/lib/nn.yaml:96:37
%3031 = matmul %2315, %3030 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3032 = reshape %3031 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3033 = reshape %3032 : f32[16] @ models/lib/nn.yaml:96:37
%3034 = mul %3028, %1369 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3035 = mul %3028, %1363 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3036 = reduce_sum %3035 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3037 = mul %1368, %1368 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3038 = mul %1368, %3037 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3039 = broadcast %2290 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3040 = mul %3038, %3039 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3041 = mul %3036, %3040 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3042 = div %3041, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3043 = broadcast %3042 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3044 = mul %3043, %1363 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3045 = add %3034, %3044 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3046 = add %3045, %3044 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3047 = add %2990, %3046 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3048 = neg %3046 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3049 = reduce_sum %3048 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3050 = div %3049, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3051 = broadcast %3050 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3052 = add %3047, %3051 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3053 = mul %3052, %1357 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%3054 = div %3053, %1349 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%3055 = reshape %3054 : f32[224,16] @ models/lib/nn.yaml:84:18
%3056 = matmul %2315, %3055 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3057 = reshape %3056 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3058 = reshape %3057 : f32[16] @ models/lib/nn.yaml:84:18
%3059 = matmul %3054, %24 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3060 = reshape %1343 : f32[224,16] @ models/lib/nn.yaml:83:15
%3061 = reshape %3054 : f32[224,16] @ models/lib/nn.yaml:83:15
%3062 = matmul %3061, %3060 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3063 = reshape %3059 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3064 = permute %3063 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3065 = permute %1277 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3066 = slice %3064 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3067 = broadcast %3066 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3068 = slice %3065 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3069 = broadcast %3068 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3070 = mul %3067, %3069 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3071 = slice %3064 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3072 = broadcast %3071 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3073 = slice %3065 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3074 = broadcast %3073 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3075 = mul %3072, %3074 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3076 = add %3070, %3075 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3077 = slice %3064 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3078 = broadcast %3077 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3079 = slice %3065 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3080 = broadcast %3079 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3081 = mul %3078, %3080 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3082 = add %3076, %3081 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3083 = slice %3064 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3084 = broadcast %3083 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3085 = slice %3065 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3086 = broadcast %3085 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3087 = mul %3084, %3086 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3088 = add %3082, %3087 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3089 = slice %3064 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3090 = broadcast %3089 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3091 = slice %3065 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3092 = broadcast %3091 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3093 = mul %3090, %3092 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3094 = add %3088, %3093 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3095 = slice %3064 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3096 = broadcast %3095 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3097 = slice %3065 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3098 = broadcast %3097 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3099 = mul %3096, %3098 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3100 = add %3094, %3099 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3101 = slice %3064 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3102 = broadcast %3101 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3103 = slice %3065 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3104 = broadcast %3103 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3105 = mul %3102, %3104 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3106 = add %3100, %3105 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3107 = slice %3064 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3108 = broadcast %3107 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3109 = slice %3065 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3110 = broadcast %3109 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3111 = mul %3108, %3110 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3112 = add %3106, %3111 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3113 = permute %1336 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3114 = reshape %3113 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3115 = broadcast %3114 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3116 = reshape %3064 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3117 = broadcast %3116 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3118 = mul %3115, %3117 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3119 = reduce_sum %3118 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3120 = div %3112, %1334 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3121 = mul %3120, %1336 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3122 = neg %3121 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3123 = reduce_sum %3122 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3124 = broadcast %3123 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3125 = add %3120, %3124 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3126 = exp %1331 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3127 = mul %3125, %3126 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3128 = mul %3127, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3129 = reshape %3128 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3130 = broadcast %3129 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3131 = reshape %1275 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3132 = broadcast %3131 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3133 = mul %3130, %3132 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3134 = reduce_sum %3133 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3135 = permute %3128 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3136 = reshape %3135 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3137 = broadcast %3136 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3138 = reshape %1273 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3139 = broadcast %3138 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3140 = mul %3137, %3139 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3141 = reduce_sum %3140 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3142 = reshape %3119 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3143 = reshape %3141 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3144 = reshape %3134 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3145 = concat %3144, %3143, %3142 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3146 = permute %3145 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3147 = reshape %3146 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3148 = reshape %3147 : f32[224,48] @ models/lib/nn.yaml:84:18
%3149 = matmul %2315, %3148 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%3150 = reshape %3149 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3151 = reshape %3150 : f32[48] @ models/lib/nn.yaml:84:18
%3152 = matmul %3147, %22 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3153 = reshape %1266 : f32[224,16] @ models/lib/nn.yaml:83:15
%3154 = reshape %3146 : f32[224,48] @ models/lib/nn.yaml:83:15
%3155 = matmul %3154, %3153 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3156 = reshape %3152 : f32[224,16] @ models/lib/nn.yaml:96:46
%3157 = matmul %2315, %3156 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3158 = reshape %3157 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3159 = reshape %3158 : f32[16] @ models/lib/nn.yaml:96:46
%3160 = mul %3152, %1263 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3161 = mul %3152, %1262 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3162 = reshape %3161 : f32[224,16] @ models/lib/nn.yaml:96:37
%3163 = matmul %2315, %3162 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3164 = reshape %3163 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3165 = reshape %3164 : f32[16] @ models/lib/nn.yaml:96:37
%3166 = mul %3160, %1261 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3167 = mul %3160, %1255 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3168 = reduce_sum %3167 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3169 = mul %1260, %1260 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3170 = mul %1260, %3169 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3171 = mul %3170, %3039 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3172 = mul %3168, %3171 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3173 = div %3172, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3174 = broadcast %3173 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3175 = mul %3174, %1255 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3176 = add %3166, %3175 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3177 = add %3176, %3175 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3178 = add %3052, %3177 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3179 = neg %3177 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3180 = reduce_sum %3179 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3181 = div %3180, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3182 = broadcast %3181 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3183 = add %3178, %3182 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3184 = reshape %3183 : f32[224,16] @ models/lib/nn.yaml:84:18
%3185 = matmul %2315, %3184 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3186 = reshape %3185 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3187 = reshape %3186 : f32[16] @ models/lib/nn.yaml:84:18
%3188 = matmul %3183, %18 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%3189 = reshape %1247 : f32[224,64] @ models/lib/nn.yaml:83:15
%3190 = reshape %3183 : f32[224,16] @ models/lib/nn.yaml:83:15
%3191 = matmul %3190, %3189 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3192 = add %311, %1244 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%3193 = mul %3188, %3192 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3194 = mul %304, %1242 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3195 = mul %3188, %3194 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3196 = mul %1242, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3197 = mul %3196, %3196 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3198 = neg %3197 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3199 = exp %3198 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3200 = mul %3199, %3010 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3201 = mul %3195, %3200 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3202 = mul %3201, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3203 = mul %3193, %304 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3204 = add %3202, %3203 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3205 = reshape %3204 : f32[224,64] @ models/lib/nn.yaml:84:18
%3206 = matmul %2315, %3205 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3207 = reshape %3206 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3208 = reshape %3207 : f32[64] @ models/lib/nn.yaml:84:18
%3209 = matmul %3204, %16 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3210 = reshape %1239 : f32[224,16] @ models/lib/nn.yaml:83:15
%3211 = reshape %3204 : f32[224,64] @ models/lib/nn.yaml:83:15
%3212 = matmul %3211, %3210 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3213 = reshape %3209 : f32[224,16] @ models/lib/nn.yaml:96:46
%3214 = matmul %2315, %3213 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3215 = reshape %3214 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3216 = reshape %3215 : f32[16] @ models/lib/nn.yaml:96:46
%3217 = mul %3209, %1236 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3218 = mul %3209, %1235 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3219 = reshape %3218 : f32[224,16] @ models/lib/nn.yaml:96:37
%3220 = matmul %2315, %3219 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3221 = reshape %3220 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3222 = reshape %3221 : f32[16] @ models/lib/nn.yaml:96:37
%3223 = mul %3217, %1234 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3224 = mul %3217, %1228 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3225 = reduce_sum %3224 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3226 = mul %1233, %1233 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3227 = mul %1233, %3226 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3228 = mul %3227, %3039 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3229 = mul %3225, %3228 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3230 = div %3229, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3231 = broadcast %3230 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3232 = mul %3231, %1228 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3233 = add %3223, %3232 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3234 = add %3233, %3232 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3235 = add %3183, %3234 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3236 = neg %3234 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3237 = reduce_sum %3236 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3238 = div %3237, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3239 = broadcast %3238 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3240 = add %3235, %3239 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3241 = reshape %3240 : f32[224,16] @ models/lib/nn.yaml:84:18
%3242 = matmul %2315, %3241 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3243 = reshape %3242 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3244 = reshape %3243 : f32[16] @ models/lib/nn.yaml:84:18
%3245 = matmul %3240, %12 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3246 = reshape %1219 : f32[224,16] @ models/lib/nn.yaml:83:15
%3247 = reshape %3240 : f32[224,16] @ models/lib/nn.yaml:83:15
%3248 = matmul %3247, %3246 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3249 = reshape %3245 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3250 = permute %3249 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3251 = permute %1153 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3252 = slice %3250 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3253 = broadcast %3252 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3254 = slice %3251 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3255 = broadcast %3254 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3256 = mul %3253, %3255 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3257 = slice %3250 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3258 = broadcast %3257 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3259 = slice %3251 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3260 = broadcast %3259 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3261 = mul %3258, %3260 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3262 = add %3256, %3261 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3263 = slice %3250 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3264 = broadcast %3263 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3265 = slice %3251 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3266 = broadcast %3265 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3267 = mul %3264, %3266 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3268 = add %3262, %3267 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3269 = slice %3250 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3270 = broadcast %3269 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3271 = slice %3251 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3272 = broadcast %3271 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3273 = mul %3270, %3272 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3274 = add %3268, %3273 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3275 = slice %3250 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3276 = broadcast %3275 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3277 = slice %3251 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3278 = broadcast %3277 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3279 = mul %3276, %3278 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3280 = add %3274, %3279 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3281 = slice %3250 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3282 = broadcast %3281 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3283 = slice %3251 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3284 = broadcast %3283 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3285 = mul %3282, %3284 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3286 = add %3280, %3285 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3287 = slice %3250 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3288 = broadcast %3287 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3289 = slice %3251 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3290 = broadcast %3289 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3291 = mul %3288, %3290 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3292 = add %3286, %3291 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3293 = slice %3250 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3294 = broadcast %3293 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3295 = slice %3251 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3296 = broadcast %3295 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3297 = mul %3294, %3296 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3298 = add %3292, %3297 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3299 = permute %1212 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3300 = reshape %3299 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3301 = broadcast %3300 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3302 = reshape %3250 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3303 = broadcast %3302 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3304 = mul %3301, %3303 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3305 = reduce_sum %3304 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3306 = div %3298, %1210 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3307 = mul %3306, %1212 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3308 = neg %3307 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3309 = reduce_sum %3308 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3310 = broadcast %3309 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3311 = add %3306, %3310 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3312 = exp %1207 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3313 = mul %3311, %3312 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3314 = mul %3313, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3315 = reshape %3314 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3316 = broadcast %3315 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3317 = reshape %1151 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3318 = broadcast %3317 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3319 = mul %3316, %3318 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3320 = reduce_sum %3319 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3321 = permute %3314 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3322 = reshape %3321 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3323 = broadcast %3322 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3324 = reshape %1149 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3325 = broadcast %3324 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3326 = mul %3323, %3325 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3327 = reduce_sum %3326 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3328 = reshape %3305 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3329 = reshape %3327 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3330 = reshape %3320 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3331 = concat %3330, %3329, %3328 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3332 = permute %3331 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3333 = reshape %3332 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3334 = reshape %3333 : f32[224,48] @ models/lib/nn.yaml:84:18
%3335 = matmul %2315, %3334 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%3336 = reshape %3335 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3337 = reshape %3336 : f32[48] @ models/lib/nn.yaml:84:18
%3338 = matmul %3333, %10 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3339 = reshape %1142 : f32[224,16] @ models/lib/nn.yaml:83:15
%3340 = reshape %3332 : f32[224,48] @ models/lib/nn.yaml:83:15
%3341 = matmul %3340, %3339 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3342 = reshape %3338 : f32[224,16] @ models/lib/nn.yaml:96:46
%3343 = matmul %2315, %3342 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3344 = reshape %3343 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3345 = reshape %3344 : f32[16] @ models/lib/nn.yaml:96:46
%3346 = mul %3338, %1139 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3347 = mul %3338, %1138 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3348 = reshape %3347 : f32[224,16] @ models/lib/nn.yaml:96:37
%3349 = matmul %2315, %3348 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3350 = reshape %3349 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3351 = reshape %3350 : f32[16] @ models/lib/nn.yaml:96:37
%3352 = mul %3346, %1137 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3353 = mul %3346, %1131 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3354 = reduce_sum %3353 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3355 = mul %1136, %1136 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3356 = mul %1136, %3355 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3357 = mul %3356, %3039 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3358 = mul %3354, %3357 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3359 = div %3358, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3360 = broadcast %3359 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3361 = mul %3360, %1131 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3362 = add %3352, %3361 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3363 = add %3362, %3361 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3364 = add %3240, %3363 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3365 = neg %3363 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3366 = reduce_sum %3365 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3367 = div %3366, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3368 = broadcast %3367 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3369 = add %3364, %3368 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3370 = reduce_sum %3369 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%3371 = reshape %3369 : f32[224,16] @ models/lib/vit.yaml:17:71
%3372 = matmul %2315, %3371 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%3373 = reshape %3372 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%3374 = reshape %3373 : f32[16] @ models/lib/vit.yaml:17:71
%3375 = reshape %174 : f32[224,48] @ models/lib/vit.yaml:17:18
%3376 = reshape %3369 : f32[224,16] @ models/lib/vit.yaml:17:18
%3377 = matmul %3376, %3375 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%3378 = reshape %3377 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%3379 = all_reduce_sum %3370 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3380 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3381 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3382 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%3383 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%3384 = add %3382, %3383 : i64[] @ models/lib/vit.yaml:48:7
%3385 = mul %2074, %2075 : f64[] @ models/lib/vit.yaml:48:7
%3386 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3387 = sub %3386, %3385 : f64[] @ models/lib/vit.yaml:48:7
%3388 = cast %3387 : f32[] @ models/lib/vit.yaml:48:7
%3389 = broadcast %3388 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3390 = mul %5, %3389 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3391 = broadcast %2077 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3392 = mul %3379, %3391 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3393 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3394 = broadcast %1348 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3395 = mul %3380, %3394 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3396 = add %3395, %3392 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3397 = mul %3379, %3379 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3398 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%3399 = broadcast %3398 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3400 = mul %3397, %3399 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3401 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3402 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%3403 = broadcast %3402 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3404 = mul %3381, %3403 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3405 = add %3404, %3400 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3406 = cast %3384 : f64[] @ models/lib/vit.yaml:48:7
%3407 = pow %3393, %3406 : f64[] @ models/lib/vit.yaml:48:7
%3408 = sub %3386, %3407 : f64[] @ models/lib/vit.yaml:48:7
%3409 = div %2074, %3408 : f64[] @ models/lib/vit.yaml:48:7
%3410 = pow %3401, %3406 : f64[] @ models/lib/vit.yaml:48:7
%3411 = sub %3386, %3410 : f64[] @ models/lib/vit.yaml:48:7
%3412 = sqrt %3411 : f64[] @ models/lib/vit.yaml:48:7
%3413 = div %3386, %3412 : f64[] @ models/lib/vit.yaml:48:7
%3414 = sqrt %3405 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3415 = cast %3413 : f32[] @ models/lib/vit.yaml:48:7
%3416 = broadcast %3415 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3417 = mul %3414, %3416 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3418 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%3419 = broadcast %3418 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3420 = add %3417, %3419 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3421 = div %3396, %3420 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3422 = cast %3409 : f32[] @ models/lib/vit.yaml:48:7
%3423 = broadcast %3422 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3424 = mul %3421, %3423 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3425 = sub %3390, %3424 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3426 = assign %5, %3425 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3427 = assign %3380, %3396 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3428 = assign %3381, %3405 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3429 = assign %3382, %3384 : i64[] @ models/lib/vit.yaml:48:7
%3430 = broadcast %3 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3431 = mul %89, %3430 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3432 = sub %3386, %2076 : f64[] @ models/lib/vit.yaml:48:7
%3433 = cast %3432 : f32[] @ models/lib/vit.yaml:48:7
%3434 = broadcast %3433 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3435 = mul %3425, %3434 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3436 = add %3431, %3435 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3437 = assign %89, %3436 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3438 = all_reduce_sum %3378 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3439 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3440 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3441 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%3442 = add %3441, %3383 : i64[] @ models/lib/vit.yaml:9:7
%3443 = broadcast %3388 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3444 = mul %6, %3443 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3445 = broadcast %2077 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3446 = mul %3438, %3445 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3447 = broadcast %1348 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3448 = mul %3439, %3447 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3449 = add %3448, %3446 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3450 = mul %3438, %3438 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3451 = broadcast %3398 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3452 = mul %3450, %3451 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3453 = broadcast %3402 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3454 = mul %3440, %3453 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3455 = add %3454, %3452 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3456 = cast %3442 : f64[] @ models/lib/vit.yaml:9:7
%3457 = pow %3393, %3456 : f64[] @ models/lib/vit.yaml:9:7
%3458 = sub %3386, %3457 : f64[] @ models/lib/vit.yaml:9:7
%3459 = div %2074, %3458 : f64[] @ models/lib/vit.yaml:9:7
%3460 = pow %3401, %3456 : f64[] @ models/lib/vit.yaml:9:7
%3461 = sub %3386, %3460 : f64[] @ models/lib/vit.yaml:9:7
%3462 = sqrt %3461 : f64[] @ models/lib/vit.yaml:9:7
%3463 = div %3386, %3462 : f64[] @ models/lib/vit.yaml:9:7
%3464 = sqrt %3455 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3465 = cast %3463 : f32[] @ models/lib/vit.yaml:9:7
%3466 = broadcast %3465 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3467 = mul %3464, %3466 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3468 = broadcast %3418 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3469 = add %3467, %3468 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3470 = div %3449, %3469 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3471 = cast %3459 : f32[] @ models/lib/vit.yaml:9:7
%3472 = broadcast %3471 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3473 = mul %3470, %3472 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3474 = sub %3444, %3473 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3475 = assign %6, %3474 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3476 = assign %3439, %3449 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3477 = assign %3440, %3455 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3478 = assign %3441, %3442 : i64[] @ models/lib/vit.yaml:9:7
%3479 = broadcast %3 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3480 = mul %90, %3479 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3481 = broadcast %3433 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3482 = mul %3474, %3481 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3483 = add %3480, %3482 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3484 = assign %90, %3483 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3485 = all_reduce_sum %3374 : f32[16] @ models/lib/vit.yaml:10:7
%3486 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3487 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3488 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%3489 = add %3488, %3383 : i64[] @ models/lib/vit.yaml:10:7
%3490 = broadcast %2077 : f32[16] @ models/lib/vit.yaml:10:7
%3491 = mul %3485, %3490 : f32[16] @ models/lib/vit.yaml:10:7
%3492 = broadcast %1348 : f32[16] @ models/lib/vit.yaml:10:7
%3493 = mul %3486, %3492 : f32[16] @ models/lib/vit.yaml:10:7
%3494 = add %3493, %3491 : f32[16] @ models/lib/vit.yaml:10:7
%3495 = mul %3485, %3485 : f32[16] @ models/lib/vit.yaml:10:7
%3496 = broadcast %3398 : f32[16] @ models/lib/vit.yaml:10:7
%3497 = mul %3495, %3496 : f32[16] @ models/lib/vit.yaml:10:7
%3498 = broadcast %3402 : f32[16] @ models/lib/vit.yaml:10:7
%3499 = mul %3487, %3498 : f32[16] @ models/lib/vit.yaml:10:7
%3500 = add %3499, %3497 : f32[16] @ models/lib/vit.yaml:10:7
%3501 = cast %3489 : f64[] @ models/lib/vit.yaml:10:7
%3502 = pow %3393, %3501 : f64[] @ models/lib/vit.yaml:10:7
%3503 = sub %3386, %3502 : f64[] @ models/lib/vit.yaml:10:7
%3504 = div %2074, %3503 : f64[] @ models/lib/vit.yaml:10:7
%3505 = pow %3401, %3501 : f64[] @ models/lib/vit.yaml:10:7
%3506 = sub %3386, %3505 : f64[] @ models/lib/vit.yaml:10:7
%3507 = sqrt %3506 : f64[] @ models/lib/vit.yaml:10:7
%3508 = div %3386, %3507 : f64[] @ models/lib/vit.yaml:10:7
%3509 = sqrt %3500 : f32[16] @ models/lib/vit.yaml:10:7
%3510 = cast %3508 : f32[] @ models/lib/vit.yaml:10:7
%3511 = broadcast %3510 : f32[16] @ models/lib/vit.yaml:10:7
%3512 = mul %3509, %3511 : f32[16] @ models/lib/vit.yaml:10:7
%3513 = broadcast %3418 : f32[16] @ models/lib/vit.yaml:10:7
%3514 = add %3512, %3513 : f32[16] @ models/lib/vit.yaml:10:7
%3515 = div %3494, %3514 : f32[16] @ models/lib/vit.yaml:10:7
%3516 = cast %3504 : f32[] @ models/lib/vit.yaml:10:7
%3517 = broadcast %3516 : f32[16] @ models/lib/vit.yaml:10:7
%3518 = mul %3515, %3517 : f32[16] @ models/lib/vit.yaml:10:7
%3519 = sub %7, %3518 : f32[16] @ models/lib/vit.yaml:10:7
%3520 = assign %7, %3519 : f32[16] @ models/lib/vit.yaml:10:7
%3521 = assign %3486, %3494 : f32[16] @ models/lib/vit.yaml:10:7
%3522 = assign %3487, %3500 : f32[16] @ models/lib/vit.yaml:10:7
%3523 = assign %3488, %3489 : i64[] @ models/lib/vit.yaml:10:7
%3524 = broadcast %3 : f32[16] @ models/lib/vit.yaml:10:7
%3525 = mul %91, %3524 : f32[16] @ models/lib/vit.yaml:10:7
%3526 = broadcast %3433 : f32[16] @ models/lib/vit.yaml:10:7
%3527 = mul %3519, %3526 : f32[16] @ models/lib/vit.yaml:10:7
%3528 = add %3525, %3527 : f32[16] @ models/lib/vit.yaml:10:7
%3529 = assign %91, %3528 : f32[16] @ models/lib/vit.yaml:10:7
%3530 = all_reduce_sum %3351 : f32[16] @ models/lib/nn.yaml:89:7
%3531 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3532 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3533 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3534 = add %3533, %3383 : i64[] @ models/lib/nn.yaml:89:7
%3535 = mul %3530, %3490 : f32[16] @ models/lib/nn.yaml:89:7
%3536 = mul %3531, %3492 : f32[16] @ models/lib/nn.yaml:89:7
%3537 = add %3536, %3535 : f32[16] @ models/lib/nn.yaml:89:7
%3538 = mul %3530, %3530 : f32[16] @ models/lib/nn.yaml:89:7
%3539 = mul %3538, %3496 : f32[16] @ models/lib/nn.yaml:89:7
%3540 = mul %3532, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%3541 = add %3540, %3539 : f32[16] @ models/lib/nn.yaml:89:7
%3542 = cast %3534 : f64[] @ models/lib/nn.yaml:89:7
%3543 = pow %3393, %3542 : f64[] @ models/lib/nn.yaml:89:7
%3544 = sub %3386, %3543 : f64[] @ models/lib/nn.yaml:89:7
%3545 = div %2074, %3544 : f64[] @ models/lib/nn.yaml:89:7
%3546 = pow %3401, %3542 : f64[] @ models/lib/nn.yaml:89:7
%3547 = sub %3386, %3546 : f64[] @ models/lib/nn.yaml:89:7
%3548 = sqrt %3547 : f64[] @ models/lib/nn.yaml:89:7
%3549 = div %3386, %3548 : f64[] @ models/lib/nn.yaml:89:7
%3550 = sqrt %3541 : f32[16] @ models/lib/nn.yaml:89:7
%3551 = cast %3549 : f32[] @ models/lib/nn.yaml:89:7
%3552 = broadcast %3551 : f32[16] @ models/lib/nn.yaml:89:7
%3553 = mul %3550, %3552 : f32[16] @ models/lib/nn.yaml:89:7
%3554 = add %3553, %3513 : f32[16] @ models/lib/nn.yaml:89:7
%3555 = div %3537, %3554 : f32[16] @ models/lib/nn.yaml:89:7
%3556 = cast %3545 : f32[] @ models/lib/nn.yaml:89:7
%3557 = broadcast %3556 : f32[16] @ models/lib/nn.yaml:89:7
%3558 = mul %3555, %3557 : f32[16] @ models/lib/nn.yaml:89:7
%3559 = sub %8, %3558 : f32[16] @ models/lib/nn.yaml:89:7
%3560 = assign %8, %3559 : f32[16] @ models/lib/nn.yaml:89:7
%3561 = assign %3531, %3537 : f32[16] @ models/lib/nn.yaml:89:7
%3562 = assign %3532, %3541 : f32[16] @ models/lib/nn.yaml:89:7
%3563 = assign %3533, %3534 : i64[] @ models/lib/nn.yaml:89:7
%3564 = mul %92, %3524 : f32[16] @ models/lib/nn.yaml:89:7
%3565 = mul %3559, %3526 : f32[16] @ models/lib/nn.yaml:89:7
%3566 = add %3564, %3565 : f32[16] @ models/lib/nn.yaml:89:7
%3567 = assign %92, %3566 : f32[16] @ models/lib/nn.yaml:89:7
%3568 = all_reduce_sum %3345 : f32[16] @ models/lib/nn.yaml:90:7
%3569 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3570 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3571 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3572 = add %3571, %3383 : i64[] @ models/lib/nn.yaml:90:7
%3573 = mul %3568, %3490 : f32[16] @ models/lib/nn.yaml:90:7
%3574 = mul %3569, %3492 : f32[16] @ models/lib/nn.yaml:90:7
%3575 = add %3574, %3573 : f32[16] @ models/lib/nn.yaml:90:7
%3576 = mul %3568, %3568 : f32[16] @ models/lib/nn.yaml:90:7
%3577 = mul %3576, %3496 : f32[16] @ models/lib/nn.yaml:90:7
%3578 = mul %3570, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%3579 = add %3578, %3577 : f32[16] @ models/lib/nn.yaml:90:7
%3580 = cast %3572 : f64[] @ models/lib/nn.yaml:90:7
%3581 = pow %3393, %3580 : f64[] @ models/lib/nn.yaml:90:7
%3582 = sub %3386, %3581 : f64[] @ models/lib/nn.yaml:90:7
%3583 = div %2074, %3582 : f64[] @ models/lib/nn.yaml:90:7
%3584 = pow %3401, %3580 : f64[] @ models/lib/nn.yaml:90:7
%3585 = sub %3386, %3584 : f64[] @ models/lib/nn.yaml:90:7
%3586 = sqrt %3585 : f64[] @ models/lib/nn.yaml:90:7
%3587 = div %3386, %3586 : f64[] @ models/lib/nn.yaml:90:7
%3588 = sqrt %3579 : f32[16] @ models/lib/nn.yaml:90:7
%3589 = cast %3587 : f32[] @ models/lib/nn.yaml:90:7
%3590 = broadcast %3589 : f32[16] @ models/lib/nn.yaml:90:7
%3591 = mul %3588, %3590 : f32[16] @ models/lib/nn.yaml:90:7
%3592 = add %3591, %3513 : f32[16] @ models/lib/nn.yaml:90:7
%3593 = div %3575, %3592 : f32[16] @ models/lib/nn.yaml:90:7
%3594 = cast %3583 : f32[] @ models/lib/nn.yaml:90:7
%3595 = broadcast %3594 : f32[16] @ models/lib/nn.yaml:90:7
%3596 = mul %3593, %3595 : f32[16] @ models/lib/nn.yaml:90:7
%3597 = sub %9, %3596 : f32[16] @ models/lib/nn.yaml:90:7
%3598 = assign %9, %3597 : f32[16] @ models/lib/nn.yaml:90:7
%3599 = assign %3569, %3575 : f32[16] @ models/lib/nn.yaml:90:7
%3600 = assign %3570, %3579 : f32[16] @ models/lib/nn.yaml:90:7
%3601 = assign %3571, %3572 : i64[] @ models/lib/nn.yaml:90:7
%3602 = mul %93, %3524 : f32[16] @ models/lib/nn.yaml:90:7
%3603 = mul %3597, %3526 : f32[16] @ models/lib/nn.yaml:90:7
%3604 = add %3602, %3603 : f32[16] @ models/lib/nn.yaml:90:7
%3605 = assign %93, %3604 : f32[16] @ models/lib/nn.yaml:90:7
%3606 = all_reduce_sum %3341 : f32[48,16] @ models/lib/nn.yaml:79:7
%3607 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3608 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3609 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3610 = add %3609, %3383 : i64[] @ models/lib/nn.yaml:79:7
%3611 = broadcast %3388 : f32[48,16] @ models/lib/nn.yaml:79:7
%3612 = mul %10, %3611 : f32[48,16] @ models/lib/nn.yaml:79:7
%3613 = broadcast %2077 : f32[48,16] @ models/lib/nn.yaml:79:7
%3614 = mul %3606, %3613 : f32[48,16] @ models/lib/nn.yaml:79:7
%3615 = broadcast %1348 : f32[48,16] @ models/lib/nn.yaml:79:7
%3616 = mul %3607, %3615 : f32[48,16] @ models/lib/nn.yaml:79:7
%3617 = add %3616, %3614 : f32[48,16] @ models/lib/nn.yaml:79:7
%3618 = mul %3606, %3606 : f32[48,16] @ models/lib/nn.yaml:79:7
%3619 = broadcast %3398 : f32[48,16] @ models/lib/nn.yaml:79:7
%3620 = mul %3618, %3619 : f32[48,16] @ models/lib/nn.yaml:79:7
%3621 = broadcast %3402 : f32[48,16] @ models/lib/nn.yaml:79:7
%3622 = mul %3608, %3621 : f32[48,16] @ models/lib/nn.yaml:79:7
%3623 = add %3622, %3620 : f32[48,16] @ models/lib/nn.yaml:79:7
%3624 = cast %3610 : f64[] @ models/lib/nn.yaml:79:7
%3625 = pow %3393, %3624 : f64[] @ models/lib/nn.yaml:79:7
%3626 = sub %3386, %3625 : f64[] @ models/lib/nn.yaml:79:7
%3627 = div %2074, %3626 : f64[] @ models/lib/nn.yaml:79:7
%3628 = pow %3401, %3624 : f64[] @ models/lib/nn.yaml:79:7
%3629 = sub %3386, %3628 : f64[] @ models/lib/nn.yaml:79:7
%3630 = sqrt %3629 : f64[] @ models/lib/nn.yaml:79:7
%3631 = div %3386, %3630 : f64[] @ models/lib/nn.yaml:79:7
%3632 = sqrt %3623 : f32[48,16] @ models/lib/nn.yaml:79:7
%3633 = cast %3631 : f32[] @ models/lib/nn.yaml:79:7
%3634 = broadcast %3633 : f32[48,16] @ models/lib/nn.yaml:79:7
%3635 = mul %3632, %3634 : f32[48,16] @ models/lib/nn.yaml:79:7
%3636 = broadcast %3418 : f32[48,16] @ models/lib/nn.yaml:79:7
%3637 = add %3635, %3636 : f32[48,16] @ models/lib/nn.yaml:79:7
%3638 = div %3617, %3637 : f32[48,16] @ models/lib/nn.yaml:79:7
%3639 = cast %3627 : f32[] @ models/lib/nn.yaml:79:7
%3640 = broadcast %3639 : f32[48,16] @ models/lib/nn.yaml:79:7
%3641 = mul %3638, %3640 : f32[48,16] @ models/lib/nn.yaml:79:7
%3642 = sub %3612, %3641 : f32[48,16] @ models/lib/nn.yaml:79:7
%3643 = assign %10, %3642 : f32[48,16] @ models/lib/nn.yaml:79:7
%3644 = assign %3607, %3617 : f32[48,16] @ models/lib/nn.yaml:79:7
%3645 = assign %3608, %3623 : f32[48,16] @ models/lib/nn.yaml:79:7
%3646 = assign %3609, %3610 : i64[] @ models/lib/nn.yaml:79:7
%3647 = broadcast %3 : f32[48,16] @ models/lib/nn.yaml:79:7
%3648 = mul %94, %3647 : f32[48,16] @ models/lib/nn.yaml:79:7
%3649 = broadcast %3433 : f32[48,16] @ models/lib/nn.yaml:79:7
%3650 = mul %3642, %3649 : f32[48,16] @ models/lib/nn.yaml:79:7
%3651 = add %3648, %3650 : f32[48,16] @ models/lib/nn.yaml:79:7
%3652 = assign %94, %3651 : f32[48,16] @ models/lib/nn.yaml:79:7
%3653 = all_reduce_sum %3337 : f32[48] @ models/lib/nn.yaml:80:7
%3654 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3655 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3656 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3657 = add %3656, %3383 : i64[] @ models/lib/nn.yaml:80:7
%3658 = broadcast %2077 : f32[48] @ models/lib/nn.yaml:80:7
%3659 = mul %3653, %3658 : f32[48] @ models/lib/nn.yaml:80:7
%3660 = broadcast %1348 : f32[48] @ models/lib/nn.yaml:80:7
%3661 = mul %3654, %3660 : f32[48] @ models/lib/nn.yaml:80:7
%3662 = add %3661, %3659 : f32[48] @ models/lib/nn.yaml:80:7
%3663 = mul %3653, %3653 : f32[48] @ models/lib/nn.yaml:80:7
%3664 = broadcast %3398 : f32[48] @ models/lib/nn.yaml:80:7
%3665 = mul %3663, %3664 : f32[48] @ models/lib/nn.yaml:80:7
%3666 = broadcast %3402 : f32[48] @ models/lib/nn.yaml:80:7
%3667 = mul %3655, %3666 : f32[48] @ models/lib/nn.yaml:80:7
%3668 = add %3667, %3665 : f32[48] @ models/lib/nn.yaml:80:7
%3669 = cast %3657 : f64[] @ models/lib/nn.yaml:80:7
%3670 = pow %3393, %3669 : f64[] @ models/lib/nn.yaml:80:7
%3671 = sub %3386, %3670 : f64[] @ models/lib/nn.yaml:80:7
%3672 = div %2074, %3671 : f64[] @ models/lib/nn.yaml:80:7
%3673 = pow %3401, %3669 : f64[] @ models/lib/nn.yaml:80:7
%3674 = sub %3386, %3673 : f64[] @ models/lib/nn.yaml:80:7
%3675 = sqrt %3674 : f64[] @ models/lib/nn.yaml:80:7
%3676 = div %3386, %3675 : f64[] @ models/lib/nn.yaml:80:7
%3677 = sqrt %3668 : f32[48] @ models/lib/nn.yaml:80:7
%3678 = cast %3676 : f32[] @ models/lib/nn.yaml:80:7
%3679 = broadcast %3678 : f32[48] @ models/lib/nn.yaml:80:7
%3680 = mul %3677, %3679 : f32[48] @ models/lib/nn.yaml:80:7
%3681 = broadcast %3418 : f32[48] @ models/lib/nn.yaml:80:7
%3682 = add %3680, %3681 : f32[48] @ models/lib/nn.yaml:80:7
%3683 = div %3662, %3682 : f32[48] @ models/lib/nn.yaml:80:7
%3684 = cast %3672 : f32[] @ models/lib/nn.yaml:80:7
%3685 = broadcast %3684 : f32[48] @ models/lib/nn.yaml:80:7
%3686 = mul %3683, %3685 : f32[48] @ models/lib/nn.yaml:80:7
%3687 = sub %11, %3686 : f32[48] @ models/lib/nn.yaml:80:7
%3688 = assign %11, %3687 : f32[48] @ models/lib/nn.yaml:80:7
%3689 = assign %3654, %3662 : f32[48] @ models/lib/nn.yaml:80:7
%3690 = assign %3655, %3668 : f32[48] @ models/lib/nn.yaml:80:7
%3691 = assign %3656, %3657 : i64[] @ models/lib/nn.yaml:80:7
%3692 = broadcast %3 : f32[48] @ models/lib/nn.yaml:80:7
%3693 = mul %95, %3692 : f32[48] @ models/lib/nn.yaml:80:7
%3694 = broadcast %3433 : f32[48] @ models/lib/nn.yaml:80:7
%3695 = mul %3687, %3694 : f32[48] @ models/lib/nn.yaml:80:7
%3696 = add %3693, %3695 : f32[48] @ models/lib/nn.yaml:80:7
%3697 = assign %95, %3696 : f32[48] @ models/lib/nn.yaml:80:7
%3698 = all_reduce_sum %3248 : f32[16,16] @ models/lib/nn.yaml:79:7
%3699 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3700 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3701 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3702 = add %3701, %3383 : i64[] @ models/lib/nn.yaml:79:7
%3703 = broadcast %3388 : f32[16,16] @ models/lib/nn.yaml:79:7
%3704 = mul %12, %3703 : f32[16,16] @ models/lib/nn.yaml:79:7
%3705 = broadcast %2077 : f32[16,16] @ models/lib/nn.yaml:79:7
%3706 = mul %3698, %3705 : f32[16,16] @ models/lib/nn.yaml:79:7
%3707 = broadcast %1348 : f32[16,16] @ models/lib/nn.yaml:79:7
%3708 = mul %3699, %3707 : f32[16,16] @ models/lib/nn.yaml:79:7
%3709 = add %3708, %3706 : f32[16,16] @ models/lib/nn.yaml:79:7
%3710 = mul %3698, %3698 : f32[16,16] @ models/lib/nn.yaml:79:7
%3711 = broadcast %3398 : f32[16,16] @ models/lib/nn.yaml:79:7
%3712 = mul %3710, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%3713 = broadcast %3402 : f32[16,16] @ models/lib/nn.yaml:79:7
%3714 = mul %3700, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%3715 = add %3714, %3712 : f32[16,16] @ models/lib/nn.yaml:79:7
%3716 = cast %3702 : f64[] @ models/lib/nn.yaml:79:7
%3717 = pow %3393, %3716 : f64[] @ models/lib/nn.yaml:79:7
%3718 = sub %3386, %3717 : f64[] @ models/lib/nn.yaml:79:7
%3719 = div %2074, %3718 : f64[] @ models/lib/nn.yaml:79:7
%3720 = pow %3401, %3716 : f64[] @ models/lib/nn.yaml:79:7
%3721 = sub %3386, %3720 : f64[] @ models/lib/nn.yaml:79:7
%3722 = sqrt %3721 : f64[] @ models/lib/nn.yaml:79:7
%3723 = div %3386, %3722 : f64[] @ models/lib/nn.yaml:79:7
%3724 = sqrt %3715 : f32[16,16] @ models/lib/nn.yaml:79:7
%3725 = cast %3723 : f32[] @ models/lib/nn.yaml:79:7
%3726 = broadcast %3725 : f32[16,16] @ models/lib/nn.yaml:79:7
%3727 = mul %3724, %3726 : f32[16,16] @ models/lib/nn.yaml:79:7
%3728 = broadcast %3418 : f32[16,16] @ models/lib/nn.yaml:79:7
%3729 = add %3727, %3728 : f32[16,16] @ models/lib/nn.yaml:79:7
%3730 = div %3709, %3729 : f32[16,16] @ models/lib/nn.yaml:79:7
%3731 = cast %3719 : f32[] @ models/lib/nn.yaml:79:7
%3732 = broadcast %3731 : f32[16,16] @ models/lib/nn.yaml:79:7
%3733 = mul %3730, %3732 : f32[16,16] @ models/lib/nn.yaml:79:7
%3734 = sub %3704, %3733 : f32[16,16] @ models/lib/nn.yaml:79:7
%3735 = assign %12, %3734 : f32[16,16] @ models/lib/nn.yaml:79:7
%3736 = assign %3699, %3709 : f32[16,16] @ models/lib/nn.yaml:79:7
%3737 = assign %3700, %3715 : f32[16,16] @ models/lib/nn.yaml:79:7
%3738 = assign %3701, %3702 : i64[] @ models/lib/nn.yaml:79:7
%3739 = broadcast %3 : f32[16,16] @ models/lib/nn.yaml:79:7
%3740 = mul %96, %3739 : f32[16,16] @ models/lib/nn.yaml:79:7
%3741 = broadcast %3433 : f32[16,16] @ models/lib/nn.yaml:79:7
%3742 = mul %3734, %3741 : f32[16,16] @ models/lib/nn.yaml:79:7
%3743 = add %3740, %3742 : f32[16,16] @ models/lib/nn.yaml:79:7
%3744 = assign %96, %3743 : f32[16,16] @ models/lib/nn.yaml:79:7
%3745 = all_reduce_sum %3244 : f32[16] @ models/lib/nn.yaml:80:7
%3746 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3747 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3748 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3749 = add %3748, %3383 : i64[] @ models/lib/nn.yaml:80:7
%3750 = mul %3745, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%3751 = mul %3746, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%3752 = add %3751, %3750 : f32[16] @ models/lib/nn.yaml:80:7
%3753 = mul %3745, %3745 : f32[16] @ models/lib/nn.yaml:80:7
%3754 = mul %3753, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%3755 = mul %3747, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%3756 = add %3755, %3754 : f32[16] @ models/lib/nn.yaml:80:7
%3757 = cast %3749 : f64[] @ models/lib/nn.yaml:80:7
%3758 = pow %3393, %3757 : f64[] @ models/lib/nn.yaml:80:7
%3759 = sub %3386, %3758 : f64[] @ models/lib/nn.yaml:80:7
%3760 = div %2074, %3759 : f64[] @ models/lib/nn.yaml:80:7
%3761 = pow %3401, %3757 : f64[] @ models/lib/nn.yaml:80:7
%3762 = sub %3386, %3761 : f64[] @ models/lib/nn.yaml:80:7
%3763 = sqrt %3762 : f64[] @ models/lib/nn.yaml:80:7
%3764 = div %3386, %3763 : f64[] @ models/lib/nn.yaml:80:7
%3765 = sqrt %3756 : f32[16] @ models/lib/nn.yaml:80:7
%3766 = cast %3764 : f32[] @ models/lib/nn.yaml:80:7
%3767 = broadcast %3766 : f32[16] @ models/lib/nn.yaml:80:7
%3768 = mul %3765, %3767 : f32[16] @ models/lib/nn.yaml:80:7
%3769 = add %3768, %3513 : f32[16] @ models/lib/nn.yaml:80:7
%3770 = div %3752, %3769 : f32[16] @ models/lib/nn.yaml:80:7
%3771 = cast %3760 : f32[] @ models/lib/nn.yaml:80:7
%3772 = broadcast %3771 : f32[16] @ models/lib/nn.yaml:80:7
%3773 = mul %3770, %3772 : f32[16] @ models/lib/nn.yaml:80:7
%3774 = sub %13, %3773 : f32[16] @ models/lib/nn.yaml:80:7
%3775 = assign %13, %3774 : f32[16] @ models/lib/nn.yaml:80:7
%3776 = assign %3746, %3752 : f32[16] @ models/lib/nn.yaml:80:7
%3777 = assign %3747, %3756 : f32[16] @ models/lib/nn.yaml:80:7
%3778 = assign %3748, %3749 : i64[] @ models/lib/nn.yaml:80:7
%3779 = mul %97, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%3780 = mul %3774, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%3781 = add %3779, %3780 : f32[16] @ models/lib/nn.yaml:80:7
%3782 = assign %97, %3781 : f32[16] @ models/lib/nn.yaml:80:7
%3783 = all_reduce_sum %3222 : f32[16] @ models/lib/nn.yaml:89:7
%3784 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3785 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3786 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3787 = add %3786, %3383 : i64[] @ models/lib/nn.yaml:89:7
%3788 = mul %3783, %3490 : f32[16] @ models/lib/nn.yaml:89:7
%3789 = mul %3784, %3492 : f32[16] @ models/lib/nn.yaml:89:7
%3790 = add %3789, %3788 : f32[16] @ models/lib/nn.yaml:89:7
%3791 = mul %3783, %3783 : f32[16] @ models/lib/nn.yaml:89:7
%3792 = mul %3791, %3496 : f32[16] @ models/lib/nn.yaml:89:7
%3793 = mul %3785, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%3794 = add %3793, %3792 : f32[16] @ models/lib/nn.yaml:89:7
%3795 = cast %3787 : f64[] @ models/lib/nn.yaml:89:7
%3796 = pow %3393, %3795 : f64[] @ models/lib/nn.yaml:89:7
%3797 = sub %3386, %3796 : f64[] @ models/lib/nn.yaml:89:7
%3798 = div %2074, %3797 : f64[] @ models/lib/nn.yaml:89:7
%3799 = pow %3401, %3795 : f64[] @ models/lib/nn.yaml:89:7
%3800 = sub %3386, %3799 : f64[] @ models/lib/nn.yaml:89:7
%3801 = sqrt %3800 : f64[] @ models/lib/nn.yaml:89:7
%3802 = div %3386, %3801 : f64[] @ models/lib/nn.yaml:89:7
%3803 = sqrt %3794 : f32[16] @ models/lib/nn.yaml:89:7
%3804 = cast %3802 : f32[] @ models/lib/nn.yaml:89:7
%3805 = broadcast %3804 : f32[16] @ models/lib/nn.yaml:89:7
%3806 = mul %3803, %3805 : f32[16] @ models/lib/nn.yaml:89:7
%3807 = add %3806, %3513 : f32[16] @ models/lib/nn.yaml:89:7
%3808 = div %3790, %3807 : f32[16] @ models/lib/nn.yaml:89:7
%3809 = cast %3798 : f32[] @ models/lib/nn.yaml:89:7
%3810 = broadcast %3809 : f32[16] @ models/lib/nn.yaml:89:7
%3811 = mul %3808, %3810 : f32[16] @ models/lib/nn.yaml:89:7
%3812 = sub %14, %3811 : f32[16] @ models/lib/nn.yaml:89:7
%3813 = assign %14, %3812 : f32[16] @ models/lib/nn.yaml:89:7
%3814 = assign %3784, %3790 : f32[16] @ models/lib/nn.yaml:89:7
%3815 = assign %3785, %3794 : f32[16] @ models/lib/nn.yaml:89:7
%3816 = assign %3786, %3787 : i64[] @ models/lib/nn.yaml:89:7
%3817 = mul %98, %3524 : f32[16] @ models/lib/nn.yaml:89:7
%3818 = mul %3812, %3526 : f32[16] @ models/lib/nn.yaml:89:7
%3819 = add %3817, %3818 : f32[16] @ models/lib/nn.yaml:89:7
%3820 = assign %98, %3819 : f32[16] @ models/lib/nn.yaml:89:7
%3821 = all_reduce_sum %3216 : f32[16] @ models/lib/nn.yaml:90:7
%3822 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3823 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3824 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3825 = add %3824, %3383 : i64[] @ models/lib/nn.yaml:90:7
%3826 = mul %3821, %3490 : f32[16] @ models/lib/nn.yaml:90:7
%3827 = mul %3822, %3492 : f32[16] @ models/lib/nn.yaml:90:7
%3828 = add %3827, %3826 : f32[16] @ models/lib/nn.yaml:90:7
%3829 = mul %3821, %3821 : f32[16] @ models/lib/nn.yaml:90:7
%3830 = mul %3829, %3496 : f32[16] @ models/lib/nn.yaml:90:7
%3831 = mul %3823, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%3832 = add %3831, %3830 : f32[16] @ models/lib/nn.yaml:90:7
%3833 = cast %3825 : f64[] @ models/lib/nn.yaml:90:7
%3834 = pow %3393, %3833 : f64[] @ models/lib/nn.yaml:90:7
%3835 = sub %3386, %3834 : f64[] @ models/lib/nn.yaml:90:7
%3836 = div %2074, %3835 : f64[] @ models/lib/nn.yaml:90:7
%3837 = pow %3401, %3833 : f64[] @ models/lib/nn.yaml:90:7
%3838 = sub %3386, %3837 : f64[] @ models/lib/nn.yaml:90:7
%3839 = sqrt %3838 : f64[] @ models/lib/nn.yaml:90:7
%3840 = div %3386, %3839 : f64[] @ models/lib/nn.yaml:90:7
%3841 = sqrt %3832 : f32[16] @ models/lib/nn.yaml:90:7
%3842 = cast %3840 : f32[] @ models/lib/nn.yaml:90:7
%3843 = broadcast %3842 : f32[16] @ models/lib/nn.yaml:90:7
%3844 = mul %3841, %3843 : f32[16] @ models/lib/nn.yaml:90:7
%3845 = add %3844, %3513 : f32[16] @ models/lib/nn.yaml:90:7
%3846 = div %3828, %3845 : f32[16] @ models/lib/nn.yaml:90:7
%3847 = cast %3836 : f32[] @ models/lib/nn.yaml:90:7
%3848 = broadcast %3847 : f32[16] @ models/lib/nn.yaml:90:7
%3849 = mul %3846, %3848 : f32[16] @ models/lib/nn.yaml:90:7
%3850 = sub %15, %3849 : f32[16] @ models/lib/nn.yaml:90:7
%3851 = assign %15, %3850 : f32[16] @ models/lib/nn.yaml:90:7
%3852 = assign %3822, %3828 : f32[16] @ models/lib/nn.yaml:90:7
%3853 = assign %3823, %3832 : f32[16] @ models/lib/nn.yaml:90:7
%3854 = assign %3824, %3825 : i64[] @ models/lib/nn.yaml:90:7
%3855 = mul %99, %3524 : f32[16] @ models/lib/nn.yaml:90:7
%3856 = mul %3850, %3526 : f32[16] @ models/lib/nn.yaml:90:7
%3857 = add %3855, %3856 : f32[16] @ models/lib/nn.yaml:90:7
%3858 = assign %99, %3857 : f32[16] @ models/lib/nn.yaml:90:7
%3859 = all_reduce_sum %3212 : f32[64,16] @ models/lib/nn.yaml:79:7
%3860 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3861 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3862 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3863 = add %3862, %3383 : i64[] @ models/lib/nn.yaml:79:7
%3864 = broadcast %3388 : f32[64,16] @ models/lib/nn.yaml:79:7
%3865 = mul %16, %3864 : f32[64,16] @ models/lib/nn.yaml:79:7
%3866 = broadcast %2077 : f32[64,16] @ models/lib/nn.yaml:79:7
%3867 = mul %3859, %3866 : f32[64,16] @ models/lib/nn.yaml:79:7
%3868 = broadcast %1348 : f32[64,16] @ models/lib/nn.yaml:79:7
%3869 = mul %3860, %3868 : f32[64,16] @ models/lib/nn.yaml:79:7
%3870 = add %3869, %3867 : f32[64,16] @ models/lib/nn.yaml:79:7
%3871 = mul %3859, %3859 : f32[64,16] @ models/lib/nn.yaml:79:7
%3872 = broadcast %3398 : f32[64,16] @ models/lib/nn.yaml:79:7
%3873 = mul %3871, %3872 : f32[64,16] @ models/lib/nn.yaml:79:7
%3874 = broadcast %3402 : f32[64,16] @ models/lib/nn.yaml:79:7
%3875 = mul %3861, %3874 : f32[64,16] @ models/lib/nn.yaml:79:7
%3876 = add %3875, %3873 : f32[64,16] @ models/lib/nn.yaml:79:7
%3877 = cast %3863 : f64[] @ models/lib/nn.yaml:79:7
%3878 = pow %3393, %3877 : f64[] @ models/lib/nn.yaml:79:7
%3879 = sub %3386, %3878 : f64[] @ models/lib/nn.yaml:79:7
%3880 = div %2074, %3879 : f64[] @ models/lib/nn.yaml:79:7
%3881 = pow %3401, %3877 : f64[] @ models/lib/nn.yaml:79:7
%3882 = sub %3386, %3881 : f64[] @ models/lib/nn.yaml:79:7
%3883 = sqrt %3882 : f64[] @ models/lib/nn.yaml:79:7
%3884 = div %3386, %3883 : f64[] @ models/lib/nn.yaml:79:7
%3885 = sqrt %3876 : f32[64,16] @ models/lib/nn.yaml:79:7
%3886 = cast %3884 : f32[] @ models/lib/nn.yaml:79:7
%3887 = broadcast %3886 : f32[64,16] @ models/lib/nn.yaml:79:7
%3888 = mul %3885, %3887 : f32[64,16] @ models/lib/nn.yaml:79:7
%3889 = broadcast %3418 : f32[64,16] @ models/lib/nn.yaml:79:7
%3890 = add %3888, %3889 : f32[64,16] @ models/lib/nn.yaml:79:7
%3891 = div %3870, %3890 : f32[64,16] @ models/lib/nn.yaml:79:7
%3892 = cast %3880 : f32[] @ models/lib/nn.yaml:79:7
%3893 = broadcast %3892 : f32[64,16] @ models/lib/nn.yaml:79:7
%3894 = mul %3891, %3893 : f32[64,16] @ models/lib/nn.yaml:79:7
%3895 = sub %3865, %3894 : f32[64,16] @ models/lib/nn.yaml:79:7
%3896 = assign %16, %3895 : f32[64,16] @ models/lib/nn.yaml:79:7
%3897 = assign %3860, %3870 : f32[64,16] @ models/lib/nn.yaml:79:7
%3898 = assign %3861, %3876 : f32[64,16] @ models/lib/nn.yaml:79:7
%3899 = assign %3862, %3863 : i64[] @ models/lib/nn.yaml:79:7
%3900 = broadcast %3 : f32[64,16] @ models/lib/nn.yaml:79:7
%3901 = mul %100, %3900 : f32[64,16] @ models/lib/nn.yaml:79:7
%3902 = broadcast %3433 : f32[64,16] @ models/lib/nn.yaml:79:7
%3903 = mul %3895, %3902 : f32[64,16] @ models/lib/nn.yaml:79:7
%3904 = add %3901, %3903 : f32[64,16] @ models/lib/nn.yaml:79:7
%3905 = assign %100, %3904 : f32[64,16] @ models/lib/nn.yaml:79:7
%3906 = all_reduce_sum %3208 : f32[64] @ models/lib/nn.yaml:80:7
%3907 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3908 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3909 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3910 = add %3909, %3383 : i64[] @ models/lib/nn.yaml:80:7
%3911 = broadcast %2077 : f32[64] @ models/lib/nn.yaml:80:7
%3912 = mul %3906, %3911 : f32[64] @ models/lib/nn.yaml:80:7
%3913 = broadcast %1348 : f32[64] @ models/lib/nn.yaml:80:7
%3914 = mul %3907, %3913 : f32[64] @ models/lib/nn.yaml:80:7
%3915 = add %3914, %3912 : f32[64] @ models/lib/nn.yaml:80:7
%3916 = mul %3906, %3906 : f32[64] @ models/lib/nn.yaml:80:7
%3917 = broadcast %3398 : f32[64] @ models/lib/nn.yaml:80:7
%3918 = mul %3916, %3917 : f32[64] @ models/lib/nn.yaml:80:7
%3919 = broadcast %3402 : f32[64] @ models/lib/nn.yaml:80:7
%3920 = mul %3908, %3919 : f32[64] @ models/lib/nn.yaml:80:7
%3921 = add %3920, %3918 : f32[64] @ models/lib/nn.yaml:80:7
%3922 = cast %3910 : f64[] @ models/lib/nn.yaml:80:7
%3923 = pow %3393, %3922 : f64[] @ models/lib/nn.yaml:80:7
%3924 = sub %3386, %3923 : f64[] @ models/lib/nn.yaml:80:7
%3925 = div %2074, %3924 : f64[] @ models/lib/nn.yaml:80:7
%3926 = pow %3401, %3922 : f64[] @ models/lib/nn.yaml:80:7
%3927 = sub %3386, %3926 : f64[] @ models/lib/nn.yaml:80:7
%3928 = sqrt %3927 : f64[] @ models/lib/nn.yaml:80:7
%3929 = div %3386, %3928 : f64[] @ models/lib/nn.yaml:80:7
%3930 = sqrt %3921 : f32[64] @ models/lib/nn.yaml:80:7
%3931 = cast %3929 : f32[] @ models/lib/nn.yaml:80:7
%3932 = broadcast %3931 : f32[64] @ models/lib/nn.yaml:80:7
%3933 = mul %3930, %3932 : f32[64] @ models/lib/nn.yaml:80:7
%3934 = broadcast %3418 : f32[64] @ models/lib/nn.yaml:80:7
%3935 = add %3933, %3934 : f32[64] @ models/lib/nn.yaml:80:7
%3936 = div %3915, %3935 : f32[64] @ models/lib/nn.yaml:80:7
%3937 = cast %3925 : f32[] @ models/lib/nn.yaml:80:7
%3938 = broadcast %3937 : f32[64] @ models/lib/nn.yaml:80:7
%3939 = mul %3936, %3938 : f32[64] @ models/lib/nn.yaml:80:7
%3940 = sub %17, %3939 : f32[64] @ models/lib/nn.yaml:80:7
%3941 = assign %17, %3940 : f32[64] @ models/lib/nn.yaml:80:7
%3942 = assign %3907, %3915 : f32[64] @ models/lib/nn.yaml:80:7
%3943 = assign %3908, %3921 : f32[64] @ models/lib/nn.yaml:80:7
%3944 = assign %3909, %3910 : i64[] @ models/lib/nn.yaml:80:7
%3945 = broadcast %3 : f32[64] @ models/lib/nn.yaml:80:7
%3946 = mul %101, %3945 : f32[64] @ models/lib/nn.yaml:80:7
%3947 = broadcast %3433 : f32[64] @ models/lib/nn.yaml:80:7
%3948 = mul %3940, %3947 : f32[64] @ models/lib/nn.yaml:80:7
%3949 = add %3946, %3948 : f32[64] @ models/lib/nn.yaml:80:7
%3950 = assign %101, %3949 : f32[64] @ models/lib/nn.yaml:80:7
%3951 = all_reduce_sum %3191 : f32[16,64] @ models/lib/nn.yaml:79:7
%3952 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3953 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3954 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3955 = add %3954, %3383 : i64[] @ models/lib/nn.yaml:79:7
%3956 = broadcast %3388 : f32[16,64] @ models/lib/nn.yaml:79:7
%3957 = mul %18, %3956 : f32[16,64] @ models/lib/nn.yaml:79:7
%3958 = broadcast %2077 : f32[16,64] @ models/lib/nn.yaml:79:7
%3959 = mul %3951, %3958 : f32[16,64] @ models/lib/nn.yaml:79:7
%3960 = broadcast %1348 : f32[16,64] @ models/lib/nn.yaml:79:7
%3961 = mul %3952, %3960 : f32[16,64] @ models/lib/nn.yaml:79:7
%3962 = add %3961, %3959 : f32[16,64] @ models/lib/nn.yaml:79:7
%3963 = mul %3951, %3951 : f32[16,64] @ models/lib/nn.yaml:79:7
%3964 = broadcast %3398 : f32[16,64] @ models/lib/nn.yaml:79:7
%3965 = mul %3963, %3964 : f32[16,64] @ models/lib/nn.yaml:79:7
%3966 = broadcast %3402 : f32[16,64] @ models/lib/nn.yaml:79:7
%3967 = mul %3953, %3966 : f32[16,64] @ models/lib/nn.yaml:79:7
%3968 = add %3967, %3965 : f32[16,64] @ models/lib/nn.yaml:79:7
%3969 = cast %3955 : f64[] @ models/lib/nn.yaml:79:7
%3970 = pow %3393, %3969 : f64[] @ models/lib/nn.yaml:79:7
%3971 = sub %3386, %3970 : f64[] @ models/lib/nn.yaml:79:7
%3972 = div %2074, %3971 : f64[] @ models/lib/nn.yaml:79:7
%3973 = pow %3401, %3969 : f64[] @ models/lib/nn.yaml:79:7
%3974 = sub %3386, %3973 : f64[] @ models/lib/nn.yaml:79:7
%3975 = sqrt %3974 : f64[] @ models/lib/nn.yaml:79:7
%3976 = div %3386, %3975 : f64[] @ models/lib/nn.yaml:79:7
%3977 = sqrt %3968 : f32[16,64] @ models/lib/nn.yaml:79:7
%3978 = cast %3976 : f32[] @ models/lib/nn.yaml:79:7
%3979 = broadcast %3978 : f32[16,64] @ models/lib/nn.yaml:79:7
%3980 = mul %3977, %3979 : f32[16,64] @ models/lib/nn.yaml:79:7
%3981 = broadcast %3418 : f32[16,64] @ models/lib/nn.yaml:79:7
%3982 = add %3980, %3981 : f32[16,64] @ models/lib/nn.yaml:79:7
%3983 = div %3962, %3982 : f32[16,64] @ models/lib/nn.yaml:79:7
%3984 = cast %3972 : f32[] @ models/lib/nn.yaml:79:7
%3985 = broadcast %3984 : f32[16,64] @ models/lib/nn.yaml:79:7
%3986 = mul %3983, %3985 : f32[16,64] @ models/lib/nn.yaml:79:7
%3987 = sub %3957, %3986 : f32[16,64] @ models/lib/nn.yaml:79:7
%3988 = assign %18, %3987 : f32[16,64] @ models/lib/nn.yaml:79:7
%3989 = assign %3952, %3962 : f32[16,64] @ models/lib/nn.yaml:79:7
%3990 = assign %3953, %3968 : f32[16,64] @ models/lib/nn.yaml:79:7
%3991 = assign %3954, %3955 : i64[] @ models/lib/nn.yaml:79:7
%3992 = broadcast %3 : f32[16,64] @ models/lib/nn.yaml:79:7
%3993 = mul %102, %3992 : f32[16,64] @ models/lib/nn.yaml:79:7
%3994 = broadcast %3433 : f32[16,64] @ models/lib/nn.yaml:79:7
%3995 = mul %3987, %3994 : f32[16,64] @ models/lib/nn.yaml:79:7
%3996 = add %3993, %3995 : f32[16,64] @ models/lib/nn.yaml:79:7
%3997 = assign %102, %3996 : f32[16,64] @ models/lib/nn.yaml:79:7
%3998 = all_reduce_sum %3187 : f32[16] @ models/lib/nn.yaml:80:7
%3999 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4000 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4001 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4002 = add %4001, %3383 : i64[] @ models/lib/nn.yaml:80:7
%4003 = mul %3998, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%4004 = mul %3999, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%4005 = add %4004, %4003 : f32[16] @ models/lib/nn.yaml:80:7
%4006 = mul %3998, %3998 : f32[16] @ models/lib/nn.yaml:80:7
%4007 = mul %4006, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%4008 = mul %4000, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%4009 = add %4008, %4007 : f32[16] @ models/lib/nn.yaml:80:7
%4010 = cast %4002 : f64[] @ models/lib/nn.yaml:80:7
%4011 = pow %3393, %4010 : f64[] @ models/lib/nn.yaml:80:7
%4012 = sub %3386, %4011 : f64[] @ models/lib/nn.yaml:80:7
%4013 = div %2074, %4012 : f64[] @ models/lib/nn.yaml:80:7
%4014 = pow %3401, %4010 : f64[] @ models/lib/nn.yaml:80:7
%4015 = sub %3386, %4014 : f64[] @ models/lib/nn.yaml:80:7
%4016 = sqrt %4015 : f64[] @ models/lib/nn.yaml:80:7
%4017 = div %3386, %4016 : f64[] @ models/lib/nn.yaml:80:7
%4018 = sqrt %4009 : f32[16] @ models/lib/nn.yaml:80:7
%4019 = cast %4017 : f32[] @ models/lib/nn.yaml:80:7
%4020 = broadcast %4019 : f32[16] @ models/lib/nn.yaml:80:7
%4021 = mul %4018, %4020 : f32[16] @ models/lib/nn.yaml:80:7
%4022 = add %4021, %3513 : f32[16] @ models/lib/nn.yaml:80:7
%4023 = div %4005, %4022 : f32[16] @ models/lib/nn.yaml:80:7
%4024 = cast %4013 : f32[] @ models/lib/nn.yaml:80:7
%4025 = broadcast %4024 : f32[16] @ models/lib/nn.yaml:80:7
%4026 = mul %4023, %4025 : f32[16] @ models/lib/nn.yaml:80:7
%4027 = sub %19, %4026 : f32[16] @ models/lib/nn.yaml:80:7
%4028 = assign %19, %4027 : f32[16] @ models/lib/nn.yaml:80:7
%4029 = assign %3999, %4005 : f32[16] @ models/lib/nn.yaml:80:7
%4030 = assign %4000, %4009 : f32[16] @ models/lib/nn.yaml:80:7
%4031 = assign %4001, %4002 : i64[] @ models/lib/nn.yaml:80:7
%4032 = mul %103, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%4033 = mul %4027, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%4034 = add %4032, %4033 : f32[16] @ models/lib/nn.yaml:80:7
%4035 = assign %103, %4034 : f32[16] @ models/lib/nn.yaml:80:7
%4036 = all_reduce_sum %3165 : f32[16] @ models/lib/nn.yaml:89:7
%4037 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4038 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4039 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4040 = add %4039, %3383 : i64[] @ models/lib/nn.yaml:89:7
%4041 = mul %4036, %3490 : f32[16] @ models/lib/nn.yaml:89:7
%4042 = mul %4037, %3492 : f32[16] @ models/lib/nn.yaml:89:7
%4043 = add %4042, %4041 : f32[16] @ models/lib/nn.yaml:89:7
%4044 = mul %4036, %4036 : f32[16] @ models/lib/nn.yaml:89:7
%4045 = mul %4044, %3496 : f32[16] @ models/lib/nn.yaml:89:7
%4046 = mul %4038, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%4047 = add %4046, %4045 : f32[16] @ models/lib/nn.yaml:89:7
%4048 = cast %4040 : f64[] @ models/lib/nn.yaml:89:7
%4049 = pow %3393, %4048 : f64[] @ models/lib/nn.yaml:89:7
%4050 = sub %3386, %4049 : f64[] @ models/lib/nn.yaml:89:7
%4051 = div %2074, %4050 : f64[] @ models/lib/nn.yaml:89:7
%4052 = pow %3401, %4048 : f64[] @ models/lib/nn.yaml:89:7
%4053 = sub %3386, %4052 : f64[] @ models/lib/nn.yaml:89:7
%4054 = sqrt %4053 : f64[] @ models/lib/nn.yaml:89:7
%4055 = div %3386, %4054 : f64[] @ models/lib/nn.yaml:89:7
%4056 = sqrt %4047 : f32[16] @ models/lib/nn.yaml:89:7
%4057 = cast %4055 : f32[] @ models/lib/nn.yaml:89:7
%4058 = broadcast %4057 : f32[16] @ models/lib/nn.yaml:89:7
%4059 = mul %4056, %4058 : f32[16] @ models/lib/nn.yaml:89:7
%4060 = add %4059, %3513 : f32[16] @ models/lib/nn.yaml:89:7
%4061 = div %4043, %4060 : f32[16] @ models/lib/nn.yaml:89:7
%4062 = cast %4051 : f32[] @ models/lib/nn.yaml:89:7
%4063 = broadcast %4062 : f32[16] @ models/lib/nn.yaml:89:7
%4064 = mul %4061, %4063 : f32[16] @ models/lib/nn.yaml:89:7
%4065 = sub %20, %4064 : f32[16] @ models/lib/nn.yaml:89:7
%4066 = assign %20, %4065 : f32[16] @ models/lib/nn.yaml:89:7
%4067 = assign %4037, %4043 : f32[16] @ models/lib/nn.yaml:89:7
%4068 = assign %4038, %4047 : f32[16] @ models/lib/nn.yaml:89:7
%4069 = assign %4039, %4040 : i64[] @ models/lib/nn.yaml:89:7
%4070 = mul %104, %3524 : f32[16] @ models/lib/nn.yaml:89:7
%4071 = mul %4065, %3526 : f32[16] @ models/lib/nn.yaml:89:7
%4072 = add %4070, %4071 : f32[16] @ models/lib/nn.yaml:89:7
%4073 = assign %104, %4072 : f32[16] @ models/lib/nn.yaml:89:7
%4074 = all_reduce_sum %3159 : f32[16] @ models/lib/nn.yaml:90:7
%4075 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4076 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4077 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4078 = add %4077, %3383 : i64[] @ models/lib/nn.yaml:90:7
%4079 = mul %4074, %3490 : f32[16] @ models/lib/nn.yaml:90:7
%4080 = mul %4075, %3492 : f32[16] @ models/lib/nn.yaml:90:7
%4081 = add %4080, %4079 : f32[16] @ models/lib/nn.yaml:90:7
%4082 = mul %4074, %4074 : f32[16] @ models/lib/nn.yaml:90:7
%4083 = mul %4082, %3496 : f32[16] @ models/lib/nn.yaml:90:7
%4084 = mul %4076, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%4085 = add %4084, %4083 : f32[16] @ models/lib/nn.yaml:90:7
%4086 = cast %4078 : f64[] @ models/lib/nn.yaml:90:7
%4087 = pow %3393, %4086 : f64[] @ models/lib/nn.yaml:90:7
%4088 = sub %3386, %4087 : f64[] @ models/lib/nn.yaml:90:7
%4089 = div %2074, %4088 : f64[] @ models/lib/nn.yaml:90:7
%4090 = pow %3401, %4086 : f64[] @ models/lib/nn.yaml:90:7
%4091 = sub %3386, %4090 : f64[] @ models/lib/nn.yaml:90:7
%4092 = sqrt %4091 : f64[] @ models/lib/nn.yaml:90:7
%4093 = div %3386, %4092 : f64[] @ models/lib/nn.yaml:90:7
%4094 = sqrt %4085 : f32[16] @ models/lib/nn.yaml:90:7
%4095 = cast %4093 : f32[] @ models/lib/nn.yaml:90:7
%4096 = broadcast %4095 : f32[16] @ models/lib/nn.yaml:90:7
%4097 = mul %4094, %4096 : f32[16] @ models/lib/nn.yaml:90:7
%4098 = add %4097, %3513 : f32[16] @ models/lib/nn.yaml:90:7
%4099 = div %4081, %4098 : f32[16] @ models/lib/nn.yaml:90:7
%4100 = cast %4089 : f32[] @ models/lib/nn.yaml:90:7
%4101 = broadcast %4100 : f32[16] @ models/lib/nn.yaml:90:7
%4102 = mul %4099, %4101 : f32[16] @ models/lib/nn.yaml:90:7
%4103 = sub %21, %4102 : f32[16] @ models/lib/nn.yaml:90:7
%4104 = assign %21, %4103 : f32[16] @ models/lib/nn.yaml:90:7
%4105 = assign %4075, %4081 : f32[16] @ models/lib/nn.yaml:90:7
%4106 = assign %4076, %4085 : f32[16] @ models/lib/nn.yaml:90:7
%4107 = assign %4077, %4078 : i64[] @ models/lib/nn.yaml:90:7
%4108 = mul %105, %3524 : f32[16] @ models/lib/nn.yaml:90:7
%4109 = mul %4103, %3526 : f32[16] @ models/lib/nn.yaml:90:7
%4110 = add %4108, %4109 : f32[16] @ models/lib/nn.yaml:90:7
%4111 = assign %105, %4110 : f32[16] @ models/lib/nn.yaml:90:7
%4112 = all_reduce_sum %3155 : f32[48,16] @ models/lib/nn.yaml:79:7
%4113 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4114 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4115 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4116 = add %4115, %3383 : i64[] @ models/lib/nn.yaml:79:7
%4117 = mul %22, %3611 : f32[48,16] @ models/lib/nn.yaml:79:7
%4118 = mul %4112, %3613 : f32[48,16] @ models/lib/nn.yaml:79:7
%4119 = mul %4113, %3615 : f32[48,16] @ models/lib/nn.yaml:79:7
%4120 = add %4119, %4118 : f32[48,16] @ models/lib/nn.yaml:79:7
%4121 = mul %4112, %4112 : f32[48,16] @ models/lib/nn.yaml:79:7
%4122 = mul %4121, %3619 : f32[48,16] @ models/lib/nn.yaml:79:7
%4123 = mul %4114, %3621 : f32[48,16] @ models/lib/nn.yaml:79:7
%4124 = add %4123, %4122 : f32[48,16] @ models/lib/nn.yaml:79:7
%4125 = cast %4116 : f64[] @ models/lib/nn.yaml:79:7
%4126 = pow %3393, %4125 : f64[] @ models/lib/nn.yaml:79:7
%4127 = sub %3386, %4126 : f64[] @ models/lib/nn.yaml:79:7
%4128 = div %2074, %4127 : f64[] @ models/lib/nn.yaml:79:7
%4129 = pow %3401, %4125 : f64[] @ models/lib/nn.yaml:79:7
%4130 = sub %3386, %4129 : f64[] @ models/lib/nn.yaml:79:7
%4131 = sqrt %4130 : f64[] @ models/lib/nn.yaml:79:7
%4132 = div %3386, %4131 : f64[] @ models/lib/nn.yaml:79:7
%4133 = sqrt %4124 : f32[48,16] @ models/lib/nn.yaml:79:7
%4134 = cast %4132 : f32[] @ models/lib/nn.yaml:79:7
%4135 = broadcast %4134 : f32[48,16] @ models/lib/nn.yaml:79:7
%4136 = mul %4133, %4135 : f32[48,16] @ models/lib/nn.yaml:79:7
%4137 = add %4136, %3636 : f32[48,16] @ models/lib/nn.yaml:79:7
%4138 = div %4120, %4137 : f32[48,16] @ models/lib/nn.yaml:79:7
%4139 = cast %4128 : f32[] @ models/lib/nn.yaml:79:7
%4140 = broadcast %4139 : f32[48,16] @ models/lib/nn.yaml:79:7
%4141 = mul %4138, %4140 : f32[48,16] @ models/lib/nn.yaml:79:7
%4142 = sub %4117, %4141 : f32[48,16] @ models/lib/nn.yaml:79:7
%4143 = assign %22, %4142 : f32[48,16] @ models/lib/nn.yaml:79:7
%4144 = assign %4113, %4120 : f32[48,16] @ models/lib/nn.yaml:79:7
%4145 = assign %4114, %4124 : f32[48,16] @ models/lib/nn.yaml:79:7
%4146 = assign %4115, %4116 : i64[] @ models/lib/nn.yaml:79:7
%4147 = mul %106, %3647 : f32[48,16] @ models/lib/nn.yaml:79:7
%4148 = mul %4142, %3649 : f32[48,16] @ models/lib/nn.yaml:79:7
%4149 = add %4147, %4148 : f32[48,16] @ models/lib/nn.yaml:79:7
%4150 = assign %106, %4149 : f32[48,16] @ models/lib/nn.yaml:79:7
%4151 = all_reduce_sum %3151 : f32[48] @ models/lib/nn.yaml:80:7
%4152 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4153 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4154 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4155 = add %4154, %3383 : i64[] @ models/lib/nn.yaml:80:7
%4156 = mul %4151, %3658 : f32[48] @ models/lib/nn.yaml:80:7
%4157 = mul %4152, %3660 : f32[48] @ models/lib/nn.yaml:80:7
%4158 = add %4157, %4156 : f32[48] @ models/lib/nn.yaml:80:7
%4159 = mul %4151, %4151 : f32[48] @ models/lib/nn.yaml:80:7
%4160 = mul %4159, %3664 : f32[48] @ models/lib/nn.yaml:80:7
%4161 = mul %4153, %3666 : f32[48] @ models/lib/nn.yaml:80:7
%4162 = add %4161, %4160 : f32[48] @ models/lib/nn.yaml:80:7
%4163 = cast %4155 : f64[] @ models/lib/nn.yaml:80:7
%4164 = pow %3393, %4163 : f64[] @ models/lib/nn.yaml:80:7
%4165 = sub %3386, %4164 : f64[] @ models/lib/nn.yaml:80:7
%4166 = div %2074, %4165 : f64[] @ models/lib/nn.yaml:80:7
%4167 = pow %3401, %4163 : f64[] @ models/lib/nn.yaml:80:7
%4168 = sub %3386, %4167 : f64[] @ models/lib/nn.yaml:80:7
%4169 = sqrt %4168 : f64[] @ models/lib/nn.yaml:80:7
%4170 = div %3386, %4169 : f64[] @ models/lib/nn.yaml:80:7
%4171 = sqrt %4162 : f32[48] @ models/lib/nn.yaml:80:7
%4172 = cast %4170 : f32[] @ models/lib/nn.yaml:80:7
%4173 = broadcast %4172 : f32[48] @ models/lib/nn.yaml:80:7
%4174 = mul %4171, %4173 : f32[48] @ models/lib/nn.yaml:80:7
%4175 = add %4174, %3681 : f32[48] @ models/lib/nn.yaml:80:7
%4176 = div %4158, %4175 : f32[48] @ models/lib/nn.yaml:80:7
%4177 = cast %4166 : f32[] @ models/lib/nn.yaml:80:7
%4178 = broadcast %4177 : f32[48] @ models/lib/nn.yaml:80:7
%4179 = mul %4176, %4178 : f32[48] @ models/lib/nn.yaml:80:7
%4180 = sub %23, %4179 : f32[48] @ models/lib/nn.yaml:80:7
%4181 = assign %23, %4180 : f32[48] @ models/lib/nn.yaml:80:7
%4182 = assign %4152, %4158 : f32[48] @ models/lib/nn.yaml:80:7
%4183 = assign %4153, %4162 : f32[48] @ models/lib/nn.yaml:80:7
%4184 = assign %4154, %4155 : i64[] @ models/lib/nn.yaml:80:7
%4185 = mul %107, %3692 : f32[48] @ models/lib/nn.yaml:80:7
%4186 = mul %4180, %3694 : f32[48] @ models/lib/nn.yaml:80:7
%4187 = add %4185, %4186 : f32[48] @ models/lib/nn.yaml:80:7
%4188 = assign %107, %4187 : f32[48] @ models/lib/nn.yaml:80:7
%4189 = all_reduce_sum %3062 : f32[16,16] @ models/lib/nn.yaml:79:7
%4190 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4191 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4192 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4193 = add %4192, %3383 : i64[] @ models/lib/nn.yaml:79:7
%4194 = mul %24, %3703 : f32[16,16] @ models/lib/nn.yaml:79:7
%4195 = mul %4189, %3705 : f32[16,16] @ models/lib/nn.yaml:79:7
%4196 = mul %4190, %3707 : f32[16,16] @ models/lib/nn.yaml:79:7
%4197 = add %4196, %4195 : f32[16,16] @ models/lib/nn.yaml:79:7
%4198 = mul %4189, %4189 : f32[16,16] @ models/lib/nn.yaml:79:7
%4199 = mul %4198, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%4200 = mul %4191, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%4201 = add %4200, %4199 : f32[16,16] @ models/lib/nn.yaml:79:7
%4202 = cast %4193 : f64[] @ models/lib/nn.yaml:79:7
%4203 = pow %3393, %4202 : f64[] @ models/lib/nn.yaml:79:7
%4204 = sub %3386, %4203 : f64[] @ models/lib/nn.yaml:79:7
%4205 = div %2074, %4204 : f64[] @ models/lib/nn.yaml:79:7
%4206 = pow %3401, %4202 : f64[] @ models/lib/nn.yaml:79:7
%4207 = sub %3386, %4206 : f64[] @ models/lib/nn.yaml:79:7
%4208 = sqrt %4207 : f64[] @ models/lib/nn.yaml:79:7
%4209 = div %3386, %4208 : f64[] @ models/lib/nn.yaml:79:7
%4210 = sqrt %4201 : f32[16,16] @ models/lib/nn.yaml:79:7
%4211 = cast %4209 : f32[] @ models/lib/nn.yaml:79:7
%4212 = broadcast %4211 : f32[16,16] @ models/lib/nn.yaml:79:7
%4213 = mul %4210, %4212 : f32[16,16] @ models/lib/nn.yaml:79:7
%4214 = add %4213, %3728 : f32[16,16] @ models/lib/nn.yaml:79:7
%4215 = div %4197, %4214 : f32[16,16] @ models/lib/nn.yaml:79:7
%4216 = cast %4205 : f32[] @ models/lib/nn.yaml:79:7
%4217 = broadcast %4216 : f32[16,16] @ models/lib/nn.yaml:79:7
%4218 = mul %4215, %4217 : f32[16,16] @ models/lib/nn.yaml:79:7
%4219 = sub %4194, %4218 : f32[16,16] @ models/lib/nn.yaml:79:7
%4220 = assign %24, %4219 : f32[16,16] @ models/lib/nn.yaml:79:7
%4221 = assign %4190, %4197 : f32[16,16] @ models/lib/nn.yaml:79:7
%4222 = assign %4191, %4201 : f32[16,16] @ models/lib/nn.yaml:79:7
%4223 = assign %4192, %4193 : i64[] @ models/lib/nn.yaml:79:7
%4224 = mul %108, %3739 : f32[16,16] @ models/lib/nn.yaml:79:7
%4225 = mul %4219, %3741 : f32[16,16] @ models/lib/nn.yaml:79:7
%4226 = add %4224, %4225 : f32[16,16] @ models/lib/nn.yaml:79:7
%4227 = assign %108, %4226 : f32[16,16] @ models/lib/nn.yaml:79:7
%4228 = all_reduce_sum %3058 : f32[16] @ models/lib/nn.yaml:80:7
%4229 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4230 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4231 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4232 = add %4231, %3383 : i64[] @ models/lib/nn.yaml:80:7
%4233 = mul %4228, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%4234 = mul %4229, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%4235 = add %4234, %4233 : f32[16] @ models/lib/nn.yaml:80:7
%4236 = mul %4228, %4228 : f32[16] @ models/lib/nn.yaml:80:7
%4237 = mul %4236, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%4238 = mul %4230, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%4239 = add %4238, %4237 : f32[16] @ models/lib/nn.yaml:80:7
%4240 = cast %4232 : f64[] @ models/lib/nn.yaml:80:7
%4241 = pow %3393, %4240 : f64[] @ models/lib/nn.yaml:80:7
%4242 = sub %3386, %4241 : f64[] @ models/lib/nn.yaml:80:7
%4243 = div %2074, %4242 : f64[] @ models/lib/nn.yaml:80:7
%4244 = pow %3401, %4240 : f64[] @ models/lib/nn.yaml:80:7
%4245 = sub %3386, %4244 : f64[] @ models/lib/nn.yaml:80:7
%4246 = sqrt %4245 : f64[] @ models/lib/nn.yaml:80:7
%4247 = div %3386, %4246 : f64[] @ models/lib/nn.yaml:80:7
%4248 = sqrt %4239 : f32[16] @ models/lib/nn.yaml:80:7
%4249 = cast %4247 : f32[] @ models/lib/nn.yaml:80:7
%4250 = broadcast %4249 : f32[16] @ models/lib/nn.yaml:80:7
%4251 = mul %4248, %4250 : f32[16] @ models/lib/nn.yaml:80:7
%4252 = add %4251, %3513 : f32[16] @ models/lib/nn.yaml:80:7
%4253 = div %4235, %4252 : f32[16] @ models/lib/nn.yaml:80:7
%4254 = cast %4243 : f32[] @ models/lib/nn.yaml:80:7
%4255 = broadcast %4254 : f32[16] @ models/lib/nn.yaml:80:7
%4256 = mul %4253, %4255 : f32[16] @ models/lib/nn.yaml:80:7
%4257 = sub %25, %4256 : f32[16] @ models/lib/nn.yaml:80:7
%4258 = assign %25, %4257 : f32[16] @ models/lib/nn.yaml:80:7
%4259 = assign %4229, %4235 : f32[16] @ models/lib/nn.yaml:80:7
%4260 = assign %4230, %4239 : f32[16] @ models/lib/nn.yaml:80:7
%4261 = assign %4231, %4232 : i64[] @ models/lib/nn.yaml:80:7
%4262 = mul %109, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%4263 = mul %4257, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%4264 = add %4262, %4263 : f32[16] @ models/lib/nn.yaml:80:7
%4265 = assign %109, %4264 : f32[16] @ models/lib/nn.yaml:80:7
%4266 = all_reduce_sum %3033 : f32[16] @ models/lib/nn.yaml:89:7
%4267 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4268 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4269 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4270 = add %4269, %3383 : i64[] @ models/lib/nn.yaml:89:7
%4271 = mul %4266, %3490 : f32[16] @ models/lib/nn.yaml:89:7
%4272 = mul %4267, %3492 : f32[16] @ models/lib/nn.yaml:89:7
%4273 = add %4272, %4271 : f32[16] @ models/lib/nn.yaml:89:7
%4274 = mul %4266, %4266 : f32[16] @ models/lib/nn.yaml:89:7
%4275 = mul %4274, %3496 : f32[16] @ models/lib/nn.yaml:89:7
%4276 = mul %4268, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%4277 = add %4276, %4275 : f32[16] @ models/lib/nn.yaml:89:7
%4278 = cast %4270 : f64[] @ models/lib/nn.yaml:89:7
%4279 = pow %3393, %4278 : f64[] @ models/lib/nn.yaml:89:7
%4280 = sub %3386, %4279 : f64[] @ models/lib/nn.yaml:89:7
%4281 = div %2074, %4280 : f64[] @ models/lib/nn.yaml:89:7
%4282 = pow %3401, %4278 : f64[] @ models/lib/nn.yaml:89:7
%4283 = sub %3386, %4282 : f64[] @ models/lib/nn.yaml:89:7
%4284 = sqrt %4283 : f64[] @ models/lib/nn.yaml:89:7
%4285 = div %3386, %4284 : f64[] @ models/lib/nn.yaml:89:7
%4286 = sqrt %4277 : f32[16] @ models/lib/nn.yaml:89:7
%4287 = cast %4285 : f32[] @ models/lib/nn.yaml:89:7
%4288 = broadcast %4287 : f32[16] @ models/lib/nn.yaml:89:7
%4289 = mul %4286, %4288 : f32[16] @ models/lib/nn.yaml:89:7
%4290 = add %4289, %3513 : f32[16] @ models/lib/nn.yaml:89:7
%4291 = div %4273, %4290 : f32[16] @ models/lib/nn.yaml:89:7
%4292 = cast %4281 : f32[] @ models/lib/nn.yaml:89:7
%4293 = broadcast %4292 : f32[16] @ models/lib/nn.yaml:89:7
%4294 = mul %4291, %4293 : f32[16] @ models/lib/nn.yaml:89:7
%4295 = sub %26, %4294 : f32[16] @ models/lib/nn.yaml:89:7
%4296 = assign %26, %4295 : f32[16] @ models/lib/nn.yaml:89:7
%4297 = assign %4267, %4273 : f32[16] @ models/lib/nn.yaml:89:7
%4298 = assign %4268, %4277 : f32[16] @ models/lib/nn.yaml:89:7
%4299 = assign %4269, %4270 : i64[] @ models/lib/nn.yaml:89:7
%4300 = mul %110, %3524 : f32[16] @ models/lib/nn.yaml:89:7
%4301 = mul %4295, %3526 : f32[16] @ models/lib/nn.yaml:89:7
%4302 = add %4300, %4301 : f32[16] @ models/lib/nn.yaml:89:7
%4303 = assign %110, %4302 : f32[16] @ models/lib/nn.yaml:89:7
%4304 = all_reduce_sum %3027 : f32[16] @ models/lib/nn.yaml:90:7
%4305 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4306 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4307 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4308 = add %4307, %3383 : i64[] @ models/lib/nn.yaml:90:7
%4309 = mul %4304, %3490 : f32[16] @ models/lib/nn.yaml:90:7
%4310 = mul %4305, %3492 : f32[16] @ models/lib/nn.yaml:90:7
%4311 = add %4310, %4309 : f32[16] @ models/lib/nn.yaml:90:7
%4312 = mul %4304, %4304 : f32[16] @ models/lib/nn.yaml:90:7
%4313 = mul %4312, %3496 : f32[16] @ models/lib/nn.yaml:90:7
%4314 = mul %4306, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%4315 = add %4314, %4313 : f32[16] @ models/lib/nn.yaml:90:7
%4316 = cast %4308 : f64[] @ models/lib/nn.yaml:90:7
%4317 = pow %3393, %4316 : f64[] @ models/lib/nn.yaml:90:7
%4318 = sub %3386, %4317 : f64[] @ models/lib/nn.yaml:90:7
%4319 = div %2074, %4318 : f64[] @ models/lib/nn.yaml:90:7
%4320 = pow %3401, %4316 : f64[] @ models/lib/nn.yaml:90:7
%4321 = sub %3386, %4320 : f64[] @ models/lib/nn.yaml:90:7
%4322 = sqrt %4321 : f64[] @ models/lib/nn.yaml:90:7
%4323 = div %3386, %4322 : f64[] @ models/lib/nn.yaml:90:7
%4324 = sqrt %4315 : f32[16] @ models/lib/nn.yaml:90:7
%4325 = cast %4323 : f32[] @ models/lib/nn.yaml:90:7
%4326 = broadcast %4325 : f32[16] @ models/lib/nn.yaml:90:7
%4327 = mul %4324, %4326 : f32[16] @ models/lib/nn.yaml:90:7
%4328 = add %4327, %3513 : f32[16] @ models/lib/nn.yaml:90:7
%4329 = div %4311, %4328 : f32[16] @ models/lib/nn.yaml:90:7
%4330 = cast %4319 : f32[] @ models/lib/nn.yaml:90:7
%4331 = broadcast %4330 : f32[16] @ models/lib/nn.yaml:90:7
%4332 = mul %4329, %4331 : f32[16] @ models/lib/nn.yaml:90:7
%4333 = sub %27, %4332 : f32[16] @ models/lib/nn.yaml:90:7
%4334 = assign %27, %4333 : f32[16] @ models/lib/nn.yaml:90:7
%4335 = assign %4305, %4311 : f32[16] @ models/lib/nn.yaml:90:7
%4336 = assign %4306, %4315 : f32[16] @ models/lib/nn.yaml:90:7
%4337 = assign %4307, %4308 : i64[] @ models/lib/nn.yaml:90:7
%4338 = mul %111, %3524 : f32[16] @ models/lib/nn.yaml:90:7
%4339 = mul %4333, %3526 : f32[16] @ models/lib/nn.yaml:90:7
%4340 = add %4338, %4339 : f32[16] @ models/lib/nn.yaml:90:7
%4341 = assign %111, %4340 : f32[16] @ models/lib/nn.yaml:90:7
%4342 = all_reduce_sum %3023 : f32[64,16] @ models/lib/nn.yaml:79:7
%4343 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4344 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4345 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4346 = add %4345, %3383 : i64[] @ models/lib/nn.yaml:79:7
%4347 = mul %28, %3864 : f32[64,16] @ models/lib/nn.yaml:79:7
%4348 = mul %4342, %3866 : f32[64,16] @ models/lib/nn.yaml:79:7
%4349 = mul %4343, %3868 : f32[64,16] @ models/lib/nn.yaml:79:7
%4350 = add %4349, %4348 : f32[64,16] @ models/lib/nn.yaml:79:7
%4351 = mul %4342, %4342 : f32[64,16] @ models/lib/nn.yaml:79:7
%4352 = mul %4351, %3872 : f32[64,16] @ models/lib/nn.yaml:79:7
%4353 = mul %4344, %3874 : f32[64,16] @ models/lib/nn.yaml:79:7
%4354 = add %4353, %4352 : f32[64,16] @ models/lib/nn.yaml:79:7
%4355 = cast %4346 : f64[] @ models/lib/nn.yaml:79:7
%4356 = pow %3393, %4355 : f64[] @ models/lib/nn.yaml:79:7
%4357 = sub %3386, %4356 : f64[] @ models/lib/nn.yaml:79:7
%4358 = div %2074, %4357 : f64[] @ models/lib/nn.yaml:79:7
%4359 = pow %3401, %4355 : f64[] @ models/lib/nn.yaml:79:7
%4360 = sub %3386, %4359 : f64[] @ models/lib/nn.yaml:79:7
%4361 = sqrt %4360 : f64[] @ models/lib/nn.yaml:79:7
%4362 = div %3386, %4361 : f64[] @ models/lib/nn.yaml:79:7
%4363 = sqrt %4354 : f32[64,16] @ models/lib/nn.yaml:79:7
%4364 = cast %4362 : f32[] @ models/lib/nn.yaml:79:7
%4365 = broadcast %4364 : f32[64,16] @ models/lib/nn.yaml:79:7
%4366 = mul %4363, %4365 : f32[64,16] @ models/lib/nn.yaml:79:7
%4367 = add %4366, %3889 : f32[64,16] @ models/lib/nn.yaml:79:7
%4368 = div %4350, %4367 : f32[64,16] @ models/lib/nn.yaml:79:7
%4369 = cast %4358 : f32[] @ models/lib/nn.yaml:79:7
%4370 = broadcast %4369 : f32[64,16] @ models/lib/nn.yaml:79:7
%4371 = mul %4368, %4370 : f32[64,16] @ models/lib/nn.yaml:79:7
%4372 = sub %4347, %4371 : f32[64,16] @ models/lib/nn.yaml:79:7
%4373 = assign %28, %4372 : f32[64,16] @ models/lib/nn.yaml:79:7
%4374 = assign %4343, %4350 : f32[64,16] @ models/lib/nn.yaml:79:7
%4375 = assign %4344, %4354 : f32[64,16] @ models/lib/nn.yaml:79:7
%4376 = assign %4345, %4346 : i64[] @ models/lib/nn.yaml:79:7
%4377 = mul %112, %3900 : f32[64,16] @ models/lib/nn.yaml:79:7
%4378 = mul %4372, %3902 : f32[64,16] @ models/lib/nn.yaml:79:7
%4379 = add %4377, %4378 : f32[64,16] @ models/lib/nn.yaml:79:7
%4380 = assign %112, %4379 : f32[64,16] @ models/lib/nn.yaml:79:7
%4381 = all_reduce_sum %3019 : f32[64] @ models/lib/nn.yaml:80:7
%4382 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4383 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4384 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4385 = add %4384, %3383 : i64[] @ models/lib/nn.yaml:80:7
%4386 = mul %4381, %3911 : f32[64] @ models/lib/nn.yaml:80:7
%4387 = mul %4382, %3913 : f32[64] @ models/lib/nn.yaml:80:7
%4388 = add %4387, %4386 : f32[64] @ models/lib/nn.yaml:80:7
%4389 = mul %4381, %4381 : f32[64] @ models/lib/nn.yaml:80:7
%4390 = mul %4389, %3917 : f32[64] @ models/lib/nn.yaml:80:7
%4391 = mul %4383, %3919 : f32[64] @ models/lib/nn.yaml:80:7
%4392 = add %4391, %4390 : f32[64] @ models/lib/nn.yaml:80:7
%4393 = cast %4385 : f64[] @ models/lib/nn.yaml:80:7
%4394 = pow %3393, %4393 : f64[] @ models/lib/nn.yaml:80:7
%4395 = sub %3386, %4394 : f64[] @ models/lib/nn.yaml:80:7
%4396 = div %2074, %4395 : f64[] @ models/lib/nn.yaml:80:7
%4397 = pow %3401, %4393 : f64[] @ models/lib/nn.yaml:80:7
%4398 = sub %3386, %4397 : f64[] @ models/lib/nn.yaml:80:7
%4399 = sqrt %4398 : f64[] @ models/lib/nn.yaml:80:7
%4400 = div %3386, %4399 : f64[] @ models/lib/nn.yaml:80:7
%4401 = sqrt %4392 : f32[64] @ models/lib/nn.yaml:80:7
%4402 = cast %4400 : f32[] @ models/lib/nn.yaml:80:7
%4403 = broadcast %4402 : f32[64] @ models/lib/nn.yaml:80:7
%4404 = mul %4401, %4403 : f32[64] @ models/lib/nn.yaml:80:7
%4405 = add %4404, %3934 : f32[64] @ models/lib/nn.yaml:80:7
%4406 = div %4388, %4405 : f32[64] @ models/lib/nn.yaml:80:7
%4407 = cast %4396 : f32[] @ models/lib/nn.yaml:80:7
%4408 = broadcast %4407 : f32[64] @ models/lib/nn.yaml:80:7
%4409 = mul %4406, %4408 : f32[64] @ models/lib/nn.yaml:80:7
%4410 = sub %29, %4409 : f32[64] @ models/lib/nn.yaml:80:7
%4411 = assign %29, %4410 : f32[64] @ models/lib/nn.yaml:80:7
%4412 = assign %4382, %4388 : f32[64] @ models/lib/nn.yaml:80:7
%4413 = assign %4383, %4392 : f32[64] @ models/lib/nn.yaml:80:7
%4414 = assign %4384, %4385 : i64[] @ models/lib/nn.yaml:80:7
%4415 = mul %113, %3945 : f32[64] @ models/lib/nn.yaml:80:7
%4416 = mul %4410, %3947 : f32[64] @ models/lib/nn.yaml:80:7
%4417 = add %4415, %4416 : f32[64] @ models/lib/nn.yaml:80:7
%4418 = assign %113, %4417 : f32[64] @ models/lib/nn.yaml:80:7
%4419 = all_reduce_sum %3001 : f32[16,64] @ models/lib/nn.yaml:79:7
%4420 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4421 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4422 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4423 = add %4422, %3383 : i64[] @ models/lib/nn.yaml:79:7
%4424 = mul %30, %3956 : f32[16,64] @ models/lib/nn.yaml:79:7
%4425 = mul %4419, %3958 : f32[16,64] @ models/lib/nn.yaml:79:7
%4426 = mul %4420, %3960 : f32[16,64] @ models/lib/nn.yaml:79:7
%4427 = add %4426, %4425 : f32[16,64] @ models/lib/nn.yaml:79:7
%4428 = mul %4419, %4419 : f32[16,64] @ models/lib/nn.yaml:79:7
%4429 = mul %4428, %3964 : f32[16,64] @ models/lib/nn.yaml:79:7
%4430 = mul %4421, %3966 : f32[16,64] @ models/lib/nn.yaml:79:7
%4431 = add %4430, %4429 : f32[16,64] @ models/lib/nn.yaml:79:7
%4432 = cast %4423 : f64[] @ models/lib/nn.yaml:79:7
%4433 = pow %3393, %4432 : f64[] @ models/lib/nn.yaml:79:7
%4434 = sub %3386, %4433 : f64[] @ models/lib/nn.yaml:79:7
%4435 = div %2074, %4434 : f64[] @ models/lib/nn.yaml:79:7
%4436 = pow %3401, %4432 : f64[] @ models/lib/nn.yaml:79:7
%4437 = sub %3386, %4436 : f64[] @ models/lib/nn.yaml:79:7
%4438 = sqrt %4437 : f64[] @ models/lib/nn.yaml:79:7
%4439 = div %3386, %4438 : f64[] @ models/lib/nn.yaml:79:7
%4440 = sqrt %4431 : f32[16,64] @ models/lib/nn.yaml:79:7
%4441 = cast %4439 : f32[] @ models/lib/nn.yaml:79:7
%4442 = broadcast %4441 : f32[16,64] @ models/lib/nn.yaml:79:7
%4443 = mul %4440, %4442 : f32[16,64] @ models/lib/nn.yaml:79:7
%4444 = add %4443, %3981 : f32[16,64] @ models/lib/nn.yaml:79:7
%4445 = div %4427, %4444 : f32[16,64] @ models/lib/nn.yaml:79:7
%4446 = cast %4435 : f32[] @ models/lib/nn.yaml:79:7
%4447 = broadcast %4446 : f32[16,64] @ models/lib/nn.yaml:79:7
%4448 = mul %4445, %4447 : f32[16,64] @ models/lib/nn.yaml:79:7
%4449 = sub %4424, %4448 : f32[16,64] @ models/lib/nn.yaml:79:7
%4450 = assign %30, %4449 : f32[16,64] @ models/lib/nn.yaml:79:7
%4451 = assign %4420, %4427 : f32[16,64] @ models/lib/nn.yaml:79:7
%4452 = assign %4421, %4431 : f32[16,64] @ models/lib/nn.yaml:79:7
%4453 = assign %4422, %4423 : i64[] @ models/lib/nn.yaml:79:7
%4454 = mul %114, %3992 : f32[16,64] @ models/lib/nn.yaml:79:7
%4455 = mul %4449, %3994 : f32[16,64] @ models/lib/nn.yaml:79:7
%4456 = add %4454, %4455 : f32[16,64] @ models/lib/nn.yaml:79:7
%4457 = assign %114, %4456 : f32[16,64] @ models/lib/nn.yaml:79:7
%4458 = all_reduce_sum %2997 : f32[16] @ models/lib/nn.yaml:80:7
%4459 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4460 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4461 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4462 = add %4461, %3383 : i64[] @ models/lib/nn.yaml:80:7
%4463 = mul %4458, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%4464 = mul %4459, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%4465 = add %4464, %4463 : f32[16] @ models/lib/nn.yaml:80:7
%4466 = mul %4458, %4458 : f32[16] @ models/lib/nn.yaml:80:7
%4467 = mul %4466, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%4468 = mul %4460, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%4469 = add %4468, %4467 : f32[16] @ models/lib/nn.yaml:80:7
%4470 = cast %4462 : f64[] @ models/lib/nn.yaml:80:7
%4471 = pow %3393, %4470 : f64[] @ models/lib/nn.yaml:80:7
%4472 = sub %3386, %4471 : f64[] @ models/lib/nn.yaml:80:7
%4473 = div %2074, %4472 : f64[] @ models/lib/nn.yaml:80:7
%4474 = pow %3401, %4470 : f64[] @ models/lib/nn.yaml:80:7
%4475 = sub %3386, %4474 : f64[] @ models/lib/nn.yaml:80:7
%4476 = sqrt %4475 : f64[] @ models/lib/nn.yaml:80:7
%4477 = div %3386, %4476 : f64[] @ models/lib/nn.yaml:80:7
%4478 = sqrt %4469 : f32[16] @ models/lib/nn.yaml:80:7
%4479 = cast %4477 : f32[] @ models/lib/nn.yaml:80:7
%4480 = broadcast %4479 : f32[16] @ models/lib/nn.yaml:80:7
%4481 = mul %4478, %4480 : f32[16] @ models/lib/nn.yaml:80:7
%4482 = add %4481, %3513 : f32[16] @ models/lib/nn.yaml:80:7
%4483 = div %4465, %4482 : f32[16] @ models/lib/nn.yaml:80:7
%4484 = cast %4473 : f32[] @ models/lib/nn.yaml:80:7
%4485 = broadcast %4484 : f32[16] @ models/lib/nn.yaml:80:7
%4486 = mul %4483, %4485 : f32[16] @ models/lib/nn.yaml:80:7
%4487 = sub %31, %4486 : f32[16] @ models/lib/nn.yaml:80:7
%4488 = assign %31, %4487 : f32[16] @ models/lib/nn.yaml:80:7
%4489 = assign %4459, %4465 : f32[16] @ models/lib/nn.yaml:80:7
%4490 = assign %4460, %4469 : f32[16] @ models/lib/nn.yaml:80:7
%4491 = assign %4461, %4462 : i64[] @ models/lib/nn.yaml:80:7
%4492 = mul %115, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%4493 = mul %4487, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%4494 = add %4492, %4493 : f32[16] @ models/lib/nn.yaml:80:7
%4495 = assign %115, %4494 : f32[16] @ models/lib/nn.yaml:80:7
%4496 = all_reduce_sum %2991 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4497 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4498 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4499 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%4500 = add %4499, %3383 : i64[] @ models/lib/vit.yaml:103:7
%4501 = broadcast %3388 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4502 = mul %32, %4501 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4503 = broadcast %2077 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4504 = mul %4496, %4503 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4505 = broadcast %1348 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4506 = mul %4497, %4505 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4507 = add %4506, %4504 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4508 = mul %4496, %4496 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4509 = broadcast %3398 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4510 = mul %4508, %4509 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4511 = broadcast %3402 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4512 = mul %4498, %4511 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4513 = add %4512, %4510 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4514 = cast %4500 : f64[] @ models/lib/vit.yaml:103:7
%4515 = pow %3393, %4514 : f64[] @ models/lib/vit.yaml:103:7
%4516 = sub %3386, %4515 : f64[] @ models/lib/vit.yaml:103:7
%4517 = div %2074, %4516 : f64[] @ models/lib/vit.yaml:103:7
%4518 = pow %3401, %4514 : f64[] @ models/lib/vit.yaml:103:7
%4519 = sub %3386, %4518 : f64[] @ models/lib/vit.yaml:103:7
%4520 = sqrt %4519 : f64[] @ models/lib/vit.yaml:103:7
%4521 = div %3386, %4520 : f64[] @ models/lib/vit.yaml:103:7
%4522 = sqrt %4513 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4523 = cast %4521 : f32[] @ models/lib/vit.yaml:103:7
%4524 = broadcast %4523 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4525 = mul %4522, %4524 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4526 = broadcast %3418 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4527 = add %4525, %4526 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4528 = div %4507, %4527 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4529 = cast %4517 : f32[] @ models/lib/vit.yaml:103:7
%4530 = broadcast %4529 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4531 = mul %4528, %4530 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4532 = sub %4502, %4531 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4533 = assign %32, %4532 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4534 = assign %4497, %4507 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4535 = assign %4498, %4513 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4536 = assign %4499, %4500 : i64[] @ models/lib/vit.yaml:103:7
%4537 = broadcast %3 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4538 = mul %116, %4537 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4539 = broadcast %3433 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4540 = mul %4532, %4539 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4541 = add %4538, %4540 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4542 = assign %116, %4541 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4543 = all_reduce_sum %2969 : f32[16] @ models/lib/nn.yaml:89:7
%4544 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4545 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4546 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4547 = add %4546, %3383 : i64[] @ models/lib/nn.yaml:89:7
%4548 = mul %4543, %3490 : f32[16] @ models/lib/nn.yaml:89:7
%4549 = mul %4544, %3492 : f32[16] @ models/lib/nn.yaml:89:7
%4550 = add %4549, %4548 : f32[16] @ models/lib/nn.yaml:89:7
%4551 = mul %4543, %4543 : f32[16] @ models/lib/nn.yaml:89:7
%4552 = mul %4551, %3496 : f32[16] @ models/lib/nn.yaml:89:7
%4553 = mul %4545, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%4554 = add %4553, %4552 : f32[16] @ models/lib/nn.yaml:89:7
%4555 = cast %4547 : f64[] @ models/lib/nn.yaml:89:7
%4556 = pow %3393, %4555 : f64[] @ models/lib/nn.yaml:89:7
%4557 = sub %3386, %4556 : f64[] @ models/lib/nn.yaml:89:7
%4558 = div %2074, %4557 : f64[] @ models/lib/nn.yaml:89:7
%4559 = pow %3401, %4555 : f64[] @ models/lib/nn.yaml:89:7
%4560 = sub %3386, %4559 : f64[] @ models/lib/nn.yaml:89:7
%4561 = sqrt %4560 : f64[] @ models/lib/nn.yaml:89:7
%4562 = div %3386, %4561 : f64[] @ models/lib/nn.yaml:89:7
%4563 = sqrt %4554 : f32[16] @ models/lib/nn.yaml:89:7
%4564 = cast %4562 : f32[] @ models/lib/nn.yaml:89:7
%4565 = broadcast %4564 : f32[16] @ models/lib/nn.yaml:89:7
%4566 = mul %4563, %4565 : f32[16] @ models/lib/nn.yaml:89:7
%4567 = add %4566, %3513 : f32[16] @ models/lib/nn.yaml:89:7
%4568 = div %4550, %4567 : f32[16] @ models/lib/nn.yaml:89:7
%4569 = cast %4558 : f32[] @ models/lib/nn.yaml:89:7
%4570 = broadcast %4569 : f32[16] @ models/lib/nn.yaml:89:7
%4571 = mul %4568, %4570 : f32[16] @ models/lib/nn.yaml:89:7
%4572 = sub %33, %4571 : f32[16] @ models/lib/nn.yaml:89:7
%4573 = assign %33, %4572 : f32[16] @ models/lib/nn.yaml:89:7
%4574 = assign %4544, %4550 : f32[16] @ models/lib/nn.yaml:89:7
%4575 = assign %4545, %4554 : f32[16] @ models/lib/nn.yaml:89:7
%4576 = assign %4546, %4547 : i64[] @ models/lib/nn.yaml:89:7
%4577 = mul %117, %3524 : f32[16] @ models/lib/nn.yaml:89:7
%4578 = mul %4572, %3526 : f32[16] @ models/lib/nn.yaml:89:7
%4579 = add %4577, %4578 : f32[16] @ models/lib/nn.yaml:89:7
%4580 = assign %117, %4579 : f32[16] @ models/lib/nn.yaml:89:7
%4581 = all_reduce_sum %2963 : f32[16] @ models/lib/nn.yaml:90:7
%4582 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4583 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4584 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4585 = add %4584, %3383 : i64[] @ models/lib/nn.yaml:90:7
%4586 = mul %4581, %3490 : f32[16] @ models/lib/nn.yaml:90:7
%4587 = mul %4582, %3492 : f32[16] @ models/lib/nn.yaml:90:7
%4588 = add %4587, %4586 : f32[16] @ models/lib/nn.yaml:90:7
%4589 = mul %4581, %4581 : f32[16] @ models/lib/nn.yaml:90:7
%4590 = mul %4589, %3496 : f32[16] @ models/lib/nn.yaml:90:7
%4591 = mul %4583, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%4592 = add %4591, %4590 : f32[16] @ models/lib/nn.yaml:90:7
%4593 = cast %4585 : f64[] @ models/lib/nn.yaml:90:7
%4594 = pow %3393, %4593 : f64[] @ models/lib/nn.yaml:90:7
%4595 = sub %3386, %4594 : f64[] @ models/lib/nn.yaml:90:7
%4596 = div %2074, %4595 : f64[] @ models/lib/nn.yaml:90:7
%4597 = pow %3401, %4593 : f64[] @ models/lib/nn.yaml:90:7
%4598 = sub %3386, %4597 : f64[] @ models/lib/nn.yaml:90:7
%4599 = sqrt %4598 : f64[] @ models/lib/nn.yaml:90:7
%4600 = div %3386, %4599 : f64[] @ models/lib/nn.yaml:90:7
%4601 = sqrt %4592 : f32[16] @ models/lib/nn.yaml:90:7
%4602 = cast %4600 : f32[] @ models/lib/nn.yaml:90:7
%4603 = broadcast %4602 : f32[16] @ models/lib/nn.yaml:90:7
%4604 = mul %4601, %4603 : f32[16] @ models/lib/nn.yaml:90:7
%4605 = add %4604, %3513 : f32[16] @ models/lib/nn.yaml:90:7
%4606 = div %4588, %4605 : f32[16] @ models/lib/nn.yaml:90:7
%4607 = cast %4596 : f32[] @ models/lib/nn.yaml:90:7
%4608 = broadcast %4607 : f32[16] @ models/lib/nn.yaml:90:7
%4609 = mul %4606, %4608 : f32[16] @ models/lib/nn.yaml:90:7
%4610 = sub %34, %4609 : f32[16] @ models/lib/nn.yaml:90:7
%4611 = assign %34, %4610 : f32[16] @ models/lib/nn.yaml:90:7
%4612 = assign %4582, %4588 : f32[16] @ models/lib/nn.yaml:90:7
%4613 = assign %4583, %4592 : f32[16] @ models/lib/nn.yaml:90:7
%4614 = assign %4584, %4585 : i64[] @ models/lib/nn.yaml:90:7
%4615 = mul %118, %3524 : f32[16] @ models/lib/nn.yaml:90:7
%4616 = mul %4610, %3526 : f32[16] @ models/lib/nn.yaml:90:7
%4617 = add %4615, %4616 : f32[16] @ models/lib/nn.yaml:90:7
%4618 = assign %118, %4617 : f32[16] @ models/lib/nn.yaml:90:7
%4619 = all_reduce_sum %2957 : f32[16,16] @ models/lib/nn.yaml:79:7
%4620 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4621 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4622 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4623 = add %4622, %3383 : i64[] @ models/lib/nn.yaml:79:7
%4624 = mul %35, %3703 : f32[16,16] @ models/lib/nn.yaml:79:7
%4625 = mul %4619, %3705 : f32[16,16] @ models/lib/nn.yaml:79:7
%4626 = mul %4620, %3707 : f32[16,16] @ models/lib/nn.yaml:79:7
%4627 = add %4626, %4625 : f32[16,16] @ models/lib/nn.yaml:79:7
%4628 = mul %4619, %4619 : f32[16,16] @ models/lib/nn.yaml:79:7
%4629 = mul %4628, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%4630 = mul %4621, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%4631 = add %4630, %4629 : f32[16,16] @ models/lib/nn.yaml:79:7
%4632 = cast %4623 : f64[] @ models/lib/nn.yaml:79:7
%4633 = pow %3393, %4632 : f64[] @ models/lib/nn.yaml:79:7
%4634 = sub %3386, %4633 : f64[] @ models/lib/nn.yaml:79:7
%4635 = div %2074, %4634 : f64[] @ models/lib/nn.yaml:79:7
%4636 = pow %3401, %4632 : f64[] @ models/lib/nn.yaml:79:7
%4637 = sub %3386, %4636 : f64[] @ models/lib/nn.yaml:79:7
%4638 = sqrt %4637 : f64[] @ models/lib/nn.yaml:79:7
%4639 = div %3386, %4638 : f64[] @ models/lib/nn.yaml:79:7
%4640 = sqrt %4631 : f32[16,16] @ models/lib/nn.yaml:79:7
%4641 = cast %4639 : f32[] @ models/lib/nn.yaml:79:7
%4642 = broadcast %4641 : f32[16,16] @ models/lib/nn.yaml:79:7
%4643 = mul %4640, %4642 : f32[16,16] @ models/lib/nn.yaml:79:7
%4644 = add %4643, %3728 : f32[16,16] @ models/lib/nn.yaml:79:7
%4645 = div %4627, %4644 : f32[16,16] @ models/lib/nn.yaml:79:7
%4646 = cast %4635 : f32[] @ models/lib/nn.yaml:79:7
%4647 = broadcast %4646 : f32[16,16] @ models/lib/nn.yaml:79:7
%4648 = mul %4645, %4647 : f32[16,16] @ models/lib/nn.yaml:79:7
%4649 = sub %4624, %4648 : f32[16,16] @ models/lib/nn.yaml:79:7
%4650 = assign %35, %4649 : f32[16,16] @ models/lib/nn.yaml:79:7
%4651 = assign %4620, %4627 : f32[16,16] @ models/lib/nn.yaml:79:7
%4652 = assign %4621, %4631 : f32[16,16] @ models/lib/nn.yaml:79:7
%4653 = assign %4622, %4623 : i64[] @ models/lib/nn.yaml:79:7
%4654 = mul %119, %3739 : f32[16,16] @ models/lib/nn.yaml:79:7
%4655 = mul %4649, %3741 : f32[16,16] @ models/lib/nn.yaml:79:7
%4656 = add %4654, %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%4657 = assign %119, %4656 : f32[16,16] @ models/lib/nn.yaml:79:7
%4658 = all_reduce_sum %2953 : f32[16] @ models/lib/nn.yaml:80:7
%4659 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4660 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4661 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4662 = add %4661, %3383 : i64[] @ models/lib/nn.yaml:80:7
%4663 = mul %4658, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%4664 = mul %4659, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%4665 = add %4664, %4663 : f32[16] @ models/lib/nn.yaml:80:7
%4666 = mul %4658, %4658 : f32[16] @ models/lib/nn.yaml:80:7
%4667 = mul %4666, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%4668 = mul %4660, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%4669 = add %4668, %4667 : f32[16] @ models/lib/nn.yaml:80:7
%4670 = cast %4662 : f64[] @ models/lib/nn.yaml:80:7
%4671 = pow %3393, %4670 : f64[] @ models/lib/nn.yaml:80:7
%4672 = sub %3386, %4671 : f64[] @ models/lib/nn.yaml:80:7
%4673 = div %2074, %4672 : f64[] @ models/lib/nn.yaml:80:7
%4674 = pow %3401, %4670 : f64[] @ models/lib/nn.yaml:80:7
%4675 = sub %3386, %4674 : f64[] @ models/lib/nn.yaml:80:7
%4676 = sqrt %4675 : f64[] @ models/lib/nn.yaml:80:7
%4677 = div %3386, %4676 : f64[] @ models/lib/nn.yaml:80:7
%4678 = sqrt %4669 : f32[16] @ models/lib/nn.yaml:80:7
%4679 = cast %4677 : f32[] @ models/lib/nn.yaml:80:7
%4680 = broadcast %4679 : f32[16] @ models/lib/nn.yaml:80:7
%4681 = mul %4678, %4680 : f32[16] @ models/lib/nn.yaml:80:7
%4682 = add %4681, %3513 : f32[16] @ models/lib/nn.yaml:80:7
%4683 = div %4665, %4682 : f32[16] @ models/lib/nn.yaml:80:7
%4684 = cast %4673 : f32[] @ models/lib/nn.yaml:80:7
%4685 = broadcast %4684 : f32[16] @ models/lib/nn.yaml:80:7
%4686 = mul %4683, %4685 : f32[16] @ models/lib/nn.yaml:80:7
%4687 = sub %36, %4686 : f32[16] @ models/lib/nn.yaml:80:7
%4688 = assign %36, %4687 : f32[16] @ models/lib/nn.yaml:80:7
%4689 = assign %4659, %4665 : f32[16] @ models/lib/nn.yaml:80:7
%4690 = assign %4660, %4669 : f32[16] @ models/lib/nn.yaml:80:7
%4691 = assign %4661, %4662 : i64[] @ models/lib/nn.yaml:80:7
%4692 = mul %120, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%4693 = mul %4687, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%4694 = add %4692, %4693 : f32[16] @ models/lib/nn.yaml:80:7
%4695 = assign %120, %4694 : f32[16] @ models/lib/nn.yaml:80:7
%4696 = all_reduce_sum %2949 : f32[16,16] @ models/lib/nn.yaml:79:7
%4697 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4698 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4699 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4700 = add %4699, %3383 : i64[] @ models/lib/nn.yaml:79:7
%4701 = mul %37, %3703 : f32[16,16] @ models/lib/nn.yaml:79:7
%4702 = mul %4696, %3705 : f32[16,16] @ models/lib/nn.yaml:79:7
%4703 = mul %4697, %3707 : f32[16,16] @ models/lib/nn.yaml:79:7
%4704 = add %4703, %4702 : f32[16,16] @ models/lib/nn.yaml:79:7
%4705 = mul %4696, %4696 : f32[16,16] @ models/lib/nn.yaml:79:7
%4706 = mul %4705, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%4707 = mul %4698, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%4708 = add %4707, %4706 : f32[16,16] @ models/lib/nn.yaml:79:7
%4709 = cast %4700 : f64[] @ models/lib/nn.yaml:79:7
%4710 = pow %3393, %4709 : f64[] @ models/lib/nn.yaml:79:7
%4711 = sub %3386, %4710 : f64[] @ models/lib/nn.yaml:79:7
%4712 = div %2074, %4711 : f64[] @ models/lib/nn.yaml:79:7
%4713 = pow %3401, %4709 : f64[] @ models/lib/nn.yaml:79:7
%4714 = sub %3386, %4713 : f64[] @ models/lib/nn.yaml:79:7
%4715 = sqrt %4714 : f64[] @ models/lib/nn.yaml:79:7
%4716 = div %3386, %4715 : f64[] @ models/lib/nn.yaml:79:7
%4717 = sqrt %4708 : f32[16,16] @ models/lib/nn.yaml:79:7
%4718 = cast %4716 : f32[] @ models/lib/nn.yaml:79:7
%4719 = broadcast %4718 : f32[16,16] @ models/lib/nn.yaml:79:7
%4720 = mul %4717, %4719 : f32[16,16] @ models/lib/nn.yaml:79:7
%4721 = add %4720, %3728 : f32[16,16] @ models/lib/nn.yaml:79:7
%4722 = div %4704, %4721 : f32[16,16] @ models/lib/nn.yaml:79:7
%4723 = cast %4712 : f32[] @ models/lib/nn.yaml:79:7
%4724 = broadcast %4723 : f32[16,16] @ models/lib/nn.yaml:79:7
%4725 = mul %4722, %4724 : f32[16,16] @ models/lib/nn.yaml:79:7
%4726 = sub %4701, %4725 : f32[16,16] @ models/lib/nn.yaml:79:7
%4727 = assign %37, %4726 : f32[16,16] @ models/lib/nn.yaml:79:7
%4728 = assign %4697, %4704 : f32[16,16] @ models/lib/nn.yaml:79:7
%4729 = assign %4698, %4708 : f32[16,16] @ models/lib/nn.yaml:79:7
%4730 = assign %4699, %4700 : i64[] @ models/lib/nn.yaml:79:7
%4731 = mul %121, %3739 : f32[16,16] @ models/lib/nn.yaml:79:7
%4732 = mul %4726, %3741 : f32[16,16] @ models/lib/nn.yaml:79:7
%4733 = add %4731, %4732 : f32[16,16] @ models/lib/nn.yaml:79:7
%4734 = assign %121, %4733 : f32[16,16] @ models/lib/nn.yaml:79:7
%4735 = all_reduce_sum %2945 : f32[16] @ models/lib/nn.yaml:80:7
%4736 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4737 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4738 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4739 = add %4738, %3383 : i64[] @ models/lib/nn.yaml:80:7
%4740 = mul %4735, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%4741 = mul %4736, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%4742 = add %4741, %4740 : f32[16] @ models/lib/nn.yaml:80:7
%4743 = mul %4735, %4735 : f32[16] @ models/lib/nn.yaml:80:7
%4744 = mul %4743, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%4745 = mul %4737, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%4746 = add %4745, %4744 : f32[16] @ models/lib/nn.yaml:80:7
%4747 = cast %4739 : f64[] @ models/lib/nn.yaml:80:7
%4748 = pow %3393, %4747 : f64[] @ models/lib/nn.yaml:80:7
%4749 = sub %3386, %4748 : f64[] @ models/lib/nn.yaml:80:7
%4750 = div %2074, %4749 : f64[] @ models/lib/nn.yaml:80:7
%4751 = pow %3401, %4747 : f64[] @ models/lib/nn.yaml:80:7
%4752 = sub %3386, %4751 : f64[] @ models/lib/nn.yaml:80:7
%4753 = sqrt %4752 : f64[] @ models/lib/nn.yaml:80:7
%4754 = div %3386, %4753 : f64[] @ models/lib/nn.yaml:80:7
%4755 = sqrt %4746 : f32[16] @ models/lib/nn.yaml:80:7
%4756 = cast %4754 : f32[] @ models/lib/nn.yaml:80:7
%4757 = broadcast %4756 : f32[16] @ models/lib/nn.yaml:80:7
%4758 = mul %4755, %4757 : f32[16] @ models/lib/nn.yaml:80:7
%4759 = add %4758, %3513 : f32[16] @ models/lib/nn.yaml:80:7
%4760 = div %4742, %4759 : f32[16] @ models/lib/nn.yaml:80:7
%4761 = cast %4750 : f32[] @ models/lib/nn.yaml:80:7
%4762 = broadcast %4761 : f32[16] @ models/lib/nn.yaml:80:7
%4763 = mul %4760, %4762 : f32[16] @ models/lib/nn.yaml:80:7
%4764 = sub %38, %4763 : f32[16] @ models/lib/nn.yaml:80:7
%4765 = assign %38, %4764 : f32[16] @ models/lib/nn.yaml:80:7
%4766 = assign %4736, %4742 : f32[16] @ models/lib/nn.yaml:80:7
%4767 = assign %4737, %4746 : f32[16] @ models/lib/nn.yaml:80:7
%4768 = assign %4738, %4739 : i64[] @ models/lib/nn.yaml:80:7
%4769 = mul %122, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%4770 = mul %4764, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%4771 = add %4769, %4770 : f32[16] @ models/lib/nn.yaml:80:7
%4772 = assign %122, %4771 : f32[16] @ models/lib/nn.yaml:80:7
%4773 = all_reduce_sum %2939 : f32[16,16] @ models/lib/nn.yaml:79:7
%4774 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4775 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4776 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4777 = add %4776, %3383 : i64[] @ models/lib/nn.yaml:79:7
%4778 = mul %39, %3703 : f32[16,16] @ models/lib/nn.yaml:79:7
%4779 = mul %4773, %3705 : f32[16,16] @ models/lib/nn.yaml:79:7
%4780 = mul %4774, %3707 : f32[16,16] @ models/lib/nn.yaml:79:7
%4781 = add %4780, %4779 : f32[16,16] @ models/lib/nn.yaml:79:7
%4782 = mul %4773, %4773 : f32[16,16] @ models/lib/nn.yaml:79:7
%4783 = mul %4782, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%4784 = mul %4775, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%4785 = add %4784, %4783 : f32[16,16] @ models/lib/nn.yaml:79:7
%4786 = cast %4777 : f64[] @ models/lib/nn.yaml:79:7
%4787 = pow %3393, %4786 : f64[] @ models/lib/nn.yaml:79:7
%4788 = sub %3386, %4787 : f64[] @ models/lib/nn.yaml:79:7
%4789 = div %2074, %4788 : f64[] @ models/lib/nn.yaml:79:7
%4790 = pow %3401, %4786 : f64[] @ models/lib/nn.yaml:79:7
%4791 = sub %3386, %4790 : f64[] @ models/lib/nn.yaml:79:7
%4792 = sqrt %4791 : f64[] @ models/lib/nn.yaml:79:7
%4793 = div %3386, %4792 : f64[] @ models/lib/nn.yaml:79:7
%4794 = sqrt %4785 : f32[16,16] @ models/lib/nn.yaml:79:7
%4795 = cast %4793 : f32[] @ models/lib/nn.yaml:79:7
%4796 = broadcast %4795 : f32[16,16] @ models/lib/nn.yaml:79:7
%4797 = mul %4794, %4796 : f32[16,16] @ models/lib/nn.yaml:79:7
%4798 = add %4797, %3728 : f32[16,16] @ models/lib/nn.yaml:79:7
%4799 = div %4781, %4798 : f32[16,16] @ models/lib/nn.yaml:79:7
%4800 = cast %4789 : f32[] @ models/lib/nn.yaml:79:7
%4801 = broadcast %4800 : f32[16,16] @ models/lib/nn.yaml:79:7
%4802 = mul %4799, %4801 : f32[16,16] @ models/lib/nn.yaml:79:7
%4803 = sub %4778, %4802 : f32[16,16] @ models/lib/nn.yaml:79:7
%4804 = assign %39, %4803 : f32[16,16] @ models/lib/nn.yaml:79:7
%4805 = assign %4774, %4781 : f32[16,16] @ models/lib/nn.yaml:79:7
%4806 = assign %4775, %4785 : f32[16,16] @ models/lib/nn.yaml:79:7
%4807 = assign %4776, %4777 : i64[] @ models/lib/nn.yaml:79:7
%4808 = mul %123, %3739 : f32[16,16] @ models/lib/nn.yaml:79:7
%4809 = mul %4803, %3741 : f32[16,16] @ models/lib/nn.yaml:79:7
%4810 = add %4808, %4809 : f32[16,16] @ models/lib/nn.yaml:79:7
%4811 = assign %123, %4810 : f32[16,16] @ models/lib/nn.yaml:79:7
%4812 = all_reduce_sum %2935 : f32[16] @ models/lib/nn.yaml:80:7
%4813 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4814 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4815 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4816 = add %4815, %3383 : i64[] @ models/lib/nn.yaml:80:7
%4817 = mul %4812, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%4818 = mul %4813, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%4819 = add %4818, %4817 : f32[16] @ models/lib/nn.yaml:80:7
%4820 = mul %4812, %4812 : f32[16] @ models/lib/nn.yaml:80:7
%4821 = mul %4820, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%4822 = mul %4814, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%4823 = add %4822, %4821 : f32[16] @ models/lib/nn.yaml:80:7
%4824 = cast %4816 : f64[] @ models/lib/nn.yaml:80:7
%4825 = pow %3393, %4824 : f64[] @ models/lib/nn.yaml:80:7
%4826 = sub %3386, %4825 : f64[] @ models/lib/nn.yaml:80:7
%4827 = div %2074, %4826 : f64[] @ models/lib/nn.yaml:80:7
%4828 = pow %3401, %4824 : f64[] @ models/lib/nn.yaml:80:7
%4829 = sub %3386, %4828 : f64[] @ models/lib/nn.yaml:80:7
%4830 = sqrt %4829 : f64[] @ models/lib/nn.yaml:80:7
%4831 = div %3386, %4830 : f64[] @ models/lib/nn.yaml:80:7
%4832 = sqrt %4823 : f32[16] @ models/lib/nn.yaml:80:7
%4833 = cast %4831 : f32[] @ models/lib/nn.yaml:80:7
%4834 = broadcast %4833 : f32[16] @ models/lib/nn.yaml:80:7
%4835 = mul %4832, %4834 : f32[16] @ models/lib/nn.yaml:80:7
%4836 = add %4835, %3513 : f32[16] @ models/lib/nn.yaml:80:7
%4837 = div %4819, %4836 : f32[16] @ models/lib/nn.yaml:80:7
%4838 = cast %4827 : f32[] @ models/lib/nn.yaml:80:7
%4839 = broadcast %4838 : f32[16] @ models/lib/nn.yaml:80:7
%4840 = mul %4837, %4839 : f32[16] @ models/lib/nn.yaml:80:7
%4841 = sub %40, %4840 : f32[16] @ models/lib/nn.yaml:80:7
%4842 = assign %40, %4841 : f32[16] @ models/lib/nn.yaml:80:7
%4843 = assign %4813, %4819 : f32[16] @ models/lib/nn.yaml:80:7
%4844 = assign %4814, %4823 : f32[16] @ models/lib/nn.yaml:80:7
%4845 = assign %4815, %4816 : i64[] @ models/lib/nn.yaml:80:7
%4846 = mul %124, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%4847 = mul %4841, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%4848 = add %4846, %4847 : f32[16] @ models/lib/nn.yaml:80:7
%4849 = assign %124, %4848 : f32[16] @ models/lib/nn.yaml:80:7
%4850 = all_reduce_sum %2864 : f32[16,16] @ models/lib/nn.yaml:79:7
%4851 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4852 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4853 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4854 = add %4853, %3383 : i64[] @ models/lib/nn.yaml:79:7
%4855 = mul %41, %3703 : f32[16,16] @ models/lib/nn.yaml:79:7
%4856 = mul %4850, %3705 : f32[16,16] @ models/lib/nn.yaml:79:7
%4857 = mul %4851, %3707 : f32[16,16] @ models/lib/nn.yaml:79:7
%4858 = add %4857, %4856 : f32[16,16] @ models/lib/nn.yaml:79:7
%4859 = mul %4850, %4850 : f32[16,16] @ models/lib/nn.yaml:79:7
%4860 = mul %4859, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%4861 = mul %4852, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%4862 = add %4861, %4860 : f32[16,16] @ models/lib/nn.yaml:79:7
%4863 = cast %4854 : f64[] @ models/lib/nn.yaml:79:7
%4864 = pow %3393, %4863 : f64[] @ models/lib/nn.yaml:79:7
%4865 = sub %3386, %4864 : f64[] @ models/lib/nn.yaml:79:7
%4866 = div %2074, %4865 : f64[] @ models/lib/nn.yaml:79:7
%4867 = pow %3401, %4863 : f64[] @ models/lib/nn.yaml:79:7
%4868 = sub %3386, %4867 : f64[] @ models/lib/nn.yaml:79:7
%4869 = sqrt %4868 : f64[] @ models/lib/nn.yaml:79:7
%4870 = div %3386, %4869 : f64[] @ models/lib/nn.yaml:79:7
%4871 = sqrt %4862 : f32[16,16] @ models/lib/nn.yaml:79:7
%4872 = cast %4870 : f32[] @ models/lib/nn.yaml:79:7
%4873 = broadcast %4872 : f32[16,16] @ models/lib/nn.yaml:79:7
%4874 = mul %4871, %4873 : f32[16,16] @ models/lib/nn.yaml:79:7
%4875 = add %4874, %3728 : f32[16,16] @ models/lib/nn.yaml:79:7
%4876 = div %4858, %4875 : f32[16,16] @ models/lib/nn.yaml:79:7
%4877 = cast %4866 : f32[] @ models/lib/nn.yaml:79:7
%4878 = broadcast %4877 : f32[16,16] @ models/lib/nn.yaml:79:7
%4879 = mul %4876, %4878 : f32[16,16] @ models/lib/nn.yaml:79:7
%4880 = sub %4855, %4879 : f32[16,16] @ models/lib/nn.yaml:79:7
%4881 = assign %41, %4880 : f32[16,16] @ models/lib/nn.yaml:79:7
%4882 = assign %4851, %4858 : f32[16,16] @ models/lib/nn.yaml:79:7
%4883 = assign %4852, %4862 : f32[16,16] @ models/lib/nn.yaml:79:7
%4884 = assign %4853, %4854 : i64[] @ models/lib/nn.yaml:79:7
%4885 = mul %125, %3739 : f32[16,16] @ models/lib/nn.yaml:79:7
%4886 = mul %4880, %3741 : f32[16,16] @ models/lib/nn.yaml:79:7
%4887 = add %4885, %4886 : f32[16,16] @ models/lib/nn.yaml:79:7
%4888 = assign %125, %4887 : f32[16,16] @ models/lib/nn.yaml:79:7
%4889 = all_reduce_sum %2860 : f32[16] @ models/lib/nn.yaml:80:7
%4890 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4891 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4892 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4893 = add %4892, %3383 : i64[] @ models/lib/nn.yaml:80:7
%4894 = mul %4889, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%4895 = mul %4890, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%4896 = add %4895, %4894 : f32[16] @ models/lib/nn.yaml:80:7
%4897 = mul %4889, %4889 : f32[16] @ models/lib/nn.yaml:80:7
%4898 = mul %4897, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%4899 = mul %4891, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%4900 = add %4899, %4898 : f32[16] @ models/lib/nn.yaml:80:7
%4901 = cast %4893 : f64[] @ models/lib/nn.yaml:80:7
%4902 = pow %3393, %4901 : f64[] @ models/lib/nn.yaml:80:7
%4903 = sub %3386, %4902 : f64[] @ models/lib/nn.yaml:80:7
%4904 = div %2074, %4903 : f64[] @ models/lib/nn.yaml:80:7
%4905 = pow %3401, %4901 : f64[] @ models/lib/nn.yaml:80:7
%4906 = sub %3386, %4905 : f64[] @ models/lib/nn.yaml:80:7
%4907 = sqrt %4906 : f64[] @ models/lib/nn.yaml:80:7
%4908 = div %3386, %4907 : f64[] @ models/lib/nn.yaml:80:7
%4909 = sqrt %4900 : f32[16] @ models/lib/nn.yaml:80:7
%4910 = cast %4908 : f32[] @ models/lib/nn.yaml:80:7
%4911 = broadcast %4910 : f32[16] @ models/lib/nn.yaml:80:7
%4912 = mul %4909, %4911 : f32[16] @ models/lib/nn.yaml:80:7
%4913 = add %4912, %3513 : f32[16] @ models/lib/nn.yaml:80:7
%4914 = div %4896, %4913 : f32[16] @ models/lib/nn.yaml:80:7
%4915 = cast %4904 : f32[] @ models/lib/nn.yaml:80:7
%4916 = broadcast %4915 : f32[16] @ models/lib/nn.yaml:80:7
%4917 = mul %4914, %4916 : f32[16] @ models/lib/nn.yaml:80:7
%4918 = sub %42, %4917 : f32[16] @ models/lib/nn.yaml:80:7
%4919 = assign %42, %4918 : f32[16] @ models/lib/nn.yaml:80:7
%4920 = assign %4890, %4896 : f32[16] @ models/lib/nn.yaml:80:7
%4921 = assign %4891, %4900 : f32[16] @ models/lib/nn.yaml:80:7
%4922 = assign %4892, %4893 : i64[] @ models/lib/nn.yaml:80:7
%4923 = mul %126, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%4924 = mul %4918, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%4925 = add %4923, %4924 : f32[16] @ models/lib/nn.yaml:80:7
%4926 = assign %126, %4925 : f32[16] @ models/lib/nn.yaml:80:7
%4927 = all_reduce_sum %2840 : f32[16] @ models/lib/nn.yaml:89:7
%4928 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4929 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4930 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4931 = add %4930, %3383 : i64[] @ models/lib/nn.yaml:89:7
%4932 = mul %4927, %3490 : f32[16] @ models/lib/nn.yaml:89:7
%4933 = mul %4928, %3492 : f32[16] @ models/lib/nn.yaml:89:7
%4934 = add %4933, %4932 : f32[16] @ models/lib/nn.yaml:89:7
%4935 = mul %4927, %4927 : f32[16] @ models/lib/nn.yaml:89:7
%4936 = mul %4935, %3496 : f32[16] @ models/lib/nn.yaml:89:7
%4937 = mul %4929, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%4938 = add %4937, %4936 : f32[16] @ models/lib/nn.yaml:89:7
%4939 = cast %4931 : f64[] @ models/lib/nn.yaml:89:7
%4940 = pow %3393, %4939 : f64[] @ models/lib/nn.yaml:89:7
%4941 = sub %3386, %4940 : f64[] @ models/lib/nn.yaml:89:7
%4942 = div %2074, %4941 : f64[] @ models/lib/nn.yaml:89:7
%4943 = pow %3401, %4939 : f64[] @ models/lib/nn.yaml:89:7
%4944 = sub %3386, %4943 : f64[] @ models/lib/nn.yaml:89:7
%4945 = sqrt %4944 : f64[] @ models/lib/nn.yaml:89:7
%4946 = div %3386, %4945 : f64[] @ models/lib/nn.yaml:89:7
%4947 = sqrt %4938 : f32[16] @ models/lib/nn.yaml:89:7
%4948 = cast %4946 : f32[] @ models/lib/nn.yaml:89:7
%4949 = broadcast %4948 : f32[16] @ models/lib/nn.yaml:89:7
%4950 = mul %4947, %4949 : f32[16] @ models/lib/nn.yaml:89:7
%4951 = add %4950, %3513 : f32[16] @ models/lib/nn.yaml:89:7
%4952 = div %4934, %4951 : f32[16] @ models/lib/nn.yaml:89:7
%4953 = cast %4942 : f32[] @ models/lib/nn.yaml:89:7
%4954 = broadcast %4953 : f32[16] @ models/lib/nn.yaml:89:7
%4955 = mul %4952, %4954 : f32[16] @ models/lib/nn.yaml:89:7
%4956 = sub %43, %4955 : f32[16] @ models/lib/nn.yaml:89:7
%4957 = assign %43, %4956 : f32[16] @ models/lib/nn.yaml:89:7
%4958 = assign %4928, %4934 : f32[16] @ models/lib/nn.yaml:89:7
%4959 = assign %4929, %4938 : f32[16] @ models/lib/nn.yaml:89:7
%4960 = assign %4930, %4931 : i64[] @ models/lib/nn.yaml:89:7
%4961 = mul %127, %3524 : f32[16] @ models/lib/nn.yaml:89:7
%4962 = mul %4956, %3526 : f32[16] @ models/lib/nn.yaml:89:7
%4963 = add %4961, %4962 : f32[16] @ models/lib/nn.yaml:89:7
%4964 = assign %127, %4963 : f32[16] @ models/lib/nn.yaml:89:7
%4965 = all_reduce_sum %2836 : f32[16] @ models/lib/nn.yaml:90:7
%4966 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4967 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4968 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4969 = add %4968, %3383 : i64[] @ models/lib/nn.yaml:90:7
%4970 = mul %4965, %3490 : f32[16] @ models/lib/nn.yaml:90:7
%4971 = mul %4966, %3492 : f32[16] @ models/lib/nn.yaml:90:7
%4972 = add %4971, %4970 : f32[16] @ models/lib/nn.yaml:90:7
%4973 = mul %4965, %4965 : f32[16] @ models/lib/nn.yaml:90:7
%4974 = mul %4973, %3496 : f32[16] @ models/lib/nn.yaml:90:7
%4975 = mul %4967, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%4976 = add %4975, %4974 : f32[16] @ models/lib/nn.yaml:90:7
%4977 = cast %4969 : f64[] @ models/lib/nn.yaml:90:7
%4978 = pow %3393, %4977 : f64[] @ models/lib/nn.yaml:90:7
%4979 = sub %3386, %4978 : f64[] @ models/lib/nn.yaml:90:7
%4980 = div %2074, %4979 : f64[] @ models/lib/nn.yaml:90:7
%4981 = pow %3401, %4977 : f64[] @ models/lib/nn.yaml:90:7
%4982 = sub %3386, %4981 : f64[] @ models/lib/nn.yaml:90:7
%4983 = sqrt %4982 : f64[] @ models/lib/nn.yaml:90:7
%4984 = div %3386, %4983 : f64[] @ models/lib/nn.yaml:90:7
%4985 = sqrt %4976 : f32[16] @ models/lib/nn.yaml:90:7
%4986 = cast %4984 : f32[] @ models/lib/nn.yaml:90:7
%4987 = broadcast %4986 : f32[16] @ models/lib/nn.yaml:90:7
%4988 = mul %4985, %4987 : f32[16] @ models/lib/nn.yaml:90:7
%4989 = add %4988, %3513 : f32[16] @ models/lib/nn.yaml:90:7
%4990 = div %4972, %4989 : f32[16] @ models/lib/nn.yaml:90:7
%4991 = cast %4980 : f32[] @ models/lib/nn.yaml:90:7
%4992 = broadcast %4991 : f32[16] @ models/lib/nn.yaml:90:7
%4993 = mul %4990, %4992 : f32[16] @ models/lib/nn.yaml:90:7
%4994 = sub %44, %4993 : f32[16] @ models/lib/nn.yaml:90:7
%4995 = assign %44, %4994 : f32[16] @ models/lib/nn.yaml:90:7
%4996 = assign %4966, %4972 : f32[16] @ models/lib/nn.yaml:90:7
%4997 = assign %4967, %4976 : f32[16] @ models/lib/nn.yaml:90:7
%4998 = assign %4968, %4969 : i64[] @ models/lib/nn.yaml:90:7
%4999 = mul %128, %3524 : f32[16] @ models/lib/nn.yaml:90:7
%5000 = mul %4994, %3526 : f32[16] @ models/lib/nn.yaml:90:7
%5001 = add %4999, %5000 : f32[16] @ models/lib/nn.yaml:90:7
%5002 = assign %128, %5001 : f32[16] @ models/lib/nn.yaml:90:7
%5003 = all_reduce_sum %2834 : f32[64,16] @ models/lib/nn.yaml:79:7
%5004 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5005 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5006 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5007 = add %5006, %3383 : i64[] @ models/lib/nn.yaml:79:7
%5008 = mul %45, %3864 : f32[64,16] @ models/lib/nn.yaml:79:7
%5009 = mul %5003, %3866 : f32[64,16] @ models/lib/nn.yaml:79:7
%5010 = mul %5004, %3868 : f32[64,16] @ models/lib/nn.yaml:79:7
%5011 = add %5010, %5009 : f32[64,16] @ models/lib/nn.yaml:79:7
%5012 = mul %5003, %5003 : f32[64,16] @ models/lib/nn.yaml:79:7
%5013 = mul %5012, %3872 : f32[64,16] @ models/lib/nn.yaml:79:7
%5014 = mul %5005, %3874 : f32[64,16] @ models/lib/nn.yaml:79:7
%5015 = add %5014, %5013 : f32[64,16] @ models/lib/nn.yaml:79:7
%5016 = cast %5007 : f64[] @ models/lib/nn.yaml:79:7
%5017 = pow %3393, %5016 : f64[] @ models/lib/nn.yaml:79:7
%5018 = sub %3386, %5017 : f64[] @ models/lib/nn.yaml:79:7
%5019 = div %2074, %5018 : f64[] @ models/lib/nn.yaml:79:7
%5020 = pow %3401, %5016 : f64[] @ models/lib/nn.yaml:79:7
%5021 = sub %3386, %5020 : f64[] @ models/lib/nn.yaml:79:7
%5022 = sqrt %5021 : f64[] @ models/lib/nn.yaml:79:7
%5023 = div %3386, %5022 : f64[] @ models/lib/nn.yaml:79:7
%5024 = sqrt %5015 : f32[64,16] @ models/lib/nn.yaml:79:7
%5025 = cast %5023 : f32[] @ models/lib/nn.yaml:79:7
%5026 = broadcast %5025 : f32[64,16] @ models/lib/nn.yaml:79:7
%5027 = mul %5024, %5026 : f32[64,16] @ models/lib/nn.yaml:79:7
%5028 = add %5027, %3889 : f32[64,16] @ models/lib/nn.yaml:79:7
%5029 = div %5011, %5028 : f32[64,16] @ models/lib/nn.yaml:79:7
%5030 = cast %5019 : f32[] @ models/lib/nn.yaml:79:7
%5031 = broadcast %5030 : f32[64,16] @ models/lib/nn.yaml:79:7
%5032 = mul %5029, %5031 : f32[64,16] @ models/lib/nn.yaml:79:7
%5033 = sub %5008, %5032 : f32[64,16] @ models/lib/nn.yaml:79:7
%5034 = assign %45, %5033 : f32[64,16] @ models/lib/nn.yaml:79:7
%5035 = assign %5004, %5011 : f32[64,16] @ models/lib/nn.yaml:79:7
%5036 = assign %5005, %5015 : f32[64,16] @ models/lib/nn.yaml:79:7
%5037 = assign %5006, %5007 : i64[] @ models/lib/nn.yaml:79:7
%5038 = mul %129, %3900 : f32[64,16] @ models/lib/nn.yaml:79:7
%5039 = mul %5033, %3902 : f32[64,16] @ models/lib/nn.yaml:79:7
%5040 = add %5038, %5039 : f32[64,16] @ models/lib/nn.yaml:79:7
%5041 = assign %129, %5040 : f32[64,16] @ models/lib/nn.yaml:79:7
%5042 = all_reduce_sum %2830 : f32[64] @ models/lib/nn.yaml:80:7
%5043 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5044 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5045 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5046 = add %5045, %3383 : i64[] @ models/lib/nn.yaml:80:7
%5047 = mul %5042, %3911 : f32[64] @ models/lib/nn.yaml:80:7
%5048 = mul %5043, %3913 : f32[64] @ models/lib/nn.yaml:80:7
%5049 = add %5048, %5047 : f32[64] @ models/lib/nn.yaml:80:7
%5050 = mul %5042, %5042 : f32[64] @ models/lib/nn.yaml:80:7
%5051 = mul %5050, %3917 : f32[64] @ models/lib/nn.yaml:80:7
%5052 = mul %5044, %3919 : f32[64] @ models/lib/nn.yaml:80:7
%5053 = add %5052, %5051 : f32[64] @ models/lib/nn.yaml:80:7
%5054 = cast %5046 : f64[] @ models/lib/nn.yaml:80:7
%5055 = pow %3393, %5054 : f64[] @ models/lib/nn.yaml:80:7
%5056 = sub %3386, %5055 : f64[] @ models/lib/nn.yaml:80:7
%5057 = div %2074, %5056 : f64[] @ models/lib/nn.yaml:80:7
%5058 = pow %3401, %5054 : f64[] @ models/lib/nn.yaml:80:7
%5059 = sub %3386, %5058 : f64[] @ models/lib/nn.yaml:80:7
%5060 = sqrt %5059 : f64[] @ models/lib/nn.yaml:80:7
%5061 = div %3386, %5060 : f64[] @ models/lib/nn.yaml:80:7
%5062 = sqrt %5053 : f32[64] @ models/lib/nn.yaml:80:7
%5063 = cast %5061 : f32[] @ models/lib/nn.yaml:80:7
%5064 = broadcast %5063 : f32[64] @ models/lib/nn.yaml:80:7
%5065 = mul %5062, %5064 : f32[64] @ models/lib/nn.yaml:80:7
%5066 = add %5065, %3934 : f32[64] @ models/lib/nn.yaml:80:7
%5067 = div %5049, %5066 : f32[64] @ models/lib/nn.yaml:80:7
%5068 = cast %5057 : f32[] @ models/lib/nn.yaml:80:7
%5069 = broadcast %5068 : f32[64] @ models/lib/nn.yaml:80:7
%5070 = mul %5067, %5069 : f32[64] @ models/lib/nn.yaml:80:7
%5071 = sub %46, %5070 : f32[64] @ models/lib/nn.yaml:80:7
%5072 = assign %46, %5071 : f32[64] @ models/lib/nn.yaml:80:7
%5073 = assign %5043, %5049 : f32[64] @ models/lib/nn.yaml:80:7
%5074 = assign %5044, %5053 : f32[64] @ models/lib/nn.yaml:80:7
%5075 = assign %5045, %5046 : i64[] @ models/lib/nn.yaml:80:7
%5076 = mul %130, %3945 : f32[64] @ models/lib/nn.yaml:80:7
%5077 = mul %5071, %3947 : f32[64] @ models/lib/nn.yaml:80:7
%5078 = add %5076, %5077 : f32[64] @ models/lib/nn.yaml:80:7
%5079 = assign %130, %5078 : f32[64] @ models/lib/nn.yaml:80:7
%5080 = all_reduce_sum %2815 : f32[16,64] @ models/lib/nn.yaml:79:7
%5081 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5082 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5083 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5084 = add %5083, %3383 : i64[] @ models/lib/nn.yaml:79:7
%5085 = mul %47, %3956 : f32[16,64] @ models/lib/nn.yaml:79:7
%5086 = mul %5080, %3958 : f32[16,64] @ models/lib/nn.yaml:79:7
%5087 = mul %5081, %3960 : f32[16,64] @ models/lib/nn.yaml:79:7
%5088 = add %5087, %5086 : f32[16,64] @ models/lib/nn.yaml:79:7
%5089 = mul %5080, %5080 : f32[16,64] @ models/lib/nn.yaml:79:7
%5090 = mul %5089, %3964 : f32[16,64] @ models/lib/nn.yaml:79:7
%5091 = mul %5082, %3966 : f32[16,64] @ models/lib/nn.yaml:79:7
%5092 = add %5091, %5090 : f32[16,64] @ models/lib/nn.yaml:79:7
%5093 = cast %5084 : f64[] @ models/lib/nn.yaml:79:7
%5094 = pow %3393, %5093 : f64[] @ models/lib/nn.yaml:79:7
%5095 = sub %3386, %5094 : f64[] @ models/lib/nn.yaml:79:7
%5096 = div %2074, %5095 : f64[] @ models/lib/nn.yaml:79:7
%5097 = pow %3401, %5093 : f64[] @ models/lib/nn.yaml:79:7
%5098 = sub %3386, %5097 : f64[] @ models/lib/nn.yaml:79:7
%5099 = sqrt %5098 : f64[] @ models/lib/nn.yaml:79:7
%5100 = div %3386, %5099 : f64[] @ models/lib/nn.yaml:79:7
%5101 = sqrt %5092 : f32[16,64] @ models/lib/nn.yaml:79:7
%5102 = cast %5100 : f32[] @ models/lib/nn.yaml:79:7
%5103 = broadcast %5102 : f32[16,64] @ models/lib/nn.yaml:79:7
%5104 = mul %5101, %5103 : f32[16,64] @ models/lib/nn.yaml:79:7
%5105 = add %5104, %3981 : f32[16,64] @ models/lib/nn.yaml:79:7
%5106 = div %5088, %5105 : f32[16,64] @ models/lib/nn.yaml:79:7
%5107 = cast %5096 : f32[] @ models/lib/nn.yaml:79:7
%5108 = broadcast %5107 : f32[16,64] @ models/lib/nn.yaml:79:7
%5109 = mul %5106, %5108 : f32[16,64] @ models/lib/nn.yaml:79:7
%5110 = sub %5085, %5109 : f32[16,64] @ models/lib/nn.yaml:79:7
%5111 = assign %47, %5110 : f32[16,64] @ models/lib/nn.yaml:79:7
%5112 = assign %5081, %5088 : f32[16,64] @ models/lib/nn.yaml:79:7
%5113 = assign %5082, %5092 : f32[16,64] @ models/lib/nn.yaml:79:7
%5114 = assign %5083, %5084 : i64[] @ models/lib/nn.yaml:79:7
%5115 = mul %131, %3992 : f32[16,64] @ models/lib/nn.yaml:79:7
%5116 = mul %5110, %3994 : f32[16,64] @ models/lib/nn.yaml:79:7
%5117 = add %5115, %5116 : f32[16,64] @ models/lib/nn.yaml:79:7
%5118 = assign %131, %5117 : f32[16,64] @ models/lib/nn.yaml:79:7
%5119 = all_reduce_sum %2811 : f32[16] @ models/lib/nn.yaml:80:7
%5120 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5121 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5122 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5123 = add %5122, %3383 : i64[] @ models/lib/nn.yaml:80:7
%5124 = mul %5119, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%5125 = mul %5120, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%5126 = add %5125, %5124 : f32[16] @ models/lib/nn.yaml:80:7
%5127 = mul %5119, %5119 : f32[16] @ models/lib/nn.yaml:80:7
%5128 = mul %5127, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%5129 = mul %5121, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%5130 = add %5129, %5128 : f32[16] @ models/lib/nn.yaml:80:7
%5131 = cast %5123 : f64[] @ models/lib/nn.yaml:80:7
%5132 = pow %3393, %5131 : f64[] @ models/lib/nn.yaml:80:7
%5133 = sub %3386, %5132 : f64[] @ models/lib/nn.yaml:80:7
%5134 = div %2074, %5133 : f64[] @ models/lib/nn.yaml:80:7
%5135 = pow %3401, %5131 : f64[] @ models/lib/nn.yaml:80:7
%5136 = sub %3386, %5135 : f64[] @ models/lib/nn.yaml:80:7
%5137 = sqrt %5136 : f64[] @ models/lib/nn.yaml:80:7
%5138 = div %3386, %5137 : f64[] @ models/lib/nn.yaml:80:7
%5139 = sqrt %5130 : f32[16] @ models/lib/nn.yaml:80:7
%5140 = cast %5138 : f32[] @ models/lib/nn.yaml:80:7
%5141 = broadcast %5140 : f32[16] @ models/lib/nn.yaml:80:7
%5142 = mul %5139, %5141 : f32[16] @ models/lib/nn.yaml:80:7
%5143 = add %5142, %3513 : f32[16] @ models/lib/nn.yaml:80:7
%5144 = div %5126, %5143 : f32[16] @ models/lib/nn.yaml:80:7
%5145 = cast %5134 : f32[] @ models/lib/nn.yaml:80:7
%5146 = broadcast %5145 : f32[16] @ models/lib/nn.yaml:80:7
%5147 = mul %5144, %5146 : f32[16] @ models/lib/nn.yaml:80:7
%5148 = sub %48, %5147 : f32[16] @ models/lib/nn.yaml:80:7
%5149 = assign %48, %5148 : f32[16] @ models/lib/nn.yaml:80:7
%5150 = assign %5120, %5126 : f32[16] @ models/lib/nn.yaml:80:7
%5151 = assign %5121, %5130 : f32[16] @ models/lib/nn.yaml:80:7
%5152 = assign %5122, %5123 : i64[] @ models/lib/nn.yaml:80:7
%5153 = mul %132, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%5154 = mul %5148, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%5155 = add %5153, %5154 : f32[16] @ models/lib/nn.yaml:80:7
%5156 = assign %132, %5155 : f32[16] @ models/lib/nn.yaml:80:7
%5157 = all_reduce_sum %2788 : f32[16] @ models/lib/nn.yaml:89:7
%5158 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5159 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5160 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5161 = add %5160, %3383 : i64[] @ models/lib/nn.yaml:89:7
%5162 = mul %5157, %3490 : f32[16] @ models/lib/nn.yaml:89:7
%5163 = mul %5158, %3492 : f32[16] @ models/lib/nn.yaml:89:7
%5164 = add %5163, %5162 : f32[16] @ models/lib/nn.yaml:89:7
%5165 = mul %5157, %5157 : f32[16] @ models/lib/nn.yaml:89:7
%5166 = mul %5165, %3496 : f32[16] @ models/lib/nn.yaml:89:7
%5167 = mul %5159, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%5168 = add %5167, %5166 : f32[16] @ models/lib/nn.yaml:89:7
%5169 = cast %5161 : f64[] @ models/lib/nn.yaml:89:7
%5170 = pow %3393, %5169 : f64[] @ models/lib/nn.yaml:89:7
%5171 = sub %3386, %5170 : f64[] @ models/lib/nn.yaml:89:7
%5172 = div %2074, %5171 : f64[] @ models/lib/nn.yaml:89:7
%5173 = pow %3401, %5169 : f64[] @ models/lib/nn.yaml:89:7
%5174 = sub %3386, %5173 : f64[] @ models/lib/nn.yaml:89:7
%5175 = sqrt %5174 : f64[] @ models/lib/nn.yaml:89:7
%5176 = div %3386, %5175 : f64[] @ models/lib/nn.yaml:89:7
%5177 = sqrt %5168 : f32[16] @ models/lib/nn.yaml:89:7
%5178 = cast %5176 : f32[] @ models/lib/nn.yaml:89:7
%5179 = broadcast %5178 : f32[16] @ models/lib/nn.yaml:89:7
%5180 = mul %5177, %5179 : f32[16] @ models/lib/nn.yaml:89:7
%5181 = add %5180, %3513 : f32[16] @ models/lib/nn.yaml:89:7
%5182 = div %5164, %5181 : f32[16] @ models/lib/nn.yaml:89:7
%5183 = cast %5172 : f32[] @ models/lib/nn.yaml:89:7
%5184 = broadcast %5183 : f32[16] @ models/lib/nn.yaml:89:7
%5185 = mul %5182, %5184 : f32[16] @ models/lib/nn.yaml:89:7
%5186 = sub %49, %5185 : f32[16] @ models/lib/nn.yaml:89:7
%5187 = assign %49, %5186 : f32[16] @ models/lib/nn.yaml:89:7
%5188 = assign %5158, %5164 : f32[16] @ models/lib/nn.yaml:89:7
%5189 = assign %5159, %5168 : f32[16] @ models/lib/nn.yaml:89:7
%5190 = assign %5160, %5161 : i64[] @ models/lib/nn.yaml:89:7
%5191 = mul %133, %3524 : f32[16] @ models/lib/nn.yaml:89:7
%5192 = mul %5186, %3526 : f32[16] @ models/lib/nn.yaml:89:7
%5193 = add %5191, %5192 : f32[16] @ models/lib/nn.yaml:89:7
%5194 = assign %133, %5193 : f32[16] @ models/lib/nn.yaml:89:7
%5195 = all_reduce_sum %2782 : f32[16] @ models/lib/nn.yaml:90:7
%5196 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5197 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5198 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5199 = add %5198, %3383 : i64[] @ models/lib/nn.yaml:90:7
%5200 = mul %5195, %3490 : f32[16] @ models/lib/nn.yaml:90:7
%5201 = mul %5196, %3492 : f32[16] @ models/lib/nn.yaml:90:7
%5202 = add %5201, %5200 : f32[16] @ models/lib/nn.yaml:90:7
%5203 = mul %5195, %5195 : f32[16] @ models/lib/nn.yaml:90:7
%5204 = mul %5203, %3496 : f32[16] @ models/lib/nn.yaml:90:7
%5205 = mul %5197, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%5206 = add %5205, %5204 : f32[16] @ models/lib/nn.yaml:90:7
%5207 = cast %5199 : f64[] @ models/lib/nn.yaml:90:7
%5208 = pow %3393, %5207 : f64[] @ models/lib/nn.yaml:90:7
%5209 = sub %3386, %5208 : f64[] @ models/lib/nn.yaml:90:7
%5210 = div %2074, %5209 : f64[] @ models/lib/nn.yaml:90:7
%5211 = pow %3401, %5207 : f64[] @ models/lib/nn.yaml:90:7
%5212 = sub %3386, %5211 : f64[] @ models/lib/nn.yaml:90:7
%5213 = sqrt %5212 : f64[] @ models/lib/nn.yaml:90:7
%5214 = div %3386, %5213 : f64[] @ models/lib/nn.yaml:90:7
%5215 = sqrt %5206 : f32[16] @ models/lib/nn.yaml:90:7
%5216 = cast %5214 : f32[] @ models/lib/nn.yaml:90:7
%5217 = broadcast %5216 : f32[16] @ models/lib/nn.yaml:90:7
%5218 = mul %5215, %5217 : f32[16] @ models/lib/nn.yaml:90:7
%5219 = add %5218, %3513 : f32[16] @ models/lib/nn.yaml:90:7
%5220 = div %5202, %5219 : f32[16] @ models/lib/nn.yaml:90:7
%5221 = cast %5210 : f32[] @ models/lib/nn.yaml:90:7
%5222 = broadcast %5221 : f32[16] @ models/lib/nn.yaml:90:7
%5223 = mul %5220, %5222 : f32[16] @ models/lib/nn.yaml:90:7
%5224 = sub %50, %5223 : f32[16] @ models/lib/nn.yaml:90:7
%5225 = assign %50, %5224 : f32[16] @ models/lib/nn.yaml:90:7
%5226 = assign %5196, %5202 : f32[16] @ models/lib/nn.yaml:90:7
%5227 = assign %5197, %5206 : f32[16] @ models/lib/nn.yaml:90:7
%5228 = assign %5198, %5199 : i64[] @ models/lib/nn.yaml:90:7
%5229 = mul %134, %3524 : f32[16] @ models/lib/nn.yaml:90:7
%5230 = mul %5224, %3526 : f32[16] @ models/lib/nn.yaml:90:7
%5231 = add %5229, %5230 : f32[16] @ models/lib/nn.yaml:90:7
%5232 = assign %134, %5231 : f32[16] @ models/lib/nn.yaml:90:7
%5233 = all_reduce_sum %2776 : f32[16,16] @ models/lib/nn.yaml:79:7
%5234 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5235 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5236 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5237 = add %5236, %3383 : i64[] @ models/lib/nn.yaml:79:7
%5238 = mul %51, %3703 : f32[16,16] @ models/lib/nn.yaml:79:7
%5239 = mul %5233, %3705 : f32[16,16] @ models/lib/nn.yaml:79:7
%5240 = mul %5234, %3707 : f32[16,16] @ models/lib/nn.yaml:79:7
%5241 = add %5240, %5239 : f32[16,16] @ models/lib/nn.yaml:79:7
%5242 = mul %5233, %5233 : f32[16,16] @ models/lib/nn.yaml:79:7
%5243 = mul %5242, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%5244 = mul %5235, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%5245 = add %5244, %5243 : f32[16,16] @ models/lib/nn.yaml:79:7
%5246 = cast %5237 : f64[] @ models/lib/nn.yaml:79:7
%5247 = pow %3393, %5246 : f64[] @ models/lib/nn.yaml:79:7
%5248 = sub %3386, %5247 : f64[] @ models/lib/nn.yaml:79:7
%5249 = div %2074, %5248 : f64[] @ models/lib/nn.yaml:79:7
%5250 = pow %3401, %5246 : f64[] @ models/lib/nn.yaml:79:7
%5251 = sub %3386, %5250 : f64[] @ models/lib/nn.yaml:79:7
%5252 = sqrt %5251 : f64[] @ models/lib/nn.yaml:79:7
%5253 = div %3386, %5252 : f64[] @ models/lib/nn.yaml:79:7
%5254 = sqrt %5245 : f32[16,16] @ models/lib/nn.yaml:79:7
%5255 = cast %5253 : f32[] @ models/lib/nn.yaml:79:7
%5256 = broadcast %5255 : f32[16,16] @ models/lib/nn.yaml:79:7
%5257 = mul %5254, %5256 : f32[16,16] @ models/lib/nn.yaml:79:7
%5258 = add %5257, %3728 : f32[16,16] @ models/lib/nn.yaml:79:7
%5259 = div %5241, %5258 : f32[16,16] @ models/lib/nn.yaml:79:7
%5260 = cast %5249 : f32[] @ models/lib/nn.yaml:79:7
%5261 = broadcast %5260 : f32[16,16] @ models/lib/nn.yaml:79:7
%5262 = mul %5259, %5261 : f32[16,16] @ models/lib/nn.yaml:79:7
%5263 = sub %5238, %5262 : f32[16,16] @ models/lib/nn.yaml:79:7
%5264 = assign %51, %5263 : f32[16,16] @ models/lib/nn.yaml:79:7
%5265 = assign %5234, %5241 : f32[16,16] @ models/lib/nn.yaml:79:7
%5266 = assign %5235, %5245 : f32[16,16] @ models/lib/nn.yaml:79:7
%5267 = assign %5236, %5237 : i64[] @ models/lib/nn.yaml:79:7
%5268 = mul %135, %3739 : f32[16,16] @ models/lib/nn.yaml:79:7
%5269 = mul %5263, %3741 : f32[16,16] @ models/lib/nn.yaml:79:7
%5270 = add %5268, %5269 : f32[16,16] @ models/lib/nn.yaml:79:7
%5271 = assign %135, %5270 : f32[16,16] @ models/lib/nn.yaml:79:7
%5272 = all_reduce_sum %2772 : f32[16] @ models/lib/nn.yaml:80:7
%5273 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5274 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5275 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5276 = add %5275, %3383 : i64[] @ models/lib/nn.yaml:80:7
%5277 = mul %5272, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%5278 = mul %5273, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%5279 = add %5278, %5277 : f32[16] @ models/lib/nn.yaml:80:7
%5280 = mul %5272, %5272 : f32[16] @ models/lib/nn.yaml:80:7
%5281 = mul %5280, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%5282 = mul %5274, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%5283 = add %5282, %5281 : f32[16] @ models/lib/nn.yaml:80:7
%5284 = cast %5276 : f64[] @ models/lib/nn.yaml:80:7
%5285 = pow %3393, %5284 : f64[] @ models/lib/nn.yaml:80:7
%5286 = sub %3386, %5285 : f64[] @ models/lib/nn.yaml:80:7
%5287 = div %2074, %5286 : f64[] @ models/lib/nn.yaml:80:7
%5288 = pow %3401, %5284 : f64[] @ models/lib/nn.yaml:80:7
%5289 = sub %3386, %5288 : f64[] @ models/lib/nn.yaml:80:7
%5290 = sqrt %5289 : f64[] @ models/lib/nn.yaml:80:7
%5291 = div %3386, %5290 : f64[] @ models/lib/nn.yaml:80:7
%5292 = sqrt %5283 : f32[16] @ models/lib/nn.yaml:80:7
%5293 = cast %5291 : f32[] @ models/lib/nn.yaml:80:7
%5294 = broadcast %5293 : f32[16] @ models/lib/nn.yaml:80:7
%5295 = mul %5292, %5294 : f32[16] @ models/lib/nn.yaml:80:7
%5296 = add %5295, %3513 : f32[16] @ models/lib/nn.yaml:80:7
%5297 = div %5279, %5296 : f32[16] @ models/lib/nn.yaml:80:7
%5298 = cast %5287 : f32[] @ models/lib/nn.yaml:80:7
%5299 = broadcast %5298 : f32[16] @ models/lib/nn.yaml:80:7
%5300 = mul %5297, %5299 : f32[16] @ models/lib/nn.yaml:80:7
%5301 = sub %52, %5300 : f32[16] @ models/lib/nn.yaml:80:7
%5302 = assign %52, %5301 : f32[16] @ models/lib/nn.yaml:80:7
%5303 = assign %5273, %5279 : f32[16] @ models/lib/nn.yaml:80:7
%5304 = assign %5274, %5283 : f32[16] @ models/lib/nn.yaml:80:7
%5305 = assign %5275, %5276 : i64[] @ models/lib/nn.yaml:80:7
%5306 = mul %136, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%5307 = mul %5301, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%5308 = add %5306, %5307 : f32[16] @ models/lib/nn.yaml:80:7
%5309 = assign %136, %5308 : f32[16] @ models/lib/nn.yaml:80:7
%5310 = all_reduce_sum %2768 : f32[16,16] @ models/lib/nn.yaml:79:7
%5311 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5312 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5313 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5314 = add %5313, %3383 : i64[] @ models/lib/nn.yaml:79:7
%5315 = mul %53, %3703 : f32[16,16] @ models/lib/nn.yaml:79:7
%5316 = mul %5310, %3705 : f32[16,16] @ models/lib/nn.yaml:79:7
%5317 = mul %5311, %3707 : f32[16,16] @ models/lib/nn.yaml:79:7
%5318 = add %5317, %5316 : f32[16,16] @ models/lib/nn.yaml:79:7
%5319 = mul %5310, %5310 : f32[16,16] @ models/lib/nn.yaml:79:7
%5320 = mul %5319, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%5321 = mul %5312, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%5322 = add %5321, %5320 : f32[16,16] @ models/lib/nn.yaml:79:7
%5323 = cast %5314 : f64[] @ models/lib/nn.yaml:79:7
%5324 = pow %3393, %5323 : f64[] @ models/lib/nn.yaml:79:7
%5325 = sub %3386, %5324 : f64[] @ models/lib/nn.yaml:79:7
%5326 = div %2074, %5325 : f64[] @ models/lib/nn.yaml:79:7
%5327 = pow %3401, %5323 : f64[] @ models/lib/nn.yaml:79:7
%5328 = sub %3386, %5327 : f64[] @ models/lib/nn.yaml:79:7
%5329 = sqrt %5328 : f64[] @ models/lib/nn.yaml:79:7
%5330 = div %3386, %5329 : f64[] @ models/lib/nn.yaml:79:7
%5331 = sqrt %5322 : f32[16,16] @ models/lib/nn.yaml:79:7
%5332 = cast %5330 : f32[] @ models/lib/nn.yaml:79:7
%5333 = broadcast %5332 : f32[16,16] @ models/lib/nn.yaml:79:7
%5334 = mul %5331, %5333 : f32[16,16] @ models/lib/nn.yaml:79:7
%5335 = add %5334, %3728 : f32[16,16] @ models/lib/nn.yaml:79:7
%5336 = div %5318, %5335 : f32[16,16] @ models/lib/nn.yaml:79:7
%5337 = cast %5326 : f32[] @ models/lib/nn.yaml:79:7
%5338 = broadcast %5337 : f32[16,16] @ models/lib/nn.yaml:79:7
%5339 = mul %5336, %5338 : f32[16,16] @ models/lib/nn.yaml:79:7
%5340 = sub %5315, %5339 : f32[16,16] @ models/lib/nn.yaml:79:7
%5341 = assign %53, %5340 : f32[16,16] @ models/lib/nn.yaml:79:7
%5342 = assign %5311, %5318 : f32[16,16] @ models/lib/nn.yaml:79:7
%5343 = assign %5312, %5322 : f32[16,16] @ models/lib/nn.yaml:79:7
%5344 = assign %5313, %5314 : i64[] @ models/lib/nn.yaml:79:7
%5345 = mul %137, %3739 : f32[16,16] @ models/lib/nn.yaml:79:7
%5346 = mul %5340, %3741 : f32[16,16] @ models/lib/nn.yaml:79:7
%5347 = add %5345, %5346 : f32[16,16] @ models/lib/nn.yaml:79:7
%5348 = assign %137, %5347 : f32[16,16] @ models/lib/nn.yaml:79:7
%5349 = all_reduce_sum %2764 : f32[16] @ models/lib/nn.yaml:80:7
%5350 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5351 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5352 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5353 = add %5352, %3383 : i64[] @ models/lib/nn.yaml:80:7
%5354 = mul %5349, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%5355 = mul %5350, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%5356 = add %5355, %5354 : f32[16] @ models/lib/nn.yaml:80:7
%5357 = mul %5349, %5349 : f32[16] @ models/lib/nn.yaml:80:7
%5358 = mul %5357, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%5359 = mul %5351, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%5360 = add %5359, %5358 : f32[16] @ models/lib/nn.yaml:80:7
%5361 = cast %5353 : f64[] @ models/lib/nn.yaml:80:7
%5362 = pow %3393, %5361 : f64[] @ models/lib/nn.yaml:80:7
%5363 = sub %3386, %5362 : f64[] @ models/lib/nn.yaml:80:7
%5364 = div %2074, %5363 : f64[] @ models/lib/nn.yaml:80:7
%5365 = pow %3401, %5361 : f64[] @ models/lib/nn.yaml:80:7
%5366 = sub %3386, %5365 : f64[] @ models/lib/nn.yaml:80:7
%5367 = sqrt %5366 : f64[] @ models/lib/nn.yaml:80:7
%5368 = div %3386, %5367 : f64[] @ models/lib/nn.yaml:80:7
%5369 = sqrt %5360 : f32[16] @ models/lib/nn.yaml:80:7
%5370 = cast %5368 : f32[] @ models/lib/nn.yaml:80:7
%5371 = broadcast %5370 : f32[16] @ models/lib/nn.yaml:80:7
%5372 = mul %5369, %5371 : f32[16] @ models/lib/nn.yaml:80:7
%5373 = add %5372, %3513 : f32[16] @ models/lib/nn.yaml:80:7
%5374 = div %5356, %5373 : f32[16] @ models/lib/nn.yaml:80:7
%5375 = cast %5364 : f32[] @ models/lib/nn.yaml:80:7
%5376 = broadcast %5375 : f32[16] @ models/lib/nn.yaml:80:7
%5377 = mul %5374, %5376 : f32[16] @ models/lib/nn.yaml:80:7
%5378 = sub %54, %5377 : f32[16] @ models/lib/nn.yaml:80:7
%5379 = assign %54, %5378 : f32[16] @ models/lib/nn.yaml:80:7
%5380 = assign %5350, %5356 : f32[16] @ models/lib/nn.yaml:80:7
%5381 = assign %5351, %5360 : f32[16] @ models/lib/nn.yaml:80:7
%5382 = assign %5352, %5353 : i64[] @ models/lib/nn.yaml:80:7
%5383 = mul %138, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%5384 = mul %5378, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%5385 = add %5383, %5384 : f32[16] @ models/lib/nn.yaml:80:7
%5386 = assign %138, %5385 : f32[16] @ models/lib/nn.yaml:80:7
%5387 = all_reduce_sum %2758 : f32[16,16] @ models/lib/nn.yaml:79:7
%5388 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5389 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5390 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5391 = add %5390, %3383 : i64[] @ models/lib/nn.yaml:79:7
%5392 = mul %55, %3703 : f32[16,16] @ models/lib/nn.yaml:79:7
%5393 = mul %5387, %3705 : f32[16,16] @ models/lib/nn.yaml:79:7
%5394 = mul %5388, %3707 : f32[16,16] @ models/lib/nn.yaml:79:7
%5395 = add %5394, %5393 : f32[16,16] @ models/lib/nn.yaml:79:7
%5396 = mul %5387, %5387 : f32[16,16] @ models/lib/nn.yaml:79:7
%5397 = mul %5396, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%5398 = mul %5389, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%5399 = add %5398, %5397 : f32[16,16] @ models/lib/nn.yaml:79:7
%5400 = cast %5391 : f64[] @ models/lib/nn.yaml:79:7
%5401 = pow %3393, %5400 : f64[] @ models/lib/nn.yaml:79:7
%5402 = sub %3386, %5401 : f64[] @ models/lib/nn.yaml:79:7
%5403 = div %2074, %5402 : f64[] @ models/lib/nn.yaml:79:7
%5404 = pow %3401, %5400 : f64[] @ models/lib/nn.yaml:79:7
%5405 = sub %3386, %5404 : f64[] @ models/lib/nn.yaml:79:7
%5406 = sqrt %5405 : f64[] @ models/lib/nn.yaml:79:7
%5407 = div %3386, %5406 : f64[] @ models/lib/nn.yaml:79:7
%5408 = sqrt %5399 : f32[16,16] @ models/lib/nn.yaml:79:7
%5409 = cast %5407 : f32[] @ models/lib/nn.yaml:79:7
%5410 = broadcast %5409 : f32[16,16] @ models/lib/nn.yaml:79:7
%5411 = mul %5408, %5410 : f32[16,16] @ models/lib/nn.yaml:79:7
%5412 = add %5411, %3728 : f32[16,16] @ models/lib/nn.yaml:79:7
%5413 = div %5395, %5412 : f32[16,16] @ models/lib/nn.yaml:79:7
%5414 = cast %5403 : f32[] @ models/lib/nn.yaml:79:7
%5415 = broadcast %5414 : f32[16,16] @ models/lib/nn.yaml:79:7
%5416 = mul %5413, %5415 : f32[16,16] @ models/lib/nn.yaml:79:7
%5417 = sub %5392, %5416 : f32[16,16] @ models/lib/nn.yaml:79:7
%5418 = assign %55, %5417 : f32[16,16] @ models/lib/nn.yaml:79:7
%5419 = assign %5388, %5395 : f32[16,16] @ models/lib/nn.yaml:79:7
%5420 = assign %5389, %5399 : f32[16,16] @ models/lib/nn.yaml:79:7
%5421 = assign %5390, %5391 : i64[] @ models/lib/nn.yaml:79:7
%5422 = mul %139, %3739 : f32[16,16] @ models/lib/nn.yaml:79:7
%5423 = mul %5417, %3741 : f32[16,16] @ models/lib/nn.yaml:79:7
%5424 = add %5422, %5423 : f32[16,16] @ models/lib/nn.yaml:79:7
%5425 = assign %139, %5424 : f32[16,16] @ models/lib/nn.yaml:79:7
%5426 = all_reduce_sum %2754 : f32[16] @ models/lib/nn.yaml:80:7
%5427 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5428 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5429 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5430 = add %5429, %3383 : i64[] @ models/lib/nn.yaml:80:7
%5431 = mul %5426, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%5432 = mul %5427, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%5433 = add %5432, %5431 : f32[16] @ models/lib/nn.yaml:80:7
%5434 = mul %5426, %5426 : f32[16] @ models/lib/nn.yaml:80:7
%5435 = mul %5434, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%5436 = mul %5428, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%5437 = add %5436, %5435 : f32[16] @ models/lib/nn.yaml:80:7
%5438 = cast %5430 : f64[] @ models/lib/nn.yaml:80:7
%5439 = pow %3393, %5438 : f64[] @ models/lib/nn.yaml:80:7
%5440 = sub %3386, %5439 : f64[] @ models/lib/nn.yaml:80:7
%5441 = div %2074, %5440 : f64[] @ models/lib/nn.yaml:80:7
%5442 = pow %3401, %5438 : f64[] @ models/lib/nn.yaml:80:7
%5443 = sub %3386, %5442 : f64[] @ models/lib/nn.yaml:80:7
%5444 = sqrt %5443 : f64[] @ models/lib/nn.yaml:80:7
%5445 = div %3386, %5444 : f64[] @ models/lib/nn.yaml:80:7
%5446 = sqrt %5437 : f32[16] @ models/lib/nn.yaml:80:7
%5447 = cast %5445 : f32[] @ models/lib/nn.yaml:80:7
%5448 = broadcast %5447 : f32[16] @ models/lib/nn.yaml:80:7
%5449 = mul %5446, %5448 : f32[16] @ models/lib/nn.yaml:80:7
%5450 = add %5449, %3513 : f32[16] @ models/lib/nn.yaml:80:7
%5451 = div %5433, %5450 : f32[16] @ models/lib/nn.yaml:80:7
%5452 = cast %5441 : f32[] @ models/lib/nn.yaml:80:7
%5453 = broadcast %5452 : f32[16] @ models/lib/nn.yaml:80:7
%5454 = mul %5451, %5453 : f32[16] @ models/lib/nn.yaml:80:7
%5455 = sub %56, %5454 : f32[16] @ models/lib/nn.yaml:80:7
%5456 = assign %56, %5455 : f32[16] @ models/lib/nn.yaml:80:7
%5457 = assign %5427, %5433 : f32[16] @ models/lib/nn.yaml:80:7
%5458 = assign %5428, %5437 : f32[16] @ models/lib/nn.yaml:80:7
%5459 = assign %5429, %5430 : i64[] @ models/lib/nn.yaml:80:7
%5460 = mul %140, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%5461 = mul %5455, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%5462 = add %5460, %5461 : f32[16] @ models/lib/nn.yaml:80:7
%5463 = assign %140, %5462 : f32[16] @ models/lib/nn.yaml:80:7
%5464 = all_reduce_sum %2683 : f32[16,16] @ models/lib/nn.yaml:79:7
%5465 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5466 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5467 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5468 = add %5467, %3383 : i64[] @ models/lib/nn.yaml:79:7
%5469 = mul %57, %3703 : f32[16,16] @ models/lib/nn.yaml:79:7
%5470 = mul %5464, %3705 : f32[16,16] @ models/lib/nn.yaml:79:7
%5471 = mul %5465, %3707 : f32[16,16] @ models/lib/nn.yaml:79:7
%5472 = add %5471, %5470 : f32[16,16] @ models/lib/nn.yaml:79:7
%5473 = mul %5464, %5464 : f32[16,16] @ models/lib/nn.yaml:79:7
%5474 = mul %5473, %3711 : f32[16,16] @ models/lib/nn.yaml:79:7
%5475 = mul %5466, %3713 : f32[16,16] @ models/lib/nn.yaml:79:7
%5476 = add %5475, %5474 : f32[16,16] @ models/lib/nn.yaml:79:7
%5477 = cast %5468 : f64[] @ models/lib/nn.yaml:79:7
%5478 = pow %3393, %5477 : f64[] @ models/lib/nn.yaml:79:7
%5479 = sub %3386, %5478 : f64[] @ models/lib/nn.yaml:79:7
%5480 = div %2074, %5479 : f64[] @ models/lib/nn.yaml:79:7
%5481 = pow %3401, %5477 : f64[] @ models/lib/nn.yaml:79:7
%5482 = sub %3386, %5481 : f64[] @ models/lib/nn.yaml:79:7
%5483 = sqrt %5482 : f64[] @ models/lib/nn.yaml:79:7
%5484 = div %3386, %5483 : f64[] @ models/lib/nn.yaml:79:7
%5485 = sqrt %5476 : f32[16,16] @ models/lib/nn.yaml:79:7
%5486 = cast %5484 : f32[] @ models/lib/nn.yaml:79:7
%5487 = broadcast %5486 : f32[16,16] @ models/lib/nn.yaml:79:7
%5488 = mul %5485, %5487 : f32[16,16] @ models/lib/nn.yaml:79:7
%5489 = add %5488, %3728 : f32[16,16] @ models/lib/nn.yaml:79:7
%5490 = div %5472, %5489 : f32[16,16] @ models/lib/nn.yaml:79:7
%5491 = cast %5480 : f32[] @ models/lib/nn.yaml:79:7
%5492 = broadcast %5491 : f32[16,16] @ models/lib/nn.yaml:79:7
%5493 = mul %5490, %5492 : f32[16,16] @ models/lib/nn.yaml:79:7
%5494 = sub %5469, %5493 : f32[16,16] @ models/lib/nn.yaml:79:7
%5495 = assign %57, %5494 : f32[16,16] @ models/lib/nn.yaml:79:7
%5496 = assign %5465, %5472 : f32[16,16] @ models/lib/nn.yaml:79:7
%5497 = assign %5466, %5476 : f32[16,16] @ models/lib/nn.yaml:79:7
%5498 = assign %5467, %5468 : i64[] @ models/lib/nn.yaml:79:7
%5499 = mul %141, %3739 : f32[16,16] @ models/lib/nn.yaml:79:7
%5500 = mul %5494, %3741 : f32[16,16] @ models/lib/nn.yaml:79:7
%5501 = add %5499, %5500 : f32[16,16] @ models/lib/nn.yaml:79:7
%5502 = assign %141, %5501 : f32[16,16] @ models/lib/nn.yaml:79:7
%5503 = all_reduce_sum %2679 : f32[16] @ models/lib/nn.yaml:80:7
%5504 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5505 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5506 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5507 = add %5506, %3383 : i64[] @ models/lib/nn.yaml:80:7
%5508 = mul %5503, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%5509 = mul %5504, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%5510 = add %5509, %5508 : f32[16] @ models/lib/nn.yaml:80:7
%5511 = mul %5503, %5503 : f32[16] @ models/lib/nn.yaml:80:7
%5512 = mul %5511, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%5513 = mul %5505, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%5514 = add %5513, %5512 : f32[16] @ models/lib/nn.yaml:80:7
%5515 = cast %5507 : f64[] @ models/lib/nn.yaml:80:7
%5516 = pow %3393, %5515 : f64[] @ models/lib/nn.yaml:80:7
%5517 = sub %3386, %5516 : f64[] @ models/lib/nn.yaml:80:7
%5518 = div %2074, %5517 : f64[] @ models/lib/nn.yaml:80:7
%5519 = pow %3401, %5515 : f64[] @ models/lib/nn.yaml:80:7
%5520 = sub %3386, %5519 : f64[] @ models/lib/nn.yaml:80:7
%5521 = sqrt %5520 : f64[] @ models/lib/nn.yaml:80:7
%5522 = div %3386, %5521 : f64[] @ models/lib/nn.yaml:80:7
%5523 = sqrt %5514 : f32[16] @ models/lib/nn.yaml:80:7
%5524 = cast %5522 : f32[] @ models/lib/nn.yaml:80:7
%5525 = broadcast %5524 : f32[16] @ models/lib/nn.yaml:80:7
%5526 = mul %5523, %5525 : f32[16] @ models/lib/nn.yaml:80:7
%5527 = add %5526, %3513 : f32[16] @ models/lib/nn.yaml:80:7
%5528 = div %5510, %5527 : f32[16] @ models/lib/nn.yaml:80:7
%5529 = cast %5518 : f32[] @ models/lib/nn.yaml:80:7
%5530 = broadcast %5529 : f32[16] @ models/lib/nn.yaml:80:7
%5531 = mul %5528, %5530 : f32[16] @ models/lib/nn.yaml:80:7
%5532 = sub %58, %5531 : f32[16] @ models/lib/nn.yaml:80:7
%5533 = assign %58, %5532 : f32[16] @ models/lib/nn.yaml:80:7
%5534 = assign %5504, %5510 : f32[16] @ models/lib/nn.yaml:80:7
%5535 = assign %5505, %5514 : f32[16] @ models/lib/nn.yaml:80:7
%5536 = assign %5506, %5507 : i64[] @ models/lib/nn.yaml:80:7
%5537 = mul %142, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%5538 = mul %5532, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%5539 = add %5537, %5538 : f32[16] @ models/lib/nn.yaml:80:7
%5540 = assign %142, %5539 : f32[16] @ models/lib/nn.yaml:80:7
%5541 = all_reduce_sum %2658 : f32[16] @ models/lib/nn.yaml:89:7
%5542 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5543 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5544 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5545 = add %5544, %3383 : i64[] @ models/lib/nn.yaml:89:7
%5546 = mul %5541, %3490 : f32[16] @ models/lib/nn.yaml:89:7
%5547 = mul %5542, %3492 : f32[16] @ models/lib/nn.yaml:89:7
%5548 = add %5547, %5546 : f32[16] @ models/lib/nn.yaml:89:7
%5549 = mul %5541, %5541 : f32[16] @ models/lib/nn.yaml:89:7
%5550 = mul %5549, %3496 : f32[16] @ models/lib/nn.yaml:89:7
%5551 = mul %5543, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%5552 = add %5551, %5550 : f32[16] @ models/lib/nn.yaml:89:7
%5553 = cast %5545 : f64[] @ models/lib/nn.yaml:89:7
%5554 = pow %3393, %5553 : f64[] @ models/lib/nn.yaml:89:7
%5555 = sub %3386, %5554 : f64[] @ models/lib/nn.yaml:89:7
%5556 = div %2074, %5555 : f64[] @ models/lib/nn.yaml:89:7
%5557 = pow %3401, %5553 : f64[] @ models/lib/nn.yaml:89:7
%5558 = sub %3386, %5557 : f64[] @ models/lib/nn.yaml:89:7
%5559 = sqrt %5558 : f64[] @ models/lib/nn.yaml:89:7
%5560 = div %3386, %5559 : f64[] @ models/lib/nn.yaml:89:7
%5561 = sqrt %5552 : f32[16] @ models/lib/nn.yaml:89:7
%5562 = cast %5560 : f32[] @ models/lib/nn.yaml:89:7
%5563 = broadcast %5562 : f32[16] @ models/lib/nn.yaml:89:7
%5564 = mul %5561, %5563 : f32[16] @ models/lib/nn.yaml:89:7
%5565 = add %5564, %3513 : f32[16] @ models/lib/nn.yaml:89:7
%5566 = div %5548, %5565 : f32[16] @ models/lib/nn.yaml:89:7
%5567 = cast %5556 : f32[] @ models/lib/nn.yaml:89:7
%5568 = broadcast %5567 : f32[16] @ models/lib/nn.yaml:89:7
%5569 = mul %5566, %5568 : f32[16] @ models/lib/nn.yaml:89:7
%5570 = sub %59, %5569 : f32[16] @ models/lib/nn.yaml:89:7
%5571 = assign %59, %5570 : f32[16] @ models/lib/nn.yaml:89:7
%5572 = assign %5542, %5548 : f32[16] @ models/lib/nn.yaml:89:7
%5573 = assign %5543, %5552 : f32[16] @ models/lib/nn.yaml:89:7
%5574 = assign %5544, %5545 : i64[] @ models/lib/nn.yaml:89:7
%5575 = mul %143, %3524 : f32[16] @ models/lib/nn.yaml:89:7
%5576 = mul %5570, %3526 : f32[16] @ models/lib/nn.yaml:89:7
%5577 = add %5575, %5576 : f32[16] @ models/lib/nn.yaml:89:7
%5578 = assign %143, %5577 : f32[16] @ models/lib/nn.yaml:89:7
%5579 = all_reduce_sum %2654 : f32[16] @ models/lib/nn.yaml:90:7
%5580 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5581 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5582 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5583 = add %5582, %3383 : i64[] @ models/lib/nn.yaml:90:7
%5584 = mul %5579, %3490 : f32[16] @ models/lib/nn.yaml:90:7
%5585 = mul %5580, %3492 : f32[16] @ models/lib/nn.yaml:90:7
%5586 = add %5585, %5584 : f32[16] @ models/lib/nn.yaml:90:7
%5587 = mul %5579, %5579 : f32[16] @ models/lib/nn.yaml:90:7
%5588 = mul %5587, %3496 : f32[16] @ models/lib/nn.yaml:90:7
%5589 = mul %5581, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%5590 = add %5589, %5588 : f32[16] @ models/lib/nn.yaml:90:7
%5591 = cast %5583 : f64[] @ models/lib/nn.yaml:90:7
%5592 = pow %3393, %5591 : f64[] @ models/lib/nn.yaml:90:7
%5593 = sub %3386, %5592 : f64[] @ models/lib/nn.yaml:90:7
%5594 = div %2074, %5593 : f64[] @ models/lib/nn.yaml:90:7
%5595 = pow %3401, %5591 : f64[] @ models/lib/nn.yaml:90:7
%5596 = sub %3386, %5595 : f64[] @ models/lib/nn.yaml:90:7
%5597 = sqrt %5596 : f64[] @ models/lib/nn.yaml:90:7
%5598 = div %3386, %5597 : f64[] @ models/lib/nn.yaml:90:7
%5599 = sqrt %5590 : f32[16] @ models/lib/nn.yaml:90:7
%5600 = cast %5598 : f32[] @ models/lib/nn.yaml:90:7
%5601 = broadcast %5600 : f32[16] @ models/lib/nn.yaml:90:7
%5602 = mul %5599, %5601 : f32[16] @ models/lib/nn.yaml:90:7
%5603 = add %5602, %3513 : f32[16] @ models/lib/nn.yaml:90:7
%5604 = div %5586, %5603 : f32[16] @ models/lib/nn.yaml:90:7
%5605 = cast %5594 : f32[] @ models/lib/nn.yaml:90:7
%5606 = broadcast %5605 : f32[16] @ models/lib/nn.yaml:90:7
%5607 = mul %5604, %5606 : f32[16] @ models/lib/nn.yaml:90:7
%5608 = sub %60, %5607 : f32[16] @ models/lib/nn.yaml:90:7
%5609 = assign %60, %5608 : f32[16] @ models/lib/nn.yaml:90:7
%5610 = assign %5580, %5586 : f32[16] @ models/lib/nn.yaml:90:7
%5611 = assign %5581, %5590 : f32[16] @ models/lib/nn.yaml:90:7
%5612 = assign %5582, %5583 : i64[] @ models/lib/nn.yaml:90:7
%5613 = mul %144, %3524 : f32[16] @ models/lib/nn.yaml:90:7
%5614 = mul %5608, %3526 : f32[16] @ models/lib/nn.yaml:90:7
%5615 = add %5613, %5614 : f32[16] @ models/lib/nn.yaml:90:7
%5616 = assign %144, %5615 : f32[16] @ models/lib/nn.yaml:90:7
%5617 = all_reduce_sum %2652 : f32[64,16] @ models/lib/nn.yaml:79:7
%5618 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5619 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5620 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5621 = add %5620, %3383 : i64[] @ models/lib/nn.yaml:79:7
%5622 = mul %61, %3864 : f32[64,16] @ models/lib/nn.yaml:79:7
%5623 = mul %5617, %3866 : f32[64,16] @ models/lib/nn.yaml:79:7
%5624 = mul %5618, %3868 : f32[64,16] @ models/lib/nn.yaml:79:7
%5625 = add %5624, %5623 : f32[64,16] @ models/lib/nn.yaml:79:7
%5626 = mul %5617, %5617 : f32[64,16] @ models/lib/nn.yaml:79:7
%5627 = mul %5626, %3872 : f32[64,16] @ models/lib/nn.yaml:79:7
%5628 = mul %5619, %3874 : f32[64,16] @ models/lib/nn.yaml:79:7
%5629 = add %5628, %5627 : f32[64,16] @ models/lib/nn.yaml:79:7
%5630 = cast %5621 : f64[] @ models/lib/nn.yaml:79:7
%5631 = pow %3393, %5630 : f64[] @ models/lib/nn.yaml:79:7
%5632 = sub %3386, %5631 : f64[] @ models/lib/nn.yaml:79:7
%5633 = div %2074, %5632 : f64[] @ models/lib/nn.yaml:79:7
%5634 = pow %3401, %5630 : f64[] @ models/lib/nn.yaml:79:7
%5635 = sub %3386, %5634 : f64[] @ models/lib/nn.yaml:79:7
%5636 = sqrt %5635 : f64[] @ models/lib/nn.yaml:79:7
%5637 = div %3386, %5636 : f64[] @ models/lib/nn.yaml:79:7
%5638 = sqrt %5629 : f32[64,16] @ models/lib/nn.yaml:79:7
%5639 = cast %5637 : f32[] @ models/lib/nn.yaml:79:7
%5640 = broadcast %5639 : f32[64,16] @ models/lib/nn.yaml:79:7
%5641 = mul %5638, %5640 : f32[64,16] @ models/lib/nn.yaml:79:7
%5642 = add %5641, %3889 : f32[64,16] @ models/lib/nn.yaml:79:7
%5643 = div %5625, %5642 : f32[64,16] @ models/lib/nn.yaml:79:7
%5644 = cast %5633 : f32[] @ models/lib/nn.yaml:79:7
%5645 = broadcast %5644 : f32[64,16] @ models/lib/nn.yaml:79:7
%5646 = mul %5643, %5645 : f32[64,16] @ models/lib/nn.yaml:79:7
%5647 = sub %5622, %5646 : f32[64,16] @ models/lib/nn.yaml:79:7
%5648 = assign %61, %5647 : f32[64,16] @ models/lib/nn.yaml:79:7
%5649 = assign %5618, %5625 : f32[64,16] @ models/lib/nn.yaml:79:7
%5650 = assign %5619, %5629 : f32[64,16] @ models/lib/nn.yaml:79:7
%5651 = assign %5620, %5621 : i64[] @ models/lib/nn.yaml:79:7
%5652 = mul %145, %3900 : f32[64,16] @ models/lib/nn.yaml:79:7
%5653 = mul %5647, %3902 : f32[64,16] @ models/lib/nn.yaml:79:7
%5654 = add %5652, %5653 : f32[64,16] @ models/lib/nn.yaml:79:7
%5655 = assign %145, %5654 : f32[64,16] @ models/lib/nn.yaml:79:7
%5656 = all_reduce_sum %2648 : f32[64] @ models/lib/nn.yaml:80:7
%5657 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5658 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5659 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5660 = add %5659, %3383 : i64[] @ models/lib/nn.yaml:80:7
%5661 = mul %5656, %3911 : f32[64] @ models/lib/nn.yaml:80:7
%5662 = mul %5657, %3913 : f32[64] @ models/lib/nn.yaml:80:7
%5663 = add %5662, %5661 : f32[64] @ models/lib/nn.yaml:80:7
%5664 = mul %5656, %5656 : f32[64] @ models/lib/nn.yaml:80:7
%5665 = mul %5664, %3917 : f32[64] @ models/lib/nn.yaml:80:7
%5666 = mul %5658, %3919 : f32[64] @ models/lib/nn.yaml:80:7
%5667 = add %5666, %5665 : f32[64] @ models/lib/nn.yaml:80:7
%5668 = cast %5660 : f64[] @ models/lib/nn.yaml:80:7
%5669 = pow %3393, %5668 : f64[] @ models/lib/nn.yaml:80:7
%5670 = sub %3386, %5669 : f64[] @ models/lib/nn.yaml:80:7
%5671 = div %2074, %5670 : f64[] @ models/lib/nn.yaml:80:7
%5672 = pow %3401, %5668 : f64[] @ models/lib/nn.yaml:80:7
%5673 = sub %3386, %5672 : f64[] @ models/lib/nn.yaml:80:7
%5674 = sqrt %5673 : f64[] @ models/lib/nn.yaml:80:7
%5675 = div %3386, %5674 : f64[] @ models/lib/nn.yaml:80:7
%5676 = sqrt %5667 : f32[64] @ models/lib/nn.yaml:80:7
%5677 = cast %5675 : f32[] @ models/lib/nn.yaml:80:7
%5678 = broadcast %5677 : f32[64] @ models/lib/nn.yaml:80:7
%5679 = mul %5676, %5678 : f32[64] @ models/lib/nn.yaml:80:7
%5680 = add %5679, %3934 : f32[64] @ models/lib/nn.yaml:80:7
%5681 = div %5663, %5680 : f32[64] @ models/lib/nn.yaml:80:7
%5682 = cast %5671 : f32[] @ models/lib/nn.yaml:80:7
%5683 = broadcast %5682 : f32[64] @ models/lib/nn.yaml:80:7
%5684 = mul %5681, %5683 : f32[64] @ models/lib/nn.yaml:80:7
%5685 = sub %62, %5684 : f32[64] @ models/lib/nn.yaml:80:7
%5686 = assign %62, %5685 : f32[64] @ models/lib/nn.yaml:80:7
%5687 = assign %5657, %5663 : f32[64] @ models/lib/nn.yaml:80:7
%5688 = assign %5658, %5667 : f32[64] @ models/lib/nn.yaml:80:7
%5689 = assign %5659, %5660 : i64[] @ models/lib/nn.yaml:80:7
%5690 = mul %146, %3945 : f32[64] @ models/lib/nn.yaml:80:7
%5691 = mul %5685, %3947 : f32[64] @ models/lib/nn.yaml:80:7
%5692 = add %5690, %5691 : f32[64] @ models/lib/nn.yaml:80:7
%5693 = assign %146, %5692 : f32[64] @ models/lib/nn.yaml:80:7
%5694 = all_reduce_sum %2631 : f32[16,64] @ models/lib/nn.yaml:79:7
%5695 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5696 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5697 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5698 = add %5697, %3383 : i64[] @ models/lib/nn.yaml:79:7
%5699 = mul %63, %3956 : f32[16,64] @ models/lib/nn.yaml:79:7
%5700 = mul %5694, %3958 : f32[16,64] @ models/lib/nn.yaml:79:7
%5701 = mul %5695, %3960 : f32[16,64] @ models/lib/nn.yaml:79:7
%5702 = add %5701, %5700 : f32[16,64] @ models/lib/nn.yaml:79:7
%5703 = mul %5694, %5694 : f32[16,64] @ models/lib/nn.yaml:79:7
%5704 = mul %5703, %3964 : f32[16,64] @ models/lib/nn.yaml:79:7
%5705 = mul %5696, %3966 : f32[16,64] @ models/lib/nn.yaml:79:7
%5706 = add %5705, %5704 : f32[16,64] @ models/lib/nn.yaml:79:7
%5707 = cast %5698 : f64[] @ models/lib/nn.yaml:79:7
%5708 = pow %3393, %5707 : f64[] @ models/lib/nn.yaml:79:7
%5709 = sub %3386, %5708 : f64[] @ models/lib/nn.yaml:79:7
%5710 = div %2074, %5709 : f64[] @ models/lib/nn.yaml:79:7
%5711 = pow %3401, %5707 : f64[] @ models/lib/nn.yaml:79:7
%5712 = sub %3386, %5711 : f64[] @ models/lib/nn.yaml:79:7
%5713 = sqrt %5712 : f64[] @ models/lib/nn.yaml:79:7
%5714 = div %3386, %5713 : f64[] @ models/lib/nn.yaml:79:7
%5715 = sqrt %5706 : f32[16,64] @ models/lib/nn.yaml:79:7
%5716 = cast %5714 : f32[] @ models/lib/nn.yaml:79:7
%5717 = broadcast %5716 : f32[16,64] @ models/lib/nn.yaml:79:7
%5718 = mul %5715, %5717 : f32[16,64] @ models/lib/nn.yaml:79:7
%5719 = add %5718, %3981 : f32[16,64] @ models/lib/nn.yaml:79:7
%5720 = div %5702, %5719 : f32[16,64] @ models/lib/nn.yaml:79:7
%5721 = cast %5710 : f32[] @ models/lib/nn.yaml:79:7
%5722 = broadcast %5721 : f32[16,64] @ models/lib/nn.yaml:79:7
%5723 = mul %5720, %5722 : f32[16,64] @ models/lib/nn.yaml:79:7
%5724 = sub %5699, %5723 : f32[16,64] @ models/lib/nn.yaml:79:7
%5725 = assign %63, %5724 : f32[16,64] @ models/lib/nn.yaml:79:7
%5726 = assign %5695, %5702 : f32[16,64] @ models/lib/nn.yaml:79:7
%5727 = assign %5696, %5706 : f32[16,64] @ models/lib/nn.yaml:79:7
%5728 = assign %5697, %5698 : i64[] @ models/lib/nn.yaml:79:7
%5729 = mul %147, %3992 : f32[16,64] @ models/lib/nn.yaml:79:7
%5730 = mul %5724, %3994 : f32[16,64] @ models/lib/nn.yaml:79:7
%5731 = add %5729, %5730 : f32[16,64] @ models/lib/nn.yaml:79:7
%5732 = assign %147, %5731 : f32[16,64] @ models/lib/nn.yaml:79:7
%5733 = all_reduce_sum %2627 : f32[16] @ models/lib/nn.yaml:80:7
%5734 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5735 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5736 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5737 = add %5736, %3383 : i64[] @ models/lib/nn.yaml:80:7
%5738 = mul %5733, %3490 : f32[16] @ models/lib/nn.yaml:80:7
%5739 = mul %5734, %3492 : f32[16] @ models/lib/nn.yaml:80:7
%5740 = add %5739, %5738 : f32[16] @ models/lib/nn.yaml:80:7
%5741 = mul %5733, %5733 : f32[16] @ models/lib/nn.yaml:80:7
%5742 = mul %5741, %3496 : f32[16] @ models/lib/nn.yaml:80:7
%5743 = mul %5735, %3498 : f32[16] @ models/lib/nn.yaml:80:7
%5744 = add %5743, %5742 : f32[16] @ models/lib/nn.yaml:80:7
%5745 = cast %5737 : f64[] @ models/lib/nn.yaml:80:7
%5746 = pow %3393, %5745 : f64[] @ models/lib/nn.yaml:80:7
%5747 = sub %3386, %5746 : f64[] @ models/lib/nn.yaml:80:7
%5748 = div %2074, %5747 : f64[] @ models/lib/nn.yaml:80:7
%5749 = pow %3401, %5745 : f64[] @ models/lib/nn.yaml:80:7
%5750 = sub %3386, %5749 : f64[] @ models/lib/nn.yaml:80:7
%5751 = sqrt %5750 : f64[] @ models/lib/nn.yaml:80:7
%5752 = div %3386, %5751 : f64[] @ models/lib/nn.yaml:80:7
%5753 = sqrt %5744 : f32[16] @ models/lib/nn.yaml:80:7
%5754 = cast %5752 : f32[] @ models/lib/nn.yaml:80:7
%5755 = broadcast %5754 : f32[16] @ models/lib/nn.yaml:80:7
%5756 = mul %5753, %5755 : f32[16] @ models/lib/nn.yaml:80:7
%5757 = add %5756, %3513 : f32[16] @ models/lib/nn.yaml:80:7
%5758 = div %5740, %5757 : f32[16] @ models/lib/nn.yaml:80:7
%5759 = cast %5748 : f32[] @ models/lib/nn.yaml:80:7
%5760 = broadcast %5759 : f32[16] @ models/lib/nn.yaml:80:7
%5761 = mul %5758, %5760 : f32[16] @ models/lib/nn.yaml:80:7
%5762 = sub %64, %5761 : f32[16] @ models/lib/nn.yaml:80:7
%5763 = assign %64, %5762 : f32[16] @ models/lib/nn.yaml:80:7
%5764 = assign %5734, %5740 : f32[16] @ models/lib/nn.yaml:80:7
%5765 = assign %5735, %5744 : f32[16] @ models/lib/nn.yaml:80:7
%5766 = assign %5736, %5737 : i64[] @ models/lib/nn.yaml:80:7
%5767 = mul %148, %3524 : f32[16] @ models/lib/nn.yaml:80:7
%5768 = mul %5762, %3526 : f32[16] @ models/lib/nn.yaml:80:7
%5769 = add %5767, %5768 : f32[16] @ models/lib/nn.yaml:80:7
%5770 = assign %148, %5769 : f32[16] @ models/lib/nn.yaml:80:7
%5771 = all_reduce_sum %2605 : f32[16] @ models/lib/nn.yaml:89:7
%5772 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5773 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5774 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5775 = add %5774, %3383 : i64[] @ models/lib/nn.yaml:89:7
%5776 = mul %5771, %3490 : f32[16] @ models/lib/nn.yaml:89:7
%5777 = mul %5772, %3492 : f32[16] @ models/lib/nn.yaml:89:7
%5778 = add %5777, %5776 : f32[16] @ models/lib/nn.yaml:89:7
%5779 = mul %5771, %5771 : f32[16] @ models/lib/nn.yaml:89:7
%5780 = mul %5779, %3496 : f32[16] @ models/lib/nn.yaml:89:7
%5781 = mul %5773, %3498 : f32[16] @ models/lib/nn.yaml:89:7
%5782 = add %5781, %5780 : f32[16] @ models/lib/nn.yaml:89:7
%5783 = cast %5775 : f64[] @ models/lib/nn.yaml:89:7
%5784 = pow %3393, %5783 : f64[] @ models/lib/nn.yaml:89:7
%5785 = sub %3386, %5784 : f64[] @ models/lib/nn.yaml:89:7
%5786 = div %2074, %5785 : f64[] @ models/lib/nn.yaml:89:7
%5787 = pow %3401, %5783 : f64[] @ models/lib/nn.yaml:89:7
%5788 = sub %3386, %5787 : f64[] @ models/lib/nn.yaml:89:7
%5789 = sqrt %5788 : f64[] @ models/lib/nn.yaml:89:7
%5790 = div %3386, %5789 : f64[] @ models/lib/nn.yaml:89:7
%5791 = sqrt %5782 : f32[16] @ models/lib/nn.yaml:89:7
%5792 = cast %5790 : f32[] @ models/lib/nn.yaml:89:7
%5793 = broadcast %5792 : f32[16] @ models/lib/nn.yaml:89:7
%5794 = mul %5791, %5793 : f32[16] @ models/lib/nn.yaml:89:7
%5795 = add %5794, %3513 : f32[16] @ models/lib/nn.yaml:89:7
%5796 = div %5778, %5795 : f32[16] @ models/lib/nn.yaml:89:7
%5797 = cast %5786 : f32[] @ models/lib/nn.yaml:89:7
%5798 = broadcast %5797 : f32[16] @ models/lib/nn.yaml:89:7
%5799 = mul %5796, %5798 : f32[16] @ models/lib/nn.yaml:89:7
%5800 = sub %65, %5799 : f32[16] @ models/lib/nn.yaml:89:7
%5801 = assign %65, %5800 : f32[16] @ models/lib/nn.yaml:89:7
%5802 = assign %5772, %5778 : f32[16] @ models/lib/nn.yaml:89:7
%5803 = assign %5773, %5782 : f32[16] @ models/lib/nn.yaml:89:7
%5804 = assign %5774, %5775 : i64[] @ models/lib/nn.yaml:89:7
%5805 = mul %149, %3524 : f32[16] @ models/lib/nn.yaml:89:7
%5806 = mul %5800, %3526 : f32[16] @ models/lib/nn.yaml:89:7
%5807 = add %5805, %5806 : f32[16] @ models/lib/nn.yaml:89:7
%5808 = assign %149, %5807 : f32[16] @ models/lib/nn.yaml:89:7
%5809 = all_reduce_sum %2598 : f32[16] @ models/lib/nn.yaml:90:7
%5810 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5811 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5812 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5813 = add %5812, %3383 : i64[] @ models/lib/nn.yaml:90:7
%5814 = mul %5809, %3490 : f32[16] @ models/lib/nn.yaml:90:7
%5815 = mul %5810, %3492 : f32[16] @ models/lib/nn.yaml:90:7
%5816 = add %5815, %5814 : f32[16] @ models/lib/nn.yaml:90:7
%5817 = mul %5809, %5809 : f32[16] @ models/lib/nn.yaml:90:7
%5818 = mul %5817, %3496 : f32[16] @ models/lib/nn.yaml:90:7
%5819 = mul %5811, %3498 : f32[16] @ models/lib/nn.yaml:90:7
%5820 = add %5819, %5818 : f32[16] @ models/lib/nn.yaml:90:7
%5821 = cast %5813 : f64[] @ models/lib/nn.yaml:90:7
%5822 = pow %3393, %5821 : f64[] @ models/lib/nn.yaml:90:7
%5823 = sub %3386, %5822 : f64[] @ models/lib/nn.yaml:90:7
%5824 = div %2074, %5823 : f64[] @ models/lib/nn.yaml:90:7
%5825 = pow %3401, %5821 : f64[] @ models/lib/nn.yaml:90:7
%5826 = sub %3386, %5825 : f64[] @ models/lib/nn.yaml:90:7
%5827 = sqrt %5826 : f64[] @ models/lib/nn.yaml:90:7
%5828 = div %3386, %5827 : f64[] @ models/lib/nn.yaml:90:7
%5829 = sqrt %5820 : f32[16] @ models/lib/nn.yaml:90:7
%5830 = cast %5828 : f32[] @ models/lib/nn.yaml:90:7
%5831 = broadcast %5830 : f32[16] @ models/lib/nn.yaml:90:7
%5832 = mul %5829, %5831 : f32[16] @ models/lib/nn.yaml:90:7
%5833 = add %5832, %3513 : f32[16] @ models/lib/nn.yaml:90:7
%5834 = div %5816, %5833 : f32[16] @ models/lib/nn.yaml:90:7
%5835 = cast %5824 : f32[] @ models/lib/nn.yaml:90:7
%5836 = broadcast %5835 : f32[16] @ models/lib/nn.yaml:90:7
%5837 = mul %5834, %5836 : f32[16] @ models/lib/nn.yaml:90:7
%5838 = sub %66, %5837 : f32[16] @ models/lib/nn.yaml:90:7
%5839 = assign %66, %5838 : f32[16] @ models/lib/nn.yaml:90:7
%5840 = assign %5810, %5816 : f32[16] @ models/lib/nn.yaml:90:7
%5841 = assign %5811, %5820 : f32[16] @ models/lib/nn.yaml:90:7
%5842 = assign %5812, %5813 : i64[] @ models/lib/nn.yaml:90:7
%5843 = mul %150, %3524 : f32[16] @ models/lib/nn.yaml:90:7
%5844 = mul %5838, %3526 : f32[16] @ models/lib/nn.yaml:90:7
%5845 = add %5843, %5844 : f32[16] @ models/lib/nn.yaml:90:7
%5846 = assign %150, %5845 : f32[16] @ models/lib/nn.yaml:90:7
%5847 = all_reduce_sum %2588 : f32[24,16] @ models/lib/nn.yaml:79:7
%5848 = state name="adam_m.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%5849 = state name="adam_v.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%5850 = state name="adam_t.projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5851 = add %5850, %3383 : i64[] @ models/lib/nn.yaml:79:7
%5852 = broadcast %3388 : f32[24,16] @ models/lib/nn.yaml:79:7
%5853 = mul %67, %5852 : f32[24,16] @ models/lib/nn.yaml:79:7
%5854 = broadcast %2077 : f32[24,16] @ models/lib/nn.yaml:79:7
%5855 = mul %5847, %5854 : f32[24,16] @ models/lib/nn.yaml:79:7
%5856 = broadcast %1348 : f32[24,16] @ models/lib/nn.yaml:79:7
%5857 = mul %5848, %5856 : f32[24,16] @ models/lib/nn.yaml:79:7
%5858 = add %5857, %5855 : f32[24,16] @ models/lib/nn.yaml:79:7
%5859 = mul %5847, %5847 : f32[24,16] @ models/lib/nn.yaml:79:7
%5860 = broadcast %3398 : f32[24,16] @ models/lib/nn.yaml:79:7
%5861 = mul %5859, %5860 : f32[24,16] @ models/lib/nn.yaml:79:7
%5862 = broadcast %3402 : f32[24,16] @ models/lib/nn.yaml:79:7
%5863 = mul %5849, %5862 : f32[24,16] @ models/lib/nn.yaml:79:7
%5864 = add %5863, %5861 : f32[24,16] @ models/lib/nn.yaml:79:7
%5865 = cast %5851 : f64[] @ models/lib/nn.yaml:79:7
%5866 = pow %3393, %5865 : f64[] @ models/lib/nn.yaml:79:7
%5867 = sub %3386, %5866 : f64[] @ models/lib/nn.yaml:79:7
%5868 = div %2074, %5867 : f64[] @ models/lib/nn.yaml:79:7
%5869 = pow %3401, %5865 : f64[] @ models/lib/nn.yaml:79:7
%5870 = sub %3386, %5869 : f64[] @ models/lib/nn.yaml:79:7
%5871 = sqrt %5870 : f64[] @ models/lib/nn.yaml:79:7
%5872 = div %3386, %5871 : f64[] @ models/lib/nn.yaml:79:7
%5873 = sqrt %5864 : f32[24,16] @ models/lib/nn.yaml:79:7
%5874 = cast %5872 : f32[] @ models/lib/nn.yaml:79:7
%5875 = broadcast %5874 : f32[24,16] @ models/lib/nn.yaml:79:7
%5876 = mul %5873, %5875 : f32[24,16] @ models/lib/nn.yaml:79:7
%5877 = broadcast %3418 : f32[24,16] @ models/lib/nn.yaml:79:7
%5878 = add %5876, %5877 : f32[24,16] @ models/lib/nn.yaml:79:7
%5879 = div %5858, %5878 : f32[24,16] @ models/lib/nn.yaml:79:7
%5880 = cast %5868 : f32[] @ models/lib/nn.yaml:79:7
%5881 = broadcast %5880 : f32[24,16] @ models/lib/nn.yaml:79:7
%5882 = mul %5879, %5881 : f32[24,16] @ models/lib/nn.yaml:79:7
%5883 = sub %5853, %5882 : f32[24,16] @ models/lib/nn.yaml:79:7
%5884 = assign %67, %5883 : f32[24,16] @ models/lib/nn.yaml:79:7
%5885 = assign %5848, %5858 : f32[24,16] @ models/lib/nn.yaml:79:7
%5886 = assign %5849, %5864 : f32[24,16] @ models/lib/nn.yaml:79:7
%5887 = assign %5850, %5851 : i64[] @ models/lib/nn.yaml:79:7
%5888 = broadcast %3 : f32[24,16] @ models/lib/nn.yaml:79:7
%5889 = mul %151, %5888 : f32[24,16] @ models/lib/nn.yaml:79:7
%5890 = broadcast %3433 : f32[24,16] @ models/lib/nn.yaml:79:7
%5891 = mul %5883, %5890 : f32[24,16] @ models/lib/nn.yaml:79:7
%5892 = add %5889, %5891 : f32[24,16] @ models/lib/nn.yaml:79:7
%5893 = assign %151, %5892 : f32[24,16] @ models/lib/nn.yaml:79:7
%5894 = all_reduce_sum %2565 : f32[24] @ models/moco_pass.yaml:75:7
%5895 = state name="adam_m.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5896 = state name="adam_v.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5897 = state name="adam_t.projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5898 = add %5897, %3383 : i64[] @ models/moco_pass.yaml:75:7
%5899 = broadcast %3388 : f32[24] @ models/moco_pass.yaml:75:7
%5900 = mul %68, %5899 : f32[24] @ models/moco_pass.yaml:75:7
%5901 = broadcast %2077 : f32[24] @ models/moco_pass.yaml:75:7
%5902 = mul %5894, %5901 : f32[24] @ models/moco_pass.yaml:75:7
%5903 = broadcast %1348 : f32[24] @ models/moco_pass.yaml:75:7
%5904 = mul %5895, %5903 : f32[24] @ models/moco_pass.yaml:75:7
%5905 = add %5904, %5902 : f32[24] @ models/moco_pass.yaml:75:7
%5906 = mul %5894, %5894 : f32[24] @ models/moco_pass.yaml:75:7
%5907 = broadcast %3398 : f32[24] @ models/moco_pass.yaml:75:7
%5908 = mul %5906, %5907 : f32[24] @ models/moco_pass.yaml:75:7
%5909 = broadcast %3402 : f32[24] @ models/moco_pass.yaml:75:7
%5910 = mul %5896, %5909 : f32[24] @ models/moco_pass.yaml:75:7
%5911 = add %5910, %5908 : f32[24] @ models/moco_pass.yaml:75:7
%5912 = cast %5898 : f64[] @ models/moco_pass.yaml:75:7
%5913 = pow %3393, %5912 : f64[] @ models/moco_pass.yaml:75:7
%5914 = sub %3386, %5913 : f64[] @ models/moco_pass.yaml:75:7
%5915 = div %2074, %5914 : f64[] @ models/moco_pass.yaml:75:7
%5916 = pow %3401, %5912 : f64[] @ models/moco_pass.yaml:75:7
%5917 = sub %3386, %5916 : f64[] @ models/moco_pass.yaml:75:7
%5918 = sqrt %5917 : f64[] @ models/moco_pass.yaml:75:7
%5919 = div %3386, %5918 : f64[] @ models/moco_pass.yaml:75:7
%5920 = sqrt %5911 : f32[24] @ models/moco_pass.yaml:75:7
%5921 = cast %5919 : f32[] @ models/moco_pass.yaml:75:7
%5922 = broadcast %5921 : f32[24] @ models/moco_pass.yaml:75:7
%5923 = mul %5920, %5922 : f32[24] @ models/moco_pass.yaml:75:7
%5924 = broadcast %3418 : f32[24] @ models/moco_pass.yaml:75:7
%5925 = add %5923, %5924 : f32[24] @ models/moco_pass.yaml:75:7
%5926 = div %5905, %5925 : f32[24] @ models/moco_pass.yaml:75:7
%5927 = cast %5915 : f32[] @ models/moco_pass.yaml:75:7
%5928 = broadcast %5927 : f32[24] @ models/moco_pass.yaml:75:7
%5929 = mul %5926, %5928 : f32[24] @ models/moco_pass.yaml:75:7
%5930 = sub %5900, %5929 : f32[24] @ models/moco_pass.yaml:75:7
%5931 = assign %68, %5930 : f32[24] @ models/moco_pass.yaml:75:7
%5932 = assign %5895, %5905 : f32[24] @ models/moco_pass.yaml:75:7
%5933 = assign %5896, %5911 : f32[24] @ models/moco_pass.yaml:75:7
%5934 = assign %5897, %5898 : i64[] @ models/moco_pass.yaml:75:7
%5935 = broadcast %3 : f32[24] @ models/moco_pass.yaml:75:7
%5936 = mul %152, %5935 : f32[24] @ models/moco_pass.yaml:75:7
%5937 = broadcast %3433 : f32[24] @ models/moco_pass.yaml:75:7
%5938 = mul %5930, %5937 : f32[24] @ models/moco_pass.yaml:75:7
%5939 = add %5936, %5938 : f32[24] @ models/moco_pass.yaml:75:7
%5940 = assign %152, %5939 : f32[24] @ models/moco_pass.yaml:75:7
%5941 = all_reduce_sum %2561 : f32[24] @ models/moco_pass.yaml:76:7
%5942 = state name="adam_m.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5943 = state name="adam_v.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5944 = state name="adam_t.projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5945 = add %5944, %3383 : i64[] @ models/moco_pass.yaml:76:7
%5946 = mul %69, %5899 : f32[24] @ models/moco_pass.yaml:76:7
%5947 = mul %5941, %5901 : f32[24] @ models/moco_pass.yaml:76:7
%5948 = mul %5942, %5903 : f32[24] @ models/moco_pass.yaml:76:7
%5949 = add %5948, %5947 : f32[24] @ models/moco_pass.yaml:76:7
%5950 = mul %5941, %5941 : f32[24] @ models/moco_pass.yaml:76:7
%5951 = mul %5950, %5907 : f32[24] @ models/moco_pass.yaml:76:7
%5952 = mul %5943, %5909 : f32[24] @ models/moco_pass.yaml:76:7
%5953 = add %5952, %5951 : f32[24] @ models/moco_pass.yaml:76:7
%5954 = cast %5945 : f64[] @ models/moco_pass.yaml:76:7
%5955 = pow %3393, %5954 : f64[] @ models/moco_pass.yaml:76:7
%5956 = sub %3386, %5955 : f64[] @ models/moco_pass.yaml:76:7
%5957 = div %2074, %5956 : f64[] @ models/moco_pass.yaml:76:7
%5958 = pow %3401, %5954 : f64[] @ models/moco_pass.yaml:76:7
%5959 = sub %3386, %5958 : f64[] @ models/moco_pass.yaml:76:7
%5960 = sqrt %5959 : f64[] @ models/moco_pass.yaml:76:7
%5961 = div %3386, %5960 : f64[] @ models/moco_pass.yaml:76:7
%5962 = sqrt %5953 : f32[24] @ models/moco_pass.yaml:76:7
%5963 = cast %5961 : f32[] @ models/moco_pass.yaml:76:7
%5964 = broadcast %5963 : f32[24] @ models/moco_pass.yaml:76:7
%5965 = mul %5962, %5964 : f32[24] @ models/moco_pass.yaml:76:7
%5966 = add %5965, %5924 : f32[24] @ models/moco_pass.yaml:76:7
%5967 = div %5949, %5966 : f32[24] @ models/moco_pass.yaml:76:7
%5968 = cast %5957 : f32[] @ models/moco_pass.yaml:76:7
%5969 = broadcast %5968 : f32[24] @ models/moco_pass.yaml:76:7
%5970 = mul %5967, %5969 : f32[24] @ models/moco_pass.yaml:76:7
%5971 = sub %5946, %5970 : f32[24] @ models/moco_pass.yaml:76:7
%5972 = assign %69, %5971 : f32[24] @ models/moco_pass.yaml:76:7
%5973 = assign %5942, %5949 : f32[24] @ models/moco_pass.yaml:76:7
%5974 = assign %5943, %5953 : f32[24] @ models/moco_pass.yaml:76:7
%5975 = assign %5944, %5945 : i64[] @ models/moco_pass.yaml:76:7
%5976 = mul %153, %5935 : f32[24] @ models/moco_pass.yaml:76:7
%5977 = mul %5971, %5937 : f32[24] @ models/moco_pass.yaml:76:7
%5978 = add %5976, %5977 : f32[24] @ models/moco_pass.yaml:76:7
%5979 = assign %153, %5978 : f32[24] @ models/moco_pass.yaml:76:7
%5980 = all_reduce_sum %2554 : f32[24,24] @ models/lib/nn.yaml:79:7
%5981 = state name="adam_m.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%5982 = state name="adam_v.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%5983 = state name="adam_t.projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5984 = add %5983, %3383 : i64[] @ models/lib/nn.yaml:79:7
%5985 = broadcast %3388 : f32[24,24] @ models/lib/nn.yaml:79:7
%5986 = mul %70, %5985 : f32[24,24] @ models/lib/nn.yaml:79:7
%5987 = broadcast %2077 : f32[24,24] @ models/lib/nn.yaml:79:7
%5988 = mul %5980, %5987 : f32[24,24] @ models/lib/nn.yaml:79:7
%5989 = broadcast %1348 : f32[24,24] @ models/lib/nn.yaml:79:7
%5990 = mul %5981, %5989 : f32[24,24] @ models/lib/nn.yaml:79:7
%5991 = add %5990, %5988 : f32[24,24] @ models/lib/nn.yaml:79:7
%5992 = mul %5980, %5980 : f32[24,24] @ models/lib/nn.yaml:79:7
%5993 = broadcast %3398 : f32[24,24] @ models/lib/nn.yaml:79:7
%5994 = mul %5992, %5993 : f32[24,24] @ models/lib/nn.yaml:79:7
%5995 = broadcast %3402 : f32[24,24] @ models/lib/nn.yaml:79:7
%5996 = mul %5982, %5995 : f32[24,24] @ models/lib/nn.yaml:79:7
%5997 = add %5996, %5994 : f32[24,24] @ models/lib/nn.yaml:79:7
%5998 = cast %5984 : f64[] @ models/lib/nn.yaml:79:7
%5999 = pow %3393, %5998 : f64[] @ models/lib/nn.yaml:79:7
%6000 = sub %3386, %5999 : f64[] @ models/lib/nn.yaml:79:7
%6001 = div %2074, %6000 : f64[] @ models/lib/nn.yaml:79:7
%6002 = pow %3401, %5998 : f64[] @ models/lib/nn.yaml:79:7
%6003 = sub %3386, %6002 : f64[] @ models/lib/nn.yaml:79:7
%6004 = sqrt %6003 : f64[] @ models/lib/nn.yaml:79:7
%6005 = div %3386, %6004 : f64[] @ models/lib/nn.yaml:79:7
%6006 = sqrt %5997 : f32[24,24] @ models/lib/nn.yaml:79:7
%6007 = cast %6005 : f32[] @ models/lib/nn.yaml:79:7
%6008 = broadcast %6007 : f32[24,24] @ models/lib/nn.yaml:79:7
%6009 = mul %6006, %6008 : f32[24,24] @ models/lib/nn.yaml:79:7
%6010 = broadcast %3418 : f32[24,24] @ models/lib/nn.yaml:79:7
%6011 = add %6009, %6010 : f32[24,24] @ models/lib/nn.yaml:79:7
%6012 = div %5991, %6011 : f32[24,24] @ models/lib/nn.yaml:79:7
%6013 = cast %6001 : f32[] @ models/lib/nn.yaml:79:7
%6014 = broadcast %6013 : f32[24,24] @ models/lib/nn.yaml:79:7
%6015 = mul %6012, %6014 : f32[24,24] @ models/lib/nn.yaml:79:7
%6016 = sub %5986, %6015 : f32[24,24] @ models/lib/nn.yaml:79:7
%6017 = assign %70, %6016 : f32[24,24] @ models/lib/nn.yaml:79:7
%6018 = assign %5981, %5991 : f32[24,24] @ models/lib/nn.yaml:79:7
%6019 = assign %5982, %5997 : f32[24,24] @ models/lib/nn.yaml:79:7
%6020 = assign %5983, %5984 : i64[] @ models/lib/nn.yaml:79:7
%6021 = broadcast %3 : f32[24,24] @ models/lib/nn.yaml:79:7
%6022 = mul %154, %6021 : f32[24,24] @ models/lib/nn.yaml:79:7
%6023 = broadcast %3433 : f32[24,24] @ models/lib/nn.yaml:79:7
%6024 = mul %6016, %6023 : f32[24,24] @ models/lib/nn.yaml:79:7
%6025 = add %6022, %6024 : f32[24,24] @ models/lib/nn.yaml:79:7
%6026 = assign %154, %6025 : f32[24,24] @ models/lib/nn.yaml:79:7
%6027 = all_reduce_sum %2531 : f32[24] @ models/moco_pass.yaml:75:7
%6028 = state name="adam_m.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6029 = state name="adam_v.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6030 = state name="adam_t.projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6031 = add %6030, %3383 : i64[] @ models/moco_pass.yaml:75:7
%6032 = mul %71, %5899 : f32[24] @ models/moco_pass.yaml:75:7
%6033 = mul %6027, %5901 : f32[24] @ models/moco_pass.yaml:75:7
%6034 = mul %6028, %5903 : f32[24] @ models/moco_pass.yaml:75:7
%6035 = add %6034, %6033 : f32[24] @ models/moco_pass.yaml:75:7
%6036 = mul %6027, %6027 : f32[24] @ models/moco_pass.yaml:75:7
%6037 = mul %6036, %5907 : f32[24] @ models/moco_pass.yaml:75:7
%6038 = mul %6029, %5909 : f32[24] @ models/moco_pass.yaml:75:7
%6039 = add %6038, %6037 : f32[24] @ models/moco_pass.yaml:75:7
%6040 = cast %6031 : f64[] @ models/moco_pass.yaml:75:7
%6041 = pow %3393, %6040 : f64[] @ models/moco_pass.yaml:75:7
%6042 = sub %3386, %6041 : f64[] @ models/moco_pass.yaml:75:7
%6043 = div %2074, %6042 : f64[] @ models/moco_pass.yaml:75:7
%6044 = pow %3401, %6040 : f64[] @ models/moco_pass.yaml:75:7
%6045 = sub %3386, %6044 : f64[] @ models/moco_pass.yaml:75:7
%6046 = sqrt %6045 : f64[] @ models/moco_pass.yaml:75:7
%6047 = div %3386, %6046 : f64[] @ models/moco_pass.yaml:75:7
%6048 = sqrt %6039 : f32[24] @ models/moco_pass.yaml:75:7
%6049 = cast %6047 : f32[] @ models/moco_pass.yaml:75:7
%6050 = broadcast %6049 : f32[24] @ models/moco_pass.yaml:75:7
%6051 = mul %6048, %6050 : f32[24] @ models/moco_pass.yaml:75:7
%6052 = add %6051, %5924 : f32[24] @ models/moco_pass.yaml:75:7
%6053 = div %6035, %6052 : f32[24] @ models/moco_pass.yaml:75:7
%6054 = cast %6043 : f32[] @ models/moco_pass.yaml:75:7
%6055 = broadcast %6054 : f32[24] @ models/moco_pass.yaml:75:7
%6056 = mul %6053, %6055 : f32[24] @ models/moco_pass.yaml:75:7
%6057 = sub %6032, %6056 : f32[24] @ models/moco_pass.yaml:75:7
%6058 = assign %71, %6057 : f32[24] @ models/moco_pass.yaml:75:7
%6059 = assign %6028, %6035 : f32[24] @ models/moco_pass.yaml:75:7
%6060 = assign %6029, %6039 : f32[24] @ models/moco_pass.yaml:75:7
%6061 = assign %6030, %6031 : i64[] @ models/moco_pass.yaml:75:7
%6062 = mul %155, %5935 : f32[24] @ models/moco_pass.yaml:75:7
%6063 = mul %6057, %5937 : f32[24] @ models/moco_pass.yaml:75:7
%6064 = add %6062, %6063 : f32[24] @ models/moco_pass.yaml:75:7
%6065 = assign %155, %6064 : f32[24] @ models/moco_pass.yaml:75:7
%6066 = all_reduce_sum %2527 : f32[24] @ models/moco_pass.yaml:76:7
%6067 = state name="adam_m.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6068 = state name="adam_v.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6069 = state name="adam_t.projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6070 = add %6069, %3383 : i64[] @ models/moco_pass.yaml:76:7
%6071 = mul %72, %5899 : f32[24] @ models/moco_pass.yaml:76:7
%6072 = mul %6066, %5901 : f32[24] @ models/moco_pass.yaml:76:7
%6073 = mul %6067, %5903 : f32[24] @ models/moco_pass.yaml:76:7
%6074 = add %6073, %6072 : f32[24] @ models/moco_pass.yaml:76:7
%6075 = mul %6066, %6066 : f32[24] @ models/moco_pass.yaml:76:7
%6076 = mul %6075, %5907 : f32[24] @ models/moco_pass.yaml:76:7
%6077 = mul %6068, %5909 : f32[24] @ models/moco_pass.yaml:76:7
%6078 = add %6077, %6076 : f32[24] @ models/moco_pass.yaml:76:7
%6079 = cast %6070 : f64[] @ models/moco_pass.yaml:76:7
%6080 = pow %3393, %6079 : f64[] @ models/moco_pass.yaml:76:7
%6081 = sub %3386, %6080 : f64[] @ models/moco_pass.yaml:76:7
%6082 = div %2074, %6081 : f64[] @ models/moco_pass.yaml:76:7
%6083 = pow %3401, %6079 : f64[] @ models/moco_pass.yaml:76:7
%6084 = sub %3386, %6083 : f64[] @ models/moco_pass.yaml:76:7
%6085 = sqrt %6084 : f64[] @ models/moco_pass.yaml:76:7
%6086 = div %3386, %6085 : f64[] @ models/moco_pass.yaml:76:7
%6087 = sqrt %6078 : f32[24] @ models/moco_pass.yaml:76:7
%6088 = cast %6086 : f32[] @ models/moco_pass.yaml:76:7
%6089 = broadcast %6088 : f32[24] @ models/moco_pass.yaml:76:7
%6090 = mul %6087, %6089 : f32[24] @ models/moco_pass.yaml:76:7
%6091 = add %6090, %5924 : f32[24] @ models/moco_pass.yaml:76:7
%6092 = div %6074, %6091 : f32[24] @ models/moco_pass.yaml:76:7
%6093 = cast %6082 : f32[] @ models/moco_pass.yaml:76:7
%6094 = broadcast %6093 : f32[24] @ models/moco_pass.yaml:76:7
%6095 = mul %6092, %6094 : f32[24] @ models/moco_pass.yaml:76:7
%6096 = sub %6071, %6095 : f32[24] @ models/moco_pass.yaml:76:7
%6097 = assign %72, %6096 : f32[24] @ models/moco_pass.yaml:76:7
%6098 = assign %6067, %6074 : f32[24] @ models/moco_pass.yaml:76:7
%6099 = assign %6068, %6078 : f32[24] @ models/moco_pass.yaml:76:7
%6100 = assign %6069, %6070 : i64[] @ models/moco_pass.yaml:76:7
%6101 = mul %156, %5935 : f32[24] @ models/moco_pass.yaml:76:7
%6102 = mul %6096, %5937 : f32[24] @ models/moco_pass.yaml:76:7
%6103 = add %6101, %6102 : f32[24] @ models/moco_pass.yaml:76:7
%6104 = assign %156, %6103 : f32[24] @ models/moco_pass.yaml:76:7
%6105 = all_reduce_sum %2520 : f32[8,24] @ models/lib/nn.yaml:79:7
%6106 = state name="adam_m.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6107 = state name="adam_v.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6108 = state name="adam_t.projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6109 = add %6108, %3383 : i64[] @ models/lib/nn.yaml:79:7
%6110 = broadcast %3388 : f32[8,24] @ models/lib/nn.yaml:79:7
%6111 = mul %73, %6110 : f32[8,24] @ models/lib/nn.yaml:79:7
%6112 = broadcast %2077 : f32[8,24] @ models/lib/nn.yaml:79:7
%6113 = mul %6105, %6112 : f32[8,24] @ models/lib/nn.yaml:79:7
%6114 = broadcast %1348 : f32[8,24] @ models/lib/nn.yaml:79:7
%6115 = mul %6106, %6114 : f32[8,24] @ models/lib/nn.yaml:79:7
%6116 = add %6115, %6113 : f32[8,24] @ models/lib/nn.yaml:79:7
%6117 = mul %6105, %6105 : f32[8,24] @ models/lib/nn.yaml:79:7
%6118 = broadcast %3398 : f32[8,24] @ models/lib/nn.yaml:79:7
%6119 = mul %6117, %6118 : f32[8,24] @ models/lib/nn.yaml:79:7
%6120 = broadcast %3402 : f32[8,24] @ models/lib/nn.yaml:79:7
%6121 = mul %6107, %6120 : f32[8,24] @ models/lib/nn.yaml:79:7
%6122 = add %6121, %6119 : f32[8,24] @ models/lib/nn.yaml:79:7
%6123 = cast %6109 : f64[] @ models/lib/nn.yaml:79:7
%6124 = pow %3393, %6123 : f64[] @ models/lib/nn.yaml:79:7
%6125 = sub %3386, %6124 : f64[] @ models/lib/nn.yaml:79:7
%6126 = div %2074, %6125 : f64[] @ models/lib/nn.yaml:79:7
%6127 = pow %3401, %6123 : f64[] @ models/lib/nn.yaml:79:7
%6128 = sub %3386, %6127 : f64[] @ models/lib/nn.yaml:79:7
%6129 = sqrt %6128 : f64[] @ models/lib/nn.yaml:79:7
%6130 = div %3386, %6129 : f64[] @ models/lib/nn.yaml:79:7
%6131 = sqrt %6122 : f32[8,24] @ models/lib/nn.yaml:79:7
%6132 = cast %6130 : f32[] @ models/lib/nn.yaml:79:7
%6133 = broadcast %6132 : f32[8,24] @ models/lib/nn.yaml:79:7
%6134 = mul %6131, %6133 : f32[8,24] @ models/lib/nn.yaml:79:7
%6135 = broadcast %3418 : f32[8,24] @ models/lib/nn.yaml:79:7
%6136 = add %6134, %6135 : f32[8,24] @ models/lib/nn.yaml:79:7
%6137 = div %6116, %6136 : f32[8,24] @ models/lib/nn.yaml:79:7
%6138 = cast %6126 : f32[] @ models/lib/nn.yaml:79:7
%6139 = broadcast %6138 : f32[8,24] @ models/lib/nn.yaml:79:7
%6140 = mul %6137, %6139 : f32[8,24] @ models/lib/nn.yaml:79:7
%6141 = sub %6111, %6140 : f32[8,24] @ models/lib/nn.yaml:79:7
%6142 = assign %73, %6141 : f32[8,24] @ models/lib/nn.yaml:79:7
%6143 = assign %6106, %6116 : f32[8,24] @ models/lib/nn.yaml:79:7
%6144 = assign %6107, %6122 : f32[8,24] @ models/lib/nn.yaml:79:7
%6145 = assign %6108, %6109 : i64[] @ models/lib/nn.yaml:79:7
%6146 = broadcast %3 : f32[8,24] @ models/lib/nn.yaml:79:7
%6147 = mul %157, %6146 : f32[8,24] @ models/lib/nn.yaml:79:7
%6148 = broadcast %3433 : f32[8,24] @ models/lib/nn.yaml:79:7
%6149 = mul %6141, %6148 : f32[8,24] @ models/lib/nn.yaml:79:7
%6150 = add %6147, %6149 : f32[8,24] @ models/lib/nn.yaml:79:7
%6151 = assign %157, %6150 : f32[8,24] @ models/lib/nn.yaml:79:7
%6152 = all_reduce_sum %2497 : f32[24,8] @ models/lib/nn.yaml:79:7
%6153 = state name="adam_m.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%6154 = state name="adam_v.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%6155 = state name="adam_t.predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6156 = add %6155, %3383 : i64[] @ models/lib/nn.yaml:79:7
%6157 = broadcast %3388 : f32[24,8] @ models/lib/nn.yaml:79:7
%6158 = mul %74, %6157 : f32[24,8] @ models/lib/nn.yaml:79:7
%6159 = broadcast %2077 : f32[24,8] @ models/lib/nn.yaml:79:7
%6160 = mul %6152, %6159 : f32[24,8] @ models/lib/nn.yaml:79:7
%6161 = broadcast %1348 : f32[24,8] @ models/lib/nn.yaml:79:7
%6162 = mul %6153, %6161 : f32[24,8] @ models/lib/nn.yaml:79:7
%6163 = add %6162, %6160 : f32[24,8] @ models/lib/nn.yaml:79:7
%6164 = mul %6152, %6152 : f32[24,8] @ models/lib/nn.yaml:79:7
%6165 = broadcast %3398 : f32[24,8] @ models/lib/nn.yaml:79:7
%6166 = mul %6164, %6165 : f32[24,8] @ models/lib/nn.yaml:79:7
%6167 = broadcast %3402 : f32[24,8] @ models/lib/nn.yaml:79:7
%6168 = mul %6154, %6167 : f32[24,8] @ models/lib/nn.yaml:79:7
%6169 = add %6168, %6166 : f32[24,8] @ models/lib/nn.yaml:79:7
%6170 = cast %6156 : f64[] @ models/lib/nn.yaml:79:7
%6171 = pow %3393, %6170 : f64[] @ models/lib/nn.yaml:79:7
%6172 = sub %3386, %6171 : f64[] @ models/lib/nn.yaml:79:7
%6173 = div %2074, %6172 : f64[] @ models/lib/nn.yaml:79:7
%6174 = pow %3401, %6170 : f64[] @ models/lib/nn.yaml:79:7
%6175 = sub %3386, %6174 : f64[] @ models/lib/nn.yaml:79:7
%6176 = sqrt %6175 : f64[] @ models/lib/nn.yaml:79:7
%6177 = div %3386, %6176 : f64[] @ models/lib/nn.yaml:79:7
%6178 = sqrt %6169 : f32[24,8] @ models/lib/nn.yaml:79:7
%6179 = cast %6177 : f32[] @ models/lib/nn.yaml:79:7
%6180 = broadcast %6179 : f32[24,8] @ models/lib/nn.yaml:79:7
%6181 = mul %6178, %6180 : f32[24,8] @ models/lib/nn.yaml:79:7
%6182 = broadcast %3418 : f32[24,8] @ models/lib/nn.yaml:79:7
%6183 = add %6181, %6182 : f32[24,8] @ models/lib/nn.yaml:79:7
%6184 = div %6163, %6183 : f32[24,8] @ models/lib/nn.yaml:79:7
%6185 = cast %6173 : f32[] @ models/lib/nn.yaml:79:7
%6186 = broadcast %6185 : f32[24,8] @ models/lib/nn.yaml:79:7
%6187 = mul %6184, %6186 : f32[24,8] @ models/lib/nn.yaml:79:7
%6188 = sub %6158, %6187 : f32[24,8] @ models/lib/nn.yaml:79:7
%6189 = assign %74, %6188 : f32[24,8] @ models/lib/nn.yaml:79:7
%6190 = assign %6153, %6163 : f32[24,8] @ models/lib/nn.yaml:79:7
%6191 = assign %6154, %6169 : f32[24,8] @ models/lib/nn.yaml:79:7
%6192 = assign %6155, %6156 : i64[] @ models/lib/nn.yaml:79:7
%6193 = broadcast %3 : f32[24,8] @ models/lib/nn.yaml:79:7
%6194 = mul %158, %6193 : f32[24,8] @ models/lib/nn.yaml:79:7
%6195 = broadcast %3433 : f32[24,8] @ models/lib/nn.yaml:79:7
%6196 = mul %6188, %6195 : f32[24,8] @ models/lib/nn.yaml:79:7
%6197 = add %6194, %6196 : f32[24,8] @ models/lib/nn.yaml:79:7
%6198 = assign %158, %6197 : f32[24,8] @ models/lib/nn.yaml:79:7
%6199 = all_reduce_sum %2473 : f32[24] @ models/moco_pass.yaml:75:7
%6200 = state name="adam_m.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6201 = state name="adam_v.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6202 = state name="adam_t.predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6203 = add %6202, %3383 : i64[] @ models/moco_pass.yaml:75:7
%6204 = mul %75, %5899 : f32[24] @ models/moco_pass.yaml:75:7
%6205 = mul %6199, %5901 : f32[24] @ models/moco_pass.yaml:75:7
%6206 = mul %6200, %5903 : f32[24] @ models/moco_pass.yaml:75:7
%6207 = add %6206, %6205 : f32[24] @ models/moco_pass.yaml:75:7
%6208 = mul %6199, %6199 : f32[24] @ models/moco_pass.yaml:75:7
%6209 = mul %6208, %5907 : f32[24] @ models/moco_pass.yaml:75:7
%6210 = mul %6201, %5909 : f32[24] @ models/moco_pass.yaml:75:7
%6211 = add %6210, %6209 : f32[24] @ models/moco_pass.yaml:75:7
%6212 = cast %6203 : f64[] @ models/moco_pass.yaml:75:7
%6213 = pow %3393, %6212 : f64[] @ models/moco_pass.yaml:75:7
%6214 = sub %3386, %6213 : f64[] @ models/moco_pass.yaml:75:7
%6215 = div %2074, %6214 : f64[] @ models/moco_pass.yaml:75:7
%6216 = pow %3401, %6212 : f64[] @ models/moco_pass.yaml:75:7
%6217 = sub %3386, %6216 : f64[] @ models/moco_pass.yaml:75:7
%6218 = sqrt %6217 : f64[] @ models/moco_pass.yaml:75:7
%6219 = div %3386, %6218 : f64[] @ models/moco_pass.yaml:75:7
%6220 = sqrt %6211 : f32[24] @ models/moco_pass.yaml:75:7
%6221 = cast %6219 : f32[] @ models/moco_pass.yaml:75:7
%6222 = broadcast %6221 : f32[24] @ models/moco_pass.yaml:75:7
%6223 = mul %6220, %6222 : f32[24] @ models/moco_pass.yaml:75:7
%6224 = add %6223, %5924 : f32[24] @ models/moco_pass.yaml:75:7
%6225 = div %6207, %6224 : f32[24] @ models/moco_pass.yaml:75:7
%6226 = cast %6215 : f32[] @ models/moco_pass.yaml:75:7
%6227 = broadcast %6226 : f32[24] @ models/moco_pass.yaml:75:7
%6228 = mul %6225, %6227 : f32[24] @ models/moco_pass.yaml:75:7
%6229 = sub %6204, %6228 : f32[24] @ models/moco_pass.yaml:75:7
%6230 = assign %75, %6229 : f32[24] @ models/moco_pass.yaml:75:7
%6231 = assign %6200, %6207 : f32[24] @ models/moco_pass.yaml:75:7
%6232 = assign %6201, %6211 : f32[24] @ models/moco_pass.yaml:75:7
%6233 = assign %6202, %6203 : i64[] @ models/moco_pass.yaml:75:7
%6234 = mul %159, %5935 : f32[24] @ models/moco_pass.yaml:75:7
%6235 = mul %6229, %5937 : f32[24] @ models/moco_pass.yaml:75:7
%6236 = add %6234, %6235 : f32[24] @ models/moco_pass.yaml:75:7
%6237 = assign %159, %6236 : f32[24] @ models/moco_pass.yaml:75:7
%6238 = all_reduce_sum %2469 : f32[24] @ models/moco_pass.yaml:76:7
%6239 = state name="adam_m.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6240 = state name="adam_v.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6241 = state name="adam_t.predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6242 = add %6241, %3383 : i64[] @ models/moco_pass.yaml:76:7
%6243 = mul %76, %5899 : f32[24] @ models/moco_pass.yaml:76:7
%6244 = mul %6238, %5901 : f32[24] @ models/moco_pass.yaml:76:7
%6245 = mul %6239, %5903 : f32[24] @ models/moco_pass.yaml:76:7
%6246 = add %6245, %6244 : f32[24] @ models/moco_pass.yaml:76:7
%6247 = mul %6238, %6238 : f32[24] @ models/moco_pass.yaml:76:7
%6248 = mul %6247, %5907 : f32[24] @ models/moco_pass.yaml:76:7
%6249 = mul %6240, %5909 : f32[24] @ models/moco_pass.yaml:76:7
%6250 = add %6249, %6248 : f32[24] @ models/moco_pass.yaml:76:7
%6251 = cast %6242 : f64[] @ models/moco_pass.yaml:76:7
%6252 = pow %3393, %6251 : f64[] @ models/moco_pass.yaml:76:7
%6253 = sub %3386, %6252 : f64[] @ models/moco_pass.yaml:76:7
%6254 = div %2074, %6253 : f64[] @ models/moco_pass.yaml:76:7
%6255 = pow %3401, %6251 : f64[] @ models/moco_pass.yaml:76:7
%6256 = sub %3386, %6255 : f64[] @ models/moco_pass.yaml:76:7
%6257 = sqrt %6256 : f64[] @ models/moco_pass.yaml:76:7
%6258 = div %3386, %6257 : f64[] @ models/moco_pass.yaml:76:7
%6259 = sqrt %6250 : f32[24] @ models/moco_pass.yaml:76:7
%6260 = cast %6258 : f32[] @ models/moco_pass.yaml:76:7
%6261 = broadcast %6260 : f32[24] @ models/moco_pass.yaml:76:7
%6262 = mul %6259, %6261 : f32[24] @ models/moco_pass.yaml:76:7
%6263 = add %6262, %5924 : f32[24] @ models/moco_pass.yaml:76:7
%6264 = div %6246, %6263 : f32[24] @ models/moco_pass.yaml:76:7
%6265 = cast %6254 : f32[] @ models/moco_pass.yaml:76:7
%6266 = broadcast %6265 : f32[24] @ models/moco_pass.yaml:76:7
%6267 = mul %6264, %6266 : f32[24] @ models/moco_pass.yaml:76:7
%6268 = sub %6243, %6267 : f32[24] @ models/moco_pass.yaml:76:7
%6269 = assign %76, %6268 : f32[24] @ models/moco_pass.yaml:76:7
%6270 = assign %6239, %6246 : f32[24] @ models/moco_pass.yaml:76:7
%6271 = assign %6240, %6250 : f32[24] @ models/moco_pass.yaml:76:7
%6272 = assign %6241, %6242 : i64[] @ models/moco_pass.yaml:76:7
%6273 = mul %160, %5935 : f32[24] @ models/moco_pass.yaml:76:7
%6274 = mul %6268, %5937 : f32[24] @ models/moco_pass.yaml:76:7
%6275 = add %6273, %6274 : f32[24] @ models/moco_pass.yaml:76:7
%6276 = assign %160, %6275 : f32[24] @ models/moco_pass.yaml:76:7
%6277 = all_reduce_sum %2461 : f32[8,24] @ models/lib/nn.yaml:79:7
%6278 = state name="adam_m.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6279 = state name="adam_v.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6280 = state name="adam_t.predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6281 = add %6280, %3383 : i64[] @ models/lib/nn.yaml:79:7
%6282 = mul %77, %6110 : f32[8,24] @ models/lib/nn.yaml:79:7
%6283 = mul %6277, %6112 : f32[8,24] @ models/lib/nn.yaml:79:7
%6284 = mul %6278, %6114 : f32[8,24] @ models/lib/nn.yaml:79:7
%6285 = add %6284, %6283 : f32[8,24] @ models/lib/nn.yaml:79:7
%6286 = mul %6277, %6277 : f32[8,24] @ models/lib/nn.yaml:79:7
%6287 = mul %6286, %6118 : f32[8,24] @ models/lib/nn.yaml:79:7
%6288 = mul %6279, %6120 : f32[8,24] @ models/lib/nn.yaml:79:7
%6289 = add %6288, %6287 : f32[8,24] @ models/lib/nn.yaml:79:7
%6290 = cast %6281 : f64[] @ models/lib/nn.yaml:79:7
%6291 = pow %3393, %6290 : f64[] @ models/lib/nn.yaml:79:7
%6292 = sub %3386, %6291 : f64[] @ models/lib/nn.yaml:79:7
%6293 = div %2074, %6292 : f64[] @ models/lib/nn.yaml:79:7
%6294 = pow %3401, %6290 : f64[] @ models/lib/nn.yaml:79:7
%6295 = sub %3386, %6294 : f64[] @ models/lib/nn.yaml:79:7
%6296 = sqrt %6295 : f64[] @ models/lib/nn.yaml:79:7
%6297 = div %3386, %6296 : f64[] @ models/lib/nn.yaml:79:7
%6298 = sqrt %6289 : f32[8,24] @ models/lib/nn.yaml:79:7
%6299 = cast %6297 : f32[] @ models/lib/nn.yaml:79:7
%6300 = broadcast %6299 : f32[8,24] @ models/lib/nn.yaml:79:7
%6301 = mul %6298, %6300 : f32[8,24] @ models/lib/nn.yaml:79:7
%6302 = add %6301, %6135 : f32[8,24] @ models/lib/nn.yaml:79:7
%6303 = div %6285, %6302 : f32[8,24] @ models/lib/nn.yaml:79:7
%6304 = cast %6293 : f32[] @ models/lib/nn.yaml:79:7
%6305 = broadcast %6304 : f32[8,24] @ models/lib/nn.yaml:79:7
%6306 = mul %6303, %6305 : f32[8,24] @ models/lib/nn.yaml:79:7
%6307 = sub %6282, %6306 : f32[8,24] @ models/lib/nn.yaml:79:7
%6308 = assign %77, %6307 : f32[8,24] @ models/lib/nn.yaml:79:7
%6309 = assign %6278, %6285 : f32[8,24] @ models/lib/nn.yaml:79:7
%6310 = assign %6279, %6289 : f32[8,24] @ models/lib/nn.yaml:79:7
%6311 = assign %6280, %6281 : i64[] @ models/lib/nn.yaml:79:7
%6312 = mul %161, %6146 : f32[8,24] @ models/lib/nn.yaml:79:7
%6313 = mul %6307, %6148 : f32[8,24] @ models/lib/nn.yaml:79:7
%6314 = add %6312, %6313 : f32[8,24] @ models/lib/nn.yaml:79:7
%6315 = assign %161, %6314 : f32[8,24] @ models/lib/nn.yaml:79:7
%6316 = all_reduce_sum %2436 : f32[12,16] @ models/lib/nn.yaml:79:7
%6317 = state name="adam_m.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%6318 = state name="adam_v.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%6319 = state name="adam_t.patch_projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6320 = add %6319, %3383 : i64[] @ models/lib/nn.yaml:79:7
%6321 = broadcast %3388 : f32[12,16] @ models/lib/nn.yaml:79:7
%6322 = mul %78, %6321 : f32[12,16] @ models/lib/nn.yaml:79:7
%6323 = broadcast %2077 : f32[12,16] @ models/lib/nn.yaml:79:7
%6324 = mul %6316, %6323 : f32[12,16] @ models/lib/nn.yaml:79:7
%6325 = broadcast %1348 : f32[12,16] @ models/lib/nn.yaml:79:7
%6326 = mul %6317, %6325 : f32[12,16] @ models/lib/nn.yaml:79:7
%6327 = add %6326, %6324 : f32[12,16] @ models/lib/nn.yaml:79:7
%6328 = mul %6316, %6316 : f32[12,16] @ models/lib/nn.yaml:79:7
%6329 = broadcast %3398 : f32[12,16] @ models/lib/nn.yaml:79:7
%6330 = mul %6328, %6329 : f32[12,16] @ models/lib/nn.yaml:79:7
%6331 = broadcast %3402 : f32[12,16] @ models/lib/nn.yaml:79:7
%6332 = mul %6318, %6331 : f32[12,16] @ models/lib/nn.yaml:79:7
%6333 = add %6332, %6330 : f32[12,16] @ models/lib/nn.yaml:79:7
%6334 = cast %6320 : f64[] @ models/lib/nn.yaml:79:7
%6335 = pow %3393, %6334 : f64[] @ models/lib/nn.yaml:79:7
%6336 = sub %3386, %6335 : f64[] @ models/lib/nn.yaml:79:7
%6337 = div %2074, %6336 : f64[] @ models/lib/nn.yaml:79:7
%6338 = pow %3401, %6334 : f64[] @ models/lib/nn.yaml:79:7
%6339 = sub %3386, %6338 : f64[] @ models/lib/nn.yaml:79:7
%6340 = sqrt %6339 : f64[] @ models/lib/nn.yaml:79:7
%6341 = div %3386, %6340 : f64[] @ models/lib/nn.yaml:79:7
%6342 = sqrt %6333 : f32[12,16] @ models/lib/nn.yaml:79:7
%6343 = cast %6341 : f32[] @ models/lib/nn.yaml:79:7
%6344 = broadcast %6343 : f32[12,16] @ models/lib/nn.yaml:79:7
%6345 = mul %6342, %6344 : f32[12,16] @ models/lib/nn.yaml:79:7
%6346 = broadcast %3418 : f32[12,16] @ models/lib/nn.yaml:79:7
%6347 = add %6345, %6346 : f32[12,16] @ models/lib/nn.yaml:79:7
%6348 = div %6327, %6347 : f32[12,16] @ models/lib/nn.yaml:79:7
%6349 = cast %6337 : f32[] @ models/lib/nn.yaml:79:7
%6350 = broadcast %6349 : f32[12,16] @ models/lib/nn.yaml:79:7
%6351 = mul %6348, %6350 : f32[12,16] @ models/lib/nn.yaml:79:7
%6352 = sub %6322, %6351 : f32[12,16] @ models/lib/nn.yaml:79:7
%6353 = assign %78, %6352 : f32[12,16] @ models/lib/nn.yaml:79:7
%6354 = assign %6317, %6327 : f32[12,16] @ models/lib/nn.yaml:79:7
%6355 = assign %6318, %6333 : f32[12,16] @ models/lib/nn.yaml:79:7
%6356 = assign %6319, %6320 : i64[] @ models/lib/nn.yaml:79:7
%6357 = broadcast %3 : f32[12,16] @ models/lib/nn.yaml:79:7
%6358 = mul %162, %6357 : f32[12,16] @ models/lib/nn.yaml:79:7
%6359 = broadcast %3433 : f32[12,16] @ models/lib/nn.yaml:79:7
%6360 = mul %6352, %6359 : f32[12,16] @ models/lib/nn.yaml:79:7
%6361 = add %6358, %6360 : f32[12,16] @ models/lib/nn.yaml:79:7
%6362 = assign %162, %6361 : f32[12,16] @ models/lib/nn.yaml:79:7
%6363 = all_reduce_sum %2413 : f32[12] @ models/moco_pass.yaml:75:7
%6364 = state name="adam_m.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6365 = state name="adam_v.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6366 = state name="adam_t.patch_projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6367 = add %6366, %3383 : i64[] @ models/moco_pass.yaml:75:7
%6368 = broadcast %3388 : f32[12] @ models/moco_pass.yaml:75:7
%6369 = mul %79, %6368 : f32[12] @ models/moco_pass.yaml:75:7
%6370 = broadcast %2077 : f32[12] @ models/moco_pass.yaml:75:7
%6371 = mul %6363, %6370 : f32[12] @ models/moco_pass.yaml:75:7
%6372 = broadcast %1348 : f32[12] @ models/moco_pass.yaml:75:7
%6373 = mul %6364, %6372 : f32[12] @ models/moco_pass.yaml:75:7
%6374 = add %6373, %6371 : f32[12] @ models/moco_pass.yaml:75:7
%6375 = mul %6363, %6363 : f32[12] @ models/moco_pass.yaml:75:7
%6376 = broadcast %3398 : f32[12] @ models/moco_pass.yaml:75:7
%6377 = mul %6375, %6376 : f32[12] @ models/moco_pass.yaml:75:7
%6378 = broadcast %3402 : f32[12] @ models/moco_pass.yaml:75:7
%6379 = mul %6365, %6378 : f32[12] @ models/moco_pass.yaml:75:7
%6380 = add %6379, %6377 : f32[12] @ models/moco_pass.yaml:75:7
%6381 = cast %6367 : f64[] @ models/moco_pass.yaml:75:7
%6382 = pow %3393, %6381 : f64[] @ models/moco_pass.yaml:75:7
%6383 = sub %3386, %6382 : f64[] @ models/moco_pass.yaml:75:7
%6384 = div %2074, %6383 : f64[] @ models/moco_pass.yaml:75:7
%6385 = pow %3401, %6381 : f64[] @ models/moco_pass.yaml:75:7
%6386 = sub %3386, %6385 : f64[] @ models/moco_pass.yaml:75:7
%6387 = sqrt %6386 : f64[] @ models/moco_pass.yaml:75:7
%6388 = div %3386, %6387 : f64[] @ models/moco_pass.yaml:75:7
%6389 = sqrt %6380 : f32[12] @ models/moco_pass.yaml:75:7
%6390 = cast %6388 : f32[] @ models/moco_pass.yaml:75:7
%6391 = broadcast %6390 : f32[12] @ models/moco_pass.yaml:75:7
%6392 = mul %6389, %6391 : f32[12] @ models/moco_pass.yaml:75:7
%6393 = broadcast %3418 : f32[12] @ models/moco_pass.yaml:75:7
%6394 = add %6392, %6393 : f32[12] @ models/moco_pass.yaml:75:7
%6395 = div %6374, %6394 : f32[12] @ models/moco_pass.yaml:75:7
%6396 = cast %6384 : f32[] @ models/moco_pass.yaml:75:7
%6397 = broadcast %6396 : f32[12] @ models/moco_pass.yaml:75:7
%6398 = mul %6395, %6397 : f32[12] @ models/moco_pass.yaml:75:7
%6399 = sub %6369, %6398 : f32[12] @ models/moco_pass.yaml:75:7
%6400 = assign %79, %6399 : f32[12] @ models/moco_pass.yaml:75:7
%6401 = assign %6364, %6374 : f32[12] @ models/moco_pass.yaml:75:7
%6402 = assign %6365, %6380 : f32[12] @ models/moco_pass.yaml:75:7
%6403 = assign %6366, %6367 : i64[] @ models/moco_pass.yaml:75:7
%6404 = broadcast %3 : f32[12] @ models/moco_pass.yaml:75:7
%6405 = mul %163, %6404 : f32[12] @ models/moco_pass.yaml:75:7
%6406 = broadcast %3433 : f32[12] @ models/moco_pass.yaml:75:7
%6407 = mul %6399, %6406 : f32[12] @ models/moco_pass.yaml:75:7
%6408 = add %6405, %6407 : f32[12] @ models/moco_pass.yaml:75:7
%6409 = assign %163, %6408 : f32[12] @ models/moco_pass.yaml:75:7
%6410 = all_reduce_sum %2409 : f32[12] @ models/moco_pass.yaml:76:7
%6411 = state name="adam_m.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6412 = state name="adam_v.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6413 = state name="adam_t.patch_projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6414 = add %6413, %3383 : i64[] @ models/moco_pass.yaml:76:7
%6415 = mul %80, %6368 : f32[12] @ models/moco_pass.yaml:76:7
%6416 = mul %6410, %6370 : f32[12] @ models/moco_pass.yaml:76:7
%6417 = mul %6411, %6372 : f32[12] @ models/moco_pass.yaml:76:7
%6418 = add %6417, %6416 : f32[12] @ models/moco_pass.yaml:76:7
%6419 = mul %6410, %6410 : f32[12] @ models/moco_pass.yaml:76:7
%6420 = mul %6419, %6376 : f32[12] @ models/moco_pass.yaml:76:7
%6421 = mul %6412, %6378 : f32[12] @ models/moco_pass.yaml:76:7
%6422 = add %6421, %6420 : f32[12] @ models/moco_pass.yaml:76:7
%6423 = cast %6414 : f64[] @ models/moco_pass.yaml:76:7
%6424 = pow %3393, %6423 : f64[] @ models/moco_pass.yaml:76:7
%6425 = sub %3386, %6424 : f64[] @ models/moco_pass.yaml:76:7
%6426 = div %2074, %6425 : f64[] @ models/moco_pass.yaml:76:7
%6427 = pow %3401, %6423 : f64[] @ models/moco_pass.yaml:76:7
%6428 = sub %3386, %6427 : f64[] @ models/moco_pass.yaml:76:7
%6429 = sqrt %6428 : f64[] @ models/moco_pass.yaml:76:7
%6430 = div %3386, %6429 : f64[] @ models/moco_pass.yaml:76:7
%6431 = sqrt %6422 : f32[12] @ models/moco_pass.yaml:76:7
%6432 = cast %6430 : f32[] @ models/moco_pass.yaml:76:7
%6433 = broadcast %6432 : f32[12] @ models/moco_pass.yaml:76:7
%6434 = mul %6431, %6433 : f32[12] @ models/moco_pass.yaml:76:7
%6435 = add %6434, %6393 : f32[12] @ models/moco_pass.yaml:76:7
%6436 = div %6418, %6435 : f32[12] @ models/moco_pass.yaml:76:7
%6437 = cast %6426 : f32[] @ models/moco_pass.yaml:76:7
%6438 = broadcast %6437 : f32[12] @ models/moco_pass.yaml:76:7
%6439 = mul %6436, %6438 : f32[12] @ models/moco_pass.yaml:76:7
%6440 = sub %6415, %6439 : f32[12] @ models/moco_pass.yaml:76:7
%6441 = assign %80, %6440 : f32[12] @ models/moco_pass.yaml:76:7
%6442 = assign %6411, %6418 : f32[12] @ models/moco_pass.yaml:76:7
%6443 = assign %6412, %6422 : f32[12] @ models/moco_pass.yaml:76:7
%6444 = assign %6413, %6414 : i64[] @ models/moco_pass.yaml:76:7
%6445 = mul %164, %6404 : f32[12] @ models/moco_pass.yaml:76:7
%6446 = mul %6440, %6406 : f32[12] @ models/moco_pass.yaml:76:7
%6447 = add %6445, %6446 : f32[12] @ models/moco_pass.yaml:76:7
%6448 = assign %164, %6447 : f32[12] @ models/moco_pass.yaml:76:7
%6449 = all_reduce_sum %2402 : f32[12,12] @ models/lib/nn.yaml:79:7
%6450 = state name="adam_m.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%6451 = state name="adam_v.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%6452 = state name="adam_t.patch_projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6453 = add %6452, %3383 : i64[] @ models/lib/nn.yaml:79:7
%6454 = broadcast %3388 : f32[12,12] @ models/lib/nn.yaml:79:7
%6455 = mul %81, %6454 : f32[12,12] @ models/lib/nn.yaml:79:7
%6456 = broadcast %2077 : f32[12,12] @ models/lib/nn.yaml:79:7
%6457 = mul %6449, %6456 : f32[12,12] @ models/lib/nn.yaml:79:7
%6458 = broadcast %1348 : f32[12,12] @ models/lib/nn.yaml:79:7
%6459 = mul %6450, %6458 : f32[12,12] @ models/lib/nn.yaml:79:7
%6460 = add %6459, %6457 : f32[12,12] @ models/lib/nn.yaml:79:7
%6461 = mul %6449, %6449 : f32[12,12] @ models/lib/nn.yaml:79:7
%6462 = broadcast %3398 : f32[12,12] @ models/lib/nn.yaml:79:7
%6463 = mul %6461, %6462 : f32[12,12] @ models/lib/nn.yaml:79:7
%6464 = broadcast %3402 : f32[12,12] @ models/lib/nn.yaml:79:7
%6465 = mul %6451, %6464 : f32[12,12] @ models/lib/nn.yaml:79:7
%6466 = add %6465, %6463 : f32[12,12] @ models/lib/nn.yaml:79:7
%6467 = cast %6453 : f64[] @ models/lib/nn.yaml:79:7
%6468 = pow %3393, %6467 : f64[] @ models/lib/nn.yaml:79:7
%6469 = sub %3386, %6468 : f64[] @ models/lib/nn.yaml:79:7
%6470 = div %2074, %6469 : f64[] @ models/lib/nn.yaml:79:7
%6471 = pow %3401, %6467 : f64[] @ models/lib/nn.yaml:79:7
%6472 = sub %3386, %6471 : f64[] @ models/lib/nn.yaml:79:7
%6473 = sqrt %6472 : f64[] @ models/lib/nn.yaml:79:7
%6474 = div %3386, %6473 : f64[] @ models/lib/nn.yaml:79:7
%6475 = sqrt %6466 : f32[12,12] @ models/lib/nn.yaml:79:7
%6476 = cast %6474 : f32[] @ models/lib/nn.yaml:79:7
%6477 = broadcast %6476 : f32[12,12] @ models/lib/nn.yaml:79:7
%6478 = mul %6475, %6477 : f32[12,12] @ models/lib/nn.yaml:79:7
%6479 = broadcast %3418 : f32[12,12] @ models/lib/nn.yaml:79:7
%6480 = add %6478, %6479 : f32[12,12] @ models/lib/nn.yaml:79:7
%6481 = div %6460, %6480 : f32[12,12] @ models/lib/nn.yaml:79:7
%6482 = cast %6470 : f32[] @ models/lib/nn.yaml:79:7
%6483 = broadcast %6482 : f32[12,12] @ models/lib/nn.yaml:79:7
%6484 = mul %6481, %6483 : f32[12,12] @ models/lib/nn.yaml:79:7
%6485 = sub %6455, %6484 : f32[12,12] @ models/lib/nn.yaml:79:7
%6486 = assign %81, %6485 : f32[12,12] @ models/lib/nn.yaml:79:7
%6487 = assign %6450, %6460 : f32[12,12] @ models/lib/nn.yaml:79:7
%6488 = assign %6451, %6466 : f32[12,12] @ models/lib/nn.yaml:79:7
%6489 = assign %6452, %6453 : i64[] @ models/lib/nn.yaml:79:7
%6490 = broadcast %3 : f32[12,12] @ models/lib/nn.yaml:79:7
%6491 = mul %165, %6490 : f32[12,12] @ models/lib/nn.yaml:79:7
%6492 = broadcast %3433 : f32[12,12] @ models/lib/nn.yaml:79:7
%6493 = mul %6485, %6492 : f32[12,12] @ models/lib/nn.yaml:79:7
%6494 = add %6491, %6493 : f32[12,12] @ models/lib/nn.yaml:79:7
%6495 = assign %165, %6494 : f32[12,12] @ models/lib/nn.yaml:79:7
%6496 = all_reduce_sum %2379 : f32[12] @ models/moco_pass.yaml:75:7
%6497 = state name="adam_m.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6498 = state name="adam_v.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6499 = state name="adam_t.patch_projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6500 = add %6499, %3383 : i64[] @ models/moco_pass.yaml:75:7
%6501 = mul %82, %6368 : f32[12] @ models/moco_pass.yaml:75:7
%6502 = mul %6496, %6370 : f32[12] @ models/moco_pass.yaml:75:7
%6503 = mul %6497, %6372 : f32[12] @ models/moco_pass.yaml:75:7
%6504 = add %6503, %6502 : f32[12] @ models/moco_pass.yaml:75:7
%6505 = mul %6496, %6496 : f32[12] @ models/moco_pass.yaml:75:7
%6506 = mul %6505, %6376 : f32[12] @ models/moco_pass.yaml:75:7
%6507 = mul %6498, %6378 : f32[12] @ models/moco_pass.yaml:75:7
%6508 = add %6507, %6506 : f32[12] @ models/moco_pass.yaml:75:7
%6509 = cast %6500 : f64[] @ models/moco_pass.yaml:75:7
%6510 = pow %3393, %6509 : f64[] @ models/moco_pass.yaml:75:7
%6511 = sub %3386, %6510 : f64[] @ models/moco_pass.yaml:75:7
%6512 = div %2074, %6511 : f64[] @ models/moco_pass.yaml:75:7
%6513 = pow %3401, %6509 : f64[] @ models/moco_pass.yaml:75:7
%6514 = sub %3386, %6513 : f64[] @ models/moco_pass.yaml:75:7
%6515 = sqrt %6514 : f64[] @ models/moco_pass.yaml:75:7
%6516 = div %3386, %6515 : f64[] @ models/moco_pass.yaml:75:7
%6517 = sqrt %6508 : f32[12] @ models/moco_pass.yaml:75:7
%6518 = cast %6516 : f32[] @ models/moco_pass.yaml:75:7
%6519 = broadcast %6518 : f32[12] @ models/moco_pass.yaml:75:7
%6520 = mul %6517, %6519 : f32[12] @ models/moco_pass.yaml:75:7
%6521 = add %6520, %6393 : f32[12] @ models/moco_pass.yaml:75:7
%6522 = div %6504, %6521 : f32[12] @ models/moco_pass.yaml:75:7
%6523 = cast %6512 : f32[] @ models/moco_pass.yaml:75:7
%6524 = broadcast %6523 : f32[12] @ models/moco_pass.yaml:75:7
%6525 = mul %6522, %6524 : f32[12] @ models/moco_pass.yaml:75:7
%6526 = sub %6501, %6525 : f32[12] @ models/moco_pass.yaml:75:7
%6527 = assign %82, %6526 : f32[12] @ models/moco_pass.yaml:75:7
%6528 = assign %6497, %6504 : f32[12] @ models/moco_pass.yaml:75:7
%6529 = assign %6498, %6508 : f32[12] @ models/moco_pass.yaml:75:7
%6530 = assign %6499, %6500 : i64[] @ models/moco_pass.yaml:75:7
%6531 = mul %166, %6404 : f32[12] @ models/moco_pass.yaml:75:7
%6532 = mul %6526, %6406 : f32[12] @ models/moco_pass.yaml:75:7
%6533 = add %6531, %6532 : f32[12] @ models/moco_pass.yaml:75:7
%6534 = assign %166, %6533 : f32[12] @ models/moco_pass.yaml:75:7
%6535 = all_reduce_sum %2375 : f32[12] @ models/moco_pass.yaml:76:7
%6536 = state name="adam_m.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6537 = state name="adam_v.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6538 = state name="adam_t.patch_projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6539 = add %6538, %3383 : i64[] @ models/moco_pass.yaml:76:7
%6540 = mul %83, %6368 : f32[12] @ models/moco_pass.yaml:76:7
%6541 = mul %6535, %6370 : f32[12] @ models/moco_pass.yaml:76:7
%6542 = mul %6536, %6372 : f32[12] @ models/moco_pass.yaml:76:7
%6543 = add %6542, %6541 : f32[12] @ models/moco_pass.yaml:76:7
%6544 = mul %6535, %6535 : f32[12] @ models/moco_pass.yaml:76:7
%6545 = mul %6544, %6376 : f32[12] @ models/moco_pass.yaml:76:7
%6546 = mul %6537, %6378 : f32[12] @ models/moco_pass.yaml:76:7
%6547 = add %6546, %6545 : f32[12] @ models/moco_pass.yaml:76:7
%6548 = cast %6539 : f64[] @ models/moco_pass.yaml:76:7
%6549 = pow %3393, %6548 : f64[] @ models/moco_pass.yaml:76:7
%6550 = sub %3386, %6549 : f64[] @ models/moco_pass.yaml:76:7
%6551 = div %2074, %6550 : f64[] @ models/moco_pass.yaml:76:7
%6552 = pow %3401, %6548 : f64[] @ models/moco_pass.yaml:76:7
%6553 = sub %3386, %6552 : f64[] @ models/moco_pass.yaml:76:7
%6554 = sqrt %6553 : f64[] @ models/moco_pass.yaml:76:7
%6555 = div %3386, %6554 : f64[] @ models/moco_pass.yaml:76:7
%6556 = sqrt %6547 : f32[12] @ models/moco_pass.yaml:76:7
%6557 = cast %6555 : f32[] @ models/moco_pass.yaml:76:7
%6558 = broadcast %6557 : f32[12] @ models/moco_pass.yaml:76:7
%6559 = mul %6556, %6558 : f32[12] @ models/moco_pass.yaml:76:7
%6560 = add %6559, %6393 : f32[12] @ models/moco_pass.yaml:76:7
%6561 = div %6543, %6560 : f32[12] @ models/moco_pass.yaml:76:7
%6562 = cast %6551 : f32[] @ models/moco_pass.yaml:76:7
%6563 = broadcast %6562 : f32[12] @ models/moco_pass.yaml:76:7
%6564 = mul %6561, %6563 : f32[12] @ models/moco_pass.yaml:76:7
%6565 = sub %6540, %6564 : f32[12] @ models/moco_pass.yaml:76:7
%6566 = assign %83, %6565 : f32[12] @ models/moco_pass.yaml:76:7
%6567 = assign %6536, %6543 : f32[12] @ models/moco_pass.yaml:76:7
%6568 = assign %6537, %6547 : f32[12] @ models/moco_pass.yaml:76:7
%6569 = assign %6538, %6539 : i64[] @ models/moco_pass.yaml:76:7
%6570 = mul %167, %6404 : f32[12] @ models/moco_pass.yaml:76:7
%6571 = mul %6565, %6406 : f32[12] @ models/moco_pass.yaml:76:7
%6572 = add %6570, %6571 : f32[12] @ models/moco_pass.yaml:76:7
%6573 = assign %167, %6572 : f32[12] @ models/moco_pass.yaml:76:7
%6574 = all_reduce_sum %2368 : f32[6,12] @ models/lib/nn.yaml:79:7
%6575 = state name="adam_m.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6576 = state name="adam_v.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6577 = state name="adam_t.patch_projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6578 = add %6577, %3383 : i64[] @ models/lib/nn.yaml:79:7
%6579 = broadcast %3388 : f32[6,12] @ models/lib/nn.yaml:79:7
%6580 = mul %84, %6579 : f32[6,12] @ models/lib/nn.yaml:79:7
%6581 = broadcast %2077 : f32[6,12] @ models/lib/nn.yaml:79:7
%6582 = mul %6574, %6581 : f32[6,12] @ models/lib/nn.yaml:79:7
%6583 = broadcast %1348 : f32[6,12] @ models/lib/nn.yaml:79:7
%6584 = mul %6575, %6583 : f32[6,12] @ models/lib/nn.yaml:79:7
%6585 = add %6584, %6582 : f32[6,12] @ models/lib/nn.yaml:79:7
%6586 = mul %6574, %6574 : f32[6,12] @ models/lib/nn.yaml:79:7
%6587 = broadcast %3398 : f32[6,12] @ models/lib/nn.yaml:79:7
%6588 = mul %6586, %6587 : f32[6,12] @ models/lib/nn.yaml:79:7
%6589 = broadcast %3402 : f32[6,12] @ models/lib/nn.yaml:79:7
%6590 = mul %6576, %6589 : f32[6,12] @ models/lib/nn.yaml:79:7
%6591 = add %6590, %6588 : f32[6,12] @ models/lib/nn.yaml:79:7
%6592 = cast %6578 : f64[] @ models/lib/nn.yaml:79:7
%6593 = pow %3393, %6592 : f64[] @ models/lib/nn.yaml:79:7
%6594 = sub %3386, %6593 : f64[] @ models/lib/nn.yaml:79:7
%6595 = div %2074, %6594 : f64[] @ models/lib/nn.yaml:79:7
%6596 = pow %3401, %6592 : f64[] @ models/lib/nn.yaml:79:7
%6597 = sub %3386, %6596 : f64[] @ models/lib/nn.yaml:79:7
%6598 = sqrt %6597 : f64[] @ models/lib/nn.yaml:79:7
%6599 = div %3386, %6598 : f64[] @ models/lib/nn.yaml:79:7
%6600 = sqrt %6591 : f32[6,12] @ models/lib/nn.yaml:79:7
%6601 = cast %6599 : f32[] @ models/lib/nn.yaml:79:7
%6602 = broadcast %6601 : f32[6,12] @ models/lib/nn.yaml:79:7
%6603 = mul %6600, %6602 : f32[6,12] @ models/lib/nn.yaml:79:7
%6604 = broadcast %3418 : f32[6,12] @ models/lib/nn.yaml:79:7
%6605 = add %6603, %6604 : f32[6,12] @ models/lib/nn.yaml:79:7
%6606 = div %6585, %6605 : f32[6,12] @ models/lib/nn.yaml:79:7
%6607 = cast %6595 : f32[] @ models/lib/nn.yaml:79:7
%6608 = broadcast %6607 : f32[6,12] @ models/lib/nn.yaml:79:7
%6609 = mul %6606, %6608 : f32[6,12] @ models/lib/nn.yaml:79:7
%6610 = sub %6580, %6609 : f32[6,12] @ models/lib/nn.yaml:79:7
%6611 = assign %84, %6610 : f32[6,12] @ models/lib/nn.yaml:79:7
%6612 = assign %6575, %6585 : f32[6,12] @ models/lib/nn.yaml:79:7
%6613 = assign %6576, %6591 : f32[6,12] @ models/lib/nn.yaml:79:7
%6614 = assign %6577, %6578 : i64[] @ models/lib/nn.yaml:79:7
%6615 = broadcast %3 : f32[6,12] @ models/lib/nn.yaml:79:7
%6616 = mul %168, %6615 : f32[6,12] @ models/lib/nn.yaml:79:7
%6617 = broadcast %3433 : f32[6,12] @ models/lib/nn.yaml:79:7
%6618 = mul %6610, %6617 : f32[6,12] @ models/lib/nn.yaml:79:7
%6619 = add %6616, %6618 : f32[6,12] @ models/lib/nn.yaml:79:7
%6620 = assign %168, %6619 : f32[6,12] @ models/lib/nn.yaml:79:7
%6621 = all_reduce_sum %2345 : f32[12,6] @ models/lib/nn.yaml:79:7
%6622 = state name="adam_m.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%6623 = state name="adam_v.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%6624 = state name="adam_t.patch_predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6625 = add %6624, %3383 : i64[] @ models/lib/nn.yaml:79:7
%6626 = broadcast %3388 : f32[12,6] @ models/lib/nn.yaml:79:7
%6627 = mul %85, %6626 : f32[12,6] @ models/lib/nn.yaml:79:7
%6628 = broadcast %2077 : f32[12,6] @ models/lib/nn.yaml:79:7
%6629 = mul %6621, %6628 : f32[12,6] @ models/lib/nn.yaml:79:7
%6630 = broadcast %1348 : f32[12,6] @ models/lib/nn.yaml:79:7
%6631 = mul %6622, %6630 : f32[12,6] @ models/lib/nn.yaml:79:7
%6632 = add %6631, %6629 : f32[12,6] @ models/lib/nn.yaml:79:7
%6633 = mul %6621, %6621 : f32[12,6] @ models/lib/nn.yaml:79:7
%6634 = broadcast %3398 : f32[12,6] @ models/lib/nn.yaml:79:7
%6635 = mul %6633, %6634 : f32[12,6] @ models/lib/nn.yaml:79:7
%6636 = broadcast %3402 : f32[12,6] @ models/lib/nn.yaml:79:7
%6637 = mul %6623, %6636 : f32[12,6] @ models/lib/nn.yaml:79:7
%6638 = add %6637, %6635 : f32[12,6] @ models/lib/nn.yaml:79:7
%6639 = cast %6625 : f64[] @ models/lib/nn.yaml:79:7
%6640 = pow %3393, %6639 : f64[] @ models/lib/nn.yaml:79:7
%6641 = sub %3386, %6640 : f64[] @ models/lib/nn.yaml:79:7
%6642 = div %2074, %6641 : f64[] @ models/lib/nn.yaml:79:7
%6643 = pow %3401, %6639 : f64[] @ models/lib/nn.yaml:79:7
%6644 = sub %3386, %6643 : f64[] @ models/lib/nn.yaml:79:7
%6645 = sqrt %6644 : f64[] @ models/lib/nn.yaml:79:7
%6646 = div %3386, %6645 : f64[] @ models/lib/nn.yaml:79:7
%6647 = sqrt %6638 : f32[12,6] @ models/lib/nn.yaml:79:7
%6648 = cast %6646 : f32[] @ models/lib/nn.yaml:79:7
%6649 = broadcast %6648 : f32[12,6] @ models/lib/nn.yaml:79:7
%6650 = mul %6647, %6649 : f32[12,6] @ models/lib/nn.yaml:79:7
%6651 = broadcast %3418 : f32[12,6] @ models/lib/nn.yaml:79:7
%6652 = add %6650, %6651 : f32[12,6] @ models/lib/nn.yaml:79:7
%6653 = div %6632, %6652 : f32[12,6] @ models/lib/nn.yaml:79:7
%6654 = cast %6642 : f32[] @ models/lib/nn.yaml:79:7
%6655 = broadcast %6654 : f32[12,6] @ models/lib/nn.yaml:79:7
%6656 = mul %6653, %6655 : f32[12,6] @ models/lib/nn.yaml:79:7
%6657 = sub %6627, %6656 : f32[12,6] @ models/lib/nn.yaml:79:7
%6658 = assign %85, %6657 : f32[12,6] @ models/lib/nn.yaml:79:7
%6659 = assign %6622, %6632 : f32[12,6] @ models/lib/nn.yaml:79:7
%6660 = assign %6623, %6638 : f32[12,6] @ models/lib/nn.yaml:79:7
%6661 = assign %6624, %6625 : i64[] @ models/lib/nn.yaml:79:7
%6662 = broadcast %3 : f32[12,6] @ models/lib/nn.yaml:79:7
%6663 = mul %169, %6662 : f32[12,6] @ models/lib/nn.yaml:79:7
%6664 = broadcast %3433 : f32[12,6] @ models/lib/nn.yaml:79:7
%6665 = mul %6657, %6664 : f32[12,6] @ models/lib/nn.yaml:79:7
%6666 = add %6663, %6665 : f32[12,6] @ models/lib/nn.yaml:79:7
%6667 = assign %169, %6666 : f32[12,6] @ models/lib/nn.yaml:79:7
%6668 = all_reduce_sum %2321 : f32[12] @ models/moco_pass.yaml:75:7
%6669 = state name="adam_m.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6670 = state name="adam_v.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6671 = state name="adam_t.patch_predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6672 = add %6671, %3383 : i64[] @ models/moco_pass.yaml:75:7
%6673 = mul %86, %6368 : f32[12] @ models/moco_pass.yaml:75:7
%6674 = mul %6668, %6370 : f32[12] @ models/moco_pass.yaml:75:7
%6675 = mul %6669, %6372 : f32[12] @ models/moco_pass.yaml:75:7
%6676 = add %6675, %6674 : f32[12] @ models/moco_pass.yaml:75:7
%6677 = mul %6668, %6668 : f32[12] @ models/moco_pass.yaml:75:7
%6678 = mul %6677, %6376 : f32[12] @ models/moco_pass.yaml:75:7
%6679 = mul %6670, %6378 : f32[12] @ models/moco_pass.yaml:75:7
%6680 = add %6679, %6678 : f32[12] @ models/moco_pass.yaml:75:7
%6681 = cast %6672 : f64[] @ models/moco_pass.yaml:75:7
%6682 = pow %3393, %6681 : f64[] @ models/moco_pass.yaml:75:7
%6683 = sub %3386, %6682 : f64[] @ models/moco_pass.yaml:75:7
%6684 = div %2074, %6683 : f64[] @ models/moco_pass.yaml:75:7
%6685 = pow %3401, %6681 : f64[] @ models/moco_pass.yaml:75:7
%6686 = sub %3386, %6685 : f64[] @ models/moco_pass.yaml:75:7
%6687 = sqrt %6686 : f64[] @ models/moco_pass.yaml:75:7
%6688 = div %3386, %6687 : f64[] @ models/moco_pass.yaml:75:7
%6689 = sqrt %6680 : f32[12] @ models/moco_pass.yaml:75:7
%6690 = cast %6688 : f32[] @ models/moco_pass.yaml:75:7
%6691 = broadcast %6690 : f32[12] @ models/moco_pass.yaml:75:7
%6692 = mul %6689, %6691 : f32[12] @ models/moco_pass.yaml:75:7
%6693 = add %6692, %6393 : f32[12] @ models/moco_pass.yaml:75:7
%6694 = div %6676, %6693 : f32[12] @ models/moco_pass.yaml:75:7
%6695 = cast %6684 : f32[] @ models/moco_pass.yaml:75:7
%6696 = broadcast %6695 : f32[12] @ models/moco_pass.yaml:75:7
%6697 = mul %6694, %6696 : f32[12] @ models/moco_pass.yaml:75:7
%6698 = sub %6673, %6697 : f32[12] @ models/moco_pass.yaml:75:7
%6699 = assign %86, %6698 : f32[12] @ models/moco_pass.yaml:75:7
%6700 = assign %6669, %6676 : f32[12] @ models/moco_pass.yaml:75:7
%6701 = assign %6670, %6680 : f32[12] @ models/moco_pass.yaml:75:7
%6702 = assign %6671, %6672 : i64[] @ models/moco_pass.yaml:75:7
%6703 = mul %170, %6404 : f32[12] @ models/moco_pass.yaml:75:7
%6704 = mul %6698, %6406 : f32[12] @ models/moco_pass.yaml:75:7
%6705 = add %6703, %6704 : f32[12] @ models/moco_pass.yaml:75:7
%6706 = assign %170, %6705 : f32[12] @ models/moco_pass.yaml:75:7
%6707 = all_reduce_sum %2317 : f32[12] @ models/moco_pass.yaml:76:7
%6708 = state name="adam_m.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6709 = state name="adam_v.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6710 = state name="adam_t.patch_predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6711 = add %6710, %3383 : i64[] @ models/moco_pass.yaml:76:7
%6712 = mul %87, %6368 : f32[12] @ models/moco_pass.yaml:76:7
%6713 = mul %6707, %6370 : f32[12] @ models/moco_pass.yaml:76:7
%6714 = mul %6708, %6372 : f32[12] @ models/moco_pass.yaml:76:7
%6715 = add %6714, %6713 : f32[12] @ models/moco_pass.yaml:76:7
%6716 = mul %6707, %6707 : f32[12] @ models/moco_pass.yaml:76:7
%6717 = mul %6716, %6376 : f32[12] @ models/moco_pass.yaml:76:7
%6718 = mul %6709, %6378 : f32[12] @ models/moco_pass.yaml:76:7
%6719 = add %6718, %6717 : f32[12] @ models/moco_pass.yaml:76:7
%6720 = cast %6711 : f64[] @ models/moco_pass.yaml:76:7
%6721 = pow %3393, %6720 : f64[] @ models/moco_pass.yaml:76:7
%6722 = sub %3386, %6721 : f64[] @ models/moco_pass.yaml:76:7
%6723 = div %2074, %6722 : f64[] @ models/moco_pass.yaml:76:7
%6724 = pow %3401, %6720 : f64[] @ models/moco_pass.yaml:76:7
%6725 = sub %3386, %6724 : f64[] @ models/moco_pass.yaml:76:7
%6726 = sqrt %6725 : f64[] @ models/moco_pass.yaml:76:7
%6727 = div %3386, %6726 : f64[] @ models/moco_pass.yaml:76:7
%6728 = sqrt %6719 : f32[12] @ models/moco_pass.yaml:76:7
%6729 = cast %6727 : f32[] @ models/moco_pass.yaml:76:7
%6730 = broadcast %6729 : f32[12] @ models/moco_pass.yaml:76:7
%6731 = mul %6728, %6730 : f32[12] @ models/moco_pass.yaml:76:7
%6732 = add %6731, %6393 : f32[12] @ models/moco_pass.yaml:76:7
%6733 = div %6715, %6732 : f32[12] @ models/moco_pass.yaml:76:7
%6734 = cast %6723 : f32[] @ models/moco_pass.yaml:76:7
%6735 = broadcast %6734 : f32[12] @ models/moco_pass.yaml:76:7
%6736 = mul %6733, %6735 : f32[12] @ models/moco_pass.yaml:76:7
%6737 = sub %6712, %6736 : f32[12] @ models/moco_pass.yaml:76:7
%6738 = assign %87, %6737 : f32[12] @ models/moco_pass.yaml:76:7
%6739 = assign %6708, %6715 : f32[12] @ models/moco_pass.yaml:76:7
%6740 = assign %6709, %6719 : f32[12] @ models/moco_pass.yaml:76:7
%6741 = assign %6710, %6711 : i64[] @ models/moco_pass.yaml:76:7
%6742 = mul %171, %6404 : f32[12] @ models/moco_pass.yaml:76:7
%6743 = mul %6737, %6406 : f32[12] @ models/moco_pass.yaml:76:7
%6744 = add %6742, %6743 : f32[12] @ models/moco_pass.yaml:76:7
%6745 = assign %171, %6744 : f32[12] @ models/moco_pass.yaml:76:7
%6746 = all_reduce_sum %2308 : f32[6,12] @ models/lib/nn.yaml:79:7
%6747 = state name="adam_m.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6748 = state name="adam_v.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6749 = state name="adam_t.patch_predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6750 = add %6749, %3383 : i64[] @ models/lib/nn.yaml:79:7
%6751 = mul %88, %6579 : f32[6,12] @ models/lib/nn.yaml:79:7
%6752 = mul %6746, %6581 : f32[6,12] @ models/lib/nn.yaml:79:7
%6753 = mul %6747, %6583 : f32[6,12] @ models/lib/nn.yaml:79:7
%6754 = add %6753, %6752 : f32[6,12] @ models/lib/nn.yaml:79:7
%6755 = mul %6746, %6746 : f32[6,12] @ models/lib/nn.yaml:79:7
%6756 = mul %6755, %6587 : f32[6,12] @ models/lib/nn.yaml:79:7
%6757 = mul %6748, %6589 : f32[6,12] @ models/lib/nn.yaml:79:7
%6758 = add %6757, %6756 : f32[6,12] @ models/lib/nn.yaml:79:7
%6759 = cast %6750 : f64[] @ models/lib/nn.yaml:79:7
%6760 = pow %3393, %6759 : f64[] @ models/lib/nn.yaml:79:7
%6761 = sub %3386, %6760 : f64[] @ models/lib/nn.yaml:79:7
%6762 = div %2074, %6761 : f64[] @ models/lib/nn.yaml:79:7
%6763 = pow %3401, %6759 : f64[] @ models/lib/nn.yaml:79:7
%6764 = sub %3386, %6763 : f64[] @ models/lib/nn.yaml:79:7
%6765 = sqrt %6764 : f64[] @ models/lib/nn.yaml:79:7
%6766 = div %3386, %6765 : f64[] @ models/lib/nn.yaml:79:7
%6767 = sqrt %6758 : f32[6,12] @ models/lib/nn.yaml:79:7
%6768 = cast %6766 : f32[] @ models/lib/nn.yaml:79:7
%6769 = broadcast %6768 : f32[6,12] @ models/lib/nn.yaml:79:7
%6770 = mul %6767, %6769 : f32[6,12] @ models/lib/nn.yaml:79:7
%6771 = add %6770, %6604 : f32[6,12] @ models/lib/nn.yaml:79:7
%6772 = div %6754, %6771 : f32[6,12] @ models/lib/nn.yaml:79:7
%6773 = cast %6762 : f32[] @ models/lib/nn.yaml:79:7
%6774 = broadcast %6773 : f32[6,12] @ models/lib/nn.yaml:79:7
%6775 = mul %6772, %6774 : f32[6,12] @ models/lib/nn.yaml:79:7
%6776 = sub %6751, %6775 : f32[6,12] @ models/lib/nn.yaml:79:7
%6777 = assign %88, %6776 : f32[6,12] @ models/lib/nn.yaml:79:7
%6778 = assign %6747, %6754 : f32[6,12] @ models/lib/nn.yaml:79:7
%6779 = assign %6748, %6758 : f32[6,12] @ models/lib/nn.yaml:79:7
%6780 = assign %6749, %6750 : i64[] @ models/lib/nn.yaml:79:7
%6781 = mul %172, %6615 : f32[6,12] @ models/lib/nn.yaml:79:7
%6782 = mul %6776, %6617 : f32[6,12] @ models/lib/nn.yaml:79:7
%6783 = add %6781, %6782 : f32[6,12] @ models/lib/nn.yaml:79:7
%6784 = assign %172, %6783 : f32[6,12] @ models/lib/nn.yaml:79:7
%6785 = const data=[inf] : f32[] @ models/moco_pass.yaml:170:3
%6786 = abs %2072 : f32[] @ models/moco_pass.yaml:170:3
%6787 = lt %6786, %6785 : bool[] @ models/moco_pass.yaml:170:3
%6788 = output %6787 name="finite" : bool[] @ models/moco_pass.yaml:170:3
