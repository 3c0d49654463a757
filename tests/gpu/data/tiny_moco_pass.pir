graph "models/tiny_moco_pass.yaml"
%1 = input name="crops.global" : f32[6,3,16,16] @ models/moco_pass.yaml:147:3
%2 = param name="backbone.pos_embed" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,16,16] @ models/lib/vit.yaml:48:7
%3 = param name="backbone.patch_embed.proj.weight" init="uniform_fan_in(48)" tags=[] frozen_epochs=0 : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%4 = param name="backbone.patch_embed.proj.bias" init="uniform_fan_in(48)" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/vit.yaml:10:7
%5 = param name="backbone.blocks.0.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%6 = param name="backbone.blocks.0.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%7 = param name="backbone.blocks.0.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[48,16] @ models/lib/nn.yaml:79:7
%8 = param name="backbone.blocks.0.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[48] @ models/lib/nn.yaml:80:7
%9 = param name="backbone.blocks.0.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%10 = param name="backbone.blocks.0.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%11 = param name="backbone.blocks.0.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%12 = param name="backbone.blocks.0.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%13 = param name="backbone.blocks.0.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%14 = param name="backbone.blocks.0.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%15 = param name="backbone.blocks.0.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%16 = param name="backbone.blocks.0.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%17 = param name="backbone.blocks.1.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%18 = param name="backbone.blocks.1.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%19 = param name="backbone.blocks.1.attn.qkv.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[48,16] @ models/lib/nn.yaml:79:7
%20 = param name="backbone.blocks.1.attn.qkv.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[48] @ models/lib/nn.yaml:80:7
%21 = param name="backbone.blocks.1.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%22 = param name="backbone.blocks.1.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%23 = param name="backbone.blocks.1.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%24 = param name="backbone.blocks.1.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%25 = param name="backbone.blocks.1.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%26 = param name="backbone.blocks.1.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%27 = param name="backbone.blocks.1.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%28 = param name="backbone.blocks.1.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%29 = param name="ca_head.cls_token" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[1,1,16] @ models/lib/vit.yaml:103:7
%30 = param name="ca_head.cls_blocks.0.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%31 = param name="ca_head.cls_blocks.0.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%32 = param name="ca_head.cls_blocks.0.attn.q.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%33 = param name="ca_head.cls_blocks.0.attn.q.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%34 = param name="ca_head.cls_blocks.0.attn.k.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%35 = param name="ca_head.cls_blocks.0.attn.k.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%36 = param name="ca_head.cls_blocks.0.attn.v.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%37 = param name="ca_head.cls_blocks.0.attn.v.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%38 = param name="ca_head.cls_blocks.0.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%39 = param name="ca_head.cls_blocks.0.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%40 = param name="ca_head.cls_blocks.0.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%41 = param name="ca_head.cls_blocks.0.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%42 = param name="ca_head.cls_blocks.0.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%43 = param name="ca_head.cls_blocks.0.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%44 = param name="ca_head.cls_blocks.0.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%45 = param name="ca_head.cls_blocks.0.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%46 = param name="ca_head.cls_blocks.1.norm1.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%47 = param name="ca_head.cls_blocks.1.norm1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%48 = param name="ca_head.cls_blocks.1.attn.q.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%49 = param name="ca_head.cls_blocks.1.attn.q.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%50 = param name="ca_head.cls_blocks.1.attn.k.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%51 = param name="ca_head.cls_blocks.1.attn.k.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%52 = param name="ca_head.cls_blocks.1.attn.v.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%53 = param name="ca_head.cls_blocks.1.attn.v.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%54 = param name="ca_head.cls_blocks.1.attn.proj.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,16] @ models/lib/nn.yaml:79:7
%55 = param name="ca_head.cls_blocks.1.attn.proj.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%56 = param name="ca_head.cls_blocks.1.norm2.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%57 = param name="ca_head.cls_blocks.1.norm2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%58 = param name="ca_head.cls_blocks.1.mlp.fc1.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[64,16] @ models/lib/nn.yaml:79:7
%59 = param name="ca_head.cls_blocks.1.mlp.fc1.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[64] @ models/lib/nn.yaml:80:7
%60 = param name="ca_head.cls_blocks.1.mlp.fc2.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[16,64] @ models/lib/nn.yaml:79:7
%61 = param name="ca_head.cls_blocks.1.mlp.fc2.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:80:7
%62 = param name="ca_head.norm.weight" init="ones" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:89:7
%63 = param name="ca_head.norm.bias" init="zeros" tags=[no_weight_decay] frozen_epochs=0 : f32[16] @ models/lib/nn.yaml:90:7
%64 = param name="projector.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,16] @ models/lib/nn.yaml:79:7
%65 = param name="projector.1.weight" init="ones" tags=[] frozen_epochs=0 : f32[24] @ models/moco_pass.yaml:75:7
%66 = param name="projector.1.bias" init="zeros" tags=[] frozen_epochs=0 : f32[24] @ models/moco_pass.yaml:76:7
%67 = param name="projector.3.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,24] @ models/lib/nn.yaml:79:7
%68 = param name="projector.4.weight" init="ones" tags=[] frozen_epochs=0 : f32[24] @ models/moco_pass.yaml:75:7
%69 = param name="projector.4.bias" init="zeros" tags=[] frozen_epochs=0 : f32[24] @ models/moco_pass.yaml:76:7
%70 = param name="projector.6.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[8,24] @ models/lib/nn.yaml:79:7
%71 = param name="predictor.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[24,8] @ models/lib/nn.yaml:79:7
%72 = param name="predictor.1.weight" init="ones" tags=[] frozen_epochs=0 : f32[24] @ models/moco_pass.yaml:75:7
%73 = param name="predictor.1.bias" init="zeros" tags=[] frozen_epochs=0 : f32[24] @ models/moco_pass.yaml:76:7
%74 = param name="predictor.3.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[8,24] @ models/lib/nn.yaml:79:7
%75 = param name="patch_projector.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[12,16] @ models/lib/nn.yaml:79:7
%76 = param name="patch_projector.1.weight" init="ones" tags=[] frozen_epochs=0 : f32[12] @ models/moco_pass.yaml:75:7
%77 = param name="patch_projector.1.bias" init="zeros" tags=[] frozen_epochs=0 : f32[12] @ models/moco_pass.yaml:76:7
%78 = param name="patch_projector.3.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[12,12] @ models/lib/nn.yaml:79:7
%79 = param name="patch_projector.4.weight" init="ones" tags=[] frozen_epochs=0 : f32[12] @ models/moco_pass.yaml:75:7
%80 = param name="patch_projector.4.bias" init="zeros" tags=[] frozen_epochs=0 : f32[12] @ models/moco_pass.yaml:76:7
%81 = param name="patch_projector.6.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[6,12] @ models/lib/nn.yaml:79:7
%82 = param name="patch_predictor.0.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[12,6] @ models/lib/nn.yaml:79:7
%83 = param name="patch_predictor.1.weight" init="ones" tags=[] frozen_epochs=0 : f32[12] @ models/moco_pass.yaml:75:7
%84 = param name="patch_predictor.1.bias" init="zeros" tags=[] frozen_epochs=0 : f32[12] @ models/moco_pass.yaml:76:7
%85 = param name="patch_predictor.3.weight" init="trunc_normal(0.02)" tags=[] frozen_epochs=0 : f32[6,12] @ models/lib/nn.yaml:79:7
%86 = state name="teacher.backbone.pos_embed" init="copy(backbone.pos_embed)" : f32[1,16,16] @ models/lib/vit.yaml:48:7
%87 = state name="teacher.backbone.patch_embed.proj.weight" init="copy(backbone.patch_embed.proj.weight)" : f32[16,3,4,4] @ models/lib/vit.yaml:9:7
%88 = state name="teacher.backbone.patch_embed.proj.bias" init="copy(backbone.patch_embed.proj.bias)" : f32[16] @ models/lib/vit.yaml:10:7
%89 = state name="teacher.backbone.blocks.0.norm1.weight" init="copy(backbone.blocks.0.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%90 = state name="teacher.backbone.blocks.0.norm1.bias" init="copy(backbone.blocks.0.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%91 = state name="teacher.backbone.blocks.0.attn.qkv.weight" init="copy(backbone.blocks.0.attn.qkv.weight)" : f32[48,16] @ models/lib/nn.yaml:79:7
%92 = state name="teacher.backbone.blocks.0.attn.qkv.bias" init="copy(backbone.blocks.0.attn.qkv.bias)" : f32[48] @ models/lib/nn.yaml:80:7
%93 = state name="teacher.backbone.blocks.0.attn.proj.weight" init="copy(backbone.blocks.0.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%94 = state name="teacher.backbone.blocks.0.attn.proj.bias" init="copy(backbone.blocks.0.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%95 = state name="teacher.backbone.blocks.0.norm2.weight" init="copy(backbone.blocks.0.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%96 = state name="teacher.backbone.blocks.0.norm2.bias" init="copy(backbone.blocks.0.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%97 = state name="teacher.backbone.blocks.0.mlp.fc1.weight" init="copy(backbone.blocks.0.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%98 = state name="teacher.backbone.blocks.0.mlp.fc1.bias" init="copy(backbone.blocks.0.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%99 = state name="teacher.backbone.blocks.0.mlp.fc2.weight" init="copy(backbone.blocks.0.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%100 = state name="teacher.backbone.blocks.0.mlp.fc2.bias" init="copy(backbone.blocks.0.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%101 = state name="teacher.backbone.blocks.1.norm1.weight" init="copy(backbone.blocks.1.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%102 = state name="teacher.backbone.blocks.1.norm1.bias" init="copy(backbone.blocks.1.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%103 = state name="teacher.backbone.blocks.1.attn.qkv.weight" init="copy(backbone.blocks.1.attn.qkv.weight)" : f32[48,16] @ models/lib/nn.yaml:79:7
%104 = state name="teacher.backbone.blocks.1.attn.qkv.bias" init="copy(backbone.blocks.1.attn.qkv.bias)" : f32[48] @ models/lib/nn.yaml:80:7
%105 = state name="teacher.backbone.blocks.1.attn.proj.weight" init="copy(backbone.blocks.1.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%106 = state name="teacher.backbone.blocks.1.attn.proj.bias" init="copy(backbone.blocks.1.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%107 = state name="teacher.backbone.blocks.1.norm2.weight" init="copy(backbone.blocks.1.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%108 = state name="teacher.backbone.blocks.1.norm2.bias" init="copy(backbone.blocks.1.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%109 = state name="teacher.backbone.blocks.1.mlp.fc1.weight" init="copy(backbone.blocks.1.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%110 = state name="teacher.backbone.blocks.1.mlp.fc1.bias" init="copy(backbone.blocks.1.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%111 = state name="teacher.backbone.blocks.1.mlp.fc2.weight" init="copy(backbone.blocks.1.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%112 = state name="teacher.backbone.blocks.1.mlp.fc2.bias" init="copy(backbone.blocks.1.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%113 = state name="teacher.ca_head.cls_token" init="copy(ca_head.cls_token)" : f32[1,1,16] @ models/lib/vit.yaml:103:7
%114 = state name="teacher.ca_head.cls_blocks.0.norm1.weight" init="copy(ca_head.cls_blocks.0.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%115 = state name="teacher.ca_head.cls_blocks.0.norm1.bias" init="copy(ca_head.cls_blocks.0.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%116 = state name="teacher.ca_head.cls_blocks.0.attn.q.weight" init="copy(ca_head.cls_blocks.0.attn.q.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%117 = state name="teacher.ca_head.cls_blocks.0.attn.q.bias" init="copy(ca_head.cls_blocks.0.attn.q.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%118 = state name="teacher.ca_head.cls_blocks.0.attn.k.weight" init="copy(ca_head.cls_blocks.0.attn.k.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%119 = state name="teacher.ca_head.cls_blocks.0.attn.k.bias" init="copy(ca_head.cls_blocks.0.attn.k.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%120 = state name="teacher.ca_head.cls_blocks.0.attn.v.weight" init="copy(ca_head.cls_blocks.0.attn.v.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%121 = state name="teacher.ca_head.cls_blocks.0.attn.v.bias" init="copy(ca_head.cls_blocks.0.attn.v.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%122 = state name="teacher.ca_head.cls_blocks.0.attn.proj.weight" init="copy(ca_head.cls_blocks.0.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%123 = state name="teacher.ca_head.cls_blocks.0.attn.proj.bias" init="copy(ca_head.cls_blocks.0.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%124 = state name="teacher.ca_head.cls_blocks.0.norm2.weight" init="copy(ca_head.cls_blocks.0.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%125 = state name="teacher.ca_head.cls_blocks.0.norm2.bias" init="copy(ca_head.cls_blocks.0.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%126 = state name="teacher.ca_head.cls_blocks.0.mlp.fc1.weight" init="copy(ca_head.cls_blocks.0.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%127 = state name="teacher.ca_head.cls_blocks.0.mlp.fc1.bias" init="copy(ca_head.cls_blocks.0.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%128 = state name="teacher.ca_head.cls_blocks.0.mlp.fc2.weight" init="copy(ca_head.cls_blocks.0.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%129 = state name="teacher.ca_head.cls_blocks.0.mlp.fc2.bias" init="copy(ca_head.cls_blocks.0.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%130 = state name="teacher.ca_head.cls_blocks.1.norm1.weight" init="copy(ca_head.cls_blocks.1.norm1.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%131 = state name="teacher.ca_head.cls_blocks.1.norm1.bias" init="copy(ca_head.cls_blocks.1.norm1.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%132 = state name="teacher.ca_head.cls_blocks.1.attn.q.weight" init="copy(ca_head.cls_blocks.1.attn.q.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%133 = state name="teacher.ca_head.cls_blocks.1.attn.q.bias" init="copy(ca_head.cls_blocks.1.attn.q.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%134 = state name="teacher.ca_head.cls_blocks.1.attn.k.weight" init="copy(ca_head.cls_blocks.1.attn.k.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%135 = state name="teacher.ca_head.cls_blocks.1.attn.k.bias" init="copy(ca_head.cls_blocks.1.attn.k.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%136 = state name="teacher.ca_head.cls_blocks.1.attn.v.weight" init="copy(ca_head.cls_blocks.1.attn.v.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%137 = state name="teacher.ca_head.cls_blocks.1.attn.v.bias" init="copy(ca_head.cls_blocks.1.attn.v.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%138 = state name="teacher.ca_head.cls_blocks.1.attn.proj.weight" init="copy(ca_head.cls_blocks.1.attn.proj.weight)" : f32[16,16] @ models/lib/nn.yaml:79:7
%139 = state name="teacher.ca_head.cls_blocks.1.attn.proj.bias" init="copy(ca_head.cls_blocks.1.attn.proj.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%140 = state name="teacher.ca_head.cls_blocks.1.norm2.weight" init="copy(ca_head.cls_blocks.1.norm2.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%141 = state name="teacher.ca_head.cls_blocks.1.norm2.bias" init="copy(ca_head.cls_blocks.1.norm2.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%142 = state name="teacher.ca_head.cls_blocks.1.mlp.fc1.weight" init="copy(ca_head.cls_blocks.1.mlp.fc1.weight)" : f32[64,16] @ models/lib/nn.yaml:79:7
%143 = state name="teacher.ca_head.cls_blocks.1.mlp.fc1.bias" init="copy(ca_head.cls_blocks.1.mlp.fc1.bias)" : f32[64] @ models/lib/nn.yaml:80:7
%144 = state name="teacher.ca_head.cls_blocks.1.mlp.fc2.weight" init="copy(ca_head.cls_blocks.1.mlp.fc2.weight)" : f32[16,64] @ models/lib/nn.yaml:79:7
%145 = state name="teacher.ca_head.cls_blocks.1.mlp.fc2.bias" init="copy(ca_head.cls_blocks.1.mlp.fc2.bias)" : f32[16] @ models/lib/nn.yaml:80:7
%146 = state name="teacher.ca_head.norm.weight" init="copy(ca_head.norm.weight)" : f32[16] @ models/lib/nn.yaml:89:7
%147 = state name="teacher.ca_head.norm.bias" init="copy(ca_head.norm.bias)" : f32[16] @ models/lib/nn.yaml:90:7
%148 = state name="teacher.projector.0.weight" init="copy(projector.0.weight)" : f32[24,16] @ models/lib/nn.yaml:79:7
%149 = state name="teacher.projector.1.weight" init="copy(projector.1.weight)" : f32[24] @ models/moco_pass.yaml:75:7
%150 = state name="teacher.projector.1.bias" init="copy(projector.1.bias)" : f32[24] @ models/moco_pass.yaml:76:7
%151 = state name="teacher.projector.3.weight" init="copy(projector.3.weight)" : f32[24,24] @ models/lib/nn.yaml:79:7
%152 = state name="teacher.projector.4.weight" init="copy(projector.4.weight)" : f32[24] @ models/moco_pass.yaml:75:7
%153 = state name="teacher.projector.4.bias" init="copy(projector.4.bias)" : f32[24] @ models/moco_pass.yaml:76:7
%154 = state name="teacher.projector.6.weight" init="copy(projector.6.weight)" : f32[8,24] @ models/lib/nn.yaml:79:7
%155 = state name="teacher.patch_projector.0.weight" init="copy(patch_projector.0.weight)" : f32[12,16] @ models/lib/nn.yaml:79:7
%156 = state name="teacher.patch_projector.1.weight" init="copy(patch_projector.1.weight)" : f32[12] @ models/moco_pass.yaml:75:7
%157 = state name="teacher.patch_projector.1.bias" init="copy(patch_projector.1.bias)" : f32[12] @ models/moco_pass.yaml:76:7
%158 = state name="teacher.patch_projector.3.weight" init="copy(patch_projector.3.weight)" : f32[12,12] @ models/lib/nn.yaml:79:7
%159 = state name="teacher.patch_projector.4.weight" init="copy(patch_projector.4.weight)" : f32[12] @ models/moco_pass.yaml:75:7
%160 = state name="teacher.patch_projector.4.bias" init="copy(patch_projector.4.bias)" : f32[12] @ models/moco_pass.yaml:76:7
%161 = state name="teacher.patch_projector.6.weight" init="copy(patch_projector.6.weight)" : f32[6,12] @ models/lib/nn.yaml:79:7
%162 = reshape %1 : f32[6,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%163 = permute %162 perm=[0,2,4,1,3,5] : f32[6,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%164 = reshape %163 : f32[6,16,48] @ models/lib/vit.yaml:16:13
%165 = reshape %87 : f32[16,48] @ models/lib/vit.yaml:17:20
%166 = matmul %164, %165 ta=0 tb=1 : f32[6,16,16] @ models/lib/vit.yaml:17:18
%167 = broadcast %88 : f32[6,16,16] @ models/lib/vit.yaml:17:71
%168 = add %166, %167 : f32[6,16,16] @ models/lib/vit.yaml:17:71
%169 = broadcast %86 : f32[6,16,16] @ models/lib/vit.yaml:62:15
%170 = add %168, %169 : f32[6,16,16] @ models/lib/vit.yaml:62:15
%171 = reduce_sum %170 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%172 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%173 = broadcast %172 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%174 = div %171, %173 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%175 = broadcast %174 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%176 = sub %170, %175 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%177 = mul %176, %176 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%178 = reduce_sum %177 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%179 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%180 = broadcast %179 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%181 = div %178, %180 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%182 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%183 = broadcast %182 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%184 = add %181, %183 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%185 = rsqrt %184 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%186 = broadcast %185 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%187 = mul %176, %186 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%188 = broadcast %89 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%189 = mul %187, %188 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%190 = broadcast %90 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%191 = add %189, %190 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%192 = matmul %191, %91 ta=0 tb=1 : f32[6,16,48] @ models/lib/nn.yaml:83:15
%193 = broadcast %92 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%194 = add %192, %193 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%195 = reshape %194 : f32[6,16,3,2,8] @ models/lib/nn.yaml:66:21
%196 = permute %195 perm=[2,0,3,1,4] : f32[3,6,2,16,8] @ models/lib/nn.yaml:66:13
%197 = slice %196 lo=[0,0,0,0,0] hi=[1,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:28
%198 = reshape %197 : f32[6,2,16,8] @ models/lib/nn.yaml:67:28
%199 = slice %196 lo=[1,0,0,0,0] hi=[2,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:34
%200 = reshape %199 : f32[6,2,16,8] @ models/lib/nn.yaml:67:34
%201 = slice %196 lo=[2,0,0,0,0] hi=[3,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:40
%202 = reshape %201 : f32[6,2,16,8] @ models/lib/nn.yaml:67:40
%203 = matmul %198, %200 ta=0 tb=1 : f32[6,2,16,16] @ models/lib/nn.yaml:55:23
%204 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%205 = broadcast %204 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%206 = mul %203, %205 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%207 = reduce_max %206 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:14:35
%208 = stop_gradient %207 : f32[6,2,16,1] @ models/lib/nn.yaml:14:21
%209 = broadcast %208 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%210 = sub %206, %209 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%211 = exp %210 : f32[6,2,16,16] @ models/lib/nn.yaml:14:13
%212 = reduce_sum %211 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:15:20
%213 = broadcast %212 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%214 = div %211, %213 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%215 = matmul %214, %202 ta=0 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:56:23
%216 = permute %215 perm=[0,2,1,3] : f32[6,16,2,8] @ models/lib/nn.yaml:56:13
%217 = reshape %216 : f32[6,16,16] @ models/lib/nn.yaml:57:16
%218 = matmul %217, %93 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%219 = broadcast %94 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%220 = add %218, %219 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%221 = add %170, %220 : f32[6,16,16] @ models/lib/nn.yaml:125:15
%222 = reduce_sum %221 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%223 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%224 = broadcast %223 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%225 = div %222, %224 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%226 = broadcast %225 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%227 = sub %221, %226 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%228 = mul %227, %227 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%229 = reduce_sum %228 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%230 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%231 = broadcast %230 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%232 = div %229, %231 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%233 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%234 = broadcast %233 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%235 = add %232, %234 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%236 = rsqrt %235 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%237 = broadcast %236 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%238 = mul %227, %237 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%239 = broadcast %95 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%240 = mul %238, %239 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%241 = broadcast %96 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%242 = add %240, %241 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%243 = matmul %242, %97 ta=0 tb=1 : f32[6,16,64] @ models/lib/nn.yaml:83:15
%244 = broadcast %98 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%245 = add %243, %244 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%246 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%247 = broadcast %246 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%248 = mul %247, %245 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%249 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%250 = broadcast %249 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%251 = mul %245, %250 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%252 = erf %251 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%253 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%254 = broadcast %253 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%255 = add %254, %252 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%256 = mul %248, %255 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%257 = matmul %256, %99 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%258 = broadcast %100 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%259 = add %257, %258 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%260 = add %221, %259 : f32[6,16,16] @ models/lib/nn.yaml:126:18
%261 = reduce_sum %260 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%262 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%263 = broadcast %262 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%264 = div %261, %263 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%265 = broadcast %264 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%266 = sub %260, %265 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%267 = mul %266, %266 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%268 = reduce_sum %267 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%269 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%270 = broadcast %269 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%271 = div %268, %270 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%272 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%273 = broadcast %272 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%274 = add %271, %273 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%275 = rsqrt %274 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%276 = broadcast %275 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%277 = mul %266, %276 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%278 = broadcast %101 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%279 = mul %277, %278 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%280 = broadcast %102 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%281 = add %279, %280 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%282 = matmul %281, %103 ta=0 tb=1 : f32[6,16,48] @ models/lib/nn.yaml:83:15
%283 = broadcast %104 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%284 = add %282, %283 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%285 = reshape %284 : f32[6,16,3,2,8] @ models/lib/nn.yaml:66:21
%286 = permute %285 perm=[2,0,3,1,4] : f32[3,6,2,16,8] @ models/lib/nn.yaml:66:13
%287 = slice %286 lo=[0,0,0,0,0] hi=[1,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:28
%288 = reshape %287 : f32[6,2,16,8] @ models/lib/nn.yaml:67:28
%289 = slice %286 lo=[1,0,0,0,0] hi=[2,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:34
%290 = reshape %289 : f32[6,2,16,8] @ models/lib/nn.yaml:67:34
%291 = slice %286 lo=[2,0,0,0,0] hi=[3,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:40
%292 = reshape %291 : f32[6,2,16,8] @ models/lib/nn.yaml:67:40
%293 = matmul %288, %290 ta=0 tb=1 : f32[6,2,16,16] @ models/lib/nn.yaml:55:23
%294 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%295 = broadcast %294 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%296 = mul %293, %295 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%297 = reduce_max %296 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:14:35
%298 = stop_gradient %297 : f32[6,2,16,1] @ models/lib/nn.yaml:14:21
%299 = broadcast %298 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%300 = sub %296, %299 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%301 = exp %300 : f32[6,2,16,16] @ models/lib/nn.yaml:14:13
%302 = reduce_sum %301 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:15:20
%303 = broadcast %302 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%304 = div %301, %303 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%305 = matmul %304, %292 ta=0 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:56:23
%306 = permute %305 perm=[0,2,1,3] : f32[6,16,2,8] @ models/lib/nn.yaml:56:13
%307 = reshape %306 : f32[6,16,16] @ models/lib/nn.yaml:57:16
%308 = matmul %307, %105 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%309 = broadcast %106 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%310 = add %308, %309 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%311 = add %260, %310 : f32[6,16,16] @ models/lib/nn.yaml:125:15
%312 = reduce_sum %311 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%313 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%314 = broadcast %313 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%315 = div %312, %314 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%316 = broadcast %315 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%317 = sub %311, %316 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%318 = mul %317, %317 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%319 = reduce_sum %318 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%320 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%321 = broadcast %320 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%322 = div %319, %321 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%323 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%324 = broadcast %323 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%325 = add %322, %324 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%326 = rsqrt %325 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%327 = broadcast %326 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%328 = mul %317, %327 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%329 = broadcast %107 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%330 = mul %328, %329 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%331 = broadcast %108 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%332 = add %330, %331 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%333 = matmul %332, %109 ta=0 tb=1 : f32[6,16,64] @ models/lib/nn.yaml:83:15
%334 = broadcast %110 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%335 = add %333, %334 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%336 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%337 = broadcast %336 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%338 = mul %337, %335 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%339 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%340 = broadcast %339 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%341 = mul %335, %340 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%342 = erf %341 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%343 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%344 = broadcast %343 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%345 = add %344, %342 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%346 = mul %338, %345 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%347 = matmul %346, %111 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%348 = broadcast %112 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%349 = add %347, %348 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%350 = add %311, %349 : f32[6,16,16] @ models/lib/nn.yaml:126:18
%351 = grid_neighbors n=4 size=3 : i32[16,8] @ models/dino_pass.yaml:61:16
%352 = mul %350, %350 : f32[6,16,16] @ models/lib/nn.yaml:33:35
%353 = reduce_sum %352 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:33:29
%354 = sqrt %353 : f32[6,16,1] @ models/lib/nn.yaml:33:24
%355 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%356 = cast %355 : f32[] @ models/lib/nn.yaml:33:61
%357 = broadcast %356 : f32[6,16,1] @ models/lib/nn.yaml:33:20
%358 = max %354, %357 : f32[6,16,1] @ models/lib/nn.yaml:33:20
%359 = broadcast %358 : f32[6,16,16] @ models/lib/nn.yaml:33:18
%360 = div %350, %359 : f32[6,16,16] @ models/lib/nn.yaml:33:18
%361 = reshape %351 : i32[1,128] @ models/dino_pass.yaml:67:26
%362 = broadcast %361 : i32[6,128] @ models/dino_pass.yaml:67:16
%363 = gather %360, %362 axis=1 : f32[6,128,16] @ models/dino_pass.yaml:68:24
%364 = reshape %363 : f32[6,16,8,16] @ models/dino_pass.yaml:68:16
%365 = reshape %360 : f32[6,16,1,16] @ models/dino_pass.yaml:74:42
%366 = broadcast %365 : f32[6,16,8,16] @ models/dino_pass.yaml:74:40
%367 = mul %364, %366 : f32[6,16,8,16] @ models/dino_pass.yaml:74:40
%368 = reduce_sum %367 axes=[3] keep=0 : f32[6,16,8] @ models/dino_pass.yaml:74:15
%369 = reshape %351 : i32[1,16,8] @ models/dino_pass.yaml:75:27
%370 = broadcast %369 : i32[6,16,8] @ models/dino_pass.yaml:75:17
%371 = topk %368 k=2 : i32[6,16,2] @ models/dino_pass.yaml:76:30
%372 = gather %370, %371 axis=2 : i32[6,16,2] @ models/dino_pass.yaml:76:16
%373 = reshape %372 : i32[6,32] @ models/dino_pass.yaml:82:23
%374 = gather %350, %373 axis=1 : f32[6,32,16] @ models/dino_pass.yaml:82:13
%375 = reshape %374 : f32[6,16,2,16] @ models/dino_pass.yaml:83:16
%376 = reshape %375 : f32[96,2,16] @ models/dino_pass.yaml:88:23
%377 = broadcast %113 : f32[96,1,16] @ models/lib/vit.yaml:116:31
%378 = concat %377, %376 axis=1 : f32[96,3,16] @ models/lib/vit.yaml:95:24
%379 = reduce_sum %378 axes=[2] keep=1 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%380 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%381 = broadcast %380 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%382 = div %379, %381 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%383 = broadcast %382 : f32[96,3,16] @ models/lib/nn.yaml:94:15
%384 = sub %378, %383 : f32[96,3,16] @ models/lib/nn.yaml:94:15
%385 = mul %384, %384 : f32[96,3,16] @ models/lib/nn.yaml:95:22
%386 = reduce_sum %385 axes=[2] keep=1 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%387 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%388 = broadcast %387 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%389 = div %386, %388 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%390 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%391 = broadcast %390 : f32[96,3,1] @ models/lib/nn.yaml:96:30
%392 = add %389, %391 : f32[96,3,1] @ models/lib/nn.yaml:96:30
%393 = rsqrt %392 : f32[96,3,1] @ models/lib/nn.yaml:96:20
%394 = broadcast %393 : f32[96,3,16] @ models/lib/nn.yaml:96:18
%395 = mul %384, %394 : f32[96,3,16] @ models/lib/nn.yaml:96:18
%396 = broadcast %114 : f32[96,3,16] @ models/lib/nn.yaml:96:37
%397 = mul %395, %396 : f32[96,3,16] @ models/lib/nn.yaml:96:37
%398 = broadcast %115 : f32[96,3,16] @ models/lib/nn.yaml:96:46
%399 = add %397, %398 : f32[96,3,16] @ models/lib/nn.yaml:96:46
%400 = slice %399 lo=[0,0,0] hi=[96,1,16] : f32[96,1,16] @ models/lib/vit.yaml:78:33
%401 = matmul %400, %116 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%402 = broadcast %117 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%403 = add %401, %402 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%404 = reshape %403 : f32[96,1,2,8] @ models/lib/vit.yaml:78:22
%405 = permute %404 perm=[0,2,1,3] : f32[96,2,1,8] @ models/lib/vit.yaml:78:14
%406 = matmul %399, %118 ta=0 tb=1 : f32[96,3,16] @ models/lib/nn.yaml:83:15
%407 = broadcast %119 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%408 = add %406, %407 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%409 = reshape %408 : f32[96,3,2,8] @ models/lib/vit.yaml:79:22
%410 = permute %409 perm=[0,2,1,3] : f32[96,2,3,8] @ models/lib/vit.yaml:79:14
%411 = matmul %399, %120 ta=0 tb=1 : f32[96,3,16] @ models/lib/nn.yaml:83:15
%412 = broadcast %121 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%413 = add %411, %412 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%414 = reshape %413 : f32[96,3,2,8] @ models/lib/vit.yaml:80:22
%415 = permute %414 perm=[0,2,1,3] : f32[96,2,3,8] @ models/lib/vit.yaml:80:14
%416 = matmul %405, %410 ta=0 tb=1 : f32[96,2,1,3] @ models/lib/nn.yaml:55:23
%417 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%418 = broadcast %417 : f32[96,2,1,3] @ models/lib/nn.yaml:55:29
%419 = mul %416, %418 : f32[96,2,1,3] @ models/lib/nn.yaml:55:29
%420 = reduce_max %419 axes=[3] keep=1 : f32[96,2,1,1] @ models/lib/nn.yaml:14:35
%421 = stop_gradient %420 : f32[96,2,1,1] @ models/lib/nn.yaml:14:21
%422 = broadcast %421 : f32[96,2,1,3] @ models/lib/nn.yaml:14:19
%423 = sub %419, %422 : f32[96,2,1,3] @ models/lib/nn.yaml:14:19
%424 = exp %423 : f32[96,2,1,3] @ models/lib/nn.yaml:14:13
%425 = reduce_sum %424 axes=[3] keep=1 : f32[96,2,1,1] @ models/lib/nn.yaml:15:20
%426 = broadcast %425 : f32[96,2,1,3] @ models/lib/nn.yaml:15:18
%427 = div %424, %426 : f32[96,2,1,3] @ models/lib/nn.yaml:15:18
%428 = matmul %427, %415 ta=0 tb=0 : f32[96,2,1,8] @ models/lib/nn.yaml:56:23
%429 = permute %428 perm=[0,2,1,3] : f32[96,1,2,8] @ models/lib/nn.yaml:56:13
%430 = reshape %429 : f32[96,1,16] @ models/lib/nn.yaml:57:16
%431 = matmul %430, %122 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%432 = broadcast %123 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%433 = add %431, %432 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%434 = add %377, %433 : f32[96,1,16] @ models/lib/vit.yaml:96:15
%435 = reduce_sum %434 axes=[2] keep=1 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%436 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%437 = broadcast %436 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%438 = div %435, %437 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%439 = broadcast %438 : f32[96,1,16] @ models/lib/nn.yaml:94:15
%440 = sub %434, %439 : f32[96,1,16] @ models/lib/nn.yaml:94:15
%441 = mul %440, %440 : f32[96,1,16] @ models/lib/nn.yaml:95:22
%442 = reduce_sum %441 axes=[2] keep=1 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%443 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%444 = broadcast %443 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%445 = div %442, %444 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%446 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%447 = broadcast %446 : f32[96,1,1] @ models/lib/nn.yaml:96:30
%448 = add %445, %447 : f32[96,1,1] @ models/lib/nn.yaml:96:30
%449 = rsqrt %448 : f32[96,1,1] @ models/lib/nn.yaml:96:20
%450 = broadcast %449 : f32[96,1,16] @ models/lib/nn.yaml:96:18
%451 = mul %440, %450 : f32[96,1,16] @ models/lib/nn.yaml:96:18
%452 = broadcast %124 : f32[96,1,16] @ models/lib/nn.yaml:96:37
%453 = mul %451, %452 : f32[96,1,16] @ models/lib/nn.yaml:96:37
%454 = broadcast %125 : f32[96,1,16] @ models/lib/nn.yaml:96:46
%455 = add %453, %454 : f32[96,1,16] @ models/lib/nn.yaml:96:46
%456 = matmul %455, %126 ta=0 tb=1 : f32[96,1,64] @ models/lib/nn.yaml:83:15
%457 = broadcast %127 : f32[96,1,64] @ models/lib/nn.yaml:84:18
%458 = add %456, %457 : f32[96,1,64] @ models/lib/nn.yaml:84:18
%459 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%460 = broadcast %459 : f32[96,1,64] @ models/lib/nn.yaml:27:20
%461 = mul %460, %458 : f32[96,1,64] @ models/lib/nn.yaml:27:20
%462 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%463 = broadcast %462 : f32[96,1,64] @ models/lib/nn.yaml:27:37
%464 = mul %458, %463 : f32[96,1,64] @ models/lib/nn.yaml:27:37
%465 = erf %464 : f32[96,1,64] @ models/lib/nn.yaml:27:31
%466 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%467 = broadcast %466 : f32[96,1,64] @ models/lib/nn.yaml:27:29
%468 = add %467, %465 : f32[96,1,64] @ models/lib/nn.yaml:27:29
%469 = mul %461, %468 : f32[96,1,64] @ models/lib/nn.yaml:27:24
%470 = matmul %469, %128 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%471 = broadcast %129 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%472 = add %470, %471 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%473 = add %434, %472 : f32[96,1,16] @ models/lib/vit.yaml:98:18
%474 = concat %473, %376 axis=1 : f32[96,3,16] @ models/lib/vit.yaml:95:24
%475 = reduce_sum %474 axes=[2] keep=1 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%476 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%477 = broadcast %476 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%478 = div %475, %477 : f32[96,3,1] @ models/lib/nn.yaml:93:14
%479 = broadcast %478 : f32[96,3,16] @ models/lib/nn.yaml:94:15
%480 = sub %474, %479 : f32[96,3,16] @ models/lib/nn.yaml:94:15
%481 = mul %480, %480 : f32[96,3,16] @ models/lib/nn.yaml:95:22
%482 = reduce_sum %481 axes=[2] keep=1 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%483 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%484 = broadcast %483 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%485 = div %482, %484 : f32[96,3,1] @ models/lib/nn.yaml:95:15
%486 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%487 = broadcast %486 : f32[96,3,1] @ models/lib/nn.yaml:96:30
%488 = add %485, %487 : f32[96,3,1] @ models/lib/nn.yaml:96:30
%489 = rsqrt %488 : f32[96,3,1] @ models/lib/nn.yaml:96:20
%490 = broadcast %489 : f32[96,3,16] @ models/lib/nn.yaml:96:18
%491 = mul %480, %490 : f32[96,3,16] @ models/lib/nn.yaml:96:18
%492 = broadcast %130 : f32[96,3,16] @ models/lib/nn.yaml:96:37
%493 = mul %491, %492 : f32[96,3,16] @ models/lib/nn.yaml:96:37
%494 = broadcast %131 : f32[96,3,16] @ models/lib/nn.yaml:96:46
%495 = add %493, %494 : f32[96,3,16] @ models/lib/nn.yaml:96:46
%496 = slice %495 lo=[0,0,0] hi=[96,1,16] : f32[96,1,16] @ models/lib/vit.yaml:78:33
%497 = matmul %496, %132 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%498 = broadcast %133 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%499 = add %497, %498 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%500 = reshape %499 : f32[96,1,2,8] @ models/lib/vit.yaml:78:22
%501 = permute %500 perm=[0,2,1,3] : f32[96,2,1,8] @ models/lib/vit.yaml:78:14
%502 = matmul %495, %134 ta=0 tb=1 : f32[96,3,16] @ models/lib/nn.yaml:83:15
%503 = broadcast %135 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%504 = add %502, %503 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%505 = reshape %504 : f32[96,3,2,8] @ models/lib/vit.yaml:79:22
%506 = permute %505 perm=[0,2,1,3] : f32[96,2,3,8] @ models/lib/vit.yaml:79:14
%507 = matmul %495, %136 ta=0 tb=1 : f32[96,3,16] @ models/lib/nn.yaml:83:15
%508 = broadcast %137 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%509 = add %507, %508 : f32[96,3,16] @ models/lib/nn.yaml:84:18
%510 = reshape %509 : f32[96,3,2,8] @ models/lib/vit.yaml:80:22
%511 = permute %510 perm=[0,2,1,3] : f32[96,2,3,8] @ models/lib/vit.yaml:80:14
%512 = matmul %501, %506 ta=0 tb=1 : f32[96,2,1,3] @ models/lib/nn.yaml:55:23
%513 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%514 = broadcast %513 : f32[96,2,1,3] @ models/lib/nn.yaml:55:29
%515 = mul %512, %514 : f32[96,2,1,3] @ models/lib/nn.yaml:55:29
%516 = reduce_max %515 axes=[3] keep=1 : f32[96,2,1,1] @ models/lib/nn.yaml:14:35
%517 = stop_gradient %516 : f32[96,2,1,1] @ models/lib/nn.yaml:14:21
%518 = broadcast %517 : f32[96,2,1,3] @ models/lib/nn.yaml:14:19
%519 = sub %515, %518 : f32[96,2,1,3] @ models/lib/nn.yaml:14:19
%520 = exp %519 : f32[96,2,1,3] @ models/lib/nn.yaml:14:13
%521 = reduce_sum %520 axes=[3] keep=1 : f32[96,2,1,1] @ models/lib/nn.yaml:15:20
%522 = broadcast %521 : f32[96,2,1,3] @ models/lib/nn.yaml:15:18
%523 = div %520, %522 : f32[96,2,1,3] @ models/lib/nn.yaml:15:18
%524 = matmul %523, %511 ta=0 tb=0 : f32[96,2,1,8] @ models/lib/nn.yaml:56:23
%525 = permute %524 perm=[0,2,1,3] : f32[96,1,2,8] @ models/lib/nn.yaml:56:13
%526 = reshape %525 : f32[96,1,16] @ models/lib/nn.yaml:57:16
%527 = matmul %526, %138 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%528 = broadcast %139 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%529 = add %527, %528 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%530 = add %473, %529 : f32[96,1,16] @ models/lib/vit.yaml:96:15
%531 = reduce_sum %530 axes=[2] keep=1 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%532 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%533 = broadcast %532 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%534 = div %531, %533 : f32[96,1,1] @ models/lib/nn.yaml:93:14
%535 = broadcast %534 : f32[96,1,16] @ models/lib/nn.yaml:94:15
%536 = sub %530, %535 : f32[96,1,16] @ models/lib/nn.yaml:94:15
%537 = mul %536, %536 : f32[96,1,16] @ models/lib/nn.yaml:95:22
%538 = reduce_sum %537 axes=[2] keep=1 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%539 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%540 = broadcast %539 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%541 = div %538, %540 : f32[96,1,1] @ models/lib/nn.yaml:95:15
%542 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%543 = broadcast %542 : f32[96,1,1] @ models/lib/nn.yaml:96:30
%544 = add %541, %543 : f32[96,1,1] @ models/lib/nn.yaml:96:30
%545 = rsqrt %544 : f32[96,1,1] @ models/lib/nn.yaml:96:20
%546 = broadcast %545 : f32[96,1,16] @ models/lib/nn.yaml:96:18
%547 = mul %536, %546 : f32[96,1,16] @ models/lib/nn.yaml:96:18
%548 = broadcast %140 : f32[96,1,16] @ models/lib/nn.yaml:96:37
%549 = mul %547, %548 : f32[96,1,16] @ models/lib/nn.yaml:96:37
%550 = broadcast %141 : f32[96,1,16] @ models/lib/nn.yaml:96:46
%551 = add %549, %550 : f32[96,1,16] @ models/lib/nn.yaml:96:46
%552 = matmul %551, %142 ta=0 tb=1 : f32[96,1,64] @ models/lib/nn.yaml:83:15
%553 = broadcast %143 : f32[96,1,64] @ models/lib/nn.yaml:84:18
%554 = add %552, %553 : f32[96,1,64] @ models/lib/nn.yaml:84:18
%555 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%556 = broadcast %555 : f32[96,1,64] @ models/lib/nn.yaml:27:20
%557 = mul %556, %554 : f32[96,1,64] @ models/lib/nn.yaml:27:20
%558 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%559 = broadcast %558 : f32[96,1,64] @ models/lib/nn.yaml:27:37
%560 = mul %554, %559 : f32[96,1,64] @ models/lib/nn.yaml:27:37
%561 = erf %560 : f32[96,1,64] @ models/lib/nn.yaml:27:31
%562 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%563 = broadcast %562 : f32[96,1,64] @ models/lib/nn.yaml:27:29
%564 = add %563, %561 : f32[96,1,64] @ models/lib/nn.yaml:27:29
%565 = mul %557, %564 : f32[96,1,64] @ models/lib/nn.yaml:27:24
%566 = matmul %565, %144 ta=0 tb=1 : f32[96,1,16] @ models/lib/nn.yaml:83:15
%567 = broadcast %145 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%568 = add %566, %567 : f32[96,1,16] @ models/lib/nn.yaml:84:18
%569 = add %530, %568 : f32[96,1,16] @ models/lib/vit.yaml:98:18
%570 = reshape %569 : f32[6,16,16] @ models/dino_pass.yaml:89:16
%571 = broadcast %113 : f32[6,1,16] @ models/lib/vit.yaml:116:31
%572 = concat %571, %350 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:95:24
%573 = reduce_sum %572 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%574 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%575 = broadcast %574 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%576 = div %573, %575 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%577 = broadcast %576 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%578 = sub %572, %577 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%579 = mul %578, %578 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%580 = reduce_sum %579 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%581 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%582 = broadcast %581 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%583 = div %580, %582 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%584 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%585 = broadcast %584 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%586 = add %583, %585 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%587 = rsqrt %586 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%588 = broadcast %587 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%589 = mul %578, %588 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%590 = broadcast %114 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%591 = mul %589, %590 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%592 = broadcast %115 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%593 = add %591, %592 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%594 = slice %593 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:78:33
%595 = matmul %594, %116 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%596 = broadcast %117 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%597 = add %595, %596 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%598 = reshape %597 : f32[6,1,2,8] @ models/lib/vit.yaml:78:22
%599 = permute %598 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/vit.yaml:78:14
%600 = matmul %593, %118 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%601 = broadcast %119 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%602 = add %600, %601 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%603 = reshape %602 : f32[6,17,2,8] @ models/lib/vit.yaml:79:22
%604 = permute %603 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:79:14
%605 = matmul %593, %120 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%606 = broadcast %121 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%607 = add %605, %606 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%608 = reshape %607 : f32[6,17,2,8] @ models/lib/vit.yaml:80:22
%609 = permute %608 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:80:14
%610 = matmul %599, %604 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:55:23
%611 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%612 = broadcast %611 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%613 = mul %610, %612 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%614 = reduce_max %613 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:14:35
%615 = stop_gradient %614 : f32[6,2,1,1] @ models/lib/nn.yaml:14:21
%616 = broadcast %615 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%617 = sub %613, %616 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%618 = exp %617 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%619 = reduce_sum %618 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:20
%620 = broadcast %619 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%621 = div %618, %620 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%622 = matmul %621, %609 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:56:23
%623 = permute %622 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/nn.yaml:56:13
%624 = reshape %623 : f32[6,1,16] @ models/lib/nn.yaml:57:16
%625 = matmul %624, %122 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%626 = broadcast %123 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%627 = add %625, %626 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%628 = add %571, %627 : f32[6,1,16] @ models/lib/vit.yaml:96:15
%629 = reduce_sum %628 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%630 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%631 = broadcast %630 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%632 = div %629, %631 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%633 = broadcast %632 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%634 = sub %628, %633 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%635 = mul %634, %634 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%636 = reduce_sum %635 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%637 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%638 = broadcast %637 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%639 = div %636, %638 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%640 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%641 = broadcast %640 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%642 = add %639, %641 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%643 = rsqrt %642 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%644 = broadcast %643 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%645 = mul %634, %644 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%646 = broadcast %124 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%647 = mul %645, %646 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%648 = broadcast %125 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%649 = add %647, %648 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%650 = matmul %649, %126 ta=0 tb=1 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%651 = broadcast %127 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%652 = add %650, %651 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%653 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%654 = broadcast %653 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%655 = mul %654, %652 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%656 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%657 = broadcast %656 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%658 = mul %652, %657 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%659 = erf %658 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%660 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%661 = broadcast %660 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%662 = add %661, %659 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%663 = mul %655, %662 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%664 = matmul %663, %128 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%665 = broadcast %129 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%666 = add %664, %665 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%667 = add %628, %666 : f32[6,1,16] @ models/lib/vit.yaml:98:18
%668 = concat %667, %350 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:95:24
%669 = reduce_sum %668 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%670 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%671 = broadcast %670 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%672 = div %669, %671 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%673 = broadcast %672 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%674 = sub %668, %673 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%675 = mul %674, %674 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%676 = reduce_sum %675 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%677 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%678 = broadcast %677 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%679 = div %676, %678 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%680 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%681 = broadcast %680 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%682 = add %679, %681 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%683 = rsqrt %682 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%684 = broadcast %683 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%685 = mul %674, %684 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%686 = broadcast %130 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%687 = mul %685, %686 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%688 = broadcast %131 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%689 = add %687, %688 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%690 = slice %689 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:78:33
%691 = matmul %690, %132 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%692 = broadcast %133 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%693 = add %691, %692 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%694 = reshape %693 : f32[6,1,2,8] @ models/lib/vit.yaml:78:22
%695 = permute %694 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/vit.yaml:78:14
%696 = matmul %689, %134 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%697 = broadcast %135 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%698 = add %696, %697 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%699 = reshape %698 : f32[6,17,2,8] @ models/lib/vit.yaml:79:22
%700 = permute %699 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:79:14
%701 = matmul %689, %136 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%702 = broadcast %137 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%703 = add %701, %702 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%704 = reshape %703 : f32[6,17,2,8] @ models/lib/vit.yaml:80:22
%705 = permute %704 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:80:14
%706 = matmul %695, %700 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:55:23
%707 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%708 = broadcast %707 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%709 = mul %706, %708 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%710 = reduce_max %709 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:14:35
%711 = stop_gradient %710 : f32[6,2,1,1] @ models/lib/nn.yaml:14:21
%712 = broadcast %711 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%713 = sub %709, %712 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%714 = exp %713 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%715 = reduce_sum %714 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:20
%716 = broadcast %715 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%717 = div %714, %716 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%718 = matmul %717, %705 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:56:23
%719 = permute %718 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/nn.yaml:56:13
%720 = reshape %719 : f32[6,1,16] @ models/lib/nn.yaml:57:16
%721 = matmul %720, %138 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%722 = broadcast %139 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%723 = add %721, %722 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%724 = add %667, %723 : f32[6,1,16] @ models/lib/vit.yaml:96:15
%725 = reduce_sum %724 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%726 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%727 = broadcast %726 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%728 = div %725, %727 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%729 = broadcast %728 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%730 = sub %724, %729 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%731 = mul %730, %730 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%732 = reduce_sum %731 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%733 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%734 = broadcast %733 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%735 = div %732, %734 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%736 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%737 = broadcast %736 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%738 = add %735, %737 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%739 = rsqrt %738 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%740 = broadcast %739 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%741 = mul %730, %740 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%742 = broadcast %140 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%743 = mul %741, %742 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%744 = broadcast %141 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%745 = add %743, %744 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%746 = matmul %745, %142 ta=0 tb=1 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%747 = broadcast %143 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%748 = add %746, %747 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%749 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%750 = broadcast %749 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%751 = mul %750, %748 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%752 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%753 = broadcast %752 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%754 = mul %748, %753 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%755 = erf %754 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%756 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%757 = broadcast %756 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%758 = add %757, %755 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%759 = mul %751, %758 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%760 = matmul %759, %144 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%761 = broadcast %145 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%762 = add %760, %761 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%763 = add %724, %762 : f32[6,1,16] @ models/lib/vit.yaml:98:18
%764 = concat %763, %570 axis=1 : f32[6,17,16] @ models/moco_pass.yaml:139:30
%765 = reduce_sum %764 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%766 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%767 = broadcast %766 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%768 = div %765, %767 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%769 = broadcast %768 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%770 = sub %764, %769 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%771 = mul %770, %770 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%772 = reduce_sum %771 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%773 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%774 = broadcast %773 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%775 = div %772, %774 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%776 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%777 = broadcast %776 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%778 = add %775, %777 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%779 = rsqrt %778 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%780 = broadcast %779 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%781 = mul %770, %780 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%782 = broadcast %146 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%783 = mul %781, %782 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%784 = broadcast %147 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%785 = add %783, %784 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%786 = slice %785 lo=[0,1,0] hi=[6,17,16] : f32[6,16,16] @ models/moco_pass.yaml:140:42
%787 = reshape %786 : f32[96,16] @ models/moco_pass.yaml:140:33
%788 = matmul %787, %155 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%789 = reshape %788 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%790 = reduce_sum %789 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%791 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%792 = broadcast %791 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%793 = div %790, %792 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%794 = all_reduce_sum %793 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%795 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%796 = broadcast %795 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%797 = div %794, %796 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%798 = broadcast %797 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%799 = sub %789, %798 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%800 = mul %799, %799 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%801 = reduce_sum %800 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%802 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%803 = broadcast %802 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%804 = div %801, %803 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%805 = all_reduce_sum %804 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%806 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%807 = broadcast %806 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%808 = div %805, %807 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%809 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%810 = broadcast %809 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%811 = add %808, %810 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%812 = rsqrt %811 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%813 = broadcast %812 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%814 = mul %799, %813 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%815 = reshape %814 : f32[96,12] @ models/moco_pass.yaml:83:13
%816 = broadcast %156 : f32[96,12] @ models/moco_pass.yaml:84:18
%817 = mul %815, %816 : f32[96,12] @ models/moco_pass.yaml:84:18
%818 = broadcast %157 : f32[96,12] @ models/moco_pass.yaml:84:27
%819 = add %817, %818 : f32[96,12] @ models/moco_pass.yaml:84:27
%820 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%821 = cast %820 : f32[] @ models/moco_pass.yaml:70:23
%822 = broadcast %821 : f32[96,12] @ models/moco_pass.yaml:70:16
%823 = max %819, %822 : f32[96,12] @ models/moco_pass.yaml:70:16
%824 = matmul %823, %158 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%825 = reshape %824 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%826 = reduce_sum %825 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%827 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%828 = broadcast %827 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%829 = div %826, %828 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%830 = all_reduce_sum %829 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%831 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%832 = broadcast %831 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%833 = div %830, %832 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%834 = broadcast %833 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%835 = sub %825, %834 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%836 = mul %835, %835 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%837 = reduce_sum %836 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%838 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%839 = broadcast %838 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%840 = div %837, %839 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%841 = all_reduce_sum %840 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%842 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%843 = broadcast %842 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%844 = div %841, %843 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%845 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%846 = broadcast %845 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%847 = add %844, %846 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%848 = rsqrt %847 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%849 = broadcast %848 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%850 = mul %835, %849 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%851 = reshape %850 : f32[96,12] @ models/moco_pass.yaml:83:13
%852 = broadcast %159 : f32[96,12] @ models/moco_pass.yaml:84:18
%853 = mul %851, %852 : f32[96,12] @ models/moco_pass.yaml:84:18
%854 = broadcast %160 : f32[96,12] @ models/moco_pass.yaml:84:27
%855 = add %853, %854 : f32[96,12] @ models/moco_pass.yaml:84:27
%856 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%857 = cast %856 : f32[] @ models/moco_pass.yaml:70:23
%858 = broadcast %857 : f32[96,12] @ models/moco_pass.yaml:70:16
%859 = max %855, %858 : f32[96,12] @ models/moco_pass.yaml:70:16
%860 = matmul %859, %161 ta=0 tb=1 : f32[96,6] @ models/lib/nn.yaml:83:15
%861 = reshape %860 : f32[2,48,6] @ models/moco_pass.yaml:79:13
%862 = reduce_sum %861 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%863 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%864 = broadcast %863 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%865 = div %862, %864 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%866 = all_reduce_sum %865 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%867 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%868 = broadcast %867 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%869 = div %866, %868 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%870 = broadcast %869 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%871 = sub %861, %870 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%872 = mul %871, %871 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%873 = reduce_sum %872 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%874 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%875 = broadcast %874 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%876 = div %873, %875 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%877 = all_reduce_sum %876 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%878 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%879 = broadcast %878 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%880 = div %877, %879 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%881 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%882 = broadcast %881 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%883 = add %880, %882 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%884 = rsqrt %883 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%885 = broadcast %884 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%886 = mul %871, %885 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%887 = reshape %886 : f32[96,6] @ models/moco_pass.yaml:83:13
%888 = slice %785 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/moco_pass.yaml:141:31
%889 = reshape %888 : f32[6,16] @ models/moco_pass.yaml:141:31
%890 = matmul %889, %148 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%891 = reshape %890 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%892 = reduce_sum %891 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%893 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%894 = broadcast %893 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%895 = div %892, %894 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%896 = all_reduce_sum %895 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%897 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%898 = broadcast %897 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%899 = div %896, %898 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%900 = broadcast %899 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%901 = sub %891, %900 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%902 = mul %901, %901 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%903 = reduce_sum %902 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%904 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%905 = broadcast %904 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%906 = div %903, %905 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%907 = all_reduce_sum %906 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%908 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%909 = broadcast %908 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%910 = div %907, %909 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%911 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%912 = broadcast %911 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%913 = add %910, %912 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%914 = rsqrt %913 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%915 = broadcast %914 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%916 = mul %901, %915 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%917 = reshape %916 : f32[6,24] @ models/moco_pass.yaml:83:13
%918 = broadcast %149 : f32[6,24] @ models/moco_pass.yaml:84:18
%919 = mul %917, %918 : f32[6,24] @ models/moco_pass.yaml:84:18
%920 = broadcast %150 : f32[6,24] @ models/moco_pass.yaml:84:27
%921 = add %919, %920 : f32[6,24] @ models/moco_pass.yaml:84:27
%922 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%923 = cast %922 : f32[] @ models/moco_pass.yaml:70:23
%924 = broadcast %923 : f32[6,24] @ models/moco_pass.yaml:70:16
%925 = max %921, %924 : f32[6,24] @ models/moco_pass.yaml:70:16
%926 = matmul %925, %151 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%927 = reshape %926 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%928 = reduce_sum %927 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%929 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%930 = broadcast %929 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%931 = div %928, %930 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%932 = all_reduce_sum %931 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%933 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%934 = broadcast %933 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%935 = div %932, %934 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%936 = broadcast %935 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%937 = sub %927, %936 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%938 = mul %937, %937 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%939 = reduce_sum %938 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%940 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%941 = broadcast %940 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%942 = div %939, %941 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%943 = all_reduce_sum %942 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%944 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%945 = broadcast %944 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%946 = div %943, %945 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%947 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%948 = broadcast %947 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%949 = add %946, %948 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%950 = rsqrt %949 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%951 = broadcast %950 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%952 = mul %937, %951 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%953 = reshape %952 : f32[6,24] @ models/moco_pass.yaml:83:13
%954 = broadcast %152 : f32[6,24] @ models/moco_pass.yaml:84:18
%955 = mul %953, %954 : f32[6,24] @ models/moco_pass.yaml:84:18
%956 = broadcast %153 : f32[6,24] @ models/moco_pass.yaml:84:27
%957 = add %955, %956 : f32[6,24] @ models/moco_pass.yaml:84:27
%958 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%959 = cast %958 : f32[] @ models/moco_pass.yaml:70:23
%960 = broadcast %959 : f32[6,24] @ models/moco_pass.yaml:70:16
%961 = max %957, %960 : f32[6,24] @ models/moco_pass.yaml:70:16
%962 = matmul %961, %154 ta=0 tb=1 : f32[6,8] @ models/lib/nn.yaml:83:15
%963 = reshape %962 : f32[2,3,8] @ models/moco_pass.yaml:79:13
%964 = reduce_sum %963 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%965 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%966 = broadcast %965 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%967 = div %964, %966 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%968 = all_reduce_sum %967 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%969 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%970 = broadcast %969 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%971 = div %968, %970 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%972 = broadcast %971 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%973 = sub %963, %972 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%974 = mul %973, %973 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%975 = reduce_sum %974 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%976 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%977 = broadcast %976 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%978 = div %975, %977 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%979 = all_reduce_sum %978 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%980 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%981 = broadcast %980 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%982 = div %979, %981 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%983 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%984 = broadcast %983 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%985 = add %982, %984 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%986 = rsqrt %985 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%987 = broadcast %986 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%988 = mul %973, %987 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%989 = reshape %988 : f32[6,8] @ models/moco_pass.yaml:83:13
%990 = reshape %887 : f32[6,16,6] @ models/moco_pass.yaml:141:43
%991 = slice %989 lo=[0,0] hi=[3,8] : f32[3,8] @ models/moco_pass.yaml:159:25
%992 = slice %989 lo=[3,0] hi=[6,8] : f32[3,8] @ models/moco_pass.yaml:159:25
%993 = slice %990 lo=[0,0,0] hi=[3,16,6] : f32[3,16,6] @ models/moco_pass.yaml:159:32
%994 = slice %990 lo=[3,0,0] hi=[6,16,6] : f32[3,16,6] @ models/moco_pass.yaml:159:32
%995 = reshape %1 : f32[6,3,4,4,4,4] @ models/lib/vit.yaml:15:21
%996 = permute %995 perm=[0,2,4,1,3,5] : f32[6,4,4,3,4,4] @ models/lib/vit.yaml:15:13
%997 = reshape %996 : f32[6,16,48] @ models/lib/vit.yaml:16:13
%998 = reshape %3 : f32[16,48] @ models/lib/vit.yaml:17:20
%999 = matmul %997, %998 ta=0 tb=1 : f32[6,16,16] @ models/lib/vit.yaml:17:18
%1000 = broadcast %4 : f32[6,16,16] @ models/lib/vit.yaml:17:71
%1001 = add %999, %1000 : f32[6,16,16] @ models/lib/vit.yaml:17:71
%1002 = broadcast %2 : f32[6,16,16] @ models/lib/vit.yaml:62:15
%1003 = add %1001, %1002 : f32[6,16,16] @ models/lib/vit.yaml:62:15
%1004 = reduce_sum %1003 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1005 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1006 = broadcast %1005 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1007 = div %1004, %1006 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1008 = broadcast %1007 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1009 = sub %1003, %1008 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1010 = mul %1009, %1009 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%1011 = reduce_sum %1010 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1012 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1013 = broadcast %1012 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1014 = div %1011, %1013 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1015 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1016 = broadcast %1015 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1017 = add %1014, %1016 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1018 = rsqrt %1017 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%1019 = broadcast %1018 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1020 = mul %1009, %1019 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1021 = broadcast %5 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1022 = mul %1020, %1021 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1023 = broadcast %6 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1024 = add %1022, %1023 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1025 = matmul %1024, %7 ta=0 tb=1 : f32[6,16,48] @ models/lib/nn.yaml:83:15
%1026 = broadcast %8 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%1027 = add %1025, %1026 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%1028 = reshape %1027 : f32[6,16,3,2,8] @ models/lib/nn.yaml:66:21
%1029 = permute %1028 perm=[2,0,3,1,4] : f32[3,6,2,16,8] @ models/lib/nn.yaml:66:13
%1030 = slice %1029 lo=[0,0,0,0,0] hi=[1,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:28
%1031 = reshape %1030 : f32[6,2,16,8] @ models/lib/nn.yaml:67:28
%1032 = slice %1029 lo=[1,0,0,0,0] hi=[2,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:34
%1033 = reshape %1032 : f32[6,2,16,8] @ models/lib/nn.yaml:67:34
%1034 = slice %1029 lo=[2,0,0,0,0] hi=[3,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:40
%1035 = reshape %1034 : f32[6,2,16,8] @ models/lib/nn.yaml:67:40
%1036 = matmul %1031, %1033 ta=0 tb=1 : f32[6,2,16,16] @ models/lib/nn.yaml:55:23
%1037 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1038 = broadcast %1037 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%1039 = mul %1036, %1038 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%1040 = reduce_max %1039 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:14:35
%1041 = stop_gradient %1040 : f32[6,2,16,1] @ models/lib/nn.yaml:14:21
%1042 = broadcast %1041 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%1043 = sub %1039, %1042 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%1044 = exp %1043 : f32[6,2,16,16] @ models/lib/nn.yaml:14:13
%1045 = reduce_sum %1044 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:15:20
%1046 = broadcast %1045 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%1047 = div %1044, %1046 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%1048 = matmul %1047, %1035 ta=0 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:56:23
%1049 = permute %1048 perm=[0,2,1,3] : f32[6,16,2,8] @ models/lib/nn.yaml:56:13
%1050 = reshape %1049 : f32[6,16,16] @ models/lib/nn.yaml:57:16
%1051 = matmul %1050, %9 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%1052 = broadcast %10 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1053 = add %1051, %1052 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1054 = add %1003, %1053 : f32[6,16,16] @ models/lib/nn.yaml:125:15
%1055 = reduce_sum %1054 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1056 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1057 = broadcast %1056 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1058 = div %1055, %1057 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1059 = broadcast %1058 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1060 = sub %1054, %1059 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1061 = mul %1060, %1060 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%1062 = reduce_sum %1061 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1063 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1064 = broadcast %1063 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1065 = div %1062, %1064 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1066 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1067 = broadcast %1066 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1068 = add %1065, %1067 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1069 = rsqrt %1068 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%1070 = broadcast %1069 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1071 = mul %1060, %1070 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1072 = broadcast %11 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1073 = mul %1071, %1072 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1074 = broadcast %12 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1075 = add %1073, %1074 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1076 = matmul %1075, %13 ta=0 tb=1 : f32[6,16,64] @ models/lib/nn.yaml:83:15
%1077 = broadcast %14 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%1078 = add %1076, %1077 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%1079 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1080 = broadcast %1079 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%1081 = mul %1080, %1078 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%1082 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1083 = broadcast %1082 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%1084 = mul %1078, %1083 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%1085 = erf %1084 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%1086 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1087 = broadcast %1086 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%1088 = add %1087, %1085 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%1089 = mul %1081, %1088 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%1090 = matmul %1089, %15 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%1091 = broadcast %16 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1092 = add %1090, %1091 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1093 = add %1054, %1092 : f32[6,16,16] @ models/lib/nn.yaml:126:18
%1094 = reduce_sum %1093 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1095 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1096 = broadcast %1095 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1097 = div %1094, %1096 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1098 = broadcast %1097 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1099 = sub %1093, %1098 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1100 = mul %1099, %1099 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%1101 = reduce_sum %1100 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1102 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1103 = broadcast %1102 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1104 = div %1101, %1103 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1105 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1106 = broadcast %1105 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1107 = add %1104, %1106 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1108 = rsqrt %1107 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%1109 = broadcast %1108 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1110 = mul %1099, %1109 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1111 = broadcast %17 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1112 = mul %1110, %1111 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1113 = broadcast %18 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1114 = add %1112, %1113 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1115 = matmul %1114, %19 ta=0 tb=1 : f32[6,16,48] @ models/lib/nn.yaml:83:15
%1116 = broadcast %20 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%1117 = add %1115, %1116 : f32[6,16,48] @ models/lib/nn.yaml:84:18
%1118 = reshape %1117 : f32[6,16,3,2,8] @ models/lib/nn.yaml:66:21
%1119 = permute %1118 perm=[2,0,3,1,4] : f32[3,6,2,16,8] @ models/lib/nn.yaml:66:13
%1120 = slice %1119 lo=[0,0,0,0,0] hi=[1,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:28
%1121 = reshape %1120 : f32[6,2,16,8] @ models/lib/nn.yaml:67:28
%1122 = slice %1119 lo=[1,0,0,0,0] hi=[2,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:34
%1123 = reshape %1122 : f32[6,2,16,8] @ models/lib/nn.yaml:67:34
%1124 = slice %1119 lo=[2,0,0,0,0] hi=[3,6,2,16,8] : f32[1,6,2,16,8] @ models/lib/nn.yaml:67:40
%1125 = reshape %1124 : f32[6,2,16,8] @ models/lib/nn.yaml:67:40
%1126 = matmul %1121, %1123 ta=0 tb=1 : f32[6,2,16,16] @ models/lib/nn.yaml:55:23
%1127 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1128 = broadcast %1127 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%1129 = mul %1126, %1128 : f32[6,2,16,16] @ models/lib/nn.yaml:55:29
%1130 = reduce_max %1129 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:14:35
%1131 = stop_gradient %1130 : f32[6,2,16,1] @ models/lib/nn.yaml:14:21
%1132 = broadcast %1131 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%1133 = sub %1129, %1132 : f32[6,2,16,16] @ models/lib/nn.yaml:14:19
%1134 = exp %1133 : f32[6,2,16,16] @ models/lib/nn.yaml:14:13
%1135 = reduce_sum %1134 axes=[3] keep=1 : f32[6,2,16,1] @ models/lib/nn.yaml:15:20
%1136 = broadcast %1135 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%1137 = div %1134, %1136 : f32[6,2,16,16] @ models/lib/nn.yaml:15:18
%1138 = matmul %1137, %1125 ta=0 tb=0 : f32[6,2,16,8] @ models/lib/nn.yaml:56:23
%1139 = permute %1138 perm=[0,2,1,3] : f32[6,16,2,8] @ models/lib/nn.yaml:56:13
%1140 = reshape %1139 : f32[6,16,16] @ models/lib/nn.yaml:57:16
%1141 = matmul %1140, %21 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%1142 = broadcast %22 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1143 = add %1141, %1142 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1144 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1145 = broadcast %1144 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%1146 = div %1143, %1145 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%1147 = input name="seed" : i64[] @ models/lib/nn.yaml:43:13
%1148 = rand_uniform %1147 stream=1 : f32[6] @ models/lib/nn.yaml:43:13
%1149 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1150 = broadcast %1149 : f32[6] @ models/lib/nn.yaml:44:35
%1151 = add %1150, %1148 : f32[6] @ models/lib/nn.yaml:44:35
%1152 = floor %1151 : f32[6] @ models/lib/nn.yaml:44:24
%1153 = reshape %1152 : f32[6,1,1] @ models/lib/nn.yaml:44:16
%1154 = broadcast %1153 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%1155 = mul %1146, %1154 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%1156 = add %1093, %1155 : f32[6,16,16] @ models/lib/nn.yaml:125:15
%1157 = reduce_sum %1156 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1158 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1159 = broadcast %1158 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1160 = div %1157, %1159 : f32[6,16,1] @ models/lib/nn.yaml:93:14
%1161 = broadcast %1160 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1162 = sub %1156, %1161 : f32[6,16,16] @ models/lib/nn.yaml:94:15
%1163 = mul %1162, %1162 : f32[6,16,16] @ models/lib/nn.yaml:95:22
%1164 = reduce_sum %1163 axes=[2] keep=1 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1165 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1166 = broadcast %1165 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1167 = div %1164, %1166 : f32[6,16,1] @ models/lib/nn.yaml:95:15
%1168 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1169 = broadcast %1168 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1170 = add %1167, %1169 : f32[6,16,1] @ models/lib/nn.yaml:96:30
%1171 = rsqrt %1170 : f32[6,16,1] @ models/lib/nn.yaml:96:20
%1172 = broadcast %1171 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1173 = mul %1162, %1172 : f32[6,16,16] @ models/lib/nn.yaml:96:18
%1174 = broadcast %23 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1175 = mul %1173, %1174 : f32[6,16,16] @ models/lib/nn.yaml:96:37
%1176 = broadcast %24 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1177 = add %1175, %1176 : f32[6,16,16] @ models/lib/nn.yaml:96:46
%1178 = matmul %1177, %25 ta=0 tb=1 : f32[6,16,64] @ models/lib/nn.yaml:83:15
%1179 = broadcast %26 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%1180 = add %1178, %1179 : f32[6,16,64] @ models/lib/nn.yaml:84:18
%1181 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1182 = broadcast %1181 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%1183 = mul %1182, %1180 : f32[6,16,64] @ models/lib/nn.yaml:27:20
%1184 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1185 = broadcast %1184 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%1186 = mul %1180, %1185 : f32[6,16,64] @ models/lib/nn.yaml:27:37
%1187 = erf %1186 : f32[6,16,64] @ models/lib/nn.yaml:27:31
%1188 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1189 = broadcast %1188 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%1190 = add %1189, %1187 : f32[6,16,64] @ models/lib/nn.yaml:27:29
%1191 = mul %1183, %1190 : f32[6,16,64] @ models/lib/nn.yaml:27:24
%1192 = matmul %1191, %27 ta=0 tb=1 : f32[6,16,16] @ models/lib/nn.yaml:83:15
%1193 = broadcast %28 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1194 = add %1192, %1193 : f32[6,16,16] @ models/lib/nn.yaml:84:18
%1195 = const data=[0.9] : f32[] @ models/lib/nn.yaml:50:43
%1196 = broadcast %1195 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%1197 = div %1194, %1196 : f32[6,16,16] @ models/lib/nn.yaml:50:38
%1198 = rand_uniform %1147 stream=2 : f32[6] @ models/lib/nn.yaml:43:13
%1199 = const data=[0.9] : f32[] @ models/lib/nn.yaml:44:30
%1200 = broadcast %1199 : f32[6] @ models/lib/nn.yaml:44:35
%1201 = add %1200, %1198 : f32[6] @ models/lib/nn.yaml:44:35
%1202 = floor %1201 : f32[6] @ models/lib/nn.yaml:44:24
%1203 = reshape %1202 : f32[6,1,1] @ models/lib/nn.yaml:44:16
%1204 = broadcast %1203 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%1205 = mul %1197, %1204 : f32[6,16,16] @ models/lib/nn.yaml:50:51
%1206 = add %1156, %1205 : f32[6,16,16] @ models/lib/nn.yaml:126:18
%1207 = broadcast %29 : f32[6,1,16] @ models/lib/vit.yaml:116:31
%1208 = concat %1207, %1206 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:95:24
%1209 = reduce_sum %1208 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1210 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1211 = broadcast %1210 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1212 = div %1209, %1211 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1213 = broadcast %1212 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1214 = sub %1208, %1213 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1215 = mul %1214, %1214 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%1216 = reduce_sum %1215 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1217 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1218 = broadcast %1217 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1219 = div %1216, %1218 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1220 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1221 = broadcast %1220 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1222 = add %1219, %1221 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1223 = rsqrt %1222 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%1224 = broadcast %1223 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1225 = mul %1214, %1224 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1226 = broadcast %30 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1227 = mul %1225, %1226 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1228 = broadcast %31 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1229 = add %1227, %1228 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1230 = slice %1229 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:78:33
%1231 = matmul %1230, %32 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1232 = broadcast %33 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1233 = add %1231, %1232 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1234 = reshape %1233 : f32[6,1,2,8] @ models/lib/vit.yaml:78:22
%1235 = permute %1234 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/vit.yaml:78:14
%1236 = matmul %1229, %34 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%1237 = broadcast %35 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1238 = add %1236, %1237 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1239 = reshape %1238 : f32[6,17,2,8] @ models/lib/vit.yaml:79:22
%1240 = permute %1239 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:79:14
%1241 = matmul %1229, %36 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%1242 = broadcast %37 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1243 = add %1241, %1242 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1244 = reshape %1243 : f32[6,17,2,8] @ models/lib/vit.yaml:80:22
%1245 = permute %1244 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:80:14
%1246 = matmul %1235, %1240 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:55:23
%1247 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1248 = broadcast %1247 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%1249 = mul %1246, %1248 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%1250 = reduce_max %1249 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:14:35
%1251 = stop_gradient %1250 : f32[6,2,1,1] @ models/lib/nn.yaml:14:21
%1252 = broadcast %1251 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%1253 = sub %1249, %1252 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%1254 = exp %1253 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%1255 = reduce_sum %1254 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:20
%1256 = broadcast %1255 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%1257 = div %1254, %1256 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%1258 = matmul %1257, %1245 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:56:23
%1259 = permute %1258 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/nn.yaml:56:13
%1260 = reshape %1259 : f32[6,1,16] @ models/lib/nn.yaml:57:16
%1261 = matmul %1260, %38 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1262 = broadcast %39 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1263 = add %1261, %1262 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1264 = add %1207, %1263 : f32[6,1,16] @ models/lib/vit.yaml:96:15
%1265 = reduce_sum %1264 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1266 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1267 = broadcast %1266 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1268 = div %1265, %1267 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1269 = broadcast %1268 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%1270 = sub %1264, %1269 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%1271 = mul %1270, %1270 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%1272 = reduce_sum %1271 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1273 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1274 = broadcast %1273 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1275 = div %1272, %1274 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1276 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1277 = broadcast %1276 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%1278 = add %1275, %1277 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%1279 = rsqrt %1278 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%1280 = broadcast %1279 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%1281 = mul %1270, %1280 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%1282 = broadcast %40 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%1283 = mul %1281, %1282 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%1284 = broadcast %41 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%1285 = add %1283, %1284 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%1286 = matmul %1285, %42 ta=0 tb=1 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%1287 = broadcast %43 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%1288 = add %1286, %1287 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%1289 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1290 = broadcast %1289 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%1291 = mul %1290, %1288 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%1292 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1293 = broadcast %1292 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%1294 = mul %1288, %1293 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%1295 = erf %1294 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%1296 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1297 = broadcast %1296 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%1298 = add %1297, %1295 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%1299 = mul %1291, %1298 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%1300 = matmul %1299, %44 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1301 = broadcast %45 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1302 = add %1300, %1301 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1303 = add %1264, %1302 : f32[6,1,16] @ models/lib/vit.yaml:98:18
%1304 = concat %1303, %1206 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:95:24
%1305 = reduce_sum %1304 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1306 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1307 = broadcast %1306 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1308 = div %1305, %1307 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1309 = broadcast %1308 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1310 = sub %1304, %1309 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1311 = mul %1310, %1310 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%1312 = reduce_sum %1311 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1313 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1314 = broadcast %1313 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1315 = div %1312, %1314 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1316 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1317 = broadcast %1316 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1318 = add %1315, %1317 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1319 = rsqrt %1318 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%1320 = broadcast %1319 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1321 = mul %1310, %1320 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1322 = broadcast %46 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1323 = mul %1321, %1322 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1324 = broadcast %47 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1325 = add %1323, %1324 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1326 = slice %1325 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/lib/vit.yaml:78:33
%1327 = matmul %1326, %48 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1328 = broadcast %49 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1329 = add %1327, %1328 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1330 = reshape %1329 : f32[6,1,2,8] @ models/lib/vit.yaml:78:22
%1331 = permute %1330 perm=[0,2,1,3] : f32[6,2,1,8] @ models/lib/vit.yaml:78:14
%1332 = matmul %1325, %50 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%1333 = broadcast %51 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1334 = add %1332, %1333 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1335 = reshape %1334 : f32[6,17,2,8] @ models/lib/vit.yaml:79:22
%1336 = permute %1335 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:79:14
%1337 = matmul %1325, %52 ta=0 tb=1 : f32[6,17,16] @ models/lib/nn.yaml:83:15
%1338 = broadcast %53 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1339 = add %1337, %1338 : f32[6,17,16] @ models/lib/nn.yaml:84:18
%1340 = reshape %1339 : f32[6,17,2,8] @ models/lib/vit.yaml:80:22
%1341 = permute %1340 perm=[0,2,1,3] : f32[6,2,17,8] @ models/lib/vit.yaml:80:14
%1342 = matmul %1331, %1336 ta=0 tb=1 : f32[6,2,1,17] @ models/lib/nn.yaml:55:23
%1343 = const data=[0.35355338] : f32[] @ models/lib/nn.yaml:55:41
%1344 = broadcast %1343 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%1345 = mul %1342, %1344 : f32[6,2,1,17] @ models/lib/nn.yaml:55:29
%1346 = reduce_max %1345 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:14:35
%1347 = stop_gradient %1346 : f32[6,2,1,1] @ models/lib/nn.yaml:14:21
%1348 = broadcast %1347 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%1349 = sub %1345, %1348 : f32[6,2,1,17] @ models/lib/nn.yaml:14:19
%1350 = exp %1349 : f32[6,2,1,17] @ models/lib/nn.yaml:14:13
%1351 = reduce_sum %1350 axes=[3] keep=1 : f32[6,2,1,1] @ models/lib/nn.yaml:15:20
%1352 = broadcast %1351 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%1353 = div %1350, %1352 : f32[6,2,1,17] @ models/lib/nn.yaml:15:18
%1354 = matmul %1353, %1341 ta=0 tb=0 : f32[6,2,1,8] @ models/lib/nn.yaml:56:23
%1355 = permute %1354 perm=[0,2,1,3] : f32[6,1,2,8] @ models/lib/nn.yaml:56:13
%1356 = reshape %1355 : f32[6,1,16] @ models/lib/nn.yaml:57:16
%1357 = matmul %1356, %54 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1358 = broadcast %55 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1359 = add %1357, %1358 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1360 = add %1303, %1359 : f32[6,1,16] @ models/lib/vit.yaml:96:15
%1361 = reduce_sum %1360 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1362 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1363 = broadcast %1362 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1364 = div %1361, %1363 : f32[6,1,1] @ models/lib/nn.yaml:93:14
%1365 = broadcast %1364 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%1366 = sub %1360, %1365 : f32[6,1,16] @ models/lib/nn.yaml:94:15
%1367 = mul %1366, %1366 : f32[6,1,16] @ models/lib/nn.yaml:95:22
%1368 = reduce_sum %1367 axes=[2] keep=1 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1369 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1370 = broadcast %1369 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1371 = div %1368, %1370 : f32[6,1,1] @ models/lib/nn.yaml:95:15
%1372 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1373 = broadcast %1372 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%1374 = add %1371, %1373 : f32[6,1,1] @ models/lib/nn.yaml:96:30
%1375 = rsqrt %1374 : f32[6,1,1] @ models/lib/nn.yaml:96:20
%1376 = broadcast %1375 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%1377 = mul %1366, %1376 : f32[6,1,16] @ models/lib/nn.yaml:96:18
%1378 = broadcast %56 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%1379 = mul %1377, %1378 : f32[6,1,16] @ models/lib/nn.yaml:96:37
%1380 = broadcast %57 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%1381 = add %1379, %1380 : f32[6,1,16] @ models/lib/nn.yaml:96:46
%1382 = matmul %1381, %58 ta=0 tb=1 : f32[6,1,64] @ models/lib/nn.yaml:83:15
%1383 = broadcast %59 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%1384 = add %1382, %1383 : f32[6,1,64] @ models/lib/nn.yaml:84:18
%1385 = const data=[0.5] : f32[] @ models/lib/nn.yaml:27:16
%1386 = broadcast %1385 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%1387 = mul %1386, %1384 : f32[6,1,64] @ models/lib/nn.yaml:27:20
%1388 = const data=[0.70710677] : f32[] @ models/lib/nn.yaml:27:39
%1389 = broadcast %1388 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%1390 = mul %1384, %1389 : f32[6,1,64] @ models/lib/nn.yaml:27:37
%1391 = erf %1390 : f32[6,1,64] @ models/lib/nn.yaml:27:31
%1392 = const data=[1] : f32[] @ models/lib/nn.yaml:27:27
%1393 = broadcast %1392 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%1394 = add %1393, %1391 : f32[6,1,64] @ models/lib/nn.yaml:27:29
%1395 = mul %1387, %1394 : f32[6,1,64] @ models/lib/nn.yaml:27:24
%1396 = matmul %1395, %60 ta=0 tb=1 : f32[6,1,16] @ models/lib/nn.yaml:83:15
%1397 = broadcast %61 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1398 = add %1396, %1397 : f32[6,1,16] @ models/lib/nn.yaml:84:18
%1399 = add %1360, %1398 : f32[6,1,16] @ models/lib/vit.yaml:98:18
%1400 = concat %1399, %1206 axis=1 : f32[6,17,16] @ models/lib/vit.yaml:111:21
%1401 = reduce_sum %1400 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1402 = const data=[16] : f32[] @ models/lib/nn.yaml:93:14
%1403 = broadcast %1402 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1404 = div %1401, %1403 : f32[6,17,1] @ models/lib/nn.yaml:93:14
%1405 = broadcast %1404 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1406 = sub %1400, %1405 : f32[6,17,16] @ models/lib/nn.yaml:94:15
%1407 = mul %1406, %1406 : f32[6,17,16] @ models/lib/nn.yaml:95:22
%1408 = reduce_sum %1407 axes=[2] keep=1 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1409 = const data=[16] : f32[] @ models/lib/nn.yaml:95:15
%1410 = broadcast %1409 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1411 = div %1408, %1410 : f32[6,17,1] @ models/lib/nn.yaml:95:15
%1412 = const data=[1e-06] : f32[] @ models/lib/nn.yaml:96:32
%1413 = broadcast %1412 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1414 = add %1411, %1413 : f32[6,17,1] @ models/lib/nn.yaml:96:30
%1415 = rsqrt %1414 : f32[6,17,1] @ models/lib/nn.yaml:96:20
%1416 = broadcast %1415 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1417 = mul %1406, %1416 : f32[6,17,16] @ models/lib/nn.yaml:96:18
%1418 = broadcast %62 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1419 = mul %1417, %1418 : f32[6,17,16] @ models/lib/nn.yaml:96:37
%1420 = broadcast %63 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1421 = add %1419, %1420 : f32[6,17,16] @ models/lib/nn.yaml:96:46
%1422 = slice %1421 lo=[0,0,0] hi=[6,1,16] : f32[6,1,16] @ models/moco_pass.yaml:130:38
%1423 = reshape %1422 : f32[6,16] @ models/moco_pass.yaml:130:38
%1424 = matmul %1423, %64 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%1425 = reshape %1424 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%1426 = reduce_sum %1425 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1427 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1428 = broadcast %1427 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1429 = div %1426, %1428 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1430 = all_reduce_sum %1429 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1431 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1432 = broadcast %1431 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1433 = div %1430, %1432 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1434 = broadcast %1433 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1435 = sub %1425, %1434 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1436 = mul %1435, %1435 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%1437 = reduce_sum %1436 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1438 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1439 = broadcast %1438 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1440 = div %1437, %1439 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1441 = all_reduce_sum %1440 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1442 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1443 = broadcast %1442 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1444 = div %1441, %1443 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1445 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1446 = broadcast %1445 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1447 = add %1444, %1446 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1448 = rsqrt %1447 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1449 = broadcast %1448 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1450 = mul %1435, %1449 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1451 = reshape %1450 : f32[6,24] @ models/moco_pass.yaml:83:13
%1452 = broadcast %65 : f32[6,24] @ models/moco_pass.yaml:84:18
%1453 = mul %1451, %1452 : f32[6,24] @ models/moco_pass.yaml:84:18
%1454 = broadcast %66 : f32[6,24] @ models/moco_pass.yaml:84:27
%1455 = add %1453, %1454 : f32[6,24] @ models/moco_pass.yaml:84:27
%1456 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1457 = cast %1456 : f32[] @ models/moco_pass.yaml:70:23
%1458 = broadcast %1457 : f32[6,24] @ models/moco_pass.yaml:70:16
%1459 = max %1455, %1458 : f32[6,24] @ models/moco_pass.yaml:70:16
%1460 = matmul %1459, %67 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%1461 = reshape %1460 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%1462 = reduce_sum %1461 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1463 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1464 = broadcast %1463 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1465 = div %1462, %1464 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1466 = all_reduce_sum %1465 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1467 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1468 = broadcast %1467 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1469 = div %1466, %1468 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1470 = broadcast %1469 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1471 = sub %1461, %1470 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1472 = mul %1471, %1471 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%1473 = reduce_sum %1472 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1474 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1475 = broadcast %1474 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1476 = div %1473, %1475 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1477 = all_reduce_sum %1476 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1478 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1479 = broadcast %1478 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1480 = div %1477, %1479 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1481 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1482 = broadcast %1481 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1483 = add %1480, %1482 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1484 = rsqrt %1483 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1485 = broadcast %1484 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1486 = mul %1471, %1485 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1487 = reshape %1486 : f32[6,24] @ models/moco_pass.yaml:83:13
%1488 = broadcast %68 : f32[6,24] @ models/moco_pass.yaml:84:18
%1489 = mul %1487, %1488 : f32[6,24] @ models/moco_pass.yaml:84:18
%1490 = broadcast %69 : f32[6,24] @ models/moco_pass.yaml:84:27
%1491 = add %1489, %1490 : f32[6,24] @ models/moco_pass.yaml:84:27
%1492 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1493 = cast %1492 : f32[] @ models/moco_pass.yaml:70:23
%1494 = broadcast %1493 : f32[6,24] @ models/moco_pass.yaml:70:16
%1495 = max %1491, %1494 : f32[6,24] @ models/moco_pass.yaml:70:16
%1496 = matmul %1495, %70 ta=0 tb=1 : f32[6,8] @ models/lib/nn.yaml:83:15
%1497 = reshape %1496 : f32[2,3,8] @ models/moco_pass.yaml:79:13
%1498 = reduce_sum %1497 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1499 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1500 = broadcast %1499 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1501 = div %1498, %1500 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1502 = all_reduce_sum %1501 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1503 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1504 = broadcast %1503 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1505 = div %1502, %1504 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1506 = broadcast %1505 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%1507 = sub %1497, %1506 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%1508 = mul %1507, %1507 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%1509 = reduce_sum %1508 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1510 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1511 = broadcast %1510 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1512 = div %1509, %1511 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1513 = all_reduce_sum %1512 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1514 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1515 = broadcast %1514 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1516 = div %1513, %1515 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1517 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1518 = broadcast %1517 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1519 = add %1516, %1518 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1520 = rsqrt %1519 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1521 = broadcast %1520 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%1522 = mul %1507, %1521 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%1523 = reshape %1522 : f32[6,8] @ models/moco_pass.yaml:83:13
%1524 = matmul %1523, %71 ta=0 tb=1 : f32[6,24] @ models/lib/nn.yaml:83:15
%1525 = reshape %1524 : f32[2,3,24] @ models/moco_pass.yaml:79:13
%1526 = reduce_sum %1525 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1527 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1528 = broadcast %1527 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1529 = div %1526, %1528 : f32[2,1,24] @ models/moco_pass.yaml:80:24
%1530 = all_reduce_sum %1529 : f32[2,1,24] @ models/moco_pass.yaml:80:14
%1531 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1532 = broadcast %1531 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1533 = div %1530, %1532 : f32[2,1,24] @ models/moco_pass.yaml:80:51
%1534 = broadcast %1533 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1535 = sub %1525, %1534 : f32[2,3,24] @ models/moco_pass.yaml:81:15
%1536 = mul %1535, %1535 : f32[2,3,24] @ models/moco_pass.yaml:82:32
%1537 = reduce_sum %1536 axes=[1] keep=1 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1538 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1539 = broadcast %1538 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1540 = div %1537, %1539 : f32[2,1,24] @ models/moco_pass.yaml:82:25
%1541 = all_reduce_sum %1540 : f32[2,1,24] @ models/moco_pass.yaml:82:15
%1542 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1543 = broadcast %1542 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1544 = div %1541, %1543 : f32[2,1,24] @ models/moco_pass.yaml:82:56
%1545 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1546 = broadcast %1545 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1547 = add %1544, %1546 : f32[2,1,24] @ models/moco_pass.yaml:83:35
%1548 = rsqrt %1547 : f32[2,1,24] @ models/moco_pass.yaml:83:25
%1549 = broadcast %1548 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1550 = mul %1535, %1549 : f32[2,3,24] @ models/moco_pass.yaml:83:23
%1551 = reshape %1550 : f32[6,24] @ models/moco_pass.yaml:83:13
%1552 = broadcast %72 : f32[6,24] @ models/moco_pass.yaml:84:18
%1553 = mul %1551, %1552 : f32[6,24] @ models/moco_pass.yaml:84:18
%1554 = broadcast %73 : f32[6,24] @ models/moco_pass.yaml:84:27
%1555 = add %1553, %1554 : f32[6,24] @ models/moco_pass.yaml:84:27
%1556 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1557 = cast %1556 : f32[] @ models/moco_pass.yaml:70:23
%1558 = broadcast %1557 : f32[6,24] @ models/moco_pass.yaml:70:16
%1559 = max %1555, %1558 : f32[6,24] @ models/moco_pass.yaml:70:16
%1560 = matmul %1559, %74 ta=0 tb=1 : f32[6,8] @ models/lib/nn.yaml:83:15
%1561 = reshape %1560 : f32[2,3,8] @ models/moco_pass.yaml:79:13
%1562 = reduce_sum %1561 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1563 = const data=[3] : f32[] @ models/moco_pass.yaml:80:24
%1564 = broadcast %1563 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1565 = div %1562, %1564 : f32[2,1,8] @ models/moco_pass.yaml:80:24
%1566 = all_reduce_sum %1565 : f32[2,1,8] @ models/moco_pass.yaml:80:14
%1567 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1568 = broadcast %1567 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1569 = div %1566, %1568 : f32[2,1,8] @ models/moco_pass.yaml:80:51
%1570 = broadcast %1569 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%1571 = sub %1561, %1570 : f32[2,3,8] @ models/moco_pass.yaml:81:15
%1572 = mul %1571, %1571 : f32[2,3,8] @ models/moco_pass.yaml:82:32
%1573 = reduce_sum %1572 axes=[1] keep=1 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1574 = const data=[3] : f32[] @ models/moco_pass.yaml:82:25
%1575 = broadcast %1574 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1576 = div %1573, %1575 : f32[2,1,8] @ models/moco_pass.yaml:82:25
%1577 = all_reduce_sum %1576 : f32[2,1,8] @ models/moco_pass.yaml:82:15
%1578 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1579 = broadcast %1578 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1580 = div %1577, %1579 : f32[2,1,8] @ models/moco_pass.yaml:82:56
%1581 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1582 = broadcast %1581 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1583 = add %1580, %1582 : f32[2,1,8] @ models/moco_pass.yaml:83:35
%1584 = rsqrt %1583 : f32[2,1,8] @ models/moco_pass.yaml:83:25
%1585 = broadcast %1584 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%1586 = mul %1571, %1585 : f32[2,3,8] @ models/moco_pass.yaml:83:23
%1587 = reshape %1586 : f32[6,8] @ models/moco_pass.yaml:83:13
%1588 = slice %1421 lo=[0,1,0] hi=[6,17,16] : f32[6,16,16] @ models/moco_pass.yaml:131:58
%1589 = reshape %1588 : f32[96,16] @ models/moco_pass.yaml:131:49
%1590 = matmul %1589, %75 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%1591 = reshape %1590 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%1592 = reduce_sum %1591 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1593 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1594 = broadcast %1593 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1595 = div %1592, %1594 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1596 = all_reduce_sum %1595 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1597 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1598 = broadcast %1597 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1599 = div %1596, %1598 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1600 = broadcast %1599 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1601 = sub %1591, %1600 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1602 = mul %1601, %1601 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%1603 = reduce_sum %1602 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1604 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1605 = broadcast %1604 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1606 = div %1603, %1605 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1607 = all_reduce_sum %1606 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1608 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1609 = broadcast %1608 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1610 = div %1607, %1609 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1611 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1612 = broadcast %1611 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1613 = add %1610, %1612 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1614 = rsqrt %1613 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1615 = broadcast %1614 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1616 = mul %1601, %1615 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1617 = reshape %1616 : f32[96,12] @ models/moco_pass.yaml:83:13
%1618 = broadcast %76 : f32[96,12] @ models/moco_pass.yaml:84:18
%1619 = mul %1617, %1618 : f32[96,12] @ models/moco_pass.yaml:84:18
%1620 = broadcast %77 : f32[96,12] @ models/moco_pass.yaml:84:27
%1621 = add %1619, %1620 : f32[96,12] @ models/moco_pass.yaml:84:27
%1622 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1623 = cast %1622 : f32[] @ models/moco_pass.yaml:70:23
%1624 = broadcast %1623 : f32[96,12] @ models/moco_pass.yaml:70:16
%1625 = max %1621, %1624 : f32[96,12] @ models/moco_pass.yaml:70:16
%1626 = matmul %1625, %78 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%1627 = reshape %1626 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%1628 = reduce_sum %1627 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1629 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1630 = broadcast %1629 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1631 = div %1628, %1630 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1632 = all_reduce_sum %1631 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1633 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1634 = broadcast %1633 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1635 = div %1632, %1634 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1636 = broadcast %1635 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1637 = sub %1627, %1636 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1638 = mul %1637, %1637 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%1639 = reduce_sum %1638 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1640 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1641 = broadcast %1640 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1642 = div %1639, %1641 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1643 = all_reduce_sum %1642 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1644 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1645 = broadcast %1644 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1646 = div %1643, %1645 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1647 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1648 = broadcast %1647 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1649 = add %1646, %1648 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1650 = rsqrt %1649 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1651 = broadcast %1650 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1652 = mul %1637, %1651 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1653 = reshape %1652 : f32[96,12] @ models/moco_pass.yaml:83:13
%1654 = broadcast %79 : f32[96,12] @ models/moco_pass.yaml:84:18
%1655 = mul %1653, %1654 : f32[96,12] @ models/moco_pass.yaml:84:18
%1656 = broadcast %80 : f32[96,12] @ models/moco_pass.yaml:84:27
%1657 = add %1655, %1656 : f32[96,12] @ models/moco_pass.yaml:84:27
%1658 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1659 = cast %1658 : f32[] @ models/moco_pass.yaml:70:23
%1660 = broadcast %1659 : f32[96,12] @ models/moco_pass.yaml:70:16
%1661 = max %1657, %1660 : f32[96,12] @ models/moco_pass.yaml:70:16
%1662 = matmul %1661, %81 ta=0 tb=1 : f32[96,6] @ models/lib/nn.yaml:83:15
%1663 = reshape %1662 : f32[2,48,6] @ models/moco_pass.yaml:79:13
%1664 = reduce_sum %1663 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1665 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1666 = broadcast %1665 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1667 = div %1664, %1666 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1668 = all_reduce_sum %1667 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1669 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1670 = broadcast %1669 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1671 = div %1668, %1670 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1672 = broadcast %1671 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%1673 = sub %1663, %1672 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%1674 = mul %1673, %1673 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%1675 = reduce_sum %1674 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1676 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1677 = broadcast %1676 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1678 = div %1675, %1677 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1679 = all_reduce_sum %1678 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1680 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1681 = broadcast %1680 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1682 = div %1679, %1681 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1683 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1684 = broadcast %1683 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1685 = add %1682, %1684 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1686 = rsqrt %1685 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1687 = broadcast %1686 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%1688 = mul %1673, %1687 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%1689 = reshape %1688 : f32[96,6] @ models/moco_pass.yaml:83:13
%1690 = matmul %1689, %82 ta=0 tb=1 : f32[96,12] @ models/lib/nn.yaml:83:15
%1691 = reshape %1690 : f32[2,48,12] @ models/moco_pass.yaml:79:13
%1692 = reduce_sum %1691 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1693 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1694 = broadcast %1693 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1695 = div %1692, %1694 : f32[2,1,12] @ models/moco_pass.yaml:80:24
%1696 = all_reduce_sum %1695 : f32[2,1,12] @ models/moco_pass.yaml:80:14
%1697 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1698 = broadcast %1697 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1699 = div %1696, %1698 : f32[2,1,12] @ models/moco_pass.yaml:80:51
%1700 = broadcast %1699 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1701 = sub %1691, %1700 : f32[2,48,12] @ models/moco_pass.yaml:81:15
%1702 = mul %1701, %1701 : f32[2,48,12] @ models/moco_pass.yaml:82:32
%1703 = reduce_sum %1702 axes=[1] keep=1 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1704 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1705 = broadcast %1704 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1706 = div %1703, %1705 : f32[2,1,12] @ models/moco_pass.yaml:82:25
%1707 = all_reduce_sum %1706 : f32[2,1,12] @ models/moco_pass.yaml:82:15
%1708 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1709 = broadcast %1708 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1710 = div %1707, %1709 : f32[2,1,12] @ models/moco_pass.yaml:82:56
%1711 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1712 = broadcast %1711 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1713 = add %1710, %1712 : f32[2,1,12] @ models/moco_pass.yaml:83:35
%1714 = rsqrt %1713 : f32[2,1,12] @ models/moco_pass.yaml:83:25
%1715 = broadcast %1714 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1716 = mul %1701, %1715 : f32[2,48,12] @ models/moco_pass.yaml:83:23
%1717 = reshape %1716 : f32[96,12] @ models/moco_pass.yaml:83:13
%1718 = broadcast %83 : f32[96,12] @ models/moco_pass.yaml:84:18
%1719 = mul %1717, %1718 : f32[96,12] @ models/moco_pass.yaml:84:18
%1720 = broadcast %84 : f32[96,12] @ models/moco_pass.yaml:84:27
%1721 = add %1719, %1720 : f32[96,12] @ models/moco_pass.yaml:84:27
%1722 = const data=[0] : f32[] @ models/moco_pass.yaml:70:23
%1723 = cast %1722 : f32[] @ models/moco_pass.yaml:70:23
%1724 = broadcast %1723 : f32[96,12] @ models/moco_pass.yaml:70:16
%1725 = max %1721, %1724 : f32[96,12] @ models/moco_pass.yaml:70:16
%1726 = matmul %1725, %85 ta=0 tb=1 : f32[96,6] @ models/lib/nn.yaml:83:15
%1727 = reshape %1726 : f32[2,48,6] @ models/moco_pass.yaml:79:13
%1728 = reduce_sum %1727 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1729 = const data=[48] : f32[] @ models/moco_pass.yaml:80:24
%1730 = broadcast %1729 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1731 = div %1728, %1730 : f32[2,1,6] @ models/moco_pass.yaml:80:24
%1732 = all_reduce_sum %1731 : f32[2,1,6] @ models/moco_pass.yaml:80:14
%1733 = const data=[1] : f32[] @ models/moco_pass.yaml:80:53
%1734 = broadcast %1733 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1735 = div %1732, %1734 : f32[2,1,6] @ models/moco_pass.yaml:80:51
%1736 = broadcast %1735 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%1737 = sub %1727, %1736 : f32[2,48,6] @ models/moco_pass.yaml:81:15
%1738 = mul %1737, %1737 : f32[2,48,6] @ models/moco_pass.yaml:82:32
%1739 = reduce_sum %1738 axes=[1] keep=1 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1740 = const data=[48] : f32[] @ models/moco_pass.yaml:82:25
%1741 = broadcast %1740 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1742 = div %1739, %1741 : f32[2,1,6] @ models/moco_pass.yaml:82:25
%1743 = all_reduce_sum %1742 : f32[2,1,6] @ models/moco_pass.yaml:82:15
%1744 = const data=[1] : f32[] @ models/moco_pass.yaml:82:58
%1745 = broadcast %1744 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1746 = div %1743, %1745 : f32[2,1,6] @ models/moco_pass.yaml:82:56
%1747 = const data=[1e-05] : f32[] @ models/moco_pass.yaml:83:37
%1748 = broadcast %1747 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1749 = add %1746, %1748 : f32[2,1,6] @ models/moco_pass.yaml:83:35
%1750 = rsqrt %1749 : f32[2,1,6] @ models/moco_pass.yaml:83:25
%1751 = broadcast %1750 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%1752 = mul %1737, %1751 : f32[2,48,6] @ models/moco_pass.yaml:83:23
%1753 = reshape %1752 : f32[96,6] @ models/moco_pass.yaml:83:13
%1754 = reshape %1753 : f32[6,16,6] @ models/moco_pass.yaml:132:23
%1755 = slice %1587 lo=[0,0] hi=[3,8] : f32[3,8] @ models/moco_pass.yaml:160:25
%1756 = slice %1587 lo=[3,0] hi=[6,8] : f32[3,8] @ models/moco_pass.yaml:160:25
%1757 = slice %1754 lo=[0,0,0] hi=[3,16,6] : f32[3,16,6] @ models/moco_pass.yaml:160:32
%1758 = slice %1754 lo=[3,0,0] hi=[6,16,6] : f32[3,16,6] @ models/moco_pass.yaml:160:32
%1759 = mul %992, %992 : f32[3,8] @ models/lib/nn.yaml:33:35
%1760 = reduce_sum %1759 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:29
%1761 = sqrt %1760 : f32[3,1] @ models/lib/nn.yaml:33:24
%1762 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1763 = cast %1762 : f32[] @ models/lib/nn.yaml:33:61
%1764 = broadcast %1763 : f32[3,1] @ models/lib/nn.yaml:33:20
%1765 = max %1761, %1764 : f32[3,1] @ models/lib/nn.yaml:33:20
%1766 = broadcast %1765 : f32[3,8] @ models/lib/nn.yaml:33:18
%1767 = div %992, %1766 : f32[3,8] @ models/lib/nn.yaml:33:18
%1768 = stop_gradient %1767 : f32[3,8] @ models/moco_pass.yaml:109:14
%1769 = mul %1755, %1755 : f32[3,8] @ models/lib/nn.yaml:33:35
%1770 = reduce_sum %1769 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:29
%1771 = sqrt %1770 : f32[3,1] @ models/lib/nn.yaml:33:24
%1772 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1773 = cast %1772 : f32[] @ models/lib/nn.yaml:33:61
%1774 = broadcast %1773 : f32[3,1] @ models/lib/nn.yaml:33:20
%1775 = max %1771, %1774 : f32[3,1] @ models/lib/nn.yaml:33:20
%1776 = broadcast %1775 : f32[3,8] @ models/lib/nn.yaml:33:18
%1777 = div %1755, %1776 : f32[3,8] @ models/lib/nn.yaml:33:18
%1778 = matmul %1777, %1768 ta=0 tb=1 : f32[3,3] @ models/moco_pass.yaml:110:34
%1779 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1780 = broadcast %1779 : f32[3,3] @ models/moco_pass.yaml:110:41
%1781 = div %1778, %1780 : f32[3,3] @ models/moco_pass.yaml:110:41
%1782 = iota axis=0 : i32[3,3] @ models/moco_pass.yaml:111:20
%1783 = iota axis=1 : i32[3,3] @ models/moco_pass.yaml:111:39
%1784 = eq %1782, %1783 : bool[3,3] @ models/moco_pass.yaml:111:36
%1785 = cast %1784 : f32[3,3] @ models/moco_pass.yaml:111:15
%1786 = reduce_max %1781 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:21:31
%1787 = stop_gradient %1786 : f32[3,1] @ models/lib/nn.yaml:21:17
%1788 = broadcast %1787 : f32[3,3] @ models/lib/nn.yaml:21:15
%1789 = sub %1781, %1788 : f32[3,3] @ models/lib/nn.yaml:21:15
%1790 = exp %1789 : f32[3,3] @ models/lib/nn.yaml:22:28
%1791 = reduce_sum %1790 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:22:24
%1792 = log %1791 : f32[3,1] @ models/lib/nn.yaml:22:20
%1793 = broadcast %1792 : f32[3,3] @ models/lib/nn.yaml:22:18
%1794 = sub %1789, %1793 : f32[3,3] @ models/lib/nn.yaml:22:18
%1795 = mul %1785, %1794 : f32[3,3] @ models/moco_pass.yaml:112:40
%1796 = reduce_sum %1795 axes=[1] keep=0 : f32[3] @ models/moco_pass.yaml:112:32
%1797 = neg %1796 : f32[3] @ models/moco_pass.yaml:112:31
%1798 = reduce_sum %1797 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1799 = const data=[3] : f32[] @ models/moco_pass.yaml:112:26
%1800 = div %1798, %1799 : f32[] @ models/moco_pass.yaml:112:26
%1801 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1802 = mul %1801, %1800 : f32[] @ models/moco_pass.yaml:112:24
%1803 = mul %991, %991 : f32[3,8] @ models/lib/nn.yaml:33:35
%1804 = reduce_sum %1803 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:29
%1805 = sqrt %1804 : f32[3,1] @ models/lib/nn.yaml:33:24
%1806 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1807 = cast %1806 : f32[] @ models/lib/nn.yaml:33:61
%1808 = broadcast %1807 : f32[3,1] @ models/lib/nn.yaml:33:20
%1809 = max %1805, %1808 : f32[3,1] @ models/lib/nn.yaml:33:20
%1810 = broadcast %1809 : f32[3,8] @ models/lib/nn.yaml:33:18
%1811 = div %991, %1810 : f32[3,8] @ models/lib/nn.yaml:33:18
%1812 = stop_gradient %1811 : f32[3,8] @ models/moco_pass.yaml:109:14
%1813 = mul %1756, %1756 : f32[3,8] @ models/lib/nn.yaml:33:35
%1814 = reduce_sum %1813 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:33:29
%1815 = sqrt %1814 : f32[3,1] @ models/lib/nn.yaml:33:24
%1816 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1817 = cast %1816 : f32[] @ models/lib/nn.yaml:33:61
%1818 = broadcast %1817 : f32[3,1] @ models/lib/nn.yaml:33:20
%1819 = max %1815, %1818 : f32[3,1] @ models/lib/nn.yaml:33:20
%1820 = broadcast %1819 : f32[3,8] @ models/lib/nn.yaml:33:18
%1821 = div %1756, %1820 : f32[3,8] @ models/lib/nn.yaml:33:18
%1822 = matmul %1821, %1812 ta=0 tb=1 : f32[3,3] @ models/moco_pass.yaml:110:34
%1823 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1824 = broadcast %1823 : f32[3,3] @ models/moco_pass.yaml:110:41
%1825 = div %1822, %1824 : f32[3,3] @ models/moco_pass.yaml:110:41
%1826 = iota axis=0 : i32[3,3] @ models/moco_pass.yaml:111:20
%1827 = iota axis=1 : i32[3,3] @ models/moco_pass.yaml:111:39
%1828 = eq %1826, %1827 : bool[3,3] @ models/moco_pass.yaml:111:36
%1829 = cast %1828 : f32[3,3] @ models/moco_pass.yaml:111:15
%1830 = reduce_max %1825 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:21:31
%1831 = stop_gradient %1830 : f32[3,1] @ models/lib/nn.yaml:21:17
%1832 = broadcast %1831 : f32[3,3] @ models/lib/nn.yaml:21:15
%1833 = sub %1825, %1832 : f32[3,3] @ models/lib/nn.yaml:21:15
%1834 = exp %1833 : f32[3,3] @ models/lib/nn.yaml:22:28
%1835 = reduce_sum %1834 axes=[1] keep=1 : f32[3,1] @ models/lib/nn.yaml:22:24
%1836 = log %1835 : f32[3,1] @ models/lib/nn.yaml:22:20
%1837 = broadcast %1836 : f32[3,3] @ models/lib/nn.yaml:22:18
%1838 = sub %1833, %1837 : f32[3,3] @ models/lib/nn.yaml:22:18
%1839 = mul %1829, %1838 : f32[3,3] @ models/moco_pass.yaml:112:40
%1840 = reduce_sum %1839 axes=[1] keep=0 : f32[3] @ models/moco_pass.yaml:112:32
%1841 = neg %1840 : f32[3] @ models/moco_pass.yaml:112:31
%1842 = reduce_sum %1841 axes=[0] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1843 = const data=[3] : f32[] @ models/moco_pass.yaml:112:26
%1844 = div %1842, %1843 : f32[] @ models/moco_pass.yaml:112:26
%1845 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1846 = mul %1845, %1844 : f32[] @ models/moco_pass.yaml:112:24
%1847 = add %1802, %1846 : f32[] @ models/moco_pass.yaml:169:11
%1848 = const data=[2] : f32[] @ models/moco_pass.yaml:165:3
%1849 = div %1847, %1848 : f32[] @ models/moco_pass.yaml:165:3
%1850 = output %1849 name="loss.image" : f32[] @ models/moco_pass.yaml:165:3
%1851 = const data=[2] : f32[] @ models/moco_pass.yaml:165:3
%1852 = mul %1849, %1851 : f32[] @ models/moco_pass.yaml:165:3
%1853 = permute %1757 perm=[1,0,2] : f32[16,3,6] @ models/moco_pass.yaml:173:20
%1854 = permute %993 perm=[1,0,2] : f32[16,3,6] @ models/moco_pass.yaml:173:50
%1855 = mul %1854, %1854 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1856 = reduce_sum %1855 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:29
%1857 = sqrt %1856 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1858 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1859 = cast %1858 : f32[] @ models/lib/nn.yaml:33:61
%1860 = broadcast %1859 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1861 = max %1857, %1860 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1862 = broadcast %1861 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1863 = div %1854, %1862 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1864 = stop_gradient %1863 : f32[16,3,6] @ models/moco_pass.yaml:109:14
%1865 = mul %1853, %1853 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1866 = reduce_sum %1865 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:29
%1867 = sqrt %1866 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1868 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1869 = cast %1868 : f32[] @ models/lib/nn.yaml:33:61
%1870 = broadcast %1869 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1871 = max %1867, %1870 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1872 = broadcast %1871 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1873 = div %1853, %1872 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1874 = matmul %1873, %1864 ta=0 tb=1 : f32[16,3,3] @ models/moco_pass.yaml:110:34
%1875 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1876 = broadcast %1875 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%1877 = div %1874, %1876 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%1878 = iota axis=0 : i32[3,3] @ models/moco_pass.yaml:111:20
%1879 = iota axis=1 : i32[3,3] @ models/moco_pass.yaml:111:39
%1880 = eq %1878, %1879 : bool[3,3] @ models/moco_pass.yaml:111:36
%1881 = cast %1880 : f32[3,3] @ models/moco_pass.yaml:111:15
%1882 = reduce_max %1877 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:21:31
%1883 = stop_gradient %1882 : f32[16,3,1] @ models/lib/nn.yaml:21:17
%1884 = broadcast %1883 : f32[16,3,3] @ models/lib/nn.yaml:21:15
%1885 = sub %1877, %1884 : f32[16,3,3] @ models/lib/nn.yaml:21:15
%1886 = exp %1885 : f32[16,3,3] @ models/lib/nn.yaml:22:28
%1887 = reduce_sum %1886 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:22:24
%1888 = log %1887 : f32[16,3,1] @ models/lib/nn.yaml:22:20
%1889 = broadcast %1888 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1890 = sub %1885, %1889 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1891 = broadcast %1881 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1892 = mul %1891, %1890 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1893 = reduce_sum %1892 axes=[2] keep=0 : f32[16,3] @ models/moco_pass.yaml:112:32
%1894 = neg %1893 : f32[16,3] @ models/moco_pass.yaml:112:31
%1895 = reduce_sum %1894 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1896 = const data=[48] : f32[] @ models/moco_pass.yaml:112:26
%1897 = div %1895, %1896 : f32[] @ models/moco_pass.yaml:112:26
%1898 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1899 = mul %1898, %1897 : f32[] @ models/moco_pass.yaml:112:24
%1900 = permute %1758 perm=[1,0,2] : f32[16,3,6] @ models/moco_pass.yaml:173:20
%1901 = permute %994 perm=[1,0,2] : f32[16,3,6] @ models/moco_pass.yaml:173:50
%1902 = mul %1901, %1901 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1903 = reduce_sum %1902 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:29
%1904 = sqrt %1903 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1905 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1906 = cast %1905 : f32[] @ models/lib/nn.yaml:33:61
%1907 = broadcast %1906 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1908 = max %1904, %1907 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1909 = broadcast %1908 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1910 = div %1901, %1909 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1911 = stop_gradient %1910 : f32[16,3,6] @ models/moco_pass.yaml:109:14
%1912 = mul %1900, %1900 : f32[16,3,6] @ models/lib/nn.yaml:33:35
%1913 = reduce_sum %1912 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:33:29
%1914 = sqrt %1913 : f32[16,3,1] @ models/lib/nn.yaml:33:24
%1915 = const data=[1e-12] : f32[] @ models/lib/nn.yaml:33:61
%1916 = cast %1915 : f32[] @ models/lib/nn.yaml:33:61
%1917 = broadcast %1916 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1918 = max %1914, %1917 : f32[16,3,1] @ models/lib/nn.yaml:33:20
%1919 = broadcast %1918 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1920 = div %1900, %1919 : f32[16,3,6] @ models/lib/nn.yaml:33:18
%1921 = matmul %1920, %1911 ta=0 tb=1 : f32[16,3,3] @ models/moco_pass.yaml:110:34
%1922 = const data=[0.2] : f32[] @ models/moco_pass.yaml:110:43
%1923 = broadcast %1922 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%1924 = div %1921, %1923 : f32[16,3,3] @ models/moco_pass.yaml:110:41
%1925 = iota axis=0 : i32[3,3] @ models/moco_pass.yaml:111:20
%1926 = iota axis=1 : i32[3,3] @ models/moco_pass.yaml:111:39
%1927 = eq %1925, %1926 : bool[3,3] @ models/moco_pass.yaml:111:36
%1928 = cast %1927 : f32[3,3] @ models/moco_pass.yaml:111:15
%1929 = reduce_max %1924 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:21:31
%1930 = stop_gradient %1929 : f32[16,3,1] @ models/lib/nn.yaml:21:17
%1931 = broadcast %1930 : f32[16,3,3] @ models/lib/nn.yaml:21:15
%1932 = sub %1924, %1931 : f32[16,3,3] @ models/lib/nn.yaml:21:15
%1933 = exp %1932 : f32[16,3,3] @ models/lib/nn.yaml:22:28
%1934 = reduce_sum %1933 axes=[2] keep=1 : f32[16,3,1] @ models/lib/nn.yaml:22:24
%1935 = log %1934 : f32[16,3,1] @ models/lib/nn.yaml:22:20
%1936 = broadcast %1935 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1937 = sub %1932, %1936 : f32[16,3,3] @ models/lib/nn.yaml:22:18
%1938 = broadcast %1928 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1939 = mul %1938, %1937 : f32[16,3,3] @ models/moco_pass.yaml:112:40
%1940 = reduce_sum %1939 axes=[2] keep=0 : f32[16,3] @ models/moco_pass.yaml:112:32
%1941 = neg %1940 : f32[16,3] @ models/moco_pass.yaml:112:31
%1942 = reduce_sum %1941 axes=[0,1] keep=0 : f32[] @ models/moco_pass.yaml:112:26
%1943 = const data=[48] : f32[] @ models/moco_pass.yaml:112:26
%1944 = div %1942, %1943 : f32[] @ models/moco_pass.yaml:112:26
%1945 = const data=[0.4] : f32[] @ models/moco_pass.yaml:112:18
%1946 = mul %1945, %1944 : f32[] @ models/moco_pass.yaml:112:24
%1947 = add %1899, %1946 : f32[] @ models/moco_pass.yaml:173:11
%1948 = const data=[2] : f32[] @ models/moco_pass.yaml:170:3
%1949 = div %1947, %1948 : f32[] @ models/moco_pass.yaml:170:3
%1950 = output %1949 name="loss.patch" : f32[] @ models/moco_pass.yaml:170:3
%1951 = const data=[0.2] : f32[] @ models/moco_pass.yaml:170:3
%1952 = mul %1949, %1951 : f32[] @ models/moco_pass.yaml:170:3
%1953 = add %1852, %1952 : f32[] @ models/moco_pass.yaml:170:3
%1954 = output %1953 name="loss" : f32[] @ models/moco_pass.yaml:165:3
