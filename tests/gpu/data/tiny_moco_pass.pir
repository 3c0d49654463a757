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
%363 = mul %361, %361 : f32[6,16,16] @ models/lib/nn.yaml:33:35
%364 = reduce_sum %363 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:33:29
%365 = sqrt %364 : f32[6,16,1] @ models/lib/nn.yaml:33:24
%366 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%367 = cast %366 : f32[] @ models/lib/nn.yaml:33:61
%368 = broadcast %367 : f32[6,16,1] @ models/lib/nn.yaml:33:20
%369 = max %365, %368 : f32[6,16,1] @ models/lib/nn.yaml:33:20
%370 = broadcast %369 : f32[6,16,16] @ models/lib/nn.yaml:33:18
%371 = div %361, %370 : f32[6,16,16] @ models/lib/nn.yaml:33:18
%372 = reshape %362 : i32[1,128] @ models/dino_pass.yaml:67:26
%373 = broadcast %372 : i32[6,128] @ models/dino_pass.yaml:67:16
%374 = gather %371, %373 axis=1 : f32[6,128,16] @ models/dino_pass.yaml:68:24
%375 = reshape %374 : f32[6,16,8,16] @ models/dino_pass.yaml:68:16
%376 = reshape %371 : f32[6,16,1,16] @ models/dino_pass.yaml:74:42
%377 = broadcast %376 : f32[6,16,8,16] @ models/dino_pass.yaml:74:40
%378 = mul %375, %377 : f32[6,16,8,16] @ models/dino_pass.yaml:74:40
%379 = reduce_sum %378 axes=[3] keep=0 : f32[6,16,8] @ models/dino_pass.yaml:74:15
%380 = reshape %362 : i32[1,16,8] @ models/dino_pass.yaml:75:27
%381 = broadcast %380 : i32[6,16,8] @ models/dino_pass.yaml:75:17
%382 = topk %379 k=2 : i32[6,16,2] @ models/dino_pass.yaml:76:30
%383 = gather %381, %382 axis=2 : i32[6,16,2] @ models/dino_pass.yaml:76:16
%384 = reshape %383 : i32[6,32] @ models/dino_pass.yaml:82:23
%385 = gather %361, %384 axis=1 : f32[6,32,16] @ models/dino_pass.yaml:82:13
%386 = reshape %385 : f32[6,16,2,16] @ models/dino_pass.yaml:83:16
%387 = reshape %386 : f32[96,2,16] @ models/dino_pass.yaml:88:23
%388 = broadcast %116 : f32[96,1,16] @ models/lib/vit.yaml:116:31
%389 = concat %388, %387 axis=1 : f32[96,3,16] @ models/lib/vit.yaml:95:24
%390 = reduce_sum %389 axes=[2] keep=1 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%391 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%392 = broadcast %391 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%393 = div %390, %392 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%394 = broadcast %393 : f32[96,3,16] @ models/lib/nn.yaml:94:15
%395 = sub %389, %394 : f32[96,3,16] @ models/lib/nn.yaml:94:15
%396 = mul %395, %395 : f32[96,3,16] @ models/lib/nn.yaml:95:22
%397 = reduce_sum %396 axes=[2] keep=1 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%398 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%399 = broadcast %398 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%400 = div %397, %399 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%401 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%402 = broadcast %401 : f32[96,3,1] @ models/lib/nn.yaml:96:30
%403 = add %400, %402 : f32[96,3,1] @ models/lib/nn.yaml:96:30
%404 = rsqrt %403 : f32[96,3,1] @ models/lib/nn.yaml:96:20
%405 = broadcast %404 : f32[96,3,16] @ models/lib/nn.yaml:96:18
%406 = mul %395, %405 : f32[96,3,16] @ models/lib/nn.yaml:96:18
%407 = broadcast %117 : f32[96,3,16] @ models/lib/nn.yaml:96:37
%408 = mul %406, %407 : f32[96,3,16] @ models/lib/nn.yaml:96:37
%409 = broadcast %118 : f32[96,3,16] @ models/lib/nn.yaml:96:46
%410 = add %408, %409 : f32[96,3,16] @ models/lib/nn.yaml:96:46
%411 = slice %410 lo=[0,0,0] hi=[96,1,16] : f32[96,1,16] @ models/lib/vit.yaml:78:33
%412 = matmul %411, %119 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%413 = broadcast %120 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%414 = add %412, %413 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%415 = reshape %414 : f32[96,1,2,8] @ models/lib/vit.yaml:78:22
%416 = permute %415 perm=[0,2,1,3] : f32[96,2,1,8] @ models/lib/vit.yaml:78:14
%417 = matmul %410, %121 ta=0 tb=1 : f32[96,3,16] @ models/lib/nn.yaml:83:15
%418 = broadcast %122 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%419 = add %417, %418 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%420 = reshape %419 : f32[96,3,2,8] @ models/lib/vit.yaml:79:22
%421 = permute %420 perm=[0,2,1,3] : f32[96,2,3,8] @ models/lib/vit.yaml:79:14
%422 = matmul %410, %123 ta=0 tb=1 : f32[96,3,16] @ models/lib/nn.yaml:83:15
%423 = broadcast %124 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%424 = add %422, %423 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%425 = reshape %424 : f32[96,3,2,8] @ models/lib/vit.yaml:80:22
%426 = permute %425 perm=[0,2,1,3] : f32[96,2,3,8] @ models/lib/vit.yaml:80:14
%427 = matmul %416, %421 ta=0 tb=1 : f32[96,2,1,3] @ models/lib/nn.yaml:55:23
%428 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%429 = broadcast %428 : f32[96,2,1,3] @ models/lib/nn.yaml:55:29
%430 = mul %427, %429 : f32[96,2,1,3] @ models/lib/nn.yaml:55:29
%431 = reduce_max %430 axes=[3] keep=1 : f32[96,2,1,1] @ models/lib/nn.yaml:14:35
%432 = stop_gradient %431 : f32[96,2,1,1] @ models/lib/nn.yaml:14:21
%433 = broadcast %432 : f32[96,2,1,3] @ models/lib/nn.yaml:14:19
%434 = sub %430, %433 : f32[96,2,1,3] @ models/lib/nn.yaml:14:19
%435 = exp %434 : f32[96,2,1,3] @ models/lib/nn.yaml:14:13
%436 = reduce_sum %435 axes=[3] keep=1 : f32[96,2,1,1] @ models/lib/nn.yaml:15:20
%437 = broadcast %436 : f32[96,2,1,3] @ models/lib/nn.yaml:15:18
%438 = div %435, %437 : f32[96,2,1,3] @ models/lib/nn.yaml:15:18
%439 = matmul %438, %426 ta=0 tb=0 : f32[96,2,1,8] @ models/lib/nn.yaml:56:23
%440 = permute %439 perm=[0,2,1,3] : f32[96,1,2,8] @ models/lib/nn.yaml:56:13
%441 = reshape %440 : f32[96,1,16] @ models/lib/nn.yaml:57:16
%442 = matmul %441, %125 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%443 = broadcast %126 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%444 = add %442, %443 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%445 = add %388, %444 : f32[96,1,16] @ models/lib/vit.yaml:96:15
%446 = reduce_sum %445 axes=[2] keep=1 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%447 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%448 = broadcast %447 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%449 = div %446, %448 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%450 = broadcast %449 : f32[96,1,16] @ models/lib/nn.yaml:94:15
%451 = sub %445, %450 : f32[96,1,16] @ models/lib/nn.yaml:94:15
%452 = mul %451, %451 : f32[96,1,16] @ models/lib/nn.yaml:95:22
%453 = reduce_sum %452 axes=[2] keep=1 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%454 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%455 = broadcast %454 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%456 = div %453, %455 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%457 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%458 = broadcast %457 : f32[96,1,1] @ models/lib/nn.yaml:96:30
%459 = add %456, %458 : f32[96,1,1] @ models/lib/nn.yaml:96:30
%460 = rsqrt %459 : f32[96,1,1] @ models/lib/nn.yaml:96:20
%461 = broadcast %460 : f32[96,1,16] @ models/lib/nn.yaml:96:18
%462 = mul %451, %461 : f32[96,1,16] @ models/lib/nn.yaml:96:18
%463 = broadcast %127 : f32[96,1,16] @ models/lib/nn.yaml:96:37
%464 = mul %462, %463 : f32[96,1,16] @ models/lib/nn.yaml:96:37
%465 = broadcast %128 : f32[96,1,16] @ models/lib/nn.yaml:96:46
%466 = add %464, %465 : f32[96,1,16] @ models/lib/nn.yaml:96:46
%467 = matmul %466, %129 ta=0 tb=1 : f32[96,1,64] @ models/lib/nn.yaml:83:15
%468 = broadcast %130 : f32[96,1,64] @ models/lib/nn.yaml:84:18
%469 = add %467, %468 : f32[96,1,64] @ models/lib/nn.yaml:84:18
%470 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%471 = broadcast %470 : f32[96,1,64] @ models/lib/nn.yaml:27:20
%472 = mul %471, %469 : f32[96,1,64] @ models/lib/nn.yaml:27:20
%473 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%474 = broadcast %473 : f32[96,1,64] @ models/lib/nn.yaml:27:37
%475 = mul %469, %474 : f32[96,1,64] @ models/lib/nn.yaml:27:37
%476 = erf %475 : f32[96,1,64] @ models/lib/nn.yaml:27:31
%477 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%478 = broadcast %477 : f32[96,1,64] @ models/lib/nn.yaml:27:29
%479 = add %478, %476 : f32[96,1,64] @ models/lib/nn.yaml:27:29
%480 = mul %472, %479 : f32[96,1,64] @ models/lib/nn.yaml:27:24
%481 = matmul %480, %131 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%482 = broadcast %132 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%483 = add %481, %482 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%484 = add %445, %483 : f32[96,1,16] @ models/lib/vit.yaml:98:18
%485 = concat %484, %387 axis=1 : f32[96,3,16] @ models/lib/vit.yaml:95:24
%486 = reduce_sum %485 axes=[2] keep=1 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%487 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%488 = broadcast %487 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%489 = div %486, %488 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%490 = broadcast %489 : f32[96,3,16] @ models/lib/nn.yaml:94:15
%491 = sub %485, %490 : f32[96,3,16] @ models/lib/nn.yaml:94:15
%492 = mul %491, %491 : f32[96,3,16] @ models/lib/nn.yaml:95:22
%493 = reduce_sum %492 axes=[2] keep=1 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%494 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%495 = broadcast %494 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%496 = div %493, %495 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%497 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%498 = broadcast %497 : f32[96,3,1] @ models/lib/nn.yaml:96:30
%499 = add %496, %498 : f32[96,3,1] @ models/lib/nn.yaml:96:30
%500 = rsqrt %499 : f32[96,3,1] @ models/lib/nn.yaml:96:20
%501 = broadcast %500 : f32[96,3,16] @ models/lib/nn.yaml:96:18
%502 = mul %491, %501 : f32[96,3,16] @ models/lib/nn.yaml:96:18
%503 = broadcast %133 : f32[96,3,16] @ models/lib/nn.yaml:96:37
%504 = mul %502, %503 : f32[96,3,16] @ models/lib/nn.yaml:96:37
%505 = broadcast %134 : f32[96,3,16] @ models/lib/nn.yaml:96:46
%506 = add %504, %505 : f32[96,3,16] @ models/lib/nn.yaml:96:46
%507 = slice %506 lo=[0,0,0] hi=[96,1,16] : f32[96,1,16] @ models/lib/vit.yaml:78:33
%508 = matmul %507, %135 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%509 = broadcast %136 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%510 = add %508, %509 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%511 = reshape %510 : f32[96,1,2,8] @ models/lib/vit.yaml:78:22
%512 = permute %511 perm=[0,2,1,3] : f32[96,2,1,8] @ models/lib/vit.yaml:78:14
%513 = matmul %506, %137 ta=0 tb=1 : f32[96,3,16] @ models/lib/nn.yaml:83:15
%514 = broadcast %138 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%515 = add %513, %514 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%516 = reshape %515 : f32[96,3,2,8] @ models/lib/vit.yaml:79:22
%517 = permute %516 perm=[0,2,1,3] : f32[96,2,3,8] @ models/lib/vit.yaml:79:14
%518 = matmul %506, %139 ta=0 tb=1 : f32[96,3,16] @ models/lib/nn.yaml:83:15
%519 = broadcast %140 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%520 = add %518, %519 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%521 = reshape %520 : f32[96,3,2,8] @ models/lib/vit.yaml:80:22
%522 = permute %521 perm=[0,2,1,3] : f32[96,2,3,8] @ models/lib/vit.yaml:80:14
%523 = matmul %512, %517 ta=0 tb=1 : f32[96,2,1,3] @ models/lib/nn.yaml:55:23
%524 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%525 = broadcast %524 : f32[96,2,1,3] @ models/lib/nn.yaml:55:29
%526 = mul %523, %525 : f32[96,2,1,3] @ models/lib/nn.yaml:55:29
%527 = reduce_max %526 axes=[3] keep=1 : f32[96,2,1,1] @ models/lib/nn.yaml:14:35
%528 = stop_gradient %527 : f32[96,2,1,1] @ models/lib/nn.yaml:14:21
%529 = broadcast %528 : f32[96,2,1,3] @ models/lib/nn.yaml:14:19
%530 = sub %526, %529 : f32[96,2,1,3] @ models/lib/nn.yaml:14:19
%531 = exp %530 : f32[96,2,1,3] @ models/lib/nn.yaml:14:13
%532 = reduce_sum %531 axes=[3] keep=1 : f32[96,2,1,1] @ models/lib/nn.yaml:15:20
%533 = broadcast %532 : f32[96,2,1,3] @ models/lib/nn.yaml:15:18
%534 = div %531, %533 : f32[96,2,1,3] @ models/lib/nn.yaml:15:18
%535 = matmul %534, %522 ta=0 tb=0 : f32[96,2,1,8] @ models/lib/nn.yaml:56:23
%536 = permute %535 perm=[0,2,1,3] : f32[96,1,2,8] @ models/lib/nn.yaml:56:13
%537 = reshape %536 : f32[96,1,16] @ models/lib/nn.yaml:57:16
%538 = matmul %537, %141 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%539 = broadcast %142 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%540 = add %538, %539 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%541 = add %484, %540 : f32[96,1,16] @ models/lib/vit.yaml:96:15
%542 = reduce_sum %541 axes=[2] keep=1 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%543 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%544 = broadcast %543 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%545 = div %542, %544 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%546 = broadcast %545 : f32[96,1,16] @ models/lib/nn.yaml:94:15
%547 = sub %541, %546 : f32[96,1,16] @ models/lib/nn.yaml:94:15
%548 = mul %547, %547 : f32[96,1,16] @ models/lib/nn.yaml:95:22
%549 = reduce_sum %548 axes=[2] keep=1 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%550 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%551 = broadcast %550 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%552 = div %549, %551 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%553 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%554 = broadcast %553 : f32[96,1,1] @ models/lib/nn.yaml:96:30
%555 = add %552, %554 : f32[96,1,1] @ models/lib/nn.yaml:96:30
%556 = rsqrt %555 : f32[96,1,1] @ models/lib/nn.yaml:96:20
%557 = broadcast %556 : f32[96,1,16] @ models/lib/nn.yaml:96:18
%558 = mul %547, %557 : f32[96,1,16] @ models/lib/nn.yaml:96:18
%559 = broadcast %143 : f32[96,1,16] @ models/lib/nn.yaml:96:37
%560 = mul %558, %559 : f32[96,1,16] @ models/lib/nn.yaml:96:37
%561 = broadcast %144 : f32[96,1,16] @ models/lib/nn.yaml:96:46
%562 = add %560, %561 : f32[96,1,16] @ models/lib/nn.yaml:96:46
%563 = matmul %562, %145 ta=0 tb=1 : f32[96,1,64] @ models/lib/nn.yaml:83:15
%564 = broadcast %146 : f32[96,1,64] @ models/lib/nn.yaml:84:18
%565 = add %563, %564 : f32[96,1,64] @ models/lib/nn.yaml:84:18
%566 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%567 = broadcast %566 : f32[96,1,64] @ models/lib/nn.yaml:27:20
%568 = mul %567, %565 : f32[96,1,64] @ models/lib/nn.yaml:27:20
%569 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%570 = broadcast %569 : f32[96,1,64] @ models/lib/nn.yaml:27:37
%571 = mul %565, %570 : f32[96,1,64] @ models/lib/nn.yaml:27:37
%572 = erf %571 : f32[96,1,64] @ models/lib/nn.yaml:27:31
%573 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%574 = broadcast %573 : f32[96,1,64] @ models/lib/nn.yaml:27:29
%575 = add %574, %572 : f32[96,1,64] @ models/lib/nn.yaml:27:29
%576 = mul %568, %575 : f32[96,1,64] @ models/lib/nn.yaml:27:24
%577 = matmul %576, %147 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%578 = broadcast %148 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%579 = add %577, %578 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%580 = add %541, %579 : f32[96,1,16] @ models/lib/vit.yaml:98:18
%581 = reshape %580 : f32[6,16,16] @ models/dino_pass.yaml:89:16
%582 = broadcast %116 : f32[6,1,16] @ models/lib/vit.yaml:116:31
%583 = concat %582, %361 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:95:24
%584 = reduce_sum %583 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%585 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%586 = broadcast %585 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%587 = div %584, %586 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%588 = broadcast %587 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%589 = sub %583, %588 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%590 = mul %589, %589 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%591 = reduce_sum %590 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%592 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%593 = broadcast %592 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%594 = div %591, %593 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%595 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%596 = broadcast %595 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%597 = add %594, %596 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%598 = rsqrt %597 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%599 = broadcast %598 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%600 = mul %589, %599 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%601 = broadcast %117 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%602 = mul %600, %601 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%603 = broadcast %118 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%604 = add %602, %603 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%605 = slice %604 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:78:33
%606 = matmul %605, %119 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%607 = broadcast %120 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%608 = add %606, %607 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%609 = reshape %608 : f32[6,1,2,8] @ models/lib/vit.yaml:78:22
%610 = permute %609 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/vit.yaml:78:14
%611 = matmul %604, %121 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%612 = broadcast %122 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%613 = add %611, %612 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%614 = reshape %613 : f32[6,17,2,8] @ models/lib/vit.yaml:79:22
%615 = permute %614 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:79:14
%616 = matmul %604, %123 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%617 = broadcast %124 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%618 = add %616, %617 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%619 = reshape %618 : f32[6,17,2,8] @ models/lib/vit.yaml:80:22
%620 = permute %619 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:80:14
%621 = matmul %610, %615 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:55:23
%622 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%623 = broadcast %622 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%624 = mul %621, %623 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%625 = reduce_max %624 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:14:35
%626 = stop_gradient %625 : f32[6,2,1,1] @ models/lib/nn.yaml:14:21
%627 = broadcast %626 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%628 = sub %624, %627 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%629 = exp %628 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%630 = reduce_sum %629 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:20
%631 = broadcast %630 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%632 = div %629, %631 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%633 = matmul %632, %620 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:56:23
%634 = permute %633 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/nn.yaml:56:13
%635 = reshape %634 : f32[6,1,16] @ models/lib/nn.yaml:57:16
%636 = matmul %635, %125 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%637 = broadcast %126 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%638 = add %636, %637 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%639 = add %582, %638 : f32[6,1,16] @ models/lib/vit.yaml:96:15
%640 = reduce_sum %639 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%641 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%642 = broadcast %641 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%643 = div %640, %642 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%644 = broadcast %643 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%645 = sub %639, %644 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%646 = mul %645, %645 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%647 = reduce_sum %646 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%648 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%649 = broadcast %648 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%650 = div %647, %649 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%651 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%652 = broadcast %651 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%653 = add %650, %652 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%654 = rsqrt %653 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%655 = broadcast %654 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%656 = mul %645, %655 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%657 = broadcast %127 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%658 = mul %656, %657 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%659 = broadcast %128 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%660 = add %658, %659 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%661 = matmul %660, %129 ta=0 tb=1 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%662 = broadcast %130 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%663 = add %661, %662 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%664 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%665 = broadcast %664 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%666 = mul %665, %663 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%667 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%668 = broadcast %667 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%669 = mul %663, %668 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%670 = erf %669 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%671 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%672 = broadcast %671 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%673 = add %672, %670 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%674 = mul %666, %673 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%675 = matmul %674, %131 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%676 = broadcast %132 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%677 = add %675, %676 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%678 = add %639, %677 : f32[6,1,16] @ models/lib/vit.yaml:98:18
%679 = concat %678, %361 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:95:24
%680 = reduce_sum %679 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%681 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%682 = broadcast %681 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%683 = div %680, %682 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%684 = broadcast %683 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%685 = sub %679, %684 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%686 = mul %685, %685 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%687 = reduce_sum %686 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%688 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%689 = broadcast %688 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%690 = div %687, %689 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%691 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%692 = broadcast %691 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%693 = add %690, %692 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%694 = rsqrt %693 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%695 = broadcast %694 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%696 = mul %685, %695 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%697 = broadcast %133 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%698 = mul %696, %697 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%699 = broadcast %134 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%700 = add %698, %699 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%701 = slice %700 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:78:33
%702 = matmul %701, %135 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%703 = broadcast %136 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%704 = add %702, %703 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%705 = reshape %704 : f32[6,1,2,8] @ models/lib/vit.yaml:78:22
%706 = permute %705 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/vit.yaml:78:14
%707 = matmul %700, %137 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%708 = broadcast %138 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%709 = add %707, %708 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%710 = reshape %709 : f32[6,17,2,8] @ models/lib/vit.yaml:79:22
%711 = permute %710 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:79:14
%712 = matmul %700, %139 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%713 = broadcast %140 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%714 = add %712, %713 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%715 = reshape %714 : f32[6,17,2,8] @ models/lib/vit.yaml:80:22
%716 = permute %715 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:80:14
%717 = matmul %706, %711 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:55:23
%718 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%719 = broadcast %718 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%720 = mul %717, %719 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%721 = reduce_max %720 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:14:35
%722 = stop_gradient %721 : f32[6,2,1,1] @ models/lib/nn.yaml:14:21
%723 = broadcast %722 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%724 = sub %720, %723 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%725 = exp %724 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%726 = reduce_sum %725 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:20
%727 = broadcast %726 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%728 = div %725, %727 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%729 = matmul %728, %716 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:56:23
%730 = permute %729 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/nn.yaml:56:13
%731 = reshape %730 : f32[6,1,16] @ models/lib/nn.yaml:57:16
%732 = matmul %731, %141 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%733 = broadcast %142 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%734 = add %732, %733 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%735 = add %678, %734 : f32[6,1,16] @ models/lib/vit.yaml:96:15
%736 = reduce_sum %735 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%737 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%738 = broadcast %737 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%739 = div %736, %738 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%740 = broadcast %739 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%741 = sub %735, %740 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%742 = mul %741, %741 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%743 = reduce_sum %742 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%744 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%745 = broadcast %744 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%746 = div %743, %745 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%747 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%748 = broadcast %747 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%749 = add %746, %748 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%750 = rsqrt %749 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%751 = broadcast %750 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%752 = mul %741, %751 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%753 = broadcast %143 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%754 = mul %752, %753 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%755 = broadcast %144 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%756 = add %754, %755 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%757 = matmul %756, %145 ta=0 tb=1 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%758 = broadcast %146 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%759 = add %757, %758 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%760 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%761 = broadcast %760 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%762 = mul %761, %759 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%763 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%764 = broadcast %763 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%765 = mul %759, %764 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%766 = erf %765 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%767 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%768 = broadcast %767 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%769 = add %768, %766 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%770 = mul %762, %769 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%771 = matmul %770, %147 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%772 = broadcast %148 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%773 = add %771, %772 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%774 = add %735, %773 : f32[6,1,16] @ models/lib/vit.yaml:98:18
%775 = concat %774, %581 axis=1 : f32[6,17,16] @ models/moco_pass.yaml:139:30
%776 = reduce_sum %775 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%777 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%778 = broadcast %777 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%779 = div %776, %778 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%780 = broadcast %779 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%781 = sub %775, %780 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%782 = mul %781, %781 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%783 = reduce_sum %782 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%784 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%785 = broadcast %784 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%786 = div %783, %785 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%787 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%788 = broadcast %787 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%789 = add %786, %788 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%790 = rsqrt %789 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%791 = broadcast %790 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%792 = mul %781, %791 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%793 = broadcast %149 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%794 = mul %792, %793 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%795 = broadcast %150 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%796 = add %794, %795 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%797 = slice %796 lo=[0,1,0] hi=[6,17,16] : f32[6,16,16] @ models/moco_pass.yaml:140:42
%798 = reshape %797 : f32[96,16] @ models/moco_pass.yaml:140:33
%799 = matmul %798, %162 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%800 = reshape %799 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%801 = reduce_sum %800 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%802 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%803 = broadcast %802 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%804 = div %801, %803 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%805 = all_reduce_sum %804 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%806 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%807 = broadcast %806 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%808 = div %805, %807 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%809 = broadcast %808 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%810 = sub %800, %809 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%811 = mul %810, %810 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%812 = reduce_sum %811 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%813 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%814 = broadcast %813 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%815 = div %812, %814 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%816 = all_reduce_sum %815 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%817 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%818 = broadcast %817 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%819 = div %816, %818 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%820 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%821 = broadcast %820 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%822 = add %819, %821 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%823 = rsqrt %822 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%824 = broadcast %823 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%825 = mul %810, %824 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%826 = reshape %825 : f32[96,12] @ models/moco_pass.yaml:83:13
%827 = broadcast %163 : f32[96,12] @ models/moco_pass.yaml:84:18
%828 = mul %826, %827 : f32[96,12] @ models/moco_pass.yaml:84:18
%829 = broadcast %164 : f32[96,12] @ models/moco_pass.yaml:84:27
%830 = add %828, %829 : f32[96,12] @ models/moco_pass.yaml:84:27
%831 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%832 = cast %831 : f32[] @ models/moco_pass.yaml:70:23
%833 = broadcast %832 : f32[96,12] @ models/moco_pass.yaml:70:16
%834 = max %830, %833 : f32[96,12] @ models/moco_pass.yaml:70:16
%835 = matmul %834, %165 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%836 = reshape %835 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%837 = reduce_sum %836 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%838 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%839 = broadcast %838 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%840 = div %837, %839 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%841 = all_reduce_sum %840 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%842 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%843 = broadcast %842 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%844 = div %841, %843 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%845 = broadcast %844 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%846 = sub %836, %845 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%847 = mul %846, %846 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%848 = reduce_sum %847 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%849 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%850 = broadcast %849 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%851 = div %848, %850 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%852 = all_reduce_sum %851 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%853 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%854 = broadcast %853 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%855 = div %852, %854 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%856 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%857 = broadcast %856 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%858 = add %855, %857 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%859 = rsqrt %858 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%860 = broadcast %859 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%861 = mul %846, %860 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%862 = reshape %861 : f32[96,12] @ models/moco_pass.yaml:83:13
%863 = broadcast %166 : f32[96,12] @ models/moco_pass.yaml:84:18
%864 = mul %862, %863 : f32[96,12] @ models/moco_pass.yaml:84:18
%865 = broadcast %167 : f32[96,12] @ models/moco_pass.yaml:84:27
%866 = add %864, %865 : f32[96,12] @ models/moco_pass.yaml:84:27
%867 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%868 = cast %867 : f32[] @ models/moco_pass.yaml:70:23
%869 = broadcast %868 : f32[96,12] @ models/moco_pass.yaml:70:16
%870 = max %866, %869 : f32[96,12] @ models/moco_pass.yaml:70:16
%871 = matmul %870, %168 ta=0 tb=1 : f32[96,6] @ models/lib/nn.yaml:83:15
%872 = reshape %871 : f32[2,48,6] @ models/moco_pass.yaml:79:13
%873 = reduce_sum %872 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%874 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%875 = broadcast %874 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%876 = div %873, %875 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%877 = all_reduce_sum %876 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%878 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%879 = broadcast %878 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%880 = div %877, %879 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%881 = broadcast %880 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%882 = sub %872, %881 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%883 = mul %882, %882 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%884 = reduce_sum %883 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%885 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%886 = broadcast %885 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%887 = div %884, %886 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%888 = all_reduce_sum %887 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%889 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%890 = broadcast %889 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%891 = div %888, %890 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%892 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%893 = broadcast %892 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%894 = add %891, %893 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%895 = rsqrt %894 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%896 = broadcast %895 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%897 = mul %882, %896 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%898 = reshape %897 : f32[96,6] @ models/moco_pass.yaml:83:13
%899 = slice %796 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/moco_pass.yaml:141:31
%900 = reshape %899 : f32[6,16] @ models/moco_pass.yaml:141:31
%901 = matmul %900, %151 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%902 = reshape %901 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%903 = reduce_sum %902 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%904 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%905 = broadcast %904 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%906 = div %903, %905 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%907 = all_reduce_sum %906 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%908 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%909 = broadcast %908 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%910 = div %907, %909 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%911 = broadcast %910 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%912 = sub %902, %911 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%913 = mul %912, %912 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%914 = reduce_sum %913 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%915 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%916 = broadcast %915 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%917 = div %914, %916 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%918 = all_reduce_sum %917 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%919 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%920 = broadcast %919 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%921 = div %918, %920 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%922 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%923 = broadcast %922 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%924 = add %921, %923 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%925 = rsqrt %924 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%926 = broadcast %925 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%927 = mul %912, %926 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%928 = reshape %927 : f32[6,24] @ models/moco_pass.yaml:83:13
%929 = broadcast %152 : f32[6,24] @ models/moco_pass.yaml:84:18
%930 = mul %928, %929 : f32[6,24] @ models/moco_pass.yaml:84:18
%931 = broadcast %153 : f32[6,24] @ models/moco_pass.yaml:84:27
%932 = add %930, %931 : f32[6,24] @ models/moco_pass.yaml:84:27
%933 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%934 = cast %933 : f32[] @ models/moco_pass.yaml:70:23
%935 = broadcast %934 : f32[6,24] @ models/moco_pass.yaml:70:16
%936 = max %932, %935 : f32[6,24] @ models/moco_pass.yaml:70:16
%937 = matmul %936, %154 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%938 = reshape %937 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%939 = reduce_sum %938 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%940 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%941 = broadcast %940 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%942 = div %939, %941 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%943 = all_reduce_sum %942 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%944 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%945 = broadcast %944 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%946 = div %943, %945 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%947 = broadcast %946 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%948 = sub %938, %947 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%949 = mul %948, %948 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%950 = reduce_sum %949 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%951 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%952 = broadcast %951 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%953 = div %950, %952 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%954 = all_reduce_sum %953 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%955 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%956 = broadcast %955 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%957 = div %954, %956 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%958 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%959 = broadcast %958 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%960 = add %957, %959 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%961 = rsqrt %960 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%962 = broadcast %961 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%963 = mul %948, %962 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%964 = reshape %963 : f32[6,24] @ models/moco_pass.yaml:83:13
%965 = broadcast %155 : f32[6,24] @ models/moco_pass.yaml:84:18
%966 = mul %964, %965 : f32[6,24] @ models/moco_pass.yaml:84:18
%967 = broadcast %156 : f32[6,24] @ models/moco_pass.yaml:84:27
%968 = add %966, %967 : f32[6,24] @ models/moco_pass.yaml:84:27
%969 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%970 = cast %969 : f32[] @ models/moco_pass.yaml:70:23
%971 = broadcast %970 : f32[6,24] @ models/moco_pass.yaml:70:16
%972 = max %968, %971 : f32[6,24] @ models/moco_pass.yaml:70:16
%973 = matmul %972, %157 ta=0 tb=1 : f32[6,8] @ models/lib/nn.yaml:83:15
%974 = reshape %973 : f32[2,3,8] @ models/moco_pass.yaml:79:13
%975 = reduce_sum %974 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%976 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%977 = broadcast %976 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%978 = div %975, %977 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%979 = all_reduce_sum %978 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%980 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%981 = broadcast %980 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%982 = div %979, %981 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%983 = broadcast %982 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%984 = sub %974, %983 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%985 = mul %984, %984 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%986 = reduce_sum %985 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%987 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%988 = broadcast %987 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%989 = div %986, %988 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%990 = all_reduce_sum %989 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%991 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%992 = broadcast %991 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%993 = div %990, %992 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%994 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%995 = broadcast %994 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%996 = add %993, %995 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%997 = rsqrt %996 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%998 = broadcast %997 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%999 = mul %984, %998 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%1000 = reshape %999 : f32[6,8] @ models/moco_pass.yaml:83:13
%1001 = reshape %898 : f32[6,16,6] @ models/moco_pass.yaml:141:43
%1002 = slice %1000 lo=[0,0] hi=[3,8] : f32[3,8] @ models/moco_pass.yaml:159:25
%1003 = slice %1000 lo=[3,0] hi=[6,8] : f32[3,8] @ models/moco_pass.yaml:159:25
%1004 = slice %1001 lo=[0,0,0] hi=[3,16,6] : f32[3,16,6] @ models/moco_pass.yaml:159:32
%1005 = slice %1001 lo=[3,0,0] hi=[6,16,6] : f32[3,16,6] @ models/moco_pass.yaml:159:32
%1006 = reshape %4 : f32[6,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%1007 = permute %1006 perm=[0,2,4,1,3,5] : f32[6,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%1008 = reshape %1007 : f32[6,16,48] @ models/lib/vit.yaml:16:13
%1009 = reshape %6 : f32[16,48] @ models/lib/vit.yaml:17:20
%1010 = matmul %1008, %1009 ta=0 tb=1 : f32[6,16,16] @ models/lib/vit.yaml:17:18
%1011 = broadcast %7 : f32[6,16,16] @ models/lib/vit.yaml:17:71
%1012 = add %1010, %1011 : f32[6,16,16] @ models/lib/vit.yaml:17:71
%1013 = broadcast %5 : f32[6,16,16] @ models/lib/vit.yaml:62:15
%1014 = add %1012, %1013 : f32[6,16,16] @ models/lib/vit.yaml:62:15
%1015 = reduce_sum %1014 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1016 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1017 = broadcast %1016 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1018 = div %1015, %1017 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1019 = broadcast %1018 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1020 = sub %1014, %1019 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1021 = mul %1020, %1020 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%1022 = reduce_sum %1021 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1023 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1024 = broadcast %1023 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1025 = div %1022, %1024 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1026 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1027 = broadcast %1026 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1028 = add %1025, %1027 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1029 = rsqrt %1028 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%1030 = broadcast %1029 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1031 = mul %1020, %1030 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1032 = broadcast %8 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1033 = mul %1031, %1032 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1034 = broadcast %9 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1035 = add %1033, %1034 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1036 = matmul %1035, %10 ta=0 tb=1 : f32[6,16,48] @ models/lib/nn.yaml:83:15
%1037 = broadcast %11 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%1038 = add %1036, %1037 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%1039 = reshape %1038 : f32[6,16,3,2,8] @ models/lib/nn.yaml:66:21
%1040 = permute %1039 perm=[2,0,3,1,4] : f32[3,6,2,16,8] @ models/lib/nn.yaml:66:13
%1041 = slice %1040 lo=[0,0,0,0,0] hi=[1,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:28
%1042 = reshape %1041 : f32[6,2,16,8] @ models/lib/nn.yaml:67:28
%1043 = slice %1040 lo=[1,0,0,0,0] hi=[2,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:34
%1044 = reshape %1043 : f32[6,2,16,8] @ models/lib/nn.yaml:67:34
%1045 = slice %1040 lo=[2,0,0,0,0] hi=[3,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:40
%1046 = reshape %1045 : f32[6,2,16,8] @ models/lib/nn.yaml:67:40
%1047 = matmul %1042, %1044 ta=0 tb=1 : f32[6,2,16,16] @ models/lib/nn.yaml:55:23
%1048 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1049 = broadcast %1048 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%1050 = mul %1047, %1049 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%1051 = reduce_max %1050 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:14:35
%1052 = stop_gradient %1051 : f32[6,2,16,1] @ models/lib/nn.yaml:14:21
%1053 = broadcast %1052 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%1054 = sub %1050, %1053 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%1055 = exp %1054 : f32[6,2,16,16] @ models/lib/nn.yaml:14:13
%1056 = reduce_sum %1055 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:15:20
%1057 = broadcast %1056 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%1058 = div %1055, %1057 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%1059 = matmul %1058, %1046 ta=0 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:56:23
%1060 = permute %1059 perm=[0,2,1,3] : f32[6,16,2,8] @ models/lib/nn.yaml:56:13
%1061 = reshape %1060 : f32[6,16,16] @ models/lib/nn.yaml:57:16
%1062 = matmul %1061, %12 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%1063 = broadcast %13 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1064 = add %1062, %1063 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1065 = add %1014, %1064 : f32[6,16,16] @ models/lib/nn.yaml:125:15
%1066 = reduce_sum %1065 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1067 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1068 = broadcast %1067 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1069 = div %1066, %1068 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1070 = broadcast %1069 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1071 = sub %1065, %1070 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1072 = mul %1071, %1071 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%1073 = reduce_sum %1072 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1074 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1075 = broadcast %1074 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1076 = div %1073, %1075 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1077 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1078 = broadcast %1077 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1079 = add %1076, %1078 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1080 = rsqrt %1079 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%1081 = broadcast %1080 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1082 = mul %1071, %1081 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1083 = broadcast %14 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1084 = mul %1082, %1083 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1085 = broadcast %15 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1086 = add %1084, %1085 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1087 = matmul %1086, %16 ta=0 tb=1 : f32[6,16,64] @ models/lib/nn.yaml:83:15
%1088 = broadcast %17 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%1089 = add %1087, %1088 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%1090 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1091 = broadcast %1090 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%1092 = mul %1091, %1089 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%1093 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1094 = broadcast %1093 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%1095 = mul %1089, %1094 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%1096 = erf %1095 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%1097 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1098 = broadcast %1097 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%1099 = add %1098, %1096 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%1100 = mul %1092, %1099 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%1101 = matmul %1100, %18 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%1102 = broadcast %19 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1103 = add %1101, %1102 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1104 = add %1065, %1103 : f32[6,16,16] @ models/lib/nn.yaml:126:18
%1105 = reduce_sum %1104 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1106 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1107 = broadcast %1106 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1108 = div %1105, %1107 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1109 = broadcast %1108 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1110 = sub %1104, %1109 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1111 = mul %1110, %1110 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%1112 = reduce_sum %1111 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1113 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1114 = broadcast %1113 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1115 = div %1112, %1114 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1116 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1117 = broadcast %1116 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1118 = add %1115, %1117 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1119 = rsqrt %1118 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%1120 = broadcast %1119 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1121 = mul %1110, %1120 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1122 = broadcast %20 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1123 = mul %1121, %1122 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1124 = broadcast %21 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1125 = add %1123, %1124 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1126 = matmul %1125, %22 ta=0 tb=1 : f32[6,16,48] @ models/lib/nn.yaml:83:15
%1127 = broadcast %23 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%1128 = add %1126, %1127 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%1129 = reshape %1128 : f32[6,16,3,2,8] @ models/lib/nn.yaml:66:21
%1130 = permute %1129 perm=[2,0,3,1,4] : f32[3,6,2,16,8] @ models/lib/nn.yaml:66:13
%1131 = slice %1130 lo=[0,0,0,0,0] hi=[1,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:28
%1132 = reshape %1131 : f32[6,2,16,8] @ models/lib/nn.yaml:67:28
%1133 = slice %1130 lo=[1,0,0,0,0] hi=[2,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:34
%1134 = reshape %1133 : f32[6,2,16,8] @ models/lib/nn.yaml:67:34
%1135 = slice %1130 lo=[2,0,0,0,0] hi=[3,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:40
%1136 = reshape %1135 : f32[6,2,16,8] @ models/lib/nn.yaml:67:40
%1137 = matmul %1132, %1134 ta=0 tb=1 : f32[6,2,16,16] @ models/lib/nn.yaml:55:23
%1138 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1139 = broadcast %1138 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%1140 = mul %1137, %1139 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%1141 = reduce_max %1140 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:14:35
%1142 = stop_gradient %1141 : f32[6,2,16,1] @ models/lib/nn.yaml:14:21
%1143 = broadcast %1142 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%1144 = sub %1140, %1143 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%1145 = exp %1144 : f32[6,2,16,16] @ models/lib/nn.yaml:14:13
%1146 = reduce_sum %1145 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:15:20
%1147 = broadcast %1146 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%1148 = div %1145, %1147 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%1149 = matmul %1148, %1136 ta=0 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:56:23
%1150 = permute %1149 perm=[0,2,1,3] : f32[6,16,2,8] @ models/lib/nn.yaml:56:13
%1151 = reshape %1150 : f32[6,16,16] @ models/lib/nn.yaml:57:16
%1152 = matmul %1151, %24 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%1153 = broadcast %25 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1154 = add %1152, %1153 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1155 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1156 = broadcast %1155 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%1157 = div %1154, %1156 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%1158 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1159 = rand_uniform %1158 stream=1 : f32[6] @ models/lib/nn.yaml:43:13
%1160 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1161 = broadcast %1160 : f32[6] @ models/lib/nn.yaml:44:35
%1162 = add %1161, %1159 : f32[6] @ models/lib/nn.yaml:44:35
%1163 = floor %1162 : f32[6] @ models/lib/nn.yaml:44:24
%1164 = reshape %1163 : f32[6,1,1] @ models/lib/nn.yaml:44:16
%1165 = broadcast %1164 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%1166 = mul %1157, %1165 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%1167 = add %1104, %1166 : f32[6,16,16] @ models/lib/nn.yaml:125:15
%1168 = reduce_sum %1167 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1169 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1170 = broadcast %1169 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1171 = div %1168, %1170 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1172 = broadcast %1171 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1173 = sub %1167, %1172 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1174 = mul %1173, %1173 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%1175 = reduce_sum %1174 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1176 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1177 = broadcast %1176 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1178 = div %1175, %1177 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1179 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1180 = broadcast %1179 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1181 = add %1178, %1180 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1182 = rsqrt %1181 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%1183 = broadcast %1182 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1184 = mul %1173, %1183 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1185 = broadcast %26 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1186 = mul %1184, %1185 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1187 = broadcast %27 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1188 = add %1186, %1187 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1189 = matmul %1188, %28 ta=0 tb=1 : f32[6,16,64] @ models/lib/nn.yaml:83:15
%1190 = broadcast %29 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%1191 = add %1189, %1190 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%1192 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1193 = broadcast %1192 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%1194 = mul %1193, %1191 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%1195 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1196 = broadcast %1195 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%1197 = mul %1191, %1196 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%1198 = erf %1197 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%1199 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1200 = broadcast %1199 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%1201 = add %1200, %1198 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%1202 = mul %1194, %1201 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%1203 = matmul %1202, %30 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%1204 = broadcast %31 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1205 = add %1203, %1204 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1206 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1207 = broadcast %1206 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%1208 = div %1205, %1207 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%1209 = rand_uniform %1158 stream=2 : f32[6] @ models/lib/nn.yaml:43:13
%1210 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1211 = broadcast %1210 : f32[6] @ models/lib/nn.yaml:44:35
%1212 = add %1211, %1209 : f32[6] @ models/lib/nn.yaml:44:35
%1213 = floor %1212 : f32[6] @ models/lib/nn.yaml:44:24
%1214 = reshape %1213 : f32[6,1,1] @ models/lib/nn.yaml:44:16
%1215 = broadcast %1214 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%1216 = mul %1208, %1215 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%1217 = add %1167, %1216 : f32[6,16,16] @ models/lib/nn.yaml:126:18
%1218 = broadcast %32 : f32[6,1,16] @ models/lib/vit.yaml:116:31
%1219 = concat %1218, %1217 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:95:24
%1220 = reduce_sum %1219 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1221 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1222 = broadcast %1221 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1223 = div %1220, %1222 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1224 = broadcast %1223 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1225 = sub %1219, %1224 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1226 = mul %1225, %1225 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%1227 = reduce_sum %1226 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1228 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1229 = broadcast %1228 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1230 = div %1227, %1229 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1231 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1232 = broadcast %1231 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1233 = add %1230, %1232 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1234 = rsqrt %1233 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%1235 = broadcast %1234 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1236 = mul %1225, %1235 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1237 = broadcast %33 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1238 = mul %1236, %1237 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1239 = broadcast %34 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1240 = add %1238, %1239 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1241 = slice %1240 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:78:33
%1242 = matmul %1241, %35 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1243 = broadcast %36 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1244 = add %1242, %1243 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1245 = reshape %1244 : f32[6,1,2,8] @ models/lib/vit.yaml:78:22
%1246 = permute %1245 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/vit.yaml:78:14
%1247 = matmul %1240, %37 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%1248 = broadcast %38 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1249 = add %1247, %1248 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1250 = reshape %1249 : f32[6,17,2,8] @ models/lib/vit.yaml:79:22
%1251 = permute %1250 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:79:14
%1252 = matmul %1240, %39 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%1253 = broadcast %40 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1254 = add %1252, %1253 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1255 = reshape %1254 : f32[6,17,2,8] @ models/lib/vit.yaml:80:22
%1256 = permute %1255 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:80:14
%1257 = matmul %1246, %1251 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:55:23
%1258 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1259 = broadcast %1258 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%1260 = mul %1257, %1259 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%1261 = reduce_max %1260 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:14:35
%1262 = stop_gradient %1261 : f32[6,2,1,1] @ models/lib/nn.yaml:14:21
%1263 = broadcast %1262 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%1264 = sub %1260, %1263 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%1265 = exp %1264 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%1266 = reduce_sum %1265 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:20
%1267 = broadcast %1266 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%1268 = div %1265, %1267 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%1269 = matmul %1268, %1256 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:56:23
%1270 = permute %1269 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/nn.yaml:56:13
%1271 = reshape %1270 : f32[6,1,16] @ models/lib/nn.yaml:57:16
%1272 = matmul %1271, %41 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1273 = broadcast %42 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1274 = add %1272, %1273 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1275 = add %1218, %1274 : f32[6,1,16] @ models/lib/vit.yaml:96:15
%1276 = reduce_sum %1275 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1277 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1278 = broadcast %1277 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1279 = div %1276, %1278 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1280 = broadcast %1279 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%1281 = sub %1275, %1280 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%1282 = mul %1281, %1281 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%1283 = reduce_sum %1282 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1284 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1285 = broadcast %1284 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1286 = div %1283, %1285 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1287 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1288 = broadcast %1287 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%1289 = add %1286, %1288 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%1290 = rsqrt %1289 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%1291 = broadcast %1290 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%1292 = mul %1281, %1291 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%1293 = broadcast %43 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%1294 = mul %1292, %1293 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%1295 = broadcast %44 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%1296 = add %1294, %1295 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%1297 = matmul %1296, %45 ta=0 tb=1 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%1298 = broadcast %46 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%1299 = add %1297, %1298 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%1300 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1301 = broadcast %1300 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%1302 = mul %1301, %1299 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%1303 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1304 = broadcast %1303 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%1305 = mul %1299, %1304 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%1306 = erf %1305 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%1307 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1308 = broadcast %1307 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%1309 = add %1308, %1306 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%1310 = mul %1302, %1309 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%1311 = matmul %1310, %47 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1312 = broadcast %48 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1313 = add %1311, %1312 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1314 = add %1275, %1313 : f32[6,1,16] @ models/lib/vit.yaml:98:18
%1315 = concat %1314, %1217 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:95:24
%1316 = reduce_sum %1315 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1317 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1318 = broadcast %1317 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1319 = div %1316, %1318 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1320 = broadcast %1319 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1321 = sub %1315, %1320 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1322 = mul %1321, %1321 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%1323 = reduce_sum %1322 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1324 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1325 = broadcast %1324 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1326 = div %1323, %1325 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1327 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1328 = broadcast %1327 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1329 = add %1326, %1328 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1330 = rsqrt %1329 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%1331 = broadcast %1330 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1332 = mul %1321, %1331 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1333 = broadcast %49 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1334 = mul %1332, %1333 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1335 = broadcast %50 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1336 = add %1334, %1335 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1337 = slice %1336 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:78:33
%1338 = matmul %1337, %51 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1339 = broadcast %52 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1340 = add %1338, %1339 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1341 = reshape %1340 : f32[6,1,2,8] @ models/lib/vit.yaml:78:22
%1342 = permute %1341 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/vit.yaml:78:14
%1343 = matmul %1336, %53 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%1344 = broadcast %54 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1345 = add %1343, %1344 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1346 = reshape %1345 : f32[6,17,2,8] @ models/lib/vit.yaml:79:22
%1347 = permute %1346 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:79:14
%1348 = matmul %1336, %55 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%1349 = broadcast %56 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1350 = add %1348, %1349 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1351 = reshape %1350 : f32[6,17,2,8] @ models/lib/vit.yaml:80:22
%1352 = permute %1351 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:80:14
%1353 = matmul %1342, %1347 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:55:23
%1354 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1355 = broadcast %1354 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%1356 = mul %1353, %1355 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%1357 = reduce_max %1356 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:14:35
%1358 = stop_gradient %1357 : f32[6,2,1,1] @ models/lib/nn.yaml:14:21
%1359 = broadcast %1358 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%1360 = sub %1356, %1359 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%1361 = exp %1360 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%1362 = reduce_sum %1361 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:20
%1363 = broadcast %1362 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%1364 = div %1361, %1363 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%1365 = matmul %1364, %1352 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:56:23
%1366 = permute %1365 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/nn.yaml:56:13
%1367 = reshape %1366 : f32[6,1,16] @ models/lib/nn.yaml:57:16
%1368 = matmul %1367, %57 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1369 = broadcast %58 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1370 = add %1368, %1369 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1371 = add %1314, %1370 : f32[6,1,16] @ models/lib/vit.yaml:96:15
%1372 = reduce_sum %1371 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1373 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1374 = broadcast %1373 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1375 = div %1372, %1374 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1376 = broadcast %1375 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%1377 = sub %1371, %1376 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%1378 = mul %1377, %1377 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%1379 = reduce_sum %1378 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1380 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1381 = broadcast %1380 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1382 = div %1379, %1381 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1383 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1384 = broadcast %1383 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%1385 = add %1382, %1384 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%1386 = rsqrt %1385 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%1387 = broadcast %1386 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%1388 = mul %1377, %1387 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%1389 = broadcast %59 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%1390 = mul %1388, %1389 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%1391 = broadcast %60 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%1392 = add %1390, %1391 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%1393 = matmul %1392, %61 ta=0 tb=1 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%1394 = broadcast %62 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%1395 = add %1393, %1394 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%1396 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1397 = broadcast %1396 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%1398 = mul %1397, %1395 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%1399 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1400 = broadcast %1399 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%1401 = mul %1395, %1400 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%1402 = erf %1401 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%1403 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1404 = broadcast %1403 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%1405 = add %1404, %1402 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%1406 = mul %1398, %1405 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%1407 = matmul %1406, %63 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1408 = broadcast %64 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1409 = add %1407, %1408 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1410 = add %1371, %1409 : f32[6,1,16] @ models/lib/vit.yaml:98:18
%1411 = concat %1410, %1217 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:111:21
%1412 = reduce_sum %1411 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1413 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1414 = broadcast %1413 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1415 = div %1412, %1414 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1416 = broadcast %1415 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1417 = sub %1411, %1416 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1418 = mul %1417, %1417 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%1419 = reduce_sum %1418 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1420 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1421 = broadcast %1420 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1422 = div %1419, %1421 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1423 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1424 = broadcast %1423 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1425 = add %1422, %1424 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1426 = rsqrt %1425 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%1427 = broadcast %1426 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1428 = mul %1417, %1427 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1429 = broadcast %65 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1430 = mul %1428, %1429 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1431 = broadcast %66 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1432 = add %1430, %1431 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1433 = slice %1432 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/moco_pass.yaml:130:38
%1434 = reshape %1433 : f32[6,16] @ models/moco_pass.yaml:130:38
%1435 = matmul %1434, %67 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%1436 = reshape %1435 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%1437 = reduce_sum %1436 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1438 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1439 = broadcast %1438 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1440 = div %1437, %1439 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1441 = all_reduce_sum %1440 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1442 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1443 = broadcast %1442 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1444 = div %1441, %1443 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1445 = broadcast %1444 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1446 = sub %1436, %1445 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1447 = mul %1446, %1446 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%1448 = reduce_sum %1447 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1449 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1450 = broadcast %1449 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1451 = div %1448, %1450 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1452 = all_reduce_sum %1451 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1453 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1454 = broadcast %1453 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1455 = div %1452, %1454 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1456 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1457 = broadcast %1456 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1458 = add %1455, %1457 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1459 = rsqrt %1458 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1460 = broadcast %1459 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1461 = mul %1446, %1460 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1462 = reshape %1461 : f32[6,24] @ models/moco_pass.yaml:83:13
%1463 = broadcast %68 : f32[6,24] @ models/moco_pass.yaml:84:18
%1464 = mul %1462, %1463 : f32[6,24] @ models/moco_pass.yaml:84:18
%1465 = broadcast %69 : f32[6,24] @ models/moco_pass.yaml:84:27
%1466 = add %1464, %1465 : f32[6,24] @ models/moco_pass.yaml:84:27
%1467 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1468 = cast %1467 : f32[] @ models/moco_pass.yaml:70:23
%1469 = broadcast %1468 : f32[6,24] @ models/moco_pass.yaml:70:16
%1470 = max %1466, %1469 : f32[6,24] @ models/moco_pass.yaml:70:16
%1471 = matmul %1470, %70 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%1472 = reshape %1471 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%1473 = reduce_sum %1472 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1474 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1475 = broadcast %1474 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1476 = div %1473, %1475 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1477 = all_reduce_sum %1476 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1478 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1479 = broadcast %1478 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1480 = div %1477, %1479 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1481 = broadcast %1480 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1482 = sub %1472, %1481 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1483 = mul %1482, %1482 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%1484 = reduce_sum %1483 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1485 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1486 = broadcast %1485 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1487 = div %1484, %1486 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1488 = all_reduce_sum %1487 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1489 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1490 = broadcast %1489 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1491 = div %1488, %1490 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1492 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1493 = broadcast %1492 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1494 = add %1491, %1493 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1495 = rsqrt %1494 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1496 = broadcast %1495 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1497 = mul %1482, %1496 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1498 = reshape %1497 : f32[6,24] @ models/moco_pass.yaml:83:13
%1499 = broadcast %71 : f32[6,24] @ models/moco_pass.yaml:84:18
%1500 = mul %1498, %1499 : f32[6,24] @ models/moco_pass.yaml:84:18
%1501 = broadcast %72 : f32[6,24] @ models/moco_pass.yaml:84:27
%1502 = add %1500, %1501 : f32[6,24] @ models/moco_pass.yaml:84:27
%1503 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1504 = cast %1503 : f32[] @ models/moco_pass.yaml:70:23
%1505 = broadcast %1504 : f32[6,24] @ models/moco_pass.yaml:70:16
%1506 = max %1502, %1505 : f32[6,24] @ models/moco_pass.yaml:70:16
%1507 = matmul %1506, %73 ta=0 tb=1 : f32[6,8] @ models/lib/nn.yaml:83:15
%1508 = reshape %1507 : f32[2,3,8] @ models/moco_pass.yaml:79:13
%1509 = reduce_sum %1508 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1510 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1511 = broadcast %1510 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1512 = div %1509, %1511 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1513 = all_reduce_sum %1512 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1514 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1515 = broadcast %1514 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1516 = div %1513, %1515 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1517 = broadcast %1516 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%1518 = sub %1508, %1517 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%1519 = mul %1518, %1518 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%1520 = reduce_sum %1519 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1521 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1522 = broadcast %1521 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1523 = div %1520, %1522 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1524 = all_reduce_sum %1523 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1525 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1526 = broadcast %1525 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1527 = div %1524, %1526 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1528 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1529 = broadcast %1528 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1530 = add %1527, %1529 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1531 = rsqrt %1530 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1532 = broadcast %1531 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%1533 = mul %1518, %1532 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%1534 = reshape %1533 : f32[6,8] @ models/moco_pass.yaml:83:13
%1535 = matmul %1534, %74 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%1536 = reshape %1535 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%1537 = reduce_sum %1536 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1538 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1539 = broadcast %1538 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1540 = div %1537, %1539 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1541 = all_reduce_sum %1540 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1542 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1543 = broadcast %1542 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1544 = div %1541, %1543 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1545 = broadcast %1544 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1546 = sub %1536, %1545 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1547 = mul %1546, %1546 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%1548 = reduce_sum %1547 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1549 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1550 = broadcast %1549 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1551 = div %1548, %1550 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1552 = all_reduce_sum %1551 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1553 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1554 = broadcast %1553 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1555 = div %1552, %1554 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1556 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1557 = broadcast %1556 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1558 = add %1555, %1557 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1559 = rsqrt %1558 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1560 = broadcast %1559 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1561 = mul %1546, %1560 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1562 = reshape %1561 : f32[6,24] @ models/moco_pass.yaml:83:13
%1563 = broadcast %75 : f32[6,24] @ models/moco_pass.yaml:84:18
%1564 = mul %1562, %1563 : f32[6,24] @ models/moco_pass.yaml:84:18
%1565 = broadcast %76 : f32[6,24] @ models/moco_pass.yaml:84:27
%1566 = add %1564, %1565 : f32[6,24] @ models/moco_pass.yaml:84:27
%1567 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1568 = cast %1567 : f32[] @ models/moco_pass.yaml:70:23
%1569 = broadcast %1568 : f32[6,24] @ models/moco_pass.yaml:70:16
%1570 = max %1566, %1569 : f32[6,24] @ models/moco_pass.yaml:70:16
%1571 = matmul %1570, %77 ta=0 tb=1 : f32[6,8] @ models/lib/nn.yaml:83:15
%1572 = reshape %1571 : f32[2,3,8] @ models/moco_pass.yaml:79:13
%1573 = reduce_sum %1572 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1574 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1575 = broadcast %1574 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1576 = div %1573, %1575 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1577 = all_reduce_sum %1576 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1578 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1579 = broadcast %1578 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1580 = div %1577, %1579 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1581 = broadcast %1580 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%1582 = sub %1572, %1581 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%1583 = mul %1582, %1582 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%1584 = reduce_sum %1583 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1585 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1586 = broadcast %1585 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1587 = div %1584, %1586 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1588 = all_reduce_sum %1587 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1589 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1590 = broadcast %1589 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1591 = div %1588, %1590 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1592 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1593 = broadcast %1592 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1594 = add %1591, %1593 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1595 = rsqrt %1594 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1596 = broadcast %1595 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%1597 = mul %1582, %1596 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%1598 = reshape %1597 : f32[6,8] @ models/moco_pass.yaml:83:13
%1599 = slice %1432 lo=[0,1,0] hi=[6,17,16] : f32[6,16,16] @ models/moco_pass.yaml:131:58
%1600 = reshape %1599 : f32[96,16] @ models/moco_pass.yaml:131:49
%1601 = matmul %1600, %78 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%1602 = reshape %1601 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%1603 = reduce_sum %1602 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1604 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1605 = broadcast %1604 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1606 = div %1603, %1605 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1607 = all_reduce_sum %1606 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1608 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1609 = broadcast %1608 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1610 = div %1607, %1609 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1611 = broadcast %1610 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1612 = sub %1602, %1611 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1613 = mul %1612, %1612 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%1614 = reduce_sum %1613 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1615 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1616 = broadcast %1615 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1617 = div %1614, %1616 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1618 = all_reduce_sum %1617 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1619 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1620 = broadcast %1619 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1621 = div %1618, %1620 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1622 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1623 = broadcast %1622 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1624 = add %1621, %1623 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1625 = rsqrt %1624 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1626 = broadcast %1625 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1627 = mul %1612, %1626 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1628 = reshape %1627 : f32[96,12] @ models/moco_pass.yaml:83:13
%1629 = broadcast %79 : f32[96,12] @ models/moco_pass.yaml:84:18
%1630 = mul %1628, %1629 : f32[96,12] @ models/moco_pass.yaml:84:18
%1631 = broadcast %80 : f32[96,12] @ models/moco_pass.yaml:84:27
%1632 = add %1630, %1631 : f32[96,12] @ models/moco_pass.yaml:84:27
%1633 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1634 = cast %1633 : f32[] @ models/moco_pass.yaml:70:23
%1635 = broadcast %1634 : f32[96,12] @ models/moco_pass.yaml:70:16
%1636 = max %1632, %1635 : f32[96,12] @ models/moco_pass.yaml:70:16
%1637 = matmul %1636, %81 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%1638 = reshape %1637 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%1639 = reduce_sum %1638 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1640 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1641 = broadcast %1640 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1642 = div %1639, %1641 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1643 = all_reduce_sum %1642 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1644 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1645 = broadcast %1644 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1646 = div %1643, %1645 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1647 = broadcast %1646 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1648 = sub %1638, %1647 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1649 = mul %1648, %1648 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%1650 = reduce_sum %1649 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1651 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1652 = broadcast %1651 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1653 = div %1650, %1652 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1654 = all_reduce_sum %1653 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1655 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1656 = broadcast %1655 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1657 = div %1654, %1656 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1658 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1659 = broadcast %1658 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1660 = add %1657, %1659 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1661 = rsqrt %1660 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1662 = broadcast %1661 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1663 = mul %1648, %1662 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1664 = reshape %1663 : f32[96,12] @ models/moco_pass.yaml:83:13
%1665 = broadcast %82 : f32[96,12] @ models/moco_pass.yaml:84:18
%1666 = mul %1664, %1665 : f32[96,12] @ models/moco_pass.yaml:84:18
%1667 = broadcast %83 : f32[96,12] @ models/moco_pass.yaml:84:27
%1668 = add %1666, %1667 : f32[96,12] @ models/moco_pass.yaml:84:27
%1669 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1670 = cast %1669 : f32[] @ models/moco_pass.yaml:70:23
%1671 = broadcast %1670 : f32[96,12] @ models/moco_pass.yaml:70:16
%1672 = max %1668, %1671 : f32[96,12] @ models/moco_pass.yaml:70:16
%1673 = matmul %1672, %84 ta=0 tb=1 : f32[96,6] @ models/lib/nn.yaml:83:15
%1674 = reshape %1673 : f32[2,48,6] @ models/moco_pass.yaml:79:13
%1675 = reduce_sum %1674 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1676 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1677 = broadcast %1676 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1678 = div %1675, %1677 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1679 = all_reduce_sum %1678 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1680 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1681 = broadcast %1680 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1682 = div %1679, %1681 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1683 = broadcast %1682 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%1684 = sub %1674, %1683 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%1685 = mul %1684, %1684 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%1686 = reduce_sum %1685 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1687 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1688 = broadcast %1687 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1689 = div %1686, %1688 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1690 = all_reduce_sum %1689 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1691 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1692 = broadcast %1691 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1693 = div %1690, %1692 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1694 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1695 = broadcast %1694 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1696 = add %1693, %1695 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1697 = rsqrt %1696 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1698 = broadcast %1697 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%1699 = mul %1684, %1698 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%1700 = reshape %1699 : f32[96,6] @ models/moco_pass.yaml:83:13
%1701 = matmul %1700, %85 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%1702 = reshape %1701 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%1703 = reduce_sum %1702 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1704 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1705 = broadcast %1704 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1706 = div %1703, %1705 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1707 = all_reduce_sum %1706 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1708 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1709 = broadcast %1708 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1710 = div %1707, %1709 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1711 = broadcast %1710 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1712 = sub %1702, %1711 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1713 = mul %1712, %1712 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%1714 = reduce_sum %1713 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1715 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1716 = broadcast %1715 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1717 = div %1714, %1716 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1718 = all_reduce_sum %1717 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1719 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1720 = broadcast %1719 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1721 = div %1718, %1720 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1722 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1723 = broadcast %1722 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1724 = add %1721, %1723 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1725 = rsqrt %1724 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1726 = broadcast %1725 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1727 = mul %1712, %1726 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1728 = reshape %1727 : f32[96,12] @ models/moco_pass.yaml:83:13
%1729 = broadcast %86 : f32[96,12] @ models/moco_pass.yaml:84:18
%1730 = mul %1728, %1729 : f32[96,12] @ models/moco_pass.yaml:84:18
%1731 = broadcast %87 : f32[96,12] @ models/moco_pass.yaml:84:27
%1732 = add %1730, %1731 : f32[96,12] @ models/moco_pass.yaml:84:27
%1733 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1734 = cast %1733 : f32[] @ models/moco_pass.yaml:70:23
%1735 = broadcast %1734 : f32[96,12] @ models/moco_pass.yaml:70:16
%1736 = max %1732, %1735 : f32[96,12] @ models/moco_pass.yaml:70:16
%1737 = matmul %1736, %88 ta=0 tb=1 : f32[96,6] @ models/lib/nn.yaml:83:15
%1738 = reshape %1737 : f32[2,48,6] @ models/moco_pass.yaml:79:13
%1739 = reduce_sum %1738 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1740 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1741 = broadcast %1740 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1742 = div %1739, %1741 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1743 = all_reduce_sum %1742 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1744 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1745 = broadcast %1744 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1746 = div %1743, %1745 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1747 = broadcast %1746 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%1748 = sub %1738, %1747 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%1749 = mul %1748, %1748 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%1750 = reduce_sum %1749 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1751 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1752 = broadcast %1751 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1753 = div %1750, %1752 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1754 = all_reduce_sum %1753 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1755 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1756 = broadcast %1755 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1757 = div %1754, %1756 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1758 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1759 = broadcast %1758 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1760 = add %1757, %1759 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1761 = rsqrt %1760 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1762 = broadcast %1761 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%1763 = mul %1748, %1762 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%1764 = reshape %1763 : f32[96,6] @ models/moco_pass.yaml:83:13
%1765 = reshape %1764 : f32[6,16,6] @ models/moco_pass.yaml:132:23
%1766 = slice %1598 lo=[0,0] hi=[3,8] : f32[3,8] @ models/moco_pass.yaml:160:25
%1767 = slice %1598 lo=[3,0] hi=[6,8] : f32[3,8] @ models/moco_pass.yaml:160:25
%1768 = slice %1765 lo=[0,0,0] hi=[3,16,6] : f32[3,16,6] @ models/moco_pass.yaml:160:32
%1769 = slice %1765 lo=[3,0,0] hi=[6,16,6] : f32[3,16,6] @ models/moco_pass.yaml:160:32
%1770 = mul %1003, %1003 : f32[3,8] @ models/lib/nn.yaml:33:35
%1771 = reduce_sum %1770 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:29
%1772 = sqrt %1771 : f32[3,1] @ models/lib/nn.yaml:33:24
%1773 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1774 = cast %1773 : f32[] @ models/lib/nn.yaml:33:61
%1775 = broadcast %1774 : f32[3,1] @ models/lib/nn.yaml:33:20
%1776 = max %1772, %1775 : f32[3,1] @ models/lib/nn.yaml:33:20
%1777 = broadcast %1776 : f32[3,8] @ models/lib/nn.yaml:33:18
%1778 = div %1003, %1777 : f32[3,8] @ models/lib/nn.yaml:33:18
%1779 = stop_gradient %1778 : f32[3,8] @ models/moco_pass.yaml:109:14
%1780 = mul %1766, %1766 : f32[3,8] @ models/lib/nn.yaml:33:35
%1781 = reduce_sum %1780 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:29
%1782 = sqrt %1781 : f32[3,1] @ models/lib/nn.yaml:33:24
%1783 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1784 = cast %1783 : f32[] @ models/lib/nn.yaml:33:61
%1785 = broadcast %1784 : f32[3,1] @ models/lib/nn.yaml:33:20
%1786 = max %1782, %1785 : f32[3,1] @ models/lib/nn.yaml:33:20
%1787 = broadcast %1786 : f32[3,8] @ models/lib/nn.yaml:33:18
%1788 = div %1766, %1787 : f32[3,8] @ models/lib/nn.yaml:33:18
%1789 = matmul %1788, %1779 ta=0 tb=1 : f32[3,3] @ models/moco_pass.yaml:110:34
%1790 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1791 = broadcast %1790 : f32[3,3] @ models/moco_pass.yaml:110:41
%1792 = div %1789, %1791 : f32[3,3] @ models/moco_pass.yaml:110:41
%1793 = iota axis=0 : i32[3,3] @ models/moco_pass.yaml:111:20
%1794 = iota axis=1 : i32[3,3] @ models/moco_pass.yaml:111:39
%1795 = eq %1793, %1794 : bool[3,3] @ models/moco_pass.yaml:111:36
%1796 = cast %1795 : f32[3,3] @ models/moco_pass.yaml:111:15
%1797 = reduce_max %1792 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:21:31
%1798 = stop_gradient %1797 : f32[3,1] @ models/lib/nn.yaml:21:17
%1799 = broadcast %1798 : f32[3,3] @ models/lib/nn.yaml:21:15
%1800 = sub %1792, %1799 : f32[3,3] @ models/lib/nn.yaml:21:15
%1801 = exp %1800 : f32[3,3] @ models/lib/nn.yaml:22:28
%1802 = reduce_sum %1801 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:22:24
%1803 = log %1802 : f32[3,1] @ models/lib/nn.yaml:22:20
%1804 = broadcast %1803 : f32[3,3] @ models/lib/nn.yaml:22:18
%1805 = sub %1800, %1804 : f32[3,3] @ models/lib/nn.yaml:22:18
%1806 = mul %1796, %1805 : f32[3,3] @ models/moco_pass.yaml:112:40
%1807 = reduce_sum %1806 axes=[1] keep=0 : f32[3] @ models/moco_pass.yaml:112:32
%1808 = neg %1807 : f32[3] @ models/moco_pass.yaml:112:31
%1809 = reduce_sum %1808 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1810 = const data=[3] : f32[] @ models/moco_pass.yaml:112:26
%1811 = div %1809, %1810 : f32[] @ models/moco_pass.yaml:112:26
%1812 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1813 = mul %1812, %1811 : f32[] @ models/moco_pass.yaml:112:24
%1814 = mul %1002, %1002 : f32[3,8] @ models/lib/nn.yaml:33:35
%1815 = reduce_sum %1814 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:29
%1816 = sqrt %1815 : f32[3,1] @ models/lib/nn.yaml:33:24
%1817 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1818 = cast %1817 : f32[] @ models/lib/nn.yaml:33:61
%1819 = broadcast %1818 : f32[3,1] @ models/lib/nn.yaml:33:20
%1820 = max %1816, %1819 : f32[3,1] @ models/lib/nn.yaml:33:20
%1821 = broadcast %1820 : f32[3,8] @ models/lib/nn.yaml:33:18
%1822 = div %1002, %1821 : f32[3,8] @ models/lib/nn.yaml:33:18
%1823 = stop_gradient %1822 : f32[3,8] @ models/moco_pass.yaml:109:14
%1824 = mul %1767, %1767 : f32[3,8] @ models/lib/nn.yaml:33:35
%1825 = reduce_sum %1824 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:29
%1826 = sqrt %1825 : f32[3,1] @ models/lib/nn.yaml:33:24
%1827 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1828 = cast %1827 : f32[] @ models/lib/nn.yaml:33:61
%1829 = broadcast %1828 : f32[3,1] @ models/lib/nn.yaml:33:20
%1830 = max %1826, %1829 : f32[3,1] @ models/lib/nn.yaml:33:20
%1831 = broadcast %1830 : f32[3,8] @ models/lib/nn.yaml:33:18
%1832 = div %1767, %1831 : f32[3,8] @ models/lib/nn.yaml:33:18
%1833 = matmul %1832, %1823 ta=0 tb=1 : f32[3,3] @ models/moco_pass.yaml:110:34
%1834 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1835 = broadcast %1834 : f32[3,3] @ models/moco_pass.yaml:110:41
%1836 = div %1833, %1835 : f32[3,3] @ models/moco_pass.yaml:110:41
%1837 = iota axis=0 : i32[3,3] @ models/moco_pass.yaml:111:20
%1838 = iota axis=1 : i32[3,3] @ models/moco_pass.yaml:111:39
%1839 = eq %1837, %1838 : bool[3,3] @ models/moco_pass.yaml:111:36
%1840 = cast %1839 : f32[3,3] @ models/moco_pass.yaml:111:15
%1841 = reduce_max %1836 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:21:31
%1842 = stop_gradient %1841 : f32[3,1] @ models/lib/nn.yaml:21:17
%1843 = broadcast %1842 : f32[3,3] @ models/lib/nn.yaml:21:15
%1844 = sub %1836, %1843 : f32[3,3] @ models/lib/nn.yaml:21:15
%1845 = exp %1844 : f32[3,3] @ models/lib/nn.yaml:22:28
%1846 = reduce_sum %1845 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:22:24
%1847 = log %1846 : f32[3,1] @ models/lib/nn.yaml:22:20
%1848 = broadcast %1847 : f32[3,3] @ models/lib/nn.yaml:22:18
%1849 = sub %1844, %1848 : f32[3,3] @ models/lib/nn.yaml:22:18
%1850 = mul %1840, %1849 : f32[3,3] @ models/moco_pass.yaml:112:40
%1851 = reduce_sum %1850 axes=[1] keep=0 : f32[3] @ models/moco_pass.yaml:112:32
%1852 = neg %1851 : f32[3] @ models/moco_pass.yaml:112:31
%1853 = reduce_sum %1852 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1854 = const data=[3] : f32[] @ models/moco_pass.yaml:112:26
%1855 = div %1853, %1854 : f32[] @ models/moco_pass.yaml:112:26
%1856 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1857 = mul %1856, %1855 : f32[] @ models/moco_pass.yaml:112:24
%1858 = add %1813, %1857 : f32[] @ models/moco_pass.yaml:169:11
%1859 = const data=[2] : f32[] @ models/moco_pass.yaml:165:3
%1860 = div %1858, %1859 : f32[] @ models/moco_pass.yaml:165:3
%1861 = output %1860 name="loss.image" : f32[] @ models/moco_pass.yaml:165:3
%1862 = const data=[2] : f32[] @ models/moco_pass.yaml:165:3
%1863 = mul %1860, %1862 : f32[] @ models/moco_pass.yaml:165:3
%1864 = permute %1768 perm=[1,0,2] : f32[16,3,6] @ models/moco_pass.yaml:173:20
%1865 = permute %1004 perm=[1,0,2] : f32[16,3,6] @ models/moco_pass.yaml:173:50
%1866 = mul %1865, %1865 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1867 = reduce_sum %1866 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:29
%1868 = sqrt %1867 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1869 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1870 = cast %1869 : f32[] @ models/lib/nn.yaml:33:61
%1871 = broadcast %1870 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1872 = max %1868, %1871 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1873 = broadcast %1872 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1874 = div %1865, %1873 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1875 = stop_gradient %1874 : f32[16,3,6] @ models/moco_pass.yaml:109:14
%1876 = mul %1864, %1864 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1877 = reduce_sum %1876 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:29
%1878 = sqrt %1877 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1879 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1880 = cast %1879 : f32[] @ models/lib/nn.yaml:33:61
%1881 = broadcast %1880 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1882 = max %1878, %1881 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1883 = broadcast %1882 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1884 = div %1864, %1883 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1885 = matmul %1884, %1875 ta=0 tb=1 : f32[16,3,3] @ models/moco_pass.yaml:110:34
%1886 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1887 = broadcast %1886 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%1888 = div %1885, %1887 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%1889 = iota axis=0 : i32[3,3] @ models/moco_pass.yaml:111:20
%1890 = iota axis=1 : i32[3,3] @ models/moco_pass.yaml:111:39
%1891 = eq %1889, %1890 : bool[3,3] @ models/moco_pass.yaml:111:36
%1892 = cast %1891 : f32[3,3] @ models/moco_pass.yaml:111:15
%1893 = reduce_max %1888 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:21:31
%1894 = stop_gradient %1893 : f32[16,3,1] @ models/lib/nn.yaml:21:17
%1895 = broadcast %1894 : f32[16,3,3] @ models/lib/nn.yaml:21:15
%1896 = sub %1888, %1895 : f32[16,3,3] @ models/lib/nn.yaml:21:15
%1897 = exp %1896 : f32[16,3,3] @ models/lib/nn.yaml:22:28
%1898 = reduce_sum %1897 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:22:24
%1899 = log %1898 : f32[16,3,1] @ models/lib/nn.yaml:22:20
%1900 = broadcast %1899 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1901 = sub %1896, %1900 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1902 = broadcast %1892 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1903 = mul %1902, %1901 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1904 = reduce_sum %1903 axes=[2] keep=0 : f32[16,3] @ models/moco_pass.yaml:112:32
%1905 = neg %1904 : f32[16,3] @ models/moco_pass.yaml:112:31
%1906 = reduce_sum %1905 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1907 = const data=[48] : f32[] @ models/moco_pass.yaml:112:26
%1908 = div %1906, %1907 : f32[] @ models/moco_pass.yaml:112:26
%1909 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1910 = mul %1909, %1908 : f32[] @ models/moco_pass.yaml:112:24
%1911 = permute %1769 perm=[1,0,2] : f32[16,3,6] @ models/moco_pass.yaml:173:20
%1912 = permute %1005 perm=[1,0,2] : f32[16,3,6] @ models/moco_pass.yaml:173:50
%1913 = mul %1912, %1912 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1914 = reduce_sum %1913 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:29
%1915 = sqrt %1914 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1916 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1917 = cast %1916 : f32[] @ models/lib/nn.yaml:33:61
%1918 = broadcast %1917 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1919 = max %1915, %1918 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1920 = broadcast %1919 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1921 = div %1912, %1920 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1922 = stop_gradient %1921 : f32[16,3,6] @ models/moco_pass.yaml:109:14
%1923 = mul %1911, %1911 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1924 = reduce_sum %1923 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:29
%1925 = sqrt %1924 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1926 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1927 = cast %1926 : f32[] @ models/lib/nn.yaml:33:61
%1928 = broadcast %1927 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1929 = max %1925, %1928 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1930 = broadcast %1929 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1931 = div %1911, %1930 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1932 = matmul %1931, %1922 ta=0 tb=1 : f32[16,3,3] @ models/moco_pass.yaml:110:34
%1933 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1934 = broadcast %1933 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%1935 = div %1932, %1934 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%1936 = iota axis=0 : i32[3,3] @ models/moco_pass.yaml:111:20
%1937 = iota axis=1 : i32[3,3] @ models/moco_pass.yaml:111:39
%1938 = eq %1936, %1937 : bool[3,3] @ models/moco_pass.yaml:111:36
%1939 = cast %1938 : f32[3,3] @ models/moco_pass.yaml:111:15
%1940 = reduce_max %1935 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:21:31
%1941 = stop_gradient %1940 : f32[16,3,1] @ models/lib/nn.yaml:21:17
%1942 = broadcast %1941 : f32[16,3,3] @ models/lib/nn.yaml:21:15
%1943 = sub %1935, %1942 : f32[16,3,3] @ models/lib/nn.yaml:21:15
%1944 = exp %1943 : f32[16,3,3] @ models/lib/nn.yaml:22:28
%1945 = reduce_sum %1944 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:22:24
%1946 = log %1945 : f32[16,3,1] @ models/lib/nn.yaml:22:20
%1947 = broadcast %1946 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1948 = sub %1943, %1947 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1949 = broadcast %1939 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1950 = mul %1949, %1948 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1951 = reduce_sum %1950 axes=[2] keep=0 : f32[16,3] @ models/moco_pass.yaml:112:32
%1952 = neg %1951 : f32[16,3] @ models/moco_pass.yaml:112:31
%1953 = reduce_sum %1952 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1954 = const data=[48] : f32[] @ models/moco_pass.yaml:112:26
%1955 = div %1953, %1954 : f32[] @ models/moco_pass.yaml:112:26
%1956 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1957 = mul %1956, %1955 : f32[] @ models/moco_pass.yaml:112:24
%1958 = add %1910, %1957 : f32[] @ models/moco_pass.yaml:173:11
%1959 = const data=[2] : f32[] @ models/moco_pass.yaml:170:3
%1960 = div %1958, %1959 : f32[] @ models/moco_pass.yaml:170:3
%1961 = output %1960 name="loss.patch" : f32[] @ models/moco_pass.yaml:170:3
%1962 = const data=[0.2] : f32[] @ models/moco_pass.yaml:170:3
%1963 = mul %1960, %1962 : f32[] @ models/moco_pass.yaml:170:3
%1964 = add %1863, %1963 : f32[] @ models/moco_pass.yaml:170:3
%1965 = output %1964 name="loss" : f32[] @ models/moco_pass.yaml:165:3
%1966 = cast %1 : f64[] @ models/moco_pass.yaml:151:3
%1967 = cast %2 : f64[] @ models/moco_pass.yaml:152:3
%1968 = cast %3 : f64[] @ models/moco_pass.yaml:153:3
%1969 = const data=[1] : f32[] @ models/moco_pass.yaml:170:3
%1970 = mul %1969, %1962 : f32[] @ models/moco_pass.yaml:170:3
%1971 = div %1970, %1959 : f32[] @ models/moco_pass.yaml:170:3
%1972 = mul %1971, %1956 : f32[] @ models/moco_pass.yaml:112:24
%1973 = div %1972, %1954 : f32[] @ models/moco_pass.yaml:112:26
%1974 = reshape %1973 : f32[1,1] @ models/moco_pass.yaml:112:26
%1975 = broadcast %1974 : f32[16,3] @ models/moco_pass.yaml:112:26
%1976 = neg %1975 : f32[16,3] @ models/moco_pass.yaml:112:31
%1977 = reshape %1976 : f32[16,3,1] @ models/moco_pass.yaml:112:32
%1978 = broadcast %1977 : f32[16,3,3] @ models/moco_pass.yaml:112:32
%1979 = mul %1978, %1949 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1980 = neg %1979 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1981 = reduce_sum %1980 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:22:18
%1982 = div %1981, %1945 : f32[16,3,1] @ models/lib/nn.yaml:22:20
%1983 = broadcast %1982 : f32[16,3,3] @ models/lib/nn.yaml:22:24
%1984 = mul %1983, %1944 : f32[16,3,3] @ models/lib/nn.yaml:22:28
%1985 = add %1979, %1984 : f32[16,3,3] @ models/lib/nn.yaml:22:28
%1986 = div %1985, %1934 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%1987 = matmul %1986, %1922 ta=0 tb=0 : f32[16,3,6] @ models/moco_pass.yaml:110:34
%1988 = div %1987, %1930 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1989 = mul %1988, %1931 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1990 = neg %1989 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1991 = reduce_sum %1990 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:18
%1992 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%1993 = broadcast %1992 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1994 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%1995 = broadcast %1994 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1996 = mul %1991, %1995 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1997 = eq %1925, %1928 : bool[16,3,1] @ models/lib/nn.yaml:33:20
%1998 = select %1997, %1996, %1993 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1999 = gt %1925, %1928 : bool[16,3,1] @ models/lib/nn.yaml:33:20
%2000 = select %1999, %1991, %1998 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%2001 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%2002 = broadcast %2001 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%2003 = mul %2000, %2002 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%2004 = div %2003, %1925 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%2005 = broadcast %2004 : f32[16,3,6] @ models/lib/nn.yaml:33:29
%2006 = mul %2005, %1911 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%2007 = add %1988, %2006 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%2008 = mul %2005, %1911 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%2009 = add %2007, %2008 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%2010 = permute %2009 perm=[1,0,2] : f32[3,16,6] @ models/moco_pass.yaml:173:20
%2011 = mul %1971, %1909 : f32[] @ models/moco_pass.yaml:112:24
%2012 = div %2011, %1907 : f32[] @ models/moco_pass.yaml:112:26
%2013 = reshape %2012 : f32[1,1] @ models/moco_pass.yaml:112:26
%2014 = broadcast %2013 : f32[16,3] @ models/moco_pass.yaml:112:26
%2015 = neg %2014 : f32[16,3] @ models/moco_pass.yaml:112:31
%2016 = reshape %2015 : f32[16,3,1] @ models/moco_pass.yaml:112:32
%2017 = broadcast %2016 : f32[16,3,3] @ models/moco_pass.yaml:112:32
%2018 = mul %2017, %1902 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%2019 = neg %2018 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%2020 = reduce_sum %2019 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:22:18
%2021 = div %2020, %1898 : f32[16,3,1] @ models/lib/nn.yaml:22:20
%2022 = broadcast %2021 : f32[16,3,3] @ models/lib/nn.yaml:22:24
%2023 = mul %2022, %1897 : f32[16,3,3] @ models/lib/nn.yaml:22:28
%2024 = add %2018, %2023 : f32[16,3,3] @ models/lib/nn.yaml:22:28
%2025 = div %2024, %1887 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%2026 = matmul %2025, %1875 ta=0 tb=0 : f32[16,3,6] @ models/moco_pass.yaml:110:34
%2027 = div %2026, %1883 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%2028 = mul %2027, %1884 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%2029 = neg %2028 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%2030 = reduce_sum %2029 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:18
%2031 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2032 = broadcast %2031 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%2033 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%2034 = broadcast %2033 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%2035 = mul %2030, %2034 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%2036 = eq %1878, %1881 : bool[16,3,1] @ models/lib/nn.yaml:33:20
%2037 = select %2036, %2035, %2032 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%2038 = gt %1878, %1881 : bool[16,3,1] @ models/lib/nn.yaml:33:20
%2039 = select %2038, %2030, %2037 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%2040 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%2041 = broadcast %2040 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%2042 = mul %2039, %2041 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%2043 = div %2042, %1878 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%2044 = broadcast %2043 : f32[16,3,6] @ models/lib/nn.yaml:33:29
%2045 = mul %2044, %1864 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%2046 = add %2027, %2045 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%2047 = mul %2044, %1864 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%2048 = add %2046, %2047 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%2049 = permute %2048 perm=[1,0,2] : f32[3,16,6] @ models/moco_pass.yaml:173:20
%2050 = mul %1969, %1862 : f32[] @ models/moco_pass.yaml:165:3
%2051 = div %2050, %1859 : f32[] @ models/moco_pass.yaml:165:3
%2052 = mul %2051, %1856 : f32[] @ models/moco_pass.yaml:112:24
%2053 = div %2052, %1854 : f32[] @ models/moco_pass.yaml:112:26
%2054 = reshape %2053 : f32[1] @ models/moco_pass.yaml:112:26
%2055 = broadcast %2054 : f32[3] @ models/moco_pass.yaml:112:26
%2056 = neg %2055 : f32[3] @ models/moco_pass.yaml:112:31
%2057 = reshape %2056 : f32[3,1] @ models/moco_pass.yaml:112:32
%2058 = broadcast %2057 : f32[3,3] @ models/moco_pass.yaml:112:32
%2059 = mul %2058, %1840 : f32[3,3] @ models/moco_pass.yaml:112:40
%2060 = neg %2059 : f32[3,3] @ models/lib/nn.yaml:22:18
%2061 = reduce_sum %2060 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:22:18
%2062 = div %2061, %1846 : f32[3,1] @ models/lib/nn.yaml:22:20
%2063 = broadcast %2062 : f32[3,3] @ models/lib/nn.yaml:22:24
%2064 = mul %2063, %1845 : f32[3,3] @ models/lib/nn.yaml:22:28
%2065 = add %2059, %2064 : f32[3,3] @ models/lib/nn.yaml:22:28
%2066 = div %2065, %1835 : f32[3,3] @ models/moco_pass.yaml:110:41
%2067 = matmul %2066, %1823 ta=0 tb=0 : f32[3,8] @ models/moco_pass.yaml:110:34
%2068 = div %2067, %1831 : f32[3,8] @ models/lib/nn.yaml:33:18
%2069 = mul %2068, %1832 : f32[3,8] @ models/lib/nn.yaml:33:18
%2070 = neg %2069 : f32[3,8] @ models/lib/nn.yaml:33:18
%2071 = reduce_sum %2070 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:18
%2072 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2073 = broadcast %2072 : f32[3,1] @ models/lib/nn.yaml:33:20
%2074 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%2075 = broadcast %2074 : f32[3,1] @ models/lib/nn.yaml:33:20
%2076 = mul %2071, %2075 : f32[3,1] @ models/lib/nn.yaml:33:20
%2077 = eq %1826, %1829 : bool[3,1] @ models/lib/nn.yaml:33:20
%2078 = select %2077, %2076, %2073 : f32[3,1] @ models/lib/nn.yaml:33:20
%2079 = gt %1826, %1829 : bool[3,1] @ models/lib/nn.yaml:33:20
%2080 = select %2079, %2071, %2078 : f32[3,1] @ models/lib/nn.yaml:33:20
%2081 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%2082 = broadcast %2081 : f32[3,1] @ models/lib/nn.yaml:33:24
%2083 = mul %2080, %2082 : f32[3,1] @ models/lib/nn.yaml:33:24
%2084 = div %2083, %1826 : f32[3,1] @ models/lib/nn.yaml:33:24
%2085 = broadcast %2084 : f32[3,8] @ models/lib/nn.yaml:33:29
%2086 = mul %2085, %1767 : f32[3,8] @ models/lib/nn.yaml:33:35
%2087 = add %2068, %2086 : f32[3,8] @ models/lib/nn.yaml:33:35
%2088 = mul %2085, %1767 : f32[3,8] @ models/lib/nn.yaml:33:35
%2089 = add %2087, %2088 : f32[3,8] @ models/lib/nn.yaml:33:35
%2090 = mul %2051, %1812 : f32[] @ models/moco_pass.yaml:112:24
%2091 = div %2090, %1810 : f32[] @ models/moco_pass.yaml:112:26
%2092 = reshape %2091 : f32[1] @ models/moco_pass.yaml:112:26
%2093 = broadcast %2092 : f32[3] @ models/moco_pass.yaml:112:26
%2094 = neg %2093 : f32[3] @ models/moco_pass.yaml:112:31
%2095 = reshape %2094 : f32[3,1] @ models/moco_pass.yaml:112:32
%2096 = broadcast %2095 : f32[3,3] @ models/moco_pass.yaml:112:32
%2097 = mul %2096, %1796 : f32[3,3] @ models/moco_pass.yaml:112:40
%2098 = neg %2097 : f32[3,3] @ models/lib/nn.yaml:22:18
%2099 = reduce_sum %2098 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:22:18
%2100 = div %2099, %1802 : f32[3,1] @ models/lib/nn.yaml:22:20
%2101 = broadcast %2100 : f32[3,3] @ models/lib/nn.yaml:22:24
%2102 = mul %2101, %1801 : f32[3,3] @ models/lib/nn.yaml:22:28
%2103 = add %2097, %2102 : f32[3,3] @ models/lib/nn.yaml:22:28
%2104 = div %2103, %1791 : f32[3,3] @ models/moco_pass.yaml:110:41
%2105 = matmul %2104, %1779 ta=0 tb=0 : f32[3,8] @ models/moco_pass.yaml:110:34
%2106 = div %2105, %1787 : f32[3,8] @ models/lib/nn.yaml:33:18
%2107 = mul %2106, %1788 : f32[3,8] @ models/lib/nn.yaml:33:18
%2108 = neg %2107 : f32[3,8] @ models/lib/nn.yaml:33:18
%2109 = reduce_sum %2108 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:18
%2110 = const data=[0] : f32[] @ models/lib/nn.yaml:33:20
%2111 = broadcast %2110 : f32[3,1] @ models/lib/nn.yaml:33:20
%2112 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:20
%2113 = broadcast %2112 : f32[3,1] @ models/lib/nn.yaml:33:20
%2114 = mul %2109, %2113 : f32[3,1] @ models/lib/nn.yaml:33:20
%2115 = eq %1782, %1785 : bool[3,1] @ models/lib/nn.yaml:33:20
%2116 = select %2115, %2114, %2111 : f32[3,1] @ models/lib/nn.yaml:33:20
%2117 = gt %1782, %1785 : bool[3,1] @ models/lib/nn.yaml:33:20
%2118 = select %2117, %2109, %2116 : f32[3,1] @ models/lib/nn.yaml:33:20
%2119 = const data=[0.5] : f32[] @ models/lib/nn.yaml:33:24
%2120 = broadcast %2119 : f32[3,1] @ models/lib/nn.yaml:33:24
%2121 = mul %2118, %2120 : f32[3,1] @ models/lib/nn.yaml:33:24
%2122 = div %2121, %1782 : f32[3,1] @ models/lib/nn.yaml:33:24
%2123 = broadcast %2122 : f32[3,8] @ models/lib/nn.yaml:33:29
%2124 = mul %2123, %1766 : f32[3,8] @ models/lib/nn.yaml:33:35
%2125 = add %2106, %2124 : f32[3,8] @ models/lib/nn.yaml:33:35
%2126 = mul %2123, %1766 : f32[3,8] @ models/lib/nn.yaml:33:35
%2127 = add %2125, %2126 : f32[3,8] @ models/lib/nn.yaml:33:35
%2128 = pad %2010 lo=[3,0,0] hi=[0,0,0] value=0 : f32[6,16,6] @ models/moco_pass.yaml:160:32
%2129 = pad %2049 lo=[0,0,0] hi=[3,0,0] value=0 : f32[6,16,6] @ models/moco_pass.yaml:160:32
%2130 = add %2128, %2129 : f32[6,16,6] @ models/moco_pass.yaml:160:32
%2131 = pad %2089 lo=[3,0] hi=[0,0] value=0 : f32[6,8] @ models/moco_pass.yaml:160:25
%2132 = pad %2127 lo=[0,0] hi=[3,0] value=0 : f32[6,8] @ models/moco_pass.yaml:160:25
%2133 = add %2131, %2132 : f32[6,8] @ models/moco_pass.yaml:160:25
%2134 = reshape %2130 : f32[96,6] @ models/moco_pass.yaml:132:23
%2135 = reshape %2134 : f32[2,48,6] @ models/moco_pass.yaml:83:13
%2136 = mul %2135, %1762 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%2137 = mul %2135, %1748 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%2138 = reduce_sum %2137 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2139 = mul %1761, %1761 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2140 = mul %1761, %2139 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2141 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2142 = broadcast %2141 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2143 = mul %2140, %2142 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2144 = mul %2138, %2143 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2145 = div %2144, %1756 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%2146 = all_reduce_sum %2145 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2147 = div %2146, %1752 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2148 = broadcast %2147 : f32[2,48,6] @ models/moco_pass.yaml:82:25
%2149 = mul %2148, %1748 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2150 = add %2136, %2149 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2151 = mul %2148, %1748 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2152 = add %2150, %2151 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2153 = neg %2152 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%2154 = reduce_sum %2153 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2155 = div %2154, %1745 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%2156 = all_reduce_sum %2155 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2157 = div %2156, %1741 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2158 = broadcast %2157 : f32[2,48,6] @ models/moco_pass.yaml:80:24
%2159 = add %2152, %2158 : f32[2,48,6] @ models/moco_pass.yaml:80:24
%2160 = reshape %2159 : f32[96,6] @ models/moco_pass.yaml:79:13
%2161 = matmul %2160, %88 ta=0 tb=0 : f32[96,12] @ models/lib/nn.yaml:83:15
%2162 = matmul %2160, %1736 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2163 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2164 = broadcast %2163 : f32[96,12] @ models/moco_pass.yaml:70:16
%2165 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2166 = broadcast %2165 : f32[96,12] @ models/moco_pass.yaml:70:16
%2167 = mul %2161, %2166 : f32[96,12] @ models/moco_pass.yaml:70:16
%2168 = eq %1732, %1735 : bool[96,12] @ models/moco_pass.yaml:70:16
%2169 = select %2168, %2167, %2164 : f32[96,12] @ models/moco_pass.yaml:70:16
%2170 = gt %1732, %1735 : bool[96,12] @ models/moco_pass.yaml:70:16
%2171 = select %2170, %2161, %2169 : f32[96,12] @ models/moco_pass.yaml:70:16
%2172 = reduce_sum %2171 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:27
%2173 = reshape %2172 : f32[12] @ models/moco_pass.yaml:84:27
%2174 = mul %2171, %1729 : f32[96,12] @ models/moco_pass.yaml:84:18
%2175 = mul %2171, %1728 : f32[96,12] @ models/moco_pass.yaml:84:18
%2176 = reduce_sum %2175 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%2177 = reshape %2176 : f32[12] @ models/moco_pass.yaml:84:18
%2178 = reshape %2174 : f32[2,48,12] @ models/moco_pass.yaml:83:13
%2179 = mul %2178, %1726 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%2180 = mul %2178, %1712 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%2181 = reduce_sum %2180 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2182 = mul %1725, %1725 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2183 = mul %1725, %2182 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2184 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2185 = broadcast %2184 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2186 = mul %2183, %2185 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2187 = mul %2181, %2186 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2188 = div %2187, %1720 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%2189 = all_reduce_sum %2188 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2190 = div %2189, %1716 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2191 = broadcast %2190 : f32[2,48,12] @ models/moco_pass.yaml:82:25
%2192 = mul %2191, %1712 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2193 = add %2179, %2192 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2194 = mul %2191, %1712 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2195 = add %2193, %2194 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2196 = neg %2195 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%2197 = reduce_sum %2196 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2198 = div %2197, %1709 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%2199 = all_reduce_sum %2198 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2200 = div %2199, %1705 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2201 = broadcast %2200 : f32[2,48,12] @ models/moco_pass.yaml:80:24
%2202 = add %2195, %2201 : f32[2,48,12] @ models/moco_pass.yaml:80:24
%2203 = reshape %2202 : f32[96,12] @ models/moco_pass.yaml:79:13
%2204 = matmul %2203, %85 ta=0 tb=0 : f32[96,6] @ models/lib/nn.yaml:83:15
%2205 = matmul %2203, %1700 ta=1 tb=0 : f32[12,6] @ models/lib/nn.yaml:83:15
%2206 = reshape %2204 : f32[2,48,6] @ models/moco_pass.yaml:83:13
%2207 = mul %2206, %1698 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%2208 = mul %2206, %1684 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%2209 = reduce_sum %2208 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:83:23
%2210 = mul %1697, %1697 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2211 = mul %1697, %2210 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2212 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2213 = broadcast %2212 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2214 = mul %2211, %2213 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2215 = mul %2209, %2214 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%2216 = div %2215, %1692 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%2217 = all_reduce_sum %2216 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%2218 = div %2217, %1688 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%2219 = broadcast %2218 : f32[2,48,6] @ models/moco_pass.yaml:82:25
%2220 = mul %2219, %1684 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2221 = add %2207, %2220 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2222 = mul %2219, %1684 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2223 = add %2221, %2222 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%2224 = neg %2223 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%2225 = reduce_sum %2224 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:81:15
%2226 = div %2225, %1681 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%2227 = all_reduce_sum %2226 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%2228 = div %2227, %1677 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%2229 = broadcast %2228 : f32[2,48,6] @ models/moco_pass.yaml:80:24
%2230 = add %2223, %2229 : f32[2,48,6] @ models/moco_pass.yaml:80:24
%2231 = reshape %2230 : f32[96,6] @ models/moco_pass.yaml:79:13
%2232 = matmul %2231, %84 ta=0 tb=0 : f32[96,12] @ models/lib/nn.yaml:83:15
%2233 = matmul %2231, %1672 ta=1 tb=0 : f32[6,12] @ models/lib/nn.yaml:83:15
%2234 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2235 = broadcast %2234 : f32[96,12] @ models/moco_pass.yaml:70:16
%2236 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2237 = broadcast %2236 : f32[96,12] @ models/moco_pass.yaml:70:16
%2238 = mul %2232, %2237 : f32[96,12] @ models/moco_pass.yaml:70:16
%2239 = eq %1668, %1671 : bool[96,12] @ models/moco_pass.yaml:70:16
%2240 = select %2239, %2238, %2235 : f32[96,12] @ models/moco_pass.yaml:70:16
%2241 = gt %1668, %1671 : bool[96,12] @ models/moco_pass.yaml:70:16
%2242 = select %2241, %2232, %2240 : f32[96,12] @ models/moco_pass.yaml:70:16
%2243 = reduce_sum %2242 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:27
%2244 = reshape %2243 : f32[12] @ models/moco_pass.yaml:84:27
%2245 = mul %2242, %1665 : f32[96,12] @ models/moco_pass.yaml:84:18
%2246 = mul %2242, %1664 : f32[96,12] @ models/moco_pass.yaml:84:18
%2247 = reduce_sum %2246 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%2248 = reshape %2247 : f32[12] @ models/moco_pass.yaml:84:18
%2249 = reshape %2245 : f32[2,48,12] @ models/moco_pass.yaml:83:13
%2250 = mul %2249, %1662 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%2251 = mul %2249, %1648 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%2252 = reduce_sum %2251 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2253 = mul %1661, %1661 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2254 = mul %1661, %2253 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2255 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2256 = broadcast %2255 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2257 = mul %2254, %2256 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2258 = mul %2252, %2257 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2259 = div %2258, %1656 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%2260 = all_reduce_sum %2259 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2261 = div %2260, %1652 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2262 = broadcast %2261 : f32[2,48,12] @ models/moco_pass.yaml:82:25
%2263 = mul %2262, %1648 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2264 = add %2250, %2263 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2265 = mul %2262, %1648 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2266 = add %2264, %2265 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2267 = neg %2266 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%2268 = reduce_sum %2267 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2269 = div %2268, %1645 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%2270 = all_reduce_sum %2269 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2271 = div %2270, %1641 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2272 = broadcast %2271 : f32[2,48,12] @ models/moco_pass.yaml:80:24
%2273 = add %2266, %2272 : f32[2,48,12] @ models/moco_pass.yaml:80:24
%2274 = reshape %2273 : f32[96,12] @ models/moco_pass.yaml:79:13
%2275 = matmul %2274, %81 ta=0 tb=0 : f32[96,12] @ models/lib/nn.yaml:83:15
%2276 = matmul %2274, %1636 ta=1 tb=0 : f32[12,12] @ models/lib/nn.yaml:83:15
%2277 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2278 = broadcast %2277 : f32[96,12] @ models/moco_pass.yaml:70:16
%2279 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2280 = broadcast %2279 : f32[96,12] @ models/moco_pass.yaml:70:16
%2281 = mul %2275, %2280 : f32[96,12] @ models/moco_pass.yaml:70:16
%2282 = eq %1632, %1635 : bool[96,12] @ models/moco_pass.yaml:70:16
%2283 = select %2282, %2281, %2278 : f32[96,12] @ models/moco_pass.yaml:70:16
%2284 = gt %1632, %1635 : bool[96,12] @ models/moco_pass.yaml:70:16
%2285 = select %2284, %2275, %2283 : f32[96,12] @ models/moco_pass.yaml:70:16
%2286 = reduce_sum %2285 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:27
%2287 = reshape %2286 : f32[12] @ models/moco_pass.yaml:84:27
%2288 = mul %2285, %1629 : f32[96,12] @ models/moco_pass.yaml:84:18
%2289 = mul %2285, %1628 : f32[96,12] @ models/moco_pass.yaml:84:18
%2290 = reduce_sum %2289 axes=[0] keep=1 : f32[1,12] @ models/moco_pass.yaml:84:18
%2291 = reshape %2290 : f32[12] @ models/moco_pass.yaml:84:18
%2292 = reshape %2288 : f32[2,48,12] @ models/moco_pass.yaml:83:13
%2293 = mul %2292, %1626 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%2294 = mul %2292, %1612 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%2295 = reduce_sum %2294 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:83:23
%2296 = mul %1625, %1625 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2297 = mul %1625, %2296 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2298 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2299 = broadcast %2298 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2300 = mul %2297, %2299 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2301 = mul %2295, %2300 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%2302 = div %2301, %1620 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%2303 = all_reduce_sum %2302 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%2304 = div %2303, %1616 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%2305 = broadcast %2304 : f32[2,48,12] @ models/moco_pass.yaml:82:25
%2306 = mul %2305, %1612 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2307 = add %2293, %2306 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2308 = mul %2305, %1612 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2309 = add %2307, %2308 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%2310 = neg %2309 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%2311 = reduce_sum %2310 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:81:15
%2312 = div %2311, %1609 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%2313 = all_reduce_sum %2312 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%2314 = div %2313, %1605 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%2315 = broadcast %2314 : f32[2,48,12] @ models/moco_pass.yaml:80:24
%2316 = add %2309, %2315 : f32[2,48,12] @ models/moco_pass.yaml:80:24
%2317 = reshape %2316 : f32[96,12] @ models/moco_pass.yaml:79:13
%2318 = matmul %2317, %78 ta=0 tb=0 : f32[96,16] @ models/lib/nn.yaml:83:15
%2319 = matmul %2317, %1600 ta=1 tb=0 : f32[12,16] @ models/lib/nn.yaml:83:15
%2320 = reshape %2318 : f32[6,16,16] @ models/moco_pass.yaml:131:49
%2321 = pad %2320 lo=[0,1,0] hi=[0,0,0] value=0 : f32[6,17,16] @ models/moco_pass.yaml:131:58
%2322 = reshape %2133 : f32[2,3,8] @ models/moco_pass.yaml:83:13
%2323 = mul %2322, %1596 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%2324 = mul %2322, %1582 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%2325 = reduce_sum %2324 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2326 = mul %1595, %1595 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2327 = mul %1595, %2326 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2328 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2329 = broadcast %2328 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2330 = mul %2327, %2329 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2331 = mul %2325, %2330 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2332 = div %2331, %1590 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%2333 = all_reduce_sum %2332 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2334 = div %2333, %1586 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2335 = broadcast %2334 : f32[2,3,8] @ models/moco_pass.yaml:82:25
%2336 = mul %2335, %1582 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2337 = add %2323, %2336 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2338 = mul %2335, %1582 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2339 = add %2337, %2338 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2340 = neg %2339 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%2341 = reduce_sum %2340 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2342 = div %2341, %1579 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%2343 = all_reduce_sum %2342 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2344 = div %2343, %1575 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2345 = broadcast %2344 : f32[2,3,8] @ models/moco_pass.yaml:80:24
%2346 = add %2339, %2345 : f32[2,3,8] @ models/moco_pass.yaml:80:24
%2347 = reshape %2346 : f32[6,8] @ models/moco_pass.yaml:79:13
%2348 = matmul %2347, %77 ta=0 tb=0 : f32[6,24] @ models/lib/nn.yaml:83:15
%2349 = matmul %2347, %1570 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2350 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2351 = broadcast %2350 : f32[6,24] @ models/moco_pass.yaml:70:16
%2352 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2353 = broadcast %2352 : f32[6,24] @ models/moco_pass.yaml:70:16
%2354 = mul %2348, %2353 : f32[6,24] @ models/moco_pass.yaml:70:16
%2355 = eq %1566, %1569 : bool[6,24] @ models/moco_pass.yaml:70:16
%2356 = select %2355, %2354, %2351 : f32[6,24] @ models/moco_pass.yaml:70:16
%2357 = gt %1566, %1569 : bool[6,24] @ models/moco_pass.yaml:70:16
%2358 = select %2357, %2348, %2356 : f32[6,24] @ models/moco_pass.yaml:70:16
%2359 = reduce_sum %2358 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2360 = reshape %2359 : f32[24] @ models/moco_pass.yaml:84:27
%2361 = mul %2358, %1563 : f32[6,24] @ models/moco_pass.yaml:84:18
%2362 = mul %2358, %1562 : f32[6,24] @ models/moco_pass.yaml:84:18
%2363 = reduce_sum %2362 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2364 = reshape %2363 : f32[24] @ models/moco_pass.yaml:84:18
%2365 = reshape %2361 : f32[2,3,24] @ models/moco_pass.yaml:83:13
%2366 = mul %2365, %1560 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%2367 = mul %2365, %1546 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%2368 = reduce_sum %2367 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2369 = mul %1559, %1559 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2370 = mul %1559, %2369 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2371 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2372 = broadcast %2371 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2373 = mul %2370, %2372 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2374 = mul %2368, %2373 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2375 = div %2374, %1554 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%2376 = all_reduce_sum %2375 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2377 = div %2376, %1550 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2378 = broadcast %2377 : f32[2,3,24] @ models/moco_pass.yaml:82:25
%2379 = mul %2378, %1546 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2380 = add %2366, %2379 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2381 = mul %2378, %1546 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2382 = add %2380, %2381 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2383 = neg %2382 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%2384 = reduce_sum %2383 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2385 = div %2384, %1543 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%2386 = all_reduce_sum %2385 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2387 = div %2386, %1539 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2388 = broadcast %2387 : f32[2,3,24] @ models/moco_pass.yaml:80:24
%2389 = add %2382, %2388 : f32[2,3,24] @ models/moco_pass.yaml:80:24
%2390 = reshape %2389 : f32[6,24] @ models/moco_pass.yaml:79:13
%2391 = matmul %2390, %74 ta=0 tb=0 : f32[6,8] @ models/lib/nn.yaml:83:15
%2392 = matmul %2390, %1534 ta=1 tb=0 : f32[24,8] @ models/lib/nn.yaml:83:15
%2393 = reshape %2391 : f32[2,3,8] @ models/moco_pass.yaml:83:13
%2394 = mul %2393, %1532 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%2395 = mul %2393, %1518 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%2396 = reduce_sum %2395 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:83:23
%2397 = mul %1531, %1531 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2398 = mul %1531, %2397 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2399 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2400 = broadcast %2399 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2401 = mul %2398, %2400 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2402 = mul %2396, %2401 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%2403 = div %2402, %1526 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%2404 = all_reduce_sum %2403 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%2405 = div %2404, %1522 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%2406 = broadcast %2405 : f32[2,3,8] @ models/moco_pass.yaml:82:25
%2407 = mul %2406, %1518 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2408 = add %2394, %2407 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2409 = mul %2406, %1518 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2410 = add %2408, %2409 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%2411 = neg %2410 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%2412 = reduce_sum %2411 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:81:15
%2413 = div %2412, %1515 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%2414 = all_reduce_sum %2413 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%2415 = div %2414, %1511 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%2416 = broadcast %2415 : f32[2,3,8] @ models/moco_pass.yaml:80:24
%2417 = add %2410, %2416 : f32[2,3,8] @ models/moco_pass.yaml:80:24
%2418 = reshape %2417 : f32[6,8] @ models/moco_pass.yaml:79:13
%2419 = matmul %2418, %73 ta=0 tb=0 : f32[6,24] @ models/lib/nn.yaml:83:15
%2420 = matmul %2418, %1506 ta=1 tb=0 : f32[8,24] @ models/lib/nn.yaml:83:15
%2421 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2422 = broadcast %2421 : f32[6,24] @ models/moco_pass.yaml:70:16
%2423 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2424 = broadcast %2423 : f32[6,24] @ models/moco_pass.yaml:70:16
%2425 = mul %2419, %2424 : f32[6,24] @ models/moco_pass.yaml:70:16
%2426 = eq %1502, %1505 : bool[6,24] @ models/moco_pass.yaml:70:16
%2427 = select %2426, %2425, %2422 : f32[6,24] @ models/moco_pass.yaml:70:16
%2428 = gt %1502, %1505 : bool[6,24] @ models/moco_pass.yaml:70:16
%2429 = select %2428, %2419, %2427 : f32[6,24] @ models/moco_pass.yaml:70:16
%2430 = reduce_sum %2429 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2431 = reshape %2430 : f32[24] @ models/moco_pass.yaml:84:27
%2432 = mul %2429, %1499 : f32[6,24] @ models/moco_pass.yaml:84:18
%2433 = mul %2429, %1498 : f32[6,24] @ models/moco_pass.yaml:84:18
%2434 = reduce_sum %2433 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2435 = reshape %2434 : f32[24] @ models/moco_pass.yaml:84:18
%2436 = reshape %2432 : f32[2,3,24] @ models/moco_pass.yaml:83:13
%2437 = mul %2436, %1496 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%2438 = mul %2436, %1482 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%2439 = reduce_sum %2438 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2440 = mul %1495, %1495 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2441 = mul %1495, %2440 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2442 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2443 = broadcast %2442 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2444 = mul %2441, %2443 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2445 = mul %2439, %2444 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2446 = div %2445, %1490 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%2447 = all_reduce_sum %2446 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2448 = div %2447, %1486 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2449 = broadcast %2448 : f32[2,3,24] @ models/moco_pass.yaml:82:25
%2450 = mul %2449, %1482 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2451 = add %2437, %2450 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2452 = mul %2449, %1482 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2453 = add %2451, %2452 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2454 = neg %2453 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%2455 = reduce_sum %2454 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2456 = div %2455, %1479 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%2457 = all_reduce_sum %2456 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2458 = div %2457, %1475 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2459 = broadcast %2458 : f32[2,3,24] @ models/moco_pass.yaml:80:24
%2460 = add %2453, %2459 : f32[2,3,24] @ models/moco_pass.yaml:80:24
%2461 = reshape %2460 : f32[6,24] @ models/moco_pass.yaml:79:13
%2462 = matmul %2461, %70 ta=0 tb=0 : f32[6,24] @ models/lib/nn.yaml:83:15
%2463 = matmul %2461, %1470 ta=1 tb=0 : f32[24,24] @ models/lib/nn.yaml:83:15
%2464 = const data=[0] : f32[] @ models/moco_pass.yaml:70:16
%2465 = broadcast %2464 : f32[6,24] @ models/moco_pass.yaml:70:16
%2466 = const data=[0.5] : f32[] @ models/moco_pass.yaml:70:16
%2467 = broadcast %2466 : f32[6,24] @ models/moco_pass.yaml:70:16
%2468 = mul %2462, %2467 : f32[6,24] @ models/moco_pass.yaml:70:16
%2469 = eq %1466, %1469 : bool[6,24] @ models/moco_pass.yaml:70:16
%2470 = select %2469, %2468, %2465 : f32[6,24] @ models/moco_pass.yaml:70:16
%2471 = gt %1466, %1469 : bool[6,24] @ models/moco_pass.yaml:70:16
%2472 = select %2471, %2462, %2470 : f32[6,24] @ models/moco_pass.yaml:70:16
%2473 = reduce_sum %2472 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:27
%2474 = reshape %2473 : f32[24] @ models/moco_pass.yaml:84:27
%2475 = mul %2472, %1463 : f32[6,24] @ models/moco_pass.yaml:84:18
%2476 = mul %2472, %1462 : f32[6,24] @ models/moco_pass.yaml:84:18
%2477 = reduce_sum %2476 axes=[0] keep=1 : f32[1,24] @ models/moco_pass.yaml:84:18
%2478 = reshape %2477 : f32[24] @ models/moco_pass.yaml:84:18
%2479 = reshape %2475 : f32[2,3,24] @ models/moco_pass.yaml:83:13
%2480 = mul %2479, %1460 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%2481 = mul %2479, %1446 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%2482 = reduce_sum %2481 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:83:23
%2483 = mul %1459, %1459 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2484 = mul %1459, %2483 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2485 = const data=[-0.5] : f32[] @ models/moco_pass.yaml:83:25
%2486 = broadcast %2485 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2487 = mul %2484, %2486 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2488 = mul %2482, %2487 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%2489 = div %2488, %1454 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%2490 = all_reduce_sum %2489 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%2491 = div %2490, %1450 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%2492 = broadcast %2491 : f32[2,3,24] @ models/moco_pass.yaml:82:25
%2493 = mul %2492, %1446 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2494 = add %2480, %2493 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2495 = mul %2492, %1446 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2496 = add %2494, %2495 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%2497 = neg %2496 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%2498 = reduce_sum %2497 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:81:15
%2499 = div %2498, %1443 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%2500 = all_reduce_sum %2499 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%2501 = div %2500, %1439 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%2502 = broadcast %2501 : f32[2,3,24] @ models/moco_pass.yaml:80:24
%2503 = add %2496, %2502 : f32[2,3,24] @ models/moco_pass.yaml:80:24
%2504 = reshape %2503 : f32[6,24] @ models/moco_pass.yaml:79:13
%2505 = matmul %2504, %67 ta=0 tb=0 : f32[6,16] @ models/lib/nn.yaml:83:15
%2506 = matmul %2504, %1434 ta=1 tb=0 : f32[24,16] @ models/lib/nn.yaml:83:15
%2507 = reshape %2505 : f32[6,1,16] @ models/moco_pass.yaml:130:38
%2508 = pad %2507 lo=[0,0,0] hi=[0,16,0] value=0 : f32[6,17,16] @ models/moco_pass.yaml:130:38
%2509 = add %2321, %2508 : f32[6,17,16] @ models/moco_pass.yaml:130:38
%2510 = reduce_sum %2509 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2511 = reshape %2510 : f32[16] @ models/lib/nn.yaml:96:46
%2512 = mul %2509, %1429 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%2513 = mul %2509, %1428 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%2514 = reduce_sum %2513 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2515 = reshape %2514 : f32[16] @ models/lib/nn.yaml:96:37
%2516 = mul %2512, %1427 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%2517 = mul %2512, %1417 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%2518 = reduce_sum %2517 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:96:18
%2519 = mul %1426, %1426 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2520 = mul %1426, %2519 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2521 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2522 = broadcast %2521 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2523 = mul %2520, %2522 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2524 = mul %2518, %2523 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2525 = div %2524, %1421 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%2526 = broadcast %2525 : f32[6,17,16] @ models/lib/nn.yaml:95:15
%2527 = mul %2526, %1417 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2528 = add %2516, %2527 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2529 = mul %2526, %1417 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2530 = add %2528, %2529 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2531 = neg %2530 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%2532 = reduce_sum %2531 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:94:15
%2533 = div %2532, %1414 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%2534 = broadcast %2533 : f32[6,17,16] @ models/lib/nn.yaml:93:14
%2535 = add %2530, %2534 : f32[6,17,16] @ models/lib/nn.yaml:93:14
%2536 = slice %2535 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:111:21
%2537 = slice %2535 lo=[0,1,0] hi=[6,17,16] : f32[6,16,16] @ models/lib/vit.yaml:111:21
%2538 = reduce_sum %2536 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2539 = reshape %2538 : f32[16] @ models/lib/nn.yaml:84:18
%2540 = matmul %2536, %63 ta=0 tb=0 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%2541 = reshape %1406 : f32[6,64] @ models/lib/nn.yaml:83:15
%2542 = reshape %2536 : f32[6,16] @ models/lib/nn.yaml:83:15
%2543 = matmul %2542, %2541 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2544 = mul %2540, %1405 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%2545 = mul %2540, %1398 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%2546 = mul %1401, %1401 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2547 = neg %2546 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2548 = exp %2547 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2549 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2550 = broadcast %2549 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2551 = mul %2548, %2550 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2552 = mul %2545, %2551 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2553 = mul %2552, %1400 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%2554 = mul %2544, %1397 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%2555 = add %2553, %2554 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%2556 = reduce_sum %2555 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2557 = reshape %2556 : f32[64] @ models/lib/nn.yaml:84:18
%2558 = matmul %2555, %61 ta=0 tb=0 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%2559 = reshape %1392 : f32[6,16] @ models/lib/nn.yaml:83:15
%2560 = reshape %2555 : f32[6,64] @ models/lib/nn.yaml:83:15
%2561 = matmul %2560, %2559 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2562 = reduce_sum %2558 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2563 = reshape %2562 : f32[16] @ models/lib/nn.yaml:96:46
%2564 = mul %2558, %1389 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%2565 = mul %2558, %1388 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%2566 = reduce_sum %2565 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2567 = reshape %2566 : f32[16] @ models/lib/nn.yaml:96:37
%2568 = mul %2564, %1387 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%2569 = mul %2564, %1377 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%2570 = reduce_sum %2569 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:96:18
%2571 = mul %1386, %1386 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2572 = mul %1386, %2571 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2573 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2574 = broadcast %2573 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2575 = mul %2572, %2574 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2576 = mul %2570, %2575 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2577 = div %2576, %1381 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%2578 = broadcast %2577 : f32[6,1,16] @ models/lib/nn.yaml:95:15
%2579 = mul %2578, %1377 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2580 = add %2568, %2579 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2581 = mul %2578, %1377 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2582 = add %2580, %2581 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2583 = add %2536, %2582 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%2584 = neg %2582 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%2585 = reduce_sum %2584 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:94:15
%2586 = div %2585, %1374 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%2587 = broadcast %2586 : f32[6,1,16] @ models/lib/nn.yaml:93:14
%2588 = add %2583, %2587 : f32[6,1,16] @ models/lib/nn.yaml:93:14
%2589 = reduce_sum %2588 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2590 = reshape %2589 : f32[16] @ models/lib/nn.yaml:84:18
%2591 = matmul %2588, %57 ta=0 tb=0 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%2592 = reshape %1367 : f32[6,16] @ models/lib/nn.yaml:83:15
%2593 = reshape %2588 : f32[6,16] @ models/lib/nn.yaml:83:15
%2594 = matmul %2593, %2592 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2595 = reshape %2591 : f32[6,1,2,8] @ models/lib/nn.yaml:57:16
%2596 = permute %2595 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/nn.yaml:56:13
%2597 = matmul %2596, %1352 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:56:23
%2598 = matmul %1364, %2596 ta=1 tb=0 : f32[6,2,17,8] @ models/lib/nn.yaml:56:23
%2599 = div %2597, %1363 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%2600 = mul %2599, %1364 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%2601 = neg %2600 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%2602 = reduce_sum %2601 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:18
%2603 = broadcast %2602 : f32[6,2,1,17] @ models/lib/nn.yaml:15:20
%2604 = add %2599, %2603 : f32[6,2,1,17] @ models/lib/nn.yaml:15:20
%2605 = mul %2604, %1361 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%2606 = mul %2605, %1355 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%2607 = matmul %2606, %1347 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:55:23
%2608 = matmul %2606, %1342 ta=1 tb=0 : f32[6,2,17,8] @ models/lib/nn.yaml:55:23
%2609 = permute %2598 perm=[0,2,1,3] : f32[6,17,2,8] @ models/lib/vit.yaml:80:14
%2610 = reshape %2609 : f32[6,17,16] @ models/lib/vit.yaml:80:22
%2611 = reduce_sum %2610 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2612 = reshape %2611 : f32[16] @ models/lib/nn.yaml:84:18
%2613 = matmul %2610, %55 ta=0 tb=0 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%2614 = reshape %1336 : f32[102,16] @ models/lib/nn.yaml:83:15
%2615 = reshape %2610 : f32[102,16] @ models/lib/nn.yaml:83:15
%2616 = matmul %2615, %2614 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2617 = permute %2608 perm=[0,2,1,3] : f32[6,17,2,8] @ models/lib/vit.yaml:79:14
%2618 = reshape %2617 : f32[6,17,16] @ models/lib/vit.yaml:79:22
%2619 = reduce_sum %2618 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2620 = reshape %2619 : f32[16] @ models/lib/nn.yaml:84:18
%2621 = matmul %2618, %53 ta=0 tb=0 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%2622 = add %2613, %2621 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%2623 = reshape %1336 : f32[102,16] @ models/lib/nn.yaml:83:15
%2624 = reshape %2618 : f32[102,16] @ models/lib/nn.yaml:83:15
%2625 = matmul %2624, %2623 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2626 = permute %2607 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/vit.yaml:78:14
%2627 = reshape %2626 : f32[6,1,16] @ models/lib/vit.yaml:78:22
%2628 = reduce_sum %2627 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2629 = reshape %2628 : f32[16] @ models/lib/nn.yaml:84:18
%2630 = matmul %2627, %51 ta=0 tb=0 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%2631 = reshape %1337 : f32[6,16] @ models/lib/nn.yaml:83:15
%2632 = reshape %2627 : f32[6,16] @ models/lib/nn.yaml:83:15
%2633 = matmul %2632, %2631 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2634 = pad %2630 lo=[0,0,0] hi=[0,16,0] value=0 : f32[6,17,16] @ models/lib/vit.yaml:78:33
%2635 = add %2622, %2634 : f32[6,17,16] @ models/lib/vit.yaml:78:33
%2636 = reduce_sum %2635 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2637 = reshape %2636 : f32[16] @ models/lib/nn.yaml:96:46
%2638 = mul %2635, %1333 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%2639 = mul %2635, %1332 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%2640 = reduce_sum %2639 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2641 = reshape %2640 : f32[16] @ models/lib/nn.yaml:96:37
%2642 = mul %2638, %1331 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%2643 = mul %2638, %1321 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%2644 = reduce_sum %2643 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:96:18
%2645 = mul %1330, %1330 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2646 = mul %1330, %2645 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2647 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2648 = broadcast %2647 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2649 = mul %2646, %2648 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2650 = mul %2644, %2649 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2651 = div %2650, %1325 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%2652 = broadcast %2651 : f32[6,17,16] @ models/lib/nn.yaml:95:15
%2653 = mul %2652, %1321 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2654 = add %2642, %2653 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2655 = mul %2652, %1321 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2656 = add %2654, %2655 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2657 = neg %2656 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%2658 = reduce_sum %2657 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:94:15
%2659 = div %2658, %1318 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%2660 = broadcast %2659 : f32[6,17,16] @ models/lib/nn.yaml:93:14
%2661 = add %2656, %2660 : f32[6,17,16] @ models/lib/nn.yaml:93:14
%2662 = slice %2661 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:95:24
%2663 = add %2588, %2662 : f32[6,1,16] @ models/lib/vit.yaml:95:24
%2664 = slice %2661 lo=[0,1,0] hi=[6,17,16] : f32[6,16,16] @ models/lib/vit.yaml:95:24
%2665 = add %2537, %2664 : f32[6,16,16] @ models/lib/vit.yaml:95:24
%2666 = reduce_sum %2663 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2667 = reshape %2666 : f32[16] @ models/lib/nn.yaml:84:18
%2668 = matmul %2663, %47 ta=0 tb=0 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%2669 = reshape %1310 : f32[6,64] @ models/lib/nn.yaml:83:15
%2670 = reshape %2663 : f32[6,16] @ models/lib/nn.yaml:83:15
%2671 = matmul %2670, %2669 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2672 = mul %2668, %1309 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%2673 = mul %2668, %1302 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%2674 = mul %1305, %1305 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2675 = neg %2674 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2676 = exp %2675 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2677 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2678 = broadcast %2677 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2679 = mul %2676, %2678 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2680 = mul %2673, %2679 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%2681 = mul %2680, %1304 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%2682 = mul %2672, %1301 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%2683 = add %2681, %2682 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%2684 = reduce_sum %2683 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2685 = reshape %2684 : f32[64] @ models/lib/nn.yaml:84:18
%2686 = matmul %2683, %45 ta=0 tb=0 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%2687 = reshape %1296 : f32[6,16] @ models/lib/nn.yaml:83:15
%2688 = reshape %2683 : f32[6,64] @ models/lib/nn.yaml:83:15
%2689 = matmul %2688, %2687 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2690 = reduce_sum %2686 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2691 = reshape %2690 : f32[16] @ models/lib/nn.yaml:96:46
%2692 = mul %2686, %1293 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%2693 = mul %2686, %1292 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%2694 = reduce_sum %2693 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2695 = reshape %2694 : f32[16] @ models/lib/nn.yaml:96:37
%2696 = mul %2692, %1291 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%2697 = mul %2692, %1281 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%2698 = reduce_sum %2697 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:96:18
%2699 = mul %1290, %1290 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2700 = mul %1290, %2699 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2701 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2702 = broadcast %2701 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2703 = mul %2700, %2702 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2704 = mul %2698, %2703 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%2705 = div %2704, %1285 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%2706 = broadcast %2705 : f32[6,1,16] @ models/lib/nn.yaml:95:15
%2707 = mul %2706, %1281 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2708 = add %2696, %2707 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2709 = mul %2706, %1281 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2710 = add %2708, %2709 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%2711 = add %2663, %2710 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%2712 = neg %2710 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%2713 = reduce_sum %2712 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:94:15
%2714 = div %2713, %1278 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%2715 = broadcast %2714 : f32[6,1,16] @ models/lib/nn.yaml:93:14
%2716 = add %2711, %2715 : f32[6,1,16] @ models/lib/nn.yaml:93:14
%2717 = reduce_sum %2716 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2718 = reshape %2717 : f32[16] @ models/lib/nn.yaml:84:18
%2719 = matmul %2716, %41 ta=0 tb=0 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%2720 = reshape %1271 : f32[6,16] @ models/lib/nn.yaml:83:15
%2721 = reshape %2716 : f32[6,16] @ models/lib/nn.yaml:83:15
%2722 = matmul %2721, %2720 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2723 = reshape %2719 : f32[6,1,2,8] @ models/lib/nn.yaml:57:16
%2724 = permute %2723 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/nn.yaml:56:13
%2725 = matmul %2724, %1256 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:56:23
%2726 = matmul %1268, %2724 ta=1 tb=0 : f32[6,2,17,8] @ models/lib/nn.yaml:56:23
%2727 = div %2725, %1267 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%2728 = mul %2727, %1268 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%2729 = neg %2728 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%2730 = reduce_sum %2729 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:18
%2731 = broadcast %2730 : f32[6,2,1,17] @ models/lib/nn.yaml:15:20
%2732 = add %2727, %2731 : f32[6,2,1,17] @ models/lib/nn.yaml:15:20
%2733 = mul %2732, %1265 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%2734 = mul %2733, %1259 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%2735 = matmul %2734, %1251 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:55:23
%2736 = matmul %2734, %1246 ta=1 tb=0 : f32[6,2,17,8] @ models/lib/nn.yaml:55:23
%2737 = permute %2726 perm=[0,2,1,3] : f32[6,17,2,8] @ models/lib/vit.yaml:80:14
%2738 = reshape %2737 : f32[6,17,16] @ models/lib/vit.yaml:80:22
%2739 = reduce_sum %2738 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2740 = reshape %2739 : f32[16] @ models/lib/nn.yaml:84:18
%2741 = matmul %2738, %39 ta=0 tb=0 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%2742 = reshape %1240 : f32[102,16] @ models/lib/nn.yaml:83:15
%2743 = reshape %2738 : f32[102,16] @ models/lib/nn.yaml:83:15
%2744 = matmul %2743, %2742 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2745 = permute %2736 perm=[0,2,1,3] : f32[6,17,2,8] @ models/lib/vit.yaml:79:14
%2746 = reshape %2745 : f32[6,17,16] @ models/lib/vit.yaml:79:22
%2747 = reduce_sum %2746 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2748 = reshape %2747 : f32[16] @ models/lib/nn.yaml:84:18
%2749 = matmul %2746, %37 ta=0 tb=0 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%2750 = add %2741, %2749 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%2751 = reshape %1240 : f32[102,16] @ models/lib/nn.yaml:83:15
%2752 = reshape %2746 : f32[102,16] @ models/lib/nn.yaml:83:15
%2753 = matmul %2752, %2751 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2754 = permute %2735 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/vit.yaml:78:14
%2755 = reshape %2754 : f32[6,1,16] @ models/lib/vit.yaml:78:22
%2756 = reduce_sum %2755 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2757 = reshape %2756 : f32[16] @ models/lib/nn.yaml:84:18
%2758 = matmul %2755, %35 ta=0 tb=0 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%2759 = reshape %1241 : f32[6,16] @ models/lib/nn.yaml:83:15
%2760 = reshape %2755 : f32[6,16] @ models/lib/nn.yaml:83:15
%2761 = matmul %2760, %2759 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2762 = pad %2758 lo=[0,0,0] hi=[0,16,0] value=0 : f32[6,17,16] @ models/lib/vit.yaml:78:33
%2763 = add %2750, %2762 : f32[6,17,16] @ models/lib/vit.yaml:78:33
%2764 = reduce_sum %2763 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2765 = reshape %2764 : f32[16] @ models/lib/nn.yaml:96:46
%2766 = mul %2763, %1237 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%2767 = mul %2763, %1236 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%2768 = reduce_sum %2767 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2769 = reshape %2768 : f32[16] @ models/lib/nn.yaml:96:37
%2770 = mul %2766, %1235 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%2771 = mul %2766, %1225 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%2772 = reduce_sum %2771 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:96:18
%2773 = mul %1234, %1234 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2774 = mul %1234, %2773 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2775 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2776 = broadcast %2775 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2777 = mul %2774, %2776 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2778 = mul %2772, %2777 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%2779 = div %2778, %1229 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%2780 = broadcast %2779 : f32[6,17,16] @ models/lib/nn.yaml:95:15
%2781 = mul %2780, %1225 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2782 = add %2770, %2781 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2783 = mul %2780, %1225 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2784 = add %2782, %2783 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%2785 = neg %2784 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%2786 = reduce_sum %2785 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:94:15
%2787 = div %2786, %1222 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%2788 = broadcast %2787 : f32[6,17,16] @ models/lib/nn.yaml:93:14
%2789 = add %2784, %2788 : f32[6,17,16] @ models/lib/nn.yaml:93:14
%2790 = slice %2789 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:95:24
%2791 = add %2716, %2790 : f32[6,1,16] @ models/lib/vit.yaml:95:24
%2792 = slice %2789 lo=[0,1,0] hi=[6,17,16] : f32[6,16,16] @ models/lib/vit.yaml:95:24
%2793 = add %2665, %2792 : f32[6,16,16] @ models/lib/vit.yaml:95:24
%2794 = reduce_sum %2791 axes=[0] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:116:31
%2795 = mul %2793, %1215 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%2796 = div %2795, %1207 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%2797 = reduce_sum %2796 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2798 = reshape %2797 : f32[16] @ models/lib/nn.yaml:84:18
%2799 = matmul %2796, %30 ta=0 tb=0 : f32[6,16,64] @ models/lib/nn.yaml:83:15
%2800 = reshape %1202 : f32[96,64] @ models/lib/nn.yaml:83:15
%2801 = reshape %2796 : f32[96,16] @ models/lib/nn.yaml:83:15
%2802 = matmul %2801, %2800 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2803 = mul %2799, %1201 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%2804 = mul %2799, %1194 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%2805 = mul %1197, %1197 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2806 = neg %2805 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2807 = exp %2806 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2808 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2809 = broadcast %2808 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2810 = mul %2807, %2809 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2811 = mul %2804, %2810 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2812 = mul %2811, %1196 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%2813 = mul %2803, %1193 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%2814 = add %2812, %2813 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%2815 = reduce_sum %2814 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2816 = reshape %2815 : f32[64] @ models/lib/nn.yaml:84:18
%2817 = matmul %2814, %28 ta=0 tb=0 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%2818 = reshape %1188 : f32[96,16] @ models/lib/nn.yaml:83:15
%2819 = reshape %2814 : f32[96,64] @ models/lib/nn.yaml:83:15
%2820 = matmul %2819, %2818 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2821 = reduce_sum %2817 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2822 = reshape %2821 : f32[16] @ models/lib/nn.yaml:96:46
%2823 = mul %2817, %1185 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%2824 = mul %2817, %1184 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%2825 = reduce_sum %2824 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2826 = reshape %2825 : f32[16] @ models/lib/nn.yaml:96:37
%2827 = mul %2823, %1183 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%2828 = mul %2823, %1173 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%2829 = reduce_sum %2828 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:96:18
%2830 = mul %1182, %1182 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2831 = mul %1182, %2830 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2832 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2833 = broadcast %2832 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2834 = mul %2831, %2833 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2835 = mul %2829, %2834 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2836 = div %2835, %1177 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%2837 = broadcast %2836 : f32[6,16,16] @ models/lib/nn.yaml:95:15
%2838 = mul %2837, %1173 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2839 = add %2827, %2838 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2840 = mul %2837, %1173 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2841 = add %2839, %2840 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2842 = add %2793, %2841 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%2843 = neg %2841 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%2844 = reduce_sum %2843 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:94:15
%2845 = div %2844, %1170 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%2846 = broadcast %2845 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%2847 = add %2842, %2846 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%2848 = mul %2847, %1165 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%2849 = div %2848, %1156 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%2850 = reduce_sum %2849 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2851 = reshape %2850 : f32[16] @ models/lib/nn.yaml:84:18
%2852 = matmul %2849, %24 ta=0 tb=0 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%2853 = reshape %1151 : f32[96,16] @ models/lib/nn.yaml:83:15
%2854 = reshape %2849 : f32[96,16] @ models/lib/nn.yaml:83:15
%2855 = matmul %2854, %2853 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2856 = reshape %2852 : f32[6,16,2,8] @ models/lib/nn.yaml:57:16
%2857 = permute %2856 perm=[0,2,1,3] : f32[6,2,16,8] @ models/lib/nn.yaml:56:13
%2858 = matmul %2857, %1136 ta=0 tb=1 : f32[6,2,16,16] @ models/lib/nn.yaml:56:23
%2859 = matmul %1148, %2857 ta=1 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:56:23
%2860 = div %2858, %1147 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%2861 = mul %2860, %1148 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%2862 = neg %2861 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%2863 = reduce_sum %2862 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:15:18
%2864 = broadcast %2863 : f32[6,2,16,16] @ models/lib/nn.yaml:15:20
%2865 = add %2860, %2864 : f32[6,2,16,16] @ models/lib/nn.yaml:15:20
%2866 = mul %2865, %1145 : f32[6,2,16,16] @ models/lib/nn.yaml:14:13
%2867 = mul %2866, %1139 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%2868 = matmul %2867, %1134 ta=0 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:55:23
%2869 = matmul %2867, %1132 ta=1 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:55:23
%2870 = reshape %2859 : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:40
%2871 = pad %2870 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:40
%2872 = reshape %2869 : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:34
%2873 = pad %2872 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:34
%2874 = add %2871, %2873 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:34
%2875 = reshape %2868 : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:28
%2876 = pad %2875 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:28
%2877 = add %2874, %2876 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:28
%2878 = permute %2877 perm=[1,3,0,2,4] : f32[6,16,3,2,8] @ models/lib/nn.yaml:66:13
%2879 = reshape %2878 : f32[6,16,48] @ models/lib/nn.yaml:66:21
%2880 = reduce_sum %2879 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2881 = reshape %2880 : f32[48] @ models/lib/nn.yaml:84:18
%2882 = matmul %2879, %22 ta=0 tb=0 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%2883 = reshape %1125 : f32[96,16] @ models/lib/nn.yaml:83:15
%2884 = reshape %2879 : f32[96,48] @ models/lib/nn.yaml:83:15
%2885 = matmul %2884, %2883 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%2886 = reduce_sum %2882 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2887 = reshape %2886 : f32[16] @ models/lib/nn.yaml:96:46
%2888 = mul %2882, %1122 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%2889 = mul %2882, %1121 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%2890 = reduce_sum %2889 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2891 = reshape %2890 : f32[16] @ models/lib/nn.yaml:96:37
%2892 = mul %2888, %1120 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%2893 = mul %2888, %1110 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%2894 = reduce_sum %2893 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:96:18
%2895 = mul %1119, %1119 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2896 = mul %1119, %2895 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2897 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2898 = broadcast %2897 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2899 = mul %2896, %2898 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2900 = mul %2894, %2899 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2901 = div %2900, %1114 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%2902 = broadcast %2901 : f32[6,16,16] @ models/lib/nn.yaml:95:15
%2903 = mul %2902, %1110 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2904 = add %2892, %2903 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2905 = mul %2902, %1110 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2906 = add %2904, %2905 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2907 = add %2847, %2906 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%2908 = neg %2906 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%2909 = reduce_sum %2908 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:94:15
%2910 = div %2909, %1107 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%2911 = broadcast %2910 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%2912 = add %2907, %2911 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%2913 = reduce_sum %2912 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2914 = reshape %2913 : f32[16] @ models/lib/nn.yaml:84:18
%2915 = matmul %2912, %18 ta=0 tb=0 : f32[6,16,64] @ models/lib/nn.yaml:83:15
%2916 = reshape %1100 : f32[96,64] @ models/lib/nn.yaml:83:15
%2917 = reshape %2912 : f32[96,16] @ models/lib/nn.yaml:83:15
%2918 = matmul %2917, %2916 ta=1 tb=0 : f32[16,64] @ models/lib/nn.yaml:83:15
%2919 = mul %2915, %1099 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%2920 = mul %2915, %1092 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%2921 = mul %1095, %1095 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2922 = neg %2921 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2923 = exp %2922 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2924 = const data=[1.1283792] : f32[] @ models/lib/nn.yaml:27:31
%2925 = broadcast %2924 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2926 = mul %2923, %2925 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2927 = mul %2920, %2926 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%2928 = mul %2927, %1094 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%2929 = mul %2919, %1091 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%2930 = add %2928, %2929 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%2931 = reduce_sum %2930 axes=[0,1] keep=1 : f32[1,1,64] @ models/lib/nn.yaml:84:18
%2932 = reshape %2931 : f32[64] @ models/lib/nn.yaml:84:18
%2933 = matmul %2930, %16 ta=0 tb=0 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%2934 = reshape %1086 : f32[96,16] @ models/lib/nn.yaml:83:15
%2935 = reshape %2930 : f32[96,64] @ models/lib/nn.yaml:83:15
%2936 = matmul %2935, %2934 ta=1 tb=0 : f32[64,16] @ models/lib/nn.yaml:83:15
%2937 = reduce_sum %2933 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%2938 = reshape %2937 : f32[16] @ models/lib/nn.yaml:96:46
%2939 = mul %2933, %1083 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%2940 = mul %2933, %1082 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%2941 = reduce_sum %2940 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%2942 = reshape %2941 : f32[16] @ models/lib/nn.yaml:96:37
%2943 = mul %2939, %1081 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%2944 = mul %2939, %1071 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%2945 = reduce_sum %2944 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:96:18
%2946 = mul %1080, %1080 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2947 = mul %1080, %2946 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2948 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%2949 = broadcast %2948 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2950 = mul %2947, %2949 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2951 = mul %2945, %2950 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%2952 = div %2951, %1075 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%2953 = broadcast %2952 : f32[6,16,16] @ models/lib/nn.yaml:95:15
%2954 = mul %2953, %1071 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2955 = add %2943, %2954 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2956 = mul %2953, %1071 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2957 = add %2955, %2956 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%2958 = add %2912, %2957 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%2959 = neg %2957 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%2960 = reduce_sum %2959 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:94:15
%2961 = div %2960, %1068 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%2962 = broadcast %2961 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%2963 = add %2958, %2962 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%2964 = reduce_sum %2963 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:84:18
%2965 = reshape %2964 : f32[16] @ models/lib/nn.yaml:84:18
%2966 = matmul %2963, %12 ta=0 tb=0 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%2967 = reshape %1061 : f32[96,16] @ models/lib/nn.yaml:83:15
%2968 = reshape %2963 : f32[96,16] @ models/lib/nn.yaml:83:15
%2969 = matmul %2968, %2967 ta=1 tb=0 : f32[16,16] @ models/lib/nn.yaml:83:15
%2970 = reshape %2966 : f32[6,16,2,8] @ models/lib/nn.yaml:57:16
%2971 = permute %2970 perm=[0,2,1,3] : f32[6,2,16,8] @ models/lib/nn.yaml:56:13
%2972 = matmul %2971, %1046 ta=0 tb=1 : f32[6,2,16,16] @ models/lib/nn.yaml:56:23
%2973 = matmul %1058, %2971 ta=1 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:56:23
%2974 = div %2972, %1057 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%2975 = mul %2974, %1058 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%2976 = neg %2975 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%2977 = reduce_sum %2976 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:15:18
%2978 = broadcast %2977 : f32[6,2,16,16] @ models/lib/nn.yaml:15:20
%2979 = add %2974, %2978 : f32[6,2,16,16] @ models/lib/nn.yaml:15:20
%2980 = mul %2979, %1055 : f32[6,2,16,16] @ models/lib/nn.yaml:14:13
%2981 = mul %2980, %1049 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%2982 = matmul %2981, %1044 ta=0 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:55:23
%2983 = matmul %2981, %1042 ta=1 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:55:23
%2984 = reshape %2973 : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:40
%2985 = pad %2984 lo=[2,0,0,0,0] hi=[0,0,0,0,0] value=0 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:40
%2986 = reshape %2983 : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:34
%2987 = pad %2986 lo=[1,0,0,0,0] hi=[1,0,0,0,0] value=0 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:34
%2988 = add %2985, %2987 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:34
%2989 = reshape %2982 : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:28
%2990 = pad %2989 lo=[0,0,0,0,0] hi=[2,0,0,0,0] value=0 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:28
%2991 = add %2988, %2990 : f32[3,6,2,16,8] @ models/lib/nn.yaml:67:28
%2992 = permute %2991 perm=[1,3,0,2,4] : f32[6,16,3,2,8] @ models/lib/nn.yaml:66:13
%2993 = reshape %2992 : f32[6,16,48] @ models/lib/nn.yaml:66:21
%2994 = reduce_sum %2993 axes=[0,1] keep=1 : f32[1,1,48] @ models/lib/nn.yaml:84:18
%2995 = reshape %2994 : f32[48] @ models/lib/nn.yaml:84:18
%2996 = matmul %2993, %10 ta=0 tb=0 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%2997 = reshape %1035 : f32[96,16] @ models/lib/nn.yaml:83:15
%2998 = reshape %2993 : f32[96,48] @ models/lib/nn.yaml:83:15
%2999 = matmul %2998, %2997 ta=1 tb=0 : f32[48,16] @ models/lib/nn.yaml:83:15
%3000 = reduce_sum %2996 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:46
%3001 = reshape %3000 : f32[16] @ models/lib/nn.yaml:96:46
%3002 = mul %2996, %1032 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%3003 = mul %2996, %1031 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%3004 = reduce_sum %3003 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/nn.yaml:96:37
%3005 = reshape %3004 : f32[16] @ models/lib/nn.yaml:96:37
%3006 = mul %3002, %1030 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%3007 = mul %3002, %1020 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%3008 = reduce_sum %3007 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:96:18
%3009 = mul %1029, %1029 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%3010 = mul %1029, %3009 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%3011 = const data=[-0.5] : f32[] @ models/lib/nn.yaml:96:20
%3012 = broadcast %3011 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%3013 = mul %3010, %3012 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%3014 = mul %3008, %3013 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%3015 = div %3014, %1024 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%3016 = broadcast %3015 : f32[6,16,16] @ models/lib/nn.yaml:95:15
%3017 = mul %3016, %1020 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%3018 = add %3006, %3017 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%3019 = mul %3016, %1020 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%3020 = add %3018, %3019 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%3021 = add %2963, %3020 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%3022 = neg %3020 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%3023 = reduce_sum %3022 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:94:15
%3024 = div %3023, %1017 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%3025 = broadcast %3024 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%3026 = add %3021, %3025 : f32[6,16,16] @ models/lib/nn.yaml:93:14
%3027 = reduce_sum %3026 axes=[0] keep=1 : f32[1,16,16] @ models/lib/vit.yaml:62:15
%3028 = reduce_sum %3026 axes=[0,1] keep=1 : f32[1,1,16] @ models/lib/vit.yaml:17:71
%3029 = reshape %3028 : f32[16] @ models/lib/vit.yaml:17:71
%3030 = reshape %1008 : f32[96,48] @ models/lib/vit.yaml:17:18
%3031 = reshape %3026 : f32[96,16] @ models/lib/vit.yaml:17:18
%3032 = matmul %3031, %3030 ta=1 tb=0 : f32[16,48] @ models/lib/vit.yaml:17:18
%3033 = reshape %3032 : f32[16,3,4,4] @ models/lib/vit.yaml:17:20
%3034 = all_reduce_sum %3027 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3035 = state name="adam_m.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3036 = state name="adam_v.backbone.pos_embed" init="zeros" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3037 = state name="adam_t.backbone.pos_embed" init="zeros" : i64[] @ models/lib/vit.yaml:48:7
%3038 = const data=[1] : i64[] @ models/lib/vit.yaml:48:7
%3039 = add %3037, %3038 : i64[] @ models/lib/vit.yaml:48:7
%3040 = mul %1966, %1967 : f64[] @ models/lib/vit.yaml:48:7
%3041 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3042 = sub %3041, %3040 : f64[] @ models/lib/vit.yaml:48:7
%3043 = cast %3042 : f32[] @ models/lib/vit.yaml:48:7
%3044 = broadcast %3043 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3045 = mul %5, %3044 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3046 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:48:7
%3047 = cast %3046 : f32[] @ models/lib/vit.yaml:48:7
%3048 = broadcast %3047 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3049 = mul %3034, %3048 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3050 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3051 = cast %3050 : f32[] @ models/lib/vit.yaml:48:7
%3052 = broadcast %3051 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3053 = mul %3035, %3052 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3054 = add %3053, %3049 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3055 = mul %3034, %3034 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3056 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:48:7
%3057 = cast %3056 : f32[] @ models/lib/vit.yaml:48:7
%3058 = broadcast %3057 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3059 = mul %3055, %3058 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3060 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3061 = cast %3060 : f32[] @ models/lib/vit.yaml:48:7
%3062 = broadcast %3061 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3063 = mul %3036, %3062 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3064 = add %3063, %3059 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3065 = cast %3039 : f64[] @ models/lib/vit.yaml:48:7
%3066 = const data=[0.9] : f64[] @ models/lib/vit.yaml:48:7
%3067 = pow %3066, %3065 : f64[] @ models/lib/vit.yaml:48:7
%3068 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3069 = sub %3068, %3067 : f64[] @ models/lib/vit.yaml:48:7
%3070 = div %1966, %3069 : f64[] @ models/lib/vit.yaml:48:7
%3071 = cast %3039 : f64[] @ models/lib/vit.yaml:48:7
%3072 = const data=[0.999] : f64[] @ models/lib/vit.yaml:48:7
%3073 = pow %3072, %3071 : f64[] @ models/lib/vit.yaml:48:7
%3074 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3075 = sub %3074, %3073 : f64[] @ models/lib/vit.yaml:48:7
%3076 = sqrt %3075 : f64[] @ models/lib/vit.yaml:48:7
%3077 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3078 = div %3077, %3076 : f64[] @ models/lib/vit.yaml:48:7
%3079 = sqrt %3064 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3080 = cast %3078 : f32[] @ models/lib/vit.yaml:48:7
%3081 = broadcast %3080 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3082 = mul %3079, %3081 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3083 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:48:7
%3084 = cast %3083 : f32[] @ models/lib/vit.yaml:48:7
%3085 = broadcast %3084 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3086 = add %3082, %3085 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3087 = div %3054, %3086 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3088 = cast %3070 : f32[] @ models/lib/vit.yaml:48:7
%3089 = broadcast %3088 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3090 = mul %3087, %3089 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3091 = sub %3045, %3090 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3092 = assign %5, %3091 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3093 = assign %3035, %3054 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3094 = assign %3036, %3064 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3095 = assign %3037, %3039 : i64[] @ models/lib/vit.yaml:48:7
%3096 = cast %1968 : f32[] @ models/lib/vit.yaml:48:7
%3097 = broadcast %3096 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3098 = mul %89, %3097 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3099 = const data=[1] : f64[] @ models/lib/vit.yaml:48:7
%3100 = sub %3099, %1968 : f64[] @ models/lib/vit.yaml:48:7
%3101 = cast %3100 : f32[] @ models/lib/vit.yaml:48:7
%3102 = broadcast %3101 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3103 = mul %3091, %3102 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3104 = add %3098, %3103 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3105 = assign %89, %3104 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3106 = all_reduce_sum %3033 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3107 = state name="adam_m.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3108 = state name="adam_v.backbone.patch_embed.proj.weight" init="zeros" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3109 = state name="adam_t.backbone.patch_embed.proj.weight" init="zeros" : i64[] @ models/lib/vit.yaml:9:7
%3110 = const data=[1] : i64[] @ models/lib/vit.yaml:9:7
%3111 = add %3109, %3110 : i64[] @ models/lib/vit.yaml:9:7
%3112 = mul %1966, %1967 : f64[] @ models/lib/vit.yaml:9:7
%3113 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3114 = sub %3113, %3112 : f64[] @ models/lib/vit.yaml:9:7
%3115 = cast %3114 : f32[] @ models/lib/vit.yaml:9:7
%3116 = broadcast %3115 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3117 = mul %6, %3116 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3118 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:9:7
%3119 = cast %3118 : f32[] @ models/lib/vit.yaml:9:7
%3120 = broadcast %3119 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3121 = mul %3106, %3120 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3122 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%3123 = cast %3122 : f32[] @ models/lib/vit.yaml:9:7
%3124 = broadcast %3123 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3125 = mul %3107, %3124 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3126 = add %3125, %3121 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3127 = mul %3106, %3106 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3128 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:9:7
%3129 = cast %3128 : f32[] @ models/lib/vit.yaml:9:7
%3130 = broadcast %3129 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3131 = mul %3127, %3130 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3132 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%3133 = cast %3132 : f32[] @ models/lib/vit.yaml:9:7
%3134 = broadcast %3133 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3135 = mul %3108, %3134 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3136 = add %3135, %3131 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3137 = cast %3111 : f64[] @ models/lib/vit.yaml:9:7
%3138 = const data=[0.9] : f64[] @ models/lib/vit.yaml:9:7
%3139 = pow %3138, %3137 : f64[] @ models/lib/vit.yaml:9:7
%3140 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3141 = sub %3140, %3139 : f64[] @ models/lib/vit.yaml:9:7
%3142 = div %1966, %3141 : f64[] @ models/lib/vit.yaml:9:7
%3143 = cast %3111 : f64[] @ models/lib/vit.yaml:9:7
%3144 = const data=[0.999] : f64[] @ models/lib/vit.yaml:9:7
%3145 = pow %3144, %3143 : f64[] @ models/lib/vit.yaml:9:7
%3146 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3147 = sub %3146, %3145 : f64[] @ models/lib/vit.yaml:9:7
%3148 = sqrt %3147 : f64[] @ models/lib/vit.yaml:9:7
%3149 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3150 = div %3149, %3148 : f64[] @ models/lib/vit.yaml:9:7
%3151 = sqrt %3136 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3152 = cast %3150 : f32[] @ models/lib/vit.yaml:9:7
%3153 = broadcast %3152 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3154 = mul %3151, %3153 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3155 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:9:7
%3156 = cast %3155 : f32[] @ models/lib/vit.yaml:9:7
%3157 = broadcast %3156 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3158 = add %3154, %3157 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3159 = div %3126, %3158 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3160 = cast %3142 : f32[] @ models/lib/vit.yaml:9:7
%3161 = broadcast %3160 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3162 = mul %3159, %3161 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3163 = sub %3117, %3162 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3164 = assign %6, %3163 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3165 = assign %3107, %3126 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3166 = assign %3108, %3136 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3167 = assign %3109, %3111 : i64[] @ models/lib/vit.yaml:9:7
%3168 = cast %1968 : f32[] @ models/lib/vit.yaml:9:7
%3169 = broadcast %3168 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3170 = mul %90, %3169 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3171 = const data=[1] : f64[] @ models/lib/vit.yaml:9:7
%3172 = sub %3171, %1968 : f64[] @ models/lib/vit.yaml:9:7
%3173 = cast %3172 : f32[] @ models/lib/vit.yaml:9:7
%3174 = broadcast %3173 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3175 = mul %3163, %3174 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3176 = add %3170, %3175 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3177 = assign %90, %3176 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%3178 = all_reduce_sum %3029 : f32[16] @ models/lib/vit.yaml:10:7
%3179 = state name="adam_m.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3180 = state name="adam_v.backbone.patch_embed.proj.bias" init="zeros" : f32[16] @ models/lib/vit.yaml:10:7
%3181 = state name="adam_t.backbone.patch_embed.proj.bias" init="zeros" : i64[] @ models/lib/vit.yaml:10:7
%3182 = const data=[1] : i64[] @ models/lib/vit.yaml:10:7
%3183 = add %3181, %3182 : i64[] @ models/lib/vit.yaml:10:7
%3184 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:10:7
%3185 = cast %3184 : f32[] @ models/lib/vit.yaml:10:7
%3186 = broadcast %3185 : f32[16] @ models/lib/vit.yaml:10:7
%3187 = mul %3178, %3186 : f32[16] @ models/lib/vit.yaml:10:7
%3188 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%3189 = cast %3188 : f32[] @ models/lib/vit.yaml:10:7
%3190 = broadcast %3189 : f32[16] @ models/lib/vit.yaml:10:7
%3191 = mul %3179, %3190 : f32[16] @ models/lib/vit.yaml:10:7
%3192 = add %3191, %3187 : f32[16] @ models/lib/vit.yaml:10:7
%3193 = mul %3178, %3178 : f32[16] @ models/lib/vit.yaml:10:7
%3194 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:10:7
%3195 = cast %3194 : f32[] @ models/lib/vit.yaml:10:7
%3196 = broadcast %3195 : f32[16] @ models/lib/vit.yaml:10:7
%3197 = mul %3193, %3196 : f32[16] @ models/lib/vit.yaml:10:7
%3198 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%3199 = cast %3198 : f32[] @ models/lib/vit.yaml:10:7
%3200 = broadcast %3199 : f32[16] @ models/lib/vit.yaml:10:7
%3201 = mul %3180, %3200 : f32[16] @ models/lib/vit.yaml:10:7
%3202 = add %3201, %3197 : f32[16] @ models/lib/vit.yaml:10:7
%3203 = cast %3183 : f64[] @ models/lib/vit.yaml:10:7
%3204 = const data=[0.9] : f64[] @ models/lib/vit.yaml:10:7
%3205 = pow %3204, %3203 : f64[] @ models/lib/vit.yaml:10:7
%3206 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3207 = sub %3206, %3205 : f64[] @ models/lib/vit.yaml:10:7
%3208 = div %1966, %3207 : f64[] @ models/lib/vit.yaml:10:7
%3209 = cast %3183 : f64[] @ models/lib/vit.yaml:10:7
%3210 = const data=[0.999] : f64[] @ models/lib/vit.yaml:10:7
%3211 = pow %3210, %3209 : f64[] @ models/lib/vit.yaml:10:7
%3212 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3213 = sub %3212, %3211 : f64[] @ models/lib/vit.yaml:10:7
%3214 = sqrt %3213 : f64[] @ models/lib/vit.yaml:10:7
%3215 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3216 = div %3215, %3214 : f64[] @ models/lib/vit.yaml:10:7
%3217 = sqrt %3202 : f32[16] @ models/lib/vit.yaml:10:7
%3218 = cast %3216 : f32[] @ models/lib/vit.yaml:10:7
%3219 = broadcast %3218 : f32[16] @ models/lib/vit.yaml:10:7
%3220 = mul %3217, %3219 : f32[16] @ models/lib/vit.yaml:10:7
%3221 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:10:7
%3222 = cast %3221 : f32[] @ models/lib/vit.yaml:10:7
%3223 = broadcast %3222 : f32[16] @ models/lib/vit.yaml:10:7
%3224 = add %3220, %3223 : f32[16] @ models/lib/vit.yaml:10:7
%3225 = div %3192, %3224 : f32[16] @ models/lib/vit.yaml:10:7
%3226 = cast %3208 : f32[] @ models/lib/vit.yaml:10:7
%3227 = broadcast %3226 : f32[16] @ models/lib/vit.yaml:10:7
%3228 = mul %3225, %3227 : f32[16] @ models/lib/vit.yaml:10:7
%3229 = sub %7, %3228 : f32[16] @ models/lib/vit.yaml:10:7
%3230 = assign %7, %3229 : f32[16] @ models/lib/vit.yaml:10:7
%3231 = assign %3179, %3192 : f32[16] @ models/lib/vit.yaml:10:7
%3232 = assign %3180, %3202 : f32[16] @ models/lib/vit.yaml:10:7
%3233 = assign %3181, %3183 : i64[] @ models/lib/vit.yaml:10:7
%3234 = cast %1968 : f32[] @ models/lib/vit.yaml:10:7
%3235 = broadcast %3234 : f32[16] @ models/lib/vit.yaml:10:7
%3236 = mul %91, %3235 : f32[16] @ models/lib/vit.yaml:10:7
%3237 = const data=[1] : f64[] @ models/lib/vit.yaml:10:7
%3238 = sub %3237, %1968 : f64[] @ models/lib/vit.yaml:10:7
%3239 = cast %3238 : f32[] @ models/lib/vit.yaml:10:7
%3240 = broadcast %3239 : f32[16] @ models/lib/vit.yaml:10:7
%3241 = mul %3229, %3240 : f32[16] @ models/lib/vit.yaml:10:7
%3242 = add %3236, %3241 : f32[16] @ models/lib/vit.yaml:10:7
%3243 = assign %91, %3242 : f32[16] @ models/lib/vit.yaml:10:7
%3244 = all_reduce_sum %3005 : f32[16] @ models/lib/nn.yaml:89:7
%3245 = state name="adam_m.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3246 = state name="adam_v.backbone.blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3247 = state name="adam_t.backbone.blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3248 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%3249 = add %3247, %3248 : i64[] @ models/lib/nn.yaml:89:7
%3250 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%3251 = cast %3250 : f32[] @ models/lib/nn.yaml:89:7
%3252 = broadcast %3251 : f32[16] @ models/lib/nn.yaml:89:7
%3253 = mul %3244, %3252 : f32[16] @ models/lib/nn.yaml:89:7
%3254 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3255 = cast %3254 : f32[] @ models/lib/nn.yaml:89:7
%3256 = broadcast %3255 : f32[16] @ models/lib/nn.yaml:89:7
%3257 = mul %3245, %3256 : f32[16] @ models/lib/nn.yaml:89:7
%3258 = add %3257, %3253 : f32[16] @ models/lib/nn.yaml:89:7
%3259 = mul %3244, %3244 : f32[16] @ models/lib/nn.yaml:89:7
%3260 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%3261 = cast %3260 : f32[] @ models/lib/nn.yaml:89:7
%3262 = broadcast %3261 : f32[16] @ models/lib/nn.yaml:89:7
%3263 = mul %3259, %3262 : f32[16] @ models/lib/nn.yaml:89:7
%3264 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3265 = cast %3264 : f32[] @ models/lib/nn.yaml:89:7
%3266 = broadcast %3265 : f32[16] @ models/lib/nn.yaml:89:7
%3267 = mul %3246, %3266 : f32[16] @ models/lib/nn.yaml:89:7
%3268 = add %3267, %3263 : f32[16] @ models/lib/nn.yaml:89:7
%3269 = cast %3249 : f64[] @ models/lib/nn.yaml:89:7
%3270 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3271 = pow %3270, %3269 : f64[] @ models/lib/nn.yaml:89:7
%3272 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3273 = sub %3272, %3271 : f64[] @ models/lib/nn.yaml:89:7
%3274 = div %1966, %3273 : f64[] @ models/lib/nn.yaml:89:7
%3275 = cast %3249 : f64[] @ models/lib/nn.yaml:89:7
%3276 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3277 = pow %3276, %3275 : f64[] @ models/lib/nn.yaml:89:7
%3278 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3279 = sub %3278, %3277 : f64[] @ models/lib/nn.yaml:89:7
%3280 = sqrt %3279 : f64[] @ models/lib/nn.yaml:89:7
%3281 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3282 = div %3281, %3280 : f64[] @ models/lib/nn.yaml:89:7
%3283 = sqrt %3268 : f32[16] @ models/lib/nn.yaml:89:7
%3284 = cast %3282 : f32[] @ models/lib/nn.yaml:89:7
%3285 = broadcast %3284 : f32[16] @ models/lib/nn.yaml:89:7
%3286 = mul %3283, %3285 : f32[16] @ models/lib/nn.yaml:89:7
%3287 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%3288 = cast %3287 : f32[] @ models/lib/nn.yaml:89:7
%3289 = broadcast %3288 : f32[16] @ models/lib/nn.yaml:89:7
%3290 = add %3286, %3289 : f32[16] @ models/lib/nn.yaml:89:7
%3291 = div %3258, %3290 : f32[16] @ models/lib/nn.yaml:89:7
%3292 = cast %3274 : f32[] @ models/lib/nn.yaml:89:7
%3293 = broadcast %3292 : f32[16] @ models/lib/nn.yaml:89:7
%3294 = mul %3291, %3293 : f32[16] @ models/lib/nn.yaml:89:7
%3295 = sub %8, %3294 : f32[16] @ models/lib/nn.yaml:89:7
%3296 = assign %8, %3295 : f32[16] @ models/lib/nn.yaml:89:7
%3297 = assign %3245, %3258 : f32[16] @ models/lib/nn.yaml:89:7
%3298 = assign %3246, %3268 : f32[16] @ models/lib/nn.yaml:89:7
%3299 = assign %3247, %3249 : i64[] @ models/lib/nn.yaml:89:7
%3300 = cast %1968 : f32[] @ models/lib/nn.yaml:89:7
%3301 = broadcast %3300 : f32[16] @ models/lib/nn.yaml:89:7
%3302 = mul %92, %3301 : f32[16] @ models/lib/nn.yaml:89:7
%3303 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3304 = sub %3303, %1968 : f64[] @ models/lib/nn.yaml:89:7
%3305 = cast %3304 : f32[] @ models/lib/nn.yaml:89:7
%3306 = broadcast %3305 : f32[16] @ models/lib/nn.yaml:89:7
%3307 = mul %3295, %3306 : f32[16] @ models/lib/nn.yaml:89:7
%3308 = add %3302, %3307 : f32[16] @ models/lib/nn.yaml:89:7
%3309 = assign %92, %3308 : f32[16] @ models/lib/nn.yaml:89:7
%3310 = all_reduce_sum %3001 : f32[16] @ models/lib/nn.yaml:90:7
%3311 = state name="adam_m.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3312 = state name="adam_v.backbone.blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3313 = state name="adam_t.backbone.blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3314 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%3315 = add %3313, %3314 : i64[] @ models/lib/nn.yaml:90:7
%3316 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%3317 = cast %3316 : f32[] @ models/lib/nn.yaml:90:7
%3318 = broadcast %3317 : f32[16] @ models/lib/nn.yaml:90:7
%3319 = mul %3310, %3318 : f32[16] @ models/lib/nn.yaml:90:7
%3320 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3321 = cast %3320 : f32[] @ models/lib/nn.yaml:90:7
%3322 = broadcast %3321 : f32[16] @ models/lib/nn.yaml:90:7
%3323 = mul %3311, %3322 : f32[16] @ models/lib/nn.yaml:90:7
%3324 = add %3323, %3319 : f32[16] @ models/lib/nn.yaml:90:7
%3325 = mul %3310, %3310 : f32[16] @ models/lib/nn.yaml:90:7
%3326 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%3327 = cast %3326 : f32[] @ models/lib/nn.yaml:90:7
%3328 = broadcast %3327 : f32[16] @ models/lib/nn.yaml:90:7
%3329 = mul %3325, %3328 : f32[16] @ models/lib/nn.yaml:90:7
%3330 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3331 = cast %3330 : f32[] @ models/lib/nn.yaml:90:7
%3332 = broadcast %3331 : f32[16] @ models/lib/nn.yaml:90:7
%3333 = mul %3312, %3332 : f32[16] @ models/lib/nn.yaml:90:7
%3334 = add %3333, %3329 : f32[16] @ models/lib/nn.yaml:90:7
%3335 = cast %3315 : f64[] @ models/lib/nn.yaml:90:7
%3336 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3337 = pow %3336, %3335 : f64[] @ models/lib/nn.yaml:90:7
%3338 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3339 = sub %3338, %3337 : f64[] @ models/lib/nn.yaml:90:7
%3340 = div %1966, %3339 : f64[] @ models/lib/nn.yaml:90:7
%3341 = cast %3315 : f64[] @ models/lib/nn.yaml:90:7
%3342 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3343 = pow %3342, %3341 : f64[] @ models/lib/nn.yaml:90:7
%3344 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3345 = sub %3344, %3343 : f64[] @ models/lib/nn.yaml:90:7
%3346 = sqrt %3345 : f64[] @ models/lib/nn.yaml:90:7
%3347 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3348 = div %3347, %3346 : f64[] @ models/lib/nn.yaml:90:7
%3349 = sqrt %3334 : f32[16] @ models/lib/nn.yaml:90:7
%3350 = cast %3348 : f32[] @ models/lib/nn.yaml:90:7
%3351 = broadcast %3350 : f32[16] @ models/lib/nn.yaml:90:7
%3352 = mul %3349, %3351 : f32[16] @ models/lib/nn.yaml:90:7
%3353 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%3354 = cast %3353 : f32[] @ models/lib/nn.yaml:90:7
%3355 = broadcast %3354 : f32[16] @ models/lib/nn.yaml:90:7
%3356 = add %3352, %3355 : f32[16] @ models/lib/nn.yaml:90:7
%3357 = div %3324, %3356 : f32[16] @ models/lib/nn.yaml:90:7
%3358 = cast %3340 : f32[] @ models/lib/nn.yaml:90:7
%3359 = broadcast %3358 : f32[16] @ models/lib/nn.yaml:90:7
%3360 = mul %3357, %3359 : f32[16] @ models/lib/nn.yaml:90:7
%3361 = sub %9, %3360 : f32[16] @ models/lib/nn.yaml:90:7
%3362 = assign %9, %3361 : f32[16] @ models/lib/nn.yaml:90:7
%3363 = assign %3311, %3324 : f32[16] @ models/lib/nn.yaml:90:7
%3364 = assign %3312, %3334 : f32[16] @ models/lib/nn.yaml:90:7
%3365 = assign %3313, %3315 : i64[] @ models/lib/nn.yaml:90:7
%3366 = cast %1968 : f32[] @ models/lib/nn.yaml:90:7
%3367 = broadcast %3366 : f32[16] @ models/lib/nn.yaml:90:7
%3368 = mul %93, %3367 : f32[16] @ models/lib/nn.yaml:90:7
%3369 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3370 = sub %3369, %1968 : f64[] @ models/lib/nn.yaml:90:7
%3371 = cast %3370 : f32[] @ models/lib/nn.yaml:90:7
%3372 = broadcast %3371 : f32[16] @ models/lib/nn.yaml:90:7
%3373 = mul %3361, %3372 : f32[16] @ models/lib/nn.yaml:90:7
%3374 = add %3368, %3373 : f32[16] @ models/lib/nn.yaml:90:7
%3375 = assign %93, %3374 : f32[16] @ models/lib/nn.yaml:90:7
%3376 = all_reduce_sum %2999 : f32[48,16] @ models/lib/nn.yaml:79:7
%3377 = state name="adam_m.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3378 = state name="adam_v.backbone.blocks.0.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%3379 = state name="adam_t.backbone.blocks.0.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3380 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3381 = add %3379, %3380 : i64[] @ models/lib/nn.yaml:79:7
%3382 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%3383 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3384 = sub %3383, %3382 : f64[] @ models/lib/nn.yaml:79:7
%3385 = cast %3384 : f32[] @ models/lib/nn.yaml:79:7
%3386 = broadcast %3385 : f32[48,16] @ models/lib/nn.yaml:79:7
%3387 = mul %10, %3386 : f32[48,16] @ models/lib/nn.yaml:79:7
%3388 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3389 = cast %3388 : f32[] @ models/lib/nn.yaml:79:7
%3390 = broadcast %3389 : f32[48,16] @ models/lib/nn.yaml:79:7
%3391 = mul %3376, %3390 : f32[48,16] @ models/lib/nn.yaml:79:7
%3392 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3393 = cast %3392 : f32[] @ models/lib/nn.yaml:79:7
%3394 = broadcast %3393 : f32[48,16] @ models/lib/nn.yaml:79:7
%3395 = mul %3377, %3394 : f32[48,16] @ models/lib/nn.yaml:79:7
%3396 = add %3395, %3391 : f32[48,16] @ models/lib/nn.yaml:79:7
%3397 = mul %3376, %3376 : f32[48,16] @ models/lib/nn.yaml:79:7
%3398 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3399 = cast %3398 : f32[] @ models/lib/nn.yaml:79:7
%3400 = broadcast %3399 : f32[48,16] @ models/lib/nn.yaml:79:7
%3401 = mul %3397, %3400 : f32[48,16] @ models/lib/nn.yaml:79:7
%3402 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3403 = cast %3402 : f32[] @ models/lib/nn.yaml:79:7
%3404 = broadcast %3403 : f32[48,16] @ models/lib/nn.yaml:79:7
%3405 = mul %3378, %3404 : f32[48,16] @ models/lib/nn.yaml:79:7
%3406 = add %3405, %3401 : f32[48,16] @ models/lib/nn.yaml:79:7
%3407 = cast %3381 : f64[] @ models/lib/nn.yaml:79:7
%3408 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3409 = pow %3408, %3407 : f64[] @ models/lib/nn.yaml:79:7
%3410 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3411 = sub %3410, %3409 : f64[] @ models/lib/nn.yaml:79:7
%3412 = div %1966, %3411 : f64[] @ models/lib/nn.yaml:79:7
%3413 = cast %3381 : f64[] @ models/lib/nn.yaml:79:7
%3414 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3415 = pow %3414, %3413 : f64[] @ models/lib/nn.yaml:79:7
%3416 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3417 = sub %3416, %3415 : f64[] @ models/lib/nn.yaml:79:7
%3418 = sqrt %3417 : f64[] @ models/lib/nn.yaml:79:7
%3419 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3420 = div %3419, %3418 : f64[] @ models/lib/nn.yaml:79:7
%3421 = sqrt %3406 : f32[48,16] @ models/lib/nn.yaml:79:7
%3422 = cast %3420 : f32[] @ models/lib/nn.yaml:79:7
%3423 = broadcast %3422 : f32[48,16] @ models/lib/nn.yaml:79:7
%3424 = mul %3421, %3423 : f32[48,16] @ models/lib/nn.yaml:79:7
%3425 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3426 = cast %3425 : f32[] @ models/lib/nn.yaml:79:7
%3427 = broadcast %3426 : f32[48,16] @ models/lib/nn.yaml:79:7
%3428 = add %3424, %3427 : f32[48,16] @ models/lib/nn.yaml:79:7
%3429 = div %3396, %3428 : f32[48,16] @ models/lib/nn.yaml:79:7
%3430 = cast %3412 : f32[] @ models/lib/nn.yaml:79:7
%3431 = broadcast %3430 : f32[48,16] @ models/lib/nn.yaml:79:7
%3432 = mul %3429, %3431 : f32[48,16] @ models/lib/nn.yaml:79:7
%3433 = sub %3387, %3432 : f32[48,16] @ models/lib/nn.yaml:79:7
%3434 = assign %10, %3433 : f32[48,16] @ models/lib/nn.yaml:79:7
%3435 = assign %3377, %3396 : f32[48,16] @ models/lib/nn.yaml:79:7
%3436 = assign %3378, %3406 : f32[48,16] @ models/lib/nn.yaml:79:7
%3437 = assign %3379, %3381 : i64[] @ models/lib/nn.yaml:79:7
%3438 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%3439 = broadcast %3438 : f32[48,16] @ models/lib/nn.yaml:79:7
%3440 = mul %94, %3439 : f32[48,16] @ models/lib/nn.yaml:79:7
%3441 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3442 = sub %3441, %1968 : f64[] @ models/lib/nn.yaml:79:7
%3443 = cast %3442 : f32[] @ models/lib/nn.yaml:79:7
%3444 = broadcast %3443 : f32[48,16] @ models/lib/nn.yaml:79:7
%3445 = mul %3433, %3444 : f32[48,16] @ models/lib/nn.yaml:79:7
%3446 = add %3440, %3445 : f32[48,16] @ models/lib/nn.yaml:79:7
%3447 = assign %94, %3446 : f32[48,16] @ models/lib/nn.yaml:79:7
%3448 = all_reduce_sum %2995 : f32[48] @ models/lib/nn.yaml:80:7
%3449 = state name="adam_m.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3450 = state name="adam_v.backbone.blocks.0.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%3451 = state name="adam_t.backbone.blocks.0.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3452 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3453 = add %3451, %3452 : i64[] @ models/lib/nn.yaml:80:7
%3454 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3455 = cast %3454 : f32[] @ models/lib/nn.yaml:80:7
%3456 = broadcast %3455 : f32[48] @ models/lib/nn.yaml:80:7
%3457 = mul %3448, %3456 : f32[48] @ models/lib/nn.yaml:80:7
%3458 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3459 = cast %3458 : f32[] @ models/lib/nn.yaml:80:7
%3460 = broadcast %3459 : f32[48] @ models/lib/nn.yaml:80:7
%3461 = mul %3449, %3460 : f32[48] @ models/lib/nn.yaml:80:7
%3462 = add %3461, %3457 : f32[48] @ models/lib/nn.yaml:80:7
%3463 = mul %3448, %3448 : f32[48] @ models/lib/nn.yaml:80:7
%3464 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3465 = cast %3464 : f32[] @ models/lib/nn.yaml:80:7
%3466 = broadcast %3465 : f32[48] @ models/lib/nn.yaml:80:7
%3467 = mul %3463, %3466 : f32[48] @ models/lib/nn.yaml:80:7
%3468 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3469 = cast %3468 : f32[] @ models/lib/nn.yaml:80:7
%3470 = broadcast %3469 : f32[48] @ models/lib/nn.yaml:80:7
%3471 = mul %3450, %3470 : f32[48] @ models/lib/nn.yaml:80:7
%3472 = add %3471, %3467 : f32[48] @ models/lib/nn.yaml:80:7
%3473 = cast %3453 : f64[] @ models/lib/nn.yaml:80:7
%3474 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3475 = pow %3474, %3473 : f64[] @ models/lib/nn.yaml:80:7
%3476 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3477 = sub %3476, %3475 : f64[] @ models/lib/nn.yaml:80:7
%3478 = div %1966, %3477 : f64[] @ models/lib/nn.yaml:80:7
%3479 = cast %3453 : f64[] @ models/lib/nn.yaml:80:7
%3480 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3481 = pow %3480, %3479 : f64[] @ models/lib/nn.yaml:80:7
%3482 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3483 = sub %3482, %3481 : f64[] @ models/lib/nn.yaml:80:7
%3484 = sqrt %3483 : f64[] @ models/lib/nn.yaml:80:7
%3485 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3486 = div %3485, %3484 : f64[] @ models/lib/nn.yaml:80:7
%3487 = sqrt %3472 : f32[48] @ models/lib/nn.yaml:80:7
%3488 = cast %3486 : f32[] @ models/lib/nn.yaml:80:7
%3489 = broadcast %3488 : f32[48] @ models/lib/nn.yaml:80:7
%3490 = mul %3487, %3489 : f32[48] @ models/lib/nn.yaml:80:7
%3491 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3492 = cast %3491 : f32[] @ models/lib/nn.yaml:80:7
%3493 = broadcast %3492 : f32[48] @ models/lib/nn.yaml:80:7
%3494 = add %3490, %3493 : f32[48] @ models/lib/nn.yaml:80:7
%3495 = div %3462, %3494 : f32[48] @ models/lib/nn.yaml:80:7
%3496 = cast %3478 : f32[] @ models/lib/nn.yaml:80:7
%3497 = broadcast %3496 : f32[48] @ models/lib/nn.yaml:80:7
%3498 = mul %3495, %3497 : f32[48] @ models/lib/nn.yaml:80:7
%3499 = sub %11, %3498 : f32[48] @ models/lib/nn.yaml:80:7
%3500 = assign %11, %3499 : f32[48] @ models/lib/nn.yaml:80:7
%3501 = assign %3449, %3462 : f32[48] @ models/lib/nn.yaml:80:7
%3502 = assign %3450, %3472 : f32[48] @ models/lib/nn.yaml:80:7
%3503 = assign %3451, %3453 : i64[] @ models/lib/nn.yaml:80:7
%3504 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%3505 = broadcast %3504 : f32[48] @ models/lib/nn.yaml:80:7
%3506 = mul %95, %3505 : f32[48] @ models/lib/nn.yaml:80:7
%3507 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3508 = sub %3507, %1968 : f64[] @ models/lib/nn.yaml:80:7
%3509 = cast %3508 : f32[] @ models/lib/nn.yaml:80:7
%3510 = broadcast %3509 : f32[48] @ models/lib/nn.yaml:80:7
%3511 = mul %3499, %3510 : f32[48] @ models/lib/nn.yaml:80:7
%3512 = add %3506, %3511 : f32[48] @ models/lib/nn.yaml:80:7
%3513 = assign %95, %3512 : f32[48] @ models/lib/nn.yaml:80:7
%3514 = all_reduce_sum %2969 : f32[16,16] @ models/lib/nn.yaml:79:7
%3515 = state name="adam_m.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3516 = state name="adam_v.backbone.blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%3517 = state name="adam_t.backbone.blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3518 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3519 = add %3517, %3518 : i64[] @ models/lib/nn.yaml:79:7
%3520 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%3521 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3522 = sub %3521, %3520 : f64[] @ models/lib/nn.yaml:79:7
%3523 = cast %3522 : f32[] @ models/lib/nn.yaml:79:7
%3524 = broadcast %3523 : f32[16,16] @ models/lib/nn.yaml:79:7
%3525 = mul %12, %3524 : f32[16,16] @ models/lib/nn.yaml:79:7
%3526 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3527 = cast %3526 : f32[] @ models/lib/nn.yaml:79:7
%3528 = broadcast %3527 : f32[16,16] @ models/lib/nn.yaml:79:7
%3529 = mul %3514, %3528 : f32[16,16] @ models/lib/nn.yaml:79:7
%3530 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3531 = cast %3530 : f32[] @ models/lib/nn.yaml:79:7
%3532 = broadcast %3531 : f32[16,16] @ models/lib/nn.yaml:79:7
%3533 = mul %3515, %3532 : f32[16,16] @ models/lib/nn.yaml:79:7
%3534 = add %3533, %3529 : f32[16,16] @ models/lib/nn.yaml:79:7
%3535 = mul %3514, %3514 : f32[16,16] @ models/lib/nn.yaml:79:7
%3536 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3537 = cast %3536 : f32[] @ models/lib/nn.yaml:79:7
%3538 = broadcast %3537 : f32[16,16] @ models/lib/nn.yaml:79:7
%3539 = mul %3535, %3538 : f32[16,16] @ models/lib/nn.yaml:79:7
%3540 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3541 = cast %3540 : f32[] @ models/lib/nn.yaml:79:7
%3542 = broadcast %3541 : f32[16,16] @ models/lib/nn.yaml:79:7
%3543 = mul %3516, %3542 : f32[16,16] @ models/lib/nn.yaml:79:7
%3544 = add %3543, %3539 : f32[16,16] @ models/lib/nn.yaml:79:7
%3545 = cast %3519 : f64[] @ models/lib/nn.yaml:79:7
%3546 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3547 = pow %3546, %3545 : f64[] @ models/lib/nn.yaml:79:7
%3548 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3549 = sub %3548, %3547 : f64[] @ models/lib/nn.yaml:79:7
%3550 = div %1966, %3549 : f64[] @ models/lib/nn.yaml:79:7
%3551 = cast %3519 : f64[] @ models/lib/nn.yaml:79:7
%3552 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3553 = pow %3552, %3551 : f64[] @ models/lib/nn.yaml:79:7
%3554 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3555 = sub %3554, %3553 : f64[] @ models/lib/nn.yaml:79:7
%3556 = sqrt %3555 : f64[] @ models/lib/nn.yaml:79:7
%3557 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3558 = div %3557, %3556 : f64[] @ models/lib/nn.yaml:79:7
%3559 = sqrt %3544 : f32[16,16] @ models/lib/nn.yaml:79:7
%3560 = cast %3558 : f32[] @ models/lib/nn.yaml:79:7
%3561 = broadcast %3560 : f32[16,16] @ models/lib/nn.yaml:79:7
%3562 = mul %3559, %3561 : f32[16,16] @ models/lib/nn.yaml:79:7
%3563 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3564 = cast %3563 : f32[] @ models/lib/nn.yaml:79:7
%3565 = broadcast %3564 : f32[16,16] @ models/lib/nn.yaml:79:7
%3566 = add %3562, %3565 : f32[16,16] @ models/lib/nn.yaml:79:7
%3567 = div %3534, %3566 : f32[16,16] @ models/lib/nn.yaml:79:7
%3568 = cast %3550 : f32[] @ models/lib/nn.yaml:79:7
%3569 = broadcast %3568 : f32[16,16] @ models/lib/nn.yaml:79:7
%3570 = mul %3567, %3569 : f32[16,16] @ models/lib/nn.yaml:79:7
%3571 = sub %3525, %3570 : f32[16,16] @ models/lib/nn.yaml:79:7
%3572 = assign %12, %3571 : f32[16,16] @ models/lib/nn.yaml:79:7
%3573 = assign %3515, %3534 : f32[16,16] @ models/lib/nn.yaml:79:7
%3574 = assign %3516, %3544 : f32[16,16] @ models/lib/nn.yaml:79:7
%3575 = assign %3517, %3519 : i64[] @ models/lib/nn.yaml:79:7
%3576 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%3577 = broadcast %3576 : f32[16,16] @ models/lib/nn.yaml:79:7
%3578 = mul %96, %3577 : f32[16,16] @ models/lib/nn.yaml:79:7
%3579 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3580 = sub %3579, %1968 : f64[] @ models/lib/nn.yaml:79:7
%3581 = cast %3580 : f32[] @ models/lib/nn.yaml:79:7
%3582 = broadcast %3581 : f32[16,16] @ models/lib/nn.yaml:79:7
%3583 = mul %3571, %3582 : f32[16,16] @ models/lib/nn.yaml:79:7
%3584 = add %3578, %3583 : f32[16,16] @ models/lib/nn.yaml:79:7
%3585 = assign %96, %3584 : f32[16,16] @ models/lib/nn.yaml:79:7
%3586 = all_reduce_sum %2965 : f32[16] @ models/lib/nn.yaml:80:7
%3587 = state name="adam_m.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3588 = state name="adam_v.backbone.blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3589 = state name="adam_t.backbone.blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3590 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3591 = add %3589, %3590 : i64[] @ models/lib/nn.yaml:80:7
%3592 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3593 = cast %3592 : f32[] @ models/lib/nn.yaml:80:7
%3594 = broadcast %3593 : f32[16] @ models/lib/nn.yaml:80:7
%3595 = mul %3586, %3594 : f32[16] @ models/lib/nn.yaml:80:7
%3596 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3597 = cast %3596 : f32[] @ models/lib/nn.yaml:80:7
%3598 = broadcast %3597 : f32[16] @ models/lib/nn.yaml:80:7
%3599 = mul %3587, %3598 : f32[16] @ models/lib/nn.yaml:80:7
%3600 = add %3599, %3595 : f32[16] @ models/lib/nn.yaml:80:7
%3601 = mul %3586, %3586 : f32[16] @ models/lib/nn.yaml:80:7
%3602 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3603 = cast %3602 : f32[] @ models/lib/nn.yaml:80:7
%3604 = broadcast %3603 : f32[16] @ models/lib/nn.yaml:80:7
%3605 = mul %3601, %3604 : f32[16] @ models/lib/nn.yaml:80:7
%3606 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3607 = cast %3606 : f32[] @ models/lib/nn.yaml:80:7
%3608 = broadcast %3607 : f32[16] @ models/lib/nn.yaml:80:7
%3609 = mul %3588, %3608 : f32[16] @ models/lib/nn.yaml:80:7
%3610 = add %3609, %3605 : f32[16] @ models/lib/nn.yaml:80:7
%3611 = cast %3591 : f64[] @ models/lib/nn.yaml:80:7
%3612 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3613 = pow %3612, %3611 : f64[] @ models/lib/nn.yaml:80:7
%3614 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3615 = sub %3614, %3613 : f64[] @ models/lib/nn.yaml:80:7
%3616 = div %1966, %3615 : f64[] @ models/lib/nn.yaml:80:7
%3617 = cast %3591 : f64[] @ models/lib/nn.yaml:80:7
%3618 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3619 = pow %3618, %3617 : f64[] @ models/lib/nn.yaml:80:7
%3620 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3621 = sub %3620, %3619 : f64[] @ models/lib/nn.yaml:80:7
%3622 = sqrt %3621 : f64[] @ models/lib/nn.yaml:80:7
%3623 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3624 = div %3623, %3622 : f64[] @ models/lib/nn.yaml:80:7
%3625 = sqrt %3610 : f32[16] @ models/lib/nn.yaml:80:7
%3626 = cast %3624 : f32[] @ models/lib/nn.yaml:80:7
%3627 = broadcast %3626 : f32[16] @ models/lib/nn.yaml:80:7
%3628 = mul %3625, %3627 : f32[16] @ models/lib/nn.yaml:80:7
%3629 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3630 = cast %3629 : f32[] @ models/lib/nn.yaml:80:7
%3631 = broadcast %3630 : f32[16] @ models/lib/nn.yaml:80:7
%3632 = add %3628, %3631 : f32[16] @ models/lib/nn.yaml:80:7
%3633 = div %3600, %3632 : f32[16] @ models/lib/nn.yaml:80:7
%3634 = cast %3616 : f32[] @ models/lib/nn.yaml:80:7
%3635 = broadcast %3634 : f32[16] @ models/lib/nn.yaml:80:7
%3636 = mul %3633, %3635 : f32[16] @ models/lib/nn.yaml:80:7
%3637 = sub %13, %3636 : f32[16] @ models/lib/nn.yaml:80:7
%3638 = assign %13, %3637 : f32[16] @ models/lib/nn.yaml:80:7
%3639 = assign %3587, %3600 : f32[16] @ models/lib/nn.yaml:80:7
%3640 = assign %3588, %3610 : f32[16] @ models/lib/nn.yaml:80:7
%3641 = assign %3589, %3591 : i64[] @ models/lib/nn.yaml:80:7
%3642 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%3643 = broadcast %3642 : f32[16] @ models/lib/nn.yaml:80:7
%3644 = mul %97, %3643 : f32[16] @ models/lib/nn.yaml:80:7
%3645 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3646 = sub %3645, %1968 : f64[] @ models/lib/nn.yaml:80:7
%3647 = cast %3646 : f32[] @ models/lib/nn.yaml:80:7
%3648 = broadcast %3647 : f32[16] @ models/lib/nn.yaml:80:7
%3649 = mul %3637, %3648 : f32[16] @ models/lib/nn.yaml:80:7
%3650 = add %3644, %3649 : f32[16] @ models/lib/nn.yaml:80:7
%3651 = assign %97, %3650 : f32[16] @ models/lib/nn.yaml:80:7
%3652 = all_reduce_sum %2942 : f32[16] @ models/lib/nn.yaml:89:7
%3653 = state name="adam_m.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3654 = state name="adam_v.backbone.blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%3655 = state name="adam_t.backbone.blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%3656 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%3657 = add %3655, %3656 : i64[] @ models/lib/nn.yaml:89:7
%3658 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%3659 = cast %3658 : f32[] @ models/lib/nn.yaml:89:7
%3660 = broadcast %3659 : f32[16] @ models/lib/nn.yaml:89:7
%3661 = mul %3652, %3660 : f32[16] @ models/lib/nn.yaml:89:7
%3662 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3663 = cast %3662 : f32[] @ models/lib/nn.yaml:89:7
%3664 = broadcast %3663 : f32[16] @ models/lib/nn.yaml:89:7
%3665 = mul %3653, %3664 : f32[16] @ models/lib/nn.yaml:89:7
%3666 = add %3665, %3661 : f32[16] @ models/lib/nn.yaml:89:7
%3667 = mul %3652, %3652 : f32[16] @ models/lib/nn.yaml:89:7
%3668 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%3669 = cast %3668 : f32[] @ models/lib/nn.yaml:89:7
%3670 = broadcast %3669 : f32[16] @ models/lib/nn.yaml:89:7
%3671 = mul %3667, %3670 : f32[16] @ models/lib/nn.yaml:89:7
%3672 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3673 = cast %3672 : f32[] @ models/lib/nn.yaml:89:7
%3674 = broadcast %3673 : f32[16] @ models/lib/nn.yaml:89:7
%3675 = mul %3654, %3674 : f32[16] @ models/lib/nn.yaml:89:7
%3676 = add %3675, %3671 : f32[16] @ models/lib/nn.yaml:89:7
%3677 = cast %3657 : f64[] @ models/lib/nn.yaml:89:7
%3678 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%3679 = pow %3678, %3677 : f64[] @ models/lib/nn.yaml:89:7
%3680 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3681 = sub %3680, %3679 : f64[] @ models/lib/nn.yaml:89:7
%3682 = div %1966, %3681 : f64[] @ models/lib/nn.yaml:89:7
%3683 = cast %3657 : f64[] @ models/lib/nn.yaml:89:7
%3684 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%3685 = pow %3684, %3683 : f64[] @ models/lib/nn.yaml:89:7
%3686 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3687 = sub %3686, %3685 : f64[] @ models/lib/nn.yaml:89:7
%3688 = sqrt %3687 : f64[] @ models/lib/nn.yaml:89:7
%3689 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3690 = div %3689, %3688 : f64[] @ models/lib/nn.yaml:89:7
%3691 = sqrt %3676 : f32[16] @ models/lib/nn.yaml:89:7
%3692 = cast %3690 : f32[] @ models/lib/nn.yaml:89:7
%3693 = broadcast %3692 : f32[16] @ models/lib/nn.yaml:89:7
%3694 = mul %3691, %3693 : f32[16] @ models/lib/nn.yaml:89:7
%3695 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%3696 = cast %3695 : f32[] @ models/lib/nn.yaml:89:7
%3697 = broadcast %3696 : f32[16] @ models/lib/nn.yaml:89:7
%3698 = add %3694, %3697 : f32[16] @ models/lib/nn.yaml:89:7
%3699 = div %3666, %3698 : f32[16] @ models/lib/nn.yaml:89:7
%3700 = cast %3682 : f32[] @ models/lib/nn.yaml:89:7
%3701 = broadcast %3700 : f32[16] @ models/lib/nn.yaml:89:7
%3702 = mul %3699, %3701 : f32[16] @ models/lib/nn.yaml:89:7
%3703 = sub %14, %3702 : f32[16] @ models/lib/nn.yaml:89:7
%3704 = assign %14, %3703 : f32[16] @ models/lib/nn.yaml:89:7
%3705 = assign %3653, %3666 : f32[16] @ models/lib/nn.yaml:89:7
%3706 = assign %3654, %3676 : f32[16] @ models/lib/nn.yaml:89:7
%3707 = assign %3655, %3657 : i64[] @ models/lib/nn.yaml:89:7
%3708 = cast %1968 : f32[] @ models/lib/nn.yaml:89:7
%3709 = broadcast %3708 : f32[16] @ models/lib/nn.yaml:89:7
%3710 = mul %98, %3709 : f32[16] @ models/lib/nn.yaml:89:7
%3711 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%3712 = sub %3711, %1968 : f64[] @ models/lib/nn.yaml:89:7
%3713 = cast %3712 : f32[] @ models/lib/nn.yaml:89:7
%3714 = broadcast %3713 : f32[16] @ models/lib/nn.yaml:89:7
%3715 = mul %3703, %3714 : f32[16] @ models/lib/nn.yaml:89:7
%3716 = add %3710, %3715 : f32[16] @ models/lib/nn.yaml:89:7
%3717 = assign %98, %3716 : f32[16] @ models/lib/nn.yaml:89:7
%3718 = all_reduce_sum %2938 : f32[16] @ models/lib/nn.yaml:90:7
%3719 = state name="adam_m.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3720 = state name="adam_v.backbone.blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%3721 = state name="adam_t.backbone.blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%3722 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%3723 = add %3721, %3722 : i64[] @ models/lib/nn.yaml:90:7
%3724 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%3725 = cast %3724 : f32[] @ models/lib/nn.yaml:90:7
%3726 = broadcast %3725 : f32[16] @ models/lib/nn.yaml:90:7
%3727 = mul %3718, %3726 : f32[16] @ models/lib/nn.yaml:90:7
%3728 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3729 = cast %3728 : f32[] @ models/lib/nn.yaml:90:7
%3730 = broadcast %3729 : f32[16] @ models/lib/nn.yaml:90:7
%3731 = mul %3719, %3730 : f32[16] @ models/lib/nn.yaml:90:7
%3732 = add %3731, %3727 : f32[16] @ models/lib/nn.yaml:90:7
%3733 = mul %3718, %3718 : f32[16] @ models/lib/nn.yaml:90:7
%3734 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%3735 = cast %3734 : f32[] @ models/lib/nn.yaml:90:7
%3736 = broadcast %3735 : f32[16] @ models/lib/nn.yaml:90:7
%3737 = mul %3733, %3736 : f32[16] @ models/lib/nn.yaml:90:7
%3738 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3739 = cast %3738 : f32[] @ models/lib/nn.yaml:90:7
%3740 = broadcast %3739 : f32[16] @ models/lib/nn.yaml:90:7
%3741 = mul %3720, %3740 : f32[16] @ models/lib/nn.yaml:90:7
%3742 = add %3741, %3737 : f32[16] @ models/lib/nn.yaml:90:7
%3743 = cast %3723 : f64[] @ models/lib/nn.yaml:90:7
%3744 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%3745 = pow %3744, %3743 : f64[] @ models/lib/nn.yaml:90:7
%3746 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3747 = sub %3746, %3745 : f64[] @ models/lib/nn.yaml:90:7
%3748 = div %1966, %3747 : f64[] @ models/lib/nn.yaml:90:7
%3749 = cast %3723 : f64[] @ models/lib/nn.yaml:90:7
%3750 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%3751 = pow %3750, %3749 : f64[] @ models/lib/nn.yaml:90:7
%3752 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3753 = sub %3752, %3751 : f64[] @ models/lib/nn.yaml:90:7
%3754 = sqrt %3753 : f64[] @ models/lib/nn.yaml:90:7
%3755 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3756 = div %3755, %3754 : f64[] @ models/lib/nn.yaml:90:7
%3757 = sqrt %3742 : f32[16] @ models/lib/nn.yaml:90:7
%3758 = cast %3756 : f32[] @ models/lib/nn.yaml:90:7
%3759 = broadcast %3758 : f32[16] @ models/lib/nn.yaml:90:7
%3760 = mul %3757, %3759 : f32[16] @ models/lib/nn.yaml:90:7
%3761 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%3762 = cast %3761 : f32[] @ models/lib/nn.yaml:90:7
%3763 = broadcast %3762 : f32[16] @ models/lib/nn.yaml:90:7
%3764 = add %3760, %3763 : f32[16] @ models/lib/nn.yaml:90:7
%3765 = div %3732, %3764 : f32[16] @ models/lib/nn.yaml:90:7
%3766 = cast %3748 : f32[] @ models/lib/nn.yaml:90:7
%3767 = broadcast %3766 : f32[16] @ models/lib/nn.yaml:90:7
%3768 = mul %3765, %3767 : f32[16] @ models/lib/nn.yaml:90:7
%3769 = sub %15, %3768 : f32[16] @ models/lib/nn.yaml:90:7
%3770 = assign %15, %3769 : f32[16] @ models/lib/nn.yaml:90:7
%3771 = assign %3719, %3732 : f32[16] @ models/lib/nn.yaml:90:7
%3772 = assign %3720, %3742 : f32[16] @ models/lib/nn.yaml:90:7
%3773 = assign %3721, %3723 : i64[] @ models/lib/nn.yaml:90:7
%3774 = cast %1968 : f32[] @ models/lib/nn.yaml:90:7
%3775 = broadcast %3774 : f32[16] @ models/lib/nn.yaml:90:7
%3776 = mul %99, %3775 : f32[16] @ models/lib/nn.yaml:90:7
%3777 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%3778 = sub %3777, %1968 : f64[] @ models/lib/nn.yaml:90:7
%3779 = cast %3778 : f32[] @ models/lib/nn.yaml:90:7
%3780 = broadcast %3779 : f32[16] @ models/lib/nn.yaml:90:7
%3781 = mul %3769, %3780 : f32[16] @ models/lib/nn.yaml:90:7
%3782 = add %3776, %3781 : f32[16] @ models/lib/nn.yaml:90:7
%3783 = assign %99, %3782 : f32[16] @ models/lib/nn.yaml:90:7
%3784 = all_reduce_sum %2936 : f32[64,16] @ models/lib/nn.yaml:79:7
%3785 = state name="adam_m.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3786 = state name="adam_v.backbone.blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%3787 = state name="adam_t.backbone.blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3788 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3789 = add %3787, %3788 : i64[] @ models/lib/nn.yaml:79:7
%3790 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%3791 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3792 = sub %3791, %3790 : f64[] @ models/lib/nn.yaml:79:7
%3793 = cast %3792 : f32[] @ models/lib/nn.yaml:79:7
%3794 = broadcast %3793 : f32[64,16] @ models/lib/nn.yaml:79:7
%3795 = mul %16, %3794 : f32[64,16] @ models/lib/nn.yaml:79:7
%3796 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3797 = cast %3796 : f32[] @ models/lib/nn.yaml:79:7
%3798 = broadcast %3797 : f32[64,16] @ models/lib/nn.yaml:79:7
%3799 = mul %3784, %3798 : f32[64,16] @ models/lib/nn.yaml:79:7
%3800 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3801 = cast %3800 : f32[] @ models/lib/nn.yaml:79:7
%3802 = broadcast %3801 : f32[64,16] @ models/lib/nn.yaml:79:7
%3803 = mul %3785, %3802 : f32[64,16] @ models/lib/nn.yaml:79:7
%3804 = add %3803, %3799 : f32[64,16] @ models/lib/nn.yaml:79:7
%3805 = mul %3784, %3784 : f32[64,16] @ models/lib/nn.yaml:79:7
%3806 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3807 = cast %3806 : f32[] @ models/lib/nn.yaml:79:7
%3808 = broadcast %3807 : f32[64,16] @ models/lib/nn.yaml:79:7
%3809 = mul %3805, %3808 : f32[64,16] @ models/lib/nn.yaml:79:7
%3810 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3811 = cast %3810 : f32[] @ models/lib/nn.yaml:79:7
%3812 = broadcast %3811 : f32[64,16] @ models/lib/nn.yaml:79:7
%3813 = mul %3786, %3812 : f32[64,16] @ models/lib/nn.yaml:79:7
%3814 = add %3813, %3809 : f32[64,16] @ models/lib/nn.yaml:79:7
%3815 = cast %3789 : f64[] @ models/lib/nn.yaml:79:7
%3816 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3817 = pow %3816, %3815 : f64[] @ models/lib/nn.yaml:79:7
%3818 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3819 = sub %3818, %3817 : f64[] @ models/lib/nn.yaml:79:7
%3820 = div %1966, %3819 : f64[] @ models/lib/nn.yaml:79:7
%3821 = cast %3789 : f64[] @ models/lib/nn.yaml:79:7
%3822 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3823 = pow %3822, %3821 : f64[] @ models/lib/nn.yaml:79:7
%3824 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3825 = sub %3824, %3823 : f64[] @ models/lib/nn.yaml:79:7
%3826 = sqrt %3825 : f64[] @ models/lib/nn.yaml:79:7
%3827 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3828 = div %3827, %3826 : f64[] @ models/lib/nn.yaml:79:7
%3829 = sqrt %3814 : f32[64,16] @ models/lib/nn.yaml:79:7
%3830 = cast %3828 : f32[] @ models/lib/nn.yaml:79:7
%3831 = broadcast %3830 : f32[64,16] @ models/lib/nn.yaml:79:7
%3832 = mul %3829, %3831 : f32[64,16] @ models/lib/nn.yaml:79:7
%3833 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3834 = cast %3833 : f32[] @ models/lib/nn.yaml:79:7
%3835 = broadcast %3834 : f32[64,16] @ models/lib/nn.yaml:79:7
%3836 = add %3832, %3835 : f32[64,16] @ models/lib/nn.yaml:79:7
%3837 = div %3804, %3836 : f32[64,16] @ models/lib/nn.yaml:79:7
%3838 = cast %3820 : f32[] @ models/lib/nn.yaml:79:7
%3839 = broadcast %3838 : f32[64,16] @ models/lib/nn.yaml:79:7
%3840 = mul %3837, %3839 : f32[64,16] @ models/lib/nn.yaml:79:7
%3841 = sub %3795, %3840 : f32[64,16] @ models/lib/nn.yaml:79:7
%3842 = assign %16, %3841 : f32[64,16] @ models/lib/nn.yaml:79:7
%3843 = assign %3785, %3804 : f32[64,16] @ models/lib/nn.yaml:79:7
%3844 = assign %3786, %3814 : f32[64,16] @ models/lib/nn.yaml:79:7
%3845 = assign %3787, %3789 : i64[] @ models/lib/nn.yaml:79:7
%3846 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%3847 = broadcast %3846 : f32[64,16] @ models/lib/nn.yaml:79:7
%3848 = mul %100, %3847 : f32[64,16] @ models/lib/nn.yaml:79:7
%3849 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3850 = sub %3849, %1968 : f64[] @ models/lib/nn.yaml:79:7
%3851 = cast %3850 : f32[] @ models/lib/nn.yaml:79:7
%3852 = broadcast %3851 : f32[64,16] @ models/lib/nn.yaml:79:7
%3853 = mul %3841, %3852 : f32[64,16] @ models/lib/nn.yaml:79:7
%3854 = add %3848, %3853 : f32[64,16] @ models/lib/nn.yaml:79:7
%3855 = assign %100, %3854 : f32[64,16] @ models/lib/nn.yaml:79:7
%3856 = all_reduce_sum %2932 : f32[64] @ models/lib/nn.yaml:80:7
%3857 = state name="adam_m.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3858 = state name="adam_v.backbone.blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%3859 = state name="adam_t.backbone.blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3860 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3861 = add %3859, %3860 : i64[] @ models/lib/nn.yaml:80:7
%3862 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%3863 = cast %3862 : f32[] @ models/lib/nn.yaml:80:7
%3864 = broadcast %3863 : f32[64] @ models/lib/nn.yaml:80:7
%3865 = mul %3856, %3864 : f32[64] @ models/lib/nn.yaml:80:7
%3866 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3867 = cast %3866 : f32[] @ models/lib/nn.yaml:80:7
%3868 = broadcast %3867 : f32[64] @ models/lib/nn.yaml:80:7
%3869 = mul %3857, %3868 : f32[64] @ models/lib/nn.yaml:80:7
%3870 = add %3869, %3865 : f32[64] @ models/lib/nn.yaml:80:7
%3871 = mul %3856, %3856 : f32[64] @ models/lib/nn.yaml:80:7
%3872 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%3873 = cast %3872 : f32[] @ models/lib/nn.yaml:80:7
%3874 = broadcast %3873 : f32[64] @ models/lib/nn.yaml:80:7
%3875 = mul %3871, %3874 : f32[64] @ models/lib/nn.yaml:80:7
%3876 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3877 = cast %3876 : f32[] @ models/lib/nn.yaml:80:7
%3878 = broadcast %3877 : f32[64] @ models/lib/nn.yaml:80:7
%3879 = mul %3858, %3878 : f32[64] @ models/lib/nn.yaml:80:7
%3880 = add %3879, %3875 : f32[64] @ models/lib/nn.yaml:80:7
%3881 = cast %3861 : f64[] @ models/lib/nn.yaml:80:7
%3882 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%3883 = pow %3882, %3881 : f64[] @ models/lib/nn.yaml:80:7
%3884 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3885 = sub %3884, %3883 : f64[] @ models/lib/nn.yaml:80:7
%3886 = div %1966, %3885 : f64[] @ models/lib/nn.yaml:80:7
%3887 = cast %3861 : f64[] @ models/lib/nn.yaml:80:7
%3888 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%3889 = pow %3888, %3887 : f64[] @ models/lib/nn.yaml:80:7
%3890 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3891 = sub %3890, %3889 : f64[] @ models/lib/nn.yaml:80:7
%3892 = sqrt %3891 : f64[] @ models/lib/nn.yaml:80:7
%3893 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3894 = div %3893, %3892 : f64[] @ models/lib/nn.yaml:80:7
%3895 = sqrt %3880 : f32[64] @ models/lib/nn.yaml:80:7
%3896 = cast %3894 : f32[] @ models/lib/nn.yaml:80:7
%3897 = broadcast %3896 : f32[64] @ models/lib/nn.yaml:80:7
%3898 = mul %3895, %3897 : f32[64] @ models/lib/nn.yaml:80:7
%3899 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%3900 = cast %3899 : f32[] @ models/lib/nn.yaml:80:7
%3901 = broadcast %3900 : f32[64] @ models/lib/nn.yaml:80:7
%3902 = add %3898, %3901 : f32[64] @ models/lib/nn.yaml:80:7
%3903 = div %3870, %3902 : f32[64] @ models/lib/nn.yaml:80:7
%3904 = cast %3886 : f32[] @ models/lib/nn.yaml:80:7
%3905 = broadcast %3904 : f32[64] @ models/lib/nn.yaml:80:7
%3906 = mul %3903, %3905 : f32[64] @ models/lib/nn.yaml:80:7
%3907 = sub %17, %3906 : f32[64] @ models/lib/nn.yaml:80:7
%3908 = assign %17, %3907 : f32[64] @ models/lib/nn.yaml:80:7
%3909 = assign %3857, %3870 : f32[64] @ models/lib/nn.yaml:80:7
%3910 = assign %3858, %3880 : f32[64] @ models/lib/nn.yaml:80:7
%3911 = assign %3859, %3861 : i64[] @ models/lib/nn.yaml:80:7
%3912 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%3913 = broadcast %3912 : f32[64] @ models/lib/nn.yaml:80:7
%3914 = mul %101, %3913 : f32[64] @ models/lib/nn.yaml:80:7
%3915 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%3916 = sub %3915, %1968 : f64[] @ models/lib/nn.yaml:80:7
%3917 = cast %3916 : f32[] @ models/lib/nn.yaml:80:7
%3918 = broadcast %3917 : f32[64] @ models/lib/nn.yaml:80:7
%3919 = mul %3907, %3918 : f32[64] @ models/lib/nn.yaml:80:7
%3920 = add %3914, %3919 : f32[64] @ models/lib/nn.yaml:80:7
%3921 = assign %101, %3920 : f32[64] @ models/lib/nn.yaml:80:7
%3922 = all_reduce_sum %2918 : f32[16,64] @ models/lib/nn.yaml:79:7
%3923 = state name="adam_m.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3924 = state name="adam_v.backbone.blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%3925 = state name="adam_t.backbone.blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%3926 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%3927 = add %3925, %3926 : i64[] @ models/lib/nn.yaml:79:7
%3928 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%3929 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3930 = sub %3929, %3928 : f64[] @ models/lib/nn.yaml:79:7
%3931 = cast %3930 : f32[] @ models/lib/nn.yaml:79:7
%3932 = broadcast %3931 : f32[16,64] @ models/lib/nn.yaml:79:7
%3933 = mul %18, %3932 : f32[16,64] @ models/lib/nn.yaml:79:7
%3934 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%3935 = cast %3934 : f32[] @ models/lib/nn.yaml:79:7
%3936 = broadcast %3935 : f32[16,64] @ models/lib/nn.yaml:79:7
%3937 = mul %3922, %3936 : f32[16,64] @ models/lib/nn.yaml:79:7
%3938 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3939 = cast %3938 : f32[] @ models/lib/nn.yaml:79:7
%3940 = broadcast %3939 : f32[16,64] @ models/lib/nn.yaml:79:7
%3941 = mul %3923, %3940 : f32[16,64] @ models/lib/nn.yaml:79:7
%3942 = add %3941, %3937 : f32[16,64] @ models/lib/nn.yaml:79:7
%3943 = mul %3922, %3922 : f32[16,64] @ models/lib/nn.yaml:79:7
%3944 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%3945 = cast %3944 : f32[] @ models/lib/nn.yaml:79:7
%3946 = broadcast %3945 : f32[16,64] @ models/lib/nn.yaml:79:7
%3947 = mul %3943, %3946 : f32[16,64] @ models/lib/nn.yaml:79:7
%3948 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3949 = cast %3948 : f32[] @ models/lib/nn.yaml:79:7
%3950 = broadcast %3949 : f32[16,64] @ models/lib/nn.yaml:79:7
%3951 = mul %3924, %3950 : f32[16,64] @ models/lib/nn.yaml:79:7
%3952 = add %3951, %3947 : f32[16,64] @ models/lib/nn.yaml:79:7
%3953 = cast %3927 : f64[] @ models/lib/nn.yaml:79:7
%3954 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%3955 = pow %3954, %3953 : f64[] @ models/lib/nn.yaml:79:7
%3956 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3957 = sub %3956, %3955 : f64[] @ models/lib/nn.yaml:79:7
%3958 = div %1966, %3957 : f64[] @ models/lib/nn.yaml:79:7
%3959 = cast %3927 : f64[] @ models/lib/nn.yaml:79:7
%3960 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%3961 = pow %3960, %3959 : f64[] @ models/lib/nn.yaml:79:7
%3962 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3963 = sub %3962, %3961 : f64[] @ models/lib/nn.yaml:79:7
%3964 = sqrt %3963 : f64[] @ models/lib/nn.yaml:79:7
%3965 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3966 = div %3965, %3964 : f64[] @ models/lib/nn.yaml:79:7
%3967 = sqrt %3952 : f32[16,64] @ models/lib/nn.yaml:79:7
%3968 = cast %3966 : f32[] @ models/lib/nn.yaml:79:7
%3969 = broadcast %3968 : f32[16,64] @ models/lib/nn.yaml:79:7
%3970 = mul %3967, %3969 : f32[16,64] @ models/lib/nn.yaml:79:7
%3971 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%3972 = cast %3971 : f32[] @ models/lib/nn.yaml:79:7
%3973 = broadcast %3972 : f32[16,64] @ models/lib/nn.yaml:79:7
%3974 = add %3970, %3973 : f32[16,64] @ models/lib/nn.yaml:79:7
%3975 = div %3942, %3974 : f32[16,64] @ models/lib/nn.yaml:79:7
%3976 = cast %3958 : f32[] @ models/lib/nn.yaml:79:7
%3977 = broadcast %3976 : f32[16,64] @ models/lib/nn.yaml:79:7
%3978 = mul %3975, %3977 : f32[16,64] @ models/lib/nn.yaml:79:7
%3979 = sub %3933, %3978 : f32[16,64] @ models/lib/nn.yaml:79:7
%3980 = assign %18, %3979 : f32[16,64] @ models/lib/nn.yaml:79:7
%3981 = assign %3923, %3942 : f32[16,64] @ models/lib/nn.yaml:79:7
%3982 = assign %3924, %3952 : f32[16,64] @ models/lib/nn.yaml:79:7
%3983 = assign %3925, %3927 : i64[] @ models/lib/nn.yaml:79:7
%3984 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%3985 = broadcast %3984 : f32[16,64] @ models/lib/nn.yaml:79:7
%3986 = mul %102, %3985 : f32[16,64] @ models/lib/nn.yaml:79:7
%3987 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%3988 = sub %3987, %1968 : f64[] @ models/lib/nn.yaml:79:7
%3989 = cast %3988 : f32[] @ models/lib/nn.yaml:79:7
%3990 = broadcast %3989 : f32[16,64] @ models/lib/nn.yaml:79:7
%3991 = mul %3979, %3990 : f32[16,64] @ models/lib/nn.yaml:79:7
%3992 = add %3986, %3991 : f32[16,64] @ models/lib/nn.yaml:79:7
%3993 = assign %102, %3992 : f32[16,64] @ models/lib/nn.yaml:79:7
%3994 = all_reduce_sum %2914 : f32[16] @ models/lib/nn.yaml:80:7
%3995 = state name="adam_m.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3996 = state name="adam_v.backbone.blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%3997 = state name="adam_t.backbone.blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%3998 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%3999 = add %3997, %3998 : i64[] @ models/lib/nn.yaml:80:7
%4000 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4001 = cast %4000 : f32[] @ models/lib/nn.yaml:80:7
%4002 = broadcast %4001 : f32[16] @ models/lib/nn.yaml:80:7
%4003 = mul %3994, %4002 : f32[16] @ models/lib/nn.yaml:80:7
%4004 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4005 = cast %4004 : f32[] @ models/lib/nn.yaml:80:7
%4006 = broadcast %4005 : f32[16] @ models/lib/nn.yaml:80:7
%4007 = mul %3995, %4006 : f32[16] @ models/lib/nn.yaml:80:7
%4008 = add %4007, %4003 : f32[16] @ models/lib/nn.yaml:80:7
%4009 = mul %3994, %3994 : f32[16] @ models/lib/nn.yaml:80:7
%4010 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4011 = cast %4010 : f32[] @ models/lib/nn.yaml:80:7
%4012 = broadcast %4011 : f32[16] @ models/lib/nn.yaml:80:7
%4013 = mul %4009, %4012 : f32[16] @ models/lib/nn.yaml:80:7
%4014 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4015 = cast %4014 : f32[] @ models/lib/nn.yaml:80:7
%4016 = broadcast %4015 : f32[16] @ models/lib/nn.yaml:80:7
%4017 = mul %3996, %4016 : f32[16] @ models/lib/nn.yaml:80:7
%4018 = add %4017, %4013 : f32[16] @ models/lib/nn.yaml:80:7
%4019 = cast %3999 : f64[] @ models/lib/nn.yaml:80:7
%4020 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4021 = pow %4020, %4019 : f64[] @ models/lib/nn.yaml:80:7
%4022 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4023 = sub %4022, %4021 : f64[] @ models/lib/nn.yaml:80:7
%4024 = div %1966, %4023 : f64[] @ models/lib/nn.yaml:80:7
%4025 = cast %3999 : f64[] @ models/lib/nn.yaml:80:7
%4026 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4027 = pow %4026, %4025 : f64[] @ models/lib/nn.yaml:80:7
%4028 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4029 = sub %4028, %4027 : f64[] @ models/lib/nn.yaml:80:7
%4030 = sqrt %4029 : f64[] @ models/lib/nn.yaml:80:7
%4031 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4032 = div %4031, %4030 : f64[] @ models/lib/nn.yaml:80:7
%4033 = sqrt %4018 : f32[16] @ models/lib/nn.yaml:80:7
%4034 = cast %4032 : f32[] @ models/lib/nn.yaml:80:7
%4035 = broadcast %4034 : f32[16] @ models/lib/nn.yaml:80:7
%4036 = mul %4033, %4035 : f32[16] @ models/lib/nn.yaml:80:7
%4037 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4038 = cast %4037 : f32[] @ models/lib/nn.yaml:80:7
%4039 = broadcast %4038 : f32[16] @ models/lib/nn.yaml:80:7
%4040 = add %4036, %4039 : f32[16] @ models/lib/nn.yaml:80:7
%4041 = div %4008, %4040 : f32[16] @ models/lib/nn.yaml:80:7
%4042 = cast %4024 : f32[] @ models/lib/nn.yaml:80:7
%4043 = broadcast %4042 : f32[16] @ models/lib/nn.yaml:80:7
%4044 = mul %4041, %4043 : f32[16] @ models/lib/nn.yaml:80:7
%4045 = sub %19, %4044 : f32[16] @ models/lib/nn.yaml:80:7
%4046 = assign %19, %4045 : f32[16] @ models/lib/nn.yaml:80:7
%4047 = assign %3995, %4008 : f32[16] @ models/lib/nn.yaml:80:7
%4048 = assign %3996, %4018 : f32[16] @ models/lib/nn.yaml:80:7
%4049 = assign %3997, %3999 : i64[] @ models/lib/nn.yaml:80:7
%4050 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%4051 = broadcast %4050 : f32[16] @ models/lib/nn.yaml:80:7
%4052 = mul %103, %4051 : f32[16] @ models/lib/nn.yaml:80:7
%4053 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4054 = sub %4053, %1968 : f64[] @ models/lib/nn.yaml:80:7
%4055 = cast %4054 : f32[] @ models/lib/nn.yaml:80:7
%4056 = broadcast %4055 : f32[16] @ models/lib/nn.yaml:80:7
%4057 = mul %4045, %4056 : f32[16] @ models/lib/nn.yaml:80:7
%4058 = add %4052, %4057 : f32[16] @ models/lib/nn.yaml:80:7
%4059 = assign %103, %4058 : f32[16] @ models/lib/nn.yaml:80:7
%4060 = all_reduce_sum %2891 : f32[16] @ models/lib/nn.yaml:89:7
%4061 = state name="adam_m.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4062 = state name="adam_v.backbone.blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4063 = state name="adam_t.backbone.blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4064 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4065 = add %4063, %4064 : i64[] @ models/lib/nn.yaml:89:7
%4066 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4067 = cast %4066 : f32[] @ models/lib/nn.yaml:89:7
%4068 = broadcast %4067 : f32[16] @ models/lib/nn.yaml:89:7
%4069 = mul %4060, %4068 : f32[16] @ models/lib/nn.yaml:89:7
%4070 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4071 = cast %4070 : f32[] @ models/lib/nn.yaml:89:7
%4072 = broadcast %4071 : f32[16] @ models/lib/nn.yaml:89:7
%4073 = mul %4061, %4072 : f32[16] @ models/lib/nn.yaml:89:7
%4074 = add %4073, %4069 : f32[16] @ models/lib/nn.yaml:89:7
%4075 = mul %4060, %4060 : f32[16] @ models/lib/nn.yaml:89:7
%4076 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4077 = cast %4076 : f32[] @ models/lib/nn.yaml:89:7
%4078 = broadcast %4077 : f32[16] @ models/lib/nn.yaml:89:7
%4079 = mul %4075, %4078 : f32[16] @ models/lib/nn.yaml:89:7
%4080 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4081 = cast %4080 : f32[] @ models/lib/nn.yaml:89:7
%4082 = broadcast %4081 : f32[16] @ models/lib/nn.yaml:89:7
%4083 = mul %4062, %4082 : f32[16] @ models/lib/nn.yaml:89:7
%4084 = add %4083, %4079 : f32[16] @ models/lib/nn.yaml:89:7
%4085 = cast %4065 : f64[] @ models/lib/nn.yaml:89:7
%4086 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4087 = pow %4086, %4085 : f64[] @ models/lib/nn.yaml:89:7
%4088 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4089 = sub %4088, %4087 : f64[] @ models/lib/nn.yaml:89:7
%4090 = div %1966, %4089 : f64[] @ models/lib/nn.yaml:89:7
%4091 = cast %4065 : f64[] @ models/lib/nn.yaml:89:7
%4092 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4093 = pow %4092, %4091 : f64[] @ models/lib/nn.yaml:89:7
%4094 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4095 = sub %4094, %4093 : f64[] @ models/lib/nn.yaml:89:7
%4096 = sqrt %4095 : f64[] @ models/lib/nn.yaml:89:7
%4097 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4098 = div %4097, %4096 : f64[] @ models/lib/nn.yaml:89:7
%4099 = sqrt %4084 : f32[16] @ models/lib/nn.yaml:89:7
%4100 = cast %4098 : f32[] @ models/lib/nn.yaml:89:7
%4101 = broadcast %4100 : f32[16] @ models/lib/nn.yaml:89:7
%4102 = mul %4099, %4101 : f32[16] @ models/lib/nn.yaml:89:7
%4103 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4104 = cast %4103 : f32[] @ models/lib/nn.yaml:89:7
%4105 = broadcast %4104 : f32[16] @ models/lib/nn.yaml:89:7
%4106 = add %4102, %4105 : f32[16] @ models/lib/nn.yaml:89:7
%4107 = div %4074, %4106 : f32[16] @ models/lib/nn.yaml:89:7
%4108 = cast %4090 : f32[] @ models/lib/nn.yaml:89:7
%4109 = broadcast %4108 : f32[16] @ models/lib/nn.yaml:89:7
%4110 = mul %4107, %4109 : f32[16] @ models/lib/nn.yaml:89:7
%4111 = sub %20, %4110 : f32[16] @ models/lib/nn.yaml:89:7
%4112 = assign %20, %4111 : f32[16] @ models/lib/nn.yaml:89:7
%4113 = assign %4061, %4074 : f32[16] @ models/lib/nn.yaml:89:7
%4114 = assign %4062, %4084 : f32[16] @ models/lib/nn.yaml:89:7
%4115 = assign %4063, %4065 : i64[] @ models/lib/nn.yaml:89:7
%4116 = cast %1968 : f32[] @ models/lib/nn.yaml:89:7
%4117 = broadcast %4116 : f32[16] @ models/lib/nn.yaml:89:7
%4118 = mul %104, %4117 : f32[16] @ models/lib/nn.yaml:89:7
%4119 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4120 = sub %4119, %1968 : f64[] @ models/lib/nn.yaml:89:7
%4121 = cast %4120 : f32[] @ models/lib/nn.yaml:89:7
%4122 = broadcast %4121 : f32[16] @ models/lib/nn.yaml:89:7
%4123 = mul %4111, %4122 : f32[16] @ models/lib/nn.yaml:89:7
%4124 = add %4118, %4123 : f32[16] @ models/lib/nn.yaml:89:7
%4125 = assign %104, %4124 : f32[16] @ models/lib/nn.yaml:89:7
%4126 = all_reduce_sum %2887 : f32[16] @ models/lib/nn.yaml:90:7
%4127 = state name="adam_m.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4128 = state name="adam_v.backbone.blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4129 = state name="adam_t.backbone.blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4130 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%4131 = add %4129, %4130 : i64[] @ models/lib/nn.yaml:90:7
%4132 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%4133 = cast %4132 : f32[] @ models/lib/nn.yaml:90:7
%4134 = broadcast %4133 : f32[16] @ models/lib/nn.yaml:90:7
%4135 = mul %4126, %4134 : f32[16] @ models/lib/nn.yaml:90:7
%4136 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4137 = cast %4136 : f32[] @ models/lib/nn.yaml:90:7
%4138 = broadcast %4137 : f32[16] @ models/lib/nn.yaml:90:7
%4139 = mul %4127, %4138 : f32[16] @ models/lib/nn.yaml:90:7
%4140 = add %4139, %4135 : f32[16] @ models/lib/nn.yaml:90:7
%4141 = mul %4126, %4126 : f32[16] @ models/lib/nn.yaml:90:7
%4142 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%4143 = cast %4142 : f32[] @ models/lib/nn.yaml:90:7
%4144 = broadcast %4143 : f32[16] @ models/lib/nn.yaml:90:7
%4145 = mul %4141, %4144 : f32[16] @ models/lib/nn.yaml:90:7
%4146 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4147 = cast %4146 : f32[] @ models/lib/nn.yaml:90:7
%4148 = broadcast %4147 : f32[16] @ models/lib/nn.yaml:90:7
%4149 = mul %4128, %4148 : f32[16] @ models/lib/nn.yaml:90:7
%4150 = add %4149, %4145 : f32[16] @ models/lib/nn.yaml:90:7
%4151 = cast %4131 : f64[] @ models/lib/nn.yaml:90:7
%4152 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4153 = pow %4152, %4151 : f64[] @ models/lib/nn.yaml:90:7
%4154 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4155 = sub %4154, %4153 : f64[] @ models/lib/nn.yaml:90:7
%4156 = div %1966, %4155 : f64[] @ models/lib/nn.yaml:90:7
%4157 = cast %4131 : f64[] @ models/lib/nn.yaml:90:7
%4158 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4159 = pow %4158, %4157 : f64[] @ models/lib/nn.yaml:90:7
%4160 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4161 = sub %4160, %4159 : f64[] @ models/lib/nn.yaml:90:7
%4162 = sqrt %4161 : f64[] @ models/lib/nn.yaml:90:7
%4163 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4164 = div %4163, %4162 : f64[] @ models/lib/nn.yaml:90:7
%4165 = sqrt %4150 : f32[16] @ models/lib/nn.yaml:90:7
%4166 = cast %4164 : f32[] @ models/lib/nn.yaml:90:7
%4167 = broadcast %4166 : f32[16] @ models/lib/nn.yaml:90:7
%4168 = mul %4165, %4167 : f32[16] @ models/lib/nn.yaml:90:7
%4169 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%4170 = cast %4169 : f32[] @ models/lib/nn.yaml:90:7
%4171 = broadcast %4170 : f32[16] @ models/lib/nn.yaml:90:7
%4172 = add %4168, %4171 : f32[16] @ models/lib/nn.yaml:90:7
%4173 = div %4140, %4172 : f32[16] @ models/lib/nn.yaml:90:7
%4174 = cast %4156 : f32[] @ models/lib/nn.yaml:90:7
%4175 = broadcast %4174 : f32[16] @ models/lib/nn.yaml:90:7
%4176 = mul %4173, %4175 : f32[16] @ models/lib/nn.yaml:90:7
%4177 = sub %21, %4176 : f32[16] @ models/lib/nn.yaml:90:7
%4178 = assign %21, %4177 : f32[16] @ models/lib/nn.yaml:90:7
%4179 = assign %4127, %4140 : f32[16] @ models/lib/nn.yaml:90:7
%4180 = assign %4128, %4150 : f32[16] @ models/lib/nn.yaml:90:7
%4181 = assign %4129, %4131 : i64[] @ models/lib/nn.yaml:90:7
%4182 = cast %1968 : f32[] @ models/lib/nn.yaml:90:7
%4183 = broadcast %4182 : f32[16] @ models/lib/nn.yaml:90:7
%4184 = mul %105, %4183 : f32[16] @ models/lib/nn.yaml:90:7
%4185 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4186 = sub %4185, %1968 : f64[] @ models/lib/nn.yaml:90:7
%4187 = cast %4186 : f32[] @ models/lib/nn.yaml:90:7
%4188 = broadcast %4187 : f32[16] @ models/lib/nn.yaml:90:7
%4189 = mul %4177, %4188 : f32[16] @ models/lib/nn.yaml:90:7
%4190 = add %4184, %4189 : f32[16] @ models/lib/nn.yaml:90:7
%4191 = assign %105, %4190 : f32[16] @ models/lib/nn.yaml:90:7
%4192 = all_reduce_sum %2885 : f32[48,16] @ models/lib/nn.yaml:79:7
%4193 = state name="adam_m.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4194 = state name="adam_v.backbone.blocks.1.attn.qkv.weight" init="zeros" : f32[48,16] @ models/lib/nn.yaml:79:7
%4195 = state name="adam_t.backbone.blocks.1.attn.qkv.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4196 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4197 = add %4195, %4196 : i64[] @ models/lib/nn.yaml:79:7
%4198 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%4199 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4200 = sub %4199, %4198 : f64[] @ models/lib/nn.yaml:79:7
%4201 = cast %4200 : f32[] @ models/lib/nn.yaml:79:7
%4202 = broadcast %4201 : f32[48,16] @ models/lib/nn.yaml:79:7
%4203 = mul %22, %4202 : f32[48,16] @ models/lib/nn.yaml:79:7
%4204 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4205 = cast %4204 : f32[] @ models/lib/nn.yaml:79:7
%4206 = broadcast %4205 : f32[48,16] @ models/lib/nn.yaml:79:7
%4207 = mul %4192, %4206 : f32[48,16] @ models/lib/nn.yaml:79:7
%4208 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4209 = cast %4208 : f32[] @ models/lib/nn.yaml:79:7
%4210 = broadcast %4209 : f32[48,16] @ models/lib/nn.yaml:79:7
%4211 = mul %4193, %4210 : f32[48,16] @ models/lib/nn.yaml:79:7
%4212 = add %4211, %4207 : f32[48,16] @ models/lib/nn.yaml:79:7
%4213 = mul %4192, %4192 : f32[48,16] @ models/lib/nn.yaml:79:7
%4214 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4215 = cast %4214 : f32[] @ models/lib/nn.yaml:79:7
%4216 = broadcast %4215 : f32[48,16] @ models/lib/nn.yaml:79:7
%4217 = mul %4213, %4216 : f32[48,16] @ models/lib/nn.yaml:79:7
%4218 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4219 = cast %4218 : f32[] @ models/lib/nn.yaml:79:7
%4220 = broadcast %4219 : f32[48,16] @ models/lib/nn.yaml:79:7
%4221 = mul %4194, %4220 : f32[48,16] @ models/lib/nn.yaml:79:7
%4222 = add %4221, %4217 : f32[48,16] @ models/lib/nn.yaml:79:7
%4223 = cast %4197 : f64[] @ models/lib/nn.yaml:79:7
%4224 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4225 = pow %4224, %4223 : f64[] @ models/lib/nn.yaml:79:7
%4226 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4227 = sub %4226, %4225 : f64[] @ models/lib/nn.yaml:79:7
%4228 = div %1966, %4227 : f64[] @ models/lib/nn.yaml:79:7
%4229 = cast %4197 : f64[] @ models/lib/nn.yaml:79:7
%4230 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4231 = pow %4230, %4229 : f64[] @ models/lib/nn.yaml:79:7
%4232 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4233 = sub %4232, %4231 : f64[] @ models/lib/nn.yaml:79:7
%4234 = sqrt %4233 : f64[] @ models/lib/nn.yaml:79:7
%4235 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4236 = div %4235, %4234 : f64[] @ models/lib/nn.yaml:79:7
%4237 = sqrt %4222 : f32[48,16] @ models/lib/nn.yaml:79:7
%4238 = cast %4236 : f32[] @ models/lib/nn.yaml:79:7
%4239 = broadcast %4238 : f32[48,16] @ models/lib/nn.yaml:79:7
%4240 = mul %4237, %4239 : f32[48,16] @ models/lib/nn.yaml:79:7
%4241 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4242 = cast %4241 : f32[] @ models/lib/nn.yaml:79:7
%4243 = broadcast %4242 : f32[48,16] @ models/lib/nn.yaml:79:7
%4244 = add %4240, %4243 : f32[48,16] @ models/lib/nn.yaml:79:7
%4245 = div %4212, %4244 : f32[48,16] @ models/lib/nn.yaml:79:7
%4246 = cast %4228 : f32[] @ models/lib/nn.yaml:79:7
%4247 = broadcast %4246 : f32[48,16] @ models/lib/nn.yaml:79:7
%4248 = mul %4245, %4247 : f32[48,16] @ models/lib/nn.yaml:79:7
%4249 = sub %4203, %4248 : f32[48,16] @ models/lib/nn.yaml:79:7
%4250 = assign %22, %4249 : f32[48,16] @ models/lib/nn.yaml:79:7
%4251 = assign %4193, %4212 : f32[48,16] @ models/lib/nn.yaml:79:7
%4252 = assign %4194, %4222 : f32[48,16] @ models/lib/nn.yaml:79:7
%4253 = assign %4195, %4197 : i64[] @ models/lib/nn.yaml:79:7
%4254 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%4255 = broadcast %4254 : f32[48,16] @ models/lib/nn.yaml:79:7
%4256 = mul %106, %4255 : f32[48,16] @ models/lib/nn.yaml:79:7
%4257 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4258 = sub %4257, %1968 : f64[] @ models/lib/nn.yaml:79:7
%4259 = cast %4258 : f32[] @ models/lib/nn.yaml:79:7
%4260 = broadcast %4259 : f32[48,16] @ models/lib/nn.yaml:79:7
%4261 = mul %4249, %4260 : f32[48,16] @ models/lib/nn.yaml:79:7
%4262 = add %4256, %4261 : f32[48,16] @ models/lib/nn.yaml:79:7
%4263 = assign %106, %4262 : f32[48,16] @ models/lib/nn.yaml:79:7
%4264 = all_reduce_sum %2881 : f32[48] @ models/lib/nn.yaml:80:7
%4265 = state name="adam_m.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4266 = state name="adam_v.backbone.blocks.1.attn.qkv.bias" init="zeros" : f32[48] @ models/lib/nn.yaml:80:7
%4267 = state name="adam_t.backbone.blocks.1.attn.qkv.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4268 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4269 = add %4267, %4268 : i64[] @ models/lib/nn.yaml:80:7
%4270 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4271 = cast %4270 : f32[] @ models/lib/nn.yaml:80:7
%4272 = broadcast %4271 : f32[48] @ models/lib/nn.yaml:80:7
%4273 = mul %4264, %4272 : f32[48] @ models/lib/nn.yaml:80:7
%4274 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4275 = cast %4274 : f32[] @ models/lib/nn.yaml:80:7
%4276 = broadcast %4275 : f32[48] @ models/lib/nn.yaml:80:7
%4277 = mul %4265, %4276 : f32[48] @ models/lib/nn.yaml:80:7
%4278 = add %4277, %4273 : f32[48] @ models/lib/nn.yaml:80:7
%4279 = mul %4264, %4264 : f32[48] @ models/lib/nn.yaml:80:7
%4280 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4281 = cast %4280 : f32[] @ models/lib/nn.yaml:80:7
%4282 = broadcast %4281 : f32[48] @ models/lib/nn.yaml:80:7
%4283 = mul %4279, %4282 : f32[48] @ models/lib/nn.yaml:80:7
%4284 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4285 = cast %4284 : f32[] @ models/lib/nn.yaml:80:7
%4286 = broadcast %4285 : f32[48] @ models/lib/nn.yaml:80:7
%4287 = mul %4266, %4286 : f32[48] @ models/lib/nn.yaml:80:7
%4288 = add %4287, %4283 : f32[48] @ models/lib/nn.yaml:80:7
%4289 = cast %4269 : f64[] @ models/lib/nn.yaml:80:7
%4290 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4291 = pow %4290, %4289 : f64[] @ models/lib/nn.yaml:80:7
%4292 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4293 = sub %4292, %4291 : f64[] @ models/lib/nn.yaml:80:7
%4294 = div %1966, %4293 : f64[] @ models/lib/nn.yaml:80:7
%4295 = cast %4269 : f64[] @ models/lib/nn.yaml:80:7
%4296 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4297 = pow %4296, %4295 : f64[] @ models/lib/nn.yaml:80:7
%4298 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4299 = sub %4298, %4297 : f64[] @ models/lib/nn.yaml:80:7
%4300 = sqrt %4299 : f64[] @ models/lib/nn.yaml:80:7
%4301 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4302 = div %4301, %4300 : f64[] @ models/lib/nn.yaml:80:7
%4303 = sqrt %4288 : f32[48] @ models/lib/nn.yaml:80:7
%4304 = cast %4302 : f32[] @ models/lib/nn.yaml:80:7
%4305 = broadcast %4304 : f32[48] @ models/lib/nn.yaml:80:7
%4306 = mul %4303, %4305 : f32[48] @ models/lib/nn.yaml:80:7
%4307 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4308 = cast %4307 : f32[] @ models/lib/nn.yaml:80:7
%4309 = broadcast %4308 : f32[48] @ models/lib/nn.yaml:80:7
%4310 = add %4306, %4309 : f32[48] @ models/lib/nn.yaml:80:7
%4311 = div %4278, %4310 : f32[48] @ models/lib/nn.yaml:80:7
%4312 = cast %4294 : f32[] @ models/lib/nn.yaml:80:7
%4313 = broadcast %4312 : f32[48] @ models/lib/nn.yaml:80:7
%4314 = mul %4311, %4313 : f32[48] @ models/lib/nn.yaml:80:7
%4315 = sub %23, %4314 : f32[48] @ models/lib/nn.yaml:80:7
%4316 = assign %23, %4315 : f32[48] @ models/lib/nn.yaml:80:7
%4317 = assign %4265, %4278 : f32[48] @ models/lib/nn.yaml:80:7
%4318 = assign %4266, %4288 : f32[48] @ models/lib/nn.yaml:80:7
%4319 = assign %4267, %4269 : i64[] @ models/lib/nn.yaml:80:7
%4320 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%4321 = broadcast %4320 : f32[48] @ models/lib/nn.yaml:80:7
%4322 = mul %107, %4321 : f32[48] @ models/lib/nn.yaml:80:7
%4323 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4324 = sub %4323, %1968 : f64[] @ models/lib/nn.yaml:80:7
%4325 = cast %4324 : f32[] @ models/lib/nn.yaml:80:7
%4326 = broadcast %4325 : f32[48] @ models/lib/nn.yaml:80:7
%4327 = mul %4315, %4326 : f32[48] @ models/lib/nn.yaml:80:7
%4328 = add %4322, %4327 : f32[48] @ models/lib/nn.yaml:80:7
%4329 = assign %107, %4328 : f32[48] @ models/lib/nn.yaml:80:7
%4330 = all_reduce_sum %2855 : f32[16,16] @ models/lib/nn.yaml:79:7
%4331 = state name="adam_m.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4332 = state name="adam_v.backbone.blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%4333 = state name="adam_t.backbone.blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4334 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4335 = add %4333, %4334 : i64[] @ models/lib/nn.yaml:79:7
%4336 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%4337 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4338 = sub %4337, %4336 : f64[] @ models/lib/nn.yaml:79:7
%4339 = cast %4338 : f32[] @ models/lib/nn.yaml:79:7
%4340 = broadcast %4339 : f32[16,16] @ models/lib/nn.yaml:79:7
%4341 = mul %24, %4340 : f32[16,16] @ models/lib/nn.yaml:79:7
%4342 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4343 = cast %4342 : f32[] @ models/lib/nn.yaml:79:7
%4344 = broadcast %4343 : f32[16,16] @ models/lib/nn.yaml:79:7
%4345 = mul %4330, %4344 : f32[16,16] @ models/lib/nn.yaml:79:7
%4346 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4347 = cast %4346 : f32[] @ models/lib/nn.yaml:79:7
%4348 = broadcast %4347 : f32[16,16] @ models/lib/nn.yaml:79:7
%4349 = mul %4331, %4348 : f32[16,16] @ models/lib/nn.yaml:79:7
%4350 = add %4349, %4345 : f32[16,16] @ models/lib/nn.yaml:79:7
%4351 = mul %4330, %4330 : f32[16,16] @ models/lib/nn.yaml:79:7
%4352 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4353 = cast %4352 : f32[] @ models/lib/nn.yaml:79:7
%4354 = broadcast %4353 : f32[16,16] @ models/lib/nn.yaml:79:7
%4355 = mul %4351, %4354 : f32[16,16] @ models/lib/nn.yaml:79:7
%4356 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4357 = cast %4356 : f32[] @ models/lib/nn.yaml:79:7
%4358 = broadcast %4357 : f32[16,16] @ models/lib/nn.yaml:79:7
%4359 = mul %4332, %4358 : f32[16,16] @ models/lib/nn.yaml:79:7
%4360 = add %4359, %4355 : f32[16,16] @ models/lib/nn.yaml:79:7
%4361 = cast %4335 : f64[] @ models/lib/nn.yaml:79:7
%4362 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4363 = pow %4362, %4361 : f64[] @ models/lib/nn.yaml:79:7
%4364 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4365 = sub %4364, %4363 : f64[] @ models/lib/nn.yaml:79:7
%4366 = div %1966, %4365 : f64[] @ models/lib/nn.yaml:79:7
%4367 = cast %4335 : f64[] @ models/lib/nn.yaml:79:7
%4368 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4369 = pow %4368, %4367 : f64[] @ models/lib/nn.yaml:79:7
%4370 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4371 = sub %4370, %4369 : f64[] @ models/lib/nn.yaml:79:7
%4372 = sqrt %4371 : f64[] @ models/lib/nn.yaml:79:7
%4373 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4374 = div %4373, %4372 : f64[] @ models/lib/nn.yaml:79:7
%4375 = sqrt %4360 : f32[16,16] @ models/lib/nn.yaml:79:7
%4376 = cast %4374 : f32[] @ models/lib/nn.yaml:79:7
%4377 = broadcast %4376 : f32[16,16] @ models/lib/nn.yaml:79:7
%4378 = mul %4375, %4377 : f32[16,16] @ models/lib/nn.yaml:79:7
%4379 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4380 = cast %4379 : f32[] @ models/lib/nn.yaml:79:7
%4381 = broadcast %4380 : f32[16,16] @ models/lib/nn.yaml:79:7
%4382 = add %4378, %4381 : f32[16,16] @ models/lib/nn.yaml:79:7
%4383 = div %4350, %4382 : f32[16,16] @ models/lib/nn.yaml:79:7
%4384 = cast %4366 : f32[] @ models/lib/nn.yaml:79:7
%4385 = broadcast %4384 : f32[16,16] @ models/lib/nn.yaml:79:7
%4386 = mul %4383, %4385 : f32[16,16] @ models/lib/nn.yaml:79:7
%4387 = sub %4341, %4386 : f32[16,16] @ models/lib/nn.yaml:79:7
%4388 = assign %24, %4387 : f32[16,16] @ models/lib/nn.yaml:79:7
%4389 = assign %4331, %4350 : f32[16,16] @ models/lib/nn.yaml:79:7
%4390 = assign %4332, %4360 : f32[16,16] @ models/lib/nn.yaml:79:7
%4391 = assign %4333, %4335 : i64[] @ models/lib/nn.yaml:79:7
%4392 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%4393 = broadcast %4392 : f32[16,16] @ models/lib/nn.yaml:79:7
%4394 = mul %108, %4393 : f32[16,16] @ models/lib/nn.yaml:79:7
%4395 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4396 = sub %4395, %1968 : f64[] @ models/lib/nn.yaml:79:7
%4397 = cast %4396 : f32[] @ models/lib/nn.yaml:79:7
%4398 = broadcast %4397 : f32[16,16] @ models/lib/nn.yaml:79:7
%4399 = mul %4387, %4398 : f32[16,16] @ models/lib/nn.yaml:79:7
%4400 = add %4394, %4399 : f32[16,16] @ models/lib/nn.yaml:79:7
%4401 = assign %108, %4400 : f32[16,16] @ models/lib/nn.yaml:79:7
%4402 = all_reduce_sum %2851 : f32[16] @ models/lib/nn.yaml:80:7
%4403 = state name="adam_m.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4404 = state name="adam_v.backbone.blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4405 = state name="adam_t.backbone.blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4406 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4407 = add %4405, %4406 : i64[] @ models/lib/nn.yaml:80:7
%4408 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4409 = cast %4408 : f32[] @ models/lib/nn.yaml:80:7
%4410 = broadcast %4409 : f32[16] @ models/lib/nn.yaml:80:7
%4411 = mul %4402, %4410 : f32[16] @ models/lib/nn.yaml:80:7
%4412 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4413 = cast %4412 : f32[] @ models/lib/nn.yaml:80:7
%4414 = broadcast %4413 : f32[16] @ models/lib/nn.yaml:80:7
%4415 = mul %4403, %4414 : f32[16] @ models/lib/nn.yaml:80:7
%4416 = add %4415, %4411 : f32[16] @ models/lib/nn.yaml:80:7
%4417 = mul %4402, %4402 : f32[16] @ models/lib/nn.yaml:80:7
%4418 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4419 = cast %4418 : f32[] @ models/lib/nn.yaml:80:7
%4420 = broadcast %4419 : f32[16] @ models/lib/nn.yaml:80:7
%4421 = mul %4417, %4420 : f32[16] @ models/lib/nn.yaml:80:7
%4422 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4423 = cast %4422 : f32[] @ models/lib/nn.yaml:80:7
%4424 = broadcast %4423 : f32[16] @ models/lib/nn.yaml:80:7
%4425 = mul %4404, %4424 : f32[16] @ models/lib/nn.yaml:80:7
%4426 = add %4425, %4421 : f32[16] @ models/lib/nn.yaml:80:7
%4427 = cast %4407 : f64[] @ models/lib/nn.yaml:80:7
%4428 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4429 = pow %4428, %4427 : f64[] @ models/lib/nn.yaml:80:7
%4430 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4431 = sub %4430, %4429 : f64[] @ models/lib/nn.yaml:80:7
%4432 = div %1966, %4431 : f64[] @ models/lib/nn.yaml:80:7
%4433 = cast %4407 : f64[] @ models/lib/nn.yaml:80:7
%4434 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4435 = pow %4434, %4433 : f64[] @ models/lib/nn.yaml:80:7
%4436 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4437 = sub %4436, %4435 : f64[] @ models/lib/nn.yaml:80:7
%4438 = sqrt %4437 : f64[] @ models/lib/nn.yaml:80:7
%4439 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4440 = div %4439, %4438 : f64[] @ models/lib/nn.yaml:80:7
%4441 = sqrt %4426 : f32[16] @ models/lib/nn.yaml:80:7
%4442 = cast %4440 : f32[] @ models/lib/nn.yaml:80:7
%4443 = broadcast %4442 : f32[16] @ models/lib/nn.yaml:80:7
%4444 = mul %4441, %4443 : f32[16] @ models/lib/nn.yaml:80:7
%4445 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4446 = cast %4445 : f32[] @ models/lib/nn.yaml:80:7
%4447 = broadcast %4446 : f32[16] @ models/lib/nn.yaml:80:7
%4448 = add %4444, %4447 : f32[16] @ models/lib/nn.yaml:80:7
%4449 = div %4416, %4448 : f32[16] @ models/lib/nn.yaml:80:7
%4450 = cast %4432 : f32[] @ models/lib/nn.yaml:80:7
%4451 = broadcast %4450 : f32[16] @ models/lib/nn.yaml:80:7
%4452 = mul %4449, %4451 : f32[16] @ models/lib/nn.yaml:80:7
%4453 = sub %25, %4452 : f32[16] @ models/lib/nn.yaml:80:7
%4454 = assign %25, %4453 : f32[16] @ models/lib/nn.yaml:80:7
%4455 = assign %4403, %4416 : f32[16] @ models/lib/nn.yaml:80:7
%4456 = assign %4404, %4426 : f32[16] @ models/lib/nn.yaml:80:7
%4457 = assign %4405, %4407 : i64[] @ models/lib/nn.yaml:80:7
%4458 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%4459 = broadcast %4458 : f32[16] @ models/lib/nn.yaml:80:7
%4460 = mul %109, %4459 : f32[16] @ models/lib/nn.yaml:80:7
%4461 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4462 = sub %4461, %1968 : f64[] @ models/lib/nn.yaml:80:7
%4463 = cast %4462 : f32[] @ models/lib/nn.yaml:80:7
%4464 = broadcast %4463 : f32[16] @ models/lib/nn.yaml:80:7
%4465 = mul %4453, %4464 : f32[16] @ models/lib/nn.yaml:80:7
%4466 = add %4460, %4465 : f32[16] @ models/lib/nn.yaml:80:7
%4467 = assign %109, %4466 : f32[16] @ models/lib/nn.yaml:80:7
%4468 = all_reduce_sum %2826 : f32[16] @ models/lib/nn.yaml:89:7
%4469 = state name="adam_m.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4470 = state name="adam_v.backbone.blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4471 = state name="adam_t.backbone.blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4472 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4473 = add %4471, %4472 : i64[] @ models/lib/nn.yaml:89:7
%4474 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4475 = cast %4474 : f32[] @ models/lib/nn.yaml:89:7
%4476 = broadcast %4475 : f32[16] @ models/lib/nn.yaml:89:7
%4477 = mul %4468, %4476 : f32[16] @ models/lib/nn.yaml:89:7
%4478 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4479 = cast %4478 : f32[] @ models/lib/nn.yaml:89:7
%4480 = broadcast %4479 : f32[16] @ models/lib/nn.yaml:89:7
%4481 = mul %4469, %4480 : f32[16] @ models/lib/nn.yaml:89:7
%4482 = add %4481, %4477 : f32[16] @ models/lib/nn.yaml:89:7
%4483 = mul %4468, %4468 : f32[16] @ models/lib/nn.yaml:89:7
%4484 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4485 = cast %4484 : f32[] @ models/lib/nn.yaml:89:7
%4486 = broadcast %4485 : f32[16] @ models/lib/nn.yaml:89:7
%4487 = mul %4483, %4486 : f32[16] @ models/lib/nn.yaml:89:7
%4488 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4489 = cast %4488 : f32[] @ models/lib/nn.yaml:89:7
%4490 = broadcast %4489 : f32[16] @ models/lib/nn.yaml:89:7
%4491 = mul %4470, %4490 : f32[16] @ models/lib/nn.yaml:89:7
%4492 = add %4491, %4487 : f32[16] @ models/lib/nn.yaml:89:7
%4493 = cast %4473 : f64[] @ models/lib/nn.yaml:89:7
%4494 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4495 = pow %4494, %4493 : f64[] @ models/lib/nn.yaml:89:7
%4496 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4497 = sub %4496, %4495 : f64[] @ models/lib/nn.yaml:89:7
%4498 = div %1966, %4497 : f64[] @ models/lib/nn.yaml:89:7
%4499 = cast %4473 : f64[] @ models/lib/nn.yaml:89:7
%4500 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4501 = pow %4500, %4499 : f64[] @ models/lib/nn.yaml:89:7
%4502 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4503 = sub %4502, %4501 : f64[] @ models/lib/nn.yaml:89:7
%4504 = sqrt %4503 : f64[] @ models/lib/nn.yaml:89:7
%4505 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4506 = div %4505, %4504 : f64[] @ models/lib/nn.yaml:89:7
%4507 = sqrt %4492 : f32[16] @ models/lib/nn.yaml:89:7
%4508 = cast %4506 : f32[] @ models/lib/nn.yaml:89:7
%4509 = broadcast %4508 : f32[16] @ models/lib/nn.yaml:89:7
%4510 = mul %4507, %4509 : f32[16] @ models/lib/nn.yaml:89:7
%4511 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4512 = cast %4511 : f32[] @ models/lib/nn.yaml:89:7
%4513 = broadcast %4512 : f32[16] @ models/lib/nn.yaml:89:7
%4514 = add %4510, %4513 : f32[16] @ models/lib/nn.yaml:89:7
%4515 = div %4482, %4514 : f32[16] @ models/lib/nn.yaml:89:7
%4516 = cast %4498 : f32[] @ models/lib/nn.yaml:89:7
%4517 = broadcast %4516 : f32[16] @ models/lib/nn.yaml:89:7
%4518 = mul %4515, %4517 : f32[16] @ models/lib/nn.yaml:89:7
%4519 = sub %26, %4518 : f32[16] @ models/lib/nn.yaml:89:7
%4520 = assign %26, %4519 : f32[16] @ models/lib/nn.yaml:89:7
%4521 = assign %4469, %4482 : f32[16] @ models/lib/nn.yaml:89:7
%4522 = assign %4470, %4492 : f32[16] @ models/lib/nn.yaml:89:7
%4523 = assign %4471, %4473 : i64[] @ models/lib/nn.yaml:89:7
%4524 = cast %1968 : f32[] @ models/lib/nn.yaml:89:7
%4525 = broadcast %4524 : f32[16] @ models/lib/nn.yaml:89:7
%4526 = mul %110, %4525 : f32[16] @ models/lib/nn.yaml:89:7
%4527 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4528 = sub %4527, %1968 : f64[] @ models/lib/nn.yaml:89:7
%4529 = cast %4528 : f32[] @ models/lib/nn.yaml:89:7
%4530 = broadcast %4529 : f32[16] @ models/lib/nn.yaml:89:7
%4531 = mul %4519, %4530 : f32[16] @ models/lib/nn.yaml:89:7
%4532 = add %4526, %4531 : f32[16] @ models/lib/nn.yaml:89:7
%4533 = assign %110, %4532 : f32[16] @ models/lib/nn.yaml:89:7
%4534 = all_reduce_sum %2822 : f32[16] @ models/lib/nn.yaml:90:7
%4535 = state name="adam_m.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4536 = state name="adam_v.backbone.blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%4537 = state name="adam_t.backbone.blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%4538 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%4539 = add %4537, %4538 : i64[] @ models/lib/nn.yaml:90:7
%4540 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%4541 = cast %4540 : f32[] @ models/lib/nn.yaml:90:7
%4542 = broadcast %4541 : f32[16] @ models/lib/nn.yaml:90:7
%4543 = mul %4534, %4542 : f32[16] @ models/lib/nn.yaml:90:7
%4544 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4545 = cast %4544 : f32[] @ models/lib/nn.yaml:90:7
%4546 = broadcast %4545 : f32[16] @ models/lib/nn.yaml:90:7
%4547 = mul %4535, %4546 : f32[16] @ models/lib/nn.yaml:90:7
%4548 = add %4547, %4543 : f32[16] @ models/lib/nn.yaml:90:7
%4549 = mul %4534, %4534 : f32[16] @ models/lib/nn.yaml:90:7
%4550 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%4551 = cast %4550 : f32[] @ models/lib/nn.yaml:90:7
%4552 = broadcast %4551 : f32[16] @ models/lib/nn.yaml:90:7
%4553 = mul %4549, %4552 : f32[16] @ models/lib/nn.yaml:90:7
%4554 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4555 = cast %4554 : f32[] @ models/lib/nn.yaml:90:7
%4556 = broadcast %4555 : f32[16] @ models/lib/nn.yaml:90:7
%4557 = mul %4536, %4556 : f32[16] @ models/lib/nn.yaml:90:7
%4558 = add %4557, %4553 : f32[16] @ models/lib/nn.yaml:90:7
%4559 = cast %4539 : f64[] @ models/lib/nn.yaml:90:7
%4560 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%4561 = pow %4560, %4559 : f64[] @ models/lib/nn.yaml:90:7
%4562 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4563 = sub %4562, %4561 : f64[] @ models/lib/nn.yaml:90:7
%4564 = div %1966, %4563 : f64[] @ models/lib/nn.yaml:90:7
%4565 = cast %4539 : f64[] @ models/lib/nn.yaml:90:7
%4566 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%4567 = pow %4566, %4565 : f64[] @ models/lib/nn.yaml:90:7
%4568 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4569 = sub %4568, %4567 : f64[] @ models/lib/nn.yaml:90:7
%4570 = sqrt %4569 : f64[] @ models/lib/nn.yaml:90:7
%4571 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4572 = div %4571, %4570 : f64[] @ models/lib/nn.yaml:90:7
%4573 = sqrt %4558 : f32[16] @ models/lib/nn.yaml:90:7
%4574 = cast %4572 : f32[] @ models/lib/nn.yaml:90:7
%4575 = broadcast %4574 : f32[16] @ models/lib/nn.yaml:90:7
%4576 = mul %4573, %4575 : f32[16] @ models/lib/nn.yaml:90:7
%4577 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%4578 = cast %4577 : f32[] @ models/lib/nn.yaml:90:7
%4579 = broadcast %4578 : f32[16] @ models/lib/nn.yaml:90:7
%4580 = add %4576, %4579 : f32[16] @ models/lib/nn.yaml:90:7
%4581 = div %4548, %4580 : f32[16] @ models/lib/nn.yaml:90:7
%4582 = cast %4564 : f32[] @ models/lib/nn.yaml:90:7
%4583 = broadcast %4582 : f32[16] @ models/lib/nn.yaml:90:7
%4584 = mul %4581, %4583 : f32[16] @ models/lib/nn.yaml:90:7
%4585 = sub %27, %4584 : f32[16] @ models/lib/nn.yaml:90:7
%4586 = assign %27, %4585 : f32[16] @ models/lib/nn.yaml:90:7
%4587 = assign %4535, %4548 : f32[16] @ models/lib/nn.yaml:90:7
%4588 = assign %4536, %4558 : f32[16] @ models/lib/nn.yaml:90:7
%4589 = assign %4537, %4539 : i64[] @ models/lib/nn.yaml:90:7
%4590 = cast %1968 : f32[] @ models/lib/nn.yaml:90:7
%4591 = broadcast %4590 : f32[16] @ models/lib/nn.yaml:90:7
%4592 = mul %111, %4591 : f32[16] @ models/lib/nn.yaml:90:7
%4593 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%4594 = sub %4593, %1968 : f64[] @ models/lib/nn.yaml:90:7
%4595 = cast %4594 : f32[] @ models/lib/nn.yaml:90:7
%4596 = broadcast %4595 : f32[16] @ models/lib/nn.yaml:90:7
%4597 = mul %4585, %4596 : f32[16] @ models/lib/nn.yaml:90:7
%4598 = add %4592, %4597 : f32[16] @ models/lib/nn.yaml:90:7
%4599 = assign %111, %4598 : f32[16] @ models/lib/nn.yaml:90:7
%4600 = all_reduce_sum %2820 : f32[64,16] @ models/lib/nn.yaml:79:7
%4601 = state name="adam_m.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4602 = state name="adam_v.backbone.blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%4603 = state name="adam_t.backbone.blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4604 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4605 = add %4603, %4604 : i64[] @ models/lib/nn.yaml:79:7
%4606 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%4607 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4608 = sub %4607, %4606 : f64[] @ models/lib/nn.yaml:79:7
%4609 = cast %4608 : f32[] @ models/lib/nn.yaml:79:7
%4610 = broadcast %4609 : f32[64,16] @ models/lib/nn.yaml:79:7
%4611 = mul %28, %4610 : f32[64,16] @ models/lib/nn.yaml:79:7
%4612 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4613 = cast %4612 : f32[] @ models/lib/nn.yaml:79:7
%4614 = broadcast %4613 : f32[64,16] @ models/lib/nn.yaml:79:7
%4615 = mul %4600, %4614 : f32[64,16] @ models/lib/nn.yaml:79:7
%4616 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4617 = cast %4616 : f32[] @ models/lib/nn.yaml:79:7
%4618 = broadcast %4617 : f32[64,16] @ models/lib/nn.yaml:79:7
%4619 = mul %4601, %4618 : f32[64,16] @ models/lib/nn.yaml:79:7
%4620 = add %4619, %4615 : f32[64,16] @ models/lib/nn.yaml:79:7
%4621 = mul %4600, %4600 : f32[64,16] @ models/lib/nn.yaml:79:7
%4622 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4623 = cast %4622 : f32[] @ models/lib/nn.yaml:79:7
%4624 = broadcast %4623 : f32[64,16] @ models/lib/nn.yaml:79:7
%4625 = mul %4621, %4624 : f32[64,16] @ models/lib/nn.yaml:79:7
%4626 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4627 = cast %4626 : f32[] @ models/lib/nn.yaml:79:7
%4628 = broadcast %4627 : f32[64,16] @ models/lib/nn.yaml:79:7
%4629 = mul %4602, %4628 : f32[64,16] @ models/lib/nn.yaml:79:7
%4630 = add %4629, %4625 : f32[64,16] @ models/lib/nn.yaml:79:7
%4631 = cast %4605 : f64[] @ models/lib/nn.yaml:79:7
%4632 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4633 = pow %4632, %4631 : f64[] @ models/lib/nn.yaml:79:7
%4634 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4635 = sub %4634, %4633 : f64[] @ models/lib/nn.yaml:79:7
%4636 = div %1966, %4635 : f64[] @ models/lib/nn.yaml:79:7
%4637 = cast %4605 : f64[] @ models/lib/nn.yaml:79:7
%4638 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4639 = pow %4638, %4637 : f64[] @ models/lib/nn.yaml:79:7
%4640 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4641 = sub %4640, %4639 : f64[] @ models/lib/nn.yaml:79:7
%4642 = sqrt %4641 : f64[] @ models/lib/nn.yaml:79:7
%4643 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4644 = div %4643, %4642 : f64[] @ models/lib/nn.yaml:79:7
%4645 = sqrt %4630 : f32[64,16] @ models/lib/nn.yaml:79:7
%4646 = cast %4644 : f32[] @ models/lib/nn.yaml:79:7
%4647 = broadcast %4646 : f32[64,16] @ models/lib/nn.yaml:79:7
%4648 = mul %4645, %4647 : f32[64,16] @ models/lib/nn.yaml:79:7
%4649 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4650 = cast %4649 : f32[] @ models/lib/nn.yaml:79:7
%4651 = broadcast %4650 : f32[64,16] @ models/lib/nn.yaml:79:7
%4652 = add %4648, %4651 : f32[64,16] @ models/lib/nn.yaml:79:7
%4653 = div %4620, %4652 : f32[64,16] @ models/lib/nn.yaml:79:7
%4654 = cast %4636 : f32[] @ models/lib/nn.yaml:79:7
%4655 = broadcast %4654 : f32[64,16] @ models/lib/nn.yaml:79:7
%4656 = mul %4653, %4655 : f32[64,16] @ models/lib/nn.yaml:79:7
%4657 = sub %4611, %4656 : f32[64,16] @ models/lib/nn.yaml:79:7
%4658 = assign %28, %4657 : f32[64,16] @ models/lib/nn.yaml:79:7
%4659 = assign %4601, %4620 : f32[64,16] @ models/lib/nn.yaml:79:7
%4660 = assign %4602, %4630 : f32[64,16] @ models/lib/nn.yaml:79:7
%4661 = assign %4603, %4605 : i64[] @ models/lib/nn.yaml:79:7
%4662 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%4663 = broadcast %4662 : f32[64,16] @ models/lib/nn.yaml:79:7
%4664 = mul %112, %4663 : f32[64,16] @ models/lib/nn.yaml:79:7
%4665 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4666 = sub %4665, %1968 : f64[] @ models/lib/nn.yaml:79:7
%4667 = cast %4666 : f32[] @ models/lib/nn.yaml:79:7
%4668 = broadcast %4667 : f32[64,16] @ models/lib/nn.yaml:79:7
%4669 = mul %4657, %4668 : f32[64,16] @ models/lib/nn.yaml:79:7
%4670 = add %4664, %4669 : f32[64,16] @ models/lib/nn.yaml:79:7
%4671 = assign %112, %4670 : f32[64,16] @ models/lib/nn.yaml:79:7
%4672 = all_reduce_sum %2816 : f32[64] @ models/lib/nn.yaml:80:7
%4673 = state name="adam_m.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4674 = state name="adam_v.backbone.blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%4675 = state name="adam_t.backbone.blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4676 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4677 = add %4675, %4676 : i64[] @ models/lib/nn.yaml:80:7
%4678 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4679 = cast %4678 : f32[] @ models/lib/nn.yaml:80:7
%4680 = broadcast %4679 : f32[64] @ models/lib/nn.yaml:80:7
%4681 = mul %4672, %4680 : f32[64] @ models/lib/nn.yaml:80:7
%4682 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4683 = cast %4682 : f32[] @ models/lib/nn.yaml:80:7
%4684 = broadcast %4683 : f32[64] @ models/lib/nn.yaml:80:7
%4685 = mul %4673, %4684 : f32[64] @ models/lib/nn.yaml:80:7
%4686 = add %4685, %4681 : f32[64] @ models/lib/nn.yaml:80:7
%4687 = mul %4672, %4672 : f32[64] @ models/lib/nn.yaml:80:7
%4688 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4689 = cast %4688 : f32[] @ models/lib/nn.yaml:80:7
%4690 = broadcast %4689 : f32[64] @ models/lib/nn.yaml:80:7
%4691 = mul %4687, %4690 : f32[64] @ models/lib/nn.yaml:80:7
%4692 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4693 = cast %4692 : f32[] @ models/lib/nn.yaml:80:7
%4694 = broadcast %4693 : f32[64] @ models/lib/nn.yaml:80:7
%4695 = mul %4674, %4694 : f32[64] @ models/lib/nn.yaml:80:7
%4696 = add %4695, %4691 : f32[64] @ models/lib/nn.yaml:80:7
%4697 = cast %4677 : f64[] @ models/lib/nn.yaml:80:7
%4698 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4699 = pow %4698, %4697 : f64[] @ models/lib/nn.yaml:80:7
%4700 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4701 = sub %4700, %4699 : f64[] @ models/lib/nn.yaml:80:7
%4702 = div %1966, %4701 : f64[] @ models/lib/nn.yaml:80:7
%4703 = cast %4677 : f64[] @ models/lib/nn.yaml:80:7
%4704 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4705 = pow %4704, %4703 : f64[] @ models/lib/nn.yaml:80:7
%4706 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4707 = sub %4706, %4705 : f64[] @ models/lib/nn.yaml:80:7
%4708 = sqrt %4707 : f64[] @ models/lib/nn.yaml:80:7
%4709 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4710 = div %4709, %4708 : f64[] @ models/lib/nn.yaml:80:7
%4711 = sqrt %4696 : f32[64] @ models/lib/nn.yaml:80:7
%4712 = cast %4710 : f32[] @ models/lib/nn.yaml:80:7
%4713 = broadcast %4712 : f32[64] @ models/lib/nn.yaml:80:7
%4714 = mul %4711, %4713 : f32[64] @ models/lib/nn.yaml:80:7
%4715 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4716 = cast %4715 : f32[] @ models/lib/nn.yaml:80:7
%4717 = broadcast %4716 : f32[64] @ models/lib/nn.yaml:80:7
%4718 = add %4714, %4717 : f32[64] @ models/lib/nn.yaml:80:7
%4719 = div %4686, %4718 : f32[64] @ models/lib/nn.yaml:80:7
%4720 = cast %4702 : f32[] @ models/lib/nn.yaml:80:7
%4721 = broadcast %4720 : f32[64] @ models/lib/nn.yaml:80:7
%4722 = mul %4719, %4721 : f32[64] @ models/lib/nn.yaml:80:7
%4723 = sub %29, %4722 : f32[64] @ models/lib/nn.yaml:80:7
%4724 = assign %29, %4723 : f32[64] @ models/lib/nn.yaml:80:7
%4725 = assign %4673, %4686 : f32[64] @ models/lib/nn.yaml:80:7
%4726 = assign %4674, %4696 : f32[64] @ models/lib/nn.yaml:80:7
%4727 = assign %4675, %4677 : i64[] @ models/lib/nn.yaml:80:7
%4728 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%4729 = broadcast %4728 : f32[64] @ models/lib/nn.yaml:80:7
%4730 = mul %113, %4729 : f32[64] @ models/lib/nn.yaml:80:7
%4731 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4732 = sub %4731, %1968 : f64[] @ models/lib/nn.yaml:80:7
%4733 = cast %4732 : f32[] @ models/lib/nn.yaml:80:7
%4734 = broadcast %4733 : f32[64] @ models/lib/nn.yaml:80:7
%4735 = mul %4723, %4734 : f32[64] @ models/lib/nn.yaml:80:7
%4736 = add %4730, %4735 : f32[64] @ models/lib/nn.yaml:80:7
%4737 = assign %113, %4736 : f32[64] @ models/lib/nn.yaml:80:7
%4738 = all_reduce_sum %2802 : f32[16,64] @ models/lib/nn.yaml:79:7
%4739 = state name="adam_m.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4740 = state name="adam_v.backbone.blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%4741 = state name="adam_t.backbone.blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%4742 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%4743 = add %4741, %4742 : i64[] @ models/lib/nn.yaml:79:7
%4744 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%4745 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4746 = sub %4745, %4744 : f64[] @ models/lib/nn.yaml:79:7
%4747 = cast %4746 : f32[] @ models/lib/nn.yaml:79:7
%4748 = broadcast %4747 : f32[16,64] @ models/lib/nn.yaml:79:7
%4749 = mul %30, %4748 : f32[16,64] @ models/lib/nn.yaml:79:7
%4750 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%4751 = cast %4750 : f32[] @ models/lib/nn.yaml:79:7
%4752 = broadcast %4751 : f32[16,64] @ models/lib/nn.yaml:79:7
%4753 = mul %4738, %4752 : f32[16,64] @ models/lib/nn.yaml:79:7
%4754 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4755 = cast %4754 : f32[] @ models/lib/nn.yaml:79:7
%4756 = broadcast %4755 : f32[16,64] @ models/lib/nn.yaml:79:7
%4757 = mul %4739, %4756 : f32[16,64] @ models/lib/nn.yaml:79:7
%4758 = add %4757, %4753 : f32[16,64] @ models/lib/nn.yaml:79:7
%4759 = mul %4738, %4738 : f32[16,64] @ models/lib/nn.yaml:79:7
%4760 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%4761 = cast %4760 : f32[] @ models/lib/nn.yaml:79:7
%4762 = broadcast %4761 : f32[16,64] @ models/lib/nn.yaml:79:7
%4763 = mul %4759, %4762 : f32[16,64] @ models/lib/nn.yaml:79:7
%4764 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4765 = cast %4764 : f32[] @ models/lib/nn.yaml:79:7
%4766 = broadcast %4765 : f32[16,64] @ models/lib/nn.yaml:79:7
%4767 = mul %4740, %4766 : f32[16,64] @ models/lib/nn.yaml:79:7
%4768 = add %4767, %4763 : f32[16,64] @ models/lib/nn.yaml:79:7
%4769 = cast %4743 : f64[] @ models/lib/nn.yaml:79:7
%4770 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%4771 = pow %4770, %4769 : f64[] @ models/lib/nn.yaml:79:7
%4772 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4773 = sub %4772, %4771 : f64[] @ models/lib/nn.yaml:79:7
%4774 = div %1966, %4773 : f64[] @ models/lib/nn.yaml:79:7
%4775 = cast %4743 : f64[] @ models/lib/nn.yaml:79:7
%4776 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%4777 = pow %4776, %4775 : f64[] @ models/lib/nn.yaml:79:7
%4778 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4779 = sub %4778, %4777 : f64[] @ models/lib/nn.yaml:79:7
%4780 = sqrt %4779 : f64[] @ models/lib/nn.yaml:79:7
%4781 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4782 = div %4781, %4780 : f64[] @ models/lib/nn.yaml:79:7
%4783 = sqrt %4768 : f32[16,64] @ models/lib/nn.yaml:79:7
%4784 = cast %4782 : f32[] @ models/lib/nn.yaml:79:7
%4785 = broadcast %4784 : f32[16,64] @ models/lib/nn.yaml:79:7
%4786 = mul %4783, %4785 : f32[16,64] @ models/lib/nn.yaml:79:7
%4787 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%4788 = cast %4787 : f32[] @ models/lib/nn.yaml:79:7
%4789 = broadcast %4788 : f32[16,64] @ models/lib/nn.yaml:79:7
%4790 = add %4786, %4789 : f32[16,64] @ models/lib/nn.yaml:79:7
%4791 = div %4758, %4790 : f32[16,64] @ models/lib/nn.yaml:79:7
%4792 = cast %4774 : f32[] @ models/lib/nn.yaml:79:7
%4793 = broadcast %4792 : f32[16,64] @ models/lib/nn.yaml:79:7
%4794 = mul %4791, %4793 : f32[16,64] @ models/lib/nn.yaml:79:7
%4795 = sub %4749, %4794 : f32[16,64] @ models/lib/nn.yaml:79:7
%4796 = assign %30, %4795 : f32[16,64] @ models/lib/nn.yaml:79:7
%4797 = assign %4739, %4758 : f32[16,64] @ models/lib/nn.yaml:79:7
%4798 = assign %4740, %4768 : f32[16,64] @ models/lib/nn.yaml:79:7
%4799 = assign %4741, %4743 : i64[] @ models/lib/nn.yaml:79:7
%4800 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%4801 = broadcast %4800 : f32[16,64] @ models/lib/nn.yaml:79:7
%4802 = mul %114, %4801 : f32[16,64] @ models/lib/nn.yaml:79:7
%4803 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%4804 = sub %4803, %1968 : f64[] @ models/lib/nn.yaml:79:7
%4805 = cast %4804 : f32[] @ models/lib/nn.yaml:79:7
%4806 = broadcast %4805 : f32[16,64] @ models/lib/nn.yaml:79:7
%4807 = mul %4795, %4806 : f32[16,64] @ models/lib/nn.yaml:79:7
%4808 = add %4802, %4807 : f32[16,64] @ models/lib/nn.yaml:79:7
%4809 = assign %114, %4808 : f32[16,64] @ models/lib/nn.yaml:79:7
%4810 = all_reduce_sum %2798 : f32[16] @ models/lib/nn.yaml:80:7
%4811 = state name="adam_m.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4812 = state name="adam_v.backbone.blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%4813 = state name="adam_t.backbone.blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%4814 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%4815 = add %4813, %4814 : i64[] @ models/lib/nn.yaml:80:7
%4816 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%4817 = cast %4816 : f32[] @ models/lib/nn.yaml:80:7
%4818 = broadcast %4817 : f32[16] @ models/lib/nn.yaml:80:7
%4819 = mul %4810, %4818 : f32[16] @ models/lib/nn.yaml:80:7
%4820 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4821 = cast %4820 : f32[] @ models/lib/nn.yaml:80:7
%4822 = broadcast %4821 : f32[16] @ models/lib/nn.yaml:80:7
%4823 = mul %4811, %4822 : f32[16] @ models/lib/nn.yaml:80:7
%4824 = add %4823, %4819 : f32[16] @ models/lib/nn.yaml:80:7
%4825 = mul %4810, %4810 : f32[16] @ models/lib/nn.yaml:80:7
%4826 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%4827 = cast %4826 : f32[] @ models/lib/nn.yaml:80:7
%4828 = broadcast %4827 : f32[16] @ models/lib/nn.yaml:80:7
%4829 = mul %4825, %4828 : f32[16] @ models/lib/nn.yaml:80:7
%4830 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4831 = cast %4830 : f32[] @ models/lib/nn.yaml:80:7
%4832 = broadcast %4831 : f32[16] @ models/lib/nn.yaml:80:7
%4833 = mul %4812, %4832 : f32[16] @ models/lib/nn.yaml:80:7
%4834 = add %4833, %4829 : f32[16] @ models/lib/nn.yaml:80:7
%4835 = cast %4815 : f64[] @ models/lib/nn.yaml:80:7
%4836 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%4837 = pow %4836, %4835 : f64[] @ models/lib/nn.yaml:80:7
%4838 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4839 = sub %4838, %4837 : f64[] @ models/lib/nn.yaml:80:7
%4840 = div %1966, %4839 : f64[] @ models/lib/nn.yaml:80:7
%4841 = cast %4815 : f64[] @ models/lib/nn.yaml:80:7
%4842 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%4843 = pow %4842, %4841 : f64[] @ models/lib/nn.yaml:80:7
%4844 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4845 = sub %4844, %4843 : f64[] @ models/lib/nn.yaml:80:7
%4846 = sqrt %4845 : f64[] @ models/lib/nn.yaml:80:7
%4847 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4848 = div %4847, %4846 : f64[] @ models/lib/nn.yaml:80:7
%4849 = sqrt %4834 : f32[16] @ models/lib/nn.yaml:80:7
%4850 = cast %4848 : f32[] @ models/lib/nn.yaml:80:7
%4851 = broadcast %4850 : f32[16] @ models/lib/nn.yaml:80:7
%4852 = mul %4849, %4851 : f32[16] @ models/lib/nn.yaml:80:7
%4853 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%4854 = cast %4853 : f32[] @ models/lib/nn.yaml:80:7
%4855 = broadcast %4854 : f32[16] @ models/lib/nn.yaml:80:7
%4856 = add %4852, %4855 : f32[16] @ models/lib/nn.yaml:80:7
%4857 = div %4824, %4856 : f32[16] @ models/lib/nn.yaml:80:7
%4858 = cast %4840 : f32[] @ models/lib/nn.yaml:80:7
%4859 = broadcast %4858 : f32[16] @ models/lib/nn.yaml:80:7
%4860 = mul %4857, %4859 : f32[16] @ models/lib/nn.yaml:80:7
%4861 = sub %31, %4860 : f32[16] @ models/lib/nn.yaml:80:7
%4862 = assign %31, %4861 : f32[16] @ models/lib/nn.yaml:80:7
%4863 = assign %4811, %4824 : f32[16] @ models/lib/nn.yaml:80:7
%4864 = assign %4812, %4834 : f32[16] @ models/lib/nn.yaml:80:7
%4865 = assign %4813, %4815 : i64[] @ models/lib/nn.yaml:80:7
%4866 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%4867 = broadcast %4866 : f32[16] @ models/lib/nn.yaml:80:7
%4868 = mul %115, %4867 : f32[16] @ models/lib/nn.yaml:80:7
%4869 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%4870 = sub %4869, %1968 : f64[] @ models/lib/nn.yaml:80:7
%4871 = cast %4870 : f32[] @ models/lib/nn.yaml:80:7
%4872 = broadcast %4871 : f32[16] @ models/lib/nn.yaml:80:7
%4873 = mul %4861, %4872 : f32[16] @ models/lib/nn.yaml:80:7
%4874 = add %4868, %4873 : f32[16] @ models/lib/nn.yaml:80:7
%4875 = assign %115, %4874 : f32[16] @ models/lib/nn.yaml:80:7
%4876 = all_reduce_sum %2794 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4877 = state name="adam_m.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4878 = state name="adam_v.ca_head.cls_token" init="zeros" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4879 = state name="adam_t.ca_head.cls_token" init="zeros" : i64[] @ models/lib/vit.yaml:103:7
%4880 = const data=[1] : i64[] @ models/lib/vit.yaml:103:7
%4881 = add %4879, %4880 : i64[] @ models/lib/vit.yaml:103:7
%4882 = mul %1966, %1967 : f64[] @ models/lib/vit.yaml:103:7
%4883 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%4884 = sub %4883, %4882 : f64[] @ models/lib/vit.yaml:103:7
%4885 = cast %4884 : f32[] @ models/lib/vit.yaml:103:7
%4886 = broadcast %4885 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4887 = mul %32, %4886 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4888 = const data=[0.09999999999999998] : f64[] @ models/lib/vit.yaml:103:7
%4889 = cast %4888 : f32[] @ models/lib/vit.yaml:103:7
%4890 = broadcast %4889 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4891 = mul %4876, %4890 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4892 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%4893 = cast %4892 : f32[] @ models/lib/vit.yaml:103:7
%4894 = broadcast %4893 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4895 = mul %4877, %4894 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4896 = add %4895, %4891 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4897 = mul %4876, %4876 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4898 = const data=[0.0010000000000000009] : f64[] @ models/lib/vit.yaml:103:7
%4899 = cast %4898 : f32[] @ models/lib/vit.yaml:103:7
%4900 = broadcast %4899 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4901 = mul %4897, %4900 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4902 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%4903 = cast %4902 : f32[] @ models/lib/vit.yaml:103:7
%4904 = broadcast %4903 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4905 = mul %4878, %4904 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4906 = add %4905, %4901 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4907 = cast %4881 : f64[] @ models/lib/vit.yaml:103:7
%4908 = const data=[0.9] : f64[] @ models/lib/vit.yaml:103:7
%4909 = pow %4908, %4907 : f64[] @ models/lib/vit.yaml:103:7
%4910 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%4911 = sub %4910, %4909 : f64[] @ models/lib/vit.yaml:103:7
%4912 = div %1966, %4911 : f64[] @ models/lib/vit.yaml:103:7
%4913 = cast %4881 : f64[] @ models/lib/vit.yaml:103:7
%4914 = const data=[0.999] : f64[] @ models/lib/vit.yaml:103:7
%4915 = pow %4914, %4913 : f64[] @ models/lib/vit.yaml:103:7
%4916 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%4917 = sub %4916, %4915 : f64[] @ models/lib/vit.yaml:103:7
%4918 = sqrt %4917 : f64[] @ models/lib/vit.yaml:103:7
%4919 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%4920 = div %4919, %4918 : f64[] @ models/lib/vit.yaml:103:7
%4921 = sqrt %4906 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4922 = cast %4920 : f32[] @ models/lib/vit.yaml:103:7
%4923 = broadcast %4922 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4924 = mul %4921, %4923 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4925 = const data=[1e-08] : f64[] @ models/lib/vit.yaml:103:7
%4926 = cast %4925 : f32[] @ models/lib/vit.yaml:103:7
%4927 = broadcast %4926 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4928 = add %4924, %4927 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4929 = div %4896, %4928 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4930 = cast %4912 : f32[] @ models/lib/vit.yaml:103:7
%4931 = broadcast %4930 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4932 = mul %4929, %4931 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4933 = sub %4887, %4932 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4934 = assign %32, %4933 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4935 = assign %4877, %4896 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4936 = assign %4878, %4906 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4937 = assign %4879, %4881 : i64[] @ models/lib/vit.yaml:103:7
%4938 = cast %1968 : f32[] @ models/lib/vit.yaml:103:7
%4939 = broadcast %4938 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4940 = mul %116, %4939 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4941 = const data=[1] : f64[] @ models/lib/vit.yaml:103:7
%4942 = sub %4941, %1968 : f64[] @ models/lib/vit.yaml:103:7
%4943 = cast %4942 : f32[] @ models/lib/vit.yaml:103:7
%4944 = broadcast %4943 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4945 = mul %4933, %4944 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4946 = add %4940, %4945 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4947 = assign %116, %4946 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%4948 = all_reduce_sum %2769 : f32[16] @ models/lib/nn.yaml:89:7
%4949 = state name="adam_m.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4950 = state name="adam_v.ca_head.cls_blocks.0.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%4951 = state name="adam_t.ca_head.cls_blocks.0.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%4952 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%4953 = add %4951, %4952 : i64[] @ models/lib/nn.yaml:89:7
%4954 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%4955 = cast %4954 : f32[] @ models/lib/nn.yaml:89:7
%4956 = broadcast %4955 : f32[16] @ models/lib/nn.yaml:89:7
%4957 = mul %4948, %4956 : f32[16] @ models/lib/nn.yaml:89:7
%4958 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4959 = cast %4958 : f32[] @ models/lib/nn.yaml:89:7
%4960 = broadcast %4959 : f32[16] @ models/lib/nn.yaml:89:7
%4961 = mul %4949, %4960 : f32[16] @ models/lib/nn.yaml:89:7
%4962 = add %4961, %4957 : f32[16] @ models/lib/nn.yaml:89:7
%4963 = mul %4948, %4948 : f32[16] @ models/lib/nn.yaml:89:7
%4964 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%4965 = cast %4964 : f32[] @ models/lib/nn.yaml:89:7
%4966 = broadcast %4965 : f32[16] @ models/lib/nn.yaml:89:7
%4967 = mul %4963, %4966 : f32[16] @ models/lib/nn.yaml:89:7
%4968 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4969 = cast %4968 : f32[] @ models/lib/nn.yaml:89:7
%4970 = broadcast %4969 : f32[16] @ models/lib/nn.yaml:89:7
%4971 = mul %4950, %4970 : f32[16] @ models/lib/nn.yaml:89:7
%4972 = add %4971, %4967 : f32[16] @ models/lib/nn.yaml:89:7
%4973 = cast %4953 : f64[] @ models/lib/nn.yaml:89:7
%4974 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%4975 = pow %4974, %4973 : f64[] @ models/lib/nn.yaml:89:7
%4976 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4977 = sub %4976, %4975 : f64[] @ models/lib/nn.yaml:89:7
%4978 = div %1966, %4977 : f64[] @ models/lib/nn.yaml:89:7
%4979 = cast %4953 : f64[] @ models/lib/nn.yaml:89:7
%4980 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%4981 = pow %4980, %4979 : f64[] @ models/lib/nn.yaml:89:7
%4982 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4983 = sub %4982, %4981 : f64[] @ models/lib/nn.yaml:89:7
%4984 = sqrt %4983 : f64[] @ models/lib/nn.yaml:89:7
%4985 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%4986 = div %4985, %4984 : f64[] @ models/lib/nn.yaml:89:7
%4987 = sqrt %4972 : f32[16] @ models/lib/nn.yaml:89:7
%4988 = cast %4986 : f32[] @ models/lib/nn.yaml:89:7
%4989 = broadcast %4988 : f32[16] @ models/lib/nn.yaml:89:7
%4990 = mul %4987, %4989 : f32[16] @ models/lib/nn.yaml:89:7
%4991 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%4992 = cast %4991 : f32[] @ models/lib/nn.yaml:89:7
%4993 = broadcast %4992 : f32[16] @ models/lib/nn.yaml:89:7
%4994 = add %4990, %4993 : f32[16] @ models/lib/nn.yaml:89:7
%4995 = div %4962, %4994 : f32[16] @ models/lib/nn.yaml:89:7
%4996 = cast %4978 : f32[] @ models/lib/nn.yaml:89:7
%4997 = broadcast %4996 : f32[16] @ models/lib/nn.yaml:89:7
%4998 = mul %4995, %4997 : f32[16] @ models/lib/nn.yaml:89:7
%4999 = sub %33, %4998 : f32[16] @ models/lib/nn.yaml:89:7
%5000 = assign %33, %4999 : f32[16] @ models/lib/nn.yaml:89:7
%5001 = assign %4949, %4962 : f32[16] @ models/lib/nn.yaml:89:7
%5002 = assign %4950, %4972 : f32[16] @ models/lib/nn.yaml:89:7
%5003 = assign %4951, %4953 : i64[] @ models/lib/nn.yaml:89:7
%5004 = cast %1968 : f32[] @ models/lib/nn.yaml:89:7
%5005 = broadcast %5004 : f32[16] @ models/lib/nn.yaml:89:7
%5006 = mul %117, %5005 : f32[16] @ models/lib/nn.yaml:89:7
%5007 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5008 = sub %5007, %1968 : f64[] @ models/lib/nn.yaml:89:7
%5009 = cast %5008 : f32[] @ models/lib/nn.yaml:89:7
%5010 = broadcast %5009 : f32[16] @ models/lib/nn.yaml:89:7
%5011 = mul %4999, %5010 : f32[16] @ models/lib/nn.yaml:89:7
%5012 = add %5006, %5011 : f32[16] @ models/lib/nn.yaml:89:7
%5013 = assign %117, %5012 : f32[16] @ models/lib/nn.yaml:89:7
%5014 = all_reduce_sum %2765 : f32[16] @ models/lib/nn.yaml:90:7
%5015 = state name="adam_m.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5016 = state name="adam_v.ca_head.cls_blocks.0.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5017 = state name="adam_t.ca_head.cls_blocks.0.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5018 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5019 = add %5017, %5018 : i64[] @ models/lib/nn.yaml:90:7
%5020 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5021 = cast %5020 : f32[] @ models/lib/nn.yaml:90:7
%5022 = broadcast %5021 : f32[16] @ models/lib/nn.yaml:90:7
%5023 = mul %5014, %5022 : f32[16] @ models/lib/nn.yaml:90:7
%5024 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5025 = cast %5024 : f32[] @ models/lib/nn.yaml:90:7
%5026 = broadcast %5025 : f32[16] @ models/lib/nn.yaml:90:7
%5027 = mul %5015, %5026 : f32[16] @ models/lib/nn.yaml:90:7
%5028 = add %5027, %5023 : f32[16] @ models/lib/nn.yaml:90:7
%5029 = mul %5014, %5014 : f32[16] @ models/lib/nn.yaml:90:7
%5030 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5031 = cast %5030 : f32[] @ models/lib/nn.yaml:90:7
%5032 = broadcast %5031 : f32[16] @ models/lib/nn.yaml:90:7
%5033 = mul %5029, %5032 : f32[16] @ models/lib/nn.yaml:90:7
%5034 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5035 = cast %5034 : f32[] @ models/lib/nn.yaml:90:7
%5036 = broadcast %5035 : f32[16] @ models/lib/nn.yaml:90:7
%5037 = mul %5016, %5036 : f32[16] @ models/lib/nn.yaml:90:7
%5038 = add %5037, %5033 : f32[16] @ models/lib/nn.yaml:90:7
%5039 = cast %5019 : f64[] @ models/lib/nn.yaml:90:7
%5040 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5041 = pow %5040, %5039 : f64[] @ models/lib/nn.yaml:90:7
%5042 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5043 = sub %5042, %5041 : f64[] @ models/lib/nn.yaml:90:7
%5044 = div %1966, %5043 : f64[] @ models/lib/nn.yaml:90:7
%5045 = cast %5019 : f64[] @ models/lib/nn.yaml:90:7
%5046 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5047 = pow %5046, %5045 : f64[] @ models/lib/nn.yaml:90:7
%5048 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5049 = sub %5048, %5047 : f64[] @ models/lib/nn.yaml:90:7
%5050 = sqrt %5049 : f64[] @ models/lib/nn.yaml:90:7
%5051 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5052 = div %5051, %5050 : f64[] @ models/lib/nn.yaml:90:7
%5053 = sqrt %5038 : f32[16] @ models/lib/nn.yaml:90:7
%5054 = cast %5052 : f32[] @ models/lib/nn.yaml:90:7
%5055 = broadcast %5054 : f32[16] @ models/lib/nn.yaml:90:7
%5056 = mul %5053, %5055 : f32[16] @ models/lib/nn.yaml:90:7
%5057 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5058 = cast %5057 : f32[] @ models/lib/nn.yaml:90:7
%5059 = broadcast %5058 : f32[16] @ models/lib/nn.yaml:90:7
%5060 = add %5056, %5059 : f32[16] @ models/lib/nn.yaml:90:7
%5061 = div %5028, %5060 : f32[16] @ models/lib/nn.yaml:90:7
%5062 = cast %5044 : f32[] @ models/lib/nn.yaml:90:7
%5063 = broadcast %5062 : f32[16] @ models/lib/nn.yaml:90:7
%5064 = mul %5061, %5063 : f32[16] @ models/lib/nn.yaml:90:7
%5065 = sub %34, %5064 : f32[16] @ models/lib/nn.yaml:90:7
%5066 = assign %34, %5065 : f32[16] @ models/lib/nn.yaml:90:7
%5067 = assign %5015, %5028 : f32[16] @ models/lib/nn.yaml:90:7
%5068 = assign %5016, %5038 : f32[16] @ models/lib/nn.yaml:90:7
%5069 = assign %5017, %5019 : i64[] @ models/lib/nn.yaml:90:7
%5070 = cast %1968 : f32[] @ models/lib/nn.yaml:90:7
%5071 = broadcast %5070 : f32[16] @ models/lib/nn.yaml:90:7
%5072 = mul %118, %5071 : f32[16] @ models/lib/nn.yaml:90:7
%5073 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5074 = sub %5073, %1968 : f64[] @ models/lib/nn.yaml:90:7
%5075 = cast %5074 : f32[] @ models/lib/nn.yaml:90:7
%5076 = broadcast %5075 : f32[16] @ models/lib/nn.yaml:90:7
%5077 = mul %5065, %5076 : f32[16] @ models/lib/nn.yaml:90:7
%5078 = add %5072, %5077 : f32[16] @ models/lib/nn.yaml:90:7
%5079 = assign %118, %5078 : f32[16] @ models/lib/nn.yaml:90:7
%5080 = all_reduce_sum %2761 : f32[16,16] @ models/lib/nn.yaml:79:7
%5081 = state name="adam_m.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5082 = state name="adam_v.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5083 = state name="adam_t.ca_head.cls_blocks.0.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5084 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5085 = add %5083, %5084 : i64[] @ models/lib/nn.yaml:79:7
%5086 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%5087 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5088 = sub %5087, %5086 : f64[] @ models/lib/nn.yaml:79:7
%5089 = cast %5088 : f32[] @ models/lib/nn.yaml:79:7
%5090 = broadcast %5089 : f32[16,16] @ models/lib/nn.yaml:79:7
%5091 = mul %35, %5090 : f32[16,16] @ models/lib/nn.yaml:79:7
%5092 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5093 = cast %5092 : f32[] @ models/lib/nn.yaml:79:7
%5094 = broadcast %5093 : f32[16,16] @ models/lib/nn.yaml:79:7
%5095 = mul %5080, %5094 : f32[16,16] @ models/lib/nn.yaml:79:7
%5096 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5097 = cast %5096 : f32[] @ models/lib/nn.yaml:79:7
%5098 = broadcast %5097 : f32[16,16] @ models/lib/nn.yaml:79:7
%5099 = mul %5081, %5098 : f32[16,16] @ models/lib/nn.yaml:79:7
%5100 = add %5099, %5095 : f32[16,16] @ models/lib/nn.yaml:79:7
%5101 = mul %5080, %5080 : f32[16,16] @ models/lib/nn.yaml:79:7
%5102 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5103 = cast %5102 : f32[] @ models/lib/nn.yaml:79:7
%5104 = broadcast %5103 : f32[16,16] @ models/lib/nn.yaml:79:7
%5105 = mul %5101, %5104 : f32[16,16] @ models/lib/nn.yaml:79:7
%5106 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5107 = cast %5106 : f32[] @ models/lib/nn.yaml:79:7
%5108 = broadcast %5107 : f32[16,16] @ models/lib/nn.yaml:79:7
%5109 = mul %5082, %5108 : f32[16,16] @ models/lib/nn.yaml:79:7
%5110 = add %5109, %5105 : f32[16,16] @ models/lib/nn.yaml:79:7
%5111 = cast %5085 : f64[] @ models/lib/nn.yaml:79:7
%5112 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5113 = pow %5112, %5111 : f64[] @ models/lib/nn.yaml:79:7
%5114 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5115 = sub %5114, %5113 : f64[] @ models/lib/nn.yaml:79:7
%5116 = div %1966, %5115 : f64[] @ models/lib/nn.yaml:79:7
%5117 = cast %5085 : f64[] @ models/lib/nn.yaml:79:7
%5118 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5119 = pow %5118, %5117 : f64[] @ models/lib/nn.yaml:79:7
%5120 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5121 = sub %5120, %5119 : f64[] @ models/lib/nn.yaml:79:7
%5122 = sqrt %5121 : f64[] @ models/lib/nn.yaml:79:7
%5123 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5124 = div %5123, %5122 : f64[] @ models/lib/nn.yaml:79:7
%5125 = sqrt %5110 : f32[16,16] @ models/lib/nn.yaml:79:7
%5126 = cast %5124 : f32[] @ models/lib/nn.yaml:79:7
%5127 = broadcast %5126 : f32[16,16] @ models/lib/nn.yaml:79:7
%5128 = mul %5125, %5127 : f32[16,16] @ models/lib/nn.yaml:79:7
%5129 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5130 = cast %5129 : f32[] @ models/lib/nn.yaml:79:7
%5131 = broadcast %5130 : f32[16,16] @ models/lib/nn.yaml:79:7
%5132 = add %5128, %5131 : f32[16,16] @ models/lib/nn.yaml:79:7
%5133 = div %5100, %5132 : f32[16,16] @ models/lib/nn.yaml:79:7
%5134 = cast %5116 : f32[] @ models/lib/nn.yaml:79:7
%5135 = broadcast %5134 : f32[16,16] @ models/lib/nn.yaml:79:7
%5136 = mul %5133, %5135 : f32[16,16] @ models/lib/nn.yaml:79:7
%5137 = sub %5091, %5136 : f32[16,16] @ models/lib/nn.yaml:79:7
%5138 = assign %35, %5137 : f32[16,16] @ models/lib/nn.yaml:79:7
%5139 = assign %5081, %5100 : f32[16,16] @ models/lib/nn.yaml:79:7
%5140 = assign %5082, %5110 : f32[16,16] @ models/lib/nn.yaml:79:7
%5141 = assign %5083, %5085 : i64[] @ models/lib/nn.yaml:79:7
%5142 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%5143 = broadcast %5142 : f32[16,16] @ models/lib/nn.yaml:79:7
%5144 = mul %119, %5143 : f32[16,16] @ models/lib/nn.yaml:79:7
%5145 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5146 = sub %5145, %1968 : f64[] @ models/lib/nn.yaml:79:7
%5147 = cast %5146 : f32[] @ models/lib/nn.yaml:79:7
%5148 = broadcast %5147 : f32[16,16] @ models/lib/nn.yaml:79:7
%5149 = mul %5137, %5148 : f32[16,16] @ models/lib/nn.yaml:79:7
%5150 = add %5144, %5149 : f32[16,16] @ models/lib/nn.yaml:79:7
%5151 = assign %119, %5150 : f32[16,16] @ models/lib/nn.yaml:79:7
%5152 = all_reduce_sum %2757 : f32[16] @ models/lib/nn.yaml:80:7
%5153 = state name="adam_m.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5154 = state name="adam_v.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5155 = state name="adam_t.ca_head.cls_blocks.0.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5156 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5157 = add %5155, %5156 : i64[] @ models/lib/nn.yaml:80:7
%5158 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5159 = cast %5158 : f32[] @ models/lib/nn.yaml:80:7
%5160 = broadcast %5159 : f32[16] @ models/lib/nn.yaml:80:7
%5161 = mul %5152, %5160 : f32[16] @ models/lib/nn.yaml:80:7
%5162 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5163 = cast %5162 : f32[] @ models/lib/nn.yaml:80:7
%5164 = broadcast %5163 : f32[16] @ models/lib/nn.yaml:80:7
%5165 = mul %5153, %5164 : f32[16] @ models/lib/nn.yaml:80:7
%5166 = add %5165, %5161 : f32[16] @ models/lib/nn.yaml:80:7
%5167 = mul %5152, %5152 : f32[16] @ models/lib/nn.yaml:80:7
%5168 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5169 = cast %5168 : f32[] @ models/lib/nn.yaml:80:7
%5170 = broadcast %5169 : f32[16] @ models/lib/nn.yaml:80:7
%5171 = mul %5167, %5170 : f32[16] @ models/lib/nn.yaml:80:7
%5172 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5173 = cast %5172 : f32[] @ models/lib/nn.yaml:80:7
%5174 = broadcast %5173 : f32[16] @ models/lib/nn.yaml:80:7
%5175 = mul %5154, %5174 : f32[16] @ models/lib/nn.yaml:80:7
%5176 = add %5175, %5171 : f32[16] @ models/lib/nn.yaml:80:7
%5177 = cast %5157 : f64[] @ models/lib/nn.yaml:80:7
%5178 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5179 = pow %5178, %5177 : f64[] @ models/lib/nn.yaml:80:7
%5180 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5181 = sub %5180, %5179 : f64[] @ models/lib/nn.yaml:80:7
%5182 = div %1966, %5181 : f64[] @ models/lib/nn.yaml:80:7
%5183 = cast %5157 : f64[] @ models/lib/nn.yaml:80:7
%5184 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5185 = pow %5184, %5183 : f64[] @ models/lib/nn.yaml:80:7
%5186 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5187 = sub %5186, %5185 : f64[] @ models/lib/nn.yaml:80:7
%5188 = sqrt %5187 : f64[] @ models/lib/nn.yaml:80:7
%5189 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5190 = div %5189, %5188 : f64[] @ models/lib/nn.yaml:80:7
%5191 = sqrt %5176 : f32[16] @ models/lib/nn.yaml:80:7
%5192 = cast %5190 : f32[] @ models/lib/nn.yaml:80:7
%5193 = broadcast %5192 : f32[16] @ models/lib/nn.yaml:80:7
%5194 = mul %5191, %5193 : f32[16] @ models/lib/nn.yaml:80:7
%5195 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5196 = cast %5195 : f32[] @ models/lib/nn.yaml:80:7
%5197 = broadcast %5196 : f32[16] @ models/lib/nn.yaml:80:7
%5198 = add %5194, %5197 : f32[16] @ models/lib/nn.yaml:80:7
%5199 = div %5166, %5198 : f32[16] @ models/lib/nn.yaml:80:7
%5200 = cast %5182 : f32[] @ models/lib/nn.yaml:80:7
%5201 = broadcast %5200 : f32[16] @ models/lib/nn.yaml:80:7
%5202 = mul %5199, %5201 : f32[16] @ models/lib/nn.yaml:80:7
%5203 = sub %36, %5202 : f32[16] @ models/lib/nn.yaml:80:7
%5204 = assign %36, %5203 : f32[16] @ models/lib/nn.yaml:80:7
%5205 = assign %5153, %5166 : f32[16] @ models/lib/nn.yaml:80:7
%5206 = assign %5154, %5176 : f32[16] @ models/lib/nn.yaml:80:7
%5207 = assign %5155, %5157 : i64[] @ models/lib/nn.yaml:80:7
%5208 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%5209 = broadcast %5208 : f32[16] @ models/lib/nn.yaml:80:7
%5210 = mul %120, %5209 : f32[16] @ models/lib/nn.yaml:80:7
%5211 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5212 = sub %5211, %1968 : f64[] @ models/lib/nn.yaml:80:7
%5213 = cast %5212 : f32[] @ models/lib/nn.yaml:80:7
%5214 = broadcast %5213 : f32[16] @ models/lib/nn.yaml:80:7
%5215 = mul %5203, %5214 : f32[16] @ models/lib/nn.yaml:80:7
%5216 = add %5210, %5215 : f32[16] @ models/lib/nn.yaml:80:7
%5217 = assign %120, %5216 : f32[16] @ models/lib/nn.yaml:80:7
%5218 = all_reduce_sum %2753 : f32[16,16] @ models/lib/nn.yaml:79:7
%5219 = state name="adam_m.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5220 = state name="adam_v.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5221 = state name="adam_t.ca_head.cls_blocks.0.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5222 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5223 = add %5221, %5222 : i64[] @ models/lib/nn.yaml:79:7
%5224 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%5225 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5226 = sub %5225, %5224 : f64[] @ models/lib/nn.yaml:79:7
%5227 = cast %5226 : f32[] @ models/lib/nn.yaml:79:7
%5228 = broadcast %5227 : f32[16,16] @ models/lib/nn.yaml:79:7
%5229 = mul %37, %5228 : f32[16,16] @ models/lib/nn.yaml:79:7
%5230 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5231 = cast %5230 : f32[] @ models/lib/nn.yaml:79:7
%5232 = broadcast %5231 : f32[16,16] @ models/lib/nn.yaml:79:7
%5233 = mul %5218, %5232 : f32[16,16] @ models/lib/nn.yaml:79:7
%5234 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5235 = cast %5234 : f32[] @ models/lib/nn.yaml:79:7
%5236 = broadcast %5235 : f32[16,16] @ models/lib/nn.yaml:79:7
%5237 = mul %5219, %5236 : f32[16,16] @ models/lib/nn.yaml:79:7
%5238 = add %5237, %5233 : f32[16,16] @ models/lib/nn.yaml:79:7
%5239 = mul %5218, %5218 : f32[16,16] @ models/lib/nn.yaml:79:7
%5240 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5241 = cast %5240 : f32[] @ models/lib/nn.yaml:79:7
%5242 = broadcast %5241 : f32[16,16] @ models/lib/nn.yaml:79:7
%5243 = mul %5239, %5242 : f32[16,16] @ models/lib/nn.yaml:79:7
%5244 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5245 = cast %5244 : f32[] @ models/lib/nn.yaml:79:7
%5246 = broadcast %5245 : f32[16,16] @ models/lib/nn.yaml:79:7
%5247 = mul %5220, %5246 : f32[16,16] @ models/lib/nn.yaml:79:7
%5248 = add %5247, %5243 : f32[16,16] @ models/lib/nn.yaml:79:7
%5249 = cast %5223 : f64[] @ models/lib/nn.yaml:79:7
%5250 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5251 = pow %5250, %5249 : f64[] @ models/lib/nn.yaml:79:7
%5252 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5253 = sub %5252, %5251 : f64[] @ models/lib/nn.yaml:79:7
%5254 = div %1966, %5253 : f64[] @ models/lib/nn.yaml:79:7
%5255 = cast %5223 : f64[] @ models/lib/nn.yaml:79:7
%5256 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5257 = pow %5256, %5255 : f64[] @ models/lib/nn.yaml:79:7
%5258 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5259 = sub %5258, %5257 : f64[] @ models/lib/nn.yaml:79:7
%5260 = sqrt %5259 : f64[] @ models/lib/nn.yaml:79:7
%5261 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5262 = div %5261, %5260 : f64[] @ models/lib/nn.yaml:79:7
%5263 = sqrt %5248 : f32[16,16] @ models/lib/nn.yaml:79:7
%5264 = cast %5262 : f32[] @ models/lib/nn.yaml:79:7
%5265 = broadcast %5264 : f32[16,16] @ models/lib/nn.yaml:79:7
%5266 = mul %5263, %5265 : f32[16,16] @ models/lib/nn.yaml:79:7
%5267 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5268 = cast %5267 : f32[] @ models/lib/nn.yaml:79:7
%5269 = broadcast %5268 : f32[16,16] @ models/lib/nn.yaml:79:7
%5270 = add %5266, %5269 : f32[16,16] @ models/lib/nn.yaml:79:7
%5271 = div %5238, %5270 : f32[16,16] @ models/lib/nn.yaml:79:7
%5272 = cast %5254 : f32[] @ models/lib/nn.yaml:79:7
%5273 = broadcast %5272 : f32[16,16] @ models/lib/nn.yaml:79:7
%5274 = mul %5271, %5273 : f32[16,16] @ models/lib/nn.yaml:79:7
%5275 = sub %5229, %5274 : f32[16,16] @ models/lib/nn.yaml:79:7
%5276 = assign %37, %5275 : f32[16,16] @ models/lib/nn.yaml:79:7
%5277 = assign %5219, %5238 : f32[16,16] @ models/lib/nn.yaml:79:7
%5278 = assign %5220, %5248 : f32[16,16] @ models/lib/nn.yaml:79:7
%5279 = assign %5221, %5223 : i64[] @ models/lib/nn.yaml:79:7
%5280 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%5281 = broadcast %5280 : f32[16,16] @ models/lib/nn.yaml:79:7
%5282 = mul %121, %5281 : f32[16,16] @ models/lib/nn.yaml:79:7
%5283 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5284 = sub %5283, %1968 : f64[] @ models/lib/nn.yaml:79:7
%5285 = cast %5284 : f32[] @ models/lib/nn.yaml:79:7
%5286 = broadcast %5285 : f32[16,16] @ models/lib/nn.yaml:79:7
%5287 = mul %5275, %5286 : f32[16,16] @ models/lib/nn.yaml:79:7
%5288 = add %5282, %5287 : f32[16,16] @ models/lib/nn.yaml:79:7
%5289 = assign %121, %5288 : f32[16,16] @ models/lib/nn.yaml:79:7
%5290 = all_reduce_sum %2748 : f32[16] @ models/lib/nn.yaml:80:7
%5291 = state name="adam_m.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5292 = state name="adam_v.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5293 = state name="adam_t.ca_head.cls_blocks.0.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5294 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5295 = add %5293, %5294 : i64[] @ models/lib/nn.yaml:80:7
%5296 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5297 = cast %5296 : f32[] @ models/lib/nn.yaml:80:7
%5298 = broadcast %5297 : f32[16] @ models/lib/nn.yaml:80:7
%5299 = mul %5290, %5298 : f32[16] @ models/lib/nn.yaml:80:7
%5300 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5301 = cast %5300 : f32[] @ models/lib/nn.yaml:80:7
%5302 = broadcast %5301 : f32[16] @ models/lib/nn.yaml:80:7
%5303 = mul %5291, %5302 : f32[16] @ models/lib/nn.yaml:80:7
%5304 = add %5303, %5299 : f32[16] @ models/lib/nn.yaml:80:7
%5305 = mul %5290, %5290 : f32[16] @ models/lib/nn.yaml:80:7
%5306 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5307 = cast %5306 : f32[] @ models/lib/nn.yaml:80:7
%5308 = broadcast %5307 : f32[16] @ models/lib/nn.yaml:80:7
%5309 = mul %5305, %5308 : f32[16] @ models/lib/nn.yaml:80:7
%5310 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5311 = cast %5310 : f32[] @ models/lib/nn.yaml:80:7
%5312 = broadcast %5311 : f32[16] @ models/lib/nn.yaml:80:7
%5313 = mul %5292, %5312 : f32[16] @ models/lib/nn.yaml:80:7
%5314 = add %5313, %5309 : f32[16] @ models/lib/nn.yaml:80:7
%5315 = cast %5295 : f64[] @ models/lib/nn.yaml:80:7
%5316 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5317 = pow %5316, %5315 : f64[] @ models/lib/nn.yaml:80:7
%5318 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5319 = sub %5318, %5317 : f64[] @ models/lib/nn.yaml:80:7
%5320 = div %1966, %5319 : f64[] @ models/lib/nn.yaml:80:7
%5321 = cast %5295 : f64[] @ models/lib/nn.yaml:80:7
%5322 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5323 = pow %5322, %5321 : f64[] @ models/lib/nn.yaml:80:7
%5324 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5325 = sub %5324, %5323 : f64[] @ models/lib/nn.yaml:80:7
%5326 = sqrt %5325 : f64[] @ models/lib/nn.yaml:80:7
%5327 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5328 = div %5327, %5326 : f64[] @ models/lib/nn.yaml:80:7
%5329 = sqrt %5314 : f32[16] @ models/lib/nn.yaml:80:7
%5330 = cast %5328 : f32[] @ models/lib/nn.yaml:80:7
%5331 = broadcast %5330 : f32[16] @ models/lib/nn.yaml:80:7
%5332 = mul %5329, %5331 : f32[16] @ models/lib/nn.yaml:80:7
%5333 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5334 = cast %5333 : f32[] @ models/lib/nn.yaml:80:7
%5335 = broadcast %5334 : f32[16] @ models/lib/nn.yaml:80:7
%5336 = add %5332, %5335 : f32[16] @ models/lib/nn.yaml:80:7
%5337 = div %5304, %5336 : f32[16] @ models/lib/nn.yaml:80:7
%5338 = cast %5320 : f32[] @ models/lib/nn.yaml:80:7
%5339 = broadcast %5338 : f32[16] @ models/lib/nn.yaml:80:7
%5340 = mul %5337, %5339 : f32[16] @ models/lib/nn.yaml:80:7
%5341 = sub %38, %5340 : f32[16] @ models/lib/nn.yaml:80:7
%5342 = assign %38, %5341 : f32[16] @ models/lib/nn.yaml:80:7
%5343 = assign %5291, %5304 : f32[16] @ models/lib/nn.yaml:80:7
%5344 = assign %5292, %5314 : f32[16] @ models/lib/nn.yaml:80:7
%5345 = assign %5293, %5295 : i64[] @ models/lib/nn.yaml:80:7
%5346 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%5347 = broadcast %5346 : f32[16] @ models/lib/nn.yaml:80:7
%5348 = mul %122, %5347 : f32[16] @ models/lib/nn.yaml:80:7
%5349 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5350 = sub %5349, %1968 : f64[] @ models/lib/nn.yaml:80:7
%5351 = cast %5350 : f32[] @ models/lib/nn.yaml:80:7
%5352 = broadcast %5351 : f32[16] @ models/lib/nn.yaml:80:7
%5353 = mul %5341, %5352 : f32[16] @ models/lib/nn.yaml:80:7
%5354 = add %5348, %5353 : f32[16] @ models/lib/nn.yaml:80:7
%5355 = assign %122, %5354 : f32[16] @ models/lib/nn.yaml:80:7
%5356 = all_reduce_sum %2744 : f32[16,16] @ models/lib/nn.yaml:79:7
%5357 = state name="adam_m.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5358 = state name="adam_v.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5359 = state name="adam_t.ca_head.cls_blocks.0.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5360 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5361 = add %5359, %5360 : i64[] @ models/lib/nn.yaml:79:7
%5362 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%5363 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5364 = sub %5363, %5362 : f64[] @ models/lib/nn.yaml:79:7
%5365 = cast %5364 : f32[] @ models/lib/nn.yaml:79:7
%5366 = broadcast %5365 : f32[16,16] @ models/lib/nn.yaml:79:7
%5367 = mul %39, %5366 : f32[16,16] @ models/lib/nn.yaml:79:7
%5368 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5369 = cast %5368 : f32[] @ models/lib/nn.yaml:79:7
%5370 = broadcast %5369 : f32[16,16] @ models/lib/nn.yaml:79:7
%5371 = mul %5356, %5370 : f32[16,16] @ models/lib/nn.yaml:79:7
%5372 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5373 = cast %5372 : f32[] @ models/lib/nn.yaml:79:7
%5374 = broadcast %5373 : f32[16,16] @ models/lib/nn.yaml:79:7
%5375 = mul %5357, %5374 : f32[16,16] @ models/lib/nn.yaml:79:7
%5376 = add %5375, %5371 : f32[16,16] @ models/lib/nn.yaml:79:7
%5377 = mul %5356, %5356 : f32[16,16] @ models/lib/nn.yaml:79:7
%5378 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5379 = cast %5378 : f32[] @ models/lib/nn.yaml:79:7
%5380 = broadcast %5379 : f32[16,16] @ models/lib/nn.yaml:79:7
%5381 = mul %5377, %5380 : f32[16,16] @ models/lib/nn.yaml:79:7
%5382 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5383 = cast %5382 : f32[] @ models/lib/nn.yaml:79:7
%5384 = broadcast %5383 : f32[16,16] @ models/lib/nn.yaml:79:7
%5385 = mul %5358, %5384 : f32[16,16] @ models/lib/nn.yaml:79:7
%5386 = add %5385, %5381 : f32[16,16] @ models/lib/nn.yaml:79:7
%5387 = cast %5361 : f64[] @ models/lib/nn.yaml:79:7
%5388 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5389 = pow %5388, %5387 : f64[] @ models/lib/nn.yaml:79:7
%5390 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5391 = sub %5390, %5389 : f64[] @ models/lib/nn.yaml:79:7
%5392 = div %1966, %5391 : f64[] @ models/lib/nn.yaml:79:7
%5393 = cast %5361 : f64[] @ models/lib/nn.yaml:79:7
%5394 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5395 = pow %5394, %5393 : f64[] @ models/lib/nn.yaml:79:7
%5396 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5397 = sub %5396, %5395 : f64[] @ models/lib/nn.yaml:79:7
%5398 = sqrt %5397 : f64[] @ models/lib/nn.yaml:79:7
%5399 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5400 = div %5399, %5398 : f64[] @ models/lib/nn.yaml:79:7
%5401 = sqrt %5386 : f32[16,16] @ models/lib/nn.yaml:79:7
%5402 = cast %5400 : f32[] @ models/lib/nn.yaml:79:7
%5403 = broadcast %5402 : f32[16,16] @ models/lib/nn.yaml:79:7
%5404 = mul %5401, %5403 : f32[16,16] @ models/lib/nn.yaml:79:7
%5405 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5406 = cast %5405 : f32[] @ models/lib/nn.yaml:79:7
%5407 = broadcast %5406 : f32[16,16] @ models/lib/nn.yaml:79:7
%5408 = add %5404, %5407 : f32[16,16] @ models/lib/nn.yaml:79:7
%5409 = div %5376, %5408 : f32[16,16] @ models/lib/nn.yaml:79:7
%5410 = cast %5392 : f32[] @ models/lib/nn.yaml:79:7
%5411 = broadcast %5410 : f32[16,16] @ models/lib/nn.yaml:79:7
%5412 = mul %5409, %5411 : f32[16,16] @ models/lib/nn.yaml:79:7
%5413 = sub %5367, %5412 : f32[16,16] @ models/lib/nn.yaml:79:7
%5414 = assign %39, %5413 : f32[16,16] @ models/lib/nn.yaml:79:7
%5415 = assign %5357, %5376 : f32[16,16] @ models/lib/nn.yaml:79:7
%5416 = assign %5358, %5386 : f32[16,16] @ models/lib/nn.yaml:79:7
%5417 = assign %5359, %5361 : i64[] @ models/lib/nn.yaml:79:7
%5418 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%5419 = broadcast %5418 : f32[16,16] @ models/lib/nn.yaml:79:7
%5420 = mul %123, %5419 : f32[16,16] @ models/lib/nn.yaml:79:7
%5421 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5422 = sub %5421, %1968 : f64[] @ models/lib/nn.yaml:79:7
%5423 = cast %5422 : f32[] @ models/lib/nn.yaml:79:7
%5424 = broadcast %5423 : f32[16,16] @ models/lib/nn.yaml:79:7
%5425 = mul %5413, %5424 : f32[16,16] @ models/lib/nn.yaml:79:7
%5426 = add %5420, %5425 : f32[16,16] @ models/lib/nn.yaml:79:7
%5427 = assign %123, %5426 : f32[16,16] @ models/lib/nn.yaml:79:7
%5428 = all_reduce_sum %2740 : f32[16] @ models/lib/nn.yaml:80:7
%5429 = state name="adam_m.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5430 = state name="adam_v.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5431 = state name="adam_t.ca_head.cls_blocks.0.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5432 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5433 = add %5431, %5432 : i64[] @ models/lib/nn.yaml:80:7
%5434 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5435 = cast %5434 : f32[] @ models/lib/nn.yaml:80:7
%5436 = broadcast %5435 : f32[16] @ models/lib/nn.yaml:80:7
%5437 = mul %5428, %5436 : f32[16] @ models/lib/nn.yaml:80:7
%5438 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5439 = cast %5438 : f32[] @ models/lib/nn.yaml:80:7
%5440 = broadcast %5439 : f32[16] @ models/lib/nn.yaml:80:7
%5441 = mul %5429, %5440 : f32[16] @ models/lib/nn.yaml:80:7
%5442 = add %5441, %5437 : f32[16] @ models/lib/nn.yaml:80:7
%5443 = mul %5428, %5428 : f32[16] @ models/lib/nn.yaml:80:7
%5444 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5445 = cast %5444 : f32[] @ models/lib/nn.yaml:80:7
%5446 = broadcast %5445 : f32[16] @ models/lib/nn.yaml:80:7
%5447 = mul %5443, %5446 : f32[16] @ models/lib/nn.yaml:80:7
%5448 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5449 = cast %5448 : f32[] @ models/lib/nn.yaml:80:7
%5450 = broadcast %5449 : f32[16] @ models/lib/nn.yaml:80:7
%5451 = mul %5430, %5450 : f32[16] @ models/lib/nn.yaml:80:7
%5452 = add %5451, %5447 : f32[16] @ models/lib/nn.yaml:80:7
%5453 = cast %5433 : f64[] @ models/lib/nn.yaml:80:7
%5454 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5455 = pow %5454, %5453 : f64[] @ models/lib/nn.yaml:80:7
%5456 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5457 = sub %5456, %5455 : f64[] @ models/lib/nn.yaml:80:7
%5458 = div %1966, %5457 : f64[] @ models/lib/nn.yaml:80:7
%5459 = cast %5433 : f64[] @ models/lib/nn.yaml:80:7
%5460 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5461 = pow %5460, %5459 : f64[] @ models/lib/nn.yaml:80:7
%5462 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5463 = sub %5462, %5461 : f64[] @ models/lib/nn.yaml:80:7
%5464 = sqrt %5463 : f64[] @ models/lib/nn.yaml:80:7
%5465 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5466 = div %5465, %5464 : f64[] @ models/lib/nn.yaml:80:7
%5467 = sqrt %5452 : f32[16] @ models/lib/nn.yaml:80:7
%5468 = cast %5466 : f32[] @ models/lib/nn.yaml:80:7
%5469 = broadcast %5468 : f32[16] @ models/lib/nn.yaml:80:7
%5470 = mul %5467, %5469 : f32[16] @ models/lib/nn.yaml:80:7
%5471 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5472 = cast %5471 : f32[] @ models/lib/nn.yaml:80:7
%5473 = broadcast %5472 : f32[16] @ models/lib/nn.yaml:80:7
%5474 = add %5470, %5473 : f32[16] @ models/lib/nn.yaml:80:7
%5475 = div %5442, %5474 : f32[16] @ models/lib/nn.yaml:80:7
%5476 = cast %5458 : f32[] @ models/lib/nn.yaml:80:7
%5477 = broadcast %5476 : f32[16] @ models/lib/nn.yaml:80:7
%5478 = mul %5475, %5477 : f32[16] @ models/lib/nn.yaml:80:7
%5479 = sub %40, %5478 : f32[16] @ models/lib/nn.yaml:80:7
%5480 = assign %40, %5479 : f32[16] @ models/lib/nn.yaml:80:7
%5481 = assign %5429, %5442 : f32[16] @ models/lib/nn.yaml:80:7
%5482 = assign %5430, %5452 : f32[16] @ models/lib/nn.yaml:80:7
%5483 = assign %5431, %5433 : i64[] @ models/lib/nn.yaml:80:7
%5484 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%5485 = broadcast %5484 : f32[16] @ models/lib/nn.yaml:80:7
%5486 = mul %124, %5485 : f32[16] @ models/lib/nn.yaml:80:7
%5487 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5488 = sub %5487, %1968 : f64[] @ models/lib/nn.yaml:80:7
%5489 = cast %5488 : f32[] @ models/lib/nn.yaml:80:7
%5490 = broadcast %5489 : f32[16] @ models/lib/nn.yaml:80:7
%5491 = mul %5479, %5490 : f32[16] @ models/lib/nn.yaml:80:7
%5492 = add %5486, %5491 : f32[16] @ models/lib/nn.yaml:80:7
%5493 = assign %124, %5492 : f32[16] @ models/lib/nn.yaml:80:7
%5494 = all_reduce_sum %2722 : f32[16,16] @ models/lib/nn.yaml:79:7
%5495 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5496 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%5497 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5498 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5499 = add %5497, %5498 : i64[] @ models/lib/nn.yaml:79:7
%5500 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%5501 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5502 = sub %5501, %5500 : f64[] @ models/lib/nn.yaml:79:7
%5503 = cast %5502 : f32[] @ models/lib/nn.yaml:79:7
%5504 = broadcast %5503 : f32[16,16] @ models/lib/nn.yaml:79:7
%5505 = mul %41, %5504 : f32[16,16] @ models/lib/nn.yaml:79:7
%5506 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5507 = cast %5506 : f32[] @ models/lib/nn.yaml:79:7
%5508 = broadcast %5507 : f32[16,16] @ models/lib/nn.yaml:79:7
%5509 = mul %5494, %5508 : f32[16,16] @ models/lib/nn.yaml:79:7
%5510 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5511 = cast %5510 : f32[] @ models/lib/nn.yaml:79:7
%5512 = broadcast %5511 : f32[16,16] @ models/lib/nn.yaml:79:7
%5513 = mul %5495, %5512 : f32[16,16] @ models/lib/nn.yaml:79:7
%5514 = add %5513, %5509 : f32[16,16] @ models/lib/nn.yaml:79:7
%5515 = mul %5494, %5494 : f32[16,16] @ models/lib/nn.yaml:79:7
%5516 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5517 = cast %5516 : f32[] @ models/lib/nn.yaml:79:7
%5518 = broadcast %5517 : f32[16,16] @ models/lib/nn.yaml:79:7
%5519 = mul %5515, %5518 : f32[16,16] @ models/lib/nn.yaml:79:7
%5520 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5521 = cast %5520 : f32[] @ models/lib/nn.yaml:79:7
%5522 = broadcast %5521 : f32[16,16] @ models/lib/nn.yaml:79:7
%5523 = mul %5496, %5522 : f32[16,16] @ models/lib/nn.yaml:79:7
%5524 = add %5523, %5519 : f32[16,16] @ models/lib/nn.yaml:79:7
%5525 = cast %5499 : f64[] @ models/lib/nn.yaml:79:7
%5526 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5527 = pow %5526, %5525 : f64[] @ models/lib/nn.yaml:79:7
%5528 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5529 = sub %5528, %5527 : f64[] @ models/lib/nn.yaml:79:7
%5530 = div %1966, %5529 : f64[] @ models/lib/nn.yaml:79:7
%5531 = cast %5499 : f64[] @ models/lib/nn.yaml:79:7
%5532 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5533 = pow %5532, %5531 : f64[] @ models/lib/nn.yaml:79:7
%5534 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5535 = sub %5534, %5533 : f64[] @ models/lib/nn.yaml:79:7
%5536 = sqrt %5535 : f64[] @ models/lib/nn.yaml:79:7
%5537 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5538 = div %5537, %5536 : f64[] @ models/lib/nn.yaml:79:7
%5539 = sqrt %5524 : f32[16,16] @ models/lib/nn.yaml:79:7
%5540 = cast %5538 : f32[] @ models/lib/nn.yaml:79:7
%5541 = broadcast %5540 : f32[16,16] @ models/lib/nn.yaml:79:7
%5542 = mul %5539, %5541 : f32[16,16] @ models/lib/nn.yaml:79:7
%5543 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5544 = cast %5543 : f32[] @ models/lib/nn.yaml:79:7
%5545 = broadcast %5544 : f32[16,16] @ models/lib/nn.yaml:79:7
%5546 = add %5542, %5545 : f32[16,16] @ models/lib/nn.yaml:79:7
%5547 = div %5514, %5546 : f32[16,16] @ models/lib/nn.yaml:79:7
%5548 = cast %5530 : f32[] @ models/lib/nn.yaml:79:7
%5549 = broadcast %5548 : f32[16,16] @ models/lib/nn.yaml:79:7
%5550 = mul %5547, %5549 : f32[16,16] @ models/lib/nn.yaml:79:7
%5551 = sub %5505, %5550 : f32[16,16] @ models/lib/nn.yaml:79:7
%5552 = assign %41, %5551 : f32[16,16] @ models/lib/nn.yaml:79:7
%5553 = assign %5495, %5514 : f32[16,16] @ models/lib/nn.yaml:79:7
%5554 = assign %5496, %5524 : f32[16,16] @ models/lib/nn.yaml:79:7
%5555 = assign %5497, %5499 : i64[] @ models/lib/nn.yaml:79:7
%5556 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%5557 = broadcast %5556 : f32[16,16] @ models/lib/nn.yaml:79:7
%5558 = mul %125, %5557 : f32[16,16] @ models/lib/nn.yaml:79:7
%5559 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5560 = sub %5559, %1968 : f64[] @ models/lib/nn.yaml:79:7
%5561 = cast %5560 : f32[] @ models/lib/nn.yaml:79:7
%5562 = broadcast %5561 : f32[16,16] @ models/lib/nn.yaml:79:7
%5563 = mul %5551, %5562 : f32[16,16] @ models/lib/nn.yaml:79:7
%5564 = add %5558, %5563 : f32[16,16] @ models/lib/nn.yaml:79:7
%5565 = assign %125, %5564 : f32[16,16] @ models/lib/nn.yaml:79:7
%5566 = all_reduce_sum %2718 : f32[16] @ models/lib/nn.yaml:80:7
%5567 = state name="adam_m.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5568 = state name="adam_v.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5569 = state name="adam_t.ca_head.cls_blocks.0.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5570 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5571 = add %5569, %5570 : i64[] @ models/lib/nn.yaml:80:7
%5572 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5573 = cast %5572 : f32[] @ models/lib/nn.yaml:80:7
%5574 = broadcast %5573 : f32[16] @ models/lib/nn.yaml:80:7
%5575 = mul %5566, %5574 : f32[16] @ models/lib/nn.yaml:80:7
%5576 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5577 = cast %5576 : f32[] @ models/lib/nn.yaml:80:7
%5578 = broadcast %5577 : f32[16] @ models/lib/nn.yaml:80:7
%5579 = mul %5567, %5578 : f32[16] @ models/lib/nn.yaml:80:7
%5580 = add %5579, %5575 : f32[16] @ models/lib/nn.yaml:80:7
%5581 = mul %5566, %5566 : f32[16] @ models/lib/nn.yaml:80:7
%5582 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5583 = cast %5582 : f32[] @ models/lib/nn.yaml:80:7
%5584 = broadcast %5583 : f32[16] @ models/lib/nn.yaml:80:7
%5585 = mul %5581, %5584 : f32[16] @ models/lib/nn.yaml:80:7
%5586 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5587 = cast %5586 : f32[] @ models/lib/nn.yaml:80:7
%5588 = broadcast %5587 : f32[16] @ models/lib/nn.yaml:80:7
%5589 = mul %5568, %5588 : f32[16] @ models/lib/nn.yaml:80:7
%5590 = add %5589, %5585 : f32[16] @ models/lib/nn.yaml:80:7
%5591 = cast %5571 : f64[] @ models/lib/nn.yaml:80:7
%5592 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5593 = pow %5592, %5591 : f64[] @ models/lib/nn.yaml:80:7
%5594 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5595 = sub %5594, %5593 : f64[] @ models/lib/nn.yaml:80:7
%5596 = div %1966, %5595 : f64[] @ models/lib/nn.yaml:80:7
%5597 = cast %5571 : f64[] @ models/lib/nn.yaml:80:7
%5598 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5599 = pow %5598, %5597 : f64[] @ models/lib/nn.yaml:80:7
%5600 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5601 = sub %5600, %5599 : f64[] @ models/lib/nn.yaml:80:7
%5602 = sqrt %5601 : f64[] @ models/lib/nn.yaml:80:7
%5603 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5604 = div %5603, %5602 : f64[] @ models/lib/nn.yaml:80:7
%5605 = sqrt %5590 : f32[16] @ models/lib/nn.yaml:80:7
%5606 = cast %5604 : f32[] @ models/lib/nn.yaml:80:7
%5607 = broadcast %5606 : f32[16] @ models/lib/nn.yaml:80:7
%5608 = mul %5605, %5607 : f32[16] @ models/lib/nn.yaml:80:7
%5609 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5610 = cast %5609 : f32[] @ models/lib/nn.yaml:80:7
%5611 = broadcast %5610 : f32[16] @ models/lib/nn.yaml:80:7
%5612 = add %5608, %5611 : f32[16] @ models/lib/nn.yaml:80:7
%5613 = div %5580, %5612 : f32[16] @ models/lib/nn.yaml:80:7
%5614 = cast %5596 : f32[] @ models/lib/nn.yaml:80:7
%5615 = broadcast %5614 : f32[16] @ models/lib/nn.yaml:80:7
%5616 = mul %5613, %5615 : f32[16] @ models/lib/nn.yaml:80:7
%5617 = sub %42, %5616 : f32[16] @ models/lib/nn.yaml:80:7
%5618 = assign %42, %5617 : f32[16] @ models/lib/nn.yaml:80:7
%5619 = assign %5567, %5580 : f32[16] @ models/lib/nn.yaml:80:7
%5620 = assign %5568, %5590 : f32[16] @ models/lib/nn.yaml:80:7
%5621 = assign %5569, %5571 : i64[] @ models/lib/nn.yaml:80:7
%5622 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%5623 = broadcast %5622 : f32[16] @ models/lib/nn.yaml:80:7
%5624 = mul %126, %5623 : f32[16] @ models/lib/nn.yaml:80:7
%5625 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5626 = sub %5625, %1968 : f64[] @ models/lib/nn.yaml:80:7
%5627 = cast %5626 : f32[] @ models/lib/nn.yaml:80:7
%5628 = broadcast %5627 : f32[16] @ models/lib/nn.yaml:80:7
%5629 = mul %5617, %5628 : f32[16] @ models/lib/nn.yaml:80:7
%5630 = add %5624, %5629 : f32[16] @ models/lib/nn.yaml:80:7
%5631 = assign %126, %5630 : f32[16] @ models/lib/nn.yaml:80:7
%5632 = all_reduce_sum %2695 : f32[16] @ models/lib/nn.yaml:89:7
%5633 = state name="adam_m.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5634 = state name="adam_v.ca_head.cls_blocks.0.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%5635 = state name="adam_t.ca_head.cls_blocks.0.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%5636 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%5637 = add %5635, %5636 : i64[] @ models/lib/nn.yaml:89:7
%5638 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%5639 = cast %5638 : f32[] @ models/lib/nn.yaml:89:7
%5640 = broadcast %5639 : f32[16] @ models/lib/nn.yaml:89:7
%5641 = mul %5632, %5640 : f32[16] @ models/lib/nn.yaml:89:7
%5642 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5643 = cast %5642 : f32[] @ models/lib/nn.yaml:89:7
%5644 = broadcast %5643 : f32[16] @ models/lib/nn.yaml:89:7
%5645 = mul %5633, %5644 : f32[16] @ models/lib/nn.yaml:89:7
%5646 = add %5645, %5641 : f32[16] @ models/lib/nn.yaml:89:7
%5647 = mul %5632, %5632 : f32[16] @ models/lib/nn.yaml:89:7
%5648 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%5649 = cast %5648 : f32[] @ models/lib/nn.yaml:89:7
%5650 = broadcast %5649 : f32[16] @ models/lib/nn.yaml:89:7
%5651 = mul %5647, %5650 : f32[16] @ models/lib/nn.yaml:89:7
%5652 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5653 = cast %5652 : f32[] @ models/lib/nn.yaml:89:7
%5654 = broadcast %5653 : f32[16] @ models/lib/nn.yaml:89:7
%5655 = mul %5634, %5654 : f32[16] @ models/lib/nn.yaml:89:7
%5656 = add %5655, %5651 : f32[16] @ models/lib/nn.yaml:89:7
%5657 = cast %5637 : f64[] @ models/lib/nn.yaml:89:7
%5658 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%5659 = pow %5658, %5657 : f64[] @ models/lib/nn.yaml:89:7
%5660 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5661 = sub %5660, %5659 : f64[] @ models/lib/nn.yaml:89:7
%5662 = div %1966, %5661 : f64[] @ models/lib/nn.yaml:89:7
%5663 = cast %5637 : f64[] @ models/lib/nn.yaml:89:7
%5664 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%5665 = pow %5664, %5663 : f64[] @ models/lib/nn.yaml:89:7
%5666 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5667 = sub %5666, %5665 : f64[] @ models/lib/nn.yaml:89:7
%5668 = sqrt %5667 : f64[] @ models/lib/nn.yaml:89:7
%5669 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5670 = div %5669, %5668 : f64[] @ models/lib/nn.yaml:89:7
%5671 = sqrt %5656 : f32[16] @ models/lib/nn.yaml:89:7
%5672 = cast %5670 : f32[] @ models/lib/nn.yaml:89:7
%5673 = broadcast %5672 : f32[16] @ models/lib/nn.yaml:89:7
%5674 = mul %5671, %5673 : f32[16] @ models/lib/nn.yaml:89:7
%5675 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%5676 = cast %5675 : f32[] @ models/lib/nn.yaml:89:7
%5677 = broadcast %5676 : f32[16] @ models/lib/nn.yaml:89:7
%5678 = add %5674, %5677 : f32[16] @ models/lib/nn.yaml:89:7
%5679 = div %5646, %5678 : f32[16] @ models/lib/nn.yaml:89:7
%5680 = cast %5662 : f32[] @ models/lib/nn.yaml:89:7
%5681 = broadcast %5680 : f32[16] @ models/lib/nn.yaml:89:7
%5682 = mul %5679, %5681 : f32[16] @ models/lib/nn.yaml:89:7
%5683 = sub %43, %5682 : f32[16] @ models/lib/nn.yaml:89:7
%5684 = assign %43, %5683 : f32[16] @ models/lib/nn.yaml:89:7
%5685 = assign %5633, %5646 : f32[16] @ models/lib/nn.yaml:89:7
%5686 = assign %5634, %5656 : f32[16] @ models/lib/nn.yaml:89:7
%5687 = assign %5635, %5637 : i64[] @ models/lib/nn.yaml:89:7
%5688 = cast %1968 : f32[] @ models/lib/nn.yaml:89:7
%5689 = broadcast %5688 : f32[16] @ models/lib/nn.yaml:89:7
%5690 = mul %127, %5689 : f32[16] @ models/lib/nn.yaml:89:7
%5691 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%5692 = sub %5691, %1968 : f64[] @ models/lib/nn.yaml:89:7
%5693 = cast %5692 : f32[] @ models/lib/nn.yaml:89:7
%5694 = broadcast %5693 : f32[16] @ models/lib/nn.yaml:89:7
%5695 = mul %5683, %5694 : f32[16] @ models/lib/nn.yaml:89:7
%5696 = add %5690, %5695 : f32[16] @ models/lib/nn.yaml:89:7
%5697 = assign %127, %5696 : f32[16] @ models/lib/nn.yaml:89:7
%5698 = all_reduce_sum %2691 : f32[16] @ models/lib/nn.yaml:90:7
%5699 = state name="adam_m.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5700 = state name="adam_v.ca_head.cls_blocks.0.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%5701 = state name="adam_t.ca_head.cls_blocks.0.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%5702 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%5703 = add %5701, %5702 : i64[] @ models/lib/nn.yaml:90:7
%5704 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%5705 = cast %5704 : f32[] @ models/lib/nn.yaml:90:7
%5706 = broadcast %5705 : f32[16] @ models/lib/nn.yaml:90:7
%5707 = mul %5698, %5706 : f32[16] @ models/lib/nn.yaml:90:7
%5708 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5709 = cast %5708 : f32[] @ models/lib/nn.yaml:90:7
%5710 = broadcast %5709 : f32[16] @ models/lib/nn.yaml:90:7
%5711 = mul %5699, %5710 : f32[16] @ models/lib/nn.yaml:90:7
%5712 = add %5711, %5707 : f32[16] @ models/lib/nn.yaml:90:7
%5713 = mul %5698, %5698 : f32[16] @ models/lib/nn.yaml:90:7
%5714 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%5715 = cast %5714 : f32[] @ models/lib/nn.yaml:90:7
%5716 = broadcast %5715 : f32[16] @ models/lib/nn.yaml:90:7
%5717 = mul %5713, %5716 : f32[16] @ models/lib/nn.yaml:90:7
%5718 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5719 = cast %5718 : f32[] @ models/lib/nn.yaml:90:7
%5720 = broadcast %5719 : f32[16] @ models/lib/nn.yaml:90:7
%5721 = mul %5700, %5720 : f32[16] @ models/lib/nn.yaml:90:7
%5722 = add %5721, %5717 : f32[16] @ models/lib/nn.yaml:90:7
%5723 = cast %5703 : f64[] @ models/lib/nn.yaml:90:7
%5724 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%5725 = pow %5724, %5723 : f64[] @ models/lib/nn.yaml:90:7
%5726 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5727 = sub %5726, %5725 : f64[] @ models/lib/nn.yaml:90:7
%5728 = div %1966, %5727 : f64[] @ models/lib/nn.yaml:90:7
%5729 = cast %5703 : f64[] @ models/lib/nn.yaml:90:7
%5730 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%5731 = pow %5730, %5729 : f64[] @ models/lib/nn.yaml:90:7
%5732 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5733 = sub %5732, %5731 : f64[] @ models/lib/nn.yaml:90:7
%5734 = sqrt %5733 : f64[] @ models/lib/nn.yaml:90:7
%5735 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5736 = div %5735, %5734 : f64[] @ models/lib/nn.yaml:90:7
%5737 = sqrt %5722 : f32[16] @ models/lib/nn.yaml:90:7
%5738 = cast %5736 : f32[] @ models/lib/nn.yaml:90:7
%5739 = broadcast %5738 : f32[16] @ models/lib/nn.yaml:90:7
%5740 = mul %5737, %5739 : f32[16] @ models/lib/nn.yaml:90:7
%5741 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%5742 = cast %5741 : f32[] @ models/lib/nn.yaml:90:7
%5743 = broadcast %5742 : f32[16] @ models/lib/nn.yaml:90:7
%5744 = add %5740, %5743 : f32[16] @ models/lib/nn.yaml:90:7
%5745 = div %5712, %5744 : f32[16] @ models/lib/nn.yaml:90:7
%5746 = cast %5728 : f32[] @ models/lib/nn.yaml:90:7
%5747 = broadcast %5746 : f32[16] @ models/lib/nn.yaml:90:7
%5748 = mul %5745, %5747 : f32[16] @ models/lib/nn.yaml:90:7
%5749 = sub %44, %5748 : f32[16] @ models/lib/nn.yaml:90:7
%5750 = assign %44, %5749 : f32[16] @ models/lib/nn.yaml:90:7
%5751 = assign %5699, %5712 : f32[16] @ models/lib/nn.yaml:90:7
%5752 = assign %5700, %5722 : f32[16] @ models/lib/nn.yaml:90:7
%5753 = assign %5701, %5703 : i64[] @ models/lib/nn.yaml:90:7
%5754 = cast %1968 : f32[] @ models/lib/nn.yaml:90:7
%5755 = broadcast %5754 : f32[16] @ models/lib/nn.yaml:90:7
%5756 = mul %128, %5755 : f32[16] @ models/lib/nn.yaml:90:7
%5757 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%5758 = sub %5757, %1968 : f64[] @ models/lib/nn.yaml:90:7
%5759 = cast %5758 : f32[] @ models/lib/nn.yaml:90:7
%5760 = broadcast %5759 : f32[16] @ models/lib/nn.yaml:90:7
%5761 = mul %5749, %5760 : f32[16] @ models/lib/nn.yaml:90:7
%5762 = add %5756, %5761 : f32[16] @ models/lib/nn.yaml:90:7
%5763 = assign %128, %5762 : f32[16] @ models/lib/nn.yaml:90:7
%5764 = all_reduce_sum %2689 : f32[64,16] @ models/lib/nn.yaml:79:7
%5765 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5766 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%5767 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5768 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5769 = add %5767, %5768 : i64[] @ models/lib/nn.yaml:79:7
%5770 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%5771 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5772 = sub %5771, %5770 : f64[] @ models/lib/nn.yaml:79:7
%5773 = cast %5772 : f32[] @ models/lib/nn.yaml:79:7
%5774 = broadcast %5773 : f32[64,16] @ models/lib/nn.yaml:79:7
%5775 = mul %45, %5774 : f32[64,16] @ models/lib/nn.yaml:79:7
%5776 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5777 = cast %5776 : f32[] @ models/lib/nn.yaml:79:7
%5778 = broadcast %5777 : f32[64,16] @ models/lib/nn.yaml:79:7
%5779 = mul %5764, %5778 : f32[64,16] @ models/lib/nn.yaml:79:7
%5780 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5781 = cast %5780 : f32[] @ models/lib/nn.yaml:79:7
%5782 = broadcast %5781 : f32[64,16] @ models/lib/nn.yaml:79:7
%5783 = mul %5765, %5782 : f32[64,16] @ models/lib/nn.yaml:79:7
%5784 = add %5783, %5779 : f32[64,16] @ models/lib/nn.yaml:79:7
%5785 = mul %5764, %5764 : f32[64,16] @ models/lib/nn.yaml:79:7
%5786 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5787 = cast %5786 : f32[] @ models/lib/nn.yaml:79:7
%5788 = broadcast %5787 : f32[64,16] @ models/lib/nn.yaml:79:7
%5789 = mul %5785, %5788 : f32[64,16] @ models/lib/nn.yaml:79:7
%5790 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5791 = cast %5790 : f32[] @ models/lib/nn.yaml:79:7
%5792 = broadcast %5791 : f32[64,16] @ models/lib/nn.yaml:79:7
%5793 = mul %5766, %5792 : f32[64,16] @ models/lib/nn.yaml:79:7
%5794 = add %5793, %5789 : f32[64,16] @ models/lib/nn.yaml:79:7
%5795 = cast %5769 : f64[] @ models/lib/nn.yaml:79:7
%5796 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5797 = pow %5796, %5795 : f64[] @ models/lib/nn.yaml:79:7
%5798 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5799 = sub %5798, %5797 : f64[] @ models/lib/nn.yaml:79:7
%5800 = div %1966, %5799 : f64[] @ models/lib/nn.yaml:79:7
%5801 = cast %5769 : f64[] @ models/lib/nn.yaml:79:7
%5802 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5803 = pow %5802, %5801 : f64[] @ models/lib/nn.yaml:79:7
%5804 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5805 = sub %5804, %5803 : f64[] @ models/lib/nn.yaml:79:7
%5806 = sqrt %5805 : f64[] @ models/lib/nn.yaml:79:7
%5807 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5808 = div %5807, %5806 : f64[] @ models/lib/nn.yaml:79:7
%5809 = sqrt %5794 : f32[64,16] @ models/lib/nn.yaml:79:7
%5810 = cast %5808 : f32[] @ models/lib/nn.yaml:79:7
%5811 = broadcast %5810 : f32[64,16] @ models/lib/nn.yaml:79:7
%5812 = mul %5809, %5811 : f32[64,16] @ models/lib/nn.yaml:79:7
%5813 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5814 = cast %5813 : f32[] @ models/lib/nn.yaml:79:7
%5815 = broadcast %5814 : f32[64,16] @ models/lib/nn.yaml:79:7
%5816 = add %5812, %5815 : f32[64,16] @ models/lib/nn.yaml:79:7
%5817 = div %5784, %5816 : f32[64,16] @ models/lib/nn.yaml:79:7
%5818 = cast %5800 : f32[] @ models/lib/nn.yaml:79:7
%5819 = broadcast %5818 : f32[64,16] @ models/lib/nn.yaml:79:7
%5820 = mul %5817, %5819 : f32[64,16] @ models/lib/nn.yaml:79:7
%5821 = sub %5775, %5820 : f32[64,16] @ models/lib/nn.yaml:79:7
%5822 = assign %45, %5821 : f32[64,16] @ models/lib/nn.yaml:79:7
%5823 = assign %5765, %5784 : f32[64,16] @ models/lib/nn.yaml:79:7
%5824 = assign %5766, %5794 : f32[64,16] @ models/lib/nn.yaml:79:7
%5825 = assign %5767, %5769 : i64[] @ models/lib/nn.yaml:79:7
%5826 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%5827 = broadcast %5826 : f32[64,16] @ models/lib/nn.yaml:79:7
%5828 = mul %129, %5827 : f32[64,16] @ models/lib/nn.yaml:79:7
%5829 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5830 = sub %5829, %1968 : f64[] @ models/lib/nn.yaml:79:7
%5831 = cast %5830 : f32[] @ models/lib/nn.yaml:79:7
%5832 = broadcast %5831 : f32[64,16] @ models/lib/nn.yaml:79:7
%5833 = mul %5821, %5832 : f32[64,16] @ models/lib/nn.yaml:79:7
%5834 = add %5828, %5833 : f32[64,16] @ models/lib/nn.yaml:79:7
%5835 = assign %129, %5834 : f32[64,16] @ models/lib/nn.yaml:79:7
%5836 = all_reduce_sum %2685 : f32[64] @ models/lib/nn.yaml:80:7
%5837 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5838 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%5839 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5840 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5841 = add %5839, %5840 : i64[] @ models/lib/nn.yaml:80:7
%5842 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5843 = cast %5842 : f32[] @ models/lib/nn.yaml:80:7
%5844 = broadcast %5843 : f32[64] @ models/lib/nn.yaml:80:7
%5845 = mul %5836, %5844 : f32[64] @ models/lib/nn.yaml:80:7
%5846 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5847 = cast %5846 : f32[] @ models/lib/nn.yaml:80:7
%5848 = broadcast %5847 : f32[64] @ models/lib/nn.yaml:80:7
%5849 = mul %5837, %5848 : f32[64] @ models/lib/nn.yaml:80:7
%5850 = add %5849, %5845 : f32[64] @ models/lib/nn.yaml:80:7
%5851 = mul %5836, %5836 : f32[64] @ models/lib/nn.yaml:80:7
%5852 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5853 = cast %5852 : f32[] @ models/lib/nn.yaml:80:7
%5854 = broadcast %5853 : f32[64] @ models/lib/nn.yaml:80:7
%5855 = mul %5851, %5854 : f32[64] @ models/lib/nn.yaml:80:7
%5856 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5857 = cast %5856 : f32[] @ models/lib/nn.yaml:80:7
%5858 = broadcast %5857 : f32[64] @ models/lib/nn.yaml:80:7
%5859 = mul %5838, %5858 : f32[64] @ models/lib/nn.yaml:80:7
%5860 = add %5859, %5855 : f32[64] @ models/lib/nn.yaml:80:7
%5861 = cast %5841 : f64[] @ models/lib/nn.yaml:80:7
%5862 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5863 = pow %5862, %5861 : f64[] @ models/lib/nn.yaml:80:7
%5864 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5865 = sub %5864, %5863 : f64[] @ models/lib/nn.yaml:80:7
%5866 = div %1966, %5865 : f64[] @ models/lib/nn.yaml:80:7
%5867 = cast %5841 : f64[] @ models/lib/nn.yaml:80:7
%5868 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5869 = pow %5868, %5867 : f64[] @ models/lib/nn.yaml:80:7
%5870 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5871 = sub %5870, %5869 : f64[] @ models/lib/nn.yaml:80:7
%5872 = sqrt %5871 : f64[] @ models/lib/nn.yaml:80:7
%5873 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5874 = div %5873, %5872 : f64[] @ models/lib/nn.yaml:80:7
%5875 = sqrt %5860 : f32[64] @ models/lib/nn.yaml:80:7
%5876 = cast %5874 : f32[] @ models/lib/nn.yaml:80:7
%5877 = broadcast %5876 : f32[64] @ models/lib/nn.yaml:80:7
%5878 = mul %5875, %5877 : f32[64] @ models/lib/nn.yaml:80:7
%5879 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%5880 = cast %5879 : f32[] @ models/lib/nn.yaml:80:7
%5881 = broadcast %5880 : f32[64] @ models/lib/nn.yaml:80:7
%5882 = add %5878, %5881 : f32[64] @ models/lib/nn.yaml:80:7
%5883 = div %5850, %5882 : f32[64] @ models/lib/nn.yaml:80:7
%5884 = cast %5866 : f32[] @ models/lib/nn.yaml:80:7
%5885 = broadcast %5884 : f32[64] @ models/lib/nn.yaml:80:7
%5886 = mul %5883, %5885 : f32[64] @ models/lib/nn.yaml:80:7
%5887 = sub %46, %5886 : f32[64] @ models/lib/nn.yaml:80:7
%5888 = assign %46, %5887 : f32[64] @ models/lib/nn.yaml:80:7
%5889 = assign %5837, %5850 : f32[64] @ models/lib/nn.yaml:80:7
%5890 = assign %5838, %5860 : f32[64] @ models/lib/nn.yaml:80:7
%5891 = assign %5839, %5841 : i64[] @ models/lib/nn.yaml:80:7
%5892 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%5893 = broadcast %5892 : f32[64] @ models/lib/nn.yaml:80:7
%5894 = mul %130, %5893 : f32[64] @ models/lib/nn.yaml:80:7
%5895 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%5896 = sub %5895, %1968 : f64[] @ models/lib/nn.yaml:80:7
%5897 = cast %5896 : f32[] @ models/lib/nn.yaml:80:7
%5898 = broadcast %5897 : f32[64] @ models/lib/nn.yaml:80:7
%5899 = mul %5887, %5898 : f32[64] @ models/lib/nn.yaml:80:7
%5900 = add %5894, %5899 : f32[64] @ models/lib/nn.yaml:80:7
%5901 = assign %130, %5900 : f32[64] @ models/lib/nn.yaml:80:7
%5902 = all_reduce_sum %2671 : f32[16,64] @ models/lib/nn.yaml:79:7
%5903 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5904 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%5905 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%5906 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%5907 = add %5905, %5906 : i64[] @ models/lib/nn.yaml:79:7
%5908 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%5909 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5910 = sub %5909, %5908 : f64[] @ models/lib/nn.yaml:79:7
%5911 = cast %5910 : f32[] @ models/lib/nn.yaml:79:7
%5912 = broadcast %5911 : f32[16,64] @ models/lib/nn.yaml:79:7
%5913 = mul %47, %5912 : f32[16,64] @ models/lib/nn.yaml:79:7
%5914 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%5915 = cast %5914 : f32[] @ models/lib/nn.yaml:79:7
%5916 = broadcast %5915 : f32[16,64] @ models/lib/nn.yaml:79:7
%5917 = mul %5902, %5916 : f32[16,64] @ models/lib/nn.yaml:79:7
%5918 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5919 = cast %5918 : f32[] @ models/lib/nn.yaml:79:7
%5920 = broadcast %5919 : f32[16,64] @ models/lib/nn.yaml:79:7
%5921 = mul %5903, %5920 : f32[16,64] @ models/lib/nn.yaml:79:7
%5922 = add %5921, %5917 : f32[16,64] @ models/lib/nn.yaml:79:7
%5923 = mul %5902, %5902 : f32[16,64] @ models/lib/nn.yaml:79:7
%5924 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%5925 = cast %5924 : f32[] @ models/lib/nn.yaml:79:7
%5926 = broadcast %5925 : f32[16,64] @ models/lib/nn.yaml:79:7
%5927 = mul %5923, %5926 : f32[16,64] @ models/lib/nn.yaml:79:7
%5928 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5929 = cast %5928 : f32[] @ models/lib/nn.yaml:79:7
%5930 = broadcast %5929 : f32[16,64] @ models/lib/nn.yaml:79:7
%5931 = mul %5904, %5930 : f32[16,64] @ models/lib/nn.yaml:79:7
%5932 = add %5931, %5927 : f32[16,64] @ models/lib/nn.yaml:79:7
%5933 = cast %5907 : f64[] @ models/lib/nn.yaml:79:7
%5934 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%5935 = pow %5934, %5933 : f64[] @ models/lib/nn.yaml:79:7
%5936 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5937 = sub %5936, %5935 : f64[] @ models/lib/nn.yaml:79:7
%5938 = div %1966, %5937 : f64[] @ models/lib/nn.yaml:79:7
%5939 = cast %5907 : f64[] @ models/lib/nn.yaml:79:7
%5940 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%5941 = pow %5940, %5939 : f64[] @ models/lib/nn.yaml:79:7
%5942 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5943 = sub %5942, %5941 : f64[] @ models/lib/nn.yaml:79:7
%5944 = sqrt %5943 : f64[] @ models/lib/nn.yaml:79:7
%5945 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5946 = div %5945, %5944 : f64[] @ models/lib/nn.yaml:79:7
%5947 = sqrt %5932 : f32[16,64] @ models/lib/nn.yaml:79:7
%5948 = cast %5946 : f32[] @ models/lib/nn.yaml:79:7
%5949 = broadcast %5948 : f32[16,64] @ models/lib/nn.yaml:79:7
%5950 = mul %5947, %5949 : f32[16,64] @ models/lib/nn.yaml:79:7
%5951 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%5952 = cast %5951 : f32[] @ models/lib/nn.yaml:79:7
%5953 = broadcast %5952 : f32[16,64] @ models/lib/nn.yaml:79:7
%5954 = add %5950, %5953 : f32[16,64] @ models/lib/nn.yaml:79:7
%5955 = div %5922, %5954 : f32[16,64] @ models/lib/nn.yaml:79:7
%5956 = cast %5938 : f32[] @ models/lib/nn.yaml:79:7
%5957 = broadcast %5956 : f32[16,64] @ models/lib/nn.yaml:79:7
%5958 = mul %5955, %5957 : f32[16,64] @ models/lib/nn.yaml:79:7
%5959 = sub %5913, %5958 : f32[16,64] @ models/lib/nn.yaml:79:7
%5960 = assign %47, %5959 : f32[16,64] @ models/lib/nn.yaml:79:7
%5961 = assign %5903, %5922 : f32[16,64] @ models/lib/nn.yaml:79:7
%5962 = assign %5904, %5932 : f32[16,64] @ models/lib/nn.yaml:79:7
%5963 = assign %5905, %5907 : i64[] @ models/lib/nn.yaml:79:7
%5964 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%5965 = broadcast %5964 : f32[16,64] @ models/lib/nn.yaml:79:7
%5966 = mul %131, %5965 : f32[16,64] @ models/lib/nn.yaml:79:7
%5967 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%5968 = sub %5967, %1968 : f64[] @ models/lib/nn.yaml:79:7
%5969 = cast %5968 : f32[] @ models/lib/nn.yaml:79:7
%5970 = broadcast %5969 : f32[16,64] @ models/lib/nn.yaml:79:7
%5971 = mul %5959, %5970 : f32[16,64] @ models/lib/nn.yaml:79:7
%5972 = add %5966, %5971 : f32[16,64] @ models/lib/nn.yaml:79:7
%5973 = assign %131, %5972 : f32[16,64] @ models/lib/nn.yaml:79:7
%5974 = all_reduce_sum %2667 : f32[16] @ models/lib/nn.yaml:80:7
%5975 = state name="adam_m.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5976 = state name="adam_v.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%5977 = state name="adam_t.ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%5978 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%5979 = add %5977, %5978 : i64[] @ models/lib/nn.yaml:80:7
%5980 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%5981 = cast %5980 : f32[] @ models/lib/nn.yaml:80:7
%5982 = broadcast %5981 : f32[16] @ models/lib/nn.yaml:80:7
%5983 = mul %5974, %5982 : f32[16] @ models/lib/nn.yaml:80:7
%5984 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%5985 = cast %5984 : f32[] @ models/lib/nn.yaml:80:7
%5986 = broadcast %5985 : f32[16] @ models/lib/nn.yaml:80:7
%5987 = mul %5975, %5986 : f32[16] @ models/lib/nn.yaml:80:7
%5988 = add %5987, %5983 : f32[16] @ models/lib/nn.yaml:80:7
%5989 = mul %5974, %5974 : f32[16] @ models/lib/nn.yaml:80:7
%5990 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%5991 = cast %5990 : f32[] @ models/lib/nn.yaml:80:7
%5992 = broadcast %5991 : f32[16] @ models/lib/nn.yaml:80:7
%5993 = mul %5989, %5992 : f32[16] @ models/lib/nn.yaml:80:7
%5994 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%5995 = cast %5994 : f32[] @ models/lib/nn.yaml:80:7
%5996 = broadcast %5995 : f32[16] @ models/lib/nn.yaml:80:7
%5997 = mul %5976, %5996 : f32[16] @ models/lib/nn.yaml:80:7
%5998 = add %5997, %5993 : f32[16] @ models/lib/nn.yaml:80:7
%5999 = cast %5979 : f64[] @ models/lib/nn.yaml:80:7
%6000 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6001 = pow %6000, %5999 : f64[] @ models/lib/nn.yaml:80:7
%6002 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6003 = sub %6002, %6001 : f64[] @ models/lib/nn.yaml:80:7
%6004 = div %1966, %6003 : f64[] @ models/lib/nn.yaml:80:7
%6005 = cast %5979 : f64[] @ models/lib/nn.yaml:80:7
%6006 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6007 = pow %6006, %6005 : f64[] @ models/lib/nn.yaml:80:7
%6008 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6009 = sub %6008, %6007 : f64[] @ models/lib/nn.yaml:80:7
%6010 = sqrt %6009 : f64[] @ models/lib/nn.yaml:80:7
%6011 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6012 = div %6011, %6010 : f64[] @ models/lib/nn.yaml:80:7
%6013 = sqrt %5998 : f32[16] @ models/lib/nn.yaml:80:7
%6014 = cast %6012 : f32[] @ models/lib/nn.yaml:80:7
%6015 = broadcast %6014 : f32[16] @ models/lib/nn.yaml:80:7
%6016 = mul %6013, %6015 : f32[16] @ models/lib/nn.yaml:80:7
%6017 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6018 = cast %6017 : f32[] @ models/lib/nn.yaml:80:7
%6019 = broadcast %6018 : f32[16] @ models/lib/nn.yaml:80:7
%6020 = add %6016, %6019 : f32[16] @ models/lib/nn.yaml:80:7
%6021 = div %5988, %6020 : f32[16] @ models/lib/nn.yaml:80:7
%6022 = cast %6004 : f32[] @ models/lib/nn.yaml:80:7
%6023 = broadcast %6022 : f32[16] @ models/lib/nn.yaml:80:7
%6024 = mul %6021, %6023 : f32[16] @ models/lib/nn.yaml:80:7
%6025 = sub %48, %6024 : f32[16] @ models/lib/nn.yaml:80:7
%6026 = assign %48, %6025 : f32[16] @ models/lib/nn.yaml:80:7
%6027 = assign %5975, %5988 : f32[16] @ models/lib/nn.yaml:80:7
%6028 = assign %5976, %5998 : f32[16] @ models/lib/nn.yaml:80:7
%6029 = assign %5977, %5979 : i64[] @ models/lib/nn.yaml:80:7
%6030 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%6031 = broadcast %6030 : f32[16] @ models/lib/nn.yaml:80:7
%6032 = mul %132, %6031 : f32[16] @ models/lib/nn.yaml:80:7
%6033 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6034 = sub %6033, %1968 : f64[] @ models/lib/nn.yaml:80:7
%6035 = cast %6034 : f32[] @ models/lib/nn.yaml:80:7
%6036 = broadcast %6035 : f32[16] @ models/lib/nn.yaml:80:7
%6037 = mul %6025, %6036 : f32[16] @ models/lib/nn.yaml:80:7
%6038 = add %6032, %6037 : f32[16] @ models/lib/nn.yaml:80:7
%6039 = assign %132, %6038 : f32[16] @ models/lib/nn.yaml:80:7
%6040 = all_reduce_sum %2641 : f32[16] @ models/lib/nn.yaml:89:7
%6041 = state name="adam_m.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6042 = state name="adam_v.ca_head.cls_blocks.1.norm1.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6043 = state name="adam_t.ca_head.cls_blocks.1.norm1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6044 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6045 = add %6043, %6044 : i64[] @ models/lib/nn.yaml:89:7
%6046 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6047 = cast %6046 : f32[] @ models/lib/nn.yaml:89:7
%6048 = broadcast %6047 : f32[16] @ models/lib/nn.yaml:89:7
%6049 = mul %6040, %6048 : f32[16] @ models/lib/nn.yaml:89:7
%6050 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6051 = cast %6050 : f32[] @ models/lib/nn.yaml:89:7
%6052 = broadcast %6051 : f32[16] @ models/lib/nn.yaml:89:7
%6053 = mul %6041, %6052 : f32[16] @ models/lib/nn.yaml:89:7
%6054 = add %6053, %6049 : f32[16] @ models/lib/nn.yaml:89:7
%6055 = mul %6040, %6040 : f32[16] @ models/lib/nn.yaml:89:7
%6056 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6057 = cast %6056 : f32[] @ models/lib/nn.yaml:89:7
%6058 = broadcast %6057 : f32[16] @ models/lib/nn.yaml:89:7
%6059 = mul %6055, %6058 : f32[16] @ models/lib/nn.yaml:89:7
%6060 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6061 = cast %6060 : f32[] @ models/lib/nn.yaml:89:7
%6062 = broadcast %6061 : f32[16] @ models/lib/nn.yaml:89:7
%6063 = mul %6042, %6062 : f32[16] @ models/lib/nn.yaml:89:7
%6064 = add %6063, %6059 : f32[16] @ models/lib/nn.yaml:89:7
%6065 = cast %6045 : f64[] @ models/lib/nn.yaml:89:7
%6066 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6067 = pow %6066, %6065 : f64[] @ models/lib/nn.yaml:89:7
%6068 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6069 = sub %6068, %6067 : f64[] @ models/lib/nn.yaml:89:7
%6070 = div %1966, %6069 : f64[] @ models/lib/nn.yaml:89:7
%6071 = cast %6045 : f64[] @ models/lib/nn.yaml:89:7
%6072 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6073 = pow %6072, %6071 : f64[] @ models/lib/nn.yaml:89:7
%6074 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6075 = sub %6074, %6073 : f64[] @ models/lib/nn.yaml:89:7
%6076 = sqrt %6075 : f64[] @ models/lib/nn.yaml:89:7
%6077 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6078 = div %6077, %6076 : f64[] @ models/lib/nn.yaml:89:7
%6079 = sqrt %6064 : f32[16] @ models/lib/nn.yaml:89:7
%6080 = cast %6078 : f32[] @ models/lib/nn.yaml:89:7
%6081 = broadcast %6080 : f32[16] @ models/lib/nn.yaml:89:7
%6082 = mul %6079, %6081 : f32[16] @ models/lib/nn.yaml:89:7
%6083 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6084 = cast %6083 : f32[] @ models/lib/nn.yaml:89:7
%6085 = broadcast %6084 : f32[16] @ models/lib/nn.yaml:89:7
%6086 = add %6082, %6085 : f32[16] @ models/lib/nn.yaml:89:7
%6087 = div %6054, %6086 : f32[16] @ models/lib/nn.yaml:89:7
%6088 = cast %6070 : f32[] @ models/lib/nn.yaml:89:7
%6089 = broadcast %6088 : f32[16] @ models/lib/nn.yaml:89:7
%6090 = mul %6087, %6089 : f32[16] @ models/lib/nn.yaml:89:7
%6091 = sub %49, %6090 : f32[16] @ models/lib/nn.yaml:89:7
%6092 = assign %49, %6091 : f32[16] @ models/lib/nn.yaml:89:7
%6093 = assign %6041, %6054 : f32[16] @ models/lib/nn.yaml:89:7
%6094 = assign %6042, %6064 : f32[16] @ models/lib/nn.yaml:89:7
%6095 = assign %6043, %6045 : i64[] @ models/lib/nn.yaml:89:7
%6096 = cast %1968 : f32[] @ models/lib/nn.yaml:89:7
%6097 = broadcast %6096 : f32[16] @ models/lib/nn.yaml:89:7
%6098 = mul %133, %6097 : f32[16] @ models/lib/nn.yaml:89:7
%6099 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6100 = sub %6099, %1968 : f64[] @ models/lib/nn.yaml:89:7
%6101 = cast %6100 : f32[] @ models/lib/nn.yaml:89:7
%6102 = broadcast %6101 : f32[16] @ models/lib/nn.yaml:89:7
%6103 = mul %6091, %6102 : f32[16] @ models/lib/nn.yaml:89:7
%6104 = add %6098, %6103 : f32[16] @ models/lib/nn.yaml:89:7
%6105 = assign %133, %6104 : f32[16] @ models/lib/nn.yaml:89:7
%6106 = all_reduce_sum %2637 : f32[16] @ models/lib/nn.yaml:90:7
%6107 = state name="adam_m.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6108 = state name="adam_v.ca_head.cls_blocks.1.norm1.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6109 = state name="adam_t.ca_head.cls_blocks.1.norm1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6110 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6111 = add %6109, %6110 : i64[] @ models/lib/nn.yaml:90:7
%6112 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6113 = cast %6112 : f32[] @ models/lib/nn.yaml:90:7
%6114 = broadcast %6113 : f32[16] @ models/lib/nn.yaml:90:7
%6115 = mul %6106, %6114 : f32[16] @ models/lib/nn.yaml:90:7
%6116 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6117 = cast %6116 : f32[] @ models/lib/nn.yaml:90:7
%6118 = broadcast %6117 : f32[16] @ models/lib/nn.yaml:90:7
%6119 = mul %6107, %6118 : f32[16] @ models/lib/nn.yaml:90:7
%6120 = add %6119, %6115 : f32[16] @ models/lib/nn.yaml:90:7
%6121 = mul %6106, %6106 : f32[16] @ models/lib/nn.yaml:90:7
%6122 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6123 = cast %6122 : f32[] @ models/lib/nn.yaml:90:7
%6124 = broadcast %6123 : f32[16] @ models/lib/nn.yaml:90:7
%6125 = mul %6121, %6124 : f32[16] @ models/lib/nn.yaml:90:7
%6126 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6127 = cast %6126 : f32[] @ models/lib/nn.yaml:90:7
%6128 = broadcast %6127 : f32[16] @ models/lib/nn.yaml:90:7
%6129 = mul %6108, %6128 : f32[16] @ models/lib/nn.yaml:90:7
%6130 = add %6129, %6125 : f32[16] @ models/lib/nn.yaml:90:7
%6131 = cast %6111 : f64[] @ models/lib/nn.yaml:90:7
%6132 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6133 = pow %6132, %6131 : f64[] @ models/lib/nn.yaml:90:7
%6134 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6135 = sub %6134, %6133 : f64[] @ models/lib/nn.yaml:90:7
%6136 = div %1966, %6135 : f64[] @ models/lib/nn.yaml:90:7
%6137 = cast %6111 : f64[] @ models/lib/nn.yaml:90:7
%6138 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6139 = pow %6138, %6137 : f64[] @ models/lib/nn.yaml:90:7
%6140 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6141 = sub %6140, %6139 : f64[] @ models/lib/nn.yaml:90:7
%6142 = sqrt %6141 : f64[] @ models/lib/nn.yaml:90:7
%6143 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6144 = div %6143, %6142 : f64[] @ models/lib/nn.yaml:90:7
%6145 = sqrt %6130 : f32[16] @ models/lib/nn.yaml:90:7
%6146 = cast %6144 : f32[] @ models/lib/nn.yaml:90:7
%6147 = broadcast %6146 : f32[16] @ models/lib/nn.yaml:90:7
%6148 = mul %6145, %6147 : f32[16] @ models/lib/nn.yaml:90:7
%6149 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6150 = cast %6149 : f32[] @ models/lib/nn.yaml:90:7
%6151 = broadcast %6150 : f32[16] @ models/lib/nn.yaml:90:7
%6152 = add %6148, %6151 : f32[16] @ models/lib/nn.yaml:90:7
%6153 = div %6120, %6152 : f32[16] @ models/lib/nn.yaml:90:7
%6154 = cast %6136 : f32[] @ models/lib/nn.yaml:90:7
%6155 = broadcast %6154 : f32[16] @ models/lib/nn.yaml:90:7
%6156 = mul %6153, %6155 : f32[16] @ models/lib/nn.yaml:90:7
%6157 = sub %50, %6156 : f32[16] @ models/lib/nn.yaml:90:7
%6158 = assign %50, %6157 : f32[16] @ models/lib/nn.yaml:90:7
%6159 = assign %6107, %6120 : f32[16] @ models/lib/nn.yaml:90:7
%6160 = assign %6108, %6130 : f32[16] @ models/lib/nn.yaml:90:7
%6161 = assign %6109, %6111 : i64[] @ models/lib/nn.yaml:90:7
%6162 = cast %1968 : f32[] @ models/lib/nn.yaml:90:7
%6163 = broadcast %6162 : f32[16] @ models/lib/nn.yaml:90:7
%6164 = mul %134, %6163 : f32[16] @ models/lib/nn.yaml:90:7
%6165 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6166 = sub %6165, %1968 : f64[] @ models/lib/nn.yaml:90:7
%6167 = cast %6166 : f32[] @ models/lib/nn.yaml:90:7
%6168 = broadcast %6167 : f32[16] @ models/lib/nn.yaml:90:7
%6169 = mul %6157, %6168 : f32[16] @ models/lib/nn.yaml:90:7
%6170 = add %6164, %6169 : f32[16] @ models/lib/nn.yaml:90:7
%6171 = assign %134, %6170 : f32[16] @ models/lib/nn.yaml:90:7
%6172 = all_reduce_sum %2633 : f32[16,16] @ models/lib/nn.yaml:79:7
%6173 = state name="adam_m.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6174 = state name="adam_v.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6175 = state name="adam_t.ca_head.cls_blocks.1.attn.q.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6176 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6177 = add %6175, %6176 : i64[] @ models/lib/nn.yaml:79:7
%6178 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%6179 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6180 = sub %6179, %6178 : f64[] @ models/lib/nn.yaml:79:7
%6181 = cast %6180 : f32[] @ models/lib/nn.yaml:79:7
%6182 = broadcast %6181 : f32[16,16] @ models/lib/nn.yaml:79:7
%6183 = mul %51, %6182 : f32[16,16] @ models/lib/nn.yaml:79:7
%6184 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6185 = cast %6184 : f32[] @ models/lib/nn.yaml:79:7
%6186 = broadcast %6185 : f32[16,16] @ models/lib/nn.yaml:79:7
%6187 = mul %6172, %6186 : f32[16,16] @ models/lib/nn.yaml:79:7
%6188 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6189 = cast %6188 : f32[] @ models/lib/nn.yaml:79:7
%6190 = broadcast %6189 : f32[16,16] @ models/lib/nn.yaml:79:7
%6191 = mul %6173, %6190 : f32[16,16] @ models/lib/nn.yaml:79:7
%6192 = add %6191, %6187 : f32[16,16] @ models/lib/nn.yaml:79:7
%6193 = mul %6172, %6172 : f32[16,16] @ models/lib/nn.yaml:79:7
%6194 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6195 = cast %6194 : f32[] @ models/lib/nn.yaml:79:7
%6196 = broadcast %6195 : f32[16,16] @ models/lib/nn.yaml:79:7
%6197 = mul %6193, %6196 : f32[16,16] @ models/lib/nn.yaml:79:7
%6198 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6199 = cast %6198 : f32[] @ models/lib/nn.yaml:79:7
%6200 = broadcast %6199 : f32[16,16] @ models/lib/nn.yaml:79:7
%6201 = mul %6174, %6200 : f32[16,16] @ models/lib/nn.yaml:79:7
%6202 = add %6201, %6197 : f32[16,16] @ models/lib/nn.yaml:79:7
%6203 = cast %6177 : f64[] @ models/lib/nn.yaml:79:7
%6204 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6205 = pow %6204, %6203 : f64[] @ models/lib/nn.yaml:79:7
%6206 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6207 = sub %6206, %6205 : f64[] @ models/lib/nn.yaml:79:7
%6208 = div %1966, %6207 : f64[] @ models/lib/nn.yaml:79:7
%6209 = cast %6177 : f64[] @ models/lib/nn.yaml:79:7
%6210 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6211 = pow %6210, %6209 : f64[] @ models/lib/nn.yaml:79:7
%6212 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6213 = sub %6212, %6211 : f64[] @ models/lib/nn.yaml:79:7
%6214 = sqrt %6213 : f64[] @ models/lib/nn.yaml:79:7
%6215 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6216 = div %6215, %6214 : f64[] @ models/lib/nn.yaml:79:7
%6217 = sqrt %6202 : f32[16,16] @ models/lib/nn.yaml:79:7
%6218 = cast %6216 : f32[] @ models/lib/nn.yaml:79:7
%6219 = broadcast %6218 : f32[16,16] @ models/lib/nn.yaml:79:7
%6220 = mul %6217, %6219 : f32[16,16] @ models/lib/nn.yaml:79:7
%6221 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6222 = cast %6221 : f32[] @ models/lib/nn.yaml:79:7
%6223 = broadcast %6222 : f32[16,16] @ models/lib/nn.yaml:79:7
%6224 = add %6220, %6223 : f32[16,16] @ models/lib/nn.yaml:79:7
%6225 = div %6192, %6224 : f32[16,16] @ models/lib/nn.yaml:79:7
%6226 = cast %6208 : f32[] @ models/lib/nn.yaml:79:7
%6227 = broadcast %6226 : f32[16,16] @ models/lib/nn.yaml:79:7
%6228 = mul %6225, %6227 : f32[16,16] @ models/lib/nn.yaml:79:7
%6229 = sub %6183, %6228 : f32[16,16] @ models/lib/nn.yaml:79:7
%6230 = assign %51, %6229 : f32[16,16] @ models/lib/nn.yaml:79:7
%6231 = assign %6173, %6192 : f32[16,16] @ models/lib/nn.yaml:79:7
%6232 = assign %6174, %6202 : f32[16,16] @ models/lib/nn.yaml:79:7
%6233 = assign %6175, %6177 : i64[] @ models/lib/nn.yaml:79:7
%6234 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%6235 = broadcast %6234 : f32[16,16] @ models/lib/nn.yaml:79:7
%6236 = mul %135, %6235 : f32[16,16] @ models/lib/nn.yaml:79:7
%6237 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6238 = sub %6237, %1968 : f64[] @ models/lib/nn.yaml:79:7
%6239 = cast %6238 : f32[] @ models/lib/nn.yaml:79:7
%6240 = broadcast %6239 : f32[16,16] @ models/lib/nn.yaml:79:7
%6241 = mul %6229, %6240 : f32[16,16] @ models/lib/nn.yaml:79:7
%6242 = add %6236, %6241 : f32[16,16] @ models/lib/nn.yaml:79:7
%6243 = assign %135, %6242 : f32[16,16] @ models/lib/nn.yaml:79:7
%6244 = all_reduce_sum %2629 : f32[16] @ models/lib/nn.yaml:80:7
%6245 = state name="adam_m.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6246 = state name="adam_v.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6247 = state name="adam_t.ca_head.cls_blocks.1.attn.q.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6248 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6249 = add %6247, %6248 : i64[] @ models/lib/nn.yaml:80:7
%6250 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6251 = cast %6250 : f32[] @ models/lib/nn.yaml:80:7
%6252 = broadcast %6251 : f32[16] @ models/lib/nn.yaml:80:7
%6253 = mul %6244, %6252 : f32[16] @ models/lib/nn.yaml:80:7
%6254 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6255 = cast %6254 : f32[] @ models/lib/nn.yaml:80:7
%6256 = broadcast %6255 : f32[16] @ models/lib/nn.yaml:80:7
%6257 = mul %6245, %6256 : f32[16] @ models/lib/nn.yaml:80:7
%6258 = add %6257, %6253 : f32[16] @ models/lib/nn.yaml:80:7
%6259 = mul %6244, %6244 : f32[16] @ models/lib/nn.yaml:80:7
%6260 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6261 = cast %6260 : f32[] @ models/lib/nn.yaml:80:7
%6262 = broadcast %6261 : f32[16] @ models/lib/nn.yaml:80:7
%6263 = mul %6259, %6262 : f32[16] @ models/lib/nn.yaml:80:7
%6264 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6265 = cast %6264 : f32[] @ models/lib/nn.yaml:80:7
%6266 = broadcast %6265 : f32[16] @ models/lib/nn.yaml:80:7
%6267 = mul %6246, %6266 : f32[16] @ models/lib/nn.yaml:80:7
%6268 = add %6267, %6263 : f32[16] @ models/lib/nn.yaml:80:7
%6269 = cast %6249 : f64[] @ models/lib/nn.yaml:80:7
%6270 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6271 = pow %6270, %6269 : f64[] @ models/lib/nn.yaml:80:7
%6272 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6273 = sub %6272, %6271 : f64[] @ models/lib/nn.yaml:80:7
%6274 = div %1966, %6273 : f64[] @ models/lib/nn.yaml:80:7
%6275 = cast %6249 : f64[] @ models/lib/nn.yaml:80:7
%6276 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6277 = pow %6276, %6275 : f64[] @ models/lib/nn.yaml:80:7
%6278 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6279 = sub %6278, %6277 : f64[] @ models/lib/nn.yaml:80:7
%6280 = sqrt %6279 : f64[] @ models/lib/nn.yaml:80:7
%6281 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6282 = div %6281, %6280 : f64[] @ models/lib/nn.yaml:80:7
%6283 = sqrt %6268 : f32[16] @ models/lib/nn.yaml:80:7
%6284 = cast %6282 : f32[] @ models/lib/nn.yaml:80:7
%6285 = broadcast %6284 : f32[16] @ models/lib/nn.yaml:80:7
%6286 = mul %6283, %6285 : f32[16] @ models/lib/nn.yaml:80:7
%6287 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6288 = cast %6287 : f32[] @ models/lib/nn.yaml:80:7
%6289 = broadcast %6288 : f32[16] @ models/lib/nn.yaml:80:7
%6290 = add %6286, %6289 : f32[16] @ models/lib/nn.yaml:80:7
%6291 = div %6258, %6290 : f32[16] @ models/lib/nn.yaml:80:7
%6292 = cast %6274 : f32[] @ models/lib/nn.yaml:80:7
%6293 = broadcast %6292 : f32[16] @ models/lib/nn.yaml:80:7
%6294 = mul %6291, %6293 : f32[16] @ models/lib/nn.yaml:80:7
%6295 = sub %52, %6294 : f32[16] @ models/lib/nn.yaml:80:7
%6296 = assign %52, %6295 : f32[16] @ models/lib/nn.yaml:80:7
%6297 = assign %6245, %6258 : f32[16] @ models/lib/nn.yaml:80:7
%6298 = assign %6246, %6268 : f32[16] @ models/lib/nn.yaml:80:7
%6299 = assign %6247, %6249 : i64[] @ models/lib/nn.yaml:80:7
%6300 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%6301 = broadcast %6300 : f32[16] @ models/lib/nn.yaml:80:7
%6302 = mul %136, %6301 : f32[16] @ models/lib/nn.yaml:80:7
%6303 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6304 = sub %6303, %1968 : f64[] @ models/lib/nn.yaml:80:7
%6305 = cast %6304 : f32[] @ models/lib/nn.yaml:80:7
%6306 = broadcast %6305 : f32[16] @ models/lib/nn.yaml:80:7
%6307 = mul %6295, %6306 : f32[16] @ models/lib/nn.yaml:80:7
%6308 = add %6302, %6307 : f32[16] @ models/lib/nn.yaml:80:7
%6309 = assign %136, %6308 : f32[16] @ models/lib/nn.yaml:80:7
%6310 = all_reduce_sum %2625 : f32[16,16] @ models/lib/nn.yaml:79:7
%6311 = state name="adam_m.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6312 = state name="adam_v.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6313 = state name="adam_t.ca_head.cls_blocks.1.attn.k.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6314 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6315 = add %6313, %6314 : i64[] @ models/lib/nn.yaml:79:7
%6316 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%6317 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6318 = sub %6317, %6316 : f64[] @ models/lib/nn.yaml:79:7
%6319 = cast %6318 : f32[] @ models/lib/nn.yaml:79:7
%6320 = broadcast %6319 : f32[16,16] @ models/lib/nn.yaml:79:7
%6321 = mul %53, %6320 : f32[16,16] @ models/lib/nn.yaml:79:7
%6322 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6323 = cast %6322 : f32[] @ models/lib/nn.yaml:79:7
%6324 = broadcast %6323 : f32[16,16] @ models/lib/nn.yaml:79:7
%6325 = mul %6310, %6324 : f32[16,16] @ models/lib/nn.yaml:79:7
%6326 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6327 = cast %6326 : f32[] @ models/lib/nn.yaml:79:7
%6328 = broadcast %6327 : f32[16,16] @ models/lib/nn.yaml:79:7
%6329 = mul %6311, %6328 : f32[16,16] @ models/lib/nn.yaml:79:7
%6330 = add %6329, %6325 : f32[16,16] @ models/lib/nn.yaml:79:7
%6331 = mul %6310, %6310 : f32[16,16] @ models/lib/nn.yaml:79:7
%6332 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6333 = cast %6332 : f32[] @ models/lib/nn.yaml:79:7
%6334 = broadcast %6333 : f32[16,16] @ models/lib/nn.yaml:79:7
%6335 = mul %6331, %6334 : f32[16,16] @ models/lib/nn.yaml:79:7
%6336 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6337 = cast %6336 : f32[] @ models/lib/nn.yaml:79:7
%6338 = broadcast %6337 : f32[16,16] @ models/lib/nn.yaml:79:7
%6339 = mul %6312, %6338 : f32[16,16] @ models/lib/nn.yaml:79:7
%6340 = add %6339, %6335 : f32[16,16] @ models/lib/nn.yaml:79:7
%6341 = cast %6315 : f64[] @ models/lib/nn.yaml:79:7
%6342 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6343 = pow %6342, %6341 : f64[] @ models/lib/nn.yaml:79:7
%6344 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6345 = sub %6344, %6343 : f64[] @ models/lib/nn.yaml:79:7
%6346 = div %1966, %6345 : f64[] @ models/lib/nn.yaml:79:7
%6347 = cast %6315 : f64[] @ models/lib/nn.yaml:79:7
%6348 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6349 = pow %6348, %6347 : f64[] @ models/lib/nn.yaml:79:7
%6350 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6351 = sub %6350, %6349 : f64[] @ models/lib/nn.yaml:79:7
%6352 = sqrt %6351 : f64[] @ models/lib/nn.yaml:79:7
%6353 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6354 = div %6353, %6352 : f64[] @ models/lib/nn.yaml:79:7
%6355 = sqrt %6340 : f32[16,16] @ models/lib/nn.yaml:79:7
%6356 = cast %6354 : f32[] @ models/lib/nn.yaml:79:7
%6357 = broadcast %6356 : f32[16,16] @ models/lib/nn.yaml:79:7
%6358 = mul %6355, %6357 : f32[16,16] @ models/lib/nn.yaml:79:7
%6359 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6360 = cast %6359 : f32[] @ models/lib/nn.yaml:79:7
%6361 = broadcast %6360 : f32[16,16] @ models/lib/nn.yaml:79:7
%6362 = add %6358, %6361 : f32[16,16] @ models/lib/nn.yaml:79:7
%6363 = div %6330, %6362 : f32[16,16] @ models/lib/nn.yaml:79:7
%6364 = cast %6346 : f32[] @ models/lib/nn.yaml:79:7
%6365 = broadcast %6364 : f32[16,16] @ models/lib/nn.yaml:79:7
%6366 = mul %6363, %6365 : f32[16,16] @ models/lib/nn.yaml:79:7
%6367 = sub %6321, %6366 : f32[16,16] @ models/lib/nn.yaml:79:7
%6368 = assign %53, %6367 : f32[16,16] @ models/lib/nn.yaml:79:7
%6369 = assign %6311, %6330 : f32[16,16] @ models/lib/nn.yaml:79:7
%6370 = assign %6312, %6340 : f32[16,16] @ models/lib/nn.yaml:79:7
%6371 = assign %6313, %6315 : i64[] @ models/lib/nn.yaml:79:7
%6372 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%6373 = broadcast %6372 : f32[16,16] @ models/lib/nn.yaml:79:7
%6374 = mul %137, %6373 : f32[16,16] @ models/lib/nn.yaml:79:7
%6375 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6376 = sub %6375, %1968 : f64[] @ models/lib/nn.yaml:79:7
%6377 = cast %6376 : f32[] @ models/lib/nn.yaml:79:7
%6378 = broadcast %6377 : f32[16,16] @ models/lib/nn.yaml:79:7
%6379 = mul %6367, %6378 : f32[16,16] @ models/lib/nn.yaml:79:7
%6380 = add %6374, %6379 : f32[16,16] @ models/lib/nn.yaml:79:7
%6381 = assign %137, %6380 : f32[16,16] @ models/lib/nn.yaml:79:7
%6382 = all_reduce_sum %2620 : f32[16] @ models/lib/nn.yaml:80:7
%6383 = state name="adam_m.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6384 = state name="adam_v.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6385 = state name="adam_t.ca_head.cls_blocks.1.attn.k.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6386 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6387 = add %6385, %6386 : i64[] @ models/lib/nn.yaml:80:7
%6388 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6389 = cast %6388 : f32[] @ models/lib/nn.yaml:80:7
%6390 = broadcast %6389 : f32[16] @ models/lib/nn.yaml:80:7
%6391 = mul %6382, %6390 : f32[16] @ models/lib/nn.yaml:80:7
%6392 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6393 = cast %6392 : f32[] @ models/lib/nn.yaml:80:7
%6394 = broadcast %6393 : f32[16] @ models/lib/nn.yaml:80:7
%6395 = mul %6383, %6394 : f32[16] @ models/lib/nn.yaml:80:7
%6396 = add %6395, %6391 : f32[16] @ models/lib/nn.yaml:80:7
%6397 = mul %6382, %6382 : f32[16] @ models/lib/nn.yaml:80:7
%6398 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6399 = cast %6398 : f32[] @ models/lib/nn.yaml:80:7
%6400 = broadcast %6399 : f32[16] @ models/lib/nn.yaml:80:7
%6401 = mul %6397, %6400 : f32[16] @ models/lib/nn.yaml:80:7
%6402 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6403 = cast %6402 : f32[] @ models/lib/nn.yaml:80:7
%6404 = broadcast %6403 : f32[16] @ models/lib/nn.yaml:80:7
%6405 = mul %6384, %6404 : f32[16] @ models/lib/nn.yaml:80:7
%6406 = add %6405, %6401 : f32[16] @ models/lib/nn.yaml:80:7
%6407 = cast %6387 : f64[] @ models/lib/nn.yaml:80:7
%6408 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6409 = pow %6408, %6407 : f64[] @ models/lib/nn.yaml:80:7
%6410 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6411 = sub %6410, %6409 : f64[] @ models/lib/nn.yaml:80:7
%6412 = div %1966, %6411 : f64[] @ models/lib/nn.yaml:80:7
%6413 = cast %6387 : f64[] @ models/lib/nn.yaml:80:7
%6414 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6415 = pow %6414, %6413 : f64[] @ models/lib/nn.yaml:80:7
%6416 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6417 = sub %6416, %6415 : f64[] @ models/lib/nn.yaml:80:7
%6418 = sqrt %6417 : f64[] @ models/lib/nn.yaml:80:7
%6419 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6420 = div %6419, %6418 : f64[] @ models/lib/nn.yaml:80:7
%6421 = sqrt %6406 : f32[16] @ models/lib/nn.yaml:80:7
%6422 = cast %6420 : f32[] @ models/lib/nn.yaml:80:7
%6423 = broadcast %6422 : f32[16] @ models/lib/nn.yaml:80:7
%6424 = mul %6421, %6423 : f32[16] @ models/lib/nn.yaml:80:7
%6425 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6426 = cast %6425 : f32[] @ models/lib/nn.yaml:80:7
%6427 = broadcast %6426 : f32[16] @ models/lib/nn.yaml:80:7
%6428 = add %6424, %6427 : f32[16] @ models/lib/nn.yaml:80:7
%6429 = div %6396, %6428 : f32[16] @ models/lib/nn.yaml:80:7
%6430 = cast %6412 : f32[] @ models/lib/nn.yaml:80:7
%6431 = broadcast %6430 : f32[16] @ models/lib/nn.yaml:80:7
%6432 = mul %6429, %6431 : f32[16] @ models/lib/nn.yaml:80:7
%6433 = sub %54, %6432 : f32[16] @ models/lib/nn.yaml:80:7
%6434 = assign %54, %6433 : f32[16] @ models/lib/nn.yaml:80:7
%6435 = assign %6383, %6396 : f32[16] @ models/lib/nn.yaml:80:7
%6436 = assign %6384, %6406 : f32[16] @ models/lib/nn.yaml:80:7
%6437 = assign %6385, %6387 : i64[] @ models/lib/nn.yaml:80:7
%6438 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%6439 = broadcast %6438 : f32[16] @ models/lib/nn.yaml:80:7
%6440 = mul %138, %6439 : f32[16] @ models/lib/nn.yaml:80:7
%6441 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6442 = sub %6441, %1968 : f64[] @ models/lib/nn.yaml:80:7
%6443 = cast %6442 : f32[] @ models/lib/nn.yaml:80:7
%6444 = broadcast %6443 : f32[16] @ models/lib/nn.yaml:80:7
%6445 = mul %6433, %6444 : f32[16] @ models/lib/nn.yaml:80:7
%6446 = add %6440, %6445 : f32[16] @ models/lib/nn.yaml:80:7
%6447 = assign %138, %6446 : f32[16] @ models/lib/nn.yaml:80:7
%6448 = all_reduce_sum %2616 : f32[16,16] @ models/lib/nn.yaml:79:7
%6449 = state name="adam_m.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6450 = state name="adam_v.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6451 = state name="adam_t.ca_head.cls_blocks.1.attn.v.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6452 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6453 = add %6451, %6452 : i64[] @ models/lib/nn.yaml:79:7
%6454 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%6455 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6456 = sub %6455, %6454 : f64[] @ models/lib/nn.yaml:79:7
%6457 = cast %6456 : f32[] @ models/lib/nn.yaml:79:7
%6458 = broadcast %6457 : f32[16,16] @ models/lib/nn.yaml:79:7
%6459 = mul %55, %6458 : f32[16,16] @ models/lib/nn.yaml:79:7
%6460 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6461 = cast %6460 : f32[] @ models/lib/nn.yaml:79:7
%6462 = broadcast %6461 : f32[16,16] @ models/lib/nn.yaml:79:7
%6463 = mul %6448, %6462 : f32[16,16] @ models/lib/nn.yaml:79:7
%6464 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6465 = cast %6464 : f32[] @ models/lib/nn.yaml:79:7
%6466 = broadcast %6465 : f32[16,16] @ models/lib/nn.yaml:79:7
%6467 = mul %6449, %6466 : f32[16,16] @ models/lib/nn.yaml:79:7
%6468 = add %6467, %6463 : f32[16,16] @ models/lib/nn.yaml:79:7
%6469 = mul %6448, %6448 : f32[16,16] @ models/lib/nn.yaml:79:7
%6470 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6471 = cast %6470 : f32[] @ models/lib/nn.yaml:79:7
%6472 = broadcast %6471 : f32[16,16] @ models/lib/nn.yaml:79:7
%6473 = mul %6469, %6472 : f32[16,16] @ models/lib/nn.yaml:79:7
%6474 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6475 = cast %6474 : f32[] @ models/lib/nn.yaml:79:7
%6476 = broadcast %6475 : f32[16,16] @ models/lib/nn.yaml:79:7
%6477 = mul %6450, %6476 : f32[16,16] @ models/lib/nn.yaml:79:7
%6478 = add %6477, %6473 : f32[16,16] @ models/lib/nn.yaml:79:7
%6479 = cast %6453 : f64[] @ models/lib/nn.yaml:79:7
%6480 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6481 = pow %6480, %6479 : f64[] @ models/lib/nn.yaml:79:7
%6482 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6483 = sub %6482, %6481 : f64[] @ models/lib/nn.yaml:79:7
%6484 = div %1966, %6483 : f64[] @ models/lib/nn.yaml:79:7
%6485 = cast %6453 : f64[] @ models/lib/nn.yaml:79:7
%6486 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6487 = pow %6486, %6485 : f64[] @ models/lib/nn.yaml:79:7
%6488 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6489 = sub %6488, %6487 : f64[] @ models/lib/nn.yaml:79:7
%6490 = sqrt %6489 : f64[] @ models/lib/nn.yaml:79:7
%6491 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6492 = div %6491, %6490 : f64[] @ models/lib/nn.yaml:79:7
%6493 = sqrt %6478 : f32[16,16] @ models/lib/nn.yaml:79:7
%6494 = cast %6492 : f32[] @ models/lib/nn.yaml:79:7
%6495 = broadcast %6494 : f32[16,16] @ models/lib/nn.yaml:79:7
%6496 = mul %6493, %6495 : f32[16,16] @ models/lib/nn.yaml:79:7
%6497 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6498 = cast %6497 : f32[] @ models/lib/nn.yaml:79:7
%6499 = broadcast %6498 : f32[16,16] @ models/lib/nn.yaml:79:7
%6500 = add %6496, %6499 : f32[16,16] @ models/lib/nn.yaml:79:7
%6501 = div %6468, %6500 : f32[16,16] @ models/lib/nn.yaml:79:7
%6502 = cast %6484 : f32[] @ models/lib/nn.yaml:79:7
%6503 = broadcast %6502 : f32[16,16] @ models/lib/nn.yaml:79:7
%6504 = mul %6501, %6503 : f32[16,16] @ models/lib/nn.yaml:79:7
%6505 = sub %6459, %6504 : f32[16,16] @ models/lib/nn.yaml:79:7
%6506 = assign %55, %6505 : f32[16,16] @ models/lib/nn.yaml:79:7
%6507 = assign %6449, %6468 : f32[16,16] @ models/lib/nn.yaml:79:7
%6508 = assign %6450, %6478 : f32[16,16] @ models/lib/nn.yaml:79:7
%6509 = assign %6451, %6453 : i64[] @ models/lib/nn.yaml:79:7
%6510 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%6511 = broadcast %6510 : f32[16,16] @ models/lib/nn.yaml:79:7
%6512 = mul %139, %6511 : f32[16,16] @ models/lib/nn.yaml:79:7
%6513 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6514 = sub %6513, %1968 : f64[] @ models/lib/nn.yaml:79:7
%6515 = cast %6514 : f32[] @ models/lib/nn.yaml:79:7
%6516 = broadcast %6515 : f32[16,16] @ models/lib/nn.yaml:79:7
%6517 = mul %6505, %6516 : f32[16,16] @ models/lib/nn.yaml:79:7
%6518 = add %6512, %6517 : f32[16,16] @ models/lib/nn.yaml:79:7
%6519 = assign %139, %6518 : f32[16,16] @ models/lib/nn.yaml:79:7
%6520 = all_reduce_sum %2612 : f32[16] @ models/lib/nn.yaml:80:7
%6521 = state name="adam_m.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6522 = state name="adam_v.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6523 = state name="adam_t.ca_head.cls_blocks.1.attn.v.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6524 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6525 = add %6523, %6524 : i64[] @ models/lib/nn.yaml:80:7
%6526 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6527 = cast %6526 : f32[] @ models/lib/nn.yaml:80:7
%6528 = broadcast %6527 : f32[16] @ models/lib/nn.yaml:80:7
%6529 = mul %6520, %6528 : f32[16] @ models/lib/nn.yaml:80:7
%6530 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6531 = cast %6530 : f32[] @ models/lib/nn.yaml:80:7
%6532 = broadcast %6531 : f32[16] @ models/lib/nn.yaml:80:7
%6533 = mul %6521, %6532 : f32[16] @ models/lib/nn.yaml:80:7
%6534 = add %6533, %6529 : f32[16] @ models/lib/nn.yaml:80:7
%6535 = mul %6520, %6520 : f32[16] @ models/lib/nn.yaml:80:7
%6536 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6537 = cast %6536 : f32[] @ models/lib/nn.yaml:80:7
%6538 = broadcast %6537 : f32[16] @ models/lib/nn.yaml:80:7
%6539 = mul %6535, %6538 : f32[16] @ models/lib/nn.yaml:80:7
%6540 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6541 = cast %6540 : f32[] @ models/lib/nn.yaml:80:7
%6542 = broadcast %6541 : f32[16] @ models/lib/nn.yaml:80:7
%6543 = mul %6522, %6542 : f32[16] @ models/lib/nn.yaml:80:7
%6544 = add %6543, %6539 : f32[16] @ models/lib/nn.yaml:80:7
%6545 = cast %6525 : f64[] @ models/lib/nn.yaml:80:7
%6546 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6547 = pow %6546, %6545 : f64[] @ models/lib/nn.yaml:80:7
%6548 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6549 = sub %6548, %6547 : f64[] @ models/lib/nn.yaml:80:7
%6550 = div %1966, %6549 : f64[] @ models/lib/nn.yaml:80:7
%6551 = cast %6525 : f64[] @ models/lib/nn.yaml:80:7
%6552 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6553 = pow %6552, %6551 : f64[] @ models/lib/nn.yaml:80:7
%6554 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6555 = sub %6554, %6553 : f64[] @ models/lib/nn.yaml:80:7
%6556 = sqrt %6555 : f64[] @ models/lib/nn.yaml:80:7
%6557 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6558 = div %6557, %6556 : f64[] @ models/lib/nn.yaml:80:7
%6559 = sqrt %6544 : f32[16] @ models/lib/nn.yaml:80:7
%6560 = cast %6558 : f32[] @ models/lib/nn.yaml:80:7
%6561 = broadcast %6560 : f32[16] @ models/lib/nn.yaml:80:7
%6562 = mul %6559, %6561 : f32[16] @ models/lib/nn.yaml:80:7
%6563 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6564 = cast %6563 : f32[] @ models/lib/nn.yaml:80:7
%6565 = broadcast %6564 : f32[16] @ models/lib/nn.yaml:80:7
%6566 = add %6562, %6565 : f32[16] @ models/lib/nn.yaml:80:7
%6567 = div %6534, %6566 : f32[16] @ models/lib/nn.yaml:80:7
%6568 = cast %6550 : f32[] @ models/lib/nn.yaml:80:7
%6569 = broadcast %6568 : f32[16] @ models/lib/nn.yaml:80:7
%6570 = mul %6567, %6569 : f32[16] @ models/lib/nn.yaml:80:7
%6571 = sub %56, %6570 : f32[16] @ models/lib/nn.yaml:80:7
%6572 = assign %56, %6571 : f32[16] @ models/lib/nn.yaml:80:7
%6573 = assign %6521, %6534 : f32[16] @ models/lib/nn.yaml:80:7
%6574 = assign %6522, %6544 : f32[16] @ models/lib/nn.yaml:80:7
%6575 = assign %6523, %6525 : i64[] @ models/lib/nn.yaml:80:7
%6576 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%6577 = broadcast %6576 : f32[16] @ models/lib/nn.yaml:80:7
%6578 = mul %140, %6577 : f32[16] @ models/lib/nn.yaml:80:7
%6579 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6580 = sub %6579, %1968 : f64[] @ models/lib/nn.yaml:80:7
%6581 = cast %6580 : f32[] @ models/lib/nn.yaml:80:7
%6582 = broadcast %6581 : f32[16] @ models/lib/nn.yaml:80:7
%6583 = mul %6571, %6582 : f32[16] @ models/lib/nn.yaml:80:7
%6584 = add %6578, %6583 : f32[16] @ models/lib/nn.yaml:80:7
%6585 = assign %140, %6584 : f32[16] @ models/lib/nn.yaml:80:7
%6586 = all_reduce_sum %2594 : f32[16,16] @ models/lib/nn.yaml:79:7
%6587 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6588 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : f32[16,16] @ models/lib/nn.yaml:79:7
%6589 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6590 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6591 = add %6589, %6590 : i64[] @ models/lib/nn.yaml:79:7
%6592 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%6593 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6594 = sub %6593, %6592 : f64[] @ models/lib/nn.yaml:79:7
%6595 = cast %6594 : f32[] @ models/lib/nn.yaml:79:7
%6596 = broadcast %6595 : f32[16,16] @ models/lib/nn.yaml:79:7
%6597 = mul %57, %6596 : f32[16,16] @ models/lib/nn.yaml:79:7
%6598 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6599 = cast %6598 : f32[] @ models/lib/nn.yaml:79:7
%6600 = broadcast %6599 : f32[16,16] @ models/lib/nn.yaml:79:7
%6601 = mul %6586, %6600 : f32[16,16] @ models/lib/nn.yaml:79:7
%6602 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6603 = cast %6602 : f32[] @ models/lib/nn.yaml:79:7
%6604 = broadcast %6603 : f32[16,16] @ models/lib/nn.yaml:79:7
%6605 = mul %6587, %6604 : f32[16,16] @ models/lib/nn.yaml:79:7
%6606 = add %6605, %6601 : f32[16,16] @ models/lib/nn.yaml:79:7
%6607 = mul %6586, %6586 : f32[16,16] @ models/lib/nn.yaml:79:7
%6608 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6609 = cast %6608 : f32[] @ models/lib/nn.yaml:79:7
%6610 = broadcast %6609 : f32[16,16] @ models/lib/nn.yaml:79:7
%6611 = mul %6607, %6610 : f32[16,16] @ models/lib/nn.yaml:79:7
%6612 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6613 = cast %6612 : f32[] @ models/lib/nn.yaml:79:7
%6614 = broadcast %6613 : f32[16,16] @ models/lib/nn.yaml:79:7
%6615 = mul %6588, %6614 : f32[16,16] @ models/lib/nn.yaml:79:7
%6616 = add %6615, %6611 : f32[16,16] @ models/lib/nn.yaml:79:7
%6617 = cast %6591 : f64[] @ models/lib/nn.yaml:79:7
%6618 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6619 = pow %6618, %6617 : f64[] @ models/lib/nn.yaml:79:7
%6620 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6621 = sub %6620, %6619 : f64[] @ models/lib/nn.yaml:79:7
%6622 = div %1966, %6621 : f64[] @ models/lib/nn.yaml:79:7
%6623 = cast %6591 : f64[] @ models/lib/nn.yaml:79:7
%6624 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6625 = pow %6624, %6623 : f64[] @ models/lib/nn.yaml:79:7
%6626 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6627 = sub %6626, %6625 : f64[] @ models/lib/nn.yaml:79:7
%6628 = sqrt %6627 : f64[] @ models/lib/nn.yaml:79:7
%6629 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6630 = div %6629, %6628 : f64[] @ models/lib/nn.yaml:79:7
%6631 = sqrt %6616 : f32[16,16] @ models/lib/nn.yaml:79:7
%6632 = cast %6630 : f32[] @ models/lib/nn.yaml:79:7
%6633 = broadcast %6632 : f32[16,16] @ models/lib/nn.yaml:79:7
%6634 = mul %6631, %6633 : f32[16,16] @ models/lib/nn.yaml:79:7
%6635 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6636 = cast %6635 : f32[] @ models/lib/nn.yaml:79:7
%6637 = broadcast %6636 : f32[16,16] @ models/lib/nn.yaml:79:7
%6638 = add %6634, %6637 : f32[16,16] @ models/lib/nn.yaml:79:7
%6639 = div %6606, %6638 : f32[16,16] @ models/lib/nn.yaml:79:7
%6640 = cast %6622 : f32[] @ models/lib/nn.yaml:79:7
%6641 = broadcast %6640 : f32[16,16] @ models/lib/nn.yaml:79:7
%6642 = mul %6639, %6641 : f32[16,16] @ models/lib/nn.yaml:79:7
%6643 = sub %6597, %6642 : f32[16,16] @ models/lib/nn.yaml:79:7
%6644 = assign %57, %6643 : f32[16,16] @ models/lib/nn.yaml:79:7
%6645 = assign %6587, %6606 : f32[16,16] @ models/lib/nn.yaml:79:7
%6646 = assign %6588, %6616 : f32[16,16] @ models/lib/nn.yaml:79:7
%6647 = assign %6589, %6591 : i64[] @ models/lib/nn.yaml:79:7
%6648 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%6649 = broadcast %6648 : f32[16,16] @ models/lib/nn.yaml:79:7
%6650 = mul %141, %6649 : f32[16,16] @ models/lib/nn.yaml:79:7
%6651 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6652 = sub %6651, %1968 : f64[] @ models/lib/nn.yaml:79:7
%6653 = cast %6652 : f32[] @ models/lib/nn.yaml:79:7
%6654 = broadcast %6653 : f32[16,16] @ models/lib/nn.yaml:79:7
%6655 = mul %6643, %6654 : f32[16,16] @ models/lib/nn.yaml:79:7
%6656 = add %6650, %6655 : f32[16,16] @ models/lib/nn.yaml:79:7
%6657 = assign %141, %6656 : f32[16,16] @ models/lib/nn.yaml:79:7
%6658 = all_reduce_sum %2590 : f32[16] @ models/lib/nn.yaml:80:7
%6659 = state name="adam_m.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6660 = state name="adam_v.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%6661 = state name="adam_t.ca_head.cls_blocks.1.attn.proj.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6662 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6663 = add %6661, %6662 : i64[] @ models/lib/nn.yaml:80:7
%6664 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6665 = cast %6664 : f32[] @ models/lib/nn.yaml:80:7
%6666 = broadcast %6665 : f32[16] @ models/lib/nn.yaml:80:7
%6667 = mul %6658, %6666 : f32[16] @ models/lib/nn.yaml:80:7
%6668 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6669 = cast %6668 : f32[] @ models/lib/nn.yaml:80:7
%6670 = broadcast %6669 : f32[16] @ models/lib/nn.yaml:80:7
%6671 = mul %6659, %6670 : f32[16] @ models/lib/nn.yaml:80:7
%6672 = add %6671, %6667 : f32[16] @ models/lib/nn.yaml:80:7
%6673 = mul %6658, %6658 : f32[16] @ models/lib/nn.yaml:80:7
%6674 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6675 = cast %6674 : f32[] @ models/lib/nn.yaml:80:7
%6676 = broadcast %6675 : f32[16] @ models/lib/nn.yaml:80:7
%6677 = mul %6673, %6676 : f32[16] @ models/lib/nn.yaml:80:7
%6678 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6679 = cast %6678 : f32[] @ models/lib/nn.yaml:80:7
%6680 = broadcast %6679 : f32[16] @ models/lib/nn.yaml:80:7
%6681 = mul %6660, %6680 : f32[16] @ models/lib/nn.yaml:80:7
%6682 = add %6681, %6677 : f32[16] @ models/lib/nn.yaml:80:7
%6683 = cast %6663 : f64[] @ models/lib/nn.yaml:80:7
%6684 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6685 = pow %6684, %6683 : f64[] @ models/lib/nn.yaml:80:7
%6686 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6687 = sub %6686, %6685 : f64[] @ models/lib/nn.yaml:80:7
%6688 = div %1966, %6687 : f64[] @ models/lib/nn.yaml:80:7
%6689 = cast %6663 : f64[] @ models/lib/nn.yaml:80:7
%6690 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6691 = pow %6690, %6689 : f64[] @ models/lib/nn.yaml:80:7
%6692 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6693 = sub %6692, %6691 : f64[] @ models/lib/nn.yaml:80:7
%6694 = sqrt %6693 : f64[] @ models/lib/nn.yaml:80:7
%6695 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6696 = div %6695, %6694 : f64[] @ models/lib/nn.yaml:80:7
%6697 = sqrt %6682 : f32[16] @ models/lib/nn.yaml:80:7
%6698 = cast %6696 : f32[] @ models/lib/nn.yaml:80:7
%6699 = broadcast %6698 : f32[16] @ models/lib/nn.yaml:80:7
%6700 = mul %6697, %6699 : f32[16] @ models/lib/nn.yaml:80:7
%6701 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6702 = cast %6701 : f32[] @ models/lib/nn.yaml:80:7
%6703 = broadcast %6702 : f32[16] @ models/lib/nn.yaml:80:7
%6704 = add %6700, %6703 : f32[16] @ models/lib/nn.yaml:80:7
%6705 = div %6672, %6704 : f32[16] @ models/lib/nn.yaml:80:7
%6706 = cast %6688 : f32[] @ models/lib/nn.yaml:80:7
%6707 = broadcast %6706 : f32[16] @ models/lib/nn.yaml:80:7
%6708 = mul %6705, %6707 : f32[16] @ models/lib/nn.yaml:80:7
%6709 = sub %58, %6708 : f32[16] @ models/lib/nn.yaml:80:7
%6710 = assign %58, %6709 : f32[16] @ models/lib/nn.yaml:80:7
%6711 = assign %6659, %6672 : f32[16] @ models/lib/nn.yaml:80:7
%6712 = assign %6660, %6682 : f32[16] @ models/lib/nn.yaml:80:7
%6713 = assign %6661, %6663 : i64[] @ models/lib/nn.yaml:80:7
%6714 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%6715 = broadcast %6714 : f32[16] @ models/lib/nn.yaml:80:7
%6716 = mul %142, %6715 : f32[16] @ models/lib/nn.yaml:80:7
%6717 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6718 = sub %6717, %1968 : f64[] @ models/lib/nn.yaml:80:7
%6719 = cast %6718 : f32[] @ models/lib/nn.yaml:80:7
%6720 = broadcast %6719 : f32[16] @ models/lib/nn.yaml:80:7
%6721 = mul %6709, %6720 : f32[16] @ models/lib/nn.yaml:80:7
%6722 = add %6716, %6721 : f32[16] @ models/lib/nn.yaml:80:7
%6723 = assign %142, %6722 : f32[16] @ models/lib/nn.yaml:80:7
%6724 = all_reduce_sum %2567 : f32[16] @ models/lib/nn.yaml:89:7
%6725 = state name="adam_m.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6726 = state name="adam_v.ca_head.cls_blocks.1.norm2.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%6727 = state name="adam_t.ca_head.cls_blocks.1.norm2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%6728 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%6729 = add %6727, %6728 : i64[] @ models/lib/nn.yaml:89:7
%6730 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%6731 = cast %6730 : f32[] @ models/lib/nn.yaml:89:7
%6732 = broadcast %6731 : f32[16] @ models/lib/nn.yaml:89:7
%6733 = mul %6724, %6732 : f32[16] @ models/lib/nn.yaml:89:7
%6734 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6735 = cast %6734 : f32[] @ models/lib/nn.yaml:89:7
%6736 = broadcast %6735 : f32[16] @ models/lib/nn.yaml:89:7
%6737 = mul %6725, %6736 : f32[16] @ models/lib/nn.yaml:89:7
%6738 = add %6737, %6733 : f32[16] @ models/lib/nn.yaml:89:7
%6739 = mul %6724, %6724 : f32[16] @ models/lib/nn.yaml:89:7
%6740 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%6741 = cast %6740 : f32[] @ models/lib/nn.yaml:89:7
%6742 = broadcast %6741 : f32[16] @ models/lib/nn.yaml:89:7
%6743 = mul %6739, %6742 : f32[16] @ models/lib/nn.yaml:89:7
%6744 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6745 = cast %6744 : f32[] @ models/lib/nn.yaml:89:7
%6746 = broadcast %6745 : f32[16] @ models/lib/nn.yaml:89:7
%6747 = mul %6726, %6746 : f32[16] @ models/lib/nn.yaml:89:7
%6748 = add %6747, %6743 : f32[16] @ models/lib/nn.yaml:89:7
%6749 = cast %6729 : f64[] @ models/lib/nn.yaml:89:7
%6750 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%6751 = pow %6750, %6749 : f64[] @ models/lib/nn.yaml:89:7
%6752 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6753 = sub %6752, %6751 : f64[] @ models/lib/nn.yaml:89:7
%6754 = div %1966, %6753 : f64[] @ models/lib/nn.yaml:89:7
%6755 = cast %6729 : f64[] @ models/lib/nn.yaml:89:7
%6756 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%6757 = pow %6756, %6755 : f64[] @ models/lib/nn.yaml:89:7
%6758 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6759 = sub %6758, %6757 : f64[] @ models/lib/nn.yaml:89:7
%6760 = sqrt %6759 : f64[] @ models/lib/nn.yaml:89:7
%6761 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6762 = div %6761, %6760 : f64[] @ models/lib/nn.yaml:89:7
%6763 = sqrt %6748 : f32[16] @ models/lib/nn.yaml:89:7
%6764 = cast %6762 : f32[] @ models/lib/nn.yaml:89:7
%6765 = broadcast %6764 : f32[16] @ models/lib/nn.yaml:89:7
%6766 = mul %6763, %6765 : f32[16] @ models/lib/nn.yaml:89:7
%6767 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%6768 = cast %6767 : f32[] @ models/lib/nn.yaml:89:7
%6769 = broadcast %6768 : f32[16] @ models/lib/nn.yaml:89:7
%6770 = add %6766, %6769 : f32[16] @ models/lib/nn.yaml:89:7
%6771 = div %6738, %6770 : f32[16] @ models/lib/nn.yaml:89:7
%6772 = cast %6754 : f32[] @ models/lib/nn.yaml:89:7
%6773 = broadcast %6772 : f32[16] @ models/lib/nn.yaml:89:7
%6774 = mul %6771, %6773 : f32[16] @ models/lib/nn.yaml:89:7
%6775 = sub %59, %6774 : f32[16] @ models/lib/nn.yaml:89:7
%6776 = assign %59, %6775 : f32[16] @ models/lib/nn.yaml:89:7
%6777 = assign %6725, %6738 : f32[16] @ models/lib/nn.yaml:89:7
%6778 = assign %6726, %6748 : f32[16] @ models/lib/nn.yaml:89:7
%6779 = assign %6727, %6729 : i64[] @ models/lib/nn.yaml:89:7
%6780 = cast %1968 : f32[] @ models/lib/nn.yaml:89:7
%6781 = broadcast %6780 : f32[16] @ models/lib/nn.yaml:89:7
%6782 = mul %143, %6781 : f32[16] @ models/lib/nn.yaml:89:7
%6783 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%6784 = sub %6783, %1968 : f64[] @ models/lib/nn.yaml:89:7
%6785 = cast %6784 : f32[] @ models/lib/nn.yaml:89:7
%6786 = broadcast %6785 : f32[16] @ models/lib/nn.yaml:89:7
%6787 = mul %6775, %6786 : f32[16] @ models/lib/nn.yaml:89:7
%6788 = add %6782, %6787 : f32[16] @ models/lib/nn.yaml:89:7
%6789 = assign %143, %6788 : f32[16] @ models/lib/nn.yaml:89:7
%6790 = all_reduce_sum %2563 : f32[16] @ models/lib/nn.yaml:90:7
%6791 = state name="adam_m.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6792 = state name="adam_v.ca_head.cls_blocks.1.norm2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%6793 = state name="adam_t.ca_head.cls_blocks.1.norm2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%6794 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%6795 = add %6793, %6794 : i64[] @ models/lib/nn.yaml:90:7
%6796 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%6797 = cast %6796 : f32[] @ models/lib/nn.yaml:90:7
%6798 = broadcast %6797 : f32[16] @ models/lib/nn.yaml:90:7
%6799 = mul %6790, %6798 : f32[16] @ models/lib/nn.yaml:90:7
%6800 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6801 = cast %6800 : f32[] @ models/lib/nn.yaml:90:7
%6802 = broadcast %6801 : f32[16] @ models/lib/nn.yaml:90:7
%6803 = mul %6791, %6802 : f32[16] @ models/lib/nn.yaml:90:7
%6804 = add %6803, %6799 : f32[16] @ models/lib/nn.yaml:90:7
%6805 = mul %6790, %6790 : f32[16] @ models/lib/nn.yaml:90:7
%6806 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%6807 = cast %6806 : f32[] @ models/lib/nn.yaml:90:7
%6808 = broadcast %6807 : f32[16] @ models/lib/nn.yaml:90:7
%6809 = mul %6805, %6808 : f32[16] @ models/lib/nn.yaml:90:7
%6810 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6811 = cast %6810 : f32[] @ models/lib/nn.yaml:90:7
%6812 = broadcast %6811 : f32[16] @ models/lib/nn.yaml:90:7
%6813 = mul %6792, %6812 : f32[16] @ models/lib/nn.yaml:90:7
%6814 = add %6813, %6809 : f32[16] @ models/lib/nn.yaml:90:7
%6815 = cast %6795 : f64[] @ models/lib/nn.yaml:90:7
%6816 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%6817 = pow %6816, %6815 : f64[] @ models/lib/nn.yaml:90:7
%6818 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6819 = sub %6818, %6817 : f64[] @ models/lib/nn.yaml:90:7
%6820 = div %1966, %6819 : f64[] @ models/lib/nn.yaml:90:7
%6821 = cast %6795 : f64[] @ models/lib/nn.yaml:90:7
%6822 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%6823 = pow %6822, %6821 : f64[] @ models/lib/nn.yaml:90:7
%6824 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6825 = sub %6824, %6823 : f64[] @ models/lib/nn.yaml:90:7
%6826 = sqrt %6825 : f64[] @ models/lib/nn.yaml:90:7
%6827 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6828 = div %6827, %6826 : f64[] @ models/lib/nn.yaml:90:7
%6829 = sqrt %6814 : f32[16] @ models/lib/nn.yaml:90:7
%6830 = cast %6828 : f32[] @ models/lib/nn.yaml:90:7
%6831 = broadcast %6830 : f32[16] @ models/lib/nn.yaml:90:7
%6832 = mul %6829, %6831 : f32[16] @ models/lib/nn.yaml:90:7
%6833 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%6834 = cast %6833 : f32[] @ models/lib/nn.yaml:90:7
%6835 = broadcast %6834 : f32[16] @ models/lib/nn.yaml:90:7
%6836 = add %6832, %6835 : f32[16] @ models/lib/nn.yaml:90:7
%6837 = div %6804, %6836 : f32[16] @ models/lib/nn.yaml:90:7
%6838 = cast %6820 : f32[] @ models/lib/nn.yaml:90:7
%6839 = broadcast %6838 : f32[16] @ models/lib/nn.yaml:90:7
%6840 = mul %6837, %6839 : f32[16] @ models/lib/nn.yaml:90:7
%6841 = sub %60, %6840 : f32[16] @ models/lib/nn.yaml:90:7
%6842 = assign %60, %6841 : f32[16] @ models/lib/nn.yaml:90:7
%6843 = assign %6791, %6804 : f32[16] @ models/lib/nn.yaml:90:7
%6844 = assign %6792, %6814 : f32[16] @ models/lib/nn.yaml:90:7
%6845 = assign %6793, %6795 : i64[] @ models/lib/nn.yaml:90:7
%6846 = cast %1968 : f32[] @ models/lib/nn.yaml:90:7
%6847 = broadcast %6846 : f32[16] @ models/lib/nn.yaml:90:7
%6848 = mul %144, %6847 : f32[16] @ models/lib/nn.yaml:90:7
%6849 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%6850 = sub %6849, %1968 : f64[] @ models/lib/nn.yaml:90:7
%6851 = cast %6850 : f32[] @ models/lib/nn.yaml:90:7
%6852 = broadcast %6851 : f32[16] @ models/lib/nn.yaml:90:7
%6853 = mul %6841, %6852 : f32[16] @ models/lib/nn.yaml:90:7
%6854 = add %6848, %6853 : f32[16] @ models/lib/nn.yaml:90:7
%6855 = assign %144, %6854 : f32[16] @ models/lib/nn.yaml:90:7
%6856 = all_reduce_sum %2561 : f32[64,16] @ models/lib/nn.yaml:79:7
%6857 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6858 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : f32[64,16] @ models/lib/nn.yaml:79:7
%6859 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6860 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6861 = add %6859, %6860 : i64[] @ models/lib/nn.yaml:79:7
%6862 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%6863 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6864 = sub %6863, %6862 : f64[] @ models/lib/nn.yaml:79:7
%6865 = cast %6864 : f32[] @ models/lib/nn.yaml:79:7
%6866 = broadcast %6865 : f32[64,16] @ models/lib/nn.yaml:79:7
%6867 = mul %61, %6866 : f32[64,16] @ models/lib/nn.yaml:79:7
%6868 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%6869 = cast %6868 : f32[] @ models/lib/nn.yaml:79:7
%6870 = broadcast %6869 : f32[64,16] @ models/lib/nn.yaml:79:7
%6871 = mul %6856, %6870 : f32[64,16] @ models/lib/nn.yaml:79:7
%6872 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6873 = cast %6872 : f32[] @ models/lib/nn.yaml:79:7
%6874 = broadcast %6873 : f32[64,16] @ models/lib/nn.yaml:79:7
%6875 = mul %6857, %6874 : f32[64,16] @ models/lib/nn.yaml:79:7
%6876 = add %6875, %6871 : f32[64,16] @ models/lib/nn.yaml:79:7
%6877 = mul %6856, %6856 : f32[64,16] @ models/lib/nn.yaml:79:7
%6878 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%6879 = cast %6878 : f32[] @ models/lib/nn.yaml:79:7
%6880 = broadcast %6879 : f32[64,16] @ models/lib/nn.yaml:79:7
%6881 = mul %6877, %6880 : f32[64,16] @ models/lib/nn.yaml:79:7
%6882 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6883 = cast %6882 : f32[] @ models/lib/nn.yaml:79:7
%6884 = broadcast %6883 : f32[64,16] @ models/lib/nn.yaml:79:7
%6885 = mul %6858, %6884 : f32[64,16] @ models/lib/nn.yaml:79:7
%6886 = add %6885, %6881 : f32[64,16] @ models/lib/nn.yaml:79:7
%6887 = cast %6861 : f64[] @ models/lib/nn.yaml:79:7
%6888 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%6889 = pow %6888, %6887 : f64[] @ models/lib/nn.yaml:79:7
%6890 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6891 = sub %6890, %6889 : f64[] @ models/lib/nn.yaml:79:7
%6892 = div %1966, %6891 : f64[] @ models/lib/nn.yaml:79:7
%6893 = cast %6861 : f64[] @ models/lib/nn.yaml:79:7
%6894 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%6895 = pow %6894, %6893 : f64[] @ models/lib/nn.yaml:79:7
%6896 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6897 = sub %6896, %6895 : f64[] @ models/lib/nn.yaml:79:7
%6898 = sqrt %6897 : f64[] @ models/lib/nn.yaml:79:7
%6899 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6900 = div %6899, %6898 : f64[] @ models/lib/nn.yaml:79:7
%6901 = sqrt %6886 : f32[64,16] @ models/lib/nn.yaml:79:7
%6902 = cast %6900 : f32[] @ models/lib/nn.yaml:79:7
%6903 = broadcast %6902 : f32[64,16] @ models/lib/nn.yaml:79:7
%6904 = mul %6901, %6903 : f32[64,16] @ models/lib/nn.yaml:79:7
%6905 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%6906 = cast %6905 : f32[] @ models/lib/nn.yaml:79:7
%6907 = broadcast %6906 : f32[64,16] @ models/lib/nn.yaml:79:7
%6908 = add %6904, %6907 : f32[64,16] @ models/lib/nn.yaml:79:7
%6909 = div %6876, %6908 : f32[64,16] @ models/lib/nn.yaml:79:7
%6910 = cast %6892 : f32[] @ models/lib/nn.yaml:79:7
%6911 = broadcast %6910 : f32[64,16] @ models/lib/nn.yaml:79:7
%6912 = mul %6909, %6911 : f32[64,16] @ models/lib/nn.yaml:79:7
%6913 = sub %6867, %6912 : f32[64,16] @ models/lib/nn.yaml:79:7
%6914 = assign %61, %6913 : f32[64,16] @ models/lib/nn.yaml:79:7
%6915 = assign %6857, %6876 : f32[64,16] @ models/lib/nn.yaml:79:7
%6916 = assign %6858, %6886 : f32[64,16] @ models/lib/nn.yaml:79:7
%6917 = assign %6859, %6861 : i64[] @ models/lib/nn.yaml:79:7
%6918 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%6919 = broadcast %6918 : f32[64,16] @ models/lib/nn.yaml:79:7
%6920 = mul %145, %6919 : f32[64,16] @ models/lib/nn.yaml:79:7
%6921 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%6922 = sub %6921, %1968 : f64[] @ models/lib/nn.yaml:79:7
%6923 = cast %6922 : f32[] @ models/lib/nn.yaml:79:7
%6924 = broadcast %6923 : f32[64,16] @ models/lib/nn.yaml:79:7
%6925 = mul %6913, %6924 : f32[64,16] @ models/lib/nn.yaml:79:7
%6926 = add %6920, %6925 : f32[64,16] @ models/lib/nn.yaml:79:7
%6927 = assign %145, %6926 : f32[64,16] @ models/lib/nn.yaml:79:7
%6928 = all_reduce_sum %2557 : f32[64] @ models/lib/nn.yaml:80:7
%6929 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6930 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : f32[64] @ models/lib/nn.yaml:80:7
%6931 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%6932 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%6933 = add %6931, %6932 : i64[] @ models/lib/nn.yaml:80:7
%6934 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%6935 = cast %6934 : f32[] @ models/lib/nn.yaml:80:7
%6936 = broadcast %6935 : f32[64] @ models/lib/nn.yaml:80:7
%6937 = mul %6928, %6936 : f32[64] @ models/lib/nn.yaml:80:7
%6938 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6939 = cast %6938 : f32[] @ models/lib/nn.yaml:80:7
%6940 = broadcast %6939 : f32[64] @ models/lib/nn.yaml:80:7
%6941 = mul %6929, %6940 : f32[64] @ models/lib/nn.yaml:80:7
%6942 = add %6941, %6937 : f32[64] @ models/lib/nn.yaml:80:7
%6943 = mul %6928, %6928 : f32[64] @ models/lib/nn.yaml:80:7
%6944 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%6945 = cast %6944 : f32[] @ models/lib/nn.yaml:80:7
%6946 = broadcast %6945 : f32[64] @ models/lib/nn.yaml:80:7
%6947 = mul %6943, %6946 : f32[64] @ models/lib/nn.yaml:80:7
%6948 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6949 = cast %6948 : f32[] @ models/lib/nn.yaml:80:7
%6950 = broadcast %6949 : f32[64] @ models/lib/nn.yaml:80:7
%6951 = mul %6930, %6950 : f32[64] @ models/lib/nn.yaml:80:7
%6952 = add %6951, %6947 : f32[64] @ models/lib/nn.yaml:80:7
%6953 = cast %6933 : f64[] @ models/lib/nn.yaml:80:7
%6954 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%6955 = pow %6954, %6953 : f64[] @ models/lib/nn.yaml:80:7
%6956 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6957 = sub %6956, %6955 : f64[] @ models/lib/nn.yaml:80:7
%6958 = div %1966, %6957 : f64[] @ models/lib/nn.yaml:80:7
%6959 = cast %6933 : f64[] @ models/lib/nn.yaml:80:7
%6960 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%6961 = pow %6960, %6959 : f64[] @ models/lib/nn.yaml:80:7
%6962 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6963 = sub %6962, %6961 : f64[] @ models/lib/nn.yaml:80:7
%6964 = sqrt %6963 : f64[] @ models/lib/nn.yaml:80:7
%6965 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6966 = div %6965, %6964 : f64[] @ models/lib/nn.yaml:80:7
%6967 = sqrt %6952 : f32[64] @ models/lib/nn.yaml:80:7
%6968 = cast %6966 : f32[] @ models/lib/nn.yaml:80:7
%6969 = broadcast %6968 : f32[64] @ models/lib/nn.yaml:80:7
%6970 = mul %6967, %6969 : f32[64] @ models/lib/nn.yaml:80:7
%6971 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%6972 = cast %6971 : f32[] @ models/lib/nn.yaml:80:7
%6973 = broadcast %6972 : f32[64] @ models/lib/nn.yaml:80:7
%6974 = add %6970, %6973 : f32[64] @ models/lib/nn.yaml:80:7
%6975 = div %6942, %6974 : f32[64] @ models/lib/nn.yaml:80:7
%6976 = cast %6958 : f32[] @ models/lib/nn.yaml:80:7
%6977 = broadcast %6976 : f32[64] @ models/lib/nn.yaml:80:7
%6978 = mul %6975, %6977 : f32[64] @ models/lib/nn.yaml:80:7
%6979 = sub %62, %6978 : f32[64] @ models/lib/nn.yaml:80:7
%6980 = assign %62, %6979 : f32[64] @ models/lib/nn.yaml:80:7
%6981 = assign %6929, %6942 : f32[64] @ models/lib/nn.yaml:80:7
%6982 = assign %6930, %6952 : f32[64] @ models/lib/nn.yaml:80:7
%6983 = assign %6931, %6933 : i64[] @ models/lib/nn.yaml:80:7
%6984 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%6985 = broadcast %6984 : f32[64] @ models/lib/nn.yaml:80:7
%6986 = mul %146, %6985 : f32[64] @ models/lib/nn.yaml:80:7
%6987 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%6988 = sub %6987, %1968 : f64[] @ models/lib/nn.yaml:80:7
%6989 = cast %6988 : f32[] @ models/lib/nn.yaml:80:7
%6990 = broadcast %6989 : f32[64] @ models/lib/nn.yaml:80:7
%6991 = mul %6979, %6990 : f32[64] @ models/lib/nn.yaml:80:7
%6992 = add %6986, %6991 : f32[64] @ models/lib/nn.yaml:80:7
%6993 = assign %146, %6992 : f32[64] @ models/lib/nn.yaml:80:7
%6994 = all_reduce_sum %2543 : f32[16,64] @ models/lib/nn.yaml:79:7
%6995 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6996 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : f32[16,64] @ models/lib/nn.yaml:79:7
%6997 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%6998 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%6999 = add %6997, %6998 : i64[] @ models/lib/nn.yaml:79:7
%7000 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%7001 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7002 = sub %7001, %7000 : f64[] @ models/lib/nn.yaml:79:7
%7003 = cast %7002 : f32[] @ models/lib/nn.yaml:79:7
%7004 = broadcast %7003 : f32[16,64] @ models/lib/nn.yaml:79:7
%7005 = mul %63, %7004 : f32[16,64] @ models/lib/nn.yaml:79:7
%7006 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7007 = cast %7006 : f32[] @ models/lib/nn.yaml:79:7
%7008 = broadcast %7007 : f32[16,64] @ models/lib/nn.yaml:79:7
%7009 = mul %6994, %7008 : f32[16,64] @ models/lib/nn.yaml:79:7
%7010 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7011 = cast %7010 : f32[] @ models/lib/nn.yaml:79:7
%7012 = broadcast %7011 : f32[16,64] @ models/lib/nn.yaml:79:7
%7013 = mul %6995, %7012 : f32[16,64] @ models/lib/nn.yaml:79:7
%7014 = add %7013, %7009 : f32[16,64] @ models/lib/nn.yaml:79:7
%7015 = mul %6994, %6994 : f32[16,64] @ models/lib/nn.yaml:79:7
%7016 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7017 = cast %7016 : f32[] @ models/lib/nn.yaml:79:7
%7018 = broadcast %7017 : f32[16,64] @ models/lib/nn.yaml:79:7
%7019 = mul %7015, %7018 : f32[16,64] @ models/lib/nn.yaml:79:7
%7020 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7021 = cast %7020 : f32[] @ models/lib/nn.yaml:79:7
%7022 = broadcast %7021 : f32[16,64] @ models/lib/nn.yaml:79:7
%7023 = mul %6996, %7022 : f32[16,64] @ models/lib/nn.yaml:79:7
%7024 = add %7023, %7019 : f32[16,64] @ models/lib/nn.yaml:79:7
%7025 = cast %6999 : f64[] @ models/lib/nn.yaml:79:7
%7026 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7027 = pow %7026, %7025 : f64[] @ models/lib/nn.yaml:79:7
%7028 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7029 = sub %7028, %7027 : f64[] @ models/lib/nn.yaml:79:7
%7030 = div %1966, %7029 : f64[] @ models/lib/nn.yaml:79:7
%7031 = cast %6999 : f64[] @ models/lib/nn.yaml:79:7
%7032 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7033 = pow %7032, %7031 : f64[] @ models/lib/nn.yaml:79:7
%7034 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7035 = sub %7034, %7033 : f64[] @ models/lib/nn.yaml:79:7
%7036 = sqrt %7035 : f64[] @ models/lib/nn.yaml:79:7
%7037 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7038 = div %7037, %7036 : f64[] @ models/lib/nn.yaml:79:7
%7039 = sqrt %7024 : f32[16,64] @ models/lib/nn.yaml:79:7
%7040 = cast %7038 : f32[] @ models/lib/nn.yaml:79:7
%7041 = broadcast %7040 : f32[16,64] @ models/lib/nn.yaml:79:7
%7042 = mul %7039, %7041 : f32[16,64] @ models/lib/nn.yaml:79:7
%7043 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7044 = cast %7043 : f32[] @ models/lib/nn.yaml:79:7
%7045 = broadcast %7044 : f32[16,64] @ models/lib/nn.yaml:79:7
%7046 = add %7042, %7045 : f32[16,64] @ models/lib/nn.yaml:79:7
%7047 = div %7014, %7046 : f32[16,64] @ models/lib/nn.yaml:79:7
%7048 = cast %7030 : f32[] @ models/lib/nn.yaml:79:7
%7049 = broadcast %7048 : f32[16,64] @ models/lib/nn.yaml:79:7
%7050 = mul %7047, %7049 : f32[16,64] @ models/lib/nn.yaml:79:7
%7051 = sub %7005, %7050 : f32[16,64] @ models/lib/nn.yaml:79:7
%7052 = assign %63, %7051 : f32[16,64] @ models/lib/nn.yaml:79:7
%7053 = assign %6995, %7014 : f32[16,64] @ models/lib/nn.yaml:79:7
%7054 = assign %6996, %7024 : f32[16,64] @ models/lib/nn.yaml:79:7
%7055 = assign %6997, %6999 : i64[] @ models/lib/nn.yaml:79:7
%7056 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%7057 = broadcast %7056 : f32[16,64] @ models/lib/nn.yaml:79:7
%7058 = mul %147, %7057 : f32[16,64] @ models/lib/nn.yaml:79:7
%7059 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7060 = sub %7059, %1968 : f64[] @ models/lib/nn.yaml:79:7
%7061 = cast %7060 : f32[] @ models/lib/nn.yaml:79:7
%7062 = broadcast %7061 : f32[16,64] @ models/lib/nn.yaml:79:7
%7063 = mul %7051, %7062 : f32[16,64] @ models/lib/nn.yaml:79:7
%7064 = add %7058, %7063 : f32[16,64] @ models/lib/nn.yaml:79:7
%7065 = assign %147, %7064 : f32[16,64] @ models/lib/nn.yaml:79:7
%7066 = all_reduce_sum %2539 : f32[16] @ models/lib/nn.yaml:80:7
%7067 = state name="adam_m.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7068 = state name="adam_v.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:80:7
%7069 = state name="adam_t.ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" : i64[] @ models/lib/nn.yaml:80:7
%7070 = const data=[1] : i64[] @ models/lib/nn.yaml:80:7
%7071 = add %7069, %7070 : i64[] @ models/lib/nn.yaml:80:7
%7072 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:80:7
%7073 = cast %7072 : f32[] @ models/lib/nn.yaml:80:7
%7074 = broadcast %7073 : f32[16] @ models/lib/nn.yaml:80:7
%7075 = mul %7066, %7074 : f32[16] @ models/lib/nn.yaml:80:7
%7076 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7077 = cast %7076 : f32[] @ models/lib/nn.yaml:80:7
%7078 = broadcast %7077 : f32[16] @ models/lib/nn.yaml:80:7
%7079 = mul %7067, %7078 : f32[16] @ models/lib/nn.yaml:80:7
%7080 = add %7079, %7075 : f32[16] @ models/lib/nn.yaml:80:7
%7081 = mul %7066, %7066 : f32[16] @ models/lib/nn.yaml:80:7
%7082 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:80:7
%7083 = cast %7082 : f32[] @ models/lib/nn.yaml:80:7
%7084 = broadcast %7083 : f32[16] @ models/lib/nn.yaml:80:7
%7085 = mul %7081, %7084 : f32[16] @ models/lib/nn.yaml:80:7
%7086 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7087 = cast %7086 : f32[] @ models/lib/nn.yaml:80:7
%7088 = broadcast %7087 : f32[16] @ models/lib/nn.yaml:80:7
%7089 = mul %7068, %7088 : f32[16] @ models/lib/nn.yaml:80:7
%7090 = add %7089, %7085 : f32[16] @ models/lib/nn.yaml:80:7
%7091 = cast %7071 : f64[] @ models/lib/nn.yaml:80:7
%7092 = const data=[0.9] : f64[] @ models/lib/nn.yaml:80:7
%7093 = pow %7092, %7091 : f64[] @ models/lib/nn.yaml:80:7
%7094 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7095 = sub %7094, %7093 : f64[] @ models/lib/nn.yaml:80:7
%7096 = div %1966, %7095 : f64[] @ models/lib/nn.yaml:80:7
%7097 = cast %7071 : f64[] @ models/lib/nn.yaml:80:7
%7098 = const data=[0.999] : f64[] @ models/lib/nn.yaml:80:7
%7099 = pow %7098, %7097 : f64[] @ models/lib/nn.yaml:80:7
%7100 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7101 = sub %7100, %7099 : f64[] @ models/lib/nn.yaml:80:7
%7102 = sqrt %7101 : f64[] @ models/lib/nn.yaml:80:7
%7103 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7104 = div %7103, %7102 : f64[] @ models/lib/nn.yaml:80:7
%7105 = sqrt %7090 : f32[16] @ models/lib/nn.yaml:80:7
%7106 = cast %7104 : f32[] @ models/lib/nn.yaml:80:7
%7107 = broadcast %7106 : f32[16] @ models/lib/nn.yaml:80:7
%7108 = mul %7105, %7107 : f32[16] @ models/lib/nn.yaml:80:7
%7109 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:80:7
%7110 = cast %7109 : f32[] @ models/lib/nn.yaml:80:7
%7111 = broadcast %7110 : f32[16] @ models/lib/nn.yaml:80:7
%7112 = add %7108, %7111 : f32[16] @ models/lib/nn.yaml:80:7
%7113 = div %7080, %7112 : f32[16] @ models/lib/nn.yaml:80:7
%7114 = cast %7096 : f32[] @ models/lib/nn.yaml:80:7
%7115 = broadcast %7114 : f32[16] @ models/lib/nn.yaml:80:7
%7116 = mul %7113, %7115 : f32[16] @ models/lib/nn.yaml:80:7
%7117 = sub %64, %7116 : f32[16] @ models/lib/nn.yaml:80:7
%7118 = assign %64, %7117 : f32[16] @ models/lib/nn.yaml:80:7
%7119 = assign %7067, %7080 : f32[16] @ models/lib/nn.yaml:80:7
%7120 = assign %7068, %7090 : f32[16] @ models/lib/nn.yaml:80:7
%7121 = assign %7069, %7071 : i64[] @ models/lib/nn.yaml:80:7
%7122 = cast %1968 : f32[] @ models/lib/nn.yaml:80:7
%7123 = broadcast %7122 : f32[16] @ models/lib/nn.yaml:80:7
%7124 = mul %148, %7123 : f32[16] @ models/lib/nn.yaml:80:7
%7125 = const data=[1] : f64[] @ models/lib/nn.yaml:80:7
%7126 = sub %7125, %1968 : f64[] @ models/lib/nn.yaml:80:7
%7127 = cast %7126 : f32[] @ models/lib/nn.yaml:80:7
%7128 = broadcast %7127 : f32[16] @ models/lib/nn.yaml:80:7
%7129 = mul %7117, %7128 : f32[16] @ models/lib/nn.yaml:80:7
%7130 = add %7124, %7129 : f32[16] @ models/lib/nn.yaml:80:7
%7131 = assign %148, %7130 : f32[16] @ models/lib/nn.yaml:80:7
%7132 = all_reduce_sum %2515 : f32[16] @ models/lib/nn.yaml:89:7
%7133 = state name="adam_m.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7134 = state name="adam_v.ca_head.norm.weight" init="zeros" : f32[16] @ models/lib/nn.yaml:89:7
%7135 = state name="adam_t.ca_head.norm.weight" init="zeros" : i64[] @ models/lib/nn.yaml:89:7
%7136 = const data=[1] : i64[] @ models/lib/nn.yaml:89:7
%7137 = add %7135, %7136 : i64[] @ models/lib/nn.yaml:89:7
%7138 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:89:7
%7139 = cast %7138 : f32[] @ models/lib/nn.yaml:89:7
%7140 = broadcast %7139 : f32[16] @ models/lib/nn.yaml:89:7
%7141 = mul %7132, %7140 : f32[16] @ models/lib/nn.yaml:89:7
%7142 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7143 = cast %7142 : f32[] @ models/lib/nn.yaml:89:7
%7144 = broadcast %7143 : f32[16] @ models/lib/nn.yaml:89:7
%7145 = mul %7133, %7144 : f32[16] @ models/lib/nn.yaml:89:7
%7146 = add %7145, %7141 : f32[16] @ models/lib/nn.yaml:89:7
%7147 = mul %7132, %7132 : f32[16] @ models/lib/nn.yaml:89:7
%7148 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:89:7
%7149 = cast %7148 : f32[] @ models/lib/nn.yaml:89:7
%7150 = broadcast %7149 : f32[16] @ models/lib/nn.yaml:89:7
%7151 = mul %7147, %7150 : f32[16] @ models/lib/nn.yaml:89:7
%7152 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7153 = cast %7152 : f32[] @ models/lib/nn.yaml:89:7
%7154 = broadcast %7153 : f32[16] @ models/lib/nn.yaml:89:7
%7155 = mul %7134, %7154 : f32[16] @ models/lib/nn.yaml:89:7
%7156 = add %7155, %7151 : f32[16] @ models/lib/nn.yaml:89:7
%7157 = cast %7137 : f64[] @ models/lib/nn.yaml:89:7
%7158 = const data=[0.9] : f64[] @ models/lib/nn.yaml:89:7
%7159 = pow %7158, %7157 : f64[] @ models/lib/nn.yaml:89:7
%7160 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7161 = sub %7160, %7159 : f64[] @ models/lib/nn.yaml:89:7
%7162 = div %1966, %7161 : f64[] @ models/lib/nn.yaml:89:7
%7163 = cast %7137 : f64[] @ models/lib/nn.yaml:89:7
%7164 = const data=[0.999] : f64[] @ models/lib/nn.yaml:89:7
%7165 = pow %7164, %7163 : f64[] @ models/lib/nn.yaml:89:7
%7166 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7167 = sub %7166, %7165 : f64[] @ models/lib/nn.yaml:89:7
%7168 = sqrt %7167 : f64[] @ models/lib/nn.yaml:89:7
%7169 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7170 = div %7169, %7168 : f64[] @ models/lib/nn.yaml:89:7
%7171 = sqrt %7156 : f32[16] @ models/lib/nn.yaml:89:7
%7172 = cast %7170 : f32[] @ models/lib/nn.yaml:89:7
%7173 = broadcast %7172 : f32[16] @ models/lib/nn.yaml:89:7
%7174 = mul %7171, %7173 : f32[16] @ models/lib/nn.yaml:89:7
%7175 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:89:7
%7176 = cast %7175 : f32[] @ models/lib/nn.yaml:89:7
%7177 = broadcast %7176 : f32[16] @ models/lib/nn.yaml:89:7
%7178 = add %7174, %7177 : f32[16] @ models/lib/nn.yaml:89:7
%7179 = div %7146, %7178 : f32[16] @ models/lib/nn.yaml:89:7
%7180 = cast %7162 : f32[] @ models/lib/nn.yaml:89:7
%7181 = broadcast %7180 : f32[16] @ models/lib/nn.yaml:89:7
%7182 = mul %7179, %7181 : f32[16] @ models/lib/nn.yaml:89:7
%7183 = sub %65, %7182 : f32[16] @ models/lib/nn.yaml:89:7
%7184 = assign %65, %7183 : f32[16] @ models/lib/nn.yaml:89:7
%7185 = assign %7133, %7146 : f32[16] @ models/lib/nn.yaml:89:7
%7186 = assign %7134, %7156 : f32[16] @ models/lib/nn.yaml:89:7
%7187 = assign %7135, %7137 : i64[] @ models/lib/nn.yaml:89:7
%7188 = cast %1968 : f32[] @ models/lib/nn.yaml:89:7
%7189 = broadcast %7188 : f32[16] @ models/lib/nn.yaml:89:7
%7190 = mul %149, %7189 : f32[16] @ models/lib/nn.yaml:89:7
%7191 = const data=[1] : f64[] @ models/lib/nn.yaml:89:7
%7192 = sub %7191, %1968 : f64[] @ models/lib/nn.yaml:89:7
%7193 = cast %7192 : f32[] @ models/lib/nn.yaml:89:7
%7194 = broadcast %7193 : f32[16] @ models/lib/nn.yaml:89:7
%7195 = mul %7183, %7194 : f32[16] @ models/lib/nn.yaml:89:7
%7196 = add %7190, %7195 : f32[16] @ models/lib/nn.yaml:89:7
%7197 = assign %149, %7196 : f32[16] @ models/lib/nn.yaml:89:7
%7198 = all_reduce_sum %2511 : f32[16] @ models/lib/nn.yaml:90:7
%7199 = state name="adam_m.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7200 = state name="adam_v.ca_head.norm.bias" init="zeros" : f32[16] @ models/lib/nn.yaml:90:7
%7201 = state name="adam_t.ca_head.norm.bias" init="zeros" : i64[] @ models/lib/nn.yaml:90:7
%7202 = const data=[1] : i64[] @ models/lib/nn.yaml:90:7
%7203 = add %7201, %7202 : i64[] @ models/lib/nn.yaml:90:7
%7204 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:90:7
%7205 = cast %7204 : f32[] @ models/lib/nn.yaml:90:7
%7206 = broadcast %7205 : f32[16] @ models/lib/nn.yaml:90:7
%7207 = mul %7198, %7206 : f32[16] @ models/lib/nn.yaml:90:7
%7208 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7209 = cast %7208 : f32[] @ models/lib/nn.yaml:90:7
%7210 = broadcast %7209 : f32[16] @ models/lib/nn.yaml:90:7
%7211 = mul %7199, %7210 : f32[16] @ models/lib/nn.yaml:90:7
%7212 = add %7211, %7207 : f32[16] @ models/lib/nn.yaml:90:7
%7213 = mul %7198, %7198 : f32[16] @ models/lib/nn.yaml:90:7
%7214 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:90:7
%7215 = cast %7214 : f32[] @ models/lib/nn.yaml:90:7
%7216 = broadcast %7215 : f32[16] @ models/lib/nn.yaml:90:7
%7217 = mul %7213, %7216 : f32[16] @ models/lib/nn.yaml:90:7
%7218 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7219 = cast %7218 : f32[] @ models/lib/nn.yaml:90:7
%7220 = broadcast %7219 : f32[16] @ models/lib/nn.yaml:90:7
%7221 = mul %7200, %7220 : f32[16] @ models/lib/nn.yaml:90:7
%7222 = add %7221, %7217 : f32[16] @ models/lib/nn.yaml:90:7
%7223 = cast %7203 : f64[] @ models/lib/nn.yaml:90:7
%7224 = const data=[0.9] : f64[] @ models/lib/nn.yaml:90:7
%7225 = pow %7224, %7223 : f64[] @ models/lib/nn.yaml:90:7
%7226 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7227 = sub %7226, %7225 : f64[] @ models/lib/nn.yaml:90:7
%7228 = div %1966, %7227 : f64[] @ models/lib/nn.yaml:90:7
%7229 = cast %7203 : f64[] @ models/lib/nn.yaml:90:7
%7230 = const data=[0.999] : f64[] @ models/lib/nn.yaml:90:7
%7231 = pow %7230, %7229 : f64[] @ models/lib/nn.yaml:90:7
%7232 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7233 = sub %7232, %7231 : f64[] @ models/lib/nn.yaml:90:7
%7234 = sqrt %7233 : f64[] @ models/lib/nn.yaml:90:7
%7235 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7236 = div %7235, %7234 : f64[] @ models/lib/nn.yaml:90:7
%7237 = sqrt %7222 : f32[16] @ models/lib/nn.yaml:90:7
%7238 = cast %7236 : f32[] @ models/lib/nn.yaml:90:7
%7239 = broadcast %7238 : f32[16] @ models/lib/nn.yaml:90:7
%7240 = mul %7237, %7239 : f32[16] @ models/lib/nn.yaml:90:7
%7241 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:90:7
%7242 = cast %7241 : f32[] @ models/lib/nn.yaml:90:7
%7243 = broadcast %7242 : f32[16] @ models/lib/nn.yaml:90:7
%7244 = add %7240, %7243 : f32[16] @ models/lib/nn.yaml:90:7
%7245 = div %7212, %7244 : f32[16] @ models/lib/nn.yaml:90:7
%7246 = cast %7228 : f32[] @ models/lib/nn.yaml:90:7
%7247 = broadcast %7246 : f32[16] @ models/lib/nn.yaml:90:7
%7248 = mul %7245, %7247 : f32[16] @ models/lib/nn.yaml:90:7
%7249 = sub %66, %7248 : f32[16] @ models/lib/nn.yaml:90:7
%7250 = assign %66, %7249 : f32[16] @ models/lib/nn.yaml:90:7
%7251 = assign %7199, %7212 : f32[16] @ models/lib/nn.yaml:90:7
%7252 = assign %7200, %7222 : f32[16] @ models/lib/nn.yaml:90:7
%7253 = assign %7201, %7203 : i64[] @ models/lib/nn.yaml:90:7
%7254 = cast %1968 : f32[] @ models/lib/nn.yaml:90:7
%7255 = broadcast %7254 : f32[16] @ models/lib/nn.yaml:90:7
%7256 = mul %150, %7255 : f32[16] @ models/lib/nn.yaml:90:7
%7257 = const data=[1] : f64[] @ models/lib/nn.yaml:90:7
%7258 = sub %7257, %1968 : f64[] @ models/lib/nn.yaml:90:7
%7259 = cast %7258 : f32[] @ models/lib/nn.yaml:90:7
%7260 = broadcast %7259 : f32[16] @ models/lib/nn.yaml:90:7
%7261 = mul %7249, %7260 : f32[16] @ models/lib/nn.yaml:90:7
%7262 = add %7256, %7261 : f32[16] @ models/lib/nn.yaml:90:7
%7263 = assign %150, %7262 : f32[16] @ models/lib/nn.yaml:90:7
%7264 = all_reduce_sum %2506 : f32[24,16] @ models/lib/nn.yaml:79:7
%7265 = state name="adam_m.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7266 = state name="adam_v.projector.0.weight" init="zeros" : f32[24,16] @ models/lib/nn.yaml:79:7
%7267 = state name="adam_t.projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7268 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7269 = add %7267, %7268 : i64[] @ models/lib/nn.yaml:79:7
%7270 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%7271 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7272 = sub %7271, %7270 : f64[] @ models/lib/nn.yaml:79:7
%7273 = cast %7272 : f32[] @ models/lib/nn.yaml:79:7
%7274 = broadcast %7273 : f32[24,16] @ models/lib/nn.yaml:79:7
%7275 = mul %67, %7274 : f32[24,16] @ models/lib/nn.yaml:79:7
%7276 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7277 = cast %7276 : f32[] @ models/lib/nn.yaml:79:7
%7278 = broadcast %7277 : f32[24,16] @ models/lib/nn.yaml:79:7
%7279 = mul %7264, %7278 : f32[24,16] @ models/lib/nn.yaml:79:7
%7280 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7281 = cast %7280 : f32[] @ models/lib/nn.yaml:79:7
%7282 = broadcast %7281 : f32[24,16] @ models/lib/nn.yaml:79:7
%7283 = mul %7265, %7282 : f32[24,16] @ models/lib/nn.yaml:79:7
%7284 = add %7283, %7279 : f32[24,16] @ models/lib/nn.yaml:79:7
%7285 = mul %7264, %7264 : f32[24,16] @ models/lib/nn.yaml:79:7
%7286 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7287 = cast %7286 : f32[] @ models/lib/nn.yaml:79:7
%7288 = broadcast %7287 : f32[24,16] @ models/lib/nn.yaml:79:7
%7289 = mul %7285, %7288 : f32[24,16] @ models/lib/nn.yaml:79:7
%7290 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7291 = cast %7290 : f32[] @ models/lib/nn.yaml:79:7
%7292 = broadcast %7291 : f32[24,16] @ models/lib/nn.yaml:79:7
%7293 = mul %7266, %7292 : f32[24,16] @ models/lib/nn.yaml:79:7
%7294 = add %7293, %7289 : f32[24,16] @ models/lib/nn.yaml:79:7
%7295 = cast %7269 : f64[] @ models/lib/nn.yaml:79:7
%7296 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7297 = pow %7296, %7295 : f64[] @ models/lib/nn.yaml:79:7
%7298 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7299 = sub %7298, %7297 : f64[] @ models/lib/nn.yaml:79:7
%7300 = div %1966, %7299 : f64[] @ models/lib/nn.yaml:79:7
%7301 = cast %7269 : f64[] @ models/lib/nn.yaml:79:7
%7302 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7303 = pow %7302, %7301 : f64[] @ models/lib/nn.yaml:79:7
%7304 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7305 = sub %7304, %7303 : f64[] @ models/lib/nn.yaml:79:7
%7306 = sqrt %7305 : f64[] @ models/lib/nn.yaml:79:7
%7307 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7308 = div %7307, %7306 : f64[] @ models/lib/nn.yaml:79:7
%7309 = sqrt %7294 : f32[24,16] @ models/lib/nn.yaml:79:7
%7310 = cast %7308 : f32[] @ models/lib/nn.yaml:79:7
%7311 = broadcast %7310 : f32[24,16] @ models/lib/nn.yaml:79:7
%7312 = mul %7309, %7311 : f32[24,16] @ models/lib/nn.yaml:79:7
%7313 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7314 = cast %7313 : f32[] @ models/lib/nn.yaml:79:7
%7315 = broadcast %7314 : f32[24,16] @ models/lib/nn.yaml:79:7
%7316 = add %7312, %7315 : f32[24,16] @ models/lib/nn.yaml:79:7
%7317 = div %7284, %7316 : f32[24,16] @ models/lib/nn.yaml:79:7
%7318 = cast %7300 : f32[] @ models/lib/nn.yaml:79:7
%7319 = broadcast %7318 : f32[24,16] @ models/lib/nn.yaml:79:7
%7320 = mul %7317, %7319 : f32[24,16] @ models/lib/nn.yaml:79:7
%7321 = sub %7275, %7320 : f32[24,16] @ models/lib/nn.yaml:79:7
%7322 = assign %67, %7321 : f32[24,16] @ models/lib/nn.yaml:79:7
%7323 = assign %7265, %7284 : f32[24,16] @ models/lib/nn.yaml:79:7
%7324 = assign %7266, %7294 : f32[24,16] @ models/lib/nn.yaml:79:7
%7325 = assign %7267, %7269 : i64[] @ models/lib/nn.yaml:79:7
%7326 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%7327 = broadcast %7326 : f32[24,16] @ models/lib/nn.yaml:79:7
%7328 = mul %151, %7327 : f32[24,16] @ models/lib/nn.yaml:79:7
%7329 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7330 = sub %7329, %1968 : f64[] @ models/lib/nn.yaml:79:7
%7331 = cast %7330 : f32[] @ models/lib/nn.yaml:79:7
%7332 = broadcast %7331 : f32[24,16] @ models/lib/nn.yaml:79:7
%7333 = mul %7321, %7332 : f32[24,16] @ models/lib/nn.yaml:79:7
%7334 = add %7328, %7333 : f32[24,16] @ models/lib/nn.yaml:79:7
%7335 = assign %151, %7334 : f32[24,16] @ models/lib/nn.yaml:79:7
%7336 = all_reduce_sum %2478 : f32[24] @ models/moco_pass.yaml:75:7
%7337 = state name="adam_m.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7338 = state name="adam_v.projector.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7339 = state name="adam_t.projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%7340 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%7341 = add %7339, %7340 : i64[] @ models/moco_pass.yaml:75:7
%7342 = mul %1966, %1967 : f64[] @ models/moco_pass.yaml:75:7
%7343 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7344 = sub %7343, %7342 : f64[] @ models/moco_pass.yaml:75:7
%7345 = cast %7344 : f32[] @ models/moco_pass.yaml:75:7
%7346 = broadcast %7345 : f32[24] @ models/moco_pass.yaml:75:7
%7347 = mul %68, %7346 : f32[24] @ models/moco_pass.yaml:75:7
%7348 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%7349 = cast %7348 : f32[] @ models/moco_pass.yaml:75:7
%7350 = broadcast %7349 : f32[24] @ models/moco_pass.yaml:75:7
%7351 = mul %7336, %7350 : f32[24] @ models/moco_pass.yaml:75:7
%7352 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7353 = cast %7352 : f32[] @ models/moco_pass.yaml:75:7
%7354 = broadcast %7353 : f32[24] @ models/moco_pass.yaml:75:7
%7355 = mul %7337, %7354 : f32[24] @ models/moco_pass.yaml:75:7
%7356 = add %7355, %7351 : f32[24] @ models/moco_pass.yaml:75:7
%7357 = mul %7336, %7336 : f32[24] @ models/moco_pass.yaml:75:7
%7358 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%7359 = cast %7358 : f32[] @ models/moco_pass.yaml:75:7
%7360 = broadcast %7359 : f32[24] @ models/moco_pass.yaml:75:7
%7361 = mul %7357, %7360 : f32[24] @ models/moco_pass.yaml:75:7
%7362 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7363 = cast %7362 : f32[] @ models/moco_pass.yaml:75:7
%7364 = broadcast %7363 : f32[24] @ models/moco_pass.yaml:75:7
%7365 = mul %7338, %7364 : f32[24] @ models/moco_pass.yaml:75:7
%7366 = add %7365, %7361 : f32[24] @ models/moco_pass.yaml:75:7
%7367 = cast %7341 : f64[] @ models/moco_pass.yaml:75:7
%7368 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7369 = pow %7368, %7367 : f64[] @ models/moco_pass.yaml:75:7
%7370 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7371 = sub %7370, %7369 : f64[] @ models/moco_pass.yaml:75:7
%7372 = div %1966, %7371 : f64[] @ models/moco_pass.yaml:75:7
%7373 = cast %7341 : f64[] @ models/moco_pass.yaml:75:7
%7374 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7375 = pow %7374, %7373 : f64[] @ models/moco_pass.yaml:75:7
%7376 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7377 = sub %7376, %7375 : f64[] @ models/moco_pass.yaml:75:7
%7378 = sqrt %7377 : f64[] @ models/moco_pass.yaml:75:7
%7379 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7380 = div %7379, %7378 : f64[] @ models/moco_pass.yaml:75:7
%7381 = sqrt %7366 : f32[24] @ models/moco_pass.yaml:75:7
%7382 = cast %7380 : f32[] @ models/moco_pass.yaml:75:7
%7383 = broadcast %7382 : f32[24] @ models/moco_pass.yaml:75:7
%7384 = mul %7381, %7383 : f32[24] @ models/moco_pass.yaml:75:7
%7385 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%7386 = cast %7385 : f32[] @ models/moco_pass.yaml:75:7
%7387 = broadcast %7386 : f32[24] @ models/moco_pass.yaml:75:7
%7388 = add %7384, %7387 : f32[24] @ models/moco_pass.yaml:75:7
%7389 = div %7356, %7388 : f32[24] @ models/moco_pass.yaml:75:7
%7390 = cast %7372 : f32[] @ models/moco_pass.yaml:75:7
%7391 = broadcast %7390 : f32[24] @ models/moco_pass.yaml:75:7
%7392 = mul %7389, %7391 : f32[24] @ models/moco_pass.yaml:75:7
%7393 = sub %7347, %7392 : f32[24] @ models/moco_pass.yaml:75:7
%7394 = assign %68, %7393 : f32[24] @ models/moco_pass.yaml:75:7
%7395 = assign %7337, %7356 : f32[24] @ models/moco_pass.yaml:75:7
%7396 = assign %7338, %7366 : f32[24] @ models/moco_pass.yaml:75:7
%7397 = assign %7339, %7341 : i64[] @ models/moco_pass.yaml:75:7
%7398 = cast %1968 : f32[] @ models/moco_pass.yaml:75:7
%7399 = broadcast %7398 : f32[24] @ models/moco_pass.yaml:75:7
%7400 = mul %152, %7399 : f32[24] @ models/moco_pass.yaml:75:7
%7401 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7402 = sub %7401, %1968 : f64[] @ models/moco_pass.yaml:75:7
%7403 = cast %7402 : f32[] @ models/moco_pass.yaml:75:7
%7404 = broadcast %7403 : f32[24] @ models/moco_pass.yaml:75:7
%7405 = mul %7393, %7404 : f32[24] @ models/moco_pass.yaml:75:7
%7406 = add %7400, %7405 : f32[24] @ models/moco_pass.yaml:75:7
%7407 = assign %152, %7406 : f32[24] @ models/moco_pass.yaml:75:7
%7408 = all_reduce_sum %2474 : f32[24] @ models/moco_pass.yaml:76:7
%7409 = state name="adam_m.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7410 = state name="adam_v.projector.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7411 = state name="adam_t.projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%7412 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%7413 = add %7411, %7412 : i64[] @ models/moco_pass.yaml:76:7
%7414 = mul %1966, %1967 : f64[] @ models/moco_pass.yaml:76:7
%7415 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7416 = sub %7415, %7414 : f64[] @ models/moco_pass.yaml:76:7
%7417 = cast %7416 : f32[] @ models/moco_pass.yaml:76:7
%7418 = broadcast %7417 : f32[24] @ models/moco_pass.yaml:76:7
%7419 = mul %69, %7418 : f32[24] @ models/moco_pass.yaml:76:7
%7420 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%7421 = cast %7420 : f32[] @ models/moco_pass.yaml:76:7
%7422 = broadcast %7421 : f32[24] @ models/moco_pass.yaml:76:7
%7423 = mul %7408, %7422 : f32[24] @ models/moco_pass.yaml:76:7
%7424 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7425 = cast %7424 : f32[] @ models/moco_pass.yaml:76:7
%7426 = broadcast %7425 : f32[24] @ models/moco_pass.yaml:76:7
%7427 = mul %7409, %7426 : f32[24] @ models/moco_pass.yaml:76:7
%7428 = add %7427, %7423 : f32[24] @ models/moco_pass.yaml:76:7
%7429 = mul %7408, %7408 : f32[24] @ models/moco_pass.yaml:76:7
%7430 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%7431 = cast %7430 : f32[] @ models/moco_pass.yaml:76:7
%7432 = broadcast %7431 : f32[24] @ models/moco_pass.yaml:76:7
%7433 = mul %7429, %7432 : f32[24] @ models/moco_pass.yaml:76:7
%7434 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7435 = cast %7434 : f32[] @ models/moco_pass.yaml:76:7
%7436 = broadcast %7435 : f32[24] @ models/moco_pass.yaml:76:7
%7437 = mul %7410, %7436 : f32[24] @ models/moco_pass.yaml:76:7
%7438 = add %7437, %7433 : f32[24] @ models/moco_pass.yaml:76:7
%7439 = cast %7413 : f64[] @ models/moco_pass.yaml:76:7
%7440 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7441 = pow %7440, %7439 : f64[] @ models/moco_pass.yaml:76:7
%7442 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7443 = sub %7442, %7441 : f64[] @ models/moco_pass.yaml:76:7
%7444 = div %1966, %7443 : f64[] @ models/moco_pass.yaml:76:7
%7445 = cast %7413 : f64[] @ models/moco_pass.yaml:76:7
%7446 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7447 = pow %7446, %7445 : f64[] @ models/moco_pass.yaml:76:7
%7448 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7449 = sub %7448, %7447 : f64[] @ models/moco_pass.yaml:76:7
%7450 = sqrt %7449 : f64[] @ models/moco_pass.yaml:76:7
%7451 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7452 = div %7451, %7450 : f64[] @ models/moco_pass.yaml:76:7
%7453 = sqrt %7438 : f32[24] @ models/moco_pass.yaml:76:7
%7454 = cast %7452 : f32[] @ models/moco_pass.yaml:76:7
%7455 = broadcast %7454 : f32[24] @ models/moco_pass.yaml:76:7
%7456 = mul %7453, %7455 : f32[24] @ models/moco_pass.yaml:76:7
%7457 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%7458 = cast %7457 : f32[] @ models/moco_pass.yaml:76:7
%7459 = broadcast %7458 : f32[24] @ models/moco_pass.yaml:76:7
%7460 = add %7456, %7459 : f32[24] @ models/moco_pass.yaml:76:7
%7461 = div %7428, %7460 : f32[24] @ models/moco_pass.yaml:76:7
%7462 = cast %7444 : f32[] @ models/moco_pass.yaml:76:7
%7463 = broadcast %7462 : f32[24] @ models/moco_pass.yaml:76:7
%7464 = mul %7461, %7463 : f32[24] @ models/moco_pass.yaml:76:7
%7465 = sub %7419, %7464 : f32[24] @ models/moco_pass.yaml:76:7
%7466 = assign %69, %7465 : f32[24] @ models/moco_pass.yaml:76:7
%7467 = assign %7409, %7428 : f32[24] @ models/moco_pass.yaml:76:7
%7468 = assign %7410, %7438 : f32[24] @ models/moco_pass.yaml:76:7
%7469 = assign %7411, %7413 : i64[] @ models/moco_pass.yaml:76:7
%7470 = cast %1968 : f32[] @ models/moco_pass.yaml:76:7
%7471 = broadcast %7470 : f32[24] @ models/moco_pass.yaml:76:7
%7472 = mul %153, %7471 : f32[24] @ models/moco_pass.yaml:76:7
%7473 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7474 = sub %7473, %1968 : f64[] @ models/moco_pass.yaml:76:7
%7475 = cast %7474 : f32[] @ models/moco_pass.yaml:76:7
%7476 = broadcast %7475 : f32[24] @ models/moco_pass.yaml:76:7
%7477 = mul %7465, %7476 : f32[24] @ models/moco_pass.yaml:76:7
%7478 = add %7472, %7477 : f32[24] @ models/moco_pass.yaml:76:7
%7479 = assign %153, %7478 : f32[24] @ models/moco_pass.yaml:76:7
%7480 = all_reduce_sum %2463 : f32[24,24] @ models/lib/nn.yaml:79:7
%7481 = state name="adam_m.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7482 = state name="adam_v.projector.3.weight" init="zeros" : f32[24,24] @ models/lib/nn.yaml:79:7
%7483 = state name="adam_t.projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7484 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7485 = add %7483, %7484 : i64[] @ models/lib/nn.yaml:79:7
%7486 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%7487 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7488 = sub %7487, %7486 : f64[] @ models/lib/nn.yaml:79:7
%7489 = cast %7488 : f32[] @ models/lib/nn.yaml:79:7
%7490 = broadcast %7489 : f32[24,24] @ models/lib/nn.yaml:79:7
%7491 = mul %70, %7490 : f32[24,24] @ models/lib/nn.yaml:79:7
%7492 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7493 = cast %7492 : f32[] @ models/lib/nn.yaml:79:7
%7494 = broadcast %7493 : f32[24,24] @ models/lib/nn.yaml:79:7
%7495 = mul %7480, %7494 : f32[24,24] @ models/lib/nn.yaml:79:7
%7496 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7497 = cast %7496 : f32[] @ models/lib/nn.yaml:79:7
%7498 = broadcast %7497 : f32[24,24] @ models/lib/nn.yaml:79:7
%7499 = mul %7481, %7498 : f32[24,24] @ models/lib/nn.yaml:79:7
%7500 = add %7499, %7495 : f32[24,24] @ models/lib/nn.yaml:79:7
%7501 = mul %7480, %7480 : f32[24,24] @ models/lib/nn.yaml:79:7
%7502 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7503 = cast %7502 : f32[] @ models/lib/nn.yaml:79:7
%7504 = broadcast %7503 : f32[24,24] @ models/lib/nn.yaml:79:7
%7505 = mul %7501, %7504 : f32[24,24] @ models/lib/nn.yaml:79:7
%7506 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7507 = cast %7506 : f32[] @ models/lib/nn.yaml:79:7
%7508 = broadcast %7507 : f32[24,24] @ models/lib/nn.yaml:79:7
%7509 = mul %7482, %7508 : f32[24,24] @ models/lib/nn.yaml:79:7
%7510 = add %7509, %7505 : f32[24,24] @ models/lib/nn.yaml:79:7
%7511 = cast %7485 : f64[] @ models/lib/nn.yaml:79:7
%7512 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7513 = pow %7512, %7511 : f64[] @ models/lib/nn.yaml:79:7
%7514 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7515 = sub %7514, %7513 : f64[] @ models/lib/nn.yaml:79:7
%7516 = div %1966, %7515 : f64[] @ models/lib/nn.yaml:79:7
%7517 = cast %7485 : f64[] @ models/lib/nn.yaml:79:7
%7518 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7519 = pow %7518, %7517 : f64[] @ models/lib/nn.yaml:79:7
%7520 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7521 = sub %7520, %7519 : f64[] @ models/lib/nn.yaml:79:7
%7522 = sqrt %7521 : f64[] @ models/lib/nn.yaml:79:7
%7523 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7524 = div %7523, %7522 : f64[] @ models/lib/nn.yaml:79:7
%7525 = sqrt %7510 : f32[24,24] @ models/lib/nn.yaml:79:7
%7526 = cast %7524 : f32[] @ models/lib/nn.yaml:79:7
%7527 = broadcast %7526 : f32[24,24] @ models/lib/nn.yaml:79:7
%7528 = mul %7525, %7527 : f32[24,24] @ models/lib/nn.yaml:79:7
%7529 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7530 = cast %7529 : f32[] @ models/lib/nn.yaml:79:7
%7531 = broadcast %7530 : f32[24,24] @ models/lib/nn.yaml:79:7
%7532 = add %7528, %7531 : f32[24,24] @ models/lib/nn.yaml:79:7
%7533 = div %7500, %7532 : f32[24,24] @ models/lib/nn.yaml:79:7
%7534 = cast %7516 : f32[] @ models/lib/nn.yaml:79:7
%7535 = broadcast %7534 : f32[24,24] @ models/lib/nn.yaml:79:7
%7536 = mul %7533, %7535 : f32[24,24] @ models/lib/nn.yaml:79:7
%7537 = sub %7491, %7536 : f32[24,24] @ models/lib/nn.yaml:79:7
%7538 = assign %70, %7537 : f32[24,24] @ models/lib/nn.yaml:79:7
%7539 = assign %7481, %7500 : f32[24,24] @ models/lib/nn.yaml:79:7
%7540 = assign %7482, %7510 : f32[24,24] @ models/lib/nn.yaml:79:7
%7541 = assign %7483, %7485 : i64[] @ models/lib/nn.yaml:79:7
%7542 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%7543 = broadcast %7542 : f32[24,24] @ models/lib/nn.yaml:79:7
%7544 = mul %154, %7543 : f32[24,24] @ models/lib/nn.yaml:79:7
%7545 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7546 = sub %7545, %1968 : f64[] @ models/lib/nn.yaml:79:7
%7547 = cast %7546 : f32[] @ models/lib/nn.yaml:79:7
%7548 = broadcast %7547 : f32[24,24] @ models/lib/nn.yaml:79:7
%7549 = mul %7537, %7548 : f32[24,24] @ models/lib/nn.yaml:79:7
%7550 = add %7544, %7549 : f32[24,24] @ models/lib/nn.yaml:79:7
%7551 = assign %154, %7550 : f32[24,24] @ models/lib/nn.yaml:79:7
%7552 = all_reduce_sum %2435 : f32[24] @ models/moco_pass.yaml:75:7
%7553 = state name="adam_m.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7554 = state name="adam_v.projector.4.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7555 = state name="adam_t.projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%7556 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%7557 = add %7555, %7556 : i64[] @ models/moco_pass.yaml:75:7
%7558 = mul %1966, %1967 : f64[] @ models/moco_pass.yaml:75:7
%7559 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7560 = sub %7559, %7558 : f64[] @ models/moco_pass.yaml:75:7
%7561 = cast %7560 : f32[] @ models/moco_pass.yaml:75:7
%7562 = broadcast %7561 : f32[24] @ models/moco_pass.yaml:75:7
%7563 = mul %71, %7562 : f32[24] @ models/moco_pass.yaml:75:7
%7564 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%7565 = cast %7564 : f32[] @ models/moco_pass.yaml:75:7
%7566 = broadcast %7565 : f32[24] @ models/moco_pass.yaml:75:7
%7567 = mul %7552, %7566 : f32[24] @ models/moco_pass.yaml:75:7
%7568 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7569 = cast %7568 : f32[] @ models/moco_pass.yaml:75:7
%7570 = broadcast %7569 : f32[24] @ models/moco_pass.yaml:75:7
%7571 = mul %7553, %7570 : f32[24] @ models/moco_pass.yaml:75:7
%7572 = add %7571, %7567 : f32[24] @ models/moco_pass.yaml:75:7
%7573 = mul %7552, %7552 : f32[24] @ models/moco_pass.yaml:75:7
%7574 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%7575 = cast %7574 : f32[] @ models/moco_pass.yaml:75:7
%7576 = broadcast %7575 : f32[24] @ models/moco_pass.yaml:75:7
%7577 = mul %7573, %7576 : f32[24] @ models/moco_pass.yaml:75:7
%7578 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7579 = cast %7578 : f32[] @ models/moco_pass.yaml:75:7
%7580 = broadcast %7579 : f32[24] @ models/moco_pass.yaml:75:7
%7581 = mul %7554, %7580 : f32[24] @ models/moco_pass.yaml:75:7
%7582 = add %7581, %7577 : f32[24] @ models/moco_pass.yaml:75:7
%7583 = cast %7557 : f64[] @ models/moco_pass.yaml:75:7
%7584 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7585 = pow %7584, %7583 : f64[] @ models/moco_pass.yaml:75:7
%7586 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7587 = sub %7586, %7585 : f64[] @ models/moco_pass.yaml:75:7
%7588 = div %1966, %7587 : f64[] @ models/moco_pass.yaml:75:7
%7589 = cast %7557 : f64[] @ models/moco_pass.yaml:75:7
%7590 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7591 = pow %7590, %7589 : f64[] @ models/moco_pass.yaml:75:7
%7592 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7593 = sub %7592, %7591 : f64[] @ models/moco_pass.yaml:75:7
%7594 = sqrt %7593 : f64[] @ models/moco_pass.yaml:75:7
%7595 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7596 = div %7595, %7594 : f64[] @ models/moco_pass.yaml:75:7
%7597 = sqrt %7582 : f32[24] @ models/moco_pass.yaml:75:7
%7598 = cast %7596 : f32[] @ models/moco_pass.yaml:75:7
%7599 = broadcast %7598 : f32[24] @ models/moco_pass.yaml:75:7
%7600 = mul %7597, %7599 : f32[24] @ models/moco_pass.yaml:75:7
%7601 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%7602 = cast %7601 : f32[] @ models/moco_pass.yaml:75:7
%7603 = broadcast %7602 : f32[24] @ models/moco_pass.yaml:75:7
%7604 = add %7600, %7603 : f32[24] @ models/moco_pass.yaml:75:7
%7605 = div %7572, %7604 : f32[24] @ models/moco_pass.yaml:75:7
%7606 = cast %7588 : f32[] @ models/moco_pass.yaml:75:7
%7607 = broadcast %7606 : f32[24] @ models/moco_pass.yaml:75:7
%7608 = mul %7605, %7607 : f32[24] @ models/moco_pass.yaml:75:7
%7609 = sub %7563, %7608 : f32[24] @ models/moco_pass.yaml:75:7
%7610 = assign %71, %7609 : f32[24] @ models/moco_pass.yaml:75:7
%7611 = assign %7553, %7572 : f32[24] @ models/moco_pass.yaml:75:7
%7612 = assign %7554, %7582 : f32[24] @ models/moco_pass.yaml:75:7
%7613 = assign %7555, %7557 : i64[] @ models/moco_pass.yaml:75:7
%7614 = cast %1968 : f32[] @ models/moco_pass.yaml:75:7
%7615 = broadcast %7614 : f32[24] @ models/moco_pass.yaml:75:7
%7616 = mul %155, %7615 : f32[24] @ models/moco_pass.yaml:75:7
%7617 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7618 = sub %7617, %1968 : f64[] @ models/moco_pass.yaml:75:7
%7619 = cast %7618 : f32[] @ models/moco_pass.yaml:75:7
%7620 = broadcast %7619 : f32[24] @ models/moco_pass.yaml:75:7
%7621 = mul %7609, %7620 : f32[24] @ models/moco_pass.yaml:75:7
%7622 = add %7616, %7621 : f32[24] @ models/moco_pass.yaml:75:7
%7623 = assign %155, %7622 : f32[24] @ models/moco_pass.yaml:75:7
%7624 = all_reduce_sum %2431 : f32[24] @ models/moco_pass.yaml:76:7
%7625 = state name="adam_m.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7626 = state name="adam_v.projector.4.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7627 = state name="adam_t.projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%7628 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%7629 = add %7627, %7628 : i64[] @ models/moco_pass.yaml:76:7
%7630 = mul %1966, %1967 : f64[] @ models/moco_pass.yaml:76:7
%7631 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7632 = sub %7631, %7630 : f64[] @ models/moco_pass.yaml:76:7
%7633 = cast %7632 : f32[] @ models/moco_pass.yaml:76:7
%7634 = broadcast %7633 : f32[24] @ models/moco_pass.yaml:76:7
%7635 = mul %72, %7634 : f32[24] @ models/moco_pass.yaml:76:7
%7636 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%7637 = cast %7636 : f32[] @ models/moco_pass.yaml:76:7
%7638 = broadcast %7637 : f32[24] @ models/moco_pass.yaml:76:7
%7639 = mul %7624, %7638 : f32[24] @ models/moco_pass.yaml:76:7
%7640 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7641 = cast %7640 : f32[] @ models/moco_pass.yaml:76:7
%7642 = broadcast %7641 : f32[24] @ models/moco_pass.yaml:76:7
%7643 = mul %7625, %7642 : f32[24] @ models/moco_pass.yaml:76:7
%7644 = add %7643, %7639 : f32[24] @ models/moco_pass.yaml:76:7
%7645 = mul %7624, %7624 : f32[24] @ models/moco_pass.yaml:76:7
%7646 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%7647 = cast %7646 : f32[] @ models/moco_pass.yaml:76:7
%7648 = broadcast %7647 : f32[24] @ models/moco_pass.yaml:76:7
%7649 = mul %7645, %7648 : f32[24] @ models/moco_pass.yaml:76:7
%7650 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7651 = cast %7650 : f32[] @ models/moco_pass.yaml:76:7
%7652 = broadcast %7651 : f32[24] @ models/moco_pass.yaml:76:7
%7653 = mul %7626, %7652 : f32[24] @ models/moco_pass.yaml:76:7
%7654 = add %7653, %7649 : f32[24] @ models/moco_pass.yaml:76:7
%7655 = cast %7629 : f64[] @ models/moco_pass.yaml:76:7
%7656 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7657 = pow %7656, %7655 : f64[] @ models/moco_pass.yaml:76:7
%7658 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7659 = sub %7658, %7657 : f64[] @ models/moco_pass.yaml:76:7
%7660 = div %1966, %7659 : f64[] @ models/moco_pass.yaml:76:7
%7661 = cast %7629 : f64[] @ models/moco_pass.yaml:76:7
%7662 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7663 = pow %7662, %7661 : f64[] @ models/moco_pass.yaml:76:7
%7664 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7665 = sub %7664, %7663 : f64[] @ models/moco_pass.yaml:76:7
%7666 = sqrt %7665 : f64[] @ models/moco_pass.yaml:76:7
%7667 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7668 = div %7667, %7666 : f64[] @ models/moco_pass.yaml:76:7
%7669 = sqrt %7654 : f32[24] @ models/moco_pass.yaml:76:7
%7670 = cast %7668 : f32[] @ models/moco_pass.yaml:76:7
%7671 = broadcast %7670 : f32[24] @ models/moco_pass.yaml:76:7
%7672 = mul %7669, %7671 : f32[24] @ models/moco_pass.yaml:76:7
%7673 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%7674 = cast %7673 : f32[] @ models/moco_pass.yaml:76:7
%7675 = broadcast %7674 : f32[24] @ models/moco_pass.yaml:76:7
%7676 = add %7672, %7675 : f32[24] @ models/moco_pass.yaml:76:7
%7677 = div %7644, %7676 : f32[24] @ models/moco_pass.yaml:76:7
%7678 = cast %7660 : f32[] @ models/moco_pass.yaml:76:7
%7679 = broadcast %7678 : f32[24] @ models/moco_pass.yaml:76:7
%7680 = mul %7677, %7679 : f32[24] @ models/moco_pass.yaml:76:7
%7681 = sub %7635, %7680 : f32[24] @ models/moco_pass.yaml:76:7
%7682 = assign %72, %7681 : f32[24] @ models/moco_pass.yaml:76:7
%7683 = assign %7625, %7644 : f32[24] @ models/moco_pass.yaml:76:7
%7684 = assign %7626, %7654 : f32[24] @ models/moco_pass.yaml:76:7
%7685 = assign %7627, %7629 : i64[] @ models/moco_pass.yaml:76:7
%7686 = cast %1968 : f32[] @ models/moco_pass.yaml:76:7
%7687 = broadcast %7686 : f32[24] @ models/moco_pass.yaml:76:7
%7688 = mul %156, %7687 : f32[24] @ models/moco_pass.yaml:76:7
%7689 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7690 = sub %7689, %1968 : f64[] @ models/moco_pass.yaml:76:7
%7691 = cast %7690 : f32[] @ models/moco_pass.yaml:76:7
%7692 = broadcast %7691 : f32[24] @ models/moco_pass.yaml:76:7
%7693 = mul %7681, %7692 : f32[24] @ models/moco_pass.yaml:76:7
%7694 = add %7688, %7693 : f32[24] @ models/moco_pass.yaml:76:7
%7695 = assign %156, %7694 : f32[24] @ models/moco_pass.yaml:76:7
%7696 = all_reduce_sum %2420 : f32[8,24] @ models/lib/nn.yaml:79:7
%7697 = state name="adam_m.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7698 = state name="adam_v.projector.6.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7699 = state name="adam_t.projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7700 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7701 = add %7699, %7700 : i64[] @ models/lib/nn.yaml:79:7
%7702 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%7703 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7704 = sub %7703, %7702 : f64[] @ models/lib/nn.yaml:79:7
%7705 = cast %7704 : f32[] @ models/lib/nn.yaml:79:7
%7706 = broadcast %7705 : f32[8,24] @ models/lib/nn.yaml:79:7
%7707 = mul %73, %7706 : f32[8,24] @ models/lib/nn.yaml:79:7
%7708 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7709 = cast %7708 : f32[] @ models/lib/nn.yaml:79:7
%7710 = broadcast %7709 : f32[8,24] @ models/lib/nn.yaml:79:7
%7711 = mul %7696, %7710 : f32[8,24] @ models/lib/nn.yaml:79:7
%7712 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7713 = cast %7712 : f32[] @ models/lib/nn.yaml:79:7
%7714 = broadcast %7713 : f32[8,24] @ models/lib/nn.yaml:79:7
%7715 = mul %7697, %7714 : f32[8,24] @ models/lib/nn.yaml:79:7
%7716 = add %7715, %7711 : f32[8,24] @ models/lib/nn.yaml:79:7
%7717 = mul %7696, %7696 : f32[8,24] @ models/lib/nn.yaml:79:7
%7718 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7719 = cast %7718 : f32[] @ models/lib/nn.yaml:79:7
%7720 = broadcast %7719 : f32[8,24] @ models/lib/nn.yaml:79:7
%7721 = mul %7717, %7720 : f32[8,24] @ models/lib/nn.yaml:79:7
%7722 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7723 = cast %7722 : f32[] @ models/lib/nn.yaml:79:7
%7724 = broadcast %7723 : f32[8,24] @ models/lib/nn.yaml:79:7
%7725 = mul %7698, %7724 : f32[8,24] @ models/lib/nn.yaml:79:7
%7726 = add %7725, %7721 : f32[8,24] @ models/lib/nn.yaml:79:7
%7727 = cast %7701 : f64[] @ models/lib/nn.yaml:79:7
%7728 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7729 = pow %7728, %7727 : f64[] @ models/lib/nn.yaml:79:7
%7730 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7731 = sub %7730, %7729 : f64[] @ models/lib/nn.yaml:79:7
%7732 = div %1966, %7731 : f64[] @ models/lib/nn.yaml:79:7
%7733 = cast %7701 : f64[] @ models/lib/nn.yaml:79:7
%7734 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7735 = pow %7734, %7733 : f64[] @ models/lib/nn.yaml:79:7
%7736 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7737 = sub %7736, %7735 : f64[] @ models/lib/nn.yaml:79:7
%7738 = sqrt %7737 : f64[] @ models/lib/nn.yaml:79:7
%7739 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7740 = div %7739, %7738 : f64[] @ models/lib/nn.yaml:79:7
%7741 = sqrt %7726 : f32[8,24] @ models/lib/nn.yaml:79:7
%7742 = cast %7740 : f32[] @ models/lib/nn.yaml:79:7
%7743 = broadcast %7742 : f32[8,24] @ models/lib/nn.yaml:79:7
%7744 = mul %7741, %7743 : f32[8,24] @ models/lib/nn.yaml:79:7
%7745 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7746 = cast %7745 : f32[] @ models/lib/nn.yaml:79:7
%7747 = broadcast %7746 : f32[8,24] @ models/lib/nn.yaml:79:7
%7748 = add %7744, %7747 : f32[8,24] @ models/lib/nn.yaml:79:7
%7749 = div %7716, %7748 : f32[8,24] @ models/lib/nn.yaml:79:7
%7750 = cast %7732 : f32[] @ models/lib/nn.yaml:79:7
%7751 = broadcast %7750 : f32[8,24] @ models/lib/nn.yaml:79:7
%7752 = mul %7749, %7751 : f32[8,24] @ models/lib/nn.yaml:79:7
%7753 = sub %7707, %7752 : f32[8,24] @ models/lib/nn.yaml:79:7
%7754 = assign %73, %7753 : f32[8,24] @ models/lib/nn.yaml:79:7
%7755 = assign %7697, %7716 : f32[8,24] @ models/lib/nn.yaml:79:7
%7756 = assign %7698, %7726 : f32[8,24] @ models/lib/nn.yaml:79:7
%7757 = assign %7699, %7701 : i64[] @ models/lib/nn.yaml:79:7
%7758 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%7759 = broadcast %7758 : f32[8,24] @ models/lib/nn.yaml:79:7
%7760 = mul %157, %7759 : f32[8,24] @ models/lib/nn.yaml:79:7
%7761 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7762 = sub %7761, %1968 : f64[] @ models/lib/nn.yaml:79:7
%7763 = cast %7762 : f32[] @ models/lib/nn.yaml:79:7
%7764 = broadcast %7763 : f32[8,24] @ models/lib/nn.yaml:79:7
%7765 = mul %7753, %7764 : f32[8,24] @ models/lib/nn.yaml:79:7
%7766 = add %7760, %7765 : f32[8,24] @ models/lib/nn.yaml:79:7
%7767 = assign %157, %7766 : f32[8,24] @ models/lib/nn.yaml:79:7
%7768 = all_reduce_sum %2392 : f32[24,8] @ models/lib/nn.yaml:79:7
%7769 = state name="adam_m.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%7770 = state name="adam_v.predictor.0.weight" init="zeros" : f32[24,8] @ models/lib/nn.yaml:79:7
%7771 = state name="adam_t.predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7772 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7773 = add %7771, %7772 : i64[] @ models/lib/nn.yaml:79:7
%7774 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%7775 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7776 = sub %7775, %7774 : f64[] @ models/lib/nn.yaml:79:7
%7777 = cast %7776 : f32[] @ models/lib/nn.yaml:79:7
%7778 = broadcast %7777 : f32[24,8] @ models/lib/nn.yaml:79:7
%7779 = mul %74, %7778 : f32[24,8] @ models/lib/nn.yaml:79:7
%7780 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7781 = cast %7780 : f32[] @ models/lib/nn.yaml:79:7
%7782 = broadcast %7781 : f32[24,8] @ models/lib/nn.yaml:79:7
%7783 = mul %7768, %7782 : f32[24,8] @ models/lib/nn.yaml:79:7
%7784 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7785 = cast %7784 : f32[] @ models/lib/nn.yaml:79:7
%7786 = broadcast %7785 : f32[24,8] @ models/lib/nn.yaml:79:7
%7787 = mul %7769, %7786 : f32[24,8] @ models/lib/nn.yaml:79:7
%7788 = add %7787, %7783 : f32[24,8] @ models/lib/nn.yaml:79:7
%7789 = mul %7768, %7768 : f32[24,8] @ models/lib/nn.yaml:79:7
%7790 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%7791 = cast %7790 : f32[] @ models/lib/nn.yaml:79:7
%7792 = broadcast %7791 : f32[24,8] @ models/lib/nn.yaml:79:7
%7793 = mul %7789, %7792 : f32[24,8] @ models/lib/nn.yaml:79:7
%7794 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7795 = cast %7794 : f32[] @ models/lib/nn.yaml:79:7
%7796 = broadcast %7795 : f32[24,8] @ models/lib/nn.yaml:79:7
%7797 = mul %7770, %7796 : f32[24,8] @ models/lib/nn.yaml:79:7
%7798 = add %7797, %7793 : f32[24,8] @ models/lib/nn.yaml:79:7
%7799 = cast %7773 : f64[] @ models/lib/nn.yaml:79:7
%7800 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%7801 = pow %7800, %7799 : f64[] @ models/lib/nn.yaml:79:7
%7802 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7803 = sub %7802, %7801 : f64[] @ models/lib/nn.yaml:79:7
%7804 = div %1966, %7803 : f64[] @ models/lib/nn.yaml:79:7
%7805 = cast %7773 : f64[] @ models/lib/nn.yaml:79:7
%7806 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%7807 = pow %7806, %7805 : f64[] @ models/lib/nn.yaml:79:7
%7808 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7809 = sub %7808, %7807 : f64[] @ models/lib/nn.yaml:79:7
%7810 = sqrt %7809 : f64[] @ models/lib/nn.yaml:79:7
%7811 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7812 = div %7811, %7810 : f64[] @ models/lib/nn.yaml:79:7
%7813 = sqrt %7798 : f32[24,8] @ models/lib/nn.yaml:79:7
%7814 = cast %7812 : f32[] @ models/lib/nn.yaml:79:7
%7815 = broadcast %7814 : f32[24,8] @ models/lib/nn.yaml:79:7
%7816 = mul %7813, %7815 : f32[24,8] @ models/lib/nn.yaml:79:7
%7817 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%7818 = cast %7817 : f32[] @ models/lib/nn.yaml:79:7
%7819 = broadcast %7818 : f32[24,8] @ models/lib/nn.yaml:79:7
%7820 = add %7816, %7819 : f32[24,8] @ models/lib/nn.yaml:79:7
%7821 = div %7788, %7820 : f32[24,8] @ models/lib/nn.yaml:79:7
%7822 = cast %7804 : f32[] @ models/lib/nn.yaml:79:7
%7823 = broadcast %7822 : f32[24,8] @ models/lib/nn.yaml:79:7
%7824 = mul %7821, %7823 : f32[24,8] @ models/lib/nn.yaml:79:7
%7825 = sub %7779, %7824 : f32[24,8] @ models/lib/nn.yaml:79:7
%7826 = assign %74, %7825 : f32[24,8] @ models/lib/nn.yaml:79:7
%7827 = assign %7769, %7788 : f32[24,8] @ models/lib/nn.yaml:79:7
%7828 = assign %7770, %7798 : f32[24,8] @ models/lib/nn.yaml:79:7
%7829 = assign %7771, %7773 : i64[] @ models/lib/nn.yaml:79:7
%7830 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%7831 = broadcast %7830 : f32[24,8] @ models/lib/nn.yaml:79:7
%7832 = mul %158, %7831 : f32[24,8] @ models/lib/nn.yaml:79:7
%7833 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7834 = sub %7833, %1968 : f64[] @ models/lib/nn.yaml:79:7
%7835 = cast %7834 : f32[] @ models/lib/nn.yaml:79:7
%7836 = broadcast %7835 : f32[24,8] @ models/lib/nn.yaml:79:7
%7837 = mul %7825, %7836 : f32[24,8] @ models/lib/nn.yaml:79:7
%7838 = add %7832, %7837 : f32[24,8] @ models/lib/nn.yaml:79:7
%7839 = assign %158, %7838 : f32[24,8] @ models/lib/nn.yaml:79:7
%7840 = all_reduce_sum %2364 : f32[24] @ models/moco_pass.yaml:75:7
%7841 = state name="adam_m.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7842 = state name="adam_v.predictor.1.weight" init="zeros" : f32[24] @ models/moco_pass.yaml:75:7
%7843 = state name="adam_t.predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%7844 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%7845 = add %7843, %7844 : i64[] @ models/moco_pass.yaml:75:7
%7846 = mul %1966, %1967 : f64[] @ models/moco_pass.yaml:75:7
%7847 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7848 = sub %7847, %7846 : f64[] @ models/moco_pass.yaml:75:7
%7849 = cast %7848 : f32[] @ models/moco_pass.yaml:75:7
%7850 = broadcast %7849 : f32[24] @ models/moco_pass.yaml:75:7
%7851 = mul %75, %7850 : f32[24] @ models/moco_pass.yaml:75:7
%7852 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%7853 = cast %7852 : f32[] @ models/moco_pass.yaml:75:7
%7854 = broadcast %7853 : f32[24] @ models/moco_pass.yaml:75:7
%7855 = mul %7840, %7854 : f32[24] @ models/moco_pass.yaml:75:7
%7856 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7857 = cast %7856 : f32[] @ models/moco_pass.yaml:75:7
%7858 = broadcast %7857 : f32[24] @ models/moco_pass.yaml:75:7
%7859 = mul %7841, %7858 : f32[24] @ models/moco_pass.yaml:75:7
%7860 = add %7859, %7855 : f32[24] @ models/moco_pass.yaml:75:7
%7861 = mul %7840, %7840 : f32[24] @ models/moco_pass.yaml:75:7
%7862 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%7863 = cast %7862 : f32[] @ models/moco_pass.yaml:75:7
%7864 = broadcast %7863 : f32[24] @ models/moco_pass.yaml:75:7
%7865 = mul %7861, %7864 : f32[24] @ models/moco_pass.yaml:75:7
%7866 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7867 = cast %7866 : f32[] @ models/moco_pass.yaml:75:7
%7868 = broadcast %7867 : f32[24] @ models/moco_pass.yaml:75:7
%7869 = mul %7842, %7868 : f32[24] @ models/moco_pass.yaml:75:7
%7870 = add %7869, %7865 : f32[24] @ models/moco_pass.yaml:75:7
%7871 = cast %7845 : f64[] @ models/moco_pass.yaml:75:7
%7872 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%7873 = pow %7872, %7871 : f64[] @ models/moco_pass.yaml:75:7
%7874 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7875 = sub %7874, %7873 : f64[] @ models/moco_pass.yaml:75:7
%7876 = div %1966, %7875 : f64[] @ models/moco_pass.yaml:75:7
%7877 = cast %7845 : f64[] @ models/moco_pass.yaml:75:7
%7878 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%7879 = pow %7878, %7877 : f64[] @ models/moco_pass.yaml:75:7
%7880 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7881 = sub %7880, %7879 : f64[] @ models/moco_pass.yaml:75:7
%7882 = sqrt %7881 : f64[] @ models/moco_pass.yaml:75:7
%7883 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7884 = div %7883, %7882 : f64[] @ models/moco_pass.yaml:75:7
%7885 = sqrt %7870 : f32[24] @ models/moco_pass.yaml:75:7
%7886 = cast %7884 : f32[] @ models/moco_pass.yaml:75:7
%7887 = broadcast %7886 : f32[24] @ models/moco_pass.yaml:75:7
%7888 = mul %7885, %7887 : f32[24] @ models/moco_pass.yaml:75:7
%7889 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%7890 = cast %7889 : f32[] @ models/moco_pass.yaml:75:7
%7891 = broadcast %7890 : f32[24] @ models/moco_pass.yaml:75:7
%7892 = add %7888, %7891 : f32[24] @ models/moco_pass.yaml:75:7
%7893 = div %7860, %7892 : f32[24] @ models/moco_pass.yaml:75:7
%7894 = cast %7876 : f32[] @ models/moco_pass.yaml:75:7
%7895 = broadcast %7894 : f32[24] @ models/moco_pass.yaml:75:7
%7896 = mul %7893, %7895 : f32[24] @ models/moco_pass.yaml:75:7
%7897 = sub %7851, %7896 : f32[24] @ models/moco_pass.yaml:75:7
%7898 = assign %75, %7897 : f32[24] @ models/moco_pass.yaml:75:7
%7899 = assign %7841, %7860 : f32[24] @ models/moco_pass.yaml:75:7
%7900 = assign %7842, %7870 : f32[24] @ models/moco_pass.yaml:75:7
%7901 = assign %7843, %7845 : i64[] @ models/moco_pass.yaml:75:7
%7902 = cast %1968 : f32[] @ models/moco_pass.yaml:75:7
%7903 = broadcast %7902 : f32[24] @ models/moco_pass.yaml:75:7
%7904 = mul %159, %7903 : f32[24] @ models/moco_pass.yaml:75:7
%7905 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%7906 = sub %7905, %1968 : f64[] @ models/moco_pass.yaml:75:7
%7907 = cast %7906 : f32[] @ models/moco_pass.yaml:75:7
%7908 = broadcast %7907 : f32[24] @ models/moco_pass.yaml:75:7
%7909 = mul %7897, %7908 : f32[24] @ models/moco_pass.yaml:75:7
%7910 = add %7904, %7909 : f32[24] @ models/moco_pass.yaml:75:7
%7911 = assign %159, %7910 : f32[24] @ models/moco_pass.yaml:75:7
%7912 = all_reduce_sum %2360 : f32[24] @ models/moco_pass.yaml:76:7
%7913 = state name="adam_m.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7914 = state name="adam_v.predictor.1.bias" init="zeros" : f32[24] @ models/moco_pass.yaml:76:7
%7915 = state name="adam_t.predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%7916 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%7917 = add %7915, %7916 : i64[] @ models/moco_pass.yaml:76:7
%7918 = mul %1966, %1967 : f64[] @ models/moco_pass.yaml:76:7
%7919 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7920 = sub %7919, %7918 : f64[] @ models/moco_pass.yaml:76:7
%7921 = cast %7920 : f32[] @ models/moco_pass.yaml:76:7
%7922 = broadcast %7921 : f32[24] @ models/moco_pass.yaml:76:7
%7923 = mul %76, %7922 : f32[24] @ models/moco_pass.yaml:76:7
%7924 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%7925 = cast %7924 : f32[] @ models/moco_pass.yaml:76:7
%7926 = broadcast %7925 : f32[24] @ models/moco_pass.yaml:76:7
%7927 = mul %7912, %7926 : f32[24] @ models/moco_pass.yaml:76:7
%7928 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7929 = cast %7928 : f32[] @ models/moco_pass.yaml:76:7
%7930 = broadcast %7929 : f32[24] @ models/moco_pass.yaml:76:7
%7931 = mul %7913, %7930 : f32[24] @ models/moco_pass.yaml:76:7
%7932 = add %7931, %7927 : f32[24] @ models/moco_pass.yaml:76:7
%7933 = mul %7912, %7912 : f32[24] @ models/moco_pass.yaml:76:7
%7934 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%7935 = cast %7934 : f32[] @ models/moco_pass.yaml:76:7
%7936 = broadcast %7935 : f32[24] @ models/moco_pass.yaml:76:7
%7937 = mul %7933, %7936 : f32[24] @ models/moco_pass.yaml:76:7
%7938 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7939 = cast %7938 : f32[] @ models/moco_pass.yaml:76:7
%7940 = broadcast %7939 : f32[24] @ models/moco_pass.yaml:76:7
%7941 = mul %7914, %7940 : f32[24] @ models/moco_pass.yaml:76:7
%7942 = add %7941, %7937 : f32[24] @ models/moco_pass.yaml:76:7
%7943 = cast %7917 : f64[] @ models/moco_pass.yaml:76:7
%7944 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%7945 = pow %7944, %7943 : f64[] @ models/moco_pass.yaml:76:7
%7946 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7947 = sub %7946, %7945 : f64[] @ models/moco_pass.yaml:76:7
%7948 = div %1966, %7947 : f64[] @ models/moco_pass.yaml:76:7
%7949 = cast %7917 : f64[] @ models/moco_pass.yaml:76:7
%7950 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%7951 = pow %7950, %7949 : f64[] @ models/moco_pass.yaml:76:7
%7952 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7953 = sub %7952, %7951 : f64[] @ models/moco_pass.yaml:76:7
%7954 = sqrt %7953 : f64[] @ models/moco_pass.yaml:76:7
%7955 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7956 = div %7955, %7954 : f64[] @ models/moco_pass.yaml:76:7
%7957 = sqrt %7942 : f32[24] @ models/moco_pass.yaml:76:7
%7958 = cast %7956 : f32[] @ models/moco_pass.yaml:76:7
%7959 = broadcast %7958 : f32[24] @ models/moco_pass.yaml:76:7
%7960 = mul %7957, %7959 : f32[24] @ models/moco_pass.yaml:76:7
%7961 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%7962 = cast %7961 : f32[] @ models/moco_pass.yaml:76:7
%7963 = broadcast %7962 : f32[24] @ models/moco_pass.yaml:76:7
%7964 = add %7960, %7963 : f32[24] @ models/moco_pass.yaml:76:7
%7965 = div %7932, %7964 : f32[24] @ models/moco_pass.yaml:76:7
%7966 = cast %7948 : f32[] @ models/moco_pass.yaml:76:7
%7967 = broadcast %7966 : f32[24] @ models/moco_pass.yaml:76:7
%7968 = mul %7965, %7967 : f32[24] @ models/moco_pass.yaml:76:7
%7969 = sub %7923, %7968 : f32[24] @ models/moco_pass.yaml:76:7
%7970 = assign %76, %7969 : f32[24] @ models/moco_pass.yaml:76:7
%7971 = assign %7913, %7932 : f32[24] @ models/moco_pass.yaml:76:7
%7972 = assign %7914, %7942 : f32[24] @ models/moco_pass.yaml:76:7
%7973 = assign %7915, %7917 : i64[] @ models/moco_pass.yaml:76:7
%7974 = cast %1968 : f32[] @ models/moco_pass.yaml:76:7
%7975 = broadcast %7974 : f32[24] @ models/moco_pass.yaml:76:7
%7976 = mul %160, %7975 : f32[24] @ models/moco_pass.yaml:76:7
%7977 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%7978 = sub %7977, %1968 : f64[] @ models/moco_pass.yaml:76:7
%7979 = cast %7978 : f32[] @ models/moco_pass.yaml:76:7
%7980 = broadcast %7979 : f32[24] @ models/moco_pass.yaml:76:7
%7981 = mul %7969, %7980 : f32[24] @ models/moco_pass.yaml:76:7
%7982 = add %7976, %7981 : f32[24] @ models/moco_pass.yaml:76:7
%7983 = assign %160, %7982 : f32[24] @ models/moco_pass.yaml:76:7
%7984 = all_reduce_sum %2349 : f32[8,24] @ models/lib/nn.yaml:79:7
%7985 = state name="adam_m.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7986 = state name="adam_v.predictor.3.weight" init="zeros" : f32[8,24] @ models/lib/nn.yaml:79:7
%7987 = state name="adam_t.predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%7988 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%7989 = add %7987, %7988 : i64[] @ models/lib/nn.yaml:79:7
%7990 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%7991 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%7992 = sub %7991, %7990 : f64[] @ models/lib/nn.yaml:79:7
%7993 = cast %7992 : f32[] @ models/lib/nn.yaml:79:7
%7994 = broadcast %7993 : f32[8,24] @ models/lib/nn.yaml:79:7
%7995 = mul %77, %7994 : f32[8,24] @ models/lib/nn.yaml:79:7
%7996 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%7997 = cast %7996 : f32[] @ models/lib/nn.yaml:79:7
%7998 = broadcast %7997 : f32[8,24] @ models/lib/nn.yaml:79:7
%7999 = mul %7984, %7998 : f32[8,24] @ models/lib/nn.yaml:79:7
%8000 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8001 = cast %8000 : f32[] @ models/lib/nn.yaml:79:7
%8002 = broadcast %8001 : f32[8,24] @ models/lib/nn.yaml:79:7
%8003 = mul %7985, %8002 : f32[8,24] @ models/lib/nn.yaml:79:7
%8004 = add %8003, %7999 : f32[8,24] @ models/lib/nn.yaml:79:7
%8005 = mul %7984, %7984 : f32[8,24] @ models/lib/nn.yaml:79:7
%8006 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8007 = cast %8006 : f32[] @ models/lib/nn.yaml:79:7
%8008 = broadcast %8007 : f32[8,24] @ models/lib/nn.yaml:79:7
%8009 = mul %8005, %8008 : f32[8,24] @ models/lib/nn.yaml:79:7
%8010 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8011 = cast %8010 : f32[] @ models/lib/nn.yaml:79:7
%8012 = broadcast %8011 : f32[8,24] @ models/lib/nn.yaml:79:7
%8013 = mul %7986, %8012 : f32[8,24] @ models/lib/nn.yaml:79:7
%8014 = add %8013, %8009 : f32[8,24] @ models/lib/nn.yaml:79:7
%8015 = cast %7989 : f64[] @ models/lib/nn.yaml:79:7
%8016 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8017 = pow %8016, %8015 : f64[] @ models/lib/nn.yaml:79:7
%8018 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8019 = sub %8018, %8017 : f64[] @ models/lib/nn.yaml:79:7
%8020 = div %1966, %8019 : f64[] @ models/lib/nn.yaml:79:7
%8021 = cast %7989 : f64[] @ models/lib/nn.yaml:79:7
%8022 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8023 = pow %8022, %8021 : f64[] @ models/lib/nn.yaml:79:7
%8024 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8025 = sub %8024, %8023 : f64[] @ models/lib/nn.yaml:79:7
%8026 = sqrt %8025 : f64[] @ models/lib/nn.yaml:79:7
%8027 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8028 = div %8027, %8026 : f64[] @ models/lib/nn.yaml:79:7
%8029 = sqrt %8014 : f32[8,24] @ models/lib/nn.yaml:79:7
%8030 = cast %8028 : f32[] @ models/lib/nn.yaml:79:7
%8031 = broadcast %8030 : f32[8,24] @ models/lib/nn.yaml:79:7
%8032 = mul %8029, %8031 : f32[8,24] @ models/lib/nn.yaml:79:7
%8033 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8034 = cast %8033 : f32[] @ models/lib/nn.yaml:79:7
%8035 = broadcast %8034 : f32[8,24] @ models/lib/nn.yaml:79:7
%8036 = add %8032, %8035 : f32[8,24] @ models/lib/nn.yaml:79:7
%8037 = div %8004, %8036 : f32[8,24] @ models/lib/nn.yaml:79:7
%8038 = cast %8020 : f32[] @ models/lib/nn.yaml:79:7
%8039 = broadcast %8038 : f32[8,24] @ models/lib/nn.yaml:79:7
%8040 = mul %8037, %8039 : f32[8,24] @ models/lib/nn.yaml:79:7
%8041 = sub %7995, %8040 : f32[8,24] @ models/lib/nn.yaml:79:7
%8042 = assign %77, %8041 : f32[8,24] @ models/lib/nn.yaml:79:7
%8043 = assign %7985, %8004 : f32[8,24] @ models/lib/nn.yaml:79:7
%8044 = assign %7986, %8014 : f32[8,24] @ models/lib/nn.yaml:79:7
%8045 = assign %7987, %7989 : i64[] @ models/lib/nn.yaml:79:7
%8046 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%8047 = broadcast %8046 : f32[8,24] @ models/lib/nn.yaml:79:7
%8048 = mul %161, %8047 : f32[8,24] @ models/lib/nn.yaml:79:7
%8049 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8050 = sub %8049, %1968 : f64[] @ models/lib/nn.yaml:79:7
%8051 = cast %8050 : f32[] @ models/lib/nn.yaml:79:7
%8052 = broadcast %8051 : f32[8,24] @ models/lib/nn.yaml:79:7
%8053 = mul %8041, %8052 : f32[8,24] @ models/lib/nn.yaml:79:7
%8054 = add %8048, %8053 : f32[8,24] @ models/lib/nn.yaml:79:7
%8055 = assign %161, %8054 : f32[8,24] @ models/lib/nn.yaml:79:7
%8056 = all_reduce_sum %2319 : f32[12,16] @ models/lib/nn.yaml:79:7
%8057 = state name="adam_m.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%8058 = state name="adam_v.patch_projector.0.weight" init="zeros" : f32[12,16] @ models/lib/nn.yaml:79:7
%8059 = state name="adam_t.patch_projector.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8060 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8061 = add %8059, %8060 : i64[] @ models/lib/nn.yaml:79:7
%8062 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%8063 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8064 = sub %8063, %8062 : f64[] @ models/lib/nn.yaml:79:7
%8065 = cast %8064 : f32[] @ models/lib/nn.yaml:79:7
%8066 = broadcast %8065 : f32[12,16] @ models/lib/nn.yaml:79:7
%8067 = mul %78, %8066 : f32[12,16] @ models/lib/nn.yaml:79:7
%8068 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8069 = cast %8068 : f32[] @ models/lib/nn.yaml:79:7
%8070 = broadcast %8069 : f32[12,16] @ models/lib/nn.yaml:79:7
%8071 = mul %8056, %8070 : f32[12,16] @ models/lib/nn.yaml:79:7
%8072 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8073 = cast %8072 : f32[] @ models/lib/nn.yaml:79:7
%8074 = broadcast %8073 : f32[12,16] @ models/lib/nn.yaml:79:7
%8075 = mul %8057, %8074 : f32[12,16] @ models/lib/nn.yaml:79:7
%8076 = add %8075, %8071 : f32[12,16] @ models/lib/nn.yaml:79:7
%8077 = mul %8056, %8056 : f32[12,16] @ models/lib/nn.yaml:79:7
%8078 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8079 = cast %8078 : f32[] @ models/lib/nn.yaml:79:7
%8080 = broadcast %8079 : f32[12,16] @ models/lib/nn.yaml:79:7
%8081 = mul %8077, %8080 : f32[12,16] @ models/lib/nn.yaml:79:7
%8082 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8083 = cast %8082 : f32[] @ models/lib/nn.yaml:79:7
%8084 = broadcast %8083 : f32[12,16] @ models/lib/nn.yaml:79:7
%8085 = mul %8058, %8084 : f32[12,16] @ models/lib/nn.yaml:79:7
%8086 = add %8085, %8081 : f32[12,16] @ models/lib/nn.yaml:79:7
%8087 = cast %8061 : f64[] @ models/lib/nn.yaml:79:7
%8088 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8089 = pow %8088, %8087 : f64[] @ models/lib/nn.yaml:79:7
%8090 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8091 = sub %8090, %8089 : f64[] @ models/lib/nn.yaml:79:7
%8092 = div %1966, %8091 : f64[] @ models/lib/nn.yaml:79:7
%8093 = cast %8061 : f64[] @ models/lib/nn.yaml:79:7
%8094 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8095 = pow %8094, %8093 : f64[] @ models/lib/nn.yaml:79:7
%8096 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8097 = sub %8096, %8095 : f64[] @ models/lib/nn.yaml:79:7
%8098 = sqrt %8097 : f64[] @ models/lib/nn.yaml:79:7
%8099 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8100 = div %8099, %8098 : f64[] @ models/lib/nn.yaml:79:7
%8101 = sqrt %8086 : f32[12,16] @ models/lib/nn.yaml:79:7
%8102 = cast %8100 : f32[] @ models/lib/nn.yaml:79:7
%8103 = broadcast %8102 : f32[12,16] @ models/lib/nn.yaml:79:7
%8104 = mul %8101, %8103 : f32[12,16] @ models/lib/nn.yaml:79:7
%8105 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8106 = cast %8105 : f32[] @ models/lib/nn.yaml:79:7
%8107 = broadcast %8106 : f32[12,16] @ models/lib/nn.yaml:79:7
%8108 = add %8104, %8107 : f32[12,16] @ models/lib/nn.yaml:79:7
%8109 = div %8076, %8108 : f32[12,16] @ models/lib/nn.yaml:79:7
%8110 = cast %8092 : f32[] @ models/lib/nn.yaml:79:7
%8111 = broadcast %8110 : f32[12,16] @ models/lib/nn.yaml:79:7
%8112 = mul %8109, %8111 : f32[12,16] @ models/lib/nn.yaml:79:7
%8113 = sub %8067, %8112 : f32[12,16] @ models/lib/nn.yaml:79:7
%8114 = assign %78, %8113 : f32[12,16] @ models/lib/nn.yaml:79:7
%8115 = assign %8057, %8076 : f32[12,16] @ models/lib/nn.yaml:79:7
%8116 = assign %8058, %8086 : f32[12,16] @ models/lib/nn.yaml:79:7
%8117 = assign %8059, %8061 : i64[] @ models/lib/nn.yaml:79:7
%8118 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%8119 = broadcast %8118 : f32[12,16] @ models/lib/nn.yaml:79:7
%8120 = mul %162, %8119 : f32[12,16] @ models/lib/nn.yaml:79:7
%8121 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8122 = sub %8121, %1968 : f64[] @ models/lib/nn.yaml:79:7
%8123 = cast %8122 : f32[] @ models/lib/nn.yaml:79:7
%8124 = broadcast %8123 : f32[12,16] @ models/lib/nn.yaml:79:7
%8125 = mul %8113, %8124 : f32[12,16] @ models/lib/nn.yaml:79:7
%8126 = add %8120, %8125 : f32[12,16] @ models/lib/nn.yaml:79:7
%8127 = assign %162, %8126 : f32[12,16] @ models/lib/nn.yaml:79:7
%8128 = all_reduce_sum %2291 : f32[12] @ models/moco_pass.yaml:75:7
%8129 = state name="adam_m.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8130 = state name="adam_v.patch_projector.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8131 = state name="adam_t.patch_projector.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%8132 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%8133 = add %8131, %8132 : i64[] @ models/moco_pass.yaml:75:7
%8134 = mul %1966, %1967 : f64[] @ models/moco_pass.yaml:75:7
%8135 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8136 = sub %8135, %8134 : f64[] @ models/moco_pass.yaml:75:7
%8137 = cast %8136 : f32[] @ models/moco_pass.yaml:75:7
%8138 = broadcast %8137 : f32[12] @ models/moco_pass.yaml:75:7
%8139 = mul %79, %8138 : f32[12] @ models/moco_pass.yaml:75:7
%8140 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%8141 = cast %8140 : f32[] @ models/moco_pass.yaml:75:7
%8142 = broadcast %8141 : f32[12] @ models/moco_pass.yaml:75:7
%8143 = mul %8128, %8142 : f32[12] @ models/moco_pass.yaml:75:7
%8144 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8145 = cast %8144 : f32[] @ models/moco_pass.yaml:75:7
%8146 = broadcast %8145 : f32[12] @ models/moco_pass.yaml:75:7
%8147 = mul %8129, %8146 : f32[12] @ models/moco_pass.yaml:75:7
%8148 = add %8147, %8143 : f32[12] @ models/moco_pass.yaml:75:7
%8149 = mul %8128, %8128 : f32[12] @ models/moco_pass.yaml:75:7
%8150 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%8151 = cast %8150 : f32[] @ models/moco_pass.yaml:75:7
%8152 = broadcast %8151 : f32[12] @ models/moco_pass.yaml:75:7
%8153 = mul %8149, %8152 : f32[12] @ models/moco_pass.yaml:75:7
%8154 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8155 = cast %8154 : f32[] @ models/moco_pass.yaml:75:7
%8156 = broadcast %8155 : f32[12] @ models/moco_pass.yaml:75:7
%8157 = mul %8130, %8156 : f32[12] @ models/moco_pass.yaml:75:7
%8158 = add %8157, %8153 : f32[12] @ models/moco_pass.yaml:75:7
%8159 = cast %8133 : f64[] @ models/moco_pass.yaml:75:7
%8160 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8161 = pow %8160, %8159 : f64[] @ models/moco_pass.yaml:75:7
%8162 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8163 = sub %8162, %8161 : f64[] @ models/moco_pass.yaml:75:7
%8164 = div %1966, %8163 : f64[] @ models/moco_pass.yaml:75:7
%8165 = cast %8133 : f64[] @ models/moco_pass.yaml:75:7
%8166 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8167 = pow %8166, %8165 : f64[] @ models/moco_pass.yaml:75:7
%8168 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8169 = sub %8168, %8167 : f64[] @ models/moco_pass.yaml:75:7
%8170 = sqrt %8169 : f64[] @ models/moco_pass.yaml:75:7
%8171 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8172 = div %8171, %8170 : f64[] @ models/moco_pass.yaml:75:7
%8173 = sqrt %8158 : f32[12] @ models/moco_pass.yaml:75:7
%8174 = cast %8172 : f32[] @ models/moco_pass.yaml:75:7
%8175 = broadcast %8174 : f32[12] @ models/moco_pass.yaml:75:7
%8176 = mul %8173, %8175 : f32[12] @ models/moco_pass.yaml:75:7
%8177 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%8178 = cast %8177 : f32[] @ models/moco_pass.yaml:75:7
%8179 = broadcast %8178 : f32[12] @ models/moco_pass.yaml:75:7
%8180 = add %8176, %8179 : f32[12] @ models/moco_pass.yaml:75:7
%8181 = div %8148, %8180 : f32[12] @ models/moco_pass.yaml:75:7
%8182 = cast %8164 : f32[] @ models/moco_pass.yaml:75:7
%8183 = broadcast %8182 : f32[12] @ models/moco_pass.yaml:75:7
%8184 = mul %8181, %8183 : f32[12] @ models/moco_pass.yaml:75:7
%8185 = sub %8139, %8184 : f32[12] @ models/moco_pass.yaml:75:7
%8186 = assign %79, %8185 : f32[12] @ models/moco_pass.yaml:75:7
%8187 = assign %8129, %8148 : f32[12] @ models/moco_pass.yaml:75:7
%8188 = assign %8130, %8158 : f32[12] @ models/moco_pass.yaml:75:7
%8189 = assign %8131, %8133 : i64[] @ models/moco_pass.yaml:75:7
%8190 = cast %1968 : f32[] @ models/moco_pass.yaml:75:7
%8191 = broadcast %8190 : f32[12] @ models/moco_pass.yaml:75:7
%8192 = mul %163, %8191 : f32[12] @ models/moco_pass.yaml:75:7
%8193 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8194 = sub %8193, %1968 : f64[] @ models/moco_pass.yaml:75:7
%8195 = cast %8194 : f32[] @ models/moco_pass.yaml:75:7
%8196 = broadcast %8195 : f32[12] @ models/moco_pass.yaml:75:7
%8197 = mul %8185, %8196 : f32[12] @ models/moco_pass.yaml:75:7
%8198 = add %8192, %8197 : f32[12] @ models/moco_pass.yaml:75:7
%8199 = assign %163, %8198 : f32[12] @ models/moco_pass.yaml:75:7
%8200 = all_reduce_sum %2287 : f32[12] @ models/moco_pass.yaml:76:7
%8201 = state name="adam_m.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8202 = state name="adam_v.patch_projector.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8203 = state name="adam_t.patch_projector.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%8204 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%8205 = add %8203, %8204 : i64[] @ models/moco_pass.yaml:76:7
%8206 = mul %1966, %1967 : f64[] @ models/moco_pass.yaml:76:7
%8207 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8208 = sub %8207, %8206 : f64[] @ models/moco_pass.yaml:76:7
%8209 = cast %8208 : f32[] @ models/moco_pass.yaml:76:7
%8210 = broadcast %8209 : f32[12] @ models/moco_pass.yaml:76:7
%8211 = mul %80, %8210 : f32[12] @ models/moco_pass.yaml:76:7
%8212 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%8213 = cast %8212 : f32[] @ models/moco_pass.yaml:76:7
%8214 = broadcast %8213 : f32[12] @ models/moco_pass.yaml:76:7
%8215 = mul %8200, %8214 : f32[12] @ models/moco_pass.yaml:76:7
%8216 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8217 = cast %8216 : f32[] @ models/moco_pass.yaml:76:7
%8218 = broadcast %8217 : f32[12] @ models/moco_pass.yaml:76:7
%8219 = mul %8201, %8218 : f32[12] @ models/moco_pass.yaml:76:7
%8220 = add %8219, %8215 : f32[12] @ models/moco_pass.yaml:76:7
%8221 = mul %8200, %8200 : f32[12] @ models/moco_pass.yaml:76:7
%8222 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%8223 = cast %8222 : f32[] @ models/moco_pass.yaml:76:7
%8224 = broadcast %8223 : f32[12] @ models/moco_pass.yaml:76:7
%8225 = mul %8221, %8224 : f32[12] @ models/moco_pass.yaml:76:7
%8226 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8227 = cast %8226 : f32[] @ models/moco_pass.yaml:76:7
%8228 = broadcast %8227 : f32[12] @ models/moco_pass.yaml:76:7
%8229 = mul %8202, %8228 : f32[12] @ models/moco_pass.yaml:76:7
%8230 = add %8229, %8225 : f32[12] @ models/moco_pass.yaml:76:7
%8231 = cast %8205 : f64[] @ models/moco_pass.yaml:76:7
%8232 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8233 = pow %8232, %8231 : f64[] @ models/moco_pass.yaml:76:7
%8234 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8235 = sub %8234, %8233 : f64[] @ models/moco_pass.yaml:76:7
%8236 = div %1966, %8235 : f64[] @ models/moco_pass.yaml:76:7
%8237 = cast %8205 : f64[] @ models/moco_pass.yaml:76:7
%8238 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8239 = pow %8238, %8237 : f64[] @ models/moco_pass.yaml:76:7
%8240 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8241 = sub %8240, %8239 : f64[] @ models/moco_pass.yaml:76:7
%8242 = sqrt %8241 : f64[] @ models/moco_pass.yaml:76:7
%8243 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8244 = div %8243, %8242 : f64[] @ models/moco_pass.yaml:76:7
%8245 = sqrt %8230 : f32[12] @ models/moco_pass.yaml:76:7
%8246 = cast %8244 : f32[] @ models/moco_pass.yaml:76:7
%8247 = broadcast %8246 : f32[12] @ models/moco_pass.yaml:76:7
%8248 = mul %8245, %8247 : f32[12] @ models/moco_pass.yaml:76:7
%8249 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%8250 = cast %8249 : f32[] @ models/moco_pass.yaml:76:7
%8251 = broadcast %8250 : f32[12] @ models/moco_pass.yaml:76:7
%8252 = add %8248, %8251 : f32[12] @ models/moco_pass.yaml:76:7
%8253 = div %8220, %8252 : f32[12] @ models/moco_pass.yaml:76:7
%8254 = cast %8236 : f32[] @ models/moco_pass.yaml:76:7
%8255 = broadcast %8254 : f32[12] @ models/moco_pass.yaml:76:7
%8256 = mul %8253, %8255 : f32[12] @ models/moco_pass.yaml:76:7
%8257 = sub %8211, %8256 : f32[12] @ models/moco_pass.yaml:76:7
%8258 = assign %80, %8257 : f32[12] @ models/moco_pass.yaml:76:7
%8259 = assign %8201, %8220 : f32[12] @ models/moco_pass.yaml:76:7
%8260 = assign %8202, %8230 : f32[12] @ models/moco_pass.yaml:76:7
%8261 = assign %8203, %8205 : i64[] @ models/moco_pass.yaml:76:7
%8262 = cast %1968 : f32[] @ models/moco_pass.yaml:76:7
%8263 = broadcast %8262 : f32[12] @ models/moco_pass.yaml:76:7
%8264 = mul %164, %8263 : f32[12] @ models/moco_pass.yaml:76:7
%8265 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8266 = sub %8265, %1968 : f64[] @ models/moco_pass.yaml:76:7
%8267 = cast %8266 : f32[] @ models/moco_pass.yaml:76:7
%8268 = broadcast %8267 : f32[12] @ models/moco_pass.yaml:76:7
%8269 = mul %8257, %8268 : f32[12] @ models/moco_pass.yaml:76:7
%8270 = add %8264, %8269 : f32[12] @ models/moco_pass.yaml:76:7
%8271 = assign %164, %8270 : f32[12] @ models/moco_pass.yaml:76:7
%8272 = all_reduce_sum %2276 : f32[12,12] @ models/lib/nn.yaml:79:7
%8273 = state name="adam_m.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%8274 = state name="adam_v.patch_projector.3.weight" init="zeros" : f32[12,12] @ models/lib/nn.yaml:79:7
%8275 = state name="adam_t.patch_projector.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8276 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8277 = add %8275, %8276 : i64[] @ models/lib/nn.yaml:79:7
%8278 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%8279 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8280 = sub %8279, %8278 : f64[] @ models/lib/nn.yaml:79:7
%8281 = cast %8280 : f32[] @ models/lib/nn.yaml:79:7
%8282 = broadcast %8281 : f32[12,12] @ models/lib/nn.yaml:79:7
%8283 = mul %81, %8282 : f32[12,12] @ models/lib/nn.yaml:79:7
%8284 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8285 = cast %8284 : f32[] @ models/lib/nn.yaml:79:7
%8286 = broadcast %8285 : f32[12,12] @ models/lib/nn.yaml:79:7
%8287 = mul %8272, %8286 : f32[12,12] @ models/lib/nn.yaml:79:7
%8288 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8289 = cast %8288 : f32[] @ models/lib/nn.yaml:79:7
%8290 = broadcast %8289 : f32[12,12] @ models/lib/nn.yaml:79:7
%8291 = mul %8273, %8290 : f32[12,12] @ models/lib/nn.yaml:79:7
%8292 = add %8291, %8287 : f32[12,12] @ models/lib/nn.yaml:79:7
%8293 = mul %8272, %8272 : f32[12,12] @ models/lib/nn.yaml:79:7
%8294 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8295 = cast %8294 : f32[] @ models/lib/nn.yaml:79:7
%8296 = broadcast %8295 : f32[12,12] @ models/lib/nn.yaml:79:7
%8297 = mul %8293, %8296 : f32[12,12] @ models/lib/nn.yaml:79:7
%8298 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8299 = cast %8298 : f32[] @ models/lib/nn.yaml:79:7
%8300 = broadcast %8299 : f32[12,12] @ models/lib/nn.yaml:79:7
%8301 = mul %8274, %8300 : f32[12,12] @ models/lib/nn.yaml:79:7
%8302 = add %8301, %8297 : f32[12,12] @ models/lib/nn.yaml:79:7
%8303 = cast %8277 : f64[] @ models/lib/nn.yaml:79:7
%8304 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8305 = pow %8304, %8303 : f64[] @ models/lib/nn.yaml:79:7
%8306 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8307 = sub %8306, %8305 : f64[] @ models/lib/nn.yaml:79:7
%8308 = div %1966, %8307 : f64[] @ models/lib/nn.yaml:79:7
%8309 = cast %8277 : f64[] @ models/lib/nn.yaml:79:7
%8310 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8311 = pow %8310, %8309 : f64[] @ models/lib/nn.yaml:79:7
%8312 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8313 = sub %8312, %8311 : f64[] @ models/lib/nn.yaml:79:7
%8314 = sqrt %8313 : f64[] @ models/lib/nn.yaml:79:7
%8315 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8316 = div %8315, %8314 : f64[] @ models/lib/nn.yaml:79:7
%8317 = sqrt %8302 : f32[12,12] @ models/lib/nn.yaml:79:7
%8318 = cast %8316 : f32[] @ models/lib/nn.yaml:79:7
%8319 = broadcast %8318 : f32[12,12] @ models/lib/nn.yaml:79:7
%8320 = mul %8317, %8319 : f32[12,12] @ models/lib/nn.yaml:79:7
%8321 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8322 = cast %8321 : f32[] @ models/lib/nn.yaml:79:7
%8323 = broadcast %8322 : f32[12,12] @ models/lib/nn.yaml:79:7
%8324 = add %8320, %8323 : f32[12,12] @ models/lib/nn.yaml:79:7
%8325 = div %8292, %8324 : f32[12,12] @ models/lib/nn.yaml:79:7
%8326 = cast %8308 : f32[] @ models/lib/nn.yaml:79:7
%8327 = broadcast %8326 : f32[12,12] @ models/lib/nn.yaml:79:7
%8328 = mul %8325, %8327 : f32[12,12] @ models/lib/nn.yaml:79:7
%8329 = sub %8283, %8328 : f32[12,12] @ models/lib/nn.yaml:79:7
%8330 = assign %81, %8329 : f32[12,12] @ models/lib/nn.yaml:79:7
%8331 = assign %8273, %8292 : f32[12,12] @ models/lib/nn.yaml:79:7
%8332 = assign %8274, %8302 : f32[12,12] @ models/lib/nn.yaml:79:7
%8333 = assign %8275, %8277 : i64[] @ models/lib/nn.yaml:79:7
%8334 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%8335 = broadcast %8334 : f32[12,12] @ models/lib/nn.yaml:79:7
%8336 = mul %165, %8335 : f32[12,12] @ models/lib/nn.yaml:79:7
%8337 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8338 = sub %8337, %1968 : f64[] @ models/lib/nn.yaml:79:7
%8339 = cast %8338 : f32[] @ models/lib/nn.yaml:79:7
%8340 = broadcast %8339 : f32[12,12] @ models/lib/nn.yaml:79:7
%8341 = mul %8329, %8340 : f32[12,12] @ models/lib/nn.yaml:79:7
%8342 = add %8336, %8341 : f32[12,12] @ models/lib/nn.yaml:79:7
%8343 = assign %165, %8342 : f32[12,12] @ models/lib/nn.yaml:79:7
%8344 = all_reduce_sum %2248 : f32[12] @ models/moco_pass.yaml:75:7
%8345 = state name="adam_m.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8346 = state name="adam_v.patch_projector.4.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8347 = state name="adam_t.patch_projector.4.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%8348 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%8349 = add %8347, %8348 : i64[] @ models/moco_pass.yaml:75:7
%8350 = mul %1966, %1967 : f64[] @ models/moco_pass.yaml:75:7
%8351 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8352 = sub %8351, %8350 : f64[] @ models/moco_pass.yaml:75:7
%8353 = cast %8352 : f32[] @ models/moco_pass.yaml:75:7
%8354 = broadcast %8353 : f32[12] @ models/moco_pass.yaml:75:7
%8355 = mul %82, %8354 : f32[12] @ models/moco_pass.yaml:75:7
%8356 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%8357 = cast %8356 : f32[] @ models/moco_pass.yaml:75:7
%8358 = broadcast %8357 : f32[12] @ models/moco_pass.yaml:75:7
%8359 = mul %8344, %8358 : f32[12] @ models/moco_pass.yaml:75:7
%8360 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8361 = cast %8360 : f32[] @ models/moco_pass.yaml:75:7
%8362 = broadcast %8361 : f32[12] @ models/moco_pass.yaml:75:7
%8363 = mul %8345, %8362 : f32[12] @ models/moco_pass.yaml:75:7
%8364 = add %8363, %8359 : f32[12] @ models/moco_pass.yaml:75:7
%8365 = mul %8344, %8344 : f32[12] @ models/moco_pass.yaml:75:7
%8366 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%8367 = cast %8366 : f32[] @ models/moco_pass.yaml:75:7
%8368 = broadcast %8367 : f32[12] @ models/moco_pass.yaml:75:7
%8369 = mul %8365, %8368 : f32[12] @ models/moco_pass.yaml:75:7
%8370 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8371 = cast %8370 : f32[] @ models/moco_pass.yaml:75:7
%8372 = broadcast %8371 : f32[12] @ models/moco_pass.yaml:75:7
%8373 = mul %8346, %8372 : f32[12] @ models/moco_pass.yaml:75:7
%8374 = add %8373, %8369 : f32[12] @ models/moco_pass.yaml:75:7
%8375 = cast %8349 : f64[] @ models/moco_pass.yaml:75:7
%8376 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8377 = pow %8376, %8375 : f64[] @ models/moco_pass.yaml:75:7
%8378 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8379 = sub %8378, %8377 : f64[] @ models/moco_pass.yaml:75:7
%8380 = div %1966, %8379 : f64[] @ models/moco_pass.yaml:75:7
%8381 = cast %8349 : f64[] @ models/moco_pass.yaml:75:7
%8382 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8383 = pow %8382, %8381 : f64[] @ models/moco_pass.yaml:75:7
%8384 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8385 = sub %8384, %8383 : f64[] @ models/moco_pass.yaml:75:7
%8386 = sqrt %8385 : f64[] @ models/moco_pass.yaml:75:7
%8387 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8388 = div %8387, %8386 : f64[] @ models/moco_pass.yaml:75:7
%8389 = sqrt %8374 : f32[12] @ models/moco_pass.yaml:75:7
%8390 = cast %8388 : f32[] @ models/moco_pass.yaml:75:7
%8391 = broadcast %8390 : f32[12] @ models/moco_pass.yaml:75:7
%8392 = mul %8389, %8391 : f32[12] @ models/moco_pass.yaml:75:7
%8393 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%8394 = cast %8393 : f32[] @ models/moco_pass.yaml:75:7
%8395 = broadcast %8394 : f32[12] @ models/moco_pass.yaml:75:7
%8396 = add %8392, %8395 : f32[12] @ models/moco_pass.yaml:75:7
%8397 = div %8364, %8396 : f32[12] @ models/moco_pass.yaml:75:7
%8398 = cast %8380 : f32[] @ models/moco_pass.yaml:75:7
%8399 = broadcast %8398 : f32[12] @ models/moco_pass.yaml:75:7
%8400 = mul %8397, %8399 : f32[12] @ models/moco_pass.yaml:75:7
%8401 = sub %8355, %8400 : f32[12] @ models/moco_pass.yaml:75:7
%8402 = assign %82, %8401 : f32[12] @ models/moco_pass.yaml:75:7
%8403 = assign %8345, %8364 : f32[12] @ models/moco_pass.yaml:75:7
%8404 = assign %8346, %8374 : f32[12] @ models/moco_pass.yaml:75:7
%8405 = assign %8347, %8349 : i64[] @ models/moco_pass.yaml:75:7
%8406 = cast %1968 : f32[] @ models/moco_pass.yaml:75:7
%8407 = broadcast %8406 : f32[12] @ models/moco_pass.yaml:75:7
%8408 = mul %166, %8407 : f32[12] @ models/moco_pass.yaml:75:7
%8409 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8410 = sub %8409, %1968 : f64[] @ models/moco_pass.yaml:75:7
%8411 = cast %8410 : f32[] @ models/moco_pass.yaml:75:7
%8412 = broadcast %8411 : f32[12] @ models/moco_pass.yaml:75:7
%8413 = mul %8401, %8412 : f32[12] @ models/moco_pass.yaml:75:7
%8414 = add %8408, %8413 : f32[12] @ models/moco_pass.yaml:75:7
%8415 = assign %166, %8414 : f32[12] @ models/moco_pass.yaml:75:7
%8416 = all_reduce_sum %2244 : f32[12] @ models/moco_pass.yaml:76:7
%8417 = state name="adam_m.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8418 = state name="adam_v.patch_projector.4.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8419 = state name="adam_t.patch_projector.4.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%8420 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%8421 = add %8419, %8420 : i64[] @ models/moco_pass.yaml:76:7
%8422 = mul %1966, %1967 : f64[] @ models/moco_pass.yaml:76:7
%8423 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8424 = sub %8423, %8422 : f64[] @ models/moco_pass.yaml:76:7
%8425 = cast %8424 : f32[] @ models/moco_pass.yaml:76:7
%8426 = broadcast %8425 : f32[12] @ models/moco_pass.yaml:76:7
%8427 = mul %83, %8426 : f32[12] @ models/moco_pass.yaml:76:7
%8428 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%8429 = cast %8428 : f32[] @ models/moco_pass.yaml:76:7
%8430 = broadcast %8429 : f32[12] @ models/moco_pass.yaml:76:7
%8431 = mul %8416, %8430 : f32[12] @ models/moco_pass.yaml:76:7
%8432 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8433 = cast %8432 : f32[] @ models/moco_pass.yaml:76:7
%8434 = broadcast %8433 : f32[12] @ models/moco_pass.yaml:76:7
%8435 = mul %8417, %8434 : f32[12] @ models/moco_pass.yaml:76:7
%8436 = add %8435, %8431 : f32[12] @ models/moco_pass.yaml:76:7
%8437 = mul %8416, %8416 : f32[12] @ models/moco_pass.yaml:76:7
%8438 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%8439 = cast %8438 : f32[] @ models/moco_pass.yaml:76:7
%8440 = broadcast %8439 : f32[12] @ models/moco_pass.yaml:76:7
%8441 = mul %8437, %8440 : f32[12] @ models/moco_pass.yaml:76:7
%8442 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8443 = cast %8442 : f32[] @ models/moco_pass.yaml:76:7
%8444 = broadcast %8443 : f32[12] @ models/moco_pass.yaml:76:7
%8445 = mul %8418, %8444 : f32[12] @ models/moco_pass.yaml:76:7
%8446 = add %8445, %8441 : f32[12] @ models/moco_pass.yaml:76:7
%8447 = cast %8421 : f64[] @ models/moco_pass.yaml:76:7
%8448 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8449 = pow %8448, %8447 : f64[] @ models/moco_pass.yaml:76:7
%8450 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8451 = sub %8450, %8449 : f64[] @ models/moco_pass.yaml:76:7
%8452 = div %1966, %8451 : f64[] @ models/moco_pass.yaml:76:7
%8453 = cast %8421 : f64[] @ models/moco_pass.yaml:76:7
%8454 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8455 = pow %8454, %8453 : f64[] @ models/moco_pass.yaml:76:7
%8456 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8457 = sub %8456, %8455 : f64[] @ models/moco_pass.yaml:76:7
%8458 = sqrt %8457 : f64[] @ models/moco_pass.yaml:76:7
%8459 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8460 = div %8459, %8458 : f64[] @ models/moco_pass.yaml:76:7
%8461 = sqrt %8446 : f32[12] @ models/moco_pass.yaml:76:7
%8462 = cast %8460 : f32[] @ models/moco_pass.yaml:76:7
%8463 = broadcast %8462 : f32[12] @ models/moco_pass.yaml:76:7
%8464 = mul %8461, %8463 : f32[12] @ models/moco_pass.yaml:76:7
%8465 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%8466 = cast %8465 : f32[] @ models/moco_pass.yaml:76:7
%8467 = broadcast %8466 : f32[12] @ models/moco_pass.yaml:76:7
%8468 = add %8464, %8467 : f32[12] @ models/moco_pass.yaml:76:7
%8469 = div %8436, %8468 : f32[12] @ models/moco_pass.yaml:76:7
%8470 = cast %8452 : f32[] @ models/moco_pass.yaml:76:7
%8471 = broadcast %8470 : f32[12] @ models/moco_pass.yaml:76:7
%8472 = mul %8469, %8471 : f32[12] @ models/moco_pass.yaml:76:7
%8473 = sub %8427, %8472 : f32[12] @ models/moco_pass.yaml:76:7
%8474 = assign %83, %8473 : f32[12] @ models/moco_pass.yaml:76:7
%8475 = assign %8417, %8436 : f32[12] @ models/moco_pass.yaml:76:7
%8476 = assign %8418, %8446 : f32[12] @ models/moco_pass.yaml:76:7
%8477 = assign %8419, %8421 : i64[] @ models/moco_pass.yaml:76:7
%8478 = cast %1968 : f32[] @ models/moco_pass.yaml:76:7
%8479 = broadcast %8478 : f32[12] @ models/moco_pass.yaml:76:7
%8480 = mul %167, %8479 : f32[12] @ models/moco_pass.yaml:76:7
%8481 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8482 = sub %8481, %1968 : f64[] @ models/moco_pass.yaml:76:7
%8483 = cast %8482 : f32[] @ models/moco_pass.yaml:76:7
%8484 = broadcast %8483 : f32[12] @ models/moco_pass.yaml:76:7
%8485 = mul %8473, %8484 : f32[12] @ models/moco_pass.yaml:76:7
%8486 = add %8480, %8485 : f32[12] @ models/moco_pass.yaml:76:7
%8487 = assign %167, %8486 : f32[12] @ models/moco_pass.yaml:76:7
%8488 = all_reduce_sum %2233 : f32[6,12] @ models/lib/nn.yaml:79:7
%8489 = state name="adam_m.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%8490 = state name="adam_v.patch_projector.6.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%8491 = state name="adam_t.patch_projector.6.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8492 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8493 = add %8491, %8492 : i64[] @ models/lib/nn.yaml:79:7
%8494 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%8495 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8496 = sub %8495, %8494 : f64[] @ models/lib/nn.yaml:79:7
%8497 = cast %8496 : f32[] @ models/lib/nn.yaml:79:7
%8498 = broadcast %8497 : f32[6,12] @ models/lib/nn.yaml:79:7
%8499 = mul %84, %8498 : f32[6,12] @ models/lib/nn.yaml:79:7
%8500 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8501 = cast %8500 : f32[] @ models/lib/nn.yaml:79:7
%8502 = broadcast %8501 : f32[6,12] @ models/lib/nn.yaml:79:7
%8503 = mul %8488, %8502 : f32[6,12] @ models/lib/nn.yaml:79:7
%8504 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8505 = cast %8504 : f32[] @ models/lib/nn.yaml:79:7
%8506 = broadcast %8505 : f32[6,12] @ models/lib/nn.yaml:79:7
%8507 = mul %8489, %8506 : f32[6,12] @ models/lib/nn.yaml:79:7
%8508 = add %8507, %8503 : f32[6,12] @ models/lib/nn.yaml:79:7
%8509 = mul %8488, %8488 : f32[6,12] @ models/lib/nn.yaml:79:7
%8510 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8511 = cast %8510 : f32[] @ models/lib/nn.yaml:79:7
%8512 = broadcast %8511 : f32[6,12] @ models/lib/nn.yaml:79:7
%8513 = mul %8509, %8512 : f32[6,12] @ models/lib/nn.yaml:79:7
%8514 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8515 = cast %8514 : f32[] @ models/lib/nn.yaml:79:7
%8516 = broadcast %8515 : f32[6,12] @ models/lib/nn.yaml:79:7
%8517 = mul %8490, %8516 : f32[6,12] @ models/lib/nn.yaml:79:7
%8518 = add %8517, %8513 : f32[6,12] @ models/lib/nn.yaml:79:7
%8519 = cast %8493 : f64[] @ models/lib/nn.yaml:79:7
%8520 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8521 = pow %8520, %8519 : f64[] @ models/lib/nn.yaml:79:7
%8522 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8523 = sub %8522, %8521 : f64[] @ models/lib/nn.yaml:79:7
%8524 = div %1966, %8523 : f64[] @ models/lib/nn.yaml:79:7
%8525 = cast %8493 : f64[] @ models/lib/nn.yaml:79:7
%8526 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8527 = pow %8526, %8525 : f64[] @ models/lib/nn.yaml:79:7
%8528 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8529 = sub %8528, %8527 : f64[] @ models/lib/nn.yaml:79:7
%8530 = sqrt %8529 : f64[] @ models/lib/nn.yaml:79:7
%8531 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8532 = div %8531, %8530 : f64[] @ models/lib/nn.yaml:79:7
%8533 = sqrt %8518 : f32[6,12] @ models/lib/nn.yaml:79:7
%8534 = cast %8532 : f32[] @ models/lib/nn.yaml:79:7
%8535 = broadcast %8534 : f32[6,12] @ models/lib/nn.yaml:79:7
%8536 = mul %8533, %8535 : f32[6,12] @ models/lib/nn.yaml:79:7
%8537 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8538 = cast %8537 : f32[] @ models/lib/nn.yaml:79:7
%8539 = broadcast %8538 : f32[6,12] @ models/lib/nn.yaml:79:7
%8540 = add %8536, %8539 : f32[6,12] @ models/lib/nn.yaml:79:7
%8541 = div %8508, %8540 : f32[6,12] @ models/lib/nn.yaml:79:7
%8542 = cast %8524 : f32[] @ models/lib/nn.yaml:79:7
%8543 = broadcast %8542 : f32[6,12] @ models/lib/nn.yaml:79:7
%8544 = mul %8541, %8543 : f32[6,12] @ models/lib/nn.yaml:79:7
%8545 = sub %8499, %8544 : f32[6,12] @ models/lib/nn.yaml:79:7
%8546 = assign %84, %8545 : f32[6,12] @ models/lib/nn.yaml:79:7
%8547 = assign %8489, %8508 : f32[6,12] @ models/lib/nn.yaml:79:7
%8548 = assign %8490, %8518 : f32[6,12] @ models/lib/nn.yaml:79:7
%8549 = assign %8491, %8493 : i64[] @ models/lib/nn.yaml:79:7
%8550 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%8551 = broadcast %8550 : f32[6,12] @ models/lib/nn.yaml:79:7
%8552 = mul %168, %8551 : f32[6,12] @ models/lib/nn.yaml:79:7
%8553 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8554 = sub %8553, %1968 : f64[] @ models/lib/nn.yaml:79:7
%8555 = cast %8554 : f32[] @ models/lib/nn.yaml:79:7
%8556 = broadcast %8555 : f32[6,12] @ models/lib/nn.yaml:79:7
%8557 = mul %8545, %8556 : f32[6,12] @ models/lib/nn.yaml:79:7
%8558 = add %8552, %8557 : f32[6,12] @ models/lib/nn.yaml:79:7
%8559 = assign %168, %8558 : f32[6,12] @ models/lib/nn.yaml:79:7
%8560 = all_reduce_sum %2205 : f32[12,6] @ models/lib/nn.yaml:79:7
%8561 = state name="adam_m.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%8562 = state name="adam_v.patch_predictor.0.weight" init="zeros" : f32[12,6] @ models/lib/nn.yaml:79:7
%8563 = state name="adam_t.patch_predictor.0.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8564 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8565 = add %8563, %8564 : i64[] @ models/lib/nn.yaml:79:7
%8566 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%8567 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8568 = sub %8567, %8566 : f64[] @ models/lib/nn.yaml:79:7
%8569 = cast %8568 : f32[] @ models/lib/nn.yaml:79:7
%8570 = broadcast %8569 : f32[12,6] @ models/lib/nn.yaml:79:7
%8571 = mul %85, %8570 : f32[12,6] @ models/lib/nn.yaml:79:7
%8572 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8573 = cast %8572 : f32[] @ models/lib/nn.yaml:79:7
%8574 = broadcast %8573 : f32[12,6] @ models/lib/nn.yaml:79:7
%8575 = mul %8560, %8574 : f32[12,6] @ models/lib/nn.yaml:79:7
%8576 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8577 = cast %8576 : f32[] @ models/lib/nn.yaml:79:7
%8578 = broadcast %8577 : f32[12,6] @ models/lib/nn.yaml:79:7
%8579 = mul %8561, %8578 : f32[12,6] @ models/lib/nn.yaml:79:7
%8580 = add %8579, %8575 : f32[12,6] @ models/lib/nn.yaml:79:7
%8581 = mul %8560, %8560 : f32[12,6] @ models/lib/nn.yaml:79:7
%8582 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8583 = cast %8582 : f32[] @ models/lib/nn.yaml:79:7
%8584 = broadcast %8583 : f32[12,6] @ models/lib/nn.yaml:79:7
%8585 = mul %8581, %8584 : f32[12,6] @ models/lib/nn.yaml:79:7
%8586 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8587 = cast %8586 : f32[] @ models/lib/nn.yaml:79:7
%8588 = broadcast %8587 : f32[12,6] @ models/lib/nn.yaml:79:7
%8589 = mul %8562, %8588 : f32[12,6] @ models/lib/nn.yaml:79:7
%8590 = add %8589, %8585 : f32[12,6] @ models/lib/nn.yaml:79:7
%8591 = cast %8565 : f64[] @ models/lib/nn.yaml:79:7
%8592 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8593 = pow %8592, %8591 : f64[] @ models/lib/nn.yaml:79:7
%8594 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8595 = sub %8594, %8593 : f64[] @ models/lib/nn.yaml:79:7
%8596 = div %1966, %8595 : f64[] @ models/lib/nn.yaml:79:7
%8597 = cast %8565 : f64[] @ models/lib/nn.yaml:79:7
%8598 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8599 = pow %8598, %8597 : f64[] @ models/lib/nn.yaml:79:7
%8600 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8601 = sub %8600, %8599 : f64[] @ models/lib/nn.yaml:79:7
%8602 = sqrt %8601 : f64[] @ models/lib/nn.yaml:79:7
%8603 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8604 = div %8603, %8602 : f64[] @ models/lib/nn.yaml:79:7
%8605 = sqrt %8590 : f32[12,6] @ models/lib/nn.yaml:79:7
%8606 = cast %8604 : f32[] @ models/lib/nn.yaml:79:7
%8607 = broadcast %8606 : f32[12,6] @ models/lib/nn.yaml:79:7
%8608 = mul %8605, %8607 : f32[12,6] @ models/lib/nn.yaml:79:7
%8609 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8610 = cast %8609 : f32[] @ models/lib/nn.yaml:79:7
%8611 = broadcast %8610 : f32[12,6] @ models/lib/nn.yaml:79:7
%8612 = add %8608, %8611 : f32[12,6] @ models/lib/nn.yaml:79:7
%8613 = div %8580, %8612 : f32[12,6] @ models/lib/nn.yaml:79:7
%8614 = cast %8596 : f32[] @ models/lib/nn.yaml:79:7
%8615 = broadcast %8614 : f32[12,6] @ models/lib/nn.yaml:79:7
%8616 = mul %8613, %8615 : f32[12,6] @ models/lib/nn.yaml:79:7
%8617 = sub %8571, %8616 : f32[12,6] @ models/lib/nn.yaml:79:7
%8618 = assign %85, %8617 : f32[12,6] @ models/lib/nn.yaml:79:7
%8619 = assign %8561, %8580 : f32[12,6] @ models/lib/nn.yaml:79:7
%8620 = assign %8562, %8590 : f32[12,6] @ models/lib/nn.yaml:79:7
%8621 = assign %8563, %8565 : i64[] @ models/lib/nn.yaml:79:7
%8622 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%8623 = broadcast %8622 : f32[12,6] @ models/lib/nn.yaml:79:7
%8624 = mul %169, %8623 : f32[12,6] @ models/lib/nn.yaml:79:7
%8625 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8626 = sub %8625, %1968 : f64[] @ models/lib/nn.yaml:79:7
%8627 = cast %8626 : f32[] @ models/lib/nn.yaml:79:7
%8628 = broadcast %8627 : f32[12,6] @ models/lib/nn.yaml:79:7
%8629 = mul %8617, %8628 : f32[12,6] @ models/lib/nn.yaml:79:7
%8630 = add %8624, %8629 : f32[12,6] @ models/lib/nn.yaml:79:7
%8631 = assign %169, %8630 : f32[12,6] @ models/lib/nn.yaml:79:7
%8632 = all_reduce_sum %2177 : f32[12] @ models/moco_pass.yaml:75:7
%8633 = state name="adam_m.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8634 = state name="adam_v.patch_predictor.1.weight" init="zeros" : f32[12] @ models/moco_pass.yaml:75:7
%8635 = state name="adam_t.patch_predictor.1.weight" init="zeros" : i64[] @ models/moco_pass.yaml:75:7
%8636 = const data=[1] : i64[] @ models/moco_pass.yaml:75:7
%8637 = add %8635, %8636 : i64[] @ models/moco_pass.yaml:75:7
%8638 = mul %1966, %1967 : f64[] @ models/moco_pass.yaml:75:7
%8639 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8640 = sub %8639, %8638 : f64[] @ models/moco_pass.yaml:75:7
%8641 = cast %8640 : f32[] @ models/moco_pass.yaml:75:7
%8642 = broadcast %8641 : f32[12] @ models/moco_pass.yaml:75:7
%8643 = mul %86, %8642 : f32[12] @ models/moco_pass.yaml:75:7
%8644 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:75:7
%8645 = cast %8644 : f32[] @ models/moco_pass.yaml:75:7
%8646 = broadcast %8645 : f32[12] @ models/moco_pass.yaml:75:7
%8647 = mul %8632, %8646 : f32[12] @ models/moco_pass.yaml:75:7
%8648 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8649 = cast %8648 : f32[] @ models/moco_pass.yaml:75:7
%8650 = broadcast %8649 : f32[12] @ models/moco_pass.yaml:75:7
%8651 = mul %8633, %8650 : f32[12] @ models/moco_pass.yaml:75:7
%8652 = add %8651, %8647 : f32[12] @ models/moco_pass.yaml:75:7
%8653 = mul %8632, %8632 : f32[12] @ models/moco_pass.yaml:75:7
%8654 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:75:7
%8655 = cast %8654 : f32[] @ models/moco_pass.yaml:75:7
%8656 = broadcast %8655 : f32[12] @ models/moco_pass.yaml:75:7
%8657 = mul %8653, %8656 : f32[12] @ models/moco_pass.yaml:75:7
%8658 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8659 = cast %8658 : f32[] @ models/moco_pass.yaml:75:7
%8660 = broadcast %8659 : f32[12] @ models/moco_pass.yaml:75:7
%8661 = mul %8634, %8660 : f32[12] @ models/moco_pass.yaml:75:7
%8662 = add %8661, %8657 : f32[12] @ models/moco_pass.yaml:75:7
%8663 = cast %8637 : f64[] @ models/moco_pass.yaml:75:7
%8664 = const data=[0.9] : f64[] @ models/moco_pass.yaml:75:7
%8665 = pow %8664, %8663 : f64[] @ models/moco_pass.yaml:75:7
%8666 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8667 = sub %8666, %8665 : f64[] @ models/moco_pass.yaml:75:7
%8668 = div %1966, %8667 : f64[] @ models/moco_pass.yaml:75:7
%8669 = cast %8637 : f64[] @ models/moco_pass.yaml:75:7
%8670 = const data=[0.999] : f64[] @ models/moco_pass.yaml:75:7
%8671 = pow %8670, %8669 : f64[] @ models/moco_pass.yaml:75:7
%8672 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8673 = sub %8672, %8671 : f64[] @ models/moco_pass.yaml:75:7
%8674 = sqrt %8673 : f64[] @ models/moco_pass.yaml:75:7
%8675 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8676 = div %8675, %8674 : f64[] @ models/moco_pass.yaml:75:7
%8677 = sqrt %8662 : f32[12] @ models/moco_pass.yaml:75:7
%8678 = cast %8676 : f32[] @ models/moco_pass.yaml:75:7
%8679 = broadcast %8678 : f32[12] @ models/moco_pass.yaml:75:7
%8680 = mul %8677, %8679 : f32[12] @ models/moco_pass.yaml:75:7
%8681 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:75:7
%8682 = cast %8681 : f32[] @ models/moco_pass.yaml:75:7
%8683 = broadcast %8682 : f32[12] @ models/moco_pass.yaml:75:7
%8684 = add %8680, %8683 : f32[12] @ models/moco_pass.yaml:75:7
%8685 = div %8652, %8684 : f32[12] @ models/moco_pass.yaml:75:7
%8686 = cast %8668 : f32[] @ models/moco_pass.yaml:75:7
%8687 = broadcast %8686 : f32[12] @ models/moco_pass.yaml:75:7
%8688 = mul %8685, %8687 : f32[12] @ models/moco_pass.yaml:75:7
%8689 = sub %8643, %8688 : f32[12] @ models/moco_pass.yaml:75:7
%8690 = assign %86, %8689 : f32[12] @ models/moco_pass.yaml:75:7
%8691 = assign %8633, %8652 : f32[12] @ models/moco_pass.yaml:75:7
%8692 = assign %8634, %8662 : f32[12] @ models/moco_pass.yaml:75:7
%8693 = assign %8635, %8637 : i64[] @ models/moco_pass.yaml:75:7
%8694 = cast %1968 : f32[] @ models/moco_pass.yaml:75:7
%8695 = broadcast %8694 : f32[12] @ models/moco_pass.yaml:75:7
%8696 = mul %170, %8695 : f32[12] @ models/moco_pass.yaml:75:7
%8697 = const data=[1] : f64[] @ models/moco_pass.yaml:75:7
%8698 = sub %8697, %1968 : f64[] @ models/moco_pass.yaml:75:7
%8699 = cast %8698 : f32[] @ models/moco_pass.yaml:75:7
%8700 = broadcast %8699 : f32[12] @ models/moco_pass.yaml:75:7
%8701 = mul %8689, %8700 : f32[12] @ models/moco_pass.yaml:75:7
%8702 = add %8696, %8701 : f32[12] @ models/moco_pass.yaml:75:7
%8703 = assign %170, %8702 : f32[12] @ models/moco_pass.yaml:75:7
%8704 = all_reduce_sum %2173 : f32[12] @ models/moco_pass.yaml:76:7
%8705 = state name="adam_m.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8706 = state name="adam_v.patch_predictor.1.bias" init="zeros" : f32[12] @ models/moco_pass.yaml:76:7
%8707 = state name="adam_t.patch_predictor.1.bias" init="zeros" : i64[] @ models/moco_pass.yaml:76:7
%8708 = const data=[1] : i64[] @ models/moco_pass.yaml:76:7
%8709 = add %8707, %8708 : i64[] @ models/moco_pass.yaml:76:7
%8710 = mul %1966, %1967 : f64[] @ models/moco_pass.yaml:76:7
%8711 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8712 = sub %8711, %8710 : f64[] @ models/moco_pass.yaml:76:7
%8713 = cast %8712 : f32[] @ models/moco_pass.yaml:76:7
%8714 = broadcast %8713 : f32[12] @ models/moco_pass.yaml:76:7
%8715 = mul %87, %8714 : f32[12] @ models/moco_pass.yaml:76:7
%8716 = const data=[0.09999999999999998] : f64[] @ models/moco_pass.yaml:76:7
%8717 = cast %8716 : f32[] @ models/moco_pass.yaml:76:7
%8718 = broadcast %8717 : f32[12] @ models/moco_pass.yaml:76:7
%8719 = mul %8704, %8718 : f32[12] @ models/moco_pass.yaml:76:7
%8720 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8721 = cast %8720 : f32[] @ models/moco_pass.yaml:76:7
%8722 = broadcast %8721 : f32[12] @ models/moco_pass.yaml:76:7
%8723 = mul %8705, %8722 : f32[12] @ models/moco_pass.yaml:76:7
%8724 = add %8723, %8719 : f32[12] @ models/moco_pass.yaml:76:7
%8725 = mul %8704, %8704 : f32[12] @ models/moco_pass.yaml:76:7
%8726 = const data=[0.0010000000000000009] : f64[] @ models/moco_pass.yaml:76:7
%8727 = cast %8726 : f32[] @ models/moco_pass.yaml:76:7
%8728 = broadcast %8727 : f32[12] @ models/moco_pass.yaml:76:7
%8729 = mul %8725, %8728 : f32[12] @ models/moco_pass.yaml:76:7
%8730 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8731 = cast %8730 : f32[] @ models/moco_pass.yaml:76:7
%8732 = broadcast %8731 : f32[12] @ models/moco_pass.yaml:76:7
%8733 = mul %8706, %8732 : f32[12] @ models/moco_pass.yaml:76:7
%8734 = add %8733, %8729 : f32[12] @ models/moco_pass.yaml:76:7
%8735 = cast %8709 : f64[] @ models/moco_pass.yaml:76:7
%8736 = const data=[0.9] : f64[] @ models/moco_pass.yaml:76:7
%8737 = pow %8736, %8735 : f64[] @ models/moco_pass.yaml:76:7
%8738 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8739 = sub %8738, %8737 : f64[] @ models/moco_pass.yaml:76:7
%8740 = div %1966, %8739 : f64[] @ models/moco_pass.yaml:76:7
%8741 = cast %8709 : f64[] @ models/moco_pass.yaml:76:7
%8742 = const data=[0.999] : f64[] @ models/moco_pass.yaml:76:7
%8743 = pow %8742, %8741 : f64[] @ models/moco_pass.yaml:76:7
%8744 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8745 = sub %8744, %8743 : f64[] @ models/moco_pass.yaml:76:7
%8746 = sqrt %8745 : f64[] @ models/moco_pass.yaml:76:7
%8747 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8748 = div %8747, %8746 : f64[] @ models/moco_pass.yaml:76:7
%8749 = sqrt %8734 : f32[12] @ models/moco_pass.yaml:76:7
%8750 = cast %8748 : f32[] @ models/moco_pass.yaml:76:7
%8751 = broadcast %8750 : f32[12] @ models/moco_pass.yaml:76:7
%8752 = mul %8749, %8751 : f32[12] @ models/moco_pass.yaml:76:7
%8753 = const data=[1e-08] : f64[] @ models/moco_pass.yaml:76:7
%8754 = cast %8753 : f32[] @ models/moco_pass.yaml:76:7
%8755 = broadcast %8754 : f32[12] @ models/moco_pass.yaml:76:7
%8756 = add %8752, %8755 : f32[12] @ models/moco_pass.yaml:76:7
%8757 = div %8724, %8756 : f32[12] @ models/moco_pass.yaml:76:7
%8758 = cast %8740 : f32[] @ models/moco_pass.yaml:76:7
%8759 = broadcast %8758 : f32[12] @ models/moco_pass.yaml:76:7
%8760 = mul %8757, %8759 : f32[12] @ models/moco_pass.yaml:76:7
%8761 = sub %8715, %8760 : f32[12] @ models/moco_pass.yaml:76:7
%8762 = assign %87, %8761 : f32[12] @ models/moco_pass.yaml:76:7
%8763 = assign %8705, %8724 : f32[12] @ models/moco_pass.yaml:76:7
%8764 = assign %8706, %8734 : f32[12] @ models/moco_pass.yaml:76:7
%8765 = assign %8707, %8709 : i64[] @ models/moco_pass.yaml:76:7
%8766 = cast %1968 : f32[] @ models/moco_pass.yaml:76:7
%8767 = broadcast %8766 : f32[12] @ models/moco_pass.yaml:76:7
%8768 = mul %171, %8767 : f32[12] @ models/moco_pass.yaml:76:7
%8769 = const data=[1] : f64[] @ models/moco_pass.yaml:76:7
%8770 = sub %8769, %1968 : f64[] @ models/moco_pass.yaml:76:7
%8771 = cast %8770 : f32[] @ models/moco_pass.yaml:76:7
%8772 = broadcast %8771 : f32[12] @ models/moco_pass.yaml:76:7
%8773 = mul %8761, %8772 : f32[12] @ models/moco_pass.yaml:76:7
%8774 = add %8768, %8773 : f32[12] @ models/moco_pass.yaml:76:7
%8775 = assign %171, %8774 : f32[12] @ models/moco_pass.yaml:76:7
%8776 = all_reduce_sum %2162 : f32[6,12] @ models/lib/nn.yaml:79:7
%8777 = state name="adam_m.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%8778 = state name="adam_v.patch_predictor.3.weight" init="zeros" : f32[6,12] @ models/lib/nn.yaml:79:7
%8779 = state name="adam_t.patch_predictor.3.weight" init="zeros" : i64[] @ models/lib/nn.yaml:79:7
%8780 = const data=[1] : i64[] @ models/lib/nn.yaml:79:7
%8781 = add %8779, %8780 : i64[] @ models/lib/nn.yaml:79:7
%8782 = mul %1966, %1967 : f64[] @ models/lib/nn.yaml:79:7
%8783 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8784 = sub %8783, %8782 : f64[] @ models/lib/nn.yaml:79:7
%8785 = cast %8784 : f32[] @ models/lib/nn.yaml:79:7
%8786 = broadcast %8785 : f32[6,12] @ models/lib/nn.yaml:79:7
%8787 = mul %88, %8786 : f32[6,12] @ models/lib/nn.yaml:79:7
%8788 = const data=[0.09999999999999998] : f64[] @ models/lib/nn.yaml:79:7
%8789 = cast %8788 : f32[] @ models/lib/nn.yaml:79:7
%8790 = broadcast %8789 : f32[6,12] @ models/lib/nn.yaml:79:7
%8791 = mul %8776, %8790 : f32[6,12] @ models/lib/nn.yaml:79:7
%8792 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8793 = cast %8792 : f32[] @ models/lib/nn.yaml:79:7
%8794 = broadcast %8793 : f32[6,12] @ models/lib/nn.yaml:79:7
%8795 = mul %8777, %8794 : f32[6,12] @ models/lib/nn.yaml:79:7
%8796 = add %8795, %8791 : f32[6,12] @ models/lib/nn.yaml:79:7
%8797 = mul %8776, %8776 : f32[6,12] @ models/lib/nn.yaml:79:7
%8798 = const data=[0.0010000000000000009] : f64[] @ models/lib/nn.yaml:79:7
%8799 = cast %8798 : f32[] @ models/lib/nn.yaml:79:7
%8800 = broadcast %8799 : f32[6,12] @ models/lib/nn.yaml:79:7
%8801 = mul %8797, %8800 : f32[6,12] @ models/lib/nn.yaml:79:7
%8802 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8803 = cast %8802 : f32[] @ models/lib/nn.yaml:79:7
%8804 = broadcast %8803 : f32[6,12] @ models/lib/nn.yaml:79:7
%8805 = mul %8778, %8804 : f32[6,12] @ models/lib/nn.yaml:79:7
%8806 = add %8805, %8801 : f32[6,12] @ models/lib/nn.yaml:79:7
%8807 = cast %8781 : f64[] @ models/lib/nn.yaml:79:7
%8808 = const data=[0.9] : f64[] @ models/lib/nn.yaml:79:7
%8809 = pow %8808, %8807 : f64[] @ models/lib/nn.yaml:79:7
%8810 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8811 = sub %8810, %8809 : f64[] @ models/lib/nn.yaml:79:7
%8812 = div %1966, %8811 : f64[] @ models/lib/nn.yaml:79:7
%8813 = cast %8781 : f64[] @ models/lib/nn.yaml:79:7
%8814 = const data=[0.999] : f64[] @ models/lib/nn.yaml:79:7
%8815 = pow %8814, %8813 : f64[] @ models/lib/nn.yaml:79:7
%8816 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8817 = sub %8816, %8815 : f64[] @ models/lib/nn.yaml:79:7
%8818 = sqrt %8817 : f64[] @ models/lib/nn.yaml:79:7
%8819 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8820 = div %8819, %8818 : f64[] @ models/lib/nn.yaml:79:7
%8821 = sqrt %8806 : f32[6,12] @ models/lib/nn.yaml:79:7
%8822 = cast %8820 : f32[] @ models/lib/nn.yaml:79:7
%8823 = broadcast %8822 : f32[6,12] @ models/lib/nn.yaml:79:7
%8824 = mul %8821, %8823 : f32[6,12] @ models/lib/nn.yaml:79:7
%8825 = const data=[1e-08] : f64[] @ models/lib/nn.yaml:79:7
%8826 = cast %8825 : f32[] @ models/lib/nn.yaml:79:7
%8827 = broadcast %8826 : f32[6,12] @ models/lib/nn.yaml:79:7
%8828 = add %8824, %8827 : f32[6,12] @ models/lib/nn.yaml:79:7
%8829 = div %8796, %8828 : f32[6,12] @ models/lib/nn.yaml:79:7
%8830 = cast %8812 : f32[] @ models/lib/nn.yaml:79:7
%8831 = broadcast %8830 : f32[6,12] @ models/lib/nn.yaml:79:7
%8832 = mul %8829, %8831 : f32[6,12] @ models/lib/nn.yaml:79:7
%8833 = sub %8787, %8832 : f32[6,12] @ models/lib/nn.yaml:79:7
%8834 = assign %88, %8833 : f32[6,12] @ models/lib/nn.yaml:79:7
%8835 = assign %8777, %8796 : f32[6,12] @ models/lib/nn.yaml:79:7
%8836 = assign %8778, %8806 : f32[6,12] @ models/lib/nn.yaml:79:7
%8837 = assign %8779, %8781 : i64[] @ models/lib/nn.yaml:79:7
%8838 = cast %1968 : f32[] @ models/lib/nn.yaml:79:7
%8839 = broadcast %8838 : f32[6,12] @ models/lib/nn.yaml:79:7
%8840 = mul %172, %8839 : f32[6,12] @ models/lib/nn.yaml:79:7
%8841 = const data=[1] : f64[] @ models/lib/nn.yaml:79:7
%8842 = sub %8841, %1968 : f64[] @ models/lib/nn.yaml:79:7
%8843 = cast %8842 : f32[] @ models/lib/nn.yaml:79:7
%8844 = broadcast %8843 : f32[6,12] @ models/lib/nn.yaml:79:7
%8845 = mul %8833, %8844 : f32[6,12] @ models/lib/nn.yaml:79:7
%8846 = add %8840, %8845 : f32[6,12] @ models/lib/nn.yaml:79:7
%8847 = assign %172, %8846 : f32[6,12] @ models/lib/nn.yaml:79:7
%8848 = const data=[inf] : f32[] @ models/moco_pass.yaml:170:3
%8849 = abs %1964 : f32[] @ models/moco_pass.yaml:170:3
%8850 = lt %8849, %8848 : bool[] @ models/moco_pass.yaml:170:3
%8851 = output %8850 name="finite" : bool[] @ models/moco_pass.yaml:170:3
