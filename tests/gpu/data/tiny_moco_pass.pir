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
%266 = sub %262, %265 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%267 = exp %266 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%268 = reduce_sum %267 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%269 = broadcast %268 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%270 = div %267, %269 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%271 = reshape %270 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%272 = broadcast %271 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%273 = reshape %211 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%274 = broadcast %273 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%275 = mul %272, %274 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%276 = reduce_sum %275 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%277 = permute %276 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%278 = reshape %277 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%279 = matmul %278, %96 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%280 = broadcast %97 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%281 = add %279, %280 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%282 = add %181, %281 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%283 = reduce_sum %282 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%284 = div %283, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%285 = broadcast %284 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%286 = sub %282, %285 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%287 = mul %286, %286 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%288 = reduce_sum %287 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%289 = div %288, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%290 = add %289, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%291 = rsqrt %290 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%292 = broadcast %291 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%293 = mul %286, %292 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%294 = broadcast %98 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%295 = mul %293, %294 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%296 = broadcast %99 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%297 = add %295, %296 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%298 = matmul %297, %100 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%299 = broadcast %101 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%300 = add %298, %299 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%301 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%302 = broadcast %301 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%303 = mul %302, %300 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%304 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%305 = broadcast %304 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%306 = mul %300, %305 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%307 = erf %306 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%308 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%309 = broadcast %308 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%310 = add %309, %307 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%311 = mul %303, %310 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%312 = matmul %311, %102 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%313 = broadcast %103 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%314 = add %312, %313 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%315 = add %282, %314 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%316 = reduce_sum %315 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%317 = div %316, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%318 = broadcast %317 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%319 = sub %315, %318 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%320 = mul %319, %319 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%321 = reduce_sum %320 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%322 = div %321, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%323 = add %322, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%324 = rsqrt %323 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%325 = broadcast %324 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%326 = mul %319, %325 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%327 = broadcast %104 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%328 = mul %326, %327 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%329 = broadcast %105 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%330 = add %328, %329 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%331 = matmul %330, %106 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%332 = broadcast %107 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%333 = add %331, %332 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%334 = reshape %333 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%335 = permute %334 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%336 = slice %335 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%337 = reshape %336 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%338 = slice %335 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%339 = reshape %338 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%340 = slice %335 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%341 = reshape %340 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%342 = permute %339 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%343 = slice %337 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%344 = broadcast %343 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%345 = slice %342 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%346 = broadcast %345 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%347 = mul %344, %346 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%348 = slice %337 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%349 = broadcast %348 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%350 = slice %342 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%351 = broadcast %350 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%352 = mul %349, %351 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%353 = add %347, %352 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%354 = slice %337 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%355 = broadcast %354 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%356 = slice %342 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%357 = broadcast %356 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%358 = mul %355, %357 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%359 = add %353, %358 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%360 = slice %337 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%361 = broadcast %360 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%362 = slice %342 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%363 = broadcast %362 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%364 = mul %361, %363 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%365 = add %359, %364 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%366 = slice %337 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%367 = broadcast %366 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%368 = slice %342 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%369 = broadcast %368 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%370 = mul %367, %369 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%371 = add %365, %370 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%372 = slice %337 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%373 = broadcast %372 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%374 = slice %342 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%375 = broadcast %374 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%376 = mul %373, %375 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%377 = add %371, %376 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%378 = slice %337 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%379 = broadcast %378 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%380 = slice %342 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%381 = broadcast %380 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%382 = mul %379, %381 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%383 = add %377, %382 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%384 = slice %337 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%385 = broadcast %384 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%386 = slice %342 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%387 = broadcast %386 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%388 = mul %385, %387 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%389 = add %383, %388 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%390 = mul %389, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%391 = reduce_max %390 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%392 = stop_gradient %391 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%393 = broadcast %392 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%394 = sub %390, %393 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%395 = exp %394 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%396 = reduce_sum %395 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%397 = broadcast %396 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%398 = div %395, %397 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%399 = reshape %398 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%400 = broadcast %399 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%401 = reshape %341 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%402 = broadcast %401 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%403 = mul %400, %402 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%404 = reduce_sum %403 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%405 = permute %404 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%406 = reshape %405 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%407 = matmul %406, %108 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%408 = broadcast %109 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%409 = add %407, %408 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%410 = add %315, %409 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%411 = reduce_sum %410 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%412 = div %411, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%413 = broadcast %412 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%414 = sub %410, %413 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%415 = mul %414, %414 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%416 = reduce_sum %415 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%417 = div %416, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%418 = add %417, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%419 = rsqrt %418 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%420 = broadcast %419 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%421 = mul %414, %420 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%422 = broadcast %110 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%423 = mul %421, %422 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%424 = broadcast %111 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%425 = add %423, %424 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%426 = matmul %425, %112 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%427 = broadcast %113 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%428 = add %426, %427 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%429 = mul %302, %428 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%430 = mul %428, %305 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%431 = erf %430 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%432 = add %309, %431 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%433 = mul %429, %432 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%434 = matmul %433, %114 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%435 = broadcast %115 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%436 = add %434, %435 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%437 = add %410, %436 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%438 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%439 = neighbor_topk_gather %437, %438 k=2 : f32[14,16,2,16] @ models/dino_pass.yaml:77:16
%440 = reshape %439 : f32[224,2,16] @ models/dino_pass.yaml:87:23
%441 = broadcast %116 : f32[224,1,16] @ models/lib/vit.yaml:116:31
%442 = concat %441, %440 axis=1 : f32[224,3,16] @ models/lib/vit.yaml:95:24
%443 = reduce_sum %442 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%444 = broadcast %183 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%445 = div %443, %444 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%446 = broadcast %445 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%447 = sub %442, %446 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%448 = mul %447, %447 : f32[224,3,16] @ models/lib/nn.yaml:95:22
%449 = reduce_sum %448 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%450 = div %449, %444 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%451 = broadcast %191 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%452 = add %450, %451 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%453 = rsqrt %452 : f32[224,3,1] @ models/lib/nn.yaml:96:20
%454 = broadcast %453 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%455 = mul %447, %454 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%456 = broadcast %117 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%457 = mul %455, %456 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%458 = broadcast %118 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%459 = add %457, %458 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%460 = slice %459 lo=[0,0,0] hi=[224,1,16] : f32[224,1,16] @ models/lib/vit.yaml:78:33
%461 = matmul %460, %119 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%462 = broadcast %120 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%463 = add %461, %462 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%464 = reshape %463 : f32[224,1,2,8] @ models/lib/vit.yaml:78:22
%465 = permute %464 perm=[0,2,1,3] : f32[224,2,1,8] @ models/lib/vit.yaml:78:14
%466 = matmul %459, %121 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%467 = broadcast %122 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%468 = add %466, %467 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%469 = reshape %468 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%470 = permute %469 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%471 = matmul %459, %123 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%472 = broadcast %124 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%473 = add %471, %472 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%474 = reshape %473 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%475 = permute %474 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%476 = permute %470 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%477 = slice %465 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%478 = broadcast %477 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%479 = slice %476 lo=[0,0,0,0] hi=[224,2,1,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%480 = mul %478, %479 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%481 = slice %465 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%482 = broadcast %481 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%483 = slice %476 lo=[0,0,1,0] hi=[224,2,2,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%484 = mul %482, %483 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%485 = add %480, %484 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%486 = slice %465 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%487 = broadcast %486 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%488 = slice %476 lo=[0,0,2,0] hi=[224,2,3,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%489 = mul %487, %488 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%490 = add %485, %489 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%491 = slice %465 lo=[0,0,0,3] hi=[224,2,1,4] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%492 = broadcast %491 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%493 = slice %476 lo=[0,0,3,0] hi=[224,2,4,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%494 = mul %492, %493 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%495 = add %490, %494 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%496 = slice %465 lo=[0,0,0,4] hi=[224,2,1,5] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%497 = broadcast %496 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%498 = slice %476 lo=[0,0,4,0] hi=[224,2,5,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%499 = mul %497, %498 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%500 = add %495, %499 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%501 = slice %465 lo=[0,0,0,5] hi=[224,2,1,6] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%502 = broadcast %501 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%503 = slice %476 lo=[0,0,5,0] hi=[224,2,6,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%504 = mul %502, %503 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%505 = add %500, %504 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%506 = slice %465 lo=[0,0,0,6] hi=[224,2,1,7] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%507 = broadcast %506 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%508 = slice %476 lo=[0,0,6,0] hi=[224,2,7,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%509 = mul %507, %508 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%510 = add %505, %509 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%511 = slice %465 lo=[0,0,0,7] hi=[224,2,1,8] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%512 = broadcast %511 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%513 = slice %476 lo=[0,0,7,0] hi=[224,2,8,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%514 = mul %512, %513 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%515 = add %510, %514 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%516 = broadcast %260 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%517 = mul %515, %516 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%518 = reduce_max %517 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:14:35
%519 = stop_gradient %518 : f32[224,2,1,1] @ models/lib/nn.yaml:14:21
%520 = broadcast %519 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%521 = sub %517, %520 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%522 = exp %521 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%523 = reduce_sum %522 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:15:20
%524 = broadcast %523 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%525 = div %522, %524 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%526 = slice %525 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%527 = broadcast %526 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%528 = slice %475 lo=[0,0,0,0] hi=[224,2,1,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%529 = mul %527, %528 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%530 = slice %525 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%531 = broadcast %530 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%532 = slice %475 lo=[0,0,1,0] hi=[224,2,2,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%533 = mul %531, %532 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%534 = add %529, %533 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%535 = slice %525 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%536 = broadcast %535 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%537 = slice %475 lo=[0,0,2,0] hi=[224,2,3,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%538 = mul %536, %537 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%539 = add %534, %538 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%540 = permute %539 perm=[0,2,1,3] : f32[224,1,2,8] @ models/lib/nn.yaml:56:13
%541 = reshape %540 : f32[224,1,16] @ models/lib/nn.yaml:57:16
%542 = matmul %541, %125 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%543 = broadcast %126 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%544 = add %542, %543 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%545 = add %441, %544 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%546 = reduce_sum %545 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%547 = broadcast %183 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%548 = div %546, %547 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%549 = broadcast %548 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%550 = sub %545, %549 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%551 = mul %550, %550 : f32[224,1,16] @ models/lib/nn.yaml:95:22
%552 = reduce_sum %551 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%553 = div %552, %547 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%554 = broadcast %191 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%555 = add %553, %554 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%556 = rsqrt %555 : f32[224,1,1] @ models/lib/nn.yaml:96:20
%557 = broadcast %556 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%558 = mul %550, %557 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%559 = broadcast %127 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%560 = mul %558, %559 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%561 = broadcast %128 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%562 = add %560, %561 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%563 = matmul %562, %129 ta=0 tb=1 : f32[224,1,64] @ models/lib/nn.yaml:83:15
%564 = broadcast %130 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%565 = add %563, %564 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%566 = broadcast %301 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%567 = mul %566, %565 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%568 = broadcast %304 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%569 = mul %565, %568 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%570 = erf %569 : f32[224,1,64] @ models/lib/nn.yaml:27:31
%571 = broadcast %308 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%572 = add %571, %570 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%573 = mul %567, %572 : f32[224,1,64] @ models/lib/nn.yaml:27:24
%574 = matmul %573, %131 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%575 = broadcast %132 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%576 = add %574, %575 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%577 = add %545, %576 : f32[224,1,16] @ models/lib/vit.yaml:98:18
%578 = concat %577, %440 axis=1 : f32[224,3,16] @ models/lib/vit.yaml:95:24
%579 = reduce_sum %578 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%580 = div %579, %444 : f32[224,3,1] @ models/lib/nn.yaml:93:14
%581 = broadcast %580 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%582 = sub %578, %581 : f32[224,3,16] @ models/lib/nn.yaml:94:15
%583 = mul %582, %582 : f32[224,3,16] @ models/lib/nn.yaml:95:22
%584 = reduce_sum %583 axes=[2] keep=1 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%585 = div %584, %444 : f32[224,3,1] @ models/lib/nn.yaml:95:15
%586 = add %585, %451 : f32[224,3,1] @ models/lib/nn.yaml:96:30
%587 = rsqrt %586 : f32[224,3,1] @ models/lib/nn.yaml:96:20
%588 = broadcast %587 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%589 = mul %582, %588 : f32[224,3,16] @ models/lib/nn.yaml:96:18
%590 = broadcast %133 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%591 = mul %589, %590 : f32[224,3,16] @ models/lib/nn.yaml:96:37
%592 = broadcast %134 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%593 = add %591, %592 : f32[224,3,16] @ models/lib/nn.yaml:96:46
%594 = slice %593 lo=[0,0,0] hi=[224,1,16] : f32[224,1,16] @ models/lib/vit.yaml:78:33
%595 = matmul %594, %135 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%596 = broadcast %136 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%597 = add %595, %596 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%598 = reshape %597 : f32[224,1,2,8] @ models/lib/vit.yaml:78:22
%599 = permute %598 perm=[0,2,1,3] : f32[224,2,1,8] @ models/lib/vit.yaml:78:14
%600 = matmul %593, %137 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%601 = broadcast %138 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%602 = add %600, %601 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%603 = reshape %602 : f32[224,3,2,8] @ models/lib/vit.yaml:79:22
%604 = permute %603 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:79:14
%605 = matmul %593, %139 ta=0 tb=1 : f32[224,3,16] @ models/lib/nn.yaml:83:15
%606 = broadcast %140 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%607 = add %605, %606 : f32[224,3,16] @ models/lib/nn.yaml:84:18
%608 = reshape %607 : f32[224,3,2,8] @ models/lib/vit.yaml:80:22
%609 = permute %608 perm=[0,2,1,3] : f32[224,2,3,8] @ models/lib/vit.yaml:80:14
%610 = permute %604 perm=[0,1,3,2] : f32[224,2,8,3] @ models/lib/nn.yaml:55:23
%611 = slice %599 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%612 = broadcast %611 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%613 = slice %610 lo=[0,0,0,0] hi=[224,2,1,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%614 = mul %612, %613 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%615 = slice %599 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%616 = broadcast %615 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%617 = slice %610 lo=[0,0,1,0] hi=[224,2,2,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%618 = mul %616, %617 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%619 = add %614, %618 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%620 = slice %599 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%621 = broadcast %620 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%622 = slice %610 lo=[0,0,2,0] hi=[224,2,3,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%623 = mul %621, %622 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%624 = add %619, %623 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%625 = slice %599 lo=[0,0,0,3] hi=[224,2,1,4] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%626 = broadcast %625 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%627 = slice %610 lo=[0,0,3,0] hi=[224,2,4,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%628 = mul %626, %627 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%629 = add %624, %628 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%630 = slice %599 lo=[0,0,0,4] hi=[224,2,1,5] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%631 = broadcast %630 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%632 = slice %610 lo=[0,0,4,0] hi=[224,2,5,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%633 = mul %631, %632 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%634 = add %629, %633 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%635 = slice %599 lo=[0,0,0,5] hi=[224,2,1,6] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%636 = broadcast %635 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%637 = slice %610 lo=[0,0,5,0] hi=[224,2,6,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%638 = mul %636, %637 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%639 = add %634, %638 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%640 = slice %599 lo=[0,0,0,6] hi=[224,2,1,7] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%641 = broadcast %640 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%642 = slice %610 lo=[0,0,6,0] hi=[224,2,7,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%643 = mul %641, %642 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%644 = add %639, %643 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%645 = slice %599 lo=[0,0,0,7] hi=[224,2,1,8] : f32[224,2,1,1] @ models/lib/nn.yaml:55:23
%646 = broadcast %645 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%647 = slice %610 lo=[0,0,7,0] hi=[224,2,8,3] : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%648 = mul %646, %647 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%649 = add %644, %648 : f32[224,2,1,3] @ models/lib/nn.yaml:55:23
%650 = mul %649, %516 : f32[224,2,1,3] @ models/lib/nn.yaml:55:29
%651 = reduce_max %650 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:14:35
%652 = stop_gradient %651 : f32[224,2,1,1] @ models/lib/nn.yaml:14:21
%653 = broadcast %652 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%654 = sub %650, %653 : f32[224,2,1,3] @ models/lib/nn.yaml:14:19
%655 = exp %654 : f32[224,2,1,3] @ models/lib/nn.yaml:14:13
%656 = reduce_sum %655 axes=[3] keep=1 : f32[224,2,1,1] @ models/lib/nn.yaml:15:20
%657 = broadcast %656 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%658 = div %655, %657 : f32[224,2,1,3] @ models/lib/nn.yaml:15:18
%659 = slice %658 lo=[0,0,0,0] hi=[224,2,1,1] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%660 = broadcast %659 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%661 = slice %609 lo=[0,0,0,0] hi=[224,2,1,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%662 = mul %660, %661 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%663 = slice %658 lo=[0,0,0,1] hi=[224,2,1,2] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%664 = broadcast %663 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%665 = slice %609 lo=[0,0,1,0] hi=[224,2,2,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%666 = mul %664, %665 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%667 = add %662, %666 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%668 = slice %658 lo=[0,0,0,2] hi=[224,2,1,3] : f32[224,2,1,1] @ models/lib/nn.yaml:56:23
%669 = broadcast %668 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%670 = slice %609 lo=[0,0,2,0] hi=[224,2,3,8] : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%671 = mul %669, %670 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%672 = add %667, %671 : f32[224,2,1,8] @ models/lib/nn.yaml:56:23
%673 = permute %672 perm=[0,2,1,3] : f32[224,1,2,8] @ models/lib/nn.yaml:56:13
%674 = reshape %673 : f32[224,1,16] @ models/lib/nn.yaml:57:16
%675 = matmul %674, %141 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%676 = broadcast %142 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%677 = add %675, %676 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%678 = add %577, %677 : f32[224,1,16] @ models/lib/vit.yaml:96:15
%679 = reduce_sum %678 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%680 = div %679, %547 : f32[224,1,1] @ models/lib/nn.yaml:93:14
%681 = broadcast %680 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%682 = sub %678, %681 : f32[224,1,16] @ models/lib/nn.yaml:94:15
%683 = mul %682, %682 : f32[224,1,16] @ models/lib/nn.yaml:95:22
%684 = reduce_sum %683 axes=[2] keep=1 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%685 = div %684, %547 : f32[224,1,1] @ models/lib/nn.yaml:95:15
%686 = add %685, %554 : f32[224,1,1] @ models/lib/nn.yaml:96:30
%687 = rsqrt %686 : f32[224,1,1] @ models/lib/nn.yaml:96:20
%688 = broadcast %687 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%689 = mul %682, %688 : f32[224,1,16] @ models/lib/nn.yaml:96:18
%690 = broadcast %143 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%691 = mul %689, %690 : f32[224,1,16] @ models/lib/nn.yaml:96:37
%692 = broadcast %144 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%693 = add %691, %692 : f32[224,1,16] @ models/lib/nn.yaml:96:46
%694 = matmul %693, %145 ta=0 tb=1 : f32[224,1,64] @ models/lib/nn.yaml:83:15
%695 = broadcast %146 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%696 = add %694, %695 : f32[224,1,64] @ models/lib/nn.yaml:84:18
%697 = mul %566, %696 : f32[224,1,64] @ models/lib/nn.yaml:27:20
%698 = mul %696, %568 : f32[224,1,64] @ models/lib/nn.yaml:27:37
%699 = erf %698 : f32[224,1,64] @ models/lib/nn.yaml:27:31
%700 = add %571, %699 : f32[224,1,64] @ models/lib/nn.yaml:27:29
%701 = mul %697, %700 : f32[224,1,64] @ models/lib/nn.yaml:27:24
%702 = matmul %701, %147 ta=0 tb=1 : f32[224,1,16] @ models/lib/nn.yaml:83:15
%703 = broadcast %148 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%704 = add %702, %703 : f32[224,1,16] @ models/lib/nn.yaml:84:18
%705 = add %678, %704 : f32[224,1,16] @ models/lib/vit.yaml:98:18
%706 = reshape %705 : f32[14,16,16] @ models/dino_pass.yaml:88:16
%707 = broadcast %116 : f32[14,1,16] @ models/lib/vit.yaml:116:31
%708 = concat %707, %437 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%709 = reduce_sum %708 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%710 = broadcast %183 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%711 = div %709, %710 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%712 = broadcast %711 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%713 = sub %708, %712 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%714 = mul %713, %713 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%715 = reduce_sum %714 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%716 = div %715, %710 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%717 = broadcast %191 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%718 = add %716, %717 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%719 = rsqrt %718 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%720 = broadcast %719 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%721 = mul %713, %720 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%722 = broadcast %117 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%723 = mul %721, %722 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%724 = broadcast %118 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%725 = add %723, %724 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%726 = slice %725 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%727 = matmul %726, %119 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%728 = broadcast %120 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%729 = add %727, %728 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%730 = reshape %729 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%731 = permute %730 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%732 = matmul %725, %121 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%733 = broadcast %122 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%734 = add %732, %733 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%735 = reshape %734 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%736 = permute %735 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%737 = matmul %725, %123 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%738 = broadcast %124 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%739 = add %737, %738 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%740 = reshape %739 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%741 = permute %740 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%742 = permute %736 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%743 = slice %731 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%744 = broadcast %743 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%745 = slice %742 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%746 = mul %744, %745 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%747 = slice %731 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%748 = broadcast %747 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%749 = slice %742 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%750 = mul %748, %749 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%751 = add %746, %750 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%752 = slice %731 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%753 = broadcast %752 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%754 = slice %742 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%755 = mul %753, %754 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%756 = add %751, %755 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%757 = slice %731 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%758 = broadcast %757 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%759 = slice %742 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%760 = mul %758, %759 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%761 = add %756, %760 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%762 = slice %731 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%763 = broadcast %762 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%764 = slice %742 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%765 = mul %763, %764 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%766 = add %761, %765 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%767 = slice %731 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%768 = broadcast %767 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%769 = slice %742 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%770 = mul %768, %769 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%771 = add %766, %770 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%772 = slice %731 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%773 = broadcast %772 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%774 = slice %742 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%775 = mul %773, %774 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%776 = add %771, %775 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%777 = slice %731 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%778 = broadcast %777 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%779 = slice %742 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%780 = mul %778, %779 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%781 = add %776, %780 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%782 = broadcast %260 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%783 = mul %781, %782 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%784 = reduce_max %783 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%785 = stop_gradient %784 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%786 = broadcast %785 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%787 = sub %783, %786 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%788 = exp %787 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%789 = reduce_sum %788 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%790 = broadcast %789 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%791 = div %788, %790 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%792 = reshape %791 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%793 = broadcast %792 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%794 = reshape %741 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%795 = broadcast %794 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%796 = mul %793, %795 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%797 = reduce_sum %796 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%798 = permute %797 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%799 = reshape %798 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%800 = matmul %799, %125 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%801 = broadcast %126 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%802 = add %800, %801 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%803 = add %707, %802 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%804 = reduce_sum %803 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%805 = broadcast %183 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%806 = div %804, %805 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%807 = broadcast %806 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%808 = sub %803, %807 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%809 = mul %808, %808 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%810 = reduce_sum %809 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%811 = div %810, %805 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%812 = broadcast %191 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%813 = add %811, %812 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%814 = rsqrt %813 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%815 = broadcast %814 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%816 = mul %808, %815 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%817 = broadcast %127 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%818 = mul %816, %817 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%819 = broadcast %128 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%820 = add %818, %819 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%821 = matmul %820, %129 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%822 = broadcast %130 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%823 = add %821, %822 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%824 = broadcast %301 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%825 = mul %824, %823 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%826 = broadcast %304 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%827 = mul %823, %826 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%828 = erf %827 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%829 = broadcast %308 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%830 = add %829, %828 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%831 = mul %825, %830 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%832 = matmul %831, %131 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%833 = broadcast %132 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%834 = add %832, %833 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%835 = add %803, %834 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%836 = concat %835, %437 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%837 = reduce_sum %836 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%838 = div %837, %710 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%839 = broadcast %838 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%840 = sub %836, %839 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%841 = mul %840, %840 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%842 = reduce_sum %841 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%843 = div %842, %710 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%844 = add %843, %717 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%845 = rsqrt %844 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%846 = broadcast %845 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%847 = mul %840, %846 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%848 = broadcast %133 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%849 = mul %847, %848 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%850 = broadcast %134 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%851 = add %849, %850 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%852 = slice %851 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%853 = matmul %852, %135 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%854 = broadcast %136 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%855 = add %853, %854 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%856 = reshape %855 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%857 = permute %856 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%858 = matmul %851, %137 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%859 = broadcast %138 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%860 = add %858, %859 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%861 = reshape %860 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%862 = permute %861 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%863 = matmul %851, %139 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%864 = broadcast %140 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%865 = add %863, %864 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%866 = reshape %865 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%867 = permute %866 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%868 = permute %862 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%869 = slice %857 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%870 = broadcast %869 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%871 = slice %868 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%872 = mul %870, %871 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%873 = slice %857 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%874 = broadcast %873 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%875 = slice %868 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%876 = mul %874, %875 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%877 = add %872, %876 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%878 = slice %857 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%879 = broadcast %878 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%880 = slice %868 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%881 = mul %879, %880 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%882 = add %877, %881 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%883 = slice %857 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%884 = broadcast %883 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%885 = slice %868 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%886 = mul %884, %885 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%887 = add %882, %886 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%888 = slice %857 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%889 = broadcast %888 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%890 = slice %868 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%891 = mul %889, %890 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%892 = add %887, %891 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%893 = slice %857 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%894 = broadcast %893 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%895 = slice %868 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%896 = mul %894, %895 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%897 = add %892, %896 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%898 = slice %857 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%899 = broadcast %898 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%900 = slice %868 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%901 = mul %899, %900 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%902 = add %897, %901 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%903 = slice %857 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%904 = broadcast %903 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%905 = slice %868 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%906 = mul %904, %905 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%907 = add %902, %906 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%908 = mul %907, %782 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%909 = reduce_max %908 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%910 = stop_gradient %909 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%911 = broadcast %910 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%912 = sub %908, %911 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%913 = exp %912 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%914 = reduce_sum %913 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%915 = broadcast %914 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%916 = div %913, %915 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%917 = reshape %916 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%918 = broadcast %917 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%919 = reshape %867 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%920 = broadcast %919 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%921 = mul %918, %920 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%922 = reduce_sum %921 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%923 = permute %922 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%924 = reshape %923 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%925 = matmul %924, %141 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%926 = broadcast %142 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%927 = add %925, %926 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%928 = add %835, %927 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%929 = reduce_sum %928 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%930 = div %929, %805 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%931 = broadcast %930 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%932 = sub %928, %931 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%933 = mul %932, %932 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%934 = reduce_sum %933 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%935 = div %934, %805 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%936 = add %935, %812 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%937 = rsqrt %936 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%938 = broadcast %937 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%939 = mul %932, %938 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%940 = broadcast %143 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%941 = mul %939, %940 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%942 = broadcast %144 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%943 = add %941, %942 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%944 = matmul %943, %145 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%945 = broadcast %146 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%946 = add %944, %945 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%947 = mul %824, %946 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%948 = mul %946, %826 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%949 = erf %948 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%950 = add %829, %949 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%951 = mul %947, %950 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%952 = matmul %951, %147 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%953 = broadcast %148 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%954 = add %952, %953 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%955 = add %928, %954 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%956 = concat %955, %706 axis=1 : f32[14,17,16] @ models/moco_pass.yaml:139:30
%957 = reduce_sum %956 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%958 = div %957, %710 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%959 = broadcast %958 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%960 = sub %956, %959 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%961 = mul %960, %960 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%962 = reduce_sum %961 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%963 = div %962, %710 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%964 = add %963, %717 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%965 = rsqrt %964 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%966 = broadcast %965 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%967 = mul %960, %966 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%968 = broadcast %149 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%969 = mul %967, %968 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%970 = broadcast %150 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%971 = add %969, %970 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%972 = slice %971 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/moco_pass.yaml:140:42
%973 = reshape %972 : f32[224,16] @ models/moco_pass.yaml:140:33
%974 = matmul %973, %162 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%975 = reshape %974 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%976 = reduce_sum %975 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%977 = const data=[112] : f32[] @ models/moco_pass.yaml:80:24
%978 = broadcast %977 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%979 = div %976, %978 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%980 = all_reduce_sum %979 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%981 = broadcast %980 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%982 = sub %975, %981 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%983 = mul %982, %982 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%984 = reduce_sum %983 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%985 = div %984, %978 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%986 = all_reduce_sum %985 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%987 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%988 = broadcast %987 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%989 = add %986, %988 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%990 = rsqrt %989 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%991 = broadcast %990 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%992 = mul %982, %991 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%993 = reshape %992 : f32[224,12] @ models/moco_pass.yaml:83:13
%994 = broadcast %163 : f32[224,12] @ models/moco_pass.yaml:84:18
%995 = mul %993, %994 : f32[224,12] @ models/moco_pass.yaml:84:18
%996 = broadcast %164 : f32[224,12] @ models/moco_pass.yaml:84:27
%997 = add %995, %996 : f32[224,12] @ models/moco_pass.yaml:84:27
%998 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%999 = broadcast %998 : f32[224,12] @ models/moco_pass.yaml:70:16
%1000 = max %997, %999 : f32[224,12] @ models/moco_pass.yaml:70:16
%1001 = matmul %1000, %165 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1002 = reshape %1001 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1003 = reduce_sum %1002 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1004 = div %1003, %978 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1005 = all_reduce_sum %1004 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1006 = broadcast %1005 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1007 = sub %1002, %1006 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1008 = mul %1007, %1007 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1009 = reduce_sum %1008 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1010 = div %1009, %978 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1011 = all_reduce_sum %1010 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1012 = add %1011, %988 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1013 = rsqrt %1012 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1014 = broadcast %1013 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1015 = mul %1007, %1014 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1016 = reshape %1015 : f32[224,12] @ models/moco_pass.yaml:83:13
%1017 = broadcast %166 : f32[224,12] @ models/moco_pass.yaml:84:18
%1018 = mul %1016, %1017 : f32[224,12] @ models/moco_pass.yaml:84:18
%1019 = broadcast %167 : f32[224,12] @ models/moco_pass.yaml:84:27
%1020 = add %1018, %1019 : f32[224,12] @ models/moco_pass.yaml:84:27
%1021 = max %1020, %999 : f32[224,12] @ models/moco_pass.yaml:70:16
%1022 = matmul %1021, %168 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%1023 = reshape %1022 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%1024 = reduce_sum %1023 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1025 = broadcast %977 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1026 = div %1024, %1025 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1027 = all_reduce_sum %1026 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1028 = broadcast %1027 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1029 = sub %1023, %1028 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1030 = mul %1029, %1029 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1031 = reduce_sum %1030 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1032 = div %1031, %1025 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1033 = all_reduce_sum %1032 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1034 = broadcast %987 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1035 = add %1033, %1034 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1036 = rsqrt %1035 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1037 = broadcast %1036 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1038 = mul %1029, %1037 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1039 = slice %971 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/moco_pass.yaml:141:31
%1040 = reshape %1039 : f32[14,16] @ models/moco_pass.yaml:141:31
%1041 = matmul %1040, %151 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1042 = reshape %1041 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1043 = reduce_sum %1042 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1044 = const data=[7] : f32[] @ models/moco_pass.yaml:80:24
%1045 = broadcast %1044 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1046 = div %1043, %1045 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1047 = all_reduce_sum %1046 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1048 = broadcast %1047 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1049 = sub %1042, %1048 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1050 = mul %1049, %1049 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1051 = reduce_sum %1050 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1052 = div %1051, %1045 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1053 = all_reduce_sum %1052 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1054 = broadcast %987 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1055 = add %1053, %1054 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1056 = rsqrt %1055 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1057 = broadcast %1056 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1058 = mul %1049, %1057 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1059 = reshape %1058 : f32[14,24] @ models/moco_pass.yaml:83:13
%1060 = broadcast %152 : f32[14,24] @ models/moco_pass.yaml:84:18
%1061 = mul %1059, %1060 : f32[14,24] @ models/moco_pass.yaml:84:18
%1062 = broadcast %153 : f32[14,24] @ models/moco_pass.yaml:84:27
%1063 = add %1061, %1062 : f32[14,24] @ models/moco_pass.yaml:84:27
%1064 = broadcast %998 : f32[14,24] @ models/moco_pass.yaml:70:16
%1065 = max %1063, %1064 : f32[14,24] @ models/moco_pass.yaml:70:16
%1066 = matmul %1065, %154 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1067 = reshape %1066 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1068 = reduce_sum %1067 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1069 = div %1068, %1045 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1070 = all_reduce_sum %1069 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1071 = broadcast %1070 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1072 = sub %1067, %1071 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1073 = mul %1072, %1072 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1074 = reduce_sum %1073 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1075 = div %1074, %1045 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1076 = all_reduce_sum %1075 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1077 = add %1076, %1054 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1078 = rsqrt %1077 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1079 = broadcast %1078 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1080 = mul %1072, %1079 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1081 = reshape %1080 : f32[14,24] @ models/moco_pass.yaml:83:13
%1082 = broadcast %155 : f32[14,24] @ models/moco_pass.yaml:84:18
%1083 = mul %1081, %1082 : f32[14,24] @ models/moco_pass.yaml:84:18
%1084 = broadcast %156 : f32[14,24] @ models/moco_pass.yaml:84:27
%1085 = add %1083, %1084 : f32[14,24] @ models/moco_pass.yaml:84:27
%1086 = max %1085, %1064 : f32[14,24] @ models/moco_pass.yaml:70:16
%1087 = matmul %1086, %157 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%1088 = reshape %1087 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%1089 = reduce_sum %1088 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1090 = broadcast %1044 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1091 = div %1089, %1090 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1092 = all_reduce_sum %1091 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1093 = broadcast %1092 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1094 = sub %1088, %1093 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1095 = mul %1094, %1094 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1096 = reduce_sum %1095 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1097 = div %1096, %1090 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1098 = all_reduce_sum %1097 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1099 = broadcast %987 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1100 = add %1098, %1099 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1101 = rsqrt %1100 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1102 = broadcast %1101 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1103 = mul %1094, %1102 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1104 = reshape %1103 : f32[14,8] @ models/moco_pass.yaml:83:13
%1105 = reshape %1038 : f32[14,16,6] @ models/moco_pass.yaml:141:43
%1106 = slice %1104 lo=[0,0] hi=[7,8] : f32[7,8] @ models/moco_pass.yaml:159:25
%1107 = slice %1104 lo=[7,0] hi=[14,8] : f32[7,8] @ models/moco_pass.yaml:159:25
%1108 = slice %1105 lo=[0,0,0] hi=[7,16,6] : f32[7,16,6] @ models/moco_pass.yaml:159:32
%1109 = slice %1105 lo=[7,0,0] hi=[14,16,6] : f32[7,16,6] @ models/moco_pass.yaml:159:32
%1110 = reshape %6 : f32[16,48] @ models/lib/vit.yaml:17:20
%1111 = matmul %175, %1110 ta=0 tb=1 : f32[14,16,16] @ models/lib/vit.yaml:17:18
%1112 = broadcast %7 : f32[14,16,16] @ models/lib/vit.yaml:17:71
%1113 = add %1111, %1112 : f32[14,16,16] @ models/lib/vit.yaml:17:71
%1114 = broadcast %5 : f32[14,16,16] @ models/lib/vit.yaml:62:15
%1115 = add %1113, %1114 : f32[14,16,16] @ models/lib/vit.yaml:62:15
%1116 = reduce_sum %1115 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1117 = div %1116, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1118 = broadcast %1117 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1119 = sub %1115, %1118 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1120 = mul %1119, %1119 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1121 = reduce_sum %1120 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1122 = div %1121, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1123 = add %1122, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1124 = rsqrt %1123 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1125 = broadcast %1124 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1126 = mul %1119, %1125 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1127 = broadcast %8 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1128 = mul %1126, %1127 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1129 = broadcast %9 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1130 = add %1128, %1129 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1131 = matmul %1130, %10 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%1132 = broadcast %11 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1133 = add %1131, %1132 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1134 = reshape %1133 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%1135 = permute %1134 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%1136 = slice %1135 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%1137 = reshape %1136 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%1138 = slice %1135 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%1139 = reshape %1138 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%1140 = slice %1135 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%1141 = reshape %1140 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%1142 = permute %1139 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%1143 = slice %1137 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1144 = broadcast %1143 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1145 = slice %1142 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1146 = broadcast %1145 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1147 = mul %1144, %1146 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1148 = slice %1137 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1149 = broadcast %1148 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1150 = slice %1142 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1151 = broadcast %1150 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1152 = mul %1149, %1151 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1153 = add %1147, %1152 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1154 = slice %1137 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1155 = broadcast %1154 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1156 = slice %1142 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1157 = broadcast %1156 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1158 = mul %1155, %1157 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1159 = add %1153, %1158 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1160 = slice %1137 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1161 = broadcast %1160 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1162 = slice %1142 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1163 = broadcast %1162 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1164 = mul %1161, %1163 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1165 = add %1159, %1164 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1166 = slice %1137 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1167 = broadcast %1166 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1168 = slice %1142 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1169 = broadcast %1168 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1170 = mul %1167, %1169 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1171 = add %1165, %1170 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1172 = slice %1137 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1173 = broadcast %1172 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1174 = slice %1142 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1175 = broadcast %1174 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1176 = mul %1173, %1175 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1177 = add %1171, %1176 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1178 = slice %1137 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1179 = broadcast %1178 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1180 = slice %1142 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1181 = broadcast %1180 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1182 = mul %1179, %1181 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1183 = add %1177, %1182 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1184 = slice %1137 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1185 = broadcast %1184 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1186 = slice %1142 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1187 = broadcast %1186 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1188 = mul %1185, %1187 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1189 = add %1183, %1188 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1190 = mul %1189, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1191 = reduce_max %1190 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%1192 = stop_gradient %1191 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%1193 = broadcast %1192 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1194 = sub %1190, %1193 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1195 = exp %1194 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1196 = reduce_sum %1195 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%1197 = broadcast %1196 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1198 = div %1195, %1197 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1199 = reshape %1198 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%1200 = broadcast %1199 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1201 = reshape %1141 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%1202 = broadcast %1201 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1203 = mul %1200, %1202 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1204 = reduce_sum %1203 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%1205 = permute %1204 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%1206 = reshape %1205 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%1207 = matmul %1206, %12 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1208 = broadcast %13 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1209 = add %1207, %1208 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1210 = add %1115, %1209 : f32[14,16,16] @ models/lib/nn.yaml:125:15
%1211 = reduce_sum %1210 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1212 = div %1211, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1213 = broadcast %1212 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1214 = sub %1210, %1213 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1215 = mul %1214, %1214 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1216 = reduce_sum %1215 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1217 = div %1216, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1218 = add %1217, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1219 = rsqrt %1218 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1220 = broadcast %1219 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1221 = mul %1214, %1220 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1222 = broadcast %14 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1223 = mul %1221, %1222 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1224 = broadcast %15 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1225 = add %1223, %1224 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1226 = matmul %1225, %16 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%1227 = broadcast %17 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1228 = add %1226, %1227 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1229 = mul %302, %1228 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1230 = mul %1228, %305 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1231 = erf %1230 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%1232 = add %309, %1231 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1233 = mul %1229, %1232 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%1234 = matmul %1233, %18 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1235 = broadcast %19 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1236 = add %1234, %1235 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1237 = add %1210, %1236 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%1238 = reduce_sum %1237 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1239 = div %1238, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%1240 = broadcast %1239 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1241 = sub %1237, %1240 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%1242 = mul %1241, %1241 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%1243 = reduce_sum %1242 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1244 = div %1243, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%1245 = add %1244, %192 : f32[14,16,1] @ models/lib/nn.yaml:96:30
%1246 = rsqrt %1245 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%1247 = broadcast %1246 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1248 = mul %1241, %1247 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%1249 = broadcast %20 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1250 = mul %1248, %1249 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1251 = broadcast %21 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1252 = add %1250, %1251 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1253 = matmul %1252, %22 ta=0 tb=1 : f32[14,16,48] @ models/lib/nn.yaml:83:15
%1254 = broadcast %23 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1255 = add %1253, %1254 : f32[14,16,48] @ models/lib/nn.yaml:84:18
%1256 = reshape %1255 : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:21
%1257 = permute %1256 perm=[2,0,3,1,4] : f32[3,14,2,16,8] @ models/lib/nn.yaml:66:13
%1258 = slice %1257 lo=[0,0,0,0,0] hi=[1,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%1259 = reshape %1258 : f32[14,2,16,8] @ models/lib/nn.yaml:67:28
%1260 = slice %1257 lo=[1,0,0,0,0] hi=[2,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%1261 = reshape %1260 : f32[14,2,16,8] @ models/lib/nn.yaml:67:34
%1262 = slice %1257 lo=[2,0,0,0,0] hi=[3,14,2,16,8] : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%1263 = reshape %1262 : f32[14,2,16,8] @ models/lib/nn.yaml:67:40
%1264 = permute %1261 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:55:23
%1265 = slice %1259 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1266 = broadcast %1265 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1267 = slice %1264 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1268 = broadcast %1267 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1269 = mul %1266, %1268 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1270 = slice %1259 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1271 = broadcast %1270 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1272 = slice %1264 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1273 = broadcast %1272 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1274 = mul %1271, %1273 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1275 = add %1269, %1274 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1276 = slice %1259 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1277 = broadcast %1276 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1278 = slice %1264 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1279 = broadcast %1278 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1280 = mul %1277, %1279 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1281 = add %1275, %1280 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1282 = slice %1259 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1283 = broadcast %1282 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1284 = slice %1264 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1285 = broadcast %1284 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1286 = mul %1283, %1285 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1287 = add %1281, %1286 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1288 = slice %1259 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1289 = broadcast %1288 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1290 = slice %1264 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1291 = broadcast %1290 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1292 = mul %1289, %1291 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1293 = add %1287, %1292 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1294 = slice %1259 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1295 = broadcast %1294 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1296 = slice %1264 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1297 = broadcast %1296 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1298 = mul %1295, %1297 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1299 = add %1293, %1298 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1300 = slice %1259 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1301 = broadcast %1300 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1302 = slice %1264 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1303 = broadcast %1302 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1304 = mul %1301, %1303 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1305 = add %1299, %1304 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1306 = slice %1259 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:55:23
%1307 = broadcast %1306 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1308 = slice %1264 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:55:23
%1309 = broadcast %1308 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1310 = mul %1307, %1309 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1311 = add %1305, %1310 : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%1312 = mul %1311, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%1313 = reduce_max %1312 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:14:35
%1314 = stop_gradient %1313 : f32[14,2,16,1] @ models/lib/nn.yaml:14:21
%1315 = broadcast %1314 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1316 = sub %1312, %1315 : f32[14,2,16,16] @ models/lib/nn.yaml:14:19
%1317 = exp %1316 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%1318 = reduce_sum %1317 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:20
%1319 = broadcast %1318 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1320 = div %1317, %1319 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%1321 = reshape %1320 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%1322 = broadcast %1321 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1323 = reshape %1263 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%1324 = broadcast %1323 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1325 = mul %1322, %1324 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%1326 = reduce_sum %1325 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%1327 = permute %1326 perm=[0,2,1,3] : f32[14,16,2,8] @ models/lib/nn.yaml:56:13
%1328 = reshape %1327 : f32[14,16,16] @ models/lib/nn.yaml:57:16
%1329 = matmul %1328, %24 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1330 = broadcast %25 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1331 = add %1329, %1330 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1332 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1333 = broadcast %1332 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1334 = div %1331, %1333 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1335 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1336 = rand_uniform %1335 stream=1 : f32[14] @ models/lib/nn.yaml:43:13
%1337 = broadcast %1332 : f32[14] @ models/lib/nn.yaml:44:35
%1338 = add %1337, %1336 : f32[14] @ models/lib/nn.yaml:44:35
%1339 = floor %1338 : f32[14] @ models/lib/nn.yaml:44:24
%1340 = reshape %1339 : f32[14,1,1] @ models/lib/nn.yaml:44:16
%1341 = broadcast %1340 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1342 = mul %1334, %1341 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1343 = add %1237, %1342 : f32[14,16,16] @ models/lib/nn.yaml:125:15
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
%1355 = broadcast %26 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1356 = mul %1354, %1355 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%1357 = broadcast %27 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1358 = add %1356, %1357 : f32[14,16,16] @ models/lib/nn.yaml:96:46
%1359 = matmul %1358, %28 ta=0 tb=1 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%1360 = broadcast %29 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1361 = add %1359, %1360 : f32[14,16,64] @ models/lib/nn.yaml:84:18
%1362 = mul %302, %1361 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%1363 = mul %1361, %305 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%1364 = erf %1363 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%1365 = add %309, %1364 : f32[14,16,64] @ models/lib/nn.yaml:27:29
%1366 = mul %1362, %1365 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%1367 = matmul %1366, %30 ta=0 tb=1 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%1368 = broadcast %31 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1369 = add %1367, %1368 : f32[14,16,16] @ models/lib/nn.yaml:84:18
%1370 = div %1369, %1333 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%1371 = rand_uniform %1335 stream=2 : f32[14] @ models/lib/nn.yaml:43:13
%1372 = add %1337, %1371 : f32[14] @ models/lib/nn.yaml:44:35
%1373 = floor %1372 : f32[14] @ models/lib/nn.yaml:44:24
%1374 = reshape %1373 : f32[14,1,1] @ models/lib/nn.yaml:44:16
%1375 = broadcast %1374 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1376 = mul %1370, %1375 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%1377 = add %1343, %1376 : f32[14,16,16] @ models/lib/nn.yaml:126:18
%1378 = broadcast %32 : f32[14,1,16] @ models/lib/vit.yaml:116:31
%1379 = concat %1378, %1377 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%1380 = reduce_sum %1379 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1381 = div %1380, %710 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1382 = broadcast %1381 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1383 = sub %1379, %1382 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1384 = mul %1383, %1383 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1385 = reduce_sum %1384 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1386 = div %1385, %710 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1387 = add %1386, %717 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1388 = rsqrt %1387 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1389 = broadcast %1388 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1390 = mul %1383, %1389 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1391 = broadcast %33 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1392 = mul %1390, %1391 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1393 = broadcast %34 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1394 = add %1392, %1393 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1395 = slice %1394 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%1396 = matmul %1395, %35 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1397 = broadcast %36 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1398 = add %1396, %1397 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1399 = reshape %1398 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%1400 = permute %1399 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%1401 = matmul %1394, %37 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1402 = broadcast %38 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1403 = add %1401, %1402 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1404 = reshape %1403 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1405 = permute %1404 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1406 = matmul %1394, %39 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1407 = broadcast %40 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1408 = add %1406, %1407 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1409 = reshape %1408 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1410 = permute %1409 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1411 = permute %1405 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1412 = slice %1400 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1413 = broadcast %1412 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1414 = slice %1411 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1415 = mul %1413, %1414 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1416 = slice %1400 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1417 = broadcast %1416 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1418 = slice %1411 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1419 = mul %1417, %1418 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1420 = add %1415, %1419 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1421 = slice %1400 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1422 = broadcast %1421 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1423 = slice %1411 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1424 = mul %1422, %1423 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1425 = add %1420, %1424 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1426 = slice %1400 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1427 = broadcast %1426 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1428 = slice %1411 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1429 = mul %1427, %1428 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1430 = add %1425, %1429 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1431 = slice %1400 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1432 = broadcast %1431 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1433 = slice %1411 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1434 = mul %1432, %1433 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1435 = add %1430, %1434 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1436 = slice %1400 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1437 = broadcast %1436 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1438 = slice %1411 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1439 = mul %1437, %1438 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1440 = add %1435, %1439 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1441 = slice %1400 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1442 = broadcast %1441 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1443 = slice %1411 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1444 = mul %1442, %1443 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1445 = add %1440, %1444 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1446 = slice %1400 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1447 = broadcast %1446 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1448 = slice %1411 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1449 = mul %1447, %1448 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1450 = add %1445, %1449 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1451 = mul %1450, %782 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1452 = reduce_max %1451 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1453 = stop_gradient %1452 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1454 = broadcast %1453 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1455 = sub %1451, %1454 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1456 = exp %1455 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1457 = reduce_sum %1456 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1458 = broadcast %1457 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1459 = div %1456, %1458 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1460 = reshape %1459 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1461 = broadcast %1460 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1462 = reshape %1410 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1463 = broadcast %1462 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1464 = mul %1461, %1463 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1465 = reduce_sum %1464 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1466 = permute %1465 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1467 = reshape %1466 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1468 = matmul %1467, %41 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1469 = broadcast %42 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1470 = add %1468, %1469 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1471 = add %1378, %1470 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1472 = reduce_sum %1471 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1473 = div %1472, %805 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1474 = broadcast %1473 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1475 = sub %1471, %1474 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1476 = mul %1475, %1475 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1477 = reduce_sum %1476 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1478 = div %1477, %805 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1479 = add %1478, %812 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1480 = rsqrt %1479 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1481 = broadcast %1480 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1482 = mul %1475, %1481 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1483 = broadcast %43 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1484 = mul %1482, %1483 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1485 = broadcast %44 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1486 = add %1484, %1485 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1487 = matmul %1486, %45 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1488 = broadcast %46 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1489 = add %1487, %1488 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1490 = mul %824, %1489 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1491 = mul %1489, %826 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1492 = erf %1491 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1493 = add %829, %1492 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1494 = mul %1490, %1493 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1495 = matmul %1494, %47 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1496 = broadcast %48 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1497 = add %1495, %1496 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1498 = add %1471, %1497 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1499 = concat %1498, %1377 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:95:24
%1500 = reduce_sum %1499 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1501 = div %1500, %710 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1502 = broadcast %1501 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1503 = sub %1499, %1502 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1504 = mul %1503, %1503 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1505 = reduce_sum %1504 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1506 = div %1505, %710 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1507 = add %1506, %717 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1508 = rsqrt %1507 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1509 = broadcast %1508 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1510 = mul %1503, %1509 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1511 = broadcast %49 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1512 = mul %1510, %1511 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1513 = broadcast %50 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1514 = add %1512, %1513 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1515 = slice %1514 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:78:33
%1516 = matmul %1515, %51 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1517 = broadcast %52 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1518 = add %1516, %1517 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1519 = reshape %1518 : f32[14,1,2,8] @ models/lib/vit.yaml:78:22
%1520 = permute %1519 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/vit.yaml:78:14
%1521 = matmul %1514, %53 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1522 = broadcast %54 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1523 = add %1521, %1522 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1524 = reshape %1523 : f32[14,17,2,8] @ models/lib/vit.yaml:79:22
%1525 = permute %1524 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:79:14
%1526 = matmul %1514, %55 ta=0 tb=1 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%1527 = broadcast %56 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1528 = add %1526, %1527 : f32[14,17,16] @ models/lib/nn.yaml:84:18
%1529 = reshape %1528 : f32[14,17,2,8] @ models/lib/vit.yaml:80:22
%1530 = permute %1529 perm=[0,2,1,3] : f32[14,2,17,8] @ models/lib/vit.yaml:80:14
%1531 = permute %1525 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:55:23
%1532 = slice %1520 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1533 = broadcast %1532 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1534 = slice %1531 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1535 = mul %1533, %1534 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1536 = slice %1520 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1537 = broadcast %1536 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1538 = slice %1531 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1539 = mul %1537, %1538 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1540 = add %1535, %1539 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1541 = slice %1520 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1542 = broadcast %1541 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1543 = slice %1531 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1544 = mul %1542, %1543 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1545 = add %1540, %1544 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1546 = slice %1520 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1547 = broadcast %1546 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1548 = slice %1531 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1549 = mul %1547, %1548 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1550 = add %1545, %1549 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1551 = slice %1520 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1552 = broadcast %1551 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1553 = slice %1531 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1554 = mul %1552, %1553 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1555 = add %1550, %1554 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1556 = slice %1520 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1557 = broadcast %1556 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1558 = slice %1531 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1559 = mul %1557, %1558 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1560 = add %1555, %1559 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1561 = slice %1520 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1562 = broadcast %1561 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1563 = slice %1531 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1564 = mul %1562, %1563 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1565 = add %1560, %1564 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1566 = slice %1520 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:55:23
%1567 = broadcast %1566 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1568 = slice %1531 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1569 = mul %1567, %1568 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1570 = add %1565, %1569 : f32[14,2,1,17] @ models/lib/nn.yaml:55:23
%1571 = mul %1570, %782 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%1572 = reduce_max %1571 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:14:35
%1573 = stop_gradient %1572 : f32[14,2,1,1] @ models/lib/nn.yaml:14:21
%1574 = broadcast %1573 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1575 = sub %1571, %1574 : f32[14,2,1,17] @ models/lib/nn.yaml:14:19
%1576 = exp %1575 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%1577 = reduce_sum %1576 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:20
%1578 = broadcast %1577 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1579 = div %1576, %1578 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%1580 = reshape %1579 : f32[14,2,1,17,1] @ models/lib/nn.yaml:56:23
%1581 = broadcast %1580 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1582 = reshape %1530 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1583 = broadcast %1582 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1584 = mul %1581, %1583 : f32[14,2,1,17,8] @ models/lib/nn.yaml:56:23
%1585 = reduce_sum %1584 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:56:23
%1586 = permute %1585 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/nn.yaml:56:13
%1587 = reshape %1586 : f32[14,1,16] @ models/lib/nn.yaml:57:16
%1588 = matmul %1587, %57 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1589 = broadcast %58 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1590 = add %1588, %1589 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1591 = add %1498, %1590 : f32[14,1,16] @ models/lib/vit.yaml:96:15
%1592 = reduce_sum %1591 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1593 = div %1592, %805 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%1594 = broadcast %1593 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1595 = sub %1591, %1594 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%1596 = mul %1595, %1595 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%1597 = reduce_sum %1596 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1598 = div %1597, %805 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%1599 = add %1598, %812 : f32[14,1,1] @ models/lib/nn.yaml:96:30
%1600 = rsqrt %1599 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%1601 = broadcast %1600 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1602 = mul %1595, %1601 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%1603 = broadcast %59 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1604 = mul %1602, %1603 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%1605 = broadcast %60 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1606 = add %1604, %1605 : f32[14,1,16] @ models/lib/nn.yaml:96:46
%1607 = matmul %1606, %61 ta=0 tb=1 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%1608 = broadcast %62 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1609 = add %1607, %1608 : f32[14,1,64] @ models/lib/nn.yaml:84:18
%1610 = mul %824, %1609 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%1611 = mul %1609, %826 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%1612 = erf %1611 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%1613 = add %829, %1612 : f32[14,1,64] @ models/lib/nn.yaml:27:29
%1614 = mul %1610, %1613 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%1615 = matmul %1614, %63 ta=0 tb=1 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%1616 = broadcast %64 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1617 = add %1615, %1616 : f32[14,1,16] @ models/lib/nn.yaml:84:18
%1618 = add %1591, %1617 : f32[14,1,16] @ models/lib/vit.yaml:98:18
%1619 = concat %1618, %1377 axis=1 : f32[14,17,16] @ models/lib/vit.yaml:111:21
%1620 = reduce_sum %1619 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1621 = div %1620, %710 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%1622 = broadcast %1621 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1623 = sub %1619, %1622 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%1624 = mul %1623, %1623 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%1625 = reduce_sum %1624 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1626 = div %1625, %710 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%1627 = add %1626, %717 : f32[14,17,1] @ models/lib/nn.yaml:96:30
%1628 = rsqrt %1627 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%1629 = broadcast %1628 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1630 = mul %1623, %1629 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%1631 = broadcast %65 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1632 = mul %1630, %1631 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%1633 = broadcast %66 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1634 = add %1632, %1633 : f32[14,17,16] @ models/lib/nn.yaml:96:46
%1635 = slice %1634 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/moco_pass.yaml:130:38
%1636 = reshape %1635 : f32[14,16] @ models/moco_pass.yaml:130:38
%1637 = matmul %1636, %67 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1638 = reshape %1637 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1639 = reduce_sum %1638 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1640 = div %1639, %1045 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1641 = all_reduce_sum %1640 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1642 = broadcast %1641 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1643 = sub %1638, %1642 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1644 = mul %1643, %1643 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1645 = reduce_sum %1644 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1646 = div %1645, %1045 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1647 = all_reduce_sum %1646 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1648 = add %1647, %1054 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1649 = rsqrt %1648 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1650 = broadcast %1649 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1651 = mul %1643, %1650 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1652 = reshape %1651 : f32[14,24] @ models/moco_pass.yaml:83:13
%1653 = broadcast %68 : f32[14,24] @ models/moco_pass.yaml:84:18
%1654 = mul %1652, %1653 : f32[14,24] @ models/moco_pass.yaml:84:18
%1655 = broadcast %69 : f32[14,24] @ models/moco_pass.yaml:84:27
%1656 = add %1654, %1655 : f32[14,24] @ models/moco_pass.yaml:84:27
%1657 = max %1656, %1064 : f32[14,24] @ models/moco_pass.yaml:70:16
%1658 = matmul %1657, %70 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1659 = reshape %1658 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1660 = reduce_sum %1659 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1661 = div %1660, %1045 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1662 = all_reduce_sum %1661 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1663 = broadcast %1662 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1664 = sub %1659, %1663 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1665 = mul %1664, %1664 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1666 = reduce_sum %1665 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1667 = div %1666, %1045 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1668 = all_reduce_sum %1667 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1669 = add %1668, %1054 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1670 = rsqrt %1669 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1671 = broadcast %1670 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1672 = mul %1664, %1671 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1673 = reshape %1672 : f32[14,24] @ models/moco_pass.yaml:83:13
%1674 = broadcast %71 : f32[14,24] @ models/moco_pass.yaml:84:18
%1675 = mul %1673, %1674 : f32[14,24] @ models/moco_pass.yaml:84:18
%1676 = broadcast %72 : f32[14,24] @ models/moco_pass.yaml:84:27
%1677 = add %1675, %1676 : f32[14,24] @ models/moco_pass.yaml:84:27
%1678 = max %1677, %1064 : f32[14,24] @ models/moco_pass.yaml:70:16
%1679 = matmul %1678, %73 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%1680 = reshape %1679 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%1681 = reduce_sum %1680 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1682 = div %1681, %1090 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1683 = all_reduce_sum %1682 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1684 = broadcast %1683 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1685 = sub %1680, %1684 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1686 = mul %1685, %1685 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1687 = reduce_sum %1686 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1688 = div %1687, %1090 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1689 = all_reduce_sum %1688 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1690 = add %1689, %1099 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1691 = rsqrt %1690 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1692 = broadcast %1691 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1693 = mul %1685, %1692 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1694 = reshape %1693 : f32[14,8] @ models/moco_pass.yaml:83:13
%1695 = matmul %1694, %74 ta=0 tb=1 : f32[14,24] @ models/lib/nn.yaml:83:15
%1696 = reshape %1695 : f32[2,7,24] @ models/moco_pass.yaml:79:13
%1697 = reduce_sum %1696 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1698 = div %1697, %1045 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1699 = all_reduce_sum %1698 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1700 = broadcast %1699 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1701 = sub %1696, %1700 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%1702 = mul %1701, %1701 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%1703 = reduce_sum %1702 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1704 = div %1703, %1045 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1705 = all_reduce_sum %1704 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1706 = add %1705, %1054 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1707 = rsqrt %1706 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1708 = broadcast %1707 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1709 = mul %1701, %1708 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%1710 = reshape %1709 : f32[14,24] @ models/moco_pass.yaml:83:13
%1711 = broadcast %75 : f32[14,24] @ models/moco_pass.yaml:84:18
%1712 = mul %1710, %1711 : f32[14,24] @ models/moco_pass.yaml:84:18
%1713 = broadcast %76 : f32[14,24] @ models/moco_pass.yaml:84:27
%1714 = add %1712, %1713 : f32[14,24] @ models/moco_pass.yaml:84:27
%1715 = max %1714, %1064 : f32[14,24] @ models/moco_pass.yaml:70:16
%1716 = matmul %1715, %77 ta=0 tb=1 : f32[14,8] @ models/lib/nn.yaml:83:15
%1717 = reshape %1716 : f32[2,7,8] @ models/moco_pass.yaml:79:13
%1718 = reduce_sum %1717 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1719 = div %1718, %1090 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1720 = all_reduce_sum %1719 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1721 = broadcast %1720 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1722 = sub %1717, %1721 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%1723 = mul %1722, %1722 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%1724 = reduce_sum %1723 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1725 = div %1724, %1090 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1726 = all_reduce_sum %1725 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1727 = add %1726, %1099 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1728 = rsqrt %1727 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1729 = broadcast %1728 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1730 = mul %1722, %1729 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%1731 = reshape %1730 : f32[14,8] @ models/moco_pass.yaml:83:13
%1732 = slice %1634 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/moco_pass.yaml:131:58
%1733 = reshape %1732 : f32[224,16] @ models/moco_pass.yaml:131:49
%1734 = matmul %1733, %78 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1735 = reshape %1734 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1736 = reduce_sum %1735 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1737 = div %1736, %978 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1738 = all_reduce_sum %1737 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1739 = broadcast %1738 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1740 = sub %1735, %1739 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1741 = mul %1740, %1740 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1742 = reduce_sum %1741 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1743 = div %1742, %978 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1744 = all_reduce_sum %1743 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1745 = add %1744, %988 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1746 = rsqrt %1745 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1747 = broadcast %1746 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1748 = mul %1740, %1747 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1749 = reshape %1748 : f32[224,12] @ models/moco_pass.yaml:83:13
%1750 = broadcast %79 : f32[224,12] @ models/moco_pass.yaml:84:18
%1751 = mul %1749, %1750 : f32[224,12] @ models/moco_pass.yaml:84:18
%1752 = broadcast %80 : f32[224,12] @ models/moco_pass.yaml:84:27
%1753 = add %1751, %1752 : f32[224,12] @ models/moco_pass.yaml:84:27
%1754 = max %1753, %999 : f32[224,12] @ models/moco_pass.yaml:70:16
%1755 = matmul %1754, %81 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1756 = reshape %1755 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1757 = reduce_sum %1756 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1758 = div %1757, %978 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1759 = all_reduce_sum %1758 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1760 = broadcast %1759 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1761 = sub %1756, %1760 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1762 = mul %1761, %1761 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1763 = reduce_sum %1762 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1764 = div %1763, %978 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1765 = all_reduce_sum %1764 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1766 = add %1765, %988 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1767 = rsqrt %1766 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1768 = broadcast %1767 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1769 = mul %1761, %1768 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1770 = reshape %1769 : f32[224,12] @ models/moco_pass.yaml:83:13
%1771 = broadcast %82 : f32[224,12] @ models/moco_pass.yaml:84:18
%1772 = mul %1770, %1771 : f32[224,12] @ models/moco_pass.yaml:84:18
%1773 = broadcast %83 : f32[224,12] @ models/moco_pass.yaml:84:27
%1774 = add %1772, %1773 : f32[224,12] @ models/moco_pass.yaml:84:27
%1775 = max %1774, %999 : f32[224,12] @ models/moco_pass.yaml:70:16
%1776 = matmul %1775, %84 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%1777 = reshape %1776 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%1778 = reduce_sum %1777 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1779 = div %1778, %1025 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1780 = all_reduce_sum %1779 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1781 = broadcast %1780 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1782 = sub %1777, %1781 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1783 = mul %1782, %1782 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1784 = reduce_sum %1783 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1785 = div %1784, %1025 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1786 = all_reduce_sum %1785 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1787 = add %1786, %1034 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1788 = rsqrt %1787 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1789 = broadcast %1788 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1790 = mul %1782, %1789 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1791 = reshape %1790 : f32[224,6] @ models/moco_pass.yaml:83:13
%1792 = matmul %1791, %85 ta=0 tb=1 : f32[224,12] @ models/lib/nn.yaml:83:15
%1793 = reshape %1792 : f32[2,112,12] @ models/moco_pass.yaml:79:13
%1794 = reduce_sum %1793 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1795 = div %1794, %978 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1796 = all_reduce_sum %1795 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1797 = broadcast %1796 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1798 = sub %1793, %1797 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%1799 = mul %1798, %1798 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%1800 = reduce_sum %1799 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1801 = div %1800, %978 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1802 = all_reduce_sum %1801 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1803 = add %1802, %988 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1804 = rsqrt %1803 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1805 = broadcast %1804 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1806 = mul %1798, %1805 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%1807 = reshape %1806 : f32[224,12] @ models/moco_pass.yaml:83:13
%1808 = broadcast %86 : f32[224,12] @ models/moco_pass.yaml:84:18
%1809 = mul %1807, %1808 : f32[224,12] @ models/moco_pass.yaml:84:18
%1810 = broadcast %87 : f32[224,12] @ models/moco_pass.yaml:84:27
%1811 = add %1809, %1810 : f32[224,12] @ models/moco_pass.yaml:84:27
%1812 = max %1811, %999 : f32[224,12] @ models/moco_pass.yaml:70:16
%1813 = matmul %1812, %88 ta=0 tb=1 : f32[224,6] @ models/lib/nn.yaml:83:15
%1814 = reshape %1813 : f32[2,112,6] @ models/moco_pass.yaml:79:13
%1815 = reduce_sum %1814 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1816 = div %1815, %1025 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1817 = all_reduce_sum %1816 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1818 = broadcast %1817 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1819 = sub %1814, %1818 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%1820 = mul %1819, %1819 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%1821 = reduce_sum %1820 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1822 = div %1821, %1025 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1823 = all_reduce_sum %1822 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1824 = add %1823, %1034 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1825 = rsqrt %1824 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1826 = broadcast %1825 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1827 = mul %1819, %1826 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%1828 = reshape %1827 : f32[14,16,6] @ models/moco_pass.yaml:132:23
%1829 = slice %1731 lo=[0,0] hi=[7,8] : f32[7,8] @ models/moco_pass.yaml:160:25
%1830 = slice %1731 lo=[7,0] hi=[14,8] : f32[7,8] @ models/moco_pass.yaml:160:25
%1831 = slice %1828 lo=[0,0,0] hi=[7,16,6] : f32[7,16,6] @ models/moco_pass.yaml:160:32
%1832 = slice %1828 lo=[7,0,0] hi=[14,16,6] : f32[7,16,6] @ models/moco_pass.yaml:160:32
%1833 = mul %1107, %1107 : f32[7,8] @ models/lib/nn.yaml:33:35
%1834 = reduce_sum %1833 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1835 = sqrt %1834 : f32[7,1] @ models/lib/nn.yaml:33:24
%1836 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1837 = broadcast %1836 : f32[7,1] @ models/lib/nn.yaml:33:20
%1838 = max %1835, %1837 : f32[7,1] @ models/lib/nn.yaml:33:20
%1839 = broadcast %1838 : f32[7,8] @ models/lib/nn.yaml:33:18
%1840 = div %1107, %1839 : f32[7,8] @ models/lib/nn.yaml:33:18
%1841 = stop_gradient %1840 : f32[7,8] @ models/moco_pass.yaml:109:14
%1842 = mul %1829, %1829 : f32[7,8] @ models/lib/nn.yaml:33:35
%1843 = reduce_sum %1842 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1844 = sqrt %1843 : f32[7,1] @ models/lib/nn.yaml:33:24
%1845 = max %1844, %1837 : f32[7,1] @ models/lib/nn.yaml:33:20
%1846 = broadcast %1845 : f32[7,8] @ models/lib/nn.yaml:33:18
%1847 = div %1829, %1846 : f32[7,8] @ models/lib/nn.yaml:33:18
%1848 = matmul %1847, %1841 ta=0 tb=1 : f32[7,7] @ models/moco_pass.yaml:110:34
%1849 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1850 = broadcast %1849 : f32[7,7] @ models/moco_pass.yaml:110:41
%1851 = div %1848, %1850 : f32[7,7] @ models/moco_pass.yaml:110:41
%1852 = iota axis=0 : i32[7,7] @ models/moco_pass.yaml:111:20
%1853 = iota axis=1 : i32[7,7] @ models/moco_pass.yaml:111:39
%1854 = eq %1852, %1853 : bool[7,7] @ models/moco_pass.yaml:111:36
%1855 = cast %1854 : f32[7,7] @ models/moco_pass.yaml:111:15
%1856 = reduce_max %1851 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:21:31
%1857 = stop_gradient %1856 : f32[7,1] @ models/lib/nn.yaml:21:17
%1858 = broadcast %1857 : f32[7,7] @ models/lib/nn.yaml:21:15
%1859 = sub %1851, %1858 : f32[7,7] @ models/lib/nn.yaml:21:15
%1860 = exp %1859 : f32[7,7] @ models/lib/nn.yaml:22:28
%1861 = reduce_sum %1860 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:24
%1862 = log %1861 : f32[7,1] @ models/lib/nn.yaml:22:20
%1863 = broadcast %1862 : f32[7,7] @ models/lib/nn.yaml:22:18
%1864 = sub %1859, %1863 : f32[7,7] @ models/lib/nn.yaml:22:18
%1865 = mul %1855, %1864 : f32[7,7] @ models/moco_pass.yaml:112:40
%1866 = reduce_sum %1865 axes=[1] keep=0 : f32[7] @ models/moco_pass.yaml:112:32
%1867 = neg %1866 : f32[7] @ models/moco_pass.yaml:112:31
%1868 = reduce_sum %1867 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1869 = div %1868, %1044 : f32[] @ models/moco_pass.yaml:112:26
%1870 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1871 = mul %1870, %1869 : f32[] @ models/moco_pass.yaml:112:24
%1872 = mul %1106, %1106 : f32[7,8] @ models/lib/nn.yaml:33:35
%1873 = reduce_sum %1872 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1874 = sqrt %1873 : f32[7,1] @ models/lib/nn.yaml:33:24
%1875 = max %1874, %1837 : f32[7,1] @ models/lib/nn.yaml:33:20
%1876 = broadcast %1875 : f32[7,8] @ models/lib/nn.yaml:33:18
%1877 = div %1106, %1876 : f32[7,8] @ models/lib/nn.yaml:33:18
%1878 = stop_gradient %1877 : f32[7,8] @ models/moco_pass.yaml:109:14
%1879 = mul %1830, %1830 : f32[7,8] @ models/lib/nn.yaml:33:35
%1880 = reduce_sum %1879 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:29
%1881 = sqrt %1880 : f32[7,1] @ models/lib/nn.yaml:33:24
%1882 = max %1881, %1837 : f32[7,1] @ models/lib/nn.yaml:33:20
%1883 = broadcast %1882 : f32[7,8] @ models/lib/nn.yaml:33:18
%1884 = div %1830, %1883 : f32[7,8] @ models/lib/nn.yaml:33:18
%1885 = matmul %1884, %1878 ta=0 tb=1 : f32[7,7] @ models/moco_pass.yaml:110:34
%1886 = div %1885, %1850 : f32[7,7] @ models/moco_pass.yaml:110:41
%1887 = reduce_max %1886 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:21:31
%1888 = stop_gradient %1887 : f32[7,1] @ models/lib/nn.yaml:21:17
%1889 = broadcast %1888 : f32[7,7] @ models/lib/nn.yaml:21:15
%1890 = sub %1886, %1889 : f32[7,7] @ models/lib/nn.yaml:21:15
%1891 = exp %1890 : f32[7,7] @ models/lib/nn.yaml:22:28
%1892 = reduce_sum %1891 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:24
%1893 = log %1892 : f32[7,1] @ models/lib/nn.yaml:22:20
%1894 = broadcast %1893 : f32[7,7] @ models/lib/nn.yaml:22:18
%1895 = sub %1890, %1894 : f32[7,7] @ models/lib/nn.yaml:22:18
%1896 = mul %1855, %1895 : f32[7,7] @ models/moco_pass.yaml:112:40
%1897 = reduce_sum %1896 axes=[1] keep=0 : f32[7] @ models/moco_pass.yaml:112:32
%1898 = neg %1897 : f32[7] @ models/moco_pass.yaml:112:31
%1899 = reduce_sum %1898 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1900 = div %1899, %1044 : f32[] @ models/moco_pass.yaml:112:26
%1901 = mul %1870, %1900 : f32[] @ models/moco_pass.yaml:112:24
%1902 = add %1871, %1901 : f32[] @ models/moco_pass.yaml:169:11
%1903 = const data=[2] : f32[] @ models/moco_pass.yaml:165:3
%1904 = div %1902, %1903 : f32[] @ models/moco_pass.yaml:165:3
%1905 = output %1904 name="loss.image" : f32[] @ models/moco_pass.yaml:165:3
%1906 = mul %1904, %1903 : f32[] @ models/moco_pass.yaml:165:3
%1907 = permute %1831 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:20
%1908 = permute %1108 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:50
%1909 = mul %1908, %1908 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1910 = reduce_sum %1909 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%1911 = sqrt %1910 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1912 = broadcast %1836 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1913 = max %1911, %1912 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1914 = broadcast %1913 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1915 = div %1908, %1914 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1916 = stop_gradient %1915 : f32[16,7,6] @ models/moco_pass.yaml:109:14
%1917 = mul %1907, %1907 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1918 = reduce_sum %1917 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%1919 = sqrt %1918 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1920 = max %1919, %1912 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1921 = broadcast %1920 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1922 = div %1907, %1921 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1923 = permute %1916 perm=[0,2,1] : f32[16,6,7] @ models/moco_pass.yaml:110:34
%1924 = slice %1922 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%1925 = broadcast %1924 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1926 = slice %1923 lo=[0,0,0] hi=[16,1,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%1927 = broadcast %1926 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1928 = mul %1925, %1927 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1929 = slice %1922 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%1930 = broadcast %1929 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1931 = slice %1923 lo=[0,1,0] hi=[16,2,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%1932 = broadcast %1931 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1933 = mul %1930, %1932 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1934 = add %1928, %1933 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1935 = slice %1922 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%1936 = broadcast %1935 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1937 = slice %1923 lo=[0,2,0] hi=[16,3,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%1938 = broadcast %1937 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1939 = mul %1936, %1938 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1940 = add %1934, %1939 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1941 = slice %1922 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%1942 = broadcast %1941 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1943 = slice %1923 lo=[0,3,0] hi=[16,4,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%1944 = broadcast %1943 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1945 = mul %1942, %1944 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1946 = add %1940, %1945 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1947 = slice %1922 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%1948 = broadcast %1947 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1949 = slice %1923 lo=[0,4,0] hi=[16,5,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%1950 = broadcast %1949 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1951 = mul %1948, %1950 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1952 = add %1946, %1951 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1953 = slice %1922 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%1954 = broadcast %1953 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1955 = slice %1923 lo=[0,5,0] hi=[16,6,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%1956 = broadcast %1955 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1957 = mul %1954, %1956 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1958 = add %1952, %1957 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1959 = broadcast %1849 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%1960 = div %1958, %1959 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%1961 = reduce_max %1960 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:21:31
%1962 = stop_gradient %1961 : f32[16,7,1] @ models/lib/nn.yaml:21:17
%1963 = broadcast %1962 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%1964 = sub %1960, %1963 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%1965 = exp %1964 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%1966 = reduce_sum %1965 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:24
%1967 = log %1966 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%1968 = broadcast %1967 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%1969 = sub %1964, %1968 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%1970 = broadcast %1855 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%1971 = mul %1970, %1969 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%1972 = reduce_sum %1971 axes=[2] keep=0 : f32[16,7] @ models/moco_pass.yaml:112:32
%1973 = neg %1972 : f32[16,7] @ models/moco_pass.yaml:112:31
%1974 = reduce_sum %1973 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1975 = div %1974, %977 : f32[] @ models/moco_pass.yaml:112:26
%1976 = mul %1870, %1975 : f32[] @ models/moco_pass.yaml:112:24
%1977 = permute %1832 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:20
%1978 = permute %1109 perm=[1,0,2] : f32[16,7,6] @ models/moco_pass.yaml:173:50
%1979 = mul %1978, %1978 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1980 = reduce_sum %1979 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%1981 = sqrt %1980 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1982 = max %1981, %1912 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1983 = broadcast %1982 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1984 = div %1978, %1983 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1985 = stop_gradient %1984 : f32[16,7,6] @ models/moco_pass.yaml:109:14
%1986 = mul %1977, %1977 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%1987 = reduce_sum %1986 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:29
%1988 = sqrt %1987 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%1989 = max %1988, %1912 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%1990 = broadcast %1989 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1991 = div %1977, %1990 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%1992 = permute %1985 perm=[0,2,1] : f32[16,6,7] @ models/moco_pass.yaml:110:34
%1993 = slice %1991 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%1994 = broadcast %1993 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1995 = slice %1992 lo=[0,0,0] hi=[16,1,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%1996 = broadcast %1995 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1997 = mul %1994, %1996 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%1998 = slice %1991 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%1999 = broadcast %1998 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2000 = slice %1992 lo=[0,1,0] hi=[16,2,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2001 = broadcast %2000 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2002 = mul %1999, %2001 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2003 = add %1997, %2002 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2004 = slice %1991 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2005 = broadcast %2004 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2006 = slice %1992 lo=[0,2,0] hi=[16,3,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2007 = broadcast %2006 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2008 = mul %2005, %2007 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2009 = add %2003, %2008 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2010 = slice %1991 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2011 = broadcast %2010 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2012 = slice %1992 lo=[0,3,0] hi=[16,4,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2013 = broadcast %2012 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2014 = mul %2011, %2013 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2015 = add %2009, %2014 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2016 = slice %1991 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2017 = broadcast %2016 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2018 = slice %1992 lo=[0,4,0] hi=[16,5,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2019 = broadcast %2018 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2020 = mul %2017, %2019 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2021 = add %2015, %2020 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2022 = slice %1991 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2023 = broadcast %2022 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2024 = slice %1992 lo=[0,5,0] hi=[16,6,7] : f32[16,1,7] @ models/moco_pass.yaml:110:34
%2025 = broadcast %2024 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2026 = mul %2023, %2025 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2027 = add %2021, %2026 : f32[16,7,7] @ models/moco_pass.yaml:110:34
%2028 = div %2027, %1959 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2029 = reduce_max %2028 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:21:31
%2030 = stop_gradient %2029 : f32[16,7,1] @ models/lib/nn.yaml:21:17
%2031 = broadcast %2030 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%2032 = sub %2028, %2031 : f32[16,7,7] @ models/lib/nn.yaml:21:15
%2033 = exp %2032 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2034 = reduce_sum %2033 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:24
%2035 = log %2034 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2036 = broadcast %2035 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2037 = sub %2032, %2036 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2038 = mul %1970, %2037 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2039 = reduce_sum %2038 axes=[2] keep=0 : f32[16,7] @ models/moco_pass.yaml:112:32
%2040 = neg %2039 : f32[16,7] @ models/moco_pass.yaml:112:31
%2041 = reduce_sum %2040 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%2042 = div %2041, %977 : f32[] @ models/moco_pass.yaml:112:26
%2043 = mul %1870, %2042 : f32[] @ models/moco_pass.yaml:112:24
%2044 = add %1976, %2043 : f32[] @ models/moco_pass.yaml:173:11
%2045 = div %2044, %1903 : f32[] @ models/moco_pass.yaml:170:3
%2046 = output %2045 name="loss.patch" : f32[] @ models/moco_pass.yaml:170:3
%2047 = mul %2045, %1849 : f32[] @ models/moco_pass.yaml:170:3
%2048 = add %1906, %2047 : f32[] @ models/moco_pass.yaml:170:3
%2049 = output %2048 name="loss" : f32[] @ models/moco_pass.yaml:165:3
%2050 = cast %1 : f64[] @ models/moco_pass.yaml:151:3
%2051 = cast %2 : f64[] @ models/moco_pass.yaml:152:3
%2052 = cast %3 : f64[] @ models/moco_pass.yaml:153:3
%2053 = const data=[0.1] : f32[] @ models/moco_pass.yaml:170:3
%2054 = const data=[-0.00035714288] : f32[] @ models/moco_pass.yaml:112:31
%2055 = broadcast %2054 : f32[16,7] @ models/moco_pass.yaml:112:31
%2056 = reshape %2055 : f32[16,7,1] @ models/moco_pass.yaml:112:32
%2057 = broadcast %2056 : f32[16,7,7] @ models/moco_pass.yaml:112:32
%2058 = mul %2057, %1970 : f32[16,7,7] @ models/moco_pass.yaml:112:40
%2059 = neg %2058 : f32[16,7,7] @ models/lib/nn.yaml:22:18
%2060 = reduce_sum %2059 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:22:18
%2061 = div %2060, %2034 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2062 = broadcast %2061 : f32[16,7,7] @ models/lib/nn.yaml:22:24
%2063 = mul %2062, %2033 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2064 = add %2058, %2063 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2065 = div %2064, %1959 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2066 = slice %2065 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2067 = broadcast %2066 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2068 = slice %1985 lo=[0,0,0] hi=[16,1,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2069 = broadcast %2068 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2070 = mul %2067, %2069 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2071 = slice %2065 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2072 = broadcast %2071 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2073 = slice %1985 lo=[0,1,0] hi=[16,2,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2074 = broadcast %2073 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2075 = mul %2072, %2074 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2076 = add %2070, %2075 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2077 = slice %2065 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2078 = broadcast %2077 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2079 = slice %1985 lo=[0,2,0] hi=[16,3,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2080 = broadcast %2079 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2081 = mul %2078, %2080 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2082 = add %2076, %2081 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2083 = slice %2065 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2084 = broadcast %2083 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2085 = slice %1985 lo=[0,3,0] hi=[16,4,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2086 = broadcast %2085 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2087 = mul %2084, %2086 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2088 = add %2082, %2087 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2089 = slice %2065 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2090 = broadcast %2089 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2091 = slice %1985 lo=[0,4,0] hi=[16,5,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2092 = broadcast %2091 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2093 = mul %2090, %2092 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2094 = add %2088, %2093 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2095 = slice %2065 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2096 = broadcast %2095 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2097 = slice %1985 lo=[0,5,0] hi=[16,6,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2098 = broadcast %2097 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2099 = mul %2096, %2098 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2100 = add %2094, %2099 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2101 = slice %2065 lo=[0,0,6] hi=[16,7,7] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2102 = broadcast %2101 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2103 = slice %1985 lo=[0,6,0] hi=[16,7,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2104 = broadcast %2103 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2105 = mul %2102, %2104 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2106 = add %2100, %2105 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2107 = div %2106, %1990 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2108 = mul %2107, %1991 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2109 = neg %2108 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2110 = reduce_sum %2109 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:18
%2111 = broadcast %998 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2112 = broadcast %301 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2113 = mul %2110, %2112 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2114 = eq %1988, %1912 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2115 = select %2114, %2113, %2111 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2116 = gt %1988, %1912 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2117 = select %2116, %2110, %2115 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2118 = mul %2117, %2112 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2119 = div %2118, %1988 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2120 = broadcast %2119 : f32[16,7,6] @ models/lib/nn.yaml:33:29
%2121 = mul %2120, %1977 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2122 = add %2107, %2121 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2123 = add %2122, %2121 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2124 = permute %2123 perm=[1,0,2] : f32[7,16,6] @ models/moco_pass.yaml:173:20
%2125 = div %2060, %1966 : f32[16,7,1] @ models/lib/nn.yaml:22:20
%2126 = broadcast %2125 : f32[16,7,7] @ models/lib/nn.yaml:22:24
%2127 = mul %2126, %1965 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2128 = add %2058, %2127 : f32[16,7,7] @ models/lib/nn.yaml:22:28
%2129 = div %2128, %1959 : f32[16,7,7] @ models/moco_pass.yaml:110:41
%2130 = slice %2129 lo=[0,0,0] hi=[16,7,1] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2131 = broadcast %2130 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2132 = slice %1916 lo=[0,0,0] hi=[16,1,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2133 = broadcast %2132 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2134 = mul %2131, %2133 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2135 = slice %2129 lo=[0,0,1] hi=[16,7,2] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2136 = broadcast %2135 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2137 = slice %1916 lo=[0,1,0] hi=[16,2,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2138 = broadcast %2137 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2139 = mul %2136, %2138 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2140 = add %2134, %2139 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2141 = slice %2129 lo=[0,0,2] hi=[16,7,3] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2142 = broadcast %2141 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2143 = slice %1916 lo=[0,2,0] hi=[16,3,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2144 = broadcast %2143 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2145 = mul %2142, %2144 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2146 = add %2140, %2145 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2147 = slice %2129 lo=[0,0,3] hi=[16,7,4] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2148 = broadcast %2147 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2149 = slice %1916 lo=[0,3,0] hi=[16,4,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2150 = broadcast %2149 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2151 = mul %2148, %2150 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2152 = add %2146, %2151 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2153 = slice %2129 lo=[0,0,4] hi=[16,7,5] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2154 = broadcast %2153 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2155 = slice %1916 lo=[0,4,0] hi=[16,5,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2156 = broadcast %2155 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2157 = mul %2154, %2156 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2158 = add %2152, %2157 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2159 = slice %2129 lo=[0,0,5] hi=[16,7,6] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2160 = broadcast %2159 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2161 = slice %1916 lo=[0,5,0] hi=[16,6,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2162 = broadcast %2161 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2163 = mul %2160, %2162 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2164 = add %2158, %2163 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2165 = slice %2129 lo=[0,0,6] hi=[16,7,7] : f32[16,7,1] @ models/moco_pass.yaml:110:34
%2166 = broadcast %2165 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2167 = slice %1916 lo=[0,6,0] hi=[16,7,6] : f32[16,1,6] @ models/moco_pass.yaml:110:34
%2168 = broadcast %2167 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2169 = mul %2166, %2168 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2170 = add %2164, %2169 : f32[16,7,6] @ models/moco_pass.yaml:110:34
%2171 = div %2170, %1921 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2172 = mul %2171, %1922 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2173 = neg %2172 : f32[16,7,6] @ models/lib/nn.yaml:33:18
%2174 = reduce_sum %2173 axes=[2] keep=1 : f32[16,7,1] @ models/lib/nn.yaml:33:18
%2175 = mul %2174, %2112 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2176 = eq %1919, %1912 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2177 = select %2176, %2175, %2111 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2178 = gt %1919, %1912 : bool[16,7,1] @ models/lib/nn.yaml:33:20
%2179 = select %2178, %2174, %2177 : f32[16,7,1] @ models/lib/nn.yaml:33:20
%2180 = mul %2179, %2112 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2181 = div %2180, %1919 : f32[16,7,1] @ models/lib/nn.yaml:33:24
%2182 = broadcast %2181 : f32[16,7,6] @ models/lib/nn.yaml:33:29
%2183 = mul %2182, %1907 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2184 = add %2171, %2183 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2185 = add %2184, %2183 : f32[16,7,6] @ models/lib/nn.yaml:33:35
%2186 = permute %2185 perm=[1,0,2] : f32[7,16,6] @ models/moco_pass.yaml:173:20
%2187 = const data=[-0.057142857] : f32[] @ models/moco_pass.yaml:112:31
%2188 = broadcast %2187 : f32[7] @ models/moco_pass.yaml:112:31
%2189 = reshape %2188 : f32[7,1] @ models/moco_pass.yaml:112:32
%2190 = broadcast %2189 : f32[7,7] @ models/moco_pass.yaml:112:32
%2191 = mul %2190, %1855 : f32[7,7] @ models/moco_pass.yaml:112:40
%2192 = neg %2191 : f32[7,7] @ models/lib/nn.yaml:22:18
%2193 = reduce_sum %2192 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:22:18
%2194 = div %2193, %1892 : f32[7,1] @ models/lib/nn.yaml:22:20
%2195 = broadcast %2194 : f32[7,7] @ models/lib/nn.yaml:22:24
%2196 = mul %2195, %1891 : f32[7,7] @ models/lib/nn.yaml:22:28
%2197 = add %2191, %2196 : f32[7,7] @ models/lib/nn.yaml:22:28
%2198 = div %2197, %1850 : f32[7,7] @ models/moco_pass.yaml:110:41
%2199 = matmul %2198, %1878 ta=0 tb=0 : f32[7,8] @ models/moco_pass.yaml:110:34
%2200 = div %2199, %1883 : f32[7,8] @ models/lib/nn.yaml:33:18
%2201 = mul %2200, %1884 : f32[7,8] @ models/lib/nn.yaml:33:18
%2202 = neg %2201 : f32[7,8] @ models/lib/nn.yaml:33:18
%2203 = reduce_sum %2202 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:18
%2204 = broadcast %998 : f32[7,1] @ models/lib/nn.yaml:33:20
%2205 = broadcast %301 : f32[7,1] @ models/lib/nn.yaml:33:20
%2206 = mul %2203, %2205 : f32[7,1] @ models/lib/nn.yaml:33:20
%2207 = eq %1881, %1837 : bool[7,1] @ models/lib/nn.yaml:33:20
%2208 = select %2207, %2206, %2204 : f32[7,1] @ models/lib/nn.yaml:33:20
%2209 = gt %1881, %1837 : bool[7,1] @ models/lib/nn.yaml:33:20
%2210 = select %2209, %2203, %2208 : f32[7,1] @ models/lib/nn.yaml:33:20
%2211 = mul %2210, %2205 : f32[7,1] @ models/lib/nn.yaml:33:24
%2212 = div %2211, %1881 : f32[7,1] @ models/lib/nn.yaml:33:24
%2213 = broadcast %2212 : f32[7,8] @ models/lib/nn.yaml:33:29
%2214 = mul %2213, %1830 : f32[7,8] @ models/lib/nn.yaml:33:35
%2215 = add %2200, %2214 : f32[7,8] @ models/lib/nn.yaml:33:35
%2216 = add %2215, %2214 : f32[7,8] @ models/lib/nn.yaml:33:35
%2217 = div %2193, %1861 : f32[7,1] @ models/lib/nn.yaml:22:20
%2218 = broadcast %2217 : f32[7,7] @ models/lib/nn.yaml:22:24
%2219 = mul %2218, %1860 : f32[7,7] @ models/lib/nn.yaml:22:28
%2220 = add %2191, %2219 : f32[7,7] @ models/lib/nn.yaml:22:28
%2221 = div %2220, %1850 : f32[7,7] @ models/moco_pass.yaml:110:41
%2222 = matmul %2221, %1841 ta=0 tb=0 : f32[7,8] @ models/moco_pass.yaml:110:34
%2223 = div %2222, %1846 : f32[7,8] @ models/lib/nn.yaml:33:18
%2224 = mul %2223, %1847 : f32[7,8] @ models/lib/nn.yaml:33:18
%2225 = neg %2224 : f32[7,8] @ models/lib/nn.yaml:33:18
%2226 = reduce_sum %2225 axes=[1] keep=1 : f32[7,1] @ models/lib/nn.yaml:33:18
%2227 = mul %2226, %2205 : f32[7,1] @ models/lib/nn.yaml:33:20
%2228 = eq %1844, %1837 : bool[7,1] @ models/lib/nn.yaml:33:20
%2229 = select %2228, %2227, %2204 : f32[7,1] @ models/lib/nn.yaml:33:20
%2230 = gt %1844, %1837 : bool[7,1] @ models/lib/nn.yaml:33:20
%2231 = select %2230, %2226, %2229 : f32[7,1] @ models/lib/nn.yaml:33:20
%2232 = mul %2231, %2205 : f32[7,1] @ models/lib/nn.yaml:33:24
%2233 = div %2232, %1844 : f32[7,1] @ models/lib/nn.yaml:33:24
%2234 = broadcast %2233 : f32[7,8] @ models/lib/nn.yaml:33:29
%2235 = mul %2234, %1829 : f32[7,8] @ models/lib/nn.yaml:33:35
%2236 = add %2223, %2235 : f32[7,8] @ models/lib/nn.yaml:33:35
%2237 = add %2236, %2235 : f32[7,8] @ models/lib/nn.yaml:33:35
%2238 = concat %2186, %2124 axis=0 : f32[14,16,6] @ models/moco_pass.yaml:160:32
%2239 = concat %2237, %2216 axis=0 : f32[14,8] @ models/moco_pass.yaml:160:25
%2240 = reshape %2238 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%2241 = mul %2240, %1826 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2242 = mul %2240, %1819 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2243 = reduce_sum %2242 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2244 = mul %1825, %1825 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2245 = mul %1825, %2244 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2246 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2247 = broadcast %2246 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2248 = mul %2245, %2247 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2249 = mul %2243, %2248 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2250 = all_reduce_sum %2249 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2251 = div %2250, %1025 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2252 = broadcast %2251 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%2253 = mul %2252, %1819 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2254 = add %2241, %2253 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2255 = add %2254, %2253 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2256 = neg %2255 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2257 = reduce_sum %2256 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2258 = all_reduce_sum %2257 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2259 = div %2258, %1025 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2260 = broadcast %2259 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2261 = add %2255, %2260 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2262 = reshape %2261 : f32[224,6] @ models/moco_pass.yaml:79:13
%2263 = matmul %2262, %88 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2264 = matmul %2262, %1812 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2265 = broadcast %301 : f32[224,12] @ models/moco_pass.yaml:70:16
%2266 = mul %2263, %2265 : f32[224,12] @ models/moco_pass.yaml:70:16
%2267 = eq %1811, %999 : bool[224,12] @ models/moco_pass.yaml:70:16
%2268 = select %2267, %2266, %999 : f32[224,12] @ models/moco_pass.yaml:70:16
%2269 = gt %1811, %999 : bool[224,12] @ models/moco_pass.yaml:70:16
%2270 = select %2269, %2263, %2268 : f32[224,12] @ models/moco_pass.yaml:70:16
%2271 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,224] @ models/moco_pass.yaml:84:27
%2272 = reshape %2270 : f32[224,12] @ models/moco_pass.yaml:84:27
%2273 = matmul %2271, %2272 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2274 = reshape %2273 : f32[1,12] @ models/moco_pass.yaml:84:27
%2275 = reshape %2274 : f32[12] @ models/moco_pass.yaml:84:27
%2276 = mul %2270, %1808 : f32[224,12] @ models/moco_pass.yaml:84:18
%2277 = mul %2270, %1807 : f32[224,12] @ models/moco_pass.yaml:84:18
%2278 = reshape %2277 : f32[224,12] @ models/moco_pass.yaml:84:18
%2279 = matmul %2271, %2278 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2280 = reshape %2279 : f32[1,12] @ models/moco_pass.yaml:84:18
%2281 = reshape %2280 : f32[12] @ models/moco_pass.yaml:84:18
%2282 = reshape %2276 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2283 = mul %2282, %1805 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2284 = mul %2282, %1798 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2285 = reduce_sum %2284 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2286 = mul %1804, %1804 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2287 = mul %1804, %2286 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2288 = broadcast %2246 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2289 = mul %2287, %2288 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2290 = mul %2285, %2289 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2291 = all_reduce_sum %2290 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2292 = div %2291, %978 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2293 = broadcast %2292 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2294 = mul %2293, %1798 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2295 = add %2283, %2294 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2296 = add %2295, %2294 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2297 = neg %2296 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2298 = reduce_sum %2297 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2299 = all_reduce_sum %2298 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2300 = div %2299, %978 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2301 = broadcast %2300 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2302 = add %2296, %2301 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2303 = reshape %2302 : f32[224,12] @ models/moco_pass.yaml:79:13
%2304 = matmul %2303, %85 ta=0 tb=0 : f32[224,6] @ models/lib/nn.yaml:83:15
%2305 = matmul %2303, %1791 ta=1 tb=0 : f32[12,6] @ models/lib/nn.yaml:83:15
%2306 = reshape %2304 : f32[2,112,6] @ models/moco_pass.yaml:83:13
%2307 = mul %2306, %1789 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2308 = mul %2306, %1782 : f32[2,112,6] @ models/moco_pass.yaml:83:23
%2309 = reduce_sum %2308 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2310 = mul %1788, %1788 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2311 = mul %1788, %2310 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2312 = mul %2311, %2247 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2313 = mul %2309, %2312 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2314 = all_reduce_sum %2313 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2315 = div %2314, %1025 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2316 = broadcast %2315 : f32[2,112,6] @ models/moco_pass.yaml:82:25
%2317 = mul %2316, %1782 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2318 = add %2307, %2317 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2319 = add %2318, %2317 : f32[2,112,6] @ models/moco_pass.yaml:82:32
%2320 = neg %2319 : f32[2,112,6] @ models/moco_pass.yaml:81:15
%2321 = reduce_sum %2320 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2322 = all_reduce_sum %2321 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2323 = div %2322, %1025 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2324 = broadcast %2323 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2325 = add %2319, %2324 : f32[2,112,6] @ models/moco_pass.yaml:80:24
%2326 = reshape %2325 : f32[224,6] @ models/moco_pass.yaml:79:13
%2327 = matmul %2326, %84 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2328 = matmul %2326, %1775 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2329 = mul %2327, %2265 : f32[224,12] @ models/moco_pass.yaml:70:16
%2330 = eq %1774, %999 : bool[224,12] @ models/moco_pass.yaml:70:16
%2331 = select %2330, %2329, %999 : f32[224,12] @ models/moco_pass.yaml:70:16
%2332 = gt %1774, %999 : bool[224,12] @ models/moco_pass.yaml:70:16
%2333 = select %2332, %2327, %2331 : f32[224,12] @ models/moco_pass.yaml:70:16
%2334 = reshape %2333 : f32[224,12] @ models/moco_pass.yaml:84:27
%2335 = matmul %2271, %2334 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2336 = reshape %2335 : f32[1,12] @ models/moco_pass.yaml:84:27
%2337 = reshape %2336 : f32[12] @ models/moco_pass.yaml:84:27
%2338 = mul %2333, %1771 : f32[224,12] @ models/moco_pass.yaml:84:18
%2339 = mul %2333, %1770 : f32[224,12] @ models/moco_pass.yaml:84:18
%2340 = reshape %2339 : f32[224,12] @ models/moco_pass.yaml:84:18
%2341 = matmul %2271, %2340 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2342 = reshape %2341 : f32[1,12] @ models/moco_pass.yaml:84:18
%2343 = reshape %2342 : f32[12] @ models/moco_pass.yaml:84:18
%2344 = reshape %2338 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2345 = mul %2344, %1768 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2346 = mul %2344, %1761 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2347 = reduce_sum %2346 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2348 = mul %1767, %1767 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2349 = mul %1767, %2348 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2350 = mul %2349, %2288 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2351 = mul %2347, %2350 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2352 = all_reduce_sum %2351 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2353 = div %2352, %978 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2354 = broadcast %2353 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2355 = mul %2354, %1761 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2356 = add %2345, %2355 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2357 = add %2356, %2355 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2358 = neg %2357 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2359 = reduce_sum %2358 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2360 = all_reduce_sum %2359 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2361 = div %2360, %978 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2362 = broadcast %2361 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2363 = add %2357, %2362 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2364 = reshape %2363 : f32[224,12] @ models/moco_pass.yaml:79:13
%2365 = matmul %2364, %81 ta=0 tb=0 : f32[224,12] @ models/lib/nn.yaml:83:15
%2366 = matmul %2364, %1754 ta=1 tb=0 : f32[12,12] @ models/lib/nn.yaml:83:15
%2367 = mul %2365, %2265 : f32[224,12] @ models/moco_pass.yaml:70:16
%2368 = eq %1753, %999 : bool[224,12] @ models/moco_pass.yaml:70:16
%2369 = select %2368, %2367, %999 : f32[224,12] @ models/moco_pass.yaml:70:16
%2370 = gt %1753, %999 : bool[224,12] @ models/moco_pass.yaml:70:16
%2371 = select %2370, %2365, %2369 : f32[224,12] @ models/moco_pass.yaml:70:16
%2372 = reshape %2371 : f32[224,12] @ models/moco_pass.yaml:84:27
%2373 = matmul %2271, %2372 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:27
%2374 = reshape %2373 : f32[1,12] @ models/moco_pass.yaml:84:27
%2375 = reshape %2374 : f32[12] @ models/moco_pass.yaml:84:27
%2376 = mul %2371, %1750 : f32[224,12] @ models/moco_pass.yaml:84:18
%2377 = mul %2371, %1749 : f32[224,12] @ models/moco_pass.yaml:84:18
%2378 = reshape %2377 : f32[224,12] @ models/moco_pass.yaml:84:18
%2379 = matmul %2271, %2378 ta=0 tb=0 : f32[1,12] @ models/moco_pass.yaml:84:18
%2380 = reshape %2379 : f32[1,12] @ models/moco_pass.yaml:84:18
%2381 = reshape %2380 : f32[12] @ models/moco_pass.yaml:84:18
%2382 = reshape %2376 : f32[2,112,12] @ models/moco_pass.yaml:83:13
%2383 = mul %2382, %1747 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2384 = mul %2382, %1740 : f32[2,112,12] @ models/moco_pass.yaml:83:23
%2385 = reduce_sum %2384 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2386 = mul %1746, %1746 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2387 = mul %1746, %2386 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2388 = mul %2387, %2288 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2389 = mul %2385, %2388 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2390 = all_reduce_sum %2389 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2391 = div %2390, %978 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2392 = broadcast %2391 : f32[2,112,12] @ models/moco_pass.yaml:82:25
%2393 = mul %2392, %1740 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2394 = add %2383, %2393 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2395 = add %2394, %2393 : f32[2,112,12] @ models/moco_pass.yaml:82:32
%2396 = neg %2395 : f32[2,112,12] @ models/moco_pass.yaml:81:15
%2397 = reduce_sum %2396 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2398 = all_reduce_sum %2397 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2399 = div %2398, %978 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2400 = broadcast %2399 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2401 = add %2395, %2400 : f32[2,112,12] @ models/moco_pass.yaml:80:24
%2402 = reshape %2401 : f32[224,12] @ models/moco_pass.yaml:79:13
%2403 = matmul %2402, %78 ta=0 tb=0 : f32[224,16] @ models/lib/nn.yaml:83:15
%2404 = matmul %2402, %1733 ta=1 tb=0 : f32[12,16] @ models/lib/nn.yaml:83:15
%2405 = reshape %2403 : f32[14,16,16] @ models/moco_pass.yaml:131:49
%2406 = reshape %2239 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%2407 = mul %2406, %1729 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2408 = mul %2406, %1722 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2409 = reduce_sum %2408 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2410 = mul %1728, %1728 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2411 = mul %1728, %2410 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2412 = broadcast %2246 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2413 = mul %2411, %2412 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2414 = mul %2409, %2413 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2415 = all_reduce_sum %2414 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2416 = div %2415, %1090 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2417 = broadcast %2416 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%2418 = mul %2417, %1722 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2419 = add %2407, %2418 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2420 = add %2419, %2418 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2421 = neg %2420 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2422 = reduce_sum %2421 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2423 = all_reduce_sum %2422 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2424 = div %2423, %1090 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2425 = broadcast %2424 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2426 = add %2420, %2425 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2427 = reshape %2426 : f32[14,8] @ models/moco_pass.yaml:79:13
%2428 = matmul %2427, %77 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2429 = matmul %2427, %1715 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2430 = broadcast %301 : f32[14,24] @ models/moco_pass.yaml:70:16
%2431 = mul %2428, %2430 : f32[14,24] @ models/moco_pass.yaml:70:16
%2432 = eq %1714, %1064 : bool[14,24] @ models/moco_pass.yaml:70:16
%2433 = select %2432, %2431, %1064 : f32[14,24] @ models/moco_pass.yaml:70:16
%2434 = gt %1714, %1064 : bool[14,24] @ models/moco_pass.yaml:70:16
%2435 = select %2434, %2428, %2433 : f32[14,24] @ models/moco_pass.yaml:70:16
%2436 = reduce_sum %2435 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2437 = reshape %2436 : f32[24] @ models/moco_pass.yaml:84:27
%2438 = mul %2435, %1711 : f32[14,24] @ models/moco_pass.yaml:84:18
%2439 = mul %2435, %1710 : f32[14,24] @ models/moco_pass.yaml:84:18
%2440 = reduce_sum %2439 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2441 = reshape %2440 : f32[24] @ models/moco_pass.yaml:84:18
%2442 = reshape %2438 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2443 = mul %2442, %1708 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2444 = mul %2442, %1701 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2445 = reduce_sum %2444 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2446 = mul %1707, %1707 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2447 = mul %1707, %2446 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2448 = broadcast %2246 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2449 = mul %2447, %2448 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2450 = mul %2445, %2449 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2451 = all_reduce_sum %2450 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2452 = div %2451, %1045 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2453 = broadcast %2452 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2454 = mul %2453, %1701 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2455 = add %2443, %2454 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2456 = add %2455, %2454 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2457 = neg %2456 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2458 = reduce_sum %2457 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2459 = all_reduce_sum %2458 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2460 = div %2459, %1045 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2461 = broadcast %2460 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2462 = add %2456, %2461 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2463 = reshape %2462 : f32[14,24] @ models/moco_pass.yaml:79:13
%2464 = matmul %2463, %74 ta=0 tb=0 : f32[14,8] @ models/lib/nn.yaml:83:15
%2465 = matmul %2463, %1694 ta=1 tb=0 : f32[24,8] @ models/lib/nn.yaml:83:15
%2466 = reshape %2464 : f32[2,7,8] @ models/moco_pass.yaml:83:13
%2467 = mul %2466, %1692 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2468 = mul %2466, %1685 : f32[2,7,8] @ models/moco_pass.yaml:83:23
%2469 = reduce_sum %2468 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2470 = mul %1691, %1691 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2471 = mul %1691, %2470 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2472 = mul %2471, %2412 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2473 = mul %2469, %2472 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2474 = all_reduce_sum %2473 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2475 = div %2474, %1090 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2476 = broadcast %2475 : f32[2,7,8] @ models/moco_pass.yaml:82:25
%2477 = mul %2476, %1685 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2478 = add %2467, %2477 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2479 = add %2478, %2477 : f32[2,7,8] @ models/moco_pass.yaml:82:32
%2480 = neg %2479 : f32[2,7,8] @ models/moco_pass.yaml:81:15
%2481 = reduce_sum %2480 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2482 = all_reduce_sum %2481 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2483 = div %2482, %1090 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2484 = broadcast %2483 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2485 = add %2479, %2484 : f32[2,7,8] @ models/moco_pass.yaml:80:24
%2486 = reshape %2485 : f32[14,8] @ models/moco_pass.yaml:79:13
%2487 = matmul %2486, %73 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2488 = matmul %2486, %1678 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2489 = mul %2487, %2430 : f32[14,24] @ models/moco_pass.yaml:70:16
%2490 = eq %1677, %1064 : bool[14,24] @ models/moco_pass.yaml:70:16
%2491 = select %2490, %2489, %1064 : f32[14,24] @ models/moco_pass.yaml:70:16
%2492 = gt %1677, %1064 : bool[14,24] @ models/moco_pass.yaml:70:16
%2493 = select %2492, %2487, %2491 : f32[14,24] @ models/moco_pass.yaml:70:16
%2494 = reduce_sum %2493 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2495 = reshape %2494 : f32[24] @ models/moco_pass.yaml:84:27
%2496 = mul %2493, %1674 : f32[14,24] @ models/moco_pass.yaml:84:18
%2497 = mul %2493, %1673 : f32[14,24] @ models/moco_pass.yaml:84:18
%2498 = reduce_sum %2497 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2499 = reshape %2498 : f32[24] @ models/moco_pass.yaml:84:18
%2500 = reshape %2496 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2501 = mul %2500, %1671 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2502 = mul %2500, %1664 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2503 = reduce_sum %2502 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2504 = mul %1670, %1670 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2505 = mul %1670, %2504 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2506 = mul %2505, %2448 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2507 = mul %2503, %2506 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2508 = all_reduce_sum %2507 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2509 = div %2508, %1045 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2510 = broadcast %2509 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2511 = mul %2510, %1664 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2512 = add %2501, %2511 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2513 = add %2512, %2511 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2514 = neg %2513 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2515 = reduce_sum %2514 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2516 = all_reduce_sum %2515 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2517 = div %2516, %1045 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2518 = broadcast %2517 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2519 = add %2513, %2518 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2520 = reshape %2519 : f32[14,24] @ models/moco_pass.yaml:79:13
%2521 = matmul %2520, %70 ta=0 tb=0 : f32[14,24] @ models/lib/nn.yaml:83:15
%2522 = matmul %2520, %1657 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2523 = mul %2521, %2430 : f32[14,24] @ models/moco_pass.yaml:70:16
%2524 = eq %1656, %1064 : bool[14,24] @ models/moco_pass.yaml:70:16
%2525 = select %2524, %2523, %1064 : f32[14,24] @ models/moco_pass.yaml:70:16
%2526 = gt %1656, %1064 : bool[14,24] @ models/moco_pass.yaml:70:16
%2527 = select %2526, %2521, %2525 : f32[14,24] @ models/moco_pass.yaml:70:16
%2528 = reduce_sum %2527 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2529 = reshape %2528 : f32[24] @ models/moco_pass.yaml:84:27
%2530 = mul %2527, %1653 : f32[14,24] @ models/moco_pass.yaml:84:18
%2531 = mul %2527, %1652 : f32[14,24] @ models/moco_pass.yaml:84:18
%2532 = reduce_sum %2531 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2533 = reshape %2532 : f32[24] @ models/moco_pass.yaml:84:18
%2534 = reshape %2530 : f32[2,7,24] @ models/moco_pass.yaml:83:13
%2535 = mul %2534, %1650 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2536 = mul %2534, %1643 : f32[2,7,24] @ models/moco_pass.yaml:83:23
%2537 = reduce_sum %2536 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2538 = mul %1649, %1649 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2539 = mul %1649, %2538 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2540 = mul %2539, %2448 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2541 = mul %2537, %2540 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2542 = all_reduce_sum %2541 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2543 = div %2542, %1045 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2544 = broadcast %2543 : f32[2,7,24] @ models/moco_pass.yaml:82:25
%2545 = mul %2544, %1643 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2546 = add %2535, %2545 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2547 = add %2546, %2545 : f32[2,7,24] @ models/moco_pass.yaml:82:32
%2548 = neg %2547 : f32[2,7,24] @ models/moco_pass.yaml:81:15
%2549 = reduce_sum %2548 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2550 = all_reduce_sum %2549 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2551 = div %2550, %1045 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2552 = broadcast %2551 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2553 = add %2547, %2552 : f32[2,7,24] @ models/moco_pass.yaml:80:24
%2554 = reshape %2553 : f32[14,24] @ models/moco_pass.yaml:79:13
%2555 = matmul %2554, %67 ta=0 tb=0 : f32[14,16] @ models/lib/nn.yaml:83:15
%2556 = matmul %2554, %1636 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2557 = reshape %2555 : f32[14,1,16] @ models/moco_pass.yaml:130:38
%2558 = concat %2557, %2405 axis=1 : f32[14,17,16] @ models/moco_pass.yaml:130:38
%2559 = const data=[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1] : f32[1,238] @ models/lib/nn.yaml:96:46
%2560 = reshape %2558 : f32[238,16] @ models/lib/nn.yaml:96:46
%2561 = matmul %2559, %2560 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2562 = reshape %2561 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2563 = reshape %2562 : f32[16] @ models/lib/nn.yaml:96:46
%2564 = mul %2558, %1631 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2565 = mul %2558, %1630 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2566 = reshape %2565 : f32[238,16] @ models/lib/nn.yaml:96:37
%2567 = matmul %2559, %2566 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2568 = reshape %2567 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2569 = reshape %2568 : f32[16] @ models/lib/nn.yaml:96:37
%2570 = mul %2564, %1629 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2571 = mul %2564, %1623 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2572 = reduce_sum %2571 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2573 = mul %1628, %1628 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2574 = mul %1628, %2573 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2575 = broadcast %2246 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2576 = mul %2574, %2575 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2577 = mul %2572, %2576 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2578 = div %2577, %710 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2579 = broadcast %2578 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2580 = mul %2579, %1623 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2581 = add %2570, %2580 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2582 = add %2581, %2580 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2583 = neg %2582 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2584 = reduce_sum %2583 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2585 = div %2584, %710 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2586 = broadcast %2585 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2587 = add %2582, %2586 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2588 = slice %2587 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:111:21
%2589 = slice %2587 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:111:21
%2590 = reduce_sum %2588 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2591 = reshape %2590 : f32[16] @ models/lib/nn.yaml:84:18
%2592 = matmul %2588, %63 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2593 = reshape %1614 : f32[14,64] @ models/lib/nn.yaml:83:15
%2594 = reshape %2588 : f32[14,16] @ models/lib/nn.yaml:83:15
%2595 = matmul %2594, %2593 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2596 = mul %2592, %1613 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2597 = mul %2592, %1610 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2598 = mul %1611, %1611 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2599 = neg %2598 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2600 = exp %2599 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2601 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2602 = broadcast %2601 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2603 = mul %2600, %2602 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2604 = mul %2597, %2603 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2605 = mul %2604, %826 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2606 = mul %2596, %824 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2607 = add %2605, %2606 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2608 = reduce_sum %2607 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2609 = reshape %2608 : f32[64] @ models/lib/nn.yaml:84:18
%2610 = matmul %2607, %61 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2611 = reshape %1606 : f32[14,16] @ models/lib/nn.yaml:83:15
%2612 = reshape %2607 : f32[14,64] @ models/lib/nn.yaml:83:15
%2613 = matmul %2612, %2611 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2614 = reduce_sum %2610 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2615 = reshape %2614 : f32[16] @ models/lib/nn.yaml:96:46
%2616 = mul %2610, %1603 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2617 = mul %2610, %1602 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2618 = reduce_sum %2617 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2619 = reshape %2618 : f32[16] @ models/lib/nn.yaml:96:37
%2620 = mul %2616, %1601 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2621 = mul %2616, %1595 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2622 = reduce_sum %2621 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2623 = mul %1600, %1600 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2624 = mul %1600, %2623 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2625 = broadcast %2246 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2626 = mul %2624, %2625 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2627 = mul %2622, %2626 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2628 = div %2627, %805 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2629 = broadcast %2628 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2630 = mul %2629, %1595 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2631 = add %2620, %2630 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2632 = add %2631, %2630 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2633 = add %2588, %2632 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2634 = neg %2632 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2635 = reduce_sum %2634 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2636 = div %2635, %805 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2637 = broadcast %2636 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2638 = add %2633, %2637 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2639 = reduce_sum %2638 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2640 = reshape %2639 : f32[16] @ models/lib/nn.yaml:84:18
%2641 = matmul %2638, %57 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2642 = reshape %1586 : f32[14,16] @ models/lib/nn.yaml:83:15
%2643 = reshape %2638 : f32[14,16] @ models/lib/nn.yaml:83:15
%2644 = matmul %2643, %2642 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2645 = reshape %2641 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2646 = permute %2645 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2647 = permute %1530 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2648 = slice %2646 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2649 = broadcast %2648 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2650 = slice %2647 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2651 = mul %2649, %2650 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2652 = slice %2646 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2653 = broadcast %2652 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2654 = slice %2647 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2655 = mul %2653, %2654 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2656 = add %2651, %2655 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2657 = slice %2646 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2658 = broadcast %2657 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2659 = slice %2647 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2660 = mul %2658, %2659 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2661 = add %2656, %2660 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2662 = slice %2646 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2663 = broadcast %2662 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2664 = slice %2647 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2665 = mul %2663, %2664 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2666 = add %2661, %2665 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2667 = slice %2646 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2668 = broadcast %2667 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2669 = slice %2647 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2670 = mul %2668, %2669 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2671 = add %2666, %2670 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2672 = slice %2646 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2673 = broadcast %2672 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2674 = slice %2647 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2675 = mul %2673, %2674 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2676 = add %2671, %2675 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2677 = slice %2646 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2678 = broadcast %2677 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2679 = slice %2647 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2680 = mul %2678, %2679 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2681 = add %2676, %2680 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2682 = slice %2646 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2683 = broadcast %2682 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2684 = slice %2647 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2685 = mul %2683, %2684 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2686 = add %2681, %2685 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2687 = permute %1579 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2688 = broadcast %2687 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2689 = broadcast %2646 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2690 = mul %2688, %2689 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2691 = div %2686, %1578 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2692 = mul %2691, %1579 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2693 = neg %2692 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2694 = reduce_sum %2693 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2695 = broadcast %2694 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2696 = add %2691, %2695 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2697 = mul %2696, %1576 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2698 = mul %2697, %782 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2699 = reshape %2698 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2700 = broadcast %2699 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2701 = reshape %1525 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2702 = broadcast %2701 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2703 = mul %2700, %2702 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2704 = reduce_sum %2703 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2705 = permute %2698 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2706 = broadcast %2705 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2707 = broadcast %1520 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2708 = mul %2706, %2707 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2709 = permute %2690 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2710 = reshape %2709 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2711 = reshape %2710 : f32[238,16] @ models/lib/nn.yaml:84:18
%2712 = matmul %2559, %2711 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2713 = reshape %2712 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2714 = reshape %2713 : f32[16] @ models/lib/nn.yaml:84:18
%2715 = matmul %2710, %55 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2716 = reshape %1514 : f32[238,16] @ models/lib/nn.yaml:83:15
%2717 = reshape %2709 : f32[238,16] @ models/lib/nn.yaml:83:15
%2718 = matmul %2717, %2716 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2719 = permute %2708 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2720 = reshape %2719 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2721 = reshape %2720 : f32[238,16] @ models/lib/nn.yaml:84:18
%2722 = matmul %2559, %2721 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2723 = reshape %2722 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2724 = reshape %2723 : f32[16] @ models/lib/nn.yaml:84:18
%2725 = matmul %2720, %53 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2726 = add %2715, %2725 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2727 = reshape %2719 : f32[238,16] @ models/lib/nn.yaml:83:15
%2728 = matmul %2727, %2716 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2729 = permute %2704 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2730 = reshape %2729 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2731 = reduce_sum %2730 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2732 = reshape %2731 : f32[16] @ models/lib/nn.yaml:84:18
%2733 = matmul %2730, %51 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2734 = reshape %1515 : f32[14,16] @ models/lib/nn.yaml:83:15
%2735 = reshape %2729 : f32[14,16] @ models/lib/nn.yaml:83:15
%2736 = matmul %2735, %2734 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2737 = pad %2733 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2738 = add %2726, %2737 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2739 = reshape %2738 : f32[238,16] @ models/lib/nn.yaml:96:46
%2740 = matmul %2559, %2739 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2741 = reshape %2740 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2742 = reshape %2741 : f32[16] @ models/lib/nn.yaml:96:46
%2743 = mul %2738, %1511 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2744 = mul %2738, %1510 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2745 = reshape %2744 : f32[238,16] @ models/lib/nn.yaml:96:37
%2746 = matmul %2559, %2745 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2747 = reshape %2746 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2748 = reshape %2747 : f32[16] @ models/lib/nn.yaml:96:37
%2749 = mul %2743, %1509 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2750 = mul %2743, %1503 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2751 = reduce_sum %2750 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2752 = mul %1508, %1508 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2753 = mul %1508, %2752 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2754 = mul %2753, %2575 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2755 = mul %2751, %2754 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2756 = div %2755, %710 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2757 = broadcast %2756 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2758 = mul %2757, %1503 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2759 = add %2749, %2758 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2760 = add %2759, %2758 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2761 = neg %2760 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2762 = reduce_sum %2761 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2763 = div %2762, %710 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2764 = broadcast %2763 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2765 = add %2760, %2764 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2766 = slice %2765 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2767 = add %2638, %2766 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2768 = slice %2765 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2769 = add %2589, %2768 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2770 = reduce_sum %2767 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2771 = reshape %2770 : f32[16] @ models/lib/nn.yaml:84:18
%2772 = matmul %2767, %47 ta=0 tb=0 : f32[14,1,64] @ models/lib/nn.yaml:83:15
%2773 = reshape %1494 : f32[14,64] @ models/lib/nn.yaml:83:15
%2774 = reshape %2767 : f32[14,16] @ models/lib/nn.yaml:83:15
%2775 = matmul %2774, %2773 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2776 = mul %2772, %1493 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2777 = mul %2772, %1490 : f32[14,1,64] @ models/lib/nn.yaml:27:24
%2778 = mul %1491, %1491 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2779 = neg %2778 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2780 = exp %2779 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2781 = mul %2780, %2602 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2782 = mul %2777, %2781 : f32[14,1,64] @ models/lib/nn.yaml:27:31
%2783 = mul %2782, %826 : f32[14,1,64] @ models/lib/nn.yaml:27:37
%2784 = mul %2776, %824 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2785 = add %2783, %2784 : f32[14,1,64] @ models/lib/nn.yaml:27:20
%2786 = reduce_sum %2785 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2787 = reshape %2786 : f32[64] @ models/lib/nn.yaml:84:18
%2788 = matmul %2785, %45 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2789 = reshape %1486 : f32[14,16] @ models/lib/nn.yaml:83:15
%2790 = reshape %2785 : f32[14,64] @ models/lib/nn.yaml:83:15
%2791 = matmul %2790, %2789 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2792 = reduce_sum %2788 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2793 = reshape %2792 : f32[16] @ models/lib/nn.yaml:96:46
%2794 = mul %2788, %1483 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2795 = mul %2788, %1482 : f32[14,1,16] @ models/lib/nn.yaml:96:37
%2796 = reduce_sum %2795 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2797 = reshape %2796 : f32[16] @ models/lib/nn.yaml:96:37
%2798 = mul %2794, %1481 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2799 = mul %2794, %1475 : f32[14,1,16] @ models/lib/nn.yaml:96:18
%2800 = reduce_sum %2799 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:96:18
%2801 = mul %1480, %1480 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2802 = mul %1480, %2801 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2803 = mul %2802, %2625 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2804 = mul %2800, %2803 : f32[14,1,1] @ models/lib/nn.yaml:96:20
%2805 = div %2804, %805 : f32[14,1,1] @ models/lib/nn.yaml:95:15
%2806 = broadcast %2805 : f32[14,1,16] @ models/lib/nn.yaml:95:15
%2807 = mul %2806, %1475 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2808 = add %2798, %2807 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2809 = add %2808, %2807 : f32[14,1,16] @ models/lib/nn.yaml:95:22
%2810 = add %2767, %2809 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2811 = neg %2809 : f32[14,1,16] @ models/lib/nn.yaml:94:15
%2812 = reduce_sum %2811 axes=[2] keep=1 : f32[14,1,1] @ models/lib/nn.yaml:94:15
%2813 = div %2812, %805 : f32[14,1,1] @ models/lib/nn.yaml:93:14
%2814 = broadcast %2813 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2815 = add %2810, %2814 : f32[14,1,16] @ models/lib/nn.yaml:93:14
%2816 = reduce_sum %2815 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2817 = reshape %2816 : f32[16] @ models/lib/nn.yaml:84:18
%2818 = matmul %2815, %41 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2819 = reshape %1466 : f32[14,16] @ models/lib/nn.yaml:83:15
%2820 = reshape %2815 : f32[14,16] @ models/lib/nn.yaml:83:15
%2821 = matmul %2820, %2819 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2822 = reshape %2818 : f32[14,1,2,8] @ models/lib/nn.yaml:57:16
%2823 = permute %2822 perm=[0,2,1,3] : f32[14,2,1,8] @ models/lib/nn.yaml:56:13
%2824 = permute %1410 perm=[0,1,3,2] : f32[14,2,8,17] @ models/lib/nn.yaml:56:23
%2825 = slice %2823 lo=[0,0,0,0] hi=[14,2,1,1] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2826 = broadcast %2825 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2827 = slice %2824 lo=[0,0,0,0] hi=[14,2,1,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2828 = mul %2826, %2827 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2829 = slice %2823 lo=[0,0,0,1] hi=[14,2,1,2] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2830 = broadcast %2829 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2831 = slice %2824 lo=[0,0,1,0] hi=[14,2,2,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2832 = mul %2830, %2831 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2833 = add %2828, %2832 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2834 = slice %2823 lo=[0,0,0,2] hi=[14,2,1,3] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2835 = broadcast %2834 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2836 = slice %2824 lo=[0,0,2,0] hi=[14,2,3,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2837 = mul %2835, %2836 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2838 = add %2833, %2837 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2839 = slice %2823 lo=[0,0,0,3] hi=[14,2,1,4] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2840 = broadcast %2839 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2841 = slice %2824 lo=[0,0,3,0] hi=[14,2,4,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2842 = mul %2840, %2841 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2843 = add %2838, %2842 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2844 = slice %2823 lo=[0,0,0,4] hi=[14,2,1,5] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2845 = broadcast %2844 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2846 = slice %2824 lo=[0,0,4,0] hi=[14,2,5,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2847 = mul %2845, %2846 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2848 = add %2843, %2847 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2849 = slice %2823 lo=[0,0,0,5] hi=[14,2,1,6] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2850 = broadcast %2849 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2851 = slice %2824 lo=[0,0,5,0] hi=[14,2,6,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2852 = mul %2850, %2851 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2853 = add %2848, %2852 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2854 = slice %2823 lo=[0,0,0,6] hi=[14,2,1,7] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2855 = broadcast %2854 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2856 = slice %2824 lo=[0,0,6,0] hi=[14,2,7,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2857 = mul %2855, %2856 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2858 = add %2853, %2857 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2859 = slice %2823 lo=[0,0,0,7] hi=[14,2,1,8] : f32[14,2,1,1] @ models/lib/nn.yaml:56:23
%2860 = broadcast %2859 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2861 = slice %2824 lo=[0,0,7,0] hi=[14,2,8,17] : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2862 = mul %2860, %2861 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2863 = add %2858, %2862 : f32[14,2,1,17] @ models/lib/nn.yaml:56:23
%2864 = permute %1459 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:56:23
%2865 = broadcast %2864 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2866 = broadcast %2823 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2867 = mul %2865, %2866 : f32[14,2,17,8] @ models/lib/nn.yaml:56:23
%2868 = div %2863, %1458 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2869 = mul %2868, %1459 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2870 = neg %2869 : f32[14,2,1,17] @ models/lib/nn.yaml:15:18
%2871 = reduce_sum %2870 axes=[3] keep=1 : f32[14,2,1,1] @ models/lib/nn.yaml:15:18
%2872 = broadcast %2871 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2873 = add %2868, %2872 : f32[14,2,1,17] @ models/lib/nn.yaml:15:20
%2874 = mul %2873, %1456 : f32[14,2,1,17] @ models/lib/nn.yaml:14:13
%2875 = mul %2874, %782 : f32[14,2,1,17] @ models/lib/nn.yaml:55:29
%2876 = reshape %2875 : f32[14,2,1,17,1] @ models/lib/nn.yaml:55:23
%2877 = broadcast %2876 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2878 = reshape %1405 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2879 = broadcast %2878 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2880 = mul %2877, %2879 : f32[14,2,1,17,8] @ models/lib/nn.yaml:55:23
%2881 = reduce_sum %2880 axes=[3] keep=0 : f32[14,2,1,8] @ models/lib/nn.yaml:55:23
%2882 = permute %2875 perm=[0,1,3,2] : f32[14,2,17,1] @ models/lib/nn.yaml:55:23
%2883 = broadcast %2882 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2884 = broadcast %1400 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2885 = mul %2883, %2884 : f32[14,2,17,8] @ models/lib/nn.yaml:55:23
%2886 = permute %2867 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:80:14
%2887 = reshape %2886 : f32[14,17,16] @ models/lib/vit.yaml:80:22
%2888 = reshape %2887 : f32[238,16] @ models/lib/nn.yaml:84:18
%2889 = matmul %2559, %2888 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2890 = reshape %2889 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2891 = reshape %2890 : f32[16] @ models/lib/nn.yaml:84:18
%2892 = matmul %2887, %39 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2893 = reshape %1394 : f32[238,16] @ models/lib/nn.yaml:83:15
%2894 = reshape %2886 : f32[238,16] @ models/lib/nn.yaml:83:15
%2895 = matmul %2894, %2893 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2896 = permute %2885 perm=[0,2,1,3] : f32[14,17,2,8] @ models/lib/vit.yaml:79:14
%2897 = reshape %2896 : f32[14,17,16] @ models/lib/vit.yaml:79:22
%2898 = reshape %2897 : f32[238,16] @ models/lib/nn.yaml:84:18
%2899 = matmul %2559, %2898 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2900 = reshape %2899 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2901 = reshape %2900 : f32[16] @ models/lib/nn.yaml:84:18
%2902 = matmul %2897, %37 ta=0 tb=0 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2903 = add %2892, %2902 : f32[14,17,16] @ models/lib/nn.yaml:83:15
%2904 = reshape %2896 : f32[238,16] @ models/lib/nn.yaml:83:15
%2905 = matmul %2904, %2893 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2906 = permute %2881 perm=[0,2,1,3] : f32[14,1,2,8] @ models/lib/vit.yaml:78:14
%2907 = reshape %2906 : f32[14,1,16] @ models/lib/vit.yaml:78:22
%2908 = reduce_sum %2907 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2909 = reshape %2908 : f32[16] @ models/lib/nn.yaml:84:18
%2910 = matmul %2907, %35 ta=0 tb=0 : f32[14,1,16] @ models/lib/nn.yaml:83:15
%2911 = reshape %1395 : f32[14,16] @ models/lib/nn.yaml:83:15
%2912 = reshape %2906 : f32[14,16] @ models/lib/nn.yaml:83:15
%2913 = matmul %2912, %2911 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2914 = pad %2910 lo=[0,0,0] hi=[0,16,0] value=0 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2915 = add %2903, %2914 : f32[14,17,16] @ models/lib/vit.yaml:78:33
%2916 = reshape %2915 : f32[238,16] @ models/lib/nn.yaml:96:46
%2917 = matmul %2559, %2916 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2918 = reshape %2917 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2919 = reshape %2918 : f32[16] @ models/lib/nn.yaml:96:46
%2920 = mul %2915, %1391 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2921 = mul %2915, %1390 : f32[14,17,16] @ models/lib/nn.yaml:96:37
%2922 = reshape %2921 : f32[238,16] @ models/lib/nn.yaml:96:37
%2923 = matmul %2559, %2922 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2924 = reshape %2923 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2925 = reshape %2924 : f32[16] @ models/lib/nn.yaml:96:37
%2926 = mul %2920, %1389 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2927 = mul %2920, %1383 : f32[14,17,16] @ models/lib/nn.yaml:96:18
%2928 = reduce_sum %2927 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:96:18
%2929 = mul %1388, %1388 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2930 = mul %1388, %2929 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2931 = mul %2930, %2575 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2932 = mul %2928, %2931 : f32[14,17,1] @ models/lib/nn.yaml:96:20
%2933 = div %2932, %710 : f32[14,17,1] @ models/lib/nn.yaml:95:15
%2934 = broadcast %2933 : f32[14,17,16] @ models/lib/nn.yaml:95:15
%2935 = mul %2934, %1383 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2936 = add %2926, %2935 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2937 = add %2936, %2935 : f32[14,17,16] @ models/lib/nn.yaml:95:22
%2938 = neg %2937 : f32[14,17,16] @ models/lib/nn.yaml:94:15
%2939 = reduce_sum %2938 axes=[2] keep=1 : f32[14,17,1] @ models/lib/nn.yaml:94:15
%2940 = div %2939, %710 : f32[14,17,1] @ models/lib/nn.yaml:93:14
%2941 = broadcast %2940 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2942 = add %2937, %2941 : f32[14,17,16] @ models/lib/nn.yaml:93:14
%2943 = slice %2942 lo=[0,0,0] hi=[14,1,16] : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2944 = add %2815, %2943 : f32[14,1,16] @ models/lib/vit.yaml:95:24
%2945 = slice %2942 lo=[0,1,0] hi=[14,17,16] : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2946 = add %2769, %2945 : f32[14,16,16] @ models/lib/vit.yaml:95:24
%2947 = reduce_sum %2944 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%2948 = mul %2946, %1375 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%2949 = div %2948, %1333 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%2950 = reshape %2949 : f32[224,16] @ models/lib/nn.yaml:84:18
%2951 = matmul %2271, %2950 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%2952 = reshape %2951 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2953 = reshape %2952 : f32[16] @ models/lib/nn.yaml:84:18
%2954 = matmul %2949, %30 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%2955 = reshape %1366 : f32[224,64] @ models/lib/nn.yaml:83:15
%2956 = reshape %2949 : f32[224,16] @ models/lib/nn.yaml:83:15
%2957 = matmul %2956, %2955 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2958 = mul %2954, %1365 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2959 = mul %2954, %1362 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%2960 = mul %1363, %1363 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2961 = neg %2960 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2962 = exp %2961 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2963 = broadcast %2601 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2964 = mul %2962, %2963 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2965 = mul %2959, %2964 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%2966 = mul %2965, %305 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%2967 = mul %2958, %302 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2968 = add %2966, %2967 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%2969 = reshape %2968 : f32[224,64] @ models/lib/nn.yaml:84:18
%2970 = matmul %2271, %2969 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%2971 = reshape %2970 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2972 = reshape %2971 : f32[64] @ models/lib/nn.yaml:84:18
%2973 = matmul %2968, %28 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%2974 = reshape %1358 : f32[224,16] @ models/lib/nn.yaml:83:15
%2975 = reshape %2968 : f32[224,64] @ models/lib/nn.yaml:83:15
%2976 = matmul %2975, %2974 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2977 = reshape %2973 : f32[224,16] @ models/lib/nn.yaml:96:46
%2978 = matmul %2271, %2977 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%2979 = reshape %2978 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2980 = reshape %2979 : f32[16] @ models/lib/nn.yaml:96:46
%2981 = mul %2973, %1355 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2982 = mul %2973, %1354 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%2983 = reshape %2982 : f32[224,16] @ models/lib/nn.yaml:96:37
%2984 = matmul %2271, %2983 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%2985 = reshape %2984 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2986 = reshape %2985 : f32[16] @ models/lib/nn.yaml:96:37
%2987 = mul %2981, %1353 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2988 = mul %2981, %1347 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%2989 = reduce_sum %2988 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%2990 = mul %1352, %1352 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2991 = mul %1352, %2990 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2992 = broadcast %2246 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2993 = mul %2991, %2992 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2994 = mul %2989, %2993 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%2995 = div %2994, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%2996 = broadcast %2995 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%2997 = mul %2996, %1347 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2998 = add %2987, %2997 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%2999 = add %2998, %2997 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3000 = add %2946, %2999 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3001 = neg %2999 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3002 = reduce_sum %3001 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3003 = div %3002, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3004 = broadcast %3003 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3005 = add %3000, %3004 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3006 = mul %3005, %1341 : f32[14,16,16] @ models/lib/nn.yaml:50:51
%3007 = div %3006, %1333 : f32[14,16,16] @ models/lib/nn.yaml:50:38
%3008 = reshape %3007 : f32[224,16] @ models/lib/nn.yaml:84:18
%3009 = matmul %2271, %3008 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3010 = reshape %3009 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3011 = reshape %3010 : f32[16] @ models/lib/nn.yaml:84:18
%3012 = matmul %3007, %24 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3013 = reshape %1327 : f32[224,16] @ models/lib/nn.yaml:83:15
%3014 = reshape %3007 : f32[224,16] @ models/lib/nn.yaml:83:15
%3015 = matmul %3014, %3013 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3016 = reshape %3012 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3017 = permute %3016 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3018 = permute %1263 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3019 = slice %3017 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3020 = broadcast %3019 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3021 = slice %3018 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3022 = broadcast %3021 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3023 = mul %3020, %3022 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3024 = slice %3017 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3025 = broadcast %3024 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3026 = slice %3018 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3027 = broadcast %3026 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3028 = mul %3025, %3027 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3029 = add %3023, %3028 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3030 = slice %3017 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3031 = broadcast %3030 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3032 = slice %3018 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3033 = broadcast %3032 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3034 = mul %3031, %3033 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3035 = add %3029, %3034 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3036 = slice %3017 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3037 = broadcast %3036 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3038 = slice %3018 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3039 = broadcast %3038 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3040 = mul %3037, %3039 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3041 = add %3035, %3040 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3042 = slice %3017 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3043 = broadcast %3042 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3044 = slice %3018 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3045 = broadcast %3044 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3046 = mul %3043, %3045 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3047 = add %3041, %3046 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3048 = slice %3017 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3049 = broadcast %3048 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3050 = slice %3018 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3051 = broadcast %3050 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3052 = mul %3049, %3051 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3053 = add %3047, %3052 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3054 = slice %3017 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3055 = broadcast %3054 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3056 = slice %3018 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3057 = broadcast %3056 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3058 = mul %3055, %3057 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3059 = add %3053, %3058 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3060 = slice %3017 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3061 = broadcast %3060 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3062 = slice %3018 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3063 = broadcast %3062 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3064 = mul %3061, %3063 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3065 = add %3059, %3064 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3066 = permute %1320 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3067 = reshape %3066 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3068 = broadcast %3067 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3069 = reshape %3017 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3070 = broadcast %3069 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3071 = mul %3068, %3070 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3072 = reduce_sum %3071 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3073 = div %3065, %1319 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3074 = mul %3073, %1320 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3075 = neg %3074 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3076 = reduce_sum %3075 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3077 = broadcast %3076 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3078 = add %3073, %3077 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3079 = mul %3078, %1317 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3080 = mul %3079, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3081 = reshape %3080 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3082 = broadcast %3081 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3083 = reshape %1261 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3084 = broadcast %3083 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3085 = mul %3082, %3084 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3086 = reduce_sum %3085 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3087 = permute %3080 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3088 = reshape %3087 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3089 = broadcast %3088 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3090 = reshape %1259 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3091 = broadcast %3090 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3092 = mul %3089, %3091 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3093 = reduce_sum %3092 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3094 = reshape %3072 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3095 = reshape %3093 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3096 = reshape %3086 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3097 = concat %3096, %3095, %3094 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3098 = permute %3097 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3099 = reshape %3098 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3100 = reshape %3099 : f32[224,48] @ models/lib/nn.yaml:84:18
%3101 = matmul %2271, %3100 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%3102 = reshape %3101 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3103 = reshape %3102 : f32[48] @ models/lib/nn.yaml:84:18
%3104 = matmul %3099, %22 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3105 = reshape %1252 : f32[224,16] @ models/lib/nn.yaml:83:15
%3106 = reshape %3098 : f32[224,48] @ models/lib/nn.yaml:83:15
%3107 = matmul %3106, %3105 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3108 = reshape %3104 : f32[224,16] @ models/lib/nn.yaml:96:46
%3109 = matmul %2271, %3108 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3110 = reshape %3109 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3111 = reshape %3110 : f32[16] @ models/lib/nn.yaml:96:46
%3112 = mul %3104, %1249 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3113 = mul %3104, %1248 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3114 = reshape %3113 : f32[224,16] @ models/lib/nn.yaml:96:37
%3115 = matmul %2271, %3114 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3116 = reshape %3115 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3117 = reshape %3116 : f32[16] @ models/lib/nn.yaml:96:37
%3118 = mul %3112, %1247 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3119 = mul %3112, %1241 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3120 = reduce_sum %3119 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3121 = mul %1246, %1246 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3122 = mul %1246, %3121 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3123 = mul %3122, %2992 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3124 = mul %3120, %3123 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3125 = div %3124, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3126 = broadcast %3125 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3127 = mul %3126, %1241 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3128 = add %3118, %3127 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3129 = add %3128, %3127 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3130 = add %3005, %3129 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3131 = neg %3129 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3132 = reduce_sum %3131 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3133 = div %3132, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3134 = broadcast %3133 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3135 = add %3130, %3134 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3136 = reshape %3135 : f32[224,16] @ models/lib/nn.yaml:84:18
%3137 = matmul %2271, %3136 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3138 = reshape %3137 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3139 = reshape %3138 : f32[16] @ models/lib/nn.yaml:84:18
%3140 = matmul %3135, %18 ta=0 tb=0 : f32[14,16,64] @ models/lib/nn.yaml:83:15
%3141 = reshape %1233 : f32[224,64] @ models/lib/nn.yaml:83:15
%3142 = reshape %3135 : f32[224,16] @ models/lib/nn.yaml:83:15
%3143 = matmul %3142, %3141 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%3144 = mul %3140, %1232 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3145 = mul %3140, %1229 : f32[14,16,64] @ models/lib/nn.yaml:27:24
%3146 = mul %1230, %1230 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3147 = neg %3146 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3148 = exp %3147 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3149 = mul %3148, %2963 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3150 = mul %3145, %3149 : f32[14,16,64] @ models/lib/nn.yaml:27:31
%3151 = mul %3150, %305 : f32[14,16,64] @ models/lib/nn.yaml:27:37
%3152 = mul %3144, %302 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3153 = add %3151, %3152 : f32[14,16,64] @ models/lib/nn.yaml:27:20
%3154 = reshape %3153 : f32[224,64] @ models/lib/nn.yaml:84:18
%3155 = matmul %2271, %3154 ta=0 tb=0 : f32[1,64] @ models/lib/nn.yaml:84:18
%3156 = reshape %3155 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%3157 = reshape %3156 : f32[64] @ models/lib/nn.yaml:84:18
%3158 = matmul %3153, %16 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3159 = reshape %1225 : f32[224,16] @ models/lib/nn.yaml:83:15
%3160 = reshape %3153 : f32[224,64] @ models/lib/nn.yaml:83:15
%3161 = matmul %3160, %3159 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%3162 = reshape %3158 : f32[224,16] @ models/lib/nn.yaml:96:46
%3163 = matmul %2271, %3162 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3164 = reshape %3163 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3165 = reshape %3164 : f32[16] @ models/lib/nn.yaml:96:46
%3166 = mul %3158, %1222 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3167 = mul %3158, %1221 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3168 = reshape %3167 : f32[224,16] @ models/lib/nn.yaml:96:37
%3169 = matmul %2271, %3168 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3170 = reshape %3169 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3171 = reshape %3170 : f32[16] @ models/lib/nn.yaml:96:37
%3172 = mul %3166, %1220 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3173 = mul %3166, %1214 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3174 = reduce_sum %3173 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3175 = mul %1219, %1219 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3176 = mul %1219, %3175 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3177 = mul %3176, %2992 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3178 = mul %3174, %3177 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3179 = div %3178, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3180 = broadcast %3179 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3181 = mul %3180, %1214 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3182 = add %3172, %3181 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3183 = add %3182, %3181 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3184 = add %3135, %3183 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3185 = neg %3183 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3186 = reduce_sum %3185 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3187 = div %3186, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3188 = broadcast %3187 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3189 = add %3184, %3188 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3190 = reshape %3189 : f32[224,16] @ models/lib/nn.yaml:84:18
%3191 = matmul %2271, %3190 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:84:18
%3192 = reshape %3191 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%3193 = reshape %3192 : f32[16] @ models/lib/nn.yaml:84:18
%3194 = matmul %3189, %12 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3195 = reshape %1205 : f32[224,16] @ models/lib/nn.yaml:83:15
%3196 = reshape %3189 : f32[224,16] @ models/lib/nn.yaml:83:15
%3197 = matmul %3196, %3195 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%3198 = reshape %3194 : f32[14,16,2,8] @ models/lib/nn.yaml:57:16
%3199 = permute %3198 perm=[0,2,1,3] : f32[14,2,16,8] @ models/lib/nn.yaml:56:13
%3200 = permute %1141 perm=[0,1,3,2] : f32[14,2,8,16] @ models/lib/nn.yaml:56:23
%3201 = slice %3199 lo=[0,0,0,0] hi=[14,2,16,1] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3202 = broadcast %3201 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3203 = slice %3200 lo=[0,0,0,0] hi=[14,2,1,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3204 = broadcast %3203 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3205 = mul %3202, %3204 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3206 = slice %3199 lo=[0,0,0,1] hi=[14,2,16,2] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3207 = broadcast %3206 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3208 = slice %3200 lo=[0,0,1,0] hi=[14,2,2,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3209 = broadcast %3208 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3210 = mul %3207, %3209 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3211 = add %3205, %3210 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3212 = slice %3199 lo=[0,0,0,2] hi=[14,2,16,3] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3213 = broadcast %3212 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3214 = slice %3200 lo=[0,0,2,0] hi=[14,2,3,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3215 = broadcast %3214 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3216 = mul %3213, %3215 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3217 = add %3211, %3216 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3218 = slice %3199 lo=[0,0,0,3] hi=[14,2,16,4] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3219 = broadcast %3218 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3220 = slice %3200 lo=[0,0,3,0] hi=[14,2,4,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3221 = broadcast %3220 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3222 = mul %3219, %3221 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3223 = add %3217, %3222 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3224 = slice %3199 lo=[0,0,0,4] hi=[14,2,16,5] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3225 = broadcast %3224 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3226 = slice %3200 lo=[0,0,4,0] hi=[14,2,5,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3227 = broadcast %3226 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3228 = mul %3225, %3227 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3229 = add %3223, %3228 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3230 = slice %3199 lo=[0,0,0,5] hi=[14,2,16,6] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3231 = broadcast %3230 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3232 = slice %3200 lo=[0,0,5,0] hi=[14,2,6,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3233 = broadcast %3232 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3234 = mul %3231, %3233 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3235 = add %3229, %3234 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3236 = slice %3199 lo=[0,0,0,6] hi=[14,2,16,7] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3237 = broadcast %3236 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3238 = slice %3200 lo=[0,0,6,0] hi=[14,2,7,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3239 = broadcast %3238 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3240 = mul %3237, %3239 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3241 = add %3235, %3240 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3242 = slice %3199 lo=[0,0,0,7] hi=[14,2,16,8] : f32[14,2,16,1] @ models/lib/nn.yaml:56:23
%3243 = broadcast %3242 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3244 = slice %3200 lo=[0,0,7,0] hi=[14,2,8,16] : f32[14,2,1,16] @ models/lib/nn.yaml:56:23
%3245 = broadcast %3244 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3246 = mul %3243, %3245 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3247 = add %3241, %3246 : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3248 = permute %1198 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:56:23
%3249 = reshape %3248 : f32[14,2,16,16,1] @ models/lib/nn.yaml:56:23
%3250 = broadcast %3249 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3251 = reshape %3199 : f32[14,2,1,16,8] @ models/lib/nn.yaml:56:23
%3252 = broadcast %3251 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3253 = mul %3250, %3252 : f32[14,2,16,16,8] @ models/lib/nn.yaml:56:23
%3254 = reduce_sum %3253 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:56:23
%3255 = div %3247, %1197 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3256 = mul %3255, %1198 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3257 = neg %3256 : f32[14,2,16,16] @ models/lib/nn.yaml:15:18
%3258 = reduce_sum %3257 axes=[3] keep=1 : f32[14,2,16,1] @ models/lib/nn.yaml:15:18
%3259 = broadcast %3258 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3260 = add %3255, %3259 : f32[14,2,16,16] @ models/lib/nn.yaml:15:20
%3261 = mul %3260, %1195 : f32[14,2,16,16] @ models/lib/nn.yaml:14:13
%3262 = mul %3261, %261 : f32[14,2,16,16] @ models/lib/nn.yaml:55:29
%3263 = reshape %3262 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3264 = broadcast %3263 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3265 = reshape %1139 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3266 = broadcast %3265 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3267 = mul %3264, %3266 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3268 = reduce_sum %3267 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3269 = permute %3262 perm=[0,1,3,2] : f32[14,2,16,16] @ models/lib/nn.yaml:55:23
%3270 = reshape %3269 : f32[14,2,16,16,1] @ models/lib/nn.yaml:55:23
%3271 = broadcast %3270 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3272 = reshape %1137 : f32[14,2,1,16,8] @ models/lib/nn.yaml:55:23
%3273 = broadcast %3272 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3274 = mul %3271, %3273 : f32[14,2,16,16,8] @ models/lib/nn.yaml:55:23
%3275 = reduce_sum %3274 axes=[3] keep=0 : f32[14,2,16,8] @ models/lib/nn.yaml:55:23
%3276 = reshape %3254 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:40
%3277 = reshape %3275 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:34
%3278 = reshape %3268 : f32[1,14,2,16,8] @ models/lib/nn.yaml:67:28
%3279 = concat %3278, %3277, %3276 axis=0 : f32[3,14,2,16,8] @ models/lib/nn.yaml:67:28
%3280 = permute %3279 perm=[1,3,0,2,4] : f32[14,16,3,2,8] @ models/lib/nn.yaml:66:13
%3281 = reshape %3280 : f32[14,16,48] @ models/lib/nn.yaml:66:21
%3282 = reshape %3281 : f32[224,48] @ models/lib/nn.yaml:84:18
%3283 = matmul %2271, %3282 ta=0 tb=0 : f32[1,48] @ models/lib/nn.yaml:84:18
%3284 = reshape %3283 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%3285 = reshape %3284 : f32[48] @ models/lib/nn.yaml:84:18
%3286 = matmul %3281, %10 ta=0 tb=0 : f32[14,16,16] @ models/lib/nn.yaml:83:15
%3287 = reshape %1130 : f32[224,16] @ models/lib/nn.yaml:83:15
%3288 = reshape %3280 : f32[224,48] @ models/lib/nn.yaml:83:15
%3289 = matmul %3288, %3287 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3290 = reshape %3286 : f32[224,16] @ models/lib/nn.yaml:96:46
%3291 = matmul %2271, %3290 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:46
%3292 = reshape %3291 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3293 = reshape %3292 : f32[16] @ models/lib/nn.yaml:96:46
%3294 = mul %3286, %1127 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3295 = mul %3286, %1126 : f32[14,16,16] @ models/lib/nn.yaml:96:37
%3296 = reshape %3295 : f32[224,16] @ models/lib/nn.yaml:96:37
%3297 = matmul %2271, %3296 ta=0 tb=0 : f32[1,16] @ models/lib/nn.yaml:96:37
%3298 = reshape %3297 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3299 = reshape %3298 : f32[16] @ models/lib/nn.yaml:96:37
%3300 = mul %3294, %1125 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3301 = mul %3294, %1119 : f32[14,16,16] @ models/lib/nn.yaml:96:18
%3302 = reduce_sum %3301 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:96:18
%3303 = mul %1124, %1124 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3304 = mul %1124, %3303 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3305 = mul %3304, %2992 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3306 = mul %3302, %3305 : f32[14,16,1] @ models/lib/nn.yaml:96:20
%3307 = div %3306, %184 : f32[14,16,1] @ models/lib/nn.yaml:95:15
%3308 = broadcast %3307 : f32[14,16,16] @ models/lib/nn.yaml:95:15
%3309 = mul %3308, %1119 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3310 = add %3300, %3309 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3311 = add %3310, %3309 : f32[14,16,16] @ models/lib/nn.yaml:95:22
%3312 = add %3189, %3311 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3313 = neg %3311 : f32[14,16,16] @ models/lib/nn.yaml:94:15
%3314 = reduce_sum %3313 axes=[2] keep=1 : f32[14,16,1] @ models/lib/nn.yaml:94:15
%3315 = div %3314, %184 : f32[14,16,1] @ models/lib/nn.yaml:93:14
%3316 = broadcast %3315 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3317 = add %3312, %3316 : f32[14,16,16] @ models/lib/nn.yaml:93:14
%3318 = reduce_sum %3317 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%3319 = reshape %3317 : f32[224,16] @ models/lib/vit.yaml:17:71
%3320 = matmul %2271, %3319 ta=0 tb=0 : f32[1,16] @ models/lib/vit.yaml:17:71
%3321 = reshape %3320 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%3322 = reshape %3321 : f32[16] @ models/lib/vit.yaml:17:71
%3323 = reshape %174 : f32[224,48] @ models/lib/vit.yaml:17:18
%3324 = reshape %3317 : f32[224,16] @ models/lib/vit.yaml:17:18
%3325 = matmul %3324, %3323 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%3326 = reshape %3325 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%3327 = all_reduce_sum %3318 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3328 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3329 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3330 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%3331 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%3332 = add %3330, %3331 : i64[] @ models/lib/vit.yaml:48:7
%3333 = mul %2050, %2051 : f64[] @ models/lib/vit.yaml:48:7
%3334 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3335 = sub %3334, %3333 : f64[] @ models/lib/vit.yaml:48:7
%3336 = cast %3335 : f32[] @ models/lib/vit.yaml:48:7
%3337 = broadcast %3336 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3338 = mul %5, %3337 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3339 = broadcast %2053 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3340 = mul %3327, %3339 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3341 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3342 = broadcast %1332 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3343 = mul %3328, %3342 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3344 = add %3343, %3340 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3345 = mul %3327, %3327 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3346 = const data=[0.001] : f32[] @ models/lib/vit.yaml:48:7
%3347 = broadcast %3346 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3348 = mul %3345, %3347 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3349 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3350 = const data=[0.999] : f32[] @ models/lib/vit.yaml:48:7
%3351 = broadcast %3350 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3352 = mul %3329, %3351 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3353 = add %3352, %3348 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3354 = cast %3332 : f64[] @ models/lib/vit.yaml:48:7
%3355 = pow %3341, %3354 : f64[] @ models/lib/vit.yaml:48:7
%3356 = sub %3334, %3355 : f64[] @ models/lib/vit.yaml:48:7
%3357 = div %2050, %3356 : f64[] @ models/lib/vit.yaml:48:7
%3358 = pow %3349, %3354 : f64[] @ models/lib/vit.yaml:48:7
%3359 = sub %3334, %3358 : f64[] @ models/lib/vit.yaml:48:7
%3360 = sqrt %3359 : f64[] @ models/lib/vit.yaml:48:7
%3361 = div %3334, %3360 : f64[] @ models/lib/vit.yaml:48:7
%3362 = sqrt %3353 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3363 = cast %3361 : f32[] @ models/lib/vit.yaml:48:7
%3364 = broadcast %3363 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3365 = mul %3362, %3364 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3366 = const data=[1e-08] : f32[] @ models/lib/vit.yaml:48:7
%3367 = broadcast %3366 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3368 = add %3365, %3367 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3369 = div %3344, %3368 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3370 = cast %3357 : f32[] @ models/lib/vit.yaml:48:7
%3371 = broadcast %3370 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3372 = mul %3369, %3371 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3373 = sub %3338, %3372 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3374 = assign %5, %3373 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3375 = assign %3328, %3344 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3376 = assign %3329, %3353 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3377 = assign %3330, %3332 : i64[] @ models/lib/vit.yaml:48:7
%3378 = cast %2052 : f32[] @ models/lib/vit.yaml:48:7
%3379 = broadcast %3378 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3380 = mul %89, %3379 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3381 = sub %3334, %2052 : f64[] @ models/lib/vit.yaml:48:7
%3382 = cast %3381 : f32[] @ models/lib/vit.yaml:48:7
%3383 = broadcast %3382 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3384 = mul %3373, %3383 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3385 = add %3380, %3384 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3386 = assign %89, %3385 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3387 = all_reduce_sum %3326 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3388 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3389 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3390 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%3391 = add %3390, %3331 : i64[] @ models/lib/vit.yaml:9:7
%3392 = broadcast %3336 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3393 = mul %6, %3392 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3394 = broadcast %2053 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3395 = mul %3387, %3394 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3396 = broadcast %1332 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3397 = mul %3388, %3396 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3398 = add %3397, %3395 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3399 = mul %3387, %3387 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3400 = broadcast %3346 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3401 = mul %3399, %3400 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3402 = broadcast %3350 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3403 = mul %3389, %3402 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3404 = add %3403, %3401 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3405 = cast %3391 : f64[] @ models/lib/vit.yaml:9:7
%3406 = pow %3341, %3405 : f64[] @ models/lib/vit.yaml:9:7
%3407 = sub %3334, %3406 : f64[] @ models/lib/vit.yaml:9:7
%3408 = div %2050, %3407 : f64[] @ models/lib/vit.yaml:9:7
%3409 = pow %3349, %3405 : f64[] @ models/lib/vit.yaml:9:7
%3410 = sub %3334, %3409 : f64[] @ models/lib/vit.yaml:9:7
%3411 = sqrt %3410 : f64[] @ models/lib/vit.yaml:9:7
%3412 = div %3334, %3411 : f64[] @ models/lib/vit.yaml:9:7
%3413 = sqrt %3404 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3414 = cast %3412 : f32[] @ models/lib/vit.yaml:9:7
%3415 = broadcast %3414 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3416 = mul %3413, %3415 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3417 = broadcast %3366 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3418 = add %3416, %3417 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3419 = div %3398, %3418 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3420 = cast %3408 : f32[] @ models/lib/vit.yaml:9:7
%3421 = broadcast %3420 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3422 = mul %3419, %3421 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3423 = sub %3393, %3422 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3424 = assign %6, %3423 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3425 = assign %3388, %3398 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3426 = assign %3389, %3404 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3427 = assign %3390, %3391 : i64[] @ models/lib/vit.yaml:9:7
%3428 = broadcast %3378 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3429 = mul %90, %3428 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3430 = broadcast %3382 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3431 = mul %3423, %3430 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3432 = add %3429, %3431 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3433 = assign %90, %3432 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3434 = all_reduce_sum %3322 : f32[16] @ models/lib/vit.yaml:10:7
%3435 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3436 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3437 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%3438 = add %3437, %3331 : i64[] @ models/lib/vit.yaml:10:7
%3439 = broadcast %2053 : f32[16] @ models/lib/vit.yaml:10:7
%3440 = mul %3434, %3439 : f32[16] @ models/lib/vit.yaml:10:7
%3441 = broadcast %1332 : f32[16] @ models/lib/vit.yaml:10:7
%3442 = mul %3435, %3441 : f32[16] @ models/lib/vit.yaml:10:7
%3443 = add %3442, %3440 : f32[16] @ models/lib/vit.yaml:10:7
%3444 = mul %3434, %3434 : f32[16] @ models/lib/vit.yaml:10:7
%3445 = broadcast %3346 : f32[16] @ models/lib/vit.yaml:10:7
%3446 = mul %3444, %3445 : f32[16] @ models/lib/vit.yaml:10:7
%3447 = broadcast %3350 : f32[16] @ models/lib/vit.yaml:10:7
%3448 = mul %3436, %3447 : f32[16] @ models/lib/vit.yaml:10:7
%3449 = add %3448, %3446 : f32[16] @ models/lib/vit.yaml:10:7
%3450 = cast %3438 : f64[] @ models/lib/vit.yaml:10:7
%3451 = pow %3341, %3450 : f64[] @ models/lib/vit.yaml:10:7
%3452 = sub %3334, %3451 : f64[] @ models/lib/vit.yaml:10:7
%3453 = div %2050, %3452 : f64[] @ models/lib/vit.yaml:10:7
%3454 = pow %3349, %3450 : f64[] @ models/lib/vit.yaml:10:7
%3455 = sub %3334, %3454 : f64[] @ models/lib/vit.yaml:10:7
%3456 = sqrt %3455 : f64[] @ models/lib/vit.yaml:10:7
%3457 = div %3334, %3456 : f64[] @ models/lib/vit.yaml:10:7
%3458 = sqrt %3449 : f32[16] @ models/lib/vit.yaml:10:7
%3459 = cast %3457 : f32[] @ models/lib/vit.yaml:10:7
%3460 = broadcast %3459 : f32[16] @ models/lib/vit.yaml:10:7
%3461 = mul %3458, %3460 : f32[16] @ models/lib/vit.yaml:10:7
%3462 = broadcast %3366 : f32[16] @ models/lib/vit.yaml:10:7
%3463 = add %3461, %3462 : f32[16] @ models/lib/vit.yaml:10:7
%3464 = div %3443, %3463 : f32[16] @ models/lib/vit.yaml:10:7
%3465 = cast %3453 : f32[] @ models/lib/vit.yaml:10:7
%3466 = broadcast %3465 : f32[16] @ models/lib/vit.yaml:10:7
%3467 = mul %3464, %3466 : f32[16] @ models/lib/vit.yaml:10:7
%3468 = sub %7, %3467 : f32[16] @ models/lib/vit.yaml:10:7
%3469 = assign %7, %3468 : f32[16] @ models/lib/vit.yaml:10:7
%3470 = assign %3435, %3443 : f32[16] @ models/lib/vit.yaml:10:7
%3471 = assign %3436, %3449 : f32[16] @ models/lib/vit.yaml:10:7
%3472 = assign %3437, %3438 : i64[] @ models/lib/vit.yaml:10:7
%3473 = broadcast %3378 : f32[16] @ models/lib/vit.yaml:10:7
%3474 = mul %91, %3473 : f32[16] @ models/lib/vit.yaml:10:7
%3475 = broadcast %3382 : f32[16] @ models/lib/vit.yaml:10:7
%3476 = mul %3468, %3475 : f32[16] @ models/lib/vit.yaml:10:7
%3477 = add %3474, %3476 : f32[16] @ models/lib/vit.yaml:10:7
%3478 = assign %91, %3477 : f32[16] @ models/lib/vit.yaml:10:7
%3479 = all_reduce_sum %3299 : f32[16] @ models/lib/nn.yaml:89:7
%3480 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3481 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3482 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3483 = add %3482, %3331 : i64[] @ models/lib/nn.yaml:89:7
%3484 = mul %3479, %3439 : f32[16] @ models/lib/nn.yaml:89:7
%3485 = mul %3480, %3441 : f32[16] @ models/lib/nn.yaml:89:7
%3486 = add %3485, %3484 : f32[16] @ models/lib/nn.yaml:89:7
%3487 = mul %3479, %3479 : f32[16] @ models/lib/nn.yaml:89:7
%3488 = mul %3487, %3445 : f32[16] @ models/lib/nn.yaml:89:7
%3489 = mul %3481, %3447 : f32[16] @ models/lib/nn.yaml:89:7
%3490 = add %3489, %3488 : f32[16] @ models/lib/nn.yaml:89:7
%3491 = cast %3483 : f64[] @ models/lib/nn.yaml:89:7
%3492 = pow %3341, %3491 : f64[] @ models/lib/nn.yaml:89:7
%3493 = sub %3334, %3492 : f64[] @ models/lib/nn.yaml:89:7
%3494 = div %2050, %3493 : f64[] @ models/lib/nn.yaml:89:7
%3495 = pow %3349, %3491 : f64[] @ models/lib/nn.yaml:89:7
%3496 = sub %3334, %3495 : f64[] @ models/lib/nn.yaml:89:7
%3497 = sqrt %3496 : f64[] @ models/lib/nn.yaml:89:7
%3498 = div %3334, %3497 : f64[] @ models/lib/nn.yaml:89:7
%3499 = sqrt %3490 : f32[16] @ models/lib/nn.yaml:89:7
%3500 = cast %3498 : f32[] @ models/lib/nn.yaml:89:7
%3501 = broadcast %3500 : f32[16] @ models/lib/nn.yaml:89:7
%3502 = mul %3499, %3501 : f32[16] @ models/lib/nn.yaml:89:7
%3503 = add %3502, %3462 : f32[16] @ models/lib/nn.yaml:89:7
%3504 = div %3486, %3503 : f32[16] @ models/lib/nn.yaml:89:7
%3505 = cast %3494 : f32[] @ models/lib/nn.yaml:89:7
%3506 = broadcast %3505 : f32[16] @ models/lib/nn.yaml:89:7
%3507 = mul %3504, %3506 : f32[16] @ models/lib/nn.yaml:89:7
%3508 = sub %8, %3507 : f32[16] @ models/lib/nn.yaml:89:7
%3509 = assign %8, %3508 : f32[16] @ models/lib/nn.yaml:89:7
%3510 = assign %3480, %3486 : f32[16] @ models/lib/nn.yaml:89:7
%3511 = assign %3481, %3490 : f32[16] @ models/lib/nn.yaml:89:7
%3512 = assign %3482, %3483 : i64[] @ models/lib/nn.yaml:89:7
%3513 = mul %92, %3473 : f32[16] @ models/lib/nn.yaml:89:7
%3514 = mul %3508, %3475 : f32[16] @ models/lib/nn.yaml:89:7
%3515 = add %3513, %3514 : f32[16] @ models/lib/nn.yaml:89:7
%3516 = assign %92, %3515 : f32[16] @ models/lib/nn.yaml:89:7
%3517 = all_reduce_sum %3293 : f32[16] @ models/lib/nn.yaml:90:7
%3518 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3519 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3520 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3521 = add %3520, %3331 : i64[] @ models/lib/nn.yaml:90:7
%3522 = mul %3517, %3439 : f32[16] @ models/lib/nn.yaml:90:7
%3523 = mul %3518, %3441 : f32[16] @ models/lib/nn.yaml:90:7
%3524 = add %3523, %3522 : f32[16] @ models/lib/nn.yaml:90:7
%3525 = mul %3517, %3517 : f32[16] @ models/lib/nn.yaml:90:7
%3526 = mul %3525, %3445 : f32[16] @ models/lib/nn.yaml:90:7
%3527 = mul %3519, %3447 : f32[16] @ models/lib/nn.yaml:90:7
%3528 = add %3527, %3526 : f32[16] @ models/lib/nn.yaml:90:7
%3529 = cast %3521 : f64[] @ models/lib/nn.yaml:90:7
%3530 = pow %3341, %3529 : f64[] @ models/lib/nn.yaml:90:7
%3531 = sub %3334, %3530 : f64[] @ models/lib/nn.yaml:90:7
%3532 = div %2050, %3531 : f64[] @ models/lib/nn.yaml:90:7
%3533 = pow %3349, %3529 : f64[] @ models/lib/nn.yaml:90:7
%3534 = sub %3334, %3533 : f64[] @ models/lib/nn.yaml:90:7
%3535 = sqrt %3534 : f64[] @ models/lib/nn.yaml:90:7
%3536 = div %3334, %3535 : f64[] @ models/lib/nn.yaml:90:7
%3537 = sqrt %3528 : f32[16] @ models/lib/nn.yaml:90:7
%3538 = cast %3536 : f32[] @ models/lib/nn.yaml:90:7
%3539 = broadcast %3538 : f32[16] @ models/lib/nn.yaml:90:7
%3540 = mul %3537, %3539 : f32[16] @ models/lib/nn.yaml:90:7
%3541 = add %3540, %3462 : f32[16] @ models/lib/nn.yaml:90:7
%3542 = div %3524, %3541 : f32[16] @ models/lib/nn.yaml:90:7
%3543 = cast %3532 : f32[] @ models/lib/nn.yaml:90:7
%3544 = broadcast %3543 : f32[16] @ models/lib/nn.yaml:90:7
%3545 = mul %3542, %3544 : f32[16] @ models/lib/nn.yaml:90:7
%3546 = sub %9, %3545 : f32[16] @ models/lib/nn.yaml:90:7
%3547 = assign %9, %3546 : f32[16] @ models/lib/nn.yaml:90:7
%3548 = assign %3518, %3524 : f32[16] @ models/lib/nn.yaml:90:7
%3549 = assign %3519, %3528 : f32[16] @ models/lib/nn.yaml:90:7
%3550 = assign %3520, %3521 : i64[] @ models/lib/nn.yaml:90:7
%3551 = mul %93, %3473 : f32[16] @ models/lib/nn.yaml:90:7
%3552 = mul %3546, %3475 : f32[16] @ models/lib/nn.yaml:90:7
%3553 = add %3551, %3552 : f32[16] @ models/lib/nn.yaml:90:7
%3554 = assign %93, %3553 : f32[16] @ models/lib/nn.yaml:90:7
%3555 = all_reduce_sum %3289 : f32[48,16] @ models/lib/nn.yaml:79:7
%3556 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3557 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3558 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3559 = add %3558, %3331 : i64[] @ models/lib/nn.yaml:79:7
%3560 = broadcast %3336 : f32[48,16] @ models/lib/nn.yaml:79:7
%3561 = mul %10, %3560 : f32[48,16] @ models/lib/nn.yaml:79:7
%3562 = broadcast %2053 : f32[48,16] @ models/lib/nn.yaml:79:7
%3563 = mul %3555, %3562 : f32[48,16] @ models/lib/nn.yaml:79:7
%3564 = broadcast %1332 : f32[48,16] @ models/lib/nn.yaml:79:7
%3565 = mul %3556, %3564 : f32[48,16] @ models/lib/nn.yaml:79:7
%3566 = add %3565, %3563 : f32[48,16] @ models/lib/nn.yaml:79:7
%3567 = mul %3555, %3555 : f32[48,16] @ models/lib/nn.yaml:79:7
%3568 = broadcast %3346 : f32[48,16] @ models/lib/nn.yaml:79:7
%3569 = mul %3567, %3568 : f32[48,16] @ models/lib/nn.yaml:79:7
%3570 = broadcast %3350 : f32[48,16] @ models/lib/nn.yaml:79:7
%3571 = mul %3557, %3570 : f32[48,16] @ models/lib/nn.yaml:79:7
%3572 = add %3571, %3569 : f32[48,16] @ models/lib/nn.yaml:79:7
%3573 = cast %3559 : f64[] @ models/lib/nn.yaml:79:7
%3574 = pow %3341, %3573 : f64[] @ models/lib/nn.yaml:79:7
%3575 = sub %3334, %3574 : f64[] @ models/lib/nn.yaml:79:7
%3576 = div %2050, %3575 : f64[] @ models/lib/nn.yaml:79:7
%3577 = pow %3349, %3573 : f64[] @ models/lib/nn.yaml:79:7
%3578 = sub %3334, %3577 : f64[] @ models/lib/nn.yaml:79:7
%3579 = sqrt %3578 : f64[] @ models/lib/nn.yaml:79:7
%3580 = div %3334, %3579 : f64[] @ models/lib/nn.yaml:79:7
%3581 = sqrt %3572 : f32[48,16] @ models/lib/nn.yaml:79:7
%3582 = cast %3580 : f32[] @ models/lib/nn.yaml:79:7
%3583 = broadcast %3582 : f32[48,16] @ models/lib/nn.yaml:79:7
%3584 = mul %3581, %3583 : f32[48,16] @ models/lib/nn.yaml:79:7
%3585 = broadcast %3366 : f32[48,16] @ models/lib/nn.yaml:79:7
%3586 = add %3584, %3585 : f32[48,16] @ models/lib/nn.yaml:79:7
%3587 = div %3566, %3586 : f32[48,16] @ models/lib/nn.yaml:79:7
%3588 = cast %3576 : f32[] @ models/lib/nn.yaml:79:7
%3589 = broadcast %3588 : f32[48,16] @ models/lib/nn.yaml:79:7
%3590 = mul %3587, %3589 : f32[48,16] @ models/lib/nn.yaml:79:7
%3591 = sub %3561, %3590 : f32[48,16] @ models/lib/nn.yaml:79:7
%3592 = assign %10, %3591 : f32[48,16] @ models/lib/nn.yaml:79:7
%3593 = assign %3556, %3566 : f32[48,16] @ models/lib/nn.yaml:79:7
%3594 = assign %3557, %3572 : f32[48,16] @ models/lib/nn.yaml:79:7
%3595 = assign %3558, %3559 : i64[] @ models/lib/nn.yaml:79:7
%3596 = broadcast %3378 : f32[48,16] @ models/lib/nn.yaml:79:7
%3597 = mul %94, %3596 : f32[48,16] @ models/lib/nn.yaml:79:7
%3598 = broadcast %3382 : f32[48,16] @ models/lib/nn.yaml:79:7
%3599 = mul %3591, %3598 : f32[48,16] @ models/lib/nn.yaml:79:7
%3600 = add %3597, %3599 : f32[48,16] @ models/lib/nn.yaml:79:7
%3601 = assign %94, %3600 : f32[48,16] @ models/lib/nn.yaml:79:7
%3602 = all_reduce_sum %3285 : f32[48] @ models/lib/nn.yaml:80:7
%3603 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3604 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3605 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3606 = add %3605, %3331 : i64[] @ models/lib/nn.yaml:80:7
%3607 = broadcast %2053 : f32[48] @ models/lib/nn.yaml:80:7
%3608 = mul %3602, %3607 : f32[48] @ models/lib/nn.yaml:80:7
%3609 = broadcast %1332 : f32[48] @ models/lib/nn.yaml:80:7
%3610 = mul %3603, %3609 : f32[48] @ models/lib/nn.yaml:80:7
%3611 = add %3610, %3608 : f32[48] @ models/lib/nn.yaml:80:7
%3612 = mul %3602, %3602 : f32[48] @ models/lib/nn.yaml:80:7
%3613 = broadcast %3346 : f32[48] @ models/lib/nn.yaml:80:7
%3614 = mul %3612, %3613 : f32[48] @ models/lib/nn.yaml:80:7
%3615 = broadcast %3350 : f32[48] @ models/lib/nn.yaml:80:7
%3616 = mul %3604, %3615 : f32[48] @ models/lib/nn.yaml:80:7
%3617 = add %3616, %3614 : f32[48] @ models/lib/nn.yaml:80:7
%3618 = cast %3606 : f64[] @ models/lib/nn.yaml:80:7
%3619 = pow %3341, %3618 : f64[] @ models/lib/nn.yaml:80:7
%3620 = sub %3334, %3619 : f64[] @ models/lib/nn.yaml:80:7
%3621 = div %2050, %3620 : f64[] @ models/lib/nn.yaml:80:7
%3622 = pow %3349, %3618 : f64[] @ models/lib/nn.yaml:80:7
%3623 = sub %3334, %3622 : f64[] @ models/lib/nn.yaml:80:7
%3624 = sqrt %3623 : f64[] @ models/lib/nn.yaml:80:7
%3625 = div %3334, %3624 : f64[] @ models/lib/nn.yaml:80:7
%3626 = sqrt %3617 : f32[48] @ models/lib/nn.yaml:80:7
%3627 = cast %3625 : f32[] @ models/lib/nn.yaml:80:7
%3628 = broadcast %3627 : f32[48] @ models/lib/nn.yaml:80:7
%3629 = mul %3626, %3628 : f32[48] @ models/lib/nn.yaml:80:7
%3630 = broadcast %3366 : f32[48] @ models/lib/nn.yaml:80:7
%3631 = add %3629, %3630 : f32[48] @ models/lib/nn.yaml:80:7
%3632 = div %3611, %3631 : f32[48] @ models/lib/nn.yaml:80:7
%3633 = cast %3621 : f32[] @ models/lib/nn.yaml:80:7
%3634 = broadcast %3633 : f32[48] @ models/lib/nn.yaml:80:7
%3635 = mul %3632, %3634 : f32[48] @ models/lib/nn.yaml:80:7
%3636 = sub %11, %3635 : f32[48] @ models/lib/nn.yaml:80:7
%3637 = assign %11, %3636 : f32[48] @ models/lib/nn.yaml:80:7
%3638 = assign %3603, %3611 : f32[48] @ models/lib/nn.yaml:80:7
%3639 = assign %3604, %3617 : f32[48] @ models/lib/nn.yaml:80:7
%3640 = assign %3605, %3606 : i64[] @ models/lib/nn.yaml:80:7
%3641 = broadcast %3378 : f32[48] @ models/lib/nn.yaml:80:7
%3642 = mul %95, %3641 : f32[48] @ models/lib/nn.yaml:80:7
%3643 = broadcast %3382 : f32[48] @ models/lib/nn.yaml:80:7
%3644 = mul %3636, %3643 : f32[48] @ models/lib/nn.yaml:80:7
%3645 = add %3642, %3644 : f32[48] @ models/lib/nn.yaml:80:7
%3646 = assign %95, %3645 : f32[48] @ models/lib/nn.yaml:80:7
%3647 = all_reduce_sum %3197 : f32[16,16] @ models/lib/nn.yaml:79:7
%3648 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3649 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3650 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3651 = add %3650, %3331 : i64[] @ models/lib/nn.yaml:79:7
%3652 = broadcast %3336 : f32[16,16] @ models/lib/nn.yaml:79:7
%3653 = mul %12, %3652 : f32[16,16] @ models/lib/nn.yaml:79:7
%3654 = broadcast %2053 : f32[16,16] @ models/lib/nn.yaml:79:7
%3655 = mul %3647, %3654 : f32[16,16] @ models/lib/nn.yaml:79:7
%3656 = broadcast %1332 : f32[16,16] @ models/lib/nn.yaml:79:7
%3657 = mul %3648, %3656 : f32[16,16] @ models/lib/nn.yaml:79:7
%3658 = add %3657, %3655 : f32[16,16] @ models/lib/nn.yaml:79:7
%3659 = mul %3647, %3647 : f32[16,16] @ models/lib/nn.yaml:79:7
%3660 = broadcast %3346 : f32[16,16] @ models/lib/nn.yaml:79:7
%3661 = mul %3659, %3660 : f32[16,16] @ models/lib/nn.yaml:79:7
%3662 = broadcast %3350 : f32[16,16] @ models/lib/nn.yaml:79:7
%3663 = mul %3649, %3662 : f32[16,16] @ models/lib/nn.yaml:79:7
%3664 = add %3663, %3661 : f32[16,16] @ models/lib/nn.yaml:79:7
%3665 = cast %3651 : f64[] @ models/lib/nn.yaml:79:7
%3666 = pow %3341, %3665 : f64[] @ models/lib/nn.yaml:79:7
%3667 = sub %3334, %3666 : f64[] @ models/lib/nn.yaml:79:7
%3668 = div %2050, %3667 : f64[] @ models/lib/nn.yaml:79:7
%3669 = pow %3349, %3665 : f64[] @ models/lib/nn.yaml:79:7
%3670 = sub %3334, %3669 : f64[] @ models/lib/nn.yaml:79:7
%3671 = sqrt %3670 : f64[] @ models/lib/nn.yaml:79:7
%3672 = div %3334, %3671 : f64[] @ models/lib/nn.yaml:79:7
%3673 = sqrt %3664 : f32[16,16] @ models/lib/nn.yaml:79:7
%3674 = cast %3672 : f32[] @ models/lib/nn.yaml:79:7
%3675 = broadcast %3674 : f32[16,16] @ models/lib/nn.yaml:79:7
%3676 = mul %3673, %3675 : f32[16,16] @ models/lib/nn.yaml:79:7
%3677 = broadcast %3366 : f32[16,16] @ models/lib/nn.yaml:79:7
%3678 = add %3676, %3677 : f32[16,16] @ models/lib/nn.yaml:79:7
%3679 = div %3658, %3678 : f32[16,16] @ models/lib/nn.yaml:79:7
%3680 = cast %3668 : f32[] @ models/lib/nn.yaml:79:7
%3681 = broadcast %3680 : f32[16,16] @ models/lib/nn.yaml:79:7
%3682 = mul %3679, %3681 : f32[16,16] @ models/lib/nn.yaml:79:7
%3683 = sub %3653, %3682 : f32[16,16] @ models/lib/nn.yaml:79:7
%3684 = assign %12, %3683 : f32[16,16] @ models/lib/nn.yaml:79:7
%3685 = assign %3648, %3658 : f32[16,16] @ models/lib/nn.yaml:79:7
%3686 = assign %3649, %3664 : f32[16,16] @ models/lib/nn.yaml:79:7
%3687 = assign %3650, %3651 : i64[] @ models/lib/nn.yaml:79:7
%3688 = broadcast %3378 : f32[16,16] @ models/lib/nn.yaml:79:7
%3689 = mul %96, %3688 : f32[16,16] @ models/lib/nn.yaml:79:7
%3690 = broadcast %3382 : f32[16,16] @ models/lib/nn.yaml:79:7
%3691 = mul %3683, %3690 : f32[16,16] @ models/lib/nn.yaml:79:7
%3692 = add %3689, %3691 : f32[16,16] @ models/lib/nn.yaml:79:7
%3693 = assign %96, %3692 : f32[16,16] @ models/lib/nn.yaml:79:7
%3694 = all_reduce_sum %3193 : f32[16] @ models/lib/nn.yaml:80:7
%3695 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3696 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3697 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3698 = add %3697, %3331 : i64[] @ models/lib/nn.yaml:80:7
%3699 = mul %3694, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%3700 = mul %3695, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%3701 = add %3700, %3699 : f32[16] @ models/lib/nn.yaml:80:7
%3702 = mul %3694, %3694 : f32[16] @ models/lib/nn.yaml:80:7
%3703 = mul %3702, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%3704 = mul %3696, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%3705 = add %3704, %3703 : f32[16] @ models/lib/nn.yaml:80:7
%3706 = cast %3698 : f64[] @ models/lib/nn.yaml:80:7
%3707 = pow %3341, %3706 : f64[] @ models/lib/nn.yaml:80:7
%3708 = sub %3334, %3707 : f64[] @ models/lib/nn.yaml:80:7
%3709 = div %2050, %3708 : f64[] @ models/lib/nn.yaml:80:7
%3710 = pow %3349, %3706 : f64[] @ models/lib/nn.yaml:80:7
%3711 = sub %3334, %3710 : f64[] @ models/lib/nn.yaml:80:7
%3712 = sqrt %3711 : f64[] @ models/lib/nn.yaml:80:7
%3713 = div %3334, %3712 : f64[] @ models/lib/nn.yaml:80:7
%3714 = sqrt %3705 : f32[16] @ models/lib/nn.yaml:80:7
%3715 = cast %3713 : f32[] @ models/lib/nn.yaml:80:7
%3716 = broadcast %3715 : f32[16] @ models/lib/nn.yaml:80:7
%3717 = mul %3714, %3716 : f32[16] @ models/lib/nn.yaml:80:7
%3718 = add %3717, %3462 : f32[16] @ models/lib/nn.yaml:80:7
%3719 = div %3701, %3718 : f32[16] @ models/lib/nn.yaml:80:7
%3720 = cast %3709 : f32[] @ models/lib/nn.yaml:80:7
%3721 = broadcast %3720 : f32[16] @ models/lib/nn.yaml:80:7
%3722 = mul %3719, %3721 : f32[16] @ models/lib/nn.yaml:80:7
%3723 = sub %13, %3722 : f32[16] @ models/lib/nn.yaml:80:7
%3724 = assign %13, %3723 : f32[16] @ models/lib/nn.yaml:80:7
%3725 = assign %3695, %3701 : f32[16] @ models/lib/nn.yaml:80:7
%3726 = assign %3696, %3705 : f32[16] @ models/lib/nn.yaml:80:7
%3727 = assign %3697, %3698 : i64[] @ models/lib/nn.yaml:80:7
%3728 = mul %97, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%3729 = mul %3723, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%3730 = add %3728, %3729 : f32[16] @ models/lib/nn.yaml:80:7
%3731 = assign %97, %3730 : f32[16] @ models/lib/nn.yaml:80:7
%3732 = all_reduce_sum %3171 : f32[16] @ models/lib/nn.yaml:89:7
%3733 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3734 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3735 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3736 = add %3735, %3331 : i64[] @ models/lib/nn.yaml:89:7
%3737 = mul %3732, %3439 : f32[16] @ models/lib/nn.yaml:89:7
%3738 = mul %3733, %3441 : f32[16] @ models/lib/nn.yaml:89:7
%3739 = add %3738, %3737 : f32[16] @ models/lib/nn.yaml:89:7
%3740 = mul %3732, %3732 : f32[16] @ models/lib/nn.yaml:89:7
%3741 = mul %3740, %3445 : f32[16] @ models/lib/nn.yaml:89:7
%3742 = mul %3734, %3447 : f32[16] @ models/lib/nn.yaml:89:7
%3743 = add %3742, %3741 : f32[16] @ models/lib/nn.yaml:89:7
%3744 = cast %3736 : f64[] @ models/lib/nn.yaml:89:7
%3745 = pow %3341, %3744 : f64[] @ models/lib/nn.yaml:89:7
%3746 = sub %3334, %3745 : f64[] @ models/lib/nn.yaml:89:7
%3747 = div %2050, %3746 : f64[] @ models/lib/nn.yaml:89:7
%3748 = pow %3349, %3744 : f64[] @ models/lib/nn.yaml:89:7
%3749 = sub %3334, %3748 : f64[] @ models/lib/nn.yaml:89:7
%3750 = sqrt %3749 : f64[] @ models/lib/nn.yaml:89:7
%3751 = div %3334, %3750 : f64[] @ models/lib/nn.yaml:89:7
%3752 = sqrt %3743 : f32[16] @ models/lib/nn.yaml:89:7
%3753 = cast %3751 : f32[] @ models/lib/nn.yaml:89:7
%3754 = broadcast %3753 : f32[16] @ models/lib/nn.yaml:89:7
%3755 = mul %3752, %3754 : f32[16] @ models/lib/nn.yaml:89:7
%3756 = add %3755, %3462 : f32[16] @ models/lib/nn.yaml:89:7
%3757 = div %3739, %3756 : f32[16] @ models/lib/nn.yaml:89:7
%3758 = cast %3747 : f32[] @ models/lib/nn.yaml:89:7
%3759 = broadcast %3758 : f32[16] @ models/lib/nn.yaml:89:7
%3760 = mul %3757, %3759 : f32[16] @ models/lib/nn.yaml:89:7
%3761 = sub %14, %3760 : f32[16] @ models/lib/nn.yaml:89:7
%3762 = assign %14, %3761 : f32[16] @ models/lib/nn.yaml:89:7
%3763 = assign %3733, %3739 : f32[16] @ models/lib/nn.yaml:89:7
%3764 = assign %3734, %3743 : f32[16] @ models/lib/nn.yaml:89:7
%3765 = assign %3735, %3736 : i64[] @ models/lib/nn.yaml:89:7
%3766 = mul %98, %3473 : f32[16] @ models/lib/nn.yaml:89:7
%3767 = mul %3761, %3475 : f32[16] @ models/lib/nn.yaml:89:7
%3768 = add %3766, %3767 : f32[16] @ models/lib/nn.yaml:89:7
%3769 = assign %98, %3768 : f32[16] @ models/lib/nn.yaml:89:7
%3770 = all_reduce_sum %3165 : f32[16] @ models/lib/nn.yaml:90:7
%3771 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3772 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3773 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3774 = add %3773, %3331 : i64[] @ models/lib/nn.yaml:90:7
%3775 = mul %3770, %3439 : f32[16] @ models/lib/nn.yaml:90:7
%3776 = mul %3771, %3441 : f32[16] @ models/lib/nn.yaml:90:7
%3777 = add %3776, %3775 : f32[16] @ models/lib/nn.yaml:90:7
%3778 = mul %3770, %3770 : f32[16] @ models/lib/nn.yaml:90:7
%3779 = mul %3778, %3445 : f32[16] @ models/lib/nn.yaml:90:7
%3780 = mul %3772, %3447 : f32[16] @ models/lib/nn.yaml:90:7
%3781 = add %3780, %3779 : f32[16] @ models/lib/nn.yaml:90:7
%3782 = cast %3774 : f64[] @ models/lib/nn.yaml:90:7
%3783 = pow %3341, %3782 : f64[] @ models/lib/nn.yaml:90:7
%3784 = sub %3334, %3783 : f64[] @ models/lib/nn.yaml:90:7
%3785 = div %2050, %3784 : f64[] @ models/lib/nn.yaml:90:7
%3786 = pow %3349, %3782 : f64[] @ models/lib/nn.yaml:90:7
%3787 = sub %3334, %3786 : f64[] @ models/lib/nn.yaml:90:7
%3788 = sqrt %3787 : f64[] @ models/lib/nn.yaml:90:7
%3789 = div %3334, %3788 : f64[] @ models/lib/nn.yaml:90:7
%3790 = sqrt %3781 : f32[16] @ models/lib/nn.yaml:90:7
%3791 = cast %3789 : f32[] @ models/lib/nn.yaml:90:7
%3792 = broadcast %3791 : f32[16] @ models/lib/nn.yaml:90:7
%3793 = mul %3790, %3792 : f32[16] @ models/lib/nn.yaml:90:7
%3794 = add %3793, %3462 : f32[16] @ models/lib/nn.yaml:90:7
%3795 = div %3777, %3794 : f32[16] @ models/lib/nn.yaml:90:7
%3796 = cast %3785 : f32[] @ models/lib/nn.yaml:90:7
%3797 = broadcast %3796 : f32[16] @ models/lib/nn.yaml:90:7
%3798 = mul %3795, %3797 : f32[16] @ models/lib/nn.yaml:90:7
%3799 = sub %15, %3798 : f32[16] @ models/lib/nn.yaml:90:7
%3800 = assign %15, %3799 : f32[16] @ models/lib/nn.yaml:90:7
%3801 = assign %3771, %3777 : f32[16] @ models/lib/nn.yaml:90:7
%3802 = assign %3772, %3781 : f32[16] @ models/lib/nn.yaml:90:7
%3803 = assign %3773, %3774 : i64[] @ models/lib/nn.yaml:90:7
%3804 = mul %99, %3473 : f32[16] @ models/lib/nn.yaml:90:7
%3805 = mul %3799, %3475 : f32[16] @ models/lib/nn.yaml:90:7
%3806 = add %3804, %3805 : f32[16] @ models/lib/nn.yaml:90:7
%3807 = assign %99, %3806 : f32[16] @ models/lib/nn.yaml:90:7
%3808 = all_reduce_sum %3161 : f32[64,16] @ models/lib/nn.yaml:79:7
%3809 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3810 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3811 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3812 = add %3811, %3331 : i64[] @ models/lib/nn.yaml:79:7
%3813 = broadcast %3336 : f32[64,16] @ models/lib/nn.yaml:79:7
%3814 = mul %16, %3813 : f32[64,16] @ models/lib/nn.yaml:79:7
%3815 = broadcast %2053 : f32[64,16] @ models/lib/nn.yaml:79:7
%3816 = mul %3808, %3815 : f32[64,16] @ models/lib/nn.yaml:79:7
%3817 = broadcast %1332 : f32[64,16] @ models/lib/nn.yaml:79:7
%3818 = mul %3809, %3817 : f32[64,16] @ models/lib/nn.yaml:79:7
%3819 = add %3818, %3816 : f32[64,16] @ models/lib/nn.yaml:79:7
%3820 = mul %3808, %3808 : f32[64,16] @ models/lib/nn.yaml:79:7
%3821 = broadcast %3346 : f32[64,16] @ models/lib/nn.yaml:79:7
%3822 = mul %3820, %3821 : f32[64,16] @ models/lib/nn.yaml:79:7
%3823 = broadcast %3350 : f32[64,16] @ models/lib/nn.yaml:79:7
%3824 = mul %3810, %3823 : f32[64,16] @ models/lib/nn.yaml:79:7
%3825 = add %3824, %3822 : f32[64,16] @ models/lib/nn.yaml:79:7
%3826 = cast %3812 : f64[] @ models/lib/nn.yaml:79:7
%3827 = pow %3341, %3826 : f64[] @ models/lib/nn.yaml:79:7
%3828 = sub %3334, %3827 : f64[] @ models/lib/nn.yaml:79:7
%3829 = div %2050, %3828 : f64[] @ models/lib/nn.yaml:79:7
%3830 = pow %3349, %3826 : f64[] @ models/lib/nn.yaml:79:7
%3831 = sub %3334, %3830 : f64[] @ models/lib/nn.yaml:79:7
%3832 = sqrt %3831 : f64[] @ models/lib/nn.yaml:79:7
%3833 = div %3334, %3832 : f64[] @ models/lib/nn.yaml:79:7
%3834 = sqrt %3825 : f32[64,16] @ models/lib/nn.yaml:79:7
%3835 = cast %3833 : f32[] @ models/lib/nn.yaml:79:7
%3836 = broadcast %3835 : f32[64,16] @ models/lib/nn.yaml:79:7
%3837 = mul %3834, %3836 : f32[64,16] @ models/lib/nn.yaml:79:7
%3838 = broadcast %3366 : f32[64,16] @ models/lib/nn.yaml:79:7
%3839 = add %3837, %3838 : f32[64,16] @ models/lib/nn.yaml:79:7
%3840 = div %3819, %3839 : f32[64,16] @ models/lib/nn.yaml:79:7
%3841 = cast %3829 : f32[] @ models/lib/nn.yaml:79:7
%3842 = broadcast %3841 : f32[64,16] @ models/lib/nn.yaml:79:7
%3843 = mul %3840, %3842 : f32[64,16] @ models/lib/nn.yaml:79:7
%3844 = sub %3814, %3843 : f32[64,16] @ models/lib/nn.yaml:79:7
%3845 = assign %16, %3844 : f32[64,16] @ models/lib/nn.yaml:79:7
%3846 = assign %3809, %3819 : f32[64,16] @ models/lib/nn.yaml:79:7
%3847 = assign %3810, %3825 : f32[64,16] @ models/lib/nn.yaml:79:7
%3848 = assign %3811, %3812 : i64[] @ models/lib/nn.yaml:79:7
%3849 = broadcast %3378 : f32[64,16] @ models/lib/nn.yaml:79:7
%3850 = mul %100, %3849 : f32[64,16] @ models/lib/nn.yaml:79:7
%3851 = broadcast %3382 : f32[64,16] @ models/lib/nn.yaml:79:7
%3852 = mul %3844, %3851 : f32[64,16] @ models/lib/nn.yaml:79:7
%3853 = add %3850, %3852 : f32[64,16] @ models/lib/nn.yaml:79:7
%3854 = assign %100, %3853 : f32[64,16] @ models/lib/nn.yaml:79:7
%3855 = all_reduce_sum %3157 : f32[64] @ models/lib/nn.yaml:80:7
%3856 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3857 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3858 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3859 = add %3858, %3331 : i64[] @ models/lib/nn.yaml:80:7
%3860 = broadcast %2053 : f32[64] @ models/lib/nn.yaml:80:7
%3861 = mul %3855, %3860 : f32[64] @ models/lib/nn.yaml:80:7
%3862 = broadcast %1332 : f32[64] @ models/lib/nn.yaml:80:7
%3863 = mul %3856, %3862 : f32[64] @ models/lib/nn.yaml:80:7
%3864 = add %3863, %3861 : f32[64] @ models/lib/nn.yaml:80:7
%3865 = mul %3855, %3855 : f32[64] @ models/lib/nn.yaml:80:7
%3866 = broadcast %3346 : f32[64] @ models/lib/nn.yaml:80:7
%3867 = mul %3865, %3866 : f32[64] @ models/lib/nn.yaml:80:7
%3868 = broadcast %3350 : f32[64] @ models/lib/nn.yaml:80:7
%3869 = mul %3857, %3868 : f32[64] @ models/lib/nn.yaml:80:7
%3870 = add %3869, %3867 : f32[64] @ models/lib/nn.yaml:80:7
%3871 = cast %3859 : f64[] @ models/lib/nn.yaml:80:7
%3872 = pow %3341, %3871 : f64[] @ models/lib/nn.yaml:80:7
%3873 = sub %3334, %3872 : f64[] @ models/lib/nn.yaml:80:7
%3874 = div %2050, %3873 : f64[] @ models/lib/nn.yaml:80:7
%3875 = pow %3349, %3871 : f64[] @ models/lib/nn.yaml:80:7
%3876 = sub %3334, %3875 : f64[] @ models/lib/nn.yaml:80:7
%3877 = sqrt %3876 : f64[] @ models/lib/nn.yaml:80:7
%3878 = div %3334, %3877 : f64[] @ models/lib/nn.yaml:80:7
%3879 = sqrt %3870 : f32[64] @ models/lib/nn.yaml:80:7
%3880 = cast %3878 : f32[] @ models/lib/nn.yaml:80:7
%3881 = broadcast %3880 : f32[64] @ models/lib/nn.yaml:80:7
%3882 = mul %3879, %3881 : f32[64] @ models/lib/nn.yaml:80:7
%3883 = broadcast %3366 : f32[64] @ models/lib/nn.yaml:80:7
%3884 = add %3882, %3883 : f32[64] @ models/lib/nn.yaml:80:7
%3885 = div %3864, %3884 : f32[64] @ models/lib/nn.yaml:80:7
%3886 = cast %3874 : f32[] @ models/lib/nn.yaml:80:7
%3887 = broadcast %3886 : f32[64] @ models/lib/nn.yaml:80:7
%3888 = mul %3885, %3887 : f32[64] @ models/lib/nn.yaml:80:7
%3889 = sub %17, %3888 : f32[64] @ models/lib/nn.yaml:80:7
%3890 = assign %17, %3889 : f32[64] @ models/lib/nn.yaml:80:7
%3891 = assign %3856, %3864 : f32[64] @ models/lib/nn.yaml:80:7
%3892 = assign %3857, %3870 : f32[64] @ models/lib/nn.yaml:80:7
%3893 = assign %3858, %3859 : i64[] @ models/lib/nn.yaml:80:7
%3894 = broadcast %3378 : f32[64] @ models/lib/nn.yaml:80:7
%3895 = mul %101, %3894 : f32[64] @ models/lib/nn.yaml:80:7
%3896 = broadcast %3382 : f32[64] @ models/lib/nn.yaml:80:7
%3897 = mul %3889, %3896 : f32[64] @ models/lib/nn.yaml:80:7
%3898 = add %3895, %3897 : f32[64] @ models/lib/nn.yaml:80:7
%3899 = assign %101, %3898 : f32[64] @ models/lib/nn.yaml:80:7
%3900 = all_reduce_sum %3143 : f32[16,64] @ models/lib/nn.yaml:79:7
%3901 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3902 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3903 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3904 = add %3903, %3331 : i64[] @ models/lib/nn.yaml:79:7
%3905 = broadcast %3336 : f32[16,64] @ models/lib/nn.yaml:79:7
%3906 = mul %18, %3905 : f32[16,64] @ models/lib/nn.yaml:79:7
%3907 = broadcast %2053 : f32[16,64] @ models/lib/nn.yaml:79:7
%3908 = mul %3900, %3907 : f32[16,64] @ models/lib/nn.yaml:79:7
%3909 = broadcast %1332 : f32[16,64] @ models/lib/nn.yaml:79:7
%3910 = mul %3901, %3909 : f32[16,64] @ models/lib/nn.yaml:79:7
%3911 = add %3910, %3908 : f32[16,64] @ models/lib/nn.yaml:79:7
%3912 = mul %3900, %3900 : f32[16,64] @ models/lib/nn.yaml:79:7
%3913 = broadcast %3346 : f32[16,64] @ models/lib/nn.yaml:79:7
%3914 = mul %3912, %3913 : f32[16,64] @ models/lib/nn.yaml:79:7
%3915 = broadcast %3350 : f32[16,64] @ models/lib/nn.yaml:79:7
%3916 = mul %3902, %3915 : f32[16,64] @ models/lib/nn.yaml:79:7
%3917 = add %3916, %3914 : f32[16,64] @ models/lib/nn.yaml:79:7
%3918 = cast %3904 : f64[] @ models/lib/nn.yaml:79:7
%3919 = pow %3341, %3918 : f64[] @ models/lib/nn.yaml:79:7
%3920 = sub %3334, %3919 : f64[] @ models/lib/nn.yaml:79:7
%3921 = div %2050, %3920 : f64[] @ models/lib/nn.yaml:79:7
%3922 = pow %3349, %3918 : f64[] @ models/lib/nn.yaml:79:7
%3923 = sub %3334, %3922 : f64[] @ models/lib/nn.yaml:79:7
%3924 = sqrt %3923 : f64[] @ models/lib/nn.yaml:79:7
%3925 = div %3334, %3924 : f64[] @ models/lib/nn.yaml:79:7
%3926 = sqrt %3917 : f32[16,64] @ models/lib/nn.yaml:79:7
%3927 = cast %3925 : f32[] @ models/lib/nn.yaml:79:7
%3928 = broadcast %3927 : f32[16,64] @ models/lib/nn.yaml:79:7
%3929 = mul %3926, %3928 : f32[16,64] @ models/lib/nn.yaml:79:7
%3930 = broadcast %3366 : f32[16,64] @ models/lib/nn.yaml:79:7
%3931 = add %3929, %3930 : f32[16,64] @ models/lib/nn.yaml:79:7
%3932 = div %3911, %3931 : f32[16,64] @ models/lib/nn.yaml:79:7
%3933 = cast %3921 : f32[] @ models/lib/nn.yaml:79:7
%3934 = broadcast %3933 : f32[16,64] @ models/lib/nn.yaml:79:7
%3935 = mul %3932, %3934 : f32[16,64] @ models/lib/nn.yaml:79:7
%3936 = sub %3906, %3935 : f32[16,64] @ models/lib/nn.yaml:79:7
%3937 = assign %18, %3936 : f32[16,64] @ models/lib/nn.yaml:79:7
%3938 = assign %3901, %3911 : f32[16,64] @ models/lib/nn.yaml:79:7
%3939 = assign %3902, %3917 : f32[16,64] @ models/lib/nn.yaml:79:7
%3940 = assign %3903, %3904 : i64[] @ models/lib/nn.yaml:79:7
%3941 = broadcast %3378 : f32[16,64] @ models/lib/nn.yaml:79:7
%3942 = mul %102, %3941 : f32[16,64] @ models/lib/nn.yaml:79:7
%3943 = broadcast %3382 : f32[16,64] @ models/lib/nn.yaml:79:7
%3944 = mul %3936, %3943 : f32[16,64] @ models/lib/nn.yaml:79:7
%3945 = add %3942, %3944 : f32[16,64] @ models/lib/nn.yaml:79:7
%3946 = assign %102, %3945 : f32[16,64] @ models/lib/nn.yaml:79:7
%3947 = all_reduce_sum %3139 : f32[16] @ models/lib/nn.yaml:80:7
%3948 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3949 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3950 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3951 = add %3950, %3331 : i64[] @ models/lib/nn.yaml:80:7
%3952 = mul %3947, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%3953 = mul %3948, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%3954 = add %3953, %3952 : f32[16] @ models/lib/nn.yaml:80:7
%3955 = mul %3947, %3947 : f32[16] @ models/lib/nn.yaml:80:7
%3956 = mul %3955, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%3957 = mul %3949, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%3958 = add %3957, %3956 : f32[16] @ models/lib/nn.yaml:80:7
%3959 = cast %3951 : f64[] @ models/lib/nn.yaml:80:7
%3960 = pow %3341, %3959 : f64[] @ models/lib/nn.yaml:80:7
%3961 = sub %3334, %3960 : f64[] @ models/lib/nn.yaml:80:7
%3962 = div %2050, %3961 : f64[] @ models/lib/nn.yaml:80:7
%3963 = pow %3349, %3959 : f64[] @ models/lib/nn.yaml:80:7
%3964 = sub %3334, %3963 : f64[] @ models/lib/nn.yaml:80:7
%3965 = sqrt %3964 : f64[] @ models/lib/nn.yaml:80:7
%3966 = div %3334, %3965 : f64[] @ models/lib/nn.yaml:80:7
%3967 = sqrt %3958 : f32[16] @ models/lib/nn.yaml:80:7
%3968 = cast %3966 : f32[] @ models/lib/nn.yaml:80:7
%3969 = broadcast %3968 : f32[16] @ models/lib/nn.yaml:80:7
%3970 = mul %3967, %3969 : f32[16] @ models/lib/nn.yaml:80:7
%3971 = add %3970, %3462 : f32[16] @ models/lib/nn.yaml:80:7
%3972 = div %3954, %3971 : f32[16] @ models/lib/nn.yaml:80:7
%3973 = cast %3962 : f32[] @ models/lib/nn.yaml:80:7
%3974 = broadcast %3973 : f32[16] @ models/lib/nn.yaml:80:7
%3975 = mul %3972, %3974 : f32[16] @ models/lib/nn.yaml:80:7
%3976 = sub %19, %3975 : f32[16] @ models/lib/nn.yaml:80:7
%3977 = assign %19, %3976 : f32[16] @ models/lib/nn.yaml:80:7
%3978 = assign %3948, %3954 : f32[16] @ models/lib/nn.yaml:80:7
%3979 = assign %3949, %3958 : f32[16] @ models/lib/nn.yaml:80:7
%3980 = assign %3950, %3951 : i64[] @ models/lib/nn.yaml:80:7
%3981 = mul %103, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%3982 = mul %3976, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%3983 = add %3981, %3982 : f32[16] @ models/lib/nn.yaml:80:7
%3984 = assign %103, %3983 : f32[16] @ models/lib/nn.yaml:80:7
%3985 = all_reduce_sum %3117 : f32[16] @ models/lib/nn.yaml:89:7
%3986 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3987 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3988 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3989 = add %3988, %3331 : i64[] @ models/lib/nn.yaml:89:7
%3990 = mul %3985, %3439 : f32[16] @ models/lib/nn.yaml:89:7
%3991 = mul %3986, %3441 : f32[16] @ models/lib/nn.yaml:89:7
%3992 = add %3991, %3990 : f32[16] @ models/lib/nn.yaml:89:7
%3993 = mul %3985, %3985 : f32[16] @ models/lib/nn.yaml:89:7
%3994 = mul %3993, %3445 : f32[16] @ models/lib/nn.yaml:89:7
%3995 = mul %3987, %3447 : f32[16] @ models/lib/nn.yaml:89:7
%3996 = add %3995, %3994 : f32[16] @ models/lib/nn.yaml:89:7
%3997 = cast %3989 : f64[] @ models/lib/nn.yaml:89:7
%3998 = pow %3341, %3997 : f64[] @ models/lib/nn.yaml:89:7
%3999 = sub %3334, %3998 : f64[] @ models/lib/nn.yaml:89:7
%4000 = div %2050, %3999 : f64[] @ models/lib/nn.yaml:89:7
%4001 = pow %3349, %3997 : f64[] @ models/lib/nn.yaml:89:7
%4002 = sub %3334, %4001 : f64[] @ models/lib/nn.yaml:89:7
%4003 = sqrt %4002 : f64[] @ models/lib/nn.yaml:89:7
%4004 = div %3334, %4003 : f64[] @ models/lib/nn.yaml:89:7
%4005 = sqrt %3996 : f32[16] @ models/lib/nn.yaml:89:7
%4006 = cast %4004 : f32[] @ models/lib/nn.yaml:89:7
%4007 = broadcast %4006 : f32[16] @ models/lib/nn.yaml:89:7
%4008 = mul %4005, %4007 : f32[16] @ models/lib/nn.yaml:89:7
%4009 = add %4008, %3462 : f32[16] @ models/lib/nn.yaml:89:7
%4010 = div %3992, %4009 : f32[16] @ models/lib/nn.yaml:89:7
%4011 = cast %4000 : f32[] @ models/lib/nn.yaml:89:7
%4012 = broadcast %4011 : f32[16] @ models/lib/nn.yaml:89:7
%4013 = mul %4010, %4012 : f32[16] @ models/lib/nn.yaml:89:7
%4014 = sub %20, %4013 : f32[16] @ models/lib/nn.yaml:89:7
%4015 = assign %20, %4014 : f32[16] @ models/lib/nn.yaml:89:7
%4016 = assign %3986, %3992 : f32[16] @ models/lib/nn.yaml:89:7
%4017 = assign %3987, %3996 : f32[16] @ models/lib/nn.yaml:89:7
%4018 = assign %3988, %3989 : i64[] @ models/lib/nn.yaml:89:7
%4019 = mul %104, %3473 : f32[16] @ models/lib/nn.yaml:89:7
%4020 = mul %4014, %3475 : f32[16] @ models/lib/nn.yaml:89:7
%4021 = add %4019, %4020 : f32[16] @ models/lib/nn.yaml:89:7
%4022 = assign %104, %4021 : f32[16] @ models/lib/nn.yaml:89:7
%4023 = all_reduce_sum %3111 : f32[16] @ models/lib/nn.yaml:90:7
%4024 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4025 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4026 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4027 = add %4026, %3331 : i64[] @ models/lib/nn.yaml:90:7
%4028 = mul %4023, %3439 : f32[16] @ models/lib/nn.yaml:90:7
%4029 = mul %4024, %3441 : f32[16] @ models/lib/nn.yaml:90:7
%4030 = add %4029, %4028 : f32[16] @ models/lib/nn.yaml:90:7
%4031 = mul %4023, %4023 : f32[16] @ models/lib/nn.yaml:90:7
%4032 = mul %4031, %3445 : f32[16] @ models/lib/nn.yaml:90:7
%4033 = mul %4025, %3447 : f32[16] @ models/lib/nn.yaml:90:7
%4034 = add %4033, %4032 : f32[16] @ models/lib/nn.yaml:90:7
%4035 = cast %4027 : f64[] @ models/lib/nn.yaml:90:7
%4036 = pow %3341, %4035 : f64[] @ models/lib/nn.yaml:90:7
%4037 = sub %3334, %4036 : f64[] @ models/lib/nn.yaml:90:7
%4038 = div %2050, %4037 : f64[] @ models/lib/nn.yaml:90:7
%4039 = pow %3349, %4035 : f64[] @ models/lib/nn.yaml:90:7
%4040 = sub %3334, %4039 : f64[] @ models/lib/nn.yaml:90:7
%4041 = sqrt %4040 : f64[] @ models/lib/nn.yaml:90:7
%4042 = div %3334, %4041 : f64[] @ models/lib/nn.yaml:90:7
%4043 = sqrt %4034 : f32[16] @ models/lib/nn.yaml:90:7
%4044 = cast %4042 : f32[] @ models/lib/nn.yaml:90:7
%4045 = broadcast %4044 : f32[16] @ models/lib/nn.yaml:90:7
%4046 = mul %4043, %4045 : f32[16] @ models/lib/nn.yaml:90:7
%4047 = add %4046, %3462 : f32[16] @ models/lib/nn.yaml:90:7
%4048 = div %4030, %4047 : f32[16] @ models/lib/nn.yaml:90:7
%4049 = cast %4038 : f32[] @ models/lib/nn.yaml:90:7
%4050 = broadcast %4049 : f32[16] @ models/lib/nn.yaml:90:7
%4051 = mul %4048, %4050 : f32[16] @ models/lib/nn.yaml:90:7
%4052 = sub %21, %4051 : f32[16] @ models/lib/nn.yaml:90:7
%4053 = assign %21, %4052 : f32[16] @ models/lib/nn.yaml:90:7
%4054 = assign %4024, %4030 : f32[16] @ models/lib/nn.yaml:90:7
%4055 = assign %4025, %4034 : f32[16] @ models/lib/nn.yaml:90:7
%4056 = assign %4026, %4027 : i64[] @ models/lib/nn.yaml:90:7
%4057 = mul %105, %3473 : f32[16] @ models/lib/nn.yaml:90:7
%4058 = mul %4052, %3475 : f32[16] @ models/lib/nn.yaml:90:7
%4059 = add %4057, %4058 : f32[16] @ models/lib/nn.yaml:90:7
%4060 = assign %105, %4059 : f32[16] @ models/lib/nn.yaml:90:7
%4061 = all_reduce_sum %3107 : f32[48,16] @ models/lib/nn.yaml:79:7
%4062 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4063 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4064 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4065 = add %4064, %3331 : i64[] @ models/lib/nn.yaml:79:7
%4066 = mul %22, %3560 : f32[48,16] @ models/lib/nn.yaml:79:7
%4067 = mul %4061, %3562 : f32[48,16] @ models/lib/nn.yaml:79:7
%4068 = mul %4062, %3564 : f32[48,16] @ models/lib/nn.yaml:79:7
%4069 = add %4068, %4067 : f32[48,16] @ models/lib/nn.yaml:79:7
%4070 = mul %4061, %4061 : f32[48,16] @ models/lib/nn.yaml:79:7
%4071 = mul %4070, %3568 : f32[48,16] @ models/lib/nn.yaml:79:7
%4072 = mul %4063, %3570 : f32[48,16] @ models/lib/nn.yaml:79:7
%4073 = add %4072, %4071 : f32[48,16] @ models/lib/nn.yaml:79:7
%4074 = cast %4065 : f64[] @ models/lib/nn.yaml:79:7
%4075 = pow %3341, %4074 : f64[] @ models/lib/nn.yaml:79:7
%4076 = sub %3334, %4075 : f64[] @ models/lib/nn.yaml:79:7
%4077 = div %2050, %4076 : f64[] @ models/lib/nn.yaml:79:7
%4078 = pow %3349, %4074 : f64[] @ models/lib/nn.yaml:79:7
%4079 = sub %3334, %4078 : f64[] @ models/lib/nn.yaml:79:7
%4080 = sqrt %4079 : f64[] @ models/lib/nn.yaml:79:7
%4081 = div %3334, %4080 : f64[] @ models/lib/nn.yaml:79:7
%4082 = sqrt %4073 : f32[48,16] @ models/lib/nn.yaml:79:7
%4083 = cast %4081 : f32[] @ models/lib/nn.yaml:79:7
%4084 = broadcast %4083 : f32[48,16] @ models/lib/nn.yaml:79:7
%4085 = mul %4082, %4084 : f32[48,16] @ models/lib/nn.yaml:79:7
%4086 = add %4085, %3585 : f32[48,16] @ models/lib/nn.yaml:79:7
%4087 = div %4069, %4086 : f32[48,16] @ models/lib/nn.yaml:79:7
%4088 = cast %4077 : f32[] @ models/lib/nn.yaml:79:7
%4089 = broadcast %4088 : f32[48,16] @ models/lib/nn.yaml:79:7
%4090 = mul %4087, %4089 : f32[48,16] @ models/lib/nn.yaml:79:7
%4091 = sub %4066, %4090 : f32[48,16] @ models/lib/nn.yaml:79:7
%4092 = assign %22, %4091 : f32[48,16] @ models/lib/nn.yaml:79:7
%4093 = assign %4062, %4069 : f32[48,16] @ models/lib/nn.yaml:79:7
%4094 = assign %4063, %4073 : f32[48,16] @ models/lib/nn.yaml:79:7
%4095 = assign %4064, %4065 : i64[] @ models/lib/nn.yaml:79:7
%4096 = mul %106, %3596 : f32[48,16] @ models/lib/nn.yaml:79:7
%4097 = mul %4091, %3598 : f32[48,16] @ models/lib/nn.yaml:79:7
%4098 = add %4096, %4097 : f32[48,16] @ models/lib/nn.yaml:79:7
%4099 = assign %106, %4098 : f32[48,16] @ models/lib/nn.yaml:79:7
%4100 = all_reduce_sum %3103 : f32[48] @ models/lib/nn.yaml:80:7
%4101 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4102 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4103 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4104 = add %4103, %3331 : i64[] @ models/lib/nn.yaml:80:7
%4105 = mul %4100, %3607 : f32[48] @ models/lib/nn.yaml:80:7
%4106 = mul %4101, %3609 : f32[48] @ models/lib/nn.yaml:80:7
%4107 = add %4106, %4105 : f32[48] @ models/lib/nn.yaml:80:7
%4108 = mul %4100, %4100 : f32[48] @ models/lib/nn.yaml:80:7
%4109 = mul %4108, %3613 : f32[48] @ models/lib/nn.yaml:80:7
%4110 = mul %4102, %3615 : f32[48] @ models/lib/nn.yaml:80:7
%4111 = add %4110, %4109 : f32[48] @ models/lib/nn.yaml:80:7
%4112 = cast %4104 : f64[] @ models/lib/nn.yaml:80:7
%4113 = pow %3341, %4112 : f64[] @ models/lib/nn.yaml:80:7
%4114 = sub %3334, %4113 : f64[] @ models/lib/nn.yaml:80:7
%4115 = div %2050, %4114 : f64[] @ models/lib/nn.yaml:80:7
%4116 = pow %3349, %4112 : f64[] @ models/lib/nn.yaml:80:7
%4117 = sub %3334, %4116 : f64[] @ models/lib/nn.yaml:80:7
%4118 = sqrt %4117 : f64[] @ models/lib/nn.yaml:80:7
%4119 = div %3334, %4118 : f64[] @ models/lib/nn.yaml:80:7
%4120 = sqrt %4111 : f32[48] @ models/lib/nn.yaml:80:7
%4121 = cast %4119 : f32[] @ models/lib/nn.yaml:80:7
%4122 = broadcast %4121 : f32[48] @ models/lib/nn.yaml:80:7
%4123 = mul %4120, %4122 : f32[48] @ models/lib/nn.yaml:80:7
%4124 = add %4123, %3630 : f32[48] @ models/lib/nn.yaml:80:7
%4125 = div %4107, %4124 : f32[48] @ models/lib/nn.yaml:80:7
%4126 = cast %4115 : f32[] @ models/lib/nn.yaml:80:7
%4127 = broadcast %4126 : f32[48] @ models/lib/nn.yaml:80:7
%4128 = mul %4125, %4127 : f32[48] @ models/lib/nn.yaml:80:7
%4129 = sub %23, %4128 : f32[48] @ models/lib/nn.yaml:80:7
%4130 = assign %23, %4129 : f32[48] @ models/lib/nn.yaml:80:7
%4131 = assign %4101, %4107 : f32[48] @ models/lib/nn.yaml:80:7
%4132 = assign %4102, %4111 : f32[48] @ models/lib/nn.yaml:80:7
%4133 = assign %4103, %4104 : i64[] @ models/lib/nn.yaml:80:7
%4134 = mul %107, %3641 : f32[48] @ models/lib/nn.yaml:80:7
%4135 = mul %4129, %3643 : f32[48] @ models/lib/nn.yaml:80:7
%4136 = add %4134, %4135 : f32[48] @ models/lib/nn.yaml:80:7
%4137 = assign %107, %4136 : f32[48] @ models/lib/nn.yaml:80:7
%4138 = all_reduce_sum %3015 : f32[16,16] @ models/lib/nn.yaml:79:7
%4139 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4140 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4141 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4142 = add %4141, %3331 : i64[] @ models/lib/nn.yaml:79:7
%4143 = mul %24, %3652 : f32[16,16] @ models/lib/nn.yaml:79:7
%4144 = mul %4138, %3654 : f32[16,16] @ models/lib/nn.yaml:79:7
%4145 = mul %4139, %3656 : f32[16,16] @ models/lib/nn.yaml:79:7
%4146 = add %4145, %4144 : f32[16,16] @ models/lib/nn.yaml:79:7
%4147 = mul %4138, %4138 : f32[16,16] @ models/lib/nn.yaml:79:7
%4148 = mul %4147, %3660 : f32[16,16] @ models/lib/nn.yaml:79:7
%4149 = mul %4140, %3662 : f32[16,16] @ models/lib/nn.yaml:79:7
%4150 = add %4149, %4148 : f32[16,16] @ models/lib/nn.yaml:79:7
%4151 = cast %4142 : f64[] @ models/lib/nn.yaml:79:7
%4152 = pow %3341, %4151 : f64[] @ models/lib/nn.yaml:79:7
%4153 = sub %3334, %4152 : f64[] @ models/lib/nn.yaml:79:7
%4154 = div %2050, %4153 : f64[] @ models/lib/nn.yaml:79:7
%4155 = pow %3349, %4151 : f64[] @ models/lib/nn.yaml:79:7
%4156 = sub %3334, %4155 : f64[] @ models/lib/nn.yaml:79:7
%4157 = sqrt %4156 : f64[] @ models/lib/nn.yaml:79:7
%4158 = div %3334, %4157 : f64[] @ models/lib/nn.yaml:79:7
%4159 = sqrt %4150 : f32[16,16] @ models/lib/nn.yaml:79:7
%4160 = cast %4158 : f32[] @ models/lib/nn.yaml:79:7
%4161 = broadcast %4160 : f32[16,16] @ models/lib/nn.yaml:79:7
%4162 = mul %4159, %4161 : f32[16,16] @ models/lib/nn.yaml:79:7
%4163 = add %4162, %3677 : f32[16,16] @ models/lib/nn.yaml:79:7
%4164 = div %4146, %4163 : f32[16,16] @ models/lib/nn.yaml:79:7
%4165 = cast %4154 : f32[] @ models/lib/nn.yaml:79:7
%4166 = broadcast %4165 : f32[16,16] @ models/lib/nn.yaml:79:7
%4167 = mul %4164, %4166 : f32[16,16] @ models/lib/nn.yaml:79:7
%4168 = sub %4143, %4167 : f32[16,16] @ models/lib/nn.yaml:79:7
%4169 = assign %24, %4168 : f32[16,16] @ models/lib/nn.yaml:79:7
%4170 = assign %4139, %4146 : f32[16,16] @ models/lib/nn.yaml:79:7
%4171 = assign %4140, %4150 : f32[16,16] @ models/lib/nn.yaml:79:7
%4172 = assign %4141, %4142 : i64[] @ models/lib/nn.yaml:79:7
%4173 = mul %108, %3688 : f32[16,16] @ models/lib/nn.yaml:79:7
%4174 = mul %4168, %3690 : f32[16,16] @ models/lib/nn.yaml:79:7
%4175 = add %4173, %4174 : f32[16,16] @ models/lib/nn.yaml:79:7
%4176 = assign %108, %4175 : f32[16,16] @ models/lib/nn.yaml:79:7
%4177 = all_reduce_sum %3011 : f32[16] @ models/lib/nn.yaml:80:7
%4178 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4179 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4180 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4181 = add %4180, %3331 : i64[] @ models/lib/nn.yaml:80:7
%4182 = mul %4177, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%4183 = mul %4178, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%4184 = add %4183, %4182 : f32[16] @ models/lib/nn.yaml:80:7
%4185 = mul %4177, %4177 : f32[16] @ models/lib/nn.yaml:80:7
%4186 = mul %4185, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%4187 = mul %4179, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%4188 = add %4187, %4186 : f32[16] @ models/lib/nn.yaml:80:7
%4189 = cast %4181 : f64[] @ models/lib/nn.yaml:80:7
%4190 = pow %3341, %4189 : f64[] @ models/lib/nn.yaml:80:7
%4191 = sub %3334, %4190 : f64[] @ models/lib/nn.yaml:80:7
%4192 = div %2050, %4191 : f64[] @ models/lib/nn.yaml:80:7
%4193 = pow %3349, %4189 : f64[] @ models/lib/nn.yaml:80:7
%4194 = sub %3334, %4193 : f64[] @ models/lib/nn.yaml:80:7
%4195 = sqrt %4194 : f64[] @ models/lib/nn.yaml:80:7
%4196 = div %3334, %4195 : f64[] @ models/lib/nn.yaml:80:7
%4197 = sqrt %4188 : f32[16] @ models/lib/nn.yaml:80:7
%4198 = cast %4196 : f32[] @ models/lib/nn.yaml:80:7
%4199 = broadcast %4198 : f32[16] @ models/lib/nn.yaml:80:7
%4200 = mul %4197, %4199 : f32[16] @ models/lib/nn.yaml:80:7
%4201 = add %4200, %3462 : f32[16] @ models/lib/nn.yaml:80:7
%4202 = div %4184, %4201 : f32[16] @ models/lib/nn.yaml:80:7
%4203 = cast %4192 : f32[] @ models/lib/nn.yaml:80:7
%4204 = broadcast %4203 : f32[16] @ models/lib/nn.yaml:80:7
%4205 = mul %4202, %4204 : f32[16] @ models/lib/nn.yaml:80:7
%4206 = sub %25, %4205 : f32[16] @ models/lib/nn.yaml:80:7
%4207 = assign %25, %4206 : f32[16] @ models/lib/nn.yaml:80:7
%4208 = assign %4178, %4184 : f32[16] @ models/lib/nn.yaml:80:7
%4209 = assign %4179, %4188 : f32[16] @ models/lib/nn.yaml:80:7
%4210 = assign %4180, %4181 : i64[] @ models/lib/nn.yaml:80:7
%4211 = mul %109, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%4212 = mul %4206, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%4213 = add %4211, %4212 : f32[16] @ models/lib/nn.yaml:80:7
%4214 = assign %109, %4213 : f32[16] @ models/lib/nn.yaml:80:7
%4215 = all_reduce_sum %2986 : f32[16] @ models/lib/nn.yaml:89:7
%4216 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4217 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4218 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4219 = add %4218, %3331 : i64[] @ models/lib/nn.yaml:89:7
%4220 = mul %4215, %3439 : f32[16] @ models/lib/nn.yaml:89:7
%4221 = mul %4216, %3441 : f32[16] @ models/lib/nn.yaml:89:7
%4222 = add %4221, %4220 : f32[16] @ models/lib/nn.yaml:89:7
%4223 = mul %4215, %4215 : f32[16] @ models/lib/nn.yaml:89:7
%4224 = mul %4223, %3445 : f32[16] @ models/lib/nn.yaml:89:7
%4225 = mul %4217, %3447 : f32[16] @ models/lib/nn.yaml:89:7
%4226 = add %4225, %4224 : f32[16] @ models/lib/nn.yaml:89:7
%4227 = cast %4219 : f64[] @ models/lib/nn.yaml:89:7
%4228 = pow %3341, %4227 : f64[] @ models/lib/nn.yaml:89:7
%4229 = sub %3334, %4228 : f64[] @ models/lib/nn.yaml:89:7
%4230 = div %2050, %4229 : f64[] @ models/lib/nn.yaml:89:7
%4231 = pow %3349, %4227 : f64[] @ models/lib/nn.yaml:89:7
%4232 = sub %3334, %4231 : f64[] @ models/lib/nn.yaml:89:7
%4233 = sqrt %4232 : f64[] @ models/lib/nn.yaml:89:7
%4234 = div %3334, %4233 : f64[] @ models/lib/nn.yaml:89:7
%4235 = sqrt %4226 : f32[16] @ models/lib/nn.yaml:89:7
%4236 = cast %4234 : f32[] @ models/lib/nn.yaml:89:7
%4237 = broadcast %4236 : f32[16] @ models/lib/nn.yaml:89:7
%4238 = mul %4235, %4237 : f32[16] @ models/lib/nn.yaml:89:7
%4239 = add %4238, %3462 : f32[16] @ models/lib/nn.yaml:89:7
%4240 = div %4222, %4239 : f32[16] @ models/lib/nn.yaml:89:7
%4241 = cast %4230 : f32[] @ models/lib/nn.yaml:89:7
%4242 = broadcast %4241 : f32[16] @ models/lib/nn.yaml:89:7
%4243 = mul %4240, %4242 : f32[16] @ models/lib/nn.yaml:89:7
%4244 = sub %26, %4243 : f32[16] @ models/lib/nn.yaml:89:7
%4245 = assign %26, %4244 : f32[16] @ models/lib/nn.yaml:89:7
%4246 = assign %4216, %4222 : f32[16] @ models/lib/nn.yaml:89:7
%4247 = assign %4217, %4226 : f32[16] @ models/lib/nn.yaml:89:7
%4248 = assign %4218, %4219 : i64[] @ models/lib/nn.yaml:89:7
%4249 = mul %110, %3473 : f32[16] @ models/lib/nn.yaml:89:7
%4250 = mul %4244, %3475 : f32[16] @ models/lib/nn.yaml:89:7
%4251 = add %4249, %4250 : f32[16] @ models/lib/nn.yaml:89:7
%4252 = assign %110, %4251 : f32[16] @ models/lib/nn.yaml:89:7
%4253 = all_reduce_sum %2980 : f32[16] @ models/lib/nn.yaml:90:7
%4254 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4255 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4256 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4257 = add %4256, %3331 : i64[] @ models/lib/nn.yaml:90:7
%4258 = mul %4253, %3439 : f32[16] @ models/lib/nn.yaml:90:7
%4259 = mul %4254, %3441 : f32[16] @ models/lib/nn.yaml:90:7
%4260 = add %4259, %4258 : f32[16] @ models/lib/nn.yaml:90:7
%4261 = mul %4253, %4253 : f32[16] @ models/lib/nn.yaml:90:7
%4262 = mul %4261, %3445 : f32[16] @ models/lib/nn.yaml:90:7
%4263 = mul %4255, %3447 : f32[16] @ models/lib/nn.yaml:90:7
%4264 = add %4263, %4262 : f32[16] @ models/lib/nn.yaml:90:7
%4265 = cast %4257 : f64[] @ models/lib/nn.yaml:90:7
%4266 = pow %3341, %4265 : f64[] @ models/lib/nn.yaml:90:7
%4267 = sub %3334, %4266 : f64[] @ models/lib/nn.yaml:90:7
%4268 = div %2050, %4267 : f64[] @ models/lib/nn.yaml:90:7
%4269 = pow %3349, %4265 : f64[] @ models/lib/nn.yaml:90:7
%4270 = sub %3334, %4269 : f64[] @ models/lib/nn.yaml:90:7
%4271 = sqrt %4270 : f64[] @ models/lib/nn.yaml:90:7
%4272 = div %3334, %4271 : f64[] @ models/lib/nn.yaml:90:7
%4273 = sqrt %4264 : f32[16] @ models/lib/nn.yaml:90:7
%4274 = cast %4272 : f32[] @ models/lib/nn.yaml:90:7
%4275 = broadcast %4274 : f32[16] @ models/lib/nn.yaml:90:7
%4276 = mul %4273, %4275 : f32[16] @ models/lib/nn.yaml:90:7
%4277 = add %4276, %3462 : f32[16] @ models/lib/nn.yaml:90:7
%4278 = div %4260, %4277 : f32[16] @ models/lib/nn.yaml:90:7
%4279 = cast %4268 : f32[] @ models/lib/nn.yaml:90:7
%4280 = broadcast %4279 : f32[16] @ models/lib/nn.yaml:90:7
%4281 = mul %4278, %4280 : f32[16] @ models/lib/nn.yaml:90:7
%4282 = sub %27, %4281 : f32[16] @ models/lib/nn.yaml:90:7
%4283 = assign %27, %4282 : f32[16] @ models/lib/nn.yaml:90:7
%4284 = assign %4254, %4260 : f32[16] @ models/lib/nn.yaml:90:7
%4285 = assign %4255, %4264 : f32[16] @ models/lib/nn.yaml:90:7
%4286 = assign %4256, %4257 : i64[] @ models/lib/nn.yaml:90:7
%4287 = mul %111, %3473 : f32[16] @ models/lib/nn.yaml:90:7
%4288 = mul %4282, %3475 : f32[16] @ models/lib/nn.yaml:90:7
%4289 = add %4287, %4288 : f32[16] @ models/lib/nn.yaml:90:7
%4290 = assign %111, %4289 : f32[16] @ models/lib/nn.yaml:90:7
%4291 = all_reduce_sum %2976 : f32[64,16] @ models/lib/nn.yaml:79:7
%4292 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4293 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4294 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4295 = add %4294, %3331 : i64[] @ models/lib/nn.yaml:79:7
%4296 = mul %28, %3813 : f32[64,16] @ models/lib/nn.yaml:79:7
%4297 = mul %4291, %3815 : f32[64,16] @ models/lib/nn.yaml:79:7
%4298 = mul %4292, %3817 : f32[64,16] @ models/lib/nn.yaml:79:7
%4299 = add %4298, %4297 : f32[64,16] @ models/lib/nn.yaml:79:7
%4300 = mul %4291, %4291 : f32[64,16] @ models/lib/nn.yaml:79:7
%4301 = mul %4300, %3821 : f32[64,16] @ models/lib/nn.yaml:79:7
%4302 = mul %4293, %3823 : f32[64,16] @ models/lib/nn.yaml:79:7
%4303 = add %4302, %4301 : f32[64,16] @ models/lib/nn.yaml:79:7
%4304 = cast %4295 : f64[] @ models/lib/nn.yaml:79:7
%4305 = pow %3341, %4304 : f64[] @ models/lib/nn.yaml:79:7
%4306 = sub %3334, %4305 : f64[] @ models/lib/nn.yaml:79:7
%4307 = div %2050, %4306 : f64[] @ models/lib/nn.yaml:79:7
%4308 = pow %3349, %4304 : f64[] @ models/lib/nn.yaml:79:7
%4309 = sub %3334, %4308 : f64[] @ models/lib/nn.yaml:79:7
%4310 = sqrt %4309 : f64[] @ models/lib/nn.yaml:79:7
%4311 = div %3334, %4310 : f64[] @ models/lib/nn.yaml:79:7
%4312 = sqrt %4303 : f32[64,16] @ models/lib/nn.yaml:79:7
%4313 = cast %4311 : f32[] @ models/lib/nn.yaml:79:7
%4314 = broadcast %4313 : f32[64,16] @ models/lib/nn.yaml:79:7
%4315 = mul %4312, %4314 : f32[64,16] @ models/lib/nn.yaml:79:7
%4316 = add %4315, %3838 : f32[64,16] @ models/lib/nn.yaml:79:7
%4317 = div %4299, %4316 : f32[64,16] @ models/lib/nn.yaml:79:7
%4318 = cast %4307 : f32[] @ models/lib/nn.yaml:79:7
%4319 = broadcast %4318 : f32[64,16] @ models/lib/nn.yaml:79:7
%4320 = mul %4317, %4319 : f32[64,16] @ models/lib/nn.yaml:79:7
%4321 = sub %4296, %4320 : f32[64,16] @ models/lib/nn.yaml:79:7
%4322 = assign %28, %4321 : f32[64,16] @ models/lib/nn.yaml:79:7
%4323 = assign %4292, %4299 : f32[64,16] @ models/lib/nn.yaml:79:7
%4324 = assign %4293, %4303 : f32[64,16] @ models/lib/nn.yaml:79:7
%4325 = assign %4294, %4295 : i64[] @ models/lib/nn.yaml:79:7
%4326 = mul %112, %3849 : f32[64,16] @ models/lib/nn.yaml:79:7
%4327 = mul %4321, %3851 : f32[64,16] @ models/lib/nn.yaml:79:7
%4328 = add %4326, %4327 : f32[64,16] @ models/lib/nn.yaml:79:7
%4329 = assign %112, %4328 : f32[64,16] @ models/lib/nn.yaml:79:7
%4330 = all_reduce_sum %2972 : f32[64] @ models/lib/nn.yaml:80:7
%4331 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4332 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4333 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4334 = add %4333, %3331 : i64[] @ models/lib/nn.yaml:80:7
%4335 = mul %4330, %3860 : f32[64] @ models/lib/nn.yaml:80:7
%4336 = mul %4331, %3862 : f32[64] @ models/lib/nn.yaml:80:7
%4337 = add %4336, %4335 : f32[64] @ models/lib/nn.yaml:80:7
%4338 = mul %4330, %4330 : f32[64] @ models/lib/nn.yaml:80:7
%4339 = mul %4338, %3866 : f32[64] @ models/lib/nn.yaml:80:7
%4340 = mul %4332, %3868 : f32[64] @ models/lib/nn.yaml:80:7
%4341 = add %4340, %4339 : f32[64] @ models/lib/nn.yaml:80:7
%4342 = cast %4334 : f64[] @ models/lib/nn.yaml:80:7
%4343 = pow %3341, %4342 : f64[] @ models/lib/nn.yaml:80:7
%4344 = sub %3334, %4343 : f64[] @ models/lib/nn.yaml:80:7
%4345 = div %2050, %4344 : f64[] @ models/lib/nn.yaml:80:7
%4346 = pow %3349, %4342 : f64[] @ models/lib/nn.yaml:80:7
%4347 = sub %3334, %4346 : f64[] @ models/lib/nn.yaml:80:7
%4348 = sqrt %4347 : f64[] @ models/lib/nn.yaml:80:7
%4349 = div %3334, %4348 : f64[] @ models/lib/nn.yaml:80:7
%4350 = sqrt %4341 : f32[64] @ models/lib/nn.yaml:80:7
%4351 = cast %4349 : f32[] @ models/lib/nn.yaml:80:7
%4352 = broadcast %4351 : f32[64] @ models/lib/nn.yaml:80:7
%4353 = mul %4350, %4352 : f32[64] @ models/lib/nn.yaml:80:7
%4354 = add %4353, %3883 : f32[64] @ models/lib/nn.yaml:80:7
%4355 = div %4337, %4354 : f32[64] @ models/lib/nn.yaml:80:7
%4356 = cast %4345 : f32[] @ models/lib/nn.yaml:80:7
%4357 = broadcast %4356 : f32[64] @ models/lib/nn.yaml:80:7
%4358 = mul %4355, %4357 : f32[64] @ models/lib/nn.yaml:80:7
%4359 = sub %29, %4358 : f32[64] @ models/lib/nn.yaml:80:7
%4360 = assign %29, %4359 : f32[64] @ models/lib/nn.yaml:80:7
%4361 = assign %4331, %4337 : f32[64] @ models/lib/nn.yaml:80:7
%4362 = assign %4332, %4341 : f32[64] @ models/lib/nn.yaml:80:7
%4363 = assign %4333, %4334 : i64[] @ models/lib/nn.yaml:80:7
%4364 = mul %113, %3894 : f32[64] @ models/lib/nn.yaml:80:7
%4365 = mul %4359, %3896 : f32[64] @ models/lib/nn.yaml:80:7
%4366 = add %4364, %4365 : f32[64] @ models/lib/nn.yaml:80:7
%4367 = assign %113, %4366 : f32[64] @ models/lib/nn.yaml:80:7
%4368 = all_reduce_sum %2957 : f32[16,64] @ models/lib/nn.yaml:79:7
%4369 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4370 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4371 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4372 = add %4371, %3331 : i64[] @ models/lib/nn.yaml:79:7
%4373 = mul %30, %3905 : f32[16,64] @ models/lib/nn.yaml:79:7
%4374 = mul %4368, %3907 : f32[16,64] @ models/lib/nn.yaml:79:7
%4375 = mul %4369, %3909 : f32[16,64] @ models/lib/nn.yaml:79:7
%4376 = add %4375, %4374 : f32[16,64] @ models/lib/nn.yaml:79:7
%4377 = mul %4368, %4368 : f32[16,64] @ models/lib/nn.yaml:79:7
%4378 = mul %4377, %3913 : f32[16,64] @ models/lib/nn.yaml:79:7
%4379 = mul %4370, %3915 : f32[16,64] @ models/lib/nn.yaml:79:7
%4380 = add %4379, %4378 : f32[16,64] @ models/lib/nn.yaml:79:7
%4381 = cast %4372 : f64[] @ models/lib/nn.yaml:79:7
%4382 = pow %3341, %4381 : f64[] @ models/lib/nn.yaml:79:7
%4383 = sub %3334, %4382 : f64[] @ models/lib/nn.yaml:79:7
%4384 = div %2050, %4383 : f64[] @ models/lib/nn.yaml:79:7
%4385 = pow %3349, %4381 : f64[] @ models/lib/nn.yaml:79:7
%4386 = sub %3334, %4385 : f64[] @ models/lib/nn.yaml:79:7
%4387 = sqrt %4386 : f64[] @ models/lib/nn.yaml:79:7
%4388 = div %3334, %4387 : f64[] @ models/lib/nn.yaml:79:7
%4389 = sqrt %4380 : f32[16,64] @ models/lib/nn.yaml:79:7
%4390 = cast %4388 : f32[] @ models/lib/nn.yaml:79:7
%4391 = broadcast %4390 : f32[16,64] @ models/lib/nn.yaml:79:7
%4392 = mul %4389, %4391 : f32[16,64] @ models/lib/nn.yaml:79:7
%4393 = add %4392, %3930 : f32[16,64] @ models/lib/nn.yaml:79:7
%4394 = div %4376, %4393 : f32[16,64] @ models/lib/nn.yaml:79:7
%4395 = cast %4384 : f32[] @ models/lib/nn.yaml:79:7
%4396 = broadcast %4395 : f32[16,64] @ models/lib/nn.yaml:79:7
%4397 = mul %4394, %4396 : f32[16,64] @ models/lib/nn.yaml:79:7
%4398 = sub %4373, %4397 : f32[16,64] @ models/lib/nn.yaml:79:7
%4399 = assign %30, %4398 : f32[16,64] @ models/lib/nn.yaml:79:7
%4400 = assign %4369, %4376 : f32[16,64] @ models/lib/nn.yaml:79:7
%4401 = assign %4370, %4380 : f32[16,64] @ models/lib/nn.yaml:79:7
%4402 = assign %4371, %4372 : i64[] @ models/lib/nn.yaml:79:7
%4403 = mul %114, %3941 : f32[16,64] @ models/lib/nn.yaml:79:7
%4404 = mul %4398, %3943 : f32[16,64] @ models/lib/nn.yaml:79:7
%4405 = add %4403, %4404 : f32[16,64] @ models/lib/nn.yaml:79:7
%4406 = assign %114, %4405 : f32[16,64] @ models/lib/nn.yaml:79:7
%4407 = all_reduce_sum %2953 : f32[16] @ models/lib/nn.yaml:80:7
%4408 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4409 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4410 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4411 = add %4410, %3331 : i64[] @ models/lib/nn.yaml:80:7
%4412 = mul %4407, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%4413 = mul %4408, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%4414 = add %4413, %4412 : f32[16] @ models/lib/nn.yaml:80:7
%4415 = mul %4407, %4407 : f32[16] @ models/lib/nn.yaml:80:7
%4416 = mul %4415, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%4417 = mul %4409, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%4418 = add %4417, %4416 : f32[16] @ models/lib/nn.yaml:80:7
%4419 = cast %4411 : f64[] @ models/lib/nn.yaml:80:7
%4420 = pow %3341, %4419 : f64[] @ models/lib/nn.yaml:80:7
%4421 = sub %3334, %4420 : f64[] @ models/lib/nn.yaml:80:7
%4422 = div %2050, %4421 : f64[] @ models/lib/nn.yaml:80:7
%4423 = pow %3349, %4419 : f64[] @ models/lib/nn.yaml:80:7
%4424 = sub %3334, %4423 : f64[] @ models/lib/nn.yaml:80:7
%4425 = sqrt %4424 : f64[] @ models/lib/nn.yaml:80:7
%4426 = div %3334, %4425 : f64[] @ models/lib/nn.yaml:80:7
%4427 = sqrt %4418 : f32[16] @ models/lib/nn.yaml:80:7
%4428 = cast %4426 : f32[] @ models/lib/nn.yaml:80:7
%4429 = broadcast %4428 : f32[16] @ models/lib/nn.yaml:80:7
%4430 = mul %4427, %4429 : f32[16] @ models/lib/nn.yaml:80:7
%4431 = add %4430, %3462 : f32[16] @ models/lib/nn.yaml:80:7
%4432 = div %4414, %4431 : f32[16] @ models/lib/nn.yaml:80:7
%4433 = cast %4422 : f32[] @ models/lib/nn.yaml:80:7
%4434 = broadcast %4433 : f32[16] @ models/lib/nn.yaml:80:7
%4435 = mul %4432, %4434 : f32[16] @ models/lib/nn.yaml:80:7
%4436 = sub %31, %4435 : f32[16] @ models/lib/nn.yaml:80:7
%4437 = assign %31, %4436 : f32[16] @ models/lib/nn.yaml:80:7
%4438 = assign %4408, %4414 : f32[16] @ models/lib/nn.yaml:80:7
%4439 = assign %4409, %4418 : f32[16] @ models/lib/nn.yaml:80:7
%4440 = assign %4410, %4411 : i64[] @ models/lib/nn.yaml:80:7
%4441 = mul %115, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%4442 = mul %4436, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%4443 = add %4441, %4442 : f32[16] @ models/lib/nn.yaml:80:7
%4444 = assign %115, %4443 : f32[16] @ models/lib/nn.yaml:80:7
%4445 = all_reduce_sum %2947 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4446 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4447 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4448 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%4449 = add %4448, %3331 : i64[] @ models/lib/vit.yaml:103:7
%4450 = broadcast %3336 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4451 = mul %32, %4450 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4452 = broadcast %2053 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4453 = mul %4445, %4452 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4454 = broadcast %1332 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4455 = mul %4446, %4454 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4456 = add %4455, %4453 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4457 = mul %4445, %4445 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4458 = broadcast %3346 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4459 = mul %4457, %4458 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4460 = broadcast %3350 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4461 = mul %4447, %4460 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4462 = add %4461, %4459 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4463 = cast %4449 : f64[] @ models/lib/vit.yaml:103:7
%4464 = pow %3341, %4463 : f64[] @ models/lib/vit.yaml:103:7
%4465 = sub %3334, %4464 : f64[] @ models/lib/vit.yaml:103:7
%4466 = div %2050, %4465 : f64[] @ models/lib/vit.yaml:103:7
%4467 = pow %3349, %4463 : f64[] @ models/lib/vit.yaml:103:7
%4468 = sub %3334, %4467 : f64[] @ models/lib/vit.yaml:103:7
%4469 = sqrt %4468 : f64[] @ models/lib/vit.yaml:103:7
%4470 = div %3334, %4469 : f64[] @ models/lib/vit.yaml:103:7
%4471 = sqrt %4462 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4472 = cast %4470 : f32[] @ models/lib/vit.yaml:103:7
%4473 = broadcast %4472 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4474 = mul %4471, %4473 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4475 = broadcast %3366 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4476 = add %4474, %4475 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4477 = div %4456, %4476 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4478 = cast %4466 : f32[] @ models/lib/vit.yaml:103:7
%4479 = broadcast %4478 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4480 = mul %4477, %4479 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4481 = sub %4451, %4480 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4482 = assign %32, %4481 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4483 = assign %4446, %4456 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4484 = assign %4447, %4462 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4485 = assign %4448, %4449 : i64[] @ models/lib/vit.yaml:103:7
%4486 = broadcast %3378 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4487 = mul %116, %4486 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4488 = broadcast %3382 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4489 = mul %4481, %4488 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4490 = add %4487, %4489 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4491 = assign %116, %4490 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4492 = all_reduce_sum %2925 : f32[16] @ models/lib/nn.yaml:89:7
%4493 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4494 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4495 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4496 = add %4495, %3331 : i64[] @ models/lib/nn.yaml:89:7
%4497 = mul %4492, %3439 : f32[16] @ models/lib/nn.yaml:89:7
%4498 = mul %4493, %3441 : f32[16] @ models/lib/nn.yaml:89:7
%4499 = add %4498, %4497 : f32[16] @ models/lib/nn.yaml:89:7
%4500 = mul %4492, %4492 : f32[16] @ models/lib/nn.yaml:89:7
%4501 = mul %4500, %3445 : f32[16] @ models/lib/nn.yaml:89:7
%4502 = mul %4494, %3447 : f32[16] @ models/lib/nn.yaml:89:7
%4503 = add %4502, %4501 : f32[16] @ models/lib/nn.yaml:89:7
%4504 = cast %4496 : f64[] @ models/lib/nn.yaml:89:7
%4505 = pow %3341, %4504 : f64[] @ models/lib/nn.yaml:89:7
%4506 = sub %3334, %4505 : f64[] @ models/lib/nn.yaml:89:7
%4507 = div %2050, %4506 : f64[] @ models/lib/nn.yaml:89:7
%4508 = pow %3349, %4504 : f64[] @ models/lib/nn.yaml:89:7
%4509 = sub %3334, %4508 : f64[] @ models/lib/nn.yaml:89:7
%4510 = sqrt %4509 : f64[] @ models/lib/nn.yaml:89:7
%4511 = div %3334, %4510 : f64[] @ models/lib/nn.yaml:89:7
%4512 = sqrt %4503 : f32[16] @ models/lib/nn.yaml:89:7
%4513 = cast %4511 : f32[] @ models/lib/nn.yaml:89:7
%4514 = broadcast %4513 : f32[16] @ models/lib/nn.yaml:89:7
%4515 = mul %4512, %4514 : f32[16] @ models/lib/nn.yaml:89:7
%4516 = add %4515, %3462 : f32[16] @ models/lib/nn.yaml:89:7
%4517 = div %4499, %4516 : f32[16] @ models/lib/nn.yaml:89:7
%4518 = cast %4507 : f32[] @ models/lib/nn.yaml:89:7
%4519 = broadcast %4518 : f32[16] @ models/lib/nn.yaml:89:7
%4520 = mul %4517, %4519 : f32[16] @ models/lib/nn.yaml:89:7
%4521 = sub %33, %4520 : f32[16] @ models/lib/nn.yaml:89:7
%4522 = assign %33, %4521 : f32[16] @ models/lib/nn.yaml:89:7
%4523 = assign %4493, %4499 : f32[16] @ models/lib/nn.yaml:89:7
%4524 = assign %4494, %4503 : f32[16] @ models/lib/nn.yaml:89:7
%4525 = assign %4495, %4496 : i64[] @ models/lib/nn.yaml:89:7
%4526 = mul %117, %3473 : f32[16] @ models/lib/nn.yaml:89:7
%4527 = mul %4521, %3475 : f32[16] @ models/lib/nn.yaml:89:7
%4528 = add %4526, %4527 : f32[16] @ models/lib/nn.yaml:89:7
%4529 = assign %117, %4528 : f32[16] @ models/lib/nn.yaml:89:7
%4530 = all_reduce_sum %2919 : f32[16] @ models/lib/nn.yaml:90:7
%4531 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4532 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4533 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4534 = add %4533, %3331 : i64[] @ models/lib/nn.yaml:90:7
%4535 = mul %4530, %3439 : f32[16] @ models/lib/nn.yaml:90:7
%4536 = mul %4531, %3441 : f32[16] @ models/lib/nn.yaml:90:7
%4537 = add %4536, %4535 : f32[16] @ models/lib/nn.yaml:90:7
%4538 = mul %4530, %4530 : f32[16] @ models/lib/nn.yaml:90:7
%4539 = mul %4538, %3445 : f32[16] @ models/lib/nn.yaml:90:7
%4540 = mul %4532, %3447 : f32[16] @ models/lib/nn.yaml:90:7
%4541 = add %4540, %4539 : f32[16] @ models/lib/nn.yaml:90:7
%4542 = cast %4534 : f64[] @ models/lib/nn.yaml:90:7
%4543 = pow %3341, %4542 : f64[] @ models/lib/nn.yaml:90:7
%4544 = sub %3334, %4543 : f64[] @ models/lib/nn.yaml:90:7
%4545 = div %2050, %4544 : f64[] @ models/lib/nn.yaml:90:7
%4546 = pow %3349, %4542 : f64[] @ models/lib/nn.yaml:90:7
%4547 = sub %3334, %4546 : f64[] @ models/lib/nn.yaml:90:7
%4548 = sqrt %4547 : f64[] @ models/lib/nn.yaml:90:7
%4549 = div %3334, %4548 : f64[] @ models/lib/nn.yaml:90:7
%4550 = sqrt %4541 : f32[16] @ models/lib/nn.yaml:90:7
%4551 = cast %4549 : f32[] @ models/lib/nn.yaml:90:7
%4552 = broadcast %4551 : f32[16] @ models/lib/nn.yaml:90:7
%4553 = mul %4550, %4552 : f32[16] @ models/lib/nn.yaml:90:7
%4554 = add %4553, %3462 : f32[16] @ models/lib/nn.yaml:90:7
%4555 = div %4537, %4554 : f32[16] @ models/lib/nn.yaml:90:7
%4556 = cast %4545 : f32[] @ models/lib/nn.yaml:90:7
%4557 = broadcast %4556 : f32[16] @ models/lib/nn.yaml:90:7
%4558 = mul %4555, %4557 : f32[16] @ models/lib/nn.yaml:90:7
%4559 = sub %34, %4558 : f32[16] @ models/lib/nn.yaml:90:7
%4560 = assign %34, %4559 : f32[16] @ models/lib/nn.yaml:90:7
%4561 = assign %4531, %4537 : f32[16] @ models/lib/nn.yaml:90:7
%4562 = assign %4532, %4541 : f32[16] @ models/lib/nn.yaml:90:7
%4563 = assign %4533, %4534 : i64[] @ models/lib/nn.yaml:90:7
%4564 = mul %118, %3473 : f32[16] @ models/lib/nn.yaml:90:7
%4565 = mul %4559, %3475 : f32[16] @ models/lib/nn.yaml:90:7
%4566 = add %4564, %4565 : f32[16] @ models/lib/nn.yaml:90:7
%4567 = assign %118, %4566 : f32[16] @ models/lib/nn.yaml:90:7
%4568 = all_reduce_sum %2913 : f32[16,16] @ models/lib/nn.yaml:79:7
%4569 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4570 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4571 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4572 = add %4571, %3331 : i64[] @ models/lib/nn.yaml:79:7
%4573 = mul %35, %3652 : f32[16,16] @ models/lib/nn.yaml:79:7
%4574 = mul %4568, %3654 : f32[16,16] @ models/lib/nn.yaml:79:7
%4575 = mul %4569, %3656 : f32[16,16] @ models/lib/nn.yaml:79:7
%4576 = add %4575, %4574 : f32[16,16] @ models/lib/nn.yaml:79:7
%4577 = mul %4568, %4568 : f32[16,16] @ models/lib/nn.yaml:79:7
%4578 = mul %4577, %3660 : f32[16,16] @ models/lib/nn.yaml:79:7
%4579 = mul %4570, %3662 : f32[16,16] @ models/lib/nn.yaml:79:7
%4580 = add %4579, %4578 : f32[16,16] @ models/lib/nn.yaml:79:7
%4581 = cast %4572 : f64[] @ models/lib/nn.yaml:79:7
%4582 = pow %3341, %4581 : f64[] @ models/lib/nn.yaml:79:7
%4583 = sub %3334, %4582 : f64[] @ models/lib/nn.yaml:79:7
%4584 = div %2050, %4583 : f64[] @ models/lib/nn.yaml:79:7
%4585 = pow %3349, %4581 : f64[] @ models/lib/nn.yaml:79:7
%4586 = sub %3334, %4585 : f64[] @ models/lib/nn.yaml:79:7
%4587 = sqrt %4586 : f64[] @ models/lib/nn.yaml:79:7
%4588 = div %3334, %4587 : f64[] @ models/lib/nn.yaml:79:7
%4589 = sqrt %4580 : f32[16,16] @ models/lib/nn.yaml:79:7
%4590 = cast %4588 : f32[] @ models/lib/nn.yaml:79:7
%4591 = broadcast %4590 : f32[16,16] @ models/lib/nn.yaml:79:7
%4592 = mul %4589, %4591 : f32[16,16] @ models/lib/nn.yaml:79:7
%4593 = add %4592, %3677 : f32[16,16] @ models/lib/nn.yaml:79:7
%4594 = div %4576, %4593 : f32[16,16] @ models/lib/nn.yaml:79:7
%4595 = cast %4584 : f32[] @ models/lib/nn.yaml:79:7
%4596 = broadcast %4595 : f32[16,16] @ models/lib/nn.yaml:79:7
%4597 = mul %4594, %4596 : f32[16,16] @ models/lib/nn.yaml:79:7
%4598 = sub %4573, %4597 : f32[16,16] @ models/lib/nn.yaml:79:7
%4599 = assign %35, %4598 : f32[16,16] @ models/lib/nn.yaml:79:7
%4600 = assign %4569, %4576 : f32[16,16] @ models/lib/nn.yaml:79:7
%4601 = assign %4570, %4580 : f32[16,16] @ models/lib/nn.yaml:79:7
%4602 = assign %4571, %4572 : i64[] @ models/lib/nn.yaml:79:7
%4603 = mul %119, %3688 : f32[16,16] @ models/lib/nn.yaml:79:7
%4604 = mul %4598, %3690 : f32[16,16] @ models/lib/nn.yaml:79:7
%4605 = add %4603, %4604 : f32[16,16] @ models/lib/nn.yaml:79:7
%4606 = assign %119, %4605 : f32[16,16] @ models/lib/nn.yaml:79:7
%4607 = all_reduce_sum %2909 : f32[16] @ models/lib/nn.yaml:80:7
%4608 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4609 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4610 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4611 = add %4610, %3331 : i64[] @ models/lib/nn.yaml:80:7
%4612 = mul %4607, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%4613 = mul %4608, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%4614 = add %4613, %4612 : f32[16] @ models/lib/nn.yaml:80:7
%4615 = mul %4607, %4607 : f32[16] @ models/lib/nn.yaml:80:7
%4616 = mul %4615, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%4617 = mul %4609, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%4618 = add %4617, %4616 : f32[16] @ models/lib/nn.yaml:80:7
%4619 = cast %4611 : f64[] @ models/lib/nn.yaml:80:7
%4620 = pow %3341, %4619 : f64[] @ models/lib/nn.yaml:80:7
%4621 = sub %3334, %4620 : f64[] @ models/lib/nn.yaml:80:7
%4622 = div %2050, %4621 : f64[] @ models/lib/nn.yaml:80:7
%4623 = pow %3349, %4619 : f64[] @ models/lib/nn.yaml:80:7
%4624 = sub %3334, %4623 : f64[] @ models/lib/nn.yaml:80:7
%4625 = sqrt %4624 : f64[] @ models/lib/nn.yaml:80:7
%4626 = div %3334, %4625 : f64[] @ models/lib/nn.yaml:80:7
%4627 = sqrt %4618 : f32[16] @ models/lib/nn.yaml:80:7
%4628 = cast %4626 : f32[] @ models/lib/nn.yaml:80:7
%4629 = broadcast %4628 : f32[16] @ models/lib/nn.yaml:80:7
%4630 = mul %4627, %4629 : f32[16] @ models/lib/nn.yaml:80:7
%4631 = add %4630, %3462 : f32[16] @ models/lib/nn.yaml:80:7
%4632 = div %4614, %4631 : f32[16] @ models/lib/nn.yaml:80:7
%4633 = cast %4622 : f32[] @ models/lib/nn.yaml:80:7
%4634 = broadcast %4633 : f32[16] @ models/lib/nn.yaml:80:7
%4635 = mul %4632, %4634 : f32[16] @ models/lib/nn.yaml:80:7
%4636 = sub %36, %4635 : f32[16] @ models/lib/nn.yaml:80:7
%4637 = assign %36, %4636 : f32[16] @ models/lib/nn.yaml:80:7
%4638 = assign %4608, %4614 : f32[16] @ models/lib/nn.yaml:80:7
%4639 = assign %4609, %4618 : f32[16] @ models/lib/nn.yaml:80:7
%4640 = assign %4610, %4611 : i64[] @ models/lib/nn.yaml:80:7
%4641 = mul %120, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%4642 = mul %4636, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%4643 = add %4641, %4642 : f32[16] @ models/lib/nn.yaml:80:7
%4644 = assign %120, %4643 : f32[16] @ models/lib/nn.yaml:80:7
%4645 = all_reduce_sum %2905 : f32[16,16] @ models/lib/nn.yaml:79:7
%4646 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4647 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4648 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4649 = add %4648, %3331 : i64[] @ models/lib/nn.yaml:79:7
%4650 = mul %37, %3652 : f32[16,16] @ models/lib/nn.yaml:79:7
%4651 = mul %4645, %3654 : f32[16,16] @ models/lib/nn.yaml:79:7
%4652 = mul %4646, %3656 : f32[16,16] @ models/lib/nn.yaml:79:7
%4653 = add %4652, %4651 : f32[16,16] @ models/lib/nn.yaml:79:7
%4654 = mul %4645, %4645 : f32[16,16] @ models/lib/nn.yaml:79:7
%4655 = mul %4654, %3660 : f32[16,16] @ models/lib/nn.yaml:79:7
%4656 = mul %4647, %3662 : f32[16,16] @ models/lib/nn.yaml:79:7
%4657 = add %4656, %4655 : f32[16,16] @ models/lib/nn.yaml:79:7
%4658 = cast %4649 : f64[] @ models/lib/nn.yaml:79:7
%4659 = pow %3341, %4658 : f64[] @ models/lib/nn.yaml:79:7
%4660 = sub %3334, %4659 : f64[] @ models/lib/nn.yaml:79:7
%4661 = div %2050, %4660 : f64[] @ models/lib/nn.yaml:79:7
%4662 = pow %3349, %4658 : f64[] @ models/lib/nn.yaml:79:7
%4663 = sub %3334, %4662 : f64[] @ models/lib/nn.yaml:79:7
%4664 = sqrt %4663 : f64[] @ models/lib/nn.yaml:79:7
%4665 = div %3334, %4664 : f64[] @ models/lib/nn.yaml:79:7
%4666 = sqrt %4657 : f32[16,16] @ models/lib/nn.yaml:79:7
%4667 = cast %4665 : f32[] @ models/lib/nn.yaml:79:7
%4668 = broadcast %4667 : f32[16,16] @ models/lib/nn.yaml:79:7
%4669 = mul %4666, %4668 : f32[16,16] @ models/lib/nn.yaml:79:7
%4670 = add %4669, %3677 : f32[16,16] @ models/lib/nn.yaml:79:7
%4671 = div %4653, %4670 : f32[16,16] @ models/lib/nn.yaml:79:7
%4672 = cast %4661 : f32[] @ models/lib/nn.yaml:79:7
%4673 = broadcast %4672 : f32[16,16] @ models/lib/nn.yaml:79:7
%4674 = mul %4671, %4673 : f32[16,16] @ models/lib/nn.yaml:79:7
%4675 = sub %4650, %4674 : f32[16,16] @ models/lib/nn.yaml:79:7
%4676 = assign %37, %4675 : f32[16,16] @ models/lib/nn.yaml:79:7
%4677 = assign %4646, %4653 : f32[16,16] @ models/lib/nn.yaml:79:7
%4678 = assign %4647, %4657 : f32[16,16] @ models/lib/nn.yaml:79:7
%4679 = assign %4648, %4649 : i64[] @ models/lib/nn.yaml:79:7
%4680 = mul %121, %3688 : f32[16,16] @ models/lib/nn.yaml:79:7
%4681 = mul %4675, %3690 : f32[16,16] @ models/lib/nn.yaml:79:7
%4682 = add %4680, %4681 : f32[16,16] @ models/lib/nn.yaml:79:7
%4683 = assign %121, %4682 : f32[16,16] @ models/lib/nn.yaml:79:7
%4684 = all_reduce_sum %2901 : f32[16] @ models/lib/nn.yaml:80:7
%4685 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4686 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4687 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4688 = add %4687, %3331 : i64[] @ models/lib/nn.yaml:80:7
%4689 = mul %4684, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%4690 = mul %4685, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%4691 = add %4690, %4689 : f32[16] @ models/lib/nn.yaml:80:7
%4692 = mul %4684, %4684 : f32[16] @ models/lib/nn.yaml:80:7
%4693 = mul %4692, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%4694 = mul %4686, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%4695 = add %4694, %4693 : f32[16] @ models/lib/nn.yaml:80:7
%4696 = cast %4688 : f64[] @ models/lib/nn.yaml:80:7
%4697 = pow %3341, %4696 : f64[] @ models/lib/nn.yaml:80:7
%4698 = sub %3334, %4697 : f64[] @ models/lib/nn.yaml:80:7
%4699 = div %2050, %4698 : f64[] @ models/lib/nn.yaml:80:7
%4700 = pow %3349, %4696 : f64[] @ models/lib/nn.yaml:80:7
%4701 = sub %3334, %4700 : f64[] @ models/lib/nn.yaml:80:7
%4702 = sqrt %4701 : f64[] @ models/lib/nn.yaml:80:7
%4703 = div %3334, %4702 : f64[] @ models/lib/nn.yaml:80:7
%4704 = sqrt %4695 : f32[16] @ models/lib/nn.yaml:80:7
%4705 = cast %4703 : f32[] @ models/lib/nn.yaml:80:7
%4706 = broadcast %4705 : f32[16] @ models/lib/nn.yaml:80:7
%4707 = mul %4704, %4706 : f32[16] @ models/lib/nn.yaml:80:7
%4708 = add %4707, %3462 : f32[16] @ models/lib/nn.yaml:80:7
%4709 = div %4691, %4708 : f32[16] @ models/lib/nn.yaml:80:7
%4710 = cast %4699 : f32[] @ models/lib/nn.yaml:80:7
%4711 = broadcast %4710 : f32[16] @ models/lib/nn.yaml:80:7
%4712 = mul %4709, %4711 : f32[16] @ models/lib/nn.yaml:80:7
%4713 = sub %38, %4712 : f32[16] @ models/lib/nn.yaml:80:7
%4714 = assign %38, %4713 : f32[16] @ models/lib/nn.yaml:80:7
%4715 = assign %4685, %4691 : f32[16] @ models/lib/nn.yaml:80:7
%4716 = assign %4686, %4695 : f32[16] @ models/lib/nn.yaml:80:7
%4717 = assign %4687, %4688 : i64[] @ models/lib/nn.yaml:80:7
%4718 = mul %122, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%4719 = mul %4713, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%4720 = add %4718, %4719 : f32[16] @ models/lib/nn.yaml:80:7
%4721 = assign %122, %4720 : f32[16] @ models/lib/nn.yaml:80:7
%4722 = all_reduce_sum %2895 : f32[16,16] @ models/lib/nn.yaml:79:7
%4723 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4724 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4725 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4726 = add %4725, %3331 : i64[] @ models/lib/nn.yaml:79:7
%4727 = mul %39, %3652 : f32[16,16] @ models/lib/nn.yaml:79:7
%4728 = mul %4722, %3654 : f32[16,16] @ models/lib/nn.yaml:79:7
%4729 = mul %4723, %3656 : f32[16,16] @ models/lib/nn.yaml:79:7
%4730 = add %4729, %4728 : f32[16,16] @ models/lib/nn.yaml:79:7
%4731 = mul %4722, %4722 : f32[16,16] @ models/lib/nn.yaml:79:7
%4732 = mul %4731, %3660 : f32[16,16] @ models/lib/nn.yaml:79:7
%4733 = mul %4724, %3662 : f32[16,16] @ models/lib/nn.yaml:79:7
%4734 = add %4733, %4732 : f32[16,16] @ models/lib/nn.yaml:79:7
%4735 = cast %4726 : f64[] @ models/lib/nn.yaml:79:7
%4736 = pow %3341, %4735 : f64[] @ models/lib/nn.yaml:79:7
%4737 = sub %3334, %4736 : f64[] @ models/lib/nn.yaml:79:7
%4738 = div %2050, %4737 : f64[] @ models/lib/nn.yaml:79:7
%4739 = pow %3349, %4735 : f64[] @ models/lib/nn.yaml:79:7
%4740 = sub %3334, %4739 : f64[] @ models/lib/nn.yaml:79:7
%4741 = sqrt %4740 : f64[] @ models/lib/nn.yaml:79:7
%4742 = div %3334, %4741 : f64[] @ models/lib/nn.yaml:79:7
%4743 = sqrt %4734 : f32[16,16] @ models/lib/nn.yaml:79:7
%4744 = cast %4742 : f32[] @ models/lib/nn.yaml:79:7
%4745 = broadcast %4744 : f32[16,16] @ models/lib/nn.yaml:79:7
%4746 = mul %4743, %4745 : f32[16,16] @ models/lib/nn.yaml:79:7
%4747 = add %4746, %3677 : f32[16,16] @ models/lib/nn.yaml:79:7
%4748 = div %4730, %4747 : f32[16,16] @ models/lib/nn.yaml:79:7
%4749 = cast %4738 : f32[] @ models/lib/nn.yaml:79:7
%4750 = broadcast %4749 : f32[16,16] @ models/lib/nn.yaml:79:7
%4751 = mul %4748, %4750 : f32[16,16] @ models/lib/nn.yaml:79:7
%4752 = sub %4727, %4751 : f32[16,16] @ models/lib/nn.yaml:79:7
%4753 = assign %39, %4752 : f32[16,16] @ models/lib/nn.yaml:79:7
%4754 = assign %4723, %4730 : f32[16,16] @ models/lib/nn.yaml:79:7
%4755 = assign %4724, %4734 : f32[16,16] @ models/lib/nn.yaml:79:7
%4756 = assign %4725, %4726 : i64[] @ models/lib/nn.yaml:79:7
%4757 = mul %123, %3688 : f32[16,16] @ models/lib/nn.yaml:79:7
%4758 = mul %4752, %3690 : f32[16,16] @ models/lib/nn.yaml:79:7
%4759 = add %4757, %4758 : f32[16,16] @ models/lib/nn.yaml:79:7
%4760 = assign %123, %4759 : f32[16,16] @ models/lib/nn.yaml:79:7
%4761 = all_reduce_sum %2891 : f32[16] @ models/lib/nn.yaml:80:7
%4762 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4763 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4764 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4765 = add %4764, %3331 : i64[] @ models/lib/nn.yaml:80:7
%4766 = mul %4761, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%4767 = mul %4762, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%4768 = add %4767, %4766 : f32[16] @ models/lib/nn.yaml:80:7
%4769 = mul %4761, %4761 : f32[16] @ models/lib/nn.yaml:80:7
%4770 = mul %4769, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%4771 = mul %4763, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%4772 = add %4771, %4770 : f32[16] @ models/lib/nn.yaml:80:7
%4773 = cast %4765 : f64[] @ models/lib/nn.yaml:80:7
%4774 = pow %3341, %4773 : f64[] @ models/lib/nn.yaml:80:7
%4775 = sub %3334, %4774 : f64[] @ models/lib/nn.yaml:80:7
%4776 = div %2050, %4775 : f64[] @ models/lib/nn.yaml:80:7
%4777 = pow %3349, %4773 : f64[] @ models/lib/nn.yaml:80:7
%4778 = sub %3334, %4777 : f64[] @ models/lib/nn.yaml:80:7
%4779 = sqrt %4778 : f64[] @ models/lib/nn.yaml:80:7
%4780 = div %3334, %4779 : f64[] @ models/lib/nn.yaml:80:7
%4781 = sqrt %4772 : f32[16] @ models/lib/nn.yaml:80:7
%4782 = cast %4780 : f32[] @ models/lib/nn.yaml:80:7
%4783 = broadcast %4782 : f32[16] @ models/lib/nn.yaml:80:7
%4784 = mul %4781, %4783 : f32[16] @ models/lib/nn.yaml:80:7
%4785 = add %4784, %3462 : f32[16] @ models/lib/nn.yaml:80:7
%4786 = div %4768, %4785 : f32[16] @ models/lib/nn.yaml:80:7
%4787 = cast %4776 : f32[] @ models/lib/nn.yaml:80:7
%4788 = broadcast %4787 : f32[16] @ models/lib/nn.yaml:80:7
%4789 = mul %4786, %4788 : f32[16] @ models/lib/nn.yaml:80:7
%4790 = sub %40, %4789 : f32[16] @ models/lib/nn.yaml:80:7
%4791 = assign %40, %4790 : f32[16] @ models/lib/nn.yaml:80:7
%4792 = assign %4762, %4768 : f32[16] @ models/lib/nn.yaml:80:7
%4793 = assign %4763, %4772 : f32[16] @ models/lib/nn.yaml:80:7
%4794 = assign %4764, %4765 : i64[] @ models/lib/nn.yaml:80:7
%4795 = mul %124, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%4796 = mul %4790, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%4797 = add %4795, %4796 : f32[16] @ models/lib/nn.yaml:80:7
%4798 = assign %124, %4797 : f32[16] @ models/lib/nn.yaml:80:7
%4799 = all_reduce_sum %2821 : f32[16,16] @ models/lib/nn.yaml:79:7
%4800 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4801 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4802 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4803 = add %4802, %3331 : i64[] @ models/lib/nn.yaml:79:7
%4804 = mul %41, %3652 : f32[16,16] @ models/lib/nn.yaml:79:7
%4805 = mul %4799, %3654 : f32[16,16] @ models/lib/nn.yaml:79:7
%4806 = mul %4800, %3656 : f32[16,16] @ models/lib/nn.yaml:79:7
%4807 = add %4806, %4805 : f32[16,16] @ models/lib/nn.yaml:79:7
%4808 = mul %4799, %4799 : f32[16,16] @ models/lib/nn.yaml:79:7
%4809 = mul %4808, %3660 : f32[16,16] @ models/lib/nn.yaml:79:7
%4810 = mul %4801, %3662 : f32[16,16] @ models/lib/nn.yaml:79:7
%4811 = add %4810, %4809 : f32[16,16] @ models/lib/nn.yaml:79:7
%4812 = cast %4803 : f64[] @ models/lib/nn.yaml:79:7
%4813 = pow %3341, %4812 : f64[] @ models/lib/nn.yaml:79:7
%4814 = sub %3334, %4813 : f64[] @ models/lib/nn.yaml:79:7
%4815 = div %2050, %4814 : f64[] @ models/lib/nn.yaml:79:7
%4816 = pow %3349, %4812 : f64[] @ models/lib/nn.yaml:79:7
%4817 = sub %3334, %4816 : f64[] @ models/lib/nn.yaml:79:7
%4818 = sqrt %4817 : f64[] @ models/lib/nn.yaml:79:7
%4819 = div %3334, %4818 : f64[] @ models/lib/nn.yaml:79:7
%4820 = sqrt %4811 : f32[16,16] @ models/lib/nn.yaml:79:7
%4821 = cast %4819 : f32[] @ models/lib/nn.yaml:79:7
%4822 = broadcast %4821 : f32[16,16] @ models/lib/nn.yaml:79:7
%4823 = mul %4820, %4822 : f32[16,16] @ models/lib/nn.yaml:79:7
%4824 = add %4823, %3677 : f32[16,16] @ models/lib/nn.yaml:79:7
%4825 = div %4807, %4824 : f32[16,16] @ models/lib/nn.yaml:79:7
%4826 = cast %4815 : f32[] @ models/lib/nn.yaml:79:7
%4827 = broadcast %4826 : f32[16,16] @ models/lib/nn.yaml:79:7
%4828 = mul %4825, %4827 : f32[16,16] @ models/lib/nn.yaml:79:7
%4829 = sub %4804, %4828 : f32[16,16] @ models/lib/nn.yaml:79:7
%4830 = assign %41, %4829 : f32[16,16] @ models/lib/nn.yaml:79:7
%4831 = assign %4800, %4807 : f32[16,16] @ models/lib/nn.yaml:79:7
%4832 = assign %4801, %4811 : f32[16,16] @ models/lib/nn.yaml:79:7
%4833 = assign %4802, %4803 : i64[] @ models/lib/nn.yaml:79:7
%4834 = mul %125, %3688 : f32[16,16] @ models/lib/nn.yaml:79:7
%4835 = mul %4829, %3690 : f32[16,16] @ models/lib/nn.yaml:79:7
%4836 = add %4834, %4835 : f32[16,16] @ models/lib/nn.yaml:79:7
%4837 = assign %125, %4836 : f32[16,16] @ models/lib/nn.yaml:79:7
%4838 = all_reduce_sum %2817 : f32[16] @ models/lib/nn.yaml:80:7
%4839 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4840 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4841 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4842 = add %4841, %3331 : i64[] @ models/lib/nn.yaml:80:7
%4843 = mul %4838, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%4844 = mul %4839, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%4845 = add %4844, %4843 : f32[16] @ models/lib/nn.yaml:80:7
%4846 = mul %4838, %4838 : f32[16] @ models/lib/nn.yaml:80:7
%4847 = mul %4846, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%4848 = mul %4840, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%4849 = add %4848, %4847 : f32[16] @ models/lib/nn.yaml:80:7
%4850 = cast %4842 : f64[] @ models/lib/nn.yaml:80:7
%4851 = pow %3341, %4850 : f64[] @ models/lib/nn.yaml:80:7
%4852 = sub %3334, %4851 : f64[] @ models/lib/nn.yaml:80:7
%4853 = div %2050, %4852 : f64[] @ models/lib/nn.yaml:80:7
%4854 = pow %3349, %4850 : f64[] @ models/lib/nn.yaml:80:7
%4855 = sub %3334, %4854 : f64[] @ models/lib/nn.yaml:80:7
%4856 = sqrt %4855 : f64[] @ models/lib/nn.yaml:80:7
%4857 = div %3334, %4856 : f64[] @ models/lib/nn.yaml:80:7
%4858 = sqrt %4849 : f32[16] @ models/lib/nn.yaml:80:7
%4859 = cast %4857 : f32[] @ models/lib/nn.yaml:80:7
%4860 = broadcast %4859 : f32[16] @ models/lib/nn.yaml:80:7
%4861 = mul %4858, %4860 : f32[16] @ models/lib/nn.yaml:80:7
%4862 = add %4861, %3462 : f32[16] @ models/lib/nn.yaml:80:7
%4863 = div %4845, %4862 : f32[16] @ models/lib/nn.yaml:80:7
%4864 = cast %4853 : f32[] @ models/lib/nn.yaml:80:7
%4865 = broadcast %4864 : f32[16] @ models/lib/nn.yaml:80:7
%4866 = mul %4863, %4865 : f32[16] @ models/lib/nn.yaml:80:7
%4867 = sub %42, %4866 : f32[16] @ models/lib/nn.yaml:80:7
%4868 = assign %42, %4867 : f32[16] @ models/lib/nn.yaml:80:7
%4869 = assign %4839, %4845 : f32[16] @ models/lib/nn.yaml:80:7
%4870 = assign %4840, %4849 : f32[16] @ models/lib/nn.yaml:80:7
%4871 = assign %4841, %4842 : i64[] @ models/lib/nn.yaml:80:7
%4872 = mul %126, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%4873 = mul %4867, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%4874 = add %4872, %4873 : f32[16] @ models/lib/nn.yaml:80:7
%4875 = assign %126, %4874 : f32[16] @ models/lib/nn.yaml:80:7
%4876 = all_reduce_sum %2797 : f32[16] @ models/lib/nn.yaml:89:7
%4877 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4878 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4879 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4880 = add %4879, %3331 : i64[] @ models/lib/nn.yaml:89:7
%4881 = mul %4876, %3439 : f32[16] @ models/lib/nn.yaml:89:7
%4882 = mul %4877, %3441 : f32[16] @ models/lib/nn.yaml:89:7
%4883 = add %4882, %4881 : f32[16] @ models/lib/nn.yaml:89:7
%4884 = mul %4876, %4876 : f32[16] @ models/lib/nn.yaml:89:7
%4885 = mul %4884, %3445 : f32[16] @ models/lib/nn.yaml:89:7
%4886 = mul %4878, %3447 : f32[16] @ models/lib/nn.yaml:89:7
%4887 = add %4886, %4885 : f32[16] @ models/lib/nn.yaml:89:7
%4888 = cast %4880 : f64[] @ models/lib/nn.yaml:89:7
%4889 = pow %3341, %4888 : f64[] @ models/lib/nn.yaml:89:7
%4890 = sub %3334, %4889 : f64[] @ models/lib/nn.yaml:89:7
%4891 = div %2050, %4890 : f64[] @ models/lib/nn.yaml:89:7
%4892 = pow %3349, %4888 : f64[] @ models/lib/nn.yaml:89:7
%4893 = sub %3334, %4892 : f64[] @ models/lib/nn.yaml:89:7
%4894 = sqrt %4893 : f64[] @ models/lib/nn.yaml:89:7
%4895 = div %3334, %4894 : f64[] @ models/lib/nn.yaml:89:7
%4896 = sqrt %4887 : f32[16] @ models/lib/nn.yaml:89:7
%4897 = cast %4895 : f32[] @ models/lib/nn.yaml:89:7
%4898 = broadcast %4897 : f32[16] @ models/lib/nn.yaml:89:7
%4899 = mul %4896, %4898 : f32[16] @ models/lib/nn.yaml:89:7
%4900 = add %4899, %3462 : f32[16] @ models/lib/nn.yaml:89:7
%4901 = div %4883, %4900 : f32[16] @ models/lib/nn.yaml:89:7
%4902 = cast %4891 : f32[] @ models/lib/nn.yaml:89:7
%4903 = broadcast %4902 : f32[16] @ models/lib/nn.yaml:89:7
%4904 = mul %4901, %4903 : f32[16] @ models/lib/nn.yaml:89:7
%4905 = sub %43, %4904 : f32[16] @ models/lib/nn.yaml:89:7
%4906 = assign %43, %4905 : f32[16] @ models/lib/nn.yaml:89:7
%4907 = assign %4877, %4883 : f32[16] @ models/lib/nn.yaml:89:7
%4908 = assign %4878, %4887 : f32[16] @ models/lib/nn.yaml:89:7
%4909 = assign %4879, %4880 : i64[] @ models/lib/nn.yaml:89:7
%4910 = mul %127, %3473 : f32[16] @ models/lib/nn.yaml:89:7
%4911 = mul %4905, %3475 : f32[16] @ models/lib/nn.yaml:89:7
%4912 = add %4910, %4911 : f32[16] @ models/lib/nn.yaml:89:7
%4913 = assign %127, %4912 : f32[16] @ models/lib/nn.yaml:89:7
%4914 = all_reduce_sum %2793 : f32[16] @ models/lib/nn.yaml:90:7
%4915 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4916 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4917 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4918 = add %4917, %3331 : i64[] @ models/lib/nn.yaml:90:7
%4919 = mul %4914, %3439 : f32[16] @ models/lib/nn.yaml:90:7
%4920 = mul %4915, %3441 : f32[16] @ models/lib/nn.yaml:90:7
%4921 = add %4920, %4919 : f32[16] @ models/lib/nn.yaml:90:7
%4922 = mul %4914, %4914 : f32[16] @ models/lib/nn.yaml:90:7
%4923 = mul %4922, %3445 : f32[16] @ models/lib/nn.yaml:90:7
%4924 = mul %4916, %3447 : f32[16] @ models/lib/nn.yaml:90:7
%4925 = add %4924, %4923 : f32[16] @ models/lib/nn.yaml:90:7
%4926 = cast %4918 : f64[] @ models/lib/nn.yaml:90:7
%4927 = pow %3341, %4926 : f64[] @ models/lib/nn.yaml:90:7
%4928 = sub %3334, %4927 : f64[] @ models/lib/nn.yaml:90:7
%4929 = div %2050, %4928 : f64[] @ models/lib/nn.yaml:90:7
%4930 = pow %3349, %4926 : f64[] @ models/lib/nn.yaml:90:7
%4931 = sub %3334, %4930 : f64[] @ models/lib/nn.yaml:90:7
%4932 = sqrt %4931 : f64[] @ models/lib/nn.yaml:90:7
%4933 = div %3334, %4932 : f64[] @ models/lib/nn.yaml:90:7
%4934 = sqrt %4925 : f32[16] @ models/lib/nn.yaml:90:7
%4935 = cast %4933 : f32[] @ models/lib/nn.yaml:90:7
%4936 = broadcast %4935 : f32[16] @ models/lib/nn.yaml:90:7
%4937 = mul %4934, %4936 : f32[16] @ models/lib/nn.yaml:90:7
%4938 = add %4937, %3462 : f32[16] @ models/lib/nn.yaml:90:7
%4939 = div %4921, %4938 : f32[16] @ models/lib/nn.yaml:90:7
%4940 = cast %4929 : f32[] @ models/lib/nn.yaml:90:7
%4941 = broadcast %4940 : f32[16] @ models/lib/nn.yaml:90:7
%4942 = mul %4939, %4941 : f32[16] @ models/lib/nn.yaml:90:7
%4943 = sub %44, %4942 : f32[16] @ models/lib/nn.yaml:90:7
%4944 = assign %44, %4943 : f32[16] @ models/lib/nn.yaml:90:7
%4945 = assign %4915, %4921 : f32[16] @ models/lib/nn.yaml:90:7
%4946 = assign %4916, %4925 : f32[16] @ models/lib/nn.yaml:90:7
%4947 = assign %4917, %4918 : i64[] @ models/lib/nn.yaml:90:7
%4948 = mul %128, %3473 : f32[16] @ models/lib/nn.yaml:90:7
%4949 = mul %4943, %3475 : f32[16] @ models/lib/nn.yaml:90:7
%4950 = add %4948, %4949 : f32[16] @ models/lib/nn.yaml:90:7
%4951 = assign %128, %4950 : f32[16] @ models/lib/nn.yaml:90:7
%4952 = all_reduce_sum %2791 : f32[64,16] @ models/lib/nn.yaml:79:7
%4953 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4954 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4955 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4956 = add %4955, %3331 : i64[] @ models/lib/nn.yaml:79:7
%4957 = mul %45, %3813 : f32[64,16] @ models/lib/nn.yaml:79:7
%4958 = mul %4952, %3815 : f32[64,16] @ models/lib/nn.yaml:79:7
%4959 = mul %4953, %3817 : f32[64,16] @ models/lib/nn.yaml:79:7
%4960 = add %4959, %4958 : f32[64,16] @ models/lib/nn.yaml:79:7
%4961 = mul %4952, %4952 : f32[64,16] @ models/lib/nn.yaml:79:7
%4962 = mul %4961, %3821 : f32[64,16] @ models/lib/nn.yaml:79:7
%4963 = mul %4954, %3823 : f32[64,16] @ models/lib/nn.yaml:79:7
%4964 = add %4963, %4962 : f32[64,16] @ models/lib/nn.yaml:79:7
%4965 = cast %4956 : f64[] @ models/lib/nn.yaml:79:7
%4966 = pow %3341, %4965 : f64[] @ models/lib/nn.yaml:79:7
%4967 = sub %3334, %4966 : f64[] @ models/lib/nn.yaml:79:7
%4968 = div %2050, %4967 : f64[] @ models/lib/nn.yaml:79:7
%4969 = pow %3349, %4965 : f64[] @ models/lib/nn.yaml:79:7
%4970 = sub %3334, %4969 : f64[] @ models/lib/nn.yaml:79:7
%4971 = sqrt %4970 : f64[] @ models/lib/nn.yaml:79:7
%4972 = div %3334, %4971 : f64[] @ models/lib/nn.yaml:79:7
%4973 = sqrt %4964 : f32[64,16] @ models/lib/nn.yaml:79:7
%4974 = cast %4972 : f32[] @ models/lib/nn.yaml:79:7
%4975 = broadcast %4974 : f32[64,16] @ models/lib/nn.yaml:79:7
%4976 = mul %4973, %4975 : f32[64,16] @ models/lib/nn.yaml:79:7
%4977 = add %4976, %3838 : f32[64,16] @ models/lib/nn.yaml:79:7
%4978 = div %4960, %4977 : f32[64,16] @ models/lib/nn.yaml:79:7
%4979 = cast %4968 : f32[] @ models/lib/nn.yaml:79:7
%4980 = broadcast %4979 : f32[64,16] @ models/lib/nn.yaml:79:7
%4981 = mul %4978, %4980 : f32[64,16] @ models/lib/nn.yaml:79:7
%4982 = sub %4957, %4981 : f32[64,16] @ models/lib/nn.yaml:79:7
%4983 = assign %45, %4982 : f32[64,16] @ models/lib/nn.yaml:79:7
%4984 = assign %4953, %4960 : f32[64,16] @ models/lib/nn.yaml:79:7
%4985 = assign %4954, %4964 : f32[64,16] @ models/lib/nn.yaml:79:7
%4986 = assign %4955, %4956 : i64[] @ models/lib/nn.yaml:79:7
%4987 = mul %129, %3849 : f32[64,16] @ models/lib/nn.yaml:79:7
%4988 = mul %4982, %3851 : f32[64,16] @ models/lib/nn.yaml:79:7
%4989 = add %4987, %4988 : f32[64,16] @ models/lib/nn.yaml:79:7
%4990 = assign %129, %4989 : f32[64,16] @ models/lib/nn.yaml:79:7
%4991 = all_reduce_sum %2787 : f32[64] @ models/lib/nn.yaml:80:7
%4992 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4993 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4994 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4995 = add %4994, %3331 : i64[] @ models/lib/nn.yaml:80:7
%4996 = mul %4991, %3860 : f32[64] @ models/lib/nn.yaml:80:7
%4997 = mul %4992, %3862 : f32[64] @ models/lib/nn.yaml:80:7
%4998 = add %4997, %4996 : f32[64] @ models/lib/nn.yaml:80:7
%4999 = mul %4991, %4991 : f32[64] @ models/lib/nn.yaml:80:7
%5000 = mul %4999, %3866 : f32[64] @ models/lib/nn.yaml:80:7
%5001 = mul %4993, %3868 : f32[64] @ models/lib/nn.yaml:80:7
%5002 = add %5001, %5000 : f32[64] @ models/lib/nn.yaml:80:7
%5003 = cast %4995 : f64[] @ models/lib/nn.yaml:80:7
%5004 = pow %3341, %5003 : f64[] @ models/lib/nn.yaml:80:7
%5005 = sub %3334, %5004 : f64[] @ models/lib/nn.yaml:80:7
%5006 = div %2050, %5005 : f64[] @ models/lib/nn.yaml:80:7
%5007 = pow %3349, %5003 : f64[] @ models/lib/nn.yaml:80:7
%5008 = sub %3334, %5007 : f64[] @ models/lib/nn.yaml:80:7
%5009 = sqrt %5008 : f64[] @ models/lib/nn.yaml:80:7
%5010 = div %3334, %5009 : f64[] @ models/lib/nn.yaml:80:7
%5011 = sqrt %5002 : f32[64] @ models/lib/nn.yaml:80:7
%5012 = cast %5010 : f32[] @ models/lib/nn.yaml:80:7
%5013 = broadcast %5012 : f32[64] @ models/lib/nn.yaml:80:7
%5014 = mul %5011, %5013 : f32[64] @ models/lib/nn.yaml:80:7
%5015 = add %5014, %3883 : f32[64] @ models/lib/nn.yaml:80:7
%5016 = div %4998, %5015 : f32[64] @ models/lib/nn.yaml:80:7
%5017 = cast %5006 : f32[] @ models/lib/nn.yaml:80:7
%5018 = broadcast %5017 : f32[64] @ models/lib/nn.yaml:80:7
%5019 = mul %5016, %5018 : f32[64] @ models/lib/nn.yaml:80:7
%5020 = sub %46, %5019 : f32[64] @ models/lib/nn.yaml:80:7
%5021 = assign %46, %5020 : f32[64] @ models/lib/nn.yaml:80:7
%5022 = assign %4992, %4998 : f32[64] @ models/lib/nn.yaml:80:7
%5023 = assign %4993, %5002 : f32[64] @ models/lib/nn.yaml:80:7
%5024 = assign %4994, %4995 : i64[] @ models/lib/nn.yaml:80:7
%5025 = mul %130, %3894 : f32[64] @ models/lib/nn.yaml:80:7
%5026 = mul %5020, %3896 : f32[64] @ models/lib/nn.yaml:80:7
%5027 = add %5025, %5026 : f32[64] @ models/lib/nn.yaml:80:7
%5028 = assign %130, %5027 : f32[64] @ models/lib/nn.yaml:80:7
%5029 = all_reduce_sum %2775 : f32[16,64] @ models/lib/nn.yaml:79:7
%5030 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5031 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5032 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5033 = add %5032, %3331 : i64[] @ models/lib/nn.yaml:79:7
%5034 = mul %47, %3905 : f32[16,64] @ models/lib/nn.yaml:79:7
%5035 = mul %5029, %3907 : f32[16,64] @ models/lib/nn.yaml:79:7
%5036 = mul %5030, %3909 : f32[16,64] @ models/lib/nn.yaml:79:7
%5037 = add %5036, %5035 : f32[16,64] @ models/lib/nn.yaml:79:7
%5038 = mul %5029, %5029 : f32[16,64] @ models/lib/nn.yaml:79:7
%5039 = mul %5038, %3913 : f32[16,64] @ models/lib/nn.yaml:79:7
%5040 = mul %5031, %3915 : f32[16,64] @ models/lib/nn.yaml:79:7
%5041 = add %5040, %5039 : f32[16,64] @ models/lib/nn.yaml:79:7
%5042 = cast %5033 : f64[] @ models/lib/nn.yaml:79:7
%5043 = pow %3341, %5042 : f64[] @ models/lib/nn.yaml:79:7
%5044 = sub %3334, %5043 : f64[] @ models/lib/nn.yaml:79:7
%5045 = div %2050, %5044 : f64[] @ models/lib/nn.yaml:79:7
%5046 = pow %3349, %5042 : f64[] @ models/lib/nn.yaml:79:7
%5047 = sub %3334, %5046 : f64[] @ models/lib/nn.yaml:79:7
%5048 = sqrt %5047 : f64[] @ models/lib/nn.yaml:79:7
%5049 = div %3334, %5048 : f64[] @ models/lib/nn.yaml:79:7
%5050 = sqrt %5041 : f32[16,64] @ models/lib/nn.yaml:79:7
%5051 = cast %5049 : f32[] @ models/lib/nn.yaml:79:7
%5052 = broadcast %5051 : f32[16,64] @ models/lib/nn.yaml:79:7
%5053 = mul %5050, %5052 : f32[16,64] @ models/lib/nn.yaml:79:7
%5054 = add %5053, %3930 : f32[16,64] @ models/lib/nn.yaml:79:7
%5055 = div %5037, %5054 : f32[16,64] @ models/lib/nn.yaml:79:7
%5056 = cast %5045 : f32[] @ models/lib/nn.yaml:79:7
%5057 = broadcast %5056 : f32[16,64] @ models/lib/nn.yaml:79:7
%5058 = mul %5055, %5057 : f32[16,64] @ models/lib/nn.yaml:79:7
%5059 = sub %5034, %5058 : f32[16,64] @ models/lib/nn.yaml:79:7
%5060 = assign %47, %5059 : f32[16,64] @ models/lib/nn.yaml:79:7
%5061 = assign %5030, %5037 : f32[16,64] @ models/lib/nn.yaml:79:7
%5062 = assign %5031, %5041 : f32[16,64] @ models/lib/nn.yaml:79:7
%5063 = assign %5032, %5033 : i64[] @ models/lib/nn.yaml:79:7
%5064 = mul %131, %3941 : f32[16,64] @ models/lib/nn.yaml:79:7
%5065 = mul %5059, %3943 : f32[16,64] @ models/lib/nn.yaml:79:7
%5066 = add %5064, %5065 : f32[16,64] @ models/lib/nn.yaml:79:7
%5067 = assign %131, %5066 : f32[16,64] @ models/lib/nn.yaml:79:7
%5068 = all_reduce_sum %2771 : f32[16] @ models/lib/nn.yaml:80:7
%5069 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5070 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5071 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5072 = add %5071, %3331 : i64[] @ models/lib/nn.yaml:80:7
%5073 = mul %5068, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%5074 = mul %5069, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%5075 = add %5074, %5073 : f32[16] @ models/lib/nn.yaml:80:7
%5076 = mul %5068, %5068 : f32[16] @ models/lib/nn.yaml:80:7
%5077 = mul %5076, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%5078 = mul %5070, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%5079 = add %5078, %5077 : f32[16] @ models/lib/nn.yaml:80:7
%5080 = cast %5072 : f64[] @ models/lib/nn.yaml:80:7
%5081 = pow %3341, %5080 : f64[] @ models/lib/nn.yaml:80:7
%5082 = sub %3334, %5081 : f64[] @ models/lib/nn.yaml:80:7
%5083 = div %2050, %5082 : f64[] @ models/lib/nn.yaml:80:7
%5084 = pow %3349, %5080 : f64[] @ models/lib/nn.yaml:80:7
%5085 = sub %3334, %5084 : f64[] @ models/lib/nn.yaml:80:7
%5086 = sqrt %5085 : f64[] @ models/lib/nn.yaml:80:7
%5087 = div %3334, %5086 : f64[] @ models/lib/nn.yaml:80:7
%5088 = sqrt %5079 : f32[16] @ models/lib/nn.yaml:80:7
%5089 = cast %5087 : f32[] @ models/lib/nn.yaml:80:7
%5090 = broadcast %5089 : f32[16] @ models/lib/nn.yaml:80:7
%5091 = mul %5088, %5090 : f32[16] @ models/lib/nn.yaml:80:7
%5092 = add %5091, %3462 : f32[16] @ models/lib/nn.yaml:80:7
%5093 = div %5075, %5092 : f32[16] @ models/lib/nn.yaml:80:7
%5094 = cast %5083 : f32[] @ models/lib/nn.yaml:80:7
%5095 = broadcast %5094 : f32[16] @ models/lib/nn.yaml:80:7
%5096 = mul %5093, %5095 : f32[16] @ models/lib/nn.yaml:80:7
%5097 = sub %48, %5096 : f32[16] @ models/lib/nn.yaml:80:7
%5098 = assign %48, %5097 : f32[16] @ models/lib/nn.yaml:80:7
%5099 = assign %5069, %5075 : f32[16] @ models/lib/nn.yaml:80:7
%5100 = assign %5070, %5079 : f32[16] @ models/lib/nn.yaml:80:7
%5101 = assign %5071, %5072 : i64[] @ models/lib/nn.yaml:80:7
%5102 = mul %132, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%5103 = mul %5097, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%5104 = add %5102, %5103 : f32[16] @ models/lib/nn.yaml:80:7
%5105 = assign %132, %5104 : f32[16] @ models/lib/nn.yaml:80:7
%5106 = all_reduce_sum %2748 : f32[16] @ models/lib/nn.yaml:89:7
%5107 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5108 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5109 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5110 = add %5109, %3331 : i64[] @ models/lib/nn.yaml:89:7
%5111 = mul %5106, %3439 : f32[16] @ models/lib/nn.yaml:89:7
%5112 = mul %5107, %3441 : f32[16] @ models/lib/nn.yaml:89:7
%5113 = add %5112, %5111 : f32[16] @ models/lib/nn.yaml:89:7
%5114 = mul %5106, %5106 : f32[16] @ models/lib/nn.yaml:89:7
%5115 = mul %5114, %3445 : f32[16] @ models/lib/nn.yaml:89:7
%5116 = mul %5108, %3447 : f32[16] @ models/lib/nn.yaml:89:7
%5117 = add %5116, %5115 : f32[16] @ models/lib/nn.yaml:89:7
%5118 = cast %5110 : f64[] @ models/lib/nn.yaml:89:7
%5119 = pow %3341, %5118 : f64[] @ models/lib/nn.yaml:89:7
%5120 = sub %3334, %5119 : f64[] @ models/lib/nn.yaml:89:7
%5121 = div %2050, %5120 : f64[] @ models/lib/nn.yaml:89:7
%5122 = pow %3349, %5118 : f64[] @ models/lib/nn.yaml:89:7
%5123 = sub %3334, %5122 : f64[] @ models/lib/nn.yaml:89:7
%5124 = sqrt %5123 : f64[] @ models/lib/nn.yaml:89:7
%5125 = div %3334, %5124 : f64[] @ models/lib/nn.yaml:89:7
%5126 = sqrt %5117 : f32[16] @ models/lib/nn.yaml:89:7
%5127 = cast %5125 : f32[] @ models/lib/nn.yaml:89:7
%5128 = broadcast %5127 : f32[16] @ models/lib/nn.yaml:89:7
%5129 = mul %5126, %5128 : f32[16] @ models/lib/nn.yaml:89:7
%5130 = add %5129, %3462 : f32[16] @ models/lib/nn.yaml:89:7
%5131 = div %5113, %5130 : f32[16] @ models/lib/nn.yaml:89:7
%5132 = cast %5121 : f32[] @ models/lib/nn.yaml:89:7
%5133 = broadcast %5132 : f32[16] @ models/lib/nn.yaml:89:7
%5134 = mul %5131, %5133 : f32[16] @ models/lib/nn.yaml:89:7
%5135 = sub %49, %5134 : f32[16] @ models/lib/nn.yaml:89:7
%5136 = assign %49, %5135 : f32[16] @ models/lib/nn.yaml:89:7
%5137 = assign %5107, %5113 : f32[16] @ models/lib/nn.yaml:89:7
%5138 = assign %5108, %5117 : f32[16] @ models/lib/nn.yaml:89:7
%5139 = assign %5109, %5110 : i64[] @ models/lib/nn.yaml:89:7
%5140 = mul %133, %3473 : f32[16] @ models/lib/nn.yaml:89:7
%5141 = mul %5135, %3475 : f32[16] @ models/lib/nn.yaml:89:7
%5142 = add %5140, %5141 : f32[16] @ models/lib/nn.yaml:89:7
%5143 = assign %133, %5142 : f32[16] @ models/lib/nn.yaml:89:7
%5144 = all_reduce_sum %2742 : f32[16] @ models/lib/nn.yaml:90:7
%5145 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5146 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5147 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5148 = add %5147, %3331 : i64[] @ models/lib/nn.yaml:90:7
%5149 = mul %5144, %3439 : f32[16] @ models/lib/nn.yaml:90:7
%5150 = mul %5145, %3441 : f32[16] @ models/lib/nn.yaml:90:7
%5151 = add %5150, %5149 : f32[16] @ models/lib/nn.yaml:90:7
%5152 = mul %5144, %5144 : f32[16] @ models/lib/nn.yaml:90:7
%5153 = mul %5152, %3445 : f32[16] @ models/lib/nn.yaml:90:7
%5154 = mul %5146, %3447 : f32[16] @ models/lib/nn.yaml:90:7
%5155 = add %5154, %5153 : f32[16] @ models/lib/nn.yaml:90:7
%5156 = cast %5148 : f64[] @ models/lib/nn.yaml:90:7
%5157 = pow %3341, %5156 : f64[] @ models/lib/nn.yaml:90:7
%5158 = sub %3334, %5157 : f64[] @ models/lib/nn.yaml:90:7
%5159 = div %2050, %5158 : f64[] @ models/lib/nn.yaml:90:7
%5160 = pow %3349, %5156 : f64[] @ models/lib/nn.yaml:90:7
%5161 = sub %3334, %5160 : f64[] @ models/lib/nn.yaml:90:7
%5162 = sqrt %5161 : f64[] @ models/lib/nn.yaml:90:7
%5163 = div %3334, %5162 : f64[] @ models/lib/nn.yaml:90:7
%5164 = sqrt %5155 : f32[16] @ models/lib/nn.yaml:90:7
%5165 = cast %5163 : f32[] @ models/lib/nn.yaml:90:7
%5166 = broadcast %5165 : f32[16] @ models/lib/nn.yaml:90:7
%5167 = mul %5164, %5166 : f32[16] @ models/lib/nn.yaml:90:7
%5168 = add %5167, %3462 : f32[16] @ models/lib/nn.yaml:90:7
%5169 = div %5151, %5168 : f32[16] @ models/lib/nn.yaml:90:7
%5170 = cast %5159 : f32[] @ models/lib/nn.yaml:90:7
%5171 = broadcast %5170 : f32[16] @ models/lib/nn.yaml:90:7
%5172 = mul %5169, %5171 : f32[16] @ models/lib/nn.yaml:90:7
%5173 = sub %50, %5172 : f32[16] @ models/lib/nn.yaml:90:7
%5174 = assign %50, %5173 : f32[16] @ models/lib/nn.yaml:90:7
%5175 = assign %5145, %5151 : f32[16] @ models/lib/nn.yaml:90:7
%5176 = assign %5146, %5155 : f32[16] @ models/lib/nn.yaml:90:7
%5177 = assign %5147, %5148 : i64[] @ models/lib/nn.yaml:90:7
%5178 = mul %134, %3473 : f32[16] @ models/lib/nn.yaml:90:7
%5179 = mul %5173, %3475 : f32[16] @ models/lib/nn.yaml:90:7
%5180 = add %5178, %5179 : f32[16] @ models/lib/nn.yaml:90:7
%5181 = assign %134, %5180 : f32[16] @ models/lib/nn.yaml:90:7
%5182 = all_reduce_sum %2736 : f32[16,16] @ models/lib/nn.yaml:79:7
%5183 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5184 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5185 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5186 = add %5185, %3331 : i64[] @ models/lib/nn.yaml:79:7
%5187 = mul %51, %3652 : f32[16,16] @ models/lib/nn.yaml:79:7
%5188 = mul %5182, %3654 : f32[16,16] @ models/lib/nn.yaml:79:7
%5189 = mul %5183, %3656 : f32[16,16] @ models/lib/nn.yaml:79:7
%5190 = add %5189, %5188 : f32[16,16] @ models/lib/nn.yaml:79:7
%5191 = mul %5182, %5182 : f32[16,16] @ models/lib/nn.yaml:79:7
%5192 = mul %5191, %3660 : f32[16,16] @ models/lib/nn.yaml:79:7
%5193 = mul %5184, %3662 : f32[16,16] @ models/lib/nn.yaml:79:7
%5194 = add %5193, %5192 : f32[16,16] @ models/lib/nn.yaml:79:7
%5195 = cast %5186 : f64[] @ models/lib/nn.yaml:79:7
%5196 = pow %3341, %5195 : f64[] @ models/lib/nn.yaml:79:7
%5197 = sub %3334, %5196 : f64[] @ models/lib/nn.yaml:79:7
%5198 = div %2050, %5197 : f64[] @ models/lib/nn.yaml:79:7
%5199 = pow %3349, %5195 : f64[] @ models/lib/nn.yaml:79:7
%5200 = sub %3334, %5199 : f64[] @ models/lib/nn.yaml:79:7
%5201 = sqrt %5200 : f64[] @ models/lib/nn.yaml:79:7
%5202 = div %3334, %5201 : f64[] @ models/lib/nn.yaml:79:7
%5203 = sqrt %5194 : f32[16,16] @ models/lib/nn.yaml:79:7
%5204 = cast %5202 : f32[] @ models/lib/nn.yaml:79:7
%5205 = broadcast %5204 : f32[16,16] @ models/lib/nn.yaml:79:7
%5206 = mul %5203, %5205 : f32[16,16] @ models/lib/nn.yaml:79:7
%5207 = add %5206, %3677 : f32[16,16] @ models/lib/nn.yaml:79:7
%5208 = div %5190, %5207 : f32[16,16] @ models/lib/nn.yaml:79:7
%5209 = cast %5198 : f32[] @ models/lib/nn.yaml:79:7
%5210 = broadcast %5209 : f32[16,16] @ models/lib/nn.yaml:79:7
%5211 = mul %5208, %5210 : f32[16,16] @ models/lib/nn.yaml:79:7
%5212 = sub %5187, %5211 : f32[16,16] @ models/lib/nn.yaml:79:7
%5213 = assign %51, %5212 : f32[16,16] @ models/lib/nn.yaml:79:7
%5214 = assign %5183, %5190 : f32[16,16] @ models/lib/nn.yaml:79:7
%5215 = assign %5184, %5194 : f32[16,16] @ models/lib/nn.yaml:79:7
%5216 = assign %5185, %5186 : i64[] @ models/lib/nn.yaml:79:7
%5217 = mul %135, %3688 : f32[16,16] @ models/lib/nn.yaml:79:7
%5218 = mul %5212, %3690 : f32[16,16] @ models/lib/nn.yaml:79:7
%5219 = add %5217, %5218 : f32[16,16] @ models/lib/nn.yaml:79:7
%5220 = assign %135, %5219 : f32[16,16] @ models/lib/nn.yaml:79:7
%5221 = all_reduce_sum %2732 : f32[16] @ models/lib/nn.yaml:80:7
%5222 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5223 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5224 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5225 = add %5224, %3331 : i64[] @ models/lib/nn.yaml:80:7
%5226 = mul %5221, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%5227 = mul %5222, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%5228 = add %5227, %5226 : f32[16] @ models/lib/nn.yaml:80:7
%5229 = mul %5221, %5221 : f32[16] @ models/lib/nn.yaml:80:7
%5230 = mul %5229, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%5231 = mul %5223, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%5232 = add %5231, %5230 : f32[16] @ models/lib/nn.yaml:80:7
%5233 = cast %5225 : f64[] @ models/lib/nn.yaml:80:7
%5234 = pow %3341, %5233 : f64[] @ models/lib/nn.yaml:80:7
%5235 = sub %3334, %5234 : f64[] @ models/lib/nn.yaml:80:7
%5236 = div %2050, %5235 : f64[] @ models/lib/nn.yaml:80:7
%5237 = pow %3349, %5233 : f64[] @ models/lib/nn.yaml:80:7
%5238 = sub %3334, %5237 : f64[] @ models/lib/nn.yaml:80:7
%5239 = sqrt %5238 : f64[] @ models/lib/nn.yaml:80:7
%5240 = div %3334, %5239 : f64[] @ models/lib/nn.yaml:80:7
%5241 = sqrt %5232 : f32[16] @ models/lib/nn.yaml:80:7
%5242 = cast %5240 : f32[] @ models/lib/nn.yaml:80:7
%5243 = broadcast %5242 : f32[16] @ models/lib/nn.yaml:80:7
%5244 = mul %5241, %5243 : f32[16] @ models/lib/nn.yaml:80:7
%5245 = add %5244, %3462 : f32[16] @ models/lib/nn.yaml:80:7
%5246 = div %5228, %5245 : f32[16] @ models/lib/nn.yaml:80:7
%5247 = cast %5236 : f32[] @ models/lib/nn.yaml:80:7
%5248 = broadcast %5247 : f32[16] @ models/lib/nn.yaml:80:7
%5249 = mul %5246, %5248 : f32[16] @ models/lib/nn.yaml:80:7
%5250 = sub %52, %5249 : f32[16] @ models/lib/nn.yaml:80:7
%5251 = assign %52, %5250 : f32[16] @ models/lib/nn.yaml:80:7
%5252 = assign %5222, %5228 : f32[16] @ models/lib/nn.yaml:80:7
%5253 = assign %5223, %5232 : f32[16] @ models/lib/nn.yaml:80:7
%5254 = assign %5224, %5225 : i64[] @ models/lib/nn.yaml:80:7
%5255 = mul %136, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%5256 = mul %5250, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%5257 = add %5255, %5256 : f32[16] @ models/lib/nn.yaml:80:7
%5258 = assign %136, %5257 : f32[16] @ models/lib/nn.yaml:80:7
%5259 = all_reduce_sum %2728 : f32[16,16] @ models/lib/nn.yaml:79:7
%5260 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5261 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5262 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5263 = add %5262, %3331 : i64[] @ models/lib/nn.yaml:79:7
%5264 = mul %53, %3652 : f32[16,16] @ models/lib/nn.yaml:79:7
%5265 = mul %5259, %3654 : f32[16,16] @ models/lib/nn.yaml:79:7
%5266 = mul %5260, %3656 : f32[16,16] @ models/lib/nn.yaml:79:7
%5267 = add %5266, %5265 : f32[16,16] @ models/lib/nn.yaml:79:7
%5268 = mul %5259, %5259 : f32[16,16] @ models/lib/nn.yaml:79:7
%5269 = mul %5268, %3660 : f32[16,16] @ models/lib/nn.yaml:79:7
%5270 = mul %5261, %3662 : f32[16,16] @ models/lib/nn.yaml:79:7
%5271 = add %5270, %5269 : f32[16,16] @ models/lib/nn.yaml:79:7
%5272 = cast %5263 : f64[] @ models/lib/nn.yaml:79:7
%5273 = pow %3341, %5272 : f64[] @ models/lib/nn.yaml:79:7
%5274 = sub %3334, %5273 : f64[] @ models/lib/nn.yaml:79:7
%5275 = div %2050, %5274 : f64[] @ models/lib/nn.yaml:79:7
%5276 = pow %3349, %5272 : f64[] @ models/lib/nn.yaml:79:7
%5277 = sub %3334, %5276 : f64[] @ models/lib/nn.yaml:79:7
%5278 = sqrt %5277 : f64[] @ models/lib/nn.yaml:79:7
%5279 = div %3334, %5278 : f64[] @ models/lib/nn.yaml:79:7
%5280 = sqrt %5271 : f32[16,16] @ models/lib/nn.yaml:79:7
%5281 = cast %5279 : f32[] @ models/lib/nn.yaml:79:7
%5282 = broadcast %5281 : f32[16,16] @ models/lib/nn.yaml:79:7
%5283 = mul %5280, %5282 : f32[16,16] @ models/lib/nn.yaml:79:7
%5284 = add %5283, %3677 : f32[16,16] @ models/lib/nn.yaml:79:7
%5285 = div %5267, %5284 : f32[16,16] @ models/lib/nn.yaml:79:7
%5286 = cast %5275 : f32[] @ models/lib/nn.yaml:79:7
%5287 = broadcast %5286 : f32[16,16] @ models/lib/nn.yaml:79:7
%5288 = mul %5285, %5287 : f32[16,16] @ models/lib/nn.yaml:79:7
%5289 = sub %5264, %5288 : f32[16,16] @ models/lib/nn.yaml:79:7
%5290 = assign %53, %5289 : f32[16,16] @ models/lib/nn.yaml:79:7
%5291 = assign %5260, %5267 : f32[16,16] @ models/lib/nn.yaml:79:7
%5292 = assign %5261, %5271 : f32[16,16] @ models/lib/nn.yaml:79:7
%5293 = assign %5262, %5263 : i64[] @ models/lib/nn.yaml:79:7
%5294 = mul %137, %3688 : f32[16,16] @ models/lib/nn.yaml:79:7
%5295 = mul %5289, %3690 : f32[16,16] @ models/lib/nn.yaml:79:7
%5296 = add %5294, %5295 : f32[16,16] @ models/lib/nn.yaml:79:7
%5297 = assign %137, %5296 : f32[16,16] @ models/lib/nn.yaml:79:7
%5298 = all_reduce_sum %2724 : f32[16] @ models/lib/nn.yaml:80:7
%5299 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5300 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5301 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5302 = add %5301, %3331 : i64[] @ models/lib/nn.yaml:80:7
%5303 = mul %5298, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%5304 = mul %5299, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%5305 = add %5304, %5303 : f32[16] @ models/lib/nn.yaml:80:7
%5306 = mul %5298, %5298 : f32[16] @ models/lib/nn.yaml:80:7
%5307 = mul %5306, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%5308 = mul %5300, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%5309 = add %5308, %5307 : f32[16] @ models/lib/nn.yaml:80:7
%5310 = cast %5302 : f64[] @ models/lib/nn.yaml:80:7
%5311 = pow %3341, %5310 : f64[] @ models/lib/nn.yaml:80:7
%5312 = sub %3334, %5311 : f64[] @ models/lib/nn.yaml:80:7
%5313 = div %2050, %5312 : f64[] @ models/lib/nn.yaml:80:7
%5314 = pow %3349, %5310 : f64[] @ models/lib/nn.yaml:80:7
%5315 = sub %3334, %5314 : f64[] @ models/lib/nn.yaml:80:7
%5316 = sqrt %5315 : f64[] @ models/lib/nn.yaml:80:7
%5317 = div %3334, %5316 : f64[] @ models/lib/nn.yaml:80:7
%5318 = sqrt %5309 : f32[16] @ models/lib/nn.yaml:80:7
%5319 = cast %5317 : f32[] @ models/lib/nn.yaml:80:7
%5320 = broadcast %5319 : f32[16] @ models/lib/nn.yaml:80:7
%5321 = mul %5318, %5320 : f32[16] @ models/lib/nn.yaml:80:7
%5322 = add %5321, %3462 : f32[16] @ models/lib/nn.yaml:80:7
%5323 = div %5305, %5322 : f32[16] @ models/lib/nn.yaml:80:7
%5324 = cast %5313 : f32[] @ models/lib/nn.yaml:80:7
%5325 = broadcast %5324 : f32[16] @ models/lib/nn.yaml:80:7
%5326 = mul %5323, %5325 : f32[16] @ models/lib/nn.yaml:80:7
%5327 = sub %54, %5326 : f32[16] @ models/lib/nn.yaml:80:7
%5328 = assign %54, %5327 : f32[16] @ models/lib/nn.yaml:80:7
%5329 = assign %5299, %5305 : f32[16] @ models/lib/nn.yaml:80:7
%5330 = assign %5300, %5309 : f32[16] @ models/lib/nn.yaml:80:7
%5331 = assign %5301, %5302 : i64[] @ models/lib/nn.yaml:80:7
%5332 = mul %138, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%5333 = mul %5327, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%5334 = add %5332, %5333 : f32[16] @ models/lib/nn.yaml:80:7
%5335 = assign %138, %5334 : f32[16] @ models/lib/nn.yaml:80:7
%5336 = all_reduce_sum %2718 : f32[16,16] @ models/lib/nn.yaml:79:7
%5337 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5338 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5339 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5340 = add %5339, %3331 : i64[] @ models/lib/nn.yaml:79:7
%5341 = mul %55, %3652 : f32[16,16] @ models/lib/nn.yaml:79:7
%5342 = mul %5336, %3654 : f32[16,16] @ models/lib/nn.yaml:79:7
%5343 = mul %5337, %3656 : f32[16,16] @ models/lib/nn.yaml:79:7
%5344 = add %5343, %5342 : f32[16,16] @ models/lib/nn.yaml:79:7
%5345 = mul %5336, %5336 : f32[16,16] @ models/lib/nn.yaml:79:7
%5346 = mul %5345, %3660 : f32[16,16] @ models/lib/nn.yaml:79:7
%5347 = mul %5338, %3662 : f32[16,16] @ models/lib/nn.yaml:79:7
%5348 = add %5347, %5346 : f32[16,16] @ models/lib/nn.yaml:79:7
%5349 = cast %5340 : f64[] @ models/lib/nn.yaml:79:7
%5350 = pow %3341, %5349 : f64[] @ models/lib/nn.yaml:79:7
%5351 = sub %3334, %5350 : f64[] @ models/lib/nn.yaml:79:7
%5352 = div %2050, %5351 : f64[] @ models/lib/nn.yaml:79:7
%5353 = pow %3349, %5349 : f64[] @ models/lib/nn.yaml:79:7
%5354 = sub %3334, %5353 : f64[] @ models/lib/nn.yaml:79:7
%5355 = sqrt %5354 : f64[] @ models/lib/nn.yaml:79:7
%5356 = div %3334, %5355 : f64[] @ models/lib/nn.yaml:79:7
%5357 = sqrt %5348 : f32[16,16] @ models/lib/nn.yaml:79:7
%5358 = cast %5356 : f32[] @ models/lib/nn.yaml:79:7
%5359 = broadcast %5358 : f32[16,16] @ models/lib/nn.yaml:79:7
%5360 = mul %5357, %5359 : f32[16,16] @ models/lib/nn.yaml:79:7
%5361 = add %5360, %3677 : f32[16,16] @ models/lib/nn.yaml:79:7
%5362 = div %5344, %5361 : f32[16,16] @ models/lib/nn.yaml:79:7
%5363 = cast %5352 : f32[] @ models/lib/nn.yaml:79:7
%5364 = broadcast %5363 : f32[16,16] @ models/lib/nn.yaml:79:7
%5365 = mul %5362, %5364 : f32[16,16] @ models/lib/nn.yaml:79:7
%5366 = sub %5341, %5365 : f32[16,16] @ models/lib/nn.yaml:79:7
%5367 = assign %55, %5366 : f32[16,16] @ models/lib/nn.yaml:79:7
%5368 = assign %5337, %5344 : f32[16,16] @ models/lib/nn.yaml:79:7
%5369 = assign %5338, %5348 : f32[16,16] @ models/lib/nn.yaml:79:7
%5370 = assign %5339, %5340 : i64[] @ models/lib/nn.yaml:79:7
%5371 = mul %139, %3688 : f32[16,16] @ models/lib/nn.yaml:79:7
%5372 = mul %5366, %3690 : f32[16,16] @ models/lib/nn.yaml:79:7
%5373 = add %5371, %5372 : f32[16,16] @ models/lib/nn.yaml:79:7
%5374 = assign %139, %5373 : f32[16,16] @ models/lib/nn.yaml:79:7
%5375 = all_reduce_sum %2714 : f32[16] @ models/lib/nn.yaml:80:7
%5376 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5377 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5378 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5379 = add %5378, %3331 : i64[] @ models/lib/nn.yaml:80:7
%5380 = mul %5375, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%5381 = mul %5376, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%5382 = add %5381, %5380 : f32[16] @ models/lib/nn.yaml:80:7
%5383 = mul %5375, %5375 : f32[16] @ models/lib/nn.yaml:80:7
%5384 = mul %5383, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%5385 = mul %5377, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%5386 = add %5385, %5384 : f32[16] @ models/lib/nn.yaml:80:7
%5387 = cast %5379 : f64[] @ models/lib/nn.yaml:80:7
%5388 = pow %3341, %5387 : f64[] @ models/lib/nn.yaml:80:7
%5389 = sub %3334, %5388 : f64[] @ models/lib/nn.yaml:80:7
%5390 = div %2050, %5389 : f64[] @ models/lib/nn.yaml:80:7
%5391 = pow %3349, %5387 : f64[] @ models/lib/nn.yaml:80:7
%5392 = sub %3334, %5391 : f64[] @ models/lib/nn.yaml:80:7
%5393 = sqrt %5392 : f64[] @ models/lib/nn.yaml:80:7
%5394 = div %3334, %5393 : f64[] @ models/lib/nn.yaml:80:7
%5395 = sqrt %5386 : f32[16] @ models/lib/nn.yaml:80:7
%5396 = cast %5394 : f32[] @ models/lib/nn.yaml:80:7
%5397 = broadcast %5396 : f32[16] @ models/lib/nn.yaml:80:7
%5398 = mul %5395, %5397 : f32[16] @ models/lib/nn.yaml:80:7
%5399 = add %5398, %3462 : f32[16] @ models/lib/nn.yaml:80:7
%5400 = div %5382, %5399 : f32[16] @ models/lib/nn.yaml:80:7
%5401 = cast %5390 : f32[] @ models/lib/nn.yaml:80:7
%5402 = broadcast %5401 : f32[16] @ models/lib/nn.yaml:80:7
%5403 = mul %5400, %5402 : f32[16] @ models/lib/nn.yaml:80:7
%5404 = sub %56, %5403 : f32[16] @ models/lib/nn.yaml:80:7
%5405 = assign %56, %5404 : f32[16] @ models/lib/nn.yaml:80:7
%5406 = assign %5376, %5382 : f32[16] @ models/lib/nn.yaml:80:7
%5407 = assign %5377, %5386 : f32[16] @ models/lib/nn.yaml:80:7
%5408 = assign %5378, %5379 : i64[] @ models/lib/nn.yaml:80:7
%5409 = mul %140, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%5410 = mul %5404, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%5411 = add %5409, %5410 : f32[16] @ models/lib/nn.yaml:80:7
%5412 = assign %140, %5411 : f32[16] @ models/lib/nn.yaml:80:7
%5413 = all_reduce_sum %2644 : f32[16,16] @ models/lib/nn.yaml:79:7
%5414 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5415 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5416 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5417 = add %5416, %3331 : i64[] @ models/lib/nn.yaml:79:7
%5418 = mul %57, %3652 : f32[16,16] @ models/lib/nn.yaml:79:7
%5419 = mul %5413, %3654 : f32[16,16] @ models/lib/nn.yaml:79:7
%5420 = mul %5414, %3656 : f32[16,16] @ models/lib/nn.yaml:79:7
%5421 = add %5420, %5419 : f32[16,16] @ models/lib/nn.yaml:79:7
%5422 = mul %5413, %5413 : f32[16,16] @ models/lib/nn.yaml:79:7
%5423 = mul %5422, %3660 : f32[16,16] @ models/lib/nn.yaml:79:7
%5424 = mul %5415, %3662 : f32[16,16] @ models/lib/nn.yaml:79:7
%5425 = add %5424, %5423 : f32[16,16] @ models/lib/nn.yaml:79:7
%5426 = cast %5417 : f64[] @ models/lib/nn.yaml:79:7
%5427 = pow %3341, %5426 : f64[] @ models/lib/nn.yaml:79:7
%5428 = sub %3334, %5427 : f64[] @ models/lib/nn.yaml:79:7
%5429 = div %2050, %5428 : f64[] @ models/lib/nn.yaml:79:7
%5430 = pow %3349, %5426 : f64[] @ models/lib/nn.yaml:79:7
%5431 = sub %3334, %5430 : f64[] @ models/lib/nn.yaml:79:7
%5432 = sqrt %5431 : f64[] @ models/lib/nn.yaml:79:7
%5433 = div %3334, %5432 : f64[] @ models/lib/nn.yaml:79:7
%5434 = sqrt %5425 : f32[16,16] @ models/lib/nn.yaml:79:7
%5435 = cast %5433 : f32[] @ models/lib/nn.yaml:79:7
%5436 = broadcast %5435 : f32[16,16] @ models/lib/nn.yaml:79:7
%5437 = mul %5434, %5436 : f32[16,16] @ models/lib/nn.yaml:79:7
%5438 = add %5437, %3677 : f32[16,16] @ models/lib/nn.yaml:79:7
%5439 = div %5421, %5438 : f32[16,16] @ models/lib/nn.yaml:79:7
%5440 = cast %5429 : f32[] @ models/lib/nn.yaml:79:7
%5441 = broadcast %5440 : f32[16,16] @ models/lib/nn.yaml:79:7
%5442 = mul %5439, %5441 : f32[16,16] @ models/lib/nn.yaml:79:7
%5443 = sub %5418, %5442 : f32[16,16] @ models/lib/nn.yaml:79:7
%5444 = assign %57, %5443 : f32[16,16] @ models/lib/nn.yaml:79:7
%5445 = assign %5414, %5421 : f32[16,16] @ models/lib/nn.yaml:79:7
%5446 = assign %5415, %5425 : f32[16,16] @ models/lib/nn.yaml:79:7
%5447 = assign %5416, %5417 : i64[] @ models/lib/nn.yaml:79:7
%5448 = mul %141, %3688 : f32[16,16] @ models/lib/nn.yaml:79:7
%5449 = mul %5443, %3690 : f32[16,16] @ models/lib/nn.yaml:79:7
%5450 = add %5448, %5449 : f32[16,16] @ models/lib/nn.yaml:79:7
%5451 = assign %141, %5450 : f32[16,16] @ models/lib/nn.yaml:79:7
%5452 = all_reduce_sum %2640 : f32[16] @ models/lib/nn.yaml:80:7
%5453 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5454 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5455 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5456 = add %5455, %3331 : i64[] @ models/lib/nn.yaml:80:7
%5457 = mul %5452, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%5458 = mul %5453, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%5459 = add %5458, %5457 : f32[16] @ models/lib/nn.yaml:80:7
%5460 = mul %5452, %5452 : f32[16] @ models/lib/nn.yaml:80:7
%5461 = mul %5460, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%5462 = mul %5454, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%5463 = add %5462, %5461 : f32[16] @ models/lib/nn.yaml:80:7
%5464 = cast %5456 : f64[] @ models/lib/nn.yaml:80:7
%5465 = pow %3341, %5464 : f64[] @ models/lib/nn.yaml:80:7
%5466 = sub %3334, %5465 : f64[] @ models/lib/nn.yaml:80:7
%5467 = div %2050, %5466 : f64[] @ models/lib/nn.yaml:80:7
%5468 = pow %3349, %5464 : f64[] @ models/lib/nn.yaml:80:7
%5469 = sub %3334, %5468 : f64[] @ models/lib/nn.yaml:80:7
%5470 = sqrt %5469 : f64[] @ models/lib/nn.yaml:80:7
%5471 = div %3334, %5470 : f64[] @ models/lib/nn.yaml:80:7
%5472 = sqrt %5463 : f32[16] @ models/lib/nn.yaml:80:7
%5473 = cast %5471 : f32[] @ models/lib/nn.yaml:80:7
%5474 = broadcast %5473 : f32[16] @ models/lib/nn.yaml:80:7
%5475 = mul %5472, %5474 : f32[16] @ models/lib/nn.yaml:80:7
%5476 = add %5475, %3462 : f32[16] @ models/lib/nn.yaml:80:7
%5477 = div %5459, %5476 : f32[16] @ models/lib/nn.yaml:80:7
%5478 = cast %5467 : f32[] @ models/lib/nn.yaml:80:7
%5479 = broadcast %5478 : f32[16] @ models/lib/nn.yaml:80:7
%5480 = mul %5477, %5479 : f32[16] @ models/lib/nn.yaml:80:7
%5481 = sub %58, %5480 : f32[16] @ models/lib/nn.yaml:80:7
%5482 = assign %58, %5481 : f32[16] @ models/lib/nn.yaml:80:7
%5483 = assign %5453, %5459 : f32[16] @ models/lib/nn.yaml:80:7
%5484 = assign %5454, %5463 : f32[16] @ models/lib/nn.yaml:80:7
%5485 = assign %5455, %5456 : i64[] @ models/lib/nn.yaml:80:7
%5486 = mul %142, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%5487 = mul %5481, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%5488 = add %5486, %5487 : f32[16] @ models/lib/nn.yaml:80:7
%5489 = assign %142, %5488 : f32[16] @ models/lib/nn.yaml:80:7
%5490 = all_reduce_sum %2619 : f32[16] @ models/lib/nn.yaml:89:7
%5491 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5492 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5493 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5494 = add %5493, %3331 : i64[] @ models/lib/nn.yaml:89:7
%5495 = mul %5490, %3439 : f32[16] @ models/lib/nn.yaml:89:7
%5496 = mul %5491, %3441 : f32[16] @ models/lib/nn.yaml:89:7
%5497 = add %5496, %5495 : f32[16] @ models/lib/nn.yaml:89:7
%5498 = mul %5490, %5490 : f32[16] @ models/lib/nn.yaml:89:7
%5499 = mul %5498, %3445 : f32[16] @ models/lib/nn.yaml:89:7
%5500 = mul %5492, %3447 : f32[16] @ models/lib/nn.yaml:89:7
%5501 = add %5500, %5499 : f32[16] @ models/lib/nn.yaml:89:7
%5502 = cast %5494 : f64[] @ models/lib/nn.yaml:89:7
%5503 = pow %3341, %5502 : f64[] @ models/lib/nn.yaml:89:7
%5504 = sub %3334, %5503 : f64[] @ models/lib/nn.yaml:89:7
%5505 = div %2050, %5504 : f64[] @ models/lib/nn.yaml:89:7
%5506 = pow %3349, %5502 : f64[] @ models/lib/nn.yaml:89:7
%5507 = sub %3334, %5506 : f64[] @ models/lib/nn.yaml:89:7
%5508 = sqrt %5507 : f64[] @ models/lib/nn.yaml:89:7
%5509 = div %3334, %5508 : f64[] @ models/lib/nn.yaml:89:7
%5510 = sqrt %5501 : f32[16] @ models/lib/nn.yaml:89:7
%5511 = cast %5509 : f32[] @ models/lib/nn.yaml:89:7
%5512 = broadcast %5511 : f32[16] @ models/lib/nn.yaml:89:7
%5513 = mul %5510, %5512 : f32[16] @ models/lib/nn.yaml:89:7
%5514 = add %5513, %3462 : f32[16] @ models/lib/nn.yaml:89:7
%5515 = div %5497, %5514 : f32[16] @ models/lib/nn.yaml:89:7
%5516 = cast %5505 : f32[] @ models/lib/nn.yaml:89:7
%5517 = broadcast %5516 : f32[16] @ models/lib/nn.yaml:89:7
%5518 = mul %5515, %5517 : f32[16] @ models/lib/nn.yaml:89:7
%5519 = sub %59, %5518 : f32[16] @ models/lib/nn.yaml:89:7
%5520 = assign %59, %5519 : f32[16] @ models/lib/nn.yaml:89:7
%5521 = assign %5491, %5497 : f32[16] @ models/lib/nn.yaml:89:7
%5522 = assign %5492, %5501 : f32[16] @ models/lib/nn.yaml:89:7
%5523 = assign %5493, %5494 : i64[] @ models/lib/nn.yaml:89:7
%5524 = mul %143, %3473 : f32[16] @ models/lib/nn.yaml:89:7
%5525 = mul %5519, %3475 : f32[16] @ models/lib/nn.yaml:89:7
%5526 = add %5524, %5525 : f32[16] @ models/lib/nn.yaml:89:7
%5527 = assign %143, %5526 : f32[16] @ models/lib/nn.yaml:89:7
%5528 = all_reduce_sum %2615 : f32[16] @ models/lib/nn.yaml:90:7
%5529 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5530 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5531 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5532 = add %5531, %3331 : i64[] @ models/lib/nn.yaml:90:7
%5533 = mul %5528, %3439 : f32[16] @ models/lib/nn.yaml:90:7
%5534 = mul %5529, %3441 : f32[16] @ models/lib/nn.yaml:90:7
%5535 = add %5534, %5533 : f32[16] @ models/lib/nn.yaml:90:7
%5536 = mul %5528, %5528 : f32[16] @ models/lib/nn.yaml:90:7
%5537 = mul %5536, %3445 : f32[16] @ models/lib/nn.yaml:90:7
%5538 = mul %5530, %3447 : f32[16] @ models/lib/nn.yaml:90:7
%5539 = add %5538, %5537 : f32[16] @ models/lib/nn.yaml:90:7
%5540 = cast %5532 : f64[] @ models/lib/nn.yaml:90:7
%5541 = pow %3341, %5540 : f64[] @ models/lib/nn.yaml:90:7
%5542 = sub %3334, %5541 : f64[] @ models/lib/nn.yaml:90:7
%5543 = div %2050, %5542 : f64[] @ models/lib/nn.yaml:90:7
%5544 = pow %3349, %5540 : f64[] @ models/lib/nn.yaml:90:7
%5545 = sub %3334, %5544 : f64[] @ models/lib/nn.yaml:90:7
%5546 = sqrt %5545 : f64[] @ models/lib/nn.yaml:90:7
%5547 = div %3334, %5546 : f64[] @ models/lib/nn.yaml:90:7
%5548 = sqrt %5539 : f32[16] @ models/lib/nn.yaml:90:7
%5549 = cast %5547 : f32[] @ models/lib/nn.yaml:90:7
%5550 = broadcast %5549 : f32[16] @ models/lib/nn.yaml:90:7
%5551 = mul %5548, %5550 : f32[16] @ models/lib/nn.yaml:90:7
%5552 = add %5551, %3462 : f32[16] @ models/lib/nn.yaml:90:7
%5553 = div %5535, %5552 : f32[16] @ models/lib/nn.yaml:90:7
%5554 = cast %5543 : f32[] @ models/lib/nn.yaml:90:7
%5555 = broadcast %5554 : f32[16] @ models/lib/nn.yaml:90:7
%5556 = mul %5553, %5555 : f32[16] @ models/lib/nn.yaml:90:7
%5557 = sub %60, %5556 : f32[16] @ models/lib/nn.yaml:90:7
%5558 = assign %60, %5557 : f32[16] @ models/lib/nn.yaml:90:7
%5559 = assign %5529, %5535 : f32[16] @ models/lib/nn.yaml:90:7
%5560 = assign %5530, %5539 : f32[16] @ models/lib/nn.yaml:90:7
%5561 = assign %5531, %5532 : i64[] @ models/lib/nn.yaml:90:7
%5562 = mul %144, %3473 : f32[16] @ models/lib/nn.yaml:90:7
%5563 = mul %5557, %3475 : f32[16] @ models/lib/nn.yaml:90:7
%5564 = add %5562, %5563 : f32[16] @ models/lib/nn.yaml:90:7
%5565 = assign %144, %5564 : f32[16] @ models/lib/nn.yaml:90:7
%5566 = all_reduce_sum %2613 : f32[64,16] @ models/lib/nn.yaml:79:7
%5567 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5568 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5569 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5570 = add %5569, %3331 : i64[] @ models/lib/nn.yaml:79:7
%5571 = mul %61, %3813 : f32[64,16] @ models/lib/nn.yaml:79:7
%5572 = mul %5566, %3815 : f32[64,16] @ models/lib/nn.yaml:79:7
%5573 = mul %5567, %3817 : f32[64,16] @ models/lib/nn.yaml:79:7
%5574 = add %5573, %5572 : f32[64,16] @ models/lib/nn.yaml:79:7
%5575 = mul %5566, %5566 : f32[64,16] @ models/lib/nn.yaml:79:7
%5576 = mul %5575, %3821 : f32[64,16] @ models/lib/nn.yaml:79:7
%5577 = mul %5568, %3823 : f32[64,16] @ models/lib/nn.yaml:79:7
%5578 = add %5577, %5576 : f32[64,16] @ models/lib/nn.yaml:79:7
%5579 = cast %5570 : f64[] @ models/lib/nn.yaml:79:7
%5580 = pow %3341, %5579 : f64[] @ models/lib/nn.yaml:79:7
%5581 = sub %3334, %5580 : f64[] @ models/lib/nn.yaml:79:7
%5582 = div %2050, %5581 : f64[] @ models/lib/nn.yaml:79:7
%5583 = pow %3349, %5579 : f64[] @ models/lib/nn.yaml:79:7
%5584 = sub %3334, %5583 : f64[] @ models/lib/nn.yaml:79:7
%5585 = sqrt %5584 : f64[] @ models/lib/nn.yaml:79:7
%5586 = div %3334, %5585 : f64[] @ models/lib/nn.yaml:79:7
%5587 = sqrt %5578 : f32[64,16] @ models/lib/nn.yaml:79:7
%5588 = cast %5586 : f32[] @ models/lib/nn.yaml:79:7
%5589 = broadcast %5588 : f32[64,16] @ models/lib/nn.yaml:79:7
%5590 = mul %5587, %5589 : f32[64,16] @ models/lib/nn.yaml:79:7
%5591 = add %5590, %3838 : f32[64,16] @ models/lib/nn.yaml:79:7
%5592 = div %5574, %5591 : f32[64,16] @ models/lib/nn.yaml:79:7
%5593 = cast %5582 : f32[] @ models/lib/nn.yaml:79:7
%5594 = broadcast %5593 : f32[64,16] @ models/lib/nn.yaml:79:7
%5595 = mul %5592, %5594 : f32[64,16] @ models/lib/nn.yaml:79:7
%5596 = sub %5571, %5595 : f32[64,16] @ models/lib/nn.yaml:79:7
%5597 = assign %61, %5596 : f32[64,16] @ models/lib/nn.yaml:79:7
%5598 = assign %5567, %5574 : f32[64,16] @ models/lib/nn.yaml:79:7
%5599 = assign %5568, %5578 : f32[64,16] @ models/lib/nn.yaml:79:7
%5600 = assign %5569, %5570 : i64[] @ models/lib/nn.yaml:79:7
%5601 = mul %145, %3849 : f32[64,16] @ models/lib/nn.yaml:79:7
%5602 = mul %5596, %3851 : f32[64,16] @ models/lib/nn.yaml:79:7
%5603 = add %5601, %5602 : f32[64,16] @ models/lib/nn.yaml:79:7
%5604 = assign %145, %5603 : f32[64,16] @ models/lib/nn.yaml:79:7
%5605 = all_reduce_sum %2609 : f32[64] @ models/lib/nn.yaml:80:7
%5606 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5607 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5608 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5609 = add %5608, %3331 : i64[] @ models/lib/nn.yaml:80:7
%5610 = mul %5605, %3860 : f32[64] @ models/lib/nn.yaml:80:7
%5611 = mul %5606, %3862 : f32[64] @ models/lib/nn.yaml:80:7
%5612 = add %5611, %5610 : f32[64] @ models/lib/nn.yaml:80:7
%5613 = mul %5605, %5605 : f32[64] @ models/lib/nn.yaml:80:7
%5614 = mul %5613, %3866 : f32[64] @ models/lib/nn.yaml:80:7
%5615 = mul %5607, %3868 : f32[64] @ models/lib/nn.yaml:80:7
%5616 = add %5615, %5614 : f32[64] @ models/lib/nn.yaml:80:7
%5617 = cast %5609 : f64[] @ models/lib/nn.yaml:80:7
%5618 = pow %3341, %5617 : f64[] @ models/lib/nn.yaml:80:7
%5619 = sub %3334, %5618 : f64[] @ models/lib/nn.yaml:80:7
%5620 = div %2050, %5619 : f64[] @ models/lib/nn.yaml:80:7
%5621 = pow %3349, %5617 : f64[] @ models/lib/nn.yaml:80:7
%5622 = sub %3334, %5621 : f64[] @ models/lib/nn.yaml:80:7
%5623 = sqrt %5622 : f64[] @ models/lib/nn.yaml:80:7
%5624 = div %3334, %5623 : f64[] @ models/lib/nn.yaml:80:7
%5625 = sqrt %5616 : f32[64] @ models/lib/nn.yaml:80:7
%5626 = cast %5624 : f32[] @ models/lib/nn.yaml:80:7
%5627 = broadcast %5626 : f32[64] @ models/lib/nn.yaml:80:7
%5628 = mul %5625, %5627 : f32[64] @ models/lib/nn.yaml:80:7
%5629 = add %5628, %3883 : f32[64] @ models/lib/nn.yaml:80:7
%5630 = div %5612, %5629 : f32[64] @ models/lib/nn.yaml:80:7
%5631 = cast %5620 : f32[] @ models/lib/nn.yaml:80:7
%5632 = broadcast %5631 : f32[64] @ models/lib/nn.yaml:80:7
%5633 = mul %5630, %5632 : f32[64] @ models/lib/nn.yaml:80:7
%5634 = sub %62, %5633 : f32[64] @ models/lib/nn.yaml:80:7
%5635 = assign %62, %5634 : f32[64] @ models/lib/nn.yaml:80:7
%5636 = assign %5606, %5612 : f32[64] @ models/lib/nn.yaml:80:7
%5637 = assign %5607, %5616 : f32[64] @ models/lib/nn.yaml:80:7
%5638 = assign %5608, %5609 : i64[] @ models/lib/nn.yaml:80:7
%5639 = mul %146, %3894 : f32[64] @ models/lib/nn.yaml:80:7
%5640 = mul %5634, %3896 : f32[64] @ models/lib/nn.yaml:80:7
%5641 = add %5639, %5640 : f32[64] @ models/lib/nn.yaml:80:7
%5642 = assign %146, %5641 : f32[64] @ models/lib/nn.yaml:80:7
%5643 = all_reduce_sum %2595 : f32[16,64] @ models/lib/nn.yaml:79:7
%5644 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5645 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5646 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5647 = add %5646, %3331 : i64[] @ models/lib/nn.yaml:79:7
%5648 = mul %63, %3905 : f32[16,64] @ models/lib/nn.yaml:79:7
%5649 = mul %5643, %3907 : f32[16,64] @ models/lib/nn.yaml:79:7
%5650 = mul %5644, %3909 : f32[16,64] @ models/lib/nn.yaml:79:7
%5651 = add %5650, %5649 : f32[16,64] @ models/lib/nn.yaml:79:7
%5652 = mul %5643, %5643 : f32[16,64] @ models/lib/nn.yaml:79:7
%5653 = mul %5652, %3913 : f32[16,64] @ models/lib/nn.yaml:79:7
%5654 = mul %5645, %3915 : f32[16,64] @ models/lib/nn.yaml:79:7
%5655 = add %5654, %5653 : f32[16,64] @ models/lib/nn.yaml:79:7
%5656 = cast %5647 : f64[] @ models/lib/nn.yaml:79:7
%5657 = pow %3341, %5656 : f64[] @ models/lib/nn.yaml:79:7
%5658 = sub %3334, %5657 : f64[] @ models/lib/nn.yaml:79:7
%5659 = div %2050, %5658 : f64[] @ models/lib/nn.yaml:79:7
%5660 = pow %3349, %5656 : f64[] @ models/lib/nn.yaml:79:7
%5661 = sub %3334, %5660 : f64[] @ models/lib/nn.yaml:79:7
%5662 = sqrt %5661 : f64[] @ models/lib/nn.yaml:79:7
%5663 = div %3334, %5662 : f64[] @ models/lib/nn.yaml:79:7
%5664 = sqrt %5655 : f32[16,64] @ models/lib/nn.yaml:79:7
%5665 = cast %5663 : f32[] @ models/lib/nn.yaml:79:7
%5666 = broadcast %5665 : f32[16,64] @ models/lib/nn.yaml:79:7
%5667 = mul %5664, %5666 : f32[16,64] @ models/lib/nn.yaml:79:7
%5668 = add %5667, %3930 : f32[16,64] @ models/lib/nn.yaml:79:7
%5669 = div %5651, %5668 : f32[16,64] @ models/lib/nn.yaml:79:7
%5670 = cast %5659 : f32[] @ models/lib/nn.yaml:79:7
%5671 = broadcast %5670 : f32[16,64] @ models/lib/nn.yaml:79:7
%5672 = mul %5669, %5671 : f32[16,64] @ models/lib/nn.yaml:79:7
%5673 = sub %5648, %5672 : f32[16,64] @ models/lib/nn.yaml:79:7
%5674 = assign %63, %5673 : f32[16,64] @ models/lib/nn.yaml:79:7
%5675 = assign %5644, %5651 : f32[16,64] @ models/lib/nn.yaml:79:7
%5676 = assign %5645, %5655 : f32[16,64] @ models/lib/nn.yaml:79:7
%5677 = assign %5646, %5647 : i64[] @ models/lib/nn.yaml:79:7
%5678 = mul %147, %3941 : f32[16,64] @ models/lib/nn.yaml:79:7
%5679 = mul %5673, %3943 : f32[16,64] @ models/lib/nn.yaml:79:7
%5680 = add %5678, %5679 : f32[16,64] @ models/lib/nn.yaml:79:7
%5681 = assign %147, %5680 : f32[16,64] @ models/lib/nn.yaml:79:7
%5682 = all_reduce_sum %2591 : f32[16] @ models/lib/nn.yaml:80:7
%5683 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5684 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5685 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5686 = add %5685, %3331 : i64[] @ models/lib/nn.yaml:80:7
%5687 = mul %5682, %3439 : f32[16] @ models/lib/nn.yaml:80:7
%5688 = mul %5683, %3441 : f32[16] @ models/lib/nn.yaml:80:7
%5689 = add %5688, %5687 : f32[16] @ models/lib/nn.yaml:80:7
%5690 = mul %5682, %5682 : f32[16] @ models/lib/nn.yaml:80:7
%5691 = mul %5690, %3445 : f32[16] @ models/lib/nn.yaml:80:7
%5692 = mul %5684, %3447 : f32[16] @ models/lib/nn.yaml:80:7
%5693 = add %5692, %5691 : f32[16] @ models/lib/nn.yaml:80:7
%5694 = cast %5686 : f64[] @ models/lib/nn.yaml:80:7
%5695 = pow %3341, %5694 : f64[] @ models/lib/nn.yaml:80:7
%5696 = sub %3334, %5695 : f64[] @ models/lib/nn.yaml:80:7
%5697 = div %2050, %5696 : f64[] @ models/lib/nn.yaml:80:7
%5698 = pow %3349, %5694 : f64[] @ models/lib/nn.yaml:80:7
%5699 = sub %3334, %5698 : f64[] @ models/lib/nn.yaml:80:7
%5700 = sqrt %5699 : f64[] @ models/lib/nn.yaml:80:7
%5701 = div %3334, %5700 : f64[] @ models/lib/nn.yaml:80:7
%5702 = sqrt %5693 : f32[16] @ models/lib/nn.yaml:80:7
%5703 = cast %5701 : f32[] @ models/lib/nn.yaml:80:7
%5704 = broadcast %5703 : f32[16] @ models/lib/nn.yaml:80:7
%5705 = mul %5702, %5704 : f32[16] @ models/lib/nn.yaml:80:7
%5706 = add %5705, %3462 : f32[16] @ models/lib/nn.yaml:80:7
%5707 = div %5689, %5706 : f32[16] @ models/lib/nn.yaml:80:7
%5708 = cast %5697 : f32[] @ models/lib/nn.yaml:80:7
%5709 = broadcast %5708 : f32[16] @ models/lib/nn.yaml:80:7
%5710 = mul %5707, %5709 : f32[16] @ models/lib/nn.yaml:80:7
%5711 = sub %64, %5710 : f32[16] @ models/lib/nn.yaml:80:7
%5712 = assign %64, %5711 : f32[16] @ models/lib/nn.yaml:80:7
%5713 = assign %5683, %5689 : f32[16] @ models/lib/nn.yaml:80:7
%5714 = assign %5684, %5693 : f32[16] @ models/lib/nn.yaml:80:7
%5715 = assign %5685, %5686 : i64[] @ models/lib/nn.yaml:80:7
%5716 = mul %148, %3473 : f32[16] @ models/lib/nn.yaml:80:7
%5717 = mul %5711, %3475 : f32[16] @ models/lib/nn.yaml:80:7
%5718 = add %5716, %5717 : f32[16] @ models/lib/nn.yaml:80:7
%5719 = assign %148, %5718 : f32[16] @ models/lib/nn.yaml:80:7
%5720 = all_reduce_sum %2569 : f32[16] @ models/lib/nn.yaml:89:7
%5721 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5722 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5723 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5724 = add %5723, %3331 : i64[] @ models/lib/nn.yaml:89:7
%5725 = mul %5720, %3439 : f32[16] @ models/lib/nn.yaml:89:7
%5726 = mul %5721, %3441 : f32[16] @ models/lib/nn.yaml:89:7
%5727 = add %5726, %5725 : f32[16] @ models/lib/nn.yaml:89:7
%5728 = mul %5720, %5720 : f32[16] @ models/lib/nn.yaml:89:7
%5729 = mul %5728, %3445 : f32[16] @ models/lib/nn.yaml:89:7
%5730 = mul %5722, %3447 : f32[16] @ models/lib/nn.yaml:89:7
%5731 = add %5730, %5729 : f32[16] @ models/lib/nn.yaml:89:7
%5732 = cast %5724 : f64[] @ models/lib/nn.yaml:89:7
%5733 = pow %3341, %5732 : f64[] @ models/lib/nn.yaml:89:7
%5734 = sub %3334, %5733 : f64[] @ models/lib/nn.yaml:89:7
%5735 = div %2050, %5734 : f64[] @ models/lib/nn.yaml:89:7
%5736 = pow %3349, %5732 : f64[] @ models/lib/nn.yaml:89:7
%5737 = sub %3334, %5736 : f64[] @ models/lib/nn.yaml:89:7
%5738 = sqrt %5737 : f64[] @ models/lib/nn.yaml:89:7
%5739 = div %3334, %5738 : f64[] @ models/lib/nn.yaml:89:7
%5740 = sqrt %5731 : f32[16] @ models/lib/nn.yaml:89:7
%5741 = cast %5739 : f32[] @ models/lib/nn.yaml:89:7
%5742 = broadcast %5741 : f32[16] @ models/lib/nn.yaml:89:7
%5743 = mul %5740, %5742 : f32[16] @ models/lib/nn.yaml:89:7
%5744 = add %5743, %3462 : f32[16] @ models/lib/nn.yaml:89:7
%5745 = div %5727, %5744 : f32[16] @ models/lib/nn.yaml:89:7
%5746 = cast %5735 : f32[] @ models/lib/nn.yaml:89:7
%5747 = broadcast %5746 : f32[16] @ models/lib/nn.yaml:89:7
%5748 = mul %5745, %5747 : f32[16] @ models/lib/nn.yaml:89:7
%5749 = sub %65, %5748 : f32[16] @ models/lib/nn.yaml:89:7
%5750 = assign %65, %5749 : f32[16] @ models/lib/nn.yaml:89:7
%5751 = assign %5721, %5727 : f32[16] @ models/lib/nn.yaml:89:7
%5752 = assign %5722, %5731 : f32[16] @ models/lib/nn.yaml:89:7
%5753 = assign %5723, %5724 : i64[] @ models/lib/nn.yaml:89:7
%5754 = mul %149, %3473 : f32[16] @ models/lib/nn.yaml:89:7
%5755 = mul %5749, %3475 : f32[16] @ models/lib/nn.yaml:89:7
%5756 = add %5754, %5755 : f32[16] @ models/lib/nn.yaml:89:7
%5757 = assign %149, %5756 : f32[16] @ models/lib/nn.yaml:89:7
%5758 = all_reduce_sum %2563 : f32[16] @ models/lib/nn.yaml:90:7
%5759 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5760 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5761 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5762 = add %5761, %3331 : i64[] @ models/lib/nn.yaml:90:7
%5763 = mul %5758, %3439 : f32[16] @ models/lib/nn.yaml:90:7
%5764 = mul %5759, %3441 : f32[16] @ models/lib/nn.yaml:90:7
%5765 = add %5764, %5763 : f32[16] @ models/lib/nn.yaml:90:7
%5766 = mul %5758, %5758 : f32[16] @ models/lib/nn.yaml:90:7
%5767 = mul %5766, %3445 : f32[16] @ models/lib/nn.yaml:90:7
%5768 = mul %5760, %3447 : f32[16] @ models/lib/nn.yaml:90:7
%5769 = add %5768, %5767 : f32[16] @ models/lib/nn.yaml:90:7
%5770 = cast %5762 : f64[] @ models/lib/nn.yaml:90:7
%5771 = pow %3341, %5770 : f64[] @ models/lib/nn.yaml:90:7
%5772 = sub %3334, %5771 : f64[] @ models/lib/nn.yaml:90:7
%5773 = div %2050, %5772 : f64[] @ models/lib/nn.yaml:90:7
%5774 = pow %3349, %5770 : f64[] @ models/lib/nn.yaml:90:7
%5775 = sub %3334, %5774 : f64[] @ models/lib/nn.yaml:90:7
%5776 = sqrt %5775 : f64[] @ models/lib/nn.yaml:90:7
%5777 = div %3334, %5776 : f64[] @ models/lib/nn.yaml:90:7
%5778 = sqrt %5769 : f32[16] @ models/lib/nn.yaml:90:7
%5779 = cast %5777 : f32[] @ models/lib/nn.yaml:90:7
%5780 = broadcast %5779 : f32[16] @ models/lib/nn.yaml:90:7
%5781 = mul %5778, %5780 : f32[16] @ models/lib/nn.yaml:90:7
%5782 = add %5781, %3462 : f32[16] @ models/lib/nn.yaml:90:7
%5783 = div %5765, %5782 : f32[16] @ models/lib/nn.yaml:90:7
%5784 = cast %5773 : f32[] @ models/lib/nn.yaml:90:7
%5785 = broadcast %5784 : f32[16] @ models/lib/nn.yaml:90:7
%5786 = mul %5783, %5785 : f32[16] @ models/lib/nn.yaml:90:7
%5787 = sub %66, %5786 : f32[16] @ models/lib/nn.yaml:90:7
%5788 = assign %66, %5787 : f32[16] @ models/lib/nn.yaml:90:7
%5789 = assign %5759, %5765 : f32[16] @ models/lib/nn.yaml:90:7
%5790 = assign %5760, %5769 : f32[16] @ models/lib/nn.yaml:90:7
%5791 = assign %5761, %5762 : i64[] @ models/lib/nn.yaml:90:7
%5792 = mul %150, %3473 : f32[16] @ models/lib/nn.yaml:90:7
%5793 = mul %5787, %3475 : f32[16] @ models/lib/nn.yaml:90:7
%5794 = add %5792, %5793 : f32[16] @ models/lib/nn.yaml:90:7
%5795 = assign %150, %5794 : f32[16] @ models/lib/nn.yaml:90:7
%5796 = all_reduce_sum %2556 : f32[24,16] @ models/lib/nn.yaml:79:7
%5797 = state name="adam_m.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%5798 = state name="adam_v.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%5799 = state name="adam_t.projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5800 = add %5799, %3331 : i64[] @ models/lib/nn.yaml:79:7
%5801 = broadcast %3336 : f32[24,16] @ models/lib/nn.yaml:79:7
%5802 = mul %67, %5801 : f32[24,16] @ models/lib/nn.yaml:79:7
%5803 = broadcast %2053 : f32[24,16] @ models/lib/nn.yaml:79:7
%5804 = mul %5796, %5803 : f32[24,16] @ models/lib/nn.yaml:79:7
%5805 = broadcast %1332 : f32[24,16] @ models/lib/nn.yaml:79:7
%5806 = mul %5797, %5805 : f32[24,16] @ models/lib/nn.yaml:79:7
%5807 = add %5806, %5804 : f32[24,16] @ models/lib/nn.yaml:79:7
%5808 = mul %5796, %5796 : f32[24,16] @ models/lib/nn.yaml:79:7
%5809 = broadcast %3346 : f32[24,16] @ models/lib/nn.yaml:79:7
%5810 = mul %5808, %5809 : f32[24,16] @ models/lib/nn.yaml:79:7
%5811 = broadcast %3350 : f32[24,16] @ models/lib/nn.yaml:79:7
%5812 = mul %5798, %5811 : f32[24,16] @ models/lib/nn.yaml:79:7
%5813 = add %5812, %5810 : f32[24,16] @ models/lib/nn.yaml:79:7
%5814 = cast %5800 : f64[] @ models/lib/nn.yaml:79:7
%5815 = pow %3341, %5814 : f64[] @ models/lib/nn.yaml:79:7
%5816 = sub %3334, %5815 : f64[] @ models/lib/nn.yaml:79:7
%5817 = div %2050, %5816 : f64[] @ models/lib/nn.yaml:79:7
%5818 = pow %3349, %5814 : f64[] @ models/lib/nn.yaml:79:7
%5819 = sub %3334, %5818 : f64[] @ models/lib/nn.yaml:79:7
%5820 = sqrt %5819 : f64[] @ models/lib/nn.yaml:79:7
%5821 = div %3334, %5820 : f64[] @ models/lib/nn.yaml:79:7
%5822 = sqrt %5813 : f32[24,16] @ models/lib/nn.yaml:79:7
%5823 = cast %5821 : f32[] @ models/lib/nn.yaml:79:7
%5824 = broadcast %5823 : f32[24,16] @ models/lib/nn.yaml:79:7
%5825 = mul %5822, %5824 : f32[24,16] @ models/lib/nn.yaml:79:7
%5826 = broadcast %3366 : f32[24,16] @ models/lib/nn.yaml:79:7
%5827 = add %5825, %5826 : f32[24,16] @ models/lib/nn.yaml:79:7
%5828 = div %5807, %5827 : f32[24,16] @ models/lib/nn.yaml:79:7
%5829 = cast %5817 : f32[] @ models/lib/nn.yaml:79:7
%5830 = broadcast %5829 : f32[24,16] @ models/lib/nn.yaml:79:7
%5831 = mul %5828, %5830 : f32[24,16] @ models/lib/nn.yaml:79:7
%5832 = sub %5802, %5831 : f32[24,16] @ models/lib/nn.yaml:79:7
%5833 = assign %67, %5832 : f32[24,16] @ models/lib/nn.yaml:79:7
%5834 = assign %5797, %5807 : f32[24,16] @ models/lib/nn.yaml:79:7
%5835 = assign %5798, %5813 : f32[24,16] @ models/lib/nn.yaml:79:7
%5836 = assign %5799, %5800 : i64[] @ models/lib/nn.yaml:79:7
%5837 = broadcast %3378 : f32[24,16] @ models/lib/nn.yaml:79:7
%5838 = mul %151, %5837 : f32[24,16] @ models/lib/nn.yaml:79:7
%5839 = broadcast %3382 : f32[24,16] @ models/lib/nn.yaml:79:7
%5840 = mul %5832, %5839 : f32[24,16] @ models/lib/nn.yaml:79:7
%5841 = add %5838, %5840 : f32[24,16] @ models/lib/nn.yaml:79:7
%5842 = assign %151, %5841 : f32[24,16] @ models/lib/nn.yaml:79:7
%5843 = all_reduce_sum %2533 : f32[24] @ models/moco_pass.yaml:75:7
%5844 = state name="adam_m.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5845 = state name="adam_v.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5846 = state name="adam_t.projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5847 = add %5846, %3331 : i64[] @ models/moco_pass.yaml:75:7
%5848 = broadcast %3336 : f32[24] @ models/moco_pass.yaml:75:7
%5849 = mul %68, %5848 : f32[24] @ models/moco_pass.yaml:75:7
%5850 = broadcast %2053 : f32[24] @ models/moco_pass.yaml:75:7
%5851 = mul %5843, %5850 : f32[24] @ models/moco_pass.yaml:75:7
%5852 = broadcast %1332 : f32[24] @ models/moco_pass.yaml:75:7
%5853 = mul %5844, %5852 : f32[24] @ models/moco_pass.yaml:75:7
%5854 = add %5853, %5851 : f32[24] @ models/moco_pass.yaml:75:7
%5855 = mul %5843, %5843 : f32[24] @ models/moco_pass.yaml:75:7
%5856 = broadcast %3346 : f32[24] @ models/moco_pass.yaml:75:7
%5857 = mul %5855, %5856 : f32[24] @ models/moco_pass.yaml:75:7
%5858 = broadcast %3350 : f32[24] @ models/moco_pass.yaml:75:7
%5859 = mul %5845, %5858 : f32[24] @ models/moco_pass.yaml:75:7
%5860 = add %5859, %5857 : f32[24] @ models/moco_pass.yaml:75:7
%5861 = cast %5847 : f64[] @ models/moco_pass.yaml:75:7
%5862 = pow %3341, %5861 : f64[] @ models/moco_pass.yaml:75:7
%5863 = sub %3334, %5862 : f64[] @ models/moco_pass.yaml:75:7
%5864 = div %2050, %5863 : f64[] @ models/moco_pass.yaml:75:7
%5865 = pow %3349, %5861 : f64[] @ models/moco_pass.yaml:75:7
%5866 = sub %3334, %5865 : f64[] @ models/moco_pass.yaml:75:7
%5867 = sqrt %5866 : f64[] @ models/moco_pass.yaml:75:7
%5868 = div %3334, %5867 : f64[] @ models/moco_pass.yaml:75:7
%5869 = sqrt %5860 : f32[24] @ models/moco_pass.yaml:75:7
%5870 = cast %5868 : f32[] @ models/moco_pass.yaml:75:7
%5871 = broadcast %5870 : f32[24] @ models/moco_pass.yaml:75:7
%5872 = mul %5869, %5871 : f32[24] @ models/moco_pass.yaml:75:7
%5873 = broadcast %3366 : f32[24] @ models/moco_pass.yaml:75:7
%5874 = add %5872, %5873 : f32[24] @ models/moco_pass.yaml:75:7
%5875 = div %5854, %5874 : f32[24] @ models/moco_pass.yaml:75:7
%5876 = cast %5864 : f32[] @ models/moco_pass.yaml:75:7
%5877 = broadcast %5876 : f32[24] @ models/moco_pass.yaml:75:7
%5878 = mul %5875, %5877 : f32[24] @ models/moco_pass.yaml:75:7
%5879 = sub %5849, %5878 : f32[24] @ models/moco_pass.yaml:75:7
%5880 = assign %68, %5879 : f32[24] @ models/moco_pass.yaml:75:7
%5881 = assign %5844, %5854 : f32[24] @ models/moco_pass.yaml:75:7
%5882 = assign %5845, %5860 : f32[24] @ models/moco_pass.yaml:75:7
%5883 = assign %5846, %5847 : i64[] @ models/moco_pass.yaml:75:7
%5884 = broadcast %3378 : f32[24] @ models/moco_pass.yaml:75:7
%5885 = mul %152, %5884 : f32[24] @ models/moco_pass.yaml:75:7
%5886 = broadcast %3382 : f32[24] @ models/moco_pass.yaml:75:7
%5887 = mul %5879, %5886 : f32[24] @ models/moco_pass.yaml:75:7
%5888 = add %5885, %5887 : f32[24] @ models/moco_pass.yaml:75:7
%5889 = assign %152, %5888 : f32[24] @ models/moco_pass.yaml:75:7
%5890 = all_reduce_sum %2529 : f32[24] @ models/moco_pass.yaml:76:7
%5891 = state name="adam_m.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5892 = state name="adam_v.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%5893 = state name="adam_t.projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%5894 = add %5893, %3331 : i64[] @ models/moco_pass.yaml:76:7
%5895 = mul %69, %5848 : f32[24] @ models/moco_pass.yaml:76:7
%5896 = mul %5890, %5850 : f32[24] @ models/moco_pass.yaml:76:7
%5897 = mul %5891, %5852 : f32[24] @ models/moco_pass.yaml:76:7
%5898 = add %5897, %5896 : f32[24] @ models/moco_pass.yaml:76:7
%5899 = mul %5890, %5890 : f32[24] @ models/moco_pass.yaml:76:7
%5900 = mul %5899, %5856 : f32[24] @ models/moco_pass.yaml:76:7
%5901 = mul %5892, %5858 : f32[24] @ models/moco_pass.yaml:76:7
%5902 = add %5901, %5900 : f32[24] @ models/moco_pass.yaml:76:7
%5903 = cast %5894 : f64[] @ models/moco_pass.yaml:76:7
%5904 = pow %3341, %5903 : f64[] @ models/moco_pass.yaml:76:7
%5905 = sub %3334, %5904 : f64[] @ models/moco_pass.yaml:76:7
%5906 = div %2050, %5905 : f64[] @ models/moco_pass.yaml:76:7
%5907 = pow %3349, %5903 : f64[] @ models/moco_pass.yaml:76:7
%5908 = sub %3334, %5907 : f64[] @ models/moco_pass.yaml:76:7
%5909 = sqrt %5908 : f64[] @ models/moco_pass.yaml:76:7
%5910 = div %3334, %5909 : f64[] @ models/moco_pass.yaml:76:7
%5911 = sqrt %5902 : f32[24] @ models/moco_pass.yaml:76:7
%5912 = cast %5910 : f32[] @ models/moco_pass.yaml:76:7
%5913 = broadcast %5912 : f32[24] @ models/moco_pass.yaml:76:7
%5914 = mul %5911, %5913 : f32[24] @ models/moco_pass.yaml:76:7
%5915 = add %5914, %5873 : f32[24] @ models/moco_pass.yaml:76:7
%5916 = div %5898, %5915 : f32[24] @ models/moco_pass.yaml:76:7
%5917 = cast %5906 : f32[] @ models/moco_pass.yaml:76:7
%5918 = broadcast %5917 : f32[24] @ models/moco_pass.yaml:76:7
%5919 = mul %5916, %5918 : f32[24] @ models/moco_pass.yaml:76:7
%5920 = sub %5895, %5919 : f32[24] @ models/moco_pass.yaml:76:7
%5921 = assign %69, %5920 : f32[24] @ models/moco_pass.yaml:76:7
%5922 = assign %5891, %5898 : f32[24] @ models/moco_pass.yaml:76:7
%5923 = assign %5892, %5902 : f32[24] @ models/moco_pass.yaml:76:7
%5924 = assign %5893, %5894 : i64[] @ models/moco_pass.yaml:76:7
%5925 = mul %153, %5884 : f32[24] @ models/moco_pass.yaml:76:7
%5926 = mul %5920, %5886 : f32[24] @ models/moco_pass.yaml:76:7
%5927 = add %5925, %5926 : f32[24] @ models/moco_pass.yaml:76:7
%5928 = assign %153, %5927 : f32[24] @ models/moco_pass.yaml:76:7
%5929 = all_reduce_sum %2522 : f32[24,24] @ models/lib/nn.yaml:79:7
%5930 = state name="adam_m.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%5931 = state name="adam_v.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%5932 = state name="adam_t.projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5933 = add %5932, %3331 : i64[] @ models/lib/nn.yaml:79:7
%5934 = broadcast %3336 : f32[24,24] @ models/lib/nn.yaml:79:7
%5935 = mul %70, %5934 : f32[24,24] @ models/lib/nn.yaml:79:7
%5936 = broadcast %2053 : f32[24,24] @ models/lib/nn.yaml:79:7
%5937 = mul %5929, %5936 : f32[24,24] @ models/lib/nn.yaml:79:7
%5938 = broadcast %1332 : f32[24,24] @ models/lib/nn.yaml:79:7
%5939 = mul %5930, %5938 : f32[24,24] @ models/lib/nn.yaml:79:7
%5940 = add %5939, %5937 : f32[24,24] @ models/lib/nn.yaml:79:7
%5941 = mul %5929, %5929 : f32[24,24] @ models/lib/nn.yaml:79:7
%5942 = broadcast %3346 : f32[24,24] @ models/lib/nn.yaml:79:7
%5943 = mul %5941, %5942 : f32[24,24] @ models/lib/nn.yaml:79:7
%5944 = broadcast %3350 : f32[24,24] @ models/lib/nn.yaml:79:7
%5945 = mul %5931, %5944 : f32[24,24] @ models/lib/nn.yaml:79:7
%5946 = add %5945, %5943 : f32[24,24] @ models/lib/nn.yaml:79:7
%5947 = cast %5933 : f64[] @ models/lib/nn.yaml:79:7
%5948 = pow %3341, %5947 : f64[] @ models/lib/nn.yaml:79:7
%5949 = sub %3334, %5948 : f64[] @ models/lib/nn.yaml:79:7
%5950 = div %2050, %5949 : f64[] @ models/lib/nn.yaml:79:7
%5951 = pow %3349, %5947 : f64[] @ models/lib/nn.yaml:79:7
%5952 = sub %3334, %5951 : f64[] @ models/lib/nn.yaml:79:7
%5953 = sqrt %5952 : f64[] @ models/lib/nn.yaml:79:7
%5954 = div %3334, %5953 : f64[] @ models/lib/nn.yaml:79:7
%5955 = sqrt %5946 : f32[24,24] @ models/lib/nn.yaml:79:7
%5956 = cast %5954 : f32[] @ models/lib/nn.yaml:79:7
%5957 = broadcast %5956 : f32[24,24] @ models/lib/nn.yaml:79:7
%5958 = mul %5955, %5957 : f32[24,24] @ models/lib/nn.yaml:79:7
%5959 = broadcast %3366 : f32[24,24] @ models/lib/nn.yaml:79:7
%5960 = add %5958, %5959 : f32[24,24] @ models/lib/nn.yaml:79:7
%5961 = div %5940, %5960 : f32[24,24] @ models/lib/nn.yaml:79:7
%5962 = cast %5950 : f32[] @ models/lib/nn.yaml:79:7
%5963 = broadcast %5962 : f32[24,24] @ models/lib/nn.yaml:79:7
%5964 = mul %5961, %5963 : f32[24,24] @ models/lib/nn.yaml:79:7
%5965 = sub %5935, %5964 : f32[24,24] @ models/lib/nn.yaml:79:7
%5966 = assign %70, %5965 : f32[24,24] @ models/lib/nn.yaml:79:7
%5967 = assign %5930, %5940 : f32[24,24] @ models/lib/nn.yaml:79:7
%5968 = assign %5931, %5946 : f32[24,24] @ models/lib/nn.yaml:79:7
%5969 = assign %5932, %5933 : i64[] @ models/lib/nn.yaml:79:7
%5970 = broadcast %3378 : f32[24,24] @ models/lib/nn.yaml:79:7
%5971 = mul %154, %5970 : f32[24,24] @ models/lib/nn.yaml:79:7
%5972 = broadcast %3382 : f32[24,24] @ models/lib/nn.yaml:79:7
%5973 = mul %5965, %5972 : f32[24,24] @ models/lib/nn.yaml:79:7
%5974 = add %5971, %5973 : f32[24,24] @ models/lib/nn.yaml:79:7
%5975 = assign %154, %5974 : f32[24,24] @ models/lib/nn.yaml:79:7
%5976 = all_reduce_sum %2499 : f32[24] @ models/moco_pass.yaml:75:7
%5977 = state name="adam_m.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5978 = state name="adam_v.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%5979 = state name="adam_t.projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%5980 = add %5979, %3331 : i64[] @ models/moco_pass.yaml:75:7
%5981 = mul %71, %5848 : f32[24] @ models/moco_pass.yaml:75:7
%5982 = mul %5976, %5850 : f32[24] @ models/moco_pass.yaml:75:7
%5983 = mul %5977, %5852 : f32[24] @ models/moco_pass.yaml:75:7
%5984 = add %5983, %5982 : f32[24] @ models/moco_pass.yaml:75:7
%5985 = mul %5976, %5976 : f32[24] @ models/moco_pass.yaml:75:7
%5986 = mul %5985, %5856 : f32[24] @ models/moco_pass.yaml:75:7
%5987 = mul %5978, %5858 : f32[24] @ models/moco_pass.yaml:75:7
%5988 = add %5987, %5986 : f32[24] @ models/moco_pass.yaml:75:7
%5989 = cast %5980 : f64[] @ models/moco_pass.yaml:75:7
%5990 = pow %3341, %5989 : f64[] @ models/moco_pass.yaml:75:7
%5991 = sub %3334, %5990 : f64[] @ models/moco_pass.yaml:75:7
%5992 = div %2050, %5991 : f64[] @ models/moco_pass.yaml:75:7
%5993 = pow %3349, %5989 : f64[] @ models/moco_pass.yaml:75:7
%5994 = sub %3334, %5993 : f64[] @ models/moco_pass.yaml:75:7
%5995 = sqrt %5994 : f64[] @ models/moco_pass.yaml:75:7
%5996 = div %3334, %5995 : f64[] @ models/moco_pass.yaml:75:7
%5997 = sqrt %5988 : f32[24] @ models/moco_pass.yaml:75:7
%5998 = cast %5996 : f32[] @ models/moco_pass.yaml:75:7
%5999 = broadcast %5998 : f32[24] @ models/moco_pass.yaml:75:7
%6000 = mul %5997, %5999 : f32[24] @ models/moco_pass.yaml:75:7
%6001 = add %6000, %5873 : f32[24] @ models/moco_pass.yaml:75:7
%6002 = div %5984, %6001 : f32[24] @ models/moco_pass.yaml:75:7
%6003 = cast %5992 : f32[] @ models/moco_pass.yaml:75:7
%6004 = broadcast %6003 : f32[24] @ models/moco_pass.yaml:75:7
%6005 = mul %6002, %6004 : f32[24] @ models/moco_pass.yaml:75:7
%6006 = sub %5981, %6005 : f32[24] @ models/moco_pass.yaml:75:7
%6007 = assign %71, %6006 : f32[24] @ models/moco_pass.yaml:75:7
%6008 = assign %5977, %5984 : f32[24] @ models/moco_pass.yaml:75:7
%6009 = assign %5978, %5988 : f32[24] @ models/moco_pass.yaml:75:7
%6010 = assign %5979, %5980 : i64[] @ models/moco_pass.yaml:75:7
%6011 = mul %155, %5884 : f32[24] @ models/moco_pass.yaml:75:7
%6012 = mul %6006, %5886 : f32[24] @ models/moco_pass.yaml:75:7
%6013 = add %6011, %6012 : f32[24] @ models/moco_pass.yaml:75:7
%6014 = assign %155, %6013 : f32[24] @ models/moco_pass.yaml:75:7
%6015 = all_reduce_sum %2495 : f32[24] @ models/moco_pass.yaml:76:7
%6016 = state name="adam_m.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6017 = state name="adam_v.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6018 = state name="adam_t.projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6019 = add %6018, %3331 : i64[] @ models/moco_pass.yaml:76:7
%6020 = mul %72, %5848 : f32[24] @ models/moco_pass.yaml:76:7
%6021 = mul %6015, %5850 : f32[24] @ models/moco_pass.yaml:76:7
%6022 = mul %6016, %5852 : f32[24] @ models/moco_pass.yaml:76:7
%6023 = add %6022, %6021 : f32[24] @ models/moco_pass.yaml:76:7
%6024 = mul %6015, %6015 : f32[24] @ models/moco_pass.yaml:76:7
%6025 = mul %6024, %5856 : f32[24] @ models/moco_pass.yaml:76:7
%6026 = mul %6017, %5858 : f32[24] @ models/moco_pass.yaml:76:7
%6027 = add %6026, %6025 : f32[24] @ models/moco_pass.yaml:76:7
%6028 = cast %6019 : f64[] @ models/moco_pass.yaml:76:7
%6029 = pow %3341, %6028 : f64[] @ models/moco_pass.yaml:76:7
%6030 = sub %3334, %6029 : f64[] @ models/moco_pass.yaml:76:7
%6031 = div %2050, %6030 : f64[] @ models/moco_pass.yaml:76:7
%6032 = pow %3349, %6028 : f64[] @ models/moco_pass.yaml:76:7
%6033 = sub %3334, %6032 : f64[] @ models/moco_pass.yaml:76:7
%6034 = sqrt %6033 : f64[] @ models/moco_pass.yaml:76:7
%6035 = div %3334, %6034 : f64[] @ models/moco_pass.yaml:76:7
%6036 = sqrt %6027 : f32[24] @ models/moco_pass.yaml:76:7
%6037 = cast %6035 : f32[] @ models/moco_pass.yaml:76:7
%6038 = broadcast %6037 : f32[24] @ models/moco_pass.yaml:76:7
%6039 = mul %6036, %6038 : f32[24] @ models/moco_pass.yaml:76:7
%6040 = add %6039, %5873 : f32[24] @ models/moco_pass.yaml:76:7
%6041 = div %6023, %6040 : f32[24] @ models/moco_pass.yaml:76:7
%6042 = cast %6031 : f32[] @ models/moco_pass.yaml:76:7
%6043 = broadcast %6042 : f32[24] @ models/moco_pass.yaml:76:7
%6044 = mul %6041, %6043 : f32[24] @ models/moco_pass.yaml:76:7
%6045 = sub %6020, %6044 : f32[24] @ models/moco_pass.yaml:76:7
%6046 = assign %72, %6045 : f32[24] @ models/moco_pass.yaml:76:7
%6047 = assign %6016, %6023 : f32[24] @ models/moco_pass.yaml:76:7
%6048 = assign %6017, %6027 : f32[24] @ models/moco_pass.yaml:76:7
%6049 = assign %6018, %6019 : i64[] @ models/moco_pass.yaml:76:7
%6050 = mul %156, %5884 : f32[24] @ models/moco_pass.yaml:76:7
%6051 = mul %6045, %5886 : f32[24] @ models/moco_pass.yaml:76:7
%6052 = add %6050, %6051 : f32[24] @ models/moco_pass.yaml:76:7
%6053 = assign %156, %6052 : f32[24] @ models/moco_pass.yaml:76:7
%6054 = all_reduce_sum %2488 : f32[8,24] @ models/lib/nn.yaml:79:7
%6055 = state name="adam_m.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6056 = state name="adam_v.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6057 = state name="adam_t.projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6058 = add %6057, %3331 : i64[] @ models/lib/nn.yaml:79:7
%6059 = broadcast %3336 : f32[8,24] @ models/lib/nn.yaml:79:7
%6060 = mul %73, %6059 : f32[8,24] @ models/lib/nn.yaml:79:7
%6061 = broadcast %2053 : f32[8,24] @ models/lib/nn.yaml:79:7
%6062 = mul %6054, %6061 : f32[8,24] @ models/lib/nn.yaml:79:7
%6063 = broadcast %1332 : f32[8,24] @ models/lib/nn.yaml:79:7
%6064 = mul %6055, %6063 : f32[8,24] @ models/lib/nn.yaml:79:7
%6065 = add %6064, %6062 : f32[8,24] @ models/lib/nn.yaml:79:7
%6066 = mul %6054, %6054 : f32[8,24] @ models/lib/nn.yaml:79:7
%6067 = broadcast %3346 : f32[8,24] @ models/lib/nn.yaml:79:7
%6068 = mul %6066, %6067 : f32[8,24] @ models/lib/nn.yaml:79:7
%6069 = broadcast %3350 : f32[8,24] @ models/lib/nn.yaml:79:7
%6070 = mul %6056, %6069 : f32[8,24] @ models/lib/nn.yaml:79:7
%6071 = add %6070, %6068 : f32[8,24] @ models/lib/nn.yaml:79:7
%6072 = cast %6058 : f64[] @ models/lib/nn.yaml:79:7
%6073 = pow %3341, %6072 : f64[] @ models/lib/nn.yaml:79:7
%6074 = sub %3334, %6073 : f64[] @ models/lib/nn.yaml:79:7
%6075 = div %2050, %6074 : f64[] @ models/lib/nn.yaml:79:7
%6076 = pow %3349, %6072 : f64[] @ models/lib/nn.yaml:79:7
%6077 = sub %3334, %6076 : f64[] @ models/lib/nn.yaml:79:7
%6078 = sqrt %6077 : f64[] @ models/lib/nn.yaml:79:7
%6079 = div %3334, %6078 : f64[] @ models/lib/nn.yaml:79:7
%6080 = sqrt %6071 : f32[8,24] @ models/lib/nn.yaml:79:7
%6081 = cast %6079 : f32[] @ models/lib/nn.yaml:79:7
%6082 = broadcast %6081 : f32[8,24] @ models/lib/nn.yaml:79:7
%6083 = mul %6080, %6082 : f32[8,24] @ models/lib/nn.yaml:79:7
%6084 = broadcast %3366 : f32[8,24] @ models/lib/nn.yaml:79:7
%6085 = add %6083, %6084 : f32[8,24] @ models/lib/nn.yaml:79:7
%6086 = div %6065, %6085 : f32[8,24] @ models/lib/nn.yaml:79:7
%6087 = cast %6075 : f32[] @ models/lib/nn.yaml:79:7
%6088 = broadcast %6087 : f32[8,24] @ models/lib/nn.yaml:79:7
%6089 = mul %6086, %6088 : f32[8,24] @ models/lib/nn.yaml:79:7
%6090 = sub %6060, %6089 : f32[8,24] @ models/lib/nn.yaml:79:7
%6091 = assign %73, %6090 : f32[8,24] @ models/lib/nn.yaml:79:7
%6092 = assign %6055, %6065 : f32[8,24] @ models/lib/nn.yaml:79:7
%6093 = assign %6056, %6071 : f32[8,24] @ models/lib/nn.yaml:79:7
%6094 = assign %6057, %6058 : i64[] @ models/lib/nn.yaml:79:7
%6095 = broadcast %3378 : f32[8,24] @ models/lib/nn.yaml:79:7
%6096 = mul %157, %6095 : f32[8,24] @ models/lib/nn.yaml:79:7
%6097 = broadcast %3382 : f32[8,24] @ models/lib/nn.yaml:79:7
%6098 = mul %6090, %6097 : f32[8,24] @ models/lib/nn.yaml:79:7
%6099 = add %6096, %6098 : f32[8,24] @ models/lib/nn.yaml:79:7
%6100 = assign %157, %6099 : f32[8,24] @ models/lib/nn.yaml:79:7
%6101 = all_reduce_sum %2465 : f32[24,8] @ models/lib/nn.yaml:79:7
%6102 = state name="adam_m.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%6103 = state name="adam_v.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%6104 = state name="adam_t.predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6105 = add %6104, %3331 : i64[] @ models/lib/nn.yaml:79:7
%6106 = broadcast %3336 : f32[24,8] @ models/lib/nn.yaml:79:7
%6107 = mul %74, %6106 : f32[24,8] @ models/lib/nn.yaml:79:7
%6108 = broadcast %2053 : f32[24,8] @ models/lib/nn.yaml:79:7
%6109 = mul %6101, %6108 : f32[24,8] @ models/lib/nn.yaml:79:7
%6110 = broadcast %1332 : f32[24,8] @ models/lib/nn.yaml:79:7
%6111 = mul %6102, %6110 : f32[24,8] @ models/lib/nn.yaml:79:7
%6112 = add %6111, %6109 : f32[24,8] @ models/lib/nn.yaml:79:7
%6113 = mul %6101, %6101 : f32[24,8] @ models/lib/nn.yaml:79:7
%6114 = broadcast %3346 : f32[24,8] @ models/lib/nn.yaml:79:7
%6115 = mul %6113, %6114 : f32[24,8] @ models/lib/nn.yaml:79:7
%6116 = broadcast %3350 : f32[24,8] @ models/lib/nn.yaml:79:7
%6117 = mul %6103, %6116 : f32[24,8] @ models/lib/nn.yaml:79:7
%6118 = add %6117, %6115 : f32[24,8] @ models/lib/nn.yaml:79:7
%6119 = cast %6105 : f64[] @ models/lib/nn.yaml:79:7
%6120 = pow %3341, %6119 : f64[] @ models/lib/nn.yaml:79:7
%6121 = sub %3334, %6120 : f64[] @ models/lib/nn.yaml:79:7
%6122 = div %2050, %6121 : f64[] @ models/lib/nn.yaml:79:7
%6123 = pow %3349, %6119 : f64[] @ models/lib/nn.yaml:79:7
%6124 = sub %3334, %6123 : f64[] @ models/lib/nn.yaml:79:7
%6125 = sqrt %6124 : f64[] @ models/lib/nn.yaml:79:7
%6126 = div %3334, %6125 : f64[] @ models/lib/nn.yaml:79:7
%6127 = sqrt %6118 : f32[24,8] @ models/lib/nn.yaml:79:7
%6128 = cast %6126 : f32[] @ models/lib/nn.yaml:79:7
%6129 = broadcast %6128 : f32[24,8] @ models/lib/nn.yaml:79:7
%6130 = mul %6127, %6129 : f32[24,8] @ models/lib/nn.yaml:79:7
%6131 = broadcast %3366 : f32[24,8] @ models/lib/nn.yaml:79:7
%6132 = add %6130, %6131 : f32[24,8] @ models/lib/nn.yaml:79:7
%6133 = div %6112, %6132 : f32[24,8] @ models/lib/nn.yaml:79:7
%6134 = cast %6122 : f32[] @ models/lib/nn.yaml:79:7
%6135 = broadcast %6134 : f32[24,8] @ models/lib/nn.yaml:79:7
%6136 = mul %6133, %6135 : f32[24,8] @ models/lib/nn.yaml:79:7
%6137 = sub %6107, %6136 : f32[24,8] @ models/lib/nn.yaml:79:7
%6138 = assign %74, %6137 : f32[24,8] @ models/lib/nn.yaml:79:7
%6139 = assign %6102, %6112 : f32[24,8] @ models/lib/nn.yaml:79:7
%6140 = assign %6103, %6118 : f32[24,8] @ models/lib/nn.yaml:79:7
%6141 = assign %6104, %6105 : i64[] @ models/lib/nn.yaml:79:7
%6142 = broadcast %3378 : f32[24,8] @ models/lib/nn.yaml:79:7
%6143 = mul %158, %6142 : f32[24,8] @ models/lib/nn.yaml:79:7
%6144 = broadcast %3382 : f32[24,8] @ models/lib/nn.yaml:79:7
%6145 = mul %6137, %6144 : f32[24,8] @ models/lib/nn.yaml:79:7
%6146 = add %6143, %6145 : f32[24,8] @ models/lib/nn.yaml:79:7
%6147 = assign %158, %6146 : f32[24,8] @ models/lib/nn.yaml:79:7
%6148 = all_reduce_sum %2441 : f32[24] @ models/moco_pass.yaml:75:7
%6149 = state name="adam_m.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6150 = state name="adam_v.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%6151 = state name="adam_t.predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6152 = add %6151, %3331 : i64[] @ models/moco_pass.yaml:75:7
%6153 = mul %75, %5848 : f32[24] @ models/moco_pass.yaml:75:7
%6154 = mul %6148, %5850 : f32[24] @ models/moco_pass.yaml:75:7
%6155 = mul %6149, %5852 : f32[24] @ models/moco_pass.yaml:75:7
%6156 = add %6155, %6154 : f32[24] @ models/moco_pass.yaml:75:7
%6157 = mul %6148, %6148 : f32[24] @ models/moco_pass.yaml:75:7
%6158 = mul %6157, %5856 : f32[24] @ models/moco_pass.yaml:75:7
%6159 = mul %6150, %5858 : f32[24] @ models/moco_pass.yaml:75:7
%6160 = add %6159, %6158 : f32[24] @ models/moco_pass.yaml:75:7
%6161 = cast %6152 : f64[] @ models/moco_pass.yaml:75:7
%6162 = pow %3341, %6161 : f64[] @ models/moco_pass.yaml:75:7
%6163 = sub %3334, %6162 : f64[] @ models/moco_pass.yaml:75:7
%6164 = div %2050, %6163 : f64[] @ models/moco_pass.yaml:75:7
%6165 = pow %3349, %6161 : f64[] @ models/moco_pass.yaml:75:7
%6166 = sub %3334, %6165 : f64[] @ models/moco_pass.yaml:75:7
%6167 = sqrt %6166 : f64[] @ models/moco_pass.yaml:75:7
%6168 = div %3334, %6167 : f64[] @ models/moco_pass.yaml:75:7
%6169 = sqrt %6160 : f32[24] @ models/moco_pass.yaml:75:7
%6170 = cast %6168 : f32[] @ models/moco_pass.yaml:75:7
%6171 = broadcast %6170 : f32[24] @ models/moco_pass.yaml:75:7
%6172 = mul %6169, %6171 : f32[24] @ models/moco_pass.yaml:75:7
%6173 = add %6172, %5873 : f32[24] @ models/moco_pass.yaml:75:7
%6174 = div %6156, %6173 : f32[24] @ models/moco_pass.yaml:75:7
%6175 = cast %6164 : f32[] @ models/moco_pass.yaml:75:7
%6176 = broadcast %6175 : f32[24] @ models/moco_pass.yaml:75:7
%6177 = mul %6174, %6176 : f32[24] @ models/moco_pass.yaml:75:7
%6178 = sub %6153, %6177 : f32[24] @ models/moco_pass.yaml:75:7
%6179 = assign %75, %6178 : f32[24] @ models/moco_pass.yaml:75:7
%6180 = assign %6149, %6156 : f32[24] @ models/moco_pass.yaml:75:7
%6181 = assign %6150, %6160 : f32[24] @ models/moco_pass.yaml:75:7
%6182 = assign %6151, %6152 : i64[] @ models/moco_pass.yaml:75:7
%6183 = mul %159, %5884 : f32[24] @ models/moco_pass.yaml:75:7
%6184 = mul %6178, %5886 : f32[24] @ models/moco_pass.yaml:75:7
%6185 = add %6183, %6184 : f32[24] @ models/moco_pass.yaml:75:7
%6186 = assign %159, %6185 : f32[24] @ models/moco_pass.yaml:75:7
%6187 = all_reduce_sum %2437 : f32[24] @ models/moco_pass.yaml:76:7
%6188 = state name="adam_m.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6189 = state name="adam_v.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%6190 = state name="adam_t.predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6191 = add %6190, %3331 : i64[] @ models/moco_pass.yaml:76:7
%6192 = mul %76, %5848 : f32[24] @ models/moco_pass.yaml:76:7
%6193 = mul %6187, %5850 : f32[24] @ models/moco_pass.yaml:76:7
%6194 = mul %6188, %5852 : f32[24] @ models/moco_pass.yaml:76:7
%6195 = add %6194, %6193 : f32[24] @ models/moco_pass.yaml:76:7
%6196 = mul %6187, %6187 : f32[24] @ models/moco_pass.yaml:76:7
%6197 = mul %6196, %5856 : f32[24] @ models/moco_pass.yaml:76:7
%6198 = mul %6189, %5858 : f32[24] @ models/moco_pass.yaml:76:7
%6199 = add %6198, %6197 : f32[24] @ models/moco_pass.yaml:76:7
%6200 = cast %6191 : f64[] @ models/moco_pass.yaml:76:7
%6201 = pow %3341, %6200 : f64[] @ models/moco_pass.yaml:76:7
%6202 = sub %3334, %6201 : f64[] @ models/moco_pass.yaml:76:7
%6203 = div %2050, %6202 : f64[] @ models/moco_pass.yaml:76:7
%6204 = pow %3349, %6200 : f64[] @ models/moco_pass.yaml:76:7
%6205 = sub %3334, %6204 : f64[] @ models/moco_pass.yaml:76:7
%6206 = sqrt %6205 : f64[] @ models/moco_pass.yaml:76:7
%6207 = div %3334, %6206 : f64[] @ models/moco_pass.yaml:76:7
%6208 = sqrt %6199 : f32[24] @ models/moco_pass.yaml:76:7
%6209 = cast %6207 : f32[] @ models/moco_pass.yaml:76:7
%6210 = broadcast %6209 : f32[24] @ models/moco_pass.yaml:76:7
%6211 = mul %6208, %6210 : f32[24] @ models/moco_pass.yaml:76:7
%6212 = add %6211, %5873 : f32[24] @ models/moco_pass.yaml:76:7
%6213 = div %6195, %6212 : f32[24] @ models/moco_pass.yaml:76:7
%6214 = cast %6203 : f32[] @ models/moco_pass.yaml:76:7
%6215 = broadcast %6214 : f32[24] @ models/moco_pass.yaml:76:7
%6216 = mul %6213, %6215 : f32[24] @ models/moco_pass.yaml:76:7
%6217 = sub %6192, %6216 : f32[24] @ models/moco_pass.yaml:76:7
%6218 = assign %76, %6217 : f32[24] @ models/moco_pass.yaml:76:7
%6219 = assign %6188, %6195 : f32[24] @ models/moco_pass.yaml:76:7
%6220 = assign %6189, %6199 : f32[24] @ models/moco_pass.yaml:76:7
%6221 = assign %6190, %6191 : i64[] @ models/moco_pass.yaml:76:7
%6222 = mul %160, %5884 : f32[24] @ models/moco_pass.yaml:76:7
%6223 = mul %6217, %5886 : f32[24] @ models/moco_pass.yaml:76:7
%6224 = add %6222, %6223 : f32[24] @ models/moco_pass.yaml:76:7
%6225 = assign %160, %6224 : f32[24] @ models/moco_pass.yaml:76:7
%6226 = all_reduce_sum %2429 : f32[8,24] @ models/lib/nn.yaml:79:7
%6227 = state name="adam_m.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6228 = state name="adam_v.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%6229 = state name="adam_t.predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6230 = add %6229, %3331 : i64[] @ models/lib/nn.yaml:79:7
%6231 = mul %77, %6059 : f32[8,24] @ models/lib/nn.yaml:79:7
%6232 = mul %6226, %6061 : f32[8,24] @ models/lib/nn.yaml:79:7
%6233 = mul %6227, %6063 : f32[8,24] @ models/lib/nn.yaml:79:7
%6234 = add %6233, %6232 : f32[8,24] @ models/lib/nn.yaml:79:7
%6235 = mul %6226, %6226 : f32[8,24] @ models/lib/nn.yaml:79:7
%6236 = mul %6235, %6067 : f32[8,24] @ models/lib/nn.yaml:79:7
%6237 = mul %6228, %6069 : f32[8,24] @ models/lib/nn.yaml:79:7
%6238 = add %6237, %6236 : f32[8,24] @ models/lib/nn.yaml:79:7
%6239 = cast %6230 : f64[] @ models/lib/nn.yaml:79:7
%6240 = pow %3341, %6239 : f64[] @ models/lib/nn.yaml:79:7
%6241 = sub %3334, %6240 : f64[] @ models/lib/nn.yaml:79:7
%6242 = div %2050, %6241 : f64[] @ models/lib/nn.yaml:79:7
%6243 = pow %3349, %6239 : f64[] @ models/lib/nn.yaml:79:7
%6244 = sub %3334, %6243 : f64[] @ models/lib/nn.yaml:79:7
%6245 = sqrt %6244 : f64[] @ models/lib/nn.yaml:79:7
%6246 = div %3334, %6245 : f64[] @ models/lib/nn.yaml:79:7
%6247 = sqrt %6238 : f32[8,24] @ models/lib/nn.yaml:79:7
%6248 = cast %6246 : f32[] @ models/lib/nn.yaml:79:7
%6249 = broadcast %6248 : f32[8,24] @ models/lib/nn.yaml:79:7
%6250 = mul %6247, %6249 : f32[8,24] @ models/lib/nn.yaml:79:7
%6251 = add %6250, %6084 : f32[8,24] @ models/lib/nn.yaml:79:7
%6252 = div %6234, %6251 : f32[8,24] @ models/lib/nn.yaml:79:7
%6253 = cast %6242 : f32[] @ models/lib/nn.yaml:79:7
%6254 = broadcast %6253 : f32[8,24] @ models/lib/nn.yaml:79:7
%6255 = mul %6252, %6254 : f32[8,24] @ models/lib/nn.yaml:79:7
%6256 = sub %6231, %6255 : f32[8,24] @ models/lib/nn.yaml:79:7
%6257 = assign %77, %6256 : f32[8,24] @ models/lib/nn.yaml:79:7
%6258 = assign %6227, %6234 : f32[8,24] @ models/lib/nn.yaml:79:7
%6259 = assign %6228, %6238 : f32[8,24] @ models/lib/nn.yaml:79:7
%6260 = assign %6229, %6230 : i64[] @ models/lib/nn.yaml:79:7
%6261 = mul %161, %6095 : f32[8,24] @ models/lib/nn.yaml:79:7
%6262 = mul %6256, %6097 : f32[8,24] @ models/lib/nn.yaml:79:7
%6263 = add %6261, %6262 : f32[8,24] @ models/lib/nn.yaml:79:7
%6264 = assign %161, %6263 : f32[8,24] @ models/lib/nn.yaml:79:7
%6265 = all_reduce_sum %2404 : f32[12,16] @ models/lib/nn.yaml:79:7
%6266 = state name="adam_m.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%6267 = state name="adam_v.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%6268 = state name="adam_t.patch_projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6269 = add %6268, %3331 : i64[] @ models/lib/nn.yaml:79:7
%6270 = broadcast %3336 : f32[12,16] @ models/lib/nn.yaml:79:7
%6271 = mul %78, %6270 : f32[12,16] @ models/lib/nn.yaml:79:7
%6272 = broadcast %2053 : f32[12,16] @ models/lib/nn.yaml:79:7
%6273 = mul %6265, %6272 : f32[12,16] @ models/lib/nn.yaml:79:7
%6274 = broadcast %1332 : f32[12,16] @ models/lib/nn.yaml:79:7
%6275 = mul %6266, %6274 : f32[12,16] @ models/lib/nn.yaml:79:7
%6276 = add %6275, %6273 : f32[12,16] @ models/lib/nn.yaml:79:7
%6277 = mul %6265, %6265 : f32[12,16] @ models/lib/nn.yaml:79:7
%6278 = broadcast %3346 : f32[12,16] @ models/lib/nn.yaml:79:7
%6279 = mul %6277, %6278 : f32[12,16] @ models/lib/nn.yaml:79:7
%6280 = broadcast %3350 : f32[12,16] @ models/lib/nn.yaml:79:7
%6281 = mul %6267, %6280 : f32[12,16] @ models/lib/nn.yaml:79:7
%6282 = add %6281, %6279 : f32[12,16] @ models/lib/nn.yaml:79:7
%6283 = cast %6269 : f64[] @ models/lib/nn.yaml:79:7
%6284 = pow %3341, %6283 : f64[] @ models/lib/nn.yaml:79:7
%6285 = sub %3334, %6284 : f64[] @ models/lib/nn.yaml:79:7
%6286 = div %2050, %6285 : f64[] @ models/lib/nn.yaml:79:7
%6287 = pow %3349, %6283 : f64[] @ models/lib/nn.yaml:79:7
%6288 = sub %3334, %6287 : f64[] @ models/lib/nn.yaml:79:7
%6289 = sqrt %6288 : f64[] @ models/lib/nn.yaml:79:7
%6290 = div %3334, %6289 : f64[] @ models/lib/nn.yaml:79:7
%6291 = sqrt %6282 : f32[12,16] @ models/lib/nn.yaml:79:7
%6292 = cast %6290 : f32[] @ models/lib/nn.yaml:79:7
%6293 = broadcast %6292 : f32[12,16] @ models/lib/nn.yaml:79:7
%6294 = mul %6291, %6293 : f32[12,16] @ models/lib/nn.yaml:79:7
%6295 = broadcast %3366 : f32[12,16] @ models/lib/nn.yaml:79:7
%6296 = add %6294, %6295 : f32[12,16] @ models/lib/nn.yaml:79:7
%6297 = div %6276, %6296 : f32[12,16] @ models/lib/nn.yaml:79:7
%6298 = cast %6286 : f32[] @ models/lib/nn.yaml:79:7
%6299 = broadcast %6298 : f32[12,16] @ models/lib/nn.yaml:79:7
%6300 = mul %6297, %6299 : f32[12,16] @ models/lib/nn.yaml:79:7
%6301 = sub %6271, %6300 : f32[12,16] @ models/lib/nn.yaml:79:7
%6302 = assign %78, %6301 : f32[12,16] @ models/lib/nn.yaml:79:7
%6303 = assign %6266, %6276 : f32[12,16] @ models/lib/nn.yaml:79:7
%6304 = assign %6267, %6282 : f32[12,16] @ models/lib/nn.yaml:79:7
%6305 = assign %6268, %6269 : i64[] @ models/lib/nn.yaml:79:7
%6306 = broadcast %3378 : f32[12,16] @ models/lib/nn.yaml:79:7
%6307 = mul %162, %6306 : f32[12,16] @ models/lib/nn.yaml:79:7
%6308 = broadcast %3382 : f32[12,16] @ models/lib/nn.yaml:79:7
%6309 = mul %6301, %6308 : f32[12,16] @ models/lib/nn.yaml:79:7
%6310 = add %6307, %6309 : f32[12,16] @ models/lib/nn.yaml:79:7
%6311 = assign %162, %6310 : f32[12,16] @ models/lib/nn.yaml:79:7
%6312 = all_reduce_sum %2381 : f32[12] @ models/moco_pass.yaml:75:7
%6313 = state name="adam_m.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6314 = state name="adam_v.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6315 = state name="adam_t.patch_projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6316 = add %6315, %3331 : i64[] @ models/moco_pass.yaml:75:7
%6317 = broadcast %3336 : f32[12] @ models/moco_pass.yaml:75:7
%6318 = mul %79, %6317 : f32[12] @ models/moco_pass.yaml:75:7
%6319 = broadcast %2053 : f32[12] @ models/moco_pass.yaml:75:7
%6320 = mul %6312, %6319 : f32[12] @ models/moco_pass.yaml:75:7
%6321 = broadcast %1332 : f32[12] @ models/moco_pass.yaml:75:7
%6322 = mul %6313, %6321 : f32[12] @ models/moco_pass.yaml:75:7
%6323 = add %6322, %6320 : f32[12] @ models/moco_pass.yaml:75:7
%6324 = mul %6312, %6312 : f32[12] @ models/moco_pass.yaml:75:7
%6325 = broadcast %3346 : f32[12] @ models/moco_pass.yaml:75:7
%6326 = mul %6324, %6325 : f32[12] @ models/moco_pass.yaml:75:7
%6327 = broadcast %3350 : f32[12] @ models/moco_pass.yaml:75:7
%6328 = mul %6314, %6327 : f32[12] @ models/moco_pass.yaml:75:7
%6329 = add %6328, %6326 : f32[12] @ models/moco_pass.yaml:75:7
%6330 = cast %6316 : f64[] @ models/moco_pass.yaml:75:7
%6331 = pow %3341, %6330 : f64[] @ models/moco_pass.yaml:75:7
%6332 = sub %3334, %6331 : f64[] @ models/moco_pass.yaml:75:7
%6333 = div %2050, %6332 : f64[] @ models/moco_pass.yaml:75:7
%6334 = pow %3349, %6330 : f64[] @ models/moco_pass.yaml:75:7
%6335 = sub %3334, %6334 : f64[] @ models/moco_pass.yaml:75:7
%6336 = sqrt %6335 : f64[] @ models/moco_pass.yaml:75:7
%6337 = div %3334, %6336 : f64[] @ models/moco_pass.yaml:75:7
%6338 = sqrt %6329 : f32[12] @ models/moco_pass.yaml:75:7
%6339 = cast %6337 : f32[] @ models/moco_pass.yaml:75:7
%6340 = broadcast %6339 : f32[12] @ models/moco_pass.yaml:75:7
%6341 = mul %6338, %6340 : f32[12] @ models/moco_pass.yaml:75:7
%6342 = broadcast %3366 : f32[12] @ models/moco_pass.yaml:75:7
%6343 = add %6341, %6342 : f32[12] @ models/moco_pass.yaml:75:7
%6344 = div %6323, %6343 : f32[12] @ models/moco_pass.yaml:75:7
%6345 = cast %6333 : f32[] @ models/moco_pass.yaml:75:7
%6346 = broadcast %6345 : f32[12] @ models/moco_pass.yaml:75:7
%6347 = mul %6344, %6346 : f32[12] @ models/moco_pass.yaml:75:7
%6348 = sub %6318, %6347 : f32[12] @ models/moco_pass.yaml:75:7
%6349 = assign %79, %6348 : f32[12] @ models/moco_pass.yaml:75:7
%6350 = assign %6313, %6323 : f32[12] @ models/moco_pass.yaml:75:7
%6351 = assign %6314, %6329 : f32[12] @ models/moco_pass.yaml:75:7
%6352 = assign %6315, %6316 : i64[] @ models/moco_pass.yaml:75:7
%6353 = broadcast %3378 : f32[12] @ models/moco_pass.yaml:75:7
%6354 = mul %163, %6353 : f32[12] @ models/moco_pass.yaml:75:7
%6355 = broadcast %3382 : f32[12] @ models/moco_pass.yaml:75:7
%6356 = mul %6348, %6355 : f32[12] @ models/moco_pass.yaml:75:7
%6357 = add %6354, %6356 : f32[12] @ models/moco_pass.yaml:75:7
%6358 = assign %163, %6357 : f32[12] @ models/moco_pass.yaml:75:7
%6359 = all_reduce_sum %2375 : f32[12] @ models/moco_pass.yaml:76:7
%6360 = state name="adam_m.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6361 = state name="adam_v.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6362 = state name="adam_t.patch_projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6363 = add %6362, %3331 : i64[] @ models/moco_pass.yaml:76:7
%6364 = mul %80, %6317 : f32[12] @ models/moco_pass.yaml:76:7
%6365 = mul %6359, %6319 : f32[12] @ models/moco_pass.yaml:76:7
%6366 = mul %6360, %6321 : f32[12] @ models/moco_pass.yaml:76:7
%6367 = add %6366, %6365 : f32[12] @ models/moco_pass.yaml:76:7
%6368 = mul %6359, %6359 : f32[12] @ models/moco_pass.yaml:76:7
%6369 = mul %6368, %6325 : f32[12] @ models/moco_pass.yaml:76:7
%6370 = mul %6361, %6327 : f32[12] @ models/moco_pass.yaml:76:7
%6371 = add %6370, %6369 : f32[12] @ models/moco_pass.yaml:76:7
%6372 = cast %6363 : f64[] @ models/moco_pass.yaml:76:7
%6373 = pow %3341, %6372 : f64[] @ models/moco_pass.yaml:76:7
%6374 = sub %3334, %6373 : f64[] @ models/moco_pass.yaml:76:7
%6375 = div %2050, %6374 : f64[] @ models/moco_pass.yaml:76:7
%6376 = pow %3349, %6372 : f64[] @ models/moco_pass.yaml:76:7
%6377 = sub %3334, %6376 : f64[] @ models/moco_pass.yaml:76:7
%6378 = sqrt %6377 : f64[] @ models/moco_pass.yaml:76:7
%6379 = div %3334, %6378 : f64[] @ models/moco_pass.yaml:76:7
%6380 = sqrt %6371 : f32[12] @ models/moco_pass.yaml:76:7
%6381 = cast %6379 : f32[] @ models/moco_pass.yaml:76:7
%6382 = broadcast %6381 : f32[12] @ models/moco_pass.yaml:76:7
%6383 = mul %6380, %6382 : f32[12] @ models/moco_pass.yaml:76:7
%6384 = add %6383, %6342 : f32[12] @ models/moco_pass.yaml:76:7
%6385 = div %6367, %6384 : f32[12] @ models/moco_pass.yaml:76:7
%6386 = cast %6375 : f32[] @ models/moco_pass.yaml:76:7
%6387 = broadcast %6386 : f32[12] @ models/moco_pass.yaml:76:7
%6388 = mul %6385, %6387 : f32[12] @ models/moco_pass.yaml:76:7
%6389 = sub %6364, %6388 : f32[12] @ models/moco_pass.yaml:76:7
%6390 = assign %80, %6389 : f32[12] @ models/moco_pass.yaml:76:7
%6391 = assign %6360, %6367 : f32[12] @ models/moco_pass.yaml:76:7
%6392 = assign %6361, %6371 : f32[12] @ models/moco_pass.yaml:76:7
%6393 = assign %6362, %6363 : i64[] @ models/moco_pass.yaml:76:7
%6394 = mul %164, %6353 : f32[12] @ models/moco_pass.yaml:76:7
%6395 = mul %6389, %6355 : f32[12] @ models/moco_pass.yaml:76:7
%6396 = add %6394, %6395 : f32[12] @ models/moco_pass.yaml:76:7
%6397 = assign %164, %6396 : f32[12] @ models/moco_pass.yaml:76:7
%6398 = all_reduce_sum %2366 : f32[12,12] @ models/lib/nn.yaml:79:7
%6399 = state name="adam_m.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%6400 = state name="adam_v.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%6401 = state name="adam_t.patch_projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6402 = add %6401, %3331 : i64[] @ models/lib/nn.yaml:79:7
%6403 = broadcast %3336 : f32[12,12] @ models/lib/nn.yaml:79:7
%6404 = mul %81, %6403 : f32[12,12] @ models/lib/nn.yaml:79:7
%6405 = broadcast %2053 : f32[12,12] @ models/lib/nn.yaml:79:7
%6406 = mul %6398, %6405 : f32[12,12] @ models/lib/nn.yaml:79:7
%6407 = broadcast %1332 : f32[12,12] @ models/lib/nn.yaml:79:7
%6408 = mul %6399, %6407 : f32[12,12] @ models/lib/nn.yaml:79:7
%6409 = add %6408, %6406 : f32[12,12] @ models/lib/nn.yaml:79:7
%6410 = mul %6398, %6398 : f32[12,12] @ models/lib/nn.yaml:79:7
%6411 = broadcast %3346 : f32[12,12] @ models/lib/nn.yaml:79:7
%6412 = mul %6410, %6411 : f32[12,12] @ models/lib/nn.yaml:79:7
%6413 = broadcast %3350 : f32[12,12] @ models/lib/nn.yaml:79:7
%6414 = mul %6400, %6413 : f32[12,12] @ models/lib/nn.yaml:79:7
%6415 = add %6414, %6412 : f32[12,12] @ models/lib/nn.yaml:79:7
%6416 = cast %6402 : f64[] @ models/lib/nn.yaml:79:7
%6417 = pow %3341, %6416 : f64[] @ models/lib/nn.yaml:79:7
%6418 = sub %3334, %6417 : f64[] @ models/lib/nn.yaml:79:7
%6419 = div %2050, %6418 : f64[] @ models/lib/nn.yaml:79:7
%6420 = pow %3349, %6416 : f64[] @ models/lib/nn.yaml:79:7
%6421 = sub %3334, %6420 : f64[] @ models/lib/nn.yaml:79:7
%6422 = sqrt %6421 : f64[] @ models/lib/nn.yaml:79:7
%6423 = div %3334, %6422 : f64[] @ models/lib/nn.yaml:79:7
%6424 = sqrt %6415 : f32[12,12] @ models/lib/nn.yaml:79:7
%6425 = cast %6423 : f32[] @ models/lib/nn.yaml:79:7
%6426 = broadcast %6425 : f32[12,12] @ models/lib/nn.yaml:79:7
%6427 = mul %6424, %6426 : f32[12,12] @ models/lib/nn.yaml:79:7
%6428 = broadcast %3366 : f32[12,12] @ models/lib/nn.yaml:79:7
%6429 = add %6427, %6428 : f32[12,12] @ models/lib/nn.yaml:79:7
%6430 = div %6409, %6429 : f32[12,12] @ models/lib/nn.yaml:79:7
%6431 = cast %6419 : f32[] @ models/lib/nn.yaml:79:7
%6432 = broadcast %6431 : f32[12,12] @ models/lib/nn.yaml:79:7
%6433 = mul %6430, %6432 : f32[12,12] @ models/lib/nn.yaml:79:7
%6434 = sub %6404, %6433 : f32[12,12] @ models/lib/nn.yaml:79:7
%6435 = assign %81, %6434 : f32[12,12] @ models/lib/nn.yaml:79:7
%6436 = assign %6399, %6409 : f32[12,12] @ models/lib/nn.yaml:79:7
%6437 = assign %6400, %6415 : f32[12,12] @ models/lib/nn.yaml:79:7
%6438 = assign %6401, %6402 : i64[] @ models/lib/nn.yaml:79:7
%6439 = broadcast %3378 : f32[12,12] @ models/lib/nn.yaml:79:7
%6440 = mul %165, %6439 : f32[12,12] @ models/lib/nn.yaml:79:7
%6441 = broadcast %3382 : f32[12,12] @ models/lib/nn.yaml:79:7
%6442 = mul %6434, %6441 : f32[12,12] @ models/lib/nn.yaml:79:7
%6443 = add %6440, %6442 : f32[12,12] @ models/lib/nn.yaml:79:7
%6444 = assign %165, %6443 : f32[12,12] @ models/lib/nn.yaml:79:7
%6445 = all_reduce_sum %2343 : f32[12] @ models/moco_pass.yaml:75:7
%6446 = state name="adam_m.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6447 = state name="adam_v.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6448 = state name="adam_t.patch_projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6449 = add %6448, %3331 : i64[] @ models/moco_pass.yaml:75:7
%6450 = mul %82, %6317 : f32[12] @ models/moco_pass.yaml:75:7
%6451 = mul %6445, %6319 : f32[12] @ models/moco_pass.yaml:75:7
%6452 = mul %6446, %6321 : f32[12] @ models/moco_pass.yaml:75:7
%6453 = add %6452, %6451 : f32[12] @ models/moco_pass.yaml:75:7
%6454 = mul %6445, %6445 : f32[12] @ models/moco_pass.yaml:75:7
%6455 = mul %6454, %6325 : f32[12] @ models/moco_pass.yaml:75:7
%6456 = mul %6447, %6327 : f32[12] @ models/moco_pass.yaml:75:7
%6457 = add %6456, %6455 : f32[12] @ models/moco_pass.yaml:75:7
%6458 = cast %6449 : f64[] @ models/moco_pass.yaml:75:7
%6459 = pow %3341, %6458 : f64[] @ models/moco_pass.yaml:75:7
%6460 = sub %3334, %6459 : f64[] @ models/moco_pass.yaml:75:7
%6461 = div %2050, %6460 : f64[] @ models/moco_pass.yaml:75:7
%6462 = pow %3349, %6458 : f64[] @ models/moco_pass.yaml:75:7
%6463 = sub %3334, %6462 : f64[] @ models/moco_pass.yaml:75:7
%6464 = sqrt %6463 : f64[] @ models/moco_pass.yaml:75:7
%6465 = div %3334, %6464 : f64[] @ models/moco_pass.yaml:75:7
%6466 = sqrt %6457 : f32[12] @ models/moco_pass.yaml:75:7
%6467 = cast %6465 : f32[] @ models/moco_pass.yaml:75:7
%6468 = broadcast %6467 : f32[12] @ models/moco_pass.yaml:75:7
%6469 = mul %6466, %6468 : f32[12] @ models/moco_pass.yaml:75:7
%6470 = add %6469, %6342 : f32[12] @ models/moco_pass.yaml:75:7
%6471 = div %6453, %6470 : f32[12] @ models/moco_pass.yaml:75:7
%6472 = cast %6461 : f32[] @ models/moco_pass.yaml:75:7
%6473 = broadcast %6472 : f32[12] @ models/moco_pass.yaml:75:7
%6474 = mul %6471, %6473 : f32[12] @ models/moco_pass.yaml:75:7
%6475 = sub %6450, %6474 : f32[12] @ models/moco_pass.yaml:75:7
%6476 = assign %82, %6475 : f32[12] @ models/moco_pass.yaml:75:7
%6477 = assign %6446, %6453 : f32[12] @ models/moco_pass.yaml:75:7
%6478 = assign %6447, %6457 : f32[12] @ models/moco_pass.yaml:75:7
%6479 = assign %6448, %6449 : i64[] @ models/moco_pass.yaml:75:7
%6480 = mul %166, %6353 : f32[12] @ models/moco_pass.yaml:75:7
%6481 = mul %6475, %6355 : f32[12] @ models/moco_pass.yaml:75:7
%6482 = add %6480, %6481 : f32[12] @ models/moco_pass.yaml:75:7
%6483 = assign %166, %6482 : f32[12] @ models/moco_pass.yaml:75:7
%6484 = all_reduce_sum %2337 : f32[12] @ models/moco_pass.yaml:76:7
%6485 = state name="adam_m.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6486 = state name="adam_v.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6487 = state name="adam_t.patch_projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6488 = add %6487, %3331 : i64[] @ models/moco_pass.yaml:76:7
%6489 = mul %83, %6317 : f32[12] @ models/moco_pass.yaml:76:7
%6490 = mul %6484, %6319 : f32[12] @ models/moco_pass.yaml:76:7
%6491 = mul %6485, %6321 : f32[12] @ models/moco_pass.yaml:76:7
%6492 = add %6491, %6490 : f32[12] @ models/moco_pass.yaml:76:7
%6493 = mul %6484, %6484 : f32[12] @ models/moco_pass.yaml:76:7
%6494 = mul %6493, %6325 : f32[12] @ models/moco_pass.yaml:76:7
%6495 = mul %6486, %6327 : f32[12] @ models/moco_pass.yaml:76:7
%6496 = add %6495, %6494 : f32[12] @ models/moco_pass.yaml:76:7
%6497 = cast %6488 : f64[] @ models/moco_pass.yaml:76:7
%6498 = pow %3341, %6497 : f64[] @ models/moco_pass.yaml:76:7
%6499 = sub %3334, %6498 : f64[] @ models/moco_pass.yaml:76:7
%6500 = div %2050, %6499 : f64[] @ models/moco_pass.yaml:76:7
%6501 = pow %3349, %6497 : f64[] @ models/moco_pass.yaml:76:7
%6502 = sub %3334, %6501 : f64[] @ models/moco_pass.yaml:76:7
%6503 = sqrt %6502 : f64[] @ models/moco_pass.yaml:76:7
%6504 = div %3334, %6503 : f64[] @ models/moco_pass.yaml:76:7
%6505 = sqrt %6496 : f32[12] @ models/moco_pass.yaml:76:7
%6506 = cast %6504 : f32[] @ models/moco_pass.yaml:76:7
%6507 = broadcast %6506 : f32[12] @ models/moco_pass.yaml:76:7
%6508 = mul %6505, %6507 : f32[12] @ models/moco_pass.yaml:76:7
%6509 = add %6508, %6342 : f32[12] @ models/moco_pass.yaml:76:7
%6510 = div %6492, %6509 : f32[12] @ models/moco_pass.yaml:76:7
%6511 = cast %6500 : f32[] @ models/moco_pass.yaml:76:7
%6512 = broadcast %6511 : f32[12] @ models/moco_pass.yaml:76:7
%6513 = mul %6510, %6512 : f32[12] @ models/moco_pass.yaml:76:7
%6514 = sub %6489, %6513 : f32[12] @ models/moco_pass.yaml:76:7
%6515 = assign %83, %6514 : f32[12] @ models/moco_pass.yaml:76:7
%6516 = assign %6485, %6492 : f32[12] @ models/moco_pass.yaml:76:7
%6517 = assign %6486, %6496 : f32[12] @ models/moco_pass.yaml:76:7
%6518 = assign %6487, %6488 : i64[] @ models/moco_pass.yaml:76:7
%6519 = mul %167, %6353 : f32[12] @ models/moco_pass.yaml:76:7
%6520 = mul %6514, %6355 : f32[12] @ models/moco_pass.yaml:76:7
%6521 = add %6519, %6520 : f32[12] @ models/moco_pass.yaml:76:7
%6522 = assign %167, %6521 : f32[12] @ models/moco_pass.yaml:76:7
%6523 = all_reduce_sum %2328 : f32[6,12] @ models/lib/nn.yaml:79:7
%6524 = state name="adam_m.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6525 = state name="adam_v.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6526 = state name="adam_t.patch_projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6527 = add %6526, %3331 : i64[] @ models/lib/nn.yaml:79:7
%6528 = broadcast %3336 : f32[6,12] @ models/lib/nn.yaml:79:7
%6529 = mul %84, %6528 : f32[6,12] @ models/lib/nn.yaml:79:7
%6530 = broadcast %2053 : f32[6,12] @ models/lib/nn.yaml:79:7
%6531 = mul %6523, %6530 : f32[6,12] @ models/lib/nn.yaml:79:7
%6532 = broadcast %1332 : f32[6,12] @ models/lib/nn.yaml:79:7
%6533 = mul %6524, %6532 : f32[6,12] @ models/lib/nn.yaml:79:7
%6534 = add %6533, %6531 : f32[6,12] @ models/lib/nn.yaml:79:7
%6535 = mul %6523, %6523 : f32[6,12] @ models/lib/nn.yaml:79:7
%6536 = broadcast %3346 : f32[6,12] @ models/lib/nn.yaml:79:7
%6537 = mul %6535, %6536 : f32[6,12] @ models/lib/nn.yaml:79:7
%6538 = broadcast %3350 : f32[6,12] @ models/lib/nn.yaml:79:7
%6539 = mul %6525, %6538 : f32[6,12] @ models/lib/nn.yaml:79:7
%6540 = add %6539, %6537 : f32[6,12] @ models/lib/nn.yaml:79:7
%6541 = cast %6527 : f64[] @ models/lib/nn.yaml:79:7
%6542 = pow %3341, %6541 : f64[] @ models/lib/nn.yaml:79:7
%6543 = sub %3334, %6542 : f64[] @ models/lib/nn.yaml:79:7
%6544 = div %2050, %6543 : f64[] @ models/lib/nn.yaml:79:7
%6545 = pow %3349, %6541 : f64[] @ models/lib/nn.yaml:79:7
%6546 = sub %3334, %6545 : f64[] @ models/lib/nn.yaml:79:7
%6547 = sqrt %6546 : f64[] @ models/lib/nn.yaml:79:7
%6548 = div %3334, %6547 : f64[] @ models/lib/nn.yaml:79:7
%6549 = sqrt %6540 : f32[6,12] @ models/lib/nn.yaml:79:7
%6550 = cast %6548 : f32[] @ models/lib/nn.yaml:79:7
%6551 = broadcast %6550 : f32[6,12] @ models/lib/nn.yaml:79:7
%6552 = mul %6549, %6551 : f32[6,12] @ models/lib/nn.yaml:79:7
%6553 = broadcast %3366 : f32[6,12] @ models/lib/nn.yaml:79:7
%6554 = add %6552, %6553 : f32[6,12] @ models/lib/nn.yaml:79:7
%6555 = div %6534, %6554 : f32[6,12] @ models/lib/nn.yaml:79:7
%6556 = cast %6544 : f32[] @ models/lib/nn.yaml:79:7
%6557 = broadcast %6556 : f32[6,12] @ models/lib/nn.yaml:79:7
%6558 = mul %6555, %6557 : f32[6,12] @ models/lib/nn.yaml:79:7
%6559 = sub %6529, %6558 : f32[6,12] @ models/lib/nn.yaml:79:7
%6560 = assign %84, %6559 : f32[6,12] @ models/lib/nn.yaml:79:7
%6561 = assign %6524, %6534 : f32[6,12] @ models/lib/nn.yaml:79:7
%6562 = assign %6525, %6540 : f32[6,12] @ models/lib/nn.yaml:79:7
%6563 = assign %6526, %6527 : i64[] @ models/lib/nn.yaml:79:7
%6564 = broadcast %3378 : f32[6,12] @ models/lib/nn.yaml:79:7
%6565 = mul %168, %6564 : f32[6,12] @ models/lib/nn.yaml:79:7
%6566 = broadcast %3382 : f32[6,12] @ models/lib/nn.yaml:79:7
%6567 = mul %6559, %6566 : f32[6,12] @ models/lib/nn.yaml:79:7
%6568 = add %6565, %6567 : f32[6,12] @ models/lib/nn.yaml:79:7
%6569 = assign %168, %6568 : f32[6,12] @ models/lib/nn.yaml:79:7
%6570 = all_reduce_sum %2305 : f32[12,6] @ models/lib/nn.yaml:79:7
%6571 = state name="adam_m.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%6572 = state name="adam_v.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%6573 = state name="adam_t.patch_predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6574 = add %6573, %3331 : i64[] @ models/lib/nn.yaml:79:7
%6575 = broadcast %3336 : f32[12,6] @ models/lib/nn.yaml:79:7
%6576 = mul %85, %6575 : f32[12,6] @ models/lib/nn.yaml:79:7
%6577 = broadcast %2053 : f32[12,6] @ models/lib/nn.yaml:79:7
%6578 = mul %6570, %6577 : f32[12,6] @ models/lib/nn.yaml:79:7
%6579 = broadcast %1332 : f32[12,6] @ models/lib/nn.yaml:79:7
%6580 = mul %6571, %6579 : f32[12,6] @ models/lib/nn.yaml:79:7
%6581 = add %6580, %6578 : f32[12,6] @ models/lib/nn.yaml:79:7
%6582 = mul %6570, %6570 : f32[12,6] @ models/lib/nn.yaml:79:7
%6583 = broadcast %3346 : f32[12,6] @ models/lib/nn.yaml:79:7
%6584 = mul %6582, %6583 : f32[12,6] @ models/lib/nn.yaml:79:7
%6585 = broadcast %3350 : f32[12,6] @ models/lib/nn.yaml:79:7
%6586 = mul %6572, %6585 : f32[12,6] @ models/lib/nn.yaml:79:7
%6587 = add %6586, %6584 : f32[12,6] @ models/lib/nn.yaml:79:7
%6588 = cast %6574 : f64[] @ models/lib/nn.yaml:79:7
%6589 = pow %3341, %6588 : f64[] @ models/lib/nn.yaml:79:7
%6590 = sub %3334, %6589 : f64[] @ models/lib/nn.yaml:79:7
%6591 = div %2050, %6590 : f64[] @ models/lib/nn.yaml:79:7
%6592 = pow %3349, %6588 : f64[] @ models/lib/nn.yaml:79:7
%6593 = sub %3334, %6592 : f64[] @ models/lib/nn.yaml:79:7
%6594 = sqrt %6593 : f64[] @ models/lib/nn.yaml:79:7
%6595 = div %3334, %6594 : f64[] @ models/lib/nn.yaml:79:7
%6596 = sqrt %6587 : f32[12,6] @ models/lib/nn.yaml:79:7
%6597 = cast %6595 : f32[] @ models/lib/nn.yaml:79:7
%6598 = broadcast %6597 : f32[12,6] @ models/lib/nn.yaml:79:7
%6599 = mul %6596, %6598 : f32[12,6] @ models/lib/nn.yaml:79:7
%6600 = broadcast %3366 : f32[12,6] @ models/lib/nn.yaml:79:7
%6601 = add %6599, %6600 : f32[12,6] @ models/lib/nn.yaml:79:7
%6602 = div %6581, %6601 : f32[12,6] @ models/lib/nn.yaml:79:7
%6603 = cast %6591 : f32[] @ models/lib/nn.yaml:79:7
%6604 = broadcast %6603 : f32[12,6] @ models/lib/nn.yaml:79:7
%6605 = mul %6602, %6604 : f32[12,6] @ models/lib/nn.yaml:79:7
%6606 = sub %6576, %6605 : f32[12,6] @ models/lib/nn.yaml:79:7
%6607 = assign %85, %6606 : f32[12,6] @ models/lib/nn.yaml:79:7
%6608 = assign %6571, %6581 : f32[12,6] @ models/lib/nn.yaml:79:7
%6609 = assign %6572, %6587 : f32[12,6] @ models/lib/nn.yaml:79:7
%6610 = assign %6573, %6574 : i64[] @ models/lib/nn.yaml:79:7
%6611 = broadcast %3378 : f32[12,6] @ models/lib/nn.yaml:79:7
%6612 = mul %169, %6611 : f32[12,6] @ models/lib/nn.yaml:79:7
%6613 = broadcast %3382 : f32[12,6] @ models/lib/nn.yaml:79:7
%6614 = mul %6606, %6613 : f32[12,6] @ models/lib/nn.yaml:79:7
%6615 = add %6612, %6614 : f32[12,6] @ models/lib/nn.yaml:79:7
%6616 = assign %169, %6615 : f32[12,6] @ models/lib/nn.yaml:79:7
%6617 = all_reduce_sum %2281 : f32[12] @ models/moco_pass.yaml:75:7
%6618 = state name="adam_m.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6619 = state name="adam_v.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%6620 = state name="adam_t.patch_predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%6621 = add %6620, %3331 : i64[] @ models/moco_pass.yaml:75:7
%6622 = mul %86, %6317 : f32[12] @ models/moco_pass.yaml:75:7
%6623 = mul %6617, %6319 : f32[12] @ models/moco_pass.yaml:75:7
%6624 = mul %6618, %6321 : f32[12] @ models/moco_pass.yaml:75:7
%6625 = add %6624, %6623 : f32[12] @ models/moco_pass.yaml:75:7
%6626 = mul %6617, %6617 : f32[12] @ models/moco_pass.yaml:75:7
%6627 = mul %6626, %6325 : f32[12] @ models/moco_pass.yaml:75:7
%6628 = mul %6619, %6327 : f32[12] @ models/moco_pass.yaml:75:7
%6629 = add %6628, %6627 : f32[12] @ models/moco_pass.yaml:75:7
%6630 = cast %6621 : f64[] @ models/moco_pass.yaml:75:7
%6631 = pow %3341, %6630 : f64[] @ models/moco_pass.yaml:75:7
%6632 = sub %3334, %6631 : f64[] @ models/moco_pass.yaml:75:7
%6633 = div %2050, %6632 : f64[] @ models/moco_pass.yaml:75:7
%6634 = pow %3349, %6630 : f64[] @ models/moco_pass.yaml:75:7
%6635 = sub %3334, %6634 : f64[] @ models/moco_pass.yaml:75:7
%6636 = sqrt %6635 : f64[] @ models/moco_pass.yaml:75:7
%6637 = div %3334, %6636 : f64[] @ models/moco_pass.yaml:75:7
%6638 = sqrt %6629 : f32[12] @ models/moco_pass.yaml:75:7
%6639 = cast %6637 : f32[] @ models/moco_pass.yaml:75:7
%6640 = broadcast %6639 : f32[12] @ models/moco_pass.yaml:75:7
%6641 = mul %6638, %6640 : f32[12] @ models/moco_pass.yaml:75:7
%6642 = add %6641, %6342 : f32[12] @ models/moco_pass.yaml:75:7
%6643 = div %6625, %6642 : f32[12] @ models/moco_pass.yaml:75:7
%6644 = cast %6633 : f32[] @ models/moco_pass.yaml:75:7
%6645 = broadcast %6644 : f32[12] @ models/moco_pass.yaml:75:7
%6646 = mul %6643, %6645 : f32[12] @ models/moco_pass.yaml:75:7
%6647 = sub %6622, %6646 : f32[12] @ models/moco_pass.yaml:75:7
%6648 = assign %86, %6647 : f32[12] @ models/moco_pass.yaml:75:7
%6649 = assign %6618, %6625 : f32[12] @ models/moco_pass.yaml:75:7
%6650 = assign %6619, %6629 : f32[12] @ models/moco_pass.yaml:75:7
%6651 = assign %6620, %6621 : i64[] @ models/moco_pass.yaml:75:7
%6652 = mul %170, %6353 : f32[12] @ models/moco_pass.yaml:75:7
%6653 = mul %6647, %6355 : f32[12] @ models/moco_pass.yaml:75:7
%6654 = add %6652, %6653 : f32[12] @ models/moco_pass.yaml:75:7
%6655 = assign %170, %6654 : f32[12] @ models/moco_pass.yaml:75:7
%6656 = all_reduce_sum %2275 : f32[12] @ models/moco_pass.yaml:76:7
%6657 = state name="adam_m.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6658 = state name="adam_v.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%6659 = state name="adam_t.patch_predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%6660 = add %6659, %3331 : i64[] @ models/moco_pass.yaml:76:7
%6661 = mul %87, %6317 : f32[12] @ models/moco_pass.yaml:76:7
%6662 = mul %6656, %6319 : f32[12] @ models/moco_pass.yaml:76:7
%6663 = mul %6657, %6321 : f32[12] @ models/moco_pass.yaml:76:7
%6664 = add %6663, %6662 : f32[12] @ models/moco_pass.yaml:76:7
%6665 = mul %6656, %6656 : f32[12] @ models/moco_pass.yaml:76:7
%6666 = mul %6665, %6325 : f32[12] @ models/moco_pass.yaml:76:7
%6667 = mul %6658, %6327 : f32[12] @ models/moco_pass.yaml:76:7
%6668 = add %6667, %6666 : f32[12] @ models/moco_pass.yaml:76:7
%6669 = cast %6660 : f64[] @ models/moco_pass.yaml:76:7
%6670 = pow %3341, %6669 : f64[] @ models/moco_pass.yaml:76:7
%6671 = sub %3334, %6670 : f64[] @ models/moco_pass.yaml:76:7
%6672 = div %2050, %6671 : f64[] @ models/moco_pass.yaml:76:7
%6673 = pow %3349, %6669 : f64[] @ models/moco_pass.yaml:76:7
%6674 = sub %3334, %6673 : f64[] @ models/moco_pass.yaml:76:7
%6675 = sqrt %6674 : f64[] @ models/moco_pass.yaml:76:7
%6676 = div %3334, %6675 : f64[] @ models/moco_pass.yaml:76:7
%6677 = sqrt %6668 : f32[12] @ models/moco_pass.yaml:76:7
%6678 = cast %6676 : f32[] @ models/moco_pass.yaml:76:7
%6679 = broadcast %6678 : f32[12] @ models/moco_pass.yaml:76:7
%6680 = mul %6677, %6679 : f32[12] @ models/moco_pass.yaml:76:7
%6681 = add %6680, %6342 : f32[12] @ models/moco_pass.yaml:76:7
%6682 = div %6664, %6681 : f32[12] @ models/moco_pass.yaml:76:7
%6683 = cast %6672 : f32[] @ models/moco_pass.yaml:76:7
%6684 = broadcast %6683 : f32[12] @ models/moco_pass.yaml:76:7
%6685 = mul %6682, %6684 : f32[12] @ models/moco_pass.yaml:76:7
%6686 = sub %6661, %6685 : f32[12] @ models/moco_pass.yaml:76:7
%6687 = assign %87, %6686 : f32[12] @ models/moco_pass.yaml:76:7
%6688 = assign %6657, %6664 : f32[12] @ models/moco_pass.yaml:76:7
%6689 = assign %6658, %6668 : f32[12] @ models/moco_pass.yaml:76:7
%6690 = assign %6659, %6660 : i64[] @ models/moco_pass.yaml:76:7
%6691 = mul %171, %6353 : f32[12] @ models/moco_pass.yaml:76:7
%6692 = mul %6686, %6355 : f32[12] @ models/moco_pass.yaml:76:7
%6693 = add %6691, %6692 : f32[12] @ models/moco_pass.yaml:76:7
%6694 = assign %171, %6693 : f32[12] @ models/moco_pass.yaml:76:7
%6695 = all_reduce_sum %2264 : f32[6,12] @ models/lib/nn.yaml:79:7
%6696 = state name="adam_m.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6697 = state name="adam_v.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%6698 = state name="adam_t.patch_predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6699 = add %6698, %3331 : i64[] @ models/lib/nn.yaml:79:7
%6700 = mul %88, %6528 : f32[6,12] @ models/lib/nn.yaml:79:7
%6701 = mul %6695, %6530 : f32[6,12] @ models/lib/nn.yaml:79:7
%6702 = mul %6696, %6532 : f32[6,12] @ models/lib/nn.yaml:79:7
%6703 = add %6702, %6701 : f32[6,12] @ models/lib/nn.yaml:79:7
%6704 = mul %6695, %6695 : f32[6,12] @ models/lib/nn.yaml:79:7
%6705 = mul %6704, %6536 : f32[6,12] @ models/lib/nn.yaml:79:7
%6706 = mul %6697, %6538 : f32[6,12] @ models/lib/nn.yaml:79:7
%6707 = add %6706, %6705 : f32[6,12] @ models/lib/nn.yaml:79:7
%6708 = cast %6699 : f64[] @ models/lib/nn.yaml:79:7
%6709 = pow %3341, %6708 : f64[] @ models/lib/nn.yaml:79:7
%6710 = sub %3334, %6709 : f64[] @ models/lib/nn.yaml:79:7
%6711 = div %2050, %6710 : f64[] @ models/lib/nn.yaml:79:7
%6712 = pow %3349, %6708 : f64[] @ models/lib/nn.yaml:79:7
%6713 = sub %3334, %6712 : f64[] @ models/lib/nn.yaml:79:7
%6714 = sqrt %6713 : f64[] @ models/lib/nn.yaml:79:7
%6715 = div %3334, %6714 : f64[] @ models/lib/nn.yaml:79:7
%6716 = sqrt %6707 : f32[6,12] @ models/lib/nn.yaml:79:7
%6717 = cast %6715 : f32[] @ models/lib/nn.yaml:79:7
%6718 = broadcast %6717 : f32[6,12] @ models/lib/nn.yaml:79:7
%6719 = mul %6716, %6718 : f32[6,12] @ models/lib/nn.yaml:79:7
%6720 = add %6719, %6553 : f32[6,12] @ models/lib/nn.yaml:79:7
%6721 = div %6703, %6720 : f32[6,12] @ models/lib/nn.yaml:79:7
%6722 = cast %6711 : f32[] @ models/lib/nn.yaml:79:7
%6723 = broadcast %6722 : f32[6,12] @ models/lib/nn.yaml:79:7
%6724 = mul %6721, %6723 : f32[6,12] @ models/lib/nn.yaml:79:7
%6725 = sub %6700, %6724 : f32[6,12] @ models/lib/nn.yaml:79:7
%6726 = assign %88, %6725 : f32[6,12] @ models/lib/nn.yaml:79:7
%6727 = assign %6696, %6703 : f32[6,12] @ models/lib/nn.yaml:79:7
%6728 = assign %6697, %6707 : f32[6,12] @ models/lib/nn.yaml:79:7
%6729 = assign %6698, %6699 : i64[] @ models/lib/nn.yaml:79:7
%6730 = mul %172, %6564 : f32[6,12] @ models/lib/nn.yaml:79:7
%6731 = mul %6725, %6566 : f32[6,12] @ models/lib/nn.yaml:79:7
%6732 = add %6730, %6731 : f32[6,12] @ models/lib/nn.yaml:79:7
%6733 = assign %172, %6732 : f32[6,12] @ models/lib/nn.yaml:79:7
%6734 = const data=[inf] : f32[] @ models/moco_pass.yaml:170:3
%6735 = abs %2048 : f32[] @ models/moco_pass.yaml:170:3
%6736 = lt %6735, %6734 : bool[] @ models/moco_pass.yaml:170:3
%6737 = output %6736 name="finite" : bool[] @ models/moco_pass.yaml:170:3
