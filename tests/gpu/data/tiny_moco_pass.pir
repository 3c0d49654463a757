graph "models/tiny_moco_pass.yaml"
%1 = input name="sched.lr" : f32[] @ models/moco_pass.yaml:151:3
%2 = input name="sched.wd" : f32[] @ models/moco_pass.yaml:152:3
%3 = input name="sched.momentum" : f32[] @ models/moco_pass.yaml:153:3
%4 = input name="crops.global" : f32[6,3,16,16] @ models/moco_pass.yaml:147:3
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
%173 = reshape %4 : f32[6,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%174 = permute %173 perm=[0,2,4,1,3,5] : f32[6,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%175 = reshape %174 : f32[6,16,48] @ models/lib/vit.yaml:16:13
%176 = reshape %90 : f32[16,48] @ models/lib/vit.yaml:17:20
%177 = matmul %175, %176 ta=0 tb=1 : f32[6,16,16] @ models/lib/vit.yaml:17:18
%178 = broadcast %91 : f32[6,16,16] @ models/lib/vit.yaml:17:71
%179 = add %177, %178 : f32[6,16,16] @ models/lib/vit.yaml:17:71
%180 = broadcast %89 : f32[6,16,16] @ models/lib/vit.yaml:62:15
%181 = add %179, %180 : f32[6,16,16] @ models/lib/vit.yaml:62:15
%182 = reduce_sum %181 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%183 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%184 = broadcast %183 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%185 = div %182, %184 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%186 = broadcast %185 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%187 = sub %181, %186 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%188 = mul %187, %187 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%189 = reduce_sum %188 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%190 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%191 = broadcast %190 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%192 = div %189, %191 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%193 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%194 = broadcast %193 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%195 = add %192, %194 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%196 = rsqrt %195 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%197 = broadcast %196 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%198 = mul %187, %197 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%199 = broadcast %92 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%200 = mul %198, %199 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%201 = broadcast %93 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%202 = add %200, %201 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%203 = matmul %202, %94 ta=0 tb=1 : f32[6,16,48] @ models/lib/nn.yaml:83:15
%204 = broadcast %95 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%205 = add %203, %204 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%206 = reshape %205 : f32[6,16,3,2,8] @ models/lib/nn.yaml:66:21
%207 = permute %206 perm=[2,0,3,1,4] : f32[3,6,2,16,8] @ models/lib/nn.yaml:66:13
%208 = slice %207 lo=[0,0,0,0,0] hi=[1,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:28
%209 = reshape %208 : f32[6,2,16,8] @ models/lib/nn.yaml:67:28
%210 = slice %207 lo=[1,0,0,0,0] hi=[2,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:34
%211 = reshape %210 : f32[6,2,16,8] @ models/lib/nn.yaml:67:34
%212 = slice %207 lo=[2,0,0,0,0] hi=[3,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:40
%213 = reshape %212 : f32[6,2,16,8] @ models/lib/nn.yaml:67:40
%214 = matmul %209, %211 ta=0 tb=1 : f32[6,2,16,16] @ models/lib/nn.yaml:55:23
%215 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%216 = broadcast %215 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%217 = mul %214, %216 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%218 = reduce_max %217 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:14:35
%219 = stop_gradient %218 : f32[6,2,16,1] @ models/lib/nn.yaml:14:21
%220 = broadcast %219 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%221 = sub %217, %220 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%222 = exp %221 : f32[6,2,16,16] @ models/lib/nn.yaml:14:13
%223 = reduce_sum %222 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:15:20
%224 = broadcast %223 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%225 = div %222, %224 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%226 = matmul %225, %213 ta=0 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:56:23
%227 = permute %226 perm=[0,2,1,3] : f32[6,16,2,8] @ models/lib/nn.yaml:56:13
%228 = reshape %227 : f32[6,16,16] @ models/lib/nn.yaml:57:16
%229 = matmul %228, %96 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%230 = broadcast %97 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%231 = add %229, %230 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%232 = add %181, %231 : f32[6,16,16] @ models/lib/nn.yaml:125:15
%233 = reduce_sum %232 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%234 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%235 = broadcast %234 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%236 = div %233, %235 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%237 = broadcast %236 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%238 = sub %232, %237 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%239 = mul %238, %238 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%240 = reduce_sum %239 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%241 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%242 = broadcast %241 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%243 = div %240, %242 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%244 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%245 = broadcast %244 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%246 = add %243, %245 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%247 = rsqrt %246 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%248 = broadcast %247 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%249 = mul %238, %248 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%250 = broadcast %98 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%251 = mul %249, %250 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%252 = broadcast %99 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%253 = add %251, %252 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%254 = matmul %253, %100 ta=0 tb=1 : f32[6,16,64] @ models/lib/nn.yaml:83:15
%255 = broadcast %101 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%256 = add %254, %255 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%257 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%258 = broadcast %257 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%259 = mul %258, %256 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%260 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%261 = broadcast %260 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%262 = mul %256, %261 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%263 = erf %262 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%264 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%265 = broadcast %264 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%266 = add %265, %263 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%267 = mul %259, %266 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%268 = matmul %267, %102 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%269 = broadcast %103 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%270 = add %268, %269 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%271 = add %232, %270 : f32[6,16,16] @ models/lib/nn.yaml:126:18
%272 = reduce_sum %271 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%273 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%274 = broadcast %273 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%275 = div %272, %274 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%276 = broadcast %275 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%277 = sub %271, %276 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%278 = mul %277, %277 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%279 = reduce_sum %278 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%280 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%281 = broadcast %280 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%282 = div %279, %281 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%283 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%284 = broadcast %283 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%285 = add %282, %284 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%286 = rsqrt %285 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%287 = broadcast %286 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%288 = mul %277, %287 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%289 = broadcast %104 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%290 = mul %288, %289 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%291 = broadcast %105 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%292 = add %290, %291 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%293 = matmul %292, %106 ta=0 tb=1 : f32[6,16,48] @ models/lib/nn.yaml:83:15
%294 = broadcast %107 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%295 = add %293, %294 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%296 = reshape %295 : f32[6,16,3,2,8] @ models/lib/nn.yaml:66:21
%297 = permute %296 perm=[2,0,3,1,4] : f32[3,6,2,16,8] @ models/lib/nn.yaml:66:13
%298 = slice %297 lo=[0,0,0,0,0] hi=[1,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:28
%299 = reshape %298 : f32[6,2,16,8] @ models/lib/nn.yaml:67:28
%300 = slice %297 lo=[1,0,0,0,0] hi=[2,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:34
%301 = reshape %300 : f32[6,2,16,8] @ models/lib/nn.yaml:67:34
%302 = slice %297 lo=[2,0,0,0,0] hi=[3,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:40
%303 = reshape %302 : f32[6,2,16,8] @ models/lib/nn.yaml:67:40
%304 = matmul %299, %301 ta=0 tb=1 : f32[6,2,16,16] @ models/lib/nn.yaml:55:23
%305 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%306 = broadcast %305 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%307 = mul %304, %306 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%308 = reduce_max %307 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:14:35
%309 = stop_gradient %308 : f32[6,2,16,1] @ models/lib/nn.yaml:14:21
%310 = broadcast %309 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%311 = sub %307, %310 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%312 = exp %311 : f32[6,2,16,16] @ models/lib/nn.yaml:14:13
%313 = reduce_sum %312 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:15:20
%314 = broadcast %313 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%315 = div %312, %314 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%316 = matmul %315, %303 ta=0 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:56:23
%317 = permute %316 perm=[0,2,1,3] : f32[6,16,2,8] @ models/lib/nn.yaml:56:13
%318 = reshape %317 : f32[6,16,16] @ models/lib/nn.yaml:57:16
%319 = matmul %318, %108 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%320 = broadcast %109 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%321 = add %319, %320 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%322 = add %271, %321 : f32[6,16,16] @ models/lib/nn.yaml:125:15
%323 = reduce_sum %322 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%324 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%325 = broadcast %324 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%326 = div %323, %325 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%327 = broadcast %326 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%328 = sub %322, %327 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%329 = mul %328, %328 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%330 = reduce_sum %329 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%331 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%332 = broadcast %331 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%333 = div %330, %332 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%334 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%335 = broadcast %334 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%336 = add %333, %335 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%337 = rsqrt %336 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%338 = broadcast %337 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%339 = mul %328, %338 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%340 = broadcast %110 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%341 = mul %339, %340 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%342 = broadcast %111 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%343 = add %341, %342 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%344 = matmul %343, %112 ta=0 tb=1 : f32[6,16,64] @ models/lib/nn.yaml:83:15
%345 = broadcast %113 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%346 = add %344, %345 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%347 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%348 = broadcast %347 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%349 = mul %348, %346 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%350 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%351 = broadcast %350 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%352 = mul %346, %351 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%353 = erf %352 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%354 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%355 = broadcast %354 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%356 = add %355, %353 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%357 = mul %349, %356 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%358 = matmul %357, %114 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%359 = broadcast %115 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%360 = add %358, %359 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%361 = add %322, %360 : f32[6,16,16] @ models/lib/nn.yaml:126:18
%362 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%363 = neighbor_topk_gather %361, %362 k=2 : f32[6,16,2,16] @ models/dino_pass.yaml:77:16
%364 = reshape %363 : f32[96,2,16] @ models/dino_pass.yaml:87:23
%365 = broadcast %116 : f32[96,1,16] @ models/lib/vit.yaml:116:31
%366 = concat %365, %364 axis=1 : f32[96,3,16] @ models/lib/vit.yaml:95:24
%367 = reduce_sum %366 axes=[2] keep=1 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%368 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%369 = broadcast %368 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%370 = div %367, %369 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%371 = broadcast %370 : f32[96,3,16] @ models/lib/nn.yaml:94:15
%372 = sub %366, %371 : f32[96,3,16] @ models/lib/nn.yaml:94:15
%373 = mul %372, %372 : f32[96,3,16] @ models/lib/nn.yaml:95:22
%374 = reduce_sum %373 axes=[2] keep=1 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%375 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%376 = broadcast %375 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%377 = div %374, %376 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%378 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%379 = broadcast %378 : f32[96,3,1] @ models/lib/nn.yaml:96:30
%380 = add %377, %379 : f32[96,3,1] @ models/lib/nn.yaml:96:30
%381 = rsqrt %380 : f32[96,3,1] @ models/lib/nn.yaml:96:20
%382 = broadcast %381 : f32[96,3,16] @ models/lib/nn.yaml:96:18
%383 = mul %372, %382 : f32[96,3,16] @ models/lib/nn.yaml:96:18
%384 = broadcast %117 : f32[96,3,16] @ models/lib/nn.yaml:96:37
%385 = mul %383, %384 : f32[96,3,16] @ models/lib/nn.yaml:96:37
%386 = broadcast %118 : f32[96,3,16] @ models/lib/nn.yaml:96:46
%387 = add %385, %386 : f32[96,3,16] @ models/lib/nn.yaml:96:46
%388 = slice %387 lo=[0,0,0] hi=[96,1,16] : f32[96,1,16] @ models/lib/vit.yaml:78:33
%389 = matmul %388, %119 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%390 = broadcast %120 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%391 = add %389, %390 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%392 = reshape %391 : f32[96,1,2,8] @ models/lib/vit.yaml:78:22
%393 = permute %392 perm=[0,2,1,3] : f32[96,2,1,8] @ models/lib/vit.yaml:78:14
%394 = matmul %387, %121 ta=0 tb=1 : f32[96,3,16] @ models/lib/nn.yaml:83:15
%395 = broadcast %122 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%396 = add %394, %395 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%397 = reshape %396 : f32[96,3,2,8] @ models/lib/vit.yaml:79:22
%398 = permute %397 perm=[0,2,1,3] : f32[96,2,3,8] @ models/lib/vit.yaml:79:14
%399 = matmul %387, %123 ta=0 tb=1 : f32[96,3,16] @ models/lib/nn.yaml:83:15
%400 = broadcast %124 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%401 = add %399, %400 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%402 = reshape %401 : f32[96,3,2,8] @ models/lib/vit.yaml:80:22
%403 = permute %402 perm=[0,2,1,3] : f32[96,2,3,8] @ models/lib/vit.yaml:80:14
%404 = matmul %393, %398 ta=0 tb=1 : f32[96,2,1,3] @ models/lib/nn.yaml:55:23
%405 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%406 = broadcast %405 : f32[96,2,1,3] @ models/lib/nn.yaml:55:29
%407 = mul %404, %406 : f32[96,2,1,3] @ models/lib/nn.yaml:55:29
%408 = reduce_max %407 axes=[3] keep=1 : f32[96,2,1,1] @ models/lib/nn.yaml:14:35
%409 = stop_gradient %408 : f32[96,2,1,1] @ models/lib/nn.yaml:14:21
%410 = broadcast %409 : f32[96,2,1,3] @ models/lib/nn.yaml:14:19
%411 = sub %407, %410 : f32[96,2,1,3] @ models/lib/nn.yaml:14:19
%412 = exp %411 : f32[96,2,1,3] @ models/lib/nn.yaml:14:13
%413 = reduce_sum %412 axes=[3] keep=1 : f32[96,2,1,1] @ models/lib/nn.yaml:15:20
%414 = broadcast %413 : f32[96,2,1,3] @ models/lib/nn.yaml:15:18
%415 = div %412, %414 : f32[96,2,1,3] @ models/lib/nn.yaml:15:18
%416 = matmul %415, %403 ta=0 tb=0 : f32[96,2,1,8] @ models/lib/nn.yaml:56:23
%417 = permute %416 perm=[0,2,1,3] : f32[96,1,2,8] @ models/lib/nn.yaml:56:13
%418 = reshape %417 : f32[96,1,16] @ models/lib/nn.yaml:57:16
%419 = matmul %418, %125 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%420 = broadcast %126 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%421 = add %419, %420 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%422 = add %365, %421 : f32[96,1,16] @ models/lib/vit.yaml:96:15
%423 = reduce_sum %422 axes=[2] keep=1 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%424 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%425 = broadcast %424 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%426 = div %423, %425 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%427 = broadcast %426 : f32[96,1,16] @ models/lib/nn.yaml:94:15
%428 = sub %422, %427 : f32[96,1,16] @ models/lib/nn.yaml:94:15
%429 = mul %428, %428 : f32[96,1,16] @ models/lib/nn.yaml:95:22
%430 = reduce_sum %429 axes=[2] keep=1 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%431 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%432 = broadcast %431 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%433 = div %430, %432 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%434 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%435 = broadcast %434 : f32[96,1,1] @ models/lib/nn.yaml:96:30
%436 = add %433, %435 : f32[96,1,1] @ models/lib/nn.yaml:96:30
%437 = rsqrt %436 : f32[96,1,1] @ models/lib/nn.yaml:96:20
%438 = broadcast %437 : f32[96,1,16] @ models/lib/nn.yaml:96:18
%439 = mul %428, %438 : f32[96,1,16] @ models/lib/nn.yaml:96:18
%440 = broadcast %127 : f32[96,1,16] @ models/lib/nn.yaml:96:37
%441 = mul %439, %440 : f32[96,1,16] @ models/lib/nn.yaml:96:37
%442 = broadcast %128 : f32[96,1,16] @ models/lib/nn.yaml:96:46
%443 = add %441, %442 : f32[96,1,16] @ models/lib/nn.yaml:96:46
%444 = matmul %443, %129 ta=0 tb=1 : f32[96,1,64] @ models/lib/nn.yaml:83:15
%445 = broadcast %130 : f32[96,1,64] @ models/lib/nn.yaml:84:18
%446 = add %444, %445 : f32[96,1,64] @ models/lib/nn.yaml:84:18
%447 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%448 = broadcast %447 : f32[96,1,64] @ models/lib/nn.yaml:27:20
%449 = mul %448, %446 : f32[96,1,64] @ models/lib/nn.yaml:27:20
%450 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%451 = broadcast %450 : f32[96,1,64] @ models/lib/nn.yaml:27:37
%452 = mul %446, %451 : f32[96,1,64] @ models/lib/nn.yaml:27:37
%453 = erf %452 : f32[96,1,64] @ models/lib/nn.yaml:27:31
%454 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%455 = broadcast %454 : f32[96,1,64] @ models/lib/nn.yaml:27:29
%456 = add %455, %453 : f32[96,1,64] @ models/lib/nn.yaml:27:29
%457 = mul %449, %456 : f32[96,1,64] @ models/lib/nn.yaml:27:24
%458 = matmul %457, %131 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%459 = broadcast %132 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%460 = add %458, %459 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%461 = add %422, %460 : f32[96,1,16] @ models/lib/vit.yaml:98:18
%462 = concat %461, %364 axis=1 : f32[96,3,16] @ models/lib/vit.yaml:95:24
%463 = reduce_sum %462 axes=[2] keep=1 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%464 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%465 = broadcast %464 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%466 = div %463, %465 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%467 = broadcast %466 : f32[96,3,16] @ models/lib/nn.yaml:94:15
%468 = sub %462, %467 : f32[96,3,16] @ models/lib/nn.yaml:94:15
%469 = mul %468, %468 : f32[96,3,16] @ models/lib/nn.yaml:95:22
%470 = reduce_sum %469 axes=[2] keep=1 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%471 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%472 = broadcast %471 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%473 = div %470, %472 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%474 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%475 = broadcast %474 : f32[96,3,1] @ models/lib/nn.yaml:96:30
%476 = add %473, %475 : f32[96,3,1] @ models/lib/nn.yaml:96:30
%477 = rsqrt %476 : f32[96,3,1] @ models/lib/nn.yaml:96:20
%478 = broadcast %477 : f32[96,3,16] @ models/lib/nn.yaml:96:18
%479 = mul %468, %478 : f32[96,3,16] @ models/lib/nn.yaml:96:18
%480 = broadcast %133 : f32[96,3,16] @ models/lib/nn.yaml:96:37
%481 = mul %479, %480 : f32[96,3,16] @ models/lib/nn.yaml:96:37
%482 = broadcast %134 : f32[96,3,16] @ models/lib/nn.yaml:96:46
%483 = add %481, %482 : f32[96,3,16] @ models/lib/nn.yaml:96:46
%484 = slice %483 lo=[0,0,0] hi=[96,1,16] : f32[96,1,16] @ models/lib/vit.yaml:78:33
%485 = matmul %484, %135 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%486 = broadcast %136 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%487 = add %485, %486 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%488 = reshape %487 : f32[96,1,2,8] @ models/lib/vit.yaml:78:22
%489 = permute %488 perm=[0,2,1,3] : f32[96,2,1,8] @ models/lib/vit.yaml:78:14
%490 = matmul %483, %137 ta=0 tb=1 : f32[96,3,16] @ models/lib/nn.yaml:83:15
%491 = broadcast %138 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%492 = add %490, %491 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%493 = reshape %492 : f32[96,3,2,8] @ models/lib/vit.yaml:79:22
%494 = permute %493 perm=[0,2,1,3] : f32[96,2,3,8] @ models/lib/vit.yaml:79:14
%495 = matmul %483, %139 ta=0 tb=1 : f32[96,3,16] @ models/lib/nn.yaml:83:15
%496 = broadcast %140 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%497 = add %495, %496 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%498 = reshape %497 : f32[96,3,2,8] @ models/lib/vit.yaml:80:22
%499 = permute %498 perm=[0,2,1,3] : f32[96,2,3,8] @ models/lib/vit.yaml:80:14
%500 = matmul %489, %494 ta=0 tb=1 : f32[96,2,1,3] @ models/lib/nn.yaml:55:23
%501 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%502 = broadcast %501 : f32[96,2,1,3] @ models/lib/nn.yaml:55:29
%503 = mul %500, %502 : f32[96,2,1,3] @ models/lib/nn.yaml:55:29
%504 = reduce_max %503 axes=[3] keep=1 : f32[96,2,1,1] @ models/lib/nn.yaml:14:35
%505 = stop_gradient %504 : f32[96,2,1,1] @ models/lib/nn.yaml:14:21
%506 = broadcast %505 : f32[96,2,1,3] @ models/lib/nn.yaml:14:19
%507 = sub %503, %506 : f32[96,2,1,3] @ models/lib/nn.yaml:14:19
%508 = exp %507 : f32[96,2,1,3] @ models/lib/nn.yaml:14:13
%509 = reduce_sum %508 axes=[3] keep=1 : f32[96,2,1,1] @ models/lib/nn.yaml:15:20
%510 = broadcast %509 : f32[96,2,1,3] @ models/lib/nn.yaml:15:18
%511 = div %508, %510 : f32[96,2,1,3] @ models/lib/nn.yaml:15:18
%512 = matmul %511, %499 ta=0 tb=0 : f32[96,2,1,8] @ models/lib/nn.yaml:56:23
%513 = permute %512 perm=[0,2,1,3] : f32[96,1,2,8] @ models/lib/nn.yaml:56:13
%514 = reshape %513 : f32[96,1,16] @ models/lib/nn.yaml:57:16
%515 = matmul %514, %141 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%516 = broadcast %142 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%517 = add %515, %516 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%518 = add %461, %517 : f32[96,1,16] @ models/lib/vit.yaml:96:15
%519 = reduce_sum %518 axes=[2] keep=1 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%520 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%521 = broadcast %520 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%522 = div %519, %521 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%523 = broadcast %522 : f32[96,1,16] @ models/lib/nn.yaml:94:15
%524 = sub %518, %523 : f32[96,1,16] @ models/lib/nn.yaml:94:15
%525 = mul %524, %524 : f32[96,1,16] @ models/lib/nn.yaml:95:22
%526 = reduce_sum %525 axes=[2] keep=1 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%527 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%528 = broadcast %527 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%529 = div %526, %528 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%530 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%531 = broadcast %530 : f32[96,1,1] @ models/lib/nn.yaml:96:30
%532 = add %529, %531 : f32[96,1,1] @ models/lib/nn.yaml:96:30
%533 = rsqrt %532 : f32[96,1,1] @ models/lib/nn.yaml:96:20
%534 = broadcast %533 : f32[96,1,16] @ models/lib/nn.yaml:96:18
%535 = mul %524, %534 : f32[96,1,16] @ models/lib/nn.yaml:96:18
%536 = broadcast %143 : f32[96,1,16] @ models/lib/nn.yaml:96:37
%537 = mul %535, %536 : f32[96,1,16] @ models/lib/nn.yaml:96:37
%538 = broadcast %144 : f32[96,1,16] @ models/lib/nn.yaml:96:46
%539 = add %537, %538 : f32[96,1,16] @ models/lib/nn.yaml:96:46
%540 = matmul %539, %145 ta=0 tb=1 : f32[96,1,64] @ models/lib/nn.yaml:83:15
%541 = broadcast %146 : f32[96,1,64] @ models/lib/nn.yaml:84:18
%542 = add %540, %541 : f32[96,1,64] @ models/lib/nn.yaml:84:18
%543 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%544 = broadcast %543 : f32[96,1,64] @ models/lib/nn.yaml:27:20
%545 = mul %544, %542 : f32[96,1,64] @ models/lib/nn.yaml:27:20
%546 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%547 = broadcast %546 : f32[96,1,64] @ models/lib/nn.yaml:27:37
%548 = mul %542, %547 : f32[96,1,64] @ models/lib/nn.yaml:27:37
%549 = erf %548 : f32[96,1,64] @ models/lib/nn.yaml:27:31
%550 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%551 = broadcast %550 : f32[96,1,64] @ models/lib/nn.yaml:27:29
%552 = add %551, %549 : f32[96,1,64] @ models/lib/nn.yaml:27:29
%553 = mul %545, %552 : f32[96,1,64] @ models/lib/nn.yaml:27:24
%554 = matmul %553, %147 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%555 = broadcast %148 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%556 = add %554, %555 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%557 = add %518, %556 : f32[96,1,16] @ models/lib/vit.yaml:98:18
%558 = reshape %557 : f32[6,16,16] @ models/dino_pass.yaml:88:16
%559 = broadcast %116 : f32[6,1,16] @ models/lib/vit.yaml:116:31
%560 = concat %559, %361 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:95:24
%561 = reduce_sum %560 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%562 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%563 = broadcast %562 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%564 = div %561, %563 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%565 = broadcast %564 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%566 = sub %560, %565 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%567 = mul %566, %566 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%568 = reduce_sum %567 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%569 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%570 = broadcast %569 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%571 = div %568, %570 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%572 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%573 = broadcast %572 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%574 = add %571, %573 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%575 = rsqrt %574 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%576 = broadcast %575 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%577 = mul %566, %576 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%578 = broadcast %117 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%579 = mul %577, %578 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%580 = broadcast %118 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%581 = add %579, %580 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%582 = slice %581 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:78:33
%583 = matmul %582, %119 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%584 = broadcast %120 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%585 = add %583, %584 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%586 = reshape %585 : f32[6,1,2,8] @ models/lib/vit.yaml:78:22
%587 = permute %586 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/vit.yaml:78:14
%588 = matmul %581, %121 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%589 = broadcast %122 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%590 = add %588, %589 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%591 = reshape %590 : f32[6,17,2,8] @ models/lib/vit.yaml:79:22
%592 = permute %591 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:79:14
%593 = matmul %581, %123 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%594 = broadcast %124 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%595 = add %593, %594 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%596 = reshape %595 : f32[6,17,2,8] @ models/lib/vit.yaml:80:22
%597 = permute %596 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:80:14
%598 = matmul %587, %592 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:55:23
%599 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%600 = broadcast %599 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%601 = mul %598, %600 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%602 = reduce_max %601 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:14:35
%603 = stop_gradient %602 : f32[6,2,1,1] @ models/lib/nn.yaml:14:21
%604 = broadcast %603 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%605 = sub %601, %604 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%606 = exp %605 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%607 = reduce_sum %606 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:20
%608 = broadcast %607 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%609 = div %606, %608 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%610 = matmul %609, %597 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:56:23
%611 = permute %610 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/nn.yaml:56:13
%612 = reshape %611 : f32[6,1,16] @ models/lib/nn.yaml:57:16
%613 = matmul %612, %125 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%614 = broadcast %126 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%615 = add %613, %614 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%616 = add %559, %615 : f32[6,1,16] @ models/lib/vit.yaml:96:15
%617 = reduce_sum %616 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%618 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%619 = broadcast %618 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%620 = div %617, %619 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%621 = broadcast %620 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%622 = sub %616, %621 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%623 = mul %622, %622 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%624 = reduce_sum %623 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%625 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%626 = broadcast %625 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%627 = div %624, %626 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%628 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%629 = broadcast %628 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%630 = add %627, %629 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%631 = rsqrt %630 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%632 = broadcast %631 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%633 = mul %622, %632 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%634 = broadcast %127 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%635 = mul %633, %634 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%636 = broadcast %128 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%637 = add %635, %636 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%638 = matmul %637, %129 ta=0 tb=1 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%639 = broadcast %130 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%640 = add %638, %639 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%641 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%642 = broadcast %641 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%643 = mul %642, %640 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%644 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%645 = broadcast %644 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%646 = mul %640, %645 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%647 = erf %646 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%648 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%649 = broadcast %648 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%650 = add %649, %647 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%651 = mul %643, %650 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%652 = matmul %651, %131 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%653 = broadcast %132 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%654 = add %652, %653 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%655 = add %616, %654 : f32[6,1,16] @ models/lib/vit.yaml:98:18
%656 = concat %655, %361 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:95:24
%657 = reduce_sum %656 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%658 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%659 = broadcast %658 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%660 = div %657, %659 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%661 = broadcast %660 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%662 = sub %656, %661 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%663 = mul %662, %662 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%664 = reduce_sum %663 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%665 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%666 = broadcast %665 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%667 = div %664, %666 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%668 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%669 = broadcast %668 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%670 = add %667, %669 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%671 = rsqrt %670 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%672 = broadcast %671 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%673 = mul %662, %672 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%674 = broadcast %133 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%675 = mul %673, %674 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%676 = broadcast %134 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%677 = add %675, %676 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%678 = slice %677 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:78:33
%679 = matmul %678, %135 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%680 = broadcast %136 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%681 = add %679, %680 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%682 = reshape %681 : f32[6,1,2,8] @ models/lib/vit.yaml:78:22
%683 = permute %682 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/vit.yaml:78:14
%684 = matmul %677, %137 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%685 = broadcast %138 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%686 = add %684, %685 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%687 = reshape %686 : f32[6,17,2,8] @ models/lib/vit.yaml:79:22
%688 = permute %687 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:79:14
%689 = matmul %677, %139 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%690 = broadcast %140 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%691 = add %689, %690 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%692 = reshape %691 : f32[6,17,2,8] @ models/lib/vit.yaml:80:22
%693 = permute %692 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:80:14
%694 = matmul %683, %688 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:55:23
%695 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%696 = broadcast %695 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%697 = mul %694, %696 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%698 = reduce_max %697 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:14:35
%699 = stop_gradient %698 : f32[6,2,1,1] @ models/lib/nn.yaml:14:21
%700 = broadcast %699 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%701 = sub %697, %700 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%702 = exp %701 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%703 = reduce_sum %702 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:20
%704 = broadcast %703 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%705 = div %702, %704 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%706 = matmul %705, %693 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:56:23
%707 = permute %706 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/nn.yaml:56:13
%708 = reshape %707 : f32[6,1,16] @ models/lib/nn.yaml:57:16
%709 = matmul %708, %141 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%710 = broadcast %142 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%711 = add %709, %710 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%712 = add %655, %711 : f32[6,1,16] @ models/lib/vit.yaml:96:15
%713 = reduce_sum %712 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%714 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%715 = broadcast %714 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%716 = div %713, %715 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%717 = broadcast %716 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%718 = sub %712, %717 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%719 = mul %718, %718 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%720 = reduce_sum %719 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%721 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%722 = broadcast %721 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%723 = div %720, %722 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%724 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%725 = broadcast %724 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%726 = add %723, %725 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%727 = rsqrt %726 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%728 = broadcast %727 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%729 = mul %718, %728 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%730 = broadcast %143 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%731 = mul %729, %730 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%732 = broadcast %144 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%733 = add %731, %732 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%734 = matmul %733, %145 ta=0 tb=1 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%735 = broadcast %146 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%736 = add %734, %735 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%737 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%738 = broadcast %737 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%739 = mul %738, %736 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%740 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%741 = broadcast %740 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%742 = mul %736, %741 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%743 = erf %742 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%744 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%745 = broadcast %744 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%746 = add %745, %743 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%747 = mul %739, %746 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%748 = matmul %747, %147 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%749 = broadcast %148 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%750 = add %748, %749 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%751 = add %712, %750 : f32[6,1,16] @ models/lib/vit.yaml:98:18
%752 = concat %751, %558 axis=1 : f32[6,17,16] @ models/moco_pass.yaml:139:30
%753 = reduce_sum %752 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%754 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%755 = broadcast %754 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%756 = div %753, %755 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%757 = broadcast %756 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%758 = sub %752, %757 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%759 = mul %758, %758 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%760 = reduce_sum %759 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%761 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%762 = broadcast %761 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%763 = div %760, %762 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%764 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%765 = broadcast %764 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%766 = add %763, %765 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%767 = rsqrt %766 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%768 = broadcast %767 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%769 = mul %758, %768 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%770 = broadcast %149 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%771 = mul %769, %770 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%772 = broadcast %150 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%773 = add %771, %772 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%774 = slice %773 lo=[0,1,0] hi=[6,17,16] : f32[6,16,16] @ models/moco_pass.yaml:140:42
%775 = reshape %774 : f32[96,16] @ models/moco_pass.yaml:140:33
%776 = matmul %775, %162 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%777 = reshape %776 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%778 = reduce_sum %777 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%779 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%780 = broadcast %779 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%781 = div %778, %780 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%782 = all_reduce_sum %781 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%783 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%784 = broadcast %783 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%785 = div %782, %784 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%786 = broadcast %785 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%787 = sub %777, %786 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%788 = mul %787, %787 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%789 = reduce_sum %788 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%790 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%791 = broadcast %790 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%792 = div %789, %791 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%793 = all_reduce_sum %792 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%794 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%795 = broadcast %794 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%796 = div %793, %795 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%797 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%798 = broadcast %797 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%799 = add %796, %798 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%800 = rsqrt %799 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%801 = broadcast %800 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%802 = mul %787, %801 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%803 = reshape %802 : f32[96,12] @ models/moco_pass.yaml:83:13
%804 = broadcast %163 : f32[96,12] @ models/moco_pass.yaml:84:18
%805 = mul %803, %804 : f32[96,12] @ models/moco_pass.yaml:84:18
%806 = broadcast %164 : f32[96,12] @ models/moco_pass.yaml:84:27
%807 = add %805, %806 : f32[96,12] @ models/moco_pass.yaml:84:27
%808 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%809 = cast %808 : f32[] @ models/moco_pass.yaml:70:23
%810 = broadcast %809 : f32[96,12] @ models/moco_pass.yaml:70:16
%811 = max %807, %810 : f32[96,12] @ models/moco_pass.yaml:70:16
%812 = matmul %811, %165 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%813 = reshape %812 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%814 = reduce_sum %813 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%815 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%816 = broadcast %815 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%817 = div %814, %816 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%818 = all_reduce_sum %817 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%819 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%820 = broadcast %819 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%821 = div %818, %820 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%822 = broadcast %821 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%823 = sub %813, %822 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%824 = mul %823, %823 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%825 = reduce_sum %824 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%826 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%827 = broadcast %826 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%828 = div %825, %827 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%829 = all_reduce_sum %828 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%830 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%831 = broadcast %830 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%832 = div %829, %831 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%833 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%834 = broadcast %833 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%835 = add %832, %834 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%836 = rsqrt %835 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%837 = broadcast %836 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%838 = mul %823, %837 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%839 = reshape %838 : f32[96,12] @ models/moco_pass.yaml:83:13
%840 = broadcast %166 : f32[96,12] @ models/moco_pass.yaml:84:18
%841 = mul %839, %840 : f32[96,12] @ models/moco_pass.yaml:84:18
%842 = broadcast %167 : f32[96,12] @ models/moco_pass.yaml:84:27
%843 = add %841, %842 : f32[96,12] @ models/moco_pass.yaml:84:27
%844 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%845 = cast %844 : f32[] @ models/moco_pass.yaml:70:23
%846 = broadcast %845 : f32[96,12] @ models/moco_pass.yaml:70:16
%847 = max %843, %846 : f32[96,12] @ models/moco_pass.yaml:70:16
%848 = matmul %847, %168 ta=0 tb=1 : f32[96,6] @ models/lib/nn.yaml:83:15
%849 = reshape %848 : f32[2,48,6] @ models/moco_pass.yaml:79:13
%850 = reduce_sum %849 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%851 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%852 = broadcast %851 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%853 = div %850, %852 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%854 = all_reduce_sum %853 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%855 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%856 = broadcast %855 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%857 = div %854, %856 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%858 = broadcast %857 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%859 = sub %849, %858 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%860 = mul %859, %859 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%861 = reduce_sum %860 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%862 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%863 = broadcast %862 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%864 = div %861, %863 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%865 = all_reduce_sum %864 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%866 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%867 = broadcast %866 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%868 = div %865, %867 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%869 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%870 = broadcast %869 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%871 = add %868, %870 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%872 = rsqrt %871 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%873 = broadcast %872 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%874 = mul %859, %873 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%875 = reshape %874 : f32[96,6] @ models/moco_pass.yaml:83:13
%876 = slice %773 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/moco_pass.yaml:141:31
%877 = reshape %876 : f32[6,16] @ models/moco_pass.yaml:141:31
%878 = matmul %877, %151 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%879 = reshape %878 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%880 = reduce_sum %879 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%881 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%882 = broadcast %881 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%883 = div %880, %882 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%884 = all_reduce_sum %883 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%885 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%886 = broadcast %885 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%887 = div %884, %886 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%888 = broadcast %887 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%889 = sub %879, %888 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%890 = mul %889, %889 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%891 = reduce_sum %890 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%892 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%893 = broadcast %892 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%894 = div %891, %893 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%895 = all_reduce_sum %894 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%896 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%897 = broadcast %896 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%898 = div %895, %897 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%899 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%900 = broadcast %899 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%901 = add %898, %900 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%902 = rsqrt %901 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%903 = broadcast %902 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%904 = mul %889, %903 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%905 = reshape %904 : f32[6,24] @ models/moco_pass.yaml:83:13
%906 = broadcast %152 : f32[6,24] @ models/moco_pass.yaml:84:18
%907 = mul %905, %906 : f32[6,24] @ models/moco_pass.yaml:84:18
%908 = broadcast %153 : f32[6,24] @ models/moco_pass.yaml:84:27
%909 = add %907, %908 : f32[6,24] @ models/moco_pass.yaml:84:27
%910 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%911 = cast %910 : f32[] @ models/moco_pass.yaml:70:23
%912 = broadcast %911 : f32[6,24] @ models/moco_pass.yaml:70:16
%913 = max %909, %912 : f32[6,24] @ models/moco_pass.yaml:70:16
%914 = matmul %913, %154 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%915 = reshape %914 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%916 = reduce_sum %915 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%917 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%918 = broadcast %917 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%919 = div %916, %918 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%920 = all_reduce_sum %919 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%921 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%922 = broadcast %921 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%923 = div %920, %922 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%924 = broadcast %923 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%925 = sub %915, %924 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%926 = mul %925, %925 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%927 = reduce_sum %926 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%928 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%929 = broadcast %928 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%930 = div %927, %929 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%931 = all_reduce_sum %930 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%932 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%933 = broadcast %932 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%934 = div %931, %933 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%935 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%936 = broadcast %935 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%937 = add %934, %936 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%938 = rsqrt %937 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%939 = broadcast %938 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%940 = mul %925, %939 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%941 = reshape %940 : f32[6,24] @ models/moco_pass.yaml:83:13
%942 = broadcast %155 : f32[6,24] @ models/moco_pass.yaml:84:18
%943 = mul %941, %942 : f32[6,24] @ models/moco_pass.yaml:84:18
%944 = broadcast %156 : f32[6,24] @ models/moco_pass.yaml:84:27
%945 = add %943, %944 : f32[6,24] @ models/moco_pass.yaml:84:27
%946 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%947 = cast %946 : f32[] @ models/moco_pass.yaml:70:23
%948 = broadcast %947 : f32[6,24] @ models/moco_pass.yaml:70:16
%949 = max %945, %948 : f32[6,24] @ models/moco_pass.yaml:70:16
%950 = matmul %949, %157 ta=0 tb=1 : f32[6,8] @ models/lib/nn.yaml:83:15
%951 = reshape %950 : f32[2,3,8] @ models/moco_pass.yaml:79:13
%952 = reduce_sum %951 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%953 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%954 = broadcast %953 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%955 = div %952, %954 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%956 = all_reduce_sum %955 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%957 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%958 = broadcast %957 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%959 = div %956, %958 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%960 = broadcast %959 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%961 = sub %951, %960 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%962 = mul %961, %961 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%963 = reduce_sum %962 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%964 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%965 = broadcast %964 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%966 = div %963, %965 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%967 = all_reduce_sum %966 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%968 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%969 = broadcast %968 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%970 = div %967, %969 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%971 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%972 = broadcast %971 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%973 = add %970, %972 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%974 = rsqrt %973 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%975 = broadcast %974 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%976 = mul %961, %975 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%977 = reshape %976 : f32[6,8] @ models/moco_pass.yaml:83:13
%978 = reshape %875 : f32[6,16,6] @ models/moco_pass.yaml:141:43
%979 = slice %977 lo=[0,0] hi=[3,8] : f32[3,8] @ models/moco_pass.yaml:159:25
%980 = slice %977 lo=[3,0] hi=[6,8] : f32[3,8] @ models/moco_pass.yaml:159:25
%981 = slice %978 lo=[0,0,0] hi=[3,16,6] : f32[3,16,6] @ models/moco_pass.yaml:159:32
%982 = slice %978 lo=[3,0,0] hi=[6,16,6] : f32[3,16,6] @ models/moco_pass.yaml:159:32
%983 = reshape %4 : f32[6,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%984 = permute %983 perm=[0,2,4,1,3,5] : f32[6,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%985 = reshape %984 : f32[6,16,48] @ models/lib/vit.yaml:16:13
%986 = reshape %6 : f32[16,48] @ models/lib/vit.yaml:17:20
%987 = matmul %985, %986 ta=0 tb=1 : f32[6,16,16] @ models/lib/vit.yaml:17:18
%988 = broadcast %7 : f32[6,16,16] @ models/lib/vit.yaml:17:71
%989 = add %987, %988 : f32[6,16,16] @ models/lib/vit.yaml:17:71
%990 = broadcast %5 : f32[6,16,16] @ models/lib/vit.yaml:62:15
%991 = add %989, %990 : f32[6,16,16] @ models/lib/vit.yaml:62:15
%992 = reduce_sum %991 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%993 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%994 = broadcast %993 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%995 = div %992, %994 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%996 = broadcast %995 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%997 = sub %991, %996 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%998 = mul %997, %997 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%999 = reduce_sum %998 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1000 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1001 = broadcast %1000 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1002 = div %999, %1001 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1003 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1004 = broadcast %1003 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1005 = add %1002, %1004 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1006 = rsqrt %1005 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%1007 = broadcast %1006 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1008 = mul %997, %1007 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1009 = broadcast %8 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1010 = mul %1008, %1009 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1011 = broadcast %9 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1012 = add %1010, %1011 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1013 = matmul %1012, %10 ta=0 tb=1 : f32[6,16,48] @ models/lib/nn.yaml:83:15
%1014 = broadcast %11 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%1015 = add %1013, %1014 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%1016 = reshape %1015 : f32[6,16,3,2,8] @ models/lib/nn.yaml:66:21
%1017 = permute %1016 perm=[2,0,3,1,4] : f32[3,6,2,16,8] @ models/lib/nn.yaml:66:13
%1018 = slice %1017 lo=[0,0,0,0,0] hi=[1,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:28
%1019 = reshape %1018 : f32[6,2,16,8] @ models/lib/nn.yaml:67:28
%1020 = slice %1017 lo=[1,0,0,0,0] hi=[2,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:34
%1021 = reshape %1020 : f32[6,2,16,8] @ models/lib/nn.yaml:67:34
%1022 = slice %1017 lo=[2,0,0,0,0] hi=[3,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:40
%1023 = reshape %1022 : f32[6,2,16,8] @ models/lib/nn.yaml:67:40
%1024 = matmul %1019, %1021 ta=0 tb=1 : f32[6,2,16,16] @ models/lib/nn.yaml:55:23
%1025 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1026 = broadcast %1025 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%1027 = mul %1024, %1026 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%1028 = reduce_max %1027 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:14:35
%1029 = stop_gradient %1028 : f32[6,2,16,1] @ models/lib/nn.yaml:14:21
%1030 = broadcast %1029 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%1031 = sub %1027, %1030 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%1032 = exp %1031 : f32[6,2,16,16] @ models/lib/nn.yaml:14:13
%1033 = reduce_sum %1032 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:15:20
%1034 = broadcast %1033 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%1035 = div %1032, %1034 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%1036 = matmul %1035, %1023 ta=0 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:56:23
%1037 = permute %1036 perm=[0,2,1,3] : f32[6,16,2,8] @ models/lib/nn.yaml:56:13
%1038 = reshape %1037 : f32[6,16,16] @ models/lib/nn.yaml:57:16
%1039 = matmul %1038, %12 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%1040 = broadcast %13 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1041 = add %1039, %1040 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1042 = add %991, %1041 : f32[6,16,16] @ models/lib/nn.yaml:125:15
%1043 = reduce_sum %1042 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1044 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1045 = broadcast %1044 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1046 = div %1043, %1045 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1047 = broadcast %1046 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1048 = sub %1042, %1047 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1049 = mul %1048, %1048 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%1050 = reduce_sum %1049 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1051 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1052 = broadcast %1051 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1053 = div %1050, %1052 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1054 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1055 = broadcast %1054 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1056 = add %1053, %1055 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1057 = rsqrt %1056 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%1058 = broadcast %1057 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1059 = mul %1048, %1058 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1060 = broadcast %14 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1061 = mul %1059, %1060 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1062 = broadcast %15 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1063 = add %1061, %1062 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1064 = matmul %1063, %16 ta=0 tb=1 : f32[6,16,64] @ models/lib/nn.yaml:83:15
%1065 = broadcast %17 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%1066 = add %1064, %1065 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%1067 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1068 = broadcast %1067 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%1069 = mul %1068, %1066 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%1070 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1071 = broadcast %1070 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%1072 = mul %1066, %1071 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%1073 = erf %1072 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%1074 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1075 = broadcast %1074 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%1076 = add %1075, %1073 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%1077 = mul %1069, %1076 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%1078 = matmul %1077, %18 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%1079 = broadcast %19 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1080 = add %1078, %1079 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1081 = add %1042, %1080 : f32[6,16,16] @ models/lib/nn.yaml:126:18
%1082 = reduce_sum %1081 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1083 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1084 = broadcast %1083 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1085 = div %1082, %1084 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1086 = broadcast %1085 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1087 = sub %1081, %1086 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1088 = mul %1087, %1087 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%1089 = reduce_sum %1088 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1090 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1091 = broadcast %1090 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1092 = div %1089, %1091 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1093 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1094 = broadcast %1093 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1095 = add %1092, %1094 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1096 = rsqrt %1095 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%1097 = broadcast %1096 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1098 = mul %1087, %1097 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1099 = broadcast %20 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1100 = mul %1098, %1099 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1101 = broadcast %21 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1102 = add %1100, %1101 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1103 = matmul %1102, %22 ta=0 tb=1 : f32[6,16,48] @ models/lib/nn.yaml:83:15
%1104 = broadcast %23 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%1105 = add %1103, %1104 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%1106 = reshape %1105 : f32[6,16,3,2,8] @ models/lib/nn.yaml:66:21
%1107 = permute %1106 perm=[2,0,3,1,4] : f32[3,6,2,16,8] @ models/lib/nn.yaml:66:13
%1108 = slice %1107 lo=[0,0,0,0,0] hi=[1,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:28
%1109 = reshape %1108 : f32[6,2,16,8] @ models/lib/nn.yaml:67:28
%1110 = slice %1107 lo=[1,0,0,0,0] hi=[2,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:34
%1111 = reshape %1110 : f32[6,2,16,8] @ models/lib/nn.yaml:67:34
%1112 = slice %1107 lo=[2,0,0,0,0] hi=[3,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:40
%1113 = reshape %1112 : f32[6,2,16,8] @ models/lib/nn.yaml:67:40
%1114 = matmul %1109, %1111 ta=0 tb=1 : f32[6,2,16,16] @ models/lib/nn.yaml:55:23
%1115 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1116 = broadcast %1115 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%1117 = mul %1114, %1116 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%1118 = reduce_max %1117 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:14:35
%1119 = stop_gradient %1118 : f32[6,2,16,1] @ models/lib/nn.yaml:14:21
%1120 = broadcast %1119 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%1121 = sub %1117, %1120 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%1122 = exp %1121 : f32[6,2,16,16] @ models/lib/nn.yaml:14:13
%1123 = reduce_sum %1122 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:15:20
%1124 = broadcast %1123 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%1125 = div %1122, %1124 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%1126 = matmul %1125, %1113 ta=0 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:56:23
%1127 = permute %1126 perm=[0,2,1,3] : f32[6,16,2,8] @ models/lib/nn.yaml:56:13
%1128 = reshape %1127 : f32[6,16,16] @ models/lib/nn.yaml:57:16
%1129 = matmul %1128, %24 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%1130 = broadcast %25 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1131 = add %1129, %1130 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1132 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1133 = broadcast %1132 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%1134 = div %1131, %1133 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%1135 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1136 = rand_uniform %1135 stream=1 : f32[6] @ models/lib/nn.yaml:43:13
%1137 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1138 = broadcast %1137 : f32[6] @ models/lib/nn.yaml:44:35
%1139 = add %1138, %1136 : f32[6] @ models/lib/nn.yaml:44:35
%1140 = floor %1139 : f32[6] @ models/lib/nn.yaml:44:24
%1141 = reshape %1140 : f32[6,1,1] @ models/lib/nn.yaml:44:16
%1142 = broadcast %1141 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%1143 = mul %1134, %1142 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%1144 = add %1081, %1143 : f32[6,16,16] @ models/lib/nn.yaml:125:15
%1145 = reduce_sum %1144 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1146 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1147 = broadcast %1146 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1148 = div %1145, %1147 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1149 = broadcast %1148 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1150 = sub %1144, %1149 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1151 = mul %1150, %1150 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%1152 = reduce_sum %1151 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1153 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1154 = broadcast %1153 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1155 = div %1152, %1154 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1156 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1157 = broadcast %1156 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1158 = add %1155, %1157 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1159 = rsqrt %1158 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%1160 = broadcast %1159 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1161 = mul %1150, %1160 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1162 = broadcast %26 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1163 = mul %1161, %1162 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1164 = broadcast %27 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1165 = add %1163, %1164 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1166 = matmul %1165, %28 ta=0 tb=1 : f32[6,16,64] @ models/lib/nn.yaml:83:15
%1167 = broadcast %29 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%1168 = add %1166, %1167 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%1169 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1170 = broadcast %1169 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%1171 = mul %1170, %1168 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%1172 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1173 = broadcast %1172 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%1174 = mul %1168, %1173 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%1175 = erf %1174 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%1176 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1177 = broadcast %1176 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%1178 = add %1177, %1175 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%1179 = mul %1171, %1178 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%1180 = matmul %1179, %30 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%1181 = broadcast %31 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1182 = add %1180, %1181 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1183 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1184 = broadcast %1183 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%1185 = div %1182, %1184 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%1186 = rand_uniform %1135 stream=2 : f32[6] @ models/lib/nn.yaml:43:13
%1187 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1188 = broadcast %1187 : f32[6] @ models/lib/nn.yaml:44:35
%1189 = add %1188, %1186 : f32[6] @ models/lib/nn.yaml:44:35
%1190 = floor %1189 : f32[6] @ models/lib/nn.yaml:44:24
%1191 = reshape %1190 : f32[6,1,1] @ models/lib/nn.yaml:44:16
%1192 = broadcast %1191 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%1193 = mul %1185, %1192 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%1194 = add %1144, %1193 : f32[6,16,16] @ models/lib/nn.yaml:126:18
%1195 = broadcast %32 : f32[6,1,16] @ models/lib/vit.yaml:116:31
%1196 = concat %1195, %1194 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:95:24
%1197 = reduce_sum %1196 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1198 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1199 = broadcast %1198 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1200 = div %1197, %1199 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1201 = broadcast %1200 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1202 = sub %1196, %1201 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1203 = mul %1202, %1202 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%1204 = reduce_sum %1203 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1205 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1206 = broadcast %1205 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1207 = div %1204, %1206 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1208 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1209 = broadcast %1208 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1210 = add %1207, %1209 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1211 = rsqrt %1210 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%1212 = broadcast %1211 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1213 = mul %1202, %1212 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1214 = broadcast %33 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1215 = mul %1213, %1214 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1216 = broadcast %34 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1217 = add %1215, %1216 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1218 = slice %1217 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:78:33
%1219 = matmul %1218, %35 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1220 = broadcast %36 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1221 = add %1219, %1220 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1222 = reshape %1221 : f32[6,1,2,8] @ models/lib/vit.yaml:78:22
%1223 = permute %1222 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/vit.yaml:78:14
%1224 = matmul %1217, %37 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%1225 = broadcast %38 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1226 = add %1224, %1225 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1227 = reshape %1226 : f32[6,17,2,8] @ models/lib/vit.yaml:79:22
%1228 = permute %1227 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:79:14
%1229 = matmul %1217, %39 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%1230 = broadcast %40 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1231 = add %1229, %1230 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1232 = reshape %1231 : f32[6,17,2,8] @ models/lib/vit.yaml:80:22
%1233 = permute %1232 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:80:14
%1234 = matmul %1223, %1228 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:55:23
%1235 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1236 = broadcast %1235 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%1237 = mul %1234, %1236 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%1238 = reduce_max %1237 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:14:35
%1239 = stop_gradient %1238 : f32[6,2,1,1] @ models/lib/nn.yaml:14:21
%1240 = broadcast %1239 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%1241 = sub %1237, %1240 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%1242 = exp %1241 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%1243 = reduce_sum %1242 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:20
%1244 = broadcast %1243 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%1245 = div %1242, %1244 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%1246 = matmul %1245, %1233 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:56:23
%1247 = permute %1246 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/nn.yaml:56:13
%1248 = reshape %1247 : f32[6,1,16] @ models/lib/nn.yaml:57:16
%1249 = matmul %1248, %41 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1250 = broadcast %42 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1251 = add %1249, %1250 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1252 = add %1195, %1251 : f32[6,1,16] @ models/lib/vit.yaml:96:15
%1253 = reduce_sum %1252 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1254 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1255 = broadcast %1254 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1256 = div %1253, %1255 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1257 = broadcast %1256 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%1258 = sub %1252, %1257 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%1259 = mul %1258, %1258 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%1260 = reduce_sum %1259 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1261 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1262 = broadcast %1261 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1263 = div %1260, %1262 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1264 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1265 = broadcast %1264 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%1266 = add %1263, %1265 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%1267 = rsqrt %1266 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%1268 = broadcast %1267 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%1269 = mul %1258, %1268 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%1270 = broadcast %43 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%1271 = mul %1269, %1270 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%1272 = broadcast %44 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%1273 = add %1271, %1272 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%1274 = matmul %1273, %45 ta=0 tb=1 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%1275 = broadcast %46 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%1276 = add %1274, %1275 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%1277 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1278 = broadcast %1277 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%1279 = mul %1278, %1276 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%1280 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1281 = broadcast %1280 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%1282 = mul %1276, %1281 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%1283 = erf %1282 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%1284 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1285 = broadcast %1284 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%1286 = add %1285, %1283 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%1287 = mul %1279, %1286 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%1288 = matmul %1287, %47 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1289 = broadcast %48 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1290 = add %1288, %1289 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1291 = add %1252, %1290 : f32[6,1,16] @ models/lib/vit.yaml:98:18
%1292 = concat %1291, %1194 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:95:24
%1293 = reduce_sum %1292 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1294 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1295 = broadcast %1294 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1296 = div %1293, %1295 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1297 = broadcast %1296 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1298 = sub %1292, %1297 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1299 = mul %1298, %1298 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%1300 = reduce_sum %1299 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1301 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1302 = broadcast %1301 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1303 = div %1300, %1302 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1304 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1305 = broadcast %1304 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1306 = add %1303, %1305 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1307 = rsqrt %1306 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%1308 = broadcast %1307 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1309 = mul %1298, %1308 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1310 = broadcast %49 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1311 = mul %1309, %1310 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1312 = broadcast %50 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1313 = add %1311, %1312 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1314 = slice %1313 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:78:33
%1315 = matmul %1314, %51 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1316 = broadcast %52 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1317 = add %1315, %1316 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1318 = reshape %1317 : f32[6,1,2,8] @ models/lib/vit.yaml:78:22
%1319 = permute %1318 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/vit.yaml:78:14
%1320 = matmul %1313, %53 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%1321 = broadcast %54 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1322 = add %1320, %1321 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1323 = reshape %1322 : f32[6,17,2,8] @ models/lib/vit.yaml:79:22
%1324 = permute %1323 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:79:14
%1325 = matmul %1313, %55 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%1326 = broadcast %56 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1327 = add %1325, %1326 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1328 = reshape %1327 : f32[6,17,2,8] @ models/lib/vit.yaml:80:22
%1329 = permute %1328 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:80:14
%1330 = matmul %1319, %1324 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:55:23
%1331 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1332 = broadcast %1331 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%1333 = mul %1330, %1332 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%1334 = reduce_max %1333 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:14:35
%1335 = stop_gradient %1334 : f32[6,2,1,1] @ models/lib/nn.yaml:14:21
%1336 = broadcast %1335 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%1337 = sub %1333, %1336 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%1338 = exp %1337 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%1339 = reduce_sum %1338 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:20
%1340 = broadcast %1339 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%1341 = div %1338, %1340 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%1342 = matmul %1341, %1329 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:56:23
%1343 = permute %1342 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/nn.yaml:56:13
%1344 = reshape %1343 : f32[6,1,16] @ models/lib/nn.yaml:57:16
%1345 = matmul %1344, %57 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1346 = broadcast %58 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1347 = add %1345, %1346 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1348 = add %1291, %1347 : f32[6,1,16] @ models/lib/vit.yaml:96:15
%1349 = reduce_sum %1348 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1350 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1351 = broadcast %1350 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1352 = div %1349, %1351 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1353 = broadcast %1352 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%1354 = sub %1348, %1353 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%1355 = mul %1354, %1354 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%1356 = reduce_sum %1355 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1357 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1358 = broadcast %1357 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1359 = div %1356, %1358 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1360 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1361 = broadcast %1360 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%1362 = add %1359, %1361 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%1363 = rsqrt %1362 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%1364 = broadcast %1363 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%1365 = mul %1354, %1364 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%1366 = broadcast %59 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%1367 = mul %1365, %1366 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%1368 = broadcast %60 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%1369 = add %1367, %1368 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%1370 = matmul %1369, %61 ta=0 tb=1 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%1371 = broadcast %62 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%1372 = add %1370, %1371 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%1373 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1374 = broadcast %1373 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%1375 = mul %1374, %1372 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%1376 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1377 = broadcast %1376 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%1378 = mul %1372, %1377 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%1379 = erf %1378 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%1380 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1381 = broadcast %1380 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%1382 = add %1381, %1379 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%1383 = mul %1375, %1382 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%1384 = matmul %1383, %63 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1385 = broadcast %64 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1386 = add %1384, %1385 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1387 = add %1348, %1386 : f32[6,1,16] @ models/lib/vit.yaml:98:18
%1388 = concat %1387, %1194 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:111:21
%1389 = reduce_sum %1388 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1390 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1391 = broadcast %1390 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1392 = div %1389, %1391 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1393 = broadcast %1392 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1394 = sub %1388, %1393 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1395 = mul %1394, %1394 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%1396 = reduce_sum %1395 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1397 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1398 = broadcast %1397 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1399 = div %1396, %1398 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1400 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1401 = broadcast %1400 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1402 = add %1399, %1401 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1403 = rsqrt %1402 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%1404 = broadcast %1403 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1405 = mul %1394, %1404 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1406 = broadcast %65 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1407 = mul %1405, %1406 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1408 = broadcast %66 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1409 = add %1407, %1408 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1410 = slice %1409 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/moco_pass.yaml:130:38
%1411 = reshape %1410 : f32[6,16] @ models/moco_pass.yaml:130:38
%1412 = matmul %1411, %67 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%1413 = reshape %1412 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%1414 = reduce_sum %1413 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1415 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1416 = broadcast %1415 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1417 = div %1414, %1416 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1418 = all_reduce_sum %1417 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1419 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1420 = broadcast %1419 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1421 = div %1418, %1420 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1422 = broadcast %1421 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1423 = sub %1413, %1422 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1424 = mul %1423, %1423 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%1425 = reduce_sum %1424 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1426 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1427 = broadcast %1426 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1428 = div %1425, %1427 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1429 = all_reduce_sum %1428 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1430 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1431 = broadcast %1430 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1432 = div %1429, %1431 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1433 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1434 = broadcast %1433 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1435 = add %1432, %1434 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1436 = rsqrt %1435 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1437 = broadcast %1436 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1438 = mul %1423, %1437 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1439 = reshape %1438 : f32[6,24] @ models/moco_pass.yaml:83:13
%1440 = broadcast %68 : f32[6,24] @ models/moco_pass.yaml:84:18
%1441 = mul %1439, %1440 : f32[6,24] @ models/moco_pass.yaml:84:18
%1442 = broadcast %69 : f32[6,24] @ models/moco_pass.yaml:84:27
%1443 = add %1441, %1442 : f32[6,24] @ models/moco_pass.yaml:84:27
%1444 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1445 = cast %1444 : f32[] @ models/moco_pass.yaml:70:23
%1446 = broadcast %1445 : f32[6,24] @ models/moco_pass.yaml:70:16
%1447 = max %1443, %1446 : f32[6,24] @ models/moco_pass.yaml:70:16
%1448 = matmul %1447, %70 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%1449 = reshape %1448 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%1450 = reduce_sum %1449 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1451 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1452 = broadcast %1451 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1453 = div %1450, %1452 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1454 = all_reduce_sum %1453 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1455 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1456 = broadcast %1455 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1457 = div %1454, %1456 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1458 = broadcast %1457 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1459 = sub %1449, %1458 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1460 = mul %1459, %1459 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%1461 = reduce_sum %1460 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1462 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1463 = broadcast %1462 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1464 = div %1461, %1463 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1465 = all_reduce_sum %1464 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1466 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1467 = broadcast %1466 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1468 = div %1465, %1467 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1469 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1470 = broadcast %1469 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1471 = add %1468, %1470 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1472 = rsqrt %1471 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1473 = broadcast %1472 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1474 = mul %1459, %1473 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1475 = reshape %1474 : f32[6,24] @ models/moco_pass.yaml:83:13
%1476 = broadcast %71 : f32[6,24] @ models/moco_pass.yaml:84:18
%1477 = mul %1475, %1476 : f32[6,24] @ models/moco_pass.yaml:84:18
%1478 = broadcast %72 : f32[6,24] @ models/moco_pass.yaml:84:27
%1479 = add %1477, %1478 : f32[6,24] @ models/moco_pass.yaml:84:27
%1480 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1481 = cast %1480 : f32[] @ models/moco_pass.yaml:70:23
%1482 = broadcast %1481 : f32[6,24] @ models/moco_pass.yaml:70:16
%1483 = max %1479, %1482 : f32[6,24] @ models/moco_pass.yaml:70:16
%1484 = matmul %1483, %73 ta=0 tb=1 : f32[6,8] @ models/lib/nn.yaml:83:15
%1485 = reshape %1484 : f32[2,3,8] @ models/moco_pass.yaml:79:13
%1486 = reduce_sum %1485 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1487 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1488 = broadcast %1487 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1489 = div %1486, %1488 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1490 = all_reduce_sum %1489 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1491 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1492 = broadcast %1491 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1493 = div %1490, %1492 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1494 = broadcast %1493 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%1495 = sub %1485, %1494 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%1496 = mul %1495, %1495 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%1497 = reduce_sum %1496 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1498 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1499 = broadcast %1498 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1500 = div %1497, %1499 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1501 = all_reduce_sum %1500 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1502 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1503 = broadcast %1502 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1504 = div %1501, %1503 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1505 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1506 = broadcast %1505 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1507 = add %1504, %1506 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1508 = rsqrt %1507 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1509 = broadcast %1508 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%1510 = mul %1495, %1509 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%1511 = reshape %1510 : f32[6,8] @ models/moco_pass.yaml:83:13
%1512 = matmul %1511, %74 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%1513 = reshape %1512 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%1514 = reduce_sum %1513 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1515 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1516 = broadcast %1515 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1517 = div %1514, %1516 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1518 = all_reduce_sum %1517 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1519 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1520 = broadcast %1519 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1521 = div %1518, %1520 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1522 = broadcast %1521 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1523 = sub %1513, %1522 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1524 = mul %1523, %1523 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%1525 = reduce_sum %1524 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1526 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1527 = broadcast %1526 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1528 = div %1525, %1527 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1529 = all_reduce_sum %1528 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1530 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1531 = broadcast %1530 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1532 = div %1529, %1531 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1533 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1534 = broadcast %1533 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1535 = add %1532, %1534 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1536 = rsqrt %1535 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1537 = broadcast %1536 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1538 = mul %1523, %1537 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1539 = reshape %1538 : f32[6,24] @ models/moco_pass.yaml:83:13
%1540 = broadcast %75 : f32[6,24] @ models/moco_pass.yaml:84:18
%1541 = mul %1539, %1540 : f32[6,24] @ models/moco_pass.yaml:84:18
%1542 = broadcast %76 : f32[6,24] @ models/moco_pass.yaml:84:27
%1543 = add %1541, %1542 : f32[6,24] @ models/moco_pass.yaml:84:27
%1544 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1545 = cast %1544 : f32[] @ models/moco_pass.yaml:70:23
%1546 = broadcast %1545 : f32[6,24] @ models/moco_pass.yaml:70:16
%1547 = max %1543, %1546 : f32[6,24] @ models/moco_pass.yaml:70:16
%1548 = matmul %1547, %77 ta=0 tb=1 : f32[6,8] @ models/lib/nn.yaml:83:15
%1549 = reshape %1548 : f32[2,3,8] @ models/moco_pass.yaml:79:13
%1550 = reduce_sum %1549 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1551 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1552 = broadcast %1551 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1553 = div %1550, %1552 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1554 = all_reduce_sum %1553 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1555 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1556 = broadcast %1555 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1557 = div %1554, %1556 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1558 = broadcast %1557 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%1559 = sub %1549, %1558 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%1560 = mul %1559, %1559 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%1561 = reduce_sum %1560 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1562 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1563 = broadcast %1562 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1564 = div %1561, %1563 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1565 = all_reduce_sum %1564 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1566 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1567 = broadcast %1566 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1568 = div %1565, %1567 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1569 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1570 = broadcast %1569 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1571 = add %1568, %1570 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1572 = rsqrt %1571 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1573 = broadcast %1572 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%1574 = mul %1559, %1573 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%1575 = reshape %1574 : f32[6,8] @ models/moco_pass.yaml:83:13
%1576 = slice %1409 lo=[0,1,0] hi=[6,17,16] : f32[6,16,16] @ models/moco_pass.yaml:131:58
%1577 = reshape %1576 : f32[96,16] @ models/moco_pass.yaml:131:49
%1578 = matmul %1577, %78 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%1579 = reshape %1578 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%1580 = reduce_sum %1579 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1581 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1582 = broadcast %1581 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1583 = div %1580, %1582 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1584 = all_reduce_sum %1583 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1585 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1586 = broadcast %1585 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1587 = div %1584, %1586 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1588 = broadcast %1587 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1589 = sub %1579, %1588 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1590 = mul %1589, %1589 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%1591 = reduce_sum %1590 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1592 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1593 = broadcast %1592 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1594 = div %1591, %1593 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1595 = all_reduce_sum %1594 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1596 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1597 = broadcast %1596 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1598 = div %1595, %1597 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1599 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1600 = broadcast %1599 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1601 = add %1598, %1600 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1602 = rsqrt %1601 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1603 = broadcast %1602 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1604 = mul %1589, %1603 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1605 = reshape %1604 : f32[96,12] @ models/moco_pass.yaml:83:13
%1606 = broadcast %79 : f32[96,12] @ models/moco_pass.yaml:84:18
%1607 = mul %1605, %1606 : f32[96,12] @ models/moco_pass.yaml:84:18
%1608 = broadcast %80 : f32[96,12] @ models/moco_pass.yaml:84:27
%1609 = add %1607, %1608 : f32[96,12] @ models/moco_pass.yaml:84:27
%1610 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1611 = cast %1610 : f32[] @ models/moco_pass.yaml:70:23
%1612 = broadcast %1611 : f32[96,12] @ models/moco_pass.yaml:70:16
%1613 = max %1609, %1612 : f32[96,12] @ models/moco_pass.yaml:70:16
%1614 = matmul %1613, %81 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%1615 = reshape %1614 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%1616 = reduce_sum %1615 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1617 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1618 = broadcast %1617 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1619 = div %1616, %1618 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1620 = all_reduce_sum %1619 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1621 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1622 = broadcast %1621 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1623 = div %1620, %1622 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1624 = broadcast %1623 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1625 = sub %1615, %1624 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1626 = mul %1625, %1625 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%1627 = reduce_sum %1626 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1628 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1629 = broadcast %1628 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1630 = div %1627, %1629 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1631 = all_reduce_sum %1630 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1632 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1633 = broadcast %1632 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1634 = div %1631, %1633 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1635 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1636 = broadcast %1635 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1637 = add %1634, %1636 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1638 = rsqrt %1637 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1639 = broadcast %1638 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1640 = mul %1625, %1639 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1641 = reshape %1640 : f32[96,12] @ models/moco_pass.yaml:83:13
%1642 = broadcast %82 : f32[96,12] @ models/moco_pass.yaml:84:18
%1643 = mul %1641, %1642 : f32[96,12] @ models/moco_pass.yaml:84:18
%1644 = broadcast %83 : f32[96,12] @ models/moco_pass.yaml:84:27
%1645 = add %1643, %1644 : f32[96,12] @ models/moco_pass.yaml:84:27
%1646 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1647 = cast %1646 : f32[] @ models/moco_pass.yaml:70:23
%1648 = broadcast %1647 : f32[96,12] @ models/moco_pass.yaml:70:16
%1649 = max %1645, %1648 : f32[96,12] @ models/moco_pass.yaml:70:16
%1650 = matmul %1649, %84 ta=0 tb=1 : f32[96,6] @ models/lib/nn.yaml:83:15
%1651 = reshape %1650 : f32[2,48,6] @ models/moco_pass.yaml:79:13
%1652 = reduce_sum %1651 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1653 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1654 = broadcast %1653 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1655 = div %1652, %1654 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1656 = all_reduce_sum %1655 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1657 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1658 = broadcast %1657 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1659 = div %1656, %1658 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1660 = broadcast %1659 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%1661 = sub %1651, %1660 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%1662 = mul %1661, %1661 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%1663 = reduce_sum %1662 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1664 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1665 = broadcast %1664 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1666 = div %1663, %1665 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1667 = all_reduce_sum %1666 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1668 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1669 = broadcast %1668 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1670 = div %1667, %1669 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1671 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1672 = broadcast %1671 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1673 = add %1670, %1672 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1674 = rsqrt %1673 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1675 = broadcast %1674 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%1676 = mul %1661, %1675 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%1677 = reshape %1676 : f32[96,6] @ models/moco_pass.yaml:83:13
%1678 = matmul %1677, %85 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%1679 = reshape %1678 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%1680 = reduce_sum %1679 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1681 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1682 = broadcast %1681 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1683 = div %1680, %1682 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1684 = all_reduce_sum %1683 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1685 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1686 = broadcast %1685 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1687 = div %1684, %1686 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1688 = broadcast %1687 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1689 = sub %1679, %1688 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1690 = mul %1689, %1689 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%1691 = reduce_sum %1690 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1692 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1693 = broadcast %1692 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1694 = div %1691, %1693 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1695 = all_reduce_sum %1694 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1696 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1697 = broadcast %1696 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1698 = div %1695, %1697 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1699 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1700 = broadcast %1699 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1701 = add %1698, %1700 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1702 = rsqrt %1701 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1703 = broadcast %1702 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1704 = mul %1689, %1703 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1705 = reshape %1704 : f32[96,12] @ models/moco_pass.yaml:83:13
%1706 = broadcast %86 : f32[96,12] @ models/moco_pass.yaml:84:18
%1707 = mul %1705, %1706 : f32[96,12] @ models/moco_pass.yaml:84:18
%1708 = broadcast %87 : f32[96,12] @ models/moco_pass.yaml:84:27
%1709 = add %1707, %1708 : f32[96,12] @ models/moco_pass.yaml:84:27
%1710 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1711 = cast %1710 : f32[] @ models/moco_pass.yaml:70:23
%1712 = broadcast %1711 : f32[96,12] @ models/moco_pass.yaml:70:16
%1713 = max %1709, %1712 : f32[96,12] @ models/moco_pass.yaml:70:16
%1714 = matmul %1713, %88 ta=0 tb=1 : f32[96,6] @ models/lib/nn.yaml:83:15
%1715 = reshape %1714 : f32[2,48,6] @ models/moco_pass.yaml:79:13
%1716 = reduce_sum %1715 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1717 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1718 = broadcast %1717 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1719 = div %1716, %1718 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1720 = all_reduce_sum %1719 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1721 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1722 = broadcast %1721 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1723 = div %1720, %1722 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1724 = broadcast %1723 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%1725 = sub %1715, %1724 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%1726 = mul %1725, %1725 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%1727 = reduce_sum %1726 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1728 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1729 = broadcast %1728 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1730 = div %1727, %1729 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1731 = all_reduce_sum %1730 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1732 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1733 = broadcast %1732 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1734 = div %1731, %1733 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1735 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1736 = broadcast %1735 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1737 = add %1734, %1736 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1738 = rsqrt %1737 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1739 = broadcast %1738 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%1740 = mul %1725, %1739 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%1741 = reshape %1740 : f32[96,6] @ models/moco_pass.yaml:83:13
%1742 = reshape %1741 : f32[6,16,6] @ models/moco_pass.yaml:132:23
%1743 = slice %1575 lo=[0,0] hi=[3,8] : f32[3,8] @ models/moco_pass.yaml:160:25
%1744 = slice %1575 lo=[3,0] hi=[6,8] : f32[3,8] @ models/moco_pass.yaml:160:25
%1745 = slice %1742 lo=[0,0,0] hi=[3,16,6] : f32[3,16,6] @ models/moco_pass.yaml:160:32
%1746 = slice %1742 lo=[3,0,0] hi=[6,16,6] : f32[3,16,6] @ models/moco_pass.yaml:160:32
%1747 = mul %980, %980 : f32[3,8] @ models/lib/nn.yaml:33:35
%1748 = reduce_sum %1747 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:29
%1749 = sqrt %1748 : f32[3,1] @ models/lib/nn.yaml:33:24
%1750 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1751 = cast %1750 : f32[] @ models/lib/nn.yaml:33:61
%1752 = broadcast %1751 : f32[3,1] @ models/lib/nn.yaml:33:20
%1753 = max %1749, %1752 : f32[3,1] @ models/lib/nn.yaml:33:20
%1754 = broadcast %1753 : f32[3,8] @ models/lib/nn.yaml:33:18
%1755 = div %980, %1754 : f32[3,8] @ models/lib/nn.yaml:33:18
%1756 = stop_gradient %1755 : f32[3,8] @ models/moco_pass.yaml:109:14
%1757 = mul %1743, %1743 : f32[3,8] @ models/lib/nn.yaml:33:35
%1758 = reduce_sum %1757 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:29
%1759 = sqrt %1758 : f32[3,1] @ models/lib/nn.yaml:33:24
%1760 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1761 = cast %1760 : f32[] @ models/lib/nn.yaml:33:61
%1762 = broadcast %1761 : f32[3,1] @ models/lib/nn.yaml:33:20
%1763 = max %1759, %1762 : f32[3,1] @ models/lib/nn.yaml:33:20
%1764 = broadcast %1763 : f32[3,8] @ models/lib/nn.yaml:33:18
%1765 = div %1743, %1764 : f32[3,8] @ models/lib/nn.yaml:33:18
%1766 = matmul %1765, %1756 ta=0 tb=1 : f32[3,3] @ models/moco_pass.yaml:110:34
%1767 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1768 = broadcast %1767 : f32[3,3] @ models/moco_pass.yaml:110:41
%1769 = div %1766, %1768 : f32[3,3] @ models/moco_pass.yaml:110:41
%1770 = iota axis=0 : i32[3,3] @ models/moco_pass.yaml:111:20
%1771 = iota axis=1 : i32[3,3] @ models/moco_pass.yaml:111:39
%1772 = eq %1770, %1771 : bool[3,3] @ models/moco_pass.yaml:111:36
%1773 = cast %1772 : f32[3,3] @ models/moco_pass.yaml:111:15
%1774 = reduce_max %1769 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:21:31
%1775 = stop_gradient %1774 : f32[3,1] @ models/lib/nn.yaml:21:17
%1776 = broadcast %1775 : f32[3,3] @ models/lib/nn.yaml:21:15
%1777 = sub %1769, %1776 : f32[3,3] @ models/lib/nn.yaml:21:15
%1778 = exp %1777 : f32[3,3] @ models/lib/nn.yaml:22:28
%1779 = reduce_sum %1778 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:22:24
%1780 = log %1779 : f32[3,1] @ models/lib/nn.yaml:22:20
%1781 = broadcast %1780 : f32[3,3] @ models/lib/nn.yaml:22:18
%1782 = sub %1777, %1781 : f32[3,3] @ models/lib/nn.yaml:22:18
%1783 = mul %1773, %1782 : f32[3,3] @ models/moco_pass.yaml:112:40
%1784 = reduce_sum %1783 axes=[1] keep=0 : f32[3] @ models/moco_pass.yaml:112:32
%1785 = neg %1784 : f32[3] @ models/moco_pass.yaml:112:31
%1786 = reduce_sum %1785 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1787 = const data=[3] : f32[] @ models/moco_pass.yaml:112:26
%1788 = div %1786, %1787 : f32[] @ models/moco_pass.yaml:112:26
%1789 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1790 = mul %1789, %1788 : f32[] @ models/moco_pass.yaml:112:24
%1791 = mul %979, %979 : f32[3,8] @ models/lib/nn.yaml:33:35
%1792 = reduce_sum %1791 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:29
%1793 = sqrt %1792 : f32[3,1] @ models/lib/nn.yaml:33:24
%1794 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1795 = cast %1794 : f32[] @ models/lib/nn.yaml:33:61
%1796 = broadcast %1795 : f32[3,1] @ models/lib/nn.yaml:33:20
%1797 = max %1793, %1796 : f32[3,1] @ models/lib/nn.yaml:33:20
%1798 = broadcast %1797 : f32[3,8] @ models/lib/nn.yaml:33:18
%1799 = div %979, %1798 : f32[3,8] @ models/lib/nn.yaml:33:18
%1800 = stop_gradient %1799 : f32[3,8] @ models/moco_pass.yaml:109:14
%1801 = mul %1744, %1744 : f32[3,8] @ models/lib/nn.yaml:33:35
%1802 = reduce_sum %1801 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:29
%1803 = sqrt %1802 : f32[3,1] @ models/lib/nn.yaml:33:24
%1804 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1805 = cast %1804 : f32[] @ models/lib/nn.yaml:33:61
%1806 = broadcast %1805 : f32[3,1] @ models/lib/nn.yaml:33:20
%1807 = max %1803, %1806 : f32[3,1] @ models/lib/nn.yaml:33:20
%1808 = broadcast %1807 : f32[3,8] @ models/lib/nn.yaml:33:18
%1809 = div %1744, %1808 : f32[3,8] @ models/lib/nn.yaml:33:18
%1810 = matmul %1809, %1800 ta=0 tb=1 : f32[3,3] @ models/moco_pass.yaml:110:34
%1811 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1812 = broadcast %1811 : f32[3,3] @ models/moco_pass.yaml:110:41
%1813 = div %1810, %1812 : f32[3,3] @ models/moco_pass.yaml:110:41
%1814 = iota axis=0 : i32[3,3] @ models/moco_pass.yaml:111:20
%1815 = iota axis=1 : i32[3,3] @ models/moco_pass.yaml:111:39
%1816 = eq %1814, %1815 : bool[3,3] @ models/moco_pass.yaml:111:36
%1817 = cast %1816 : f32[3,3] @ models/moco_pass.yaml:111:15
%1818 = reduce_max %1813 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:21:31
%1819 = stop_gradient %1818 : f32[3,1] @ models/lib/nn.yaml:21:17
%1820 = broadcast %1819 : f32[3,3] @ models/lib/nn.yaml:21:15
%1821 = sub %1813, %1820 : f32[3,3] @ models/lib/nn.yaml:21:15
%1822 = exp %1821 : f32[3,3] @ models/lib/nn.yaml:22:28
%1823 = reduce_sum %1822 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:22:24
%1824 = log %1823 : f32[3,1] @ models/lib/nn.yaml:22:20
%1825 = broadcast %1824 : f32[3,3] @ models/lib/nn.yaml:22:18
%1826 = sub %1821, %1825 : f32[3,3] @ models/lib/nn.yaml:22:18
%1827 = mul %1817, %1826 : f32[3,3] @ models/moco_pass.yaml:112:40
%1828 = reduce_sum %1827 axes=[1] keep=0 : f32[3] @ models/moco_pass.yaml:112:32
%1829 = neg %1828 : f32[3] @ models/moco_pass.yaml:112:31
%1830 = reduce_sum %1829 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1831 = const data=[3] : f32[] @ models/moco_pass.yaml:112:26
%1832 = div %1830, %1831 : f32[] @ models/moco_pass.yaml:112:26
%1833 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1834 = mul %1833, %1832 : f32[] @ models/moco_pass.yaml:112:24
%1835 = add %1790, %1834 : f32[] @ models/moco_pass.yaml:169:11
%1836 = const data=[2] : f32[] @ models/moco_pass.yaml:165:3
%1837 = div %1835, %1836 : f32[] @ models/moco_pass.yaml:165:3
%1838 = output %1837 name="loss.image" : f32[] @ models/moco_pass.yaml:165:3
%1839 = const data=[2] : f32[] @ models/moco_pass.yaml:165:3
%1840 = mul %1837, %1839 : f32[] @ models/moco_pass.yaml:165:3
%1841 = permute %1745 perm=[1,0,2] : f32[16,3,6] @ models/moco_pass.yaml:173:20
%1842 = permute %981 perm=[1,0,2] : f32[16,3,6] @ models/moco_pass.yaml:173:50
%1843 = mul %1842, %1842 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1844 = reduce_sum %1843 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:29
%1845 = sqrt %1844 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1846 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1847 = cast %1846 : f32[] @ models/lib/nn.yaml:33:61
%1848 = broadcast %1847 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1849 = max %1845, %1848 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1850 = broadcast %1849 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1851 = div %1842, %1850 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1852 = stop_gradient %1851 : f32[16,3,6] @ models/moco_pass.yaml:109:14
%1853 = mul %1841, %1841 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1854 = reduce_sum %1853 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:29
%1855 = sqrt %1854 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1856 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1857 = cast %1856 : f32[] @ models/lib/nn.yaml:33:61
%1858 = broadcast %1857 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1859 = max %1855, %1858 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1860 = broadcast %1859 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1861 = div %1841, %1860 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1862 = matmul %1861, %1852 ta=0 tb=1 : f32[16,3,3] @ models/moco_pass.yaml:110:34
%1863 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1864 = broadcast %1863 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%1865 = div %1862, %1864 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%1866 = iota axis=0 : i32[3,3] @ models/moco_pass.yaml:111:20
%1867 = iota axis=1 : i32[3,3] @ models/moco_pass.yaml:111:39
%1868 = eq %1866, %1867 : bool[3,3] @ models/moco_pass.yaml:111:36
%1869 = cast %1868 : f32[3,3] @ models/moco_pass.yaml:111:15
%1870 = reduce_max %1865 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:21:31
%1871 = stop_gradient %1870 : f32[16,3,1] @ models/lib/nn.yaml:21:17
%1872 = broadcast %1871 : f32[16,3,3] @ models/lib/nn.yaml:21:15
%1873 = sub %1865, %1872 : f32[16,3,3] @ models/lib/nn.yaml:21:15
%1874 = exp %1873 : f32[16,3,3] @ models/lib/nn.yaml:22:28
%1875 = reduce_sum %1874 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:22:24
%1876 = log %1875 : f32[16,3,1] @ models/lib/nn.yaml:22:20
%1877 = broadcast %1876 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1878 = sub %1873, %1877 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1879 = broadcast %1869 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1880 = mul %1879, %1878 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1881 = reduce_sum %1880 axes=[2] keep=0 : f32[16,3] @ models/moco_pass.yaml:112:32
%1882 = neg %1881 : f32[16,3] @ models/moco_pass.yaml:112:31
%1883 = reduce_sum %1882 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1884 = const data=[48] : f32[] @ models/moco_pass.yaml:112:26
%1885 = div %1883, %1884 : f32[] @ models/moco_pass.yaml:112:26
%1886 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1887 = mul %1886, %1885 : f32[] @ models/moco_pass.yaml:112:24
%1888 = permute %1746 perm=[1,0,2] : f32[16,3,6] @ models/moco_pass.yaml:173:20
%1889 = permute %982 perm=[1,0,2] : f32[16,3,6] @ models/moco_pass.yaml:173:50
%1890 = mul %1889, %1889 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1891 = reduce_sum %1890 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:29
%1892 = sqrt %1891 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1893 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1894 = cast %1893 : f32[] @ models/lib/nn.yaml:33:61
%1895 = broadcast %1894 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1896 = max %1892, %1895 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1897 = broadcast %1896 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1898 = div %1889, %1897 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1899 = stop_gradient %1898 : f32[16,3,6] @ models/moco_pass.yaml:109:14
%1900 = mul %1888, %1888 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1901 = reduce_sum %1900 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:29
%1902 = sqrt %1901 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1903 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1904 = cast %1903 : f32[] @ models/lib/nn.yaml:33:61
%1905 = broadcast %1904 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1906 = max %1902, %1905 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1907 = broadcast %1906 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1908 = div %1888, %1907 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1909 = matmul %1908, %1899 ta=0 tb=1 : f32[16,3,3] @ models/moco_pass.yaml:110:34
%1910 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1911 = broadcast %1910 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%1912 = div %1909, %1911 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%1913 = iota axis=0 : i32[3,3] @ models/moco_pass.yaml:111:20
%1914 = iota axis=1 : i32[3,3] @ models/moco_pass.yaml:111:39
%1915 = eq %1913, %1914 : bool[3,3] @ models/moco_pass.yaml:111:36
%1916 = cast %1915 : f32[3,3] @ models/moco_pass.yaml:111:15
%1917 = reduce_max %1912 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:21:31
%1918 = stop_gradient %1917 : f32[16,3,1] @ models/lib/nn.yaml:21:17
%1919 = broadcast %1918 : f32[16,3,3] @ models/lib/nn.yaml:21:15
%1920 = sub %1912, %1919 : f32[16,3,3] @ models/lib/nn.yaml:21:15
%1921 = exp %1920 : f32[16,3,3] @ models/lib/nn.yaml:22:28
%1922 = reduce_sum %1921 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:22:24
%1923 = log %1922 : f32[16,3,1] @ models/lib/nn.yaml:22:20
%1924 = broadcast %1923 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1925 = sub %1920, %1924 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1926 = broadcast %1916 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1927 = mul %1926, %1925 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1928 = reduce_sum %1927 axes=[2] keep=0 : f32[16,3] @ models/moco_pass.yaml:112:32
%1929 = neg %1928 : f32[16,3] @ models/moco_pass.yaml:112:31
%1930 = reduce_sum %1929 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1931 = const data=[48] : f32[] @ models/moco_pass.yaml:112:26
%1932 = div %1930, %1931 : f32[] @ models/moco_pass.yaml:112:26
%1933 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1934 = mul %1933, %1932 : f32[] @ models/moco_pass.yaml:112:24
%1935 = add %1887, %1934 : f32[] @ models/moco_pass.yaml:173:11
%1936 = const data=[2] : f32[] @ models/moco_pass.yaml:170:3
%1937 = div %1935, %1936 : f32[] @ models/moco_pass.yaml:170:3
%1938 = output %1937 name="loss.patch" : f32[] @ models/moco_pass.yaml:170:3
%1939 = const data=[0.2] : f32[] @ models/moco_pass.yaml:170:3
%1940 = mul %1937, %1939 : f32[] @ models/moco_pass.yaml:170:3
%1941 = add %1840, %1940 : f32[] @ models/moco_pass.yaml:170:3
%1942 = output %1941 name="loss" : f32[] @ models/moco_pass.yaml:165:3
%1943 = cast %1 : f64[] @ models/moco_pass.yaml:151:3
%1944 = cast %2 : f64[] @ models/moco_pass.yaml:152:3
%1945 = cast %3 : f64[] @ models/moco_pass.yaml:153:3
%1946 = const data=[1] : f32[] @ models/moco_pass.yaml:170:3
%1947 = mul %1946, %1939 : f32[] @ models/moco_pass.yaml:170:3
%1948 = div %1947, %1936 : f32[] @ models/moco_pass.yaml:170:3
%1949 = mul %1948, %1933 : f32[] @ models/moco_pass.yaml:112:24
%1950 = div %1949, %1931 : f32[] @ models/moco_pass.yaml:112:26
%1951 = reshape %1950 : f32[1,1] @ models/moco_pass.yaml:112:26
%1952 = broadcast %1951 : f32[16,3] @ models/moco_pass.yaml:112:26
%1953 = neg %1952 : f32[16,3] @ models/moco_pass.yaml:112:31
%1954 = reshape %1953 : f32[16,3,1] @ models/moco_pass.yaml:112:32
%1955 = broadcast %1954 : f32[16,3,3] @ models/moco_pass.yaml:112:32
%1956 = mul %1955, %1926 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1957 = neg %1956 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1958 = reduce_sum %1957 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:22:18
%1959 = div %1958, %1922 : f32[16,3,1] @ models/lib/nn.yaml:22:20
%1960 = broadcast %1959 : f32[16,3,3] @ models/lib/nn.yaml:22:24
%1961 = mul %1960, %1921 : f32[16,3,3] @ models/lib/nn.yaml:22:28
%1962 = add %1956, %1961 : f32[16,3,3] @ models/lib/nn.yaml:22:28
%1963 = div %1962, %1911 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%1964 = matmul %1963, %1899 ta=0 tb=0 : f32[16,3,6] @ models/moco_pass.yaml:110:34
%1965 = div %1964, %1907 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1966 = mul %1965, %1908 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1967 = neg %1966 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1968 = reduce_sum %1967 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:18
%1969 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%1970 = broadcast %1969 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1971 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%1972 = broadcast %1971 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1973 = mul %1968, %1972 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1974 = eq %1902, %1905 : bool[16,3,1] @ models/lib/nn.yaml:33:20
%1975 = select %1974, %1973, %1970 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1976 = gt %1902, %1905 : bool[16,3,1] @ models/lib/nn.yaml:33:20
%1977 = select %1976, %1968, %1975 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1978 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%1979 = broadcast %1978 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1980 = mul %1977, %1979 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1981 = div %1980, %1902 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1982 = broadcast %1981 : f32[16,3,6] @ models/lib/nn.yaml:33:29
%1983 = mul %1982, %1888 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1984 = add %1965, %1983 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1985 = mul %1982, %1888 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1986 = add %1984, %1985 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1987 = permute %1986 perm=[1,0,2] : f32[3,16,6] @ models/moco_pass.yaml:173:20
%1988 = mul %1948, %1886 : f32[] @ models/moco_pass.yaml:112:24
%1989 = div %1988, %1884 : f32[] @ models/moco_pass.yaml:112:26
%1990 = reshape %1989 : f32[1,1] @ models/moco_pass.yaml:112:26
%1991 = broadcast %1990 : f32[16,3] @ models/moco_pass.yaml:112:26
%1992 = neg %1991 : f32[16,3] @ models/moco_pass.yaml:112:31
%1993 = reshape %1992 : f32[16,3,1] @ models/moco_pass.yaml:112:32
%1994 = broadcast %1993 : f32[16,3,3] @ models/moco_pass.yaml:112:32
%1995 = mul %1994, %1879 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1996 = neg %1995 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1997 = reduce_sum %1996 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:22:18
%1998 = div %1997, %1875 : f32[16,3,1] @ models/lib/nn.yaml:22:20
%1999 = broadcast %1998 : f32[16,3,3] @ models/lib/nn.yaml:22:24
%2000 = mul %1999, %1874 : f32[16,3,3] @ models/lib/nn.yaml:22:28
%2001 = add %1995, %2000 : f32[16,3,3] @ models/lib/nn.yaml:22:28
%2002 = div %2001, %1864 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%2003 = matmul %2002, %1852 ta=0 tb=0 : f32[16,3,6] @ models/moco_pass.yaml:110:34
%2004 = div %2003, %1860 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%2005 = mul %2004, %1861 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%2006 = neg %2005 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%2007 = reduce_sum %2006 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:18
%2008 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2009 = broadcast %2008 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%2010 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%2011 = broadcast %2010 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%2012 = mul %2007, %2011 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%2013 = eq %1855, %1858 : bool[16,3,1] @ models/lib/nn.yaml:33:20
%2014 = select %2013, %2012, %2009 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%2015 = gt %1855, %1858 : bool[16,3,1] @ models/lib/nn.yaml:33:20
%2016 = select %2015, %2007, %2014 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%2017 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%2018 = broadcast %2017 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%2019 = mul %2016, %2018 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%2020 = div %2019, %1855 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%2021 = broadcast %2020 : f32[16,3,6] @ models/lib/nn.yaml:33:29
%2022 = mul %2021, %1841 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%2023 = add %2004, %2022 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%2024 = mul %2021, %1841 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%2025 = add %2023, %2024 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%2026 = permute %2025 perm=[1,0,2] : f32[3,16,6] @ models/moco_pass.yaml:173:20
%2027 = mul %1946, %1839 : f32[] @ models/moco_pass.yaml:165:3
%2028 = div %2027, %1836 : f32[] @ models/moco_pass.yaml:165:3
%2029 = mul %2028, %1833 : f32[] @ models/moco_pass.yaml:112:24
%2030 = div %2029, %1831 : f32[] @ models/moco_pass.yaml:112:26
%2031 = reshape %2030 : f32[1] @ models/moco_pass.yaml:112:26
%2032 = broadcast %2031 : f32[3] @ models/moco_pass.yaml:112:26
%2033 = neg %2032 : f32[3] @ models/moco_pass.yaml:112:31
%2034 = reshape %2033 : f32[3,1] @ models/moco_pass.yaml:112:32
%2035 = broadcast %2034 : f32[3,3] @ models/moco_pass.yaml:112:32
%2036 = mul %2035, %1817 : f32[3,3] @ models/moco_pass.yaml:112:40
%2037 = neg %2036 : f32[3,3] @ models/lib/nn.yaml:22:18
%2038 = reduce_sum %2037 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:22:18
%2039 = div %2038, %1823 : f32[3,1] @ models/lib/nn.yaml:22:20
%2040 = broadcast %2039 : f32[3,3] @ models/lib/nn.yaml:22:24
%2041 = mul %2040, %1822 : f32[3,3] @ models/lib/nn.yaml:22:28
%2042 = add %2036, %2041 : f32[3,3] @ models/lib/nn.yaml:22:28
%2043 = div %2042, %1812 : f32[3,3] @ models/moco_pass.yaml:110:41
%2044 = matmul %2043, %1800 ta=0 tb=0 : f32[3,8] @ models/moco_pass.yaml:110:34
%2045 = div %2044, %1808 : f32[3,8] @ models/lib/nn.yaml:33:18
%2046 = mul %2045, %1809 : f32[3,8] @ models/lib/nn.yaml:33:18
%2047 = neg %2046 : f32[3,8] @ models/lib/nn.yaml:33:18
%2048 = reduce_sum %2047 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:18
%2049 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2050 = broadcast %2049 : f32[3,1] @ models/lib/nn.yaml:33:20
%2051 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%2052 = broadcast %2051 : f32[3,1] @ models/lib/nn.yaml:33:20
%2053 = mul %2048, %2052 : f32[3,1] @ models/lib/nn.yaml:33:20
%2054 = eq %1803, %1806 : bool[3,1] @ models/lib/nn.yaml:33:20
%2055 = select %2054, %2053, %2050 : f32[3,1] @ models/lib/nn.yaml:33:20
%2056 = gt %1803, %1806 : bool[3,1] @ models/lib/nn.yaml:33:20
%2057 = select %2056, %2048, %2055 : f32[3,1] @ models/lib/nn.yaml:33:20
%2058 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%2059 = broadcast %2058 : f32[3,1] @ models/lib/nn.yaml:33:24
%2060 = mul %2057, %2059 : f32[3,1] @ models/lib/nn.yaml:33:24
%2061 = div %2060, %1803 : f32[3,1] @ models/lib/nn.yaml:33:24
%2062 = broadcast %2061 : f32[3,8] @ models/lib/nn.yaml:33:29
%2063 = mul %2062, %1744 : f32[3,8] @ models/lib/nn.yaml:33:35
%2064 = add %2045, %2063 : f32[3,8] @ models/lib/nn.yaml:33:35
%2065 = mul %2062, %1744 : f32[3,8] @ models/lib/nn.yaml:33:35
%2066 = add %2064, %2065 : f32[3,8] @ models/lib/nn.yaml:33:35
%2067 = mul %2028, %1789 : f32[] @ models/moco_pass.yaml:112:24
%2068 = div %2067, %1787 : f32[] @ models/moco_pass.yaml:112:26
%2069 = reshape %2068 : f32[1] @ models/moco_pass.yaml:112:26
%2070 = broadcast %2069 : f32[3] @ models/moco_pass.yaml:112:26
%2071 = neg %2070 : f32[3] @ models/moco_pass.yaml:112:31
%2072 = reshape %2071 : f32[3,1] @ models/moco_pass.yaml:112:32
%2073 = broadcast %2072 : f32[3,3] @ models/moco_pass.yaml:112:32
%2074 = mul %2073, %1773 : f32[3,3] @ models/moco_pass.yaml:112:40
%2075 = neg %2074 : f32[3,3] @ models/lib/nn.yaml:22:18
%2076 = reduce_sum %2075 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:22:18
%2077 = div %2076, %1779 : f32[3,1] @ models/lib/nn.yaml:22:20
%2078 = broadcast %2077 : f32[3,3] @ models/lib/nn.yaml:22:24
%2079 = mul %2078, %1778 : f32[3,3] @ models/lib/nn.yaml:22:28
%2080 = add %2074, %2079 : f32[3,3] @ models/lib/nn.yaml:22:28
%2081 = div %2080, %1768 : f32[3,3] @ models/moco_pass.yaml:110:41
%2082 = matmul %2081, %1756 ta=0 tb=0 : f32[3,8] @ models/moco_pass.yaml:110:34
%2083 = div %2082, %1764 : f32[3,8] @ models/lib/nn.yaml:33:18
%2084 = mul %2083, %1765 : f32[3,8] @ models/lib/nn.yaml:33:18
%2085 = neg %2084 : f32[3,8] @ models/lib/nn.yaml:33:18
%2086 = reduce_sum %2085 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:18
%2087 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2088 = broadcast %2087 : f32[3,1] @ models/lib/nn.yaml:33:20
%2089 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%2090 = broadcast %2089 : f32[3,1] @ models/lib/nn.yaml:33:20
%2091 = mul %2086, %2090 : f32[3,1] @ models/lib/nn.yaml:33:20
%2092 = eq %1759, %1762 : bool[3,1] @ models/lib/nn.yaml:33:20
%2093 = select %2092, %2091, %2088 : f32[3,1] @ models/lib/nn.yaml:33:20
%2094 = gt %1759, %1762 : bool[3,1] @ models/lib/nn.yaml:33:20
%2095 = select %2094, %2086, %2093 : f32[3,1] @ models/lib/nn.yaml:33:20
%2096 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%2097 = broadcast %2096 : f32[3,1] @ models/lib/nn.yaml:33:24
%2098 = mul %2095, %2097 : f32[3,1] @ models/lib/nn.yaml:33:24
%2099 = div %2098, %1759 : f32[3,1] @ models/lib/nn.yaml:33:24
%2100 = broadcast %2099 : f32[3,8] @ models/lib/nn.yaml:33:29
%2101 = mul %2100, %1743 : f32[3,8] @ models/lib/nn.yaml:33:35
%2102 = add %2083, %2101 : f32[3,8] @ models/lib/nn.yaml:33:35
%2103 = mul %2100, %1743 : f32[3,8] @ models/lib/nn.yaml:33:35
%2104 = add %2102, %2103 : f32[3,8] @ models/lib/nn.yaml:33:35
%2105 = pad %1987 lo=[3,0,0] hi=[0,0,0] value=0 : f32[6,16,6] @ models/moco_pass.yaml:160:32
%2106 = pad %2026 lo=[0,0,0] hi=[3,0,0] value=0 : f32[6,16,6] @ models/moco_pass.yaml:160:32
%2107 = add %2105, %2106 : f32[6,16,6] @ models/moco_pass.yaml:160:32
%2108 = pad %2066 lo=[3,0] hi=[0,0] value=0 : f32[6,8] @ models/moco_pass.yaml:160:25
%2109 = pad %2104 lo=[0,0] hi=[3,0] value=0 : f32[6,8] @ models/moco_pass.yaml:160:25
%2110 = add %2108, %2109 : f32[6,8] @ models/moco_pass.yaml:160:25
%2111 = reshape %2107 : f32[96,6] @ models/moco_pass.yaml:132:23
%2112 = reshape %2111 : f32[2,48,6] @ models/moco_pass.yaml:83:13
%2113 = mul %2112, %1739 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%2114 = mul %2112, %1725 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%2115 = reduce_sum %2114 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2116 = mul %1738, %1738 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2117 = mul %1738, %2116 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2118 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2119 = broadcast %2118 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2120 = mul %2117, %2119 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2121 = mul %2115, %2120 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2122 = div %2121, %1733 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%2123 = all_reduce_sum %2122 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2124 = div %2123, %1729 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2125 = broadcast %2124 : f32[2,48,6] @ models/moco_pass.yaml:82:25
%2126 = mul %2125, %1725 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2127 = add %2113, %2126 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2128 = mul %2125, %1725 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2129 = add %2127, %2128 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2130 = neg %2129 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%2131 = reduce_sum %2130 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2132 = div %2131, %1722 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%2133 = all_reduce_sum %2132 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2134 = div %2133, %1718 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2135 = broadcast %2134 : f32[2,48,6] @ models/moco_pass.yaml:80:24
%2136 = add %2129, %2135 : f32[2,48,6] @ models/moco_pass.yaml:80:24
%2137 = reshape %2136 : f32[96,6] @ models/moco_pass.yaml:79:13
%2138 = matmul %2137, %88 ta=0 tb=0 : f32[96,12] @ models/lib/nn.yaml:83:15
%2139 = matmul %2137, %1713 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2140 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2141 = broadcast %2140 : f32[96,12] @ models/moco_pass.yaml:70:16
%2142 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2143 = broadcast %2142 : f32[96,12] @ models/moco_pass.yaml:70:16
%2144 = mul %2138, %2143 : f32[96,12] @ models/moco_pass.yaml:70:16
%2145 = eq %1709, %1712 : bool[96,12] @ models/moco_pass.yaml:70:16
%2146 = select %2145, %2144, %2141 : f32[96,12] @ models/moco_pass.yaml:70:16
%2147 = gt %1709, %1712 : bool[96,12] @ models/moco_pass.yaml:70:16
%2148 = select %2147, %2138, %2146 : f32[96,12] @ models/moco_pass.yaml:70:16
%2149 = reduce_sum %2148 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:27
%2150 = reshape %2149 : f32[12] @ models/moco_pass.yaml:84:27
%2151 = mul %2148, %1706 : f32[96,12] @ models/moco_pass.yaml:84:18
%2152 = mul %2148, %1705 : f32[96,12] @ models/moco_pass.yaml:84:18
%2153 = reduce_sum %2152 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%2154 = reshape %2153 : f32[12] @ models/moco_pass.yaml:84:18
%2155 = reshape %2151 : f32[2,48,12] @ models/moco_pass.yaml:83:13
%2156 = mul %2155, %1703 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%2157 = mul %2155, %1689 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%2158 = reduce_sum %2157 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2159 = mul %1702, %1702 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2160 = mul %1702, %2159 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2161 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2162 = broadcast %2161 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2163 = mul %2160, %2162 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2164 = mul %2158, %2163 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2165 = div %2164, %1697 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%2166 = all_reduce_sum %2165 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2167 = div %2166, %1693 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2168 = broadcast %2167 : f32[2,48,12] @ models/moco_pass.yaml:82:25
%2169 = mul %2168, %1689 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2170 = add %2156, %2169 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2171 = mul %2168, %1689 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2172 = add %2170, %2171 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2173 = neg %2172 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%2174 = reduce_sum %2173 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2175 = div %2174, %1686 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%2176 = all_reduce_sum %2175 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2177 = div %2176, %1682 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2178 = broadcast %2177 : f32[2,48,12] @ models/moco_pass.yaml:80:24
%2179 = add %2172, %2178 : f32[2,48,12] @ models/moco_pass.yaml:80:24
%2180 = reshape %2179 : f32[96,12] @ models/moco_pass.yaml:79:13
%2181 = matmul %2180, %85 ta=0 tb=0 : f32[96,6] @ models/lib/nn.yaml:83:15
%2182 = matmul %2180, %1677 ta=1 tb=0 : f32[12,6] @ models/lib/nn.yaml:83:15
%2183 = reshape %2181 : f32[2,48,6] @ models/moco_pass.yaml:83:13
%2184 = mul %2183, %1675 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%2185 = mul %2183, %1661 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%2186 = reduce_sum %2185 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2187 = mul %1674, %1674 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2188 = mul %1674, %2187 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2189 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2190 = broadcast %2189 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2191 = mul %2188, %2190 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2192 = mul %2186, %2191 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2193 = div %2192, %1669 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%2194 = all_reduce_sum %2193 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2195 = div %2194, %1665 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2196 = broadcast %2195 : f32[2,48,6] @ models/moco_pass.yaml:82:25
%2197 = mul %2196, %1661 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2198 = add %2184, %2197 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2199 = mul %2196, %1661 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2200 = add %2198, %2199 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2201 = neg %2200 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%2202 = reduce_sum %2201 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2203 = div %2202, %1658 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%2204 = all_reduce_sum %2203 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2205 = div %2204, %1654 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2206 = broadcast %2205 : f32[2,48,6] @ models/moco_pass.yaml:80:24
%2207 = add %2200, %2206 : f32[2,48,6] @ models/moco_pass.yaml:80:24
%2208 = reshape %2207 : f32[96,6] @ models/moco_pass.yaml:79:13
%2209 = matmul %2208, %84 ta=0 tb=0 : f32[96,12] @ models/lib/nn.yaml:83:15
%2210 = matmul %2208, %1649 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2211 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2212 = broadcast %2211 : f32[96,12] @ models/moco_pass.yaml:70:16
%2213 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2214 = broadcast %2213 : f32[96,12] @ models/moco_pass.yaml:70:16
%2215 = mul %2209, %2214 : f32[96,12] @ models/moco_pass.yaml:70:16
%2216 = eq %1645, %1648 : bool[96,12] @ models/moco_pass.yaml:70:16
%2217 = select %2216, %2215, %2212 : f32[96,12] @ models/moco_pass.yaml:70:16
%2218 = gt %1645, %1648 : bool[96,12] @ models/moco_pass.yaml:70:16
%2219 = select %2218, %2209, %2217 : f32[96,12] @ models/moco_pass.yaml:70:16
%2220 = reduce_sum %2219 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:27
%2221 = reshape %2220 : f32[12] @ models/moco_pass.yaml:84:27
%2222 = mul %2219, %1642 : f32[96,12] @ models/moco_pass.yaml:84:18
%2223 = mul %2219, %1641 : f32[96,12] @ models/moco_pass.yaml:84:18
%2224 = reduce_sum %2223 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%2225 = reshape %2224 : f32[12] @ models/moco_pass.yaml:84:18
%2226 = reshape %2222 : f32[2,48,12] @ models/moco_pass.yaml:83:13
%2227 = mul %2226, %1639 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%2228 = mul %2226, %1625 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%2229 = reduce_sum %2228 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2230 = mul %1638, %1638 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2231 = mul %1638, %2230 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2232 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2233 = broadcast %2232 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2234 = mul %2231, %2233 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2235 = mul %2229, %2234 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2236 = div %2235, %1633 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%2237 = all_reduce_sum %2236 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2238 = div %2237, %1629 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2239 = broadcast %2238 : f32[2,48,12] @ models/moco_pass.yaml:82:25
%2240 = mul %2239, %1625 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2241 = add %2227, %2240 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2242 = mul %2239, %1625 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2243 = add %2241, %2242 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2244 = neg %2243 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%2245 = reduce_sum %2244 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2246 = div %2245, %1622 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%2247 = all_reduce_sum %2246 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2248 = div %2247, %1618 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2249 = broadcast %2248 : f32[2,48,12] @ models/moco_pass.yaml:80:24
%2250 = add %2243, %2249 : f32[2,48,12] @ models/moco_pass.yaml:80:24
%2251 = reshape %2250 : f32[96,12] @ models/moco_pass.yaml:79:13
%2252 = matmul %2251, %81 ta=0 tb=0 : f32[96,12] @ models/lib/nn.yaml:83:15
%2253 = matmul %2251, %1613 ta=1 tb=0 : f32[12,12] @ models/lib/nn.yaml:83:15
%2254 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2255 = broadcast %2254 : f32[96,12] @ models/moco_pass.yaml:70:16
%2256 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2257 = broadcast %2256 : f32[96,12] @ models/moco_pass.yaml:70:16
%2258 = mul %2252, %2257 : f32[96,12] @ models/moco_pass.yaml:70:16
%2259 = eq %1609, %1612 : bool[96,12] @ models/moco_pass.yaml:70:16
%2260 = select %2259, %2258, %2255 : f32[96,12] @ models/moco_pass.yaml:70:16
%2261 = gt %1609, %1612 : bool[96,12] @ models/moco_pass.yaml:70:16
%2262 = select %2261, %2252, %2260 : f32[96,12] @ models/moco_pass.yaml:70:16
%2263 = reduce_sum %2262 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:27
%2264 = reshape %2263 : f32[12] @ models/moco_pass.yaml:84:27
%2265 = mul %2262, %1606 : f32[96,12] @ models/moco_pass.yaml:84:18
%2266 = mul %2262, %1605 : f32[96,12] @ models/moco_pass.yaml:84:18
%2267 = reduce_sum %2266 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%2268 = reshape %2267 : f32[12] @ models/moco_pass.yaml:84:18
%2269 = reshape %2265 : f32[2,48,12] @ models/moco_pass.yaml:83:13
%2270 = mul %2269, %1603 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%2271 = mul %2269, %1589 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%2272 = reduce_sum %2271 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2273 = mul %1602, %1602 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2274 = mul %1602, %2273 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2275 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2276 = broadcast %2275 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2277 = mul %2274, %2276 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2278 = mul %2272, %2277 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2279 = div %2278, %1597 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%2280 = all_reduce_sum %2279 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2281 = div %2280, %1593 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2282 = broadcast %2281 : f32[2,48,12] @ models/moco_pass.yaml:82:25
%2283 = mul %2282, %1589 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2284 = add %2270, %2283 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2285 = mul %2282, %1589 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2286 = add %2284, %2285 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2287 = neg %2286 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%2288 = reduce_sum %2287 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2289 = div %2288, %1586 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%2290 = all_reduce_sum %2289 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2291 = div %2290, %1582 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2292 = broadcast %2291 : f32[2,48,12] @ models/moco_pass.yaml:80:24
%2293 = add %2286, %2292 : f32[2,48,12] @ models/moco_pass.yaml:80:24
%2294 = reshape %2293 : f32[96,12] @ models/moco_pass.yaml:79:13
%2295 = matmul %2294, %78 ta=0 tb=0 : f32[96,16] @ models/lib/nn.yaml:83:15
%2296 = matmul %2294, %1577 ta=1 tb=0 : f32[12,16] @ models/lib/nn.yaml:83:15
%2297 = reshape %2295 : f32[6,16,16] @ models/moco_pass.yaml:131:49
%2298 = pad %2297 lo=[0,1,0] hi=[0,0,0] value=0 : f32[6,17,16] @ models/moco_pass.yaml:131:58
%2299 = reshape %2110 : f32[2,3,8] @ models/moco_pass.yaml:83:13
%2300 = mul %2299, %1573 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%2301 = mul %2299, %1559 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%2302 = reduce_sum %2301 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2303 = mul %1572, %1572 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2304 = mul %1572, %2303 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2305 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2306 = broadcast %2305 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2307 = mul %2304, %2306 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2308 = mul %2302, %2307 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2309 = div %2308, %1567 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%2310 = all_reduce_sum %2309 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2311 = div %2310, %1563 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2312 = broadcast %2311 : f32[2,3,8] @ models/moco_pass.yaml:82:25
%2313 = mul %2312, %1559 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2314 = add %2300, %2313 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2315 = mul %2312, %1559 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2316 = add %2314, %2315 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2317 = neg %2316 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%2318 = reduce_sum %2317 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2319 = div %2318, %1556 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%2320 = all_reduce_sum %2319 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2321 = div %2320, %1552 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2322 = broadcast %2321 : f32[2,3,8] @ models/moco_pass.yaml:80:24
%2323 = add %2316, %2322 : f32[2,3,8] @ models/moco_pass.yaml:80:24
%2324 = reshape %2323 : f32[6,8] @ models/moco_pass.yaml:79:13
%2325 = matmul %2324, %77 ta=0 tb=0 : f32[6,24] @ models/lib/nn.yaml:83:15
%2326 = matmul %2324, %1547 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2327 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2328 = broadcast %2327 : f32[6,24] @ models/moco_pass.yaml:70:16
%2329 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2330 = broadcast %2329 : f32[6,24] @ models/moco_pass.yaml:70:16
%2331 = mul %2325, %2330 : f32[6,24] @ models/moco_pass.yaml:70:16
%2332 = eq %1543, %1546 : bool[6,24] @ models/moco_pass.yaml:70:16
%2333 = select %2332, %2331, %2328 : f32[6,24] @ models/moco_pass.yaml:70:16
%2334 = gt %1543, %1546 : bool[6,24] @ models/moco_pass.yaml:70:16
%2335 = select %2334, %2325, %2333 : f32[6,24] @ models/moco_pass.yaml:70:16
%2336 = reduce_sum %2335 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2337 = reshape %2336 : f32[24] @ models/moco_pass.yaml:84:27
%2338 = mul %2335, %1540 : f32[6,24] @ models/moco_pass.yaml:84:18
%2339 = mul %2335, %1539 : f32[6,24] @ models/moco_pass.yaml:84:18
%2340 = reduce_sum %2339 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2341 = reshape %2340 : f32[24] @ models/moco_pass.yaml:84:18
%2342 = reshape %2338 : f32[2,3,24] @ models/moco_pass.yaml:83:13
%2343 = mul %2342, %1537 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%2344 = mul %2342, %1523 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%2345 = reduce_sum %2344 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2346 = mul %1536, %1536 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2347 = mul %1536, %2346 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2348 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2349 = broadcast %2348 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2350 = mul %2347, %2349 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2351 = mul %2345, %2350 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2352 = div %2351, %1531 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%2353 = all_reduce_sum %2352 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2354 = div %2353, %1527 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2355 = broadcast %2354 : f32[2,3,24] @ models/moco_pass.yaml:82:25
%2356 = mul %2355, %1523 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2357 = add %2343, %2356 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2358 = mul %2355, %1523 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2359 = add %2357, %2358 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2360 = neg %2359 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%2361 = reduce_sum %2360 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2362 = div %2361, %1520 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%2363 = all_reduce_sum %2362 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2364 = div %2363, %1516 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2365 = broadcast %2364 : f32[2,3,24] @ models/moco_pass.yaml:80:24
%2366 = add %2359, %2365 : f32[2,3,24] @ models/moco_pass.yaml:80:24
%2367 = reshape %2366 : f32[6,24] @ models/moco_pass.yaml:79:13
%2368 = matmul %2367, %74 ta=0 tb=0 : f32[6,8] @ models/lib/nn.yaml:83:15
%2369 = matmul %2367, %1511 ta=1 tb=0 : f32[24,8] @ models/lib/nn.yaml:83:15
%2370 = reshape %2368 : f32[2,3,8] @ models/moco_pass.yaml:83:13
%2371 = mul %2370, %1509 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%2372 = mul %2370, %1495 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%2373 = reduce_sum %2372 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2374 = mul %1508, %1508 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2375 = mul %1508, %2374 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2376 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2377 = broadcast %2376 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2378 = mul %2375, %2377 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2379 = mul %2373, %2378 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2380 = div %2379, %1503 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%2381 = all_reduce_sum %2380 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2382 = div %2381, %1499 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2383 = broadcast %2382 : f32[2,3,8] @ models/moco_pass.yaml:82:25
%2384 = mul %2383, %1495 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2385 = add %2371, %2384 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2386 = mul %2383, %1495 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2387 = add %2385, %2386 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2388 = neg %2387 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%2389 = reduce_sum %2388 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2390 = div %2389, %1492 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%2391 = all_reduce_sum %2390 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2392 = div %2391, %1488 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2393 = broadcast %2392 : f32[2,3,8] @ models/moco_pass.yaml:80:24
%2394 = add %2387, %2393 : f32[2,3,8] @ models/moco_pass.yaml:80:24
%2395 = reshape %2394 : f32[6,8] @ models/moco_pass.yaml:79:13
%2396 = matmul %2395, %73 ta=0 tb=0 : f32[6,24] @ models/lib/nn.yaml:83:15
%2397 = matmul %2395, %1483 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2398 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2399 = broadcast %2398 : f32[6,24] @ models/moco_pass.yaml:70:16
%2400 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2401 = broadcast %2400 : f32[6,24] @ models/moco_pass.yaml:70:16
%2402 = mul %2396, %2401 : f32[6,24] @ models/moco_pass.yaml:70:16
%2403 = eq %1479, %1482 : bool[6,24] @ models/moco_pass.yaml:70:16
%2404 = select %2403, %2402, %2399 : f32[6,24] @ models/moco_pass.yaml:70:16
%2405 = gt %1479, %1482 : bool[6,24] @ models/moco_pass.yaml:70:16
%2406 = select %2405, %2396, %2404 : f32[6,24] @ models/moco_pass.yaml:70:16
%2407 = reduce_sum %2406 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2408 = reshape %2407 : f32[24] @ models/moco_pass.yaml:84:27
%2409 = mul %2406, %1476 : f32[6,24] @ models/moco_pass.yaml:84:18
%2410 = mul %2406, %1475 : f32[6,24] @ models/moco_pass.yaml:84:18
%2411 = reduce_sum %2410 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2412 = reshape %2411 : f32[24] @ models/moco_pass.yaml:84:18
%2413 = reshape %2409 : f32[2,3,24] @ models/moco_pass.yaml:83:13
%2414 = mul %2413, %1473 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%2415 = mul %2413, %1459 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%2416 = reduce_sum %2415 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2417 = mul %1472, %1472 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2418 = mul %1472, %2417 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2419 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2420 = broadcast %2419 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2421 = mul %2418, %2420 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2422 = mul %2416, %2421 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2423 = div %2422, %1467 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%2424 = all_reduce_sum %2423 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2425 = div %2424, %1463 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2426 = broadcast %2425 : f32[2,3,24] @ models/moco_pass.yaml:82:25
%2427 = mul %2426, %1459 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2428 = add %2414, %2427 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2429 = mul %2426, %1459 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2430 = add %2428, %2429 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2431 = neg %2430 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%2432 = reduce_sum %2431 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2433 = div %2432, %1456 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%2434 = all_reduce_sum %2433 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2435 = div %2434, %1452 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2436 = broadcast %2435 : f32[2,3,24] @ models/moco_pass.yaml:80:24
%2437 = add %2430, %2436 : f32[2,3,24] @ models/moco_pass.yaml:80:24
%2438 = reshape %2437 : f32[6,24] @ models/moco_pass.yaml:79:13
%2439 = matmul %2438, %70 ta=0 tb=0 : f32[6,24] @ models/lib/nn.yaml:83:15
%2440 = matmul %2438, %1447 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2441 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2442 = broadcast %2441 : f32[6,24] @ models/moco_pass.yaml:70:16
%2443 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2444 = broadcast %2443 : f32[6,24] @ models/moco_pass.yaml:70:16
%2445 = mul %2439, %2444 : f32[6,24] @ models/moco_pass.yaml:70:16
%2446 = eq %1443, %1446 : bool[6,24] @ models/moco_pass.yaml:70:16
%2447 = select %2446, %2445, %2442 : f32[6,24] @ models/moco_pass.yaml:70:16
%2448 = gt %1443, %1446 : bool[6,24] @ models/moco_pass.yaml:70:16
%2449 = select %2448, %2439, %2447 : f32[6,24] @ models/moco_pass.yaml:70:16
%2450 = reduce_sum %2449 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2451 = reshape %2450 : f32[24] @ models/moco_pass.yaml:84:27
%2452 = mul %2449, %1440 : f32[6,24] @ models/moco_pass.yaml:84:18
%2453 = mul %2449, %1439 : f32[6,24] @ models/moco_pass.yaml:84:18
%2454 = reduce_sum %2453 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2455 = reshape %2454 : f32[24] @ models/moco_pass.yaml:84:18
%2456 = reshape %2452 : f32[2,3,24] @ models/moco_pass.yaml:83:13
%2457 = mul %2456, %1437 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%2458 = mul %2456, %1423 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%2459 = reduce_sum %2458 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2460 = mul %1436, %1436 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2461 = mul %1436, %2460 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2462 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2463 = broadcast %2462 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2464 = mul %2461, %2463 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2465 = mul %2459, %2464 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2466 = div %2465, %1431 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%2467 = all_reduce_sum %2466 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2468 = div %2467, %1427 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2469 = broadcast %2468 : f32[2,3,24] @ models/moco_pass.yaml:82:25
%2470 = mul %2469, %1423 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2471 = add %2457, %2470 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2472 = mul %2469, %1423 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2473 = add %2471, %2472 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2474 = neg %2473 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%2475 = reduce_sum %2474 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2476 = div %2475, %1420 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%2477 = all_reduce_sum %2476 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2478 = div %2477, %1416 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2479 = broadcast %2478 : f32[2,3,24] @ models/moco_pass.yaml:80:24
%2480 = add %2473, %2479 : f32[2,3,24] @ models/moco_pass.yaml:80:24
%2481 = reshape %2480 : f32[6,24] @ models/moco_pass.yaml:79:13
%2482 = matmul %2481, %67 ta=0 tb=0 : f32[6,16] @ models/lib/nn.yaml:83:15
%2483 = matmul %2481, %1411 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2484 = reshape %2482 : f32[6,1,16] @ models/moco_pass.yaml:130:38
%2485 = pad %2484 lo=[0,0,0] hi=[0,16,0] value=0 : f32[6,17,16] @ models/moco_pass.yaml:130:38
%2486 = add %2298, %2485 : f32[6,17,16] @ models/moco_pass.yaml:130:38
%2487 = reduce_sum %2486 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2488 = reshape %2487 : f32[16] @ models/lib/nn.yaml:96:46
%2489 = mul %2486, %1406 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%2490 = mul %2486, %1405 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%2491 = reduce_sum %2490 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2492 = reshape %2491 : f32[16] @ models/lib/nn.yaml:96:37
%2493 = mul %2489, %1404 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%2494 = mul %2489, %1394 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%2495 = reduce_sum %2494 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:96:18
%2496 = mul %1403, %1403 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2497 = mul %1403, %2496 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2498 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2499 = broadcast %2498 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2500 = mul %2497, %2499 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2501 = mul %2495, %2500 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2502 = div %2501, %1398 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%2503 = broadcast %2502 : f32[6,17,16] @ models/lib/nn.yaml:95:15
%2504 = mul %2503, %1394 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2505 = add %2493, %2504 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2506 = mul %2503, %1394 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2507 = add %2505, %2506 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2508 = neg %2507 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%2509 = reduce_sum %2508 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:94:15
%2510 = div %2509, %1391 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%2511 = broadcast %2510 : f32[6,17,16] @ models/lib/nn.yaml:93:14
%2512 = add %2507, %2511 : f32[6,17,16] @ models/lib/nn.yaml:93:14
%2513 = slice %2512 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:111:21
%2514 = slice %2512 lo=[0,1,0] hi=[6,17,16] : f32[6,16,16] @ models/lib/vit.yaml:111:21
%2515 = reduce_sum %2513 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2516 = reshape %2515 : f32[16] @ models/lib/nn.yaml:84:18
%2517 = matmul %2513, %63 ta=0 tb=0 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%2518 = reshape %1383 : f32[6,64] @ models/lib/nn.yaml:83:15
%2519 = reshape %2513 : f32[6,16] @ models/lib/nn.yaml:83:15
%2520 = matmul %2519, %2518 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2521 = mul %2517, %1382 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%2522 = mul %2517, %1375 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%2523 = mul %1378, %1378 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2524 = neg %2523 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2525 = exp %2524 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2526 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2527 = broadcast %2526 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2528 = mul %2525, %2527 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2529 = mul %2522, %2528 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2530 = mul %2529, %1377 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%2531 = mul %2521, %1374 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%2532 = add %2530, %2531 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%2533 = reduce_sum %2532 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2534 = reshape %2533 : f32[64] @ models/lib/nn.yaml:84:18
%2535 = matmul %2532, %61 ta=0 tb=0 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%2536 = reshape %1369 : f32[6,16] @ models/lib/nn.yaml:83:15
%2537 = reshape %2532 : f32[6,64] @ models/lib/nn.yaml:83:15
%2538 = matmul %2537, %2536 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2539 = reduce_sum %2535 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2540 = reshape %2539 : f32[16] @ models/lib/nn.yaml:96:46
%2541 = mul %2535, %1366 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%2542 = mul %2535, %1365 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%2543 = reduce_sum %2542 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2544 = reshape %2543 : f32[16] @ models/lib/nn.yaml:96:37
%2545 = mul %2541, %1364 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%2546 = mul %2541, %1354 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%2547 = reduce_sum %2546 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:96:18
%2548 = mul %1363, %1363 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2549 = mul %1363, %2548 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2550 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2551 = broadcast %2550 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2552 = mul %2549, %2551 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2553 = mul %2547, %2552 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2554 = div %2553, %1358 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%2555 = broadcast %2554 : f32[6,1,16] @ models/lib/nn.yaml:95:15
%2556 = mul %2555, %1354 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2557 = add %2545, %2556 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2558 = mul %2555, %1354 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2559 = add %2557, %2558 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2560 = add %2513, %2559 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%2561 = neg %2559 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%2562 = reduce_sum %2561 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:94:15
%2563 = div %2562, %1351 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%2564 = broadcast %2563 : f32[6,1,16] @ models/lib/nn.yaml:93:14
%2565 = add %2560, %2564 : f32[6,1,16] @ models/lib/nn.yaml:93:14
%2566 = reduce_sum %2565 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2567 = reshape %2566 : f32[16] @ models/lib/nn.yaml:84:18
%2568 = matmul %2565, %57 ta=0 tb=0 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%2569 = reshape %1344 : f32[6,16] @ models/lib/nn.yaml:83:15
%2570 = reshape %2565 : f32[6,16] @ models/lib/nn.yaml:83:15
%2571 = matmul %2570, %2569 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2572 = reshape %2568 : f32[6,1,2,8] @ models/lib/nn.yaml:57:16
%2573 = permute %2572 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/nn.yaml:56:13
%2574 = matmul %2573, %1329 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:56:23
%2575 = matmul %1341, %2573 ta=1 tb=0 : f32[6,2,17,8] @ models/lib/nn.yaml:56:23
%2576 = div %2574, %1340 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%2577 = mul %2576, %1341 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%2578 = neg %2577 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%2579 = reduce_sum %2578 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:18
%2580 = broadcast %2579 : f32[6,2,1,17] @ models/lib/nn.yaml:15:20
%2581 = add %2576, %2580 : f32[6,2,1,17] @ models/lib/nn.yaml:15:20
%2582 = mul %2581, %1338 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%2583 = mul %2582, %1332 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%2584 = matmul %2583, %1324 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:55:23
%2585 = matmul %2583, %1319 ta=1 tb=0 : f32[6,2,17,8] @ models/lib/nn.yaml:55:23
%2586 = permute %2575 perm=[0,2,1,3] : f32[6,17,2,8] @ models/lib/vit.yaml:80:14
%2587 = reshape %2586 : f32[6,17,16] @ models/lib/vit.yaml:80:22
%2588 = reduce_sum %2587 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2589 = reshape %2588 : f32[16] @ models/lib/nn.yaml:84:18
%2590 = matmul %2587, %55 ta=0 tb=0 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%2591 = reshape %1313 : f32[102,16] @ models/lib/nn.yaml:83:15
%2592 = reshape %2587 : f32[102,16] @ models/lib/nn.yaml:83:15
%2593 = matmul %2592, %2591 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2594 = permute %2585 perm=[0,2,1,3] : f32[6,17,2,8] @ models/lib/vit.yaml:79:14
%2595 = reshape %2594 : f32[6,17,16] @ models/lib/vit.yaml:79:22
%2596 = reduce_sum %2595 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2597 = reshape %2596 : f32[16] @ models/lib/nn.yaml:84:18
%2598 = matmul %2595, %53 ta=0 tb=0 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%2599 = add %2590, %2598 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%2600 = reshape %1313 : f32[102,16] @ models/lib/nn.yaml:83:15
%2601 = reshape %2595 : f32[102,16] @ models/lib/nn.yaml:83:15
%2602 = matmul %2601, %2600 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2603 = permute %2584 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/vit.yaml:78:14
%2604 = reshape %2603 : f32[6,1,16] @ models/lib/vit.yaml:78:22
%2605 = reduce_sum %2604 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2606 = reshape %2605 : f32[16] @ models/lib/nn.yaml:84:18
%2607 = matmul %2604, %51 ta=0 tb=0 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%2608 = reshape %1314 : f32[6,16] @ models/lib/nn.yaml:83:15
%2609 = reshape %2604 : f32[6,16] @ models/lib/nn.yaml:83:15
%2610 = matmul %2609, %2608 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2611 = pad %2607 lo=[0,0,0] hi=[0,16,0] value=0 : f32[6,17,16] @ models/lib/vit.yaml:78:33
%2612 = add %2599, %2611 : f32[6,17,16] @ models/lib/vit.yaml:78:33
%2613 = reduce_sum %2612 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2614 = reshape %2613 : f32[16] @ models/lib/nn.yaml:96:46
%2615 = mul %2612, %1310 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%2616 = mul %2612, %1309 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%2617 = reduce_sum %2616 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2618 = reshape %2617 : f32[16] @ models/lib/nn.yaml:96:37
%2619 = mul %2615, %1308 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%2620 = mul %2615, %1298 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%2621 = reduce_sum %2620 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:96:18
%2622 = mul %1307, %1307 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2623 = mul %1307, %2622 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2624 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2625 = broadcast %2624 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2626 = mul %2623, %2625 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2627 = mul %2621, %2626 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2628 = div %2627, %1302 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%2629 = broadcast %2628 : f32[6,17,16] @ models/lib/nn.yaml:95:15
%2630 = mul %2629, %1298 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2631 = add %2619, %2630 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2632 = mul %2629, %1298 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2633 = add %2631, %2632 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2634 = neg %2633 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%2635 = reduce_sum %2634 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:94:15
%2636 = div %2635, %1295 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%2637 = broadcast %2636 : f32[6,17,16] @ models/lib/nn.yaml:93:14
%2638 = add %2633, %2637 : f32[6,17,16] @ models/lib/nn.yaml:93:14
%2639 = slice %2638 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:95:24
%2640 = add %2565, %2639 : f32[6,1,16] @ models/lib/vit.yaml:95:24
%2641 = slice %2638 lo=[0,1,0] hi=[6,17,16] : f32[6,16,16] @ models/lib/vit.yaml:95:24
%2642 = add %2514, %2641 : f32[6,16,16] @ models/lib/vit.yaml:95:24
%2643 = reduce_sum %2640 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2644 = reshape %2643 : f32[16] @ models/lib/nn.yaml:84:18
%2645 = matmul %2640, %47 ta=0 tb=0 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%2646 = reshape %1287 : f32[6,64] @ models/lib/nn.yaml:83:15
%2647 = reshape %2640 : f32[6,16] @ models/lib/nn.yaml:83:15
%2648 = matmul %2647, %2646 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2649 = mul %2645, %1286 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%2650 = mul %2645, %1279 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%2651 = mul %1282, %1282 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2652 = neg %2651 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2653 = exp %2652 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2654 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2655 = broadcast %2654 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2656 = mul %2653, %2655 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2657 = mul %2650, %2656 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2658 = mul %2657, %1281 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%2659 = mul %2649, %1278 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%2660 = add %2658, %2659 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%2661 = reduce_sum %2660 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2662 = reshape %2661 : f32[64] @ models/lib/nn.yaml:84:18
%2663 = matmul %2660, %45 ta=0 tb=0 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%2664 = reshape %1273 : f32[6,16] @ models/lib/nn.yaml:83:15
%2665 = reshape %2660 : f32[6,64] @ models/lib/nn.yaml:83:15
%2666 = matmul %2665, %2664 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2667 = reduce_sum %2663 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2668 = reshape %2667 : f32[16] @ models/lib/nn.yaml:96:46
%2669 = mul %2663, %1270 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%2670 = mul %2663, %1269 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%2671 = reduce_sum %2670 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2672 = reshape %2671 : f32[16] @ models/lib/nn.yaml:96:37
%2673 = mul %2669, %1268 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%2674 = mul %2669, %1258 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%2675 = reduce_sum %2674 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:96:18
%2676 = mul %1267, %1267 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2677 = mul %1267, %2676 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2678 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2679 = broadcast %2678 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2680 = mul %2677, %2679 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2681 = mul %2675, %2680 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2682 = div %2681, %1262 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%2683 = broadcast %2682 : f32[6,1,16] @ models/lib/nn.yaml:95:15
%2684 = mul %2683, %1258 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2685 = add %2673, %2684 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2686 = mul %2683, %1258 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2687 = add %2685, %2686 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2688 = add %2640, %2687 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%2689 = neg %2687 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%2690 = reduce_sum %2689 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:94:15
%2691 = div %2690, %1255 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%2692 = broadcast %2691 : f32[6,1,16] @ models/lib/nn.yaml:93:14
%2693 = add %2688, %2692 : f32[6,1,16] @ models/lib/nn.yaml:93:14
%2694 = reduce_sum %2693 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2695 = reshape %2694 : f32[16] @ models/lib/nn.yaml:84:18
%2696 = matmul %2693, %41 ta=0 tb=0 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%2697 = reshape %1248 : f32[6,16] @ models/lib/nn.yaml:83:15
%2698 = reshape %2693 : f32[6,16] @ models/lib/nn.yaml:83:15
%2699 = matmul %2698, %2697 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2700 = reshape %2696 : f32[6,1,2,8] @ models/lib/nn.yaml:57:16
%2701 = permute %2700 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/nn.yaml:56:13
%2702 = matmul %2701, %1233 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:56:23
%2703 = matmul %1245, %2701 ta=1 tb=0 : f32[6,2,17,8] @ models/lib/nn.yaml:56:23
%2704 = div %2702, %1244 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%2705 = mul %2704, %1245 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%2706 = neg %2705 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%2707 = reduce_sum %2706 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:18
%2708 = broadcast %2707 : f32[6,2,1,17] @ models/lib/nn.yaml:15:20
%2709 = add %2704, %2708 : f32[6,2,1,17] @ models/lib/nn.yaml:15:20
%2710 = mul %2709, %1242 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%2711 = mul %2710, %1236 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%2712 = matmul %2711, %1228 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:55:23
%2713 = matmul %2711, %1223 ta=1 tb=0 : f32[6,2,17,8] @ models/lib/nn.yaml:55:23
%2714 = permute %2703 perm=[0,2,1,3] : f32[6,17,2,8] @ models/lib/vit.yaml:80:14
%2715 = reshape %2714 : f32[6,17,16] @ models/lib/vit.yaml:80:22
%2716 = reduce_sum %2715 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2717 = reshape %2716 : f32[16] @ models/lib/nn.yaml:84:18
%2718 = matmul %2715, %39 ta=0 tb=0 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%2719 = reshape %1217 : f32[102,16] @ models/lib/nn.yaml:83:15
%2720 = reshape %2715 : f32[102,16] @ models/lib/nn.yaml:83:15
%2721 = matmul %2720, %2719 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2722 = permute %2713 perm=[0,2,1,3] : f32[6,17,2,8] @ models/lib/vit.yaml:79:14
%2723 = reshape %2722 : f32[6,17,16] @ models/lib/vit.yaml:79:22
%2724 = reduce_sum %2723 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2725 = reshape %2724 : f32[16] @ models/lib/nn.yaml:84:18
%2726 = matmul %2723, %37 ta=0 tb=0 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%2727 = add %2718, %2726 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%2728 = reshape %1217 : f32[102,16] @ models/lib/nn.yaml:83:15
%2729 = reshape %2723 : f32[102,16] @ models/lib/nn.yaml:83:15
%2730 = matmul %2729, %2728 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2731 = permute %2712 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/vit.yaml:78:14
%2732 = reshape %2731 : f32[6,1,16] @ models/lib/vit.yaml:78:22
%2733 = reduce_sum %2732 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2734 = reshape %2733 : f32[16] @ models/lib/nn.yaml:84:18
%2735 = matmul %2732, %35 ta=0 tb=0 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%2736 = reshape %1218 : f32[6,16] @ models/lib/nn.yaml:83:15
%2737 = reshape %2732 : f32[6,16] @ models/lib/nn.yaml:83:15
%2738 = matmul %2737, %2736 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2739 = pad %2735 lo=[0,0,0] hi=[0,16,0] value=0 : f32[6,17,16] @ models/lib/vit.yaml:78:33
%2740 = add %2727, %2739 : f32[6,17,16] @ models/lib/vit.yaml:78:33
%2741 = reduce_sum %2740 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2742 = reshape %2741 : f32[16] @ models/lib/nn.yaml:96:46
%2743 = mul %2740, %1214 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%2744 = mul %2740, %1213 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%2745 = reduce_sum %2744 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2746 = reshape %2745 : f32[16] @ models/lib/nn.yaml:96:37
%2747 = mul %2743, %1212 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%2748 = mul %2743, %1202 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%2749 = reduce_sum %2748 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:96:18
%2750 = mul %1211, %1211 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2751 = mul %1211, %2750 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2752 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2753 = broadcast %2752 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2754 = mul %2751, %2753 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2755 = mul %2749, %2754 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2756 = div %2755, %1206 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%2757 = broadcast %2756 : f32[6,17,16] @ models/lib/nn.yaml:95:15
%2758 = mul %2757, %1202 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2759 = add %2747, %2758 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2760 = mul %2757, %1202 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2761 = add %2759, %2760 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2762 = neg %2761 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%2763 = reduce_sum %2762 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:94:15
%2764 = div %2763, %1199 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%2765 = broadcast %2764 : f32[6,17,16] @ models/lib/nn.yaml:93:14
%2766 = add %2761, %2765 : f32[6,17,16] @ models/lib/nn.yaml:93:14
%2767 = slice %2766 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:95:24
%2768 = add %2693, %2767 : f32[6,1,16] @ models/lib/vit.yaml:95:24
%2769 = slice %2766 lo=[0,1,0] hi=[6,17,16] : f32[6,16,16] @ models/lib/vit.yaml:95:24
%2770 = add %2642, %2769 : f32[6,16,16] @ models/lib/vit.yaml:95:24
%2771 = reduce_sum %2768 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%2772 = mul %2770, %1192 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%2773 = div %2772, %1184 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%2774 = reduce_sum %2773 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2775 = reshape %2774 : f32[16] @ models/lib/nn.yaml:84:18
%2776 = matmul %2773, %30 ta=0 tb=0 : f32[6,16,64] @ models/lib/nn.yaml:83:15
%2777 = reshape %1179 : f32[96,64] @ models/lib/nn.yaml:83:15
%2778 = reshape %2773 : f32[96,16] @ models/lib/nn.yaml:83:15
%2779 = matmul %2778, %2777 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2780 = mul %2776, %1178 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%2781 = mul %2776, %1171 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%2782 = mul %1174, %1174 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2783 = neg %2782 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2784 = exp %2783 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2785 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2786 = broadcast %2785 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2787 = mul %2784, %2786 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2788 = mul %2781, %2787 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2789 = mul %2788, %1173 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%2790 = mul %2780, %1170 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%2791 = add %2789, %2790 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%2792 = reduce_sum %2791 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2793 = reshape %2792 : f32[64] @ models/lib/nn.yaml:84:18
%2794 = matmul %2791, %28 ta=0 tb=0 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%2795 = reshape %1165 : f32[96,16] @ models/lib/nn.yaml:83:15
%2796 = reshape %2791 : f32[96,64] @ models/lib/nn.yaml:83:15
%2797 = matmul %2796, %2795 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2798 = reduce_sum %2794 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2799 = reshape %2798 : f32[16] @ models/lib/nn.yaml:96:46
%2800 = mul %2794, %1162 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%2801 = mul %2794, %1161 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%2802 = reduce_sum %2801 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2803 = reshape %2802 : f32[16] @ models/lib/nn.yaml:96:37
%2804 = mul %2800, %1160 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%2805 = mul %2800, %1150 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%2806 = reduce_sum %2805 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:96:18
%2807 = mul %1159, %1159 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2808 = mul %1159, %2807 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2809 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2810 = broadcast %2809 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2811 = mul %2808, %2810 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2812 = mul %2806, %2811 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2813 = div %2812, %1154 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%2814 = broadcast %2813 : f32[6,16,16] @ models/lib/nn.yaml:95:15
%2815 = mul %2814, %1150 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2816 = add %2804, %2815 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2817 = mul %2814, %1150 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2818 = add %2816, %2817 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2819 = add %2770, %2818 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%2820 = neg %2818 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%2821 = reduce_sum %2820 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:94:15
%2822 = div %2821, %1147 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%2823 = broadcast %2822 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%2824 = add %2819, %2823 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%2825 = mul %2824, %1142 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%2826 = div %2825, %1133 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%2827 = reduce_sum %2826 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2828 = reshape %2827 : f32[16] @ models/lib/nn.yaml:84:18
%2829 = matmul %2826, %24 ta=0 tb=0 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%2830 = reshape %1128 : f32[96,16] @ models/lib/nn.yaml:83:15
%2831 = reshape %2826 : f32[96,16] @ models/lib/nn.yaml:83:15
%2832 = matmul %2831, %2830 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2833 = reshape %2829 : f32[6,16,2,8] @ models/lib/nn.yaml:57:16
%2834 = permute %2833 perm=[0,2,1,3] : f32[6,2,16,8] @ models/lib/nn.yaml:56:13
%2835 = matmul %2834, %1113 ta=0 tb=1 : f32[6,2,16,16] @ models/lib/nn.yaml:56:23
%2836 = matmul %1125, %2834 ta=1 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:56:23
%2837 = div %2835, %1124 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%2838 = mul %2837, %1125 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%2839 = neg %2838 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%2840 = reduce_sum %2839 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:15:18
%2841 = broadcast %2840 : f32[6,2,16,16] @ models/lib/nn.yaml:15:20
%2842 = add %2837, %2841 : f32[6,2,16,16] @ models/lib/nn.yaml:15:20
%2843 = mul %2842, %1122 : f32[6,2,16,16] @ models/lib/nn.yaml:14:13
%2844 = mul %2843, %1116 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%2845 = matmul %2844, %1111 ta=0 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:55:23
%2846 = matmul %2844, %1109 ta=1 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:55:23
%2847 = reshape %2836 : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:40
%2848 = pad %2847 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:40
%2849 = reshape %2846 : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:34
%2850 = pad %2849 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:34
%2851 = add %2848, %2850 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:34
%2852 = reshape %2845 : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:28
%2853 = pad %2852 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:28
%2854 = add %2851, %2853 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:28
%2855 = permute %2854 perm=[1,3,0,2,4] : f32[6,16,3,2,8] @ models/lib/nn.yaml:66:13
%2856 = reshape %2855 : f32[6,16,48] @ models/lib/nn.yaml:66:21
%2857 = reduce_sum %2856 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2858 = reshape %2857 : f32[48] @ models/lib/nn.yaml:84:18
%2859 = matmul %2856, %22 ta=0 tb=0 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%2860 = reshape %1102 : f32[96,16] @ models/lib/nn.yaml:83:15
%2861 = reshape %2856 : f32[96,48] @ models/lib/nn.yaml:83:15
%2862 = matmul %2861, %2860 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2863 = reduce_sum %2859 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2864 = reshape %2863 : f32[16] @ models/lib/nn.yaml:96:46
%2865 = mul %2859, %1099 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%2866 = mul %2859, %1098 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%2867 = reduce_sum %2866 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2868 = reshape %2867 : f32[16] @ models/lib/nn.yaml:96:37
%2869 = mul %2865, %1097 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%2870 = mul %2865, %1087 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%2871 = reduce_sum %2870 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:96:18
%2872 = mul %1096, %1096 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2873 = mul %1096, %2872 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2874 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2875 = broadcast %2874 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2876 = mul %2873, %2875 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2877 = mul %2871, %2876 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2878 = div %2877, %1091 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%2879 = broadcast %2878 : f32[6,16,16] @ models/lib/nn.yaml:95:15
%2880 = mul %2879, %1087 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2881 = add %2869, %2880 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2882 = mul %2879, %1087 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2883 = add %2881, %2882 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2884 = add %2824, %2883 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%2885 = neg %2883 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%2886 = reduce_sum %2885 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:94:15
%2887 = div %2886, %1084 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%2888 = broadcast %2887 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%2889 = add %2884, %2888 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%2890 = reduce_sum %2889 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2891 = reshape %2890 : f32[16] @ models/lib/nn.yaml:84:18
%2892 = matmul %2889, %18 ta=0 tb=0 : f32[6,16,64] @ models/lib/nn.yaml:83:15
%2893 = reshape %1077 : f32[96,64] @ models/lib/nn.yaml:83:15
%2894 = reshape %2889 : f32[96,16] @ models/lib/nn.yaml:83:15
%2895 = matmul %2894, %2893 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2896 = mul %2892, %1076 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%2897 = mul %2892, %1069 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%2898 = mul %1072, %1072 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2899 = neg %2898 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2900 = exp %2899 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2901 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2902 = broadcast %2901 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2903 = mul %2900, %2902 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2904 = mul %2897, %2903 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2905 = mul %2904, %1071 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%2906 = mul %2896, %1068 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%2907 = add %2905, %2906 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%2908 = reduce_sum %2907 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2909 = reshape %2908 : f32[64] @ models/lib/nn.yaml:84:18
%2910 = matmul %2907, %16 ta=0 tb=0 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%2911 = reshape %1063 : f32[96,16] @ models/lib/nn.yaml:83:15
%2912 = reshape %2907 : f32[96,64] @ models/lib/nn.yaml:83:15
%2913 = matmul %2912, %2911 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2914 = reduce_sum %2910 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2915 = reshape %2914 : f32[16] @ models/lib/nn.yaml:96:46
%2916 = mul %2910, %1060 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%2917 = mul %2910, %1059 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%2918 = reduce_sum %2917 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2919 = reshape %2918 : f32[16] @ models/lib/nn.yaml:96:37
%2920 = mul %2916, %1058 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%2921 = mul %2916, %1048 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%2922 = reduce_sum %2921 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:96:18
%2923 = mul %1057, %1057 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2924 = mul %1057, %2923 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2925 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2926 = broadcast %2925 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2927 = mul %2924, %2926 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2928 = mul %2922, %2927 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2929 = div %2928, %1052 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%2930 = broadcast %2929 : f32[6,16,16] @ models/lib/nn.yaml:95:15
%2931 = mul %2930, %1048 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2932 = add %2920, %2931 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2933 = mul %2930, %1048 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2934 = add %2932, %2933 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2935 = add %2889, %2934 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%2936 = neg %2934 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%2937 = reduce_sum %2936 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:94:15
%2938 = div %2937, %1045 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%2939 = broadcast %2938 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%2940 = add %2935, %2939 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%2941 = reduce_sum %2940 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2942 = reshape %2941 : f32[16] @ models/lib/nn.yaml:84:18
%2943 = matmul %2940, %12 ta=0 tb=0 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%2944 = reshape %1038 : f32[96,16] @ models/lib/nn.yaml:83:15
%2945 = reshape %2940 : f32[96,16] @ models/lib/nn.yaml:83:15
%2946 = matmul %2945, %2944 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2947 = reshape %2943 : f32[6,16,2,8] @ models/lib/nn.yaml:57:16
%2948 = permute %2947 perm=[0,2,1,3] : f32[6,2,16,8] @ models/lib/nn.yaml:56:13
%2949 = matmul %2948, %1023 ta=0 tb=1 : f32[6,2,16,16] @ models/lib/nn.yaml:56:23
%2950 = matmul %1035, %2948 ta=1 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:56:23
%2951 = div %2949, %1034 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%2952 = mul %2951, %1035 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%2953 = neg %2952 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%2954 = reduce_sum %2953 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:15:18
%2955 = broadcast %2954 : f32[6,2,16,16] @ models/lib/nn.yaml:15:20
%2956 = add %2951, %2955 : f32[6,2,16,16] @ models/lib/nn.yaml:15:20
%2957 = mul %2956, %1032 : f32[6,2,16,16] @ models/lib/nn.yaml:14:13
%2958 = mul %2957, %1026 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%2959 = matmul %2958, %1021 ta=0 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:55:23
%2960 = matmul %2958, %1019 ta=1 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:55:23
%2961 = reshape %2950 : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:40
%2962 = pad %2961 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:40
%2963 = reshape %2960 : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:34
%2964 = pad %2963 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:34
%2965 = add %2962, %2964 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:34
%2966 = reshape %2959 : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:28
%2967 = pad %2966 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:28
%2968 = add %2965, %2967 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:28
%2969 = permute %2968 perm=[1,3,0,2,4] : f32[6,16,3,2,8] @ models/lib/nn.yaml:66:13
%2970 = reshape %2969 : f32[6,16,48] @ models/lib/nn.yaml:66:21
%2971 = reduce_sum %2970 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2972 = reshape %2971 : f32[48] @ models/lib/nn.yaml:84:18
%2973 = matmul %2970, %10 ta=0 tb=0 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%2974 = reshape %1012 : f32[96,16] @ models/lib/nn.yaml:83:15
%2975 = reshape %2970 : f32[96,48] @ models/lib/nn.yaml:83:15
%2976 = matmul %2975, %2974 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2977 = reduce_sum %2973 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2978 = reshape %2977 : f32[16] @ models/lib/nn.yaml:96:46
%2979 = mul %2973, %1009 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%2980 = mul %2973, %1008 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%2981 = reduce_sum %2980 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2982 = reshape %2981 : f32[16] @ models/lib/nn.yaml:96:37
%2983 = mul %2979, %1007 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%2984 = mul %2979, %997 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%2985 = reduce_sum %2984 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:96:18
%2986 = mul %1006, %1006 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2987 = mul %1006, %2986 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2988 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2989 = broadcast %2988 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2990 = mul %2987, %2989 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2991 = mul %2985, %2990 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2992 = div %2991, %1001 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%2993 = broadcast %2992 : f32[6,16,16] @ models/lib/nn.yaml:95:15
%2994 = mul %2993, %997 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2995 = add %2983, %2994 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2996 = mul %2993, %997 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2997 = add %2995, %2996 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2998 = add %2940, %2997 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%2999 = neg %2997 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%3000 = reduce_sum %2999 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:94:15
%3001 = div %3000, %994 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%3002 = broadcast %3001 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%3003 = add %2998, %3002 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%3004 = reduce_sum %3003 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%3005 = reduce_sum %3003 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%3006 = reshape %3005 : f32[16] @ models/lib/vit.yaml:17:71
%3007 = reshape %985 : f32[96,48] @ models/lib/vit.yaml:17:18
%3008 = reshape %3003 : f32[96,16] @ models/lib/vit.yaml:17:18
%3009 = matmul %3008, %3007 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%3010 = reshape %3009 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%3011 = all_reduce_sum %3004 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3012 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3013 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3014 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%3015 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%3016 = add %3014, %3015 : i64[] @ models/lib/vit.yaml:48:7
%3017 = mul %1943, %1944 : f64[] @ models/lib/vit.yaml:48:7
%3018 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3019 = sub %3018, %3017 : f64[] @ models/lib/vit.yaml:48:7
%3020 = cast %3019 : f32[] @ models/lib/vit.yaml:48:7
%3021 = broadcast %3020 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3022 = mul %5, %3021 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3023 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:48:7
%3024 = cast %3023 : f32[] @ models/lib/vit.yaml:48:7
%3025 = broadcast %3024 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3026 = mul %3011, %3025 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3027 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3028 = cast %3027 : f32[] @ models/lib/vit.yaml:48:7
%3029 = broadcast %3028 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3030 = mul %3012, %3029 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3031 = add %3030, %3026 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3032 = mul %3011, %3011 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3033 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:48:7
%3034 = cast %3033 : f32[] @ models/lib/vit.yaml:48:7
%3035 = broadcast %3034 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3036 = mul %3032, %3035 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3037 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3038 = cast %3037 : f32[] @ models/lib/vit.yaml:48:7
%3039 = broadcast %3038 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3040 = mul %3013, %3039 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3041 = add %3040, %3036 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3042 = cast %3016 : f64[] @ models/lib/vit.yaml:48:7
%3043 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3044 = pow %3043, %3042 : f64[] @ models/lib/vit.yaml:48:7
%3045 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3046 = sub %3045, %3044 : f64[] @ models/lib/vit.yaml:48:7
%3047 = div %1943, %3046 : f64[] @ models/lib/vit.yaml:48:7
%3048 = cast %3016 : f64[] @ models/lib/vit.yaml:48:7
%3049 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3050 = pow %3049, %3048 : f64[] @ models/lib/vit.yaml:48:7
%3051 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3052 = sub %3051, %3050 : f64[] @ models/lib/vit.yaml:48:7
%3053 = sqrt %3052 : f64[] @ models/lib/vit.yaml:48:7
%3054 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3055 = div %3054, %3053 : f64[] @ models/lib/vit.yaml:48:7
%3056 = sqrt %3041 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3057 = cast %3055 : f32[] @ models/lib/vit.yaml:48:7
%3058 = broadcast %3057 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3059 = mul %3056, %3058 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3060 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:48:7
%3061 = cast %3060 : f32[] @ models/lib/vit.yaml:48:7
%3062 = broadcast %3061 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3063 = add %3059, %3062 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3064 = div %3031, %3063 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3065 = cast %3047 : f32[] @ models/lib/vit.yaml:48:7
%3066 = broadcast %3065 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3067 = mul %3064, %3066 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3068 = sub %3022, %3067 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3069 = assign %5, %3068 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3070 = assign %3012, %3031 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3071 = assign %3013, %3041 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3072 = assign %3014, %3016 : i64[] @ models/lib/vit.yaml:48:7
%3073 = cast %1945 : f32[] @ models/lib/vit.yaml:48:7
%3074 = broadcast %3073 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3075 = mul %89, %3074 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3076 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3077 = sub %3076, %1945 : f64[] @ models/lib/vit.yaml:48:7
%3078 = cast %3077 : f32[] @ models/lib/vit.yaml:48:7
%3079 = broadcast %3078 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3080 = mul %3068, %3079 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3081 = add %3075, %3080 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3082 = assign %89, %3081 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3083 = all_reduce_sum %3010 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3084 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3085 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3086 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%3087 = const data=[1] : i64[] @ models/lib/vit.yaml:9:7
%3088 = add %3086, %3087 : i64[] @ models/lib/vit.yaml:9:7
%3089 = mul %1943, %1944 : f64[] @ models/lib/vit.yaml:9:7
%3090 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3091 = sub %3090, %3089 : f64[] @ models/lib/vit.yaml:9:7
%3092 = cast %3091 : f32[] @ models/lib/vit.yaml:9:7
%3093 = broadcast %3092 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3094 = mul %6, %3093 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3095 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:9:7
%3096 = cast %3095 : f32[] @ models/lib/vit.yaml:9:7
%3097 = broadcast %3096 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3098 = mul %3083, %3097 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3099 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%3100 = cast %3099 : f32[] @ models/lib/vit.yaml:9:7
%3101 = broadcast %3100 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3102 = mul %3084, %3101 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3103 = add %3102, %3098 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3104 = mul %3083, %3083 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3105 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:9:7
%3106 = cast %3105 : f32[] @ models/lib/vit.yaml:9:7
%3107 = broadcast %3106 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3108 = mul %3104, %3107 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3109 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%3110 = cast %3109 : f32[] @ models/lib/vit.yaml:9:7
%3111 = broadcast %3110 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3112 = mul %3085, %3111 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3113 = add %3112, %3108 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3114 = cast %3088 : f64[] @ models/lib/vit.yaml:9:7
%3115 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%3116 = pow %3115, %3114 : f64[] @ models/lib/vit.yaml:9:7
%3117 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3118 = sub %3117, %3116 : f64[] @ models/lib/vit.yaml:9:7
%3119 = div %1943, %3118 : f64[] @ models/lib/vit.yaml:9:7
%3120 = cast %3088 : f64[] @ models/lib/vit.yaml:9:7
%3121 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%3122 = pow %3121, %3120 : f64[] @ models/lib/vit.yaml:9:7
%3123 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3124 = sub %3123, %3122 : f64[] @ models/lib/vit.yaml:9:7
%3125 = sqrt %3124 : f64[] @ models/lib/vit.yaml:9:7
%3126 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3127 = div %3126, %3125 : f64[] @ models/lib/vit.yaml:9:7
%3128 = sqrt %3113 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3129 = cast %3127 : f32[] @ models/lib/vit.yaml:9:7
%3130 = broadcast %3129 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3131 = mul %3128, %3130 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3132 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:9:7
%3133 = cast %3132 : f32[] @ models/lib/vit.yaml:9:7
%3134 = broadcast %3133 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3135 = add %3131, %3134 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3136 = div %3103, %3135 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3137 = cast %3119 : f32[] @ models/lib/vit.yaml:9:7
%3138 = broadcast %3137 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3139 = mul %3136, %3138 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3140 = sub %3094, %3139 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3141 = assign %6, %3140 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3142 = assign %3084, %3103 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3143 = assign %3085, %3113 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3144 = assign %3086, %3088 : i64[] @ models/lib/vit.yaml:9:7
%3145 = cast %1945 : f32[] @ models/lib/vit.yaml:9:7
%3146 = broadcast %3145 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3147 = mul %90, %3146 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3148 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3149 = sub %3148, %1945 : f64[] @ models/lib/vit.yaml:9:7
%3150 = cast %3149 : f32[] @ models/lib/vit.yaml:9:7
%3151 = broadcast %3150 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3152 = mul %3140, %3151 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3153 = add %3147, %3152 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3154 = assign %90, %3153 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3155 = all_reduce_sum %3006 : f32[16] @ models/lib/vit.yaml:10:7
%3156 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3157 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3158 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%3159 = const data=[1] : i64[] @ models/lib/vit.yaml:10:7
%3160 = add %3158, %3159 : i64[] @ models/lib/vit.yaml:10:7
%3161 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:10:7
%3162 = cast %3161 : f32[] @ models/lib/vit.yaml:10:7
%3163 = broadcast %3162 : f32[16] @ models/lib/vit.yaml:10:7
%3164 = mul %3155, %3163 : f32[16] @ models/lib/vit.yaml:10:7
%3165 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%3166 = cast %3165 : f32[] @ models/lib/vit.yaml:10:7
%3167 = broadcast %3166 : f32[16] @ models/lib/vit.yaml:10:7
%3168 = mul %3156, %3167 : f32[16] @ models/lib/vit.yaml:10:7
%3169 = add %3168, %3164 : f32[16] @ models/lib/vit.yaml:10:7
%3170 = mul %3155, %3155 : f32[16] @ models/lib/vit.yaml:10:7
%3171 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:10:7
%3172 = cast %3171 : f32[] @ models/lib/vit.yaml:10:7
%3173 = broadcast %3172 : f32[16] @ models/lib/vit.yaml:10:7
%3174 = mul %3170, %3173 : f32[16] @ models/lib/vit.yaml:10:7
%3175 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%3176 = cast %3175 : f32[] @ models/lib/vit.yaml:10:7
%3177 = broadcast %3176 : f32[16] @ models/lib/vit.yaml:10:7
%3178 = mul %3157, %3177 : f32[16] @ models/lib/vit.yaml:10:7
%3179 = add %3178, %3174 : f32[16] @ models/lib/vit.yaml:10:7
%3180 = cast %3160 : f64[] @ models/lib/vit.yaml:10:7
%3181 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%3182 = pow %3181, %3180 : f64[] @ models/lib/vit.yaml:10:7
%3183 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3184 = sub %3183, %3182 : f64[] @ models/lib/vit.yaml:10:7
%3185 = div %1943, %3184 : f64[] @ models/lib/vit.yaml:10:7
%3186 = cast %3160 : f64[] @ models/lib/vit.yaml:10:7
%3187 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%3188 = pow %3187, %3186 : f64[] @ models/lib/vit.yaml:10:7
%3189 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3190 = sub %3189, %3188 : f64[] @ models/lib/vit.yaml:10:7
%3191 = sqrt %3190 : f64[] @ models/lib/vit.yaml:10:7
%3192 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3193 = div %3192, %3191 : f64[] @ models/lib/vit.yaml:10:7
%3194 = sqrt %3179 : f32[16] @ models/lib/vit.yaml:10:7
%3195 = cast %3193 : f32[] @ models/lib/vit.yaml:10:7
%3196 = broadcast %3195 : f32[16] @ models/lib/vit.yaml:10:7
%3197 = mul %3194, %3196 : f32[16] @ models/lib/vit.yaml:10:7
%3198 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:10:7
%3199 = cast %3198 : f32[] @ models/lib/vit.yaml:10:7
%3200 = broadcast %3199 : f32[16] @ models/lib/vit.yaml:10:7
%3201 = add %3197, %3200 : f32[16] @ models/lib/vit.yaml:10:7
%3202 = div %3169, %3201 : f32[16] @ models/lib/vit.yaml:10:7
%3203 = cast %3185 : f32[] @ models/lib/vit.yaml:10:7
%3204 = broadcast %3203 : f32[16] @ models/lib/vit.yaml:10:7
%3205 = mul %3202, %3204 : f32[16] @ models/lib/vit.yaml:10:7
%3206 = sub %7, %3205 : f32[16] @ models/lib/vit.yaml:10:7
%3207 = assign %7, %3206 : f32[16] @ models/lib/vit.yaml:10:7
%3208 = assign %3156, %3169 : f32[16] @ models/lib/vit.yaml:10:7
%3209 = assign %3157, %3179 : f32[16] @ models/lib/vit.yaml:10:7
%3210 = assign %3158, %3160 : i64[] @ models/lib/vit.yaml:10:7
%3211 = cast %1945 : f32[] @ models/lib/vit.yaml:10:7
%3212 = broadcast %3211 : f32[16] @ models/lib/vit.yaml:10:7
%3213 = mul %91, %3212 : f32[16] @ models/lib/vit.yaml:10:7
%3214 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3215 = sub %3214, %1945 : f64[] @ models/lib/vit.yaml:10:7
%3216 = cast %3215 : f32[] @ models/lib/vit.yaml:10:7
%3217 = broadcast %3216 : f32[16] @ models/lib/vit.yaml:10:7
%3218 = mul %3206, %3217 : f32[16] @ models/lib/vit.yaml:10:7
%3219 = add %3213, %3218 : f32[16] @ models/lib/vit.yaml:10:7
%3220 = assign %91, %3219 : f32[16] @ models/lib/vit.yaml:10:7
%3221 = all_reduce_sum %2982 : f32[16] @ models/lib/nn.yaml:89:7
%3222 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3223 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3224 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3225 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%3226 = add %3224, %3225 : i64[] @ models/lib/nn.yaml:89:7
%3227 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%3228 = cast %3227 : f32[] @ models/lib/nn.yaml:89:7
%3229 = broadcast %3228 : f32[16] @ models/lib/nn.yaml:89:7
%3230 = mul %3221, %3229 : f32[16] @ models/lib/nn.yaml:89:7
%3231 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3232 = cast %3231 : f32[] @ models/lib/nn.yaml:89:7
%3233 = broadcast %3232 : f32[16] @ models/lib/nn.yaml:89:7
%3234 = mul %3222, %3233 : f32[16] @ models/lib/nn.yaml:89:7
%3235 = add %3234, %3230 : f32[16] @ models/lib/nn.yaml:89:7
%3236 = mul %3221, %3221 : f32[16] @ models/lib/nn.yaml:89:7
%3237 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%3238 = cast %3237 : f32[] @ models/lib/nn.yaml:89:7
%3239 = broadcast %3238 : f32[16] @ models/lib/nn.yaml:89:7
%3240 = mul %3236, %3239 : f32[16] @ models/lib/nn.yaml:89:7
%3241 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3242 = cast %3241 : f32[] @ models/lib/nn.yaml:89:7
%3243 = broadcast %3242 : f32[16] @ models/lib/nn.yaml:89:7
%3244 = mul %3223, %3243 : f32[16] @ models/lib/nn.yaml:89:7
%3245 = add %3244, %3240 : f32[16] @ models/lib/nn.yaml:89:7
%3246 = cast %3226 : f64[] @ models/lib/nn.yaml:89:7
%3247 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3248 = pow %3247, %3246 : f64[] @ models/lib/nn.yaml:89:7
%3249 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3250 = sub %3249, %3248 : f64[] @ models/lib/nn.yaml:89:7
%3251 = div %1943, %3250 : f64[] @ models/lib/nn.yaml:89:7
%3252 = cast %3226 : f64[] @ models/lib/nn.yaml:89:7
%3253 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3254 = pow %3253, %3252 : f64[] @ models/lib/nn.yaml:89:7
%3255 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3256 = sub %3255, %3254 : f64[] @ models/lib/nn.yaml:89:7
%3257 = sqrt %3256 : f64[] @ models/lib/nn.yaml:89:7
%3258 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3259 = div %3258, %3257 : f64[] @ models/lib/nn.yaml:89:7
%3260 = sqrt %3245 : f32[16] @ models/lib/nn.yaml:89:7
%3261 = cast %3259 : f32[] @ models/lib/nn.yaml:89:7
%3262 = broadcast %3261 : f32[16] @ models/lib/nn.yaml:89:7
%3263 = mul %3260, %3262 : f32[16] @ models/lib/nn.yaml:89:7
%3264 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%3265 = cast %3264 : f32[] @ models/lib/nn.yaml:89:7
%3266 = broadcast %3265 : f32[16] @ models/lib/nn.yaml:89:7
%3267 = add %3263, %3266 : f32[16] @ models/lib/nn.yaml:89:7
%3268 = div %3235, %3267 : f32[16] @ models/lib/nn.yaml:89:7
%3269 = cast %3251 : f32[] @ models/lib/nn.yaml:89:7
%3270 = broadcast %3269 : f32[16] @ models/lib/nn.yaml:89:7
%3271 = mul %3268, %3270 : f32[16] @ models/lib/nn.yaml:89:7
%3272 = sub %8, %3271 : f32[16] @ models/lib/nn.yaml:89:7
%3273 = assign %8, %3272 : f32[16] @ models/lib/nn.yaml:89:7
%3274 = assign %3222, %3235 : f32[16] @ models/lib/nn.yaml:89:7
%3275 = assign %3223, %3245 : f32[16] @ models/lib/nn.yaml:89:7
%3276 = assign %3224, %3226 : i64[] @ models/lib/nn.yaml:89:7
%3277 = cast %1945 : f32[] @ models/lib/nn.yaml:89:7
%3278 = broadcast %3277 : f32[16] @ models/lib/nn.yaml:89:7
%3279 = mul %92, %3278 : f32[16] @ models/lib/nn.yaml:89:7
%3280 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3281 = sub %3280, %1945 : f64[] @ models/lib/nn.yaml:89:7
%3282 = cast %3281 : f32[] @ models/lib/nn.yaml:89:7
%3283 = broadcast %3282 : f32[16] @ models/lib/nn.yaml:89:7
%3284 = mul %3272, %3283 : f32[16] @ models/lib/nn.yaml:89:7
%3285 = add %3279, %3284 : f32[16] @ models/lib/nn.yaml:89:7
%3286 = assign %92, %3285 : f32[16] @ models/lib/nn.yaml:89:7
%3287 = all_reduce_sum %2978 : f32[16] @ models/lib/nn.yaml:90:7
%3288 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3289 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3290 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3291 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%3292 = add %3290, %3291 : i64[] @ models/lib/nn.yaml:90:7
%3293 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%3294 = cast %3293 : f32[] @ models/lib/nn.yaml:90:7
%3295 = broadcast %3294 : f32[16] @ models/lib/nn.yaml:90:7
%3296 = mul %3287, %3295 : f32[16] @ models/lib/nn.yaml:90:7
%3297 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3298 = cast %3297 : f32[] @ models/lib/nn.yaml:90:7
%3299 = broadcast %3298 : f32[16] @ models/lib/nn.yaml:90:7
%3300 = mul %3288, %3299 : f32[16] @ models/lib/nn.yaml:90:7
%3301 = add %3300, %3296 : f32[16] @ models/lib/nn.yaml:90:7
%3302 = mul %3287, %3287 : f32[16] @ models/lib/nn.yaml:90:7
%3303 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%3304 = cast %3303 : f32[] @ models/lib/nn.yaml:90:7
%3305 = broadcast %3304 : f32[16] @ models/lib/nn.yaml:90:7
%3306 = mul %3302, %3305 : f32[16] @ models/lib/nn.yaml:90:7
%3307 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3308 = cast %3307 : f32[] @ models/lib/nn.yaml:90:7
%3309 = broadcast %3308 : f32[16] @ models/lib/nn.yaml:90:7
%3310 = mul %3289, %3309 : f32[16] @ models/lib/nn.yaml:90:7
%3311 = add %3310, %3306 : f32[16] @ models/lib/nn.yaml:90:7
%3312 = cast %3292 : f64[] @ models/lib/nn.yaml:90:7
%3313 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3314 = pow %3313, %3312 : f64[] @ models/lib/nn.yaml:90:7
%3315 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3316 = sub %3315, %3314 : f64[] @ models/lib/nn.yaml:90:7
%3317 = div %1943, %3316 : f64[] @ models/lib/nn.yaml:90:7
%3318 = cast %3292 : f64[] @ models/lib/nn.yaml:90:7
%3319 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3320 = pow %3319, %3318 : f64[] @ models/lib/nn.yaml:90:7
%3321 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3322 = sub %3321, %3320 : f64[] @ models/lib/nn.yaml:90:7
%3323 = sqrt %3322 : f64[] @ models/lib/nn.yaml:90:7
%3324 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3325 = div %3324, %3323 : f64[] @ models/lib/nn.yaml:90:7
%3326 = sqrt %3311 : f32[16] @ models/lib/nn.yaml:90:7
%3327 = cast %3325 : f32[] @ models/lib/nn.yaml:90:7
%3328 = broadcast %3327 : f32[16] @ models/lib/nn.yaml:90:7
%3329 = mul %3326, %3328 : f32[16] @ models/lib/nn.yaml:90:7
%3330 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%3331 = cast %3330 : f32[] @ models/lib/nn.yaml:90:7
%3332 = broadcast %3331 : f32[16] @ models/lib/nn.yaml:90:7
%3333 = add %3329, %3332 : f32[16] @ models/lib/nn.yaml:90:7
%3334 = div %3301, %3333 : f32[16] @ models/lib/nn.yaml:90:7
%3335 = cast %3317 : f32[] @ models/lib/nn.yaml:90:7
%3336 = broadcast %3335 : f32[16] @ models/lib/nn.yaml:90:7
%3337 = mul %3334, %3336 : f32[16] @ models/lib/nn.yaml:90:7
%3338 = sub %9, %3337 : f32[16] @ models/lib/nn.yaml:90:7
%3339 = assign %9, %3338 : f32[16] @ models/lib/nn.yaml:90:7
%3340 = assign %3288, %3301 : f32[16] @ models/lib/nn.yaml:90:7
%3341 = assign %3289, %3311 : f32[16] @ models/lib/nn.yaml:90:7
%3342 = assign %3290, %3292 : i64[] @ models/lib/nn.yaml:90:7
%3343 = cast %1945 : f32[] @ models/lib/nn.yaml:90:7
%3344 = broadcast %3343 : f32[16] @ models/lib/nn.yaml:90:7
%3345 = mul %93, %3344 : f32[16] @ models/lib/nn.yaml:90:7
%3346 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3347 = sub %3346, %1945 : f64[] @ models/lib/nn.yaml:90:7
%3348 = cast %3347 : f32[] @ models/lib/nn.yaml:90:7
%3349 = broadcast %3348 : f32[16] @ models/lib/nn.yaml:90:7
%3350 = mul %3338, %3349 : f32[16] @ models/lib/nn.yaml:90:7
%3351 = add %3345, %3350 : f32[16] @ models/lib/nn.yaml:90:7
%3352 = assign %93, %3351 : f32[16] @ models/lib/nn.yaml:90:7
%3353 = all_reduce_sum %2976 : f32[48,16] @ models/lib/nn.yaml:79:7
%3354 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3355 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3356 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3357 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3358 = add %3356, %3357 : i64[] @ models/lib/nn.yaml:79:7
%3359 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%3360 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3361 = sub %3360, %3359 : f64[] @ models/lib/nn.yaml:79:7
%3362 = cast %3361 : f32[] @ models/lib/nn.yaml:79:7
%3363 = broadcast %3362 : f32[48,16] @ models/lib/nn.yaml:79:7
%3364 = mul %10, %3363 : f32[48,16] @ models/lib/nn.yaml:79:7
%3365 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3366 = cast %3365 : f32[] @ models/lib/nn.yaml:79:7
%3367 = broadcast %3366 : f32[48,16] @ models/lib/nn.yaml:79:7
%3368 = mul %3353, %3367 : f32[48,16] @ models/lib/nn.yaml:79:7
%3369 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3370 = cast %3369 : f32[] @ models/lib/nn.yaml:79:7
%3371 = broadcast %3370 : f32[48,16] @ models/lib/nn.yaml:79:7
%3372 = mul %3354, %3371 : f32[48,16] @ models/lib/nn.yaml:79:7
%3373 = add %3372, %3368 : f32[48,16] @ models/lib/nn.yaml:79:7
%3374 = mul %3353, %3353 : f32[48,16] @ models/lib/nn.yaml:79:7
%3375 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3376 = cast %3375 : f32[] @ models/lib/nn.yaml:79:7
%3377 = broadcast %3376 : f32[48,16] @ models/lib/nn.yaml:79:7
%3378 = mul %3374, %3377 : f32[48,16] @ models/lib/nn.yaml:79:7
%3379 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3380 = cast %3379 : f32[] @ models/lib/nn.yaml:79:7
%3381 = broadcast %3380 : f32[48,16] @ models/lib/nn.yaml:79:7
%3382 = mul %3355, %3381 : f32[48,16] @ models/lib/nn.yaml:79:7
%3383 = add %3382, %3378 : f32[48,16] @ models/lib/nn.yaml:79:7
%3384 = cast %3358 : f64[] @ models/lib/nn.yaml:79:7
%3385 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3386 = pow %3385, %3384 : f64[] @ models/lib/nn.yaml:79:7
%3387 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3388 = sub %3387, %3386 : f64[] @ models/lib/nn.yaml:79:7
%3389 = div %1943, %3388 : f64[] @ models/lib/nn.yaml:79:7
%3390 = cast %3358 : f64[] @ models/lib/nn.yaml:79:7
%3391 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3392 = pow %3391, %3390 : f64[] @ models/lib/nn.yaml:79:7
%3393 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3394 = sub %3393, %3392 : f64[] @ models/lib/nn.yaml:79:7
%3395 = sqrt %3394 : f64[] @ models/lib/nn.yaml:79:7
%3396 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3397 = div %3396, %3395 : f64[] @ models/lib/nn.yaml:79:7
%3398 = sqrt %3383 : f32[48,16] @ models/lib/nn.yaml:79:7
%3399 = cast %3397 : f32[] @ models/lib/nn.yaml:79:7
%3400 = broadcast %3399 : f32[48,16] @ models/lib/nn.yaml:79:7
%3401 = mul %3398, %3400 : f32[48,16] @ models/lib/nn.yaml:79:7
%3402 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3403 = cast %3402 : f32[] @ models/lib/nn.yaml:79:7
%3404 = broadcast %3403 : f32[48,16] @ models/lib/nn.yaml:79:7
%3405 = add %3401, %3404 : f32[48,16] @ models/lib/nn.yaml:79:7
%3406 = div %3373, %3405 : f32[48,16] @ models/lib/nn.yaml:79:7
%3407 = cast %3389 : f32[] @ models/lib/nn.yaml:79:7
%3408 = broadcast %3407 : f32[48,16] @ models/lib/nn.yaml:79:7
%3409 = mul %3406, %3408 : f32[48,16] @ models/lib/nn.yaml:79:7
%3410 = sub %3364, %3409 : f32[48,16] @ models/lib/nn.yaml:79:7
%3411 = assign %10, %3410 : f32[48,16] @ models/lib/nn.yaml:79:7
%3412 = assign %3354, %3373 : f32[48,16] @ models/lib/nn.yaml:79:7
%3413 = assign %3355, %3383 : f32[48,16] @ models/lib/nn.yaml:79:7
%3414 = assign %3356, %3358 : i64[] @ models/lib/nn.yaml:79:7
%3415 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%3416 = broadcast %3415 : f32[48,16] @ models/lib/nn.yaml:79:7
%3417 = mul %94, %3416 : f32[48,16] @ models/lib/nn.yaml:79:7
%3418 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3419 = sub %3418, %1945 : f64[] @ models/lib/nn.yaml:79:7
%3420 = cast %3419 : f32[] @ models/lib/nn.yaml:79:7
%3421 = broadcast %3420 : f32[48,16] @ models/lib/nn.yaml:79:7
%3422 = mul %3410, %3421 : f32[48,16] @ models/lib/nn.yaml:79:7
%3423 = add %3417, %3422 : f32[48,16] @ models/lib/nn.yaml:79:7
%3424 = assign %94, %3423 : f32[48,16] @ models/lib/nn.yaml:79:7
%3425 = all_reduce_sum %2972 : f32[48] @ models/lib/nn.yaml:80:7
%3426 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3427 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3428 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3429 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3430 = add %3428, %3429 : i64[] @ models/lib/nn.yaml:80:7
%3431 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3432 = cast %3431 : f32[] @ models/lib/nn.yaml:80:7
%3433 = broadcast %3432 : f32[48] @ models/lib/nn.yaml:80:7
%3434 = mul %3425, %3433 : f32[48] @ models/lib/nn.yaml:80:7
%3435 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3436 = cast %3435 : f32[] @ models/lib/nn.yaml:80:7
%3437 = broadcast %3436 : f32[48] @ models/lib/nn.yaml:80:7
%3438 = mul %3426, %3437 : f32[48] @ models/lib/nn.yaml:80:7
%3439 = add %3438, %3434 : f32[48] @ models/lib/nn.yaml:80:7
%3440 = mul %3425, %3425 : f32[48] @ models/lib/nn.yaml:80:7
%3441 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3442 = cast %3441 : f32[] @ models/lib/nn.yaml:80:7
%3443 = broadcast %3442 : f32[48] @ models/lib/nn.yaml:80:7
%3444 = mul %3440, %3443 : f32[48] @ models/lib/nn.yaml:80:7
%3445 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3446 = cast %3445 : f32[] @ models/lib/nn.yaml:80:7
%3447 = broadcast %3446 : f32[48] @ models/lib/nn.yaml:80:7
%3448 = mul %3427, %3447 : f32[48] @ models/lib/nn.yaml:80:7
%3449 = add %3448, %3444 : f32[48] @ models/lib/nn.yaml:80:7
%3450 = cast %3430 : f64[] @ models/lib/nn.yaml:80:7
%3451 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3452 = pow %3451, %3450 : f64[] @ models/lib/nn.yaml:80:7
%3453 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3454 = sub %3453, %3452 : f64[] @ models/lib/nn.yaml:80:7
%3455 = div %1943, %3454 : f64[] @ models/lib/nn.yaml:80:7
%3456 = cast %3430 : f64[] @ models/lib/nn.yaml:80:7
%3457 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3458 = pow %3457, %3456 : f64[] @ models/lib/nn.yaml:80:7
%3459 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3460 = sub %3459, %3458 : f64[] @ models/lib/nn.yaml:80:7
%3461 = sqrt %3460 : f64[] @ models/lib/nn.yaml:80:7
%3462 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3463 = div %3462, %3461 : f64[] @ models/lib/nn.yaml:80:7
%3464 = sqrt %3449 : f32[48] @ models/lib/nn.yaml:80:7
%3465 = cast %3463 : f32[] @ models/lib/nn.yaml:80:7
%3466 = broadcast %3465 : f32[48] @ models/lib/nn.yaml:80:7
%3467 = mul %3464, %3466 : f32[48] @ models/lib/nn.yaml:80:7
%3468 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3469 = cast %3468 : f32[] @ models/lib/nn.yaml:80:7
%3470 = broadcast %3469 : f32[48] @ models/lib/nn.yaml:80:7
%3471 = add %3467, %3470 : f32[48] @ models/lib/nn.yaml:80:7
%3472 = div %3439, %3471 : f32[48] @ models/lib/nn.yaml:80:7
%3473 = cast %3455 : f32[] @ models/lib/nn.yaml:80:7
%3474 = broadcast %3473 : f32[48] @ models/lib/nn.yaml:80:7
%3475 = mul %3472, %3474 : f32[48] @ models/lib/nn.yaml:80:7
%3476 = sub %11, %3475 : f32[48] @ models/lib/nn.yaml:80:7
%3477 = assign %11, %3476 : f32[48] @ models/lib/nn.yaml:80:7
%3478 = assign %3426, %3439 : f32[48] @ models/lib/nn.yaml:80:7
%3479 = assign %3427, %3449 : f32[48] @ models/lib/nn.yaml:80:7
%3480 = assign %3428, %3430 : i64[] @ models/lib/nn.yaml:80:7
%3481 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%3482 = broadcast %3481 : f32[48] @ models/lib/nn.yaml:80:7
%3483 = mul %95, %3482 : f32[48] @ models/lib/nn.yaml:80:7
%3484 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3485 = sub %3484, %1945 : f64[] @ models/lib/nn.yaml:80:7
%3486 = cast %3485 : f32[] @ models/lib/nn.yaml:80:7
%3487 = broadcast %3486 : f32[48] @ models/lib/nn.yaml:80:7
%3488 = mul %3476, %3487 : f32[48] @ models/lib/nn.yaml:80:7
%3489 = add %3483, %3488 : f32[48] @ models/lib/nn.yaml:80:7
%3490 = assign %95, %3489 : f32[48] @ models/lib/nn.yaml:80:7
%3491 = all_reduce_sum %2946 : f32[16,16] @ models/lib/nn.yaml:79:7
%3492 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3493 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3494 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3495 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3496 = add %3494, %3495 : i64[] @ models/lib/nn.yaml:79:7
%3497 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%3498 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3499 = sub %3498, %3497 : f64[] @ models/lib/nn.yaml:79:7
%3500 = cast %3499 : f32[] @ models/lib/nn.yaml:79:7
%3501 = broadcast %3500 : f32[16,16] @ models/lib/nn.yaml:79:7
%3502 = mul %12, %3501 : f32[16,16] @ models/lib/nn.yaml:79:7
%3503 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3504 = cast %3503 : f32[] @ models/lib/nn.yaml:79:7
%3505 = broadcast %3504 : f32[16,16] @ models/lib/nn.yaml:79:7
%3506 = mul %3491, %3505 : f32[16,16] @ models/lib/nn.yaml:79:7
%3507 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3508 = cast %3507 : f32[] @ models/lib/nn.yaml:79:7
%3509 = broadcast %3508 : f32[16,16] @ models/lib/nn.yaml:79:7
%3510 = mul %3492, %3509 : f32[16,16] @ models/lib/nn.yaml:79:7
%3511 = add %3510, %3506 : f32[16,16] @ models/lib/nn.yaml:79:7
%3512 = mul %3491, %3491 : f32[16,16] @ models/lib/nn.yaml:79:7
%3513 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3514 = cast %3513 : f32[] @ models/lib/nn.yaml:79:7
%3515 = broadcast %3514 : f32[16,16] @ models/lib/nn.yaml:79:7
%3516 = mul %3512, %3515 : f32[16,16] @ models/lib/nn.yaml:79:7
%3517 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3518 = cast %3517 : f32[] @ models/lib/nn.yaml:79:7
%3519 = broadcast %3518 : f32[16,16] @ models/lib/nn.yaml:79:7
%3520 = mul %3493, %3519 : f32[16,16] @ models/lib/nn.yaml:79:7
%3521 = add %3520, %3516 : f32[16,16] @ models/lib/nn.yaml:79:7
%3522 = cast %3496 : f64[] @ models/lib/nn.yaml:79:7
%3523 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3524 = pow %3523, %3522 : f64[] @ models/lib/nn.yaml:79:7
%3525 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3526 = sub %3525, %3524 : f64[] @ models/lib/nn.yaml:79:7
%3527 = div %1943, %3526 : f64[] @ models/lib/nn.yaml:79:7
%3528 = cast %3496 : f64[] @ models/lib/nn.yaml:79:7
%3529 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3530 = pow %3529, %3528 : f64[] @ models/lib/nn.yaml:79:7
%3531 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3532 = sub %3531, %3530 : f64[] @ models/lib/nn.yaml:79:7
%3533 = sqrt %3532 : f64[] @ models/lib/nn.yaml:79:7
%3534 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3535 = div %3534, %3533 : f64[] @ models/lib/nn.yaml:79:7
%3536 = sqrt %3521 : f32[16,16] @ models/lib/nn.yaml:79:7
%3537 = cast %3535 : f32[] @ models/lib/nn.yaml:79:7
%3538 = broadcast %3537 : f32[16,16] @ models/lib/nn.yaml:79:7
%3539 = mul %3536, %3538 : f32[16,16] @ models/lib/nn.yaml:79:7
%3540 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3541 = cast %3540 : f32[] @ models/lib/nn.yaml:79:7
%3542 = broadcast %3541 : f32[16,16] @ models/lib/nn.yaml:79:7
%3543 = add %3539, %3542 : f32[16,16] @ models/lib/nn.yaml:79:7
%3544 = div %3511, %3543 : f32[16,16] @ models/lib/nn.yaml:79:7
%3545 = cast %3527 : f32[] @ models/lib/nn.yaml:79:7
%3546 = broadcast %3545 : f32[16,16] @ models/lib/nn.yaml:79:7
%3547 = mul %3544, %3546 : f32[16,16] @ models/lib/nn.yaml:79:7
%3548 = sub %3502, %3547 : f32[16,16] @ models/lib/nn.yaml:79:7
%3549 = assign %12, %3548 : f32[16,16] @ models/lib/nn.yaml:79:7
%3550 = assign %3492, %3511 : f32[16,16] @ models/lib/nn.yaml:79:7
%3551 = assign %3493, %3521 : f32[16,16] @ models/lib/nn.yaml:79:7
%3552 = assign %3494, %3496 : i64[] @ models/lib/nn.yaml:79:7
%3553 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%3554 = broadcast %3553 : f32[16,16] @ models/lib/nn.yaml:79:7
%3555 = mul %96, %3554 : f32[16,16] @ models/lib/nn.yaml:79:7
%3556 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3557 = sub %3556, %1945 : f64[] @ models/lib/nn.yaml:79:7
%3558 = cast %3557 : f32[] @ models/lib/nn.yaml:79:7
%3559 = broadcast %3558 : f32[16,16] @ models/lib/nn.yaml:79:7
%3560 = mul %3548, %3559 : f32[16,16] @ models/lib/nn.yaml:79:7
%3561 = add %3555, %3560 : f32[16,16] @ models/lib/nn.yaml:79:7
%3562 = assign %96, %3561 : f32[16,16] @ models/lib/nn.yaml:79:7
%3563 = all_reduce_sum %2942 : f32[16] @ models/lib/nn.yaml:80:7
%3564 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3565 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3566 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3567 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3568 = add %3566, %3567 : i64[] @ models/lib/nn.yaml:80:7
%3569 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3570 = cast %3569 : f32[] @ models/lib/nn.yaml:80:7
%3571 = broadcast %3570 : f32[16] @ models/lib/nn.yaml:80:7
%3572 = mul %3563, %3571 : f32[16] @ models/lib/nn.yaml:80:7
%3573 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3574 = cast %3573 : f32[] @ models/lib/nn.yaml:80:7
%3575 = broadcast %3574 : f32[16] @ models/lib/nn.yaml:80:7
%3576 = mul %3564, %3575 : f32[16] @ models/lib/nn.yaml:80:7
%3577 = add %3576, %3572 : f32[16] @ models/lib/nn.yaml:80:7
%3578 = mul %3563, %3563 : f32[16] @ models/lib/nn.yaml:80:7
%3579 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3580 = cast %3579 : f32[] @ models/lib/nn.yaml:80:7
%3581 = broadcast %3580 : f32[16] @ models/lib/nn.yaml:80:7
%3582 = mul %3578, %3581 : f32[16] @ models/lib/nn.yaml:80:7
%3583 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3584 = cast %3583 : f32[] @ models/lib/nn.yaml:80:7
%3585 = broadcast %3584 : f32[16] @ models/lib/nn.yaml:80:7
%3586 = mul %3565, %3585 : f32[16] @ models/lib/nn.yaml:80:7
%3587 = add %3586, %3582 : f32[16] @ models/lib/nn.yaml:80:7
%3588 = cast %3568 : f64[] @ models/lib/nn.yaml:80:7
%3589 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3590 = pow %3589, %3588 : f64[] @ models/lib/nn.yaml:80:7
%3591 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3592 = sub %3591, %3590 : f64[] @ models/lib/nn.yaml:80:7
%3593 = div %1943, %3592 : f64[] @ models/lib/nn.yaml:80:7
%3594 = cast %3568 : f64[] @ models/lib/nn.yaml:80:7
%3595 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3596 = pow %3595, %3594 : f64[] @ models/lib/nn.yaml:80:7
%3597 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3598 = sub %3597, %3596 : f64[] @ models/lib/nn.yaml:80:7
%3599 = sqrt %3598 : f64[] @ models/lib/nn.yaml:80:7
%3600 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3601 = div %3600, %3599 : f64[] @ models/lib/nn.yaml:80:7
%3602 = sqrt %3587 : f32[16] @ models/lib/nn.yaml:80:7
%3603 = cast %3601 : f32[] @ models/lib/nn.yaml:80:7
%3604 = broadcast %3603 : f32[16] @ models/lib/nn.yaml:80:7
%3605 = mul %3602, %3604 : f32[16] @ models/lib/nn.yaml:80:7
%3606 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3607 = cast %3606 : f32[] @ models/lib/nn.yaml:80:7
%3608 = broadcast %3607 : f32[16] @ models/lib/nn.yaml:80:7
%3609 = add %3605, %3608 : f32[16] @ models/lib/nn.yaml:80:7
%3610 = div %3577, %3609 : f32[16] @ models/lib/nn.yaml:80:7
%3611 = cast %3593 : f32[] @ models/lib/nn.yaml:80:7
%3612 = broadcast %3611 : f32[16] @ models/lib/nn.yaml:80:7
%3613 = mul %3610, %3612 : f32[16] @ models/lib/nn.yaml:80:7
%3614 = sub %13, %3613 : f32[16] @ models/lib/nn.yaml:80:7
%3615 = assign %13, %3614 : f32[16] @ models/lib/nn.yaml:80:7
%3616 = assign %3564, %3577 : f32[16] @ models/lib/nn.yaml:80:7
%3617 = assign %3565, %3587 : f32[16] @ models/lib/nn.yaml:80:7
%3618 = assign %3566, %3568 : i64[] @ models/lib/nn.yaml:80:7
%3619 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%3620 = broadcast %3619 : f32[16] @ models/lib/nn.yaml:80:7
%3621 = mul %97, %3620 : f32[16] @ models/lib/nn.yaml:80:7
%3622 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3623 = sub %3622, %1945 : f64[] @ models/lib/nn.yaml:80:7
%3624 = cast %3623 : f32[] @ models/lib/nn.yaml:80:7
%3625 = broadcast %3624 : f32[16] @ models/lib/nn.yaml:80:7
%3626 = mul %3614, %3625 : f32[16] @ models/lib/nn.yaml:80:7
%3627 = add %3621, %3626 : f32[16] @ models/lib/nn.yaml:80:7
%3628 = assign %97, %3627 : f32[16] @ models/lib/nn.yaml:80:7
%3629 = all_reduce_sum %2919 : f32[16] @ models/lib/nn.yaml:89:7
%3630 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3631 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3632 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3633 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%3634 = add %3632, %3633 : i64[] @ models/lib/nn.yaml:89:7
%3635 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%3636 = cast %3635 : f32[] @ models/lib/nn.yaml:89:7
%3637 = broadcast %3636 : f32[16] @ models/lib/nn.yaml:89:7
%3638 = mul %3629, %3637 : f32[16] @ models/lib/nn.yaml:89:7
%3639 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3640 = cast %3639 : f32[] @ models/lib/nn.yaml:89:7
%3641 = broadcast %3640 : f32[16] @ models/lib/nn.yaml:89:7
%3642 = mul %3630, %3641 : f32[16] @ models/lib/nn.yaml:89:7
%3643 = add %3642, %3638 : f32[16] @ models/lib/nn.yaml:89:7
%3644 = mul %3629, %3629 : f32[16] @ models/lib/nn.yaml:89:7
%3645 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%3646 = cast %3645 : f32[] @ models/lib/nn.yaml:89:7
%3647 = broadcast %3646 : f32[16] @ models/lib/nn.yaml:89:7
%3648 = mul %3644, %3647 : f32[16] @ models/lib/nn.yaml:89:7
%3649 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3650 = cast %3649 : f32[] @ models/lib/nn.yaml:89:7
%3651 = broadcast %3650 : f32[16] @ models/lib/nn.yaml:89:7
%3652 = mul %3631, %3651 : f32[16] @ models/lib/nn.yaml:89:7
%3653 = add %3652, %3648 : f32[16] @ models/lib/nn.yaml:89:7
%3654 = cast %3634 : f64[] @ models/lib/nn.yaml:89:7
%3655 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3656 = pow %3655, %3654 : f64[] @ models/lib/nn.yaml:89:7
%3657 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3658 = sub %3657, %3656 : f64[] @ models/lib/nn.yaml:89:7
%3659 = div %1943, %3658 : f64[] @ models/lib/nn.yaml:89:7
%3660 = cast %3634 : f64[] @ models/lib/nn.yaml:89:7
%3661 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3662 = pow %3661, %3660 : f64[] @ models/lib/nn.yaml:89:7
%3663 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3664 = sub %3663, %3662 : f64[] @ models/lib/nn.yaml:89:7
%3665 = sqrt %3664 : f64[] @ models/lib/nn.yaml:89:7
%3666 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3667 = div %3666, %3665 : f64[] @ models/lib/nn.yaml:89:7
%3668 = sqrt %3653 : f32[16] @ models/lib/nn.yaml:89:7
%3669 = cast %3667 : f32[] @ models/lib/nn.yaml:89:7
%3670 = broadcast %3669 : f32[16] @ models/lib/nn.yaml:89:7
%3671 = mul %3668, %3670 : f32[16] @ models/lib/nn.yaml:89:7
%3672 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%3673 = cast %3672 : f32[] @ models/lib/nn.yaml:89:7
%3674 = broadcast %3673 : f32[16] @ models/lib/nn.yaml:89:7
%3675 = add %3671, %3674 : f32[16] @ models/lib/nn.yaml:89:7
%3676 = div %3643, %3675 : f32[16] @ models/lib/nn.yaml:89:7
%3677 = cast %3659 : f32[] @ models/lib/nn.yaml:89:7
%3678 = broadcast %3677 : f32[16] @ models/lib/nn.yaml:89:7
%3679 = mul %3676, %3678 : f32[16] @ models/lib/nn.yaml:89:7
%3680 = sub %14, %3679 : f32[16] @ models/lib/nn.yaml:89:7
%3681 = assign %14, %3680 : f32[16] @ models/lib/nn.yaml:89:7
%3682 = assign %3630, %3643 : f32[16] @ models/lib/nn.yaml:89:7
%3683 = assign %3631, %3653 : f32[16] @ models/lib/nn.yaml:89:7
%3684 = assign %3632, %3634 : i64[] @ models/lib/nn.yaml:89:7
%3685 = cast %1945 : f32[] @ models/lib/nn.yaml:89:7
%3686 = broadcast %3685 : f32[16] @ models/lib/nn.yaml:89:7
%3687 = mul %98, %3686 : f32[16] @ models/lib/nn.yaml:89:7
%3688 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3689 = sub %3688, %1945 : f64[] @ models/lib/nn.yaml:89:7
%3690 = cast %3689 : f32[] @ models/lib/nn.yaml:89:7
%3691 = broadcast %3690 : f32[16] @ models/lib/nn.yaml:89:7
%3692 = mul %3680, %3691 : f32[16] @ models/lib/nn.yaml:89:7
%3693 = add %3687, %3692 : f32[16] @ models/lib/nn.yaml:89:7
%3694 = assign %98, %3693 : f32[16] @ models/lib/nn.yaml:89:7
%3695 = all_reduce_sum %2915 : f32[16] @ models/lib/nn.yaml:90:7
%3696 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3697 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3698 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3699 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%3700 = add %3698, %3699 : i64[] @ models/lib/nn.yaml:90:7
%3701 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%3702 = cast %3701 : f32[] @ models/lib/nn.yaml:90:7
%3703 = broadcast %3702 : f32[16] @ models/lib/nn.yaml:90:7
%3704 = mul %3695, %3703 : f32[16] @ models/lib/nn.yaml:90:7
%3705 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3706 = cast %3705 : f32[] @ models/lib/nn.yaml:90:7
%3707 = broadcast %3706 : f32[16] @ models/lib/nn.yaml:90:7
%3708 = mul %3696, %3707 : f32[16] @ models/lib/nn.yaml:90:7
%3709 = add %3708, %3704 : f32[16] @ models/lib/nn.yaml:90:7
%3710 = mul %3695, %3695 : f32[16] @ models/lib/nn.yaml:90:7
%3711 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%3712 = cast %3711 : f32[] @ models/lib/nn.yaml:90:7
%3713 = broadcast %3712 : f32[16] @ models/lib/nn.yaml:90:7
%3714 = mul %3710, %3713 : f32[16] @ models/lib/nn.yaml:90:7
%3715 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3716 = cast %3715 : f32[] @ models/lib/nn.yaml:90:7
%3717 = broadcast %3716 : f32[16] @ models/lib/nn.yaml:90:7
%3718 = mul %3697, %3717 : f32[16] @ models/lib/nn.yaml:90:7
%3719 = add %3718, %3714 : f32[16] @ models/lib/nn.yaml:90:7
%3720 = cast %3700 : f64[] @ models/lib/nn.yaml:90:7
%3721 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3722 = pow %3721, %3720 : f64[] @ models/lib/nn.yaml:90:7
%3723 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3724 = sub %3723, %3722 : f64[] @ models/lib/nn.yaml:90:7
%3725 = div %1943, %3724 : f64[] @ models/lib/nn.yaml:90:7
%3726 = cast %3700 : f64[] @ models/lib/nn.yaml:90:7
%3727 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3728 = pow %3727, %3726 : f64[] @ models/lib/nn.yaml:90:7
%3729 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3730 = sub %3729, %3728 : f64[] @ models/lib/nn.yaml:90:7
%3731 = sqrt %3730 : f64[] @ models/lib/nn.yaml:90:7
%3732 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3733 = div %3732, %3731 : f64[] @ models/lib/nn.yaml:90:7
%3734 = sqrt %3719 : f32[16] @ models/lib/nn.yaml:90:7
%3735 = cast %3733 : f32[] @ models/lib/nn.yaml:90:7
%3736 = broadcast %3735 : f32[16] @ models/lib/nn.yaml:90:7
%3737 = mul %3734, %3736 : f32[16] @ models/lib/nn.yaml:90:7
%3738 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%3739 = cast %3738 : f32[] @ models/lib/nn.yaml:90:7
%3740 = broadcast %3739 : f32[16] @ models/lib/nn.yaml:90:7
%3741 = add %3737, %3740 : f32[16] @ models/lib/nn.yaml:90:7
%3742 = div %3709, %3741 : f32[16] @ models/lib/nn.yaml:90:7
%3743 = cast %3725 : f32[] @ models/lib/nn.yaml:90:7
%3744 = broadcast %3743 : f32[16] @ models/lib/nn.yaml:90:7
%3745 = mul %3742, %3744 : f32[16] @ models/lib/nn.yaml:90:7
%3746 = sub %15, %3745 : f32[16] @ models/lib/nn.yaml:90:7
%3747 = assign %15, %3746 : f32[16] @ models/lib/nn.yaml:90:7
%3748 = assign %3696, %3709 : f32[16] @ models/lib/nn.yaml:90:7
%3749 = assign %3697, %3719 : f32[16] @ models/lib/nn.yaml:90:7
%3750 = assign %3698, %3700 : i64[] @ models/lib/nn.yaml:90:7
%3751 = cast %1945 : f32[] @ models/lib/nn.yaml:90:7
%3752 = broadcast %3751 : f32[16] @ models/lib/nn.yaml:90:7
%3753 = mul %99, %3752 : f32[16] @ models/lib/nn.yaml:90:7
%3754 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3755 = sub %3754, %1945 : f64[] @ models/lib/nn.yaml:90:7
%3756 = cast %3755 : f32[] @ models/lib/nn.yaml:90:7
%3757 = broadcast %3756 : f32[16] @ models/lib/nn.yaml:90:7
%3758 = mul %3746, %3757 : f32[16] @ models/lib/nn.yaml:90:7
%3759 = add %3753, %3758 : f32[16] @ models/lib/nn.yaml:90:7
%3760 = assign %99, %3759 : f32[16] @ models/lib/nn.yaml:90:7
%3761 = all_reduce_sum %2913 : f32[64,16] @ models/lib/nn.yaml:79:7
%3762 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3763 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3764 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3765 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3766 = add %3764, %3765 : i64[] @ models/lib/nn.yaml:79:7
%3767 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%3768 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3769 = sub %3768, %3767 : f64[] @ models/lib/nn.yaml:79:7
%3770 = cast %3769 : f32[] @ models/lib/nn.yaml:79:7
%3771 = broadcast %3770 : f32[64,16] @ models/lib/nn.yaml:79:7
%3772 = mul %16, %3771 : f32[64,16] @ models/lib/nn.yaml:79:7
%3773 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3774 = cast %3773 : f32[] @ models/lib/nn.yaml:79:7
%3775 = broadcast %3774 : f32[64,16] @ models/lib/nn.yaml:79:7
%3776 = mul %3761, %3775 : f32[64,16] @ models/lib/nn.yaml:79:7
%3777 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3778 = cast %3777 : f32[] @ models/lib/nn.yaml:79:7
%3779 = broadcast %3778 : f32[64,16] @ models/lib/nn.yaml:79:7
%3780 = mul %3762, %3779 : f32[64,16] @ models/lib/nn.yaml:79:7
%3781 = add %3780, %3776 : f32[64,16] @ models/lib/nn.yaml:79:7
%3782 = mul %3761, %3761 : f32[64,16] @ models/lib/nn.yaml:79:7
%3783 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3784 = cast %3783 : f32[] @ models/lib/nn.yaml:79:7
%3785 = broadcast %3784 : f32[64,16] @ models/lib/nn.yaml:79:7
%3786 = mul %3782, %3785 : f32[64,16] @ models/lib/nn.yaml:79:7
%3787 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3788 = cast %3787 : f32[] @ models/lib/nn.yaml:79:7
%3789 = broadcast %3788 : f32[64,16] @ models/lib/nn.yaml:79:7
%3790 = mul %3763, %3789 : f32[64,16] @ models/lib/nn.yaml:79:7
%3791 = add %3790, %3786 : f32[64,16] @ models/lib/nn.yaml:79:7
%3792 = cast %3766 : f64[] @ models/lib/nn.yaml:79:7
%3793 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3794 = pow %3793, %3792 : f64[] @ models/lib/nn.yaml:79:7
%3795 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3796 = sub %3795, %3794 : f64[] @ models/lib/nn.yaml:79:7
%3797 = div %1943, %3796 : f64[] @ models/lib/nn.yaml:79:7
%3798 = cast %3766 : f64[] @ models/lib/nn.yaml:79:7
%3799 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3800 = pow %3799, %3798 : f64[] @ models/lib/nn.yaml:79:7
%3801 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3802 = sub %3801, %3800 : f64[] @ models/lib/nn.yaml:79:7
%3803 = sqrt %3802 : f64[] @ models/lib/nn.yaml:79:7
%3804 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3805 = div %3804, %3803 : f64[] @ models/lib/nn.yaml:79:7
%3806 = sqrt %3791 : f32[64,16] @ models/lib/nn.yaml:79:7
%3807 = cast %3805 : f32[] @ models/lib/nn.yaml:79:7
%3808 = broadcast %3807 : f32[64,16] @ models/lib/nn.yaml:79:7
%3809 = mul %3806, %3808 : f32[64,16] @ models/lib/nn.yaml:79:7
%3810 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3811 = cast %3810 : f32[] @ models/lib/nn.yaml:79:7
%3812 = broadcast %3811 : f32[64,16] @ models/lib/nn.yaml:79:7
%3813 = add %3809, %3812 : f32[64,16] @ models/lib/nn.yaml:79:7
%3814 = div %3781, %3813 : f32[64,16] @ models/lib/nn.yaml:79:7
%3815 = cast %3797 : f32[] @ models/lib/nn.yaml:79:7
%3816 = broadcast %3815 : f32[64,16] @ models/lib/nn.yaml:79:7
%3817 = mul %3814, %3816 : f32[64,16] @ models/lib/nn.yaml:79:7
%3818 = sub %3772, %3817 : f32[64,16] @ models/lib/nn.yaml:79:7
%3819 = assign %16, %3818 : f32[64,16] @ models/lib/nn.yaml:79:7
%3820 = assign %3762, %3781 : f32[64,16] @ models/lib/nn.yaml:79:7
%3821 = assign %3763, %3791 : f32[64,16] @ models/lib/nn.yaml:79:7
%3822 = assign %3764, %3766 : i64[] @ models/lib/nn.yaml:79:7
%3823 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%3824 = broadcast %3823 : f32[64,16] @ models/lib/nn.yaml:79:7
%3825 = mul %100, %3824 : f32[64,16] @ models/lib/nn.yaml:79:7
%3826 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3827 = sub %3826, %1945 : f64[] @ models/lib/nn.yaml:79:7
%3828 = cast %3827 : f32[] @ models/lib/nn.yaml:79:7
%3829 = broadcast %3828 : f32[64,16] @ models/lib/nn.yaml:79:7
%3830 = mul %3818, %3829 : f32[64,16] @ models/lib/nn.yaml:79:7
%3831 = add %3825, %3830 : f32[64,16] @ models/lib/nn.yaml:79:7
%3832 = assign %100, %3831 : f32[64,16] @ models/lib/nn.yaml:79:7
%3833 = all_reduce_sum %2909 : f32[64] @ models/lib/nn.yaml:80:7
%3834 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3835 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3836 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3837 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3838 = add %3836, %3837 : i64[] @ models/lib/nn.yaml:80:7
%3839 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3840 = cast %3839 : f32[] @ models/lib/nn.yaml:80:7
%3841 = broadcast %3840 : f32[64] @ models/lib/nn.yaml:80:7
%3842 = mul %3833, %3841 : f32[64] @ models/lib/nn.yaml:80:7
%3843 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3844 = cast %3843 : f32[] @ models/lib/nn.yaml:80:7
%3845 = broadcast %3844 : f32[64] @ models/lib/nn.yaml:80:7
%3846 = mul %3834, %3845 : f32[64] @ models/lib/nn.yaml:80:7
%3847 = add %3846, %3842 : f32[64] @ models/lib/nn.yaml:80:7
%3848 = mul %3833, %3833 : f32[64] @ models/lib/nn.yaml:80:7
%3849 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3850 = cast %3849 : f32[] @ models/lib/nn.yaml:80:7
%3851 = broadcast %3850 : f32[64] @ models/lib/nn.yaml:80:7
%3852 = mul %3848, %3851 : f32[64] @ models/lib/nn.yaml:80:7
%3853 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3854 = cast %3853 : f32[] @ models/lib/nn.yaml:80:7
%3855 = broadcast %3854 : f32[64] @ models/lib/nn.yaml:80:7
%3856 = mul %3835, %3855 : f32[64] @ models/lib/nn.yaml:80:7
%3857 = add %3856, %3852 : f32[64] @ models/lib/nn.yaml:80:7
%3858 = cast %3838 : f64[] @ models/lib/nn.yaml:80:7
%3859 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3860 = pow %3859, %3858 : f64[] @ models/lib/nn.yaml:80:7
%3861 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3862 = sub %3861, %3860 : f64[] @ models/lib/nn.yaml:80:7
%3863 = div %1943, %3862 : f64[] @ models/lib/nn.yaml:80:7
%3864 = cast %3838 : f64[] @ models/lib/nn.yaml:80:7
%3865 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3866 = pow %3865, %3864 : f64[] @ models/lib/nn.yaml:80:7
%3867 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3868 = sub %3867, %3866 : f64[] @ models/lib/nn.yaml:80:7
%3869 = sqrt %3868 : f64[] @ models/lib/nn.yaml:80:7
%3870 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3871 = div %3870, %3869 : f64[] @ models/lib/nn.yaml:80:7
%3872 = sqrt %3857 : f32[64] @ models/lib/nn.yaml:80:7
%3873 = cast %3871 : f32[] @ models/lib/nn.yaml:80:7
%3874 = broadcast %3873 : f32[64] @ models/lib/nn.yaml:80:7
%3875 = mul %3872, %3874 : f32[64] @ models/lib/nn.yaml:80:7
%3876 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3877 = cast %3876 : f32[] @ models/lib/nn.yaml:80:7
%3878 = broadcast %3877 : f32[64] @ models/lib/nn.yaml:80:7
%3879 = add %3875, %3878 : f32[64] @ models/lib/nn.yaml:80:7
%3880 = div %3847, %3879 : f32[64] @ models/lib/nn.yaml:80:7
%3881 = cast %3863 : f32[] @ models/lib/nn.yaml:80:7
%3882 = broadcast %3881 : f32[64] @ models/lib/nn.yaml:80:7
%3883 = mul %3880, %3882 : f32[64] @ models/lib/nn.yaml:80:7
%3884 = sub %17, %3883 : f32[64] @ models/lib/nn.yaml:80:7
%3885 = assign %17, %3884 : f32[64] @ models/lib/nn.yaml:80:7
%3886 = assign %3834, %3847 : f32[64] @ models/lib/nn.yaml:80:7
%3887 = assign %3835, %3857 : f32[64] @ models/lib/nn.yaml:80:7
%3888 = assign %3836, %3838 : i64[] @ models/lib/nn.yaml:80:7
%3889 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%3890 = broadcast %3889 : f32[64] @ models/lib/nn.yaml:80:7
%3891 = mul %101, %3890 : f32[64] @ models/lib/nn.yaml:80:7
%3892 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3893 = sub %3892, %1945 : f64[] @ models/lib/nn.yaml:80:7
%3894 = cast %3893 : f32[] @ models/lib/nn.yaml:80:7
%3895 = broadcast %3894 : f32[64] @ models/lib/nn.yaml:80:7
%3896 = mul %3884, %3895 : f32[64] @ models/lib/nn.yaml:80:7
%3897 = add %3891, %3896 : f32[64] @ models/lib/nn.yaml:80:7
%3898 = assign %101, %3897 : f32[64] @ models/lib/nn.yaml:80:7
%3899 = all_reduce_sum %2895 : f32[16,64] @ models/lib/nn.yaml:79:7
%3900 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3901 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3902 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3903 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3904 = add %3902, %3903 : i64[] @ models/lib/nn.yaml:79:7
%3905 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%3906 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3907 = sub %3906, %3905 : f64[] @ models/lib/nn.yaml:79:7
%3908 = cast %3907 : f32[] @ models/lib/nn.yaml:79:7
%3909 = broadcast %3908 : f32[16,64] @ models/lib/nn.yaml:79:7
%3910 = mul %18, %3909 : f32[16,64] @ models/lib/nn.yaml:79:7
%3911 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3912 = cast %3911 : f32[] @ models/lib/nn.yaml:79:7
%3913 = broadcast %3912 : f32[16,64] @ models/lib/nn.yaml:79:7
%3914 = mul %3899, %3913 : f32[16,64] @ models/lib/nn.yaml:79:7
%3915 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3916 = cast %3915 : f32[] @ models/lib/nn.yaml:79:7
%3917 = broadcast %3916 : f32[16,64] @ models/lib/nn.yaml:79:7
%3918 = mul %3900, %3917 : f32[16,64] @ models/lib/nn.yaml:79:7
%3919 = add %3918, %3914 : f32[16,64] @ models/lib/nn.yaml:79:7
%3920 = mul %3899, %3899 : f32[16,64] @ models/lib/nn.yaml:79:7
%3921 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3922 = cast %3921 : f32[] @ models/lib/nn.yaml:79:7
%3923 = broadcast %3922 : f32[16,64] @ models/lib/nn.yaml:79:7
%3924 = mul %3920, %3923 : f32[16,64] @ models/lib/nn.yaml:79:7
%3925 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3926 = cast %3925 : f32[] @ models/lib/nn.yaml:79:7
%3927 = broadcast %3926 : f32[16,64] @ models/lib/nn.yaml:79:7
%3928 = mul %3901, %3927 : f32[16,64] @ models/lib/nn.yaml:79:7
%3929 = add %3928, %3924 : f32[16,64] @ models/lib/nn.yaml:79:7
%3930 = cast %3904 : f64[] @ models/lib/nn.yaml:79:7
%3931 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3932 = pow %3931, %3930 : f64[] @ models/lib/nn.yaml:79:7
%3933 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3934 = sub %3933, %3932 : f64[] @ models/lib/nn.yaml:79:7
%3935 = div %1943, %3934 : f64[] @ models/lib/nn.yaml:79:7
%3936 = cast %3904 : f64[] @ models/lib/nn.yaml:79:7
%3937 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3938 = pow %3937, %3936 : f64[] @ models/lib/nn.yaml:79:7
%3939 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3940 = sub %3939, %3938 : f64[] @ models/lib/nn.yaml:79:7
%3941 = sqrt %3940 : f64[] @ models/lib/nn.yaml:79:7
%3942 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3943 = div %3942, %3941 : f64[] @ models/lib/nn.yaml:79:7
%3944 = sqrt %3929 : f32[16,64] @ models/lib/nn.yaml:79:7
%3945 = cast %3943 : f32[] @ models/lib/nn.yaml:79:7
%3946 = broadcast %3945 : f32[16,64] @ models/lib/nn.yaml:79:7
%3947 = mul %3944, %3946 : f32[16,64] @ models/lib/nn.yaml:79:7
%3948 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3949 = cast %3948 : f32[] @ models/lib/nn.yaml:79:7
%3950 = broadcast %3949 : f32[16,64] @ models/lib/nn.yaml:79:7
%3951 = add %3947, %3950 : f32[16,64] @ models/lib/nn.yaml:79:7
%3952 = div %3919, %3951 : f32[16,64] @ models/lib/nn.yaml:79:7
%3953 = cast %3935 : f32[] @ models/lib/nn.yaml:79:7
%3954 = broadcast %3953 : f32[16,64] @ models/lib/nn.yaml:79:7
%3955 = mul %3952, %3954 : f32[16,64] @ models/lib/nn.yaml:79:7
%3956 = sub %3910, %3955 : f32[16,64] @ models/lib/nn.yaml:79:7
%3957 = assign %18, %3956 : f32[16,64] @ models/lib/nn.yaml:79:7
%3958 = assign %3900, %3919 : f32[16,64] @ models/lib/nn.yaml:79:7
%3959 = assign %3901, %3929 : f32[16,64] @ models/lib/nn.yaml:79:7
%3960 = assign %3902, %3904 : i64[] @ models/lib/nn.yaml:79:7
%3961 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%3962 = broadcast %3961 : f32[16,64] @ models/lib/nn.yaml:79:7
%3963 = mul %102, %3962 : f32[16,64] @ models/lib/nn.yaml:79:7
%3964 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3965 = sub %3964, %1945 : f64[] @ models/lib/nn.yaml:79:7
%3966 = cast %3965 : f32[] @ models/lib/nn.yaml:79:7
%3967 = broadcast %3966 : f32[16,64] @ models/lib/nn.yaml:79:7
%3968 = mul %3956, %3967 : f32[16,64] @ models/lib/nn.yaml:79:7
%3969 = add %3963, %3968 : f32[16,64] @ models/lib/nn.yaml:79:7
%3970 = assign %102, %3969 : f32[16,64] @ models/lib/nn.yaml:79:7
%3971 = all_reduce_sum %2891 : f32[16] @ models/lib/nn.yaml:80:7
%3972 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3973 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3974 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3975 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3976 = add %3974, %3975 : i64[] @ models/lib/nn.yaml:80:7
%3977 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3978 = cast %3977 : f32[] @ models/lib/nn.yaml:80:7
%3979 = broadcast %3978 : f32[16] @ models/lib/nn.yaml:80:7
%3980 = mul %3971, %3979 : f32[16] @ models/lib/nn.yaml:80:7
%3981 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3982 = cast %3981 : f32[] @ models/lib/nn.yaml:80:7
%3983 = broadcast %3982 : f32[16] @ models/lib/nn.yaml:80:7
%3984 = mul %3972, %3983 : f32[16] @ models/lib/nn.yaml:80:7
%3985 = add %3984, %3980 : f32[16] @ models/lib/nn.yaml:80:7
%3986 = mul %3971, %3971 : f32[16] @ models/lib/nn.yaml:80:7
%3987 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3988 = cast %3987 : f32[] @ models/lib/nn.yaml:80:7
%3989 = broadcast %3988 : f32[16] @ models/lib/nn.yaml:80:7
%3990 = mul %3986, %3989 : f32[16] @ models/lib/nn.yaml:80:7
%3991 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3992 = cast %3991 : f32[] @ models/lib/nn.yaml:80:7
%3993 = broadcast %3992 : f32[16] @ models/lib/nn.yaml:80:7
%3994 = mul %3973, %3993 : f32[16] @ models/lib/nn.yaml:80:7
%3995 = add %3994, %3990 : f32[16] @ models/lib/nn.yaml:80:7
%3996 = cast %3976 : f64[] @ models/lib/nn.yaml:80:7
%3997 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3998 = pow %3997, %3996 : f64[] @ models/lib/nn.yaml:80:7
%3999 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4000 = sub %3999, %3998 : f64[] @ models/lib/nn.yaml:80:7
%4001 = div %1943, %4000 : f64[] @ models/lib/nn.yaml:80:7
%4002 = cast %3976 : f64[] @ models/lib/nn.yaml:80:7
%4003 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4004 = pow %4003, %4002 : f64[] @ models/lib/nn.yaml:80:7
%4005 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4006 = sub %4005, %4004 : f64[] @ models/lib/nn.yaml:80:7
%4007 = sqrt %4006 : f64[] @ models/lib/nn.yaml:80:7
%4008 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4009 = div %4008, %4007 : f64[] @ models/lib/nn.yaml:80:7
%4010 = sqrt %3995 : f32[16] @ models/lib/nn.yaml:80:7
%4011 = cast %4009 : f32[] @ models/lib/nn.yaml:80:7
%4012 = broadcast %4011 : f32[16] @ models/lib/nn.yaml:80:7
%4013 = mul %4010, %4012 : f32[16] @ models/lib/nn.yaml:80:7
%4014 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4015 = cast %4014 : f32[] @ models/lib/nn.yaml:80:7
%4016 = broadcast %4015 : f32[16] @ models/lib/nn.yaml:80:7
%4017 = add %4013, %4016 : f32[16] @ models/lib/nn.yaml:80:7
%4018 = div %3985, %4017 : f32[16] @ models/lib/nn.yaml:80:7
%4019 = cast %4001 : f32[] @ models/lib/nn.yaml:80:7
%4020 = broadcast %4019 : f32[16] @ models/lib/nn.yaml:80:7
%4021 = mul %4018, %4020 : f32[16] @ models/lib/nn.yaml:80:7
%4022 = sub %19, %4021 : f32[16] @ models/lib/nn.yaml:80:7
%4023 = assign %19, %4022 : f32[16] @ models/lib/nn.yaml:80:7
%4024 = assign %3972, %3985 : f32[16] @ models/lib/nn.yaml:80:7
%4025 = assign %3973, %3995 : f32[16] @ models/lib/nn.yaml:80:7
%4026 = assign %3974, %3976 : i64[] @ models/lib/nn.yaml:80:7
%4027 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%4028 = broadcast %4027 : f32[16] @ models/lib/nn.yaml:80:7
%4029 = mul %103, %4028 : f32[16] @ models/lib/nn.yaml:80:7
%4030 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4031 = sub %4030, %1945 : f64[] @ models/lib/nn.yaml:80:7
%4032 = cast %4031 : f32[] @ models/lib/nn.yaml:80:7
%4033 = broadcast %4032 : f32[16] @ models/lib/nn.yaml:80:7
%4034 = mul %4022, %4033 : f32[16] @ models/lib/nn.yaml:80:7
%4035 = add %4029, %4034 : f32[16] @ models/lib/nn.yaml:80:7
%4036 = assign %103, %4035 : f32[16] @ models/lib/nn.yaml:80:7
%4037 = all_reduce_sum %2868 : f32[16] @ models/lib/nn.yaml:89:7
%4038 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4039 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4040 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4041 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4042 = add %4040, %4041 : i64[] @ models/lib/nn.yaml:89:7
%4043 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4044 = cast %4043 : f32[] @ models/lib/nn.yaml:89:7
%4045 = broadcast %4044 : f32[16] @ models/lib/nn.yaml:89:7
%4046 = mul %4037, %4045 : f32[16] @ models/lib/nn.yaml:89:7
%4047 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4048 = cast %4047 : f32[] @ models/lib/nn.yaml:89:7
%4049 = broadcast %4048 : f32[16] @ models/lib/nn.yaml:89:7
%4050 = mul %4038, %4049 : f32[16] @ models/lib/nn.yaml:89:7
%4051 = add %4050, %4046 : f32[16] @ models/lib/nn.yaml:89:7
%4052 = mul %4037, %4037 : f32[16] @ models/lib/nn.yaml:89:7
%4053 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4054 = cast %4053 : f32[] @ models/lib/nn.yaml:89:7
%4055 = broadcast %4054 : f32[16] @ models/lib/nn.yaml:89:7
%4056 = mul %4052, %4055 : f32[16] @ models/lib/nn.yaml:89:7
%4057 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4058 = cast %4057 : f32[] @ models/lib/nn.yaml:89:7
%4059 = broadcast %4058 : f32[16] @ models/lib/nn.yaml:89:7
%4060 = mul %4039, %4059 : f32[16] @ models/lib/nn.yaml:89:7
%4061 = add %4060, %4056 : f32[16] @ models/lib/nn.yaml:89:7
%4062 = cast %4042 : f64[] @ models/lib/nn.yaml:89:7
%4063 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4064 = pow %4063, %4062 : f64[] @ models/lib/nn.yaml:89:7
%4065 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4066 = sub %4065, %4064 : f64[] @ models/lib/nn.yaml:89:7
%4067 = div %1943, %4066 : f64[] @ models/lib/nn.yaml:89:7
%4068 = cast %4042 : f64[] @ models/lib/nn.yaml:89:7
%4069 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4070 = pow %4069, %4068 : f64[] @ models/lib/nn.yaml:89:7
%4071 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4072 = sub %4071, %4070 : f64[] @ models/lib/nn.yaml:89:7
%4073 = sqrt %4072 : f64[] @ models/lib/nn.yaml:89:7
%4074 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4075 = div %4074, %4073 : f64[] @ models/lib/nn.yaml:89:7
%4076 = sqrt %4061 : f32[16] @ models/lib/nn.yaml:89:7
%4077 = cast %4075 : f32[] @ models/lib/nn.yaml:89:7
%4078 = broadcast %4077 : f32[16] @ models/lib/nn.yaml:89:7
%4079 = mul %4076, %4078 : f32[16] @ models/lib/nn.yaml:89:7
%4080 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4081 = cast %4080 : f32[] @ models/lib/nn.yaml:89:7
%4082 = broadcast %4081 : f32[16] @ models/lib/nn.yaml:89:7
%4083 = add %4079, %4082 : f32[16] @ models/lib/nn.yaml:89:7
%4084 = div %4051, %4083 : f32[16] @ models/lib/nn.yaml:89:7
%4085 = cast %4067 : f32[] @ models/lib/nn.yaml:89:7
%4086 = broadcast %4085 : f32[16] @ models/lib/nn.yaml:89:7
%4087 = mul %4084, %4086 : f32[16] @ models/lib/nn.yaml:89:7
%4088 = sub %20, %4087 : f32[16] @ models/lib/nn.yaml:89:7
%4089 = assign %20, %4088 : f32[16] @ models/lib/nn.yaml:89:7
%4090 = assign %4038, %4051 : f32[16] @ models/lib/nn.yaml:89:7
%4091 = assign %4039, %4061 : f32[16] @ models/lib/nn.yaml:89:7
%4092 = assign %4040, %4042 : i64[] @ models/lib/nn.yaml:89:7
%4093 = cast %1945 : f32[] @ models/lib/nn.yaml:89:7
%4094 = broadcast %4093 : f32[16] @ models/lib/nn.yaml:89:7
%4095 = mul %104, %4094 : f32[16] @ models/lib/nn.yaml:89:7
%4096 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4097 = sub %4096, %1945 : f64[] @ models/lib/nn.yaml:89:7
%4098 = cast %4097 : f32[] @ models/lib/nn.yaml:89:7
%4099 = broadcast %4098 : f32[16] @ models/lib/nn.yaml:89:7
%4100 = mul %4088, %4099 : f32[16] @ models/lib/nn.yaml:89:7
%4101 = add %4095, %4100 : f32[16] @ models/lib/nn.yaml:89:7
%4102 = assign %104, %4101 : f32[16] @ models/lib/nn.yaml:89:7
%4103 = all_reduce_sum %2864 : f32[16] @ models/lib/nn.yaml:90:7
%4104 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4105 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4106 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4107 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%4108 = add %4106, %4107 : i64[] @ models/lib/nn.yaml:90:7
%4109 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%4110 = cast %4109 : f32[] @ models/lib/nn.yaml:90:7
%4111 = broadcast %4110 : f32[16] @ models/lib/nn.yaml:90:7
%4112 = mul %4103, %4111 : f32[16] @ models/lib/nn.yaml:90:7
%4113 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4114 = cast %4113 : f32[] @ models/lib/nn.yaml:90:7
%4115 = broadcast %4114 : f32[16] @ models/lib/nn.yaml:90:7
%4116 = mul %4104, %4115 : f32[16] @ models/lib/nn.yaml:90:7
%4117 = add %4116, %4112 : f32[16] @ models/lib/nn.yaml:90:7
%4118 = mul %4103, %4103 : f32[16] @ models/lib/nn.yaml:90:7
%4119 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%4120 = cast %4119 : f32[] @ models/lib/nn.yaml:90:7
%4121 = broadcast %4120 : f32[16] @ models/lib/nn.yaml:90:7
%4122 = mul %4118, %4121 : f32[16] @ models/lib/nn.yaml:90:7
%4123 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4124 = cast %4123 : f32[] @ models/lib/nn.yaml:90:7
%4125 = broadcast %4124 : f32[16] @ models/lib/nn.yaml:90:7
%4126 = mul %4105, %4125 : f32[16] @ models/lib/nn.yaml:90:7
%4127 = add %4126, %4122 : f32[16] @ models/lib/nn.yaml:90:7
%4128 = cast %4108 : f64[] @ models/lib/nn.yaml:90:7
%4129 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4130 = pow %4129, %4128 : f64[] @ models/lib/nn.yaml:90:7
%4131 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4132 = sub %4131, %4130 : f64[] @ models/lib/nn.yaml:90:7
%4133 = div %1943, %4132 : f64[] @ models/lib/nn.yaml:90:7
%4134 = cast %4108 : f64[] @ models/lib/nn.yaml:90:7
%4135 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4136 = pow %4135, %4134 : f64[] @ models/lib/nn.yaml:90:7
%4137 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4138 = sub %4137, %4136 : f64[] @ models/lib/nn.yaml:90:7
%4139 = sqrt %4138 : f64[] @ models/lib/nn.yaml:90:7
%4140 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4141 = div %4140, %4139 : f64[] @ models/lib/nn.yaml:90:7
%4142 = sqrt %4127 : f32[16] @ models/lib/nn.yaml:90:7
%4143 = cast %4141 : f32[] @ models/lib/nn.yaml:90:7
%4144 = broadcast %4143 : f32[16] @ models/lib/nn.yaml:90:7
%4145 = mul %4142, %4144 : f32[16] @ models/lib/nn.yaml:90:7
%4146 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%4147 = cast %4146 : f32[] @ models/lib/nn.yaml:90:7
%4148 = broadcast %4147 : f32[16] @ models/lib/nn.yaml:90:7
%4149 = add %4145, %4148 : f32[16] @ models/lib/nn.yaml:90:7
%4150 = div %4117, %4149 : f32[16] @ models/lib/nn.yaml:90:7
%4151 = cast %4133 : f32[] @ models/lib/nn.yaml:90:7
%4152 = broadcast %4151 : f32[16] @ models/lib/nn.yaml:90:7
%4153 = mul %4150, %4152 : f32[16] @ models/lib/nn.yaml:90:7
%4154 = sub %21, %4153 : f32[16] @ models/lib/nn.yaml:90:7
%4155 = assign %21, %4154 : f32[16] @ models/lib/nn.yaml:90:7
%4156 = assign %4104, %4117 : f32[16] @ models/lib/nn.yaml:90:7
%4157 = assign %4105, %4127 : f32[16] @ models/lib/nn.yaml:90:7
%4158 = assign %4106, %4108 : i64[] @ models/lib/nn.yaml:90:7
%4159 = cast %1945 : f32[] @ models/lib/nn.yaml:90:7
%4160 = broadcast %4159 : f32[16] @ models/lib/nn.yaml:90:7
%4161 = mul %105, %4160 : f32[16] @ models/lib/nn.yaml:90:7
%4162 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4163 = sub %4162, %1945 : f64[] @ models/lib/nn.yaml:90:7
%4164 = cast %4163 : f32[] @ models/lib/nn.yaml:90:7
%4165 = broadcast %4164 : f32[16] @ models/lib/nn.yaml:90:7
%4166 = mul %4154, %4165 : f32[16] @ models/lib/nn.yaml:90:7
%4167 = add %4161, %4166 : f32[16] @ models/lib/nn.yaml:90:7
%4168 = assign %105, %4167 : f32[16] @ models/lib/nn.yaml:90:7
%4169 = all_reduce_sum %2862 : f32[48,16] @ models/lib/nn.yaml:79:7
%4170 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4171 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4172 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4173 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4174 = add %4172, %4173 : i64[] @ models/lib/nn.yaml:79:7
%4175 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%4176 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4177 = sub %4176, %4175 : f64[] @ models/lib/nn.yaml:79:7
%4178 = cast %4177 : f32[] @ models/lib/nn.yaml:79:7
%4179 = broadcast %4178 : f32[48,16] @ models/lib/nn.yaml:79:7
%4180 = mul %22, %4179 : f32[48,16] @ models/lib/nn.yaml:79:7
%4181 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4182 = cast %4181 : f32[] @ models/lib/nn.yaml:79:7
%4183 = broadcast %4182 : f32[48,16] @ models/lib/nn.yaml:79:7
%4184 = mul %4169, %4183 : f32[48,16] @ models/lib/nn.yaml:79:7
%4185 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4186 = cast %4185 : f32[] @ models/lib/nn.yaml:79:7
%4187 = broadcast %4186 : f32[48,16] @ models/lib/nn.yaml:79:7
%4188 = mul %4170, %4187 : f32[48,16] @ models/lib/nn.yaml:79:7
%4189 = add %4188, %4184 : f32[48,16] @ models/lib/nn.yaml:79:7
%4190 = mul %4169, %4169 : f32[48,16] @ models/lib/nn.yaml:79:7
%4191 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4192 = cast %4191 : f32[] @ models/lib/nn.yaml:79:7
%4193 = broadcast %4192 : f32[48,16] @ models/lib/nn.yaml:79:7
%4194 = mul %4190, %4193 : f32[48,16] @ models/lib/nn.yaml:79:7
%4195 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4196 = cast %4195 : f32[] @ models/lib/nn.yaml:79:7
%4197 = broadcast %4196 : f32[48,16] @ models/lib/nn.yaml:79:7
%4198 = mul %4171, %4197 : f32[48,16] @ models/lib/nn.yaml:79:7
%4199 = add %4198, %4194 : f32[48,16] @ models/lib/nn.yaml:79:7
%4200 = cast %4174 : f64[] @ models/lib/nn.yaml:79:7
%4201 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4202 = pow %4201, %4200 : f64[] @ models/lib/nn.yaml:79:7
%4203 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4204 = sub %4203, %4202 : f64[] @ models/lib/nn.yaml:79:7
%4205 = div %1943, %4204 : f64[] @ models/lib/nn.yaml:79:7
%4206 = cast %4174 : f64[] @ models/lib/nn.yaml:79:7
%4207 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4208 = pow %4207, %4206 : f64[] @ models/lib/nn.yaml:79:7
%4209 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4210 = sub %4209, %4208 : f64[] @ models/lib/nn.yaml:79:7
%4211 = sqrt %4210 : f64[] @ models/lib/nn.yaml:79:7
%4212 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4213 = div %4212, %4211 : f64[] @ models/lib/nn.yaml:79:7
%4214 = sqrt %4199 : f32[48,16] @ models/lib/nn.yaml:79:7
%4215 = cast %4213 : f32[] @ models/lib/nn.yaml:79:7
%4216 = broadcast %4215 : f32[48,16] @ models/lib/nn.yaml:79:7
%4217 = mul %4214, %4216 : f32[48,16] @ models/lib/nn.yaml:79:7
%4218 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4219 = cast %4218 : f32[] @ models/lib/nn.yaml:79:7
%4220 = broadcast %4219 : f32[48,16] @ models/lib/nn.yaml:79:7
%4221 = add %4217, %4220 : f32[48,16] @ models/lib/nn.yaml:79:7
%4222 = div %4189, %4221 : f32[48,16] @ models/lib/nn.yaml:79:7
%4223 = cast %4205 : f32[] @ models/lib/nn.yaml:79:7
%4224 = broadcast %4223 : f32[48,16] @ models/lib/nn.yaml:79:7
%4225 = mul %4222, %4224 : f32[48,16] @ models/lib/nn.yaml:79:7
%4226 = sub %4180, %4225 : f32[48,16] @ models/lib/nn.yaml:79:7
%4227 = assign %22, %4226 : f32[48,16] @ models/lib/nn.yaml:79:7
%4228 = assign %4170, %4189 : f32[48,16] @ models/lib/nn.yaml:79:7
%4229 = assign %4171, %4199 : f32[48,16] @ models/lib/nn.yaml:79:7
%4230 = assign %4172, %4174 : i64[] @ models/lib/nn.yaml:79:7
%4231 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%4232 = broadcast %4231 : f32[48,16] @ models/lib/nn.yaml:79:7
%4233 = mul %106, %4232 : f32[48,16] @ models/lib/nn.yaml:79:7
%4234 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4235 = sub %4234, %1945 : f64[] @ models/lib/nn.yaml:79:7
%4236 = cast %4235 : f32[] @ models/lib/nn.yaml:79:7
%4237 = broadcast %4236 : f32[48,16] @ models/lib/nn.yaml:79:7
%4238 = mul %4226, %4237 : f32[48,16] @ models/lib/nn.yaml:79:7
%4239 = add %4233, %4238 : f32[48,16] @ models/lib/nn.yaml:79:7
%4240 = assign %106, %4239 : f32[48,16] @ models/lib/nn.yaml:79:7
%4241 = all_reduce_sum %2858 : f32[48] @ models/lib/nn.yaml:80:7
%4242 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4243 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4244 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4245 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4246 = add %4244, %4245 : i64[] @ models/lib/nn.yaml:80:7
%4247 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4248 = cast %4247 : f32[] @ models/lib/nn.yaml:80:7
%4249 = broadcast %4248 : f32[48] @ models/lib/nn.yaml:80:7
%4250 = mul %4241, %4249 : f32[48] @ models/lib/nn.yaml:80:7
%4251 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4252 = cast %4251 : f32[] @ models/lib/nn.yaml:80:7
%4253 = broadcast %4252 : f32[48] @ models/lib/nn.yaml:80:7
%4254 = mul %4242, %4253 : f32[48] @ models/lib/nn.yaml:80:7
%4255 = add %4254, %4250 : f32[48] @ models/lib/nn.yaml:80:7
%4256 = mul %4241, %4241 : f32[48] @ models/lib/nn.yaml:80:7
%4257 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4258 = cast %4257 : f32[] @ models/lib/nn.yaml:80:7
%4259 = broadcast %4258 : f32[48] @ models/lib/nn.yaml:80:7
%4260 = mul %4256, %4259 : f32[48] @ models/lib/nn.yaml:80:7
%4261 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4262 = cast %4261 : f32[] @ models/lib/nn.yaml:80:7
%4263 = broadcast %4262 : f32[48] @ models/lib/nn.yaml:80:7
%4264 = mul %4243, %4263 : f32[48] @ models/lib/nn.yaml:80:7
%4265 = add %4264, %4260 : f32[48] @ models/lib/nn.yaml:80:7
%4266 = cast %4246 : f64[] @ models/lib/nn.yaml:80:7
%4267 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4268 = pow %4267, %4266 : f64[] @ models/lib/nn.yaml:80:7
%4269 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4270 = sub %4269, %4268 : f64[] @ models/lib/nn.yaml:80:7
%4271 = div %1943, %4270 : f64[] @ models/lib/nn.yaml:80:7
%4272 = cast %4246 : f64[] @ models/lib/nn.yaml:80:7
%4273 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4274 = pow %4273, %4272 : f64[] @ models/lib/nn.yaml:80:7
%4275 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4276 = sub %4275, %4274 : f64[] @ models/lib/nn.yaml:80:7
%4277 = sqrt %4276 : f64[] @ models/lib/nn.yaml:80:7
%4278 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4279 = div %4278, %4277 : f64[] @ models/lib/nn.yaml:80:7
%4280 = sqrt %4265 : f32[48] @ models/lib/nn.yaml:80:7
%4281 = cast %4279 : f32[] @ models/lib/nn.yaml:80:7
%4282 = broadcast %4281 : f32[48] @ models/lib/nn.yaml:80:7
%4283 = mul %4280, %4282 : f32[48] @ models/lib/nn.yaml:80:7
%4284 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4285 = cast %4284 : f32[] @ models/lib/nn.yaml:80:7
%4286 = broadcast %4285 : f32[48] @ models/lib/nn.yaml:80:7
%4287 = add %4283, %4286 : f32[48] @ models/lib/nn.yaml:80:7
%4288 = div %4255, %4287 : f32[48] @ models/lib/nn.yaml:80:7
%4289 = cast %4271 : f32[] @ models/lib/nn.yaml:80:7
%4290 = broadcast %4289 : f32[48] @ models/lib/nn.yaml:80:7
%4291 = mul %4288, %4290 : f32[48] @ models/lib/nn.yaml:80:7
%4292 = sub %23, %4291 : f32[48] @ models/lib/nn.yaml:80:7
%4293 = assign %23, %4292 : f32[48] @ models/lib/nn.yaml:80:7
%4294 = assign %4242, %4255 : f32[48] @ models/lib/nn.yaml:80:7
%4295 = assign %4243, %4265 : f32[48] @ models/lib/nn.yaml:80:7
%4296 = assign %4244, %4246 : i64[] @ models/lib/nn.yaml:80:7
%4297 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%4298 = broadcast %4297 : f32[48] @ models/lib/nn.yaml:80:7
%4299 = mul %107, %4298 : f32[48] @ models/lib/nn.yaml:80:7
%4300 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4301 = sub %4300, %1945 : f64[] @ models/lib/nn.yaml:80:7
%4302 = cast %4301 : f32[] @ models/lib/nn.yaml:80:7
%4303 = broadcast %4302 : f32[48] @ models/lib/nn.yaml:80:7
%4304 = mul %4292, %4303 : f32[48] @ models/lib/nn.yaml:80:7
%4305 = add %4299, %4304 : f32[48] @ models/lib/nn.yaml:80:7
%4306 = assign %107, %4305 : f32[48] @ models/lib/nn.yaml:80:7
%4307 = all_reduce_sum %2832 : f32[16,16] @ models/lib/nn.yaml:79:7
%4308 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4309 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4310 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4311 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4312 = add %4310, %4311 : i64[] @ models/lib/nn.yaml:79:7
%4313 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%4314 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4315 = sub %4314, %4313 : f64[] @ models/lib/nn.yaml:79:7
%4316 = cast %4315 : f32[] @ models/lib/nn.yaml:79:7
%4317 = broadcast %4316 : f32[16,16] @ models/lib/nn.yaml:79:7
%4318 = mul %24, %4317 : f32[16,16] @ models/lib/nn.yaml:79:7
%4319 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4320 = cast %4319 : f32[] @ models/lib/nn.yaml:79:7
%4321 = broadcast %4320 : f32[16,16] @ models/lib/nn.yaml:79:7
%4322 = mul %4307, %4321 : f32[16,16] @ models/lib/nn.yaml:79:7
%4323 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4324 = cast %4323 : f32[] @ models/lib/nn.yaml:79:7
%4325 = broadcast %4324 : f32[16,16] @ models/lib/nn.yaml:79:7
%4326 = mul %4308, %4325 : f32[16,16] @ models/lib/nn.yaml:79:7
%4327 = add %4326, %4322 : f32[16,16] @ models/lib/nn.yaml:79:7
%4328 = mul %4307, %4307 : f32[16,16] @ models/lib/nn.yaml:79:7
%4329 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4330 = cast %4329 : f32[] @ models/lib/nn.yaml:79:7
%4331 = broadcast %4330 : f32[16,16] @ models/lib/nn.yaml:79:7
%4332 = mul %4328, %4331 : f32[16,16] @ models/lib/nn.yaml:79:7
%4333 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4334 = cast %4333 : f32[] @ models/lib/nn.yaml:79:7
%4335 = broadcast %4334 : f32[16,16] @ models/lib/nn.yaml:79:7
%4336 = mul %4309, %4335 : f32[16,16] @ models/lib/nn.yaml:79:7
%4337 = add %4336, %4332 : f32[16,16] @ models/lib/nn.yaml:79:7
%4338 = cast %4312 : f64[] @ models/lib/nn.yaml:79:7
%4339 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4340 = pow %4339, %4338 : f64[] @ models/lib/nn.yaml:79:7
%4341 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4342 = sub %4341, %4340 : f64[] @ models/lib/nn.yaml:79:7
%4343 = div %1943, %4342 : f64[] @ models/lib/nn.yaml:79:7
%4344 = cast %4312 : f64[] @ models/lib/nn.yaml:79:7
%4345 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4346 = pow %4345, %4344 : f64[] @ models/lib/nn.yaml:79:7
%4347 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4348 = sub %4347, %4346 : f64[] @ models/lib/nn.yaml:79:7
%4349 = sqrt %4348 : f64[] @ models/lib/nn.yaml:79:7
%4350 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4351 = div %4350, %4349 : f64[] @ models/lib/nn.yaml:79:7
%4352 = sqrt %4337 : f32[16,16] @ models/lib/nn.yaml:79:7
%4353 = cast %4351 : f32[] @ models/lib/nn.yaml:79:7
%4354 = broadcast %4353 : f32[16,16] @ models/lib/nn.yaml:79:7
%4355 = mul %4352, %4354 : f32[16,16] @ models/lib/nn.yaml:79:7
%4356 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4357 = cast %4356 : f32[] @ models/lib/nn.yaml:79:7
%4358 = broadcast %4357 : f32[16,16] @ models/lib/nn.yaml:79:7
%4359 = add %4355, %4358 : f32[16,16] @ models/lib/nn.yaml:79:7
%4360 = div %4327, %4359 : f32[16,16] @ models/lib/nn.yaml:79:7
%4361 = cast %4343 : f32[] @ models/lib/nn.yaml:79:7
%4362 = broadcast %4361 : f32[16,16] @ models/lib/nn.yaml:79:7
%4363 = mul %4360, %4362 : f32[16,16] @ models/lib/nn.yaml:79:7
%4364 = sub %4318, %4363 : f32[16,16] @ models/lib/nn.yaml:79:7
%4365 = assign %24, %4364 : f32[16,16] @ models/lib/nn.yaml:79:7
%4366 = assign %4308, %4327 : f32[16,16] @ models/lib/nn.yaml:79:7
%4367 = assign %4309, %4337 : f32[16,16] @ models/lib/nn.yaml:79:7
%4368 = assign %4310, %4312 : i64[] @ models/lib/nn.yaml:79:7
%4369 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%4370 = broadcast %4369 : f32[16,16] @ models/lib/nn.yaml:79:7
%4371 = mul %108, %4370 : f32[16,16] @ models/lib/nn.yaml:79:7
%4372 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4373 = sub %4372, %1945 : f64[] @ models/lib/nn.yaml:79:7
%4374 = cast %4373 : f32[] @ models/lib/nn.yaml:79:7
%4375 = broadcast %4374 : f32[16,16] @ models/lib/nn.yaml:79:7
%4376 = mul %4364, %4375 : f32[16,16] @ models/lib/nn.yaml:79:7
%4377 = add %4371, %4376 : f32[16,16] @ models/lib/nn.yaml:79:7
%4378 = assign %108, %4377 : f32[16,16] @ models/lib/nn.yaml:79:7
%4379 = all_reduce_sum %2828 : f32[16] @ models/lib/nn.yaml:80:7
%4380 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4381 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4382 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4383 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4384 = add %4382, %4383 : i64[] @ models/lib/nn.yaml:80:7
%4385 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4386 = cast %4385 : f32[] @ models/lib/nn.yaml:80:7
%4387 = broadcast %4386 : f32[16] @ models/lib/nn.yaml:80:7
%4388 = mul %4379, %4387 : f32[16] @ models/lib/nn.yaml:80:7
%4389 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4390 = cast %4389 : f32[] @ models/lib/nn.yaml:80:7
%4391 = broadcast %4390 : f32[16] @ models/lib/nn.yaml:80:7
%4392 = mul %4380, %4391 : f32[16] @ models/lib/nn.yaml:80:7
%4393 = add %4392, %4388 : f32[16] @ models/lib/nn.yaml:80:7
%4394 = mul %4379, %4379 : f32[16] @ models/lib/nn.yaml:80:7
%4395 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4396 = cast %4395 : f32[] @ models/lib/nn.yaml:80:7
%4397 = broadcast %4396 : f32[16] @ models/lib/nn.yaml:80:7
%4398 = mul %4394, %4397 : f32[16] @ models/lib/nn.yaml:80:7
%4399 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4400 = cast %4399 : f32[] @ models/lib/nn.yaml:80:7
%4401 = broadcast %4400 : f32[16] @ models/lib/nn.yaml:80:7
%4402 = mul %4381, %4401 : f32[16] @ models/lib/nn.yaml:80:7
%4403 = add %4402, %4398 : f32[16] @ models/lib/nn.yaml:80:7
%4404 = cast %4384 : f64[] @ models/lib/nn.yaml:80:7
%4405 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4406 = pow %4405, %4404 : f64[] @ models/lib/nn.yaml:80:7
%4407 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4408 = sub %4407, %4406 : f64[] @ models/lib/nn.yaml:80:7
%4409 = div %1943, %4408 : f64[] @ models/lib/nn.yaml:80:7
%4410 = cast %4384 : f64[] @ models/lib/nn.yaml:80:7
%4411 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4412 = pow %4411, %4410 : f64[] @ models/lib/nn.yaml:80:7
%4413 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4414 = sub %4413, %4412 : f64[] @ models/lib/nn.yaml:80:7
%4415 = sqrt %4414 : f64[] @ models/lib/nn.yaml:80:7
%4416 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4417 = div %4416, %4415 : f64[] @ models/lib/nn.yaml:80:7
%4418 = sqrt %4403 : f32[16] @ models/lib/nn.yaml:80:7
%4419 = cast %4417 : f32[] @ models/lib/nn.yaml:80:7
%4420 = broadcast %4419 : f32[16] @ models/lib/nn.yaml:80:7
%4421 = mul %4418, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%4422 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4423 = cast %4422 : f32[] @ models/lib/nn.yaml:80:7
%4424 = broadcast %4423 : f32[16] @ models/lib/nn.yaml:80:7
%4425 = add %4421, %4424 : f32[16] @ models/lib/nn.yaml:80:7
%4426 = div %4393, %4425 : f32[16] @ models/lib/nn.yaml:80:7
%4427 = cast %4409 : f32[] @ models/lib/nn.yaml:80:7
%4428 = broadcast %4427 : f32[16] @ models/lib/nn.yaml:80:7
%4429 = mul %4426, %4428 : f32[16] @ models/lib/nn.yaml:80:7
%4430 = sub %25, %4429 : f32[16] @ models/lib/nn.yaml:80:7
%4431 = assign %25, %4430 : f32[16] @ models/lib/nn.yaml:80:7
%4432 = assign %4380, %4393 : f32[16] @ models/lib/nn.yaml:80:7
%4433 = assign %4381, %4403 : f32[16] @ models/lib/nn.yaml:80:7
%4434 = assign %4382, %4384 : i64[] @ models/lib/nn.yaml:80:7
%4435 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%4436 = broadcast %4435 : f32[16] @ models/lib/nn.yaml:80:7
%4437 = mul %109, %4436 : f32[16] @ models/lib/nn.yaml:80:7
%4438 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4439 = sub %4438, %1945 : f64[] @ models/lib/nn.yaml:80:7
%4440 = cast %4439 : f32[] @ models/lib/nn.yaml:80:7
%4441 = broadcast %4440 : f32[16] @ models/lib/nn.yaml:80:7
%4442 = mul %4430, %4441 : f32[16] @ models/lib/nn.yaml:80:7
%4443 = add %4437, %4442 : f32[16] @ models/lib/nn.yaml:80:7
%4444 = assign %109, %4443 : f32[16] @ models/lib/nn.yaml:80:7
%4445 = all_reduce_sum %2803 : f32[16] @ models/lib/nn.yaml:89:7
%4446 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4447 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4448 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4449 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4450 = add %4448, %4449 : i64[] @ models/lib/nn.yaml:89:7
%4451 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4452 = cast %4451 : f32[] @ models/lib/nn.yaml:89:7
%4453 = broadcast %4452 : f32[16] @ models/lib/nn.yaml:89:7
%4454 = mul %4445, %4453 : f32[16] @ models/lib/nn.yaml:89:7
%4455 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4456 = cast %4455 : f32[] @ models/lib/nn.yaml:89:7
%4457 = broadcast %4456 : f32[16] @ models/lib/nn.yaml:89:7
%4458 = mul %4446, %4457 : f32[16] @ models/lib/nn.yaml:89:7
%4459 = add %4458, %4454 : f32[16] @ models/lib/nn.yaml:89:7
%4460 = mul %4445, %4445 : f32[16] @ models/lib/nn.yaml:89:7
%4461 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4462 = cast %4461 : f32[] @ models/lib/nn.yaml:89:7
%4463 = broadcast %4462 : f32[16] @ models/lib/nn.yaml:89:7
%4464 = mul %4460, %4463 : f32[16] @ models/lib/nn.yaml:89:7
%4465 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4466 = cast %4465 : f32[] @ models/lib/nn.yaml:89:7
%4467 = broadcast %4466 : f32[16] @ models/lib/nn.yaml:89:7
%4468 = mul %4447, %4467 : f32[16] @ models/lib/nn.yaml:89:7
%4469 = add %4468, %4464 : f32[16] @ models/lib/nn.yaml:89:7
%4470 = cast %4450 : f64[] @ models/lib/nn.yaml:89:7
%4471 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4472 = pow %4471, %4470 : f64[] @ models/lib/nn.yaml:89:7
%4473 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4474 = sub %4473, %4472 : f64[] @ models/lib/nn.yaml:89:7
%4475 = div %1943, %4474 : f64[] @ models/lib/nn.yaml:89:7
%4476 = cast %4450 : f64[] @ models/lib/nn.yaml:89:7
%4477 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4478 = pow %4477, %4476 : f64[] @ models/lib/nn.yaml:89:7
%4479 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4480 = sub %4479, %4478 : f64[] @ models/lib/nn.yaml:89:7
%4481 = sqrt %4480 : f64[] @ models/lib/nn.yaml:89:7
%4482 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4483 = div %4482, %4481 : f64[] @ models/lib/nn.yaml:89:7
%4484 = sqrt %4469 : f32[16] @ models/lib/nn.yaml:89:7
%4485 = cast %4483 : f32[] @ models/lib/nn.yaml:89:7
%4486 = broadcast %4485 : f32[16] @ models/lib/nn.yaml:89:7
%4487 = mul %4484, %4486 : f32[16] @ models/lib/nn.yaml:89:7
%4488 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4489 = cast %4488 : f32[] @ models/lib/nn.yaml:89:7
%4490 = broadcast %4489 : f32[16] @ models/lib/nn.yaml:89:7
%4491 = add %4487, %4490 : f32[16] @ models/lib/nn.yaml:89:7
%4492 = div %4459, %4491 : f32[16] @ models/lib/nn.yaml:89:7
%4493 = cast %4475 : f32[] @ models/lib/nn.yaml:89:7
%4494 = broadcast %4493 : f32[16] @ models/lib/nn.yaml:89:7
%4495 = mul %4492, %4494 : f32[16] @ models/lib/nn.yaml:89:7
%4496 = sub %26, %4495 : f32[16] @ models/lib/nn.yaml:89:7
%4497 = assign %26, %4496 : f32[16] @ models/lib/nn.yaml:89:7
%4498 = assign %4446, %4459 : f32[16] @ models/lib/nn.yaml:89:7
%4499 = assign %4447, %4469 : f32[16] @ models/lib/nn.yaml:89:7
%4500 = assign %4448, %4450 : i64[] @ models/lib/nn.yaml:89:7
%4501 = cast %1945 : f32[] @ models/lib/nn.yaml:89:7
%4502 = broadcast %4501 : f32[16] @ models/lib/nn.yaml:89:7
%4503 = mul %110, %4502 : f32[16] @ models/lib/nn.yaml:89:7
%4504 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4505 = sub %4504, %1945 : f64[] @ models/lib/nn.yaml:89:7
%4506 = cast %4505 : f32[] @ models/lib/nn.yaml:89:7
%4507 = broadcast %4506 : f32[16] @ models/lib/nn.yaml:89:7
%4508 = mul %4496, %4507 : f32[16] @ models/lib/nn.yaml:89:7
%4509 = add %4503, %4508 : f32[16] @ models/lib/nn.yaml:89:7
%4510 = assign %110, %4509 : f32[16] @ models/lib/nn.yaml:89:7
%4511 = all_reduce_sum %2799 : f32[16] @ models/lib/nn.yaml:90:7
%4512 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4513 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4514 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4515 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%4516 = add %4514, %4515 : i64[] @ models/lib/nn.yaml:90:7
%4517 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%4518 = cast %4517 : f32[] @ models/lib/nn.yaml:90:7
%4519 = broadcast %4518 : f32[16] @ models/lib/nn.yaml:90:7
%4520 = mul %4511, %4519 : f32[16] @ models/lib/nn.yaml:90:7
%4521 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4522 = cast %4521 : f32[] @ models/lib/nn.yaml:90:7
%4523 = broadcast %4522 : f32[16] @ models/lib/nn.yaml:90:7
%4524 = mul %4512, %4523 : f32[16] @ models/lib/nn.yaml:90:7
%4525 = add %4524, %4520 : f32[16] @ models/lib/nn.yaml:90:7
%4526 = mul %4511, %4511 : f32[16] @ models/lib/nn.yaml:90:7
%4527 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%4528 = cast %4527 : f32[] @ models/lib/nn.yaml:90:7
%4529 = broadcast %4528 : f32[16] @ models/lib/nn.yaml:90:7
%4530 = mul %4526, %4529 : f32[16] @ models/lib/nn.yaml:90:7
%4531 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4532 = cast %4531 : f32[] @ models/lib/nn.yaml:90:7
%4533 = broadcast %4532 : f32[16] @ models/lib/nn.yaml:90:7
%4534 = mul %4513, %4533 : f32[16] @ models/lib/nn.yaml:90:7
%4535 = add %4534, %4530 : f32[16] @ models/lib/nn.yaml:90:7
%4536 = cast %4516 : f64[] @ models/lib/nn.yaml:90:7
%4537 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4538 = pow %4537, %4536 : f64[] @ models/lib/nn.yaml:90:7
%4539 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4540 = sub %4539, %4538 : f64[] @ models/lib/nn.yaml:90:7
%4541 = div %1943, %4540 : f64[] @ models/lib/nn.yaml:90:7
%4542 = cast %4516 : f64[] @ models/lib/nn.yaml:90:7
%4543 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4544 = pow %4543, %4542 : f64[] @ models/lib/nn.yaml:90:7
%4545 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4546 = sub %4545, %4544 : f64[] @ models/lib/nn.yaml:90:7
%4547 = sqrt %4546 : f64[] @ models/lib/nn.yaml:90:7
%4548 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4549 = div %4548, %4547 : f64[] @ models/lib/nn.yaml:90:7
%4550 = sqrt %4535 : f32[16] @ models/lib/nn.yaml:90:7
%4551 = cast %4549 : f32[] @ models/lib/nn.yaml:90:7
%4552 = broadcast %4551 : f32[16] @ models/lib/nn.yaml:90:7
%4553 = mul %4550, %4552 : f32[16] @ models/lib/nn.yaml:90:7
%4554 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%4555 = cast %4554 : f32[] @ models/lib/nn.yaml:90:7
%4556 = broadcast %4555 : f32[16] @ models/lib/nn.yaml:90:7
%4557 = add %4553, %4556 : f32[16] @ models/lib/nn.yaml:90:7
%4558 = div %4525, %4557 : f32[16] @ models/lib/nn.yaml:90:7
%4559 = cast %4541 : f32[] @ models/lib/nn.yaml:90:7
%4560 = broadcast %4559 : f32[16] @ models/lib/nn.yaml:90:7
%4561 = mul %4558, %4560 : f32[16] @ models/lib/nn.yaml:90:7
%4562 = sub %27, %4561 : f32[16] @ models/lib/nn.yaml:90:7
%4563 = assign %27, %4562 : f32[16] @ models/lib/nn.yaml:90:7
%4564 = assign %4512, %4525 : f32[16] @ models/lib/nn.yaml:90:7
%4565 = assign %4513, %4535 : f32[16] @ models/lib/nn.yaml:90:7
%4566 = assign %4514, %4516 : i64[] @ models/lib/nn.yaml:90:7
%4567 = cast %1945 : f32[] @ models/lib/nn.yaml:90:7
%4568 = broadcast %4567 : f32[16] @ models/lib/nn.yaml:90:7
%4569 = mul %111, %4568 : f32[16] @ models/lib/nn.yaml:90:7
%4570 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4571 = sub %4570, %1945 : f64[] @ models/lib/nn.yaml:90:7
%4572 = cast %4571 : f32[] @ models/lib/nn.yaml:90:7
%4573 = broadcast %4572 : f32[16] @ models/lib/nn.yaml:90:7
%4574 = mul %4562, %4573 : f32[16] @ models/lib/nn.yaml:90:7
%4575 = add %4569, %4574 : f32[16] @ models/lib/nn.yaml:90:7
%4576 = assign %111, %4575 : f32[16] @ models/lib/nn.yaml:90:7
%4577 = all_reduce_sum %2797 : f32[64,16] @ models/lib/nn.yaml:79:7
%4578 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4579 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4580 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4581 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4582 = add %4580, %4581 : i64[] @ models/lib/nn.yaml:79:7
%4583 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%4584 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4585 = sub %4584, %4583 : f64[] @ models/lib/nn.yaml:79:7
%4586 = cast %4585 : f32[] @ models/lib/nn.yaml:79:7
%4587 = broadcast %4586 : f32[64,16] @ models/lib/nn.yaml:79:7
%4588 = mul %28, %4587 : f32[64,16] @ models/lib/nn.yaml:79:7
%4589 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4590 = cast %4589 : f32[] @ models/lib/nn.yaml:79:7
%4591 = broadcast %4590 : f32[64,16] @ models/lib/nn.yaml:79:7
%4592 = mul %4577, %4591 : f32[64,16] @ models/lib/nn.yaml:79:7
%4593 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4594 = cast %4593 : f32[] @ models/lib/nn.yaml:79:7
%4595 = broadcast %4594 : f32[64,16] @ models/lib/nn.yaml:79:7
%4596 = mul %4578, %4595 : f32[64,16] @ models/lib/nn.yaml:79:7
%4597 = add %4596, %4592 : f32[64,16] @ models/lib/nn.yaml:79:7
%4598 = mul %4577, %4577 : f32[64,16] @ models/lib/nn.yaml:79:7
%4599 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4600 = cast %4599 : f32[] @ models/lib/nn.yaml:79:7
%4601 = broadcast %4600 : f32[64,16] @ models/lib/nn.yaml:79:7
%4602 = mul %4598, %4601 : f32[64,16] @ models/lib/nn.yaml:79:7
%4603 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4604 = cast %4603 : f32[] @ models/lib/nn.yaml:79:7
%4605 = broadcast %4604 : f32[64,16] @ models/lib/nn.yaml:79:7
%4606 = mul %4579, %4605 : f32[64,16] @ models/lib/nn.yaml:79:7
%4607 = add %4606, %4602 : f32[64,16] @ models/lib/nn.yaml:79:7
%4608 = cast %4582 : f64[] @ models/lib/nn.yaml:79:7
%4609 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4610 = pow %4609, %4608 : f64[] @ models/lib/nn.yaml:79:7
%4611 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4612 = sub %4611, %4610 : f64[] @ models/lib/nn.yaml:79:7
%4613 = div %1943, %4612 : f64[] @ models/lib/nn.yaml:79:7
%4614 = cast %4582 : f64[] @ models/lib/nn.yaml:79:7
%4615 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4616 = pow %4615, %4614 : f64[] @ models/lib/nn.yaml:79:7
%4617 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4618 = sub %4617, %4616 : f64[] @ models/lib/nn.yaml:79:7
%4619 = sqrt %4618 : f64[] @ models/lib/nn.yaml:79:7
%4620 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4621 = div %4620, %4619 : f64[] @ models/lib/nn.yaml:79:7
%4622 = sqrt %4607 : f32[64,16] @ models/lib/nn.yaml:79:7
%4623 = cast %4621 : f32[] @ models/lib/nn.yaml:79:7
%4624 = broadcast %4623 : f32[64,16] @ models/lib/nn.yaml:79:7
%4625 = mul %4622, %4624 : f32[64,16] @ models/lib/nn.yaml:79:7
%4626 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4627 = cast %4626 : f32[] @ models/lib/nn.yaml:79:7
%4628 = broadcast %4627 : f32[64,16] @ models/lib/nn.yaml:79:7
%4629 = add %4625, %4628 : f32[64,16] @ models/lib/nn.yaml:79:7
%4630 = div %4597, %4629 : f32[64,16] @ models/lib/nn.yaml:79:7
%4631 = cast %4613 : f32[] @ models/lib/nn.yaml:79:7
%4632 = broadcast %4631 : f32[64,16] @ models/lib/nn.yaml:79:7
%4633 = mul %4630, %4632 : f32[64,16] @ models/lib/nn.yaml:79:7
%4634 = sub %4588, %4633 : f32[64,16] @ models/lib/nn.yaml:79:7
%4635 = assign %28, %4634 : f32[64,16] @ models/lib/nn.yaml:79:7
%4636 = assign %4578, %4597 : f32[64,16] @ models/lib/nn.yaml:79:7
%4637 = assign %4579, %4607 : f32[64,16] @ models/lib/nn.yaml:79:7
%4638 = assign %4580, %4582 : i64[] @ models/lib/nn.yaml:79:7
%4639 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%4640 = broadcast %4639 : f32[64,16] @ models/lib/nn.yaml:79:7
%4641 = mul %112, %4640 : f32[64,16] @ models/lib/nn.yaml:79:7
%4642 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4643 = sub %4642, %1945 : f64[] @ models/lib/nn.yaml:79:7
%4644 = cast %4643 : f32[] @ models/lib/nn.yaml:79:7
%4645 = broadcast %4644 : f32[64,16] @ models/lib/nn.yaml:79:7
%4646 = mul %4634, %4645 : f32[64,16] @ models/lib/nn.yaml:79:7
%4647 = add %4641, %4646 : f32[64,16] @ models/lib/nn.yaml:79:7
%4648 = assign %112, %4647 : f32[64,16] @ models/lib/nn.yaml:79:7
%4649 = all_reduce_sum %2793 : f32[64] @ models/lib/nn.yaml:80:7
%4650 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4651 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4652 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4653 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4654 = add %4652, %4653 : i64[] @ models/lib/nn.yaml:80:7
%4655 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4656 = cast %4655 : f32[] @ models/lib/nn.yaml:80:7
%4657 = broadcast %4656 : f32[64] @ models/lib/nn.yaml:80:7
%4658 = mul %4649, %4657 : f32[64] @ models/lib/nn.yaml:80:7
%4659 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4660 = cast %4659 : f32[] @ models/lib/nn.yaml:80:7
%4661 = broadcast %4660 : f32[64] @ models/lib/nn.yaml:80:7
%4662 = mul %4650, %4661 : f32[64] @ models/lib/nn.yaml:80:7
%4663 = add %4662, %4658 : f32[64] @ models/lib/nn.yaml:80:7
%4664 = mul %4649, %4649 : f32[64] @ models/lib/nn.yaml:80:7
%4665 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4666 = cast %4665 : f32[] @ models/lib/nn.yaml:80:7
%4667 = broadcast %4666 : f32[64] @ models/lib/nn.yaml:80:7
%4668 = mul %4664, %4667 : f32[64] @ models/lib/nn.yaml:80:7
%4669 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4670 = cast %4669 : f32[] @ models/lib/nn.yaml:80:7
%4671 = broadcast %4670 : f32[64] @ models/lib/nn.yaml:80:7
%4672 = mul %4651, %4671 : f32[64] @ models/lib/nn.yaml:80:7
%4673 = add %4672, %4668 : f32[64] @ models/lib/nn.yaml:80:7
%4674 = cast %4654 : f64[] @ models/lib/nn.yaml:80:7
%4675 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4676 = pow %4675, %4674 : f64[] @ models/lib/nn.yaml:80:7
%4677 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4678 = sub %4677, %4676 : f64[] @ models/lib/nn.yaml:80:7
%4679 = div %1943, %4678 : f64[] @ models/lib/nn.yaml:80:7
%4680 = cast %4654 : f64[] @ models/lib/nn.yaml:80:7
%4681 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4682 = pow %4681, %4680 : f64[] @ models/lib/nn.yaml:80:7
%4683 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4684 = sub %4683, %4682 : f64[] @ models/lib/nn.yaml:80:7
%4685 = sqrt %4684 : f64[] @ models/lib/nn.yaml:80:7
%4686 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4687 = div %4686, %4685 : f64[] @ models/lib/nn.yaml:80:7
%4688 = sqrt %4673 : f32[64] @ models/lib/nn.yaml:80:7
%4689 = cast %4687 : f32[] @ models/lib/nn.yaml:80:7
%4690 = broadcast %4689 : f32[64] @ models/lib/nn.yaml:80:7
%4691 = mul %4688, %4690 : f32[64] @ models/lib/nn.yaml:80:7
%4692 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4693 = cast %4692 : f32[] @ models/lib/nn.yaml:80:7
%4694 = broadcast %4693 : f32[64] @ models/lib/nn.yaml:80:7
%4695 = add %4691, %4694 : f32[64] @ models/lib/nn.yaml:80:7
%4696 = div %4663, %4695 : f32[64] @ models/lib/nn.yaml:80:7
%4697 = cast %4679 : f32[] @ models/lib/nn.yaml:80:7
%4698 = broadcast %4697 : f32[64] @ models/lib/nn.yaml:80:7
%4699 = mul %4696, %4698 : f32[64] @ models/lib/nn.yaml:80:7
%4700 = sub %29, %4699 : f32[64] @ models/lib/nn.yaml:80:7
%4701 = assign %29, %4700 : f32[64] @ models/lib/nn.yaml:80:7
%4702 = assign %4650, %4663 : f32[64] @ models/lib/nn.yaml:80:7
%4703 = assign %4651, %4673 : f32[64] @ models/lib/nn.yaml:80:7
%4704 = assign %4652, %4654 : i64[] @ models/lib/nn.yaml:80:7
%4705 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%4706 = broadcast %4705 : f32[64] @ models/lib/nn.yaml:80:7
%4707 = mul %113, %4706 : f32[64] @ models/lib/nn.yaml:80:7
%4708 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4709 = sub %4708, %1945 : f64[] @ models/lib/nn.yaml:80:7
%4710 = cast %4709 : f32[] @ models/lib/nn.yaml:80:7
%4711 = broadcast %4710 : f32[64] @ models/lib/nn.yaml:80:7
%4712 = mul %4700, %4711 : f32[64] @ models/lib/nn.yaml:80:7
%4713 = add %4707, %4712 : f32[64] @ models/lib/nn.yaml:80:7
%4714 = assign %113, %4713 : f32[64] @ models/lib/nn.yaml:80:7
%4715 = all_reduce_sum %2779 : f32[16,64] @ models/lib/nn.yaml:79:7
%4716 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4717 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4718 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4719 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4720 = add %4718, %4719 : i64[] @ models/lib/nn.yaml:79:7
%4721 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%4722 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4723 = sub %4722, %4721 : f64[] @ models/lib/nn.yaml:79:7
%4724 = cast %4723 : f32[] @ models/lib/nn.yaml:79:7
%4725 = broadcast %4724 : f32[16,64] @ models/lib/nn.yaml:79:7
%4726 = mul %30, %4725 : f32[16,64] @ models/lib/nn.yaml:79:7
%4727 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4728 = cast %4727 : f32[] @ models/lib/nn.yaml:79:7
%4729 = broadcast %4728 : f32[16,64] @ models/lib/nn.yaml:79:7
%4730 = mul %4715, %4729 : f32[16,64] @ models/lib/nn.yaml:79:7
%4731 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4732 = cast %4731 : f32[] @ models/lib/nn.yaml:79:7
%4733 = broadcast %4732 : f32[16,64] @ models/lib/nn.yaml:79:7
%4734 = mul %4716, %4733 : f32[16,64] @ models/lib/nn.yaml:79:7
%4735 = add %4734, %4730 : f32[16,64] @ models/lib/nn.yaml:79:7
%4736 = mul %4715, %4715 : f32[16,64] @ models/lib/nn.yaml:79:7
%4737 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4738 = cast %4737 : f32[] @ models/lib/nn.yaml:79:7
%4739 = broadcast %4738 : f32[16,64] @ models/lib/nn.yaml:79:7
%4740 = mul %4736, %4739 : f32[16,64] @ models/lib/nn.yaml:79:7
%4741 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4742 = cast %4741 : f32[] @ models/lib/nn.yaml:79:7
%4743 = broadcast %4742 : f32[16,64] @ models/lib/nn.yaml:79:7
%4744 = mul %4717, %4743 : f32[16,64] @ models/lib/nn.yaml:79:7
%4745 = add %4744, %4740 : f32[16,64] @ models/lib/nn.yaml:79:7
%4746 = cast %4720 : f64[] @ models/lib/nn.yaml:79:7
%4747 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4748 = pow %4747, %4746 : f64[] @ models/lib/nn.yaml:79:7
%4749 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4750 = sub %4749, %4748 : f64[] @ models/lib/nn.yaml:79:7
%4751 = div %1943, %4750 : f64[] @ models/lib/nn.yaml:79:7
%4752 = cast %4720 : f64[] @ models/lib/nn.yaml:79:7
%4753 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4754 = pow %4753, %4752 : f64[] @ models/lib/nn.yaml:79:7
%4755 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4756 = sub %4755, %4754 : f64[] @ models/lib/nn.yaml:79:7
%4757 = sqrt %4756 : f64[] @ models/lib/nn.yaml:79:7
%4758 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4759 = div %4758, %4757 : f64[] @ models/lib/nn.yaml:79:7
%4760 = sqrt %4745 : f32[16,64] @ models/lib/nn.yaml:79:7
%4761 = cast %4759 : f32[] @ models/lib/nn.yaml:79:7
%4762 = broadcast %4761 : f32[16,64] @ models/lib/nn.yaml:79:7
%4763 = mul %4760, %4762 : f32[16,64] @ models/lib/nn.yaml:79:7
%4764 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4765 = cast %4764 : f32[] @ models/lib/nn.yaml:79:7
%4766 = broadcast %4765 : f32[16,64] @ models/lib/nn.yaml:79:7
%4767 = add %4763, %4766 : f32[16,64] @ models/lib/nn.yaml:79:7
%4768 = div %4735, %4767 : f32[16,64] @ models/lib/nn.yaml:79:7
%4769 = cast %4751 : f32[] @ models/lib/nn.yaml:79:7
%4770 = broadcast %4769 : f32[16,64] @ models/lib/nn.yaml:79:7
%4771 = mul %4768, %4770 : f32[16,64] @ models/lib/nn.yaml:79:7
%4772 = sub %4726, %4771 : f32[16,64] @ models/lib/nn.yaml:79:7
%4773 = assign %30, %4772 : f32[16,64] @ models/lib/nn.yaml:79:7
%4774 = assign %4716, %4735 : f32[16,64] @ models/lib/nn.yaml:79:7
%4775 = assign %4717, %4745 : f32[16,64] @ models/lib/nn.yaml:79:7
%4776 = assign %4718, %4720 : i64[] @ models/lib/nn.yaml:79:7
%4777 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%4778 = broadcast %4777 : f32[16,64] @ models/lib/nn.yaml:79:7
%4779 = mul %114, %4778 : f32[16,64] @ models/lib/nn.yaml:79:7
%4780 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4781 = sub %4780, %1945 : f64[] @ models/lib/nn.yaml:79:7
%4782 = cast %4781 : f32[] @ models/lib/nn.yaml:79:7
%4783 = broadcast %4782 : f32[16,64] @ models/lib/nn.yaml:79:7
%4784 = mul %4772, %4783 : f32[16,64] @ models/lib/nn.yaml:79:7
%4785 = add %4779, %4784 : f32[16,64] @ models/lib/nn.yaml:79:7
%4786 = assign %114, %4785 : f32[16,64] @ models/lib/nn.yaml:79:7
%4787 = all_reduce_sum %2775 : f32[16] @ models/lib/nn.yaml:80:7
%4788 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4789 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4790 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4791 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4792 = add %4790, %4791 : i64[] @ models/lib/nn.yaml:80:7
%4793 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4794 = cast %4793 : f32[] @ models/lib/nn.yaml:80:7
%4795 = broadcast %4794 : f32[16] @ models/lib/nn.yaml:80:7
%4796 = mul %4787, %4795 : f32[16] @ models/lib/nn.yaml:80:7
%4797 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4798 = cast %4797 : f32[] @ models/lib/nn.yaml:80:7
%4799 = broadcast %4798 : f32[16] @ models/lib/nn.yaml:80:7
%4800 = mul %4788, %4799 : f32[16] @ models/lib/nn.yaml:80:7
%4801 = add %4800, %4796 : f32[16] @ models/lib/nn.yaml:80:7
%4802 = mul %4787, %4787 : f32[16] @ models/lib/nn.yaml:80:7
%4803 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4804 = cast %4803 : f32[] @ models/lib/nn.yaml:80:7
%4805 = broadcast %4804 : f32[16] @ models/lib/nn.yaml:80:7
%4806 = mul %4802, %4805 : f32[16] @ models/lib/nn.yaml:80:7
%4807 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4808 = cast %4807 : f32[] @ models/lib/nn.yaml:80:7
%4809 = broadcast %4808 : f32[16] @ models/lib/nn.yaml:80:7
%4810 = mul %4789, %4809 : f32[16] @ models/lib/nn.yaml:80:7
%4811 = add %4810, %4806 : f32[16] @ models/lib/nn.yaml:80:7
%4812 = cast %4792 : f64[] @ models/lib/nn.yaml:80:7
%4813 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4814 = pow %4813, %4812 : f64[] @ models/lib/nn.yaml:80:7
%4815 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4816 = sub %4815, %4814 : f64[] @ models/lib/nn.yaml:80:7
%4817 = div %1943, %4816 : f64[] @ models/lib/nn.yaml:80:7
%4818 = cast %4792 : f64[] @ models/lib/nn.yaml:80:7
%4819 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4820 = pow %4819, %4818 : f64[] @ models/lib/nn.yaml:80:7
%4821 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4822 = sub %4821, %4820 : f64[] @ models/lib/nn.yaml:80:7
%4823 = sqrt %4822 : f64[] @ models/lib/nn.yaml:80:7
%4824 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4825 = div %4824, %4823 : f64[] @ models/lib/nn.yaml:80:7
%4826 = sqrt %4811 : f32[16] @ models/lib/nn.yaml:80:7
%4827 = cast %4825 : f32[] @ models/lib/nn.yaml:80:7
%4828 = broadcast %4827 : f32[16] @ models/lib/nn.yaml:80:7
%4829 = mul %4826, %4828 : f32[16] @ models/lib/nn.yaml:80:7
%4830 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4831 = cast %4830 : f32[] @ models/lib/nn.yaml:80:7
%4832 = broadcast %4831 : f32[16] @ models/lib/nn.yaml:80:7
%4833 = add %4829, %4832 : f32[16] @ models/lib/nn.yaml:80:7
%4834 = div %4801, %4833 : f32[16] @ models/lib/nn.yaml:80:7
%4835 = cast %4817 : f32[] @ models/lib/nn.yaml:80:7
%4836 = broadcast %4835 : f32[16] @ models/lib/nn.yaml:80:7
%4837 = mul %4834, %4836 : f32[16] @ models/lib/nn.yaml:80:7
%4838 = sub %31, %4837 : f32[16] @ models/lib/nn.yaml:80:7
%4839 = assign %31, %4838 : f32[16] @ models/lib/nn.yaml:80:7
%4840 = assign %4788, %4801 : f32[16] @ models/lib/nn.yaml:80:7
%4841 = assign %4789, %4811 : f32[16] @ models/lib/nn.yaml:80:7
%4842 = assign %4790, %4792 : i64[] @ models/lib/nn.yaml:80:7
%4843 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%4844 = broadcast %4843 : f32[16] @ models/lib/nn.yaml:80:7
%4845 = mul %115, %4844 : f32[16] @ models/lib/nn.yaml:80:7
%4846 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4847 = sub %4846, %1945 : f64[] @ models/lib/nn.yaml:80:7
%4848 = cast %4847 : f32[] @ models/lib/nn.yaml:80:7
%4849 = broadcast %4848 : f32[16] @ models/lib/nn.yaml:80:7
%4850 = mul %4838, %4849 : f32[16] @ models/lib/nn.yaml:80:7
%4851 = add %4845, %4850 : f32[16] @ models/lib/nn.yaml:80:7
%4852 = assign %115, %4851 : f32[16] @ models/lib/nn.yaml:80:7
%4853 = all_reduce_sum %2771 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4854 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4855 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4856 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%4857 = const data=[1] : i64[] @ models/lib/vit.yaml:103:7
%4858 = add %4856, %4857 : i64[] @ models/lib/vit.yaml:103:7
%4859 = mul %1943, %1944 : f64[] @ models/lib/vit.yaml:103:7
%4860 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%4861 = sub %4860, %4859 : f64[] @ models/lib/vit.yaml:103:7
%4862 = cast %4861 : f32[] @ models/lib/vit.yaml:103:7
%4863 = broadcast %4862 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4864 = mul %32, %4863 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4865 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:103:7
%4866 = cast %4865 : f32[] @ models/lib/vit.yaml:103:7
%4867 = broadcast %4866 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4868 = mul %4853, %4867 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4869 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%4870 = cast %4869 : f32[] @ models/lib/vit.yaml:103:7
%4871 = broadcast %4870 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4872 = mul %4854, %4871 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4873 = add %4872, %4868 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4874 = mul %4853, %4853 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4875 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:103:7
%4876 = cast %4875 : f32[] @ models/lib/vit.yaml:103:7
%4877 = broadcast %4876 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4878 = mul %4874, %4877 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4879 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%4880 = cast %4879 : f32[] @ models/lib/vit.yaml:103:7
%4881 = broadcast %4880 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4882 = mul %4855, %4881 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4883 = add %4882, %4878 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4884 = cast %4858 : f64[] @ models/lib/vit.yaml:103:7
%4885 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%4886 = pow %4885, %4884 : f64[] @ models/lib/vit.yaml:103:7
%4887 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%4888 = sub %4887, %4886 : f64[] @ models/lib/vit.yaml:103:7
%4889 = div %1943, %4888 : f64[] @ models/lib/vit.yaml:103:7
%4890 = cast %4858 : f64[] @ models/lib/vit.yaml:103:7
%4891 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%4892 = pow %4891, %4890 : f64[] @ models/lib/vit.yaml:103:7
%4893 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%4894 = sub %4893, %4892 : f64[] @ models/lib/vit.yaml:103:7
%4895 = sqrt %4894 : f64[] @ models/lib/vit.yaml:103:7
%4896 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%4897 = div %4896, %4895 : f64[] @ models/lib/vit.yaml:103:7
%4898 = sqrt %4883 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4899 = cast %4897 : f32[] @ models/lib/vit.yaml:103:7
%4900 = broadcast %4899 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4901 = mul %4898, %4900 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4902 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:103:7
%4903 = cast %4902 : f32[] @ models/lib/vit.yaml:103:7
%4904 = broadcast %4903 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4905 = add %4901, %4904 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4906 = div %4873, %4905 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4907 = cast %4889 : f32[] @ models/lib/vit.yaml:103:7
%4908 = broadcast %4907 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4909 = mul %4906, %4908 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4910 = sub %4864, %4909 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4911 = assign %32, %4910 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4912 = assign %4854, %4873 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4913 = assign %4855, %4883 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4914 = assign %4856, %4858 : i64[] @ models/lib/vit.yaml:103:7
%4915 = cast %1945 : f32[] @ models/lib/vit.yaml:103:7
%4916 = broadcast %4915 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4917 = mul %116, %4916 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4918 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%4919 = sub %4918, %1945 : f64[] @ models/lib/vit.yaml:103:7
%4920 = cast %4919 : f32[] @ models/lib/vit.yaml:103:7
%4921 = broadcast %4920 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4922 = mul %4910, %4921 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4923 = add %4917, %4922 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4924 = assign %116, %4923 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4925 = all_reduce_sum %2746 : f32[16] @ models/lib/nn.yaml:89:7
%4926 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4927 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4928 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4929 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4930 = add %4928, %4929 : i64[] @ models/lib/nn.yaml:89:7
%4931 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4932 = cast %4931 : f32[] @ models/lib/nn.yaml:89:7
%4933 = broadcast %4932 : f32[16] @ models/lib/nn.yaml:89:7
%4934 = mul %4925, %4933 : f32[16] @ models/lib/nn.yaml:89:7
%4935 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4936 = cast %4935 : f32[] @ models/lib/nn.yaml:89:7
%4937 = broadcast %4936 : f32[16] @ models/lib/nn.yaml:89:7
%4938 = mul %4926, %4937 : f32[16] @ models/lib/nn.yaml:89:7
%4939 = add %4938, %4934 : f32[16] @ models/lib/nn.yaml:89:7
%4940 = mul %4925, %4925 : f32[16] @ models/lib/nn.yaml:89:7
%4941 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4942 = cast %4941 : f32[] @ models/lib/nn.yaml:89:7
%4943 = broadcast %4942 : f32[16] @ models/lib/nn.yaml:89:7
%4944 = mul %4940, %4943 : f32[16] @ models/lib/nn.yaml:89:7
%4945 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4946 = cast %4945 : f32[] @ models/lib/nn.yaml:89:7
%4947 = broadcast %4946 : f32[16] @ models/lib/nn.yaml:89:7
%4948 = mul %4927, %4947 : f32[16] @ models/lib/nn.yaml:89:7
%4949 = add %4948, %4944 : f32[16] @ models/lib/nn.yaml:89:7
%4950 = cast %4930 : f64[] @ models/lib/nn.yaml:89:7
%4951 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4952 = pow %4951, %4950 : f64[] @ models/lib/nn.yaml:89:7
%4953 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4954 = sub %4953, %4952 : f64[] @ models/lib/nn.yaml:89:7
%4955 = div %1943, %4954 : f64[] @ models/lib/nn.yaml:89:7
%4956 = cast %4930 : f64[] @ models/lib/nn.yaml:89:7
%4957 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4958 = pow %4957, %4956 : f64[] @ models/lib/nn.yaml:89:7
%4959 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4960 = sub %4959, %4958 : f64[] @ models/lib/nn.yaml:89:7
%4961 = sqrt %4960 : f64[] @ models/lib/nn.yaml:89:7
%4962 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4963 = div %4962, %4961 : f64[] @ models/lib/nn.yaml:89:7
%4964 = sqrt %4949 : f32[16] @ models/lib/nn.yaml:89:7
%4965 = cast %4963 : f32[] @ models/lib/nn.yaml:89:7
%4966 = broadcast %4965 : f32[16] @ models/lib/nn.yaml:89:7
%4967 = mul %4964, %4966 : f32[16] @ models/lib/nn.yaml:89:7
%4968 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4969 = cast %4968 : f32[] @ models/lib/nn.yaml:89:7
%4970 = broadcast %4969 : f32[16] @ models/lib/nn.yaml:89:7
%4971 = add %4967, %4970 : f32[16] @ models/lib/nn.yaml:89:7
%4972 = div %4939, %4971 : f32[16] @ models/lib/nn.yaml:89:7
%4973 = cast %4955 : f32[] @ models/lib/nn.yaml:89:7
%4974 = broadcast %4973 : f32[16] @ models/lib/nn.yaml:89:7
%4975 = mul %4972, %4974 : f32[16] @ models/lib/nn.yaml:89:7
%4976 = sub %33, %4975 : f32[16] @ models/lib/nn.yaml:89:7
%4977 = assign %33, %4976 : f32[16] @ models/lib/nn.yaml:89:7
%4978 = assign %4926, %4939 : f32[16] @ models/lib/nn.yaml:89:7
%4979 = assign %4927, %4949 : f32[16] @ models/lib/nn.yaml:89:7
%4980 = assign %4928, %4930 : i64[] @ models/lib/nn.yaml:89:7
%4981 = cast %1945 : f32[] @ models/lib/nn.yaml:89:7
%4982 = broadcast %4981 : f32[16] @ models/lib/nn.yaml:89:7
%4983 = mul %117, %4982 : f32[16] @ models/lib/nn.yaml:89:7
%4984 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4985 = sub %4984, %1945 : f64[] @ models/lib/nn.yaml:89:7
%4986 = cast %4985 : f32[] @ models/lib/nn.yaml:89:7
%4987 = broadcast %4986 : f32[16] @ models/lib/nn.yaml:89:7
%4988 = mul %4976, %4987 : f32[16] @ models/lib/nn.yaml:89:7
%4989 = add %4983, %4988 : f32[16] @ models/lib/nn.yaml:89:7
%4990 = assign %117, %4989 : f32[16] @ models/lib/nn.yaml:89:7
%4991 = all_reduce_sum %2742 : f32[16] @ models/lib/nn.yaml:90:7
%4992 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4993 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4994 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4995 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%4996 = add %4994, %4995 : i64[] @ models/lib/nn.yaml:90:7
%4997 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%4998 = cast %4997 : f32[] @ models/lib/nn.yaml:90:7
%4999 = broadcast %4998 : f32[16] @ models/lib/nn.yaml:90:7
%5000 = mul %4991, %4999 : f32[16] @ models/lib/nn.yaml:90:7
%5001 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5002 = cast %5001 : f32[] @ models/lib/nn.yaml:90:7
%5003 = broadcast %5002 : f32[16] @ models/lib/nn.yaml:90:7
%5004 = mul %4992, %5003 : f32[16] @ models/lib/nn.yaml:90:7
%5005 = add %5004, %5000 : f32[16] @ models/lib/nn.yaml:90:7
%5006 = mul %4991, %4991 : f32[16] @ models/lib/nn.yaml:90:7
%5007 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5008 = cast %5007 : f32[] @ models/lib/nn.yaml:90:7
%5009 = broadcast %5008 : f32[16] @ models/lib/nn.yaml:90:7
%5010 = mul %5006, %5009 : f32[16] @ models/lib/nn.yaml:90:7
%5011 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5012 = cast %5011 : f32[] @ models/lib/nn.yaml:90:7
%5013 = broadcast %5012 : f32[16] @ models/lib/nn.yaml:90:7
%5014 = mul %4993, %5013 : f32[16] @ models/lib/nn.yaml:90:7
%5015 = add %5014, %5010 : f32[16] @ models/lib/nn.yaml:90:7
%5016 = cast %4996 : f64[] @ models/lib/nn.yaml:90:7
%5017 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5018 = pow %5017, %5016 : f64[] @ models/lib/nn.yaml:90:7
%5019 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5020 = sub %5019, %5018 : f64[] @ models/lib/nn.yaml:90:7
%5021 = div %1943, %5020 : f64[] @ models/lib/nn.yaml:90:7
%5022 = cast %4996 : f64[] @ models/lib/nn.yaml:90:7
%5023 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5024 = pow %5023, %5022 : f64[] @ models/lib/nn.yaml:90:7
%5025 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5026 = sub %5025, %5024 : f64[] @ models/lib/nn.yaml:90:7
%5027 = sqrt %5026 : f64[] @ models/lib/nn.yaml:90:7
%5028 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5029 = div %5028, %5027 : f64[] @ models/lib/nn.yaml:90:7
%5030 = sqrt %5015 : f32[16] @ models/lib/nn.yaml:90:7
%5031 = cast %5029 : f32[] @ models/lib/nn.yaml:90:7
%5032 = broadcast %5031 : f32[16] @ models/lib/nn.yaml:90:7
%5033 = mul %5030, %5032 : f32[16] @ models/lib/nn.yaml:90:7
%5034 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5035 = cast %5034 : f32[] @ models/lib/nn.yaml:90:7
%5036 = broadcast %5035 : f32[16] @ models/lib/nn.yaml:90:7
%5037 = add %5033, %5036 : f32[16] @ models/lib/nn.yaml:90:7
%5038 = div %5005, %5037 : f32[16] @ models/lib/nn.yaml:90:7
%5039 = cast %5021 : f32[] @ models/lib/nn.yaml:90:7
%5040 = broadcast %5039 : f32[16] @ models/lib/nn.yaml:90:7
%5041 = mul %5038, %5040 : f32[16] @ models/lib/nn.yaml:90:7
%5042 = sub %34, %5041 : f32[16] @ models/lib/nn.yaml:90:7
%5043 = assign %34, %5042 : f32[16] @ models/lib/nn.yaml:90:7
%5044 = assign %4992, %5005 : f32[16] @ models/lib/nn.yaml:90:7
%5045 = assign %4993, %5015 : f32[16] @ models/lib/nn.yaml:90:7
%5046 = assign %4994, %4996 : i64[] @ models/lib/nn.yaml:90:7
%5047 = cast %1945 : f32[] @ models/lib/nn.yaml:90:7
%5048 = broadcast %5047 : f32[16] @ models/lib/nn.yaml:90:7
%5049 = mul %118, %5048 : f32[16] @ models/lib/nn.yaml:90:7
%5050 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5051 = sub %5050, %1945 : f64[] @ models/lib/nn.yaml:90:7
%5052 = cast %5051 : f32[] @ models/lib/nn.yaml:90:7
%5053 = broadcast %5052 : f32[16] @ models/lib/nn.yaml:90:7
%5054 = mul %5042, %5053 : f32[16] @ models/lib/nn.yaml:90:7
%5055 = add %5049, %5054 : f32[16] @ models/lib/nn.yaml:90:7
%5056 = assign %118, %5055 : f32[16] @ models/lib/nn.yaml:90:7
%5057 = all_reduce_sum %2738 : f32[16,16] @ models/lib/nn.yaml:79:7
%5058 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5059 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5060 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5061 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5062 = add %5060, %5061 : i64[] @ models/lib/nn.yaml:79:7
%5063 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%5064 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5065 = sub %5064, %5063 : f64[] @ models/lib/nn.yaml:79:7
%5066 = cast %5065 : f32[] @ models/lib/nn.yaml:79:7
%5067 = broadcast %5066 : f32[16,16] @ models/lib/nn.yaml:79:7
%5068 = mul %35, %5067 : f32[16,16] @ models/lib/nn.yaml:79:7
%5069 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5070 = cast %5069 : f32[] @ models/lib/nn.yaml:79:7
%5071 = broadcast %5070 : f32[16,16] @ models/lib/nn.yaml:79:7
%5072 = mul %5057, %5071 : f32[16,16] @ models/lib/nn.yaml:79:7
%5073 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5074 = cast %5073 : f32[] @ models/lib/nn.yaml:79:7
%5075 = broadcast %5074 : f32[16,16] @ models/lib/nn.yaml:79:7
%5076 = mul %5058, %5075 : f32[16,16] @ models/lib/nn.yaml:79:7
%5077 = add %5076, %5072 : f32[16,16] @ models/lib/nn.yaml:79:7
%5078 = mul %5057, %5057 : f32[16,16] @ models/lib/nn.yaml:79:7
%5079 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5080 = cast %5079 : f32[] @ models/lib/nn.yaml:79:7
%5081 = broadcast %5080 : f32[16,16] @ models/lib/nn.yaml:79:7
%5082 = mul %5078, %5081 : f32[16,16] @ models/lib/nn.yaml:79:7
%5083 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5084 = cast %5083 : f32[] @ models/lib/nn.yaml:79:7
%5085 = broadcast %5084 : f32[16,16] @ models/lib/nn.yaml:79:7
%5086 = mul %5059, %5085 : f32[16,16] @ models/lib/nn.yaml:79:7
%5087 = add %5086, %5082 : f32[16,16] @ models/lib/nn.yaml:79:7
%5088 = cast %5062 : f64[] @ models/lib/nn.yaml:79:7
%5089 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5090 = pow %5089, %5088 : f64[] @ models/lib/nn.yaml:79:7
%5091 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5092 = sub %5091, %5090 : f64[] @ models/lib/nn.yaml:79:7
%5093 = div %1943, %5092 : f64[] @ models/lib/nn.yaml:79:7
%5094 = cast %5062 : f64[] @ models/lib/nn.yaml:79:7
%5095 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5096 = pow %5095, %5094 : f64[] @ models/lib/nn.yaml:79:7
%5097 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5098 = sub %5097, %5096 : f64[] @ models/lib/nn.yaml:79:7
%5099 = sqrt %5098 : f64[] @ models/lib/nn.yaml:79:7
%5100 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5101 = div %5100, %5099 : f64[] @ models/lib/nn.yaml:79:7
%5102 = sqrt %5087 : f32[16,16] @ models/lib/nn.yaml:79:7
%5103 = cast %5101 : f32[] @ models/lib/nn.yaml:79:7
%5104 = broadcast %5103 : f32[16,16] @ models/lib/nn.yaml:79:7
%5105 = mul %5102, %5104 : f32[16,16] @ models/lib/nn.yaml:79:7
%5106 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5107 = cast %5106 : f32[] @ models/lib/nn.yaml:79:7
%5108 = broadcast %5107 : f32[16,16] @ models/lib/nn.yaml:79:7
%5109 = add %5105, %5108 : f32[16,16] @ models/lib/nn.yaml:79:7
%5110 = div %5077, %5109 : f32[16,16] @ models/lib/nn.yaml:79:7
%5111 = cast %5093 : f32[] @ models/lib/nn.yaml:79:7
%5112 = broadcast %5111 : f32[16,16] @ models/lib/nn.yaml:79:7
%5113 = mul %5110, %5112 : f32[16,16] @ models/lib/nn.yaml:79:7
%5114 = sub %5068, %5113 : f32[16,16] @ models/lib/nn.yaml:79:7
%5115 = assign %35, %5114 : f32[16,16] @ models/lib/nn.yaml:79:7
%5116 = assign %5058, %5077 : f32[16,16] @ models/lib/nn.yaml:79:7
%5117 = assign %5059, %5087 : f32[16,16] @ models/lib/nn.yaml:79:7
%5118 = assign %5060, %5062 : i64[] @ models/lib/nn.yaml:79:7
%5119 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%5120 = broadcast %5119 : f32[16,16] @ models/lib/nn.yaml:79:7
%5121 = mul %119, %5120 : f32[16,16] @ models/lib/nn.yaml:79:7
%5122 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5123 = sub %5122, %1945 : f64[] @ models/lib/nn.yaml:79:7
%5124 = cast %5123 : f32[] @ models/lib/nn.yaml:79:7
%5125 = broadcast %5124 : f32[16,16] @ models/lib/nn.yaml:79:7
%5126 = mul %5114, %5125 : f32[16,16] @ models/lib/nn.yaml:79:7
%5127 = add %5121, %5126 : f32[16,16] @ models/lib/nn.yaml:79:7
%5128 = assign %119, %5127 : f32[16,16] @ models/lib/nn.yaml:79:7
%5129 = all_reduce_sum %2734 : f32[16] @ models/lib/nn.yaml:80:7
%5130 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5131 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5132 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5133 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5134 = add %5132, %5133 : i64[] @ models/lib/nn.yaml:80:7
%5135 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5136 = cast %5135 : f32[] @ models/lib/nn.yaml:80:7
%5137 = broadcast %5136 : f32[16] @ models/lib/nn.yaml:80:7
%5138 = mul %5129, %5137 : f32[16] @ models/lib/nn.yaml:80:7
%5139 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5140 = cast %5139 : f32[] @ models/lib/nn.yaml:80:7
%5141 = broadcast %5140 : f32[16] @ models/lib/nn.yaml:80:7
%5142 = mul %5130, %5141 : f32[16] @ models/lib/nn.yaml:80:7
%5143 = add %5142, %5138 : f32[16] @ models/lib/nn.yaml:80:7
%5144 = mul %5129, %5129 : f32[16] @ models/lib/nn.yaml:80:7
%5145 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5146 = cast %5145 : f32[] @ models/lib/nn.yaml:80:7
%5147 = broadcast %5146 : f32[16] @ models/lib/nn.yaml:80:7
%5148 = mul %5144, %5147 : f32[16] @ models/lib/nn.yaml:80:7
%5149 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5150 = cast %5149 : f32[] @ models/lib/nn.yaml:80:7
%5151 = broadcast %5150 : f32[16] @ models/lib/nn.yaml:80:7
%5152 = mul %5131, %5151 : f32[16] @ models/lib/nn.yaml:80:7
%5153 = add %5152, %5148 : f32[16] @ models/lib/nn.yaml:80:7
%5154 = cast %5134 : f64[] @ models/lib/nn.yaml:80:7
%5155 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5156 = pow %5155, %5154 : f64[] @ models/lib/nn.yaml:80:7
%5157 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5158 = sub %5157, %5156 : f64[] @ models/lib/nn.yaml:80:7
%5159 = div %1943, %5158 : f64[] @ models/lib/nn.yaml:80:7
%5160 = cast %5134 : f64[] @ models/lib/nn.yaml:80:7
%5161 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5162 = pow %5161, %5160 : f64[] @ models/lib/nn.yaml:80:7
%5163 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5164 = sub %5163, %5162 : f64[] @ models/lib/nn.yaml:80:7
%5165 = sqrt %5164 : f64[] @ models/lib/nn.yaml:80:7
%5166 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5167 = div %5166, %5165 : f64[] @ models/lib/nn.yaml:80:7
%5168 = sqrt %5153 : f32[16] @ models/lib/nn.yaml:80:7
%5169 = cast %5167 : f32[] @ models/lib/nn.yaml:80:7
%5170 = broadcast %5169 : f32[16] @ models/lib/nn.yaml:80:7
%5171 = mul %5168, %5170 : f32[16] @ models/lib/nn.yaml:80:7
%5172 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5173 = cast %5172 : f32[] @ models/lib/nn.yaml:80:7
%5174 = broadcast %5173 : f32[16] @ models/lib/nn.yaml:80:7
%5175 = add %5171, %5174 : f32[16] @ models/lib/nn.yaml:80:7
%5176 = div %5143, %5175 : f32[16] @ models/lib/nn.yaml:80:7
%5177 = cast %5159 : f32[] @ models/lib/nn.yaml:80:7
%5178 = broadcast %5177 : f32[16] @ models/lib/nn.yaml:80:7
%5179 = mul %5176, %5178 : f32[16] @ models/lib/nn.yaml:80:7
%5180 = sub %36, %5179 : f32[16] @ models/lib/nn.yaml:80:7
%5181 = assign %36, %5180 : f32[16] @ models/lib/nn.yaml:80:7
%5182 = assign %5130, %5143 : f32[16] @ models/lib/nn.yaml:80:7
%5183 = assign %5131, %5153 : f32[16] @ models/lib/nn.yaml:80:7
%5184 = assign %5132, %5134 : i64[] @ models/lib/nn.yaml:80:7
%5185 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%5186 = broadcast %5185 : f32[16] @ models/lib/nn.yaml:80:7
%5187 = mul %120, %5186 : f32[16] @ models/lib/nn.yaml:80:7
%5188 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5189 = sub %5188, %1945 : f64[] @ models/lib/nn.yaml:80:7
%5190 = cast %5189 : f32[] @ models/lib/nn.yaml:80:7
%5191 = broadcast %5190 : f32[16] @ models/lib/nn.yaml:80:7
%5192 = mul %5180, %5191 : f32[16] @ models/lib/nn.yaml:80:7
%5193 = add %5187, %5192 : f32[16] @ models/lib/nn.yaml:80:7
%5194 = assign %120, %5193 : f32[16] @ models/lib/nn.yaml:80:7
%5195 = all_reduce_sum %2730 : f32[16,16] @ models/lib/nn.yaml:79:7
%5196 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5197 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5198 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5199 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5200 = add %5198, %5199 : i64[] @ models/lib/nn.yaml:79:7
%5201 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%5202 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5203 = sub %5202, %5201 : f64[] @ models/lib/nn.yaml:79:7
%5204 = cast %5203 : f32[] @ models/lib/nn.yaml:79:7
%5205 = broadcast %5204 : f32[16,16] @ models/lib/nn.yaml:79:7
%5206 = mul %37, %5205 : f32[16,16] @ models/lib/nn.yaml:79:7
%5207 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5208 = cast %5207 : f32[] @ models/lib/nn.yaml:79:7
%5209 = broadcast %5208 : f32[16,16] @ models/lib/nn.yaml:79:7
%5210 = mul %5195, %5209 : f32[16,16] @ models/lib/nn.yaml:79:7
%5211 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5212 = cast %5211 : f32[] @ models/lib/nn.yaml:79:7
%5213 = broadcast %5212 : f32[16,16] @ models/lib/nn.yaml:79:7
%5214 = mul %5196, %5213 : f32[16,16] @ models/lib/nn.yaml:79:7
%5215 = add %5214, %5210 : f32[16,16] @ models/lib/nn.yaml:79:7
%5216 = mul %5195, %5195 : f32[16,16] @ models/lib/nn.yaml:79:7
%5217 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5218 = cast %5217 : f32[] @ models/lib/nn.yaml:79:7
%5219 = broadcast %5218 : f32[16,16] @ models/lib/nn.yaml:79:7
%5220 = mul %5216, %5219 : f32[16,16] @ models/lib/nn.yaml:79:7
%5221 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5222 = cast %5221 : f32[] @ models/lib/nn.yaml:79:7
%5223 = broadcast %5222 : f32[16,16] @ models/lib/nn.yaml:79:7
%5224 = mul %5197, %5223 : f32[16,16] @ models/lib/nn.yaml:79:7
%5225 = add %5224, %5220 : f32[16,16] @ models/lib/nn.yaml:79:7
%5226 = cast %5200 : f64[] @ models/lib/nn.yaml:79:7
%5227 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5228 = pow %5227, %5226 : f64[] @ models/lib/nn.yaml:79:7
%5229 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5230 = sub %5229, %5228 : f64[] @ models/lib/nn.yaml:79:7
%5231 = div %1943, %5230 : f64[] @ models/lib/nn.yaml:79:7
%5232 = cast %5200 : f64[] @ models/lib/nn.yaml:79:7
%5233 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5234 = pow %5233, %5232 : f64[] @ models/lib/nn.yaml:79:7
%5235 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5236 = sub %5235, %5234 : f64[] @ models/lib/nn.yaml:79:7
%5237 = sqrt %5236 : f64[] @ models/lib/nn.yaml:79:7
%5238 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5239 = div %5238, %5237 : f64[] @ models/lib/nn.yaml:79:7
%5240 = sqrt %5225 : f32[16,16] @ models/lib/nn.yaml:79:7
%5241 = cast %5239 : f32[] @ models/lib/nn.yaml:79:7
%5242 = broadcast %5241 : f32[16,16] @ models/lib/nn.yaml:79:7
%5243 = mul %5240, %5242 : f32[16,16] @ models/lib/nn.yaml:79:7
%5244 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5245 = cast %5244 : f32[] @ models/lib/nn.yaml:79:7
%5246 = broadcast %5245 : f32[16,16] @ models/lib/nn.yaml:79:7
%5247 = add %5243, %5246 : f32[16,16] @ models/lib/nn.yaml:79:7
%5248 = div %5215, %5247 : f32[16,16] @ models/lib/nn.yaml:79:7
%5249 = cast %5231 : f32[] @ models/lib/nn.yaml:79:7
%5250 = broadcast %5249 : f32[16,16] @ models/lib/nn.yaml:79:7
%5251 = mul %5248, %5250 : f32[16,16] @ models/lib/nn.yaml:79:7
%5252 = sub %5206, %5251 : f32[16,16] @ models/lib/nn.yaml:79:7
%5253 = assign %37, %5252 : f32[16,16] @ models/lib/nn.yaml:79:7
%5254 = assign %5196, %5215 : f32[16,16] @ models/lib/nn.yaml:79:7
%5255 = assign %5197, %5225 : f32[16,16] @ models/lib/nn.yaml:79:7
%5256 = assign %5198, %5200 : i64[] @ models/lib/nn.yaml:79:7
%5257 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%5258 = broadcast %5257 : f32[16,16] @ models/lib/nn.yaml:79:7
%5259 = mul %121, %5258 : f32[16,16] @ models/lib/nn.yaml:79:7
%5260 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5261 = sub %5260, %1945 : f64[] @ models/lib/nn.yaml:79:7
%5262 = cast %5261 : f32[] @ models/lib/nn.yaml:79:7
%5263 = broadcast %5262 : f32[16,16] @ models/lib/nn.yaml:79:7
%5264 = mul %5252, %5263 : f32[16,16] @ models/lib/nn.yaml:79:7
%5265 = add %5259, %5264 : f32[16,16] @ models/lib/nn.yaml:79:7
%5266 = assign %121, %5265 : f32[16,16] @ models/lib/nn.yaml:79:7
%5267 = all_reduce_sum %2725 : f32[16] @ models/lib/nn.yaml:80:7
%5268 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5269 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5270 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5271 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5272 = add %5270, %5271 : i64[] @ models/lib/nn.yaml:80:7
%5273 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5274 = cast %5273 : f32[] @ models/lib/nn.yaml:80:7
%5275 = broadcast %5274 : f32[16] @ models/lib/nn.yaml:80:7
%5276 = mul %5267, %5275 : f32[16] @ models/lib/nn.yaml:80:7
%5277 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5278 = cast %5277 : f32[] @ models/lib/nn.yaml:80:7
%5279 = broadcast %5278 : f32[16] @ models/lib/nn.yaml:80:7
%5280 = mul %5268, %5279 : f32[16] @ models/lib/nn.yaml:80:7
%5281 = add %5280, %5276 : f32[16] @ models/lib/nn.yaml:80:7
%5282 = mul %5267, %5267 : f32[16] @ models/lib/nn.yaml:80:7
%5283 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5284 = cast %5283 : f32[] @ models/lib/nn.yaml:80:7
%5285 = broadcast %5284 : f32[16] @ models/lib/nn.yaml:80:7
%5286 = mul %5282, %5285 : f32[16] @ models/lib/nn.yaml:80:7
%5287 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5288 = cast %5287 : f32[] @ models/lib/nn.yaml:80:7
%5289 = broadcast %5288 : f32[16] @ models/lib/nn.yaml:80:7
%5290 = mul %5269, %5289 : f32[16] @ models/lib/nn.yaml:80:7
%5291 = add %5290, %5286 : f32[16] @ models/lib/nn.yaml:80:7
%5292 = cast %5272 : f64[] @ models/lib/nn.yaml:80:7
%5293 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5294 = pow %5293, %5292 : f64[] @ models/lib/nn.yaml:80:7
%5295 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5296 = sub %5295, %5294 : f64[] @ models/lib/nn.yaml:80:7
%5297 = div %1943, %5296 : f64[] @ models/lib/nn.yaml:80:7
%5298 = cast %5272 : f64[] @ models/lib/nn.yaml:80:7
%5299 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5300 = pow %5299, %5298 : f64[] @ models/lib/nn.yaml:80:7
%5301 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5302 = sub %5301, %5300 : f64[] @ models/lib/nn.yaml:80:7
%5303 = sqrt %5302 : f64[] @ models/lib/nn.yaml:80:7
%5304 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5305 = div %5304, %5303 : f64[] @ models/lib/nn.yaml:80:7
%5306 = sqrt %5291 : f32[16] @ models/lib/nn.yaml:80:7
%5307 = cast %5305 : f32[] @ models/lib/nn.yaml:80:7
%5308 = broadcast %5307 : f32[16] @ models/lib/nn.yaml:80:7
%5309 = mul %5306, %5308 : f32[16] @ models/lib/nn.yaml:80:7
%5310 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5311 = cast %5310 : f32[] @ models/lib/nn.yaml:80:7
%5312 = broadcast %5311 : f32[16] @ models/lib/nn.yaml:80:7
%5313 = add %5309, %5312 : f32[16] @ models/lib/nn.yaml:80:7
%5314 = div %5281, %5313 : f32[16] @ models/lib/nn.yaml:80:7
%5315 = cast %5297 : f32[] @ models/lib/nn.yaml:80:7
%5316 = broadcast %5315 : f32[16] @ models/lib/nn.yaml:80:7
%5317 = mul %5314, %5316 : f32[16] @ models/lib/nn.yaml:80:7
%5318 = sub %38, %5317 : f32[16] @ models/lib/nn.yaml:80:7
%5319 = assign %38, %5318 : f32[16] @ models/lib/nn.yaml:80:7
%5320 = assign %5268, %5281 : f32[16] @ models/lib/nn.yaml:80:7
%5321 = assign %5269, %5291 : f32[16] @ models/lib/nn.yaml:80:7
%5322 = assign %5270, %5272 : i64[] @ models/lib/nn.yaml:80:7
%5323 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%5324 = broadcast %5323 : f32[16] @ models/lib/nn.yaml:80:7
%5325 = mul %122, %5324 : f32[16] @ models/lib/nn.yaml:80:7
%5326 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5327 = sub %5326, %1945 : f64[] @ models/lib/nn.yaml:80:7
%5328 = cast %5327 : f32[] @ models/lib/nn.yaml:80:7
%5329 = broadcast %5328 : f32[16] @ models/lib/nn.yaml:80:7
%5330 = mul %5318, %5329 : f32[16] @ models/lib/nn.yaml:80:7
%5331 = add %5325, %5330 : f32[16] @ models/lib/nn.yaml:80:7
%5332 = assign %122, %5331 : f32[16] @ models/lib/nn.yaml:80:7
%5333 = all_reduce_sum %2721 : f32[16,16] @ models/lib/nn.yaml:79:7
%5334 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5335 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5336 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5337 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5338 = add %5336, %5337 : i64[] @ models/lib/nn.yaml:79:7
%5339 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%5340 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5341 = sub %5340, %5339 : f64[] @ models/lib/nn.yaml:79:7
%5342 = cast %5341 : f32[] @ models/lib/nn.yaml:79:7
%5343 = broadcast %5342 : f32[16,16] @ models/lib/nn.yaml:79:7
%5344 = mul %39, %5343 : f32[16,16] @ models/lib/nn.yaml:79:7
%5345 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5346 = cast %5345 : f32[] @ models/lib/nn.yaml:79:7
%5347 = broadcast %5346 : f32[16,16] @ models/lib/nn.yaml:79:7
%5348 = mul %5333, %5347 : f32[16,16] @ models/lib/nn.yaml:79:7
%5349 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5350 = cast %5349 : f32[] @ models/lib/nn.yaml:79:7
%5351 = broadcast %5350 : f32[16,16] @ models/lib/nn.yaml:79:7
%5352 = mul %5334, %5351 : f32[16,16] @ models/lib/nn.yaml:79:7
%5353 = add %5352, %5348 : f32[16,16] @ models/lib/nn.yaml:79:7
%5354 = mul %5333, %5333 : f32[16,16] @ models/lib/nn.yaml:79:7
%5355 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5356 = cast %5355 : f32[] @ models/lib/nn.yaml:79:7
%5357 = broadcast %5356 : f32[16,16] @ models/lib/nn.yaml:79:7
%5358 = mul %5354, %5357 : f32[16,16] @ models/lib/nn.yaml:79:7
%5359 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5360 = cast %5359 : f32[] @ models/lib/nn.yaml:79:7
%5361 = broadcast %5360 : f32[16,16] @ models/lib/nn.yaml:79:7
%5362 = mul %5335, %5361 : f32[16,16] @ models/lib/nn.yaml:79:7
%5363 = add %5362, %5358 : f32[16,16] @ models/lib/nn.yaml:79:7
%5364 = cast %5338 : f64[] @ models/lib/nn.yaml:79:7
%5365 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5366 = pow %5365, %5364 : f64[] @ models/lib/nn.yaml:79:7
%5367 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5368 = sub %5367, %5366 : f64[] @ models/lib/nn.yaml:79:7
%5369 = div %1943, %5368 : f64[] @ models/lib/nn.yaml:79:7
%5370 = cast %5338 : f64[] @ models/lib/nn.yaml:79:7
%5371 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5372 = pow %5371, %5370 : f64[] @ models/lib/nn.yaml:79:7
%5373 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5374 = sub %5373, %5372 : f64[] @ models/lib/nn.yaml:79:7
%5375 = sqrt %5374 : f64[] @ models/lib/nn.yaml:79:7
%5376 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5377 = div %5376, %5375 : f64[] @ models/lib/nn.yaml:79:7
%5378 = sqrt %5363 : f32[16,16] @ models/lib/nn.yaml:79:7
%5379 = cast %5377 : f32[] @ models/lib/nn.yaml:79:7
%5380 = broadcast %5379 : f32[16,16] @ models/lib/nn.yaml:79:7
%5381 = mul %5378, %5380 : f32[16,16] @ models/lib/nn.yaml:79:7
%5382 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5383 = cast %5382 : f32[] @ models/lib/nn.yaml:79:7
%5384 = broadcast %5383 : f32[16,16] @ models/lib/nn.yaml:79:7
%5385 = add %5381, %5384 : f32[16,16] @ models/lib/nn.yaml:79:7
%5386 = div %5353, %5385 : f32[16,16] @ models/lib/nn.yaml:79:7
%5387 = cast %5369 : f32[] @ models/lib/nn.yaml:79:7
%5388 = broadcast %5387 : f32[16,16] @ models/lib/nn.yaml:79:7
%5389 = mul %5386, %5388 : f32[16,16] @ models/lib/nn.yaml:79:7
%5390 = sub %5344, %5389 : f32[16,16] @ models/lib/nn.yaml:79:7
%5391 = assign %39, %5390 : f32[16,16] @ models/lib/nn.yaml:79:7
%5392 = assign %5334, %5353 : f32[16,16] @ models/lib/nn.yaml:79:7
%5393 = assign %5335, %5363 : f32[16,16] @ models/lib/nn.yaml:79:7
%5394 = assign %5336, %5338 : i64[] @ models/lib/nn.yaml:79:7
%5395 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%5396 = broadcast %5395 : f32[16,16] @ models/lib/nn.yaml:79:7
%5397 = mul %123, %5396 : f32[16,16] @ models/lib/nn.yaml:79:7
%5398 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5399 = sub %5398, %1945 : f64[] @ models/lib/nn.yaml:79:7
%5400 = cast %5399 : f32[] @ models/lib/nn.yaml:79:7
%5401 = broadcast %5400 : f32[16,16] @ models/lib/nn.yaml:79:7
%5402 = mul %5390, %5401 : f32[16,16] @ models/lib/nn.yaml:79:7
%5403 = add %5397, %5402 : f32[16,16] @ models/lib/nn.yaml:79:7
%5404 = assign %123, %5403 : f32[16,16] @ models/lib/nn.yaml:79:7
%5405 = all_reduce_sum %2717 : f32[16] @ models/lib/nn.yaml:80:7
%5406 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5407 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5408 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5409 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5410 = add %5408, %5409 : i64[] @ models/lib/nn.yaml:80:7
%5411 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5412 = cast %5411 : f32[] @ models/lib/nn.yaml:80:7
%5413 = broadcast %5412 : f32[16] @ models/lib/nn.yaml:80:7
%5414 = mul %5405, %5413 : f32[16] @ models/lib/nn.yaml:80:7
%5415 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5416 = cast %5415 : f32[] @ models/lib/nn.yaml:80:7
%5417 = broadcast %5416 : f32[16] @ models/lib/nn.yaml:80:7
%5418 = mul %5406, %5417 : f32[16] @ models/lib/nn.yaml:80:7
%5419 = add %5418, %5414 : f32[16] @ models/lib/nn.yaml:80:7
%5420 = mul %5405, %5405 : f32[16] @ models/lib/nn.yaml:80:7
%5421 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5422 = cast %5421 : f32[] @ models/lib/nn.yaml:80:7
%5423 = broadcast %5422 : f32[16] @ models/lib/nn.yaml:80:7
%5424 = mul %5420, %5423 : f32[16] @ models/lib/nn.yaml:80:7
%5425 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5426 = cast %5425 : f32[] @ models/lib/nn.yaml:80:7
%5427 = broadcast %5426 : f32[16] @ models/lib/nn.yaml:80:7
%5428 = mul %5407, %5427 : f32[16] @ models/lib/nn.yaml:80:7
%5429 = add %5428, %5424 : f32[16] @ models/lib/nn.yaml:80:7
%5430 = cast %5410 : f64[] @ models/lib/nn.yaml:80:7
%5431 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5432 = pow %5431, %5430 : f64[] @ models/lib/nn.yaml:80:7
%5433 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5434 = sub %5433, %5432 : f64[] @ models/lib/nn.yaml:80:7
%5435 = div %1943, %5434 : f64[] @ models/lib/nn.yaml:80:7
%5436 = cast %5410 : f64[] @ models/lib/nn.yaml:80:7
%5437 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5438 = pow %5437, %5436 : f64[] @ models/lib/nn.yaml:80:7
%5439 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5440 = sub %5439, %5438 : f64[] @ models/lib/nn.yaml:80:7
%5441 = sqrt %5440 : f64[] @ models/lib/nn.yaml:80:7
%5442 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5443 = div %5442, %5441 : f64[] @ models/lib/nn.yaml:80:7
%5444 = sqrt %5429 : f32[16] @ models/lib/nn.yaml:80:7
%5445 = cast %5443 : f32[] @ models/lib/nn.yaml:80:7
%5446 = broadcast %5445 : f32[16] @ models/lib/nn.yaml:80:7
%5447 = mul %5444, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%5448 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5449 = cast %5448 : f32[] @ models/lib/nn.yaml:80:7
%5450 = broadcast %5449 : f32[16] @ models/lib/nn.yaml:80:7
%5451 = add %5447, %5450 : f32[16] @ models/lib/nn.yaml:80:7
%5452 = div %5419, %5451 : f32[16] @ models/lib/nn.yaml:80:7
%5453 = cast %5435 : f32[] @ models/lib/nn.yaml:80:7
%5454 = broadcast %5453 : f32[16] @ models/lib/nn.yaml:80:7
%5455 = mul %5452, %5454 : f32[16] @ models/lib/nn.yaml:80:7
%5456 = sub %40, %5455 : f32[16] @ models/lib/nn.yaml:80:7
%5457 = assign %40, %5456 : f32[16] @ models/lib/nn.yaml:80:7
%5458 = assign %5406, %5419 : f32[16] @ models/lib/nn.yaml:80:7
%5459 = assign %5407, %5429 : f32[16] @ models/lib/nn.yaml:80:7
%5460 = assign %5408, %5410 : i64[] @ models/lib/nn.yaml:80:7
%5461 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%5462 = broadcast %5461 : f32[16] @ models/lib/nn.yaml:80:7
%5463 = mul %124, %5462 : f32[16] @ models/lib/nn.yaml:80:7
%5464 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5465 = sub %5464, %1945 : f64[] @ models/lib/nn.yaml:80:7
%5466 = cast %5465 : f32[] @ models/lib/nn.yaml:80:7
%5467 = broadcast %5466 : f32[16] @ models/lib/nn.yaml:80:7
%5468 = mul %5456, %5467 : f32[16] @ models/lib/nn.yaml:80:7
%5469 = add %5463, %5468 : f32[16] @ models/lib/nn.yaml:80:7
%5470 = assign %124, %5469 : f32[16] @ models/lib/nn.yaml:80:7
%5471 = all_reduce_sum %2699 : f32[16,16] @ models/lib/nn.yaml:79:7
%5472 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5473 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5474 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5475 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5476 = add %5474, %5475 : i64[] @ models/lib/nn.yaml:79:7
%5477 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%5478 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5479 = sub %5478, %5477 : f64[] @ models/lib/nn.yaml:79:7
%5480 = cast %5479 : f32[] @ models/lib/nn.yaml:79:7
%5481 = broadcast %5480 : f32[16,16] @ models/lib/nn.yaml:79:7
%5482 = mul %41, %5481 : f32[16,16] @ models/lib/nn.yaml:79:7
%5483 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5484 = cast %5483 : f32[] @ models/lib/nn.yaml:79:7
%5485 = broadcast %5484 : f32[16,16] @ models/lib/nn.yaml:79:7
%5486 = mul %5471, %5485 : f32[16,16] @ models/lib/nn.yaml:79:7
%5487 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5488 = cast %5487 : f32[] @ models/lib/nn.yaml:79:7
%5489 = broadcast %5488 : f32[16,16] @ models/lib/nn.yaml:79:7
%5490 = mul %5472, %5489 : f32[16,16] @ models/lib/nn.yaml:79:7
%5491 = add %5490, %5486 : f32[16,16] @ models/lib/nn.yaml:79:7
%5492 = mul %5471, %5471 : f32[16,16] @ models/lib/nn.yaml:79:7
%5493 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5494 = cast %5493 : f32[] @ models/lib/nn.yaml:79:7
%5495 = broadcast %5494 : f32[16,16] @ models/lib/nn.yaml:79:7
%5496 = mul %5492, %5495 : f32[16,16] @ models/lib/nn.yaml:79:7
%5497 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5498 = cast %5497 : f32[] @ models/lib/nn.yaml:79:7
%5499 = broadcast %5498 : f32[16,16] @ models/lib/nn.yaml:79:7
%5500 = mul %5473, %5499 : f32[16,16] @ models/lib/nn.yaml:79:7
%5501 = add %5500, %5496 : f32[16,16] @ models/lib/nn.yaml:79:7
%5502 = cast %5476 : f64[] @ models/lib/nn.yaml:79:7
%5503 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5504 = pow %5503, %5502 : f64[] @ models/lib/nn.yaml:79:7
%5505 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5506 = sub %5505, %5504 : f64[] @ models/lib/nn.yaml:79:7
%5507 = div %1943, %5506 : f64[] @ models/lib/nn.yaml:79:7
%5508 = cast %5476 : f64[] @ models/lib/nn.yaml:79:7
%5509 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5510 = pow %5509, %5508 : f64[] @ models/lib/nn.yaml:79:7
%5511 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5512 = sub %5511, %5510 : f64[] @ models/lib/nn.yaml:79:7
%5513 = sqrt %5512 : f64[] @ models/lib/nn.yaml:79:7
%5514 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5515 = div %5514, %5513 : f64[] @ models/lib/nn.yaml:79:7
%5516 = sqrt %5501 : f32[16,16] @ models/lib/nn.yaml:79:7
%5517 = cast %5515 : f32[] @ models/lib/nn.yaml:79:7
%5518 = broadcast %5517 : f32[16,16] @ models/lib/nn.yaml:79:7
%5519 = mul %5516, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%5520 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5521 = cast %5520 : f32[] @ models/lib/nn.yaml:79:7
%5522 = broadcast %5521 : f32[16,16] @ models/lib/nn.yaml:79:7
%5523 = add %5519, %5522 : f32[16,16] @ models/lib/nn.yaml:79:7
%5524 = div %5491, %5523 : f32[16,16] @ models/lib/nn.yaml:79:7
%5525 = cast %5507 : f32[] @ models/lib/nn.yaml:79:7
%5526 = broadcast %5525 : f32[16,16] @ models/lib/nn.yaml:79:7
%5527 = mul %5524, %5526 : f32[16,16] @ models/lib/nn.yaml:79:7
%5528 = sub %5482, %5527 : f32[16,16] @ models/lib/nn.yaml:79:7
%5529 = assign %41, %5528 : f32[16,16] @ models/lib/nn.yaml:79:7
%5530 = assign %5472, %5491 : f32[16,16] @ models/lib/nn.yaml:79:7
%5531 = assign %5473, %5501 : f32[16,16] @ models/lib/nn.yaml:79:7
%5532 = assign %5474, %5476 : i64[] @ models/lib/nn.yaml:79:7
%5533 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%5534 = broadcast %5533 : f32[16,16] @ models/lib/nn.yaml:79:7
%5535 = mul %125, %5534 : f32[16,16] @ models/lib/nn.yaml:79:7
%5536 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5537 = sub %5536, %1945 : f64[] @ models/lib/nn.yaml:79:7
%5538 = cast %5537 : f32[] @ models/lib/nn.yaml:79:7
%5539 = broadcast %5538 : f32[16,16] @ models/lib/nn.yaml:79:7
%5540 = mul %5528, %5539 : f32[16,16] @ models/lib/nn.yaml:79:7
%5541 = add %5535, %5540 : f32[16,16] @ models/lib/nn.yaml:79:7
%5542 = assign %125, %5541 : f32[16,16] @ models/lib/nn.yaml:79:7
%5543 = all_reduce_sum %2695 : f32[16] @ models/lib/nn.yaml:80:7
%5544 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5545 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5546 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5547 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5548 = add %5546, %5547 : i64[] @ models/lib/nn.yaml:80:7
%5549 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5550 = cast %5549 : f32[] @ models/lib/nn.yaml:80:7
%5551 = broadcast %5550 : f32[16] @ models/lib/nn.yaml:80:7
%5552 = mul %5543, %5551 : f32[16] @ models/lib/nn.yaml:80:7
%5553 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5554 = cast %5553 : f32[] @ models/lib/nn.yaml:80:7
%5555 = broadcast %5554 : f32[16] @ models/lib/nn.yaml:80:7
%5556 = mul %5544, %5555 : f32[16] @ models/lib/nn.yaml:80:7
%5557 = add %5556, %5552 : f32[16] @ models/lib/nn.yaml:80:7
%5558 = mul %5543, %5543 : f32[16] @ models/lib/nn.yaml:80:7
%5559 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5560 = cast %5559 : f32[] @ models/lib/nn.yaml:80:7
%5561 = broadcast %5560 : f32[16] @ models/lib/nn.yaml:80:7
%5562 = mul %5558, %5561 : f32[16] @ models/lib/nn.yaml:80:7
%5563 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5564 = cast %5563 : f32[] @ models/lib/nn.yaml:80:7
%5565 = broadcast %5564 : f32[16] @ models/lib/nn.yaml:80:7
%5566 = mul %5545, %5565 : f32[16] @ models/lib/nn.yaml:80:7
%5567 = add %5566, %5562 : f32[16] @ models/lib/nn.yaml:80:7
%5568 = cast %5548 : f64[] @ models/lib/nn.yaml:80:7
%5569 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5570 = pow %5569, %5568 : f64[] @ models/lib/nn.yaml:80:7
%5571 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5572 = sub %5571, %5570 : f64[] @ models/lib/nn.yaml:80:7
%5573 = div %1943, %5572 : f64[] @ models/lib/nn.yaml:80:7
%5574 = cast %5548 : f64[] @ models/lib/nn.yaml:80:7
%5575 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5576 = pow %5575, %5574 : f64[] @ models/lib/nn.yaml:80:7
%5577 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5578 = sub %5577, %5576 : f64[] @ models/lib/nn.yaml:80:7
%5579 = sqrt %5578 : f64[] @ models/lib/nn.yaml:80:7
%5580 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5581 = div %5580, %5579 : f64[] @ models/lib/nn.yaml:80:7
%5582 = sqrt %5567 : f32[16] @ models/lib/nn.yaml:80:7
%5583 = cast %5581 : f32[] @ models/lib/nn.yaml:80:7
%5584 = broadcast %5583 : f32[16] @ models/lib/nn.yaml:80:7
%5585 = mul %5582, %5584 : f32[16] @ models/lib/nn.yaml:80:7
%5586 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5587 = cast %5586 : f32[] @ models/lib/nn.yaml:80:7
%5588 = broadcast %5587 : f32[16] @ models/lib/nn.yaml:80:7
%5589 = add %5585, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%5590 = div %5557, %5589 : f32[16] @ models/lib/nn.yaml:80:7
%5591 = cast %5573 : f32[] @ models/lib/nn.yaml:80:7
%5592 = broadcast %5591 : f32[16] @ models/lib/nn.yaml:80:7
%5593 = mul %5590, %5592 : f32[16] @ models/lib/nn.yaml:80:7
%5594 = sub %42, %5593 : f32[16] @ models/lib/nn.yaml:80:7
%5595 = assign %42, %5594 : f32[16] @ models/lib/nn.yaml:80:7
%5596 = assign %5544, %5557 : f32[16] @ models/lib/nn.yaml:80:7
%5597 = assign %5545, %5567 : f32[16] @ models/lib/nn.yaml:80:7
%5598 = assign %5546, %5548 : i64[] @ models/lib/nn.yaml:80:7
%5599 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%5600 = broadcast %5599 : f32[16] @ models/lib/nn.yaml:80:7
%5601 = mul %126, %5600 : f32[16] @ models/lib/nn.yaml:80:7
%5602 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5603 = sub %5602, %1945 : f64[] @ models/lib/nn.yaml:80:7
%5604 = cast %5603 : f32[] @ models/lib/nn.yaml:80:7
%5605 = broadcast %5604 : f32[16] @ models/lib/nn.yaml:80:7
%5606 = mul %5594, %5605 : f32[16] @ models/lib/nn.yaml:80:7
%5607 = add %5601, %5606 : f32[16] @ models/lib/nn.yaml:80:7
%5608 = assign %126, %5607 : f32[16] @ models/lib/nn.yaml:80:7
%5609 = all_reduce_sum %2672 : f32[16] @ models/lib/nn.yaml:89:7
%5610 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5611 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5612 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5613 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%5614 = add %5612, %5613 : i64[] @ models/lib/nn.yaml:89:7
%5615 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%5616 = cast %5615 : f32[] @ models/lib/nn.yaml:89:7
%5617 = broadcast %5616 : f32[16] @ models/lib/nn.yaml:89:7
%5618 = mul %5609, %5617 : f32[16] @ models/lib/nn.yaml:89:7
%5619 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5620 = cast %5619 : f32[] @ models/lib/nn.yaml:89:7
%5621 = broadcast %5620 : f32[16] @ models/lib/nn.yaml:89:7
%5622 = mul %5610, %5621 : f32[16] @ models/lib/nn.yaml:89:7
%5623 = add %5622, %5618 : f32[16] @ models/lib/nn.yaml:89:7
%5624 = mul %5609, %5609 : f32[16] @ models/lib/nn.yaml:89:7
%5625 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%5626 = cast %5625 : f32[] @ models/lib/nn.yaml:89:7
%5627 = broadcast %5626 : f32[16] @ models/lib/nn.yaml:89:7
%5628 = mul %5624, %5627 : f32[16] @ models/lib/nn.yaml:89:7
%5629 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5630 = cast %5629 : f32[] @ models/lib/nn.yaml:89:7
%5631 = broadcast %5630 : f32[16] @ models/lib/nn.yaml:89:7
%5632 = mul %5611, %5631 : f32[16] @ models/lib/nn.yaml:89:7
%5633 = add %5632, %5628 : f32[16] @ models/lib/nn.yaml:89:7
%5634 = cast %5614 : f64[] @ models/lib/nn.yaml:89:7
%5635 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5636 = pow %5635, %5634 : f64[] @ models/lib/nn.yaml:89:7
%5637 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5638 = sub %5637, %5636 : f64[] @ models/lib/nn.yaml:89:7
%5639 = div %1943, %5638 : f64[] @ models/lib/nn.yaml:89:7
%5640 = cast %5614 : f64[] @ models/lib/nn.yaml:89:7
%5641 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5642 = pow %5641, %5640 : f64[] @ models/lib/nn.yaml:89:7
%5643 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5644 = sub %5643, %5642 : f64[] @ models/lib/nn.yaml:89:7
%5645 = sqrt %5644 : f64[] @ models/lib/nn.yaml:89:7
%5646 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5647 = div %5646, %5645 : f64[] @ models/lib/nn.yaml:89:7
%5648 = sqrt %5633 : f32[16] @ models/lib/nn.yaml:89:7
%5649 = cast %5647 : f32[] @ models/lib/nn.yaml:89:7
%5650 = broadcast %5649 : f32[16] @ models/lib/nn.yaml:89:7
%5651 = mul %5648, %5650 : f32[16] @ models/lib/nn.yaml:89:7
%5652 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%5653 = cast %5652 : f32[] @ models/lib/nn.yaml:89:7
%5654 = broadcast %5653 : f32[16] @ models/lib/nn.yaml:89:7
%5655 = add %5651, %5654 : f32[16] @ models/lib/nn.yaml:89:7
%5656 = div %5623, %5655 : f32[16] @ models/lib/nn.yaml:89:7
%5657 = cast %5639 : f32[] @ models/lib/nn.yaml:89:7
%5658 = broadcast %5657 : f32[16] @ models/lib/nn.yaml:89:7
%5659 = mul %5656, %5658 : f32[16] @ models/lib/nn.yaml:89:7
%5660 = sub %43, %5659 : f32[16] @ models/lib/nn.yaml:89:7
%5661 = assign %43, %5660 : f32[16] @ models/lib/nn.yaml:89:7
%5662 = assign %5610, %5623 : f32[16] @ models/lib/nn.yaml:89:7
%5663 = assign %5611, %5633 : f32[16] @ models/lib/nn.yaml:89:7
%5664 = assign %5612, %5614 : i64[] @ models/lib/nn.yaml:89:7
%5665 = cast %1945 : f32[] @ models/lib/nn.yaml:89:7
%5666 = broadcast %5665 : f32[16] @ models/lib/nn.yaml:89:7
%5667 = mul %127, %5666 : f32[16] @ models/lib/nn.yaml:89:7
%5668 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5669 = sub %5668, %1945 : f64[] @ models/lib/nn.yaml:89:7
%5670 = cast %5669 : f32[] @ models/lib/nn.yaml:89:7
%5671 = broadcast %5670 : f32[16] @ models/lib/nn.yaml:89:7
%5672 = mul %5660, %5671 : f32[16] @ models/lib/nn.yaml:89:7
%5673 = add %5667, %5672 : f32[16] @ models/lib/nn.yaml:89:7
%5674 = assign %127, %5673 : f32[16] @ models/lib/nn.yaml:89:7
%5675 = all_reduce_sum %2668 : f32[16] @ models/lib/nn.yaml:90:7
%5676 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5677 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5678 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5679 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5680 = add %5678, %5679 : i64[] @ models/lib/nn.yaml:90:7
%5681 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5682 = cast %5681 : f32[] @ models/lib/nn.yaml:90:7
%5683 = broadcast %5682 : f32[16] @ models/lib/nn.yaml:90:7
%5684 = mul %5675, %5683 : f32[16] @ models/lib/nn.yaml:90:7
%5685 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5686 = cast %5685 : f32[] @ models/lib/nn.yaml:90:7
%5687 = broadcast %5686 : f32[16] @ models/lib/nn.yaml:90:7
%5688 = mul %5676, %5687 : f32[16] @ models/lib/nn.yaml:90:7
%5689 = add %5688, %5684 : f32[16] @ models/lib/nn.yaml:90:7
%5690 = mul %5675, %5675 : f32[16] @ models/lib/nn.yaml:90:7
%5691 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5692 = cast %5691 : f32[] @ models/lib/nn.yaml:90:7
%5693 = broadcast %5692 : f32[16] @ models/lib/nn.yaml:90:7
%5694 = mul %5690, %5693 : f32[16] @ models/lib/nn.yaml:90:7
%5695 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5696 = cast %5695 : f32[] @ models/lib/nn.yaml:90:7
%5697 = broadcast %5696 : f32[16] @ models/lib/nn.yaml:90:7
%5698 = mul %5677, %5697 : f32[16] @ models/lib/nn.yaml:90:7
%5699 = add %5698, %5694 : f32[16] @ models/lib/nn.yaml:90:7
%5700 = cast %5680 : f64[] @ models/lib/nn.yaml:90:7
%5701 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5702 = pow %5701, %5700 : f64[] @ models/lib/nn.yaml:90:7
%5703 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5704 = sub %5703, %5702 : f64[] @ models/lib/nn.yaml:90:7
%5705 = div %1943, %5704 : f64[] @ models/lib/nn.yaml:90:7
%5706 = cast %5680 : f64[] @ models/lib/nn.yaml:90:7
%5707 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5708 = pow %5707, %5706 : f64[] @ models/lib/nn.yaml:90:7
%5709 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5710 = sub %5709, %5708 : f64[] @ models/lib/nn.yaml:90:7
%5711 = sqrt %5710 : f64[] @ models/lib/nn.yaml:90:7
%5712 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5713 = div %5712, %5711 : f64[] @ models/lib/nn.yaml:90:7
%5714 = sqrt %5699 : f32[16] @ models/lib/nn.yaml:90:7
%5715 = cast %5713 : f32[] @ models/lib/nn.yaml:90:7
%5716 = broadcast %5715 : f32[16] @ models/lib/nn.yaml:90:7
%5717 = mul %5714, %5716 : f32[16] @ models/lib/nn.yaml:90:7
%5718 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5719 = cast %5718 : f32[] @ models/lib/nn.yaml:90:7
%5720 = broadcast %5719 : f32[16] @ models/lib/nn.yaml:90:7
%5721 = add %5717, %5720 : f32[16] @ models/lib/nn.yaml:90:7
%5722 = div %5689, %5721 : f32[16] @ models/lib/nn.yaml:90:7
%5723 = cast %5705 : f32[] @ models/lib/nn.yaml:90:7
%5724 = broadcast %5723 : f32[16] @ models/lib/nn.yaml:90:7
%5725 = mul %5722, %5724 : f32[16] @ models/lib/nn.yaml:90:7
%5726 = sub %44, %5725 : f32[16] @ models/lib/nn.yaml:90:7
%5727 = assign %44, %5726 : f32[16] @ models/lib/nn.yaml:90:7
%5728 = assign %5676, %5689 : f32[16] @ models/lib/nn.yaml:90:7
%5729 = assign %5677, %5699 : f32[16] @ models/lib/nn.yaml:90:7
%5730 = assign %5678, %5680 : i64[] @ models/lib/nn.yaml:90:7
%5731 = cast %1945 : f32[] @ models/lib/nn.yaml:90:7
%5732 = broadcast %5731 : f32[16] @ models/lib/nn.yaml:90:7
%5733 = mul %128, %5732 : f32[16] @ models/lib/nn.yaml:90:7
%5734 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5735 = sub %5734, %1945 : f64[] @ models/lib/nn.yaml:90:7
%5736 = cast %5735 : f32[] @ models/lib/nn.yaml:90:7
%5737 = broadcast %5736 : f32[16] @ models/lib/nn.yaml:90:7
%5738 = mul %5726, %5737 : f32[16] @ models/lib/nn.yaml:90:7
%5739 = add %5733, %5738 : f32[16] @ models/lib/nn.yaml:90:7
%5740 = assign %128, %5739 : f32[16] @ models/lib/nn.yaml:90:7
%5741 = all_reduce_sum %2666 : f32[64,16] @ models/lib/nn.yaml:79:7
%5742 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5743 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5744 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5745 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5746 = add %5744, %5745 : i64[] @ models/lib/nn.yaml:79:7
%5747 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%5748 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5749 = sub %5748, %5747 : f64[] @ models/lib/nn.yaml:79:7
%5750 = cast %5749 : f32[] @ models/lib/nn.yaml:79:7
%5751 = broadcast %5750 : f32[64,16] @ models/lib/nn.yaml:79:7
%5752 = mul %45, %5751 : f32[64,16] @ models/lib/nn.yaml:79:7
%5753 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5754 = cast %5753 : f32[] @ models/lib/nn.yaml:79:7
%5755 = broadcast %5754 : f32[64,16] @ models/lib/nn.yaml:79:7
%5756 = mul %5741, %5755 : f32[64,16] @ models/lib/nn.yaml:79:7
%5757 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5758 = cast %5757 : f32[] @ models/lib/nn.yaml:79:7
%5759 = broadcast %5758 : f32[64,16] @ models/lib/nn.yaml:79:7
%5760 = mul %5742, %5759 : f32[64,16] @ models/lib/nn.yaml:79:7
%5761 = add %5760, %5756 : f32[64,16] @ models/lib/nn.yaml:79:7
%5762 = mul %5741, %5741 : f32[64,16] @ models/lib/nn.yaml:79:7
%5763 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5764 = cast %5763 : f32[] @ models/lib/nn.yaml:79:7
%5765 = broadcast %5764 : f32[64,16] @ models/lib/nn.yaml:79:7
%5766 = mul %5762, %5765 : f32[64,16] @ models/lib/nn.yaml:79:7
%5767 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5768 = cast %5767 : f32[] @ models/lib/nn.yaml:79:7
%5769 = broadcast %5768 : f32[64,16] @ models/lib/nn.yaml:79:7
%5770 = mul %5743, %5769 : f32[64,16] @ models/lib/nn.yaml:79:7
%5771 = add %5770, %5766 : f32[64,16] @ models/lib/nn.yaml:79:7
%5772 = cast %5746 : f64[] @ models/lib/nn.yaml:79:7
%5773 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5774 = pow %5773, %5772 : f64[] @ models/lib/nn.yaml:79:7
%5775 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5776 = sub %5775, %5774 : f64[] @ models/lib/nn.yaml:79:7
%5777 = div %1943, %5776 : f64[] @ models/lib/nn.yaml:79:7
%5778 = cast %5746 : f64[] @ models/lib/nn.yaml:79:7
%5779 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5780 = pow %5779, %5778 : f64[] @ models/lib/nn.yaml:79:7
%5781 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5782 = sub %5781, %5780 : f64[] @ models/lib/nn.yaml:79:7
%5783 = sqrt %5782 : f64[] @ models/lib/nn.yaml:79:7
%5784 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5785 = div %5784, %5783 : f64[] @ models/lib/nn.yaml:79:7
%5786 = sqrt %5771 : f32[64,16] @ models/lib/nn.yaml:79:7
%5787 = cast %5785 : f32[] @ models/lib/nn.yaml:79:7
%5788 = broadcast %5787 : f32[64,16] @ models/lib/nn.yaml:79:7
%5789 = mul %5786, %5788 : f32[64,16] @ models/lib/nn.yaml:79:7
%5790 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5791 = cast %5790 : f32[] @ models/lib/nn.yaml:79:7
%5792 = broadcast %5791 : f32[64,16] @ models/lib/nn.yaml:79:7
%5793 = add %5789, %5792 : f32[64,16] @ models/lib/nn.yaml:79:7
%5794 = div %5761, %5793 : f32[64,16] @ models/lib/nn.yaml:79:7
%5795 = cast %5777 : f32[] @ models/lib/nn.yaml:79:7
%5796 = broadcast %5795 : f32[64,16] @ models/lib/nn.yaml:79:7
%5797 = mul %5794, %5796 : f32[64,16] @ models/lib/nn.yaml:79:7
%5798 = sub %5752, %5797 : f32[64,16] @ models/lib/nn.yaml:79:7
%5799 = assign %45, %5798 : f32[64,16] @ models/lib/nn.yaml:79:7
%5800 = assign %5742, %5761 : f32[64,16] @ models/lib/nn.yaml:79:7
%5801 = assign %5743, %5771 : f32[64,16] @ models/lib/nn.yaml:79:7
%5802 = assign %5744, %5746 : i64[] @ models/lib/nn.yaml:79:7
%5803 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%5804 = broadcast %5803 : f32[64,16] @ models/lib/nn.yaml:79:7
%5805 = mul %129, %5804 : f32[64,16] @ models/lib/nn.yaml:79:7
%5806 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5807 = sub %5806, %1945 : f64[] @ models/lib/nn.yaml:79:7
%5808 = cast %5807 : f32[] @ models/lib/nn.yaml:79:7
%5809 = broadcast %5808 : f32[64,16] @ models/lib/nn.yaml:79:7
%5810 = mul %5798, %5809 : f32[64,16] @ models/lib/nn.yaml:79:7
%5811 = add %5805, %5810 : f32[64,16] @ models/lib/nn.yaml:79:7
%5812 = assign %129, %5811 : f32[64,16] @ models/lib/nn.yaml:79:7
%5813 = all_reduce_sum %2662 : f32[64] @ models/lib/nn.yaml:80:7
%5814 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5815 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5816 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5817 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5818 = add %5816, %5817 : i64[] @ models/lib/nn.yaml:80:7
%5819 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5820 = cast %5819 : f32[] @ models/lib/nn.yaml:80:7
%5821 = broadcast %5820 : f32[64] @ models/lib/nn.yaml:80:7
%5822 = mul %5813, %5821 : f32[64] @ models/lib/nn.yaml:80:7
%5823 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5824 = cast %5823 : f32[] @ models/lib/nn.yaml:80:7
%5825 = broadcast %5824 : f32[64] @ models/lib/nn.yaml:80:7
%5826 = mul %5814, %5825 : f32[64] @ models/lib/nn.yaml:80:7
%5827 = add %5826, %5822 : f32[64] @ models/lib/nn.yaml:80:7
%5828 = mul %5813, %5813 : f32[64] @ models/lib/nn.yaml:80:7
%5829 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5830 = cast %5829 : f32[] @ models/lib/nn.yaml:80:7
%5831 = broadcast %5830 : f32[64] @ models/lib/nn.yaml:80:7
%5832 = mul %5828, %5831 : f32[64] @ models/lib/nn.yaml:80:7
%5833 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5834 = cast %5833 : f32[] @ models/lib/nn.yaml:80:7
%5835 = broadcast %5834 : f32[64] @ models/lib/nn.yaml:80:7
%5836 = mul %5815, %5835 : f32[64] @ models/lib/nn.yaml:80:7
%5837 = add %5836, %5832 : f32[64] @ models/lib/nn.yaml:80:7
%5838 = cast %5818 : f64[] @ models/lib/nn.yaml:80:7
%5839 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5840 = pow %5839, %5838 : f64[] @ models/lib/nn.yaml:80:7
%5841 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5842 = sub %5841, %5840 : f64[] @ models/lib/nn.yaml:80:7
%5843 = div %1943, %5842 : f64[] @ models/lib/nn.yaml:80:7
%5844 = cast %5818 : f64[] @ models/lib/nn.yaml:80:7
%5845 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5846 = pow %5845, %5844 : f64[] @ models/lib/nn.yaml:80:7
%5847 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5848 = sub %5847, %5846 : f64[] @ models/lib/nn.yaml:80:7
%5849 = sqrt %5848 : f64[] @ models/lib/nn.yaml:80:7
%5850 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5851 = div %5850, %5849 : f64[] @ models/lib/nn.yaml:80:7
%5852 = sqrt %5837 : f32[64] @ models/lib/nn.yaml:80:7
%5853 = cast %5851 : f32[] @ models/lib/nn.yaml:80:7
%5854 = broadcast %5853 : f32[64] @ models/lib/nn.yaml:80:7
%5855 = mul %5852, %5854 : f32[64] @ models/lib/nn.yaml:80:7
%5856 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5857 = cast %5856 : f32[] @ models/lib/nn.yaml:80:7
%5858 = broadcast %5857 : f32[64] @ models/lib/nn.yaml:80:7
%5859 = add %5855, %5858 : f32[64] @ models/lib/nn.yaml:80:7
%5860 = div %5827, %5859 : f32[64] @ models/lib/nn.yaml:80:7
%5861 = cast %5843 : f32[] @ models/lib/nn.yaml:80:7
%5862 = broadcast %5861 : f32[64] @ models/lib/nn.yaml:80:7
%5863 = mul %5860, %5862 : f32[64] @ models/lib/nn.yaml:80:7
%5864 = sub %46, %5863 : f32[64] @ models/lib/nn.yaml:80:7
%5865 = assign %46, %5864 : f32[64] @ models/lib/nn.yaml:80:7
%5866 = assign %5814, %5827 : f32[64] @ models/lib/nn.yaml:80:7
%5867 = assign %5815, %5837 : f32[64] @ models/lib/nn.yaml:80:7
%5868 = assign %5816, %5818 : i64[] @ models/lib/nn.yaml:80:7
%5869 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%5870 = broadcast %5869 : f32[64] @ models/lib/nn.yaml:80:7
%5871 = mul %130, %5870 : f32[64] @ models/lib/nn.yaml:80:7
%5872 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5873 = sub %5872, %1945 : f64[] @ models/lib/nn.yaml:80:7
%5874 = cast %5873 : f32[] @ models/lib/nn.yaml:80:7
%5875 = broadcast %5874 : f32[64] @ models/lib/nn.yaml:80:7
%5876 = mul %5864, %5875 : f32[64] @ models/lib/nn.yaml:80:7
%5877 = add %5871, %5876 : f32[64] @ models/lib/nn.yaml:80:7
%5878 = assign %130, %5877 : f32[64] @ models/lib/nn.yaml:80:7
%5879 = all_reduce_sum %2648 : f32[16,64] @ models/lib/nn.yaml:79:7
%5880 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5881 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5882 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5883 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5884 = add %5882, %5883 : i64[] @ models/lib/nn.yaml:79:7
%5885 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%5886 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5887 = sub %5886, %5885 : f64[] @ models/lib/nn.yaml:79:7
%5888 = cast %5887 : f32[] @ models/lib/nn.yaml:79:7
%5889 = broadcast %5888 : f32[16,64] @ models/lib/nn.yaml:79:7
%5890 = mul %47, %5889 : f32[16,64] @ models/lib/nn.yaml:79:7
%5891 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5892 = cast %5891 : f32[] @ models/lib/nn.yaml:79:7
%5893 = broadcast %5892 : f32[16,64] @ models/lib/nn.yaml:79:7
%5894 = mul %5879, %5893 : f32[16,64] @ models/lib/nn.yaml:79:7
%5895 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5896 = cast %5895 : f32[] @ models/lib/nn.yaml:79:7
%5897 = broadcast %5896 : f32[16,64] @ models/lib/nn.yaml:79:7
%5898 = mul %5880, %5897 : f32[16,64] @ models/lib/nn.yaml:79:7
%5899 = add %5898, %5894 : f32[16,64] @ models/lib/nn.yaml:79:7
%5900 = mul %5879, %5879 : f32[16,64] @ models/lib/nn.yaml:79:7
%5901 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5902 = cast %5901 : f32[] @ models/lib/nn.yaml:79:7
%5903 = broadcast %5902 : f32[16,64] @ models/lib/nn.yaml:79:7
%5904 = mul %5900, %5903 : f32[16,64] @ models/lib/nn.yaml:79:7
%5905 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5906 = cast %5905 : f32[] @ models/lib/nn.yaml:79:7
%5907 = broadcast %5906 : f32[16,64] @ models/lib/nn.yaml:79:7
%5908 = mul %5881, %5907 : f32[16,64] @ models/lib/nn.yaml:79:7
%5909 = add %5908, %5904 : f32[16,64] @ models/lib/nn.yaml:79:7
%5910 = cast %5884 : f64[] @ models/lib/nn.yaml:79:7
%5911 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5912 = pow %5911, %5910 : f64[] @ models/lib/nn.yaml:79:7
%5913 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5914 = sub %5913, %5912 : f64[] @ models/lib/nn.yaml:79:7
%5915 = div %1943, %5914 : f64[] @ models/lib/nn.yaml:79:7
%5916 = cast %5884 : f64[] @ models/lib/nn.yaml:79:7
%5917 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5918 = pow %5917, %5916 : f64[] @ models/lib/nn.yaml:79:7
%5919 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5920 = sub %5919, %5918 : f64[] @ models/lib/nn.yaml:79:7
%5921 = sqrt %5920 : f64[] @ models/lib/nn.yaml:79:7
%5922 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5923 = div %5922, %5921 : f64[] @ models/lib/nn.yaml:79:7
%5924 = sqrt %5909 : f32[16,64] @ models/lib/nn.yaml:79:7
%5925 = cast %5923 : f32[] @ models/lib/nn.yaml:79:7
%5926 = broadcast %5925 : f32[16,64] @ models/lib/nn.yaml:79:7
%5927 = mul %5924, %5926 : f32[16,64] @ models/lib/nn.yaml:79:7
%5928 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5929 = cast %5928 : f32[] @ models/lib/nn.yaml:79:7
%5930 = broadcast %5929 : f32[16,64] @ models/lib/nn.yaml:79:7
%5931 = add %5927, %5930 : f32[16,64] @ models/lib/nn.yaml:79:7
%5932 = div %5899, %5931 : f32[16,64] @ models/lib/nn.yaml:79:7
%5933 = cast %5915 : f32[] @ models/lib/nn.yaml:79:7
%5934 = broadcast %5933 : f32[16,64] @ models/lib/nn.yaml:79:7
%5935 = mul %5932, %5934 : f32[16,64] @ models/lib/nn.yaml:79:7
%5936 = sub %5890, %5935 : f32[16,64] @ models/lib/nn.yaml:79:7
%5937 = assign %47, %5936 : f32[16,64] @ models/lib/nn.yaml:79:7
%5938 = assign %5880, %5899 : f32[16,64] @ models/lib/nn.yaml:79:7
%5939 = assign %5881, %5909 : f32[16,64] @ models/lib/nn.yaml:79:7
%5940 = assign %5882, %5884 : i64[] @ models/lib/nn.yaml:79:7
%5941 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%5942 = broadcast %5941 : f32[16,64] @ models/lib/nn.yaml:79:7
%5943 = mul %131, %5942 : f32[16,64] @ models/lib/nn.yaml:79:7
%5944 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5945 = sub %5944, %1945 : f64[] @ models/lib/nn.yaml:79:7
%5946 = cast %5945 : f32[] @ models/lib/nn.yaml:79:7
%5947 = broadcast %5946 : f32[16,64] @ models/lib/nn.yaml:79:7
%5948 = mul %5936, %5947 : f32[16,64] @ models/lib/nn.yaml:79:7
%5949 = add %5943, %5948 : f32[16,64] @ models/lib/nn.yaml:79:7
%5950 = assign %131, %5949 : f32[16,64] @ models/lib/nn.yaml:79:7
%5951 = all_reduce_sum %2644 : f32[16] @ models/lib/nn.yaml:80:7
%5952 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5953 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5954 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5955 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5956 = add %5954, %5955 : i64[] @ models/lib/nn.yaml:80:7
%5957 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5958 = cast %5957 : f32[] @ models/lib/nn.yaml:80:7
%5959 = broadcast %5958 : f32[16] @ models/lib/nn.yaml:80:7
%5960 = mul %5951, %5959 : f32[16] @ models/lib/nn.yaml:80:7
%5961 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5962 = cast %5961 : f32[] @ models/lib/nn.yaml:80:7
%5963 = broadcast %5962 : f32[16] @ models/lib/nn.yaml:80:7
%5964 = mul %5952, %5963 : f32[16] @ models/lib/nn.yaml:80:7
%5965 = add %5964, %5960 : f32[16] @ models/lib/nn.yaml:80:7
%5966 = mul %5951, %5951 : f32[16] @ models/lib/nn.yaml:80:7
%5967 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5968 = cast %5967 : f32[] @ models/lib/nn.yaml:80:7
%5969 = broadcast %5968 : f32[16] @ models/lib/nn.yaml:80:7
%5970 = mul %5966, %5969 : f32[16] @ models/lib/nn.yaml:80:7
%5971 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5972 = cast %5971 : f32[] @ models/lib/nn.yaml:80:7
%5973 = broadcast %5972 : f32[16] @ models/lib/nn.yaml:80:7
%5974 = mul %5953, %5973 : f32[16] @ models/lib/nn.yaml:80:7
%5975 = add %5974, %5970 : f32[16] @ models/lib/nn.yaml:80:7
%5976 = cast %5956 : f64[] @ models/lib/nn.yaml:80:7
%5977 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5978 = pow %5977, %5976 : f64[] @ models/lib/nn.yaml:80:7
%5979 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5980 = sub %5979, %5978 : f64[] @ models/lib/nn.yaml:80:7
%5981 = div %1943, %5980 : f64[] @ models/lib/nn.yaml:80:7
%5982 = cast %5956 : f64[] @ models/lib/nn.yaml:80:7
%5983 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5984 = pow %5983, %5982 : f64[] @ models/lib/nn.yaml:80:7
%5985 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5986 = sub %5985, %5984 : f64[] @ models/lib/nn.yaml:80:7
%5987 = sqrt %5986 : f64[] @ models/lib/nn.yaml:80:7
%5988 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5989 = div %5988, %5987 : f64[] @ models/lib/nn.yaml:80:7
%5990 = sqrt %5975 : f32[16] @ models/lib/nn.yaml:80:7
%5991 = cast %5989 : f32[] @ models/lib/nn.yaml:80:7
%5992 = broadcast %5991 : f32[16] @ models/lib/nn.yaml:80:7
%5993 = mul %5990, %5992 : f32[16] @ models/lib/nn.yaml:80:7
%5994 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5995 = cast %5994 : f32[] @ models/lib/nn.yaml:80:7
%5996 = broadcast %5995 : f32[16] @ models/lib/nn.yaml:80:7
%5997 = add %5993, %5996 : f32[16] @ models/lib/nn.yaml:80:7
%5998 = div %5965, %5997 : f32[16] @ models/lib/nn.yaml:80:7
%5999 = cast %5981 : f32[] @ models/lib/nn.yaml:80:7
%6000 = broadcast %5999 : f32[16] @ models/lib/nn.yaml:80:7
%6001 = mul %5998, %6000 : f32[16] @ models/lib/nn.yaml:80:7
%6002 = sub %48, %6001 : f32[16] @ models/lib/nn.yaml:80:7
%6003 = assign %48, %6002 : f32[16] @ models/lib/nn.yaml:80:7
%6004 = assign %5952, %5965 : f32[16] @ models/lib/nn.yaml:80:7
%6005 = assign %5953, %5975 : f32[16] @ models/lib/nn.yaml:80:7
%6006 = assign %5954, %5956 : i64[] @ models/lib/nn.yaml:80:7
%6007 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%6008 = broadcast %6007 : f32[16] @ models/lib/nn.yaml:80:7
%6009 = mul %132, %6008 : f32[16] @ models/lib/nn.yaml:80:7
%6010 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6011 = sub %6010, %1945 : f64[] @ models/lib/nn.yaml:80:7
%6012 = cast %6011 : f32[] @ models/lib/nn.yaml:80:7
%6013 = broadcast %6012 : f32[16] @ models/lib/nn.yaml:80:7
%6014 = mul %6002, %6013 : f32[16] @ models/lib/nn.yaml:80:7
%6015 = add %6009, %6014 : f32[16] @ models/lib/nn.yaml:80:7
%6016 = assign %132, %6015 : f32[16] @ models/lib/nn.yaml:80:7
%6017 = all_reduce_sum %2618 : f32[16] @ models/lib/nn.yaml:89:7
%6018 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6019 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6020 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6021 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6022 = add %6020, %6021 : i64[] @ models/lib/nn.yaml:89:7
%6023 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6024 = cast %6023 : f32[] @ models/lib/nn.yaml:89:7
%6025 = broadcast %6024 : f32[16] @ models/lib/nn.yaml:89:7
%6026 = mul %6017, %6025 : f32[16] @ models/lib/nn.yaml:89:7
%6027 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6028 = cast %6027 : f32[] @ models/lib/nn.yaml:89:7
%6029 = broadcast %6028 : f32[16] @ models/lib/nn.yaml:89:7
%6030 = mul %6018, %6029 : f32[16] @ models/lib/nn.yaml:89:7
%6031 = add %6030, %6026 : f32[16] @ models/lib/nn.yaml:89:7
%6032 = mul %6017, %6017 : f32[16] @ models/lib/nn.yaml:89:7
%6033 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6034 = cast %6033 : f32[] @ models/lib/nn.yaml:89:7
%6035 = broadcast %6034 : f32[16] @ models/lib/nn.yaml:89:7
%6036 = mul %6032, %6035 : f32[16] @ models/lib/nn.yaml:89:7
%6037 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6038 = cast %6037 : f32[] @ models/lib/nn.yaml:89:7
%6039 = broadcast %6038 : f32[16] @ models/lib/nn.yaml:89:7
%6040 = mul %6019, %6039 : f32[16] @ models/lib/nn.yaml:89:7
%6041 = add %6040, %6036 : f32[16] @ models/lib/nn.yaml:89:7
%6042 = cast %6022 : f64[] @ models/lib/nn.yaml:89:7
%6043 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6044 = pow %6043, %6042 : f64[] @ models/lib/nn.yaml:89:7
%6045 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6046 = sub %6045, %6044 : f64[] @ models/lib/nn.yaml:89:7
%6047 = div %1943, %6046 : f64[] @ models/lib/nn.yaml:89:7
%6048 = cast %6022 : f64[] @ models/lib/nn.yaml:89:7
%6049 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6050 = pow %6049, %6048 : f64[] @ models/lib/nn.yaml:89:7
%6051 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6052 = sub %6051, %6050 : f64[] @ models/lib/nn.yaml:89:7
%6053 = sqrt %6052 : f64[] @ models/lib/nn.yaml:89:7
%6054 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6055 = div %6054, %6053 : f64[] @ models/lib/nn.yaml:89:7
%6056 = sqrt %6041 : f32[16] @ models/lib/nn.yaml:89:7
%6057 = cast %6055 : f32[] @ models/lib/nn.yaml:89:7
%6058 = broadcast %6057 : f32[16] @ models/lib/nn.yaml:89:7
%6059 = mul %6056, %6058 : f32[16] @ models/lib/nn.yaml:89:7
%6060 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6061 = cast %6060 : f32[] @ models/lib/nn.yaml:89:7
%6062 = broadcast %6061 : f32[16] @ models/lib/nn.yaml:89:7
%6063 = add %6059, %6062 : f32[16] @ models/lib/nn.yaml:89:7
%6064 = div %6031, %6063 : f32[16] @ models/lib/nn.yaml:89:7
%6065 = cast %6047 : f32[] @ models/lib/nn.yaml:89:7
%6066 = broadcast %6065 : f32[16] @ models/lib/nn.yaml:89:7
%6067 = mul %6064, %6066 : f32[16] @ models/lib/nn.yaml:89:7
%6068 = sub %49, %6067 : f32[16] @ models/lib/nn.yaml:89:7
%6069 = assign %49, %6068 : f32[16] @ models/lib/nn.yaml:89:7
%6070 = assign %6018, %6031 : f32[16] @ models/lib/nn.yaml:89:7
%6071 = assign %6019, %6041 : f32[16] @ models/lib/nn.yaml:89:7
%6072 = assign %6020, %6022 : i64[] @ models/lib/nn.yaml:89:7
%6073 = cast %1945 : f32[] @ models/lib/nn.yaml:89:7
%6074 = broadcast %6073 : f32[16] @ models/lib/nn.yaml:89:7
%6075 = mul %133, %6074 : f32[16] @ models/lib/nn.yaml:89:7
%6076 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6077 = sub %6076, %1945 : f64[] @ models/lib/nn.yaml:89:7
%6078 = cast %6077 : f32[] @ models/lib/nn.yaml:89:7
%6079 = broadcast %6078 : f32[16] @ models/lib/nn.yaml:89:7
%6080 = mul %6068, %6079 : f32[16] @ models/lib/nn.yaml:89:7
%6081 = add %6075, %6080 : f32[16] @ models/lib/nn.yaml:89:7
%6082 = assign %133, %6081 : f32[16] @ models/lib/nn.yaml:89:7
%6083 = all_reduce_sum %2614 : f32[16] @ models/lib/nn.yaml:90:7
%6084 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6085 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6086 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6087 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6088 = add %6086, %6087 : i64[] @ models/lib/nn.yaml:90:7
%6089 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6090 = cast %6089 : f32[] @ models/lib/nn.yaml:90:7
%6091 = broadcast %6090 : f32[16] @ models/lib/nn.yaml:90:7
%6092 = mul %6083, %6091 : f32[16] @ models/lib/nn.yaml:90:7
%6093 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6094 = cast %6093 : f32[] @ models/lib/nn.yaml:90:7
%6095 = broadcast %6094 : f32[16] @ models/lib/nn.yaml:90:7
%6096 = mul %6084, %6095 : f32[16] @ models/lib/nn.yaml:90:7
%6097 = add %6096, %6092 : f32[16] @ models/lib/nn.yaml:90:7
%6098 = mul %6083, %6083 : f32[16] @ models/lib/nn.yaml:90:7
%6099 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6100 = cast %6099 : f32[] @ models/lib/nn.yaml:90:7
%6101 = broadcast %6100 : f32[16] @ models/lib/nn.yaml:90:7
%6102 = mul %6098, %6101 : f32[16] @ models/lib/nn.yaml:90:7
%6103 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6104 = cast %6103 : f32[] @ models/lib/nn.yaml:90:7
%6105 = broadcast %6104 : f32[16] @ models/lib/nn.yaml:90:7
%6106 = mul %6085, %6105 : f32[16] @ models/lib/nn.yaml:90:7
%6107 = add %6106, %6102 : f32[16] @ models/lib/nn.yaml:90:7
%6108 = cast %6088 : f64[] @ models/lib/nn.yaml:90:7
%6109 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6110 = pow %6109, %6108 : f64[] @ models/lib/nn.yaml:90:7
%6111 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6112 = sub %6111, %6110 : f64[] @ models/lib/nn.yaml:90:7
%6113 = div %1943, %6112 : f64[] @ models/lib/nn.yaml:90:7
%6114 = cast %6088 : f64[] @ models/lib/nn.yaml:90:7
%6115 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6116 = pow %6115, %6114 : f64[] @ models/lib/nn.yaml:90:7
%6117 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6118 = sub %6117, %6116 : f64[] @ models/lib/nn.yaml:90:7
%6119 = sqrt %6118 : f64[] @ models/lib/nn.yaml:90:7
%6120 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6121 = div %6120, %6119 : f64[] @ models/lib/nn.yaml:90:7
%6122 = sqrt %6107 : f32[16] @ models/lib/nn.yaml:90:7
%6123 = cast %6121 : f32[] @ models/lib/nn.yaml:90:7
%6124 = broadcast %6123 : f32[16] @ models/lib/nn.yaml:90:7
%6125 = mul %6122, %6124 : f32[16] @ models/lib/nn.yaml:90:7
%6126 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6127 = cast %6126 : f32[] @ models/lib/nn.yaml:90:7
%6128 = broadcast %6127 : f32[16] @ models/lib/nn.yaml:90:7
%6129 = add %6125, %6128 : f32[16] @ models/lib/nn.yaml:90:7
%6130 = div %6097, %6129 : f32[16] @ models/lib/nn.yaml:90:7
%6131 = cast %6113 : f32[] @ models/lib/nn.yaml:90:7
%6132 = broadcast %6131 : f32[16] @ models/lib/nn.yaml:90:7
%6133 = mul %6130, %6132 : f32[16] @ models/lib/nn.yaml:90:7
%6134 = sub %50, %6133 : f32[16] @ models/lib/nn.yaml:90:7
%6135 = assign %50, %6134 : f32[16] @ models/lib/nn.yaml:90:7
%6136 = assign %6084, %6097 : f32[16] @ models/lib/nn.yaml:90:7
%6137 = assign %6085, %6107 : f32[16] @ models/lib/nn.yaml:90:7
%6138 = assign %6086, %6088 : i64[] @ models/lib/nn.yaml:90:7
%6139 = cast %1945 : f32[] @ models/lib/nn.yaml:90:7
%6140 = broadcast %6139 : f32[16] @ models/lib/nn.yaml:90:7
%6141 = mul %134, %6140 : f32[16] @ models/lib/nn.yaml:90:7
%6142 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6143 = sub %6142, %1945 : f64[] @ models/lib/nn.yaml:90:7
%6144 = cast %6143 : f32[] @ models/lib/nn.yaml:90:7
%6145 = broadcast %6144 : f32[16] @ models/lib/nn.yaml:90:7
%6146 = mul %6134, %6145 : f32[16] @ models/lib/nn.yaml:90:7
%6147 = add %6141, %6146 : f32[16] @ models/lib/nn.yaml:90:7
%6148 = assign %134, %6147 : f32[16] @ models/lib/nn.yaml:90:7
%6149 = all_reduce_sum %2610 : f32[16,16] @ models/lib/nn.yaml:79:7
%6150 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6151 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6152 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6153 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6154 = add %6152, %6153 : i64[] @ models/lib/nn.yaml:79:7
%6155 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%6156 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6157 = sub %6156, %6155 : f64[] @ models/lib/nn.yaml:79:7
%6158 = cast %6157 : f32[] @ models/lib/nn.yaml:79:7
%6159 = broadcast %6158 : f32[16,16] @ models/lib/nn.yaml:79:7
%6160 = mul %51, %6159 : f32[16,16] @ models/lib/nn.yaml:79:7
%6161 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6162 = cast %6161 : f32[] @ models/lib/nn.yaml:79:7
%6163 = broadcast %6162 : f32[16,16] @ models/lib/nn.yaml:79:7
%6164 = mul %6149, %6163 : f32[16,16] @ models/lib/nn.yaml:79:7
%6165 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6166 = cast %6165 : f32[] @ models/lib/nn.yaml:79:7
%6167 = broadcast %6166 : f32[16,16] @ models/lib/nn.yaml:79:7
%6168 = mul %6150, %6167 : f32[16,16] @ models/lib/nn.yaml:79:7
%6169 = add %6168, %6164 : f32[16,16] @ models/lib/nn.yaml:79:7
%6170 = mul %6149, %6149 : f32[16,16] @ models/lib/nn.yaml:79:7
%6171 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6172 = cast %6171 : f32[] @ models/lib/nn.yaml:79:7
%6173 = broadcast %6172 : f32[16,16] @ models/lib/nn.yaml:79:7
%6174 = mul %6170, %6173 : f32[16,16] @ models/lib/nn.yaml:79:7
%6175 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6176 = cast %6175 : f32[] @ models/lib/nn.yaml:79:7
%6177 = broadcast %6176 : f32[16,16] @ models/lib/nn.yaml:79:7
%6178 = mul %6151, %6177 : f32[16,16] @ models/lib/nn.yaml:79:7
%6179 = add %6178, %6174 : f32[16,16] @ models/lib/nn.yaml:79:7
%6180 = cast %6154 : f64[] @ models/lib/nn.yaml:79:7
%6181 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6182 = pow %6181, %6180 : f64[] @ models/lib/nn.yaml:79:7
%6183 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6184 = sub %6183, %6182 : f64[] @ models/lib/nn.yaml:79:7
%6185 = div %1943, %6184 : f64[] @ models/lib/nn.yaml:79:7
%6186 = cast %6154 : f64[] @ models/lib/nn.yaml:79:7
%6187 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6188 = pow %6187, %6186 : f64[] @ models/lib/nn.yaml:79:7
%6189 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6190 = sub %6189, %6188 : f64[] @ models/lib/nn.yaml:79:7
%6191 = sqrt %6190 : f64[] @ models/lib/nn.yaml:79:7
%6192 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6193 = div %6192, %6191 : f64[] @ models/lib/nn.yaml:79:7
%6194 = sqrt %6179 : f32[16,16] @ models/lib/nn.yaml:79:7
%6195 = cast %6193 : f32[] @ models/lib/nn.yaml:79:7
%6196 = broadcast %6195 : f32[16,16] @ models/lib/nn.yaml:79:7
%6197 = mul %6194, %6196 : f32[16,16] @ models/lib/nn.yaml:79:7
%6198 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6199 = cast %6198 : f32[] @ models/lib/nn.yaml:79:7
%6200 = broadcast %6199 : f32[16,16] @ models/lib/nn.yaml:79:7
%6201 = add %6197, %6200 : f32[16,16] @ models/lib/nn.yaml:79:7
%6202 = div %6169, %6201 : f32[16,16] @ models/lib/nn.yaml:79:7
%6203 = cast %6185 : f32[] @ models/lib/nn.yaml:79:7
%6204 = broadcast %6203 : f32[16,16] @ models/lib/nn.yaml:79:7
%6205 = mul %6202, %6204 : f32[16,16] @ models/lib/nn.yaml:79:7
%6206 = sub %6160, %6205 : f32[16,16] @ models/lib/nn.yaml:79:7
%6207 = assign %51, %6206 : f32[16,16] @ models/lib/nn.yaml:79:7
%6208 = assign %6150, %6169 : f32[16,16] @ models/lib/nn.yaml:79:7
%6209 = assign %6151, %6179 : f32[16,16] @ models/lib/nn.yaml:79:7
%6210 = assign %6152, %6154 : i64[] @ models/lib/nn.yaml:79:7
%6211 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%6212 = broadcast %6211 : f32[16,16] @ models/lib/nn.yaml:79:7
%6213 = mul %135, %6212 : f32[16,16] @ models/lib/nn.yaml:79:7
%6214 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6215 = sub %6214, %1945 : f64[] @ models/lib/nn.yaml:79:7
%6216 = cast %6215 : f32[] @ models/lib/nn.yaml:79:7
%6217 = broadcast %6216 : f32[16,16] @ models/lib/nn.yaml:79:7
%6218 = mul %6206, %6217 : f32[16,16] @ models/lib/nn.yaml:79:7
%6219 = add %6213, %6218 : f32[16,16] @ models/lib/nn.yaml:79:7
%6220 = assign %135, %6219 : f32[16,16] @ models/lib/nn.yaml:79:7
%6221 = all_reduce_sum %2606 : f32[16] @ models/lib/nn.yaml:80:7
%6222 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6223 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6224 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6225 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6226 = add %6224, %6225 : i64[] @ models/lib/nn.yaml:80:7
%6227 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6228 = cast %6227 : f32[] @ models/lib/nn.yaml:80:7
%6229 = broadcast %6228 : f32[16] @ models/lib/nn.yaml:80:7
%6230 = mul %6221, %6229 : f32[16] @ models/lib/nn.yaml:80:7
%6231 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6232 = cast %6231 : f32[] @ models/lib/nn.yaml:80:7
%6233 = broadcast %6232 : f32[16] @ models/lib/nn.yaml:80:7
%6234 = mul %6222, %6233 : f32[16] @ models/lib/nn.yaml:80:7
%6235 = add %6234, %6230 : f32[16] @ models/lib/nn.yaml:80:7
%6236 = mul %6221, %6221 : f32[16] @ models/lib/nn.yaml:80:7
%6237 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6238 = cast %6237 : f32[] @ models/lib/nn.yaml:80:7
%6239 = broadcast %6238 : f32[16] @ models/lib/nn.yaml:80:7
%6240 = mul %6236, %6239 : f32[16] @ models/lib/nn.yaml:80:7
%6241 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6242 = cast %6241 : f32[] @ models/lib/nn.yaml:80:7
%6243 = broadcast %6242 : f32[16] @ models/lib/nn.yaml:80:7
%6244 = mul %6223, %6243 : f32[16] @ models/lib/nn.yaml:80:7
%6245 = add %6244, %6240 : f32[16] @ models/lib/nn.yaml:80:7
%6246 = cast %6226 : f64[] @ models/lib/nn.yaml:80:7
%6247 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6248 = pow %6247, %6246 : f64[] @ models/lib/nn.yaml:80:7
%6249 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6250 = sub %6249, %6248 : f64[] @ models/lib/nn.yaml:80:7
%6251 = div %1943, %6250 : f64[] @ models/lib/nn.yaml:80:7
%6252 = cast %6226 : f64[] @ models/lib/nn.yaml:80:7
%6253 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6254 = pow %6253, %6252 : f64[] @ models/lib/nn.yaml:80:7
%6255 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6256 = sub %6255, %6254 : f64[] @ models/lib/nn.yaml:80:7
%6257 = sqrt %6256 : f64[] @ models/lib/nn.yaml:80:7
%6258 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6259 = div %6258, %6257 : f64[] @ models/lib/nn.yaml:80:7
%6260 = sqrt %6245 : f32[16] @ models/lib/nn.yaml:80:7
%6261 = cast %6259 : f32[] @ models/lib/nn.yaml:80:7
%6262 = broadcast %6261 : f32[16] @ models/lib/nn.yaml:80:7
%6263 = mul %6260, %6262 : f32[16] @ models/lib/nn.yaml:80:7
%6264 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6265 = cast %6264 : f32[] @ models/lib/nn.yaml:80:7
%6266 = broadcast %6265 : f32[16] @ models/lib/nn.yaml:80:7
%6267 = add %6263, %6266 : f32[16] @ models/lib/nn.yaml:80:7
%6268 = div %6235, %6267 : f32[16] @ models/lib/nn.yaml:80:7
%6269 = cast %6251 : f32[] @ models/lib/nn.yaml:80:7
%6270 = broadcast %6269 : f32[16] @ models/lib/nn.yaml:80:7
%6271 = mul %6268, %6270 : f32[16] @ models/lib/nn.yaml:80:7
%6272 = sub %52, %6271 : f32[16] @ models/lib/nn.yaml:80:7
%6273 = assign %52, %6272 : f32[16] @ models/lib/nn.yaml:80:7
%6274 = assign %6222, %6235 : f32[16] @ models/lib/nn.yaml:80:7
%6275 = assign %6223, %6245 : f32[16] @ models/lib/nn.yaml:80:7
%6276 = assign %6224, %6226 : i64[] @ models/lib/nn.yaml:80:7
%6277 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%6278 = broadcast %6277 : f32[16] @ models/lib/nn.yaml:80:7
%6279 = mul %136, %6278 : f32[16] @ models/lib/nn.yaml:80:7
%6280 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6281 = sub %6280, %1945 : f64[] @ models/lib/nn.yaml:80:7
%6282 = cast %6281 : f32[] @ models/lib/nn.yaml:80:7
%6283 = broadcast %6282 : f32[16] @ models/lib/nn.yaml:80:7
%6284 = mul %6272, %6283 : f32[16] @ models/lib/nn.yaml:80:7
%6285 = add %6279, %6284 : f32[16] @ models/lib/nn.yaml:80:7
%6286 = assign %136, %6285 : f32[16] @ models/lib/nn.yaml:80:7
%6287 = all_reduce_sum %2602 : f32[16,16] @ models/lib/nn.yaml:79:7
%6288 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6289 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6290 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6291 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6292 = add %6290, %6291 : i64[] @ models/lib/nn.yaml:79:7
%6293 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%6294 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6295 = sub %6294, %6293 : f64[] @ models/lib/nn.yaml:79:7
%6296 = cast %6295 : f32[] @ models/lib/nn.yaml:79:7
%6297 = broadcast %6296 : f32[16,16] @ models/lib/nn.yaml:79:7
%6298 = mul %53, %6297 : f32[16,16] @ models/lib/nn.yaml:79:7
%6299 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6300 = cast %6299 : f32[] @ models/lib/nn.yaml:79:7
%6301 = broadcast %6300 : f32[16,16] @ models/lib/nn.yaml:79:7
%6302 = mul %6287, %6301 : f32[16,16] @ models/lib/nn.yaml:79:7
%6303 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6304 = cast %6303 : f32[] @ models/lib/nn.yaml:79:7
%6305 = broadcast %6304 : f32[16,16] @ models/lib/nn.yaml:79:7
%6306 = mul %6288, %6305 : f32[16,16] @ models/lib/nn.yaml:79:7
%6307 = add %6306, %6302 : f32[16,16] @ models/lib/nn.yaml:79:7
%6308 = mul %6287, %6287 : f32[16,16] @ models/lib/nn.yaml:79:7
%6309 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6310 = cast %6309 : f32[] @ models/lib/nn.yaml:79:7
%6311 = broadcast %6310 : f32[16,16] @ models/lib/nn.yaml:79:7
%6312 = mul %6308, %6311 : f32[16,16] @ models/lib/nn.yaml:79:7
%6313 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6314 = cast %6313 : f32[] @ models/lib/nn.yaml:79:7
%6315 = broadcast %6314 : f32[16,16] @ models/lib/nn.yaml:79:7
%6316 = mul %6289, %6315 : f32[16,16] @ models/lib/nn.yaml:79:7
%6317 = add %6316, %6312 : f32[16,16] @ models/lib/nn.yaml:79:7
%6318 = cast %6292 : f64[] @ models/lib/nn.yaml:79:7
%6319 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6320 = pow %6319, %6318 : f64[] @ models/lib/nn.yaml:79:7
%6321 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6322 = sub %6321, %6320 : f64[] @ models/lib/nn.yaml:79:7
%6323 = div %1943, %6322 : f64[] @ models/lib/nn.yaml:79:7
%6324 = cast %6292 : f64[] @ models/lib/nn.yaml:79:7
%6325 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6326 = pow %6325, %6324 : f64[] @ models/lib/nn.yaml:79:7
%6327 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6328 = sub %6327, %6326 : f64[] @ models/lib/nn.yaml:79:7
%6329 = sqrt %6328 : f64[] @ models/lib/nn.yaml:79:7
%6330 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6331 = div %6330, %6329 : f64[] @ models/lib/nn.yaml:79:7
%6332 = sqrt %6317 : f32[16,16] @ models/lib/nn.yaml:79:7
%6333 = cast %6331 : f32[] @ models/lib/nn.yaml:79:7
%6334 = broadcast %6333 : f32[16,16] @ models/lib/nn.yaml:79:7
%6335 = mul %6332, %6334 : f32[16,16] @ models/lib/nn.yaml:79:7
%6336 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6337 = cast %6336 : f32[] @ models/lib/nn.yaml:79:7
%6338 = broadcast %6337 : f32[16,16] @ models/lib/nn.yaml:79:7
%6339 = add %6335, %6338 : f32[16,16] @ models/lib/nn.yaml:79:7
%6340 = div %6307, %6339 : f32[16,16] @ models/lib/nn.yaml:79:7
%6341 = cast %6323 : f32[] @ models/lib/nn.yaml:79:7
%6342 = broadcast %6341 : f32[16,16] @ models/lib/nn.yaml:79:7
%6343 = mul %6340, %6342 : f32[16,16] @ models/lib/nn.yaml:79:7
%6344 = sub %6298, %6343 : f32[16,16] @ models/lib/nn.yaml:79:7
%6345 = assign %53, %6344 : f32[16,16] @ models/lib/nn.yaml:79:7
%6346 = assign %6288, %6307 : f32[16,16] @ models/lib/nn.yaml:79:7
%6347 = assign %6289, %6317 : f32[16,16] @ models/lib/nn.yaml:79:7
%6348 = assign %6290, %6292 : i64[] @ models/lib/nn.yaml:79:7
%6349 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%6350 = broadcast %6349 : f32[16,16] @ models/lib/nn.yaml:79:7
%6351 = mul %137, %6350 : f32[16,16] @ models/lib/nn.yaml:79:7
%6352 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6353 = sub %6352, %1945 : f64[] @ models/lib/nn.yaml:79:7
%6354 = cast %6353 : f32[] @ models/lib/nn.yaml:79:7
%6355 = broadcast %6354 : f32[16,16] @ models/lib/nn.yaml:79:7
%6356 = mul %6344, %6355 : f32[16,16] @ models/lib/nn.yaml:79:7
%6357 = add %6351, %6356 : f32[16,16] @ models/lib/nn.yaml:79:7
%6358 = assign %137, %6357 : f32[16,16] @ models/lib/nn.yaml:79:7
%6359 = all_reduce_sum %2597 : f32[16] @ models/lib/nn.yaml:80:7
%6360 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6361 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6362 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6363 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6364 = add %6362, %6363 : i64[] @ models/lib/nn.yaml:80:7
%6365 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6366 = cast %6365 : f32[] @ models/lib/nn.yaml:80:7
%6367 = broadcast %6366 : f32[16] @ models/lib/nn.yaml:80:7
%6368 = mul %6359, %6367 : f32[16] @ models/lib/nn.yaml:80:7
%6369 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6370 = cast %6369 : f32[] @ models/lib/nn.yaml:80:7
%6371 = broadcast %6370 : f32[16] @ models/lib/nn.yaml:80:7
%6372 = mul %6360, %6371 : f32[16] @ models/lib/nn.yaml:80:7
%6373 = add %6372, %6368 : f32[16] @ models/lib/nn.yaml:80:7
%6374 = mul %6359, %6359 : f32[16] @ models/lib/nn.yaml:80:7
%6375 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6376 = cast %6375 : f32[] @ models/lib/nn.yaml:80:7
%6377 = broadcast %6376 : f32[16] @ models/lib/nn.yaml:80:7
%6378 = mul %6374, %6377 : f32[16] @ models/lib/nn.yaml:80:7
%6379 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6380 = cast %6379 : f32[] @ models/lib/nn.yaml:80:7
%6381 = broadcast %6380 : f32[16] @ models/lib/nn.yaml:80:7
%6382 = mul %6361, %6381 : f32[16] @ models/lib/nn.yaml:80:7
%6383 = add %6382, %6378 : f32[16] @ models/lib/nn.yaml:80:7
%6384 = cast %6364 : f64[] @ models/lib/nn.yaml:80:7
%6385 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6386 = pow %6385, %6384 : f64[] @ models/lib/nn.yaml:80:7
%6387 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6388 = sub %6387, %6386 : f64[] @ models/lib/nn.yaml:80:7
%6389 = div %1943, %6388 : f64[] @ models/lib/nn.yaml:80:7
%6390 = cast %6364 : f64[] @ models/lib/nn.yaml:80:7
%6391 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6392 = pow %6391, %6390 : f64[] @ models/lib/nn.yaml:80:7
%6393 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6394 = sub %6393, %6392 : f64[] @ models/lib/nn.yaml:80:7
%6395 = sqrt %6394 : f64[] @ models/lib/nn.yaml:80:7
%6396 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6397 = div %6396, %6395 : f64[] @ models/lib/nn.yaml:80:7
%6398 = sqrt %6383 : f32[16] @ models/lib/nn.yaml:80:7
%6399 = cast %6397 : f32[] @ models/lib/nn.yaml:80:7
%6400 = broadcast %6399 : f32[16] @ models/lib/nn.yaml:80:7
%6401 = mul %6398, %6400 : f32[16] @ models/lib/nn.yaml:80:7
%6402 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6403 = cast %6402 : f32[] @ models/lib/nn.yaml:80:7
%6404 = broadcast %6403 : f32[16] @ models/lib/nn.yaml:80:7
%6405 = add %6401, %6404 : f32[16] @ models/lib/nn.yaml:80:7
%6406 = div %6373, %6405 : f32[16] @ models/lib/nn.yaml:80:7
%6407 = cast %6389 : f32[] @ models/lib/nn.yaml:80:7
%6408 = broadcast %6407 : f32[16] @ models/lib/nn.yaml:80:7
%6409 = mul %6406, %6408 : f32[16] @ models/lib/nn.yaml:80:7
%6410 = sub %54, %6409 : f32[16] @ models/lib/nn.yaml:80:7
%6411 = assign %54, %6410 : f32[16] @ models/lib/nn.yaml:80:7
%6412 = assign %6360, %6373 : f32[16] @ models/lib/nn.yaml:80:7
%6413 = assign %6361, %6383 : f32[16] @ models/lib/nn.yaml:80:7
%6414 = assign %6362, %6364 : i64[] @ models/lib/nn.yaml:80:7
%6415 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%6416 = broadcast %6415 : f32[16] @ models/lib/nn.yaml:80:7
%6417 = mul %138, %6416 : f32[16] @ models/lib/nn.yaml:80:7
%6418 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6419 = sub %6418, %1945 : f64[] @ models/lib/nn.yaml:80:7
%6420 = cast %6419 : f32[] @ models/lib/nn.yaml:80:7
%6421 = broadcast %6420 : f32[16] @ models/lib/nn.yaml:80:7
%6422 = mul %6410, %6421 : f32[16] @ models/lib/nn.yaml:80:7
%6423 = add %6417, %6422 : f32[16] @ models/lib/nn.yaml:80:7
%6424 = assign %138, %6423 : f32[16] @ models/lib/nn.yaml:80:7
%6425 = all_reduce_sum %2593 : f32[16,16] @ models/lib/nn.yaml:79:7
%6426 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6427 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6428 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6429 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6430 = add %6428, %6429 : i64[] @ models/lib/nn.yaml:79:7
%6431 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%6432 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6433 = sub %6432, %6431 : f64[] @ models/lib/nn.yaml:79:7
%6434 = cast %6433 : f32[] @ models/lib/nn.yaml:79:7
%6435 = broadcast %6434 : f32[16,16] @ models/lib/nn.yaml:79:7
%6436 = mul %55, %6435 : f32[16,16] @ models/lib/nn.yaml:79:7
%6437 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6438 = cast %6437 : f32[] @ models/lib/nn.yaml:79:7
%6439 = broadcast %6438 : f32[16,16] @ models/lib/nn.yaml:79:7
%6440 = mul %6425, %6439 : f32[16,16] @ models/lib/nn.yaml:79:7
%6441 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6442 = cast %6441 : f32[] @ models/lib/nn.yaml:79:7
%6443 = broadcast %6442 : f32[16,16] @ models/lib/nn.yaml:79:7
%6444 = mul %6426, %6443 : f32[16,16] @ models/lib/nn.yaml:79:7
%6445 = add %6444, %6440 : f32[16,16] @ models/lib/nn.yaml:79:7
%6446 = mul %6425, %6425 : f32[16,16] @ models/lib/nn.yaml:79:7
%6447 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6448 = cast %6447 : f32[] @ models/lib/nn.yaml:79:7
%6449 = broadcast %6448 : f32[16,16] @ models/lib/nn.yaml:79:7
%6450 = mul %6446, %6449 : f32[16,16] @ models/lib/nn.yaml:79:7
%6451 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6452 = cast %6451 : f32[] @ models/lib/nn.yaml:79:7
%6453 = broadcast %6452 : f32[16,16] @ models/lib/nn.yaml:79:7
%6454 = mul %6427, %6453 : f32[16,16] @ models/lib/nn.yaml:79:7
%6455 = add %6454, %6450 : f32[16,16] @ models/lib/nn.yaml:79:7
%6456 = cast %6430 : f64[] @ models/lib/nn.yaml:79:7
%6457 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6458 = pow %6457, %6456 : f64[] @ models/lib/nn.yaml:79:7
%6459 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6460 = sub %6459, %6458 : f64[] @ models/lib/nn.yaml:79:7
%6461 = div %1943, %6460 : f64[] @ models/lib/nn.yaml:79:7
%6462 = cast %6430 : f64[] @ models/lib/nn.yaml:79:7
%6463 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6464 = pow %6463, %6462 : f64[] @ models/lib/nn.yaml:79:7
%6465 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6466 = sub %6465, %6464 : f64[] @ models/lib/nn.yaml:79:7
%6467 = sqrt %6466 : f64[] @ models/lib/nn.yaml:79:7
%6468 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6469 = div %6468, %6467 : f64[] @ models/lib/nn.yaml:79:7
%6470 = sqrt %6455 : f32[16,16] @ models/lib/nn.yaml:79:7
%6471 = cast %6469 : f32[] @ models/lib/nn.yaml:79:7
%6472 = broadcast %6471 : f32[16,16] @ models/lib/nn.yaml:79:7
%6473 = mul %6470, %6472 : f32[16,16] @ models/lib/nn.yaml:79:7
%6474 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6475 = cast %6474 : f32[] @ models/lib/nn.yaml:79:7
%6476 = broadcast %6475 : f32[16,16] @ models/lib/nn.yaml:79:7
%6477 = add %6473, %6476 : f32[16,16] @ models/lib/nn.yaml:79:7
%6478 = div %6445, %6477 : f32[16,16] @ models/lib/nn.yaml:79:7
%6479 = cast %6461 : f32[] @ models/lib/nn.yaml:79:7
%6480 = broadcast %6479 : f32[16,16] @ models/lib/nn.yaml:79:7
%6481 = mul %6478, %6480 : f32[16,16] @ models/lib/nn.yaml:79:7
%6482 = sub %6436, %6481 : f32[16,16] @ models/lib/nn.yaml:79:7
%6483 = assign %55, %6482 : f32[16,16] @ models/lib/nn.yaml:79:7
%6484 = assign %6426, %6445 : f32[16,16] @ models/lib/nn.yaml:79:7
%6485 = assign %6427, %6455 : f32[16,16] @ models/lib/nn.yaml:79:7
%6486 = assign %6428, %6430 : i64[] @ models/lib/nn.yaml:79:7
%6487 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%6488 = broadcast %6487 : f32[16,16] @ models/lib/nn.yaml:79:7
%6489 = mul %139, %6488 : f32[16,16] @ models/lib/nn.yaml:79:7
%6490 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6491 = sub %6490, %1945 : f64[] @ models/lib/nn.yaml:79:7
%6492 = cast %6491 : f32[] @ models/lib/nn.yaml:79:7
%6493 = broadcast %6492 : f32[16,16] @ models/lib/nn.yaml:79:7
%6494 = mul %6482, %6493 : f32[16,16] @ models/lib/nn.yaml:79:7
%6495 = add %6489, %6494 : f32[16,16] @ models/lib/nn.yaml:79:7
%6496 = assign %139, %6495 : f32[16,16] @ models/lib/nn.yaml:79:7
%6497 = all_reduce_sum %2589 : f32[16] @ models/lib/nn.yaml:80:7
%6498 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6499 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6500 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6501 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6502 = add %6500, %6501 : i64[] @ models/lib/nn.yaml:80:7
%6503 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6504 = cast %6503 : f32[] @ models/lib/nn.yaml:80:7
%6505 = broadcast %6504 : f32[16] @ models/lib/nn.yaml:80:7
%6506 = mul %6497, %6505 : f32[16] @ models/lib/nn.yaml:80:7
%6507 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6508 = cast %6507 : f32[] @ models/lib/nn.yaml:80:7
%6509 = broadcast %6508 : f32[16] @ models/lib/nn.yaml:80:7
%6510 = mul %6498, %6509 : f32[16] @ models/lib/nn.yaml:80:7
%6511 = add %6510, %6506 : f32[16] @ models/lib/nn.yaml:80:7
%6512 = mul %6497, %6497 : f32[16] @ models/lib/nn.yaml:80:7
%6513 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6514 = cast %6513 : f32[] @ models/lib/nn.yaml:80:7
%6515 = broadcast %6514 : f32[16] @ models/lib/nn.yaml:80:7
%6516 = mul %6512, %6515 : f32[16] @ models/lib/nn.yaml:80:7
%6517 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6518 = cast %6517 : f32[] @ models/lib/nn.yaml:80:7
%6519 = broadcast %6518 : f32[16] @ models/lib/nn.yaml:80:7
%6520 = mul %6499, %6519 : f32[16] @ models/lib/nn.yaml:80:7
%6521 = add %6520, %6516 : f32[16] @ models/lib/nn.yaml:80:7
%6522 = cast %6502 : f64[] @ models/lib/nn.yaml:80:7
%6523 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6524 = pow %6523, %6522 : f64[] @ models/lib/nn.yaml:80:7
%6525 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6526 = sub %6525, %6524 : f64[] @ models/lib/nn.yaml:80:7
%6527 = div %1943, %6526 : f64[] @ models/lib/nn.yaml:80:7
%6528 = cast %6502 : f64[] @ models/lib/nn.yaml:80:7
%6529 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6530 = pow %6529, %6528 : f64[] @ models/lib/nn.yaml:80:7
%6531 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6532 = sub %6531, %6530 : f64[] @ models/lib/nn.yaml:80:7
%6533 = sqrt %6532 : f64[] @ models/lib/nn.yaml:80:7
%6534 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6535 = div %6534, %6533 : f64[] @ models/lib/nn.yaml:80:7
%6536 = sqrt %6521 : f32[16] @ models/lib/nn.yaml:80:7
%6537 = cast %6535 : f32[] @ models/lib/nn.yaml:80:7
%6538 = broadcast %6537 : f32[16] @ models/lib/nn.yaml:80:7
%6539 = mul %6536, %6538 : f32[16] @ models/lib/nn.yaml:80:7
%6540 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6541 = cast %6540 : f32[] @ models/lib/nn.yaml:80:7
%6542 = broadcast %6541 : f32[16] @ models/lib/nn.yaml:80:7
%6543 = add %6539, %6542 : f32[16] @ models/lib/nn.yaml:80:7
%6544 = div %6511, %6543 : f32[16] @ models/lib/nn.yaml:80:7
%6545 = cast %6527 : f32[] @ models/lib/nn.yaml:80:7
%6546 = broadcast %6545 : f32[16] @ models/lib/nn.yaml:80:7
%6547 = mul %6544, %6546 : f32[16] @ models/lib/nn.yaml:80:7
%6548 = sub %56, %6547 : f32[16] @ models/lib/nn.yaml:80:7
%6549 = assign %56, %6548 : f32[16] @ models/lib/nn.yaml:80:7
%6550 = assign %6498, %6511 : f32[16] @ models/lib/nn.yaml:80:7
%6551 = assign %6499, %6521 : f32[16] @ models/lib/nn.yaml:80:7
%6552 = assign %6500, %6502 : i64[] @ models/lib/nn.yaml:80:7
%6553 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%6554 = broadcast %6553 : f32[16] @ models/lib/nn.yaml:80:7
%6555 = mul %140, %6554 : f32[16] @ models/lib/nn.yaml:80:7
%6556 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6557 = sub %6556, %1945 : f64[] @ models/lib/nn.yaml:80:7
%6558 = cast %6557 : f32[] @ models/lib/nn.yaml:80:7
%6559 = broadcast %6558 : f32[16] @ models/lib/nn.yaml:80:7
%6560 = mul %6548, %6559 : f32[16] @ models/lib/nn.yaml:80:7
%6561 = add %6555, %6560 : f32[16] @ models/lib/nn.yaml:80:7
%6562 = assign %140, %6561 : f32[16] @ models/lib/nn.yaml:80:7
%6563 = all_reduce_sum %2571 : f32[16,16] @ models/lib/nn.yaml:79:7
%6564 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6565 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6566 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6567 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6568 = add %6566, %6567 : i64[] @ models/lib/nn.yaml:79:7
%6569 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%6570 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6571 = sub %6570, %6569 : f64[] @ models/lib/nn.yaml:79:7
%6572 = cast %6571 : f32[] @ models/lib/nn.yaml:79:7
%6573 = broadcast %6572 : f32[16,16] @ models/lib/nn.yaml:79:7
%6574 = mul %57, %6573 : f32[16,16] @ models/lib/nn.yaml:79:7
%6575 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6576 = cast %6575 : f32[] @ models/lib/nn.yaml:79:7
%6577 = broadcast %6576 : f32[16,16] @ models/lib/nn.yaml:79:7
%6578 = mul %6563, %6577 : f32[16,16] @ models/lib/nn.yaml:79:7
%6579 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6580 = cast %6579 : f32[] @ models/lib/nn.yaml:79:7
%6581 = broadcast %6580 : f32[16,16] @ models/lib/nn.yaml:79:7
%6582 = mul %6564, %6581 : f32[16,16] @ models/lib/nn.yaml:79:7
%6583 = add %6582, %6578 : f32[16,16] @ models/lib/nn.yaml:79:7
%6584 = mul %6563, %6563 : f32[16,16] @ models/lib/nn.yaml:79:7
%6585 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6586 = cast %6585 : f32[] @ models/lib/nn.yaml:79:7
%6587 = broadcast %6586 : f32[16,16] @ models/lib/nn.yaml:79:7
%6588 = mul %6584, %6587 : f32[16,16] @ models/lib/nn.yaml:79:7
%6589 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6590 = cast %6589 : f32[] @ models/lib/nn.yaml:79:7
%6591 = broadcast %6590 : f32[16,16] @ models/lib/nn.yaml:79:7
%6592 = mul %6565, %6591 : f32[16,16] @ models/lib/nn.yaml:79:7
%6593 = add %6592, %6588 : f32[16,16] @ models/lib/nn.yaml:79:7
%6594 = cast %6568 : f64[] @ models/lib/nn.yaml:79:7
%6595 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6596 = pow %6595, %6594 : f64[] @ models/lib/nn.yaml:79:7
%6597 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6598 = sub %6597, %6596 : f64[] @ models/lib/nn.yaml:79:7
%6599 = div %1943, %6598 : f64[] @ models/lib/nn.yaml:79:7
%6600 = cast %6568 : f64[] @ models/lib/nn.yaml:79:7
%6601 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6602 = pow %6601, %6600 : f64[] @ models/lib/nn.yaml:79:7
%6603 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6604 = sub %6603, %6602 : f64[] @ models/lib/nn.yaml:79:7
%6605 = sqrt %6604 : f64[] @ models/lib/nn.yaml:79:7
%6606 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6607 = div %6606, %6605 : f64[] @ models/lib/nn.yaml:79:7
%6608 = sqrt %6593 : f32[16,16] @ models/lib/nn.yaml:79:7
%6609 = cast %6607 : f32[] @ models/lib/nn.yaml:79:7
%6610 = broadcast %6609 : f32[16,16] @ models/lib/nn.yaml:79:7
%6611 = mul %6608, %6610 : f32[16,16] @ models/lib/nn.yaml:79:7
%6612 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6613 = cast %6612 : f32[] @ models/lib/nn.yaml:79:7
%6614 = broadcast %6613 : f32[16,16] @ models/lib/nn.yaml:79:7
%6615 = add %6611, %6614 : f32[16,16] @ models/lib/nn.yaml:79:7
%6616 = div %6583, %6615 : f32[16,16] @ models/lib/nn.yaml:79:7
%6617 = cast %6599 : f32[] @ models/lib/nn.yaml:79:7
%6618 = broadcast %6617 : f32[16,16] @ models/lib/nn.yaml:79:7
%6619 = mul %6616, %6618 : f32[16,16] @ models/lib/nn.yaml:79:7
%6620 = sub %6574, %6619 : f32[16,16] @ models/lib/nn.yaml:79:7
%6621 = assign %57, %6620 : f32[16,16] @ models/lib/nn.yaml:79:7
%6622 = assign %6564, %6583 : f32[16,16] @ models/lib/nn.yaml:79:7
%6623 = assign %6565, %6593 : f32[16,16] @ models/lib/nn.yaml:79:7
%6624 = assign %6566, %6568 : i64[] @ models/lib/nn.yaml:79:7
%6625 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%6626 = broadcast %6625 : f32[16,16] @ models/lib/nn.yaml:79:7
%6627 = mul %141, %6626 : f32[16,16] @ models/lib/nn.yaml:79:7
%6628 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6629 = sub %6628, %1945 : f64[] @ models/lib/nn.yaml:79:7
%6630 = cast %6629 : f32[] @ models/lib/nn.yaml:79:7
%6631 = broadcast %6630 : f32[16,16] @ models/lib/nn.yaml:79:7
%6632 = mul %6620, %6631 : f32[16,16] @ models/lib/nn.yaml:79:7
%6633 = add %6627, %6632 : f32[16,16] @ models/lib/nn.yaml:79:7
%6634 = assign %141, %6633 : f32[16,16] @ models/lib/nn.yaml:79:7
%6635 = all_reduce_sum %2567 : f32[16] @ models/lib/nn.yaml:80:7
%6636 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6637 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6638 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6639 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6640 = add %6638, %6639 : i64[] @ models/lib/nn.yaml:80:7
%6641 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6642 = cast %6641 : f32[] @ models/lib/nn.yaml:80:7
%6643 = broadcast %6642 : f32[16] @ models/lib/nn.yaml:80:7
%6644 = mul %6635, %6643 : f32[16] @ models/lib/nn.yaml:80:7
%6645 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6646 = cast %6645 : f32[] @ models/lib/nn.yaml:80:7
%6647 = broadcast %6646 : f32[16] @ models/lib/nn.yaml:80:7
%6648 = mul %6636, %6647 : f32[16] @ models/lib/nn.yaml:80:7
%6649 = add %6648, %6644 : f32[16] @ models/lib/nn.yaml:80:7
%6650 = mul %6635, %6635 : f32[16] @ models/lib/nn.yaml:80:7
%6651 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6652 = cast %6651 : f32[] @ models/lib/nn.yaml:80:7
%6653 = broadcast %6652 : f32[16] @ models/lib/nn.yaml:80:7
%6654 = mul %6650, %6653 : f32[16] @ models/lib/nn.yaml:80:7
%6655 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6656 = cast %6655 : f32[] @ models/lib/nn.yaml:80:7
%6657 = broadcast %6656 : f32[16] @ models/lib/nn.yaml:80:7
%6658 = mul %6637, %6657 : f32[16] @ models/lib/nn.yaml:80:7
%6659 = add %6658, %6654 : f32[16] @ models/lib/nn.yaml:80:7
%6660 = cast %6640 : f64[] @ models/lib/nn.yaml:80:7
%6661 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6662 = pow %6661, %6660 : f64[] @ models/lib/nn.yaml:80:7
%6663 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6664 = sub %6663, %6662 : f64[] @ models/lib/nn.yaml:80:7
%6665 = div %1943, %6664 : f64[] @ models/lib/nn.yaml:80:7
%6666 = cast %6640 : f64[] @ models/lib/nn.yaml:80:7
%6667 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6668 = pow %6667, %6666 : f64[] @ models/lib/nn.yaml:80:7
%6669 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6670 = sub %6669, %6668 : f64[] @ models/lib/nn.yaml:80:7
%6671 = sqrt %6670 : f64[] @ models/lib/nn.yaml:80:7
%6672 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6673 = div %6672, %6671 : f64[] @ models/lib/nn.yaml:80:7
%6674 = sqrt %6659 : f32[16] @ models/lib/nn.yaml:80:7
%6675 = cast %6673 : f32[] @ models/lib/nn.yaml:80:7
%6676 = broadcast %6675 : f32[16] @ models/lib/nn.yaml:80:7
%6677 = mul %6674, %6676 : f32[16] @ models/lib/nn.yaml:80:7
%6678 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6679 = cast %6678 : f32[] @ models/lib/nn.yaml:80:7
%6680 = broadcast %6679 : f32[16] @ models/lib/nn.yaml:80:7
%6681 = add %6677, %6680 : f32[16] @ models/lib/nn.yaml:80:7
%6682 = div %6649, %6681 : f32[16] @ models/lib/nn.yaml:80:7
%6683 = cast %6665 : f32[] @ models/lib/nn.yaml:80:7
%6684 = broadcast %6683 : f32[16] @ models/lib/nn.yaml:80:7
%6685 = mul %6682, %6684 : f32[16] @ models/lib/nn.yaml:80:7
%6686 = sub %58, %6685 : f32[16] @ models/lib/nn.yaml:80:7
%6687 = assign %58, %6686 : f32[16] @ models/lib/nn.yaml:80:7
%6688 = assign %6636, %6649 : f32[16] @ models/lib/nn.yaml:80:7
%6689 = assign %6637, %6659 : f32[16] @ models/lib/nn.yaml:80:7
%6690 = assign %6638, %6640 : i64[] @ models/lib/nn.yaml:80:7
%6691 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%6692 = broadcast %6691 : f32[16] @ models/lib/nn.yaml:80:7
%6693 = mul %142, %6692 : f32[16] @ models/lib/nn.yaml:80:7
%6694 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6695 = sub %6694, %1945 : f64[] @ models/lib/nn.yaml:80:7
%6696 = cast %6695 : f32[] @ models/lib/nn.yaml:80:7
%6697 = broadcast %6696 : f32[16] @ models/lib/nn.yaml:80:7
%6698 = mul %6686, %6697 : f32[16] @ models/lib/nn.yaml:80:7
%6699 = add %6693, %6698 : f32[16] @ models/lib/nn.yaml:80:7
%6700 = assign %142, %6699 : f32[16] @ models/lib/nn.yaml:80:7
%6701 = all_reduce_sum %2544 : f32[16] @ models/lib/nn.yaml:89:7
%6702 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6703 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6704 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6705 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6706 = add %6704, %6705 : i64[] @ models/lib/nn.yaml:89:7
%6707 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6708 = cast %6707 : f32[] @ models/lib/nn.yaml:89:7
%6709 = broadcast %6708 : f32[16] @ models/lib/nn.yaml:89:7
%6710 = mul %6701, %6709 : f32[16] @ models/lib/nn.yaml:89:7
%6711 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6712 = cast %6711 : f32[] @ models/lib/nn.yaml:89:7
%6713 = broadcast %6712 : f32[16] @ models/lib/nn.yaml:89:7
%6714 = mul %6702, %6713 : f32[16] @ models/lib/nn.yaml:89:7
%6715 = add %6714, %6710 : f32[16] @ models/lib/nn.yaml:89:7
%6716 = mul %6701, %6701 : f32[16] @ models/lib/nn.yaml:89:7
%6717 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6718 = cast %6717 : f32[] @ models/lib/nn.yaml:89:7
%6719 = broadcast %6718 : f32[16] @ models/lib/nn.yaml:89:7
%6720 = mul %6716, %6719 : f32[16] @ models/lib/nn.yaml:89:7
%6721 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6722 = cast %6721 : f32[] @ models/lib/nn.yaml:89:7
%6723 = broadcast %6722 : f32[16] @ models/lib/nn.yaml:89:7
%6724 = mul %6703, %6723 : f32[16] @ models/lib/nn.yaml:89:7
%6725 = add %6724, %6720 : f32[16] @ models/lib/nn.yaml:89:7
%6726 = cast %6706 : f64[] @ models/lib/nn.yaml:89:7
%6727 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6728 = pow %6727, %6726 : f64[] @ models/lib/nn.yaml:89:7
%6729 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6730 = sub %6729, %6728 : f64[] @ models/lib/nn.yaml:89:7
%6731 = div %1943, %6730 : f64[] @ models/lib/nn.yaml:89:7
%6732 = cast %6706 : f64[] @ models/lib/nn.yaml:89:7
%6733 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6734 = pow %6733, %6732 : f64[] @ models/lib/nn.yaml:89:7
%6735 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6736 = sub %6735, %6734 : f64[] @ models/lib/nn.yaml:89:7
%6737 = sqrt %6736 : f64[] @ models/lib/nn.yaml:89:7
%6738 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6739 = div %6738, %6737 : f64[] @ models/lib/nn.yaml:89:7
%6740 = sqrt %6725 : f32[16] @ models/lib/nn.yaml:89:7
%6741 = cast %6739 : f32[] @ models/lib/nn.yaml:89:7
%6742 = broadcast %6741 : f32[16] @ models/lib/nn.yaml:89:7
%6743 = mul %6740, %6742 : f32[16] @ models/lib/nn.yaml:89:7
%6744 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6745 = cast %6744 : f32[] @ models/lib/nn.yaml:89:7
%6746 = broadcast %6745 : f32[16] @ models/lib/nn.yaml:89:7
%6747 = add %6743, %6746 : f32[16] @ models/lib/nn.yaml:89:7
%6748 = div %6715, %6747 : f32[16] @ models/lib/nn.yaml:89:7
%6749 = cast %6731 : f32[] @ models/lib/nn.yaml:89:7
%6750 = broadcast %6749 : f32[16] @ models/lib/nn.yaml:89:7
%6751 = mul %6748, %6750 : f32[16] @ models/lib/nn.yaml:89:7
%6752 = sub %59, %6751 : f32[16] @ models/lib/nn.yaml:89:7
%6753 = assign %59, %6752 : f32[16] @ models/lib/nn.yaml:89:7
%6754 = assign %6702, %6715 : f32[16] @ models/lib/nn.yaml:89:7
%6755 = assign %6703, %6725 : f32[16] @ models/lib/nn.yaml:89:7
%6756 = assign %6704, %6706 : i64[] @ models/lib/nn.yaml:89:7
%6757 = cast %1945 : f32[] @ models/lib/nn.yaml:89:7
%6758 = broadcast %6757 : f32[16] @ models/lib/nn.yaml:89:7
%6759 = mul %143, %6758 : f32[16] @ models/lib/nn.yaml:89:7
%6760 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6761 = sub %6760, %1945 : f64[] @ models/lib/nn.yaml:89:7
%6762 = cast %6761 : f32[] @ models/lib/nn.yaml:89:7
%6763 = broadcast %6762 : f32[16] @ models/lib/nn.yaml:89:7
%6764 = mul %6752, %6763 : f32[16] @ models/lib/nn.yaml:89:7
%6765 = add %6759, %6764 : f32[16] @ models/lib/nn.yaml:89:7
%6766 = assign %143, %6765 : f32[16] @ models/lib/nn.yaml:89:7
%6767 = all_reduce_sum %2540 : f32[16] @ models/lib/nn.yaml:90:7
%6768 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6769 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6770 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6771 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6772 = add %6770, %6771 : i64[] @ models/lib/nn.yaml:90:7
%6773 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6774 = cast %6773 : f32[] @ models/lib/nn.yaml:90:7
%6775 = broadcast %6774 : f32[16] @ models/lib/nn.yaml:90:7
%6776 = mul %6767, %6775 : f32[16] @ models/lib/nn.yaml:90:7
%6777 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6778 = cast %6777 : f32[] @ models/lib/nn.yaml:90:7
%6779 = broadcast %6778 : f32[16] @ models/lib/nn.yaml:90:7
%6780 = mul %6768, %6779 : f32[16] @ models/lib/nn.yaml:90:7
%6781 = add %6780, %6776 : f32[16] @ models/lib/nn.yaml:90:7
%6782 = mul %6767, %6767 : f32[16] @ models/lib/nn.yaml:90:7
%6783 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6784 = cast %6783 : f32[] @ models/lib/nn.yaml:90:7
%6785 = broadcast %6784 : f32[16] @ models/lib/nn.yaml:90:7
%6786 = mul %6782, %6785 : f32[16] @ models/lib/nn.yaml:90:7
%6787 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6788 = cast %6787 : f32[] @ models/lib/nn.yaml:90:7
%6789 = broadcast %6788 : f32[16] @ models/lib/nn.yaml:90:7
%6790 = mul %6769, %6789 : f32[16] @ models/lib/nn.yaml:90:7
%6791 = add %6790, %6786 : f32[16] @ models/lib/nn.yaml:90:7
%6792 = cast %6772 : f64[] @ models/lib/nn.yaml:90:7
%6793 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6794 = pow %6793, %6792 : f64[] @ models/lib/nn.yaml:90:7
%6795 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6796 = sub %6795, %6794 : f64[] @ models/lib/nn.yaml:90:7
%6797 = div %1943, %6796 : f64[] @ models/lib/nn.yaml:90:7
%6798 = cast %6772 : f64[] @ models/lib/nn.yaml:90:7
%6799 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6800 = pow %6799, %6798 : f64[] @ models/lib/nn.yaml:90:7
%6801 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6802 = sub %6801, %6800 : f64[] @ models/lib/nn.yaml:90:7
%6803 = sqrt %6802 : f64[] @ models/lib/nn.yaml:90:7
%6804 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6805 = div %6804, %6803 : f64[] @ models/lib/nn.yaml:90:7
%6806 = sqrt %6791 : f32[16] @ models/lib/nn.yaml:90:7
%6807 = cast %6805 : f32[] @ models/lib/nn.yaml:90:7
%6808 = broadcast %6807 : f32[16] @ models/lib/nn.yaml:90:7
%6809 = mul %6806, %6808 : f32[16] @ models/lib/nn.yaml:90:7
%6810 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6811 = cast %6810 : f32[] @ models/lib/nn.yaml:90:7
%6812 = broadcast %6811 : f32[16] @ models/lib/nn.yaml:90:7
%6813 = add %6809, %6812 : f32[16] @ models/lib/nn.yaml:90:7
%6814 = div %6781, %6813 : f32[16] @ models/lib/nn.yaml:90:7
%6815 = cast %6797 : f32[] @ models/lib/nn.yaml:90:7
%6816 = broadcast %6815 : f32[16] @ models/lib/nn.yaml:90:7
%6817 = mul %6814, %6816 : f32[16] @ models/lib/nn.yaml:90:7
%6818 = sub %60, %6817 : f32[16] @ models/lib/nn.yaml:90:7
%6819 = assign %60, %6818 : f32[16] @ models/lib/nn.yaml:90:7
%6820 = assign %6768, %6781 : f32[16] @ models/lib/nn.yaml:90:7
%6821 = assign %6769, %6791 : f32[16] @ models/lib/nn.yaml:90:7
%6822 = assign %6770, %6772 : i64[] @ models/lib/nn.yaml:90:7
%6823 = cast %1945 : f32[] @ models/lib/nn.yaml:90:7
%6824 = broadcast %6823 : f32[16] @ models/lib/nn.yaml:90:7
%6825 = mul %144, %6824 : f32[16] @ models/lib/nn.yaml:90:7
%6826 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6827 = sub %6826, %1945 : f64[] @ models/lib/nn.yaml:90:7
%6828 = cast %6827 : f32[] @ models/lib/nn.yaml:90:7
%6829 = broadcast %6828 : f32[16] @ models/lib/nn.yaml:90:7
%6830 = mul %6818, %6829 : f32[16] @ models/lib/nn.yaml:90:7
%6831 = add %6825, %6830 : f32[16] @ models/lib/nn.yaml:90:7
%6832 = assign %144, %6831 : f32[16] @ models/lib/nn.yaml:90:7
%6833 = all_reduce_sum %2538 : f32[64,16] @ models/lib/nn.yaml:79:7
%6834 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6835 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6836 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6837 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6838 = add %6836, %6837 : i64[] @ models/lib/nn.yaml:79:7
%6839 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%6840 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6841 = sub %6840, %6839 : f64[] @ models/lib/nn.yaml:79:7
%6842 = cast %6841 : f32[] @ models/lib/nn.yaml:79:7
%6843 = broadcast %6842 : f32[64,16] @ models/lib/nn.yaml:79:7
%6844 = mul %61, %6843 : f32[64,16] @ models/lib/nn.yaml:79:7
%6845 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6846 = cast %6845 : f32[] @ models/lib/nn.yaml:79:7
%6847 = broadcast %6846 : f32[64,16] @ models/lib/nn.yaml:79:7
%6848 = mul %6833, %6847 : f32[64,16] @ models/lib/nn.yaml:79:7
%6849 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6850 = cast %6849 : f32[] @ models/lib/nn.yaml:79:7
%6851 = broadcast %6850 : f32[64,16] @ models/lib/nn.yaml:79:7
%6852 = mul %6834, %6851 : f32[64,16] @ models/lib/nn.yaml:79:7
%6853 = add %6852, %6848 : f32[64,16] @ models/lib/nn.yaml:79:7
%6854 = mul %6833, %6833 : f32[64,16] @ models/lib/nn.yaml:79:7
%6855 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6856 = cast %6855 : f32[] @ models/lib/nn.yaml:79:7
%6857 = broadcast %6856 : f32[64,16] @ models/lib/nn.yaml:79:7
%6858 = mul %6854, %6857 : f32[64,16] @ models/lib/nn.yaml:79:7
%6859 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6860 = cast %6859 : f32[] @ models/lib/nn.yaml:79:7
%6861 = broadcast %6860 : f32[64,16] @ models/lib/nn.yaml:79:7
%6862 = mul %6835, %6861 : f32[64,16] @ models/lib/nn.yaml:79:7
%6863 = add %6862, %6858 : f32[64,16] @ models/lib/nn.yaml:79:7
%6864 = cast %6838 : f64[] @ models/lib/nn.yaml:79:7
%6865 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6866 = pow %6865, %6864 : f64[] @ models/lib/nn.yaml:79:7
%6867 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6868 = sub %6867, %6866 : f64[] @ models/lib/nn.yaml:79:7
%6869 = div %1943, %6868 : f64[] @ models/lib/nn.yaml:79:7
%6870 = cast %6838 : f64[] @ models/lib/nn.yaml:79:7
%6871 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6872 = pow %6871, %6870 : f64[] @ models/lib/nn.yaml:79:7
%6873 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6874 = sub %6873, %6872 : f64[] @ models/lib/nn.yaml:79:7
%6875 = sqrt %6874 : f64[] @ models/lib/nn.yaml:79:7
%6876 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6877 = div %6876, %6875 : f64[] @ models/lib/nn.yaml:79:7
%6878 = sqrt %6863 : f32[64,16] @ models/lib/nn.yaml:79:7
%6879 = cast %6877 : f32[] @ models/lib/nn.yaml:79:7
%6880 = broadcast %6879 : f32[64,16] @ models/lib/nn.yaml:79:7
%6881 = mul %6878, %6880 : f32[64,16] @ models/lib/nn.yaml:79:7
%6882 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6883 = cast %6882 : f32[] @ models/lib/nn.yaml:79:7
%6884 = broadcast %6883 : f32[64,16] @ models/lib/nn.yaml:79:7
%6885 = add %6881, %6884 : f32[64,16] @ models/lib/nn.yaml:79:7
%6886 = div %6853, %6885 : f32[64,16] @ models/lib/nn.yaml:79:7
%6887 = cast %6869 : f32[] @ models/lib/nn.yaml:79:7
%6888 = broadcast %6887 : f32[64,16] @ models/lib/nn.yaml:79:7
%6889 = mul %6886, %6888 : f32[64,16] @ models/lib/nn.yaml:79:7
%6890 = sub %6844, %6889 : f32[64,16] @ models/lib/nn.yaml:79:7
%6891 = assign %61, %6890 : f32[64,16] @ models/lib/nn.yaml:79:7
%6892 = assign %6834, %6853 : f32[64,16] @ models/lib/nn.yaml:79:7
%6893 = assign %6835, %6863 : f32[64,16] @ models/lib/nn.yaml:79:7
%6894 = assign %6836, %6838 : i64[] @ models/lib/nn.yaml:79:7
%6895 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%6896 = broadcast %6895 : f32[64,16] @ models/lib/nn.yaml:79:7
%6897 = mul %145, %6896 : f32[64,16] @ models/lib/nn.yaml:79:7
%6898 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6899 = sub %6898, %1945 : f64[] @ models/lib/nn.yaml:79:7
%6900 = cast %6899 : f32[] @ models/lib/nn.yaml:79:7
%6901 = broadcast %6900 : f32[64,16] @ models/lib/nn.yaml:79:7
%6902 = mul %6890, %6901 : f32[64,16] @ models/lib/nn.yaml:79:7
%6903 = add %6897, %6902 : f32[64,16] @ models/lib/nn.yaml:79:7
%6904 = assign %145, %6903 : f32[64,16] @ models/lib/nn.yaml:79:7
%6905 = all_reduce_sum %2534 : f32[64] @ models/lib/nn.yaml:80:7
%6906 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6907 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6908 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6909 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6910 = add %6908, %6909 : i64[] @ models/lib/nn.yaml:80:7
%6911 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6912 = cast %6911 : f32[] @ models/lib/nn.yaml:80:7
%6913 = broadcast %6912 : f32[64] @ models/lib/nn.yaml:80:7
%6914 = mul %6905, %6913 : f32[64] @ models/lib/nn.yaml:80:7
%6915 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6916 = cast %6915 : f32[] @ models/lib/nn.yaml:80:7
%6917 = broadcast %6916 : f32[64] @ models/lib/nn.yaml:80:7
%6918 = mul %6906, %6917 : f32[64] @ models/lib/nn.yaml:80:7
%6919 = add %6918, %6914 : f32[64] @ models/lib/nn.yaml:80:7
%6920 = mul %6905, %6905 : f32[64] @ models/lib/nn.yaml:80:7
%6921 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6922 = cast %6921 : f32[] @ models/lib/nn.yaml:80:7
%6923 = broadcast %6922 : f32[64] @ models/lib/nn.yaml:80:7
%6924 = mul %6920, %6923 : f32[64] @ models/lib/nn.yaml:80:7
%6925 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6926 = cast %6925 : f32[] @ models/lib/nn.yaml:80:7
%6927 = broadcast %6926 : f32[64] @ models/lib/nn.yaml:80:7
%6928 = mul %6907, %6927 : f32[64] @ models/lib/nn.yaml:80:7
%6929 = add %6928, %6924 : f32[64] @ models/lib/nn.yaml:80:7
%6930 = cast %6910 : f64[] @ models/lib/nn.yaml:80:7
%6931 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6932 = pow %6931, %6930 : f64[] @ models/lib/nn.yaml:80:7
%6933 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6934 = sub %6933, %6932 : f64[] @ models/lib/nn.yaml:80:7
%6935 = div %1943, %6934 : f64[] @ models/lib/nn.yaml:80:7
%6936 = cast %6910 : f64[] @ models/lib/nn.yaml:80:7
%6937 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6938 = pow %6937, %6936 : f64[] @ models/lib/nn.yaml:80:7
%6939 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6940 = sub %6939, %6938 : f64[] @ models/lib/nn.yaml:80:7
%6941 = sqrt %6940 : f64[] @ models/lib/nn.yaml:80:7
%6942 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6943 = div %6942, %6941 : f64[] @ models/lib/nn.yaml:80:7
%6944 = sqrt %6929 : f32[64] @ models/lib/nn.yaml:80:7
%6945 = cast %6943 : f32[] @ models/lib/nn.yaml:80:7
%6946 = broadcast %6945 : f32[64] @ models/lib/nn.yaml:80:7
%6947 = mul %6944, %6946 : f32[64] @ models/lib/nn.yaml:80:7
%6948 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6949 = cast %6948 : f32[] @ models/lib/nn.yaml:80:7
%6950 = broadcast %6949 : f32[64] @ models/lib/nn.yaml:80:7
%6951 = add %6947, %6950 : f32[64] @ models/lib/nn.yaml:80:7
%6952 = div %6919, %6951 : f32[64] @ models/lib/nn.yaml:80:7
%6953 = cast %6935 : f32[] @ models/lib/nn.yaml:80:7
%6954 = broadcast %6953 : f32[64] @ models/lib/nn.yaml:80:7
%6955 = mul %6952, %6954 : f32[64] @ models/lib/nn.yaml:80:7
%6956 = sub %62, %6955 : f32[64] @ models/lib/nn.yaml:80:7
%6957 = assign %62, %6956 : f32[64] @ models/lib/nn.yaml:80:7
%6958 = assign %6906, %6919 : f32[64] @ models/lib/nn.yaml:80:7
%6959 = assign %6907, %6929 : f32[64] @ models/lib/nn.yaml:80:7
%6960 = assign %6908, %6910 : i64[] @ models/lib/nn.yaml:80:7
%6961 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%6962 = broadcast %6961 : f32[64] @ models/lib/nn.yaml:80:7
%6963 = mul %146, %6962 : f32[64] @ models/lib/nn.yaml:80:7
%6964 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6965 = sub %6964, %1945 : f64[] @ models/lib/nn.yaml:80:7
%6966 = cast %6965 : f32[] @ models/lib/nn.yaml:80:7
%6967 = broadcast %6966 : f32[64] @ models/lib/nn.yaml:80:7
%6968 = mul %6956, %6967 : f32[64] @ models/lib/nn.yaml:80:7
%6969 = add %6963, %6968 : f32[64] @ models/lib/nn.yaml:80:7
%6970 = assign %146, %6969 : f32[64] @ models/lib/nn.yaml:80:7
%6971 = all_reduce_sum %2520 : f32[16,64] @ models/lib/nn.yaml:79:7
%6972 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6973 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6974 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6975 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6976 = add %6974, %6975 : i64[] @ models/lib/nn.yaml:79:7
%6977 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%6978 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6979 = sub %6978, %6977 : f64[] @ models/lib/nn.yaml:79:7
%6980 = cast %6979 : f32[] @ models/lib/nn.yaml:79:7
%6981 = broadcast %6980 : f32[16,64] @ models/lib/nn.yaml:79:7
%6982 = mul %63, %6981 : f32[16,64] @ models/lib/nn.yaml:79:7
%6983 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6984 = cast %6983 : f32[] @ models/lib/nn.yaml:79:7
%6985 = broadcast %6984 : f32[16,64] @ models/lib/nn.yaml:79:7
%6986 = mul %6971, %6985 : f32[16,64] @ models/lib/nn.yaml:79:7
%6987 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6988 = cast %6987 : f32[] @ models/lib/nn.yaml:79:7
%6989 = broadcast %6988 : f32[16,64] @ models/lib/nn.yaml:79:7
%6990 = mul %6972, %6989 : f32[16,64] @ models/lib/nn.yaml:79:7
%6991 = add %6990, %6986 : f32[16,64] @ models/lib/nn.yaml:79:7
%6992 = mul %6971, %6971 : f32[16,64] @ models/lib/nn.yaml:79:7
%6993 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6994 = cast %6993 : f32[] @ models/lib/nn.yaml:79:7
%6995 = broadcast %6994 : f32[16,64] @ models/lib/nn.yaml:79:7
%6996 = mul %6992, %6995 : f32[16,64] @ models/lib/nn.yaml:79:7
%6997 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6998 = cast %6997 : f32[] @ models/lib/nn.yaml:79:7
%6999 = broadcast %6998 : f32[16,64] @ models/lib/nn.yaml:79:7
%7000 = mul %6973, %6999 : f32[16,64] @ models/lib/nn.yaml:79:7
%7001 = add %7000, %6996 : f32[16,64] @ models/lib/nn.yaml:79:7
%7002 = cast %6976 : f64[] @ models/lib/nn.yaml:79:7
%7003 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7004 = pow %7003, %7002 : f64[] @ models/lib/nn.yaml:79:7
%7005 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7006 = sub %7005, %7004 : f64[] @ models/lib/nn.yaml:79:7
%7007 = div %1943, %7006 : f64[] @ models/lib/nn.yaml:79:7
%7008 = cast %6976 : f64[] @ models/lib/nn.yaml:79:7
%7009 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7010 = pow %7009, %7008 : f64[] @ models/lib/nn.yaml:79:7
%7011 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7012 = sub %7011, %7010 : f64[] @ models/lib/nn.yaml:79:7
%7013 = sqrt %7012 : f64[] @ models/lib/nn.yaml:79:7
%7014 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7015 = div %7014, %7013 : f64[] @ models/lib/nn.yaml:79:7
%7016 = sqrt %7001 : f32[16,64] @ models/lib/nn.yaml:79:7
%7017 = cast %7015 : f32[] @ models/lib/nn.yaml:79:7
%7018 = broadcast %7017 : f32[16,64] @ models/lib/nn.yaml:79:7
%7019 = mul %7016, %7018 : f32[16,64] @ models/lib/nn.yaml:79:7
%7020 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7021 = cast %7020 : f32[] @ models/lib/nn.yaml:79:7
%7022 = broadcast %7021 : f32[16,64] @ models/lib/nn.yaml:79:7
%7023 = add %7019, %7022 : f32[16,64] @ models/lib/nn.yaml:79:7
%7024 = div %6991, %7023 : f32[16,64] @ models/lib/nn.yaml:79:7
%7025 = cast %7007 : f32[] @ models/lib/nn.yaml:79:7
%7026 = broadcast %7025 : f32[16,64] @ models/lib/nn.yaml:79:7
%7027 = mul %7024, %7026 : f32[16,64] @ models/lib/nn.yaml:79:7
%7028 = sub %6982, %7027 : f32[16,64] @ models/lib/nn.yaml:79:7
%7029 = assign %63, %7028 : f32[16,64] @ models/lib/nn.yaml:79:7
%7030 = assign %6972, %6991 : f32[16,64] @ models/lib/nn.yaml:79:7
%7031 = assign %6973, %7001 : f32[16,64] @ models/lib/nn.yaml:79:7
%7032 = assign %6974, %6976 : i64[] @ models/lib/nn.yaml:79:7
%7033 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%7034 = broadcast %7033 : f32[16,64] @ models/lib/nn.yaml:79:7
%7035 = mul %147, %7034 : f32[16,64] @ models/lib/nn.yaml:79:7
%7036 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7037 = sub %7036, %1945 : f64[] @ models/lib/nn.yaml:79:7
%7038 = cast %7037 : f32[] @ models/lib/nn.yaml:79:7
%7039 = broadcast %7038 : f32[16,64] @ models/lib/nn.yaml:79:7
%7040 = mul %7028, %7039 : f32[16,64] @ models/lib/nn.yaml:79:7
%7041 = add %7035, %7040 : f32[16,64] @ models/lib/nn.yaml:79:7
%7042 = assign %147, %7041 : f32[16,64] @ models/lib/nn.yaml:79:7
%7043 = all_reduce_sum %2516 : f32[16] @ models/lib/nn.yaml:80:7
%7044 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7045 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7046 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7047 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7048 = add %7046, %7047 : i64[] @ models/lib/nn.yaml:80:7
%7049 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7050 = cast %7049 : f32[] @ models/lib/nn.yaml:80:7
%7051 = broadcast %7050 : f32[16] @ models/lib/nn.yaml:80:7
%7052 = mul %7043, %7051 : f32[16] @ models/lib/nn.yaml:80:7
%7053 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7054 = cast %7053 : f32[] @ models/lib/nn.yaml:80:7
%7055 = broadcast %7054 : f32[16] @ models/lib/nn.yaml:80:7
%7056 = mul %7044, %7055 : f32[16] @ models/lib/nn.yaml:80:7
%7057 = add %7056, %7052 : f32[16] @ models/lib/nn.yaml:80:7
%7058 = mul %7043, %7043 : f32[16] @ models/lib/nn.yaml:80:7
%7059 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7060 = cast %7059 : f32[] @ models/lib/nn.yaml:80:7
%7061 = broadcast %7060 : f32[16] @ models/lib/nn.yaml:80:7
%7062 = mul %7058, %7061 : f32[16] @ models/lib/nn.yaml:80:7
%7063 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7064 = cast %7063 : f32[] @ models/lib/nn.yaml:80:7
%7065 = broadcast %7064 : f32[16] @ models/lib/nn.yaml:80:7
%7066 = mul %7045, %7065 : f32[16] @ models/lib/nn.yaml:80:7
%7067 = add %7066, %7062 : f32[16] @ models/lib/nn.yaml:80:7
%7068 = cast %7048 : f64[] @ models/lib/nn.yaml:80:7
%7069 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7070 = pow %7069, %7068 : f64[] @ models/lib/nn.yaml:80:7
%7071 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7072 = sub %7071, %7070 : f64[] @ models/lib/nn.yaml:80:7
%7073 = div %1943, %7072 : f64[] @ models/lib/nn.yaml:80:7
%7074 = cast %7048 : f64[] @ models/lib/nn.yaml:80:7
%7075 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7076 = pow %7075, %7074 : f64[] @ models/lib/nn.yaml:80:7
%7077 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7078 = sub %7077, %7076 : f64[] @ models/lib/nn.yaml:80:7
%7079 = sqrt %7078 : f64[] @ models/lib/nn.yaml:80:7
%7080 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7081 = div %7080, %7079 : f64[] @ models/lib/nn.yaml:80:7
%7082 = sqrt %7067 : f32[16] @ models/lib/nn.yaml:80:7
%7083 = cast %7081 : f32[] @ models/lib/nn.yaml:80:7
%7084 = broadcast %7083 : f32[16] @ models/lib/nn.yaml:80:7
%7085 = mul %7082, %7084 : f32[16] @ models/lib/nn.yaml:80:7
%7086 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7087 = cast %7086 : f32[] @ models/lib/nn.yaml:80:7
%7088 = broadcast %7087 : f32[16] @ models/lib/nn.yaml:80:7
%7089 = add %7085, %7088 : f32[16] @ models/lib/nn.yaml:80:7
%7090 = div %7057, %7089 : f32[16] @ models/lib/nn.yaml:80:7
%7091 = cast %7073 : f32[] @ models/lib/nn.yaml:80:7
%7092 = broadcast %7091 : f32[16] @ models/lib/nn.yaml:80:7
%7093 = mul %7090, %7092 : f32[16] @ models/lib/nn.yaml:80:7
%7094 = sub %64, %7093 : f32[16] @ models/lib/nn.yaml:80:7
%7095 = assign %64, %7094 : f32[16] @ models/lib/nn.yaml:80:7
%7096 = assign %7044, %7057 : f32[16] @ models/lib/nn.yaml:80:7
%7097 = assign %7045, %7067 : f32[16] @ models/lib/nn.yaml:80:7
%7098 = assign %7046, %7048 : i64[] @ models/lib/nn.yaml:80:7
%7099 = cast %1945 : f32[] @ models/lib/nn.yaml:80:7
%7100 = broadcast %7099 : f32[16] @ models/lib/nn.yaml:80:7
%7101 = mul %148, %7100 : f32[16] @ models/lib/nn.yaml:80:7
%7102 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7103 = sub %7102, %1945 : f64[] @ models/lib/nn.yaml:80:7
%7104 = cast %7103 : f32[] @ models/lib/nn.yaml:80:7
%7105 = broadcast %7104 : f32[16] @ models/lib/nn.yaml:80:7
%7106 = mul %7094, %7105 : f32[16] @ models/lib/nn.yaml:80:7
%7107 = add %7101, %7106 : f32[16] @ models/lib/nn.yaml:80:7
%7108 = assign %148, %7107 : f32[16] @ models/lib/nn.yaml:80:7
%7109 = all_reduce_sum %2492 : f32[16] @ models/lib/nn.yaml:89:7
%7110 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7111 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7112 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7113 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%7114 = add %7112, %7113 : i64[] @ models/lib/nn.yaml:89:7
%7115 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%7116 = cast %7115 : f32[] @ models/lib/nn.yaml:89:7
%7117 = broadcast %7116 : f32[16] @ models/lib/nn.yaml:89:7
%7118 = mul %7109, %7117 : f32[16] @ models/lib/nn.yaml:89:7
%7119 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7120 = cast %7119 : f32[] @ models/lib/nn.yaml:89:7
%7121 = broadcast %7120 : f32[16] @ models/lib/nn.yaml:89:7
%7122 = mul %7110, %7121 : f32[16] @ models/lib/nn.yaml:89:7
%7123 = add %7122, %7118 : f32[16] @ models/lib/nn.yaml:89:7
%7124 = mul %7109, %7109 : f32[16] @ models/lib/nn.yaml:89:7
%7125 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%7126 = cast %7125 : f32[] @ models/lib/nn.yaml:89:7
%7127 = broadcast %7126 : f32[16] @ models/lib/nn.yaml:89:7
%7128 = mul %7124, %7127 : f32[16] @ models/lib/nn.yaml:89:7
%7129 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7130 = cast %7129 : f32[] @ models/lib/nn.yaml:89:7
%7131 = broadcast %7130 : f32[16] @ models/lib/nn.yaml:89:7
%7132 = mul %7111, %7131 : f32[16] @ models/lib/nn.yaml:89:7
%7133 = add %7132, %7128 : f32[16] @ models/lib/nn.yaml:89:7
%7134 = cast %7114 : f64[] @ models/lib/nn.yaml:89:7
%7135 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7136 = pow %7135, %7134 : f64[] @ models/lib/nn.yaml:89:7
%7137 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7138 = sub %7137, %7136 : f64[] @ models/lib/nn.yaml:89:7
%7139 = div %1943, %7138 : f64[] @ models/lib/nn.yaml:89:7
%7140 = cast %7114 : f64[] @ models/lib/nn.yaml:89:7
%7141 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7142 = pow %7141, %7140 : f64[] @ models/lib/nn.yaml:89:7
%7143 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7144 = sub %7143, %7142 : f64[] @ models/lib/nn.yaml:89:7
%7145 = sqrt %7144 : f64[] @ models/lib/nn.yaml:89:7
%7146 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7147 = div %7146, %7145 : f64[] @ models/lib/nn.yaml:89:7
%7148 = sqrt %7133 : f32[16] @ models/lib/nn.yaml:89:7
%7149 = cast %7147 : f32[] @ models/lib/nn.yaml:89:7
%7150 = broadcast %7149 : f32[16] @ models/lib/nn.yaml:89:7
%7151 = mul %7148, %7150 : f32[16] @ models/lib/nn.yaml:89:7
%7152 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7153 = cast %7152 : f32[] @ models/lib/nn.yaml:89:7
%7154 = broadcast %7153 : f32[16] @ models/lib/nn.yaml:89:7
%7155 = add %7151, %7154 : f32[16] @ models/lib/nn.yaml:89:7
%7156 = div %7123, %7155 : f32[16] @ models/lib/nn.yaml:89:7
%7157 = cast %7139 : f32[] @ models/lib/nn.yaml:89:7
%7158 = broadcast %7157 : f32[16] @ models/lib/nn.yaml:89:7
%7159 = mul %7156, %7158 : f32[16] @ models/lib/nn.yaml:89:7
%7160 = sub %65, %7159 : f32[16] @ models/lib/nn.yaml:89:7
%7161 = assign %65, %7160 : f32[16] @ models/lib/nn.yaml:89:7
%7162 = assign %7110, %7123 : f32[16] @ models/lib/nn.yaml:89:7
%7163 = assign %7111, %7133 : f32[16] @ models/lib/nn.yaml:89:7
%7164 = assign %7112, %7114 : i64[] @ models/lib/nn.yaml:89:7
%7165 = cast %1945 : f32[] @ models/lib/nn.yaml:89:7
%7166 = broadcast %7165 : f32[16] @ models/lib/nn.yaml:89:7
%7167 = mul %149, %7166 : f32[16] @ models/lib/nn.yaml:89:7
%7168 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7169 = sub %7168, %1945 : f64[] @ models/lib/nn.yaml:89:7
%7170 = cast %7169 : f32[] @ models/lib/nn.yaml:89:7
%7171 = broadcast %7170 : f32[16] @ models/lib/nn.yaml:89:7
%7172 = mul %7160, %7171 : f32[16] @ models/lib/nn.yaml:89:7
%7173 = add %7167, %7172 : f32[16] @ models/lib/nn.yaml:89:7
%7174 = assign %149, %7173 : f32[16] @ models/lib/nn.yaml:89:7
%7175 = all_reduce_sum %2488 : f32[16] @ models/lib/nn.yaml:90:7
%7176 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7177 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7178 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7179 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7180 = add %7178, %7179 : i64[] @ models/lib/nn.yaml:90:7
%7181 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7182 = cast %7181 : f32[] @ models/lib/nn.yaml:90:7
%7183 = broadcast %7182 : f32[16] @ models/lib/nn.yaml:90:7
%7184 = mul %7175, %7183 : f32[16] @ models/lib/nn.yaml:90:7
%7185 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7186 = cast %7185 : f32[] @ models/lib/nn.yaml:90:7
%7187 = broadcast %7186 : f32[16] @ models/lib/nn.yaml:90:7
%7188 = mul %7176, %7187 : f32[16] @ models/lib/nn.yaml:90:7
%7189 = add %7188, %7184 : f32[16] @ models/lib/nn.yaml:90:7
%7190 = mul %7175, %7175 : f32[16] @ models/lib/nn.yaml:90:7
%7191 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7192 = cast %7191 : f32[] @ models/lib/nn.yaml:90:7
%7193 = broadcast %7192 : f32[16] @ models/lib/nn.yaml:90:7
%7194 = mul %7190, %7193 : f32[16] @ models/lib/nn.yaml:90:7
%7195 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7196 = cast %7195 : f32[] @ models/lib/nn.yaml:90:7
%7197 = broadcast %7196 : f32[16] @ models/lib/nn.yaml:90:7
%7198 = mul %7177, %7197 : f32[16] @ models/lib/nn.yaml:90:7
%7199 = add %7198, %7194 : f32[16] @ models/lib/nn.yaml:90:7
%7200 = cast %7180 : f64[] @ models/lib/nn.yaml:90:7
%7201 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7202 = pow %7201, %7200 : f64[] @ models/lib/nn.yaml:90:7
%7203 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7204 = sub %7203, %7202 : f64[] @ models/lib/nn.yaml:90:7
%7205 = div %1943, %7204 : f64[] @ models/lib/nn.yaml:90:7
%7206 = cast %7180 : f64[] @ models/lib/nn.yaml:90:7
%7207 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7208 = pow %7207, %7206 : f64[] @ models/lib/nn.yaml:90:7
%7209 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7210 = sub %7209, %7208 : f64[] @ models/lib/nn.yaml:90:7
%7211 = sqrt %7210 : f64[] @ models/lib/nn.yaml:90:7
%7212 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7213 = div %7212, %7211 : f64[] @ models/lib/nn.yaml:90:7
%7214 = sqrt %7199 : f32[16] @ models/lib/nn.yaml:90:7
%7215 = cast %7213 : f32[] @ models/lib/nn.yaml:90:7
%7216 = broadcast %7215 : f32[16] @ models/lib/nn.yaml:90:7
%7217 = mul %7214, %7216 : f32[16] @ models/lib/nn.yaml:90:7
%7218 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7219 = cast %7218 : f32[] @ models/lib/nn.yaml:90:7
%7220 = broadcast %7219 : f32[16] @ models/lib/nn.yaml:90:7
%7221 = add %7217, %7220 : f32[16] @ models/lib/nn.yaml:90:7
%7222 = div %7189, %7221 : f32[16] @ models/lib/nn.yaml:90:7
%7223 = cast %7205 : f32[] @ models/lib/nn.yaml:90:7
%7224 = broadcast %7223 : f32[16] @ models/lib/nn.yaml:90:7
%7225 = mul %7222, %7224 : f32[16] @ models/lib/nn.yaml:90:7
%7226 = sub %66, %7225 : f32[16] @ models/lib/nn.yaml:90:7
%7227 = assign %66, %7226 : f32[16] @ models/lib/nn.yaml:90:7
%7228 = assign %7176, %7189 : f32[16] @ models/lib/nn.yaml:90:7
%7229 = assign %7177, %7199 : f32[16] @ models/lib/nn.yaml:90:7
%7230 = assign %7178, %7180 : i64[] @ models/lib/nn.yaml:90:7
%7231 = cast %1945 : f32[] @ models/lib/nn.yaml:90:7
%7232 = broadcast %7231 : f32[16] @ models/lib/nn.yaml:90:7
%7233 = mul %150, %7232 : f32[16] @ models/lib/nn.yaml:90:7
%7234 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7235 = sub %7234, %1945 : f64[] @ models/lib/nn.yaml:90:7
%7236 = cast %7235 : f32[] @ models/lib/nn.yaml:90:7
%7237 = broadcast %7236 : f32[16] @ models/lib/nn.yaml:90:7
%7238 = mul %7226, %7237 : f32[16] @ models/lib/nn.yaml:90:7
%7239 = add %7233, %7238 : f32[16] @ models/lib/nn.yaml:90:7
%7240 = assign %150, %7239 : f32[16] @ models/lib/nn.yaml:90:7
%7241 = all_reduce_sum %2483 : f32[24,16] @ models/lib/nn.yaml:79:7
%7242 = state name="adam_m.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7243 = state name="adam_v.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7244 = state name="adam_t.projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7245 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7246 = add %7244, %7245 : i64[] @ models/lib/nn.yaml:79:7
%7247 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%7248 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7249 = sub %7248, %7247 : f64[] @ models/lib/nn.yaml:79:7
%7250 = cast %7249 : f32[] @ models/lib/nn.yaml:79:7
%7251 = broadcast %7250 : f32[24,16] @ models/lib/nn.yaml:79:7
%7252 = mul %67, %7251 : f32[24,16] @ models/lib/nn.yaml:79:7
%7253 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7254 = cast %7253 : f32[] @ models/lib/nn.yaml:79:7
%7255 = broadcast %7254 : f32[24,16] @ models/lib/nn.yaml:79:7
%7256 = mul %7241, %7255 : f32[24,16] @ models/lib/nn.yaml:79:7
%7257 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7258 = cast %7257 : f32[] @ models/lib/nn.yaml:79:7
%7259 = broadcast %7258 : f32[24,16] @ models/lib/nn.yaml:79:7
%7260 = mul %7242, %7259 : f32[24,16] @ models/lib/nn.yaml:79:7
%7261 = add %7260, %7256 : f32[24,16] @ models/lib/nn.yaml:79:7
%7262 = mul %7241, %7241 : f32[24,16] @ models/lib/nn.yaml:79:7
%7263 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7264 = cast %7263 : f32[] @ models/lib/nn.yaml:79:7
%7265 = broadcast %7264 : f32[24,16] @ models/lib/nn.yaml:79:7
%7266 = mul %7262, %7265 : f32[24,16] @ models/lib/nn.yaml:79:7
%7267 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7268 = cast %7267 : f32[] @ models/lib/nn.yaml:79:7
%7269 = broadcast %7268 : f32[24,16] @ models/lib/nn.yaml:79:7
%7270 = mul %7243, %7269 : f32[24,16] @ models/lib/nn.yaml:79:7
%7271 = add %7270, %7266 : f32[24,16] @ models/lib/nn.yaml:79:7
%7272 = cast %7246 : f64[] @ models/lib/nn.yaml:79:7
%7273 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7274 = pow %7273, %7272 : f64[] @ models/lib/nn.yaml:79:7
%7275 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7276 = sub %7275, %7274 : f64[] @ models/lib/nn.yaml:79:7
%7277 = div %1943, %7276 : f64[] @ models/lib/nn.yaml:79:7
%7278 = cast %7246 : f64[] @ models/lib/nn.yaml:79:7
%7279 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7280 = pow %7279, %7278 : f64[] @ models/lib/nn.yaml:79:7
%7281 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7282 = sub %7281, %7280 : f64[] @ models/lib/nn.yaml:79:7
%7283 = sqrt %7282 : f64[] @ models/lib/nn.yaml:79:7
%7284 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7285 = div %7284, %7283 : f64[] @ models/lib/nn.yaml:79:7
%7286 = sqrt %7271 : f32[24,16] @ models/lib/nn.yaml:79:7
%7287 = cast %7285 : f32[] @ models/lib/nn.yaml:79:7
%7288 = broadcast %7287 : f32[24,16] @ models/lib/nn.yaml:79:7
%7289 = mul %7286, %7288 : f32[24,16] @ models/lib/nn.yaml:79:7
%7290 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7291 = cast %7290 : f32[] @ models/lib/nn.yaml:79:7
%7292 = broadcast %7291 : f32[24,16] @ models/lib/nn.yaml:79:7
%7293 = add %7289, %7292 : f32[24,16] @ models/lib/nn.yaml:79:7
%7294 = div %7261, %7293 : f32[24,16] @ models/lib/nn.yaml:79:7
%7295 = cast %7277 : f32[] @ models/lib/nn.yaml:79:7
%7296 = broadcast %7295 : f32[24,16] @ models/lib/nn.yaml:79:7
%7297 = mul %7294, %7296 : f32[24,16] @ models/lib/nn.yaml:79:7
%7298 = sub %7252, %7297 : f32[24,16] @ models/lib/nn.yaml:79:7
%7299 = assign %67, %7298 : f32[24,16] @ models/lib/nn.yaml:79:7
%7300 = assign %7242, %7261 : f32[24,16] @ models/lib/nn.yaml:79:7
%7301 = assign %7243, %7271 : f32[24,16] @ models/lib/nn.yaml:79:7
%7302 = assign %7244, %7246 : i64[] @ models/lib/nn.yaml:79:7
%7303 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%7304 = broadcast %7303 : f32[24,16] @ models/lib/nn.yaml:79:7
%7305 = mul %151, %7304 : f32[24,16] @ models/lib/nn.yaml:79:7
%7306 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7307 = sub %7306, %1945 : f64[] @ models/lib/nn.yaml:79:7
%7308 = cast %7307 : f32[] @ models/lib/nn.yaml:79:7
%7309 = broadcast %7308 : f32[24,16] @ models/lib/nn.yaml:79:7
%7310 = mul %7298, %7309 : f32[24,16] @ models/lib/nn.yaml:79:7
%7311 = add %7305, %7310 : f32[24,16] @ models/lib/nn.yaml:79:7
%7312 = assign %151, %7311 : f32[24,16] @ models/lib/nn.yaml:79:7
%7313 = all_reduce_sum %2455 : f32[24] @ models/moco_pass.yaml:75:7
%7314 = state name="adam_m.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7315 = state name="adam_v.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7316 = state name="adam_t.projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%7317 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%7318 = add %7316, %7317 : i64[] @ models/moco_pass.yaml:75:7
%7319 = mul %1943, %1944 : f64[] @ models/moco_pass.yaml:75:7
%7320 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7321 = sub %7320, %7319 : f64[] @ models/moco_pass.yaml:75:7
%7322 = cast %7321 : f32[] @ models/moco_pass.yaml:75:7
%7323 = broadcast %7322 : f32[24] @ models/moco_pass.yaml:75:7
%7324 = mul %68, %7323 : f32[24] @ models/moco_pass.yaml:75:7
%7325 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%7326 = cast %7325 : f32[] @ models/moco_pass.yaml:75:7
%7327 = broadcast %7326 : f32[24] @ models/moco_pass.yaml:75:7
%7328 = mul %7313, %7327 : f32[24] @ models/moco_pass.yaml:75:7
%7329 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7330 = cast %7329 : f32[] @ models/moco_pass.yaml:75:7
%7331 = broadcast %7330 : f32[24] @ models/moco_pass.yaml:75:7
%7332 = mul %7314, %7331 : f32[24] @ models/moco_pass.yaml:75:7
%7333 = add %7332, %7328 : f32[24] @ models/moco_pass.yaml:75:7
%7334 = mul %7313, %7313 : f32[24] @ models/moco_pass.yaml:75:7
%7335 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%7336 = cast %7335 : f32[] @ models/moco_pass.yaml:75:7
%7337 = broadcast %7336 : f32[24] @ models/moco_pass.yaml:75:7
%7338 = mul %7334, %7337 : f32[24] @ models/moco_pass.yaml:75:7
%7339 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7340 = cast %7339 : f32[] @ models/moco_pass.yaml:75:7
%7341 = broadcast %7340 : f32[24] @ models/moco_pass.yaml:75:7
%7342 = mul %7315, %7341 : f32[24] @ models/moco_pass.yaml:75:7
%7343 = add %7342, %7338 : f32[24] @ models/moco_pass.yaml:75:7
%7344 = cast %7318 : f64[] @ models/moco_pass.yaml:75:7
%7345 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7346 = pow %7345, %7344 : f64[] @ models/moco_pass.yaml:75:7
%7347 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7348 = sub %7347, %7346 : f64[] @ models/moco_pass.yaml:75:7
%7349 = div %1943, %7348 : f64[] @ models/moco_pass.yaml:75:7
%7350 = cast %7318 : f64[] @ models/moco_pass.yaml:75:7
%7351 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7352 = pow %7351, %7350 : f64[] @ models/moco_pass.yaml:75:7
%7353 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7354 = sub %7353, %7352 : f64[] @ models/moco_pass.yaml:75:7
%7355 = sqrt %7354 : f64[] @ models/moco_pass.yaml:75:7
%7356 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7357 = div %7356, %7355 : f64[] @ models/moco_pass.yaml:75:7
%7358 = sqrt %7343 : f32[24] @ models/moco_pass.yaml:75:7
%7359 = cast %7357 : f32[] @ models/moco_pass.yaml:75:7
%7360 = broadcast %7359 : f32[24] @ models/moco_pass.yaml:75:7
%7361 = mul %7358, %7360 : f32[24] @ models/moco_pass.yaml:75:7
%7362 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%7363 = cast %7362 : f32[] @ models/moco_pass.yaml:75:7
%7364 = broadcast %7363 : f32[24] @ models/moco_pass.yaml:75:7
%7365 = add %7361, %7364 : f32[24] @ models/moco_pass.yaml:75:7
%7366 = div %7333, %7365 : f32[24] @ models/moco_pass.yaml:75:7
%7367 = cast %7349 : f32[] @ models/moco_pass.yaml:75:7
%7368 = broadcast %7367 : f32[24] @ models/moco_pass.yaml:75:7
%7369 = mul %7366, %7368 : f32[24] @ models/moco_pass.yaml:75:7
%7370 = sub %7324, %7369 : f32[24] @ models/moco_pass.yaml:75:7
%7371 = assign %68, %7370 : f32[24] @ models/moco_pass.yaml:75:7
%7372 = assign %7314, %7333 : f32[24] @ models/moco_pass.yaml:75:7
%7373 = assign %7315, %7343 : f32[24] @ models/moco_pass.yaml:75:7
%7374 = assign %7316, %7318 : i64[] @ models/moco_pass.yaml:75:7
%7375 = cast %1945 : f32[] @ models/moco_pass.yaml:75:7
%7376 = broadcast %7375 : f32[24] @ models/moco_pass.yaml:75:7
%7377 = mul %152, %7376 : f32[24] @ models/moco_pass.yaml:75:7
%7378 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7379 = sub %7378, %1945 : f64[] @ models/moco_pass.yaml:75:7
%7380 = cast %7379 : f32[] @ models/moco_pass.yaml:75:7
%7381 = broadcast %7380 : f32[24] @ models/moco_pass.yaml:75:7
%7382 = mul %7370, %7381 : f32[24] @ models/moco_pass.yaml:75:7
%7383 = add %7377, %7382 : f32[24] @ models/moco_pass.yaml:75:7
%7384 = assign %152, %7383 : f32[24] @ models/moco_pass.yaml:75:7
%7385 = all_reduce_sum %2451 : f32[24] @ models/moco_pass.yaml:76:7
%7386 = state name="adam_m.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7387 = state name="adam_v.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7388 = state name="adam_t.projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%7389 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%7390 = add %7388, %7389 : i64[] @ models/moco_pass.yaml:76:7
%7391 = mul %1943, %1944 : f64[] @ models/moco_pass.yaml:76:7
%7392 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7393 = sub %7392, %7391 : f64[] @ models/moco_pass.yaml:76:7
%7394 = cast %7393 : f32[] @ models/moco_pass.yaml:76:7
%7395 = broadcast %7394 : f32[24] @ models/moco_pass.yaml:76:7
%7396 = mul %69, %7395 : f32[24] @ models/moco_pass.yaml:76:7
%7397 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%7398 = cast %7397 : f32[] @ models/moco_pass.yaml:76:7
%7399 = broadcast %7398 : f32[24] @ models/moco_pass.yaml:76:7
%7400 = mul %7385, %7399 : f32[24] @ models/moco_pass.yaml:76:7
%7401 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7402 = cast %7401 : f32[] @ models/moco_pass.yaml:76:7
%7403 = broadcast %7402 : f32[24] @ models/moco_pass.yaml:76:7
%7404 = mul %7386, %7403 : f32[24] @ models/moco_pass.yaml:76:7
%7405 = add %7404, %7400 : f32[24] @ models/moco_pass.yaml:76:7
%7406 = mul %7385, %7385 : f32[24] @ models/moco_pass.yaml:76:7
%7407 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%7408 = cast %7407 : f32[] @ models/moco_pass.yaml:76:7
%7409 = broadcast %7408 : f32[24] @ models/moco_pass.yaml:76:7
%7410 = mul %7406, %7409 : f32[24] @ models/moco_pass.yaml:76:7
%7411 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7412 = cast %7411 : f32[] @ models/moco_pass.yaml:76:7
%7413 = broadcast %7412 : f32[24] @ models/moco_pass.yaml:76:7
%7414 = mul %7387, %7413 : f32[24] @ models/moco_pass.yaml:76:7
%7415 = add %7414, %7410 : f32[24] @ models/moco_pass.yaml:76:7
%7416 = cast %7390 : f64[] @ models/moco_pass.yaml:76:7
%7417 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7418 = pow %7417, %7416 : f64[] @ models/moco_pass.yaml:76:7
%7419 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7420 = sub %7419, %7418 : f64[] @ models/moco_pass.yaml:76:7
%7421 = div %1943, %7420 : f64[] @ models/moco_pass.yaml:76:7
%7422 = cast %7390 : f64[] @ models/moco_pass.yaml:76:7
%7423 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7424 = pow %7423, %7422 : f64[] @ models/moco_pass.yaml:76:7
%7425 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7426 = sub %7425, %7424 : f64[] @ models/moco_pass.yaml:76:7
%7427 = sqrt %7426 : f64[] @ models/moco_pass.yaml:76:7
%7428 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7429 = div %7428, %7427 : f64[] @ models/moco_pass.yaml:76:7
%7430 = sqrt %7415 : f32[24] @ models/moco_pass.yaml:76:7
%7431 = cast %7429 : f32[] @ models/moco_pass.yaml:76:7
%7432 = broadcast %7431 : f32[24] @ models/moco_pass.yaml:76:7
%7433 = mul %7430, %7432 : f32[24] @ models/moco_pass.yaml:76:7
%7434 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%7435 = cast %7434 : f32[] @ models/moco_pass.yaml:76:7
%7436 = broadcast %7435 : f32[24] @ models/moco_pass.yaml:76:7
%7437 = add %7433, %7436 : f32[24] @ models/moco_pass.yaml:76:7
%7438 = div %7405, %7437 : f32[24] @ models/moco_pass.yaml:76:7
%7439 = cast %7421 : f32[] @ models/moco_pass.yaml:76:7
%7440 = broadcast %7439 : f32[24] @ models/moco_pass.yaml:76:7
%7441 = mul %7438, %7440 : f32[24] @ models/moco_pass.yaml:76:7
%7442 = sub %7396, %7441 : f32[24] @ models/moco_pass.yaml:76:7
%7443 = assign %69, %7442 : f32[24] @ models/moco_pass.yaml:76:7
%7444 = assign %7386, %7405 : f32[24] @ models/moco_pass.yaml:76:7
%7445 = assign %7387, %7415 : f32[24] @ models/moco_pass.yaml:76:7
%7446 = assign %7388, %7390 : i64[] @ models/moco_pass.yaml:76:7
%7447 = cast %1945 : f32[] @ models/moco_pass.yaml:76:7
%7448 = broadcast %7447 : f32[24] @ models/moco_pass.yaml:76:7
%7449 = mul %153, %7448 : f32[24] @ models/moco_pass.yaml:76:7
%7450 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7451 = sub %7450, %1945 : f64[] @ models/moco_pass.yaml:76:7
%7452 = cast %7451 : f32[] @ models/moco_pass.yaml:76:7
%7453 = broadcast %7452 : f32[24] @ models/moco_pass.yaml:76:7
%7454 = mul %7442, %7453 : f32[24] @ models/moco_pass.yaml:76:7
%7455 = add %7449, %7454 : f32[24] @ models/moco_pass.yaml:76:7
%7456 = assign %153, %7455 : f32[24] @ models/moco_pass.yaml:76:7
%7457 = all_reduce_sum %2440 : f32[24,24] @ models/lib/nn.yaml:79:7
%7458 = state name="adam_m.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7459 = state name="adam_v.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7460 = state name="adam_t.projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7461 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7462 = add %7460, %7461 : i64[] @ models/lib/nn.yaml:79:7
%7463 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%7464 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7465 = sub %7464, %7463 : f64[] @ models/lib/nn.yaml:79:7
%7466 = cast %7465 : f32[] @ models/lib/nn.yaml:79:7
%7467 = broadcast %7466 : f32[24,24] @ models/lib/nn.yaml:79:7
%7468 = mul %70, %7467 : f32[24,24] @ models/lib/nn.yaml:79:7
%7469 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7470 = cast %7469 : f32[] @ models/lib/nn.yaml:79:7
%7471 = broadcast %7470 : f32[24,24] @ models/lib/nn.yaml:79:7
%7472 = mul %7457, %7471 : f32[24,24] @ models/lib/nn.yaml:79:7
%7473 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7474 = cast %7473 : f32[] @ models/lib/nn.yaml:79:7
%7475 = broadcast %7474 : f32[24,24] @ models/lib/nn.yaml:79:7
%7476 = mul %7458, %7475 : f32[24,24] @ models/lib/nn.yaml:79:7
%7477 = add %7476, %7472 : f32[24,24] @ models/lib/nn.yaml:79:7
%7478 = mul %7457, %7457 : f32[24,24] @ models/lib/nn.yaml:79:7
%7479 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7480 = cast %7479 : f32[] @ models/lib/nn.yaml:79:7
%7481 = broadcast %7480 : f32[24,24] @ models/lib/nn.yaml:79:7
%7482 = mul %7478, %7481 : f32[24,24] @ models/lib/nn.yaml:79:7
%7483 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7484 = cast %7483 : f32[] @ models/lib/nn.yaml:79:7
%7485 = broadcast %7484 : f32[24,24] @ models/lib/nn.yaml:79:7
%7486 = mul %7459, %7485 : f32[24,24] @ models/lib/nn.yaml:79:7
%7487 = add %7486, %7482 : f32[24,24] @ models/lib/nn.yaml:79:7
%7488 = cast %7462 : f64[] @ models/lib/nn.yaml:79:7
%7489 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7490 = pow %7489, %7488 : f64[] @ models/lib/nn.yaml:79:7
%7491 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7492 = sub %7491, %7490 : f64[] @ models/lib/nn.yaml:79:7
%7493 = div %1943, %7492 : f64[] @ models/lib/nn.yaml:79:7
%7494 = cast %7462 : f64[] @ models/lib/nn.yaml:79:7
%7495 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7496 = pow %7495, %7494 : f64[] @ models/lib/nn.yaml:79:7
%7497 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7498 = sub %7497, %7496 : f64[] @ models/lib/nn.yaml:79:7
%7499 = sqrt %7498 : f64[] @ models/lib/nn.yaml:79:7
%7500 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7501 = div %7500, %7499 : f64[] @ models/lib/nn.yaml:79:7
%7502 = sqrt %7487 : f32[24,24] @ models/lib/nn.yaml:79:7
%7503 = cast %7501 : f32[] @ models/lib/nn.yaml:79:7
%7504 = broadcast %7503 : f32[24,24] @ models/lib/nn.yaml:79:7
%7505 = mul %7502, %7504 : f32[24,24] @ models/lib/nn.yaml:79:7
%7506 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7507 = cast %7506 : f32[] @ models/lib/nn.yaml:79:7
%7508 = broadcast %7507 : f32[24,24] @ models/lib/nn.yaml:79:7
%7509 = add %7505, %7508 : f32[24,24] @ models/lib/nn.yaml:79:7
%7510 = div %7477, %7509 : f32[24,24] @ models/lib/nn.yaml:79:7
%7511 = cast %7493 : f32[] @ models/lib/nn.yaml:79:7
%7512 = broadcast %7511 : f32[24,24] @ models/lib/nn.yaml:79:7
%7513 = mul %7510, %7512 : f32[24,24] @ models/lib/nn.yaml:79:7
%7514 = sub %7468, %7513 : f32[24,24] @ models/lib/nn.yaml:79:7
%7515 = assign %70, %7514 : f32[24,24] @ models/lib/nn.yaml:79:7
%7516 = assign %7458, %7477 : f32[24,24] @ models/lib/nn.yaml:79:7
%7517 = assign %7459, %7487 : f32[24,24] @ models/lib/nn.yaml:79:7
%7518 = assign %7460, %7462 : i64[] @ models/lib/nn.yaml:79:7
%7519 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%7520 = broadcast %7519 : f32[24,24] @ models/lib/nn.yaml:79:7
%7521 = mul %154, %7520 : f32[24,24] @ models/lib/nn.yaml:79:7
%7522 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7523 = sub %7522, %1945 : f64[] @ models/lib/nn.yaml:79:7
%7524 = cast %7523 : f32[] @ models/lib/nn.yaml:79:7
%7525 = broadcast %7524 : f32[24,24] @ models/lib/nn.yaml:79:7
%7526 = mul %7514, %7525 : f32[24,24] @ models/lib/nn.yaml:79:7
%7527 = add %7521, %7526 : f32[24,24] @ models/lib/nn.yaml:79:7
%7528 = assign %154, %7527 : f32[24,24] @ models/lib/nn.yaml:79:7
%7529 = all_reduce_sum %2412 : f32[24] @ models/moco_pass.yaml:75:7
%7530 = state name="adam_m.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7531 = state name="adam_v.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7532 = state name="adam_t.projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%7533 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%7534 = add %7532, %7533 : i64[] @ models/moco_pass.yaml:75:7
%7535 = mul %1943, %1944 : f64[] @ models/moco_pass.yaml:75:7
%7536 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7537 = sub %7536, %7535 : f64[] @ models/moco_pass.yaml:75:7
%7538 = cast %7537 : f32[] @ models/moco_pass.yaml:75:7
%7539 = broadcast %7538 : f32[24] @ models/moco_pass.yaml:75:7
%7540 = mul %71, %7539 : f32[24] @ models/moco_pass.yaml:75:7
%7541 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%7542 = cast %7541 : f32[] @ models/moco_pass.yaml:75:7
%7543 = broadcast %7542 : f32[24] @ models/moco_pass.yaml:75:7
%7544 = mul %7529, %7543 : f32[24] @ models/moco_pass.yaml:75:7
%7545 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7546 = cast %7545 : f32[] @ models/moco_pass.yaml:75:7
%7547 = broadcast %7546 : f32[24] @ models/moco_pass.yaml:75:7
%7548 = mul %7530, %7547 : f32[24] @ models/moco_pass.yaml:75:7
%7549 = add %7548, %7544 : f32[24] @ models/moco_pass.yaml:75:7
%7550 = mul %7529, %7529 : f32[24] @ models/moco_pass.yaml:75:7
%7551 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%7552 = cast %7551 : f32[] @ models/moco_pass.yaml:75:7
%7553 = broadcast %7552 : f32[24] @ models/moco_pass.yaml:75:7
%7554 = mul %7550, %7553 : f32[24] @ models/moco_pass.yaml:75:7
%7555 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7556 = cast %7555 : f32[] @ models/moco_pass.yaml:75:7
%7557 = broadcast %7556 : f32[24] @ models/moco_pass.yaml:75:7
%7558 = mul %7531, %7557 : f32[24] @ models/moco_pass.yaml:75:7
%7559 = add %7558, %7554 : f32[24] @ models/moco_pass.yaml:75:7
%7560 = cast %7534 : f64[] @ models/moco_pass.yaml:75:7
%7561 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7562 = pow %7561, %7560 : f64[] @ models/moco_pass.yaml:75:7
%7563 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7564 = sub %7563, %7562 : f64[] @ models/moco_pass.yaml:75:7
%7565 = div %1943, %7564 : f64[] @ models/moco_pass.yaml:75:7
%7566 = cast %7534 : f64[] @ models/moco_pass.yaml:75:7
%7567 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7568 = pow %7567, %7566 : f64[] @ models/moco_pass.yaml:75:7
%7569 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7570 = sub %7569, %7568 : f64[] @ models/moco_pass.yaml:75:7
%7571 = sqrt %7570 : f64[] @ models/moco_pass.yaml:75:7
%7572 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7573 = div %7572, %7571 : f64[] @ models/moco_pass.yaml:75:7
%7574 = sqrt %7559 : f32[24] @ models/moco_pass.yaml:75:7
%7575 = cast %7573 : f32[] @ models/moco_pass.yaml:75:7
%7576 = broadcast %7575 : f32[24] @ models/moco_pass.yaml:75:7
%7577 = mul %7574, %7576 : f32[24] @ models/moco_pass.yaml:75:7
%7578 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%7579 = cast %7578 : f32[] @ models/moco_pass.yaml:75:7
%7580 = broadcast %7579 : f32[24] @ models/moco_pass.yaml:75:7
%7581 = add %7577, %7580 : f32[24] @ models/moco_pass.yaml:75:7
%7582 = div %7549, %7581 : f32[24] @ models/moco_pass.yaml:75:7
%7583 = cast %7565 : f32[] @ models/moco_pass.yaml:75:7
%7584 = broadcast %7583 : f32[24] @ models/moco_pass.yaml:75:7
%7585 = mul %7582, %7584 : f32[24] @ models/moco_pass.yaml:75:7
%7586 = sub %7540, %7585 : f32[24] @ models/moco_pass.yaml:75:7
%7587 = assign %71, %7586 : f32[24] @ models/moco_pass.yaml:75:7
%7588 = assign %7530, %7549 : f32[24] @ models/moco_pass.yaml:75:7
%7589 = assign %7531, %7559 : f32[24] @ models/moco_pass.yaml:75:7
%7590 = assign %7532, %7534 : i64[] @ models/moco_pass.yaml:75:7
%7591 = cast %1945 : f32[] @ models/moco_pass.yaml:75:7
%7592 = broadcast %7591 : f32[24] @ models/moco_pass.yaml:75:7
%7593 = mul %155, %7592 : f32[24] @ models/moco_pass.yaml:75:7
%7594 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7595 = sub %7594, %1945 : f64[] @ models/moco_pass.yaml:75:7
%7596 = cast %7595 : f32[] @ models/moco_pass.yaml:75:7
%7597 = broadcast %7596 : f32[24] @ models/moco_pass.yaml:75:7
%7598 = mul %7586, %7597 : f32[24] @ models/moco_pass.yaml:75:7
%7599 = add %7593, %7598 : f32[24] @ models/moco_pass.yaml:75:7
%7600 = assign %155, %7599 : f32[24] @ models/moco_pass.yaml:75:7
%7601 = all_reduce_sum %2408 : f32[24] @ models/moco_pass.yaml:76:7
%7602 = state name="adam_m.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7603 = state name="adam_v.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7604 = state name="adam_t.projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%7605 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%7606 = add %7604, %7605 : i64[] @ models/moco_pass.yaml:76:7
%7607 = mul %1943, %1944 : f64[] @ models/moco_pass.yaml:76:7
%7608 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7609 = sub %7608, %7607 : f64[] @ models/moco_pass.yaml:76:7
%7610 = cast %7609 : f32[] @ models/moco_pass.yaml:76:7
%7611 = broadcast %7610 : f32[24] @ models/moco_pass.yaml:76:7
%7612 = mul %72, %7611 : f32[24] @ models/moco_pass.yaml:76:7
%7613 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%7614 = cast %7613 : f32[] @ models/moco_pass.yaml:76:7
%7615 = broadcast %7614 : f32[24] @ models/moco_pass.yaml:76:7
%7616 = mul %7601, %7615 : f32[24] @ models/moco_pass.yaml:76:7
%7617 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7618 = cast %7617 : f32[] @ models/moco_pass.yaml:76:7
%7619 = broadcast %7618 : f32[24] @ models/moco_pass.yaml:76:7
%7620 = mul %7602, %7619 : f32[24] @ models/moco_pass.yaml:76:7
%7621 = add %7620, %7616 : f32[24] @ models/moco_pass.yaml:76:7
%7622 = mul %7601, %7601 : f32[24] @ models/moco_pass.yaml:76:7
%7623 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%7624 = cast %7623 : f32[] @ models/moco_pass.yaml:76:7
%7625 = broadcast %7624 : f32[24] @ models/moco_pass.yaml:76:7
%7626 = mul %7622, %7625 : f32[24] @ models/moco_pass.yaml:76:7
%7627 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7628 = cast %7627 : f32[] @ models/moco_pass.yaml:76:7
%7629 = broadcast %7628 : f32[24] @ models/moco_pass.yaml:76:7
%7630 = mul %7603, %7629 : f32[24] @ models/moco_pass.yaml:76:7
%7631 = add %7630, %7626 : f32[24] @ models/moco_pass.yaml:76:7
%7632 = cast %7606 : f64[] @ models/moco_pass.yaml:76:7
%7633 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7634 = pow %7633, %7632 : f64[] @ models/moco_pass.yaml:76:7
%7635 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7636 = sub %7635, %7634 : f64[] @ models/moco_pass.yaml:76:7
%7637 = div %1943, %7636 : f64[] @ models/moco_pass.yaml:76:7
%7638 = cast %7606 : f64[] @ models/moco_pass.yaml:76:7
%7639 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7640 = pow %7639, %7638 : f64[] @ models/moco_pass.yaml:76:7
%7641 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7642 = sub %7641, %7640 : f64[] @ models/moco_pass.yaml:76:7
%7643 = sqrt %7642 : f64[] @ models/moco_pass.yaml:76:7
%7644 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7645 = div %7644, %7643 : f64[] @ models/moco_pass.yaml:76:7
%7646 = sqrt %7631 : f32[24] @ models/moco_pass.yaml:76:7
%7647 = cast %7645 : f32[] @ models/moco_pass.yaml:76:7
%7648 = broadcast %7647 : f32[24] @ models/moco_pass.yaml:76:7
%7649 = mul %7646, %7648 : f32[24] @ models/moco_pass.yaml:76:7
%7650 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%7651 = cast %7650 : f32[] @ models/moco_pass.yaml:76:7
%7652 = broadcast %7651 : f32[24] @ models/moco_pass.yaml:76:7
%7653 = add %7649, %7652 : f32[24] @ models/moco_pass.yaml:76:7
%7654 = div %7621, %7653 : f32[24] @ models/moco_pass.yaml:76:7
%7655 = cast %7637 : f32[] @ models/moco_pass.yaml:76:7
%7656 = broadcast %7655 : f32[24] @ models/moco_pass.yaml:76:7
%7657 = mul %7654, %7656 : f32[24] @ models/moco_pass.yaml:76:7
%7658 = sub %7612, %7657 : f32[24] @ models/moco_pass.yaml:76:7
%7659 = assign %72, %7658 : f32[24] @ models/moco_pass.yaml:76:7
%7660 = assign %7602, %7621 : f32[24] @ models/moco_pass.yaml:76:7
%7661 = assign %7603, %7631 : f32[24] @ models/moco_pass.yaml:76:7
%7662 = assign %7604, %7606 : i64[] @ models/moco_pass.yaml:76:7
%7663 = cast %1945 : f32[] @ models/moco_pass.yaml:76:7
%7664 = broadcast %7663 : f32[24] @ models/moco_pass.yaml:76:7
%7665 = mul %156, %7664 : f32[24] @ models/moco_pass.yaml:76:7
%7666 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7667 = sub %7666, %1945 : f64[] @ models/moco_pass.yaml:76:7
%7668 = cast %7667 : f32[] @ models/moco_pass.yaml:76:7
%7669 = broadcast %7668 : f32[24] @ models/moco_pass.yaml:76:7
%7670 = mul %7658, %7669 : f32[24] @ models/moco_pass.yaml:76:7
%7671 = add %7665, %7670 : f32[24] @ models/moco_pass.yaml:76:7
%7672 = assign %156, %7671 : f32[24] @ models/moco_pass.yaml:76:7
%7673 = all_reduce_sum %2397 : f32[8,24] @ models/lib/nn.yaml:79:7
%7674 = state name="adam_m.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7675 = state name="adam_v.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7676 = state name="adam_t.projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7677 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7678 = add %7676, %7677 : i64[] @ models/lib/nn.yaml:79:7
%7679 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%7680 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7681 = sub %7680, %7679 : f64[] @ models/lib/nn.yaml:79:7
%7682 = cast %7681 : f32[] @ models/lib/nn.yaml:79:7
%7683 = broadcast %7682 : f32[8,24] @ models/lib/nn.yaml:79:7
%7684 = mul %73, %7683 : f32[8,24] @ models/lib/nn.yaml:79:7
%7685 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7686 = cast %7685 : f32[] @ models/lib/nn.yaml:79:7
%7687 = broadcast %7686 : f32[8,24] @ models/lib/nn.yaml:79:7
%7688 = mul %7673, %7687 : f32[8,24] @ models/lib/nn.yaml:79:7
%7689 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7690 = cast %7689 : f32[] @ models/lib/nn.yaml:79:7
%7691 = broadcast %7690 : f32[8,24] @ models/lib/nn.yaml:79:7
%7692 = mul %7674, %7691 : f32[8,24] @ models/lib/nn.yaml:79:7
%7693 = add %7692, %7688 : f32[8,24] @ models/lib/nn.yaml:79:7
%7694 = mul %7673, %7673 : f32[8,24] @ models/lib/nn.yaml:79:7
%7695 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7696 = cast %7695 : f32[] @ models/lib/nn.yaml:79:7
%7697 = broadcast %7696 : f32[8,24] @ models/lib/nn.yaml:79:7
%7698 = mul %7694, %7697 : f32[8,24] @ models/lib/nn.yaml:79:7
%7699 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7700 = cast %7699 : f32[] @ models/lib/nn.yaml:79:7
%7701 = broadcast %7700 : f32[8,24] @ models/lib/nn.yaml:79:7
%7702 = mul %7675, %7701 : f32[8,24] @ models/lib/nn.yaml:79:7
%7703 = add %7702, %7698 : f32[8,24] @ models/lib/nn.yaml:79:7
%7704 = cast %7678 : f64[] @ models/lib/nn.yaml:79:7
%7705 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7706 = pow %7705, %7704 : f64[] @ models/lib/nn.yaml:79:7
%7707 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7708 = sub %7707, %7706 : f64[] @ models/lib/nn.yaml:79:7
%7709 = div %1943, %7708 : f64[] @ models/lib/nn.yaml:79:7
%7710 = cast %7678 : f64[] @ models/lib/nn.yaml:79:7
%7711 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7712 = pow %7711, %7710 : f64[] @ models/lib/nn.yaml:79:7
%7713 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7714 = sub %7713, %7712 : f64[] @ models/lib/nn.yaml:79:7
%7715 = sqrt %7714 : f64[] @ models/lib/nn.yaml:79:7
%7716 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7717 = div %7716, %7715 : f64[] @ models/lib/nn.yaml:79:7
%7718 = sqrt %7703 : f32[8,24] @ models/lib/nn.yaml:79:7
%7719 = cast %7717 : f32[] @ models/lib/nn.yaml:79:7
%7720 = broadcast %7719 : f32[8,24] @ models/lib/nn.yaml:79:7
%7721 = mul %7718, %7720 : f32[8,24] @ models/lib/nn.yaml:79:7
%7722 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7723 = cast %7722 : f32[] @ models/lib/nn.yaml:79:7
%7724 = broadcast %7723 : f32[8,24] @ models/lib/nn.yaml:79:7
%7725 = add %7721, %7724 : f32[8,24] @ models/lib/nn.yaml:79:7
%7726 = div %7693, %7725 : f32[8,24] @ models/lib/nn.yaml:79:7
%7727 = cast %7709 : f32[] @ models/lib/nn.yaml:79:7
%7728 = broadcast %7727 : f32[8,24] @ models/lib/nn.yaml:79:7
%7729 = mul %7726, %7728 : f32[8,24] @ models/lib/nn.yaml:79:7
%7730 = sub %7684, %7729 : f32[8,24] @ models/lib/nn.yaml:79:7
%7731 = assign %73, %7730 : f32[8,24] @ models/lib/nn.yaml:79:7
%7732 = assign %7674, %7693 : f32[8,24] @ models/lib/nn.yaml:79:7
%7733 = assign %7675, %7703 : f32[8,24] @ models/lib/nn.yaml:79:7
%7734 = assign %7676, %7678 : i64[] @ models/lib/nn.yaml:79:7
%7735 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%7736 = broadcast %7735 : f32[8,24] @ models/lib/nn.yaml:79:7
%7737 = mul %157, %7736 : f32[8,24] @ models/lib/nn.yaml:79:7
%7738 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7739 = sub %7738, %1945 : f64[] @ models/lib/nn.yaml:79:7
%7740 = cast %7739 : f32[] @ models/lib/nn.yaml:79:7
%7741 = broadcast %7740 : f32[8,24] @ models/lib/nn.yaml:79:7
%7742 = mul %7730, %7741 : f32[8,24] @ models/lib/nn.yaml:79:7
%7743 = add %7737, %7742 : f32[8,24] @ models/lib/nn.yaml:79:7
%7744 = assign %157, %7743 : f32[8,24] @ models/lib/nn.yaml:79:7
%7745 = all_reduce_sum %2369 : f32[24,8] @ models/lib/nn.yaml:79:7
%7746 = state name="adam_m.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%7747 = state name="adam_v.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%7748 = state name="adam_t.predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7749 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7750 = add %7748, %7749 : i64[] @ models/lib/nn.yaml:79:7
%7751 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%7752 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7753 = sub %7752, %7751 : f64[] @ models/lib/nn.yaml:79:7
%7754 = cast %7753 : f32[] @ models/lib/nn.yaml:79:7
%7755 = broadcast %7754 : f32[24,8] @ models/lib/nn.yaml:79:7
%7756 = mul %74, %7755 : f32[24,8] @ models/lib/nn.yaml:79:7
%7757 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7758 = cast %7757 : f32[] @ models/lib/nn.yaml:79:7
%7759 = broadcast %7758 : f32[24,8] @ models/lib/nn.yaml:79:7
%7760 = mul %7745, %7759 : f32[24,8] @ models/lib/nn.yaml:79:7
%7761 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7762 = cast %7761 : f32[] @ models/lib/nn.yaml:79:7
%7763 = broadcast %7762 : f32[24,8] @ models/lib/nn.yaml:79:7
%7764 = mul %7746, %7763 : f32[24,8] @ models/lib/nn.yaml:79:7
%7765 = add %7764, %7760 : f32[24,8] @ models/lib/nn.yaml:79:7
%7766 = mul %7745, %7745 : f32[24,8] @ models/lib/nn.yaml:79:7
%7767 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7768 = cast %7767 : f32[] @ models/lib/nn.yaml:79:7
%7769 = broadcast %7768 : f32[24,8] @ models/lib/nn.yaml:79:7
%7770 = mul %7766, %7769 : f32[24,8] @ models/lib/nn.yaml:79:7
%7771 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7772 = cast %7771 : f32[] @ models/lib/nn.yaml:79:7
%7773 = broadcast %7772 : f32[24,8] @ models/lib/nn.yaml:79:7
%7774 = mul %7747, %7773 : f32[24,8] @ models/lib/nn.yaml:79:7
%7775 = add %7774, %7770 : f32[24,8] @ models/lib/nn.yaml:79:7
%7776 = cast %7750 : f64[] @ models/lib/nn.yaml:79:7
%7777 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7778 = pow %7777, %7776 : f64[] @ models/lib/nn.yaml:79:7
%7779 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7780 = sub %7779, %7778 : f64[] @ models/lib/nn.yaml:79:7
%7781 = div %1943, %7780 : f64[] @ models/lib/nn.yaml:79:7
%7782 = cast %7750 : f64[] @ models/lib/nn.yaml:79:7
%7783 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7784 = pow %7783, %7782 : f64[] @ models/lib/nn.yaml:79:7
%7785 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7786 = sub %7785, %7784 : f64[] @ models/lib/nn.yaml:79:7
%7787 = sqrt %7786 : f64[] @ models/lib/nn.yaml:79:7
%7788 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7789 = div %7788, %7787 : f64[] @ models/lib/nn.yaml:79:7
%7790 = sqrt %7775 : f32[24,8] @ models/lib/nn.yaml:79:7
%7791 = cast %7789 : f32[] @ models/lib/nn.yaml:79:7
%7792 = broadcast %7791 : f32[24,8] @ models/lib/nn.yaml:79:7
%7793 = mul %7790, %7792 : f32[24,8] @ models/lib/nn.yaml:79:7
%7794 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7795 = cast %7794 : f32[] @ models/lib/nn.yaml:79:7
%7796 = broadcast %7795 : f32[24,8] @ models/lib/nn.yaml:79:7
%7797 = add %7793, %7796 : f32[24,8] @ models/lib/nn.yaml:79:7
%7798 = div %7765, %7797 : f32[24,8] @ models/lib/nn.yaml:79:7
%7799 = cast %7781 : f32[] @ models/lib/nn.yaml:79:7
%7800 = broadcast %7799 : f32[24,8] @ models/lib/nn.yaml:79:7
%7801 = mul %7798, %7800 : f32[24,8] @ models/lib/nn.yaml:79:7
%7802 = sub %7756, %7801 : f32[24,8] @ models/lib/nn.yaml:79:7
%7803 = assign %74, %7802 : f32[24,8] @ models/lib/nn.yaml:79:7
%7804 = assign %7746, %7765 : f32[24,8] @ models/lib/nn.yaml:79:7
%7805 = assign %7747, %7775 : f32[24,8] @ models/lib/nn.yaml:79:7
%7806 = assign %7748, %7750 : i64[] @ models/lib/nn.yaml:79:7
%7807 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%7808 = broadcast %7807 : f32[24,8] @ models/lib/nn.yaml:79:7
%7809 = mul %158, %7808 : f32[24,8] @ models/lib/nn.yaml:79:7
%7810 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7811 = sub %7810, %1945 : f64[] @ models/lib/nn.yaml:79:7
%7812 = cast %7811 : f32[] @ models/lib/nn.yaml:79:7
%7813 = broadcast %7812 : f32[24,8] @ models/lib/nn.yaml:79:7
%7814 = mul %7802, %7813 : f32[24,8] @ models/lib/nn.yaml:79:7
%7815 = add %7809, %7814 : f32[24,8] @ models/lib/nn.yaml:79:7
%7816 = assign %158, %7815 : f32[24,8] @ models/lib/nn.yaml:79:7
%7817 = all_reduce_sum %2341 : f32[24] @ models/moco_pass.yaml:75:7
%7818 = state name="adam_m.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7819 = state name="adam_v.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7820 = state name="adam_t.predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%7821 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%7822 = add %7820, %7821 : i64[] @ models/moco_pass.yaml:75:7
%7823 = mul %1943, %1944 : f64[] @ models/moco_pass.yaml:75:7
%7824 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7825 = sub %7824, %7823 : f64[] @ models/moco_pass.yaml:75:7
%7826 = cast %7825 : f32[] @ models/moco_pass.yaml:75:7
%7827 = broadcast %7826 : f32[24] @ models/moco_pass.yaml:75:7
%7828 = mul %75, %7827 : f32[24] @ models/moco_pass.yaml:75:7
%7829 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%7830 = cast %7829 : f32[] @ models/moco_pass.yaml:75:7
%7831 = broadcast %7830 : f32[24] @ models/moco_pass.yaml:75:7
%7832 = mul %7817, %7831 : f32[24] @ models/moco_pass.yaml:75:7
%7833 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7834 = cast %7833 : f32[] @ models/moco_pass.yaml:75:7
%7835 = broadcast %7834 : f32[24] @ models/moco_pass.yaml:75:7
%7836 = mul %7818, %7835 : f32[24] @ models/moco_pass.yaml:75:7
%7837 = add %7836, %7832 : f32[24] @ models/moco_pass.yaml:75:7
%7838 = mul %7817, %7817 : f32[24] @ models/moco_pass.yaml:75:7
%7839 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%7840 = cast %7839 : f32[] @ models/moco_pass.yaml:75:7
%7841 = broadcast %7840 : f32[24] @ models/moco_pass.yaml:75:7
%7842 = mul %7838, %7841 : f32[24] @ models/moco_pass.yaml:75:7
%7843 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7844 = cast %7843 : f32[] @ models/moco_pass.yaml:75:7
%7845 = broadcast %7844 : f32[24] @ models/moco_pass.yaml:75:7
%7846 = mul %7819, %7845 : f32[24] @ models/moco_pass.yaml:75:7
%7847 = add %7846, %7842 : f32[24] @ models/moco_pass.yaml:75:7
%7848 = cast %7822 : f64[] @ models/moco_pass.yaml:75:7
%7849 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7850 = pow %7849, %7848 : f64[] @ models/moco_pass.yaml:75:7
%7851 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7852 = sub %7851, %7850 : f64[] @ models/moco_pass.yaml:75:7
%7853 = div %1943, %7852 : f64[] @ models/moco_pass.yaml:75:7
%7854 = cast %7822 : f64[] @ models/moco_pass.yaml:75:7
%7855 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7856 = pow %7855, %7854 : f64[] @ models/moco_pass.yaml:75:7
%7857 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7858 = sub %7857, %7856 : f64[] @ models/moco_pass.yaml:75:7
%7859 = sqrt %7858 : f64[] @ models/moco_pass.yaml:75:7
%7860 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7861 = div %7860, %7859 : f64[] @ models/moco_pass.yaml:75:7
%7862 = sqrt %7847 : f32[24] @ models/moco_pass.yaml:75:7
%7863 = cast %7861 : f32[] @ models/moco_pass.yaml:75:7
%7864 = broadcast %7863 : f32[24] @ models/moco_pass.yaml:75:7
%7865 = mul %7862, %7864 : f32[24] @ models/moco_pass.yaml:75:7
%7866 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%7867 = cast %7866 : f32[] @ models/moco_pass.yaml:75:7
%7868 = broadcast %7867 : f32[24] @ models/moco_pass.yaml:75:7
%7869 = add %7865, %7868 : f32[24] @ models/moco_pass.yaml:75:7
%7870 = div %7837, %7869 : f32[24] @ models/moco_pass.yaml:75:7
%7871 = cast %7853 : f32[] @ models/moco_pass.yaml:75:7
%7872 = broadcast %7871 : f32[24] @ models/moco_pass.yaml:75:7
%7873 = mul %7870, %7872 : f32[24] @ models/moco_pass.yaml:75:7
%7874 = sub %7828, %7873 : f32[24] @ models/moco_pass.yaml:75:7
%7875 = assign %75, %7874 : f32[24] @ models/moco_pass.yaml:75:7
%7876 = assign %7818, %7837 : f32[24] @ models/moco_pass.yaml:75:7
%7877 = assign %7819, %7847 : f32[24] @ models/moco_pass.yaml:75:7
%7878 = assign %7820, %7822 : i64[] @ models/moco_pass.yaml:75:7
%7879 = cast %1945 : f32[] @ models/moco_pass.yaml:75:7
%7880 = broadcast %7879 : f32[24] @ models/moco_pass.yaml:75:7
%7881 = mul %159, %7880 : f32[24] @ models/moco_pass.yaml:75:7
%7882 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7883 = sub %7882, %1945 : f64[] @ models/moco_pass.yaml:75:7
%7884 = cast %7883 : f32[] @ models/moco_pass.yaml:75:7
%7885 = broadcast %7884 : f32[24] @ models/moco_pass.yaml:75:7
%7886 = mul %7874, %7885 : f32[24] @ models/moco_pass.yaml:75:7
%7887 = add %7881, %7886 : f32[24] @ models/moco_pass.yaml:75:7
%7888 = assign %159, %7887 : f32[24] @ models/moco_pass.yaml:75:7
%7889 = all_reduce_sum %2337 : f32[24] @ models/moco_pass.yaml:76:7
%7890 = state name="adam_m.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7891 = state name="adam_v.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7892 = state name="adam_t.predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%7893 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%7894 = add %7892, %7893 : i64[] @ models/moco_pass.yaml:76:7
%7895 = mul %1943, %1944 : f64[] @ models/moco_pass.yaml:76:7
%7896 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7897 = sub %7896, %7895 : f64[] @ models/moco_pass.yaml:76:7
%7898 = cast %7897 : f32[] @ models/moco_pass.yaml:76:7
%7899 = broadcast %7898 : f32[24] @ models/moco_pass.yaml:76:7
%7900 = mul %76, %7899 : f32[24] @ models/moco_pass.yaml:76:7
%7901 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%7902 = cast %7901 : f32[] @ models/moco_pass.yaml:76:7
%7903 = broadcast %7902 : f32[24] @ models/moco_pass.yaml:76:7
%7904 = mul %7889, %7903 : f32[24] @ models/moco_pass.yaml:76:7
%7905 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7906 = cast %7905 : f32[] @ models/moco_pass.yaml:76:7
%7907 = broadcast %7906 : f32[24] @ models/moco_pass.yaml:76:7
%7908 = mul %7890, %7907 : f32[24] @ models/moco_pass.yaml:76:7
%7909 = add %7908, %7904 : f32[24] @ models/moco_pass.yaml:76:7
%7910 = mul %7889, %7889 : f32[24] @ models/moco_pass.yaml:76:7
%7911 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%7912 = cast %7911 : f32[] @ models/moco_pass.yaml:76:7
%7913 = broadcast %7912 : f32[24] @ models/moco_pass.yaml:76:7
%7914 = mul %7910, %7913 : f32[24] @ models/moco_pass.yaml:76:7
%7915 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7916 = cast %7915 : f32[] @ models/moco_pass.yaml:76:7
%7917 = broadcast %7916 : f32[24] @ models/moco_pass.yaml:76:7
%7918 = mul %7891, %7917 : f32[24] @ models/moco_pass.yaml:76:7
%7919 = add %7918, %7914 : f32[24] @ models/moco_pass.yaml:76:7
%7920 = cast %7894 : f64[] @ models/moco_pass.yaml:76:7
%7921 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7922 = pow %7921, %7920 : f64[] @ models/moco_pass.yaml:76:7
%7923 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7924 = sub %7923, %7922 : f64[] @ models/moco_pass.yaml:76:7
%7925 = div %1943, %7924 : f64[] @ models/moco_pass.yaml:76:7
%7926 = cast %7894 : f64[] @ models/moco_pass.yaml:76:7
%7927 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7928 = pow %7927, %7926 : f64[] @ models/moco_pass.yaml:76:7
%7929 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7930 = sub %7929, %7928 : f64[] @ models/moco_pass.yaml:76:7
%7931 = sqrt %7930 : f64[] @ models/moco_pass.yaml:76:7
%7932 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7933 = div %7932, %7931 : f64[] @ models/moco_pass.yaml:76:7
%7934 = sqrt %7919 : f32[24] @ models/moco_pass.yaml:76:7
%7935 = cast %7933 : f32[] @ models/moco_pass.yaml:76:7
%7936 = broadcast %7935 : f32[24] @ models/moco_pass.yaml:76:7
%7937 = mul %7934, %7936 : f32[24] @ models/moco_pass.yaml:76:7
%7938 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%7939 = cast %7938 : f32[] @ models/moco_pass.yaml:76:7
%7940 = broadcast %7939 : f32[24] @ models/moco_pass.yaml:76:7
%7941 = add %7937, %7940 : f32[24] @ models/moco_pass.yaml:76:7
%7942 = div %7909, %7941 : f32[24] @ models/moco_pass.yaml:76:7
%7943 = cast %7925 : f32[] @ models/moco_pass.yaml:76:7
%7944 = broadcast %7943 : f32[24] @ models/moco_pass.yaml:76:7
%7945 = mul %7942, %7944 : f32[24] @ models/moco_pass.yaml:76:7
%7946 = sub %7900, %7945 : f32[24] @ models/moco_pass.yaml:76:7
%7947 = assign %76, %7946 : f32[24] @ models/moco_pass.yaml:76:7
%7948 = assign %7890, %7909 : f32[24] @ models/moco_pass.yaml:76:7
%7949 = assign %7891, %7919 : f32[24] @ models/moco_pass.yaml:76:7
%7950 = assign %7892, %7894 : i64[] @ models/moco_pass.yaml:76:7
%7951 = cast %1945 : f32[] @ models/moco_pass.yaml:76:7
%7952 = broadcast %7951 : f32[24] @ models/moco_pass.yaml:76:7
%7953 = mul %160, %7952 : f32[24] @ models/moco_pass.yaml:76:7
%7954 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7955 = sub %7954, %1945 : f64[] @ models/moco_pass.yaml:76:7
%7956 = cast %7955 : f32[] @ models/moco_pass.yaml:76:7
%7957 = broadcast %7956 : f32[24] @ models/moco_pass.yaml:76:7
%7958 = mul %7946, %7957 : f32[24] @ models/moco_pass.yaml:76:7
%7959 = add %7953, %7958 : f32[24] @ models/moco_pass.yaml:76:7
%7960 = assign %160, %7959 : f32[24] @ models/moco_pass.yaml:76:7
%7961 = all_reduce_sum %2326 : f32[8,24] @ models/lib/nn.yaml:79:7
%7962 = state name="adam_m.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7963 = state name="adam_v.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7964 = state name="adam_t.predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7965 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7966 = add %7964, %7965 : i64[] @ models/lib/nn.yaml:79:7
%7967 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%7968 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7969 = sub %7968, %7967 : f64[] @ models/lib/nn.yaml:79:7
%7970 = cast %7969 : f32[] @ models/lib/nn.yaml:79:7
%7971 = broadcast %7970 : f32[8,24] @ models/lib/nn.yaml:79:7
%7972 = mul %77, %7971 : f32[8,24] @ models/lib/nn.yaml:79:7
%7973 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7974 = cast %7973 : f32[] @ models/lib/nn.yaml:79:7
%7975 = broadcast %7974 : f32[8,24] @ models/lib/nn.yaml:79:7
%7976 = mul %7961, %7975 : f32[8,24] @ models/lib/nn.yaml:79:7
%7977 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7978 = cast %7977 : f32[] @ models/lib/nn.yaml:79:7
%7979 = broadcast %7978 : f32[8,24] @ models/lib/nn.yaml:79:7
%7980 = mul %7962, %7979 : f32[8,24] @ models/lib/nn.yaml:79:7
%7981 = add %7980, %7976 : f32[8,24] @ models/lib/nn.yaml:79:7
%7982 = mul %7961, %7961 : f32[8,24] @ models/lib/nn.yaml:79:7
%7983 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7984 = cast %7983 : f32[] @ models/lib/nn.yaml:79:7
%7985 = broadcast %7984 : f32[8,24] @ models/lib/nn.yaml:79:7
%7986 = mul %7982, %7985 : f32[8,24] @ models/lib/nn.yaml:79:7
%7987 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7988 = cast %7987 : f32[] @ models/lib/nn.yaml:79:7
%7989 = broadcast %7988 : f32[8,24] @ models/lib/nn.yaml:79:7
%7990 = mul %7963, %7989 : f32[8,24] @ models/lib/nn.yaml:79:7
%7991 = add %7990, %7986 : f32[8,24] @ models/lib/nn.yaml:79:7
%7992 = cast %7966 : f64[] @ models/lib/nn.yaml:79:7
%7993 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7994 = pow %7993, %7992 : f64[] @ models/lib/nn.yaml:79:7
%7995 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7996 = sub %7995, %7994 : f64[] @ models/lib/nn.yaml:79:7
%7997 = div %1943, %7996 : f64[] @ models/lib/nn.yaml:79:7
%7998 = cast %7966 : f64[] @ models/lib/nn.yaml:79:7
%7999 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8000 = pow %7999, %7998 : f64[] @ models/lib/nn.yaml:79:7
%8001 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8002 = sub %8001, %8000 : f64[] @ models/lib/nn.yaml:79:7
%8003 = sqrt %8002 : f64[] @ models/lib/nn.yaml:79:7
%8004 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8005 = div %8004, %8003 : f64[] @ models/lib/nn.yaml:79:7
%8006 = sqrt %7991 : f32[8,24] @ models/lib/nn.yaml:79:7
%8007 = cast %8005 : f32[] @ models/lib/nn.yaml:79:7
%8008 = broadcast %8007 : f32[8,24] @ models/lib/nn.yaml:79:7
%8009 = mul %8006, %8008 : f32[8,24] @ models/lib/nn.yaml:79:7
%8010 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8011 = cast %8010 : f32[] @ models/lib/nn.yaml:79:7
%8012 = broadcast %8011 : f32[8,24] @ models/lib/nn.yaml:79:7
%8013 = add %8009, %8012 : f32[8,24] @ models/lib/nn.yaml:79:7
%8014 = div %7981, %8013 : f32[8,24] @ models/lib/nn.yaml:79:7
%8015 = cast %7997 : f32[] @ models/lib/nn.yaml:79:7
%8016 = broadcast %8015 : f32[8,24] @ models/lib/nn.yaml:79:7
%8017 = mul %8014, %8016 : f32[8,24] @ models/lib/nn.yaml:79:7
%8018 = sub %7972, %8017 : f32[8,24] @ models/lib/nn.yaml:79:7
%8019 = assign %77, %8018 : f32[8,24] @ models/lib/nn.yaml:79:7
%8020 = assign %7962, %7981 : f32[8,24] @ models/lib/nn.yaml:79:7
%8021 = assign %7963, %7991 : f32[8,24] @ models/lib/nn.yaml:79:7
%8022 = assign %7964, %7966 : i64[] @ models/lib/nn.yaml:79:7
%8023 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%8024 = broadcast %8023 : f32[8,24] @ models/lib/nn.yaml:79:7
%8025 = mul %161, %8024 : f32[8,24] @ models/lib/nn.yaml:79:7
%8026 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8027 = sub %8026, %1945 : f64[] @ models/lib/nn.yaml:79:7
%8028 = cast %8027 : f32[] @ models/lib/nn.yaml:79:7
%8029 = broadcast %8028 : f32[8,24] @ models/lib/nn.yaml:79:7
%8030 = mul %8018, %8029 : f32[8,24] @ models/lib/nn.yaml:79:7
%8031 = add %8025, %8030 : f32[8,24] @ models/lib/nn.yaml:79:7
%8032 = assign %161, %8031 : f32[8,24] @ models/lib/nn.yaml:79:7
%8033 = all_reduce_sum %2296 : f32[12,16] @ models/lib/nn.yaml:79:7
%8034 = state name="adam_m.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%8035 = state name="adam_v.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%8036 = state name="adam_t.patch_projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8037 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8038 = add %8036, %8037 : i64[] @ models/lib/nn.yaml:79:7
%8039 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%8040 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8041 = sub %8040, %8039 : f64[] @ models/lib/nn.yaml:79:7
%8042 = cast %8041 : f32[] @ models/lib/nn.yaml:79:7
%8043 = broadcast %8042 : f32[12,16] @ models/lib/nn.yaml:79:7
%8044 = mul %78, %8043 : f32[12,16] @ models/lib/nn.yaml:79:7
%8045 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8046 = cast %8045 : f32[] @ models/lib/nn.yaml:79:7
%8047 = broadcast %8046 : f32[12,16] @ models/lib/nn.yaml:79:7
%8048 = mul %8033, %8047 : f32[12,16] @ models/lib/nn.yaml:79:7
%8049 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8050 = cast %8049 : f32[] @ models/lib/nn.yaml:79:7
%8051 = broadcast %8050 : f32[12,16] @ models/lib/nn.yaml:79:7
%8052 = mul %8034, %8051 : f32[12,16] @ models/lib/nn.yaml:79:7
%8053 = add %8052, %8048 : f32[12,16] @ models/lib/nn.yaml:79:7
%8054 = mul %8033, %8033 : f32[12,16] @ models/lib/nn.yaml:79:7
%8055 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8056 = cast %8055 : f32[] @ models/lib/nn.yaml:79:7
%8057 = broadcast %8056 : f32[12,16] @ models/lib/nn.yaml:79:7
%8058 = mul %8054, %8057 : f32[12,16] @ models/lib/nn.yaml:79:7
%8059 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8060 = cast %8059 : f32[] @ models/lib/nn.yaml:79:7
%8061 = broadcast %8060 : f32[12,16] @ models/lib/nn.yaml:79:7
%8062 = mul %8035, %8061 : f32[12,16] @ models/lib/nn.yaml:79:7
%8063 = add %8062, %8058 : f32[12,16] @ models/lib/nn.yaml:79:7
%8064 = cast %8038 : f64[] @ models/lib/nn.yaml:79:7
%8065 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8066 = pow %8065, %8064 : f64[] @ models/lib/nn.yaml:79:7
%8067 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8068 = sub %8067, %8066 : f64[] @ models/lib/nn.yaml:79:7
%8069 = div %1943, %8068 : f64[] @ models/lib/nn.yaml:79:7
%8070 = cast %8038 : f64[] @ models/lib/nn.yaml:79:7
%8071 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8072 = pow %8071, %8070 : f64[] @ models/lib/nn.yaml:79:7
%8073 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8074 = sub %8073, %8072 : f64[] @ models/lib/nn.yaml:79:7
%8075 = sqrt %8074 : f64[] @ models/lib/nn.yaml:79:7
%8076 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8077 = div %8076, %8075 : f64[] @ models/lib/nn.yaml:79:7
%8078 = sqrt %8063 : f32[12,16] @ models/lib/nn.yaml:79:7
%8079 = cast %8077 : f32[] @ models/lib/nn.yaml:79:7
%8080 = broadcast %8079 : f32[12,16] @ models/lib/nn.yaml:79:7
%8081 = mul %8078, %8080 : f32[12,16] @ models/lib/nn.yaml:79:7
%8082 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8083 = cast %8082 : f32[] @ models/lib/nn.yaml:79:7
%8084 = broadcast %8083 : f32[12,16] @ models/lib/nn.yaml:79:7
%8085 = add %8081, %8084 : f32[12,16] @ models/lib/nn.yaml:79:7
%8086 = div %8053, %8085 : f32[12,16] @ models/lib/nn.yaml:79:7
%8087 = cast %8069 : f32[] @ models/lib/nn.yaml:79:7
%8088 = broadcast %8087 : f32[12,16] @ models/lib/nn.yaml:79:7
%8089 = mul %8086, %8088 : f32[12,16] @ models/lib/nn.yaml:79:7
%8090 = sub %8044, %8089 : f32[12,16] @ models/lib/nn.yaml:79:7
%8091 = assign %78, %8090 : f32[12,16] @ models/lib/nn.yaml:79:7
%8092 = assign %8034, %8053 : f32[12,16] @ models/lib/nn.yaml:79:7
%8093 = assign %8035, %8063 : f32[12,16] @ models/lib/nn.yaml:79:7
%8094 = assign %8036, %8038 : i64[] @ models/lib/nn.yaml:79:7
%8095 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%8096 = broadcast %8095 : f32[12,16] @ models/lib/nn.yaml:79:7
%8097 = mul %162, %8096 : f32[12,16] @ models/lib/nn.yaml:79:7
%8098 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8099 = sub %8098, %1945 : f64[] @ models/lib/nn.yaml:79:7
%8100 = cast %8099 : f32[] @ models/lib/nn.yaml:79:7
%8101 = broadcast %8100 : f32[12,16] @ models/lib/nn.yaml:79:7
%8102 = mul %8090, %8101 : f32[12,16] @ models/lib/nn.yaml:79:7
%8103 = add %8097, %8102 : f32[12,16] @ models/lib/nn.yaml:79:7
%8104 = assign %162, %8103 : f32[12,16] @ models/lib/nn.yaml:79:7
%8105 = all_reduce_sum %2268 : f32[12] @ models/moco_pass.yaml:75:7
%8106 = state name="adam_m.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8107 = state name="adam_v.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8108 = state name="adam_t.patch_projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%8109 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%8110 = add %8108, %8109 : i64[] @ models/moco_pass.yaml:75:7
%8111 = mul %1943, %1944 : f64[] @ models/moco_pass.yaml:75:7
%8112 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8113 = sub %8112, %8111 : f64[] @ models/moco_pass.yaml:75:7
%8114 = cast %8113 : f32[] @ models/moco_pass.yaml:75:7
%8115 = broadcast %8114 : f32[12] @ models/moco_pass.yaml:75:7
%8116 = mul %79, %8115 : f32[12] @ models/moco_pass.yaml:75:7
%8117 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%8118 = cast %8117 : f32[] @ models/moco_pass.yaml:75:7
%8119 = broadcast %8118 : f32[12] @ models/moco_pass.yaml:75:7
%8120 = mul %8105, %8119 : f32[12] @ models/moco_pass.yaml:75:7
%8121 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8122 = cast %8121 : f32[] @ models/moco_pass.yaml:75:7
%8123 = broadcast %8122 : f32[12] @ models/moco_pass.yaml:75:7
%8124 = mul %8106, %8123 : f32[12] @ models/moco_pass.yaml:75:7
%8125 = add %8124, %8120 : f32[12] @ models/moco_pass.yaml:75:7
%8126 = mul %8105, %8105 : f32[12] @ models/moco_pass.yaml:75:7
%8127 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%8128 = cast %8127 : f32[] @ models/moco_pass.yaml:75:7
%8129 = broadcast %8128 : f32[12] @ models/moco_pass.yaml:75:7
%8130 = mul %8126, %8129 : f32[12] @ models/moco_pass.yaml:75:7
%8131 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8132 = cast %8131 : f32[] @ models/moco_pass.yaml:75:7
%8133 = broadcast %8132 : f32[12] @ models/moco_pass.yaml:75:7
%8134 = mul %8107, %8133 : f32[12] @ models/moco_pass.yaml:75:7
%8135 = add %8134, %8130 : f32[12] @ models/moco_pass.yaml:75:7
%8136 = cast %8110 : f64[] @ models/moco_pass.yaml:75:7
%8137 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8138 = pow %8137, %8136 : f64[] @ models/moco_pass.yaml:75:7
%8139 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8140 = sub %8139, %8138 : f64[] @ models/moco_pass.yaml:75:7
%8141 = div %1943, %8140 : f64[] @ models/moco_pass.yaml:75:7
%8142 = cast %8110 : f64[] @ models/moco_pass.yaml:75:7
%8143 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8144 = pow %8143, %8142 : f64[] @ models/moco_pass.yaml:75:7
%8145 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8146 = sub %8145, %8144 : f64[] @ models/moco_pass.yaml:75:7
%8147 = sqrt %8146 : f64[] @ models/moco_pass.yaml:75:7
%8148 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8149 = div %8148, %8147 : f64[] @ models/moco_pass.yaml:75:7
%8150 = sqrt %8135 : f32[12] @ models/moco_pass.yaml:75:7
%8151 = cast %8149 : f32[] @ models/moco_pass.yaml:75:7
%8152 = broadcast %8151 : f32[12] @ models/moco_pass.yaml:75:7
%8153 = mul %8150, %8152 : f32[12] @ models/moco_pass.yaml:75:7
%8154 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%8155 = cast %8154 : f32[] @ models/moco_pass.yaml:75:7
%8156 = broadcast %8155 : f32[12] @ models/moco_pass.yaml:75:7
%8157 = add %8153, %8156 : f32[12] @ models/moco_pass.yaml:75:7
%8158 = div %8125, %8157 : f32[12] @ models/moco_pass.yaml:75:7
%8159 = cast %8141 : f32[] @ models/moco_pass.yaml:75:7
%8160 = broadcast %8159 : f32[12] @ models/moco_pass.yaml:75:7
%8161 = mul %8158, %8160 : f32[12] @ models/moco_pass.yaml:75:7
%8162 = sub %8116, %8161 : f32[12] @ models/moco_pass.yaml:75:7
%8163 = assign %79, %8162 : f32[12] @ models/moco_pass.yaml:75:7
%8164 = assign %8106, %8125 : f32[12] @ models/moco_pass.yaml:75:7
%8165 = assign %8107, %8135 : f32[12] @ models/moco_pass.yaml:75:7
%8166 = assign %8108, %8110 : i64[] @ models/moco_pass.yaml:75:7
%8167 = cast %1945 : f32[] @ models/moco_pass.yaml:75:7
%8168 = broadcast %8167 : f32[12] @ models/moco_pass.yaml:75:7
%8169 = mul %163, %8168 : f32[12] @ models/moco_pass.yaml:75:7
%8170 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8171 = sub %8170, %1945 : f64[] @ models/moco_pass.yaml:75:7
%8172 = cast %8171 : f32[] @ models/moco_pass.yaml:75:7
%8173 = broadcast %8172 : f32[12] @ models/moco_pass.yaml:75:7
%8174 = mul %8162, %8173 : f32[12] @ models/moco_pass.yaml:75:7
%8175 = add %8169, %8174 : f32[12] @ models/moco_pass.yaml:75:7
%8176 = assign %163, %8175 : f32[12] @ models/moco_pass.yaml:75:7
%8177 = all_reduce_sum %2264 : f32[12] @ models/moco_pass.yaml:76:7
%8178 = state name="adam_m.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8179 = state name="adam_v.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8180 = state name="adam_t.patch_projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%8181 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%8182 = add %8180, %8181 : i64[] @ models/moco_pass.yaml:76:7
%8183 = mul %1943, %1944 : f64[] @ models/moco_pass.yaml:76:7
%8184 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8185 = sub %8184, %8183 : f64[] @ models/moco_pass.yaml:76:7
%8186 = cast %8185 : f32[] @ models/moco_pass.yaml:76:7
%8187 = broadcast %8186 : f32[12] @ models/moco_pass.yaml:76:7
%8188 = mul %80, %8187 : f32[12] @ models/moco_pass.yaml:76:7
%8189 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%8190 = cast %8189 : f32[] @ models/moco_pass.yaml:76:7
%8191 = broadcast %8190 : f32[12] @ models/moco_pass.yaml:76:7
%8192 = mul %8177, %8191 : f32[12] @ models/moco_pass.yaml:76:7
%8193 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8194 = cast %8193 : f32[] @ models/moco_pass.yaml:76:7
%8195 = broadcast %8194 : f32[12] @ models/moco_pass.yaml:76:7
%8196 = mul %8178, %8195 : f32[12] @ models/moco_pass.yaml:76:7
%8197 = add %8196, %8192 : f32[12] @ models/moco_pass.yaml:76:7
%8198 = mul %8177, %8177 : f32[12] @ models/moco_pass.yaml:76:7
%8199 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%8200 = cast %8199 : f32[] @ models/moco_pass.yaml:76:7
%8201 = broadcast %8200 : f32[12] @ models/moco_pass.yaml:76:7
%8202 = mul %8198, %8201 : f32[12] @ models/moco_pass.yaml:76:7
%8203 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8204 = cast %8203 : f32[] @ models/moco_pass.yaml:76:7
%8205 = broadcast %8204 : f32[12] @ models/moco_pass.yaml:76:7
%8206 = mul %8179, %8205 : f32[12] @ models/moco_pass.yaml:76:7
%8207 = add %8206, %8202 : f32[12] @ models/moco_pass.yaml:76:7
%8208 = cast %8182 : f64[] @ models/moco_pass.yaml:76:7
%8209 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8210 = pow %8209, %8208 : f64[] @ models/moco_pass.yaml:76:7
%8211 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8212 = sub %8211, %8210 : f64[] @ models/moco_pass.yaml:76:7
%8213 = div %1943, %8212 : f64[] @ models/moco_pass.yaml:76:7
%8214 = cast %8182 : f64[] @ models/moco_pass.yaml:76:7
%8215 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8216 = pow %8215, %8214 : f64[] @ models/moco_pass.yaml:76:7
%8217 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8218 = sub %8217, %8216 : f64[] @ models/moco_pass.yaml:76:7
%8219 = sqrt %8218 : f64[] @ models/moco_pass.yaml:76:7
%8220 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8221 = div %8220, %8219 : f64[] @ models/moco_pass.yaml:76:7
%8222 = sqrt %8207 : f32[12] @ models/moco_pass.yaml:76:7
%8223 = cast %8221 : f32[] @ models/moco_pass.yaml:76:7
%8224 = broadcast %8223 : f32[12] @ models/moco_pass.yaml:76:7
%8225 = mul %8222, %8224 : f32[12] @ models/moco_pass.yaml:76:7
%8226 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%8227 = cast %8226 : f32[] @ models/moco_pass.yaml:76:7
%8228 = broadcast %8227 : f32[12] @ models/moco_pass.yaml:76:7
%8229 = add %8225, %8228 : f32[12] @ models/moco_pass.yaml:76:7
%8230 = div %8197, %8229 : f32[12] @ models/moco_pass.yaml:76:7
%8231 = cast %8213 : f32[] @ models/moco_pass.yaml:76:7
%8232 = broadcast %8231 : f32[12] @ models/moco_pass.yaml:76:7
%8233 = mul %8230, %8232 : f32[12] @ models/moco_pass.yaml:76:7
%8234 = sub %8188, %8233 : f32[12] @ models/moco_pass.yaml:76:7
%8235 = assign %80, %8234 : f32[12] @ models/moco_pass.yaml:76:7
%8236 = assign %8178, %8197 : f32[12] @ models/moco_pass.yaml:76:7
%8237 = assign %8179, %8207 : f32[12] @ models/moco_pass.yaml:76:7
%8238 = assign %8180, %8182 : i64[] @ models/moco_pass.yaml:76:7
%8239 = cast %1945 : f32[] @ models/moco_pass.yaml:76:7
%8240 = broadcast %8239 : f32[12] @ models/moco_pass.yaml:76:7
%8241 = mul %164, %8240 : f32[12] @ models/moco_pass.yaml:76:7
%8242 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8243 = sub %8242, %1945 : f64[] @ models/moco_pass.yaml:76:7
%8244 = cast %8243 : f32[] @ models/moco_pass.yaml:76:7
%8245 = broadcast %8244 : f32[12] @ models/moco_pass.yaml:76:7
%8246 = mul %8234, %8245 : f32[12] @ models/moco_pass.yaml:76:7
%8247 = add %8241, %8246 : f32[12] @ models/moco_pass.yaml:76:7
%8248 = assign %164, %8247 : f32[12] @ models/moco_pass.yaml:76:7
%8249 = all_reduce_sum %2253 : f32[12,12] @ models/lib/nn.yaml:79:7
%8250 = state name="adam_m.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%8251 = state name="adam_v.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%8252 = state name="adam_t.patch_projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8253 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8254 = add %8252, %8253 : i64[] @ models/lib/nn.yaml:79:7
%8255 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%8256 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8257 = sub %8256, %8255 : f64[] @ models/lib/nn.yaml:79:7
%8258 = cast %8257 : f32[] @ models/lib/nn.yaml:79:7
%8259 = broadcast %8258 : f32[12,12] @ models/lib/nn.yaml:79:7
%8260 = mul %81, %8259 : f32[12,12] @ models/lib/nn.yaml:79:7
%8261 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8262 = cast %8261 : f32[] @ models/lib/nn.yaml:79:7
%8263 = broadcast %8262 : f32[12,12] @ models/lib/nn.yaml:79:7
%8264 = mul %8249, %8263 : f32[12,12] @ models/lib/nn.yaml:79:7
%8265 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8266 = cast %8265 : f32[] @ models/lib/nn.yaml:79:7
%8267 = broadcast %8266 : f32[12,12] @ models/lib/nn.yaml:79:7
%8268 = mul %8250, %8267 : f32[12,12] @ models/lib/nn.yaml:79:7
%8269 = add %8268, %8264 : f32[12,12] @ models/lib/nn.yaml:79:7
%8270 = mul %8249, %8249 : f32[12,12] @ models/lib/nn.yaml:79:7
%8271 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8272 = cast %8271 : f32[] @ models/lib/nn.yaml:79:7
%8273 = broadcast %8272 : f32[12,12] @ models/lib/nn.yaml:79:7
%8274 = mul %8270, %8273 : f32[12,12] @ models/lib/nn.yaml:79:7
%8275 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8276 = cast %8275 : f32[] @ models/lib/nn.yaml:79:7
%8277 = broadcast %8276 : f32[12,12] @ models/lib/nn.yaml:79:7
%8278 = mul %8251, %8277 : f32[12,12] @ models/lib/nn.yaml:79:7
%8279 = add %8278, %8274 : f32[12,12] @ models/lib/nn.yaml:79:7
%8280 = cast %8254 : f64[] @ models/lib/nn.yaml:79:7
%8281 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8282 = pow %8281, %8280 : f64[] @ models/lib/nn.yaml:79:7
%8283 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8284 = sub %8283, %8282 : f64[] @ models/lib/nn.yaml:79:7
%8285 = div %1943, %8284 : f64[] @ models/lib/nn.yaml:79:7
%8286 = cast %8254 : f64[] @ models/lib/nn.yaml:79:7
%8287 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8288 = pow %8287, %8286 : f64[] @ models/lib/nn.yaml:79:7
%8289 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8290 = sub %8289, %8288 : f64[] @ models/lib/nn.yaml:79:7
%8291 = sqrt %8290 : f64[] @ models/lib/nn.yaml:79:7
%8292 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8293 = div %8292, %8291 : f64[] @ models/lib/nn.yaml:79:7
%8294 = sqrt %8279 : f32[12,12] @ models/lib/nn.yaml:79:7
%8295 = cast %8293 : f32[] @ models/lib/nn.yaml:79:7
%8296 = broadcast %8295 : f32[12,12] @ models/lib/nn.yaml:79:7
%8297 = mul %8294, %8296 : f32[12,12] @ models/lib/nn.yaml:79:7
%8298 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8299 = cast %8298 : f32[] @ models/lib/nn.yaml:79:7
%8300 = broadcast %8299 : f32[12,12] @ models/lib/nn.yaml:79:7
%8301 = add %8297, %8300 : f32[12,12] @ models/lib/nn.yaml:79:7
%8302 = div %8269, %8301 : f32[12,12] @ models/lib/nn.yaml:79:7
%8303 = cast %8285 : f32[] @ models/lib/nn.yaml:79:7
%8304 = broadcast %8303 : f32[12,12] @ models/lib/nn.yaml:79:7
%8305 = mul %8302, %8304 : f32[12,12] @ models/lib/nn.yaml:79:7
%8306 = sub %8260, %8305 : f32[12,12] @ models/lib/nn.yaml:79:7
%8307 = assign %81, %8306 : f32[12,12] @ models/lib/nn.yaml:79:7
%8308 = assign %8250, %8269 : f32[12,12] @ models/lib/nn.yaml:79:7
%8309 = assign %8251, %8279 : f32[12,12] @ models/lib/nn.yaml:79:7
%8310 = assign %8252, %8254 : i64[] @ models/lib/nn.yaml:79:7
%8311 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%8312 = broadcast %8311 : f32[12,12] @ models/lib/nn.yaml:79:7
%8313 = mul %165, %8312 : f32[12,12] @ models/lib/nn.yaml:79:7
%8314 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8315 = sub %8314, %1945 : f64[] @ models/lib/nn.yaml:79:7
%8316 = cast %8315 : f32[] @ models/lib/nn.yaml:79:7
%8317 = broadcast %8316 : f32[12,12] @ models/lib/nn.yaml:79:7
%8318 = mul %8306, %8317 : f32[12,12] @ models/lib/nn.yaml:79:7
%8319 = add %8313, %8318 : f32[12,12] @ models/lib/nn.yaml:79:7
%8320 = assign %165, %8319 : f32[12,12] @ models/lib/nn.yaml:79:7
%8321 = all_reduce_sum %2225 : f32[12] @ models/moco_pass.yaml:75:7
%8322 = state name="adam_m.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8323 = state name="adam_v.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8324 = state name="adam_t.patch_projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%8325 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%8326 = add %8324, %8325 : i64[] @ models/moco_pass.yaml:75:7
%8327 = mul %1943, %1944 : f64[] @ models/moco_pass.yaml:75:7
%8328 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8329 = sub %8328, %8327 : f64[] @ models/moco_pass.yaml:75:7
%8330 = cast %8329 : f32[] @ models/moco_pass.yaml:75:7
%8331 = broadcast %8330 : f32[12] @ models/moco_pass.yaml:75:7
%8332 = mul %82, %8331 : f32[12] @ models/moco_pass.yaml:75:7
%8333 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%8334 = cast %8333 : f32[] @ models/moco_pass.yaml:75:7
%8335 = broadcast %8334 : f32[12] @ models/moco_pass.yaml:75:7
%8336 = mul %8321, %8335 : f32[12] @ models/moco_pass.yaml:75:7
%8337 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8338 = cast %8337 : f32[] @ models/moco_pass.yaml:75:7
%8339 = broadcast %8338 : f32[12] @ models/moco_pass.yaml:75:7
%8340 = mul %8322, %8339 : f32[12] @ models/moco_pass.yaml:75:7
%8341 = add %8340, %8336 : f32[12] @ models/moco_pass.yaml:75:7
%8342 = mul %8321, %8321 : f32[12] @ models/moco_pass.yaml:75:7
%8343 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%8344 = cast %8343 : f32[] @ models/moco_pass.yaml:75:7
%8345 = broadcast %8344 : f32[12] @ models/moco_pass.yaml:75:7
%8346 = mul %8342, %8345 : f32[12] @ models/moco_pass.yaml:75:7
%8347 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8348 = cast %8347 : f32[] @ models/moco_pass.yaml:75:7
%8349 = broadcast %8348 : f32[12] @ models/moco_pass.yaml:75:7
%8350 = mul %8323, %8349 : f32[12] @ models/moco_pass.yaml:75:7
%8351 = add %8350, %8346 : f32[12] @ models/moco_pass.yaml:75:7
%8352 = cast %8326 : f64[] @ models/moco_pass.yaml:75:7
%8353 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8354 = pow %8353, %8352 : f64[] @ models/moco_pass.yaml:75:7
%8355 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8356 = sub %8355, %8354 : f64[] @ models/moco_pass.yaml:75:7
%8357 = div %1943, %8356 : f64[] @ models/moco_pass.yaml:75:7
%8358 = cast %8326 : f64[] @ models/moco_pass.yaml:75:7
%8359 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8360 = pow %8359, %8358 : f64[] @ models/moco_pass.yaml:75:7
%8361 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8362 = sub %8361, %8360 : f64[] @ models/moco_pass.yaml:75:7
%8363 = sqrt %8362 : f64[] @ models/moco_pass.yaml:75:7
%8364 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8365 = div %8364, %8363 : f64[] @ models/moco_pass.yaml:75:7
%8366 = sqrt %8351 : f32[12] @ models/moco_pass.yaml:75:7
%8367 = cast %8365 : f32[] @ models/moco_pass.yaml:75:7
%8368 = broadcast %8367 : f32[12] @ models/moco_pass.yaml:75:7
%8369 = mul %8366, %8368 : f32[12] @ models/moco_pass.yaml:75:7
%8370 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%8371 = cast %8370 : f32[] @ models/moco_pass.yaml:75:7
%8372 = broadcast %8371 : f32[12] @ models/moco_pass.yaml:75:7
%8373 = add %8369, %8372 : f32[12] @ models/moco_pass.yaml:75:7
%8374 = div %8341, %8373 : f32[12] @ models/moco_pass.yaml:75:7
%8375 = cast %8357 : f32[] @ models/moco_pass.yaml:75:7
%8376 = broadcast %8375 : f32[12] @ models/moco_pass.yaml:75:7
%8377 = mul %8374, %8376 : f32[12] @ models/moco_pass.yaml:75:7
%8378 = sub %8332, %8377 : f32[12] @ models/moco_pass.yaml:75:7
%8379 = assign %82, %8378 : f32[12] @ models/moco_pass.yaml:75:7
%8380 = assign %8322, %8341 : f32[12] @ models/moco_pass.yaml:75:7
%8381 = assign %8323, %8351 : f32[12] @ models/moco_pass.yaml:75:7
%8382 = assign %8324, %8326 : i64[] @ models/moco_pass.yaml:75:7
%8383 = cast %1945 : f32[] @ models/moco_pass.yaml:75:7
%8384 = broadcast %8383 : f32[12] @ models/moco_pass.yaml:75:7
%8385 = mul %166, %8384 : f32[12] @ models/moco_pass.yaml:75:7
%8386 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8387 = sub %8386, %1945 : f64[] @ models/moco_pass.yaml:75:7
%8388 = cast %8387 : f32[] @ models/moco_pass.yaml:75:7
%8389 = broadcast %8388 : f32[12] @ models/moco_pass.yaml:75:7
%8390 = mul %8378, %8389 : f32[12] @ models/moco_pass.yaml:75:7
%8391 = add %8385, %8390 : f32[12] @ models/moco_pass.yaml:75:7
%8392 = assign %166, %8391 : f32[12] @ models/moco_pass.yaml:75:7
%8393 = all_reduce_sum %2221 : f32[12] @ models/moco_pass.yaml:76:7
%8394 = state name="adam_m.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8395 = state name="adam_v.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8396 = state name="adam_t.patch_projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%8397 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%8398 = add %8396, %8397 : i64[] @ models/moco_pass.yaml:76:7
%8399 = mul %1943, %1944 : f64[] @ models/moco_pass.yaml:76:7
%8400 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8401 = sub %8400, %8399 : f64[] @ models/moco_pass.yaml:76:7
%8402 = cast %8401 : f32[] @ models/moco_pass.yaml:76:7
%8403 = broadcast %8402 : f32[12] @ models/moco_pass.yaml:76:7
%8404 = mul %83, %8403 : f32[12] @ models/moco_pass.yaml:76:7
%8405 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%8406 = cast %8405 : f32[] @ models/moco_pass.yaml:76:7
%8407 = broadcast %8406 : f32[12] @ models/moco_pass.yaml:76:7
%8408 = mul %8393, %8407 : f32[12] @ models/moco_pass.yaml:76:7
%8409 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8410 = cast %8409 : f32[] @ models/moco_pass.yaml:76:7
%8411 = broadcast %8410 : f32[12] @ models/moco_pass.yaml:76:7
%8412 = mul %8394, %8411 : f32[12] @ models/moco_pass.yaml:76:7
%8413 = add %8412, %8408 : f32[12] @ models/moco_pass.yaml:76:7
%8414 = mul %8393, %8393 : f32[12] @ models/moco_pass.yaml:76:7
%8415 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%8416 = cast %8415 : f32[] @ models/moco_pass.yaml:76:7
%8417 = broadcast %8416 : f32[12] @ models/moco_pass.yaml:76:7
%8418 = mul %8414, %8417 : f32[12] @ models/moco_pass.yaml:76:7
%8419 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8420 = cast %8419 : f32[] @ models/moco_pass.yaml:76:7
%8421 = broadcast %8420 : f32[12] @ models/moco_pass.yaml:76:7
%8422 = mul %8395, %8421 : f32[12] @ models/moco_pass.yaml:76:7
%8423 = add %8422, %8418 : f32[12] @ models/moco_pass.yaml:76:7
%8424 = cast %8398 : f64[] @ models/moco_pass.yaml:76:7
%8425 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8426 = pow %8425, %8424 : f64[] @ models/moco_pass.yaml:76:7
%8427 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8428 = sub %8427, %8426 : f64[] @ models/moco_pass.yaml:76:7
%8429 = div %1943, %8428 : f64[] @ models/moco_pass.yaml:76:7
%8430 = cast %8398 : f64[] @ models/moco_pass.yaml:76:7
%8431 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8432 = pow %8431, %8430 : f64[] @ models/moco_pass.yaml:76:7
%8433 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8434 = sub %8433, %8432 : f64[] @ models/moco_pass.yaml:76:7
%8435 = sqrt %8434 : f64[] @ models/moco_pass.yaml:76:7
%8436 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8437 = div %8436, %8435 : f64[] @ models/moco_pass.yaml:76:7
%8438 = sqrt %8423 : f32[12] @ models/moco_pass.yaml:76:7
%8439 = cast %8437 : f32[] @ models/moco_pass.yaml:76:7
%8440 = broadcast %8439 : f32[12] @ models/moco_pass.yaml:76:7
%8441 = mul %8438, %8440 : f32[12] @ models/moco_pass.yaml:76:7
%8442 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%8443 = cast %8442 : f32[] @ models/moco_pass.yaml:76:7
%8444 = broadcast %8443 : f32[12] @ models/moco_pass.yaml:76:7
%8445 = add %8441, %8444 : f32[12] @ models/moco_pass.yaml:76:7
%8446 = div %8413, %8445 : f32[12] @ models/moco_pass.yaml:76:7
%8447 = cast %8429 : f32[] @ models/moco_pass.yaml:76:7
%8448 = broadcast %8447 : f32[12] @ models/moco_pass.yaml:76:7
%8449 = mul %8446, %8448 : f32[12] @ models/moco_pass.yaml:76:7
%8450 = sub %8404, %8449 : f32[12] @ models/moco_pass.yaml:76:7
%8451 = assign %83, %8450 : f32[12] @ models/moco_pass.yaml:76:7
%8452 = assign %8394, %8413 : f32[12] @ models/moco_pass.yaml:76:7
%8453 = assign %8395, %8423 : f32[12] @ models/moco_pass.yaml:76:7
%8454 = assign %8396, %8398 : i64[] @ models/moco_pass.yaml:76:7
%8455 = cast %1945 : f32[] @ models/moco_pass.yaml:76:7
%8456 = broadcast %8455 : f32[12] @ models/moco_pass.yaml:76:7
%8457 = mul %167, %8456 : f32[12] @ models/moco_pass.yaml:76:7
%8458 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8459 = sub %8458, %1945 : f64[] @ models/moco_pass.yaml:76:7
%8460 = cast %8459 : f32[] @ models/moco_pass.yaml:76:7
%8461 = broadcast %8460 : f32[12] @ models/moco_pass.yaml:76:7
%8462 = mul %8450, %8461 : f32[12] @ models/moco_pass.yaml:76:7
%8463 = add %8457, %8462 : f32[12] @ models/moco_pass.yaml:76:7
%8464 = assign %167, %8463 : f32[12] @ models/moco_pass.yaml:76:7
%8465 = all_reduce_sum %2210 : f32[6,12] @ models/lib/nn.yaml:79:7
%8466 = state name="adam_m.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%8467 = state name="adam_v.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%8468 = state name="adam_t.patch_projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8469 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8470 = add %8468, %8469 : i64[] @ models/lib/nn.yaml:79:7
%8471 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%8472 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8473 = sub %8472, %8471 : f64[] @ models/lib/nn.yaml:79:7
%8474 = cast %8473 : f32[] @ models/lib/nn.yaml:79:7
%8475 = broadcast %8474 : f32[6,12] @ models/lib/nn.yaml:79:7
%8476 = mul %84, %8475 : f32[6,12] @ models/lib/nn.yaml:79:7
%8477 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8478 = cast %8477 : f32[] @ models/lib/nn.yaml:79:7
%8479 = broadcast %8478 : f32[6,12] @ models/lib/nn.yaml:79:7
%8480 = mul %8465, %8479 : f32[6,12] @ models/lib/nn.yaml:79:7
%8481 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8482 = cast %8481 : f32[] @ models/lib/nn.yaml:79:7
%8483 = broadcast %8482 : f32[6,12] @ models/lib/nn.yaml:79:7
%8484 = mul %8466, %8483 : f32[6,12] @ models/lib/nn.yaml:79:7
%8485 = add %8484, %8480 : f32[6,12] @ models/lib/nn.yaml:79:7
%8486 = mul %8465, %8465 : f32[6,12] @ models/lib/nn.yaml:79:7
%8487 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8488 = cast %8487 : f32[] @ models/lib/nn.yaml:79:7
%8489 = broadcast %8488 : f32[6,12] @ models/lib/nn.yaml:79:7
%8490 = mul %8486, %8489 : f32[6,12] @ models/lib/nn.yaml:79:7
%8491 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8492 = cast %8491 : f32[] @ models/lib/nn.yaml:79:7
%8493 = broadcast %8492 : f32[6,12] @ models/lib/nn.yaml:79:7
%8494 = mul %8467, %8493 : f32[6,12] @ models/lib/nn.yaml:79:7
%8495 = add %8494, %8490 : f32[6,12] @ models/lib/nn.yaml:79:7
%8496 = cast %8470 : f64[] @ models/lib/nn.yaml:79:7
%8497 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8498 = pow %8497, %8496 : f64[] @ models/lib/nn.yaml:79:7
%8499 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8500 = sub %8499, %8498 : f64[] @ models/lib/nn.yaml:79:7
%8501 = div %1943, %8500 : f64[] @ models/lib/nn.yaml:79:7
%8502 = cast %8470 : f64[] @ models/lib/nn.yaml:79:7
%8503 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8504 = pow %8503, %8502 : f64[] @ models/lib/nn.yaml:79:7
%8505 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8506 = sub %8505, %8504 : f64[] @ models/lib/nn.yaml:79:7
%8507 = sqrt %8506 : f64[] @ models/lib/nn.yaml:79:7
%8508 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8509 = div %8508, %8507 : f64[] @ models/lib/nn.yaml:79:7
%8510 = sqrt %8495 : f32[6,12] @ models/lib/nn.yaml:79:7
%8511 = cast %8509 : f32[] @ models/lib/nn.yaml:79:7
%8512 = broadcast %8511 : f32[6,12] @ models/lib/nn.yaml:79:7
%8513 = mul %8510, %8512 : f32[6,12] @ models/lib/nn.yaml:79:7
%8514 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8515 = cast %8514 : f32[] @ models/lib/nn.yaml:79:7
%8516 = broadcast %8515 : f32[6,12] @ models/lib/nn.yaml:79:7
%8517 = add %8513, %8516 : f32[6,12] @ models/lib/nn.yaml:79:7
%8518 = div %8485, %8517 : f32[6,12] @ models/lib/nn.yaml:79:7
%8519 = cast %8501 : f32[] @ models/lib/nn.yaml:79:7
%8520 = broadcast %8519 : f32[6,12] @ models/lib/nn.yaml:79:7
%8521 = mul %8518, %8520 : f32[6,12] @ models/lib/nn.yaml:79:7
%8522 = sub %8476, %8521 : f32[6,12] @ models/lib/nn.yaml:79:7
%8523 = assign %84, %8522 : f32[6,12] @ models/lib/nn.yaml:79:7
%8524 = assign %8466, %8485 : f32[6,12] @ models/lib/nn.yaml:79:7
%8525 = assign %8467, %8495 : f32[6,12] @ models/lib/nn.yaml:79:7
%8526 = assign %8468, %8470 : i64[] @ models/lib/nn.yaml:79:7
%8527 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%8528 = broadcast %8527 : f32[6,12] @ models/lib/nn.yaml:79:7
%8529 = mul %168, %8528 : f32[6,12] @ models/lib/nn.yaml:79:7
%8530 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8531 = sub %8530, %1945 : f64[] @ models/lib/nn.yaml:79:7
%8532 = cast %8531 : f32[] @ models/lib/nn.yaml:79:7
%8533 = broadcast %8532 : f32[6,12] @ models/lib/nn.yaml:79:7
%8534 = mul %8522, %8533 : f32[6,12] @ models/lib/nn.yaml:79:7
%8535 = add %8529, %8534 : f32[6,12] @ models/lib/nn.yaml:79:7
%8536 = assign %168, %8535 : f32[6,12] @ models/lib/nn.yaml:79:7
%8537 = all_reduce_sum %2182 : f32[12,6] @ models/lib/nn.yaml:79:7
%8538 = state name="adam_m.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%8539 = state name="adam_v.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%8540 = state name="adam_t.patch_predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8541 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8542 = add %8540, %8541 : i64[] @ models/lib/nn.yaml:79:7
%8543 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%8544 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8545 = sub %8544, %8543 : f64[] @ models/lib/nn.yaml:79:7
%8546 = cast %8545 : f32[] @ models/lib/nn.yaml:79:7
%8547 = broadcast %8546 : f32[12,6] @ models/lib/nn.yaml:79:7
%8548 = mul %85, %8547 : f32[12,6] @ models/lib/nn.yaml:79:7
%8549 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8550 = cast %8549 : f32[] @ models/lib/nn.yaml:79:7
%8551 = broadcast %8550 : f32[12,6] @ models/lib/nn.yaml:79:7
%8552 = mul %8537, %8551 : f32[12,6] @ models/lib/nn.yaml:79:7
%8553 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8554 = cast %8553 : f32[] @ models/lib/nn.yaml:79:7
%8555 = broadcast %8554 : f32[12,6] @ models/lib/nn.yaml:79:7
%8556 = mul %8538, %8555 : f32[12,6] @ models/lib/nn.yaml:79:7
%8557 = add %8556, %8552 : f32[12,6] @ models/lib/nn.yaml:79:7
%8558 = mul %8537, %8537 : f32[12,6] @ models/lib/nn.yaml:79:7
%8559 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8560 = cast %8559 : f32[] @ models/lib/nn.yaml:79:7
%8561 = broadcast %8560 : f32[12,6] @ models/lib/nn.yaml:79:7
%8562 = mul %8558, %8561 : f32[12,6] @ models/lib/nn.yaml:79:7
%8563 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8564 = cast %8563 : f32[] @ models/lib/nn.yaml:79:7
%8565 = broadcast %8564 : f32[12,6] @ models/lib/nn.yaml:79:7
%8566 = mul %8539, %8565 : f32[12,6] @ models/lib/nn.yaml:79:7
%8567 = add %8566, %8562 : f32[12,6] @ models/lib/nn.yaml:79:7
%8568 = cast %8542 : f64[] @ models/lib/nn.yaml:79:7
%8569 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8570 = pow %8569, %8568 : f64[] @ models/lib/nn.yaml:79:7
%8571 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8572 = sub %8571, %8570 : f64[] @ models/lib/nn.yaml:79:7
%8573 = div %1943, %8572 : f64[] @ models/lib/nn.yaml:79:7
%8574 = cast %8542 : f64[] @ models/lib/nn.yaml:79:7
%8575 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8576 = pow %8575, %8574 : f64[] @ models/lib/nn.yaml:79:7
%8577 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8578 = sub %8577, %8576 : f64[] @ models/lib/nn.yaml:79:7
%8579 = sqrt %8578 : f64[] @ models/lib/nn.yaml:79:7
%8580 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8581 = div %8580, %8579 : f64[] @ models/lib/nn.yaml:79:7
%8582 = sqrt %8567 : f32[12,6] @ models/lib/nn.yaml:79:7
%8583 = cast %8581 : f32[] @ models/lib/nn.yaml:79:7
%8584 = broadcast %8583 : f32[12,6] @ models/lib/nn.yaml:79:7
%8585 = mul %8582, %8584 : f32[12,6] @ models/lib/nn.yaml:79:7
%8586 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8587 = cast %8586 : f32[] @ models/lib/nn.yaml:79:7
%8588 = broadcast %8587 : f32[12,6] @ models/lib/nn.yaml:79:7
%8589 = add %8585, %8588 : f32[12,6] @ models/lib/nn.yaml:79:7
%8590 = div %8557, %8589 : f32[12,6] @ models/lib/nn.yaml:79:7
%8591 = cast %8573 : f32[] @ models/lib/nn.yaml:79:7
%8592 = broadcast %8591 : f32[12,6] @ models/lib/nn.yaml:79:7
%8593 = mul %8590, %8592 : f32[12,6] @ models/lib/nn.yaml:79:7
%8594 = sub %8548, %8593 : f32[12,6] @ models/lib/nn.yaml:79:7
%8595 = assign %85, %8594 : f32[12,6] @ models/lib/nn.yaml:79:7
%8596 = assign %8538, %8557 : f32[12,6] @ models/lib/nn.yaml:79:7
%8597 = assign %8539, %8567 : f32[12,6] @ models/lib/nn.yaml:79:7
%8598 = assign %8540, %8542 : i64[] @ models/lib/nn.yaml:79:7
%8599 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%8600 = broadcast %8599 : f32[12,6] @ models/lib/nn.yaml:79:7
%8601 = mul %169, %8600 : f32[12,6] @ models/lib/nn.yaml:79:7
%8602 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8603 = sub %8602, %1945 : f64[] @ models/lib/nn.yaml:79:7
%8604 = cast %8603 : f32[] @ models/lib/nn.yaml:79:7
%8605 = broadcast %8604 : f32[12,6] @ models/lib/nn.yaml:79:7
%8606 = mul %8594, %8605 : f32[12,6] @ models/lib/nn.yaml:79:7
%8607 = add %8601, %8606 : f32[12,6] @ models/lib/nn.yaml:79:7
%8608 = assign %169, %8607 : f32[12,6] @ models/lib/nn.yaml:79:7
%8609 = all_reduce_sum %2154 : f32[12] @ models/moco_pass.yaml:75:7
%8610 = state name="adam_m.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8611 = state name="adam_v.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8612 = state name="adam_t.patch_predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%8613 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%8614 = add %8612, %8613 : i64[] @ models/moco_pass.yaml:75:7
%8615 = mul %1943, %1944 : f64[] @ models/moco_pass.yaml:75:7
%8616 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8617 = sub %8616, %8615 : f64[] @ models/moco_pass.yaml:75:7
%8618 = cast %8617 : f32[] @ models/moco_pass.yaml:75:7
%8619 = broadcast %8618 : f32[12] @ models/moco_pass.yaml:75:7
%8620 = mul %86, %8619 : f32[12] @ models/moco_pass.yaml:75:7
%8621 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%8622 = cast %8621 : f32[] @ models/moco_pass.yaml:75:7
%8623 = broadcast %8622 : f32[12] @ models/moco_pass.yaml:75:7
%8624 = mul %8609, %8623 : f32[12] @ models/moco_pass.yaml:75:7
%8625 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8626 = cast %8625 : f32[] @ models/moco_pass.yaml:75:7
%8627 = broadcast %8626 : f32[12] @ models/moco_pass.yaml:75:7
%8628 = mul %8610, %8627 : f32[12] @ models/moco_pass.yaml:75:7
%8629 = add %8628, %8624 : f32[12] @ models/moco_pass.yaml:75:7
%8630 = mul %8609, %8609 : f32[12] @ models/moco_pass.yaml:75:7
%8631 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%8632 = cast %8631 : f32[] @ models/moco_pass.yaml:75:7
%8633 = broadcast %8632 : f32[12] @ models/moco_pass.yaml:75:7
%8634 = mul %8630, %8633 : f32[12] @ models/moco_pass.yaml:75:7
%8635 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8636 = cast %8635 : f32[] @ models/moco_pass.yaml:75:7
%8637 = broadcast %8636 : f32[12] @ models/moco_pass.yaml:75:7
%8638 = mul %8611, %8637 : f32[12] @ models/moco_pass.yaml:75:7
%8639 = add %8638, %8634 : f32[12] @ models/moco_pass.yaml:75:7
%8640 = cast %8614 : f64[] @ models/moco_pass.yaml:75:7
%8641 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8642 = pow %8641, %8640 : f64[] @ models/moco_pass.yaml:75:7
%8643 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8644 = sub %8643, %8642 : f64[] @ models/moco_pass.yaml:75:7
%8645 = div %1943, %8644 : f64[] @ models/moco_pass.yaml:75:7
%8646 = cast %8614 : f64[] @ models/moco_pass.yaml:75:7
%8647 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8648 = pow %8647, %8646 : f64[] @ models/moco_pass.yaml:75:7
%8649 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8650 = sub %8649, %8648 : f64[] @ models/moco_pass.yaml:75:7
%8651 = sqrt %8650 : f64[] @ models/moco_pass.yaml:75:7
%8652 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8653 = div %8652, %8651 : f64[] @ models/moco_pass.yaml:75:7
%8654 = sqrt %8639 : f32[12] @ models/moco_pass.yaml:75:7
%8655 = cast %8653 : f32[] @ models/moco_pass.yaml:75:7
%8656 = broadcast %8655 : f32[12] @ models/moco_pass.yaml:75:7
%8657 = mul %8654, %8656 : f32[12] @ models/moco_pass.yaml:75:7
%8658 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%8659 = cast %8658 : f32[] @ models/moco_pass.yaml:75:7
%8660 = broadcast %8659 : f32[12] @ models/moco_pass.yaml:75:7
%8661 = add %8657, %8660 : f32[12] @ models/moco_pass.yaml:75:7
%8662 = div %8629, %8661 : f32[12] @ models/moco_pass.yaml:75:7
%8663 = cast %8645 : f32[] @ models/moco_pass.yaml:75:7
%8664 = broadcast %8663 : f32[12] @ models/moco_pass.yaml:75:7
%8665 = mul %8662, %8664 : f32[12] @ models/moco_pass.yaml:75:7
%8666 = sub %8620, %8665 : f32[12] @ models/moco_pass.yaml:75:7
%8667 = assign %86, %8666 : f32[12] @ models/moco_pass.yaml:75:7
%8668 = assign %8610, %8629 : f32[12] @ models/moco_pass.yaml:75:7
%8669 = assign %8611, %8639 : f32[12] @ models/moco_pass.yaml:75:7
%8670 = assign %8612, %8614 : i64[] @ models/moco_pass.yaml:75:7
%8671 = cast %1945 : f32[] @ models/moco_pass.yaml:75:7
%8672 = broadcast %8671 : f32[12] @ models/moco_pass.yaml:75:7
%8673 = mul %170, %8672 : f32[12] @ models/moco_pass.yaml:75:7
%8674 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8675 = sub %8674, %1945 : f64[] @ models/moco_pass.yaml:75:7
%8676 = cast %8675 : f32[] @ models/moco_pass.yaml:75:7
%8677 = broadcast %8676 : f32[12] @ models/moco_pass.yaml:75:7
%8678 = mul %8666, %8677 : f32[12] @ models/moco_pass.yaml:75:7
%8679 = add %8673, %8678 : f32[12] @ models/moco_pass.yaml:75:7
%8680 = assign %170, %8679 : f32[12] @ models/moco_pass.yaml:75:7
%8681 = all_reduce_sum %2150 : f32[12] @ models/moco_pass.yaml:76:7
%8682 = state name="adam_m.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8683 = state name="adam_v.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8684 = state name="adam_t.patch_predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%8685 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%8686 = add %8684, %8685 : i64[] @ models/moco_pass.yaml:76:7
%8687 = mul %1943, %1944 : f64[] @ models/moco_pass.yaml:76:7
%8688 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8689 = sub %8688, %8687 : f64[] @ models/moco_pass.yaml:76:7
%8690 = cast %8689 : f32[] @ models/moco_pass.yaml:76:7
%8691 = broadcast %8690 : f32[12] @ models/moco_pass.yaml:76:7
%8692 = mul %87, %8691 : f32[12] @ models/moco_pass.yaml:76:7
%8693 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%8694 = cast %8693 : f32[] @ models/moco_pass.yaml:76:7
%8695 = broadcast %8694 : f32[12] @ models/moco_pass.yaml:76:7
%8696 = mul %8681, %8695 : f32[12] @ models/moco_pass.yaml:76:7
%8697 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8698 = cast %8697 : f32[] @ models/moco_pass.yaml:76:7
%8699 = broadcast %8698 : f32[12] @ models/moco_pass.yaml:76:7
%8700 = mul %8682, %8699 : f32[12] @ models/moco_pass.yaml:76:7
%8701 = add %8700, %8696 : f32[12] @ models/moco_pass.yaml:76:7
%8702 = mul %8681, %8681 : f32[12] @ models/moco_pass.yaml:76:7
%8703 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%8704 = cast %8703 : f32[] @ models/moco_pass.yaml:76:7
%8705 = broadcast %8704 : f32[12] @ models/moco_pass.yaml:76:7
%8706 = mul %8702, %8705 : f32[12] @ models/moco_pass.yaml:76:7
%8707 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8708 = cast %8707 : f32[] @ models/moco_pass.yaml:76:7
%8709 = broadcast %8708 : f32[12] @ models/moco_pass.yaml:76:7
%8710 = mul %8683, %8709 : f32[12] @ models/moco_pass.yaml:76:7
%8711 = add %8710, %8706 : f32[12] @ models/moco_pass.yaml:76:7
%8712 = cast %8686 : f64[] @ models/moco_pass.yaml:76:7
%8713 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8714 = pow %8713, %8712 : f64[] @ models/moco_pass.yaml:76:7
%8715 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8716 = sub %8715, %8714 : f64[] @ models/moco_pass.yaml:76:7
%8717 = div %1943, %8716 : f64[] @ models/moco_pass.yaml:76:7
%8718 = cast %8686 : f64[] @ models/moco_pass.yaml:76:7
%8719 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8720 = pow %8719, %8718 : f64[] @ models/moco_pass.yaml:76:7
%8721 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8722 = sub %8721, %8720 : f64[] @ models/moco_pass.yaml:76:7
%8723 = sqrt %8722 : f64[] @ models/moco_pass.yaml:76:7
%8724 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8725 = div %8724, %8723 : f64[] @ models/moco_pass.yaml:76:7
%8726 = sqrt %8711 : f32[12] @ models/moco_pass.yaml:76:7
%8727 = cast %8725 : f32[] @ models/moco_pass.yaml:76:7
%8728 = broadcast %8727 : f32[12] @ models/moco_pass.yaml:76:7
%8729 = mul %8726, %8728 : f32[12] @ models/moco_pass.yaml:76:7
%8730 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%8731 = cast %8730 : f32[] @ models/moco_pass.yaml:76:7
%8732 = broadcast %8731 : f32[12] @ models/moco_pass.yaml:76:7
%8733 = add %8729, %8732 : f32[12] @ models/moco_pass.yaml:76:7
%8734 = div %8701, %8733 : f32[12] @ models/moco_pass.yaml:76:7
%8735 = cast %8717 : f32[] @ models/moco_pass.yaml:76:7
%8736 = broadcast %8735 : f32[12] @ models/moco_pass.yaml:76:7
%8737 = mul %8734, %8736 : f32[12] @ models/moco_pass.yaml:76:7
%8738 = sub %8692, %8737 : f32[12] @ models/moco_pass.yaml:76:7
%8739 = assign %87, %8738 : f32[12] @ models/moco_pass.yaml:76:7
%8740 = assign %8682, %8701 : f32[12] @ models/moco_pass.yaml:76:7
%8741 = assign %8683, %8711 : f32[12] @ models/moco_pass.yaml:76:7
%8742 = assign %8684, %8686 : i64[] @ models/moco_pass.yaml:76:7
%8743 = cast %1945 : f32[] @ models/moco_pass.yaml:76:7
%8744 = broadcast %8743 : f32[12] @ models/moco_pass.yaml:76:7
%8745 = mul %171, %8744 : f32[12] @ models/moco_pass.yaml:76:7
%8746 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8747 = sub %8746, %1945 : f64[] @ models/moco_pass.yaml:76:7
%8748 = cast %8747 : f32[] @ models/moco_pass.yaml:76:7
%8749 = broadcast %8748 : f32[12] @ models/moco_pass.yaml:76:7
%8750 = mul %8738, %8749 : f32[12] @ models/moco_pass.yaml:76:7
%8751 = add %8745, %8750 : f32[12] @ models/moco_pass.yaml:76:7
%8752 = assign %171, %8751 : f32[12] @ models/moco_pass.yaml:76:7
%8753 = all_reduce_sum %2139 : f32[6,12] @ models/lib/nn.yaml:79:7
%8754 = state name="adam_m.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%8755 = state name="adam_v.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%8756 = state name="adam_t.patch_predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8757 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8758 = add %8756, %8757 : i64[] @ models/lib/nn.yaml:79:7
%8759 = mul %1943, %1944 : f64[] @ models/lib/nn.yaml:79:7
%8760 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8761 = sub %8760, %8759 : f64[] @ models/lib/nn.yaml:79:7
%8762 = cast %8761 : f32[] @ models/lib/nn.yaml:79:7
%8763 = broadcast %8762 : f32[6,12] @ models/lib/nn.yaml:79:7
%8764 = mul %88, %8763 : f32[6,12] @ models/lib/nn.yaml:79:7
%8765 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8766 = cast %8765 : f32[] @ models/lib/nn.yaml:79:7
%8767 = broadcast %8766 : f32[6,12] @ models/lib/nn.yaml:79:7
%8768 = mul %8753, %8767 : f32[6,12] @ models/lib/nn.yaml:79:7
%8769 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8770 = cast %8769 : f32[] @ models/lib/nn.yaml:79:7
%8771 = broadcast %8770 : f32[6,12] @ models/lib/nn.yaml:79:7
%8772 = mul %8754, %8771 : f32[6,12] @ models/lib/nn.yaml:79:7
%8773 = add %8772, %8768 : f32[6,12] @ models/lib/nn.yaml:79:7
%8774 = mul %8753, %8753 : f32[6,12] @ models/lib/nn.yaml:79:7
%8775 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8776 = cast %8775 : f32[] @ models/lib/nn.yaml:79:7
%8777 = broadcast %8776 : f32[6,12] @ models/lib/nn.yaml:79:7
%8778 = mul %8774, %8777 : f32[6,12] @ models/lib/nn.yaml:79:7
%8779 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8780 = cast %8779 : f32[] @ models/lib/nn.yaml:79:7
%8781 = broadcast %8780 : f32[6,12] @ models/lib/nn.yaml:79:7
%8782 = mul %8755, %8781 : f32[6,12] @ models/lib/nn.yaml:79:7
%8783 = add %8782, %8778 : f32[6,12] @ models/lib/nn.yaml:79:7
%8784 = cast %8758 : f64[] @ models/lib/nn.yaml:79:7
%8785 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8786 = pow %8785, %8784 : f64[] @ models/lib/nn.yaml:79:7
%8787 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8788 = sub %8787, %8786 : f64[] @ models/lib/nn.yaml:79:7
%8789 = div %1943, %8788 : f64[] @ models/lib/nn.yaml:79:7
%8790 = cast %8758 : f64[] @ models/lib/nn.yaml:79:7
%8791 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8792 = pow %8791, %8790 : f64[] @ models/lib/nn.yaml:79:7
%8793 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8794 = sub %8793, %8792 : f64[] @ models/lib/nn.yaml:79:7
%8795 = sqrt %8794 : f64[] @ models/lib/nn.yaml:79:7
%8796 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8797 = div %8796, %8795 : f64[] @ models/lib/nn.yaml:79:7
%8798 = sqrt %8783 : f32[6,12] @ models/lib/nn.yaml:79:7
%8799 = cast %8797 : f32[] @ models/lib/nn.yaml:79:7
%8800 = broadcast %8799 : f32[6,12] @ models/lib/nn.yaml:79:7
%8801 = mul %8798, %8800 : f32[6,12] @ models/lib/nn.yaml:79:7
%8802 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8803 = cast %8802 : f32[] @ models/lib/nn.yaml:79:7
%8804 = broadcast %8803 : f32[6,12] @ models/lib/nn.yaml:79:7
%8805 = add %8801, %8804 : f32[6,12] @ models/lib/nn.yaml:79:7
%8806 = div %8773, %8805 : f32[6,12] @ models/lib/nn.yaml:79:7
%8807 = cast %8789 : f32[] @ models/lib/nn.yaml:79:7
%8808 = broadcast %8807 : f32[6,12] @ models/lib/nn.yaml:79:7
%8809 = mul %8806, %8808 : f32[6,12] @ models/lib/nn.yaml:79:7
%8810 = sub %8764, %8809 : f32[6,12] @ models/lib/nn.yaml:79:7
%8811 = assign %88, %8810 : f32[6,12] @ models/lib/nn.yaml:79:7
%8812 = assign %8754, %8773 : f32[6,12] @ models/lib/nn.yaml:79:7
%8813 = assign %8755, %8783 : f32[6,12] @ models/lib/nn.yaml:79:7
%8814 = assign %8756, %8758 : i64[] @ models/lib/nn.yaml:79:7
%8815 = cast %1945 : f32[] @ models/lib/nn.yaml:79:7
%8816 = broadcast %8815 : f32[6,12] @ models/lib/nn.yaml:79:7
%8817 = mul %172, %8816 : f32[6,12] @ models/lib/nn.yaml:79:7
%8818 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8819 = sub %8818, %1945 : f64[] @ models/lib/nn.yaml:79:7
%8820 = cast %8819 : f32[] @ models/lib/nn.yaml:79:7
%8821 = broadcast %8820 : f32[6,12] @ models/lib/nn.yaml:79:7
%8822 = mul %8810, %8821 : f32[6,12] @ models/lib/nn.yaml:79:7
%8823 = add %8817, %8822 : f32[6,12] @ models/lib/nn.yaml:79:7
%8824 = assign %172, %8823 : f32[6,12] @ models/lib/nn.yaml:79:7
%8825 = const data=[inf] : f32[] @ models/moco_pass.yaml:170:3
%8826 = abs %1941 : f32[] @ models/moco_pass.yaml:170:3
%8827 = lt %8826, %8825 : bool[] @ models/moco_pass.yaml:170:3
%8828 = output %8827 name="finite" : bool[] @ models/moco_pass.yaml:170:3
